//! Runs the `capfuse` binary against its simulated card, each test with a
//! private runtime directory (so its own daemon), stopped at the end.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

mod common;
use common::SimCard as Card;

fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| !s.rsplit_once(')').unwrap().1.trim_start().starts_with('Z'))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn limit_then_status_shows_the_new_limit_across_invocations() {
    let card = Card::new("limit");
    card.ok(&["limit", "cum-budget", "0x1_0000_0000_0000"]);
    card.ok(&["limit", "window-len", "2Ki"]);
    card.ok(&["limit", "baseline-ratio", "16"]);
    let s = card.json(&["status"]);
    assert_eq!(s["limits"]["cum_budget"], "281474976710656");
    assert_eq!(s["limits"]["window_len"], 2048);
    assert_eq!(s["limits"]["baseline_ratio"], 16);
    assert_eq!(s["ratio"]["effective"], 16);
    // The card keeps running between commands.
    let c1 = s["cycle"].as_u64().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    let c2 = card.json(&["status"])["cycle"].as_u64().unwrap();
    assert!(c2 > c1, "{c1} -> {c2}");
    let text = card.ok(&["status"]);
    assert!(text.contains("16/256 (6.2 %)"), "{text}");
    assert!(text.contains("2 048 cycles"), "{text}");
    assert!(text.contains("281 474 976 710 656 work units"), "{text}");
    // Equal value: nothing to do, still success.
    let again = card.ok(&["limit", "baseline-ratio", "16"]);
    assert!(again.contains("already"), "{again}");
}

