//! Checking web addresses over the network, politely and within bounds: at
//! most 8 requests at once and 2 per host, a timeout on each, at most 5
//! redirects followed by hand (so a move to another host is seen), HEAD first
//! and GET where a server refuses HEAD, and a User-Agent that names the app.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Condvar, Mutex};
use std::time::Duration;
use url::Url;

/// How the check is bounded.
#[derive(Clone, Debug)]
pub struct Limits {
    pub timeout: Duration,
    pub max_redirects: usize,
    pub max_total: usize,
    pub max_per_host: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(10),
            max_redirects: 5,
            max_total: 8,
            max_per_host: 2,
        }
    }
}

/// What became of an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It answers (perhaps after redirects on the same host).
    Alive,
    /// It now leads elsewhere: another host, or the site's home page (a soft 404).
    Moved { to: String },
    /// It does not answer with the page: why, in a few words.
    Dead { why: String },
}

/// Checks every address; `done` is called after each one (for a progress bar).
/// The outcomes are in the order of `urls`.
pub fn check_all(urls: &[String], limits: &Limits, done: &(dyn Fn() + Sync)) -> Vec<Outcome> {
    let agent = ureq::AgentBuilder::new()
        .timeout(limits.timeout)
        .redirects(0)
        .user_agent(concat!(
            "india-canada-timeline/",
            env!("CARGO_PKG_VERSION"),
            " (link check)"
        ))
        .build();
    let queue = Mutex::new(Queue {
        waiting: (0..urls.len()).collect(),
        busy: HashMap::new(),
    });
    let wake = Condvar::new();
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; urls.len()]);
    let workers = limits.max_total.clamp(1, 64).min(urls.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some((i, host)) = next_job(&queue, &wake, urls, limits.max_per_host) {
                    let outcome = check_one(&agent, &urls[i], limits);
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(outcome);
                    }
                    if let Ok(mut q) = queue.lock()
                        && let Some(n) = q.busy.get_mut(&host)
                    {
                        *n = n.saturating_sub(1);
                    }
                    wake.notify_all();
                    done();
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_default();
    results
        .into_iter()
        .map(|r| {
            r.unwrap_or(Outcome::Dead {
                why: "not checked".to_owned(),
            })
        })
        .collect()
}

struct Queue {
    waiting: VecDeque<usize>,
    /// Requests under way, per host.
    busy: HashMap<String, usize>,
}

