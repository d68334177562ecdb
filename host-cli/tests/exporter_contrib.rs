//! The files in contrib/ that ship with the exporter: the Prometheus alert
//! rules (checked and unit-tested with `promtool`) and the systemd unit
//! (verified with `systemd-analyze verify`, hardening directives present).
//! A missing tool fails the test with the command that installs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn contrib() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../contrib")
}

/// Runs `tool args` in `dir`; a missing tool fails with the way to install it.
fn run(tool: &str, args: &[&str], dir: &Path) -> Output {
    Command::new(tool)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `{tool}` ({e}): run scripts/install-tools.sh (as root) to install it \
                 (Debian package {})",
                if tool == "promtool" {
                    "prometheus"
                } else {
                    "systemd"
                }
            )
        })
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn the_alert_rules_pass_promtool_check_and_their_unit_tests() {
    let dir = contrib().join("prometheus");
    let o = run("promtool", &["check", "rules", "capfuse.rules.yml"], &dir);
    assert!(o.status.success(), "promtool check rules: {}", text(&o));
    assert!(text(&o).contains("SUCCESS"), "{}", text(&o));
    let o = run(
        "promtool",
        &["test", "rules", "capfuse.rules.test.yml"],
        &dir,
    );
    assert!(o.status.success(), "promtool test rules: {}", text(&o));
    // Every alert of the rules file is exercised by the unit tests.
    let rules = std::fs::read_to_string(dir.join("capfuse.rules.yml")).unwrap();
    let tests = std::fs::read_to_string(dir.join("capfuse.rules.test.yml")).unwrap();
    let alerts: Vec<&str> = rules
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- alert: "))
        .collect();
    assert_eq!(alerts.len(), 6, "{alerts:?}");
    for a in alerts {
        assert!(
            tests.contains(&format!("alertname: {a}")),
            "{a} has no unit test"
        );
    }
}

#[test]
fn the_systemd_unit_verifies_and_is_hardened() {
    let unit = std::fs::read_to_string(contrib().join("systemd/capfuse-exporter.service")).unwrap();
    for directive in [
        "DynamicUser=yes",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "DevicePolicy=closed",
        "DeviceAllow=/dev/vfio/vfio rw",
        "DeviceAllow=char-vfio rw",
        "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
        "CapabilityBoundingSet=\n",
        "SystemCallFilter=@system-service",
    ] {
        assert!(unit.contains(directive), "missing {directive:?}");
    }
    assert!(unit.contains("ExecStart=/usr/local/bin/capfuse exporter "));
    // systemd-analyze checks that ExecStart is executable: point it at the
    // binary under test, in a scratch copy.
    let dir = std::env::temp_dir().join(format!("capfuse-unit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join("capfuse-exporter.service");
    std::fs::write(
        &copy,
        unit.replace("/usr/local/bin/capfuse", env!("CARGO_BIN_EXE_capfuse")),
    )
    .unwrap();
    let o = run("systemd-analyze", &["verify", copy.to_str().unwrap()], &dir);
    let _ = std::fs::remove_dir_all(&dir);
    // It reports a directive it does not understand on stderr and still
    // exits 0, so any output is a failure too.
    assert!(
        o.status.success() && text(&o).trim().is_empty(),
        "systemd-analyze verify: {}",
        text(&o)
    );
}
