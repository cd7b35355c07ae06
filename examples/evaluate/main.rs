//! Scores gazner against annotated named-entity data, conlleval-style.
//!
//! ```text
//! cargo run --release --example evaluate -- [--train FILE | --split FRACTION] [--baseline [--filter-baseline]]
//!     [--json] [--misses N] [--doc-sentences N] [--no-short-forms] [--keep-lowercase] [--min-letters N]
//!     [--case-insensitive] TEST_FILE
//! ```
//!
//! Reads CoNLL-2003, CoNLL-U-like (`index<TAB>token<TAB>tag`) and two-column
//! `token tag` files with IOB1, IOB2 or IO tags ([`conll`], [`chunk`]). Each
//! document's text is rebuilt from its tokens and the tagger runs over the
//! whole document ([`align`]); its mentions become token chunks, and a chunk
//! is correct when span and type both equal a gold chunk's ([`score`]). A
//! mention that begins or ends inside a token cannot be right: it counts as a
//! wrong prediction of its type.
//!
//! Modes:
//!
//! * `--train FILE`: the protocol of the CoNLL-2003 shared-task baseline. The
//!   gazetteer is every entity phrase of FILE with a single class there
//!   ([`train`]). With `--baseline`, the phrases are matched exactly, longest
//!   first ([`baseline`], independent of gazner); without, gazner matches them
//!   with its normalization and case rules, plus short forms of people's
//!   names (`--no-short-forms` drops them), without one-word lowercase
//!   phrases (`--keep-lowercase` keeps them) and without phrases of fewer than
//!   two letters (`--min-letters 0` keeps them). `--filter-baseline` gives the
//!   baseline the same filtered phrases: not the paper's protocol, but it
//!   tells what the filters bring from what gazner's matching brings.
//! * `--split FRACTION`: the same, training on the first FRACTION of
//!   TEST_FILE's documents and testing on the rest, in document order.
//! * neither: gazner's embedded gazetteers, person → PER, country → LOC,
//!   institution → ORG, other kinds ignored. Recall is bounded by what the
//!   gazetteers hold (no MISC at all, no city for LOC).
//!
//! * `--news DIR [--misses] [--lang=given|--lang=detect]`: the news dev set
//!   (`tests/data/devset/dev` or `.../held`): the default extractor on each
//!   article, strict scores per kind and language ([`news`]); `--misses`
//!   lists every miss and false positive by article; `--lang=given` reads
//!   each article in its folder's language, `--lang=detect` detects it.
//!
//! `--doc-sentences N` sets how many sentences make a document in a file
//! without `-DOCSTART-` (default: see [`conll`]). `--json` prints one JSON
//! object instead of the table. Under the table, the false positives of each
//! type are counted by where they lie: where gold has the same span with
//! another type, inside a longer gold entity (which a flat annotation counts
//! as wrong), overlapping one, or where gold has none. `--misses N` prints
//! to standard error the N most frequent false positives and false negatives
//! of each type.

mod align;
mod baseline;
mod chunk;
mod conll;
mod misses;
mod news;
mod score;
mod tagger;
mod train;

use std::error::Error;
use std::io::Write;

use gazner::{ExtractorBuilder, Scratch};

use crate::align::DocText;
use crate::baseline::Baseline;
use crate::conll::Document;
use crate::misses::Misses;
use crate::score::Scorer;
use crate::tagger::Tagger;

const USAGE: &str = "usage: evaluate --news DIR [--misses] [--lang=given|--lang=detect]\n       evaluate [--train FILE | --split FRACTION] [--baseline [--filter-baseline]] [--json] \
                     [--misses N] [--doc-sentences N] [--no-short-forms] [--keep-lowercase] [--min-letters N] [--case-insensitive] TEST_FILE";

/// The command line.
#[derive(Debug, Default)]
struct Args {
    train: Option<String>,
    split: Option<f64>,
    baseline: bool,
    filter_baseline: bool,
    json: bool,
    misses: usize,
    doc_sentences: Option<usize>,
    options: train::Options,
    /// `--case-insensitive`: the builder's option for text without case.
    case_insensitive: bool,
    test: String,
}

fn main() {
    if let Err(e) = run() {
        eprintln!("evaluate: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.first().is_some_and(|a| a == "--news") {
        return run_news(&raw[1..]);
    }
    let Some(args) = parse_args(raw)? else {
        println!("{USAGE}");
        return Ok(());
    };
    let mut test = conll::read(&args.test, args.doc_sentences)?;
    let training: Option<(String, Vec<Document>)> = match (&args.train, args.split) {
        (Some(file), _) => Some((file.clone(), conll::read(file, args.doc_sentences)?)),
        (None, Some(fraction)) => {
            // `fraction` is in (0, 1): the cast cannot overflow or go negative.
            let cut = (test.len() as f64 * fraction).round() as usize;
            let rest = test.split_off(cut.min(test.len()));
            let train = std::mem::replace(&mut test, rest);
            let label = format!("first {cut} documents of {}", args.test);
            Some((label, train))
        }
        (None, None) => None,
    };
    let tokens: usize = test.iter().flat_map(|d| &d.sentences).map(Vec::len).sum();
    let mut header = vec![format!(
        "test: {} ({} documents, {tokens} tokens)",
        args.test,
        test.len()
    )];
    let tagger = tagger(&args, training.as_ref(), &mut header)?;
    let (scorer, misses) = evaluate(&tagger, &test, true);
    // Written with `?`, not `println!`: a closed pipe (`| head`) is an
    // error message, not a panic.
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", scorer.to_json())?;
    } else {
        for line in &header {
            writeln!(out, "{line}")?;
        }
        writeln!(out, "predictions not aligned with tokens: {}\n", scorer.unaligned)?;
        write!(out, "{}", scorer.table())?;
        write!(out, "{}", misses.placement())?;
    }
    out.flush()?;
    if args.misses > 0 {
        write!(std::io::stderr().lock(), "{}", misses.report(args.misses))?;
    }
    Ok(())
}

