//! The card's AXI4-Lite router: one slave port toward the host (`host`),
//! two master ports, address bit 11 clear to the fuse core (`fuse`), set to
//! `CryptoCtl` (`ctl`).
//!
//! It is a registered request/response stage, so every output of the card
//! stays a function of registers (as the fuse core's are): a request is
//! captured, then forwarded from registers, and the slave's response is
//! captured before the host sees it. One write and one read are outstanding
//! at a time (each channel independently), as on the fuse core.
//!
//! Timing, from the host's handshake to its response: a read of a
//! fuse-core register takes 4 cycles (2 on the bare core), of a `CryptoCtl`
//! register 4; a write (from the later of its two handshakes) 9 cycles to a
//! fuse-core register, 5 to a `CryptoCtl` one. The slaves' `bready` and
//! `rready` are tied high: a slave only answers the one
//! request the router forwarded, and the router has room for it.

use crate::axi::{AxiLiteMaster, AxiLiteSlave};
use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The AXI4-Lite router.
#[derive(LogicBlock)]
pub struct Router {
    /// The one clock.
    pub clock: Signal<In, Clock>,

    /// The host: the card's AXI4-Lite port.
    pub host: AxiLiteSlave,

    /// Toward the fuse core (address bit 11 clear).
    pub fuse: AxiLiteMaster,

    /// Toward `CryptoCtl` (address bit 11 set).
    pub ctl: AxiLiteMaster,

    aw_full: Reg<Bit>,
    aw_addr: Reg<Bits<12>>,
    w_full: Reg<Bit>,
    w_data: Reg<Bits<32>>,
    w_strb: Reg<Bits<4>>,
    w_busy: Reg<Bit>,
    fwd_aw: Reg<Bit>,
    fwd_w: Reg<Bit>,
    bvalid: Reg<Bit>,
    bresp: Reg<Bits<2>>,
    ar_full: Reg<Bit>,
    ar_addr: Reg<Bits<12>>,
    fwd_ar: Reg<Bit>,
    rvalid: Reg<Bit>,
    rdata: Reg<Bits<32>>,
    rresp: Reg<Bits<2>>,

    w_sel: Signal<Local, Bit>,
    r_sel: Signal<Local, Bit>,
    m_awready: Signal<Local, Bit>,
    m_wready: Signal<Local, Bit>,
    m_bvalid: Signal<Local, Bit>,
    m_bresp: Signal<Local, Bits<2>>,
    m_arready: Signal<Local, Bit>,
    m_rvalid: Signal<Local, Bit>,
    m_rdata: Signal<Local, Bits<32>>,
    m_rresp: Signal<Local, Bits<2>>,
}

impl Default for Router {
    fn default() -> Self {
        Self::new()
    }
}

impl Router {
    /// A router with nothing in flight.
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            host: Default::default(),
            fuse: Default::default(),
            ctl: Default::default(),
            aw_full: Reg::new(false),
            aw_addr: Reg::default(),
            w_full: Reg::new(false),
            w_data: Reg::default(),
            w_strb: Reg::default(),
            w_busy: Reg::new(false),
            fwd_aw: Reg::new(false),
            fwd_w: Reg::new(false),
            bvalid: Reg::new(false),
            bresp: Reg::default(),
            ar_full: Reg::new(false),
            ar_addr: Reg::default(),
            fwd_ar: Reg::new(false),
            rvalid: Reg::new(false),
            rdata: Reg::default(),
            rresp: Reg::default(),
            w_sel: Default::default(),
            r_sel: Default::default(),
            m_awready: Default::default(),
            m_wready: Default::default(),
            m_bvalid: Default::default(),
            m_bresp: Default::default(),
            m_arready: Default::default(),
            m_rvalid: Default::default(),
            m_rdata: Default::default(),
            m_rresp: Default::default(),
        }
    }
}

