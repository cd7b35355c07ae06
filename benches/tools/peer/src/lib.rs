//! What the peer bench's Rust binaries share: reading the name list and the
//! texts, the word-boundary test of the naive loops, and the report line.
//!
//! Every engine reads the same files: a name list (one name per line, each
//! its own entity) and texts given as `LABEL=FILE`, optionally cut to their
//! first `--max-bytes` bytes (at a char boundary) in memory, so the French
//! debates are read where they are and never copied.

use std::error::Error;
use std::time::{Duration, Instant};

/// A text to scan, with the label the report gives it.
pub struct Text {
    /// `en`, `fr`, ...: how `run.py` names it.
    pub label: String,
    /// The whole text, or its first `--max-bytes` bytes.
    pub text: String,
}

/// The command line the engines share.
pub struct Args {
    /// Which engine (`gazner`, `naive`, `daachorse`); the binaries that have one.
    pub engine: String,
    /// The name list: one name per line.
    pub names: String,
    /// gazner's entity kind for every name (`city`, `country`...).
    pub kind: String,
    /// gazner also loads its embedded gazetteers (for profiles of the defaults).
    pub defaults: bool,
    /// `LABEL=FILE`, scanned in this order.
    pub texts: Vec<(String, String)>,
    /// Keep only the first bytes of each text (at a char boundary).
    pub max_bytes: Option<usize>,
    /// Scans of each text per process, texts taken in turn.
    pub scans: usize,
}

const USAGE: &str = "usage: ENGINE (--names FILE [--kind KIND] | --defaults) [--text LABEL=FILE]... \
                     [--max-bytes N] [--scans N]";

impl Args {
    /// Parses the process's arguments.
    ///
    /// # Errors
    ///
    /// A message naming the option that is missing, unknown or malformed.
    pub fn parse() -> Result<Args, Box<dyn Error>> {
        let mut args = Args {
            engine: String::new(),
            names: String::new(),
            kind: "city".to_string(),
            defaults: false,
            texts: Vec::new(),
            max_bytes: None,
            scans: 1,
        };
        let mut it = std::env::args().skip(1);
        while let Some(arg) = it.next() {
            let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value\n{USAGE}"));
            match arg.as_str() {
                "--names" => args.names = value("--names")?,
                "--kind" => args.kind = value("--kind")?,
                "--defaults" => args.defaults = true,
                "--text" => {
                    let spec = value("--text")?;
                    let (label, file) = spec
                        .split_once('=')
                        .ok_or_else(|| format!("--text wants LABEL=FILE, got {spec:?}"))?;
                    args.texts.push((label.to_string(), file.to_string()));
                }
                "--max-bytes" => {
                    let n = value("--max-bytes")?;
                    args.max_bytes = Some(n.parse().map_err(|_| format!("--max-bytes: not a number: {n}"))?);
                }
                "--scans" => {
                    let n = value("--scans")?;
                    args.scans = n.parse().map_err(|_| format!("--scans: not a number: {n}"))?;
                    if args.scans == 0 {
                        return Err("--scans must be at least 1".into());
                    }
                }
                _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}").into()),
                _ if args.engine.is_empty() => args.engine = arg,
                _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}").into()),
            }
        }
        if args.names.is_empty() && !args.defaults && args.engine != "text" {
            return Err(format!("--names is required\n{USAGE}").into());
        }
        Ok(args)
    }

    /// Reads the texts, each cut to `max_bytes`.
    ///
    /// # Errors
    ///
    /// A file that cannot be read or is not UTF-8, named with the byte offset.
    pub fn read_texts(&self) -> Result<Vec<Text>, Box<dyn Error>> {
        self.texts
            .iter()
            .map(|(label, file)| {
                let text = read_text(file, self.max_bytes)?;
                Ok(Text {
                    label: label.clone(),
                    text,
                })
            })
            .collect()
    }
}

