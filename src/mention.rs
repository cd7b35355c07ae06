//! What extraction returns: mentions borrowed from the extractor, the owned
//! record that programs exchange, and conversions of byte offsets to char
//! and UTF-16 offsets.

use serde::{Deserialize, Serialize, Serializer};

use crate::entity::{Alias, Entity, Kind};

/// A half-open range of offsets into the original text: bytes, always on
/// char boundaries, unless said otherwise (the char and UTF-16 spans of a
/// [`MentionRecord`]).
///
/// ```
/// let span = gazner::Span { start: 3, end: 9 };
/// assert_eq!(&"In Bakou."[span.range()], "Bakou.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First offset of the mention.
    pub start: usize,
    /// One past its last offset.
    pub end: usize,
}

impl Span {
    /// The span as a range, for slicing: `&text[span.range()]`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// One entity a mention may refer to, and the alias that matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Candidate<'x> {
    /// The entity.
    pub entity: &'x Entity,
    /// The alias of the entity that matched.
    pub alias: &'x Alias,
}

/// A name found in the text, borrowing its entities from the extractor: what
/// [`Extractor::extract`](crate::Extractor::extract) returns, cheap to make.
/// For an owned, serializable result, see [`MentionRecord`].
///
/// Several entities can share an alias ("Georgia" the country and the US
/// state, say): the mention then lists every candidate, in gazetteer order,
/// and [`entity`](Mention::entity) is the first; except that the candidate
/// whose `meta.country` the document mentioned most recently before comes
/// first ("Assemblée nationale" after "la France": see the README's
/// matching rules, "Generic names"). Only the extractor makes mentions,
/// never without a candidate.
///
/// ```
/// use gazner::ExtractorBuilder;
///
/// let extractor = ExtractorBuilder::new()
///     .gazetteer_str("g", "{\"id\":\"Q230\",\"kind\":\"country\",\"name\":\"Georgia\"}\n\
///                          {\"id\":\"Q1428\",\"kind\":\"state\",\"name\":\"Georgia\"}")
///     .build()?;
/// let text = "Georgia on my mind";
/// let mention = &extractor.extract(text)[0];
/// assert_eq!((mention.span.start, mention.span.end, mention.text(text)), (0, 7, "Georgia"));
/// assert_eq!(mention.entity().id(), "Q230");
/// let ids: Vec<&str> = mention.candidates().iter().map(|c| c.entity.id()).collect();
/// assert_eq!(ids, ["Q230", "Q1428"]);
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mention<'x> {
    /// Where it is, in bytes of the original text.
    pub span: Span,
    /// Every entity it may refer to; never empty.
    pub(crate) candidates: Vec<Candidate<'x>>,
    /// For an unlisted person, the full name as written where the rule
    /// found it.
    pub(crate) unlisted: Option<Box<str>>,
}

impl<'x> Mention<'x> {
    /// Every entity it may refer to, in gazetteer order; never empty.
    pub fn candidates(&self) -> &[Candidate<'x>] {
        &self.candidates
    }

    /// The first candidate entity.
    pub fn entity(&self) -> &'x Entity {
        self.first().entity
    }

    /// The kind of the first candidate entity.
    pub fn kind(&self) -> &'x Kind {
        self.first().entity.kind()
    }

    /// The alias of the first candidate that matched.
    pub fn alias(&self) -> &'x Alias {
        self.first().alias
    }

    /// Whether a gazetteer lists the entity: `false` for a person found by
    /// the unlisted-person rule (README, "Unlisted people"), whose one
    /// candidate is the entity [`UNLISTED_PERSON_ID`](crate::UNLISTED_PERSON_ID).
    /// A screening program that must only see listed people keeps the
    /// mentions where this is `true`, or turns the rule off
    /// ([`ExtractorBuilder::unlisted_people`](crate::ExtractorBuilder::unlisted_people)).
    pub fn is_listed(&self) -> bool {
        self.unlisted.is_none()
    }

    /// For an unlisted person, the full name as written where the rule found
    /// it: the mention's own text ("Colin Clarke"), or for a surname alone
    /// the name it stands for ("Clarke" → "Colin Clarke"). `None` for a
    /// listed entity. It is the text as written, in the case of the text
    /// where the full name was found: "Лоуренсу Джонсу" (dative) for a later
    /// "Джонс", never brought back to the nominative.
    pub fn unlisted_name(&self) -> Option<&str> {
        self.unlisted.as_deref()
    }

    /// The mention as written: `&text[span]`, where `text` is the text it
    /// was found in.
    ///
    /// # Panics
    ///
    /// If `text` is not the text the mention was found in and the span does
    /// not fit it.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }

    /// The owned record of this mention, with byte offsets only; `text` is
    /// the text it was found in. For char and UTF-16 offsets of many
    /// mentions in one pass, see [`MentionRecord::from_mentions`].
    ///
    /// # Panics
    ///
    /// As [`text`](Mention::text).
    pub fn to_record(&self, text: &str) -> MentionRecord {
        MentionRecord::new(self, self.text(text).to_string(), None, None)
    }

    fn first(&self) -> Candidate<'x> {
        // Invariant: only the scanner builds mentions, never without
        // candidates, and the field is private.
        self.candidates[0]
    }
}

