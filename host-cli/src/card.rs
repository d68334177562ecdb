//! The CLI's side of a fuse: the limits as the command line names them, how
//! a [`Status`] is shown, and the driver's errors worded for an operator.
//! The fuse logic itself (reading everything from one snapshot, tightening
//! with the refusal checks, kill, waiting for a trip) is the driver's
//! [`capfuse_driver::Fuse`], the same on the simulated card and on VFIO.

use std::time::Duration;

use capfuse_abi::{register_named, Stricter};
use capfuse_driver::regs::{StatusBit, TripReasonBit};
use capfuse_driver::{regs, Bar, Error as DriverError, Fuse, Status, TripReasons};
use serde::Serialize;

use crate::error::{exit, CliError, Result};
use crate::numbers::group;

/// A fuse on whichever card `--device` selected.
pub type Card = Fuse<Box<dyn Bar>>;

/// What the subcommands show of a [`Status`] beyond its fields.
pub trait StatusView {
    /// `VERSION` as `major.minor`.
    fn abi_version(&self) -> String;
    /// Names of the set `STATUS` fields, lower case.
    fn status_flags(&self) -> Vec<String>;
    /// Set trip reasons with their cycles: `(key, description, cycle)`.
    fn trips(&self) -> Vec<(&'static str, &'static str, u64)>;
    /// Descriptions of the set `ERR_CODE` bits.
    fn errors(&self) -> Vec<&'static str>;
    /// Keys of the set `ERR_CODE` fields, lower case.
    fn error_keys(&self) -> Vec<String>;
    /// Whether the enable is stopped for good (kill register or kill pin).
    fn killed(&self) -> bool;
}

fn field_keys(register: &str, word: u32) -> Vec<String> {
    register_named(register)
        .map(|r| {
            r.fields
                .iter()
                .filter(|f| word & f.mask() != 0)
                .map(|f| f.name.to_ascii_lowercase())
                .collect()
        })
        .unwrap_or_default()
}

impl StatusView for Status {
    fn abi_version(&self) -> String {
        format!("{}.{}", self.version.0, self.version.1)
    }

    fn status_flags(&self) -> Vec<String> {
        field_keys("STATUS", self.flags.bits())
    }

    fn trips(&self) -> Vec<(&'static str, &'static str, u64)> {
        let c = self.trip_cycles;
        self.trip_reasons
            .iter()
            .map(|bit| {
                let cycle = match bit {
                    TripReasonBit::CumBudget => c.cum_budget,
                    TripReasonBit::KillReg => c.kill_reg,
                    TripReasonBit::KillPin => c.kill_pin,
                    TripReasonBit::LicenseExpired => c.license,
                    // Decommissioning has no timestamp.
                    TripReasonBit::Decommissioned => None,
                };
                let name = TripReasons(bit.mask())
                    .names()
                    .first()
                    .copied()
                    .unwrap_or("");
                (bit.key(), name, cycle.unwrap_or(0))
            })
            .collect()
    }

    fn errors(&self) -> Vec<&'static str> {
        self.err_code.names()
    }

    fn error_keys(&self) -> Vec<String> {
        field_keys("ERR_CODE", self.err_code.bits())
    }

    fn killed(&self) -> bool {
        self.flags.iter().any(|b| match b {
            StatusBit::Killed | StatusBit::KillPin | StatusBit::Decommissioned => true,
            StatusBit::Enabled
            | StatusBit::Tripped
            | StatusBit::Capped
            | StatusBit::Paced
            | StatusBit::Throttled
            | StatusBit::Held
            | StatusBit::WorkClamped => false,
        })
    }
}

/// A limit an operator can tighten: the driver's, named on the command line
/// by its `cli_name` (`baseline-ratio`, ...).
pub use capfuse_driver::Limit;

/// The command line's words for a limit's values: units and ranges.
pub trait LimitText: Copy {
    /// Unit, for messages.
    fn unit(self) -> &'static str;
    /// Formats a value with its unit.
    fn show(self, v: u128) -> String;
    /// What the valid values are, for a refusal's hint.
    fn range_hint(self, max: u128) -> String;
}

