//! The [`Fuse`] handle: status, tightening limits, kill, interrupts, on top
//! of the typed registers and any [`Bar`].

use std::fmt;
use std::time::{Duration, Instant};

use capfuse_abi::{intr, reg, register_at, trip, FuseParams, Stricter, FUSE_ID};

use crate::regs;
use crate::{bar, Bar, Error, Result};

macro_rules! bit_set {
    ($(#[doc = $doc:literal])* $name:ident, $bit:ty) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(pub u32);

        impl $name {
            /// The raw register bits.
            pub fn bits(self) -> u32 {
                self.0
            }
            /// True if every bit of `mask` is set.
            pub fn contains(self, mask: u32) -> bool {
                self.0 & mask == mask
            }
            /// True if no bit is set.
            pub fn is_empty(self) -> bool {
                self.0 == 0
            }
            /// Labels of the set bits, least significant first.
            pub fn names(self) -> Vec<&'static str> {
                self.iter().map(<$bit>::label).collect()
            }
            /// The set bits, typed, least significant first.
            pub fn iter(self) -> impl Iterator<Item = $bit> {
                <$bit>::ALL.into_iter().filter(move |b| self.0 & b.mask() != 0)
            }
            /// True if `bit` is set.
            pub fn has(self, bit: $bit) -> bool {
                self.0 & bit.mask() != 0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let names = self.names();
                if names.is_empty() {
                    f.write_str("none")
                } else {
                    f.write_str(&names.join(", "))
                }
            }
        }
    };
}

bit_set!(
    /// `TRIP_REASON`: why the fuse tripped (sticky); bits in `capfuse_abi::trip`.
    TripReasons,
    regs::TripReasonBit
);
bit_set!(
    /// `ERR_CODE`: why bus writes were refused; bits in `capfuse_abi::err`.
    ErrCode,
    regs::ErrCodeBit
);
bit_set!(
    /// `STATUS`: why the enable is low or throttled now, and sticky flags;
    /// bits in `capfuse_abi::status`, names generated from the map's fields.
    StatusFlags,
    regs::StatusBit
);

/// A limit the host may tighten.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// `BASELINE_RATIO`: clock-enable ratio N/256 in normal operation.
    BaselineRatio,
    /// `TRIP_RATIO`: ratio N/256 once tripped.
    TripRatio,
    /// `WINDOW_LEN`: pacing window in cycles (longer is stricter).
    WindowLen,
    /// `WINDOW_BUDGET`: work units per window.
    WindowBudget,
    /// `CUM_BUDGET`: cumulative work budget (96 bits); staged then committed.
    CumBudget,
    /// `REPORT_THRESHOLD`: cumulative work at which the card signs a report
    /// by itself (96 bits; lower is stricter); staged then committed.
    ReportThreshold,
}

impl Limit {
    /// Every limit.
    pub const ALL: [Limit; 6] = [
        Limit::BaselineRatio,
        Limit::TripRatio,
        Limit::WindowLen,
        Limit::WindowBudget,
        Limit::CumBudget,
        Limit::ReportThreshold,
    ];

