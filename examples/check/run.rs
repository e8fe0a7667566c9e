//! Finding the files, their policies, reading and checking them in parallel.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use replytone::{Analyzer, Document, InputKind, Policy, Reader, Verdict, check};

use crate::Options;

/// One checked response.
pub struct Response {
    /// The file, as shown to the user.
    pub file: String,
    /// The response within the file: its title, `line N` (one per line), or the file name.
    pub name: String,
    pub doc: Document,
    pub verdict: Verdict,
}

/// A file that could not be read or parsed.
pub struct FileError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Everything a run found.
pub struct Outcome {
    pub responses: Vec<Response>,
    pub errors: Vec<FileError>,
    pub files: usize,
    pub elapsed: Duration,
}

impl Outcome {
    pub fn passed(&self) -> usize {
        self.responses.iter().filter(|r| r.verdict.passed).count()
    }

    /// 2 when a file could not be read, else 1 when a response failed, else 0.
    pub fn exit_code(&self) -> u8 {
        if !self.errors.is_empty() {
            2
        } else if self.passed() < self.responses.len() {
            1
        } else {
            0
        }
    }
}

/// A path as shown: without a leading `./`, with `/` separators.
pub fn display(path: &Path) -> String {
    let s = path.display().to_string().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

/// `path` relative to the current directory when it is inside it, for shorter messages.
fn relative_to_cwd(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// The kind a listed file is read as: by its extension, else plain text. [`collect`] lists a
/// file of another kind only when it is named on the command line, and such a file is read.
fn kind_of(path: &Path) -> InputKind {
    InputKind::from_path(path).unwrap_or(InputKind::Text)
}

/// The files to read: named files as they are (a pipe or `/dev/stdin` too), directories walked
/// (sorted, .gitignore respected, only the kinds replytone reads). A file reached twice, by
/// two names (`x.txt` and `./x.txt`, or a file and its directory), is read once.
fn collect(paths: &[PathBuf], errors: &mut Vec<FileError>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                files.push(p.clone());
                continue;
            }
            Err(e) => {
                errors.push(FileError {
                    file: display(p),
                    line: None,
                    message: e.to_string(),
                });
                continue;
            }
        }
        let mut walk = ignore::WalkBuilder::new(p);
        walk.require_git(false).sort_by_file_name(|a, b| a.cmp(b));
        for entry in walk.build() {
            match entry {
                Ok(e) => {
                    if e.file_type().is_some_and(|t| t.is_file())
                        && InputKind::from_path(e.path()).is_some()
                    {
                        files.push(e.into_path());
                    }
                }
                Err(e) => errors.push(FileError {
                    file: display(p),
                    line: None,
                    message: e.to_string(),
                }),
            }
        }
    }
    files.sort();
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    files
}

/// Runs `f` over `items` on `jobs` threads; results come back in the items' order.
fn par_map<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    done: &AtomicUsize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let mut out: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..jobs.clamp(1, items.len().max(1)))
            .map(|_| {
                s.spawn(|| {
                    let mut local = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            break;
                        };
                        local.push((i, f(item)));
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    local
                })
            })
            .collect();
        for w in workers {
            for (i, r) in w.join().expect("a worker thread panicked") {
                out[i] = Some(r);
            }
        }
    });
    out.into_iter()
        .map(|r| r.expect("every item is mapped"))
        .collect()
}

