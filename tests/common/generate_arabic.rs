//! Generated Arabic-script text for the unlisted-person rule of Arabic
//! script (`src/rules/arabic_names.rs`): given names (one a common word),
//! rare name words, frequent words, titles, place words, proclitic forms,
//! a listed name, spelling variants, Latin words and digits, joined by
//! spaces, no-break spaces, commas, periods and glue.

#![allow(dead_code)]

use proptest::prelude::*;

use super::generate::Case;

/// The given names the extractor and the reference read.
pub const GIVEN_AR: &[&str] = &["جودي", "كيث", "الیزابت", "دونالد", "أمل\tword"];

/// The words texts are made of.
const WORDS: &[&str] = &[
    // given names, as listed and as variants
    "جودي",
    "كيث",
    "كیث",
    "الیزابت",
    "اليزابت",
    "دونالد",
    "أمل",
    "امل",
    "جودى",
    // name words
    "وينشتاين",
    "سيغل",
    "استیکنی",
    "كلوني",
    "تشين",
    "ديكل",
    // frequent words, and one with a proclitic
    "في",
    "قال",
    "إن",
    "الأمر",
    "مع",
    "بعائلته",
    "که",
    "گفت",
    // titles, places, a month
    "السيدة",
    "والرئيس",
    "خانم",
    "شارع",
    "جامعة",
    "يناير",
    // proclitic forms
    "وجودي",
    "لكيث",
    "بوينشتاين",
    "وأمل",
    // the listed name's surname
    "ترامب",
    // other scripts and digits
    "Judy",
    "12",
];

/// What goes between two words.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", "\u{a0}", "، ", ". ", "ـ", "\u{200c}", "x", "\n",
];

/// A text of 1 to 24 words.
pub fn arabic_text() -> impl Strategy<Value = String> {
    prop::collection::vec((0..WORDS.len(), 0..SEPARATORS.len()), 1..24).prop_map(|parts| {
        let mut text = String::new();
        for (i, (w, s)) in parts.iter().enumerate() {
            if i > 0 {
                text.push_str(SEPARATORS[*s]);
            }
            text.push_str(WORDS[*w]);
        }
        text
    })
}

/// A case around `text` whose gazetteer lists "دونالد ترامب" (Q22686).
pub fn arabic_case(text: String) -> Case {
    Case {
        entities: vec![(
            "Q22686".to_string(),
            vec![("دونالد ترامب".to_string(), None, false, false, false)],
        )],
        langs: vec![],
        language: None,
        countries: vec![None],
        lexicon: vec![],
        text,
    }
}
