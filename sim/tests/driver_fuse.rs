//! The driver's `Fuse` over the simulated card (`SimBar`): the protocol
//! that ships, against the behavioural model. The driver itself knows no
//! simulator; these tests live here because the card does.

use std::time::Duration;

use capfuse_abi::{err, trip, FuseParams};
use capfuse_driver::{regs, Bar, Error, Fuse, Limit, Result};
use capfuse_sim::SimBar;

fn fuse() -> Fuse<SimBar> {
    Fuse::open(SimBar::model()).unwrap()
}

#[test]
fn status_reads_power_up_state() {
    let mut f = fuse();
    let s = f.status().unwrap();
    assert_eq!(s.params, FuseParams::DEFAULT);
    assert_eq!(s.version.0, capfuse_abi::ABI_VERSION_MAJOR);
    assert_eq!(s.limits.baseline_ratio, 32);
    assert_eq!(s.limits.cum_budget, (1u128 << 96) - 1);
    assert_eq!(s.limits.window_len, 1);
    assert!(!s.tripped());
    assert!(s.err_code.is_empty());
    assert!(s.irq_enabled);
    assert_eq!(s.effective_ratio(), 32);
}

#[test]
fn status_counters_follow_the_workload() {
    let mut f = fuse();
    f.bar_mut().set_work_per_cycle(7);
    f.bar_mut().advance(2560);
    let c = f.status().unwrap().counters;
    assert_eq!(c.cum_work, u128::from(c.enabled_cycles) * 7);
    assert_eq!(
        c.enabled_cycles + c.stopped_cycles + c.paced_cycles + c.throttled_cycles,
        c.cycle
    );
    assert!(c.cycle >= 2560);
}

#[test]
fn tighten_every_limit() {
    let mut f = fuse();
    for (limit, v) in [
        (Limit::BaselineRatio, 16),
        (Limit::TripRatio, 0),
        (Limit::WindowLen, 1000),
        (Limit::WindowBudget, 500_000),
        (Limit::CumBudget, (1u128 << 80) + 12345),
    ] {
        let t = f.tighten(limit, v).unwrap();
        assert_eq!(t.now, v, "{limit}");
        assert_eq!(f.limit(limit).unwrap(), v);
    }
    let s = f.status().unwrap();
    assert_eq!(s.refused_writes, 0);
    assert_eq!(s.limits.cum_budget, (1u128 << 80) + 12345);
}

#[test]
fn tighten_refuses_looser_without_writing() {
    let mut f = fuse();
    f.tighten(Limit::CumBudget, 1_000_000).unwrap();
    for (limit, v) in [
        (Limit::BaselineRatio, 64),
        (Limit::WindowLen, 0),
        (Limit::CumBudget, 2_000_000),
    ] {
        let e = f.tighten(limit, v).unwrap_err();
        let msg = e.to_string();
        assert!(
            matches!(
                e,
                Error::LooserNeedsGrant { .. } | Error::InvalidLimitValue { .. }
            ),
            "{limit}: {msg}"
        );
    }
    let e = f.tighten(Limit::CumBudget, 2_000_000).unwrap_err();
    assert!(e.to_string().contains("signed grant"), "{e}");
    let e = f.tighten(Limit::BaselineRatio, 300).unwrap_err();
    assert!(e.to_string().contains("0..=256"), "{e}");
    // Nothing reached the card.
    assert_eq!(f.status().unwrap().refused_writes, 0);
    assert_eq!(f.limit(Limit::CumBudget).unwrap(), 1_000_000);
}

/// Another client on the same card: writes `value` to `offset` once,
/// just before (`before`) or just after our first write to `offset`.
struct Rival {
    bar: SimBar,
    offset: u16,
    value: u32,
    before: bool,
    done: bool,
}

impl Rival {
    fn fuse(offset: u16, value: u32, before: bool) -> Fuse<Rival> {
        Fuse::open(Rival {
            bar: SimBar::model(),
            offset,
            value,
            before,
            done: false,
        })
        .unwrap()
    }
    fn write(&mut self, ours: &[(u16, u32)]) -> Result<()> {
        let hit = !self.done && ours.iter().any(|&(o, _)| o == self.offset);
        let rival = [(self.offset, self.value)];
        if hit && self.before {
            self.bar.write_batch(&rival)?;
        }
        self.bar.write_batch(ours)?;
        if hit && !self.before {
            self.bar.write_batch(&rival)?;
        }
        self.done |= hit;
        Ok(())
    }
}

