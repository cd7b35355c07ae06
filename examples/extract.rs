//! Prints the mentions found in files (or standard input) as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- [--gazetteer FILE]... [--no-defaults] [--all]
//!     [--jsonl] [--threads N] [--replace-invalid] [--quiet] [FILE|-]...
//! ```
//!
//! Each FILE is one document, streamed in constant memory whatever its size;
//! one line per mention, in order of start, with byte offsets (`start`, `end`)
//! and char offsets (`char_start`, `char_end`) into the file. With `--jsonl`,
//! each input line is a document `{"id": ..., "text": "..."}` and each mention
//! carries its document's id as `doc`; documents are spread over the cores and
//! printed in input order.

use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::time::{Duration, Instant};

use gazner::{Extractor, ExtractorBuilder, InvalidUtf8, Mention, Overlaps, StreamExtractor, TextOffsets};
use serde::Serialize;

const USAGE: &str = "usage: extract [--gazetteer FILE]... [--no-defaults] [--all] [--jsonl] [--threads N] \
                     [--replace-invalid] [--quiet] [FILE|-]...";

/// Inputs above this size show their progress on stderr.
const PROGRESS_FROM: u64 = 64 << 20;

/// Documents (or bytes of them) read before a `--jsonl` batch is extracted.
const BATCH_DOCS: usize = 4096;
const BATCH_BYTES: usize = 32 << 20;

#[derive(Serialize)]
struct Line<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a serde_json::Value>,
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

impl<'a> Line<'a> {
    fn new(file: &'a str, m: &'a Mention<'a>, text: &'a str, chars: (usize, usize)) -> Line<'a> {
        Line {
            doc: None,
            file,
            start: m.span.start,
            end: m.span.end,
            char_start: chars.0,
            char_end: chars.1,
            text,
            kind: m.kind().as_str(),
            id: m.entity().id(),
            name: m.entity().name(),
            candidates: (m.candidates.len() > 1)
                .then(|| m.candidates.iter().map(|c| c.entity.id()).collect()),
        }
    }
}

struct Options {
    files: Vec<String>,
    jsonl: bool,
    threads: usize,
    invalid: InvalidUtf8,
    quiet: bool,
}

