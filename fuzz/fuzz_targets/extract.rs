//! Arbitrary entities and a text made of arbitrary strings, noise and
//! disguised aliases, through build and extract in both overlap modes. See
//! `gazner_fuzz::check_case` for the invariants; small cases are compared
//! with the naive reference matcher of `tests/common/reference.rs`.
//!
//! With `GAZNER_FUZZ_DUMP=1`, prints the case as the JSON that
//! `tests/fuzz_regressions.rs` replays from `tests/data/fuzz/extract/`.
#![no_main]

use arbitrary::Arbitrary;
use gazner_fuzz::{AliasSpec, Case};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/words.rs"]
mod words;
use words::{NOISE, WORDS};
use unicode_normalization::UnicodeNormalization;





#[derive(Arbitrary, Debug)]
enum Token {
    Word(u8),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
struct GenAlias {
    tokens: Vec<Token>,
    case: u8,
    short: bool,
    standalone: bool,
    hidden: bool,
    country: Option<u8>,
}

#[derive(Arbitrary, Debug)]
enum Piece {
    Alias(u8, u8),
    Noise(u8),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
struct Input {
    entities: Vec<Vec<GenAlias>>,
    text: Vec<Piece>,
}

fn alias_text(alias: &GenAlias) -> String {
    let words: Vec<&str> = alias
        .tokens
        .iter()
        .take(4)
        .map(|t| match t {
            Token::Word(i) => WORDS[usize::from(*i) % WORDS.len()],
            Token::Raw(s) => s.as_str(),
        })
        .collect();
    words.join(" ")
}

/// Writes an alias the way a text might.
fn disguise(alias: &str, how: u8) -> String {
    match how % 12 {
        0 => alias.to_string(),
        1 => alias.to_uppercase(),
        2 => alias.to_lowercase(),
        3 => alias.nfd().collect(),
        4 => alias.nfkc().collect(),
        5 => alias.replace("fi", "ﬁ").replace(' ', "\u{A0}"),
        6 => alias.replace('\'', "’").replace(' ', " \n "),
        7 => alias
            .chars()
            .map(|c| match c {
                '!'..='~' => char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c),
                _ => c,
            })
            .collect(),
        8 => alias.chars().flat_map(|c| [c, '\u{AD}']).collect(),
        9 => alias.chars().flat_map(|c| [c, '\u{301}']).collect(),
        10 => alias.replace('i', "İ").replace("ss", "ß"),
        _ => alias
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let s: String = if i % 2 == 0 {
                    c.to_uppercase().collect()
                } else {
                    c.to_lowercase().collect()
                };
                s.chars().collect::<Vec<_>>()
            })
            .collect(),
    }
}

fn case_of(input: &Input) -> Case {
    let entities: Vec<Vec<AliasSpec>> = input
        .entities
        .iter()
        .take(6)
        .map(|aliases| {
            aliases
                .iter()
                .take(4)
                .map(|a| AliasSpec {
                    text: alias_text(a),
                    case: match a.case % 4 {
                        0 => None,
                        1 => Some("exact".into()),
                        2 => Some("proper".into()),
                        _ => Some("insensitive".into()),
                    },
                    short: a.short,
                    standalone: a.standalone,
                    hidden: a.hidden,
                    country: a.country.map(|c| usize::from(c % 6)),
                })
                .collect()
        })
        .collect();
    let all: Vec<&str> = entities.iter().flatten().map(|a| a.text.as_str()).collect();
    let mut text = String::new();
    for piece in input.text.iter().take(32) {
        match piece {
            Piece::Alias(i, how) if !all.is_empty() => {
                text.push_str(&disguise(all[usize::from(*i) % all.len()], *how));
            }
            Piece::Alias(..) => {}
            Piece::Noise(i) => text.push_str(NOISE[usize::from(*i) % NOISE.len()]),
            Piece::Raw(s) => text.push_str(s),
        }
    }
    Case { entities, text }
}

fuzz_target!(|input: Input| {
    let case = case_of(&input);
    if std::env::var_os("GAZNER_FUZZ_DUMP").is_some() {
        eprintln!("{}", serde_json::to_string(&case).unwrap_or_default());
    }
    gazner_fuzz::check_case(&case);
});
