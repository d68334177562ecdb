//! An AXI4-Lite master for the fuse core's register port.
//!
//! Transactions are queued ([`AxiMaster::write`], [`AxiMaster::read`] and the
//! helpers) and carried out one at a time, in order, so a read queued after a
//! write always sees the write's effect. Each cycle the caller hands the
//! master the outputs of the cycle ([`AxiMaster::observe`]) and lets it fill
//! in the AXI fields of the inputs ([`AxiMaster::drive`]) before stepping
//! the engine:
//!
//! ```text
//! loop {
//!     let out = engine.outputs();      // outputs of cycle t
//!     bus.observe(&out);               // responses seen in cycle t complete now
//!     bus.drive(&mut pins);            // AXI inputs of cycle t
//!     engine.step(&pins);              // rising edge at the end of cycle t
//! }
//! ```
//!
//! [`AxiMaster::clock`] does exactly that. The address and data channels of a
//! write are independent: each valid drops as soon as its own handshake is
//! done, whichever comes first. `bready` and `rready` are always high, so a
//! response completes in the first cycle it is valid.

use std::collections::VecDeque;

use capfuse_abi::{reg, register_named, resp, wide_words, Register};

use crate::engine::{Engine, PinsIn, PinsOut};

/// Identifies a queued transaction.
pub type TxnId = u64;

/// What a transaction does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Write `data` under byte strobes `strb` to byte address `addr`.
    Write {
        /// Byte address.
        addr: u16,
        /// Write data.
        data: u32,
        /// Byte strobes (bit k enables byte k).
        strb: u8,
    },
    /// Read byte address `addr`.
    Read {
        /// Byte address.
        addr: u16,
    },
}

impl Op {
    /// The byte address.
    pub fn addr(&self) -> u16 {
        match *self {
            Op::Write { addr, .. } | Op::Read { addr } => addr,
        }
    }
    /// True for writes.
    pub fn is_write(&self) -> bool {
        matches!(self, Op::Write { .. })
    }
}

/// A finished transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Completion {
    /// The id [`AxiMaster::write`] or [`AxiMaster::read`] returned.
    pub id: TxnId,
    /// What was done.
    pub op: Op,
    /// `bresp` or `rresp` ([`capfuse_abi::resp`]).
    pub resp: u8,
    /// Read data (0 for writes).
    pub data: u32,
    /// Cycle the master started driving the transaction.
    pub issued: u64,
    /// Cycle of the last request handshake (for a write, the later of the
    /// address and data handshakes; for a read, the address handshake).
    pub accepted: u64,
    /// Cycle the response handshake happened (response valid and ready).
    pub completed: u64,
}

impl Completion {
    /// True when the response was OKAY.
    pub fn okay(&self) -> bool {
        self.resp == resp::OKAY
    }
    /// Name of the register addressed, or its offset in hex.
    pub fn target(&self) -> String {
        reg_name(self.op.addr())
    }
}

/// Name of the register at `addr`, or the address in hex if none.
pub fn reg_name(addr: u16) -> String {
    match capfuse_abi::register_at(addr) {
        Some(r) if addr.is_multiple_of(4) => r.name.to_string(),
        _ => format!("0x{addr:03x}"),
    }
}

/// A transaction the master has started.
#[derive(Clone, Copy, Debug)]
struct Active {
    id: TxnId,
    op: Op,
    issued: u64,
    /// Cycle of the address handshake, once done.
    addr_done: Option<u64>,
    /// Cycle of the data handshake, once done (writes only).
    data_done: Option<u64>,
}

/// The AXI4-Lite master.
#[derive(Debug)]
pub struct AxiMaster {
    queue: VecDeque<(TxnId, Op)>,
    active: Option<Active>,
    next_id: TxnId,
    /// Cycle that the next `drive` drives.
    cycle: u64,
    /// Outputs of the current cycle, from `observe`.
    out: Option<PinsOut>,
    completed: Vec<Completion>,
    w_lag: u64,
}

impl Default for AxiMaster {
    fn default() -> Self {
        Self::new()
    }
}

