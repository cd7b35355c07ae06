//! The data model: entities, their kinds and aliases.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Problem};

/// What an entity is. The built-in kinds are people, countries and
/// institutions; any other lowercase word is a custom kind.
///
/// Serializes as its name (`"person"`, `"city"`).
///
/// ```
/// use gazner::Kind;
///
/// assert_eq!(Kind::custom("city")?.as_str(), "city");
/// assert_eq!(Kind::custom("person")?, Kind::Person);
/// assert!(Kind::custom("New York").is_err());
/// # Ok::<(), gazner::Error>(())
/// ```
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

    /// A kind from its name, checked as the gazetteer reader checks `kind`
    /// (see [`parse`](Kind::parse)): `"city"` is a custom kind, `"person"` is
    /// [`Kind::Person`]. Build custom kinds with this rather than
    /// `Kind::Custom(...)`, which the builder checks only at build time.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] with [`Problem::InvalidKind`] when `name` is not a
    /// lowercase word.
    pub fn custom(name: &str) -> Result<Kind, Error> {
        Kind::parse(name).ok_or_else(|| Error::Invalid(Problem::InvalidKind(name.to_string())))
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

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        let name = String::deserialize(d)?;
        Kind::parse(&name).ok_or_else(|| serde::de::Error::custom(Problem::InvalidKind(name)))
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
        // Without a capital the rule is insensitive whatever the letters:
        // aliases in scripts without case (Arabic, Han, Hangul...) then
        // need no lookup of the alphabetic property, which was 3% of the
        // defaults' build (callgrind).
        let capital = |c: char| {
            if c.is_ascii() {
                c.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            }
        };
        if !alias.chars().any(capital) {
            return CaseRule::Insensitive;
        }
        let (mut letters, mut upper, mut lower) = (0usize, 0usize, false);
        for c in alias.chars() {
            let (alphabetic, uppercase) = if c.is_ascii() {
                (c.is_ascii_alphabetic(), c.is_ascii_uppercase())
            } else {
                (c.is_alphabetic(), c.is_uppercase())
            };
            if !alphabetic {
                continue;
            }
            letters += 1;
            if uppercase {
                upper += 1;
            } else {
                lower = true;
            }
            // A capital, and a lowercase letter or a fourth letter: proper,
            // whatever follows (most aliases are decided by their first two).
            if upper > 0 && (lower || letters > 3) {
                return CaseRule::Proper;
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

/// One way of writing an entity's name, with how it may match: its case
/// rule, whether it is a short form, whether it is standalone.
///
/// ```
/// use gazner::{Alias, CaseRule, Entity, ExtractorBuilder, Kind};
///
/// let un = Entity::new("Q1065", Kind::Institution, "United Nations")
///     .with_alias(Alias::new("UN"))
///     .with_alias(Alias::new("Nations unies").with_lang("fr"));
/// assert_eq!(un.aliases()[1].case(), CaseRule::Exact); // all capitals, 2 letters
/// let extractor = ExtractorBuilder::new().entity(un).build()?;
/// let text = "Un rapport de l'UN, puis des Nations Unies.";
/// let found: Vec<&str> = extractor.extract(text).iter().map(|m| m.text(text)).collect();
/// assert_eq!(found, ["UN", "Nations Unies"]);
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The text, then its languages if any (comma-separated codes, after a
    /// `!` when they restrict it to text known to be in one of them): one
    /// allocation, no spare capacity, 24 bytes in all with the fields below,
    /// which counts with a million aliases.
    data: Box<str>,
    text_len: u32,
    has_lang: bool,
    short: bool,
    standalone: bool,
    case: CaseRule,
}

impl Serialize for Alias {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Alias", 6)?;
        out.serialize_field("text", self.text())?;
        let langs: Vec<&str> = self.langs().collect();
        match langs.as_slice() {
            [] => out.skip_field("lang")?,
            [one] => out.serialize_field("lang", one)?,
            many => out.serialize_field("lang", many)?,
        }
        if self.is_lang_only() {
            out.serialize_field("lang_only", &true)?;
        } else {
            out.skip_field("lang_only")?;
        }
        out.serialize_field("case", &self.case)?;
        if self.short {
            out.serialize_field("short", &true)?;
        } else {
            out.skip_field("short")?;
        }
        if self.standalone {
            out.serialize_field("standalone", &true)?;
        } else {
            out.skip_field("standalone")?;
        }
        out.end()
    }
}

impl Alias {
    /// An alias with the case rule of its shape ([`CaseRule::from_shape`]),
    /// no language, not short and not standalone.
    ///
    /// # Panics
    ///
    /// If the text is longer than 4 GiB.
    pub fn new(text: impl Into<String>) -> Alias {
        let data = text.into().into_boxed_str();
        let case = CaseRule::from_shape(&data);
        Alias {
            text_len: u32::try_from(data.len()).expect("an alias shorter than 4 GiB"),
            data,
            has_lang: false,
            short: false,
            standalone: false,
            case,
        }
    }

    /// Adds a language the alias is written in (an ISO 639 code such as
    /// `"de"`; the builder rejects anything but 2 or 3 lowercase ASCII
    /// letters). A tagged alias counts only where the text is in one of its
    /// languages, or where the language of the text is not known (see the
    /// README's matching rules, "Language of the text").
    pub fn with_lang(mut self, lang: impl AsRef<str>) -> Alias {
        let lang = lang.as_ref();
        let mut data = String::with_capacity(self.data.len() + lang.len() + 1);
        data.push_str(&self.data);
        if self.has_lang {
            data.push(',');
        }
        data.push_str(lang);
        self.data = data.into_boxed_str();
        self.has_lang = true;
        self
    }

    /// Makes the alias count only where the text is *known* to be in one of
    /// its languages (given by the caller or detected), not where the
    /// language is unknown: for spellings that are another word in another
    /// language (German "Island", Iceland, is English "island"). Without
    /// languages, it never counts; the gazetteer reader rejects that.
    pub fn with_lang_only(mut self, only: bool) -> Alias {
        if only != self.is_lang_only() {
            let (text, rest) = self.data.split_at(self.text_len as usize);
            let rest = rest.strip_prefix('!').unwrap_or(rest);
            self.data = if only {
                format!("{text}!{rest}")
            } else {
                format!("{text}{rest}")
            }
            .into_boxed_str();
            self.has_lang = true;
        }
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

    /// Marks the alias as standalone: it does not count where a capitalized
    /// word glued to it by a single space makes it part of a longer name
    /// ("Jordan" in "Michael Jordan", "France" in "France Télévisions"). See
    /// the README's matching rules for the details.
    pub fn with_standalone(mut self, standalone: bool) -> Alias {
        self.standalone = standalone;
        self
    }

    /// The alias as written in the gazetteer.
    pub fn text(&self) -> &str {
        // Invariant: `text_len` is the length of the text, a char boundary.
        &self.data[..self.text_len as usize]
    }

    /// Its languages, in the order given (none for an untagged alias).
    pub fn langs(&self) -> impl Iterator<Item = &str> {
        self.lang_list().split(',').filter(|l| !l.is_empty())
    }

    /// Its languages as stored: comma-separated codes.
    pub(crate) fn lang_list(&self) -> &str {
        if !self.has_lang {
            return "";
        }
        let rest = &self.data[self.text_len as usize..];
        rest.strip_prefix('!').unwrap_or(rest)
    }

    /// Whether it counts only where the text is known to be in one of its
    /// languages (see [`with_lang_only`](Alias::with_lang_only)).
    pub fn is_lang_only(&self) -> bool {
        self.has_lang && self.data[self.text_len as usize..].starts_with('!')
    }

    /// Its case rule.
    pub fn case(&self) -> CaseRule {
        self.case
    }

    /// Whether it is a short form.
    pub fn is_short(&self) -> bool {
        self.short
    }

    /// Whether it is standalone (see [`with_standalone`](Alias::with_standalone)).
    pub fn is_standalone(&self) -> bool {
        self.standalone
    }
}

/// A person, country, institution or entity of a custom kind.
///
/// Serializes as its id, kind, canonical name and metadata (not its aliases).
///
/// ```
/// use gazner::{Alias, Entity, ExtractorBuilder, Kind};
///
/// let kallas = Entity::new("Q3196055", Kind::Person, "Kaja Kallas")
///     .with_alias(Alias::new("Kallas").with_short(true))
///     .with_meta("role", "EU High Representative");
/// let extractor = ExtractorBuilder::new().entity(kallas).build()?;
/// let text = "Kallas ? Kaja Kallas a parlé, puis Kallas a conclu.";
/// let found: Vec<&str> = extractor.extract(text).iter().map(|m| m.text(text)).collect();
/// assert_eq!(found, ["Kaja Kallas", "Kallas"]); // a short form counts after the full name
/// let meta = extractor.entity("Q3196055").map(|e| e.meta()["role"].as_str());
/// assert_eq!(meta, Some("EU High Representative"));
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    id: Box<str>,
    /// Shared by all the entities of one kind once an extractor holds them
    /// ([`intern_kind`](Entity::intern_kind)): 8 bytes an entity and no
    /// string of its own, where a `Kind` is 24 and a custom one a string.
    kind: Arc<Kind>,
    /// The canonical name is `aliases[0]`: stored once.
    aliases: Vec<Alias>,
    /// `None` when empty, as most are: 8 bytes where a map is 24 (the box
    /// is the point: a million entities without metadata save 16 MB).
    #[allow(clippy::box_collection)]
    meta: Option<Box<BTreeMap<String, String>>>,
    hidden: bool,
}

/// `kind` behind an `Arc`, shared with the last entity this thread made
/// when it is the same kind: a gazetteer's entities come in runs of one
/// kind, so a million of them cost no allocation and no free each (an
/// `Arc` each, then freed by [`Entity::intern_kind`], made the build of 100k
/// one-name entities 3.7% slower in instructions). One kind a thread stays
/// alive.
fn shared_kind(kind: Kind) -> Arc<Kind> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<Arc<Kind>>> = const { std::cell::RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some(shared) if **shared == kind => Arc::clone(shared),
            _ => {
                let shared = Arc::new(kind);
                *last = Some(Arc::clone(&shared));
                shared
            }
        }
    })
}