/// `--news DIR [--misses] [--lang=given|--lang=detect]`: scores the default
/// extractor on a split of the news dev set; `--lang=given` reads each
/// article in the language of its folder, `--lang=detect` (feature
/// `detect-lang`) detects it around each tagged hit; by default it is unknown.
fn run_news(args: &[String]) -> Result<(), Box<dyn Error>> {
    let (mut dir, mut misses, mut given) = (None, false, false);
    #[cfg_attr(not(feature = "detect-lang"), allow(unused_mut))]
    let mut builder = ExtractorBuilder::new().defaults();
    for arg in args {
        match arg.as_str() {
            "--misses" => misses = true,
            "--lang=given" => given = true,
            #[cfg(feature = "detect-lang")]
            "--lang=detect" => builder = builder.language(gazner::Language::Detect),
            _ if arg.starts_with("--") => return Err(format!("--news: unknown option {arg}").into()),
            _ if dir.is_some() => return Err(format!("--news: more than one DIR: {arg}").into()),
            _ => dir = Some(arg.clone()),
        }
    }
    let dir = dir.ok_or("--news needs DIR (e.g. tests/data/devset/dev)")?;
    let extractor = builder.build()?;
    let report = news::run(&extractor, std::path::Path::new(&dir), misses, given)?;
    let mut out = std::io::stdout().lock();
    write!(out, "{report}")?;
    out.flush()?;
    Ok(())
}

/// The tagger that `args` ask for, trained on `training` if given; adds a
/// line describing it (and its training data) to `header`.
fn tagger(
    args: &Args,
    training: Option<&(String, Vec<Document>)>,
    header: &mut Vec<String>,
) -> Result<Tagger, Box<dyn Error>> {
    let Some((label, documents)) = training else {
        header.push("tagger: gazner, embedded gazetteers (person→PER, country→LOC, institution→ORG)".into());
        let types = [("person", "PER"), ("country", "LOC"), ("institution", "ORG")];
        // The same gazetteers as `gazner::default_extractor()`, built here so
        // that a broken embedded gazetteer is an error message, not a panic.
        return Ok(Tagger::Gazner {
            extractor: ExtractorBuilder::new()
                .defaults()
                .case_insensitive(args.case_insensitive)
                .build()?,
            types: types
                .iter()
                .map(|(k, t)| (k.to_string(), t.to_string()))
                .collect(),
        });
    };
    let lexicon = train::Lexicon::from_documents(documents);
    header.push(format!(
        "train: {label} ({} documents, {} phrases with a single class)",
        documents.len(),
        lexicon.phrases.len()
    ));
    if args.baseline && args.filter_baseline {
        header.push(format!(
            "tagger: baseline (exact match, longest first), filtered ({:?})",
            args.options
        ));
        return Ok(Tagger::Baseline(Baseline::new(&lexicon.filtered(args.options))?));
    }
    if args.baseline {
        header.push("tagger: baseline (exact match, longest first)".into());
        return Ok(Tagger::Baseline(Baseline::new(&lexicon)?));
    }
    header.push(format!("tagger: gazner ({:?})", args.options));
    let gazetteer = train::gazetteer(&lexicon, args.options)?;
    Ok(Tagger::Gazner {
        extractor: ExtractorBuilder::new()
            .gazetteer_str("train", gazetteer)
            .build()?,
        types: lexicon
            .phrases
            .iter()
            .map(|(_, class)| (class.to_lowercase(), class.clone()))
            .collect(),
    })
}

/// Runs `tagger` over every document and scores it; collects the errors when
/// `collect_misses`.
fn evaluate(tagger: &Tagger, documents: &[Document], collect_misses: bool) -> (Scorer, Misses) {
    let mut scorer = Scorer::default();
    let mut misses = Misses::default();
    let mut scratch = Scratch::new();
    for document in documents {
        let text = DocText::new(document);
        let gold = chunk::gold(document);
        let prediction = tagger.predict(&text, &mut scratch);
        let unaligned: Vec<String> = prediction.unaligned.iter().map(|u| u.kind.clone()).collect();
        let comparison = score::compare(&gold, &prediction.chunks, &unaligned);
        scorer.add(&comparison, unaligned.len());
        if collect_misses {
            misses.add(
                &text,
                (&comparison.false_positives, &comparison.false_negatives),
                &gold,
                &prediction.chunks,
                &prediction.unaligned,
            );
        }
    }
    (scorer, misses)
}

