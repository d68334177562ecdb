//! Progress on a terminal, and none elsewhere: `capfuse bench` run piped
//! prints no spinner or escape codes on stderr, and run under a
//! pseudo-terminal (`script`) shows its stage names with the elapsed time.
//! (`attest` and `grant apply` over a serial line: tests/serial_board.rs.)

use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

/// A cheap `bench`: few operations, no Verilator.
const BENCH: &[&str] = &[
    "bench",
    "--ops",
    "200",
    "--runs",
    "1",
    "--crypto-runs",
    "1",
    "--no-verilator",
];

fn runtime(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("capfuse-progress-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `capfuse ARGS` under a pseudo-terminal with `script`; returns what
/// the terminal received (stdout and stderr together).
pub fn on_terminal(args: &[&str], dir: &PathBuf) -> String {
    let found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join("script").is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "`script` (util-linux) is not installed: run scripts/install-tools.sh"
    );
    let line = std::iter::once(BIN)
        .chain(args.iter().copied())
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let o = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env("TERM", "xterm")
        .env("CAPFUSE_RUNTIME_DIR", dir)
        .output()
        .expect("run script");
    assert!(
        o.status.success(),
        "{line} under a terminal: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn piped_bench_has_no_progress_noise() {
    let dir = runtime("piped");
    let o = Command::new(BIN)
        .args(BENCH)
        .env("CAPFUSE_RUNTIME_DIR", &dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "stderr: {:?}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains('\u{1b}') && !out.contains('\r'), "{out:?}");
    assert!(
        out.contains("simulated card via daemon socket: read32"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bench_on_a_terminal_shows_its_stages() {
    let dir = runtime("pty");
    let t = on_terminal(BENCH, &dir);
    // The spinner's line: the stage, then the elapsed time in brackets;
    // the results are printed as when piped.
    for stage in [
        "starting a private simulated card [",
        "daemon socket: read32 [",
        "model engine: grant check, 2 of 3 signatures [",
    ] {
        assert!(t.contains(stage), "no `{stage}` on the terminal: {t:?}");
    }
    assert!(
        t.contains("\u{1b}[2K"),
        "the spinner clears its line: {t:?}"
    );
    assert!(
        t.contains("simulated card via daemon socket: read32"),
        "{t:?}"
    );
    // Status and JSON commands draw nothing, terminal or not.
    let s = on_terminal(&["--json", "status"], &dir);
    assert!(!s.contains('\u{1b}'), "{s:?}");
    let v: serde_json::Value = serde_json::from_str(s.trim()).expect("only JSON");
    assert_eq!(v["schema"], "capfuse.status/1");
    let _ = Command::new(BIN)
        .args(["sim", "stop"])
        .env("CAPFUSE_RUNTIME_DIR", &dir)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
}
