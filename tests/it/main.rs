//! Integration tests, in one binary so that the eframe stack is linked once.
// Test helpers unwrap like the tests they serve: a panic is a failed test.
#![allow(clippy::unwrap_used)]

mod attribution;
mod cli;
mod commands;
mod common;
mod compare;
mod dataset;
mod desktop;
mod diff;
mod export;
mod hostile;
mod i18n;
mod interop;
mod layers;
mod load;
mod quotes;
mod reach;
mod reading;
mod snapshots;
mod sources;
mod ui;
