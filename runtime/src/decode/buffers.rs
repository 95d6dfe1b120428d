//! The buffers a reader reuses: the fast scan's stacks, the check's key
//! stack and its scratch string. Each decoding call takes them from its
//! thread when it first needs them and gives them back when its reader is
//! dropped, so a stream of
//! small documents (NDJSON, a server's requests) allocates none of them
//! per document: before, each document grew them afresh, two to five
//! allocations of its fixed cost.

use super::scan::Scanner;
use crate::key_stack::KeyStack;
use std::cell::Cell;

/// Buffers holding more bytes than this after a call are dropped rather
/// than kept: one huge document must not pin its buffers to the thread.
const KEEP: usize = 256 * 1024;

#[derive(Default)]
pub(super) struct Buffers {
    pub(super) keys: KeyStack,
    pub(super) scanner: Scanner,
    pub(super) scratch: String,
}

thread_local! {
    static KEPT: Cell<Option<Box<Buffers>>> = const { Cell::new(None) };
}

/// A reader's buffers: taken from the thread's on first use (a document
/// with no free-form value and no checked map never takes them) and given
/// back on drop. Boxed, so taking and giving back move a pointer.
#[derive(Default)]
pub(super) struct Pooled(Option<Box<Buffers>>);

impl Pooled {
    /// The buffers, taken from the thread (or made) on first use.
    #[inline]
    pub(super) fn get(&mut self) -> &mut Buffers {
        self.0
            .get_or_insert_with(|| KEPT.try_with(Cell::take).ok().flatten().unwrap_or_default())
    }

    /// The buffers, when taken.
    #[inline]
    pub(super) fn taken(&self) -> Option<&Buffers> {
        self.0.as_deref()
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        let Some(mut bufs) = self.0.take() else {
            return;
        };
        if bufs.keys.capacity() + bufs.scanner.capacity() + bufs.scratch.capacity() > KEEP {
            return;
        }
        // A pass that stopped at an error may have left keys behind.
        bufs.keys.clear();
        bufs.scratch.clear();
        let _ = KEPT.try_with(|k| k.set(Some(bufs)));
    }
}

#[cfg(test)]
mod tests {
    use super::{Pooled, KEEP};

    #[test]
    fn buffers_are_kept_cleared_and_only_when_small() {
        {
            let mut p = Pooled::default();
            p.get().scratch.push_str("left behind");
        }
        let mut p = Pooled::default();
        // Not taken until used.
        assert!(p.taken().is_none());
        assert!(p.get().scratch.is_empty() && p.get().scratch.capacity() >= 11);
        // While one reader holds them, another starts afresh.
        assert_eq!(Pooled::default().get().scratch.capacity(), 0);
        drop(p);
        {
            let mut p = Pooled::default();
            p.get().scratch.reserve(KEEP + 1);
        }
        assert_eq!(Pooled::default().get().scratch.capacity(), 0);
    }
}
