//! The FuseCore additions of docs/design-card.md, directed, on all three
//! engines: the grant port is the only loosening path, licence expiry, an
//! expired grant is refused, decommission, the report threshold and the report snapshot port.

use capfuse_abi::formats::{grant_flag, GrantBody, Limits, Report, GRANT_BODY_LEN};
use capfuse_abi::{intr, reg, resp, status, trip, FuseParams};
use capfuse_sim::bus::AxiMaster;
use capfuse_sim::engines::new_engine;
use capfuse_sim::lockstep::RandomStimulus;
use capfuse_sim::model::Model;
use capfuse_sim::monitor::Monitors;
use capfuse_sim::{Engine, EngineKind, PinsIn};

const P: FuseParams = FuseParams {
    max_work_per_cycle: 100,
    power_up_baseline_ratio: 32,
    epoch_shift: 8,
};

/// An engine stepped cycle by cycle, with the work it admitted.
struct Card {
    e: Box<dyn Engine>,
    kind: EngineKind,
    cycle: u64,
    work: u16,
    /// `cum[t]`: CUM_WORK during cycle t (work admitted before it).
    cum: Vec<u128>,
    /// Cycles in which `report_due` was high.
    dues: Vec<u64>,
}

impl Card {
    fn new(kind: EngineKind) -> Card {
        Card {
            e: new_engine(kind, P).unwrap_or_else(|e| panic!("{}: {e:#}", kind.name())),
            kind,
            cycle: 0,
            work: 0,
            cum: vec![0],
            dues: Vec::new(),
        }
    }

    fn idle(&self) -> PinsIn {
        PinsIn {
            work_units: self.work,
            wstrb: 0xf,
            bready: true,
            rready: true,
            ..PinsIn::default()
        }
    }

    fn step(&mut self, p: &PinsIn) {
        let o = self.e.outputs();
        if o.report_due {
            self.dues.push(self.cycle);
        }
        let a = if o.accel_clk_en {
            u128::from(p.work_units.min(P.max_work_per_cycle))
        } else {
            0
        };
        self.e.step(p);
        self.cycle += 1;
        let last = *self.cum.last().unwrap();
        self.cum.push(last + a);
    }

    fn run(&mut self, n: u64) {
        for _ in 0..n {
            let p = self.idle();
            self.step(&p);
        }
    }

    /// Enabled cycles among the next `n`.
    fn duty(&mut self, n: u64) -> u64 {
        let mut high = 0;
        for _ in 0..n {
            high += u64::from(self.e.outputs().accel_clk_en);
            self.run(1);
        }
        high
    }

    /// A bus write; `during_apply` is driven in the write's apply cycle.
    fn write_with(&mut self, addr: u16, data: u32, during_apply: PinsIn) -> u8 {
        let o = self.e.outputs();
        assert!(o.awready && o.wready, "{}: bus busy", self.kind.name());
        let mut p = self.idle();
        p.awvalid = true;
        p.awaddr = addr;
        p.wvalid = true;
        p.wdata = data;
        self.step(&p);
        // Captured now; phase 4 (the apply) is the fifth cycle from here.
        for k in 1..=5 {
            assert!(!self.e.outputs().bvalid);
            let mut p = self.idle();
            if k == 5 {
                p.snap_req |= during_apply.snap_req;
            }
            self.step(&p);
        }
        let o = self.e.outputs();
        assert!(o.bvalid, "{}: no write response", self.kind.name());
        self.run(1);
        o.bresp
    }

    fn write(&mut self, addr: u16, data: u32) -> u8 {
        self.write_with(addr, data, PinsIn::default())
    }

    fn read(&mut self, addr: u16) -> u32 {
        let mut p = self.idle();
        p.arvalid = true;
        p.araddr = addr;
        self.step(&p);
        // the word is picked at the second edge
        self.run(1);
        let o = self.e.outputs();
        assert!(o.rvalid);
        assert_eq!(o.rresp, resp::OKAY, "{}: read {addr:#x}", self.kind.name());
        self.run(1);
        o.rdata
    }

