//! The window pacer: the work admitted in the current window of
//! `WINDOW_LEN` cycles against `WINDOW_BUDGET`, and whether the next cycle
//! may run as far as the window is concerned (`docs/fuse-core.md`,
//! "Window").
//!
//! The window slack is kept minus `W` (`ww = wslack - W`, 33-bit two's
//! complement). The decision is taken a cycle ahead from the registers
//! alone: the next cycle may run if the slack *before* this cycle's work
//! is at least `2·W` (`ww >= W`); at a window boundary or a budget load,
//! where this cycle's work does not come out of the new slack, if the new
//! slack holds `W`. No comparison looks at `work_units`. A
//! borrow out of the low half reaches the upper half a cycle later
//! (`ww_pend`), and `ww_big` (`ww >> 16 != 0`) is registered, chosen by the
//! low half's borrow. `wcycle == WINDOW_LEN - 1` is registered a cycle
//! early (`nw_q`).
//!
//! The limits themselves (`WINDOW_LEN`, `WINDOW_BUDGET`) stay in the core
//! with the other limits; the core passes the value a write applies, its
//! apply strobes and the pending grant's values, all registers or block
//! outputs (see "Blocks" in `docs/fuse-core.md`).

use crate::reg::{r32, re32, Reg, RegEn};
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The window's count, its slack and the pacing decision.
#[derive(LogicBlock)]
pub struct WindowPacer {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// `min(work_units, W)` (the work meter's `admissible`).
    pub admissible: Signal<In, Bits<16>>,
    /// The accelerator runs in this cycle.
    pub enabled: Signal<In, Bit>,
    /// The value a bus write is applying (stable from write phase 1 on;
    /// during a grant sequence the granted `WINDOW_BUDGET`).
    pub value: Signal<In, Bits<32>>,
    /// `value - 1` (wrapping), registered.
    pub value_m1: Signal<In, Bits<32>>,
    /// `value - 2` (wrapping), registered.
    pub value_m2: Signal<In, Bits<32>>,
    /// `WINDOW_LEN - 1` in force.
    pub len_m1: Signal<In, Bits<32>>,
    /// `WINDOW_LEN - 2` in force (wrapping).
    pub len_m2: Signal<In, Bits<32>>,
    /// A `WINDOW_BUDGET` write applies in this cycle (`value`).
    pub budget_apply: Signal<In, Bit>,
    /// A `WINDOW_LEN` write applies in this cycle (`value`).
    pub len_apply: Signal<In, Bit>,
    /// An unexpired grant is applied in this cycle.
    pub grant_apply: Signal<In, Bit>,
    /// Step 4 of the grant sequence: the slack under the granted budget is
    /// taken (`value` held the granted budget in steps 1..=3).
    pub grant_slack: Signal<In, Bit>,
    /// The pending grant's `WINDOW_LEN - 1`.
    pub grant_len_m1: Signal<In, Bits<32>>,
    /// The pending grant's `WINDOW_LEN - 2`.
    pub grant_len_m2: Signal<In, Bits<32>>,
    /// The pending grant's `WINDOW_BUDGET - W`.
    pub grant_budget_minus_w: Signal<In, Bits<32>>,
    /// The pending grant's `WINDOW_BUDGET < W`.
    pub grant_budget_lt_w: Signal<In, Bit>,
    /// The next cycle may run as far as the window is concerned: the
    /// window slack after this cycle is at least `W`.
    pub ok: Signal<Out, Bit>,
    /// Work admitted in the current window (`WINDOW_WORK`, live).
    pub work: Signal<Out, Bits<32>>,
    /// Cycles since the current window started (`WINDOW_CYCLE`, live).
    pub cycle: Signal<Out, Bits<32>>,

