//! The escapes of a pattern ECMA-262 refuses, found before the pattern is
//! translated: the `regex` crate would read some of them as something else
//! (`\A` and `\z` as anchors, `\p{Punct}` as Unicode punctuation, `\x{41}`
//! as `A`), so they are refused by name rather than passed on.

use super::properties::property_problem;

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// The first escape of `pattern` ECMA-262 refuses (with the `u` flag, and
/// Annex B's octal escapes in a class), with why.
pub(super) fn escapes_problem(pattern: &str) -> Option<String> {
    let mut chars = pattern.chars().peekable();
    // In ECMA-262 a class ends at its first `]`, even right after `[`.
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '[' => in_class = true,
            ']' => in_class = false,
            '\\' => {
                let e = chars.next()?;
                if let Some(problem) = escape_problem(e, &mut chars, in_class) {
                    return Some(problem);
                }
            }
            _ => {}
        }
    }
    None
}

/// Why ECMA-262 refuses the escape `\e`, reading the rest of it.
fn escape_problem(e: char, chars: &mut Chars<'_>, in_class: bool) -> Option<String> {
    let ok = match e {
        'd' | 'D' | 'w' | 'W' | 's' | 'S' | 't' | 'n' | 'v' | 'f' | 'r' | 'b' | '0' => true,
        'c' => chars.next_if(char::is_ascii_alphabetic).is_some(),
        'x' => hex_digits(chars, 2),
        'u' if chars.peek() == Some(&'{') => {
            chars.next();
            let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
            u32::from_str_radix(&hex, 16).is_ok_and(|v| v <= 0x10FFFF)
        }
        'u' => hex_digits(chars, 4),
        'p' | 'P' => {
            if chars.next_if_eq(&'{').is_none() {
                return Some(format!("`\\{e}` must name a property: `\\{e}{{L}}`"));
            }
            let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
            return property_problem(&name);
        }
        '1'..='7' if in_class => true,
        'B' | 'k' | '1'..='9' => !in_class,
        e => !e.is_ascii_alphanumeric(),
    };
    (!ok).then(|| match e {
        'c' => "`\\c` must be followed by a letter".to_owned(),
        'x' => "`\\x` must be followed by two hexadecimal digits".to_owned(),
        'u' => "`\\u` must be followed by four hexadecimal digits, or a code point in braces"
            .to_owned(),
        'A' | 'z' | 'Z' => format!(
            "`\\{e}` is not an escape ECMA-262 reads (write `^` or `$` for the start or end)"
        ),
        _ if in_class => format!("`\\{e}` is not an escape ECMA-262 reads in a class"),
        _ => format!("`\\{e}` is not an escape ECMA-262 reads"),
    })
}

/// Reads `n` hexadecimal digits; false when they are not all there.
fn hex_digits(chars: &mut Chars<'_>, n: usize) -> bool {
    (0..n).all(|_| chars.next_if(char::is_ascii_hexdigit).is_some())
}

#[cfg(test)]
mod tests {
    use super::escapes_problem;

    #[test]
    fn escapes_ecma_262_reads_pass() {
        for p in [
            r"^\d\D\w\W\s\S\t\n\v\f\r\0\b\B$",
            r"\cJ\x41\u0041\u{1F600}\p{L}\P{Lu}",
            r"\.\/\-\\\^\$\*\+\?\(\)\[\]\{\}\|",
            r"(a)\1(?<n>b)\k<n>",
            r"[\b\1\37\d\-\]]",
        ] {
            let problem = escapes_problem(p);
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
            assert_eq!(escapes_problem(p).as_deref(), Some(why), "{p}");
        }
    }
}
