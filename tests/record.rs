//! The one mention record: the same from one-shot extraction, streaming and
//! `extract_reader`; its JSON reads back, and bad JSON records are refused.

use std::ops::ControlFlow;

use gazner::{ExtractorBuilder, MentionRecord, Offsets, StreamExtractor};

const GAZETTEER: &str = r#"{"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan"]}
{"id":"Q230","kind":"country","name":"Georgia","aliases":["Géorgie"]}
{"id":"Q1428","kind":"state","name":"Georgia"}
{"id":"Q16366137","kind":"person","name":"Jeyhun Bayramov","aliases":["Djeyhoun Baïramov",{"text":"Baïramov","short":true}]}"#;

#[test]
fn one_shot_streaming_and_reader_give_the_same_records() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let text = "🇦🇿 Djeyhoun Baïramov, l’Azerbaïdjan, Georgia. Baïramov en Géorgie.\n".repeat(50);
    let one_shot = extractor.extract_records(&text, Offsets::All);
    assert_eq!(one_shot.len(), 250);
    let mut streamed = Vec::new();
    let mut stream = StreamExtractor::new(&extractor, "s").window_size(256);
    for piece in text.as_bytes().chunks(97) {
        stream.push(piece, &mut streamed).unwrap();
    }
    stream.finish(&mut streamed).unwrap();
    assert_eq!(streamed, one_shot);
    let mut read = Vec::new();
    extractor
        .extract_reader(text.as_bytes(), "r", |m| {
            read.push(m);
            Ok::<_, gazner::Error>(ControlFlow::Continue(()))
        })
        .unwrap();
    assert_eq!(read, one_shot);
    // Offsets agree with counting the prefix.
    for r in &one_shot {
        let prefix = &text[..r.span().start];
        assert_eq!(r.char_span().unwrap().start, prefix.chars().count());
        assert_eq!(r.utf16_span().unwrap().start, prefix.encode_utf16().count());
        assert_eq!(&text[r.span().range()], r.text());
    }
    // Every candidate is kept: "Georgia" is the country and the state.
    let georgia = &one_shot[2];
    let ids: Vec<&str> = georgia.candidates().iter().map(|c| c.id()).collect();
    assert_eq!(ids, ["Q230", "Q1428"]);
    assert_eq!(georgia.candidates()[1].kind().as_str(), "state");
}

#[test]
fn byte_offsets_only_leave_the_other_fields_out() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let records = extractor.extract_records("Géorgie", Offsets::Bytes);
    assert_eq!(records[0].char_span(), None);
    let json = serde_json::to_value(&records[0]).unwrap();
    assert!(
        json.get("char_start").is_none() && json.get("utf16_end").is_none(),
        "{json}"
    );
    let back: MentionRecord = serde_json::from_value(json).unwrap();
    assert_eq!(back, records[0]);
}

#[test]
fn bad_records_are_refused() {
    let good = r#"{"start":0,"end":7,"text":"Georgia","kind":"country","id":"Q230","name":"Georgia","candidates":[{"id":"Q230","kind":"country","name":"Georgia","alias":"Georgia"}],"file":"extra fields are ignored"}"#;
    let record: MentionRecord = serde_json::from_str(good).unwrap();
    assert_eq!(record.id(), "Q230");
    for (bad, why) in [
        (
            good.replace(
                r#"[{"id":"Q230","kind":"country","name":"Georgia","alias":"Georgia"}]"#,
                "[]",
            ),
            "empty",
        ),
        (good.replace(r#""end":7"#, r#""end":8"#), "bytes"),
        (
            good.replace(r#""start":0,"#, r#""start":0,"char_start":0,"#),
            "both",
        ),
        (
            good.replace(r#""id":"Q230","name""#, r#""id":"Q1","name""#),
            "first candidate",
        ),
        (
            good.replace(r#""kind":"country","id""#, r#""kind":"Country","id""#),
            "invalid kind",
        ),
    ] {
        let err = serde_json::from_str::<MentionRecord>(&bad).expect_err(why);
        assert!(err.to_string().contains(why), "{why}: {err}");
    }
}

#[test]
fn reader_callback_can_fail_with_its_own_error() {
    #[derive(Debug)]
    enum Mine {
        Gazner(gazner::Error),
        TooMany(usize),
    }
    impl From<gazner::Error> for Mine {
        fn from(e: gazner::Error) -> Mine {
            Mine::Gazner(e)
        }
    }
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let mut seen = 0;
    let result = extractor.extract_reader("Géorgie. ".repeat(10).as_bytes(), "r", |_| {
        seen += 1;
        if seen == 4 {
            Err(Mine::TooMany(seen))
        } else {
            Ok(ControlFlow::Continue(()))
        }
    });
    assert!(matches!(result, Err(Mine::TooMany(4))), "{result:?}");
    // Errors of the input come through `From`.
    let result = extractor.extract_reader(&b"G\xFForgie"[..], "bytes", |_| Ok(ControlFlow::Continue(())));
    assert!(
        matches!(
            result,
            Err(Mine::Gazner(gazner::Error::InvalidUtf8 { offset: 1, .. }))
        ),
        "{result:?}"
    );
}
