//! The cap slack: how much of `CUM_BUDGET` is left, and whether the next
//! cycle may run as far as the cumulative cap is concerned
//! (`docs/fuse-core.md`, "Cumulative cap").
//!
//! The slack is kept minus `W` (`sw = slack - W`, 97-bit two's complement:
//! three words and a sign). The decision is taken a cycle ahead from the
//! registers alone: the next cycle may run if the slack *before* this
//! cycle's work is at least `2·W` (`sw >= W`), so whatever this cycle and
//! the next admit (at most `W` each) fits. No comparison looks at
//! `work_units`; the subtraction of this cycle's work only feeds the
//! registers. A borrow out of the low word reaches the upper words a cycle
//! later (`sw_pend`), and `sw_big` (`sw >> 16 != 0`) is registered, chosen
//! by the low word's borrow; the sign `neg` likewise.
//!
//! A budget commit or step 4 of a grant loads `max(0, stage - cum) - W`
//! (the enable is low in that cycle, so the next cycle may run if the
//! loaded slack holds `W`).
//! The core computes `stage - cum` word by word while the enable is held
//! (the commit datapath) and passes its words, already less `W`, with the
//! borrows; the block only chooses. Its inputs are the core's ports,
//! registers and other blocks' outputs (see "Blocks" in
//! `docs/fuse-core.md`).

use crate::reg::{c32, r32, Reg};
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The slack under `CUM_BUDGET` and the cap decision.
#[derive(LogicBlock)]
pub struct CapSlack {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// `min(work_units, W)` (the work meter's `admissible`).
    pub admissible: Signal<In, Bits<16>>,
    /// The accelerator runs in this cycle.
    pub enabled: Signal<In, Bit>,
    /// Load the slack a budget commit or a grant makes (the enable is low
    /// in this cycle): `max(0, stage - cum) - W` from the `load_*` inputs.
    pub load: Signal<In, Bit>,
    /// `stage < cum`: the loaded slack is 0.
    pub load_zero: Signal<In, Bit>,
    /// Word 0 of `(stage - cum) - W`.
    pub load_0: Signal<In, Bits<32>>,
    /// Word 1 of `(stage - cum) - W`.
    pub load_1: Signal<In, Bits<32>>,
    /// Word 2 of `stage - cum` (the borrow of `- W` not yet taken).
    pub load_2: Signal<In, Bits<32>>,
    /// `- W` borrows out of word 1 into word 2.
    pub load_2_borrow: Signal<In, Bit>,
    /// A grant is being applied (the enable is held): the check waits for
    /// the slack under the granted budget and says "ok" meanwhile.
    pub hold: Signal<In, Bit>,
    /// The next cycle may run as far as the cap is concerned: the slack
    /// before this cycle's work is at least `2·W` (in a load cycle: the
    /// loaded slack is at least `W`). A function of registers only.
    pub ok: Signal<Out, Bit>,

    /// `W` as 16 bits, and `-W` as 32.
    max_work: Constant<Bits<16>>,
    minus_w: Constant<Bits<32>>,
    ones32: Constant<Bits<32>>,
    /// `sw`: the low word, the two upper words (less `pend`) and the sign.
    /// (`sw0`..`sw2`, `pend` and `big` are visible to the core's tests,
    /// which check the registered shortcuts against their definitions; the
    /// hard-cap proof links them by name, `hdl/formal/hard_cap.vh`.)
    pub(crate) sw0: Reg<Bits<32>>,
    pub(crate) sw1: Reg<Bits<32>>,
    pub(crate) sw2: Reg<Bits<32>>,
    neg: Reg<Bit>,
    /// A borrow out of `sw0` not yet taken from `sw1`/`sw2`: the upper 64
    /// bits of `sw` are `{sw2, sw1} - pend`. Only `big` and the check look
    /// at them, so the borrow reaches them a cycle late and no enable waits
    /// on the low word's carry chain.
    pub(crate) pend: Reg<Bit>,
    /// `sw >> 16 != 0` over the 96 bits (the sign aside), kept exactly so
    /// the check does not OR 80 bits after the subtraction: its next value
    /// is chosen by the low word's borrow.
    pub(crate) big: Reg<Bit>,
    lo: Signal<Local, Bits<17>>,
    hi: Signal<Local, Bits<16>>,
    b0: Signal<Local, Bit>,
    b1: Signal<Local, Bit>,
    upper_zero: Signal<Local, Bit>,
    upper_one: Signal<Local, Bit>,
    ok_n: Signal<Local, Bit>,
    ok_f: Signal<Local, Bit>,
    neg_n: Signal<Local, Bit>,
}

