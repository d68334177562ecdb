//! The Ed25519 engine's instruction set, its encoding and its timing.
//!
//! Plain Rust, shared by the RTL (which decodes the words and counts with
//! these constants), the microprogram generator and the behavioural model in
//! `capfuse-sim`. `docs/ed25519-engine.md` describes the machine.
//!
//! Word layout (32 bits, one ROM word per instruction):
//!
//! ```text
//!  31..27 op   26 ci   25 ia   24 ib   23..17 d   16..10 a   9..3 b   2..0 0
//! ```
//!
//! Control instructions reuse bits 23..0 as an immediate (see [`Instr`]).

/// 16-bit limbs per register: a register holds a 256-bit value.
pub const LIMBS: usize = 16;
/// Registers in the register file.
pub const REGS: usize = 128;
/// Register-file words (limbs), addressed `reg * 16 + limb`.
pub const REGFILE_WORDS: usize = REGS * LIMBS;
/// Address width of the register file.
pub const REGFILE_ADDR_BITS: usize = 11;
/// 32-bit words in the message buffer.
pub const BUF_WORDS: usize = 512;
/// Address width of the message buffer.
pub const BUF_ADDR_BITS: usize = 9;
/// Instructions the microprogram ROM holds.
pub const ROM_WORDS: usize = 1024;
/// Address width of the microprogram ROM (and of the program counter).
pub const ROM_ADDR_BITS: usize = 10;

/// Cycles every field-unit instruction takes after its fetch cycle.
pub const FU_CYCLES: u64 = 55;
/// Cycles of one instruction fetch (the ROM is synchronous).
pub const FETCH_CYCLES: u64 = 1;

/// Operation codes. `0..=9` run on the field unit and are passed to it as is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Op {
    /// `d = a * b mod p`, partly reduced (`< 2^256`).
    FMul = 0,
    /// `d = (a * b) mod 2^256`; keeps the chain for `MulHi`.
    MulLo = 1,
    /// `d = (a * b) >> 256` when it follows `MulLo` on the same operands with `ci`.
    MulHi = 2,
    /// `d = a + b mod p`, partly reduced.
    FAdd = 3,
    /// `d = a - b mod p`, partly reduced (computes `a - b + 4p`).
    FSub = 4,
    /// `d = a + b (+ chain carry if ci) mod 2^256`; C = carry out.
    RAdd = 5,
    /// `d = a - b (- borrow if ci) mod 2^256`; C = 1 when no borrow.
    RSub = 6,
    /// `d = a & b`.
    And = 7,
    /// `d = a | b`.
    Or = 8,
    /// `d = a mod p`, canonical; `a` must be a field-unit result (`< 2^255 + 2^36`).
    Freeze = 9,
    /// Jump to `target` when `cond` holds.
    Jmp = 16,
    /// Set loop counter `c` to `value`.
    SetC = 17,
    /// If counter `c` is non-zero: decrement it and jump to `target`.
    DecJ = 18,
    /// Stop with status `code`.
    Halt = 19,
    /// `idx = (ci ? idx : 0) + bit * weight`, the bit of register `a` at
    /// position `pos` (plus counter 0 when `use_c0`).
    Bit = 20,
    /// `idx = (ci ? idx : 0) + flag * weight`, flag C or Z.
    IdxF = 21,
    /// SHA-512 over buffer bytes `[start, start + len)`, `len` = `fixed_len`
    /// plus the command's message length when `add_msg_len`.
    Sha = 22,
    /// Digest bytes 0..32 to register `d`, 32..64 to register `d + 1`.
    Dig = 23,
    /// Store register `a` (32 bytes) to buffer words `word..word + 8`.
    Stb = 24,
    /// Load buffer words `word..word + 8` into register `d`.
    Ldb = 25,
    /// Copy the seed port to buffer words `word..word + 8`.
    LdSeed = 26,
    /// Set the "public key derived" flag to `value`.
    SetPk = 27,
}

