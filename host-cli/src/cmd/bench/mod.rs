//! `capfuse bench`: the operator path's figures — register reads and writes
//! through the `Bar` seam on the simulated card (in process, and through
//! the daemon's socket), the wall time of `capfuse status` and `capfuse
//! attest`, and the card's key derivation, attest and grant check per
//! simulator engine.

use std::process::Command;
use std::time::{Duration, Instant};

use capfuse_abi::{reg, FuseParams};
use capfuse_driver::{Bar, Fuse};
use capfuse_sim::card::CardParams;
use capfuse_sim::EngineKind;
use capfuse_sim::SimBar;

use crate::error::Result;
use crate::paths::{SimPaths, RUNTIME_DIR_ENV};
use crate::simcard::client::{self, StartOptions};
use crate::Ctx;
use capfuse_progress as progress;

mod fleet;
mod fleet_audit;
mod fleet_gen;

/// Options of `bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Register operations per measurement (1 to 10000000).
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    ops: u32,
    /// Runs of `capfuse status` to time (1 to 10000).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    runs: u32,
    /// Attests and grants per engine in the crypto section (1 to 1000).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1_000))]
    crypto_runs: u32,
    /// Skip the Verilator engine in the crypto section (it compiles the
    /// card on first use, a few minutes).
    #[arg(long)]
    no_verilator: bool,
    /// Scrapes of `capfuse exporter` to time (1 to 100000).
    #[arg(long, default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    scrapes: u32,
    /// Run only the exporter section (scrape latency and bus cost).
    #[arg(long)]
    exporter_only: bool,
    /// Run only the fleet-audit section: generate a fleet of card logs,
    /// serve it with nginx on loopback and time full, incremental and
    /// nothing-new audits of every card (docs/PERFORMANCE.md).
    #[arg(long)]
    fleet_only: bool,
    #[command(flatten)]
    fleet: fleet::FleetArgs,
}

/// Times `scrapes` scrapes of `capfuse exporter` on the simulated card in
/// `dir` and prints the latency and the bus operations per scrape.
fn exporter_section(dir: &std::path::Path, scrapes: u32) -> Result<()> {
    let f = crate::cmd::exporter::bench::measure(&std::env::current_exe()?, dir, scrapes as usize)?;
    println!(
        "{:<44} median {:.3} ms, p99 {:.3} ms, max {:.3} ms over {} scrapes ({} bytes each)",
        "`capfuse exporter` scrape (HTTP, daemon)",
        f.median.as_secs_f64() * 1e3,
        f.p99.as_secs_f64() * 1e3,
        f.max.as_secs_f64() * 1e3,
        f.scrapes,
        f.bytes
    );
    println!(
        "{:<44} {:.1} reads, {:.1} SNAPSHOT writes, {:.1} other writes per scrape",
        "`capfuse exporter` bus cost on the card", f.reads, f.snapshot_writes, f.other_writes
    );
    Ok(())
}

/// Times `n` calls of `op` (shown as stage `what` on a terminal):
/// (operations per second, mean microseconds).
fn time_ops(what: &str, n: u32, mut op: impl FnMut() -> Result<()>) -> Result<(f64, f64)> {
    progress::run(what, || {
        let t = Instant::now();
        for _ in 0..n {
            op()?;
        }
        let s = t.elapsed().as_secs_f64();
        Ok((f64::from(n) / s, s * 1e6 / f64::from(n)))
    })
}