impl LimitText for Limit {
    fn unit(self) -> &'static str {
        match self {
            Limit::BaselineRatio | Limit::TripRatio => "/256",
            Limit::WindowLen => " cycles",
            Limit::WindowBudget | Limit::CumBudget | Limit::ReportThreshold => " work units",
        }
    }

    fn show(self, v: u128) -> String {
        match self {
            Limit::BaselineRatio | Limit::TripRatio => {
                format!("{v}/256 ({:.1} %)", v as f64 * 100.0 / 256.0)
            }
            Limit::WindowLen | Limit::WindowBudget | Limit::CumBudget | Limit::ReportThreshold => {
                format!("{}{}", group(v), self.unit())
            }
        }
    }

    fn range_hint(self, max: u128) -> String {
        match self {
            Limit::BaselineRatio | Limit::TripRatio => {
                "a ratio is N/256 with N in 0..=256: 256 is full speed, 128 half, 0 stopped".into()
            }
            Limit::WindowLen => "a window is 1 to 4 294 967 295 cycles long".into(),
            Limit::WindowBudget => "a window budget fits 32 bits (at most 4 294 967 295)".into(),
            Limit::CumBudget => format!("the cumulative budget is 96 bits (at most {max:#x})"),
            Limit::ReportThreshold => {
                format!("the report threshold is 96 bits (at most {max:#x})")
            }
        }
    }
}

/// What [`tighten`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TightenOutcome {
    /// The new value is in force.
    Applied,
    /// The value equals the one in force; nothing was written.
    Unchanged,
}

/// Refuses a value outside the limit's register range (a usage error, exit
/// 2, with the range and a hint), before anything is opened or written.
pub fn check_range(limit: Limit, value: u128) -> Result<()> {
    let (min, max) = limit.range();
    if (min..=max).contains(&value) {
        return Ok(());
    }
    Err(CliError::usage(format!(
        "{} {} is out of range ({}..={})",
        limit.cli_name(),
        value,
        group(min),
        group(max)
    ))
    .hint(limit.range_hint(max)))
}

/// Tightens a limit with the driver's [`Fuse::tighten`] (which refuses a
/// looser or out-of-range value before writing anything and checks that the
/// card took the write), wording its refusals for the command line.
/// Returns the outcome and the old value.
pub fn tighten<B: Bar>(
    fuse: &mut Fuse<B>,
    limit: Limit,
    value: u128,
) -> Result<(TightenOutcome, u128)> {
    match fuse.tighten(limit, value) {
        Ok(t) if t.previous == t.now => Ok((TightenOutcome::Unchanged, t.previous)),
        Ok(t) => Ok((TightenOutcome::Applied, t.previous)),
        Err(DriverError::InvalidLimitValue { .. }) => Err(check_range(limit, value).unwrap_err()),
        Err(DriverError::LooserNeedsGrant { current, .. }) => {
            let higher = limit.stricter() == Stricter::Higher;
            Err(CliError::new(
                exit::REFUSED,
                format!(
                    "refused: {} {} would loosen the limit in force ({}); loosening needs a signed grant",
                    limit.cli_name(),
                    limit.show(value),
                    limit.show(current)
                ),
            )
            .hint(format!(
                "the fuse only moves limits the stricter way ({} is stricter); a grant signed by the fuse's authority is the only way to loosen one; or choose a value {} {}",
                if higher { "higher" } else { "lower" },
                if higher { ">=" } else { "<=" },
                current
            )))
        }
        Err(DriverError::Superseded { current, .. }) => Err(CliError::new(
            exit::REFUSED,
            format!(
                "{} {} was superseded: another client set a stricter value meanwhile; \
                 the limit in force ({}) is stricter than asked",
                limit.cli_name(),
                limit.show(value),
                limit.show(current)
            ),
        )
        .hint("the fuse keeps the strictest value written; run `capfuse status`")),
        Err(DriverError::WriteRefused { reasons, .. }) => {
            let now = fuse.limit(limit)?;
            Err(CliError::new(
                exit::REFUSED,
                format!(
                    "the fuse refused the write ({reasons}); {} is still {}",
                    limit.cli_name(),
                    limit.show(now)
                ),
            )
            .hint("another client may have tightened it meanwhile; run `capfuse status`"))
        }
        Err(e) => Err(e.into()),
    }
}

/// Sets the kill register with the driver's [`Fuse::kill`] (which checks
/// that the kill trip reason is set). Returns whether it was already set.
pub fn kill<B: Bar>(fuse: &mut Fuse<B>) -> Result<bool> {
    let was = regs::KILL.read(fuse.bar_mut())? & 1 != 0;
    fuse.kill()?;
    Ok(was)
}

/// Waits with the driver's [`Fuse::wait_trip`] (on VFIO, sleeping on the
/// MSI eventfd) until the fuse trips, for ever if `timeout` is `None`.
/// Returns the status once tripped, or `None` on timeout.
pub fn wait_trip<B: Bar>(fuse: &mut Fuse<B>, timeout: Option<Duration>) -> Result<Option<Status>> {
    let tripped = match timeout {
        Some(t) => fuse.wait_trip(t)?.is_some(),
        None => loop {
            if fuse.wait_trip(Duration::from_secs(3600))?.is_some() {
                break true;
            }
        },
    };
    if tripped {
        Ok(Some(fuse.status()?))
    } else {
        Ok(None)
    }
}
