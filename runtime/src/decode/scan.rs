//! The fast scan of a free-form value: a validating pass over the bytes of
//! an array or object that builds nothing and reports nothing. It only
//! vouches: `Some(end)` means the reader's own rules (those of the jiter
//! path in `reader.rs`: strict RFC 8259 syntax, UTF-8, no control
//! character in a string, the escape rules and the lone-surrogate rule,
//! the depth limit, unique keys at every depth, the exponent limit) all
//! hold for `data[at..end]`. Anything it cannot vouch for quickly (an
//! error, and a few rare lawful constructs: a `\u` escape of a surrogate,
//! a key with an escape, a very long number) gives `None`, and the reader
//! reads the value the slow way, which finds the error and says where, or
//! accepts the rare construct. The scan never accepts what the slow way
//! refuses: a property test runs both over mutated documents.
//!
//! Written by hand because no crate validates without building and also
//! finds duplicate keys: serde's `IgnoredAny` and jiter's skip do not
//! check keys, sonic-rs needs `unsafe` targets of its own. Strings are
//! searched eight bytes at a time (SWAR, as serde_json does), in safe code.

use std::hash::BuildHasher;

/// Objects with more keys than this find duplicates through a hash table.
const LINEAR: usize = 16;

/// An integer or fraction part longer than this is left to the slow path
/// (jiter stops at 4300 digits; the reader reads longer ones itself).
const LONG_DIGITS: usize = 4000;

/// An exponent of more digits than this is left to the slow path (the
/// limit itself is far larger: `MAX_EXPONENT`).
const LONG_EXPONENT: usize = 15;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The reusable buffers of the scan, kept by the reader.
#[derive(Default)]
pub(crate) struct Scanner {
    stack: Vec<Level>,
    /// The spans of the keys of the open objects, innermost last.
    keys: Vec<(usize, usize)>,
    /// The hash tables of the open objects with many keys, innermost last,
    /// each with the index in `stack` of its object.
    tables: Vec<(usize, hashbrown::HashTable<usize>)>,
    hasher: Option<foldhash::fast::RandomState>,
    /// A string of this scan may hold bytes above ASCII.
    wide: bool,
    /// The scan passed whitespace between tokens.
    spaced: bool,
}

/// An open container.
enum Level {
    Array,
    /// An object whose keys start at this index in `keys`.
    Object(usize),
}

impl Scanner {
    /// Scans the array or object at `data[at]`, allowing `depth` levels of
    /// nesting: its end when every rule holds, else `None`. `all_utf8`:
    /// the whole of `data` is known to be UTF-8.
    pub(crate) fn scan(
        &mut self,
        data: &[u8],
        at: usize,
        depth: usize,
        all_utf8: bool,
    ) -> Option<usize> {
        self.stack.clear();
        self.keys.clear();
        self.tables.clear();
        self.wide = false;
        self.spaced = false;
        let mut spaced = false;
        let end = self.value(data, at, depth, &mut spaced);
        self.spaced = spaced;
        self.stack.clear();
        self.keys.clear();
        self.tables.clear();
        let end = end?;
        // Outside strings the scan accepts only ASCII: when a string may
        // hold more, the whole value's UTF-8 is checked at once.
        if self.wide && !all_utf8 {
            utf8(data.get(at..end)?)?;
        }
        Some(end)
    }

