//! Builds the tree of a free-form map from the text the reader kept for
//! it: text the reader validated in full while decoding (syntax, UTF-8,
//! escapes, duplicate keys, depth, the exponent limit) and wrote without
//! whitespace, as a `str`. So this builder checks nothing the reader
//! checked: every string without escapes is a slice of the text (no
//! UTF-8 check of its own), and it gathers each container's items on a
//! stack shared by the whole tree, so that each container is allocated
//! once, at its exact size, when it closes.
//!
//! On anything it does not expect (whitespace, a `\u` escape of a
//! surrogate, a very long number: the constructs the fast scan leaves to
//! the reader) it gives up with `None`, and the reader builds the map, as
//! it did before this builder existed. A test holds the two to the same
//! trees.

use super::scan;
use crate::{Map, Number, Value};
use std::cell::Cell;

/// The map whose validated, compact JSON text is `json`.
pub(super) fn map_from_validated(text: &str) -> Option<Map<Value>> {
    let (entries, items) = STACKS.try_with(Cell::take).unwrap_or_default();
    let mut b = Builder {
        text,
        entries,
        items,
    };
    let built = b.object(0);
    // Kept for the next build, empty, unless one object or array made
    // them large.
    if b.entries.capacity() + b.items.capacity() <= KEEP_ITEMS {
        b.entries.clear();
        b.items.clear();
        let _ = STACKS.try_with(|s| s.set((b.entries, b.items)));
    }
    let (map, end) = built?;
    (end == text.len()).then_some(map)
}

type Stacks = (Vec<(String, Value)>, Vec<Value>);

/// Stacks with room for more items than this are not kept.
const KEEP_ITEMS: usize = 4096;

thread_local! {
    /// The builder's stacks, kept between builds on a thread: the maps of
    /// a model are built one by one, most with a handful of entries, and
    /// growing new stacks for each cost 10-15% of building them.
    static STACKS: Cell<Stacks> = const { Cell::new((Vec::new(), Vec::new())) };
}

struct Builder<'t> {
    text: &'t str,
    /// The entries of the open objects, innermost last.
    entries: Vec<(String, Value)>,
    /// The items of the open arrays, innermost last.
    items: Vec<Value>,
}

impl Builder<'_> {
    fn byte(&self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    /// The value at `i`, and the index after it.
    fn value(&mut self, i: usize) -> Option<(Value, usize)> {
        let bytes = self.text.as_bytes();
        Some(match self.byte(i)? {
            b'{' => {
                let (map, end) = self.object(i)?;
                (Value::Dict(map), end)
            }
            b'[' => self.array(i)?,
            b'"' => {
                let (s, end) = self.string(i)?;
                (Value::Str(s), end)
            }
            b't' => (Value::Bool(true), scan::literal(bytes, i, b"true")?),
            b'f' => (Value::Bool(false), scan::literal(bytes, i, b"false")?),
            b'n' => (Value::Null, scan::literal(bytes, i, b"null")?),
            _ => {
                let end = scan::number(bytes, i)?;
                let n = Number::from_checked_literal(self.text.get(i..end)?);
                (Value::Number(n), end)
            }
        })
    }

    /// The object whose `{` is at `i`, and the index after it.
    fn object(&mut self, i: usize) -> Option<(Map<Value>, usize)> {
        if self.byte(i)? != b'{' {
            return None;
        }
        let first = self.entries.len();
        let end = self.container(i, b'}', |b, i| {
            let (key, colon) = b.string(i)?;
            if b.byte(colon)? != b':' {
                return None;
            }
            let (value, end) = b.value(colon + 1)?;
            b.entries.push((key, value));
            Some(end)
        })?;
        let entries = self.entries.split_off(first);
        Some((Map::from_unique_entries(entries), end))
    }

    /// The array whose `[` is at `i`, and the index after it.
    fn array(&mut self, i: usize) -> Option<(Value, usize)> {
        let first = self.items.len();
        let end = self.container(i, b']', |b, i| {
            let (value, end) = b.value(i)?;
            b.items.push(value);
            Some(end)
        })?;
        let items = self.items.split_off(first);
        Some((Value::List(items), end))
    }

    /// The items of the container that opens at `i` and ends with
    /// `close`, each read by `item` (which gives the index after it); the
    /// index after the container.
    fn container(
        &mut self,
        i: usize,
        close: u8,
        mut item: impl FnMut(&mut Self, usize) -> Option<usize>,
    ) -> Option<usize> {
        let mut i = i + 1;
        if self.byte(i)? == close {
            return Some(i + 1);
        }
        loop {
            let end = item(self, i)?;
            match self.byte(end)? {
                b',' => i = end + 1,
                b if b == close => return Some(end + 1),
                _ => return None,
            }
        }
    }

    /// The string whose opening quote is at `i`, and the index after it.
    fn string(&mut self, i: usize) -> Option<(String, usize)> {
        if self.byte(i)? != b'"' {
            return None;
        }
        let s = scan::string(self.text.as_bytes(), i + 1)?;
        let raw = self.text.get(i + 1..s.end - 1)?;
        if !s.escaped {
            return Some((raw.to_owned(), s.end));
        }
        let mut out = String::with_capacity(raw.len());
        scan::unescape(raw, &mut out);
        Some((out, s.end))
    }
}

