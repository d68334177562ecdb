//! The benchmark: engine speeds side by side, the fuse's reaction latencies
//! measured on every engine, and the synthesis figures from the open flow;
//! then the Ed25519 engine: cycles per operation, its area and Fmax from the
//! open flow, and ed25519-dalek's software times on the same machine.

use crate::bus::AxiMaster;
use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use crate::engines::new_engine;
use crate::lockstep::RandomStimulus;
use anyhow::{bail, Context, Result};
use capfuse_abi::{reg, FuseParams};
use std::time::Instant;

/// How much to run.
#[derive(Clone, Debug)]
pub struct BenchOptions {
    /// Cycles in the recorded workload that every engine replays.
    pub cycles: u64,
    /// Minimum wall time per engine speed measurement, seconds.
    pub min_seconds: f64,
    /// Run the synthesis flow (yosys, nextpnr) too.
    pub synth: bool,
    /// Engines to measure.
    pub engines: Vec<EngineKind>,
    /// Run the fuse-core sections (engine speed, latencies, synthesis of
    /// the fuse alone, `capfuse_fuse`).
    pub fuse_core: bool,
    /// Run the Ed25519 engine section.
    pub ed25519: bool,
    /// Run the card section (`capfuse_card`: cycles of its sequences, and
    /// with `synth` its synthesis and place and route).
    pub card: bool,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            cycles: 2_000_000,
            min_seconds: 2.0,
            synth: true,
            engines: EngineKind::ALL.to_vec(),
            fuse_core: true,
            ed25519: true,
            card: true,
        }
    }
}

/// Speed of one engine on the recorded workload.
#[derive(Clone, Debug)]
pub struct EngineSpeed {
    /// The engine.
    pub kind: EngineKind,
    /// Cycles stepped.
    pub cycles: u64,
    /// Wall time, seconds.
    pub seconds: f64,
    /// Whether the engine's outputs matched the recording on every cycle.
    pub matched: bool,
}

impl EngineSpeed {
    /// Cycles per second.
    pub fn rate(&self) -> f64 {
        self.cycles as f64 / self.seconds
    }
}

/// A recorded run: inputs of every cycle and a digest of the outputs.
pub struct Recording {
    /// Generator parameters.
    pub params: FuseParams,
    /// Inputs, one per cycle.
    pub inputs: Vec<PinsIn>,
    /// Outputs before each cycle's edge, plus the final outputs.
    pub outputs: Vec<PinsOut>,
}

/// Records `cycles` cycles of random traffic against the model.
pub fn record(params: FuseParams, cycles: u64, seed: u64) -> Recording {
    let mut m = crate::model::Model::new(params);
    let mut stim = RandomStimulus::new(seed, params);
    let mut inputs = Vec::with_capacity(cycles as usize);
    let mut outputs = Vec::with_capacity(cycles as usize);
    for _ in 0..cycles {
        let o = m.outputs();
        let i = stim.next(&o);
        m.step(&i);
        inputs.push(i);
        outputs.push(o);
    }
    outputs.push(m.outputs());
    Recording {
        params,
        inputs,
        outputs,
    }
}

/// Replays the recording into fresh engines of `kind` until `min_seconds`
/// have passed (at least once), timing only the engine's own work.
pub fn measure_speed(kind: EngineKind, rec: &Recording, min_seconds: f64) -> Result<EngineSpeed> {
    let mut cycles = 0u64;
    let mut seconds = 0.0;
    let mut matched = true;
    while seconds < min_seconds || cycles == 0 {
        let mut e = new_engine(kind, rec.params)?;
        // The slowest engine gets a prefix only, so a bench run stays short.
        let n = if kind == EngineKind::Rtl {
            rec.inputs.len().min(200_000)
        } else {
            rec.inputs.len()
        };
        let t = Instant::now();
        for i in &rec.inputs[..n] {
            e.step(i);
        }
        seconds += t.elapsed().as_secs_f64();
        cycles += n as u64;
        // Check the engine ended where the model did (cheap, outside the timing).
        let expect = rec.outputs.get(n).copied();
        if let Some(expect) = expect {
            matched &= e.outputs() == expect;
        }
    }
    Ok(EngineSpeed {
        kind,
        cycles,
        seconds,
        matched,
    })
}

