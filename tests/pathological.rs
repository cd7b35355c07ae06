//! Pathological inputs at modest sizes (the bench `benches/pathological.rs`
//! runs the big ones): a long single line, one name repeated 100,000 times,
//! text made only of combining marks, 10,000 aliases sharing a long prefix,
//! a 10,000-character alias, and every Unicode scalar value. Each test checks
//! exact results, not just the absence of a panic.

mod common {
    pub mod news;
}

use common::news::{SENTENCE, SENTENCE_NAMES, build, news_extractor, thing};
use gazner::{Alias, CaseRule, Mention, Overlaps};

/// Checks what holds for every mention: a non-empty span on char
/// boundaries, in order of start, and a surface that normalizes to the alias.
fn check_spans(text: &str, mentions: &[Mention<'_>]) {
    let mut previous_start = 0;
    for m in mentions {
        let (start, end) = (m.span.start, m.span.end);
        assert!(start < end && end <= text.len(), "span {start}..{end}");
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end}"
        );
        assert!(previous_start <= start, "out of order at {start}");
        previous_start = start;
        assert_eq!(
            gazner::normalize(&text[start..end]).trim_matches(' '),
            gazner::normalize(m.alias().text()).trim_matches(' '),
            "span {start}..{end}"
        );
    }
}

/// `SENTENCE` repeated `reps` times, separated by `sep` in place of its final space.
fn sentences(reps: usize, sep: &str) -> String {
    let sentence = SENTENCE.trim_end();
    let mut text = String::with_capacity(reps * (sentence.len() + sep.len()));
    for _ in 0..reps {
        text.push_str(sentence);
        text.push_str(sep);
    }
    text
}

