//! Bit-exact reference for one field-unit instruction, limb by limb, in the
//! order the hardware computes it. The RTL field unit and the behavioural
//! model must produce exactly these register contents and flags.
//!
//! Registers are 16 little-endian 16-bit limbs. A field-unit instruction
//! runs three steps:
//!
//! 1. **Columns.** For `k = 0..16` it forms a column pair `(low_k, high_k)`
//!    worth `low_k * 2^(16k) + high_k * 2^(16(k+1))`. Multiplications use
//!    product scanning over 16 lanes: lane `j` multiplies `a[(k - j) mod 16]`
//!    by `b[j]`, and the lane "wraps" when `j > k` (its product belongs to
//!    column `k + 16`). Each 32-bit product is split into 16-bit halves; the
//!    halves of non-wrapped lanes are summed into `(lu, hu)`, of wrapped lanes
//!    into `(lw, hw)`. `FMul` folds wrapped lanes with 2^256 = 38 (mod p):
//!    `low = lu + 38 lw`, `high = hu + 38 hw`; `MulLo` keeps only
//!    non-wrapped lanes, `MulHi` only wrapped lanes (times 1).
//! 2. **Chain.** `t = low_k + prev_high + carry; out[k] = t mod 2^16;
//!    carry = t >> 16; prev_high = high_k`. The chain starts at
//!    `(carry, prev_high) = (1 if RSub else 0, 0)` unless `ci` continues the
//!    previous instruction's final chain state. Afterwards
//!    `top_r = carry + prev_high` is the value at weight 2^256.
//! 3. **Write.** Fold ops (`FMul`, `FAdd`, `FSub`) add
//!    `19 * (2 top_r + out[15] >> 15)` to `out` with bit 255 cleared
//!    (2^255 = 19 mod p), rippling a carry through the limbs; the result is
//!    `< 2^255 + 2^36`. `Freeze` computed `out = a + 19`; with
//!    `q = out[15] >> 15` it clears bit 255 and, when `q` is 0, adds
//!    `2^256 - 19` (mod 2^256), giving `a mod p`. Raw ops write `out` as is.
//!
//! Flags: Z = every written limb is zero; C = `top_r != 0`.

use super::isa::{Op, LIMBS};

/// The chain state a `ci` instruction continues from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Chain {
    pub carry: u32,
    pub prev_high: u32,
}

/// What one field-unit instruction produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FuResult {
    pub out: [u16; LIMBS],
    pub chain: Chain,
    pub c: bool,
    pub z: bool,
}

/// `FSub` adds `!b` and this constant: `a + (2^256 - 1 - b) + K = a - b + 4p`.
pub const FSUB_K: [u16; LIMBS] = {
    let mut k = [0xffffu16; LIMBS];
    k[0] = 0xffb5;
    k
};

/// The column pair `(low_k, high_k)` of `op` at column `k`.
pub fn column(op: Op, a: &[u16; LIMBS], b: &[u16; LIMBS], k: usize) -> (u32, u32) {
    let (ak, bk) = (a[k] as u32, b[k] as u32);
    match op {
        Op::FMul | Op::MulLo | Op::MulHi => {
            let (mut lu, mut hu, mut lw, mut hw) = (0u32, 0u32, 0u32, 0u32);
            for j in 0..LIMBS {
                let p = a[(k + LIMBS - j) % LIMBS] as u32 * b[j] as u32;
                if j > k {
                    lw += p & 0xffff;
                    hw += p >> 16;
                } else {
                    lu += p & 0xffff;
                    hu += p >> 16;
                }
            }
            match op {
                Op::FMul => (lu + 38 * lw, hu + 38 * hw),
                Op::MulLo => (lu, hu),
                _ => (lw, hw),
            }
        }
        Op::FAdd | Op::RAdd => (ak + bk, 0),
        Op::FSub => (ak + (!bk & 0xffff) + FSUB_K[k] as u32, 0),
        Op::RSub => (ak + (!bk & 0xffff), 0),
        Op::And => (ak & bk, 0),
        Op::Or => (ak | bk, 0),
        Op::Freeze => (ak + if k == 0 { 19 } else { 0 }, 0),
        _ => panic!("{op:?} is not a field-unit instruction"),
    }
}

/// Runs one field-unit instruction.
pub fn execute(op: Op, a: &[u16; LIMBS], b: &[u16; LIMBS], ci: bool, chain: Chain) -> FuResult {
    let (mut carry, mut prev_high) = if ci {
        (chain.carry, chain.prev_high)
    } else {
        ((op == Op::RSub) as u32, 0)
    };
    let mut out = [0u16; LIMBS];
    for (k, limb) in out.iter_mut().enumerate() {
        let (low, high) = column(op, a, b, k);
        let t = low + prev_high + carry;
        *limb = t as u16;
        carry = t >> 16;
        prev_high = high;
    }
    let top_r = carry + prev_high;
    let fold = matches!(op, Op::FMul | Op::FAdd | Op::FSub);
    if fold || op == Op::Freeze {
        let bit255 = (out[15] >> 15) as u32;
        out[15] &= 0x7fff;
        // Limb 0's addend and the addend of limbs 1..16.
        let (add0, add_rest) = if fold {
            (19 * (2 * top_r + bit255), 0)
        } else if bit255 == 0 {
            (0xffed, 0xffff)
        } else {
            (0, 0)
        };
        let mut c2 = 0u32;
        for (k, limb) in out.iter_mut().enumerate() {
            let t = *limb as u32 + if k == 0 { add0 } else { add_rest } + c2;
            *limb = t as u16;
            c2 = t >> 16;
        }
    }
    FuResult {
        out,
        chain: Chain { carry, prev_high },
        c: top_r != 0,
        z: out.iter().all(|&l| l == 0),
    }
}

/// Limbs of a little-endian 32-byte value.
pub fn limbs_from_bytes(bytes: &[u8; 32]) -> [u16; LIMBS] {
    std::array::from_fn(|i| u16::from_le_bytes([bytes[2 * i], bytes[2 * i + 1]]))
}

/// The little-endian 32 bytes of a register.
pub fn bytes_from_limbs(limbs: &[u16; LIMBS]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, l) in limbs.iter().enumerate() {
        out[2 * i..2 * i + 2].copy_from_slice(&l.to_le_bytes());
    }
    out
}
