//! The card's grant check on the card model: every verdict equals the
//! reference policy's (`sim/src/grant.rs`), a refused grant changes no
//! register, an applied one loosens every limit at once, an expired one is
//! refused, and revocation, decommissioning and licence expiry behave as
//! `docs/design-card.md` says.

mod card_common;

use capfuse_abi::crypto::{self, cmd, status};
use capfuse_abi::formats::{grant_flag, grant_verdict, GrantBody, GRANT_BODY_LEN};
use capfuse_abi::{reg, resp, trip};
use capfuse_sim::card::{new_card_engine, SlotSig};
use capfuse_sim::grant::GrantPolicy;
use capfuse_sim::SimBar;
use capfuse_sim::{Engine, EngineKind};
use card_common::*;

fn card() -> Box<dyn Engine> {
    new_card_engine(EngineKind::Model, &params()).unwrap()
}

/// Powers up and waits for the device key.
fn ready(h: &mut SimBar<&mut dyn Engine>) {
    h.set_work_per_cycle(300);
    h.wait_key_ready().unwrap();
    assert_eq!(h.device_key().unwrap(), device_key());
}

/// Submits a grant to the card and to the policy; their verdicts must be
/// equal (and `expect`); a refused grant must change no register.
fn check(
    h: &mut SimBar<&mut dyn Engine>,
    pol: &mut GrantPolicy,
    what: &str,
    body: &[u8; GRANT_BODY_LEN],
    sigs: &[SlotSig],
    expect: u8,
) -> u32 {
    // Only the crypto interrupts on the output, all clear: a rise of the
    // output during the check is the grant's (the card runs no report of
    // its own while it checks a grant).
    let crypto_intr = capfuse_abi::intr::GRANT | capfuse_abi::intr::REPORT;
    h.write_ok(reg::INTR_ENABLE, crypto_intr).unwrap();
    h.write_ok(reg::INTR_STATE, capfuse_abi::intr::ALL).unwrap();
    let before = h.settled_registers().unwrap();
    h.take_irq_rises();
    let out = h.submit_grant_raw(body, sigs).unwrap();
    // The policy judges expiry at the apply cycle's epoch; the host sees
    // the verdict within a poll interval (2,048 cycles) of it, and the
    // tests keep expiries epochs (65,536 cycles) away from that.
    pol.device_epoch = h.cycle() >> EPOCH_SHIFT;
    let want = policy_verdict(pol, body, sigs);
    assert_eq!(
        (out.verdict, want),
        (expect, expect),
        "{what}: card says {}, policy says {}, expected {}",
        grant_verdict::name(out.verdict),
        grant_verdict::name(want),
        grant_verdict::name(expect)
    );
    if expect != grant_verdict::APPLIED {
        let after = h.settled_registers().unwrap();
        for ((a, x), (_, y)) in before.iter().zip(after.iter()) {
            assert_eq!(x, y, "{what}: register {a:#05x} changed by a refused grant");
        }
    }
    assert_eq!(
        out.status.0 & (status::BUSY | status::REFUSED),
        0,
        "{what}: status {:#x}",
        out.status.0
    );
    // Every check raises the grant interrupt.
    assert!(h.take_irq_rises() > 0, "{what}: no interrupt");
    u32::from(out.valid_slots)
}

fn signed(body: &GrantBody, slots: &[u8]) -> ([u8; GRANT_BODY_LEN], Vec<SlotSig>) {
    let a = authorities();
    let msg = body.to_bytes();
    let signers: Vec<(u8, &ed25519_dalek::SigningKey)> =
        slots.iter().map(|&s| (s, &a[usize::from(s)])).collect();
    let sigs = sign(&msg, &signers);
    (msg, sigs)
}

