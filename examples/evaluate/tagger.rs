//! The taggers under evaluation, behind one `predict`: gazner (with a
//! gazetteer from training data, or the embedded defaults) and the exact-match
//! baseline.

use std::collections::HashMap;

use gazner::{Extractor, Scratch};

use crate::align::DocText;
use crate::baseline::Baseline;
use crate::chunk::Chunk;

/// A prediction that does not start at a token start or end at a token end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unaligned {
    /// Its type.
    pub kind: String,
    /// Its byte span in the document text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

/// What a tagger predicts for one document.
#[derive(Clone, Debug, Default)]
pub struct Prediction {
    /// Token-aligned chunks.
    pub chunks: Vec<Chunk>,
    /// Mentions that cut a token: wrong by construction.
    pub unaligned: Vec<Unaligned>,
}

/// A tagger.
// One tagger per run: the size of the extractor inline costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Tagger {
    /// gazner, with the types that its kinds stand for; mentions of other
    /// kinds are ignored.
    Gazner {
        /// The extractor.
        extractor: Extractor,
        /// gazner kind → gold type (`person` → `PER`).
        types: HashMap<String, String>,
    },
    /// The exact-match baseline.
    Baseline(Baseline),
}

impl Tagger {
    /// Tags one document. gazner runs over the whole document text, so its
    /// document-level rules (short forms) apply. A mention's type is that of
    /// its first candidate whose kind has a type.
    pub fn predict(&self, doc: &DocText, scratch: &mut Scratch) -> Prediction {
        let mut out = Prediction::default();
        match self {
            Tagger::Baseline(baseline) => out.chunks = baseline.tag(doc),
            Tagger::Gazner { extractor, types } => {
                for mention in extractor.extract_with(&doc.text, scratch) {
                    let Some(kind) = mention
                        .candidates()
                        .iter()
                        .find_map(|c| types.get(c.entity.kind().as_str()))
                    else {
                        continue;
                    };
                    match doc.tokens(mention.span.start, mention.span.end) {
                        Some((start, end)) => out.chunks.push(Chunk {
                            start,
                            end,
                            kind: kind.clone(),
                        }),
                        None => out.unaligned.push(Unaligned {
                            kind: kind.clone(),
                            start: mention.span.start,
                            end: mention.span.end,
                        }),
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse;

    #[test]
    fn mentions_become_chunks_or_unaligned_predictions() {
        let extractor = gazner::ExtractorBuilder::new()
            .gazetteer_str(
                "t",
                "{\"id\":\"1\",\"kind\":\"per\",\"name\":\"Bill Clinton\"}\n\
                 {\"id\":\"2\",\"kind\":\"loc\",\"name\":\"Paris\"}\n\
                 {\"id\":\"3\",\"kind\":\"river\",\"name\":\"Seine\"}\n",
            )
            .build()
            .unwrap();
        let types = HashMap::from([
            ("per".to_string(), "PER".to_string()),
            ("loc".into(), "LOC".into()),
        ]);
        let tagger = Tagger::Gazner { extractor, types };
        // "Paris-plage" is one token: gazner finds "Paris" inside it.
        let doc = &parse("t", "Bill O\nClinton O\nà O\nParis-plage O\nSeine O\n", None).unwrap()[0];
        let text = DocText::new(doc);
        let found = tagger.predict(&text, &mut Scratch::new());
        assert_eq!(
            found.chunks,
            [Chunk {
                start: 0,
                end: 2,
                kind: "PER".into()
            }]
        );
        assert_eq!(
            found.unaligned,
            [Unaligned {
                kind: "LOC".into(),
                start: 16,
                end: 21
            }]
        );
    }
}
