//! Size probe: reads stdin, detects nothing (the baseline).
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("stdin is UTF-8");
    println!("{}", std::hint::black_box(text.len()));
}
