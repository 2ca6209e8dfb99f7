//! Web addresses: the only thing the app ever hands to the system to open.
//!
//! A string that merely starts with `https://` is not enough: browser-opening
//! crates treat what they cannot parse as a local path. Every address is parsed
//! here, when the dataset is loaded and again right before it is opened.

use url::Url;

/// Why a string is not an address the app will open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("contains a space, line break or control character")]
    Whitespace,
    #[error("is not a well-formed address ({0})")]
    Malformed(#[source] url::ParseError),
    #[error("must start with http:// or https://")]
    Scheme,
    #[error("names no host (write it as https://example.org/...)")]
    NoHost,
    #[error("carries a user name or password")]
    Credentials,
}

/// Parses an http(s) address with a host, refusing anything a browser or the
/// system could read as something else.
pub fn web_address(text: &str) -> Result<Url, LinkError> {
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(LinkError::Whitespace);
    }
    let url = Url::parse(text).map_err(LinkError::Malformed)?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(LinkError::Scheme);
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(LinkError::NoHost);
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(LinkError::Credentials);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_news_addresses_pass() {
        for ok in [
            "https://www.thehindu.com/news/national/article68757777.ece",
            "http://example.org",
            "https://www.ctvnews.ca/x-1.6782355?cache=yes%3FclipId%3D104062",
        ] {
            assert!(web_address(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn addresses_that_could_open_a_local_file_are_refused() {
        for (bad, why) in [
            ("https://a:99999/../../etc/passwd", "port"),
            ("https://exa mple.com/", "space"),
            ("https://", "empty"),
            ("https://example.org/\nsecond line", "newline"),
            ("file:///etc/passwd", "scheme"),
            ("javascript:alert(1)", "scheme"),
            ("/etc/passwd", "relative"),
            ("https://user:pw@example.org/", "credentials"),
        ] {
            assert!(web_address(bad).is_err(), "{why}: {bad}");
        }
    }
}