impl Bar for Rival {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        self.bar.read32(offset)
    }
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        self.write(&[(offset, value)])
    }
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        self.write(writes)
    }
    fn describe(&self) -> String {
        "rival".into()
    }
}

#[test]
fn a_write_overtaken_by_a_stricter_one_is_superseded_not_unapplied() {
    // Our 1000 is accepted, then the rival's stricter 900 lands before
    // the read-back.
    let mut f = Rival::fuse(regs::WINDOW_BUDGET.offset, 900, false);
    let e = f.tighten(Limit::WindowBudget, 1000).unwrap_err();
    assert!(
        matches!(
            e,
            Error::Superseded {
                requested: 1000,
                current: 900,
                ..
            }
        ),
        "{e}"
    );
    // Higher is stricter for the window length: 50 overtakes our 40.
    let mut f = Rival::fuse(regs::WINDOW_LEN.offset, 50, false);
    let e = f.tighten(Limit::WindowLen, 40).unwrap_err();
    assert!(matches!(e, Error::Superseded { current: 50, .. }), "{e}");
}

#[test]
fn a_write_refused_because_a_stricter_one_got_ahead_is_superseded() {
    // The rival's 900 lands between our pre-check and our 1000, which
    // the card then refuses as a loosening.
    let mut f = Rival::fuse(regs::WINDOW_BUDGET.offset, 900, true);
    let e = f.tighten(Limit::WindowBudget, 1000).unwrap_err();
    assert!(matches!(e, Error::Superseded { current: 900, .. }), "{e}");
    assert_eq!(f.status().unwrap().refused_writes, 1);
}

#[test]
fn another_clients_refused_write_does_not_fail_ours() {
    // Our 1000 is in force; the rival's looser 2000 right after it is
    // refused, which moves REFUSED_WRITES while we check ours.
    let mut f = Rival::fuse(regs::WINDOW_BUDGET.offset, 2000, false);
    let t = f.tighten(Limit::WindowBudget, 1000).unwrap();
    assert_eq!(t.now, 1000);
    let s = f.status().unwrap();
    assert_eq!((s.refused_writes, s.limits.window_budget), (1, 1000));
}

#[test]
fn refused_write_is_seen_through_err_code() {
    // Bypass the pre-check: write a looser ratio straight through the seam;
    // the card refuses it and says why in ERR_CODE.
    let mut f = fuse();
    regs::BASELINE_RATIO.write(f.bar_mut(), 100).unwrap();
    let s = f.status().unwrap();
    assert_eq!(s.refused_writes, 1);
    assert!(s.err_code.contains(err::LOOSEN_REFUSED));
    assert_eq!(s.limits.baseline_ratio, 32);
    f.clear_errors(s.err_code.bits()).unwrap();
    assert!(f.status().unwrap().err_code.is_empty());
}

#[test]
fn kill_trips_with_a_timestamp_and_irq() {
    let mut f = fuse();
    f.bar_mut().advance(100);
    let reasons = f.kill().unwrap();
    assert!(reasons.contains(trip::KILL_REG));
    let s = f.status().unwrap();
    assert!(s.limits.killed && s.tripped() && s.irq_pending);
    let at = s.trip_cycles.kill_reg.unwrap();
    assert!((100..s.counters.cycle).contains(&at), "{at}");
    assert_eq!(s.trip_cycles.cum_budget, None);
    assert_eq!(s.trip_reasons.to_string(), "kill register");
    f.clear_irq().unwrap();
    let s = f.status().unwrap();
    assert!(!s.irq_pending && s.tripped());
}

#[test]
fn wait_trip_sleeps_until_the_budget_trips() {
    let mut f = fuse();
    f.bar_mut().set_work_per_cycle(1000);
    f.tighten(Limit::CumBudget, 200_000).unwrap();
    let reasons = f.wait_trip(Duration::from_secs(10)).unwrap().unwrap();
    assert!(reasons.contains(trip::CUM_BUDGET));
    let s = f.status().unwrap();
    assert!(s.counters.cum_work <= 200_000);
    assert!(s.trip_cycles.cum_budget.is_some());
    assert!(s.irq_pending);
}

