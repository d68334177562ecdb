//! The behavioural model: a plain-Rust transcription of `docs/fuse-core.md`.
//!
//! It keeps wide values as exact integers (`u128` for 96-bit ones) where the
//! RTL splits them into 32-bit words, so it doubles as the oracle for the
//! RTL's word-serial and carry-select arithmetic. It is the fastest engine
//! and the one property tests run against.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use capfuse_abi::{err, intr, reg, resp, status, trip, FuseParams, ABI_VERSION_MAJOR};

const MASK96: u128 = (1u128 << 96) - 1;
const RATIO_MAX: u32 = capfuse_abi::RATIO_DENOMINATOR;

/// Snapshot of the counters taken by a `SNAPSHOT` write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Work units admitted since power-up.
    pub cum: u128,
    /// Work in the current window.
    pub wwork: u32,
    /// Cycle index inside the current window.
    pub wcycle: u32,
    /// Cycles since power-up.
    pub cycle: u64,
    /// Cycles with the enable high.
    pub enabled: u64,
    /// Cycles stopped (kill, cap, trip, hold).
    pub stopped: u64,
    /// Cycles held by the window budget.
    pub paced: u64,
    /// Cycles low because of the ratio.
    pub throttled: u64,
}

/// Full architectural state of the fuse core.
#[derive(Clone, Debug)]
pub struct Model {
    params: FuseParams,
    w: u32,

    // enable and why it is low
    en: bool,
    stop_q: bool,
    paced_q: bool,
    throttled_q: bool,
    capped_q: bool,
    win_low_q: bool,
    hold_q: bool,
    kill_pin_q: bool,
    acc: u32,

    // limits
    baseline: u32,
    trip_ratio: u32,
    wl: u32,
    wb: u32,
    budget: u128,
    stage: u128,
    kill_reg: bool,

    // metering
    live: Counters,
    snap: Counters,
    slack: u128,
    wslack: u32,

    // report threshold, licence, grants
    threshold: u128,
    threshold_stage: u128,
    /// The threshold may still fire (cleared when it fires, set again by a
    /// threshold commit or a grant).
    armed: bool,
    report_due: bool,
    /// CUM_WORK in the previous cycle: the threshold check lags one cycle.
    cum_prev: u128,
    license_expiry: u64,
    /// The licence had lapsed in the previous cycle (with no grant applied
    /// in it): bit 3 sets a cycle after the lapse, timestamped with it.
    lic_q: bool,
    last_grant_seq: u64,
    pending: PendingGrant,
    /// The pending expiry one cycle ago (the RTL derives the licence
    /// bound of the pending grant in a register stage).
    pending_expiry_q: u64,
    /// The pending grant has expired in this cycle's device epoch: a
    /// `grant_apply` now is refused and changes nothing (`grant_expired`).
    grant_lapsed: bool,
    /// Grant sequence: 1..=3 while the new slacks are computed (enable
    /// held), 4 when they are applied, else 0.
    gph: u8,
    report_snap: [u32; REPORT_SNAP_WORDS],
    snap_data: u32,

    // trip, errors, interrupts
    reasons: u32,
    trip_cycle: [u64; 4],
    clamped: bool,
    intr_state: u32,
    intr_enable: u32,
    err: u32,
    refused: u32,

    // AXI4-Lite
    aw_full: bool,
    aw_addr: u16,
    w_full: bool,
    w_data: u32,
    w_strb: u8,
    phase: u8,
    bvalid: bool,
    bresp: u8,
    /// The address of a read taken at the last edge, whose word is picked
    /// in this cycle (the register block's second stage).
    r_pend: Option<u16>,
    rvalid: bool,
    rdata: u32,
    rresp: u8,
}

/// First report word held by the report snapshot.
pub const REPORT_SNAP_FIRST: usize = 26;
/// Number of report words in the snapshot (26..=60).
pub const REPORT_SNAP_WORDS: usize = 35;

/// The grant-body words FuseCore keeps, as written through the grant port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PendingGrant {
    /// Grant flags (`abi::formats::grant_flag`), body word 4 bits 31:16.
    pub flags: u16,
    /// Sequence number (words 14, 15).
    pub seq: u64,
    /// Licence expiry in device epochs (words 18, 19).
    pub expiry: u64,
    /// Cumulative budget (words 20..=22; word 23 is zero by format).
    pub cum_budget: u128,
    /// Window budget (word 24).
    pub window_budget: u32,
    /// Window length (word 25).
    pub window_len: u32,
    /// Baseline ratio (word 26 bits 8:0).
    pub baseline: u32,
    /// Trip ratio (word 26 bits 24:16).
    pub trip_ratio: u32,
    /// Report threshold (words 27..=29; word 30 is zero by format).
    pub report_threshold: u128,
}

impl PendingGrant {
    /// Power-up contents: all zero but a window length of 1.
    pub const POWER_UP: PendingGrant = PendingGrant {
        flags: 0,
        seq: 0,
        expiry: 0,
        cum_budget: 0,
        window_budget: 0,
        window_len: 1,
        baseline: 0,
        trip_ratio: 0,
        report_threshold: 0,
    };

