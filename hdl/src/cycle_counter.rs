//! A 64-bit count of the cycles in which a condition held, and the snapshot
//! of it that the bus reads (`docs/fuse-core.md`, "Metering" and "The read
//! path"). The core has one per reason the enable is what it is: enabled,
//! stopped, paced and throttled cycles.
//!
//! The count is two 32-bit words; the upper word is carry-selected from the
//! lower word being all ones, so no carry chain spans more than 32 bits in
//! a cycle.

use crate::reg::{Reg, RegEn};
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// A free-running 64-bit event counter with a snapshot register.
#[derive(LogicBlock, Default)]
pub struct CycleCounter {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Count this cycle.
    pub count: Signal<In, Bit>,
    /// Copy this cycle's count into the snapshot (the `SNAPSHOT` command).
    pub snapshot: Signal<In, Bit>,
    /// The snapshot's lower word.
    pub snap_lo: Signal<Out, Bits<32>>,
    /// The snapshot's upper word.
    pub snap_hi: Signal<Out, Bits<32>>,
    lo: Reg<Bits<32>>,
    hi: RegEn<Bits<32>>,
    snap_lo_q: RegEn<Bits<32>>,
    snap_hi_q: RegEn<Bits<32>>,
}

impl Logic for CycleCounter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lo);
        self.hi.clock.next = self.clock.val();
        self.snap_lo_q.clock.next = self.clock.val();
        self.snap_hi_q.clock.next = self.clock.val();
        if self.count.val() {
            self.lo.d.next = self.lo.q.val() + 1;
        }
        self.hi.en.next = self.count.val() & self.lo.q.val().all();
        self.hi.d.next = self.hi.q.val() + 1;
        self.snap_lo_q.en.next = self.snapshot.val();
        self.snap_lo_q.d.next = self.lo.q.val();
        self.snap_hi_q.en.next = self.snapshot.val();
        self.snap_hi_q.d.next = self.hi.q.val();
        self.snap_lo.next = self.snap_lo_q.q.val();
        self.snap_hi.next = self.snap_hi_q.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    struct Bench(Box<CycleCounter>);

    impl Bench {
        /// A counter that powers up holding `start`.
        fn new(start: u64) -> Self {
            let mut uut = Box::<CycleCounter>::default();
            uut.lo = Reg::new((start & 0xffff_ffff).into());
            uut.hi = RegEn::new((start >> 32).into());
            uut.connect_all();
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            Bench(uut)
        }

        fn cycle(&mut self, count: bool, snapshot: bool) {
            self.0.count.next = count;
            self.0.snapshot.next = snapshot;
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
            self.0.clock.next = Clock { clk: true };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
            self.0.clock.next = Clock { clk: false };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
        }

        fn snap(&self) -> u64 {
            (self.0.snap_hi.val().index() as u64) << 32 | self.0.snap_lo.val().index() as u64
        }
    }

    #[test]
    fn counts_only_the_cycles_with_count_high() {
        let mut b = Bench::new(0);
        for i in 0..10 {
            b.cycle(i % 3 == 0, false);
        }
        assert_eq!(b.snap(), 0, "the snapshot holds until the command");
        b.cycle(false, true);
        assert_eq!(b.snap(), 4);
    }

    #[test]
    fn the_snapshot_is_the_count_before_the_snapshot_cycle() {
        let mut b = Bench::new(0);
        b.cycle(true, false);
        b.cycle(true, true); // counts this cycle, snapshots the count so far
        assert_eq!(b.snap(), 1);
        b.cycle(true, false);
        assert_eq!(b.snap(), 1);
        b.cycle(false, true);
        assert_eq!(b.snap(), 3);
    }

    #[test]
    fn the_upper_word_takes_the_carry_and_wraps_at_64_bits() {
        let mut b = Bench::new(0xffff_fffe);
        b.cycle(true, false);
        b.cycle(true, false);
        b.cycle(false, true);
        assert_eq!(b.snap(), 0x1_0000_0000);
        let mut b = Bench::new(u64::MAX);
        b.cycle(true, false);
        b.cycle(false, true);
        assert_eq!(b.snap(), 0);
    }
}