#[test]
fn loosening_fails_with_the_grant_message_and_changes_nothing() {
    let card = Card::new("loosen");
    card.ok(&["limit", "window-budget", "1M"]);
    card.ok(&["limit", "window-len", "100"]);
    card.ok(&["limit", "cum-budget", "1T"]);
    let before = card.json(&["status"]);
    for (name, value) in [
        ("window-budget", "2M"),
        ("baseline-ratio", "33"),
        ("window-len", "50"),
        ("cum-budget", "0xffff_ffff_ffff_ffff_ffff_ffff"),
        ("cum-budget", "1_000_000_000_001"),
    ] {
        let o = card.run(&["limit", name, value]);
        assert_eq!(o.status.code(), Some(3), "{name} {value}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains("signed grant"), "{name}: {e}");
        assert!(e.contains("hint:"), "{name}: {e}");
    }
    let after = card.json(&["status"]);
    assert_eq!(before["limits"], after["limits"]);
    assert_eq!(after["refused_writes"], 0);
    assert_eq!(after["err_code"]["word"], 0);
}

#[test]
fn bad_numbers_ratios_and_devices_fail_with_hints() {
    let card = Card::new("bad");
    for args in [
        &["limit", "baseline-ratio", "257"][..],
        &["limit", "trip-ratio", "1000"],
        &["limit", "window-budget", "12x"],
        &["limit", "window-budget", "-5"],
        &["limit", "cum-budget", "1.5G"],
        &["limit", "window-budget", "5G"],
        &["limit", "cum-budget", "0x1_0000_0000_0000_0000_0000_0000"],
    ] {
        let o = card.run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert!(e.contains("error:") && e.contains("hint:"), "{args:?}: {e}");
    }
    let o = card.run(&["--device", "pcie:1", "status"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--device sim"), "{}", stderr(&o));
    let o = card.run(&["--device", "vfio:0000:03:00.0", "status"]);
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).contains("hint:"), "{}", stderr(&o));
    let o = card.run(&["limit", "nonsense", "1"]);
    assert_eq!(o.status.code(), Some(2));
    // None of that touched the card.
    let s = card.json(&["status"]);
    assert_eq!(s["limits"]["baseline_ratio"], 32);
    assert_eq!(s["limits"]["window_budget"], 4294967295u64);
}

/// A reader that closed its end before capfuse printed (`capfuse status |
/// head -1` once head has its line) ends capfuse as it ends every filter,
/// by SIGPIPE, not with a panic's exit 101 and backtrace.
#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let card = Card::new("pipe");
    card.ok(&["status"]);
    for args in [&["status"][..], &["--json", "status"], &["metrics"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = Command::new(BIN)
            .args(args)
            .env("CAPFUSE_RUNTIME_DIR", &card.dir)
            .stdout(writer)
            .output()
            .unwrap();
        let e = stderr(&o);
        assert!(!e.contains("panicked"), "{args:?}: {e}");
        assert_eq!(
            o.status.signal(),
            Some(libc::SIGPIPE),
            "{args:?}: {:?} {e}",
            o.status
        );
    }
    // The exporter has no JSON to give.
    let o = card.run(&["--json", "exporter", "--listen", "127.0.0.1:0"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn metrics_output_parses_as_openmetrics_text() {
    let card = Card::new("metrics");
    let text = card.ok(&["metrics"]);
    let mut families = std::collections::HashMap::new();
    let mut samples = 0;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.last(), Some(&"# EOF"), "{text}");
    for line in &lines[..lines.len() - 1] {
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, help) = rest.split_once(' ').unwrap();
            assert!(!help.is_empty());
            families.insert(name.to_string(), None);
        } else if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            assert!(["counter", "gauge"].contains(&kind), "{line}");
            assert!(families.contains_key(name), "TYPE before HELP: {line}");
            families.insert(name.to_string(), Some(kind.to_string()));
        } else {
            let (series, value) = line.rsplit_once(' ').unwrap();
            let name = series.split('{').next().unwrap();
            // OpenMetrics: a counter family `x` has the sample `x_total`.
            let family = match families.get(name) {
                Some(Some(kind)) => {
                    assert_eq!(kind, "gauge", "{line}");
                    name
                }
                _ => {
                    let family = name.strip_suffix("_total").unwrap_or(name);
                    assert_eq!(
                        families.get(family).cloned().flatten().as_deref(),
                        Some("counter"),
                        "{line}"
                    );
                    family
                }
            };
            assert!(family.starts_with("capfuse_"), "{line}");
            assert!(
                series.ends_with('}') && series.starts_with(&format!("{name}{{device=\"sim\",")),
                "{line}"
            );
            value.parse::<f64>().unwrap_or_else(|_| panic!("{line}"));
            samples += 1;
        }
    }
    assert!(samples >= 35, "{samples} samples: {text}");
    for family in [
        "capfuse_admitted_work_units",
        "capfuse_admitted_work_units_hi48",
        "capfuse_admitted_work_units_lo48",
        "capfuse_cum_budget_work_units",
        "capfuse_remaining_budget_work_units",
        "capfuse_state_cycles",
        "capfuse_tripped",
        "capfuse_last_grant_sequence",
    ] {
        assert!(families.contains_key(family), "{family} missing: {text}");
    }
    assert!(text.contains(",kind=\"baseline\"} 0.125"), "{text}");
    // The 96-bit budget (2^96 - 1 at power-up) in exact 48-bit parts.
    for part in ["hi48", "lo48"] {
        let prefix = format!("capfuse_cum_budget_work_units_{part}{{");
        let line = lines.iter().find(|l| l.starts_with(&prefix));
        assert!(
            line.is_some_and(|l| l.ends_with("} 281474976710655")),
            "{part}: {text}"
        );
    }
}

