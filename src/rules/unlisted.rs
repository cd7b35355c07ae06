//! Unlisted people (issue #11): a given name of the extractor's list,
//! written capitalized and followed by one to three surname words, is a
//! person even where no gazetteer lists them ("Colin Clarke", "Кейтлан
//! Коллинз"); that surname alone later in the same text is that person
//! again ("Clarke").
//!
//! The rule reads the original text as written, since case is its only
//! signal, and only in scripts with case (Latin, Cyrillic, Greek): a name
//! in Arabic, Hebrew, Han, kana or Hangul script never starts here. It
//! reads at most [`CONTEXT`] bytes on each side of a name and the hits of
//! the automaton inside it, so a stream decides as one-shot extraction.
//!
//! What keeps a capitalized given name from starting a person:
//! - the previous word is a street or building word ("rue Jean Jaurès",
//!   "lycée Victor Hugo"), or a capitalized word that is neither a title
//!   ("President", "Frau") nor the first word of a sentence: the name is
//!   then inside a longer name ("Los Angeles", "Fox News Bret Baier");
//! - a surname word, or the word after them, is the head of an institution
//!   or a place ("George Washington University", "John F. Kennedy
//!   Airport", "Martin Luther King Boulevard", "Nobel");
//! - four capitalized words or more follow it (a title of a work, an
//!   organisation), or the name would be longer than [`CONTEXT`] bytes;
//! - the given name is also a common word ("Will", "May", "Hope") and
//!   starts a sentence.
//!
//! The scanner then lets a listed mention win over an unlisted one it
//! overlaps (`scan.rs`).
//!
//! Russian, Ukrainian and Polish decline names ("с Лоуренсом Джонсом", "z
//! Donaldem Tuskiem"): a written word is also a given name when it is a
//! listed name plus a case ending that the name's last letter allows
//! ([`CYRILLIC_GIVEN_ENDINGS`], [`POLISH_GIVEN_ENDINGS`]); the surnames
//! after it are taken as written, except that after a Polish case form the
//! last one must have a case ending too ("Donalda Tuska"; "Mega Drive" is
//! no "Meg"); and the surname alone later may be in
//! another case form of it: the same stem and an ending of
//! [`CYRILLIC_SURNAME_ENDINGS`] or [`POLISH_SURNAME_ENDINGS`] ("Джонсу",
//! then "Джонс", "Джонса"). A declined form of a name that is also a common
//! word is distrusted at a sentence's start as the name is ("Веры" as
//! "Вера"). The span and the name reported are the text as written, in its
//! case.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use unicode_normalization::char::is_combining_mark;

use crate::entity::{Entity, Kind};
use crate::error::{Error, Problem};
use crate::mention::Candidate;
use crate::normalize::{Case, Normalized};
use crate::rules::word_hash::{WordMap, WordSet};
use crate::rules::{CONTEXT, standalone, titles};

/// The id of the entity every unlisted person mention names (see
/// [`Entity::is_unlisted`]); its kind is `person`, its name
/// `"unlisted person"`.
pub const UNLISTED_PERSON_ID: &str = "gazner:unlisted-person";

/// How far the rule reads, in bytes: a name with the word after it. The
/// stream keeps at least this much margin past a match (`stream.rs`).
pub(crate) const REACH: usize = 2 * CONTEXT;

/// The most surnames a document remembers (a bound on a stream's memory):
/// later ones are not remembered.
const REMEMBERED: usize = 10_000;

/// Words that join a given name to its surname, written lowercase: "Ursula
/// von der Leyen", "Mohammed bin Salman". Only after the given names: after
/// a surname word they end the name ("Henrik Pedersen de Silkeborg"); "des"
/// and "du" are French articles ("Eric Davis des Reds").
const PARTICLES: &str = "\
    al bin bint da das de del della den der di do dos el ibn la le ten ter van von zu";

/// Capitalized words that begin a sentence rather than go on with a name,
/// in text whose sentences lost their period ("… Pierre Tchernia Cet
/// homme …"): a name ends before them.
const FUNCTION_WORDS: &str = "\
    A An At But Ce Cet Cette Das Der Die Ein Eine El Elle Elles Er Es He Il Ils In It La Las Le Les \
    Los On She Sie The They This Un Una Une We";

/// Capitalized words that make a name the name of something else when they
/// follow it or stand among its surnames: institutions, places, prizes.
const HEADS: &str = "\
    Academy Act Airport Arena Avenue Award Awards Base Boulevard Bridge Building Center Centre \
    Church College Company Corporation County Cup Doctrine Expressway Foundation Fund Group Hall \
    Highway Hospital Institute Island Lake Library Medal Memorial Museum Nobel Park Plan Prize River \
    Road School Society Square Stadium Station Street Theatre Theater Tower Trophy Trust Tunnel \
    University Allee Brücke Flughafen Gymnasium Halle Institut Platz Preis Schule Stadion Stiftung \
    Straße Strasse Universität Zentrum Университет Фонд Центр Accord Agency Agreement Alliance \
    America Americas Africa Army Asia Bank Club Commission Committee Conference Consensus Convention \
    Council Court Daily Declaration Department Europe Festival Forces Forum Front Games Herald Hotel \
    Initiative Journal League Magazine Ministry Movement News Office Olympics Palace Party Post \
    Program Programme Project Report Reports Show Summit Team Times Treaty Tribune \
    Band Bros Brothers Circle City Clube Entertainment Field Films Futebol Harbor Harbour Hills Hole \
    Home House Knights Live Mountain Music Oval Pictures Productions Records Soft Springs State \
    Storm Studios Video Wars";

/// Given names of some lists that are more often another word in the
/// languages we read ("Les", the French article; "Van", "Golden"): never
/// the start of a person here.
const NOT_GIVEN: &str = "Da De Del Di Du Golden La Le Les Los Royal Santé Sierra Sri Star Van Ville Von Île";

/// Words before a name that make it the name of a street, a building or a
/// prize ("rue Jean Jaurès", "stade Pierre Mauroy", "улица Ивана
/// Франко"), compared in lowercase.
const PLACES: &str = "\
    aéroport allée avenue boulevard centre chemin collège cours école fondation gare hôpital impasse \
    institut lycée musée parc place pont port prix promenade quai rue saint sainte salle square \
    stade station université fort mount st sankt aeropuerto avenida calle colegio corso escuela \
    estadio fundación hospital instituto liceo museo paseo piazza plaza praça premio puente rua san \
    santa santo são scuola stadio teatro universidad via viale аэропорт имени переулок площадь \
    проспект стадион улица улицы улице школа";