    /// The abi name (`"BASELINE_RATIO"`, ..., `"CUM_BUDGET"`).
    pub fn name(self) -> &'static str {
        match self {
            Limit::BaselineRatio => "BASELINE_RATIO",
            Limit::TripRatio => "TRIP_RATIO",
            Limit::WindowLen => "WINDOW_LEN",
            Limit::WindowBudget => "WINDOW_BUDGET",
            Limit::CumBudget => "CUM_BUDGET",
            Limit::ReportThreshold => "REPORT_THRESHOLD",
        }
    }

    /// The command-line spelling (`"baseline-ratio"`, ...).
    pub fn cli_name(self) -> &'static str {
        match self {
            Limit::BaselineRatio => "baseline-ratio",
            Limit::TripRatio => "trip-ratio",
            Limit::WindowLen => "window-len",
            Limit::WindowBudget => "window-budget",
            Limit::CumBudget => "cum-budget",
            Limit::ReportThreshold => "report-threshold",
        }
    }

    fn offset(self) -> u16 {
        match self {
            Limit::BaselineRatio => reg::BASELINE_RATIO,
            Limit::TripRatio => reg::TRIP_RATIO,
            Limit::WindowLen => reg::WINDOW_LEN,
            Limit::WindowBudget => reg::WINDOW_BUDGET,
            Limit::CumBudget => reg::CUM_BUDGET_0,
            Limit::ReportThreshold => reg::REPORT_THRESHOLD_0,
        }
    }

    /// Which direction is stricter, from the abi map.
    pub fn stricter(self) -> Stricter {
        register_at(self.offset()).map_or(Stricter::Lower, |r| r.stricter)
    }

    /// Valid values (inclusive), from the abi map.
    pub fn range(self) -> (u128, u128) {
        if matches!(self, Limit::CumBudget | Limit::ReportThreshold) {
            return (0, (1u128 << 96) - 1);
        }
        register_at(self.offset()).map_or((0, u128::from(u32::MAX)), |r| {
            (u128::from(r.min), u128::from(r.max))
        })
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Limit {
    type Err = String;
    /// Accepts the abi name or the command-line spelling, any case.
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let norm = s.trim().to_ascii_uppercase().replace('-', "_");
        Limit::ALL
            .into_iter()
            .find(|l| l.name() == norm)
            .ok_or_else(|| {
                let names: Vec<_> = Limit::ALL.iter().map(|l| l.cli_name()).collect();
                format!("unknown limit `{s}`: expected one of {}", names.join(", "))
            })
    }
}

/// The limits in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// `BASELINE_RATIO` (0..=256).
    pub baseline_ratio: u32,
    /// `TRIP_RATIO` (0..=256).
    pub trip_ratio: u32,
    /// `WINDOW_LEN` in cycles.
    pub window_len: u32,
    /// `WINDOW_BUDGET` in work units per window.
    pub window_budget: u32,
    /// `CUM_BUDGET` in work units (96 bits).
    pub cum_budget: u128,
    /// `REPORT_THRESHOLD` in work units (96 bits; all ones: none).
    pub report_threshold: u128,
    /// `KILL` is set.
    pub killed: bool,
}

impl Limits {
    /// The value of one limit.
    pub fn get(&self, limit: Limit) -> u128 {
        match limit {
            Limit::BaselineRatio => self.baseline_ratio.into(),
            Limit::TripRatio => self.trip_ratio.into(),
            Limit::WindowLen => self.window_len.into(),
            Limit::WindowBudget => self.window_budget.into(),
            Limit::CumBudget => self.cum_budget,
            Limit::ReportThreshold => self.report_threshold,
        }
    }
}

/// Counters, all from one `SNAPSHOT` (so they agree with each other).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Work units admitted since power-up.
    pub cum_work: u128,
    /// Work units admitted in the current window.
    pub window_work: u32,
    /// Cycle index inside the current window.
    pub window_cycle: u32,
    /// Cycles since power-up.
    pub cycle: u64,
    /// Cycles with the enable high.
    pub enabled_cycles: u64,
    /// Cycles stopped (kill, cap, trip, limit write).
    pub stopped_cycles: u64,
    /// Cycles held by the window budget.
    pub paced_cycles: u64,
    /// Cycles low because of the ratio.
    pub throttled_cycles: u64,
}

/// Cycle of the first trip per reason (`None`: that reason has not tripped).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TripCycles {
    /// Cumulative-budget trip.
    pub cum_budget: Option<u64>,
    /// Kill-register trip.
    pub kill_reg: Option<u64>,
    /// Kill-pin trip.
    pub kill_pin: Option<u64>,
    /// Licence expiry.
    pub license: Option<u64>,
}