    /// Writes grant-body word `addr` (other words are ignored).
    pub fn write(&mut self, addr: u8, v: u32) {
        let set32 = |x: &mut u64, k: u32| {
            *x = (*x & !(0xffff_ffffu64 << (32 * k))) | (u64::from(v) << (32 * k))
        };
        let set96 = |x: &mut u128, k: u32| {
            *x = (*x & !(0xffff_ffffu128 << (32 * k))) | (u128::from(v) << (32 * k))
        };
        use capfuse_abi::formats::grant_word as gw;
        match addr & 0x1f {
            gw::FLAGS => self.flags = (v >> 16) as u16,
            gw::SEQ_0 => set32(&mut self.seq, 0),
            gw::SEQ_1 => set32(&mut self.seq, 1),
            gw::EXPIRY_0 => set32(&mut self.expiry, 0),
            gw::EXPIRY_1 => set32(&mut self.expiry, 1),
            gw::CUM_BUDGET_0 => set96(&mut self.cum_budget, 0),
            gw::CUM_BUDGET_1 => set96(&mut self.cum_budget, 1),
            gw::CUM_BUDGET_2 => set96(&mut self.cum_budget, 2),
            gw::WINDOW_BUDGET => self.window_budget = v,
            gw::WINDOW_LEN => self.window_len = v,
            gw::RATIOS => {
                self.baseline = v & 0x1ff;
                self.trip_ratio = (v >> 16) & 0x1ff;
            }
            gw::REPORT_THRESHOLD_0 => set96(&mut self.report_threshold, 0),
            gw::REPORT_THRESHOLD_1 => set96(&mut self.report_threshold, 1),
            gw::REPORT_THRESHOLD_2 => set96(&mut self.report_threshold, 2),
            _ => {}
        }
    }
}

/// What an applied write does, decided in phase 4.
enum Apply {
    Nothing,
    Refuse(u32),
    Snapshot,
    ClearErr(u32),
    ClearIntr(u32),
    IntrEnable(u32),
    Kill,
    Baseline(u32),
    TripRatio(u32),
    WindowLen(u32),
    WindowBudget(u32),
    Stage(usize, u32),
    Commit,
    ThresholdStage(usize, u32),
    ThresholdCommit,
}

fn byte_mask(strb: u8) -> u32 {
    (0..4)
        .filter(|i| strb & (1 << i) != 0)
        .fold(0, |m, i| m | (0xff << (8 * i)))
}

impl Model {
    /// A fuse core at power-up.
    pub fn new(params: FuseParams) -> Self {
        Model {
            params,
            w: u32::from(params.max_work_per_cycle),
            en: false,
            stop_q: true,
            paced_q: false,
            throttled_q: false,
            capped_q: false,
            win_low_q: false,
            hold_q: false,
            kill_pin_q: false,
            acc: 0,
            baseline: u32::from(params.power_up_baseline_ratio),
            trip_ratio: 0,
            wl: 1,
            wb: u32::MAX,
            budget: MASK96,
            stage: MASK96,
            kill_reg: false,
            live: Counters::default(),
            snap: Counters::default(),
            slack: MASK96,
            wslack: u32::MAX,
            threshold: MASK96,
            threshold_stage: MASK96,
            armed: true,
            report_due: false,
            cum_prev: 0,
            license_expiry: u64::MAX,
            lic_q: false,
            last_grant_seq: 0,
            pending: PendingGrant::POWER_UP,
            pending_expiry_q: PendingGrant::POWER_UP.expiry,
            grant_lapsed: false,
            gph: 0,
            report_snap: [0; REPORT_SNAP_WORDS],
            snap_data: 0,
            reasons: 0,
            trip_cycle: [0; 4],
            clamped: false,
            intr_state: 0,
            intr_enable: intr::TRIP,
            err: 0,
            refused: 0,
            aw_full: false,
            aw_addr: 0,
            w_full: false,
            w_data: 0,
            w_strb: 0,
            phase: 0,
            bvalid: false,
            bresp: 0,
            r_pend: None,
            rvalid: false,
            rdata: 0,
            rresp: 0,
        }
    }

    /// The generator parameters this model was built with.
    pub fn params(&self) -> FuseParams {
        self.params
    }

    /// Live counters (not the snapshot).
    pub fn counters(&self) -> Counters {
        self.live
    }

    /// Remaining cumulative budget (budget - admitted work, at least 0).
    pub fn slack(&self) -> u128 {
        self.slack
    }

    /// Cumulative budget in force.
    pub fn budget(&self) -> u128 {
        self.budget
    }

    /// Sticky trip reasons.
    pub fn trip_reasons(&self) -> u32 {
        self.reasons
    }

    /// Report threshold in force.
    pub fn report_threshold(&self) -> u128 {
        self.threshold
    }

    /// The pending grant words.
    pub fn pending_grant(&self) -> PendingGrant {
        self.pending
    }

