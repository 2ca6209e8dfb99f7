//! Finds where a value sits in the RON text, for problems found after parsing.
//!
//! serde does not keep positions, so the validator asks this module for the
//! place of an item's `id: "..."` and of a field value inside that item.

/// Line and column (1-based, in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Byte offsets of every `id: "<value>"` in the text, in order.
pub fn id_offsets(text: &str, key: &str, value: &str) -> Vec<usize> {
    let literal = format!("\"{}\"", escape(value));
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(pos) = text[from..].find(&literal) {
        let at = from + pos;
        let head = text[..at].trim_end();
        if let Some(head) = head.strip_suffix(':')
            && head.trim_end().ends_with(key)
        {
            let key_at = head.trim_end().len() - key.len();
            let boundary = text[..key_at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if boundary {
                found.push(key_at);
            }
        }
        from = at + literal.len();
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
    fn finds_ids_only_after_the_key() {
        let t = r#"(id: "a", title: "a", x_id: "a", id :"a")"#;
        assert_eq!(id_offsets(t, "id", "a"), vec![1, 33]);
    }
}
