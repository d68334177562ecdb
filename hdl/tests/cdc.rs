//! The AXI4-Lite clock-domain crossing (`docs/cdc.md`) in rust-hdl's
//! simulator, stepped directly with two unrelated clocks.
//!
//! - `bridge_relays_every_transaction_once`: the bridge alone between a
//!   random AXI4-Lite master and a random-latency slave model, at bus:fuse
//!   period ratios from 1:17 to 17:1 with jittered edges; every bus
//!   transaction reaches the slave exactly once with its fields, every
//!   response comes back once, unchanged, and both sides keep the AXI
//!   handshake rules.
//! - `fuse_cdc_answers_as_the_single_clock_fuse`: random register writes
//!   and reads through `capfuse_fuse_cdc` give the same responses as the
//!   same operations on the single-clock `capfuse_fuse`.
//! - `kill_pin_stops_the_enable_at_the_next_fuse_edge`: with the bus busy,
//!   idle or stopped.
//! - `card_cdc_answers_through_the_crossing`: a few operations and the
//!   kill pin on `capfuse_card_cdc`.
//! - `cdc_tops_lint_clean`: Verilator lint of both emitted tops.

use capfuse_abi::{reg, resp, status, trip, FuseParams};
use capfuse_hdl::cdc::{AxiLiteCdc, CardCdc, FuseCdc};
use capfuse_hdl::flow::{self, Tool};
use capfuse_hdl::FuseOnly;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::time::Instant;

/// Bus:fuse clock period ratios tried: bus much faster, much slower, and
/// unrelated ratios in between.
const RATIOS: [(u64, u64); 8] = [
    (4, 10),
    (10, 4),
    (7, 13),
    (13, 7),
    (1, 17),
    (17, 1),
    (5, 5),
    (3, 11),
];

fn settle<B: Block>(uut: &mut B) {
    assert!(simulate(uut, 200), "the design did not settle");
}

// ------------------------------------------------------------------ clocks

/// Which clock has an edge next.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Edge {
    Bus(bool),
    Fuse(bool),
}

/// Two free-running clocks with jittered half periods, so that their phase
/// relation keeps moving. Time is in 1/8 of a ratio unit; each half period
/// is `4 * period` units plus 0..=2 units of jitter. Coinciding edges are
/// taken in random order.
struct Clocks {
    bus_half: u64,
    fuse_half: u64,
    t_bus: u64,
    t_fuse: u64,
    bus: bool,
    fuse: bool,
    bus_running: bool,
}

impl Clocks {
    fn new((bus, fuse): (u64, u64), rng: &mut StdRng) -> Self {
        Self {
            bus_half: 4 * bus,
            fuse_half: 4 * fuse,
            t_bus: rng.gen_range(0..8 * bus),
            t_fuse: rng.gen_range(0..8 * fuse),
            bus: false,
            fuse: false,
            bus_running: true,
        }
    }

    fn next(&mut self, rng: &mut StdRng) -> Edge {
        let take_bus = self.bus_running
            && (self.t_bus < self.t_fuse || (self.t_bus == self.t_fuse && rng.gen()));
        if take_bus {
            self.bus = !self.bus;
            self.t_bus += self.bus_half + rng.gen_range(0..=2);
            Edge::Bus(self.bus)
        } else {
            self.fuse = !self.fuse;
            self.t_fuse += self.fuse_half + rng.gen_range(0..=2);
            Edge::Fuse(self.fuse)
        }
    }
}

// ------------------------------------------------------------------ the bus master

/// What the master drives (its registered outputs).
#[derive(Clone, Copy, Debug, Default)]
struct MasterOut {
    awvalid: bool,
    awaddr: u16,
    wvalid: bool,
    wdata: u32,
    wstrb: u8,
    bready: bool,
    arvalid: bool,
    araddr: u16,
    rready: bool,
}

/// What the master sees.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct BusIn {
    awready: bool,
    wready: bool,
    bvalid: bool,
    bresp: u8,
    arready: bool,
    rvalid: bool,
    rdata: u32,
    rresp: u8,
    irq: bool,
}

/// One bus operation.
#[derive(Clone, Copy, Debug)]
enum Op {
    Write {
        addr: u16,
        data: u32,
        strb: u8,
    },
    Read {
        addr: u16,
    },
    /// A write and a read issued together (both in flight at once).
    Both {
        addr: u16,
        data: u32,
        strb: u8,
        raddr: u16,
    },
}

/// The responses one operation got.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Outcome {
    Write(u8),
    Read(u32, u8),
    Both(u8, u32, u8),
}

/// The state of the operation in progress.
#[derive(Default)]
struct Current {
    aw_todo: bool,
    w_todo: bool,
    ar_todo: bool,
    aw_wait: u32,
    w_wait: u32,
    ar_wait: u32,
    b_due: bool,
    r_due: bool,
    bresp: Option<u8>,
    rdata: Option<(u32, u8)>,
    started: u64,
}

/// A random AXI4-Lite master: random delays before each valid, random
/// back-pressure on the responses, random values on idle payload lines.
/// It checks the slave side of every handshake it sees.
struct Master {
    ops: VecDeque<Op>,
    op: Option<(Op, Current)>,
    gap: u32,
    out: MasterOut,
    prev: BusIn,
    prev_out: MasterOut,
    cycle: u64,
    timeout: u64,
    longest: u64,
    outcomes: Vec<Outcome>,
    /// Bus writes and reads in the order their address handshakes happened.
    writes: Vec<(u16, u32, u8)>,
    reads: Vec<u16>,
    bresps: Vec<u8>,
    rresps: Vec<(u32, u8)>,
    /// Allow concurrent operations.
    concurrent: bool,
    /// No delays, no back-pressure (for latency figures).
    eager: bool,
    /// Bus cycles from the first request handshake to the response
    /// handshake, per completed operation.
    latencies: Vec<u64>,
}

impl Master {
    fn new(ops: Vec<Op>, timeout: u64) -> Self {
        Self {
            ops: ops.into(),
            op: None,
            gap: 0,
            out: MasterOut::default(),
            prev: BusIn::default(),
            prev_out: MasterOut::default(),
            cycle: 0,
            timeout,
            longest: 0,
            outcomes: Vec::new(),
            writes: Vec::new(),
            reads: Vec::new(),
            bresps: Vec::new(),
            rresps: Vec::new(),
            concurrent: true,
            eager: false,
            latencies: Vec::new(),
        }
    }

    fn done(&self) -> bool {
        self.ops.is_empty() && self.op.is_none()
    }

