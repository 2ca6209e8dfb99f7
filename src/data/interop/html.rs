//! HTML as TimelineJS writes it, to and from the plain text of our model.
//!
//! TimelineJS headlines and texts are HTML fragments; our titles, summaries and
//! quotes are plain text. Going in, tags are dropped (paragraphs and line breaks
//! become line breaks), entities decoded and whitespace collapsed; going out,
//! text is escaped so that nothing in it can be read as markup.

/// Tags after which (or before which) the text breaks onto a new line.
const BLOCK_TAGS: [&str; 16] = [
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "hr",
    "section",
];

/// Tags whose content is never text for a reader.
const SKIPPED_TAGS: [&str; 3] = ["script", "style", "iframe"];

/// Plain text of an HTML fragment: tags removed, entities decoded, `<p>` and
/// `<br>` as line breaks, runs of spaces as one space, no blank lines.
pub fn to_text(html: &str) -> String {
    let mut raw = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        raw.push_str(&decode_entities(&rest[..open]));
        let after = &rest[open..];
        let Some(close) = after.find('>') else {
            // A lone `<` is text ("a < b").
            raw.push_str(&decode_entities(after));
            rest = "";
            break;
        };
        let name = tag_name(&after[1..close]);
        rest = &after[close + 1..];
        if SKIPPED_TAGS.contains(&name.as_str()) && !after[1..].starts_with('/') {
            let end = format!("</{name}");
            let at = find_ignore_case(rest, &end).unwrap_or(rest.len());
            rest = rest[at..].find('>').map_or("", |g| &rest[at + g + 1..]);
        } else if BLOCK_TAGS.contains(&name.as_str()) {
            raw.push('\n');
        }
    }
    raw.push_str(&decode_entities(rest));
    collapse_whitespace(&raw)
}

/// Byte offset of the first `needle` (ASCII) in `hay`, in any case.
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The lower-case name of a tag from what is between `<` and `>` ("/p" → "p").
fn tag_name(inside: &str) -> String {
    inside
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Runs of spaces become one space; lines are trimmed; empty lines dropped.
fn collapse_whitespace(text: &str) -> String {
    text.split('\n')
        .map(crate::base::text::single_spaced)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Decodes every HTML entity (`&amp;`, `&#39;`, `&#x2014;`, `&eacute;`...);
/// anything that is not one is left as written. A decoded NUL is dropped.
pub fn decode_entities(text: &str) -> String {
    html_escape::decode_html_entities(text).replace('\0', "")
}

/// Text escaped for HTML content or a quoted attribute.
pub fn escape(text: &str) -> String {
    html_escape::encode_quoted_attribute(text).into_owned()
}

/// Plain text as HTML paragraphs: each line its own `<p>`, escaped.
pub fn paragraphs(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("<p>{}</p>", escape(l)))
        .collect()
}

/// A `<blockquote>` found in HTML: its words and who they are credited to.
#[derive(Debug, PartialEq)]
pub struct Blockquote {
    pub text: String,
    /// The `<cite>` inside it, if any.
    pub cite: Option<String>,
}

/// The `<blockquote>`s of an HTML fragment, and the fragment without them.
pub fn take_blockquotes(html: &str) -> (Vec<Blockquote>, String) {
    // ASCII lower-casing keeps every byte offset, so both strings share them.
    let lower = html.to_ascii_lowercase();
    let mut quotes = Vec::new();
    let mut rest = String::with_capacity(html.len());
    let mut from = 0;
    while let Some(found) = lower[from..].find("<blockquote") {
        let open = from + found;
        let Some(gt) = lower[open..].find('>') else {
            break;
        };
        let inner = open + gt + 1;
        let close = lower[inner..]
            .find("</blockquote")
            .map_or(html.len(), |c| inner + c);
        let after = lower[close..]
            .find('>')
            .map_or(html.len(), |g| close + g + 1);
        rest.push_str(&html[from..open]);
        quotes.extend(blockquote(&html[inner..close], &lower[inner..close]));
        from = after;
    }
    rest.push_str(&html[from..]);
    (quotes, rest)
}

/// The words and the `<cite>` of a blockquote's inside; `None` without words.
fn blockquote(inner: &str, lower: &str) -> Option<Blockquote> {
    let (words, cite) = match lower.find("<cite") {
        Some(c) => (&inner[..c], Some(to_text(&inner[c..]))),
        None => (inner, None),
    };
    let cite = cite
        .map(|c| {
            c.trim_start_matches(['—', '–', '-', ' '])
                .replace('\n', " ")
        })
        .filter(|c| !c.is_empty());
    let text = to_text(words).replace('\n', " ");
    (!text.is_empty()).then_some(Blockquote { text, cite })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_entities_decode_paragraphs_break() {
        let html = "<p class=\"lead\">Tom &amp; Jerry&#39;s <a href=\"x\">&quot;show&quot;</a></p>\
                    <p>Second&nbsp;&nbsp;para<br/>next   line &#x2014; end</p>";
        assert_eq!(
            to_text(html),
            "Tom & Jerry's \"show\"\nSecond para\nnext line — end"
        );
    }

    #[test]
    fn stray_brackets_and_unknown_entities_stay_text() {
        assert_eq!(to_text("a < b &unknown; c &amp"), "a < b &unknown; c &amp");
        assert_eq!(to_text("x<script>alert(1)</script>y"), "xy");
        assert_eq!(to_text("  \n <span>  </span> "), "");
    }

    #[test]
    fn escaping_round_trips_through_to_text() {
        let text = "Rock & roll <now> \"quoted\" it's";
        assert_eq!(to_text(&escape(text)), text);
        assert_eq!(to_text(&paragraphs("one\ntwo & three")), "one\ntwo & three");
    }

    #[test]
    fn blockquotes_give_words_and_cite() {
        let html =
            "Before <blockquote>There is no demand. <cite>— Edith Clarke</cite></blockquote> after";
        let (quotes, rest) = take_blockquotes(html);
        assert_eq!(quotes[0].text, "There is no demand.");
        assert_eq!(quotes[0].cite.as_deref(), Some("Edith Clarke"));
        assert_eq!(to_text(&rest), "Before after");
        let (quotes, rest) =
            take_blockquotes("<BLOCKQUOTE>a</BLOCKQUOTE>b<blockquote>c</blockquote>");
        assert_eq!(quotes.len(), 2);
        assert_eq!((quotes[1].text.as_str(), rest.as_str()), ("c", "b"));
        assert!(take_blockquotes("<p>no quote</p>").0.is_empty());
    }
}
