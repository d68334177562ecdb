//! The Verilator engine: it builds, powers up like the behavioural model,
//! follows the model cycle for cycle on simple traffic, reuses its cached
//! build, keeps models of different parameters apart in one process, and is
//! fast. Needs `verilator`, `g++` and `make`; without them these tests fail
//! with the install command.

use std::time::Instant;

use capfuse_abi::{reg, FuseParams, FUSE_ID, REGISTERS};
use capfuse_sim::engines::verilator::VerilatorEngine;
use capfuse_sim::model::Model;
use capfuse_sim::{Engine, EngineKind, PinsIn, PinsOut};

fn engine(params: FuseParams) -> VerilatorEngine {
    match VerilatorEngine::new(params) {
        Ok(e) => e,
        Err(e) => panic!("building the Verilator engine failed: {e:#}"),
    }
}

/// A small xorshift generator, so the test needs no seed plumbing.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Reads every register in turn (holding `rready`), with random work
/// reports, for `cycles` cycles.
fn read_traffic(cycles: usize, seed: u64) -> Vec<PinsIn> {
    let mut rng = Rng(seed);
    (0..cycles)
        .map(|i| {
            let r = rng.next();
            PinsIn {
                work_units: (r & 0x7ff) as u16,
                arvalid: i % 3 == 0,
                araddr: REGISTERS[(i / 3) % REGISTERS.len()].offset,
                rready: r & (1 << 20) != 0,
                bready: true,
                ..PinsIn::default()
            }
        })
        .collect()
}

#[test]
fn powers_up_like_the_model() {
    let e = engine(FuseParams::DEFAULT);
    assert_eq!(e.kind(), EngineKind::Verilator);
    let model = Model::new(FuseParams::DEFAULT);
    let out = e.outputs();
    assert_eq!(
        out,
        model.outputs(),
        "power-up outputs differ from the model"
    );
    assert!(
        !out.accel_clk_en,
        "the fuse must power up with the enable low"
    );
    assert!(out.awready && out.wready && out.arready);
    assert!(!out.bvalid && !out.rvalid && !out.irq);
}

#[test]
fn reads_the_id_register() {
    let mut e = engine(FuseParams::DEFAULT);
    e.step(&PinsIn {
        arvalid: true,
        araddr: reg::ID,
        ..PinsIn::default()
    });
    // the word is picked at the second edge
    assert!(!e.outputs().rvalid);
    e.step(&PinsIn::default());
    let out = e.outputs();
    assert!(out.rvalid);
    assert_eq!(out.rdata, FUSE_ID);
    assert_eq!(out.rresp, 0);
    e.step(&PinsIn {
        rready: true,
        ..PinsIn::default()
    });
    assert!(!e.outputs().rvalid);
}

#[test]
fn follows_the_model_and_batched_stepping_agrees() {
    let params = FuseParams::DEFAULT;
    let inputs = read_traffic(30_000, 0x9e37_79b9_7f4a_7c15);
    let mut model = Model::new(params);
    let mut stepped = engine(params);
    // The fast paths are the ones checked here: with the installed
    // Verilator the harness knows both internal names, so a cycle is one
    // call of the model's scheduler.
    assert!(
        stepped.one_eval_per_cycle(),
        "the one-eval cycle is not in use"
    );
    assert!(
        stepped.direct_eval(),
        "the cycle calls eval(), not the scheduler"
    );
    let mut trace = Vec::with_capacity(inputs.len());
    for (cycle, i) in inputs.iter().enumerate() {
        model.step(i);
        stepped.step(i);
        let (m, v) = (model.outputs(), stepped.outputs());
        if let Some((name, mv, vv)) = m.first_difference(&v) {
            panic!("cycle {cycle}: `{name}` is {mv:#x} in the model but {vv:#x} in Verilator");
        }
        trace.push(v);
    }
    let enabled = trace.iter().filter(|o| o.accel_clk_en).count();
    assert!(
        enabled > 0,
        "the enable never rose in {} cycles",
        trace.len()
    );

    let mut batched = engine(params);
    let batch: Vec<PinsOut> = batched.run(&inputs, true);
    assert_eq!(batch.len(), trace.len());
    if let Some(c) = (0..trace.len()).find(|&c| batch[c] != trace[c]) {
        panic!("run() and step() differ at cycle {c}");
    }
    assert_eq!(batched.outputs(), stepped.outputs());

    // repeat() is step() in a loop.
    let idle = PinsIn {
        work_units: 3,
        ..PinsIn::default()
    };
    batched.repeat(&idle, 1000);
    for _ in 0..1000 {
        stepped.step(&idle);
    }
    assert_eq!(batched.outputs(), stepped.outputs());
}

#[test]
fn reuses_the_cached_build_and_keeps_parameters_apart() {
    let a = engine(FuseParams::DEFAULT);
    let path = a.library_path().to_path_buf();
    assert!(path.is_file(), "{} missing", path.display());
    println!("Verilator model library: {}", path.display());
    if let Ok(secs) = std::fs::read_to_string(path.with_file_name("build-seconds.txt")) {
        println!("it took {} s to build", secs.trim());
    }
    // The library is the profile-guided build: the training executable
    // ran, and the library's compilation read its counts.
    let log = |name: &str| {
        std::fs::read_to_string(path.with_file_name(name))
            .unwrap_or_else(|e| panic!("{name} beside {}: {e}", path.display()))
    };
    assert!(
        log("build-train.log").contains("-fprofile-generate"),
        "the training executable was not instrumented"
    );
    assert!(
        log("build.log").contains("-fprofile-use"),
        "the library was not built with the training counts"
    );
    // A second engine of the same design loads the same library at once.
    let t = Instant::now();
    let b = engine(FuseParams::DEFAULT);
    assert_eq!(b.library_path(), path);
    assert!(
        t.elapsed().as_secs_f64() < 5.0,
        "cached engine took {:?}",
        t.elapsed()
    );

    // Other parameters give another library; both models live side by side
    // in this process and each behaves as its own parameters say.
    let other = FuseParams {
        max_work_per_cycle: 7,
        power_up_baseline_ratio: 256,
        ..FuseParams::DEFAULT
    };
    let mut c = engine(other);
    assert_ne!(c.library_path(), path);
    let mut model = Model::new(other);
    let mut d = b;
    let read_config = PinsIn {
        arvalid: true,
        araddr: reg::CONFIG,
        rready: true,
        work_units: 9,
        ..PinsIn::default()
    };
    // back-to-back reads answer every third cycle (handshake, the word's
    // pick, the response): the eighth step ends on a response
    for _ in 0..8 {
        c.step(&read_config);
        d.step(&read_config);
        model.step(&read_config);
        assert_eq!(c.outputs(), model.outputs());
    }
    assert!(c.outputs().rvalid && d.outputs().rvalid);
    assert_eq!(c.outputs().rdata, other.config_word());
    assert_eq!(d.outputs().rdata, FuseParams::DEFAULT.config_word());
    drop(a);
}
