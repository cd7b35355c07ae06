//! Scoring predicted chunks against gold chunks, like conlleval: a prediction
//! is correct when its span and its type are both exactly those of a gold
//! chunk. Precision, recall and F1 per type and overall, in percent.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use serde_json::{Value, json};

use crate::chunk::Chunk;

/// Chunk counts for one type, or for all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold chunks.
    pub gold: usize,
    /// Predicted chunks, those that align with no token boundary included.
    pub predicted: usize,
    /// Predicted chunks equal to a gold chunk, span and type.
    pub correct: usize,
}

impl Counts {
    /// Correct over predicted, in percent (0 with no prediction, as conlleval).
    pub fn precision(&self) -> f64 {
        percent(self.correct, self.predicted)
    }

    /// Correct over gold, in percent (0 with no gold chunk).
    pub fn recall(&self) -> f64 {
        percent(self.correct, self.gold)
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    /// Adds `other`'s counts to these.
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }

    fn to_json(self) -> Value {
        json!({
            "precision": round2(self.precision()),
            "recall": round2(self.recall()),
            "f1": round2(self.f1()),
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
        })
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// What comparing one document's predictions with its gold chunks found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Predictions that are not gold chunks (span or type wrong).
    pub false_positives: Vec<Chunk>,
    /// Gold chunks that no prediction equals.
    pub false_negatives: Vec<Chunk>,
    /// Per type: gold, predicted, correct.
    pub counts: BTreeMap<String, Counts>,
}

/// Compares one document's predictions with its gold chunks. `unaligned`
/// holds the types of predictions that start or end inside a token: each
/// counts as a prediction of its type that cannot be correct (it hurts
/// precision, as a wrong span would in conlleval).
pub fn compare(gold: &[Chunk], predicted: &[Chunk], unaligned: &[String]) -> Comparison {
    let gold_set: HashSet<&Chunk> = gold.iter().collect();
    let predicted_set: HashSet<&Chunk> = predicted.iter().collect();
    let mut out = Comparison::default();
    for chunk in gold {
        out.counts.entry(chunk.kind.clone()).or_default().gold += 1;
        if !predicted_set.contains(chunk) {
            out.false_negatives.push(chunk.clone());
        }
    }
    for chunk in predicted {
        let counts = out.counts.entry(chunk.kind.clone()).or_default();
        counts.predicted += 1;
        if gold_set.contains(chunk) {
            counts.correct += 1;
        } else {
            out.false_positives.push(chunk.clone());
        }
    }
    for kind in unaligned {
        out.counts.entry(kind.clone()).or_default().predicted += 1;
    }
    out
}

/// Counts summed over documents.
#[derive(Clone, Debug, Default)]
pub struct Scorer {
    per_type: BTreeMap<String, Counts>,
    /// Predictions that did not align with token boundaries.
    pub unaligned: usize,
}

impl Scorer {
    /// Adds one document's comparison (and its number of unaligned predictions).
    pub fn add(&mut self, comparison: &Comparison, unaligned: usize) {
        for (kind, counts) in &comparison.counts {
            self.per_type.entry(kind.clone()).or_default().add(*counts);
        }
        self.unaligned += unaligned;
    }

    /// Counts over all types.
    pub fn overall(&self) -> Counts {
        let mut total = Counts::default();
        for counts in self.per_type.values() {
            total.add(*counts);
        }
        total
    }

    /// `{"overall": {...}, "per_type": {"PER": {...}, ...}}`, values in percent
    /// rounded to two decimals.
    pub fn to_json(&self) -> Value {
        let per_type: serde_json::Map<String, Value> = self
            .per_type
            .iter()
            .map(|(k, c)| (k.clone(), c.to_json()))
            .collect();
        json!({"overall": self.overall().to_json(), "per_type": per_type})
    }

    /// A conlleval-like table: one row per type, then the overall row.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<8} {:>9} {:>9} {:>9} {:>7} {:>9} {:>7}",
            "type", "precision", "recall", "F1", "gold", "predicted", "correct"
        );
        let rows = self.per_type.iter().map(|(k, c)| (k.as_str(), *c));
        for (kind, c) in rows.chain([("overall", self.overall())]) {
            let _ = writeln!(
                out,
                "{:<8} {:>9.2} {:>9.2} {:>9.2} {:>7} {:>9} {:>7}",
                kind,
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.predicted,
                c.correct
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(start: usize, end: usize, kind: &str) -> Chunk {
        Chunk {
            start,
            end,
            kind: kind.to_string(),
        }
    }

    #[test]
    fn exact_span_and_type() {
        let gold = [c(0, 2, "PER"), c(3, 4, "LOC"), c(5, 6, "ORG")];
        let predicted = [c(0, 2, "PER"), c(3, 4, "ORG"), c(5, 7, "ORG")];
        let result = compare(&gold, &predicted, &[]);
        assert_eq!(result.false_positives, [c(3, 4, "ORG"), c(5, 7, "ORG")]);
        assert_eq!(result.false_negatives, [c(3, 4, "LOC"), c(5, 6, "ORG")]);
        let mut scorer = Scorer::default();
        scorer.add(&result, 0);
        let all = scorer.overall();
        assert_eq!((all.gold, all.predicted, all.correct), (3, 3, 1));
        assert_eq!(
            scorer.per_type["ORG"],
            Counts {
                gold: 1,
                predicted: 2,
                correct: 0
            }
        );
        assert_eq!(scorer.per_type["PER"].f1(), 100.0);
    }

    #[test]
    fn unaligned_predictions_count_against_precision() {
        let result = compare(&[c(0, 1, "PER")], &[c(0, 1, "PER")], &["PER".to_string()]);
        let mut scorer = Scorer::default();
        scorer.add(&result, 1);
        let per = scorer.per_type["PER"];
        assert_eq!((per.precision(), per.recall()), (50.0, 100.0));
        assert!((per.f1() - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(scorer.unaligned, 1);
    }

    #[test]
    fn sums_over_documents_and_prints_percent() {
        let mut scorer = Scorer::default();
        scorer.add(&compare(&[c(0, 1, "LOC")], &[c(0, 1, "LOC")], &[]), 0);
        scorer.add(
            &compare(&[c(0, 1, "LOC"), c(1, 2, "LOC")], &[c(1, 2, "PER")], &[]),
            0,
        );
        scorer.add(&compare(&[], &[], &[]), 0);
        let json = scorer.to_json();
        assert_eq!(json["overall"]["precision"], 50.0);
        assert_eq!(json["overall"]["recall"], 33.33);
        assert_eq!(json["overall"]["f1"], 40.0);
        assert_eq!(json["per_type"]["LOC"]["gold"], 3);
        assert_eq!(json["per_type"]["PER"]["precision"], 0.0);
        let table = scorer.table();
        assert!(
            table.contains("overall      50.00     33.33     40.00       3         2       1"),
            "{table}"
        );
    }

    #[test]
    fn nothing_to_score_is_zero_not_nan() {
        let all = Scorer::default().overall();
        assert_eq!((all.precision(), all.recall(), all.f1()), (0.0, 0.0, 0.0));
    }
}