/// Everything the card reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    /// `VERSION`: (major, minor).
    pub version: (u16, u16),
    /// `CONFIG`: the bitstream's generator parameters.
    pub params: FuseParams,
    /// `STATUS` flags.
    pub flags: StatusFlags,
    /// `TRIP_REASON`.
    pub trip_reasons: TripReasons,
    /// Trip timestamps.
    pub trip_cycles: TripCycles,
    /// `ERR_CODE`.
    pub err_code: ErrCode,
    /// `REFUSED_WRITES`.
    pub refused_writes: u32,
    /// `INTR_STATE` has the trip bit.
    pub irq_pending: bool,
    /// `INTR_ENABLE` has the trip bit.
    pub irq_enabled: bool,
    /// Limits in force.
    pub limits: Limits,
    /// Counters from one snapshot.
    pub counters: Counters,
    /// `LICENSE_EXPIRY`: the device epoch after which the licence lapses
    /// (`u64::MAX`: no grant has set one).
    pub license_expiry: u64,
    /// `LAST_GRANT_SEQ` (0: no grant applied).
    pub last_grant_seq: u64,
}

impl Status {
    /// True once the fuse has tripped.
    pub fn tripped(&self) -> bool {
        !self.trip_reasons.is_empty()
    }
    /// The clock-enable ratio (N/256) applied now: once tripped, the lower
    /// of the trip ratio and the baseline.
    pub fn effective_ratio(&self) -> u32 {
        if self.trip_reasons.0 & trip::DECOMMISSIONED != 0 {
            0
        } else if self.trip_reasons.0 & trip::STRICT != 0 {
            self.limits.trip_ratio.min(self.limits.baseline_ratio)
        } else if self.trip_reasons.contains(trip::LICENSE_EXPIRED) {
            // An expired licence alone caps the ratio at the power-up one.
            self.limits
                .baseline_ratio
                .min(u32::from(self.params.power_up_baseline_ratio))
        } else {
            self.limits.baseline_ratio
        }
    }
    /// Work units left under the cumulative budget.
    pub fn remaining_budget(&self) -> u128 {
        self.limits
            .cum_budget
            .saturating_sub(self.counters.cum_work)
    }
}

/// What a successful [`Fuse::tighten`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tightened {
    /// The limit.
    pub limit: Limit,
    /// Value before.
    pub previous: u128,
    /// Value now in force.
    pub now: u128,
}

/// A fuse behind any [`Bar`].
#[derive(Debug)]
pub struct Fuse<B: Bar> {
    bar: B,
}

impl<B: Bar> Fuse<B> {
    /// Wraps `bar` after checking that the `ID` register reads "CFUS".
    pub fn open(mut bar: B) -> Result<Self> {
        let id = regs::ID.read(&mut bar)?;
        if id != FUSE_ID {
            return Err(Error::NotAFuse {
                device: bar.describe(),
                found: id,
                expected: FUSE_ID,
            });
        }
        log::debug!("{}: ID reads \"CFUS\"", bar.describe());
        Ok(Fuse { bar })
    }

    /// Wraps `bar` without checking the identity.
    pub fn new_unchecked(bar: B) -> Self {
        Fuse { bar }
    }

    /// The register seam.
    pub fn bar(&self) -> &B {
        &self.bar
    }

    /// The register seam, mutably (e.g. to advance a simulated card).
    pub fn bar_mut(&mut self) -> &mut B {
        &mut self.bar
    }

    /// Gives the seam back.
    pub fn into_inner(self) -> B {
        self.bar
    }

    /// Name of the device (for messages).
    pub fn describe(&self) -> String {
        self.bar.describe()
    }

    /// The limits in force (one batch of reads).
    pub fn limits(&mut self) -> Result<Limits> {
        bar::batched(&mut self.bar, |b| read_limits(b))
    }

