//! `capfuse bench --fleet-only` end to end on a small fleet (3 cards of 300
//! reports, so each log has a full entry bundle and a partial one; 2
//! appended): it generates, serves with nginx and audits, and its figures
//! hang together. No timing is asserted (docs/PERFORMANCE.md has
//! the measured figures).

use std::process::Command;

mod common;
use common::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");
const CARDS: u64 = 3;
const REPORTS: u64 = 300;

/// The figures of one audit line of the bench's output.
#[derive(Debug)]
struct Line {
    bytes: u64,
    requests: u64,
    entries: u64,
    nginx_requests: u64,
    nginx_bytes: u64,
    not_ok: u64,
}

/// The number after `key ` in `line`.
fn after(line: &str, key: &str) -> u64 {
    let at = line
        .find(key)
        .unwrap_or_else(|| panic!("{key:?} in {line}"))
        + key.len();
    line[at..]
        .split_whitespace()
        .next()
        .and_then(|w| w.trim_matches(|c: char| !c.is_ascii_digit()).parse().ok())
        .unwrap_or_else(|| panic!("a number after {key:?} in {line}"))
}

fn line(out: &str, prefix: &str) -> Line {
    let l = out
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line {prefix:?} in:\n{out}"));
    let nginx = &l[l.find("(nginx:").expect("nginx figures")..];
    Line {
        bytes: after(l, "bytes "),
        requests: after(l, "requests "),
        entries: after(l, "entries checked "),
        nginx_requests: after(nginx, "(nginx: "),
        nginx_bytes: after(nginx, "requests, "),
        not_ok: after(nginx, "body bytes, "),
    }
}

#[test]
fn the_fleet_bench_runs_end_to_end_and_its_figures_add_up() {
    let d = TempDir::new("capfuse-fleet-bench", "small");
    let dir = d.path("fleet");
    let o = Command::new(BIN)
        .args(["bench", "--fleet-only", "--cards", "3", "--reports", "300"])
        .args(["--append", "2", "--sample", "2", "--keep"])
        .arg(&dir)
        .output()
        .expect("run capfuse bench");
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        out.contains(&format!("{} signatures", CARDS * REPORTS)),
        "{out}"
    );
    let fleet_file = std::fs::read_to_string(dir.join("fleet.txt")).unwrap();
    assert_eq!(fleet_file.lines().count() as u64, CARDS);

    // Today's one-card audit fetches everything every time.
    let one: Vec<Line> = ["(a)", "(b)", "(c)"]
        .iter()
        .map(|p| line(&out, &format!("{p} log audit × 2")))
        .collect();
    for l in &one {
        assert_eq!(
            (l.bytes, l.requests, l.not_ok),
            (l.nginx_bytes, l.nginx_requests, 0)
        );
    }
    assert!(
        one[1].bytes > one[0].bytes && one[2].bytes == one[1].bytes,
        "{out}"
    );

    if out.contains("`capfuse log fleet` is not in this build") {
        return;
    }
    let [full, incremental, nothing] =
        ["(a)", "(b)", "(c)"].map(|p| line(&out, &format!("{p} log fleet")));
    // The auditor counts what nginx served, every request answered 200.
    for l in [&full, &incremental, &nothing] {
        assert_eq!(l.bytes, l.nginx_bytes, "{out}");
        assert_eq!(l.requests, l.nginx_requests, "{out}");
        assert_eq!(l.not_ok, 0, "{out}");
    }
    assert_eq!(full.entries, CARDS * REPORTS, "{out}");
    // The generated reports read as a card's: no gaps in any boot.
    assert!(out.contains(" 0 reports missing"), "{out}");
    assert!(incremental.bytes < full.bytes, "{out}");
    assert!(incremental.entries < full.entries, "{out}");
    // Nothing new: about one checkpoint per card.
    assert!(nothing.bytes < incremental.bytes, "{out}");
    assert!(nothing.requests <= 2 * CARDS, "{out}");
    assert!(nothing.bytes < 1024 * CARDS, "{out}");
    assert_eq!(nothing.entries, 0, "{out}");
}
