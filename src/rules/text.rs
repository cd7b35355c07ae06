//! Small helpers the rules share for reading the original text.

/// Whether `s` has at least `min_letters` letters and all of them are
/// capitals: an acronym as written ("UN", "NATO").
pub(crate) fn in_capitals(s: &str, min_letters: usize) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic());
    letters.clone().take(min_letters).count() == min_letters && letters.all(char::is_uppercase)
}

/// `i`, or the nearest char boundary of `text` below it.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i` (at most the length of `text`), or the nearest char boundary above it.
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_char_boundaries() {
        assert!(in_capitals("UN", 2));
        assert!(in_capitals("U.S.", 2));
        assert!(!in_capitals("U", 2));
        assert!(!in_capitals("Nato", 1));
        assert_eq!(floor_boundary("é", 1), 0);
        assert_eq!(ceil_boundary("é", 1), 2);
        assert_eq!(ceil_boundary("é", 9), 2);
    }
}
