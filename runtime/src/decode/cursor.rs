//! The reader's cursor: each of jiter's reading steps the reader uses
//! (`peek`, `known_str`, `known_object`, `next_key`, `array_step`, ...),
//! done here on the common path, and by jiter itself, at the same byte,
//! whenever the common path does not apply. The common path covers
//! well-formed input only: a key without escapes, a string without
//! escapes or with escapes other than of surrogates, a number followed by
//! a delimiter, a literal, the punctuation between them. On anything else
//! (an error, an escaped key, a surrogate escape, a very long number)
//! jiter takes the very step from the very byte, so every error and every
//! unusual value comes from jiter, with jiter's message at jiter's
//! position, as it did before this cursor existed. When the whole input
//! is UTF-8 (one SIMD check), every text the common path lends is a slice
//! of it; otherwise each is checked on its own, and a string that is not
//! UTF-8 is jiter's to report.
//!
//! Why not jiter alone: its steps pass through a tape (keys and strings
//! are copied) and a general number decoder; for the mostly well-formed,
//! mostly escape-free documents APIs exchange, borrowing from the input
//! is what a decoder of typed fields wants.

use super::scan::{self, skip_ws};
use jiter::{Jiter, JiterError, JiterResult, Peek};

pub(super) struct Cursor<'j> {
    data: &'j [u8],
    /// `data` as text when all of it is UTF-8 (checked once, with SIMD):
    /// then a string is a slice of it, with no check of its own.
    text: Option<&'j str>,
    /// The byte the next step starts at.
    pos: usize,
    /// The fallback, over `data[base..]`; moved to `pos` before each use.
    jiter: Jiter<'j>,
    base: usize,
    /// A string or key jiter decoded (one with escapes), copied out of its
    /// tape so that it can be lent after the cursor moved on.
    buf: String,
    /// The common path (and the fast scan of free-form values) may be
    /// taken: always, but in the tests that hold them to jiter's verdicts.
    pub(super) fast: bool,
}

/// Where a step ends, and what it gave.
type Fast<T> = Option<(T, usize)>;

impl<'j> Cursor<'j> {
    pub(super) fn new(data: &'j [u8], at: usize) -> Cursor<'j> {
        Cursor {
            data,
            text: scan::utf8(data),
            pos: at,
            jiter: Jiter::new(data.get(at..).unwrap_or_default()),
            base: at,
            buf: String::new(),
            fast: true,
        }
    }

    /// A cursor over the same input from byte `at`, for a trial decode.
    pub(super) fn trial(&self, at: usize) -> Cursor<'j> {
        Cursor {
            data: self.data,
            text: self.text,
            pos: at,
            jiter: Jiter::new(self.data.get(at..).unwrap_or_default()),
            base: at,
            buf: String::new(),
            fast: self.fast,
        }
    }

