//! An insertion-ordered map with string keys.

use std::fmt;
use std::hash::BuildHasher;

/// Maps with more entries than this get a hash index; smaller ones are
/// searched in order, which is faster than hashing for a handful of keys.
const INDEX_FROM: usize = 16;

/// An insertion-ordered map from string keys to `V` (by default [`Value`](crate::Value)).
///
/// Keys keep the order they were inserted in, which is the order they had in
/// the document they were read from, and the order they are written back in.
///
/// The entries live in one `Vec`; a map of more than 16 entries also keeps a
/// hash index of them (hashbrown, with foldhash seeded per process, so keys
/// chosen to collide cannot make lookups quadratic). Most objects in API
/// payloads are small: they pay for no hash table at all, and a map is four
/// words. indexmap, which this replaced, builds a table for every map.
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
///
/// **Read on first look.** A map of free-form values decoded from JSON (a
/// `Map` field, or an object inside a `Value`) keeps the object's text,
/// validated in full while decoding (syntax, UTF-8, duplicate keys at any
/// depth, limits: a decoded map never fails later), and builds its entries
/// the first time code looks at them, once (thread-safe). Writing an
/// untouched map copies its text (without insignificant whitespace);
/// changing it (`insert`, `get_mut`, `remove`...) builds it first. None of
/// this shows: every method behaves as on a map built in code, equality and
/// `Hash` are by value (the cache never changes them), and a map is `Send`
/// and `Sync`. Only clippy's `mutable_key_type` notices the cache when a
/// model is a `HashSet` key: add `ignore-interior-mutability =
/// ["open_model::Map"]` to `clippy.toml`.
#[derive(Clone)]
pub struct Map<V = crate::Value> {
    entries: Vec<(String, V)>,
    /// Boxed, one word: most maps have neither.
    side: Option<Box<Side<V>>>,
}

// A map is its entries and one word: a decoded model holds several maps
// per object, and the peak-heap goal of BENCHMARKS.md counts on it.
const _: () =
    assert!(size_of::<Map>() == size_of::<Vec<(String, crate::Value)>>() + size_of::<usize>());

/// What a map may keep beside its entries: one or the other, never both.
#[derive(Clone)]
enum Side<V> {
    /// The hash index of a map of more than [`INDEX_FROM`] entries.
    Index(Index),
    /// The text of a map decoded and not yet changed: then `entries` is
    /// empty and the map is what this text stands for.
    Text(Text<V>),
}

/// The JSON text of a decoded map and, once looked at, its entries.
struct Text<V> {
    /// Without whitespace between tokens: written back as it is.
    json: Box<str>,
    /// Boxed: most decoded maps are never looked at, and a box is one word.
    built: std::sync::OnceLock<Box<Map<V>>>,
    /// Builds the entries from `json` (which was validated as this map).
    build: fn(&str) -> Map<V>,
}

impl<V: Clone> Clone for Text<V> {
    fn clone(&self) -> Self {
        Text {
            json: self.json.clone(),
            built: self.built.clone(),
            build: self.build,
        }
    }
}

fn hash_entry<V>(hasher: &foldhash::fast::RandomState, entries: &[(String, V)], i: usize) -> u64 {
    entries.get(i).map_or(0, |e| hasher.hash_one(e.0.as_str()))
}

#[derive(Clone)]
struct Index {
    table: hashbrown::HashTable<usize>,
    hasher: foldhash::fast::RandomState,
}

impl Index {
    fn build<V>(entries: &[(String, V)]) -> Index {
        let hasher = foldhash::fast::RandomState::default();
        let mut table = hashbrown::HashTable::with_capacity(entries.len() * 2);
        for (i, (k, _)) in entries.iter().enumerate() {
            let h = hasher.hash_one(k.as_str());
            table.insert_unique(h, i, |j| hash_entry(&hasher, entries, *j));
        }
        Index { table, hasher }
    }
}

impl<V> Map<V> {
    /// An empty map.
    pub fn new() -> Self {
        Map {
            entries: Vec::new(),
            side: None,
        }
    }

