//! Every engine decodes every register exactly as the abi map says: reset
//! values, access types, unmapped and unaligned addresses, and the
//! tighten-only direction of every limit.

use capfuse_abi::{err, reg, resp, Access, Class, FuseParams, Stricter, REGISTERS};
use capfuse_sim::bus::AxiMaster;
use capfuse_sim::engines::new_engine;
use capfuse_sim::{Engine, EngineKind, PinsIn};

struct Card {
    e: Box<dyn Engine>,
    bus: AxiMaster,
    pins: PinsIn,
}

impl Card {
    fn new(kind: EngineKind, params: FuseParams) -> Card {
        let e = new_engine(kind, params).unwrap_or_else(|e| panic!("{}: {e:#}", kind.name()));
        Card {
            e,
            bus: AxiMaster::new(),
            pins: PinsIn::default(),
        }
    }
    fn read(&mut self, addr: u16) -> (u32, u8) {
        self.bus.read(addr);
        let c = self
            .bus
            .run_until_idle(self.e.as_mut(), &mut self.pins, 100)
            .unwrap();
        (c[0].data, c[0].resp)
    }
    fn write(&mut self, addr: u16, data: u32) -> u8 {
        self.bus.write(addr, data, 0xf);
        let c = self
            .bus
            .run_until_idle(self.e.as_mut(), &mut self.pins, 100)
            .unwrap();
        c[0].resp
    }
}

fn params() -> [FuseParams; 2] {
    [
        FuseParams::DEFAULT,
        FuseParams {
            max_work_per_cycle: 77,
            power_up_baseline_ratio: 200,
            ..FuseParams::DEFAULT
        },
    ]
}