/// Speed of the Verilator engine replaying the recording in batches of
/// 64k cycles per FFI call (the per-call overhead left out).
pub fn measure_verilator_batched(rec: &Recording, min_seconds: f64) -> Result<EngineSpeed> {
    let mut cycles = 0u64;
    let mut seconds = 0.0;
    let mut matched = true;
    while seconds < min_seconds || cycles == 0 {
        let mut e = crate::engines::verilator::VerilatorEngine::new(rec.params)?;
        let t = Instant::now();
        for chunk in rec.inputs.chunks(1 << 16) {
            e.run(chunk, false);
        }
        seconds += t.elapsed().as_secs_f64();
        cycles += rec.inputs.len() as u64;
        if let Some(expect) = rec.outputs.get(rec.inputs.len()) {
            matched &= e.outputs() == *expect;
        }
    }
    Ok(EngineSpeed {
        kind: EngineKind::Verilator,
        cycles,
        seconds,
        matched,
    })
}

/// Reaction latencies, in cycles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Latencies {
    /// From the cycle whose admitted work leaves less than one cycle's
    /// maximum in the budget to the first cycle with the enable low.
    pub trip: u64,
    /// Budget left unused when the cap stopped the accelerator.
    pub unused_budget: u64,
    /// From the kill pin's first high cycle to the first low enable.
    pub kill_pin: u64,
    /// From a KILL write's first valid cycle to the first low enable.
    pub kill_write: u64,
    /// From a limit write's first valid cycle to its response (the edge
    /// that applies it).
    pub limit_write_to_effect: u64,
    /// Cycles the enable is held low while a limit write is applied.
    pub limit_write_hold: u64,
    /// From ARVALID to RVALID.
    pub read: u64,
}

fn settle_bus(bus: &mut AxiMaster, e: &mut dyn Engine, pins: &mut PinsIn) -> Result<()> {
    let done = bus.run_until_idle(e, pins, 10_000)?;
    if let Some(c) = done.iter().find(|c| !c.okay()) {
        bail!("set-up write to {} was refused", c.target());
    }
    Ok(())
}

/// Measures the latencies on one engine.
pub fn measure_latencies(kind: EngineKind) -> Result<Latencies> {
    let params = FuseParams {
        max_work_per_cycle: 1024,
        power_up_baseline_ratio: 256,
        ..FuseParams::DEFAULT
    };
    let w = u64::from(params.max_work_per_cycle);

    // Trip: a budget that does not divide by the work per cycle.
    let mut e = new_engine(kind, params)?;
    let mut bus = AxiMaster::new();
    let mut pins = PinsIn::default();
    let budget: u64 = 100 * w + 7;
    bus.set_cum_budget(u128::from(budget));
    settle_bus(&mut bus, e.as_mut(), &mut pins)?;
    pins.work_units = params.max_work_per_cycle;
    let (mut admitted, mut crossing, mut trip) = (0u64, None, None);
    for cycle in 0..10_000u64 {
        let en = e.outputs().accel_clk_en;
        if en {
            admitted += w;
        }
        if crossing.is_none() && budget - admitted < w {
            crossing = Some(cycle);
        }
        if let (Some(c), None) = (crossing, trip) {
            if cycle > c && !en {
                trip = Some(cycle - c);
            }
        }
        e.step(&pins);
    }
    let (Some(trip), true) = (trip, admitted <= budget) else {
        bail!(
            "{}: the cap did not stop the accelerator within the budget",
            kind.name()
        );
    };
    let unused_budget = budget - admitted;

    // Kill pin.
    let mut e = new_engine(kind, params)?;
    let mut pins = PinsIn::default();
    for _ in 0..10 {
        e.step(&pins);
    }
    pins.kill = true;
    let mut kill_pin = None;
    for n in 0..10u64 {
        e.step(&pins);
        if !e.outputs().accel_clk_en {
            kill_pin = Some(n + 1);
            break;
        }
    }
    let kill_pin = kill_pin.context("kill pin had no effect")?;

    // KILL write, and a limit write (BASELINE_RATIO 256 -> 128).
    let write_latency = |addr: u16, value: u32| -> Result<(u64, u64, u64)> {
        let mut e = new_engine(kind, params)?;
        let mut bus = AxiMaster::new();
        let mut pins = PinsIn::default();
        for _ in 0..10 {
            bus.clock(e.as_mut(), &mut pins);
        }
        let start = bus.cycle();
        bus.write(addr, value, 0xf);
        let (mut low, mut held, mut resp) = (None, 0u64, None);
        for _ in 0..50 {
            let out = bus.clock(e.as_mut(), &mut pins);
            let now = bus.cycle() - 1;
            if !out.accel_clk_en && resp.is_none() && now > start {
                held += 1;
                low.get_or_insert(now - start);
            }
            if let Some(c) = bus.take_completed().first() {
                resp.get_or_insert(c.completed - start);
            }
        }
        Ok((
            low.context("enable never went low")?,
            resp.context("no response")?,
            held,
        ))
    };
    let (kill_write, _, _) = write_latency(reg::KILL, 1)?;
    let (_, limit_write_to_effect, limit_write_hold) = write_latency(reg::BASELINE_RATIO, 128)?;

    // Read.
    let mut e = new_engine(kind, params)?;
    let mut bus = AxiMaster::new();
    let mut pins = PinsIn::default();
    bus.read(reg::ID);
    let done = bus.run_until_idle(e.as_mut(), &mut pins, 100)?;
    let read = done
        .first()
        .map(|c| c.completed - c.issued)
        .context("no read response")?;

    Ok(Latencies {
        trip,
        unused_budget,
        kill_pin,
        kill_write,
        limit_write_to_effect,
        limit_write_hold,
        read,
    })
}

