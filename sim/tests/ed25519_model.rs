//! The behavioural model of the Ed25519 engine against ed25519-dalek: the
//! model runs the engine's microprogram on the engine's limbs, so this
//! checks the microprogram and the arithmetic before any RTL exists.

use capfuse_hdl::ed25519::isa::status;
use capfuse_sim::ed25519::conformance::{self, dalek_sign};
use capfuse_sim::ed25519::{Ed25519, EdModel, HostError};
use rand::{Rng, SeedableRng};
use sha2::Digest;

#[test]
fn rfc8032_vectors_and_fips_sha512_examples() {
    let mut m = EdModel::new();
    for v in conformance::rfc8032_vectors() {
        // The vector itself agrees with dalek (guards the transcription).
        assert_eq!(dalek_sign(&v.seed, &v.msg), (v.pk, v.sig), "{}", v.name);
        let mut e = Ed25519::new(&mut m, v.seed);
        assert_eq!(e.pubkey().unwrap().0, v.pk, "{}", v.name);
        assert_eq!(e.sign(&v.msg).unwrap().0, v.sig, "{}", v.name);
        assert_eq!(e.verify(&v.pk, &v.msg, &v.sig).unwrap().status, status::OK);
    }
    let mut e = Ed25519::new(&mut m, [0; 32]);
    for (msg, digest) in conformance::fips_sha512_examples() {
        assert_eq!(sha2::Sha512::digest(&msg).as_slice(), digest);
        assert_eq!(e.sha512(&msg).unwrap().0, digest);
    }
}

#[test]
fn thousands_of_random_keys_and_messages_match_dalek() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0xed25519);
    let mut m = EdModel::new();
    for i in 0..1500 {
        let seed: [u8; 32] = rng.gen();
        let len = if i % 10 == 0 {
            rng.gen_range(0..=1024)
        } else {
            rng.gen_range(0..=96)
        };
        let msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
        let (pk, sig) = dalek_sign(&seed, &msg);
        let mut e = Ed25519::new(&mut m, seed);
        assert_eq!(e.pubkey().unwrap().0, pk, "case {i}");
        assert_eq!(e.sign(&msg).unwrap().0, sig, "case {i}");
        assert_eq!(
            e.verify(&pk, &msg, &sig).unwrap().status,
            status::OK,
            "case {i}"
        );
        assert_eq!(
            e.sha512(&msg).unwrap().0.as_slice(),
            sha2::Sha512::digest(&msg).as_slice()
        );
    }
}

#[test]
fn differential_verification_matches_verify_strict() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(8032);
    let mut m = EdModel::new();
    let mut accepted = 0;
    for i in 0..3000 {
        let c = conformance::mutated_case(&mut rng, 1024);
        let run = Ed25519::new(&mut m, [0; 32])
            .verify(&c.pk, &c.msg, &c.sig)
            .unwrap();
        assert_eq!(
            run.status == status::OK,
            c.dalek_accepts,
            "case {i} ({}): engine status {} ({}), dalek accepts: {}",
            c.what,
            run.status,
            status::name(run.status),
            c.dalek_accepts
        );
        accepted += c.dalek_accepts as usize;
    }
    // Both verdicts occur in quantity.
    assert!((100..2900).contains(&accepted), "{accepted} accepted");
}

#[test]
fn every_edge_encoding_is_refused_as_a_and_as_r() {
    let mut m = EdModel::new();
    let msg = b"edge";
    let (pk, sig) = dalek_sign(&[7; 32], msg);
    for e in conformance::edge_encodings() {
        let run = Ed25519::new(&mut m, [0; 32]).verify(&e, msg, &sig).unwrap();
        assert!(
            matches!(run.status, status::A_INVALID | status::A_SMALL_ORDER),
            "A = {}: status {}",
            conformance::to_hex(&e),
            run.status
        );
        let mut bad = sig;
        bad[..32].copy_from_slice(&e);
        let run = Ed25519::new(&mut m, [0; 32])
            .verify(&pk, msg, &bad)
            .unwrap();
        assert!(
            matches!(run.status, status::R_INVALID | status::R_SMALL_ORDER),
            "R = {}: status {}",
            conformance::to_hex(&e),
            run.status
        );
    }
    // S >= L is refused before anything else.
    let mut s_plus_l = sig;
    let mut c = 0u16;
    for i in 0..32 {
        c += s_plus_l[32 + i] as u16 + conformance::L_BYTES[i] as u16;
        s_plus_l[32 + i] = c as u8;
        c >>= 8;
    }
    let run = Ed25519::new(&mut m, [0; 32])
        .verify(&pk, msg, &s_plus_l)
        .unwrap();
    assert_eq!(run.status, status::S_NOT_CANONICAL);
}

#[test]
fn signing_takes_the_same_cycles_for_every_key_and_message_of_a_length() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
    let mut m = EdModel::new();
    for len in [0usize, 1, 100, 1024] {
        let mut cycles = std::collections::BTreeSet::new();
        for _ in 0..8 {
            let seed: [u8; 32] = rng.gen();
            let msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
            let mut e = Ed25519::new(&mut m, seed);
            e.pubkey().unwrap();
            cycles.insert(e.sign(&msg).unwrap().1.cycles);
        }
        assert_eq!(cycles.len(), 1, "length {len}: {cycles:?}");
    }
}

#[test]
fn bad_commands_are_refused() {
    let mut m = EdModel::new();
    let mut e = Ed25519::new(&mut m, [1; 32]);
    assert_eq!(
        e.sign(b"x").unwrap_err(),
        HostError::Refused {
            code: status::NO_PUBKEY
        }
    );
    assert_eq!(e.command(7, 0).unwrap().status, status::BAD_COMMAND);
    assert_eq!(e.command(0, 0).unwrap().status, status::BAD_COMMAND);
    assert_eq!(e.command(4, 1025).unwrap().status, status::BAD_COMMAND);
    assert!(matches!(
        e.sign(&[0; 1025]).unwrap_err(),
        HostError::MessageTooLong { len: 1025, .. }
    ));
}
