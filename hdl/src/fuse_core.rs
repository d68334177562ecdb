//! The fuse core: metering, window pacing, cumulative cap, trip, throttle and
//! the AXI4-Lite register file, exactly as `docs/fuse-core.md` specifies.
//!
//! Wide values are kept in 32-bit words (rust-hdl simulates wider signals bit
//! by bit) and no carry chain spans more than one word in a cycle: upper
//! words are carry-selected, the cap check uses `slack_hi != 0 ||
//! slack_lo >= W + a`, and the budget commit is computed one word per write
//! phase (1..=3) while the enable is held, then applied in phase 4.

use crate::reg::Reg;
use capfuse_abi::{err, intr, reg, register_at, resp, status, trip, Access, FuseParams, REGISTERS};
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// Word index (offset / 4) of every register the RTL decodes by number, checked
/// against the ABI at compile time. The `match` arms in [`FuseCore`] use these
/// numbers as literals because rust-hdl cannot name a Rust constant in HDL.
const WORD_INDEX: &[(u16, u16)] = &[
    (reg::ID, 0),
    (reg::VERSION, 1),
    (reg::CONFIG, 2),
    (reg::SNAPSHOT, 3),
    (reg::STATUS, 4),
    (reg::TRIP_REASON, 5),
    (reg::ERR_CODE, 6),
    (reg::INTR_STATE, 7),
    (reg::INTR_ENABLE, 8),
    (reg::KILL, 9),
    (reg::BASELINE_RATIO, 10),
    (reg::TRIP_RATIO, 11),
    (reg::WINDOW_LEN, 12),
    (reg::WINDOW_BUDGET, 13),
    (reg::CUM_BUDGET_0, 14),
    (reg::CUM_BUDGET_1, 15),
    (reg::CUM_BUDGET_2, 16),
    (reg::CUM_BUDGET_NEXT_0, 17),
    (reg::CUM_BUDGET_NEXT_1, 18),
    (reg::CUM_BUDGET_NEXT_2, 19),
    (reg::CUM_BUDGET_COMMIT, 20),
    (reg::REFUSED_WRITES, 21),
    (reg::CUM_WORK_0, 24),
    (reg::CUM_WORK_1, 25),
    (reg::CUM_WORK_2, 26),
    (reg::WINDOW_WORK, 27),
    (reg::WINDOW_CYCLE, 28),
    (reg::CYCLE_0, 30),
    (reg::CYCLE_1, 31),
    (reg::ENABLED_CYCLES_0, 32),
    (reg::ENABLED_CYCLES_1, 33),
    (reg::STOPPED_CYCLES_0, 34),
    (reg::STOPPED_CYCLES_1, 35),
    (reg::PACED_CYCLES_0, 36),
    (reg::PACED_CYCLES_1, 37),
    (reg::THROTTLED_CYCLES_0, 38),
    (reg::THROTTLED_CYCLES_1, 39),
    (reg::TRIP_CYCLE_CUM_BUDGET_0, 40),
    (reg::TRIP_CYCLE_CUM_BUDGET_1, 41),
    (reg::TRIP_CYCLE_KILL_REG_0, 42),
    (reg::TRIP_CYCLE_KILL_REG_1, 43),
    (reg::TRIP_CYCLE_KILL_PIN_0, 44),
    (reg::TRIP_CYCLE_KILL_PIN_1, 45),
];