    /// Called just before a rising bus edge with the slave's outputs as they
    /// are now; returns what to drive after the edge.
    fn edge(&mut self, s: BusIn, rng: &mut StdRng) -> MasterOut {
        let o = self.out;
        // A response held against back-pressure stays, unchanged.
        if self.prev.bvalid && !self.prev_out.bready {
            assert!(
                s.bvalid,
                "bvalid dropped before bready (cycle {})",
                self.cycle
            );
            assert_eq!(s.bresp, self.prev.bresp, "bresp changed while waiting");
        }
        if self.prev.rvalid && !self.prev_out.rready {
            assert!(
                s.rvalid,
                "rvalid dropped before rready (cycle {})",
                self.cycle
            );
            assert_eq!(
                (s.rdata, s.rresp),
                (self.prev.rdata, self.prev.rresp),
                "read data changed while waiting"
            );
        }
        let aw_hs = o.awvalid && s.awready;
        let w_hs = o.wvalid && s.wready;
        let ar_hs = o.arvalid && s.arready;
        let b_hs = s.bvalid && o.bready;
        let r_hs = s.rvalid && o.rready;
        if let Some((op, cur)) = &mut self.op {
            // A response only for a request whose handshakes are complete.
            if s.bvalid {
                assert!(
                    cur.b_due && !cur.aw_todo && !cur.w_todo,
                    "bvalid without an outstanding write (cycle {}, {op:?})",
                    self.cycle
                );
            }
            if s.rvalid {
                assert!(
                    cur.r_due && !cur.ar_todo,
                    "rvalid without an outstanding read (cycle {}, {op:?})",
                    self.cycle
                );
            }
            if aw_hs {
                cur.aw_todo = false;
                self.writes.push((o.awaddr, 0, 0));
            }
            if w_hs {
                cur.w_todo = false;
            }
            if aw_hs || w_hs {
                if let Op::Write { data, strb, .. } | Op::Both { data, strb, .. } = *op {
                    if !cur.aw_todo && !cur.w_todo {
                        let last = self.writes.last_mut().unwrap();
                        *last = (last.0, data, strb);
                    }
                }
            }
            if ar_hs {
                cur.ar_todo = false;
                self.reads.push(o.araddr);
            }
            if b_hs {
                cur.b_due = false;
                cur.bresp = Some(s.bresp);
                self.bresps.push(s.bresp);
            }
            if r_hs {
                cur.r_due = false;
                cur.rdata = Some((s.rdata, s.rresp));
                self.rresps.push((s.rdata, s.rresp));
            }
            let took = self.cycle - cur.started;
            assert!(
                took < self.timeout,
                "{op:?} not answered after {took} bus cycles"
            );
            if !cur.aw_todo && !cur.w_todo && !cur.ar_todo && !cur.b_due && !cur.r_due {
                self.longest = self.longest.max(took);
                self.outcomes.push(match op {
                    Op::Write { .. } => Outcome::Write(cur.bresp.unwrap()),
                    Op::Read { .. } => {
                        let (d, r) = cur.rdata.unwrap();
                        Outcome::Read(d, r)
                    }
                    Op::Both { .. } => {
                        let (d, r) = cur.rdata.unwrap();
                        Outcome::Both(cur.bresp.unwrap(), d, r)
                    }
                });
                self.op = None;
                self.latencies.push(took);
                self.gap = if self.eager { 0 } else { rng.gen_range(0..3) };
            }
        } else {
            assert!(
                !s.bvalid,
                "bvalid with nothing outstanding (cycle {})",
                self.cycle
            );
            assert!(
                !s.rvalid,
                "rvalid with nothing outstanding (cycle {})",
                self.cycle
            );
        }
        if self.op.is_none() {
            if self.gap > 0 {
                self.gap -= 1;
            } else if let Some(mut op) = self.ops.pop_front() {
                if !self.concurrent {
                    if let Op::Both {
                        addr, data, strb, ..
                    } = op
                    {
                        op = Op::Write { addr, data, strb };
                    }
                }
                let (w, r) = match op {
                    Op::Write { .. } => (true, false),
                    Op::Read { .. } => (false, true),
                    Op::Both { .. } => (true, true),
                };
                self.op = Some((
                    op,
                    Current {
                        aw_todo: w,
                        w_todo: w,
                        ar_todo: r,
                        aw_wait: if self.eager { 0 } else { rng.gen_range(0..3) },
                        w_wait: if self.eager { 0 } else { rng.gen_range(0..3) },
                        ar_wait: if self.eager { 0 } else { rng.gen_range(0..3) },
                        b_due: w,
                        r_due: r,
                        started: self.cycle + 1,
                        ..Current::default()
                    },
                ));
            }
        }

        // Outputs for the next cycle; idle payload lines carry noise.
        let mut n = MasterOut {
            awaddr: rng.gen::<u16>() & 0xFFF,
            wdata: rng.gen(),
            wstrb: rng.gen::<u8>() & 0xF,
            araddr: rng.gen::<u16>() & 0xFFF,
            bready: self.eager || rng.gen_bool(0.6),
            rready: self.eager || rng.gen_bool(0.6),
            ..MasterOut::default()
        };
        if let Some((op, cur)) = &mut self.op {
            let (addr, data, strb, raddr) = match *op {
                Op::Write { addr, data, strb } => (addr, data, strb, 0),
                Op::Read { addr } => (0, 0, 0, addr),
                Op::Both {
                    addr,
                    data,
                    strb,
                    raddr,
                } => (addr, data, strb, raddr),
            };
            // Once raised, a valid stays up with its payload until taken.
            if cur.aw_todo {
                if o.awvalid && !aw_hs || cur.aw_wait == 0 {
                    n.awvalid = true;
                    n.awaddr = addr;
                } else {
                    cur.aw_wait -= 1;
                }
            }
            if cur.w_todo {
                if o.wvalid && !w_hs || cur.w_wait == 0 {
                    n.wvalid = true;
                    n.wdata = data;
                    n.wstrb = strb;
                } else {
                    cur.w_wait -= 1;
                }
            }
            if cur.ar_todo {
                if o.arvalid && !ar_hs || cur.ar_wait == 0 {
                    n.arvalid = true;
                    n.araddr = raddr;
                } else {
                    cur.ar_wait -= 1;
                }
            }
        }
        self.prev = s;
        self.prev_out = o;
        self.out = n;
        self.cycle += 1;
        n
    }
}

// ------------------------------------------------------------------ devices

/// A device with a bus-side AXI4-Lite port.
trait Dut {
    fn set_bus_clock(&mut self, v: bool);
    fn set_clock(&mut self, v: bool);
    fn drive(&mut self, m: &MasterOut);
    fn sample(&self) -> BusIn;
    fn settle(&mut self);
}

macro_rules! impl_dut_axi {
    ($ty:ty, $bus_clock:ident, $clock:ident) => {
        impl Dut for Box<$ty> {
            fn set_bus_clock(&mut self, v: bool) {
                self.$bus_clock.next = Clock { clk: v };
            }
            fn set_clock(&mut self, v: bool) {
                self.$clock.next = Clock { clk: v };
            }
            fn drive(&mut self, m: &MasterOut) {
                self.axi.awvalid.next = m.awvalid;
                self.axi.awaddr.next = u64::from(m.awaddr).into();
                self.axi.wvalid.next = m.wvalid;
                self.axi.wdata.next = u64::from(m.wdata).into();
                self.axi.wstrb.next = u64::from(m.wstrb).into();
                self.axi.bready.next = m.bready;
                self.axi.arvalid.next = m.arvalid;
                self.axi.araddr.next = u64::from(m.araddr).into();
                self.axi.rready.next = m.rready;
            }
            fn sample(&self) -> BusIn {
                BusIn {
                    awready: self.axi.awready.val(),
                    wready: self.axi.wready.val(),
                    bvalid: self.axi.bvalid.val(),
                    bresp: self.axi.bresp.val().index() as u8,
                    arready: self.axi.arready.val(),
                    rvalid: self.axi.rvalid.val(),
                    rdata: self.axi.rdata.val().index() as u32,
                    rresp: self.axi.rresp.val().index() as u8,
                    irq: self.irq.val(),
                }
            }
            fn settle(&mut self) {
                settle(self.as_mut());
            }
        }
    };
}

impl_dut_axi!(FuseCdc, bus_clock, clock);
impl_dut_axi!(CardCdc, bus_clock, clock);
// The single-clock fuse: its one clock is the "bus" clock.
impl_dut_axi!(FuseOnly, clock, clock);

/// Runs `master` against `dut` on `clocks` until every operation is
/// answered; `on_fuse_edge` runs right after each rising fuse edge (with
/// the design settled) and may drive fuse-domain inputs.
fn run<D: Dut>(
    dut: &mut D,
    clocks: &mut Clocks,
    master: &mut Master,
    rng: &mut StdRng,
    mut on_fuse_edge: impl FnMut(&mut D, &mut StdRng),
) -> (u64, u64) {
    let (mut bus_edges, mut fuse_edges) = (0, 0);
    while !master.done() {
        match clocks.next(rng) {
            Edge::Bus(true) => {
                let next = master.edge(dut.sample(), rng);
                dut.set_bus_clock(true);
                dut.settle();
                dut.drive(&next);
                dut.settle();
                bus_edges += 1;
            }
            Edge::Bus(false) => {
                dut.set_bus_clock(false);
                dut.settle();
            }
            Edge::Fuse(v) => {
                dut.set_clock(v);
                dut.settle();
                if v {
                    on_fuse_edge(dut, rng);
                    fuse_edges += 1;
                }
            }
        }
    }
    (bus_edges, fuse_edges)
}

