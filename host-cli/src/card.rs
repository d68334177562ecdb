//! What the subcommands do with a fuse, over [`Regs`]: read everything at
//! once, tighten a limit, kill, wait for a trip. (The driver's typed `Fuse`
//! handle will take this over once it lands.)

use std::time::{Duration, Instant};

use capfuse_abi::{bit_names, err, reg, register_named, status, trip, FuseParams, Stricter};
use serde::Serialize;

use crate::device::Regs;
use crate::error::{exit, CliError, Result};
use crate::numbers::group;

/// Largest cumulative budget (96 bits).
pub const CUM_BUDGET_MAX: u128 = (1 << 96) - 1;

/// Everything the fuse reports, read in one go (counters from one snapshot).
#[derive(Clone, Debug, Serialize)]
pub struct Reading {
    /// `ID` register.
    pub id: u32,
    /// `VERSION` as `major.minor`.
    pub abi_version: String,
    /// Generator parameters from `CONFIG`.
    pub max_work_per_cycle: u16,
    /// Generator parameter: `BASELINE_RATIO` at power-up.
    pub power_up_baseline_ratio: u16,
    /// `STATUS` word.
    pub status: u32,
    /// `TRIP_REASON` word.
    pub trip_reason: u32,
    /// `ERR_CODE` word.
    pub err_code: u32,
    /// `REFUSED_WRITES`.
    pub refused_writes: u32,
    /// `INTR_STATE`.
    pub intr_state: u32,
    /// `INTR_ENABLE`.
    pub intr_enable: u32,
    /// `KILL`.
    pub kill: u32,
    /// `BASELINE_RATIO` (N/256).
    pub baseline_ratio: u32,
    /// `TRIP_RATIO` (N/256).
    pub trip_ratio: u32,
    /// `WINDOW_LEN` (cycles).
    pub window_len: u32,
    /// `WINDOW_BUDGET` (work units per window).
    pub window_budget: u32,
    /// Cumulative budget in force (work units, 96 bits).
    pub cum_budget: u128,
    /// Work units admitted since power-up (96 bits).
    pub cum_work: u128,
    /// Work units admitted in the current window.
    pub window_work: u32,
    /// Cycle index inside the current window.
    pub window_cycle: u32,
    /// Cycles since power-up.
    pub cycle: u64,
    /// Cycles with the enable high.
    pub enabled_cycles: u64,
    /// Cycles stopped.
    pub stopped_cycles: u64,
    /// Cycles held by the window budget.
    pub paced_cycles: u64,
    /// Cycles throttled by the ratio.
    pub throttled_cycles: u64,
    /// Cycle of each trip reason that is set, in `trip::NAMES` order.
    pub trip_cycles: [Option<u64>; 3],
}

impl Reading {
    /// Reads every register; counters come from one `SNAPSHOT`.
    pub fn read(r: &mut dyn Regs) -> Result<Reading> {
        r.write32(reg::SNAPSHOT, 1)?;
        let mut rd = |o: u16| r.read32(o);
        let w64 = |lo: u32, hi: u32| u64::from(lo) | (u64::from(hi) << 32);
        let w96 =
            |a: u32, b: u32, c: u32| u128::from(a) | (u128::from(b) << 32) | (u128::from(c) << 64);
        let id = rd(reg::ID)?;
        if id != capfuse_abi::FUSE_ID {
            return Err(CliError::device(format!(
                "the device answers ID {id:#010x}, not a capfuse fuse ({:#010x})",
                capfuse_abi::FUSE_ID
            ))
            .hint("check the --device address with `capfuse list`"));
        }
        let version = rd(reg::VERSION)?;
        let params = FuseParams::from_config_word(rd(reg::CONFIG)?);
        let trip_reason = rd(reg::TRIP_REASON)?;
        let mut trip_cycles = [None; 3];
        let tc = [
            (trip::CUM_BUDGET, reg::TRIP_CYCLE_CUM_BUDGET_0),
            (trip::KILL_REG, reg::TRIP_CYCLE_KILL_REG_0),
            (trip::KILL_PIN, reg::TRIP_CYCLE_KILL_PIN_0),
        ];
        for (i, (bit, off)) in tc.into_iter().enumerate() {
            if trip_reason & bit != 0 {
                trip_cycles[i] = Some(w64(rd(off)?, rd(off + 4)?));
            }
        }
        Ok(Reading {
            id,
            abi_version: format!("{}.{}", version >> 16, version & 0xffff),
            max_work_per_cycle: params.max_work_per_cycle,
            power_up_baseline_ratio: params.power_up_baseline_ratio,
            status: rd(reg::STATUS)?,
            trip_reason,
            err_code: rd(reg::ERR_CODE)?,
            refused_writes: rd(reg::REFUSED_WRITES)?,
            intr_state: rd(reg::INTR_STATE)?,
            intr_enable: rd(reg::INTR_ENABLE)?,
            kill: rd(reg::KILL)?,
            baseline_ratio: rd(reg::BASELINE_RATIO)?,
            trip_ratio: rd(reg::TRIP_RATIO)?,
            window_len: rd(reg::WINDOW_LEN)?,
            window_budget: rd(reg::WINDOW_BUDGET)?,
            cum_budget: w96(
                rd(reg::CUM_BUDGET_0)?,
                rd(reg::CUM_BUDGET_1)?,
                rd(reg::CUM_BUDGET_2)?,
            ),
            cum_work: w96(
                rd(reg::CUM_WORK_0)?,
                rd(reg::CUM_WORK_1)?,
                rd(reg::CUM_WORK_2)?,
            ),
            window_work: rd(reg::WINDOW_WORK)?,
            window_cycle: rd(reg::WINDOW_CYCLE)?,
            cycle: w64(rd(reg::CYCLE_0)?, rd(reg::CYCLE_1)?),
            enabled_cycles: w64(rd(reg::ENABLED_CYCLES_0)?, rd(reg::ENABLED_CYCLES_1)?),
            stopped_cycles: w64(rd(reg::STOPPED_CYCLES_0)?, rd(reg::STOPPED_CYCLES_1)?),
            paced_cycles: w64(rd(reg::PACED_CYCLES_0)?, rd(reg::PACED_CYCLES_1)?),
            throttled_cycles: w64(rd(reg::THROTTLED_CYCLES_0)?, rd(reg::THROTTLED_CYCLES_1)?),
            trip_cycles,
        })
    }

