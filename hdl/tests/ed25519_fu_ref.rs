//! The field-unit reference semantics against big-integer arithmetic.

use capfuse_hdl::ed25519::fu_ref::{bytes_from_limbs, execute, Chain};
use capfuse_hdl::ed25519::isa::{Op, LIMBS};
use num_bigint::BigUint;
use rand::{Rng, SeedableRng};

fn big(l: &[u16; LIMBS]) -> BigUint {
    BigUint::from_bytes_le(&bytes_from_limbs(l))
}

fn p() -> BigUint {
    (BigUint::from(1u8) << 255u32) - BigUint::from(19u8)
}

/// Random limbs with edge values mixed in (all ones, zero, near p).
fn sample(rng: &mut impl Rng) -> [u16; LIMBS] {
    match rng.gen_range(0..6) {
        0 => [0xffff; LIMBS],
        1 => [0; LIMBS],
        2 => {
            let mut l = [0xffff; LIMBS];
            l[0] = 0xffec - rng.gen_range(0..3);
            l[15] = 0x7fff;
            l
        }
        _ => std::array::from_fn(|_| rng.gen()),
    }
}

#[test]
fn field_ops_match_modular_arithmetic() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(25519);
    let bound = (BigUint::from(1u8) << 255u32) + (BigUint::from(1u8) << 36u32);
    let two256 = BigUint::from(1u8) << 256u32;
    for _ in 0..20_000 {
        let (a, b) = (sample(&mut rng), sample(&mut rng));
        let (ba, bb) = (big(&a), big(&b));
        let m = execute(Op::FMul, &a, &b, false, Chain::default());
        assert_eq!(big(&m.out) % p(), (&ba * &bb) % p(), "FMul {a:?} {b:?}");
        assert!(big(&m.out) < bound);
        let s = execute(Op::FAdd, &a, &b, false, Chain::default());
        assert_eq!(big(&s.out) % p(), (&ba + &bb) % p());
        assert!(big(&s.out) < bound);
        let d = execute(Op::FSub, &a, &b, false, Chain::default());
        assert_eq!(big(&d.out) % p(), (&ba + p() * 4u8 - &bb) % p());
        assert!(big(&d.out) < bound);
        // Freeze takes field-unit results.
        let f = execute(Op::Freeze, &m.out, &[0; LIMBS], false, Chain::default());
        assert_eq!(big(&f.out), big(&m.out) % p());
        assert_eq!(f.z, big(&f.out) == BigUint::from(0u8));
        // Raw 512-bit product and raw add/sub with carries.
        let lo = execute(Op::MulLo, &a, &b, false, Chain::default());
        let hi = execute(Op::MulHi, &a, &b, true, lo.chain);
        assert_eq!(big(&lo.out) + big(&hi.out) * &two256, &ba * &bb);
        let r = execute(Op::RAdd, &a, &b, false, Chain::default());
        assert_eq!(big(&r.out), (&ba + &bb) % &two256);
        assert_eq!(r.c, &ba + &bb >= two256);
        let r = execute(Op::RSub, &a, &b, false, Chain::default());
        assert_eq!(big(&r.out), (&ba + &two256 - &bb) % &two256);
        assert_eq!(r.c, ba >= bb, "RSub C is 'no borrow'");
        let r2 = execute(Op::RSub, &b, &a, true, r.chain);
        let wide_a = &ba + &bb * &two256;
        let wide_b = &bb + &ba * &two256;
        let diff = (&wide_a + (&two256 * &two256) - &wide_b) % (&two256 * &two256);
        assert_eq!(big(&r.out) + big(&r2.out) * &two256, diff);
        assert_eq!(r2.c, wide_a >= wide_b);
        let x = execute(Op::And, &a, &b, false, Chain::default());
        assert_eq!(big(&x.out), &ba & &bb);
        let x = execute(Op::Or, &a, &b, false, Chain::default());
        assert_eq!(big(&x.out), &ba | &bb);
    }
}
