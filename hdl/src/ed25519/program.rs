//! The engine's microprogram and the power-up image of its register file.
//!
//! Written as Rust that assembles [`Instr`]s: routines (point doubling and
//! addition, inversion, decompression, reduction modulo L) are inlined where
//! they are used, loops run on the two hardware counters. Signing has no
//! branch that depends on the key or the message (only fixed-count loops and
//! indexed operands), so its cycle count depends on the message length only.

use super::fu_ref::limbs_from_bytes;
use super::isa::{buf, cmd, status, Cond, Instr, Op, LIMBS, REGS};
use num_bigint::BigUint;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The assembled microprogram.
#[derive(Clone, Debug)]
pub struct Program {
    /// One decoded instruction per ROM word.
    pub instrs: Vec<Instr>,
    /// The ROM words.
    pub words: Vec<u32>,
    /// Entry address of each command, indexed by the `cmd_op` value (0 unused).
    pub entries: [u16; 5],
    /// Register-file contents at power-up (`REGS * LIMBS` limbs).
    pub regfile_init: Vec<u16>,
}

/// Register numbers. Constants (`K_*`) are preloaded and never written.
pub mod r {
    pub const K_ZERO: u8 = 0;
    pub const K_ONE: u8 = 1;
    /// 2^255, after K_ZERO at `SIGN_TAB`: `Or` with `SIGN_TAB + bit` sets the sign.
    pub const SIGN_TAB: u8 = 2; // [0, 2^255]
    pub const K_D: u8 = 4;
    pub const K_D2: u8 = 5;
    pub const K_SQRTM1: u8 = 6;
    pub const K_MASK255: u8 = 7;
    pub const K_CLAMP_AND: u8 = 8;
    pub const K_CLAMP_OR: u8 = 9;
    pub const K_L: u8 = 10;
    pub const K_2L: u8 = 11;
    pub const K_4L: u8 = 12;
    pub const K_8L: u8 = 13;
    /// 16c where L = 2^252 + c; also the low word of 16L (whose high word is 1).
    pub const K_C16: u8 = 14;
    pub const K_M1_LO: u8 = 15;
    pub const K_M1_HI: u8 = 16;
    pub const K_M2_LO: u8 = 17;
    pub const K_M2_HI: u8 = 18;
    /// The base point B in extended coordinates (Z = 1).
    pub const K_BX: u8 = 19;
    pub const K_BY: u8 = 20;
    pub const K_BT: u8 = 21;
    /// Table of cached points (Y+X, Y-X, 2Z, 2dT), 4 registers per entry:
    /// entry 0 the identity and entry 2 B are preloaded; entry 1 (-A) and
    /// entry 3 (B - A) are computed by VERIFY. Index = 8 s + 4 k.
    pub const TAB: u8 = 24;
    /// Command results, read through the result port when idle.
    pub const OUT0: u8 = 40;
    pub const OUT1: u8 = 41;
    /// The derived public key (encoded), kept between commands.
    pub const PK: u8 = 42;
    /// Accumulator point Q.
    pub const QX: u8 = 44;
    pub const QY: u8 = 45;
    pub const QZ: u8 = 46;
    pub const QT: u8 = 47;
    /// Point-operation temporaries.
    pub const T0: u8 = 48;
    pub const T1: u8 = 49;
    pub const T2: u8 = 50;
    pub const T3: u8 = 51;
    pub const T4: u8 = 52;
    pub const T5: u8 = 53;
    pub const T6: u8 = 54;
    pub const T7: u8 = 55;
    /// Inversion / square-root chain temporaries.
    pub const E0: u8 = 56;
    pub const E1: u8 = 57;
    pub const E2: u8 = 58;
    pub const E3: u8 = 59;
    pub const E4: u8 = 60;
    pub const E5: u8 = 61;
    /// Scalars: the clamped secret a, the nonce r, the challenge k, S.
    pub const SA: u8 = 62;
    pub const SR: u8 = 63;
    pub const SK: u8 = 64;
    pub const SS: u8 = 65;
    /// Digest (low, high) written by `Dig`.
    pub const H_LO: u8 = 66;
    pub const H_HI: u8 = 67;
    /// Reduction temporaries; `W_LO + 1` and `W_HI + 1` are the selectable
    /// "subtracted" values.
    pub const P_LO: u8 = 68;
    pub const P_HI: u8 = 69;
    pub const X_LO: u8 = 70;
    pub const X_HI: u8 = 71;
    pub const W_LO: u8 = 72; // + 73
    pub const W_HI: u8 = 74; // + 75
    /// Decompression: encoding, y, x and the x / -x / x selection.
    pub const ENC: u8 = 76;
    pub const DY: u8 = 77;
    pub const DX: u8 = 78;
    pub const XSEL: u8 = 79; // 79, 80, 81
    pub const DU: u8 = 82;
    pub const DV: u8 = 83;
    /// Decoded A (extended) and R (affine).
    pub const AX: u8 = 84;
    pub const AY: u8 = 85;
    pub const AZ: u8 = 86;
    pub const AT: u8 = 87;
    pub const RX: u8 = 88;
    pub const RY: u8 = 89;
    /// Registers a command may leave secrets in; SIGN and PUBKEY clear them.
    pub const SECRET: &[u8] = &[
        SA,
        SR,
        SK,
        SS,
        H_LO,
        H_HI,
        P_LO,
        P_HI,
        X_LO,
        X_HI,
        W_LO,
        W_LO + 1,
        W_HI,
        W_HI + 1,
        T0,
        T1,
        T2,
        T3,
        T4,
        T5,
        T6,
        T7,
        QX,
        QY,
        QZ,
        QT,
        E0,
        E1,
        E2,
        E3,
        E4,
        E5,
    ];
}

