//! Patterns in Java's dialect (`java.util.regex`, default flags), as some
//! OpenAPI documents write them (AWS's: `\p{Print}+`,
//! `[\p{Print}&&[^|:/]]+`, `\A…\z`), rewritten as ECMA-262 patterns that
//! match the same strings, for the generator's `java_patterns` option.
//!
//! Where Java and ECMA-262 differ, Java's meaning is written out: `$` and
//! `\Z` also match before a final line terminator, `.` leaves out U+0085
//! too, `\s` is ASCII whitespace, the POSIX classes (`\p{Alnum}`) are
//! ASCII, and a class with an intersection or a nested class is computed
//! (with `regex-syntax`'s set operations) and written as its ranges.
//! What has no exact ECMA-262 form is refused with the reason: possessive
//! quantifiers, atomic groups, inline flags, `\b` (Java's word characters
//! are Unicode letters and digits), `\G`, blocks (`\p{InGreek}`) and
//! `java.lang.Character` classes (`\p{javaLowerCase}`).

use regex_syntax::hir::{Class, HirKind};

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Java's line terminators, as members of an ECMA-262 class.
const TERMINATORS: &str = r"\n\r\u0085\u2028\u2029";

/// Java's `$` and `\Z` without flags: the end, or before a line
/// terminator that ends the input (never between `\r` and `\n`).
const END: &str = r"(?=(?:\r\n|(?<!\r)\n|[\r\u0085\u2028\u2029])?$)";

/// Java's `\s` (ASCII whitespace), as members of a class.
const SPACE: &str = r" \t\n\x0B\f\r";

/// The ECMA-262 pattern that matches what the Java pattern `pattern`
/// matches, or why there is none.
///
/// ```
/// use open_model_internals::patterns::java::to_ecma;
/// assert_eq!(to_ecma(r"\p{XDigit}{8}").unwrap(), r"[0-9A-Fa-f]{8}");
/// assert_eq!(to_ecma(r"\Aab\z").unwrap(), "^ab$");
/// assert!(to_ecma("a++").is_err());
/// ```
pub fn to_ecma(pattern: &str) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    // Whether what was written last can take a quantifier's `+` as
    // possessive (it is a quantifier itself).
    let mut after_quantifier = false;
    while let Some(c) = chars.next() {
        let quantifier = matches!(c, '*' | '+' | '?') || (c == '{');
        if after_quantifier && c == '+' {
            return Err("a possessive quantifier (`*+`, `++`, `?+`) has no ECMA-262 form".into());
        }
        if after_quantifier && c == '?' {
            // Lazy: the same in both.
            out.push(c);
            after_quantifier = false;
            continue;
        }
        match c {
            '\\' => escape(&mut chars, &mut out)?,
            '[' => {
                let members = class(&mut chars)?;
                out.push_str(&ecma_class(&members)?);
            }
            '.' => {
                out.push_str("[^");
                out.push_str(TERMINATORS);
                out.push(']');
            }
            '$' => out.push_str(END),
            '(' => group(&mut chars, &mut out)?,
            '{' => {
                let body: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let (low, high) = body.split_once(',').unwrap_or((&body, "0"));
                let number = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
                if !number(low) || !(high.is_empty() || number(high)) {
                    return Err(format!("`{{{body}}}` is not a repetition"));
                }
                out.push('{');
                out.push_str(&body);
                out.push('}');
            }
            '}' | ']' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
        after_quantifier = quantifier;
    }
    Ok(out)
}

