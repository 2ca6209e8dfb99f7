//! The command line: open the app, check a dataset, export a range, convert
//! between our RON and TimelineJS.
//!
//! This is the binary's edge: errors become messages and exit codes here.

use crate::base::i18n::Lang;
use crate::base::text::escape_controls;
use crate::data::date::PartialDate;
use crate::data::formats::{FileFormat, Use};
use crate::data::interop;
use crate::data::load::{self, LoadError};
use crate::data::model::Timeline;
use crate::render::export::{self, ExportOptions, Theme};
use clap::{Parser, Subcommand};

mod links;
mod quotes;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "india-canada-timeline",
    version,
    about = "A timeline of India–Canada relations, 2023–2026, with verbatim quotes from named sources.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A timeline file to open instead of the bundled dataset: .ron, or
    /// TimelineJS .json or .csv.
    pub file: Option<PathBuf>,
    /// Open with this event selected (its id).
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Open on this speaker's page (an id, a name or an alias).
    #[arg(long, value_name = "ID_OR_NAME")]
    pub speaker: Option<String>,
    /// Open with the view from this date (YYYY-MM-DD, YYYY-MM or YYYY); needs --to.
    #[arg(long, value_name = "DATE", value_parser = parse_date, requires = "to")]
    pub from: Option<PartialDate>,
    /// Open with the view up to this date, inclusive; needs --from.
    #[arg(long, value_name = "DATE", value_parser = parse_date, requires = "from")]
    pub to: Option<PartialDate>,
    /// The language of the window and of exported pages: en, fr, hi or pa
    /// (default: the one chosen last time, else the system's).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// A language code the app speaks.
fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text.trim()).ok_or_else(|| format!("`{text}` is not one of: en, fr, hi, pa"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a timeline file (the bundled dataset when none is given).
    ///
    /// Prints a one-line summary and exits 0, or prints every problem as
    /// FILE:LINE:COLUMN: message and exits 1.
    Check {
        /// The timeline file to check.
        file: Option<PathBuf>,
        /// Treat content warnings (placeholder titles, research notes in the
        /// text, unbalanced quotes, tracking links...) as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Export a date range to PNG, SVG or PDF (the format follows the extension).
    Export(ExportArgs),
    /// Convert a timeline between RON, TimelineJS JSON and TimelineJS CSV.
    ///
    /// Both formats follow the extensions (.ron, .json, .csv). TimelineJS
    /// keeps ids, titles, dates, groups, eras and the title slide; quotes
    /// and disputes go into each event's text.
    Convert {
        /// The timeline to read: .ron, .json or .csv.
        input: PathBuf,
        /// The file to write: .ron, .json or .csv; an existing file is kept unless --force is given.
        #[arg(long)]
        out: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// List what changed between two versions of a timeline.
    ///
    /// Events added, removed, re-dated, re-titled or moved between lanes, and
    /// quotes added, removed or re-attributed, grouped by event in date order.
    /// Either file may be RON, TimelineJS JSON or CSV. Exits 0 when nothing
    /// changed, 1 when something did, 2 when a file cannot be read.
    Diff {
        /// The earlier version.
        old: PathBuf,
        /// The later version.
        new: PathBuf,
        /// `text` for reading, `json` for scripts.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Print statements in date order: speaker, role, voice, event, outlet, citation.
    ///
    /// With no filter, every quote; filters combine (all must hold).
    Quotes(quotes::QuotesArgs),
    /// Check every source's address (and archived copy) over the network.
    ///
    /// Prints each dead or moved one as FILE:LINE:COLUMN: source ID: what
    /// happened, and exits 1 when any is dead. At most 8 requests at once and
    /// 2 per host, 10 seconds each, at most 5 redirects.
    Links {
        /// The timeline file (the bundled dataset when none is given).
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Write a synthetic timeline for tests and benchmarks.
    Generate {
        /// How many events.
        #[arg(long)]
        events: usize,
        /// Seed: the same seed gives the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output file (.ron); an existing file is kept unless --force is given.
        #[arg(long)]
        out: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// How `diff` and `links` print.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// First day: YYYY-MM-DD (a month or year covers all of it).
    #[arg(long, value_parser = parse_date)]
    pub from: PartialDate,
    /// Last day, inclusive.
    #[arg(long, value_parser = parse_date)]
    pub to: PartialDate,
    /// Output file: .png, .svg or .pdf.
    #[arg(long)]
    pub out: PathBuf,
    /// Image width in pixels (1200 to 8000).
    #[arg(long, default_value_t = export::DEFAULT_WIDTH)]
    pub width: u32,
    #[arg(long, value_enum, default_value_t = Theme::Light)]
    pub theme: Theme,
    /// Timeline file to export from (default: the bundled dataset).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Title line (default: the dataset's title).
    #[arg(long)]
    pub title: Option<String>,
    /// Leave out the category legend.
    #[arg(long)]
    pub no_legend: bool,
    /// Leave out the list of quoted outlets.
    #[arg(long)]
    pub no_sources: bool,
    /// Only the Key events (turning points).
    #[arg(long)]
    pub key_only: bool,
}

pub(crate) fn parse_date(text: &str) -> Result<PartialDate, crate::data::date::DateError> {
    PartialDate::parse(text)
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    // Warnings and errors (what the app drops or cannot do) go to stderr;
    // RUST_LOG=info or debug shows more.
    env_logger::Builder::from_env(
        env_logger::Env::default().default_filter_or("error,india_canada_timeline=warn"),
    )
    .init();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { file, strict }) => check(file.as_deref(), strict),
        Some(Command::Export(args)) => export_command(&args, cli.lang.unwrap_or_default()),
        Some(Command::Generate {
            events,
            seed,
            out,
            force,
        }) => generate_command(events, seed, &out, force),
        Some(Command::Convert { input, out, force }) => convert_command(&input, &out, force),
        Some(Command::Diff { old, new, format }) => diff_command(&old, &new, format),
        Some(Command::Quotes(args)) => quotes::run(&args),
        Some(Command::Links { file, format }) => links::run(file.as_deref(), format),
        None => open_window(cli),
    }
}

/// Starts the app on the file, event and dates given.
fn open_window(cli: Cli) -> ExitCode {
    let range = cli.from.zip(cli.to);
    if let Some((from, to)) = range
        && to.end_day_exclusive() <= from.first_day()
    {
        eprintln!("india-canada-timeline: --to {to} is before --from {from}");
        return ExitCode::FAILURE;
    }
    crate::app::run(crate::app::StartOptions {
        file: cli.file,
        event: cli.event,
        speaker: cli.speaker,
        range,
        lang: cli.lang,
    })
}

fn fail(message: String) -> ExitCode {
    eprintln!("india-canada-timeline: {}", escape_controls(&message));
    ExitCode::FAILURE
}

/// Reads a timeline in any format and writes it in the format of `out`'s extension.
fn convert_command(input: &Path, out: &Path, force: bool) -> ExitCode {
    let Some(format) = FileFormat::for_path(Use::Convert, out) else {
        return fail(format!(
            "{}: the output must end in .ron, .json (TimelineJS) or .csv (TimelineJS sheet)",
            out.display()
        ));
    };
    if crate::base::files::is_same_file(out, input) {
        return fail(format!(
            "{} is the input file: write the conversion to another file",
            out.display()
        ));
    }
    if out.exists() && !force {
        return fail(format!(
            "{} exists; choose another name or add --force to replace it",
            out.display()
        ));
    }
    let timeline = match crate::data::open::load_path(input) {
        Ok(t) => t,
        Err(e) => return print_load_error(&e),
    };
    let Some(text) = interop::render(&timeline, format) else {
        return fail(format!("{} is not a timeline format", format.name()));
    };
    match crate::base::files::write_atomic(out, text.as_bytes()) {
        Ok(()) => {
            println!(
                "wrote {} ({} events)",
                escape_controls(&out.display().to_string()),
                timeline.events.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{}: {e}", out.display())),
    }
}

fn generate_command(events: usize, seed: u64, out: &Path, force: bool) -> ExitCode {
    use crate::data::generate::{MAX_EVENTS, MIN_EVENTS};
    if !(MIN_EVENTS..=MAX_EVENTS).contains(&events) {
        eprintln!(
            "india-canada-timeline: --events {events} is out of range: use {MIN_EVENTS} to {MAX_EVENTS}"
        );
        return ExitCode::FAILURE;
    }
    if out.exists() && !force {
        eprintln!(
            "india-canada-timeline: {} exists; choose another name or add --force to replace it",
            escape_controls(&out.display().to_string())
        );
        return ExitCode::FAILURE;
    }
    let text = crate::data::generate::generate(events, seed);
    match crate::base::files::write_atomic(out, text.as_bytes()) {
        Ok(()) => {
            println!("wrote {} ({events} events, seed {seed})", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("india-canada-timeline: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// Loads the given file, or the bundled dataset.
pub fn load_dataset(file: Option<&Path>) -> Result<Timeline, LoadError> {
    match file {
        Some(path) => crate::data::open::load_path(path),
        None => load::bundled(),
    }
}

fn check(file: Option<&Path>, strict: bool) -> ExitCode {
    let format = file.map_or(FileFormat::Ron, FileFormat::to_open);
    let (name, text) = match file {
        Some(path) => match load::read_text(path) {
            Ok(text) => (path.display().to_string(), text),
            Err(e) => return print_load_error(&e),
        },
        None => (load::BUNDLED_NAME.to_owned(), load::BUNDLED.to_owned()),
    };
    let timeline = match interop::load_text(&text, &name, format) {
        Ok(t) => t,
        Err(e) => return print_load_error(&e),
    };
    // Content warnings find their values in RON text, so they are for our own format.
    let lints = if format != FileFormat::Ron {
        load::lint::Lints::default()
    } else {
        load::lint::lint(&timeline, &text, &name)
    };
    let label = if strict { "error" } else { "warning" };
    for w in &lints.warnings {
        eprintln!("{}", w.labelled(label));
    }
    let mut line = format!("{}: {}", escape_controls(&name), summary(&timeline));
    if lints.single_outlet_events > 0 {
        line.push_str(&format!(
            "; {} events quote one outlet only",
            lints.single_outlet_events
        ));
    }
    if !lints.warnings.is_empty() {
        line.push_str(&format!("; {} {label}s", lints.warnings.len()));
    }
    println!("{line}");
    if strict && !lints.warnings.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn diff_command(old: &Path, new: &Path, format: DiffFormat) -> ExitCode {
    let read = |path: &Path| {
        let text = load::read_text(path)?;
        interop::load_text(
            &text,
            &path.display().to_string(),
            FileFormat::to_open(path),
        )
    };
    let (old, new) = match (read(old), read(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            for e in [old.err(), new.err()].into_iter().flatten() {
                print_load_error(&e);
            }
            return ExitCode::from(2);
        }
    };
    let changes = crate::data::diff::diff(&old, &new);
    match format {
        DiffFormat::Text => print!("{}", changes.to_text()),
        DiffFormat::Json => print!("{}", changes.to_json()),
    }
    if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

pub(crate) fn print_load_error(e: &LoadError) -> ExitCode {
    for line in e.lines() {
        eprintln!("{line}");
    }
    ExitCode::FAILURE
}

/// "47 events, 45 sources, 120 quotes, 18 June 2023 – 28 May 2026".
pub fn summary(timeline: &Timeline) -> String {
    let span = match (
        timeline.events.first(),
        timeline.events.iter().max_by_key(|e| e.end_day()),
    ) {
        (Some(first), Some(last)) => {
            format!(
                ", {} – {}",
                first.start.long(),
                last.end.unwrap_or(last.start).long()
            )
        }
        _ => String::new(),
    };
    format!(
        "{} events, {} sources, {} quotes{span}",
        timeline.events.len(),
        timeline.sources.len(),
        timeline.quote_count()
    )
}

fn export_command(args: &ExportArgs, lang: Lang) -> ExitCode {
    let timeline = match load_dataset(args.data.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            for line in e.lines() {
                eprintln!("{line}");
            }
            return ExitCode::FAILURE;
        }
    };
    let options = ExportOptions {
        from: args.from,
        to: args.to,
        width: args.width,
        theme: args.theme,
        title: args.title.clone().unwrap_or_else(|| timeline.title.clone()),
        legend: !args.no_legend,
        sources: !args.no_sources,
        key_only: args.key_only,
        lanes: None,
        input: args.data.clone(),
        lang,
    };
    let measurer = crate::render::measure::Measurer::new();
    match export::export_to_file(&timeline, &options, &args.out, &measurer) {
        Ok(()) => {
            println!("wrote {}", args.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("india-canada-timeline: {e}");
            ExitCode::FAILURE
        }
    }
}
