//! `links [FILE]`: checks every source's address (and archived copy) over the
//! network and reports the dead and the moved as `FILE:LINE:COLUMN: source ID:
//! what happened`; exits 1 when any is dead.

use super::DiffFormat;
use crate::base::linkcheck::{Limits, Outcome, check_all};
use crate::base::text::{escape_controls, line_col};
use crate::data::formats::FileFormat;
use crate::data::{interop, load};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

/// One address to check: its source, which field, and where it is written.
struct Target {
    source: String,
    field: &'static str,
    url: String,
    line: usize,
    column: usize,
}

/// Runs the check and prints what it found.
pub fn run(file: Option<&Path>, format: DiffFormat) -> ExitCode {
    let (name, text) = match file {
        Some(path) => match load::read_text(path) {
            Ok(text) => (path.display().to_string(), text),
            Err(e) => return super::print_load_error(&e),
        },
        None => (load::BUNDLED_NAME.to_owned(), load::BUNDLED.to_owned()),
    };
    let format_in = file.map_or(FileFormat::Ron, FileFormat::to_open);
    let timeline = match interop::load_text(&text, &name, format_in) {
        Ok(t) => t,
        Err(e) => return super::print_load_error(&e),
    };
    let targets = targets(&timeline, &text);
    let urls: Vec<String> = targets.iter().map(|t| t.url.clone()).collect();
    let bar = progress(urls.len());
    let outcomes = check_all(&urls, &Limits::default(), &|| bar.inc(1));
    bar.finish_and_clear();
    remember(&targets, &outcomes);
    match format {
        DiffFormat::Text => print_text(&name, &targets, &outcomes),
        DiffFormat::Json => print_json(&name, &targets, &outcomes),
    }
    if outcomes.iter().any(|o| matches!(o, Outcome::Dead { .. })) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Keeps what was found beside the app's settings, for the side panel.
fn remember(targets: &[Target], outcomes: &[Outcome]) {
    let Some(path) = crate::app::link_status_path() else {
        return;
    };
    let mut status = crate::app::LinkStatus::read(&path);
    let checked = chrono::Local::now().date_naive();
    for (t, o) in targets.iter().zip(outcomes) {
        let (status_word, detail) = status_of(o);
        let entry = crate::app::Checked {
            status: status_word.to_owned(),
            detail,
            checked,
        };
        status.addresses.insert(t.url.clone(), entry);
    }
    let written = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| status.write(&path));
    if let Err(e) = written {
        log::warn!("the check's results were not kept: {}: {e}", path.display());
    }
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} addresses {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// Every address and archived copy, with where its text stands in the file
/// (after its source's id; the first line when it cannot be found as written).
fn targets(t: &crate::data::model::Timeline, text: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for s in &t.sources {
        let after = text.find(&format!("\"{}\"", s.id)).unwrap_or(0);
        for (field, url) in [("address", &s.url), ("archived copy", &s.archived)] {
            let Some(url) = url else { continue };
            let at = text[after..]
                .find(&format!("\"{url}\""))
                .map_or(0, |k| after + k + 1);
            let (line, column) = line_col(text, at);
            out.push(Target {
                source: s.id.clone(),
                field,
                url: url.clone(),
                line,
                column,
            });
        }
    }
    out
}

/// "alive", "moved" or "dead", and where it moved or why it is dead: the words
/// of the JSON output and of the status kept for the window.
fn status_of(o: &Outcome) -> (&'static str, String) {
    match o {
        Outcome::Alive => ("alive", String::new()),
        Outcome::Moved { to } => ("moved", to.clone()),
        Outcome::Dead { why } => ("dead", why.clone()),
    }
}

fn what(o: &Outcome) -> Option<String> {
    match o {
        Outcome::Alive => None,
        Outcome::Moved { to } => Some(format!("moved to {to}")),
        Outcome::Dead { why } => Some(format!("dead ({why})")),
    }
}

fn print_text(name: &str, targets: &[Target], outcomes: &[Outcome]) {
    let mut dead = 0;
    for (t, o) in targets.iter().zip(outcomes) {
        if let Some(what) = what(o) {
            dead += usize::from(matches!(o, Outcome::Dead { .. }));
            let line = format!(
                "{name}:{}:{}: source {}: {} {}: {what}",
                t.line, t.column, t.source, t.field, t.url
            );
            println!("{}", escape_controls(&line));
        }
    }
    eprintln!("{} addresses checked, {dead} dead", targets.len());
}

fn print_json(name: &str, targets: &[Target], outcomes: &[Outcome]) {
    let rows: Vec<serde_json::Value> = targets
        .iter()
        .zip(outcomes)
        .map(|(t, o)| {
            let (status, detail) = status_of(o);
            serde_json::json!({
                "file": name, "line": t.line, "column": t.column,
                "source": t.source, "field": t.field, "address": t.url,
                "status": status, "detail": detail,
            })
        })
        .collect();
    println!("{}", serde_json::Value::Array(rows));
}
