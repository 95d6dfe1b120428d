//! The buffers a reader reuses: the fast scan's stacks, the check's key
//! stack and its scratch string. Each decoding call takes them from its
//! thread and gives them back when its reader is dropped, so a stream of
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
    static KEPT: Cell<Option<Buffers>> = const { Cell::new(None) };
}

/// A reader's buffers, taken from the thread's and given back on drop.
pub(super) struct Pooled(Buffers);

impl std::ops::Deref for Pooled {
    type Target = Buffers;
    fn deref(&self) -> &Buffers {
        &self.0
    }
}

impl std::ops::DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut Buffers {
        &mut self.0
    }
}

impl Pooled {
    pub(super) fn take() -> Pooled {
        let kept = KEPT.try_with(Cell::take).ok().flatten();
        Pooled(kept.unwrap_or_default())
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        let mut bufs = std::mem::take(&mut self.0);
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
            let mut p = Pooled::take();
            p.scratch.push_str("left behind");
        }
        let p = Pooled::take();
        assert!(p.scratch.is_empty() && p.scratch.capacity() >= 11);
        // While one reader holds them, another starts afresh.
        assert_eq!(Pooled::take().scratch.capacity(), 0);
        drop(p);
        {
            let mut p = Pooled::take();
            p.scratch.reserve(KEEP + 1);
        }
        assert_eq!(Pooled::take().scratch.capacity(), 0);
    }
}
