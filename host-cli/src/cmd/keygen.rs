//! `capfuse keygen` (being written).

use crate::error::{CliError, Result};
use crate::Ctx;

/// Arguments (being written).
#[derive(clap::Args)]
pub struct Args {}

/// Runs `keygen`.
pub fn run(_: &Ctx, _: Args) -> Result<()> {
    Err(CliError::usage("not built yet"))
}
