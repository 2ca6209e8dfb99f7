//! What the last `links` check found, kept beside the settings
//! (`<storage dir>/link-status.json`): the side panel says "page gone (checked
//! 2 Dec 2026)" for a dead address and leads with the archived copy.
//!
//! Written atomically by the `links` command; read at start, bounded and
//! forgiving (a missing or broken file is no status at all, logged).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The file's name in the app's storage folder.
pub const FILE_NAME: &str = "link-status.json";
/// Larger files are not read (a check of every address of a big dataset is well under this).
const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// What one address gave at its last check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    /// "alive", "moved" or "dead".
    pub status: String,
    /// Why it is dead, or where it moved.
    #[serde(default)]
    pub detail: String,
    pub checked: NaiveDate,
}

/// The last check of each address, by address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkStatus {
    pub addresses: HashMap<String, Checked>,
}

impl LinkStatus {
    /// When the address was last found dead, if it was.
    pub fn gone_since(&self, url: &str) -> Option<NaiveDate> {
        self.addresses
            .get(url)
            .filter(|c| c.status == "dead")
            .map(|c| c.checked)
    }

    /// Reads the file, or no status when it is missing or unreadable.
    pub fn read(path: &Path) -> Self {
        let bytes = match crate::base::files::read_bounded(path, MAX_BYTES) {
            Ok(b) => b,
            Err(e) if e.is_not_found() => return Self::default(),
            Err(e) => {
                log::warn!("link status not read: {e}");
                return Self::default();
            }
        };
        serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            log::warn!("link status not read: {}: {e}", path.display());
            Self::default()
        })
    }

    /// Writes the file whole or not at all.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        crate::base::files::write_atomic(path, &text)
    }
}

/// Where the status lives for this app, when the system has a place for it.
pub fn default_path() -> Option<PathBuf> {
    eframe::storage_dir(super::APP_ID).map(|d| d.join(FILE_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_round_trips_and_junk_is_no_status() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        assert_eq!(LinkStatus::read(&path), LinkStatus::default(), "missing");
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let mut s = LinkStatus::default();
        let dead = Checked {
            status: "dead".into(),
            detail: "404 Not Found".into(),
            checked: day,
        };
        s.addresses.insert("https://example.org/a".into(), dead);
        s.write(&path).unwrap();
        let back = LinkStatus::read(&path);
        assert_eq!(back, s);
        assert_eq!(back.gone_since("https://example.org/a"), Some(day));
        assert_eq!(back.gone_since("https://example.org/b"), None);
        std::fs::write(&path, b"{not json").unwrap();
        assert_eq!(LinkStatus::read(&path), LinkStatus::default());
    }
}