    /// `W` as 16 and 32 bits.
    max_work: Constant<Bits<16>>,
    max_work32: Constant<Bits<32>>,
    /// `0 - W` (32 bits): `max(0, value - wwork) - W` when the difference is negative.
    minus_w32: Constant<Bits<32>>,
    wcycle: Reg<Bits<32>>,
    wwork: Reg<Bits<32>>,
    /// `wslack - W` as a 33-bit two's complement number. (`ww`, `ww_pend`,
    /// `ww_big` and `nw_q` are visible to the core's tests, which check
    /// the registered shortcuts against their definitions.)
    pub(crate) ww: Reg<Bits<32>>,
    ww_neg: Reg<Bit>,
    /// A borrow out of `ww[15:0]` not yet taken from `ww[31:16]`.
    pub(crate) ww_pend: Reg<Bit>,
    /// `ww >> 16 != 0`.
    pub(crate) ww_big: Reg<Bit>,
    /// `WINDOW_BUDGET - W` (33-bit two's complement): the slack a new window
    /// starts with.
    wb_w: RegEn<Bits<32>>,
    wb_lt_w: RegEn<Bit>,
    /// `wcycle == WINDOW_LEN - 1`, registered a cycle early.
    pub(crate) nw_q: Reg<Bit>,
    /// A window started one and two cycles ago (while `wb_p` was computed).
    nw_d1: Reg<Bit>,
    nw_d2: Reg<Bit>,
    /// For a `WINDOW_BUDGET` write: `value - wwork` and whether it is
    /// negative, then `max(0, value - wwork)` less `W` and whether that is
    /// below `W` (two steps, phases 2 and 3). The maximum is taken in the
    /// second step, from the registered sign: taken in the first, the
    /// 32-bit comparison drove `wb_p`'s reset (on iCE40 through a global
    /// buffer), the fuse's critical path there.
    wb_p: Reg<Bits<32>>,
    wb_p_neg: Reg<Bit>,
    wb_pw: Reg<Bits<32>>,
    wb_p_lt_w: Reg<Bit>,
    /// `value - W` and `value < W`.
    vw: Reg<Bits<32>>,
    v_lt_w: Reg<Bit>,
    new_window: Signal<Local, Bit>,
    ww_hi: Signal<Local, Bits<16>>,
    ww_lo: Signal<Local, Bits<17>>,
    ww_u_one: Signal<Local, Bit>,
    wwork_n: Signal<Local, Bits<32>>,
    ok_n: Signal<Local, Bit>,
    ok_f: Signal<Local, Bit>,
    neg_n: Signal<Local, Bit>,
    restart: Signal<Local, Bit>,
    /// The slack minus W (and whether it is negative) that a
    /// WINDOW_BUDGET apply or step 4 of a grant loads.
    load_w: Signal<Local, Bits<32>>,
    load_lt: Signal<Local, Bit>,
}

impl WindowPacer {
    /// A pacer admitting at most `max_work` per cycle that powers up at the
    /// start of a window of `window_len` (>= 1) cycles and `window_budget`.
    pub fn new(max_work: u16, window_budget: u32, window_len: u32) -> Self {
        assert!(window_len >= 1, "WINDOW_LEN is at least 1");
        // (a negative `value - wwork` then leaves a slack below W)
        assert!(max_work >= 1, "W is at least 1");
        let w = u32::from(max_work);
        let wb_w = window_budget.wrapping_sub(w);
        let wb_lt_w = window_budget < w;
        Self {
            clock: Default::default(),
            admissible: Default::default(),
            enabled: Default::default(),
            value: Default::default(),
            value_m1: Default::default(),
            value_m2: Default::default(),
            len_m1: Default::default(),
            len_m2: Default::default(),
            budget_apply: Default::default(),
            len_apply: Default::default(),
            grant_apply: Default::default(),
            grant_slack: Default::default(),
            grant_len_m1: Default::default(),
            grant_len_m2: Default::default(),
            grant_budget_minus_w: Default::default(),
            grant_budget_lt_w: Default::default(),
            ok: Default::default(),
            work: Default::default(),
            cycle: Default::default(),
            max_work: Constant::new(u64::from(w).into()),
            max_work32: Constant::new(u64::from(w).into()),
            minus_w32: Constant::new(u64::from(0u32.wrapping_sub(w)).into()),
            wcycle: r32(0),
            wwork: r32(0),
            ww: r32(wb_w),
            ww_neg: Reg::new(wb_lt_w),
            ww_pend: Reg::new(false),
            ww_big: Reg::new((wb_w >> 16) != 0),
            wb_w: re32(wb_w),
            wb_lt_w: RegEn::new(wb_lt_w),
            nw_q: Reg::new(window_len == 1),
            nw_d1: Reg::new(false),
            nw_d2: Reg::new(false),
            wb_p: r32(0),
            wb_p_neg: Reg::new(false),
            wb_pw: r32(0),
            wb_p_lt_w: Reg::new(false),
            vw: r32(0),
            v_lt_w: Reg::new(false),
            new_window: Default::default(),
            ww_hi: Default::default(),
            ww_lo: Default::default(),
            ww_u_one: Default::default(),
            wwork_n: Default::default(),
            ok_n: Default::default(),
            ok_f: Default::default(),
            neg_n: Default::default(),
            restart: Default::default(),
            load_w: Default::default(),
            load_lt: Default::default(),
        }
    }
}

