//! Prints the mentions found in files (or standard input) as JSON Lines, one
//! [`gazner::MentionRecord`] per line with the input's name as `file` (and,
//! with `--jsonl`, the document's id as `doc`). `extract --help` lists the
//! options; the README ("The `extract` command") documents the output and
//! the exit codes.
//!
//! Each FILE is one document, streamed in constant memory whatever its size.
//! With `--jsonl`, each input line is a document `{"id": ..., "text": "..."}`
//! (other fields ignored); documents are extracted on all cores and their
//! mentions written as each one finishes, in input order. A bad line is
//! reported on stderr with its line number and skipped (`--strict`: the run
//! stops there).

use std::collections::BTreeMap;
use std::error::Error;
use std::ffi::OsString;
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use gazner::{
    Extractor, ExtractorBuilder, InvalidUtf8, MentionRecord, Offsets, Overlaps, Scratch, StreamExtractor,
};
use serde::{Deserialize, Serialize};

const HELP: &str = "\
extract: prints the people, countries, institutions and other entities found in text, one JSON object per mention

usage: extract [OPTIONS] [FILE|-]...

Each FILE (default: standard input, also written -) is one document, streamed in constant memory.

options:
  -g, --gazetteer FILE   add a gazetteer (JSON Lines, see the README's \"Gazetteer format\"); repeatable
      --no-defaults      leave out the embedded gazetteers (builds without them have none)
      --all              report every valid match, nested and overlapping ones included
                         (default: leftmost-longest)
      --case-insensitive text that has lost its case: every alias matches in any case,
                         exact-case acronyms (UN, US) are left out
      --lang CODE        the documents are in this language (ISO 639: en, fr, de...): an alias
                         tagged with languages counts only where it is one of them; \"detect\"
                         (the detect-lang feature) asks whatlang around each tagged hit
                         (default: unknown, where only lang_only aliases are left out)
      --jsonl            each input line is a document {\"id\": ..., \"text\": \"...\"} (other fields
                         ignored); mentions carry the id as \"doc\" and come out as each document
                         finishes, in input order; a bad line is reported and skipped
      --strict           with --jsonl, stop at the first bad line instead of skipping it
  -j, --threads N        with --jsonl, threads to extract with (default 0: one per core)
      --replace-invalid  read bytes that are not UTF-8 as U+001A instead of failing (offsets stay
                         those of the original bytes)
  -q, --quiet            no progress on stderr (shown for inputs over 64 MB)
  -h, --help             print this help
  -V, --version          print the version

Options take their value as the next argument or after '=' (--threads=4); '--' ends the options.

output: one line per mention: {\"file\", \"doc\" (--jsonl), \"start\", \"end\", \"char_start\", \"char_end\",
\"utf16_start\", \"utf16_end\", \"text\", \"kind\", \"id\", \"name\", \"candidates\"}; offsets are half-open, in bytes,
chars and UTF-16 units of the document.

exit status: 0 every input was read whole; 1 some input could not be read or some line was bad (each
reported on stderr, the others processed), or a gazetteer is malformed; 2 usage error.";

/// Inputs above this size show their progress on stderr.
const PROGRESS_FROM: u64 = 64 << 20;

/// One output line: the record, with where it comes from.
#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a serde_json::Value>,
    #[serde(flatten)]
    record: &'a MentionRecord,
}

struct Options {
    files: Vec<String>,
    jsonl: bool,
    strict: bool,
    threads: usize,
    invalid: InvalidUtf8,
    quiet: bool,
}

/// What ends the run early: a usage error (exit 2) or an error that no
/// later input can recover from (exit 1; a closed pipe, exit 0 quietly).
enum Stop {
    Usage(String),
    Fatal(Box<dyn Error>),
}

impl<E: Error + 'static> From<E> for Stop {
    fn from(e: E) -> Stop {
        Stop::Fatal(Box::new(e))
    }
}

