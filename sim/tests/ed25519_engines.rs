//! The Ed25519 engine's RTL (Verilator, and rust-hdl stepped directly)
//! against its behavioural model and ed25519-dalek: lockstep on every
//! output every cycle, the RFC 8032 and FIPS 180-4 known answers, negative
//! and differential verification, constant-time signing.

use capfuse_hdl::ed25519::isa::status;
use capfuse_sim::ed25519::conformance::{self, dalek_sign};
use capfuse_sim::ed25519::lockstep::Lockstep;
use capfuse_sim::ed25519::{Ed25519, EdEngine, EdModel, EdRtl, EdVerilator, Run};
use rand::{Rng, SeedableRng};
use sha2::Digest;

fn verilator() -> EdVerilator {
    EdVerilator::new().expect("building the Verilator model of the Ed25519 engine")
}

/// Runs `f` on the model and `rtl` in lockstep; panics at the first cycle
/// where any output differs.
fn lockstep<T>(rtl: &mut dyn EdEngine, seed: [u8; 32], f: impl FnOnce(&mut Ed25519) -> T) -> T {
    let mut model = EdModel::new();
    let mut pair = Lockstep::new(&mut model, rtl);
    let out = f(&mut Ed25519::new(&mut pair, seed));
    if let Some(d) = pair.divergence() {
        panic!("model and RTL diverge: {d}");
    }
    out
}

#[test]
fn verilator_runs_in_lockstep_with_the_model() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(42);
    let mut v = verilator();
    for i in 0..6 {
        let seed: [u8; 32] = rng.gen();
        let len = [0, 1, 63, 200, 1024, 111][i];
        let msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
        let (pk, sig) = dalek_sign(&seed, &msg);
        let runs: Vec<Run> = lockstep(&mut v, seed, |e| {
            let (got_pk, r1) = e.pubkey().unwrap();
            let (got_sig, r2) = e.sign(&msg).unwrap();
            assert_eq!((got_pk, got_sig), (pk, sig), "case {i}");
            let r3 = e.verify(&pk, &msg, &sig).unwrap();
            let mut bad = sig;
            bad[5] ^= 0x10;
            let r4 = e.verify(&pk, &msg, &bad).unwrap();
            let (digest, r5) = e.sha512(&msg).unwrap();
            assert_eq!(digest.as_slice(), sha2::Sha512::digest(&msg).as_slice());
            vec![r1, r2, r3, r4, r5]
        });
        assert_eq!(runs[2].status, status::OK);
        assert_ne!(runs[3].status, status::OK);
    }
}

#[test]
fn rust_hdl_runs_in_lockstep_with_the_model() {
    let mut rtl = EdRtl::new();
    let seed = [0x5a; 32];
    let (pk, _) = dalek_sign(&seed, b"");
    lockstep(&mut rtl, seed, |e| {
        assert_eq!(
            e.sha512(b"abc").unwrap().0,
            conformance::fips_sha512_examples()[0].1
        );
        assert_eq!(e.pubkey().unwrap().0, pk);
    });
}

#[test]
fn rfc8032_and_fips_180_4_known_answers_through_the_rtl() {
    let mut v = verilator();
    for vec in conformance::rfc8032_vectors() {
        let mut e = Ed25519::new(&mut v, vec.seed);
        assert_eq!(e.pubkey().unwrap().0, vec.pk, "{} public key", vec.name);
        assert_eq!(
            e.sign(&vec.msg).unwrap().0,
            vec.sig,
            "{} signature",
            vec.name
        );
        let run = e.verify(&vec.pk, &vec.msg, &vec.sig).unwrap();
        assert_eq!(run.status, status::OK, "{} verify", vec.name);
    }
    let mut e = Ed25519::new(&mut v, [0; 32]);
    for (msg, digest) in conformance::fips_sha512_examples() {
        assert_eq!(e.sha512(&msg).unwrap().0, digest);
    }
}

#[test]
fn the_rtl_verifier_rejects_every_kind_of_bad_signature() {
    let mut v = verilator();
    let msg = b"grant: loosen the cumulative budget".to_vec();
    let seed = [0x11; 32];
    let (pk, sig) = dalek_sign(&seed, &msg);
    let mut verify = |pk: &[u8; 32], msg: &[u8], sig: &[u8; 64]| {
        Ed25519::new(&mut v, [0; 32])
            .verify(pk, msg, sig)
            .unwrap()
            .status
    };
    assert_eq!(verify(&pk, &msg, &sig), status::OK);
    for bit in [0, 77, 255] {
        let mut s = sig;
        s[bit / 8] ^= 1 << (bit % 8);
        assert_ne!(verify(&pk, &msg, &s), status::OK, "R bit {bit}");
        let mut s = sig;
        s[32 + bit / 8] ^= 1 << (bit % 8);
        assert_ne!(verify(&pk, &msg, &s), status::OK, "S bit {bit}");
        let mut a = pk;
        a[bit / 8] ^= 1 << (bit % 8);
        assert_ne!(verify(&a, &msg, &sig), status::OK, "A bit {bit}");
        let mut m = msg.clone();
        m[bit % msg.len()] ^= 1;
        assert_ne!(
            verify(&pk, &m, &sig),
            status::OK,
            "message byte {}",
            bit % msg.len()
        );
    }
    // S >= L: S + L, L itself, all ones.
    let mut s_plus_l = sig;
    let mut c = 0u16;
    for i in 0..32 {
        c += sig[32 + i] as u16 + conformance::L_BYTES[i] as u16;
        s_plus_l[32 + i] = c as u8;
        c >>= 8;
    }
    assert_eq!(verify(&pk, &msg, &s_plus_l), status::S_NOT_CANONICAL);
    for s in [conformance::L_BYTES, [0xff; 32]] {
        let mut bad = sig;
        bad[32..].copy_from_slice(&s);
        assert_eq!(verify(&pk, &msg, &bad), status::S_NOT_CANONICAL);
    }
    // Non-canonical and small-order encodings as A and as R.
    for e in conformance::edge_encodings() {
        let st = verify(&e, &msg, &sig);
        assert!(
            matches!(st, status::A_INVALID | status::A_SMALL_ORDER),
            "A = {}: {}",
            conformance::to_hex(&e),
            status::name(st)
        );
        let mut bad = sig;
        bad[..32].copy_from_slice(&e);
        let st = verify(&pk, &msg, &bad);
        assert!(
            matches!(st, status::R_INVALID | status::R_SMALL_ORDER),
            "R = {}: {}",
            conformance::to_hex(&e),
            status::name(st)
        );
    }
}

