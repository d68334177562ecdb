//! The three engines must agree on every output pin on every cycle.

use capfuse_abi::FuseParams;
use capfuse_sim::engines::new_engine;
use capfuse_sim::lockstep::{run_lockstep, RandomStimulus};
use capfuse_sim::model::Model;
use capfuse_sim::{Engine, EngineKind, PinsIn, PinsOut};

fn engines(kinds: &[EngineKind], params: FuseParams) -> Vec<Box<dyn Engine>> {
    kinds
        .iter()
        .map(|k| new_engine(*k, params).unwrap_or_else(|e| panic!("{} engine: {e:#}", k.name())))
        .collect()
}

const SMALL: FuseParams = FuseParams {
    max_work_per_cycle: 7,
    power_up_baseline_ratio: 256,
    ..FuseParams::DEFAULT
};

/// 16 segments of 62,500 cycles = 1,000,000 cycles through all three engines,
/// over two generator configurations, with kill storms late in some segments.
#[test]
fn three_engines_agree_for_a_million_cycles() {
    let sets = [FuseParams::DEFAULT, SMALL];
    let mut total = 0;
    for seg in 0..16u64 {
        let params = sets[(seg % 2) as usize];
        let mut e = engines(&EngineKind::ALL, params);
        let mut stim = RandomStimulus::new(0xcafe_0000 + seg, params);
        if seg % 4 == 3 {
            stim = stim.with_kills(20, 50_000);
        }
        let cycles = 62_500;
        if let Err(d) = run_lockstep(&mut e, &mut stim, cycles) {
            panic!("segment {seg} ({params:?}): {d}");
        }
        total += cycles;
    }
    assert_eq!(total, 1_000_000);
}

/// The crypto controller's side ports driven at random (grant words and
/// applies, report snapshots with address sweeps, interrupt pulses), with
/// a small epoch shift so licences lapse within the run: all three engines.
#[test]
fn three_engines_agree_with_grants_snapshots_and_licences() {
    let sets = [
        FuseParams {
            epoch_shift: 9,
            ..FuseParams::DEFAULT
        },
        FuseParams {
            epoch_shift: 6,
            ..SMALL
        },
        FuseParams {
            max_work_per_cycle: 300,
            power_up_baseline_ratio: 100,
            epoch_shift: 40,
        },
    ];
    for seg in 0..6u64 {
        let params = sets[(seg % 3) as usize];
        let mut e = engines(&EngineKind::ALL, params);
        // Two segments with a grant every ~100 cycles, so that grants land
        // in every phase of bus writes and commits.
        let rate = if seg >= 4 { 40 } else { 6 };
        let mut stim = RandomStimulus::new(0x9a47_0000 + seg, params).with_side_ports(rate);
        if seg % 3 == 1 {
            stim = stim.with_kills(10, 30_000);
        }
        if let Err(d) = run_lockstep(&mut e, &mut stim, 40_000) {
            panic!("segment {seg} ({params:?}): {d}");
        }
    }
}

/// The epoch shift's corners (0, either side of 32, the largest), model
/// against the rust-hdl engine with frequent grants.
#[test]
fn model_and_rtl_agree_across_epoch_shifts() {
    for s in [0u8, 1, 31, 32, 33, 63] {
        let params = FuseParams {
            max_work_per_cycle: 5,
            power_up_baseline_ratio: 100,
            epoch_shift: s,
        };
        let mut e = engines(&[EngineKind::Model, EngineKind::Rtl], params);
        let mut stim = RandomStimulus::new(0x5e00 + u64::from(s), params).with_side_ports(40);
        if let Err(d) = run_lockstep(&mut e, &mut stim, 15_000) {
            panic!("{params:?}: {d}");
        }
    }
}

/// More generator configurations, model against the rust-hdl engine only
/// (each Verilator configuration costs a compile).
#[test]
fn model_and_rtl_agree_across_parameters() {
    let sets = [
        FuseParams {
            max_work_per_cycle: 1,
            power_up_baseline_ratio: 0,
            ..FuseParams::DEFAULT
        },
        FuseParams {
            max_work_per_cycle: 65535,
            power_up_baseline_ratio: 255,
            ..FuseParams::DEFAULT
        },
        FuseParams {
            max_work_per_cycle: 300,
            power_up_baseline_ratio: 128,
            ..FuseParams::DEFAULT
        },
    ];
    for (i, params) in sets.into_iter().enumerate() {
        let mut e = engines(&[EngineKind::Model, EngineKind::Rtl], params);
        let mut stim = RandomStimulus::new(0xbeef + i as u64, params).with_kills(5, 30_000);
        if let Err(d) = run_lockstep(&mut e, &mut stim, 40_000) {
            panic!("{params:?}: {d}");
        }
    }
}

/// A model that lies about its enable from one cycle on: lockstep must
/// report exactly that cycle and signal.
struct Faulty {
    inner: Model,
    cycle: u64,
    from: u64,
}

impl Engine for Faulty {
    fn kind(&self) -> EngineKind {
        EngineKind::Verilator
    }
    fn outputs(&self) -> PinsOut {
        let mut o = self.inner.outputs();
        if self.cycle >= self.from {
            o.irq = !o.irq;
        }
        o
    }
    fn step(&mut self, i: &PinsIn) {
        self.cycle += 1;
        self.inner.step(i);
    }
}

#[test]
fn lockstep_reports_the_first_divergence() {
    let p = FuseParams::DEFAULT;
    let mut e: Vec<Box<dyn Engine>> = vec![
        Box::new(Model::new(p)),
        Box::new(Faulty {
            inner: Model::new(p),
            cycle: 0,
            from: 1234,
        }),
    ];
    let mut stim = RandomStimulus::new(1, p);
    let d = run_lockstep(&mut e, &mut stim, 5000).unwrap_err();
    assert_eq!(d.cycle, 1234);
    assert_eq!(d.signal, "irq");
    assert_eq!(d.reference.0, EngineKind::Model);
}