impl Op {
    /// Decodes an opcode field.
    pub fn from_code(code: u32) -> Option<Op> {
        use Op::*;
        Some(match code {
            0 => FMul,
            1 => MulLo,
            2 => MulHi,
            3 => FAdd,
            4 => FSub,
            5 => RAdd,
            6 => RSub,
            7 => And,
            8 => Or,
            9 => Freeze,
            16 => Jmp,
            17 => SetC,
            18 => DecJ,
            19 => Halt,
            20 => Bit,
            21 => IdxF,
            22 => Sha,
            23 => Dig,
            24 => Stb,
            25 => Ldb,
            26 => LdSeed,
            27 => SetPk,
            _ => return None,
        })
    }

    /// True for the instructions the field unit executes.
    pub fn is_field(self) -> bool {
        (self as u8) < 16
    }
}

/// Jump conditions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    Always = 0,
    /// Z flag set (last field-unit result was zero).
    Z = 1,
    /// Z flag clear.
    Nz = 2,
    /// C flag set.
    C = 3,
    /// C flag clear.
    Nc = 4,
    /// The public key has been derived.
    Pk = 5,
    /// The public key has not been derived.
    NoPk = 6,
}

impl Cond {
    pub fn from_code(code: u32) -> Option<Cond> {
        use Cond::*;
        Some(match code {
            0 => Always,
            1 => Z,
            2 => Nz,
            3 => C,
            4 => Nc,
            5 => Pk,
            6 => NoPk,
            _ => return None,
        })
    }
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// A field-unit instruction. `ia`/`ib` add the index register to `a`/`b`.
    Field {
        op: Op,
        d: u8,
        a: u8,
        b: u8,
        ia: bool,
        ib: bool,
        ci: bool,
    },
    Jmp {
        cond: Cond,
        target: u16,
    },
    SetC {
        c: u8,
        value: u16,
    },
    DecJ {
        c: u8,
        target: u16,
    },
    Halt {
        code: u8,
    },
    Bit {
        a: u8,
        pos: u16,
        use_c0: bool,
        weight: u8,
        acc: bool,
    },
    /// `flag_z` picks Z, otherwise C.
    IdxF {
        flag_z: bool,
        weight: u8,
        acc: bool,
    },
    /// `start` in bytes (a multiple of 8).
    Sha {
        start: u16,
        fixed_len: u16,
        add_msg_len: bool,
    },
    Dig {
        d: u8,
    },
    Stb {
        a: u8,
        word: u16,
    },
    Ldb {
        d: u8,
        word: u16,
    },
    LdSeed {
        word: u16,
    },
    SetPk {
        value: bool,
    },
}

/// Why a word does not decode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError(pub u32);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not an Ed25519 engine instruction: {:#010x}", self.0)
    }
}

fn field(w: u32, lo: u32, bits: u32) -> u32 {
    (w >> lo) & ((1 << bits) - 1)
}

impl Instr {
    /// The opcode.
    pub fn op(&self) -> Op {
        match *self {
            Instr::Field { op, .. } => op,
            Instr::Jmp { .. } => Op::Jmp,
            Instr::SetC { .. } => Op::SetC,
            Instr::DecJ { .. } => Op::DecJ,
            Instr::Halt { .. } => Op::Halt,
            Instr::Bit { .. } => Op::Bit,
            Instr::IdxF { .. } => Op::IdxF,
            Instr::Sha { .. } => Op::Sha,
            Instr::Dig { .. } => Op::Dig,
            Instr::Stb { .. } => Op::Stb,
            Instr::Ldb { .. } => Op::Ldb,
            Instr::LdSeed { .. } => Op::LdSeed,
            Instr::SetPk { .. } => Op::SetPk,
        }
    }