/// Runs the whole benchmark and prints it.
pub fn run(opts: &BenchOptions) -> Result<()> {
    println!("capfuse-sim bench");
    println!(
        "machine: {} cores, {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        cpu_model()
    );
    if opts.fuse_core {
        run_fuse_core(opts)?;
    }
    if opts.ed25519 {
        ed25519::run(opts)?;
    }
    if opts.card {
        card::run(opts)?;
    }
    Ok(())
}

/// The card top: the cycles of its sequences on the card model, and its
/// synthesis, place and route against the 100 MHz goal.
pub mod card {
    use std::time::Instant;

    use anyhow::{Context, Result};
    use capfuse_abi::formats::{grant_flag, GrantBody, Limits, MAX_96};
    use capfuse_hdl::flow::{self, Design, FlowReport, Target};
    use ed25519_dalek::{Signer, SigningKey};

    use crate::card::{example_authority_seed, CardParams};
    use crate::{EngineKind, SimBar};

    /// Lint, ECP5 synthesis with out-of-context place and route, and xcup
    /// synthesis of the example card (3 authority keys, k = 2).
    pub fn synth_flow() -> Result<FlowReport> {
        let p = CardParams::example();
        let dir = flow::work_dir("bench-card")?;
        let v = dir.join(format!("{}.v", capfuse_hdl::CARD_MODULE));
        let text = capfuse_hdl::generate_card_verilog(p.fuse, &p.authority_keys, p.threshold)?;
        std::fs::write(&v, text).with_context(|| format!("writing {}", v.display()))?;
        flow::run_design(&Design::CARD, &v, &dir)
    }

    /// Runs the card section and prints it.
    pub fn run(opts: &super::BenchOptions) -> Result<()> {
        println!("\n== Card top (capfuse_card: fuse core, Ed25519 engine, CryptoCtl, router)");
        let p = CardParams::example();
        let t = Instant::now();
        let mut stages = capfuse_progress::Progress::new();
        stages.stage("card model: key derivation, attest, grant check");
        let mut host = SimBar::card(EngineKind::Model, p.clone())?;
        host.wait_key_ready()?;
        let up = host.cycle();
        let c0 = host.cycle();
        host.attest(&[7; 32])?;
        let attest = host.cycle() - c0;
        let body = GrantBody {
            flags: grant_flag::CLEAR_TRIP,
            device_key: p.device_key(),
            seq: 1,
            boot_epoch: p.boot_epoch,
            expiry_epoch: u64::MAX,
            limits: Limits {
                cum_budget: MAX_96,
                window_budget: u32::MAX,
                window_len: 1,
                baseline_ratio: 256,
                trip_ratio: 0,
                report_threshold: MAX_96,
            },
            revoke_slot: 0,
        };
        let msg = body.to_bytes();
        let sigs: Vec<(u8, [u8; 64])> = [0u8, 2]
            .iter()
            .map(|&s| {
                let key = SigningKey::from_bytes(&example_authority_seed(s));
                (s, key.sign(&msg).to_bytes())
            })
            .collect();
        let out = host.submit_grant_raw(&msg, &sigs)?;
        drop(stages);
        println!(
            "card model ({:.1} s): key ready {} cycles after power-up (as polled), attest {} \
             cycles (host command to idle), grant check with 2 of 3 signatures {} cycles ({})",
            t.elapsed().as_secs_f64(),
            super::ed25519::group(up),
            super::ed25519::group(attest),
            super::ed25519::group(host.last_grant_cycles()),
            capfuse_abi::formats::grant_verdict::name(out.verdict)
        );
        if !opts.synth {
            println!("card area and Fmax: not measured (--no-synth)");
            return Ok(());
        }
        println!("card synthesis and place and route (takes many minutes) ...");
        let f = capfuse_progress::run("card: synthesis, place and route", synth_flow)
            .context("the card's synthesis flow")?;
        print!("{f}");
        if let Some(r) = f.target(Target::Ecp5) {
            if let (Some(fmax), Some(goal)) = (r.fmax_mhz, r.goal_mhz) {
                println!(
                    "  card ECP5-5G Fmax >= {goal:.0} MHz: {} ({fmax:.1} MHz); critical path {}",
                    super::ed25519::met(fmax >= goal),
                    super::ed25519::path_summary(&r.critical_path)
                );
            }
        }
        Ok(())
    }
}

