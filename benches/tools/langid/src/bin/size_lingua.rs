//! Size probe: lingua with the 16 languages on stdin.
use std::io::Read;

use lingua::LanguageDetectorBuilder;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("stdin is UTF-8");
    let detector = LanguageDetectorBuilder::from_all_languages().build();
    println!("{:?}", detector.detect_language_of(text));
}