fn host_of(url: &str) -> String {
    Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The next address whose host has room, waiting while every host is full;
/// `None` when nothing is left.
fn next_job(
    queue: &Mutex<Queue>,
    wake: &Condvar,
    urls: &[String],
    per_host: usize,
) -> Option<(usize, String)> {
    let mut q = queue.lock().ok()?;
    loop {
        if q.waiting.is_empty() {
            return None;
        }
        let free = q.waiting.iter().position(|&i| {
            let host = host_of(&urls[i]);
            q.busy.get(&host).copied().unwrap_or(0) < per_host.max(1)
        });
        if let Some(k) = free {
            let i = q.waiting.remove(k)?;
            let host = host_of(&urls[i]);
            *q.busy.entry(host.clone()).or_insert(0) += 1;
            return Some((i, host));
        }
        q = wake.wait(q).ok()?;
    }
}

/// One address, following redirects by hand.
fn check_one(agent: &ureq::Agent, url: &str, limits: &Limits) -> Outcome {
    let Ok(start) = Url::parse(url) else {
        return Outcome::Dead {
            why: "not a well-formed address".to_owned(),
        };
    };
    let mut current = start.clone();
    let mut seen = HashSet::new();
    for _ in 0..=limits.max_redirects {
        if !seen.insert(current.to_string()) {
            return Outcome::Dead {
                why: "redirect loop".to_owned(),
            };
        }
        match request(agent, &current) {
            Answer::Page => return settle(&start, &current),
            Answer::Redirect(to) => match current.join(&to) {
                Ok(next) => current = next,
                Err(_) => {
                    return Outcome::Dead {
                        why: format!("redirect to a bad address ({to})"),
                    };
                }
            },
            Answer::Failed(why) => return Outcome::Dead { why },
        }
    }
    Outcome::Dead {
        why: format!("more than {} redirects", limits.max_redirects),
    }
}

/// Where a chain of redirects ended: the same page, or somewhere else.
fn settle(start: &Url, end: &Url) -> Outcome {
    let home = end.path() == "/" && start.path() != "/";
    if end.host_str() != start.host_str() || home {
        Outcome::Moved {
            to: end.to_string(),
        }
    } else {
        Outcome::Alive
    }
}

enum Answer {
    Page,
    Redirect(String),
    Failed(String),
}

/// HEAD, and GET where the server refuses HEAD (405, 501) or drops it.
fn request(agent: &ureq::Agent, url: &Url) -> Answer {
    match answer(agent.head(url.as_str()).call()) {
        Answer::Failed(why) if why.starts_with("405") || why.starts_with("501") => {
            answer(agent.get(url.as_str()).call())
        }
        other => other,
    }
}

fn answer(result: Result<ureq::Response, ureq::Error>) -> Answer {
    match result {
        Ok(r) if (300..400).contains(&r.status()) => match r.header("location") {
            Some(to) => Answer::Redirect(to.to_owned()),
            None => Answer::Failed(format!("{} with no Location", r.status())),
        },
        Ok(_) => Answer::Page,
        Err(ureq::Error::Status(code, r)) => Answer::Failed(format!("{code} {}", r.status_text())),
        Err(ureq::Error::Transport(t)) => Answer::Failed(transport(&t)),
    }
}

/// A transport failure in a few words.
fn transport(t: &ureq::Transport) -> String {
    use ureq::ErrorKind;
    let text = t.to_string().to_lowercase();
    match t.kind() {
        ErrorKind::Dns => "DNS failure".to_owned(),
        ErrorKind::ConnectionFailed if text.contains("refused") => "connection refused".to_owned(),
        _ if text.contains("timed out") || text.contains("timeout") => "timed out".to_owned(),
        _ if text.contains("tls") || text.contains("certificate") => "TLS error".to_owned(),
        ErrorKind::ConnectionFailed => "connection failed".to_owned(),
        _ => crate::base::text::truncate_chars(&t.to_string(), 120).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    /// Requests open now, and the most seen at once.
    #[derive(Default)]
    struct Load {
        open: AtomicUsize,
        most: AtomicUsize,
    }

    /// A tiny HTTP server on `ip` (a loopback address), answering by path;
    /// `/slow` never answers. Returns its port.
    fn serve(ip: &str, load: Arc<Load>, other_host: String) -> u16 {
        let listener = TcpListener::bind((ip, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (load, other) = (load.clone(), other_host.clone());
                std::thread::spawn(move || answer_one(stream, &load, &other));
            }
        });
        port
    }

    fn answer_one(mut stream: TcpStream, load: &Load, other_host: &str) {
        let open = load.open.fetch_add(1, Ordering::SeqCst) + 1;
        load.most.fetch_max(open, Ordering::SeqCst);
        let mut line = String::new();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let _ = reader.read_line(&mut line);
        let mut header = String::new();
        while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
            header.clear();
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
        let (status, location) = match path.as_str() {
            "/ok" | "/" => ("200 OK", None),
            "/busy" => {
                std::thread::sleep(Duration::from_millis(150));
                ("200 OK", None)
            }
            "/moved" => ("301 Moved Permanently", Some("/ok".to_owned())),
            "/away" => ("301 Moved Permanently", Some(format!("{other_host}/ok"))),
            "/home" => ("302 Found", Some("/".to_owned())),
            "/loop-a" => ("301 Moved Permanently", Some("/loop-b".to_owned())),
            "/loop-b" => ("301 Moved Permanently", Some("/loop-a".to_owned())),
            "/slow" => {
                std::thread::sleep(Duration::from_secs(5));
                ("200 OK", None)
            }
            _ => ("404 Not Found", None),
        };
        let location = location
            .map(|l| format!("Location: {l}\r\n"))
            .unwrap_or_default();
        // Closed before the answer leaves: the client cannot start its next
        // request before this one counts as done.
        load.open.fetch_sub(1, Ordering::SeqCst);
        let _ = write!(
            stream,
            "HTTP/1.1 {status}\r\n{location}Content-Length: 0\r\nConnection: close\r\n\r\n"
        );
    }

    fn quick() -> Limits {
        Limits {
            timeout: Duration::from_millis(400),
            ..Limits::default()
        }
    }

    #[test]
    fn each_kind_of_answer_is_reported_as_what_it_is() {
        let load = Arc::new(Load::default());
        let other = serve("127.0.0.1", load.clone(), String::new());
        let port = serve("127.0.0.1", load, format!("http://localhost:{other}"));
        let refused = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let at = |p: &str| format!("http://127.0.0.1:{port}{p}");
        let urls = vec![
            at("/ok"),
            at("/moved"),
            at("/away"),
            at("/gone"),
            at("/slow"),
            format!("http://127.0.0.1:{refused}/ok"),
            at("/loop-a"),
            at("/home"),
        ];
        let started = Instant::now();
        let out = check_all(&urls, &quick(), &|| {});
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(out[0], Outcome::Alive);
        assert_eq!(
            out[1],
            Outcome::Alive,
            "a move on the same host is followed"
        );
        assert_eq!(
            out[2],
            Outcome::Moved {
                to: format!("http://localhost:{other}/ok")
            }
        );
        assert!(
            matches!(&out[3], Outcome::Dead { why } if why.starts_with("404")),
            "{:?}",
            out[3]
        );
        assert_eq!(
            out[4],
            Outcome::Dead {
                why: "timed out".to_owned()
            }
        );
        assert_eq!(
            out[5],
            Outcome::Dead {
                why: "connection refused".to_owned()
            }
        );
        assert_eq!(
            out[6],
            Outcome::Dead {
                why: "redirect loop".to_owned()
            }
        );
        assert!(
            matches!(&out[7], Outcome::Moved { .. }),
            "a soft 404 to the home page: {:?}",
            out[7]
        );
    }

    #[test]
    fn no_more_than_two_requests_per_host_and_eight_in_all() {
        let load = Arc::new(Load::default());
        let mut urls = Vec::new();
        for k in 1..=6 {
            let ip = format!("127.0.0.{k}");
            let port = serve(&ip, load.clone(), String::new());
            urls.extend((0..4).map(|_| format!("http://{ip}:{port}/busy")));
        }
        let checked = AtomicUsize::new(0);
        let out = check_all(&urls, &Limits::default(), &|| {
            checked.fetch_add(1, Ordering::SeqCst);
        });
        assert!(out.iter().all(|o| *o == Outcome::Alive), "{out:?}");
        assert_eq!(checked.load(Ordering::SeqCst), urls.len());
        let most = load.most.load(Ordering::SeqCst);
        assert!((3..=8).contains(&most), "{most} requests open at once");

        let one_host = Arc::new(Load::default());
        let port = serve("127.0.0.1", one_host.clone(), String::new());
        let same: Vec<String> = (0..6)
            .map(|_| format!("http://127.0.0.1:{port}/busy"))
            .collect();
        check_all(&same, &Limits::default(), &|| {});
        assert_eq!(
            one_host.most.load(Ordering::SeqCst),
            2,
            "two at once on one host"
        );
    }
}
