//! The page `highlight` writes: the document with its mentions marked, a
//! legend of kinds and a table of mentions, as one self-contained HTML file.
//!
//! # How the DOM holds the mentions
//!
//! The document is the element `#doc`, whose text content is exactly the
//! original text. Each mention is a `<mark>` with `data-m` (its number in
//! the table, in order of start, the longer first on a tie), `data-id`,
//! `data-kind` and a tooltip. A mention nested in another is a `<mark>`
//! inside the other's. A mention that *crosses* the end of another
//! (`--all` reports overlapping names) is cut where it crosses: its pieces
//! are several `<mark>`s with the same `data-m`, `data-id` and `data-kind`,
//! numbered `data-part="1/2"`, `"2/2"`; the text of a mention is its pieces'
//! text in document order. A mention that is not cut has no `data-part`, so
//! without overlaps there is one `<mark>` per mention. Grouping the marks by
//! `data-m` in document order gives every mention once, in the table's order.
//!
//! Text is never markup: `&`, `<`, `>` and quotes are written as character
//! references everywhere, and a carriage return as `&#13;` (the HTML parser
//! would turn a literal CR LF into LF). U+0000, which HTML cannot hold in
//! text, is shown as U+FFFD: the only character that differs. The page also
//! forbids every script, image and font through its Content-Security-Policy,
//! and loads nothing.

use std::fmt::Write;
use std::ops::Range;

/// One mention, as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// Byte range in the text, on char boundaries.
    pub span: Range<usize>,
    /// The kind of its first candidate.
    pub kind: String,
    /// Every candidate entity as (id, canonical name), the first one first.
    pub candidates: Vec<(String, String)>,
}

/// The page's Content-Security-Policy: inline style only, nothing else.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// Colours of the built-in kinds, then of other kinds in order of appearance.
const KIND_COLOURS: [(&str, &str); 3] = [
    ("person", "#ffd8a8"),
    ("country", "#a5d8ff"),
    ("institution", "#b2f2bb"),
];
const OTHER_COLOURS: [&str; 6] = ["#eebefa", "#ffec99", "#ffc9c9", "#99e9f2", "#d0bfff", "#c0eb75"];

/// Writes `s` as HTML text or a double-quoted attribute value.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => out.push_str("&#13;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(s, &mut out);
    out
}

/// One step of writing the document: open a piece of a mention, close the
/// innermost open piece, or copy a range of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Opens piece `part` (from 1) of mention `mention`.
    Open { mention: usize, part: usize },
    /// Closes the innermost open piece.
    Close,
    /// Text between two boundaries, as a byte range.
    Text(Range<usize>),
}

/// Orders mentions as the page numbers them: by start, the longer first.
pub fn page_order(mentions: &mut [Marked]) {
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
}

/// The steps that write a text of `len` bytes with `mentions` (in
/// [`page_order`]) marked: properly nested, every mention covered exactly by
/// its pieces. A mention still open where an inner-opened one must close is
/// closed and reopened as a new piece after it.
pub fn steps(len: usize, mentions: &[Marked]) -> Vec<Step> {
    let mut bounds: Vec<usize> = mentions.iter().flat_map(|m| [m.span.start, m.span.end]).collect();
    bounds.extend([0, len]);
    bounds.sort_unstable();
    bounds.dedup();
    let mut parts = vec![0; mentions.len()];
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0; // the next mention to start, in page order
    let mut out = Vec::new();
    for (i, &at) in bounds.iter().enumerate() {
        // Close what ends here, and whatever is open inside it (to reopen).
        let mut reopen = Vec::new();
        while open.iter().any(|&m| mentions[m].span.end == at) {
            let top = open.pop().expect("a mention ending here is open");
            out.push(Step::Close);
            if mentions[top].span.end != at {
                reopen.push(top);
            }
        }
        while next < mentions.len() && mentions[next].span.start == at {
            reopen.push(next);
            next += 1;
        }
        // The longest outside, so that what ends first closes first.
        reopen.sort_by_key(|&m| (std::cmp::Reverse(mentions[m].span.end), m));
        for m in reopen {
            parts[m] += 1;
            out.push(Step::Open {
                mention: m,
                part: parts[m],
            });
            open.push(m);
        }
        if let Some(&end) = bounds.get(i + 1)
            && end > at
        {
            out.push(Step::Text(at..end));
        }
    }
    out
}