    /// The value of one limit in force.
    pub fn limit(&mut self, limit: Limit) -> Result<u128> {
        let b = &mut self.bar;
        Ok(match limit {
            Limit::BaselineRatio => regs::BASELINE_RATIO.read(b)?.into(),
            Limit::TripRatio => regs::TRIP_RATIO.read(b)?.into(),
            Limit::WindowLen => regs::WINDOW_LEN.read(b)?.into(),
            Limit::WindowBudget => regs::WINDOW_BUDGET.read(b)?.into(),
            Limit::CumBudget => regs::CUM_BUDGET.read(b)?,
            Limit::ReportThreshold => regs::REPORT_THRESHOLD.read(b)?,
        })
    }

    /// Takes a snapshot and reads the counters (one write, one batch of
    /// reads).
    pub fn counters(&mut self) -> Result<Counters> {
        regs::SNAPSHOT.write(&mut self.bar, 1)?;
        bar::batched(&mut self.bar, |b| read_counters(b))
    }

    /// Reads everything: identity, status, trip reasons and cycles, error
    /// code, limits, and the counters from one snapshot (one write, one
    /// batch of reads).
    pub fn status(&mut self) -> Result<Status> {
        regs::SNAPSHOT.write(&mut self.bar, 1)?;
        bar::batched(&mut self.bar, |b| read_status(b))
    }

    /// Makes a limit stricter. Reads the value in force first: a looser
    /// value returns [`Error::LooserNeedsGrant`] and an equal one returns at
    /// once, both without writing anything. Then writes (the cumulative
    /// budget: three staging words and the commit as one
    /// [`Bar::write_batch`], so another client of a shared card cannot
    /// interleave) and, since writes are posted, checks `REFUSED_WRITES`,
    /// `ERR_CODE` and a read-back to confirm the card took it.
    pub fn tighten(&mut self, limit: Limit, value: u128) -> Result<Tightened> {
        let (min, max) = limit.range();
        if value < min || value > max {
            return Err(Error::InvalidLimitValue {
                limit: limit.name(),
                value,
                min,
                max,
            });
        }
        let current = self.limit(limit)?;
        let stricter = limit.stricter();
        if !stricter.allows(current, value) {
            log::info!(
                "{}: {} {value} is looser than {current} in force; not written (needs a grant)",
                self.bar.describe(),
                limit.name()
            );
            return Err(Error::LooserNeedsGrant {
                limit: limit.name(),
                current,
                requested: value,
                direction: stricter.as_str(),
            });
        }
        if value == current {
            return Ok(Tightened {
                limit,
                previous: current,
                now: current,
            });
        }
        log::debug!(
            "{}: writing {} {value} (was {current})",
            self.bar.describe(),
            limit.name()
        );
        let b = &mut self.bar;
        let refused_before = regs::REFUSED_WRITES.read(b)?;
        let err_before = regs::ERR_CODE.read(b)?;
        // Range checked above, so the narrowing casts keep the value.
        match limit {
            Limit::BaselineRatio => regs::BASELINE_RATIO.write(b, value as u32)?,
            Limit::TripRatio => regs::TRIP_RATIO.write(b, value as u32)?,
            Limit::WindowLen => regs::WINDOW_LEN.write(b, value as u32)?,
            Limit::WindowBudget => regs::WINDOW_BUDGET.write(b, value as u32)?,
            Limit::CumBudget => {
                let [w0, w1, w2] = regs::CUM_BUDGET_NEXT.word_writes(value);
                b.write_batch(&[w0, w1, w2, (regs::CUM_BUDGET_COMMIT.offset, 1)])?;
            }
            Limit::ReportThreshold => {
                let [w0, w1, w2] = regs::REPORT_THRESHOLD_NEXT.word_writes(value);
                b.write_batch(&[w0, w1, w2, (regs::REPORT_THRESHOLD_COMMIT.offset, 1)])?;
            }
        }
        // The reads flush the posted writes. Other clients may write the
        // same limit at any time, so the outcome is judged by the value
        // read back, not by the refusal counter alone (which another
        // client's refused write moves too): our value in force is success;
        // a stricter one means another client's write got ahead of ours
        // (the card refused ours) or overtook it before this read.
        let accepted = self.check_accepted(limit.name(), refused_before, err_before);
        let now = self.limit(limit)?;
        if now == value {
            return Ok(Tightened {
                limit,
                previous: current,
                now,
            });
        }
        if stricter.allows(value, now) {
            log::info!(
                "{}: {} reads back {now}, stricter than the {value} written: superseded",
                self.bar.describe(),
                limit.name()
            );
            return Err(Error::Superseded {
                device: self.bar.describe(),
                limit: limit.name(),
                requested: value,
                current: now,
            });
        }
        // Neither ours nor stricter: a refusal says why; otherwise the card
        // did not do what was written.
        accepted?;
        Err(Error::NotApplied {
            device: self.bar.describe(),
            register: limit.name(),
            expected: value,
            found: now,
        })
    }

