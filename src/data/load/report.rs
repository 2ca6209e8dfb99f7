//! Collects problems found after parsing and places them in the text.
//!
//! serde keeps no positions, so an item is found again by its `id: "..."` and a
//! value by its literal inside that item. The index of ids is built once, on the
//! first problem; lines and columns are resolved in one pass at the end; and
//! after [`MAX_LISTED`] problems the rest are only counted. However broken the
//! file, reporting stays linear in its size.

use super::locate::{all_key_offsets, keyword_offset, literal_between};
use crate::data::problem::Problem;
use std::cell::OnceCell;
use std::collections::HashMap;

/// How many problems are listed one by one; the rest are summed up in one line.
pub const MAX_LISTED: usize = 200;

/// The lists of the file whose items are found by id.
#[derive(Clone, Copy, Debug)]
pub enum Section {
    Categories,
    Threads,
    Eras,
    Sources,
    Speakers,
    Events,
    Corrections,
}

const SECTION_KEYS: [&str; 7] = [
    "categories",
    "threads",
    "eras",
    "sources",
    "speakers",
    "events",
    "corrections",
];

/// One item of a list: the `nth` (from 0) with this id in its section.
#[derive(Clone, Copy, Debug)]
pub struct Item<'a> {
    pub section: Section,
    pub id: &'a str,
    pub nth: usize,
}

/// Where things are in the text.
struct TextIndex {
    /// Id value → offsets of its `id:` keys, ascending.
    ids: HashMap<String, Vec<usize>>,
    /// Every `id:` key, ascending: the start of each item, to bound searches.
    all: Vec<usize>,
    sections: [usize; 7],
    line_starts: Vec<usize>,
}

struct Pending {
    offset: usize,
    event: Option<String>,
    message: String,
}

/// Collects problems with positions in one file's text.
pub struct Report<'a> {
    file: &'a str,
    text: &'a str,
    index: OnceCell<TextIndex>,
    pending: Vec<Pending>,
    unlisted: usize,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            index: OnceCell::new(),
            pending: Vec::new(),
            unlisted: 0,
        }
    }

    fn index(&self) -> &TextIndex {
        self.index.get_or_init(|| {
            let ids = all_key_offsets(self.text, "id");
            let mut all: Vec<usize> = ids.values().flatten().copied().collect();
            all.sort_unstable();
            let line_starts = std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            TextIndex {
                ids,
                all,
                sections: SECTION_KEYS.map(|k| keyword_offset(self.text, k)),
                line_starts,
            }
        })
    }

    /// Whether any problem was found.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty() && self.unlisted == 0
    }

    /// Whether a further problem would only be counted.
    fn full(&mut self) -> bool {
        if self.pending.len() >= MAX_LISTED {
            self.unlisted += 1;
            return true;
        }
        false
    }

    /// Offset of a section's keyword (0 when absent).
    pub fn section_at(&self, section: Section) -> usize {
        self.index().sections[section as usize]
    }

    /// Offset where an item's id is written (0 when it cannot be found).
    pub fn item_at(&self, item: Item<'_>) -> usize {
        let index = self.index();
        let after = index.sections[item.section as usize];
        let Some(all) = index.ids.get(item.id) else {
            return 0;
        };
        let later = &all[all.partition_point(|&o| o < after)..];
        let candidates = if later.is_empty() { &all[..] } else { later };
        candidates
            .get(item.nth)
            .or(candidates.last())
            .copied()
            .unwrap_or(0)
    }

    /// 1-based line of an offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.index().line_starts.partition_point(|&s| s <= offset)
    }

    /// Offset of `value` written as a string inside the item, or of the item.
    fn value_at(&self, item: Item<'_>, value: &str) -> usize {
        let at = self.item_at(item);
        let all = &self.index().all;
        let until = all
            .get(all.partition_point(|&o| o <= at))
            .copied()
            .unwrap_or(self.text.len());
        literal_between(self.text, value, at, until).unwrap_or(at)
    }

    /// A problem at an offset.
    pub fn at(&mut self, offset: usize, event: Option<&str>, message: String) {
        if self.full() {
            return;
        }
        self.pending.push(Pending {
            offset,
            event: event.map(str::to_owned),
            message,
        });
    }

    /// A problem with an item.
    pub fn item(&mut self, item: Item<'_>, event: Option<&str>, message: String) {
        if self.full() {
            return;
        }
        let at = self.item_at(item);
        self.at(at, event, message);
    }

    /// Where `value` is written as a string after `from`, looking no further than
    /// a bounded window (for items without an id; callers move `from` forward).
    pub fn literal_after(&self, from: usize, value: &str) -> Option<usize> {
        const WINDOW: usize = 256 * 1024;
        literal_between(self.text, value, from, from.saturating_add(WINDOW))
    }

    /// A problem with one of an item's values.
    pub fn value(&mut self, item: Item<'_>, value: &str, event: Option<&str>, message: String) {
        if self.full() {
            return;
        }
        let at = self.value_at(item, value);
        self.at(at, event, message);
    }

    /// The problems in file order, with lines and columns, found in one pass.
    pub fn finish(self) -> Vec<Problem> {
        let Self {
            file,
            text,
            mut pending,
            unlisted,
            ..
        } = self;
        pending.sort_by_key(|p| p.offset);
        // A value written twice in one item (two quotes by the same unknown
        // speaker) is found at its first place both times: say it once.
        pending.dedup_by(|a, b| a.offset == b.offset && a.message == b.message);
        let (mut line, mut column, mut pos) = (1, 1, 0);
        let mut problems = Vec::with_capacity(pending.len() + 1);
        for p in pending {
            let target = text.floor_char_boundary(p.offset);
            for c in text[pos..target].chars() {
                if c == '\n' {
                    line += 1;
                    column = 1;
                } else {
                    column += 1;
                }
            }
            pos = target;
            problems.push(Problem {
                file: file.to_owned(),
                line,
                column,
                event: p.event,
                message: p.message,
            });
        }
        if unlisted > 0 {
            problems.push(Problem {
                file: file.to_owned(),
                line,
                column,
                event: None,
                message: format!(
                    "{unlisted} more problems are not listed: fix the ones above and check again"
                ),
            });
        }
        problems
    }
}
