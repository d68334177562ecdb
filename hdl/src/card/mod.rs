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

use crate::axi::{AxiLiteMaster, AxiLiteSlave};
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
    /// The host's AXI4-Lite port (emitted as the flat `axi_*` pins).
    pub axi: AxiLiteSlave,
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
            axi: Default::default(),
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

        // ---- host <-> router <-> fuse core, CryptoCtl
        AxiLiteSlave::link(&mut self.axi, &mut self.router.host);
        AxiLiteMaster::join(&mut self.router.fuse, &mut self.fuse.axi);
        AxiLiteMaster::join(&mut self.router.ctl, &mut self.ctl.axi);

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
