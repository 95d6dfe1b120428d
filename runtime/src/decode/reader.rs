//! The JSON reader the decoders drive, with the pass's errors: its steps
//! are the cursor's (`cursor.rs`: the common path, jiter for the rest), and
//! free-form values are passed by the fast scan (`scan.rs`) when it vouches.

use super::*;
use crate::key_stack::{KeyStack, Level};

/// Decoding stopped: the input is not well-formed. The error is in the context.
#[derive(Debug)]
pub struct Fatal;

/// The result of one decoding step: `Ok(None)` when the value was consumed but
/// did not validate (its errors are in the context).
pub type Step<T> = Result<Option<T>, Fatal>;

/// A JSON reader over a byte slice, with the error context of the pass.
pub struct JsonReader<'j> {
    data: &'j [u8],
    /// Where the reader is; jiter behind it for every step off the common
    /// path.
    pub(super) cur: super::cursor::Cursor<'j>,
    /// The errors and depth of this pass.
    pub(crate) ctx: Ctx,
    /// The keys of the objects a check is inside, the buffers of the fast
    /// scan of free-form values, and where a string a check needs is
    /// copied (so a checked string is never allocated): reused from call
    /// to call on a thread.
    pub(super) bufs: super::buffers::Pooled,
    /// Builds free-form maps now rather than keeping their text (set when
    /// building one from its text).
    pub(super) eager: bool,
}

/// A key [`JsonReader::check_keys`] noted: its place on the key stack, and
/// whether its object had it before.
#[derive(Clone, Copy)]
pub(crate) struct Noted {
    index: usize,
    duplicate: bool,
}

fn syntax_message(e: &JiterErrorType) -> String {
    match e {
        JiterErrorType::JsonError(t) => t.to_string(),
        JiterErrorType::WrongType { expected, actual } => {
            format!("expected {expected}, found {actual}")
        }
    }
}

fn fatal(ctx: &mut Ctx, e: jiter::JiterError) -> Fatal {
    ctx.error_at(
        ErrorKind::Syntax(syntax_message(&e.error_type)),
        Some(e.index),
    );
    Fatal
}

impl<'j> JsonReader<'j> {
    pub(crate) fn new(data: &'j [u8], max_depth: usize) -> JsonReader<'j> {
        JsonReader {
            data,
            cur: super::cursor::Cursor::new(data, 0),
            ctx: Ctx::new(max_depth),
            bufs: super::buffers::Pooled::default(),
            eager: false,
        }
    }

    /// A reader over the same input from byte `at`, for a trial decode.
    pub(crate) fn trial(&self, at: usize) -> JsonReader<'j> {
        JsonReader {
            data: self.data,
            cur: self.cur.trial(at),
            ctx: self.ctx.trial(),
            bufs: super::buffers::Pooled::default(),
            eager: self.eager,
        }
    }

    /// Byte offset of the reader.
    #[inline]
    pub fn index(&self) -> usize {
        self.cur.index()
    }

    fn fatal(&mut self, e: jiter::JiterError) -> Fatal {
        fatal(&mut self.ctx, e)
    }

    /// Moves the reader to byte `at` of the input.
    pub(crate) fn reseat(&mut self, at: usize) {
        self.cur.seek(at);
    }

    /// Passes over the free-form array or object at the reader (after
    /// `peek` gave `Array` or `Object`) when the fast scan vouches that
    /// every rule of reading it holds; false, with the reader unmoved,
    /// when it cannot (an error, or a rare construct): then read it the
    /// slow way, which says what and where.
    pub(crate) fn pass_free_form(&mut self) -> bool {
        if !self.cur.fast {
            return false;
        }
        let at = self.index();
        let depth = self.ctx.remaining_depth();
        let all_utf8 = self.cur.all_utf8();
        match self.bufs.get().scanner.scan(self.data, at, depth, all_utf8) {
            Some(end) => {
                self.reseat(end);
                true
            }
            None => false,
        }
    }

    /// After `pass_free_form` vouched: the value had no whitespace between
    /// its tokens.
    pub(crate) fn passed_compact(&self) -> bool {
        self.bufs.taken().map_or(true, |b| b.scanner.compact())
    }

