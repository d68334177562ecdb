//! Conformance cases for the Ed25519 engine, shared by the tests, the CLI
//! and the bench: the RFC 8032 and FIPS 180-4 known answers, and a generator
//! of mutated signatures whose expected verdict comes from ed25519-dalek's
//! `verify_strict`.

use curve25519_dalek::constants::EIGHT_TORSION;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::Rng;

/// One RFC 8032 Ed25519 test vector.
#[derive(Clone, Debug)]
pub struct Vector {
    pub name: String,
    pub seed: [u8; 32],
    pub pk: [u8; 32],
    pub msg: Vec<u8>,
    pub sig: [u8; 64],
}

/// Decodes hex, naming what was malformed.
pub fn hex(s: &str) -> Result<Vec<u8>, String> {
    let s = s.trim();
    if !s.len().is_multiple_of(2) {
        return Err(format!("odd number of hex digits ({})", s.len()));
    }
    (0..s.len())
        .step_by(2)
        .map(|i| {
            u8::from_str_radix(&s[i..i + 2], 16)
                .map_err(|_| format!("`{}` at position {i} is not hex", &s[i..i + 2]))
        })
        .collect()
}

/// Lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The RFC 8032 section 7.1 vectors (TEST 1, 2, 3, 1024 and SHA(abc)).
pub fn rfc8032_vectors() -> Vec<Vector> {
    include_str!("../../data/rfc8032-ed25519.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let msg = if f[3] == "-" {
                vec![]
            } else {
                hex(f[3]).unwrap()
            };
            Vector {
                name: f[0].to_string(),
                seed: hex(f[1]).unwrap().try_into().unwrap(),
                pk: hex(f[2]).unwrap().try_into().unwrap(),
                msg,
                sig: hex(f[4]).unwrap().try_into().unwrap(),
            }
        })
        .collect()
}

/// FIPS 180-4 SHA-512 examples: (message, digest).
pub fn fips_sha512_examples() -> Vec<(Vec<u8>, [u8; 64])> {
    let two_block = b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    vec![
        (
            b"abc".to_vec(),
            hex("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f").unwrap().try_into().unwrap(),
        ),
        (
            two_block.to_vec(),
            hex("8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909").unwrap().try_into().unwrap(),
        ),
    ]
}

/// ed25519-dalek's verdict: the key must decode and `verify_strict` pass.
pub fn dalek_verdict(pk: &[u8; 32], msg: &[u8], sig: &[u8; 64]) -> bool {
    match VerifyingKey::from_bytes(pk) {
        Ok(vk) => vk.verify_strict(msg, &Signature::from_bytes(sig)).is_ok(),
        Err(_) => false,
    }
}

/// ed25519-dalek's public key and signature for a seed and message.
pub fn dalek_sign(seed: &[u8; 32], msg: &[u8]) -> ([u8; 32], [u8; 64]) {
    let sk = SigningKey::from_bytes(seed);
    (sk.verifying_key().to_bytes(), sk.sign(msg).to_bytes())
}

/// The group order L, little-endian.
pub const L_BYTES: [u8; 32] = [
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
];

fn add_le(a: &[u8], b: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    let mut c = 0u16;
    for i in 0..32 {
        c += a[i] as u16 + b[i] as u16;
        out[i] = c as u8;
        c >>= 8;
    }
    out
}

/// Point encodings every strict verifier must refuse as A or R: the eight
/// small-order points, their non-canonical twins (y + p), "negative zero"
/// x, and y >= p.
pub fn edge_encodings() -> Vec<[u8; 32]> {
    let mut out: Vec<[u8; 32]> = EIGHT_TORSION
        .iter()
        .map(|p| p.compress().to_bytes())
        .collect();
    // y + p for y in 0..19 (with either sign bit), which only fits when y < 19.
    for y in 0u8..19 {
        let mut e = [0xffu8; 32];
        e[0] = 0xed + y;
        e[31] = 0x7f;
        out.push(e);
        e[31] = 0xff;
        out.push(e);
    }
    // The identity with the sign bit set; y = 2^255 - 1; all zeros.
    let mut id = [0u8; 32];
    id[0] = 1;
    id[31] = 0x80;
    out.push(id);
    out.push([0xff; 32]);
    out.push([0; 32]);
    out
}

/// A verification case and what dalek says about it.
#[derive(Clone, Debug)]
pub struct Case {
    pub what: String,
    pub pk: [u8; 32],
    pub msg: Vec<u8>,
    pub sig: [u8; 64],
    pub dalek_accepts: bool,
}

/// A random valid signature mutated one way (or not at all), with dalek's
/// verdict. Message lengths up to `max_msg`.
pub fn mutated_case(rng: &mut impl Rng, max_msg: usize) -> Case {
    let seed: [u8; 32] = rng.gen();
    let len = if rng.gen_bool(0.2) {
        rng.gen_range(0..=max_msg)
    } else {
        rng.gen_range(0..=64)
    };
    let mut msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
    let (mut pk, mut sig) = dalek_sign(&seed, &msg);
    let edges = edge_encodings();
    let what = match rng.gen_range(0..14) {
        0 => "valid".to_string(),
        1 => {
            let b = rng.gen_range(0..256);
            sig[b / 8] ^= 1 << (b % 8);
            format!("R bit {b} flipped")
        }
        2 => {
            let b = rng.gen_range(0..256);
            sig[32 + b / 8] ^= 1 << (b % 8);
            format!("S bit {b} flipped")
        }
        3 => {
            let b = rng.gen_range(0..256);
            pk[b / 8] ^= 1 << (b % 8);
            format!("A bit {b} flipped")
        }
        4 if !msg.is_empty() => {
            let b = rng.gen_range(0..msg.len() * 8);
            msg[b / 8] ^= 1 << (b % 8);
            format!("message bit {b} flipped")
        }
        5 => {
            let s = add_le(&sig[32..], &L_BYTES);
            sig[32..].copy_from_slice(&s);
            "S + L".to_string()
        }
        6 => {
            let pick = rng.gen_range(0..3);
            let s = [L_BYTES, [0xff; 32], add_le(&L_BYTES, &[1; 32])][pick];
            sig[32..].copy_from_slice(&s);
            format!("S = edge value {pick}")
        }
        7 => {
            let e = edges[rng.gen_range(0..edges.len())];
            sig[..32].copy_from_slice(&e);
            format!("R = edge encoding {}", to_hex(&e))
        }
        8 => {
            let e = edges[rng.gen_range(0..edges.len())];
            pk = e;
            format!("A = edge encoding {}", to_hex(&e))
        }
        9 => {
            let other: [u8; 32] = rng.gen();
            pk = dalek_sign(&other, b"").0;
            "another key".to_string()
        }
        10 => {
            sig[..32].copy_from_slice(&rng.gen::<[u8; 32]>());
            "random R".to_string()
        }
        11 => {
            pk = rng.gen();
            "random A".to_string()
        }
        12 if msg.len() < max_msg => {
            msg.push(rng.gen());
            "message extended".to_string()
        }
        13 if !msg.is_empty() => {
            msg.pop();
            "message truncated".to_string()
        }
        _ => "valid".to_string(),
    };
    let dalek_accepts = dalek_verdict(&pk, &msg, &sig);
    Case {
        what,
        pk,
        msg,
        sig,
        dalek_accepts,
    }
}
