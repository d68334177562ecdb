//! The client side: [`SocketBar`] (register access over the daemon's
//! socket) and starting and stopping the daemon.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use capfuse_sim::EngineKind;

use crate::error::{exit, CliError, Result};
use crate::paths::SimPaths;

use super::daemon::{process_alive, read_pid};

/// Register access to the simulated card through its daemon.
pub struct SocketBar {
    paths: SimPaths,
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

fn unavailable(paths: &SimPaths, why: impl std::fmt::Display) -> CliError {
    CliError::device(format!(
        "the simulated card at {} is not answering: {why}",
        paths.socket().display()
    ))
    .hint(format!(
        "run `capfuse sim status`; its log is {}; `capfuse sim stop` then retry to start a fresh card",
        paths.log().display()
    ))
}

impl SocketBar {
    /// Connects to a running daemon.
    pub fn connect(paths: &SimPaths) -> Result<SocketBar> {
        let s = UnixStream::connect(paths.socket()).map_err(|e| unavailable(paths, e))?;
        s.set_read_timeout(Some(Duration::from_secs(10)))?;
        Ok(SocketBar {
            paths: paths.clone(),
            reader: BufReader::new(s.try_clone()?),
            writer: s,
        })
    }

    /// Connects, starting the daemon (model engine, default workload) if
    /// none is running.
    pub fn connect_or_start(paths: &SimPaths) -> Result<SocketBar> {
        match Self::connect(paths) {
            Ok(b) => Ok(b),
            Err(_) => {
                start(paths, &StartOptions::default())?;
                Self::connect(paths)
            }
        }
    }

    /// Sends one request line and returns the reply's words after `ok`.
    pub fn request(&mut self, line: &str) -> Result<Vec<String>> {
        debug_assert!(!line.contains('\n'));
        // One write of the whole line, so the daemon sees it complete or
        // not at all.
        self.writer
            .write_all(format!("{line}\n").as_bytes())
            .map_err(|e| unavailable(&self.paths, e))?;
        let mut reply = String::new();
        let n = self
            .reader
            .read_line(&mut reply)
            .map_err(|e| unavailable(&self.paths, e))?;
        if n == 0 {
            return Err(unavailable(&self.paths, "connection closed"));
        }
        let mut words = reply.split_whitespace();
        match words.next() {
            Some("ok") => Ok(words.map(str::to_string).collect()),
            Some("err") => Err(CliError::device(format!(
                "the simulated card refused the request `{line}`: {}",
                reply.trim_end()[3..].trim()
            ))),
            _ => Err(unavailable(
                &self.paths,
                format!("unexpected reply `{}`", reply.trim_end()),
            )),
        }
    }

    /// Reads a register.
    pub fn read32(&mut self, offset: u16) -> Result<u32> {
        let w = self.request(&format!("r {offset:#x}"))?;
        w.first()
            .and_then(|v| super::parse_u32(v))
            .ok_or_else(|| unavailable(&self.paths, "malformed read reply"))
    }

    /// Writes a register; returns whether the bus answered OKAY.
    pub fn write32(&mut self, offset: u16, value: u32) -> Result<bool> {
        let w = self.request(&format!("w {offset:#x} {value:#x}"))?;
        Ok(w.first().map(String::as_str) == Some("okay"))
    }

    /// Several writes applied back to back as one request.
    pub fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<Vec<bool>> {
        let line = writes
            .iter()
            .map(|(o, v)| format!("w {o:#x} {v:#x}"))
            .collect::<Vec<_>>()
            .join(";");
        Ok(self.request(&line)?.iter().map(|w| w == "okay").collect())
    }

    /// The socket path, for messages.
    pub fn describe(&self) -> String {
        format!("simulated card ({})", self.paths.socket().display())
    }
}

/// Options for starting the daemon.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// Engine.
    pub engine: EngineKind,
    /// Scenario file.
    pub scenario: Option<PathBuf>,
    /// Card clock in cycles per millisecond.
    pub cycles_per_ms: u64,
}

impl Default for StartOptions {
    fn default() -> Self {
        StartOptions {
            engine: EngineKind::Model,
            scenario: None,
            cycles_per_ms: super::daemon::DEFAULT_CYCLES_PER_MS,
        }
    }
}

/// Daemon information from its `info` reply.
pub fn info(paths: &SimPaths) -> Result<Vec<(String, String)>> {
    let mut bar = SocketBar::connect(paths)?;
    Ok(bar
        .request("info")?
        .into_iter()
        .filter_map(|kv| {
            kv.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect())
}

/// Starts the daemon detached (its own process group, stdio to its log)
/// and waits until it answers. Returns its pid, or `None` if one was
/// already running.
pub fn start(paths: &SimPaths, opts: &StartOptions) -> Result<Option<u32>> {
    if SocketBar::connect(paths).is_ok() {
        return Ok(None);
    }
    std::fs::create_dir_all(&paths.dir).map_err(|e| {
        CliError::device(format!("cannot create {}: {e}", paths.dir.display()))
            .hint("set CAPFUSE_RUNTIME_DIR to a writable directory")
    })?;
    let log = std::fs::File::create(paths.log())?;
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.args(["sim", "serve", "--dir"])
        .arg(&paths.dir)
        .args(["--engine", opts.engine.name()])
        .args(["--cycles-per-ms", &opts.cycles_per_ms.to_string()]);
    if let Some(s) = &opts.scenario {
        cmd.arg("--scenario").arg(std::path::absolute(s)?);
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .process_group(0)
        .spawn()?;
    // Verilator compiles the core on first use; allow for it.
    let limit = match opts.engine {
        EngineKind::Verilator => Duration::from_secs(600),
        _ => Duration::from_secs(30),
    };
    let t0 = Instant::now();
    while t0.elapsed() < limit {
        if let Some(status) = child.try_wait()? {
            let log = std::fs::read_to_string(paths.log()).unwrap_or_default();
            // Lost a race with another starter: theirs serves.
            if SocketBar::connect(paths).is_ok() {
                return Ok(None);
            }
            return Err(CliError::device(format!(
                "the simulated card exited at start ({status}): {}",
                log.trim()
            ))
            .hint("check the --scenario file with `capfuse-sim check FILE`"));
        }
        if SocketBar::connect(paths).is_ok() {
            return Ok(Some(child.id()));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Err(CliError::new(
        exit::DEVICE,
        format!(
            "the simulated card did not answer within {} s",
            limit.as_secs()
        ),
    )
    .hint(format!("see its log, {}", paths.log().display())))
}

/// Stops the daemon; returns its pid, or `None` if none was running.
pub fn stop(paths: &SimPaths) -> Result<Option<u32>> {
    let pid = read_pid(&paths.pid());
    let Ok(mut bar) = SocketBar::connect(paths) else {
        if let Some(p) = pid.filter(|&p| process_alive(p)) {
            return Err(CliError::device(format!(
                "a simulated card process (pid {p}) exists but does not answer on {}",
                paths.socket().display()
            ))
            .hint(format!("stop it with `kill {p}`")));
        }
        let _ = std::fs::remove_file(paths.pid());
        let _ = std::fs::remove_file(paths.socket());
        return Ok(None);
    };
    bar.request("quit")?;
    let t0 = Instant::now();
    while let Some(p) = pid {
        if !process_alive(p) || t0.elapsed() > Duration::from_secs(5) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(pid)
}
