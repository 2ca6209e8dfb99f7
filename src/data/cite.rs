//! Citations of quotes and sources, for people who put them in their own work.
//!
//! APA 7, MLA 9 and Chicago (author-date) come from their CSL definitions,
//! formatted by hayagriva (the bibliography engine behind Typst), so that they
//! follow the styles' rules rather than our reading of them. The plain style
//! is ours. A speaker is named before the reference ("Mélanie Joly, quoted in
//! …") only for their own words, since the styles cite the publication, not the
//! person quoted; an outlet's report of what someone said is the outlet's words.
//! Source lists are written as Markdown, CSV or BibTeX (through `biblatex`).

use crate::data::formats::FileFormat;
use crate::data::model::{Attribution, Event, Quote, Source, SourceKind, Speaker, Timeline};
use chrono::{Datelike, NaiveDate};
use hayagriva::archive::ArchivedStyle;
use hayagriva::citationberg::{IndependentStyle, Style};
use hayagriva::types::{Date, EntryType, FormatString, Person, QualifiedUrl};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, BufWriteFormat, CitationItem, CitationRequest, Entry,
};
use std::fmt::Write;
use std::str::FromStr;

/// A citation style the user can pick.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CitationStyle {
    #[default]
    Plain,
    Apa,
    Mla,
    Chicago,
}

impl CitationStyle {
    /// Every style, in the order the picker shows them.
    pub const ALL: [Self; 4] = [Self::Plain, Self::Apa, Self::Mla, Self::Chicago];

    pub fn label(self) -> &'static str {
        match self {
            Self::Plain => "Plain",
            Self::Apa => "APA 7",
            Self::Mla => "MLA 9",
            Self::Chicago => "Chicago",
        }
    }

    fn csl(self) -> Option<ArchivedStyle> {
        match self {
            Self::Plain => None,
            Self::Apa => Some(ArchivedStyle::AmericanPsychologicalAssociation),
            Self::Mla => Some(ArchivedStyle::ModernLanguageAssociation),
            Self::Chicago => Some(ArchivedStyle::ChicagoAuthorDate),
        }
    }
}

/// A citation of one quote: the words, who said them (for their own words
/// only), and the reference.
pub fn quote_citation(
    q: &Quote,
    speaker: Option<&Speaker>,
    s: &Source,
    style: CitationStyle,
    accessed: NaiveDate,
) -> String {
    let mut c = format!("“{}” — ", q.text);
    if let (Attribution::Own(_), Some(speaker)) = (q.attribution(), speaker) {
        let _ = write!(c, "{}, quoted in ", speaker.name);
    }
    c.push_str(&reference(s, style, accessed));
    c
}

