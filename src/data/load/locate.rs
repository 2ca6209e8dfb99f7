//! Finds where a value sits in the RON text, for problems found after parsing.
//!
//! serde does not keep positions, so the validator asks this module for the
//! place of an item's `id: "..."` and of a field value inside that item.

use std::collections::HashMap;

pub use crate::base::text::line_col;

/// Byte offset of a 1-based line and column (in characters); clamped to the text.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// The id of the `Event(...)` that contains `offset`, if any: parse errors
/// inside an event then name it.
pub fn event_around(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let events = keyword_offset(text, "events");
    let start = text[..offset].rfind("Event(").filter(|&s| s > events)?;
    let next = text[start + 6..]
        .find("Event(")
        .map_or(text.len(), |p| start + 6 + p);
    let ids = all_key_offsets(&text[start..next], "id");
    ids.into_iter()
        .min_by_key(|(_, at)| at.first().copied().unwrap_or(usize::MAX))
        .map(|(id, _)| id)
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
                '\\' => match chars.next() {
                    Some('u') => value.extend(unicode_escape(&mut chars)),
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some('r') => value.push('\r'),
                    Some('0') => value.push('\0'),
                    Some(n) => value.push(n),
                    None => {}
                },
                c => value.push(c),
            }
        }
        if closed {
            found.entry(value).or_default().push(at);
        }
    }
    found
}

/// The character of a RON `\u{..}` escape (after the `u`), consuming it.
fn unicode_escape(chars: &mut std::str::Chars<'_>) -> Option<char> {
    let rest = chars.as_str();
    let body = rest.strip_prefix('{')?;
    let close = body.find('}').filter(|&c| c <= 6)?;
    let c = u32::from_str_radix(&body[..close], 16)
        .ok()
        .and_then(char::from_u32)?;
    *chars = body[close + 1..].chars();
    Some(c)
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
    fn offsets_and_lines_agree() {
        let t = "ab\ncdé\nf";
        for offset in [0, 3, 5, t.find('f').unwrap()] {
            let (l, c) = line_col(t, offset);
            assert_eq!(offset_of(t, l, c), offset);
        }
    }

    #[test]
    fn the_event_around_a_position_is_named() {
        let t = "(events: [Event(id: \"a\", title: \"x\"), Event(title: 3, id: \"b\")])";
        assert_eq!(event_around(t, t.find("3").unwrap()).as_deref(), Some("b"));
        assert_eq!(event_around(t, t.find("x").unwrap()).as_deref(), Some("a"));
        assert_eq!(event_around(t, 2), None);
    }

    #[test]
    fn escaped_ids_are_indexed_by_their_value() {
        let t = r#"(id: "a\u{62}c", id: "x\ny")"#;
        let all = all_key_offsets(t, "id");
        assert_eq!(all["abc"], vec![1]);
        assert!(all.contains_key("x\ny"));
    }

    #[test]
    fn finds_ids_only_after_the_key() {
        let t = r#"(id: "a", title: "a", x_id: "a", id :"a")"#;
        assert_eq!(all_key_offsets(t, "id")["a"], vec![1, 33]);
    }
}
