//! The fuse alone behind a clock-domain crossing (`capfuse_fuse_cdc`):
//! [`FuseOnly`] on `clock` (the accelerator's), its AXI4-Lite port and
//! `irq` moved to `bus_clock` by an [`AxiLiteCdc`] (`docs/cdc.md`).
//!
//! The kill pin, the work units and the enable stay in the accelerator's
//! domain and do not go through the crossing: the kill pin still drops
//! `accel_clk_en` at the next edge of `clock`.

use super::AxiLiteCdc;
use crate::axi::{AxiLiteMaster, AxiLiteSlave};
use crate::FuseOnly;
use capfuse_abi::FuseParams;
use rust_hdl::core::prelude::*;

/// [`FuseOnly`] with an [`AxiLiteCdc`] in front of its AXI4-Lite port.
#[derive(LogicBlock)]
pub struct FuseCdc {
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

    bridge: AxiLiteCdc,
    fuse: FuseOnly,
}

impl FuseCdc {
    /// The fuse with generator parameters `params` (panics if they are
    /// invalid, as [`FuseOnly::new`] does).
    pub fn new(params: FuseParams) -> Self {
        Self {
            bus_clock: Default::default(),
            bus_reset: Default::default(),
            axi: Default::default(),
            irq: Default::default(),
            clock: Default::default(),
            work_units: Default::default(),
            kill: Default::default(),
            accel_clk_en: Default::default(),
            bridge: AxiLiteCdc::new(),
            fuse: FuseOnly::new(params),
        }
    }
}

impl Logic for FuseCdc {
    #[hdl_gen]
    fn update(&mut self) {
        self.bridge.bus_clock.next = self.bus_clock.val();
        self.bridge.bus_reset.next = self.bus_reset.val();
        self.bridge.clock.next = self.clock.val();
        self.fuse.clock.next = self.clock.val();

        // ---- host <-> bridge (bus clock)
        AxiLiteSlave::link(&mut self.axi, &mut self.bridge.s);
        self.irq.next = self.bridge.s_irq.val();

        // ---- bridge <-> fuse (accelerator clock)
        AxiLiteMaster::join(&mut self.bridge.m, &mut self.fuse.axi);
        self.bridge.m_irq.next = self.fuse.irq.val();

        // ---- accelerator pins: no crossing
        self.fuse.work_units.next = self.work_units.val();
        self.fuse.kill.next = self.kill.val();
        self.accel_clk_en.next = self.fuse.accel_clk_en.val();
    }
}
