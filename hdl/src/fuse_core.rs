//! The fuse core: metering, window pacing, cumulative cap, trip, throttle and
//! the AXI4-Lite register file, exactly as `docs/fuse-core.md` specifies.
//!
//! Wide values are kept in 32-bit words (rust-hdl simulates wider signals bit
//! by bit) and no carry chain spans more than one word in a cycle: upper
//! words are carry- or borrow-selected, the slacks are kept minus `W` so the
//! cap and window checks are a cycle ahead, from registers only (slack
//! before this cycle's work against `2·W`, `work_units` compared with
//! nothing), and the budget commit is computed one word per write phase
//! (1..=3) while the enable is held, then applied in phase 4.

use crate::axi::AxiLiteSlave;
use crate::cap_slack::CapSlack;
use crate::clock_enable::ClockEnable;
use crate::commit_sub::CommitSub;
use crate::cycle_counter::CycleCounter;
use crate::pending_grant::PendingGrant;
use crate::reg::{c32, r32, re32, Reg, RegEn};
use crate::reg_read::RegRead;
use crate::reg_write::RegWrite;
use crate::report_snapshot::ReportSnapshot;
use crate::throttle::Throttle;
use crate::trip_reasons::TripReasons;
use crate::window_pacer::WindowPacer;
use crate::work_meter::WorkMeter;
use capfuse_abi::{err, intr, reg, register_at, resp, status, FuseParams};
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

const _: () = {
    // Single-bit registers and command bits the RTL keeps in bit 0.
    assert!(intr::TRIP == 1 && intr::REPORT == 2 && intr::GRANT == 4);
    // Grant flags the RTL takes from body word 4 (bits 31:16).
    assert!(capfuse_abi::formats::grant_flag::CLEAR_TRIP == 1);
    assert!(capfuse_abi::formats::grant_flag::DECOMMISSION == 4);
    assert!((err::LOOSEN_REFUSED | err::INVALID_VALUE | err::READ_ONLY | err::UNMAPPED) >> 4 == 0);
};

/// The capability fuse core. Every output is a register or a function of
/// registers only; there is no reset port (see [`Reg`]).
#[derive(LogicBlock)]
pub struct FuseCore {
    /// The one clock (bus and accelerator share it).
    pub clock: Signal<In, Clock>,
    /// Work units the accelerator reports for the current cycle.
    pub work_units: Signal<In, Bits<16>>,
    /// Board kill pin, active high.
    pub kill: Signal<In, Bit>,
    /// Registered clock enable for the accelerator.
    pub accel_clk_en: Signal<Out, Bit>,
    /// Interrupt: `INTR_STATE & INTR_ENABLE`.
    pub irq: Signal<Out, Bit>,
    /// The AXI4-Lite register port (emitted as the flat `axi_*` pins).
    pub axi: AxiLiteSlave,
    /// Report snapshot request (one-cycle pulse): copies, in one cycle,
    /// everything report words 26..=60 need.
    pub snap_req: Signal<In, Bit>,
    /// Report word index whose snapshot value `snap_data` shows next cycle.
    pub snap_addr: Signal<In, Bits<7>>,
    /// Report snapshot word `snap_addr` of the previous cycle (0 outside
    /// 26..=60); registered.
    pub snap_data: Signal<Out, Bits<32>>,
    /// Write grant-body word `grant_addr` into the pending grant registers.
    pub grant_we: Signal<In, Bit>,
    /// Grant-body word index (the 128-byte body as 32 little-endian words).
    pub grant_addr: Signal<In, Bits<5>>,
    /// Grant-body word.
    pub grant_wdata: Signal<In, Bits<32>>,
    /// Apply the pending grant (one-cycle pulse): the only loosening path.
    /// Ignored while `grant_expired` is high (nothing changes); the
    /// expiry words must have been written at least 3 cycles before.
    pub grant_apply: Signal<In, Bit>,
    /// The pending grant's expiry epoch is before the device epoch of this
    /// cycle (`expiry < cycle >> epoch_shift`): a `grant_apply` now is
    /// refused. Registered; valid 3 cycles after the expiry words are
    /// written.
    pub grant_expired: Signal<Out, Bit>,
    /// One-cycle pulse: CUM_WORK reached REPORT_THRESHOLD (once per arming).
    pub report_due: Signal<Out, Bit>,
    /// A signed report is ready (pulse): sets `INTR_STATE.REPORT`.
    pub report_ready: Signal<In, Bit>,
    /// A grant check finished (pulse): sets `INTR_STATE.GRANT`.
    pub grant_done: Signal<In, Bit>,

    // ---- constants (from the ABI and the generator parameters)
    config_word: Constant<Bits<32>>,
    ratio_full: Constant<Bits<9>>,
    resp_okay: Constant<Bits<2>>,
    resp_slverr: Constant<Bits<2>>,
    err_loosen: Constant<Bits<4>>,
    err_invalid: Constant<Bits<4>>,
    err_read_only: Constant<Bits<4>>,
    err_unmapped: Constant<Bits<4>>,
    st_enabled: Constant<Bits<32>>,
    st_tripped: Constant<Bits<32>>,
    st_capped: Constant<Bits<32>>,
    st_paced: Constant<Bits<32>>,
    st_throttled: Constant<Bits<32>>,
    st_kill_pin: Constant<Bits<32>>,
    st_killed: Constant<Bits<32>>,
    st_held: Constant<Bits<32>>,
    st_clamped: Constant<Bits<32>>,
    st_decom: Constant<Bits<32>>,
    i3_trip: Constant<Bits<3>>,
    i3_report: Constant<Bits<3>>,
    i3_grant: Constant<Bits<3>>,
    /// Word-indexed masks (bit i = word i, words 0..=31 and 32..=63).
    // ---- enable and its reasons
    clk_en: ClockEnable,
    // ---- limits
    baseline: Reg<Bits<9>>,
    trip_ratio: Reg<Bits<9>>,
    wl: RegEn<Bits<32>>,
    wl_m1: RegEn<Bits<32>>,
    wb: RegEn<Bits<32>>,
    budget0: RegEn<Bits<32>>,
    budget1: RegEn<Bits<32>>,
    budget2: RegEn<Bits<32>>,
    stage0: RegEn<Bits<32>>,
    stage1: RegEn<Bits<32>>,
    stage2: RegEn<Bits<32>>,
    // ---- metering
    /// What a cycle admits, and CUM_WORK.
    meter: WorkMeter,
    /// The window's work, its slack and the pacing decision.
    window: WindowPacer,
    /// The slack under CUM_BUDGET and the cap decision.
    cap: CapSlack,
    cycle0: Reg<Bits<32>>,
    cycle1: RegEn<Bits<32>>,
    /// Why the enable is what it is, counted per cycle with a snapshot each
    /// (`ENABLED_CYCLES` .. `THROTTLED_CYCLES`).
    enabled_cycles: CycleCounter,
    stopped_cycles: CycleCounter,
    paced_cycles: CycleCounter,
    throttled_cycles: CycleCounter,
    // ---- snapshot
    snap_cum0: RegEn<Bits<32>>,
    snap_cum1: RegEn<Bits<32>>,
    snap_cum2: RegEn<Bits<32>>,
    snap_wwork: RegEn<Bits<32>>,
    snap_wcycle: RegEn<Bits<32>>,
    snap_cycle0: RegEn<Bits<32>>,
    snap_cycle1: RegEn<Bits<32>>,
    // ---- trip
    /// The trip reasons and their cycles.
    trip: TripReasons,
    kill_reg: Reg<Bit>,
    intr_state: Reg<Bits<3>>,
    intr_enable: RegEn<Bits<3>>,
    // ---- licence, report threshold, grants
    /// LICENSE_EXPIRY and the cycle bound it stands for: the licence has
    /// lapsed once `cycle > lim` (`(E << s) | (2^s - 1)`), never if
    /// `lic_never` (E << s overflows 64 bits).
    lic0: RegEn<Bits<32>>,
    lic1: RegEn<Bits<32>>,
    lim0: RegEn<Bits<32>>,
    lim1: RegEn<Bits<32>>,
    lic_never: RegEn<Bit>,
    /// The licence had lapsed in the previous cycle (and no grant was
    /// applied in it): the 64-bit comparison is registered before the
    /// trip logic and the ratio use it.
    lic_q: Reg<Bit>,
    seq0: RegEn<Bits<32>>,
    seq1: RegEn<Bits<32>>,
    thr0: RegEn<Bits<32>>,
    thr1: RegEn<Bits<32>>,
    thr2: RegEn<Bits<32>>,
    rst0: RegEn<Bits<32>>,
    rst1: RegEn<Bits<32>>,
    rst2: RegEn<Bits<32>>,
    armed: Reg<Bit>,
    report_due_q: Reg<Bit>,
    /// The pending grant, loaded word by word through the grant port.
    grant: PendingGrant,
    /// Grant sequence: 1..=3 while the slacks under the granted limits are
    /// computed (enable held), 4 when they are applied.
    gph: Reg<Bits<3>>,
    // ---- report snapshot
    /// Report words 26..=60, captured on `snap_req`.
    report: ReportSnapshot,
    err: Reg<Bits<4>>,
    refused: RegEn<Bits<32>>,
    // ---- AXI write
    aw_full: Reg<Bit>,
    w_full: Reg<Bit>,
    w_data: RegEn<Bits<32>>,
    w_strb: RegEn<Bits<4>>,
    phase: Reg<Bits<3>>,
    bvalid: Reg<Bit>,
    bresp: Reg<Bits<2>>,
    // ---- AXI read
    /// The register block's read side, generated from the abi map.
    reg_read: RegRead,
    /// The register block's write side, generated from the abi map.
    reg_write: RegWrite,
    /// The phase accumulator and the ratio in force.
    throttle: Throttle,
    // ---- write pipeline: values computed in phases 1..=3, used in phase 4
    v_q: Reg<Bits<32>>,
    old_q: Reg<Bits<32>>,
    /// The word-serial `stage - cum` and loosen check, and the cap's load.
    commit: CommitSub,
    op_s: Reg<Bits<32>>,
    op_c: Reg<Bits<32>>,
    op_b: Reg<Bits<32>>,
    /// Apply-cycle actions, decoded in phase 3 from the captured address and
    /// the value's registered checks (both stable from capture to apply), so
    /// phase 4 starts from registers: `ph4` is `phase == 4`, and each `ap_*`
    /// is 1 only in the apply cycle of a write that does that action.
    ph4: Reg<Bit>,
    ap_refuse: Reg<Bit>,
    ap_code: Reg<Bits<4>>,
    ap_snapshot: Reg<Bit>,
    ap_err_clear: Reg<Bit>,
    ap_intr_clear: Reg<Bits<3>>,
    ap_intr_en: Reg<Bit>,
    ap_kill: Reg<Bit>,
    ap_baseline: Reg<Bit>,
    ap_trip_ratio: Reg<Bit>,
    ap_wl: Reg<Bit>,
    ap_wb: Reg<Bit>,
    ap_stage0: Reg<Bit>,
    ap_stage1: Reg<Bit>,
    ap_stage2: Reg<Bit>,
    ap_commit: Reg<Bit>,
    ap_rst0: Reg<Bit>,
    ap_rst1: Reg<Bit>,
    ap_rst2: Reg<Bit>,
    ap_rcommit: Reg<Bit>,
    v_m1_q: Reg<Bits<32>>,
    /// `wl - 2` and `v - 2` (wrapping), for the window pacer's `nw_q`.
    wl_m2: RegEn<Bits<32>>,
    v_m2_q: Reg<Bits<32>>,