    /// The report snapshot, words 26..=60.
    pub fn report_snapshot(&self) -> [u32; REPORT_SNAP_WORDS] {
        self.report_snap
    }

    fn tripped(&self) -> bool {
        self.reasons != 0
    }

    /// The ratio in force: the trip ratio (if lower) while a strict reason
    /// is set; the power-up baseline (if lower) while only the licence has
    /// lapsed.
    fn ratio(&self) -> u32 {
        if self.reasons & trip::STRICT != 0 {
            self.trip_ratio.min(self.baseline)
        } else if self.reasons & trip::LICENSE_EXPIRED != 0 {
            self.baseline
                .min(u32::from(self.params.power_up_baseline_ratio))
        } else {
            self.baseline
        }
    }

    fn trip_cycle_read(&self, k: usize) -> u64 {
        if self.reasons & (1 << k) != 0 {
            self.trip_cycle[k]
        } else {
            0
        }
    }

    /// Report word `index` (26..=60) from the current state, as a report
    /// snapshot taken now would hold it; 0 outside that range.
    pub fn report_word(&self, index: usize) -> u32 {
        let c = &self.live;
        let lo = |v: u64| v as u32;
        let hi = |v: u64| (v >> 32) as u32;
        let word = |v: u128, k: u32| (v >> (32 * k)) as u32;
        let epoch = self.params.device_epoch(c.cycle);
        match index {
            26 => lo(epoch),
            27 => hi(epoch),
            28 => lo(c.cycle),
            29 => hi(c.cycle),
            30..=32 => word(c.cum, (index - 30) as u32),
            34 => c.wwork,
            35 => self.status_word(),
            36 => self.reasons,
            38..=45 => {
                let t = self.trip_cycle_read((index - 38) / 2);
                if index.is_multiple_of(2) {
                    lo(t)
                } else {
                    hi(t)
                }
            }
            46..=48 => word(self.budget, (index - 46) as u32),
            50 => self.wb,
            51 => self.wl,
            52 => self.baseline | (self.trip_ratio << 16),
            53..=55 => word(self.threshold, (index - 53) as u32),
            57 => lo(self.license_expiry),
            58 => hi(self.license_expiry),
            59 => lo(self.last_grant_seq),
            60 => hi(self.last_grant_seq),
            _ => 0,
        }
    }

    /// Value of `STATUS` in the current cycle.
    pub fn status_word(&self) -> u32 {
        let mut s = 0;
        let mut set = |cond: bool, bit: u32| {
            if cond {
                s |= bit
            }
        };
        set(self.en, status::ENABLED);
        set(self.tripped(), status::TRIPPED);
        set(self.capped_q, status::CAPPED);
        set(self.win_low_q, status::PACED);
        set(self.ratio() < RATIO_MAX, status::THROTTLED);
        set(self.kill_pin_q, status::KILL_PIN);
        set(self.kill_reg, status::KILLED);
        set(self.hold_q, status::HELD);
        set(self.clamped, status::WORK_CLAMPED);
        set(
            self.reasons & trip::DECOMMISSIONED != 0,
            status::DECOMMISSIONED,
        );
        s
    }

