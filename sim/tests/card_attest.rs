//! Attestation on the card: a host-started report verifies with dalek's
//! `verify_strict` against `DEVICE_KEY`, carries the nonce written and the
//! values the registers show, and its sequence number counts; crossing
//! `REPORT_THRESHOLD` makes the card sign a zero-nonce report by itself.
//! Negative controls: a flipped report or signature byte fails.

mod card_common;

use std::time::Instant;

use capfuse_abi::crypto::{self, status};
use capfuse_abi::formats::{Report, REPORT_LEN};
use capfuse_abi::{reg, trip};
use capfuse_sim::card::new_card_engine;
use capfuse_sim::SimBar;
use capfuse_sim::{Engine, EngineKind};
use card_common::*;
use ed25519_dalek::{Signature, VerifyingKey};

fn verify(key: &[u8; 32], signed: &[u8]) -> bool {
    let vk = VerifyingKey::from_bytes(key).expect("a valid device key");
    let sig = Signature::from_bytes(signed[REPORT_LEN..].try_into().unwrap());
    vk.verify_strict(&signed[..REPORT_LEN], &sig).is_ok()
}

/// Reads what a report states from the registers (after a host SNAPSHOT).
fn check_against_registers(h: &mut SimBar<&mut dyn Engine>, r: &Report) {
    let w = |h: &mut SimBar<&mut dyn Engine>, off: u16, n: usize| h.read_wide(off, n).unwrap();
    assert_eq!(r.limits.cum_budget, w(h, reg::CUM_BUDGET_0, 3));
    assert_eq!(
        u128::from(r.limits.window_budget),
        w(h, reg::WINDOW_BUDGET, 1)
    );
    assert_eq!(u128::from(r.limits.window_len), w(h, reg::WINDOW_LEN, 1));
    assert_eq!(
        u128::from(r.limits.baseline_ratio),
        w(h, reg::BASELINE_RATIO, 1)
    );
    assert_eq!(u128::from(r.limits.trip_ratio), w(h, reg::TRIP_RATIO, 1));
    assert_eq!(r.limits.report_threshold, w(h, reg::REPORT_THRESHOLD_0, 3));
    assert_eq!(u128::from(r.license_expiry), w(h, reg::LICENSE_EXPIRY_0, 2));
    assert_eq!(u128::from(r.last_grant_seq), w(h, reg::LAST_GRANT_SEQ_0, 2));
    assert_eq!(u128::from(r.trip_reasons), w(h, reg::TRIP_REASON, 1));
    let tc = [
        reg::TRIP_CYCLE_CUM_BUDGET_0,
        reg::TRIP_CYCLE_KILL_REG_0,
        reg::TRIP_CYCLE_KILL_PIN_0,
        reg::TRIP_CYCLE_LICENSE_0,
    ];
    for (i, off) in tc.into_iter().enumerate() {
        assert_eq!(u128::from(r.trip_cycles[i]), w(h, off, 2), "trip cycle {i}");
    }
    assert_eq!(r.device_epoch, r.cycle >> EPOCH_SHIFT);
    assert_eq!(r.boot_epoch, BOOT_EPOCH);
    assert_eq!(r.device_key, device_key());
    assert_eq!(r.authority_digest, params().authority_digest());
    assert_eq!(
        r.authority_digest,
        h.read_bytes(crypto::AUTHORITY_DIGEST_0, 8).unwrap()[..]
    );
}

/// Attest on one engine; returns (power-up wall time, attest wall time,
/// attest cycles).
fn attest_on(kind: EngineKind) -> (f64, f64, u64) {
    let p = params();
    let t = Instant::now();
    let mut e = new_card_engine(kind, &p).unwrap();
    let mut h = SimBar::on(e.as_mut());
    h.set_work_per_cycle(700);
    let s = h.wait_key_ready().unwrap();
    assert_eq!(s & status::DECOMMISSIONED, 0);
    let power_up = t.elapsed().as_secs_f64();
    let dk = h.device_key().unwrap();
    assert_eq!(dk, device_key(), "DEVICE_KEY is dalek's key for the seed");
    assert_eq!(h.report_seq().unwrap(), 0);
    assert_eq!(h.read(crypto::AUTHORITY_CONFIG).unwrap(), 3 | 2 << 4);

    // Stop the work so the counters in the report can be compared exactly.
    h.set_work_per_cycle(0);
    h.write_ok(reg::SNAPSHOT, 1).unwrap();
    let cum = h.read_wide(reg::CUM_WORK_0, 3).unwrap();
    let before = h.read_wide(reg::CYCLE_0, 2).unwrap() as u64;
    let nonce: [u8; 32] = std::array::from_fn(|i| (i as u8).wrapping_mul(37) ^ 0x5a);
    let (t, c0) = (Instant::now(), h.cycle());
    let signed = h.attest(&nonce).unwrap();
    let (wall, cycles) = (t.elapsed().as_secs_f64(), h.cycle() - c0);
    assert!(
        verify(&dk, &signed),
        "{}: the report does not verify",
        kind.name()
    );
    let r = Report::from_bytes(&signed[..REPORT_LEN]).unwrap();
    assert_eq!(r.nonce, nonce);
    assert_eq!(r.seq, 1);
    assert_eq!(r.cum_work, cum);
    h.write_ok(reg::SNAPSHOT, 1).unwrap();
    let after = h.read_wide(reg::CYCLE_0, 2).unwrap() as u64;
    assert!(
        (before..after).contains(&r.cycle),
        "{before} {} {after}",
        r.cycle
    );
    assert_eq!(r.trip_reasons & trip::ALL, 0);
    assert_eq!(r.window_work, 0, "no work while the report was taken");
    let live = capfuse_abi::status::ENABLED | capfuse_abi::status::THROTTLED;
    assert_eq!(r.status & !live, h.read(reg::STATUS).unwrap() & !live);
    check_against_registers(&mut h, &r);
    assert_eq!(h.report_seq().unwrap(), 1);

    // Negative controls: one flipped bit anywhere fails verification.
    for i in [0, 24, 100, REPORT_LEN - 1, REPORT_LEN, REPORT_LEN + 40] {
        let mut bad = signed;
        bad[i] ^= 0x10;
        assert!(!verify(&dk, &bad), "flipped byte {i} still verifies");
    }
    // The next report counts on and has the new nonce.
    h.set_work_per_cycle(500);
    let signed2 = h.attest(&[0xee; 32]).unwrap();
    assert!(verify(&dk, &signed2));
    let r2 = Report::from_bytes(&signed2[..REPORT_LEN]).unwrap();
    assert_eq!((r2.seq, r2.nonce), (2, [0xee; 32]));
    assert!(r2.cycle > r.cycle && r2.cum_work > r.cum_work);
    assert_eq!(h.report_seq().unwrap(), 2);
    (power_up, wall, cycles)
}