/// A group's opening, after its `(`: the kinds ECMA-262 has too.
fn group(chars: &mut Chars<'_>, out: &mut String) -> Result<(), String> {
    out.push('(');
    if chars.peek() != Some(&'?') {
        return Ok(());
    }
    chars.next();
    let mut ahead = chars.clone();
    let kind: String = [ahead.next(), ahead.next()].into_iter().flatten().collect();
    let known = [":", "=", "!", "<=", "<!"]
        .into_iter()
        .find(|k| kind.starts_with(k));
    match known {
        Some(k) => {
            chars.nth(k.chars().count() - 1);
            out.push('?');
            out.push_str(k);
        }
        // A named group: `(?<name>`.
        None if kind.starts_with('<') => out.push('?'),
        None if kind.starts_with('>') => {
            return Err("an atomic group (`(?>…)`) has no ECMA-262 form".into())
        }
        None => return Err("inline flags (`(?i)`) have no ECMA-262 form".into()),
    }
    Ok(())
}

/// An escape outside a class, after its `\`.
fn escape(chars: &mut Chars<'_>, out: &mut String) -> Result<(), String> {
    let e = chars.next().ok_or("a pattern cannot end with `\\`")?;
    match e {
        'A' => out.push('^'),
        'z' => out.push('$'),
        'Z' => out.push_str(END),
        'Q' => {
            let mut quoted = String::new();
            while let Some(c) = chars.next() {
                if c == '\\' && chars.peek() == Some(&'E') {
                    chars.next();
                    break;
                }
                quoted.push(c);
            }
            for c in quoted.chars() {
                push_literal(out, c);
            }
        }
        '1'..='9' | 'k' => {
            // Back-references, the same in both.
            out.push('\\');
            out.push(e);
        }
        _ => match class_escape(e, chars)? {
            Escaped::Char(v) => push_code(out, v),
            Escaped::Set(set, negated) => {
                out.push_str(if negated { "[^" } else { "[" });
                out.push_str(&set);
                out.push(']');
            }
        },
    }
    Ok(())
}

/// One code point outside a class, escaped for ECMA-262 (`u` flag); a
/// lone surrogate (which Java's `\uD800` can write) as `\u{D800}`, which
/// ECMA-262 reads as the same lone surrogate, never joined to the next.
fn push_code(out: &mut String, v: u32) {
    match char::from_u32(v) {
        Some(c) => push_literal(out, c),
        None => out.push_str(&format!("\\u{{{v:X}}}")),
    }
}

/// One character outside a class, escaped for ECMA-262 (`u` flag).
fn push_literal(out: &mut String, c: char) {
    if "\\^$.|?*+()[]{}/".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || c.is_whitespace() && c != ' ' {
        out.push_str(&format!("\\u{{{:X}}}", u32::from(c)));
    } else {
        out.push(c);
    }
}

/// A member of a Java class.
#[derive(Debug)]
enum Member {
    /// A code point (a lone surrogate too, as Java's `\uD800` writes one).
    Char(u32),
    /// An unescaped `-`: a range between two characters, else itself.
    Dash,
    /// A set as members of an ECMA-262 class (which `regex-syntax` also
    /// reads), and whether it is negated.
    Set(String, bool),
    /// A class inside the class (a union with it).
    Nested(Vec<Member>),
    /// `&&`: the intersection of what is before and after.
    And,
}

/// What an escape stands for: a code point, or a set (as ECMA-262 class
/// members) and whether it is negated.
enum Escaped {
    Char(u32),
    Set(String, bool),
}

impl From<Escaped> for Member {
    fn from(e: Escaped) -> Member {
        match e {
            Escaped::Char(v) => Member::Char(v),
            Escaped::Set(set, negated) => Member::Set(set, negated),
        }
    }
}