/// The field prime p = 2^255 - 19.
pub fn p() -> BigUint {
    (BigUint::from(1u8) << 255u32) - 19u8
}

/// The group order L = 2^252 + 27742317777372353535851937790883648493.
pub fn l() -> BigUint {
    (BigUint::from(1u8) << 252u32)
        + "27742317777372353535851937790883648493"
            .parse::<BigUint>()
            .unwrap()
}

fn inv(x: &BigUint) -> BigUint {
    x.modpow(&(p() - 2u8), &p())
}

/// Curve constant d = -121665 / 121666.
pub fn d() -> BigUint {
    (p() - BigUint::from(121665u32)) * inv(&BigUint::from(121666u32)) % p()
}

/// sqrt(-1) = 2^((p-1)/4).
pub fn sqrt_m1() -> BigUint {
    BigUint::from(2u8).modpow(&((p() - 1u8) >> 2u32), &p())
}

/// The base point's affine coordinates (x even, y = 4/5).
pub fn base_point() -> (BigUint, BigUint) {
    let y = BigUint::from(4u8) * inv(&BigUint::from(5u8)) % p();
    let yy = &y * &y % p();
    let u = (&yy + p() - 1u8) % p();
    let v = (d() * &yy + 1u8) % p();
    let x2 = u * inv(&v) % p();
    let mut x = x2.modpow(&((p() + 3u8) >> 3u32), &p());
    if &x * &x % p() != x2 {
        x = x * sqrt_m1() % p();
    }
    if x.bit(0) {
        x = p() - x;
    }
    (x, y)
}

fn limbs(v: &BigUint) -> [u16; LIMBS] {
    let mut bytes = v.to_bytes_le();
    assert!(bytes.len() <= 32, "constant wider than 256 bits");
    bytes.resize(32, 0);
    limbs_from_bytes(&bytes.try_into().unwrap())
}

