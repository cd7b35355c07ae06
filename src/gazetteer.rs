//! Reading gazetteers: JSON Lines, one entity per line.
//!
//! ```text
//! {"id":"Q227","kind":"country","name":"Azerbaijan","aliases":["Azerbaïdjan",{"text":"AZE","case":"exact"}],"meta":{"iso_3166_1":"AZ"}}
//! ```

use serde_json::{Map, Value};

use crate::entity::{Alias, CaseRule, Entity, Kind};
use crate::error::{Error, Problem};

/// An entity read from a gazetteer, with where it came from.
pub(crate) struct Located {
    pub(crate) entity: Entity,
    pub(crate) origin: std::sync::Arc<str>,
    pub(crate) line: usize,
}

/// Parses a whole gazetteer; `origin` names it in errors.
pub(crate) fn parse(origin: &str, contents: &str) -> Result<Vec<Located>, Error> {
    let shared: std::sync::Arc<str> = origin.into();
    let mut out = Vec::new();
    let contents = contents.strip_prefix('\u{FEFF}').unwrap_or(contents);
    for (i, line) in contents.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let entity = parse_line(line).map_err(|problem| Error::Gazetteer {
            origin: origin.to_string(),
            line: i + 1,
            problem,
        })?;
        out.push(Located {
            entity,
            origin: shared.clone(),
            line: i + 1,
        });
    }
    Ok(out)
}

/// Parses one line into an entity.
pub(crate) fn parse_line(line: &str) -> Result<Entity, Problem> {
    let value: Value = serde_json::from_str(line).map_err(|e| malformed(&e))?;
    let Value::Object(mut obj) = value else {
        return Err(Problem::NotAnObject(short(line)));
    };
    let id = take_string(&mut obj, "id")?;
    let kind_text = take_string(&mut obj, "kind")?;
    let name = take_string(&mut obj, "name")?;
    let kind = Kind::parse(&kind_text).ok_or(Problem::InvalidKind(kind_text))?;
    if id.trim().is_empty() {
        return Err(invalid("id", "must not be empty".into()));
    }
    if name.trim().is_empty() {
        return Err(Problem::EmptyAlias("name".into()));
    }
    if name.len() > u32::MAX as usize {
        return Err(invalid("name", format!("{} bytes is over 4 GiB", name.len())));
    }
    let standalone = take_optional_bool(&mut obj, "standalone", "")?.unwrap_or(false);
    let hidden = take_optional_bool(&mut obj, "hidden", "")?.unwrap_or(false);
    let mut entity = Entity::new(id, kind, name)
        .with_standalone(standalone)
        .with_hidden(hidden);
    match obj.remove("aliases") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                entity = entity.with_alias(parse_alias(item, i, standalone)?);
            }
        }
        Some(other) => return Err(invalid("aliases", format!("expected an array, found {other}"))),
    }
    match obj.remove("meta") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (key, value) in map {
                let Value::String(value) = value else {
                    return Err(invalid(
                        &format!("meta.{key}"),
                        format!("expected a string, found {value}"),
                    ));
                };
                entity = entity.with_meta(key, value);
            }
        }
        Some(other) => return Err(invalid("meta", format!("expected an object, found {other}"))),
    }
    if let Some(field) = obj.keys().next() {
        return Err(invalid(field, "unknown field".into()));
    }
    Ok(entity)
}

