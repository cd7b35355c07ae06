//! Collecting gazetteers and options before compiling an extractor.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::automaton::{AutomatonKind, Tuning, WalkBudget};
#[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
use crate::defaults::{self, DefaultSet};
use crate::entity::{Alias, Entity, Kind};
use crate::error::{Error, Problem};
use crate::extractor::{Extractor, Overlaps};
use crate::gazetteer::{self, Located};
use crate::rules::arabic_names::{self, ArabicNames};
use crate::rules::cjk::Lexicon;
use crate::rules::language::Language;
use crate::rules::unlisted::Unlisted;

/// Where entities come from, and the edits made to them, kept in the order
/// they were added.
#[derive(Clone, Debug)]
enum Source {
    #[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
    Defaults(Vec<DefaultSet>),
    File(PathBuf),
    Text {
        origin: String,
        contents: String,
    },
    Entity(Box<Entity>),
    AddAliases {
        id: String,
        aliases: Vec<Alias>,
    },
    Replace(Box<Entity>),
    CjkWords(Vec<String>),
}

/// Builds an [`Extractor`] from gazetteers and entities.
///
/// Sources are read when [`build`](ExtractorBuilder::build) runs, in the order
/// they were added; ids must be unique across all of them. An entity added
/// earlier (a default one, say) can be given more aliases with
/// [`add_aliases`](ExtractorBuilder::add_aliases) or replaced with
/// [`replace_entity`](ExtractorBuilder::replace_entity) without a
/// duplicate-id error.
///
/// ```
/// use gazner::{Alias, Entity, ExtractorBuilder, Kind};
///
/// let city = Kind::custom("city")?;
/// let extractor = ExtractorBuilder::new()
///     .gazetteer_str("cities", r#"{"id":"Q9248","kind":"city","name":"Baku","aliases":["Bakou"]}"#)
///     .entities([Entity::new("Q90", city.clone(), "Paris"), Entity::new("Q456", city, "Lyon")])
///     .add_aliases("Q90", [Alias::new("Lutèce")])
///     .build()?;
/// let text = "De Bakou à Lutèce, puis Lyon.";
/// let found: Vec<_> = extractor.extract(text).iter().map(|m| m.entity().id()).collect();
/// assert_eq!(found, ["Q9248", "Q90", "Q456"]);
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    sources: Vec<Source>,
    overlaps: Overlaps,
    case_insensitive: bool,
    tuning: Tuning,
    language: Language,
    /// Leaves out the embedded CJK lexicon (`default_cjk_lexicon(false)`).
    without_default_cjk_lexicon: bool,
    /// The unlisted-person rule asked on or off; unset, it is on with the
    /// embedded people.
    unlisted_people: Option<bool>,
    /// Leaves out the embedded given names (`default_given_names(false)`).
    without_default_given_names: bool,
    /// Given names from the caller: (origin, line, name).
    given_names: Vec<(String, usize, String)>,
}

