//! The demo accelerator on the evaluation boards: a counter that does
//! "work" whenever the fuse lets it.
//!
//! Each cycle its clock enable is high it adds `work_per_cycle` to its
//! result counter and reports that many work units to the fuse; with the
//! enable low it does nothing and reports none. This is exactly the
//! contract a real accelerator has with the fuse, so the fuse's meter,
//! pacing and trip logic run on real traffic. A heartbeat bit of the
//! result counter drives an LED: it blinks at 1–2 Hz at full ratio,
//! slower when throttled, and stops when the fuse stops the accelerator.

use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The counting accelerator.
#[derive(LogicBlock)]
pub struct AccelStub {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Clock enable from the fuse (`accel_clk_en`).
    pub clk_en: Signal<In, Bit>,
    /// Work units done this cycle, reported to the fuse.
    pub work_units: Signal<Out, Bits<16>>,
    /// The heartbeat: a bit of the result counter.
    pub heartbeat: Signal<Out, Bit>,

    result: Reg<Bits<32>>,
    work_per_cycle: Constant<Bits<16>>,
    work_per_cycle32: Constant<Bits<32>>,
    heartbeat_mask: Constant<Bits<32>>,
}

impl AccelStub {
    /// An accelerator doing `work_per_cycle` units each enabled cycle of a
    /// `clock_hz` clock; panics if `work_per_cycle` is 0 or above
    /// `max_work_per_cycle` (the fuse's generator parameter: the fuse
    /// relies on never being reported more).
    pub fn new(clock_hz: u32, work_per_cycle: u16, max_work_per_cycle: u16) -> Self {
        assert!(
            (1..=max_work_per_cycle).contains(&work_per_cycle),
            "accelerator work per cycle {work_per_cycle} outside 1..={max_work_per_cycle}"
        );
        // The bit that toggles every 0.25-0.5 s at full ratio.
        let per_half_second = (u64::from(clock_hz) / 2 * u64::from(work_per_cycle)).max(2);
        let bit = (63 - per_half_second.leading_zeros()).min(31);
        Self {
            clock: Default::default(),
            clk_en: Default::default(),
            work_units: Default::default(),
            heartbeat: Default::default(),
            result: Reg::default(),
            work_per_cycle: Constant::new(u64::from(work_per_cycle).into()),
            work_per_cycle32: Constant::new(u64::from(work_per_cycle).into()),
            heartbeat_mask: Constant::new((1u64 << bit).into()),
        }
    }
}

impl Logic for AccelStub {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, result);
        self.work_units.next = 0.into();
        if self.clk_en.val() {
            self.work_units.next = self.work_per_cycle.val();
            self.result.d.next = self.result.q.val() + self.work_per_cycle32.val();
        }
        self.heartbeat.next = (self.result.q.val() & self.heartbeat_mask.val()) != 0;
    }
}
