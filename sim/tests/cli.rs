//! The `capfuse-sim` binary: a passing run, JSON, and a bad file.

use std::path::Path;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_capfuse-sim"))
}

fn scenario(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn run_steady_prints_timeline_summary_and_verdicts() {
    let out = bin()
        .args(["run", &scenario("steady.toml")])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for needle in [
        "timeline",
        "TRIP cum_budget",
        "summary",
        "admitted work",
        "PASS cap",
        "result: PASS",
    ] {
        assert!(text.contains(needle), "missing {needle}:\n{text}");
    }
}

/// A reader that closed its end (`capfuse-sim run --json | head`) ends the
/// run by SIGPIPE, as it ends every filter, not with a panic.
#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = bin()
        .args(["run", &scenario("kill_storm.toml"), "--json"])
        .stdout(writer)
        .output()
        .unwrap();
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(!e.contains("panicked"), "{e}");
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGPIPE),
        "{:?} {e}",
        out.status
    );
}

#[test]
fn run_json() {
    let out = bin()
        .args(["run", &scenario("kill_storm.toml"), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.trim_start().starts_with('{') && text.contains("\"passed\":true"),
        "{text}"
    );
    // The object names its schema and matches the documented one.
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema"], capfuse_sim::runner::RUN_SCHEMA);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/schemas/capfuse-sim/run.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{}: {}",
        path.display(),
        errors.join("; ")
    );
    let mut wrong = v.clone();
    wrong["admitted"] = serde_json::json!(5);
    assert!(
        !validator.is_valid(&wrong),
        "a 96-bit value must be a string"
    );
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/scenarios.md"))
            .unwrap();
    assert!(docs.contains("schemas/capfuse-sim/run.json") && docs.contains("capfuse-sim.run/1"));
}

#[test]
fn bad_file_exits_2_with_a_hint() {
    let dir = std::env::temp_dir().join(format!("capfuse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[run]\ncycles = 10\n[workload]\nconstant = 1\n[[action]]\nat = 1\nlimit = \"TRIP_RATIO\"\nvalue = 300\n").unwrap();
    let out = bin().args(["run", bad.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.toml: action[0].value: must be 0..=256, got 300"),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
    let out = bin().args(["run", "/nonexistent/x.toml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn unknown_engine_is_a_usage_error() {
    let out = bin()
        .args(["run", &scenario("steady.toml"), "--engine", "fpga"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown engine"));
}