const _: () = {
    let mut i = 0;
    while i < WORD_INDEX.len() {
        assert!(WORD_INDEX[i].0 == 4 * WORD_INDEX[i].1);
        i += 1;
    }
    // Single-bit registers and command bits the RTL keeps in bit 0.
    assert!(intr::TRIP == 1);
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
    /// AXI4-Lite write address valid.
    pub axi_awvalid: Signal<In, Bit>,
    /// AXI4-Lite write address ready.
    pub axi_awready: Signal<Out, Bit>,
    /// AXI4-Lite write byte address.
    pub axi_awaddr: Signal<In, Bits<12>>,
    /// AXI4-Lite write data valid.
    pub axi_wvalid: Signal<In, Bit>,
    /// AXI4-Lite write data ready.
    pub axi_wready: Signal<Out, Bit>,
    /// AXI4-Lite write data.
    pub axi_wdata: Signal<In, Bits<32>>,
    /// AXI4-Lite write byte strobes.
    pub axi_wstrb: Signal<In, Bits<4>>,
    /// AXI4-Lite write response valid.
    pub axi_bvalid: Signal<Out, Bit>,
    /// AXI4-Lite write response ready.
    pub axi_bready: Signal<In, Bit>,
    /// AXI4-Lite write response.
    pub axi_bresp: Signal<Out, Bits<2>>,
    /// AXI4-Lite read address valid.
    pub axi_arvalid: Signal<In, Bit>,
    /// AXI4-Lite read address ready.
    pub axi_arready: Signal<Out, Bit>,
    /// AXI4-Lite read byte address.
    pub axi_araddr: Signal<In, Bits<12>>,
    /// AXI4-Lite read data valid.
    pub axi_rvalid: Signal<Out, Bit>,
    /// AXI4-Lite read data ready.
    pub axi_rready: Signal<In, Bit>,
    /// AXI4-Lite read data.
    pub axi_rdata: Signal<Out, Bits<32>>,
    /// AXI4-Lite read response.
    pub axi_rresp: Signal<Out, Bits<2>>,

    // ---- constants (from the ABI and the generator parameters)
    max_work: Constant<Bits<16>>,
    max_work32: Constant<Bits<32>>,
    id_word: Constant<Bits<32>>,
    version_word: Constant<Bits<32>>,
    config_word: Constant<Bits<32>>,
    ratio_full: Constant<Bits<9>>,
    ratio_full32: Constant<Bits<32>>,
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
    tr_cum: Constant<Bits<32>>,
    tr_kill_reg: Constant<Bits<32>>,
    tr_kill_pin: Constant<Bits<32>>,
    /// Word-indexed masks (bit i = word i, words 0..=31 and 32..=63).
    mapped_lo: Constant<Bits<32>>,
    mapped_hi: Constant<Bits<32>>,
    ro_lo: Constant<Bits<32>>,
    ro_hi: Constant<Bits<32>>,
    holds_lo: Constant<Bits<32>>,
    holds_hi: Constant<Bits<32>>,
    byte0: Constant<Bits<32>>,
    byte1: Constant<Bits<32>>,
    byte2: Constant<Bits<32>>,
    byte3: Constant<Bits<32>>,

    // ---- enable and its reasons
    en: Reg<Bit>,
    stop_q: Reg<Bit>,
    paced_q: Reg<Bit>,
    throttled_q: Reg<Bit>,
    capped_q: Reg<Bit>,
    win_low_q: Reg<Bit>,
    hold_q: Reg<Bit>,
    kill_pin_q: Reg<Bit>,
    acc: Reg<Bits<8>>,
    // ---- limits
    baseline: Reg<Bits<9>>,
    trip_ratio: Reg<Bits<9>>,
    wl: Reg<Bits<32>>,
    wl_m1: Reg<Bits<32>>,
    wb: Reg<Bits<32>>,
    budget0: Reg<Bits<32>>,
    budget1: Reg<Bits<32>>,
    budget2: Reg<Bits<32>>,
    stage0: Reg<Bits<32>>,
    stage1: Reg<Bits<32>>,
    stage2: Reg<Bits<32>>,
    // ---- metering
    cum0: Reg<Bits<32>>,
    cum1: Reg<Bits<32>>,
    cum2: Reg<Bits<32>>,
    slack0: Reg<Bits<32>>,
    slack1: Reg<Bits<32>>,
    slack2: Reg<Bits<32>>,
    wcycle: Reg<Bits<32>>,
    wwork: Reg<Bits<32>>,
    wslack: Reg<Bits<32>>,
    cycle0: Reg<Bits<32>>,
    cycle1: Reg<Bits<32>>,
    enabled0: Reg<Bits<32>>,
    enabled1: Reg<Bits<32>>,
    stopped0: Reg<Bits<32>>,
    stopped1: Reg<Bits<32>>,
    paced0: Reg<Bits<32>>,
    paced1: Reg<Bits<32>>,
    throttled0: Reg<Bits<32>>,
    throttled1: Reg<Bits<32>>,
    // ---- snapshot
    snap_cum0: Reg<Bits<32>>,
    snap_cum1: Reg<Bits<32>>,
    snap_cum2: Reg<Bits<32>>,
    snap_wwork: Reg<Bits<32>>,
    snap_wcycle: Reg<Bits<32>>,
    snap_cycle0: Reg<Bits<32>>,
    snap_cycle1: Reg<Bits<32>>,
    snap_enabled0: Reg<Bits<32>>,
    snap_enabled1: Reg<Bits<32>>,
    snap_stopped0: Reg<Bits<32>>,
    snap_stopped1: Reg<Bits<32>>,
    snap_paced0: Reg<Bits<32>>,
    snap_paced1: Reg<Bits<32>>,
    snap_throttled0: Reg<Bits<32>>,
    snap_throttled1: Reg<Bits<32>>,
    // ---- trip
    reason_cum: Reg<Bit>,
    reason_kill_reg: Reg<Bit>,
    reason_kill_pin: Reg<Bit>,
    trip_cum0: Reg<Bits<32>>,
    trip_cum1: Reg<Bits<32>>,
    trip_kill_reg0: Reg<Bits<32>>,
    trip_kill_reg1: Reg<Bits<32>>,
    trip_kill_pin0: Reg<Bits<32>>,
    trip_kill_pin1: Reg<Bits<32>>,
    kill_reg: Reg<Bit>,
    clamped: Reg<Bit>,
    intr_state: Reg<Bit>,
    intr_enable: Reg<Bit>,
    err: Reg<Bits<4>>,
    refused: Reg<Bits<32>>,
    // ---- AXI write
    aw_full: Reg<Bit>,
    aw_addr: Reg<Bits<12>>,
    w_full: Reg<Bit>,
    w_data: Reg<Bits<32>>,
    w_strb: Reg<Bits<4>>,
    phase: Reg<Bits<3>>,
    bvalid: Reg<Bit>,
    bresp: Reg<Bits<2>>,
    // ---- AXI read
    rvalid: Reg<Bit>,
    rdata: Reg<Bits<32>>,
    rresp: Reg<Bits<2>>,
    // ---- write pipeline: values computed in phases 1..=3, used in phase 4
    v_q: Reg<Bits<32>>,
    v_gt_old: Reg<Bit>,
    v_lt_old: Reg<Bit>,
    v_gt_max: Reg<Bit>,
    v_zero: Reg<Bit>,
    wb_slack: Reg<Bits<32>>,
    diff0: Reg<Bits<32>>,
    diff1: Reg<Bits<32>>,
    diff2: Reg<Bits<32>>,
    diff_borrow: Reg<Bit>,
    loosen_borrow: Reg<Bit>,

    // ---- combinational intermediates
    over: Signal<Local, Bit>,
    a: Signal<Local, Bits<16>>,
    a32: Signal<Local, Bits<32>>,
    wa: Signal<Local, Bits<17>>,
    wa32: Signal<Local, Bits<32>>,
    cum_lo: Signal<Local, Bits<17>>,
    cum_hi: Signal<Local, Bits<16>>,
    cum_c0: Signal<Local, Bit>,
    cum_c1: Signal<Local, Bit>,
    slack_lo: Signal<Local, Bits<17>>,
    slack_hi: Signal<Local, Bits<16>>,
    slack_b0: Signal<Local, Bit>,
    slack_b1: Signal<Local, Bit>,
    slack0_n: Signal<Local, Bits<32>>,
    slack1_n: Signal<Local, Bits<32>>,
    slack2_n: Signal<Local, Bits<32>>,
    cap_ok_n: Signal<Local, Bit>,
    new_window: Signal<Local, Bit>,
    wwork_n: Signal<Local, Bits<32>>,
    wslack_n: Signal<Local, Bits<32>>,
    win_ok_n: Signal<Local, Bit>,
    aw_aligned: Signal<Local, Bit>,
    aw_word: Signal<Local, Bits<10>>,
    aw_bit: Signal<Local, Bits<5>>,
    aw_mapped: Signal<Local, Bit>,
    aw_ro: Signal<Local, Bit>,
    aw_holds: Signal<Local, Bit>,
    ar_bit: Signal<Local, Bits<5>>,
    ar_mapped: Signal<Local, Bit>,
    start: Signal<Local, Bit>,
    phase_mid: Signal<Local, Bit>,
    apply: Signal<Local, Bit>,
    mask: Signal<Local, Bits<32>>,
    mask_n: Signal<Local, Bits<32>>,
    old: Signal<Local, Bits<32>>,
    v: Signal<Local, Bits<32>>,
    v_m1: Signal<Local, Bits<32>>,
    v4: Signal<Local, Bits<4>>,
    v4_n: Signal<Local, Bits<4>>,
    word_s: Signal<Local, Bits<32>>,
    word_c: Signal<Local, Bits<32>>,
    word_b: Signal<Local, Bits<32>>,
    borrow_in: Signal<Local, Bit>,
    loosen_in: Signal<Local, Bit>,
    word_diff: Signal<Local, Bits<32>>,
    refuse: Signal<Local, Bit>,
    refuse_code: Signal<Local, Bits<4>>,
    do_snapshot: Signal<Local, Bit>,
    do_err_clear: Signal<Local, Bit>,
    do_intr_clear: Signal<Local, Bit>,
    do_kill: Signal<Local, Bit>,
    do_commit: Signal<Local, Bit>,
    do_wb: Signal<Local, Bit>,
    cap_ok: Signal<Local, Bit>,
    win_ok: Signal<Local, Bit>,
    kill_reg_n: Signal<Local, Bit>,
    kill_now: Signal<Local, Bit>,
    ev_cum: Signal<Local, Bit>,
    ev_kill_reg: Signal<Local, Bit>,
    ev_kill_pin: Signal<Local, Bit>,
    tripped: Signal<Local, Bit>,
    ratio: Signal<Local, Bits<9>>,
    sum: Signal<Local, Bits<9>>,
    pulse: Signal<Local, Bit>,
    hold: Signal<Local, Bit>,
    stop: Signal<Local, Bit>,
    paced: Signal<Local, Bit>,
    thr: Signal<Local, Bit>,
    status_word: Signal<Local, Bits<32>>,
    reason_word: Signal<Local, Bits<32>>,
    rd: Signal<Local, Bits<32>>,
}

