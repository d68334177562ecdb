//! Where the simulated card's socket, pid file and log live.

use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

/// Environment variable that overrides the runtime directory (tests use
/// it to keep their daemons apart).
pub const RUNTIME_DIR_ENV: &str = "CAPFUSE_RUNTIME_DIR";

/// The runtime directory: `$CAPFUSE_RUNTIME_DIR`, else
/// `$XDG_RUNTIME_DIR/capfuse`, else `/tmp/capfuse-$UID`.
pub fn runtime_dir() -> PathBuf {
    if let Some(d) = std::env::var_os(RUNTIME_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("capfuse");
    }
    let uid = std::fs::metadata("/proc/self").map_or(0, |m| m.uid());
    PathBuf::from(format!("/tmp/capfuse-{uid}"))
}

/// Files of the simulated card in a runtime directory.
#[derive(Clone, Debug)]
pub struct SimPaths {
    /// The directory.
    pub dir: PathBuf,
}

impl SimPaths {
    /// Paths under `dir`.
    pub fn new(dir: PathBuf) -> Self {
        SimPaths { dir }
    }
    /// Paths under [`runtime_dir`].
    pub fn default_dir() -> Self {
        Self::new(runtime_dir())
    }
    /// The Unix socket the daemon serves.
    pub fn socket(&self) -> PathBuf {
        self.dir.join("sim.sock")
    }
    /// The daemon's pid file (also its lock: created exclusively).
    pub fn pid(&self) -> PathBuf {
        self.dir.join("sim.pid")
    }
    /// The daemon's log (its stderr).
    pub fn log(&self) -> PathBuf {
        self.dir.join("sim.log")
    }
}
