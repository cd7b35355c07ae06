//! Every error path: a typed error naming the origin, the line and the value.

use gazner::{Error, ExtractorBuilder, Problem};

fn build_error(gazetteer: &str) -> (usize, Problem, String) {
    let err = ExtractorBuilder::new()
        .gazetteer_str("bad.jsonl", gazetteer)
        .build()
        .expect_err("the gazetteer is rejected");
    let message = err.to_string();
    match err {
        Error::Gazetteer {
            origin,
            line,
            problem,
            ..
        } => {
            assert_eq!(origin, "bad.jsonl");
            assert!(message.starts_with(&format!("bad.jsonl:{line}: ")), "{message}");
            (line, problem, message)
        }
        other => panic!("expected a gazetteer error, got {other:?}"),
    }
}

const OK: &str = r#"{"id":"Q1","kind":"country","name":"Ruritania"}"#;

#[test]
fn malformed_json_names_the_line() {
    let (line, problem, message) = build_error(&format!("{OK}\n\n{{\"id\":\"Q2\",\"kind\":"));
    assert_eq!(line, 3);
    assert!(
        matches!(problem, Problem::MalformedJson { column: 18, .. }),
        "{problem:?}"
    );
    // The position is said once: our line, the parser's column, no "line 1".
    assert_eq!(
        message,
        "bad.jsonl:3: malformed JSON at column 18: EOF while parsing a value"
    );
}

#[test]
fn not_an_object() {
    let (line, problem, _) = build_error("[1, 2]");
    assert_eq!(line, 1);
    assert!(matches!(problem, Problem::NotAnObject(m) if m.contains("[1, 2]")));
}