/// Titles and functions written capitalized before a name, beside those
/// of `titles.txt`: "Dr. Jane Smith", "M. Jean Dupont", "Judge Carl
/// Nichols"; a surname word that is one makes no name ("Vice President").
const SHORT_TITLES: &str = "\
    Capt Col Dr Gen Gov Lt M Me Mlle Mme Mr Mrs Ms Prof Rep Rev Sen Sgt Sr Sra \
    Adviser Advisor Agent Alderman Analyst Archbishop Assemblyman Assemblywoman Attorney Ayatollah \
    Baron Baroness Bishop Captain Cardinal Chair Chairman Chairwoman Chief Coach Commander \
    Congressman Congresswoman Corporal Councilman Councilwoman Counsel Countess Delegate Deputy \
    Detective Duchess Duke Economist Emir Father Founder Imam Inspector Judge Justice Lady Lawmaker \
    Leader Lieutenant Lord Marshal Mayor Minister Mufti Officer Pastor Premier President Princess \
    Professor Prosecutor Rabbi Representative Reverend Secretary Senator Sergeant Sheriff Sir \
    Speaker Spokesman Spokesperson Spokeswoman Trooper Vice Whip Abbé Capitaine Docteur Général \
    Madame Mademoiselle Maître Monseigneur Monsieur Père Professeur Bürgermeister \
    Bürgermeisterin Kanzler Minister Ministerin Pfarrer Präsident Präsidentin Richter Richterin \
    Doña Fray Jueza Juez Ministra Ministro Presidenta Presidente Señor Señora King Queen Pope \
    Prince Sheikh";

/// (The lists are words separated by spaces, searched only at a
/// capitalized given name or the words after it.)
///
/// Given names that are also common words: at the start of a sentence they
/// are read as the word ("Will the talks…", "May was warm", "Hope remains").
const COMMON_WORDS: &str = "\
    April Art August Bill Chance Dawn Don Eve Faith Frank \
    Grace Guy Hope Joy June Justice Liberty Mark May Page \
    Rich Rose Summer Sunny Will Aimé Ange Blanche Claire Constance Désiré \
    France Marine Modeste Olive Prudence Violette Ernst Wolf Amparo Aurora Consuelo Cruz Domingo \
    Dolores Esperanza Luz Mercedes Paz Pilar Reyes Rosario Santos Soledad Victoria Вера Лев Любовь \
    Мир Надежда Роман Слава";

/// Case endings of given names in Cyrillic (Russian and Ukrainian), by the
/// last letter of the name in the nominative: `-` is any consonant (a
/// letter that is not one of [`VOWELS`]), whose endings follow it
/// ("Лоуренс": "Лоуренса", "Лоуренсу", "Лоуренсом", "Лоуренсе", Ukrainian
/// "Лоуренсові"; soft stems "Ігоря", "Ігорю", "Ігорем", "Ігореві"); a
/// vowel, "й" or "ь" is replaced by the ending ("Андрей": "Андрея",
/// "Андреем"; "Андрій": "Андрієм", "Андрієві"; "Игорь": "Игоря"; "Анна":
/// "Анны", "Анне", "Анну", "Анной", "Анною", Ukrainian "Анні"; "Мария":
/// "Марии", "Марией", Ukrainian "Марії", "Марією"; Ukrainian "Дмитро":
/// "Дмитра", "Дмитрові"). Singular forms only: a name is one person.
/// Entries are `final: endings`, separated by `;`; the first entry whose
/// base is a listed given name decides, in this order.
pub(crate) const CYRILLIC_GIVEN_ENDINGS: &str = "\
    -: а у ом е ові я ю ем еві; \
    й: я ю ем е єм єві; \
    ь: я ю ем е еві; \
    а: ы и е у ой ою ей ею і; \
    я: и е ю ей ею і ї єю; \
    о: а у ом ові е";

/// Case endings of given names in Polish, written in Latin script, as
/// [`CYRILLIC_GIVEN_ENDINGS`]: a consonant-final name takes "-a", "-owi",
/// "-em" ("Donalda", "Donaldowi", "Donaldem"); an "-a" name "-y", "-i",
/// "-ę", "-ą", "-ie" ("Anny", "Marii", "Annę", "Anną", "Annie"). Left out:
/// the forms that change the stem's last consonant ("Donaldzie",
/// "Marku"), and "-u", whose words ("Hansu") are rarer than what it would
/// misread in the other languages of Latin script.
pub(crate) const POLISH_GIVEN_ENDINGS: &str = "-: a owi em; a: y i ę ą ie";

/// Vowels, and the Cyrillic "й" and "ь", each a letter: a name that ends
/// with none of them ends with a consonant (the `-` of the tables above).
const VOWELS: &str = "\
    а е ё и о у ы э ю я і ї є й ь \
    a e i o u y á à â ä ã å é è ê ë í ì î ï ó ò ô ö õ ú ù û ü ý ą ę";

/// Endings of surnames in Cyrillic (Russian and Ukrainian): nouns
/// ("Джонс", "Джонса", "Джонсу", "Джонсом", "Джонсе", "Джонсові"),
/// possessive and adjective surnames ("Иванов", "Ивановым", "Иванова",
/// "Ивановой"; "Толстой", "Толстого", "Толстому"; "Ковальский", "Ковальским";
/// Ukrainian "Шевченко", "Шевченка", "Шевченку"). A surname alone later is a remembered one
/// when both are one stem of at least three letters plus an ending of this
/// list, or none ("Коллинз" and "Коллинза"; "Джонсу" and "Джонс"), three
/// characters at least.
pub(crate) const CYRILLIC_SURNAME_ENDINGS: &str = "\
    а у о ом е ові еві я ю ем єм і ї ы и ой ою ей ею ий ый ая ого его ому ему ым им ую";

/// Endings of surnames in Polish, as [`CYRILLIC_SURNAME_ENDINGS`]: "Tusk",
/// "Tuska", "Tuskowi", "Tuskiem"; "Nowak", "Nowakiem"; "Kowalski",
/// "Kowalskiego", "Kowalskiemu", "Kowalskim"; "Kowalska", "Kowalskiej",
/// "Kowalską". No "-e" alone: English surnames end with it ("Clarke" is
/// not "Clark").
pub(crate) const POLISH_SURNAME_ENDINGS: &str = "\
    a u owi em iem ą ę y i ego iego emu iemu im ym ej iej";

/// The rule, as an extractor holds it: the given names, and the one entity
/// that every unlisted person names.
#[derive(Debug)]
pub(crate) struct Unlisted {
    /// Each given name, normalized as aliases are (`gazner::normalize`:
    /// "omer" for "Ömer" and "Omer"), and whether it is also a common word
    /// or a place's name, to be distrusted at the start of a sentence.
    given: WordMap<bool>,
    entity: Entity,
}