impl ExtractorBuilder {
    /// A builder with no gazetteers at all.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Adds every gazetteer embedded in this build (the sets of
    /// [`DefaultSet::ALL`]: countries, people, institutions, each with the
    /// hidden names that shield it; see the crate docs for what they hold).
    ///
    /// Only with one of the Cargo features `countries`, `people`,
    /// `institutions` (all on by default); without them the crate embeds no
    /// data and this method does not exist.
    #[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
    #[cfg_attr(
        docsrs,
        doc(cfg(any(feature = "countries", feature = "people", feature = "institutions")))
    )]
    pub fn defaults(self) -> ExtractorBuilder {
        self.default_sets(DefaultSet::ALL.iter().copied())
    }

    /// Adds some of the embedded gazetteers, with the hidden names that
    /// shield them (see [`DefaultSet`]).
    #[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
    #[cfg_attr(
        docsrs,
        doc(cfg(any(feature = "countries", feature = "people", feature = "institutions")))
    )]
    pub fn default_sets(mut self, sets: impl IntoIterator<Item = DefaultSet>) -> ExtractorBuilder {
        self.sources.push(Source::Defaults(sets.into_iter().collect()));
        self
    }

    /// Adds a gazetteer file (JSON Lines), read at build time.
    pub fn gazetteer_file(mut self, path: impl AsRef<Path>) -> ExtractorBuilder {
        self.sources.push(Source::File(path.as_ref().to_path_buf()));
        self
    }

    /// Adds a gazetteer given as a string; `origin` names it in errors.
    pub fn gazetteer_str(
        mut self,
        origin: impl Into<String>,
        contents: impl Into<String>,
    ) -> ExtractorBuilder {
        self.sources.push(Source::Text {
            origin: origin.into(),
            contents: contents.into(),
        });
        self
    }

    /// Adds one entity built in code.
    pub fn entity(mut self, entity: Entity) -> ExtractorBuilder {
        self.sources.push(Source::Entity(Box::new(entity)));
        self
    }

    /// Adds entities built in code, in order.
    pub fn entities(mut self, entities: impl IntoIterator<Item = Entity>) -> ExtractorBuilder {
        let entities = entities.into_iter().map(|e| Source::Entity(Box::new(e)));
        self.sources.extend(entities);
        self
    }

    /// Gives more aliases to the entity `id`, added by an earlier source (a
    /// default entity, say). [`build`](ExtractorBuilder::build) fails with
    /// [`Problem::UnknownId`] if no earlier source has that id.
    pub fn add_aliases(
        mut self,
        id: impl Into<String>,
        aliases: impl IntoIterator<Item = Alias>,
    ) -> ExtractorBuilder {
        self.sources.push(Source::AddAliases {
            id: id.into(),
            aliases: aliases.into_iter().collect(),
        });
        self
    }

    /// Replaces the entity of the same id, added by an earlier source, with
    /// `entity` (in the same place of the load order). To silence an entity,
    /// replace it with a copy marked [`hidden`](Entity::with_hidden).
    /// [`build`](ExtractorBuilder::build) fails with [`Problem::UnknownId`]
    /// if no earlier source has that id.
    pub fn replace_entity(mut self, entity: Entity) -> ExtractorBuilder {
        self.sources.push(Source::Replace(Box::new(entity)));
        self
    }

    /// Appends `other`'s sources after this builder's, and takes its options.
    pub fn merge(mut self, other: ExtractorBuilder) -> ExtractorBuilder {
        self.sources.extend(other.sources);
        self.overlaps = other.overlaps;
        self.case_insensitive = other.case_insensitive;
        self.language = other.language;
        self.without_default_cjk_lexicon = other.without_default_cjk_lexicon;
        self.unlisted_people = other.unlisted_people.or(self.unlisted_people);
        self.without_default_given_names = other.without_default_given_names;
        self.given_names.extend(other.given_names);
        self
    }

    /// Turns the unlisted-person rule on or off: a given name followed by
    /// surnames is a person even where no gazetteer lists them ("Colin
    /// Clarke"), and that surname alone later in the text is that person
    /// again (README, "Unlisted people"); in Chinese, Japanese and Korean,
    /// dotted foreign names and Korean names beside a title or in a credit
    /// (README, "Unlisted people in Chinese, Japanese and Korean"); in
    /// Arabic script, a given name then words that are not frequent words
    /// (README, "Unlisted people in Arabic script"). Such a
    /// mention's one candidate is
    /// the entity [`UNLISTED_PERSON_ID`](crate::UNLISTED_PERSON_ID), and
    /// [`Mention::is_listed`](crate::Mention::is_listed) is `false`.
    ///
    /// Default: on when the builder loads the embedded people
    /// (`ExtractorBuilder::defaults`), with the embedded given
    /// names (`gazetteers/given-names.txt`, feature `people`); off
    /// otherwise. Turn it off where only listed entities may come out (a
    /// sanctions screen). Its cost, counted by callgrind with the
    /// defaults, against the rule off: 22% to 40% more instructions a byte
    /// (Chinese and English news; README, "Performance").
    ///
    /// ```
    /// use gazner::{Entity, ExtractorBuilder, Kind};
    ///
    /// let extractor = ExtractorBuilder::new()
    ///     .entity(Entity::new("Q3196055", Kind::Person, "Kaja Kallas"))
    ///     .unlisted_people(true)
    ///     .default_given_names(false)
    ///     .given_names(["Colin"])
    ///     .build()?;
    /// let text = "Kaja Kallas met Colin Clarke. Clarke said no.";
    /// let found: Vec<(&str, bool)> = extractor.extract(text).iter().map(|m| (m.text(text), m.is_listed())).collect();
    /// assert_eq!(found, [("Kaja Kallas", true), ("Colin Clarke", false), ("Clarke", false)]);
    /// assert_eq!(extractor.extract(text)[2].unlisted_name(), Some("Colin Clarke"));
    /// # Ok::<(), gazner::Error>(())
    /// ```
    pub fn unlisted_people(mut self, yes: bool) -> ExtractorBuilder {
        self.unlisted_people = Some(yes);
        self
    }

    /// Adds given names for the unlisted-person rule, each written as in
    /// running text ("Colin", "Кейтлан"); with the `people` feature they
    /// come in addition to the embedded list unless
    /// [`default_given_names(false)`](ExtractorBuilder::default_given_names).
    /// They do not turn the rule on: see
    /// [`unlisted_people`](ExtractorBuilder::unlisted_people).
    ///
    /// [`build`](ExtractorBuilder::build) fails with [`Error::Gazetteer`]
    /// (origin `<code>`, the number of this call) for a name that is not one
    /// capitalized word of letters (hyphens and apostrophes between them).
    pub fn given_names(mut self, names: impl IntoIterator<Item = impl Into<String>>) -> ExtractorBuilder {
        let call = self.sources.len() + self.given_names.len() + 1;
        self.given_names
            .extend(names.into_iter().map(|n| ("<code>".to_string(), call, n.into())));
        self
    }

    /// Adds the given names of a list in the format of
    /// `gazetteers/given-names.txt`: UTF-8, one name a line, `#` for comment
    /// lines, blank lines ignored; `origin` names the list in errors, which
    /// give its line (see [`given_names`](ExtractorBuilder::given_names)).
    pub fn given_names_str(mut self, origin: impl Into<String>, contents: &str) -> ExtractorBuilder {
        let origin = origin.into();
        self.given_names
            .extend(given_name_lines(contents).map(|(line, name)| (origin.clone(), line, name.to_string())));
        self
    }

    /// Whether the unlisted-person rule reads the embedded given names
    /// (`gazetteers/given-names.txt`, feature `people`) besides the
    /// caller's. Default: `true`; without the feature there are none.
    pub fn default_given_names(mut self, yes: bool) -> ExtractorBuilder {
        self.without_default_given_names = !yes;
        self
    }

    /// Adds words to the CJK lexicon: longer Chinese or Japanese words that
    /// contain a name without meaning it (巴林左旗, a banner of Inner
    /// Mongolia, holds 巴林, Bahrain). A name written in Han or kana does not
    /// count where one of these words lies in the text over it; see the
    /// README's "Matching rules". Words are normalized like aliases; with
    /// the `cjk-lexicon` feature (on by default) they come in addition to
    /// the embedded lexicon, which holds the words of the jieba dictionary
    /// that contain a default Chinese name.
    ///
    /// ```
    /// use gazner::{Entity, ExtractorBuilder, Kind};
    ///
    /// let extractor = ExtractorBuilder::new()
    ///     .entities([Entity::new("Q1", Kind::custom("river")?, "长江")])
    ///     .cjk_lexicon(["长江大桥"])
    ///     .build()?;
    /// assert_eq!(extractor.extract("长江流经南京").len(), 1);
    /// assert!(extractor.extract("南京长江大桥").is_empty());
    /// # Ok::<(), gazner::Error>(())
    /// ```
    ///
    /// [`build`](ExtractorBuilder::build) fails with [`Error::Gazetteer`]
    /// (origin `<code>`, the number of this call) for a word that normalizes
    /// to nothing, holds a space, or is longer than 64 bytes once normalized.
    pub fn cjk_lexicon(mut self, words: impl IntoIterator<Item = impl Into<String>>) -> ExtractorBuilder {
        self.sources
            .push(Source::CjkWords(words.into_iter().map(Into::into).collect()));
        self
    }

    /// Whether to use the embedded CJK lexicon (`gazetteers/cjk-lexicon.txt`,
    /// 626 words; see [`cjk_lexicon`](ExtractorBuilder::cjk_lexicon)).
    /// Default: `true`, for every gazetteer, the user's own included. The
    /// lexicon is embedded with the Cargo feature `cjk-lexicon` (on by
    /// default, and brought by each data feature); without it there is none
    /// and this option changes nothing.
    pub fn default_cjk_lexicon(mut self, yes: bool) -> ExtractorBuilder {
        self.without_default_cjk_lexicon = !yes;
        self
    }

    /// Chooses which overlapping matches to report. Default:
    /// [`Overlaps::LeftmostLongest`].
    pub fn overlaps(mut self, overlaps: Overlaps) -> ExtractorBuilder {
        self.overlaps = overlaps;
        self
    }

    /// Forces the kind of automaton, whatever the gazetteers' size. (Hidden:
    /// for the tests, which run every rule on both kinds.)
    #[doc(hidden)]
    pub fn automaton_kind(mut self, kind: AutomatonKind) -> ExtractorBuilder {
        self.tuning.kind = Some(kind);
        self
    }

    /// Sets the walk budget; `WalkBudget { per_byte: 0, min: 0 }` always
    /// takes the unanchored fallback. (Hidden: for the tests.)
    #[doc(hidden)]
    pub fn walk_budget(mut self, budget: WalkBudget) -> ExtractorBuilder {
        self.tuning.walk_budget = budget;
        self
    }

    /// For text that has lost its case (lower-cased pipelines, speech
    /// transcripts): every alias matches in any case, whatever its case
    /// rule, except the `exact` ones, which are left out, since their
    /// lowercase form is a word ("UN" and "un", "US" and "us"). Default:
    /// `false`, the case rules of each alias apply.
    ///
    /// The cost, measured on WikiNEuRal French validation with every token
    /// lower-cased (README, "Text without case"): overall precision 89.91
    /// against 94.34 on the cased text without the option, recall 14.05
    /// against 14.14 (without the option, lower-cased text gives no mention
    /// at all); the institutions' acronyms are lost (ORG recall 4.30 →
    /// 3.27). On cased text it only costs precision (93.09).
    pub fn case_insensitive(mut self, yes: bool) -> ExtractorBuilder {
        self.case_insensitive = yes;
        self
    }

    /// The language of the texts, for every call that does not give its own
    /// ([`Extractor::extract_in`] and its siblings). Default:
    /// [`Language::Unknown`], where an alias tagged with languages counts
    /// unless it is `lang_only`. A given language makes a tagged alias count
    /// only where it is one of its languages (a language that no loaded
    /// alias is tagged with counts as unknown); `Language::Detect` (the
    /// `detect-lang` feature) asks whatlang around each hit of a tagged
    /// alias, which costs instructions (README, "Language of the text").
    pub fn language(mut self, language: Language) -> ExtractorBuilder {
        self.language = language;
        self
    }

    /// Reads every source and compiles the extractor.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when a file cannot be read, [`Error::InvalidUtf8`] when it
    /// is not UTF-8, [`Error::Gazetteer`] for a malformed line, an empty
    /// alias, an unknown case rule, an invalid kind, a duplicate id (with the
    /// origin and line), an edit of an unknown id or a bad word of the CJK
    /// lexicon, and [`Error::Build`]
    /// when the automaton exceeds its limits.
    pub fn build(self) -> Result<Extractor, Error> {
        let mut located: Vec<Located> = Vec::new();
        let code: Arc<str> = "<code>".into();
        let unlisted = self
            .unlisted_people
            .unwrap_or_else(|| self.loads_default_people());
        // Ids of the entities so far, only when an edit needs them.
        let edits = self
            .sources
            .iter()
            .any(|s| matches!(s, Source::AddAliases { .. } | Source::Replace(_)));
        let mut index: HashMap<Box<str>, usize> = HashMap::new();
        let mut indexed = 0;
        // Words of the CJK lexicon given in code, with their call's number.
        let mut lexicon: Vec<(usize, String)> = Vec::new();
        for (i, source) in self.sources.into_iter().enumerate() {
            let fail = |problem| Error::Gazetteer {
                origin: code.to_string(),
                line: i + 1,
                problem,
            };
            if edits {
                for (at, l) in located.iter().enumerate().skip(indexed) {
                    index.entry(l.entity.id().into()).or_insert(at);
                }
                indexed = located.len();
            }
            match source {
                #[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
                Source::Defaults(sets) => located.extend(defaults::load(&sets)?),
                Source::File(path) => {
                    let origin = path.display().to_string();
                    let bytes = std::fs::read(&path).map_err(|source| Error::Io {
                        origin: origin.clone(),
                        source,
                    })?;
                    let contents = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
                        origin: origin.clone(),
                        offset: e.utf8_error().valid_up_to() as u64,
                    })?;
                    located.extend(gazetteer::parse(&origin, &contents)?);
                }
                Source::Text { origin, contents } => located.extend(gazetteer::parse(&origin, &contents)?),
                Source::Entity(entity) => located.push(Located {
                    entity: checked_kind(*entity).map_err(fail)?,
                    origin: code.clone(),
                    line: i + 1,
                }),
                Source::AddAliases { id, aliases } => {
                    let at = *index
                        .get(id.as_str())
                        .ok_or_else(|| fail(Problem::UnknownId(id)))?;
                    for alias in aliases {
                        located[at].entity.push_alias(alias);
                    }
                }
                Source::Replace(entity) => {
                    let at = *index
                        .get(entity.id())
                        .ok_or_else(|| fail(Problem::UnknownId(entity.id().to_string())))?;
                    located[at] = Located {
                        entity: checked_kind(*entity).map_err(fail)?,
                        origin: code.clone(),
                        line: i + 1,
                    };
                }
                Source::CjkWords(words) => lexicon.extend(words.into_iter().map(|w| (i + 1, w))),
            }
        }
        let mut extractor = Extractor::compile(
            located,
            self.overlaps,
            self.case_insensitive,
            self.tuning,
            self.language,
        )?;
        let mut words: Vec<(&str, usize, &str)> = Vec::new();
        #[cfg(feature = "cjk-lexicon")]
        if !self.without_default_cjk_lexicon {
            for (origin, line, word) in crate::rules::cjk::embedded_words() {
                words.push((origin, line, word));
            }
        }
        words.extend(lexicon.iter().map(|(line, w)| ("<code>", *line, w.as_str())));
        extractor.cjk = Lexicon::new(words)?;
        if unlisted {
            let mut names: Vec<(&str, usize, &str)> = Vec::new();
            #[cfg(feature = "people")]
            if !self.without_default_given_names {
                // Pushed one by one: `extend` would ask the caller's names to
                // be `'static` too.
                for name in defaults::given_names() {
                    names.push(name);
                }
            }
            names.extend(
                self.given_names
                    .iter()
                    .map(|(o, l, n)| (o.as_str(), *l, n.as_str())),
            );
            // Names in Arabic script go to their own rule (arabicnames).
            let (arabic, cased): (Vec<_>, Vec<_>) = names
                .into_iter()
                .partition(|(_, _, n)| arabic_names::is_arabic_entry(n));
            extractor.set_unlisted(Unlisted::new(cased)?);
            #[cfg(feature = "people")]
            let frequent: Vec<_> = match arabic.is_empty() {
                true => Vec::new(),
                false => defaults::arabic_frequent_words().collect(),
            };
            #[cfg(not(feature = "people"))]
            let frequent: Vec<(&str, usize, &str)> = Vec::new();
            extractor.arabic_names = Some(ArabicNames::new(arabic, frequent)?);
        }
        Ok(extractor)
    }

    /// Whether a source is the embedded people, which turn the
    /// unlisted-person rule on unless the caller said otherwise.
    fn loads_default_people(&self) -> bool {
        #[cfg(feature = "people")]
        return self
            .sources
            .iter()
            .any(|s| matches!(s, Source::Defaults(sets) if sets.contains(&DefaultSet::People)));
        #[cfg(not(feature = "people"))]
        false
    }
}

/// The names of a given-name list with their line numbers: comment lines
/// (`#`) and blank lines left out, a trailing `\r` removed.
pub(crate) fn given_name_lines(contents: &str) -> impl Iterator<Item = (usize, &str)> {
    contents
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Checks a custom kind given in code as the gazetteer reader does
/// ([`Kind::custom`]); a custom kind spelled like a built-in one becomes it.
fn checked_kind(entity: Entity) -> Result<Entity, Problem> {
    match entity.kind() {
        Kind::Custom(name) => match Kind::parse(name) {
            Some(kind) => Ok(entity.with_kind(kind)),
            None => Err(Problem::InvalidKind(name.clone())),
        },
        _ => Ok(entity),
    }
}