#[test]
fn kill_trips_and_irq_wait_returns() {
    let card = Card::new("kill");
    let o = card.run(&["irq-wait", "--timeout", "0.2"]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    card.ok(&["kill"]);
    let w = card.json(&["irq-wait", "--timeout", "5"]);
    assert_eq!(w["tripped"], true);
    assert_eq!(w["trips"][0]["reason"], "kill_reg");
    let s = card.json(&["status"]);
    assert_eq!(s["state"], "killed");
    assert_eq!(s["killed"], true);
}

#[test]
fn watch_prints_frames_and_stops_after_count() {
    let card = Card::new("watch");
    let out = card.ok(&["watch", "--count", "2", "--interval", "100"]);
    assert_eq!(out.matches("capfuse watch").count(), 2, "{out}");
    assert!(out.contains("work units/s"), "{out}");
}

#[test]
fn demo_runs() {
    let card = Card::new("demo");
    let out = card.ok(&["demo", "--pause", "0.3"]);
    for want in [
        "signed grant",
        "TRIPPED",
        "cumulative budget at cycle",
        "signature verified against the device key",
        "the card says: bad signature",
        "the card says: applied",
        "2 records verified",
        "KILLED",
    ] {
        assert!(out.contains(want), "missing {want}: {out}");
    }
    // Its private card is gone.
    let left: Vec<_> = std::fs::read_dir(&card.dir).unwrap().flatten().collect();
    assert!(left
        .iter()
        .all(|e| !e.file_name().to_string_lossy().starts_with("demo-")));
}

#[test]
fn sim_start_status_stop() {
    let card = Card::new("sim");
    let s = card.json(&["sim", "status"]);
    assert_eq!(s["running"], false);
    let st = card.json(&["sim", "start", "--scenario", &scenario("steady.toml")]);
    assert_eq!(st["started"], true);
    assert_eq!(st["info"]["scenario"], "steady");
    let pid = card.pid().expect("pid file");
    assert!(alive(pid));
    // A second start leaves the running card alone.
    let again = card.json(&["sim", "start"]);
    assert_eq!(again["started"], false);
    assert_eq!(card.pid(), Some(pid));
    // The scenario's budget write (at cycle 10) reached the card.
    std::thread::sleep(std::time::Duration::from_millis(50));
    let s = card.json(&["status"]);
    assert_eq!(s["limits"]["cum_budget"], "20000000");
    let stop = card.json(&["sim", "stop"]);
    assert_eq!(stop["stopped"], true);
    assert!(!alive(pid), "daemon {pid} still alive");
    assert!(!card.dir.join("sim.sock").exists());
    assert_eq!(card.json(&["sim", "status"])["running"], false);
    let o = card.run(&["sim", "start", "--scenario", "/nonexistent.toml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn an_interrupted_request_changes_nothing() {
    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::net::UnixStream;
    let card = Card::new("atomic");
    card.ok(&["sim", "start"]);
    let sock = card.dir.join("sim.sock");
    // A request cut off before its newline is dropped.
    {
        let mut s = UnixStream::connect(&sock).unwrap();
        s.write_all(b"w 0x28 0x10").unwrap();
    }
    // A whole request applies all its writes.
    let mut s = UnixStream::connect(&sock).unwrap();
    s.write_all(b"w 0x2c 0x0;r 0x28\n").unwrap();
    let mut line = String::new();
    BufReader::new(&s).read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "ok okay 0x20");
    let st = card.json(&["status"]);
    assert_eq!(st["limits"]["baseline_ratio"], 32);
}

fn scenario(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../sim/scenarios")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn list_shows_the_simulated_card() {
    let card = Card::new("list");
    let l = card.json(&["list"]);
    assert_eq!(l["devices"][0]["device"], "sim");
    assert_eq!(l["devices"][0]["running"], false);
    card.ok(&["sim", "start"]);
    let l = card.json(&["list"]);
    assert_eq!(l["devices"][0]["running"], true);
    assert_eq!(l["devices"][0]["info"]["engine"], "model");
    let text = card.ok(&["list"]);
    assert!(
        text.contains("DEVICE") && text.contains("simulated"),
        "{text}"
    );
}

#[test]
fn bench_reports_every_figure() {
    let card = Card::new("bench");
    let out = card.ok(&[
        "bench",
        "--ops",
        "200",
        "--runs",
        "2",
        "--crypto-runs",
        "1",
        "--no-verilator",
    ]);
    for what in [
        "in process: read32",
        "in process: write32",
        "daemon socket: read32",
        "daemon socket: write32",
        "`capfuse status` wall time",
        "`capfuse attest` wall time",
        "model engine: power-up key derivation",
        "model engine: attest",
        "model engine: grant check, 2 of 3 signatures",
    ] {
        assert!(out.contains(what), "missing {what}:\n{out}");
    }
    // Every access is a whole AXI4-Lite transaction on the card: a read is
    // the handshake's cycle, the decode's and the word's (ABI 0.4).
    assert!(out.contains("(3.0 card cycles/op)"), "{out}");
}
