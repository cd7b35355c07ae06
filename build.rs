//! Copies the README's "Gazetteer format" and "Matching rules" sections into
//! `OUT_DIR`, so that the rustdoc of `gazner::docs` shows them (a docs.rs
//! reader has no repository at hand) and the README stays their one source.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=README.md");
    let readme = std::fs::read_to_string("README.md").unwrap_or_default();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (heading, file) in [
        ("## Gazetteer format", "gazetteer-format.md"),
        ("## Matching rules", "matching-rules.md"),
    ] {
        let body = section(&readme, heading)
            .unwrap_or("See the README of the crate's repository.")
            .trim();
        std::fs::write(Path::new(&out).join(file), body).expect("OUT_DIR is writable");
    }
}

/// The text under `heading`, up to the next heading of the same level.
fn section<'a>(readme: &'a str, heading: &str) -> Option<&'a str> {
    let start = readme.find(&format!("\n{heading}\n"))? + heading.len() + 2;
    let rest = &readme[start..];
    Some(rest.find("\n## ").map_or(rest, |end| &rest[..end]))
}
