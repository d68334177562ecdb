//! The behavioural model of the Ed25519 engine, at the level of its
//! datapath: the same microprogram, the same 16-bit limbs and carry chains
//! (through `fu_ref`, the field unit's bit-exact reference), the same
//! register file and buffer, and the same cycle count for every instruction.
//! Each instruction's effect is applied at the edge that ends it; nothing
//! between is visible on the pins.

use super::{EdEngine, EdPinsIn, EdPinsOut};
use crate::EngineKind;
use capfuse_hdl::ed25519::engine::EngineState;
use capfuse_hdl::ed25519::fu_ref::{self, Chain};
use capfuse_hdl::ed25519::isa::{
    self, buf, exec, status, Cond, Instr, BUF_WORDS, FETCH_CYCLES, FU_CYCLES, LIMBS,
};
use capfuse_hdl::ed25519::program::{program, r, Program};
use sha2::{Digest, Sha512};

/// The model.
#[derive(Clone)]
pub struct EdModel {
    prog: &'static Program,
    regs: Vec<u16>,
    buf: Vec<u32>,
    digest: [u8; 64],
    chain: Chain,
    flag_c: bool,
    flag_z: bool,
    idx: u8,
    counters: [u16; 2],
    pk_valid: bool,
    pc: u16,
    /// The sequencer state, as the RTL's.
    state: EngineState,
    /// In `Execute`: edges until the instruction at `pc` completes.
    exec_left: u64,
    busy: bool,
    done: bool,
    status: u8,
    msg_len: u16,
    seed: [u8; 32],
    /// Result word addressed in the last cycle (read port at its default).
    res_addr: Option<u8>,
}

impl Default for EdModel {
    fn default() -> Self {
        Self::new()
    }
}

impl EdModel {
    /// The engine at power-up.
    pub fn new() -> Self {
        let prog = program();
        EdModel {
            prog,
            regs: prog.regfile_init.clone(),
            buf: vec![0; BUF_WORDS],
            digest: [0; 64],
            chain: Chain::default(),
            flag_c: false,
            flag_z: false,
            idx: 0,
            counters: [0; 2],
            pk_valid: false,
            pc: 0,
            state: EngineState::Idle,
            exec_left: 0,
            busy: false,
            done: false,
            status: 0,
            msg_len: 0,
            seed: [0; 32],
            res_addr: None,
        }
    }

    fn reg(&self, n: u8) -> [u16; LIMBS] {
        let base = (n as usize % isa::REGS) * LIMBS;
        self.regs[base..base + LIMBS].try_into().unwrap()
    }

    fn set_reg(&mut self, n: u8, v: &[u16; LIMBS]) {
        let base = (n as usize % isa::REGS) * LIMBS;
        self.regs[base..base + LIMBS].copy_from_slice(v);
    }

    fn instr(&self) -> Instr {
        self.prog
            .instrs
            .get(self.pc as usize)
            .copied()
            .unwrap_or(Instr::Halt {
                code: status::BAD_COMMAND,
            })
    }

    fn buf_byte(&self, i: usize) -> u8 {
        (self.buf[(i / 4) % BUF_WORDS] >> (8 * (i % 4))) as u8
    }

    /// Execution cycles of an instruction (after its fetch).
    pub fn exec_cycles(ins: &Instr, msg_len: u16) -> u64 {
        match *ins {
            Instr::Field { .. } => FU_CYCLES,
            Instr::Bit { .. } => exec::BIT,
            Instr::Sha {
                fixed_len,
                add_msg_len,
                ..
            } => exec::SHA_START + isa::sha_cycles(sha_len(fixed_len, add_msg_len, msg_len)),
            Instr::Dig { .. } => exec::DIG,
            Instr::Stb { .. } => exec::STB,
            Instr::Ldb { .. } => exec::LDB,
            Instr::LdSeed { .. } => exec::LDSEED,
            Instr::Jmp { .. }
            | Instr::SetC { .. }
            | Instr::DecJ { .. }
            | Instr::Halt { .. }
            | Instr::IdxF { .. }
            | Instr::SetPk { .. } => exec::CONTROL,
        }
    }

