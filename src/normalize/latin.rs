//! The normalization of the precomposed Latin letters U+00C0 to U+017F
//! (Latin-1 and Latin Extended-A: what French, German, Spanish, Polish,
//! Turkish... write), read from a table instead of decomposed, folded and
//! checked one by one.
//!
//! The table is made once, on first use, by running the generic path
//! ([`Normalized::add_char`]) on each letter, so it cannot disagree with it.
//! A letter goes in only if its result does not depend on what precedes it
//! (always so in this range: none of these letters starts with a combining
//! mark); the others keep the generic path.

use once_cell::sync::Lazy;

use super::{Base, Case, Normalized};

/// The first and last letters of the table.
const FIRST: u32 = 0xC0;
const LAST: u32 = 0x17F;
/// The longest normalization held (bytes): "'n" for "ŉ", "ss" for "ß".
const MAX: usize = 6;

/// The normalization of one letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Latin {
    bytes: [u8; MAX],
    len: u8,
    /// The offset map needs a unit for it (the normalized form is not one
    /// char of the same byte length).
    pub(super) unit: bool,
    /// The combining marks after it are dropped.
    pub(super) strips_marks: bool,
}

impl Latin {
    /// The normalized text.
    pub(super) fn text(&self) -> &str {
        // Invariant: `bytes[..len]` was copied from a `String`, whole.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

/// One entry per letter, folded and with case kept.
struct Table {
    fold: Vec<Option<Latin>>,
    keep: Vec<Option<Latin>>,
}

static TABLE: Lazy<Table> = Lazy::new(|| Table {
    fold: (FIRST..=LAST).map(|c| entry(c, Case::Fold)).collect(),
    keep: (FIRST..=LAST).map(|c| entry(c, Case::Keep)).collect(),
});

/// The table's entry for `c`, if it has one.
#[inline]
pub(super) fn lookup(c: char, case: Case) -> Option<Latin> {
    let i = u32::from(c).checked_sub(FIRST)?;
    if i > LAST - FIRST {
        return None;
    }
    let table = match case {
        Case::Fold => &TABLE.fold,
        Case::Keep => &TABLE.keep,
    };
    table.get(i as usize).copied().flatten()
}

/// What `add_char` makes of `c` after a letter whose marks are dropped and
/// after no base at all, if that is the same and fits.
fn entry(code: u32, case: Case) -> Option<Latin> {
    let c = char::from_u32(code)?;
    let after = |base: Option<Base>| {
        let mut out = Normalized::default();
        let mut base = base;
        out.add_char(c, 0, c.len_utf8(), case, &mut base);
        (out.text, !out.map.units.is_empty(), base.map(|b| b.strips_marks))
    };
    let alone = after(None);
    let after_letter = after(Some(Base {
        orig_start: 0,
        norm_start: 0,
        strips_marks: true,
    }));
    let (text, unit, Some(strips_marks)) = alone.clone() else {
        return None;
    };
    if alone != after_letter || text.len() > MAX {
        return None;
    }
    let mut bytes = [0; MAX];
    bytes[..text.len()].copy_from_slice(text.as_bytes());
    Some(Latin {
        bytes,
        len: u8::try_from(text.len()).ok()?,
        unit,
        strips_marks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_has_an_entry() {
        for code in FIRST..=LAST {
            let c = char::from_u32(code).unwrap();
            for case in [Case::Fold, Case::Keep] {
                assert!(lookup(c, case).is_some(), "{c:?} {case:?}");
            }
        }
        assert_eq!(lookup('\u{BF}', Case::Fold), None);
        assert_eq!(lookup('\u{180}', Case::Fold), None);
    }

    #[test]
    fn entries_are_the_generic_normalization() {
        let text = |c: char, case| lookup(c, case).map(|l| l.text().to_string());
        assert_eq!(text('É', Case::Fold).as_deref(), Some("e"));
        assert_eq!(text('É', Case::Keep).as_deref(), Some("E"));
        assert_eq!(text('ß', Case::Fold).as_deref(), Some("ss"));
        assert_eq!(text('ŉ', Case::Fold).as_deref(), Some("'n"));
        assert_eq!(text('Ø', Case::Fold).as_deref(), Some("o"));
        assert_eq!(text('Ĳ', Case::Fold).as_deref(), Some("ij"));
        assert_eq!(text('×', Case::Fold).as_deref(), Some("×"));
        assert!(lookup('é', Case::Fold).is_some_and(|l| l.unit && l.strips_marks));
        assert!(lookup('×', Case::Fold).is_some_and(|l| !l.unit));
        // In context, with marks after and white space around, the table
        // gives what the spec says (tests/normalization.rs has the rest).
        assert_eq!(crate::normalize("Ç\u{301}a  Łódź ĲSSEL ſ"), "ca lodz ijssel s");
    }
}
