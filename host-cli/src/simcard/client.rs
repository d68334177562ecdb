//! The client side: [`SocketBar`] (register access over the daemon's
//! socket) and starting and stopping the daemon.

use std::io::{self, BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use capfuse_driver::{Bar, Error as DriverError, Result as DriverResult};
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

/// A request as quoted in an error: its first 200 characters.
fn shorten(line: &str) -> String {
    match line.char_indices().nth(200) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
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
    /// Connects to a running daemon, after checking that its directory is
    /// the user's own (else whoever owns it could stand in for the card).
    pub fn connect(paths: &SimPaths) -> Result<SocketBar> {
        paths.check_if_present()?;
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
    /// A dropped connection or a reply that is not `ok ...` is the driver's
    /// [`DriverError::Transport`].
    pub fn request(&mut self, line: &str) -> DriverResult<Vec<String>> {
        debug_assert!(!line.contains('\n'));
        // One write of the whole line, so the daemon sees it complete or
        // not at all.
        self.writer
            .write_all(format!("{line}\n").as_bytes())
            .map_err(|e| self.transport(e))?;
        let mut reply = String::new();
        let n = self
            .reader
            .read_line(&mut reply)
            .map_err(|e| self.transport(e))?;
        if n == 0 {
            return Err(self.transport(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed",
            )));
        }
        let mut words = reply.split_whitespace();
        match words.next() {
            Some("ok") => Ok(words.map(str::to_string).collect()),
            Some("err") => Err(self.transport(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "it refused the request `{}` (nothing of it was applied): {}",
                    shorten(line),
                    reply.trim_end()[3..].trim()
                ),
            ))),
            Some("fail") => Err(self.transport(io::Error::other(format!(
                "it failed midway through the request `{}` and stopped: {}",
                shorten(line),
                reply.trim_end()[4..].trim()
            )))),
            _ => Err(self.malformed(&reply)),
        }
    }

    fn transport(&self, source: io::Error) -> DriverError {
        DriverError::Transport {
            device: Bar::describe(self),
            source,
        }
    }

    fn malformed(&self, reply: &str) -> DriverError {
        self.transport(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("unexpected reply `{}`", reply.trim_end()),
        ))
    }
}

/// The simulated card behind the driver's seam: each call is one request
/// line, so a batch of writes is applied by the daemon back to back.
impl Bar for SocketBar {
    fn read32(&mut self, offset: u16) -> DriverResult<u32> {
        let w = self.request(&format!("r {offset:#x}"))?;
        match w.first().and_then(|v| super::parse_u32(v)) {
            Some(v) => Ok(v),
            None => Err(self.malformed(&w.join(" "))),
        }
    }

    /// Posted, as on PCIe: the daemon's `okay`/`slverr` is not looked at;
    /// a refusal shows in `ERR_CODE` and `REFUSED_WRITES`.
    fn write32(&mut self, offset: u16, value: u32) -> DriverResult<()> {
        self.request(&format!("w {offset:#x} {value:#x}"))
            .map(|_| ())
    }

    fn write_batch(&mut self, writes: &[(u16, u32)]) -> DriverResult<()> {
        if writes.is_empty() {
            return Ok(());
        }
        let line = writes
            .iter()
            .map(|(o, v)| format!("w {o:#x} {v:#x}"))
            .collect::<Vec<_>>()
            .join(";");
        self.request(&line).map(|_| ())
    }

    fn describe(&self) -> String {
        format!("simulated card ({})", self.paths.socket().display())
    }

