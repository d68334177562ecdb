//! The status LEDs both boards show: the accelerator's clock enable, its
//! heartbeat, the fuse's interrupt and the bridge's busy flag on LEDs 0–3,
//! the other four off; inverted for boards whose LEDs light on a low pin.

use rust_hdl::core::prelude::*;

/// The LED pattern.
#[derive(LogicBlock)]
pub struct StatusLeds {
    /// The accelerator's clock enable (LED 0).
    pub clk_en: Signal<In, Bit>,
    /// The accelerator's heartbeat (LED 1).
    pub heartbeat: Signal<In, Bit>,
    /// The fuse's interrupt (LED 2).
    pub irq: Signal<In, Bit>,
    /// The bridge's busy flag (LED 3).
    pub busy: Signal<In, Bit>,
    /// The eight LED pins.
    pub led: Signal<Out, Bits<8>>,

    l0: Signal<Local, Bits<8>>,
    l1: Signal<Local, Bits<8>>,
    l2: Signal<Local, Bits<8>>,
    l3: Signal<Local, Bits<8>>,
    lit: Signal<Local, Bits<8>>,
    b0: Constant<Bits<8>>,
    b1: Constant<Bits<8>>,
    b2: Constant<Bits<8>>,
    b3: Constant<Bits<8>>,
    active_low: Constant<Bit>,
}

impl StatusLeds {
    /// The pattern for LEDs that light on a high pin, or on a low one
    /// with `active_low`.
    pub fn new(active_low: bool) -> Self {
        Self {
            clk_en: Default::default(),
            heartbeat: Default::default(),
            irq: Default::default(),
            busy: Default::default(),
            led: Default::default(),
            l0: Default::default(),
            l1: Default::default(),
            l2: Default::default(),
            l3: Default::default(),
            lit: Default::default(),
            b0: Constant::new(1.into()),
            b1: Constant::new(2.into()),
            b2: Constant::new(4.into()),
            b3: Constant::new(8.into()),
            active_low: Constant::new(active_low),
        }
    }
}

impl Logic for StatusLeds {
    #[hdl_gen]
    fn update(&mut self) {
        self.l0.next = 0.into();
        if self.clk_en.val() {
            self.l0.next = self.b0.val();
        }
        self.l1.next = 0.into();
        if self.heartbeat.val() {
            self.l1.next = self.b1.val();
        }
        self.l2.next = 0.into();
        if self.irq.val() {
            self.l2.next = self.b2.val();
        }
        self.l3.next = 0.into();
        if self.busy.val() {
            self.l3.next = self.b3.val();
        }
        self.lit.next = self.l0.val() | self.l1.val() | self.l2.val() | self.l3.val();
        self.led.next = self.lit.val();
        if self.active_low.val() {
            self.led.next = !self.lit.val();
        }
    }
}