    /// Applies the instruction at `pc`; returns the next pc.
    fn execute(&mut self, ins: Instr) -> u16 {
        let next = self.pc.wrapping_add(1);
        match ins {
            Instr::Field {
                op,
                d,
                a,
                b,
                ia,
                ib,
                ci,
            } => {
                let ea = if ia {
                    a.wrapping_add(self.idx) & 0x7f
                } else {
                    a
                };
                let eb = if ib {
                    b.wrapping_add(self.idx) & 0x7f
                } else {
                    b
                };
                let res = fu_ref::execute(op, &self.reg(ea), &self.reg(eb), ci, self.chain);
                self.set_reg(d, &res.out);
                self.chain = res.chain;
                self.flag_c = res.c;
                self.flag_z = res.z;
            }
            Instr::Jmp { cond, target } => {
                let take = match cond {
                    Cond::Always => true,
                    Cond::Z => self.flag_z,
                    Cond::Nz => !self.flag_z,
                    Cond::C => self.flag_c,
                    Cond::Nc => !self.flag_c,
                    Cond::Pk => self.pk_valid,
                    Cond::NoPk => !self.pk_valid,
                };
                if take {
                    return target;
                }
            }
            Instr::SetC { c, value } => self.counters[c as usize] = value,
            Instr::DecJ { c, target } => {
                let ctr = &mut self.counters[c as usize];
                if *ctr != 0 {
                    *ctr -= 1;
                    return target;
                }
            }
            Instr::Halt { code } => {
                self.busy = false;
                self.done = true;
                self.status = code;
                self.state = EngineState::Idle;
            }
            Instr::Bit {
                a,
                pos,
                use_c0,
                weight,
                acc,
            } => {
                let p = (pos + if use_c0 { self.counters[0] } else { 0 }) as usize & 0xff;
                let bit = (self.reg(a)[p / 16] >> (p % 16)) & 1;
                let base = if acc { self.idx } else { 0 };
                self.idx = base.wrapping_add(bit as u8 * weight) & 0x7f;
            }
            Instr::IdxF {
                flag_z,
                weight,
                acc,
            } => {
                let flag = if flag_z { self.flag_z } else { self.flag_c };
                let base = if acc { self.idx } else { 0 };
                self.idx = base.wrapping_add(flag as u8 * weight) & 0x7f;
            }
            Instr::Sha {
                start,
                fixed_len,
                add_msg_len,
            } => {
                let len = sha_len(fixed_len, add_msg_len, self.msg_len);
                let bytes: Vec<u8> = (0..len)
                    .map(|i| self.buf_byte(start as usize + i))
                    .collect();
                self.digest.copy_from_slice(&Sha512::digest(&bytes));
            }
            Instr::Dig { d } => {
                let lo = fu_ref::limbs_from_bytes(self.digest[..32].try_into().unwrap());
                let hi = fu_ref::limbs_from_bytes(self.digest[32..].try_into().unwrap());
                self.set_reg(d, &lo);
                self.set_reg(d.wrapping_add(1), &hi);
            }
            Instr::Stb { a, word } => {
                let v = self.reg(a);
                for i in 0..8 {
                    self.buf[(word as usize + i) % BUF_WORDS] =
                        v[2 * i] as u32 | (v[2 * i + 1] as u32) << 16;
                }
            }
            Instr::Ldb { d, word } => {
                let mut v = [0u16; LIMBS];
                for i in 0..8 {
                    let w = self.buf[(word as usize + i) % BUF_WORDS];
                    v[2 * i] = w as u16;
                    v[2 * i + 1] = (w >> 16) as u16;
                }
                self.set_reg(d, &v);
            }
            Instr::LdSeed { word } => {
                for i in 0..8 {
                    self.buf[(word as usize + i) % BUF_WORDS] =
                        u32::from_le_bytes(self.seed[4 * i..4 * i + 4].try_into().unwrap());
                }
            }
            Instr::SetPk { value } => self.pk_valid = value,
        }
        next
    }

