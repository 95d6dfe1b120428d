//! The keys of the objects a check is inside, to find duplicates without
//! keeping a map: one text buffer and one list of ends for every level,
//! reused from object to object, so a validating scan allocates only while
//! the buffers grow.

use std::hash::BuildHasher;

/// Past this many keys an object's duplicates are found through a hash
/// table (of indices into the stack, so still no string is allocated).
const LINEAR: usize = 16;

#[derive(Default)]
pub(crate) struct KeyStack {
    text: String,
    /// Where each key ends in `text`; a key starts where the previous ends.
    ends: Vec<usize>,
    hasher: Option<foldhash::fast::RandomState>,
}

/// One object's place on the stack.
pub(crate) struct Level {
    first: usize,
    text: usize,
    /// The hash index of a large object's keys.
    table: Option<hashbrown::HashTable<usize>>,
}

impl KeyStack {
    /// Opens an object's level.
    pub(crate) fn open(&self) -> Level {
        Level {
            first: self.ends.len(),
            text: self.text.len(),
            table: None,
        }
    }

    /// Drops every key (the buffers are kept).
    pub(crate) fn clear(&mut self) {
        self.ends.clear();
        self.text.clear();
    }

    /// Bytes held by its buffers.
    pub(crate) fn capacity(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * size_of::<usize>()
    }

    /// Closes the level: its keys are dropped (the buffers are kept).
    pub(crate) fn close(&mut self, level: Level) {
        self.ends.truncate(level.first);
        self.text.truncate(level.text);
    }

    /// Key `i` of the stack.
    pub(crate) fn key(&self, i: usize) -> &str {
        key_in(&self.text, &self.ends, i)
    }

    /// Adds `key` to the innermost level; returns its index and whether
    /// the level already had it.
    pub(crate) fn push(&mut self, level: &mut Level, key: &str) -> (usize, bool) {
        let count = self.ends.len() - level.first;
        let duplicate = if count < LINEAR {
            (level.first..self.ends.len()).any(|i| self.key(i) == key)
        } else {
            let hasher = self.hasher.get_or_insert_with(Default::default).clone();
            if level.table.is_none() {
                let mut table = hashbrown::HashTable::with_capacity(count * 2);
                for i in level.first..self.ends.len() {
                    let h = hasher.hash_one(self.key(i));
                    table.insert_unique(h, i, |&j| hasher.hash_one(self.key(j)));
                }
                level.table = Some(table);
            }
            let h = hasher.hash_one(key);
            let table = level.table.as_mut().map(|t| (t, h));
            match table {
                Some((t, h)) if t.find(h, |&j| self.key(j) == key).is_some() => true,
                Some((t, h)) => {
                    let (i, text, ends) = (self.ends.len(), &self.text, &self.ends);
                    // Rehashing on growth sees only keys already on the stack.
                    t.insert_unique(h, i, |&j| hasher.hash_one(key_in(text, ends, j)));
                    false
                }
                None => false,
            }
        };
        self.text.push_str(key);
        self.ends.push(self.text.len());
        (self.ends.len() - 1, duplicate)
    }
}

/// Key `i` of a stack's buffers ("" for an index past them).
fn key_in<'a>(text: &'a str, ends: &[usize], i: usize) -> &'a str {
    let end = ends.get(i).copied().unwrap_or(0);
    let start = match i.checked_sub(1) {
        Some(j) => ends.get(j).copied().unwrap_or(0),
        None => 0,
    };
    text.get(start..end).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::KeyStack;

    #[test]
    fn duplicates_are_found_per_level_small_and_large() {
        let mut s = KeyStack::default();
        let mut outer = s.open();
        assert!(!s.push(&mut outer, "a").1);
        let mut inner = s.open();
        assert!(!s.push(&mut inner, "a").1, "another level");
        for i in 0..100 {
            assert!(!s.push(&mut inner, &format!("k{i}")).1);
        }
        assert!(s.push(&mut inner, "k3").1);
        assert!(s.push(&mut inner, "k99").1);
        assert!(s.push(&mut inner, "a").1);
        assert!(!s.push(&mut inner, "k100").1);
        s.close(inner);
        assert!(s.push(&mut outer, "a").1);
        let (i, dup) = s.push(&mut outer, "b");
        assert!(!dup);
        assert_eq!(s.key(i), "b");
        s.close(outer);
        assert_eq!(s.key(0), "");
    }
}