/// A person the rule found at a capitalized given name: where the name
/// ends, and the surname to remember.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// One past the last surname word.
    pub(crate) end: usize,
    /// Where the surname begins: after the given names (the last word at
    /// least).
    pub(crate) surname: usize,
    /// Where the last surname word begins, a suffix "Jr." or "Sr." not
    /// counted ("Ken Griffey Jr.": Griffey).
    pub(crate) last: usize,
    /// Where that word ends.
    pub(crate) last_end: usize,
}

impl Unlisted {
    /// The rule over these given names, each with the file and line it
    /// comes from.
    ///
    /// # Errors
    ///
    /// [`Error::Gazetteer`] naming the file, the line and the value, for a
    /// line that is not one capitalized word in a script with case.
    pub(crate) fn new<'a>(
        names: impl IntoIterator<Item = (&'a str, usize, &'a str)>,
    ) -> Result<Unlisted, Error> {
        let names = names.into_iter();
        let mut given = WordMap::with_capacity_and_hasher(names.size_hint().0, Default::default());
        // One normalizer for every non-ASCII name, its buffers reused.
        let mut normalizer = Normalized::default();
        for (origin, line, entry) in names {
            let (name, mark) = entry.split_once('\t').unwrap_or((entry, ""));
            let checked = check_given_name(name).and(match mark {
                "" => Ok(false),
                "word" | "place" => Ok(true),
                _ => Err("has a mark other than \"word\" or \"place\" after its tab"),
            });
            let common = match checked {
                Ok(common) => common,
                Err(reason) => {
                    return Err(Error::Gazetteer {
                        origin: origin.to_string(),
                        line,
                        problem: Problem::InvalidField {
                            field: "given_names".into(),
                            reason: format!("{entry:?} {reason}"),
                        },
                    });
                }
            };
            let key: Box<str> = if name.is_ascii() {
                name.to_ascii_lowercase().into()
            } else {
                normalizer.normalize(name, Case::Fold);
                normalizer.text.as_str().into()
            };
            let common = common || given.get(&key).copied().unwrap_or(false);
            given.insert(key, common);
        }
        let entity = Entity::new(UNLISTED_PERSON_ID, Kind::Person, "unlisted person");
        Ok(Unlisted { given, entity })
    }

    /// The entity every unlisted person names.
    pub(crate) fn entity(&self) -> &Entity {
        &self.entity
    }

    /// The one candidate of every unlisted person mention.
    pub(crate) fn candidate(&self) -> Candidate<'_> {
        Candidate {
            entity: &self.entity,
            // Invariant: `Entity::new` makes the name its first alias.
            alias: &self.entity.aliases()[0],
        }
    }

    /// The number of given names.
    pub(crate) fn len(&self) -> usize {
        self.given.len()
    }

    /// Approximate heap bytes: the set's table and the names.
    pub(crate) fn memory_usage(&self) -> usize {
        self.given.capacity() * (std::mem::size_of::<(Box<str>, bool)>() + 8)
            + self.given.keys().map(|n| n.len()).sum::<usize>()
    }

    /// Whether `word` is a given name of the list, or a case form of one,
    /// or names joined by a hyphen that all are ("Jean-Pierre").
    fn is_given(&self, word: &str) -> bool {
        self.given_name(word).is_some()
    }

    /// `Some(common)` if `word` is a given name of the list or a case form
    /// of one ([`Unlisted::declined`]), or names joined by a hyphen that all
    /// are, where `common` says that it is also a common word or a place's
    /// name (or one of its parts is). The word is normalized once (a
    /// normalization per ending tried cost 70 instructions per byte of
    /// Russian news, callgrind).
    fn given_name(&self, word: &str) -> Option<bool> {
        let mut buffer = [0; 32];
        let owned;
        let key = match ascii_lowercase(word, &mut buffer) {
            Some(key) => key,
            None => {
                owned = normalized(word);
                owned.as_str()
            }
        };
        if let Some(common) = self.listed_or_declined(word, key) {
            return Some(common);
        }
        if !word.contains('-') {
            return None;
        }
        let mut common = false;
        let (mut parts, mut keys) = (word.split('-'), key.split('-'));
        // The key has a hyphen where the word has one (normalization keeps
        // hyphens and makes none); else each part is normalized alone.
        let split = word.matches('-').count() == key.matches('-').count();
        for part in &mut parts {
            let owned;
            let part_key = match keys.next().filter(|_| split) {
                Some(k) => k,
                None => {
                    owned = normalized(part);
                    owned.as_str()
                }
            };
            common |= self.listed_or_declined(part, part_key)?;
        }
        Some(common)
    }

    /// Whether `word` is a given name of the list as written, not in a
    /// case form (or names joined by a hyphen that all are).
    fn is_listed_as_written(&self, word: &str) -> bool {
        self.listed(word).is_some()
            || (word.contains('-') && word.split('-').all(|p| self.listed(p).is_some()))
    }

    /// `Some(common)` if `word` (normalized: `key`), one word without a
    /// hyphen or with, is a given name of the list or a case form of one.
    fn listed_or_declined(&self, word: &str, key: &str) -> Option<bool> {
        self.given.get(key).copied().or_else(|| self.declined(word, key))
    }

    /// `Some(common)` if `name` is a given name of the list, compared
    /// normalized.
    fn listed(&self, name: &str) -> Option<bool> {
        let mut buffer = [0; 32];
        let owned;
        let key = match ascii_lowercase(name, &mut buffer) {
            Some(key) => key,
            None => {
                owned = normalized(name);
                owned.as_str()
            }
        };
        self.given.get(key).copied()
    }

    /// `Some(common)` if `word` (normalized: `key`) is a given name of the
    /// list in a case form of its script's table ([`CYRILLIC_GIVEN_ENDINGS`],
    /// [`POLISH_GIVEN_ENDINGS`]): the word without the ending, with the
    /// name's last letter put back (none for a consonant, whose stem must
    /// end with a lowercase letter that is not one of [`VOWELS`]). The
    /// first entry of the table that gives a listed name decides; `common`
    /// is the name's, or whether the name is one of [`COMMON_WORDS`]
    /// ("Веры" of "Вера").
    fn declined(&self, word: &str, key: &str) -> Option<bool> {
        let table = Endings::of(word)?.given();
        let mut base = String::new();
        for entry in table {
            for (ending, normal_ending) in &entry.endings {
                let Some(stem) = word.strip_suffix(ending) else {
                    continue;
                };
                if entry.last.is_none() && !ends_with_consonant(stem) {
                    continue;
                }
                // The normalization of the base: the key's stem and the
                // letter's, as normalization goes a character at a time;
                // normalized whole where the key does not end that way.
                base.clear();
                match key.strip_suffix(normal_ending.as_str()) {
                    Some(key_stem) => {
                        base.push_str(key_stem);
                        base.push_str(&entry.normal_last);
                    }
                    None => {
                        base.push_str(stem);
                        base.extend(entry.last);
                        base = normalized(&base);
                    }
                }
                if let Some(&common) = self.given.get(base.as_str()) {
                    let mut written = stem.to_string();
                    written.extend(entry.last);
                    return Some(common || listed(&COMMON_WORDS_SET, &written));
                }
            }
        }
        None
    }

    /// The person whose given name is the capitalized word `text[start..end]`
    /// (a word of [`capitalized_words`]), if the rule finds one there.
    pub(crate) fn person_at(&self, text: &str, start: usize, end: usize) -> Option<Person> {
        let first = &text[start..end];
        let common = self.given_name(first)?;
        if is_place_word(first) || is_title(first) || listed(&NOT_GIVEN_SET, first) {
            // "Santo Domingo", "Saint Louis", "King Abdullah".
            return None;
        }
        if !may_begin_name(text, start, |w| self.is_given(w)) {
            return None;
        }
        if (common || listed(&COMMON_WORDS_SET, first)) && starts_sentence(text, start) {
            return None;
        }
        let mut at = end;
        let mut committed = end;
        // Surname words: (where its particles begin, start, end).
        let mut words: Vec<(usize, usize, usize)> = Vec::new();
        let mut particles = 0;
        let mut lead = None;
        while let Some((ws, we)) = next_word(text, at) {
            let word = &text[ws..we];
            if words.is_empty() && particles == 0 && is_initial(text, ws, we) {
                // A middle initial, "John F. Kennedy": its period goes with it.
                at = we + 1;
                continue;
            }
            if listed(&PARTICLES_SET, word) && particles < 2 && words.is_empty() {
                particles += 1;
                lead.get_or_insert(ws);
                at = we;
                continue;
            }
            if !is_capitalized(word) && !is_prefixed_surname(word) {
                break;
            }
            if listed(&HEADS_SET, word) || is_title(word) {
                return None;
            }
            if standalone::is_day_or_month(word) || listed(&FUNCTION_WORDS_SET, word) {
                break;
            }
            if words.len() == 3 {
                return None;
            }
            words.push((lead.take().unwrap_or(ws), ws, we));
            particles = 0;
            // "Ken Griffey Jr.": the period is the suffix's.
            at = we + usize::from(is_suffix(text, ws, we));
            committed = at;
        }
        // "Ken Griffey Jr.": the surname's last word is Griffey.
        let (last, last_end) = match words.as_slice() {
            [.., (_, ps, pe), (_, ws, we)] if is_suffix(text, *ws, *we) => (*ps, *pe),
            [.., (_, ws, we)] => (*ws, *we),
            [] => return None,
        };
        // A Polish case form of a given name is a word of other languages
        // too ("Mega" of Meg, "Any" of Ana, "Eminem" of Emin): its surname
        // must be in a case form as well ("Donalda Tuska", "Anny
        // Kowalskiej").
        let latin = matches!(Endings::of(first), Some(Endings::Latin));
        if latin && !self.is_listed_as_written(first) && !has_surname_ending(&text[last..last_end]) {
            return None;
        }
        if committed - start > CONTEXT {
            return None;
        }
        // The surname: what follows the given names, the last word at least
        // ("Eva Marie Kogel": Kogel; "Elton John": John).
        let surname = words
            .iter()
            .find(|&&(_, ws, we)| !self.is_given(&text[ws..we]))
            .map_or(last, |&(lead, _, _)| lead);
        Some(Person {
            end: committed,
            surname,
            last,
            last_end,
        })
    }
}

