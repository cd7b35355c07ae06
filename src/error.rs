//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong while loading gazetteers, building an
/// extractor or reading input.
///
/// Every variant that comes from input names where the problem is: the
/// gazetteer's origin (a file path, or the name given to a string source),
/// and the line or byte offset. An I/O error keeps its cause as
/// [`source`](std::error::Error::source); the message of a variant never
/// repeats its source's.
///
/// ```
/// use gazner::{Error, ExtractorBuilder, Problem};
///
/// let err = ExtractorBuilder::new()
///     .gazetteer_str("mine.jsonl", "{\"id\":\"Q1\",\"kind\":\"city\"}")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "mine.jsonl:1: missing field `name`");
/// assert!(matches!(err, Error::Gazetteer { line: 1, problem: Problem::MissingField("name"), .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("{origin}: cannot read")]
    #[non_exhaustive]
    Io {
        /// The path or name of the input.
        origin: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A gazetteer line is malformed or breaks a rule of the format; for
    /// entities and edits given in code, the origin is `<code>` and the line
    /// the 1-based number of the builder call.
    #[error("{origin}:{line}: {problem}")]
    #[non_exhaustive]
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
    #[non_exhaustive]
    InvalidUtf8 {
        /// The path or name of the input.
        origin: String,
        /// Byte offset of the first invalid byte.
        offset: u64,
    },
    /// A value given in code is invalid (a kind, see [`Kind::custom`](crate::Kind::custom)).
    #[error("{0}")]
    Invalid(Problem),
}

/// What is wrong with one gazetteer line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// The line is not JSON: the parser's message and the 1-based column
    /// where it stopped.
    #[non_exhaustive]
    MalformedJson {
        /// What the JSON parser expected or found, without its position.
        message: String,
        /// The 1-based column (in bytes) of the line where parsing stopped.
        column: usize,
    },
    /// The line is JSON but not an object.
    NotAnObject(String),
    /// A required field is absent.
    MissingField(&'static str),
    /// A field has the wrong type or an invalid value.
    #[non_exhaustive]
    InvalidField {
        /// The field, e.g. `aliases[2].case`.
        field: String,
        /// Why it is invalid, with the value.
        reason: String,
    },
    /// The id was already used (by this or an earlier gazetteer).
    #[non_exhaustive]
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
    /// A language code is not 2 or 3 lowercase ASCII letters (see
    /// [`Language::given`](crate::Language::given)).
    InvalidLanguage(String),
    /// An edit ([`add_aliases`](crate::ExtractorBuilder::add_aliases),
    /// [`replace_entity`](crate::ExtractorBuilder::replace_entity)) names an
    /// id that no earlier source defines.
    UnknownId(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::MalformedJson { message, column } => {
                write!(f, "malformed JSON at column {column}: {message}")
            }
            Problem::NotAnObject(start) => write!(f, "expected a JSON object, found {start}"),
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
            Problem::InvalidLanguage(code) => write!(
                f,
                "invalid language code {code:?} (expected 2 or 3 lowercase letters, ISO 639: \"de\", \"fa\")"
            ),
            Problem::UnknownId(id) => write!(f, "no entity with id {id:?} was added before this edit"),
        }
    }
}

impl std::error::Error for Problem {}