fn check_engine(kind: EngineKind) {
    for p in params() {
        let mut card = Card::new(kind, p);
        for r in REGISTERS {
            let (data, code) = card.read(r.offset);
            assert_eq!(code, resp::OKAY, "{} read of {}", kind.name(), r.name);
            let expect = match r.name {
                // live registers that move from cycle 0 or carry status bits
                "STATUS" => data,
                _ if r.access == Access::Wo => 0,
                _ => p.reset_value(r),
            };
            assert_eq!(
                data,
                expect,
                "{}: {} reads {data:#x}, map says {expect:#x}",
                kind.name(),
                r.name
            );
        }
        // Unmapped and unaligned addresses answer SLVERR on reads and writes.
        for addr in [
            0x0dcu16,
            0x0f0,
            0x100,
            0xffc,
            reg::STATUS + 1,
            reg::KILL + 2,
        ] {
            assert_eq!(
                card.read(addr).1,
                resp::SLVERR,
                "{} read {addr:#x}",
                kind.name()
            );
            assert_eq!(
                card.write(addr, 0),
                resp::SLVERR,
                "{} write {addr:#x}",
                kind.name()
            );
        }
        assert_eq!(card.read(reg::ERR_CODE).0 & err::UNMAPPED, err::UNMAPPED);
        // Read-only registers refuse writes and keep their value.
        for r in REGISTERS
            .iter()
            .filter(|r| r.access == Access::Ro && r.name != "STATUS")
        {
            let before = card.read(r.offset).0;
            assert_eq!(
                card.write(r.offset, !before),
                resp::SLVERR,
                "{} write {}",
                kind.name(),
                r.name
            );
            let after = card.read(r.offset).0;
            match r.name {
                // counts this very refusal
                "REFUSED_WRITES" => assert_eq!(after, before + 1, "{}", kind.name()),
                _ => assert_eq!(after, before, "{} {} changed", kind.name(), r.name),
            }
        }
        assert_eq!(card.read(reg::ERR_CODE).0 & err::READ_ONLY, err::READ_ONLY);
        // Every single-word limit refuses the looser direction and accepts the stricter.
        for r in REGISTERS
            .iter()
            .filter(|r| r.class == Class::Limit && r.access == Access::Rw)
        {
            let cur = card.read(r.offset).0;
            let (looser, stricter) = match r.stricter {
                Stricter::Lower => (cur.checked_add(1), cur.checked_sub(1)),
                Stricter::Higher => (
                    cur.checked_sub(1).filter(|v| *v >= r.min),
                    cur.checked_add(1),
                ),
                Stricter::NotALimit => unreachable!(),
            };
            if let Some(v) = looser.filter(|v| *v <= r.max) {
                assert_eq!(
                    card.write(r.offset, v),
                    resp::SLVERR,
                    "{} loosen {}",
                    kind.name(),
                    r.name
                );
                assert_eq!(
                    card.read(r.offset).0,
                    cur,
                    "{} {} loosened",
                    kind.name(),
                    r.name
                );
            }
            if let Some(v) = stricter {
                assert_eq!(
                    card.write(r.offset, v),
                    resp::OKAY,
                    "{} tighten {}",
                    kind.name(),
                    r.name
                );
                assert_eq!(
                    card.read(r.offset).0,
                    v,
                    "{} {} not applied",
                    kind.name(),
                    r.name
                );
            }
        }
        // The 96-bit budget: staging is free, a looser commit is refused.
        assert_eq!(card.write(reg::CUM_BUDGET_NEXT_2, 0), resp::OKAY);
        assert_eq!(card.write(reg::CUM_BUDGET_COMMIT, 1), resp::OKAY);
        assert_eq!(card.read(reg::CUM_BUDGET_2).0, 0);
        assert_eq!(card.write(reg::CUM_BUDGET_NEXT_2, 1), resp::OKAY);
        assert_eq!(card.write(reg::CUM_BUDGET_COMMIT, 1), resp::SLVERR);
        assert_eq!(card.read(reg::CUM_BUDGET_2).0, 0);
        assert_eq!(
            card.read(reg::ERR_CODE).0 & err::LOOSEN_REFUSED,
            err::LOOSEN_REFUSED
        );
        // The 96-bit report threshold: the same, and only bit 0 commits.
        assert_eq!(card.write(reg::ERR_CODE, 0xffff_ffff), resp::OKAY);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_NEXT_0, 500), resp::OKAY);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_NEXT_1, 0), resp::OKAY);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_NEXT_2, 0), resp::OKAY);
        assert_eq!(card.read(reg::REPORT_THRESHOLD_NEXT_0).0, 500);
        assert_eq!(card.read(reg::REPORT_THRESHOLD_0).0, u32::MAX);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_COMMIT, 2), resp::OKAY);
        assert_eq!(card.read(reg::REPORT_THRESHOLD_2).0, u32::MAX);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_COMMIT, 1), resp::OKAY);
        assert_eq!(
            [
                card.read(reg::REPORT_THRESHOLD_0).0,
                card.read(reg::REPORT_THRESHOLD_1).0,
                card.read(reg::REPORT_THRESHOLD_2).0
            ],
            [500, 0, 0]
        );
        assert_eq!(card.write(reg::REPORT_THRESHOLD_NEXT_0, 501), resp::OKAY);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_COMMIT, 1), resp::SLVERR);
        assert_eq!(card.read(reg::REPORT_THRESHOLD_0).0, 500);
        assert_eq!(card.read(reg::ERR_CODE).0, err::LOOSEN_REFUSED);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_NEXT_0, 499), resp::OKAY);
        assert_eq!(card.write(reg::REPORT_THRESHOLD_COMMIT, 1), resp::OKAY);
        assert_eq!(card.read(reg::REPORT_THRESHOLD_0).0, 499);
        // rw1c: clearing ERR_CODE
        assert_eq!(card.write(reg::ERR_CODE, 0xffff_ffff), resp::OKAY);
        assert_eq!(card.read(reg::ERR_CODE).0, 0);
    }
}

#[test]
fn model_decodes_the_map() {
    check_engine(EngineKind::Model);
}

#[test]
fn rtl_decodes_the_map() {
    check_engine(EngineKind::Rtl);
}

#[test]
fn verilator_decodes_the_map() {
    check_engine(EngineKind::Verilator);
}