fn line(what: &str, (rate, us): (f64, f64), extra: &str) {
    println!("{what:<44} {rate:>12.0} ops/s  {us:>9.2} µs/op{extra}");
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `cmd` (the `capfuse` subcommand `name`) `runs` times under the
/// progress stage `what` and returns the median and the best wall time;
/// a failed run is an error with its stderr.
fn time_runs(what: &str, name: &str, cmd: &mut Command, runs: u32) -> Result<(Duration, Duration)> {
    let mut times = Vec::new();
    let mut stage = progress::Progress::new();
    stage.stage(what);
    for _ in 0..runs {
        let t = Instant::now();
        let out = cmd.output()?;
        times.push(t.elapsed());
        if !out.status.success() {
            return Err(crate::error::CliError::device(format!(
                "`capfuse {name}` failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )));
        }
    }
    drop(stage);
    let min = times.iter().min().copied().unwrap_or_default();
    Ok((median(times), min))
}

/// Runs `status` (a `capfuse status` command) `runs` times and prints the
/// median and best wall time under `what`.
fn time_status(what: &str, status: &mut Command, runs: u32) -> Result<()> {
    let (median, min) = time_runs(what, "status", status, runs)?;
    println!(
        "{what:<44} median {:.2} ms, best {:.2} ms over {runs} runs",
        median.as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3,
    );
    Ok(())
}

/// The driver's seam with no batched read: every register is a request of
/// its own, as before `Bar::read_batch`.
struct OneByOne<'a, B: Bar>(&'a mut B);

impl<B: Bar> Bar for OneByOne<'_, B> {
    fn read32(&mut self, offset: u16) -> capfuse_driver::Result<u32> {
        self.0.read32(offset)
    }
    fn write32(&mut self, offset: u16, value: u32) -> capfuse_driver::Result<()> {
        self.0.write32(offset, value)
    }
    fn describe(&self) -> String {
        self.0.describe()
    }
}

/// Times `Fuse::status` through `bar`, its reads as one batch (one socket
/// request) and one request per register, alternately in one run.
fn status_batched_vs_one_by_one<B: Bar>(bar: &mut B, n: u32) -> Result<()> {
    let (mut batched, mut single) = (Duration::ZERO, Duration::ZERO);
    progress::run("daemon socket: Fuse::status", || -> Result<()> {
        for _ in 0..n {
            let t = Instant::now();
            Fuse::new_unchecked(&mut *bar).status()?;
            batched += t.elapsed();
            let t = Instant::now();
            Fuse::new_unchecked(OneByOne(&mut *bar)).status()?;
            single += t.elapsed();
        }
        Ok(())
    })?;
    for (what, total) in [("batched", batched), ("one per read", single)] {
        let us = total.as_secs_f64() * 1e6 / f64::from(n);
        line(
            &format!("daemon socket: Fuse::status, {what}"),
            (1e6 / us, us),
            "",
        );
    }
    Ok(())
}

/// Runs `bench`.
pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    if ctx.json {
        return Err(crate::error::CliError::usage("bench has no JSON output")
            .hint("run `capfuse bench` without --json"));
    }
    let n = args.ops.max(1);
    if args.fleet_only {
        return fleet::run(&args.fleet);
    }
    if args.exporter_only {
        let dir = std::env::temp_dir().join(format!("capfuse-bench-{}", std::process::id()));
        let paths = SimPaths::new(dir.clone());
        client::start(&paths, &StartOptions::default())?;
        let result = exporter_section(&dir, args.scrapes);
        let _ = client::stop(&paths);
        let _ = std::fs::remove_dir_all(&dir);
        return result;
    }
    println!("capfuse bench: register access through the Bar seam, and `capfuse status`");

    // In process: every access is a full AXI4-Lite transaction on the model.
    let mut sim = SimBar::model();
    let c0 = sim.cycle();
    let r = time_ops("in process: read32", n, || {
        Ok(sim.read32(reg::ID).map(drop)?)
    })?;
    let read_cycles = (sim.cycle() - c0) as f64 / f64::from(n);
    line(
        "simulated card, in process: read32",
        r,
        &format!("  ({read_cycles:.1} card cycles/op)"),
    );
    let c0 = sim.cycle();
    let w = time_ops("in process: write32", n, || {
        Ok(sim.write32(reg::SNAPSHOT, 1)?)
    })?;
    let write_cycles = (sim.cycle() - c0) as f64 / f64::from(n);
    line(
        "simulated card, in process: write32",
        w,
        &format!("  ({write_cycles:.1} card cycles/op)"),
    );

    // Through the daemon's Unix socket, on a private card.
    let dir = std::env::temp_dir().join(format!("capfuse-bench-{}", std::process::id()));
    let paths = SimPaths::new(dir.clone());
    progress::run("starting a private simulated card", || {
        client::start(&paths, &StartOptions::default())
    })?;
    let result = (|| -> Result<()> {
        let mut bar = client::connect(&paths)?;
        line(
            "simulated card via daemon socket: read32",
            time_ops("daemon socket: read32", n, || {
                Ok(bar.read32(reg::ID).map(drop)?)
            })?,
            "",
        );
        line(
            "simulated card via daemon socket: write32",
            time_ops("daemon socket: write32", n, || {
                Ok(bar.write32(reg::SNAPSHOT, 1)?)
            })?,
            "",
        );
        status_batched_vs_one_by_one(&mut bar, args.runs.max(1) * 10)?;
        let exe = std::env::current_exe()?;
        let mut status = Command::new(&exe);
        status.env(RUNTIME_DIR_ENV, &dir).arg("status");
        time_status(
            "`capfuse status` wall time (daemon running)",
            &mut status,
            args.runs.max(1),
        )?;
        exporter_section(&dir, args.scrapes)?;
        let key = {
            let mut f = Fuse::open(client::connect(&paths)?)?;
            crate::ledger::hex(&f.device_key(Duration::from_secs(60))?)
        };
        let runs = args.crypto_runs.max(1);
        let mut attest = Command::new(&exe);
        attest
            .env(RUNTIME_DIR_ENV, &dir)
            .args(["attest", "--no-ledger", "--device-key", &key]);
        let (median, min) = time_runs("`capfuse attest` wall time", "attest", &mut attest, runs)?;
        println!(
            "{:<44} median {:.0} ms, best {:.0} ms over {runs} runs (target <= 2 s)",
            "`capfuse attest` wall time (daemon, 1 M cycles/s)",
            median.as_secs_f64() * 1e3,
            min.as_secs_f64() * 1e3,
        );
        Ok(())
    })();
    let _ = client::stop(&paths);
    let _ = std::fs::remove_dir_all(&dir);
    result?;
    #[cfg(feature = "serial")]
    if !args.no_verilator {
        serial_bench(n.min(2_000), args.runs.max(1))?;
    }
    let mut engines = vec![EngineKind::Model];
    if !args.no_verilator {
        engines.push(EngineKind::Verilator);
    }
    println!(
        "\ncrypto on the simulated card, in process (card cycles are the same on every engine):"
    );
    for kind in engines {
        crypto_bench(kind, args.crypto_runs.max(1))?;
    }
    Ok(())
}

/// Register round trips over a serial line: the emitted iCE40 board top
/// under Verilator behind a pseudo-terminal, through the driver's
/// `SerialBar` at 115200 baud, as on a real breakout's `/dev/ttyUSB1`
/// (whose line time, about 0.7 ms a read, the simulation does not have).
#[cfg(feature = "serial")]
fn serial_bench(n: u32, runs: u32) -> Result<()> {
    use capfuse_driver::serial::{SerialBar, DEFAULT_REPLY_TIMEOUT};
    use capfuse_hdl::board::{Board, BoardOptions};
    let fail = |e: anyhow::Error| crate::error::CliError::device(format!("{e:#}"));
    let board = progress::run("starting the iCE40 board under Verilator", || {
        capfuse_sim::board_pty::PtyBoard::start(Board::Ice40Hx8k, &BoardOptions::default(), None)
    })
    .map_err(fail)?;
    let result = (|| -> Result<()> {
        let mut bar = SerialBar::open(board.path(), 115_200, DEFAULT_REPLY_TIMEOUT)?;
        println!(
            "\nboard over a serial line ({}, the emitted iCE40 top under Verilator):",
            board.device()
        );
        let c0 = board.cycles();
        let r = time_ops("serial: read32", n, || Ok(bar.read32(reg::ID).map(drop)?))?;
        let per = (board.cycles() - c0) as f64 / f64::from(n);
        line(
            "serial: read32 round trip",
            r,
            &format!("  ({per:.0} board cycles/op)"),
        );
        line(
            "serial: write32 round trip",
            time_ops("serial: write32", n, || Ok(bar.write32(reg::SNAPSHOT, 1)?))?,
            "",
        );
        drop(bar);
        let mut status = Command::new(std::env::current_exe()?);
        status.args(["--device", &board.device(), "status"]);
        time_status(
            "`capfuse status` wall time (serial board)",
            &mut status,
            runs,
        )
    })();
    board.stop().map_err(fail)?;
    result
}

/// Power-up key derivation, attest and a 2-of-3 grant check on one engine
/// of the whole card, stepped in process (no pacing).
fn crypto_bench(kind: EngineKind, runs: u32) -> Result<()> {
    use capfuse_abi::formats::{grant_flag, grant_verdict, Grant, GrantBody, SlotSignature};
    use ed25519_dalek::{Signer, SigningKey};
    let authorities: Vec<SigningKey> = (1..=3u8)
        .map(|i| SigningKey::from_bytes(&[i; 32]))
        .collect();
    let params = CardParams {
        fuse: FuseParams::DEFAULT,
        seed: [0x5e; 32],
        boot_epoch: 1,
        authority_keys: authorities
            .iter()
            .map(|k| k.verifying_key().to_bytes())
            .collect(),
        threshold: 2,
    };
    let mut stage = progress::Progress::new();
    stage.stage(format!("{} engine: power-up key derivation", kind.name()));
    let t = Instant::now();
    let bar = SimBar::card(kind, params).map_err(crate::error::CliError::from)?;
    let built = t.elapsed();
    let mut fuse = Fuse::open(bar)?;
    // Power-up raises no interrupt: poll CRYPTO_STATUS (each read is a
    // few card cycles, so the count is exact to a read).
    let c0 = fuse.bar().cycle();
    let t = Instant::now();
    while !fuse.crypto_status()?.key_ready() {
        if t.elapsed() > Duration::from_secs(600) {
            return Err(crate::error::CliError::new(
                crate::error::exit::TIMEOUT,
                format!("{} engine: no device key after 600 s", kind.name()),
            ));
        }
    }
    let (up, up_cycles) = (t.elapsed(), fuse.bar().cycle() - c0);
    let key = fuse.device_key(Duration::from_secs(1))?;
    let label = |what: &str| format!("{} engine: {what}", kind.name());
    drop(stage);
    println!(
        "{:<50} {:>7.0} ms  {:>9} cycles  (engine ready in {:.1} s)",
        label("power-up key derivation"),
        up.as_secs_f64() * 1e3,
        up_cycles,
        built.as_secs_f64()
    );
    let mut times = Vec::new();
    let mut cycles = 0;
    let mut stage = progress::Progress::new();
    stage.stage(label("attest"));
    for i in 0..runs {
        let c0 = fuse.bar().cycle();
        let t = Instant::now();
        fuse.attest(&[i as u8 + 1; 32], Duration::from_secs(600))?;
        times.push(t.elapsed());
        cycles = fuse.bar().cycle() - c0;
    }
    drop(stage);
    println!(
        "{:<50} {:>7.0} ms  {:>9} cycles  (median of {runs}, incl. register reads)",
        label("attest"),
        median(times).as_secs_f64() * 1e3,
        cycles
    );
    let mut times = Vec::new();
    let mut cycles = 0;
    let mut stage = progress::Progress::new();
    stage.stage(label("grant check, 2 of 3 signatures"));
    for i in 0..runs {
        let body = GrantBody {
            flags: grant_flag::CLEAR_TRIP,
            device_key: key,
            seq: u64::from(i) + 1,
            boot_epoch: 1,
            expiry_epoch: u64::MAX,
            limits: capfuse_abi::formats::Limits {
                cum_budget: capfuse_abi::formats::MAX_96,
                window_budget: u32::MAX,
                window_len: 1,
                baseline_ratio: 256,
                trip_ratio: 0,
                report_threshold: capfuse_abi::formats::MAX_96,
            },
            revoke_slot: 0,
        };
        let msg = body.to_bytes();
        let grant = Grant {
            body,
            signatures: [0u8, 2]
                .iter()
                .map(|&s| SlotSignature {
                    slot: s,
                    signature: authorities[s as usize].sign(&msg).to_bytes(),
                })
                .collect(),
        };
        let c0 = fuse.bar().cycle();
        let t = Instant::now();
        let out = fuse.apply_grant(&grant, Duration::from_secs(600))?;
        times.push(t.elapsed());
        cycles = fuse.bar().cycle() - c0;
        if out.verdict != grant_verdict::APPLIED {
            return Err(crate::error::CliError::new(
                crate::error::exit::FAILURE,
                format!("bench grant refused: {}", grant_verdict::name(out.verdict)),
            ));
        }
    }
    drop(stage);
    println!(
        "{:<50} {:>7.0} ms  {:>9} cycles  (median of {runs}; {:.2} ms at 100 MHz)",
        label("grant check, 2 of 3 signatures"),
        median(times).as_secs_f64() * 1e3,
        cycles,
        cycles as f64 / 100e3
    );
    Ok(())
}