/// Runs `ops` on the single-clock fuse (the reference), one at a time.
fn reference(params: FuseParams, ops: &[Op], rng: &mut StdRng) -> Vec<Outcome> {
    let mut uut = Box::new(FuseOnly::new(params));
    uut.connect_all();
    uut.settle();
    let mut clocks = Clocks::new((1, 1), rng);
    // Only the "bus" clock drives this device.
    clocks.fuse_half = u64::MAX / 4;
    clocks.t_fuse = u64::MAX / 2;
    let mut master = Master::new(ops.to_vec(), 100);
    master.concurrent = false;
    run(&mut uut, &mut clocks, &mut master, rng, |_, _| {});
    master.outcomes
}

// ------------------------------------------------------------------ the bridge alone

/// The bridge with a slave model on its fuse side: random ready delays, a
/// random response latency, a word memory, SLVERR at and above 0x800.
struct BridgeBench {
    uut: Box<AxiLiteCdc>,
    mem: Vec<u32>,
    aw: Option<u16>,
    w: Option<(u32, u8)>,
    ar: Option<u16>,
    b_wait: Option<u32>,
    r_wait: Option<u32>,
    bvalid: bool,
    bresp: u8,
    rvalid: bool,
    rdata: u32,
    rresp: u8,
    /// Slave-side transactions in arrival order.
    writes: Vec<(u16, u32, u8)>,
    reads: Vec<u16>,
    bresps: Vec<u8>,
    rresps: Vec<(u32, u8)>,
    irq: bool,
    write_logged: bool,
    prev: Option<SlaveView>,
}

impl BridgeBench {
    fn new() -> Self {
        let mut uut = Box::new(AxiLiteCdc::new());
        uut.connect_all();
        settle(uut.as_mut());
        Self {
            uut,
            mem: (0..1024u32).map(|i| i.wrapping_mul(0x9E37_79B9)).collect(),
            aw: None,
            w: None,
            ar: None,
            b_wait: None,
            r_wait: None,
            bvalid: false,
            bresp: 0,
            rvalid: false,
            rdata: 0,
            rresp: 0,
            writes: Vec::new(),
            reads: Vec::new(),
            bresps: Vec::new(),
            rresps: Vec::new(),
            irq: false,
            write_logged: false,
            prev: None,
        }
    }

    /// The slave's part of a rising fuse edge: `pre` are the bridge's
    /// master-side outputs and the slave's ready lines just before it.
    fn slave_edge(&mut self, pre: SlaveView, rng: &mut StdRng) {
        // Master-side rules: one transaction at a time, a raised valid
        // stays up with its payload until its handshake.
        if pre.arvalid {
            assert!(self.aw.is_none() && self.w.is_none(), "read during a write");
            assert!(self.ar.is_none(), "second read in flight");
        }
        if pre.awvalid || pre.wvalid {
            assert!(self.ar.is_none(), "write during a read");
        }
        assert!(!(pre.awvalid && self.aw.is_some()), "second write address");
        assert!(!(pre.wvalid && self.w.is_some()), "second write data");
        if let Some(p) = self.prev {
            if p.awvalid && !p.awready {
                assert!(
                    pre.awvalid && pre.awaddr == p.awaddr,
                    "awvalid/awaddr not held"
                );
            }
            if p.wvalid && !p.wready {
                assert!(
                    pre.wvalid && (pre.wdata, pre.wstrb) == (p.wdata, p.wstrb),
                    "wvalid/wdata not held"
                );
            }
            if p.arvalid && !p.arready {
                assert!(
                    pre.arvalid && pre.araddr == p.araddr,
                    "arvalid/araddr not held"
                );
            }
        }
        self.prev = Some(pre);
        if pre.awvalid && pre.awready {
            self.aw = Some(pre.awaddr);
        }
        if pre.wvalid && pre.wready {
            self.w = Some((pre.wdata, pre.wstrb));
        }
        if pre.arvalid && pre.arready {
            self.ar = Some(pre.araddr);
            self.r_wait = Some(rng.gen_range(0..5));
        }
        assert!(
            pre.bready && pre.rready,
            "the bridge always takes responses"
        );
        if self.bvalid {
            // Taken (bready is high): the write is over.
            self.bvalid = false;
            self.aw = None;
            self.w = None;
            self.write_logged = false;
        }
        if self.rvalid {
            self.rvalid = false;
            self.ar = None;
        }
        if let (Some(addr), Some((data, strb)), false) = (self.aw, self.w, self.write_logged) {
            self.writes.push((addr, data, strb));
            self.write_logged = true;
            self.b_wait = Some(rng.gen_range(0..5));
        }
        if let Some(n) = self.b_wait {
            if n == 0 {
                let (addr, data, strb) = *self.writes.last().unwrap();
                self.bvalid = true;
                self.b_wait = None;
                self.bresp = if addr >= 0x800 || addr & 3 != 0 {
                    resp::SLVERR
                } else {
                    let word = &mut self.mem[usize::from(addr >> 2)];
                    for b in 0..4 {
                        if strb >> b & 1 == 1 {
                            let m = 0xFFu32 << (8 * b);
                            *word = (*word & !m) | (data & m);
                        }
                    }
                    resp::OKAY
                };
                self.bresps.push(self.bresp);
            } else {
                self.b_wait = Some(n - 1);
            }
        }
        if let (Some(addr), Some(n)) = (self.ar, self.r_wait) {
            if n == 0 {
                self.reads.push(addr);
                self.rvalid = true;
                self.r_wait = None;
                (self.rdata, self.rresp) = if addr >= 0x800 || addr & 3 != 0 {
                    (0xDEAD_0000 | u32::from(addr), resp::SLVERR)
                } else {
                    (self.mem[usize::from(addr >> 2)], resp::OKAY)
                };
                self.rresps.push((self.rdata, self.rresp));
            } else {
                self.r_wait = Some(n - 1);
            }
        }
        let u = &mut self.uut;
        if rng.gen_bool(0.02) {
            self.irq = !self.irq;
        }
        u.m.awready.next = self.aw.is_none() && rng.gen_bool(0.5);
        u.m.wready.next = self.w.is_none() && rng.gen_bool(0.5);
        u.m.arready.next = self.ar.is_none() && rng.gen_bool(0.5);
        u.m.bvalid.next = self.bvalid;
        u.m.bresp.next = u64::from(self.bresp).into();
        u.m.rvalid.next = self.rvalid;
        // Noise on the data lines when not valid.
        let noise: u32 = rng.gen();
        u.m.rdata.next = u64::from(if self.rvalid { self.rdata } else { noise }).into();
        u.m.rresp.next = u64::from(self.rresp).into();
        u.m_irq.next = self.irq;
        settle(u.as_mut());
    }

