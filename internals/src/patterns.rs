//! `pattern`: ECMA-262 character classes in the `regex` crate's syntax, and
//! the check that a pattern, so translated, is one the runtime can compile.
//!
//! In ECMA-262 (the dialect OpenAPI and JSON Schema name), `\d` and `\w`
//! are ASCII-only and `\s` is a fixed list that includes U+FEFF; the
//! `regex` crate reads all three as Unicode classes. The pattern is
//! rewritten once, at compile time, so the compiled regex matches what the
//! schema means; messages and schemas keep the pattern as written.

const DIGIT: &str = "0-9";
const WORD: &str = "0-9A-Za-z_";
const SPACE: &str = "\\t\\n\\x0B\\x0C\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

/// The pattern with `\d \D \w \W \s \S` replaced by ECMA-262's classes,
/// and ECMA-262's reading of a character class kept where the `regex`
/// crate reads it otherwise: a `[` inside a class is a literal (the
/// `regex` crate would open a nested class: `[[A-Z]` is `[`, or a capital
/// letter), `&&` and `~~` are literals (set operations there), and a `-`
/// after a class escape is a literal (`[\w-.]`, a word character, `-` or
/// `.`, which the `regex` crate would read as a range). A quantified
/// look-ahead, which ECMA-262 allows (Annex B: `(?!\.)+`, as AWS's EFS
/// writes it) and neither crate parses, is the look-ahead once when the
/// quantifier's minimum is at least one, and nothing when it is zero (a
/// repetition of an empty match stops at zero).
pub fn translate(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut in_class = false;
    // Each open group: where it starts in `out`, and whether it is a
    // look-ahead.
    let mut groups: Vec<(usize, bool)> = Vec::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(e) = chars.next() else {
                    out.push('\\');
                    break;
                };
                let class = match e.to_ascii_lowercase() {
                    'd' => Some(DIGIT),
                    'w' => Some(WORD),
                    's' => Some(SPACE),
                    _ => None,
                };
                match (class, e.is_ascii_uppercase(), in_class) {
                    (Some(set), false, true) => out.push_str(set),
                    (Some(set), false, false) => {
                        out.push('[');
                        out.push_str(set);
                        out.push(']');
                    }
                    (Some(set), true, _) => {
                        out.push_str("[^");
                        out.push_str(set);
                        out.push(']');
                    }
                    (None, _, _) => {
                        out.push('\\');
                        out.push(e);
                    }
                }
                // A class escape cannot start a range: the `-` is itself.
                if class.is_some() && in_class && chars.peek() == Some(&'-') {
                    chars.next();
                    out.push_str(if chars.peek() == Some(&']') {
                        "-"
                    } else {
                        "\\-"
                    });
                }
            }
            '[' if in_class => out.push_str("\\["),
            '[' => {
                in_class = true;
                out.push(c);
                // `[^` and a `]` right after the opening are the class's own.
                if chars.peek() == Some(&'^') {
                    out.extend(chars.next());
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '&' | '~' if in_class => {
                out.push('\\');
                out.push(c);
            }
            '(' if !in_class => {
                let mut ahead = chars.clone();
                let look = ahead.next() == Some('?') && matches!(ahead.next(), Some('=' | '!'));
                groups.push((out.len(), look));
                out.push(c);
            }
            ')' if !in_class => {
                out.push(c);
                if let Some((start, true)) = groups.pop() {
                    if let Some(min) = quantifier(&mut chars) {
                        if min == 0 {
                            out.truncate(start);
                        }
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Reads a quantifier (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe
/// lazy) at the front of `chars`, and gives its minimum; `None`, reading
/// nothing, when there is none.
fn quantifier(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<u64> {
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
    let translated = translate(pattern);
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
    use super::translate;

    #[test]
    fn classes_become_ascii_and_ecma_whitespace() {
        assert_eq!(translate(r"^\d+$"), "^[0-9]+$");
        assert_eq!(translate(r"[\w-]"), "[0-9A-Za-z_-]");
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
        assert_eq!(translate(r"[\d-]"), "[0-9-]");
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
            r"^(\/|(\/(?!\.)[^$#<>;`|\&?{}^*/\n]+){1,4})$"
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
        assert_eq!(translate(r"\(?=x\)+"), r"\(?=x\)+");
        assert_eq!(translate("[(?=]+"), "[(?=]+");
    }
}