impl Logic for Router {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, aw_full, aw_addr, w_full, w_data, w_strb, w_busy, fwd_aw, fwd_w, bvalid,
            bresp, ar_full, ar_addr, fwd_ar, rvalid, rdata, rresp
        );
        // ---- host side: registers only
        self.host.awready.next = !self.aw_full.q.val();
        self.host.wready.next = !self.w_full.q.val();
        self.host.bvalid.next = self.bvalid.q.val();
        self.host.bresp.next = self.bresp.q.val();
        self.host.arready.next = !self.ar_full.q.val();
        self.host.rvalid.next = self.rvalid.q.val();
        self.host.rdata.next = self.rdata.q.val();
        self.host.rresp.next = self.rresp.q.val();

        // ---- slave side: registers only
        self.w_sel.next = self.aw_addr.q.val().get_bit(11);
        self.r_sel.next = self.ar_addr.q.val().get_bit(11);
        self.fuse.awaddr.next = self.aw_addr.q.val();
        self.fuse.wdata.next = self.w_data.q.val();
        self.fuse.wstrb.next = self.w_strb.q.val();
        self.fuse.araddr.next = self.ar_addr.q.val();
        self.ctl.awaddr.next = self.aw_addr.q.val();
        self.ctl.wdata.next = self.w_data.q.val();
        self.ctl.wstrb.next = self.w_strb.q.val();
        self.ctl.araddr.next = self.ar_addr.q.val();
        // a slave only answers the one request forwarded to it, and the
        // router has room for that answer
        self.fuse.bready.next = true;
        self.fuse.rready.next = true;
        self.ctl.bready.next = true;
        self.ctl.rready.next = true;
        self.fuse.awvalid.next = self.fwd_aw.q.val() & !self.w_sel.val();
        self.ctl.awvalid.next = self.fwd_aw.q.val() & self.w_sel.val();
        self.fuse.wvalid.next = self.fwd_w.q.val() & !self.w_sel.val();
        self.ctl.wvalid.next = self.fwd_w.q.val() & self.w_sel.val();
        self.fuse.arvalid.next = self.fwd_ar.q.val() & !self.r_sel.val();
        self.ctl.arvalid.next = self.fwd_ar.q.val() & self.r_sel.val();

        self.m_awready.next = self.fuse.awready.val();
        self.m_wready.next = self.fuse.wready.val();
        self.m_bvalid.next = self.fuse.bvalid.val();
        self.m_bresp.next = self.fuse.bresp.val();
        if self.w_sel.val() {
            self.m_awready.next = self.ctl.awready.val();
            self.m_wready.next = self.ctl.wready.val();
            self.m_bvalid.next = self.ctl.bvalid.val();
            self.m_bresp.next = self.ctl.bresp.val();
        }
        self.m_arready.next = self.fuse.arready.val();
        self.m_rvalid.next = self.fuse.rvalid.val();
        self.m_rdata.next = self.fuse.rdata.val();
        self.m_rresp.next = self.fuse.rresp.val();
        if self.r_sel.val() {
            self.m_arready.next = self.ctl.arready.val();
            self.m_rvalid.next = self.ctl.rvalid.val();
            self.m_rdata.next = self.ctl.rdata.val();
            self.m_rresp.next = self.ctl.rresp.val();
        }

        // ---- write
        if self.host.awvalid.val() & !self.aw_full.q.val() {
            self.aw_full.d.next = true;
            self.aw_addr.d.next = self.host.awaddr.val();
        }
        if self.host.wvalid.val() & !self.w_full.q.val() {
            self.w_full.d.next = true;
            self.w_data.d.next = self.host.wdata.val();
            self.w_strb.d.next = self.host.wstrb.val();
        }
        if self.bvalid.q.val() & self.host.bready.val() {
            self.bvalid.d.next = false;
        }
        if self.aw_full.q.val() & self.w_full.q.val() & !self.w_busy.q.val() & !self.bvalid.q.val()
        {
            self.w_busy.d.next = true;
            self.fwd_aw.d.next = true;
            self.fwd_w.d.next = true;
        }
        if self.fwd_aw.q.val() & self.m_awready.val() {
            self.fwd_aw.d.next = false;
        }
        if self.fwd_w.q.val() & self.m_wready.val() {
            self.fwd_w.d.next = false;
        }
        if self.w_busy.q.val() & !self.fwd_aw.q.val() & !self.fwd_w.q.val() & self.m_bvalid.val() {
            self.w_busy.d.next = false;
            self.bvalid.d.next = true;
            self.bresp.d.next = self.m_bresp.val();
            self.aw_full.d.next = false;
            self.w_full.d.next = false;
        }

        // ---- read
        if self.host.arvalid.val() & !self.ar_full.q.val() {
            self.ar_full.d.next = true;
            self.ar_addr.d.next = self.host.araddr.val();
            self.fwd_ar.d.next = true;
        }
        if self.fwd_ar.q.val() & self.m_arready.val() {
            self.fwd_ar.d.next = false;
        }
        if self.ar_full.q.val() & !self.fwd_ar.q.val() & !self.rvalid.q.val() & self.m_rvalid.val()
        {
            self.rvalid.d.next = true;
            self.rdata.d.next = self.m_rdata.val();
            self.rresp.d.next = self.m_rresp.val();
        }
        if self.rvalid.q.val() & self.host.rready.val() {
            self.rvalid.d.next = false;
            self.ar_full.d.next = false;
        }
    }
}
