//! `capfuse demo`: a guided run on a private simulated card, so a newcomer
//! sees metering, pacing, a trip, a refused loosening and a kill in well
//! under a minute. Each step names the command that does the same on any
//! card.

use std::time::Duration;

use capfuse_driver::{Fuse, Status};

use crate::card::{kill, tighten, wait_trip, Limit, StatusView};
use crate::cmd::status::{ratio, state_line};
use crate::error::{exit, CliError, Result};
use crate::numbers::group;
use crate::paths::SimPaths;
use crate::simcard::client::{self, StartOptions};
use crate::simcard::SocketBar;
use crate::Ctx;

/// Arguments of `demo`.
#[derive(clap::Args)]
pub struct Args {
    /// Seconds to let the card run between steps.
    #[arg(long, default_value_t = 2.0, value_name = "SECONDS")]
    pub pause: f64,
}

/// Stops the demo's card however the demo ends.
struct CardGuard(SimPaths);

impl Drop for CardGuard {
    fn drop(&mut self) {
        let _ = client::stop(&self.0);
        let _ = std::fs::remove_dir_all(&self.0.dir);
    }
}

fn step(title: &str, command: &str) {
    println!("\n== {title}");
    if !command.is_empty() {
        println!("   $ capfuse {command}");
    }
}

fn show(r: &Status) {
    let c = &r.counters;
    println!("   state      {}", state_line(r));
    println!("   cycle      {} cycles", group(c.cycle.into()));
    println!("   work       {} work units admitted", group(c.cum_work));
    println!("   ratio      {}", ratio(r.effective_ratio()));
    println!(
        "   cycles     {} enabled, {} throttled, {} paced, {} stopped",
        group(c.enabled_cycles.into()),
        group(c.throttled_cycles.into()),
        group(c.paced_cycles.into()),
        group(c.stopped_cycles.into())
    );
    for (_, name, c) in r.trips() {
        println!("   trip       {name} at cycle {}", group(c.into()));
    }
}

/// Runs `demo`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    if ctx.json {
        return Err(CliError::usage("demo has no JSON output").hint("run it without --json"));
    }
    if !(a.pause.is_finite() && a.pause >= 0.0) {
        return Err(CliError::usage("--pause must be a number of seconds"));
    }
    let pause = Duration::from_secs_f64(a.pause);
    let paths =
        SimPaths::new(crate::paths::runtime_dir().join(format!("demo-{}", std::process::id())));
    let _guard = CardGuard(paths.clone());
    println!("capfuse demo: a private simulated card (model engine, random work 0..=1 024 units per cycle,");
    println!("100 000 cycles per second); your own `--device sim` card is not touched.");
    client::start(&paths, &StartOptions::default())?;
    let fuse = &mut Fuse::open(SocketBar::connect(&paths)?)?;

    step(
        "1. Metering: the card ships throttled to its power-up ratio",
        "status",
    );
    std::thread::sleep(pause);
    show(&fuse.status()?);

    step(
        "2. Loosening is refused: only a signed grant can raise a limit",
        "limit baseline-ratio 256",
    );
    match tighten(fuse, Limit::BaselineRatio, 256) {
        Err(e) if e.code == exit::REFUSED => {
            println!("   error: {}", e.message);
            if let Some(h) = e.hint {
                println!("   hint: {h}");
            }
        }
        Err(e) => return Err(e),
        Ok(_) => {
            return Err(CliError::new(
                exit::FAILURE,
                "the fuse accepted a loosening",
            ))
        }
    }
    let r = fuse.status()?;
    println!(
        "   baseline ratio is still {}; refused writes on the card: {}",
        ratio(r.limits.baseline_ratio),
        r.refused_writes
    );

    step(
        "3. Pacing: at most 20 000 work units per 1 000-cycle window",
        "limit window-len 1000 && capfuse limit window-budget 20k",
    );
    tighten(fuse, Limit::WindowLen, 1000)?;
    tighten(fuse, Limit::WindowBudget, 20_000)?;
    std::thread::sleep(pause);
    show(&fuse.status()?);

    let budget = fuse.counters()?.cum_work + 4_000_000;
    step(
        "4. A cumulative budget 4 M work units above what was admitted so far",
        &format!("limit cum-budget {budget}"),
    );
    tighten(fuse, Limit::CumBudget, budget)?;
    println!("   waiting for the trip ...");
    println!("   $ capfuse irq-wait --timeout 60");
    let Some(r) = wait_trip(fuse, Some(Duration::from_secs(60)))? else {
        return Err(CliError::new(
            exit::TIMEOUT,
            "the card did not trip within 60 s",
        ));
    };
    show(&r);
    println!(
        "   admitted {} of a budget of {}: the fuse stopped before the cycle that could cross it",
        group(r.counters.cum_work),
        group(r.limits.cum_budget)
    );

    step("5. Kill: stop the accelerator for good", "kill");
    kill(fuse)?;
    std::thread::sleep(pause / 2);
    show(&fuse.status()?);

    step("Done", "");
    println!("   Try it on the shared simulated card: `capfuse status`, `capfuse watch`,");
    println!("   `capfuse limit trip-ratio 0`, `capfuse metrics`; `capfuse sim stop` resets it.");
    Ok(())
}
