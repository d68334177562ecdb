//! Invariant monitors, evaluated every cycle from what the pins show.
//!
//! The monitors see only what a bench outside the fuse could see: the work
//! reported on `work_units`, the enable, the kill pin, and the bus
//! transactions with their responses (including the periodic register reads
//! the runner makes). From those they keep their own account of the limits
//! in force (power-up values plus every write the fuse answered OKAY), the
//! admitted work, the window position and the trip reasons, and check every
//! cycle that the fuse behaves as docs/fuse-core.md promises.
//!
//! Timing conventions (docs/fuse-core.md): a write is applied in the cycle
//! before its response becomes valid, so it is in force from the response
//! cycle on; a read returns the state of the cycle of its address handshake,
//! which with `rready` always high is the cycle before its response.
//!
//! Grants: the monitors also watch the grant port. `grant_we` words build
//! the monitors' copy of the pending grant; in a cycle with `grant_apply`
//! high the limits in force become the granted ones (the only way a limit
//! may loosen) unless the grant has expired — its expiry epoch is below the
//! device epoch of that cycle, judged on the expiry words written at least
//! three cycles before (the fuse's `grant_expired` pipeline) — in which case
//! nothing changes and `grant_expired` must say so; CLEAR_TRIP clears trip reasons 0-3 and KILL (the only way
//! a reason may clear), DECOMMISSION sets reason 4 (which never clears and
//! keeps the enable low). The cap check waits for the grant's four-cycle
//! hold, as the fuse does.
//!
//! Call [`Monitors::begin_cycle`] with the outputs of cycle `t` and the bus
//! transactions completed in it, then [`Monitors::end_cycle`] with the inputs
//! driven in cycle `t` ([`Monitors::observe`] does both).

use capfuse_abi::{reg, register_at, resp, status, trip, Access, FuseParams, Register};

use crate::bus::{reg_name, Completion, Op};
use crate::engine::{PinsIn, PinsOut};
use crate::model::PendingGrant;
use capfuse_abi::formats::grant_flag;

/// One invariant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MonitorId {
    /// (a) Admitted work never exceeds the cumulative budget in force, and
    /// the enable is low whenever less than `W` of it remains; the cap
    /// stops (`CUM_BUDGET`) only with less than `2·W` of it left unused.
    Cap,
    /// (b) Work admitted in each window never exceeds the window budget in
    /// force, and the enable is low whenever less than `W` of it remains;
    /// the window paces (`STATUS.PACED`) only with less than `2·W` left.
    Window,
    /// (c) Trip reasons are sticky and recorded; tripped at ratio 0 means
    /// the enable stays low.
    TripSticky,
    /// (d) No accepted write loosens a limit; limit reads never show a
    /// looser value than the one in force.
    NoLoosening,
    /// (e) Over every 256 consecutive cycles the enable is high at most
    /// (highest ratio in force) + 1 times.
    Duty,
    /// (f) The kill pin forces the enable low in the next cycle; after a
    /// KILL write the enable stays low.
    Kill,
    /// Counter snapshots read over the bus match the pin-level account.
    Counters,
    /// `report_due` pulses at most once per arming (power-up, an accepted
    /// REPORT_THRESHOLD_COMMIT, a grant).
    Report,
}

impl MonitorId {
    /// Every monitor, in report order.
    pub const ALL: [MonitorId; 8] = [
        MonitorId::Cap,
        MonitorId::Window,
        MonitorId::TripSticky,
        MonitorId::NoLoosening,
        MonitorId::Duty,
        MonitorId::Kill,
        MonitorId::Counters,
        MonitorId::Report,
    ];

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            MonitorId::Cap => "cap",
            MonitorId::Window => "window",
            MonitorId::TripSticky => "trip_sticky",
            MonitorId::NoLoosening => "no_loosening",
            MonitorId::Duty => "duty",
            MonitorId::Kill => "kill",
            MonitorId::Counters => "counters",
            MonitorId::Report => "report",
        }
    }

    /// What it checks, in one line.
    pub fn description(self) -> &'static str {
        match self {
            MonitorId::Cap => {
                "admitted work never exceeds the cumulative budget; stopped before it could, \
                 with less than 2W unused"
            }
            MonitorId::Window => {
                "work per window never exceeds the window budget; paced before it could, \
                 with less than 2W unused"
            }
            MonitorId::TripSticky => {
                "trip reasons are sticky and recorded; tripped at ratio 0 stays stopped"
            }
            MonitorId::NoLoosening => {
                "no accepted write loosens a limit; limit reads never show a looser value"
            }
            MonitorId::Duty => "enable count in any 256 cycles <= highest ratio in force + 1",
            MonitorId::Kill => {
                "kill pin stops the enable within one cycle; KILL write stops it for good"
            }
            MonitorId::Counters => {
                "counter snapshots read over the bus match the work and enable seen on the pins"
            }
            MonitorId::Report => {
                "report_due pulses at most once per arming (power-up, threshold commit, grant)"
            }
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A broken invariant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// Cycle it was seen in.
    pub cycle: u64,
    /// Which invariant.
    pub monitor: MonitorId,
    /// What happened.
    pub detail: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cycle {}: {}: {}",
            self.cycle,
            self.monitor.name(),
            self.detail
        )
    }
}

/// The outcome of one monitor over a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Which invariant.
    pub monitor: MonitorId,
    /// How many times it was evaluated.
    pub checks: u64,
    /// How many times it failed.
    pub failures: u64,
    /// The first few violations (at most [`KEPT_VIOLATIONS`]).
    pub violations: Vec<Violation>,
}

impl Verdict {
    /// True when it never failed.
    pub fn passed(&self) -> bool {
        self.failures == 0
    }
}

/// How many violations each monitor keeps for the report.
pub const KEPT_VIOLATIONS: usize = 10;

/// The limits in force, as the monitors account for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimitsInForce {
    /// `BASELINE_RATIO`.
    pub baseline_ratio: u32,
    /// `TRIP_RATIO`.
    pub trip_ratio: u32,
    /// `WINDOW_LEN`.
    pub window_len: u32,
    /// `WINDOW_BUDGET`.
    pub window_budget: u32,
    /// Cumulative budget (96 bits).
    pub cum_budget: u128,
    /// `CUM_BUDGET_NEXT` staging words.
    pub stage: [u32; 3],
    /// `KILL` register.
    pub killed: bool,
    /// Report threshold (96 bits).
    pub report_threshold: u128,
    /// `REPORT_THRESHOLD_NEXT` staging words.
    pub report_stage: [u32; 3],
    /// `LICENSE_EXPIRY` (device epochs).
    pub license_expiry: u64,
}

impl LimitsInForce {
    /// Power-up values.
    pub fn power_up(params: FuseParams) -> Self {
        let reset = |offset| params.reset_value(register_at(offset).expect("mapped"));
        let wide = |name| {
            capfuse_abi::wide_words(name).iter().fold(0u128, |v, r| {
                v | u128::from(params.reset_value(r)) << (32 * u32::from(r.wide.1))
            })
        };
        let stage = wide("CUM_BUDGET_NEXT");
        let rstage = wide("REPORT_THRESHOLD_NEXT");
        LimitsInForce {
            baseline_ratio: reset(reg::BASELINE_RATIO),
            trip_ratio: reset(reg::TRIP_RATIO),
            window_len: reset(reg::WINDOW_LEN),
            window_budget: reset(reg::WINDOW_BUDGET),
            cum_budget: wide("CUM_BUDGET"),
            stage: [stage as u32, (stage >> 32) as u32, (stage >> 64) as u32],
            killed: reset(reg::KILL) & 1 != 0,
            report_threshold: wide("REPORT_THRESHOLD"),
            report_stage: [rstage as u32, (rstage >> 32) as u32, (rstage >> 64) as u32],
            license_expiry: wide("LICENSE_EXPIRY") as u64,
        }
    }

