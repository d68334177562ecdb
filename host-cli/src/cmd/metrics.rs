//! `capfuse metrics`: the card's metric set once, as the OpenMetrics text
//! that `capfuse exporter` serves (the same families, built by the same
//! function: [`crate::metric_set::MetricSet::add_card`]).

use crate::card::StatusView;
use crate::error::Result;
use crate::metric_set::{device_key_prefix, CardIdentity, MetricSet};
use crate::Ctx;

/// `metrics` takes no arguments beyond the global ones.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `metrics`.
pub fn run(ctx: &Ctx, _: Args) -> Result<()> {
    let mut fuse = ctx.device.open()?;
    let r = fuse.status()?;
    let card = CardIdentity {
        device: ctx.device.device.to_string(),
        device_key: device_key_prefix(&mut fuse)?,
        abi_version: r.abi_version(),
    };
    let mut set = MetricSet::new();
    set.add_card(&card, &r);
    print!("{}", set.encode());
    Ok(())
}