impl AxiMaster {
    /// An idle master at cycle 0.
    pub fn new() -> Self {
        AxiMaster {
            queue: VecDeque::new(),
            active: None,
            next_id: 0,
            cycle: 0,
            out: None,
            completed: Vec::new(),
            w_lag: 0,
        }
    }

    /// Presents write data `lag` cycles after the write address (default 0),
    /// to exercise independent handshakes.
    pub fn set_write_data_lag(&mut self, lag: u64) {
        self.w_lag = lag;
    }

    /// Queues a write; returns its id.
    pub fn write(&mut self, addr: u16, data: u32, strb: u8) -> TxnId {
        self.push(Op::Write { addr, data, strb })
    }

    /// Queues a read; returns its id.
    pub fn read(&mut self, addr: u16) -> TxnId {
        self.push(Op::Read { addr })
    }

    /// Queues a full-word write to a register by name (see
    /// [`capfuse_abi::register_named`]).
    pub fn write_named(&mut self, name: &str, data: u32) -> Option<TxnId> {
        register_named(name).map(|r| self.write(r.offset, data, 0xf))
    }

    /// Queues the write(s) that set a limit. `CUM_BUDGET` (96 bits) becomes
    /// the three staging writes and the commit ([`AxiMaster::set_cum_budget`]);
    /// any other name is one full-word write. Returns the ids; the last one
    /// is the write whose response says whether the limit was accepted.
    pub fn write_limit(&mut self, name: &str, value: u128) -> Option<Vec<TxnId>> {
        if name.eq_ignore_ascii_case("CUM_BUDGET") || name.eq_ignore_ascii_case("CUM_BUDGET_NEXT") {
            return Some(self.set_cum_budget(value).to_vec());
        }
        let r = register_named(name)?;
        Some(vec![self.write(r.offset, value as u32, 0xf)])
    }

    /// Queues `CUM_BUDGET_NEXT_0..2 = budget` then `CUM_BUDGET_COMMIT = 1`.
    /// The commit's response says whether the budget was accepted.
    pub fn set_cum_budget(&mut self, budget: u128) -> [TxnId; 4] {
        [
            self.write(reg::CUM_BUDGET_NEXT_0, budget as u32, 0xf),
            self.write(reg::CUM_BUDGET_NEXT_1, (budget >> 32) as u32, 0xf),
            self.write(reg::CUM_BUDGET_NEXT_2, (budget >> 64) as u32, 0xf),
            self.write(reg::CUM_BUDGET_COMMIT, 1, 0xf),
        ]
    }

    /// Queues a `SNAPSHOT` write followed by reads of every counter word
    /// (see [`counter_registers`]). Returns the snapshot write's id and the
    /// reads' ids paired with their registers.
    pub fn snapshot_counters(&mut self) -> (TxnId, Vec<(TxnId, &'static Register)>) {
        let snap = self.write(reg::SNAPSHOT, 1, 0xf);
        let reads = counter_registers()
            .into_iter()
            .map(|r| (self.read(r.offset), r))
            .collect();
        (snap, reads)
    }

    fn push(&mut self, op: Op) -> TxnId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push_back((id, op));
        id
    }

    /// True when nothing is queued or in flight.
    pub fn is_idle(&self) -> bool {
        self.active.is_none() && self.queue.is_empty()
    }

    /// Number of transactions queued or in flight.
    pub fn pending(&self) -> usize {
        self.queue.len() + usize::from(self.active.is_some())
    }

    /// The transaction in flight: its id, what it does and the cycle it
    /// started.
    pub fn in_flight(&self) -> Option<(TxnId, Op, u64)> {
        self.active.map(|a| (a.id, a.op, a.issued))
    }

    /// The cycle the next [`AxiMaster::drive`] drives.
    pub fn cycle(&self) -> u64 {
        self.cycle
    }