    fn stage_value(&self) -> u128 {
        u128::from(self.stage[0])
            | u128::from(self.stage[1]) << 32
            | u128::from(self.stage[2]) << 64
    }

    fn report_stage_value(&self) -> u128 {
        u128::from(self.report_stage[0])
            | u128::from(self.report_stage[1]) << 32
            | u128::from(self.report_stage[2]) << 64
    }
}

/// Where the current window stands, as the monitors account for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowView {
    /// Cycle index inside the window (0 = first cycle).
    pub cycle_in_window: u64,
    /// Window length in force.
    pub len: u64,
    /// Work admitted so far in this window (before the current cycle).
    pub admitted: u128,
    /// Work still allowed in this window.
    pub remaining: u128,
}

#[derive(Clone, Copy, Debug, Default)]
struct Snapshot {
    cum: u128,
    window_work: u128,
    window_cycle: u32,
    cycle: u64,
    enabled: u64,
}

#[derive(Clone, Debug)]
struct Tally {
    checks: u64,
    failures: u64,
    kept: Vec<Violation>,
}

/// All invariant monitors, with the pin-level account they share.
#[derive(Clone, Debug)]
pub struct Monitors {
    w: u128,
    /// Cycle being processed.
    cycle: u64,
    began: bool,
    lim: LimitsInForce,
    cum: u128,
    enabled: u64,
    window_cycle: u32,
    window_work: u128,
    /// Work the current window may admit in total (its budget, or after a
    /// budget write the work already admitted plus what the write leaves).
    window_allowance: u128,
    reasons: u32,
    reason_cycles: [Option<u64>; 4],
    params: FuseParams,
    /// The grant words seen on the grant port.
    pending: PendingGrant,
    /// The grant applied in the cycle just ended (the pending words before
    /// that cycle's own `grant_we`).
    applied: Option<PendingGrant>,
    /// The pending expiry as of two and three cycles ago (writes up to
    /// then): the one an apply in this cycle is judged on.
    pending_expiry_q: [u64; 2],
    /// Last cycle of the hold that follows the latest grant (the cap check
    /// waits for it).
    grant_hold_end: Option<u64>,
    /// `report_due` pulses since the threshold was last armed.
    report_pulses: u32,
    /// The licence lapsed in the cycle before `prev` (the fuse sets the
    /// reason a cycle after the lapse).
    lic_lapsed: bool,
    out: PinsOut,
    prev_in: PinsIn,
    prev_en: bool,
    last_admitted: u128,
    /// A budget commit applied in the cycle being moved past (the cap
    /// decides on the loaded slack there).
    cap_loaded: bool,
    /// A WINDOW_BUDGET write applied in the cycle being moved past.
    win_loaded: bool,
    /// The cap and window decisions of the last cycle moved past, as
    /// (`!cap_ok`, `!win_ok`), which `STATUS.CAPPED` and `STATUS.PACED`
    /// show a cycle later; `None` while a grant holds the enable.
    low_pred: Option<(bool, bool)>,
    prev_ratio: u32,
    snap: Snapshot,
    trip_read: u32,
    /// Last value read of each limit register (by word offset / 4).
    limit_reads: [Option<u32>; 64],
    en_ring: Vec<bool>,
    ratio_ring: Vec<u32>,
    ring_pos: usize,
    en_in_ring: u32,
    tallies: Vec<Tally>,
}

impl Monitors {
    /// Monitors for a fuse built with `params`, at power-up.
    pub fn new(params: FuseParams) -> Self {
        let lim = LimitsInForce::power_up(params);
        let p = lim.baseline_ratio;
        Monitors {
            w: u128::from(params.max_work_per_cycle),
            cycle: 0,
            began: false,
            lim,
            cum: 0,
            enabled: 0,
            window_cycle: 0,
            window_work: 0,
            window_allowance: u128::from(lim.window_budget),
            reasons: 0,
            reason_cycles: [None; 4],
            params,
            pending: PendingGrant::POWER_UP,
            applied: None,
            pending_expiry_q: [PendingGrant::POWER_UP.expiry; 2],
            grant_hold_end: None,
            report_pulses: 0,
            lic_lapsed: false,
            out: PinsOut::default(),
            prev_in: PinsIn::default(),
            prev_en: false,
            last_admitted: 0,
            cap_loaded: false,
            win_loaded: false,
            low_pred: None,
            prev_ratio: p,
            snap: Snapshot::default(),
            trip_read: 0,
            limit_reads: [None; 64],
            en_ring: vec![false; 256],
            ratio_ring: vec![p; 256],
            ring_pos: 0,
            en_in_ring: 0,
            tallies: vec![
                Tally {
                    checks: 0,
                    failures: 0,
                    kept: Vec::new()
                };
                MonitorId::ALL.len()
            ],
        }
    }

    /// Cycle being (or next to be) processed.
    pub fn cycle(&self) -> u64 {
        self.cycle
    }

    /// The limits in force in the current cycle.
    pub fn limits(&self) -> LimitsInForce {
        self.lim
    }

    /// Work admitted so far (including the last cycle ended).
    pub fn admitted(&self) -> u128 {
        self.cum + self.last_admitted
    }

    /// Cycles with the enable high so far (including the last cycle ended).
    pub fn enabled_cycles(&self) -> u64 {
        self.enabled + u64::from(self.prev_en && !self.began)
    }

    /// Trip reasons the pins imply for the current cycle, and the cycle
    /// each was set in (index = bit position).
    pub fn trip_reasons(&self) -> (u32, [Option<u64>; 4]) {
        (self.reasons, self.reason_cycles)
    }

    /// The window of the current cycle (the last cycle begun), before the
    /// cycle's own work.
    pub fn window(&self) -> WindowView {
        WindowView {
            cycle_in_window: u64::from(self.window_cycle),
            len: u64::from(self.lim.window_len),
            admitted: self.window_work,
            remaining: self.window_allowance.saturating_sub(self.window_work),
        }
    }

    /// Every violation kept so far, in cycle order.
    pub fn violations(&self) -> Vec<Violation> {
        let mut v: Vec<Violation> = self.tallies.iter().flat_map(|t| t.kept.clone()).collect();
        v.sort_by_key(|x| (x.cycle, x.monitor));
        v
    }

    /// Verdict of every monitor.
    pub fn verdicts(&self) -> Vec<Verdict> {
        MonitorId::ALL
            .iter()
            .map(|&m| {
                let t = &self.tallies[m.index()];
                Verdict {
                    monitor: m,
                    checks: t.checks,
                    failures: t.failures,
                    violations: t.kept.clone(),
                }
            })
            .collect()
    }

    /// True while no monitor has failed.
    pub fn all_passed(&self) -> bool {
        self.tallies.iter().all(|t| t.failures == 0)
    }

