//! Runs a scenario through an engine: drives the workload, the kill pin and
//! the bus, polls status, samples counters, follows trips from the
//! interrupt, evaluates the monitors and the scenario's expectations, and
//! reports.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use anyhow::Context as _;
use capfuse_abi::{reg, register_named, resp, trip, wide_words, FuseParams, Register};

use crate::bus::{counter_registers, AxiMaster, Completion, TxnId};
use crate::engine::{EngineKind, PinsIn};
use crate::monitor::{Monitors, Verdict};
use crate::scenario::{ActionKind, Scenario};
use crate::vcd::VcdWriter;
use crate::workload::{self, WorkCtx};

/// How to run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Engine.
    pub engine: EngineKind,
    /// Write a VCD of every pin here.
    pub vcd: Option<PathBuf>,
    /// Give up when a bus transaction is unanswered for this many cycles.
    pub bus_timeout: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            engine: EngineKind::Model,
            vcd: None,
            bus_timeout: 2000,
        }
    }
}

/// Counter values from one snapshot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sample {
    /// The snapshot's `CYCLE`.
    pub cycle: u64,
    /// `CUM_WORK`.
    pub cum_work: u128,
    /// `ENABLED_CYCLES`.
    pub enabled: u64,
    /// `STOPPED_CYCLES`.
    pub stopped: u64,
    /// `PACED_CYCLES`.
    pub paced: u64,
    /// `THROTTLED_CYCLES`.
    pub throttled: u64,
    /// `WINDOW_WORK`.
    pub window_work: u32,
    /// `WINDOW_CYCLE`.
    pub window_cycle: u32,
    /// Every counter word read, by register name.
    pub words: Vec<(&'static str, u32)>,
}

impl Sample {
    fn from_words(words: &HashMap<&'static str, u32>) -> Sample {
        let wide = |name: &str| -> u128 {
            crate::bus::assemble_wide(name, |r| words.get(r.name).copied()).unwrap_or(0)
        };
        let mut list: Vec<(&'static str, u32)> = words.iter().map(|(k, v)| (*k, *v)).collect();
        list.sort();
        Sample {
            cycle: wide("CYCLE") as u64,
            cum_work: wide("CUM_WORK"),
            enabled: wide("ENABLED_CYCLES") as u64,
            stopped: wide("STOPPED_CYCLES") as u64,
            paced: wide("PACED_CYCLES") as u64,
            throttled: wide("THROTTLED_CYCLES") as u64,
            window_work: wide("WINDOW_WORK") as u32,
            window_cycle: wide("WINDOW_CYCLE") as u32,
            words: list,
        }
    }

    /// A counter by name (wide name or single-word register).
    pub fn counter(&self, name: &str) -> Option<u128> {
        let get = |r: &Register| self.words.iter().find(|w| w.0 == r.name).map(|w| w.1);
        if wide_words(name).is_empty() {
            register_named(name).and_then(|r| get(r).map(u128::from))
        } else {
            crate::bus::assemble_wide(name, get)
        }
    }
}

/// A trip, from the interrupt (or a poll) and the trip-time registers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TripEvent {
    /// The `TRIP_REASON` bit.
    pub reason: u32,
    /// Its name (`cum_budget`...).
    pub name: String,
    /// `TRIP_CYCLE_*`.
    pub cycle: u64,
    /// Cycle the interrupt rose, if it was reported by one.
    pub irq_cycle: Option<u64>,
}

/// One line of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    /// When.
    pub cycle: u64,
    /// `trip`, `irq`, `action`, `kill_pin`, `sample`, `expect`.
    pub kind: &'static str,
    /// What.
    pub text: String,
}

/// The outcome of one expectation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectationResult {
    /// `[[action]]` index in the file.
    pub index: usize,
    /// What was expected.
    pub what: String,
    /// Whether it held.
    pub passed: bool,
    /// What was seen.
    pub seen: String,
}

