//! The batch API returns, in input order, what one-shot extraction returns
//! for each document, whatever the number of threads.

use gazner::ExtractorBuilder;

const GAZETTEER: &str = r#"{"id":"a","kind":"person","name":"Ana Kim","aliases":[{"text":"Kim","short":true}]}
{"id":"fr","kind":"country","name":"France"}"#;

#[test]
fn batch_equals_one_shot_in_order() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let docs: Vec<String> = (0..1000)
        .map(|i| match i % 4 {
            0 => format!("Ana Kim, doc {i}. Kim again."),
            1 => format!("Kim alone in doc {i}"),
            2 => "France ".repeat(i % 17),
            _ => String::new(),
        })
        .collect();
    let expected: Vec<Vec<(usize, usize, String)>> = docs
        .iter()
        .map(|d| {
            extractor
                .extract(d)
                .iter()
                .map(|m| (m.span.start, m.span.end, m.entity().id().to_string()))
                .collect()
        })
        .collect();
    for threads in [0, 1, 2, 3, 7] {
        let got: Vec<Vec<(usize, usize, String)>> = extractor
            .extract_batch(&docs, threads)
            .iter()
            .map(|ms| {
                ms.iter()
                    .map(|m| (m.span.start, m.span.end, m.entity().id().to_string()))
                    .collect()
            })
            .collect();
        assert_eq!(got, expected, "{threads} threads");
    }
    assert_eq!(expected[1].len(), 0, "short forms do not carry across documents");
    assert_eq!(expected[0].len(), 2);
}

#[test]
fn empty_batch() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let docs: [&str; 0] = [];
    assert!(extractor.extract_batch(&docs, 4).is_empty());
}
