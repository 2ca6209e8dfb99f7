//! Files without surprises: reads that refuse what is not a regular file or is
//! too large, and writes that replace a file whole or not at all.

mod atomic;
mod read;

pub use atomic::{is_same_file, write_atomic};
pub use read::{ReadError, read_bounded};
