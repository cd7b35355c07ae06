//! Streaming gives the same mentions, with the same absolute offsets, as
//! one-shot extraction, however the document is cut into pieces and
//! whatever the window size.

mod common {
    pub mod generate;
    pub mod generate_arabic;
    pub mod reference;
    pub mod words;
}

use common::generate::{build, builder, case, insert_people, people, with_unlisted};
use gazner::{Error, ExtractorBuilder, InvalidUtf8, Overlaps, StreamExtractor};
use proptest::prelude::*;

/// (start, end, candidate ids, surface, char span, UTF-16 span, the written
/// name of an unlisted person) per mention.
type Found = Vec<(
    usize,
    usize,
    Vec<String>,
    String,
    (usize, usize),
    (usize, usize),
    Option<String>,
)>;

fn one_shot(extractor: &gazner::Extractor, text: &str) -> Found {
    let offsets = gazner::TextOffsets::new(text);
    extractor
        .extract(text)
        .iter()
        .map(|m| {
            let ids = m.candidates().iter().map(|c| c.entity.id().to_string()).collect();
            let (s, e) = (m.span.start, m.span.end);
            let chars = (offsets.char_offset(s), offsets.char_offset(e));
            let units = (offsets.utf16_offset(s), offsets.utf16_offset(e));
            let name = m.unlisted_name().map(str::to_string);
            (s, e, ids, m.text(text).to_string(), chars, units, name)
        })
        .collect()
}

fn streamed(extractor: &gazner::Extractor, text: &str, cuts: &[usize], window: usize) -> Found {
    let mut stream = StreamExtractor::new(extractor, "doc").window_size(window);
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    for &cut in cuts.iter().chain([&bytes.len()]) {
        let cut = cut.clamp(at, bytes.len());
        stream.push(&bytes[at..cut], &mut out).expect("valid UTF-8");
        at = cut;
    }
    stream.finish(&mut out).expect("valid UTF-8");
    out.into_iter()
        .map(|m| {
            let ids = m.candidates().iter().map(|c| c.id().to_string()).collect();
            let (chars, units) = (m.char_span().expect("asked"), m.utf16_span().expect("asked"));
            (
                m.span().start,
                m.span().end,
                ids,
                m.text().to_string(),
                (chars.start, chars.end),
                (units.start, units.end),
                m.unlisted_name().map(str::to_string),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
    ))]

    #[test]
    fn random_chunkings_give_identical_results(
        case in case(),
        cuts in prop::collection::vec(0usize..200, 0..8),
        window in 1usize..64,
        all in any::<bool>(),
    ) {
        let overlaps = if all { Overlaps::All } else { Overlaps::LeftmostLongest };
        let (extractor, _, _) = build(&case, overlaps);
        // Repeat the text so that windows really slide over it; 🇦🇿 counts
        // two UTF-16 units per char.
        let text = format!("{}🇦🇿", case.text).repeat(3);
        let mut cuts = cuts;
        cuts.sort_unstable();
        prop_assert_eq!(streamed(&extractor, &text, &cuts, window), one_shot(&extractor, &text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(150)
    ))]

    /// With the unlisted-person rule on, over texts with given names,
    /// surnames and the words that stop the rule spliced in: the stream
    /// finds the same people, with the same written names, as one-shot
    /// extraction, however the text is cut and whatever the window.
    #[test]
    fn unlisted_people_stream_like_one_shot(
        mut case in case(),
        people in people(),
        cuts in prop::collection::vec(0usize..300, 0..8),
        window in 1usize..64,
        all in any::<bool>(),
    ) {
        insert_people(&mut case, &people);
        let overlaps = if all { Overlaps::All } else { Overlaps::LeftmostLongest };
        let extractor = with_unlisted(builder(&case, overlaps).0)
            .build()
            .expect("the gazetteer builds");
        // Twice over, so that the second copy finds the first's surnames
        // in earlier windows.
        let text = case.text.repeat(2);
        let mut cuts = cuts;
        cuts.sort_unstable();
        prop_assert_eq!(streamed(&extractor, &text, &cuts, window), one_shot(&extractor, &text));
    }
}

/// The texts of the test above do hold unlisted people, some found by
/// their surname alone, or it would compare empty lists.
#[test]
fn streamed_texts_hold_unlisted_people() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut with_people, mut by_surname) = (0, 0);
    for _ in 0..100 {
        let mut case = case().new_tree(&mut runner).unwrap().current();
        insert_people(&mut case, &people().new_tree(&mut runner).unwrap().current());
        let extractor = with_unlisted(builder(&case, Overlaps::LeftmostLongest).0)
            .build()
            .expect("the gazetteer builds");
        let found = one_shot(&extractor, &case.text.repeat(2));
        let unlisted: Vec<_> = found.iter().filter(|m| m.6.is_some()).collect();
        with_people += usize::from(!unlisted.is_empty());
        by_surname += usize::from(unlisted.iter().any(|m| m.6.as_deref() != Some(m.3.as_str())));
    }
    assert!(
        with_people > 10,
        "only {with_people} of 100 texts had unlisted people"
    );
    // 5 of the deterministic runner's 100 texts do (2026-12-01).
    assert!(
        by_surname >= 3,
        "only {by_surname} of 100 texts had a surname alone"
    );
}

