//! `pattern`: ECMA-262 character classes in the `regex` crate's syntax, and
//! the check that a pattern, so translated, is one the runtime can compile.
//!
//! In ECMA-262 (the dialect OpenAPI and JSON Schema name), `\d` and `\w`
//! are ASCII-only and `\s` is a fixed list that includes U+FEFF; the
//! `regex` crate reads all three as Unicode classes. The pattern is
//! rewritten once, at compile time, so the compiled regex matches what the
//! schema means; messages and schemas keep the pattern as written.

pub mod java;
mod properties;

const DIGIT: &str = "0-9";
const WORD: &str = "0-9A-Za-z_";
const SPACE: &str = "\\t\\n\\x0B\\x0C\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

/// The pattern with `\d \D \w \W \s \S` replaced by ECMA-262's classes,
/// and ECMA-262's reading kept where the `regex` crate reads a pattern
/// otherwise (with the `u` flag, as the runtime matches whole code points,
/// and Annex B's forms where they are unambiguous):
///
/// - a character class is read as ECMA-262 reads it and written with every
///   member escaped for the `regex` crate: a `[` inside it is a literal
///   (the `regex` crate would open a nested class: `[[A-Z]` is `[`, or a
///   capital letter), `&&` and `~~` are literals (set operations there), a
///   `-` next to a class escape is a literal (`[\w-.]`, a word character,
///   `-` or `.`, which the `regex` crate would read as a range), `\b` is
///   U+0008, `[]` matches nothing and `[^]` any character;
/// - character escapes: `\uXXXX` (a surrogate pair is its one code point;
///   a lone surrogate, which no string holds, matches nothing, so a range
///   ending in one keeps what it holds outside them: AWS's
///   `[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDBFF-\uDC00\uDFFF]`), `\u{X…}`,
///   `\cX` (a control character), `\0`, and, in a class, Annex B's octal
///   escapes (`[^\000-\037]`, AWS Migration Hub's);
/// - `.` leaves out every line terminator ECMA-262 names (`\n`, `\r`,
///   U+2028, U+2029; the `regex` crate's leaves out `\n` only), and `\b`,
///   `\B` are word boundaries of ASCII word characters (the `regex`
///   crate's are Unicode's): `(?-u:\b)`, or, for a pattern only
///   `fancy-regex` runs, which has no `(?-u:…)`, the same as look-arounds;
/// - a quantified look-ahead, which ECMA-262 allows (Annex B: `(?!\.)+`,
///   as AWS's EFS writes it) and neither crate parses, is the look-ahead
///   once when the quantifier's minimum is at least one, and nothing when
///   it is zero (a repetition of an empty match stops at zero).
///
/// An escape ECMA-262 refuses is an error, never passed on (the `regex`
/// crate would read `\A` as an anchor, `\p{Punct}` as Unicode
/// punctuation, `\x{41}` as `A`): `\A`, `\z`, `\h`, a malformed `\c`,
/// `\x` or `\u`, `\p` without a name, a property ECMA-262 does not know
/// (its names are exact and case-sensitive), `\B` in a class.
pub fn translate(pattern: &str) -> Result<String, String> {
    let linear = translate_with(pattern, false)?;
    if regex_syntax::Parser::new().parse(&linear).is_ok() {
        return Ok(linear);
    }
    translate_with(pattern, true)
}

/// ECMA-262's word boundary for `fancy-regex`: a word character on one
/// side only.
const BOUNDARY: &str = "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))";
const NOT_BOUNDARY: &str =
    "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))";

