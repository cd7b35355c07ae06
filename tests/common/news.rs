//! The small news gazetteer and sentence that the pathological tests and
//! benches repeat (`tests/pathological.rs`, and `benches/pathological.rs`
//! through `#[path]`).

#![allow(dead_code)]

use gazner::{Alias, Entity, Extractor, ExtractorBuilder, Kind, Overlaps};

/// A sentence with five mentions of the entities of [`news_extractor`].
pub const SENTENCE: &str =
    "Le ministre Djeyhoun Baïramov a reçu Kaja Kallas à Bakou ; Baïramov parla de l’Arménie et de l’UE. ";

/// The names in [`SENTENCE`], in order.
pub const SENTENCE_NAMES: [&str; 5] = ["Djeyhoun Baïramov", "Kaja Kallas", "Baïramov", "Arménie", "UE"];

/// An entity of the custom kind `thing`.
pub fn thing(id: &str, name: &str) -> Entity {
    Entity::new(id, Kind::Custom("thing".into()), name)
}

/// An extractor over `entities`.
pub fn build(entities: impl IntoIterator<Item = Entity>, overlaps: Overlaps) -> Extractor {
    let mut builder = ExtractorBuilder::new().overlaps(overlaps);
    for entity in entities {
        builder = builder.entity(entity);
    }
    builder.build().expect("the entities build")
}

/// The entities of [`SENTENCE`].
pub fn news_extractor(overlaps: Overlaps) -> Extractor {
    build(
        [
            thing("bayramov", "Djeyhoun Baïramov").with_alias(Alias::new("Baïramov").with_short(true)),
            thing("kallas", "Kaja Kallas"),
            thing("armenia", "Arménie"),
            thing("eu", "UE"),
        ],
        overlaps,
    )
}