    fn read_wide(&mut self, first: u16, words: u16) -> u128 {
        (0..words).fold(0u128, |v, k| {
            v | u128::from(self.read(first + 4 * k)) << (32 * u32::from(k))
        })
    }

    fn commit(&mut self, next: u16, commit: u16, value: u128) -> u8 {
        for k in 0..3u16 {
            assert_eq!(
                self.write(next + 4 * k, (value >> (32 * k)) as u32),
                resp::OKAY
            );
        }
        self.write(commit, 1)
    }

    /// Streams `body` into the grant port, one word per cycle; applies it
    /// when `apply` (with `snap_req` in the apply cycle if `snap`).
    fn load_grant(&mut self, body: &GrantBody) {
        let bytes = body.to_bytes();
        assert_eq!(bytes.len(), GRANT_BODY_LEN);
        for (i, w) in bytes.chunks(4).enumerate() {
            let mut p = self.idle();
            p.grant_we = true;
            p.grant_addr = i as u8;
            p.grant_wdata = u32::from_le_bytes(w.try_into().unwrap());
            self.step(&p);
        }
    }

    fn apply(&mut self, snap: bool) {
        let mut p = self.idle();
        p.grant_apply = true;
        p.snap_req = snap;
        self.step(&p);
    }

    fn grant(&mut self, body: &GrantBody) {
        self.load_grant(body);
        self.apply(false);
        // The enable is held while the granted slacks are computed.
        self.run(5);
    }

    fn snap(&mut self) {
        let mut p = self.idle();
        p.snap_req = true;
        self.step(&p);
    }

    /// Report word `i` from the snapshot port.
    fn snap_word(&mut self, i: u8) -> u32 {
        let mut p = self.idle();
        p.snap_addr = i;
        self.step(&p);
        self.e.outputs().snap_data
    }

    fn cum_now(&self) -> u128 {
        *self.cum.last().unwrap()
    }
}

fn loose() -> GrantBody {
    GrantBody {
        flags: 0,
        seq: 1,
        expiry_epoch: u64::MAX,
        limits: Limits {
            cum_budget: (1u128 << 96) - 1,
            window_budget: u32::MAX,
            window_len: 1,
            baseline_ratio: 256,
            trip_ratio: 0,
            report_threshold: (1u128 << 96) - 1,
        },
        ..GrantBody::default()
    }
}

fn each_engine(test: impl Fn(EngineKind)) {
    for kind in EngineKind::ALL {
        test(kind);
    }
}

