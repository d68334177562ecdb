//! `capfuse kill`: write the kill register (one way).

use serde_json::json;

use crate::card::kill;
use crate::error::Result;
use crate::output::{self, schema};
use crate::Ctx;

/// `kill` takes no arguments beyond the global ones.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `kill`.
pub fn run(ctx: &Ctx, _: Args) -> Result<()> {
    let mut fuse = ctx.device.open()?;
    let already = kill(&mut fuse)?;
    if ctx.json {
        output::print(
            schema::KILL,
            json!({ "killed": true, "already_killed": already }),
        );
    } else if already {
        println!("{}: already killed", fuse.describe());
    } else {
        println!(
            "{}: killed; the accelerator is stopped for good (only a power cycle restarts it)",
            fuse.describe()
        );
    }
    Ok(())
}