/// Every quote of an event cited, one per line.
pub fn event_citations(
    t: &Timeline,
    e: &Event,
    style: CitationStyle,
    accessed: NaiveDate,
) -> String {
    e.quotes
        .iter()
        .filter_map(|q| {
            t.sources
                .get(q.source)
                .map(|s| quote_citation(q, t.speaker_of(q), s, style, accessed))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The reference to a source in a style.
/// The source's own access date, when the dataset records one, is used over
/// `accessed`; an archived copy follows the reference ("Archived at …"), the
/// place APA, MLA and Chicago give a stable copy of a web page.
pub fn reference(s: &Source, style: CitationStyle, accessed: NaiveDate) -> String {
    let accessed = s.accessed.map_or(accessed, |d| d.first_date());
    let mut text = match style.csl().and_then(|a| csl_reference(s, a, accessed)) {
        Some(text) => text,
        None => plain_reference(s, accessed),
    };
    if let Some(archived) = &s.archived {
        let text_end = text.trim_end();
        let stop = if text_end.ends_with('.') { "" } else { "." };
        text = format!("{text_end}{stop} Archived at {archived}.");
    }
    text
}

/// Outlet (and via), author, title, date, address, access date.
fn plain_reference(s: &Source, accessed: NaiveDate) -> String {
    let mut c = s.outlet_via();
    if let Some(a) = &s.author {
        let _ = write!(c, ", {a}");
    }
    if let Some(title) = &s.title {
        let _ = write!(c, ", “{title}”");
    }
    if let Some(p) = s.published {
        let _ = write!(c, ", {}", p.long());
    }
    if let Some(u) = &s.url {
        let _ = write!(c, ". {u} (accessed {})", accessed.format("%-d %B %Y"));
    }
    c
}

fn csl_reference(s: &Source, style: ArchivedStyle, accessed: NaiveDate) -> Option<String> {
    let Style::Independent(style) = style.get() else {
        return None;
    };
    let entry = entry_of(s, accessed);
    render(&entry, &style)
}

fn render(entry: &Entry, style: &IndependentStyle) -> Option<String> {
    let locales = hayagriva::archive::locales();
    let mut driver = BibliographyDriver::new();
    driver.citation(CitationRequest::from_items(
        vec![CitationItem::with_entry(entry)],
        style,
        &locales,
    ));
    let rendered = driver.finish(BibliographyRequest {
        style,
        locale: None,
        locale_files: &locales,
    });
    let item = rendered.bibliography?.items.into_iter().next()?;
    let mut out = String::new();
    item.content
        .write_buf(&mut out, BufWriteFormat::Plain)
        .ok()?;
    Some(out)
}

/// The source as a bibliography entry: an article in the outlet (a periodical),
/// or a web page when the outlet is a government body.
fn entry_of(s: &Source, accessed: NaiveDate) -> Entry {
    let kind = match s.kind {
        SourceKind::Official => EntryType::Web,
        _ => EntryType::Article,
    };
    let mut e = Entry::new(&s.id, kind);
    e.set_title(FormatString::from(
        s.title.clone().unwrap_or_else(|| untitled(s)),
    ));
    if let Some(person) = s.author.as_deref().and_then(person) {
        e.set_authors(vec![person]);
    }
    if let Some(p) = s.published {
        e.set_date(Date {
            year: p.year(),
            month: p.month().map(|m| (m - 1) as u8),
            day: p.day().map(|d| (d - 1) as u8),
            approximate: false,
            season: None,
        });
    }
    if let Some(url) = s
        .url
        .as_deref()
        .and_then(|u| crate::base::links::web_address(u).ok())
    {
        e.set_url(QualifiedUrl {
            value: url,
            visit_date: Some(date_of(accessed)),
        });
    }
    let mut parent = Entry::new(&format!("{}-outlet", s.id), EntryType::Newspaper);
    parent.set_title(FormatString::from(s.outlet_via()));
    e.set_parents(vec![parent]);
    e
}

/// Where a page's headline is not known, the styles still need a title.
fn untitled(s: &Source) -> String {
    format!("[Report by {}]", s.outlet)
}

/// "Rishika Agarwal" → family name Agarwal, given name Rishika.
fn person(name: &str) -> Option<Person> {
    let name = name.trim();
    let written = match name.rsplit_once(' ') {
        Some((given, family)) if !name.contains(',') => format!("{family}, {given}"),
        _ => name.to_owned(),
    };
    Person::from_str(&written).ok()
}

fn date_of(d: NaiveDate) -> Date {
    Date {
        year: d.year(),
        month: Some(d.month0() as u8),
        day: Some(d.day0() as u8),
        approximate: false,
        season: None,
    }
}

/// The sources quoted or cited by `events`, each once, in the chosen format
/// (Markdown, CSV or BibTeX); `None` for a format that is not a list.
pub fn source_list(
    t: &Timeline,
    events: &[usize],
    format: FileFormat,
    style: CitationStyle,
    accessed: NaiveDate,
) -> Option<String> {
    let mut ids: Vec<usize> = events
        .iter()
        .filter_map(|&i| t.events.get(i))
        .flat_map(|e| {
            e.quotes.iter().map(|q| q.source).chain(
                e.disputes
                    .iter()
                    .flat_map(|d| d.sides.iter().map(|s| s.source)),
            )
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let sources = ids.iter().filter_map(|&i| t.sources.get(i));
    match format {
        FileFormat::Markdown => Some(
            sources
                .map(|s| format!("- {}\n", reference(s, style, accessed)))
                .collect(),
        ),
        FileFormat::Csv => Some(csv_list(sources)),
        FileFormat::BibTeX => Some(sources.map(|s| bibtex_entry(s, accessed) + "\n").collect()),
        FileFormat::Ron
        | FileFormat::TimelineJsJson
        | FileFormat::TimelineJsCsv
        | FileFormat::Png
        | FileFormat::Svg
        | FileFormat::Pdf => None,
    }
}

fn csv_list<'a>(sources: impl Iterator<Item = &'a Source>) -> String {
    let field = |v: &str| format!("\"{}\"", v.replace('"', "\"\""));
    let mut out = String::from("id,outlet,via,kind,title,author,published,url\n");
    for s in sources {
        let row = [
            s.id.clone(),
            s.outlet.clone(),
            s.via.clone().unwrap_or_default(),
            s.kind.label(),
            s.title.clone().unwrap_or_default(),
            s.author.clone().unwrap_or_default(),
            s.published.map(|p| p.to_string()).unwrap_or_default(),
            s.url.clone().unwrap_or_default(),
        ];
        out.push_str(&row.iter().map(|v| field(v)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// The source as a BibTeX `@online` entry keyed by its id.
pub fn bibtex_entry(s: &Source, accessed: NaiveDate) -> String {
    use biblatex::{Chunk, Spanned};
    let accessed = s.accessed.map_or(accessed, |d| d.first_date());
    let chunks = |v: &str| vec![Spanned::detached(Chunk::Normal(v.to_owned()))];
    let mut e = biblatex::Entry::new(s.id.clone(), biblatex::EntryType::Online);
    e.set("title", chunks(s.title.as_deref().unwrap_or(&untitled(s))));
    e.set("organization", chunks(&s.outlet_via()));
    if let Some(a) = &s.author {
        e.set("author", chunks(a));
    }
    if let Some(p) = s.published {
        e.set("date", chunks(&p.to_string()));
    }
    if let Some(u) = &s.url {
        e.set("url", vec![Spanned::detached(Chunk::Verbatim(u.clone()))]);
        e.set("urldate", chunks(&accessed.format("%Y-%m-%d").to_string()));
        if let Some(archived) = &s.archived {
            e.set("addendum", chunks(&format!("Archived at {archived}")));
        }
    }
    e.to_biblatex_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::PartialDate;
    use crate::data::model::Voice;

    fn source(author: Option<&str>, title: Option<&str>) -> Source {
        Source {
            id: "bs".into(),
            outlet: "Business Standard".into(),
            title: title.map(Into::into),
            author: author.map(Into::into),
            published: PartialDate::parse("2026-02-09").ok(),
            url: Some("https://www.business-standard.com/a".into()),
            via: None,
            kind: SourceKind::News,
            archived: None,
            accessed: None,
        }
    }

    fn quote(voice: Option<Voice>) -> Quote {
        Quote {
            source: 0,
            text: "shared work plan".into(),
            speaker: voice.map(|_| 0),
            voice: voice.unwrap_or_default(),
        }
    }

    fn doval() -> Speaker {
        let mut names = crate::data::model::SpeakersByName::default();
        names.index("Ajit Doval");
        names.into_speakers().remove(0)
    }

    fn accessed() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    #[test]
    fn every_style_names_speaker_outlet_title_date_and_address() {
        let s = source(
            Some("Rishika Agarwal"),
            Some("India, Canada agree on work plan"),
        );
        for style in CitationStyle::ALL {
            let c = quote_citation(
                &quote(Some(Voice::Own)),
                Some(&doval()),
                &s,
                style,
                accessed(),
            );
            assert!(
                c.starts_with("“shared work plan” — Ajit Doval, quoted in "),
                "{style:?}: {c}"
            );
            // MLA and Chicago title-case the headline; compare without case.
            let lower = c.to_lowercase();
            for part in [
                "agarwal",
                "india, canada agree on work plan",
                "business standard",
                "2026",
                "https://www.business-standard.com/a",
            ] {
                assert!(lower.contains(part), "{style:?} lacks {part}: {c}");
            }
        }
    }

    #[test]
    fn the_styles_differ_as_their_rules_do() {
        let s = source(
            Some("Rishika Agarwal"),
            Some("India, Canada agree on work plan"),
        );
        let apa = reference(&s, CitationStyle::Apa, accessed());
        let mla = reference(&s, CitationStyle::Mla, accessed());
        assert!(apa.starts_with("Agarwal, R."), "APA: {apa}");
        assert!(mla.starts_with("Agarwal, Rishika."), "MLA: {mla}");
        assert!(
            apa.contains("(2026"),
            "APA puts the year after the author: {apa}"
        );
    }

    #[test]
    fn a_report_of_what_someone_said_is_cited_as_the_outlets_words() {
        let s = source(None, Some("Doval in Ottawa"));
        for style in CitationStyle::ALL {
            let reported = quote(Some(Voice::Reported));
            let c = quote_citation(&reported, Some(&doval()), &s, style, accessed());
            assert!(
                c.starts_with("“shared work plan” — ") && !c.contains("Doval,"),
                "{style:?}: {c}"
            );
            assert!(!c.contains("quoted in"), "{style:?}: {c}");
        }
    }

    #[test]
    fn without_speaker_author_or_title_the_outlet_leads() {
        let s = source(None, None);
        for style in CitationStyle::ALL {
            let c = quote_citation(&quote(None), None, &s, style, accessed());
            assert!(
                !c.contains("quoted in") && c.contains("Business Standard"),
                "{style:?}: {c}"
            );
        }
        assert!(
            reference(&s, CitationStyle::Plain, accessed())
                .starts_with("Business Standard, 9 February 2026")
        );
    }

    #[test]
    fn source_lists_in_each_format() {
        let t = crate::data::load::bundled().unwrap();
        let events: Vec<usize> = (0..5).collect();
        let md = source_list(
            &t,
            &events,
            FileFormat::Markdown,
            CitationStyle::Apa,
            accessed(),
        )
        .unwrap();
        let csv = source_list(
            &t,
            &events,
            FileFormat::Csv,
            CitationStyle::Plain,
            accessed(),
        )
        .unwrap();
        let bib = source_list(
            &t,
            &events,
            FileFormat::BibTeX,
            CitationStyle::Plain,
            accessed(),
        )
        .unwrap();
        assert!(md.lines().all(|l| l.starts_with("- ")) && md.lines().count() >= 5);
        assert_eq!(
            csv.lines().count(),
            md.lines().count() + 1,
            "a header and one row per source"
        );
        assert_eq!(bib.matches("@online{").count(), md.lines().count());
    }

    #[test]
    fn an_archived_copy_and_the_sources_own_access_date_reach_every_style() {
        let archived =
            "https://web.archive.org/web/20260210000000/https://www.business-standard.com/a";
        let mut s = source(Some("Archis Mohan"), Some("A title"));
        s.archived = Some(archived.into());
        s.accessed = PartialDate::parse("2026-02-11").ok();
        for style in CitationStyle::ALL {
            let r = reference(&s, style, accessed());
            assert!(
                r.ends_with(&format!("Archived at {archived}.")),
                "{style:?}: {r}"
            );
            assert!(!r.contains(".. Archived"), "{style:?}: {r}");
        }
        let plain = reference(&s, CitationStyle::Plain, accessed());
        assert!(
            plain.contains("11 February 2026"),
            "the source's own access date: {plain}"
        );
        let bib = bibtex_entry(&s, accessed());
        assert!(
            bib.contains(&format!("addendum = {{Archived at {archived}}}")),
            "{bib}"
        );
        assert!(bib.contains("urldate = {2026-02-11}"), "{bib}");
    }
}