    fn check_accepted(
        &mut self,
        register: &'static str,
        refused_before: u32,
        err_before: u32,
    ) -> Result<()> {
        let refused_after = regs::REFUSED_WRITES.read(&mut self.bar)?;
        if refused_after == refused_before {
            return Ok(());
        }
        let err_now = regs::ERR_CODE.read(&mut self.bar)?;
        let new_bits = err_now & !err_before;
        let code = ErrCode(if new_bits != 0 { new_bits } else { err_now });
        log::warn!(
            "{}: the card refused the write to {register} (REFUSED_WRITES {refused_before} -> {refused_after}, ERR_CODE {code})",
            self.bar.describe()
        );
        Err(Error::WriteRefused {
            device: self.bar.describe(),
            register,
            reasons: code.to_string(),
            refused_before,
            refused_after,
        })
    }

    /// Sets the kill register: the accelerator stops for good (one way).
    /// Checks that the kill-register trip reason is set afterwards.
    pub fn kill(&mut self) -> Result<TripReasons> {
        let refused_before = regs::REFUSED_WRITES.read(&mut self.bar)?;
        let err_before = regs::ERR_CODE.read(&mut self.bar)?;
        log::info!("{}: writing KILL", self.bar.describe());
        regs::KILL.set(&mut self.bar, 1)?;
        self.check_accepted("KILL", refused_before, err_before)?;
        let reasons = TripReasons(regs::TRIP_REASON.read(&mut self.bar)?);
        if !reasons.contains(trip::KILL_REG) {
            return Err(Error::NotApplied {
                device: self.bar.describe(),
                register: "KILL",
                expected: 1,
                found: 0,
            });
        }
        Ok(reasons)
    }

    /// Acknowledges the trip interrupt (`INTR_STATE`). The trip itself is
    /// sticky and stays.
    pub fn clear_irq(&mut self) -> Result<()> {
        regs::INTR_STATE.clear(&mut self.bar, intr::TRIP)
    }

    /// Clears `ERR_CODE` bits (after the operator has seen them).
    pub fn clear_errors(&mut self, bits: u32) -> Result<()> {
        regs::ERR_CODE.clear(&mut self.bar, bits)
    }

    /// Waits until the fuse has tripped or `timeout` passes; returns the
    /// trip reasons, or `None` on timeout. Returns at once if it has already
    /// tripped. Enables the trip interrupt and sleeps on it (VFIO: the MSI
    /// eventfd; the simulated card: simulated time runs meanwhile).
    pub fn wait_trip(&mut self, timeout: Duration) -> Result<Option<TripReasons>> {
        let deadline = Instant::now() + timeout;
        let enable = regs::INTR_ENABLE.read(&mut self.bar)?;
        if enable & intr::TRIP == 0 {
            regs::INTR_ENABLE.write(&mut self.bar, enable | intr::TRIP)?;
        }
        loop {
            let reasons = TripReasons(regs::TRIP_REASON.read(&mut self.bar)?);
            if !reasons.is_empty() {
                return Ok(Some(reasons));
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(None);
            }
            self.bar.wait_irq(left)?;
        }
    }
}