    /// Reads a number jiter refuses for its length (it stops integer parts at
    /// 4300 digits, CPython's limit): scanned and checked here, kept exactly.
    fn read_long_number<N>(
        &mut self,
        at: usize,
        parse: fn(&str) -> Result<N, crate::NumberError>,
    ) -> Step<N> {
        let rest = self.data.get(at..).unwrap_or_default();
        let len = rest
            .iter()
            .take_while(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .count();
        let text = rest
            .get(..len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        let parsed = parse(text);
        if !matches!(parsed, Err(crate::NumberError::Syntax)) {
            self.reseat(at + len);
        }
        self.literal_result(parsed, at)
    }

    /// The number read at byte `at`, or its error recorded: a number beyond
    /// the exponent limit is an error of its value; bad syntax stops the pass.
    fn literal_result<N>(&mut self, parsed: Result<N, crate::NumberError>, at: usize) -> Step<N> {
        match parsed {
            Ok(n) => Ok(Some(n)),
            Err(crate::NumberError::ExponentOutOfRange) => {
                self.error_at(
                    ErrorKind::Limit("number exponent out of range (limit 10^18)".into()),
                    at,
                );
                Ok(None)
            }
            Err(e) => {
                self.error_at(ErrorKind::Syntax(e.to_string()), at);
                Err(Fatal)
            }
        }
    }

    /// Records an error at byte `at`.
    #[inline]
    pub fn error_at(&mut self, kind: ErrorKind, at: usize) {
        self.ctx.error_at(kind, Some(at));
    }

    /// Looks at the next value without consuming it.
    #[inline]
    pub fn peek(&mut self) -> Result<Peek, Fatal> {
        self.cur.peek().map_err(|e| self.fatal(e))
    }

    pub(crate) fn finish(&mut self) -> Result<(), Fatal> {
        self.cur.finish().map_err(|e| self.fatal(e))
    }

    pub(crate) fn data(&self) -> &'j [u8] {
        self.data
    }

    /// The input from byte `start` to `end` as text, when it is UTF-8 (a
    /// slice of the input checked once, when all of it is).
    pub(crate) fn text_between(&self, start: usize, end: usize) -> Option<&'j str> {
        self.cur.text_between(start, end)
    }

    /// Reads the string the reader is at (after `peek` gave `String`).
    #[inline]
    pub fn read_str(&mut self) -> Result<&str, Fatal> {
        match self.cur.known_str() {
            Ok(s) => Ok(s),
            Err(e) => Err(fatal(&mut self.ctx, e)),
        }
    }

    /// Reads the number the reader is at, exactly.
    #[inline]
    pub fn read_number(&mut self, peek: Peek) -> Step<Number> {
        self.number_with(peek, Number::from_literal, Number::from_checked_literal)
    }

    /// The number the reader is at, through `parse` (which gives the
    /// number, or only its verdict when checking), or through `checked`
    /// when the cursor's common path already checked the literal as
    /// `parse` would (its grammar, an exponent far inside the limit).
    #[inline]
    fn number_with<N>(
        &mut self,
        peek: Peek,
        parse: fn(&str) -> Result<N, crate::NumberError>,
        checked: fn(&str) -> N,
    ) -> Step<N> {
        let at = self.index();
        let text = match self.cur.known_number_text(peek) {
            Ok((text, true)) => return Ok(Some(checked(text))),
            Ok((text, false)) => text,
            Err(e)
                if e.error_type
                    == JiterErrorType::JsonError(jiter::JsonErrorType::NumberOutOfRange) =>
            {
                return self.read_long_number(at, parse);
            }
            Err(e) => return Err(fatal(&mut self.ctx, e)),
        };
        let parsed = parse(text);
        self.literal_result(parsed, at)
    }

    /// Checks the scalar at `peek` as `read_raw` reads it, keeping nothing.
    #[inline]
    pub(crate) fn check_scalar(&mut self, peek: Peek) -> Result<bool, Fatal> {
        match peek {
            Peek::Null | Peek::True | Peek::False | Peek::String => {
                self.read_raw(peek).map(|_| true)
            }
            Peek::Array | Peek::Object => Ok(false),
            _ => Ok(self
                .number_with(peek, Number::check_literal, Number::checked_verdict)?
                .is_some()),
        }
    }

