//! The normalization spec (`tests/data/normalization-spec.tsv`): every row's
//! input normalizes to its expected form. The Python build scripts check the
//! same file (`gazetteers/build/check_normalization.py`), so the two
//! normalizers cannot drift apart.

/// Reads one field: `\u{XXXX}` is that code point, `\\` a backslash.
fn unescape(field: &str, line: usize) -> String {
    let mut out = String::new();
    let mut rest = field;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("\\\\") {
            out.push('\\');
            rest = after;
            continue;
        }
        let hex = rest
            .strip_prefix("\\u{")
            .and_then(|r| r.split_once('}'))
            .unwrap_or_else(|| panic!("line {line}: bad escape in {field:?}"));
        let c = u32::from_str_radix(hex.0, 16)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or_else(|| panic!("line {line}: bad code point {:?}", hex.0));
        out.push(c);
        rest = hex.1;
    }
    out.push_str(rest);
    out
}

#[test]
fn every_row_of_the_spec_holds() {
    let spec = include_str!("data/normalization-spec.tsv");
    let mut rows = 0;
    let mut wrong = Vec::new();
    for (i, line) in spec.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            fields.len(),
            3,
            "line {}: input, normalized, what it shows",
            i + 1
        );
        let (input, expected) = (unescape(fields[0], i + 1), unescape(fields[1], i + 1));
        let got = gazner::normalize(&input);
        if got != expected {
            wrong.push(format!(
                "line {} ({}): {input:?} -> {got:?}, spec {expected:?}",
                i + 1,
                fields[2]
            ));
        }
        rows += 1;
    }
    assert!(rows >= 50, "the spec has {rows} rows");
    assert!(
        wrong.is_empty(),
        "{} rows differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn escapes() {
    assert_eq!(unescape("a\\u{301}\\\\b", 1), "a\u{301}\\b");
}