    /// An empty map with room for `n` entries.
    pub fn with_capacity(n: usize) -> Self {
        Map {
            entries: Vec::with_capacity(n),
            side: None,
        }
    }

    /// A map that stands for `json`, a JSON object already validated as a
    /// `Map<V>`; `build` makes its entries when they are first needed.
    pub(crate) fn from_validated_json(json: Box<str>, build: fn(&str) -> Map<V>) -> Self {
        Map {
            entries: Vec::new(),
            side: Some(Box::new(Side::Text(Text {
                json,
                built: std::sync::OnceLock::new(),
                build,
            }))),
        }
    }

    /// A map of `entries` whose keys are known to differ (a validated
    /// object's).
    pub(crate) fn from_unique_entries(entries: Vec<(String, V)>) -> Self {
        let mut map = Map {
            entries,
            side: None,
        };
        map.reindex();
        map
    }

    /// The JSON text of a decoded map nobody changed (to be copied when
    /// written).
    pub(crate) fn validated_json(&self) -> Option<&[u8]> {
        self.text().map(|t| t.json.as_bytes())
    }

    fn text(&self) -> Option<&Text<V>> {
        match self.side.as_deref() {
            Some(Side::Text(t)) => Some(t),
            _ => None,
        }
    }

    fn index(&self) -> Option<&Index> {
        match self.side.as_deref() {
            Some(Side::Index(index)) => Some(index),
            _ => None,
        }
    }

    /// Builds the hash index when the map has more than [`INDEX_FROM`]
    /// entries, and drops it otherwise.
    fn reindex(&mut self) {
        self.side = (self.entries.len() > INDEX_FROM)
            .then(|| Box::new(Side::Index(Index::build(&self.entries))));
    }

    /// The map with its entries: built from the text on the first look.
    #[inline]
    fn built(&self) -> &Map<V> {
        match self.text() {
            None => self,
            Some(t) => t.built.get_or_init(|| Box::new((t.build)(&t.json))),
        }
    }

    /// Makes the entries this map's own, for a change (the text is dropped).
    #[inline]
    fn own(&mut self) {
        if self.text().is_some() {
            if let Some(Side::Text(Text { json, built, build })) = self.side.take().map(|s| *s) {
                *self = built.into_inner().map_or_else(|| build(&json), |m| *m);
            }
        }
    }

    fn position(&self, key: &str) -> Option<usize> {
        match self.index() {
            Some(index) => {
                let h = index.hasher.hash_one(key);
                index
                    .table
                    .find(h, |i| self.entries.get(*i).is_some_and(|e| e.0 == key))
                    .copied()
            }
            None => self.entries.iter().position(|(k, _)| k == key),
        }
    }

    fn push(&mut self, key: String, value: V) {
        self.own();
        let i = self.entries.len();
        if let Some(Side::Index(index)) = self.side.as_deref_mut() {
            let h = index.hasher.hash_one(key.as_str());
            let entries = &self.entries;
            let hasher = &index.hasher;
            index.table.insert_unique(h, i, |j| {
                if *j == i {
                    hasher.hash_one(key.as_str())
                } else {
                    hash_entry(hasher, entries, *j)
                }
            });
        }
        self.entries.push((key, value));
        if self.side.is_none() && self.entries.len() > INDEX_FROM {
            self.reindex();
        }
    }

