//! Collecting errors for `--misses`: false positives and false negatives per
//! type, grouped by surface form and what the other side had there, most
//! frequent first. Counts of forms say more about a gazetteer than examples
//! taken one by one.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use crate::align::DocText;
use crate::chunk::Chunk;
use crate::tagger::Unaligned;

/// Error forms per type: `(surface, note)` → count.
#[derive(Clone, Debug, Default)]
pub struct Misses {
    false_positives: BTreeMap<String, HashMap<(String, String), usize>>,
    false_negatives: BTreeMap<String, HashMap<(String, String), usize>>,
    /// False positives per type and [`Where`] the gold side had something.
    placement: BTreeMap<String, BTreeMap<Where, usize>>,
}

/// Where a false positive lies relative to the gold entities: a flat
/// annotation counts a name inside a longer entity ("France" in "Tour de
/// France") as wrong, which is worth telling apart from a name where the
/// gold has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Where {
    SameSpanOtherType,
    InsideLongerEntity,
    OverlapsEntity,
    NoEntity,
    CutsToken,
}

impl Where {
    fn of(chunk: &Chunk, gold: &[Chunk]) -> Where {
        match gold.iter().find(|o| o.start < chunk.end && chunk.start < o.end) {
            Some(o) if (o.start, o.end) == (chunk.start, chunk.end) => Where::SameSpanOtherType,
            Some(o) if o.start <= chunk.start && chunk.end <= o.end => Where::InsideLongerEntity,
            Some(_) => Where::OverlapsEntity,
            None => Where::NoEntity,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Where::SameSpanOtherType => "same span, other type",
            Where::InsideLongerEntity => "inside a longer gold entity",
            Where::OverlapsEntity => "overlaps a gold entity",
            Where::NoEntity => "no gold entity",
            Where::CutsToken => "cuts a token",
        }
    }
}

impl Misses {
    /// Records one document's errors. `gold` and `predicted` give each error
    /// its note: what overlaps it on the other side, if anything.
    pub fn add(
        &mut self,
        doc: &DocText,
        errors: (&[Chunk], &[Chunk]),
        gold: &[Chunk],
        predicted: &[Chunk],
        unaligned: &[Unaligned],
    ) {
        let (false_positives, false_negatives) = errors;
        for chunk in false_positives {
            *self
                .placement
                .entry(chunk.kind.clone())
                .or_default()
                .entry(Where::of(chunk, gold))
                .or_default() += 1;
            let note = note(doc, chunk, gold, "gold");
            *self
                .false_positives
                .entry(chunk.kind.clone())
                .or_default()
                .entry((surface(doc, chunk), note))
                .or_default() += 1;
        }
        for u in unaligned {
            *self
                .placement
                .entry(u.kind.clone())
                .or_default()
                .entry(Where::CutsToken)
                .or_default() += 1;
            let form = doc.text[u.start..u.end].to_string();
            *self
                .false_positives
                .entry(u.kind.clone())
                .or_default()
                .entry((form, "cuts a token".to_string()))
                .or_default() += 1;
        }
        for chunk in false_negatives {
            let note = note(doc, chunk, predicted, "predicted");
            *self
                .false_negatives
                .entry(chunk.kind.clone())
                .or_default()
                .entry((surface(doc, chunk), note))
                .or_default() += 1;
        }
    }

    /// Per type, how many false positives lie where: one line each.
    pub fn placement(&self) -> String {
        let mut out = String::new();
        for (kind, places) in &self.placement {
            let parts: Vec<String> = places.iter().map(|(w, n)| format!("{n} {}", w.label())).collect();
            let _ = writeln!(out, "false positives {kind}: {}", parts.join(", "));
        }
        out
    }

    /// Up to `n` most frequent false positives and false negatives per type.
    pub fn report(&self, n: usize) -> String {
        let mut out = String::new();
        for (label, table) in [
            ("false positives", &self.false_positives),
            ("false negatives", &self.false_negatives),
        ] {
            for (kind, forms) in table {
                let total: usize = forms.values().sum();
                let _ = writeln!(out, "{label} {kind} ({total}):");
                let mut forms: Vec<_> = forms.iter().collect();
                forms.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
                for ((form, note), count) in forms.into_iter().take(n) {
                    let _ = writeln!(out, "  {count:>5}  {form:?}  [{note}]");
                }
            }
        }
        out
    }
}

fn surface(doc: &DocText, chunk: &Chunk) -> String {
    let (start, end) = doc.bytes(chunk.start, chunk.end);
    doc.text[start..end].replace('\n', " / ")
}

/// What `others` (the other side) has over `chunk`: the same span with
/// another type, an overlapping chunk, or nothing (`O`).
fn note(doc: &DocText, chunk: &Chunk, others: &[Chunk], side: &str) -> String {
    let overlapping = others.iter().find(|o| o.start < chunk.end && chunk.start < o.end);
    match overlapping {
        Some(o) if (o.start, o.end) == (chunk.start, chunk.end) => format!("{side} {}", o.kind),
        Some(o) => format!("{side} {} {:?}", o.kind, surface(doc, o)),
        None => format!("{side} O"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse;

    #[test]
    fn notes_say_what_the_other_side_had() {
        let doc = &parse("t", "Bill O\nClinton O\nà O\nParis O\n", None).unwrap()[0];
        let text = DocText::new(doc);
        let c = |start, end, kind: &str| Chunk {
            start,
            end,
            kind: kind.into(),
        };
        let gold = [c(0, 2, "PER"), c(3, 4, "LOC")];
        let predicted = [c(1, 2, "PER"), c(3, 4, "ORG"), c(2, 3, "LOC")];
        let mut misses = Misses::default();
        misses.add(&text, (&predicted, &gold), &gold, &predicted, &[]);
        let report = misses.report(5);
        assert!(
            report.contains("false positives ORG (1):\n      1  \"Paris\"  [gold LOC]"),
            "{report}"
        );
        assert!(
            report.contains("\"Clinton\"  [gold PER \"Bill Clinton\"]"),
            "{report}"
        );
        assert!(report.contains("\"à\"  [gold O]"), "{report}");
        assert_eq!(
            misses.placement(),
            "false positives LOC: 1 no gold entity\n\
             false positives ORG: 1 same span, other type\n\
             false positives PER: 1 inside a longer gold entity\n"
        );
        assert!(
            report
                .contains("false negatives PER (1):\n      1  \"Bill Clinton\"  [predicted PER \"Clinton\"]")
        );
    }
}