/// Parses the arguments; `None` for `--help`.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut out = Args::default();
    let mut test = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |what: &str| args.next().ok_or(format!("{arg} needs {what}\n{USAGE}"));
        match arg.as_str() {
            "--train" => out.train = Some(value("a file")?),
            "--split" => {
                let v = value("a fraction")?;
                let fraction: f64 = v.parse().map_err(|_| format!("--split: not a number: {v:?}"))?;
                if !(fraction > 0.0 && fraction < 1.0) {
                    return Err(format!("--split: {fraction} is not between 0 and 1"));
                }
                out.split = Some(fraction);
            }
            "--misses" => {
                let v = value("a number")?;
                out.misses = v.parse().map_err(|_| format!("--misses: not a number: {v:?}"))?;
            }
            "--doc-sentences" => {
                let v = value("a number")?;
                let n: usize = v
                    .parse()
                    .map_err(|_| format!("--doc-sentences: not a number: {v:?}"))?;
                if n == 0 {
                    return Err("--doc-sentences must be at least 1".into());
                }
                out.doc_sentences = Some(n);
            }
            "--baseline" => out.baseline = true,
            "--filter-baseline" => out.filter_baseline = true,
            "--json" => out.json = true,
            "--case-insensitive" => out.case_insensitive = true,
            "--no-short-forms" => out.options.short_forms = false,
            "--keep-lowercase" => out.options.skip_lowercase = false,
            "--min-letters" => {
                let v = value("a number")?;
                out.options.min_letters = v
                    .parse()
                    .map_err(|_| format!("--min-letters: not a number: {v:?}"))?;
            }
            "-h" | "--help" => return Ok(None),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if test.is_some() => return Err(format!("more than one TEST_FILE: {arg}\n{USAGE}")),
            _ => test = Some(arg),
        }
    }
    out.test = test.ok_or(format!("missing TEST_FILE\n{USAGE}"))?;
    if out.train.is_some() && out.split.is_some() {
        return Err(format!("--train and --split exclude each other\n{USAGE}"));
    }
    if out.filter_baseline && !out.baseline {
        return Err(format!("--filter-baseline goes with --baseline\n{USAGE}"));
    }
    if out.baseline && out.train.is_none() && out.split.is_none() {
        return Err(format!("--baseline needs --train or --split\n{USAGE}"));
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn args(line: &str) -> Result<Option<Args>, String> {
        parse_args(line.split_whitespace().map(String::from))
    }

    #[test]
    fn command_line() {
        let a = args("--train t.conll --baseline --json --misses 5 test.conll")
            .unwrap()
            .unwrap();
        assert_eq!(
            (a.train.as_deref(), a.baseline, a.json, a.misses),
            (Some("t.conll"), true, true, 5)
        );
        assert_eq!(a.test, "test.conll");
        assert!(args("--baseline x").unwrap_err().starts_with("--baseline needs"));
        assert!(
            args("--split 0.8 --filter-baseline x")
                .unwrap_err()
                .contains("goes with --baseline")
        );
        assert!(args("--train a --split 0.8 x").unwrap_err().contains("exclude"));
        assert!(args("--split 1.5 x").unwrap_err().contains("between 0 and 1"));
        assert!(
            args("--frobnicate x")
                .unwrap_err()
                .starts_with("unknown option --frobnicate")
        );
        assert!(args("--json").unwrap_err().starts_with("missing TEST_FILE"));
        assert!(args("--help").unwrap().is_none());
    }

    #[test]
    fn end_to_end_on_a_small_split() {
        let text = "-DOCSTART- O\nBill B-PER\nClinton I-PER\nà O\nParis B-LOC\n\n\
                    -DOCSTART- O\nBill B-PER\nClinton I-PER\n.\tO\nClinton B-PER\nvit O\nà O\nparis B-LOC\n";
        let docs = conll::parse("t", text, None).unwrap();
        let lexicon = train::Lexicon::from_documents(&docs[..1]);
        let extractor = ExtractorBuilder::new()
            .gazetteer_str(
                "t",
                train::gazetteer(&lexicon, train::Options::default()).unwrap(),
            )
            .build()
            .unwrap();
        let types = HashMap::from([
            ("per".to_string(), "PER".to_string()),
            ("loc".into(), "LOC".into()),
        ]);
        let ours = Tagger::Gazner { extractor, types };
        let (scorer, _) = evaluate(&ours, &docs[1..], false);
        let all = scorer.overall();
        // "Bill Clinton", then "Clinton" as a short form; "paris" fails Paris's case rule.
        assert_eq!((all.gold, all.predicted, all.correct), (3, 2, 2));
        let baseline = Tagger::Baseline(Baseline::new(&lexicon).unwrap());
        let all = evaluate(&baseline, &docs[1..], false).0.overall();
        assert_eq!((all.gold, all.predicted, all.correct), (3, 1, 1));
    }
}