/// Everything a run produced.
#[derive(Clone, Debug)]
pub struct RunReport {
    /// Scenario name.
    pub scenario: String,
    /// Scenario description.
    pub description: Option<String>,
    /// Engine used.
    pub engine: EngineKind,
    /// Fuse parameters.
    pub params: FuseParams,
    /// Cycles of the scenario.
    pub cycles: u64,
    /// Cycles actually stepped (the scenario plus the final reads).
    pub cycles_run: u64,
    /// Timeline, in cycle order.
    pub timeline: Vec<TimelineEntry>,
    /// Trips.
    pub trips: Vec<TripEvent>,
    /// Periodic samples.
    pub samples: Vec<Sample>,
    /// The final snapshot.
    pub summary: Sample,
    /// Final `TRIP_REASON`, `REFUSED_WRITES`, `ERR_CODE`, `STATUS`.
    pub trip_reason: u32,
    /// Final `REFUSED_WRITES`.
    pub refused_writes: u32,
    /// Final `ERR_CODE`.
    pub err_code: u32,
    /// Final `STATUS`.
    pub status: u32,
    /// Cumulative budget in force at the end (monitors' account).
    pub cum_budget: u128,
    /// Work admitted by the pins' account.
    pub admitted: u128,
    /// Invariant verdicts.
    pub verdicts: Vec<Verdict>,
    /// Expectation results.
    pub expectations: Vec<ExpectationResult>,
}

impl RunReport {
    /// True when every invariant and every expectation held.
    pub fn passed(&self) -> bool {
        self.verdicts.iter().all(Verdict::passed) && self.expectations.iter().all(|e| e.passed)
    }
}

#[derive(Clone, Copy, Debug)]
enum Purpose {
    /// The txn that answers action `idx` (the last of its writes).
    Action(usize),
    /// A write that is part of an action but not its last.
    ActionPart,
    TripReason {
        irq: Option<u64>,
        last: bool,
    },
    TripCycle {
        bit: u32,
        word: u8,
        irq: Option<u64>,
    },
    Status {
        last: bool,
    },
    Other,
    Final(&'static str),
    SampleWord(usize),
}

struct SampleJob {
    words: HashMap<&'static str, u32>,
    left: usize,
    /// `Some(action index)` for expect_counter; `None` periodic; final.
    expect: Option<usize>,
    is_final: bool,
}

const TRIP_NAMES: [&str; 3] = ["CUM_BUDGET", "KILL_REG", "KILL_PIN"];

fn trip_bit_index(bit: u32) -> usize {
    bit.trailing_zeros() as usize
}

fn fmt_num(v: u128) -> String {
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

struct Run<'a> {
    sc: &'a Scenario,
    bus: AxiMaster,
    purposes: HashMap<TxnId, Purpose>,
    timeline: Vec<TimelineEntry>,
    trips: Vec<TripEvent>,
    trip_cycle_words: HashMap<u32, [Option<u32>; 2]>,
    queued_reasons: u32,
    jobs: Vec<SampleJob>,
    samples: Vec<Sample>,
    summary: Option<Sample>,
    results: Vec<Option<ExpectationResult>>,
    finals: HashMap<&'static str, u32>,
    trip_reason_final: Option<u32>,
    irq_rises: Vec<u64>,
}

impl Run<'_> {
    fn entry(&mut self, cycle: u64, kind: &'static str, text: String) {
        self.timeline.push(TimelineEntry { cycle, kind, text });
    }

    fn queue_sample(&mut self, expect: Option<usize>, is_final: bool) {
        let job = self.jobs.len();
        let (snap, reads) = self.bus.snapshot_counters();
        self.purposes.insert(snap, Purpose::Other);
        for (id, _) in &reads {
            self.purposes.insert(*id, Purpose::SampleWord(job));
        }
        self.jobs.push(SampleJob {
            words: HashMap::new(),
            left: reads.len(),
            expect,
            is_final,
        });
    }