#[test]
fn grant_apply_loosens_every_limit_at_once_and_nothing_else_loosens() {
    each_engine(|kind| {
        let mut c = Card::new(kind);
        c.work = 50;
        let n = kind.name();
        // Tighten everything from the bus.
        assert_eq!(c.write(reg::BASELINE_RATIO, 20), resp::OKAY);
        assert_eq!(c.write(reg::WINDOW_LEN, 100), resp::OKAY);
        assert_eq!(c.write(reg::WINDOW_BUDGET, 4000), resp::OKAY);
        let budget = c.cum_now() + 1_000_000;
        let c_commit = c.commit(reg::CUM_BUDGET_NEXT_0, reg::CUM_BUDGET_COMMIT, budget);
        assert_eq!(c_commit, resp::OKAY);
        let r_commit = c.commit(
            reg::REPORT_THRESHOLD_NEXT_0,
            reg::REPORT_THRESHOLD_COMMIT,
            500_000,
        );
        assert_eq!(r_commit, resp::OKAY);
        let tight = [
            (reg::BASELINE_RATIO, 20),
            (reg::TRIP_RATIO, 0),
            (reg::WINDOW_LEN, 100),
            (reg::WINDOW_BUDGET, 4000),
            (reg::REPORT_THRESHOLD_0, 500_000),
            (reg::LICENSE_EXPIRY_1, u32::MAX),
            (reg::LAST_GRANT_SEQ_0, 0),
        ];
        let granted = GrantBody {
            seq: 7,
            expiry_epoch: 1 << 40,
            limits: Limits {
                cum_budget: 1 << 70,
                window_budget: 100_000,
                window_len: 50,
                baseline_ratio: 256,
                trip_ratio: 128,
                report_threshold: 1 << 66,
            },
            ..loose()
        };
        // Pending words change nothing, and the bus still cannot loosen.
        c.load_grant(&granted);
        c.run(20);
        for (addr, v) in tight {
            assert_eq!(c.read(addr), v, "{n}: {addr:#x} before the grant");
        }
        assert_eq!(c.read_wide(reg::CUM_BUDGET_0, 3), budget, "{n}");
        assert_eq!(c.write(reg::BASELINE_RATIO, 256), resp::SLVERR, "{n}");
        assert_eq!(c.write(reg::WINDOW_LEN, 50), resp::SLVERR, "{n}");
        // A snapshot in the grant_apply cycle has every old value, one in
        // the next cycle every new one: they change at the same edge.
        c.apply(true);
        let old: Vec<u32> = (46..=60).map(|i| c.snap_word(i)).collect();
        c.snap();
        let new: Vec<u32> = (46..=60).map(|i| c.snap_word(i)).collect();
        let words = |r: &Report| -> Vec<u32> {
            r.to_bytes()[46 * 4..61 * 4]
                .chunks(4)
                .map(|w| u32::from_le_bytes(w.try_into().unwrap()))
                .collect()
        };
        let expect = |limits: Limits, expiry: u64, seq: u64| Report {
            limits,
            license_expiry: expiry,
            last_grant_seq: seq,
            ..Report::default()
        };
        let before = Limits {
            cum_budget: budget,
            window_budget: 4000,
            window_len: 100,
            baseline_ratio: 20,
            trip_ratio: 0,
            report_threshold: 500_000,
        };
        assert_eq!(old, words(&expect(before, u64::MAX, 0)), "{n}");
        assert_eq!(
            new,
            words(&expect(granted.limits, granted.expiry_epoch, 7)),
            "{n}"
        );
        // The registers agree, staging included.
        assert_eq!(c.read(reg::BASELINE_RATIO), 256, "{n}");
        assert_eq!(c.read(reg::TRIP_RATIO), 128, "{n}");
        assert_eq!(c.read(reg::WINDOW_LEN), 50, "{n}");
        assert_eq!(c.read(reg::WINDOW_BUDGET), 100_000, "{n}");
        assert_eq!(c.read_wide(reg::CUM_BUDGET_0, 3), 1 << 70, "{n}");
        assert_eq!(c.read_wide(reg::CUM_BUDGET_NEXT_0, 3), 1 << 70, "{n}");
        assert_eq!(c.read_wide(reg::REPORT_THRESHOLD_0, 3), 1 << 66, "{n}");
        assert_eq!(c.read_wide(reg::REPORT_THRESHOLD_NEXT_0, 3), 1 << 66, "{n}");
        assert_eq!(c.read_wide(reg::LICENSE_EXPIRY_0, 2), 1 << 40, "{n}");
        assert_eq!(c.read_wide(reg::LAST_GRANT_SEQ_0, 2), 7, "{n}");
        // In force: the enable is high every cycle now.
        assert_eq!(c.duty(256), 256, "{n}");
        // A grant without CLEAR_TRIP clears no trip and no KILL.
        assert_eq!(c.write(reg::KILL, 1), resp::OKAY);
        c.grant(&GrantBody { seq: 8, ..loose() });
        assert_eq!(c.read(reg::KILL), 1, "{n}");
        assert_eq!(c.read(reg::TRIP_REASON), trip::KILL_REG, "{n}");
        assert_eq!(c.duty(300), 0, "{n}");
    });
}

