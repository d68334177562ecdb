//! `capfuse ledger` (being written).

use crate::error::{CliError, Result};
use crate::Ctx;

/// Arguments (being written).
#[derive(clap::Args)]
pub struct Args {}

/// Runs `ledger`.
pub fn run(_: &Ctx, _: Args) -> Result<()> {
    Err(CliError::usage("not built yet"))
}