/// Whether `text[start..end]` is the suffix "Jr." or "Sr." (with its
/// period).
fn is_suffix(text: &str, start: usize, end: usize) -> bool {
    matches!(&text[start..end], "Jr" | "Sr") && text[end..].starts_with('.')
}

/// Whether `stem` ends with a lowercase letter that is not one of
/// [`VOWELS`]: a consonant, for the `-` of the ending tables.
fn ends_with_consonant(stem: &str) -> bool {
    stem.chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() && !VOWEL_SET.contains(&c))
}

/// The ending tables of a script that declines names.
#[derive(Clone, Copy)]
enum Endings {
    /// Russian and Ukrainian.
    Cyrillic,
    /// Polish.
    Latin,
}

/// A table of given-name endings, parsed.
type GivenTable = Vec<GivenEntry>;

/// An entry of a table of given-name endings.
struct GivenEntry {
    /// The name's last letter, `None` for a consonant.
    last: Option<char>,
    /// That letter normalized (empty for a consonant).
    normal_last: String,
    /// The endings that replace it or follow it, each with its
    /// normalization.
    endings: Vec<(&'static str, String)>,
}

impl Endings {
    /// The tables of `word`'s script, by its first letter: Cyrillic
    /// (U+0400 to U+052F), or Latin (ASCII letters, U+00C0 to U+024F,
    /// U+1E00 to U+1EFF); none for other scripts.
    fn of(word: &str) -> Option<Endings> {
        let first = word.chars().next()?;
        match first {
            '\u{400}'..='\u{52f}' => Some(Endings::Cyrillic),
            'A'..='Z' | 'a'..='z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => Some(Endings::Latin),
            _ => None,
        }
    }

    fn given(self) -> &'static GivenTable {
        match self {
            Endings::Cyrillic => &CYRILLIC_GIVEN,
            Endings::Latin => &POLISH_GIVEN,
        }
    }

    fn surname(self) -> &'static [&'static str] {
        match self {
            Endings::Cyrillic => &CYRILLIC_SURNAME,
            Endings::Latin => &POLISH_SURNAME,
        }
    }
}

/// Parses a table of given-name endings: `final: endings` entries
/// separated by `;`, `-` for a consonant.
fn given_table(table: &'static str) -> GivenTable {
    table
        .split(';')
        .filter_map(|entry| {
            let (last, endings) = entry.split_once(':')?;
            let last = last.trim();
            let last = if last == "-" { None } else { last.chars().next() };
            Some(GivenEntry {
                last,
                normal_last: last
                    .map(|c| normalized(c.encode_utf8(&mut [0; 4])))
                    .unwrap_or_default(),
                endings: endings.split_whitespace().map(|e| (e, normalized(e))).collect(),
            })
        })
        .collect()
}

static CYRILLIC_GIVEN: Lazy<GivenTable> = Lazy::new(|| given_table(CYRILLIC_GIVEN_ENDINGS));
static POLISH_GIVEN: Lazy<GivenTable> = Lazy::new(|| given_table(POLISH_GIVEN_ENDINGS));
static CYRILLIC_SURNAME: Lazy<Vec<&str>> =
    Lazy::new(|| CYRILLIC_SURNAME_ENDINGS.split_whitespace().collect());