    /// What a bus read of `addr` returns now: `(data, response)`.
    pub fn read_register(&self, addr: u16) -> (u32, u8) {
        let lo = |v: u64| v as u32;
        let hi = |v: u64| (v >> 32) as u32;
        let word = |v: u128, k: u32| (v >> (32 * k)) as u32;
        let s = &self.snap;
        let data = match addr {
            reg::ID => capfuse_abi::FUSE_ID,
            reg::VERSION => {
                (u32::from(ABI_VERSION_MAJOR) << 16) | u32::from(capfuse_abi::ABI_VERSION_MINOR)
            }
            reg::CONFIG => self.params.config_word(),
            reg::SNAPSHOT | reg::CUM_BUDGET_COMMIT | reg::REPORT_THRESHOLD_COMMIT => 0,
            reg::STATUS => self.status_word(),
            reg::TRIP_REASON => self.reasons,
            reg::ERR_CODE => self.err,
            reg::INTR_STATE => self.intr_state,
            reg::INTR_ENABLE => self.intr_enable,
            reg::KILL => u32::from(self.kill_reg),
            reg::BASELINE_RATIO => self.baseline,
            reg::TRIP_RATIO => self.trip_ratio,
            reg::WINDOW_LEN => self.wl,
            reg::WINDOW_BUDGET => self.wb,
            reg::CUM_BUDGET_0 => word(self.budget, 0),
            reg::CUM_BUDGET_1 => word(self.budget, 1),
            reg::CUM_BUDGET_2 => word(self.budget, 2),
            reg::CUM_BUDGET_NEXT_0 => word(self.stage, 0),
            reg::CUM_BUDGET_NEXT_1 => word(self.stage, 1),
            reg::CUM_BUDGET_NEXT_2 => word(self.stage, 2),
            reg::REFUSED_WRITES => self.refused,
            reg::CUM_WORK_0 => word(s.cum, 0),
            reg::CUM_WORK_1 => word(s.cum, 1),
            reg::CUM_WORK_2 => word(s.cum, 2),
            reg::WINDOW_WORK => s.wwork,
            reg::WINDOW_CYCLE => s.wcycle,
            reg::CYCLE_0 => lo(s.cycle),
            reg::CYCLE_1 => hi(s.cycle),
            reg::ENABLED_CYCLES_0 => lo(s.enabled),
            reg::ENABLED_CYCLES_1 => hi(s.enabled),
            reg::STOPPED_CYCLES_0 => lo(s.stopped),
            reg::STOPPED_CYCLES_1 => hi(s.stopped),
            reg::PACED_CYCLES_0 => lo(s.paced),
            reg::PACED_CYCLES_1 => hi(s.paced),
            reg::THROTTLED_CYCLES_0 => lo(s.throttled),
            reg::THROTTLED_CYCLES_1 => hi(s.throttled),
            reg::TRIP_CYCLE_CUM_BUDGET_0 => lo(self.trip_cycle_read(0)),
            reg::TRIP_CYCLE_CUM_BUDGET_1 => hi(self.trip_cycle_read(0)),
            reg::TRIP_CYCLE_KILL_REG_0 => lo(self.trip_cycle_read(1)),
            reg::TRIP_CYCLE_KILL_REG_1 => hi(self.trip_cycle_read(1)),
            reg::TRIP_CYCLE_KILL_PIN_0 => lo(self.trip_cycle_read(2)),
            reg::TRIP_CYCLE_KILL_PIN_1 => hi(self.trip_cycle_read(2)),
            reg::TRIP_CYCLE_LICENSE_0 => lo(self.trip_cycle_read(3)),
            reg::TRIP_CYCLE_LICENSE_1 => hi(self.trip_cycle_read(3)),
            reg::REPORT_THRESHOLD_0 => word(self.threshold, 0),
            reg::REPORT_THRESHOLD_1 => word(self.threshold, 1),
            reg::REPORT_THRESHOLD_2 => word(self.threshold, 2),
            reg::REPORT_THRESHOLD_NEXT_0 => word(self.threshold_stage, 0),
            reg::REPORT_THRESHOLD_NEXT_1 => word(self.threshold_stage, 1),
            reg::REPORT_THRESHOLD_NEXT_2 => word(self.threshold_stage, 2),
            reg::LICENSE_EXPIRY_0 => lo(self.license_expiry),
            reg::LICENSE_EXPIRY_1 => hi(self.license_expiry),
            reg::LAST_GRANT_SEQ_0 => lo(self.last_grant_seq),
            reg::LAST_GRANT_SEQ_1 => hi(self.last_grant_seq),
            _ => return (0, resp::SLVERR),
        };
        (data, resp::OKAY)
    }

    /// What the write captured in the AXI registers does when applied.
    fn decide_write(&self) -> Apply {
        let m = byte_mask(self.w_strb);
        let plain = self.w_data & m;
        let merge = |old: u32| (old & !m) | plain;
        let Some(r) = capfuse_abi::register_at(self.aw_addr) else {
            return Apply::Refuse(err::UNMAPPED);
        };
        if !r.access.writable() {
            return Apply::Refuse(err::READ_ONLY);
        }
        let ratio = |old: u32, make: fn(u32) -> Apply| {
            let v = merge(old);
            if v > RATIO_MAX {
                Apply::Refuse(err::INVALID_VALUE)
            } else if v > old {
                Apply::Refuse(err::LOOSEN_REFUSED)
            } else {
                make(v)
            }
        };
        match self.aw_addr {
            reg::SNAPSHOT => Apply::Snapshot,
            reg::ERR_CODE => Apply::ClearErr(plain),
            reg::INTR_STATE => Apply::ClearIntr(plain),
            reg::INTR_ENABLE => Apply::IntrEnable(merge(self.intr_enable) & intr::ALL),
            reg::KILL if plain & 1 != 0 => Apply::Kill,
            reg::BASELINE_RATIO => ratio(self.baseline, Apply::Baseline),
            reg::TRIP_RATIO => ratio(self.trip_ratio, Apply::TripRatio),
            reg::WINDOW_LEN => {
                let v = merge(self.wl);
                if v == 0 {
                    Apply::Refuse(err::INVALID_VALUE)
                } else if v < self.wl {
                    Apply::Refuse(err::LOOSEN_REFUSED)
                } else {
                    Apply::WindowLen(v)
                }
            }
            reg::WINDOW_BUDGET => {
                let v = merge(self.wb);
                if v > self.wb {
                    Apply::Refuse(err::LOOSEN_REFUSED)
                } else {
                    Apply::WindowBudget(v)
                }
            }
            reg::CUM_BUDGET_NEXT_0 | reg::CUM_BUDGET_NEXT_1 | reg::CUM_BUDGET_NEXT_2 => {
                let k = usize::from((self.aw_addr - reg::CUM_BUDGET_NEXT_0) / 4);
                Apply::Stage(k, merge((self.stage >> (32 * k)) as u32))
            }
            reg::CUM_BUDGET_COMMIT if plain & 1 != 0 => {
                if self.stage > self.budget {
                    Apply::Refuse(err::LOOSEN_REFUSED)
                } else {
                    Apply::Commit
                }
            }
            reg::REPORT_THRESHOLD_NEXT_0
            | reg::REPORT_THRESHOLD_NEXT_1
            | reg::REPORT_THRESHOLD_NEXT_2 => {
                let k = usize::from((self.aw_addr - reg::REPORT_THRESHOLD_NEXT_0) / 4);
                Apply::ThresholdStage(k, merge((self.threshold_stage >> (32 * k)) as u32))
            }
            reg::REPORT_THRESHOLD_COMMIT if plain & 1 != 0 => {
                if self.threshold_stage > self.threshold {
                    Apply::Refuse(err::LOOSEN_REFUSED)
                } else {
                    Apply::ThresholdCommit
                }
            }
            _ => Apply::Nothing,
        }
    }

