//! Generic names resolved by the document: several institutions share a name
//! ("Assemblée nationale", "Parliament", "the Foreign Ministry"), and each
//! says whose it is in its `meta`, under `country` (the id of the country).
//! When a mention has several candidates, the one whose country the document
//! mentioned most recently before it comes first; the others follow in
//! gazetteer order.
//!
//! Every earlier mention of a country counts, not only the latest one: in
//! "la France et l'Allemagne ... l'Assemblée nationale", Germany, which has
//! no candidate there, does not hide France. A mention names its first
//! candidate, and that is the mention the rule remembers; the "country" is
//! whatever entity a `meta.country` names, so a province with an assembly of
//! its own (Québec) works the same way. When the preferred candidate is
//! hidden, the document says the name means an entity that is never
//! reported: the mention is dropped (it still covers its text), as a hidden
//! longer name drops the names inside it.

use std::collections::HashMap;

use super::short_form::ShortForms;
use crate::entity::Entity;
use crate::extractor::Entry;

/// The `meta` key that names an entity's country.
pub(crate) const META_KEY: &str = "country";

/// Each entity's country, as an entity: compiled once per extractor. Sorted
/// slices, small in the extractor (which the tools hold by value) and
/// searched only for the candidates of a mention.
#[derive(Debug, Default)]
pub(crate) struct Countries {
    /// (entity, the entity its `meta.country` names, when that id is
    /// loaded), sorted by entity.
    of: Box<[(u32, u32)]>,
    /// The entities some `meta.country` names, sorted: the only ones worth
    /// remembering.
    named: Box<[u32]>,
}

impl Countries {
    /// Reads `meta.country` of every entity; ids that name no loaded entity
    /// never match a mention, so they are left out.
    pub(crate) fn new(entities: &[Entity]) -> Countries {
        if !entities.iter().any(|e| e.meta().contains_key(META_KEY)) {
            return Countries::default();
        }
        let ids: HashMap<&str, u32> = entities.iter().map(Entity::id).zip(0..).collect();
        // Entities come in order: `of` is sorted by entity.
        let of: Vec<(u32, u32)> = entities
            .iter()
            .zip(0..)
            .filter_map(|(entity, index)| {
                let country = entity.meta().get(META_KEY)?;
                ids.get(country.as_str()).map(|&country| (index, country))
            })
            .collect();
        let mut named: Vec<u32> = of.iter().map(|&(_, country)| country).collect();
        named.sort_unstable();
        named.dedup();
        Countries {
            of: of.into(),
            named: named.into(),
        }
    }

    /// The country of `entity`, if it has a loaded one.
    fn of(&self, entity: u32) -> Option<u32> {
        let i = self.of.binary_search_by_key(&entity, |&(e, _)| e).ok()?;
        Some(self.of[i].1)
    }

    /// Approximate heap memory, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        size_of_val(&*self.of) + size_of_val(&*self.named)
    }
}

/// The countries the document mentioned so far: the same bookkeeping as
/// short forms (which entities, where their latest mention ended, and which
/// mentions are not over yet), over the mentions whose first candidate is a
/// country.
#[derive(Clone, Debug, Default)]
pub(crate) struct MentionedCountries {
    seen: ShortForms,
}

impl MentionedCountries {
    /// Forgets the document.
    pub(crate) fn reset(&mut self) {
        self.seen.reset();
    }

    /// Moves to a mention starting at original offset `start`: the mentions
    /// that ended by then count as earlier.
    pub(crate) fn advance_to(&mut self, start: usize) {
        self.seen.advance_to(start);
    }

    /// Records a mention ending at original offset `end` whose first
    /// candidate is `entity`.
    pub(crate) fn mentioned(&mut self, countries: &Countries, entity: u32, end: usize) {
        if countries.named.binary_search(&entity).is_ok() {
            self.seen.mentioned(entity, end);
        }
    }

    /// Moves the candidate whose country was mentioned most recently (the
    /// first in gazetteer order on a tie) to the front, the others keeping
    /// their order, and returns its entity; `None` when no candidate's
    /// country was mentioned, or there is one candidate only.
    pub(crate) fn put_first(&self, countries: &Countries, candidates: &mut [Entry]) -> Option<u32> {
        if candidates.len() < 2 || countries.of.is_empty() {
            return None;
        }
        let mut best = None;
        for (i, candidate) in candidates.iter().enumerate() {
            if let Some(country) = countries.of(candidate.entity) {
                self.seen.offer(country, i, &mut best);
            }
        }
        let (_, i) = best?;
        candidates[..=i].rotate_right(1);
        Some(candidates[0].entity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Kind;

    fn entities() -> Vec<Entity> {
        let institution = |id: &str, country: &str| {
            Entity::new(id, Kind::Institution, "Assemblée nationale").with_meta(META_KEY, country)
        };
        vec![
            Entity::new("Q142", Kind::Country, "France"),
            Entity::new("Q176", Kind::Custom("province".into()), "Québec"),
            institution("qc", "Q176"),
            institution("fr", "Q142"),
            institution("nowhere", "Q0"),
        ]
    }

    fn entry(entity: u32) -> Entry {
        Entry { entity, alias: 0 }
    }

    #[test]
    fn the_most_recently_mentioned_country_comes_first() {
        let countries = Countries::new(&entities());
        assert_eq!(countries.of.len(), 2, "Q0 names no loaded entity");
        let mut doc = MentionedCountries::default();
        let mut candidates = [entry(2), entry(3), entry(4)];
        assert_eq!(doc.put_first(&countries, &mut candidates), None, "no country yet");
        doc.mentioned(&countries, 0, 10);
        doc.mentioned(&countries, 1, 20);
        doc.mentioned(&countries, 4, 25);
        doc.advance_to(15);
        assert_eq!(
            doc.put_first(&countries, &mut candidates),
            Some(3),
            "Québec's mention is not over"
        );
        let order: Vec<u32> = candidates.iter().map(|c| c.entity).collect();
        assert_eq!(order, [3, 2, 4], "the others keep their order");
        doc.advance_to(30);
        assert_eq!(doc.put_first(&countries, &mut candidates), Some(2));
        assert_eq!(doc.put_first(&countries, &mut [entry(3)]), None, "one candidate");
        doc.reset();
        assert_eq!(doc.put_first(&countries, &mut candidates), None);
    }
}