/// What [`Entity::meta`] returns for an entity without metadata.
static NO_META: BTreeMap<String, String> = BTreeMap::new();

impl Serialize for Entity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Entity", 4)?;
        out.serialize_field("id", self.id())?;
        out.serialize_field("kind", self.kind())?;
        out.serialize_field("name", self.name())?;
        if self.meta().is_empty() {
            out.skip_field("meta")?;
        } else {
            out.serialize_field("meta", self.meta())?;
        }
        out.end()
    }
}

impl Entity {
    /// An entity whose canonical `name` is also its first alias.
    ///
    /// # Panics
    ///
    /// If the name is longer than 4 GiB.
    pub fn new(id: impl Into<String>, kind: Kind, name: impl Into<String>) -> Entity {
        Entity {
            id: id.into().into_boxed_str(),
            kind: shared_kind(kind),
            aliases: vec![Alias::new(name)],
            meta: None,
            hidden: false,
        }
    }

    /// Adds an alias.
    pub fn with_alias(mut self, alias: Alias) -> Entity {
        self.aliases.push(alias);
        self
    }

    /// Makes every alias added so far, the name included, standalone (or
    /// not): see [`Alias::with_standalone`].
    pub fn with_standalone(mut self, standalone: bool) -> Entity {
        for alias in &mut self.aliases {
            alias.standalone = standalone;
        }
        self
    }

