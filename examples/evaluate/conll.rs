//! Reading annotated column files into documents of sentences of tagged tokens.
//!
//! Three layouts, told apart by the first token line of the file:
//!
//! * CoNLL-2003: `token POS chunk tag`, white-space separated, the tag in the
//!   last column, `-DOCSTART-` lines between documents;
//! * CoNLL-U-like: `index<TAB>token<TAB>tag` (the first column an integer),
//!   the token in the second column, the tag in the last;
//! * two columns: `token tag`.
//!
//! Blank lines end sentences. Tags are `O`, `B-TYPE` or `I-TYPE`, which covers
//! IOB1, IOB2 and IO files alike (see [`crate::chunk`] for how they make chunks).
//!
//! What a *document* is matters, because the extractor runs over one document
//! at a time and its short forms count only after a full name in the same
//! document:
//!
//! * a file with `-DOCSTART-` lines: the sentences between two of them (the
//!   CoNLL-2003 convention);
//! * otherwise, windows of `doc_sentences` consecutive sentences, by default one
//!   sentence for a file with blank lines (WikiNEuRal: independent Wikipedia
//!   sentences, with no article boundaries in the data) and
//!   [`DEFAULT_WINDOW`] sentences for a file without any blank line (the
//!   Europeana newspapers file: one token stream, no document markers except
//!   page names in a quarter of it). Such a stream is first cut into
//!   pseudo-sentences after each `.`, `!` or `?` token tagged `O`: a cut there
//!   can never split a gold chunk.
//!
//! Documents without any token (two `-DOCSTART-` lines in a row) are dropped.

use std::fmt;

/// Sentences per document for a file without blank lines or `-DOCSTART-`.
pub const DEFAULT_WINDOW: usize = 50;

/// A named-entity tag. `TYPE` is kept as written (`PER`, `LOC`...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// `B-TYPE`: begins a chunk (IOB2), or separates two adjacent chunks of
    /// the same type (IOB1).
    B(String),
    /// `I-TYPE`: inside a chunk; starts one after `O` or after another type.
    I(String),
}

impl Tag {
    /// Parses `O`, `B-TYPE` or `I-TYPE`; `None` for anything else (IOBES tags
    /// included, which this reader does not support).
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (prefix, kind) = s.split_once('-')?;
        if kind.is_empty() {
            return None;
        }
        match prefix {
            "B" => Some(Tag::B(kind.to_string())),
            "I" => Some(Tag::I(kind.to_string())),
            _ => None,
        }
    }
}

/// One token with its gold tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token as written.
    pub text: String,
    /// Its gold tag.
    pub tag: Tag,
}

/// One document: the unit the extractor sees at once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// Its sentences, none empty.
    pub sentences: Vec<Vec<Token>>,
}

/// A file that could not be read, with the file and line at fault.
#[derive(Debug)]
pub struct ReadError {
    file: String,
    line: Option<usize>,
    message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads and parses a file; see [`parse`].
///
/// # Errors
///
/// When the file cannot be read, is not UTF-8 (naming the line of the first
/// bad byte), or has a malformed line.
pub fn read(path: &str, doc_sentences: Option<usize>) -> Result<Vec<Document>, ReadError> {
    let bytes = std::fs::read(path).map_err(|e| ReadError {
        file: path.to_string(),
        line: None,
        message: format!("cannot read: {e}"),
    })?;
    let contents = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        ReadError {
            file: path.to_string(),
            line: Some(valid.iter().filter(|&&b| b == b'\n').count() + 1),
            message: format!("invalid UTF-8 at byte {}", valid.len()),
        }
    })?;
    parse(path, &contents, doc_sentences)
}

/// How token lines are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    /// `index<TAB>token<TAB>...<TAB>tag`.
    Indexed,
    /// `token ... tag`, white-space separated.
    Columns,
}

/// What a line of the file holds.
enum Line {
    Blank,
    DocStart,
    Token(Token),
}