    /// The daemon has no interrupt line to the client: sleep a little so
    /// [`capfuse_driver::Fuse::wait_trip`] polls `TRIP_REASON` every 5 ms.
    fn wait_irq(&mut self, timeout: Duration) -> DriverResult<bool> {
        std::thread::sleep(timeout.min(Duration::from_millis(5)));
        Ok(false)
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
    /// The authority key set the simulated bitstream is built with (none:
    /// no grant can ever be applied).
    pub authority_keys: Option<PathBuf>,
}

impl Default for StartOptions {
    fn default() -> Self {
        StartOptions {
            engine: EngineKind::Model,
            scenario: None,
            cycles_per_ms: super::daemon::DEFAULT_CYCLES_PER_MS,
            authority_keys: None,
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
    paths.prepare()?;
    if SocketBar::connect(paths).is_ok() {
        return Ok(None);
    }
    let log = crate::paths::private_file(&paths.log(), false).map_err(|e| {
        CliError::device(format!("cannot create {}: {e}", paths.log().display()))
            .hint("remove it, or set CAPFUSE_RUNTIME_DIR to a directory of your own")
    })?;
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.args(["sim", "serve", "--dir"])
        .arg(&paths.dir)
        .args(["--engine", opts.engine.name()])
        .args(["--cycles-per-ms", &opts.cycles_per_ms.to_string()]);
    if let Some(s) = &opts.scenario {
        cmd.arg("--scenario").arg(std::path::absolute(s)?);
    }
    if let Some(k) = &opts.authority_keys {
        cmd.arg("--authority-keys").arg(std::path::absolute(k)?);
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
    paths.check_if_present()?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixListener;

    /// A fake daemon on a private socket: answers each line with `reply`
    /// (or hangs up when `reply` is `None`) and hands back what it got.
    fn fake(
        name: &str,
        replies: Vec<Option<&'static str>>,
    ) -> (SimPaths, std::thread::JoinHandle<Vec<String>>) {
        let dir =
            std::env::temp_dir().join(format!("capfuse-client-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let paths = SimPaths::new(dir);
        let listener = UnixListener::bind(paths.socket()).unwrap();
        let t = std::thread::spawn(move || {
            let (s, _) = listener.accept().unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut w = s;
            let mut got = Vec::new();
            for reply in replies {
                let mut line = String::new();
                r.read_line(&mut line).unwrap();
                got.push(line.trim_end().to_string());
                match reply {
                    Some(text) => w.write_all(format!("{text}\n").as_bytes()).unwrap(),
                    None => break,
                }
            }
            got
        });
        (paths, t)
    }

    #[test]
    fn socket_bar_sends_a_batch_as_one_line() {
        let (paths, t) = fake("batch", vec![Some("ok okay okay"), Some("ok 0x2a")]);
        let mut bar = SocketBar::connect(&paths).unwrap();
        bar.write_batch(&[(0x40, 7), (0x4c, 1)]).unwrap();
        assert_eq!(bar.read32(0x28).unwrap(), 42);
        assert_eq!(t.join().unwrap(), ["w 0x40 0x7;w 0x4c 0x1", "r 0x28"]);
        let _ = std::fs::remove_dir_all(&paths.dir);
    }

    #[test]
    fn err_and_fail_replies_are_transport_errors_that_say_what_happened() {
        let (paths, t) = fake(
            "errfail",
            vec![
                Some("err request has 300 ops, more than the 256 allowed"),
                Some("fail the engine did not answer within 10000 cycles"),
            ],
        );
        let mut bar = SocketBar::connect(&paths).unwrap();
        let e = bar.read32(0x0).unwrap_err();
        assert!(matches!(e, DriverError::Transport { .. }), "{e}");
        let msg = crate::error::with_sources(&e);
        assert!(
            msg.contains("nothing of it was applied") && msg.contains("300 ops"),
            "{msg}"
        );
        let e = bar.write32(0x40, 5).unwrap_err();
        let msg = crate::error::with_sources(&e);
        assert!(
            msg.contains("failed midway") && msg.contains("10000 cycles"),
            "{msg}"
        );
        assert_eq!(CliError::from(e).code, exit::DEVICE);
        t.join().unwrap();
        let _ = std::fs::remove_dir_all(&paths.dir);
    }

    #[test]
    fn socket_bar_hang_up_is_a_transport_error() {
        let (paths, t) = fake("hangup", vec![Some("err bad offset"), None]);
        let mut bar = SocketBar::connect(&paths).unwrap();
        let e = bar.read32(0x1000).unwrap_err();
        assert!(matches!(e, DriverError::Transport { .. }), "{e}");
        let e = bar.read32(0x0).unwrap_err();
        assert!(matches!(e, DriverError::Transport { .. }), "{e}");
        assert!(e.to_string().contains("capfuse sim stop"), "{e}");
        let cli = CliError::from(e);
        assert_eq!(cli.code, exit::DEVICE);
        assert!(cli.hint.is_some());
        t.join().unwrap();
        let _ = std::fs::remove_dir_all(&paths.dir);
    }
}
