//! "Did you mean": the nearest of a list of names to a misspelt one.

/// The candidate nearest to `word` by edit distance, when it is near enough
/// to be a likely typo (at most 2 edits, or a third of the candidate).
///
/// ```
/// use open_model_internals::suggest::did_you_mean;
/// assert_eq!(did_you_mean("datetime", &["date", "date-time"]), Some("date-time"));
/// assert_eq!(did_you_mean("colour", &["date", "date-time"]), None);
/// ```
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (levenshtein(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let (Some(&left), Some(&cur)) = (row.get(j), row.get(j + 1)) else {
                continue;
            };
            let next = if ca == *cb {
                prev
            } else {
                1 + prev.min(left).min(cur)
            };
            if let Some(slot) = row.get_mut(j + 1) {
                *slot = next;
            }
            prev = cur;
        }
    }
    row.last().copied().unwrap_or(0)
}

/// `"a", "b", "c"`: a list of names for a message.
pub fn quoted(list: &[&str]) -> String {
    list.iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