fn main() {
    let code = match run() {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(Stop::Usage(message)) => {
            eprintln!("extract: {message} (see extract --help)");
            2
        }
        Err(Stop::Fatal(e)) if is_broken_pipe(&*e) => 0,
        Err(Stop::Fatal(e)) => {
            eprintln!("extract: {}", chain(&*e));
            1
        }
    };
    std::process::exit(code);
}

/// The error and its sources, joined by ": ".
fn chain(e: &dyn Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// A write to a closed pipe (`extract FILE | head`): the reader is done.
fn is_broken_pipe(e: &(dyn Error + 'static)) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Returns whether every input was read whole.
fn run() -> Result<bool, Stop> {
    let Some((builder, options)) = parse_args(std::env::args_os().skip(1))? else {
        return Ok(true);
    };
    let extractor = builder.build()?;
    let mut out = std::io::BufWriter::new(std::io::stdout());
    let mut all_good = true;
    for file in &options.files {
        let (reader, size) = match open(file) {
            Ok(input) => input,
            Err(e) => {
                eprintln!("extract: {}", chain(&e));
                all_good = false;
                continue;
            }
        };
        let reader = Progress::new(reader, file, size, options.quiet);
        let good = if options.jsonl {
            extract_jsonl(&extractor, file, reader, &options, &mut out)?
        } else {
            extract_document(&extractor, file, reader, &options, &mut out)?
        };
        all_good &= good;
    }
    out.flush()?;
    Ok(all_good)
}

/// The builder and options, or `None` when `--help` or `--version` was
/// printed.
fn parse_args(args: impl Iterator<Item = OsString>) -> Result<Option<(ExtractorBuilder, Options)>, Stop> {
    let mut extra = ExtractorBuilder::new();
    let mut defaults = true;
    let mut options = Options {
        files: Vec::new(),
        jsonl: false,
        strict: false,
        threads: 0,
        invalid: InvalidUtf8::Fail,
        quiet: false,
    };
    let mut args = args.map(|a| {
        a.into_string()
            .map_err(|a| Stop::Usage(format!("argument {a:?} is not UTF-8")))
    });
    let mut only_files = false;
    let mut gazetteers = 0;
    while let Some(arg) = args.next() {
        let arg = arg?;
        if only_files || arg == "-" || !arg.starts_with('-') {
            options.files.push(arg);
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_string(), Some(value.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, Stop> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args
                    .next()
                    .unwrap_or(Err(Stop::Usage(format!("{name} needs {what}")))),
            }
        };
        match name.as_str() {
            "--" => only_files = true,
            "-g" | "--gazetteer" => {
                extra = extra.gazetteer_file(value("a file")?);
                gazetteers += 1;
            }
            "--lang" => {
                let code = value("a language code")?;
                extra = extra.language(language(&code).map_err(|e| Stop::Usage(format!("{name}: {e}")))?);
            }
            "-j" | "--threads" => {
                let n = value("a number")?;
                options.threads = n
                    .parse()
                    .map_err(|_| Stop::Usage(format!("{name}: not a number: {n:?}")))?;
            }
            _ if inline.is_some() => return Err(Stop::Usage(format!("{name} takes no value"))),
            "--no-defaults" => defaults = false,
            "--all" => extra = extra.overlaps(Overlaps::All),
            "--case-insensitive" => extra = extra.case_insensitive(true),
            "--jsonl" => options.jsonl = true,
            "--strict" => options.strict = true,
            "--replace-invalid" => options.invalid = InvalidUtf8::Replace,
            "-q" | "--quiet" => options.quiet = true,
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("extract (gazner {})", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            _ => return Err(Stop::Usage(format!("unknown option {name}"))),
        }
    }
    if options.strict && !options.jsonl {
        return Err(Stop::Usage("--strict goes with --jsonl".into()));
    }
    if options.files.is_empty() {
        options.files.push("-".to_string());
    }
    Ok(Some((with_defaults(defaults, gazetteers, extra)?, options)))
}

/// The language `--lang` names: a code, or `detect` with the `detect-lang`
/// feature.
fn language(code: &str) -> Result<gazner::Language, gazner::Error> {
    #[cfg(feature = "detect-lang")]
    if code == "detect" {
        return Ok(gazner::Language::Detect);
    }
    gazner::Language::given(code)
}

/// The embedded gazetteers (unless `--no-defaults`), then the others.
#[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
fn with_defaults(
    defaults: bool,
    _gazetteers: usize,
    extra: ExtractorBuilder,
) -> Result<ExtractorBuilder, Stop> {
    Ok(if defaults {
        ExtractorBuilder::new().defaults().merge(extra)
    } else {
        extra
    })
}

/// This build embeds no gazetteer (`--no-default-features`).
#[cfg(not(any(feature = "countries", feature = "people", feature = "institutions")))]
fn with_defaults(
    _defaults: bool,
    gazetteers: usize,
    extra: ExtractorBuilder,
) -> Result<ExtractorBuilder, Stop> {
    if gazetteers == 0 {
        return Err(Stop::Usage(
            "this build embeds no gazetteer: give one with --gazetteer FILE".into(),
        ));
    }
    Ok(extra)
}

/// An input and its size, when known.
type Input = (Box<dyn Read + Send>, Option<u64>);

/// A file that cannot be opened; the I/O error is its source.
#[derive(Debug)]
struct CannotRead {
    file: String,
    source: std::io::Error,
}

impl std::fmt::Display for CannotRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: cannot read", self.file)
    }
}

impl Error for CannotRead {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.source)
    }
}

