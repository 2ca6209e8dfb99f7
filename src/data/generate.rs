//! Synthetic timelines for testing and benchmarking at scale: deterministic for
//! a seed, valid by construction, with a realistic mix of point and range
//! events, every date precision, several categories, 1–4 quotes each, and
//! bursts of many events on a few days.

use crate::data::date::{date_from_day, day_from_date};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// A small deterministic random generator (SplitMix64): no dependency, same
/// output on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const CATEGORIES: [(&str, &str, &str); 6] = [
    ("diplomacy", "Diplomacy & summits", "#3b6ea5"),
    ("security", "Security & law enforcement", "#d1495b"),
    ("investigation", "Investigations & inquiries", "#8e5ea2"),
    ("visas", "Visas & consular", "#00a0b0"),
    ("trade", "Trade & economy", "#2e8b57"),
    ("politics", "Domestic politics", "#e08e0b"),
];
const WORDS: [&str; 24] = [
    "ministers",
    "meet",
    "talks",
    "agreement",
    "visit",
    "statement",
    "inquiry",
    "report",
    "trade",
    "security",
    "officials",
    "summit",
    "envoy",
    "visa",
    "forum",
    "dialogue",
    "review",
    "plan",
    "court",
    "hearing",
    "border",
    "council",
    "delegation",
    "mission",
];
const SOURCES: usize = 200;

fn phrase(rng: &mut Rng, words: usize) -> String {
    (0..words)
        .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
        .collect::<Vec<_>>()
        .join(" ")
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Fewest events `generate` writes: a timeline with none would not load.
pub const MIN_EVENTS: usize = 1;
/// Most events `generate` writes: about 420 bytes each keeps the file under
/// [`crate::data::load::MAX_FILE_BYTES`].
pub const MAX_EVENTS: usize = 120_000;

/// How many speakers a synthetic timeline lists, across all four sides.
const SPEAKERS: usize = 200;

/// RON text of a synthetic timeline with `events` events.
pub fn generate(events: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let first = day_from_date(NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid"));
    let last = day_from_date(NaiveDate::from_ymd_opt(2026, 12, 31).expect("valid"));
    let bursts: Vec<i64> = (0..(events / 500).max(1))
        .map(|_| first + rng.below((last - first) as u64) as i64)
        .collect();

    let mut out = String::with_capacity(events * 420 + 64 * 1024);
    let _ = writeln!(
        out,
        "Timeline(\n    title: \"Synthetic timeline ({events} events, seed {seed})\","
    );
    out.push_str("    description: \"Generated for tests and benchmarks; not real events.\",\n    categories: [\n");
    for (id, name, color) in CATEGORIES {
        let _ = writeln!(
            out,
            "        Category(id: \"{id}\", name: \"{name}\", color: \"{color}\"),"
        );
    }
    out.push_str("    ],\n    sources: [\n");
    for s in 0..SOURCES {
        let day = date_from_day(first + rng.below((last - first) as u64) as i64).expect("in range");
        let _ = writeln!(
            out,
            "        Source(id: \"s{s}\", outlet: \"Outlet {s}\", title: \"Report {s}\", author: None, published: \"{}\", url: Some(\"https://example.org/{s}\")),",
            ymd(day)
        );
    }
    write_speakers(&mut out);
    out.push_str("    ],\n    events: [\n");
    for k in 0..events {
        let day = if rng.chance(0.15) {
            bursts[rng.below(bursts.len() as u64) as usize]
        } else {
            first + rng.below((last - first) as u64) as i64
        };
        let date = date_from_day(day).expect("in range");
        let roll = rng.below(100);
        let (start, end) = if roll < 5 {
            (date.year().to_string(), None)
        } else if roll < 15 {
            (format!("{:04}-{:02}", date.year(), date.month()), None)
        } else if roll < 35 {
            let end = date_from_day(day + 1 + rng.below(10) as i64).expect("in range");
            (ymd(date), Some(ymd(end)))
        } else {
            (ymd(date), None)
        };
        let (cat, _, _) = CATEGORIES[rng.below(CATEGORIES.len() as u64) as usize];
        let _ = write!(
            out,
            "        Event(id: \"e{k}\", title: \"Event {k}: {}\", start: \"{start}\", ",
            phrase(&mut rng, 3)
        );
        if let Some(end) = end {
            let _ = write!(out, "end: Some(\"{end}\"), ");
        }
        let _ = write!(
            out,
            "category: \"{cat}\", summary: \"{}.\", quotes: [",
            phrase(&mut rng, 12)
        );
        write_quotes(&mut out, &mut rng);
        let _ = writeln!(
            out,
            "], tags: [\"{}\"]),",
            WORDS[rng.below(WORDS.len() as u64) as usize]
        );
    }
    out.push_str("    ],\n)\n");
    out
}

/// The speakers list, across the four sides, a body every fifth.
fn write_speakers(out: &mut String) {
    out.push_str("    ],\n    speakers: [\n");
    for p in 0..SPEAKERS {
        let side = match p % 4 {
            0 => "India".to_owned(),
            1 => "Canada".to_owned(),
            2 => format!("Other(\"Country {}\")", p % 7),
            _ => "NonState".to_owned(),
        };
        let kind = if p % 5 == 0 { "Body" } else { "Person" };
        let _ = writeln!(
            out,
            "        Speaker(id: \"p{p}\", name: \"Speaker {p}\", side: {side}, kind: {kind}),"
        );
    }
}

/// One to four quotes; six in ten with a speaker, a third of those reported.
fn write_quotes(out: &mut String, rng: &mut Rng) {
    for _ in 0..1 + rng.below(4) {
        let _ = write!(
            out,
            "Quote(source: \"s{}\", text: \"{}\"",
            rng.below(SOURCES as u64),
            phrase(rng, 8)
        );
        // Six quotes in ten have a speaker, a third of those reported.
        match rng.below(10) {
            0..=3 => out.push_str("), "),
            k => {
                let voice = if k < 6 { "Reported" } else { "Own" };
                let p = rng.below(SPEAKERS as u64);
                let _ = write!(out, ", speaker: Some(\"p{p}\"), voice: {voice}), ");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::Precision;

    #[test]
    fn generated_timelines_are_valid_and_deterministic() {
        let a = generate(2000, 7);
        assert_eq!(a, generate(2000, 7), "same seed, same text");
        assert_ne!(a, generate(2000, 8));
        let t = crate::data::load::load_str(&a, "gen.ron").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.events.len(), 2000);
        let has = |p: Precision| t.events.iter().any(|e| e.start.precision() == p);
        assert!(has(Precision::Day) && has(Precision::Month) && has(Precision::Year));
        assert!(t.events.iter().any(|e| e.end.is_some()));
        let voices: std::collections::HashSet<_> = t
            .events
            .iter()
            .flat_map(|e| &e.quotes)
            .map(|q| std::mem::discriminant(&q.attribution()))
            .collect();
        assert_eq!(voices.len(), 3, "own words, reports and narration");
        assert_eq!(t.speakers.len(), SPEAKERS);
        let mut per_day = std::collections::HashMap::new();
        for e in &t.events {
            *per_day.entry(e.start_day()).or_insert(0) += 1;
        }
        assert!(
            per_day.values().any(|&n| n >= 20),
            "bursts of events on some days"
        );
    }
}
