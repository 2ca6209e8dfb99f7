//! Links that open a page at the quote itself: a URL text fragment
//! (`…#:~:text=start,end`, as the WICG Text Fragments draft defines it), which
//! Chrome, Edge and Safari scroll to and highlight and other browsers ignore.
//!
//! Short quotes are matched whole; long ones by their first and last few words,
//! so that a small difference in the middle (a line break, a typographic
//! quotation mark) does not lose the match. Where a quote leaves words out (`…`),
//! the words before the first gap start the match and those after the last end it.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use url::Url;

/// Quotes of at most this many words are matched whole.
const WHOLE_WORDS: usize = 10;
/// How many words start and end the match of a longer quote.
const EDGE_WORDS: usize = 4;

/// What a text directive percent-encodes: what a fragment cannot hold, and the
/// directive's own delimiters `&`, `,` and `-`.
const TEXT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b',')
    .add(b'-')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'\'')
    .add(b':')
    .add(b'[')
    .add(b']');

/// The address with a text fragment for `quote`. An existing fragment is kept
/// (the directive follows it after `:~:`), an existing text directive replaced;
/// a quote with no words leaves the address as it is.
pub fn quote_link(url: &Url, quote: &str) -> Url {
    let Some(directive) = text_directive(quote) else {
        return url.clone();
    };
    let kept = url
        .fragment()
        .map(|f| f.split(":~:").next().unwrap_or("").to_owned())
        .unwrap_or_default();
    let mut linked = url.clone();
    linked.set_fragment(Some(&format!("{kept}:~:text={directive}")));
    linked
}

/// `start` or `start,end`, each percent-encoded; `None` for a quote with no words.
fn text_directive(quote: &str) -> Option<String> {
    let trimmed = quote.trim().trim_matches(|c: char| "\"'“”‘’«»".contains(c));
    let parts: Vec<Vec<&str>> = trimmed
        .split(['…'])
        .flat_map(|p| p.split("..."))
        .map(|p| {
            p.split_whitespace()
                .filter(|w| !matches!(*w, "[" | "]" | "[]"))
                .collect::<Vec<_>>()
        })
        .filter(|words| !words.is_empty())
        .collect();
    let (first, last) = (parts.first()?, parts.last()?);
    let encode = |words: &[&str]| utf8_percent_encode(&words.join(" "), TEXT).to_string();
    if parts.len() == 1 && first.len() <= WHOLE_WORDS {
        return Some(encode(first));
    }
    let start = &first[..first.len().min(EDGE_WORDS)];
    let end = &last[last.len().saturating_sub(EDGE_WORDS)..];
    Some(format!("{},{}", encode(start), encode(end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str, quote: &str) -> String {
        quote_link(&Url::parse(url).unwrap(), quote).to_string()
    }

    #[test]
    fn a_short_quote_is_matched_whole_with_spaces_and_delimiters_encoded() {
        assert_eq!(
            link("https://example.org/a", "“a well-known fact, and more”"),
            "https://example.org/a#:~:text=a%20well%2Dknown%20fact%2C%20and%20more"
        );
        assert_eq!(
            link("https://example.org/a", "it's 'quoted' & so on"),
            "https://example.org/a#:~:text=it%27s%20%27quoted%27%20%26%20so%20on"
        );
    }

    #[test]
    fn non_latin_text_is_percent_encoded_as_utf8() {
        let l = link("https://example.org/", "भारत सरकार");
        assert!(l.ends_with("#:~:text=%E0%A4%AD%E0%A4%BE%E0%A4%B0%E0%A4%A4%20%E0%A4%B8%E0%A4%B0%E0%A4%95%E0%A4%BE%E0%A4%B0"), "{l}");
    }

    #[test]
    fn a_long_quote_is_matched_by_its_first_and_last_words() {
        let quote = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(
            link("https://example.org/", quote),
            "https://example.org/#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve"
        );
    }

    #[test]
    fn words_left_out_split_the_match_around_the_gap() {
        assert_eq!(
            link("https://example.org/", "We said this … and then that"),
            "https://example.org/#:~:text=We%20said%20this,and%20then%20that"
        );
    }

    #[test]
    fn an_existing_fragment_is_kept_and_an_old_directive_replaced() {
        assert_eq!(
            link("https://example.org/p#section-2", "the words"),
            "https://example.org/p#section-2:~:text=the%20words"
        );
        assert_eq!(
            link("https://example.org/p#top:~:text=old", "new words"),
            "https://example.org/p#top:~:text=new%20words"
        );
        assert_eq!(
            link("https://example.org/p?q=1", "“ ”"),
            "https://example.org/p?q=1"
        );
    }
}
