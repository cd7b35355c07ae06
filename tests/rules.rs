//! Table tests for the matching rules, positive and negative, in several
//! languages and scripts. Each row: a gazetteer, a text, and the expected
//! mentions as (surface text, entity id), in order, whatever the automaton,
//! the walk budget and the API (see `run`).

mod common {
    pub mod matrix;
}

use gazner::{ExtractorBuilder, Language, Overlaps};

/// Runs `text` through an extractor built from `gazetteer` with `overlaps`,
/// and returns (surface, first entity id) per mention, checking every span.
/// Every row runs on the DFA and the NFA, with and without the unanchored
/// fallback, through `extract`, `extract_with`, the stream and the batch
/// API (`common::matrix`), which must all agree.
fn run(gazetteer: &str, text: &str, overlaps: Overlaps) -> Vec<(String, String)> {
    let builder = ExtractorBuilder::new()
        .gazetteer_str("table", gazetteer)
        .overlaps(overlaps);
    common::matrix::agreed(&builder, text)
        .into_iter()
        .map(|(start, end, ids)| {
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            (text[start..end].to_string(), ids[0].clone())
        })
        .collect()
}

/// A table row, checked in the default (leftmost-longest) mode.
macro_rules! t {
    ($name:ident, $gazetteer:expr, $text:expr, [$(($surface:expr, $id:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<(String, String)> = vec![$(($surface.to_string(), $id.to_string())),*];
            assert_eq!(run($gazetteer, $text, Overlaps::LeftmostLongest), expected, "text: {:?}", $text);
        }
    };
}

/// Runs `text`, read in the language `lang` ("?": unknown) given to every
/// call, through the matrix; the builder's default is left unknown, so a
/// call that ignored its language would fail the row.
fn run_in(gazetteer: &str, text: &str, lang: &str) -> Vec<(String, String)> {
    let builder = ExtractorBuilder::new().gazetteer_str("table", gazetteer);
    let language = match lang {
        "?" => Language::Unknown,
        code => Language::given(code).expect("a language code"),
    };
    common::matrix::agreed_in(&builder, text, Some(language))
        .into_iter()
        .map(|(start, end, ids)| (text[start..end].to_string(), ids[0].clone()))
        .collect()
}

/// A table row of the language rule: the gazetteer, the text's language
/// ("?": unknown), the text, the expected mentions.
macro_rules! lang {
    ($name:ident, $gazetteer:expr, $lang:expr, $text:expr, [$(($surface:expr, $id:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<(String, String)> = vec![$(($surface.to_string(), $id.to_string())),*];
            assert_eq!(run_in($gazetteer, $text, $lang), expected, "{}: {:?}", $lang, $text);
        }
    };
}

/// A table row checked in all-matches mode.
macro_rules! all {
    ($name:ident, $gazetteer:expr, $text:expr, [$(($surface:expr, $id:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<(String, String)> = vec![$(($surface.to_string(), $id.to_string())),*];
            assert_eq!(run($gazetteer, $text, Overlaps::All), expected, "text: {:?}", $text);
        }
    };
}

const AZ: &str = r#"{"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan","Aserbaidschan","Азербайджан","阿塞拜疆",{"text":"AZE","case":"exact"}]}"#;
const AM: &str = r#"{"id":"Q399","kind":"country","name":"Armenia","aliases":["Arménie"]}"#;
const EU: &str =
    r#"{"id":"Q458","kind":"institution","name":"European Union","aliases":["Union européenne","UE","EU"]}"#;
const US: &str = r#"{"id":"Q30","kind":"country","name":"United States","aliases":["US","USA"]}"#;
const TR: &str = r#"{"id":"Q43","kind":"country","name":"Turkey","aliases":["Türkiye","Turquie"]}"#;
const NATO: &str = r#"{"id":"Q7184","kind":"institution","name":"NATO","aliases":["OTAN"]}"#;
const DE_MFA: &str =
    r#"{"id":"Q458591","kind":"institution","name":"Auswärtiges Amt","aliases":["Außenministerium"]}"#;
const GR: &str =
    r#"{"id":"Q41","kind":"country","name":"Greece","aliases":["Ελλάδα","Ελληνική Δημοκρατία"]}"#;
const CN: &str = r#"{"id":"Q148","kind":"country","name":"China","aliases":["中国"]}"#;
const WANG: &str = r#"{"id":"Q17183","kind":"person","name":"Wang Yi","aliases":["王毅"]}"#;
const IN: &str = r#"{"id":"Q668","kind":"country","name":"India","aliases":["भारत"]}"#;
const TH: &str = r#"{"id":"Q869","kind":"country","name":"Thailand","aliases":["ประเทศไทย"]}"#;
const BAYRAMOV: &str = r#"{"id":"Q16366137","kind":"person","name":"Jeyhun Bayramov","aliases":["Djeyhoun Baïramov","Джейхун Байрамов",{"text":"Bayramov","short":true},{"text":"Baïramov","short":true},{"text":"Байрамов","short":true}]}"#;

fn lines(items: &[&str]) -> String {
    items.join("\n")
}

// Normalization: accents, case, compatibility forms, punctuation, spaces.
t!(
    french_accents_and_apostrophe,
    AZ,
    "l’Azerbaïdjan et l'AZERBAIDJAN",
    [("Azerbaïdjan", "Q227"), ("AZERBAIDJAN", "Q227")]
);
t!(
    decomposed_accent_in_text,
    AM,
    "l’Arme\u{301}nie",
    [("Arme\u{301}nie", "Q399")]
);
t!(full_width_text, US, "ＵＳＡ", [("ＵＳＡ", "Q30")]);
t!(
    german_sharp_s_folding,
    DE_MFA,
    "Das AUSSENMINISTERIUM teilte mit",
    [("AUSSENMINISTERIUM", "Q458591")]
);
t!(
    german_umlaut_dropped,
    AZ,
    "Aserbaidschan und Aserbaidschans",
    [("Aserbaidschan", "Q227")]
);
t!(
    turkish_dotted_i_and_capitals,
    TR,
    "TÜRKİYE ve Türkiye",
    [("TÜRKİYE", "Q43"), ("Türkiye", "Q43")]
);
t!(
    greek_accents_and_case,
    GR,
    "η ΕΛΛΑΔΑ και η Ελλάδα",
    [("ΕΛΛΑΔΑ", "Q41"), ("Ελλάδα", "Q41")]
);
t!(
    greek_final_sigma,
    GR,
    "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ",
    [("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", "Q41")]
);
t!(
    russian_case,
    AZ,
    "АЗЕРБАЙДЖАН и Азербайджана",
    [("АЗЕРБАЙДЖАН", "Q227")]
);
t!(
    nbsp_and_line_break_inside_alias,
    EU,
    "l’Union\u{A0}\nEuropéenne",
    [("Union\u{A0}\nEuropéenne", "Q458")]
);
t!(blank_line_fences_a_match, EU, "l’Union\n\neuropéenne", []);
t!(
    soft_hyphen_inside,
    AM,
    "Armé\u{AD}nie",
    [("Armé\u{AD}nie", "Q399")]
);
t!(
    devanagari_keeps_its_marks,
    IN,
    "भारत की राजधानी, भारती",
    [("भारत", "Q668")]
);

// Word boundaries.
t!(
    ascii_boundaries,
    US,
    "USAF USA-based USA's XUSA",
    [("USA", "Q30"), ("USA", "Q30")]
);
t!(
    boundaries_are_unicode,
    AM,
    "Arméniens Arménieж жArménie Arménie Arméniè",
    [("Arménie", "Q399"), ("Arméniè", "Q399")]
);
t!(
    hyphen_and_apostrophe_separate,
    lines(&[AZ, EU]).as_str(),
    "UE-Azerbaïdjan",
    [("UE", "Q458"), ("Azerbaïdjan", "Q227")]
);
t!(digits_glue, US, "USA2 2USA the USA", [("USA", "Q30")]);
t!(
    combining_mark_after_glues,
    AM,
    "Arménie\u{0308}x Arménie",
    [("Arménie", "Q399")]
);
t!(
    han_needs_no_spaces,
    lines(&[CN, WANG]).as_str(),
    "中国外交部长王毅",
    [("中国", "Q148"), ("王毅", "Q17183")]
);
t!(
    chinese_inside_chinese,
    AZ,
    "中国和阿塞拜疆的关系",
    [("阿塞拜疆", "Q227")]
);
t!(
    thai_needs_no_spaces,
    TH,
    "ข่าวประเทศไทยวันนี้",
    [("ประเทศไทย", "Q869")]
);

// Case rules.
t!(
    exact_acronyms_never_match_words,
    lines(&[US, EU]).as_str(),
    "us and ue, Us, uS, US and UE",
    [("US", "Q30"), ("UE", "Q458")]
);
t!(
    proper_matches_capitals_not_lowercase,
    TR,
    "turkey TURKEY Turkey",
    [("TURKEY", "Q43"), ("Turkey", "Q43")]
);
t!(
    proper_four_letter_acronym,
    NATO,
    "Nato, NATO, nato, l'OTAN, l’Otan",
    [
        ("Nato", "Q7184"),
        ("NATO", "Q7184"),
        ("OTAN", "Q7184"),
        ("Otan", "Q7184")
    ]
);
t!(
    proper_multiword,
    EU,
    "union européenne, Union européenne, UNION EUROPÉENNE",
    [("Union européenne", "Q458"), ("UNION EUROPÉENNE", "Q458")]
);
t!(
    explicit_insensitive,
    r#"{"id":"x","kind":"misc","name":"gazner","aliases":[{"text":"Gazner","case":"insensitive"}]}"#,
    "GAZNER gazner Gazner",
    [("GAZNER", "x"), ("gazner", "x"), ("Gazner", "x")]
);
t!(
    explicit_exact_long,
    r#"{"id":"x","kind":"misc","name":"x","aliases":[{"text":"iPhone","case":"exact"}]}"#,
    "IPHONE iphone iPhone",
    [("iPhone", "x")]
);

// Short forms.
t!(
    short_needs_full_mention_first,
    BAYRAMOV,
    "Baïramov a dit. Djeyhoun Baïramov a dit. Bayramov aussi.",
    [("Djeyhoun Baïramov", "Q16366137"), ("Bayramov", "Q16366137")]
);
t!(
    short_in_cyrillic,
    BAYRAMOV,
    "Джейхун Байрамов ... БАЙРАМОВ",
    [("Джейхун Байрамов", "Q16366137"), ("БАЙРАМОВ", "Q16366137")]
);
t!(
    short_crosses_paragraphs,
    BAYRAMOV,
    "Djeyhoun Baïramov.\n\nBaïramov.",
    [("Djeyhoun Baïramov", "Q16366137"), ("Baïramov", "Q16366137")]
);
t!(
    short_keeps_case_rule,
    BAYRAMOV,
    "Djeyhoun Baïramov. baïramov.",
    [("Djeyhoun Baïramov", "Q16366137")]
);
t!(
    short_goes_to_most_recent,
    r#"{"id":"a","kind":"person","name":"Ana Kim","aliases":[{"text":"Kim","short":true}]}
{"id":"b","kind":"person","name":"Bo Kim","aliases":[{"text":"Kim","short":true}]}"#,
    "Kim. Ana Kim and Bo Kim met. Kim spoke. Ana Kim replied; Kim agreed.",
    [
        ("Ana Kim", "a"),
        ("Bo Kim", "b"),
        ("Kim", "b"),
        ("Ana Kim", "a"),
        ("Kim", "a")
    ]
);

// Short forms against another entity's alias tagged with languages
// (src/scan.rs, `resolve_hit`): in text of unknown language the short form
// of an entity named earlier wins ("Marocco" is Peter Marocco in English
// news, not Italian for Morocco); where the text is in the tagged language,
// the tagged alias is confirmed and keeps its place; an untagged alias of
// another entity always comes first.
const MAROCCO: &str = r#"{"id":"Q1028","kind":"country","name":"Morocco","aliases":[{"text":"Marocco","lang":"it"},{"text":"Maroc","lang":"fr"},{"text":"Kingdom of Morocco","lang":"en"}]}
{"id":"marocco","kind":"person","name":"Peter Marocco","aliases":[{"text":"Marocco","short":true}]}"#;
lang!(
    short_beats_unconfirmed_tagged_alias,
    MAROCCO,
    "?",
    "Peter Marocco was appointed. Marocco previously served.",
    [("Peter Marocco", "marocco"), ("Marocco", "marocco")]
);
#[test]
fn short_beats_unconfirmed_alias_which_stays_a_candidate() {
    let builder = ExtractorBuilder::new().gazetteer_str("table", MAROCCO);
    let text = "Peter Marocco was appointed. Marocco previously served.";
    let found = common::matrix::agreed_in(&builder, text, Some(Language::Unknown));
    let ids: Vec<Vec<String>> = found.into_iter().map(|(_, _, ids)| ids).collect();
    assert_eq!(ids, [vec!["marocco"], vec!["marocco", "Q1028"]]);
}
lang!(
    short_beats_tagged_alias_of_another_language,
    MAROCCO,
    "en",
    "Peter Marocco was appointed. Marocco previously served.",
    [("Peter Marocco", "marocco"), ("Marocco", "marocco")]
);
lang!(
    short_after_confirmed_tagged_alias,
    MAROCCO,
    "it",
    "Peter Marocco è stato nominato. Marocco e Algeria.",
    [("Peter Marocco", "marocco"), ("Marocco", "Q1028")]
);
lang!(
    tagged_alias_counts_without_full_mention,
    MAROCCO,
    "?",
    "Marocco e Algeria. Peter Marocco.",
    [("Marocco", "Q1028"), ("Peter Marocco", "marocco")]
);
lang!(
    short_after_untagged_alias_of_another_entity,
    r#"{"id":"Q1028","kind":"country","name":"Morocco","aliases":["Marocco"]}
{"id":"marocco","kind":"person","name":"Peter Marocco","aliases":[{"text":"Marocco","short":true}]}"#,
    "?",
    "Peter Marocco was appointed. Marocco previously served.",
    [("Peter Marocco", "marocco"), ("Marocco", "Q1028")]
);
lang!(
    short_beats_unconfirmed_alias_in_cyrillic,
    r#"{"id":"x","kind":"institution","name":"Bureau X","aliases":[{"text":"Петров","lang":"uk"}]}
{"id":"petrov","kind":"person","name":"Иван Петров","aliases":[{"text":"Петров","short":true}]}"#,
    "?",
    "Иван Петров сказал. Петров добавил.",
    [("Иван Петров", "petrov"), ("Петров", "petrov")]
);

// Overlaps.
const NY: &str = r#"{"id":"ny","kind":"city","name":"New York"}
{"id":"nyt","kind":"newspaper","name":"New York Times"}
{"id":"york","kind":"city","name":"York"}"#;
t!(
    longest_wins,
    NY,
    "The New York Times.",
    [("New York Times", "nyt")]
);
t!(
    rejected_longer_does_not_hide_shorter,
    NY,
    "New York Timesx",
    [("New York", "ny")]
);
t!(leftmost_wins, NY, "New York", [("New York", "ny")]);
all!(
    all_mode_reports_nested,
    NY,
    "The New York Times.",
    [("New York Times", "nyt"), ("New York", "ny"), ("York", "york")]
);
all!(
    all_mode_reports_overlapping,
    r#"{"id":"ab","kind":"misc","name":"alpha beta"}
{"id":"bg","kind":"misc","name":"beta gamma"}"#,
    "alpha beta gamma",
    [("alpha beta", "ab"), ("beta gamma", "bg")]
);
t!(
    leftmost_longest_drops_overlapping,
    r#"{"id":"ab","kind":"misc","name":"alpha beta"}
{"id":"bg","kind":"misc","name":"beta gamma"}"#,
    "alpha beta gamma",
    [("alpha beta", "ab")]
);

// Custom kinds work end to end.
t!(
    custom_kind,
    r#"{"id":"Q9248","kind":"city","name":"Baku","aliases":["Bakou"]}"#,
    "Bakou, 25 avril",
    [("Bakou", "Q9248")]
);

#[test]
fn shared_alias_lists_every_candidate() {
    let gazetteer = r#"{"id":"Q230","kind":"country","name":"Georgia"}
{"id":"Q1428","kind":"state","name":"Georgia"}"#;
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", gazetteer)
        .build()
        .unwrap();
    let mentions = extractor.extract("Georgia on my mind");
    assert_eq!(mentions.len(), 1);
    let ids: Vec<&str> = mentions[0].candidates().iter().map(|c| c.entity.id()).collect();
    assert_eq!(ids, ["Q230", "Q1428"]);
    assert_eq!(mentions[0].kind().as_str(), "country");
}

#[test]
fn results_serialize() {
    let extractor = ExtractorBuilder::new().gazetteer_str("az", AZ).build().unwrap();
    let records = extractor.extract_records("Azerbaïdjan", gazner::Offsets::Bytes);
    let json = serde_json::to_value(records).unwrap();
    assert_eq!(json[0]["start"], 0);
    assert_eq!(json[0]["end"], 12);
    assert_eq!(json[0]["candidates"][0]["id"], "Q227");
    assert_eq!(json[0]["candidates"][0]["kind"], "country");
    assert_eq!(json[0]["candidates"][0]["alias"], "Azerbaïdjan");
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<gazner::Extractor>();
    check::<gazner::ExtractorBuilder>();
    check::<gazner::Mention<'static>>();
    check::<gazner::Scratch>();
    check::<gazner::Error>();
}

// Hyphenated compounds: a name joined by a hyphen to a capitalized word that
// no other name covers is only part of a longer name.
const COMPOUNDS: &str = r#"{"id":"Q1006","kind":"country","name":"Guinea","aliases":["Guinée"]}
{"id":"Q739","kind":"country","name":"Colombia","aliases":["Colombie"]}
{"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan"]}
{"id":"Q458","kind":"institution","name":"European Union","aliases":["UE"]}
{"id":"p","kind":"person","name":"Pierre"}"#;
t!(
    compound_left_capital,
    COMPOUNDS,
    "la Nouvelle-Guinée et la Guinée",
    [("Guinée", "Q1006")]
);
t!(
    compound_right_capital,
    COMPOUNDS,
    "la Colombie-Britannique, la Colombie",
    [("Colombie", "Q739")]
);
t!(
    compound_first_name,
    COMPOUNDS,
    "Jean-Pierre et Pierre",
    [("Pierre", "p")]
);
t!(
    compound_of_two_names_keeps_both,
    COMPOUNDS,
    "UE-Azerbaïdjan",
    [("UE", "Q458"), ("Azerbaïdjan", "Q227")]
);
t!(
    compound_lowercase_neighbour_is_fine,
    COMPOUNDS,
    "pro-Colombie, Guinée-ci",
    [("Colombie", "Q739"), ("Guinée", "Q1006")]
);
t!(
    dash_is_not_a_hyphen,
    COMPOUNDS,
    "Colombie—Britannique",
    [("Colombie", "Q739")]
);
t!(compound_in_capitals, COMPOUNDS, "NOUVELLE-GUINÉE", []);

// Text in capitals: short acronyms between words in capitals are words.
t!(
    shouted_article_is_not_an_acronym,
    lines(&[US, EU]).as_str(),
    "SIGNENT UN ACCORD AVEC L'UE",
    [("UE", "Q458")]
);
t!(shouted_pronoun, US, "TRUMP TELLS US TO WAIT", []);
t!(
    acronym_in_normal_text,
    US,
    "THE US and China; the US",
    [("US", "Q30"), ("US", "Q30")]
);
t!(
    shouting_spares_proper_aliases,
    TR,
    "ANKARA: TURKEY SIGNS",
    [("TURKEY", "Q43")]
);

// Standalone names: a capitalized word glued by one space makes the name
// part of a longer one; German aliases opt out.
const STANDALONE: &str = r#"{"id":"Q810","kind":"country","name":"Jordan","standalone":true,"aliases":["Jordanie",{"text":"Jordaniens","lang":"de","standalone":false}]}
{"id":"Q142","kind":"country","name":"France","standalone":true}
{"id":"Q794","kind":"country","name":"Iran","standalone":true}
{"id":"Q801","kind":"country","name":"Israel","standalone":true}"#;
t!(
    standalone_inside_a_person_name,
    STANDALONE,
    "un dunk de Michael Jordan. Jordan Bardella a parlé. En France, la Jordanie.",
    [("France", "Q142"), ("Jordanie", "Q810")]
);
t!(
    standalone_at_a_sentence_start,
    STANDALONE,
    "Michael Jordan joue. « France Inter » émet.",
    [("Jordan", "Q810")]
);
t!(
    standalone_beside_officials_and_other_names,
    STANDALONE,
    "Iran Foreign Minister Abbas Araghchi said the Israel Iran war must end",
    [("Iran", "Q794"), ("Israel", "Q801"), ("Iran", "Q794")]
);
t!(
    standalone_in_a_title_case_headline,
    STANDALONE,
    "Trump Visits France Amid Trade Talks",
    [("France", "Q142")]
);
// Titles before a name do not glue it: the surname counts alone, the title
// stays outside the span.
const TITLED: &str = r#"{"id":"Q3052772","kind":"person","name":"Emmanuel Macron","standalone":true,"aliases":["Macron"]}
{"id":"Q22686","kind":"person","name":"Donald Trump","standalone":true,"aliases":["Trump"]}
{"id":"Q1552","kind":"person","name":"Friedrich Merz","standalone":true,"aliases":["Merz"]}"#;
t!(
    standalone_after_a_title,
    TITLED,
    "He met President Trump, and Prime Minister Macron spoke; Kanzler Merz kam, le Président Macron aussi.",
    [
        ("Trump", "Q22686"),
        ("Macron", "Q3052772"),
        ("Merz", "Q1552"),
        ("Macron", "Q3052772")
    ]
);
t!(
    standalone_after_a_name_that_is_no_title,
    TITLED,
    "They said that Fred Trump and Brigitte Macron were there with Sheikh Merz today.",
    []
);
// engine branch, titles of several words: the capitalized last word of a
// title ("Secretary of State", "secrétaire d’État") does not glue a
// standalone name into a longer one; the same word outside the title does.
const RUBIO: &str =
    r#"{"id":"Q324546","kind":"person","name":"Marco Rubio","standalone":true,"aliases":["Rubio","Рубио"]}"#;
t!(
    standalone_after_a_title_of_several_words,
    RUBIO,
    "Point de presse du secrétaire d’État Rubio. The Secretary of State Rubio spoke; el secretario de Estado Rubio habló, le Secrétaire d'État Rubio aussi.",
    [
        ("Rubio", "Q324546"),
        ("Rubio", "Q324546"),
        ("Rubio", "Q324546"),
        ("Rubio", "Q324546")
    ]
);
t!(
    standalone_after_the_last_word_of_no_title,
    RUBIO,
    "They met at the Garden State Rubio farm, and the Undersecretary of State Rubio plan, and Estado Rubio.",
    []
);
// A regnal name is listed with its title, which stays outside the span in
// every language; the titled alias still covers the text ("Francis" alone
// is no alias), and other kinds keep their whole name.
const REGNAL: &str = r#"{"id":"Q450675","kind":"person","name":"Pope Francis","aliases":["pape François","Papst Franziskus","papa Francisco","Папа Франциск","Папа Римский Франциск"]}
{"id":"Q36812","kind":"person","name":"Prince William","aliases":[]}
{"id":"Q1","kind":"institution","name":"King Abdullah Centre","aliases":[]}"#;
t!(
    title_outside_a_regnal_name,
    REGNAL,
    "He met Pope Francis; le pape François a parlé; Papst Franziskus und papa Francisco. \
     Папа Римский Франциск и Папа Франциск. Prince William, Francis Drake, the King Abdullah Centre.",
    [
        ("Francis", "Q450675"),
        ("François", "Q450675"),
        ("Franziskus", "Q450675"),
        ("Francisco", "Q450675"),
        ("Франциск", "Q450675"),
        ("Франциск", "Q450675"),
        ("William", "Q36812"),
        ("King Abdullah Centre", "Q1")
    ]
);
// A person's name right after an initial is part of a longer name; an
// abbreviation or a title before it is no initial, and other kinds keep
// their names.
const INITIALS: &str = r#"{"id":"Q7436578","kind":"person","name":"Scott Fitzgerald","aliases":["Скотт Фицджеральд"]}
{"id":"Q1","kind":"institution","name":"Wells Fargo","aliases":[]}"#;
t!(
    person_after_an_initial,
    INITIALS,
    "F. Scott Fitzgerald wrote, Rep. Scott Fitzgerald voted, U.S. Scott Fitzgerald, H. Wells Fargo; Ф. Скотт Фицджеральд.",
    [
        ("Scott Fitzgerald", "Q7436578"),
        ("Scott Fitzgerald", "Q7436578"),
        ("Wells Fargo", "Q1")
    ]
);
t!(
    standalone_opt_out_per_alias,
    STANDALONE,
    "die Regierung Jordaniens sagte, dass die Regierung Jordan nicht kommt",
    [("Jordaniens", "Q810")]
);
t!(
    standalone_off_by_default,
    r#"{"id":"Q142","kind":"country","name":"France"}"#,
    "il écoute France Culture",
    [("France", "Q142")]
);
all!(
    standalone_rule_in_all_mode,
    STANDALONE,
    "la chaîne France Culture",
    []
);

// Hidden names cover the names inside them and are never reported.
const HIDDEN: &str = r#"{"id":"Q1006","kind":"country","name":"Guinea","aliases":["Guinée"]}
{"id":"Q148","kind":"country","name":"China","aliases":["Chine"]}
{"id":"gazner:hidden-gulf-of-guinea","kind":"place","name":"Gulf of Guinea","hidden":true,"aliases":["golfe de Guinée"]}
{"id":"gazner:hidden-south-china-sea","kind":"place","name":"mer de Chine méridionale","hidden":true}"#;
t!(
    hidden_names_cover_what_they_contain,
    HIDDEN,
    "Pirates dans le golfe de Guinée, patrouilles en mer de Chine méridionale; la Guinée et la Chine protestent.",
    [("Guinée", "Q1006"), ("Chine", "Q148")]
);
t!(
    hidden_names_match_as_their_case_rule_allows,
    HIDDEN,
    "la MER DE CHINE méridionale, la Mer de Chine",
    [("Chine", "Q148")]
);
all!(
    hidden_names_in_all_mode,
    HIDDEN,
    "le golfe de Guinée",
    [("Guinée", "Q1006")]
);

// An acronym joined by a hyphen to a word in lowercase is a compound noun
// that names it (German "NATO-Generalsekretär"); capitals are not.
const NATO_COMPOUNDS: &str = r#"{"id":"Q7184","kind":"institution","name":"NATO","aliases":["OTAN"]}
{"id":"Q1006","kind":"country","name":"Guinea","aliases":["Guinée"]}"#;
t!(
    acronym_compounds_name_the_acronym,
    NATO_COMPOUNDS,
    "NATO-Generalsekretär, OTAN-Russie, NOUVELLE-GUINÉE, Nouvelle-Guinée",
    [("NATO", "Q7184"), ("OTAN", "Q7184")]
);
t!(
    acronym_before_a_capitalized_name_in_capitals,
    NATO_COMPOUNDS,
    "NATO-GIPFEL",
    []
);

// A headline in capitals that follows a sentence: the word before the period
// belongs to that sentence.
const UN: &str = r#"{"id":"Q1065","kind":"institution","name":"United Nations","aliases":["UN"]}"#;
t!(
    shouted_headline_after_a_sentence,
    lines(&[UN, EU]).as_str(),
    "Les élus sont partis. UN DISCOURS DE M. POINCARÉ. Puis l'UE.",
    [("UE", "Q458")]
);

// Korean particles are part of the word: a Hangul name may end inside one,
// but not start inside one.
const KOREA: &str = r#"{"id":"Q17","kind":"country","name":"Japan","aliases":["일본"]}
{"id":"Q30","kind":"country","name":"United States","aliases":["미국"]}"#;
t!(
    korean_particles_follow_the_name,
    KOREA,
    "일본의 총리와 미국과 중국, 아미국",
    [("일본", "Q17"), ("미국", "Q30")]
);

// Korean names of one or two syllables end at the word's end or before the
// endings of src/rules/korean_endings.txt (at most two suffixes, then at most
// one particle); longer names before any ending (above).
const KOREA_SHORT: &str = r#"{"id":"Q241","kind":"country","name":"Cuba","aliases":["쿠바"]}
{"id":"Q298","kind":"country","name":"Chile","aliases":["칠레"]}
{"id":"Q213","kind":"country","name":"Czech Republic","aliases":["체코"]}
{"id":"Q668","kind":"country","name":"India","aliases":["인도"]}
{"id":"Q16","kind":"country","name":"Canada","aliases":["캐나다"]}"#;
t!(
    korean_short_names_before_particles,
    KOREA_SHORT,
    "쿠바는 칠레와 체코에서 인도인들의 (쿠바)",
    [
        ("쿠바", "Q241"),
        ("칠레", "Q298"),
        ("체코", "Q213"),
        ("인도", "Q668"),
        ("쿠바", "Q241")
    ]
);
t!(
    korean_short_names_not_inside_longer_words,
    KOREA_SHORT,
    "쿠바나무 체코슬로바키아 인도양 인도네시아 칠레가스 아쿠바 캐나다산업",
    [("캐나다", "Q16")]
);

// Chinese and Japanese: a Han name does not count inside a longer word of the
// CJK lexicon (the embedded one and the builder's own words); a katakana name
// counts only where the katakana run is exactly the name.
const CJK_NAMES: &str = r#"{"id":"Q398","kind":"country","name":"Bahrain","aliases":["巴林"]}
{"id":"Q912","kind":"country","name":"Mali","aliases":["马里","マリ"]}
{"id":"Q15180","kind":"country","name":"Soviet Union","aliases":["苏联"]}
{"id":"Q869","kind":"country","name":"Thailand","aliases":["タイ"]}
{"id":"Q298","kind":"country","name":"Chile","aliases":["チリ"]}
{"id":"Q884","kind":"country","name":"South Korea","aliases":["韓国"]}
{"id":"Q213","kind":"country","name":"Czech Republic","aliases":["捷克"]}
{"id":"Q148","kind":"country","name":"China","aliases":["中国"]}"#;

/// Runs a row with `CJK_NAMES` and the builder's own lexicon words (江苏联通,
/// and three that the embedded lexicon holds too, so that the rows hold
/// without the `cjk-lexicon` feature).
fn cjk(text: &str) -> Vec<(String, String)> {
    let builder = ExtractorBuilder::new()
        .gazetteer_str("table", CJK_NAMES)
        .cjk_lexicon(["江苏联通", "巴林左旗", "马里奥", "南中国海"]);
    common::matrix::agreed(&builder, text)
        .into_iter()
        .map(|(start, end, ids)| (text[start..end].to_string(), ids[0].clone()))
        .collect()
}

#[test]
fn cjk_names_stand_as_words() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        ("巴林和卡塔尔", &[("巴林", "Q398")]),
        ("巴林左旗的牧民", &[]),
        ("马里总统", &[("马里", "Q912")]),
        ("马里奥说", &[]),
        ("苏联解体", &[("苏联", "Q15180")]),
        ("江苏联通公司", &[]),
        ("捷克总理", &[("捷克", "Q213")]),
        ("中国外交部", &[("中国", "Q148")]),
        ("南中国海", &[]),
        ("タイの首相", &[("タイ", "Q869")]),
        ("ネクタイとタイヤ", &[]),
        ("チリ・ペルー", &[("チリ", "Q298")]),
        ("シチリア島", &[]),
        ("マリオとマリ", &[("マリ", "Q912")]),
        ("サブマリン", &[]),
        ("ｶﾞﾀｲ ﾀｲ", &[("ﾀｲ", "Q869")]),
        ("日本がタイに", &[("タイ", "Q869")]),
        ("韓国とタイ", &[("韓国", "Q884"), ("タイ", "Q869")]),
    ];
    for (text, expected) in rows {
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(s, id)| (s.to_string(), id.to_string()))
            .collect();
        assert_eq!(cjk(text), expected, "text: {text:?}");
    }
}

#[test]
fn cjk_lexicon_can_be_left_out() {
    let builder = ExtractorBuilder::new()
        .gazetteer_str("table", CJK_NAMES)
        .default_cjk_lexicon(false);
    let found = common::matrix::agreed(&builder, "巴林左旗");
    assert_eq!(found.len(), 1, "without the lexicon, 巴林 counts in 巴林左旗");
    let with = ExtractorBuilder::new().gazetteer_str("table", CJK_NAMES);
    let embedded = common::matrix::agreed(&with, "巴林左旗");
    if cfg!(feature = "cjk-lexicon") {
        assert!(embedded.is_empty(), "the embedded lexicon holds 巴林左旗");
    } else {
        assert_eq!(embedded.len(), 1, "no embedded lexicon without the feature");
    }
    let err = ExtractorBuilder::new()
        .gazetteer_str("table", CJK_NAMES)
        .cjk_lexicon(["巴林 左旗"])
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "<code>:2: field `cjk_lexicon`: word \"巴林 左旗\" holds a space: words of the lexicon are written without"
    );
}

// Arabic proclitics (و ف ب ل ك, or a conjunction then a preposition) are
// written joined to the name that follows; the span leaves them out. ك counts
// only before the article; the contracted "لل" leaves no intact name.
const ARABIC: &str = r#"{"id":"Q79","kind":"country","name":"Egypt","aliases":["مصر"]}
{"id":"Q822","kind":"country","name":"Lebanon","aliases":["لبنان"]}
{"id":"Q1028","kind":"country","name":"Morocco","aliases":["المغرب"]}
{"id":"Q794","kind":"country","name":"Iran","aliases":["إيران"]}
{"id":"Q819","kind":"country","name":"Laos","aliases":["لاوس"]}
{"id":"Q44329","kind":"person","name":"Bashar al-Assad","aliases":["بشار الأسد"]}
{"id":"Q1065","kind":"institution","name":"United Nations","aliases":["الأمم المتحدة"]}"#;
t!(
    arabic_each_proclitic_stays_outside,
    ARABIC,
    "ومصر فمصر بمصر لإيران كالمغرب، وبشار الأسد",
    [
        ("مصر", "Q79"),
        ("مصر", "Q79"),
        ("مصر", "Q79"),
        ("إيران", "Q794"),
        ("المغرب", "Q1028"),
        ("بشار الأسد", "Q44329")
    ]
);
t!(
    arabic_conjunction_then_preposition,
    ARABIC,
    "وبمصر ولإيران فبالمغرب فللبنان وكالمغرب",
    [
        ("مصر", "Q79"),
        ("إيران", "Q794"),
        ("المغرب", "Q1028"),
        ("لبنان", "Q822"),
        ("المغرب", "Q1028")
    ]
);
t!(
    arabic_name_that_starts_like_a_proclitic,
    ARABIC,
    "بلبنان ولبنان للبنان (بالمغرب)",
    [
        ("لبنان", "Q822"),
        ("لبنان", "Q822"),
        ("لبنان", "Q822"),
        ("المغرب", "Q1028")
    ]
);
t!(
    arabic_letters_inside_a_word_are_not_proclitics,
    ARABIC,
    "تبمصر يلبنان بومصر ببمصر ؤمصر بمصرف",
    []
);
t!(
    arabic_kaf_only_before_the_article,
    ARABIC,
    "كلاوس شواب، كمصر، كالمغرب",
    [("المغرب", "Q1028")]
);
t!(
    arabic_contracted_article_is_not_an_intact_name,
    ARABIC,
    "للأمم المتحدة والأمم المتحدة",
    [("الأمم المتحدة", "Q1065")]
);
t!(
    arabic_contracted_article_has_its_own_alias,
    r#"{"id":"Q1065","kind":"institution","name":"United Nations","aliases":["الأمم المتحدة","للأمم المتحدة"]}"#,
    "للأمم المتحدة",
    [("للأمم المتحدة", "Q1065")]
);
t!(
    arabic_proclitic_before_latin_is_a_word,
    US,
    "بUSA وUSA و USA",
    [("USA", "Q30")]
);
t!(
    arabic_alias_with_its_proclitic_is_longer,
    r#"{"id":"Q79","kind":"country","name":"Egypt","aliases":["مصر","ومصر"]}"#,
    "ومصر",
    [("ومصر", "Q79")]
);
all!(
    arabic_alias_with_its_proclitic_in_all_mode,
    r#"{"id":"Q79","kind":"country","name":"Egypt","aliases":["مصر","ومصر"]}"#,
    "ومصر",
    [("ومصر", "Q79"), ("مصر", "Q79")]
);

#[test]
fn arabic_spans_exclude_the_proclitic() {
    // Each Arabic letter is two bytes: the name starts after one or two.
    let text = "ومصر وبمصر لإيران";
    let builder = ExtractorBuilder::new().gazetteer_str("table", ARABIC);
    let spans: Vec<(usize, usize)> = common::matrix::agreed(&builder, text)
        .into_iter()
        .map(|(start, end, _)| (start, end))
        .collect();
    assert_eq!(spans, [(2, 8), (13, 19), (22, 32)]);
    assert_eq!(&text[22..32], "إيران");
}

// Generic names resolved by the document: institutions that share a name say
// whose they are in `meta.country`; the candidate of the country the text
// named most recently before the mention comes first, the others follow in
// gazetteer order, and every candidate is listed.
const ASSEMBLIES: &str = r#"{"id":"Q142","kind":"country","name":"France","aliases":["Frankreich"]}
{"id":"Q176","kind":"province","name":"Québec","aliases":["Quebec"]}
{"id":"Q183","kind":"country","name":"Germany","aliases":["Allemagne","Deutschland"]}
{"id":"Q884","kind":"country","name":"South Korea","aliases":["Corée du Sud","Südkorea"]}
{"id":"an-quebec","kind":"institution","name":"Assemblée nationale du Québec","aliases":["Assemblée nationale","National Assembly","Nationalversammlung"],"meta":{"country":"Q176"}}
{"id":"an-france","kind":"institution","name":"Assemblée nationale française","aliases":["Assemblée nationale","National Assembly","Nationalversammlung"],"meta":{"country":"Q142"}}
{"id":"na-korea","kind":"institution","name":"National Assembly of South Korea","aliases":["National Assembly","Nationalversammlung"],"meta":{"country":"Q884"}}"#;
t!(
    generic_name_without_a_country_keeps_gazetteer_order,
    ASSEMBLIES,
    "L'Assemblée nationale a adopté le texte.",
    [("Assemblée nationale", "an-quebec")]
);
t!(
    generic_name_french_after_france,
    ASSEMBLIES,
    "La France vote. L'Assemblée nationale a adopté le texte.",
    [("France", "Q142"), ("Assemblée nationale", "an-france")]
);
t!(
    generic_name_french_most_recent_country_wins,
    ASSEMBLIES,
    "La France et le Québec. L'Assemblée nationale a voté; la France aussi. L'Assemblée nationale.",
    [
        ("France", "Q142"),
        ("Québec", "Q176"),
        ("Assemblée nationale", "an-quebec"),
        ("France", "Q142"),
        ("Assemblée nationale", "an-france")
    ]
);
t!(
    generic_name_country_without_a_candidate_hides_nothing,
    ASSEMBLIES,
    "La France et l'Allemagne: l'Assemblée nationale a voté.",
    [
        ("France", "Q142"),
        ("Allemagne", "Q183"),
        ("Assemblée nationale", "an-france")
    ]
);
t!(
    generic_name_country_named_after_does_not_count,
    ASSEMBLIES,
    "L'Assemblée nationale a voté, dit la France.",
    [("Assemblée nationale", "an-quebec"), ("France", "Q142")]
);
t!(
    generic_name_english,
    ASSEMBLIES,
    "South Korea's National Assembly voted. In France, the National Assembly did not.",
    [
        ("South Korea", "Q884"),
        ("National Assembly", "na-korea"),
        ("France", "Q142"),
        ("National Assembly", "an-france")
    ]
);
t!(
    generic_name_german,
    ASSEMBLIES,
    "Frankreich und Deutschland: die Nationalversammlung stimmte zu. Dann Südkorea: die Nationalversammlung.",
    [
        ("Frankreich", "Q142"),
        ("Deutschland", "Q183"),
        ("Nationalversammlung", "an-france"),
        ("Südkorea", "Q884"),
        ("Nationalversammlung", "na-korea")
    ]
);
t!(
    generic_name_across_paragraphs,
    ASSEMBLIES,
    "La France vote.\n\nEt l'Assemblée nationale siège.",
    [("France", "Q142"), ("Assemblée nationale", "an-france")]
);
t!(
    generic_name_unknown_country_id_is_ignored,
    r#"{"id":"Q142","kind":"country","name":"France"}
{"id":"gov-nowhere","kind":"institution","name":"Government","meta":{"country":"Q0"}}
{"id":"gov-france","kind":"institution","name":"Government","meta":{"country":"Q142"}}"#,
    "France: the Government",
    [("France", "Q142"), ("Government", "gov-france")]
);

#[test]
fn generic_name_lists_every_candidate() {
    let builder = ExtractorBuilder::new().gazetteer_str("table", ASSEMBLIES);
    let text = "In France, the National Assembly voted.";
    let found = common::matrix::agreed(&builder, text);
    let ids: Vec<&str> = found[1].2.iter().map(String::as_str).collect();
    assert_eq!(&text[found[1].0..found[1].1], "National Assembly");
    assert_eq!(ids, ["an-france", "an-quebec", "na-korea"]);
    let found = common::matrix::agreed(&builder, "South Korea: the National Assembly");
    let ids: Vec<&str> = found[1].2.iter().map(String::as_str).collect();
    assert_eq!(
        ids,
        ["na-korea", "an-quebec", "an-france"],
        "the others in gazetteer order"
    );
}

// When the candidate the document prefers is hidden, the name means what is
// never reported: nothing is; without that country, the visible one is.
const HIDDEN_ASSEMBLY: &str = r#"{"id":"Q142","kind":"country","name":"France"}
{"id":"Q176","kind":"province","name":"Québec"}
{"id":"an-quebec","kind":"institution","name":"Assemblée nationale","hidden":true,"meta":{"country":"Q176"}}
{"id":"an-france","kind":"institution","name":"Assemblée nationale","meta":{"country":"Q142"}}"#;
t!(
    generic_name_preferred_hidden_is_not_reported,
    HIDDEN_ASSEMBLY,
    "Le Québec: l'Assemblée nationale. La France: l'Assemblée nationale.",
    [
        ("Québec", "Q176"),
        ("France", "Q142"),
        ("Assemblée nationale", "an-france")
    ]
);
t!(
    generic_name_hidden_without_a_country,
    HIDDEN_ASSEMBLY,
    "l'Assemblée nationale",
    [("Assemblée nationale", "an-france")]
);
all!(
    generic_name_in_all_mode,
    r#"{"id":"Q142","kind":"country","name":"France"}
{"id":"Q176","kind":"province","name":"Québec"}
{"id":"an-quebec","kind":"institution","name":"Assemblée nationale","meta":{"country":"Q176"}}
{"id":"an-france","kind":"institution","name":"Assemblée nationale","aliases":["Assemblée nationale France"],"meta":{"country":"Q142"}}"#,
    "Québec. Assemblée nationale France",
    [
        ("Québec", "Q176"),
        ("Assemblée nationale France", "an-france"),
        ("Assemblée nationale", "an-quebec"),
        ("France", "Q142")
    ]
);

// The language of the text (src/rules/language.rs): a tagged alias counts
// where the text is in one of its languages, or where the language is not
// known unless it is `lang_only`; untagged aliases count everywhere.
const ARGENTINA: &str = r#"{"id":"Q414","kind":"country","name":"Argentina","aliases":[{"text":"Argentine","lang":"fr"},{"text":"Аргентина","lang":["ru","uk"]},{"text":"Argentine Republic","lang":"en"},{"text":"الأرجنتين","lang":"ar"}]}"#;
const ITALY: &str = r#"{"id":"Q38","kind":"country","name":"Italy","aliases":["Italia",{"text":"Italien","lang":"de","lang_only":true},{"text":"Italiens","lang":"de","lang_only":true}]}"#;
const ICELAND: &str = r#"{"id":"Q189","kind":"country","name":"Iceland","aliases":[{"text":"Island","lang":"de","lang_only":true},{"text":"Islande","lang":"fr"},{"text":"Republic of Iceland","lang":"en"}]}"#;
const INDIA: &str = r#"{"id":"Q668","kind":"country","name":"India","aliases":[{"text":"Indie","lang":"pl","lang_only":true},{"text":"Indien","lang":["de","sv"],"lang_only":true},{"text":"الهند","lang":"ar"},{"text":"هندوستان","lang":"fa"},{"text":"Republic of India","lang":"en"}]}"#;
const IRAN: &str =
    r#"{"id":"Q794","kind":"country","name":"Iran","aliases":[{"text":"Iran","lang":["en","fr","de"]}]}"#;

lang!(
    language_fr_argentine_in_french,
    ARGENTINA,
    "fr",
    "Le président de l'Argentine a parlé.",
    [("Argentine", "Q414")]
);
lang!(
    language_en_argentine_is_an_adjective,
    ARGENTINA,
    "en",
    "The Argentine president spoke.",
    []
);
lang!(
    language_en_canonical_name_is_untagged,
    ARGENTINA,
    "en",
    "The Argentine president of Argentina.",
    [("Argentina", "Q414")]
);
lang!(
    language_unknown_argentine_counts,
    ARGENTINA,
    "?",
    "The Argentine president spoke.",
    [("Argentine", "Q414")]
);
lang!(
    language_ru_and_uk_share_a_spelling,
    ARGENTINA,
    "uk",
    "Президент Аргентина",
    [("Аргентина", "Q414")]
);
lang!(
    language_ru_spelling_in_russian,
    ARGENTINA,
    "ru",
    "Аргентина и Чили",
    [("Аргентина", "Q414")]
);
lang!(
    language_ru_spelling_not_in_arabic,
    ARGENTINA,
    "ar",
    "Аргентина",
    []
);
lang!(
    language_de_italien_in_german,
    ITALY,
    "de",
    "Die Regierung in Italien und die Wirtschaft Italiens.",
    [("Italien", "Q38"), ("Italiens", "Q38")]
);
lang!(
    language_fr_italien_is_a_noun,
    ITALY,
    "fr",
    "Un Italien et des Italiens en Italia.",
    [("Italia", "Q38")]
);
lang!(
    language_unknown_lang_only_does_not_count,
    ITALY,
    "?",
    "Un Italien à Rome.",
    []
);
lang!(
    language_de_island_in_german,
    ICELAND,
    "de",
    "Island liegt im Nordatlantik.",
    [("Island", "Q189")]
);
lang!(
    language_en_island_is_a_word,
    ICELAND,
    "en",
    "Island nations and Long Island.",
    []
);
lang!(
    language_en_french_alias_not_in_english,
    ICELAND,
    "en",
    "Islande",
    []
);
lang!(
    language_pl_indie_in_polish,
    INDIA,
    "pl",
    "Indie i Pakistan.",
    [("Indie", "Q668")]
);
lang!(
    language_en_indie_is_a_word,
    INDIA,
    "en",
    "Indie bands and Indien.",
    []
);
lang!(
    language_sv_second_language_of_a_list,
    INDIA,
    "sv",
    "Indien och Pakistan.",
    [("Indien", "Q668")]
);
lang!(
    language_de_first_language_of_a_list,
    INDIA,
    "de",
    "Indien und Pakistan.",
    [("Indien", "Q668")]
);
lang!(
    language_ar_script_alias,
    INDIA,
    "ar",
    "زار الهند",
    [("الهند", "Q668")]
);
lang!(language_fa_arabic_tag_not_in_persian, INDIA, "fa", "الهند", []);
lang!(
    language_untagged_language_counts_as_unknown,
    IRAN,
    "sv",
    "Iran och Sverige.",
    [("Iran", "Q794")]
);
lang!(
    language_id_untagged_language_counts_as_unknown,
    IRAN,
    "id",
    "Presiden Iran berkunjung.",
    [("Iran", "Q794")]
);
const IRAN_TURKEY: &str = r#"{"id":"Q794","kind":"country","name":"Islamic Republic of Iran","aliases":[{"text":"İran","lang":["en","fr","de"]}]}
{"id":"Q43","kind":"country","name":"Republic of Turkey","aliases":[{"text":"Türkiye","lang":"tr"}]}"#;
lang!(
    language_tr_tagged_language_restricts,
    IRAN_TURKEY,
    "tr",
    "İran ve Türkiye",
    [("Türkiye", "Q43")]
);
lang!(
    language_en_tagged_language_restricts,
    IRAN_TURKEY,
    "en",
    "İran and Türkiye",
    [("İran", "Q794")]
);

#[test]
fn language_of_the_builder_is_the_default_of_every_call() {
    let builder = ExtractorBuilder::new()
        .gazetteer_str("table", ARGENTINA)
        .language(Language::given("en").unwrap());
    let text = "The Argentine president of Argentina.";
    assert_eq!(
        common::matrix::agreed(&builder, text).len(),
        1,
        "English by default: no Argentine"
    );
    let french = Language::given("fr").unwrap();
    assert_eq!(
        common::matrix::agreed_in(&builder, text, Some(french)).len(),
        2,
        "French per call"
    );
}

/// With `detect-lang`, whatlang tells the language around each tagged hit,
/// the same through every path (the stream reads no more than the rules).
#[cfg(feature = "detect-lang")]
#[test]
fn language_detected_around_each_hit() {
    let builder = ExtractorBuilder::new().gazetteer_str("table", lines(&[ARGENTINA, ITALY]));
    let detect = Some(Language::Detect);
    let found = |text: &str| -> Vec<String> {
        common::matrix::agreed_in(&builder, text, detect)
            .into_iter()
            .map(|(s, e, _)| text[s..e].to_string())
            .collect()
    };
    let english =
        "The Argentine president said on Monday that the government would cut spending again next year.";
    assert!(found(english).is_empty(), "English: {:?}", found(english));
    let french =
        "Le gouvernement de l'Argentine a annoncé lundi qu'il réduirait encore ses dépenses l'an prochain.";
    assert_eq!(found(french), ["Argentine"]);
    let german = "Die Regierung in Italien hat am Montag angekündigt, dass sie die Ausgaben im nächsten Jahr senken wird.";
    assert_eq!(found(german), ["Italien"]);
    // Unsure on three words: unknown, so the French alias counts and the
    // lang_only one does not.
    assert_eq!(found("Argentine, Italien."), ["Argentine"]);
    // Each paragraph is read on its own.
    let both = format!("{french}\n\n{english}");
    assert_eq!(found(&both), ["Argentine"]);
}

// ---- Unlisted people (issue #11, `src/rules/unlisted.rs`) ----

/// Listed entities beside the unlisted people: a listed person whose first
/// word is a given name, a standalone country that is one too, a person
/// with a short form.
const UNLISTED_LISTED: &str = r#"{"id":"Q40655898","kind":"person","name":"Jordan Bardella","aliases":[{"text":"Bardella","short":true}]}
{"id":"Q810","kind":"country","name":"Jordan","standalone":true,"aliases":["Jordanie"]}
{"id":"Q230","kind":"country","name":"Georgia"}
{"id":"Q451791","kind":"person","name":"Giorgia Meloni","aliases":[{"text":"Meloni","short":true}]}"#;

/// The given names the table's extractor reads.
const UNLISTED_NAMES: &str = "# the table's given names
Ana
Colin
Connor
Eva
George
Giorgia
Hans
Hersh
Ivan
John
Jordan
Marie
Martin
María
Victor
Will
Γιώργος
Ивана
Кейтлан
Лоуренс
Андрей
Андрій
Игорь
Анна
Мария
Марія
Дмитро
Вера	word
Мир	word
Donald
Anna
Ken
";

/// The unlisted person's id, as the rows write it.
const U: &str = gazner::UNLISTED_PERSON_ID;

/// Runs `text` with the unlisted-person rule on (or off) over the table's
/// listed entities and given names, through every configuration and path.
fn run_unlisted(text: &str, on: bool, overlaps: Overlaps) -> Vec<(String, String)> {
    let builder = ExtractorBuilder::new()
        .gazetteer_str("table", UNLISTED_LISTED)
        .unlisted_people(on)
        .default_given_names(false)
        .given_names_str("names.txt", UNLISTED_NAMES)
        .overlaps(overlaps);
    common::matrix::agreed(&builder, text)
        .into_iter()
        .map(|(start, end, ids)| (text[start..end].to_string(), ids[0].clone()))
        .collect()
}

/// A row of the unlisted-person rule, checked in both overlap modes (the
/// rows have no overlapping names, so both agree).
macro_rules! unlisted {
    ($name:ident, $text:expr, [$(($surface:expr, $id:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<(String, String)> = vec![$(($surface.to_string(), $id.to_string())),*];
            for overlaps in [Overlaps::LeftmostLongest, Overlaps::All] {
                assert_eq!(run_unlisted($text, true, overlaps), expected, "{overlaps:?}: {:?}", $text);
            }
        }
    };
}

// Found: a given name and one to three surnames, then the surname alone.
unlisted!(
    unlisted_en_name_then_surname,
    "Analyst Colin Clarke said so. Later Clarke added more.",
    [("Colin Clarke", U), ("Clarke", U)]
);
unlisted!(
    unlisted_en_hyphen_and_possessive,
    "Hersh Goldberg-Polin was freed. Goldberg-Polin's mother spoke.",
    [("Hersh Goldberg-Polin", U), ("Goldberg-Polin", U)]
);
unlisted!(
    unlisted_en_mc_and_apostrophe,
    "Connor McDavid scored, and Colin O'Brien's team lost. McDavid smiled.",
    [("Connor McDavid", U), ("Colin O'Brien", U), ("McDavid", U)]
);
unlisted!(
    unlisted_en_middle_initial,
    "the speech John F. Kennedy gave",
    [("John F. Kennedy", U)]
);
unlisted!(
    unlisted_en_after_a_title,
    "President Colin Clarke and Dr. Eva Kogel",
    [("Colin Clarke", U), ("Eva Kogel", U)]
);
unlisted!(
    unlisted_en_day_ends_the_name,
    "said John Smith Monday.",
    [("John Smith", U)]
);
unlisted!(
    unlisted_fr_two_given_names,
    "La journaliste Eva Marie Kogel a écrit. Selon Kogel, rien.",
    [("Eva Marie Kogel", U), ("Kogel", U)]
);
unlisted!(
    unlisted_fr_elision_and_particle,
    "les propos d’Hersh Goldberg-Polin et de Martin van der Berg.",
    [("Hersh Goldberg-Polin", U), ("Martin van der Berg", U)]
);
unlisted!(
    unlisted_de_name,
    "Am Montag sagte Hans Müller, der Plan sei gut. Müller blieb.",
    [("Hans Müller", U), ("Müller", U)]
);
unlisted!(
    unlisted_es_name,
    "La ministra Ana María Pérez declaró que Pérez no dimitirá.",
    [("Ana María Pérez", U), ("Pérez", U)]
);
unlisted!(
    unlisted_ru_name,
    "ведущая Кейтлан Коллинз сказала. Коллинз добавила.",
    [("Кейтлан Коллинз", U), ("Коллинз", U)]
);
unlisted!(
    unlisted_el_name,
    "Ο Γιώργος Παπαδόπουλος είπε.",
    [("Γιώργος Παπαδόπουλος", U)]
);
unlisted!(
    unlisted_will_inside_a_sentence,
    "as Will Smith said",
    [("Will Smith", U)]
);
// Not found: listed mentions win, names of places and institutions, a
// capitalized word before, a common word starting a sentence, no surname,
// scripts without case, a surname before its full name.
/// The given name "Jordan" inside the listed "Jordan Bardella" costs the
/// listed person nothing (leftmost-longest: in all-matches mode the nested
/// country is reported too, as it was before the rule).
#[test]
fn unlisted_listed_person_wins() {
    let text = "Jordan Bardella a parlé. Bardella aussi.";
    let found = run_unlisted(text, true, Overlaps::LeftmostLongest);
    let bardella = |s: &str| (s.to_string(), "Q40655898".to_string());
    assert_eq!(found, [bardella("Jordan Bardella"), bardella("Bardella")]);
}
unlisted!(
    unlisted_listed_person_with_a_given_name_wins,
    "Giorgia Meloni spoke.",
    [("Giorgia Meloni", "Q451791")]
);
unlisted!(
    unlisted_listed_country_wins,
    "in Georgia Smith said",
    [("Georgia", "Q230")]
);
unlisted!(unlisted_en_airport, "at John F. Kennedy Airport", []);
unlisted!(unlisted_en_university, "George Washington University", []);
unlisted!(unlisted_en_boulevard, "on Martin Luther King Boulevard", []);
unlisted!(
    unlisted_en_four_capitalized_words,
    "read Colin Aaa Bbb Ccc Ddd",
    []
);
unlisted!(
    unlisted_en_common_word_starts_the_sentence,
    "Will Smith come? No.",
    []
);
unlisted!(unlisted_en_inside_a_longer_name, "on Fox News Colin Clarke", []);
unlisted!(unlisted_fr_street, "rue Jean Jaurès, lycée Victor Hugo", []);
unlisted!(unlisted_de_foundation, "die Hans Böckler Stiftung", []);
unlisted!(unlisted_es_street, "en la calle María Pérez", []);
unlisted!(unlisted_ru_street, "на улице Ивана Франко", []);
unlisted!(unlisted_given_name_alone, "Colin said no.", []);
unlisted!(
    unlisted_surname_before_the_name,
    "Clarke said. Then Colin Clarke spoke.",
    [("Colin Clarke", U)]
);
unlisted!(
    unlisted_capitals_and_caseless_scripts,
    "COLIN CLARKE and كولن كلارك",
    []
);
unlisted!(
    unlisted_surname_in_a_longer_name,
    "Colin Clarke spoke. The Clarke Foundation paid.",
    [("Colin Clarke", U)]
);

// ---- Unlisted people in their case forms (branch `cyrillic`): a given
// name of the list plus an ending its last letter allows, the surname as
// written; the surname alone later in any case form of the same stem.
// Found, one row an ending class of each language:
unlisted!(
    unlisted_ru_consonant_instrumental_then_nominative,
    "Встреча с Лоуренсом Джонсом прошла. Джонс уехал.",
    [("Лоуренсом Джонсом", U), ("Джонс", U)]
);
unlisted!(
    unlisted_ru_consonant_dative_then_genitive,
    "Рубио сказал Лоуренсу Джонсу, что у Джонса нет вопросов.",
    [("Лоуренсу Джонсу", U), ("Джонса", U)]
);
unlisted!(
    unlisted_ru_short_i_genitive,
    "слова Андрея Смирнова. Смирнов ушёл.",
    [("Андрея Смирнова", U), ("Смирнов", U)]
);
unlisted!(
    unlisted_ru_soft_sign_instrumental,
    "встреча с Игорем Лебедевым, затем Лебедев уехал.",
    [("Игорем Лебедевым", U), ("Лебедев", U)]
);
unlisted!(
    unlisted_ru_a_prepositional_then_adjective_surname,
    "об Анне Ковальской. Ковальская сказала.",
    [("Анне Ковальской", U), ("Ковальская", U)]
);
unlisted!(
    unlisted_ru_ya_genitive,
    "у Марии Сидоровой и Сидоровой тоже",
    [("Марии Сидоровой", U), ("Сидоровой", U)]
);
unlisted!(
    unlisted_ru_common_name_inside_a_sentence,
    "без Веры Ивановой",
    [("Веры Ивановой", U)]
);
unlisted!(
    unlisted_uk_short_i_dative_and_ko_surname,
    "подякував Андрієві Коваленку. Коваленко відповів.",
    [("Андрієві Коваленку", U), ("Коваленко", U)]
);
unlisted!(
    unlisted_uk_ya_instrumental,
    "зустріч з Марією Шевчук. Шевчук сказала.",
    [("Марією Шевчук", U), ("Шевчук", U)]
);
unlisted!(
    unlisted_uk_o_dative,
    "лист Дмитрові Кулебі. Кулеба відповів.",
    [("Дмитрові Кулебі", U), ("Кулеба", U)]
);
unlisted!(
    unlisted_pl_consonant_instrumental,
    "Rozmowa z Donaldem Kowalskim. Kowalski powiedział.",
    [("Donaldem Kowalskim", U), ("Kowalski", U)]
);
unlisted!(
    unlisted_pl_consonant_dative_and_genitive,
    "list Donaldowi Tuskowi i wizyta Tuska",
    [("Donaldowi Tuskowi", U), ("Tuska", U)]
);
unlisted!(
    unlisted_pl_a_instrumental_and_adjective_surname,
    "spotkanie z Anną Kowalską. Kowalskiej nie było.",
    [("Anną Kowalską", U), ("Kowalskiej", U)]
);
unlisted!(
    unlisted_pl_nominative_surname_later_declined,
    "Donald Nowak powiedział, że Nowakiem nie jest.",
    [("Donald Nowak", U), ("Nowakiem", U)]
);
unlisted!(
    unlisted_en_suffix_then_surname_alone,
    "Ken Griffey Jr. hit. Griffey ran. Griffey Jr. smiled.",
    [("Ken Griffey Jr.", U), ("Griffey", U), ("Griffey Jr", U)]
);
// Not found: a declined common name at a sentence's start, endings the
// name's shape does not allow, forms left out, another script's endings,
// a surname of another stem, a stem under three characters.
unlisted!(
    unlisted_ru_common_name_declined_starts_the_sentence,
    "Веры Ивановой не было. Мира Петрова тоже.",
    []
);
unlisted!(unlisted_ru_plural_ending, "к Аннам Петровым", []);
unlisted!(
    unlisted_ru_consonant_ending_on_a_vowel_name,
    "к Аннау Петровой",
    []
);
unlisted!(unlisted_ru_soft_ending_on_a_hard_name, "с Андрейом Петровым", []);
unlisted!(
    unlisted_pl_vowel_stem_takes_no_consonant_ending,
    "z Annaem Nowak",
    []
);
unlisted!(unlisted_pl_stem_change_left_out, "o Donaldzie Tusku", []);
unlisted!(unlisted_pl_cyrillic_ending_on_latin, "z Donaldom Tuskom", []);
unlisted!(
    unlisted_pl_declined_name_needs_a_declined_surname,
    "z Anny Nowak, Hansa Rostock, Donaldem Trump",
    []
);
unlisted!(
    unlisted_en_other_stem_is_no_surname,
    "Colin Clarke spoke. Clark left.",
    [("Colin Clarke", U)]
);
unlisted!(
    unlisted_ru_short_stem_is_exact_only,
    "с Анной Ли. Потом Лиу и Ли.",
    [("Анной Ли", U), ("Ли", U)]
);

/// Off, the rule finds nothing, and listed mentions are untouched; the
/// builder's default with user gazetteers is off.
#[test]
fn unlisted_people_can_be_turned_off() {
    let text = "Analyst Colin Clarke met Jordan Bardella. Clarke left.";
    let off = run_unlisted(text, false, Overlaps::LeftmostLongest);
    assert_eq!(off, [("Jordan Bardella".to_string(), "Q40655898".to_string())]);
    let default = ExtractorBuilder::new()
        .gazetteer_str("table", UNLISTED_LISTED)
        .given_names(["Colin"])
        .build()
        .expect("builds");
    assert_eq!(default.unlisted_people(), None);
    assert_eq!(default.extract(text).len(), 1);
}

/// An unlisted mention says so, with the name it stands for, in the
/// mention and in its record (JSON field `unlisted`).
#[test]
fn unlisted_mentions_say_so() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("table", UNLISTED_LISTED)
        .unlisted_people(true)
        .default_given_names(false)
        .given_names(["Colin"])
        .build()
        .expect("builds");
    let text = "Jordan Bardella met Colin Clarke. Clarke left.";
    let mentions = extractor.extract(text);
    let listed: Vec<bool> = mentions.iter().map(|m| m.is_listed()).collect();
    assert_eq!(listed, [true, false, false]);
    assert_eq!(mentions[2].unlisted_name(), Some("Colin Clarke"));
    assert_eq!(mentions[2].kind().as_str(), "person");
    assert!(mentions[2].entity().is_unlisted() && !mentions[0].entity().is_unlisted());
    assert_eq!(extractor.entity(U).map(|e| e.name()), Some("unlisted person"));
    let records = extractor.extract_records(text, gazner::Offsets::Bytes);
    let json = serde_json::to_string(&records[2]).expect("serializes");
    assert!(json.ends_with(r#","unlisted":"Colin Clarke"}"#), "{json}");
    let back: gazner::MentionRecord = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, records[2]);
    assert!(!back.is_listed() && records[0].is_listed());
    assert!(
        !serde_json::to_string(&records[0])
            .expect("serializes")
            .contains("unlisted")
    );
}

/// A bad line of a given-name list is an error naming the list, the line
/// and the value.
#[test]
fn bad_given_name_is_an_error() {
    let err = ExtractorBuilder::new()
        .unlisted_people(true)
        .given_names_str("names.txt", "# names\nColin\nclarke\n")
        .build()
        .expect_err("a lowercase name");
    let message = err.to_string();
    assert!(
        message.contains("names.txt") && message.contains(":3") && message.contains("clarke"),
        "{message}"
    );
}

// ---- Unlisted people in Arabic script (arabicnames, `src/rules/arabic_names.rs`) ----

/// A listed person whose first word is one of the table's given names, and
/// one listed by a single word.
#[cfg(feature = "people")]
const ARABIC_LISTED: &str = r#"{"id":"Q22686","kind":"person","name":"Donald Trump","aliases":["دونالد ترامب"]}
{"id":"Q483203","kind":"person","name":"Sting","aliases":["ستينغ"]}"#;

/// The given names in Arabic script the table's extractor reads, one a
/// common word ("أمل", hope).
#[cfg(feature = "people")]
const ARABIC_NAMES: &str = "جودي\nكيث\nدونالد\nالیزابت\nأمل\tword\n";

/// Runs `text` with the unlisted-person rule on (or off) over the listed
/// person and the Arabic-script given names (the frequent words are the
/// embedded ones), through every configuration and path.
#[cfg(feature = "people")]
fn run_arabic(text: &str, on: bool, overlaps: Overlaps) -> Vec<(String, String)> {
    let builder = ExtractorBuilder::new()
        .gazetteer_str("table", ARABIC_LISTED)
        .unlisted_people(on)
        .default_given_names(false)
        .given_names_str("names.txt", ARABIC_NAMES)
        .overlaps(overlaps);
    common::matrix::agreed(&builder, text)
        .into_iter()
        .map(|(start, end, ids)| (text[start..end].to_string(), ids[0].clone()))
        .collect()
}

/// A row of the Arabic-script rule, in both overlap modes; with the rule
/// off, only the listed names are found.
macro_rules! arabic {
    ($name:ident, $text:expr, [$(($surface:expr, $id:expr)),* $(,)?]) => {
        // The rule ends names at the embedded frequent words (feature people).
        #[cfg(feature = "people")]
        #[test]
        fn $name() {
            let expected: Vec<(String, String)> = vec![$(($surface.to_string(), $id.to_string())),*];
            for overlaps in [Overlaps::LeftmostLongest, Overlaps::All] {
                assert_eq!(run_arabic($text, true, overlaps), expected, "{overlaps:?}: {:?}", $text);
                let listed: Vec<(String, String)> = expected.iter().filter(|(_, id)| id != U).cloned().collect();
                assert_eq!(run_arabic($text, false, overlaps), listed, "off, {overlaps:?}: {:?}", $text);
            }
        }
    };
}

// Found: a given name and one or two name words, then the last one alone or
// the given name alone; proclitics stay outside.
arabic!(
    arabic_ar_name_then_surname,
    "قالت جودي وينشتاين إن الأمر صعب. ثم قال وينشتاين كلمة.",
    [("جودي وينشتاين", U), ("وينشتاين", U)]
);
arabic!(
    arabic_ar_given_name_alone_later,
    "التقى كيث سيغل بعائلته. وقال كيث إن",
    [("كيث سيغل", U), ("كيث", U)]
);
arabic!(
    arabic_ar_proclitic_outside,
    "تحدثنا مع عائلة وكيث سيغل أمس",
    [("كيث سيغل", U)]
);
arabic!(
    arabic_ar_common_word_after_a_title,
    "قالت السيدة أمل كلوني إن",
    [("أمل كلوني", U)]
);
arabic!(
    arabic_fa_name_then_surname,
    "خانم الیزابت استیکنی گفت که استیکنی",
    [("الیزابت استیکنی", U), ("استیکنی", U)]
);
// Not found: a frequent word after the given name, a common word without a
// title, a place word before, a listed person, a given name alone first.
arabic!(arabic_ar_frequent_word_ends, "قال كيث إن الأمر صعب", []);
arabic!(arabic_ar_common_word_alone, "لدينا أمل كبير في السلام", []);
arabic!(arabic_ar_common_word_no_title, "هذا أمل كلوني", []);
arabic!(arabic_ar_street, "في شارع جودي وينشتاين", []);
arabic!(
    arabic_ar_listed_wins,
    "قال دونالد ترامب إن",
    [("دونالد ترامب", "Q22686")]
);
arabic!(arabic_fa_given_name_alone, "الیزابت گفت که", []);
arabic!(arabic_ar_inside_a_longer_name, "قال ساغوي ديكل وينشتاين", []);
arabic!(
    arabic_ar_surname_inside_a_longer_name_later,
    "قالت جودي وينشتاين إن. ثم قال ديكل وينشتاين",
    [("جودي وينشتاين", U)]
);
arabic!(
    arabic_ar_listed_name_word_wins,
    "قال جودي ستينغ إن",
    [("ستينغ", "Q483203")]
);

// ---- Unlisted people in Chinese, Japanese and Korean (issue #11, branch
// caseless: `src/rules/dotted.rs`, `src/rules/hangul_names.rs`) ----

/// Listed entities beside the caseless rules' people: a listed dotted
/// name, a listed Korean name, countries in katakana and Hangul.
const CASELESS_LISTED: &str = r#"{"id":"Q7821917","kind":"person","name":"Antony Blinken","aliases":[{"text":"安东尼·布林肯","lang":"zh"},{"text":"블링컨","lang":"ko"}]}
{"id":"gazner:test-jo","kind":"person","name":"Jo Myeong-su","aliases":[{"text":"조명수","lang":"ko"}]}
{"id":"Q30","kind":"country","name":"United States","aliases":["アメリカ","미국"]}
{"id":"Q159","kind":"country","name":"Russia","aliases":["ロシア"]}"#;

/// Runs `text` with the unlisted-person rule on (or off) over
/// [`CASELESS_LISTED`], through every configuration and path.
fn run_caseless(text: &str, on: bool, overlaps: Overlaps) -> Vec<(String, String)> {
    let builder = ExtractorBuilder::new()
        .gazetteer_str("table", CASELESS_LISTED)
        .unlisted_people(on)
        .default_given_names(false)
        .overlaps(overlaps);
    common::matrix::agreed(&builder, text)
        .into_iter()
        .map(|(start, end, ids)| (text[start..end].to_string(), ids[0].clone()))
        .collect()
}

/// A row of the caseless rules, checked in both overlap modes; with the
/// rule off, only the listed mentions of the row come out.
macro_rules! caseless {
    ($name:ident, $text:expr, [$(($surface:expr, $id:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<(String, String)> = vec![$(($surface.to_string(), $id.to_string())),*];
            for overlaps in [Overlaps::LeftmostLongest, Overlaps::All] {
                assert_eq!(run_caseless($text, true, overlaps), expected, "{overlaps:?}: {:?}", $text);
            }
            let listed: Vec<(String, String)> = expected.into_iter().filter(|(_, id)| id != U).collect();
            assert_eq!(run_caseless($text, false, Overlaps::LeftmostLongest), listed, "off: {:?}", $text);
        }
    };
}

// Chinese: dotted names, their last part alone later.
caseless!(
    caseless_zh_dotted_name,
    "主持人布莱恩 ·基尔米德表示",
    [("布莱恩 ·基尔米德", U)]
);
caseless!(
    caseless_zh_last_part_later,
    "主持人布莱恩·基尔米德问。基尔米德说",
    [("布莱恩·基尔米德", U), ("基尔米德", U)]
);
caseless!(
    caseless_zh_last_part_before_the_name,
    "基尔米德说。布莱恩·基尔米德问",
    [("布莱恩·基尔米德", U)]
);
caseless!(
    caseless_zh_last_part_in_a_longer_run,
    "布莱恩·基尔米德问。基尔米德斯说",
    [("布莱恩·基尔米德", U)]
);
caseless!(
    caseless_zh_one_character_given_name,
    "乔·拜登说",
    [("乔·拜登", U)]
);
caseless!(
    caseless_zh_hyphenated_last_part,
    "马里奥·迪亚兹-巴拉特（",
    [("马里奥·迪亚兹-巴拉特", U)]
);
caseless!(
    caseless_ja_hyphenated_given_name,
    "ジャン＝ピエール・ラファラン",
    [("ジャン＝ピエール・ラファラン", U)]
);
caseless!(
    caseless_zh_listed_name_wins,
    "国务卿安东尼·布林肯说",
    [("安东尼·布林肯", "Q7821917")]
);
caseless!(caseless_zh_head_word_after, "在约翰·肯尼迪机场", []);
caseless!(caseless_zh_head_word_inside_the_run, "哈里·杜鲁门大楼", []);
caseless!(caseless_zh_not_transliteration, "中国·北京", []);
caseless!(caseless_zh_one_character_last_part, "拜登·乔", []);
caseless!(caseless_zh_five_parts, "阿·贝·克·德·埃尔", []);
caseless!(caseless_zh_dot_without_a_part, "特朗普·。", []);

// Japanese: katakana parts, an initial, listed names between the dots.
caseless!(
    caseless_ja_dotted_name_then_alone,
    "ドナルド・トランプ大統領は、トランプ氏",
    [("ドナルド・トランプ", U), ("トランプ", U)]
);
caseless!(
    caseless_ja_initial,
    "ジョン・F・ケネディ氏",
    [("ジョン・F・ケネディ", U)]
);
caseless!(
    caseless_ja_listed_countries_win,
    "アメリカ・ロシア関係",
    [("アメリカ", "Q30"), ("ロシア", "Q159")]
);
caseless!(caseless_ja_head_part, "ケネディ・センター", []);
caseless!(
    caseless_ja_listed_last_part_wins,
    "ドナルド・アメリカ",
    [("アメリカ", "Q30")]
);
caseless!(
    caseless_ja_run_longer_than_the_last_part,
    "ドナルド・トランプ。トランプタワー",
    [("ドナルド・トランプ", U)]
);
caseless!(caseless_ja_two_scripts, "ドナルド・特朗普", []);

// Korean: a name beside a role or in a credit; a foreign name.
caseless!(caseless_ko_reporter, "이조은 기자가 보도합니다.", [("이조은", U)]);
caseless!(caseless_ko_former_minister, "박민수 전 장관은", [("박민수", U)]);
caseless!(
    caseless_ko_credit,
    "(영상편집: 조명수)",
    [("조명수", "gazner:test-jo")]
);
caseless!(
    caseless_ko_credit_names,
    "(촬영: 김철수, 이영희)",
    [("김철수", U), ("이영희", U)]
);
caseless!(caseless_ko_glued_ssi, "안준호씨가 말했다", [("안준호", U)]);
caseless!(
    caseless_ko_foreign_name,
    "마이클 매콜 하원 외교위원장은",
    [("마이클 매콜", U)]
);
caseless!(
    caseless_ko_foreign_name_particle,
    "마이클 매콜은 말했다",
    [("마이클 매콜", U)]
);
caseless!(
    caseless_ko_listed_name_wins,
    "블링컨 장관과 미국",
    [("블링컨", "Q7821917"), ("미국", "Q30")]
);
caseless!(caseless_ko_particle_ends_the_word, "정부의 대변인은", []);
caseless!(caseless_ko_listed_surname_wins, "마이클 미국", [("미국", "Q30")]);
caseless!(caseless_ko_common_word, "백악관 대변인은", []);
caseless!(caseless_ko_no_role, "이조은 말했다", []);
caseless!(caseless_ko_role_starts_a_longer_word, "이조은 씨름", []);
caseless!(caseless_ko_not_a_family_name, "나명수 기자", []);
caseless!(caseless_ko_credit_without_colon, "(사진 이조은)", []);
caseless!(caseless_ko_foreign_name_of_a_university, "조지 워싱턴 대학교", []);
caseless!(caseless_ko_role_for_a_surname, "도널드 대통령", []);
caseless!(caseless_ko_two_syllables, "이조 기자", []);