    /// Reads one scalar (or notes the kind of a container without reading it).
    #[inline]
    pub(crate) fn read_raw(&mut self, peek: Peek) -> Result<Raw<'_>, Fatal> {
        match peek {
            Peek::Null => match self.cur.known_null() {
                Ok(()) => Ok(Raw::Null),
                Err(e) => Err(self.fatal(e)),
            },
            Peek::True | Peek::False => match self.cur.known_bool(peek) {
                Ok(b) => Ok(Raw::Bool(b)),
                Err(e) => Err(self.fatal(e)),
            },
            Peek::String => self.read_str().map(|s| Raw::Str(Cow::Borrowed(s))),
            Peek::Array => Ok(Raw::List),
            Peek::Object => Ok(Raw::Dict),
            _ => match self.read_number(peek)? {
                Some(n) => Ok(Raw::Num(n)),
                None => Ok(Raw::Failed),
            },
        }
    }

    /// Consumes the value at `peek`, checking its syntax and the depth limit.
    pub fn skip(&mut self, peek: Peek) -> Result<(), Fatal> {
        match peek {
            Peek::Array => {
                let at = self.index();
                if !self.ctx.enter() {
                    return self.depth_fatal(at);
                }
                let mut next = self.cur.known_array().map_err(|e| self.fatal(e))?;
                while let Some(p) = next {
                    self.skip(p)?;
                    next = self.cur.array_step().map_err(|e| self.fatal(e))?;
                }
                self.ctx.leave();
                Ok(())
            }
            Peek::Object => {
                let at = self.index();
                if !self.ctx.enter() {
                    return self.depth_fatal(at);
                }
                let mut key = self
                    .cur
                    .known_object()
                    .map_err(|e| fatal(&mut self.ctx, e))?
                    .is_some();
                while key {
                    let p = self.peek()?;
                    self.skip(p)?;
                    key = self
                        .cur
                        .next_key()
                        .map_err(|e| fatal(&mut self.ctx, e))?
                        .is_some();
                }
                self.ctx.leave();
                Ok(())
            }
            _ => self.read_raw(peek).map(|_| ()),
        }
    }

    fn depth_fatal<T>(&mut self, at: usize) -> Result<T, Fatal> {
        // `enter` recorded the error at the context's offset; place it here.
        self.ctx.reposition_last(at);
        Err(Fatal)
    }

    /// Reads the value at `peek` and records a type error for it.
    pub fn mismatch(&mut self, peek: Peek, expected: &'static str) -> Result<(), Fatal> {
        let at = self.index();
        let found = peek_kind(peek);
        self.skip(peek)?;
        if found == "null" {
            self.error_at(ErrorKind::Null, at);
        } else {
            self.error_at(ErrorKind::Type { expected, found }, at);
        }
        Ok(())
    }

    /// Iterates the object at the reader (after `peek` gave `Object`). Each
    /// key is turned into a `K` by `key_of` while the reader still lends it
    /// (a field index, or an owned `String`), then `each(reader, k,
    /// value_peek)` reads the value.
    #[inline]
    pub fn object<K>(
        &mut self,
        mut key_of: impl FnMut(&str) -> K,
        mut each: impl FnMut(&mut JsonReader<'j>, K, Peek) -> Result<(), Fatal>,
    ) -> Result<(), Fatal> {
        let at = self.index();
        if !self.ctx.enter() {
            return self.depth_fatal(at);
        }
        let mut key = match self.cur.known_object() {
            Ok(k) => k.map(&mut key_of),
            Err(e) => return Err(fatal(&mut self.ctx, e)),
        };
        while let Some(k) = key {
            let p = self.peek()?;
            each(self, k, p)?;
            key = match self.cur.next_key() {
                Ok(k) => k.map(&mut key_of),
                Err(e) => return Err(fatal(&mut self.ctx, e)),
            };
        }
        self.ctx.leave();
        Ok(())
    }

    /// Checks the object at the reader (after `peek` gave `Object`) with the
    /// rules of [`Entries`] (a key seen before in the object is a
    /// duplicate; a failed entry's errors go under its key), each value by
    /// `each`, keeping no key once the object ends. True when every entry
    /// was fine.
    pub(crate) fn check_object(
        &mut self,
        mut each: impl FnMut(&mut JsonReader<'j>, Peek) -> Result<bool, Fatal>,
    ) -> Result<bool, Fatal> {
        let mut ok = true;
        self.check_keys(
            |_| None::<std::convert::Infallible>,
            |r, key, p| {
                let noted = match key {
                    Ok(never) => match never {},
                    Err(noted) => noted,
                };
                let (value_at, mark) = (r.index(), r.ctx.mark());
                let fine = each(r, p)?;
                ok &= r.noted_entry(noted, value_at, mark, fine);
                Ok(())
            },
        )?;
        Ok(ok)
    }

    /// Iterates the object at the reader (after `peek` gave `Object`) for a
    /// check: each key `known` knows (a field, say) is given to `each` as
    /// `Ok`; every other key is noted on the reader's key stack for this
    /// object, so that a repeated one is found without keeping a map, and
    /// given as `Err` (for [`noted_entry`](Self::noted_entry)).
    pub(crate) fn check_keys<K>(
        &mut self,
        known: impl Fn(&str) -> Option<K>,
        mut each: impl FnMut(&mut JsonReader<'j>, Result<K, Noted>, Peek) -> Result<(), Fatal>,
    ) -> Result<(), Fatal> {
        let at = self.index();
        if !self.ctx.enter() {
            return self.depth_fatal(at);
        }
        let mut level = self.bufs.get().keys.open();
        let note = |keys: &mut KeyStack, level: &mut Level, key: &str| match known(key) {
            Some(k) => Ok(k),
            None => {
                let (index, duplicate) = keys.push(level, key);
                Err(Noted { index, duplicate })
            }
        };
        let mut key = match self.cur.known_object() {
            Ok(k) => k.map(|k| note(&mut self.bufs.get().keys, &mut level, k)),
            Err(e) => return Err(fatal(&mut self.ctx, e)),
        };
        while let Some(k) = key {
            let p = self.peek()?;
            each(self, k, p)?;
            key = match self.cur.next_key() {
                Ok(k) => k.map(|k| note(&mut self.bufs.get().keys, &mut level, k)),
                Err(e) => return Err(fatal(&mut self.ctx, e)),
            };
        }
        self.bufs.get().keys.close(level);
        self.ctx.leave();
        Ok(())
    }

    /// The rules of [`Entries`] for a noted key whose value, at
    /// `value_at`, was checked (`fine`, its errors recorded since `mark`):
    /// a repeated key is an error at its value, and the value's errors go
    /// under the key. False when either applied.
    pub(crate) fn noted_entry(
        &mut self,
        noted: Noted,
        value_at: usize,
        mark: usize,
        fine: bool,
    ) -> bool {
        if fine && !noted.duplicate {
            return true;
        }
        let key = self.noted_key(noted).to_owned();
        if noted.duplicate {
            self.ctx
                .error_at(ErrorKind::DuplicateKey(key.clone()), Some(value_at));
        }
        self.ctx
            .prefix_since(mark, || Segment::Key(Cow::Owned(key)));
        false
    }

    /// The text of a noted key (while its object is being read).
    pub(crate) fn noted_key(&self, noted: Noted) -> &str {
        self.bufs.taken().map_or("", |b| b.keys.key(noted.index))
    }

    /// Iterates the array at the reader (after `peek` gave `Array`).
    #[inline]
    pub fn array(
        &mut self,
        mut each: impl FnMut(&mut JsonReader<'j>, usize, Peek) -> Result<(), Fatal>,
    ) -> Result<(), Fatal> {
        let at = self.index();
        if !self.ctx.enter() {
            return self.depth_fatal(at);
        }
        let mut next = self.cur.known_array().map_err(|e| self.fatal(e))?;
        let mut i = 0;
        while let Some(p) = next {
            each(self, i, p)?;
            i += 1;
            next = self.cur.array_step().map_err(|e| self.fatal(e))?;
        }
        self.ctx.leave();
        Ok(())
    }

    /// Finds the string value of `tag` in the object starting at byte
    /// `start` without moving the reader, and which of `values` it is.
    /// `Err(())` when the look meets bad syntax or passes the depth limit
    /// (the main pass will report it where it is). Read by a trial reader,
    /// so by the same rules as the main pass, borrowing every key.
    pub(crate) fn lookahead_tag(
        &self,
        start: usize,
        tag: &str,
        values: &[&str],
    ) -> Result<TagLook, ()> {
        let mut t = self.trial(start);
        let steps = (|| {
            let mut key = t.cur.known_object()?.map(|k| k == tag);
            while let Some(is_tag) = key {
                let p = t.cur.peek()?;
                if is_tag {
                    let at = t.index();
                    return Ok(Some(match p {
                        Peek::String => {
                            let value = t.cur.known_str()?;
                            match values.iter().position(|v| *v == value) {
                                Some(i) => TagLook::Known(i),
                                None => TagLook::Unknown(value.to_owned(), at),
                            }
                        }
                        other => TagLook::NotString(peek_kind(other), at),
                    }));
                }
                if t.skip(p).is_err() {
                    return Ok(None);
                }
                key = t.cur.next_key()?.map(|k| k == tag);
            }
            Ok::<_, jiter::JiterError>(Some(TagLook::Absent))
        })();
        steps.ok().flatten().ok_or(())
    }
}