    fn holds(addr: u16) -> bool {
        capfuse_abi::register_at(addr).is_some_and(|r| r.holds_enable)
    }
}

impl Engine for Model {
    fn kind(&self) -> EngineKind {
        EngineKind::Model
    }

    fn outputs(&self) -> PinsOut {
        PinsOut {
            accel_clk_en: self.en,
            irq: self.intr_state & self.intr_enable != 0,
            awready: !self.aw_full,
            wready: !self.w_full,
            bvalid: self.bvalid,
            bresp: self.bresp,
            arready: self.r_pend.is_none() && !self.rvalid,
            rvalid: self.rvalid,
            rdata: self.rdata,
            rresp: self.rresp,
            snap_data: self.snap_data,
            report_due: self.report_due,
            grant_expired: self.grant_lapsed,
        }
    }

    fn step(&mut self, i: &PinsIn) {
        // Everything that reads the current state comes first; the state is
        // then updated in place, in an order where each update only reads
        // values that are either current or already the spec's next value.
        let w = self.w;
        let cur = self.live;
        let strict = self.reasons & trip::STRICT != 0;
        let ratio = self.ratio();
        let reasons = self.reasons;
        let gph = self.gph;
        // An expired grant's grant_apply is refused: nothing below sees it.
        let apply = i.grant_apply && !self.grant_lapsed;
        // The enable is held while a grant is applied and its slacks are
        // computed; the cap check waits for them.
        let ghold = apply || (1..=3).contains(&gph);

        // ---- report snapshot port (reads the snapshot as it is now)
        let sa = usize::from(i.snap_addr & 0x7f);
        self.snap_data = if (REPORT_SNAP_FIRST..REPORT_SNAP_FIRST + REPORT_SNAP_WORDS).contains(&sa)
        {
            self.report_snap[sa - REPORT_SNAP_FIRST]
        } else {
            0
        };
        if i.snap_req {
            for k in 0..REPORT_SNAP_WORDS {
                self.report_snap[k] = self.report_word(REPORT_SNAP_FIRST + k);
            }
        }

        // ---- report threshold (CUM_WORK of the previous cycle)
        let due = self.armed && self.cum_prev >= self.threshold;
        self.report_due = due;
        self.armed &= !due;
        self.cum_prev = cur.cum;

        // ---- licence (the device epoch of this cycle)
        let expired = self.params.device_epoch(cur.cycle) > self.license_expiry;

        // ---- read path: the handshake's edge takes the address, the next
        // edge the word, which sees that cycle's state, before any update
        if let Some(addr) = self.r_pend.take() {
            let (d, r) = self.read_register(addr);
            self.rvalid = true;
            self.rdata = d;
            self.rresp = r;
        } else if self.rvalid && i.rready {
            self.rvalid = false;
        } else if !self.rvalid && i.arvalid {
            self.r_pend = Some(i.araddr & 0xfff);
        }

        // ---- write path state machine (address decode only while a write
        // is in flight: it is the slow part)
        let phase = self.phase;
        // A write does not start while a grant is applied; a grant aborts a
        // write in phases 1..=3, which then starts again from phase 0.
        let start = phase == 0 && self.aw_full && self.w_full && !self.bvalid && !ghold;
        let hold = (start || (1..=3).contains(&phase)) && Self::holds(self.aw_addr);

        // ---- metering
        let work = u32::from(i.work_units);
        let a = if self.en { work.min(w) } else { 0 };
        self.live.cum = (cur.cum + u128::from(a)) & MASK96;
        self.live.cycle = cur.cycle.wrapping_add(1);
        self.live.enabled = cur.enabled.wrapping_add(u64::from(self.en));
        self.live.stopped = cur.stopped.wrapping_add(u64::from(self.stop_q));
        self.live.paced = cur.paced.wrapping_add(u64::from(self.paced_q));
        self.live.throttled = cur.throttled.wrapping_add(u64::from(self.throttled_q));
        self.clamped |= self.en && work > w;

        // ---- window (uses the current WINDOW_LEN and WINDOW_BUDGET)
        // The cap and window decisions are taken a cycle ahead, from the
        // slacks before this cycle's work (`slack_pre`, `wslack_pre`), unless
        // a new slack replaces them in this cycle (`cap_load`, `win_load`).
        let slack_pre = self.slack;
        let wslack_pre = self.wslack;
        let mut cap_load = false;
        let mut win_load = false;
        if cur.wcycle == self.wl.wrapping_sub(1) {
            self.live.wcycle = 0;
            self.live.wwork = 0;
            self.wslack = self.wb;
            win_load = true;
        } else {
            self.live.wcycle = cur.wcycle.wrapping_add(1);
            self.live.wwork = cur.wwork.wrapping_add(a);
            self.wslack -= a;
        }
        self.slack -= u128::from(a);

        // ---- phase 4: apply the captured write (may override the above)
        let mut intr_clear = 0;
        if phase == 4 {
            let ok = match self.decide_write() {
                Apply::Nothing => true,
                Apply::Refuse(code) => {
                    self.err |= code;
                    self.refused = self.refused.wrapping_add(1);
                    false
                }
                Apply::Snapshot => {
                    self.snap = cur;
                    true
                }
                Apply::ClearErr(v) => {
                    self.err &= !v;
                    true
                }
                Apply::ClearIntr(v) => {
                    intr_clear = v;
                    true
                }
                Apply::IntrEnable(v) => {
                    self.intr_enable = v;
                    true
                }
                Apply::Kill => {
                    self.kill_reg = true;
                    true
                }
                Apply::Baseline(v) => {
                    self.baseline = v;
                    true
                }
                Apply::TripRatio(v) => {
                    self.trip_ratio = v;
                    true
                }
                Apply::WindowLen(v) => {
                    self.wl = v;
                    true
                }
                Apply::WindowBudget(v) => {
                    self.wb = v;
                    self.wslack = v.saturating_sub(self.live.wwork);
                    win_load = true;
                    true
                }
                Apply::Stage(k, v) => {
                    self.stage =
                        (self.stage & !(0xffff_ffffu128 << (32 * k))) | (u128::from(v) << (32 * k));
                    true
                }
                Apply::Commit => {
                    self.budget = self.stage;
                    self.slack = self.stage.saturating_sub(cur.cum);
                    cap_load = true;
                    true
                }
                Apply::ThresholdStage(k, v) => {
                    self.threshold_stage = (self.threshold_stage & !(0xffff_ffffu128 << (32 * k)))
                        | (u128::from(v) << (32 * k));
                    true
                }
                Apply::ThresholdCommit => {
                    self.threshold = self.threshold_stage;
                    self.armed = true;
                    true
                }
            };
            self.aw_full = false;
            self.w_full = false;
            self.bvalid = true;
            self.bresp = if ok { resp::OKAY } else { resp::SLVERR };
        } else if self.bvalid && i.bready {
            self.bvalid = false;
        }
        self.phase = match phase {
            0 if start => 1,
            p @ 1..=3 if !apply => p + 1,
            _ => 0,
        };
        // Channel capture (ready is the *current* !full, so never in phase 4).
        if i.awvalid && !self.aw_full && phase != 4 {
            self.aw_full = true;
            self.aw_addr = i.awaddr & 0xfff;
        }
        if i.wvalid && !self.w_full && phase != 4 {
            self.w_full = true;
            self.w_data = i.wdata;
            self.w_strb = i.wstrb & 0xf;
        }

        // ---- grant port
        let mut clear = false;
        let mut decommission = false;
        if apply {
            let g = self.pending;
            self.budget = g.cum_budget;
            self.stage = g.cum_budget;
            self.wb = g.window_budget;
            self.wl = g.window_len;
            self.baseline = g.baseline;
            self.trip_ratio = g.trip_ratio;
            self.threshold = g.report_threshold;
            self.threshold_stage = g.report_threshold;
            self.armed = true;
            self.license_expiry = g.expiry;
            self.last_grant_seq = g.seq;
            clear = g.flags & capfuse_abi::formats::grant_flag::CLEAR_TRIP != 0;
            decommission = g.flags & capfuse_abi::formats::grant_flag::DECOMMISSION != 0;
        } else if gph == 4 {
            // The slacks under the granted limits (nothing admitted since).
            self.slack = self.budget.saturating_sub(cur.cum);
            self.wslack = self.wb.saturating_sub(self.live.wwork);
            cap_load = true;
            win_load = true;
        }
        // Whether the pending grant (as it was a cycle ago) has expired in
        // the next cycle's device epoch (the cycle counter never wraps).
        self.grant_lapsed =
            self.params.device_epoch(cur.cycle.wrapping_add(1)) > self.pending_expiry_q;
        self.pending_expiry_q = self.pending.expiry;
        if i.grant_we {
            self.pending.write(i.grant_addr, i.grant_wdata);
        }
        self.gph = match gph {
            _ if apply => 1,
            p @ 1..=3 => p + 1,
            _ => 0,
        };

        // ---- cap, window and trip. A cycle ahead: the next cycle may run
        // if the slack before this cycle's work holds 2W (this cycle's and
        // the next one's work, at most W each); where a new slack replaces
        // it (the enable is low, or the work goes to the old window), if
        // the new slack holds W.
        let cap_ok = ghold
            || if cap_load {
                self.slack >= u128::from(w)
            } else {
                slack_pre >= 2 * u128::from(w)
            };
        let win_ok = if win_load {
            self.wslack >= w
        } else {
            u64::from(wslack_pre) >= 2 * u64::from(w)
        };
        let kill_now = i.kill || self.kill_reg;
        let mut events = 0;
        if !cap_ok && reasons & trip::CUM_BUDGET == 0 {
            events |= trip::CUM_BUDGET;
            self.trip_cycle[0] = cur.cycle;
        }
        if self.kill_reg && reasons & trip::KILL_REG == 0 {
            events |= trip::KILL_REG;
            self.trip_cycle[1] = cur.cycle;
        }
        if i.kill && reasons & trip::KILL_PIN == 0 {
            events |= trip::KILL_PIN;
            self.trip_cycle[2] = cur.cycle;
        }
        if self.lic_q && reasons & trip::LICENSE_EXPIRED == 0 {
            events |= trip::LICENSE_EXPIRED;
            self.trip_cycle[3] = cur.cycle.wrapping_sub(1);
        }
        self.lic_q = expired && !apply;
        if decommission && reasons & trip::DECOMMISSIONED == 0 {
            events |= trip::DECOMMISSIONED;
        }
        self.reasons |= events;
        if clear {
            // After this cycle's events: the grant is the later action.
            self.reasons &= !trip::CLEARABLE;
            self.kill_reg = false;
        }
        let mut raised = if events != 0 { intr::TRIP } else { 0 };
        if i.report_ready {
            raised |= intr::REPORT;
        }
        if i.grant_done {
            raised |= intr::GRANT;
        }
        self.intr_state = (self.intr_state & !intr_clear) | raised;

        // ---- throttle and enable (the ratio of the current trip state)
        let sum = self.acc + ratio;
        let pulse = sum >= RATIO_MAX;
        let decommissioned = reasons & trip::DECOMMISSIONED != 0;
        let stop = kill_now || !cap_ok || hold || ghold || decommissioned || (strict && !pulse);
        let paced = !stop && !win_ok;
        let thr = !stop && !paced && !pulse;
        self.acc = sum & 0xff;
        self.en = !stop && !paced && !thr;
        self.stop_q = stop;
        self.paced_q = paced;
        self.throttled_q = thr;
        self.capped_q = !cap_ok;
        self.win_low_q = !win_ok;
        self.hold_q = hold || ghold;
        self.kill_pin_q = i.kill;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idle() -> PinsIn {
        PinsIn {
            wstrb: 0xf,
            bready: true,
            rready: true,
            ..PinsIn::default()
        }
    }

    /// Performs one write through the pins; returns the response code.
    fn write(m: &mut Model, addr: u16, data: u32) -> u8 {
        let mut p = idle();
        p.awvalid = true;
        p.awaddr = addr;
        p.wvalid = true;
        p.wdata = data;
        m.step(&p);
        for _ in 0..20 {
            let o = m.outputs();
            if o.bvalid {
                m.step(&idle());
                return o.bresp;
            }
            m.step(&idle());
        }
        panic!("no write response");
    }

    fn read(m: &mut Model, addr: u16) -> (u32, u8) {
        let mut p = idle();
        p.arvalid = true;
        p.araddr = addr;
        m.step(&p);
        assert!(!m.outputs().rvalid && !m.outputs().arready);
        m.step(&idle());
        let o = m.outputs();
        assert!(o.rvalid);
        m.step(&idle());
        (o.rdata, o.rresp)
    }

    #[test]
    fn power_up_duty_is_the_baseline_ratio() {
        let mut m = Model::new(FuseParams::DEFAULT);
        m.step(&idle());
        let mut n = 0;
        for _ in 0..256 {
            n += u32::from(m.outputs().accel_clk_en);
            m.step(&idle());
        }
        assert_eq!(n, 32);
    }

    #[test]
    fn loosening_is_refused_and_recorded() {
        let mut m = Model::new(FuseParams::DEFAULT);
        assert_eq!(write(&mut m, reg::BASELINE_RATIO, 64), resp::SLVERR);
        assert_eq!(read(&mut m, reg::ERR_CODE).0, err::LOOSEN_REFUSED);
        assert_eq!(read(&mut m, reg::BASELINE_RATIO).0, 32);
        assert_eq!(write(&mut m, reg::BASELINE_RATIO, 300), resp::SLVERR);
        assert_eq!(
            read(&mut m, reg::ERR_CODE).0,
            err::LOOSEN_REFUSED | err::INVALID_VALUE
        );
        assert_eq!(write(&mut m, reg::BASELINE_RATIO, 16), resp::OKAY);
        assert_eq!(read(&mut m, reg::BASELINE_RATIO).0, 16);
        assert_eq!(read(&mut m, reg::REFUSED_WRITES).0, 2);
        assert_eq!(write(&mut m, reg::ERR_CODE, 0xf), resp::OKAY);
        assert_eq!(read(&mut m, reg::ERR_CODE).0, 0);
        assert_eq!(write(&mut m, 0x7fc, 1), resp::SLVERR);
        assert_eq!(read(&mut m, 0x7fc).1, resp::SLVERR);
        assert_eq!(write(&mut m, reg::ID, 1), resp::SLVERR);
    }

    #[test]
    fn cumulative_cap_holds_exactly_and_trips() {
        let p = FuseParams {
            max_work_per_cycle: 10,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        };
        let mut m = Model::new(p);
        for (k, off) in [
            reg::CUM_BUDGET_NEXT_0,
            reg::CUM_BUDGET_NEXT_1,
            reg::CUM_BUDGET_NEXT_2,
        ]
        .into_iter()
        .enumerate()
        {
            assert_eq!(
                write(&mut m, off, if k == 0 { 1005 } else { 0 }),
                resp::OKAY
            );
        }
        assert_eq!(write(&mut m, reg::CUM_BUDGET_COMMIT, 1), resp::OKAY);
        let mut admitted = 0u32;
        let mut p = idle();
        p.work_units = 10;
        for _ in 0..500 {
            if m.outputs().accel_clk_en {
                admitted += 10;
            }
            m.step(&p);
        }
        assert!(admitted <= 1005);
        assert!(admitted >= 1005 - 10 - 9, "stopped too early: {admitted}");
        assert_eq!(m.trip_reasons(), trip::CUM_BUDGET);
        assert!(m.outputs().irq);
        // Clearing the interrupt leaves the trip.
        assert_eq!(write(&mut m, reg::INTR_STATE, 1), resp::OKAY);
        assert!(!m.outputs().irq);
        assert_eq!(read(&mut m, reg::TRIP_REASON).0, trip::CUM_BUDGET);
    }

    #[test]
    fn kill_pin_stops_at_next_edge() {
        let p = FuseParams {
            max_work_per_cycle: 10,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        };
        let mut m = Model::new(p);
        m.step(&idle());
        assert!(m.outputs().accel_clk_en);
        let mut k = idle();
        k.kill = true;
        m.step(&k);
        assert!(!m.outputs().accel_clk_en);
        m.step(&idle());
        // tripped with trip ratio 0: stays stopped after the pin drops
        for _ in 0..300 {
            assert!(!m.outputs().accel_clk_en);
            m.step(&idle());
        }
        assert_eq!(m.trip_reasons(), trip::KILL_PIN);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::lockstep::RandomStimulus;

    /// Random traffic against the model, checking its internal state each
    /// cycle: the cap holds, the window budget holds, trips are sticky,
    /// limits never loosen, and the cycle partition adds up.
    #[test]
    fn random_traffic_keeps_the_invariants() {
        for seed in 0..24u64 {
            let params = [
                FuseParams::DEFAULT,
                FuseParams {
                    max_work_per_cycle: 3,
                    power_up_baseline_ratio: 256,
                    ..FuseParams::DEFAULT
                },
                FuseParams {
                    max_work_per_cycle: 65535,
                    power_up_baseline_ratio: 200,
                    ..FuseParams::DEFAULT
                },
            ][(seed % 3) as usize];
            let mut m = Model::new(params);
            let mut stim = RandomStimulus::new(seed, params).with_kills(3, 60_000);
            // admitted work since the last budget change, and the slack then
            let (mut since, mut allowance) = (0u128, m.slack);
            let (mut wsince, mut wallow) = (0u32, m.wslack);
            for _ in 0..80_000 {
                let before = m.clone();
                let p = stim.next(&m.outputs());
                m.step(&p);
                let a = m.live.cum - before.live.cum;
                if m.budget != before.budget {
                    assert!(m.budget < before.budget, "budget loosened");
                    since = 0;
                    allowance = m.slack;
                } else {
                    since += a;
                }
                assert!(since <= allowance, "cap exceeded: {since} > {allowance}");
                // work in the window since it began or its budget last changed
                if m.live.wcycle == 0 || m.wb != before.wb {
                    wsince = 0;
                    wallow = m.wslack;
                } else {
                    wsince += a as u32;
                }
                assert!(wsince <= wallow, "window budget exceeded");
                assert_eq!(m.reasons & before.reasons, before.reasons, "trip cleared");
                assert!(m.baseline <= before.baseline && m.trip_ratio <= before.trip_ratio);
                assert!(m.wl >= before.wl && m.wb <= before.wb);
                assert!(m.kill_reg >= before.kill_reg);
                let c = m.live;
                assert_eq!(c.enabled + c.stopped + c.paced + c.throttled, c.cycle);
                if before.kill_reg || p.kill {
                    assert!(!m.en, "enable high the edge after a kill");
                }
            }
        }
    }
}
