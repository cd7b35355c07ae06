//! Size probe: whichlang on stdin.
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("stdin is UTF-8");
    println!("{:?}", whichlang::detect_language(&text));
}
