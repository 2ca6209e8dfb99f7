//! Writing files so that a failure leaves nothing behind and never damages an
//! existing file: write a temporary file beside the target, then rename.
//!
//! Temporary files get an exclusive random name (`tempfile`) that still says
//! whose they are: `.<target>.<random>.ict-tmp`. If the process is killed before
//! the rename, the next write to the same target sweeps what was left.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// The ending of every temporary file this app writes.
pub const TEMP_SUFFIX: &str = ".ict-tmp";

/// Leftovers younger than this may belong to a write still under way.
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path names no file")
    })?;
    let prefix = format!(".{}.", name.to_string_lossy());
    sweep_stale(dir, &prefix);
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // On failure the temporary file is dropped, which deletes it.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Removes temporary files for the same target left by a killed process.
fn sweep_stale(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(prefix) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).unwrap_or_default() > STALE_AFTER);
        if old {
            match std::fs::remove_file(entry.path()) {
                Ok(()) => log::info!("removed a stale temporary file {}", entry.path().display()),
                Err(e) => log::warn!("cannot remove {}: {e}", entry.path().display()),
            }
        }
    }
}

/// Whether writing to `out` would replace `input` (the same file by identity,
/// through any link or spelling of the path).
pub fn is_same_file(out: &Path, input: &Path) -> bool {
    out.exists() && same_file::is_same_file(out, input).unwrap_or(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_fails_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/out.txt");
        assert!(write_atomic(&path, b"x").is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn leftovers_of_a_killed_write_are_swept_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".out.png.abc123.ict-tmp");
        let fresh = dir.path().join(".out.png.def456.ict-tmp");
        let other = dir.path().join(".other.png.abc123.ict-tmp");
        for p in [&stale, &fresh, &other] {
            std::fs::write(p, "x").unwrap();
        }
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        for p in [&stale, &other] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(hour_ago)
                .unwrap();
        }
        write_atomic(&dir.path().join("out.png"), b"png").unwrap();
        assert!(!stale.exists(), "a stale leftover for this target is swept");
        assert!(
            fresh.exists(),
            "a recent one may be another write under way"
        );
        assert!(other.exists(), "other targets' files are not touched");
    }

    #[test]
    fn the_same_file_is_recognised_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("d.svg");
        std::fs::write(&data, "x").unwrap();
        assert!(is_same_file(&data, &data));
        assert!(is_same_file(&dir.path().join(".").join("d.svg"), &data));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.svg");
            std::os::unix::fs::symlink(&data, &link).unwrap();
            assert!(is_same_file(&link, &data));
        }
        assert!(!is_same_file(&dir.path().join("new.svg"), &data));
    }
}