const GAZETTEER: &str = r#"{"id":"Q16366137","kind":"person","name":"Jeyhun Bayramov","aliases":["Djeyhoun Baïramov",{"text":"Baïramov","short":true}]}
{"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan"]}"#;

#[test]
fn short_forms_see_full_names_from_earlier_windows() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let text = format!(
        "Djeyhoun Baïramov. {} Baïramov.",
        "du texte sans nom. ".repeat(2000)
    );
    let got = streamed(&extractor, &text, &[5, 10_000, 20_000], 4096);
    assert_eq!(got.len(), 2);
    assert_eq!(got, one_shot(&extractor, &text));
    assert_eq!(got[1].3, "Baïramov");
}

#[test]
fn names_straddling_pieces_are_found_once() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let text = "l’Azerbaïdjan ".repeat(500);
    for cut in [1, 3, 7, 13, 101] {
        let cuts: Vec<usize> = (1..text.len() / cut).map(|i| i * cut).collect();
        let got = streamed(&extractor, &text, &cuts, 16);
        assert_eq!(got.len(), 500, "pieces of {cut} bytes");
        assert_eq!(got, one_shot(&extractor, &text));
    }
}

#[test]
fn invalid_utf8_names_the_absolute_offset() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let mut stream = StreamExtractor::new(&extractor, "feed").window_size(8);
    let mut out = Vec::new();
    stream
        .push("Azerbaïdjan, ".repeat(10).as_bytes(), &mut out)
        .unwrap();
    let err = stream.push(b"ok \xC3", &mut out).err();
    assert!(
        err.is_none(),
        "a sequence cut at the end of a piece waits for the next"
    );
    let err = stream.push(b"( bad", &mut out).expect_err("0xC3 0x28 is invalid");
    match err {
        Error::InvalidUtf8 { origin, offset, .. } => {
            assert_eq!(origin, "feed");
            assert_eq!(offset, 140 + 3);
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn truncated_sequence_at_the_end_is_an_error() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let mut stream = StreamExtractor::new(&extractor, "feed");
    let mut out = Vec::new();
    stream.push(b"Azerba\xC3", &mut out).unwrap();
    assert!(matches!(
        stream.finish(&mut out),
        Err(Error::InvalidUtf8 { offset: 6, .. })
    ));
}

#[test]
fn replacement_keeps_original_offsets() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let mut stream = StreamExtractor::new(&extractor, "feed").invalid_utf8(InvalidUtf8::Replace);
    let mut out = Vec::new();
    stream
        .push(b"\xFF\xFE Azerba\xC3\xAFdjan \xC3(", &mut out)
        .unwrap();
    stream.finish(&mut out).unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!((out[0].span().start, out[0].span().end), (3, 15));
    assert_eq!(out[0].text(), "Azerbaïdjan");
}

#[test]
fn reader_api_matches_one_shot() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let text = "Djeyhoun Baïramov à Bakou. Baïramov, l’Azerbaïdjan.\n\n".repeat(30_000);
    let mut got = Vec::new();
    extractor
        .extract_reader(text.as_bytes(), "mem", |m| {
            got.push((m.span().start, m.span().end));
            Ok::<_, gazner::Error>(std::ops::ControlFlow::Continue(()))
        })
        .unwrap();
    let expected: Vec<_> = extractor
        .extract(&text)
        .iter()
        .map(|m| (m.span.start, m.span.end))
        .collect();
    assert_eq!(got.len(), 90_000);
    assert_eq!(got, expected);
}

