//! Property test: on random documents that mix aliases with noise (combining
//! marks, NBSP, ligatures, case changes, blank lines, other scripts), the
//! extractor finds exactly what the naive reference matcher finds, on the DFA
//! and the NFA, with and without the unanchored fallback, through every API,
//! with aliases tagged with languages or not and texts in a random language.

mod common {
    pub mod generate;
    pub mod matrix;
    pub mod reference;
    pub mod words;
}

use common::generate::{builder, case};
use common::reference::{RefMention, reference_full};
use gazner::{Language, Overlaps, UNLISTED_PERSON_ID};
use proptest::prelude::*;

/// What the extractor finds (every configuration and path agreeing, see
/// `common::matrix`) and what the reference finds.
fn run(case: &common::generate::Case, overlaps: Overlaps) -> (Vec<RefMention>, Vec<RefMention>) {
    run_with(case, overlaps, false)
}

/// Capitalized words of the generator (`common::words`) taken as given
/// names, so that the unlisted-person rule finds people in generated text.
const GIVEN: &[&str] = &[
    "Ana",
    "Kim",
    "Joe",
    "New",
    "Union",
    "Arménie",
    "Москва",
    "Ελλάδα",
    "Øst",
    "Łódź",
    "Œuvre",
];

/// Like `run`, with the unlisted-person rule on over [`GIVEN`] when
/// `unlisted`: then what the extractor finds, every path agreeing, still
/// holds the unlisted people, which the reference does not know.
fn run_with(
    case: &common::generate::Case,
    overlaps: Overlaps,
    unlisted: bool,
) -> (Vec<RefMention>, Vec<RefMention>) {
    let (mut builder, aliases, order) = builder(case, overlaps);
    if unlisted {
        builder = builder
            .unlisted_people(true)
            .default_given_names(false)
            .given_names(GIVEN.iter().copied());
    }
    // Half the cases give the language per call, half as the builder's default.
    let language = match case.language {
        Some(code) => Language::given(code).expect("a language code"),
        None => Language::Unknown,
    };
    let got: Vec<RefMention> = if case.text.len().is_multiple_of(2) {
        common::matrix::agreed_in(&builder, &case.text, Some(language))
    } else {
        common::matrix::agreed(&builder.language(language), &case.text)
    };
    for (start, end, _) in &got {
        assert!(case.text.is_char_boundary(*start) && case.text.is_char_boundary(*end));
        assert!(start < end);
    }
    let expected = reference_full(
        &aliases,
        &order,
        &case.text,
        overlaps == Overlaps::All,
        case.language,
        &case.lexicon,
    );
    (got, expected)
}

proptest! {
    // PROPTEST_CASES=N runs more cases (400 by default, to keep `cargo test` quick).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400)
    ))]

    #[test]
    fn leftmost_longest_equals_reference(case in case()) {
        let (got, expected) = run(&case, Overlaps::LeftmostLongest);
        prop_assert_eq!(got, expected, "text {:?}", case.text);
    }

    #[test]
    fn all_matches_equals_reference(case in case()) {
        let (got, expected) = run(&case, Overlaps::All);
        prop_assert_eq!(got, expected, "text {:?}", case.text);
    }

}

