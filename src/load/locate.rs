//! Finds where a value sits in the RON text, for problems found after parsing.
//!
//! serde does not keep positions, so the validator asks this module for the
//! place of an item's `id: "..."` and of a field value inside that item.

use std::collections::HashMap;

/// Line and column (1-based, in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Offset of the first field `key:` (not a string containing it); 0 when absent.
pub fn keyword_offset(text: &str, key: &str) -> usize {
    let mut from = 0;
    while let Some(p) = text[from..].find(key) {
        let at = from + p;
        let rest = text[at + key.len()..].trim_start();
        let before_ok = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '"'));
        if before_ok && rest.starts_with(':') {
            return at;
        }
        from = at + key.len();
    }
    0
}

/// Every `key: "value"` in the text in one pass: value → offsets of the key, in order.
/// Linear in the text, so that placing problems never costs a scan per item.
pub fn all_key_offsets(text: &str, key: &str) -> HashMap<String, Vec<usize>> {
    let mut found: HashMap<String, Vec<usize>> = HashMap::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(pos) = text[from..].find(key) {
        let at = from + pos;
        from = at + key.len();
        let boundary = at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        if !boundary {
            continue;
        }
        let rest = text[from..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(body) = rest.strip_prefix('"') else {
            continue;
        };
        let mut value = String::new();
        let mut chars = body.chars();
        let mut closed = false;
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    closed = true;
                    break;
                }
                '\\' => {
                    if let Some(n) = chars.next() {
                        value.push(n);
                    }
                }
                c => value.push(c),
            }
        }
        if closed {
            found.entry(value).or_default().push(at);
        }
    }
    found
}

/// Offset of the string literal `value` at or after `from` and before `until`.
pub fn literal_between(text: &str, value: &str, from: usize, until: usize) -> Option<usize> {
    let literal = format!("\"{}\"", escape(value));
    let until = until.min(text.len());
    let from = from.min(until);
    text[from..until].find(&literal).map(|p| from + p)
}

fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_from_one() {
        let t = "ab\ncdé\nf";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(line_col(t, t.find('f').unwrap()), (3, 1));
        assert_eq!(line_col(t, t.find('é').unwrap() + 2), (2, 4));
    }

    #[test]
    fn indexes_every_key_value_in_one_pass() {
        let t = r#"(id: "a", title: "a", x_id: "a", id :"b\"c", id: "a")"#;
        let all = all_key_offsets(t, "id");
        assert_eq!(all["a"], vec![1, 45], "x_id is not id");
        assert_eq!(all["b\"c"].len(), 1);
    }

    #[test]
    fn finds_ids_only_after_the_key() {
        let t = r#"(id: "a", title: "a", x_id: "a", id :"a")"#;
        assert_eq!(all_key_offsets(t, "id")["a"], vec![1, 33]);
    }
}
