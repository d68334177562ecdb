//! The accelerator's clock enable and why it is what it is
//! (`docs/fuse-core.md`, "Throttle and enable"): every cycle is exactly one of enabled,
//! stopped, paced or throttled, in that order of precedence from the
//! bottom up (a stop wins over the window, the window over the throttle).
//!
//! - **stopped**: the kill pin or `KILL`, the cap (`cap_ok` low), a write to
//!   a register that holds the enable, a grant being applied,
//!   `DECOMMISSIONED`, or a strict trip reason outside the throttle's
//!   pulse;
//! - **paced**: otherwise, the window has less than `W` left;
//! - **throttled**: otherwise, no throttle pulse this cycle;
//! - **enabled**: none of these.
//!
//! Everything is registered: the enable and the reason for it take effect
//! at the next edge. The inputs are the core's ports, registers and other
//! blocks' outputs (see "Blocks" in `docs/fuse-core.md`).

use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The enable decision and the registered reasons for it.
#[derive(LogicBlock)]
pub struct ClockEnable {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// The board's kill pin.
    pub kill_pin: Signal<In, Bit>,
    /// `KILL` as it stands after this cycle's write.
    pub kill_reg: Signal<In, Bit>,
    /// The cap slack holds `W` after this cycle (the cap block's `ok`).
    pub cap_ok: Signal<In, Bit>,
    /// The window slack holds `W` after this cycle (the pacer's `ok`).
    pub window_ok: Signal<In, Bit>,
    /// A write to a register that holds the enable is under way.
    pub write_hold: Signal<In, Bit>,
    /// A grant is being applied.
    pub grant_hold: Signal<In, Bit>,
    /// `DECOMMISSIONED` is set.
    pub decommissioned: Signal<In, Bit>,
    /// A strict trip reason is set: the enable needs a throttle pulse.
    pub strict: Signal<In, Bit>,
    /// The throttle's pulse for this cycle.
    pub pulse: Signal<In, Bit>,
    /// The accelerator's clock enable (registered).
    pub enable: Signal<Out, Bit>,
    /// This cycle is stopped (`STOPPED_CYCLES` counts it).
    pub stopped: Signal<Out, Bit>,
    /// This cycle is paced by the window (`PACED_CYCLES`).
    pub paced: Signal<Out, Bit>,
    /// This cycle is throttled (`THROTTLED_CYCLES`).
    pub throttled: Signal<Out, Bit>,
    /// The cap stopped this cycle (`STATUS.CAPPED`).
    pub capped: Signal<Out, Bit>,
    /// The window had less than `W` left (`STATUS.PACED`).
    pub window_low: Signal<Out, Bit>,
    /// A write or a grant held the enable (`STATUS.HELD`).
    pub held: Signal<Out, Bit>,
    /// The kill pin was high (`STATUS.KILL_PIN`).
    pub kill_pin_seen: Signal<Out, Bit>,

    en: Reg<Bit>,
    stop_q: Reg<Bit>,
    paced_q: Reg<Bit>,
    throttled_q: Reg<Bit>,
    capped_q: Reg<Bit>,
    win_low_q: Reg<Bit>,
    hold_q: Reg<Bit>,
    kill_pin_q: Reg<Bit>,
    kill_now: Signal<Local, Bit>,
    stop: Signal<Local, Bit>,
    pace: Signal<Local, Bit>,
    thr: Signal<Local, Bit>,
}

impl ClockEnable {
    /// The enable at power-up: low, the cycle counted as stopped.
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            kill_pin: Default::default(),
            kill_reg: Default::default(),
            cap_ok: Default::default(),
            window_ok: Default::default(),
            write_hold: Default::default(),
            grant_hold: Default::default(),
            decommissioned: Default::default(),
            strict: Default::default(),
            pulse: Default::default(),
            enable: Default::default(),
            stopped: Default::default(),
            paced: Default::default(),
            throttled: Default::default(),
            capped: Default::default(),
            window_low: Default::default(),
            held: Default::default(),
            kill_pin_seen: Default::default(),
            en: Reg::new(false),
            stop_q: Reg::new(true),
            paced_q: Reg::new(false),
            throttled_q: Reg::new(false),
            capped_q: Reg::new(false),
            win_low_q: Reg::new(false),
            hold_q: Reg::new(false),
            kill_pin_q: Reg::new(false),
            kill_now: Default::default(),
            stop: Default::default(),
            pace: Default::default(),
            thr: Default::default(),
        }
    }
}