/// Parses one alias; `standalone_default` is the entity's `standalone`.
///
/// Field names for errors are formatted only on error: formatting them for
/// every alias was 82M of the 1,053M instructions of the build of the
/// defaults (callgrind, 140,058 `format!` calls).
fn parse_alias(item: Value, index: usize, standalone_default: bool) -> Result<Alias, Problem> {
    let field_name = || format!("aliases[{index}]");
    let too_long = |text: &str| {
        (text.len() > u32::MAX as usize)
            .then(|| invalid(&field_name(), format!("{} bytes is over 4 GiB", text.len())))
    };
    let mut obj = match item {
        Value::String(text) => {
            return if text.trim().is_empty() {
                Err(Problem::EmptyAlias(field_name()))
            } else if let Some(problem) = too_long(&text) {
                Err(problem)
            } else {
                Ok(Alias::new(text).with_standalone(standalone_default))
            };
        }
        Value::Object(obj) => obj,
        other => {
            return Err(invalid(
                &field_name(),
                format!("expected a string or an object, found {other}"),
            ));
        }
    };
    let text = match obj.remove("text") {
        Some(Value::String(text)) => text,
        Some(other) => {
            return Err(invalid(
                &format!("{}.text", field_name()),
                format!("expected a string, found {other}"),
            ));
        }
        None => return Err(Problem::MissingField("text")),
    };
    let field = field_name();
    if text.trim().is_empty() {
        return Err(Problem::EmptyAlias(field));
    }
    if let Some(problem) = too_long(&text) {
        return Err(problem);
    }
    let mut alias = Alias::new(text);
    for lang in take_langs(&mut obj, &field)? {
        alias = alias.with_lang(lang);
    }
    if take_optional_bool(&mut obj, "lang_only", &field)? == Some(true) {
        if !alias.langs().any(|_| true) {
            return Err(invalid(
                &format!("{field}.lang_only"),
                "true without a `lang` to restrict the alias to".into(),
            ));
        }
        alias = alias.with_lang_only(true);
    }
    if let Some(case) = take_optional_string(&mut obj, "case", &field)? {
        alias = alias.with_case(CaseRule::parse(&case).ok_or(Problem::UnknownCase(case))?);
    }
    if let Some(short) = take_optional_bool(&mut obj, "short", &field)? {
        alias = alias.with_short(short);
    }
    let standalone = take_optional_bool(&mut obj, "standalone", &field)?;
    alias = alias.with_standalone(standalone.unwrap_or(standalone_default));
    if let Some(key) = obj.keys().next() {
        return Err(invalid(&format!("{field}.{key}"), "unknown field".into()));
    }
    Ok(alias)
}

/// The `lang` field: one language code or a non-empty list of them, each
/// checked ([`crate::rules::language::check_code`]).
fn take_langs(obj: &mut Map<String, Value>, field: &str) -> Result<Vec<String>, Problem> {
    let codes = match obj.remove("lang") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::String(code)) => vec![code],
        Some(Value::Array(items)) if items.is_empty() => {
            return Err(invalid(
                &format!("{field}.lang"),
                "an empty list (leave `lang` out for an untagged alias)".into(),
            ));
        }
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| match item {
                Value::String(code) => Ok(code),
                other => Err(invalid(
                    &format!("{field}.lang[{i}]"),
                    format!("expected a string, found {other}"),
                )),
            })
            .collect::<Result<_, _>>()?,
        Some(other) => {
            return Err(invalid(
                &format!("{field}.lang"),
                format!("expected a language code or a list of them, found {other}"),
            ));
        }
    };
    for code in &codes {
        crate::rules::language::check_code(code)
            .map_err(|reason| invalid(&format!("{field}.lang"), reason))?;
    }
    Ok(codes)
}

/// A `true`/`false` field, if present (`null` counts as absent); the error
/// names it `key`, or `prefix.key` under a non-empty `prefix`.
fn take_optional_bool(
    obj: &mut Map<String, Value>,
    key: &str,
    prefix: &str,
) -> Result<Option<bool>, Problem> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(b)),
        Some(other) => {
            let field = if prefix.is_empty() {
                key.to_string()
            } else {
                format!("{prefix}.{key}")
            };
            Err(invalid(&field, format!("expected true or false, found {other}")))
        }
    }
}

fn take_string(obj: &mut Map<String, Value>, key: &'static str) -> Result<String, Problem> {
    match obj.remove(key) {
        Some(Value::String(s)) => Ok(s),
        None | Some(Value::Null) => Err(Problem::MissingField(key)),
        Some(other) => Err(invalid(key, format!("expected a string, found {other}"))),
    }
}

fn take_optional_string(
    obj: &mut Map<String, Value>,
    key: &str,
    field: &str,
) -> Result<Option<String>, Problem> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(invalid(
            &format!("{field}.{key}"),
            format!("expected a string, found {other}"),
        )),
    }
}

/// A JSON syntax error, its message without the position that the line
/// number and column already give.
fn malformed(e: &serde_json::Error) -> Problem {
    let message = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let message = message.strip_suffix(&position).unwrap_or(&message).to_string();
    Problem::MalformedJson {
        message,
        column: e.column(),
    }
}

fn invalid(field: &str, reason: String) -> Problem {
    Problem::InvalidField {
        field: field.to_string(),
        reason,
    }
}

/// The start of a line, for messages.
fn short(line: &str) -> String {
    let cut: String = line.chars().take(60).collect();
    if cut.len() < line.len() {
        format!("{cut}...")
    } else {
        cut
    }
}
