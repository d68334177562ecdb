//! The trip reasons: why the fuse tripped and when (`docs/fuse-core.md`,
//! "Trip"). Each reason is sticky until an authority grant clears it
//! (CLEAR_TRIP), except `DECOMMISSIONED`, which nothing clears. Each reason
//! but that one keeps the cycle it was set in (`TRIP_CYCLE_*`), read as 0
//! while the reason is clear.
//!
//! The timestamps follow the cycle counter until their reason is set and
//! then hold, so no enable waits on an event's logic. The licence's follows
//! it until the lapse is registered (`licence_lapsed`), so it keeps the
//! cycle the licence lapsed in.
//!
//! The inputs are the core's ports, registers and other blocks' outputs
//! (see "Blocks" in `docs/fuse-core.md`).

use crate::reg::{c32, re32, Reg, RegEn};
use capfuse_abi::trip;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

// The formal fragments (trip_sticky.vh, throttle_core.vh) read
// `TRIP_REASON[4:0]` in this order.
const _: () = assert!(
    trip::CUM_BUDGET == 1
        && trip::KILL_REG == 2
        && trip::KILL_PIN == 4
        && trip::LICENSE_EXPIRED == 8
        && trip::DECOMMISSIONED == 16
);

/// The trip reasons, their cycles and the trip's effect on the throttle.
#[derive(LogicBlock)]
pub struct TripReasons {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// The cap slack says the next cycle may run (the cap block's `ok`):
    /// when it does not, `CUM_BUDGET` trips.
    pub cap_ok: Signal<In, Bit>,
    /// `KILL` as it stands after this cycle's write.
    pub kill_reg: Signal<In, Bit>,
    /// The board's kill pin.
    pub kill_pin: Signal<In, Bit>,
    /// The licence had lapsed in the previous cycle (registered comparison).
    pub licence_lapsed: Signal<In, Bit>,
    /// An unexpired grant with the DECOMMISSION flag is applied.
    pub decommission: Signal<In, Bit>,
    /// An unexpired grant with the CLEAR_TRIP flag is applied: every reason
    /// but `DECOMMISSIONED` clears after this cycle's events.
    pub clear: Signal<In, Bit>,
    /// The cycle counter (`CYCLE`, live).
    pub cycle_0: Signal<In, Bits<32>>,
    /// See `cycle_0`.
    pub cycle_1: Signal<In, Bits<32>>,
    /// `TRIP_REASON`: the reasons set.
    pub reasons: Signal<Out, Bits<32>>,
    /// A reason other than the licence is set: the throttle runs at
    /// `min(TRIP_RATIO, BASELINE_RATIO)`.
    pub strict: Signal<Out, Bit>,
    /// Any reason is set (`STATUS.TRIPPED`).
    pub tripped: Signal<Out, Bit>,
    /// `DECOMMISSIONED` is set: the accelerator stops for good.
    pub decommissioned: Signal<Out, Bit>,
    /// A reason is newly set in this cycle (`INTR_STATE.TRIP`).
    pub newly_set: Signal<Out, Bit>,
    /// `LICENSE_EXPIRED` as it will stand next cycle (for the throttle,
    /// which registers its ratio).
    pub licence_next: Signal<Out, Bit>,
    /// `TRIP_CYCLE_CUM_BUDGET` (0 while the reason is clear).
    pub cycle_cum_0: Signal<Out, Bits<32>>,
    /// See `cycle_cum_0`.
    pub cycle_cum_1: Signal<Out, Bits<32>>,
    /// `TRIP_CYCLE_KILL_REG`.
    pub cycle_kill_reg_0: Signal<Out, Bits<32>>,
    /// See `cycle_kill_reg_0`.
    pub cycle_kill_reg_1: Signal<Out, Bits<32>>,
    /// `TRIP_CYCLE_KILL_PIN`.
    pub cycle_kill_pin_0: Signal<Out, Bits<32>>,
    /// See `cycle_kill_pin_0`.
    pub cycle_kill_pin_1: Signal<Out, Bits<32>>,
    /// `TRIP_CYCLE_LICENSE`.
    pub cycle_licence_0: Signal<Out, Bits<32>>,
    /// See `cycle_licence_0`.
    pub cycle_licence_1: Signal<Out, Bits<32>>,

