//! Integration tests, in one binary so that the eframe stack is linked once.

mod cli;
mod common;
mod dataset;
mod desktop;
mod export;
mod hostile;
mod interop;
mod load;
mod reach;
mod reading;
mod snapshots;
mod ui;
