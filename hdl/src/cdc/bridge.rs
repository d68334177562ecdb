//! An AXI4-Lite clock-domain-crossing bridge with one transaction in
//! flight (`docs/cdc.md`).
//!
//! The slave side (`s`) runs on `bus_clock` (on a card, the PCIe user
//! clock of the DMA engine); the master side (`m`) on `clock` (the
//! fuse's and accelerator's). A request is captured on the bus side,
//! copied into the request holding registers (`req_*`), and announced by
//! flipping `req_tgl`; the fuse side sees the flip through a 2-FF
//! synchroniser, copies the held fields into its own registers and
//! replays the request on the master port. The response is captured into
//! fuse-side holding registers (`rsp_*`) and announced by flipping
//! `ack_tgl`, which the bus side synchronises, whereupon it copies the
//! response into its `bvalid`/`rvalid` registers.
//!
//! The holding registers change only when their side flips its toggle and
//! stay stable until the other side's toggle comes back, so every
//! multi-bit value that crosses is read by the other domain only after it
//! has been stable for at least one full period of the reading clock:
//! only the two toggles (and `irq`, registered first in the fuse domain)
//! are sampled while they may change, and only by synchronisers. Every
//! output is a register.
//!
//! Handshakes: the bus side accepts one write (address and data in any
//! order) and one read at a time, as the fuse core does; when both are
//! waiting the one not served last goes first. A response is produced
//! only for an accepted request, exactly once. On the master side the
//! request's valid signals are held until their handshakes and the
//! response is taken the cycle it appears (`m.bready`/`m.rready` are high),
//! after both of the write's handshakes for a write.

use super::Sync2;
use crate::axi::{AxiLiteMaster, AxiLiteSlave};
use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The AXI4-Lite clock-domain crossing.
#[derive(LogicBlock)]
pub struct AxiLiteCdc {
    /// Bus clock (slave side).
    pub bus_clock: Signal<In, Clock>,
    /// Bus: synchronous reset of the slave side, active high (the AXI
    /// master's reset). Drops what the bus side holds; a transaction
    /// already handed to the fuse side completes there and its response
    /// is discarded.
    pub bus_reset: Signal<In, Bit>,
    /// Bus: the AXI4-Lite slave port (the host's side).
    pub s: AxiLiteSlave,
    /// Bus: the interrupt `m_irq`, synchronised to `bus_clock`.
    pub s_irq: Signal<Out, Bit>,

    /// Fuse clock (master side).
    pub clock: Signal<In, Clock>,
    /// Fuse: the AXI4-Lite master port (toward the fuse or card).
    pub m: AxiLiteMaster,
    /// Fuse: interrupt (fuse domain; may be a function of several
    /// registers, so it is registered here before it crosses).
    pub m_irq: Signal<In, Bit>,

    // ---- bus domain
    aw_full: Reg<Bit>,
    aw_addr: Reg<Bits<12>>,
    w_full: Reg<Bit>,
    w_data: Reg<Bits<32>>,
    w_strb: Reg<Bits<4>>,
    ar_full: Reg<Bit>,
    ar_addr: Reg<Bits<12>>,
    busy: Reg<Bit>,
    last_read: Reg<Bit>,
    drop: Reg<Bit>,
    req_write: Reg<Bit>,
    req_addr: Reg<Bits<12>>,
    req_wdata: Reg<Bits<32>>,
    req_wstrb: Reg<Bits<4>>,
    req_tgl: Reg<Bit>,
    bvalid: Reg<Bit>,
    bresp: Reg<Bits<2>>,
    rvalid: Reg<Bit>,
    rdata: Reg<Bits<32>>,
    rresp: Reg<Bits<2>>,
    ack_sync: Sync2,
    irq_sync: Sync2,

    // ---- fuse domain
    req_sync: Sync2,
    f_busy: Reg<Bit>,
    f_write: Reg<Bit>,
    f_addr: Reg<Bits<12>>,
    f_wdata: Reg<Bits<32>>,
    f_wstrb: Reg<Bits<4>>,
    f_awvalid: Reg<Bit>,
    f_wvalid: Reg<Bit>,
    f_arvalid: Reg<Bit>,
    rsp_data: Reg<Bits<32>>,
    rsp_resp: Reg<Bits<2>>,
    ack_tgl: Reg<Bit>,
    irq_q: Reg<Bit>,

    write_waiting: Signal<Local, Bit>,
    read_waiting: Signal<Local, Bit>,
    launch_write: Signal<Local, Bit>,
    launch_read: Signal<Local, Bit>,
    answered: Signal<Local, Bit>,
    start: Signal<Local, Bit>,
}

impl Default for AxiLiteCdc {
    fn default() -> Self {
        Self::new()
    }
}