    // ---- combinational intermediates
    v9: Signal<Local, Bits<9>>,
    baseline_n: Signal<Local, Bits<9>>,
    trip_ratio_n: Signal<Local, Bits<9>>,
    start: Signal<Local, Bit>,
    phase_mid: Signal<Local, Bit>,
    ph3: Signal<Local, Bit>,
    v4: Signal<Local, Bits<4>>,
    v4_n: Signal<Local, Bits<4>>,
    refuse: Signal<Local, Bit>,
    refuse_code: Signal<Local, Bits<4>>,
    do_commit: Signal<Local, Bit>,
    kill_reg_n: Signal<Local, Bit>,
    status_word: Signal<Local, Bits<32>>,
    gbusy: Signal<Local, Bit>,
    ghold: Signal<Local, Bit>,
    gclear: Signal<Local, Bit>,
    st1: Signal<Local, Bit>,
    st2: Signal<Local, Bit>,
    do_rcommit: Signal<Local, Bit>,
    expired: Signal<Local, Bit>,
    thr_ge: Signal<Local, Bit>,
    due: Signal<Local, Bit>,
    intr_set: Signal<Local, Bits<3>>,
}

fn reset_of(params: &FuseParams, offset: u16) -> u32 {
    params.reset_value(register_at(offset).expect("register in the map"))
}

/// The licence bound for expiry `e` (device epochs) and epoch shift `s`:
/// `cycle >> s > e` exactly when `cycle > lim`, unless `never`.
pub fn license_bound(e: u64, s: u32) -> (u64, bool) {
    if s == 0 {
        return (e, false);
    }
    let never = (e >> (64 - s)) != 0;
    ((e << s) | ((1u64 << s) - 1), never)
}

impl FuseCore {
    /// A fuse core generated with `params`. Panics if they are invalid
    /// (check them first with [`FuseParams::validate`]).
    pub fn new(params: FuseParams) -> Self {
        if let Err(e) = params.validate() {
            panic!("invalid fuse parameters: {e}");
        }
        let p = u64::from(params.power_up_baseline_ratio);
        let wl = reset_of(&params, reg::WINDOW_LEN);
        let wb = reset_of(&params, reg::WINDOW_BUDGET);
        let budget = [
            reset_of(&params, reg::CUM_BUDGET_0),
            reset_of(&params, reg::CUM_BUDGET_1),
            reset_of(&params, reg::CUM_BUDGET_2),
        ];
        let stage = [
            reset_of(&params, reg::CUM_BUDGET_NEXT_0),
            reset_of(&params, reg::CUM_BUDGET_NEXT_1),
            reset_of(&params, reg::CUM_BUDGET_NEXT_2),
        ];
        assert_eq!(reset_of(&params, reg::BASELINE_RATIO), p as u32);
        assert!(wl >= 1);
        // slack = budget - cum with cum = 0; sw = slack - W (97-bit).
        let slack =
            u128::from(budget[0]) | (u128::from(budget[1]) << 32) | (u128::from(budget[2]) << 64);
        // The cycle bound of the power-up licence expiry.
        let es = u32::from(params.epoch_shift);
        let expiry = (u64::from(reset_of(&params, reg::LICENSE_EXPIRY_1)) << 32)
            | u64::from(reset_of(&params, reg::LICENSE_EXPIRY_0));
        let (lim, lic_never) = license_bound(expiry, es);
        let ones96 = [
            reset_of(&params, reg::REPORT_THRESHOLD_0),
            reset_of(&params, reg::REPORT_THRESHOLD_1),
            reset_of(&params, reg::REPORT_THRESHOLD_2),
        ];
        Self {
            clock: Default::default(),
            work_units: Default::default(),
            kill: Default::default(),
            accel_clk_en: Default::default(),
            irq: Default::default(),
            axi: Default::default(),
            snap_req: Default::default(),
            snap_addr: Default::default(),
            snap_data: Default::default(),
            grant_we: Default::default(),
            grant_addr: Default::default(),
            grant_wdata: Default::default(),
            grant_apply: Default::default(),
            grant_expired: Default::default(),
            report_due: Default::default(),
            report_ready: Default::default(),
            grant_done: Default::default(),

            config_word: c32(reset_of(&params, reg::CONFIG)),
            ratio_full: Constant::new(u64::from(capfuse_abi::RATIO_DENOMINATOR).into()),
            resp_okay: Constant::new(u64::from(resp::OKAY).into()),
            resp_slverr: Constant::new(u64::from(resp::SLVERR).into()),
            err_loosen: Constant::new(u64::from(err::LOOSEN_REFUSED).into()),
            err_invalid: Constant::new(u64::from(err::INVALID_VALUE).into()),
            err_read_only: Constant::new(u64::from(err::READ_ONLY).into()),
            err_unmapped: Constant::new(u64::from(err::UNMAPPED).into()),
            st_enabled: c32(status::ENABLED),
            st_tripped: c32(status::TRIPPED),
            st_capped: c32(status::CAPPED),
            st_paced: c32(status::PACED),
            st_throttled: c32(status::THROTTLED),
            st_kill_pin: c32(status::KILL_PIN),
            st_killed: c32(status::KILLED),
            st_held: c32(status::HELD),
            st_clamped: c32(status::WORK_CLAMPED),
            st_decom: c32(status::DECOMMISSIONED),
            i3_trip: Constant::new(u64::from(intr::TRIP).into()),
            i3_report: Constant::new(u64::from(intr::REPORT).into()),
            i3_grant: Constant::new(u64::from(intr::GRANT).into()),

            clk_en: ClockEnable::new(),
            baseline: Reg::new(p.into()),
            trip_ratio: Reg::new(u64::from(reset_of(&params, reg::TRIP_RATIO)).into()),
            wl: re32(wl),
            wl_m1: re32(wl - 1),
            wb: re32(wb),
            budget0: re32(budget[0]),
            budget1: re32(budget[1]),
            budget2: re32(budget[2]),
            stage0: re32(stage[0]),
            stage1: re32(stage[1]),
            stage2: re32(stage[2]),
            meter: WorkMeter::new(params.max_work_per_cycle),
            window: WindowPacer::new(params.max_work_per_cycle, wb, wl),
            cap: CapSlack::new(params.max_work_per_cycle, slack),
            cycle0: r32(0),
            cycle1: re32(0),
            snap_cum0: re32(0),
            snap_cum1: re32(0),
            snap_cum2: re32(0),
            snap_wwork: re32(0),
            snap_wcycle: re32(0),
            snap_cycle0: re32(0),
            snap_cycle1: re32(0),
            trip: TripReasons::new(),
            kill_reg: Reg::new(reset_of(&params, reg::KILL) != 0),
            intr_state: Reg::new(u64::from(reset_of(&params, reg::INTR_STATE)).into()),
            intr_enable: RegEn::new(u64::from(reset_of(&params, reg::INTR_ENABLE)).into()),
            lic0: re32(expiry as u32),
            lic1: re32((expiry >> 32) as u32),
            lim0: re32(lim as u32),
            lim1: re32((lim >> 32) as u32),
            lic_never: RegEn::new(lic_never),
            lic_q: Reg::new(false),
            seq0: re32(reset_of(&params, reg::LAST_GRANT_SEQ_0)),
            seq1: re32(reset_of(&params, reg::LAST_GRANT_SEQ_1)),
            thr0: re32(ones96[0]),
            thr1: re32(ones96[1]),
            thr2: re32(ones96[2]),
            rst0: re32(reset_of(&params, reg::REPORT_THRESHOLD_NEXT_0)),
            rst1: re32(reset_of(&params, reg::REPORT_THRESHOLD_NEXT_1)),
            rst2: re32(reset_of(&params, reg::REPORT_THRESHOLD_NEXT_2)),
            armed: Reg::new(true),
            report_due_q: Reg::new(false),
            grant: PendingGrant::new(params.max_work_per_cycle, params.epoch_shift),
            gph: Reg::default(),
            err: Reg::new(u64::from(reset_of(&params, reg::ERR_CODE)).into()),
            refused: re32(reset_of(&params, reg::REFUSED_WRITES)),
            aw_full: Reg::new(false),
            w_full: Reg::new(false),
            w_data: re32(0),
            w_strb: RegEn::default(),
            phase: Reg::default(),
            bvalid: Reg::new(false),
            bresp: Reg::default(),
            reg_read: RegRead::default(),
            report: ReportSnapshot::new(params.epoch_shift),
            reg_write: RegWrite::default(),
            enabled_cycles: CycleCounter::default(),
            stopped_cycles: CycleCounter::default(),
            paced_cycles: CycleCounter::default(),
            throttled_cycles: CycleCounter::default(),
            throttle: Throttle::new(
                params.power_up_baseline_ratio,
                reset_of(&params, reg::TRIP_RATIO) as u16,
                params.power_up_baseline_ratio,
            ),
            v_q: r32(0),
            old_q: r32(0),
            commit: CommitSub::new(params.max_work_per_cycle),
            op_s: r32(0),
            op_c: r32(0),
            op_b: r32(0),
            ph4: Reg::new(false),
            ap_refuse: Reg::new(false),
            ap_code: Reg::default(),
            ap_snapshot: Reg::new(false),
            ap_err_clear: Reg::new(false),
            ap_intr_clear: Reg::default(),
            ap_intr_en: Reg::new(false),
            ap_kill: Reg::new(false),
            ap_baseline: Reg::new(false),
            ap_trip_ratio: Reg::new(false),
            ap_wl: Reg::new(false),
            ap_wb: Reg::new(false),
            ap_stage0: Reg::new(false),
            ap_stage1: Reg::new(false),
            ap_stage2: Reg::new(false),
            ap_commit: Reg::new(false),
            ap_rst0: Reg::new(false),
            ap_rst1: Reg::new(false),
            ap_rst2: Reg::new(false),
            ap_rcommit: Reg::new(false),
            v_m1_q: r32(0),
            wl_m2: re32(wl.wrapping_sub(2)),
            v_m2_q: r32(0),

            v9: Default::default(),
            baseline_n: Default::default(),
            trip_ratio_n: Default::default(),
            start: Default::default(),
            phase_mid: Default::default(),
            ph3: Default::default(),
            v4: Default::default(),
            v4_n: Default::default(),
            refuse: Default::default(),
            refuse_code: Default::default(),
            do_commit: Default::default(),
            kill_reg_n: Default::default(),
            status_word: Default::default(),
            gbusy: Default::default(),
            ghold: Default::default(),
            gclear: Default::default(),
            st1: Default::default(),
            st2: Default::default(),
            do_rcommit: Default::default(),
            expired: Default::default(),
            thr_ge: Default::default(),
            due: Default::default(),
            intr_set: Default::default(),
        }
    }
}

