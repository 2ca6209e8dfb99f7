//! Small checks every list of the dataset shares: lengths, unique ids,
//! "did you mean" for unknown ids, and the limits they enforce.

use super::report::{Item, Report};
use crate::base::text::shown;
use std::collections::HashMap;

/// Longest texts accepted, in characters: anything longer is a broken file, and
/// would freeze the window or fill it.
pub(crate) mod limits {
    pub const ID: usize = 200;
    pub const NAME: usize = 300;
    pub const TITLE: usize = 500;
    pub const TIMELINE_TITLE: usize = 200;
    pub const TEXT: usize = 20_000;
    pub const URL: usize = 2_000;
}

/// For each id in order: how many earlier ids were the same (0 for the first).
pub(super) fn occurrences<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    ids.map(|id| {
        let n = seen.entry(id).or_insert(0);
        *n += 1;
        *n - 1
    })
    .collect()
}

/// " (did you mean `x`?)" for the closest known ids, or how many there are.
pub(super) fn did_you_mean<'a>(
    name: &str,
    known: impl ExactSizeIterator<Item = &'a str>,
) -> String {
    const MAX_COMPARED: usize = 500;
    let count = known.len();
    if count == 0 {
        return " (none are defined)".to_owned();
    }
    if count > MAX_COMPARED || name.len() > 200 {
        return format!(" ({count} are defined)");
    }
    const LISTED: usize = 10;
    let limit = (name.chars().count() / 3).max(2);
    let mut all: Vec<(usize, &str)> = known.map(|k| (strsim::levenshtein(name, k), k)).collect();
    all.sort_unstable();
    match all.first() {
        Some(&(d, closest)) if d <= limit => format!(" (did you mean `{}`?)", shown(closest)),
        _ if count <= LISTED => {
            let mut names: Vec<String> = all.iter().map(|(_, k)| shown(k)).collect();
            names.sort_unstable();
            format!(" (known: {})", names.join(", "))
        }
        _ => format!(" ({count} are defined)"),
    }
}

/// Reports a text longer than `max` characters.
pub(super) fn check_length(
    report: &mut Report<'_>,
    item: Item<'_>,
    event: Option<&str>,
    field: &str,
    value: &str,
    max: usize,
) {
    if value.len() > max && value.chars().count() > max {
        report.item(
            item,
            event,
            format!(
                "{field} is {} characters long; keep it under {max}",
                value.chars().count()
            ),
        );
    }
}

/// Reports an id used twice in one list.
pub(super) fn check_unique(report: &mut Report<'_>, item: Item<'_>, what: &str) {
    if item.nth > 0 {
        let first = report.item_at(Item { nth: 0, ..item });
        let line = report.line_of(first);
        report.item(
            item,
            None,
            format!(
                "{what} id `{}` is used twice (first on line {line}): give each its own id",
                shown(item.id)
            ),
        );
    }
    check_length(report, item, None, "the id", item.id, limits::ID);
}

/// Ids of an already validated list, to their index.
pub(super) fn id_map<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<&str, usize> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item)).or_insert(i);
    }
    map
}

/// Checks that an event's value is not too long.
pub(super) fn event_length(
    report: &mut Report<'_>,
    item: Item<'_>,
    field: &str,
    value: &str,
    max: usize,
) {
    check_length(report, item, Some(item.id), field, value, max);
}
