//! Arbitrary bytes, read as UTF-8 (invalid sequences replaced), as a
//! gazetteer: building must give a located error or a working extractor,
//! never a panic. See `gazner_fuzz::check_gazetteer`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    gazner_fuzz::check_gazetteer(&String::from_utf8_lossy(data));
});
