//! Shared by the card tests: the test authority key set (3 keys, k = 2),
//! the device straps, grant building and the grant-policy oracle.

#![allow(dead_code)]

use capfuse_abi::formats::{grant_flag, GrantBody, Limits, GRANT_BODY_LEN};
use capfuse_abi::FuseParams;
use capfuse_sim::card::{CardParams, SlotSig};
use capfuse_sim::ed25519::EdModel;
use capfuse_sim::grant::GrantPolicy;
use ed25519_dalek::{Signer, SigningKey};

/// Device epoch = cycle >> EPOCH_SHIFT (65,536 cycles: a grant check with
/// two signatures takes about 14 epochs).
pub const EPOCH_SHIFT: u8 = 16;
/// The device seed.
pub const SEED: [u8; 32] = [0x5e; 32];
/// The boot epoch strap.
pub const BOOT_EPOCH: u64 = 9;

/// The test authorities: three dalek keys from fixed seeds.
pub fn authorities() -> Vec<SigningKey> {
    (0..3u8)
        .map(|i| SigningKey::from_bytes(&capfuse_sim::card::example_authority_seed(i)))
        .collect()
}

/// A key that is no authority.
pub fn intruder() -> SigningKey {
    SigningKey::from_bytes(&[0x66; 32])
}

/// [`CardParams::example`] (3 keys, k = 2) with a short epoch and its own
/// boot epoch.
pub fn params() -> CardParams {
    let p = CardParams {
        fuse: FuseParams {
            epoch_shift: EPOCH_SHIFT,
            ..FuseParams::DEFAULT
        },
        seed: SEED,
        boot_epoch: BOOT_EPOCH,
        ..CardParams::example()
    };
    let keys: Vec<[u8; 32]> = authorities()
        .iter()
        .map(|k| k.verifying_key().to_bytes())
        .collect();
    assert_eq!(p.authority_keys, keys);
    assert_eq!(p.threshold, 2);
    p
}

/// The device key dalek derives from the seed.
pub fn device_key() -> [u8; 32] {
    SigningKey::from_bytes(&SEED).verifying_key().to_bytes()
}

/// Loose limits, for grants.
pub fn loose_limits() -> Limits {
    Limits {
        cum_budget: 1 << 80,
        window_budget: 0xffff_fff0,
        window_len: 1000,
        baseline_ratio: 256,
        trip_ratio: 200,
        report_threshold: 1 << 79,
    }
}

/// A good grant body for this device with sequence number `seq`.
pub fn body(seq: u64) -> GrantBody {
    GrantBody {
        flags: grant_flag::CLEAR_TRIP,
        device_key: device_key(),
        seq,
        boot_epoch: BOOT_EPOCH,
        expiry_epoch: 1 << 40,
        limits: loose_limits(),
        revoke_slot: 0,
    }
}

/// Signatures over `msg` by `signers` (slot, key).
pub fn sign(msg: &[u8; GRANT_BODY_LEN], signers: &[(u8, &SigningKey)]) -> Vec<SlotSig> {
    signers
        .iter()
        .map(|(slot, key)| (*slot, key.sign(msg).to_bytes()))
        .collect()
}

/// The grant file of a (possibly malformed) body and signatures.
pub fn grant_file(body: &[u8; GRANT_BODY_LEN], sigs: &[SlotSig]) -> Vec<u8> {
    let mut out = body.to_vec();
    out.push(sigs.len() as u8);
    for (slot, sig) in sigs {
        out.push(*slot);
        out.extend_from_slice(sig);
    }
    out
}

/// The reference model of the card's grant check, at power-up.
pub fn policy() -> GrantPolicy {
    let p = params();
    GrantPolicy {
        authority_keys: p.authority_keys.clone(),
        threshold: usize::from(p.threshold),
        revoked: [false; 8],
        device_key: device_key(),
        boot_epoch: BOOT_EPOCH,
        last_seq: 0,
        device_epoch: 0,
    }
}

/// The policy's verdict on a grant (and its state updated if applied).
pub fn policy_verdict(p: &mut GrantPolicy, body: &[u8; GRANT_BODY_LEN], sigs: &[SlotSig]) -> u8 {
    let mut ed = EdModel::new();
    p.check_and_apply(&mut ed, &grant_file(body, sigs))
        .expect("the reference engine runs")
        .code
}