static POLISH_SURNAME: Lazy<Vec<&str>> = Lazy::new(|| POLISH_SURNAME_ENDINGS.split_whitespace().collect());
static VOWEL_SET: Lazy<Vec<char>> = Lazy::new(|| VOWELS.chars().filter(|c| !c.is_whitespace()).collect());

/// A set of the first three characters of words, as 1,024 bits of their
/// FNV hash: it may answer yes for a prefix it does not hold, never no for
/// one it holds.
#[derive(Clone, Debug, Default)]
struct Prefixes([u64; 16]);

impl Prefixes {
    /// The bit of `word`'s first three characters, if it has three.
    fn bit(word: &str) -> Option<usize> {
        let (end, _) = word.char_indices().nth(2)?;
        let end = end + word[end..].chars().next().map_or(0, char::len_utf8);
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in &word.as_bytes()[..end] {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Some((hash % 1024) as usize)
    }

    fn insert(&mut self, word: &str) {
        if let Some(bit) = Prefixes::bit(word) {
            self.0[bit / 64] |= 1 << (bit % 64);
        }
    }

    fn may_hold(&self, word: &str) -> bool {
        Prefixes::bit(word).is_some_and(|bit| self.0[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// The stems of the surname word `word` ([`CYRILLIC_SURNAME_ENDINGS`],
/// [`POLISH_SURNAME_ENDINGS`]): the word itself, then the word without
/// each ending of its script's list that it ends with, in the list's
/// order; each of at least three letters.
fn surname_stems(word: &str) -> impl Iterator<Item = &str> {
    let endings = Endings::of(word).map_or(&[][..], Endings::surname);
    std::iter::once(word)
        .chain(endings.iter().filter_map(move |e| word.strip_suffix(e)))
        .filter(|stem| stem.chars().nth(2).is_some())
}

/// Whether `word` ends with an ending of its script's surname list
/// ([`surname_stems`]) after three characters at least.
fn has_surname_ending(word: &str) -> bool {
    surname_stems(word).any(|stem| stem.len() < word.len())
}

/// Whether `word` is a street or building word of [`PLACES`], in any case.
fn is_place_word(word: &str) -> bool {
    if word.len() > 16 {
        return false;
    }
    if PLACES_SET.contains(word) {
        return true;
    }
    let mut buffer = [0; 32];
    match ascii_lowercase(word, &mut buffer) {
        Some(lower) => PLACES_SET.contains(lower),
        None => PLACES_SET.contains(word.to_lowercase().as_str()),
    }
}

/// `word` in ASCII lowercase, written into `buffer`, if it is ASCII and
/// fits: the common case of the words the rule looks up, without an
/// allocation. (The normalization of ASCII letters, hyphens and apostrophes
/// is their lowercase, see [`normalized`].)
fn ascii_lowercase<'b>(word: &str, buffer: &'b mut [u8; 32]) -> Option<&'b str> {
    if !word.is_ascii() || word.len() > buffer.len() {
        return None;
    }
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Whether `word` is a title or function written before a name.
fn is_title(word: &str) -> bool {
    listed(&SHORT_TITLES_SET, word) || titles::is_title(word)
}

/// Whether `word` is one of the words of `set`.
fn listed(set: &WordSet, word: &str) -> bool {
    set.contains(word)
}

/// The words of a list, split once: a hash lookup per word of the text that
/// the rule reads (a scan of the list cost 60 instructions per byte of
/// English news, callgrind).
fn word_set(list: &'static str) -> WordSet {
    list.split_ascii_whitespace().collect()
}

static PARTICLES_SET: Lazy<WordSet> = Lazy::new(|| word_set(PARTICLES));
static HEADS_SET: Lazy<WordSet> = Lazy::new(|| word_set(HEADS));
static PLACES_SET: Lazy<WordSet> = Lazy::new(|| word_set(PLACES));
static SHORT_TITLES_SET: Lazy<WordSet> = Lazy::new(|| word_set(SHORT_TITLES));
static COMMON_WORDS_SET: Lazy<WordSet> = Lazy::new(|| word_set(COMMON_WORDS));
static FUNCTION_WORDS_SET: Lazy<WordSet> = Lazy::new(|| word_set(FUNCTION_WORDS));
static NOT_GIVEN_SET: Lazy<WordSet> = Lazy::new(|| word_set(NOT_GIVEN));

/// `word` normalized as aliases are (`gazner::normalize`). The
/// normalization of ASCII letters, hyphens and apostrophes is their
/// lowercase: no normalizer's buffers for them (the build of the defaults'
/// 27,837 names took 107M instructions with the normalizer for all). The
/// build ([`Unlisted::new`]) and [`ascii_lowercase`] rely on it too.
fn normalized(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        crate::normalize::normalize(word)
    }
}

/// Whether `name` may be a line of a given-name list: one word, capitalized,
/// of letters (and marks) in a script with case, hyphens and apostrophes
/// between them. Returns why not.
fn check_given_name(name: &str) -> Result<(), &'static str> {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return Err("is empty");
    };
    if !first.is_uppercase() {
        return Err("does not begin with a capital letter");
    }
    if name.chars().any(char::is_whitespace) {
        return Err("holds a space: one given name a line");
    }
    if !name
        .chars()
        .all(|c| is_word_char(c) || matches!(c, '-' | '\'' | '’'))
    {
        return Err("holds a character that is neither a letter nor a hyphen or apostrophe");
    }
    if !name.chars().any(char::is_lowercase) {
        return Err("has no lowercase letter: names are written as in running text (\"Anna\")");
    }
    Ok(())
}

/// A letter or a combining mark: what words are made of. ASCII first (the
/// combining-mark table is no place to look up a space), then the case
/// tables: Unicode's Alphabetic property includes Lowercase and Uppercase,
/// and their tables cost about 20 instructions a look-up where Alphabetic's
/// cost 300 (callgrind, the check of 16,632 given names).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_lowercase() || c.is_uppercase() || c.is_alphabetic() || is_combining_mark(c)
}

/// Whether `word` begins with a capital and holds a lowercase letter
/// ("McDavid", "O'Brien", "Коллинз"; not "NATO", not "J").
fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// "al-Assad", "el-Sisi", "d'Estaing": a lowercase prefix, then a capitalized
/// surname.
fn is_prefixed_surname(word: &str) -> bool {
    ["al-", "el-", "ad-", "as-", "ash-", "d'", "d’"]
        .iter()
        .any(|p| word.strip_prefix(p).is_some_and(is_capitalized))
}