/// The names of `path`, one per line, blank lines skipped; none for an
/// empty path (`--defaults` alone).
///
/// # Errors
///
/// The file cannot be read or is not UTF-8.
pub fn read_names(path: &str) -> Result<Vec<String>, Box<dyn Error>> {
    if path.is_empty() {
        return Ok(Vec::new());
    }
    let text = read_text(path, None)?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

/// The text of `path`, cut to its first `max_bytes` bytes at a char boundary.
///
/// # Errors
///
/// The file cannot be read or is not UTF-8 (the message names the byte offset).
pub fn read_text(path: &str, max_bytes: Option<usize>) -> Result<String, Box<dyn Error>> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let mut text = String::from_utf8(bytes)
        .map_err(|e| format!("{path}: not UTF-8 at byte {}", e.utf8_error().valid_up_to()))?;
    if let Some(max) = max_bytes
        && max < text.len()
    {
        let mut cut = max;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    Ok(text)
}

/// Whether `text[start..end]` has no letter or digit just outside it: the
/// test a user writes after a plain Aho-Corasick search.
pub fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Builds gazner over `names` with the builder's defaults, one entity per
/// name (`n0`, `n1`... of kind `kind`), after the embedded gazetteers when
/// `defaults`; returns it and the build time (entities made and compiled).
/// Never inlined, for `--toggle-collect='*build_gazner*'`.
///
/// # Errors
///
/// `kind` is not a kind, or gazner rejects a name (with its line).
#[inline(never)]
pub fn build_gazner(
    names: &[String],
    kind: &str,
    defaults: bool,
) -> Result<(gazner::Extractor, Duration), Box<dyn Error>> {
    let kind = gazner::Kind::parse(kind).ok_or_else(|| format!("--kind: not a kind: {kind:?}"))?;
    let (extractor, time) = timed(|| {
        let start = match defaults {
            true => gazner::ExtractorBuilder::new().defaults(),
            false => gazner::ExtractorBuilder::new(),
        };
        names
            .iter()
            .enumerate()
            .fold(start, |builder, (i, name)| {
                builder.entity(gazner::Entity::new(format!("n{i}"), kind.clone(), name.as_str()))
            })
            .build()
    });
    Ok((extractor?, time))
}

/// Runs `f` and returns its result and how long it took.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = std::hint::black_box(f());
    (out, start.elapsed())
}

/// Scans every text `scans` times, texts in turn, with `scan` returning the
/// number of matches; the report's `texts` array. Never inlined, so that
/// `valgrind --toggle-collect='*scan_texts*'` profiles the scans alone.
#[inline(never)]
pub fn scan_texts(texts: &[Text], scans: usize, mut scan: impl FnMut(&str) -> usize) -> serde_json::Value {
    let mut seconds = vec![Vec::with_capacity(scans); texts.len()];
    let mut matches = vec![0; texts.len()];
    for _ in 0..scans {
        for (i, t) in texts.iter().enumerate() {
            let (found, time) = timed(|| scan(&t.text));
            matches[i] = found;
            seconds[i].push(time.as_secs_f64());
        }
    }
    serde_json::Value::Array(
        texts
            .iter()
            .zip(seconds.iter().zip(&matches))
            .map(|(t, (secs, found))| {
                serde_json::json!({
                    "label": t.label,
                    "bytes": t.text.len(),
                    "matches": found,
                    "scan_s": secs,
                })
            })
            .collect(),
    )
}

/// Prints `report` as one JSON line on standard output, for `run.py`.
pub fn print_report(report: &serde_json::Value) {
    let mut report = report.clone();
    if let (Some(object), Some(kb)) = (report.as_object_mut(), peak_rss_kb()) {
        object.insert("vm_hwm_kb".into(), kb.into());
    }
    println!("{report}");
}

/// This process's peak RSS (`VmHWM` of /proc/self/status, kB), where the
/// kernel gives it: unlike the `ru_maxrss` that run.py gets from `wait4`,
/// it does not count the parent's pages a forked child held before `exec`.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_are_letters_and_digits_of_any_script() {
        let text = "Le Mali, Malines et l'Italie2";
        let at = |s: &str| text.find(s).unwrap();
        assert!(on_word_boundaries(text, at("Mali"), at("Mali") + 4));
        assert!(!on_word_boundaries(text, at("Malines"), at("Malines") + 4));
        assert!(
            !on_word_boundaries(text, at("Italie"), at("Italie") + 6),
            "a digit glues"
        );
        assert!(!on_word_boundaries("éMali", 2, 6), "an accented letter glues");
        assert!(on_word_boundaries("Mali", 0, 4));
    }

    #[test]
    fn a_cut_text_ends_on_a_char_boundary() {
        let dir = std::env::temp_dir().join(format!("gazner-peer-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.txt");
        std::fs::write(&path, "aé b").unwrap();
        let path = path.to_str().unwrap();
        assert_eq!(read_text(path, Some(2)).unwrap(), "a");
        assert_eq!(read_text(path, Some(3)).unwrap(), "aé");
        assert_eq!(read_text(path, None).unwrap(), "aé b");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
