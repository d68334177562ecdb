//! `capfuse limit <name> <value>`: tighten a limit.

use serde_json::json;

use crate::card::{self, tighten, Limit, LimitText, TightenOutcome};
use crate::error::Result;
use crate::numbers;
use crate::output::{self, schema};
use crate::Ctx;

/// Arguments of `limit`.
#[derive(clap::Args)]
pub struct Args {
    /// The limit to tighten.
    #[arg(value_parser = limit_parser())]
    pub name: Limit,
    /// New value: 1000, 1_000_000, 0x3e8, 20M, 4Ki... Ratios are N/256.
    #[arg(allow_hyphen_values = true)]
    pub value: String,
}

/// The driver's limits by their command-line names (listed in `--help`
/// and in the error for an unknown one).
fn limit_parser() -> impl clap::builder::TypedValueParser<Value = Limit> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(Limit::ALL.map(Limit::cli_name))
        .try_map(|s| s.parse::<Limit>())
}

/// Runs `limit`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    // Parse before touching the card: a malformed value changes nothing.
    let value = numbers::parse(&a.value)?;
    card::check_range(a.name, value)?;
    let mut fuse = ctx.device.open()?;
    let (outcome, old) = tighten(&mut fuse, a.name, value)?;
    if ctx.json {
        output::print(
            schema::LIMIT,
            json!({
                "limit": a.name.cli_name(),
                "old": old.to_string(),
                "new": value.to_string(),
                "outcome": outcome,
            }),
        );
    } else {
        match outcome {
            TightenOutcome::Applied => println!(
                "{}: {} -> {}",
                a.name.cli_name(),
                a.name.show(old),
                a.name.show(value)
            ),
            TightenOutcome::Unchanged => {
                println!("{}: already {}", a.name.cli_name(), a.name.show(value))
            }
        }
    }
    Ok(())
}
