//! The builder's options beyond sources: edits of earlier entities by id,
//! entities from an iterator, the case option, and some sets of the defaults.

use gazner::{Alias, CaseRule, Entity, ExtractorBuilder, Kind, Overlaps};

const GAZETTEER: &str = r#"{"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan"]}
{"id":"Q458","kind":"institution","name":"European Union","aliases":["UE",{"text":"Union européenne","lang":"fr"}]}"#;

fn found(extractor: &gazner::Extractor, text: &str) -> Vec<(String, String)> {
    extractor
        .extract(text)
        .iter()
        .map(|m| (m.entity().id().to_string(), m.text(text).to_string()))
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn add_aliases_extends_an_earlier_entity_in_place() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .add_aliases(
            "Q227",
            [
                Alias::new("Azərbaycan"),
                Alias::new("AZ").with_case(CaseRule::Exact),
            ],
        )
        .build()
        .unwrap();
    assert_eq!(extractor.entities().len(), 2, "no new entity");
    assert_eq!(extractor.entity("Q227").unwrap().aliases().len(), 4);
    let text = "Azərbaycan, AZ, az et l'UE";
    assert_eq!(
        found(&extractor, text),
        pairs(&[("Q227", "Azərbaycan"), ("Q227", "AZ"), ("Q458", "UE")])
    );
}

#[test]
fn replace_entity_keeps_the_place_and_drops_the_old_aliases() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .replace_entity(Entity::new("Q458", Kind::Institution, "Union européenne").with_hidden(true))
        .entity(Entity::new("Q1", Kind::Country, "Nowhere"))
        .build()
        .unwrap();
    let ids: Vec<&str> = extractor.entities().iter().map(|e| e.id()).collect();
    assert_eq!(ids, ["Q227", "Q458", "Q1"]);
    // Hidden now, and "UE" is gone.
    assert_eq!(
        found(&extractor, "l'UE et l'Union européenne, Azerbaïdjan"),
        pairs(&[("Q227", "Azerbaïdjan")])
    );
}

#[test]
fn entities_take_any_iterator() {
    let cities = ["Bakou", "Gandja", "Soumgaït"]
        .iter()
        .enumerate()
        .map(|(i, name)| Entity::new(format!("c{i}"), Kind::custom("city").unwrap(), *name));
    let extractor = ExtractorBuilder::new().entities(cities).build().unwrap();
    assert_eq!(
        found(&extractor, "De Bakou à Soumgaït"),
        pairs(&[("c0", "Bakou"), ("c2", "Soumgaït")])
    );
}

#[test]
fn case_insensitive_matches_lowercase_text_without_the_exact_aliases() {
    let build = |yes| {
        ExtractorBuilder::new()
            .gazetteer_str("g", GAZETTEER)
            .case_insensitive(yes)
            .overlaps(Overlaps::All)
            .build()
            .unwrap()
    };
    let text = "l'azerbaïdjan et l'union européenne, ue, UE";
    assert_eq!(found(&build(false), text), pairs(&[("Q458", "UE")]));
    assert_eq!(
        found(&build(true), text),
        pairs(&[("Q227", "azerbaïdjan"), ("Q458", "union européenne")])
    );
    let extractor = build(true);
    let cases: Vec<CaseRule> = extractor
        .entity("Q458")
        .unwrap()
        .aliases()
        .iter()
        .map(|a| a.case())
        .collect();
    assert_eq!(
        cases,
        [CaseRule::Insensitive, CaseRule::Exact, CaseRule::Insensitive]
    );
}

#[test]
#[cfg(all(feature = "countries", feature = "people", feature = "institutions"))]
fn some_sets_of_the_defaults_and_edits_of_a_default_entity() {
    use gazner::DefaultSet;
    let text = "Djeyhoun Baïramov a parlé de l'Arménie et de l'UE à Stepanakert.";
    let countries = ExtractorBuilder::new()
        .default_sets([DefaultSet::Countries])
        .build()
        .unwrap();
    let kinds: Vec<String> = countries
        .extract(text)
        .iter()
        .map(|m| m.kind().to_string())
        .collect();
    assert_eq!(kinds, ["country"]);
    assert!(
        countries
            .entities()
            .iter()
            .all(|e| e.is_hidden() || e.kind() == &Kind::Country)
    );
    // A default entity edited by id: no duplicate-id error.
    let edited = ExtractorBuilder::new()
        .defaults()
        .add_aliases("Q399", [Alias::new("Stepanakert")])
        .build()
        .unwrap();
    let ids: Vec<&str> = edited.extract(text).iter().map(|m| m.entity().id()).collect();
    assert_eq!(ids, ["Q16366137", "Q399", "Q458", "Q399"]);
    // The same entity added again is still an error.
    let err = ExtractorBuilder::new()
        .defaults()
        .entity(Entity::new("Q399", Kind::Country, "Armenia"))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("duplicate id \"Q399\""), "{err}");
}
