//! The Ed25519 engine: the sequencer that runs the microprogram, the
//! register file (two copies of one RAM, one read port each), the message
//! buffer, the field unit and the SHA-512 unit, behind a command interface.
//!
//! Timing (the behavioural model in `capfuse-sim` counts the same cycles):
//! a command starts at the edge where `cmd_start` is sampled while idle;
//! every instruction then takes one fetch cycle (the ROM is synchronous) and
//! its execution cycles ([`super::isa::FU_CYCLES`], `sha_cycles(len)` or the
//! constants in [`super::isa::exec`]); `Halt` clears `busy` and sets `done`
//! and `status` at the edge ending its execution cycle.
//!
//! Secrecy: the seed port reaches only the message buffer (by `LdSeed`),
//! which has no read path to any output; `res_data` reads only the two
//! result registers, and only while idle. The microprogram clears every
//! register that held a secret before it halts.

use super::field_unit::FieldUnit;
use super::isa::{self, exec, ROM_ADDR_BITS};
use super::program::{program, r};
use super::sha512::Sha512Unit;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;
use rust_hdl::widgets::prelude::{SyncROM, DFF, RAM};
use std::collections::BTreeMap;

// The literals in `update` that these constants fix.
const _: () = {
    assert!(exec::BIT == 2);
    assert!(exec::DIG == 32);
    assert!(exec::STB == 9);
    assert!(exec::LDB == 17);
    assert!(exec::LDSEED == 8);
    assert!(exec::CONTROL == 1);
    assert!(exec::SHA_START == 1);
    assert!(r::OUT0 == 40 && r::OUT1 == 41);
    assert!(isa::buf::MAX_MSG == 1024);
    assert!(ROM_ADDR_BITS == 10);
};

/// Where the engine's sequencer is. `capfuse-sim`'s instruction-level model
/// (`sim/src/ed25519/model.rs`) steps through the same states by this type.
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum EngineState {
    /// Waiting for `cmd_start`; the host may write the buffer RAM.
    Idle,
    /// Reading the instruction at `pc` from the program ROM (one cycle).
    Fetch,
    /// Executing the fetched instruction until its last cycle; `Halt`
    /// returns to `Idle` with the program's status.
    Execute,
}

/// The Ed25519 engine block.
#[derive(LogicBlock)]
pub struct Ed25519Engine {
    /// The clock.
    pub clock: Signal<In, Clock>,
    /// The device seed (byte i in bits 8i+7..8i). Never readable.
    pub seed: Signal<In, Bits<256>>,
    /// Start a command (sampled while idle).
    pub cmd_start: Signal<In, bool>,
    /// The command ([`super::isa::cmd`]).
    pub cmd_op: Signal<In, Bits<3>>,
    /// Message length in bytes (sampled with `cmd_start`; at most 1024).
    pub msg_len: Signal<In, Bits<16>>,
    /// Write `buf_wdata` to buffer word `buf_waddr` (while idle).
    pub buf_we: Signal<In, bool>,
    /// Buffer word address.
    pub buf_waddr: Signal<In, Bits<9>>,
    /// Buffer word (bytes 4w..4w+3, little-endian).
    pub buf_wdata: Signal<In, Bits<32>>,
    /// Result word to read (0..16); it appears on `res_data` a cycle later.
    pub res_addr: Signal<In, Bits<4>>,
    /// The result word addressed in the previous cycle; 0 while busy.
    pub res_data: Signal<Out, Bits<32>>,
    /// A command is running.
    pub busy: Signal<Out, bool>,
    /// The last command has finished (held until the next start).
    pub done: Signal<Out, bool>,
    /// The last command's status ([`super::isa::status`]).
    pub status: Signal<Out, Bits<4>>,
    /// The microprogram counter (for lockstep checks; public information).
    pub pc: Signal<Out, Bits<10>>,

    rom: SyncROM<Bits<32>, 10>,
    rfx: RAM<Bits<16>, 11>,
    rfy: RAM<Bits<16>, 11>,
    bufram: RAM<Bits<32>, 9>,
    fu: FieldUnit,
    sha: Sha512Unit,

