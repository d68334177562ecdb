//! Where the simulated card's socket, pid file and log live, and the checks
//! that keep that directory the user's own.
//!
//! The directory holds the simulated board's device seed (its identity)
//! and the socket every card command talks to, so whoever can write in it
//! can choose the card's key or stand in for the card. It must therefore be
//! a real directory (not a symbolic link), owned by the current user and
//! writable by nobody else, in a parent where no other user can rename or
//! replace it; when it is missing it is made with mode 0700. Every file the
//! card keeps in it is mode 0600 (the socket too), see
//! `capfuse_sim::daemon::private_file`.

#[cfg(feature = "sim")]
use std::os::unix::fs::DirBuilderExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::error::{exit, CliError};

/// Environment variable that overrides the runtime directory (tests use
/// it to keep their daemons apart).
pub const RUNTIME_DIR_ENV: &str = "CAPFUSE_RUNTIME_DIR";

/// The runtime directory: `$CAPFUSE_RUNTIME_DIR`, else
/// `$XDG_RUNTIME_DIR/capfuse`, else `capfuse-$UID` in the temporary
/// directory (`$TMPDIR`, else `/tmp`).
pub fn runtime_dir() -> PathBuf {
    if let Some(d) = std::env::var_os(RUNTIME_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("capfuse");
    }
    let uid = current_uid().map_or_else(|_| "unknown".to_string(), |u| u.to_string());
    std::env::temp_dir().join(format!("capfuse-{uid}"))
}

/// The effective uid of this process: the owner of `/proc/self`.
pub fn current_uid() -> std::io::Result<u32> {
    std::fs::metadata("/proc/self").map(|m| m.uid())
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
        self.dir.join(capfuse_driver::socket::SOCKET_FILE)
    }
    /// The daemon's pid file (also its lock: created exclusively).
    #[cfg(feature = "sim")]
    pub fn pid(&self) -> PathBuf {
        capfuse_sim::daemon::CardFiles::new(self.dir.clone()).pid()
    }
    /// The daemon's log (its stderr, which `capfuse sim start` sets).
    pub fn log(&self) -> PathBuf {
        self.dir.join("sim.log")
    }
    /// Makes the directory (mode 0700) if it is missing, then checks that
    /// it is private to the current user ([`check_private_dir`]).
    #[cfg(feature = "sim")]
    pub fn prepare(&self) -> Result<(), CliError> {
        if let Err(e) = std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir)
        {
            // An existing symbolic link or file is named by the check.
            if std::fs::symlink_metadata(&self.dir).is_err() {
                return Err(CliError::device(format!(
                    "cannot create the simulated card's directory {}: {e}",
                    self.dir.display()
                ))
                .hint(format!(
                    "set {RUNTIME_DIR_ENV} to a directory of your own (it is made with mode 0700)"
                )));
            }
        }
        check_private_dir(&self.dir)
    }
    /// Checks the directory if it exists; a missing one is fine (there is
    /// then no card to talk to).
    pub fn check_if_present(&self) -> Result<(), CliError> {
        match std::fs::symlink_metadata(&self.dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            _ => check_private_dir(&self.dir),
        }
    }
}

fn unsafe_dir(dir: &Path, what: String) -> CliError {
    CliError::new(
        exit::DEVICE,
        format!(
            "refusing the simulated card's directory {}: {what}; another user could choose the card's device seed or replace its socket",
            dir.display()
        ),
    )
    .hint(format!(
        "remove it if it is stale (`rm -r {}`), or set {RUNTIME_DIR_ENV} (or XDG_RUNTIME_DIR) to a directory of your own with mode 0700",
        dir.display()
    ))
}

/// Checks, without following a symbolic link at `dir`, that `dir` is a
/// directory owned by the current user and not writable by group or
/// others, and that its parent lets no other user rename or replace it
/// (owned by the user or root, and not writable by others unless sticky,
/// like `/tmp`).
pub fn check_private_dir(dir: &Path) -> Result<(), CliError> {
    let me = current_uid().map_err(|e| {
        CliError::device(format!("cannot tell the current user from /proc/self: {e}"))
            .hint("capfuse needs /proc mounted")
    })?;
    let meta = std::fs::symlink_metadata(dir).map_err(|e| {
        CliError::device(format!("cannot read {}: {e}", dir.display())).hint(format!(
            "set {RUNTIME_DIR_ENV} to a directory of your own with mode 0700"
        ))
    })?;
    let ft = meta.file_type();
    if ft.is_symlink() {
        return Err(unsafe_dir(dir, "it is a symbolic link".into()));
    }
    if !ft.is_dir() {
        return Err(unsafe_dir(dir, "it is not a directory".into()));
    }
    if meta.uid() != me {
        return Err(unsafe_dir(
            dir,
            format!("it belongs to uid {}, not to you (uid {me})", meta.uid()),
        ));
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o022 != 0 {
        return Err(unsafe_dir(
            dir,
            format!("it is writable by group or others (mode {mode:04o}; `chmod 700` it)"),
        ));
    }
    // The parent as named (`dir` may be relative: then the current one).
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if let Ok(pm) = std::fs::metadata(&parent) {
        let pmode = pm.mode() & 0o7777;
        let owner_ok = pm.uid() == me || pm.uid() == 0;
        let sticky = pmode & 0o1000 != 0;
        if !owner_ok || (pmode & 0o022 != 0 && !sticky) {
            return Err(unsafe_dir(
                dir,
                format!(
                    "its parent {} (uid {}, mode {pmode:04o}) lets another user rename or replace it",
                    parent.display(),
                    pm.uid()
                ),
            ));
        }
    }
    Ok(())
}