/// The fuse-core sections: engine speed, latencies, synthesis.
fn run_fuse_core(opts: &BenchOptions) -> Result<()> {
    let params = FuseParams::DEFAULT;
    println!(
        "\n== engine speed: {} recorded cycles of random bus traffic, work and kills (max work {}, baseline {}/256)",
        opts.cycles, params.max_work_per_cycle, params.power_up_baseline_ratio
    );
    let rec = capfuse_progress::run(
        format!("recording {} cycles of workload", opts.cycles),
        || record(params, opts.cycles, 0x5eed),
    );
    let show = |label: &str, s: &EngineSpeed, note: &str| {
        println!(
            "{label:<10} {:>14.0} cycles/s  ({} cycles in {:.2} s{note}){}",
            s.rate(),
            s.cycles,
            s.seconds,
            if s.matched {
                ""
            } else {
                "  OUTPUTS DIFFER FROM THE MODEL"
            }
        )
    };
    for kind in &opts.engines {
        let speed = capfuse_progress::run(format!("{} engine speed", kind.name()), || {
            measure_speed(*kind, &rec, opts.min_seconds)
        });
        match speed {
            Ok(s) => show(kind.name(), &s, ""),
            Err(e) => println!("{:<10} unavailable: {e:#}", kind.name()),
        }
        if *kind == EngineKind::Verilator {
            let batched = capfuse_progress::run("verilator engine speed, batched", || {
                measure_verilator_batched(&rec, opts.min_seconds)
            });
            if let Ok(s) = batched {
                show("  batched", &s, ", 64k cycles per call");
            }
        }
    }

    println!("\n== latencies in cycles (max work 1024, ratio 256/256)");
    println!(
        "{:<10} {:>5} {:>7} {:>9} {:>11} {:>13} {:>10} {:>5}",
        "engine", "trip", "unused", "kill pin", "kill write", "limit write", "held", "read"
    );
    let mut all = Vec::new();
    for kind in &opts.engines {
        let latencies = capfuse_progress::run(format!("{} engine latencies", kind.name()), || {
            measure_latencies(*kind)
        });
        match latencies {
            Ok(l) => {
                println!(
                    "{:<10} {:>5} {:>7} {:>9} {:>11} {:>13} {:>10} {:>5}",
                    kind.name(),
                    l.trip,
                    l.unused_budget,
                    l.kill_pin,
                    l.kill_write,
                    l.limit_write_to_effect,
                    l.limit_write_hold,
                    l.read
                );
                all.push(l);
            }
            Err(e) => println!("{:<10} unavailable: {e:#}", kind.name()),
        }
    }
    if all.windows(2).any(|p| p[0] != p[1]) {
        println!("WARNING: engines disagree on latencies");
    }
    println!(
        "(trip: crossing to enable low; unused: budget left when stopped, < max work at full \
         work per cycle and < 2 x max work in general; \
         write latencies from VALID)"
    );

    if opts.synth {
        println!(
            "\n== synthesis of {} (FuseParams::DEFAULT; the core without the card's side ports)",
            capfuse_hdl::FUSE_MODULE
        );
        let dir = capfuse_hdl::flow::work_dir("bench")?;
        let v = dir.join(format!("{}.v", capfuse_hdl::FUSE_MODULE));
        std::fs::write(&v, capfuse_hdl::generate_fuse_verilog(params))
            .with_context(|| format!("writing {}", v.display()))?;
        let report = capfuse_progress::run("fuse core: lint, synthesis, place and route", || {
            capfuse_hdl::flow::run_all(&v, &dir)
        })?;
        print!("{report}");
    }
    Ok(())
}

/// The CPU model from `/proc/cpuinfo`.
pub fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

/// The Ed25519 engine's section of the bench.
pub mod ed25519 {
    use super::BenchOptions;
    use crate::ed25519::{Ed25519, EdEngine, EdModel, EdVerilator, Run};
    use anyhow::{bail, Context, Result};
    use capfuse_hdl::ed25519::isa::status;
    use capfuse_hdl::flow::{self, Design, FlowReport, Target};
    use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
    use std::hint::black_box;
    use std::time::Instant;

    /// Message lengths measured, bytes.
    pub const MSG_LENS: [usize; 4] = [0, 64, 256, 1024];