#[cfg(test)]
mod tests {
    use super::map_from_validated;
    use crate::decode::{Decode, JsonReader};
    use crate::{Map, Value};

    /// `doc` read by the reader, objects built as they are read.
    fn read(doc: &[u8]) -> Option<Map<Value>> {
        let mut r = JsonReader::new(doc, 64);
        r.eager = true;
        let peek = r.peek().ok()?;
        let map = Map::<Value>::__decode_json(&mut r, peek).ok()??;
        r.finish().ok()?;
        r.ctx.is_ok().then_some(map)
    }

    /// The compact text the reader keeps for `doc`.
    fn kept(doc: &[u8]) -> Box<str> {
        crate::encode::compacted(std::str::from_utf8(doc).expect("read as UTF-8"))
    }

    #[test]
    fn builds_what_the_reader_builds() {
        let mut docs = super::super::test_docs::mutated(3000);
        docs.extend(super::super::test_docs::json_test_suite());
        let (mut objects, mut built) = (0, 0);
        for doc in &docs {
            let Some(expected) = read(doc) else {
                continue;
            };
            objects += 1;
            let text = kept(doc);
            if let Some(map) = map_from_validated(&text) {
                built += 1;
                let shown = String::from_utf8_lossy(doc);
                assert_eq!(map, expected, "{shown}");
                // The same order at every depth, the same numbers.
                let json = |m: &Map<Value>| crate::to_json_vec(m).expect("writes");
                assert_eq!(json(&map), json(&expected), "{shown}");
            }
        }
        // The builder builds most objects (it leaves surrogate escapes,
        // escaped keys and very long numbers to the reader).
        assert!(
            objects > 1000 && built * 10 > objects * 8,
            "{built} of {objects}"
        );
    }

    #[test]
    fn leaves_what_it_does_not_expect_to_the_reader() {
        for text in [
            r#"{"a":"\ud83d\ude00"}"#,
            r#"{"a": 1}"#,
            r#"{"a":1}x"#,
            r#"["a"]"#,
        ] {
            assert_eq!(map_from_validated(text), None, "{text}");
        }
        let long = format!(r#"{{"a":{}}}"#, "9".repeat(5000));
        assert_eq!(map_from_validated(&long), None);
        let fine = r#"{"a":[1,-2.5e3,true,false,null,"x\n\u00e9\"\\\/"],"b":{},"c":[]}"#;
        assert_eq!(map_from_validated(fine), read(fine.as_bytes()), "{fine}");
    }
}
