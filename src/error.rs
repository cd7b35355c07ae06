//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong while loading gazetteers, building an
/// extractor or reading input.
///
/// Every variant names where the problem is: the gazetteer's origin (a file
/// path, or the name given to a string source), and the line or byte offset.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("{origin}: cannot read: {source}")]
    Io {
        /// The path or name of the input.
        origin: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A gazetteer line is malformed or breaks a rule of the format.
    #[error("{origin}:{line}: {problem}")]
    Gazetteer {
        /// The path or name of the gazetteer.
        origin: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong, with the offending value.
        problem: Problem,
    },
    /// The automaton could not be built (it would exceed its size limits).
    #[error("cannot build the automaton: {0}")]
    Build(String),
    /// Input text is not valid UTF-8.
    #[error("{origin}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// The path or name of the input.
        origin: String,
        /// Byte offset of the first invalid byte.
        offset: u64,
    },
}

/// What is wrong with one gazetteer line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// The line is not a JSON object of the expected shape.
    Json(String),
    /// A required field is absent.
    MissingField(&'static str),
    /// A field has the wrong type or an invalid value.
    InvalidField {
        /// The field, e.g. `aliases[2].case`.
        field: String,
        /// Why it is invalid, with the value.
        reason: String,
    },
    /// The id was already used (by this or an earlier gazetteer).
    DuplicateId {
        /// The repeated id.
        id: String,
        /// Where it was first defined, as `origin:line`.
        first: String,
    },
    /// An alias (or the name) is empty.
    EmptyAlias(String),
    /// An alias normalizes to the empty string (only spaces, marks or format characters).
    AliasNormalizesToNothing(String),
    /// An alias contains a blank line, which no match may cross.
    AliasCrossesBlankLine(String),
    /// The `case` of an alias is not one of `exact`, `proper`, `insensitive`.
    UnknownCase(String),
    /// The kind is not a lowercase word.
    InvalidKind(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Json(msg) => write!(f, "malformed JSON: {msg}"),
            Problem::MissingField(field) => write!(f, "missing field `{field}`"),
            Problem::InvalidField { field, reason } => write!(f, "field `{field}`: {reason}"),
            Problem::DuplicateId { id, first } => {
                write!(f, "duplicate id {id:?} (first defined at {first})")
            }
            Problem::EmptyAlias(field) => write!(f, "empty alias in `{field}`"),
            Problem::AliasNormalizesToNothing(alias) => {
                write!(f, "alias {alias:?} normalizes to nothing")
            }
            Problem::AliasCrossesBlankLine(alias) => {
                write!(f, "alias {alias:?} contains a blank line")
            }
            Problem::UnknownCase(case) => write!(
                f,
                "unknown case {case:?} (expected \"exact\", \"proper\" or \"insensitive\")"
            ),
            Problem::InvalidKind(kind) => write!(
                f,
                "invalid kind {kind:?} (expected a lowercase word such as \"person\")"
            ),
        }
    }
}