fn main() {
    if let Err(e) = run() {
        eprintln!("extract: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let (builder, mut options) = parse_args()?;
    let Some(builder) = builder else {
        println!("{USAGE}");
        return Ok(());
    };
    let extractor = builder.build()?;
    if options.files.is_empty() {
        options.files.push("-".to_string());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for file in &options.files {
        let (reader, size) = open(file)?;
        let reader = Progress::new(reader, file, size, options.quiet);
        if options.jsonl {
            extract_jsonl(&extractor, file, reader, &options, &mut out)?;
        } else {
            extract_document(&extractor, file, reader, &options, &mut out)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Returns `None` for the builder when help was asked for.
fn parse_args() -> Result<(Option<ExtractorBuilder>, Options), Box<dyn Error>> {
    let mut extra = ExtractorBuilder::new();
    let mut defaults = true;
    let mut options = Options {
        files: Vec::new(),
        jsonl: false,
        threads: 0,
        invalid: InvalidUtf8::Fail,
        quiet: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => {
                let path = args.next().ok_or(format!("--gazetteer needs a file\n{USAGE}"))?;
                extra = extra.gazetteer_file(path);
            }
            "--threads" => {
                let n = args.next().ok_or(format!("--threads needs a number\n{USAGE}"))?;
                options.threads = n.parse().map_err(|_| format!("--threads: not a number: {n:?}"))?;
            }
            "--no-defaults" => defaults = false,
            "--all" => extra = extra.overlaps(Overlaps::All),
            "--jsonl" => options.jsonl = true,
            "--replace-invalid" => options.invalid = InvalidUtf8::Replace,
            "--quiet" => options.quiet = true,
            "-h" | "--help" => return Ok((None, options)),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}").into()),
            _ => options.files.push(arg),
        }
    }
    let builder = if defaults {
        ExtractorBuilder::new().defaults().merge(extra)
    } else {
        extra
    };
    Ok((Some(builder), options))
}

/// An input and its size, when known.
type Input = (Box<dyn Read>, Option<u64>);

fn open(file: &str) -> Result<Input, Box<dyn Error>> {
    if file == "-" {
        return Ok((Box::new(std::io::stdin().lock()), None));
    }
    let f = File::open(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    let size = f.metadata().ok().map(|m| m.len());
    Ok((Box::new(f), size))
}

/// One document, streamed.
fn extract_document(
    extractor: &Extractor,
    file: &str,
    mut reader: impl Read,
    options: &Options,
    out: &mut impl Write,
) -> Result<(), Box<dyn Error>> {
    let mut stream = StreamExtractor::new(extractor, file).invalid_utf8(options.invalid);
    let mut piece = vec![0; 256 * 1024];
    let mut found = Vec::new();
    while stream.push_from(&mut reader, &mut piece, &mut found)? {
        write_found(file, &mut found, out)?;
    }
    stream.finish(&mut found)?;
    write_found(file, &mut found, out)
}

fn write_found(
    file: &str,
    found: &mut Vec<gazner::StreamMention<'_>>,
    out: &mut impl Write,
) -> Result<(), Box<dyn Error>> {
    for f in found.drain(..) {
        let line = Line::new(file, &f.mention, &f.text, (f.char_span.start, f.char_span.end));
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    id: serde_json::Value,
    text: String,
}

/// Documents as JSON Lines, extracted in parallel batches.
fn extract_jsonl(
    extractor: &Extractor,
    file: &str,
    reader: impl Read,
    options: &Options,
    out: &mut impl Write,
) -> Result<(), Box<dyn Error>> {
    let mut docs: Vec<Document> = Vec::new();
    let mut bytes = 0;
    let mut lines = BufReader::new(reader).lines().enumerate();
    loop {
        let next = lines.next();
        if let Some((i, line)) = &next {
            let line = line
                .as_ref()
                .map_err(|e| format!("{file}:{}: cannot read: {e}", i + 1))?;
            if !line.trim().is_empty() {
                let doc: Document = serde_json::from_str(line).map_err(|e| {
                    format!(
                        "{file}:{}: expected {{\"id\": ..., \"text\": \"...\"}}: {e}",
                        i + 1
                    )
                })?;
                bytes += doc.text.len();
                docs.push(doc);
            }
        }
        if next.is_none() || docs.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
            let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
            let found = extractor.extract_batch(&texts, options.threads);
            for (doc, mentions) in docs.iter().zip(&found) {
                let offsets = TextOffsets::new(&doc.text);
                for m in mentions {
                    let chars = (offsets.char_offset(m.span.start), offsets.char_offset(m.span.end));
                    let mut line = Line::new(file, m, m.text(&doc.text), chars);
                    line.doc = Some(&doc.id);
                    serde_json::to_writer(&mut *out, &line)?;
                    out.write_all(b"\n")?;
                }
            }
            docs.clear();
            bytes = 0;
        }
        if next.is_none() {
            return Ok(());
        }
    }
}

/// Counts the bytes read and reports them on stderr for long inputs: a bar
/// on a terminal, a line every ten seconds otherwise.
struct Progress<R> {
    inner: R,
    file: String,
    size: Option<u64>,
    read: u64,
    shown: bool,
    quiet: bool,
    terminal: bool,
    started: Instant,
    last: Instant,
}

impl<R: Read> Progress<R> {
    fn new(inner: R, file: &str, size: Option<u64>, quiet: bool) -> Progress<R> {
        let now = Instant::now();
        Progress {
            inner,
            file: file.to_string(),
            size,
            read: 0,
            shown: false,
            quiet,
            terminal: std::io::stderr().is_terminal(),
            started: now,
            last: now,
        }
    }

    fn report(&mut self, done: bool) {
        let every = if self.terminal {
            Duration::from_millis(200)
        } else {
            Duration::from_secs(10)
        };
        let long = self.size.unwrap_or(self.read).max(self.read) >= PROGRESS_FROM;
        if self.quiet || !long || (!done && self.last.elapsed() < every) || (done && !self.shown) {
            return;
        }
        self.last = Instant::now();
        self.shown = true;
        let mb = self.read as f64 / 1e6;
        let rate = mb / self.started.elapsed().as_secs_f64().max(1e-9);
        let text = match self.size {
            Some(size) if size > 0 => {
                let frac = (self.read as f64 / size as f64).min(1.0);
                let bar: String = (0..30)
                    .map(|i| if (i as f64) < frac * 30.0 { '#' } else { '-' })
                    .collect();
                format!(
                    "{}: [{bar}] {:5.1}% {mb:.0} MB, {rate:.0} MB/s",
                    self.file,
                    frac * 100.0
                )
            }
            _ => format!("{}: {mb:.0} MB, {rate:.0} MB/s", self.file),
        };
        if self.terminal {
            eprint!("\r{text}{}", if done { "\n" } else { "" });
        } else {
            eprintln!("{text}");
        }
    }
}

impl<R: Read> Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        self.report(n == 0);
        Ok(n)
    }
}