    fn value(
        &mut self,
        data: &[u8],
        mut i: usize,
        depth: usize,
        spaced: &mut bool,
    ) -> Option<usize> {
        'value: loop {
            // A value starts at `i` (after whitespace).
            i = ws(data, i, spaced);
            match *data.get(i)? {
                b'{' => {
                    if self.stack.len() >= depth {
                        return None;
                    }
                    self.stack.push(Level::Object(self.keys.len()));
                    i = ws(data, i + 1, spaced);
                    if data.get(i) == Some(&b'}') {
                        i += 1;
                        self.close();
                    } else {
                        i = self.key(data, i, spaced)?;
                        continue 'value;
                    }
                }
                b'[' => {
                    if self.stack.len() >= depth {
                        return None;
                    }
                    self.stack.push(Level::Array);
                    i = ws(data, i + 1, spaced);
                    if data.get(i) == Some(&b']') {
                        i += 1;
                        self.close();
                    } else {
                        continue 'value;
                    }
                }
                b'"' => {
                    let s = string(data, i + 1)?;
                    self.wide |= s.wide;
                    i = s.end;
                }
                b't' => i = literal(data, i, b"true")?,
                b'f' => i = literal(data, i, b"false")?,
                b'n' => i = literal(data, i, b"null")?,
                b'-' | b'0'..=b'9' => i = number(data, i)?,
                _ => return None,
            }
            // After a value: the next one, or the ends of containers.
            loop {
                let Some(level) = self.stack.last() else {
                    return Some(i);
                };
                let is_object = matches!(level, Level::Object(_));
                i = ws(data, i, spaced);
                match (*data.get(i)?, is_object) {
                    (b',', false) => {
                        i += 1;
                        continue 'value;
                    }
                    (b',', true) => {
                        let at = ws(data, i + 1, spaced);
                        i = self.key(data, at, spaced)?;
                        continue 'value;
                    }
                    (b']', false) | (b'}', true) => {
                        i += 1;
                        self.close();
                    }
                    _ => return None,
                }
            }
        }
    }

    /// Reads a key, its colon and the whitespace after it, at `data[i]`
    /// (which must be its opening quote); `None` for a duplicate.
    fn key(&mut self, data: &[u8], i: usize, spaced: &mut bool) -> Option<usize> {
        if data.get(i) != Some(&b'"') {
            return None;
        }
        let s = string(data, i + 1)?;
        if s.escaped {
            // `"a"` and `"\u0061"` are one key: left to the slow path.
            return None;
        }
        self.wide |= s.wide;
        self.push_key(data, (i + 1, s.end - 1))?;
        let colon = ws(data, s.end, spaced);
        (data.get(colon) == Some(&b':')).then_some(colon + 1)
    }

    /// Adds a key to the innermost object; `None` when it already has it.
    fn push_key(&mut self, data: &[u8], span: (usize, usize)) -> Option<()> {
        let index = self.keys.len();
        let level = self.stack.len().checked_sub(1)?;
        let Some(&Level::Object(first)) = self.stack.get(level) else {
            return None;
        };
        let key = |s: (usize, usize)| data.get(s.0..s.1).unwrap_or_default();
        let keys = &self.keys;
        let count = index - first;
        if count < LINEAR {
            // Lengths first: most keys of an object differ in length, and
            // comparing them needs no slice of the input.
            let len = span.1 - span.0;
            let same = |&k: &(usize, usize)| k.1 - k.0 == len && key(k) == key(span);
            if keys.get(first..)?.iter().any(same) {
                return None;
            }
        } else {
            let hasher = self.hasher.get_or_insert_with(Default::default);
            if !in_table(&mut self.tables, level, hasher, keys, first, span, data) {
                return None;
            }
        }
        self.keys.push(span);
        Some(())
    }

    /// Bytes held by its stacks.
    pub(crate) fn capacity(&self) -> usize {
        self.stack.capacity() * size_of::<Level>()
            + self.keys.capacity() * size_of::<(usize, usize)>()
            + self.tables.capacity() * size_of::<(usize, hashbrown::HashTable<usize>)>()
    }

    /// True when the value last vouched for has no whitespace between its
    /// tokens: its text is already as compact as the writer's.
    pub(crate) fn compact(&self) -> bool {
        !self.spaced
    }

    /// Closes the innermost container, dropping an object's keys.
    fn close(&mut self) {
        if let Some(Level::Object(first)) = self.stack.pop() {
            self.keys.truncate(first);
            if self.tables.last().is_some_and(|t| t.0 == self.stack.len()) {
                self.tables.pop();
            }
        }
    }
}