/// Which offsets a [`MentionRecord`] carries besides bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Offsets {
    /// Byte offsets only.
    #[default]
    Bytes,
    /// Byte, char (Unicode scalar value) and UTF-16 code unit offsets,
    /// counted in the same pass that makes the records.
    All,
}

/// A mention as an owned record: what the `extract` command prints, what a
/// Rust program, a Python or a JavaScript consumer reads. Serializes (serde)
/// as one flat JSON object and reads back from it:
///
/// ```json
/// {"start":10,"end":28,"char_start":9,"char_end":26,"utf16_start":9,"utf16_end":26,
///  "text":"Djeyhoun Baïramov","kind":"person","id":"Q16366137","name":"Jeyhun Bayramov",
///  "candidates":[{"id":"Q16366137","kind":"person","name":"Jeyhun Bayramov","alias":"Djeyhoun Baïramov"}]}
/// ```
///
/// | field | meaning |
/// | --- | --- |
/// | `start`, `end` | byte offsets of the mention in the UTF-8 text, half-open |
/// | `char_start`, `char_end` | the same in chars (Unicode scalar values: Python `str` indices); absent with [`Offsets::Bytes`] |
/// | `utf16_start`, `utf16_end` | the same in UTF-16 code units (JavaScript string indices); absent with [`Offsets::Bytes`] |
/// | `text` | the mention as written in the text |
/// | `kind`, `id`, `name` | the first candidate's kind, id and canonical name |
/// | `candidates` | every entity the mention may refer to, in gazetteer order, never empty: `id`, `kind`, `name`, and `alias`, the alias of that entity that matched, as written in the gazetteer |
/// | `unlisted` | only for a person no gazetteer lists (the unlisted-person rule; `id` is `gazner:unlisted-person`): the full name as written where the rule found it, which a later surname alone stands for |
///
/// Entity metadata is not copied into each record: look it up with
/// [`Extractor::entity`](crate::Extractor::entity). Reading a record back
/// ignores unknown fields (the command adds `file` and `doc`) and checks
/// that the spans are ordered, that `text` has `end - start` bytes and that
/// `kind`, `id` and `name` are those of the first candidate.
///
/// ```
/// use gazner::{ExtractorBuilder, MentionRecord, Offsets};
///
/// let extractor = ExtractorBuilder::new()
///     .gazetteer_str("az", r#"{"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan"]}"#)
///     .build()?;
/// let records = extractor.extract_records("À Bakou, l’Azerbaïdjan", Offsets::All);
/// let json = serde_json::to_string(&records[0]).unwrap();
/// assert_eq!(json, r#"{"start":14,"end":26,"char_start":11,"char_end":22,"utf16_start":11,"utf16_end":22,"text":"Azerbaïdjan","kind":"country","id":"Q227","name":"Azerbaijan","candidates":[{"id":"Q227","kind":"country","name":"Azerbaijan","alias":"Azerbaïdjan"}]}"#);
/// let back: MentionRecord = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, records[0]);
/// assert_eq!(extractor.entity(back.id()).map(|e| e.name()), Some("Azerbaijan"));
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "RawRecord")]
pub struct MentionRecord {
    span: Span,
    char_span: Option<Span>,
    utf16_span: Option<Span>,
    text: String,
    /// Never empty.
    candidates: Vec<CandidateRecord>,
    /// For an unlisted person, the full name as written.
    unlisted: Option<String>,
}

/// One candidate entity of a [`MentionRecord`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateRecord {
    id: String,
    kind: Kind,
    name: String,
    alias: String,
}

impl CandidateRecord {
    /// The entity's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The entity's kind.
    pub fn kind(&self) -> &Kind {
        &self.kind
    }

    /// The entity's canonical name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The alias that matched, as written in the gazetteer.
    pub fn alias(&self) -> &str {
        &self.alias
    }
}

impl MentionRecord {
    /// The record of `mention`, whose text is `text`.
    pub(crate) fn new(
        mention: &Mention<'_>,
        text: String,
        char_span: Option<Span>,
        utf16_span: Option<Span>,
    ) -> Self {
        let candidates = mention
            .candidates
            .iter()
            .map(|c| CandidateRecord {
                id: c.entity.id().to_string(),
                kind: c.entity.kind().clone(),
                name: c.entity.name().to_string(),
                alias: c.alias.text().to_string(),
            })
            .collect();
        MentionRecord {
            span: mention.span,
            char_span,
            utf16_span,
            text,
            candidates,
            unlisted: mention.unlisted.as_deref().map(str::to_string),
        }
    }

