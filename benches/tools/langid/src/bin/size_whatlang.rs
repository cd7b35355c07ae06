//! Size probe: whatlang on stdin.
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("stdin is UTF-8");
    println!("{:?}", whatlang::detect_lang(&text));
}