/// Adds the key at `span` to the hash table of the object at `level` in
/// the stack, whose keys start at `first` in `keys` (building the table on
/// first use); false when the object already has that key. Kept out of
/// line: most objects are small and never need it.
#[inline(never)]
fn in_table(
    tables: &mut Vec<(usize, hashbrown::HashTable<usize>)>,
    level: usize,
    hasher: &foldhash::fast::RandomState,
    keys: &[(usize, usize)],
    first: usize,
    span: (usize, usize),
    data: &[u8],
) -> bool {
    let key = |s: (usize, usize)| data.get(s.0..s.1).unwrap_or_default();
    let hash_at = |m: &usize| hasher.hash_one(keys.get(*m).map_or(&[][..], |&s| key(s)));
    if tables.last().map(|t| t.0) != Some(level) {
        let mut t = hashbrown::HashTable::with_capacity((keys.len() - first) * 2);
        for (j, &k) in keys.iter().enumerate().skip(first) {
            t.insert_unique(hasher.hash_one(key(k)), j, hash_at);
        }
        tables.push((level, t));
    }
    let Some((_, table)) = tables.last_mut() else {
        return false;
    };
    let h = hasher.hash_one(key(span));
    let same = |&m: &usize| keys.get(m).is_some_and(|&s| key(s) == key(span));
    if table.find(h, same).is_some() {
        return false;
    }
    table.insert_unique(h, keys.len(), hash_at);
    true
}