    fn read_trip_reason(&mut self, irq: Option<u64>, last: bool) {
        let id = self.bus.read(reg::TRIP_REASON);
        self.purposes.insert(id, Purpose::TripReason { irq, last });
    }

    fn start_action(&mut self, idx: usize, kill: &mut bool, t: u64) {
        let a = &self.sc.actions[idx];
        match &a.kind {
            ActionKind::Write {
                reg, value, strb, ..
            } => {
                let id = self.bus.write(reg.offset, *value, *strb);
                self.purposes.insert(id, Purpose::Action(idx));
            }
            ActionKind::Limit { name, value, .. } => {
                let ids = self
                    .bus
                    .write_limit(name, *value)
                    .expect("checked limit name");
                for (k, id) in ids.iter().enumerate() {
                    let p = if k + 1 == ids.len() {
                        Purpose::Action(idx)
                    } else {
                        Purpose::ActionPart
                    };
                    self.purposes.insert(*id, p);
                }
            }
            ActionKind::Read { reg, .. } => {
                let id = self.bus.read(reg.offset);
                self.purposes.insert(id, Purpose::Action(idx));
            }
            ActionKind::KillPin(on) => {
                *kill = *on;
                self.entry(
                    t,
                    "kill_pin",
                    format!("kill pin {}", if *on { "high" } else { "low" }),
                );
            }
            ActionKind::ExpectTrip { .. } => {}
            ActionKind::ExpectCounter { .. } => self.queue_sample(Some(idx), false),
        }
    }

    fn expect(&mut self, idx: usize, what: String, passed: bool, seen: String) {
        let index = self.sc.actions[idx].index;
        self.results[idx] = Some(ExpectationResult {
            index,
            what,
            passed,
            seen,
        });
    }