impl AxiLiteCdc {
    /// A bridge with nothing in flight (every register powers up 0, both
    /// toggles equal).
    pub fn new() -> Self {
        Self {
            bus_clock: Default::default(),
            bus_reset: Default::default(),
            s: Default::default(),
            s_irq: Default::default(),
            clock: Default::default(),
            m: Default::default(),
            m_irq: Default::default(),
            aw_full: Reg::new(false),
            aw_addr: Reg::default(),
            w_full: Reg::new(false),
            w_data: Reg::default(),
            w_strb: Reg::default(),
            ar_full: Reg::new(false),
            ar_addr: Reg::default(),
            busy: Reg::new(false),
            last_read: Reg::new(false),
            drop: Reg::new(false),
            req_write: Reg::new(false),
            req_addr: Reg::default(),
            req_wdata: Reg::default(),
            req_wstrb: Reg::default(),
            req_tgl: Reg::new(false),
            bvalid: Reg::new(false),
            bresp: Reg::default(),
            rvalid: Reg::new(false),
            rdata: Reg::default(),
            rresp: Reg::default(),
            ack_sync: Sync2::new(),
            irq_sync: Sync2::new(),
            req_sync: Sync2::new(),
            f_busy: Reg::new(false),
            f_write: Reg::new(false),
            f_addr: Reg::default(),
            f_wdata: Reg::default(),
            f_wstrb: Reg::default(),
            f_awvalid: Reg::new(false),
            f_wvalid: Reg::new(false),
            f_arvalid: Reg::new(false),
            rsp_data: Reg::default(),
            rsp_resp: Reg::default(),
            ack_tgl: Reg::new(false),
            irq_q: Reg::new(false),
            write_waiting: Default::default(),
            read_waiting: Default::default(),
            launch_write: Default::default(),
            launch_read: Default::default(),
            answered: Default::default(),
            start: Default::default(),
        }
    }
}

