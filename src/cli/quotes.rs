//! `quotes`: statements from the command line, filtered by speaker, side,
//! voice, dates and event, printed as Markdown, CSV or JSON.

use super::{parse_date, print_load_error};
use crate::base::text::escape_controls;
use crate::data::date::PartialDate;
use crate::data::formats::FileFormat;
use crate::data::interop;
use crate::data::load;
use crate::timeline::quotes::{self, QuoteFilter, SideFilter};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct QuotesArgs {
    /// The timeline (default: the bundled dataset): .ron, .json or .csv.
    pub file: Option<PathBuf>,
    /// Only this speaker (id, name or alias; accents and case do not matter); repeat for more.
    #[arg(long, value_name = "ID_OR_NAME")]
    pub speaker: Vec<String>,
    /// Only speakers of this side.
    #[arg(long, value_enum)]
    pub side: Option<SideArg>,
    /// Only the speakers' own words (no reports of them, no narration).
    #[arg(long)]
    pub own_words: bool,
    /// From this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<PartialDate>,
    /// Up to this date, inclusive.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<PartialDate>,
    /// Only this event (its id).
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    #[arg(long, value_enum, default_value_t = QuoteStyle::Plain)]
    pub style: QuoteStyle,
    #[arg(long, value_enum, default_value_t = QuotesFormat::Md)]
    pub format: QuotesFormat,
}

/// `--side` values.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum SideArg {
    India,
    Canada,
    Other,
    NonState,
}

/// `--style` values: the citation styles, and BibTeX entries.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum QuoteStyle {
    Plain,
    Apa,
    Mla,
    Chicago,
    Bibtex,
}

/// `quotes --format` values.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum QuotesFormat {
    Md,
    Csv,
    Json,
}

/// Runs `quotes`: loads, filters, prints.
pub fn run(args: &QuotesArgs) -> ExitCode {
    let loaded = match &args.file {
        Some(path) => load::read_text(path).and_then(|text| {
            interop::load_text(
                &text,
                &path.display().to_string(),
                FileFormat::to_open(path),
            )
        }),
        None => load::bundled(),
    };
    let timeline = match loaded {
        Ok(t) => t,
        Err(e) => return print_load_error(&e),
    };
    let mut filter = QuoteFilter {
        side: args.side.map(|s| match s {
            SideArg::India => SideFilter::India,
            SideArg::Canada => SideFilter::Canada,
            SideArg::Other => SideFilter::Other,
            SideArg::NonState => SideFilter::NonState,
        }),
        own_words: args.own_words,
        from: args.from.map(|d| d.first_day()),
        to: args.to.map(|d| d.end_day_exclusive() - 1),
        ..QuoteFilter::default()
    };
    for wanted in &args.speaker {
        match quotes::find_speaker(&timeline, wanted) {
            Ok(i) => filter.speakers.push(i),
            Err(message) => {
                eprintln!("india-canada-timeline: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(id) = &args.event {
        match timeline.event_index(id) {
            Some(i) => filter.event = Some(i),
            None => {
                eprintln!(
                    "india-canada-timeline: no event has the id `{}`",
                    escape_controls(id)
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let style = match args.style {
        QuoteStyle::Plain => Some(crate::data::cite::CitationStyle::Plain),
        QuoteStyle::Apa => Some(crate::data::cite::CitationStyle::Apa),
        QuoteStyle::Mla => Some(crate::data::cite::CitationStyle::Mla),
        QuoteStyle::Chicago => Some(crate::data::cite::CitationStyle::Chicago),
        QuoteStyle::Bibtex => None,
    };
    let today = chrono::Local::now().date_naive();
    let rows = quotes::select(&timeline, &filter, &quotes::citer(style, today));
    match args.format {
        QuotesFormat::Md => print!("{}", quotes::to_markdown(&rows)),
        QuotesFormat::Csv => print!("{}", quotes::to_csv(&rows)),
        QuotesFormat::Json => print!("{}", quotes::to_json(&rows)),
    }
    ExitCode::SUCCESS
}