/// Bit masks over word indices 0..=63 of the registers satisfying `pred`.
fn word_mask(pred: impl Fn(&capfuse_abi::Register) -> bool) -> (u32, u32) {
    let mut m = 0u64;
    for r in REGISTERS.iter().filter(|r| pred(r)) {
        let w = u32::from(r.offset / 4);
        assert!(w < 64, "{} is beyond the decoded window", r.name);
        m |= 1 << w;
    }
    (m as u32, (m >> 32) as u32)
}

fn reset_of(params: &FuseParams, offset: u16) -> u32 {
    params.reset_value(register_at(offset).expect("register in the map"))
}

fn c32(x: u32) -> Constant<Bits<32>> {
    Constant::new(u64::from(x).into())
}

fn r32(x: u32) -> Reg<Bits<32>> {
    Reg::new(u64::from(x).into())
}

impl FuseCore {
    /// A fuse core generated with `params`. Panics if they are invalid
    /// (check them first with [`FuseParams::validate`]).
    pub fn new(params: FuseParams) -> Self {
        if let Err(e) = params.validate() {
            panic!("invalid fuse parameters: {e}");
        }
        // Every register the map defines must be decoded by number here.
        for r in REGISTERS {
            assert!(
                WORD_INDEX.iter().any(|(off, _)| *off == r.offset),
                "register {} is not decoded by the RTL",
                r.name
            );
        }
        let (mapped_lo, mapped_hi) = word_mask(|_| true);
        let (ro_lo, ro_hi) = word_mask(|r| r.access == Access::Ro);
        let (holds_lo, holds_hi) = word_mask(|r| r.holds_enable);
        let w = u64::from(params.max_work_per_cycle);
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
        Self {
            clock: Default::default(),
            work_units: Default::default(),
            kill: Default::default(),
            accel_clk_en: Default::default(),
            irq: Default::default(),
            axi_awvalid: Default::default(),
            axi_awready: Default::default(),
            axi_awaddr: Default::default(),
            axi_wvalid: Default::default(),
            axi_wready: Default::default(),
            axi_wdata: Default::default(),
            axi_wstrb: Default::default(),
            axi_bvalid: Default::default(),
            axi_bready: Default::default(),
            axi_bresp: Default::default(),
            axi_arvalid: Default::default(),
            axi_arready: Default::default(),
            axi_araddr: Default::default(),
            axi_rvalid: Default::default(),
            axi_rready: Default::default(),
            axi_rdata: Default::default(),
            axi_rresp: Default::default(),

            max_work: Constant::new(w.into()),
            max_work32: Constant::new(w.into()),
            id_word: c32(reset_of(&params, reg::ID)),
            version_word: c32(reset_of(&params, reg::VERSION)),
            config_word: c32(reset_of(&params, reg::CONFIG)),
            ratio_full: Constant::new(u64::from(capfuse_abi::RATIO_DENOMINATOR).into()),
            ratio_full32: c32(capfuse_abi::RATIO_DENOMINATOR),
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
            tr_cum: c32(trip::CUM_BUDGET),
            tr_kill_reg: c32(trip::KILL_REG),
            tr_kill_pin: c32(trip::KILL_PIN),
            mapped_lo: c32(mapped_lo),
            mapped_hi: c32(mapped_hi),
            ro_lo: c32(ro_lo),
            ro_hi: c32(ro_hi),
            holds_lo: c32(holds_lo),
            holds_hi: c32(holds_hi),
            byte0: c32(0xFF),
            byte1: c32(0xFF00),
            byte2: c32(0xFF_0000),
            byte3: c32(0xFF00_0000),

            en: Reg::new(false),
            stop_q: Reg::new(true),
            paced_q: Reg::new(false),
            throttled_q: Reg::new(false),
            capped_q: Reg::new(false),
            win_low_q: Reg::new(false),
            hold_q: Reg::new(false),
            kill_pin_q: Reg::new(false),
            acc: Reg::default(),
            baseline: Reg::new(p.into()),
            trip_ratio: Reg::new(u64::from(reset_of(&params, reg::TRIP_RATIO)).into()),
            wl: r32(wl),
            wl_m1: r32(wl - 1),
            wb: r32(wb),
            budget0: r32(budget[0]),
            budget1: r32(budget[1]),
            budget2: r32(budget[2]),
            stage0: r32(stage[0]),
            stage1: r32(stage[1]),
            stage2: r32(stage[2]),
            cum0: r32(0),
            cum1: r32(0),
            cum2: r32(0),
            // slack = budget - cum, and cum starts at 0.
            slack0: r32(budget[0]),
            slack1: r32(budget[1]),
            slack2: r32(budget[2]),
            wcycle: r32(0),
            wwork: r32(0),
            wslack: r32(wb),
            cycle0: r32(0),
            cycle1: r32(0),
            enabled0: r32(0),
            enabled1: r32(0),
            stopped0: r32(0),
            stopped1: r32(0),
            paced0: r32(0),
            paced1: r32(0),
            throttled0: r32(0),
            throttled1: r32(0),
            snap_cum0: r32(0),
            snap_cum1: r32(0),
            snap_cum2: r32(0),
            snap_wwork: r32(0),
            snap_wcycle: r32(0),
            snap_cycle0: r32(0),
            snap_cycle1: r32(0),
            snap_enabled0: r32(0),
            snap_enabled1: r32(0),
            snap_stopped0: r32(0),
            snap_stopped1: r32(0),
            snap_paced0: r32(0),
            snap_paced1: r32(0),
            snap_throttled0: r32(0),
            snap_throttled1: r32(0),
            reason_cum: Reg::new(false),
            reason_kill_reg: Reg::new(false),
            reason_kill_pin: Reg::new(false),
            trip_cum0: r32(0),
            trip_cum1: r32(0),
            trip_kill_reg0: r32(0),
            trip_kill_reg1: r32(0),
            trip_kill_pin0: r32(0),
            trip_kill_pin1: r32(0),
            kill_reg: Reg::new(reset_of(&params, reg::KILL) != 0),
            clamped: Reg::new(false),
            intr_state: Reg::new(reset_of(&params, reg::INTR_STATE) != 0),
            intr_enable: Reg::new(reset_of(&params, reg::INTR_ENABLE) != 0),
            err: Reg::new(u64::from(reset_of(&params, reg::ERR_CODE)).into()),
            refused: r32(reset_of(&params, reg::REFUSED_WRITES)),
            aw_full: Reg::new(false),
            aw_addr: Reg::default(),
            w_full: Reg::new(false),
            w_data: r32(0),
            w_strb: Reg::default(),
            phase: Reg::default(),
            bvalid: Reg::new(false),
            bresp: Reg::default(),
            rvalid: Reg::new(false),
            rdata: r32(0),
            rresp: Reg::default(),
            v_q: r32(0),
            v_gt_old: Reg::new(false),
            v_lt_old: Reg::new(false),
            v_gt_max: Reg::new(false),
            v_zero: Reg::new(false),
            wb_slack: r32(0),
            diff0: r32(0),
            diff1: r32(0),
            diff2: r32(0),
            diff_borrow: Reg::new(false),
            loosen_borrow: Reg::new(false),

            over: Default::default(),
            a: Default::default(),
            a32: Default::default(),
            wa: Default::default(),
            wa32: Default::default(),
            cum_lo: Default::default(),
            cum_hi: Default::default(),
            cum_c0: Default::default(),
            cum_c1: Default::default(),
            slack_lo: Default::default(),
            slack_hi: Default::default(),
            slack_b0: Default::default(),
            slack_b1: Default::default(),
            slack0_n: Default::default(),
            slack1_n: Default::default(),
            slack2_n: Default::default(),
            cap_ok_n: Default::default(),
            new_window: Default::default(),
            wwork_n: Default::default(),
            wslack_n: Default::default(),
            win_ok_n: Default::default(),
            aw_aligned: Default::default(),
            aw_word: Default::default(),
            aw_bit: Default::default(),
            aw_mapped: Default::default(),
            aw_ro: Default::default(),
            aw_holds: Default::default(),
            ar_bit: Default::default(),
            ar_mapped: Default::default(),
            start: Default::default(),
            phase_mid: Default::default(),
            apply: Default::default(),
            mask: Default::default(),
            mask_n: Default::default(),
            old: Default::default(),
            v: Default::default(),
            v_m1: Default::default(),
            v4: Default::default(),
            v4_n: Default::default(),
            word_s: Default::default(),
            word_c: Default::default(),
            word_b: Default::default(),
            borrow_in: Default::default(),
            loosen_in: Default::default(),
            word_diff: Default::default(),
            refuse: Default::default(),
            refuse_code: Default::default(),
            do_snapshot: Default::default(),
            do_err_clear: Default::default(),
            do_intr_clear: Default::default(),
            do_kill: Default::default(),
            do_commit: Default::default(),
            do_wb: Default::default(),
            cap_ok: Default::default(),
            win_ok: Default::default(),
            kill_reg_n: Default::default(),
            kill_now: Default::default(),
            ev_cum: Default::default(),
            ev_kill_reg: Default::default(),
            ev_kill_pin: Default::default(),
            tripped: Default::default(),
            ratio: Default::default(),
            sum: Default::default(),
            pulse: Default::default(),
            hold: Default::default(),
            stop: Default::default(),
            paced: Default::default(),
            thr: Default::default(),
            status_word: Default::default(),
            reason_word: Default::default(),
            rd: Default::default(),
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
            en,
            stop_q,
            paced_q,
            throttled_q,
            capped_q,
            win_low_q,
            hold_q,
            kill_pin_q,
            acc,
            baseline,
            trip_ratio,
            wl,
            wl_m1,
            wb,
            budget0,
            budget1,
            budget2,
            stage0,
            stage1,
            stage2,
            cum0,
            cum1,
            cum2,
            slack0,
            slack1,
            slack2,
            wcycle,
            wwork,
            wslack,
            cycle0,
            cycle1,
            enabled0,
            enabled1,
            stopped0,
            stopped1,
            paced0,
            paced1,
            throttled0,
            throttled1,
            snap_cum0,
            snap_cum1,
            snap_cum2,
            snap_wwork,
            snap_wcycle,
            snap_cycle0,
            snap_cycle1,
            snap_enabled0,
            snap_enabled1,
            snap_stopped0,
            snap_stopped1,
            snap_paced0,
            snap_paced1,
            snap_throttled0,
            snap_throttled1,
            reason_cum,
            reason_kill_reg,
            reason_kill_pin,
            trip_cum0,
            trip_cum1,
            trip_kill_reg0,
            trip_kill_reg1,
            trip_kill_pin0,
            trip_kill_pin1,
            kill_reg,
            clamped,
            intr_state,
            intr_enable,
            err,
            refused,
            aw_full,
            aw_addr,
            w_full,
            w_data,
            w_strb,
            phase,
            bvalid,
            bresp,
            rvalid,
            rdata,
            rresp,
            v_q,
            v_gt_old,
            v_lt_old,
            v_gt_max,
            v_zero,
            wb_slack,
            diff0,
            diff1,
            diff2,
            diff_borrow,
            loosen_borrow
        );

        // ---- outputs: registers only
        self.accel_clk_en.next = self.en.q.val();
        self.irq.next = self.intr_state.q.val() & self.intr_enable.q.val();
        self.axi_awready.next = !self.aw_full.q.val();
        self.axi_wready.next = !self.w_full.q.val();
        self.axi_bvalid.next = self.bvalid.q.val();
        self.axi_bresp.next = self.bresp.q.val();
        self.axi_arready.next = !self.rvalid.q.val();
        self.axi_rvalid.next = self.rvalid.q.val();
        self.axi_rdata.next = self.rdata.q.val();
        self.axi_rresp.next = self.rresp.q.val();

        // ---- metering: a = en ? min(work_units, W) : 0
        self.over.next = self.work_units.val() > self.max_work.val();
        self.a.next = 0.into();
        if self.en.q.val() {
            if self.over.val() {
                self.a.next = self.max_work.val();
            } else {
                self.a.next = self.work_units.val();
            }
        }
        self.a32.next = bit_cast::<32, 16>(self.a.val());
        self.wa.next = bit_cast::<17, 16>(self.max_work.val()) + bit_cast::<17, 16>(self.a.val());
        self.wa32.next = bit_cast::<32, 17>(self.wa.val());
        self.clamped.d.next = self.clamped.q.val() | (self.en.q.val() & self.over.val());

        // cum' = cum + a; carries into the upper words are found from the low
        // 16 bits and all-ones flags, in parallel with the additions.
        self.cum_lo.next = bit_cast::<17, 16>(self.cum0.q.val().get_bits::<16>(0))
            + bit_cast::<17, 16>(self.a.val());
        self.cum_c0.next =
            self.cum_lo.val().get_bit(16) & self.cum0.q.val().get_bits::<16>(16).all();
        self.cum_c1.next = self.cum_c0.val() & self.cum1.q.val().all();
        self.cum_hi.next = self.cum0.q.val().get_bits::<16>(16);
        if self.cum_lo.val().get_bit(16) {
            self.cum_hi.next = self.cum0.q.val().get_bits::<16>(16) + 1;
        }
        self.cum0.d.next = (bit_cast::<32, 16>(self.cum_hi.val()) << 16)
            | bit_cast::<32, 16>(self.cum_lo.val().get_bits::<16>(0));
        if self.cum_c0.val() {
            self.cum1.d.next = self.cum1.q.val() + 1;
        }
        if self.cum_c1.val() {
            self.cum2.d.next = self.cum2.q.val() + 1;
        }

        // slack' = slack - a (never underflows, see the spec), borrow-selected.
        self.slack_lo.next = bit_cast::<17, 16>(self.slack0.q.val().get_bits::<16>(0))
            - bit_cast::<17, 16>(self.a.val());
        self.slack_b0.next =
            self.slack_lo.val().get_bit(16) & !self.slack0.q.val().get_bits::<16>(16).any();
        self.slack_b1.next = self.slack_b0.val() & !self.slack1.q.val().any();
        self.slack_hi.next = self.slack0.q.val().get_bits::<16>(16);
        if self.slack_lo.val().get_bit(16) {
            self.slack_hi.next = self.slack0.q.val().get_bits::<16>(16) - 1;
        }
        self.slack0_n.next = (bit_cast::<32, 16>(self.slack_hi.val()) << 16)
            | bit_cast::<32, 16>(self.slack_lo.val().get_bits::<16>(0));
        self.slack1_n.next = self.slack1.q.val();
        if self.slack_b0.val() {
            self.slack1_n.next = self.slack1.q.val() - 1;
        }
        self.slack2_n.next = self.slack2.q.val();
        if self.slack_b1.val() {
            self.slack2_n.next = self.slack2.q.val() - 1;
        }
        // slack - a >= W  <=>  upper words nonzero, or slack0 >= W + a.
        self.cap_ok_n.next = self.slack1.q.val().any()
            | self.slack2.q.val().any()
            | (self.slack0.q.val() >= self.wa32.val());

        // ---- window
        self.new_window.next = self.wcycle.q.val() == self.wl_m1.q.val();
        if self.new_window.val() {
            self.wcycle.d.next = 0.into();
            self.wwork_n.next = 0.into();
            self.wslack_n.next = self.wb.q.val();
            self.win_ok_n.next = self.wb.q.val() >= self.max_work32.val();
        } else {
            self.wcycle.d.next = self.wcycle.q.val() + 1;
            self.wwork_n.next = self.wwork.q.val() + self.a32.val();
            self.wslack_n.next = self.wslack.q.val() - self.a32.val();
            self.win_ok_n.next = self.wslack.q.val() >= self.wa32.val();
        }
        self.wwork.d.next = self.wwork_n.val();

        // ---- counters (64-bit, upper word carry-selected)
        self.cycle0.d.next = self.cycle0.q.val() + 1;
        if self.cycle0.q.val().all() {
            self.cycle1.d.next = self.cycle1.q.val() + 1;
        }
        if self.en.q.val() {
            self.enabled0.d.next = self.enabled0.q.val() + 1;
            if self.enabled0.q.val().all() {
                self.enabled1.d.next = self.enabled1.q.val() + 1;
            }
        }
        if self.stop_q.q.val() {
            self.stopped0.d.next = self.stopped0.q.val() + 1;
            if self.stopped0.q.val().all() {
                self.stopped1.d.next = self.stopped1.q.val() + 1;
            }
        }
        if self.paced_q.q.val() {
            self.paced0.d.next = self.paced0.q.val() + 1;
            if self.paced0.q.val().all() {
                self.paced1.d.next = self.paced1.q.val() + 1;
            }
        }
        if self.throttled_q.q.val() {
            self.throttled0.d.next = self.throttled0.q.val() + 1;
            if self.throttled0.q.val().all() {
                self.throttled1.d.next = self.throttled1.q.val() + 1;
            }
        }

        // ---- write channel capture and phases
        if self.axi_awvalid.val() & !self.aw_full.q.val() {
            self.aw_full.d.next = true;
            self.aw_addr.d.next = self.axi_awaddr.val();
        }
        if self.axi_wvalid.val() & !self.w_full.q.val() {
            self.w_full.d.next = true;
            self.w_data.d.next = self.axi_wdata.val();
            self.w_strb.d.next = self.axi_wstrb.val();
        }
        if self.bvalid.q.val() & self.axi_bready.val() {
            self.bvalid.d.next = false;
        }
        self.start.next = (self.phase.q.val() == 0)
            & self.aw_full.q.val()
            & self.w_full.q.val()
            & !self.bvalid.q.val();
        self.phase_mid.next =
            (self.phase.q.val() == 1) | (self.phase.q.val() == 2) | (self.phase.q.val() == 3);
        self.apply.next = self.phase.q.val() == 4;
        if self.start.val() {
            self.phase.d.next = 1.into();
        } else if self.phase_mid.val() {
            self.phase.d.next = self.phase.q.val() + 1;
        } else {
            self.phase.d.next = 0.into();
        }

        // Address classes from the register map.
        self.aw_aligned.next = self.aw_addr.q.val().get_bits::<2>(0) == 0;
        self.aw_word.next = self.aw_addr.q.val().get_bits::<10>(2);
        self.aw_bit.next = self.aw_addr.q.val().get_bits::<5>(2);
        self.aw_mapped.next = false;
        self.aw_ro.next = false;
        self.aw_holds.next = false;
        if self.aw_aligned.val() & (self.aw_addr.q.val().get_bits::<4>(8) == 0) {
            if self.aw_addr.q.val().get_bit(7) {
                self.aw_mapped.next = self.mapped_hi.val().get_bit(self.aw_bit.val().index());
                self.aw_ro.next = self.ro_hi.val().get_bit(self.aw_bit.val().index());
                self.aw_holds.next = self.holds_hi.val().get_bit(self.aw_bit.val().index());
            } else {
                self.aw_mapped.next = self.mapped_lo.val().get_bit(self.aw_bit.val().index());
                self.aw_ro.next = self.ro_lo.val().get_bit(self.aw_bit.val().index());
                self.aw_holds.next = self.holds_lo.val().get_bit(self.aw_bit.val().index());
            }
        }

        // The written value v, from the captured data and strobes, merged with
        // the old value for rw registers. Stable from capture to apply, so it
        // and its checks are registered and phase 4 uses the registered copies.
        self.mask.next = 0.into();
        if self.w_strb.q.val().get_bit(0) {
            self.mask.next = self.mask.val() | self.byte0.val();
        }
        if self.w_strb.q.val().get_bit(1) {
            self.mask.next = self.mask.val() | self.byte1.val();
        }
        if self.w_strb.q.val().get_bit(2) {
            self.mask.next = self.mask.val() | self.byte2.val();
        }
        if self.w_strb.q.val().get_bit(3) {
            self.mask.next = self.mask.val() | self.byte3.val();
        }
        self.mask_n.next = !self.mask.val();
        self.old.next = 0.into();
        match self.aw_word.val().index() {
            8 => {
                self.old.next = bit_cast::<32, 1>(self.intr_enable.q.val().into());
            }
            10 => {
                self.old.next = bit_cast::<32, 9>(self.baseline.q.val());
            }
            11 => {
                self.old.next = bit_cast::<32, 9>(self.trip_ratio.q.val());
            }
            12 => {
                self.old.next = self.wl.q.val();
            }
            13 => {
                self.old.next = self.wb.q.val();
            }
            17 => {
                self.old.next = self.stage0.q.val();
            }
            18 => {
                self.old.next = self.stage1.q.val();
            }
            19 => {
                self.old.next = self.stage2.q.val();
            }
            _ => {}
        }
        self.v.next =
            (self.old.val() & self.mask_n.val()) | (self.w_data.q.val() & self.mask.val());
        self.v_q.d.next = self.v.val();
        self.v_gt_old.d.next = self.v.val() > self.old.val();
        self.v_lt_old.d.next = self.v.val() < self.old.val();
        self.v_gt_max.d.next = self.v.val() > self.ratio_full32.val();
        self.v_zero.d.next = !self.v.val().any();
        // WINDOW_BUDGET: max(0, v - wwork'), ready for phase 4 (whose wwork'
        // is this cycle's unless a window starts then).
        if self.v.val() >= self.wwork_n.val() {
            self.wb_slack.d.next = self.v.val() - self.wwork_n.val();
        } else {
            self.wb_slack.d.next = 0.into();
        }

        // CUM_BUDGET_COMMIT: stage - cum and budget - stage, one word per
        // phase 1..=3, keeping the borrows. cum, stage and budget are frozen
        // meanwhile (the enable is held).
        self.word_s.next = self.stage0.q.val();
        self.word_c.next = self.cum0.q.val();
        self.word_b.next = self.budget0.q.val();
        self.borrow_in.next = false;
        self.loosen_in.next = false;
        if self.phase.q.val() == 2 {
            self.word_s.next = self.stage1.q.val();
            self.word_c.next = self.cum1.q.val();
            self.word_b.next = self.budget1.q.val();
            self.borrow_in.next = self.diff_borrow.q.val();
            self.loosen_in.next = self.loosen_borrow.q.val();
        }
        if self.phase.q.val() == 3 {
            self.word_s.next = self.stage2.q.val();
            self.word_c.next = self.cum2.q.val();
            self.word_b.next = self.budget2.q.val();
            self.borrow_in.next = self.diff_borrow.q.val();
            self.loosen_in.next = self.loosen_borrow.q.val();
        }
        self.word_diff.next =
            self.word_s.val() - self.word_c.val() - bit_cast::<32, 1>(self.borrow_in.val().into());
        if self.phase_mid.val() {
            self.diff_borrow.d.next = (self.word_s.val() < self.word_c.val())
                | ((self.word_s.val() == self.word_c.val()) & self.borrow_in.val());
            self.loosen_borrow.d.next = (self.word_b.val() < self.word_s.val())
                | ((self.word_b.val() == self.word_s.val()) & self.loosen_in.val());
        }
        if self.phase.q.val() == 1 {
            self.diff0.d.next = self.word_diff.val();
        }
        if self.phase.q.val() == 2 {
            self.diff1.d.next = self.word_diff.val();
        }
        if self.phase.q.val() == 3 {
            self.diff2.d.next = self.word_diff.val();
        }

        // ---- apply (phase 4)
        self.v4.next = bit_cast::<4, 32>(self.v_q.q.val());
        self.v4_n.next = !self.v4.val();
        self.v_m1.next = self.v_q.q.val() - 1;
        self.refuse.next = false;
        self.refuse_code.next = 0.into();
        self.do_snapshot.next = false;
        self.do_err_clear.next = false;
        self.do_intr_clear.next = false;
        self.do_kill.next = false;
        self.do_commit.next = false;
        self.do_wb.next = false;
        if self.apply.val() {
            self.bvalid.d.next = true;
            self.aw_full.d.next = false;
            self.w_full.d.next = false;
            if !self.aw_mapped.val() {
                self.refuse.next = true;
                self.refuse_code.next = self.err_unmapped.val();
            } else if self.aw_ro.val() {
                self.refuse.next = true;
                self.refuse_code.next = self.err_read_only.val();
            } else {
                match self.aw_word.val().index() {
                    3 => {
                        self.do_snapshot.next = true;
                    }
                    6 => {
                        self.do_err_clear.next = true;
                    }
                    7 => {
                        self.do_intr_clear.next = self.v_q.q.val().get_bit(0);
                    }
                    8 => {
                        self.intr_enable.d.next = self.v_q.q.val().get_bit(0);
                    }
                    9 => {
                        self.do_kill.next = self.v_q.q.val().get_bit(0);
                    }
                    10 => {
                        if self.v_gt_max.q.val() {
                            self.refuse.next = true;
                            self.refuse_code.next = self.err_invalid.val();
                        } else if self.v_gt_old.q.val() {
                            self.refuse.next = true;
                            self.refuse_code.next = self.err_loosen.val();
                        } else {
                            self.baseline.d.next = bit_cast::<9, 32>(self.v_q.q.val());
                        }
                    }
                    11 => {
                        if self.v_gt_max.q.val() {
                            self.refuse.next = true;
                            self.refuse_code.next = self.err_invalid.val();
                        } else if self.v_gt_old.q.val() {
                            self.refuse.next = true;
                            self.refuse_code.next = self.err_loosen.val();
                        } else {
                            self.trip_ratio.d.next = bit_cast::<9, 32>(self.v_q.q.val());
                        }
                    }
                    12 => {
                        if self.v_zero.q.val() {
                            self.refuse.next = true;
                            self.refuse_code.next = self.err_invalid.val();
                        } else if self.v_lt_old.q.val() {
                            self.refuse.next = true;
                            self.refuse_code.next = self.err_loosen.val();
                        } else {
                            self.wl.d.next = self.v_q.q.val();
                            self.wl_m1.d.next = self.v_m1.val();
                        }
                    }
                    13 => {
                        if self.v_gt_old.q.val() {
                            self.refuse.next = true;
                            self.refuse_code.next = self.err_loosen.val();
                        } else {
                            self.wb.d.next = self.v_q.q.val();
                            self.do_wb.next = true;
                        }
                    }
                    17 => {
                        self.stage0.d.next = self.v_q.q.val();
                    }
                    18 => {
                        self.stage1.d.next = self.v_q.q.val();
                    }
                    19 => {
                        self.stage2.d.next = self.v_q.q.val();
                    }
                    20 => {
                        if self.v_q.q.val().get_bit(0) {
                            if self.loosen_borrow.q.val() {
                                self.refuse.next = true;
                                self.refuse_code.next = self.err_loosen.val();
                            } else {
                                self.do_commit.next = true;
                            }
                        }
                    }
                    _ => {}
                }
            }
            if self.refuse.val() {
                self.bresp.d.next = self.resp_slverr.val();
            } else {
                self.bresp.d.next = self.resp_okay.val();
            }
        }
        if self.refuse.val() {
            self.err.d.next = self.err.q.val() | self.refuse_code.val();
            self.refused.d.next = self.refused.q.val() + 1;
        }
        if self.do_err_clear.val() {
            self.err.d.next = self.err.q.val() & self.v4_n.val();
        }

        // Final slack' and cap_ok (a commit replaces slack; a = 0 then).
        if self.do_commit.val() {
            self.budget0.d.next = self.stage0.q.val();
            self.budget1.d.next = self.stage1.q.val();
            self.budget2.d.next = self.stage2.q.val();
            if self.diff_borrow.q.val() {
                self.slack0.d.next = 0.into();
                self.slack1.d.next = 0.into();
                self.slack2.d.next = 0.into();
                self.cap_ok.next = false;
            } else {
                self.slack0.d.next = self.diff0.q.val();
                self.slack1.d.next = self.diff1.q.val();
                self.slack2.d.next = self.diff2.q.val();
                self.cap_ok.next = self.diff1.q.val().any()
                    | self.diff2.q.val().any()
                    | (self.diff0.q.val() >= self.max_work32.val());
            }
        } else {
            self.slack0.d.next = self.slack0_n.val();
            self.slack1.d.next = self.slack1_n.val();
            self.slack2.d.next = self.slack2_n.val();
            self.cap_ok.next = self.cap_ok_n.val();
        }
        // Final wslack' and win_ok (a WINDOW_BUDGET write replaces wslack).
        if self.do_wb.val() {
            if self.new_window.val() {
                self.wslack.d.next = self.v_q.q.val();
                self.win_ok.next = self.v_q.q.val() >= self.max_work32.val();
            } else {
                self.wslack.d.next = self.wb_slack.q.val();
                self.win_ok.next = self.wb_slack.q.val() >= self.max_work32.val();
            }
        } else {
            self.wslack.d.next = self.wslack_n.val();
            self.win_ok.next = self.win_ok_n.val();
        }

        // ---- trip
        self.kill_reg_n.next = self.kill_reg.q.val() | self.do_kill.val();
        self.kill_reg.d.next = self.kill_reg_n.val();
        self.kill_now.next = self.kill.val() | self.kill_reg_n.val();
        self.ev_cum.next = !self.cap_ok.val() & !self.reason_cum.q.val();
        self.ev_kill_reg.next = self.kill_reg_n.val() & !self.reason_kill_reg.q.val();
        self.ev_kill_pin.next = self.kill.val() & !self.reason_kill_pin.q.val();
        if self.ev_cum.val() {
            self.reason_cum.d.next = true;
            self.trip_cum0.d.next = self.cycle0.q.val();
            self.trip_cum1.d.next = self.cycle1.q.val();
        }
        if self.ev_kill_reg.val() {
            self.reason_kill_reg.d.next = true;
            self.trip_kill_reg0.d.next = self.cycle0.q.val();
            self.trip_kill_reg1.d.next = self.cycle1.q.val();
        }
        if self.ev_kill_pin.val() {
            self.reason_kill_pin.d.next = true;
            self.trip_kill_pin0.d.next = self.cycle0.q.val();
            self.trip_kill_pin1.d.next = self.cycle1.q.val();
        }
        self.intr_state.d.next = (self.intr_state.q.val() & !self.do_intr_clear.val())
            | self.ev_cum.val()
            | self.ev_kill_reg.val()
            | self.ev_kill_pin.val();
        self.tripped.next =
            self.reason_cum.q.val() | self.reason_kill_reg.q.val() | self.reason_kill_pin.q.val();

        // ---- throttle and enable
        self.ratio.next = self.baseline.q.val();
        if self.tripped.val() & (self.trip_ratio.q.val() < self.baseline.q.val()) {
            self.ratio.next = self.trip_ratio.q.val();
        }
        self.sum.next = bit_cast::<9, 8>(self.acc.q.val()) + self.ratio.val();
        self.pulse.next = self.sum.val().get_bit(8);
        self.acc.d.next = self.sum.val().get_bits::<8>(0);
        self.hold.next = self.aw_holds.val() & (self.start.val() | self.phase_mid.val());
        self.stop.next = self.kill_now.val()
            | !self.cap_ok.val()
            | self.hold.val()
            | (self.tripped.val() & !self.pulse.val());
        self.paced.next = !self.stop.val() & !self.win_ok.val();
        self.thr.next = !self.stop.val() & !self.paced.val() & !self.pulse.val();
        self.en.d.next = !self.stop.val() & !self.paced.val() & !self.thr.val();
        self.stop_q.d.next = self.stop.val();
        self.paced_q.d.next = self.paced.val();
        self.throttled_q.d.next = self.thr.val();
        self.capped_q.d.next = !self.cap_ok.val();
        self.win_low_q.d.next = !self.win_ok.val();
        self.hold_q.d.next = self.hold.val();
        self.kill_pin_q.d.next = self.kill.val();

        // ---- snapshot: the counters' values in this cycle
        if self.do_snapshot.val() {
            self.snap_cum0.d.next = self.cum0.q.val();
            self.snap_cum1.d.next = self.cum1.q.val();
            self.snap_cum2.d.next = self.cum2.q.val();
            self.snap_wwork.d.next = self.wwork.q.val();
            self.snap_wcycle.d.next = self.wcycle.q.val();
            self.snap_cycle0.d.next = self.cycle0.q.val();
            self.snap_cycle1.d.next = self.cycle1.q.val();
            self.snap_enabled0.d.next = self.enabled0.q.val();
            self.snap_enabled1.d.next = self.enabled1.q.val();
            self.snap_stopped0.d.next = self.stopped0.q.val();
            self.snap_stopped1.d.next = self.stopped1.q.val();
            self.snap_paced0.d.next = self.paced0.q.val();
            self.snap_paced1.d.next = self.paced1.q.val();
            self.snap_throttled0.d.next = self.throttled0.q.val();
            self.snap_throttled1.d.next = self.throttled1.q.val();
        }

        // ---- read path
        self.status_word.next = 0.into();
        if self.en.q.val() {
            self.status_word.next = self.status_word.val() | self.st_enabled.val();
        }
        if self.tripped.val() {
            self.status_word.next = self.status_word.val() | self.st_tripped.val();
        }
        if self.capped_q.q.val() {
            self.status_word.next = self.status_word.val() | self.st_capped.val();
        }
        if self.win_low_q.q.val() {
            self.status_word.next = self.status_word.val() | self.st_paced.val();
        }
        if self.ratio.val() < self.ratio_full.val() {
            self.status_word.next = self.status_word.val() | self.st_throttled.val();
        }
        if self.kill_pin_q.q.val() {
            self.status_word.next = self.status_word.val() | self.st_kill_pin.val();
        }
        if self.kill_reg.q.val() {
            self.status_word.next = self.status_word.val() | self.st_killed.val();
        }
        if self.hold_q.q.val() {
            self.status_word.next = self.status_word.val() | self.st_held.val();
        }
        if self.clamped.q.val() {
            self.status_word.next = self.status_word.val() | self.st_clamped.val();
        }
        self.reason_word.next = 0.into();
        if self.reason_cum.q.val() {
            self.reason_word.next = self.reason_word.val() | self.tr_cum.val();
        }
        if self.reason_kill_reg.q.val() {
            self.reason_word.next = self.reason_word.val() | self.tr_kill_reg.val();
        }
        if self.reason_kill_pin.q.val() {
            self.reason_word.next = self.reason_word.val() | self.tr_kill_pin.val();
        }

        self.ar_bit.next = self.axi_araddr.val().get_bits::<5>(2);
        self.ar_mapped.next = false;
        if (self.axi_araddr.val().get_bits::<2>(0) == 0)
            & (self.axi_araddr.val().get_bits::<4>(8) == 0)
        {
            if self.axi_araddr.val().get_bit(7) {
                self.ar_mapped.next = self.mapped_hi.val().get_bit(self.ar_bit.val().index());
            } else {
                self.ar_mapped.next = self.mapped_lo.val().get_bit(self.ar_bit.val().index());
            }
        }
        self.rd.next = 0.into();
        match self.axi_araddr.val().get_bits::<10>(2).index() {
            0 => {
                self.rd.next = self.id_word.val();
            }
            1 => {
                self.rd.next = self.version_word.val();
            }
            2 => {
                self.rd.next = self.config_word.val();
            }
            4 => {
                self.rd.next = self.status_word.val();
            }
            5 => {
                self.rd.next = self.reason_word.val();
            }
            6 => {
                self.rd.next = bit_cast::<32, 4>(self.err.q.val());
            }
            7 => {
                self.rd.next = bit_cast::<32, 1>(self.intr_state.q.val().into());
            }
            8 => {
                self.rd.next = bit_cast::<32, 1>(self.intr_enable.q.val().into());
            }
            9 => {
                self.rd.next = bit_cast::<32, 1>(self.kill_reg.q.val().into());
            }
            10 => {
                self.rd.next = bit_cast::<32, 9>(self.baseline.q.val());
            }
            11 => {
                self.rd.next = bit_cast::<32, 9>(self.trip_ratio.q.val());
            }
            12 => {
                self.rd.next = self.wl.q.val();
            }
            13 => {
                self.rd.next = self.wb.q.val();
            }
            14 => {
                self.rd.next = self.budget0.q.val();
            }
            15 => {
                self.rd.next = self.budget1.q.val();
            }
            16 => {
                self.rd.next = self.budget2.q.val();
            }
            17 => {
                self.rd.next = self.stage0.q.val();
            }
            18 => {
                self.rd.next = self.stage1.q.val();
            }
            19 => {
                self.rd.next = self.stage2.q.val();
            }
            21 => {
                self.rd.next = self.refused.q.val();
            }
            24 => {
                self.rd.next = self.snap_cum0.q.val();
            }
            25 => {
                self.rd.next = self.snap_cum1.q.val();
            }
            26 => {
                self.rd.next = self.snap_cum2.q.val();
            }
            27 => {
                self.rd.next = self.snap_wwork.q.val();
            }
            28 => {
                self.rd.next = self.snap_wcycle.q.val();
            }
            30 => {
                self.rd.next = self.snap_cycle0.q.val();
            }
            31 => {
                self.rd.next = self.snap_cycle1.q.val();
            }
            32 => {
                self.rd.next = self.snap_enabled0.q.val();
            }
            33 => {
                self.rd.next = self.snap_enabled1.q.val();
            }
            34 => {
                self.rd.next = self.snap_stopped0.q.val();
            }
            35 => {
                self.rd.next = self.snap_stopped1.q.val();
            }
            36 => {
                self.rd.next = self.snap_paced0.q.val();
            }
            37 => {
                self.rd.next = self.snap_paced1.q.val();
            }
            38 => {
                self.rd.next = self.snap_throttled0.q.val();
            }
            39 => {
                self.rd.next = self.snap_throttled1.q.val();
            }
            40 => {
                self.rd.next = self.trip_cum0.q.val();
            }
            41 => {
                self.rd.next = self.trip_cum1.q.val();
            }
            42 => {
                self.rd.next = self.trip_kill_reg0.q.val();
            }
            43 => {
                self.rd.next = self.trip_kill_reg1.q.val();
            }
            44 => {
                self.rd.next = self.trip_kill_pin0.q.val();
            }
            45 => {
                self.rd.next = self.trip_kill_pin1.q.val();
            }
            _ => {}
        }
        if !self.ar_mapped.val() {
            self.rd.next = 0.into();
        }
        if self.rvalid.q.val() & self.axi_rready.val() {
            self.rvalid.d.next = false;
        }
        if self.axi_arvalid.val() & !self.rvalid.q.val() {
            self.rvalid.d.next = true;
            self.rdata.d.next = self.rd.val();
            if self.ar_mapped.val() {
                self.rresp.d.next = self.resp_okay.val();
            } else {
                self.rresp.d.next = self.resp_slverr.val();
            }
        }
    }
}
