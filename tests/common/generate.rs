//! Random gazetteers and documents for the property tests: aliases made of
//! words in several scripts, texts that mix them (disguised: other case,
//! decomposed accents, ligatures, odd spaces) with noise.

#![allow(dead_code)]

use gazner::{Alias, CaseRule, Entity, ExtractorBuilder, Kind, Overlaps};
use proptest::prelude::*;

use super::reference::RefAlias;
use super::words::{CJK_AROUND, NOISE, WORDS};

/// An alias as generated: text, case rule (None: from its shape), short,
/// standalone, hidden (on the first alias, the name: the entity is hidden;
/// ignored on the others).
pub type GenAlias = (String, Option<CaseRule>, bool, bool, bool);

/// An alias's languages (from [`LANGS`]) and whether it is `lang_only`.
pub type GenLangs = (Vec<&'static str>, bool);

/// The languages the generator tags aliases with and reads texts in; "sv"
/// tags no alias, so a text in it counts as one in an unknown language.
pub const LANGS: [&str; 4] = ["en", "fr", "de", "sv"];

#[derive(Clone, Debug)]
pub struct Case {
    pub entities: Vec<(String, Vec<GenAlias>)>,
    /// The languages of each alias after the name, in the order of
    /// `entities` flattened (the name stays untagged), cycled if short.
    pub langs: Vec<GenLangs>,
    /// The language the text is read in (`None`: unknown).
    pub language: Option<&'static str>,
    /// Each entity's `meta.country`: the id of an entity of the case, if any.
    pub countries: Vec<Option<String>>,
    /// The CJK lexicon of the case: aliases written without spaces, with
    /// CJK characters before or after them (the extractor gets these words
    /// and not the embedded ones).
    pub lexicon: Vec<String>,
    pub text: String,
}

fn alias_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..=2).prop_map(|w| w.join(" "))
}

fn alias() -> impl Strategy<Value = GenAlias> {
    let case = prop::option::of(prop::sample::select(vec![
        CaseRule::Exact,
        CaseRule::Proper,
        CaseRule::Insensitive,
    ]));
    (
        alias_text(),
        case,
        prop::bool::weighted(0.25),
        prop::bool::weighted(0.4),
        prop::bool::weighted(0.2),
    )
}

/// Writes an alias the way a text might: other case, NFD accents,
/// ligatures, typographic apostrophes, odd spaces.
fn disguise(alias: &str, how: u8) -> String {
    use unicode_normalization::UnicodeNormalization;
    match how % 7 {
        0 => alias.to_string(),
        1 => alias.to_uppercase(),
        2 => alias.to_lowercase(),
        3 => alias.nfd().collect(),
        4 => alias.replace("fi", "ﬁ").replace(' ', "\u{A0}"),
        5 => alias.replace('\'', "’").replace(' ', " \n "),
        _ => {
            let mut s = String::new();
            for (i, c) in alias.chars().enumerate() {
                if i % 2 == 0 {
                    s.extend(c.to_uppercase())
                } else {
                    s.extend(c.to_lowercase())
                }
            }
            s
        }
    }
}

