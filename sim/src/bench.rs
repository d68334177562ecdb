//! The benchmark: engine speeds side by side, the fuse's reaction latencies
//! measured on every engine, and the synthesis figures from the open flow.

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
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            cycles: 2_000_000,
            min_seconds: 2.0,
            synth: true,
            engines: EngineKind::ALL.to_vec(),
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
    let params = FuseParams::DEFAULT;
    println!(
        "\n== engine speed: {} recorded cycles of random bus traffic, work and kills (max work {}, baseline {}/256)",
        opts.cycles, params.max_work_per_cycle, params.power_up_baseline_ratio
    );
    let rec = record(params, opts.cycles, 0x5eed);
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
        match measure_speed(*kind, &rec, opts.min_seconds) {
            Ok(s) => show(kind.name(), &s, ""),
            Err(e) => println!("{:<10} unavailable: {e:#}", kind.name()),
        }
        if *kind == EngineKind::Verilator {
            if let Ok(s) = measure_verilator_batched(&rec, opts.min_seconds) {
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
        match measure_latencies(*kind) {
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
        "(trip: crossing to enable low; unused: budget left when stopped, always < max work; \
         write latencies from VALID)"
    );

    if opts.synth {
        println!("\n== synthesis (FuseParams::DEFAULT)");
        let dir = capfuse_hdl::flow::work_dir("bench")?;
        let v = dir.join("capfuse_core.v");
        std::fs::write(&v, capfuse_hdl::generate_verilog(params))
            .with_context(|| format!("writing {}", v.display()))?;
        let report = capfuse_hdl::flow::run_all(&v, &dir)?;
        print!("{report}");
    }
    Ok(())
}

fn cpu_model() -> String {
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
            assert_eq!(l.read, 1, "{kind:?}");
            assert_eq!(l.limit_write_hold, 4, "{kind:?}");
            assert!(
                l.kill_write < l.limit_write_to_effect + 2,
                "{kind:?}: {l:?}"
            );
        }
    }
}