impl Logic for FuseCore {
    // hdl_gen cannot translate match guards.
    #[allow(clippy::collapsible_match)]
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            baseline,
            trip_ratio,
            cycle0,
            kill_reg,
            intr_state,
            err,
            aw_full,
            w_full,
            phase,
            bvalid,
            bresp,
            v_q,
            old_q,
            op_s,
            op_c,
            op_b,
            ph4,
            ap_refuse,
            ap_code,
            ap_snapshot,
            ap_err_clear,
            ap_intr_clear,
            ap_intr_en,
            ap_kill,
            ap_baseline,
            ap_trip_ratio,
            ap_wl,
            ap_wb,
            ap_stage0,
            ap_stage1,
            ap_stage2,
            ap_commit,
            v_m1_q,
            v_m2_q,
            lic_q,
            armed,
            report_due_q,
            gph,
            ap_rst0,
            ap_rst1,
            ap_rst2,
            ap_rcommit
        );
        self.w_data.clock.next = self.clock.val();
        self.w_strb.clock.next = self.clock.val();
        self.refused.clock.next = self.clock.val();
        self.wl.clock.next = self.clock.val();
        self.wl_m1.clock.next = self.clock.val();
        self.wl_m2.clock.next = self.clock.val();
        self.wb.clock.next = self.clock.val();
        self.budget0.clock.next = self.clock.val();
        self.budget1.clock.next = self.clock.val();
        self.budget2.clock.next = self.clock.val();
        self.stage0.clock.next = self.clock.val();
        self.stage1.clock.next = self.clock.val();
        self.stage2.clock.next = self.clock.val();
        self.cycle1.clock.next = self.clock.val();
        self.snap_cum0.clock.next = self.clock.val();
        self.snap_cum1.clock.next = self.clock.val();
        self.snap_cum2.clock.next = self.clock.val();
        self.snap_wwork.clock.next = self.clock.val();
        self.snap_wcycle.clock.next = self.clock.val();
        self.snap_cycle0.clock.next = self.clock.val();
        self.snap_cycle1.clock.next = self.clock.val();
        self.intr_enable.clock.next = self.clock.val();
        self.lic0.clock.next = self.clock.val();
        self.lic1.clock.next = self.clock.val();
        self.lim0.clock.next = self.clock.val();
        self.lim1.clock.next = self.clock.val();
        self.lic_never.clock.next = self.clock.val();
        self.seq0.clock.next = self.clock.val();
        self.seq1.clock.next = self.clock.val();
        self.thr0.clock.next = self.clock.val();
        self.thr1.clock.next = self.clock.val();
        self.thr2.clock.next = self.clock.val();
        self.rst0.clock.next = self.clock.val();
        self.rst1.clock.next = self.clock.val();
        self.rst2.clock.next = self.clock.val();

        // ---- outputs: registers only
        self.accel_clk_en.next = self.clk_en.enable.val();
        self.irq.next = (self.intr_state.q.val() & self.intr_enable.q.val()).any();
        self.snap_data.next = self.report.data.val();
        self.report_due.next = self.report_due_q.q.val();

        // ---- grant sequence: grant_apply, then 1..=3 (enable held while
        // the slacks under the granted limits are computed), then 4 (they
        // are applied). An expired grant is refused by the pending grant
        // block: everything below takes its `apply`, never the port.
        self.grant_expired.next = self.grant.expired.val();
        self.gbusy.next =
            (self.gph.q.val() == 1) | (self.gph.q.val() == 2) | (self.gph.q.val() == 3);
        self.ghold.next = self.grant.apply.val() | self.gbusy.val();
        self.gclear.next = self.grant.apply.val() & self.grant.clear_trip.val();
        if self.grant.apply.val() {
            self.gph.d.next = 1.into();
        } else if self.gbusy.val() {
            self.gph.d.next = self.gph.q.val() + 1;
        } else {
            self.gph.d.next = 0.into();
        }
        self.axi.awready.next = !self.aw_full.q.val();
        self.axi.wready.next = !self.w_full.q.val();
        self.axi.bvalid.next = self.bvalid.q.val();
        self.axi.bresp.next = self.bresp.q.val();
        // The read channel is the generated register block's.
        self.reg_read.clock.next = self.clock.val();
        self.reg_read.araddr.next = self.axi.araddr.val();
        self.reg_read.arvalid.next = self.axi.arvalid.val();
        self.axi.arready.next = self.reg_read.arready.val();
        self.axi.rvalid.next = self.reg_read.rvalid.val();
        self.reg_read.rready.next = self.axi.rready.val();
        self.axi.rdata.next = self.reg_read.rdata.val();
        self.axi.rresp.next = self.reg_read.rresp.val();

        // ---- metering: the admitted work is a = en ? min(work_units, W) : 0.
        // The adders and subtractors below take wu_min = min(work_units, W)
        // and `en` then selects their results, so the enable (a register
        // with a large fan-out) is not in front of any carry chain.
        self.meter.clock.next = self.clock.val();
        self.meter.work_units.next = self.work_units.val();
        self.meter.enabled.next = self.clk_en.enable.val();

        // ---- cap: the slack block. Its load and hold inputs are written
        // out from the registers and the pending grant's `apply` (not from
        // `do_commit`/`ghold`, which `stop` shares statements with).
        self.cap.clock.next = self.clock.val();
        self.cap.admissible.next = self.meter.admissible.val();
        self.cap.enabled.next = self.clk_en.enable.val();
        self.cap.load.next = (self.ap_commit.q.val() & !self.commit.looser.val())
            | ((self.gph.q.val() == 4) & !self.grant.apply.val());
        self.cap.load_zero.next = self.commit.borrow.val();
        self.cap.load_0.next = self.commit.load_0.val();
        self.cap.load_1.next = self.commit.load_1.val();
        self.cap.load_2.next = self.commit.load_2.val();
        self.cap.load_2_borrow.next = self.commit.load_2_borrow.val();
        self.cap.hold.next = self.grant.apply.val()
            | (self.gph.q.val() == 1)
            | (self.gph.q.val() == 2)
            | (self.gph.q.val() == 3);

        // ---- window: the pacer block. Its grant inputs are the pending
        // grant's outputs and `gph`, not a core signal computed from them:
        // the read of `window.ok` shares a statement group with those.
        self.window.clock.next = self.clock.val();
        self.window.admissible.next = self.meter.admissible.val();
        self.window.enabled.next = self.clk_en.enable.val();
        self.window.value.next = self.v_q.q.val();
        self.window.value_m1.next = self.v_m1_q.q.val();
        self.window.value_m2.next = self.v_m2_q.q.val();
        self.window.len_m1.next = self.wl_m1.q.val();
        self.window.len_m2.next = self.wl_m2.q.val();
        self.window.budget_apply.next = self.ap_wb.q.val();
        self.window.len_apply.next = self.ap_wl.q.val();
        self.window.grant_apply.next = self.grant.apply.val();
        self.window.grant_slack.next = (self.gph.q.val() == 4) & !self.grant.apply.val();
        self.window.grant_len_m1.next = self.grant.window_len_m1.val();
        self.window.grant_len_m2.next = self.grant.window_len_m2.val();
        self.window.grant_budget_minus_w.next = self.grant.window_budget_minus_w.val();
        self.window.grant_budget_lt_w.next = self.grant.window_budget_lt_w.val();

        // ---- counters (64-bit, upper word carry-selected; the four state
        // counters are `CycleCounter` blocks)
        self.cycle0.d.next = self.cycle0.q.val() + 1;
        self.cycle1.en.next = self.cycle0.q.val().all();
        self.cycle1.d.next = self.cycle1.q.val() + 1;
        self.enabled_cycles.count.next = self.clk_en.enable.val();
        self.stopped_cycles.count.next = self.clk_en.stopped.val();
        self.paced_cycles.count.next = self.clk_en.paced.val();
        self.throttled_cycles.count.next = self.clk_en.throttled.val();

        // ---- write channel capture and phases
        // The register block decodes the address as it is taken and holds
        // the decode until the next one: the core keeps no address.
        if self.axi.awvalid.val() & !self.aw_full.q.val() {
            self.aw_full.d.next = true;
        }
        self.reg_write.holds_addr.next = self.axi.awaddr.val();
        self.reg_write.holds_load.next = self.axi.awvalid.val() & !self.aw_full.q.val();
        if self.axi.wvalid.val() & !self.w_full.q.val() {
            self.w_full.d.next = true;
        }
        self.w_data.en.next = self.axi.wvalid.val() & !self.w_full.q.val();
        self.w_strb.en.next = self.axi.wvalid.val() & !self.w_full.q.val();
        self.w_data.d.next = self.axi.wdata.val();
        self.w_strb.d.next = self.axi.wstrb.val();
        if self.bvalid.q.val() & self.axi.bready.val() {
            self.bvalid.d.next = false;
        }
        // No write starts while a grant is applied; a grant aborts a write
        // in phases 1..=3, which then starts again.
        self.start.next = (self.phase.q.val() == 0)
            & self.aw_full.q.val()
            & self.w_full.q.val()
            & !self.bvalid.q.val()
            & !self.ghold.val();
        self.phase_mid.next =
            (self.phase.q.val() == 1) | (self.phase.q.val() == 2) | (self.phase.q.val() == 3);
        // Steps of the word-serial datapath, shared by commits and grants.
        self.st1.next = (self.phase.q.val() == 1) | (self.gph.q.val() == 1);
        self.st2.next = (self.phase.q.val() == 2) | (self.gph.q.val() == 2);
        if self.start.val() {
            self.phase.d.next = 1.into();
        } else if self.phase_mid.val() & !self.grant.apply.val() {
            self.phase.d.next = self.phase.q.val() + 1;
        } else {
            self.phase.d.next = 0.into();
        }

        // The write being applied, decoded by the generated register block:
        // the value it makes (strobed bytes over the value in force), and a
        // cycle after `v_q`/`old_q` its range and tighten-only verdicts.
        self.reg_write.clock.next = self.clock.val();
        self.throttle.clock.next = self.clock.val();
        self.enabled_cycles.clock.next = self.clock.val();
        self.stopped_cycles.clock.next = self.clock.val();
        self.paced_cycles.clock.next = self.clock.val();
        self.throttled_cycles.clock.next = self.clock.val();
        self.reg_write.wdata.next = self.w_data.q.val();
        self.reg_write.wstrb.next = self.w_strb.q.val();
        self.reg_write.staged.next = self.v_q.q.val();
        self.reg_write.staged_old.next = self.old_q.q.val();
        self.reg_write.intr_enable.next = bit_cast::<32, 3>(self.intr_enable.q.val());
        self.reg_write.baseline_ratio.next = bit_cast::<32, 9>(self.baseline.q.val());
        self.reg_write.trip_ratio.next = bit_cast::<32, 9>(self.trip_ratio.q.val());
        self.reg_write.window_len.next = self.wl.q.val();
        self.reg_write.window_budget.next = self.wb.q.val();
        self.reg_write.cum_budget_next_0.next = self.stage0.q.val();
        self.reg_write.cum_budget_next_1.next = self.stage1.q.val();
        self.reg_write.cum_budget_next_2.next = self.stage2.q.val();
        self.reg_write.report_threshold_next_0.next = self.rst0.q.val();
        self.reg_write.report_threshold_next_1.next = self.rst1.q.val();
        self.reg_write.report_threshold_next_2.next = self.rst2.q.val();
        self.v_q.d.next = self.reg_write.value.val();
        // During a grant, v_q carries the granted window budget so the
        // WINDOW_BUDGET pipeline below computes the grant's window slack.
        if self.gbusy.val() {
            self.v_q.d.next = self.wb.q.val();
        }
        self.old_q.d.next = self.reg_write.old.val();

        // CUM_BUDGET_COMMIT: stage - cum and budget - stage, one word per
        // phase 1..=3, keeping the borrows. cum, stage and budget are frozen
        // meanwhile (the enable is held).
        // The operands of phase k are registered in the cycle before it, so
        // each phase's arithmetic starts from registers. cum's word 0 is
        // taken as it leaves the start cycle; from phase 1 on cum is frozen.
        // REPORT_THRESHOLD_COMMIT uses the same loosen check on the
        // threshold words; a grant computes granted budget - cum (the
        // granted budget is in `stage` from step 1 on).
        if self.start.val() {
            if self.reg_write.report_threshold_commit_sel.val() {
                self.op_s.d.next = self.rst0.q.val();
                self.op_b.d.next = self.thr0.q.val();
            } else {
                self.op_s.d.next = self.stage0.q.val();
                self.op_b.d.next = self.budget0.q.val();
            }
            self.op_c.d.next = self.meter.next_0.val();
        }
        if self.st1.val() {
            if self.reg_write.report_threshold_commit_sel.val() & self.phase_mid.val() {
                self.op_s.d.next = self.rst1.q.val();
                self.op_b.d.next = self.thr1.q.val();
            } else {
                self.op_s.d.next = self.stage1.q.val();
                self.op_b.d.next = self.budget1.q.val();
            }
            self.op_c.d.next = self.meter.cum_1.val();
        }
        if self.st2.val() {
            if self.reg_write.report_threshold_commit_sel.val() & self.phase_mid.val() {
                self.op_s.d.next = self.rst2.q.val();
                self.op_b.d.next = self.thr2.q.val();
            } else {
                self.op_s.d.next = self.stage2.q.val();
                self.op_b.d.next = self.budget2.q.val();
            }
            self.op_c.d.next = self.meter.cum_2.val();
        }
        if self.grant.apply.val() {
            self.op_s.d.next = self.grant.cum_budget_0.val();
            self.op_c.d.next = self.meter.next_0.val();
        }
        self.commit.clock.next = self.clock.val();
        self.commit.step_1.next = (self.phase.q.val() == 1) | (self.gph.q.val() == 1);
        self.commit.step_2.next = (self.phase.q.val() == 2) | (self.gph.q.val() == 2);
        self.commit.step_3.next = (self.phase.q.val() == 3) | (self.gph.q.val() == 3);
        self.commit.op_s.next = self.op_s.q.val();
        self.commit.op_c.next = self.op_c.q.val();
        self.commit.op_b.next = self.op_b.q.val();

        // ---- apply (phase 4), decoded in phase 3
        self.v4.next = bit_cast::<4, 32>(self.v_q.q.val());
        self.v4_n.next = !self.v4.val();
        self.v_m1_q.d.next = self.v_q.q.val() - 1;
        self.v_m2_q.d.next = self.v_q.q.val() - 2;
        self.ph3.next = (self.phase.q.val() == 3) & !self.grant.apply.val();
        self.ph4.d.next = self.ph3.val();
        self.ap_refuse.d.next = false;
        self.ap_code.d.next = 0.into();
        self.ap_snapshot.d.next = false;
        self.ap_err_clear.d.next = false;
        self.ap_intr_clear.d.next = 0.into();
        self.ap_intr_en.d.next = false;
        self.ap_kill.d.next = false;
        self.ap_baseline.d.next = false;
        self.ap_trip_ratio.d.next = false;
        self.ap_wl.d.next = false;
        self.ap_wb.d.next = false;
        self.ap_stage0.d.next = false;
        self.ap_stage1.d.next = false;
        self.ap_stage2.d.next = false;
        self.ap_commit.d.next = false;
        self.ap_rst0.d.next = false;
        self.ap_rst1.d.next = false;
        self.ap_rst2.d.next = false;
        self.ap_rcommit.d.next = false;
        if self.ph3.val() {
            if !self.reg_write.mapped.val() {
                self.ap_refuse.d.next = true;
                self.ap_code.d.next = self.err_unmapped.val();
            } else if self.reg_write.read_only.val() {
                self.ap_refuse.d.next = true;
                self.ap_code.d.next = self.err_read_only.val();
            } else if self.reg_write.invalid.val() {
                self.ap_refuse.d.next = true;
                self.ap_code.d.next = self.err_invalid.val();
            } else if self.reg_write.looser.val() {
                self.ap_refuse.d.next = true;
                self.ap_code.d.next = self.err_loosen.val();
            } else {
                self.ap_snapshot.d.next = self.reg_write.snapshot_sel.val();
                self.ap_err_clear.d.next = self.reg_write.err_code_sel.val();
                if self.reg_write.intr_state_sel.val() {
                    self.ap_intr_clear.d.next = self.v_q.q.val().get_bits::<3>(0);
                }
                self.ap_intr_en.d.next = self.reg_write.intr_enable_sel.val();
                self.ap_kill.d.next = self.reg_write.kill_sel.val() & self.v_q.q.val().get_bit(0);
                self.ap_baseline.d.next = self.reg_write.baseline_ratio_sel.val();
                self.ap_trip_ratio.d.next = self.reg_write.trip_ratio_sel.val();
                self.ap_wl.d.next = self.reg_write.window_len_sel.val();
                self.ap_wb.d.next = self.reg_write.window_budget_sel.val();
                self.ap_stage0.d.next = self.reg_write.cum_budget_next_0_sel.val();
                self.ap_stage1.d.next = self.reg_write.cum_budget_next_1_sel.val();
                self.ap_stage2.d.next = self.reg_write.cum_budget_next_2_sel.val();
                // Whether a commit loosens is known only in phase 4.
                self.ap_commit.d.next =
                    self.reg_write.cum_budget_commit_sel.val() & self.v_q.q.val().get_bit(0);
                self.ap_rst0.d.next = self.reg_write.report_threshold_next_0_sel.val();
                self.ap_rst1.d.next = self.reg_write.report_threshold_next_1_sel.val();
                self.ap_rst2.d.next = self.reg_write.report_threshold_next_2_sel.val();
                self.ap_rcommit.d.next =
                    self.reg_write.report_threshold_commit_sel.val() & self.v_q.q.val().get_bit(0);
            }
        }
        self.do_commit.next = self.ap_commit.q.val() & !self.commit.looser.val();
        self.do_rcommit.next = self.ap_rcommit.q.val() & !self.commit.looser.val();
        self.refuse.next = self.ap_refuse.q.val()
            | ((self.ap_commit.q.val() | self.ap_rcommit.q.val()) & self.commit.looser.val());
        self.refuse_code.next = self.ap_code.q.val();
        if (self.ap_commit.q.val() | self.ap_rcommit.q.val()) & self.commit.looser.val() {
            self.refuse_code.next = self.err_loosen.val();
        }
        if self.ph4.q.val() {
            self.bvalid.d.next = true;
            self.aw_full.d.next = false;
            self.w_full.d.next = false;
            if self.refuse.val() {
                self.bresp.d.next = self.resp_slverr.val();
            } else {
                self.bresp.d.next = self.resp_okay.val();
            }
        }
        self.intr_enable.en.next = self.ap_intr_en.q.val();
        self.intr_enable.d.next = self.v_q.q.val().get_bits::<3>(0);
        self.v9.next = bit_cast::<9, 32>(self.v_q.q.val());
        self.baseline_n.next = self.baseline.q.val();
        if self.ap_baseline.q.val() {
            self.baseline_n.next = self.v9.val();
        }
        self.trip_ratio_n.next = self.trip_ratio.q.val();
        if self.ap_trip_ratio.q.val() {
            self.trip_ratio_n.next = self.v9.val();
        }
        // A grant applies after a write applied in the same cycle.
        if self.grant.apply.val() {
            self.baseline_n.next = self.grant.baseline.val();
            self.trip_ratio_n.next = self.grant.trip_ratio.val();
        }
        self.baseline.d.next = self.baseline_n.val();
        self.trip_ratio.d.next = self.trip_ratio_n.val();
        self.throttle.baseline_next.next = self.baseline_n.val();
        self.throttle.trip_ratio_next.next = self.trip_ratio_n.val();
        // The limits load from the write being applied or from a grant
        // (which applies after a write in the same cycle, so it wins).
        self.wl.en.next = self.ap_wl.q.val() | self.grant.apply.val();
        self.wl_m1.en.next = self.ap_wl.q.val() | self.grant.apply.val();
        self.wl_m2.en.next = self.ap_wl.q.val() | self.grant.apply.val();
        self.wb.en.next = self.ap_wb.q.val() | self.grant.apply.val();
        self.stage0.en.next = self.ap_stage0.q.val() | self.grant.apply.val();
        self.stage1.en.next = self.ap_stage1.q.val() | self.grant.apply.val();
        self.stage2.en.next = self.ap_stage2.q.val() | self.grant.apply.val();
        self.rst0.en.next = self.ap_rst0.q.val() | self.grant.apply.val();
        self.rst1.en.next = self.ap_rst1.q.val() | self.grant.apply.val();
        self.rst2.en.next = self.ap_rst2.q.val() | self.grant.apply.val();
        self.thr0.en.next = self.do_rcommit.val() | self.grant.apply.val();
        self.thr1.en.next = self.do_rcommit.val() | self.grant.apply.val();
        self.thr2.en.next = self.do_rcommit.val() | self.grant.apply.val();
        self.budget0.en.next = self.do_commit.val() | self.grant.apply.val();
        self.budget1.en.next = self.do_commit.val() | self.grant.apply.val();
        self.budget2.en.next = self.do_commit.val() | self.grant.apply.val();
        self.lic0.en.next = self.grant.apply.val();
        self.lic1.en.next = self.grant.apply.val();
        self.seq0.en.next = self.grant.apply.val();
        self.seq1.en.next = self.grant.apply.val();
        self.lim0.en.next = self.grant.apply.val();
        self.lim1.en.next = self.grant.apply.val();
        self.lic_never.en.next = self.grant.apply.val();
        if self.grant.apply.val() {
            self.wl.d.next = self.grant.window_len.val();
            self.wl_m1.d.next = self.grant.window_len_m1.val();
            self.wl_m2.d.next = self.grant.window_len_m2.val();
            self.wb.d.next = self.grant.window_budget.val();
            self.stage0.d.next = self.grant.cum_budget_0.val();
            self.stage1.d.next = self.grant.cum_budget_1.val();
            self.stage2.d.next = self.grant.cum_budget_2.val();
            self.rst0.d.next = self.grant.report_threshold_0.val();
            self.rst1.d.next = self.grant.report_threshold_1.val();
            self.rst2.d.next = self.grant.report_threshold_2.val();
            self.thr0.d.next = self.grant.report_threshold_0.val();
            self.thr1.d.next = self.grant.report_threshold_1.val();
            self.thr2.d.next = self.grant.report_threshold_2.val();
            self.budget0.d.next = self.grant.cum_budget_0.val();
            self.budget1.d.next = self.grant.cum_budget_1.val();
            self.budget2.d.next = self.grant.cum_budget_2.val();
        } else {
            self.wl.d.next = self.v_q.q.val();
            self.wl_m1.d.next = self.v_m1_q.q.val();
            self.wl_m2.d.next = self.v_m2_q.q.val();
            self.wb.d.next = self.v_q.q.val();
            self.stage0.d.next = self.v_q.q.val();
            self.stage1.d.next = self.v_q.q.val();
            self.stage2.d.next = self.v_q.q.val();
            self.rst0.d.next = self.v_q.q.val();
            self.rst1.d.next = self.v_q.q.val();
            self.rst2.d.next = self.v_q.q.val();
            self.thr0.d.next = self.rst0.q.val();
            self.thr1.d.next = self.rst1.q.val();
            self.thr2.d.next = self.rst2.q.val();
            self.budget0.d.next = self.stage0.q.val();
            self.budget1.d.next = self.stage1.q.val();
            self.budget2.d.next = self.stage2.q.val();
        }
        self.lic0.d.next = self.grant.expiry_0.val();
        self.lic1.d.next = self.grant.expiry_1.val();
        self.seq0.d.next = self.grant.seq_0.val();
        self.seq1.d.next = self.grant.seq_1.val();
        self.lim0.d.next = self.grant.licence_bound_0.val();
        self.lim1.d.next = self.grant.licence_bound_1.val();
        self.lic_never.d.next = self.grant.licence_never.val();
        self.refused.en.next = self.refuse.val();
        self.refused.d.next = self.refused.q.val() + 1;
        if self.refuse.val() {
            self.err.d.next = self.err.q.val() | self.refuse_code.val();
        }
        if self.ap_err_clear.q.val() {
            self.err.d.next = self.err.q.val() & self.v4_n.val();
        }

        // ---- trip: KILL here, the reasons in their block. Its inputs are
        // written out from the registers, the ports and the blocks' outputs
        // (not from `kill_reg_n` or `gclear`, which share
        // statements with `stop`, which reads the block's `strict`).
        self.kill_reg_n.next = self.kill_reg.q.val() | self.ap_kill.q.val();
        self.kill_reg.d.next = self.kill_reg_n.val();
        if self.gclear.val() {
            self.kill_reg.d.next = false;
        }
        self.trip.clock.next = self.clock.val();
        self.trip.cap_ok.next = self.cap.ok.val();
        self.trip.kill_reg.next = self.kill_reg.q.val() | self.ap_kill.q.val();
        self.trip.kill_pin.next = self.kill.val();
        self.trip.licence_lapsed.next = self.lic_q.q.val();
        self.trip.decommission.next = self.grant.apply.val() & self.grant.decommission.val();
        self.trip.clear.next = self.grant.apply.val() & self.grant.clear_trip.val();
        self.trip.cycle_0.next = self.cycle0.q.val();
        self.trip.cycle_1.next = self.cycle1.q.val();
        // Licence: the device epoch of this cycle is past LICENSE_EXPIRY
        // (acted on in the next cycle).
        self.expired.next = !self.lic_never.q.val()
            & ((self.cycle1.q.val() > self.lim1.q.val())
                | ((self.cycle1.q.val() == self.lim1.q.val())
                    & (self.cycle0.q.val() > self.lim0.q.val())));
        self.lic_q.d.next = self.expired.val() & !self.grant.apply.val();
        self.intr_set.next = 0.into();
        if self.trip.newly_set.val() {
            self.intr_set.next = self.i3_trip.val();
        }
        if self.report_ready.val() {
            self.intr_set.next = self.intr_set.val() | self.i3_report.val();
        }
        if self.grant_done.val() {
            self.intr_set.next = self.intr_set.val() | self.i3_grant.val();
        }
        self.intr_state.d.next =
            (self.intr_state.q.val() & !self.ap_intr_clear.q.val()) | self.intr_set.val();
        self.throttle.strict.next = self.trip.strict.val();
        self.throttle.licence_expired_next.next = self.trip.licence_next.val();

        // ---- report threshold: CUM_WORK of the previous cycle against it
        self.thr_ge.next = (self.meter.prev_2.val() > self.thr2.q.val())
            | ((self.meter.prev_2.val() == self.thr2.q.val())
                & ((self.meter.prev_1.val() > self.thr1.q.val())
                    | ((self.meter.prev_1.val() == self.thr1.q.val())
                        & (self.meter.prev_0.val() >= self.thr0.q.val()))));
        self.due.next = self.armed.q.val() & self.thr_ge.val();
        self.report_due_q.d.next = self.due.val();
        self.armed.d.next = self.armed.q.val() & !self.due.val();
        if self.do_rcommit.val() | self.grant.apply.val() {
            self.armed.d.next = true;
        }

        // ---- grant port: the pending grant's words
        self.grant.clock.next = self.clock.val();
        self.grant.we.next = self.grant_we.val();
        self.grant.apply_req.next = self.grant_apply.val();
        self.grant.addr.next = self.grant_addr.val();
        self.grant.wdata.next = self.grant_wdata.val();
        self.grant.cycle_0.next = self.cycle0.q.val();
        self.grant.cycle_1.next = self.cycle1.q.val();

        // ---- throttle and enable
        // The inputs are written out from the registers, the ports and the
        // blocks' outputs (not from `start`, `ghold` or `kill_reg_n`, which
        // share statements with what reads the enable). A write holds the
        // enable from its start (both channels captured, no response
        // pending; a grant in that cycle holds it anyway) to phase 3.
        self.clk_en.clock.next = self.clock.val();
        self.clk_en.kill_pin.next = self.kill.val();
        self.clk_en.kill_reg.next = self.kill_reg.q.val() | self.ap_kill.q.val();
        self.clk_en.cap_ok.next = self.cap.ok.val();
        self.clk_en.window_ok.next = self.window.ok.val();
        self.clk_en.write_hold.next = self.reg_write.holds_enable.val()
            & (((self.phase.q.val() == 0)
                & self.aw_full.q.val()
                & self.w_full.q.val()
                & !self.bvalid.q.val())
                | (self.phase.q.val() == 1)
                | (self.phase.q.val() == 2)
                | (self.phase.q.val() == 3));
        self.clk_en.grant_hold.next = self.grant.apply.val()
            | (self.gph.q.val() == 1)
            | (self.gph.q.val() == 2)
            | (self.gph.q.val() == 3);
        self.clk_en.decommissioned.next = self.trip.decommissioned.val();
        self.clk_en.strict.next = self.trip.strict.val();
        self.clk_en.pulse.next = self.throttle.pulse.val();

        // ---- snapshot: the counters' values in this cycle
        self.enabled_cycles.snapshot.next = self.ap_snapshot.q.val();
        self.stopped_cycles.snapshot.next = self.ap_snapshot.q.val();
        self.paced_cycles.snapshot.next = self.ap_snapshot.q.val();
        self.throttled_cycles.snapshot.next = self.ap_snapshot.q.val();
        self.snap_cum0.en.next = self.ap_snapshot.q.val();
        self.snap_cum1.en.next = self.ap_snapshot.q.val();
        self.snap_cum2.en.next = self.ap_snapshot.q.val();
        self.snap_wwork.en.next = self.ap_snapshot.q.val();
        self.snap_wcycle.en.next = self.ap_snapshot.q.val();
        self.snap_cycle0.en.next = self.ap_snapshot.q.val();
        self.snap_cycle1.en.next = self.ap_snapshot.q.val();
        self.snap_cum0.d.next = self.meter.cum_0.val();
        self.snap_cum1.d.next = self.meter.cum_1.val();
        self.snap_cum2.d.next = self.meter.cum_2.val();
        self.snap_wwork.d.next = self.window.work.val();
        self.snap_wcycle.d.next = self.window.cycle.val();
        self.snap_cycle0.d.next = self.cycle0.q.val();
        self.snap_cycle1.d.next = self.cycle1.q.val();

        // ---- read path
        self.status_word.next = 0.into();
        if self.clk_en.enable.val() {
            self.status_word.next = self.status_word.val() | self.st_enabled.val();
        }
        if self.trip.tripped.val() {
            self.status_word.next = self.status_word.val() | self.st_tripped.val();
        }
        if self.clk_en.capped.val() {
            self.status_word.next = self.status_word.val() | self.st_capped.val();
        }
        if self.clk_en.window_low.val() {
            self.status_word.next = self.status_word.val() | self.st_paced.val();
        }
        if self.throttle.ratio.val() < self.ratio_full.val() {
            self.status_word.next = self.status_word.val() | self.st_throttled.val();
        }
        if self.clk_en.kill_pin_seen.val() {
            self.status_word.next = self.status_word.val() | self.st_kill_pin.val();
        }
        if self.kill_reg.q.val() {
            self.status_word.next = self.status_word.val() | self.st_killed.val();
        }
        if self.clk_en.held.val() {
            self.status_word.next = self.status_word.val() | self.st_held.val();
        }
        if self.meter.clamped.val() {
            self.status_word.next = self.status_word.val() | self.st_clamped.val();
        }
        if self.trip.decommissioned.val() {
            self.status_word.next = self.status_word.val() | self.st_decom.val();
        }
        // The generated register block decodes the read address; the core
        // gives it the value of each readable register (hw2reg).
        self.reg_read.config_reg.next = self.config_word.val();
        self.reg_read.status.next = self.status_word.val();
        self.reg_read.trip_reason.next = self.trip.reasons.val();
        self.reg_read.err_code.next = bit_cast::<32, 4>(self.err.q.val());
        self.reg_read.intr_state.next = bit_cast::<32, 3>(self.intr_state.q.val());
        self.reg_read.intr_enable.next = bit_cast::<32, 3>(self.intr_enable.q.val());
        self.reg_read.kill.next = bit_cast::<32, 1>(self.kill_reg.q.val().into());
        self.reg_read.baseline_ratio.next = bit_cast::<32, 9>(self.baseline.q.val());
        self.reg_read.trip_ratio.next = bit_cast::<32, 9>(self.trip_ratio.q.val());
        self.reg_read.window_len.next = self.wl.q.val();
        self.reg_read.window_budget.next = self.wb.q.val();
        self.reg_read.cum_budget_0.next = self.budget0.q.val();
        self.reg_read.cum_budget_1.next = self.budget1.q.val();
        self.reg_read.cum_budget_2.next = self.budget2.q.val();
        self.reg_read.cum_budget_next_0.next = self.stage0.q.val();
        self.reg_read.cum_budget_next_1.next = self.stage1.q.val();
        self.reg_read.cum_budget_next_2.next = self.stage2.q.val();
        self.reg_read.refused_writes.next = self.refused.q.val();
        self.reg_read.cum_work_0.next = self.snap_cum0.q.val();
        self.reg_read.cum_work_1.next = self.snap_cum1.q.val();
        self.reg_read.cum_work_2.next = self.snap_cum2.q.val();
        self.reg_read.window_work.next = self.snap_wwork.q.val();
        self.reg_read.window_cycle.next = self.snap_wcycle.q.val();
        self.reg_read.cycle_0.next = self.snap_cycle0.q.val();
        self.reg_read.cycle_1.next = self.snap_cycle1.q.val();
        self.reg_read.enabled_cycles_0.next = self.enabled_cycles.snap_lo.val();
        self.reg_read.enabled_cycles_1.next = self.enabled_cycles.snap_hi.val();
        self.reg_read.stopped_cycles_0.next = self.stopped_cycles.snap_lo.val();
        self.reg_read.stopped_cycles_1.next = self.stopped_cycles.snap_hi.val();
        self.reg_read.paced_cycles_0.next = self.paced_cycles.snap_lo.val();
        self.reg_read.paced_cycles_1.next = self.paced_cycles.snap_hi.val();
        self.reg_read.throttled_cycles_0.next = self.throttled_cycles.snap_lo.val();
        self.reg_read.throttled_cycles_1.next = self.throttled_cycles.snap_hi.val();
        self.reg_read.trip_cycle_cum_budget_0.next = self.trip.cycle_cum_0.val();
        self.reg_read.trip_cycle_cum_budget_1.next = self.trip.cycle_cum_1.val();
        self.reg_read.trip_cycle_kill_reg_0.next = self.trip.cycle_kill_reg_0.val();
        self.reg_read.trip_cycle_kill_reg_1.next = self.trip.cycle_kill_reg_1.val();
        self.reg_read.trip_cycle_kill_pin_0.next = self.trip.cycle_kill_pin_0.val();
        self.reg_read.trip_cycle_kill_pin_1.next = self.trip.cycle_kill_pin_1.val();
        self.reg_read.trip_cycle_license_0.next = self.trip.cycle_licence_0.val();
        self.reg_read.trip_cycle_license_1.next = self.trip.cycle_licence_1.val();
        self.reg_read.report_threshold_0.next = self.thr0.q.val();
        self.reg_read.report_threshold_1.next = self.thr1.q.val();
        self.reg_read.report_threshold_2.next = self.thr2.q.val();
        self.reg_read.report_threshold_next_0.next = self.rst0.q.val();
        self.reg_read.report_threshold_next_1.next = self.rst1.q.val();
        self.reg_read.report_threshold_next_2.next = self.rst2.q.val();
        self.reg_read.license_expiry_0.next = self.lic0.q.val();
        self.reg_read.license_expiry_1.next = self.lic1.q.val();
        self.reg_read.last_grant_seq_0.next = self.seq0.q.val();
        self.reg_read.last_grant_seq_1.next = self.seq1.q.val();

        // ---- report snapshot: report words 26..=60 as a bus read would
        // see them in this cycle, but with the live counters
        self.report.clock.next = self.clock.val();
        self.report.capture.next = self.snap_req.val();
        self.report.addr.next = self.snap_addr.val();
        self.report.cycle_0.next = self.cycle0.q.val();
        self.report.cycle_1.next = self.cycle1.q.val();
        self.report.cum_work_0.next = self.meter.cum_0.val();
        self.report.cum_work_1.next = self.meter.cum_1.val();
        self.report.cum_work_2.next = self.meter.cum_2.val();
        self.report.window_work.next = self.window.work.val();
        self.report.status.next = self.status_word.val();
        self.report.trip_reason.next = self.trip.reasons.val();
        self.report.trip_cycle_0.next = self.trip.cycle_cum_0.val();
        self.report.trip_cycle_1.next = self.trip.cycle_cum_1.val();
        self.report.trip_cycle_2.next = self.trip.cycle_kill_reg_0.val();
        self.report.trip_cycle_3.next = self.trip.cycle_kill_reg_1.val();
        self.report.trip_cycle_4.next = self.trip.cycle_kill_pin_0.val();
        self.report.trip_cycle_5.next = self.trip.cycle_kill_pin_1.val();
        self.report.trip_cycle_6.next = self.trip.cycle_licence_0.val();
        self.report.trip_cycle_7.next = self.trip.cycle_licence_1.val();
        self.report.cum_budget_0.next = self.budget0.q.val();
        self.report.cum_budget_1.next = self.budget1.q.val();
        self.report.cum_budget_2.next = self.budget2.q.val();
        self.report.window_budget.next = self.wb.q.val();
        self.report.window_len.next = self.wl.q.val();
        self.report.ratios.next = bit_cast::<32, 9>(self.baseline.q.val())
            | (bit_cast::<32, 9>(self.trip_ratio.q.val()) << 16);
        self.report.report_threshold_0.next = self.thr0.q.val();
        self.report.report_threshold_1.next = self.thr1.q.val();
        self.report.report_threshold_2.next = self.thr2.q.val();
        self.report.license_expiry_0.next = self.lic0.q.val();
        self.report.license_expiry_1.next = self.lic1.q.val();
        self.report.last_grant_seq_0.next = self.seq0.q.val();
        self.report.last_grant_seq_1.next = self.seq1.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use capfuse_abi::{err, reg, resp, status, trip, REGISTERS};
    use rust_hdl::core::simulate::simulate;

    /// Steps the block by hand, one rising edge per [`Bench::cycle`].
    struct Bench {
        uut: Box<FuseCore>,
        work: u16,
        kill: bool,
        /// Work admitted so far (the expected CUM_WORK).
        admitted: u128,
        max_work: u16,
    }

    impl Bench {
        fn new(params: FuseParams) -> Self {
            Self::with_cum(params, 0)
        }

        /// A block whose CUM_WORK powers up at `cum` (to reach the carries
        /// into the upper words).
        fn with_cum(params: FuseParams, cum: u128) -> Self {
            let mut uut = Box::new(FuseCore::new(params));
            uut.meter = WorkMeter::starting_at(params.max_work_per_cycle, cum);
            uut.connect_all();
            assert!(simulate(uut.as_mut(), 100));
            Bench {
                uut,
                work: 0,
                kill: false,
                admitted: cum,
                max_work: params.max_work_per_cycle,
            }
        }

        /// One clock cycle with the AXI inputs as currently set.
        fn cycle(&mut self) {
            if self.en() {
                self.admitted += u128::from(self.work.min(self.max_work));
            }
            self.uut.work_units.next = u64::from(self.work).into();
            self.uut.kill.next = self.kill;
            assert!(simulate(self.uut.as_mut(), 100), "did not settle");
            self.uut.clock.next = Clock { clk: true };
            assert!(simulate(self.uut.as_mut(), 100), "did not settle");
            self.uut.clock.next = Clock { clk: false };
            assert!(simulate(self.uut.as_mut(), 100), "did not settle");
        }

        fn en(&self) -> bool {
            self.uut.accel_clk_en.val()
        }

        /// A complete AXI write; returns BRESP.
        fn write(&mut self, addr: u16, data: u32, strb: u8) -> u8 {
            self.uut.axi.awvalid.next = true;
            self.uut.axi.awaddr.next = u64::from(addr).into();
            self.uut.axi.wvalid.next = true;
            self.uut.axi.wdata.next = u64::from(data).into();
            self.uut.axi.wstrb.next = u64::from(strb).into();
            self.uut.axi.bready.next = true;
            assert!(self.uut.axi.awready.val() && self.uut.axi.wready.val());
            self.cycle();
            self.uut.axi.awvalid.next = false;
            self.uut.axi.wvalid.next = false;
            // The response comes 5 cycles after both channels are captured.
            for _ in 0..5 {
                assert!(!self.uut.axi.bvalid.val());
                self.cycle();
            }
            assert!(self.uut.axi.bvalid.val(), "no write response");
            let r = self.uut.axi.bresp.val().index() as u8;
            self.cycle();
            self.uut.axi.bready.next = false;
            r
        }

        /// A complete AXI read; returns (RDATA, RRESP).
        fn read(&mut self, addr: u16) -> (u32, u8) {
            self.uut.axi.arvalid.next = true;
            self.uut.axi.araddr.next = u64::from(addr).into();
            self.uut.axi.rready.next = true;
            assert!(self.uut.axi.arready.val());
            self.cycle();
            self.uut.axi.arvalid.next = false;
            // two edges from the handshake to the word
            assert!(!self.uut.axi.rvalid.val() && !self.uut.axi.arready.val());
            self.cycle();
            assert!(self.uut.axi.rvalid.val());
            let r = (
                self.uut.axi.rdata.val().index() as u32,
                self.uut.axi.rresp.val().index() as u8,
            );
            self.cycle();
            self.uut.axi.rready.next = false;
            r
        }

        fn read_ok(&mut self, addr: u16) -> u32 {
            let (d, r) = self.read(addr);
            assert_eq!(r, resp::OKAY, "read of {addr:#x}");
            d
        }
    }

    #[test]
    fn power_up_duty_is_the_baseline_ratio_exactly() {
        for p in [0u16, 1, 32, 200, 255, 256] {
            let params = FuseParams {
                max_work_per_cycle: 1024,
                power_up_baseline_ratio: p,
                ..FuseParams::DEFAULT
            };
            let mut b = Bench::new(params);
            assert!(!b.en(), "the enable powers up low");
            b.cycle();
            // Any 256 consecutive cycles hold exactly P enabled cycles.
            let mut trace = vec![];
            for _ in 0..512 {
                trace.push(b.en());
                b.cycle();
            }
            for start in [0, 1, 100, 255] {
                let n = trace[start..start + 256].iter().filter(|x| **x).count();
                assert_eq!(n, usize::from(p), "ratio {p}, window at {start}");
            }
        }
    }

    #[test]
    fn kill_pin_drops_the_enable_at_the_next_edge_and_trips() {
        let mut b = Bench::new(FuseParams {
            max_work_per_cycle: 16,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        });
        b.cycle();
        assert!(b.en());
        b.kill = true;
        b.cycle();
        assert!(!b.en(), "kill must stop the enable at the next edge");
        assert!(b.uut.irq.val(), "a trip raises the interrupt");
        b.kill = false;
        // Tripped with TRIP_RATIO 0: stays stopped after the pin is released.
        for _ in 0..300 {
            b.cycle();
            assert!(!b.en());
        }
        assert_eq!(b.read_ok(reg::TRIP_REASON), trip::KILL_PIN);
        assert_eq!(b.read_ok(reg::TRIP_CYCLE_KILL_PIN_0), 1);
        let st = b.read_ok(reg::STATUS);
        assert_eq!(st & (status::TRIPPED | status::ENABLED), status::TRIPPED);
    }

    #[test]
    fn kill_register_is_one_way_and_stops_the_enable() {
        let mut b = Bench::new(FuseParams {
            max_work_per_cycle: 16,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        });
        assert_eq!(b.write(reg::KILL, 0, 0xF), resp::OKAY);
        assert_eq!(b.read_ok(reg::KILL), 0);
        assert!(b.en());
        assert_eq!(b.write(reg::KILL, 1, 0xF), resp::OKAY);
        assert!(!b.en());
        assert_eq!(b.read_ok(reg::KILL), 1);
        assert_eq!(b.read_ok(reg::TRIP_REASON), trip::KILL_REG);
        assert_eq!(b.read_ok(reg::STATUS) & status::KILLED, status::KILLED);
    }

    #[test]
    fn looser_or_invalid_ratios_are_refused_with_slverr() {
        let mut b = Bench::new(FuseParams::DEFAULT);
        assert_eq!(b.write(reg::BASELINE_RATIO, 33, 0xF), resp::SLVERR);
        assert_eq!(b.read_ok(reg::ERR_CODE), err::LOOSEN_REFUSED);
        assert_eq!(b.read_ok(reg::BASELINE_RATIO), 32);
        assert_eq!(b.write(reg::TRIP_RATIO, 257, 0xF), resp::SLVERR);
        assert_eq!(
            b.read_ok(reg::ERR_CODE),
            err::LOOSEN_REFUSED | err::INVALID_VALUE
        );
        assert_eq!(b.read_ok(reg::REFUSED_WRITES), 2);
        // ERR_CODE is write-1-to-clear.
        assert_eq!(b.write(reg::ERR_CODE, err::LOOSEN_REFUSED, 0xF), resp::OKAY);
        assert_eq!(b.read_ok(reg::ERR_CODE), err::INVALID_VALUE);
        // Tightening is accepted; byte strobes merge with the old value.
        assert_eq!(b.write(reg::BASELINE_RATIO, 0x1FF_0010, 0x1), resp::OKAY);
        assert_eq!(b.read_ok(reg::BASELINE_RATIO), 16);
        // Read-only and unmapped targets.
        assert_eq!(b.write(reg::ID, 0, 0xF), resp::SLVERR);
        assert_eq!(b.write(0x058, 0, 0xF), resp::SLVERR);
        assert_eq!(b.write(reg::STATUS + 1, 0, 0xF), resp::SLVERR);
        assert_eq!(
            b.read_ok(reg::ERR_CODE),
            err::INVALID_VALUE | err::READ_ONLY | err::UNMAPPED
        );
        assert_eq!(b.read_ok(reg::REFUSED_WRITES), 5);
    }

    #[test]
    fn reads_return_power_up_values_and_refuse_unmapped_addresses() {
        let params = FuseParams {
            max_work_per_cycle: 77,
            power_up_baseline_ratio: 5,
            ..FuseParams::DEFAULT
        };
        let mut b = Bench::new(params);
        for r in REGISTERS {
            let (d, rr) = b.read(r.offset);
            assert_eq!(rr, resp::OKAY, "{}", r.name);
            match r.offset {
                // Live values that are not their power-up value after a
                // read or two: the enable's reason flags.
                x if x == reg::STATUS => {
                    assert_eq!(d & !(status::ENABLED | status::THROTTLED), 0, "{}", r.name)
                }
                _ if !r.access.readable() => assert_eq!(d, 0, "{}", r.name),
                _ => assert_eq!(d, params.reset_value(r), "{}", r.name),
            }
        }
        for addr in [
            0x058, 0x05C, 0x074, 0x0DC, 0x0F0, 0x100, 0x800, 0xFFC, 0x001, 0x006,
        ] {
            assert_eq!(b.read(addr), (0, resp::SLVERR), "{addr:#x}");
        }
    }

    #[test]
    fn a_budget_commit_meters_and_then_trips_the_fuse() {
        let w = 10u16;
        let mut b = Bench::new(FuseParams {
            max_work_per_cycle: w,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        });
        // Staging above the budget in force is refused at commit.
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_0, 1000, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_1, 0, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_2, 0, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_COMMIT, 1, 0xF), resp::OKAY);
        assert_eq!(b.read_ok(reg::CUM_BUDGET_0), 1000);
        assert_eq!(b.read_ok(reg::CUM_BUDGET_2), 0);
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_0, 1001, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_COMMIT, 1, 0xF), resp::SLVERR);
        assert_eq!(b.read_ok(reg::ERR_CODE), err::LOOSEN_REFUSED);
        assert_eq!(b.read_ok(reg::TRIP_REASON), 0);
        // Run with 7 units per cycle (above W gets clamped; below not).
        b.work = 7;
        let mut admitted = 0u32;
        for _ in 0..400 {
            admitted += if b.en() { 7 } else { 0 };
            b.cycle();
        }
        b.work = 0;
        // Stopped once less than W remains: never over the budget.
        assert!(admitted <= 1000 && admitted > 1000 - 7 - u32::from(w));
        assert_eq!(b.write(reg::SNAPSHOT, 0, 0xF), resp::OKAY);
        assert_eq!(b.read_ok(reg::CUM_WORK_0), admitted);
        assert_eq!(b.read_ok(reg::TRIP_REASON), trip::CUM_BUDGET);
        assert!(b.uut.irq.val());
        // A tighter commit that leaves nothing: slack saturates at 0.
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_0, 5, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_COMMIT, 1, 0xF), resp::OKAY);
        assert_eq!(b.read_ok(reg::CUM_BUDGET_0), 5);
        assert!(!b.en());
        // INTR_STATE clears, the trip does not.
        assert_eq!(b.write(reg::INTR_STATE, 1, 0xF), resp::OKAY);
        assert!(!b.uut.irq.val());
        assert_eq!(b.read_ok(reg::TRIP_REASON), trip::CUM_BUDGET);
    }

    #[test]
    fn a_commit_with_room_left_trips_in_the_apply_cycle_when_below_w() {
        let mut b = Bench::new(FuseParams {
            max_work_per_cycle: 100,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        });
        // Budget 2^64 + 50 with cum 0: the upper words keep the cap open.
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_0, 50, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_1, 0, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_2, 1, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_COMMIT, 1, 0xF), resp::OKAY);
        assert!(b.en());
        assert_eq!(b.read_ok(reg::TRIP_REASON), 0);
        // Now 50 < W: tripped.
        assert_eq!(b.write(reg::CUM_BUDGET_NEXT_2, 0, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::CUM_BUDGET_COMMIT, 1, 0xF), resp::OKAY);
        assert!(!b.en());
        assert_eq!(b.read_ok(reg::TRIP_REASON), trip::CUM_BUDGET);
        assert_eq!(
            b.read_ok(reg::STATUS) & (status::CAPPED | status::TRIPPED),
            status::CAPPED | status::TRIPPED
        );
    }

    #[test]
    fn window_budget_paces_the_enable() {
        let w = 4u16;
        let mut b = Bench::new(FuseParams {
            max_work_per_cycle: w,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        });
        assert_eq!(b.write(reg::WINDOW_LEN, 100, 0xF), resp::OKAY);
        assert_eq!(b.write(reg::WINDOW_LEN, 99, 0xF), resp::SLVERR);
        assert_eq!(b.write(reg::WINDOW_BUDGET, 40, 0xF), resp::OKAY);
        b.work = w;
        let mut enabled = 0;
        for _ in 0..1000 {
            enabled += b.en() as u32;
            b.cycle();
        }
        // At most 40 units (10 enabled cycles) per 100-cycle window.
        assert!((90..=110).contains(&enabled), "{enabled}");
        assert_eq!(b.write(reg::WINDOW_BUDGET, 41, 0xF), resp::SLVERR);
        assert_eq!(b.read_ok(reg::TRIP_REASON), 0);
    }

    /// The registered shortcuts equal what they stand for, every cycle, under
    /// random work and writes to the limits (small windows, budgets near
    /// the admitted work, commits).
    #[test]
    fn registered_shortcuts_track_their_definitions() {
        fn check(b: &Bench, cyc: usize) {
            let u = &b.uut;
            let cum = [&u.meter.cum_0, &u.meter.cum_1, &u.meter.cum_2]
                .iter()
                .enumerate()
                .map(|(i, w)| (w.val().index() as u128) << (32 * i))
                .sum::<u128>();
            assert_eq!(cum, b.admitted, "cum at {cyc}");
            let v = ((u.cap.sw2.q.val().index() as u64) << 32 | u.cap.sw1.q.val().index() as u64)
                .wrapping_sub(u64::from(u.cap.pend.q.val()));
            let sw_up = u.cap.sw0.q.val().get_bits::<16>(16).any() || v != 0;
            assert_eq!(u.cap.big.q.val(), sw_up, "sw_big at {cyc}");
            let ww_up = (u.window.ww.q.val().get_bits::<16>(16).index() as u16)
                .wrapping_sub(u16::from(u.window.ww_pend.q.val()))
                != 0;
            assert_eq!(u.window.ww_big.q.val(), ww_up, "ww_big at {cyc}");
            assert_eq!(
                u.window.nw_q.q.val(),
                u.window.cycle.val() == u.wl_m1.q.val(),
                "nw_q at {cyc}"
            );
            assert_eq!(
                u.wl_m2.q.val().index() as u32,
                (u.wl.q.val().index() as u32).wrapping_sub(2),
                "wl_m2 at {cyc}"
            );
        }
        let near = |words: u32| (1u128 << (32 * words)) - 3000;
        for (seed, w, cum) in [
            (1u64, 7u16, 0),
            (2, 1, 0),
            (3, 300, 0),
            (4, 65535, 0),
            (5, 300, near(1)),
            (6, 300, near(2)),
            (7, 65535, near(2)),
        ] {
            let params = FuseParams {
                max_work_per_cycle: w,
                power_up_baseline_ratio: 256,
                ..FuseParams::DEFAULT
            };
            let mut b = Bench::with_cum(params, cum);
            let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            let mut rnd = move || {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            };
            let mut cyc = 0;
            for _ in 0..400 {
                let r = rnd();
                let (addr, data) = match r % 8 {
                    0 => (reg::WINDOW_LEN, 1 + (rnd() % 40) as u32),
                    1 => (reg::WINDOW_BUDGET, (rnd() % (u64::from(w) * 8 + 3)) as u32),
                    2 => (reg::CUM_BUDGET_NEXT_0, (rnd() % 200_000) as u32),
                    3 => (reg::CUM_BUDGET_NEXT_1, (rnd() % 3) as u32),
                    4 => (reg::CUM_BUDGET_NEXT_2, (rnd() % 2) as u32),
                    5 => (reg::CUM_BUDGET_COMMIT, 1),
                    6 => (reg::SNAPSHOT, 0),
                    _ => (reg::WINDOW_LEN, rnd() as u32),
                };
                b.work = (rnd() % (u64::from(w) + 3)) as u16;
                b.write(addr, data, 0xF);
                check(&b, cyc);
                for _ in 0..(rnd() % 60) {
                    b.work = (rnd() % (u64::from(w) + 3)) as u16;
                    b.cycle();
                    cyc += 1;
                    check(&b, cyc);
                }
            }
            assert!(
                cum == 0 || b.admitted >= cum + 3000,
                "seed {seed}: no carry"
            );
        }
    }

    #[test]
    fn the_licence_bound_is_the_epoch_comparison() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for s in 0..=63u32 {
            for k in 0..400 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let e = match k % 4 {
                    0 => x,
                    1 => x >> (x % 64),
                    2 => u64::MAX - (x % 3),
                    _ => x % 5,
                };
                let (lim, never) = license_bound(e, s);
                for cycle in [x, x.rotate_left(17), lim, lim.wrapping_add(1), u64::MAX, 0] {
                    let expired = (cycle >> s) > e;
                    assert_eq!(
                        !never && cycle > lim,
                        expired,
                        "e {e:#x} s {s} cycle {cycle:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn grant_port_loosens_and_snapshot_port_reads_back() {
        let mut b = Bench::new(FuseParams {
            max_work_per_cycle: 16,
            power_up_baseline_ratio: 8,
            epoch_shift: 4,
        });
        assert_eq!(b.write(reg::BASELINE_RATIO, 4, 0xF), resp::OKAY);
        // Grant words: baseline 200, trip ratio 3, window length 9, seq 5,
        // expiry epoch 1000.
        for (addr, v) in [
            (26u64, 200 | (3 << 16)),
            (25, 9),
            (14, 5),
            (24, 1000),
            (18, 1000),
        ] {
            b.uut.grant_we.next = true;
            b.uut.grant_addr.next = addr.into();
            b.uut.grant_wdata.next = v.into();
            b.cycle();
        }
        b.uut.grant_we.next = false;
        assert_eq!(b.read_ok(reg::BASELINE_RATIO), 4);
        b.uut.grant_apply.next = true;
        b.cycle();
        b.uut.grant_apply.next = false;
        b.uut.snap_req.next = true;
        b.cycle();
        b.uut.snap_req.next = false;
        assert_eq!(b.read_ok(reg::BASELINE_RATIO), 200);
        assert_eq!(b.read_ok(reg::TRIP_RATIO), 3);
        assert_eq!(b.read_ok(reg::WINDOW_LEN), 9);
        assert_eq!(b.read_ok(reg::LAST_GRANT_SEQ_0), 5);
        let mut word = |i: u64| {
            b.uut.snap_addr.next = i.into();
            b.cycle();
            b.uut.snap_data.val().index() as u32
        };
        assert_eq!(word(52), 200 | (3 << 16));
        assert_eq!(word(51), 9);
        assert_eq!(word(50), 1000);
        assert_eq!(word(59), 5);
        assert_eq!(word(61), 0);
    }

    /// Writes a grant (seq 7, baseline 200, CLEAR_TRIP, expiry epoch 3)
    /// early in epoch 0, kills the fuse, then pulses `grant_apply` in the
    /// cycle whose counter is `apply_at` (epoch_shift 4: 16 cycles an
    /// epoch). Returns whether it was applied, after checking that a
    /// refused grant changed nothing.
    fn apply_expiry_3_at(apply_at: u64) -> bool {
        let mut b = Bench::new(b_params());
        let flags = u64::from(capfuse_abi::formats::grant_flag::CLEAR_TRIP) << 16;
        for (addr, v) in [
            (4u64, flags),
            (14, 7),
            (18, 3),
            (25, 9),
            (26, 200 | (3 << 16)),
        ] {
            b.uut.grant_we.next = true;
            b.uut.grant_addr.next = addr.into();
            b.uut.grant_wdata.next = v.into();
            b.cycle();
        }
        b.uut.grant_we.next = false;
        assert_eq!(b.write(reg::KILL, 1, 0xF), resp::OKAY);
        let cycle = |b: &Bench| b.uut.cycle0.q.val().index() as u64;
        assert!(cycle(&b) < apply_at, "the bench is past cycle {apply_at}");
        while cycle(&b) < apply_at {
            b.cycle();
        }
        let expired = b.uut.grant_expired.val();
        assert_eq!(
            expired,
            (apply_at >> 4) > 3,
            "grant_expired at cycle {apply_at}"
        );
        b.uut.grant_apply.next = true;
        b.cycle();
        b.uut.grant_apply.next = false;
        for _ in 0..6 {
            b.cycle();
        }
        let applied = b.read_ok(reg::LAST_GRANT_SEQ_0) == 7;
        if applied {
            assert_eq!(b.read_ok(reg::BASELINE_RATIO), 200);
            assert_eq!(b.read_ok(reg::LICENSE_EXPIRY_0), 3);
            assert_eq!(
                b.read_ok(reg::TRIP_REASON) & trip::KILL_REG,
                0,
                "CLEAR_TRIP acted"
            );
        } else {
            assert_eq!(b.read_ok(reg::LAST_GRANT_SEQ_0), 0);
            assert_eq!(b.read_ok(reg::BASELINE_RATIO), 8);
            assert_eq!(
                b.read_ok(reg::TRIP_RATIO),
                reset_of(&b_params(), reg::TRIP_RATIO)
            );
            assert_eq!(
                b.read_ok(reg::WINDOW_LEN),
                reset_of(&b_params(), reg::WINDOW_LEN)
            );
            assert_eq!(
                b.read_ok(reg::LICENSE_EXPIRY_0),
                reset_of(&b_params(), reg::LICENSE_EXPIRY_0)
            );
            assert_ne!(
                b.read_ok(reg::TRIP_REASON) & trip::KILL_REG,
                0,
                "still killed"
            );
        }
        applied
    }

    fn b_params() -> FuseParams {
        FuseParams {
            max_work_per_cycle: 16,
            power_up_baseline_ratio: 8,
            epoch_shift: 4,
        }
    }

    #[test]
    fn a_grant_applies_through_its_expiry_epoch_and_is_refused_after_it() {
        // Epoch 3 is cycles 48..=63: expiry == current epoch still applies.
        assert!(apply_expiry_3_at(48));
        assert!(apply_expiry_3_at(63));
        // Written in epoch 0, expired by the cycle it is applied in.
        assert!(!apply_expiry_3_at(64));
        assert!(!apply_expiry_3_at(200));
    }

    #[test]
    fn verilog_is_generated_for_extreme_parameters() {
        for p in [(1, 0, 0), (65535, 256, 63), (7, 9, 31)] {
            let v = crate::generate_verilog(FuseParams {
                max_work_per_cycle: p.0,
                power_up_baseline_ratio: p.1,
                epoch_shift: p.2,
            });
            assert!(v.contains("module capfuse_core("));
            assert!(!v.contains("module top"));
            for port in [
                "input wire  snap_req;",
                "input wire  [6:0] snap_addr;",
                "output reg  [31:0] snap_data;",
                "input wire  grant_we;",
                "input wire  [4:0] grant_addr;",
                "input wire  [31:0] grant_wdata;",
                "input wire  grant_apply;",
                "output reg  grant_expired;",
                "output reg  report_due;",
                "input wire  report_ready;",
                "input wire  grant_done;",
            ] {
                assert!(v.contains(port), "{port}");
            }
        }
    }
}