    fn handle(&mut self, c: &Completion) {
        let Some(p) = self.purposes.remove(&c.id) else {
            return;
        };
        let t = c.completed;
        let code = if c.resp == resp::OKAY {
            "OKAY"
        } else {
            "SLVERR"
        };
        match p {
            Purpose::Action(idx) => {
                let a = self.sc.actions[idx].clone();
                let label = a.label.map(|l| format!(" ({l})")).unwrap_or_default();
                match &a.kind {
                    ActionKind::Write {
                        reg,
                        value,
                        expect_refused,
                        ..
                    } => {
                        self.entry(
                            t,
                            "action",
                            format!("write {} = {value} -> {code}{label}", reg.name),
                        );
                        if let Some(r) = expect_refused {
                            let ok = *r == (c.resp != resp::OKAY);
                            self.expect(
                                idx,
                                format!(
                                    "write {} = {value} {}",
                                    reg.name,
                                    if *r { "refused" } else { "accepted" }
                                ),
                                ok,
                                code.into(),
                            );
                        }
                    }
                    ActionKind::Limit {
                        name,
                        value,
                        expect_refused,
                    } => {
                        self.entry(
                            t,
                            "action",
                            format!("limit {name} = {} -> {code}{label}", fmt_num(*value)),
                        );
                        if let Some(r) = expect_refused {
                            let ok = *r == (c.resp != resp::OKAY);
                            self.expect(
                                idx,
                                format!(
                                    "limit {name} = {} {}",
                                    fmt_num(*value),
                                    if *r { "refused" } else { "accepted" }
                                ),
                                ok,
                                code.into(),
                            );
                        }
                    }
                    ActionKind::Read { reg, expect } => {
                        self.entry(
                            t,
                            "action",
                            format!("read {} = 0x{:x} ({code}){label}", reg.name, c.data),
                        );
                        if let Some((v, m)) = expect {
                            let ok = c.resp == resp::OKAY && c.data & m == v & m;
                            let what = if *m == u32::MAX {
                                format!("read {} = 0x{v:x}", reg.name)
                            } else {
                                format!("read {} & 0x{m:x} = 0x{:x}", reg.name, v & m)
                            };
                            self.expect(idx, what, ok, format!("0x{:x} ({code})", c.data));
                        }
                    }
                    _ => {}
                }
            }
            Purpose::ActionPart | Purpose::Other => {}
            Purpose::Status { last } => {
                if last {
                    self.finals.insert("STATUS", c.data);
                }
            }
            Purpose::Final(name) => {
                self.finals.insert(name, c.data);
            }
            Purpose::TripReason { irq, last } => {
                if last {
                    self.trip_reason_final = Some(c.data);
                }
                let new = c.data & trip::ALL & !self.queued_reasons;
                self.queued_reasons |= new;
                for (k, trip_name) in TRIP_NAMES.iter().enumerate() {
                    let bit = 1u32 << k;
                    if new & bit != 0 {
                        for (word, r) in wide_words(&format!("TRIP_CYCLE_{trip_name}"))
                            .iter()
                            .enumerate()
                        {
                            let id = self.bus.read(r.offset);
                            self.purposes.insert(
                                id,
                                Purpose::TripCycle {
                                    bit,
                                    word: word as u8,
                                    irq,
                                },
                            );
                        }
                    }
                }
            }
            Purpose::TripCycle { bit, word, irq } => {
                let slot = self.trip_cycle_words.entry(bit).or_default();
                slot[usize::from(word)] = Some(c.data);
                if let [Some(lo), Some(hi)] = *slot {
                    let cycle = u64::from(lo) | u64::from(hi) << 32;
                    let name = TRIP_NAMES[trip_bit_index(bit)].to_ascii_lowercase();
                    // A trip raises the interrupt at the next edge; a poll
                    // may have read TRIP_REASON first.
                    let irq = irq.or(self.irq_rises.iter().copied().find(|&i| i == cycle + 1));
                    let how = match irq {
                        Some(i) => format!("irq at cycle {i}"),
                        None => "seen by a poll of TRIP_REASON".to_string(),
                    };
                    self.entry(
                        cycle,
                        "trip",
                        format!("TRIP {name} ({how}; TRIP_CYCLE read at cycle {t})"),
                    );
                    self.trips.push(TripEvent {
                        reason: bit,
                        name,
                        cycle,
                        irq_cycle: irq,
                    });
                }
            }
            Purpose::SampleWord(job) => {
                let r = capfuse_abi::register_at(c.op.addr()).expect("counter");
                let j = &mut self.jobs[job];
                j.words.insert(r.name, c.data);
                j.left -= 1;
                if j.left == 0 {
                    let s = Sample::from_words(&j.words);
                    let (expect, is_final) = (j.expect, j.is_final);
                    if let Some(idx) = expect {
                        if let ActionKind::ExpectCounter { name, min, max } =
                            &self.sc.actions[idx].kind
                        {
                            let v = s.counter(name).unwrap_or(0);
                            let ok = min.is_none_or(|m| v >= m) && max.is_none_or(|m| v <= m);
                            let range = match (min, max) {
                                (Some(a), Some(b)) => {
                                    format!("in {}..={}", fmt_num(*a), fmt_num(*b))
                                }
                                (Some(a), None) => format!(">= {}", fmt_num(*a)),
                                (None, Some(b)) => format!("<= {}", fmt_num(*b)),
                                (None, None) => String::new(),
                            };
                            let what =
                                format!("{name} {range} at cycle {}", self.sc.actions[idx].at);
                            self.expect(
                                idx,
                                what,
                                ok,
                                format!("{} (snapshot of cycle {})", fmt_num(v), s.cycle),
                            );
                        }
                    } else if is_final {
                        self.summary = Some(s);
                    } else {
                        self.entry(
                            s.cycle,
                            "sample",
                            format!(
                                "work {}, enabled {}, stopped {}, paced {}, throttled {}",
                                fmt_num(s.cum_work),
                                fmt_num(s.enabled.into()),
                                fmt_num(s.stopped.into()),
                                fmt_num(s.paced.into()),
                                fmt_num(s.throttled.into())
                            ),
                        );
                        self.samples.push(s);
                    }
                }
            }
        }
    }
}

