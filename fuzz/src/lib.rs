//! The invariants the fuzz targets check. They live in the main crate's
//! `tests/common/fuzz_checks.rs`, inside its package, so that
//! `tests/fuzz_regressions.rs` replays saved inputs through the same code.

#[path = "../../tests/common/fuzz_checks.rs"]
mod checks;

pub use checks::*;