    /// Whether a trip reason is set.
    pub fn tripped(&self) -> bool {
        self.trip_reason != 0
    }

    /// The ratio in force: the lower of trip and baseline once tripped.
    pub fn effective_ratio(&self) -> u32 {
        if self.tripped() {
            self.trip_ratio.min(self.baseline_ratio)
        } else {
            self.baseline_ratio
        }
    }

    /// Work units still allowed.
    pub fn remaining_budget(&self) -> u128 {
        self.cum_budget.saturating_sub(self.cum_work)
    }

    /// Value of a limit.
    pub fn limit(&self, l: Limit) -> u128 {
        match l {
            Limit::BaselineRatio => self.baseline_ratio.into(),
            Limit::TripRatio => self.trip_ratio.into(),
            Limit::WindowLen => self.window_len.into(),
            Limit::WindowBudget => self.window_budget.into(),
            Limit::CumBudget => self.cum_budget,
        }
    }

    /// Names of the set `STATUS` bits, lower case.
    pub fn status_flags(&self) -> Vec<String> {
        let r = register_named("STATUS").expect("mapped");
        r.fields
            .iter()
            .filter(|f| self.status & f.mask() != 0)
            .map(|f| f.name.to_ascii_lowercase())
            .collect()
    }

    /// Set trip reasons with their cycles: `(key, description, cycle)`.
    pub fn trips(&self) -> Vec<(&'static str, &'static str, u64)> {
        let keys = ["cum_budget", "kill_reg", "kill_pin"];
        trip::NAMES
            .iter()
            .zip(keys)
            .zip(self.trip_cycles)
            .filter(|(((bit, _), _), _)| self.trip_reason & bit != 0)
            .map(|(((_, name), key), c)| (key, *name, c.unwrap_or(0)))
            .collect()
    }

    /// Descriptions of the set `ERR_CODE` bits.
    pub fn errors(&self) -> Vec<&'static str> {
        bit_names(self.err_code, err::NAMES)
    }

    /// Keys of the set `ERR_CODE` bits.
    pub fn error_keys(&self) -> Vec<String> {
        let r = register_named("ERR_CODE").expect("mapped");
        r.fields
            .iter()
            .filter(|f| self.err_code & f.mask() != 0)
            .map(|f| f.name.to_ascii_lowercase())
            .collect()
    }

    /// Whether the enable is stopped for good by a kill.
    pub fn killed(&self) -> bool {
        self.status & (status::KILLED | status::KILL_PIN) != 0
    }
}

/// A limit an operator can tighten.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Limit {
    /// Clock-enable ratio N/256 in normal operation (lower is stricter).
    BaselineRatio,
    /// Clock-enable ratio N/256 once tripped (lower is stricter).
    TripRatio,
    /// Pacing window length in cycles (longer is stricter).
    WindowLen,
    /// Work units per window (lower is stricter).
    WindowBudget,
    /// Cumulative budget in work units, 96 bits (lower is stricter).
    CumBudget,
}

