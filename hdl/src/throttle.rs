//! The throttle: an 8-bit phase accumulator that lets the accelerator run
//! N of every 256 cycles, N being the ratio in force (`docs/fuse-core.md`,
//! "Throttle").
//!
//! The ratio in force is `min(TRIP_RATIO, BASELINE_RATIO)` while a strict
//! trip reason holds and otherwise `BASELINE_RATIO`, clamped to the
//! licence ratio P once the licence has expired. Both candidates are
//! registered here from the limits the core will hold next cycle, so the
//! adder's inputs are flip-flops; `strict` only chooses between the two
//! sums after the adders, which keeps the trip logic off the carry chain.

use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The phase accumulator and the two ratios it may add.
#[derive(LogicBlock)]
pub struct Throttle {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// `BASELINE_RATIO` as the core holds it from the next cycle on.
    pub baseline_next: Signal<In, Bits<9>>,
    /// `TRIP_RATIO` as the core holds it from the next cycle on.
    pub trip_ratio_next: Signal<In, Bits<9>>,
    /// The licence-expired trip reason as it holds from the next cycle on.
    pub licence_expired_next: Signal<In, Bit>,
    /// A strict trip reason (cumulative cap, kill, decommission) holds in
    /// this cycle.
    pub strict: Signal<In, Bit>,
    /// The ratio in force in this cycle (for `STATUS.THROTTLED`).
    pub ratio: Signal<Out, Bits<9>>,
    /// The accumulator carries in this cycle: the accelerator may run in
    /// the next one as far as the throttle is concerned.
    pub pulse: Signal<Out, Bit>,
    /// The licence ratio P (the grant's ratio once the licence expires).
    licence_ratio: Constant<Bits<9>>,
    acc: Reg<Bits<8>>,
    /// The ratio without a strict reason: the baseline, or P when the
    /// licence has expired and P is the smaller.
    base_eff: Reg<Bits<9>>,
    /// `min(TRIP_RATIO, BASELINE_RATIO)`, the ratio once tripped.
    trip_min: Reg<Bits<9>>,
    sum_b: Signal<Local, Bits<9>>,
    sum_t: Signal<Local, Bits<9>>,
    sum: Signal<Local, Bits<9>>,
}

impl Throttle {
    /// A throttle that powers up with the baseline ratio `baseline`, the
    /// trip ratio `trip_ratio`, the licence ratio `licence_ratio` and the
    /// licence not expired.
    pub fn new(baseline: u16, trip_ratio: u16, licence_ratio: u16) -> Self {
        Self {
            clock: Default::default(),
            baseline_next: Default::default(),
            trip_ratio_next: Default::default(),
            licence_expired_next: Default::default(),
            strict: Default::default(),
            ratio: Default::default(),
            pulse: Default::default(),
            licence_ratio: Constant::new(u64::from(licence_ratio).into()),
            acc: Reg::default(),
            base_eff: Reg::new(u64::from(baseline).into()),
            trip_min: Reg::new(u64::from(trip_ratio.min(baseline)).into()),
            sum_b: Default::default(),
            sum_t: Default::default(),
            sum: Default::default(),
        }
    }
}

