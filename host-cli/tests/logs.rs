//! `-v`/`-vv`/`RUST_LOG`: the driver's and the CLI's log records go to
//! stderr, never into stdout or `--json`, and without them a successful
//! command is quiet on stderr.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

struct Card {
    dir: PathBuf,
}

impl Card {
    fn new(name: &str) -> Card {
        let dir = std::env::temp_dir().join(format!("capfuse-logs-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Card { dir }
    }

    fn run_env(&self, args: &[&str], rust_log: Option<&str>) -> Output {
        let mut c = Command::new(BIN);
        c.args(args).env("CAPFUSE_RUNTIME_DIR", &self.dir);
        match rust_log {
            Some(v) => c.env("RUST_LOG", v),
            None => c.env_remove("RUST_LOG"),
        };
        c.output().expect("run capfuse")
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_env(args, None)
    }
}

impl Drop for Card {
    fn drop(&mut self) {
        let _ = self.run(&["sim", "stop"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(o: &Output, what: &str) {
    assert!(
        o.status.success(),
        "{what}: {} {}",
        o.status,
        text(&o.stderr)
    );
}

#[test]
fn verbose_logs_go_to_stderr_and_leave_stdout_alone() {
    let card = Card::new("verbose");
    // The first command starts the card: -v says so, and that it opened it.
    let first = card.run(&["-v", "limit", "baseline-ratio", "16"]);
    ok(&first, "first limit");
    let e = text(&first.stderr);
    assert!(
        e.contains("INFO  capfuse::simcard::client] starting the simulated card"),
        "{e}"
    );
    assert!(
        e.contains("INFO  capfuse_driver::socket] opened simulated card"),
        "{e}"
    );
    assert!(!e.contains("DEBUG"), "-v shows no debug records: {e}");

    // Same command, same stdout, with and without -v; quiet without.
    let quiet = card.run(&["limit", "baseline-ratio", "16"]);
    ok(&quiet, "quiet limit");
    assert!(quiet.stderr.is_empty(), "stderr: {}", text(&quiet.stderr));
    let loud = card.run(&["-v", "limit", "baseline-ratio", "16"]);
    ok(&loud, "verbose limit");
    assert_eq!(text(&quiet.stdout), text(&loud.stdout));
    assert!(!loud.stderr.is_empty());

    // -vv adds the driver's steps.
    let vv = card.run(&["-vv", "limit", "window-len", "2000"]);
    ok(&vv, "-vv limit");
    let e = text(&vv.stderr);
    assert!(
        e.contains("DEBUG capfuse_driver::fuse] simulated card"),
        "{e}"
    );
    assert!(e.contains("writing WINDOW_LEN 2000 (was 1)"), "{e}");
    assert!(
        !text(&vv.stdout).contains("capfuse_driver"),
        "{}",
        text(&vv.stdout)
    );

    // A refused loosening is logged by the driver, and still exits 3.
    let refused = card.run(&["-v", "limit", "baseline-ratio", "100"]);
    assert_eq!(refused.status.code(), Some(3));
    let e = text(&refused.stderr);
    assert!(
        e.contains("INFO  capfuse_driver::fuse] ")
            && e.contains("BASELINE_RATIO 100 is looser than 16 in force; not written"),
        "{e}"
    );

    // --json stays one JSON document on stdout with -vv.
    let json = card.run(&["-vv", "--json", "status"]);
    ok(&json, "-vv --json status");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("stdout is only JSON");
    assert_eq!(v["limits"]["baseline_ratio"], 16);
    assert!(text(&json.stderr).contains("opened simulated card"));
    let quiet_json = card.run(&["--json", "status"]);
    ok(&quiet_json, "--json status");
    assert!(quiet_json.stderr.is_empty(), "{}", text(&quiet_json.stderr));
}

#[test]
fn rust_log_selects_records_without_v() {
    let card = Card::new("rustlog");
    ok(&card.run(&["status"]), "start");
    let o = card.run_env(&["limit", "trip-ratio", "0"], Some("capfuse_driver=debug"));
    ok(&o, "limit with RUST_LOG");
    let e = text(&o.stderr);
    assert!(e.contains("DEBUG capfuse_driver::fuse]"), "{e}");
    assert!(!e.contains(" capfuse]"), "only the driver's records: {e}");
    // An empty RUST_LOG is the default: quiet on success.
    let o = card.run_env(&["status"], Some(""));
    ok(&o, "status with empty RUST_LOG");
    assert!(o.stderr.is_empty(), "{}", text(&o.stderr));
}