/// Runs `sc` and reports. Errors are for runs that could not be carried
/// out (engine unavailable, bus hung, VCD unwritable), not for failed
/// invariants or expectations: those are in the report.
pub fn run(sc: &Scenario, opts: &RunOptions) -> anyhow::Result<RunReport> {
    let mut engine = crate::engines::new_engine(opts.engine, sc.params)
        .with_context(|| format!("cannot start the {} engine", opts.engine.name()))?;
    let mut vcd = match &opts.vcd {
        Some(p) => Some(
            VcdWriter::new(
                BufWriter::new(
                    File::create(p)
                        .with_context(|| format!("cannot create VCD file {}", p.display()))?,
                ),
                &format!("scenario {} on {}", sc.name, opts.engine.name()),
            )
            .with_context(|| format!("cannot write VCD file {}", p.display()))?,
        ),
        None => None,
    };
    let mut mon = Monitors::new(sc.params);
    let mut wl = workload::build(&sc.workload, sc.seed);
    let mut r = Run {
        sc,
        bus: AxiMaster::new(),
        purposes: HashMap::new(),
        timeline: Vec::new(),
        trips: Vec::new(),
        trip_cycle_words: HashMap::new(),
        queued_reasons: 0,
        jobs: Vec::new(),
        samples: Vec::new(),
        summary: None,
        results: vec![None; sc.actions.len()],
        finals: HashMap::new(),
        trip_reason_final: None,
        irq_rises: Vec::new(),
    };
    let mut pins = PinsIn::default();
    let mut kill = false;
    let mut next_action = 0;
    let mut prev_irq = false;
    let mut final_queued = false;
    let mut t: u64 = 0;
    loop {
        let out = engine.outputs();
        r.bus.observe(&out);
        let done = r.bus.take_completed();
        mon.begin_cycle(&out, &done);
        for c in &done {
            r.handle(c);
        }
        if out.irq && !prev_irq {
            r.entry(t, "irq", "irq rises".into());
            r.irq_rises.push(t);
            r.read_trip_reason(Some(t), false);
            let id = r.bus.write(reg::INTR_STATE, capfuse_abi::intr::TRIP, 0xf);
            r.purposes.insert(id, Purpose::Other);
        }
        prev_irq = out.irq;
        if t < sc.cycles {
            while next_action < sc.actions.len() && sc.actions[next_action].at == t {
                r.start_action(next_action, &mut kill, t);
                next_action += 1;
            }
            if sc.status_every > 0
                && t > 0
                && t.is_multiple_of(sc.status_every)
                && r.bus.pending() < 32
            {
                let id = r.bus.read(reg::STATUS);
                r.purposes.insert(id, Purpose::Status { last: false });
                r.read_trip_reason(None, false);
            }
            if sc.sample_every > 0 && t > 0 && t.is_multiple_of(sc.sample_every) {
                r.queue_sample(None, false);
            }
        } else if !final_queued {
            final_queued = true;
            r.queue_sample(None, true);
            r.read_trip_reason(None, true);
            for name in ["REFUSED_WRITES", "ERR_CODE"] {
                let reg = register_named(name).expect("mapped");
                let id = r.bus.read(reg.offset);
                r.purposes.insert(id, Purpose::Final(reg.name));
            }
            let id = r.bus.read(reg::STATUS);
            r.purposes.insert(id, Purpose::Status { last: true });
        } else if r.bus.is_idle() {
            break;
        }
        if let Some((_, op, issued)) = r.bus.in_flight() {
            if t - issued > opts.bus_timeout {
                anyhow::bail!(
                    "the {} engine did not answer a bus {} of {} started at cycle {issued} within {} cycles",
                    opts.engine.name(),
                    if op.is_write() { "write" } else { "read" },
                    crate::bus::reg_name(op.addr()),
                    opts.bus_timeout
                );
            }
        }
        let ctx = WorkCtx {
            cycle: t,
            enabled: out.accel_clk_en,
            max_work: sc.params.max_work_per_cycle,
            window: mon.window(),
        };
        pins.work_units = wl.work(&ctx);
        pins.kill = kill;
        r.bus.drive(&mut pins);
        mon.end_cycle(&pins);
        if let Some(v) = vcd.as_mut() {
            v.cycle(t, &pins, &out)
                .context("cannot write the VCD file")?;
        }
        engine.step(&pins);
        t += 1;
    }
    if let Some(v) = vcd {
        v.finish().context("cannot write the VCD file")?;
    }

    // End-of-run expectations.
    let trip_reason = r.trip_reason_final.unwrap_or(0);
    for (idx, a) in sc.actions.iter().enumerate() {
        if let ActionKind::ExpectTrip {
            reason,
            by,
            not_before,
        } = &a.kind
        {
            match reason {
                None => {
                    let names = capfuse_abi::bit_names(trip_reason, trip::NAMES).join(", ");
                    r.expect(
                        idx,
                        "no trip".into(),
                        trip_reason == 0,
                        if trip_reason == 0 {
                            "TRIP_REASON = 0".into()
                        } else {
                            format!("tripped: {names}")
                        },
                    );
                }
                Some(bit) => {
                    let name = TRIP_NAMES[trip_bit_index(*bit)].to_ascii_lowercase();
                    let when = r.trips.iter().find(|e| e.reason == *bit).map(|e| e.cycle);
                    let mut what = format!("trip {name}");
                    if let Some(nb) = not_before {
                        let _ = write!(what, " not before cycle {nb}");
                    }
                    if let Some(b) = by {
                        let _ = write!(what, " by cycle {b}");
                    }
                    let (ok, seen) = match when {
                        Some(c) if trip_reason & bit != 0 => (
                            by.is_none_or(|b| c <= b) && not_before.is_none_or(|nb| c >= nb),
                            format!("tripped at cycle {c}"),
                        ),
                        _ => (
                            false,
                            format!("not tripped (TRIP_REASON = 0x{trip_reason:x})"),
                        ),
                    };
                    r.expect(idx, what, ok, seen);
                }
            }
        }
    }
    let expectations: Vec<ExpectationResult> = sc
        .actions
        .iter()
        .enumerate()
        .filter_map(|(idx, a)| {
            let expects = matches!(
                &a.kind,
                ActionKind::Write {
                    expect_refused: Some(_),
                    ..
                } | ActionKind::Limit {
                    expect_refused: Some(_),
                    ..
                } | ActionKind::Read {
                    expect: Some(_),
                    ..
                } | ActionKind::ExpectTrip { .. }
                    | ActionKind::ExpectCounter { .. }
            );
            if !expects {
                return None;
            }
            Some(r.results[idx].clone().unwrap_or_else(|| ExpectationResult {
                index: a.index,
                what: format!("action[{}] at cycle {}", a.index, a.at),
                passed: false,
                seen: "never evaluated: its bus transaction did not complete".into(),
            }))
        })
        .collect();
    let mut timeline = r.timeline;
    timeline.sort_by_key(|e| e.cycle);
    Ok(RunReport {
        scenario: sc.name.clone(),
        description: sc.description.clone(),
        engine: opts.engine,
        params: sc.params,
        cycles: sc.cycles,
        cycles_run: t,
        timeline,
        trips: r.trips,
        samples: r.samples,
        summary: r.summary.unwrap_or_default(),
        trip_reason,
        refused_writes: r.finals.get("REFUSED_WRITES").copied().unwrap_or(0),
        err_code: r.finals.get("ERR_CODE").copied().unwrap_or(0),
        status: r.finals.get("STATUS").copied().unwrap_or(0),
        cum_budget: mon.limits().cum_budget,
        admitted: mon.admitted(),
        verdicts: mon.verdicts(),
        expectations,
    })
}