/// The limits in force, read register by register.
fn read_limits(b: &mut impl Bar) -> Result<Limits> {
    Ok(Limits {
        baseline_ratio: regs::BASELINE_RATIO.read(b)?,
        trip_ratio: regs::TRIP_RATIO.read(b)?,
        window_len: regs::WINDOW_LEN.read(b)?,
        window_budget: regs::WINDOW_BUDGET.read(b)?,
        cum_budget: regs::CUM_BUDGET.read(b)?,
        report_threshold: regs::REPORT_THRESHOLD.read(b)?,
        killed: regs::KILL.read(b)? & 1 != 0,
    })
}

/// The counters of the last snapshot.
fn read_counters(b: &mut impl Bar) -> Result<Counters> {
    // u64 counters are two words; the cast cannot lose bits.
    Ok(Counters {
        cum_work: regs::CUM_WORK.read(b)?,
        window_work: regs::WINDOW_WORK.read(b)?,
        window_cycle: regs::WINDOW_CYCLE.read(b)?,
        cycle: regs::CYCLE.read(b)? as u64,
        enabled_cycles: regs::ENABLED_CYCLES.read(b)? as u64,
        stopped_cycles: regs::STOPPED_CYCLES.read(b)? as u64,
        paced_cycles: regs::PACED_CYCLES.read(b)? as u64,
        throttled_cycles: regs::THROTTLED_CYCLES.read(b)? as u64,
    })
}

