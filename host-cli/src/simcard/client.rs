//! The client side: connecting the driver's `SocketBar` to the card
//! process in a checked directory, and starting and stopping it.

#[cfg(feature = "sim")]
use std::os::unix::process::CommandExt;
#[cfg(feature = "sim")]
use std::path::PathBuf;
#[cfg(feature = "sim")]
use std::process::{Command, Stdio};
#[cfg(feature = "sim")]
use std::time::{Duration, Instant};

use capfuse_driver::socket::SocketBar;
use capfuse_driver::Error as DriverError;
#[cfg(feature = "sim")]
use capfuse_sim::EngineKind;
use serde_json::json;

#[cfg(feature = "sim")]
use crate::error::exit;
use crate::error::{CliError, Result};
use crate::paths::SimPaths;

#[cfg(feature = "sim")]
use capfuse_sim::daemon::{private_file, process_alive, read_pid};

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

/// Connects to a running card process, after checking that its directory
/// is the user's own (else whoever owns it could stand in for the card).
pub fn connect(paths: &SimPaths) -> Result<SocketBar> {
    paths.check_if_present()?;
    SocketBar::connect(&paths.socket()).map_err(|e| match e {
        DriverError::Transport { source, .. } => unavailable(paths, source),
        other => other.into(),
    })
}

/// Connects, starting the card process (model engine, default workload) if
/// none is running.
#[cfg(feature = "sim")]
pub fn connect_or_start(paths: &SimPaths) -> Result<SocketBar> {
    match connect(paths) {
        Ok(b) => Ok(b),
        Err(e) => {
            log::info!("no simulated card answers ({}); starting one", e.message);
            start(paths, &StartOptions::default())?;
            connect(paths)
        }
    }
}

/// Connects to a running card process: this build has no simulator to
/// start one with.
#[cfg(not(feature = "sim"))]
pub fn connect_or_start(paths: &SimPaths) -> Result<SocketBar> {
    connect(paths).map_err(|e| {
        e.hint(
            "this capfuse is built without the simulated card (feature `sim`), so it cannot \
             start one: start it with a full build's `capfuse sim start`, or use \
             `--device vfio:ADDRESS` for a real card",
        )
    })
}

#[cfg(feature = "sim")]
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

#[cfg(feature = "sim")]
impl Default for StartOptions {
    fn default() -> Self {
        StartOptions {
            engine: EngineKind::Model,
            scenario: None,
            cycles_per_ms: capfuse_sim::daemon::DEFAULT_CYCLES_PER_MS,
            authority_keys: None,
        }
    }
}

/// Daemon information from its `info` reply.
pub fn info(paths: &SimPaths) -> Result<Vec<(String, String)>> {
    Ok(connect(paths)?.info()?)
}

#[cfg(feature = "sim")]
/// Starts the daemon detached (its own process group, stdio to its log)
/// and waits until it answers. Returns its pid, or `None` if one was
/// already running.
pub fn start(paths: &SimPaths, opts: &StartOptions) -> Result<Option<u32>> {
    paths.prepare()?;
    if connect(paths).is_ok() {
        return Ok(None);
    }
    let log = private_file(&paths.log(), false).map_err(|e| {
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
    log::info!(
        "starting the simulated card: {:?} (its log: {})",
        cmd,
        paths.log().display()
    );
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
            if connect(paths).is_ok() {
                return Ok(None);
            }
            return Err(CliError::device(format!(
                "the simulated card exited at start ({status}): {}",
                log.trim()
            ))
            .hint("check the --scenario file with `capfuse-sim check FILE`"));
        }
        if connect(paths).is_ok() {
            log::info!(
                "the simulated card (pid {}) answered after {} ms",
                child.id(),
                t0.elapsed().as_millis()
            );
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

#[cfg(feature = "sim")]
/// Stops the daemon; returns its pid, or `None` if none was running.
pub fn stop(paths: &SimPaths) -> Result<Option<u32>> {
    paths.check_if_present()?;
    let pid = read_pid(&paths.pid());
    let Ok(mut bar) = connect(paths) else {
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
    bar.quit()?;
    let t0 = Instant::now();
    while let Some(p) = pid {
        if !process_alive(p) || t0.elapsed() > Duration::from_secs(5) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(pid)
}

fn get<'a>(info: &'a [(String, String)], k: &str) -> &'a str {
    info.iter()
        .find(|(key, _)| key == k)
        .map_or("?", |(_, v)| v.as_str())
}

/// One line about a running card process.
pub fn info_line(info: &[(String, String)]) -> String {
    format!(
        "pid {}, {} engine, scenario {}, cycle {}, {} cycles/ms{}",
        get(info, "pid"),
        get(info, "engine"),
        get(info, "scenario"),
        crate::numbers::group(get(info, "cycle").parse().unwrap_or(0)),
        get(info, "cycles_per_ms"),
        if get(info, "lagging") == "true" {
            " (engine slower than that)"
        } else {
            ""
        }
    )
}

/// The card process's info as JSON (numbers where they are numbers).
pub fn info_json(info: &[(String, String)]) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for (k, v) in info {
        let val = match v.parse::<u64>() {
            Ok(n) => json!(n),
            Err(_) => match v.as_str() {
                "true" => json!(true),
                "false" => json!(false),
                _ => json!(v),
            },
        };
        m.insert(k.clone(), val);
    }
    serde_json::Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;

    /// A card that is not there is a device error naming the socket, with
    /// the restart advice and the log.
    #[test]
    fn no_card_process_is_a_device_error_with_the_restart_hint() {
        let dir = std::env::temp_dir().join(format!("capfuse-client-{}-none", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::os::unix::fs::DirBuilderExt::mode(&mut std::fs::DirBuilder::new(), 0o700)
            .create(&dir)
            .unwrap();
        let paths = SimPaths::new(dir);
        let e = connect(&paths).unwrap_err();
        assert_eq!(e.code, exit::DEVICE);
        assert!(
            e.message.contains("sim.sock is not answering"),
            "{}",
            e.message
        );
        let hint = e.hint.unwrap_or_default();
        assert!(
            hint.contains("capfuse sim stop") && hint.contains("sim.log"),
            "{hint}"
        );
        let _ = std::fs::remove_dir_all(&paths.dir);
    }
}