fn regfile_init() -> Vec<u16> {
    use r::*;
    let one = BigUint::from(1u8);
    let two256 = &one << 256u32;
    let mut image = vec![0u16; REGS * LIMBS];
    let mut set = |reg: u8, v: &BigUint| {
        let base = reg as usize * LIMBS;
        image[base..base + LIMBS].copy_from_slice(&limbs(v));
    };
    let (bx, by) = base_point();
    let bt = &bx * &by % p();
    let d2 = d() * 2u8 % p();
    let c = l() - (&one << 252u32);
    let m1 = l() << 133u32;
    let m2 = l() << 8u32;
    set(K_ZERO, &BigUint::from(0u8));
    set(K_ONE, &one);
    set(SIGN_TAB, &BigUint::from(0u8));
    set(SIGN_TAB + 1, &(&one << 255u32));
    set(K_D, &d());
    set(K_D2, &d2);
    set(K_SQRTM1, &sqrt_m1());
    set(K_MASK255, &((&one << 255u32) - 1u8));
    set(K_CLAMP_AND, &((&one << 255u32) - 8u8));
    set(K_CLAMP_OR, &(&one << 254u32));
    set(K_L, &l());
    set(K_2L, &(l() << 1u32));
    set(K_4L, &(l() << 2u32));
    set(K_8L, &(l() << 3u32));
    set(K_C16, &(&c << 4u32));
    set(K_M1_LO, &(&m1 % &two256));
    set(K_M1_HI, &(&m1 >> 256u32));
    set(K_M2_LO, &(&m2 % &two256));
    set(K_M2_HI, &(&m2 >> 256u32));
    set(K_BX, &bx);
    set(K_BY, &by);
    set(K_BT, &bt);
    // Cached identity (1, 1, 2, 0) and cached B.
    set(TAB, &one);
    set(TAB + 1, &one);
    set(TAB + 2, &BigUint::from(2u8));
    set(TAB + 3, &BigUint::from(0u8));
    set(TAB + 8, &((&by + &bx) % p()));
    set(TAB + 9, &((&by + p() - &bx) % p()));
    set(TAB + 10, &BigUint::from(2u8));
    set(TAB + 11, &(&d2 * &bt % p()));
    image
}

/// A label in the program being assembled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Label(usize);

/// A tiny assembler with forward references.
struct Asm {
    instrs: Vec<Instr>,
    labels: HashMap<Label, usize>,
    fixups: Vec<(usize, Label)>,
    next_label: usize,
}

impl Asm {
    fn new() -> Self {
        Asm {
            instrs: Vec::new(),
            labels: HashMap::new(),
            fixups: Vec::new(),
            next_label: 0,
        }
    }

    fn label(&mut self) -> Label {
        self.next_label += 1;
        Label(self.next_label)
    }

    fn here(&mut self, l: Label) {
        assert!(self.labels.insert(l, self.instrs.len()).is_none());
    }

    fn pc(&self) -> usize {
        self.instrs.len()
    }

    /// A field-unit instruction; `flags` is (ia, ib, ci).
    fn field_op(&mut self, op: Op, d: u8, a: u8, b: u8, (ia, ib, ci): (bool, bool, bool)) {
        self.instrs.push(Instr::Field {
            op,
            d,
            a,
            b,
            ia,
            ib,
            ci,
        });
    }

    fn field(&mut self, op: Op, d: u8, a: u8, b: u8) {
        self.field_op(op, d, a, b, (false, false, false))
    }

    /// A field op whose `b` operand is indexed by the index register.
    fn field_ib(&mut self, op: Op, d: u8, a: u8, b: u8) {
        self.field_op(op, d, a, b, (false, true, false))
    }

    /// A field op whose `a` operand is indexed by the index register.
    fn field_ia(&mut self, op: Op, d: u8, a: u8, b: u8) {
        self.field_op(op, d, a, b, (true, false, false))
    }

    /// A field op continuing the previous op's carry chain.
    fn field_ci(&mut self, op: Op, d: u8, a: u8, b: u8) {
        self.field_op(op, d, a, b, (false, false, true))
    }

    fn mul(&mut self, d: u8, a: u8, b: u8) {
        self.field(Op::FMul, d, a, b)
    }
    fn sqr(&mut self, d: u8, a: u8) {
        self.field(Op::FMul, d, a, a)
    }
    fn add(&mut self, d: u8, a: u8, b: u8) {
        self.field(Op::FAdd, d, a, b)
    }
    fn sub(&mut self, d: u8, a: u8, b: u8) {
        self.field(Op::FSub, d, a, b)
    }
    fn copy(&mut self, d: u8, a: u8) {
        self.field(Op::RAdd, d, a, r::K_ZERO)
    }

    fn jmp(&mut self, cond: Cond, l: Label) {
        self.fixups.push((self.instrs.len(), l));
        self.instrs.push(Instr::Jmp { cond, target: 0 });
    }

    fn setc(&mut self, c: u8, value: u16) {
        self.instrs.push(Instr::SetC { c, value });
    }