pub fn case() -> impl Strategy<Value = Case> {
    let entities = prop::collection::vec(prop::collection::vec(alias(), 1..=3), 1..=4);
    // Some entities share the name of the one before (generic names), and
    // some name another (or themselves) as their country.
    let extras = prop::collection::vec(
        (prop::bool::weighted(0.3), prop::option::weighted(0.5, 0..4usize)),
        4,
    );
    (entities, extras).prop_flat_map(|(mut entities, extras)| {
        let n = entities.len();
        for i in 1..n {
            if extras[i].0 {
                let shared = (entities[i - 1][0].0.clone(), None, false, false, false);
                entities[i].push(shared);
            }
        }
        let countries: Vec<Option<String>> = extras[..n].iter().map(|e| e.1.map(|c| format!("e{}", c % n))).collect();
        let all_aliases: Vec<String> = entities.iter().flatten().map(|a| a.0.clone()).collect();
        // Each piece, and whether it is also a word of the case's CJK lexicon.
        let piece = prop_oneof![
            2 => (prop::sample::select(all_aliases.clone()), any::<u8>()).prop_map(|(a, how)| (disguise(&a, how), false)),
            3 => prop::sample::select(NOISE).prop_map(|n| (n.to_string(), false)),
            // An alias after what may be Arabic proclitics.
            1 => (prop::sample::select(&["و", "ب", "ك", "فل", "ؤ", "xو"][..]), prop::sample::select(all_aliases.clone()))
                .prop_map(|(p, a)| (format!("{p}{a}"), false)),
            // An alias inside what may be a word of the CJK lexicon (half of
            // them are, where a word may be one), or a katakana run, or
            // before Korean endings.
            2 => (
                prop::sample::select(CJK_AROUND),
                prop::sample::select(all_aliases),
                prop::sample::select(CJK_AROUND),
                any::<bool>(),
            )
                .prop_map(|(p, a, s, word)| {
                    let text = format!("{p}{a}{s}");
                    let norm = gazner::normalize(&text);
                    let fits = !norm.contains([' ', '\n']) && !norm.trim().is_empty() && norm.len() <= 64;
                    let around = !p.is_empty() || !s.is_empty();
                    (text, word && fits && around)
                }),
        ];
        let entities: Vec<_> = entities
            .into_iter()
            .enumerate()
            .map(|(i, a)| (format!("e{i}"), a))
            .collect();
        let tags = (
            prop::collection::vec(prop::sample::select(&LANGS[..3]), 0..=2),
            prop::bool::weighted(0.15),
        );
        (
            Just(entities),
            Just(countries),
            prop::collection::vec(piece, 0..14).prop_map(|pieces| {
                let lexicon = pieces.iter().filter(|p| p.1).map(|p| p.0.clone()).collect();
                let text: String = pieces.into_iter().map(|p| p.0).collect();
                (lexicon, text)
            }),
            prop::collection::vec(tags, 1..=6),
            prop::option::of(prop::sample::select(&LANGS[..])),
        )
            .prop_map(|(entities, countries, (lexicon, text), mut langs, language)| {
                for (tags, only) in &mut langs {
                    tags.dedup();
                    *only &= !tags.is_empty();
                }
                Case {
                    entities,
                    countries,
                    langs,
                    language,
                    lexicon,
                    text,
                }
            })
    })
}

/// Builds the extractor for a generated case, and the reference's view of
/// its aliases and entity order.
pub fn build(case: &Case, overlaps: Overlaps) -> (gazner::Extractor, Vec<RefAlias>, Vec<String>) {
    let (builder, aliases, order) = builder(case, overlaps);
    (builder.build().expect("generated entities build"), aliases, order)
}

/// The builder for a generated case, and the reference's view of its
/// aliases and entity order.
pub fn builder(case: &Case, overlaps: Overlaps) -> (ExtractorBuilder, Vec<RefAlias>, Vec<String>) {
    let mut builder = ExtractorBuilder::new()
        .overlaps(overlaps)
        .default_cjk_lexicon(false)
        .cjk_lexicon(case.lexicon.clone());
    let mut aliases = Vec::new();
    let mut tags = case.langs.iter().cycle();
    for ((id, list), country) in case.entities.iter().zip(&case.countries) {
        // The first alias doubles as the canonical name, so it is never short.
        let (name, name_case, _, name_standalone, hidden) = &list[0];
        let mut entity = Entity::new(id.clone(), Kind::Custom("thing".into()), name.clone())
            .with_standalone(*name_standalone)
            .with_hidden(*hidden);
        if let Some(country) = country {
            entity = entity.with_meta("country", country.clone());
        }
        aliases.push(RefAlias {
            entity: id.clone(),
            text: name.clone(),
            case: CaseRule::from_shape(name),
            short: false,
            standalone: *name_standalone,
            hidden: *hidden,
            country: country.clone(),
            langs: Vec::new(),
            lang_only: false,
        });
        for (i, (text, rule, short, standalone, _)) in list.iter().enumerate() {
            let short = *short && i > 0;
            let rule = if i == 0 {
                name_case.unwrap_or(CaseRule::from_shape(text))
            } else {
                rule.unwrap_or(CaseRule::from_shape(text))
            };
            let (langs, lang_only) = tags.next().cloned().unwrap_or_default();
            let mut alias = Alias::new(text.clone())
                .with_case(rule)
                .with_short(short)
                .with_standalone(*standalone);
            for lang in &langs {
                alias = alias.with_lang(lang);
            }
            entity = entity.with_alias(alias.with_lang_only(lang_only));
            aliases.push(RefAlias {
                entity: id.clone(),
                text: text.clone(),
                case: rule,
                short,
                standalone: *standalone,
                hidden: *hidden,
                country: country.clone(),
                langs: langs.iter().map(|l| l.to_string()).collect(),
                lang_only,
            });
        }
        builder = builder.entity(entity);
    }
    let order = case.entities.iter().map(|e| e.0.clone()).collect();
    (builder, aliases, order)
}