#[test]
fn wait_trip_times_out_without_work() {
    let mut f = fuse();
    let r = f.wait_trip(Duration::from_millis(20)).unwrap();
    assert_eq!(r, None);
}

/// Records what reaches the seam.
#[derive(Debug)]
struct Recorder {
    inner: SimBar,
    writes: usize,
    batches: Vec<Vec<(u16, u32)>>,
}

impl Bar for Recorder {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        self.inner.read32(offset)
    }
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        self.writes += 1;
        self.inner.write32(offset, value)
    }
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        self.batches.push(writes.to_vec());
        for &(o, v) in writes {
            self.inner.write32(o, v)?;
        }
        Ok(())
    }
    fn describe(&self) -> String {
        self.inner.describe()
    }
}

#[test]
fn cum_budget_is_one_batch_and_an_equal_value_writes_nothing() {
    let mut f = Fuse::open(Recorder {
        inner: SimBar::model(),
        writes: 0,
        batches: Vec::new(),
    })
    .unwrap();
    let v = (5u128 << 64) | (6 << 32) | 7;
    f.tighten(Limit::CumBudget, v).unwrap();
    let r = f.bar();
    assert_eq!(
        r.batches,
        vec![vec![
            (capfuse_abi::reg::CUM_BUDGET_NEXT_0, 7),
            (capfuse_abi::reg::CUM_BUDGET_NEXT_1, 6),
            (capfuse_abi::reg::CUM_BUDGET_NEXT_2, 5),
            (capfuse_abi::reg::CUM_BUDGET_COMMIT, 1),
        ]]
    );
    assert_eq!(r.writes, 0);
    let t = f.tighten(Limit::CumBudget, v).unwrap();
    assert_eq!((t.previous, t.now), (v, v));
    let t = f.tighten(Limit::WindowLen, 1).unwrap();
    assert_eq!((t.previous, t.now), (1, 1));
    assert_eq!((f.bar().writes, f.bar().batches.len()), (0, 1));
}

/// Between the driver's "card idle" and its command, the card starts a
/// report of its own (the work just crossed the report threshold): the
/// crypto window refuses the load and the command while that runs.
/// Nothing of ours was applied, so the driver sends it again once the card
/// is idle, and the attest returns our report, numbered after the card's.
#[test]
fn an_attest_overtaken_by_a_threshold_report_is_sent_again() {
    use capfuse_abi::crypto;
    use capfuse_abi::formats::{Report, REPORT_LEN};
    use capfuse_sim::card::CardParams;
    use capfuse_sim::EngineKind;

    /// Commits a report threshold the work has already passed just before
    /// the first nonce word of an attest.
    struct Threshold {
        bar: SimBar,
        fired: bool,
    }
    impl Bar for Threshold {
        fn read32(&mut self, offset: u16) -> Result<u32> {
            self.bar.read32(offset)
        }
        fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
            if offset == crypto::NONCE_0 && !self.fired {
                self.fired = true;
                self.bar.write_batch(&[
                    (capfuse_abi::reg::REPORT_THRESHOLD_NEXT_0, 1),
                    (capfuse_abi::reg::REPORT_THRESHOLD_NEXT_1, 0),
                    (capfuse_abi::reg::REPORT_THRESHOLD_NEXT_2, 0),
                    (capfuse_abi::reg::REPORT_THRESHOLD_COMMIT, 1),
                ])?;
                self.bar.advance(16);
            }
            self.bar.write32(offset, value)
        }
        fn describe(&self) -> String {
            "card with a threshold report".into()
        }
        fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
            self.bar.wait_irq(timeout)
        }
    }

    let mut bar = SimBar::card(EngineKind::Model, CardParams::example()).unwrap();
    bar.set_work_per_cycle(100);
    let mut f = Fuse::open(Threshold { bar, fired: false }).unwrap();
    f.device_key(Duration::from_secs(60)).unwrap();
    assert_eq!(f.report_seq().unwrap(), 0);
    let nonce = [0x77; 32];
    let signed = f.attest(&nonce, Duration::from_secs(60)).unwrap();
    assert!(f.bar().fired, "the threshold report was not provoked");
    let r = Report::from_bytes(&signed[..REPORT_LEN]).unwrap();
    assert_eq!(r.nonce, nonce);
    // The card's own report was 1; ours follows it.
    assert_eq!(r.seq, 2);
}
