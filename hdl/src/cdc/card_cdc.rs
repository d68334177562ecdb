//! The card behind a clock-domain crossing (`capfuse_card_cdc`): the host's
//! AXI4-Lite port and `irq` on `bus_clock`, everything else (the fuse core,
//! the crypto controller, the Ed25519 engine, the router) on `clock`, the
//! accelerator's clock (`docs/cdc.md`).
//!
//! The kill pin, the work units, the enable, the seed and the boot epoch
//! stay in the accelerator's domain and do not go through the crossing:
//! the kill pin still drops `accel_clk_en` at the next edge of `clock`.

use super::AxiLiteCdc;
use crate::axi::{AxiLiteMaster, AxiLiteSlave};
use crate::card::CardTop;
use capfuse_abi::FuseParams;
use rust_hdl::core::prelude::*;

/// [`CardTop`] with an [`AxiLiteCdc`] in front of its AXI4-Lite port.
#[derive(LogicBlock)]
pub struct CardCdc {
    /// The bus clock (the host's AXI4-Lite port and `irq`).
    pub bus_clock: Signal<In, Clock>,
    /// Synchronous reset of the bus side, active high (the AXI master's
    /// reset, e.g. the inverted `axi_aresetn` of a PCIe DMA engine). The
    /// fuse itself has no reset.
    pub bus_reset: Signal<In, Bit>,
    /// The host's AXI4-Lite port, on the bus clock (emitted as the flat
    /// `axi_*` pins).
    pub axi: AxiLiteSlave,
    /// Interrupt, synchronised to the bus clock.
    pub irq: Signal<Out, Bit>,
    /// The accelerator's (and the fuse's) clock.
    pub clock: Signal<In, Clock>,
    /// Work units the accelerator reports for the current cycle.
    pub work_units: Signal<In, Bits<16>>,
    /// Board kill pin, active high (accelerator clock domain).
    pub kill: Signal<In, Bit>,
    /// Registered clock enable for the accelerator.
    pub accel_clk_en: Signal<Out, Bit>,
    /// The device seed (eFUSE/PUF/BBRAM); byte i in bits 8i+7..8i.
    pub seed: Signal<In, Bits<256>>,
    /// The board's monotonic boot counter.
    pub boot_epoch: Signal<In, Bits<64>>,

    bridge: AxiLiteCdc,
    card: CardTop,
}

impl CardCdc {
    /// The card with fuse parameters `params` and the authority key set
    /// `keys` (slot order, 1..=8) with threshold `k` (errors as
    /// [`CardTop::new`]).
    pub fn new(params: FuseParams, keys: &[[u8; 32]], k: u8) -> Result<Self, String> {
        Ok(Self {
            bus_clock: Default::default(),
            bus_reset: Default::default(),
            axi: Default::default(),
            irq: Default::default(),
            clock: Default::default(),
            work_units: Default::default(),
            kill: Default::default(),
            accel_clk_en: Default::default(),
            seed: Default::default(),
            boot_epoch: Default::default(),
            bridge: AxiLiteCdc::new(),
            card: CardTop::new(params, keys, k)?,
        })
    }
}

impl Logic for CardCdc {
    #[hdl_gen]
    fn update(&mut self) {
        self.bridge.bus_clock.next = self.bus_clock.val();
        self.bridge.bus_reset.next = self.bus_reset.val();
        self.bridge.clock.next = self.clock.val();
        self.card.clock.next = self.clock.val();

        // ---- host <-> bridge (bus clock)
        AxiLiteSlave::link(&mut self.axi, &mut self.bridge.s);
        self.irq.next = self.bridge.s_irq.val();

        // ---- bridge <-> card (accelerator clock)
        AxiLiteMaster::join(&mut self.bridge.m, &mut self.card.axi);
        self.bridge.m_irq.next = self.card.irq.val();

        // ---- accelerator pins: no crossing
        self.card.work_units.next = self.work_units.val();
        self.card.kill.next = self.kill.val();
        self.accel_clk_en.next = self.card.accel_clk_en.val();
        self.card.seed.next = self.seed.val();
        self.card.boot_epoch.next = self.boot_epoch.val();
    }
}
