//! Writes an HTML page showing a document with its mentions highlighted.
//!
//! ```text
//! cargo run --release --example highlight -- [--gazetteer FILE]... [--no-defaults] [--all] [FILE|-] > page.html
//! ```
//!
//! The page is self-contained (no script, no network, no external font): the
//! document in `#doc` with one `<mark data-id data-kind>` per mention, a
//! legend of kinds, and a table of mentions with their ids (linked to
//! Wikidata for QIDs), canonical names and every candidate. `page.rs` says how
//! the DOM holds nested and overlapping mentions (`--all`).

#[path = "highlight/page.rs"]
mod page;

use std::error::Error;
use std::io::{Read, Write};

use gazner::{ExtractorBuilder, Overlaps};

const USAGE: &str = "usage: highlight [--gazetteer FILE]... [--no-defaults] [--all] [FILE|-] > page.html";

fn main() {
    if let Err(e) = run() {
        eprintln!("highlight: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let mut extra = ExtractorBuilder::new();
    let mut defaults = true;
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => {
                let path = args.next().ok_or(format!("--gazetteer needs a file\n{USAGE}"))?;
                extra = extra.gazetteer_file(path);
            }
            "--no-defaults" => defaults = false,
            "--all" => extra = extra.overlaps(Overlaps::All),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}").into()),
            _ if file.is_some() => return Err(format!("one document at a time\n{USAGE}").into()),
            _ => file = Some(arg),
        }
    }
    let file = file.unwrap_or_else(|| "-".to_string());
    let builder = if defaults {
        ExtractorBuilder::new().defaults().merge(extra)
    } else {
        extra
    };
    let extractor = builder.build()?;
    let text = read_text(&file)?;
    let mut mentions: Vec<page::Marked> = extractor
        .extract(&text)
        .iter()
        .map(|m| page::Marked {
            span: m.span.range(),
            kind: m.kind().as_str().to_string(),
            candidates: m
                .candidates()
                .iter()
                .map(|c| (c.entity.id().to_string(), c.entity.name().to_string()))
                .collect(),
        })
        .collect();
    page::page_order(&mut mentions);
    let title = if file == "-" { "standard input" } else { &file };
    let html = page::render(title, &text, &mentions);
    let mut out = std::io::stdout().lock();
    out.write_all(html.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The whole document; invalid UTF-8 is an error naming the byte offset.
fn read_text(file: &str) -> Result<String, Box<dyn Error>> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{file}: invalid UTF-8 at byte offset {at}").into()
    })
}