impl Logic for WindowPacer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, wcycle, wwork, ww, ww_neg, ww_pend, ww_big, nw_q, nw_d1, nw_d2, wb_p,
            wb_p_neg, wb_pw, wb_p_lt_w, vw, v_lt_w
        );
        self.wb_w.clock.next = self.clock.val();
        self.wb_lt_w.clock.next = self.clock.val();
        self.work.next = self.wwork.q.val();
        self.cycle.next = self.wcycle.q.val();

        // The window boundary, a cycle early.
        self.new_window.next = self.nw_q.q.val();
        if self.new_window.val() {
            if self.len_apply.val() {
                self.nw_q.d.next = !self.value_m1.val().any();
            } else {
                self.nw_q.d.next = !self.len_m1.val().any();
            }
        } else if self.len_apply.val() {
            self.nw_q.d.next = self.wcycle.q.val() == self.value_m2.val();
        } else {
            self.nw_q.d.next = self.wcycle.q.val() == self.len_m2.val();
        }
        if self.grant_apply.val() {
            if self.new_window.val() {
                self.nw_q.d.next = !self.grant_len_m1.val().any();
            } else {
                self.nw_q.d.next = self.wcycle.q.val() == self.grant_len_m2.val();
            }
        }
        self.nw_d1.d.next = self.new_window.val();
        self.nw_d2.d.next = self.nw_d1.q.val();

        // ww' = ww - a, the upper half borrow-selected a cycle late; the
        // upper half as it stands is ww[31:16] - ww_pend.
        self.ww_hi.next = self.ww.q.val().get_bits::<16>(16);
        self.ww_u_one.next = self.ww.q.val().get_bits::<16>(16) == 1;
        if self.ww_pend.q.val() {
            self.ww_hi.next = self.ww.q.val().get_bits::<16>(16) - 1;
            self.ww_u_one.next = self.ww.q.val().get_bits::<16>(16) == 2;
        }
        self.ww_lo.next = bit_cast::<17, 16>(self.ww.q.val().get_bits::<16>(0))
            - bit_cast::<17, 16>(self.admissible.val());
        if self.new_window.val() {
            self.wcycle.d.next = 0.into();
            self.wwork_n.next = 0.into();
            self.ww.d.next = self.wb_w.q.val();
            self.ww_pend.d.next = false;
            self.ww_big.d.next = self.wb_w.q.val().get_bits::<16>(16).any();
            self.ok_n.next = !self.wb_lt_w.q.val();
            self.neg_n.next = self.wb_lt_w.q.val();
        } else {
            self.wcycle.d.next = self.wcycle.q.val() + 1;
            self.wwork_n.next = self.wwork.q.val();
            self.ww.d.next = (bit_cast::<32, 16>(self.ww_hi.val()) << 16)
                | bit_cast::<32, 16>(self.ww.q.val().get_bits::<16>(0));
            self.ww_pend.d.next = false;
            if self.enabled.val() {
                self.wwork_n.next = self.wwork.q.val() + bit_cast::<32, 16>(self.admissible.val());
                self.ww.d.next = (bit_cast::<32, 16>(self.ww_hi.val()) << 16)
                    | bit_cast::<32, 16>(self.ww_lo.val().get_bits::<16>(0));
                self.ww_pend.d.next = self.ww_lo.val().get_bit(16);
                if self.ww_lo.val().get_bit(16) {
                    self.ww_big.d.next = !self.ww_u_one.val();
                }
            }
            // A cycle ahead: wslack >= 2W  <=>  ww >= W, from registers only.
            self.ok_n.next = !self.ww_neg.q.val()
                & (self.ww_big.q.val()
                    | (self.ww.q.val().get_bits::<16>(0) >= self.max_work.val()));
            // The sign of ww - a: ww is not negative when the enable is
            // high, so it turns negative only below 2^16 with its low half
            // below a.
            self.neg_n.next = self.ww_neg.q.val()
                | (self.enabled.val() & !self.ww_big.q.val() & self.ww_lo.val().get_bit(16));
        }
        self.wwork.d.next = self.wwork_n.val();

        // WINDOW_BUDGET: max(0, value - wwork) - W for phase 4, in two
        // steps from registers (phase 2, then phase 3).
        self.wb_p.d.next = self.value.val() - self.wwork.q.val();
        self.wb_p_neg.d.next = self.value.val() < self.wwork.q.val();
        self.wb_pw.d.next = self.wb_p.q.val() - self.max_work32.val();
        self.wb_p_lt_w.d.next = self.wb_p.q.val() < self.max_work32.val();
        if self.wb_p_neg.q.val() {
            self.wb_pw.d.next = self.minus_w32.val();
            self.wb_p_lt_w.d.next = true;
        }
        self.vw.d.next = self.value.val() - self.max_work32.val();
        self.v_lt_w.d.next = self.value.val() < self.max_work32.val();

        // A WINDOW_BUDGET write makes wslack' = max(0, v - wwork'), where
        // wwork' is 0 if a window started in phase 2, 3 or now, else the
        // wwork wb_p was computed from; step 4 of a grant does the same with
        // the granted budget (already in wb_w).
        self.restart.next = self.new_window.val() | self.nw_d1.q.val() | self.nw_d2.q.val();
        self.load_w.next = self.wb_pw.q.val();
        self.load_lt.next = self.wb_p_lt_w.q.val();
        if self.restart.val() {
            if self.grant_slack.val() {
                self.load_w.next = self.wb_w.q.val();
                self.load_lt.next = self.wb_lt_w.q.val();
            } else {
                self.load_w.next = self.vw.q.val();
                self.load_lt.next = self.v_lt_w.q.val();
            }
        }
        self.ok_f.next = self.ok_n.val();
        if self.budget_apply.val() | self.grant_slack.val() {
            self.ww.d.next = self.load_w.val();
            self.ww_pend.d.next = false;
            self.ww_big.d.next = self.load_w.val().get_bits::<16>(16).any();
            self.ok_f.next = !self.load_lt.val();
            self.neg_n.next = self.load_lt.val();
        }
        self.wb_w.en.next = self.budget_apply.val() | self.grant_apply.val();
        self.wb_lt_w.en.next = self.budget_apply.val() | self.grant_apply.val();
        if self.grant_apply.val() {
            self.wb_w.d.next = self.grant_budget_minus_w.val();
            self.wb_lt_w.d.next = self.grant_budget_lt_w.val();
        } else {
            self.wb_w.d.next = self.vw.q.val();
            self.wb_lt_w.d.next = self.v_lt_w.q.val();
        }
        self.ww_neg.d.next = self.neg_n.val();
        self.ok.next = self.ok_f.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    /// The pacer with the core's loop closed around it: the next cycle runs
    /// when `ok` says so, and the accelerator reports `work` every cycle.
    struct Bench {
        uut: Box<WindowPacer>,
        w: u16,
        en: bool,
        /// Work admitted in each window so far (the last one is current).
        windows: Vec<u64>,
    }

    impl Bench {
        fn new(w: u16, budget: u32, len: u32) -> Self {
            let mut uut = Box::new(WindowPacer::new(w, budget, len));
            uut.len_m1.next = u64::from(len - 1).into();
            uut.len_m2.next = u64::from(len.wrapping_sub(2)).into();
            uut.connect_all();
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            Bench {
                uut,
                w,
                en: false,
                windows: vec![0],
            }
        }

        /// One cycle with `work` reported; returns `ok` of that cycle.
        fn cycle(&mut self, work: u16) -> bool {
            let u = &mut self.uut;
            u.admissible.next = u64::from(work.min(self.w)).into();
            u.enabled.next = self.en;
            assert!(simulate(u.as_mut(), 100), "did not settle");
            let ok = u.ok.val();
            let last = u.cycle.val().index() as u32;
            if self.en {
                *self.windows.last_mut().unwrap() += u64::from(work.min(self.w));
            }
            u.clock.next = Clock { clk: true };
            assert!(simulate(u.as_mut(), 100), "did not settle");
            u.clock.next = Clock { clk: false };
            assert!(simulate(u.as_mut(), 100), "did not settle");
            if u.cycle.val().index() as u32 != last + 1 {
                assert_eq!(u.cycle.val().index(), 0, "a window starts at cycle 0");
                self.windows.push(0);
            }
            assert_eq!(
                u.work.val().index() as u64,
                *self.windows.last().unwrap(),
                "WINDOW_WORK is the work admitted in this window"
            );
            self.en = ok;
            ok
        }
    }

    #[test]
    fn each_window_admits_what_its_budget_holds_in_whole_cycles() {
        for (w, budget, len, work) in [
            (10u16, 53u32, 20u32, 10u16), // 5 full cycles of 10
            (10, 53, 20, 25),             // reports above W count as W
            (10, 53, 20, 7),              // 53 / 7: 6 cycles (42), 11 left < 2W
            (10, 15, 20, 10),             // W <= budget < 2W: one cycle
            (300, 70_000, 1_000, 300),    // the slack's upper half in use
            (1, 4, 3, 1),                 // a window shorter than the budget
            (10, 5, 20, 1),               // a budget below W admits nothing
        ] {
            let mut b = Bench::new(w, budget, len);
            for _ in 0..(len * 6) {
                b.cycle(work);
            }
            let a = u64::from(work.min(w));
            // The first cycle of a window runs if the budget holds W; each
            // later one if the slack before the previous cycle held 2W.
            let (bud, w2) = (u64::from(budget), 2 * u64::from(w));
            let mut expect = 0u64;
            let mut cycles = 0;
            while cycles < len
                && if cycles == 0 {
                    bud >= u64::from(w)
                } else {
                    bud - (expect - a) >= w2
                }
            {
                expect += a;
                cycles += 1;
            }
            let full = &b.windows[1..b.windows.len() - 1];
            assert!(full.len() >= 4, "windows {:?}", b.windows);
            for (i, got) in full.iter().enumerate() {
                assert!(*got <= u64::from(budget));
                assert_eq!(*got, expect, "w {w} budget {budget} len {len}: window {i}");
                assert!(
                    cycles == len || bud - *got < w2,
                    "less than 2W left unused: window {i}"
                );
            }
        }
    }

    #[test]
    fn a_budget_write_applies_against_the_work_already_done() {
        let (w, len) = (10u16, 40u32);
        let mut b = Bench::new(w, 1_000, len);
        for _ in 0..5 {
            assert!(b.cycle(10));
        }
        // The bench's first cycle runs with the enable low (as at power-up).
        assert_eq!(*b.windows.last().unwrap(), 40);
        // A write of 75: value stable from phase 1, applied in phase 4, the
        // enable held meanwhile (as the core does for WINDOW_BUDGET).
        b.uut.value.next = 75u64.into();
        b.en = false;
        for _ in 0..3 {
            b.cycle(10);
            b.en = false;
        }
        b.uut.budget_apply.next = true;
        // 40 done, 35 left: three more cycles of 10 and then the pacer
        // holds (35 - 10 = 25, 25 - 10 = 15, 15 - 10 = 5 < W).
        assert!(b.cycle(10));
        b.uut.budget_apply.next = false;
        let runs: Vec<bool> = (0..4).map(|_| b.cycle(10)).collect();
        assert_eq!(runs, [true, true, false, false]);
        assert_eq!(*b.windows.last().unwrap(), 70);
        // The next window starts with the new budget.
        while b.windows.len() < 4 {
            b.cycle(10);
        }
        assert_eq!(b.windows[1], 70);
        assert_eq!(
            b.windows[2], 70,
            "7 cycles of 10 under 75 in a whole window"
        );
    }
}