    /// Makes the entity hidden (or not): its names are matched and compete
    /// in overlaps like any other, so that a longer hidden name ("golfe de
    /// Guinée") hides the names inside it ("Guinée"), but it is never
    /// reported itself.
    pub fn with_hidden(mut self, hidden: bool) -> Entity {
        self.hidden = hidden;
        self
    }

    /// Adds a metadata entry, carried to the results. The key `country`
    /// holds the id of the entity's country, which decides between entities
    /// that share a name (see the README's matching rules, "Generic names").
    pub fn with_meta(mut self, key: impl Into<String>, value: impl Into<String>) -> Entity {
        self.meta.get_or_insert_default().insert(key.into(), value.into());
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
        // Invariant: `new` puts the name first and nothing removes aliases.
        self.aliases[0].text()
    }

    /// All its aliases, the canonical name first.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// Its metadata.
    pub fn meta(&self) -> &BTreeMap<String, String> {
        self.meta.as_deref().unwrap_or(&NO_META)
    }

    /// Whether it is hidden (see [`with_hidden`](Entity::with_hidden)).
    pub fn is_hidden(&self) -> bool {
        self.hidden
    }

    /// Whether this is the entity of every person the unlisted-person rule
    /// finds (id [`UNLISTED_PERSON_ID`](crate::UNLISTED_PERSON_ID), kind
    /// `person`), which no gazetteer lists.
    pub fn is_unlisted(&self) -> bool {
        &*self.id == crate::rules::unlisted::UNLISTED_PERSON_ID
    }

