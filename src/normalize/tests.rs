use super::*;

fn norm(s: &str) -> String {
    normalize(s)
}

fn keep(s: &str) -> String {
    let mut n = Normalized::default();
    n.normalize(s, Case::Keep);
    n.text
}

macro_rules! t {
    ($name:ident, $input:expr, $expected:expr) => {
        #[test]
        fn $name() {
            assert_eq!(norm($input), $expected, "normalize({:?})", $input);
        }
    };
}

// Compatibility forms.
t!(ligature_fi, "ﬁnal", "final");
t!(full_width, "Ｆｒａｎｃｅ", "france");
t!(superscript_digit, "x²", "x2");
// Accents on Latin, Greek and Cyrillic.
t!(
    french_accents,
    "Azerbaïdjan Arménie Élysée",
    "azerbaidjan armenie elysee"
);
t!(combining_sequence, "Arme\u{301}nie", "armenie");
t!(greek_tonos, "Ελλάδα", "ελλαδα");
t!(cyrillic_breve, "Й", "и");
t!(turkish_dotted_capital, "İstanbul", "istanbul");
t!(turkish_dotless, "Kırıkkale", "kirikkale");
t!(
    letters_without_decomposition,
    "Łódź Ørsted Œuvre Æsir",
    "lodz orsted oeuvre aesir"
);
// Scripts whose marks carry meaning keep them.
t!(devanagari_keeps_marks, "भारत की", "भारत की");
// Full case folding.
t!(german_sharp_s, "Außenministerium", "aussenministerium");
t!(capital_sharp_s, "STRAẞE", "strasse");
t!(greek_final_sigma, "ΟΔΥΣΣΕΥΣ Οδυσσεύς", "οδυσσευσ οδυσσευσ");
t!(cherokee_folds_to_upper, "ꭰ", "Ꭰ");
// Punctuation.
t!(apostrophes, "l’a lʼb l‘c l`d l´e l′f", "l'a l'b l'c l'd l'e l'f");
t!(dashes, "a‐b‑c‒d–e—f―g−h", "a-b-c-d-e-f-g-h");
t!(format_chars_vanish, "Fran\u{AD}ce\u{200B}", "france");
// White space.
t!(space_runs, "a \u{A0}\u{202F}\tb", "a b");
t!(single_line_break, "a\r\nb\nc", "a b c");
t!(blank_line_is_fence, "a\n\nb\r\n \r\nc\u{2029}d", "a\nb\nc\nd");
t!(spacing_accent_kept, "a¨b", "a¨b");

#[test]
fn keep_case_removes_accents_but_not_case() {
    assert_eq!(keep("Azerbaïdjan UE Straße"), "Azerbaidjan UE Straße");
    assert_eq!(keep("ÉTATS-UNIS"), "ETATS-UNIS");
}

/// Every normalized char boundary that starts or ends a unit maps back to an
/// original char boundary, and the pieces between map to themselves.
fn spans(s: &str) -> Vec<(String, Option<usize>, Option<usize>)> {
    let mut n = Normalized::default();
    n.normalize(s, Case::Fold);
    let mut out = Vec::new();
    for (i, c) in n.text.char_indices() {
        let e = i + c.len_utf8();
        out.push((c.to_string(), n.map.start(i), n.map.end(e)));
    }
    out
}

#[test]
fn offsets_ascii_identity() {
    let got = spans("Ab c");
    assert_eq!(
        got,
        vec![
            ("a".into(), Some(0), Some(1)),
            ("b".into(), Some(1), Some(2)),
            (" ".into(), Some(2), Some(3)),
            ("c".into(), Some(3), Some(4)),
        ]
    );
}

#[test]
fn offsets_accent_and_combining_mark() {
    // "é" is 2 bytes, "e\u{301}" is 3 bytes.
    let got = spans("éxe\u{301}y");
    assert_eq!(
        got,
        vec![
            ("e".into(), Some(0), Some(2)),
            ("x".into(), Some(2), Some(3)),
            ("e".into(), Some(3), Some(6)),
            ("y".into(), Some(6), Some(7)),
        ]
    );
}

#[test]
fn offsets_expansion_is_atomic() {
    // "ﬁ" (3 bytes) becomes "fi": only the whole unit maps back.
    let mut n = Normalized::default();
    n.normalize("ﬁx", Case::Fold);
    assert_eq!(n.text, "fix");
    assert_eq!(n.map.start(0), Some(0));
    assert_eq!(n.map.start(1), None);
    assert_eq!(n.map.end(1), None);
    assert_eq!(n.map.end(2), Some(3));
    assert_eq!(n.map.start(2), Some(3));
    assert_eq!(n.map.end(3), Some(4));
}

#[test]
fn offsets_space_run_and_removed_chars() {
    let src = "a\u{A0} \u{AD}b\u{AD}";
    let mut n = Normalized::default();
    n.normalize(src, Case::Fold);
    assert_eq!(n.text, "a b");
    assert_eq!(n.map.start(2), Some(6), "b starts after the soft hyphen");
    assert_eq!(
        n.map.end(3),
        Some(7),
        "b's span excludes the trailing soft hyphen"
    );
    assert_eq!(n.map.end(2), Some(4), "the space run covers NBSP and space");
}

/// The case-folding table is Unicode 14.0's (the version of the Python that
/// generated it; `gen_casefold.py` writes it into the table): it folds the
/// capitals added in 14.0 and none added later.
#[test]
fn case_folding_table_states_its_unicode_version() {
    assert_eq!(casefold_table::UNICODE_VERSION, (14, 0, 0));
    let folded = |c: char| {
        let mut out = String::new();
        fold_case(c, |f| out.push(f));
        out
    };
    // New in 14.0: Glagolitic caudate chrivi, Latin Old Polish o.
    assert_eq!(folded('\u{2C2F}'), "\u{2C5F}");
    assert_eq!(folded('\u{A7C0}'), "\u{A7C1}");
    // New in 16.0: Cyrillic tje is not in a 14.0 table.
    assert_eq!(folded('\u{1C89}'), "\u{1C89}");
    assert_eq!(folded('ẞ'), "ss");
}
