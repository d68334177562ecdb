//! Board top for the Lattice iCE40-HX8K breakout board (ICE40HX8K-B-EVN):
//! the fuse alone ([`FuseOnly`], no crypto: the HX8K is too small for the
//! Ed25519 engine), the demo accelerator and the UART bridge on the
//! board's FTDI channel B. Pins: `constraints/ice40-hx8k.pcf`.
//!
//! LEDs (active high on this board): 0 the accelerator's clock enable
//! (its brightness is the duty cycle), 1 the accelerator's heartbeat,
//! 2 the fuse's interrupt (a trip, with the power-up `INTR_ENABLE`),
//! 3 the bridge busy with a command, 4–7 off. The board has no kill
//! input: the `KILL` register (over the UART) stops the accelerator.

use super::accel_stub::AccelStub;
use super::status_leds::StatusLeds;
use super::uart_bridge::UartBridge;
use crate::axi::AxiLiteMaster;
use crate::FuseOnly;
use capfuse_abi::FuseParams;
use rust_hdl::core::prelude::*;

/// The iCE40-HX8K breakout board's top.
#[derive(LogicBlock)]
pub struct Ice40Board {
    /// The board's 12 MHz oscillator (pin J3).
    pub clock: Signal<In, Clock>,
    /// Serial line from the host (FTDI channel B TXD).
    pub uart_rx: Signal<In, Bit>,
    /// Serial line to the host (FTDI channel B RXD).
    pub uart_tx: Signal<Out, Bit>,
    /// The eight user LEDs, active high.
    pub led: Signal<Out, Bits<8>>,

    fuse: FuseOnly,
    accel: AccelStub,
    bridge: UartBridge,
    leds: StatusLeds,
}

impl Ice40Board {
    /// The board top for a `clock_hz` clock, a UART at `baud`, fuse
    /// generator parameters `params` and an accelerator doing
    /// `work_per_cycle` units per enabled cycle. Panics if any of them
    /// does not fit (see [`UartBridge::new`], [`AccelStub::new`],
    /// [`FuseOnly::new`]).
    pub fn new(clock_hz: u32, baud: u32, params: FuseParams, work_per_cycle: u16) -> Self {
        Self::with_bridge(
            UartBridge::new(clock_hz, baud),
            clock_hz,
            params,
            work_per_cycle,
        )
    }

    /// The board top with a given bridge (tests use a short frame
    /// timeout).
    pub fn with_bridge(
        bridge: UartBridge,
        clock_hz: u32,
        params: FuseParams,
        work_per_cycle: u16,
    ) -> Self {
        Self {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led: Default::default(),
            fuse: FuseOnly::new(params),
            accel: AccelStub::new(clock_hz, work_per_cycle, params.max_work_per_cycle),
            bridge,
            leds: StatusLeds::new(false),
        }
    }
}

impl Logic for Ice40Board {
    #[hdl_gen]
    fn update(&mut self) {
        self.fuse.clock.next = self.clock.val();
        self.accel.clock.next = self.clock.val();
        self.bridge.clock.next = self.clock.val();

        self.bridge.rxd.next = self.uart_rx.val();
        self.uart_tx.next = self.bridge.txd.val();

        self.accel.clk_en.next = self.fuse.accel_clk_en.val();
        self.fuse.work_units.next = self.accel.work_units.val();
        self.fuse.kill.next = false;

        AxiLiteMaster::join(&mut self.bridge.m, &mut self.fuse.axi);

        self.leds.clk_en.next = self.fuse.accel_clk_en.val();
        self.leds.heartbeat.next = self.accel.heartbeat.val();
        self.leds.irq.next = self.fuse.irq.val();
        self.leds.busy.next = self.bridge.busy.val();
        self.led.next = self.leds.led.val();
    }
}