    fn decj(&mut self, c: u8, l: Label) {
        self.fixups.push((self.instrs.len(), l));
        self.instrs.push(Instr::DecJ { c, target: 0 });
    }

    fn halt(&mut self, code: u8) {
        self.instrs.push(Instr::Halt { code });
    }

    fn bit(&mut self, a: u8, pos: u16, use_c0: bool, weight: u8, acc: bool) {
        self.instrs.push(Instr::Bit {
            a,
            pos,
            use_c0,
            weight,
            acc,
        });
    }

    fn finish(mut self) -> Vec<Instr> {
        for (at, l) in std::mem::take(&mut self.fixups) {
            let target = self.labels[&l] as u16;
            match &mut self.instrs[at] {
                Instr::Jmp { target: t, .. } | Instr::DecJ { target: t, .. } => *t = target,
                _ => unreachable!(),
            }
        }
        self.instrs
    }

    /// `d = a^(2^n)` for n >= 1, on counter 1.
    fn sqr_n(&mut self, d: u8, a: u8, n: u16) {
        self.sqr(d, a);
        if n > 1 {
            self.setc(1, n - 2);
            let top = self.label();
            self.here(top);
            self.sqr(d, d);
            self.decj(1, top);
        }
    }

    /// `(E2, E3) = (z^(2^250 - 1), z^11)`: the shared head of inversion and
    /// the square-root power (the ref10 chain).
    fn pow_2_250_1(&mut self, z: u8) {
        use r::*;
        self.sqr(E0, z); // z^2
        self.sqr_n(E1, E0, 2); // z^8
        self.mul(E1, E1, z); // z^9
        self.mul(E3, E1, E0); // z^11
        self.sqr(E0, E3); // z^22
        self.mul(E0, E0, E1); // z^(2^5 - 1)
        self.sqr_n(E1, E0, 5);
        self.mul(E0, E1, E0); // 2^10 - 1
        self.sqr_n(E1, E0, 10);
        self.mul(E1, E1, E0); // 2^20 - 1
        self.sqr_n(E2, E1, 20);
        self.mul(E1, E2, E1); // 2^40 - 1
        self.sqr_n(E1, E1, 10);
        self.mul(E0, E1, E0); // 2^50 - 1
        self.sqr_n(E1, E0, 50);
        self.mul(E1, E1, E0); // 2^100 - 1
        self.sqr_n(E2, E1, 100);
        self.mul(E1, E2, E1); // 2^200 - 1
        self.sqr_n(E1, E1, 50);
        self.mul(E2, E1, E0); // 2^250 - 1
    }

    /// `d = z^(p - 2) = 1/z` (z^(2^255 - 21)).
    fn invert(&mut self, d: u8, z: u8) {
        self.pow_2_250_1(z);
        self.sqr_n(r::E2, r::E2, 5);
        self.mul(d, r::E2, r::E3);
    }

    /// Q = 2Q (dbl-2008-hwcd, a = -1).
    fn double(&mut self) {
        use r::*;
        self.sqr(T0, QX); // A
        self.sqr(T1, QY); // B
        self.sqr(T2, QZ);
        self.add(T2, T2, T2); // C = 2 Z^2
        self.add(T3, QX, QY);
        self.sqr(T3, T3);
        self.add(T4, T0, T1); // A + B
        self.sub(T3, T3, T4); // E
        self.sub(T5, T1, T0); // G = B - A
        self.sub(T2, T5, T2); // F = G - C
        self.sub(T4, K_ZERO, T4); // H = -(A + B)
        self.mul(QX, T3, T2);
        self.mul(QY, T5, T4);
        self.mul(QT, T3, T4);
        self.mul(QZ, T2, T5);
    }

