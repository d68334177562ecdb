//! The work meter: what one cycle admits and the 96-bit count of admitted
//! work, `CUM_WORK` (`docs/fuse-core.md`, "Metering").
//!
//! A cycle admits `a = enabled ? min(work_units, W) : 0`. The count is kept
//! in three 32-bit words and no carry chain spans more than 16 bits in a
//! cycle: the low word adds `a` in two halves, and a carry out of it reaches
//! the upper words a cycle later (`pend`), which the outputs add back, so
//! `cum_*` is always the exact count.
//!
//! Its inputs are a port and a register of the core, never a value the core
//! computes from the meter's outputs (see "Blocks" in `docs/fuse-core.md`).
//! A second kind of work is a second instance.

use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// One metered channel: its admitted work per cycle and in total.
#[derive(LogicBlock)]
pub struct WorkMeter {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// The work the accelerator reports for this cycle.
    pub work_units: Signal<In, Bits<16>>,
    /// The accelerator runs in this cycle: its work is admitted.
    pub enabled: Signal<In, Bit>,
    /// `min(work_units, W)`: what this cycle admits if it is enabled (the
    /// cap and the window subtract it and `enabled` chooses after).
    pub admissible: Signal<Out, Bits<16>>,
    /// `CUM_WORK` in this cycle, bits 31:0.
    pub cum_0: Signal<Out, Bits<32>>,
    /// `CUM_WORK` in this cycle, bits 63:32.
    pub cum_1: Signal<Out, Bits<32>>,
    /// `CUM_WORK` in this cycle, bits 95:64.
    pub cum_2: Signal<Out, Bits<32>>,
    /// `CUM_WORK` of the next cycle, bits 31:0 (the budget commit takes
    /// the low word as it will be after this cycle's work).
    pub next_0: Signal<Out, Bits<32>>,
    /// `CUM_WORK` of the previous cycle, bits 31:0 (all three words are
    /// registers: the report threshold compares them).
    pub prev_0: Signal<Out, Bits<32>>,
    /// `CUM_WORK` of the previous cycle, bits 63:32.
    pub prev_1: Signal<Out, Bits<32>>,
    /// `CUM_WORK` of the previous cycle, bits 95:64.
    pub prev_2: Signal<Out, Bits<32>>,
    /// More than `W` was reported in an enabled cycle since power-up
    /// (`STATUS.WORK_CLAMPED`).
    pub clamped: Signal<Out, Bit>,

    /// `W`, the most work a cycle admits.
    max_work: Constant<Bits<16>>,
    cum0: Reg<Bits<32>>,
    cum1: Reg<Bits<32>>,
    cum2: Reg<Bits<32>>,
    /// The carry out of `cum0` not yet added to `cum1`/`cum2`.
    pend_q: Reg<Bit>,
    /// `cum0` a cycle ago.
    prev0: Reg<Bits<32>>,
    clamped_q: Reg<Bit>,
    over: Signal<Local, Bit>,
    a: Signal<Local, Bits<16>>,
    lo: Signal<Local, Bits<17>>,
    hi: Signal<Local, Bits<16>>,
    carry0: Signal<Local, Bit>,
    carry1: Signal<Local, Bit>,
    up1: Signal<Local, Bits<32>>,
    up2: Signal<Local, Bits<32>>,
    n0: Signal<Local, Bits<32>>,
}

impl WorkMeter {
    /// A meter admitting at most `max_work` per cycle, at 0 at power-up.
    pub fn new(max_work: u16) -> Self {
        Self::starting_at(max_work, 0)
    }

    /// A meter that powers up having counted `cum` (tests start near a
    /// word boundary with it).
    pub fn starting_at(max_work: u16, cum: u128) -> Self {
        let word = |k: u32| Reg::new(u64::from((cum >> (32 * k)) as u32).into());
        Self {
            clock: Default::default(),
            work_units: Default::default(),
            enabled: Default::default(),
            admissible: Default::default(),
            cum_0: Default::default(),
            cum_1: Default::default(),
            cum_2: Default::default(),
            next_0: Default::default(),
            prev_0: Default::default(),
            prev_1: Default::default(),
            prev_2: Default::default(),
            clamped: Default::default(),
            max_work: Constant::new(u64::from(max_work).into()),
            cum0: word(0),
            cum1: word(1),
            cum2: word(2),
            pend_q: Reg::new(false),
            prev0: word(0),
            clamped_q: Reg::new(false),
            over: Default::default(),
            a: Default::default(),
            lo: Default::default(),
            hi: Default::default(),
            carry0: Default::default(),
            carry1: Default::default(),
            up1: Default::default(),
            up2: Default::default(),
            n0: Default::default(),
        }
    }
}

