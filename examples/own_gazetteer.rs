//! A program that builds its own extractor and uses no embedded data: with
//! `default-features = false` it carries none (`tests/no_default_data.rs`
//! checks its binary; the README gives its stripped size).
//!
//! ```text
//! cargo run --example own_gazetteer -- GAZETTEER.jsonl < TEXT
//! ```

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let gazetteer = std::env::args()
        .nth(1)
        .ok_or("usage: own_gazetteer GAZETTEER.jsonl < TEXT")?;
    let extractor = gazner::ExtractorBuilder::new()
        .gazetteer_file(gazetteer)
        .build()?;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    for record in extractor.extract_records(&text, gazner::Offsets::All) {
        println!("{}", serde_json::to_string(&record)?);
    }
    Ok(())
}
