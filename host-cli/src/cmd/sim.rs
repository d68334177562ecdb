//! `capfuse sim start|stop|status`: the simulated card's daemon.

use std::path::PathBuf;

use capfuse_sim::EngineKind;
use serde_json::json;

use crate::error::{CliError, Result};
use crate::output::{self, schema};
use crate::paths::SimPaths;
use crate::simcard::client::{self, info_json, info_line, StartOptions};
use crate::Ctx;
use capfuse_sim::daemon::{self, CardFiles, ServeOptions, DEFAULT_CYCLES_PER_MS};

/// The `sim` subcommands.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Start the simulated card (does nothing if it is running).
    Start(StartArgs),
    /// Stop the simulated card; its state is lost.
    Stop,
    /// Is it running, on which engine, at which cycle?
    Status,
    /// Run the card in the foreground (what `start` spawns).
    #[command(hide = true)]
    Serve(ServeArgs),
}

/// Arguments of `sim start`.
#[derive(clap::Args)]
pub struct StartArgs {
    /// Scenario file giving the design, workload and timed actions
    /// (docs/scenarios.md); default: uniform random work 0..=1024 per cycle.
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// Engine: model (plain Rust), rtl (rust-hdl design) or verilator.
    #[arg(long, default_value = "model")]
    pub engine: EngineKind,
    /// Card clock: cycles per millisecond of wall time, 1 to 1000000 (a
    /// 1 GHz card clock).
    #[arg(long, default_value_t = DEFAULT_CYCLES_PER_MS, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub cycles_per_ms: u64,
    /// Authority key set the simulated bitstream is built with (`capfuse
    /// grant keyset` writes one); without it no grant can be applied.
    #[arg(long, value_name = "KEYSET")]
    pub authority_keys: Option<PathBuf>,
}

/// Arguments of `sim serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// Runtime directory (socket, pid file).
    #[arg(long)]
    pub dir: PathBuf,
    #[command(flatten)]
    pub start: StartArgs,
}

/// Runs a `sim` subcommand.
pub fn run(ctx: &Ctx, c: Command) -> Result<()> {
    let paths = SimPaths::default_dir();
    match c {
        Command::Start(a) => {
            if let Some(s) = &a.scenario {
                // The scenario loader would block on a FIFO.
                crate::files::check_regular(s)
                    .map_err(|e| CliError::usage(format!("--scenario {}: {e}", s.display())))?;
                capfuse_sim::scenario::Scenario::load(s).map_err(|e| {
                    CliError::usage(e.to_string())
                        .hint("see docs/scenarios.md; `capfuse-sim check FILE` checks a file")
                })?;
            }
            if a.cycles_per_ms == 0 {
                return Err(CliError::usage("--cycles-per-ms must be at least 1"));
            }
            if let Some(k) = &a.authority_keys {
                crate::authority::files::read_keyset(k)?;
            }
            let started = client::start(
                &paths,
                &StartOptions {
                    engine: a.engine,
                    scenario: a.scenario,
                    cycles_per_ms: a.cycles_per_ms,
                    authority_keys: a.authority_keys,
                },
            )?;
            let info = client::info(&paths)?;
            if ctx.json {
                output::print(
                    schema::SIM_START,
                    json!({ "started": started.is_some(), "info": info_json(&info) }),
                );
            } else if started.is_some() {
                println!("simulated card started: {}", info_line(&info));
            } else {
                println!(
                    "simulated card already running: {} (stop it first to change engine or scenario)",
                    info_line(&info)
                );
            }
            Ok(())
        }
        Command::Stop => {
            let pid = client::stop(&paths)?;
            if ctx.json {
                output::print(
                    schema::SIM_STOP,
                    json!({ "stopped": pid.is_some(), "pid": pid }),
                );
            } else {
                match pid {
                    Some(p) => println!("simulated card stopped (pid {p})"),
                    None => println!("no simulated card was running"),
                }
            }
            Ok(())
        }
        Command::Status => {
            // A directory that is not the user's own is an error, not "not running".
            paths.check_if_present()?;
            let info = client::info(&paths).ok();
            if ctx.json {
                output::print(
                    schema::SIM_STATUS,
                    json!({
                        "running": info.is_some(),
                        "socket": paths.socket(),
                        "info": info.as_ref().map(|i| info_json(i)),
                    }),
                );
            } else {
                match &info {
                    Some(i) => println!("running: {}", info_line(i)),
                    None => println!(
                        "not running (socket {}); `capfuse sim start` or any card command starts it",
                        paths.socket().display()
                    ),
                }
            }
            Ok(())
        }
        Command::Serve(a) => {
            // The directory holds the card's identity: it must be ours.
            SimPaths::new(a.dir.clone()).prepare()?;
            let authority = match &a.start.authority_keys {
                Some(f) => {
                    let set = crate::authority::files::read_keyset(f)?;
                    Some((set.keys().to_vec(), set.threshold()))
                }
                None => None,
            };
            daemon::serve(&ServeOptions {
                paths: CardFiles::new(a.dir),
                engine: a.start.engine,
                scenario: a.start.scenario,
                cycles_per_ms: a.start.cycles_per_ms,
                authority,
            })
            .map_err(CliError::from)
        }
    }
}
