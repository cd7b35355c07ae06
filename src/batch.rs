//! Many documents on all cores.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::extractor::Extractor;
use crate::mention::Mention;
use crate::rules::language::Language;
use crate::scan::Scratch;

/// Documents a worker takes at a time: enough to keep the shared counter
/// cold, few enough to balance uneven documents.
const BLOCK: usize = 8;

impl Extractor {
    /// Extracts from every document, spread over `threads` threads (0: one
    /// per core), each in `language`; behind [`Extractor::extract_batch`].
    pub(crate) fn extract_batch_threads<'x, T: AsRef<str> + Sync>(
        &'x self,
        docs: &[T],
        threads: usize,
        language: Language,
    ) -> Vec<Vec<Mention<'x>>> {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
        .min(docs.len().div_ceil(BLOCK))
        .max(1);
        if threads == 1 {
            let mut scratch = Scratch::new();
            return docs
                .iter()
                .map(|d| crate::scan::extract_with(self, d.as_ref(), &mut scratch, language))
                .collect();
        }
        let next = AtomicUsize::new(0);
        let mut blocks: Vec<(usize, Vec<Vec<Mention<'x>>>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut scratch = Scratch::new();
                        let mut done = Vec::new();
                        loop {
                            let start = next.fetch_add(BLOCK, Ordering::Relaxed);
                            if start >= docs.len() {
                                return done;
                            }
                            let end = (start + BLOCK).min(docs.len());
                            let found = docs[start..end]
                                .iter()
                                .map(|d| crate::scan::extract_with(self, d.as_ref(), &mut scratch, language))
                                .collect();
                            done.push((start, found));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                // A worker only panics if extraction does, which is a bug:
                // let it propagate rather than lose documents.
                .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        blocks.sort_unstable_by_key(|(start, _)| *start);
        blocks.into_iter().flat_map(|(_, found)| found).collect()
    }
}