impl CapSlack {
    /// A cap admitting at most `max_work` per cycle that powers up with
    /// `slack` (the power-up `CUM_BUDGET`, nothing metered yet; < 2^96).
    pub fn new(max_work: u16, slack: u128) -> Self {
        assert!(slack >> 96 == 0, "the slack is a 96-bit value");
        let w = u128::from(max_work);
        let sw = slack.wrapping_sub(w) & ((1u128 << 96) - 1);
        Self {
            clock: Default::default(),
            admissible: Default::default(),
            enabled: Default::default(),
            load: Default::default(),
            load_zero: Default::default(),
            load_0: Default::default(),
            load_1: Default::default(),
            load_2: Default::default(),
            load_2_borrow: Default::default(),
            hold: Default::default(),
            ok: Default::default(),
            max_work: Constant::new(u64::from(max_work).into()),
            minus_w: c32(u32::from(max_work).wrapping_neg()),
            ones32: c32(u32::MAX),
            sw0: r32(sw as u32),
            sw1: r32((sw >> 32) as u32),
            sw2: r32((sw >> 64) as u32),
            neg: Reg::new(slack < w),
            pend: Reg::new(false),
            big: Reg::new((sw >> 16) != 0),
            lo: Default::default(),
            hi: Default::default(),
            b0: Default::default(),
            b1: Default::default(),
            upper_zero: Default::default(),
            upper_one: Default::default(),
            ok_n: Default::default(),
            ok_f: Default::default(),
            neg_n: Default::default(),
        }
    }
}