    /// The ROM word. Panics if a field does not fit (the generator's bug).
    pub fn encode(&self) -> u32 {
        let op = (self.op() as u32) << 27;
        let fit = |v: u32, bits: u32| -> u32 {
            assert!(v < (1 << bits), "{self:?}: {v} does not fit in {bits} bits");
            v
        };
        match *self {
            Instr::Field {
                d,
                a,
                b,
                ia,
                ib,
                ci,
                ..
            } => {
                op | (ci as u32) << 26
                    | (ia as u32) << 25
                    | (ib as u32) << 24
                    | fit(d as u32, 7) << 17
                    | fit(a as u32, 7) << 10
                    | fit(b as u32, 7) << 3
            }
            Instr::Jmp { cond, target } => op | (cond as u32) << 20 | fit(target as u32, 11),
            Instr::SetC { c, value } => op | fit(c as u32, 1) << 23 | fit(value as u32, 9),
            Instr::DecJ { c, target } => op | fit(c as u32, 1) << 23 | fit(target as u32, 11),
            Instr::Halt { code } => op | fit(code as u32, 4),
            Instr::Bit {
                a,
                pos,
                use_c0,
                weight,
                acc,
            } => {
                op | (acc as u32) << 26
                    | fit(weight as u32, 7) << 17
                    | fit(a as u32, 7) << 10
                    | (use_c0 as u32) << 9
                    | fit(pos as u32, 9)
            }
            Instr::IdxF {
                flag_z,
                weight,
                acc,
            } => op | (acc as u32) << 26 | fit(weight as u32, 7) << 17 | flag_z as u32,
            Instr::Sha {
                start,
                fixed_len,
                add_msg_len,
            } => {
                assert!(start % 8 == 0, "{self:?}: start must be a multiple of 8");
                op | fit(fixed_len as u32, 12) << 12
                    | (add_msg_len as u32) << 11
                    | fit(start as u32 / 8, 8)
            }
            Instr::Dig { d } => op | fit(d as u32, 7) << 17,
            Instr::Stb { a, word } => op | fit(a as u32, 7) << 10 | fit(word as u32, 9),
            Instr::Ldb { d, word } => op | fit(d as u32, 7) << 17 | fit(word as u32, 9),
            Instr::LdSeed { word } => op | fit(word as u32, 9),
            Instr::SetPk { value } => op | value as u32,
        }
    }

    /// Decodes a ROM word.
    pub fn decode(w: u32) -> Result<Instr, DecodeError> {
        let op = Op::from_code(w >> 27).ok_or(DecodeError(w))?;
        let d = field(w, 17, 7) as u8;
        let a = field(w, 10, 7) as u8;
        let b = field(w, 3, 7) as u8;
        let ci = field(w, 26, 1) == 1;
        Ok(match op {
            _ if op.is_field() => Instr::Field {
                op,
                d,
                a,
                b,
                ia: field(w, 25, 1) == 1,
                ib: field(w, 24, 1) == 1,
                ci,
            },
            Op::Jmp => Instr::Jmp {
                cond: Cond::from_code(field(w, 20, 4)).ok_or(DecodeError(w))?,
                target: field(w, 0, 11) as u16,
            },
            Op::SetC => Instr::SetC {
                c: field(w, 23, 1) as u8,
                value: field(w, 0, 9) as u16,
            },
            Op::DecJ => Instr::DecJ {
                c: field(w, 23, 1) as u8,
                target: field(w, 0, 11) as u16,
            },
            Op::Halt => Instr::Halt {
                code: field(w, 0, 4) as u8,
            },
            Op::Bit => Instr::Bit {
                a,
                pos: field(w, 0, 9) as u16,
                use_c0: field(w, 9, 1) == 1,
                weight: d,
                acc: ci,
            },
            Op::IdxF => Instr::IdxF {
                flag_z: field(w, 0, 1) == 1,
                weight: d,
                acc: ci,
            },
            Op::Sha => Instr::Sha {
                start: field(w, 0, 8) as u16 * 8,
                fixed_len: field(w, 12, 12) as u16,
                add_msg_len: field(w, 11, 1) == 1,
            },
            Op::Dig => Instr::Dig { d },
            Op::Stb => Instr::Stb {
                a,
                word: field(w, 0, 9) as u16,
            },
            Op::Ldb => Instr::Ldb {
                d,
                word: field(w, 0, 9) as u16,
            },
            Op::LdSeed => Instr::LdSeed {
                word: field(w, 0, 9) as u16,
            },
            Op::SetPk => Instr::SetPk {
                value: field(w, 0, 1) == 1,
            },
            _ => unreachable!(),
        })
    }
}