    /// Q = Q + cached point at `tab` (+ index when `indexed`) (add-2008-hwcd-3).
    fn add_cached(&mut self, tab: u8, indexed: bool) {
        use r::*;
        let op = |asm: &mut Asm, d, a, b| {
            if indexed {
                asm.field_ib(Op::FMul, d, a, b)
            } else {
                asm.field(Op::FMul, d, a, b)
            }
        };
        self.sub(T0, QY, QX);
        self.add(T1, QY, QX);
        op(self, T0, T0, tab + 1); // A
        op(self, T1, T1, tab); // B
        op(self, T2, QT, tab + 3); // C
        op(self, T3, QZ, tab + 2); // D
        self.sub(T4, T1, T0); // E
        self.add(T5, T1, T0); // H
        self.sub(T6, T3, T2); // F
        self.add(T7, T3, T2); // G
        self.mul(QX, T4, T6);
        self.mul(QY, T7, T5);
        self.mul(QT, T4, T5);
        self.mul(QZ, T6, T7);
    }

    fn q_identity(&mut self) {
        use r::*;
        self.copy(QX, K_ZERO);
        self.copy(QY, K_ONE);
        self.copy(QZ, K_ONE);
        self.copy(QT, K_ZERO);
    }

    /// Q = [scalar]B for a scalar below 2^(top+1), with no branch on its bits.
    fn base_mul(&mut self, scalar: u8, top: u16) {
        self.q_identity();
        self.setc(0, top);
        let l = self.label();
        self.here(l);
        self.double();
        // Entry 0 (identity) or entry 2 (B).
        self.bit(scalar, 0, true, 8, false);
        self.add_cached(r::TAB, true);
        self.decj(0, l);
    }

    /// `d` = the encoding of Q (no branches).
    fn encode_q(&mut self, d: u8) {
        use r::*;
        self.invert(E4, QZ);
        self.mul(E5, QX, E4);
        self.field(Op::Freeze, E5, E5, K_ZERO);
        self.mul(d, QY, E4);
        self.field(Op::Freeze, d, d, K_ZERO);
        self.bit(E5, 0, false, 1, false);
        self.field_ib(Op::Or, d, d, SIGN_TAB);
    }

    /// Decodes the encoding in ENC into (x, y) = (DX, DY); jumps to `bad` when
    /// it is not canonical or not on the curve.
    fn decompress(&mut self, bad: Label) {
        use r::*;
        self.field(Op::And, DY, ENC, K_MASK255);
        // Canonical: y < p, i.e. freezing changes nothing.
        self.field(Op::Freeze, DU, DY, K_ZERO);
        self.field(Op::RSub, DU, DU, DY);
        self.jmp(Cond::Nz, bad);
        // u = y^2 - 1, v = d y^2 + 1
        self.sqr(DV, DY);
        self.sub(DU, DV, K_ONE);
        self.mul(DV, DV, K_D);
        self.add(DV, DV, K_ONE);
        // x = u v^3 (u v^7)^((p-5)/8)
        self.sqr(E4, DV);
        self.mul(E4, E4, DV); // v^3
        self.sqr(E5, E4);
        self.mul(E5, E5, DV); // v^7
        self.mul(E5, E5, DU); // u v^7
        self.pow_2_250_1(E5);
        self.sqr_n(E2, E2, 2);
        self.mul(E2, E2, E5); // (u v^7)^(2^252 - 3)
        self.mul(E4, E4, DU); // u v^3
        self.mul(DX, E4, E2);
        // v x^2 == u, or == -u (then x *= sqrt(-1)), or no root.
        self.sqr(E0, DX);
        self.mul(E0, E0, DV);
        self.sub(E1, E0, DU);
        self.field(Op::Freeze, E1, E1, K_ZERO);
        let root = self.label();
        self.jmp(Cond::Z, root);
        self.add(E1, E0, DU);
        self.field(Op::Freeze, E1, E1, K_ZERO);
        self.jmp(Cond::Nz, bad);
        self.mul(DX, DX, K_SQRTM1);
        self.here(root);
        // Pick x, -x or x by (x mod 2) + sign.
        self.field(Op::Freeze, XSEL, DX, K_ZERO);
        self.sub(XSEL + 1, K_ZERO, XSEL);
        self.field(Op::Freeze, XSEL + 1, XSEL + 1, K_ZERO);
        self.copy(XSEL + 2, XSEL);
        self.bit(XSEL, 0, false, 1, false);
        self.bit(ENC, 255, false, 1, true);
        self.field_ia(Op::RAdd, DX, XSEL, K_ZERO);
    }

