//! Live reload: notices when the open dataset changes on disk and loads it again.
//!
//! A background thread compares the file's size and modification time a few
//! times a second. Polling needs no platform API, follows editors that save by
//! writing a new file and renaming it over the old one, and costs the UI
//! nothing: the app is woken only when a new version has been loaded. A change
//! is loaded once the file has stopped changing for a moment (debounce), so a
//! save in several writes is read once, whole.

use crate::data::load::LoadError;
use crate::data::model::Timeline;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, SystemTime};

/// How often the file is looked at.
pub const POLL: Duration = Duration::from_millis(400);
/// How long the file must stay unchanged before it is loaded.
pub const SETTLE: Duration = Duration::from_millis(250);

/// What identifies a version of the file; `None` while it does not exist.
type Stamp = Option<(u64, SystemTime)>;

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// What happened to the watched file.
// Sent at most once per change on disk, so a few hundred bytes by value cost nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Change {
    /// A new version, loaded (or its problems).
    Loaded(Result<Timeline, LoadError>),
    /// The file was deleted or moved away.
    Gone,
}

/// Watches one file until dropped.
pub struct FileWatcher {
    path: PathBuf,
    results: Receiver<Change>,
    stop: Arc<AtomicBool>,
}

impl FileWatcher {
    /// Starts watching `path`; `wake` is called after each reload (to request a repaint).
    pub fn spawn(
        path: PathBuf,
        poll: Duration,
        settle: Duration,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (tx, results) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let (thread_path, thread_stop) = (path.clone(), stop.clone());
        // Taken here, not in the thread: a change made right after this call is seen.
        let mut seen = stamp(&path);
        let spawned = std::thread::Builder::new()
            .name("file-watcher".into())
            .spawn(move || {
                while !thread_stop.load(Ordering::Relaxed) {
                    std::thread::sleep(poll);
                    let mut now = stamp(&thread_path);
                    if now == seen {
                        continue;
                    }
                    // Wait for the writer to finish.
                    loop {
                        std::thread::sleep(settle);
                        let again = stamp(&thread_path);
                        if again == now {
                            break;
                        }
                        now = again;
                    }
                    seen = now;
                    let change = match now {
                        None => Change::Gone,
                        Some(_) => Change::Loaded(crate::data::open::load_path(&thread_path)),
                    };
                    if tx.send(change).is_err() {
                        break;
                    }
                    wake();
                }
            });
        if let Err(e) = spawned {
            // Without a thread there is no live reload; the app works as before.
            log::warn!("live reload is off: cannot start a thread ({e})");
            stop.store(true, Ordering::Relaxed);
        }
        Self {
            path,
            results,
            stop,
        }
    }

    /// The file being watched.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The newest change since the last call, if any.
    pub fn take_change(&self) -> Option<Change> {
        self.results.try_iter().last()
    }
}

impl Drop for FileWatcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    const FAST: Duration = Duration::from_millis(20);

    fn wait_for(w: &FileWatcher) -> Option<Result<Timeline, LoadError>> {
        match wait_for_change(w)? {
            Change::Loaded(r) => Some(r),
            Change::Gone => panic!("the file is still there"),
        }
    }

    fn wait_for_change(w: &FileWatcher) -> Option<Change> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(r) = w.take_change() {
                return Some(r);
            }
            std::thread::sleep(FAST);
        }
        None
    }

    #[test]
    fn a_changed_file_is_reloaded_and_a_broken_one_reports_problems() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.ron");
        let good = crate::data::load::BUNDLED;
        std::fs::write(&path, good).unwrap();
        let woken = Arc::new(AtomicBool::new(false));
        let flag = woken.clone();
        let w = FileWatcher::spawn(path.clone(), FAST, FAST, move || {
            flag.store(true, Ordering::Relaxed)
        });
        assert!(w.take_change().is_none(), "nothing changed yet");

        std::fs::write(&path, "Timeline(").unwrap();
        let broken = wait_for(&w).expect("the change was noticed");
        assert!(broken.is_err());
        assert!(woken.load(Ordering::Relaxed));

        // Saved by rename, as many editors do.
        let tmp = dir.path().join("t.ron.tmp");
        std::fs::write(&tmp, good).unwrap();
        std::fs::rename(&tmp, &path).unwrap();
        let fixed = wait_for(&w).expect("the rename was noticed");
        assert_eq!(
            fixed.unwrap().events.len(),
            crate::data::load::bundled().unwrap().events.len()
        );

        std::fs::remove_file(&path).unwrap();
        assert!(matches!(wait_for_change(&w), Some(Change::Gone)));
    }

    #[cfg(unix)]
    #[test]
    fn a_file_replaced_by_a_device_or_pipe_is_refused_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.ron");
        std::fs::write(&path, crate::data::load::BUNDLED).unwrap();
        let w = FileWatcher::spawn(path.clone(), FAST, FAST, || {});
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        let mut refused = false;
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline && !refused {
            if let Some(Change::Loaded(Err(LoadError::Read(
                crate::base::files::ReadError::NotAFile { .. },
            )))) = w.take_change()
            {
                refused = true;
            }
            std::thread::sleep(FAST);
        }
        assert!(refused, "a link to /dev/zero is refused without reading it");
    }
}