    /// The pc a command starts at, or `None` for an unknown command.
    fn entry(&self, op: u8) -> Option<u16> {
        match op {
            isa::cmd::PUBKEY | isa::cmd::SIGN | isa::cmd::VERIFY | isa::cmd::SHA512 => {
                Some(self.prog.entries[op as usize])
            }
            _ => None,
        }
    }
}

/// Bytes a `Sha` instruction hashes.
pub fn sha_len(fixed_len: u16, add_msg_len: bool, msg_len: u16) -> usize {
    fixed_len as usize + if add_msg_len { msg_len as usize } else { 0 }
}

impl EdEngine for EdModel {
    fn kind(&self) -> EngineKind {
        EngineKind::Model
    }

    fn outputs(&self) -> EdPinsOut {
        let res_data = match (self.busy, self.res_addr) {
            (false, Some(w)) => {
                let reg = if w & 0xf < 8 { r::OUT0 } else { r::OUT1 };
                let v = self.reg(reg);
                let i = (w as usize & 7) * 2;
                v[i] as u32 | (v[i + 1] as u32) << 16
            }
            _ => 0,
        };
        EdPinsOut {
            busy: self.busy,
            done: self.done,
            status: self.status,
            res_data,
            pc: self.pc,
        }
    }

    fn run_until_done(&mut self, inputs: &EdPinsIn, cycles: u64) -> u64 {
        let mut n = 0;
        while n < cycles && !self.done {
            // Skip the middle of a long instruction: nothing changes there
            // (the read port is not at its default while busy).
            if self.state == EngineState::Execute {
                let left = self.exec_left;
                if left > 2 && self.busy {
                    let skip = (left - 2).min(cycles - n);
                    self.exec_left = left - skip;
                    self.seed = inputs.seed;
                    self.res_addr = None;
                    n += skip;
                    continue;
                }
            }
            self.step(inputs);
            n += 1;
        }
        n
    }

    fn step(&mut self, i: &EdPinsIn) {
        self.seed = i.seed;
        // The read port is at its default (the result address) when idle and
        // in a Halt's execution cycle.
        let halting = self.state == EngineState::Execute
            && self.exec_left == 1
            && matches!(self.instr(), Instr::Halt { .. });
        self.res_addr = (!self.busy || halting).then_some(i.res_addr & 0xf);
        match self.state {
            EngineState::Idle => {
                if i.buf_we {
                    self.buf[i.buf_waddr as usize % BUF_WORDS] = i.buf_wdata;
                }
                if i.cmd_start {
                    self.done = false;
                    self.status = status::OK;
                    match self.entry(i.cmd_op) {
                        Some(pc) if (i.msg_len as usize) <= buf::MAX_MSG => {
                            self.msg_len = i.msg_len;
                            self.busy = true;
                            self.pc = pc;
                            self.state = EngineState::Fetch;
                        }
                        _ => {
                            self.done = true;
                            self.status = status::BAD_COMMAND;
                        }
                    }
                }
            }
            EngineState::Fetch => {
                debug_assert_eq!(FETCH_CYCLES, 1);
                let ins = self.instr();
                self.state = EngineState::Execute;
                self.exec_left = Self::exec_cycles(&ins, self.msg_len);
            }
            EngineState::Execute if self.exec_left > 1 => self.exec_left -= 1,
            EngineState::Execute => {
                let ins = self.instr();
                let next = self.execute(ins);
                if self.busy {
                    self.pc = next;
                    self.state = EngineState::Fetch;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_starts_idle_with_the_preloaded_constants() {
        let m = EdModel::new();
        assert!(!m.outputs().busy);
        assert_eq!(m.reg(r::K_ONE)[0], 1);
    }
}
