//! The interface's words in English, French (as written in Canada), Hindi and
//! Punjabi (Gurmukhi), from one Project Fluent file per language embedded in
//! the binary (`assets/i18n/*.ftl`), and dates in each language's own words.
//!
//! The dataset's own text (titles, summaries, quotes) is never translated
//! here: quotes stay verbatim in the language they were spoken in. Every
//! language writes Western digits (0–9): the Indian government and press use
//! them in Hindi and Punjabi print, and they keep dates and counts the same
//! width on the axis in every language.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A language of the interface.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Hi,
    Pa,
}

/// Each language's Fluent file, in [`Lang::ALL`] order.
const SOURCES: [&str; 4] = [
    include_str!("../../assets/i18n/en.ftl"),
    include_str!("../../assets/i18n/fr.ftl"),
    include_str!("../../assets/i18n/hi.ftl"),
    include_str!("../../assets/i18n/pa.ftl"),
];

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Hi, Lang::Pa];

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Hi => 2,
            Lang::Pa => 3,
        }
    }

    /// The language's code, as `--lang` takes it: "en", "fr", "hi", "pa".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Hi => "hi",
            Lang::Pa => "pa",
        }
    }

    /// The language named in itself: English, Français, हिन्दी, ਪੰਜਾਬੀ.
    pub fn native_name(self) -> String {
        tr(self, &format!("menu-language-{}", self.code()))
    }

    /// The Fluent file's text, for tests that check every language has every message.
    pub fn source(self) -> &'static str {
        SOURCES[self.index()]
    }

    /// The language a code names ("fr", any case), if it is one of ours.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a locale tag ("fr_CA.UTF-8", "hi-IN", "pa-Guru-IN"), if it is one of ours.
    pub fn from_locale(tag: &str) -> Option<Lang> {
        Lang::from_code(tag.split(['_', '-', '.', '@']).next().unwrap_or(""))
    }

    /// The system's language when it is one of ours, else English.
    pub fn from_system() -> Lang {
        sys_locale::get_locales()
            .find_map(|tag| Lang::from_locale(&tag))
            .unwrap_or_default()
    }

    fn chrono_locale(self) -> chrono::Locale {
        match self {
            Lang::En => chrono::Locale::en_CA,
            Lang::Fr => chrono::Locale::fr_CA,
            Lang::Hi => chrono::Locale::hi_IN,
            Lang::Pa => chrono::Locale::pa_IN,
        }
    }

    /// The month's full name, 1-based: "October", "octobre", "अक्टूबर", "ਅਕਤੂਬਰ".
    pub fn month_name(self, month: u32) -> &'static str {
        &month_tables()[self.index()].0[month_slot(month)]
    }

    /// The month's short name for the axis: "Oct", "oct.", and the Hindi and
    /// Punjabi abbreviations of the same locale data.
    pub fn month_abbr(self, month: u32) -> &'static str {
        &month_tables()[self.index()].1[month_slot(month)]
    }

    /// A day as a reader of the language says it: "14 October 2024",
    /// "14 octobre 2024", "14 अक्टूबर 2024", "14 ਅਕਤੂਬਰ 2024".
    pub fn long_date(self, date: NaiveDate) -> String {
        format!(
            "{} {} {}",
            date.day(),
            self.month_name(date.month()),
            date.year()
        )
    }
}

fn month_slot(month: u32) -> usize {
    (month.clamp(1, 12) - 1) as usize
}

type MonthNames = [String; 12];

/// Full and short month names of each language, from chrono's locale data
/// (glibc's), made once.
fn month_tables() -> &'static [(MonthNames, MonthNames); 4] {
    static TABLES: OnceLock<[(MonthNames, MonthNames); 4]> = OnceLock::new();
    TABLES.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let names = |pattern: &str| {
                std::array::from_fn(|i| {
                    NaiveDate::from_ymd_opt(2000, i as u32 + 1, 1)
                        .map(|d| {
                            d.format_localized(pattern, lang.chrono_locale())
                                .to_string()
                        })
                        .unwrap_or_default()
                })
            };
            (names("%B"), names("%b"))
        })
    })
}

type Bundle = FluentBundle<FluentResource>;

/// The four bundles, parsed once. A message that does not parse is logged and
/// left out (the English one, or its id, shows instead).
fn bundles() -> &'static [Bundle; 4] {
    static BUNDLES: OnceLock<[Bundle; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // egui draws the isolation marks Fluent puts around arguments as boxes.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            log::warn!(
                "{} messages: {} could not be read",
                lang.code(),
                errors.len()
            );
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        log::warn!("{} messages: {errors:?}", lang.code());
    }
    bundle
}

/// A message with no arguments.
pub fn tr(lang: Lang, id: &str) -> String {
    format_message(lang, id, None)
}

/// A message with arguments: numbers (for plurals) or text.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Text(t) => FluentValue::from(t.to_string()),
        };
        fluent.set(*name, value);
    }
    format_message(lang, id, Some(&fluent))
}

/// An argument of a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Num(f64),
    Text(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(t: &'a str) -> Self {
        Arg::Text(t)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(t: &'a String) -> Self {
        Arg::Text(t)
    }
}

fn format_message(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    for l in [lang, Lang::En] {
        let bundle = &bundles()[l.index()];
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::warn!("message {id} ({}): {errors:?}", l.code());
            }
            return text.into_owned();
        }
    }
    log::warn!("no message {id}");
    id.to_owned()
}

/// The ids of the messages in a Fluent file (terms, starting with `-`, aside).
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_our_languages_or_none() {
        assert_eq!(Lang::from_locale("fr_CA.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("hi-IN"), Some(Lang::Hi));
        assert_eq!(Lang::from_locale("pa-Guru-IN"), Some(Lang::Pa));
        assert_eq!(Lang::from_locale("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
        assert_eq!(Lang::from_locale("C"), None);
    }

    #[test]
    fn dates_are_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2024, 10, 14).unwrap();
        assert_eq!(Lang::En.long_date(d), "14 October 2024");
        assert_eq!(Lang::Fr.long_date(d), "14 octobre 2024");
        assert!(
            Lang::Hi.long_date(d).starts_with("14 अक्"),
            "{}",
            Lang::Hi.long_date(d)
        );
        assert_eq!(Lang::Pa.long_date(d), "14 ਅਕਤੂਬਰ 2024");
    }

    #[test]
    fn plurals_follow_each_language() {
        let events = |lang, n: usize| tr_args(lang, "tip-density-events", &[("count", n.into())]);
        assert_ne!(events(Lang::En, 1), events(Lang::En, 2));
        assert!(events(Lang::Fr, 2).contains('2'));
        assert_eq!(tr(Lang::Fr, "menu-file"), "Fichier");
        assert_eq!(tr(Lang::Hi, "no-such-message-id"), "no-such-message-id");
    }
}