    /// Takes the outputs of the current cycle. A response that is valid now
    /// completes in this cycle (the master's ready is always high) and is
    /// returned by [`AxiMaster::take_completed`].
    pub fn observe(&mut self, out: &PinsOut) {
        self.out = Some(*out);
        let Some(a) = self.active else { return };
        let requested = match a.op {
            Op::Write { .. } => a.addr_done.is_some() && a.data_done.is_some(),
            Op::Read { .. } => a.addr_done.is_some(),
        };
        if !requested {
            return;
        }
        let (valid, code, data) = match a.op {
            Op::Write { .. } => (out.bvalid, out.bresp, 0),
            Op::Read { .. } => (out.rvalid, out.rresp, out.rdata),
        };
        if valid {
            self.completed.push(Completion {
                id: a.id,
                op: a.op,
                resp: code,
                data,
                issued: a.issued,
                accepted: a.addr_done.unwrap().max(a.data_done.unwrap_or(0)),
                completed: self.cycle,
            });
            self.active = None;
        }
    }

    /// Fills in the AXI inputs of the current cycle (the other fields of
    /// `pins` are left alone) and advances to the next cycle. Uses the ready
    /// signals from the last [`AxiMaster::observe`], which must have been
    /// given this cycle's outputs.
    pub fn drive(&mut self, pins: &mut PinsIn) {
        let out = self.out.take().unwrap_or_default();
        pins.awvalid = false;
        pins.wvalid = false;
        pins.arvalid = false;
        pins.bready = true;
        pins.rready = true;
        if self.active.is_none() {
            if let Some((id, op)) = self.queue.pop_front() {
                self.active = Some(Active {
                    id,
                    op,
                    issued: self.cycle,
                    addr_done: None,
                    data_done: None,
                });
            }
        }
        if let Some(a) = self.active.as_mut() {
            match a.op {
                Op::Write { addr, data, strb } => {
                    pins.awaddr = addr;
                    pins.wdata = data;
                    pins.wstrb = strb;
                    if a.addr_done.is_none() {
                        pins.awvalid = true;
                        if out.awready {
                            a.addr_done = Some(self.cycle);
                        }
                    }
                    if a.data_done.is_none() && self.cycle >= a.issued + self.w_lag {
                        pins.wvalid = true;
                        if out.wready {
                            a.data_done = Some(self.cycle);
                        }
                    }
                }
                Op::Read { addr } => {
                    pins.araddr = addr;
                    if a.addr_done.is_none() {
                        pins.arvalid = true;
                        if out.arready {
                            a.addr_done = Some(self.cycle);
                        }
                    }
                }
            }
        }
        self.cycle += 1;
    }

    /// Completed transactions since the last call, oldest first.
    pub fn take_completed(&mut self) -> Vec<Completion> {
        std::mem::take(&mut self.completed)
    }

    /// One whole cycle: observes the engine's outputs, drives the bus fields
    /// of `pins`, steps the engine. Returns the outputs of the cycle.
    pub fn clock(&mut self, engine: &mut dyn Engine, pins: &mut PinsIn) -> PinsOut {
        let out = engine.outputs();
        self.observe(&out);
        self.drive(pins);
        engine.step(pins);
        out
    }

    /// The transaction the bus still waits for, as a timeout at this
    /// cycle; `None` when the bus is idle.
    pub fn stuck(&self) -> Option<BusTimeout> {
        if self.is_idle() {
            return None;
        }
        let (id, op, issued) = self
            .in_flight()
            .or(self.queue.front().map(|(i, o)| (*i, *o, self.cycle)))?;
        Some(BusTimeout {
            id,
            op,
            issued,
            cycle: self.cycle,
        })
    }

    /// Clocks the engine with `pins` (work, kill) until every queued
    /// transaction has completed, or `max_cycles` pass. Returns the
    /// completions, or an error naming the transaction that hung.
    pub fn run_until_idle(
        &mut self,
        engine: &mut dyn Engine,
        pins: &mut PinsIn,
        max_cycles: u64,
    ) -> Result<Vec<Completion>, BusTimeout> {
        let mut done = Vec::new();
        for _ in 0..max_cycles {
            if self.is_idle() {
                break;
            }
            self.clock(engine, pins);
            done.extend(self.take_completed());
        }
        // Responses that arrive in the cycle the loop stopped at.
        if !self.is_idle() {
            self.observe(&engine.outputs());
            done.extend(self.take_completed());
        }
        match self.stuck() {
            Some(timeout) => Err(timeout),
            None => Ok(done),
        }
    }
}