/// Capitalized words of the generator (`super::words`) taken as given
/// names, so that the unlisted-person rule finds people in generated text.
pub const GIVEN: &[&str] = &[
    "Ana",
    "Kim\tword",
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

/// Names of people and their surnames, and capitalized words for the rule
/// to stop at, spliced into generated text.
pub const PEOPLE: &[&str] = &[
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
    // Street, building and institution words, titles, function words.
    " rue Ana Hot ",
    " Rue Joe Red ",
    " Ana Hot University ",
    " Joe Red Hot Park ",
    " President Kim Red ",
    " Dr. Joe Hot ",
    " Vice President ",
    " Joe Vice ",
    " Ana Red The ",
    " Ana Hot Il ",
    // A given name that is also a word (Kim is marked `word`) at sentence
    // start; a capitalized word before a name; possessives.
    ". Kim Hot ",
    "\nKim Red ",
    " Culture Joe Red ",
    " Culture. Joe Red ",
    "Yesterday Ana Hot ",
    " Ana's Joe Hot ",
    " Joe Hot's ",
    // Particles, initials, suffixes, prefixed surnames, hyphenated names.
    " Ana van der Hot ",
    " Joe de Red Hot ",
    " Joe Hot de Red ",
    " Kim K. Red ",
    " Joe Red Jr. ",
    " Ana al-Hot ",
    " Ana-Joe Red ",
    // Surnames later, alone or together.
    " Red Hot ",
    " Hot Red ",
    " Hot Foundation ",
    " Red Jr. ",
    " Hot\u{a0}",
    " New ",
    " Kim ",
    // Case forms (unlisted-person rule, branch `cyrillic`): given names
    // declined, surnames later in another case, an ending a name's shape
    // does not take.
    " Aną Hotem ",
    " Kimowi Red ",
    " Kimowi Redowi ",
    " Москвой Редом ",
    " Редом ",
    " Реда ",
    " Hotem ",
    " Hota ",
    " Anaem Red ",
    " Anaem Redem ",
    ". Kima Redem ",
    " Ana Hoa ",
    " Hoy ",
    // Caseless rules (branch caseless): dotted names and their last part
    // alone, heads, lists; Korean names by a role or in a credit, foreign
    // names in Hangul, and words that look like them.
    "布莱恩 ·基尔米德",
    "布莱恩·基尔米德问。基尔米德说",
    "乔·拜登",
    "马里奥·迪亚兹-巴拉特",
    "ジャン＝ピエール・ラファラン",
    "哈里·杜鲁门大楼",
    "阿·贝·克·德·埃尔",
    "ドナルド・トランプ",
    "ドナルド・トランプ氏。トランプ氏",
    "ジョン・F・ケネディ",
    "ケネディ・センター",
    " 이조은 기자가 ",
    "(영상편집: 조명수, 안준호)",
    " 마이클 매콜은 ",
    " 정부의 대변인 ",
    " 백악관 대변인은 ",
    "约翰·肯尼迪机场",
    " 조지 워싱턴 대학교 ",
];

/// Where to splice which of [`PEOPLE`] (a fraction of the text's length).
pub fn people() -> impl Strategy<Value = Vec<(f64, &'static str)>> {
    prop::collection::vec((0.0..1.0f64, prop::sample::select(PEOPLE)), 0..6)
}

/// Splices `people` into the case's text, each at the char boundary nearest
/// below its fraction of the length.
pub fn insert_people(case: &mut Case, people: &[(f64, &str)]) {
    for &(at, piece) in people {
        let mut i = (case.text.len() as f64 * at) as usize;
        while !case.text.is_char_boundary(i) {
            i -= 1;
        }
        case.text.insert_str(i, piece);
    }
}

/// `builder` with the unlisted-person rule on over [`GIVEN`] only.
pub fn with_unlisted(builder: ExtractorBuilder) -> ExtractorBuilder {
    builder
        .unlisted_people(true)
        .default_given_names(false)
        .given_names(GIVEN.iter().copied())
}