/// Whether `text[start..end]` is one capital letter followed by a period.
fn is_initial(text: &str, start: usize, end: usize) -> bool {
    let mut chars = text[start..end].chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() && text[end..].starts_with('.')
}

/// The end of the word that begins at `start`: letters and marks, with
/// single hyphens and apostrophes between letters; an English possessive
/// ("Clarke's") stays outside.
pub(crate) fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            end = start + i + c.len_utf8();
            continue;
        }
        let joins = matches!(c, '-' | '\'' | '’') && end == start + i && end > start;
        let next = chars.peek().map(|&(_, n)| n);
        if !joins || !next.is_some_and(is_word_char) {
            break;
        }
        if c != '-' {
            // "Clarke's", "Clarke’s": a possessive, not part of the name.
            let rest = &text[start + i + c.len_utf8()..];
            let mut after = rest.chars();
            if after.next() == Some('s') && !after.next().is_some_and(is_word_char) {
                break;
            }
        }
    }
    end
}

/// The character before `at`, if any.
fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// Whether a word may begin at `at`: after a character that is no part of a
/// word, or after a French elision ("d’Alexandre", "l'Anne").
fn is_word_start(text: &str, at: usize) -> bool {
    let Some(before) = char_before(text, at) else {
        return true;
    };
    if before.is_alphanumeric() || is_combining_mark(before) || before == '-' {
        return false;
    }
    if matches!(before, '\'' | '’') {
        let head = &text[..at - before.len_utf8()];
        let elided: String = head.chars().rev().take_while(|c| c.is_alphabetic()).collect();
        let elision = !elided.is_empty() && elided.len() <= 6 && elided.chars().all(char::is_lowercase);
        return elision && !head[..head.len() - elided.len()].ends_with(|c: char| c.is_alphanumeric());
    }
    true
}

/// Pushes to `out` every capitalized word of `text` (start, end) whose start
/// `keep` accepts: where a name of the rule may begin. The scanner offers
/// its own word starts to [`CapitalizedWords`] instead (`scan.rs`).
#[cfg(test)]
pub(crate) fn capitalized_words(
    text: &str,
    mut keep: impl FnMut(usize) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let mut words = CapitalizedWords::default();
    let mut i = 0;
    while let Some(skipped) = next_capital_or_non_ascii(&text.as_bytes()[i..]) {
        i = words.offer(text, i + skipped, &mut keep, out);
    }
}

/// The capitalized words of a text, found at the offsets offered in
/// increasing order: every offset where such a word may start must be
/// among them; the others are rejected, as are those inside the last word.
#[derive(Debug, Default)]
pub(crate) struct CapitalizedWords {
    /// The offsets below this are inside the last word or character seen.
    skip_to: usize,
}

impl CapitalizedWords {
    /// Pushes to `out` the capitalized word that starts at `i` in `text`,
    /// if any and if `keep` accepts its start; returns where the next word
    /// may start.
    pub(crate) fn offer(
        &mut self,
        text: &str,
        i: usize,
        keep: &mut impl FnMut(usize) -> bool,
        out: &mut Vec<(usize, usize)>,
    ) -> usize {
        let bytes = text.as_bytes();
        if i < self.skip_to || i >= bytes.len() {
            return self.skip_to.max(i);
        }
        let b = bytes[i];
        // ASCII bytes decide alone; only a non-ASCII character is decoded.
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
        };
        let next = i + c.len_utf8();
        self.skip_to = next;
        if b.is_ascii_lowercase() || !c.is_uppercase() {
            return next;
        }
        // Quick test first: a letter or a hyphen before is no word start.
        let after = char_before(text, i);
        if after.is_some_and(|p| p.is_alphanumeric() || p == '-') || !is_word_start(text, i) {
            return next;
        }
        let end = word_end(text, i);
        if is_capitalized(&text[i..end]) && !text[end..].starts_with(|c: char| c.is_alphanumeric()) && keep(i)
        {
            out.push((i, end));
        }
        self.skip_to = end.max(next);
        self.skip_to
    }
}

/// Whether no character whose UTF-8 encoding starts with `b` is a capital:
/// ASCII other than A to Z, and the lead bytes of scripts without case
/// where their texts have their word starts (an offer to
/// [`CapitalizedWords`] decoded each and looked its case up): U+0580 to
/// U+0FFF (Hebrew, Arabic, Syriac, Indic, Thai), U+3000 to U+9FFF (CJK
/// punctuation, kana, Han) and U+B000 to U+DFFF (Hangul).
pub(crate) fn starts_no_capital(b: u8) -> bool {
    NO_CAPITAL[usize::from(b)]
}

/// [`starts_no_capital`] of each byte: one load where the tests took a
/// branch or two at every word start of Latin text.
static NO_CAPITAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = (byte.is_ascii() && !byte.is_ascii_uppercase())
            || matches!(byte, 0xD6..=0xE0 | 0xE3..=0xE9 | 0xEB..=0xED);
        b += 1;
    }
    table
};

/// Where the first byte of `bytes` that is an ASCII capital or not ASCII
/// is: most of a text is neither, so it is skipped eight bytes at a test
/// (a byte at a time, the skip was 6 instructions a byte of English news;
/// callgrind).
#[cfg(test)]
fn next_capital_or_non_ascii(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let is_candidate = |b: &u8| !b.is_ascii() || b.is_ascii_uppercase();
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // With every byte ASCII no addition carries into the next byte:
        // the high bit of each sum says the byte is at least 'A', or more
        // than 'Z'.
        let at_least_a = x.wrapping_add((0x80 - u64::from(b'A')) * ONES);
        let above_z = x.wrapping_add((0x80 - u64::from(b'Z') - 1) * ONES);
        if (x | (at_least_a & !above_z)) & HIGH != 0 {
            return chunk.iter().position(is_candidate).map(|i| at + i);
        }
        at += 8;
    }
    chunks.remainder().iter().position(is_candidate).map(|i| at + i)
}

/// The word after `at` past one space, if one begins there.
fn next_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let space = rest.chars().next().filter(|&c| c == ' ' || c == '\u{a0}')?;
    let start = at + space.len_utf8();
    let end = word_end(text, start);
    (end > start && !text[end..].starts_with(|c: char| c.is_alphanumeric())).then_some((start, end))
}

/// The word before `at` past one space: (start, end, whether a period
/// followed it).
fn previous_word(text: &str, at: usize) -> Option<(usize, usize, bool)> {
    let space = char_before(text, at).filter(|&c| c == ' ' || c == '\u{a0}')?;
    let mut end = at - space.len_utf8();
    let period = text[..end].ends_with('.');
    if period {
        end -= 1;
    }
    let floor = at.saturating_sub(CONTEXT);
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        if i < floor || !(is_word_char(c) || matches!(c, '-' | '\'' | '’')) {
            break;
        }
        start = i;
    }
    (start < end).then_some((start, end, period))
}