    /// The records of `mentions`, found in `text` and in order of start (as
    /// the extractor returns them), with the `offsets` asked for, counted in
    /// one pass over the text.
    ///
    /// # Panics
    ///
    /// If a span does not fit `text` (the mentions were found in another text).
    pub fn from_mentions(mentions: &[Mention<'_>], text: &str, offsets: Offsets) -> Vec<MentionRecord> {
        let mut counted = (0, 0, 0); // byte, chars, UTF-16 units before it
        mentions
            .iter()
            .map(|m| {
                let surface = m.text(text);
                if offsets == Offsets::Bytes {
                    return MentionRecord::new(m, surface.to_string(), None, None);
                }
                if m.span.start < counted.0 {
                    counted = (0, 0, 0);
                }
                let (c, u) = count_text(&text[counted.0..m.span.start]);
                counted = (m.span.start, counted.1 + c, counted.2 + u);
                let (c, u) = count_text(surface);
                let chars = Span {
                    start: counted.1,
                    end: counted.1 + c,
                };
                let units = Span {
                    start: counted.2,
                    end: counted.2 + u,
                };
                MentionRecord::new(m, surface.to_string(), Some(chars), Some(units))
            })
            .collect()
    }

    /// Byte offsets into the text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Char (Unicode scalar value) offsets, if asked for.
    pub fn char_span(&self) -> Option<Span> {
        self.char_span
    }

    /// UTF-16 code unit offsets, if asked for.
    pub fn utf16_span(&self) -> Option<Span> {
        self.utf16_span
    }

    /// The mention as written in the text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The first candidate's kind.
    pub fn kind(&self) -> &Kind {
        &self.first().kind
    }

    /// The first candidate's id.
    pub fn id(&self) -> &str {
        &self.first().id
    }

    /// The first candidate's canonical name.
    pub fn name(&self) -> &str {
        &self.first().name
    }

    /// Every candidate, in gazetteer order; never empty.
    pub fn candidates(&self) -> &[CandidateRecord] {
        &self.candidates
    }

    /// Whether a gazetteer lists the entity (see [`Mention::is_listed`]).
    pub fn is_listed(&self) -> bool {
        self.unlisted.is_none()
    }

    /// For an unlisted person, the full name as written (see
    /// [`Mention::unlisted_name`]); serialized as the field `unlisted`.
    pub fn unlisted_name(&self) -> Option<&str> {
        self.unlisted.as_deref()
    }

    fn first(&self) -> &CandidateRecord {
        // Invariant: `new` copies a mention's candidates (never empty) and
        // reading checks that there is one.
        &self.candidates[0]
    }
}

/// The record as JSON: flat, offsets absent when not asked for.
#[derive(Serialize)]
struct RawRecordRef<'a> {
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    char_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    char_end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    utf16_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    utf16_end: Option<usize>,
    text: &'a str,
    kind: &'a Kind,
    id: &'a str,
    name: &'a str,
    candidates: &'a [CandidateRecord],
    #[serde(skip_serializing_if = "Option::is_none")]
    unlisted: Option<&'a str>,
}

impl Serialize for MentionRecord {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        RawRecordRef {
            start: self.span.start,
            end: self.span.end,
            char_start: self.char_span.map(|c| c.start),
            char_end: self.char_span.map(|c| c.end),
            utf16_start: self.utf16_span.map(|u| u.start),
            utf16_end: self.utf16_span.map(|u| u.end),
            text: &self.text,
            kind: self.kind(),
            id: self.id(),
            name: self.name(),
            candidates: &self.candidates,
            unlisted: self.unlisted.as_deref(),
        }
        .serialize(s)
    }
}

#[derive(Deserialize)]
struct RawRecord {
    start: usize,
    end: usize,
    char_start: Option<usize>,
    char_end: Option<usize>,
    utf16_start: Option<usize>,
    utf16_end: Option<usize>,
    text: String,
    kind: Kind,
    id: String,
    name: String,
    candidates: Vec<CandidateRecord>,
    #[serde(default)]
    unlisted: Option<String>,
}

impl TryFrom<RawRecord> for MentionRecord {
    type Error = String;