/// The escape `\e` (in a class or outside one).
fn class_escape(e: char, chars: &mut Chars<'_>) -> Result<Escaped, String> {
    let set = |s: &str, negated| Ok(Escaped::Set(s.to_owned(), negated));
    let char_of = |v: u32| {
        if v > 0x10FFFF {
            return Err(format!("`{v:#X}` is not a code point"));
        }
        Ok(Escaped::Char(v))
    };
    match e {
        'd' | 'D' => set("0-9", e == 'D'),
        'w' | 'W' => set("a-zA-Z_0-9", e == 'W'),
        's' | 'S' => set(SPACE, e == 'S'),
        'h' | 'H' => set(
            r" \t\u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000",
            e == 'H',
        ),
        'v' | 'V' => set(r"\n\x0B\f\r\u0085\u2028\u2029", e == 'V'),
        'p' | 'P' => {
            if chars.next_if_eq(&'{').is_none() {
                // `\pL`: a one-letter category.
                let name = chars.next().ok_or("`\\p` must name a property")?;
                return property(&name.to_string(), e == 'P');
            }
            let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
            property(&name, e == 'P')
        }
        't' => char_of(0x09),
        'n' => char_of(0x0A),
        'r' => char_of(0x0D),
        'f' => char_of(0x0C),
        'a' => char_of(0x07),
        'e' => char_of(0x1B),
        'c' => {
            let c = chars.next().ok_or("`\\c` must be followed by a character")?;
            char_of(u32::from(c) ^ 64)
        }
        '0' => {
            let mut v = 0u32;
            let mut n = 0;
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(8)) {
                if n == 3 || (n == 2 && v > 0o37) {
                    break;
                }
                chars.next();
                v = v * 8 + d;
                n += 1;
            }
            if n == 0 {
                return Err("`\\0` must be followed by an octal digit".into());
            }
            char_of(v)
        }
        'x' if chars.peek() == Some(&'{') => {
            chars.next();
            let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
            char_of(u32::from_str_radix(&hex, 16).map_err(|_| "`\\x{…}` needs hexadecimal digits")?)
        }
        'x' | 'u' => {
            let n = if e == 'x' { 2 } else { 4 };
            let hex: String = (0..n).filter_map(|_| chars.next()).collect();
            let v = u32::from_str_radix(&hex, 16)
                .ok()
                .filter(|_| hex.len() == n)
                .ok_or(format!("`\\{e}` needs {n} hexadecimal digits"))?;
            // A surrogate pair written as two escapes is one character.
            if (0xD800..0xDC00).contains(&v) {
                let mut ahead = chars.clone();
                if ahead.next() == Some('\\') && ahead.next() == Some('u') {
                    let hex: String = (0..4).filter_map(|_| ahead.next()).collect();
                    if let Ok(t @ 0xDC00..=0xDFFF) = u32::from_str_radix(&hex, 16) {
                        *chars = ahead;
                        return char_of(0x10000 + ((v - 0xD800) << 10) + (t - 0xDC00));
                    }
                }
            }
            char_of(v)
        }
        'b' | 'B' => Err(format!(
            "Java's `\\{e}` (its word characters are Unicode letters and digits) has no exact ECMA-262 form"
        )),
        e if e.is_ascii_alphanumeric() => Err(format!("`\\{e}` has no ECMA-262 form")),
        e => Ok(Escaped::Char(u32::from(e))),
    }
}