/// The whole page for `text`, whose mentions are in [`page_order`].
pub fn render(title: &str, text: &str, mentions: &[Marked]) -> String {
    let steps = steps(text.len(), mentions);
    let mut pieces = vec![0; mentions.len()];
    for step in &steps {
        if let Step::Open { mention, .. } = step {
            pieces[*mention] += 1;
        }
    }
    let kinds = kinds(mentions);
    let class = |kind: &str| kinds.iter().position(|(k, _, _)| k == kind).unwrap_or(0);
    let mut out = String::with_capacity(text.len() * 2 + mentions.len() * 300 + 4096);
    out.push_str("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width\">\n");
    let _ = writeln!(out, "<title>gazner: {}</title>", escaped(title));
    out.push_str(STYLE);
    out.push_str("<style>\n");
    for (i, (_, colour, _)) in kinds.iter().enumerate() {
        let _ = writeln!(out, ".k{i} {{ background: {colour}; }}");
    }
    out.push_str("</style></head>\n<body>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escaped(title));
    // Legend.
    out.push_str("<p id=\"legend\">");
    for (i, (kind, _, count)) in kinds.iter().enumerate() {
        let _ = write!(out, "<span class=\"k{i}\">{}</span> {count} ", escaped(kind));
    }
    let _ = writeln!(
        out,
        "<span class=\"total\">{} mentions</span></p>",
        mentions.len()
    );
    // The document.
    out.push_str("<div id=\"doc\">");
    for step in &steps {
        match step {
            Step::Text(range) => escape(&text[range.clone()], &mut out),
            Step::Close => out.push_str("</mark>"),
            Step::Open { mention, part } => {
                let m = &mentions[*mention];
                let (id, name) = &m.candidates[0];
                let _ = write!(
                    out,
                    "<mark class=\"k{}\" data-m=\"{mention}\" data-id=\"{}\" data-kind=\"{}\" title=\"{} · {} · {}\"",
                    class(&m.kind),
                    escaped(id),
                    escaped(&m.kind),
                    escaped(name),
                    escaped(id),
                    escaped(&m.kind),
                );
                if pieces[*mention] > 1 {
                    let _ = write!(out, " data-part=\"{part}/{}\"", pieces[*mention]);
                }
                out.push('>');
            }
        }
    }
    out.push_str("</div>\n");
    table(text, mentions, &class, &mut out);
    out.push_str("</body></html>\n");
    out
}

/// The kinds that occur, with their colour and count: built-in kinds first.
fn kinds(mentions: &[Marked]) -> Vec<(String, &'static str, usize)> {
    let mut kinds: Vec<(String, &'static str, usize)> = Vec::new();
    for m in mentions {
        match kinds.iter_mut().find(|(k, _, _)| *k == m.kind) {
            Some(k) => k.2 += 1,
            None => kinds.push((m.kind.clone(), "", 1)),
        }
    }
    let builtin = |k: &str| {
        KIND_COLOURS
            .iter()
            .position(|(b, _)| *b == k)
            .unwrap_or(KIND_COLOURS.len())
    };
    kinds.sort_by_key(|(k, _, _)| builtin(k));
    let mut other = OTHER_COLOURS.iter().cycle();
    for (kind, colour, _) in &mut kinds {
        *colour = match KIND_COLOURS.iter().find(|(b, _)| b == kind) {
            Some((_, c)) => c,
            None => other.next().expect("a cycle never ends"),
        };
    }
    kinds
}

/// The table of mentions: text, kind, id, name and every candidate.
fn table(text: &str, mentions: &[Marked], class: &dyn Fn(&str) -> usize, out: &mut String) {
    out.push_str("<table id=\"mentions\">\n<thead><tr><th>#</th><th>mention</th><th>kind</th><th>id</th><th>name</th><th>candidates</th></tr></thead>\n<tbody>\n");
    for (i, m) in mentions.iter().enumerate() {
        let (id, name) = &m.candidates[0];
        let _ = write!(
            out,
            "<tr id=\"m{i}\"><td>{i}</td><td>{}</td><td><span class=\"k{}\">{}</span></td><td>",
            escaped(&text[m.span.clone()]),
            class(&m.kind),
            escaped(&m.kind)
        );
        entity_link(id, out);
        let _ = write!(out, "</td><td>{}</td><td>", escaped(name));
        for (n, (id, name)) in m.candidates.iter().enumerate() {
            if n > 0 {
                out.push_str("<br>");
            }
            entity_link(id, out);
            let _ = write!(out, " {}", escaped(name));
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

/// An id, linked to Wikidata when it is a QID.
fn entity_link(id: &str, out: &mut String) {
    if is_qid(id) {
        let _ = write!(out, "<a href=\"https://www.wikidata.org/wiki/{id}\">{id}</a>");
    } else {
        escape(id, out);
    }
}

/// `Q` and a number without leading zero: a Wikidata item.
pub fn is_qid(id: &str) -> bool {
    let digits = id.strip_prefix('Q').unwrap_or("");
    !digits.is_empty() && !digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

const STYLE: &str = "<style>
body { font: 16px/1.6 system-ui, sans-serif; margin: 2em auto; max-width: 52em; padding: 0 1em; color: #222; }
h1 { font-size: 1.1em; word-break: break-all; }
#doc { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ddd; padding: 1em; border-radius: 4px; }
mark { color: inherit; border-radius: 3px; padding: 1px 0; }
mark mark { padding: 0; border-bottom: 2px solid #555; }
mark[data-part] { outline: 1px dashed #555; }
#legend span { padding: 1px 6px; border-radius: 3px; }
#legend .total { padding-left: 1em; color: #666; }
table { border-collapse: collapse; margin-top: 1.5em; font-size: 0.9em; width: 100%; }
th, td { text-align: left; border-bottom: 1px solid #eee; padding: 2px 6px; vertical-align: top; }
td span { padding: 0 4px; border-radius: 3px; }
</style>
";

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(start: usize, end: usize, id: &str) -> Marked {
        Marked {
            span: start..end,
            kind: "country".into(),
            candidates: vec![(id.into(), format!("name of {id}"))],
        }
    }

    /// The steps as a string: `[a` opens mention a, `]` closes, text as is.
    fn show(text: &str, mentions: &[Marked]) -> String {
        let mut out = String::new();
        for step in steps(text.len(), mentions) {
            match step {
                Step::Open { mention, .. } => {
                    out.push('[');
                    out.push(char::from(b'a' + mention as u8));
                }
                Step::Close => out.push(']'),
                Step::Text(r) => out.push_str(&text[r]),
            }
        }
        out
    }

    #[test]
    fn steps_nest_split_and_keep_every_mention() {
        let t = "abcdefghij";
        // (name, mentions, expected)
        let table: &[(&str, Vec<Marked>, &str)] = &[
            ("none", vec![], "abcdefghij"),
            ("one", vec![marked(2, 5, "a")], "ab[acde]fghij"),
            ("whole text", vec![marked(0, 10, "a")], "[aabcdefghij]"),
            (
                "adjacent",
                vec![marked(0, 2, "a"), marked(2, 4, "b")],
                "[aab][bcd]efghij",
            ),
            (
                "nested",
                vec![marked(1, 8, "a"), marked(3, 5, "b")],
                "a[abc[bde]fgh]ij",
            ),
            (
                "same start",
                vec![marked(1, 8, "a"), marked(1, 3, "b")],
                "a[a[bbc]defgh]ij",
            ),
            (
                "same end",
                vec![marked(1, 8, "a"), marked(5, 8, "b")],
                "a[abcde[bfgh]]ij",
            ),
            (
                "same span",
                vec![marked(2, 4, "a"), marked(2, 4, "b")],
                "ab[a[bcd]]efghij",
            ),
            (
                "crossing",
                vec![marked(1, 5, "a"), marked(3, 8, "b")],
                "a[abc[bde]][bfgh]ij",
            ),
            (
                "three crossing",
                vec![marked(0, 4, "a"), marked(2, 6, "b"), marked(3, 9, "c")],
                "[aab[bc[cd]]][c[bef]ghi]j",
            ),
        ];
        for (name, mentions, expected) in table {
            assert_eq!(show(t, mentions), *expected, "{name}");
            check_cover(t.len(), mentions);
        }
    }

    /// Each mention's pieces cover exactly its span, in order, and nest.
    fn check_cover(len: usize, mentions: &[Marked]) {
        let mut covered: Vec<Vec<usize>> = vec![Vec::new(); mentions.len()];
        let mut open: Vec<usize> = Vec::new();
        for step in steps(len, mentions) {
            match step {
                Step::Open { mention, part } => {
                    assert!(!open.contains(&mention), "a piece inside its own mention");
                    let before = covered[mention].len();
                    assert!(part >= 1 && (part == 1) == (before == 0));
                    open.push(mention);
                }
                Step::Close => {
                    open.pop().expect("balanced");
                }
                Step::Text(r) => {
                    for &m in &open {
                        covered[m].extend(r.clone());
                    }
                }
            }
        }
        assert!(open.is_empty());
        for (m, bytes) in mentions.iter().zip(covered) {
            assert_eq!(bytes, m.span.clone().collect::<Vec<_>>());
        }
    }

    #[test]
    fn steps_cover_every_mention_of_many_random_overlaps() {
        // A small deterministic generator: every overlap shape on 12 bytes.
        let mut state = 14u32;
        let mut next = |n: u32| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (state >> 16) % n
        };
        for _ in 0..2000 {
            let count = next(6) as usize;
            let mut mentions: Vec<Marked> = (0..count)
                .map(|i| {
                    let start = next(11) as usize;
                    let end = start + 1 + next(12 - start as u32) as usize;
                    marked(start, end.min(12), &format!("Q{i}"))
                })
                .collect();
            page_order(&mut mentions);
            check_cover(12, &mentions);
        }
    }

    #[test]
    fn escape_writes_text_never_markup() {
        let table = [
            ("plain", "plain"),
            ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
            (
                "<img src=x onerror=\"a('b')\">",
                "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;",
            ),
            ("&amp; &", "&amp;amp; &amp;"),
            ("a\r\nb", "a&#13;\nb"),
            ("nul\0", "nul\u{FFFD}"),
            ("Bakı 中国 🇦🇿 e\u{301}", "Bakı 中国 🇦🇿 e\u{301}"),
        ];
        for (text, expected) in table {
            assert_eq!(escaped(text), expected, "{text:?}");
        }
    }

    #[test]
    fn render_keeps_the_text_and_marks_each_mention() {
        let text = "<b>France</b> & \"Chad\"";
        let mentions = vec![marked(3, 9, "Q142"), marked(17, 21, "Q657")];
        let page = render("t<i>", text, &mentions);
        assert!(page.contains("<title>gazner: t&lt;i&gt;</title>"));
        let doc = &page[page.find("<div id=\"doc\">").unwrap()..page.find("</div>").unwrap()];
        assert_eq!(doc.matches("<mark ").count(), 2);
        assert!(
            doc.contains("&lt;b&gt;<mark class=\"k0\" data-m=\"0\" data-id=\"Q142\" data-kind=\"country\"")
        );
        assert!(doc.contains(">France</mark>&lt;/b&gt; &amp; &quot;<mark "));
        assert!(!doc.contains("data-part"));
        assert!(page.contains("<a href=\"https://www.wikidata.org/wiki/Q142\">Q142</a>"));
        // No markup from the text anywhere: every '<' of the page is ours.
        let tags: Vec<&str> = page
            .split('<')
            .skip(1)
            .map(|t| t.split(['>', ' ']).next().unwrap())
            .collect();
        assert!(!tags.contains(&"b") && !tags.contains(&"i"), "{tags:?}");
    }

    #[test]
    fn render_numbers_the_pieces_of_a_cut_mention() {
        let text = "New York Times";
        let mentions = vec![marked(0, 8, "Q60"), marked(4, 14, "Q9684")];
        let page = render("t", text, &mentions);
        assert_eq!(page.matches("data-m=\"1\"").count(), 2);
        assert!(page.contains("data-m=\"1\" data-id=\"Q9684\" data-kind=\"country\" title=\"name of Q9684 · Q9684 · country\" data-part=\"1/2\""));
        assert!(page.contains("data-part=\"2/2\"> Times</mark>"));
    }

    #[test]
    fn render_lists_every_candidate_and_links_only_qids() {
        let text = "Georgia";
        let mut m = marked(0, 7, "Q230");
        m.candidates.push(("Q1428".into(), "Georgia (US state)".into()));
        m.candidates.push(("my:<id>".into(), "custom".into()));
        let page = render("t", text, &[m]);
        assert!(page.contains("wiki/Q230\">Q230</a> name of Q230<br><a href=\"https://www.wikidata.org/wiki/Q1428\">Q1428</a> Georgia (US state)<br>my:&lt;id&gt; custom"));
    }

    #[test]
    fn kinds_get_their_colours_built_in_first() {
        let mut custom = marked(0, 1, "r");
        custom.kind = "river".into();
        let mut person = marked(2, 3, "p");
        person.kind = "person".into();
        let kinds = kinds(&[custom, person, marked(4, 5, "c")]);
        let names: Vec<&str> = kinds.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(names, ["person", "country", "river"]);
        assert_eq!(kinds[2].1, OTHER_COLOURS[0]);
    }

    #[test]
    fn qids_are_recognised() {
        for (id, qid) in [
            ("Q142", true),
            ("Q1", true),
            ("Q", false),
            ("Q01", false),
            ("q142", false),
            ("Q14x", false),
            ("P31", false),
        ] {
            assert_eq!(is_qid(id), qid, "{id}");
        }
    }
}
