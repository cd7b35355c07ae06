//! Prints the mentions found in files (or standard input) as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- [--gazetteer FILE]... [--no-defaults] [--all] [FILE|-]...
//! ```
//!
//! One line per mention, in order of start, with byte offsets (`start`, `end`)
//! and char offsets (`char_start`, `char_end`) into the file.

use std::error::Error;
use std::io::{Read, Write};

use gazner::{ExtractorBuilder, Overlaps, TextOffsets};
use serde::Serialize;

const USAGE: &str = "usage: extract [--gazetteer FILE]... [--no-defaults] [--all] [FILE|-]...";

#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    text: &'a str,
    kind: &'a str,
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    candidates: Option<Vec<&'a str>>,
}

fn main() {
    if let Err(e) = run() {
        eprintln!("extract: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let mut builder = ExtractorBuilder::new();
    let mut defaults = true;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => {
                let path = args.next().ok_or(format!("--gazetteer needs a file\n{USAGE}"))?;
                builder = builder.gazetteer_file(path);
            }
            "--no-defaults" => defaults = false,
            "--all" => builder = builder.overlaps(Overlaps::All),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}").into()),
            _ => files.push(arg),
        }
    }
    if defaults {
        builder = ExtractorBuilder::new().defaults().merge(builder);
    }
    let extractor = builder.build()?;
    if files.is_empty() {
        files.push("-".to_string());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut scratch = gazner::Scratch::new();
    for file in &files {
        let text = read_text(file)?;
        let offsets = TextOffsets::new(&text);
        for m in extractor.extract_with(&text, &mut scratch) {
            let line = Line {
                file,
                start: m.span.start,
                end: m.span.end,
                char_start: offsets.char_offset(m.span.start),
                char_end: offsets.char_offset(m.span.end),
                text: m.text(&text),
                kind: m.kind().as_str(),
                id: m.entity().id(),
                name: m.entity().name(),
                candidates: (m.candidates.len() > 1)
                    .then(|| m.candidates.iter().map(|c| c.entity.id()).collect()),
            };
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Reads a whole file (or standard input for `-`) as UTF-8.
fn read_text(file: &str) -> Result<String, Box<dyn Error>> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        gazner::Error::InvalidUtf8 {
            origin: file.to_string(),
            offset: e.utf8_error().valid_up_to() as u64,
        }
        .into()
    })
}