/// A property of Java's, as a set of ECMA-262 class members.
fn property(name: &str, negated: bool) -> Result<Escaped, String> {
    let posix = match name {
        "Lower" => Some("a-z"),
        "Upper" => Some("A-Z"),
        "ASCII" => Some(r"\x00-\x7F"),
        "Alpha" => Some("a-zA-Z"),
        "Digit" => Some("0-9"),
        "Alnum" => Some("a-zA-Z0-9"),
        "Punct" => Some(r"!-/:-@\[-`{-~"),
        "Graph" => Some(r"!-~"),
        "Print" => Some(r" -~"),
        "Blank" => Some(r" \t"),
        "Cntrl" => Some(r"\x00-\x1F\x7F"),
        "XDigit" => Some("0-9A-Fa-f"),
        "Space" => Some(SPACE),
        "all" => Some(r"\u{0}-\u{10FFFF}"),
        "L1" => Some(r"\x00-\xFF"),
        "LD" => Some(r"\p{L}\p{Nd}"),
        _ => None,
    };
    if let Some(set) = posix {
        return Ok(Escaped::Set(set.to_owned(), negated));
    }
    let bare = name.strip_prefix("Is").unwrap_or(name);
    let unicode = match bare {
        "Alphabetic" | "ALPHABETIC" => Some("Alphabetic".to_owned()),
        "Ideographic" | "IDEOGRAPHIC" => Some("Ideographic".to_owned()),
        "Letter" | "LETTER" => Some("L".to_owned()),
        "Lowercase" | "LOWERCASE" => Some("Lowercase".to_owned()),
        "Uppercase" | "UPPERCASE" => Some("Uppercase".to_owned()),
        "Titlecase" | "TITLECASE" => Some("Lt".to_owned()),
        "Punctuation" | "PUNCTUATION" => Some("P".to_owned()),
        "Control" | "CONTROL" => Some("Cc".to_owned()),
        "White_Space" | "WhiteSpace" | "WHITE_SPACE" => Some("White_Space".to_owned()),
        "Digit" | "DIGIT" => Some("Nd".to_owned()),
        "Join_Control" | "JOIN_CONTROL" => Some("Join_Control".to_owned()),
        "Noncharacter_Code_Point" | "NONCHARACTER_CODE_POINT" => {
            Some("Noncharacter_Code_Point".to_owned())
        }
        "Assigned" | "ASSIGNED" => Some("Assigned".to_owned()),
        // A general category, as `L`, `Lu`, `IsLu`.
        c if c.len() <= 2 && c.starts_with(|ch: char| ch.is_ascii_uppercase()) => {
            Some(c.to_owned())
        }
        _ => None,
    };
    // A script: `IsLatin`, `script=Latin`.
    let script = |s: &str| Some(format!("Script={s}"));
    let unicode = unicode.or_else(|| {
        if let Some(s) = name.strip_prefix("Is").filter(|s| !s.contains('=')) {
            return script(s);
        }
        let (key, value) = name.split_once('=')?;
        match key.to_ascii_lowercase().as_str() {
            "script" | "sc" => script(value),
            "general_category" | "gc" => Some(value.to_owned()),
            _ => None,
        }
    });
    let Some(unicode) = unicode else {
        return Err(format!(
            "Java's property `{name}` has no exact ECMA-262 form here"
        ));
    };
    let text = format!(r"\p{{{unicode}}}");
    if super::properties::property_problem(&unicode).is_some()
        || regex_syntax::Parser::new().parse(&text).is_err()
    {
        return Err(format!(
            "Java's property `{name}` has no exact ECMA-262 form here"
        ));
    }
    Ok(Escaped::Set(text, negated))
}

/// A Java class's members, after its `[` (a leading `^` kept as a
/// negated marker: `Set("", true)` first).
fn class(chars: &mut Chars<'_>) -> Result<Vec<Member>, String> {
    let mut members = Vec::new();
    if chars.next_if_eq(&'^').is_some() {
        members.push(Member::Set(String::new(), true));
    }
    // A `]` first is a literal in Java.
    if chars.next_if_eq(&']').is_some() {
        members.push(Member::Char(u32::from(']')));
    }
    loop {
        let c = chars.next().ok_or("a class is not closed")?;
        members.push(match c {
            ']' => return Ok(members),
            '[' => Member::Nested(class(chars)?),
            '&' if chars.next_if_eq(&'&').is_some() => Member::And,
            '\\' => {
                let e = chars.next().ok_or("a pattern cannot end with `\\`")?;
                if e == 'Q' {
                    while let Some(c) = chars.next() {
                        if c == '\\' && chars.next_if_eq(&'E').is_some() {
                            break;
                        }
                        members.push(Member::Char(u32::from(c)));
                    }
                    continue;
                }
                class_escape(e, chars)?.into()
            }
            '-' => Member::Dash,
            c => Member::Char(u32::from(c)),
        });
    }
}