    fn try_from(raw: RawRecord) -> Result<MentionRecord, String> {
        let span = |what: &str, start: Option<usize>, end: Option<usize>| match (start, end) {
            (Some(start), Some(end)) if start <= end => Ok(Some(Span { start, end })),
            (None, None) => Ok(None),
            _ => Err(format!(
                "`{what}_start` and `{what}_end` must both be given, in order"
            )),
        };
        let char_span = span("char", raw.char_start, raw.char_end)?;
        let utf16_span = span("utf16", raw.utf16_start, raw.utf16_end)?;
        if raw.start > raw.end || raw.end - raw.start != raw.text.len() {
            return Err(format!(
                "`text` has {} bytes, the span {}..{} has {}",
                raw.text.len(),
                raw.start,
                raw.end,
                raw.end.saturating_sub(raw.start)
            ));
        }
        let Some(first) = raw.candidates.first() else {
            return Err("`candidates` is empty".to_string());
        };
        if (&first.id, &first.kind, &first.name) != (&raw.id, &raw.kind, &raw.name) {
            return Err("`kind`, `id` and `name` differ from the first candidate's".to_string());
        }
        Ok(MentionRecord {
            span: Span {
                start: raw.start,
                end: raw.end,
            },
            char_span,
            utf16_span,
            text: raw.text,
            candidates: raw.candidates,
            unlisted: raw.unlisted,
        })
    }
}

/// Chars and UTF-16 code units in `text`.
pub(crate) fn count_text(text: &str) -> (usize, usize) {
    if text.is_ascii() {
        return (text.len(), text.len());
    }
    count(text.as_bytes())
}

/// Converts byte offsets of one text to char (Unicode scalar) and UTF-16
/// offsets, in O(1) memory per 256 bytes of text and O(256) time per query:
/// for offsets in any order. (Records of mentions in order get theirs in one
/// pass: [`Offsets::All`].)
///
/// ```
/// let text = "À Bakou, l’Azerbaïdjan 🇦🇿";
/// let offsets = gazner::TextOffsets::new(text);
/// let byte = text.find("Azer").unwrap();
/// assert_eq!((byte, offsets.char_offset(byte), offsets.utf16_offset(byte)), (14, 11, 11));
/// assert_eq!(offsets.utf16_offset(text.len()), 27); // the flag is 4 UTF-16 units
/// ```
#[derive(Clone, Debug)]
pub struct TextOffsets<'t> {
    text: &'t [u8],
    /// (chars, utf16 units) before each 256-byte block, and in the whole
    /// text last (the end of a text of whole blocks starts no block); empty
    /// for ASCII text.
    blocks: Vec<(usize, usize)>,
}

const BLOCK: usize = 256;

impl<'t> TextOffsets<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> TextOffsets<'t> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            let (mut chars, mut units) = (0, 0);
            for block in bytes.chunks(BLOCK) {
                blocks.push((chars, units));
                let (c, u) = count(block);
                chars += c;
                units += u;
            }
            blocks.push((chars, units));
        }
        TextOffsets { text: bytes, blocks }
    }

    /// The number of chars before byte offset `byte` (clamped to the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.offsets(byte).0
    }

    /// The number of UTF-16 code units before byte offset `byte`.
    pub fn utf16_offset(&self, byte: usize) -> usize {
        self.offsets(byte).1
    }

    fn offsets(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.text.len());
        if self.blocks.is_empty() {
            return (byte, byte);
        }
        let block = byte / BLOCK;
        // `byte <= len`, so `block <= len / BLOCK < blocks.len()`.
        let (chars, units) = self.blocks[block];
        let (c, u) = count(&self.text[block * BLOCK..byte]);
        (chars + c, units + u)
    }
}

/// Chars and UTF-16 units whose first byte lies in `bytes`.
fn count(bytes: &[u8]) -> (usize, usize) {
    let mut chars = 0;
    let mut units = 0;
    for &b in bytes {
        if b & 0xC0 != 0x80 {
            chars += 1;
            units += if b >= 0xF0 { 2 } else { 1 };
        }
    }
    (chars, units)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_match_naive_counts() {
        let text = "Bakou, 25 avril 🇦🇿 Djeyhoun Baïramov — 中国".repeat(20);
        let index = TextOffsets::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..byte];
            assert_eq!(index.char_offset(byte), prefix.chars().count());
            assert_eq!(index.utf16_offset(byte), prefix.encode_utf16().count());
        }
    }

    /// The end of a text whose length is a whole number of blocks lies past
    /// the last block's start: it counts every char, not none.
    #[test]
    fn end_of_a_text_of_whole_blocks() {
        for blocks in 1..=3 {
            let text = "é".repeat(blocks * BLOCK / 2);
            assert_eq!(text.len(), blocks * BLOCK);
            let index = TextOffsets::new(&text);
            assert_eq!(index.char_offset(text.len()), blocks * BLOCK / 2);
            assert_eq!(index.utf16_offset(text.len()), blocks * BLOCK / 2);
            assert_eq!(index.char_offset(text.len() + 7), blocks * BLOCK / 2);
        }
    }

    #[test]
    fn ascii_is_identity() {
        let index = TextOffsets::new("plain text");
        assert_eq!(index.char_offset(5), 5);
        assert_eq!(index.utf16_offset(10), 10);
    }
}