impl Logic for AxiLiteCdc {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, bus_clock, aw_full, aw_addr, w_full, w_data, w_strb, ar_full, ar_addr, busy,
            last_read, drop, req_write, req_addr, req_wdata, req_wstrb, req_tgl, bvalid, bresp,
            rvalid, rdata, rresp
        );
        dff_setup!(
            self, clock, f_busy, f_write, f_addr, f_wdata, f_wstrb, f_awvalid, f_wvalid, f_arvalid,
            rsp_data, rsp_resp, ack_tgl, irq_q
        );
        // The synchronisers: each samples one flop of the other domain. The
        // fuse's irq is an AND of two of its registers, which can glitch;
        // irq_q gives the synchroniser a flop to sample.
        self.ack_sync.clock.next = self.bus_clock.val();
        self.ack_sync.d.next = self.ack_tgl.q.val();
        self.irq_q.d.next = self.m_irq.val();
        self.irq_sync.clock.next = self.bus_clock.val();
        self.irq_sync.d.next = self.irq_q.q.val();
        self.req_sync.clock.next = self.clock.val();
        self.req_sync.d.next = self.req_tgl.q.val();

        // ================= bus domain (bus_clock)
        self.s.awready.next = !self.aw_full.q.val();
        self.s.wready.next = !self.w_full.q.val();
        self.s.arready.next = !self.ar_full.q.val();
        self.s.bvalid.next = self.bvalid.q.val();
        self.s.bresp.next = self.bresp.q.val();
        self.s.rvalid.next = self.rvalid.q.val();
        self.s.rdata.next = self.rdata.q.val();
        self.s.rresp.next = self.rresp.q.val();
        self.s_irq.next = self.irq_sync.q.val();

        if self.s.awvalid.val() & !self.aw_full.q.val() {
            self.aw_full.d.next = true;
            self.aw_addr.d.next = self.s.awaddr.val();
        }
        if self.s.wvalid.val() & !self.w_full.q.val() {
            self.w_full.d.next = true;
            self.w_data.d.next = self.s.wdata.val();
            self.w_strb.d.next = self.s.wstrb.val();
        }
        if self.s.arvalid.val() & !self.ar_full.q.val() {
            self.ar_full.d.next = true;
            self.ar_addr.d.next = self.s.araddr.val();
        }
        if self.bvalid.q.val() & self.s.bready.val() {
            self.bvalid.d.next = false;
        }
        if self.rvalid.q.val() & self.s.rready.val() {
            self.rvalid.d.next = false;
        }

        // A request may leave only when its response register is free.
        self.write_waiting.next = self.aw_full.q.val() & self.w_full.q.val() & !self.bvalid.q.val();
        self.read_waiting.next = self.ar_full.q.val() & !self.rvalid.q.val();
        self.launch_write.next = !self.busy.q.val()
            & !self.bus_reset.val()
            & self.write_waiting.val()
            & (!self.read_waiting.val() | self.last_read.q.val());
        self.launch_read.next = !self.busy.q.val()
            & !self.bus_reset.val()
            & self.read_waiting.val()
            & (!self.write_waiting.val() | !self.last_read.q.val());
        if self.launch_write.val() {
            self.busy.d.next = true;
            self.last_read.d.next = false;
            self.req_write.d.next = true;
            self.req_addr.d.next = self.aw_addr.q.val();
            self.req_wdata.d.next = self.w_data.q.val();
            self.req_wstrb.d.next = self.w_strb.q.val();
            self.req_tgl.d.next = !self.req_tgl.q.val();
        }
        if self.launch_read.val() {
            self.busy.d.next = true;
            self.last_read.d.next = true;
            self.req_write.d.next = false;
            self.req_addr.d.next = self.ar_addr.q.val();
            self.req_tgl.d.next = !self.req_tgl.q.val();
        }
        // The fuse side has flipped its toggle back: the response fields
        // have been stable since before the flip reached ack_sync.
        self.answered.next = self.busy.q.val() & !(self.ack_sync.q.val() ^ self.req_tgl.q.val());
        if self.answered.val() {
            self.busy.d.next = false;
            self.drop.d.next = false;
            if self.drop.q.val() {
                // Answer to a request from before a bus reset: discarded.
            } else if self.req_write.q.val() {
                self.bvalid.d.next = true;
                self.bresp.d.next = self.rsp_resp.q.val();
                self.aw_full.d.next = false;
                self.w_full.d.next = false;
            } else {
                self.rvalid.d.next = true;
                self.rdata.d.next = self.rsp_data.q.val();
                self.rresp.d.next = self.rsp_resp.q.val();
                self.ar_full.d.next = false;
            }
        }
        // Reset of the bus side: forget held requests and responses; a
        // request already handed over cannot be recalled, so its answer is
        // awaited and dropped (the toggles stay in step).
        if self.bus_reset.val() {
            self.aw_full.d.next = false;
            self.w_full.d.next = false;
            self.ar_full.d.next = false;
            self.bvalid.d.next = false;
            self.rvalid.d.next = false;
            if self.busy.q.val() & !self.answered.val() {
                self.drop.d.next = true;
            }
        }

        // ================= fuse domain (clock)
        self.m.awvalid.next = self.f_awvalid.q.val();
        self.m.wvalid.next = self.f_wvalid.q.val();
        self.m.arvalid.next = self.f_arvalid.q.val();
        self.m.awaddr.next = self.f_addr.q.val();
        self.m.araddr.next = self.f_addr.q.val();
        self.m.wdata.next = self.f_wdata.q.val();
        self.m.wstrb.next = self.f_wstrb.q.val();
        self.m.bready.next = true;
        self.m.rready.next = true;

        // A new request: the synchronised toggle differs from ours. The
        // request fields have been stable since before the flip.
        self.start.next = !self.f_busy.q.val() & (self.req_sync.q.val() ^ self.ack_tgl.q.val());
        if self.start.val() {
            self.f_busy.d.next = true;
            self.f_write.d.next = self.req_write.q.val();
            self.f_addr.d.next = self.req_addr.q.val();
            self.f_wdata.d.next = self.req_wdata.q.val();
            self.f_wstrb.d.next = self.req_wstrb.q.val();
            self.f_awvalid.d.next = self.req_write.q.val();
            self.f_wvalid.d.next = self.req_write.q.val();
            self.f_arvalid.d.next = !self.req_write.q.val();
        }
        if self.f_awvalid.q.val() & self.m.awready.val() {
            self.f_awvalid.d.next = false;
        }
        if self.f_wvalid.q.val() & self.m.wready.val() {
            self.f_wvalid.d.next = false;
        }
        if self.f_arvalid.q.val() & self.m.arready.val() {
            self.f_arvalid.d.next = false;
        }
        if self.f_busy.q.val()
            & self.f_write.q.val()
            & !self.f_awvalid.q.val()
            & !self.f_wvalid.q.val()
            & self.m.bvalid.val()
        {
            self.f_busy.d.next = false;
            self.rsp_resp.d.next = self.m.bresp.val();
            self.ack_tgl.d.next = !self.ack_tgl.q.val();
        }
        if self.f_busy.q.val()
            & !self.f_write.q.val()
            & !self.f_arvalid.q.val()
            & self.m.rvalid.val()
        {
            self.f_busy.d.next = false;
            self.rsp_data.d.next = self.m.rdata.val();
            self.rsp_resp.d.next = self.m.rresp.val();
            self.ack_tgl.d.next = !self.ack_tgl.q.val();
        }
    }
}