impl Logic for WorkMeter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cum0, cum1, cum2, pend_q, prev0, clamped_q);
        self.over.next = self.work_units.val() > self.max_work.val();
        self.a.next = self.work_units.val();
        if self.over.val() {
            self.a.next = self.max_work.val();
        }
        self.admissible.next = self.a.val();
        self.clamped_q.d.next = self.clamped_q.q.val() | (self.enabled.val() & self.over.val());
        self.clamped.next = self.clamped_q.q.val();

        // cum' = cum + a: the low word in two 16-bit halves; its carry out
        // is found from the low half and an all-ones flag and reaches the
        // upper words a cycle later.
        self.lo.next = bit_cast::<17, 16>(self.cum0.q.val().get_bits::<16>(0))
            + bit_cast::<17, 16>(self.a.val());
        self.hi.next = self.cum0.q.val().get_bits::<16>(16);
        if self.lo.val().get_bit(16) {
            self.hi.next = self.cum0.q.val().get_bits::<16>(16) + 1;
        }
        self.carry0.next = self.enabled.val()
            & self.lo.val().get_bit(16)
            & self.cum0.q.val().get_bits::<16>(16).all();
        self.carry1.next = self.pend_q.q.val() & self.cum1.q.val().all();
        self.up1.next = self.cum1.q.val();
        if self.pend_q.q.val() {
            self.up1.next = self.cum1.q.val() + 1;
        }
        self.up2.next = self.cum2.q.val();
        if self.carry1.val() {
            self.up2.next = self.cum2.q.val() + 1;
        }
        self.n0.next = self.cum0.q.val();
        if self.enabled.val() {
            self.n0.next = (bit_cast::<32, 16>(self.hi.val()) << 16)
                | bit_cast::<32, 16>(self.lo.val().get_bits::<16>(0));
        }
        self.cum0.d.next = self.n0.val();
        self.next_0.next = self.n0.val();
        self.pend_q.d.next = self.carry0.val();
        self.cum1.d.next = self.up1.val();
        self.cum2.d.next = self.up2.val();
        self.prev0.d.next = self.cum0.q.val();

        self.cum_0.next = self.cum0.q.val();
        self.cum_1.next = self.up1.val();
        self.cum_2.next = self.up2.val();
        self.prev_0.next = self.prev0.q.val();
        self.prev_1.next = self.cum1.q.val();
        self.prev_2.next = self.cum2.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    /// Steps the block by hand: inputs settle, then one rising edge.
    struct Bench(Box<WorkMeter>);

    impl Bench {
        fn new(max_work: u16, cum: u128) -> Self {
            let mut uut = Box::new(WorkMeter::starting_at(max_work, cum));
            uut.connect_all();
            let mut b = Bench(uut);
            b.drive(0, false);
            b
        }

        fn drive(&mut self, work: u16, enabled: bool) {
            self.0.work_units.next = u64::from(work).into();
            self.0.enabled.next = enabled;
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
        }

        fn cycle(&mut self) {
            self.0.clock.next = Clock { clk: true };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
            self.0.clock.next = Clock { clk: false };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
        }

        fn words(w: [&Signal<Out, Bits<32>>; 3]) -> u128 {
            w.iter()
                .enumerate()
                .map(|(i, s)| (s.val().index() as u128) << (32 * i))
                .sum()
        }

        fn cum(&self) -> u128 {
            Self::words([&self.0.cum_0, &self.0.cum_1, &self.0.cum_2])
        }

        fn prev(&self) -> u128 {
            Self::words([&self.0.prev_0, &self.0.prev_1, &self.0.prev_2])
        }
    }

    /// A small xorshift, so the runs are repeatable.
    fn rng(seed: u64) -> impl FnMut() -> u64 {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        }
    }

    #[test]
    fn the_count_is_exact_across_every_word_boundary() {
        let near = |bits: u32| (1u128 << bits) - 2_000;
        for (seed, w, start) in [
            (1u64, 1u16, 0u128),
            (2, 300, near(32)),
            (3, 65_535, near(32)),
            (4, 300, near(64)),
            (5, 65_535, near(64)),
        ] {
            let mut b = Bench::new(w, start);
            let mut rnd = rng(seed);
            let mut model = start;
            let mut last = start;
            for cyc in 0..3_000 {
                let work = (rnd() % (u64::from(w) + 5)) as u16;
                let enabled = !rnd().is_multiple_of(4);
                b.drive(work, enabled);
                let a = if enabled { work.min(w) } else { 0 };
                assert_eq!(b.0.admissible.val().index() as u16, work.min(w));
                assert_eq!(b.cum(), model, "seed {seed} cycle {cyc}");
                assert_eq!(b.prev(), last, "seed {seed} cycle {cyc}");
                let next = model + u128::from(a);
                assert_eq!(b.0.next_0.val().index() as u32, next as u32);
                b.cycle();
                last = model;
                model = next;
            }
            assert!(
                start == 0 || model > start + 2_000,
                "seed {seed} crossed no boundary"
            );
        }
    }

    #[test]
    fn a_disabled_cycle_admits_nothing_and_clamping_is_sticky() {
        let mut b = Bench::new(10, 0);
        // Over W while stopped: not admitted, not clamped.
        b.drive(500, false);
        b.cycle();
        assert_eq!(b.cum(), 0);
        assert!(!b.0.clamped.val());
        // Over W while running: W admitted, clamped from then on.
        b.drive(500, true);
        b.cycle();
        assert_eq!(b.cum(), 10);
        assert!(b.0.clamped.val());
        b.drive(3, true);
        b.cycle();
        assert_eq!(b.cum(), 13);
        assert!(b.0.clamped.val());
    }
}