    fn check(&mut self, m: MonitorId, ok: bool, detail: impl FnOnce() -> String) {
        let cycle = self.cycle;
        let t = &mut self.tallies[m.index()];
        t.checks += 1;
        if !ok {
            t.failures += 1;
            if t.kept.len() < KEPT_VIOLATIONS {
                t.kept.push(Violation {
                    cycle,
                    monitor: m,
                    detail: detail(),
                });
            }
        }
    }

    fn ratio(&self) -> u32 {
        if self.reasons & trip::STRICT != 0 {
            self.lim.trip_ratio.min(self.lim.baseline_ratio)
        } else if self.reasons & trip::LICENSE_EXPIRED != 0 {
            self.lim
                .baseline_ratio
                .min(u32::from(self.params.power_up_baseline_ratio))
        } else {
            self.lim.baseline_ratio
        }
    }

    /// Processes the outputs of the current cycle and the transactions that
    /// completed in it; checks the enable against the account.
    pub fn begin_cycle(&mut self, out: &PinsOut, done: &[Completion]) {
        assert!(!self.began, "begin_cycle called twice without end_cycle");
        self.began = true;
        self.out = *out;
        if self.cycle > 0 {
            // Reads sampled the previous cycle's state, which is the account
            // as it stands before the transition below.
            for c in done.iter().filter(|c| !c.op.is_write()) {
                self.check_read(c);
            }
            // A pulse now was decided in the previous cycle, under the
            // arming in force before any re-arming applied in that cycle.
            let n = self.report_pulses + u32::from(out.report_due);
            self.check(MonitorId::Report, n <= 1, || {
                format!("report_due pulsed {n} times since the threshold was armed")
            });
            self.report_pulses = n;
            self.advance(done);
        }
        self.check_enable();
    }

    /// Processes the inputs driven in the current cycle and moves on.
    pub fn end_cycle(&mut self, input: &PinsIn) {
        assert!(self.began, "end_cycle called without begin_cycle");
        self.began = false;
        let en = self.out.accel_clk_en;
        let a = if en {
            u128::from(input.work_units).min(self.w)
        } else {
            0
        };
        if a > 0 {
            let (cum, budget) = (self.cum, self.lim.cum_budget);
            self.check(MonitorId::Cap, cum + a <= budget, || {
                format!(
                    "admitted work reaches {} with a cumulative budget of {budget}",
                    cum + a
                )
            });
            let (ww, allow, wc) = (self.window_work, self.window_allowance, self.window_cycle);
            self.check(MonitorId::Window, ww + a <= allow, || {
                format!(
                    "window work reaches {} (window cycle {wc}) with {allow} allowed",
                    ww + a
                )
            });
        }
        // An expired grant is refused: it loosens nothing, clears nothing.
        let expired = self.params.device_epoch(self.cycle) > self.pending_expiry_q[1];
        if input.grant_apply {
            let (said, cycle) = (self.out.grant_expired, self.cycle);
            let (epoch, expiry) = (self.params.device_epoch(cycle), self.pending_expiry_q[1]);
            self.check(MonitorId::NoLoosening, said == expired, || {
                format!(
                    "grant_apply in cycle {cycle} (epoch {epoch}) of a grant with expiry \
                     epoch {expiry}: grant_expired is {said}"
                )
            });
        }
        self.applied = (input.grant_apply && !expired).then_some(self.pending);
        self.pending_expiry_q = [self.pending.expiry, self.pending_expiry_q[0]];
        if input.grant_we {
            self.pending.write(input.grant_addr, input.grant_wdata);
        }
        self.prev_in = *input;
        self.prev_en = en;
        self.last_admitted = a;
        self.cycle += 1;
    }

    /// [`Monitors::begin_cycle`] then [`Monitors::end_cycle`].
    pub fn observe(&mut self, input: &PinsIn, out: &PinsOut, done: &[Completion]) {
        self.begin_cycle(out, done);
        self.end_cycle(input);
    }

    /// Moves the account from the previous cycle to the current one.
    fn advance(&mut self, done: &[Completion]) {
        let prev = self.cycle - 1;
        let a = std::mem::take(&mut self.last_admitted);
        self.prev_ratio = self.ratio();
        // A SNAPSHOT applied in the previous cycle copied that cycle's counters.
        for c in done {
            if let Op::Write {
                addr: reg::SNAPSHOT,
                ..
            } = c.op
            {
                if c.okay() {
                    self.snap = Snapshot {
                        cum: self.cum,
                        window_work: self.window_work,
                        window_cycle: self.window_cycle,
                        cycle: prev,
                        enabled: self.enabled,
                    };
                }
            }
        }
        // The slack before the previous cycle's work (and writes): the cap
        // decides a cycle ahead, on that against 2W.
        let slack_pre = self.lim.cum_budget.saturating_sub(self.cum);
        self.cum += a;
        self.enabled += u64::from(self.prev_en);
        let wleft_pre = self.window_allowance.saturating_sub(self.window_work);
        let new_window = self.window_cycle == self.lim.window_len.wrapping_sub(1);
        if new_window {
            self.window_cycle = 0;
            self.window_work = 0;
            self.window_allowance = u128::from(self.lim.window_budget);
        } else {
            self.window_cycle = self.window_cycle.wrapping_add(1);
            self.window_work += a;
        }
        self.cap_loaded = false;
        self.win_loaded = false;
        for c in done.iter().filter(|c| c.op.is_write()) {
            self.apply_write(c);
        }
        let mut events = 0;
        if self.prev_in.kill {
            events |= trip::KILL_PIN;
        }
        if self.lim.killed {
            events |= trip::KILL_REG;
        }
        let grant = self.applied.take();
        let held = grant.is_some() || self.grant_hold_end.is_some_and(|end| prev <= end);
        // A budget commit, or step 4 of a grant (the cycle after the hold),
        // loads a new slack with the enable low: the next cycle may run if
        // it holds W. Otherwise the slack before the cycle must hold 2W.
        let step4 = self.grant_hold_end == Some(prev.wrapping_sub(1));
        let loaded = self.cap_loaded || step4;
        let stops = if loaded {
            self.lim.cum_budget.saturating_sub(self.cum) < self.w
        } else {
            slack_pre < 2 * self.w
        };
        // The window decides the same way; a new window, a WINDOW_BUDGET
        // apply and step 4 of a grant load its slack.
        let win_low = if new_window || self.win_loaded || step4 {
            self.window_allowance.saturating_sub(self.window_work) < self.w
        } else {
            wleft_pre < 2 * self.w
        };
        self.low_pred = (!held).then_some((stops, win_low));
        if !held && stops {
            events |= trip::CUM_BUDGET;
        }
        if self.lic_lapsed {
            events |= trip::LICENSE_EXPIRED;
        }
        self.lic_lapsed =
            self.params.device_epoch(prev) > self.lim.license_expiry && grant.is_none();
        let new = events & !self.reasons;
        for bit in 0..4 {
            if new & (1 << bit) != 0 {
                // The licence's timestamp is the lapse, a cycle earlier.
                let at = if bit == 3 { prev - 1 } else { prev };
                self.reason_cycles[bit] = Some(at);
            }
        }
        self.reasons |= new;
        if let Some(g) = grant {
            self.apply_grant(&g, prev);
        }
    }