#[test]
fn every_grant_verdict_matches_the_policy_and_refusals_change_nothing() {
    let mut e = card();
    let mut h = SimBar::on(e.as_mut());
    ready(&mut h);
    // A host snapshot, so the counter registers hold values the grant
    // checks (which take report snapshots of their own) must leave alone.
    h.write_ok(reg::SNAPSHOT, 1).unwrap();
    assert_ne!(h.read(reg::CUM_WORK_0).unwrap(), 0);
    let a = authorities();
    let mut pol = policy();
    let good = body(5).to_bytes();

    // Malformed bodies, each signed by two authorities (so only the format
    // is wrong).
    let mut malformed: Vec<(&str, [u8; GRANT_BODY_LEN])> = Vec::new();
    let mut m = |what, f: &dyn Fn(&mut [u8; GRANT_BODY_LEN])| {
        let mut b = good;
        f(&mut b);
        malformed.push((what, b));
    };
    m("domain", &|b| b[3] ^= 1);
    m("version 2", &|b| b[16] = 2);
    m("undefined flag 0x8", &|b| b[18] |= 0x8);
    m("undefined flag 0x8000", &|b| b[19] |= 0x80);
    m("declared length 127", &|b| b[20] = 127);
    m("seq 0", &|b| b[56..64].fill(0));
    m("window_len 0", &|b| b[100..104].fill(0));
    m("baseline ratio 257", &|b| {
        b[104..106].copy_from_slice(&257u16.to_le_bytes())
    });
    m("trip ratio 257", &|b| {
        b[106..108].copy_from_slice(&257u16.to_le_bytes())
    });
    m("cum_budget bit 96", &|b| b[92] = 1);
    m("report_threshold bit 127", &|b| b[123] = 0x80);
    m("revoke_slot 8", &|b| {
        b[18] |= grant_flag::REVOKE_SLOT as u8;
        b[124] = 8
    });
    m("revoke_slot without the flag", &|b| b[124] = 1);
    m("reserved byte", &|b| b[126] = 1);
    for (what, b) in &malformed {
        let sigs = sign(b, &[(0, &a[0]), (1, &a[1])]);
        check(&mut h, &mut pol, what, b, &sigs, grant_verdict::MALFORMED);
    }
    let (msg, mut sigs) = signed(&body(5), &[0, 1]);
    sigs[1].0 = 3;
    check(
        &mut h,
        &mut pol,
        "slot 3 of 3",
        &msg,
        &sigs,
        grant_verdict::MALFORMED,
    );

    let mut b = body(5);
    b.device_key[7] ^= 1;
    let (msg, sigs) = signed(&b, &[0, 1]);
    check(
        &mut h,
        &mut pol,
        "other device",
        &msg,
        &sigs,
        grant_verdict::WRONG_DEVICE,
    );
    let mut b = body(5);
    b.boot_epoch = BOOT_EPOCH - 1;
    let (msg, sigs) = signed(&b, &[0, 1]);
    check(
        &mut h,
        &mut pol,
        "old boot epoch",
        &msg,
        &sigs,
        grant_verdict::WRONG_BOOT,
    );

    // A forged signature from a live slot, and a non-canonical S.
    let msg = body(5).to_bytes();
    let sigs = sign(&msg, &[(0, &a[0]), (1, &intruder())]);
    check(
        &mut h,
        &mut pol,
        "forged slot 1",
        &msg,
        &sigs,
        grant_verdict::BAD_SIGNATURE,
    );
    let mut sigs = sign(&msg, &[(2, &a[2])]);
    add_group_order(&mut sigs[0].1);
    check(
        &mut h,
        &mut pol,
        "S + L",
        &msg,
        &sigs,
        grant_verdict::BAD_SIGNATURE,
    );
    let (msg, sigs) = signed(&body(5), &[1]);
    check(
        &mut h,
        &mut pol,
        "one signer",
        &msg,
        &sigs,
        grant_verdict::TOO_FEW_SIGNERS,
    );
    check(
        &mut h,
        &mut pol,
        "no signer",
        &msg,
        &[],
        grant_verdict::TOO_FEW_SIGNERS,
    );

    let (msg, sigs) = signed(&body(5), &[2, 0]);
    let valid = check(
        &mut h,
        &mut pol,
        "2 of 3",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert_eq!(valid, 0b101);
    assert_eq!(h.read_wide(reg::LAST_GRANT_SEQ_0, 2).unwrap(), 5);
    for seq in [5, 4] {
        let (msg, sigs) = signed(&body(seq), &[0, 1]);
        check(
            &mut h,
            &mut pol,
            "replay",
            &msg,
            &sigs,
            grant_verdict::REPLAY,
        );
    }
    let (msg, sigs) = signed(&body(6), &[0, 1, 2]);
    let valid = check(
        &mut h,
        &mut pol,
        "3 of 3",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert_eq!(valid, 0b111);
    assert_eq!(h.read_wide(reg::LAST_GRANT_SEQ_0, 2).unwrap(), 6);
}

/// S + L: the same signature with a non-canonical S (verify_strict and the
/// card refuse it).
fn add_group_order(sig: &mut [u8; 64]) {
    const L: [u8; 32] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde,
        0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    ];
    let mut carry = 0u16;
    for i in 0..32 {
        let v = u16::from(sig[32 + i]) + u16::from(L[i]) + carry;
        sig[32 + i] = v as u8;
        carry = v >> 8;
    }
}

/// Tightens every limit from the bus and trips the fuse twice (kill
/// register, cumulative budget); one grant then loosens all of it.
#[test]
fn an_applied_grant_loosens_every_limit_and_clears_the_trip() {
    let mut e = card();
    let mut h = SimBar::on(e.as_mut());
    ready(&mut h);
    h.write_ok(reg::BASELINE_RATIO, 16).unwrap();
    h.write_ok(reg::WINDOW_LEN, 5_000).unwrap();
    h.write_ok(reg::WINDOW_BUDGET, 100_000).unwrap();
    h.write_ok(reg::REPORT_THRESHOLD_NEXT_0, 1 << 30).unwrap();
    h.write_ok(reg::REPORT_THRESHOLD_NEXT_1, 0).unwrap();
    h.write_ok(reg::REPORT_THRESHOLD_NEXT_2, 0).unwrap();
    h.write_ok(reg::REPORT_THRESHOLD_COMMIT, 1).unwrap();
    h.write_ok(reg::SNAPSHOT, 1).unwrap();
    let cum = h.read_wide(reg::CUM_WORK_0, 3).unwrap();
    let budget = cum + 20_000;
    h.write_ok(reg::CUM_BUDGET_NEXT_0, budget as u32).unwrap();
    h.write_ok(reg::CUM_BUDGET_NEXT_1, (budget >> 32) as u32)
        .unwrap();
    h.write_ok(reg::CUM_BUDGET_NEXT_2, (budget >> 64) as u32)
        .unwrap();
    h.write_ok(reg::CUM_BUDGET_COMMIT, 1).unwrap();
    h.advance(20_000);
    h.write_ok(reg::KILL, 1).unwrap();
    assert_eq!(
        h.read(reg::TRIP_REASON).unwrap(),
        trip::CUM_BUDGET | trip::KILL_REG
    );
    assert_ne!(h.read(reg::TRIP_CYCLE_KILL_REG_0).unwrap(), 0);

    let mut b = body(1);
    b.expiry_epoch = 0x1234_5678_9abc;
    let l = b.limits;
    let (msg, sigs) = signed(&b, &[0, 1]);
    let mut pol = policy();
    check(
        &mut h,
        &mut pol,
        "loosen",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );

    let wide = |h: &mut SimBar<&mut dyn Engine>, off: u16, n: usize| h.read_wide(off, n).unwrap();
    assert_eq!(wide(&mut h, reg::CUM_BUDGET_0, 3), l.cum_budget);
    assert_eq!(wide(&mut h, reg::CUM_BUDGET_NEXT_0, 3), l.cum_budget);
    assert_eq!(
        wide(&mut h, reg::WINDOW_BUDGET, 1),
        u128::from(l.window_budget)
    );
    assert_eq!(wide(&mut h, reg::WINDOW_LEN, 1), u128::from(l.window_len));
    assert_eq!(
        wide(&mut h, reg::BASELINE_RATIO, 1),
        u128::from(l.baseline_ratio)
    );
    assert_eq!(wide(&mut h, reg::TRIP_RATIO, 1), u128::from(l.trip_ratio));
    assert_eq!(wide(&mut h, reg::REPORT_THRESHOLD_0, 3), l.report_threshold);
    assert_eq!(
        wide(&mut h, reg::REPORT_THRESHOLD_NEXT_0, 3),
        l.report_threshold
    );
    assert_eq!(wide(&mut h, reg::LICENSE_EXPIRY_0, 2), 0x1234_5678_9abc);
    assert_eq!(wide(&mut h, reg::LAST_GRANT_SEQ_0, 2), 1);
    assert_eq!(wide(&mut h, reg::TRIP_REASON, 1), 0);
    assert_eq!(wide(&mut h, reg::KILL, 1), 0);
    assert_eq!(wide(&mut h, reg::TRIP_CYCLE_KILL_REG_0, 2), 0);
    assert_eq!(wide(&mut h, reg::TRIP_CYCLE_CUM_BUDGET_0, 2), 0);
    // Baseline 256/256 and no trip: the accelerator runs every cycle.
    assert_eq!(enabled_cycles(&mut h, 512), 512);
}

fn enabled_cycles(h: &mut SimBar<&mut dyn Engine>, cycles: u64) -> u64 {
    let mut n = 0;
    for _ in 0..cycles {
        n += u64::from(h.engine().outputs().accel_clk_en);
        h.advance(1);
    }
    n
}

#[test]
fn a_revoked_slot_no_longer_counts() {
    let mut e = card();
    let mut h = SimBar::on(e.as_mut());
    ready(&mut h);
    let mut pol = policy();
    let mut b = body(1);
    b.flags |= grant_flag::REVOKE_SLOT;
    b.revoke_slot = 0;
    let (msg, sigs) = signed(&b, &[0, 1]);
    check(
        &mut h,
        &mut pol,
        "revoke 0",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert_eq!(h.read(crypto::REVOKED_SLOTS).unwrap(), 0b001);
    // Slot 0's good signature no longer counts ...
    let (msg, sigs) = signed(&body(2), &[0, 2]);
    check(
        &mut h,
        &mut pol,
        "revoked + 1",
        &msg,
        &sigs,
        grant_verdict::TOO_FEW_SIGNERS,
    );
    // ... and is not even checked: a garbage one beside two live ones passes.
    let (msg, mut sigs) = signed(&body(2), &[1, 2]);
    sigs.push((0, [0x55; 64]));
    let valid = check(
        &mut h,
        &mut pol,
        "garbage in revoked slot",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert_eq!(valid, 0b110);
    assert_eq!(h.read(crypto::REVOKED_SLOTS).unwrap(), 0b001);
}

#[test]
fn decommission_stops_the_card_for_good() {
    let mut e = card();
    let mut h = SimBar::on(e.as_mut());
    ready(&mut h);
    let mut pol = policy();
    let mut b = body(1);
    b.flags = grant_flag::DECOMMISSION | grant_flag::CLEAR_TRIP;
    let (msg, sigs) = signed(&b, &[1, 2]);
    check(
        &mut h,
        &mut pol,
        "decommission",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    let s = h.crypto_status().unwrap();
    assert_ne!(s & status::DECOMMISSIONED, 0, "{s:#x}");
    assert_eq!(s & status::KEY_READY, 0, "{s:#x}");
    assert_eq!(h.device_key().unwrap(), [0; 32]);
    assert_ne!(h.read(reg::TRIP_REASON).unwrap() & trip::DECOMMISSIONED, 0);
    assert_ne!(
        h.read(reg::STATUS).unwrap() & capfuse_abi::status::DECOMMISSIONED,
        0
    );
    assert_eq!(enabled_cycles(&mut h, 5_000), 0);
    // Every later command is refused.
    for c in [cmd::ATTEST, cmd::APPLY_GRANT] {
        assert_eq!(h.write(crypto::CRYPTO_CMD, c).unwrap(), resp::SLVERR);
        assert_ne!(h.crypto_status().unwrap() & status::REFUSED, 0);
    }
    // The limits say full speed (the grant set baseline 256) and a bus
    // write may restate them, but nothing revives the enable.
    h.write_ok(reg::BASELINE_RATIO, 256).unwrap();
    assert_eq!(h.read(reg::BASELINE_RATIO).unwrap(), 256);
    assert_eq!(enabled_cycles(&mut h, 1_000), 0);
}

#[test]
fn licence_expiry_caps_the_ratio_until_a_renewing_grant() {
    let mut e = card();
    let mut h = SimBar::on(e.as_mut());
    ready(&mut h);
    let mut pol = policy();
    let epoch = |h: &mut SimBar<&mut dyn Engine>| {
        h.write_ok(reg::SNAPSHOT, 1).unwrap();
        (h.read_wide(reg::CYCLE_0, 2).unwrap() as u64) >> EPOCH_SHIFT
    };
    let now = epoch(&mut h);
    let mut b = body(1);
    b.expiry_epoch = now + 20;
    let (msg, sigs) = signed(&b, &[0, 1]);
    check(
        &mut h,
        &mut pol,
        "licence",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert!(epoch(&mut h) <= b.expiry_epoch);
    assert_eq!(enabled_cycles(&mut h, 512), 512);
    assert_eq!(h.read(reg::TRIP_REASON).unwrap() & trip::LICENSE_EXPIRED, 0);
    // Let the licence lapse.
    while h.read(reg::TRIP_REASON).unwrap() & trip::LICENSE_EXPIRED == 0 {
        assert!(
            epoch(&mut h) <= b.expiry_epoch + 1,
            "the licence did not lapse"
        );
        h.advance(4_096);
    }
    let at = h.read_wide(reg::TRIP_CYCLE_LICENSE_0, 2).unwrap() as u64;
    assert_eq!(
        at >> EPOCH_SHIFT,
        b.expiry_epoch + 1,
        "lapsed at cycle {at}"
    );
    assert_ne!(
        h.read(reg::INTR_STATE).unwrap() & capfuse_abi::intr::TRIP,
        0
    );
    // Capped at the power-up baseline, 32/256.
    let on = enabled_cycles(&mut h, 2_560);
    assert!((319..=321).contains(&on), "{on} of 2560");

    // A renewal without CLEAR_TRIP extends the licence but keeps the cap.
    let mut b = body(2);
    b.flags = 0;
    b.expiry_epoch = epoch(&mut h) + 1_000;
    let (msg, sigs) = signed(&b, &[1, 2]);
    check(
        &mut h,
        &mut pol,
        "renew, no clear",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert_ne!(h.read(reg::TRIP_REASON).unwrap() & trip::LICENSE_EXPIRED, 0);
    let on = enabled_cycles(&mut h, 2_560);
    assert!((319..=321).contains(&on), "{on} of 2560");
    // With CLEAR_TRIP: full speed again.
    let mut b = body(3);
    b.expiry_epoch = epoch(&mut h) + 1_000;
    let (msg, sigs) = signed(&b, &[0, 2]);
    check(
        &mut h,
        &mut pol,
        "renew",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert_eq!(h.read(reg::TRIP_REASON).unwrap(), 0);
    assert_eq!(enabled_cycles(&mut h, 512), 512);
}

/// Expiry on the card: a grant already expired when submitted, and one
/// whose expiry is the current epoch when submitted but which expires
/// while its two signatures are verified (about 14 epochs here), are both
/// EXPIRED and change nothing (no revocation, no decommission, no limits);
/// the same grant with a later expiry applies.
#[test]
fn an_expired_grant_is_refused_and_changes_nothing() {
    let mut e = card();
    let mut h = SimBar::on(e.as_mut());
    ready(&mut h);
    h.write_ok(reg::BASELINE_RATIO, 16).unwrap();
    let mut pol = policy();
    let epoch = |h: &SimBar<&mut dyn Engine>| h.cycle() >> EPOCH_SHIFT;
    let mut b = body(1);
    b.flags |= grant_flag::REVOKE_SLOT | grant_flag::DECOMMISSION;
    b.revoke_slot = 2;
    assert!(epoch(&h) >= 1);

    b.expiry_epoch = epoch(&h) - 1;
    let (msg, sigs) = signed(&b, &[0, 1]);
    let valid = check(
        &mut h,
        &mut pol,
        "expired",
        &msg,
        &sigs,
        grant_verdict::EXPIRED,
    );
    assert_eq!(valid, 0b011, "the signatures verified");

    let submitted = epoch(&h);
    b.expiry_epoch = submitted;
    let (msg, sigs) = signed(&b, &[0, 1]);
    check(
        &mut h,
        &mut pol,
        "expired while verified",
        &msg,
        &sigs,
        grant_verdict::EXPIRED,
    );
    assert!(
        epoch(&h) > submitted + 2,
        "the check took {} epochs",
        epoch(&h) - submitted
    );
    let s = h.crypto_status().unwrap();
    assert_eq!(
        s & (status::KEY_READY | status::DECOMMISSIONED),
        status::KEY_READY
    );
    assert_eq!(h.read(crypto::REVOKED_SLOTS).unwrap(), 0);
    assert_eq!(h.read(reg::BASELINE_RATIO).unwrap(), 16);
    assert_eq!(h.read_wide(reg::LAST_GRANT_SEQ_0, 2).unwrap(), 0);

    // Renewed with room: applied (revocation only this time).
    b.flags = grant_flag::REVOKE_SLOT;
    b.expiry_epoch = epoch(&h) + 100;
    let (msg, sigs) = signed(&b, &[0, 1]);
    check(
        &mut h,
        &mut pol,
        "in time",
        &msg,
        &sigs,
        grant_verdict::APPLIED,
    );
    assert_eq!(h.read(crypto::REVOKED_SLOTS).unwrap(), 0b100);
    assert_eq!(h.read(reg::BASELINE_RATIO).unwrap(), 256);
    assert_eq!(h.read_wide(reg::LAST_GRANT_SEQ_0, 2).unwrap(), 1);
}
