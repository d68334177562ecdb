//! The `log` records of the driver and the CLI on stderr, never on stdout
//! (which `--json` and scripts read). `-v` shows info, `-vv` debug, `-vvv`
//! trace; without `-v`, `RUST_LOG` (env_logger's syntax, e.g.
//! `capfuse_driver=debug`) decides, and without either only warnings show.

use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;

use log::LevelFilter;

static START: OnceLock<Instant> = OnceLock::new();

/// The level `-v` given `count` times selects (`None`: not given).
fn verbosity(count: u8) -> Option<LevelFilter> {
    match count {
        0 => None,
        1 => Some(LevelFilter::Info),
        2 => Some(LevelFilter::Debug),
        _ => Some(LevelFilter::Trace),
    }
}

/// Installs the logger; call once, first thing in `main`.
pub fn init(verbose: u8) {
    START.get_or_init(Instant::now);
    let mut b = env_logger::Builder::new();
    b.target(env_logger::Target::Stderr);
    match (verbosity(verbose), std::env::var("RUST_LOG")) {
        (Some(level), _) => {
            b.filter_level(level);
        }
        (None, Ok(spec)) if !spec.trim().is_empty() => {
            b.parse_filters(&spec);
        }
        _ => {
            b.filter_level(LevelFilter::Warn);
        }
    }
    // Seconds since start: how long an open, a retry or a wait took.
    b.format(|f, r| {
        let t = START
            .get()
            .map(|s| s.elapsed().as_secs_f64())
            .unwrap_or(0.0);
        writeln!(f, "[{t:8.3}s {:<5} {}] {}", r.level(), r.target(), r.args())
    });
    // A second init (tests) keeps the first logger.
    let _ = b.try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_v_shows_more() {
        assert_eq!(verbosity(0), None);
        assert_eq!(verbosity(1), Some(LevelFilter::Info));
        assert_eq!(verbosity(2), Some(LevelFilter::Debug));
        assert_eq!(verbosity(9), Some(LevelFilter::Trace));
    }
}