/// The ECMA-262 class for a Java class's members: written directly when it
/// is a plain list, computed as ranges when it nests or intersects.
fn ecma_class(members: &[Member]) -> Result<String, String> {
    let negated = matches!(members.first(), Some(Member::Set(s, true)) if s.is_empty());
    let rest = if negated { &members[1..] } else { members };
    let plain = rest.iter().all(|m| match m {
        Member::Char(_) | Member::Dash => true,
        Member::Set(_, negated) => !negated,
        _ => false,
    });
    if plain {
        let text = syntax(rest, false);
        return Ok(format!("[{}{text}]", if negated { "^" } else { "" }));
    }
    let whole = bracket(&syntax(rest, true), negated);
    let hir = regex_syntax::Parser::new().parse(&whole).map_err(|e| {
        format!(
            "class `{whole}`: {}",
            e.to_string().lines().last().unwrap_or("")
        )
    })?;
    // `regex-syntax` writes a set of one character as that character.
    let ranges: Vec<(char, char)> = match hir.kind() {
        HirKind::Class(Class::Unicode(set)) => {
            set.ranges().iter().map(|r| (r.start(), r.end())).collect()
        }
        // The empty set (`regex-syntax`'s "fail").
        HirKind::Class(Class::Bytes(set)) if set.ranges().is_empty() => Vec::new(),
        HirKind::Literal(literal) => std::str::from_utf8(&literal.0)
            .ok()
            .map(|t| t.chars().map(|c| (c, c)).collect())
            .unwrap_or_default(),
        _ => return Err(format!("class `{whole}` is not a set of characters")),
    };
    let mut out = String::from("[");
    for (start, end) in ranges {
        out.push_str(&format!(r"\u{{{:X}}}", u32::from(start)));
        if end != start {
            out.push_str(&format!(r"-\u{{{:X}}}", u32::from(end)));
        }
    }
    out.push(']');
    Ok(out)
}

/// Members as ECMA-262 class members, or (`for_regex`) in `regex-syntax`'s
/// class syntax, with its nested classes and `&&` where Java has them
/// (and `&`, `~` escaped, its set operators; the surrogates, which no
/// string holds and `regex-syntax` cannot write, left out).
fn syntax(members: &[Member], for_regex: bool) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(m) = members.get(i) {
        i += 1;
        match m {
            Member::Char(low) => {
                let high = match (members.get(i), members.get(i + 1)) {
                    (Some(Member::Dash), Some(Member::Char(high))) => {
                        i += 2;
                        *high
                    }
                    _ => *low,
                };
                if !for_regex {
                    push_class_code(&mut out, *low, false);
                    if high != *low {
                        out.push('-');
                        push_class_code(&mut out, high, false);
                    }
                    continue;
                }
                if *low > high {
                    // Out of order: `regex-syntax` says so.
                    push_class_code(&mut out, *low, true);
                    out.push('-');
                    push_class_code(&mut out, high, true);
                    continue;
                }
                for (from, to) in [(*low, high.min(0xD7FF)), ((*low).max(0xE000), high)] {
                    if from <= to {
                        push_class_code(&mut out, from, true);
                        if to != from {
                            out.push('-');
                            push_class_code(&mut out, to, true);
                        }
                    }
                }
            }
            Member::Dash => out.push_str("\\-"),
            Member::Set(s, false) => out.push_str(s),
            Member::Set(s, true) => {
                out.push_str("[^");
                out.push_str(s);
                out.push(']');
            }
            Member::Nested(inner) => {
                let negated = matches!(inner.first(), Some(Member::Set(s, true)) if s.is_empty());
                let rest = if negated { &inner[1..] } else { &inner[..] };
                out.push_str(&bracket(&syntax(rest, for_regex), negated));
            }
            Member::And => out.push_str("&&"),
        }
    }
    out
}

/// A class of `body`'s members (`regex-syntax`'s syntax, or ECMA-262's,
/// which have neither `[]` nor `[^]` as Java's would-be empty classes).
fn bracket(body: &str, negated: bool) -> String {
    match (body.is_empty(), negated) {
        (true, false) => super::NOTHING.to_owned(),
        (true, true) => super::ANY.to_owned(),
        (false, false) => format!("[{body}]"),
        (false, true) => format!("[^{body}]"),
    }
}