#[test]
fn rules_that_look_around_a_match_agree_across_windows() {
    let gazetteer = r#"{"id":"Q458","kind":"institution","name":"European Union","aliases":["UE","UN"]}
{"id":"Q1006","kind":"country","name":"Guinea","aliases":["Guinée"]}
{"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan"]}"#;
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", gazetteer)
        .build()
        .unwrap();
    let mut text = String::new();
    for pad in 0..90 {
        text.push_str(&"x ".repeat(pad % 7));
        text.push_str(&"é".repeat(pad % 5));
        // Long gaps of white space shrink to one byte once normalized: the
        // windows must keep their margins in original bytes too.
        let gap = " ".repeat(pad % 50);
        let dots = ". ".repeat(pad % 30);
        text.push_str(&format!(
            " SIGNE{gap}UN{gap}ACCORD AVEC L'UE{dots}La Nouvelle-Guinée, UE-Azerbaïdjan, Guinée-Azerbaïdjan{gap}"
        ));
        text.push_str(&"MOT ".repeat(pad % 3));
    }
    // With only two-letter aliases, the margins in normalized bytes are tiny:
    // the context the rules read must be kept in original bytes. Marks make
    // a neighbour word long in bytes and short once normalized.
    let acronyms = ExtractorBuilder::new()
        .gazetteer_str(
            "g",
            r#"{"id":"Q458","kind":"institution","name":"European Union","aliases":["UE","UN"]}"#,
        )
        .build()
        .unwrap();
    let marked: String = "ACCORD"
        .chars()
        .flat_map(|c| [c, '\u{301}', '\u{301}', '\u{301}'])
        .chain(['s'])
        .collect();
    let mut shouting = String::new();
    for pad in 0..120 {
        shouting.push_str(&format!(
            "{} \nUN {marked}, le UN {}.\n{marked} UE\n",
            "é".repeat(pad % 11),
            "x".repeat(pad % 13)
        ));
    }
    let expected = one_shot(&acronyms, &shouting);
    for window in [1, 7, 50] {
        let cuts: Vec<usize> = (1..shouting.len() / 3).map(|i| i * 3).collect();
        assert_eq!(
            streamed(&acronyms, &shouting, &cuts, window),
            expected,
            "window {window}"
        );
    }
    let expected = one_shot(&extractor, &text);
    assert!(expected.len() > 200);
    for window in [1, 17, 64, 100, 333] {
        for cut in [1, 5, 64, 999] {
            let cuts: Vec<usize> = (1..text.len() / cut).map(|i| i * cut).collect();
            assert_eq!(
                streamed(&extractor, &text, &cuts, window),
                expected,
                "window {window}, pieces of {cut}"
            );
        }
    }
}

/// Streams `text` in pieces of 64 KiB through the default window; returns
/// the mentions (as `streamed` does) and the stream's peak memory.
fn streamed_with_peak(extractor: &gazner::Extractor, text: &[u8]) -> (Found, usize) {
    let mut stream = StreamExtractor::new(extractor, "doc");
    let mut out = Vec::new();
    for piece in text.chunks(64 * 1024) {
        stream.push(piece, &mut out).expect("valid UTF-8");
    }
    stream.finish(&mut out).expect("valid UTF-8");
    let found = out
        .into_iter()
        .map(|m| {
            let ids = m.candidates().iter().map(|c| c.id().to_string()).collect();
            let chars = m
                .char_span()
                .map(|s| (s.start, s.end))
                .expect("streams count chars");
            let units = m
                .utf16_span()
                .map(|s| (s.start, s.end))
                .expect("streams count UTF-16");
            (
                m.span().start,
                m.span().end,
                ids,
                m.text().to_string(),
                chars,
                units,
                m.unlisted_name().map(str::to_string),
            )
        })
        .collect();
    (found, stream.peak_memory())
}

const PAIR: &str = r#"{"id":"Q142","kind":"country","name":"France"}
{"id":"Q9248","kind":"city","name":"Baku","aliases":["Bakou"]}"#;

/// 16 MB of white space hold no more memory than a few windows (1 MiB
/// each): a long run that no name crosses is cut. Before, the whole run was
/// buffered.
#[test]
fn a_run_of_white_space_is_not_buffered() {
    let extractor = ExtractorBuilder::new().gazetteer_str("g", PAIR).build().unwrap();
    let mut text = b"France et Bakou".to_vec();
    text.extend(b" \t \xC2\xA0\n".repeat(16 << 20 >> 3));
    text.extend(b"Bakou puis France");
    let (got, peak) = streamed_with_peak(&extractor, &text);
    let text = String::from_utf8(text).unwrap();
    let expected = one_shot(&extractor, &text);
    assert_eq!(expected.len(), 4);
    assert_eq!(got, expected);
    assert!(
        peak < 6 << 20,
        "peak {peak} bytes for {} bytes of text",
        text.len()
    );
}

/// Streams `text` in pieces of 1, 100 and 4,096 bytes through windows of 1
/// to 700 bytes, and checks each gives `expected`.
fn streams_like_one_shot(extractor: &gazner::Extractor, text: &str, expected: &Found) {
    for window in [1, 7, 64, 700] {
        for cut in [1, 100, 4096] {
            let cuts: Vec<usize> = (1..text.len() / cut).map(|i| i * cut).collect();
            assert_eq!(
                &streamed(extractor, text, &cuts, window),
                expected,
                "window {window}, pieces of {cut}"
            );
        }
    }
}