#[test]
fn licence_expiry_caps_the_ratio_at_the_power_up_baseline_until_cleared() {
    each_engine(|kind| {
        let mut c = Card::new(kind);
        let n = kind.name();
        let s = P.epoch_shift;
        // Lapses two epochs after the grant is applied.
        let expiry = ((c.cycle + 40) >> s) + 1;
        let lapse = (expiry + 1) << s;
        let body = GrantBody {
            flags: grant_flag::CLEAR_TRIP,
            expiry_epoch: expiry,
            limits: Limits {
                baseline_ratio: 200,
                ..loose().limits
            },
            ..loose()
        };
        c.grant(&body);
        assert!(c.cycle < lapse - 300, "{n}: grant too late");
        assert_eq!(c.read(reg::TRIP_REASON), 0, "{n}");
        assert!(!c.e.outputs().irq);
        assert_eq!(c.duty(256), 200, "{n}: the granted ratio");
        c.run(lapse + 5 - c.cycle);
        assert_eq!(c.read(reg::TRIP_REASON), trip::LICENSE_EXPIRED, "{n}");
        assert_eq!(
            c.read_wide(reg::TRIP_CYCLE_LICENSE_0, 2),
            u128::from(lapse),
            "{n}"
        );
        assert_eq!(c.read(reg::INTR_STATE) & intr::TRIP, intr::TRIP, "{n}");
        assert!(c.e.outputs().irq, "{n}");
        let st = c.read(reg::STATUS);
        assert_eq!(
            st & (status::TRIPPED | status::THROTTLED),
            status::TRIPPED | status::THROTTLED,
            "{n}"
        );
        // Capped at the power-up baseline (32), not the trip ratio (0).
        assert_eq!(c.duty(256), 32, "{n}");
        // A grant without CLEAR_TRIP leaves it; one with it clears bit 3,
        // its cycle, and the ratio comes back.
        c.grant(&GrantBody {
            seq: 2,
            ..body.clone()
        });
        assert_eq!(c.read(reg::TRIP_REASON), trip::LICENSE_EXPIRED, "{n}");
        c.grant(&GrantBody {
            seq: 3,
            expiry_epoch: u64::MAX,
            ..body.clone()
        });
        assert_eq!(c.read(reg::TRIP_REASON), 0, "{n}");
        assert_eq!(c.read_wide(reg::TRIP_CYCLE_LICENSE_0, 2), 0, "{n}");
        assert_eq!(c.duty(256), 200, "{n}");
    });
}