/// A transaction that got no response in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "bus {} of {} started at cycle {issued} got no response by cycle {cycle}",
    if op.is_write() { "write" } else { "read" },
    reg_name(op.addr())
)]
pub struct BusTimeout {
    /// The transaction.
    pub id: TxnId,
    /// What it does.
    pub op: Op,
    /// When it started.
    pub issued: u64,
    /// When the master gave up.
    pub cycle: u64,
}

/// Every counter word a snapshot makes readable, in map order.
pub fn counter_registers() -> Vec<&'static Register> {
    capfuse_abi::REGISTERS
        .iter()
        .filter(|r| r.class == capfuse_abi::Class::Counter)
        .collect()
}

/// Assembles a wide value (e.g. `"CUM_WORK"`) from read words; `word(r)`
/// gives the value read for register `r`, `None` if it is missing.
pub fn assemble_wide(name: &str, mut word: impl FnMut(&Register) -> Option<u32>) -> Option<u128> {
    let words = wide_words(name);
    if words.is_empty() {
        return register_named(name).and_then(|r| word(r).map(u128::from));
    }
    let mut v = 0u128;
    for r in words {
        v |= u128::from(word(r)?) << (32 * u32::from(r.wide.1));
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal AXI4-Lite slave following docs/fuse-core.md's bus timing:
    /// a register file of 4 words; writes answer 5 cycles after both
    /// channels are captured; address 0x100 answers SLVERR.
    #[derive(Default)]
    struct Slave {
        regs: [u32; 4],
        aw: Option<u16>,
        w: Option<(u32, u8)>,
        phase: u8,
        b: Option<u8>,
        r: Option<(u32, u8)>,
        writes_applied: Vec<(u64, u16, u32)>,
        cycle: u64,
    }

    impl Engine for Slave {
        fn kind(&self) -> crate::EngineKind {
            crate::EngineKind::Model
        }
        fn outputs(&self) -> PinsOut {
            PinsOut {
                awready: self.aw.is_none(),
                wready: self.w.is_none(),
                bvalid: self.b.is_some(),
                bresp: self.b.unwrap_or(0),
                arready: self.r.is_none(),
                rvalid: self.r.is_some(),
                rdata: self.r.map_or(0, |r| r.0),
                rresp: self.r.map_or(0, |r| r.1),
                ..PinsOut::default()
            }
        }
        fn step(&mut self, i: &PinsIn) {
            let (mut aw, mut w, mut b, mut r) = (self.aw, self.w, self.b, self.r);
            if self.r.is_some() && i.rready {
                r = None;
            }
            if i.arvalid && self.r.is_none() {
                let ok = i.araddr < 16;
                r = Some((
                    if ok {
                        self.regs[usize::from(i.araddr / 4)]
                    } else {
                        0
                    },
                    if ok { resp::OKAY } else { resp::SLVERR },
                ));
            }
            if i.awvalid && self.aw.is_none() {
                aw = Some(i.awaddr);
            }
            if i.wvalid && self.w.is_none() {
                w = Some((i.wdata, i.wstrb));
            }
            let start =
                self.phase == 0 && self.aw.is_some() && self.w.is_some() && self.b.is_none();
            let mut phase = if start || (1..=3).contains(&self.phase) {
                self.phase + 1
            } else {
                0
            };
            if self.phase == 4 {
                let addr = self.aw.unwrap();
                let ok = addr < 16;
                if ok {
                    self.regs[usize::from(addr / 4)] = self.w.unwrap().0;
                    self.writes_applied
                        .push((self.cycle, addr, self.w.unwrap().0));
                }
                b = Some(if ok { resp::OKAY } else { resp::SLVERR });
                aw = None;
                w = None;
                phase = 0;
            }
            if self.b.is_some() && i.bready {
                b = None;
            }
            self.aw = aw;
            self.w = w;
            self.b = b;
            self.r = r;
            self.phase = phase;
            self.cycle += 1;
        }
    }

    #[test]
    fn writes_then_reads_in_order_with_responses() {
        let mut s = Slave::default();
        let mut m = AxiMaster::new();
        let w1 = m.write(4, 0xdead_beef, 0xf);
        let bad = m.write(0x100, 1, 0xf);
        let r1 = m.read(4);
        let r2 = m.read(0x100);
        let mut pins = PinsIn::default();
        let done = m.run_until_idle(&mut s, &mut pins, 100).unwrap();
        let ids: Vec<_> = done.iter().map(|c| c.id).collect();
        assert_eq!(ids, vec![w1, bad, r1, r2]);
        assert!(done[0].okay());
        assert_eq!(done[1].resp, resp::SLVERR);
        assert_eq!(done[2].data, 0xdead_beef);
        assert_eq!(done[3].resp, resp::SLVERR);
        // Write: both channels captured in cycle 0, start in 1, apply in 5,
        // response valid (and complete) in 6.
        assert_eq!(done[0].accepted, 0);
        assert_eq!(done[0].completed, 6);
        assert_eq!(s.writes_applied[0].0, 5);
        // Reads take two cycles each: handshake, then response.
        assert_eq!(done[2].completed, done[2].accepted + 1);
        assert!(m.is_idle());
    }

    #[test]
    fn lagging_write_data_uses_independent_handshakes() {
        let mut s = Slave::default();
        let mut m = AxiMaster::new();
        m.set_write_data_lag(3);
        let id = m.write(8, 7, 0xf);
        let mut pins = PinsIn::default();
        let mut trace = Vec::new();
        for _ in 0..20 {
            let out = s.outputs();
            m.observe(&out);
            m.drive(&mut pins);
            trace.push((pins.awvalid, pins.wvalid));
            s.step(&pins);
        }
        // AW handshakes in cycle 0 and drops; W is presented from cycle 3.
        assert_eq!(trace[0], (true, false));
        assert_eq!(trace[1], (false, false));
        assert_eq!(trace[3], (false, true));
        assert_eq!(trace[4], (false, false));
        let done = m.take_completed();
        assert_eq!(done.len(), 1);
        assert_eq!(done[0].id, id);
        assert_eq!(done[0].accepted, 3);
        assert_eq!(s.regs[2], 7);
    }

    #[test]
    fn a_slave_that_never_answers_times_out() {
        struct Deaf;
        impl Engine for Deaf {
            fn kind(&self) -> crate::EngineKind {
                crate::EngineKind::Model
            }
            fn outputs(&self) -> PinsOut {
                PinsOut::default()
            }
            fn step(&mut self, _: &PinsIn) {}
        }
        let mut m = AxiMaster::new();
        m.read(reg::STATUS);
        let e = m
            .run_until_idle(&mut Deaf, &mut PinsIn::default(), 50)
            .unwrap_err();
        assert!(e.to_string().contains("read of STATUS"), "{e}");
    }

    #[test]
    fn helpers_queue_the_documented_sequences() {
        let mut m = AxiMaster::new();
        let ids = m.set_cum_budget(0x1_0000_0002_0000_0003);
        assert_eq!(ids.len(), 4);
        let (_, reads) = m.snapshot_counters();
        assert!(reads.iter().any(|(_, r)| r.name == "CUM_WORK_2"));
        assert_eq!(m.pending(), 5 + reads.len());
        let ops: Vec<Op> = m.queue.iter().map(|q| q.1).collect();
        assert_eq!(
            ops[..4],
            [
                Op::Write {
                    addr: reg::CUM_BUDGET_NEXT_0,
                    data: 3,
                    strb: 0xf
                },
                Op::Write {
                    addr: reg::CUM_BUDGET_NEXT_1,
                    data: 2,
                    strb: 0xf
                },
                Op::Write {
                    addr: reg::CUM_BUDGET_NEXT_2,
                    data: 1,
                    strb: 0xf
                },
                Op::Write {
                    addr: reg::CUM_BUDGET_COMMIT,
                    data: 1,
                    strb: 0xf
                },
            ]
        );
        assert_eq!(
            ops[4],
            Op::Write {
                addr: reg::SNAPSHOT,
                data: 1,
                strb: 0xf
            }
        );
        assert_eq!(m.write_limit("TRIP_RATIO", 5).unwrap().len(), 1);
        assert!(m.write_limit("NOPE", 5).is_none());
        let v = assemble_wide("CUM_WORK", |r| Some(r.wide.1 as u32 + 1)).unwrap();
        assert_eq!(v, 1 | (2 << 32) | (3 << 64));
    }
}
