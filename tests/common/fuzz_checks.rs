//! The invariants the fuzz targets check, shared by the fuzz crate
//! (`fuzz/src/lib.rs` re-exports this file) and the main crate's
//! `tests/fuzz_regressions.rs`, so a crash input replays there exactly as
//! the fuzzer ran it. It lives here, inside the package, so that the
//! packaged crate's tests need nothing outside it.
//!
//! Every check panics with a message naming the input when an invariant
//! breaks; returning means the input passed.

use gazner::{Alias, CaseRule, Entity, Error, Extractor, ExtractorBuilder, Kind, Overlaps, Problem, Scratch};
use serde::{Deserialize, Serialize};

/// The naive reference matcher of the main crate's tests.
#[path = "reference.rs"]
pub mod reference;

use reference::{RefAlias, RefMention};

/// The origin given to fuzzed gazetteers.
pub const ORIGIN: &str = "fuzz.jsonl";

/// Inputs up to this many bytes of text (and [`SMALL_ALIASES`] aliases) are
/// also compared with the naive reference matcher, which is quadratic.
pub const SMALL_TEXT: usize = 64;
/// See [`SMALL_TEXT`].
pub const SMALL_ALIASES: usize = 6;

/// Builds an extractor from a gazetteer string and checks that it either
/// fails with a located error or works: unique ids, at most one pattern per
/// alias, and extracting from the gazetteer's own text keeps the mention
/// invariants.
pub fn check_gazetteer(contents: &str) {
    let lines = contents.lines().count();
    match ExtractorBuilder::new().gazetteer_str(ORIGIN, contents).build() {
        Err(Error::Gazetteer {
            origin,
            line,
            problem,
            ..
        }) => {
            assert_eq!(origin, ORIGIN, "error names the wrong origin");
            assert!(
                (1..=lines).contains(&line),
                "error on line {line} of a {lines}-line gazetteer: {problem}"
            );
        }
        Err(Error::Build(_)) => {}
        Err(other) => panic!("unexpected error for a string gazetteer: {other:?}"),
        Ok(extractor) => {
            let mut ids: Vec<&str> = extractor.entities().iter().map(Entity::id).collect();
            let entities = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), entities, "duplicate ids were accepted");
            let aliases: usize = extractor.entities().iter().map(|e| e.aliases().len()).sum();
            assert!(extractor.pattern_count() <= aliases);
            assert!(entities <= lines);
            check_mentions(&extractor, contents);
        }
    }
}

/// One alias of a generated entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AliasSpec {
    /// The alias text.
    pub text: String,
    /// `exact`, `proper`, `insensitive`, or absent for the default of its shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
    /// Whether it is a short form (ignored for the first alias, the name).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub short: bool,
    /// Whether it is standalone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub standalone: bool,
    /// On the first alias, the name: whether the entity is hidden (ignored
    /// on the others).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// On the first alias, the name: the entity's `meta.country` is entity
    /// `e{country}` (ignored on the others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<usize>,
}

/// A generated extraction case: entities `e0`, `e1`, ... whose first alias
/// is the canonical name, and a text. Serialized as JSON in
/// `tests/data/fuzz/extract/`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Each entity's aliases, the name first; entities without aliases are skipped.
    pub entities: Vec<Vec<AliasSpec>>,
    /// The text to extract from.
    pub text: String,
}

impl Case {
    fn alias_count(&self) -> usize {
        self.entities.iter().map(Vec::len).sum()
    }
}

/// The case rule an alias spec asks for, if any.
fn rule_of(spec: &AliasSpec) -> Option<CaseRule> {
    spec.case.as_deref().and_then(CaseRule::parse)
}

/// Builds the case's entities (and the reference matcher's view of them).
fn entities_of(case: &Case) -> (Vec<Entity>, Vec<RefAlias>, Vec<String>) {
    let mut entities = Vec::new();
    let mut aliases = Vec::new();
    let mut order = Vec::new();
    for (i, specs) in case.entities.iter().enumerate() {
        let Some((name, rest)) = specs.split_first() else {
            continue;
        };
        let id = format!("e{i}");
        let mut entity = Entity::new(id.clone(), Kind::Custom("thing".into()), name.text.clone())
            .with_standalone(name.standalone)
            .with_hidden(name.hidden);
        let country = name.country.map(|c| format!("e{c}"));
        if let Some(country) = &country {
            entity = entity.with_meta("country", country.clone());
        }
        aliases.push(RefAlias {
            entity: id.clone(),
            text: name.text.clone(),
            case: CaseRule::from_shape(&name.text),
            short: false,
            standalone: name.standalone,
            hidden: name.hidden,
            country: country.clone(),
            langs: Vec::new(),
            lang_only: false,
        });
        for spec in rest {
            let rule = rule_of(spec).unwrap_or(CaseRule::from_shape(&spec.text));
            entity = entity.with_alias(
                Alias::new(spec.text.clone())
                    .with_case(rule)
                    .with_short(spec.short)
                    .with_standalone(spec.standalone),
            );
            aliases.push(RefAlias {
                entity: id.clone(),
                text: spec.text.clone(),
                case: rule,
                short: spec.short,
                standalone: spec.standalone,
                hidden: name.hidden,
                country: country.clone(),
                langs: Vec::new(),
                lang_only: false,
            });
        }
        entities.push(entity);
        order.push(id);
    }
    (entities, aliases, order)
}

