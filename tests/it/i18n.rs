//! The interface's languages: every message in every language, every message
//! used by the code, and the window in each language.

use india_canada_timeline::base::i18n::{Lang, message_ids};
use std::collections::BTreeSet;

/// The text of every source file, to find the message ids the code names.
fn source_text() -> String {
    fn walk(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = String::new();
    walk(std::path::Path::new("src"), &mut out);
    out
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english: BTreeSet<String> = message_ids(Lang::En.source()).into_iter().collect();
    assert!(english.len() > 200, "{}", english.len());
    for lang in Lang::ALL {
        let ids = message_ids(lang.source());
        let set: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(set.len(), ids.len(), "{} defines an id twice", lang.code());
        let missing: Vec<_> = english.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            lang.code()
        );
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let code = source_text();
    let unused: Vec<String> = message_ids(Lang::En.source())
        .into_iter()
        // Language names are asked for as `menu-language-{code}`.
        .filter(|id| !id.starts_with("menu-language-"))
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    for lang in Lang::ALL {
        assert_ne!(lang.native_name(), format!("menu-language-{}", lang.code()));
    }
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let code = source_text();
    let known: BTreeSet<String> = message_ids(Lang::En.source()).into_iter().collect();
    let prefixes = [
        "menu-",
        "top-",
        "side-",
        "list-",
        "tour-",
        "export-",
        "shortcuts-",
        "notice-",
        "about-",
        "compare-",
        "speaker-",
        "overview-",
        "drop-",
        "search-",
        "voices-",
        "error-",
        "tip-",
    ];
    let mut unknown = BTreeSet::new();
    for part in code.split('"').skip(1).step_by(2) {
        let looks_like_id = prefixes.iter().any(|p| part.starts_with(p))
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !part.ends_with('-');
        if looks_like_id && !known.contains(part) {
            unknown.insert(part.to_owned());
        }
    }
    assert!(unknown.is_empty(), "ids with no message: {unknown:?}");
}