fn open(file: &str) -> Result<Input, CannotRead> {
    if file == "-" {
        return Ok((Box::new(std::io::stdin()), None));
    }
    let f = File::open(file).map_err(|source| CannotRead {
        file: file.to_string(),
        source,
    })?;
    let size = f.metadata().ok().map(|m| m.len());
    Ok((Box::new(f), size))
}

/// One document, streamed. Returns `false` when the input failed (reported
/// on stderr, after the mentions found before the failure).
fn extract_document(
    extractor: &Extractor,
    file: &str,
    mut reader: impl Read,
    options: &Options,
    out: &mut impl Write,
) -> Result<bool, Stop> {
    let mut stream = StreamExtractor::new(extractor, file).invalid_utf8(options.invalid);
    let mut piece = vec![0; 256 * 1024];
    let mut found = Vec::new();
    loop {
        let more = match stream.push_from(&mut reader, &mut piece, &mut found) {
            Ok(more) => more,
            Err(e) => {
                write_records(file, None, &found, out)?;
                eprintln!("extract: {}", chain(&e));
                return Ok(false);
            }
        };
        if !more {
            let end = stream.finish(&mut found);
            write_records(file, None, &found, out)?;
            if let Err(e) = end {
                eprintln!("extract: {}", chain(&e));
                return Ok(false);
            }
            return Ok(true);
        }
        write_records(file, None, &found, out)?;
        found.clear();
    }
}