    state: DFF<EngineState>,
    pc_q: DFF<Bits<10>>,
    cnt: DFF<Bits<6>>,
    idx: DFF<Bits<7>>,
    /// The low four bits of `bitpos` a cycle ago: a Bit instruction reads
    /// its limb in cycle 0 and picks the bit in cycle 1, where `bitpos` is
    /// the same (the instruction and `c0` do not change in between), so the
    /// pick starts from a register instead of the ROM and `bitpos`'s adder.
    bit_sel: DFF<Bits<4>>,
    c0: DFF<Bits<9>>,
    c1: DFF<Bits<9>>,
    pk_valid: DFF<bool>,
    busy_q: DFF<bool>,
    done_q: DFF<bool>,
    status_q: DFF<Bits<4>>,
    len_q: DFF<Bits<11>>,
    /// The Sha instruction's length, registered so the SHA unit's start
    /// (one cycle later) does not see the ROM output through an adder.
    sha_len_q: DFF<Bits<12>>,

    entry1: Constant<Bits<10>>,
    entry2: Constant<Bits<10>>,
    entry3: Constant<Bits<10>>,
    entry4: Constant<Bits<10>>,

    // Decoded fields of the instruction word.
    ins: Signal<Local, Bits<32>>,
    opc: Signal<Local, Bits<5>>,
    f_d: Signal<Local, Bits<7>>,
    f_a: Signal<Local, Bits<7>>,
    f_b: Signal<Local, Bits<7>>,
    a_eff: Signal<Local, Bits<7>>,
    b_eff: Signal<Local, Bits<7>>,
    word: Signal<Local, Bits<9>>,
    target: Signal<Local, Bits<10>>,
    cond: Signal<Local, Bits<4>>,
    cond_true: Signal<Local, bool>,
    bitpos: Signal<Local, Bits<8>>,
    bit_mask: Signal<Local, Bits<16>>,
    bit_val: Signal<Local, bool>,
    idx_base: Signal<Local, Bits<7>>,
    sha_len: Signal<Local, Bits<12>>,
    dig_chunk: Signal<Local, Bits<16>>,
    dig_limb: Signal<Local, Bits<16>>,
    ldb_limb: Signal<Local, Bits<16>>,
    seed_word: Signal<Local, Bits<32>>,
    res_reg: Signal<Local, Bits<11>>,
    last: Signal<Local, bool>,
    next_pc: Signal<Local, Bits<10>>,
    cmd_ok: Signal<Local, bool>,
}

impl Default for Ed25519Engine {
    fn default() -> Self {
        Self::new()
    }
}

impl Ed25519Engine {
    /// The engine with the microprogram and constants of [`program`].
    pub fn new() -> Self {
        let prog = program();
        let rom: BTreeMap<Bits<10>, Bits<32>> = (0..isa::ROM_WORDS)
            .map(|i| {
                let w = prog.words.get(i).copied().unwrap_or(0);
                (Bits::<10>::from(i as u64), Bits::<32>::from(w as u64))
            })
            .collect();
        let image = || -> BTreeMap<Bits<11>, Bits<16>> {
            prog.regfile_init
                .iter()
                .enumerate()
                .map(|(i, &v)| (Bits::<11>::from(i as u64), Bits::<16>::from(v as u64)))
                .collect()
        };
        let entry = |c: u8| Constant::new(Bits::<10>::from(prog.entries[c as usize] as u64));
        Ed25519Engine {
            clock: Default::default(),
            seed: Default::default(),
            cmd_start: Default::default(),
            cmd_op: Default::default(),
            msg_len: Default::default(),
            buf_we: Default::default(),
            buf_waddr: Default::default(),
            buf_wdata: Default::default(),
            res_addr: Default::default(),
            res_data: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            status: Default::default(),
            pc: Default::default(),
            rom: SyncROM::new(rom),
            rfx: RAM::new(image()),
            rfy: RAM::new(image()),
            bufram: RAM::new(
                (0..isa::BUF_WORDS)
                    .map(|i| (Bits::<9>::from(i as u64), Bits::<32>::from(0u64)))
                    .collect(),
            ),
            fu: FieldUnit::new(),
            sha: Sha512Unit::new(),
            state: Default::default(),
            pc_q: Default::default(),
            cnt: Default::default(),
            idx: Default::default(),
            bit_sel: Default::default(),
            c0: Default::default(),
            c1: Default::default(),
            pk_valid: Default::default(),
            busy_q: Default::default(),
            done_q: Default::default(),
            status_q: Default::default(),
            len_q: Default::default(),
            sha_len_q: Default::default(),
            entry1: entry(isa::cmd::PUBKEY),
            entry2: entry(isa::cmd::SIGN),
            entry3: entry(isa::cmd::VERIFY),
            entry4: entry(isa::cmd::SHA512),
            ins: Default::default(),
            opc: Default::default(),
            f_d: Default::default(),
            f_a: Default::default(),
            f_b: Default::default(),
            a_eff: Default::default(),
            b_eff: Default::default(),
            word: Default::default(),
            target: Default::default(),
            cond: Default::default(),
            cond_true: Default::default(),
            bitpos: Default::default(),
            bit_mask: Default::default(),
            bit_val: Default::default(),
            idx_base: Default::default(),
            sha_len: Default::default(),
            dig_chunk: Default::default(),
            dig_limb: Default::default(),
            ldb_limb: Default::default(),
            seed_word: Default::default(),
            res_reg: Default::default(),
            last: Default::default(),
            next_pc: Default::default(),
            cmd_ok: Default::default(),
        }
    }
}

