//! The data model: entities, their kinds and aliases.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Serialize, Serializer};

/// What an entity is. The built-in kinds are people, countries and
/// institutions; any other lowercase word is a custom kind.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// A person.
    Person,
    /// A country or territory.
    Country,
    /// An institution: international body, government, agency, company...
    Institution,
    /// A user-defined kind, such as `city` or `demonym`.
    Custom(String),
}

impl Kind {
    /// Parses a kind: a lowercase word of ASCII letters, digits, `_` or `-`,
    /// starting with a letter. Returns `None` for anything else.
    pub fn parse(s: &str) -> Option<Kind> {
        let mut chars = s.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
        let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !(first_ok && rest_ok) {
            return None;
        }
        Some(match s {
            "person" => Kind::Person,
            "country" => Kind::Country,
            "institution" => Kind::Institution,
            _ => Kind::Custom(s.to_string()),
        })
    }

    /// The kind as written in gazetteers.
    pub fn as_str(&self) -> &str {
        match self {
            Kind::Person => "person",
            Kind::Country => "country",
            Kind::Institution => "institution",
            Kind::Custom(s) => s,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// How the case of the text must agree with the case of an alias.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum CaseRule {
    /// Letters must have the same case as in the alias: "UE" never matches "ue".
    Exact,
    /// Case-insensitive, but every word that starts with a capital in the
    /// alias must start with a capital in the text: "Turkey" matches "TURKEY",
    /// never "turkey".
    Proper,
    /// Any case.
    Insensitive,
}

impl CaseRule {
    /// The default rule for an alias, from its shape: all capitals and at most
    /// three letters is [`Exact`](CaseRule::Exact); any capital letter,
    /// [`Proper`](CaseRule::Proper); otherwise [`Insensitive`](CaseRule::Insensitive).
    pub fn from_shape(alias: &str) -> CaseRule {
        let mut letters = 0usize;
        let mut upper = 0usize;
        for c in alias.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
        if upper > 0 && upper == letters && letters <= 3 {
            CaseRule::Exact
        } else if upper > 0 {
            CaseRule::Proper
        } else {
            CaseRule::Insensitive
        }
    }

    /// Parses `exact`, `proper` or `insensitive`.
    pub fn parse(s: &str) -> Option<CaseRule> {
        match s {
            "exact" => Some(CaseRule::Exact),
            "proper" => Some(CaseRule::Proper),
            "insensitive" => Some(CaseRule::Insensitive),
            _ => None,
        }
    }
}

/// One way of writing an entity's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Alias {
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    case: CaseRule,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    short: bool,
}

impl Alias {
    /// An alias with the case rule of its shape ([`CaseRule::from_shape`]),
    /// no language, and not short.
    pub fn new(text: impl Into<String>) -> Alias {
        let text = text.into();
        let case = CaseRule::from_shape(&text);
        Alias {
            text,
            lang: None,
            case,
            short: false,
        }
    }

    /// Sets the language tag (informative only).
    pub fn with_lang(mut self, lang: impl Into<String>) -> Alias {
        self.lang = Some(lang.into());
        self
    }

    /// Sets the case rule.
    pub fn with_case(mut self, case: CaseRule) -> Alias {
        self.case = case;
        self
    }

    /// Marks the alias as a short form, which counts only after a full alias
    /// of the same entity was found earlier in the same text.
    pub fn with_short(mut self, short: bool) -> Alias {
        self.short = short;
        self
    }

    /// The alias as written in the gazetteer.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its language tag, if any.
    pub fn lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }

    /// Its case rule.
    pub fn case(&self) -> CaseRule {
        self.case
    }

    /// Whether it is a short form.
    pub fn is_short(&self) -> bool {
        self.short
    }
}

/// A person, country, institution or entity of a custom kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    id: String,
    kind: Kind,
    name: String,
    #[serde(skip)]
    aliases: Vec<Alias>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    meta: BTreeMap<String, String>,
}

impl Entity {
    /// An entity whose canonical `name` is also its first alias.
    pub fn new(id: impl Into<String>, kind: Kind, name: impl Into<String>) -> Entity {
        let name = name.into();
        Entity {
            id: id.into(),
            kind,
            aliases: vec![Alias::new(name.clone())],
            name,
            meta: BTreeMap::new(),
        }
    }

    /// Adds an alias.
    pub fn with_alias(mut self, alias: Alias) -> Entity {
        self.aliases.push(alias);
        self
    }

    /// Adds a metadata entry, carried to the results.
    pub fn with_meta(mut self, key: impl Into<String>, value: impl Into<String>) -> Entity {
        self.meta.insert(key.into(), value.into());
        self
    }

    /// Its stable id (a Wikidata QID where known).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its kind.
    pub fn kind(&self) -> &Kind {
        &self.kind
    }

    /// Its canonical name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// All its aliases, the canonical name first.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// Its metadata.
    pub fn meta(&self) -> &BTreeMap<String, String> {
        &self.meta
    }
}