fn write_records(
    file: &str,
    doc: Option<&serde_json::Value>,
    records: &[MentionRecord],
    out: &mut impl Write,
) -> Result<(), std::io::Error> {
    for record in records {
        serde_json::to_writer(&mut *out, &Line { file, doc, record })?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A `--jsonl` input line. Fields other than `id` and `text` are ignored.
#[derive(Deserialize)]
struct Document {
    id: serde_json::Value,
    text: String,
}

/// What a worker made of one line: the output lines, or why it is bad.
type Done = (usize, usize, Result<Vec<u8>, String>);

/// Documents as JSON Lines: a reader (this thread), workers that parse and
/// extract, and a writer that puts their output back in input order and
/// writes it as soon as the next document is done. Returns `false` when a
/// line was bad or the input failed.
fn extract_jsonl(
    extractor: &Extractor,
    file: &str,
    reader: impl Read,
    options: &Options,
    out: &mut (impl Write + Send),
) -> Result<bool, Stop> {
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let stop = AtomicBool::new(false);
    let (jobs, queue) = mpsc::sync_channel::<(usize, usize, Vec<u8>)>(threads * 4);
    let queue = std::sync::Mutex::new(queue);
    let (done, results) = mpsc::sync_channel::<Done>(threads * 16);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let done = done.clone();
            let (queue, invalid, stop) = (&queue, options.invalid, &stop);
            scope.spawn(move || {
                let mut scratch = Scratch::new();
                loop {
                    // A poisoned lock means another worker panicked: stop too.
                    let job = match queue.lock() {
                        Ok(queue) => queue.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, line_no, bytes)) = job else { return };
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let result = process_line(extractor, file, &bytes, invalid, &mut scratch);
                    if done.send((seq, line_no, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done);
        let writer = scope.spawn(|| {
            let written = write_in_order(file, results, options.strict, out);
            // Done or failed: the reader and the workers stop.
            stop.store(true, Ordering::Relaxed);
            written
        });
        let read = read_lines(reader, jobs, &stop);
        let written = writer.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?;
        match read {
            Ok(()) => Ok(written),
            Err(e) => {
                eprintln!("extract: {file}: cannot read: {e}");
                Ok(false)
            }
        }
    })
}

/// Sends each non-blank line with its number until the input ends or the
/// writer says stop.
fn read_lines(
    reader: impl Read,
    jobs: mpsc::SyncSender<(usize, usize, Vec<u8>)>,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(reader);
    let mut seq = 0;
    for line_no in 1.. {
        let mut bytes = Vec::new();
        if reader.read_until(b'\n', &mut bytes)? == 0 || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        if bytes.trim_ascii().is_empty() {
            continue;
        }
        if jobs.send((seq, line_no, bytes)).is_err() {
            return Ok(());
        }
        seq += 1;
    }
    Ok(())
}

/// Parses one line and extracts its document: the output lines, or the
/// message for a bad line.
fn process_line(
    extractor: &Extractor,
    file: &str,
    bytes: &[u8],
    invalid: InvalidUtf8,
    scratch: &mut Scratch,
) -> Result<Vec<u8>, String> {
    let line = match std::str::from_utf8(bytes) {
        Ok(line) => std::borrow::Cow::Borrowed(line),
        Err(e) if invalid == InvalidUtf8::Fail => {
            return Err(format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()));
        }
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let doc: Document = serde_json::from_str(&line).map_err(|e| {
        let message = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&position).unwrap_or(&message);
        format!(
            "expected {{\"id\": ..., \"text\": \"...\"}}: column {}: {message}",
            e.column()
        )
    })?;
    let mentions = extractor.extract_with(&doc.text, scratch);
    let records = MentionRecord::from_mentions(&mentions, &doc.text, Offsets::All);
    let mut out = Vec::new();
    write_records(file, Some(&doc.id), &records, &mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Writes the workers' output in input order, each document as soon as the
/// ones before it are written, and reports bad lines in order. Returns
/// whether every line was good.
fn write_in_order(
    file: &str,
    results: mpsc::Receiver<Done>,
    strict: bool,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let mut waiting: BTreeMap<usize, (usize, Result<Vec<u8>, String>)> = BTreeMap::new();
    let mut next = 0;
    let mut all_good = true;
    loop {
        // Flush when nothing more is ready: output as each document finishes.
        let received = match results.try_recv() {
            Ok(done) => Some(done),
            Err(mpsc::TryRecvError::Empty) => {
                out.flush()?;
                results.recv().ok()
            }
            Err(mpsc::TryRecvError::Disconnected) => None,
        };
        let Some((seq, line_no, result)) = received else {
            out.flush()?;
            return Ok(all_good);
        };
        waiting.insert(seq, (line_no, result));
        while let Some((line_no, result)) = waiting.remove(&next) {
            next += 1;
            match result {
                Ok(bytes) => out.write_all(&bytes)?,
                Err(message) => {
                    eprintln!("extract: {file}:{line_no}: {message}");
                    all_good = false;
                    if strict {
                        out.flush()?;
                        return Ok(false);
                    }
                }
            }
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
