//! Inputs the fuzz targets in `fuzz/` found, replayed through the same
//! checks (`tests/common/fuzz_checks.rs`, which the fuzz crate re-exports), plus one test per bug they
//! revealed that states the expected behaviour directly.
//!
//! * `tests/data/fuzz/extract/*.json`: cases of the `extract` target, as
//!   `GAZNER_FUZZ_DUMP=1` prints them (entities `e0`, `e1`, ... whose first
//!   alias is the name, and a text);
//! * `tests/data/fuzz/gazetteer/*`: raw inputs of the `gazetteer` target
//!   (none has failed yet; these are hand-made edge cases of line numbering:
//!   BOM and CRLF, invalid UTF-8, a lone CR, an alias that vanishes).

#[path = "common/fuzz_checks.rs"]
#[allow(dead_code, reason = "the fuzz targets use the rest")]
mod fuzz_checks;

use std::path::{Path, PathBuf};

use fuzz_checks::{AliasSpec, Case, check_case, check_gazetteer};
use gazner::{Alias, CaseRule, Entity, ExtractorBuilder, Kind, Overlaps};

fn inputs(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory").path())
        .filter(|p| p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn extract_cases_replay() {
    let paths = inputs("extract");
    assert!(paths.len() >= 4, "expected the saved cases, found {paths:?}");
    for path in paths {
        let json = std::fs::read_to_string(&path).expect("readable case");
        let case: Case = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = std::panic::catch_unwind(|| check_case(&case));
        assert!(outcome.is_ok(), "{} fails its checks", path.display());
    }
}

#[test]
fn gazetteer_inputs_replay() {
    let paths = inputs("gazetteer");
    assert!(paths.len() >= 4, "expected the saved inputs, found {paths:?}");
    for path in paths {
        let bytes = std::fs::read(&path).expect("readable input");
        let outcome = std::panic::catch_unwind(|| check_gazetteer(&String::from_utf8_lossy(&bytes)));
        assert!(outcome.is_ok(), "{} fails its checks", path.display());
    }
}

/// The checks see the mentions: `check_mentions` returns what was found.
#[test]
fn checks_see_the_mentions() {
    let extractor = ExtractorBuilder::new()
        .entity(Entity::new("e0", Kind::Custom("thing".into()), "Kim"))
        .build()
        .expect("builds");
    let found = fuzz_checks::check_mentions(&extractor, "Kim, KIM and kim.");
    assert_eq!(
        found,
        [(0, 3, vec!["e0".to_string()]), (5, 8, vec!["e0".to_string()])]
    );
    check_case(&Case {
        entities: vec![vec![AliasSpec {
            text: "Kim".into(),
            case: None,
            short: false,
            standalone: false,
            hidden: false,
            country: None,
        }]],
        text: "Kim".into(),
    });
}

fn spans(alias: Alias, text: &str, overlaps: Overlaps) -> Vec<(usize, usize)> {
    let entity = Entity::new("e0", Kind::Custom("thing".into()), "placeholder name").with_alias(alias);
    let extractor = ExtractorBuilder::new()
        .entity(entity)
        .overlaps(overlaps)
        .build()
        .expect("builds");
    extractor
        .extract(text)
        .iter()
        .map(|m| (m.span.start, m.span.end))
        .collect()
}

/// `soft-hyphens-in-proper-name-*.json`: soft hyphens inside a name do not
/// split it into words for the case rules ("K­i­m" is the proper name
/// "Kim"), and the span leaves out the soft hyphen after the last letter.
/// gazner gets this right.
#[test]
fn soft_hyphens_do_not_split_a_proper_name() {
    let text = " \u{AD}K\u{AD}i\u{AD}m\u{AD} Kim";
    for rule in [CaseRule::Proper, CaseRule::Exact] {
        let got = spans(Alias::new("Kim").with_case(rule), text, Overlaps::LeftmostLongest);
        assert_eq!(got, [(3, 10), (13, 16)], "{rule:?}");
    }
    let got = spans(Alias::new("Ναι"), "Ν\u{AD}α\u{AD}ι\u{AD}", Overlaps::All);
    assert_eq!(got, [(0, 10)]);
}

/// The same, asked of the naive reference matcher in
/// `tests/common/reference.rs`, whose case rules once treated each soft
/// hyphen as a word break ("K­i­m" was three words and never matched a
/// proper "Kim").
#[test]
fn reference_agrees_on_soft_hyphens_in_proper_names() {
    use fuzz_checks::reference;
    let aliases = [reference::RefAlias {
        entity: "e0".into(),
        text: "Kim".into(),
        case: CaseRule::Proper,
        short: false,
        standalone: false,
        hidden: false,
        country: None,
        langs: Vec::new(),
        lang_only: false,
    }];
    let text = " \u{AD}K\u{AD}i\u{AD}m\u{AD} Kim";
    let expected = reference::reference(&aliases, &["e0".to_string()], text, false);
    let got: Vec<(usize, usize, Vec<String>)> = [(3, 10), (13, 16)]
        .into_iter()
        .map(|(s, e)| (s, e, vec!["e0".to_string()]))
        .collect();
    assert_eq!(expected, got);
}

/// `mark-after-ascii-apostrophe.json`: a combining mark after punctuation is
/// not an accent on a Latin letter, so normalization keeps it, whether the
/// apostrophe is ASCII or typographic. The ASCII fast path of
/// `Normalized::normalize` once dropped marks after any ASCII character,
/// digits and punctuation included, so "'\u{301}" gave "'" but "’\u{301}"
/// gave "'\u{301}".
#[test]
fn marks_after_ascii_punctuation_are_kept() {
    assert_eq!(gazner::normalize("’\u{301}"), "'\u{301}");
    assert_eq!(gazner::normalize("'\u{301}"), gazner::normalize("’\u{301}"));
    assert_eq!(
        gazner::normalize("-\u{301}"),
        gazner::normalize("\u{2010}\u{301}")
    );
    // Marks on ASCII letters are accents and go, as before.
    assert_eq!(gazner::normalize("e\u{301}"), "e");
}

/// `match-ends-before-mark-of-symbol.json`: the character after a match is
/// never a combining mark (README, "Word boundaries"), so "⟟" is not found
/// in "⟟\u{301}", where the mark belongs to it. `rules::separates` once
/// returned `true` as soon as one side was not a word character, before
/// looking at whether the right side was a mark.
#[test]
fn no_match_ends_between_a_symbol_and_its_mark() {
    let text = "⟟\u{301} ⟟";
    for overlaps in [Overlaps::LeftmostLongest, Overlaps::All] {
        assert_eq!(spans(Alias::new("⟟"), text, overlaps), [(6, 9)], "{overlaps:?}");
    }
}

/// The saved gazetteer inputs fail where they should, or build.
#[test]
fn gazetteer_inputs_give_located_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz/gazetteer");
    let build = |name: &str| {
        let bytes = std::fs::read(dir.join(name)).expect("readable input");
        ExtractorBuilder::new()
            .gazetteer_str(name, String::from_utf8_lossy(&bytes))
            .build()
    };
    let line_of = |name: &str| match build(name) {
        Err(gazner::Error::Gazetteer { line, problem, .. }) => (line, problem),
        other => panic!("{name}: expected a gazetteer error, got {other:?}"),
    };
    assert!(matches!(
        line_of("bom-crlf-duplicate-id"),
        (3, gazner::Problem::DuplicateId { .. })
    ));
    assert!(matches!(
        line_of("alias-normalizes-to-nothing"),
        (3, gazner::Problem::AliasNormalizesToNothing(_))
    ));
    assert!(matches!(
        line_of("lone-cr"),
        (1, gazner::Problem::MalformedJson { .. })
    ));
    let extractor = build("invalid-utf8-in-names").expect("replaced bytes are text like any other");
    assert_eq!(extractor.entities()[0].name(), "K\u{FFFD}m");
}
