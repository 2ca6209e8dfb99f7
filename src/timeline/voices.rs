//! Whose voices an event carries: the events where a side or a speaker spoke,
//! and one speaker's statements in date order.
//!
//! The speaker page and the *Voices* filter light up these events (the rest
//! dim, as with search); both cost one pass over the quotes.

use crate::base::i18n::{Lang, tr};
use crate::data::model::{Attribution, Side, Timeline};
use crate::timeline::quotes::SideFilter;

/// What the *Voices* filter keeps bright.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoiceFilter {
    /// Events where a speaker of this side is quoted.
    Side(SideFilter),
    /// Events where this speaker (index into `Timeline::speakers`) is quoted.
    Speaker(usize),
}

impl VoiceFilter {
    /// "India's government", "Mélanie Joly".
    pub fn label(self, timeline: &Timeline) -> String {
        self.label_in(timeline, Lang::En)
    }

    /// Whether speaker `index` is one this filter keeps.
    pub fn includes(self, timeline: &Timeline, index: usize) -> bool {
        match self {
            Self::Speaker(only) => index == only,
            Self::Side(side) => {
                side.matches(timeline.speakers.get(index).and_then(|s| s.side.as_ref()))
            }
        }
    }

    /// [`VoiceFilter::label`] in a language's words (names stay as they are).
    pub fn label_in(self, timeline: &Timeline, lang: Lang) -> String {
        match self {
            Self::Side(side) => side.label_in(lang),
            Self::Speaker(i) => timeline
                .speakers
                .get(i)
                .map_or_else(|| tr(lang, "voices-a-speaker"), |s| s.name.clone()),
        }
    }

    /// [`VoiceFilter::short_label`] in a language's words.
    pub fn short_label_in(self, timeline: &Timeline, lang: Lang) -> String {
        let id = match self {
            Self::Side(SideFilter::India) => "voices-short-india",
            Self::Side(SideFilter::Canada) => "voices-short-canada",
            Self::Side(SideFilter::Other) => "voices-short-other",
            Self::Side(SideFilter::NonState) => "voices-short-non-state",
            Self::Speaker(_) => {
                let name = self.label_in(timeline, lang);
                return crate::base::text::truncate_chars(&name, 20).into_owned();
            }
        };
        tr(lang, id)
    }

    /// A label that fits a button: "India", "Canada", a name cut to 20 letters.
    pub fn short_label(self, timeline: &Timeline) -> String {
        self.short_label_in(timeline, Lang::En)
    }
}

impl SideFilter {
    /// Every side, in the order menus list them.
    pub const ALL: [Self; 4] = [Self::India, Self::Canada, Self::Other, Self::NonState];

    pub fn label(self) -> &'static str {
        match self {
            Self::India => "India's government",
            Self::Canada => "Canada's government",
            Self::Other => "Other countries",
            Self::NonState => "Non-state voices",
        }
    }

    /// [`SideFilter::label`] in a language's words.
    pub fn label_in(self, lang: Lang) -> String {
        let id = match self {
            Self::India => "voices-side-india",
            Self::Canada => "voices-side-canada",
            Self::Other => "voices-side-other",
            Self::NonState => "voices-side-non-state",
        };
        tr(lang, id)
    }

    /// Whether a speaker of `side` belongs here.
    pub fn matches(self, side: Option<&Side>) -> bool {
        matches!(
            (self, side),
            (Self::India, Some(Side::India))
                | (Self::Canada, Some(Side::Canada))
                | (Self::Other, Some(Side::Other(_)))
                | (Self::NonState, Some(Side::NonState))
        )
    }
}

/// Which of the two governments are quoted in an event (their own words or a
/// report of them): what the pips under a mark show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SidesSpoken {
    pub india: bool,
    pub canada: bool,
}

/// The governments quoted in event `index`.
pub fn sides_spoken(timeline: &Timeline, index: usize) -> SidesSpoken {
    let mut out = SidesSpoken::default();
    for q in &timeline.events[index].quotes {
        if let Attribution::Own(s) | Attribution::Reported(s) = q.attribution() {
            match timeline.speakers.get(s).and_then(|s| s.side.as_ref()) {
                Some(Side::India) => out.india = true,
                Some(Side::Canada) => out.canada = true,
                _ => {}
            }
        }
    }
    out
}

/// Per event: whether the filter's side or speaker is quoted in it (their own
/// words or a report of them; narration belongs to no one).
pub fn spoke_mask(timeline: &Timeline, filter: VoiceFilter) -> Vec<bool> {
    let wanted: Vec<bool> = (0..timeline.speakers.len())
        .map(|i| filter.includes(timeline, i))
        .collect();
    timeline
        .events
        .iter()
        .map(|e| {
            e.quotes.iter().any(|q| match q.attribution() {
                Attribution::Own(s) | Attribution::Reported(s) => wanted.get(s) == Some(&true),
                Attribution::Narration => false,
            })
        })
        .collect()
}

/// One speaker's quotes (their own words and reports of them) as
/// (event, quote) indices, oldest first.
pub fn statements(timeline: &Timeline, speaker: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, e) in timeline.events.iter().enumerate() {
        for (k, q) in e.quotes.iter().enumerate() {
            if let Attribution::Own(s) | Attribution::Reported(s) = q.attribution()
                && s == speaker
            {
                out.push((i, k));
            }
        }
    }
    out
}
