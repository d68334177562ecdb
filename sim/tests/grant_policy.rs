//! The card's grant check (k-of-n, device, boot epoch, replay, expiry), verifying
//! every signature on the hardware Ed25519 engine: each failure mode gives
//! its verdict and changes nothing.

use capfuse_abi::formats::{grant_flag, grant_verdict, Grant, GrantBody, Limits, SlotSignature};
use capfuse_sim::ed25519::{EdEngine, EdModel, EdVerilator};
use capfuse_sim::grant::GrantPolicy;
use ed25519_dalek::{Signer, SigningKey};

fn authorities() -> Vec<SigningKey> {
    (1..=3u8)
        .map(|i| SigningKey::from_bytes(&[i; 32]))
        .collect()
}

fn policy() -> GrantPolicy {
    GrantPolicy {
        authority_keys: authorities()
            .iter()
            .map(|k| k.verifying_key().to_bytes())
            .collect(),
        threshold: 2,
        revoked: [false; 8],
        device_key: [0xd1; 32],
        boot_epoch: 7,
        last_seq: 4,
        device_epoch: 60,
    }
}

fn body(seq: u64) -> GrantBody {
    GrantBody {
        flags: grant_flag::CLEAR_TRIP,
        device_key: [0xd1; 32],
        seq,
        boot_epoch: 7,
        expiry_epoch: 100,
        limits: Limits {
            cum_budget: 1 << 40,
            window_budget: 5000,
            window_len: 1000,
            baseline_ratio: 256,
            trip_ratio: 0,
            report_threshold: 1 << 39,
        },
        revoke_slot: 0,
    }
}

/// `body` signed by the authority keys at `slots` (with `signer` overriding
/// the key used for a slot, to forge).
fn grant(body: &GrantBody, slots: &[(u8, &SigningKey)]) -> Vec<u8> {
    let msg = body.to_bytes();
    Grant {
        body: body.clone(),
        signatures: slots
            .iter()
            .map(|(slot, key)| SlotSignature {
                slot: *slot,
                signature: key.sign(&msg).to_bytes(),
            })
            .collect(),
    }
    .to_bytes()
}

fn check(engine: &mut dyn EdEngine, p: &mut GrantPolicy, bytes: &[u8]) -> u8 {
    let before = p.clone();
    let v = p.check_and_apply(engine, bytes).unwrap();
    if !v.applied() {
        assert_eq!(*p, before, "a refused grant changed the policy state");
    }
    v.code
}

#[test]
fn every_failure_mode_has_its_verdict_and_changes_nothing() {
    let a = authorities();
    let mut e = EdModel::new();
    let mut p = policy();
    let good = grant(&body(5), &[(0, &a[0]), (2, &a[2])]);
    let intruder = SigningKey::from_bytes(&[0x66; 32]);

    // Malformed: truncated, padded, a report-like blob, a slot past n.
    assert_eq!(
        check(&mut e, &mut p, &good[..good.len() - 1]),
        grant_verdict::MALFORMED
    );
    assert_eq!(
        check(&mut e, &mut p, &good[..100]),
        grant_verdict::MALFORMED
    );
    let mut padded = good.clone();
    padded.push(0);
    assert_eq!(check(&mut e, &mut p, &padded), grant_verdict::MALFORMED);
    assert_eq!(check(&mut e, &mut p, &[0u8; 340]), grant_verdict::MALFORMED);
    assert_eq!(
        check(&mut e, &mut p, &grant(&body(5), &[(0, &a[0]), (3, &a[1])])),
        grant_verdict::MALFORMED
    );
    // Wrong device, wrong boot epoch, replay (equal and lower).
    let mut b = body(5);
    b.device_key = [0xd2; 32];
    assert_eq!(
        check(&mut e, &mut p, &grant(&b, &[(0, &a[0]), (1, &a[1])])),
        grant_verdict::WRONG_DEVICE
    );
    let mut b = body(5);
    b.boot_epoch = 6;
    assert_eq!(
        check(&mut e, &mut p, &grant(&b, &[(0, &a[0]), (1, &a[1])])),
        grant_verdict::WRONG_BOOT
    );
    for seq in [4, 1] {
        assert_eq!(
            check(
                &mut e,
                &mut p,
                &grant(&body(seq), &[(0, &a[0]), (1, &a[1])])
            ),
            grant_verdict::REPLAY
        );
    }
    // Forged: a key that is not the slot's; a tampered body.
    assert_eq!(
        check(
            &mut e,
            &mut p,
            &grant(&body(5), &[(0, &a[0]), (1, &intruder)])
        ),
        grant_verdict::BAD_SIGNATURE
    );
    let mut tampered = good.clone();
    tampered[100] ^= 1; // inside the limits
    assert_eq!(
        check(&mut e, &mut p, &tampered),
        grant_verdict::BAD_SIGNATURE
    );
    // Too few: one signer, none.
    assert_eq!(
        check(&mut e, &mut p, &grant(&body(5), &[(1, &a[1])])),
        grant_verdict::TOO_FEW_SIGNERS
    );
    assert_eq!(
        check(&mut e, &mut p, &grant(&body(5), &[])),
        grant_verdict::TOO_FEW_SIGNERS
    );
    // Expired: an expiry epoch before the device epoch at apply time.
    let mut b = body(5);
    b.expiry_epoch = p.device_epoch - 1;
    assert_eq!(
        check(&mut e, &mut p, &grant(&b, &[(0, &a[0]), (2, &a[2])])),
        grant_verdict::EXPIRED
    );

    // The good grant applies, and then is a replay.
    let v = p.check_and_apply(&mut e, &good).unwrap();
    assert!(v.applied(), "{v:?}");
    assert_eq!(v.valid_slots, vec![0, 2]);
    assert_eq!(p.last_seq, 5);
    assert_eq!(check(&mut e, &mut p, &good), grant_verdict::REPLAY);
}