#[test]
fn missing_fields() {
    for (field, line) in [
        ("id", r#"{"kind":"country","name":"X"}"#),
        ("kind", r#"{"id":"Q1","name":"X"}"#),
        ("name", r#"{"id":"Q1","kind":"country"}"#),
        (
            "text",
            r#"{"id":"Q1","kind":"country","name":"X","aliases":[{"lang":"fr"}]}"#,
        ),
    ] {
        let (_, problem, message) = build_error(line);
        assert_eq!(problem, Problem::MissingField(field));
        assert!(message.contains(&format!("missing field `{field}`")), "{message}");
    }
}

#[test]
fn duplicate_id_names_both_places() {
    let err = ExtractorBuilder::new()
        .gazetteer_str("a.jsonl", format!("\n{OK}"))
        .gazetteer_str("b.jsonl", OK)
        .build()
        .expect_err("duplicate id");
    assert_eq!(
        err.to_string(),
        "b.jsonl:1: duplicate id \"Q1\" (first defined at a.jsonl:2)"
    );
}

#[test]
fn empty_aliases() {
    let (_, problem, _) = build_error(r#"{"id":"Q1","kind":"country","name":"X","aliases":["ok"," "]}"#);
    assert_eq!(problem, Problem::EmptyAlias("aliases[1]".into()));
    let (_, problem, _) = build_error(r#"{"id":"Q1","kind":"country","name":"X","aliases":[{"text":""}]}"#);
    assert_eq!(problem, Problem::EmptyAlias("aliases[0]".into()));
    let (_, problem, _) = build_error(r#"{"id":"Q1","kind":"country","name":""}"#);
    assert_eq!(problem, Problem::EmptyAlias("name".into()));
}

#[test]
fn alias_that_normalizes_to_nothing() {
    let (_, problem, message) =
        build_error(r#"{"id":"Q1","kind":"country","name":"X","aliases":["\u00ad\u200b"]}"#);
    assert_eq!(
        problem,
        Problem::AliasNormalizesToNothing("\u{ad}\u{200b}".into())
    );
    assert!(message.contains("normalizes to nothing"), "{message}");
}

#[test]
fn alias_with_a_blank_line() {
    let (_, problem, _) = build_error(r#"{"id":"Q1","kind":"country","name":"X","aliases":["a\n\nb"]}"#);
    assert_eq!(problem, Problem::AliasCrossesBlankLine("a\n\nb".into()));
}

#[test]
fn unknown_case() {
    let (_, problem, message) =
        build_error(r#"{"id":"Q1","kind":"country","name":"X","aliases":[{"text":"Y","case":"upper"}]}"#);
    assert_eq!(problem, Problem::UnknownCase("upper".into()));
    assert!(message.contains("\"upper\""), "{message}");
}

#[test]
fn invalid_kind() {
    let (_, problem, _) = build_error(r#"{"id":"Q1","kind":"Country","name":"X"}"#);
    assert_eq!(problem, Problem::InvalidKind("Country".into()));
    let (_, problem, _) = build_error(r#"{"id":"Q1","kind":"","name":"X"}"#);
    assert_eq!(problem, Problem::InvalidKind(String::new()));
}

#[test]
fn wrong_types_and_unknown_fields() {
    for (line, field) in [
        (r#"{"id":1,"kind":"country","name":"X"}"#, "id"),
        (
            r#"{"id":"Q1","kind":"country","name":"X","aliases":"Y"}"#,
            "aliases",
        ),
        (
            r#"{"id":"Q1","kind":"country","name":"X","aliases":[3]}"#,
            "aliases[0]",
        ),
        (
            r#"{"id":"Q1","kind":"country","name":"X","aliases":[{"text":"Y","short":"yes"}]}"#,
            "aliases[0].short",
        ),
        (
            r#"{"id":"Q1","kind":"country","name":"X","aliases":[{"text":"Y","standalone":1}]}"#,
            "aliases[0].standalone",
        ),
        (
            r#"{"id":"Q1","kind":"country","name":"X","standalone":"yes"}"#,
            "standalone",
        ),
        (r#"{"id":"Q1","kind":"country","name":"X","hidden":0}"#, "hidden"),
        (
            r#"{"id":"Q1","kind":"country","name":"X","aliases":[{"text":"Y","lang":5}]}"#,
            "aliases[0].lang",
        ),
        (
            r#"{"id":"Q1","kind":"country","name":"X","aliases":[{"text":"Y","cas":"exact"}]}"#,
            "aliases[0].cas",
        ),
        (
            r#"{"id":"Q1","kind":"country","name":"X","meta":{"pop":3}}"#,
            "meta.pop",
        ),
        (r#"{"id":"Q1","kind":"country","name":"X","meta":[]}"#, "meta"),
        (
            r#"{"id":"Q1","kind":"country","name":"X","alias":["Y"]}"#,
            "alias",
        ),
        (r#"{"id":" ","kind":"country","name":"X"}"#, "id"),
    ] {
        let (_, problem, _) = build_error(line);
        match problem {
            Problem::InvalidField { field: got, .. } => assert_eq!(got, field, "{line}"),
            other => panic!("{line}: expected an invalid field, got {other:?}"),
        }
    }
}

#[test]
fn unreadable_file() {
    let err = ExtractorBuilder::new()
        .gazetteer_file("/nonexistent/gazetteer.jsonl")
        .build()
        .expect_err("no such file");
    assert!(matches!(err, Error::Io { ref origin, .. } if origin == "/nonexistent/gazetteer.jsonl"));
    // The cause is the source, not repeated in the message.
    assert_eq!(err.to_string(), "/nonexistent/gazetteer.jsonl: cannot read");
    let source = std::error::Error::source(&err).expect("the I/O error is kept");
    let io = source.downcast_ref::<std::io::Error>().expect("an io::Error");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
}

#[test]
fn kinds_given_in_code_are_checked_like_the_reader() {
    let err = gazner::Kind::custom("New York").expect_err("not a lowercase word");
    assert!(matches!(err, Error::Invalid(Problem::InvalidKind(ref k)) if k == "New York"));
    assert_eq!(gazner::Kind::custom("person").unwrap(), gazner::Kind::Person);
    let err = ExtractorBuilder::new()
        .entity(gazner::Entity::new(
            "Q1",
            gazner::Kind::Custom("City".into()),
            "X",
        ))
        .build()
        .expect_err("an unchecked custom kind");
    assert_eq!(
        err.to_string(),
        "<code>:1: invalid kind \"City\" (expected a lowercase word such as \"person\")"
    );
    // A custom kind spelled like a built-in one is that one.
    let extractor = ExtractorBuilder::new()
        .entity(gazner::Entity::new(
            "Q1",
            gazner::Kind::Custom("country".into()),
            "X",
        ))
        .build()
        .unwrap();
    assert_eq!(extractor.entities()[0].kind(), &gazner::Kind::Country);
}

#[test]
fn edits_of_an_unknown_id() {
    let err = ExtractorBuilder::new()
        .gazetteer_str("ok.jsonl", OK)
        .add_aliases("Q2", [gazner::Alias::new("Y")])
        .build()
        .expect_err("no entity Q2");
    assert_eq!(
        err.to_string(),
        "<code>:2: no entity with id \"Q2\" was added before this edit"
    );
    // An edit sees only what was added before it.
    let err = ExtractorBuilder::new()
        .replace_entity(gazner::Entity::new("Q1", gazner::Kind::Country, "Y"))
        .gazetteer_str("ok.jsonl", OK)
        .build()
        .expect_err("Q1 comes later");
    assert!(matches!(err, Error::Gazetteer { problem: Problem::UnknownId(ref id), .. } if id == "Q1"));
}

#[test]
fn gazetteer_file_that_is_not_utf8() {
    let path = std::env::temp_dir().join(format!("gazner-bad-utf8-{}.jsonl", std::process::id()));
    std::fs::write(
        &path,
        b"{\"id\":\"Q1\",\"kind\":\"country\",\"name\":\"R\xFFr\"}\n",
    )
    .unwrap();
    let err = ExtractorBuilder::new()
        .gazetteer_file(&path)
        .build()
        .expect_err("invalid UTF-8");
    std::fs::remove_file(&path).ok();
    match err {
        Error::InvalidUtf8 { origin, offset, .. } => {
            assert_eq!(origin, path.display().to_string());
            assert_eq!(offset, 37);
        }
        other => panic!("expected invalid UTF-8, got {other:?}"),
    }
}

#[test]
fn valid_line_after_blank_lines_and_bom_builds() {
    let extractor = ExtractorBuilder::new()
        .gazetteer_str("ok.jsonl", format!("\u{FEFF}{OK}\n\n  \n"))
        .build()
        .expect("builds");
    assert_eq!(extractor.entities().len(), 1);
}

#[test]
fn bad_languages_name_the_line_the_field_and_the_value() {
    for (alias, field, value) in [
        (r#"{"text":"X","lang":"EN"}"#, "aliases[0].lang", "\"EN\""),
        (r#"{"text":"X","lang":"de-AT"}"#, "aliases[0].lang", "\"de-AT\""),
        (r#"{"text":"X","lang":["de","x"]}"#, "aliases[0].lang", "\"x\""),
        (r#"{"text":"X","lang":[]}"#, "aliases[0].lang", "an empty list"),
        (r#"{"text":"X","lang":["de",3]}"#, "aliases[0].lang[1]", "3"),
        (r#"{"text":"X","lang":7}"#, "aliases[0].lang", "7"),
        (
            r#"{"text":"X","lang_only":true}"#,
            "aliases[0].lang_only",
            "without a `lang`",
        ),
        (
            r#"{"text":"X","lang":"de","lang_only":"yes"}"#,
            "aliases[0].lang_only",
            "\"yes\"",
        ),
    ] {
        let line = format!(r#"{{"id":"Q1","kind":"country","name":"Y","aliases":[{alias}]}}"#);
        let (at, problem, message) = build_error(&format!("{OK}\n{line}").replace(
            "Q1\",\"kind\":\"country\",\"name\":\"Y",
            "Q2\",\"kind\":\"country\",\"name\":\"Y",
        ));
        assert_eq!(at, 2, "{alias}");
        assert!(
            matches!(&problem, Problem::InvalidField { field: f, .. } if f == field),
            "{alias}: {problem:?}"
        );
        assert!(message.contains(value), "{alias}: {message}");
    }
}

#[test]
fn languages_given_in_code_are_checked_like_the_reader() {
    let err = ExtractorBuilder::new()
        .entity(
            gazner::Entity::new("Q1", gazner::Kind::Country, "X")
                .with_alias(gazner::Alias::new("Y").with_lang("Deutsch")),
        )
        .build()
        .expect_err("the code is rejected");
    assert_eq!(
        err.to_string(),
        "<code>:1: field `aliases[1].lang`: \"Deutsch\" is not a language code (expected 2 or 3 lowercase letters, ISO 639: \"de\", \"fa\")"
    );
    let err = gazner::Language::given("EN").expect_err("not lowercase");
    assert!(
        matches!(&err, Error::Invalid(Problem::InvalidLanguage(code)) if code == "EN"),
        "{err:?}"
    );
}