/// One code point as a class member: escaped where either syntax would
/// read it otherwise, a surrogate (ECMA-262 text only) as `\u{D800}`.
fn push_class_code(out: &mut String, v: u32, for_regex: bool) {
    let special = if for_regex { "\\[]^-&~{}" } else { "\\[]^-" };
    match char::from_u32(v) {
        Some(c) if special.contains(c) => {
            out.push('\\');
            out.push(c);
        }
        Some(c) if !(c.is_control() || c.is_whitespace() && c != ' ') => out.push(c),
        _ => out.push_str(&format!("\\u{{{v:X}}}")),
    }
}

#[cfg(test)]
mod tests {
    use super::to_ecma;

    /// Whether the Java pattern matches `s`, through its ECMA-262 form
    /// compiled as the runtime compiles it.
    fn matches(java: &str, s: &str) -> bool {
        let ecma = to_ecma(java).unwrap_or_else(|e| panic!("{java}: {e}"));
        let (t, _) = super::super::check(&ecma).unwrap_or_else(|e| panic!("{java} as {ecma}: {e}"));
        fancy_regex::Regex::new(&t).unwrap().is_match(s).unwrap()
    }

    #[test]
    fn awss_java_patterns_mean_what_java_means() {
        // Application Auto Scaling, DynamoDB: printable ASCII.
        assert!(matches(r"^\p{Print}+$", "policy name ~"));
        assert!(!matches(r"^\p{Print}+$", "caf\u{e9}"));
        assert!(!matches(r"^\p{Print}+$", "a\tb"));
        // Auto Scaling Plans: an intersection.
        let plan = r"^[\p{Print}&&[^|:/]]+$";
        assert!(matches(plan, "plan-1"));
        assert!(!matches(plan, "a/b"));
        assert!(!matches(plan, "a|b"));
        // OpenSearch's GUID.
        let guid = r"^\p{XDigit}{8}-\p{XDigit}{4}-\p{XDigit}{4}-\p{XDigit}{4}-\p{XDigit}{12}$";
        assert!(matches(guid, "0a1B2c3D-0000-1111-2222-333344445555"));
        assert!(!matches(guid, "0a1B2c3D-0000-1111-2222-33334444555g"));
        // Directory Service's passwords: letters or digits (Unicode),
        // ASCII punctuation, spaces.
        let password = r"^(\p{LD}|\p{Punct}| )+$";
        assert!(matches(password, "P\u{e4}ss w0rd!"));
        assert!(!matches(password, "tab\there"));
        // DLM: anything.
        assert!(matches(r"^[\p{all}]*$", "\u{1F600}\n"));
        // IoT, Migration Hub Refactor Spaces, OpsWorks CM.
        assert!(matches(r"^[\p{Graph}\x20]*$", "a b"));
        assert!(matches(
            r"^[\p{Alnum}\p{Punct}\p{Blank}]*$",
            "Error: x\t(1)"
        ));
        assert!(matches(r"^[\-\p{Alnum}_:.]+$", "node-1_a:b.c"));
        assert!(!matches(r"^[\-\p{Alnum}_:.]+$", "n\u{f6}de"));
        // SageMaker Runtime: `\A`, `\z` and `\S`.
        let id = r"\A\S[\p{Print}]*\z";
        assert!(matches(id, "x y"));
        assert!(!matches(id, " xy"));
        assert!(!matches(id, "xy\n"));
    }

