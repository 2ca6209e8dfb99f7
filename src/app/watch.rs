//! Live reload: notices when the open dataset changes on disk and loads it again.
//!
//! The operating system says when something changed (`notify`, through its
//! debouncer, so a save made of several writes arrives once, whole). The
//! file's folder is watched rather than the file, so editors that save by
//! writing a new file and renaming it over the old one are followed. Where the
//! system cannot tell (a network file system, where changes made on another
//! machine raise no event, or no watcher at all) the file is polled instead;
//! the log says which is in use. The new version is loaded on the watcher's
//! thread: the app is woken only when it is ready.

use crate::data::load::LoadError;
use crate::data::model::Timeline;
use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, SystemTime};

/// How often a polled file is looked at.
pub const POLL: Duration = Duration::from_millis(500);
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

/// How changes are noticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// The operating system's file events.
    Events,
    /// Looking at the file's size and time every [`POLL`].
    Polling,
    /// Neither could start: the file is not followed.
    Off,
}

/// The running debouncer; dropping it stops the watching.
enum Running {
    Events(
        #[allow(dead_code, reason = "held to keep watching")]
        Debouncer<RecommendedWatcher, RecommendedCache>,
    ),
    Polling(#[allow(dead_code, reason = "held to keep polling")] StopOnDrop),
    Off,
}

/// Watches one file until dropped.
pub struct FileWatcher {
    path: PathBuf,
    results: Receiver<Change>,
    _running: Running,
}

impl FileWatcher {
    /// Starts watching `path` the best way its file system allows; `wake` is
    /// called after each reload (to request a repaint).
    pub fn spawn(path: PathBuf, wake: impl Fn() + Send + Clone + 'static) -> Self {
        let method = if is_network_fs(&folder_of(&path)) {
            Method::Polling
        } else {
            Method::Events
        };
        Self::spawn_with(path, method, SETTLE, wake)
    }

    /// Starts watching `path` with `method` (falling back to polling when
    /// events cannot be had), loading a change once it has settled.
    pub fn spawn_with(
        path: PathBuf,
        method: Method,
        settle: Duration,
        wake: impl Fn() + Send + Clone + 'static,
    ) -> Self {
        let (tx, results) = mpsc::channel();
        // Taken here, not in the thread: a change made right after this call is seen.
        let seen = stamp(&path);
        let mut running = Running::Off;
        if method == Method::Events {
            let handler = handler(path.clone(), seen, tx.clone(), wake.clone());
            running = start_events(&path, settle, handler);
        }
        if matches!(running, Running::Off) && method != Method::Off {
            let handler = handler(path.clone(), seen, tx, wake);
            running = start_polling(&path, settle, handler);
        }
        let used = match running {
            Running::Events(_) => Method::Events,
            Running::Polling(_) => Method::Polling,
            Running::Off => Method::Off,
        };
        log::info!("following {} by {used:?}", path.display());
        if used == Method::Off {
            log::warn!("live reload is off for {}", path.display());
        }
        Self {
            path,
            results,
            _running: running,
        }
    }

    /// The file being watched.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How changes are noticed.
    #[cfg(test)]
    pub fn method(&self) -> Method {
        match self._running {
            Running::Events(_) => Method::Events,
            Running::Polling(_) => Method::Polling,
            Running::Off => Method::Off,
        }
    }

    /// The newest change since the last call, if any.
    pub fn take_change(&self) -> Option<Change> {
        self.results.try_iter().last()
    }
}

/// The folder to watch: the file's own, or the current one for a bare name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn start_events(
    path: &Path,
    settle: Duration,
    handler: impl FnMut(DebounceEventResult) + Send + 'static,
) -> Running {
    let started = notify_debouncer_full::new_debouncer(settle, None, handler).and_then(|mut d| {
        d.watch(folder_of(path), RecursiveMode::NonRecursive)?;
        Ok(d)
    });
    match started {
        Ok(d) => Running::Events(d),
        Err(e) => {
            log::warn!(
                "no file events for {} ({e}): polling instead",
                path.display()
            );
            Running::Off
        }
    }
}

