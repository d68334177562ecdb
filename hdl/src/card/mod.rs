//! The card top (`capfuse_card`): the fuse core, the Ed25519 engine, the
//! crypto controller and the AXI4-Lite router (`docs/design-card.md`).
//!
//! Every output of the card is a register of the router or the fuse core.
//! The authority key set (keys, n, k, digest) is built into `CryptoCtl` as
//! ROM and constants.

pub mod crypto_ctl;
pub mod router;

pub use crypto_ctl::{AuthorityRom, CryptoCtl};
pub use router::Router;

use crate::ed25519::engine::Ed25519Engine;
use crate::FuseCore;
use capfuse_abi::FuseParams;
use rust_hdl::core::prelude::*;

/// The whole card.
#[derive(LogicBlock)]
pub struct CardTop {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Work units the accelerator reports for the current cycle.
    pub work_units: Signal<In, Bits<16>>,
    /// Board kill pin, active high.
    pub kill: Signal<In, Bit>,
    /// Registered clock enable for the accelerator.
    pub accel_clk_en: Signal<Out, Bit>,
    /// Interrupt.
    pub irq: Signal<Out, Bit>,
    /// AXI4-Lite write address valid.
    pub axi_awvalid: Signal<In, Bit>,
    /// AXI4-Lite write address ready.
    pub axi_awready: Signal<Out, Bit>,
    /// AXI4-Lite write byte address.
    pub axi_awaddr: Signal<In, Bits<12>>,
    /// AXI4-Lite write data valid.
    pub axi_wvalid: Signal<In, Bit>,
    /// AXI4-Lite write data ready.
    pub axi_wready: Signal<Out, Bit>,
    /// AXI4-Lite write data.
    pub axi_wdata: Signal<In, Bits<32>>,
    /// AXI4-Lite write byte strobes.
    pub axi_wstrb: Signal<In, Bits<4>>,
    /// AXI4-Lite write response valid.
    pub axi_bvalid: Signal<Out, Bit>,
    /// AXI4-Lite write response ready.
    pub axi_bready: Signal<In, Bit>,
    /// AXI4-Lite write response.
    pub axi_bresp: Signal<Out, Bits<2>>,
    /// AXI4-Lite read address valid.
    pub axi_arvalid: Signal<In, Bit>,
    /// AXI4-Lite read address ready.
    pub axi_arready: Signal<Out, Bit>,
    /// AXI4-Lite read byte address.
    pub axi_araddr: Signal<In, Bits<12>>,
    /// AXI4-Lite read data valid.
    pub axi_rvalid: Signal<Out, Bit>,
    /// AXI4-Lite read data ready.
    pub axi_rready: Signal<In, Bit>,
    /// AXI4-Lite read data.
    pub axi_rdata: Signal<Out, Bits<32>>,
    /// AXI4-Lite read response.
    pub axi_rresp: Signal<Out, Bits<2>>,
    /// The device seed (eFUSE/PUF/BBRAM); byte i in bits 8i+7..8i.
    pub seed: Signal<In, Bits<256>>,
    /// The board's monotonic boot counter.
    pub boot_epoch: Signal<In, Bits<64>>,

    router: Router,
    fuse: FuseCore,
    ctl: CryptoCtl,
    ed: Ed25519Engine,
}

impl CardTop {
    /// The card with fuse parameters `params` and the authority key set
    /// `keys` (slot order, 1..=8) with threshold `k`.
    pub fn new(params: FuseParams, keys: &[[u8; 32]], k: u8) -> Result<Self, String> {
        let rom = AuthorityRom::new(keys, k)?;
        params
            .validate()
            .map_err(|e| format!("invalid fuse parameters: {e}"))?;
        Ok(Self {
            clock: Default::default(),
            work_units: Default::default(),
            kill: Default::default(),
            accel_clk_en: Default::default(),
            irq: Default::default(),
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
            seed: Default::default(),
            boot_epoch: Default::default(),
            router: Router::new(),
            fuse: FuseCore::new(params),
            ctl: CryptoCtl::new(&rom),
            ed: Ed25519Engine::new(),
        })
    }
}

