//! Initials: a person's name written right after an initial ("F. Scott
//! Fitzgerald", "H. G. Wells") is part of a longer name, the name of someone
//! else, as a capitalized word glued before a standalone name is (issue #11:
//! "Scott Fitzgerald", a US congressman, inside "F. Scott Fitzgerald").
//! Names whose gazetteer lists them with their initial ("Donald J. Trump")
//! match as a whole, from their first word, and are not concerned.

/// Whether the name starting at byte `start` of `text` follows an initial:
/// one capital letter and a period, at the start of the text or after a
/// space, then one space ("F. Scott"). A capital after another period is
/// part of an abbreviation ("U.S. President"), not an initial.
pub(crate) fn follows_an_initial(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    if !before.next().is_some_and(|c| matches!(c, ' ' | '\u{A0}')) || before.next() != Some('.') {
        return false;
    }
    if !before.next().is_some_and(char::is_uppercase) {
        return false;
    }
    before.next().is_none_or(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_other_capitals_before_a_name() {
        for (text, follows) in [
            ("F. Scott Fitzgerald", true),
            ("by F. Scott Fitzgerald", true),
            ("H. G. Wells", true),
            ("le roman de F.\u{A0}Scott Fitzgerald", true),
            ("U.S. Scott Fitzgerald", false),
            ("Plan. Scott Fitzgerald", false),
            ("Rep. Scott Fitzgerald", false),
            ("F.Scott Fitzgerald", false),
            ("F.  Scott Fitzgerald", false),
            ("Scott Fitzgerald", false),
        ] {
            let start = text.rfind("Scott").or_else(|| text.rfind("Wells")).unwrap();
            assert_eq!(follows_an_initial(text, start), follows, "{text:?}");
        }
    }
}
