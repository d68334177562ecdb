//! The card's AXI4-Lite router: one slave port toward the host, two master
//! ports, address bit 11 clear to the fuse core (`f_*`), set to `CryptoCtl`
//! (`c_*`).
//!
//! It is a registered request/response stage, so every output of the card
//! stays a function of registers (as the fuse core's are): a request is
//! captured, then forwarded from registers, and the slave's response is
//! captured before the host sees it. One write and one read are outstanding
//! at a time (each channel independently), as on the fuse core.
//!
//! Timing, from the host's handshake to its response: a read of a
//! fuse-core register takes 3 cycles (1 on the bare core), of a `CryptoCtl`
//! register 4; a write (from the later of its two handshakes) 9 cycles to a
//! fuse-core register, 5 to a `CryptoCtl` one. The slaves' `bready` and
//! `rready` are tied high by the card top: a slave only answers the one
//! request the router forwarded, and the router has room for it.

use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The AXI4-Lite router.
#[derive(LogicBlock)]
pub struct Router {
    /// The one clock.
    pub clock: Signal<In, Clock>,

    /// Host: write address valid.
    pub s_awvalid: Signal<In, Bit>,
    /// Host: write address ready.
    pub s_awready: Signal<Out, Bit>,
    /// Host: write byte address.
    pub s_awaddr: Signal<In, Bits<12>>,
    /// Host: write data valid.
    pub s_wvalid: Signal<In, Bit>,
    /// Host: write data ready.
    pub s_wready: Signal<Out, Bit>,
    /// Host: write data.
    pub s_wdata: Signal<In, Bits<32>>,
    /// Host: write strobes.
    pub s_wstrb: Signal<In, Bits<4>>,
    /// Host: write response valid.
    pub s_bvalid: Signal<Out, Bit>,
    /// Host: write response ready.
    pub s_bready: Signal<In, Bit>,
    /// Host: write response.
    pub s_bresp: Signal<Out, Bits<2>>,
    /// Host: read address valid.
    pub s_arvalid: Signal<In, Bit>,
    /// Host: read address ready.
    pub s_arready: Signal<Out, Bit>,
    /// Host: read byte address.
    pub s_araddr: Signal<In, Bits<12>>,
    /// Host: read data valid.
    pub s_rvalid: Signal<Out, Bit>,
    /// Host: read data ready.
    pub s_rready: Signal<In, Bit>,
    /// Host: read data.
    pub s_rdata: Signal<Out, Bits<32>>,
    /// Host: read response.
    pub s_rresp: Signal<Out, Bits<2>>,

    /// Fuse core: write address valid.
    pub f_awvalid: Signal<Out, Bit>,
    /// Fuse core: write address ready.
    pub f_awready: Signal<In, Bit>,
    /// Fuse core: write data valid.
    pub f_wvalid: Signal<Out, Bit>,
    /// Fuse core: write data ready.
    pub f_wready: Signal<In, Bit>,
    /// Fuse core: write response valid.
    pub f_bvalid: Signal<In, Bit>,
    /// Fuse core: write response.
    pub f_bresp: Signal<In, Bits<2>>,
    /// Fuse core: read address valid.
    pub f_arvalid: Signal<Out, Bit>,
    /// Fuse core: read address ready.
    pub f_arready: Signal<In, Bit>,
    /// Fuse core: read data valid.
    pub f_rvalid: Signal<In, Bit>,
    /// Fuse core: read data.
    pub f_rdata: Signal<In, Bits<32>>,
    /// Fuse core: read response.
    pub f_rresp: Signal<In, Bits<2>>,

    /// CryptoCtl: write address valid.
    pub c_awvalid: Signal<Out, Bit>,
    /// CryptoCtl: write address ready.
    pub c_awready: Signal<In, Bit>,
    /// CryptoCtl: write data valid.
    pub c_wvalid: Signal<Out, Bit>,
    /// CryptoCtl: write data ready.
    pub c_wready: Signal<In, Bit>,
    /// CryptoCtl: write response valid.
    pub c_bvalid: Signal<In, Bit>,
    /// CryptoCtl: write response.
    pub c_bresp: Signal<In, Bits<2>>,
    /// CryptoCtl: read address valid.
    pub c_arvalid: Signal<Out, Bit>,
    /// CryptoCtl: read address ready.
    pub c_arready: Signal<In, Bit>,
    /// CryptoCtl: read data valid.
    pub c_rvalid: Signal<In, Bit>,
    /// CryptoCtl: read data.
    pub c_rdata: Signal<In, Bits<32>>,
    /// CryptoCtl: read response.
    pub c_rresp: Signal<In, Bits<2>>,

