//! Korean writes its particles and endings as part of the word ("미국과",
//! "일본의"): a name written in Hangul may end inside a word, though not
//! start inside one.

/// Whether a name may end at byte `at` of the normalized text inside a
/// Korean word. Hangul is never ASCII: the bytes rule it out before any
/// decoding, on the path every hit that fails the boundary rule takes.
/// (`at` is inside the text: the ends of the text are boundaries.)
pub(super) fn ends_inside_word(norm: &str, at: usize) -> bool {
    let bytes = norm.as_bytes();
    !bytes[at - 1].is_ascii()
        && !bytes[at].is_ascii()
        && is_suffix_point(norm[..at].chars().next_back(), norm[at..].chars().next())
}

/// Whether a name may end between `left` and `right` inside a Korean word.
/// (Normalization decomposes syllables into jamo, so both are counted.)
fn is_suffix_point(left: Option<char>, right: Option<char>) -> bool {
    matches!((left, right), (Some(l), Some(r)) if is_hangul(l) && is_hangul(r))
}

fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'          // jamo
        | '\u{3130}'..='\u{318F}'        // compatibility jamo
        | '\u{A960}'..='\u{A97F}'        // jamo extended A
        | '\u{AC00}'..='\u{D7A3}'        // syllables
        | '\u{D7B0}'..='\u{D7FF}'        // jamo extended B
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_particles_follow_a_name() {
        let text = "미국과 일본의";
        // "미국" is two syllables, six bytes; "과" follows in the same word.
        assert!(ends_inside_word(text, 6));
        assert!(!ends_inside_word("中国人", 3), "Han is not Hangul");
        assert!(!ends_inside_word("ab", 1));
        assert!(
            is_suffix_point(Some('\u{1100}'), Some('\u{AC00}')),
            "jamo then a syllable"
        );
        assert!(!is_suffix_point(Some('국'), Some(' ')));
        assert!(!is_suffix_point(None, Some('국')));
    }
}