impl Logic for Throttle {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, acc, base_eff, trip_min);
        self.base_eff.d.next = self.baseline_next.val();
        if self.licence_expired_next.val() & (self.baseline_next.val() > self.licence_ratio.val()) {
            self.base_eff.d.next = self.licence_ratio.val();
        }
        self.trip_min.d.next = self.baseline_next.val();
        if self.trip_ratio_next.val() < self.baseline_next.val() {
            self.trip_min.d.next = self.trip_ratio_next.val();
        }

        self.ratio.next = self.base_eff.q.val();
        if self.strict.val() {
            self.ratio.next = self.trip_min.q.val();
        }
        // Both sums side by side, chosen by `strict` after the adders.
        self.sum_b.next = bit_cast::<9, 8>(self.acc.q.val()) + self.base_eff.q.val();
        self.sum_t.next = bit_cast::<9, 8>(self.acc.q.val()) + self.trip_min.q.val();
        self.sum.next = self.sum_b.val();
        if self.strict.val() {
            self.sum.next = self.sum_t.val();
        }
        self.pulse.next = self.sum.val().get_bit(8);
        self.acc.d.next = self.sum.val().get_bits::<8>(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    /// Steps the block by hand: inputs settle, then one rising edge.
    struct Bench(Box<Throttle>);

    impl Bench {
        fn new(baseline: u16, trip_ratio: u16, licence_ratio: u16) -> Self {
            let mut uut = Box::new(Throttle::new(baseline, trip_ratio, licence_ratio));
            uut.connect_all();
            let mut b = Bench(uut);
            b.hold(baseline, trip_ratio, false, false);
            b
        }

        /// Sets the inputs and lets them settle.
        fn hold(&mut self, baseline: u16, trip_ratio: u16, expired: bool, strict: bool) {
            self.0.baseline_next.next = u64::from(baseline).into();
            self.0.trip_ratio_next.next = u64::from(trip_ratio).into();
            self.0.licence_expired_next.next = expired;
            self.0.strict.next = strict;
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
        }

        /// One clock cycle; returns the pulse of the cycle it ends.
        fn cycle(&mut self) -> bool {
            let pulse = self.0.pulse.val();
            self.0.clock.next = Clock { clk: true };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
            self.0.clock.next = Clock { clk: false };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
            pulse
        }

        fn pulses(&mut self, cycles: usize) -> usize {
            (0..cycles).filter(|_| self.cycle()).count()
        }

        fn ratio(&self) -> u64 {
            self.0.ratio.val().index() as u64
        }
    }

    #[test]
    fn a_constant_ratio_gives_exactly_that_many_pulses_per_256_cycles() {
        for n in [0u16, 1, 37, 128, 255, 256] {
            let mut b = Bench::new(n, 256, 256);
            assert_eq!(b.ratio(), u64::from(n));
            // The accumulator starts at 0, so every aligned window is exact.
            for _ in 0..3 {
                assert_eq!(b.pulses(256), usize::from(n), "ratio {n}");
            }
        }
    }

    #[test]
    fn pulses_are_spread_evenly() {
        // 64/256: one pulse every fourth cycle, never two in a row.
        let mut b = Bench::new(64, 256, 256);
        let seen: Vec<bool> = (0..16).map(|_| b.cycle()).collect();
        let expect: Vec<bool> = (1..=16).map(|i| i % 4 == 0).collect();
        assert_eq!(seen, expect);
    }

    #[test]
    fn a_strict_reason_runs_at_the_smaller_of_trip_and_baseline_ratio() {
        let mut b = Bench::new(200, 16, 256);
        b.hold(200, 16, false, true);
        assert_eq!(b.ratio(), 16);
        assert_eq!(b.pulses(256), 16);
        // A trip ratio above the baseline does not loosen a trip.
        b.hold(8, 100, false, true);
        b.cycle(); // the ratios are registered
        assert_eq!(b.ratio(), 8);
        // Without the strict reason the baseline is back in force.
        b.hold(8, 100, false, false);
        assert_eq!(b.ratio(), 8);
        b.hold(50, 100, false, false);
        b.cycle();
        assert_eq!(b.ratio(), 50);
    }

    #[test]
    fn an_expired_licence_clamps_the_baseline_to_the_licence_ratio() {
        let mut b = Bench::new(200, 256, 32);
        b.hold(200, 256, true, false);
        assert_eq!(b.ratio(), 200, "registered: the clamp starts next cycle");
        b.cycle();
        assert_eq!(b.ratio(), 32);
        assert_eq!(b.pulses(256), 32);
        // A baseline already below P is kept.
        b.hold(10, 256, true, false);
        b.cycle();
        assert_eq!(b.ratio(), 10);
    }
}
