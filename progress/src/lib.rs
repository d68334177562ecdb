//! Progress of capfuse's long commands on a terminal (`capfuse-hdl synth`
//! and `bench`, `capfuse-sim bench`, `capfuse bench`, and `attest` and
//! `grant apply` over a serial line): a spinner on stderr with the stage's
//! name and its elapsed time, and a line per finished stage with how long
//! it took. Nothing is drawn when stderr is not a terminal or the caller
//! turns it off (`--json`), so piped output and scripts see no progress
//! noise; the results themselves go to stdout as before.

#![deny(missing_docs)]

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How often the spinner and the elapsed time are redrawn.
const TICK: Duration = Duration::from_millis(120);
/// A finished stage that took at least this long stays on the terminal.
const KEEP_AFTER: Duration = Duration::from_secs(1);

/// A spinner for a sequence of stages; cleared when dropped.
pub struct Progress {
    bar: Option<ProgressBar>,
    current: Option<(String, Instant)>,
}

impl Progress {
    /// A spinner on stderr if it is a terminal; otherwise nothing.
    pub fn new() -> Progress {
        Progress::when(true)
    }

    /// A spinner on stderr if `enabled` (e.g. not `--json`) and stderr is a
    /// terminal; otherwise nothing.
    pub fn when(enabled: bool) -> Progress {
        let bar = (enabled && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            bar
        });
        Progress { bar, current: None }
    }

    /// Starts stage `name`, ending the one before.
    pub fn stage(&mut self, name: impl Into<String>) {
        self.end_stage();
        let name = name.into();
        if let Some(bar) = &self.bar {
            bar.reset_elapsed();
            bar.set_message(name.clone());
            // Ticking starts once there is a name to show.
            bar.enable_steady_tick(TICK);
        }
        self.current = Some((name, Instant::now()));
    }

    /// Runs `f` (which writes to stderr) with the spinner hidden, so the
    /// two do not share a line.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Ends the current stage; one that took a while leaves `name (N s)`
    /// above the spinner, so the terminal keeps where the time went.
    fn end_stage(&mut self) {
        if let (Some(bar), Some((name, t))) = (&self.bar, self.current.take()) {
            if t.elapsed() >= KEEP_AFTER {
                bar.println(format!("  {name} ({:.1} s)", t.elapsed().as_secs_f64()));
            }
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.end_stage();
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Runs `f` as one stage; the spinner is gone before `f`'s result is
/// printed, so stdout and the spinner never share a line.
pub fn run<T>(name: impl Into<String>, f: impl FnOnce() -> T) -> T {
    let mut p = Progress::new();
    p.stage(name);
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spinner_turned_off_runs_its_stages_and_draws_nothing() {
        let mut p = Progress::when(false);
        assert!(p.bar.is_none());
        p.stage("one");
        assert_eq!(p.current.as_ref().map(|(n, _)| n.as_str()), Some("one"));
        assert_eq!(p.suspend(|| 7), 7);
        // The tests' stderr is not a terminal: nothing is drawn there either.
        assert!(Progress::new().bar.is_none());
        assert_eq!(run("two", || 3), 3);
    }
}