/// 8M combining marks after one letter (16 MB) hold no more memory than a
/// few windows, whatever the letter's script, and also where a name may go
/// on through the run ("A" then "fghanistan", after "Afghanistan"); before,
/// the whole run was buffered.
#[test]
fn a_run_of_combining_marks_is_not_buffered() {
    let gazetteer = format!(
        "{PAIR}\n{}",
        r#"{"id":"Q889","kind":"country","name":"Afghanistan"}"#
    );
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", gazetteer)
        .build()
        .unwrap();
    for base in ["A", "\u{915}", " ", "\u{3B1}", "France"] {
        for after in [" France", "fghanistan"] {
            let mut text = format!("Bakou {base}");
            text.push_str(&"\u{301}".repeat(8 << 20));
            text.push_str(after);
            let (got, peak) = streamed_with_peak(&extractor, text.as_bytes());
            let expected = one_shot(&extractor, &text);
            assert_eq!(got, expected, "{base:?} then {after:?}");
            assert!(
                peak < 6 << 20,
                "{base:?} then {after:?}: peak {peak} bytes for {} bytes of text",
                text.len()
            );
            let names: Vec<&str> = expected.iter().map(|m| m.2[0].as_str()).collect();
            match (base, after) {
                ("A", "fghanistan") => assert_eq!(names, ["Q9248", "Q889"], "a name through the run"),
                ("France", " France") => assert_eq!(
                    names,
                    ["Q9248", "Q142", "Q142"],
                    "a name ends on the accented letter"
                ),
                (_, " France") => assert_eq!(names, ["Q9248", "Q142"], "{base:?}"),
                _ => assert_eq!(names, ["Q9248"], "{base:?} then {after:?}"),
            }
        }
    }
}

/// Runs of marks after letters of several scripts, after names, after
/// spaces, give the same mentions streamed through small windows as in one
/// shot.
#[test]
fn runs_of_marks_agree_with_one_shot() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str(
            "g",
            r#"{"id":"Q142","kind":"country","name":"France"}
{"id":"Q668","kind":"country","name":"India","aliases":["भारत"]}
{"id":"x","kind":"thing","name":"x\u0301y"}"#,
        )
        .build()
        .unwrap();
    let mut text = String::new();
    for n in [1, 100, 300, 1000] {
        let marks = "\u{301}".repeat(n);
        for before in ["France", "a", "भारत", "\u{915}", " ", "x", "-"] {
            text.push_str(&format!("{before}{marks} France {before}{marks}France, "));
        }
        text.push_str(&format!("x{marks}y x{marks}\u{308}y "));
    }
    let expected = one_shot(&extractor, &text);
    assert!(expected.len() > 30, "{} mentions", expected.len());
    streams_like_one_shot(&extractor, &text, &expected);
}

/// Runs of white space of every length, with or without a name that goes on
/// past them, give the same mentions streamed through small windows as in
/// one shot.
#[test]
fn runs_around_the_bounds_agree_with_one_shot() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str(
            "g",
            r#"{"id":"Q60","kind":"city","name":"New York"}
{"id":"Q142","kind":"country","name":"France"}"#,
        )
        .build()
        .unwrap();
    let mut text = String::new();
    for n in [1, 255, 256, 257, 300, 513, 600, 1200, 5000] {
        text.push_str(&format!("New{}York, ", " ".repeat(n)));
        text.push_str(&format!("France{}New\n{}\nYork ", " ".repeat(n), " ".repeat(n)));
    }
    let expected = one_shot(&extractor, &text);
    assert_eq!(
        expected.iter().filter(|m| m.3.starts_with("New")).count(),
        9,
        "a name spans a run of white space of any length, not a blank line"
    );
    streams_like_one_shot(&extractor, &text, &expected);
}

// ---- Unlisted people in Arabic script (arabicnames) ----

// The rule ends names at the embedded frequent words (feature people).
#[cfg(feature = "people")]
proptest! {
    /// With the rule of Arabic script on, a stream finds the same people,
    /// with the same written names, as one-shot extraction, however the
    /// generated Arabic text is cut and whatever the window; the text twice
    /// over, so that the second copy names the first's people again.
    #[test]
    fn arabic_unlisted_people_stream_like_one_shot(
        text in common::generate_arabic::arabic_text(),
        cuts in prop::collection::vec(0usize..300, 0..8),
        window in 1usize..64,
        all in any::<bool>(),
    ) {
        let case = common::generate_arabic::arabic_case(text);
        let overlaps = if all { Overlaps::All } else { Overlaps::LeftmostLongest };
        let extractor = builder(&case, overlaps)
            .0
            .unlisted_people(true)
            .default_given_names(false)
            .given_names(common::generate_arabic::GIVEN_AR.iter().copied())
            .build()
            .expect("the gazetteer builds");
        let text = case.text.repeat(2);
        let mut cuts = cuts;
        cuts.sort_unstable();
        prop_assert_eq!(streamed(&extractor, &text, &cuts, window), one_shot(&extractor, &text));
    }
}