impl Logic for Ed25519Engine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, pc_q, cnt, idx, bit_sel, c0, c1, pk_valid, busy_q, done_q,
            status_q, len_q, sha_len_q
        );
        self.rom.clock.next = self.clock.val();
        self.rfx.read_clock.next = self.clock.val();
        self.rfx.write_clock.next = self.clock.val();
        self.rfy.read_clock.next = self.clock.val();
        self.rfy.write_clock.next = self.clock.val();
        self.bufram.read_clock.next = self.clock.val();
        self.bufram.write_clock.next = self.clock.val();
        self.fu.clock.next = self.clock.val();
        self.sha.clock.next = self.clock.val();

        // ---- outputs (registers and RAM output registers only)
        self.busy.next = self.busy_q.q.val();
        self.done.next = self.done_q.q.val();
        self.status.next = self.status_q.q.val();
        self.pc.next = self.pc_q.q.val();
        self.res_data.next = 0.into();
        if !self.busy_q.q.val() {
            self.res_data.next = (bit_cast::<32, 16>(self.rfy.read_data.val()) << 16)
                | bit_cast::<32, 16>(self.rfx.read_data.val());
        }

        // ---- decode
        self.rom.address.next = self.pc_q.q.val();
        self.ins.next = self.rom.data.val();
        self.opc.next = self.ins.val().get_bits::<5>(27);
        self.f_d.next = self.ins.val().get_bits::<7>(17);
        self.f_a.next = self.ins.val().get_bits::<7>(10);
        self.f_b.next = self.ins.val().get_bits::<7>(3);
        self.a_eff.next = self.f_a.val();
        if self.ins.val().get_bit(25) {
            self.a_eff.next = self.f_a.val() + self.idx.q.val();
        }
        self.b_eff.next = self.f_b.val();
        if self.ins.val().get_bit(24) {
            self.b_eff.next = self.f_b.val() + self.idx.q.val();
        }
        self.word.next = self.ins.val().get_bits::<9>(0);
        self.target.next = self.ins.val().get_bits::<10>(0);
        self.cond.next = self.ins.val().get_bits::<4>(20);
        self.cond_true.next = false;
        if self.cond.val() == 0 {
            self.cond_true.next = true;
        }
        if self.cond.val() == 1 {
            self.cond_true.next = self.fu.flag_z.val();
        }
        if self.cond.val() == 2 {
            self.cond_true.next = !self.fu.flag_z.val();
        }
        if self.cond.val() == 3 {
            self.cond_true.next = self.fu.flag_c.val();
        }
        if self.cond.val() == 4 {
            self.cond_true.next = !self.fu.flag_c.val();
        }
        if self.cond.val() == 5 {
            self.cond_true.next = self.pk_valid.q.val();
        }
        if self.cond.val() == 6 {
            self.cond_true.next = !self.pk_valid.q.val();
        }
        self.bitpos.next = self.ins.val().get_bits::<8>(0);
        if self.ins.val().get_bit(9) {
            self.bitpos.next = self.ins.val().get_bits::<8>(0) + self.c0.q.val().get_bits::<8>(0);
        }
        self.bit_sel.d.next = self.bitpos.val().get_bits::<4>(0);
        self.bit_mask.next = bits::<16>(1) << self.bit_sel.q.val();
        self.bit_val.next = (self.rfx.read_data.val() & self.bit_mask.val()).any();
        self.idx_base.next = 0.into();
        if self.ins.val().get_bit(26) {
            self.idx_base.next = self.idx.q.val();
        }
        self.sha_len.next = self.ins.val().get_bits::<12>(12);
        if self.ins.val().get_bit(11) {
            self.sha_len.next =
                self.ins.val().get_bits::<12>(12) + bit_cast::<12, 11>(self.len_q.q.val());
        }
        // Digest limb `cnt`: bytes 2i, 2i+1 of the digest are bytes
        // 2(i mod 4), 2(i mod 4)+1 (big-endian) of digest word i / 4.
        self.sha.dig_sel.next = self.cnt.q.val().get_bits::<3>(2);
        self.dig_chunk.next = self.sha.dig_word.val().get_bits::<16>(48);
        if self.cnt.q.val().get_bits::<2>(0) == 1 {
            self.dig_chunk.next = self.sha.dig_word.val().get_bits::<16>(32);
        }
        if self.cnt.q.val().get_bits::<2>(0) == 2 {
            self.dig_chunk.next = self.sha.dig_word.val().get_bits::<16>(16);
        }
        if self.cnt.q.val().get_bits::<2>(0) == 3 {
            self.dig_chunk.next = self.sha.dig_word.val().get_bits::<16>(0);
        }
        self.dig_limb.next = (bit_cast::<16, 8>(self.dig_chunk.val().get_bits::<8>(0)) << 8)
            | bit_cast::<16, 8>(self.dig_chunk.val().get_bits::<8>(8));
        self.ldb_limb.next = self.bufram.read_data.val().get_bits::<16>(0);
        if !self.cnt.q.val().get_bit(0) {
            self.ldb_limb.next = self.bufram.read_data.val().get_bits::<16>(16);
        }
        self.seed_word.next = self.seed.val().get_bits::<32>(0);
        if self.cnt.q.val().get_bits::<3>(0) == 1 {
            self.seed_word.next = self.seed.val().get_bits::<32>(32);
        }
        if self.cnt.q.val().get_bits::<3>(0) == 2 {
            self.seed_word.next = self.seed.val().get_bits::<32>(64);
        }
        if self.cnt.q.val().get_bits::<3>(0) == 3 {
            self.seed_word.next = self.seed.val().get_bits::<32>(96);
        }
        if self.cnt.q.val().get_bits::<3>(0) == 4 {
            self.seed_word.next = self.seed.val().get_bits::<32>(128);
        }
        if self.cnt.q.val().get_bits::<3>(0) == 5 {
            self.seed_word.next = self.seed.val().get_bits::<32>(160);
        }
        if self.cnt.q.val().get_bits::<3>(0) == 6 {
            self.seed_word.next = self.seed.val().get_bits::<32>(192);
        }
        if self.cnt.q.val().get_bits::<3>(0) == 7 {
            self.seed_word.next = self.seed.val().get_bits::<32>(224);
        }

        // ---- datapath defaults: the read ports serve the result address
        self.res_reg.next = (bit_cast::<11, 1>(self.res_addr.val().get_bits::<1>(3)) + 40) << 4;
        self.rfx.read_address.next =
            self.res_reg.val() | (bit_cast::<11, 3>(self.res_addr.val().get_bits::<3>(0)) << 1);
        self.rfy.read_address.next =
            self.res_reg.val() | (bit_cast::<11, 3>(self.res_addr.val().get_bits::<3>(0)) << 1) | 1;
        self.rfx.write_enable.next = false;
        self.rfy.write_enable.next = false;
        self.rfx.write_address.next = self.fu.w_addr.val();
        self.rfy.write_address.next = self.fu.w_addr.val();
        self.rfx.write_data.next = self.fu.w_data.val();
        self.rfy.write_data.next = self.fu.w_data.val();
        self.bufram.read_address.next = self.sha.buf_addr.val();
        self.bufram.write_enable.next = false;
        self.bufram.write_address.next = self.buf_waddr.val();
        self.bufram.write_data.next = self.buf_wdata.val();
        self.fu.rx_data.next = self.rfx.read_data.val();
        self.fu.ry_data.next = self.rfy.read_data.val();
        self.fu.start.next = false;
        self.fu.op.next = self.opc.val().get_bits::<4>(0);
        self.fu.ci.next = self.ins.val().get_bit(26);
        self.fu.d.next = self.f_d.val();
        self.fu.a.next = self.a_eff.val();
        self.fu.b.next = self.b_eff.val();
        self.sha.start.next = false;
        self.sha.start_byte.next = bit_cast::<11, 8>(self.ins.val().get_bits::<8>(0)) << 3;
        self.sha_len_q.d.next = self.sha_len.val();
        self.sha.len.next = self.sha_len_q.q.val();
        self.sha.buf_data.next = self.bufram.read_data.val();
        self.last.next = false;
        self.next_pc.next = self.pc_q.q.val() + 1;
        self.cmd_ok.next =
            (self.cmd_op.val() >= 1) & (self.cmd_op.val() <= 4) & (self.msg_len.val() <= 1024);

        if self.state.q.val() == EngineState::Idle {
            self.bufram.write_enable.next = self.buf_we.val();
            if self.cmd_start.val() {
                self.done_q.d.next = !self.cmd_ok.val();
                self.status_q.d.next = 0.into();
                if self.cmd_ok.val() {
                    self.busy_q.d.next = true;
                    self.state.d.next = EngineState::Fetch;
                    self.len_q.d.next = self.msg_len.val().get_bits::<11>(0);
                    self.pc_q.d.next = self.entry1.val();
                    if self.cmd_op.val() == 2 {
                        self.pc_q.d.next = self.entry2.val();
                    }
                    if self.cmd_op.val() == 3 {
                        self.pc_q.d.next = self.entry3.val();
                    }
                    if self.cmd_op.val() == 4 {
                        self.pc_q.d.next = self.entry4.val();
                    }
                } else {
                    self.status_q.d.next = 9.into();
                }
            }
        }
        if self.state.q.val() == EngineState::Fetch {
            self.state.d.next = EngineState::Execute;
            self.cnt.d.next = 0.into();
        }
        if self.state.q.val() == EngineState::Execute {
            // cnt saturates so long instructions see cnt == 0 only once.
            if !self.cnt.q.val().all() {
                self.cnt.d.next = self.cnt.q.val() + 1;
            }
            if !self.opc.val().get_bit(4) {
                // Field unit: start in cycle 0, finished when it says so.
                self.fu.start.next = self.cnt.q.val() == 0;
                self.rfx.read_address.next = self.fu.rx_addr.val();
                self.rfy.read_address.next = self.fu.ry_addr.val();
                self.rfx.write_enable.next = self.fu.w_en.val();
                self.rfy.write_enable.next = self.fu.w_en.val();
                self.last.next = self.fu.done.val();
            }
            if self.opc.val() == 16 {
                // Jmp
                self.last.next = true;
                if self.cond_true.val() {
                    self.next_pc.next = self.target.val();
                }
            }
            if self.opc.val() == 17 {
                // SetC
                self.last.next = true;
                if self.ins.val().get_bit(23) {
                    self.c1.d.next = self.ins.val().get_bits::<9>(0);
                } else {
                    self.c0.d.next = self.ins.val().get_bits::<9>(0);
                }
            }
            if self.opc.val() == 18 {
                // DecJ
                self.last.next = true;
                if self.ins.val().get_bit(23) {
                    if self.c1.q.val().any() {
                        self.c1.d.next = self.c1.q.val() - 1;
                        self.next_pc.next = self.target.val();
                    }
                } else if self.c0.q.val().any() {
                    self.c0.d.next = self.c0.q.val() - 1;
                    self.next_pc.next = self.target.val();
                }
            }
            if self.opc.val() == 20 {
                // Bit: read the limb in cycle 0, use it in cycle 1.
                self.rfx.read_address.next = (bit_cast::<11, 7>(self.f_a.val()) << 4)
                    | bit_cast::<11, 4>(self.bitpos.val().get_bits::<4>(4));
                if self.cnt.q.val() == 1 {
                    self.last.next = true;
                    self.idx.d.next = self.idx_base.val();
                    if self.bit_val.val() {
                        self.idx.d.next = self.idx_base.val() + self.f_d.val();
                    }
                }
            }
            if self.opc.val() == 21 {
                // IdxF
                self.last.next = true;
                self.idx.d.next = self.idx_base.val();
                if (self.ins.val().get_bit(0) & self.fu.flag_z.val())
                    | (!self.ins.val().get_bit(0) & self.fu.flag_c.val())
                {
                    self.idx.d.next = self.idx_base.val() + self.f_d.val();
                }
            }
            if self.opc.val() == 22 {
                // Sha: start in cycle 1, with the length registered in cycle 0.
                self.sha.start.next = self.cnt.q.val() == 1;
                self.last.next = self.sha.done.val();
            }
            if self.opc.val() == 23 {
                // Dig: limb cnt of the digest to d * 16 + cnt.
                self.rfx.write_enable.next = true;
                self.rfy.write_enable.next = true;
                self.rfx.write_address.next =
                    (bit_cast::<11, 7>(self.f_d.val()) << 4) + bit_cast::<11, 6>(self.cnt.q.val());
                self.rfy.write_address.next =
                    (bit_cast::<11, 7>(self.f_d.val()) << 4) + bit_cast::<11, 6>(self.cnt.q.val());
                self.rfx.write_data.next = self.dig_limb.val();
                self.rfy.write_data.next = self.dig_limb.val();
                self.last.next = self.cnt.q.val() == 31;
            }
            if self.opc.val() == 24 {
                // Stb: limbs 2c, 2c+1 read in cycle c, written in c + 1.
                self.rfx.read_address.next = (bit_cast::<11, 7>(self.f_a.val()) << 4)
                    | (bit_cast::<11, 3>(self.cnt.q.val().get_bits::<3>(0)) << 1);
                self.rfy.read_address.next = (bit_cast::<11, 7>(self.f_a.val()) << 4)
                    | (bit_cast::<11, 3>(self.cnt.q.val().get_bits::<3>(0)) << 1)
                    | 1;
                self.bufram.write_enable.next = self.cnt.q.val() != 0;
                self.bufram.write_address.next =
                    self.word.val() + bit_cast::<9, 6>(self.cnt.q.val()) - 1;
                self.bufram.write_data.next = (bit_cast::<32, 16>(self.rfy.read_data.val()) << 16)
                    | bit_cast::<32, 16>(self.rfx.read_data.val());
                self.last.next = self.cnt.q.val() == 8;
            }
            if self.opc.val() == 25 {
                // Ldb: buffer word (cnt / 2) read in cycle cnt, its half
                // written as limb cnt - 1 in the next cycle.
                self.bufram.read_address.next =
                    self.word.val() + bit_cast::<9, 5>(self.cnt.q.val().get_bits::<5>(1));
                self.rfx.write_enable.next = self.cnt.q.val() != 0;
                self.rfy.write_enable.next = self.cnt.q.val() != 0;
                self.rfx.write_address.next = (bit_cast::<11, 7>(self.f_d.val()) << 4)
                    + bit_cast::<11, 6>(self.cnt.q.val())
                    - 1;
                self.rfy.write_address.next = (bit_cast::<11, 7>(self.f_d.val()) << 4)
                    + bit_cast::<11, 6>(self.cnt.q.val())
                    - 1;
                self.rfx.write_data.next = self.ldb_limb.val();
                self.rfy.write_data.next = self.ldb_limb.val();
                self.last.next = self.cnt.q.val() == 16;
            }
            if self.opc.val() == 26 {
                // LdSeed
                self.bufram.write_enable.next = true;
                self.bufram.write_address.next =
                    self.word.val() + bit_cast::<9, 6>(self.cnt.q.val());
                self.bufram.write_data.next = self.seed_word.val();
                self.last.next = self.cnt.q.val() == 7;
            }
            if self.opc.val() == 27 {
                // SetPk
                self.last.next = true;
                self.pk_valid.d.next = self.ins.val().get_bit(0);
            }
            if self.last.val() {
                self.pc_q.d.next = self.next_pc.val();
                self.state.d.next = EngineState::Fetch;
            }
            if self.opc.val() == 19 {
                // Halt: stay at this pc.
                self.state.d.next = EngineState::Idle;
                self.busy_q.d.next = false;
                self.done_q.d.next = true;
                self.status_q.d.next = self.ins.val().get_bits::<4>(0);
            }
        }
    }
}
