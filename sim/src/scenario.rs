//! Scenario files: a fuse design, a run length, a workload and timed actions
//! with expectations, in TOML. The format is documented in
//! docs/scenarios.md.
//!
//! Loading never panics: every problem becomes a [`ScenarioError`] naming
//! the file, the field and what was expected.

use std::fmt;
use std::path::{Path, PathBuf};

use capfuse_abi::{register_named, trip, wide_words, Class, FuseParams, Register};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

/// A problem with a scenario file.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    /// The file could not be read.
    #[error("{}: cannot read scenario: {source}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML or does not have the expected shape.
    #[error("{}: {}", file.display(), message.trim_end())]
    Syntax {
        /// The file.
        file: PathBuf,
        /// The TOML parser's message (with line, column and field).
        message: String,
    },
    /// A field has an impossible value.
    #[error("{}: {field}: {message}", file.display())]
    Invalid {
        /// The file.
        file: PathBuf,
        /// Dotted path of the field, e.g. `action[2].value`.
        field: String,
        /// What was expected.
        message: String,
    },
    /// A trace file referenced by the scenario is unusable.
    #[error("{}:{line}: {message}", file.display())]
    Trace {
        /// The trace file.
        file: PathBuf,
        /// 1-based line number (0 for the whole file).
        line: usize,
        /// What was expected.
        message: String,
    },
}