proptest! {
    // Each case runs the whole matrix twice over longer text: 100 cases by
    // default (PROPTEST_CASES=N for more), about a minute on this machine.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100)
    ))]

    /// With the unlisted-person rule on, in both overlap modes: every path
    /// agrees (the matrix, streams of 1-, 7- and 64-byte windows included);
    /// the listed mentions are exactly the reference's (listed mentions win,
    /// and an unlisted person never hides one); and each unlisted person
    /// overlaps no listed mention, starts at a given name or at the last
    /// word of an unlisted person found before, and fits the rule's 64 bytes.
    #[test]
    fn unlisted_people_leave_listed_mentions_alone(mut case in case(), all in any::<bool>(), people in people()) {
        insert_people(&mut case, &people);
        let overlaps = if all { Overlaps::All } else { Overlaps::LeftmostLongest };
        let (got, expected) = run_with(&case, overlaps, true);
        let (unlisted, listed): (Vec<RefMention>, Vec<RefMention>) =
            got.into_iter().partition(|m| m.2[0] == UNLISTED_PERSON_ID);
        prop_assert_eq!(&listed, &expected, "text {:?}", case.text);
        let text = &case.text;
        let mut surnames: Vec<&str> = Vec::new();
        for (k, &(start, end, _)) in unlisted.iter().enumerate() {
            prop_assert!(end - start <= 64, "{:?}", &text[start..end]);
            prop_assert!(listed.iter().all(|l| l.1 <= start || end <= l.0), "{:?} overlaps a listed mention", &text[start..end]);
            prop_assert!(k == 0 || unlisted[k - 1].1 <= start, "unlisted people overlap");
            let name = &text[start..end];
            let first = name.split([' ', '\u{a0}']).next().unwrap_or_default();
            // Given names compare after normalization ("UnIoN" is "Union").
            let is_given = |w: &str| GIVEN.iter().any(|g| gazner::normalize(g) == gazner::normalize(w));
            let given = is_given(first) || first.split('-').all(is_given);
            prop_assert!(given || surnames.iter().any(|s| name == *s || name.ends_with(&format!(" {s}"))), "{:?} in {:?}", name, text);
            if given && let Some(last) = name.rsplit([' ', '\u{a0}']).next() {
                surnames.push(last);
            }
        }
    }
}

/// Names of people and their surnames, and capitalized words for the rule
/// to stop at, spliced into generated text.
const PEOPLE: &[&str] = &[
    " Ana Hot ",
    " Kim Red. ",
    "Joe Culture",
    " Ana Monday ",
    " Kim Title Case Words ",
    "\u{a0}Culture ",
    " Hot",
    "Red ",
    " Øst Baïramov-York, ",
    " Łódź d'Arc ",
    "\nMoskva Straße ",
    " Москва Ελλάδα ",
    " Ana  Hot ",
    " Joe Kim Hot Red ",
    " Joe New York ",
    " Ana ﬁn ",
];

/// Where to splice which of [`PEOPLE`] (a fraction of the text's length).
fn people() -> impl Strategy<Value = Vec<(f64, &'static str)>> {
    prop::collection::vec((0.0..1.0f64, prop::sample::select(PEOPLE)), 0..6)
}

/// Splices `people` into the case's text, each at the char boundary nearest
/// below its fraction of the length.
fn insert_people(case: &mut common::generate::Case, people: &[(f64, &str)]) {
    for &(at, piece) in people {
        let mut i = (case.text.len() as f64 * at) as usize;
        while !case.text.is_char_boundary(i) {
            i -= 1;
        }
        case.text.insert_str(i, piece);
    }
}

/// The generator makes unlisted people too, or the property above would
/// check nothing of them.
#[test]
fn generator_produces_unlisted_people() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut with_people = 0;
    for _ in 0..200 {
        let mut case = case().new_tree(&mut runner).unwrap().current();
        insert_people(&mut case, &people().new_tree(&mut runner).unwrap().current());
        let (got, _) = run_with(&case, Overlaps::LeftmostLongest, true);
        if got.iter().any(|m| m.2[0] == UNLISTED_PERSON_ID) {
            with_people += 1;
        }
    }
    assert!(
        with_people > 10,
        "only {with_people} of 200 generated documents had unlisted people"
    );
}

/// The generator does produce matches, or the equality above would be empty.
#[test]
fn generator_produces_matches() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut with_matches = 0;
    for _ in 0..200 {
        let case = case().new_tree(&mut runner).unwrap().current();
        if !run(&case, Overlaps::LeftmostLongest).1.is_empty() {
            with_matches += 1;
        }
    }
    assert!(
        with_matches > 50,
        "only {with_matches} of 200 generated documents had matches"
    );
}