/// A grant loaded while its expiry epoch is current but applied in the
/// next epoch (as when the epoch passes during verification) changes
/// nothing: no limit, no CLEAR_TRIP, no sequence number, no licence. One
/// applied in the last cycle of its expiry epoch is applied.
#[test]
fn an_expired_grant_changes_nothing_and_one_in_its_expiry_epoch_applies() {
    each_engine(|kind| {
        let mut c = Card::new(kind);
        let n = kind.name();
        let s = P.epoch_shift;
        assert_eq!(c.write(reg::BASELINE_RATIO, 16), resp::OKAY);
        assert_eq!(c.write(reg::KILL, 1), resp::OKAY);
        c.run((3 << s) + 100 - c.cycle);
        let e = c.cycle >> s;
        let body = GrantBody {
            flags: grant_flag::CLEAR_TRIP,
            expiry_epoch: e,
            limits: Limits {
                baseline_ratio: 200,
                ..loose().limits
            },
            ..loose()
        };
        c.load_grant(&body);
        c.run(3);
        assert!(!c.e.outputs().grant_expired, "{n}: valid in its epoch");
        let kept = [
            reg::BASELINE_RATIO,
            reg::TRIP_RATIO,
            reg::WINDOW_LEN,
            reg::WINDOW_BUDGET,
            reg::CUM_BUDGET_0,
            reg::CUM_BUDGET_2,
            reg::REPORT_THRESHOLD_0,
            reg::LICENSE_EXPIRY_0,
            reg::LICENSE_EXPIRY_1,
            reg::LAST_GRANT_SEQ_0,
            reg::TRIP_REASON,
            reg::KILL,
        ];
        let before: Vec<u32> = kept.iter().map(|&r| c.read(r)).collect();
        assert_eq!(c.cycle >> s, e, "{n}: still in epoch {e}");
        c.run(((e + 1) << s) - c.cycle);
        assert!(
            c.e.outputs().grant_expired,
            "{n}: expired in epoch {}",
            e + 1
        );
        c.apply(false);
        c.run(5);
        let after: Vec<u32> = kept.iter().map(|&r| c.read(r)).collect();
        assert_eq!(before, after, "{n}: an expired grant changed a register");
        assert_eq!(c.read(reg::TRIP_REASON), trip::KILL_REG, "{n}");
        assert_eq!(c.duty(256), 0, "{n}: still killed");

        // The same limits with expiry = the current epoch, applied in its
        // last cycle: applied.
        let e = c.cycle >> s;
        let body = GrantBody {
            seq: 2,
            expiry_epoch: e,
            ..body
        };
        c.load_grant(&body);
        c.run(((e + 1) << s) - 1 - c.cycle);
        assert!(!c.e.outputs().grant_expired, "{n}: last cycle of epoch {e}");
        c.apply(false);
        assert_eq!(c.cycle >> s, e + 1);
        c.run(5);
        assert_eq!(c.read(reg::LAST_GRANT_SEQ_0), 2, "{n}");
        assert_eq!(c.read(reg::BASELINE_RATIO), 200, "{n}");
        assert_eq!(c.read_wide(reg::LICENSE_EXPIRY_0, 2), u128::from(e), "{n}");
        // CLEAR_TRIP acted; the licence it granted has lapsed since (a
        // cycle after the apply), which caps the ratio.
        assert_eq!(c.read(reg::TRIP_REASON), trip::LICENSE_EXPIRED, "{n}");
        assert_eq!(c.duty(256), 32, "{n}");
    });
}

#[test]
fn decommission_stops_the_enable_for_good_and_survives_clear_trip() {
    each_engine(|kind| {
        let mut c = Card::new(kind);
        let n = kind.name();
        c.grant(&loose());
        assert_eq!(c.duty(256), 256, "{n}");
        c.grant(&GrantBody {
            flags: grant_flag::DECOMMISSION,
            seq: 2,
            ..loose()
        });
        assert_eq!(c.read(reg::TRIP_REASON), trip::DECOMMISSIONED, "{n}");
        let st = c.read(reg::STATUS);
        assert_eq!(st & status::DECOMMISSIONED, status::DECOMMISSIONED, "{n}");
        assert_eq!(c.read(reg::INTR_STATE) & intr::TRIP, intr::TRIP, "{n}");
        assert_eq!(c.duty(1000), 0, "{n}");
        c.grant(&GrantBody {
            flags: grant_flag::CLEAR_TRIP,
            seq: 3,
            ..loose()
        });
        assert_eq!(c.read(reg::TRIP_REASON), trip::DECOMMISSIONED, "{n}");
        let st = c.read(reg::STATUS);
        assert_eq!(st & status::DECOMMISSIONED, status::DECOMMISSIONED, "{n}");
        assert_eq!(c.duty(1000), 0, "{n}");
    });
}

