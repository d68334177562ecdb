//! Helpers shared by the CLI's integration tests.

pub mod fleet;
pub mod prometheus;
pub mod tlog;

/// `capfuse grant new` with ordinary limits (1 G cumulative budget, 1 M per
/// 1 k-cycle window, ratios 256 and 16, expiry epoch 1 M) for `device_key`,
/// written to `out`.
#[allow(dead_code)]
pub fn grant_new_args<'a>(device_key: &'a str, out: &'a str) -> Vec<&'a str> {
    vec![
        "grant",
        "new",
        "--device-key",
        device_key,
        "--seq",
        "1",
        "--boot-epoch",
        "1",
        "--expiry-epoch",
        "1M",
        "--cum-budget",
        "1G",
        "--window-budget",
        "1M",
        "--window-len",
        "1k",
        "--baseline-ratio",
        "256",
        "--trip-ratio",
        "16",
        "--report-threshold",
        "1G",
        "--out",
        out,
    ]
}

/// A private runtime directory with its own simulated card (started by the
/// first command that needs it), which is also the commands' working
/// directory; stops the card and removes the directory on drop.
#[allow(dead_code)]
pub struct SimCard {
    /// The directory.
    pub dir: std::path::PathBuf,
}

#[allow(dead_code)]
impl SimCard {
    /// A fresh directory named after the test binary's process and `name`.
    pub fn new(name: &str) -> SimCard {
        let dir = std::env::temp_dir().join(format!("capfuse-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        SimCard { dir }
    }

    /// `capfuse ARGS` on this card, not started.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_capfuse"));
        c.args(args)
            .current_dir(&self.dir)
            .env("CAPFUSE_RUNTIME_DIR", &self.dir);
        c
    }

    /// Runs `capfuse ARGS` on this card.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        self.command(args).output().expect("run capfuse")
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "capfuse {args:?} failed ({}): {}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    /// Runs with `--json`, expects success; returns the object.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }

    /// The simulated card's process, if it runs.
    pub fn pid(&self) -> Option<u32> {
        std::fs::read_to_string(self.dir.join("sim.pid"))
            .ok()?
            .trim()
            .parse()
            .ok()
    }
}

impl Drop for SimCard {
    fn drop(&mut self) {
        let _ = self.run(&["sim", "stop"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A private temporary directory, removed on drop.
#[allow(dead_code)]
pub struct TempDir(pub std::path::PathBuf);

#[allow(dead_code)]
impl TempDir {
    /// A fresh directory named after `prefix`, the test process and `name`.
    pub fn new(prefix: &str, name: &str) -> TempDir {
        let d = std::env::temp_dir().join(format!("{prefix}-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        TempDir(d)
    }

    /// `name` inside it.
    pub fn path(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
