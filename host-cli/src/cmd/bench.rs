//! `capfuse bench`: the operator path's figures — register reads and writes
//! through the `Bar` seam on the simulated card (in process, and through
//! the daemon's socket), and the wall time of `capfuse status`.

use std::process::Command;
use std::time::{Duration, Instant};

use capfuse_abi::reg;
use capfuse_driver::{Bar, SimBar};

use crate::error::Result;
use crate::paths::{SimPaths, RUNTIME_DIR_ENV};
use crate::simcard::client::{self, SocketBar, StartOptions};
use crate::Ctx;

/// Options of `bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Register operations per measurement.
    #[arg(long, default_value_t = 20_000)]
    ops: u32,
    /// Runs of `capfuse status` to time.
    #[arg(long, default_value_t = 20)]
    runs: u32,
}

/// Times `n` calls of `op`: (operations per second, mean microseconds).
fn time_ops(n: u32, mut op: impl FnMut() -> Result<()>) -> Result<(f64, f64)> {
    let t = Instant::now();
    for _ in 0..n {
        op()?;
    }
    let s = t.elapsed().as_secs_f64();
    Ok((f64::from(n) / s, s * 1e6 / f64::from(n)))
}

fn line(what: &str, (rate, us): (f64, f64), extra: &str) {
    println!("{what:<44} {rate:>12.0} ops/s  {us:>9.2} µs/op{extra}");
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `bench`.
pub fn run(_ctx: &Ctx, args: Args) -> Result<()> {
    let n = args.ops.max(1);
    println!("capfuse bench: register access through the Bar seam, and `capfuse status`");

    // In process: every access is a full AXI4-Lite transaction on the model.
    let mut sim = SimBar::model();
    let c0 = sim.cycle();
    let r = time_ops(n, || Ok(sim.read32(reg::ID).map(drop)?))?;
    let read_cycles = (sim.cycle() - c0) as f64 / f64::from(n);
    line(
        "simulated card, in process: read32",
        r,
        &format!("  ({read_cycles:.1} card cycles/op)"),
    );
    let c0 = sim.cycle();
    let w = time_ops(n, || Ok(sim.write32(reg::SNAPSHOT, 1)?))?;
    let write_cycles = (sim.cycle() - c0) as f64 / f64::from(n);
    line(
        "simulated card, in process: write32",
        w,
        &format!("  ({write_cycles:.1} card cycles/op)"),
    );

    // Through the daemon's Unix socket, on a private card.
    let dir = std::env::temp_dir().join(format!("capfuse-bench-{}", std::process::id()));
    let paths = SimPaths::new(dir.clone());
    client::start(&paths, &StartOptions::default())?;
    let result = (|| -> Result<()> {
        let mut bar = SocketBar::connect(&paths)?;
        line(
            "simulated card via daemon socket: read32",
            time_ops(n, || Ok(bar.read32(reg::ID).map(drop)?))?,
            "",
        );
        line(
            "simulated card via daemon socket: write32",
            time_ops(n, || Ok(bar.write32(reg::SNAPSHOT, 1)?))?,
            "",
        );
        let exe = std::env::current_exe()?;
        let mut times = Vec::new();
        for _ in 0..args.runs.max(1) {
            let t = Instant::now();
            let out = Command::new(&exe)
                .env(RUNTIME_DIR_ENV, &dir)
                .arg("status")
                .output()?;
            times.push(t.elapsed());
            if !out.status.success() {
                return Err(crate::error::CliError::device(format!(
                    "`capfuse status` failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                )));
            }
        }
        let min = times.iter().min().copied().unwrap_or_default();
        println!(
            "{:<44} median {:.2} ms, best {:.2} ms over {} runs",
            "`capfuse status` wall time (daemon running)",
            median(times).as_secs_f64() * 1e3,
            min.as_secs_f64() * 1e3,
            args.runs.max(1)
        );
        Ok(())
    })();
    let _ = client::stop(&paths);
    let _ = std::fs::remove_dir_all(&dir);
    result
}
