//! What the unlisted-person rule costs, counted by callgrind (instruction
//! counts do not depend on the machine's load, seconds do):
//!
//! ```sh
//! cargo build --release --example unlisted_cost
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*unlisted_cost*build_defaults*' \
//!     target/release/examples/unlisted_cost on 0 benches/data/news-en.txt
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*unlisted_cost*scan*' \
//!     target/release/examples/unlisted_cost on 20 benches/data/news-en.txt
//! ```
//!
//! Arguments: `on` or `off` (the rule), how many scans of the file, the
//! file. Builds the defaults in [`build_defaults`] and scans in [`scan`],
//! both never inlined, so that callgrind counts each alone; prints the
//! mentions found by the last scan, and the build's and the scans' wall
//! time (meaningful on a quiet machine only).

use std::error::Error;
use std::time::Instant;

use gazner::{Extractor, ExtractorBuilder};

/// Builds the defaults, the rule on or off.
#[inline(never)]
fn build_defaults(unlisted: bool) -> Result<Extractor, gazner::Error> {
    ExtractorBuilder::new()
        .defaults()
        .unlisted_people(unlisted)
        .build()
}

/// Extracts `text` `repeat` times; the mentions of the last run.
#[inline(never)]
fn scan(extractor: &Extractor, text: &str, repeat: usize) -> usize {
    let mut found = 0;
    for _ in 0..repeat {
        found = std::hint::black_box(extractor.extract(std::hint::black_box(text))).len();
    }
    found
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [rule, repeat, file] = args.as_slice() else {
        return Err("usage: unlisted_cost on|off REPEAT FILE".into());
    };
    let unlisted = match rule.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(format!("the rule is on or off, not {rule:?}").into()),
    };
    let repeat: usize = repeat
        .parse()
        .map_err(|_| format!("REPEAT: not a number: {repeat}"))?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let start = Instant::now();
    let extractor = build_defaults(unlisted)?;
    let build = start.elapsed();
    let start = Instant::now();
    let found = scan(&extractor, &text, repeat);
    let scans = start.elapsed();
    println!(
        "{file}: {} bytes, {repeat} scans, {found} mentions; build {:.3} s, scans {:.1} MB/s",
        text.len(),
        build.as_secs_f64(),
        (text.len() * repeat) as f64 / 1e6 / scans.as_secs_f64()
    );
    Ok(())
}
