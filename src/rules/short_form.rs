//! Short forms: a `short` alias (a surname, say) counts only after a full
//! alias of the same entity was found earlier in the same text; where several
//! entities qualify, the most recently mentioned one (the first in gazetteer
//! order on a tie). The scanner puts it ahead of the candidates that count
//! only because the text's language is not known (`Spot::is_unconfirmed`):
//! the document named the person, nothing confirms the foreign spelling.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// What the rule remembers of the document so far.
#[derive(Clone, Debug, Default)]
pub(crate) struct ShortForms {
    /// Entity → original end offset of its latest mention that is over.
    last_seen: HashMap<u32, usize>,
    /// Mentions not yet over at the current position: (end, entity).
    pending: BinaryHeap<Reverse<(usize, u32)>>,
}

impl ShortForms {
    /// Forgets the document.
    pub(crate) fn reset(&mut self) {
        self.last_seen.clear();
        self.pending.clear();
    }

    /// Moves to a hit starting at original offset `start`: the mentions
    /// that ended by then count as seen.
    pub(crate) fn advance_to(&mut self, start: usize) {
        while let Some(&Reverse((end, entity))) = self.pending.peek() {
            if end > start {
                break;
            }
            self.pending.pop();
            self.last_seen.insert(entity, end);
        }
    }

    /// Records a mention of `entity` ending at original offset `end`.
    pub(crate) fn mentioned(&mut self, entity: u32, end: usize) {
        self.pending.push(Reverse((end, entity)));
    }

    /// Whether a mention of `entity` ended before the current position.
    pub(crate) fn was_seen(&self, entity: u32) -> bool {
        self.last_seen.contains_key(&entity)
    }

    /// Offers a short alias of `entity` for the current hit; `best` keeps the
    /// most recently seen entity, the first offered on a tie.
    pub(crate) fn offer<T>(&self, entity: u32, value: T, best: &mut Option<(usize, T)>) {
        if let Some(&seen) = self.last_seen.get(&entity)
            && best.as_ref().is_none_or(|(best, _)| seen > *best)
        {
            *best = Some((seen, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_recently_mentioned_entity_wins() {
        let mut short = ShortForms::default();
        short.mentioned(1, 10);
        short.mentioned(2, 20);
        let mut best = None;
        short.advance_to(15);
        short.offer(1, "one", &mut best);
        short.offer(2, "two", &mut best);
        assert_eq!(best, Some((10, "one")), "entity 2's mention is not over at 15");
        let mut best = None;
        short.advance_to(20);
        short.offer(1, "one", &mut best);
        short.offer(2, "two", &mut best);
        assert_eq!(best, Some((20, "two")));
        let mut best = None;
        short.offer(3, "three", &mut best);
        assert_eq!(best, None, "never mentioned");
        short.reset();
        short.offer(1, "one", &mut best);
        assert_eq!(best, None);
    }
}