/// Everything [`Fuse::status`] shows, the counters from the last snapshot.
fn read_status(b: &mut impl Bar) -> Result<Status> {
    let counters = read_counters(b)?;
    let limits = read_limits(b)?;
    let version = regs::VERSION.read(b)?;
    let trip_reasons = TripReasons(regs::TRIP_REASON.read(b)?);
    let at = |bit: u32, v: u128| trip_reasons.contains(bit).then_some(v as u64);
    let trip_cycles = TripCycles {
        cum_budget: at(trip::CUM_BUDGET, regs::TRIP_CYCLE_CUM_BUDGET.read(b)?),
        kill_reg: at(trip::KILL_REG, regs::TRIP_CYCLE_KILL_REG.read(b)?),
        kill_pin: at(trip::KILL_PIN, regs::TRIP_CYCLE_KILL_PIN.read(b)?),
        license: at(trip::LICENSE_EXPIRED, regs::TRIP_CYCLE_LICENSE.read(b)?),
    };
    Ok(Status {
        version: ((version >> 16) as u16, version as u16),
        params: FuseParams::from_config_word(regs::CONFIG.read(b)?),
        flags: StatusFlags(regs::STATUS.read(b)?),
        trip_reasons,
        trip_cycles,
        err_code: ErrCode(regs::ERR_CODE.read(b)?),
        refused_writes: regs::REFUSED_WRITES.read(b)?,
        irq_pending: regs::INTR_STATE.read(b)? & intr::TRIP != 0,
        irq_enabled: regs::INTR_ENABLE.read(b)? & intr::TRIP != 0,
        limits,
        counters,
        license_expiry: regs::LICENSE_EXPIRY.read(b)? as u64,
        last_grant_seq: regs::LAST_GRANT_SEQ.read(b)? as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transport_error_names_the_device_and_keeps_the_cause() {
        let e = Error::Transport {
            device: "simulated card (/tmp/x/sim.sock)".into(),
            source: std::io::Error::from(std::io::ErrorKind::BrokenPipe),
        };
        let msg = e.to_string();
        // What happened to the device; the operator's advice is the CLI's.
        assert_eq!(msg, "simulated card (/tmp/x/sim.sock) is not answering");
        assert!(std::error::Error::source(&e).is_some());
    }

    /// Every bit of the map's `STATUS` has a name (the hand-written table
    /// this replaced had no name for `DECOMMISSIONED`).
    #[test]
    fn every_status_bit_is_named() {
        let all = capfuse_abi::REGISTERS
            .iter()
            .find(|r| r.name == "STATUS")
            .unwrap()
            .fields
            .iter()
            .fold(0, |m, f| m | f.mask());
        assert_eq!(StatusFlags(all).names().len(), 10);
        assert_eq!(
            StatusFlags(capfuse_abi::status::DECOMMISSIONED | capfuse_abi::status::KILL_PIN)
                .to_string(),
            "kill pin, decommissioned"
        );
    }

    #[test]
    fn limit_names_parse() {
        assert_eq!("cum-budget".parse::<Limit>(), Ok(Limit::CumBudget));
        assert_eq!("BASELINE_RATIO".parse::<Limit>(), Ok(Limit::BaselineRatio));
        assert!("nope".parse::<Limit>().unwrap_err().contains("window-len"));
    }

    #[test]
    fn not_a_fuse_is_refused() {
        #[derive(Debug)]
        struct Zero;
        impl Bar for Zero {
            fn read32(&mut self, _: u16) -> Result<u32> {
                Ok(0x010000ed)
            }
            fn write32(&mut self, _: u16, _: u32) -> Result<()> {
                Ok(())
            }
            fn describe(&self) -> String {
                "edu".into()
            }
        }
        let e = Fuse::open(Zero).unwrap_err();
        assert!(e.to_string().contains("0x010000ed"), "{e}");
    }

    /// A register file where every register reads a value of its own, and
    /// that counts how the values were asked for.
    #[derive(Default)]
    struct Counting {
        /// Whether `read_batch` is the transport's own (one exchange).
        batches: bool,
        read32s: usize,
        batch_calls: usize,
        writes: Vec<(u16, u32)>,
    }
    impl Bar for Counting {
        fn read32(&mut self, offset: u16) -> Result<u32> {
            self.read32s += 1;
            // Distinct per register, and not a constant pattern.
            Ok(u32::from(offset).wrapping_mul(0x9e37_79b9) ^ 0x5a5a)
        }
        fn read_batch(&mut self, offsets: &[u16], values: &mut [u32]) -> Result<()> {
            if !self.batches {
                for (&o, v) in offsets.iter().zip(values.iter_mut()) {
                    *v = self.read32(o)?;
                }
                return Ok(());
            }
            self.batch_calls += 1;
            for (&o, v) in offsets.iter().zip(values.iter_mut()) {
                *v = u32::from(o).wrapping_mul(0x9e37_79b9) ^ 0x5a5a;
            }
            Ok(())
        }
        fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
            self.writes.push((offset, value));
            Ok(())
        }
        fn describe(&self) -> String {
            "counting".into()
        }
    }

    /// `status` is one `SNAPSHOT` write and one batch of reads on a
    /// transport that batches (the simulated card's socket: one round trip
    /// instead of one per register), and reads the same values as
    /// register-by-register reads do.
    #[test]
    fn status_is_one_snapshot_write_and_one_batch_of_reads() {
        let mut one_by_one = Fuse::new_unchecked(Counting::default());
        let expected = one_by_one.status().unwrap();
        let reads = one_by_one.bar().read32s;
        assert!(reads > 40, "status reads every register: {reads}");

        let mut batched = Fuse::new_unchecked(Counting {
            batches: true,
            ..Counting::default()
        });
        let got = batched.status().unwrap();
        assert_eq!(format!("{got:?}"), format!("{expected:?}"));
        let bar = batched.bar();
        assert_eq!((bar.batch_calls, bar.read32s), (1, 0));
        assert_eq!(bar.writes, [(reg::SNAPSHOT, 1)]);

        let mut limits = Fuse::new_unchecked(Counting {
            batches: true,
            ..Counting::default()
        });
        limits.limits().unwrap();
        limits.counters().unwrap();
        assert_eq!((limits.bar().batch_calls, limits.bar().read32s), (2, 0));
    }
}