/// Every sentence yields its five mentions at the same offsets, shifted.
fn assert_sentences(text: &str, reps: usize, step: usize, mentions: &[Mention<'_>]) {
    assert_eq!(mentions.len(), reps * SENTENCE_NAMES.len());
    let offsets: Vec<usize> = SENTENCE_NAMES
        .iter()
        .scan(0, |from, name| {
            let at = *from + SENTENCE[*from..].find(name).expect("the name is in the sentence");
            *from = at + name.len();
            Some(at)
        })
        .collect();
    for (i, m) in mentions.iter().enumerate() {
        let (rep, k) = (i / SENTENCE_NAMES.len(), i % SENTENCE_NAMES.len());
        let start = rep * step + offsets[k];
        assert_eq!(
            (m.span.start, m.span.end),
            (start, start + SENTENCE_NAMES[k].len()),
            "mention {i}"
        );
        assert_eq!(&text[m.span.range()], SENTENCE_NAMES[k]);
    }
}

#[test]
fn a_long_single_line() {
    // 2 MB, no line break; the bench runs 10 and 100 MB.
    let reps = 20_000;
    let text = sentences(reps, " ");
    assert!(!text.contains('\n') && text.len() > 2_000_000);
    let extractor = news_extractor(Overlaps::LeftmostLongest);
    let mentions = extractor.extract(&text);
    assert_sentences(&text, reps, SENTENCE.len(), &mentions);
    assert_eq!(mentions[2].entity().id(), "bayramov", "the short form resolves");
}

#[test]
fn a_long_run_of_white_space() {
    // One unit of the offset map for 1.2 MB of mixed white space.
    let filler = " \u{A0}\t\u{2003}\u{3000}".repeat(100_000);
    let text = format!("Kaja Kallas{filler}Kaja{filler}Kallas");
    let extractor = news_extractor(Overlaps::All);
    let mentions = extractor.extract(&text);
    check_spans(&text, &mentions);
    let spans: Vec<_> = mentions.iter().map(|m| (m.span.start, m.span.end)).collect();
    assert_eq!(spans, [(0, 11), (11 + filler.len(), text.len())]);
}

#[test]
fn one_name_repeated_100k_times() {
    let reps = 100_000;
    for overlaps in [Overlaps::LeftmostLongest, Overlaps::All] {
        let extractor = news_extractor(overlaps);
        // The full name once, then its short form again and again.
        let text = format!("Djeyhoun Baïramov.{}", " Baïramov,".repeat(reps));
        let mentions = extractor.extract(&text);
        check_spans(&text, &mentions);
        assert_eq!(mentions.len(), reps + 1, "{overlaps:?}");
        assert!(mentions.iter().all(|m| m.entity().id() == "bayramov"));
        let last = mentions.last().expect("mentions");
        assert_eq!(
            (last.span.start, last.span.end),
            (text.len() - "Baïramov,".len(), text.len() - 1)
        );
        // A plain name after an elided article, again and again.
        let piece = "l’Arménie, ";
        let text = piece.repeat(reps);
        let mentions = extractor.extract(&text);
        assert_eq!(mentions.len(), reps, "{overlaps:?}");
        let at = "l’".len();
        assert!(mentions.iter().enumerate().all(|(i, m)| {
            let start = i * piece.len() + at;
            (m.span.start, m.span.end) == (start, start + "Arménie".len())
        }));
    }
}

#[test]
fn overlapping_repetitions_in_all_mode() {
    // "a a a ... a" with aliases "a a" and "a": in All mode every position
    // matches both, in leftmost-longest mode pairs of "a a" then one "a".
    let n = 20_001;
    let text = vec!["a"; n].join(" ");
    let entities = || [thing("one", "a"), thing("two", "a a")];
    let (all, longest) = (
        build(entities(), Overlaps::All),
        build(entities(), Overlaps::LeftmostLongest),
    );
    let all = all.extract(&text);
    check_spans(&text, &all);
    assert_eq!(all.len(), n + (n - 1));
    let longest = longest.extract(&text);
    check_spans(&text, &longest);
    assert_eq!(longest.len(), n / 2 + 1);
    assert!(longest[..n / 2].iter().all(|m| m.entity().id() == "two"));
    assert_eq!(longest[n / 2].entity().id(), "one");
}

#[test]
fn text_made_only_of_combining_marks() {
    let marks = [
        '\u{301}', '\u{308}', '\u{327}', '\u{94D}', '\u{64B}', '\u{E31}', '\u{20D7}', '\u{FE20}',
    ];
    let only_marks: String = marks.iter().cycle().take(200_000).collect();
    let extractor = build(
        [
            thing("kim", "Kim"),
            thing("acute", "x\u{301}"),
            thing("virama", "क\u{94D}"),
        ],
        Overlaps::All,
    );
    assert!(extractor.extract(&only_marks).is_empty());
    assert!(
        !gazner::normalize(&only_marks).is_empty(),
        "marks without a base are kept"
    );

    // A name whose last letter carries all of them: the span covers every
    // mark (all are dropped after a Latin letter); marks before a name glue.
    let text = format!("Kim{only_marks} Kim {only_marks}Kim");
    let mentions = extractor.extract(&text);
    check_spans(&text, &mentions);
    let spans: Vec<_> = mentions.iter().map(|m| (m.span.start, m.span.end)).collect();
    let second = 4 + only_marks.len();
    assert_eq!(spans, [(0, 3 + only_marks.len()), (second, second + 3)]);
}

#[test]
fn ten_thousand_aliases_sharing_a_long_prefix() {
    let prefix = "Organisation internationale pour la coopération économique et le développement ".repeat(3);
    let names: Vec<String> = (0..10_000).map(|i| format!("{prefix}n{i}")).collect();
    let extractor = build(
        names
            .iter()
            .enumerate()
            .map(|(i, name)| thing(&format!("q{i}"), name)),
        Overlaps::LeftmostLongest,
    );
    assert_eq!(extractor.pattern_count(), 10_000);
    // Some of them, the prefix alone, and a name cut short.
    let picks = [0, 1, 10, 999, 5_000, 9_999];
    let mut text = String::new();
    let mut expected = Vec::new();
    for &i in &picks {
        text.push_str("Voir ");
        let start = text.len();
        text.push_str(&names[i]);
        expected.push((start, text.len(), format!("q{i}")));
        text.push_str(", puis ");
    }
    text.push_str(&prefix);
    text.push_str(" et ");
    text.push_str(&names[42][..names[42].len() - 1]);
    text.push_str("x.");
    let got: Vec<_> = extractor
        .extract(&text)
        .iter()
        .map(|m| (m.span.start, m.span.end, m.entity().id().to_string()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn a_ten_thousand_character_alias() {
    let words = ["Straße", "Ελλάδα", "Москва", "Baïramov", "中国", "x"];
    let mut alias = String::new();
    while alias.chars().count() < 10_000 {
        alias.push_str(words[alias.len() % words.len()]);
        alias.push(' ');
    }
    let alias = alias.trim_end().to_string();
    assert!(alias.chars().count() >= 10_000);
    let extractor = build(
        [thing("long", &alias), thing("kim", "Kim")],
        Overlaps::LeftmostLongest,
    );
    // Found as written and disguised (upper case, NFD accents), with exact spans.
    let upper = alias.to_uppercase();
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(alias.as_str()).collect();
    let cut = &alias[..alias.char_indices().last().expect("not empty").0];
    let text = format!("Kim: {alias}. {upper}, {nfd} et {cut}.");
    let mut expected = vec![(0, 3, "kim")];
    let mut at = 5;
    for part in [&alias, &upper, &nfd] {
        expected.push((at, at + part.len(), "long"));
        at += part.len() + 2;
    }
    let got: Vec<_> = extractor
        .extract(&text)
        .iter()
        .map(|m| (m.span.start, m.span.end, m.entity().id()))
        .collect();
    assert_eq!(got, expected);
}

/// Every Unicode scalar value, one after the other, then separated by
/// spaces, with names around them: normalization and extraction keep valid
/// spans, and the names are found at the right offsets.
#[test]
fn every_unicode_scalar_value() {
    let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
    assert_eq!(all.chars().count(), 0x110000 - 0x800);
    let normalized = gazner::normalize(&all);
    assert!(normalized.len() >= all.len() / 2);
    let extractor = build(
        [
            thing("kim", "Kim"),
            thing("china", "中国"),
            thing("strasse", "Straße"),
            thing("fin", "fin"),
            thing("izmir", "İzmir"),
            thing("a", "a").with_alias(Alias::new("ǅ").with_case(CaseRule::Insensitive)),
        ],
        Overlaps::All,
    );
    for text in [
        format!("Kim {all} Kim"),
        all.chars().flat_map(|c| [c, ' ']).collect::<String>() + "Kim",
    ] {
        let mentions = extractor.extract(&text);
        check_spans(&text, &mentions);
        let last = mentions.last().expect("the final name");
        assert_eq!(
            (last.span.start, last.span.end, last.entity().id()),
            (text.len() - 3, text.len(), "kim")
        );
        assert!(mentions.len() >= 2);
    }
    // Separated by spaces, every letter and digit "a" form stands alone.
    let spaced: String = all.chars().flat_map(|c| [c, ' ']).collect();
    let found: Vec<_> = extractor
        .extract(&spaced)
        .into_iter()
        .filter(|m| m.entity().id() == "a")
        .map(|m| m.text(&spaced).to_string())
        .collect();
    for form in ["a", "A", "ａ", "Ａ", "á", "ǅ"] {
        assert!(
            found.iter().any(|f| f == form),
            "{form:?} not found among {} a's",
            found.len()
        );
    }
}

/// An alias of 300 repeated words over text made of that word: anchored walks
/// from every word would go quadratic, so the scanner falls back to the
/// unanchored search; the results are those the rules give.
#[test]
fn repetitive_alias_over_repetitive_text() {
    let long = vec!["la"; 300].join(" ");
    let text = "la ".repeat(1000);
    for (overlaps, expected_long, expected_short) in
        [(Overlaps::LeftmostLongest, 3, 100), (Overlaps::All, 701, 1000)]
    {
        let extractor = build([thing("long", &long), thing("short", "la")], overlaps);
        let mentions = extractor.extract(&text);
        check_spans(&text, &mentions);
        let count = |id: &str| mentions.iter().filter(|m| m.entity().id() == id).count();
        assert_eq!(
            (count("long"), count("short")),
            (expected_long, expected_short),
            "{overlaps:?}"
        );
        if overlaps == Overlaps::LeftmostLongest {
            let starts: Vec<usize> = mentions.iter().take(3).map(|m| m.span.start).collect();
            assert_eq!(starts, [0, 900, 1800]);
        }
    }
}