impl Limit {
    /// Command-line name.
    pub fn name(self) -> &'static str {
        match self {
            Limit::BaselineRatio => "baseline-ratio",
            Limit::TripRatio => "trip-ratio",
            Limit::WindowLen => "window-len",
            Limit::WindowBudget => "window-budget",
            Limit::CumBudget => "cum-budget",
        }
    }

    /// Unit, for messages.
    pub fn unit(self) -> &'static str {
        match self {
            Limit::BaselineRatio | Limit::TripRatio => "/256",
            Limit::WindowLen => " cycles",
            Limit::WindowBudget | Limit::CumBudget => " work units",
        }
    }

    /// Which direction is stricter.
    pub fn stricter(self) -> Stricter {
        match self {
            Limit::WindowLen => Stricter::Higher,
            _ => Stricter::Lower,
        }
    }

    /// Valid range.
    pub fn range(self) -> (u128, u128) {
        match self {
            Limit::CumBudget => (0, CUM_BUDGET_MAX),
            _ => {
                let r = register_named(&self.name().replace('-', "_")).expect("mapped");
                (r.min.into(), r.max.into())
            }
        }
    }

    /// Formats a value with its unit.
    pub fn show(self, v: u128) -> String {
        match self {
            Limit::BaselineRatio | Limit::TripRatio => {
                format!("{v}/256 ({:.1} %)", v as f64 * 100.0 / 256.0)
            }
            _ => format!("{}{}", group(v), self.unit()),
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

/// Tightens a limit. A looser value is refused before anything is written
/// (a signed grant is the only way to loosen); an out-of-range value too.
/// Returns the outcome and the old value.
pub fn tighten(r: &mut dyn Regs, limit: Limit, value: u128) -> Result<(TightenOutcome, u128)> {
    let (lo, hi) = limit.range();
    if value < lo || value > hi {
        let hint = match limit {
            Limit::BaselineRatio | Limit::TripRatio => {
                "a ratio is N/256 with N in 0..=256: 256 is full speed, 128 half, 0 stopped".into()
            }
            Limit::WindowLen => "a window is 1 to 4 294 967 295 cycles long".into(),
            Limit::WindowBudget => "a window budget fits 32 bits (at most 4 294 967 295)".into(),
            Limit::CumBudget => format!("the cumulative budget is 96 bits (at most {hi:#x})"),
        };
        return Err(CliError::usage(format!(
            "{} {} is out of range ({}..={})",
            limit.name(),
            value,
            group(lo),
            group(hi)
        ))
        .hint(hint));
    }
    let now = Reading::read(r)?;
    let old = now.limit(limit);
    if value == old {
        return Ok((TightenOutcome::Unchanged, old));
    }
    if !limit.stricter().allows(old, value) {
        return Err(CliError::new(
            exit::REFUSED,
            format!(
                "refused: {} {} would loosen the limit in force ({}); loosening needs a signed grant",
                limit.name(),
                limit.show(value),
                limit.show(old)
            ),
        )
        .hint(format!(
            "the fuse only moves limits the stricter way ({} is stricter); a grant signed by the fuse's authority is the only way to loosen one; or choose a value {} {}",
            match limit.stricter() {
                Stricter::Higher => "higher",
                _ => "lower",
            },
            match limit.stricter() {
                Stricter::Higher => ">=",
                _ => "<=",
            },
            old
        )));
    }
    let refused_before = now.refused_writes;
    let writes: Vec<(u16, u32)> = match limit {
        Limit::CumBudget => vec![
            (reg::CUM_BUDGET_NEXT_0, value as u32),
            (reg::CUM_BUDGET_NEXT_1, (value >> 32) as u32),
            (reg::CUM_BUDGET_NEXT_2, (value >> 64) as u32),
            (reg::CUM_BUDGET_COMMIT, 1),
        ],
        Limit::BaselineRatio => vec![(reg::BASELINE_RATIO, value as u32)],
        Limit::TripRatio => vec![(reg::TRIP_RATIO, value as u32)],
        Limit::WindowLen => vec![(reg::WINDOW_LEN, value as u32)],
        Limit::WindowBudget => vec![(reg::WINDOW_BUDGET, value as u32)],
    };
    r.write_batch(&writes)?;
    let after = Reading::read(r)?;
    if after.refused_writes != refused_before {
        return Err(CliError::new(
            exit::REFUSED,
            format!(
                "the fuse refused the write ({}); {} is still {}",
                after.errors().join(", "),
                limit.name(),
                limit.show(after.limit(limit))
            ),
        )
        .hint("another client may have tightened it meanwhile; run `capfuse status`"));
    }
    Ok((TightenOutcome::Applied, old))
}

/// Writes the kill register. Returns whether the fuse was already killed.
pub fn kill(r: &mut dyn Regs) -> Result<bool> {
    let was = r.read32(reg::KILL)? & 1 != 0;
    r.write32(reg::KILL, 1)?;
    if r.read32(reg::KILL)? & 1 == 0 {
        return Err(CliError::device("the kill write did not take effect"));
    }
    Ok(was)
}

/// Waits until a trip reason is set (polling `INTR_STATE` and
/// `TRIP_REASON` every 5 ms). Returns the reading, or `None` on timeout.
pub fn wait_trip(r: &mut dyn Regs, timeout: Option<Duration>) -> Result<Option<Reading>> {
    let t0 = Instant::now();
    loop {
        if r.read32(reg::TRIP_REASON)? != 0 {
            return Ok(Some(Reading::read(r)?));
        }
        if timeout.is_some_and(|t| t0.elapsed() >= t) {
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}