    /// Cycle targets of the engine (the issue): signing and verification.
    pub const SIGN_TARGET_CYCLES: u64 = 500_000;
    /// See [`SIGN_TARGET_CYCLES`].
    pub const VERIFY_TARGET_CYCLES: u64 = 1_000_000;
    /// ECP5-5G clock target, MHz.
    pub const FMAX_TARGET_MHZ: f64 = 100.0;
    /// ECP5 LUT4 budget.
    pub const LUT_TARGET: u64 = 15_000;
    /// ECP5 multiplier-block budget.
    pub const DSP_TARGET: u64 = 32;

    /// Seeds the cycle counts are taken over (verification time may depend
    /// on the data; signing should not).
    const SEEDS: [[u8; 32]; 3] = [[0x11; 32], [0x5a; 32], [0xc3; 32]];

    /// The message of `len` bytes used throughout.
    pub fn message(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 131 + 7) as u8).collect()
    }

    /// Cycle counts of one operation over [`SEEDS`].
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct OpCycles {
        /// Fewest cycles seen.
        pub min: u64,
        /// Most cycles seen (the figure reported and judged).
        pub max: u64,
    }

    impl OpCycles {
        fn of(v: &[u64]) -> OpCycles {
            OpCycles {
                min: v.iter().copied().min().unwrap_or(0),
                max: v.iter().copied().max().unwrap_or(0),
            }
        }

        fn show(&self) -> String {
            if self.min == self.max {
                group(self.max)
            } else {
                format!("{} ({}..)", group(self.max), group(self.min))
            }
        }
    }

    /// The engine's cycles: public key, and per message length signing and
    /// verification.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Cycles {
        /// Public-key derivation.
        pub pubkey: OpCycles,
        /// (message length, signing, verification).
        pub per_len: Vec<(usize, OpCycles, OpCycles)>,
    }

    /// A message length with its signing and verification runs.
    pub type LenRuns = (usize, Run, Run);

    /// One seed's runs on `engine`: pubkey, then for every length a
    /// signature (checked against ed25519-dalek) and its verification
    /// (which must accept).
    pub fn runs_on(
        engine: &mut dyn EdEngine,
        seed: [u8; 32],
        lens: &[usize],
    ) -> Result<(Run, Vec<LenRuns>)> {
        let sk = SigningKey::from_bytes(&seed);
        let pk = sk.verifying_key().to_bytes();
        let mut e = Ed25519::new(engine, seed);
        let (got_pk, pk_run) = e.pubkey().context("public key")?;
        if got_pk != pk {
            bail!("the engine's public key differs from ed25519-dalek's");
        }
        let mut out = Vec::new();
        for &len in lens {
            let msg = message(len);
            let (sig, sign_run) = e
                .sign(&msg)
                .with_context(|| format!("signing {len} bytes"))?;
            if sig != sk.sign(&msg).to_bytes() {
                bail!("the engine's signature over {len} bytes differs from ed25519-dalek's");
            }
            let verify_run = e
                .verify(&pk, &msg, &sig)
                .with_context(|| format!("verifying {len} bytes"))?;
            if verify_run.status != status::OK {
                bail!(
                    "the engine rejected a valid signature over {len} bytes: status {} ({})",
                    verify_run.status,
                    status::name(verify_run.status)
                );
            }
            out.push((len, sign_run, verify_run));
        }
        Ok((pk_run, out))
    }

    /// Cycle counts on the behavioural model over every seed.
    pub fn model_cycles() -> Result<Cycles> {
        let mut pubkey = Vec::new();
        let mut sign = vec![Vec::new(); MSG_LENS.len()];
        let mut verify = vec![Vec::new(); MSG_LENS.len()];
        for seed in SEEDS {
            let mut m = EdModel::new();
            let (pk, runs) = runs_on(&mut m, seed, &MSG_LENS)?;
            pubkey.push(pk.cycles);
            for (i, (_, s, v)) in runs.iter().enumerate() {
                sign[i].push(s.cycles);
                verify[i].push(v.cycles);
            }
        }
        Ok(Cycles {
            pubkey: OpCycles::of(&pubkey),
            per_len: MSG_LENS
                .iter()
                .enumerate()
                .map(|(i, &len)| (len, OpCycles::of(&sign[i]), OpCycles::of(&verify[i])))
                .collect(),
        })
    }

    /// The Verilator engine against the model on one case (first seed,
    /// 64 bytes): (model cycles, Verilator cycles) of pubkey, sign, verify.
    pub fn verilator_agrees() -> Result<Vec<(&'static str, u64, u64)>> {
        let mut m = EdModel::new();
        let (mp, mr) = runs_on(&mut m, SEEDS[0], &[64])?;
        let mut v = EdVerilator::new()?;
        let (vp, vr) = runs_on(&mut v, SEEDS[0], &[64])?;
        Ok(vec![
            ("pubkey", mp.cycles, vp.cycles),
            ("sign 64 B", mr[0].1.cycles, vr[0].1.cycles),
            ("verify 64 B", mr[0].2.cycles, vr[0].2.cycles),
        ])
    }

    /// Simulation speed of the Verilator engine on verifications of 64
    /// bytes: (cycles, seconds), at least `min_seconds` of verifying.
    pub fn verilator_speed(min_seconds: f64) -> Result<(u64, f64)> {
        let seed = SEEDS[0];
        let sk = SigningKey::from_bytes(&seed);
        let pk = sk.verifying_key().to_bytes();
        let msg = message(64);
        let sig = sk.sign(&msg).to_bytes();
        let mut v = EdVerilator::new()?;
        let mut e = Ed25519::new(&mut v, seed);
        let (mut cycles, mut seconds) = (0u64, 0f64);
        while seconds < min_seconds || cycles == 0 {
            let t = Instant::now();
            let run = e.verify(&pk, &msg, &sig)?;
            seconds += t.elapsed().as_secs_f64();
            if run.status != status::OK {
                bail!("the Verilator engine rejected a valid signature");
            }
            // The command's cycles; the host's ~60 cycles of buffer loads
            // and result reads per run are timed but not counted (< 0.01 %).
            cycles += run.cycles;
        }
        Ok((cycles, seconds))
    }

    /// Median time per call of `f`, µs: `batches` batches of `per_batch`
    /// calls each.
    pub fn median_us(batches: usize, per_batch: usize, mut f: impl FnMut()) -> f64 {
        f(); // warm up
        let mut t: Vec<f64> = (0..batches)
            .map(|_| {
                let s = Instant::now();
                for _ in 0..per_batch {
                    f();
                }
                s.elapsed().as_secs_f64() * 1e6 / per_batch as f64
            })
            .collect();
        t.sort_by(f64::total_cmp);
        t[t.len() / 2]
    }

    /// ed25519-dalek's software times on this machine, µs (median per op):
    /// key derivation, and per length signing and strict verification.
    #[derive(Clone, Debug)]
    pub struct Dalek {
        /// `SigningKey::from_bytes` (derives the public key).
        pub pubkey_us: f64,
        /// (length, sign µs, verify_strict µs).
        pub per_len: Vec<(usize, f64, f64)>,
    }

    /// Times ed25519-dalek: 41 batches of 50 operations each.
    pub fn dalek_times() -> Dalek {
        let (batches, per) = (41, 50);
        let seed = SEEDS[0];
        let sk = SigningKey::from_bytes(&seed);
        let vk: VerifyingKey = sk.verifying_key();
        let pubkey_us = median_us(batches, per, || {
            black_box(SigningKey::from_bytes(black_box(&seed)).verifying_key());
        });
        let per_len = MSG_LENS
            .iter()
            .map(|&len| {
                let msg = message(len);
                let sig: Signature = sk.sign(&msg);
                let s = median_us(batches, per, || {
                    black_box(sk.sign(black_box(&msg)));
                });
                let v = median_us(batches, per, || {
                    black_box(vk.verify_strict(black_box(&msg), black_box(&sig)).is_ok());
                });
                (len, s, v)
            })
            .collect();
        Dalek { pubkey_us, per_len }
    }

    /// `n` with thousands separators.
    pub fn group(n: u64) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    fn us(cycles: u64, mhz: f64) -> f64 {
        cycles as f64 / mhz
    }

    pub(crate) fn met(ok: bool) -> &'static str {
        if ok {
            "met"
        } else {
            "NOT MET"
        }
    }

    /// Runs the Ed25519 section and prints it.
    pub fn run(opts: &BenchOptions) -> Result<()> {
        println!("\n== Ed25519 engine");
        if cfg!(debug_assertions) {
            println!(
                "WARNING: a debug build; software times are not representative \
                 (use cargo run --release)"
            );
        }
        let t = Instant::now();
        let cycles = capfuse_progress::run("Ed25519: behavioural model cycles", model_cycles)?;
        println!(
            "cycles from the behavioural model (EdModel), {} seeds, every signature equal \
             to ed25519-dalek's and every verification accepted ({:.1} s)",
            SEEDS.len(),
            t.elapsed().as_secs_f64()
        );

        let t = Instant::now();
        match capfuse_progress::run(
            "Ed25519: Verilator engine against the model",
            verilator_agrees,
        ) {
            Ok(rows) => {
                let same = rows.iter().all(|(_, a, b)| a == b);
                let list: Vec<String> = rows
                    .iter()
                    .map(|(n, a, b)| format!("{n} {} / {}", group(*a), group(*b)))
                    .collect();
                println!(
                    "Verilator engine vs model (model / Verilator cycles): {}: {} ({:.1} s \
                     with the build)",
                    list.join(", "),
                    if same { "identical" } else { "DIFFERENT" },
                    t.elapsed().as_secs_f64()
                );
                let speed = capfuse_progress::run("Ed25519: Verilator engine speed", || {
                    verilator_speed(opts.min_seconds)
                });
                match speed {
                    Ok((c, s)) => println!(
                        "Verilator engine simulation speed on verifications (64 B): {} cycles/s \
                         ({} cycles in {:.2} s)",
                        group((c as f64 / s) as u64),
                        group(c),
                        s
                    ),
                    Err(e) => println!("Verilator engine speed unavailable: {e:#}"),
                }
            }
            Err(e) => println!("Verilator engine unavailable: {e:#}"),
        }

        let t = Instant::now();
        let dalek = capfuse_progress::run("Ed25519: timing ed25519-dalek", dalek_times);
        println!(
            "ed25519-dalek timed ({:.1} s): median of 41 batches of 50 ops; verification is \
             verify_strict (the engine's rules)",
            t.elapsed().as_secs_f64()
        );

        let flow = if opts.synth {
            println!("synthesis and place and route (takes minutes) ...");
            match capfuse_progress::run("Ed25519: synthesis, place and route", synth_flow) {
                Ok(r) => Some(r),
                Err(e) => return Err(e.context("the Ed25519 engine's synthesis flow")),
            }
        } else {
            None
        };
        let ecp5 = flow.as_ref().and_then(|f| f.target(Target::Ecp5));
        let fmax = ecp5.and_then(|r| r.fmax_mhz);

        println!();
        let fmax_head = match fmax {
            Some(f) => format!("µs @{f:.1} MHz"),
            None => "µs @Fmax".into(),
        };
        println!(
            "{:<8} {:>9} {:>22} {:>15} {:>13} {:>10}",
            "op", "msg bytes", "engine cycles", fmax_head, "µs @100 MHz", "dalek µs"
        );
        let row = |op: &str, len: &str, c: &OpCycles, dalek_us: f64| {
            let at_fmax = fmax.map_or("-".to_string(), |f| format!("{:.1}", us(c.max, f)));
            println!(
                "{:<8} {:>9} {:>22} {:>15} {:>13.1} {:>10.1}",
                op,
                len,
                c.show(),
                at_fmax,
                us(c.max, 100.0),
                dalek_us
            );
        };
        row("pubkey", "-", &cycles.pubkey, dalek.pubkey_us);
        for ((len, s, _), (_, ds, _)) in cycles.per_len.iter().zip(&dalek.per_len) {
            row("sign", &len.to_string(), s, *ds);
        }
        for ((len, _, v), (_, _, dv)) in cycles.per_len.iter().zip(&dalek.per_len) {
            row("verify", &len.to_string(), v, *dv);
        }
        println!(
            "(cycles: the largest over the seeds, the smallest in brackets where they differ; \
             time = cycles / clock)"
        );

        if let Some(f) = &flow {
            println!();
            print!("{f}");
            for r in &f.targets {
                println!(
                    "  {} cells: LUT {} | FF {} | DSP {} | BRAM {} | carry {} ({} top-level \
                     port bits)",
                    r.target, r.luts, r.ffs, r.dsp, r.bram, r.carries, r.port_bits
                );
                let list: Vec<String> = r.cells.iter().map(|(c, n)| format!("{c} {n}")).collect();
                println!("    yosys: {}", list.join(", "));
                if r.out_of_context {
                    println!(
                        "    placed --out-of-context: {} port bits exceed the {} user I/O of \
                         CABGA381",
                        r.port_bits,
                        flow::ECP5_CABGA381_USER_IO
                    );
                }
                if !r.critical_path.is_empty() {
                    if r.fmax_mhz.is_some_and(|f| f < FMAX_TARGET_MHZ) {
                        println!("    nextpnr critical path:");
                        for l in &r.critical_path {
                            println!("      {l}");
                        }
                    } else {
                        println!(
                            "    nextpnr critical path: {}",
                            path_summary(&r.critical_path)
                        );
                    }
                }
            }
        }

        let worst_sign = cycles.per_len.iter().map(|x| x.1.max).max().unwrap_or(0);
        let worst_verify = cycles.per_len.iter().map(|x| x.2.max).max().unwrap_or(0);
        println!("\ntargets:");
        println!(
            "  signing <= {} cycles: {} (worst {} at up to 1024 B; Caliptra ECDSA-P384 ~933k)",
            group(SIGN_TARGET_CYCLES),
            met(worst_sign <= SIGN_TARGET_CYCLES),
            group(worst_sign)
        );
        println!(
            "  verification <= {} cycles: {} (worst {}; Caliptra ECDSA-P384 ~1.22M)",
            group(VERIFY_TARGET_CYCLES),
            met(worst_verify <= VERIFY_TARGET_CYCLES),
            group(worst_verify)
        );
        match ecp5 {
            Some(r) => {
                if let Some(f) = r.fmax_mhz {
                    println!(
                        "  ECP5-5G Fmax >= {FMAX_TARGET_MHZ:.0} MHz: {} ({f:.1} MHz)",
                        met(f >= FMAX_TARGET_MHZ)
                    );
                }
                println!(
                    "  ECP5 LUT4 <= {}: {} ({})",
                    group(LUT_TARGET),
                    met(r.luts <= LUT_TARGET),
                    group(r.luts)
                );
                println!(
                    "  ECP5 multipliers <= {DSP_TARGET}: {} ({} MULT18X18D)",
                    met(r.dsp <= DSP_TARGET),
                    r.dsp
                );
            }
            None => println!("  area and Fmax: not measured (--no-synth)"),
        }
        Ok(())
    }

    /// One line for a nextpnr critical path: first source, last sink,
    /// total delay and the logic/routing split.
    pub fn path_summary(path: &[String]) -> String {
        let steps: Vec<(&str, &str)> = path
            .iter()
            .filter_map(|l| {
                let (_, name) = l.split_once(" Source ")?;
                let total = l.split_whitespace().nth(2)?;
                Some((total, name.trim()))
            })
            .collect();
        let split = path.last().map_or("", |l| l.trim());
        match (steps.first(), steps.last()) {
            (Some((_, from)), Some((total, to))) => {
                format!("{total} ns from {from} to {to} ({split})")
            }
            _ => split.to_string(),
        }
    }

    /// Lint, ECP5 synthesis and place and route, and xcup synthesis of the
    /// engine.
    pub fn synth_flow() -> Result<FlowReport> {
        let dir = flow::work_dir("bench-ed25519")?;
        let v = dir.join(format!("{}.v", capfuse_hdl::ED25519_MODULE));
        std::fs::write(&v, capfuse_hdl::generate_ed25519_verilog())
            .with_context(|| format!("writing {}", v.display()))?;
        flow::run_design(&Design::ED25519, &v, &dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The latencies the documentation promises, on the two engines that
    /// need no external tool (the Verilator engine is compared in lockstep).
    #[test]
    fn latencies_are_as_specified() {
        for kind in [EngineKind::Model, EngineKind::Rtl] {
            let l = measure_latencies(kind).unwrap();
            assert_eq!(l.trip, 1, "{kind:?}");
            assert!(l.unused_budget < 1024, "{kind:?}");
            assert_eq!(l.kill_pin, 1, "{kind:?}");
            assert_eq!(l.read, 2, "{kind:?}");
            assert_eq!(l.limit_write_hold, 4, "{kind:?}");
            assert!(
                l.kill_write < l.limit_write_to_effect + 2,
                "{kind:?}: {l:?}"
            );
        }
    }

    #[test]
    fn ed25519_cycles_meet_the_targets() {
        use super::ed25519::*;
        let c = model_cycles().unwrap();
        // Key derivation and signing do not depend on the data.
        assert_eq!(c.pubkey.min, c.pubkey.max, "{c:?}");
        for (len, sign, verify) in &c.per_len {
            assert_eq!(sign.min, sign.max, "signing {len} B: {c:?}");
            assert!(sign.max <= SIGN_TARGET_CYCLES, "signing {len} B: {c:?}");
            assert!(
                verify.max <= VERIFY_TARGET_CYCLES,
                "verifying {len} B: {c:?}"
            );
        }
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1_000), "1,000");
        assert_eq!(group(433_659), "433,659");
        assert_eq!(group(1_234_567), "1,234,567");
        let path: Vec<String> = [
            "Critical path report for clock 'clock' (posedge -> posedge):",
            "       type curr  total name",
            "   clk-to-q  1.36  1.36 Source rom.mem.0.0.DOA13",
            "    routing  1.74  3.10 Net f_a[3] (28,10) -> (19,21)",
            "      setup  0.00  8.27 Source sha.lastb.q_TRELLIS_FF_Q.DI",
            " 3.54 ns logic, 4.74 ns routing",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            path_summary(&path),
            "8.27 ns from rom.mem.0.0.DOA13 to sha.lastb.q_TRELLIS_FF_Q.DI \
             (3.54 ns logic, 4.74 ns routing)"
        );
    }
}