#[test]
fn attest_verifies_and_states_the_registers_on_the_model() {
    let (p, a, c) = attest_on(EngineKind::Model);
    eprintln!("model: power-up to key ready {p:.3} s; attest {c} cycles in {a:.3} s");
}

#[test]
fn attest_verifies_and_states_the_registers_on_verilator() {
    let (p, a, c) = attest_on(EngineKind::Verilator);
    eprintln!("verilator: build/load + power-up {p:.3} s; attest {c} cycles in {a:.3} s");
}

#[test]
fn crossing_the_report_threshold_signs_a_zero_nonce_report() {
    let p = params();
    let mut e = new_card_engine(EngineKind::Model, &p).unwrap();
    let mut h = SimBar::on(e.as_mut());
    h.set_work_per_cycle(1_000);
    h.wait_key_ready().unwrap();
    let dk = h.device_key().unwrap();
    h.write_ok(reg::SNAPSHOT, 1).unwrap();
    let threshold = h.read_wide(reg::CUM_WORK_0, 3).unwrap() + 100_000;
    h.write_ok(reg::REPORT_THRESHOLD_NEXT_0, threshold as u32)
        .unwrap();
    h.write_ok(reg::REPORT_THRESHOLD_NEXT_1, (threshold >> 32) as u32)
        .unwrap();
    h.write_ok(reg::REPORT_THRESHOLD_NEXT_2, 0).unwrap();
    h.write_ok(reg::REPORT_THRESHOLD_COMMIT, 1).unwrap();
    assert_eq!(h.read_wide(reg::REPORT_THRESHOLD_0, 3).unwrap(), threshold);
    // Only the report interrupt.
    h.write_ok(reg::INTR_ENABLE, capfuse_abi::intr::REPORT)
        .unwrap();
    assert!(!h.engine().outputs().irq);
    assert!(h.run_until_irq(3_000_000), "no report interrupt");
    assert_ne!(
        h.read(reg::INTR_STATE).unwrap() & capfuse_abi::intr::REPORT,
        0
    );
    let s = h.crypto_status().unwrap();
    assert_ne!(s & status::REPORT_VALID, 0);
    assert_eq!(s & status::BUSY, 0);
    let signed = h.read_signed_report().unwrap();
    assert!(verify(&dk, &signed));
    let r = Report::from_bytes(&signed[..REPORT_LEN]).unwrap();
    assert_eq!(r.nonce, [0; 32]);
    assert_eq!(r.seq, 1);
    assert!(r.cum_work >= threshold, "{} < {threshold}", r.cum_work);
    assert!(
        r.cum_work < threshold + 16 * 1_024,
        "snapshot long after the crossing"
    );
    assert_eq!(r.limits.report_threshold, threshold);
    // Fired once: no second report while the threshold stays behind us.
    h.write_ok(reg::INTR_STATE, capfuse_abi::intr::REPORT)
        .unwrap();
    assert!(!h.run_until_irq(1_000_000));
    assert_eq!(h.report_seq().unwrap(), 1);
}

/// Cycles per second of the card model over a power-up and an attest.
#[test]
fn card_model_speed() {
    let p = params();
    let mut e = new_card_engine(EngineKind::Model, &p).unwrap();
    let t = Instant::now();
    let mut h = SimBar::on(e.as_mut());
    h.set_work_per_cycle(300);
    h.wait_key_ready().unwrap();
    h.attest(&[1; 32]).unwrap();
    let cycles = h.cycle();
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "card model: {cycles} cycles (power-up + attest) in {s:.3} s = {:.1} M cycles/s",
        cycles as f64 / s / 1e6
    );
    assert!(s < 10.0);
}