/// A progress bar on stderr, drawn by its own thread until dropped.
struct Progress {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    fn start(total: usize, done: Arc<AtomicUsize>) -> Progress {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let mut err = std::io::stderr();
            while !flag.load(Ordering::Relaxed) {
                let d = done.load(Ordering::Relaxed).min(total);
                let filled = d * 30 / total.max(1);
                let _ = write!(
                    err,
                    "\r[{}{}] {d}/{total} responses",
                    "#".repeat(filled),
                    "-".repeat(30 - filled)
                );
                let _ = err.flush();
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        });
        Progress {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Checks everything the options name. `Err` is a fatal error: a policy that cannot be loaded.
pub fn run(opts: &Options) -> Result<Outcome, String> {
    let started = Instant::now();
    let mut errors = Vec::new();
    let files = collect(&opts.paths, &mut errors);

    // The policy of each file: --config, or the nearest replytone.toml, or the default.
    let mut policies: Vec<(Policy, Analyzer)> = Vec::new();
    let mut by_config: HashMap<Option<PathBuf>, usize> = HashMap::new();
    let mut policy_of = Vec::with_capacity(files.len());
    for f in &files {
        let config = match &opts.config {
            Some(c) => Some(c.clone()),
            None => Policy::discover(f).map(|c| relative_to_cwd(&c)),
        };
        let index = match by_config.get(&config) {
            Some(&i) => i,
            None => {
                let policy = match &config {
                    Some(c) => Policy::load(c).map_err(|e| e.to_string())?,
                    None => Policy::default(),
                };
                let analyzer = policy.analyzer().map_err(|e| e.to_string())?;
                policies.push((policy, analyzer));
                by_config.insert(config, policies.len() - 1);
                policies.len() - 1
            }
        };
        policy_of.push(index);
    }
    if files.is_empty() {
        if let Some(c) = &opts.config {
            Policy::load(c).map_err(|e| e.to_string())?;
        }
    }

    let mut reader = Reader::new();
    reader.lines(opts.lines);
    if let Some(c) = &opts.column {
        reader.column(c.clone());
    }
    let read = par_map(&files, opts.jobs, &AtomicUsize::new(0), |f| {
        reader.read_file_as(kind_of(f), f)
    });
    let mut jobs: Vec<(usize, Document)> = Vec::new();
    for (i, docs) in read.into_iter().enumerate() {
        match docs {
            Ok(docs) => jobs.extend(docs.into_iter().map(|d| (i, d))),
            Err(e) => {
                // The message starts with the path (and line); keep the reason only.
                let full = e.to_string();
                let mut reason = full
                    .strip_prefix(&files[i].display().to_string())
                    .unwrap_or(&full);
                if let Some(line) = e.line() {
                    reason = reason.strip_prefix(&format!(":{line}")).unwrap_or(reason);
                }
                let reason = reason.trim_start_matches(':').trim_start();
                errors.push(FileError {
                    file: display(&files[i]),
                    line: e.line(),
                    message: if reason.is_empty() {
                        full.clone()
                    } else {
                        reason.to_string()
                    },
                });
            }
        }
    }

    let done = Arc::new(AtomicUsize::new(0));
    let progress = (opts.progress && jobs.len() > 300 && std::io::stderr().is_terminal())
        .then(|| Progress::start(jobs.len(), Arc::clone(&done)));
    let verdicts = par_map(&jobs, opts.jobs, &done, |(file, doc)| {
        let (policy, analyzer) = &policies[policy_of[*file]];
        check(analyzer, policy, doc)
    });
    drop(progress);

    let shown: Vec<String> = files.iter().map(|f| display(f)).collect();
    let responses = jobs
        .into_iter()
        .zip(verdicts)
        .map(|((file, doc), verdict)| {
            let by_line = opts.lines
                && matches!(
                    kind_of(&files[file]),
                    InputKind::Text | InputKind::Markdown | InputKind::Html
                );
            let name = match doc.title() {
                Some(t) => t.to_string(),
                None if by_line => format!("line {}", doc.position(0).line),
                None => shown[file].clone(),
            };
            Response {
                file: shown[file].clone(),
                name,
                doc,
                verdict,
            }
        })
        .collect();
    errors.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(Outcome {
        responses,
        errors,
        files: files.len(),
        elapsed: started.elapsed(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn par_map_keeps_order() {
        let items: Vec<usize> = (0..1000).collect();
        let done = AtomicUsize::new(0);
        let out = par_map(&items, 4, &done, |&i| i * 2);
        assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(done.load(Ordering::Relaxed), 1000);
        assert!(par_map(&[] as &[u8], 4, &done, |_| 0).is_empty());
    }

    #[test]
    fn display_paths() {
        assert_eq!(display(Path::new("./a/b.txt")), "a/b.txt");
        assert_eq!(display(Path::new("a.txt")), "a.txt");
    }
}