impl Default for ClockEnable {
    fn default() -> Self {
        Self::new()
    }
}

impl Logic for ClockEnable {
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
            kill_pin_q
        );
        self.enable.next = self.en.q.val();
        self.stopped.next = self.stop_q.q.val();
        self.paced.next = self.paced_q.q.val();
        self.throttled.next = self.throttled_q.q.val();
        self.capped.next = self.capped_q.q.val();
        self.window_low.next = self.win_low_q.q.val();
        self.held.next = self.hold_q.q.val();
        self.kill_pin_seen.next = self.kill_pin_q.q.val();

        self.kill_now.next = self.kill_pin.val() | self.kill_reg.val();
        self.stop.next = self.kill_now.val()
            | !self.cap_ok.val()
            | self.write_hold.val()
            | self.grant_hold.val()
            | self.decommissioned.val()
            | (self.strict.val() & !self.pulse.val());
        self.pace.next = !self.stop.val() & !self.window_ok.val();
        self.thr.next = !self.stop.val() & !self.pace.val() & !self.pulse.val();
        self.en.d.next = !self.stop.val() & !self.pace.val() & !self.thr.val();
        self.stop_q.d.next = self.stop.val();
        self.paced_q.d.next = self.pace.val();
        self.throttled_q.d.next = self.thr.val();
        self.capped_q.d.next = !self.cap_ok.val();
        self.win_low_q.d.next = !self.window_ok.val();
        self.hold_q.d.next = self.write_hold.val() | self.grant_hold.val();
        self.kill_pin_q.d.next = self.kill_pin.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    #[test]
    fn every_cycle_is_exactly_one_of_enabled_stopped_paced_throttled() {
        let mut uut = Box::new(ClockEnable::new());
        uut.connect_all();
        assert!(simulate(uut.as_mut(), 100), "did not settle");
        assert!(!uut.enable.val() && uut.stopped.val(), "power-up: stopped");
        // Every combination of the nine inputs, in Gray-code order so each
        // step changes one input after a different history.
        for n in 0u32..(1 << 9) {
            let g = n ^ (n >> 1);
            let bit = |i: u32| g >> i & 1 == 1;
            let (kill_pin, kill_reg, cap_ok, window_ok, write_hold) =
                (bit(0), bit(1), bit(2), bit(3), bit(4));
            let (grant_hold, decom, strict, pulse) = (bit(5), bit(6), bit(7), bit(8));
            uut.kill_pin.next = kill_pin;
            uut.kill_reg.next = kill_reg;
            uut.cap_ok.next = cap_ok;
            uut.window_ok.next = window_ok;
            uut.write_hold.next = write_hold;
            uut.grant_hold.next = grant_hold;
            uut.decommissioned.next = decom;
            uut.strict.next = strict;
            uut.pulse.next = pulse;
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            uut.clock.next = Clock { clk: true };
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            uut.clock.next = Clock { clk: false };
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            let (en, st, pa, th) = (
                uut.enable.val(),
                uut.stopped.val(),
                uut.paced.val(),
                uut.throttled.val(),
            );
            let at = format!("inputs {g:09b}");
            assert_eq!(
                u8::from(en) + u8::from(st) + u8::from(pa) + u8::from(th),
                1,
                "{at}"
            );
            // Each stop reason stops, whatever the window and the throttle.
            let stop = kill_pin
                || kill_reg
                || !cap_ok
                || write_hold
                || grant_hold
                || decom
                || (strict && !pulse);
            assert_eq!(st, stop, "{at}");
            if !stop {
                assert_eq!(pa, !window_ok, "{at}: the window paces next");
                assert_eq!(th, window_ok && !pulse, "{at}: then the throttle");
                assert_eq!(en, window_ok && pulse, "{at}: else enabled");
            }
            // The status reasons are their inputs, a cycle late.
            assert_eq!(uut.capped.val(), !cap_ok, "{at}");
            assert_eq!(uut.window_low.val(), !window_ok, "{at}");
            assert_eq!(uut.held.val(), write_hold || grant_hold, "{at}");
            assert_eq!(uut.kill_pin_seen.val(), kill_pin, "{at}");
        }
    }
}