/// [`translate`], its word boundaries written for `fancy-regex` when
/// `backtracking`.
fn translate_with(pattern: &str, backtracking: bool) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut groups: Vec<Group> = Vec::new();
    // Whether what was written at the current depth can consume a
    // character (else it is only assertions: `^`, `\b`, look-arounds).
    let mut consumes = false;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match escape(&mut chars)? {
                Atom::Char(v) => {
                    consumes = true;
                    match char::from_u32(v) {
                        Some(c) => push_escaped(&mut out, c),
                        None => out.push_str(NOTHING),
                    }
                }
                Atom::Set(set, negated) => {
                    consumes = true;
                    out.push_str(if negated { "[^" } else { "[" });
                    out.push_str(set);
                    out.push(']');
                }
                Atom::Verbatim(text) => match text.as_str() {
                    "\\b" if backtracking => out.push_str(BOUNDARY),
                    "\\B" if backtracking => out.push_str(NOT_BOUNDARY),
                    "\\b" => out.push_str("(?-u:\\b)"),
                    "\\B" => out.push_str("(?-u:\\B)"),
                    _ => {
                        consumes = true;
                        out.push_str(&text);
                    }
                },
            },
            '[' => {
                consumes = true;
                class(&mut chars, &mut out)?;
            }
            '(' => {
                let mut ahead = chars.clone();
                let kind = match (ahead.next(), ahead.next(), ahead.next()) {
                    (Some('?'), Some('=' | '!'), _) => GroupKind::LookAhead,
                    (Some('?'), Some('<'), Some('=' | '!')) => GroupKind::LookBehind,
                    (Some('?'), Some(':'), _) => GroupKind::Plain,
                    _ => GroupKind::Capture,
                };
                groups.push(Group {
                    start: out.len(),
                    kind,
                    outer_consumes: std::mem::replace(&mut consumes, false),
                });
                out.push(c);
                // The group's own prefix (`?:`, `?=`, `?<!`) is no atom.
                let prefix = match kind {
                    GroupKind::LookAhead | GroupKind::Plain => 2,
                    GroupKind::LookBehind => 3,
                    GroupKind::Capture => 0,
                };
                out.extend(chars.by_ref().take(prefix));
            }
            ')' => {
                out.push(c);
                let Some(group) = groups.pop() else { continue };
                // A repeated group that can only match the empty string
                // (a look-ahead, Annex B's quantified assertion, or a
                // group of assertions) stops at its first empty match:
                // it is the group once when the minimum is at least one,
                // and nothing when it is zero. Neither crate repeats one.
                let zero_width = match group.kind {
                    GroupKind::LookAhead => true,
                    GroupKind::Plain => !consumes,
                    GroupKind::LookBehind | GroupKind::Capture => false,
                };
                if zero_width && quantifier(&mut chars) == Some(0) {
                    out.truncate(group.start);
                }
                let inner = matches!(group.kind, GroupKind::Plain | GroupKind::Capture) && consumes;
                consumes = group.outer_consumes || inner;
            }
            '.' => {
                consumes = true;
                out.push_str("[^\\n\\r\\x{2028}\\x{2029}]");
            }
            '^' | '$' | '|' | '*' | '+' | '?' | '{' | '}' | ',' => out.push(c),
            _ => {
                consumes = true;
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// An open group of the pattern being translated.
struct Group {
    /// Where it starts in the translation.
    start: usize,
    kind: GroupKind,
    /// Whether what came before it at its depth can consume a character.
    outer_consumes: bool,
}

#[derive(Clone, Copy)]
enum GroupKind {
    LookAhead,
    LookBehind,
    /// `(?:…)`.
    Plain,
    Capture,
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// A class no character is in (what a lone surrogate matches in a string
/// of code points).
const NOTHING: &str = "[^\\x{0}-\\x{10FFFF}]";

/// A class every character is in.
const ANY: &str = "[\\x{0}-\\x{10FFFF}]";

/// What an escape stands for.
enum Atom {
    /// One code point (maybe a surrogate, which no string holds).
    Char(u32),
    /// A class escape: the members of its set in the `regex` crate's
    /// syntax, and whether it is negated (`\D`).
    Set(&'static str, bool),
    /// Anything else, for the `regex` crate to read as written (`\b`
    /// outside a class, `\1`, `\p{L}`, `\.`).
    Verbatim(String),
}

/// Reads the escape after a `\` (outside a class); an error for one
/// ECMA-262 refuses, which the `regex` crate might read as something else
/// (`\A` as an anchor, `\x{41}` as `A`).
fn escape(chars: &mut Chars<'_>) -> Result<Atom, String> {
    let Some(e) = chars.next() else {
        return Ok(Atom::Verbatim("\\".to_owned()));
    };
    let set = match e.to_ascii_lowercase() {
        'd' => Some(DIGIT),
        'w' => Some(WORD),
        's' => Some(SPACE),
        _ => None,
    };
    if let Some(set) = set {
        return Ok(Atom::Set(set, e.is_ascii_uppercase()));
    }
    if let Some(v) = char_escape(e, chars, false)? {
        return Ok(Atom::Char(v));
    }
    match property(e, chars)? {
        Some((Some(text), _)) => return Ok(Atom::Verbatim(text)),
        Some((None, negated)) => {
            return Ok(Atom::Verbatim(
                if negated { ANY } else { NOTHING }.to_owned(),
            ))
        }
        None => {}
    }
    // Boundaries and back-references, for the `regex` crates; any other
    // letter or digit ECMA-262 refuses; the rest are the character.
    if !e.is_ascii_alphanumeric() || matches!(e, 'b' | 'B' | 'k' | '0'..='9') {
        return Ok(Atom::Verbatim(format!("\\{e}")));
    }
    Err(refused(e, false))
}

/// Why ECMA-262 refuses the escape `\e` (in a class when `in_class`).
fn refused(e: char, in_class: bool) -> String {
    match e {
        'A' | 'z' | 'Z' => format!(
            "`\\{e}` is not an escape ECMA-262 reads (write `^` or `$` for the start or end)"
        ),
        _ if in_class => format!("`\\{e}` is not an escape ECMA-262 reads in a class"),
        _ => format!("`\\{e}` is not an escape ECMA-262 reads"),
    }
}

/// A property escape (`\p{L}`, `\P{Lu}`) whose letter `e` was just
/// read, read whole: its text for the `regex` crate, or `None` for the
/// surrogates (`\p{Cs}` in any of ECMA-262's spellings), which no string
/// holds and the `regex` crate does not name, with whether it is negated.
/// `None` overall, reading nothing more, for any other escape; an error
/// for a property ECMA-262 does not know (its names are exact, where the
/// `regex` crate matches them loosely).
fn property(e: char, chars: &mut Chars<'_>) -> Result<Option<(Option<String>, bool)>, String> {
    if !matches!(e, 'p' | 'P') {
        return Ok(None);
    }
    if chars.next_if_eq(&'{').is_none() {
        return Err(format!("`\\{e}` must name a property: `\\{e}{{L}}`"));
    }
    let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
    if let Some(problem) = properties::property_problem(&name) {
        return Err(problem);
    }
    let value = name
        .strip_prefix("General_Category=")
        .or_else(|| name.strip_prefix("gc="))
        .unwrap_or(&name);
    let text = (!matches!(value, "Cs" | "Surrogate")).then(|| format!("\\{e}{{{name}}}"));
    Ok(Some((text, e == 'P')))
}

/// The code point of a character escape whose letter `e` was just read,
/// reading the rest of it; `None`, reading nothing more, when `e` does not
/// start one, and an error when it starts one and the rest is wrong
/// (`\c1`, `\x4`). `in_class`: Annex B's octal escapes are read (outside
/// a class, `\1` is a back-reference).
fn char_escape(e: char, chars: &mut Chars<'_>, in_class: bool) -> Result<Option<u32>, String> {
    let v = match e {
        't' => Some(0x09),
        'n' => Some(0x0A),
        'v' => Some(0x0B),
        'f' => Some(0x0C),
        'r' => Some(0x0D),
        'c' => chars
            .next_if(char::is_ascii_alphabetic)
            .map(|letter| u32::from(letter) % 32),
        'x' => hex(chars, 2),
        'u' => unicode_escape(chars),
        '0'..='7' if in_class => Some(octal(e, chars)),
        '0' if !chars.peek().is_some_and(char::is_ascii_digit) => Some(0),
        _ => return Ok(None),
    };
    v.map(Some).ok_or_else(|| match e {
        'c' => "`\\c` must be followed by a letter".to_owned(),
        'x' => "`\\x` must be followed by two hexadecimal digits".to_owned(),
        _ => "`\\u` must be followed by four hexadecimal digits, or a code point in braces"
            .to_owned(),
    })
}

/// `\uXXXX` (with the `\uXXXX` of a trailing surrogate after a leading
/// one: the pair's one code point) or `\u{X…}`, after the `u`.
fn unicode_escape(chars: &mut Chars<'_>) -> Option<u32> {
    if chars.peek() == Some(&'{') {
        let mut ahead = chars.clone();
        ahead.next();
        let digits: String = ahead.by_ref().take_while(|c| *c != '}').collect();
        let v = u32::from_str_radix(&digits, 16)
            .ok()
            .filter(|v| *v <= 0x10FFFF)?;
        *chars = ahead;
        return Some(v);
    }
    let lead = hex(chars, 4)?;
    if (0xD800..0xDC00).contains(&lead) {
        let mut ahead = chars.clone();
        if ahead.next() == Some('\\') && ahead.next() == Some('u') {
            if let Some(trail) = hex(&mut ahead, 4).filter(|t| (0xDC00..0xE000).contains(t)) {
                *chars = ahead;
                return Some(0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00));
            }
        }
    }
    Some(lead)
}

/// Exactly `n` hexadecimal digits, read only when all are there.
fn hex(chars: &mut Chars<'_>, n: usize) -> Option<u32> {
    let mut ahead = chars.clone();
    let mut v = 0;
    for _ in 0..n {
        v = v * 16 + ahead.next()?.to_digit(16)?;
    }
    *chars = ahead;
    Some(v)
}

/// Annex B's octal escape after its first digit: up to three digits, at
/// most 0o377.
fn octal(first: char, chars: &mut Chars<'_>) -> u32 {
    let mut v = first.to_digit(8).unwrap_or(0);
    let most = if v <= 3 { 2 } else { 1 };
    for _ in 0..most {
        match chars.peek().and_then(|c| c.to_digit(8)) {
            Some(d) => {
                chars.next();
                v = v * 8 + d;
            }
            None => break,
        }
    }
    v
}

/// A member of a class, as ECMA-262 reads it.
enum Member {
    Char(u32),
    /// A class escape, or another escape passed on as written.
    Other(String),
    Dash,
}

/// A character class, after its `[`: read to its `]` as ECMA-262 reads
/// it, and written for the `regex` crate.
fn class(chars: &mut Chars<'_>, out: &mut String) -> Result<(), String> {
    let negated = chars.peek() == Some(&'^');
    if negated {
        chars.next();
    }
    let mut members = Vec::new();
    let mut closed = false;
    while let Some(c) = chars.next() {
        members.push(match c {
            ']' => {
                closed = true;
                break;
            }
            '-' => Member::Dash,
            '\\' => class_escape(chars)?,
            c => Member::Char(u32::from(c)),
        });
    }
    let mut body = String::new();
    let mut members = members.into_iter();
    while let Some(member) = members.next() {
        let rest = members.as_slice();
        if !matches!(rest, [Member::Dash, _, ..]) {
            push_member(&mut body, member);
            continue;
        }
        members.next();
        match (member, members.next()) {
            (Member::Char(low), Some(Member::Char(high))) => push_range(&mut body, low, high),
            // Annex B: a class escape at either end makes the `-` itself.
            (first, second) => {
                push_member(&mut body, first);
                push_member(&mut body, Member::Dash);
                second.into_iter().for_each(|m| push_member(&mut body, m));
            }
        }
    }
    if !closed {
        // Unterminated: the `regex` crate says so.
        out.push('[');
        out.push_str(&body);
    } else if body.is_empty() {
        out.push_str(if negated { ANY } else { NOTHING });
    } else {
        out.push_str(if negated { "[^" } else { "[" });
        out.push_str(&body);
        out.push(']');
    }
    Ok(())
}

/// The escape after a `\` inside a class; an error for one ECMA-262
/// refuses there.
fn class_escape(chars: &mut Chars<'_>) -> Result<Member, String> {
    let Some(e) = chars.next() else {
        return Ok(Member::Other("\\".to_owned()));
    };
    if e == 'b' {
        return Ok(Member::Char(0x08));
    }
    if let Some(v) = char_escape(e, chars, true)? {
        return Ok(Member::Char(v));
    }
    match property(e, chars)? {
        Some((Some(text), _)) => return Ok(Member::Other(text)),
        Some((None, negated)) => {
            let all = &ANY[1..ANY.len() - 1];
            return Ok(Member::Other(if negated { all } else { "" }.to_owned()));
        }
        None => {}
    }
    let set = match e.to_ascii_lowercase() {
        'd' => Some(DIGIT),
        'w' => Some(WORD),
        's' => Some(SPACE),
        _ => None,
    };
    Ok(match set {
        Some(set) if e.is_ascii_uppercase() => Member::Other(format!("[^{set}]")),
        Some(set) => Member::Other(set.to_owned()),
        // An identity escape: the character itself.
        None if !e.is_ascii_alphanumeric() => Member::Char(u32::from(e)),
        None => return Err(refused(e, true)),
    })
}

fn push_member(body: &mut String, member: Member) {
    match member {
        Member::Char(v) => push_range(body, v, v),
        Member::Other(text) => body.push_str(&text),
        Member::Dash => body.push_str("\\-"),
    }
}

/// The code points from `low` to `high` that are not surrogates (no
/// string holds one).
fn push_range(body: &mut String, low: u32, high: u32) {
    if low > high {
        // Out of order: the `regex` crate says so.
        body.push_str(&format!("\\x{{{low:X}}}-\\x{{{high:X}}}"));
        return;
    }
    let pieces = [(low, high.min(0xD7FF)), (low.max(0xE000), high)];
    for (from, to) in pieces {
        let (Some(from), Some(to)) = (char::from_u32(from), char::from_u32(to)) else {
            continue;
        };
        if from > to {
            continue;
        }
        push_in_class(body, from);
        if to != from {
            body.push('-');
            push_in_class(body, to);
        }
    }
}

/// One character outside a class, escaped where the `regex` crate would
/// read it otherwise.
fn push_escaped(out: &mut String, c: char) {
    push_char(out, c, regex_syntax::is_meta_character(c));
}

/// One character inside a class, escaped where the `regex` crate would
/// read it otherwise there (its set operations and nested classes), and
/// braces, which must never join what goes before into another escape
/// (`[\p\{L\}]`, which ECMA-262 refuses, is not `[\p{L}]`).
fn push_in_class(out: &mut String, c: char) {
    push_char(
        out,
        c,
        matches!(c, '\\' | '[' | ']' | '^' | '-' | '&' | '~' | '{' | '}'),
    );
}

fn push_char(out: &mut String, c: char, meta: bool) {
    if meta {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || (c.is_whitespace() && c != ' ') {
        out.push_str(&format!("\\x{{{:X}}}", u32::from(c)));
    } else {
        out.push(c);
    }
}

/// One pattern that a string meets when it meets both `a` and `b`
/// (each matching somewhere, as ECMA-262's `test` does): two look-aheads
/// from the start, `^(?=[\s\S]*?(?:a))(?=[\s\S]*?(?:b))`, the same in
/// ECMA-262 and Java. `None` when either numbers or names its groups for
/// a back-reference, which the join would renumber.
///
/// ```
/// use open_model_internals::patterns::both;
/// assert_eq!(both("^a", "b$").unwrap(), r"^(?=[\s\S]*?(?:^a))(?=[\s\S]*?(?:b$))");
/// assert_eq!(both(r"(a)\1", "b"), None);
/// ```
pub fn both(a: &str, b: &str) -> Option<String> {
    let refers = |p: &str| {
        let named = p
            .match_indices("(?<")
            .any(|(i, _)| !matches!(p.as_bytes().get(i + 3), Some(b'=' | b'!')));
        let mut chars = p.chars();
        let mut numbered = false;
        while let Some(c) = chars.next() {
            numbered |= c == '\\' && matches!(chars.next(), Some('1'..='9' | 'k'));
        }
        named || numbered
    };
    if refers(a) || refers(b) {
        return None;
    }
    Some(format!(r"^(?=[\s\S]*?(?:{a}))(?=[\s\S]*?(?:{b}))"))
}

/// Reads a quantifier (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe
/// lazy) at the front of `chars`, and gives its minimum; `None`, reading
/// nothing, when there is none.
fn quantifier(chars: &mut Chars<'_>) -> Option<u64> {
    let min = match chars.peek()? {
        '*' | '?' => {
            chars.next();
            0
        }
        '+' => {
            chars.next();
            1
        }
        '{' => {
            let mut ahead = chars.clone();
            ahead.next();
            let body: String = ahead.by_ref().take_while(|c| *c != '}').collect();
            let (low, high) = body.split_once(',').unwrap_or((&body, "0"));
            let number = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
            if !number(low) || !(high.is_empty() || number(high)) {
                return None;
            }
            *chars = ahead;
            low.parse().unwrap_or(u64::MAX)
        }
        _ => return None,
    };
    if chars.peek() == Some(&'?') {
        chars.next();
    }
    Some(min)
}

/// The engine a pattern runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The `regex` crate: linear time, for every pattern it can compile.
    Linear,
    /// `fancy-regex`, only for what `regex` cannot do (look-around,
    /// backreferences), with its backtracking limit.
    Backtracking,
}

/// The pattern translated (see [`translate`]), and the engine that runs it,
/// or why no engine can: the `regex` parser's reason. The translated text is
/// what the runtime compiles, so it is what is checked.
///
/// ```
/// use open_model_internals::patterns::{check, Engine};
/// assert_eq!(check(r"^\d+$"), Ok(("^[0-9]+$".to_owned(), Engine::Linear)));
/// assert_eq!(check("^(?!x)").map(|(_, e)| e), Ok(Engine::Backtracking));
/// assert!(check("(").is_err());
/// ```
pub fn check(pattern: &str) -> Result<(String, Engine), String> {
    let translated = translate(pattern)?;
    match regex_syntax::Parser::new().parse(&translated) {
        Ok(_) => Ok((translated, Engine::Linear)),
        Err(e) => {
            if fancy_regex::Regex::new(&translated).is_ok() {
                return Ok((translated, Engine::Backtracking));
            }
            let why = e.to_string();
            Err(why
                .lines()
                .last()
                .unwrap_or("invalid regular expression")
                .trim()
                .trim_start_matches("error: ")
                .to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    /// The translation of a pattern ECMA-262 reads.
    fn translate(pattern: &str) -> String {
        super::translate(pattern).unwrap()
    }

    #[test]
    fn classes_become_ascii_and_ecma_whitespace() {
        assert_eq!(translate(r"^\d+$"), "^[0-9]+$");
        assert_eq!(translate(r"[\w-]"), r"[0-9A-Za-z_\-]");
        assert_eq!(translate(r"\W"), "[^0-9A-Za-z_]");
        assert_eq!(translate(r"[a\D]"), "[a[^0-9]]");
        assert_eq!(translate(r"\\d"), r"\\d");
        assert_eq!(translate(r"\."), r"\.");
        assert!(translate(r"\s").contains("FEFF"));
    }

    #[test]
    fn classes_read_as_ecma_reads_them() {
        use super::check;
        // A `[` inside a class is a literal (Amadeus's fare basis).
        assert_eq!(translate("[[A-Z0-9]{1,18}"), r"[\[A-Z0-9]{1,18}");
        // A `-` after a class escape is a literal.
        assert_eq!(translate(r"^[\w-.+]+$"), r"^[0-9A-Za-z_\-.+]+$");
        assert_eq!(translate(r"[\d-]"), r"[0-9\-]");
        // Set operations of the `regex` crate are literals in ECMA-262.
        assert_eq!(translate("[a&&b~~c]"), r"[a\&\&b\~\~c]");
        assert_eq!(translate("[^[]"), r"[^\[]");
        // What they match, compiled as the runtime compiles them.
        let matches = |p: &str, s: &str| {
            let (t, _) = check(p).unwrap();
            fancy_regex::Regex::new(&t).unwrap().is_match(s).unwrap()
        };
        assert!(matches("^[[A-Z]+$", "[AB"));
        assert!(!matches("^[[A-Z]+$", "ab"));
        assert!(matches(r"^[\w-.]+$", "a-b.c"));
        assert!(!matches(r"^[\w-.]+$", "a b"));
        assert!(matches("^[a&&b]+$", "a&b"));
    }

    #[test]
    fn a_quantified_look_ahead_is_read_as_ecma_reads_it() {
        use super::{check, Engine};
        // AWS EFS's access point paths.
        let efs = r"^(\/|(\/(?!\.)+[^$#<>;`|&?{}^*/\n]+){1,4})$";
        assert_eq!(
            translate(efs),
            r"^(\/|(\/(?!\.)[^$#<>;`|\&?\{\}\^*/\x{A}]+){1,4})$"
        );
        let (t, engine) = check(efs).unwrap();
        assert_eq!(engine, Engine::Backtracking);
        let re = fancy_regex::Regex::new(&t).unwrap();
        assert!(re.is_match("/data/logs").unwrap());
        assert!(!re.is_match("/.hidden").unwrap());
        // A minimum of zero: the assertion never has to hold.
        assert_eq!(translate("a(?=b)*c"), "ac");
        assert_eq!(translate("a(?!b){0,3}?c"), "ac");
        assert_eq!(translate("a(?=b){2,}"), "a(?=b)");
        // Other groups and their quantifiers are untouched.
        assert_eq!(translate("(ab)+(?:c){2}"), "(ab)+(?:c){2}");
        // So is a group of assertions, and an empty group.
        assert_eq!(translate("a(?:)*b(?:)"), "ab(?:)");
        assert_eq!(translate("(?:(?=a)^)+a"), "(?:(?=a)^)a");
        assert_eq!(translate(r"(?:\b){0,2}a"), "a");
        assert_eq!(translate("(?:a|(?=b))*"), "(?:a|(?=b))*");
        assert_eq!(translate(r"\(?=x\)+"), r"\(?=x\)+");
        assert_eq!(translate("[(?=]+"), "[(?=]+");
    }

    #[test]
    fn character_escapes_are_read_as_ecma_reads_them() {
        use super::check;
        let matches = |p: &str, s: &str| {
            let (t, _) = check(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            fancy_regex::Regex::new(&t).unwrap().is_match(s).unwrap()
        };
        // AWS's "valid XML character", surrogates and all: what it holds
        // outside the surrogates is what a string of code points can meet.
        let xml = r"^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDBFF-\uDC00\uDFFF\t\r\n]*$";
        assert!(matches(xml, "caf\u{e9} \t\n"));
        assert!(!matches(xml, "\u{1}"));
        assert!(!matches(xml, "\u{1F600}"));
        assert!(!matches(xml, "\u{FFFE}"));
        // A range across the surrogates keeps both sides.
        assert!(matches(r"^[\u0041-\uFFFF]$", "\u{E000}"));
        // A surrogate pair is its one code point.
        assert!(matches(r"^\uD83D\uDE00$", "\u{1F600}"));
        assert!(matches(r"^[\uD83D\uDE00-\uD83D\uDE4F]$", "\u{1F610}"));
        assert!(matches(r"^\u{1F600}$", "\u{1F600}"));
        // A lone surrogate outside a class matches nothing.
        assert!(!matches(r"a\uD800", "a"));
        assert!(matches(r"a\uD800|b", "b"));
        // AWS Migration Hub's octal escapes in a class (Annex B).
        let stream = r"^[^/:|\000-\037]+$";
        assert!(matches(stream, "progress-1"));
        assert!(!matches(stream, "a\u{1f}b"));
        assert!(!matches(stream, "a/b"));
        assert!(matches(r"^[\101-\103]+$", "ABC"));
        assert!(matches(r"^a\0$", "a\0"));
        // Control escapes, and `\b` in a class (a backspace).
        assert!(matches(r"^\cJ$", "\n"));
        assert!(matches(r"^[\cI]$", "\t"));
        assert!(matches(r"^[\b]$", "\u{8}"));
        assert!(!matches(r"^[\b]$", "b"));
        // `[]` matches nothing, `[^]` any character.
        assert!(!matches("a[]", "a"));
        assert!(matches("^a[^]$", "a\n"));
        // Hexadecimal and the rest of the class as before.
        assert!(matches(r"^[\x41-\x43\-]+$", "A-C"));
        assert!(!matches(r"^[\x41-\x43\-]+$", "D"));
        // The surrogates as a property: no string holds one.
        assert!(!matches(r"a\p{Cs}", "a"));
        assert!(matches(r"^\P{Surrogate}$", "\u{1F600}"));
        assert!(matches(r"^[\p{gc=Cs}a]$", "a"));
        assert!(!matches(r"^[\p{Cs}]$", "a"));
        assert!(matches(r"^[^\p{Cs}]$", "a"));
        // Escaped braces never make a property escape (AWS SageMaker's
        // `[\p\{L\}]`, which ECMA-262 refuses).
        assert!(check(r"[\p\{L\}]").is_err());
        assert!(check(r"\p\{L\}").is_err());
        assert!(matches(r"^[\{\}]+$", "{}"));
        // A property in a class (AWS's tags).
        let tag = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$";
        assert!(matches(tag, "caf\u{e9} 1_.:/=+-@"));
        assert!(!matches(tag, "a!"));
        assert!(matches(r"^[\P{M}\p{M}]{1,3}$", "abc"));
        // Two patterns joined (`allOf`): a string meets both.
        let joined = super::both("/coach/", "^/[a-z]+/[0-9a-z]+$").unwrap();
        assert!(matches(&joined, "/coach/5a1b"));
        assert!(!matches(&joined, "/group/5a1b"));
        assert!(!matches(&joined, "/coach/5a1b/x"));
        assert!(matches(&super::both("a|b", "c").unwrap(), "xbxc"));
        assert!(!matches(&super::both("a|b", "c").unwrap(), "ab"));
        assert_eq!(super::both(r"(?<n>a)\k<n>", "b"), None);
        assert!(super::both("(?<=a)b", "(?<!c)d").is_some());
        // What no engine reads is still refused, with the reason.
        assert!(check(r"[z-a]").is_err());
        assert!(check(r"[\uDC00-\uD800]").is_err());
        assert!(check(r"[a").is_err());
    }

    #[test]
    fn escapes_ecma_262_reads_pass() {
        for p in [
            r"^\d\D\w\W\s\S\t\n\v\f\r\0\b\B$",
            r"\cJ\x41\u0041\u{1F600}\p{L}\P{Lu}",
            r"\.\/\-\\\^\$\*\+\?\(\)\[\]\{\}\|",
            r"(a)\1(?<n>b)\k<n>",
            r"[\b\1\37\d\-\]]",
        ] {
            let problem = super::translate(p).err();
            assert_eq!(problem, None, "{p}");
        }
    }

    #[test]
    fn escapes_the_regex_crate_would_read_otherwise_are_refused() {
        for (p, why) in [
            (
                r"\Aabc\z",
                "`\\A` is not an escape ECMA-262 reads (write `^` or `$` for the start or end)",
            ),
            (
                r"^abc\Z",
                "`\\Z` is not an escape ECMA-262 reads (write `^` or `$` for the start or end)",
            ),
            (
                r"\x{41}",
                "`\\x` must be followed by two hexadecimal digits",
            ),
            (
                r"\u12",
                "`\\u` must be followed by four hexadecimal digits, or a code point in braces",
            ),
            (r"\c1", "`\\c` must be followed by a letter"),
            (r"\h+", "`\\h` is not an escape ECMA-262 reads"),
            (r"[\B]", "`\\B` is not an escape ECMA-262 reads in a class"),
            // A class ends at its first `]`: the `\A` is outside.
            (
                r"[]\A",
                "`\\A` is not an escape ECMA-262 reads (write `^` or `$` for the start or end)",
            ),
            (r"[\8]", "`\\8` is not an escape ECMA-262 reads in a class"),
            (r"\p\{L\}", "`\\p` must name a property: `\\p{L}`"),
        ] {
            assert_eq!(super::translate(p).err().as_deref(), Some(why), "{p}");
        }
    }
}
