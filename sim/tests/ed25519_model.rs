//! The behavioural model of the Ed25519 engine against ed25519-dalek.

use capfuse_sim::ed25519::{Ed25519, EdModel};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use rand::{Rng, SeedableRng};

#[test]
fn model_smoke() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let seed: [u8; 32] = rng.gen();
    let msg = b"hello capfuse";
    let sk = SigningKey::from_bytes(&seed);
    let mut m = EdModel::new();
    let mut e = Ed25519::new(&mut m, seed);
    let (digest, run) = e.sha512(b"abc").unwrap();
    use sha2::Digest;
    assert_eq!(digest.to_vec(), sha2::Sha512::digest(b"abc").to_vec());
    println!("sha512 abc cycles {}", run.cycles);
    let (pk, run) = e.pubkey().unwrap();
    println!("pubkey cycles {}", run.cycles);
    assert_eq!(pk, sk.verifying_key().to_bytes());
    let (sig, run) = e.sign(msg).unwrap();
    println!("sign cycles {}", run.cycles);
    assert_eq!(sig, sk.sign(msg).to_bytes());
    let run = e.verify(&pk, msg, &sig).unwrap();
    println!("verify cycles {} status {}", run.cycles, run.status);
    assert_eq!(run.status, 0);
    let mut bad = sig;
    bad[40] ^= 1;
    let run = e.verify(&pk, msg, &bad).unwrap();
    assert_ne!(run.status, 0);
    let _ = VerifyingKey::from_bytes(&pk).unwrap();
}
