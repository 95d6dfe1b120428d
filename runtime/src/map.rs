//! An insertion-ordered map with string keys.

use std::fmt;

type Inner<V> = indexmap::IndexMap<String, V, foldhash::fast::RandomState>;

/// An insertion-ordered map from string keys to `V` (by default [`Value`](crate::Value)).
///
/// Keys keep the order they were inserted in, which is the order they had in
/// the document they were read from, and the order they are written back in.
/// Hashing is seeded per process (foldhash), so documents with many keys
/// chosen to collide cannot make lookups quadratic.
///
/// ```
/// use open_model::{Map, Value};
///
/// let mut m = Map::new();
/// m.insert("b".to_string(), Value::from(1));
/// m.insert("a".to_string(), Value::from("x"));
/// assert_eq!(m.keys().collect::<Vec<_>>(), ["b", "a"]);
/// assert_eq!(m.get("a"), Some(&Value::from("x")));
/// ```
#[derive(Clone)]
pub struct Map<V = crate::Value> {
    inner: Inner<V>,
}

impl<V> Map<V> {
    /// An empty map.
    pub fn new() -> Self {
        Map {
            inner: Inner::default(),
        }
    }

    /// An empty map with room for `n` entries.
    pub fn with_capacity(n: usize) -> Self {
        Map {
            inner: Inner::with_capacity_and_hasher(n, Default::default()),
        }
    }

    /// Inserts `value` under `key`, returning the value it replaces (the
    /// key keeps its original position).
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        self.inner.insert(key, value)
    }

    /// Inserts only when `key` is new; otherwise gives `value` back.
    pub fn try_insert_new(&mut self, key: String, value: V) -> Result<(), (String, V)> {
        match self.inner.entry(key) {
            indexmap::map::Entry::Occupied(e) => {
                let key = e.key().clone();
                Err((key, value))
            }
            indexmap::map::Entry::Vacant(e) => {
                e.insert(value);
                Ok(())
            }
        }
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.inner.get(key)
    }

    /// The value under `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.inner.get_mut(key)
    }

    /// True when `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.inner.contains_key(key)
    }

    /// Removes `key`, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.inner.shift_remove(key)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// Entries in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&String, &V)> + DoubleEndedIterator {
        self.inner.iter()
    }

    /// Entries in order, values mutable.
    pub fn iter_mut(&mut self) -> impl ExactSizeIterator<Item = (&String, &mut V)> {
        self.inner.iter_mut()
    }

    /// Keys in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &String> {
        self.inner.keys()
    }

    /// Values in order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &V> {
        self.inner.values()
    }
}

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map::new()
    }
}

impl<V: PartialEq> PartialEq for Map<V> {
    /// Maps are equal when they have the same entries in the same order:
    /// key order is part of a document's content here.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<V: Eq> Eq for Map<V> {}

impl<V: fmt::Debug> fmt::Debug for Map<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V> IntoIterator for Map<V> {
    type Item = (String, V);
    type IntoIter = indexmap::map::IntoIter<String, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.inner.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a Map<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = indexmap::map::Iter<'a, String, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.inner.iter()
    }
}

impl<K: Into<String>, V> FromIterator<(K, V)> for Map<V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k.into(), v);
        }
        m
    }
}

impl<K: Into<String>, V> Extend<(K, V)> for Map<V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k.into(), v);
        }
    }
}

impl<V> std::ops::Index<&str> for Map<V> {
    type Output = V;
    /// Panics when `key` is absent, as `HashMap`'s index does; use
    /// [`Map::get`] for data that came from outside.
    fn index(&self, key: &str) -> &V {
        match self.inner.get(key) {
            Some(v) => v,
            None => panic!("no key {key:?} in map"),
        }
    }
}