/// Human-readable report.
pub fn render_text(rep: &RunReport) -> String {
    let mut s = String::new();
    let p = rep.params;
    let _ = writeln!(
        s,
        "capfuse-sim: {} on the {} engine (max work/cycle {}, power-up ratio {}/256), {} cycles",
        rep.scenario,
        rep.engine.name(),
        p.max_work_per_cycle,
        p.power_up_baseline_ratio,
        fmt_num(rep.cycles.into())
    );
    if let Some(d) = &rep.description {
        let _ = writeln!(s, "  {d}");
    }
    let _ = writeln!(s, "\ntimeline");
    let mut kill_lines = 0;
    let mut hidden = 0;
    for e in &rep.timeline {
        if e.kind == "kill_pin" {
            kill_lines += 1;
            if kill_lines > 4 {
                hidden += 1;
                continue;
            }
        }
        let _ = writeln!(
            s,
            "  {:>12}  {:<8} {}",
            fmt_num(e.cycle.into()),
            e.kind,
            e.text
        );
    }
    if hidden > 0 {
        let _ = writeln!(s, "  ({hidden} more kill pin changes not shown)");
    }
    let m = &rep.summary;
    let budget = if rep.cum_budget == (1u128 << 96) - 1 {
        "no cumulative budget set".to_string()
    } else {
        format!("budget {}", fmt_num(rep.cum_budget))
    };
    let _ = writeln!(
        s,
        "\nsummary (SNAPSHOT at cycle {})",
        fmt_num(m.cycle.into())
    );
    let _ = writeln!(s, "  admitted work  {} ({budget})", fmt_num(m.cum_work));
    let pct = |x: u64| {
        if m.cycle == 0 {
            0.0
        } else {
            100.0 * x as f64 / m.cycle as f64
        }
    };
    for (name, v) in [
        ("enabled", m.enabled),
        ("stopped", m.stopped),
        ("paced", m.paced),
        ("throttled", m.throttled),
    ] {
        let _ = writeln!(
            s,
            "  {name:<14} {:>14} cycles  {:5.1}%",
            fmt_num(v.into()),
            pct(v)
        );
    }
    let reasons = capfuse_abi::bit_names(rep.trip_reason, trip::NAMES);
    let _ = writeln!(
        s,
        "  trip reasons   {}",
        if reasons.is_empty() {
            "none".to_string()
        } else {
            reasons.join(", ")
        }
    );
    let errs = capfuse_abi::bit_names(rep.err_code, capfuse_abi::err::NAMES);
    let _ = writeln!(
        s,
        "  refused writes {}{}",
        rep.refused_writes,
        if errs.is_empty() {
            String::new()
        } else {
            format!(" ({})", errs.join("; "))
        }
    );
    let _ = writeln!(s, "\ninvariants");
    for v in &rep.verdicts {
        let _ = write!(
            s,
            "  {} {:<13} {}",
            if v.passed() { "PASS" } else { "FAIL" },
            v.monitor.name(),
            v.monitor.description()
        );
        if let Some(first) = v.violations.first() {
            let _ = write!(
                s,
                "\n         first of {}: cycle {}: {}",
                v.failures, first.cycle, first.detail
            );
        }
        s.push('\n');
    }
    if !rep.expectations.is_empty() {
        let _ = writeln!(s, "\nexpectations");
        for e in &rep.expectations {
            let _ = writeln!(
                s,
                "  {} {} (action[{}]): {}",
                if e.passed { "PASS" } else { "FAIL" },
                e.what,
                e.index,
                e.seen
            );
        }
    }
    let _ = writeln!(
        s,
        "\nresult: {}",
        if rep.passed() { "PASS" } else { "FAIL" }
    );
    s
}