    /// The grant applied in cycle `g`, after that cycle's writes and events.
    fn apply_grant(&mut self, p: &PendingGrant, g: u64) {
        self.lim.cum_budget = p.cum_budget;
        self.lim.stage = [
            p.cum_budget as u32,
            (p.cum_budget >> 32) as u32,
            (p.cum_budget >> 64) as u32,
        ];
        self.lim.window_budget = p.window_budget;
        self.lim.window_len = p.window_len;
        self.lim.baseline_ratio = p.baseline;
        self.lim.trip_ratio = p.trip_ratio;
        self.lim.report_threshold = p.report_threshold;
        self.lim.report_stage = [
            p.report_threshold as u32,
            (p.report_threshold >> 32) as u32,
            (p.report_threshold >> 64) as u32,
        ];
        self.lim.license_expiry = p.expiry;
        let wb = u128::from(p.window_budget);
        self.window_allowance = self.window_work + wb.saturating_sub(self.window_work);
        // Limits may read looser from now on.
        self.limit_reads = [None; 64];
        self.report_pulses = 0;
        self.grant_hold_end = Some(g + 3);
        if p.flags & grant_flag::CLEAR_TRIP != 0 {
            self.reasons &= !trip::CLEARABLE;
            self.trip_read &= !trip::CLEARABLE;
            self.reason_cycles = [None; 4];
            self.lim.killed = false;
        }
        if p.flags & grant_flag::DECOMMISSION != 0 {
            self.reasons |= trip::DECOMMISSIONED;
        }
    }

    fn check_enable(&mut self) {
        let en = self.out.accel_clk_en;
        let t = self.cycle;
        // Duty over the 256 cycles ending now; en(t) follows ratio(t-1).
        let old = std::mem::replace(&mut self.en_ring[self.ring_pos], en);
        self.en_in_ring = self.en_in_ring + u32::from(en) - u32::from(old);
        let count = self.en_in_ring;
        let max = if count > self.prev_ratio + 1 {
            self.ratio_ring.iter().copied().max().unwrap_or(0)
        } else {
            self.prev_ratio
        };
        self.check(MonitorId::Duty, count <= max + 1, || {
            format!(
                "enable high {count} times in cycles {}..={t}, highest ratio in force {max}",
                t.saturating_sub(255)
            )
        });
        let ratio = self.ratio();
        self.ratio_ring[self.ring_pos] = ratio;
        self.ring_pos = (self.ring_pos + 1) % 256;

        if t == 0 {
            return;
        }
        let slack = self.lim.cum_budget.saturating_sub(self.cum);
        let w = self.w;
        self.check(MonitorId::Cap, !en || slack >= w, || {
            format!("enable high with {slack} of the cumulative budget left, below max work per cycle {w}")
        });
        let left = self.window_allowance.saturating_sub(self.window_work);
        self.check(MonitorId::Window, !en || left >= w, || {
            format!(
                "enable high with {left} of the window budget left, below max work per cycle {w}"
            )
        });
        let kill_prev = self.prev_in.kill;
        self.check(MonitorId::Kill, !en || !kill_prev, || {
            format!(
                "enable high one cycle after the kill pin was high (cycle {})",
                t - 1
            )
        });
        let killed = self.lim.killed;
        self.check(MonitorId::Kill, !en || !killed, || {
            "enable high after an accepted KILL write".to_string()
        });
        let decommissioned = self.reasons & trip::DECOMMISSIONED != 0;
        self.check(MonitorId::TripSticky, !en || !decommissioned, || {
            "enable high after a decommissioning grant".to_string()
        });
        let prev_ratio = self.prev_ratio;
        let reasons = self.reasons;
        self.check(MonitorId::TripSticky, !en || prev_ratio > 0, || {
            if reasons != 0 {
                format!(
                    "enable high although tripped ({}) with effective ratio 0",
                    capfuse_abi::bit_names(reasons, trip::NAMES).join(", ")
                )
            } else {
                "enable high although the baseline ratio is 0".to_string()
            }
        });
    }

    fn apply_write(&mut self, c: &Completion) {
        let Op::Write { addr, data, strb } = c.op else {
            return;
        };
        let okay = c.resp == resp::OKAY;
        let Some(r) = register_at(addr).filter(|_| addr % 4 == 0) else {
            return;
        };
        let m = byte_mask(strb);
        let rw = |old: u32| (old & !m) | (data & m);
        if r.access == Access::Ro {
            self.check(MonitorId::NoLoosening, !okay, || {
                format!(
                    "write of 0x{data:08x} to read-only {} answered OKAY",
                    r.name
                )
            });
            return;
        }
        let lim = self.lim;
        // (old, new, invalid) in u128 for the limit registers.
        let change: Option<(u128, u128, bool)> = match addr {
            reg::BASELINE_RATIO => {
                let v = rw(lim.baseline_ratio);
                Some((lim.baseline_ratio.into(), v.into(), v > 256))
            }
            reg::TRIP_RATIO => {
                let v = rw(lim.trip_ratio);
                Some((lim.trip_ratio.into(), v.into(), v > 256))
            }
            reg::WINDOW_LEN => {
                let v = rw(lim.window_len);
                Some((lim.window_len.into(), v.into(), v == 0))
            }
            reg::WINDOW_BUDGET => {
                let v = rw(lim.window_budget);
                Some((lim.window_budget.into(), v.into(), false))
            }
            reg::CUM_BUDGET_COMMIT if data & m & 1 != 0 => {
                Some((lim.cum_budget, lim.stage_value(), false))
            }
            reg::REPORT_THRESHOLD_COMMIT if data & m & 1 != 0 => {
                Some((lim.report_threshold, lim.report_stage_value(), false))
            }
            reg::KILL => {
                let v = data & m & 1;
                Some((
                    u128::from(lim.killed),
                    u128::from(lim.killed) | u128::from(v),
                    false,
                ))
            }
            reg::CUM_BUDGET_NEXT_0 | reg::CUM_BUDGET_NEXT_1 | reg::CUM_BUDGET_NEXT_2 => {
                if okay {
                    let k = usize::from((addr - reg::CUM_BUDGET_NEXT_0) / 4);
                    self.lim.stage[k] = rw(self.lim.stage[k]);
                }
                None
            }
            reg::REPORT_THRESHOLD_NEXT_0
            | reg::REPORT_THRESHOLD_NEXT_1
            | reg::REPORT_THRESHOLD_NEXT_2 => {
                if okay {
                    let k = usize::from((addr - reg::REPORT_THRESHOLD_NEXT_0) / 4);
                    self.lim.report_stage[k] = rw(self.lim.report_stage[k]);
                }
                None
            }
            _ => None,
        };
        let Some((old, new, invalid)) = change else {
            return;
        };
        let (limit, name): (&Register, &str) = match addr {
            reg::CUM_BUDGET_COMMIT => (register_at(reg::CUM_BUDGET_0).unwrap(), "CUM_BUDGET"),
            reg::REPORT_THRESHOLD_COMMIT => (
                register_at(reg::REPORT_THRESHOLD_0).unwrap(),
                "REPORT_THRESHOLD",
            ),
            _ => (r, r.name),
        };
        let looser = !limit.stricter.allows(old, new);
        self.check(
            MonitorId::NoLoosening,
            !okay || !(looser || invalid),
            || {
                if invalid {
                    format!("{name} write of {new} (out of range) answered OKAY")
                } else {
                    format!("{name} write answered OKAY although it loosens {old} -> {new}")
                }
            },
        );
        if !okay {
            return;
        }
        match addr {
            reg::BASELINE_RATIO => self.lim.baseline_ratio = new as u32,
            reg::TRIP_RATIO => self.lim.trip_ratio = new as u32,
            reg::WINDOW_LEN => self.lim.window_len = new as u32,
            reg::WINDOW_BUDGET => {
                self.lim.window_budget = new as u32;
                self.window_allowance = self.window_work + new.saturating_sub(self.window_work);
                self.win_loaded = true;
            }
            reg::CUM_BUDGET_COMMIT => {
                self.lim.cum_budget = new;
                self.cap_loaded = true;
            }
            reg::REPORT_THRESHOLD_COMMIT => {
                self.lim.report_threshold = new;
                self.report_pulses = 0;
            }
            reg::KILL => self.lim.killed = new != 0,
            _ => {}
        }
    }