/// Passes whitespace at `i`, noting in `spaced` that there was some.
#[inline]
fn ws(data: &[u8], i: usize, spaced: &mut bool) -> usize {
    if matches!(data.get(i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        *spaced = true;
        skip_ws(data, i + 1)
    } else {
        i
    }
}

#[inline]
pub(super) fn skip_ws(data: &[u8], mut i: usize) -> usize {
    while matches!(data.get(i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        i += 1;
    }
    i
}

#[inline]
pub(super) fn literal(data: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    let end = i + word.len();
    (data.get(i..end)? == word).then_some(end)
}

/// Bytes of `w` that are zero: the lowest flagged byte is exact (a borrow
/// only flags bytes above a flagged one).
#[inline]
fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(ONES) & !w & HIGHS
}

/// Bytes of `w` that end or interrupt a string's plain run: `"`, `\` and
/// the control characters below 0x20.
#[inline]
fn stops(w: u64) -> u64 {
    zero_bytes(w ^ (ONES * u64::from(b'"')))
        | zero_bytes(w ^ (ONES * u64::from(b'\\')))
        | (w.wrapping_sub(ONES * 0x20) & !w & HIGHS)
}

/// A string the scan read.
pub(super) struct Str {
    /// The index after its closing quote.
    pub(super) end: usize,
    /// It held an escape.
    pub(super) escaped: bool,
    /// It may hold bytes above ASCII (then its UTF-8 is for the caller to
    /// check; an ASCII string is valid UTF-8).
    pub(super) wide: bool,
}

/// Reads a string whose opening quote is at `i - 1`. `None` for a control
/// character, a bad escape, a `\u` escape of a surrogate (left to the slow
/// path), or no closing quote.
#[inline]
pub(super) fn string(data: &[u8], mut i: usize) -> Option<Str> {
    let mut escaped = false;
    let mut high = 0u64;
    loop {
        // Eight bytes at a time to the next byte that is not plain text.
        while let Some(chunk) = data.get(i..).and_then(|r| r.first_chunk::<8>()) {
            let w = u64::from_le_bytes(*chunk);
            high |= w;
            let found = stops(w);
            if found != 0 {
                i += (found.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        match *data.get(i)? {
            b'"' => {
                return Some(Str {
                    end: i + 1,
                    escaped,
                    wide: high & HIGHS != 0,
                })
            }
            b'\\' => {
                escaped = true;
                i = escape(data, i + 1)?;
            }
            b if b < 0x20 => return None,
            b => {
                high |= u64::from(b);
                i += 1;
            }
        }
    }
}

/// `bytes` as text, when they are UTF-8 (checked with SIMD).
#[inline]
pub(super) fn utf8(bytes: &[u8]) -> Option<&str> {
    simdutf8::basic::from_utf8(bytes).ok()
}

/// Writes the string whose text between the quotes is `raw` (escapes
/// vouched for by the scan: one of `"\/bfnrt`, or `u` and four hex digits
/// of a code point that is not a surrogate) to `out`.
pub(super) fn unescape(raw: &str, out: &mut String) {
    out.clear();
    let mut rest = raw;
    while let Some((plain, escape)) = rest.split_once('\\') {
        out.push_str(plain);
        let (c, len) = match escape.as_bytes().first() {
            Some(b'u') => {
                let code = escape
                    .get(1..5)
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .and_then(char::from_u32);
                (code.unwrap_or(char::REPLACEMENT_CHARACTER), 5)
            }
            Some(b'b') => ('\u{8}', 1),
            Some(b'f') => ('\u{c}', 1),
            Some(b'n') => ('\n', 1),
            Some(b'r') => ('\r', 1),
            Some(b't') => ('\t', 1),
            // `"`, `\\` and `/` stand for themselves.
            Some(&b) => (char::from(b), 1),
            None => break,
        };
        out.push(c);
        rest = escape.get(len..).unwrap_or_default();
    }
    out.push_str(rest);
}

/// Reads the escape after a backslash at `i - 1`; the index after it.
fn escape(data: &[u8], i: usize) -> Option<usize> {
    match *data.get(i)? {
        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => Some(i + 1),
        b'u' => {
            let hex = data.get(i + 1..i + 5)?;
            let text = std::str::from_utf8(hex).ok()?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            let code = u32::from_str_radix(text, 16).ok()?;
            // Surrogates, paired or not, go the slow way, which owns the rule.
            (!(0xD800..=0xDFFF).contains(&code)).then_some(i + 5)
        }
        _ => None,
    }
}

/// Reads a number at `data[i]` by the JSON grammar; the index after it.
pub(super) fn number(data: &[u8], mut i: usize) -> Option<usize> {
    if data.get(i) == Some(&b'-') {
        i += 1;
    }
    match *data.get(i)? {
        b'0' => i += 1,
        b'1'..=b'9' => i = digits(data, i, LONG_DIGITS)?,
        _ => return None,
    }
    if data.get(i) == Some(&b'.') {
        i = digits(data, i + 1, LONG_DIGITS)?;
    }
    if matches!(data.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(data.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        i = digits(data, i, LONG_EXPONENT)?;
    }
    Some(i)
}

/// One or more digits at `data[i]`, at most `most`; the index after them.
fn digits(data: &[u8], i: usize, most: usize) -> Option<usize> {
    let rest = data.get(i..)?;
    let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=most).contains(&n).then_some(i + n)
}

#[cfg(test)]
mod tests {
    use super::Scanner;
    use crate::decode::{Decode, JsonReader};
    use crate::Value;

    /// Holds the scan to the slow way's verdict on `doc`, read as a `Value`
    /// with `depth` levels allowed: where the scan vouches, the slow way
    /// finds no error and ends where the scan ended. Gives the scan's verdict.
    fn agrees(doc: &[u8], depth: usize) -> Option<usize> {
        let mut r = JsonReader::new(doc, depth);
        r.cur.fast = false;
        let Ok(peek) = r.peek() else {
            return None;
        };
        let at = r.index();
        if !matches!(doc.get(at), Some(b'[' | b'{')) {
            return None;
        }
        let all_utf8 = std::str::from_utf8(doc).is_ok();
        let fast = Scanner::default().scan(doc, at, depth, all_utf8);
        let slow = match Value::__check_json(&mut r, peek) {
            Ok(true) if r.ctx.is_ok() => Some(r.index()),
            _ => None,
        };
        if let Some(end) = fast {
            let text = String::from_utf8_lossy(doc);
            assert_eq!(slow, Some(end), "the scan vouched for {text:?}");
        }
        fast
    }

    #[test]
    fn never_vouches_for_what_the_slow_way_refuses() {
        let docs = super::super::test_docs::mutated(6000);
        let mut vouched = 0;
        for doc in &docs {
            vouched += usize::from(agrees(doc, 64).is_some());
            // The depth limit, at its edge.
            agrees(doc, 3);
        }
        // The mutations reach both verdicts.
        let total = docs.len();
        assert!(
            vouched > total / 20 && vouched < total * 19 / 20,
            "{vouched} of {total}"
        );
    }

    #[test]
    fn agrees_on_the_json_test_suite() {
        for doc in super::super::test_docs::json_test_suite() {
            agrees(&doc, 64);
        }
    }

    fn scan(text: &str) -> Option<usize> {
        Scanner::default().scan(text.as_bytes(), 0, 64, false)
    }

    #[test]
    fn vouches_for_lawful_values_and_nothing_else() {
        for ok in [
            "{}",
            "[]",
            r#"{"a": [1, -0.5e+3, true, false, null, "x\n\u00e9"], "b": {"c": {}}}"#,
            "[\"café 😀\", 0, 10, 1E9]",
            r#"{"aaaaaaaaaaaaaaaaaaaaaa": 1, "aaaaaaaaaaaaaaaaaaaaaab": 2}"#,
        ] {
            assert_eq!(scan(ok), Some(ok.len()), "{ok}");
        }
        // The end is right after the value.
        assert_eq!(scan("[1] ,"), Some(3));
        for bad in [
            "{",
            "[1,]",
            r#"{"a":1,}"#,
            "[01]",
            "[1.]",
            "[.5]",
            "[-]",
            "[1e]",
            "[tru]",
            r#"{"a" 1}"#,
            r#"{"a":1 "b":2}"#,
            "[\"\u{1}\"]",
            r#"["\x"]"#,
            r#"["\u12"]"#,
            r#"{"a":1,"a":2}"#,
            r#"{"a":{"b":1,"b":1}}"#,
            "[NaN]",
            "[1 2]",
            "{1:2}",
            // left to the slow path, which accepts them
            r#"["\ud83d\ude00"]"#,
            r#"{"\u0061":1}"#,
        ] {
            assert_eq!(scan(bad), None, "{bad}");
        }
        // Invalid UTF-8 in a string.
        assert_eq!(Scanner::default().scan(b"[\"\xff\"]", 0, 64, false), None);
        // Depth: two levels need two.
        assert_eq!(Scanner::default().scan(b"[[1]]", 0, 2, false), Some(5));
        assert_eq!(Scanner::default().scan(b"[[1]]", 0, 1, false), None);
    }

    #[test]
    fn notes_whitespace_between_tokens_only() {
        let mut s = Scanner::default();
        for (text, compact) in [
            (r#"{"a":[1,"x y"],"b":{}}"#, true),
            (r#"{"a" :1}"#, false),
            ("[1,\n2]", false),
            ("[ ]", false),
            (r#"{"a":1 }"#, false),
        ] {
            assert!(s.scan(text.as_bytes(), 0, 8, false).is_some(), "{text}");
            assert_eq!(s.compact(), compact, "{text}");
        }
    }

    #[test]
    fn finds_duplicates_among_many_keys() {
        let keys: Vec<String> = (0..100).map(|i| format!("\"k{i}\":{i}")).collect();
        let fine = format!("{{{}}}", keys.join(","));
        assert_eq!(scan(&fine), Some(fine.len()));
        let twice = format!("{{{},\"k42\":0}}", keys.join(","));
        assert_eq!(scan(&twice), None);
        // The same key in sibling objects is fine.
        let siblings = format!("[{fine},{fine}]");
        assert_eq!(scan(&siblings), Some(siblings.len()));
        // Each open object has its own table: a large object inside a
        // large one, then more keys of the outer one.
        let outer =
            |inner: &str, last: &str| format!("{{{},\"in\":{inner},{last}:0}}", keys.join(","));
        let nested = outer(&fine, "\"k100\"");
        assert_eq!(scan(&nested), Some(nested.len()));
        assert_eq!(scan(&outer(&fine, "\"k7\"")), None);
        assert_eq!(scan(&outer(&twice, "\"k100\"")), None);
        let deep = outer(&outer(&fine, "\"k100\""), "\"in2\"");
        assert_eq!(scan(&deep), Some(deep.len()));
        assert_eq!(scan(&outer(&outer(&fine, "\"k100\""), "\"in\"")), None);
        // A closed object's table is not the next sibling's (a smaller
        // one: a table that grows rehashes every key it holds).
        let other: Vec<String> = (0..20).map(|i| format!("\"j{i}\":{i}")).collect();
        let late = format!("[{fine},{{{},\"j3\":0}}]", other.join(","));
        assert_eq!(scan(&late), None);
    }
}