#[test]
fn report_threshold_fires_report_due_once_and_rearms() {
    each_engine(|kind| {
        let mut c = Card::new(kind);
        let n = kind.name();
        c.grant(&loose());
        c.work = 100;
        let t1 = c.cum_now() + 5_000;
        let r = c.commit(
            reg::REPORT_THRESHOLD_NEXT_0,
            reg::REPORT_THRESHOLD_COMMIT,
            t1,
        );
        assert_eq!(r, resp::OKAY);
        c.run(300);
        assert_eq!(c.dues.len(), 1, "{n}: {:?}", c.dues);
        // It pulses two cycles after the first cycle CUM_WORK >= threshold.
        let p = c.dues[0] as usize;
        assert!(c.cum[p - 2] >= t1 && c.cum[p - 3] < t1, "{n}");
        // Committing (the same value) re-arms it: once more, at once.
        let r = c.commit(
            reg::REPORT_THRESHOLD_NEXT_0,
            reg::REPORT_THRESHOLD_COMMIT,
            t1,
        );
        assert_eq!(r, resp::OKAY);
        c.run(300);
        assert_eq!(c.dues.len(), 2, "{n}: {:?}", c.dues);
        // A grant re-arms it with its own threshold.
        let t2 = c.cum_now() + 8_000;
        c.grant(&GrantBody {
            seq: 2,
            limits: Limits {
                report_threshold: t2,
                ..loose().limits
            },
            ..loose()
        });
        c.run(300);
        assert_eq!(c.dues.len(), 3, "{n}: {:?}", c.dues);
        let p = c.dues[2] as usize;
        assert!(c.cum[p - 2] >= t2 && c.cum[p - 3] < t2, "{n}");
        c.run(500);
        assert_eq!(c.dues.len(), 3, "{n}");
    });
}

#[test]
fn report_snapshot_words_are_the_report_table() {
    each_engine(|kind| {
        let mut c = Card::new(kind);
        let n = kind.name();
        c.work = 77;
        let s = P.epoch_shift;
        let expiry = ((c.cycle + 40) >> s) + 1;
        c.grant(&GrantBody {
            flags: grant_flag::CLEAR_TRIP,
            seq: 0x1_0000_0005,
            expiry_epoch: expiry,
            limits: Limits {
                cum_budget: (3u128 << 64) | 12345,
                window_budget: 900_000,
                window_len: 1000,
                baseline_ratio: 192,
                trip_ratio: 0,
                report_threshold: (1u128 << 40) + 17,
            },
            ..GrantBody::default()
        });
        // Run past the licence, then kill: a stable, tripped state.
        c.run(((expiry + 1) << s) + 100 - c.cycle);
        assert_eq!(c.write(reg::KILL, 1), resp::OKAY);
        c.run(10);
        // SNAPSHOT and snap_req in the same cycle: the counters agree.
        let snap_req = PinsIn {
            snap_req: true,
            ..PinsIn::default()
        };
        assert_eq!(c.write_with(reg::SNAPSHOT, 0, snap_req), resp::OKAY);
        let port: Vec<u32> = (0..128).map(|i| c.snap_word(i)).collect();
        let cycle = c.read_wide(reg::CYCLE_0, 2) as u64;
        let trip_cycles = [
            c.read_wide(reg::TRIP_CYCLE_CUM_BUDGET_0, 2) as u64,
            c.read_wide(reg::TRIP_CYCLE_KILL_REG_0, 2) as u64,
            c.read_wide(reg::TRIP_CYCLE_KILL_PIN_0, 2) as u64,
            c.read_wide(reg::TRIP_CYCLE_LICENSE_0, 2) as u64,
        ];
        let report = Report {
            device_epoch: cycle >> s,
            cycle,
            cum_work: c.read_wide(reg::CUM_WORK_0, 3),
            window_work: c.read(reg::WINDOW_WORK),
            status: c.read(reg::STATUS),
            trip_reasons: c.read(reg::TRIP_REASON),
            trip_cycles,
            limits: Limits {
                cum_budget: c.read_wide(reg::CUM_BUDGET_0, 3),
                window_budget: c.read(reg::WINDOW_BUDGET),
                window_len: c.read(reg::WINDOW_LEN),
                baseline_ratio: c.read(reg::BASELINE_RATIO) as u16,
                trip_ratio: c.read(reg::TRIP_RATIO) as u16,
                report_threshold: c.read_wide(reg::REPORT_THRESHOLD_0, 3),
            },
            license_expiry: c.read_wide(reg::LICENSE_EXPIRY_0, 2) as u64,
            last_grant_seq: c.read_wide(reg::LAST_GRANT_SEQ_0, 2) as u64,
            ..Report::default()
        };
        // The state the table is about really is there.
        assert_eq!(
            report.trip_reasons,
            trip::KILL_REG | trip::LICENSE_EXPIRED,
            "{n}"
        );
        assert!(report.cum_work > 0 && report.trip_cycles[3] > 0, "{n}");
        assert_eq!(report.last_grant_seq, 0x1_0000_0005, "{n}");
        let bytes = report.to_bytes();
        for (i, got) in port.iter().enumerate() {
            let expect = if (26..=60).contains(&i) {
                u32::from_le_bytes(bytes[4 * i..4 * i + 4].try_into().unwrap())
            } else {
                0
            };
            assert_eq!(*got, expect, "{n}: report word {i}");
        }
    });
}