    /// `data[start..end]` as text, when it is UTF-8.
    #[inline]
    pub(super) fn text_between(&self, start: usize, end: usize) -> Option<&'j str> {
        text_of(self.data, self.text, start..end)
    }

    /// The whole input is UTF-8.
    #[inline]
    pub(super) fn all_utf8(&self) -> bool {
        self.text.is_some()
    }

    /// The byte the next step starts at.
    #[inline]
    pub(super) fn index(&self) -> usize {
        self.pos
    }

    /// Moves to byte `at`.
    #[inline]
    pub(super) fn seek(&mut self, at: usize) {
        self.pos = at;
    }

    /// jiter at the cursor's byte, for a step the common path left to it.
    fn jiter(&mut self) -> &mut Jiter<'j> {
        if self.base + self.jiter.current_index() != self.pos {
            let old = std::mem::replace(&mut self.jiter, Jiter::new(&[]));
            let rest = self.data.get(self.pos..).unwrap_or_default();
            self.jiter = Jiter::with_tape(rest, old.into_tape());
            self.base = self.pos;
        }
        &mut self.jiter
    }

    /// Takes jiter's step: the cursor moves where jiter ended; an error's
    /// position is made absolute.
    fn slow<T>(&mut self, step: impl FnOnce(&mut Jiter<'j>) -> JiterResult<T>) -> JiterResult<T> {
        let out = step(self.jiter());
        match out {
            Ok(v) => {
                self.pos = self.base + self.jiter.current_index();
                Ok(v)
            }
            Err(e) => Err(JiterError {
                error_type: e.error_type,
                index: self.base + e.index,
            }),
        }
    }

    /// A string-giving step of jiter (a string, a key), its result copied
    /// to `buf`.
    fn slow_text(
        &mut self,
        step: impl for<'a> FnOnce(&'a mut Jiter<'j>) -> JiterResult<Option<&'a str>>,
    ) -> JiterResult<Option<&str>> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let got = self.slow(|j| step(j).map(|s| s.map(|s| buf.push_str(s)).is_some()));
        self.buf = buf;
        Ok(got?.then_some(self.buf.as_str()))
    }

    #[inline]
    fn take<T>(&mut self, fast: Fast<T>) -> Option<T> {
        fast.filter(|_| self.fast).map(|(v, end)| {
            self.pos = end;
            v
        })
    }

    #[inline]
    pub(super) fn peek(&mut self) -> JiterResult<Peek> {
        let i = skip_ws(self.data, self.pos);
        match self.data.get(i).filter(|_| self.fast) {
            Some(&b) => {
                self.pos = i;
                Ok(Peek::new(b))
            }
            None => self.slow(Jiter::peek),
        }
    }

    pub(super) fn finish(&mut self) -> JiterResult<()> {
        self.slow(Jiter::finish)
    }

    #[inline]
    pub(super) fn known_null(&mut self) -> JiterResult<()> {
        match self.take(literal(self.data, self.pos, b"null")) {
            Some(()) => Ok(()),
            None => self.slow(Jiter::known_null),
        }
    }

    #[inline]
    pub(super) fn known_bool(&mut self, peek: Peek) -> JiterResult<bool> {
        let fast = match peek {
            Peek::True => literal(self.data, self.pos, b"true").map(|((), e)| (true, e)),
            _ => literal(self.data, self.pos, b"false").map(|((), e)| (false, e)),
        };
        match self.take(fast) {
            Some(b) => Ok(b),
            None => self.slow(|j| j.known_bool(peek)),
        }
    }

    /// The text of the number at the cursor (ASCII: the grammar was
    /// checked), and whether the common path read it: then its exponent
    /// has at most `LONG_EXPONENT` digits too, so the text is what
    /// `Number::from_checked_literal` may store unchecked.
    #[inline]
    pub(super) fn known_number_text(&mut self, peek: Peek) -> JiterResult<(&'j str, bool)> {
        let data = self.data;
        let start = self.pos;
        let (range, common) = match scan::number(data, start).filter(|_| self.fast) {
            // A number must end at a delimiter; `01`, `1.2.3` and the like
            // are jiter's to judge.
            Some(end)
                if !matches!(
                    data.get(end),
                    Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')
                ) =>
            {
                self.pos = end;
                (start..end, true)
            }
            _ => {
                let (from, len) = self.slow(|j| {
                    let from = j.current_index();
                    j.known_number_bytes(peek).map(|b| (from, b.len()))
                })?;
                let from = self.base + from;
                (from..from + len, false)
            }
        };
        // Text that cannot be lent is "", which no parse accepts.
        Ok(text_of(data, self.text, range).map_or(("", false), |text| (text, common)))
    }

    /// The string at the cursor: borrowed from the input when it has no
    /// escape, unescaped into `buf` when its escapes are the common ones,
    /// else decoded by jiter.
    #[inline]
    pub(super) fn known_str(&mut self) -> JiterResult<&str> {
        let data = self.data;
        match string_at(data, self.text, self.pos).filter(|_| self.fast) {
            Some((Text::Plain(text), end)) => {
                self.pos = end;
                return Ok(text);
            }
            Some((Text::Escaped(raw), end)) => {
                self.pos = end;
                scan::unescape(raw, &mut self.buf);
                return Ok(&self.buf);
            }
            None => {}
        }
        let got = self.slow_text(known_str_some)?;
        Ok(got.unwrap_or_default())
    }

    #[inline]
    pub(super) fn known_array(&mut self) -> JiterResult<Option<Peek>> {
        let i = skip_ws(self.data, self.pos + 1);
        let fast = match self.data.get(i) {
            Some(b']') => Some((None, i + 1)),
            Some(&b) => Some((Some(Peek::new(b)), i)),
            None => None,
        };
        match self.take(fast) {
            Some(p) => Ok(p),
            None => self.slow(Jiter::known_array),
        }
    }

    #[inline]
    pub(super) fn array_step(&mut self) -> JiterResult<Option<Peek>> {
        let data = self.data;
        let i = skip_ws(data, self.pos);
        let fast = match data.get(i) {
            Some(b']') => Some((None, i + 1)),
            Some(b',') => {
                let j = skip_ws(data, i + 1);
                match data.get(j) {
                    Some(b']') | None => None,
                    Some(&b) => Some((Some(Peek::new(b)), j)),
                }
            }
            _ => None,
        };
        match self.take(fast) {
            Some(p) => Ok(p),
            None => self.slow(Jiter::array_step),
        }
    }

    /// Opens the object at the cursor: its first key, if any.
    #[inline]
    pub(super) fn known_object(&mut self) -> JiterResult<Option<&str>> {
        let data = self.data;
        let i = skip_ws(data, self.pos + 1);
        let fast = match data.get(i) {
            Some(b'}') => Some((None, i + 1)),
            _ => key(data, self.text, i).map(|(k, end)| (Some(k), end)),
        };
        if let Some((k, end)) = fast.filter(|_| self.fast) {
            self.pos = end;
            return Ok(k);
        }
        self.slow_text(Jiter::known_object)
    }

    /// The next key of the object the cursor is in, or `None` at its end.
    #[inline]
    pub(super) fn next_key(&mut self) -> JiterResult<Option<&str>> {
        let data = self.data;
        let i = skip_ws(data, self.pos);
        let fast = match data.get(i) {
            Some(b'}') => Some((None, i + 1)),
            Some(b',') => key(data, self.text, skip_ws(data, i + 1)).map(|(k, end)| (Some(k), end)),
            _ => None,
        };
        if let Some((k, end)) = fast.filter(|_| self.fast) {
            self.pos = end;
            return Ok(k);
        }
        self.slow_text(Jiter::next_key)
    }
}