    fn check_read(&mut self, c: &Completion) {
        let Op::Read { addr } = c.op else { return };
        if c.resp != resp::OKAY || addr % 4 != 0 {
            return;
        }
        let v = c.data;
        let lim = self.lim;
        match addr {
            reg::TRIP_REASON => {
                let missing = self.reasons & !v;
                let lost = self.trip_read & !v;
                let reasons = self.reasons;
                self.check(MonitorId::TripSticky, missing == 0, || {
                    format!(
                        "TRIP_REASON reads 0x{v:x} but the pins show {} (0x{reasons:x})",
                        capfuse_abi::bit_names(missing, trip::NAMES).join(", ")
                    )
                });
                let before = self.trip_read;
                self.check(MonitorId::TripSticky, lost == 0, || {
                    format!("TRIP_REASON reads 0x{v:x}, losing bits of 0x{before:x} read earlier")
                });
                // The cap stops only with less than 2W left (see `advance`):
                // a CUM_BUDGET the account does not imply stopped it early.
                let early = v & trip::CUM_BUDGET & !self.reasons;
                self.check(MonitorId::Cap, early == 0, || {
                    format!(
                        "TRIP_REASON reads 0x{v:x} with CUM_BUDGET, but at least 2W of the \
                         cumulative budget was left (0x{reasons:x} implied)"
                    )
                });
                self.trip_read |= v;
            }
            reg::STATUS => {
                // Neither stops early: CAPPED and PACED show a decision the
                // account implies (less than 2W before the cycle, or less
                // than W loaded).
                if let Some((cap_low, win_low)) = self.low_pred {
                    self.check(MonitorId::Cap, v & status::CAPPED == 0 || cap_low, || {
                        format!("STATUS reads 0x{v:x} with CAPPED, but at least 2W of the cumulative budget was left")
                    });
                    self.check(MonitorId::Window, v & status::PACED == 0 || win_low, || {
                        format!("STATUS reads 0x{v:x} with PACED, but at least 2W of the window budget was left")
                    });
                }
                let tripped = self.reasons != 0 || self.trip_read != 0;
                self.check(
                    MonitorId::TripSticky,
                    !tripped || v & status::TRIPPED != 0,
                    || format!("STATUS reads 0x{v:x} without TRIPPED after a trip"),
                );
            }
            reg::BASELINE_RATIO
            | reg::TRIP_RATIO
            | reg::WINDOW_LEN
            | reg::WINDOW_BUDGET
            | reg::KILL => {
                let in_force = match addr {
                    reg::BASELINE_RATIO => lim.baseline_ratio,
                    reg::TRIP_RATIO => lim.trip_ratio,
                    reg::WINDOW_LEN => lim.window_len,
                    reg::WINDOW_BUDGET => lim.window_budget,
                    _ => u32::from(lim.killed),
                };
                self.check_limit_read(addr, u128::from(v), u128::from(in_force), v);
            }
            reg::CUM_BUDGET_0 | reg::CUM_BUDGET_1 | reg::CUM_BUDGET_2 => {
                // Put the word read in place of the same word of the budget
                // in force: the composite must not be looser.
                let shift = 32 * u32::from((addr - reg::CUM_BUDGET_0) / 4);
                let composed =
                    (lim.cum_budget & !(0xffff_ffffu128 << shift)) | u128::from(v) << shift;
                self.check_limit_read(addr, composed, lim.cum_budget, v);
            }
            reg::REPORT_THRESHOLD_0 | reg::REPORT_THRESHOLD_1 | reg::REPORT_THRESHOLD_2 => {
                let shift = 32 * u32::from((addr - reg::REPORT_THRESHOLD_0) / 4);
                let t = lim.report_threshold;
                let composed = (t & !(0xffff_ffffu128 << shift)) | u128::from(v) << shift;
                self.check_limit_read(addr, composed, t, v);
            }
            _ => self.check_counter_read(addr, v),
        }
    }

    fn check_limit_read(&mut self, addr: u16, read: u128, in_force: u128, word: u32) {
        let r = register_at(addr).expect("limit register");
        let name = r.name;
        self.check(
            MonitorId::NoLoosening,
            r.stricter.allows(in_force, read),
            || format!("{name} reads {read}, looser than {in_force} in force"),
        );
        let slot = usize::from(addr / 4) % 64;
        if let Some(before) = self.limit_reads[slot] {
            // Word by word only for single-word limits.
            if r.wide.0.is_empty() {
                self.check(
                    MonitorId::NoLoosening,
                    r.stricter.allows(before.into(), word.into()),
                    || format!("{name} reads {word}, looser than {before} read earlier"),
                );
            }
        }
        self.limit_reads[slot] = Some(word);
    }

    fn check_counter_read(&mut self, addr: u16, v: u32) {
        let s = self.snap;
        let word = |x: u128, k: u32| (x >> (32 * k)) as u32;
        let expected = match addr {
            reg::CUM_WORK_0 => word(s.cum, 0),
            reg::CUM_WORK_1 => word(s.cum, 1),
            reg::CUM_WORK_2 => word(s.cum, 2),
            reg::WINDOW_WORK => s.window_work as u32,
            reg::WINDOW_CYCLE => s.window_cycle,
            reg::CYCLE_0 => s.cycle as u32,
            reg::CYCLE_1 => (s.cycle >> 32) as u32,
            reg::ENABLED_CYCLES_0 => s.enabled as u32,
            reg::ENABLED_CYCLES_1 => (s.enabled >> 32) as u32,
            _ => return,
        };
        self.check(MonitorId::Counters, v == expected, || {
            format!(
                "{} reads {v} from the snapshot of cycle {}, but the pins give {expected}",
                reg_name(addr),
                s.cycle
            )
        });
    }
}