    /// Jumps to `small` when the point (QX, QY, QZ) has order dividing 8.
    fn small_order(&mut self, small: Label) {
        use r::*;
        self.double();
        self.double();
        self.double();
        let ok = self.label();
        self.field(Op::Freeze, T0, QX, K_ZERO);
        self.jmp(Cond::Nz, ok);
        self.sub(T0, QY, QZ);
        self.field(Op::Freeze, T0, T0, K_ZERO);
        self.jmp(Cond::Z, small);
        self.here(ok);
    }

    /// `d = (lo + 2^256 hi) mod L` for lo, hi < 2^256, with no branches.
    /// `lo` and `hi` must not be P_LO or P_HI (written before `lo` is read).
    fn reduce512(&mut self, d: u8, lo: u8, hi: u8) {
        use r::*;
        assert!(![P_LO, P_HI].contains(&lo) && ![P_LO, P_HI].contains(&hi));
        // X = lo - 16c hi + L 2^133  (2^256 = -16c mod L)
        self.field(Op::MulLo, P_LO, hi, K_C16);
        self.field_ci(Op::MulHi, P_HI, hi, K_C16);
        self.field(Op::RAdd, X_LO, lo, K_M1_LO);
        self.field_ci(Op::RAdd, X_HI, K_ZERO, K_M1_HI);
        self.field(Op::RSub, X_LO, X_LO, P_LO);
        self.field_ci(Op::RSub, X_HI, X_HI, P_HI);
        // X < 2^256 + 2^386: again with L 2^8.
        self.field(Op::MulLo, P_LO, X_HI, K_C16);
        self.field_ci(Op::MulHi, P_HI, X_HI, K_C16);
        self.field(Op::RAdd, X_LO, X_LO, K_M2_LO);
        self.field_ci(Op::RAdd, X_HI, K_ZERO, K_M2_HI);
        self.field(Op::RSub, X_LO, X_LO, P_LO);
        self.field_ci(Op::RSub, X_HI, X_HI, P_HI);
        // X < 2^256 + 2^261: high word <= 32, so 16c hi < 2^256; add L.
        self.field(Op::MulLo, P_LO, X_HI, K_C16);
        self.field(Op::RAdd, W_LO, X_LO, K_L);
        self.field_ci(Op::RAdd, W_HI, K_ZERO, K_ZERO);
        self.field(Op::RSub, W_LO, W_LO, P_LO);
        self.field_ci(Op::RSub, W_HI, W_HI, K_ZERO);
        // W < 32 L: subtract 16L, 8L, 4L, 2L, L where no borrow.
        self.field(Op::RSub, W_LO + 1, W_LO, K_C16);
        self.field_ci(Op::RSub, W_HI + 1, W_HI, K_ONE);
        self.instrs.push(Instr::IdxF {
            flag_z: false,
            weight: 1,
            acc: false,
        });
        self.field_ia(Op::RAdd, W_LO, W_LO, K_ZERO);
        self.field_ia(Op::RAdd, W_HI, W_HI, K_ZERO);
        self.field(Op::RSub, W_LO + 1, W_LO, K_8L);
        self.field_ci(Op::RSub, W_HI + 1, W_HI, K_ZERO);
        self.instrs.push(Instr::IdxF {
            flag_z: false,
            weight: 1,
            acc: false,
        });
        self.field_ia(Op::RAdd, W_LO, W_LO, K_ZERO);
        for k in [K_4L, K_2L, K_L] {
            self.field(Op::RSub, W_LO + 1, W_LO, k);
            self.instrs.push(Instr::IdxF {
                flag_z: false,
                weight: 1,
                acc: false,
            });
            self.field_ia(Op::RAdd, W_LO, W_LO, K_ZERO);
        }
        self.copy(d, W_LO);
    }

    /// (SA, H_HI) = (clamped secret scalar, prefix) from the seed port.
    fn expand_seed(&mut self) {
        use r::*;
        self.instrs.push(Instr::LdSeed {
            word: buf::A_WORD as u16,
        });
        self.instrs.push(Instr::Sha {
            start: 32,
            fixed_len: 32,
            add_msg_len: false,
        });
        self.instrs.push(Instr::Dig { d: H_LO });
        self.field(Op::And, SA, H_LO, K_CLAMP_AND);
        self.field(Op::Or, SA, SA, K_CLAMP_OR);
    }