/// Our own poller: notify's compares modification times in whole seconds, and
/// would miss a second save within the same second. This one compares size and
/// time to the nanosecond, and waits for the file to settle before loading.
fn start_polling(
    path: &Path,
    settle: Duration,
    mut handler: impl FnMut(DebounceEventResult) + Send + 'static,
) -> Running {
    let stop = Arc::new(AtomicBool::new(false));
    let (thread_path, thread_stop) = (path.to_owned(), stop.clone());
    let poll = POLL.min(settle * 2);
    let mut seen = stamp(path);
    let spawned = std::thread::Builder::new()
        .name("file-poller".into())
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
                let event =
                    notify::Event::new(notify::EventKind::Any).add_path(thread_path.clone());
                handler(Ok(vec![notify_debouncer_full::DebouncedEvent::new(
                    event,
                    std::time::Instant::now(),
                )]));
            }
        });
    match spawned {
        Ok(_) => Running::Polling(StopOnDrop(stop)),
        Err(e) => {
            log::warn!("cannot poll {} ({e})", path.display());
            Running::Off
        }
    }
}

/// Stops a polling thread when dropped.
struct StopOnDrop(Arc<AtomicBool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// What runs on the watcher's thread for each settled batch of events: when
/// one concerns the file and its size or time changed, load it and send it.
fn handler(
    path: PathBuf,
    mut seen: Stamp,
    tx: Sender<Change>,
    wake: impl Fn() + Send + 'static,
) -> impl FnMut(DebounceEventResult) + Send + 'static {
    let name = path.file_name().map(ToOwned::to_owned);
    move |result: DebounceEventResult| {
        let ours = match result {
            Ok(events) => events
                .iter()
                .flat_map(|e| e.paths.iter())
                .any(|p| p.file_name() == name.as_deref()),
            Err(errors) => {
                for e in errors {
                    log::warn!("watching {}: {e}", path.display());
                }
                true
            }
        };
        let now = stamp(&path);
        if !ours || now == seen {
            return;
        }
        seen = now;
        let change = match now {
            None => Change::Gone,
            Some(_) => Change::Loaded(crate::data::open::load_path(&path)),
        };
        if tx.send(change).is_ok() {
            wake();
        }
    }
}

/// Whether the folder is on a network file system, where changes made by
/// another machine raise no event here (NFS, SMB/CIFS, AFS, 9p, Ceph, FUSE mounts
/// such as sshfs).
#[cfg(target_os = "linux")]
fn is_network_fs(folder: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    const NETWORK: [i64; 10] = [
        0x6969,      // NFS
        0x517B,      // SMB
        0xFF53_4D42, // CIFS
        0xFE53_4D42, // SMB2
        0x6573_5546, // FUSE
        0x0102_1997, // 9p
        0x5346_414F, // AFS
        0x7375_7245, // Coda
        0x564C,      // NCP
        0x00C3_6400, // Ceph
    ];
    let Ok(c) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated path and `stat` is a plain struct
    // that statfs fills in.
    let mut stat: libc::statfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statfs(c.as_ptr(), &mut stat) } != 0 {
        return false;
    }
    #[allow(
        clippy::unnecessary_cast,
        reason = "f_type's type differs between targets"
    )]
    let kind = stat.f_type as i64;
    NETWORK.contains(&kind)
}

/// Other systems: their native watchers are used; notify falls back by itself where it must.
#[cfg(not(target_os = "linux"))]
fn is_network_fs(_folder: &Path) -> bool {
    false
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
        for method in [Method::Events, Method::Polling] {
            changes_are_followed(method);
        }
    }

    fn changes_are_followed(method: Method) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.ron");
        let good = crate::data::load::BUNDLED;
        std::fs::write(&path, good).unwrap();
        let woken = Arc::new(AtomicBool::new(false));
        let flag = woken.clone();
        let w = FileWatcher::spawn_with(path.clone(), method, FAST, move || {
            flag.store(true, Ordering::Relaxed)
        });
        assert_eq!(w.method(), method);
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
        let w = FileWatcher::spawn_with(path.clone(), Method::Events, FAST, || {});
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

#[cfg(all(test, target_os = "linux"))]
mod fs_tests {
    #[test]
    fn a_local_folder_is_not_a_network_one() {
        assert!(!super::is_network_fs(&std::env::temp_dir()));
        assert!(!super::is_network_fs(std::path::Path::new(
            "/no/such/folder"
        )));
    }
}
