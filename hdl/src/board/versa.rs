//! Board top for the Lattice ECP5-5G Versa board (LFE5UM5G-45F-8BG381):
//! the whole card ([`CardTop`]: fuse, Ed25519 engine, crypto controller,
//! router), the demo accelerator and the UART bridge on the board's FTDI
//! USB-UART. Pins and clock: `constraints/ecp5-versa.lpf`.
//!
//! The device seed and the boot epoch are build-time constants here. A
//! production card takes the seed from eFUSE/PUF storage and the boot
//! epoch from a monotonic counter kept by its root of trust; a seed in
//! the bitstream can be read back by anyone holding the bitstream, and a
//! constant boot epoch lets a grant be replayed after a reload. This top
//! is for bring-up only (`docs/boards.md`).
//!
//! The Versa's PCIe x1 edge is not used: there is no open PCIe core for
//! the ECP5's SERDES, so the host reaches the card's AXI4-Lite port over
//! the UART instead of a BAR. LEDs as on the iCE40 board, but the Versa's
//! LEDs light on a low pin.

use super::accel_stub::AccelStub;
use super::status_leds::StatusLeds;
use super::uart_bridge::UartBridge;
use crate::axi::AxiLiteMaster;
use crate::card::CardTop;
use capfuse_abi::FuseParams;
use rust_hdl::core::prelude::*;

/// The ECP5 Versa board's top.
#[derive(LogicBlock)]
pub struct VersaBoard {
    /// The board's 100 MHz LVDS oscillator (pin P3, the P side).
    pub clock: Signal<In, Clock>,
    /// Serial line from the host (the FTDI UART's TXD).
    pub uart_rx: Signal<In, Bit>,
    /// Serial line to the host (the FTDI UART's RXD).
    pub uart_tx: Signal<Out, Bit>,
    /// The eight user LEDs, active low.
    pub led: Signal<Out, Bits<8>>,

    card: CardTop,
    accel: AccelStub,
    bridge: UartBridge,
    leds: StatusLeds,
    device_seed: Constant<Bits<256>>,
    boot_epoch: Constant<Bits<64>>,
}

/// The 256-bit seed port value of `seed`: byte i in bits 8i+7..8i, as the
/// card's `seed` port takes it.
pub fn seed_bits(seed: &[u8; 32]) -> Bits<256> {
    let mut bits = Bits::<256>::default();
    for (i, byte) in seed.iter().enumerate() {
        for b in 0..8 {
            bits = bits.replace_bit(8 * i + b, (byte >> b) & 1 == 1);
        }
    }
    bits
}

impl VersaBoard {
    /// The board top for a `clock_hz` clock, a UART at `baud`, the card
    /// with fuse parameters `params` and authority keys `keys` (threshold
    /// `k`), the device seed `seed`, boot epoch `boot_epoch`, and an
    /// accelerator doing `work_per_cycle` units per enabled cycle. Fails
    /// if the card cannot be built from `keys`/`k`; panics if the UART or
    /// accelerator parameters do not fit.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        clock_hz: u32,
        baud: u32,
        params: FuseParams,
        keys: &[[u8; 32]],
        k: u8,
        seed: &[u8; 32],
        boot_epoch: u64,
        work_per_cycle: u16,
    ) -> Result<Self, String> {
        Ok(Self {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led: Default::default(),
            card: CardTop::new(params, keys, k)?,
            accel: AccelStub::new(clock_hz, work_per_cycle, params.max_work_per_cycle),
            bridge: UartBridge::new(clock_hz, baud),
            leds: StatusLeds::new(true),
            device_seed: Constant::new(seed_bits(seed)),
            boot_epoch: Constant::new(boot_epoch.into()),
        })
    }
}

impl Logic for VersaBoard {
    #[hdl_gen]
    fn update(&mut self) {
        self.card.clock.next = self.clock.val();
        self.accel.clock.next = self.clock.val();
        self.bridge.clock.next = self.clock.val();

        self.bridge.rxd.next = self.uart_rx.val();
        self.uart_tx.next = self.bridge.txd.val();

        self.accel.clk_en.next = self.card.accel_clk_en.val();
        self.card.work_units.next = self.accel.work_units.val();
        self.card.kill.next = false;
        self.card.seed.next = self.device_seed.val();
        self.card.boot_epoch.next = self.boot_epoch.val();

        AxiLiteMaster::join(&mut self.bridge.m, &mut self.card.axi);

        self.leds.clk_en.next = self.card.accel_clk_en.val();
        self.leds.heartbeat.next = self.accel.heartbeat.val();
        self.leds.irq.next = self.card.irq.val();
        self.leds.busy.next = self.bridge.busy.val();
        self.led.next = self.leds.led.val();
    }
}