/// An unsigned number given as a TOML integer or as a string (`"0x1_0000"`,
/// `"1_000_000_000_000"`) for values wider than 63 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Num(pub u128);

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Num;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a non-negative integer, or a string such as \"0x1_0000\" for wide values",
                )
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Num, E> {
                u128::try_from(v)
                    .map(Num)
                    .map_err(|_| E::custom(format!("expected a non-negative integer, got {v}")))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Num, E> {
                Ok(Num(v.into()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Num, E> {
                parse_num(v).map(Num).ok_or_else(|| {
                    E::custom(format!(
                        "expected a number like \"123\", \"0x7b\" or \"1_000\", got \"{v}\""
                    ))
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// Parses `123`, `0x7b`, `0b101`, with `_` separators.
pub fn parse_num(s: &str) -> Option<u128> {
    let t: String = s.trim().chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x").or(t.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(b) = t.strip_prefix("0b") {
        (b, 2)
    } else {
        (t.as_str(), 10)
    };
    if digits.is_empty() {
        return None;
    }
    u128::from_str_radix(digits, radix).ok()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    description: Option<String>,
    #[serde(default)]
    design: RawDesign,
    run: RawRun,
    workload: RawWorkload,
    #[serde(default, rename = "action")]
    actions: Vec<RawAction>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDesign {
    max_work_per_cycle: Option<Num>,
    power_up_baseline_ratio: Option<Num>,
    epoch_shift: Option<Num>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRun {
    cycles: Num,
    seed: Option<Num>,
    status_every: Option<Num>,
    sample_every: Option<Num>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum RawWorkload {
    Constant(Num),
    Uniform {
        max: Num,
        #[serde(default)]
        min: Option<Num>,
    },
    Bursty {
        on_cycles: Num,
        off_cycles: Num,
        on_work: Num,
        #[serde(default)]
        off_work: Option<Num>,
    },
    JustBelowWindow {
        #[serde(default)]
        margin: Option<Num>,
    },
    Trace(String),
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawAction {
    at: Option<Num>,
    every: Option<Num>,
    count: Option<Num>,
    label: Option<String>,
    write: Option<String>,
    limit: Option<String>,
    read: Option<String>,
    kill_pin: Option<bool>,
    expect_trip: Option<String>,
    expect_counter: Option<String>,
    value: Option<Num>,
    strb: Option<Num>,
    #[serde(rename = "for")]
    duration: Option<Num>,
    expect_refused: Option<bool>,
    expect_value: Option<Num>,
    expect_mask: Option<Num>,
    by: Option<Num>,
    not_before: Option<Num>,
    min: Option<Num>,
    max: Option<Num>,
}

/// Where work values come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkloadSpec {
    /// The same value every cycle.
    Constant(u16),
    /// Uniformly random in `min..=max` (seeded by `run.seed`).
    Uniform {
        /// Smallest value.
        min: u16,
        /// Largest value.
        max: u16,
    },
    /// `on_cycles` cycles of `on_work`, then `off_cycles` of `off_work`,
    /// repeated.
    Bursty {
        /// Length of a burst.
        on_cycles: u64,
        /// Length of a pause.
        off_cycles: u64,
        /// Work per cycle in a burst.
        on_work: u16,
        /// Work per cycle in a pause.
        off_work: u16,
    },
    /// Adversarial: fills each window up to `margin` below its budget,
    /// reporting exactly what keeps the enable allowed as long as possible.
    JustBelowWindow {
        /// How far below the window budget to aim.
        margin: u64,
    },
    /// Work values from a file, one per cycle, repeating.
    Trace {
        /// The file.
        file: PathBuf,
        /// One value per cycle of one period.
        values: Vec<u16>,
    },
}

/// Something that happens at a cycle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// A raw register write.
    Write {
        /// Target.
        reg: &'static Register,
        /// Data.
        value: u32,
        /// Byte strobes.
        strb: u8,
        /// `Some(true)`: must be answered SLVERR; `Some(false)`: OKAY.
        expect_refused: Option<bool>,
    },
    /// Setting a limit: one write, or for `CUM_BUDGET` three staging
    /// writes and the commit.
    Limit {
        /// `CUM_BUDGET` or a limit register's name.
        name: String,
        /// New value.
        value: u128,
        /// As for writes (judged on the last write).
        expect_refused: Option<bool>,
    },
    /// A register read.
    Read {
        /// Source.
        reg: &'static Register,
        /// `value & mask` must equal `expect & mask`.
        expect: Option<(u32, u32)>,
    },
    /// Drive the kill pin.
    KillPin(bool),
    /// At the end of the run: this trip reason is set (or, with `None`,
    /// no reason is set), with its trip cycle in `not_before..=by`.
    ExpectTrip {
        /// A `TRIP_REASON` bit, or `None` for "no trip".
        reason: Option<u32>,
        /// Latest acceptable trip cycle.
        by: Option<u64>,
        /// Earliest acceptable trip cycle.
        not_before: Option<u64>,
    },
    /// Snapshot the counters at this cycle and check one of them.
    ExpectCounter {
        /// A wide counter name (`CUM_WORK`, `PACED_CYCLES`...) or a
        /// single-word counter register.
        name: String,
        /// Smallest acceptable value.
        min: Option<u128>,
        /// Largest acceptable value.
        max: Option<u128>,
    },
}

/// One action, at the cycle it is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    /// Cycle the action is started (bus actions queue behind traffic).
    pub at: u64,
    /// Index of the `[[action]]` entry in the file (0-based).
    pub index: usize,
    /// Optional label for reports.
    pub label: Option<String>,
    /// What to do.
    pub kind: ActionKind,
}

/// A loaded, checked scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// File stem.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// One-line description.
    pub description: Option<String>,
    /// Generator parameters of the fuse.
    pub params: FuseParams,
    /// Cycles to run (bus traffic still in flight at the end completes
    /// in a few more).
    pub cycles: u64,
    /// Seed for random workloads.
    pub seed: u64,
    /// Period of the STATUS / TRIP_REASON polls (0 = never).
    pub status_every: u64,
    /// Period of the counter samples (0 = never).
    pub sample_every: u64,
    /// The workload.
    pub workload: WorkloadSpec,
    /// Actions, sorted by cycle (file order within a cycle).
    pub actions: Vec<Action>,
}

/// Most times one `[[action]]` may repeat (`count`, or `every` to the end
/// of the run), so a file cannot make the loader expand billions.
pub const MAX_REPEATS: u64 = 1_000_000;

/// Names `limit =` accepts.
pub const LIMIT_NAMES: [&str; 6] = [
    "CUM_BUDGET",
    "BASELINE_RATIO",
    "TRIP_RATIO",
    "WINDOW_LEN",
    "WINDOW_BUDGET",
    "KILL",
];

struct Ctx<'a> {
    file: &'a Path,
}

impl Ctx<'_> {
    fn err(&self, field: impl Into<String>, message: impl Into<String>) -> ScenarioError {
        ScenarioError::Invalid {
            file: self.file.to_path_buf(),
            field: field.into(),
            message: message.into(),
        }
    }
    fn range(&self, field: &str, v: Num, lo: u128, hi: u128) -> Result<u128, ScenarioError> {
        if v.0 < lo || v.0 > hi {
            Err(self.err(field, format!("must be {lo}..={hi}, got {}", v.0)))
        } else {
            Ok(v.0)
        }
    }
    fn register(&self, field: &str, name: &str) -> Result<&'static Register, ScenarioError> {
        register_named(name).ok_or_else(|| {
            let wide = wide_words(&name.to_ascii_uppercase());
            let hint = if wide.is_empty() {
                "see docs/registers.md for the names".to_string()
            } else {
                format!(
                    "`{name}` is a wide value: name a word ({}){}",
                    wide.iter().map(|r| r.name).collect::<Vec<_>>().join(", "),
                    if name.eq_ignore_ascii_case("CUM_BUDGET") {
                        ", or use `limit = \"CUM_BUDGET\"`"
                    } else {
                        ""
                    }
                )
            };
            self.err(field, format!("unknown register `{name}`: {hint}"))
        })
    }
}

impl Scenario {
    /// Reads and checks a scenario file.
    pub fn load(path: impl AsRef<Path>) -> Result<Scenario, ScenarioError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| ScenarioError::Read {
            file: path.to_path_buf(),
            source,
        })?;
        Scenario::parse(&text, path)
    }

    /// Checks scenario text; `path` names it in errors and anchors trace
    /// files.
    pub fn parse(text: &str, path: &Path) -> Result<Scenario, ScenarioError> {
        let raw: RawScenario = toml::from_str(text).map_err(|e| ScenarioError::Syntax {
            file: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let cx = Ctx { file: path };

        let mut params = FuseParams::DEFAULT;
        if let Some(w) = raw.design.max_work_per_cycle {
            params.max_work_per_cycle = cx.range("design.max_work_per_cycle", w, 1, 65535)? as u16;
        }
        if let Some(s) = raw.design.epoch_shift {
            params.epoch_shift = cx.range(
                "design.epoch_shift",
                s,
                0,
                u128::from(FuseParams::MAX_EPOCH_SHIFT),
            )? as u8;
        }
        if let Some(p) = raw.design.power_up_baseline_ratio {
            params.power_up_baseline_ratio =
                cx.range("design.power_up_baseline_ratio", p, 0, 256)? as u16;
        }

        let cycles = cx.range("run.cycles", raw.run.cycles, 1, 1 << 40)? as u64;
        let seed =
            raw.run
                .seed
                .map_or(Ok(0), |s| cx.range("run.seed", s, 0, u64::MAX.into()))? as u64;
        let status_every = match raw.run.status_every {
            Some(v) => cx.range("run.status_every", v, 0, u64::MAX.into())? as u64,
            None => 500,
        };
        let sample_every = match raw.run.sample_every {
            Some(v) => cx.range("run.sample_every", v, 0, u64::MAX.into())? as u64,
            None => (cycles / 8).max(1),
        };

        let w = |field: &str, v: Num| cx.range(field, v, 0, 65535).map(|x| x as u16);
        let workload = match raw.workload {
            RawWorkload::Constant(v) => WorkloadSpec::Constant(w("workload.constant", v)?),
            RawWorkload::Uniform { max, min } => {
                let max = w("workload.uniform.max", max)?;
                let min = min.map_or(Ok(0), |m| w("workload.uniform.min", m))?;
                if min > max {
                    return Err(cx.err(
                        "workload.uniform.min",
                        format!("must be <= max ({max}), got {min}"),
                    ));
                }
                WorkloadSpec::Uniform { min, max }
            }
            RawWorkload::Bursty {
                on_cycles,
                off_cycles,
                on_work,
                off_work,
            } => WorkloadSpec::Bursty {
                on_cycles: cx.range("workload.bursty.on_cycles", on_cycles, 1, u64::MAX.into())?
                    as u64,
                off_cycles: cx.range(
                    "workload.bursty.off_cycles",
                    off_cycles,
                    0,
                    u64::MAX.into(),
                )? as u64,
                on_work: w("workload.bursty.on_work", on_work)?,
                off_work: off_work.map_or(Ok(0), |v| w("workload.bursty.off_work", v))?,
            },
            RawWorkload::JustBelowWindow { margin } => WorkloadSpec::JustBelowWindow {
                margin: margin.map_or(Ok(0), |m| {
                    cx.range("workload.just_below_window.margin", m, 0, u32::MAX.into())
                })? as u64,
            },
            RawWorkload::Trace(file) => {
                let full = path.parent().unwrap_or(Path::new("")).join(&file);
                let values =
                    load_trace(&full).map_err(|e| cx.err("workload.trace", e.to_string()))?;
                WorkloadSpec::Trace { file: full, values }
            }
        };

        let mut actions = Vec::new();
        for (i, a) in raw.actions.into_iter().enumerate() {
            actions.extend(check_action(&cx, i, a, cycles)?);
        }
        actions.sort_by_key(|a| a.at);

        Ok(Scenario {
            name: path
                .file_stem()
                .map_or_else(|| "scenario".into(), |s| s.to_string_lossy().into_owned()),
            path: path.to_path_buf(),
            description: raw.description,
            params,
            cycles,
            seed,
            status_every,
            sample_every,
            workload,
            actions,
        })
    }
}

fn check_action(
    cx: &Ctx,
    i: usize,
    a: RawAction,
    cycles: u64,
) -> Result<Vec<Action>, ScenarioError> {
    let f = |name: &str| format!("action[{i}].{name}");
    let verbs: Vec<&str> = [
        ("write", a.write.is_some()),
        ("limit", a.limit.is_some()),
        ("read", a.read.is_some()),
        ("kill_pin", a.kill_pin.is_some()),
        ("expect_trip", a.expect_trip.is_some()),
        ("expect_counter", a.expect_counter.is_some()),
    ]
    .iter()
    .filter(|v| v.1)
    .map(|v| v.0)
    .collect();
    let verb = match verbs.as_slice() {
        [v] => *v,
        [] => {
            return Err(cx.err(
                format!("action[{i}]"),
                "expected one of write, limit, read, kill_pin, expect_trip, expect_counter",
            ))
        }
        many => {
            return Err(cx.err(
                format!("action[{i}]"),
                format!("expected exactly one of write, limit, read, kill_pin, expect_trip, expect_counter; got {}", many.join(", ")),
            ))
        }
    };
    // Fields that only some verbs take.
    let allowed: &[&str] = match verb {
        "write" => &["value", "strb", "expect_refused"],
        "limit" => &["value", "expect_refused"],
        "read" => &["expect_value", "expect_mask"],
        "kill_pin" => &["for"],
        "expect_trip" => &["by", "not_before"],
        _ => &["min", "max"],
    };
    let present = [
        ("value", a.value.is_some()),
        ("strb", a.strb.is_some()),
        ("expect_refused", a.expect_refused.is_some()),
        ("expect_value", a.expect_value.is_some()),
        ("expect_mask", a.expect_mask.is_some()),
        ("for", a.duration.is_some()),
        ("by", a.by.is_some()),
        ("not_before", a.not_before.is_some()),
        ("min", a.min.is_some()),
        ("max", a.max.is_some()),
    ];
    for (name, here) in present {
        if here && !allowed.contains(&name) {
            return Err(cx.err(
                f(name),
                format!(
                    "`{name}` does not apply to `{verb}` (it takes: {})",
                    allowed.join(", ")
                ),
            ));
        }
    }

    let at = if verb == "expect_trip" {
        if a.at.is_some() || a.every.is_some() {
            return Err(cx.err(
                f("at"),
                "expect_trip is checked at the end of the run: give `by` (and `not_before`) instead of `at`",
            ));
        }
        cycles - 1
    } else {
        let at =
            a.at.ok_or_else(|| cx.err(f("at"), "missing: the cycle the action happens at"))?;
        cx.range(&f("at"), at, 0, u128::from(cycles - 1))? as u64
    };
    let every = match a.every {
        Some(e) => Some(cx.range(&f("every"), e, 1, u64::MAX.into())? as u64),
        None => None,
    };
    let count = match (a.count, every) {
        (Some(c), Some(_)) => cx.range(&f("count"), c, 1, MAX_REPEATS.into())? as u64,
        (Some(_), None) => return Err(cx.err(f("count"), "needs `every` (the repeat period)")),
        (None, Some(e)) => {
            let n = (cycles - 1 - at) / e + 1;
            if n > MAX_REPEATS {
                return Err(cx.err(
                    f("every"),
                    format!(
                        "repeats the action {n} times to the end of the run; at most {MAX_REPEATS}: \
                         give a longer period or a `count`"
                    ),
                ));
            }
            n
        }
        (None, None) => 1,
    };

    let kinds: Vec<(u64, ActionKind)> = match verb {
        "write" => {
            let name = a.write.unwrap();
            let reg = cx.register(&f("write"), &name)?;
            let value = a
                .value
                .ok_or_else(|| cx.err(f("value"), "missing: the value to write"))?;
            let value = cx.range(&f("value"), value, 0, u32::MAX.into())? as u32;
            let strb = a.strb.map_or(Ok(0xf), |s| cx.range(&f("strb"), s, 0, 15))? as u8;
            vec![(
                0,
                ActionKind::Write {
                    reg,
                    value,
                    strb,
                    expect_refused: a.expect_refused,
                },
            )]
        }
        "limit" => {
            let name = a.limit.unwrap().to_ascii_uppercase();
            if !LIMIT_NAMES.contains(&name.as_str()) {
                return Err(cx.err(
                    f("limit"),
                    format!(
                        "unknown limit `{name}`: expected one of {}",
                        LIMIT_NAMES.join(", ")
                    ),
                ));
            }
            let value = a
                .value
                .ok_or_else(|| cx.err(f("value"), "missing: the new limit"))?;
            let value = if name == "CUM_BUDGET" {
                cx.range(&f("value"), value, 0, (1u128 << 96) - 1)?
            } else {
                let r = register_named(&name).expect("limit register");
                cx.range(&f("value"), value, r.min.into(), r.max.into())?
            };
            vec![(
                0,
                ActionKind::Limit {
                    name,
                    value,
                    expect_refused: a.expect_refused,
                },
            )]
        }
        "read" => {
            let reg = cx.register(&f("read"), &a.read.unwrap())?;
            if !reg.access.readable() {
                return Err(cx.err(
                    f("read"),
                    format!("{} is write-only (reads return 0)", reg.name),
                ));
            }
            let expect = match (a.expect_value, a.expect_mask) {
                (Some(v), m) => Some((
                    cx.range(&f("expect_value"), v, 0, u32::MAX.into())? as u32,
                    m.map_or(Ok(u32::MAX.into()), |m| {
                        cx.range(&f("expect_mask"), m, 0, u32::MAX.into())
                    })? as u32,
                )),
                (None, Some(_)) => return Err(cx.err(f("expect_mask"), "needs `expect_value`")),
                (None, None) => None,
            };
            vec![(0, ActionKind::Read { reg, expect })]
        }
        "kill_pin" => {
            let on = a.kill_pin.unwrap();
            let mut v = vec![(0, ActionKind::KillPin(on))];
            if let Some(d) = a.duration {
                if !on {
                    return Err(cx.err(f("for"), "only applies to `kill_pin = true` (a pulse)"));
                }
                let d = cx.range(&f("for"), d, 1, u64::MAX.into())? as u64;
                v.push((d, ActionKind::KillPin(false)));
            }
            v
        }
        "expect_trip" => {
            let name = a.expect_trip.unwrap();
            let reason = if name.eq_ignore_ascii_case("none") {
                None
            } else {
                let r = register_named("TRIP_REASON").expect("mapped");
                Some(
                    r.fields
                        .iter()
                        .find(|fl| fl.name.eq_ignore_ascii_case(&name))
                        .map(|fl| fl.mask())
                        .ok_or_else(|| {
                            cx.err(
                                f("expect_trip"),
                                format!(
                                    "unknown trip reason `{name}`: expected none, {}",
                                    r.fields
                                        .iter()
                                        .map(|fl| fl.name.to_ascii_lowercase())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ),
                            )
                        })?,
                )
            };
            debug_assert!(reason.is_none_or(|r| r & trip::ALL != 0));
            let by =
                a.by.map(|b| cx.range(&f("by"), b, 0, u64::MAX.into()))
                    .transpose()?;
            let not_before = a
                .not_before
                .map(|b| cx.range(&f("not_before"), b, 0, by.unwrap_or(u64::MAX.into())))
                .transpose()?;
            if reason.is_none() && (by.is_some() || not_before.is_some()) {
                return Err(cx.err(f("by"), "`expect_trip = \"none\"` takes no cycle bounds"));
            }
            vec![(
                0,
                ActionKind::ExpectTrip {
                    reason,
                    by: by.map(|b| b as u64),
                    not_before: not_before.map(|b| b as u64),
                },
            )]
        }
        _ => {
            let name = a.expect_counter.unwrap().to_ascii_uppercase();
            let ok = !wide_words(&name).is_empty() && wide_words(&name)[0].class == Class::Counter
                || register_named(&name)
                    .is_some_and(|r| r.class == Class::Counter && r.wide.0.is_empty());
            if !ok {
                return Err(cx.err(
                    f("expect_counter"),
                    format!(
                        "unknown counter `{name}`: expected CUM_WORK, CYCLE, ENABLED_CYCLES, STOPPED_CYCLES, PACED_CYCLES, THROTTLED_CYCLES, WINDOW_WORK or WINDOW_CYCLE"
                    ),
                ));
            }
            if a.min.is_none() && a.max.is_none() {
                return Err(cx.err(f("expect_counter"), "give `min`, `max` or both"));
            }
            vec![(
                0,
                ActionKind::ExpectCounter {
                    name,
                    min: a.min.map(|m| m.0),
                    max: a.max.map(|m| m.0),
                },
            )]
        }
    };
    let mut out = Vec::new();
    for k in 0..count {
        // `every` and `for` may be near 2^64: checked, so nothing wraps back
        // into the run. Repeats only move later, so the first past the end
        // ends the expansion.
        let Some(base) = every
            .unwrap_or(0)
            .checked_mul(k)
            .and_then(|d| d.checked_add(at))
            .filter(|&b| b < cycles)
        else {
            break;
        };
        for (offset, kind) in &kinds {
            let Some(when) = base.checked_add(*offset).filter(|&w| w < cycles) else {
                continue;
            };
            out.push(Action {
                at: when,
                index: i,
                label: a.label.clone(),
                kind: kind.clone(),
            });
        }
    }
    Ok(out)
}

/// Reads a trace: one work value per line (line n = cycle n), or
/// `cycle,work` rows (the value holds until the next row). Blank lines,
/// `#` comments and a non-numeric header line are skipped.
pub fn load_trace(path: &Path) -> Result<Vec<u16>, ScenarioError> {
    // A device or a FIFO could be read forever (`/dev/zero`).
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return Err(ScenarioError::Trace {
            file: path.to_path_buf(),
            line: 0,
            message: "not a regular file; a trace is a text file of work values".into(),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|e| ScenarioError::Trace {
        file: path.to_path_buf(),
        line: 0,
        message: format!("cannot read trace file: {e}"),
    })?;
    let err = |line: usize, message: String| ScenarioError::Trace {
        file: path.to_path_buf(),
        line,
        message,
    };
    let mut plain: Vec<u16> = Vec::new();
    let mut rows: Vec<(u64, u16)> = Vec::new();
    let mut first_data = true;
    for (n, line) in text.lines().enumerate() {
        let l = line.split('#').next().unwrap_or("").trim();
        if l.is_empty() {
            continue;
        }
        let fields: Vec<&str> = l.split(',').map(str::trim).collect();
        let parsed: Vec<Option<u128>> = fields.iter().map(|x| parse_num(x)).collect();
        if first_data && parsed.iter().all(Option::is_none) {
            first_data = false;
            continue; // header such as `cycle,work`
        }
        first_data = false;
        let work = |v: Option<u128>, what: &str| -> Result<u16, ScenarioError> {
            match v {
                Some(x) if x <= 65535 => Ok(x as u16),
                _ => Err(err(n + 1, format!("expected {what} 0..=65535, got `{l}`"))),
            }
        };
        match parsed.as_slice() {
            [v] => {
                if !rows.is_empty() {
                    return Err(err(
                        n + 1,
                        "expected `cycle,work` like the rows above".into(),
                    ));
                }
                plain.push(work(*v, "a work value")?);
            }
            [c, v] => {
                if !plain.is_empty() {
                    return Err(err(
                        n + 1,
                        "expected one work value like the lines above".into(),
                    ));
                }
                let c = c.filter(|&c| c <= u128::from(u32::MAX)).ok_or_else(|| {
                    err(
                        n + 1,
                        format!("expected a cycle number, got `{}`", fields[0]),
                    )
                })? as u64;
                if rows.last().is_some_and(|r| r.0 >= c) {
                    return Err(err(
                        n + 1,
                        format!(
                            "cycles must increase, got {c} after {}",
                            rows.last().unwrap().0
                        ),
                    ));
                }
                rows.push((c, work(*v, "a work value after the cycle")?));
            }
            _ => {
                return Err(err(
                    n + 1,
                    format!("expected a work value or `cycle,work`, got `{l}`"),
                ))
            }
        }
    }
    if !rows.is_empty() {
        // Expand the step function over one period: up to the last row's
        // cycle, which holds for one cycle.
        let end = rows.last().unwrap().0 + 1;
        if end > 1 << 24 {
            return Err(err(
                0,
                format!("trace spans {end} cycles; at most 2^24 are supported"),
            ));
        }
        let mut v = vec![0u16; end as usize];
        for (k, &(c, w)) in rows.iter().enumerate() {
            let next = rows.get(k + 1).map_or(end, |r| r.0);
            v[c as usize..next as usize].fill(w);
        }
        return Ok(v);
    }
    if plain.is_empty() {
        return Err(err(0, "trace has no work values".into()));
    }
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        Scenario::parse(text, Path::new("t.toml"))
    }

    const MIN: &str = "[run]\ncycles = 100\n[workload]\nconstant = 5\n";

    #[test]
    fn minimal_scenario_gets_defaults() {
        let s = parse(MIN).unwrap();
        assert_eq!(s.params, FuseParams::DEFAULT);
        assert_eq!(s.cycles, 100);
        assert_eq!(s.workload, WorkloadSpec::Constant(5));
        assert_eq!(s.status_every, 500);
        assert!(s.actions.is_empty());
    }

    #[test]
    fn actions_expand_and_sort() {
        let s = parse(&format!(
            "{MIN}[[action]]\nat = 50\nlimit = \"cum_budget\"\nvalue = \"0x1_0000_0000_0000_0000\"\n\
             [[action]]\nat = 10\nkill_pin = true\nfor = 3\nevery = 40\n\
             [[action]]\nexpect_trip = \"kill_pin\"\nby = 11\n"
        ))
        .unwrap();
        let ats: Vec<u64> = s.actions.iter().map(|a| a.at).collect();
        assert_eq!(ats, vec![10, 13, 50, 50, 53, 90, 93, 99]);
        assert!(matches!(s.actions[2].kind, ActionKind::Limit { value, .. } if value == 1 << 64));
    }

    fn err_of(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn errors_name_file_field_and_expectation() {
        let e = err_of("[run]\ncycles = 0\n[workload]\nconstant = 1\n");
        assert!(e.contains("t.toml: run.cycles: must be 1..="), "{e}");
        let e = err_of(&format!("{MIN}[design]\npower_up_baseline_ratio = 300\n"));
        assert!(
            e.contains("design.power_up_baseline_ratio: must be 0..=256, got 300"),
            "{e}"
        );
        let e = err_of("[workload]\nconstant = 1\n");
        assert!(
            e.contains("t.toml") && e.contains("missing field `run`"),
            "{e}"
        );
        let e = err_of("[run]\ncycles = \"many\"\n[workload]\nconstant = 1\n");
        assert!(e.contains("expected a number"), "{e}");
        let e = err_of(&format!(
            "{MIN}[[action]]\nat = 1\nwrite = \"NOPE\"\nvalue = 1\n"
        ));
        assert!(
            e.contains("action[0].write: unknown register `NOPE`"),
            "{e}"
        );
        let e = err_of(&format!(
            "{MIN}[[action]]\nat = 1\nwrite = \"CUM_BUDGET\"\nvalue = 1\n"
        ));
        assert!(e.contains("limit = \"CUM_BUDGET\""), "{e}");
        let e = err_of(&format!(
            "{MIN}[[action]]\nat = 1\nlimit = \"TRIP_RATIO\"\nvalue = 257\n"
        ));
        assert!(
            e.contains("action[0].value: must be 0..=256, got 257"),
            "{e}"
        );
        let e = err_of(&format!("{MIN}[[action]]\nat = 100\nread = \"STATUS\"\n"));
        assert!(e.contains("action[0].at: must be 0..=99"), "{e}");
        let e = err_of(&format!(
            "{MIN}[[action]]\nat = 1\nread = \"STATUS\"\nvalue = 3\n"
        ));
        assert!(e.contains("`value` does not apply to `read`"), "{e}");
        let e = err_of(&format!("{MIN}[[action]]\nat = 1\n"));
        assert!(e.contains("expected one of write"), "{e}");
        let e = err_of(&format!(
            "{MIN}[[action]]\nat = 1\nread = \"STATUS\"\nbogus = 1\n"
        ));
        assert!(e.contains("unknown field `bogus`"), "{e}");
        let e = err_of(&format!("{MIN}[[action]]\nexpect_trip = \"fire\"\n"));
        assert!(e.contains("unknown trip reason `fire`"), "{e}");
        let e = err_of("[run]\ncycles = 10\n[workload]\nsometimes = 1\n");
        assert!(e.contains("unknown variant `sometimes`"), "{e}");
        let e = err_of("[run]\ncycles = 10\n[workload]\nconstant = 70000\n");
        assert!(e.contains("workload.constant: must be 0..=65535"), "{e}");
        let e = err_of("[run]\ncycles = 10\n[workload]\ntrace = \"does-not-exist.csv\"\n");
        assert!(
            e.contains("does-not-exist.csv") && e.contains("cannot read"),
            "{e}"
        );
    }

    #[test]
    fn traces_plain_and_rows() {
        let dir = std::env::temp_dir().join(format!("capfuse-trace-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let a = dir.join("a.csv");
        std::fs::write(&a, "# work\n5\n6\n\n7\n").unwrap();
        assert_eq!(load_trace(&a).unwrap(), vec![5, 6, 7]);
        let b = dir.join("b.csv");
        std::fs::write(&b, "cycle,work\n0,1\n3,9\n5,0\n").unwrap();
        assert_eq!(load_trace(&b).unwrap(), vec![1, 1, 1, 9, 9, 0]);
        let c = dir.join("c.csv");
        std::fs::write(&c, "1\n2\nx\n").unwrap();
        let e = load_trace(&c).unwrap_err().to_string();
        assert!(e.contains("c.csv:3: expected a work value"), "{e}");
        std::fs::write(&c, "0,1\n0,2\n").unwrap();
        assert!(load_trace(&c)
            .unwrap_err()
            .to_string()
            .contains("cycles must increase"));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_num("0x1_0"), Some(16));
        assert_eq!(parse_num("1_000"), Some(1000));
        assert_eq!(parse_num("0b11"), Some(3));
        assert_eq!(parse_num("x"), None);
        assert_eq!(parse_num("0x"), None);
    }
}