/// Commands on the engine's `cmd_op` port.
pub mod cmd {
    /// Derive the public key from the seed port; result words 0..8.
    pub const PUBKEY: u8 = 1;
    /// Sign the message in the buffer (needs PUBKEY first); result words 0..16 = R || S.
    pub const SIGN: u8 = 2;
    /// Verify R (buffer words 0..8), A (8..16), S (at [`super::buf::S_WORD`]) over the message.
    pub const VERIFY: u8 = 3;
    /// SHA-512 of the message; result words 0..16 = the digest.
    pub const SHA512: u8 = 4;
}

/// Buffer layout (32-bit little-endian words: byte `4w` is bits 7..0 of word `w`).
pub mod buf {
    /// Signature R (VERIFY input) and SIGN scratch: bytes 0..32.
    pub const R_WORD: usize = 0;
    /// Public key A (VERIFY input) and engine scratch: bytes 32..64.
    pub const A_WORD: usize = 8;
    /// The message starts at byte 64.
    pub const MSG_WORD: usize = 16;
    /// Byte offset of the message.
    pub const MSG_BYTE: usize = 64;
    /// Longest message, in bytes.
    pub const MAX_MSG: usize = 1024;
    /// Signature S (VERIFY input): bytes 1088..1120.
    pub const S_WORD: usize = 272;
}

/// Values of the `status` port when `done` rises.
pub mod status {
    /// Success; for VERIFY, the signature is accepted.
    pub const OK: u8 = 0;
    /// VERIFY: S is not below the group order L.
    pub const S_NOT_CANONICAL: u8 = 1;
    /// VERIFY: A is not a canonical encoding of a curve point.
    pub const A_INVALID: u8 = 2;
    /// VERIFY: R is not a canonical encoding of a curve point.
    pub const R_INVALID: u8 = 3;
    /// VERIFY: A has small order.
    pub const A_SMALL_ORDER: u8 = 4;
    /// VERIFY: R has small order.
    pub const R_SMALL_ORDER: u8 = 5;
    /// VERIFY: [S]B != R + [k]A.
    pub const MISMATCH: u8 = 6;
    /// SIGN before PUBKEY.
    pub const NO_PUBKEY: u8 = 8;
    /// Unknown command or a message longer than [`super::buf::MAX_MSG`].
    pub const BAD_COMMAND: u8 = 9;

    /// A short name for a status code.
    pub fn name(code: u8) -> &'static str {
        match code {
            OK => "ok",
            S_NOT_CANONICAL => "S not canonical",
            A_INVALID => "public key not a canonical point",
            R_INVALID => "R not a canonical point",
            A_SMALL_ORDER => "public key of small order",
            R_SMALL_ORDER => "R of small order",
            MISMATCH => "equation does not hold",
            NO_PUBKEY => "no public key derived",
            BAD_COMMAND => "bad command",
            _ => "unknown status",
        }
    }
}

/// Execution cycles (after the fetch cycle) of the instructions that do not
/// run on the field unit or the SHA-512 unit.
pub mod exec {
    /// Jmp, SetC, DecJ, Halt, IdxF, SetPk.
    pub const CONTROL: u64 = 1;
    /// Bit: one register-file read.
    pub const BIT: u64 = 2;
    /// Dig: 32 limb writes.
    pub const DIG: u64 = 32;
    /// Stb: 8 double-limb reads, each written one cycle later.
    pub const STB: u64 = 9;
    /// Ldb: 16 buffer reads, each written one cycle later.
    pub const LDB: u64 = 17;
    /// LdSeed: 8 buffer writes.
    pub const LDSEED: u64 = 8;
    /// Sha: the SHA-512 unit starts this many cycles into the instruction
    /// (the length is registered first), so the instruction takes
    /// `SHA_START + sha_cycles(len)` cycles.
    pub const SHA_START: u64 = 1;
}

/// Cycles the SHA-512 unit takes for a `len`-byte message, counted from its
/// start cycle (cycle 0) through its done cycle (`sha_cycles(len) - 1`):
/// 9 (start and eight cycles loading the IV) plus, for each of the
/// `(len + 17).div_ceil(128)` padded blocks, 80 rounds of 4 cycles and 8
/// cycles adding the block's result into the hash value.
pub fn sha_cycles(len: usize) -> u64 {
    let blocks = (len + 17).div_ceil(128) as u64;
    9 + blocks * 328
}