    #[test]
    fn where_java_and_ecma_262_differ_java_is_written_out() {
        // `$` and `\Z` also match before a final line terminator; `\z`
        // does not.
        assert!(matches("^ab$", "ab\n"));
        assert!(matches("^ab$", "ab\r\n"));
        assert!(matches(r"^ab\Z", "ab\u{2028}"));
        assert!(!matches("^ab$", "ab\n\n"));
        assert!(!matches(r"^ab\z", "ab\n"));
        // Never between `\r` and `\n`.
        assert!(!matches(r"^ab\s$", "ab\r\n"));
        // `.` leaves out U+0085; `\s` is ASCII.
        assert!(!matches("^.$", "\u{85}"));
        assert!(matches("^.$", "\u{1F600}"));
        assert!(!matches(r"^\s$", "\u{a0}"));
        // POSIX classes are ASCII; `\p{L}` and `\p{IsLatin}` are Unicode.
        assert!(!matches(r"^\p{Alpha}$", "\u{e9}"));
        assert!(matches(r"^\p{L}$", "\u{e9}"));
        assert!(matches(r"^\p{IsLatin}$", "\u{e9}"));
        assert!(matches(r"^\p{IsAlphabetic}+$", "\u{e9}a"));
        assert!(matches(r"^\pL$", "a"));
        // Nested classes are unions; negation covers the whole class.
        assert!(matches(r"^[a-c[x-z]]+$", "abxz"));
        assert!(!matches(r"^[^a-c[x-z]]$", "y"));
        assert!(matches(r"^[\w&&[^\d]]+$", "ab_"));
        assert!(!matches(r"^[\w&&[^\d]]+$", "a1"));
        // Quoting, escapes, lazy quantifiers, groups.
        assert!(matches(r"^\Qa.b\E$", "a.b"));
        assert!(!matches(r"^\Qa.b\E$", "axb"));
        assert!(matches(r"^\x{41}\u0042\0103\cI$", "ABC\t"));
        assert!(matches(r"^(?<n>a+?)\k<n>(?:b)(?=c)c$", "aabc"));
        assert!(matches(r"^a{2,3}$", "aaa"));
        assert!(matches(r"^[]a]+$", "]a"));
        assert!(matches(r"^a}b]$", "a}b]"));
        // An escaped `-` is itself, never a range.
        assert!(matches(r"^[a\-z]+$", "a-z"));
        assert!(!matches(r"^[a\-z]+$", "b"));
        assert!(matches(r"^[\w\-.]+$", "a-b.c"));
        let tag = r"^([\p{L}\p{Z}\p{N}_.:/=+\-%@]*)$";
        assert!(matches(tag, "caf\u{e9} 1_.:/=+-%@"));
        assert!(!matches(tag, "a!"));
        // Lone surrogates (AWS's "valid XML character"): no string holds
        // one, so the rest of the class is what it admits.
        let xml = r"^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDBFF-\uDC00\uDFFF\t\r\n]*$";
        assert!(matches(xml, "caf\u{e9}\n"));
        assert!(!matches(xml, "\u{1}"));
        assert!(matches(r"^[\w&&[^\uD800-\uDFFF]]+$", "ab"));
    }

    #[test]
    fn what_has_no_exact_ecma_262_form_is_refused_with_why() {
        for (java, why) in [
            ("a++", "a possessive quantifier (`*+`, `++`, `?+`) has no ECMA-262 form"),
            ("a{2}+", "a possessive quantifier (`*+`, `++`, `?+`) has no ECMA-262 form"),
            ("(?>a)", "an atomic group (`(?>…)`) has no ECMA-262 form"),
            ("(?i)a", "inline flags (`(?i)`) have no ECMA-262 form"),
            (r"\bword\b", "Java's `\\b` (its word characters are Unicode letters and digits) has no exact ECMA-262 form"),
            (r"\Ga", "`\\G` has no ECMA-262 form"),
            (r"\p{InGreek}", "Java's property `InGreek` has no exact ECMA-262 form here"),
            (r"\p{javaLowerCase}", "Java's property `javaLowerCase` has no exact ECMA-262 form here"),
            (r"\p{Han}", "Java's property `Han` has no exact ECMA-262 form here"),
            ("[a-z", "a class is not closed"),
            ("a{x}", "`{x}` is not a repetition"),
        ] {
            assert_eq!(to_ecma(java), Err(why.to_owned()), "{java}");
        }
    }
}