impl Logic for CapSlack {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sw0, sw1, sw2, neg, pend, big);

        // sw' = sw - a, borrow-selected across the words. The decision is
        // a cycle ahead: ok = (slack >= 2W) = (sw >= W), i.e. sw >= 2^16 or
        // sw[15:0] >= W -- registers only, whatever `work_units` is.
        self.lo.next = bit_cast::<17, 16>(self.sw0.q.val().get_bits::<16>(0))
            - bit_cast::<17, 16>(self.admissible.val());
        self.hi.next = self.sw0.q.val().get_bits::<16>(16);
        if self.lo.val().get_bit(16) {
            self.hi.next = self.sw0.q.val().get_bits::<16>(16) - 1;
        }
        // The borrow out of sw0, taken from sw1/sw2 next cycle (pend), and
        // the pending one taken now.
        self.b0.next = self.enabled.val()
            & self.lo.val().get_bit(16)
            & !self.sw0.q.val().get_bits::<16>(16).any();
        self.b1.next = self.pend.q.val() & !self.sw1.q.val().any();
        // Whether the upper 64 bits, {sw2, sw1} - pend, are zero.
        if self.pend.q.val() {
            self.upper_zero.next = (self.sw1.q.val() == 1) & !self.sw2.q.val().any();
        } else {
            self.upper_zero.next = !self.sw1.q.val().any() & !self.sw2.q.val().any();
        }
        // The upper 80 bits minus the borrow are non-zero unless they are 1.
        self.upper_one.next = (self.sw0.q.val().get_bits::<16>(16) == 1) & self.upper_zero.val();
        self.ok_n.next = !self.neg.q.val()
            & (self.big.q.val() | (self.sw0.q.val().get_bits::<16>(0) >= self.max_work.val()));
        // The sign of sw - a: sw is not negative when the enable is high
        // (it was at least W when the cycle was granted), so it turns
        // negative only if it is below 2^16 and its low half below a.
        self.neg_n.next =
            self.neg.q.val() | (self.enabled.val() & !self.big.q.val() & self.lo.val().get_bit(16));

        if self.load.val() {
            // slack' = max(0, stage - cum), so sw' = (zero ? 0 : diff) - W
            // (nothing is admitted in a load cycle).
            self.pend.d.next = false;
            if self.load_zero.val() {
                self.sw0.d.next = self.minus_w.val();
                self.sw1.d.next = self.ones32.val();
                self.sw2.d.next = self.ones32.val();
                self.big.d.next = true;
                self.ok_f.next = false;
                self.neg_n.next = true;
            } else {
                self.sw0.d.next = self.load_0.val();
                self.sw1.d.next = self.load_1.val();
                if self.load_2_borrow.val() {
                    self.sw2.d.next = self.load_2.val() - 1;
                    self.big.d.next = self.load_0.val().get_bits::<16>(16).any()
                        | self.load_1.val().any()
                        | (self.load_2.val() != 1);
                } else {
                    self.sw2.d.next = self.load_2.val();
                    self.big.d.next = self.load_0.val().get_bits::<16>(16).any()
                        | self.load_1.val().any()
                        | self.load_2.val().any();
                }
                self.ok_f.next = !(self.load_2_borrow.val() & !self.load_2.val().any());
                self.neg_n.next = self.load_2_borrow.val() & !self.load_2.val().any();
            }
        } else {
            if self.enabled.val() {
                self.sw0.d.next = (bit_cast::<32, 16>(self.hi.val()) << 16)
                    | bit_cast::<32, 16>(self.lo.val().get_bits::<16>(0));
                if self.lo.val().get_bit(16) {
                    self.big.d.next = !self.upper_one.val();
                }
            }
            self.pend.d.next = self.b0.val();
            if self.pend.q.val() {
                self.sw1.d.next = self.sw1.q.val() - 1;
            }
            if self.b1.val() {
                self.sw2.d.next = self.sw2.q.val() - 1;
            }
            self.ok_f.next = self.ok_n.val();
        }
        if self.hold.val() {
            self.ok_f.next = true;
        }
        self.neg.d.next = self.neg_n.val();
        self.ok.next = self.ok_f.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    const MASK96: u128 = (1 << 96) - 1;

    /// The cap with the core's loop closed around it: the next cycle runs
    /// when `ok` says so.
    struct Bench {
        uut: Box<CapSlack>,
        w: u16,
        en: bool,
        /// The slack as the specification keeps it.
        slack: u128,
    }

    impl Bench {
        fn new(w: u16, slack: u128) -> Self {
            let mut uut = Box::new(CapSlack::new(w, slack));
            uut.connect_all();
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            Bench {
                uut,
                w,
                en: false,
                slack,
            }
        }

        /// `sw` as the registers hold it, as a 97-bit two's complement value
        /// (the upper words less the pending borrow).
        fn sw(&self) -> (bool, u128) {
            let u = &self.uut;
            let up = ((u.sw2.q.val().index() as u128) << 32 | u.sw1.q.val().index() as u128)
                .wrapping_sub(u128::from(u.pend.q.val()))
                & ((1 << 64) - 1);
            (
                u.neg.q.val(),
                (up << 32 | u.sw0.q.val().index() as u128) & MASK96,
            )
        }

        fn settle(&mut self) {
            assert!(simulate(self.uut.as_mut(), 100), "did not settle");
        }

        fn edge(&mut self) {
            self.uut.clock.next = Clock { clk: true };
            self.settle();
            self.uut.clock.next = Clock { clk: false };
            self.settle();
        }

        /// One cycle with `work` reported; returns `ok` of that cycle.
        fn cycle(&mut self, work: u16) -> bool {
            let a = if self.en { work.min(self.w) } else { 0 };
            let u = &mut self.uut;
            u.admissible.next = u64::from(work.min(self.w)).into();
            u.enabled.next = self.en;
            self.settle();
            let ok = self.uut.ok.val();
            assert!(
                u128::from(a) <= self.slack,
                "admitted {a} with {} left",
                self.slack
            );
            assert_eq!(
                ok,
                self.slack >= 2 * u128::from(self.w),
                "ok is 'the slack before this cycle holds 2W' ({} left)",
                self.slack
            );
            self.slack -= u128::from(a);
            self.edge();
            self.check_sw();
            self.en = ok;
            ok
        }

        fn check_sw(&self) {
            let w = u128::from(self.w);
            let want = (self.slack < w, self.slack.wrapping_sub(w) & MASK96);
            assert_eq!(self.sw(), want, "sw is slack - W ({} left)", self.slack);
        }

        /// A load of `max(0, s - c)`, with the inputs the core's commit
        /// datapath computes.
        fn load(&mut self, s: u128, c: u128) {
            let w = u128::from(self.w);
            let d = s.wrapping_sub(c) & MASK96;
            let d0 = d as u32;
            let b0 = u128::from(d0) < w;
            let u = &mut self.uut;
            u.enabled.next = false;
            u.load.next = true;
            u.load_zero.next = s < c;
            u.load_0.next = u64::from(d0.wrapping_sub(w as u32)).into();
            u.load_1.next = u64::from(((d >> 32) as u32).wrapping_sub(u32::from(b0))).into();
            u.load_2.next = u64::from((d >> 64) as u32).into();
            u.load_2_borrow.next = b0 && (d >> 32) as u32 == 0;
            self.settle();
            self.slack = if s < c { 0 } else { d };
            assert_eq!(self.uut.ok.val(), self.slack >= w, "ok of a load");
            let ok = self.uut.ok.val();
            self.edge();
            self.uut.load.next = false;
            self.check_sw();
            self.en = ok;
        }
    }

    #[test]
    fn the_cap_admits_whole_cycles_across_the_word_borrows() {
        for (w, slack, work) in [
            (1024u16, 10_000u128, 1024u16),  // 9 cycles, 784 left
            (1024, 10_000, 3000),            // reports above W count as W
            (10, 53, 7),                     // 53 / 7: 6 cycles (42), 11 left < 2W
            (1024, (1 << 32) + 5_000, 1000), // the low word borrows into word 1
            (1024, (1 << 64) + 3_000, 700),  // ... and into word 2
            (300, 200, 1),                   // below W from power-up
            (300, 500, 1),                   // below 2W from power-up: never runs
        ] {
            let mut b = Bench::new(w, slack);
            b.check_sw();
            let cycles = if slack > 1 << 20 { 40 } else { 200 };
            let mut last = true;
            for _ in 0..cycles {
                last = b.cycle(work);
            }
            if slack < 1 << 20 {
                assert!(!last, "w {w} slack {slack}: the cap stops");
                assert!(
                    b.slack < 2 * u128::from(w),
                    "less than 2W left: {}",
                    b.slack
                );
            }
        }
    }

    #[test]
    fn a_load_sets_the_slack_to_the_difference_or_zero() {
        let w = 1024u16;
        let mut b = Bench::new(w, 1 << 40);
        for _ in 0..3 {
            b.cycle(1000);
        }
        for (s, c) in [
            (5_000u128, 1_000u128), // 4,000 left
            (1 << 64, 1),           // the borrow of - W runs into word 2
            (1 << 32, 100),         // ... into word 1
            (2_000, 1_500),         // 500 < W: stopped
            (3_000, 1_500),         // 1,500: one cycle, then stopped below 2W
            (1_000, 5_000),         // below what is metered: 0
            (MASK96, 0),            // all ones
        ] {
            b.load(s, c);
            for _ in 0..3 {
                b.cycle(900);
            }
        }
    }

    #[test]
    fn a_grant_holds_the_check_until_its_load() {
        let mut b = Bench::new(16, 40);
        assert!(b.cycle(16), "power-up: 40 >= 2W");
        assert!(b.cycle(16), "40 before this cycle's 16");
        assert!(!b.cycle(16), "24 before, 8 left after 16");
        // Steps 1..=3 of a grant: the enable is low and the check waits.
        b.uut.hold.next = true;
        b.uut.enabled.next = false;
        for _ in 0..3 {
            b.settle();
            assert!(b.uut.ok.val(), "held: ok while a grant is applied");
            b.edge();
        }
        b.uut.hold.next = false;
        // Step 4: the slack under the granted budget.
        b.load(100, 8);
        assert!(b.cycle(16));
        assert_eq!(b.slack, 92 - 16);
    }
}