    fn clear_secrets(&mut self) {
        for &reg in r::SECRET {
            self.copy(reg, r::K_ZERO);
        }
    }
}

fn assemble() -> Program {
    use r::*;
    let mut a = Asm::new();
    let mut entries = [0u16; 5];

    // PUBKEY: A = [a]B.
    entries[cmd::PUBKEY as usize] = a.pc() as u16;
    a.expand_seed();
    a.base_mul(SA, 254);
    a.encode_q(PK);
    a.copy(OUT0, PK);
    a.copy(OUT1, K_ZERO);
    a.instrs.push(Instr::Stb {
        a: PK,
        word: buf::A_WORD as u16,
    });
    a.clear_secrets();
    a.instrs.push(Instr::SetPk { value: true });
    a.halt(status::OK);

    // SIGN: r = H(prefix || M), R = [r]B, k = H(R || A || M), S = r + k a.
    entries[cmd::SIGN as usize] = a.pc() as u16;
    let have_pk = a.label();
    a.jmp(Cond::Pk, have_pk);
    a.halt(status::NO_PUBKEY);
    a.here(have_pk);
    a.expand_seed();
    a.instrs.push(Instr::Stb {
        a: H_HI,
        word: buf::A_WORD as u16,
    });
    a.instrs.push(Instr::Sha {
        start: 32,
        fixed_len: 32,
        add_msg_len: true,
    });
    a.instrs.push(Instr::Dig { d: H_LO });
    a.reduce512(SR, H_LO, H_HI);
    a.base_mul(SR, 252);
    a.encode_q(OUT0);
    a.instrs.push(Instr::Stb {
        a: OUT0,
        word: buf::R_WORD as u16,
    });
    a.instrs.push(Instr::Stb {
        a: PK,
        word: buf::A_WORD as u16,
    });
    a.instrs.push(Instr::Sha {
        start: 0,
        fixed_len: 64,
        add_msg_len: true,
    });
    a.instrs.push(Instr::Dig { d: H_LO });
    a.reduce512(SK, H_LO, H_HI);
    // reduce512 overwrites P_* before reading `lo`, so the sum goes to X_*.
    a.field(Op::MulLo, X_LO, SK, SA);
    a.field_ci(Op::MulHi, X_HI, SK, SA);
    a.field(Op::RAdd, X_LO, X_LO, SR);
    a.field_ci(Op::RAdd, X_HI, X_HI, K_ZERO);
    a.reduce512(OUT1, X_LO, X_HI);
    a.clear_secrets();
    a.halt(status::OK);

    // VERIFY (RFC 8032 5.1.7, strict): accept iff S < L, A and R decode,
    // neither has small order, and [S]B - [k]A == R.
    entries[cmd::VERIFY as usize] = a.pc() as u16;
    let bad_s = a.label();
    let bad_a = a.label();
    let bad_r = a.label();
    let small_a = a.label();
    let small_r = a.label();
    let mismatch = a.label();
    a.copy(OUT0, K_ZERO);
    a.copy(OUT1, K_ZERO);
    a.instrs.push(Instr::Ldb {
        d: SS,
        word: buf::S_WORD as u16,
    });
    a.field(Op::RSub, T0, SS, K_L);
    a.jmp(Cond::C, bad_s);
    // A
    a.instrs.push(Instr::Ldb {
        d: ENC,
        word: buf::A_WORD as u16,
    });
    a.decompress(bad_a);
    a.copy(AX, DX);
    a.copy(AY, DY);
    a.copy(AZ, K_ONE);
    a.mul(AT, DX, DY);
    // R
    a.instrs.push(Instr::Ldb {
        d: ENC,
        word: buf::R_WORD as u16,
    });
    a.decompress(bad_r);
    a.copy(RX, DX);
    a.copy(RY, DY);
    // Small order: [8]P == identity.
    a.copy(QX, AX);
    a.copy(QY, AY);
    a.copy(QZ, K_ONE);
    a.small_order(small_a);
    a.copy(QX, RX);
    a.copy(QY, RY);
    a.copy(QZ, K_ONE);
    a.small_order(small_r);
    // k = H(R || A || M) mod L
    a.instrs.push(Instr::Sha {
        start: 0,
        fixed_len: 64,
        add_msg_len: true,
    });
    a.instrs.push(Instr::Dig { d: H_LO });
    a.reduce512(SK, H_LO, H_HI);
    // Table entry 1 = cached(-A): (Y - X, Y + X, 2Z, -2d T).
    a.sub(TAB + 4, AY, AX);
    a.add(TAB + 5, AY, AX);
    a.add(TAB + 6, AZ, AZ);
    a.mul(T0, AT, K_D2);
    a.sub(TAB + 7, K_ZERO, T0);
    // Entry 3 = cached(B - A).
    a.copy(QX, K_BX);
    a.copy(QY, K_BY);
    a.copy(QZ, K_ONE);
    a.copy(QT, K_BT);
    a.add_cached(TAB + 4, false);
    a.add(TAB + 12, QY, QX);
    a.sub(TAB + 13, QY, QX);
    a.add(TAB + 14, QZ, QZ);
    a.mul(TAB + 15, QT, K_D2);
    // Q = [S]B + [k](-A), bits 252..0 (both scalars are below L < 2^253).
    a.q_identity();
    a.setc(0, 252);
    let top = a.label();
    a.here(top);
    a.double();
    a.bit(SS, 0, true, 8, false);
    a.bit(SK, 0, true, 4, true);
    a.add_cached(TAB, true);
    a.decj(0, top);
    // Q == R: X == x_R Z and Y == y_R Z.
    a.mul(T0, RX, QZ);
    a.sub(T0, QX, T0);
    a.field(Op::Freeze, T0, T0, K_ZERO);
    a.jmp(Cond::Nz, mismatch);
    a.mul(T0, RY, QZ);
    a.sub(T0, QY, T0);
    a.field(Op::Freeze, T0, T0, K_ZERO);
    a.jmp(Cond::Nz, mismatch);
    a.halt(status::OK);
    for (l, code) in [
        (bad_s, status::S_NOT_CANONICAL),
        (bad_a, status::A_INVALID),
        (bad_r, status::R_INVALID),
        (small_a, status::A_SMALL_ORDER),
        (small_r, status::R_SMALL_ORDER),
        (mismatch, status::MISMATCH),
    ] {
        a.here(l);
        a.halt(code);
    }

    // SHA512 of the message.
    entries[cmd::SHA512 as usize] = a.pc() as u16;
    a.instrs.push(Instr::Sha {
        start: buf::MSG_BYTE as u16,
        fixed_len: 0,
        add_msg_len: true,
    });
    a.instrs.push(Instr::Dig { d: OUT0 });
    a.halt(status::OK);

    let instrs = a.finish();
    assert!(
        instrs.len() <= super::isa::ROM_WORDS,
        "microprogram too long"
    );
    let words = instrs.iter().map(Instr::encode).collect();
    Program {
        instrs,
        words,
        entries,
        regfile_init: regfile_init(),
    }
}

/// The microprogram (assembled once).
pub fn program() -> &'static Program {
    static PROGRAM: OnceLock<Program> = OnceLock::new();
    PROGRAM.get_or_init(assemble)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_decode_to_the_program() {
        let p = program();
        for (i, (w, ins)) in p.words.iter().zip(&p.instrs).enumerate() {
            assert_eq!(Instr::decode(*w).as_ref(), Ok(ins), "word {i}");
        }
    }

    #[test]
    fn constants_are_never_written() {
        let p = program();
        for ins in &p.instrs {
            let written = match *ins {
                Instr::Field { d, .. } | Instr::Ldb { d, .. } => vec![d],
                Instr::Dig { d } => vec![d, d + 1],
                _ => vec![],
            };
            for d in written {
                assert!(d > r::K_BT, "{ins:?} writes a constant");
                assert!(
                    !(r::TAB..r::TAB + 16).contains(&d) || (d / 4) % 2 == 1,
                    "{ins:?} writes a preloaded table entry"
                );
            }
        }
    }

    #[test]
    fn base_point_is_the_standard_one() {
        let (x, _) = base_point();
        assert_eq!(
            x.to_string(),
            "15112221349535400772501151409588531511454012693041857206046113283949847762202"
        );
    }
}