/// Differential test: random mutations of valid signatures, keys and
/// messages (edge values included); the RTL's verdict must equal
/// `verify_strict`'s on every case. Split in two so the test harness runs
/// the halves on both cores.
fn differential(seed: u64, cases: usize) {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut v = verilator();
    let (mut accepted, mut rejected) = (0, 0);
    for i in 0..cases {
        let c = conformance::mutated_case(&mut rng, 1024);
        let run = Ed25519::new(&mut v, [0; 32])
            .verify(&c.pk, &c.msg, &c.sig)
            .unwrap();
        assert_eq!(
            run.status == status::OK,
            c.dalek_accepts,
            "case {i} ({}): engine says {}, dalek accepts: {}",
            c.what,
            status::name(run.status),
            c.dalek_accepts
        );
        if c.dalek_accepts {
            accepted += 1;
        } else {
            rejected += 1;
        }
    }
    assert!(
        accepted >= cases / 40 && rejected >= cases / 2,
        "{accepted}/{rejected}"
    );
}

#[test]
fn differential_verification_against_verify_strict_part_1() {
    differential(1, 1000);
}

#[test]
fn differential_verification_against_verify_strict_part_2() {
    differential(2, 1000);
}

#[test]
fn rtl_signing_takes_the_same_cycles_for_every_key_and_message_of_a_length() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(9);
    let mut v = verilator();
    for len in [0usize, 64, 1024] {
        let mut cycles = std::collections::BTreeSet::new();
        for k in 0..4 {
            // Extreme keys and messages as well as random ones.
            let seed: [u8; 32] = match k {
                0 => [0; 32],
                1 => [0xff; 32],
                _ => rng.gen(),
            };
            let msg: Vec<u8> = match k {
                0 => vec![0; len],
                1 => vec![0xff; len],
                _ => (0..len).map(|_| rng.gen()).collect(),
            };
            let mut e = Ed25519::new(&mut v, seed);
            e.pubkey().unwrap();
            let (sig, run) = e.sign(&msg).unwrap();
            assert_eq!(sig, dalek_sign(&seed, &msg).1);
            cycles.insert(run.cycles);
        }
        assert_eq!(
            cycles.len(),
            1,
            "message length {len}: cycle counts {cycles:?}"
        );
    }
}

#[test]
fn results_read_zero_while_busy_and_the_seed_never_appears() {
    use capfuse_hdl::ed25519::isa::cmd;
    use capfuse_sim::ed25519::EdPinsIn;
    let seed = [0xa5; 32];
    let mut v = verilator();
    let idle = EdPinsIn {
        seed,
        ..EdPinsIn::default()
    };
    let seed_words: Vec<u32> = seed
        .chunks(4)
        .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
        .collect();
    for op in [cmd::PUBKEY, cmd::SIGN] {
        v.step(&EdPinsIn {
            cmd_start: true,
            cmd_op: op,
            ..idle
        });
        let mut n = 0u64;
        while !v.outputs().done {
            // Sweep the result address while busy: always zero.
            v.step(&EdPinsIn {
                res_addr: (n % 16) as u8,
                ..idle
            });
            assert!(!v.outputs().busy || v.outputs().res_data == 0);
            n += 1;
            assert!(n < 2_000_000);
        }
        for w in 0..16u8 {
            v.step(&EdPinsIn {
                res_addr: w,
                ..idle
            });
            assert!(
                !seed_words.contains(&v.outputs().res_data),
                "seed word in result {w}"
            );
        }
    }
}

#[test]
fn the_rtl_refuses_bad_commands_in_lockstep_with_the_model() {
    use capfuse_sim::ed25519::HostError;
    let mut v = verilator();
    lockstep(&mut v, [1; 32], |e| {
        assert_eq!(
            e.sign(b"x").unwrap_err(),
            HostError::Refused {
                code: status::NO_PUBKEY
            }
        );
        for (op, len) in [(0, 0), (5, 0), (7, 3), (4, 1025), (3, 0xffff)] {
            assert_eq!(
                e.command(op, len).unwrap().status,
                status::BAD_COMMAND,
                "op {op} len {len}"
            );
        }
    });
}
