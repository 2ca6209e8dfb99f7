//! The order of the event list: by date, title, category, importance, outlets
//! quoted or disputes, either way. Pure, so the table and tests share it.

use crate::data::model::Timeline;
use std::collections::HashSet;

/// Columns the list can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortColumn {
    #[default]
    Date,
    Title,
    Category,
    Importance,
    Outlets,
    Disputes,
}

impl SortColumn {
    /// Every column, left to right: (column, message id of its header).
    pub const ALL: [(SortColumn, &'static str); 6] = [
        (SortColumn::Date, "list-col-date"),
        (SortColumn::Title, "list-col-title"),
        (SortColumn::Category, "list-col-category"),
        (SortColumn::Importance, "list-col-importance"),
        (SortColumn::Outlets, "list-col-outlets"),
        (SortColumn::Disputes, "list-col-disputed"),
    ];
}

/// How the list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ListSort {
    pub column: SortColumn,
    pub descending: bool,
}

/// How many different outlets an event quotes.
pub fn outlet_count(t: &Timeline, i: usize) -> usize {
    let e = &t.events[i];
    e.quotes
        .iter()
        .map(|q| t.sources[q.source].outlet.as_str())
        .collect::<HashSet<_>>()
        .len()
}

/// `shown` (event indices in date order) sorted as `sort` says; ties keep date order.
pub fn sorted(t: &Timeline, shown: &[usize], sort: ListSort) -> Vec<usize> {
    let mut rows = shown.to_vec();
    match sort.column {
        SortColumn::Date => {}
        SortColumn::Title => {
            rows.sort_by_cached_key(|&i| crate::base::text::fold(&t.events[i].title))
        }
        SortColumn::Category => {
            rows.sort_by_cached_key(|&i| t.categories[t.events[i].category].name.clone())
        }
        SortColumn::Importance => rows.sort_by_key(|&i| std::cmp::Reverse(t.events[i].importance)),
        SortColumn::Outlets => rows.sort_by_cached_key(|&i| std::cmp::Reverse(outlet_count(t, i))),
        SortColumn::Disputes => {
            rows.sort_by_key(|&i| std::cmp::Reverse(t.events[i].disputes.len()))
        }
    }
    if sort.descending {
        rows.reverse();
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::Importance;

    #[test]
    fn sorting_by_each_column_orders_the_rows() {
        let t = crate::data::load::bundled().unwrap();
        let all: Vec<usize> = (0..t.events.len()).collect();
        let by = |column, descending| sorted(&t, &all, ListSort { column, descending });
        assert_eq!(by(SortColumn::Date, false), all);
        let titles = by(SortColumn::Title, false);
        let folded: Vec<String> = titles
            .iter()
            .map(|&i| crate::base::text::fold(&t.events[i].title))
            .collect();
        assert!(folded.windows(2).all(|w| w[0] <= w[1]));
        let key_first = by(SortColumn::Importance, false);
        assert_eq!(t.events[key_first[0]].importance, Importance::Key);
        let disputed = by(SortColumn::Disputes, false);
        assert!(
            t.events[disputed[0]].disputes.len()
                >= t.events[*disputed.last().unwrap()].disputes.len()
        );
        assert_eq!(by(SortColumn::Date, true).first(), all.last());
    }
}