    tr_cum: Constant<Bits<32>>,
    tr_kill_reg: Constant<Bits<32>>,
    tr_kill_pin: Constant<Bits<32>>,
    tr_lic: Constant<Bits<32>>,
    tr_decom: Constant<Bits<32>>,
    reason_cum: Reg<Bit>,
    reason_kill_reg: Reg<Bit>,
    reason_kill_pin: Reg<Bit>,
    reason_lic: Reg<Bit>,
    reason_decom: Reg<Bit>,
    at_cum0: RegEn<Bits<32>>,
    at_cum1: RegEn<Bits<32>>,
    at_kill_reg0: RegEn<Bits<32>>,
    at_kill_reg1: RegEn<Bits<32>>,
    at_kill_pin0: RegEn<Bits<32>>,
    at_kill_pin1: RegEn<Bits<32>>,
    at_lic0: RegEn<Bits<32>>,
    at_lic1: RegEn<Bits<32>>,
    ev_cum: Signal<Local, Bit>,
    ev_kill_reg: Signal<Local, Bit>,
    ev_kill_pin: Signal<Local, Bit>,
    ev_lic: Signal<Local, Bit>,
    ev_decom: Signal<Local, Bit>,
    lic_n: Signal<Local, Bit>,
    word: Signal<Local, Bits<32>>,
}

impl TripReasons {
    /// The reasons at power-up: none set.
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            cap_ok: Default::default(),
            kill_reg: Default::default(),
            kill_pin: Default::default(),
            licence_lapsed: Default::default(),
            decommission: Default::default(),
            clear: Default::default(),
            cycle_0: Default::default(),
            cycle_1: Default::default(),
            reasons: Default::default(),
            strict: Default::default(),
            tripped: Default::default(),
            decommissioned: Default::default(),
            newly_set: Default::default(),
            licence_next: Default::default(),
            cycle_cum_0: Default::default(),
            cycle_cum_1: Default::default(),
            cycle_kill_reg_0: Default::default(),
            cycle_kill_reg_1: Default::default(),
            cycle_kill_pin_0: Default::default(),
            cycle_kill_pin_1: Default::default(),
            cycle_licence_0: Default::default(),
            cycle_licence_1: Default::default(),
            tr_cum: c32(trip::CUM_BUDGET),
            tr_kill_reg: c32(trip::KILL_REG),
            tr_kill_pin: c32(trip::KILL_PIN),
            tr_lic: c32(trip::LICENSE_EXPIRED),
            tr_decom: c32(trip::DECOMMISSIONED),
            reason_cum: Reg::new(false),
            reason_kill_reg: Reg::new(false),
            reason_kill_pin: Reg::new(false),
            reason_lic: Reg::new(false),
            reason_decom: Reg::new(false),
            at_cum0: re32(0),
            at_cum1: re32(0),
            at_kill_reg0: re32(0),
            at_kill_reg1: re32(0),
            at_kill_pin0: re32(0),
            at_kill_pin1: re32(0),
            at_lic0: re32(0),
            at_lic1: re32(0),
            ev_cum: Default::default(),
            ev_kill_reg: Default::default(),
            ev_kill_pin: Default::default(),
            ev_lic: Default::default(),
            ev_decom: Default::default(),
            lic_n: Default::default(),
            word: Default::default(),
        }
    }
}

impl Default for TripReasons {
    fn default() -> Self {
        Self::new()
    }
}