/// The monitors raise nothing on the model under random grants (with
/// CLEAR_TRIP and, late, DECOMMISSION), snapshots, kills, and bus traffic
/// that reads every register and tries to loosen every limit.
#[test]
fn monitors_hold_under_random_grants() {
    use rand::{Rng, SeedableRng};
    let writable = [
        reg::BASELINE_RATIO,
        reg::TRIP_RATIO,
        reg::WINDOW_LEN,
        reg::WINDOW_BUDGET,
        reg::CUM_BUDGET_NEXT_0,
        reg::CUM_BUDGET_NEXT_1,
        reg::CUM_BUDGET_COMMIT,
        reg::REPORT_THRESHOLD_NEXT_0,
        reg::REPORT_THRESHOLD_NEXT_1,
        reg::REPORT_THRESHOLD_COMMIT,
        reg::KILL,
        reg::SNAPSHOT,
        reg::INTR_STATE,
    ];
    let mut grants = 0;
    let mut expired = 0;
    for seed in 0..6u64 {
        let params = [P, FuseParams::DEFAULT][(seed % 2) as usize];
        let mut e = Model::new(params);
        let mut stim = RandomStimulus::new(seed, params).with_side_ports(8);
        if seed % 3 == 2 {
            stim = stim.with_kills(5, 40_000);
        }
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let mut bus = AxiMaster::new();
        let mut mon = Monitors::new(params);
        for _ in 0..200_000 {
            let out = e.outputs();
            bus.observe(&out);
            let done = bus.take_completed();
            mon.begin_cycle(&out, &done);
            let mut pins = stim.next(&out);
            grants += u32::from(pins.grant_apply);
            expired += u32::from(pins.grant_apply && out.grant_expired);
            if bus.pending() < 4 && rng.gen_range(0..20) == 0 {
                let r = &capfuse_abi::REGISTERS[rng.gen_range(0..capfuse_abi::REGISTERS.len())];
                bus.read(r.offset);
            }
            if bus.pending() < 4 && rng.gen_range(0..60) == 0 {
                let addr = writable[rng.gen_range(0..writable.len())];
                let data = match rng.gen_range(0..3) {
                    0 => rng.gen(),
                    1 => rng.gen_range(0..300),
                    _ => rng.gen_range(0..2),
                };
                bus.write(addr, data, 0xf);
            }
            bus.drive(&mut pins);
            mon.end_cycle(&pins);
            e.step(&pins);
        }
        assert!(mon.all_passed(), "seed {seed}: {:#?}", mon.violations());
    }
    assert!(grants > 100, "only {grants} grants");
    // Random expiry words near the epoch: some applies are refused.
    assert!(
        expired > 10 && expired < grants,
        "{expired} of {grants} grants expired"
    );
    println!("{grants} grant applies, {expired} of them refused as expired");
}
