//! Data made from the document and the filters: the search index, which events
//! match, which pass the filters, the list's rows. Each part is made when first
//! asked for and kept while its inputs stay the same. The whole cache belongs to
//! one generation of the document, so a new dataset makes all of it stale at once.

use super::parts::{Document, Filters};
use crate::timeline::list::ListSort;
use crate::timeline::search::SearchIndex;
use crate::timeline::voices::{VoiceFilter, spoke_mask};

/// The inputs the list's rows were made from.
#[derive(Clone, PartialEq)]
struct ListKey {
    sort: ListSort,
    search: String,
    hidden: Vec<bool>,
    thread: Option<usize>,
    disputed_only: bool,
    voices: Option<VoiceFilter>,
}

type Mask = Option<Vec<bool>>;

/// See the module documentation.
#[derive(Default)]
pub(super) struct Derived {
    generation: u64,
    /// Built on the first search: a large dataset opens without paying for it.
    index: Option<SearchIndex>,
    matches: Option<(String, Mask)>,
    highlight: Option<(String, Option<VoiceFilter>, Mask)>,
    filter: Option<((Option<usize>, bool), Mask)>,
    list: Option<(ListKey, Vec<usize>)>,
}

impl Derived {
    /// Forgets everything made for another generation of the document.
    fn refresh(&mut self, generation: u64) {
        if self.generation != generation {
            *self = Derived {
                generation,
                ..Derived::default()
            };
        }
    }

    /// Search matches per event; `None` when the search is empty.
    pub fn matches(&mut self, doc: &Document, search: &str) -> Option<&[bool]> {
        self.refresh(doc.generation);
        if self.matches.as_ref().is_none_or(|(s, _)| s != search) {
            let mask = if search.trim().is_empty() {
                None
            } else {
                let timeline = &doc.timeline;
                self.index
                    .get_or_insert_with(|| SearchIndex::new(timeline))
                    .matches(search)
            };
            self.matches = Some((search.to_owned(), mask));
        }
        self.matches.as_ref().and_then(|(_, m)| m.as_deref())
    }

    /// Events kept bright by the search and the voices (both must hold);
    /// `None` when neither is on.
    pub fn highlight(
        &mut self,
        doc: &Document,
        search: &str,
        voices: Option<VoiceFilter>,
    ) -> Option<&[bool]> {
        self.refresh(doc.generation);
        let stale = self
            .highlight
            .as_ref()
            .is_none_or(|(s, v, _)| s != search || *v != voices);
        if stale {
            let by_voice = voices.map(|v| spoke_mask(&doc.timeline, v));
            let by_search = self.matches(doc, search).map(<[bool]>::to_vec);
            let mask = match (by_search, by_voice) {
                (Some(m), Some(v)) => Some(m.iter().zip(v).map(|(a, b)| *a && b).collect()),
                (m, v) => m.or(v),
            };
            self.highlight = Some((search.to_owned(), voices, mask));
        }
        self.made_highlight()
    }

    /// Which events pass the storyline and dispute filters; `None` when neither is on.
    pub fn filter(&mut self, doc: &Document, filters: &Filters) -> Option<&[bool]> {
        self.refresh(doc.generation);
        let key = (filters.thread, filters.disputed_only);
        if self.filter.as_ref().is_none_or(|(k, _)| *k != key) {
            let mask = (key != (None, false)).then(|| {
                doc.timeline
                    .events
                    .iter()
                    .map(|e| {
                        key.0.is_none_or(|t| e.threads.contains(&t))
                            && (!key.1 || !e.disputes.is_empty())
                    })
                    .collect()
            });
            self.filter = Some((key, mask));
        }
        self.made_filter()
    }

    /// The highlight as last made, without making it again.
    pub fn made_highlight(&self) -> Option<&[bool]> {
        self.highlight.as_ref().and_then(|(_, _, m)| m.as_deref())
    }

    /// The filter as last made, without making it again.
    pub fn made_filter(&self) -> Option<&[bool]> {
        self.filter.as_ref().and_then(|(_, m)| m.as_deref())
    }

    /// Whether event `i` passes its category, the filters and the highlight,
    /// as last made ([`Derived::filter`] and [`Derived::highlight`] make them).
    pub fn kept(&self, doc: &Document, filters: &Filters, i: usize) -> bool {
        !filters.hidden[doc.timeline.events[i].category]
            && self.made_filter().is_none_or(|f| f[i])
            && self.made_highlight().is_none_or(|m| m[i])
    }

    /// The list's rows: the events that pass the categories, the filters, the
    /// search and the voices, sorted.
    pub fn list_rows(
        &mut self,
        doc: &Document,
        filters: &Filters,
        voices: Option<VoiceFilter>,
        sort: ListSort,
    ) -> &[usize] {
        self.refresh(doc.generation);
        let key = ListKey {
            sort,
            search: filters.search.clone(),
            hidden: filters.hidden.clone(),
            thread: filters.thread,
            disputed_only: filters.disputed_only,
            voices,
        };
        if self.list.as_ref().is_none_or(|(k, _)| *k != key) {
            self.filter(doc, filters);
            self.highlight(doc, &filters.search, voices);
            let shown: Vec<usize> = (0..doc.timeline.events.len())
                .filter(|&i| self.kept(doc, filters, i))
                .collect();
            let rows = crate::timeline::list::sorted(&doc.timeline, &shown, sort);
            self.list = Some((key, rows));
        }
        self.list.as_ref().map_or(&[], |(_, rows)| rows.as_slice())
    }
}