    fn view(&self) -> SlaveView {
        let u = &self.uut;
        SlaveView {
            awvalid: u.m.awvalid.val(),
            awready: u.m.awready.val(),
            awaddr: u.m.awaddr.val().index() as u16,
            wvalid: u.m.wvalid.val(),
            wready: u.m.wready.val(),
            wdata: u.m.wdata.val().index() as u32,
            wstrb: u.m.wstrb.val().index() as u8,
            arvalid: u.m.arvalid.val(),
            arready: u.m.arready.val(),
            araddr: u.m.araddr.val().index() as u16,
            bready: u.m.bready.val(),
            rready: u.m.rready.val(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct SlaveView {
    awvalid: bool,
    awready: bool,
    awaddr: u16,
    wvalid: bool,
    wready: bool,
    wdata: u32,
    wstrb: u8,
    arvalid: bool,
    arready: bool,
    araddr: u16,
    bready: bool,
    rready: bool,
}

impl Dut for BridgeBench {
    fn set_bus_clock(&mut self, v: bool) {
        self.uut.bus_clock.next = Clock { clk: v };
    }
    fn set_clock(&mut self, v: bool) {
        self.uut.clock.next = Clock { clk: v };
    }
    fn drive(&mut self, m: &MasterOut) {
        let u = &mut self.uut;
        u.s.awvalid.next = m.awvalid;
        u.s.awaddr.next = u64::from(m.awaddr).into();
        u.s.wvalid.next = m.wvalid;
        u.s.wdata.next = u64::from(m.wdata).into();
        u.s.wstrb.next = u64::from(m.wstrb).into();
        u.s.bready.next = m.bready;
        u.s.arvalid.next = m.arvalid;
        u.s.araddr.next = u64::from(m.araddr).into();
        u.s.rready.next = m.rready;
    }
    fn sample(&self) -> BusIn {
        let u = &self.uut;
        BusIn {
            awready: u.s.awready.val(),
            wready: u.s.wready.val(),
            bvalid: u.s.bvalid.val(),
            bresp: u.s.bresp.val().index() as u8,
            arready: u.s.arready.val(),
            rvalid: u.s.rvalid.val(),
            rdata: u.s.rdata.val().index() as u32,
            rresp: u.s.rresp.val().index() as u8,
            irq: u.s_irq.val(),
        }
    }
    fn settle(&mut self) {
        settle(self.uut.as_mut());
    }
}

fn random_bridge_ops(rng: &mut StdRng, n: usize) -> Vec<Op> {
    let addr = |rng: &mut StdRng| -> u16 {
        match rng.gen_range(0..10) {
            0 => rng.gen_range(0x800..0x1000) & !3,
            1 => rng.gen::<u16>() & 0xFFF,
            _ => rng.gen_range(0..16) * 4,
        }
    };
    (0..n)
        .map(|_| {
            let strb = if rng.gen_bool(0.7) {
                0xF
            } else {
                rng.gen::<u8>() & 0xF
            };
            match rng.gen_range(0..10) {
                0..=3 => Op::Write {
                    addr: addr(rng),
                    data: rng.gen(),
                    strb,
                },
                4..=7 => Op::Read { addr: addr(rng) },
                _ => Op::Both {
                    addr: addr(rng),
                    data: rng.gen(),
                    strb,
                    raddr: addr(rng),
                },
            }
        })
        .collect()
}

#[test]
fn bridge_relays_every_transaction_once() {
    let t = Instant::now();
    let mut rng = StdRng::seed_from_u64(0xCDC0);
    for ratio in RATIOS {
        let mut bench = BridgeBench::new();
        let mut clocks = Clocks::new(ratio, &mut rng);
        let ops = random_bridge_ops(&mut rng, 300);
        let timeout = 40 + 40 * ratio.1.div_ceil(ratio.0);
        let mut master = Master::new(ops, timeout);
        let mut irq_seen = (0u32, 0u32);
        let mut last_irq = false;
        let (mut bus, mut fuse) = (0, 0);
        while !master.done() {
            match clocks.next(&mut rng) {
                Edge::Bus(true) => {
                    let s = bench.sample();
                    if s.irq != last_irq {
                        irq_seen.0 += 1;
                        last_irq = s.irq;
                    }
                    let next = master.edge(s, &mut rng);
                    bench.set_bus_clock(true);
                    bench.settle();
                    bench.drive(&next);
                    bench.settle();
                    bus += 1;
                }
                Edge::Bus(false) => {
                    bench.set_bus_clock(false);
                    bench.settle();
                }
                Edge::Fuse(v) => {
                    let pre = bench.view();
                    let irq_before = bench.irq;
                    bench.set_clock(v);
                    bench.settle();
                    if v {
                        bench.slave_edge(pre, &mut rng);
                        if bench.irq != irq_before {
                            irq_seen.1 += 1;
                        }
                        fuse += 1;
                    }
                }
            }
        }
        // Every transaction crossed exactly once, fields intact, in order.
        assert_eq!(master.writes, bench.writes, "writes at ratio {ratio:?}");
        assert_eq!(master.reads, bench.reads, "reads at ratio {ratio:?}");
        assert_eq!(master.bresps, bench.bresps, "write responses at {ratio:?}");
        assert_eq!(master.rresps, bench.rresps, "read responses at {ratio:?}");
        assert_eq!(master.outcomes.len(), 300);
        assert!(bench.aw.is_none() && bench.w.is_none() && bench.ar.is_none());
        // The interrupt followed (levels held long enough to be seen).
        assert!(irq_seen.0 > 0 && irq_seen.1 > 0);
        println!(
            "bridge bus:fuse = {}:{}: 300 operations ({} writes, {} reads), {bus} bus and {fuse} fuse cycles, slowest {} bus cycles",
            ratio.0,
            ratio.1,
            master.writes.len(),
            master.reads.len(),
            master.longest
        );
    }
    println!("bridge test: {:.2} s", t.elapsed().as_secs_f64());
}

/// Steps the bridge bench, with `bus_reset` held at `reset`, until
/// `done(master)` holds after a rising bus edge.
fn step_bridge(
    bench: &mut BridgeBench,
    clocks: &mut Clocks,
    master: &mut Master,
    rng: &mut StdRng,
    reset: bool,
    mut done: impl FnMut(&Master) -> bool,
) {
    bench.uut.bus_reset.next = reset;
    bench.settle();
    loop {
        match clocks.next(rng) {
            Edge::Bus(true) => {
                let next = master.edge(bench.sample(), rng);
                bench.set_bus_clock(true);
                bench.settle();
                bench.drive(&next);
                bench.settle();
                if done(master) {
                    return;
                }
            }
            Edge::Bus(false) => {
                bench.set_bus_clock(false);
                bench.settle();
            }
            Edge::Fuse(v) => {
                let pre = bench.view();
                bench.set_clock(v);
                bench.settle();
                if v {
                    bench.slave_edge(pre, rng);
                }
            }
        }
    }
}

/// A bus reset while a request is in flight on the fuse side: the request
/// completes at the slave, its answer never reaches the bus, and the next
/// request gets its own answer. A request only half presented (address
/// without data) when the reset comes never reaches the slave.
#[test]
fn bus_reset_drops_the_answer_in_flight() {
    let mut rng = StdRng::seed_from_u64(0xB5E7);
    for ratio in [(1, 9), (3, 7), (9, 1)] {
        for write in [false, true] {
            let mut bench = BridgeBench::new();
            let mut clocks = Clocks::new(ratio, &mut rng);
            let first = if write {
                Op::Write {
                    addr: 0x40,
                    data: 0x1234_5678,
                    strb: 0xF,
                }
            } else {
                Op::Read { addr: 0x40 }
            };
            let mut master = Master::new(vec![first], 10_000);
            master.eager = true;
            // Until the request is taken, then two bus edges: it is launched
            // (the bus side hands it over one edge after taking it).
            let mut after = 0;
            step_bridge(&mut bench, &mut clocks, &mut master, &mut rng, false, |m| {
                if !m.reads.is_empty() || !m.writes.is_empty() {
                    after += 1;
                }
                after > 1
            });
            assert!(
                master.outcomes.is_empty(),
                "answered before the reset at {ratio:?}"
            );
            // The master resets: it forgets the request (and checks that no
            // response shows up from now on).
            let mut idle = Master::new(vec![], 10_000);
            let mut n = 0;
            step_bridge(&mut bench, &mut clocks, &mut idle, &mut rng, true, |_| {
                n += 1;
                n > 2
            });
            let mut n = 0;
            step_bridge(&mut bench, &mut clocks, &mut idle, &mut rng, false, |_| {
                n += 1;
                n > 40 * ratio.1.div_ceil(ratio.0) + 40
            });
            // The slave did the first request: it had crossed, and its
            // answer was dropped.
            assert_eq!(bench.reads.len() + bench.writes.len(), 1, "{ratio:?}");
            // The next request gets its own answer.
            let mut next = Master::new(vec![Op::Read { addr: 0x40 }], 10_000);
            step_bridge(&mut bench, &mut clocks, &mut next, &mut rng, false, |m| {
                m.done()
            });
            let want = if write { 0x1234_5678 } else { bench.mem[0x10] };
            assert_eq!(
                next.outcomes,
                [Outcome::Read(want, resp::OKAY)],
                "{ratio:?}"
            );
        }
        // Only the address of a write when the reset comes: nothing crosses.
        let mut bench = BridgeBench::new();
        let mut clocks = Clocks::new(ratio, &mut rng);
        bench.uut.s.awvalid.next = true;
        bench.uut.s.awaddr.next = 0x44.into();
        let mut idle = Master::new(vec![], 10_000);
        idle.out.awvalid = true; // the master drives AW only
        let mut n = 0;
        step_bridge(&mut bench, &mut clocks, &mut idle, &mut rng, false, |_| {
            n += 1;
            n > 1
        });
        let mut n = 0;
        step_bridge(&mut bench, &mut clocks, &mut idle, &mut rng, true, |_| {
            n += 1;
            n > 2
        });
        let mut next = Master::new(vec![Op::Read { addr: 0x44 }], 10_000);
        step_bridge(&mut bench, &mut clocks, &mut next, &mut rng, false, |m| {
            m.done()
        });
        assert!(
            bench.writes.is_empty(),
            "a half-presented write crossed at {ratio:?}"
        );
        assert_eq!(bench.reads, [0x44]);
        println!("bus reset at bus:fuse = {}:{}: ok", ratio.0, ratio.1);
    }
}

// ------------------------------------------------------------------ against the fuse

/// The fuse parameters of these tests: the enable high every cycle until
/// something lowers it.
fn params() -> FuseParams {
    FuseParams {
        max_work_per_cycle: 16,
        power_up_baseline_ratio: 256,
        ..FuseParams::DEFAULT
    }
}

/// Registers whose value does not depend on the cycle an operation
/// happens in while the accelerator reports no work: everything but the
/// cycle counters and trip timestamps (and three `STATUS` bits, masked).
const READS: &[u16] = &[
    reg::ID,
    reg::VERSION,
    reg::CONFIG,
    reg::STATUS,
    reg::TRIP_REASON,
    reg::ERR_CODE,
    reg::INTR_STATE,
    reg::INTR_ENABLE,
    reg::KILL,
    reg::BASELINE_RATIO,
    reg::TRIP_RATIO,
    reg::WINDOW_LEN,
    reg::WINDOW_BUDGET,
    reg::CUM_BUDGET_0,
    reg::CUM_BUDGET_1,
    reg::CUM_BUDGET_2,
    reg::CUM_BUDGET_NEXT_0,
    reg::CUM_BUDGET_NEXT_2,
    reg::REFUSED_WRITES,
    reg::CUM_WORK_0,
    reg::REPORT_THRESHOLD_0,
    reg::REPORT_THRESHOLD_NEXT_1,
    reg::LICENSE_EXPIRY_0,
    reg::LAST_GRANT_SEQ_0,
    0x058, // unmapped
    0x7FC, // unmapped
    0x02A, // unaligned
];

const WRITES: &[u16] = &[
    reg::SNAPSHOT,
    reg::ERR_CODE,
    reg::INTR_STATE,
    reg::INTR_ENABLE,
    reg::BASELINE_RATIO,
    reg::TRIP_RATIO,
    reg::WINDOW_LEN,
    reg::WINDOW_BUDGET,
    reg::CUM_BUDGET_NEXT_0,
    reg::CUM_BUDGET_NEXT_1,
    reg::CUM_BUDGET_NEXT_2,
    reg::CUM_BUDGET_COMMIT,
    reg::REPORT_THRESHOLD_NEXT_0,
    reg::REPORT_THRESHOLD_COMMIT,
    reg::ID,
    reg::CUM_WORK_0,
    0x058,
    0x02A,
];

/// The bits of a read that depend on timing: `STATUS.ENABLED`, `.PACED`
/// and `.HELD` (the phase accumulator, window edges, a hold in progress).
fn timing_free(addr: u16, data: u32) -> u32 {
    if addr == reg::STATUS {
        data & !(status::ENABLED | status::PACED | status::HELD)
    } else {
        data
    }
}

fn masked(ops: &[Op], outcomes: &[Outcome]) -> Vec<Outcome> {
    ops.iter()
        .zip(outcomes)
        .map(|(op, o)| match (op, *o) {
            (Op::Read { addr }, Outcome::Read(d, r)) => Outcome::Read(timing_free(*addr, d), r),
            (_, o) => o,
        })
        .collect()
}

fn random_fuse_ops(rng: &mut StdRng, n: usize) -> Vec<Op> {
    // The constant registers first: the concurrent reads use them.
    let mut ops = vec![
        Op::Read { addr: reg::ID },
        Op::Read { addr: reg::VERSION },
        Op::Read { addr: reg::CONFIG },
    ];
    for _ in 0..n {
        let strb = if rng.gen_bool(0.85) {
            0xF
        } else {
            rng.gen::<u8>() & 0xF
        };
        let addr = WRITES[rng.gen_range(0..WRITES.len())];
        let data: u32 = match addr {
            reg::BASELINE_RATIO | reg::TRIP_RATIO => rng.gen_range(0..300),
            reg::WINDOW_LEN => rng.gen_range(0..2000),
            reg::CUM_BUDGET_COMMIT | reg::REPORT_THRESHOLD_COMMIT => rng.gen_range(0..2),
            _ => {
                if rng.gen_bool(0.5) {
                    rng.gen()
                } else {
                    rng.gen_range(0..64)
                }
            }
        };
        ops.push(match rng.gen_range(0..10) {
            0..=3 => Op::Write { addr, data, strb },
            4..=8 => Op::Read {
                addr: READS[rng.gen_range(0..READS.len())],
            },
            _ => Op::Both {
                addr,
                data,
                strb,
                raddr: [reg::ID, reg::VERSION, reg::CONFIG][rng.gen_range(0..3)],
            },
        });
    }
    // A kill-register write near the end, and the reads that see it.
    ops.push(Op::Write {
        addr: reg::KILL,
        data: 1,
        strb: 0xF,
    });
    for addr in [reg::STATUS, reg::TRIP_REASON, reg::INTR_STATE, reg::KILL] {
        ops.push(Op::Read { addr });
    }
    ops
}

#[test]
fn fuse_cdc_answers_as_the_single_clock_fuse() {
    let t = Instant::now();
    let mut rng = StdRng::seed_from_u64(0xF05E);
    let ops = random_fuse_ops(&mut rng, 500);
    let want = masked(&ops, &reference(params(), &ops, &mut rng));
    assert_eq!(want.len(), ops.len());
    // The reference saw refusals, errors and the kill: the sequence is not
    // trivial.
    assert!(want.contains(&Outcome::Write(resp::SLVERR)));
    assert!(want.contains(&Outcome::Write(resp::OKAY)));
    let consts: Vec<u32> = want[..3]
        .iter()
        .map(|o| match o {
            Outcome::Read(d, _) => *d,
            _ => unreachable!(),
        })
        .collect();
    println!(
        "reference (single clock): {:.2} s",
        t.elapsed().as_secs_f64()
    );
    for ratio in RATIOS {
        let t = Instant::now();
        let mut uut = Box::new(FuseCdc::new(params()));
        uut.connect_all();
        uut.settle();
        let mut clocks = Clocks::new(ratio, &mut rng);
        let timeout = 60 + 60 * ratio.1.div_ceil(ratio.0);
        let mut master = Master::new(ops.clone(), timeout);
        let (bus, fuse) = run(&mut uut, &mut clocks, &mut master, &mut rng, |_, _| {});
        // Both: the write's response as in the reference, the concurrent
        // read of a constant register its value.
        let got: Vec<Outcome> = masked(&ops, &master.outcomes)
            .into_iter()
            .zip(&ops)
            .map(|(o, op)| match (o, op) {
                (Outcome::Both(b, d, r), Op::Both { raddr, .. }) => {
                    let i = [reg::ID, reg::VERSION, reg::CONFIG]
                        .iter()
                        .position(|a| a == raddr)
                        .unwrap();
                    assert_eq!(
                        (d, r),
                        (consts[i], resp::OKAY),
                        "concurrent read of {raddr:#x}"
                    );
                    Outcome::Write(b)
                }
                (o, _) => o,
            })
            .collect();
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(g, w, "operation {i} ({:?}) at bus:fuse {ratio:?}", ops[i]);
        }
        assert_eq!(got.len(), want.len());
        // Every request got exactly one response.
        assert_eq!(master.bresps.len(), master.writes.len());
        assert_eq!(master.rresps.len(), master.reads.len());
        // The kill register tripped the fuse; the interrupt crossed.
        assert!(uut.sample().irq, "irq did not reach the bus side");
        assert!(!uut.accel_clk_en.val());
        println!(
            "fuse_cdc bus:fuse = {}:{}: {} operations, {bus} bus and {fuse} fuse cycles, slowest {} bus cycles, {:.2} s",
            ratio.0,
            ratio.1,
            ops.len(),
            master.longest,
            t.elapsed().as_secs_f64()
        );
    }
}

/// Round trips through `capfuse_fuse_cdc` with an eager master (no
/// delays, no back-pressure): bus cycles from the cycle the request is
/// presented to the response handshake, and the same in time against the
/// bound of `docs/cdc.md` (5 bus + 6 fuse periods for a read, 5 bus + 10
/// fuse periods for a write, the bare fuse answering a read after 1 cycle
/// and a write after 5).
#[test]
fn round_trip_latency() {
    let mut rng = StdRng::seed_from_u64(0x1A7E);
    for ratio in RATIOS {
        let mut uut = Box::new(FuseCdc::new(params()));
        uut.connect_all();
        uut.settle();
        let mut clocks = Clocks::new(ratio, &mut rng);
        let mut ops = Vec::new();
        for i in 0..40 {
            ops.push(Op::Read { addr: reg::ID });
            ops.push(Op::Write {
                addr: reg::INTR_ENABLE,
                data: i & 1,
                strb: 0xF,
            });
        }
        let mut master = Master::new(ops, 1000);
        master.eager = true;
        run(&mut uut, &mut clocks, &mut master, &mut rng, |_, _| {});
        let reads: Vec<u64> = master.latencies.iter().step_by(2).copied().collect();
        let writes: Vec<u64> = master
            .latencies
            .iter()
            .skip(1)
            .step_by(2)
            .copied()
            .collect();
        let (b, f) = ratio;
        // Periods in ratio units; jitter adds up to 1/4 unit per period.
        let in_time = |cycles: u64| cycles * b;
        let slack = |cycles: u64| cycles.div_ceil(4) + 1;
        let rmax = *reads.iter().max().unwrap();
        let wmax = *writes.iter().max().unwrap();
        assert!(
            in_time(rmax) <= 5 * b + 6 * f + slack(rmax + 6),
            "read {rmax} bus cycles at {ratio:?}"
        );
        assert!(
            in_time(wmax) <= 5 * b + 10 * f + slack(wmax + 10),
            "write {wmax} bus cycles at {ratio:?}"
        );
        println!(
            "latency bus:fuse = {b}:{f}: read {}..={} bus cycles, write {}..={} bus cycles",
            reads.iter().min().unwrap(),
            rmax,
            writes.iter().min().unwrap(),
            wmax
        );
    }
}

// ------------------------------------------------------------------ the kill pin

/// Steps until `n` rising fuse edges have passed, the master running reads.
fn fuse_cycles<D: Dut>(
    dut: &mut D,
    clocks: &mut Clocks,
    master: &mut Master,
    rng: &mut StdRng,
    n: u32,
    mut check: impl FnMut(&mut D),
) {
    let mut seen = 0;
    while seen < n {
        match clocks.next(rng) {
            Edge::Bus(true) => {
                let next = master.edge(dut.sample(), rng);
                dut.set_bus_clock(true);
                dut.settle();
                dut.drive(&next);
                dut.settle();
            }
            Edge::Bus(false) => {
                dut.set_bus_clock(false);
                dut.settle();
            }
            Edge::Fuse(v) => {
                dut.set_clock(v);
                dut.settle();
                if v {
                    seen += 1;
                    check(dut);
                }
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum BusActivity {
    Busy,
    Idle,
    Stopped,
}

#[test]
fn kill_pin_stops_the_enable_at_the_next_fuse_edge() {
    let mut rng = StdRng::seed_from_u64(0x4B11);
    for ratio in RATIOS {
        for activity in [BusActivity::Busy, BusActivity::Idle, BusActivity::Stopped] {
            let mut uut = Box::new(FuseCdc::new(params()));
            uut.connect_all();
            uut.settle();
            let mut clocks = Clocks::new(ratio, &mut rng);
            let reads: Vec<Op> = if activity == BusActivity::Busy {
                (0..1000)
                    .map(|_| Op::Read {
                        addr: READS[rng.gen_range(0..READS.len())],
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let mut master = Master::new(reads, 1000);
            // Run a little: the enable comes up (baseline 256/256).
            let warm = rng.gen_range(3..40);
            fuse_cycles(&mut uut, &mut clocks, &mut master, &mut rng, warm, |_| {});
            assert!(uut.accel_clk_en.val(), "enable not up before the kill");
            if activity == BusActivity::Stopped {
                clocks.bus_running = false;
            }
            // Raise the pin right after a fuse edge; it is sampled at the
            // next one, and the enable must be low from that edge on.
            uut.kill.next = true;
            uut.settle();
            assert!(uut.accel_clk_en.val(), "the enable is a register");
            fuse_cycles(&mut uut, &mut clocks, &mut master, &mut rng, 1, |u| {
                assert!(
                    !u.accel_clk_en.val(),
                    "enable still high one edge after kill"
                );
                u.kill.next = false;
                u.settle();
            });
            // The trip is sticky.
            fuse_cycles(&mut uut, &mut clocks, &mut master, &mut rng, 50, |u| {
                assert!(!u.accel_clk_en.val(), "enable came back after the kill");
            });
        }
        println!(
            "kill pin at bus:fuse = {}:{}: ok (bus busy, idle, stopped)",
            ratio.0, ratio.1
        );
    }
}

// ------------------------------------------------------------------ the card

#[test]
fn card_cdc_answers_through_the_crossing() {
    let t = Instant::now();
    let mut rng = StdRng::seed_from_u64(0xCA8D);
    let keys = [[7u8; 32], [9u8; 32]];
    for ratio in [(3, 11), (11, 3)] {
        let mut uut = Box::new(CardCdc::new(params(), &keys, 1).unwrap());
        uut.connect_all();
        uut.settle();
        let mut clocks = Clocks::new(ratio, &mut rng);
        let ops = vec![
            Op::Read { addr: reg::ID },
            Op::Write {
                addr: reg::INTR_ENABLE,
                data: 0,
                strb: 0xF,
            },
            Op::Read {
                addr: reg::INTR_ENABLE,
            },
            Op::Write {
                addr: reg::BASELINE_RATIO,
                data: 300,
                strb: 0xF,
            },
            Op::Read {
                addr: reg::ERR_CODE,
            },
            Op::Both {
                addr: reg::INTR_ENABLE,
                data: 1,
                strb: 0xF,
                raddr: capfuse_abi::crypto::AUTHORITY_CONFIG,
            },
            Op::Read {
                addr: capfuse_abi::crypto::CRYPTO_CMD + 0x7F0,
            },
        ];
        let mut master = Master::new(ops, 200 + 60 * ratio.1.div_ceil(ratio.0));
        run(&mut uut, &mut clocks, &mut master, &mut rng, |_, _| {});
        let o = &master.outcomes;
        assert_eq!(o[0], Outcome::Read(capfuse_abi::FUSE_ID, resp::OKAY));
        assert_eq!(o[1], Outcome::Write(resp::OKAY));
        assert_eq!(o[2], Outcome::Read(0, resp::OKAY));
        assert_eq!(o[3], Outcome::Write(resp::SLVERR));
        match o[4] {
            Outcome::Read(err, r) => assert!(err != 0 && r == resp::OKAY, "ERR_CODE {err:#x}"),
            other => panic!("unexpected {other:?}"),
        }
        match o[5] {
            // AUTHORITY_CONFIG: n = 2 keys, k = 1, in some packing; only
            // check that the crypto window answered.
            Outcome::Both(b, _, r) => assert_eq!((b, r), (resp::OKAY, resp::OKAY)),
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(o[6], Outcome::Read(0, resp::SLVERR));
        // The kill pin, with the bus running.
        let mut master = Master::new(vec![Op::Read { addr: reg::STATUS }; 20], 1000);
        fuse_cycles(&mut uut, &mut clocks, &mut master, &mut rng, 5, |_| {});
        assert!(uut.accel_clk_en.val());
        uut.kill.next = true;
        uut.settle();
        fuse_cycles(&mut uut, &mut clocks, &mut master, &mut rng, 1, |u| {
            assert!(!u.accel_clk_en.val());
            u.kill.next = false;
            u.settle();
        });
        run(&mut uut, &mut clocks, &mut master, &mut rng, |_, _| {});
        let mut master = Master::new(
            vec![Op::Read {
                addr: reg::TRIP_REASON,
            }],
            1000,
        );
        run(&mut uut, &mut clocks, &mut master, &mut rng, |_, _| {});
        assert_eq!(
            master.outcomes[0],
            Outcome::Read(trip::KILL_PIN, resp::OKAY)
        );
        // INTR_ENABLE was set again by the concurrent write: irq crossed.
        fuse_cycles(&mut uut, &mut clocks, &mut master, &mut rng, 10, |_| {});
        assert!(uut.sample().irq);
        println!(
            "card_cdc bus:fuse = {}:{}: ok ({:.2} s so far)",
            ratio.0,
            ratio.1,
            t.elapsed().as_secs_f64()
        );
    }
}

// ------------------------------------------------------------------ lint

#[test]
fn cdc_tops_lint_clean() {
    let dir = flow::work_dir("cdc-lint").unwrap();
    let fuse = dir.join("capfuse_fuse_cdc.v");
    std::fs::write(&fuse, capfuse_hdl::generate_fuse_cdc_verilog(params())).unwrap();
    let card = dir.join("capfuse_card_cdc.v");
    let keys = [[7u8; 32], [9u8; 32]];
    std::fs::write(
        &card,
        capfuse_hdl::generate_card_cdc_verilog(params(), &keys, 1).unwrap(),
    )
    .unwrap();
    for (path, top) in [
        (&fuse, capfuse_hdl::FUSE_CDC_MODULE),
        (&card, capfuse_hdl::CARD_CDC_MODULE),
    ] {
        let v = std::fs::read_to_string(path).unwrap();
        assert!(v.contains(&format!("module {top}(")));
        assert!(!v.contains("module top"));
        // The synchroniser flops carry ASYNC_REG for Vivado.
        assert!(v.contains("(* ASYNC_REG = \"TRUE\" *) reg r;"));
        let lint = flow::lint_top(path, top).unwrap();
        println!(
            "{top}: {} warnings, {:.2} s",
            lint.warnings.len(),
            lint.seconds
        );
        assert!(
            lint.warnings.is_empty(),
            "{top}:\n{}",
            lint.warnings.join("\n")
        );
    }
}

// ------------------------------------------------------------------ structure

/// A gate-level netlist from yosys' BLIF: what each net is computed from.
struct Netlist {
    /// Flops: Q net -> (clock net, data-side input nets: D, enable, reset).
    flops: HashMap<String, (String, Vec<String>)>,
    /// Combinational nodes and aliases: output net -> input nets (and
    /// whether the node is an identity: `.conn` or a one-input buffer).
    logic: HashMap<String, (Vec<String>, bool)>,
}

impl Netlist {
    fn parse(blif: &str) -> Netlist {
        let mut flops = HashMap::new();
        let mut logic = HashMap::new();
        let lines: Vec<&str> = blif.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let w: Vec<&str> = lines[i].split_whitespace().collect();
            i += 1;
            match w.first().copied() {
                Some(".names") => {
                    let (out, ins) = w[1..].split_last().unwrap();
                    let mut rows = Vec::new();
                    while i < lines.len() && !lines[i].starts_with('.') {
                        rows.push(lines[i].trim());
                        i += 1;
                    }
                    let identity = ins.len() == 1 && rows == ["1 1"];
                    logic.insert(
                        out.to_string(),
                        (ins.iter().map(|s| s.to_string()).collect(), identity),
                    );
                }
                Some(".conn") => {
                    logic.insert(w[2].to_string(), (vec![w[1].to_string()], true));
                }
                Some(".latch") => {
                    assert_eq!(w[3], "re", "{}", lines[i - 1]);
                    flops.insert(w[2].to_string(), (w[4].to_string(), vec![w[1].to_string()]));
                }
                Some(".subckt") => {
                    assert!(
                        w[1].starts_with("$_DFF") || w[1].starts_with("$_SDFF"),
                        "{}",
                        lines[i - 1]
                    );
                    let mut clock = String::new();
                    let mut q = String::new();
                    let mut data = Vec::new();
                    for pin in &w[2..] {
                        let (p, net) = pin.split_once('=').unwrap();
                        match p {
                            "C" => clock = net.to_string(),
                            "Q" => q = net.to_string(),
                            _ => data.push(net.to_string()),
                        }
                    }
                    flops.insert(q, (clock, data));
                }
                _ => {}
            }
        }
        Netlist { flops, logic }
    }

    /// `net` with identities (aliases, buffers) followed back.
    fn resolve<'a>(&'a self, mut net: &'a str) -> &'a str {
        while let Some((ins, true)) = self.logic.get(net) {
            net = &ins[0];
        }
        net
    }

    /// The flop outputs and top-level inputs `net` is computed from.
    fn sources(&self, net: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut out = BTreeSet::new();
        let mut todo = vec![net.to_string()];
        while let Some(n) = todo.pop() {
            if !seen.insert(n.clone()) {
                continue;
            }
            if self.flops.contains_key(&n) {
                out.insert(n);
            } else if let Some((ins, _)) = self.logic.get(&n) {
                todo.extend(ins.iter().cloned());
            } else if !n.starts_with('$') {
                out.insert(n); // a top-level input
            }
        }
        out
    }
}

/// Checks the clock-domain structure of a flattened netlist: every flop
/// whose inputs depend on the other clock domain is either the first stage
/// of a synchroniser fed straight (no logic) from one flop or input of the
/// other domain, or reads from the other domain only the held request or
/// response registers (`holding`). `domain_of_input` gives the domain of a
/// top-level input. Returns (synchroniser first stages, capture flops).
fn check_cdc_structure(
    net: &Netlist,
    holding: &[&str],
    domain_of_input: impl Fn(&str) -> Option<&'static str>,
) -> (usize, usize) {
    let domain_of_clock = |c: &str| -> &'static str {
        match net.resolve(c) {
            "bus_clock" => "bus",
            "clock" => "fuse",
            other => panic!("flop on an unknown clock {other}"),
        }
    };
    let domain_of = |src: &str| -> &'static str {
        match net.flops.get(src) {
            Some((clk, _)) => domain_of_clock(clk),
            None => domain_of_input(src).unwrap_or_else(|| panic!("input {src} has no domain")),
        }
    };
    let holding_reg = |q: &str| {
        holding
            .iter()
            .any(|h| q.ends_with(&format!("{h}.q")) || q.contains(&format!("{h}.q[")))
    };
    let (mut syncs, mut captures) = (0, 0);
    for (q, (clk, data)) in &net.flops {
        let mine = domain_of_clock(clk);
        let foreign: Vec<String> = data
            .iter()
            .flat_map(|d| net.sources(d))
            .filter(|s| domain_of(s) != mine)
            .collect();
        if foreign.is_empty() {
            continue;
        }
        if q.ends_with(".meta.r") {
            assert_eq!(
                data.len(),
                1,
                "{q}: a synchroniser stage with an enable or reset"
            );
            let d = net.resolve(&data[0]);
            assert!(
                net.flops.contains_key(d) || domain_of_input(d).is_some(),
                "{q}: synchroniser input {d} passes through logic"
            );
            syncs += 1;
        } else {
            for f in &foreign {
                assert!(
                    holding_reg(f),
                    "{q} ({mine} domain) reads {f} from the other domain without a synchroniser"
                );
            }
            captures += 1;
        }
    }
    (syncs, captures)
}

/// yosys `synth -flatten` of `verilog` (top `top`) to BLIF.
fn flat_netlist(verilog: &str, top: &str, label: &str) -> Netlist {
    let dir = flow::work_dir(label).unwrap();
    std::fs::write(dir.join("design.v"), verilog).unwrap();
    let out = Tool::YOSYS
        .run(
            [
                "-q",
                "-p",
                &format!("read_verilog design.v; synth -flatten -top {top}; opt_clean; write_blif design.blif"),
            ],
            &dir,
        )
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Netlist::parse(&std::fs::read_to_string(dir.join("design.blif")).unwrap())
}

/// The bus side's held request and the fuse side's held response: the
/// only registers the other domain may read directly.
const HOLDING: &[&str] = &[
    "req_write",
    "req_addr",
    "req_wdata",
    "req_wstrb",
    "rsp_data",
    "rsp_resp",
];

#[test]
fn crossings_go_through_synchronisers_or_held_registers() {
    let t = Instant::now();
    // The bridge alone: the slave port `s` and `bus_reset` are in the bus
    // domain, the master port `m` and `m_irq` in the fuse's.
    let mut uut = AxiLiteCdc::new();
    uut.connect_all();
    let net = flat_netlist(&generate_verilog(&uut), "top", "cdc-structure-bridge");
    let (syncs, captures) = check_cdc_structure(&net, HOLDING, |i| {
        let base = i.split('[').next().unwrap();
        if base.starts_with("s$") || base == "bus_reset" {
            Some("bus")
        } else if base.starts_with("m$") || base == "m_irq" {
            Some("fuse")
        } else {
            None
        }
    });
    println!(
        "bridge: {} flops, {syncs} synchroniser first stages, {captures} capture flops",
        net.flops.len()
    );
    assert_eq!(syncs, 3);
    assert!(captures > 0);
    // The fuse behind the bridge: the same holds for the whole design
    // (AXI and irq on the bus side; work, kill on the fuse side).
    let v = capfuse_hdl::generate_fuse_cdc_verilog(params());
    let net = flat_netlist(&v, capfuse_hdl::FUSE_CDC_MODULE, "cdc-structure-fuse");
    let (syncs, captures) = check_cdc_structure(&net, HOLDING, |i| {
        let base = i.split('[').next().unwrap();
        if base.starts_with("axi_") || base == "bus_reset" {
            Some("bus")
        } else if base == "work_units" || base == "kill" {
            Some("fuse")
        } else {
            None
        }
    });
    println!(
        "capfuse_fuse_cdc: {} flops, {syncs} synchroniser first stages, {captures} capture flops ({:.1} s)",
        net.flops.len(),
        t.elapsed().as_secs_f64()
    );
    assert_eq!(syncs, 3);
}

// ------------------------------------------------------------------ the emitted Verilog

/// An Icarus Verilog testbench for `capfuse_fuse_cdc` with two free
/// clocks (half periods in ps), running `ops` one at a time (inputs change
/// and outputs are sampled on falling bus edges) and printing one line per
/// response.
fn iverilog_bench(ops: &[Op], bus_half_ps: u32, fuse_half_ps: u32) -> String {
    let mut body = String::new();
    for op in ops {
        match *op {
            Op::Write { addr, data, strb } => body.push_str(&format!(
                "        wr(12'h{addr:03x}, 32'h{data:08x}, 4'h{strb:x});\n"
            )),
            Op::Read { addr } => body.push_str(&format!("        rd(12'h{addr:03x});\n")),
            Op::Both { .. } => unreachable!("one operation at a time"),
        }
    }
    let timeout = ops.len() as u64 * 400 * u64::from(bus_half_ps.max(fuse_half_ps));
    format!(
        r#"`timescale 1ps/1ps
module tb;
    reg bus_clock = 1'b0;
    reg clock = 1'b0;
    always #{bus_half_ps} bus_clock = ~bus_clock;
    initial begin #1; forever #{fuse_half_ps} clock = ~clock; end
    reg awvalid = 0, wvalid = 0, bready = 0, arvalid = 0, rready = 0;
    reg [11:0] awaddr = 0, araddr = 0;
    reg [31:0] wdata = 0;
    reg [3:0] wstrb = 0;
    wire awready, wready, bvalid, arready, rvalid, irq, accel_clk_en;
    wire [1:0] bresp, rresp;
    wire [31:0] rdata;
    reg hs_a, hs_w;
    capfuse_fuse_cdc dut(
        .bus_clock(bus_clock), .bus_reset(1'b0), .axi_awvalid(awvalid), .axi_awready(awready), .axi_awaddr(awaddr),
        .axi_wvalid(wvalid), .axi_wready(wready), .axi_wdata(wdata), .axi_wstrb(wstrb),
        .axi_bvalid(bvalid), .axi_bready(bready), .axi_bresp(bresp),
        .axi_arvalid(arvalid), .axi_arready(arready), .axi_araddr(araddr),
        .axi_rvalid(rvalid), .axi_rready(rready), .axi_rdata(rdata), .axi_rresp(rresp),
        .irq(irq), .clock(clock), .work_units(16'd0), .kill(1'b0), .accel_clk_en(accel_clk_en));
    task wr(input [11:0] a, input [31:0] d, input [3:0] s);
        begin
            @(negedge bus_clock);
            awvalid = 1; awaddr = a; wvalid = 1; wdata = d; wstrb = s;
            while (awvalid || wvalid) begin
                hs_a = awvalid & awready; hs_w = wvalid & wready;
                if (bvalid) begin $display("ERROR bvalid before the request was taken"); $finish; end
                @(negedge bus_clock);
                if (hs_a) awvalid = 0;
                if (hs_w) wvalid = 0;
            end
            while (!bvalid) @(negedge bus_clock);
            $display("W %03x %0d", a, bresp);
            bready = 1;
            @(negedge bus_clock);
            bready = 0;
            if (bvalid) begin $display("ERROR bvalid after its handshake"); $finish; end
        end
    endtask
    task rd(input [11:0] a);
        begin
            @(negedge bus_clock);
            arvalid = 1; araddr = a;
            while (arvalid) begin
                hs_a = arready;
                if (rvalid) begin $display("ERROR rvalid before the request was taken"); $finish; end
                @(negedge bus_clock);
                if (hs_a) arvalid = 0;
            end
            while (!rvalid) @(negedge bus_clock);
            $display("R %03x %08x %0d", a, rdata, rresp);
            rready = 1;
            @(negedge bus_clock);
            rready = 0;
            if (rvalid) begin $display("ERROR rvalid after its handshake"); $finish; end
        end
    endtask
    initial begin #{timeout}; $display("ERROR timeout"); $finish; end
    initial begin
{body}        $display("DONE");
        $finish;
    end
endmodule
"#
    )
}

/// The emitted Verilog of `capfuse_fuse_cdc` in Icarus Verilog gives the
/// responses rust-hdl's single-clock fuse gives (the DESIGN.md trap: the
/// two simulators can disagree), at two unrelated clock ratios.
#[test]
fn emitted_fuse_cdc_agrees_in_icarus_verilog() {
    let tool = Tool {
        program: "iverilog",
        install: "apt-get install iverilog",
    };
    let vvp = Tool {
        program: "vvp",
        install: "apt-get install iverilog",
    };
    let mut rng = StdRng::seed_from_u64(0x1CA5);
    let ops: Vec<Op> = random_fuse_ops(&mut rng, 400)
        .into_iter()
        .map(|op| match op {
            Op::Both {
                addr, data, strb, ..
            } => Op::Write { addr, data, strb },
            op => op,
        })
        .collect();
    let want = masked(&ops, &reference(params(), &ops, &mut rng));
    let dir = flow::work_dir("cdc-iverilog").unwrap();
    std::fs::write(
        dir.join("capfuse_fuse_cdc.v"),
        capfuse_hdl::generate_fuse_cdc_verilog(params()),
    )
    .unwrap();
    for (bus, fuse) in [(2000u32, 5000u32), (6500, 3500), (500, 8500)] {
        let t = Instant::now();
        std::fs::write(dir.join("tb.v"), iverilog_bench(&ops, bus, fuse)).unwrap();
        let out = tool
            .run(
                [
                    "-g2005",
                    "-o",
                    "tb.vvp",
                    "-s",
                    "tb",
                    "tb.v",
                    "capfuse_fuse_cdc.v",
                ],
                &dir,
            )
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let out = vvp.run(["-n", "tb.vvp"], &dir).unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(text.contains("DONE") && !text.contains("ERROR"), "{text}");
        let got: Vec<Outcome> = text
            .lines()
            .filter_map(|l| {
                let w: Vec<&str> = l.split_whitespace().collect();
                match w.first() {
                    Some(&"W") => Some(Outcome::Write(w[2].parse().unwrap())),
                    Some(&"R") => Some(Outcome::Read(
                        u32::from_str_radix(w[2], 16).unwrap(),
                        w[3].parse().unwrap(),
                    )),
                    _ => None,
                }
            })
            .collect();
        let got = masked(&ops, &got);
        assert_eq!(got.len(), want.len());
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(
                g, w,
                "operation {i} ({:?}), bus/fuse half periods {bus}/{fuse} ps",
                ops[i]
            );
        }
        println!(
            "iverilog bus/fuse half periods {bus}/{fuse} ps: {} operations agree ({:.1} s)",
            ops.len(),
            t.elapsed().as_secs_f64()
        );
    }
}