#[test]
fn a_revoked_slot_no_longer_counts() {
    let a = authorities();
    let mut e = EdModel::new();
    let mut p = policy();
    let mut b = body(5);
    b.flags |= grant_flag::REVOKE_SLOT;
    b.revoke_slot = 1;
    assert_eq!(
        check(&mut e, &mut p, &grant(&b, &[(0, &a[0]), (1, &a[1])])),
        grant_verdict::APPLIED
    );
    assert!(p.revoked[1]);
    // Slot 1's valid signature is ignored now: 1 of 2.
    assert_eq!(
        check(&mut e, &mut p, &grant(&body(6), &[(0, &a[0]), (1, &a[1])])),
        grant_verdict::TOO_FEW_SIGNERS
    );
    assert_eq!(
        check(&mut e, &mut p, &grant(&body(6), &[(0, &a[0]), (2, &a[2])])),
        grant_verdict::APPLIED
    );
}

#[test]
fn the_rtl_engine_gives_the_same_verdicts() {
    let a = authorities();
    let mut v = EdVerilator::new().unwrap();
    let mut p = policy();
    let intruder = SigningKey::from_bytes(&[0x66; 32]);
    assert_eq!(
        check(
            &mut v,
            &mut p,
            &grant(&body(5), &[(0, &a[0]), (2, &intruder)])
        ),
        grant_verdict::BAD_SIGNATURE
    );
    let verdict = p
        .check_and_apply(&mut v, &grant(&body(5), &[(1, &a[1]), (2, &a[2])]))
        .unwrap();
    assert!(verdict.applied());
    // Two verifications of a 128-byte grant body on the engine.
    assert!(
        verdict.cycles > 2 * 400_000 && verdict.cycles < 2 * 500_000,
        "{}",
        verdict.cycles
    );
}

/// Expiry is judged against the device epoch at apply time: `expiry <
/// device_epoch` is expired, `expiry == device_epoch` still applies (the
/// licence then lapses when that epoch ends). Every earlier check wins over
/// it, and an expired grant changes nothing (no sequence number, no
/// revocation).
#[test]
fn an_expired_grant_is_refused_and_changes_nothing() {
    let a = authorities();
    let mut e = EdModel::new();
    let sign2 = |b: &GrantBody| grant(b, &[(0, &a[0]), (1, &a[1])]);
    let mut b = body(5);
    b.flags |= grant_flag::REVOKE_SLOT;
    b.revoke_slot = 2;
    b.expiry_epoch = 59;

    // Expired by one epoch, by many, and at the top of the range.
    for (epoch, expiry) in [(60, 59), (60, 0), (u64::MAX, u64::MAX - 1)] {
        let mut p = policy();
        p.device_epoch = epoch;
        let mut b = b.clone();
        b.expiry_epoch = expiry;
        let v = p.check_and_apply(&mut e, &sign2(&b)).unwrap();
        assert_eq!(
            v.code,
            grant_verdict::EXPIRED,
            "epoch {epoch} expiry {expiry}"
        );
        assert_eq!(v.valid_slots, vec![0, 1], "the signatures did verify");
        assert_eq!((p.last_seq, p.revoked[2]), (4, false), "nothing applied");
    }

    // The boundary: expiring in the current epoch still applies.
    let mut p = policy();
    b.expiry_epoch = p.device_epoch;
    assert_eq!(check(&mut e, &mut p, &sign2(&b)), grant_verdict::APPLIED);
    assert_eq!((p.last_seq, p.revoked[2]), (5, true));

    // The same bytes are EXPIRED once the epoch has moved on while they
    // were verified, and applied again on a card still in that epoch.
    let mut p = policy();
    p.device_epoch = b.expiry_epoch + 1;
    assert_eq!(check(&mut e, &mut p, &sign2(&b)), grant_verdict::EXPIRED);
    p.device_epoch = b.expiry_epoch;
    assert_eq!(check(&mut e, &mut p, &sign2(&b)), grant_verdict::APPLIED);

    // Earlier checks win: an expired grant that is also a replay, forged
    // or short of signers gets that verdict.
    let mut p = policy();
    p.device_epoch = 1000;
    let mut old = body(4);
    old.expiry_epoch = 0;
    assert_eq!(check(&mut e, &mut p, &sign2(&old)), grant_verdict::REPLAY);
    let mut x = body(5);
    x.expiry_epoch = 0;
    let intruder = SigningKey::from_bytes(&[0x66; 32]);
    assert_eq!(
        check(&mut e, &mut p, &grant(&x, &[(0, &a[0]), (1, &intruder)])),
        grant_verdict::BAD_SIGNATURE
    );
    assert_eq!(
        check(&mut e, &mut p, &grant(&x, &[(0, &a[0])])),
        grant_verdict::TOO_FEW_SIGNERS
    );
    assert_eq!(check(&mut e, &mut p, &sign2(&x)), grant_verdict::EXPIRED);
}