/// Bit mask of the bytes enabled by `strb`.
pub fn byte_mask(strb: u8) -> u32 {
    (0..4)
        .filter(|k| strb & (1 << k) != 0)
        .fold(0, |m, k| m | 0xff << (8 * k))
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: FuseParams = FuseParams {
        max_work_per_cycle: 100,
        power_up_baseline_ratio: 256,
        ..FuseParams::DEFAULT
    };

    /// A scripted trace: one entry per cycle.
    struct Trace {
        m: Monitors,
        next_id: u64,
    }

    impl Trace {
        fn new(p: FuseParams) -> Self {
            let mut t = Trace {
                m: Monitors::new(p),
                next_id: 0,
            };
            // Cycle 0 idle, so that scripted writes complete from cycle 1 on.
            t.cycle(false, 0, false, &[]);
            t
        }
        fn cycle(&mut self, en: bool, work: u16, kill: bool, done: &[Completion]) {
            let out = PinsOut {
                accel_clk_en: en,
                ..PinsOut::default()
            };
            let input = PinsIn {
                work_units: work,
                kill,
                ..PinsIn::default()
            };
            self.m.observe(&input, &out, done);
        }
        fn run(&mut self, n: u64, en: bool, work: u16) {
            for _ in 0..n {
                self.cycle(en, work, false, &[]);
            }
        }
        fn done(&mut self, op: Op, resp: u8, data: u32) -> Completion {
            self.next_id += 1;
            let t = self.m.cycle();
            Completion {
                id: self.next_id,
                op,
                resp,
                data,
                issued: t.saturating_sub(7),
                accepted: t.saturating_sub(6),
                completed: t,
            }
        }
        /// A write whose response arrives in this cycle (so it was applied
        /// at the end of the previous one and is in force from this one).
        fn write(&mut self, addr: u16, data: u32, resp: u8) {
            let c = self.done(
                Op::Write {
                    addr,
                    data,
                    strb: 0xf,
                },
                resp,
                0,
            );
            self.cycle(false, 0, false, &[c]);
        }
        fn read(&mut self, addr: u16, data: u32) {
            let c = self.done(Op::Read { addr }, resp::OKAY, data);
            self.cycle(false, 0, false, &[c]);
        }
        fn pins(&mut self, input: PinsIn, out: PinsOut) {
            self.m.observe(&input, &out, &[]);
        }
        /// Writes grant words on the grant port, then applies them; `flags`
        /// as in the grant body, the limits loosest but the ratio `ratio`.
        fn grant(&mut self, flags: u16, ratio: u32) {
            self.grant_expiring(flags, ratio, u64::MAX, false);
        }
        /// [`Trace::grant`] with expiry epoch `expiry`, the fuse showing
        /// `grant_expired` = `said_expired` in the apply cycle.
        fn grant_expiring(&mut self, flags: u16, ratio: u32, expiry: u64, said_expired: bool) {
            // The expiry first: the fuse judges an apply on expiry words
            // written at least three cycles before.
            let words: [(u8, u32); 9] = [
                (18, expiry as u32),
                (19, (expiry >> 32) as u32),
                (4, u32::from(flags) << 16 | 1),
                (20, u32::MAX),
                (21, u32::MAX),
                (22, u32::MAX),
                (24, u32::MAX),
                (25, 1),
                (26, ratio | ratio << 16),
            ];
            for (addr, v) in words {
                let input = PinsIn {
                    grant_we: true,
                    grant_addr: addr,
                    grant_wdata: v,
                    ..PinsIn::default()
                };
                self.pins(input, PinsOut::default());
            }
            let apply = PinsIn {
                grant_apply: true,
                ..PinsIn::default()
            };
            let out = PinsOut {
                grant_expired: said_expired,
                ..PinsOut::default()
            };
            self.pins(apply, out);
            self.run(5, false, 0);
        }
        fn failures(&self, id: MonitorId) -> u64 {
            self.m.verdicts()[id.index()].failures
        }
        fn only(&self, id: MonitorId) {
            for v in self.m.verdicts() {
                assert_eq!(
                    v.passed(),
                    v.monitor != id,
                    "{:?}: {:?}",
                    v.monitor,
                    v.violations
                );
            }
        }
    }

    fn commit_budget(t: &mut Trace, budget: u128) {
        t.write(reg::CUM_BUDGET_NEXT_0, budget as u32, resp::OKAY);
        t.write(reg::CUM_BUDGET_NEXT_1, (budget >> 32) as u32, resp::OKAY);
        t.write(reg::CUM_BUDGET_NEXT_2, (budget >> 64) as u32, resp::OKAY);
        t.write(reg::CUM_BUDGET_COMMIT, 1, resp::OKAY);
    }

    #[test]
    fn clean_trace_passes() {
        let mut t = Trace::new(P);
        commit_budget(&mut t, 1000);
        t.cycle(false, 0, false, &[]);
        t.run(9, true, 100); // 900 admitted, 100 left: still one W
        t.run(1, true, 100); // 1000 admitted: now stopped
        t.run(20, false, 100);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        assert_eq!(t.m.admitted(), 1000);
        assert_eq!(t.m.trip_reasons().0, trip::CUM_BUDGET);
        t.read(reg::TRIP_REASON, trip::CUM_BUDGET);
        t.read(reg::STATUS, status::TRIPPED | status::CAPPED);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
    }

    #[test]
    fn cap_fires_on_admission_past_the_budget() {
        let mut t = Trace::new(P);
        commit_budget(&mut t, 1000);
        t.run(11, true, 100);
        assert!(t.failures(MonitorId::Cap) >= 2);
        let v = &t.m.verdicts()[0].violations[0];
        assert!(v.detail.contains("below max work per cycle"), "{v}");
        assert!(t
            .m
            .violations()
            .iter()
            .any(|v| v.detail.contains("reaches 1100")));
    }

    #[test]
    fn cap_fires_on_a_cum_budget_trip_with_2w_left() {
        // 700 admitted, 300 = 3W left: the cap may not have stopped yet.
        let mut t = Trace::new(P);
        commit_budget(&mut t, 1000);
        t.run(7, true, 100);
        t.read(reg::TRIP_REASON, trip::CUM_BUDGET);
        t.only(MonitorId::Cap);
        let v = &t.m.verdicts()[0].violations[0];
        assert!(v.detail.contains("at least 2W"), "{v}");
        // 900 admitted: the decision in the last enabled cycle saw 200 =
        // 2W before it, the one in the next cycle 100 < 2W, so the trip is
        // due (and a read shows it a cycle later).
        let mut t = Trace::new(P);
        commit_budget(&mut t, 1000);
        t.run(9, true, 100);
        t.run(2, false, 0);
        t.read(reg::TRIP_REASON, trip::CUM_BUDGET);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
    }

    #[test]
    fn capped_or_paced_with_2w_left_fires() {
        let mut t = Trace::new(P);
        commit_budget(&mut t, 1000);
        t.run(3, true, 100);
        t.read(reg::STATUS, status::CAPPED);
        t.only(MonitorId::Cap);
        let mut t = Trace::new(P);
        t.write(reg::WINDOW_LEN, 1000, resp::OKAY);
        t.write(reg::WINDOW_BUDGET, 1000, resp::OKAY);
        t.run(3, true, 100);
        t.read(reg::STATUS, status::PACED);
        t.only(MonitorId::Window);
        // 900 admitted, 200 = 2W before the last cycle: the next may run;
        // a cycle later (100 before it) the window paces, which a read
        // shows a cycle after that.
        let mut t = Trace::new(P);
        t.write(reg::WINDOW_LEN, 1000, resp::OKAY);
        t.write(reg::WINDOW_BUDGET, 1000, resp::OKAY);
        t.run(9, true, 100);
        t.run(2, false, 0);
        t.read(reg::STATUS, status::PACED);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
    }

    #[test]
    fn cap_counts_only_work_up_to_w() {
        let mut t = Trace::new(P);
        commit_budget(&mut t, 1000);
        // Reports of 5000 count as 100 each; 10 cycles reach the budget.
        t.run(10, true, 5000);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        assert_eq!(t.m.admitted(), 1000);
    }

    #[test]
    fn window_tracks_boundaries_and_fires() {
        let mut t = Trace::new(P);
        t.write(reg::WINDOW_LEN, 0x0010_0000, resp::OKAY); // same value: fine
                                                           // Windows of 2^20 cycles; budget 300 per window.
        t.write(reg::WINDOW_BUDGET, 300, resp::OKAY);
        t.run(3, true, 100);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        t.run(1, false, 0);
        assert_eq!(t.m.window().remaining, 0);
        t.run(1, true, 100);
        t.only(MonitorId::Window);
    }

    #[test]
    fn window_restarts_exactly_at_the_window_length() {
        let p = FuseParams {
            max_work_per_cycle: 10,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        };
        let mut t = Trace::new(p);
        // Power-up windows are one cycle long; 16 from cycle 1 on.
        t.write(reg::WINDOW_LEN, 16, resp::OKAY);
        assert_eq!(t.m.window().cycle_in_window, 0);
        assert_eq!(t.m.window().len, 16);
        t.write(reg::WINDOW_BUDGET, 20, resp::OKAY);
        t.run(10, true, 1); // cycles 3..=12: 10 admitted
        while t.m.cycle() < 16 {
            t.cycle(false, 0, false, &[]);
        }
        t.cycle(true, 10, false, &[]); // cycle 16, the window's last: 20 admitted
        assert_eq!(t.m.window().cycle_in_window, 15);
        t.cycle(true, 10, false, &[]); // first cycle of the next window
        assert_eq!(t.m.window().cycle_in_window, 0);
        assert_eq!(t.m.window().remaining, 20);
        t.cycle(true, 10, false, &[]);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        t.cycle(true, 10, false, &[]);
        t.only(MonitorId::Window);
    }

    #[test]
    fn lowering_the_window_budget_mid_window_keeps_what_was_admitted() {
        let p = FuseParams {
            max_work_per_cycle: 10,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        };
        let mut t = Trace::new(p);
        t.write(reg::WINDOW_LEN, 1000, resp::OKAY);
        t.run(5, true, 10); // 50 admitted
        t.write(reg::WINDOW_BUDGET, 60, resp::OKAY);
        t.run(1, true, 10); // 60: fine
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        t.write(reg::WINDOW_BUDGET, 30, resp::OKAY); // below what was admitted
        assert_eq!(t.m.window().remaining, 0);
        t.run(1, true, 1);
        t.only(MonitorId::Window);
    }

    #[test]
    fn trip_sticky_fires_when_a_reason_is_lost() {
        let mut t = Trace::new(P);
        t.cycle(false, 0, true, &[]); // kill pin: KILL_PIN from the next cycle
        t.read(reg::TRIP_REASON, trip::KILL_PIN);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        t.read(reg::TRIP_REASON, 0);
        t.only(MonitorId::TripSticky);
        assert!(t.m.violations()[0].detail.contains("kill pin"));
    }

    #[test]
    fn trip_sticky_fires_when_enabled_after_trip_at_ratio_zero() {
        let mut t = Trace::new(P);
        t.write(reg::KILL, 1, resp::OKAY);
        t.run(3, false, 0);
        t.cycle(true, 0, false, &[]);
        assert!(t.failures(MonitorId::TripSticky) == 1);
        assert!(t.failures(MonitorId::Kill) == 1);
    }

    #[test]
    fn no_loosening_fires_on_an_accepted_loosening_write() {
        let mut t = Trace::new(P);
        t.write(reg::BASELINE_RATIO, 100, resp::OKAY); // tighter: fine
        t.write(reg::BASELINE_RATIO, 200, resp::SLVERR); // looser, refused: fine
        t.write(reg::WINDOW_LEN, 10, resp::SLVERR);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        assert_eq!(t.m.limits().baseline_ratio, 100);
        t.write(reg::BASELINE_RATIO, 101, resp::OKAY);
        t.only(MonitorId::NoLoosening);
        assert!(t.m.violations()[0].detail.contains("loosens 100 -> 101"));
    }

    #[test]
    fn no_loosening_checks_invalid_values_commits_and_reads() {
        let mut t = Trace::new(P);
        t.write(reg::TRIP_RATIO, 300, resp::OKAY); // out of range yet accepted
        assert_eq!(t.failures(MonitorId::NoLoosening), 1);
        let mut t = Trace::new(P);
        commit_budget(&mut t, 5000);
        t.write(reg::CUM_BUDGET_NEXT_0, 6000, resp::OKAY);
        t.write(reg::CUM_BUDGET_COMMIT, 1, resp::OKAY); // looser commit accepted
        assert_eq!(t.failures(MonitorId::NoLoosening), 1);
        let mut t = Trace::new(P);
        t.write(reg::WINDOW_BUDGET, 500, resp::OKAY);
        t.read(reg::WINDOW_BUDGET, 500);
        assert!(t.m.all_passed());
        t.read(reg::WINDOW_BUDGET, 501);
        t.only(MonitorId::NoLoosening);
        let mut t = Trace::new(P);
        commit_budget(&mut t, 5000);
        t.read(reg::CUM_BUDGET_0, 5000);
        t.read(reg::CUM_BUDGET_1, 0);
        assert!(t.m.all_passed());
        t.read(reg::CUM_BUDGET_1, 1);
        t.only(MonitorId::NoLoosening);
        let mut t = Trace::new(P);
        t.write(reg::CUM_BUDGET_0, 1, resp::OKAY); // read-only target
        t.only(MonitorId::NoLoosening);
    }

    #[test]
    fn duty_fires_when_the_enable_outruns_the_ratio() {
        let p = FuseParams {
            max_work_per_cycle: 100,
            power_up_baseline_ratio: 32,
            ..FuseParams::DEFAULT
        };
        let mut t = Trace::new(p);
        // 33 enables in 256 cycles are allowed (32 + 1)...
        for i in 0..256 {
            t.cycle(i % 8 == 0 || i == 3, 0, false, &[]);
        }
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        // ...34 are not.
        let mut t = Trace::new(p);
        for i in 0..256 {
            t.cycle(i % 8 == 0 || i == 3 || i == 5, 0, false, &[]);
        }
        t.only(MonitorId::Duty);
        assert!(
            t.m.violations()[0].detail.contains("34 times"),
            "{:?}",
            t.m.violations()
        );
    }

    #[test]
    fn duty_uses_the_highest_ratio_in_the_window() {
        let mut t = Trace::new(P); // ratio 256
        t.run(100, true, 0);
        t.write(reg::BASELINE_RATIO, 16, resp::OKAY);
        t.run(10, true, 0); // still within a window that saw 256: allowed
        assert_eq!(t.failures(MonitorId::Duty), 0);
        t.run(300, false, 0);
        t.run(18, true, 0); // 18 > 16 + 1
        t.only(MonitorId::Duty);
    }

    #[test]
    fn kill_fires_when_the_enable_follows_the_pin_too_late() {
        let mut t = Trace::new(P);
        t.run(5, true, 1);
        t.cycle(true, 1, true, &[]); // pin high in this cycle
        t.cycle(true, 1, false, &[]); // enable still high the next: violation
        assert_eq!(t.failures(MonitorId::Kill), 1);
        assert!(t
            .m
            .violations()
            .iter()
            .any(|v| v.monitor == MonitorId::Kill));
    }

    #[test]
    fn counters_fire_on_a_wrong_snapshot() {
        let mut t = Trace::new(P);
        t.run(10, true, 7);
        // Cycles 1..=10 enabled with 7 each. The snapshot is applied in
        // cycle 10 and copies that cycle's counters: 9 enabled cycles so far.
        t.write(reg::SNAPSHOT, 1, resp::OKAY);
        t.read(reg::CUM_WORK_0, 63);
        t.read(reg::CYCLE_0, 10);
        t.read(reg::ENABLED_CYCLES_0, 9);
        // One-cycle windows at power-up.
        t.read(reg::WINDOW_CYCLE, 0);
        t.read(reg::WINDOW_WORK, 0);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        t.read(reg::CUM_WORK_0, 64);
        t.only(MonitorId::Counters);
    }

    /// Epochs of 4 cycles: a grant whose expiry epoch is behind the
    /// apply cycle's is refused in the account (a looser read after it
    /// fires), and the fuse's `grant_expired` must agree with the account.
    #[test]
    fn an_expired_grant_loosens_nothing_in_the_account() {
        let short = FuseParams {
            epoch_shift: 2,
            ..P
        };
        // Tighten, let epochs pass (cycle > 40: epoch 10 and later).
        let fresh = || {
            let mut t = Trace::new(short);
            t.write(reg::BASELINE_RATIO, 10, resp::OKAY);
            t.run(40, false, 0);
            t
        };
        let mut t = fresh();
        t.grant_expiring(grant_flag::CLEAR_TRIP, 200, 3, true);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        assert_eq!(t.m.limits().baseline_ratio, 10, "refused");
        t.read(reg::BASELINE_RATIO, 200);
        t.only(MonitorId::NoLoosening);
        // A fuse that says "not expired" for it is wrong too.
        let mut t = fresh();
        t.grant_expiring(0, 200, 3, false);
        t.only(MonitorId::NoLoosening);
        // Expiring in the apply cycle's epoch: applied, and the fuse must
        // not call it expired.
        let mut t = fresh();
        let epoch = short.device_epoch(t.m.cycle() + 9);
        t.grant_expiring(0, 200, epoch, false);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        assert_eq!(t.m.limits().baseline_ratio, 200);
        let mut t = fresh();
        t.grant_expiring(0, 200, epoch, true);
        t.only(MonitorId::NoLoosening);
    }

    #[test]
    fn a_limit_loosens_only_through_a_grant() {
        let mut t = Trace::new(P);
        t.write(reg::BASELINE_RATIO, 10, resp::OKAY);
        t.read(reg::BASELINE_RATIO, 10);
        t.grant(0, 200);
        t.read(reg::BASELINE_RATIO, 200);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        assert_eq!(t.m.limits().baseline_ratio, 200);
        // The same looser read without a grant fires.
        let mut t = Trace::new(P);
        t.write(reg::BASELINE_RATIO, 10, resp::OKAY);
        t.read(reg::BASELINE_RATIO, 10);
        t.run(5, false, 0);
        t.read(reg::BASELINE_RATIO, 200);
        t.only(MonitorId::NoLoosening);
        // A looser threshold commit answered OKAY fires too.
        let mut t = Trace::new(P);
        t.write(reg::REPORT_THRESHOLD_NEXT_0, 5, resp::OKAY);
        t.write(reg::REPORT_THRESHOLD_NEXT_1, 0, resp::OKAY);
        t.write(reg::REPORT_THRESHOLD_NEXT_2, 0, resp::OKAY);
        t.write(reg::REPORT_THRESHOLD_COMMIT, 1, resp::OKAY);
        assert!(t.m.all_passed());
        t.write(reg::REPORT_THRESHOLD_NEXT_0, 6, resp::OKAY);
        t.write(reg::REPORT_THRESHOLD_COMMIT, 1, resp::OKAY);
        t.only(MonitorId::NoLoosening);
    }

    #[test]
    fn a_trip_clears_only_through_a_clear_trip_grant() {
        let mut t = Trace::new(P);
        t.cycle(false, 0, true, &[]);
        t.run(2, false, 0);
        t.read(reg::TRIP_REASON, trip::KILL_PIN);
        t.grant(grant_flag::CLEAR_TRIP, 256);
        t.read(reg::TRIP_REASON, 0);
        assert_eq!(t.m.trip_reasons().0, 0);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        // Without the flag the grant clears nothing.
        let mut t = Trace::new(P);
        t.cycle(false, 0, true, &[]);
        t.run(2, false, 0);
        t.read(reg::TRIP_REASON, trip::KILL_PIN);
        t.grant(0, 256);
        t.read(reg::TRIP_REASON, 0);
        t.only(MonitorId::TripSticky);
    }

    #[test]
    fn decommission_keeps_the_enable_low_and_never_clears() {
        let mut t = Trace::new(P);
        t.run(3, true, 1);
        t.grant(grant_flag::DECOMMISSION, 256);
        t.grant(grant_flag::CLEAR_TRIP, 256);
        t.read(reg::TRIP_REASON, trip::DECOMMISSIONED);
        t.run(3, false, 0);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        t.run(1, true, 1);
        t.only(MonitorId::TripSticky);
        // A TRIP_REASON read without bit 4 after the clear fires as well.
        let mut t = Trace::new(P);
        t.grant(grant_flag::DECOMMISSION, 256);
        t.grant(grant_flag::CLEAR_TRIP, 256);
        t.read(reg::TRIP_REASON, 0);
        t.only(MonitorId::TripSticky);
    }

    #[test]
    fn report_due_fires_on_a_second_pulse_per_arming() {
        let pulse = PinsOut {
            report_due: true,
            ..PinsOut::default()
        };
        let mut t = Trace::new(P);
        t.pins(PinsIn::default(), pulse);
        t.run(3, false, 0);
        t.grant(0, 256);
        t.pins(PinsIn::default(), pulse);
        t.write(reg::REPORT_THRESHOLD_COMMIT, 1, resp::OKAY);
        t.pins(PinsIn::default(), pulse);
        assert!(t.m.all_passed(), "{:?}", t.m.violations());
        t.run(3, false, 0);
        t.pins(PinsIn::default(), pulse);
        t.only(MonitorId::Report);
    }

    #[test]
    fn byte_masks() {
        assert_eq!(byte_mask(0xf), u32::MAX);
        assert_eq!(byte_mask(0b0101), 0x00ff_00ff);
        let mut t = Trace::new(FuseParams::DEFAULT);
        // Partial write to BASELINE_RATIO (32): only byte 0 = 0x10 -> 16.
        let c = t.done(
            Op::Write {
                addr: reg::BASELINE_RATIO,
                data: 0xffff_ff10,
                strb: 1,
            },
            resp::OKAY,
            0,
        );
        t.cycle(false, 0, false, &[c]);
        assert_eq!(t.m.limits().baseline_ratio, 0x10);
    }
}