    /// Inserts `value` under `key`, returning the value it replaces (the
    /// key keeps its original position).
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        self.own();
        match self.position(&key) {
            Some(i) => self
                .entries
                .get_mut(i)
                .map(|e| std::mem::replace(&mut e.1, value)),
            None => {
                self.push(key, value);
                None
            }
        }
    }

    /// Inserts only when `key` is new; otherwise gives both back.
    pub fn try_insert_new(&mut self, key: String, value: V) -> Result<(), (String, V)> {
        self.own();
        if self.position(&key).is_some() {
            return Err((key, value));
        }
        self.push(key, value);
        Ok(())
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        let m = self.built();
        m.position(key).and_then(|i| m.entries.get(i)).map(|e| &e.1)
    }

    /// The value under `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.own();
        let i = self.position(key)?;
        self.entries.get_mut(i).map(|e| &mut e.1)
    }

    /// True when `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.built().position(key).is_some()
    }

    /// Removes `key`, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.own();
        let i = self.position(key)?;
        let (_, v) = self.entries.remove(i);
        self.reindex();
        Some(v)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.built().entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.built().entries.is_empty()
    }

    /// Entries in order.
    pub fn iter(&self) -> Iter<'_, V> {
        Iter(self.built().entries.iter())
    }

    /// Entries in order, values mutable.
    pub fn iter_mut(&mut self) -> impl ExactSizeIterator<Item = (&String, &mut V)> {
        self.own();
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// Keys in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &String> {
        self.built().entries.iter().map(|(k, _)| k)
    }

    /// Values in order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &V> {
        self.built().entries.iter().map(|(_, v)| v)
    }
}

/// The entries of a [`Map`], in order.
pub struct Iter<'a, V>(std::slice::Iter<'a, (String, V)>);

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a String, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k, v))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<V> ExactSizeIterator for Iter<'_, V> {}

impl<V> DoubleEndedIterator for Iter<'_, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k, v))
    }
}

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map::new()
    }
}

impl<V: PartialEq> PartialEq for Map<V> {
    /// Maps are equal when they hold the same keys with equal values, in any
    /// order: a JSON object is unordered (as Python's `dict` and
    /// `indexmap::IndexMap` compare). The order is kept for writing only.
    ///
    /// ```
    /// use open_model::{Map, Value};
    /// let a: Map = [("a", 1), ("b", 2)].into_iter().map(|(k, v)| (k.to_owned(), Value::from(v))).collect();
    /// let b: Map = [("b", 2), ("a", 1)].into_iter().map(|(k, v)| (k.to_owned(), Value::from(v))).collect();
    /// assert_eq!(a, b);
    /// ```
    fn eq(&self, other: &Self) -> bool {
        if let (Some(a), Some(b)) = (self.validated_json(), other.validated_json()) {
            if a == b {
                return true; // the same text: the same value
            }
        }
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<V: std::hash::Hash> std::hash::Hash for Map<V> {
    /// Consistent with equality: the entries' hashes are combined in a way
    /// that does not depend on their order.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let mut sum: u64 = 0;
        for entry in self.iter() {
            sum = sum.wrapping_add(std::hash::BuildHasher::hash_one(
                &std::hash::BuildHasherDefault::<std::hash::DefaultHasher>::default(),
                entry,
            ));
        }
        state.write_usize(self.len());
        state.write_u64(sum);
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
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(mut self) -> Self::IntoIter {
        self.own();
        self.entries.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a Map<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = Iter<'a, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
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
    #[allow(
        clippy::panic,
        reason = "the documented contract of Index, as for HashMap"
    )]
    fn index(&self, key: &str) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no key {key:?} in map"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_indexed_maps_behave_the_same() {
        for n in [3usize, 16, 17, 200] {
            let mut m: Map<usize> = Map::new();
            for i in 0..n {
                assert_eq!(m.try_insert_new(format!("k{i}"), i), Ok(()));
            }
            assert_eq!(m.try_insert_new("k0".into(), 9), Err(("k0".into(), 9)));
            for i in 0..n {
                assert_eq!(m.get(&format!("k{i}")), Some(&i), "n={n}");
            }
            assert_eq!(m.insert("k1".into(), 100), Some(1));
            assert_eq!(m.remove("k0"), Some(0));
            assert_eq!(m.get("k0"), None);
            assert_eq!(m.get(&format!("k{}", n - 1)), Some(&(n - 1)));
            assert_eq!(m.keys().next().map(String::as_str), Some("k1"));
            assert_eq!(m.len(), n - 1);
            m.insert("k0".into(), 0);
            assert_eq!(m.keys().last().map(String::as_str), Some("k0"));
        }
    }
}