/// jiter's `known_str`, shaped as its key steps are.
fn known_str_some<'a>(j: &'a mut Jiter<'_>) -> JiterResult<Option<&'a str>> {
    j.known_str().map(Some)
}

/// `word` at `i` (jiter, too, does not look past it).
#[inline]
fn literal(data: &[u8], i: usize, word: &[u8]) -> Fast<()> {
    scan::literal(data, i, word).map(|end| ((), end))
}

/// `data[range]` as text: a slice of `all` (the whole input, when it is
/// UTF-8), else checked on its own.
#[inline]
fn text_of<'j>(
    data: &'j [u8],
    all: Option<&'j str>,
    range: std::ops::Range<usize>,
) -> Option<&'j str> {
    match all {
        Some(all) => all.get(range),
        None => scan::utf8(data.get(range)?),
    }
}

/// The text between a string's quotes, as UTF-8.
enum Text<'j> {
    /// Without escapes: the string itself.
    Plain(&'j str),
    /// With escapes the scan vouched for (none of a surrogate).
    Escaped(&'j str),
}

/// The well-formed string whose opening quote is at `i`, when the common
/// path can read it: its text, and the index after its closing quote.
#[inline]
fn string_at<'j>(data: &'j [u8], all: Option<&'j str>, i: usize) -> Fast<Text<'j>> {
    if data.get(i) != Some(&b'"') {
        return None;
    }
    let s = scan::string(data, i + 1)?;
    let text = text_of(data, all, i + 1..s.end - 1)?;
    let text = if s.escaped {
        Text::Escaped(text)
    } else {
        Text::Plain(text)
    };
    Some((text, s.end))
}

/// The string whose opening quote is at `i`, when it has no escape (and
/// is well-formed): its text, and the index after its closing quote.
#[inline]
fn plain_string<'j>(data: &'j [u8], all: Option<&'j str>, i: usize) -> Fast<&'j str> {
    match string_at(data, all, i)? {
        (Text::Plain(text), end) => Some((text, end)),
        (Text::Escaped(_), _) => None,
    }
}

/// A key at `i` without escapes, then its colon: the key, and the index
/// after the colon.
#[inline]
fn key<'j>(data: &'j [u8], all: Option<&'j str>, i: usize) -> Fast<&'j str> {
    let (text, end) = plain_string(data, all, i)?;
    let colon = skip_ws(data, end);
    (data.get(colon) == Some(&b':')).then_some((text, colon + 1))
}

#[cfg(test)]
mod tests {
    use crate::decode::{Decode, Fatal, JsonReader};
    use crate::error::Report;
    use crate::Value;

    /// `doc` read as a `Value`, objects built as they are read (so every
    /// key goes through the cursor), by the common path or by jiter alone.
    fn read(doc: &[u8], fast: bool) -> (Option<Value>, Report, usize) {
        let mut r = JsonReader::new(doc, 16);
        r.cur.fast = fast;
        r.eager = true;
        let got = (|| {
            let peek = r.peek()?;
            let v = Value::__decode_json(&mut r, peek)?;
            r.finish()?;
            Ok::<_, Fatal>(v)
        })();
        let end = r.index();
        (got.ok().flatten(), r.ctx.into_report(Some(doc)), end)
    }

    #[test]
    fn reads_as_jiter_does_value_error_and_position() {
        let mut docs = super::super::test_docs::mutated(4000);
        docs.extend(super::super::test_docs::json_test_suite());
        let mut fine = 0;
        for doc in &docs {
            let (fast, slow) = (read(doc, true), read(doc, false));
            let text = String::from_utf8_lossy(doc);
            assert_eq!(fast, slow, "{text:?}");
            fine += usize::from(fast.1.is_empty());
        }
        // Both verdicts are reached.
        assert!(
            fine > docs.len() / 20 && fine < docs.len() * 19 / 20,
            "{fine}"
        );
    }

    /// Numbers on both sides of the common path's limits (15 exponent
    /// digits, 4000 digits of a part) and of the exponent limit itself
    /// read alike: the common path stores its text unchecked, so it must
    /// admit nothing the full check refuses.
    #[test]
    fn numbers_at_the_limits_read_as_jiter_does() {
        let long = "7".repeat(4000);
        let longer = "7".repeat(4001);
        let literals = [
            "0".to_owned(),
            "-0".to_owned(),
            "-0.0e-0".to_owned(),
            "1e999999999999999".to_owned(),
            "-1.5E+999999999999999".to_owned(),
            "1e9999999999999999".to_owned(),
            "1e999999999999999999".to_owned(),
            "1e1000000000000000001".to_owned(),
            "0.1e-1000000000000000001".to_owned(),
            format!("{long}e999999999999999"),
            format!("0.{long}e-999999999999999"),
            format!("{longer}.{longer}"),
            "12345678901234567890123".to_owned(),
        ];
        for n in &literals {
            for doc in [format!("[{n}]"), format!("{{\"k\":{n}}}"), n.clone()] {
                let (fast, slow) = (read(doc.as_bytes(), true), read(doc.as_bytes(), false));
                assert_eq!(fast, slow, "{doc:?}");
                // The check (which keeps only the verdict) agrees with the
                // decode.
                let checked = crate::check_json_slice::<Value>(doc.as_bytes());
                let decoded = crate::from_json_slice::<Value>(doc.as_bytes());
                assert_eq!(checked.err(), decoded.err(), "{doc:?}");
            }
        }
    }
}