/// A minimal JSON writer (the report's shape is fixed; no dependency).
mod json {
    pub fn string(s: &str) -> String {
        let mut o = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => o.push_str("\\\""),
                '\\' => o.push_str("\\\\"),
                '\n' => o.push_str("\\n"),
                c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
                c => o.push(c),
            }
        }
        o.push('"');
        o
    }
    pub fn object(fields: &[(&str, String)]) -> String {
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}:{v}", string(k)))
            .collect();
        format!("{{{}}}", body.join(","))
    }
    pub fn array(items: impl IntoIterator<Item = String>) -> String {
        format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
    }
    /// Numbers beyond 2^53 lose precision in many JSON readers: wide
    /// values are strings.
    pub fn wide(v: u128) -> String {
        string(&v.to_string())
    }
}

/// The `schema` of [`render_json`]'s object: its kind and version, raised
/// when a field is removed, renamed or changes type.
pub const RUN_SCHEMA: &str = "capfuse-sim.run/1";

/// Machine-readable report (one JSON object).
pub fn render_json(rep: &RunReport) -> String {
    use json::*;
    let sample = |m: &Sample| {
        object(&[
            ("cycle", m.cycle.to_string()),
            ("cum_work", wide(m.cum_work)),
            ("enabled", m.enabled.to_string()),
            ("stopped", m.stopped.to_string()),
            ("paced", m.paced.to_string()),
            ("throttled", m.throttled.to_string()),
            ("window_work", m.window_work.to_string()),
            ("window_cycle", m.window_cycle.to_string()),
        ])
    };
    object(&[
        // The report's kind and version (docs/schemas/capfuse-sim/run.json).
        ("schema", string(RUN_SCHEMA)),
        ("scenario", string(&rep.scenario)),
        ("engine", string(rep.engine.name())),
        (
            "max_work_per_cycle",
            rep.params.max_work_per_cycle.to_string(),
        ),
        (
            "power_up_baseline_ratio",
            rep.params.power_up_baseline_ratio.to_string(),
        ),
        ("cycles", rep.cycles.to_string()),
        ("cycles_run", rep.cycles_run.to_string()),
        ("passed", rep.passed().to_string()),
        (
            "timeline",
            array(rep.timeline.iter().map(|e| {
                object(&[
                    ("cycle", e.cycle.to_string()),
                    ("kind", string(e.kind)),
                    ("text", string(&e.text)),
                ])
            })),
        ),
        (
            "trips",
            array(rep.trips.iter().map(|e| {
                object(&[
                    ("reason", string(&e.name)),
                    ("cycle", e.cycle.to_string()),
                    (
                        "irq_cycle",
                        e.irq_cycle.map_or("null".into(), |c| c.to_string()),
                    ),
                ])
            })),
        ),
        ("samples", array(rep.samples.iter().map(sample))),
        ("summary", sample(&rep.summary)),
        ("trip_reason", rep.trip_reason.to_string()),
        ("refused_writes", rep.refused_writes.to_string()),
        ("err_code", rep.err_code.to_string()),
        ("cum_budget", wide(rep.cum_budget)),
        ("admitted", wide(rep.admitted)),
        (
            "invariants",
            array(rep.verdicts.iter().map(|v| {
                object(&[
                    ("name", string(v.monitor.name())),
                    ("passed", v.passed().to_string()),
                    ("checks", v.checks.to_string()),
                    ("failures", v.failures.to_string()),
                    (
                        "first_violation",
                        v.violations.first().map_or("null".into(), |x| {
                            object(&[
                                ("cycle", x.cycle.to_string()),
                                ("detail", string(&x.detail)),
                            ])
                        }),
                    ),
                ])
            })),
        ),
        (
            "expectations",
            array(rep.expectations.iter().map(|e| {
                object(&[
                    ("action", e.index.to_string()),
                    ("what", string(&e.what)),
                    ("passed", e.passed.to_string()),
                    ("seen", string(&e.seen)),
                ])
            })),
        ),
    ])
}

/// Counter registers a sample reads (for documentation and tests).
pub fn sampled_counters() -> Vec<&'static str> {
    counter_registers().iter().map(|r| r.name).collect()
}