/// Builds the case's extractor in both overlap modes and checks every
/// mention invariant; on small cases, also compares with the reference.
pub fn check_case(case: &Case) {
    let (entities, aliases, order) = entities_of(case);
    for overlaps in [Overlaps::LeftmostLongest, Overlaps::All] {
        let mut builder = ExtractorBuilder::new()
            .overlaps(overlaps)
            .default_cjk_lexicon(false);
        for entity in &entities {
            builder = builder.entity(entity.clone());
        }
        let extractor = match builder.build() {
            Ok(extractor) => extractor,
            Err(Error::Gazetteer {
                origin,
                line,
                problem,
                ..
            }) => {
                assert_eq!(origin, "<code>");
                assert!(
                    (1..=entities.len()).contains(&line),
                    "entity {line} of {}",
                    entities.len()
                );
                assert!(
                    matches!(
                        problem,
                        Problem::AliasNormalizesToNothing(_) | Problem::AliasCrossesBlankLine(_)
                    ),
                    "unexpected problem for entities built in code: {problem:?}"
                );
                return;
            }
            Err(Error::Build(_)) => return,
            Err(other) => panic!("unexpected error: {other:?}"),
        };
        let got = check_mentions(&extractor, &case.text);

        // A scratch that already served another text gives the same result.
        let other: Vec<&str> = aliases.iter().map(|a| a.text.as_str()).collect();
        let mut scratch = Scratch::new();
        let _ = extractor.extract_with(&other.join(" x "), &mut scratch);
        let again = extractor.extract_with(&case.text, &mut scratch);
        assert_eq!(
            again,
            extractor.extract(&case.text),
            "a reused Scratch changes the result"
        );

        if case.text.len() <= SMALL_TEXT && case.alias_count() <= SMALL_ALIASES {
            let expected = reference::reference(&aliases, &order, &case.text, overlaps == Overlaps::All);
            assert_eq!(
                got, expected,
                "{overlaps:?}: gazner (left) differs from the reference (right)"
            );
        }
    }
}

/// Extracts from `text` and checks what holds for every extractor and text:
/// spans are non-empty and on char boundaries, sorted by start, disjoint in
/// leftmost-longest mode, and the text under each span normalizes to the
/// alias of each candidate. Returns the mentions as the reference writes them.
pub fn check_mentions(extractor: &Extractor, text: &str) -> Vec<RefMention> {
    let mentions = extractor.extract(text);
    let mut previous: Option<(usize, usize)> = None;
    for m in &mentions {
        let (start, end) = (m.span.start, m.span.end);
        assert!(
            start < end && end <= text.len(),
            "bad span {start}..{end} in {text:?}"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end} cuts a char in {text:?}"
        );
        assert!(!m.candidates().is_empty(), "a mention without candidates");
        if let Some((p_start, p_end)) = previous {
            assert!(p_start <= start, "mentions out of order: {p_start} then {start}");
            if extractor.overlaps() == Overlaps::LeftmostLongest {
                assert!(
                    p_end <= start,
                    "overlapping mentions {p_start}..{p_end} and {start}..{end}"
                );
            }
        }
        previous = Some((start, end));
        let surface = gazner::normalize(&text[start..end]);
        for c in m.candidates() {
            let alias = gazner::normalize(c.alias.text());
            assert_eq!(
                surface.trim_matches(' '),
                alias.trim_matches(' '),
                "span {start}..{end} {:?} does not normalize to its alias {:?}",
                &text[start..end],
                c.alias.text()
            );
        }
    }
    mentions
        .iter()
        .map(|m| {
            (
                m.span.start,
                m.span.end,
                m.candidates().iter().map(|c| c.entity.id().to_string()).collect(),
            )
        })
        .collect()
}