/// Whether `at` starts a sentence: within [`CONTEXT`] bytes before it, past
/// white space and opening quotes, there is a sentence end, a line break, or
/// nothing.
pub(crate) fn starts_sentence(text: &str, at: usize) -> bool {
    let floor = at.saturating_sub(CONTEXT);
    for (i, c) in text[..at].char_indices().rev() {
        if i < floor {
            break;
        }
        match c {
            '\n' | '\r' | '.' | '!' | '?' | '…' | ':' | ';' | '•' => return true,
            '"' | '“' | '”' | '«' | '„' | '‘' | '\'' | '(' | '[' | '—' | '–' => {}
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    true
}

/// Whether a name may begin at `at`, judged by the word before it: not
/// after a street or building word, not after a capitalized word unless
/// that is a title or begins a sentence without being a given name
/// (`is_given`).
fn may_begin_name(text: &str, at: usize, is_given: impl Fn(&str) -> bool) -> bool {
    let Some((start, end, period)) = previous_word(text, at) else {
        return true;
    };
    let word = &text[start..end];
    if is_place_word(word) {
        return false;
    }
    if is_title(word) || word.ends_with("'s") || word.ends_with("’s") {
        // "Judge Carl Nichols", "Canada's Brandon Hagel".
        return true;
    }
    if period {
        // "… in Washington. John Smith": a sentence ended.
        return true;
    }
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    starts_sentence(text, start) && !is_given(word)
}

/// What a document remembers of its unlisted people: each surname (its
/// last word, and the whole surname when it has several words) with the
/// full name written where it was found.
#[derive(Clone, Debug, Default)]
pub(crate) struct Surnames {
    names: HashMap<Box<str>, Box<str>>,
    /// The stems of each last surname word ([`surname_stems`]), with the
    /// full name: a later word of the same stem is that surname in another
    /// case.
    stems: HashMap<Box<str>, Box<str>>,
    /// A bit for the first three characters of each stem (they are the
    /// first three of its word): a word whose bit is clear has no stem in
    /// `stems`, and costs no hashing of its stems (they cost 20 instructions
    /// per byte of French debates, callgrind).
    prefixes: Prefixes,
    /// Original offset up to which an unlisted person covers the text.
    pub(crate) covered_to: usize,
}

impl Surnames {
    /// Forgets the document.
    pub(crate) fn reset(&mut self) {
        self.names.clear();
        self.stems.clear();
        self.prefixes = Prefixes::default();
        self.covered_to = 0;
    }

    /// Remembers the surname of `person`, found in `text`, for later.
    pub(crate) fn remember(&mut self, text: &str, start: usize, person: Person) {
        let last = &text[person.last..person.last_end];
        let stems = surname_stems(last).count();
        if self.names.len() + self.stems.len() + 2 + stems > REMEMBERED {
            return;
        }
        let full: Box<str> = text[start..person.end].into();
        // Words are read without the period of "Jr.": so are the keys, or
        // a later "Griffey Jr." would never be found.
        let end = person.end - usize::from(text[..person.end].ends_with('.'));
        self.names.insert(last.into(), full.clone());
        for stem in surname_stems(last) {
            self.stems.insert(stem.into(), full.clone());
        }
        self.prefixes.insert(last);
        if person.surname < person.last || person.last_end < end {
            self.names.insert(text[person.surname..end].into(), full);
        }
    }

    /// The full name of the person whose surname is at `text[start..end]`
    /// (a capitalized word), and where the surname ends: two words if the
    /// document remembers them together, else one. None if the word is no
    /// remembered surname, or is part of a longer capitalized name. A word
    /// alone may be a remembered last word in another case: one of its
    /// stems ([`surname_stems`], in their order) is one of that word's.
    pub(crate) fn surname_at(&self, text: &str, start: usize, end: usize) -> Option<(usize, &str)> {
        if self.names.is_empty() {
            return None;
        }
        let next = next_word(text, end).filter(|&(ws, we)| {
            let word = &text[ws..we];
            is_capitalized(word) && !standalone::is_day_or_month(word)
        });
        let found = match next {
            // "Sheinbaum Pardo" remembered whole; "Clarke Foundation" is not
            // Clarke.
            Some((_, we)) => self.names.get(&text[start..we]).map(|full| (we, &**full)),
            None => {
                let word = &text[start..end];
                self.names
                    .get(word)
                    .or_else(|| {
                        self.prefixes
                            .may_hold(word)
                            .then(|| surname_stems(word).find_map(|stem| self.stems.get(stem)))?
                    })
                    .map(|full| (end, &**full))
            }
        };
        found.filter(|_| may_begin_name(text, start, |_| false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_that_starts_no_capital_starts_no_capital() {
        // Every character: the scan skips those whose first byte passes.
        let mut skipped = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            if starts_no_capital(c.encode_utf8(&mut buf).as_bytes()[0]) {
                assert!(!c.is_uppercase(), "{c:?}");
                skipped += 1;
            }
        }
        assert!(skipped > 40_000, "Arabic, Han and Hangul are skipped");
    }

    fn rule() -> Unlisted {
        let names = [
            "Colin",
            "Jean",
            "Pierre",
            "Eva",
            "Marie",
            "Will",
            "John",
            "Martin",
            "Кейтлан",
            "Лоуренс",
            "Donald",
            "Anna",
            "Иван",
            "Ken",
        ];
        Unlisted::new(names.iter().map(|n| ("<test>", 1, *n))).expect("valid names")
    }

    /// The person found at the first capitalized word `name` of `text`, as
    /// (name, surname).
    fn person(text: &str, name: &str) -> Option<(String, String)> {
        let start = text.find(name).expect("the name is in the text");
        let end = word_end(text, start);
        rule()
            .person_at(text, start, end)
            .map(|p| (text[start..p.end].to_string(), text[p.surname..p.end].to_string()))
    }

    #[test]
    fn names_and_their_surnames() {
        // (text, the given name's word, "name|surname" found, or None)
        let rows: [(&str, &str, Option<&str>); 14] = [
            ("hier Colin Clarke a dit", "Colin", Some("Colin Clarke|Clarke")),
            ("with Eva Marie Kogel.", "Eva", Some("Eva Marie Kogel|Kogel")),
            (
                "by Jean-Pierre Dupont-Moretti",
                "Jean",
                Some("Jean-Pierre Dupont-Moretti|Dupont-Moretti"),
            ),
            ("a John F. Kennedy", "John", Some("John F. Kennedy|Kennedy")),
            ("saw Colin O'Brien's car", "Colin", Some("Colin O'Brien|O'Brien")),
            (
                "Martin van der Berg",
                "Martin",
                Some("Martin van der Berg|van der Berg"),
            ),
            ("said John Smith Monday", "John", Some("John Smith|Smith")),
            (
                "ведущая Кейтлан Коллинз",
                "Кейтлан",
                Some("Кейтлан Коллинз|Коллинз"),
            ),
            // Case forms: the name's, the surname as written.
            (
                "с Кейтлан Коллинз и Лоуренсу Джонсу",
                "Лоуренсу",
                Some("Лоуренсу Джонсу|Джонсу"),
            ),
            ("z Donaldem Tuskiem", "Donaldem", Some("Donaldem Tuskiem|Tuskiem")),
            ("o Annie Kowalskiej", "Annie", Some("Annie Kowalskiej|Kowalskiej")),
            ("o Annie Nowak", "Annie", None),
            ("хвалил Ивана Петрова", "Ивана", Some("Ивана Петрова|Петрова")),
            ("Ken Griffey Jr. hit", "Ken", Some("Ken Griffey Jr.|Griffey Jr.")),
        ];
        for (text, name, expected) in rows {
            let found = person(text, name).map(|(n, s)| format!("{n}|{s}"));
            assert_eq!(found.as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn names_of_other_things_are_no_person() {
        assert_eq!(person("at John F. Kennedy Airport", "John"), None);
        assert_eq!(person("la rue Jean Jaurès", "Jean"), None);
        assert_eq!(
            person("Will Smith come?", "Will"),
            None,
            "a common word starts the sentence"
        );
        assert!(person("as Will Smith said", "Will").is_some());
        assert_eq!(
            person("at Fox News Colin Clarke", "Colin"),
            None,
            "inside a longer name"
        );
        assert!(person("President John Smith", "John").is_some(), "after a title");
        assert!(
            person("Yesterday John Smith", "John").is_some(),
            "after a sentence's first word"
        );
        assert_eq!(person("Colin saw", "Colin"), None, "no surname");
        assert_eq!(
            person("Colin Aa Bb Cc Dd", "Colin"),
            None,
            "four capitalized words"
        );
    }

    #[test]
    fn capitalized_words_and_elisions() {
        let rows: [(&str, &[&str]); 2] = [
            (
                "d’Alexandre Dupont, NATO et McDavid-x O'Brien l'abc",
                &["Alexandre", "Dupont", "McDavid-x", "O'Brien"],
            ),
            (
                "x Été, ÉTÉ Ōe «Кейтлан Коллинз» été Ab-Cd 'Ef l’Éric\u{a0}Gh",
                &["Été", "Ōe", "Кейтлан", "Коллинз", "Ab-Cd", "Éric", "Gh"],
            ),
        ];
        for (text, expected) in rows {
            let mut out = Vec::new();
            capitalized_words(text, |_| true, &mut out);
            let words: Vec<&str> = out.iter().map(|&(s, e)| &text[s..e]).collect();
            assert_eq!(words, expected, "{text}");
        }
    }

    #[test]
    fn word_chars_are_letters_and_combining_marks() {
        // The fast paths of `is_word_char` against its definition, for
        // every character.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphabetic() || is_combining_mark(c),
                "{c:?} {:x}",
                u32::from(c)
            );
        }
    }

    /// `capitalized_words` as it was before its byte loop: a character at
    /// a time.
    fn capitalized_words_by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        let mut skip_to = 0;
        for (i, c) in text.char_indices() {
            let after = prev;
            prev = Some(c);
            if i < skip_to || !c.is_uppercase() {
                continue;
            }
            if after.is_some_and(|p| p.is_alphanumeric() || p == '-') || !is_word_start(text, i) {
                continue;
            }
            let end = word_end(text, i);
            skip_to = end;
            if is_capitalized(&text[i..end]) && !text[end..].starts_with(|c: char| c.is_alphanumeric()) {
                out.push((i, end));
            }
        }
        out
    }

    #[test]
    fn the_skip_stops_at_capitals_and_non_ascii_bytes() {
        let text = "the quick brown fox jumps over the lazy dog @[`{ AZ Ω é 0123456789 zzzzzzzzzzzzzzzzZ";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            let expected = bytes[start..]
                .iter()
                .position(|&b| !b.is_ascii() || b.is_ascii_uppercase());
            assert_eq!(next_capital_or_non_ascii(&bytes[start..]), expected, "{start}");
        }
        let all: Vec<u8> = (0..=255).collect();
        for start in 0..all.len() {
            let expected = all[start..]
                .iter()
                .position(|&b| !b.is_ascii() || b.is_ascii_uppercase());
            assert_eq!(next_capital_or_non_ascii(&all[start..]), expected, "{start}");
        }
    }

    #[test]
    fn capitalized_words_as_a_character_loop_finds_them() {
        let texts = [
            include_str!("../../benches/data/news-en.txt"),
            include_str!("../../benches/data/news-fr.txt"),
            "x Été, ÉTÉ Ōe «Кейтлан Коллинз» été Ab-Cd 'Ef l’Éric\u{a0}Gh",
            "Ǆemal ǅemal Ǳ 𝐀bc Σοφία ΣΟΦΊΑ Aé-Éa- O'Brien's A1b Ab1 -Ab Ab-",
        ];
        for text in texts {
            let mut out = Vec::new();
            capitalized_words(text, |_| true, &mut out);
            assert_eq!(out, capitalized_words_by_chars(text), "{text}");
        }
    }

    #[test]
    fn bad_given_names_are_errors_that_name_the_line() {
        for bad in ["", "anna", "Anna Maria", "NATO", "Ann4"] {
            let err = Unlisted::new([("names.txt", 7, bad)]).expect_err(bad);
            let message = err.to_string();
            assert!(
                message.contains("names.txt") && message.contains('7'),
                "{message}"
            );
        }
    }

    #[test]
    fn surnames_are_remembered_whole_and_by_their_last_word() {
        let rule = rule();
        let text = "Colin Clarke Smith";
        let p = rule.person_at(text, 0, 5).expect("a person");
        let mut surnames = Surnames::default();
        surnames.remember(text, 0, p);
        let later = "then Smith said";
        assert_eq!(
            surnames.surname_at(later, 5, 10),
            Some((10, "Colin Clarke Smith"))
        );
        let later = "then Clarke Smith said";
        assert_eq!(
            surnames.surname_at(later, 5, 11),
            Some((17, "Colin Clarke Smith"))
        );
        let later = "the Smith Foundation";
        assert_eq!(surnames.surname_at(later, 4, 9), None);
    }
}