    /// Both slaves: write address (registered).
    pub m_awaddr: Signal<Out, Bits<12>>,
    /// Both slaves: write data (registered).
    pub m_wdata: Signal<Out, Bits<32>>,
    /// Both slaves: write strobes (registered).
    pub m_wstrb: Signal<Out, Bits<4>>,
    /// Both slaves: read address (registered).
    pub m_araddr: Signal<Out, Bits<12>>,

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
            s_awvalid: Default::default(),
            s_awready: Default::default(),
            s_awaddr: Default::default(),
            s_wvalid: Default::default(),
            s_wready: Default::default(),
            s_wdata: Default::default(),
            s_wstrb: Default::default(),
            s_bvalid: Default::default(),
            s_bready: Default::default(),
            s_bresp: Default::default(),
            s_arvalid: Default::default(),
            s_arready: Default::default(),
            s_araddr: Default::default(),
            s_rvalid: Default::default(),
            s_rready: Default::default(),
            s_rdata: Default::default(),
            s_rresp: Default::default(),
            f_awvalid: Default::default(),
            f_awready: Default::default(),
            f_wvalid: Default::default(),
            f_wready: Default::default(),
            f_bvalid: Default::default(),
            f_bresp: Default::default(),
            f_arvalid: Default::default(),
            f_arready: Default::default(),
            f_rvalid: Default::default(),
            f_rdata: Default::default(),
            f_rresp: Default::default(),
            c_awvalid: Default::default(),
            c_awready: Default::default(),
            c_wvalid: Default::default(),
            c_wready: Default::default(),
            c_bvalid: Default::default(),
            c_bresp: Default::default(),
            c_arvalid: Default::default(),
            c_arready: Default::default(),
            c_rvalid: Default::default(),
            c_rdata: Default::default(),
            c_rresp: Default::default(),
            m_awaddr: Default::default(),
            m_wdata: Default::default(),
            m_wstrb: Default::default(),
            m_araddr: Default::default(),
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
        self.s_awready.next = !self.aw_full.q.val();
        self.s_wready.next = !self.w_full.q.val();
        self.s_bvalid.next = self.bvalid.q.val();
        self.s_bresp.next = self.bresp.q.val();
        self.s_arready.next = !self.ar_full.q.val();
        self.s_rvalid.next = self.rvalid.q.val();
        self.s_rdata.next = self.rdata.q.val();
        self.s_rresp.next = self.rresp.q.val();

        // ---- slave side: registers only
        self.w_sel.next = self.aw_addr.q.val().get_bit(11);
        self.r_sel.next = self.ar_addr.q.val().get_bit(11);
        self.m_awaddr.next = self.aw_addr.q.val();
        self.m_wdata.next = self.w_data.q.val();
        self.m_wstrb.next = self.w_strb.q.val();
        self.m_araddr.next = self.ar_addr.q.val();
        self.f_awvalid.next = self.fwd_aw.q.val() & !self.w_sel.val();
        self.c_awvalid.next = self.fwd_aw.q.val() & self.w_sel.val();
        self.f_wvalid.next = self.fwd_w.q.val() & !self.w_sel.val();
        self.c_wvalid.next = self.fwd_w.q.val() & self.w_sel.val();
        self.f_arvalid.next = self.fwd_ar.q.val() & !self.r_sel.val();
        self.c_arvalid.next = self.fwd_ar.q.val() & self.r_sel.val();

        self.m_awready.next = self.f_awready.val();
        self.m_wready.next = self.f_wready.val();
        self.m_bvalid.next = self.f_bvalid.val();
        self.m_bresp.next = self.f_bresp.val();
        if self.w_sel.val() {
            self.m_awready.next = self.c_awready.val();
            self.m_wready.next = self.c_wready.val();
            self.m_bvalid.next = self.c_bvalid.val();
            self.m_bresp.next = self.c_bresp.val();
        }
        self.m_arready.next = self.f_arready.val();
        self.m_rvalid.next = self.f_rvalid.val();
        self.m_rdata.next = self.f_rdata.val();
        self.m_rresp.next = self.f_rresp.val();
        if self.r_sel.val() {
            self.m_arready.next = self.c_arready.val();
            self.m_rvalid.next = self.c_rvalid.val();
            self.m_rdata.next = self.c_rdata.val();
            self.m_rresp.next = self.c_rresp.val();
        }

        // ---- write
        if self.s_awvalid.val() & !self.aw_full.q.val() {
            self.aw_full.d.next = true;
            self.aw_addr.d.next = self.s_awaddr.val();
        }
        if self.s_wvalid.val() & !self.w_full.q.val() {
            self.w_full.d.next = true;
            self.w_data.d.next = self.s_wdata.val();
            self.w_strb.d.next = self.s_wstrb.val();
        }
        if self.bvalid.q.val() & self.s_bready.val() {
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
        if self.s_arvalid.val() & !self.ar_full.q.val() {
            self.ar_full.d.next = true;
            self.ar_addr.d.next = self.s_araddr.val();
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
        if self.rvalid.q.val() & self.s_rready.val() {
            self.rvalid.d.next = false;
            self.ar_full.d.next = false;
        }
    }
}
