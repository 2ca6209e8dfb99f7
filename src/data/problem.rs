//! What is wrong with a dataset, and where.

use std::fmt;

/// One problem in a dataset file, with its position (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The event the problem belongs to, when it is found after parsing.
    pub event: Option<String>,
    pub message: String,
}

impl Problem {
    /// The problem as one line with a label after the position ("warning").
    pub fn labelled(&self, label: &str) -> String {
        format!("{}: {label}: {}", self.position(), self.body())
    }

    /// `file:line:column`, with control characters written out.
    fn position(&self) -> String {
        let file = crate::base::text::escape_controls(&self.file);
        format!("{file}:{}:{}", self.line, self.column)
    }

    /// The event (if any) and the message, with control characters written out.
    fn body(&self) -> String {
        let message = crate::base::text::escape_controls(&self.message);
        match &self.event {
            Some(id) => format!("event `{}`: {message}", crate::base::text::shown(id)),
            None => message.into_owned(),
        }
    }
}

impl fmt::Display for Problem {
    /// One line: control characters in the file's text are written out, never sent raw.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.position(), self.body())
    }
}

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file itself could not be read (missing, not a file, too large).
    #[error(transparent)]
    Read(#[from] crate::base::files::ReadError),
    #[error("{}", list(.0))]
    Invalid(Vec<Problem>),
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl LoadError {
    /// Every problem as a `file:line:column: message` line.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }

    /// Whether the file is simply not there (moved or deleted).
    pub fn is_not_found(&self) -> bool {
        matches!(self, LoadError::Read(e) if e.is_not_found())
    }
}