impl Logic for CardTop {
    #[hdl_gen]
    fn update(&mut self) {
        self.router.clock.next = self.clock.val();
        self.fuse.clock.next = self.clock.val();
        self.ctl.clock.next = self.clock.val();
        self.ed.clock.next = self.clock.val();

        // ---- host <-> router
        self.router.s_awvalid.next = self.axi_awvalid.val();
        self.router.s_awaddr.next = self.axi_awaddr.val();
        self.router.s_wvalid.next = self.axi_wvalid.val();
        self.router.s_wdata.next = self.axi_wdata.val();
        self.router.s_wstrb.next = self.axi_wstrb.val();
        self.router.s_bready.next = self.axi_bready.val();
        self.router.s_arvalid.next = self.axi_arvalid.val();
        self.router.s_araddr.next = self.axi_araddr.val();
        self.router.s_rready.next = self.axi_rready.val();
        self.axi_awready.next = self.router.s_awready.val();
        self.axi_wready.next = self.router.s_wready.val();
        self.axi_bvalid.next = self.router.s_bvalid.val();
        self.axi_bresp.next = self.router.s_bresp.val();
        self.axi_arready.next = self.router.s_arready.val();
        self.axi_rvalid.next = self.router.s_rvalid.val();
        self.axi_rdata.next = self.router.s_rdata.val();
        self.axi_rresp.next = self.router.s_rresp.val();

        // ---- router <-> fuse core
        self.fuse.axi_awvalid.next = self.router.f_awvalid.val();
        self.fuse.axi_awaddr.next = self.router.m_awaddr.val();
        self.fuse.axi_wvalid.next = self.router.f_wvalid.val();
        self.fuse.axi_wdata.next = self.router.m_wdata.val();
        self.fuse.axi_wstrb.next = self.router.m_wstrb.val();
        self.fuse.axi_bready.next = true;
        self.fuse.axi_arvalid.next = self.router.f_arvalid.val();
        self.fuse.axi_araddr.next = self.router.m_araddr.val();
        self.fuse.axi_rready.next = true;
        self.router.f_awready.next = self.fuse.axi_awready.val();
        self.router.f_wready.next = self.fuse.axi_wready.val();
        self.router.f_bvalid.next = self.fuse.axi_bvalid.val();
        self.router.f_bresp.next = self.fuse.axi_bresp.val();
        self.router.f_arready.next = self.fuse.axi_arready.val();
        self.router.f_rvalid.next = self.fuse.axi_rvalid.val();
        self.router.f_rdata.next = self.fuse.axi_rdata.val();
        self.router.f_rresp.next = self.fuse.axi_rresp.val();

        // ---- router <-> CryptoCtl
        self.ctl.axi_awvalid.next = self.router.c_awvalid.val();
        self.ctl.axi_awaddr.next = self.router.m_awaddr.val();
        self.ctl.axi_wvalid.next = self.router.c_wvalid.val();
        self.ctl.axi_wdata.next = self.router.m_wdata.val();
        self.ctl.axi_wstrb.next = self.router.m_wstrb.val();
        self.ctl.axi_bready.next = true;
        self.ctl.axi_arvalid.next = self.router.c_arvalid.val();
        self.ctl.axi_araddr.next = self.router.m_araddr.val();
        self.ctl.axi_rready.next = true;
        self.router.c_awready.next = self.ctl.axi_awready.val();
        self.router.c_wready.next = self.ctl.axi_wready.val();
        self.router.c_bvalid.next = self.ctl.axi_bvalid.val();
        self.router.c_bresp.next = self.ctl.axi_bresp.val();
        self.router.c_arready.next = self.ctl.axi_arready.val();
        self.router.c_rvalid.next = self.ctl.axi_rvalid.val();
        self.router.c_rdata.next = self.ctl.axi_rdata.val();
        self.router.c_rresp.next = self.ctl.axi_rresp.val();

        // ---- fuse core pins and side ports
        self.fuse.work_units.next = self.work_units.val();
        self.fuse.kill.next = self.kill.val();
        self.accel_clk_en.next = self.fuse.accel_clk_en.val();
        self.irq.next = self.fuse.irq.val();
        self.fuse.snap_req.next = self.ctl.snap_req.val();
        self.fuse.snap_addr.next = self.ctl.snap_addr.val();
        self.ctl.snap_data.next = self.fuse.snap_data.val();
        self.fuse.grant_we.next = self.ctl.grant_we.val();
        self.fuse.grant_addr.next = self.ctl.grant_addr.val();
        self.fuse.grant_wdata.next = self.ctl.grant_wdata.val();
        self.fuse.grant_apply.next = self.ctl.grant_apply.val();
        self.ctl.grant_expired.next = self.fuse.grant_expired.val();
        self.ctl.report_due.next = self.fuse.report_due.val();
        self.fuse.report_ready.next = self.ctl.report_ready.val();
        self.fuse.grant_done.next = self.ctl.grant_done.val();

        // ---- CryptoCtl <-> engine
        self.ctl.seed.next = self.seed.val();
        self.ctl.boot_epoch.next = self.boot_epoch.val();
        self.ed.seed.next = self.ctl.ed_seed.val();
        self.ed.cmd_start.next = self.ctl.ed_cmd_start.val();
        self.ed.cmd_op.next = self.ctl.ed_cmd_op.val();
        self.ed.msg_len.next = self.ctl.ed_msg_len.val();
        self.ed.buf_we.next = self.ctl.ed_buf_we.val();
        self.ed.buf_waddr.next = self.ctl.ed_buf_waddr.val();
        self.ed.buf_wdata.next = self.ctl.ed_buf_wdata.val();
        self.ed.res_addr.next = self.ctl.ed_res_addr.val();
        self.ctl.ed_res_data.next = self.ed.res_data.val();
        self.ctl.ed_busy.next = self.ed.busy.val();
        self.ctl.ed_done.next = self.ed.done.val();
        self.ctl.ed_status.next = self.ed.status.val();
    }
}
