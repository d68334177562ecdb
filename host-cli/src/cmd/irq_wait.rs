//! `capfuse irq-wait`: block until the fuse trips.

use std::time::Duration;

use serde_json::json;

use crate::card::{wait_trip, StatusView};
use crate::error::{exit, CliError, Result};
use crate::numbers::{self, group};
use crate::output::{self, schema};
use crate::Ctx;

/// Arguments of `irq-wait`.
#[derive(clap::Args)]
pub struct Args {
    /// Give up after this many seconds, 0 to 1000000 (default: wait for
    /// ever). Fractions are allowed.
    #[arg(long, value_name = "SECONDS", value_parser = numbers::seconds(numbers::MAX_WAIT_SECONDS))]
    pub timeout: Option<f64>,
}

/// Runs `irq-wait`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let timeout = match a.timeout {
        // The parser bounds it; checked again so no value can panic here.
        Some(t) if (0.0..=numbers::MAX_WAIT_SECONDS).contains(&t) => {
            Some(Duration::from_secs_f64(t))
        }
        Some(t) => {
            return Err(CliError::usage(format!("--timeout {t} is not a duration"))
                .hint("give seconds, e.g. --timeout 2.5"))
        }
        None => None,
    };
    // On a VFIO card the wait sleeps on the MSI eventfd.
    let mut fuse = ctx.device.open_with_irq(true)?;
    match wait_trip(&mut fuse, timeout)? {
        Some(r) => {
            if ctx.json {
                output::print(
                    schema::IRQ_WAIT,
                    json!({
                        "tripped": true,
                        "trips": r.trips().iter().map(|(k, _, c)| json!({"reason": k, "cycle": c})).collect::<Vec<_>>(),
                        "cycle": r.counters.cycle,
                    }),
                );
            } else {
                for (_, name, c) in r.trips() {
                    println!("tripped: {name} at cycle {}", group(c.into()));
                }
            }
            Ok(())
        }
        None => Err(CliError::new(
            exit::TIMEOUT,
            format!("no trip within {} s", a.timeout.unwrap_or(0.0)),
        )),
    }
}