    /// Appends an alias in place (the builder's edits of earlier entities).
    pub(crate) fn push_alias(&mut self, alias: Alias) {
        self.aliases.push(alias);
    }

    /// The same entity with another kind.
    pub(crate) fn with_kind(mut self, kind: Kind) -> Entity {
        self.kind = shared_kind(kind);
        self
    }

    /// Shares its kind with the entities before it that have the same one:
    /// `kinds` holds one of each kind seen so far (a handful).
    pub(crate) fn intern_kind(&mut self, kinds: &mut Vec<Arc<Kind>>) {
        match kinds.iter().find(|k| **k == self.kind) {
            Some(shared) => self.kind = Arc::clone(shared),
            None => kinds.push(Arc::clone(&self.kind)),
        }
    }

    /// Its aliases, to change their case rules in place (the extractor-wide
    /// case option).
    pub(crate) fn aliases_mut(&mut self) -> &mut Vec<Alias> {
        &mut self.aliases
    }

    /// Drops the spare capacity of the alias list, once the entity is complete.
    pub(crate) fn shrink(&mut self) {
        self.aliases.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule as the README states it, letter by letter.
    fn naive_shape(alias: &str) -> CaseRule {
        let letters: Vec<char> = alias.chars().filter(|c| c.is_alphabetic()).collect();
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        if upper > 0 && upper == letters.len() && letters.len() <= 3 {
            CaseRule::Exact
        } else if upper > 0 {
            CaseRule::Proper
        } else {
            CaseRule::Insensitive
        }
    }

    #[test]
    fn entities_of_one_kind_share_it_and_empty_meta_costs_nothing() {
        let mut kinds = Vec::new();
        let mut a = Entity::new("a", Kind::custom("city").unwrap(), "A");
        let mut b = Entity::new("b", Kind::custom("city").unwrap(), "B");
        let mut c = Entity::new("c", Kind::Person, "C").with_meta("k", "v");
        for e in [&mut a, &mut b, &mut c] {
            e.intern_kind(&mut kinds);
        }
        assert_eq!(kinds.len(), 2);
        assert!(Arc::ptr_eq(&a.kind, &b.kind));
        assert_eq!((a.kind().as_str(), c.kind()), ("city", &Kind::Person));
        assert!(a.meta.is_none() && a.meta().is_empty());
        assert_eq!(c.meta()["k"], "v");
        assert!(
            std::mem::size_of::<Entity>() <= 64,
            "{}",
            std::mem::size_of::<Entity>()
        );
    }

    #[test]
    fn shape_decides_the_default_case_rule() {
        for alias in [
            "UE",
            "USA",
            "NATO",
            "Nato",
            "nato",
            "us",
            "U.S.",
            "EE. UU.",
            "США",
            "Ukraine",
            "uK",
            "9/11",
            "",
            "ß",
            "ǅ",
            "İz",
            "ЕС",
            "中国",
            "Ὀδυσσεύς",
            "ΕΕ",
            "aBCD",
            "AbC",
            "ABc",
            "x-Y",
            "الأردن",
            "대한민국",
            "中国X",
            "Ⓐ",
            "ⅫA",
            "日本 ABC",
        ] {
            assert_eq!(CaseRule::from_shape(alias), naive_shape(alias), "{alias:?}");
        }
        assert_eq!(CaseRule::from_shape("UE"), CaseRule::Exact);
        assert_eq!(CaseRule::from_shape("NATO"), CaseRule::Proper);
        assert_eq!(CaseRule::from_shape("union"), CaseRule::Insensitive);
    }
}