impl Logic for TripReasons {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            reason_cum,
            reason_kill_reg,
            reason_kill_pin,
            reason_lic,
            reason_decom
        );
        self.at_cum0.clock.next = self.clock.val();
        self.at_cum1.clock.next = self.clock.val();
        self.at_kill_reg0.clock.next = self.clock.val();
        self.at_kill_reg1.clock.next = self.clock.val();
        self.at_kill_pin0.clock.next = self.clock.val();
        self.at_kill_pin1.clock.next = self.clock.val();
        self.at_lic0.clock.next = self.clock.val();
        self.at_lic1.clock.next = self.clock.val();
        self.ev_cum.next = !self.cap_ok.val() & !self.reason_cum.q.val();
        self.ev_kill_reg.next = self.kill_reg.val() & !self.reason_kill_reg.q.val();
        self.ev_kill_pin.next = self.kill_pin.val() & !self.reason_kill_pin.q.val();
        self.ev_lic.next = self.licence_lapsed.val() & !self.reason_lic.q.val();
        self.ev_decom.next = self.decommission.val() & !self.reason_decom.q.val();
        if self.ev_cum.val() {
            self.reason_cum.d.next = true;
        }
        if self.ev_kill_reg.val() {
            self.reason_kill_reg.d.next = true;
        }
        if self.ev_kill_pin.val() {
            self.reason_kill_pin.d.next = true;
        }
        if self.ev_lic.val() {
            self.reason_lic.d.next = true;
        }
        if self.ev_decom.val() {
            self.reason_decom.d.next = true;
        }
        // Each timestamp follows the cycle until its reason is set; the
        // licence's until the lapse is registered, so it keeps the cycle
        // before the event: the one the licence lapsed in.
        self.at_cum0.en.next = !self.reason_cum.q.val();
        self.at_cum1.en.next = !self.reason_cum.q.val();
        self.at_kill_reg0.en.next = !self.reason_kill_reg.q.val();
        self.at_kill_reg1.en.next = !self.reason_kill_reg.q.val();
        self.at_kill_pin0.en.next = !self.reason_kill_pin.q.val();
        self.at_kill_pin1.en.next = !self.reason_kill_pin.q.val();
        self.at_lic0.en.next = !self.reason_lic.q.val() & !self.licence_lapsed.val();
        self.at_lic1.en.next = !self.reason_lic.q.val() & !self.licence_lapsed.val();
        self.at_cum0.d.next = self.cycle_0.val();
        self.at_cum1.d.next = self.cycle_1.val();
        self.at_kill_reg0.d.next = self.cycle_0.val();
        self.at_kill_reg1.d.next = self.cycle_1.val();
        self.at_kill_pin0.d.next = self.cycle_0.val();
        self.at_kill_pin1.d.next = self.cycle_1.val();
        self.at_lic0.d.next = self.cycle_0.val();
        self.at_lic1.d.next = self.cycle_1.val();
        // CLEAR_TRIP acts after this cycle's events.
        self.lic_n.next = self.reason_lic.q.val() | self.ev_lic.val();
        if self.clear.val() {
            self.reason_cum.d.next = false;
            self.reason_kill_reg.d.next = false;
            self.reason_kill_pin.d.next = false;
            self.reason_lic.d.next = false;
            self.lic_n.next = false;
        }
        self.licence_next.next = self.lic_n.val();
        self.newly_set.next = self.ev_cum.val()
            | self.ev_kill_reg.val()
            | self.ev_kill_pin.val()
            | self.ev_lic.val()
            | self.ev_decom.val();
        self.strict.next = self.reason_cum.q.val()
            | self.reason_kill_reg.q.val()
            | self.reason_kill_pin.q.val()
            | self.reason_decom.q.val();
        self.tripped.next = self.reason_cum.q.val()
            | self.reason_kill_reg.q.val()
            | self.reason_kill_pin.q.val()
            | self.reason_decom.q.val()
            | self.reason_lic.q.val();
        self.decommissioned.next = self.reason_decom.q.val();

        self.word.next = 0.into();
        if self.reason_cum.q.val() {
            self.word.next = self.word.val() | self.tr_cum.val();
        }
        if self.reason_kill_reg.q.val() {
            self.word.next = self.word.val() | self.tr_kill_reg.val();
        }
        if self.reason_kill_pin.q.val() {
            self.word.next = self.word.val() | self.tr_kill_pin.val();
        }
        if self.reason_lic.q.val() {
            self.word.next = self.word.val() | self.tr_lic.val();
        }
        if self.reason_decom.q.val() {
            self.word.next = self.word.val() | self.tr_decom.val();
        }
        self.reasons.next = self.word.val();

        // A trip timestamp reads 0 until its reason is set.
        self.cycle_cum_0.next = 0.into();
        self.cycle_cum_1.next = 0.into();
        if self.reason_cum.q.val() {
            self.cycle_cum_0.next = self.at_cum0.q.val();
            self.cycle_cum_1.next = self.at_cum1.q.val();
        }
        self.cycle_kill_reg_0.next = 0.into();
        self.cycle_kill_reg_1.next = 0.into();
        if self.reason_kill_reg.q.val() {
            self.cycle_kill_reg_0.next = self.at_kill_reg0.q.val();
            self.cycle_kill_reg_1.next = self.at_kill_reg1.q.val();
        }
        self.cycle_kill_pin_0.next = 0.into();
        self.cycle_kill_pin_1.next = 0.into();
        if self.reason_kill_pin.q.val() {
            self.cycle_kill_pin_0.next = self.at_kill_pin0.q.val();
            self.cycle_kill_pin_1.next = self.at_kill_pin1.q.val();
        }
        self.cycle_licence_0.next = 0.into();
        self.cycle_licence_1.next = 0.into();
        if self.reason_lic.q.val() {
            self.cycle_licence_0.next = self.at_lic0.q.val();
            self.cycle_licence_1.next = self.at_lic1.q.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    /// The block with a free-running 64-bit cycle counter, as the core
    /// drives it.
    struct Bench {
        uut: Box<TripReasons>,
        cycle: u64,
    }

    /// One cycle's inputs.
    #[derive(Clone, Copy, Default)]
    struct In {
        cap_low: bool,
        kill_reg: bool,
        kill_pin: bool,
        lapsed: bool,
        decommission: bool,
        clear: bool,
    }

    impl Bench {
        fn new(start: u64) -> Self {
            let mut uut = Box::new(TripReasons::new());
            uut.cap_ok.next = true;
            uut.connect_all();
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            Bench { uut, cycle: start }
        }

        /// One cycle with `i`; returns whether a reason was newly set.
        fn cycle(&mut self, i: In) -> bool {
            let u = &mut self.uut;
            u.cap_ok.next = !i.cap_low;
            u.kill_reg.next = i.kill_reg;
            u.kill_pin.next = i.kill_pin;
            u.licence_lapsed.next = i.lapsed;
            u.decommission.next = i.decommission;
            u.clear.next = i.clear;
            u.cycle_0.next = u64::from(self.cycle as u32).into();
            u.cycle_1.next = (self.cycle >> 32).into();
            assert!(simulate(u.as_mut(), 100), "did not settle");
            let event = u.newly_set.val();
            u.clock.next = Clock { clk: true };
            assert!(simulate(u.as_mut(), 100), "did not settle");
            u.clock.next = Clock { clk: false };
            assert!(simulate(u.as_mut(), 100), "did not settle");
            self.cycle += 1;
            event
        }

        fn reasons(&self) -> u32 {
            self.uut.reasons.val().index() as u32
        }

        fn at(&self, lo: &Signal<Out, Bits<32>>, hi: &Signal<Out, Bits<32>>) -> u64 {
            (hi.val().index() as u64) << 32 | lo.val().index() as u64
        }
    }

    #[test]
    fn each_reason_keeps_the_cycle_it_was_set_in_across_the_word_carry() {
        // Start just below a carry into the upper cycle word.
        let start = (1u64 << 32) - 3;
        let mut b = Bench::new(start);
        assert_eq!(b.reasons(), 0);
        assert_eq!(b.at(&b.uut.cycle_cum_0, &b.uut.cycle_cum_1), 0);
        b.cycle(In::default());
        let cum_at = b.cycle;
        assert!(b.cycle(In {
            cap_low: true,
            ..In::default()
        }));
        // The cap stays low: no second event, the cycle holds.
        assert!(!b.cycle(In {
            cap_low: true,
            ..In::default()
        }));
        let pin_at = b.cycle;
        assert!(b.cycle(In {
            kill_pin: true,
            ..In::default()
        }));
        // The licence lapsed in the cycle before its (registered) event.
        let lic_at = b.cycle;
        b.cycle(In::default());
        assert!(b.cycle(In {
            lapsed: true,
            ..In::default()
        }));
        for _ in 0..5 {
            b.cycle(In {
                lapsed: true,
                ..In::default()
            });
        }
        assert_eq!(
            b.reasons(),
            trip::CUM_BUDGET | trip::KILL_PIN | trip::LICENSE_EXPIRED
        );
        let u = &b.uut;
        assert_eq!(b.at(&u.cycle_cum_0, &u.cycle_cum_1), cum_at);
        assert_eq!(b.at(&u.cycle_kill_pin_0, &u.cycle_kill_pin_1), pin_at);
        assert_eq!(b.at(&u.cycle_licence_0, &u.cycle_licence_1), lic_at);
        assert_eq!(b.at(&u.cycle_kill_reg_0, &u.cycle_kill_reg_1), 0);
        assert!(u.strict.val() && u.tripped.val() && !u.decommissioned.val());
        assert!(
            cum_at < 1 << 32 && lic_at >= 1 << 32,
            "the test spans the carry"
        );
    }

    #[test]
    fn clear_trip_clears_all_but_decommissioned_after_the_cycles_events() {
        let mut b = Bench::new(100);
        b.cycle(In {
            kill_reg: true,
            decommission: true,
            ..In::default()
        });
        assert_eq!(b.reasons(), trip::KILL_REG | trip::DECOMMISSIONED);
        // An event in the clearing cycle is cleared too; the interrupt
        // still sees it.
        assert!(b.cycle(In {
            kill_pin: true,
            clear: true,
            ..In::default()
        }));
        assert_eq!(b.reasons(), trip::DECOMMISSIONED);
        assert!(b.uut.strict.val(), "decommissioned stays strict");
        assert_eq!(b.at(&b.uut.cycle_kill_reg_0, &b.uut.cycle_kill_reg_1), 0);
        // A licence lapse in the clearing cycle does not reach the throttle.
        b.uut.licence_lapsed.next = true;
        b.uut.clear.next = true;
        assert!(simulate(b.uut.as_mut(), 100));
        assert!(!b.uut.licence_next.val());
        b.uut.clear.next = false;
        assert!(simulate(b.uut.as_mut(), 100));
        assert!(b.uut.licence_next.val());
        // Decommissioning is set once: a second one is no event.
        assert!(!b.cycle(In {
            decommission: true,
            ..In::default()
        }));
    }
}