/// Parses the contents of a file named `file` (for messages) into documents.
///
/// `doc_sentences` overrides the number of sentences per document for files
/// without `-DOCSTART-` (see the module docs for the defaults).
///
/// # Errors
///
/// On a line with too few columns, a non-integer index in the CoNLL-U-like
/// layout, an empty token or a tag other than `O`, `B-X`, `I-X`.
pub fn parse(file: &str, contents: &str, doc_sentences: Option<usize>) -> Result<Vec<Document>, ReadError> {
    let contents = contents.strip_prefix('\u{FEFF}').unwrap_or(contents);
    let mut layout = None;
    let mut sentences: Vec<Vec<Token>> = Vec::new();
    // Indices into `sentences` where a `-DOCSTART-` line stood.
    let mut doc_starts: Vec<usize> = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    for (i, raw) in contents.lines().enumerate() {
        let fail = |message: String| ReadError {
            file: file.to_string(),
            line: Some(i + 1),
            message,
        };
        let line = parse_line(raw, &mut layout).map_err(fail)?;
        if let Line::Token(token) = line {
            current.push(token);
            continue;
        }
        if !current.is_empty() {
            sentences.push(std::mem::take(&mut current));
        }
        if let Line::DocStart = line {
            doc_starts.push(sentences.len());
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    if !doc_starts.is_empty() {
        // Sentences before the first `-DOCSTART-`, if any, make a document too.
        let bounds: Vec<usize> = [0]
            .into_iter()
            .chain(doc_starts)
            .chain([sentences.len()])
            .collect();
        let documents = bounds
            .windows(2)
            .filter(|pair| pair[1] > pair[0])
            .map(|pair| document(&mut sentences[pair[0]..pair[1]]))
            .collect();
        return Ok(documents);
    }
    let unsegmented = sentences.len() == 1;
    if unsegmented {
        sentences = pseudo_sentences(sentences.pop().unwrap_or_default());
    }
    let window = doc_sentences
        .unwrap_or(if unsegmented { DEFAULT_WINDOW } else { 1 })
        .max(1);
    Ok(sentences.chunks_mut(window).map(document).collect())
}

/// A document of these sentences (moved out of the slice).
fn document(sentences: &mut [Vec<Token>]) -> Document {
    Document {
        sentences: sentences.iter_mut().map(std::mem::take).collect(),
    }
}

/// Whether a CoNLL-U-like line is `index<TAB>-DOCSTART-...`.
fn is_indexed_docstart(raw: &str, layout: Option<Layout>) -> bool {
    layout == Some(Layout::Indexed) && raw.split('\t').nth(1) == Some("-DOCSTART-")
}

/// Cuts a token stream after each `.`, `!` or `?` tagged `O`.
fn pseudo_sentences(stream: Vec<Token>) -> Vec<Vec<Token>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for token in stream {
        let ends = token.tag == Tag::O && matches!(token.text.as_str(), "." | "!" | "?");
        current.push(token);
        if ends {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Parses one line, fixing the layout at the first token line.
fn parse_line(raw: &str, layout: &mut Option<Layout>) -> Result<Line, String> {
    let raw = raw.strip_suffix('\r').unwrap_or(raw);
    if raw.trim().is_empty() {
        return Ok(Line::Blank);
    }
    if raw.split_whitespace().next() == Some("-DOCSTART-") || is_indexed_docstart(raw, *layout) {
        return Ok(Line::DocStart);
    }
    let layout = *layout.get_or_insert_with(|| {
        let fields: Vec<&str> = raw.split('\t').collect();
        if fields.len() >= 3 && fields[0].trim().parse::<u64>().is_ok() {
            Layout::Indexed
        } else {
            Layout::Columns
        }
    });
    let (token, tag) = match layout {
        Layout::Indexed => {
            let fields: Vec<&str> = raw.split('\t').collect();
            if fields.len() < 3 {
                return Err(format!(
                    "expected `index<TAB>token<TAB>tag` (as on the first line), found {raw:?}"
                ));
            }
            if fields[0].trim().parse::<u64>().is_err() {
                return Err(format!(
                    "the first column should be a token index, found {:?}",
                    fields[0]
                ));
            }
            (fields[1].trim(), fields[fields.len() - 1].trim())
        }
        Layout::Columns => {
            let fields: Vec<&str> = raw.split_whitespace().collect();
            if fields.len() < 2 {
                return Err(format!("expected `token ... tag`, found {raw:?}"));
            }
            (fields[0], fields[fields.len() - 1])
        }
    };
    if token.is_empty() {
        return Err(format!("empty token in {raw:?}"));
    }
    let tag =
        Tag::parse(tag).ok_or_else(|| format!("unsupported tag {tag:?}: expected O, B-TYPE or I-TYPE"))?;
    Ok(Line::Token(Token {
        text: token.to_string(),
        tag,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each document as sentences of tokens.
    fn words(docs: &[Document]) -> Vec<Vec<Vec<&str>>> {
        docs.iter()
            .map(|d| {
                d.sentences
                    .iter()
                    .map(|s| s.iter().map(|t| t.text.as_str()).collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn conll2003_groups_by_docstart_and_drops_empty_documents() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n\
                    German JJ B-NP B-MISC\n\n-DOCSTART- -X- -X- O\n\n-DOCSTART- -X- -X- O\n\n\
                    Peter NNP B-NP B-PER\n";
        let docs = parse("t", text, None).unwrap();
        assert_eq!(
            words(&docs),
            [vec![vec!["EU", "rejects"], vec!["German"]], vec![vec!["Peter"]]]
        );
        assert_eq!(docs[0].sentences[0][0].tag, Tag::B("ORG".into()));
    }

    #[test]
    fn docstart_overrides_the_window() {
        let text = "z O\n-DOCSTART- O\na O\n\nb O\n-DOCSTART- O\nc O\n";
        let docs = parse("t", text, Some(5)).unwrap();
        assert_eq!(
            words(&docs),
            [vec![vec!["z"]], vec![vec!["a"], vec!["b"]], vec![vec!["c"]]]
        );
    }

    #[test]
    fn indexed_layout_takes_the_second_column_and_makes_one_document_per_sentence() {
        let text = "0\tOn\tO\n1\tle\tO\n2\tPakistan\tB-LOC\n\n0\t1990\tO\n\n";
        let docs = parse("t", text, None).unwrap();
        assert_eq!(
            words(&docs),
            [vec![vec!["On", "le", "Pakistan"]], vec![vec!["1990"]]]
        );
        let grouped = parse("t", text, Some(2)).unwrap();
        assert_eq!(
            words(&grouped),
            [vec![vec!["On", "le", "Pakistan"], vec!["1990"]]]
        );
    }

    #[test]
    fn a_stream_without_blank_lines_is_cut_after_sentence_punctuation_outside_entities() {
        let text = "A O\n. O\nSt I-LOC\n. I-LOC\nLouis I-LOC\n! O\nC O\n? O\nD O\n";
        let docs = parse("t", text, Some(2)).unwrap();
        assert_eq!(
            words(&docs),
            [
                vec![vec!["A", "."], vec!["St", ".", "Louis", "!"]],
                vec![vec!["C", "?"], vec!["D"]]
            ]
        );
        let default = parse("t", text, None).unwrap();
        assert_eq!(
            default.len(),
            1,
            "{DEFAULT_WINDOW} sentences per document by default"
        );
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let err = parse("f.bio", "Paris B-LOC\nLondon\n", None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.bio:2: expected `token ... tag`, found \"London\""
        );
        let err = parse("f.bio", "Paris S-LOC\n", None).unwrap_err();
        assert!(
            err.to_string().starts_with("f.bio:1: unsupported tag \"S-LOC\""),
            "{err}"
        );
        let err = parse("f.conllu", "0\tParis\tB-LOC\nx\tLondon\tO\n", None).unwrap_err();
        assert!(
            err.to_string().starts_with("f.conllu:2: the first column"),
            "{err}"
        );
        let err = parse("f.conllu", "0\tParis\tB-\n", None).unwrap_err();
        assert!(
            err.to_string().starts_with("f.conllu:1: unsupported tag"),
            "{err}"
        );
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let path = std::env::temp_dir().join(format!("gazner-eval-{}.bio", std::process::id()));
        std::fs::write(&path, b"Paris B-LOC\nLon\xffdon O\n").unwrap();
        let err = read(path.to_str().unwrap(), None).unwrap_err();
        std::fs::remove_file(&path).unwrap();
        assert!(err.to_string().ends_with(":2: invalid UTF-8 at byte 15"), "{err}");
    }

    #[test]
    fn tags() {
        assert_eq!(Tag::parse("O"), Some(Tag::O));
        assert_eq!(Tag::parse("I-MISC"), Some(Tag::I("MISC".into())));
        assert_eq!(Tag::parse("B-LOC-X"), Some(Tag::B("LOC-X".into())));
        assert_eq!(Tag::parse("0"), None);
        assert_eq!(Tag::parse("E-PER"), None);
    }
}
