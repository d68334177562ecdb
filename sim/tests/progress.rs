//! `capfuse-sim bench` shows its stages on a terminal (under `script`) and
//! nothing on a pipe.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_capfuse-sim");

/// A cheap bench: the model engine on a short workload, nothing else.
const BENCH: &[&str] = &[
    "bench",
    "--cycles",
    "20000",
    "--seconds",
    "0.05",
    "--no-synth",
    "--engines",
    "model",
    "--no-ed25519",
    "--no-card",
];

#[test]
fn bench_progress_on_a_terminal_only() {
    let o = Command::new(BIN).args(BENCH).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "piped stderr: {:?}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("== latencies"), "{out}");

    let found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join("script").is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "`script` (util-linux) is not installed: run scripts/install-tools.sh"
    );
    let line = std::iter::once(BIN)
        .chain(BENCH.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    let o = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env("TERM", "xterm")
        .output()
        .unwrap();
    assert!(o.status.success());
    let t = String::from_utf8_lossy(&o.stdout);
    for stage in [
        "recording 20000 cycles of workload [",
        "model engine speed [",
        "model engine latencies [",
    ] {
        assert!(t.contains(stage), "no `{stage}` on the terminal: {t:?}");
    }
    assert!(t.contains("== latencies"), "{t:?}");
}
