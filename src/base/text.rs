//! Making dataset text safe to show: in a terminal, in a message, on one line.
//!
//! Dataset files come from anywhere. Their text must never drive a terminal
//! (escape sequences), split a message over lines, or fill a window.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Whether a character would act on a terminal or break a line instead of being shown:
/// C0 and C1 controls, DEL, line and paragraph separators, and bidirectional overrides.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text with every unsafe character written as `\u{..}` (tabs and newlines too).
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// At most `max` characters of `text`, with "…" when something was cut.
/// "Characters" are the ones a reader sees (grapheme clusters), so a cut never
/// separates a Devanagari or Gurmukhi consonant from its vowel sign or virama.
pub fn truncate_chars(text: &str, max: usize) -> Cow<'_, str> {
    use unicode_segmentation::UnicodeSegmentation;
    match text.grapheme_indices(true).nth(max) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => Cow::Owned(format!("{}…", &text[..cut])),
    }
}

/// A user value quoted inside a message: escaped and at most 60 characters.
pub fn shown(value: &str) -> String {
    escape_controls(&truncate_chars(value, 60)).into_owned()
}

/// A lower-case ASCII slug ("Rózsa Péter" → "rozsa-peter"), at most about 60
/// characters; empty when the text has no letters or digits.
pub fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut slug = String::new();
    for c in one_line(text).nfd().filter(char::is_ascii) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// The words of a text with single spaces between them, so that two texts
/// that differ only in spacing compare equal.
pub fn single_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text on one line: line breaks and other controls become spaces.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_unsafe_char(c) { ' ' } else { c })
            .collect(),
    )
}

/// Lower case without accents or typographic quotes: "Anandasangaree’s" → "anandasangaree's".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            other => other,
        })
        .collect()
}

/// Line and column (1-based, in characters) of a byte offset; an offset
/// inside a character counts as that character's start.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_inside_a_character_counts_as_its_start() {
        let t = "ab\nxé z";
        let e = t.find('é').unwrap();
        assert_eq!(line_col(t, e), (2, 2));
        assert_eq!(line_col(t, e + 1), (2, 2), "inside é");
        assert_eq!(line_col(t, e + 2), (2, 3));
        assert_eq!(line_col(t, 999), (2, 5));
    }

    #[test]
    fn truncation_never_splits_what_a_reader_sees_as_one_letter() {
        // न म स्ते: the conjunct स्ते (virama and vowel sign) is one letter to a reader.
        assert_eq!(truncate_chars("नमस्ते", 2), "नम…");
        assert_eq!(truncate_chars("नमस्ते", 3), "नमस्ते");
        // ਪੰ ਜਾ ਬੀ: Gurmukhi signs stay with their consonants.
        assert_eq!(truncate_chars("ਪੰਜਾਬੀ", 2), "ਪੰਜਾ…");
        assert_eq!(truncate_chars("Québec", 3), "Qué…");
        assert_eq!(truncate_chars("short", 10), "short");
    }

    #[test]
    fn terminal_controls_are_written_out() {
        assert_eq!(escape_controls("plain"), "plain");
        assert_eq!(
            escape_controls("a\x1b]52;c;x\x07b"),
            "a\\u{1b}]52;c;x\\u{7}b"
        );
        assert_eq!(escape_controls("x\ry"), "x\\u{d}y");
        assert_eq!(escape_controls("x\u{2028}y\u{85}"), "x\\u{2028}y\\u{85}");
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate_chars("éééé", 2), "éé…");
        assert_eq!(truncate_chars("éé", 2), "éé");
        assert_eq!(shown(&"x".repeat(1000)).chars().count(), 61);
    }

    #[test]
    fn one_line_turns_breaks_into_spaces() {
        assert_eq!(one_line("a\nb\r\nc"), "a b  c");
        assert!(matches!(one_line("abc"), Cow::Borrowed(_)));
    }
}
