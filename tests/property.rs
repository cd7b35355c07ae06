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
use gazner::{Language, Overlaps};
use proptest::prelude::*;

/// What the extractor finds (every configuration and path agreeing, see
/// `common::matrix`) and what the reference finds.
fn run(case: &common::generate::Case, overlaps: Overlaps) -> (Vec<RefMention>, Vec<RefMention>) {
    let (builder, aliases, order) = builder(case, overlaps);
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
