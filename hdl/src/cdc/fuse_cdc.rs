//! The fuse alone behind a clock-domain crossing (`capfuse_fuse_cdc`):
//! [`FuseOnly`] on `clock` (the accelerator's), its AXI4-Lite port and
//! `irq` moved to `bus_clock` by an [`AxiLiteCdc`] (`docs/cdc.md`).
//!
//! The kill pin, the work units and the enable stay in the accelerator's
//! domain and do not go through the crossing: the kill pin still drops
//! `accel_clk_en` at the next edge of `clock`.

use super::AxiLiteCdc;
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
    /// AXI4-Lite write address valid (bus clock).
    pub axi_awvalid: Signal<In, Bit>,
    /// AXI4-Lite write address ready (bus clock).
    pub axi_awready: Signal<Out, Bit>,
    /// AXI4-Lite write byte address (bus clock).
    pub axi_awaddr: Signal<In, Bits<12>>,
    /// AXI4-Lite write data valid (bus clock).
    pub axi_wvalid: Signal<In, Bit>,
    /// AXI4-Lite write data ready (bus clock).
    pub axi_wready: Signal<Out, Bit>,
    /// AXI4-Lite write data (bus clock).
    pub axi_wdata: Signal<In, Bits<32>>,
    /// AXI4-Lite write byte strobes (bus clock).
    pub axi_wstrb: Signal<In, Bits<4>>,
    /// AXI4-Lite write response valid (bus clock).
    pub axi_bvalid: Signal<Out, Bit>,
    /// AXI4-Lite write response ready (bus clock).
    pub axi_bready: Signal<In, Bit>,
    /// AXI4-Lite write response (bus clock).
    pub axi_bresp: Signal<Out, Bits<2>>,
    /// AXI4-Lite read address valid (bus clock).
    pub axi_arvalid: Signal<In, Bit>,
    /// AXI4-Lite read address ready (bus clock).
    pub axi_arready: Signal<Out, Bit>,
    /// AXI4-Lite read byte address (bus clock).
    pub axi_araddr: Signal<In, Bits<12>>,
    /// AXI4-Lite read data valid (bus clock).
    pub axi_rvalid: Signal<Out, Bit>,
    /// AXI4-Lite read data ready (bus clock).
    pub axi_rready: Signal<In, Bit>,
    /// AXI4-Lite read data (bus clock).
    pub axi_rdata: Signal<Out, Bits<32>>,
    /// AXI4-Lite read response (bus clock).
    pub axi_rresp: Signal<Out, Bits<2>>,
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
            axi_awvalid: Default::default(),
            axi_awready: Default::default(),
            axi_awaddr: Default::default(),
            axi_wvalid: Default::default(),
            axi_wready: Default::default(),
            axi_wdata: Default::default(),
            axi_wstrb: Default::default(),
            axi_bvalid: Default::default(),
            axi_bready: Default::default(),
            axi_bresp: Default::default(),
            axi_arvalid: Default::default(),
            axi_arready: Default::default(),
            axi_araddr: Default::default(),
            axi_rvalid: Default::default(),
            axi_rready: Default::default(),
            axi_rdata: Default::default(),
            axi_rresp: Default::default(),
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
        self.bridge.s_awvalid.next = self.axi_awvalid.val();
        self.axi_awready.next = self.bridge.s_awready.val();
        self.bridge.s_awaddr.next = self.axi_awaddr.val();
        self.bridge.s_wvalid.next = self.axi_wvalid.val();
        self.axi_wready.next = self.bridge.s_wready.val();
        self.bridge.s_wdata.next = self.axi_wdata.val();
        self.bridge.s_wstrb.next = self.axi_wstrb.val();
        self.axi_bvalid.next = self.bridge.s_bvalid.val();
        self.bridge.s_bready.next = self.axi_bready.val();
        self.axi_bresp.next = self.bridge.s_bresp.val();
        self.bridge.s_arvalid.next = self.axi_arvalid.val();
        self.axi_arready.next = self.bridge.s_arready.val();
        self.bridge.s_araddr.next = self.axi_araddr.val();
        self.axi_rvalid.next = self.bridge.s_rvalid.val();
        self.bridge.s_rready.next = self.axi_rready.val();
        self.axi_rdata.next = self.bridge.s_rdata.val();
        self.axi_rresp.next = self.bridge.s_rresp.val();
        self.irq.next = self.bridge.s_irq.val();

        // ---- bridge <-> fuse (accelerator clock)
        self.fuse.axi_awvalid.next = self.bridge.m_awvalid.val();
        self.bridge.m_awready.next = self.fuse.axi_awready.val();
        self.fuse.axi_awaddr.next = self.bridge.m_awaddr.val();
        self.fuse.axi_wvalid.next = self.bridge.m_wvalid.val();
        self.bridge.m_wready.next = self.fuse.axi_wready.val();
        self.fuse.axi_wdata.next = self.bridge.m_wdata.val();
        self.fuse.axi_wstrb.next = self.bridge.m_wstrb.val();
        self.bridge.m_bvalid.next = self.fuse.axi_bvalid.val();
        self.fuse.axi_bready.next = self.bridge.m_bready.val();
        self.bridge.m_bresp.next = self.fuse.axi_bresp.val();
        self.fuse.axi_arvalid.next = self.bridge.m_arvalid.val();
        self.bridge.m_arready.next = self.fuse.axi_arready.val();
        self.fuse.axi_araddr.next = self.bridge.m_araddr.val();
        self.bridge.m_rvalid.next = self.fuse.axi_rvalid.val();
        self.fuse.axi_rready.next = self.bridge.m_rready.val();
        self.bridge.m_rdata.next = self.fuse.axi_rdata.val();
        self.bridge.m_rresp.next = self.fuse.axi_rresp.val();
        self.bridge.m_irq.next = self.fuse.irq.val();

        // ---- accelerator pins: no crossing
        self.fuse.work_units.next = self.work_units.val();
        self.fuse.kill.next = self.kill.val();
        self.accel_clk_en.next = self.fuse.accel_clk_en.val();
    }
}
