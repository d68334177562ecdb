//! Property tests of the scenario-file parser (`Scenario::parse`) and the
//! trace loader: arbitrary text, generated scenarios with every field at
//! and beyond its bounds, and edits of the shipped scenarios never panic
//! or hang; each refusal is a [`ScenarioError`] naming the file, and each
//! accepted scenario is consistent (actions sorted, inside the run, repeats
//! expanded exactly as docs/scenarios.md says, with no arithmetic wrap).

use std::path::{Path, PathBuf};

use capfuse_sim::scenario::{load_trace, ActionKind, Scenario, ScenarioError};
use proptest::prelude::*;

/// Scenario text is checked as if it were this file, so a `trace = ...`
/// resolves against the shipped scenarios.
fn scenario_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/generated.toml")
}

/// Most repeats one `[[action]]` may expand to (docs/scenarios.md).
const MAX_REPEATS: u128 = 1_000_000;

/// Parses; a refusal must name the file and be one of the text errors; an
/// acceptance must be consistent.
fn check(text: &str) -> Result<Option<Scenario>, TestCaseError> {
    let path = scenario_path();
    match Scenario::parse(text, &path) {
        Ok(s) => {
            prop_assert!(s.cycles >= 1);
            prop_assert!(
                s.actions.windows(2).all(|w| w[0].at <= w[1].at),
                "actions not sorted"
            );
            prop_assert!(
                s.actions.iter().all(|a| a.at < s.cycles),
                "action past the run"
            );
            Ok(Some(s))
        }
        Err(e) => {
            let m = e.to_string();
            prop_assert!(
                m.starts_with(&path.display().to_string()) || m.contains("generated.toml"),
                "the message does not name the file: {m}"
            );
            prop_assert!(!matches!(e, ScenarioError::Read { .. }), "{e:?}");
            if let ScenarioError::Invalid { field, message, .. } = &e {
                prop_assert!(!field.is_empty() && !message.is_empty(), "{e:?}");
            }
            Ok(None)
        }
    }
}

// ---------------------------------------------------------------------------
// Generated scenarios.

/// A TOML value for a numeric field: integers at and beyond every bound the
/// format has, wide strings, and things that are not numbers.
fn num() -> impl Strategy<Value = String> {
    let ints = [
        0i128,
        1,
        2,
        3,
        15,
        16,
        99,
        255,
        256,
        257,
        1000,
        65535,
        65536,
        1_000_000,
        1_000_001,
        u32::MAX as i128,
        1 << 32,
        1 << 40,
        (1 << 40) + 1,
        1 << 62,
        i64::MAX as i128,
    ];
    // Mostly numbers (of which most are in range somewhere), so generated
    // files get past the TOML layer and reach the range checks.
    prop_oneof![
        24 => proptest::sample::select(ints.to_vec()).prop_map(|v| v.to_string()),
        16 => (0u64..2000).prop_map(|v| v.to_string()),
        1 => any::<i64>().prop_map(|v| v.to_string()),
        1 => proptest::sample::select(vec![
            "\"0x1_0000\"", "\"0xffffffffffffffffffffffffffffffff\"",
            "\"0x1_0000_0000_0000_0000_0000_0000_0000_0000\"", "\"18446744073709551615\"",
            "\"18446744073709551616\"", "\"79228162514264337593543950335\"",
            "\"79228162514264337593543950336\"", "\"0b101\"", "\"0x\"", "\"\"", "\"_\"",
            "\"-1\"", "\"many\"", "1.5", "true", "[1]", "{ a = 1 }", "1e3", "nan", "-1",
            "-9223372036854775808",
        ]).prop_map(str::to_string),
        1 => "\"[0-9a-fA-Fxob_ -]{0,40}\"",
    ]
}

fn name() -> impl Strategy<Value = String> {
    proptest::sample::select(vec![
        "STATUS",
        "TRIP_REASON",
        "KILL",
        "CUM_BUDGET",
        "cum_budget",
        "BASELINE_RATIO",
        "TRIP_RATIO",
        "WINDOW_LEN",
        "WINDOW_BUDGET",
        "CUM_BUDGET_NEXT_0",
        "CUM_BUDGET_COMMIT",
        "CUM_WORK",
        "CUM_WORK_0",
        "CYCLE",
        "ENABLED_CYCLES",
        "PACED_CYCLES",
        "WINDOW_WORK",
        "INTR_STATE",
        "ERR_CODE",
        "kill_pin",
        "kill_reg",
        "cum_budget",
        "license_expired",
        "decommissioned",
        "none",
        "NONE",
        "",
        "NOPE",
        "ÿ",
    ])
    .prop_map(|s| format!("\"{s}\""))
}

fn field(key: &'static str, value: BoxedStrategy<String>) -> BoxedStrategy<Option<String>> {
    prop_oneof![
        2 => Just(None),
        1 => value.prop_map(move |v| Some(format!("{key} = {v}"))),
    ]
    .boxed()
}

/// An `[[action]]`: mostly one verb with some of the fields it takes,
/// sometimes no verb, two verbs or a field it does not take.
fn action() -> impl Strategy<Value = String> {
    let boolean = || {
        prop_oneof![Just("true"), Just("false"), Just("1")]
            .prop_map(str::to_string)
            .boxed()
    };
    let verb = prop_oneof![
        name().prop_map(|n| ("write", vec![format!("write = {n}")])),
        name().prop_map(|n| ("limit", vec![format!("limit = {n}")])),
        name().prop_map(|n| ("read", vec![format!("read = {n}")])),
        boolean().prop_map(|v| ("kill_pin", vec![format!("kill_pin = {v}")])),
        name().prop_map(|n| ("expect_trip", vec![format!("expect_trip = {n}")])),
        name().prop_map(|n| ("expect_counter", vec![format!("expect_counter = {n}")])),
        Just(("none", vec![])),
        (name(), name())
            .prop_map(|(a, b)| ("two", vec![format!("read = {a}"), format!("write = {b}")])),
    ];
    let all = [
        "at",
        "every",
        "count",
        "value",
        "strb",
        "for",
        "expect_value",
        "expect_mask",
        "by",
        "not_before",
        "min",
        "max",
        "expect_refused",
        "label",
        "bogus",
    ];
    (
        verb,
        proptest::collection::vec(num(), all.len()),
        proptest::collection::vec(any::<bool>(), all.len()),
        proptest::option::weighted(0.1, proptest::sample::select(all.to_vec())),
        boolean(),
        "\"[a-zA-Z0-9 _.-]{0,10}\"",
    )
        .prop_map(
            move |((verb, mut lines), values, present, stray, b, label)| {
                let takes: &[&str] = match verb {
                    "write" => &["value", "strb", "expect_refused"],
                    "limit" => &["value", "expect_refused"],
                    "read" => &["expect_value", "expect_mask"],
                    "kill_pin" => &["for"],
                    "expect_trip" => &["by", "not_before"],
                    "expect_counter" => &["min", "max"],
                    _ => &[],
                };
                let repeat: &[&str] = if verb == "expect_trip" {
                    &[]
                } else {
                    &["at", "every", "count", "label"]
                };
                lines.insert(0, "[[action]]".to_string());
                for (i, key) in all.iter().enumerate() {
                    let wanted = (takes.contains(key) || repeat.contains(key))
                        && (present[i] || *key == "at");
                    if wanted || stray == Some(*key) {
                        let v = match *key {
                            "expect_refused" => b.clone(),
                            "label" => label.clone(),
                            _ => values[i].clone(),
                        };
                        lines.push(format!("{key} = {v}"));
                    }
                }
                lines.join("\n")
            },
        )
}

fn workload() -> impl Strategy<Value = String> {
    prop_oneof![
        4 =>
        num().prop_map(|v| format!("constant = {v}")),
        4 => (num(), proptest::option::of(num())).prop_map(|(max, min)| {
            format!(
                "uniform = {{ max = {max}{} }}",
                min.map(|m| format!(", min = {m}")).unwrap_or_default()
            )
        }),
        4 => (num(), num(), num(), proptest::option::of(num())).prop_map(|(a, b, c, d)| {
            format!(
                "bursty = {{ on_cycles = {a}, off_cycles = {b}, on_work = {c}{} }}",
                d.map(|d| format!(", off_work = {d}")).unwrap_or_default()
            )
        }),
        4 => proptest::option::of(num()).prop_map(|m| format!(
            "just_below_window = {{ {} }}",
            m.map(|m| format!("margin = {m}")).unwrap_or_default()
        )),
        2 => prop_oneof![
            Just("\"trace_example.csv\"".to_string()),
            Just("\"does-not-exist.csv\"".to_string()),
            Just("\".\"".to_string()),
            Just("\"/dev/null\"".to_string()),
            Just("\"/dev/zero\"".to_string()),
            Just("\"steady.toml\"".to_string()),
        ]
        .prop_map(|t| format!("trace = {t}")),
        1 => Just("sometimes = 1".to_string()),
        1 => Just(String::new()),
    ]
}

fn scenario_text() -> impl Strategy<Value = String> {
    (
        proptest::option::of((
            field("max_work_per_cycle", num().boxed()),
            field("power_up_baseline_ratio", num().boxed()),
            field("epoch_shift", num().boxed()),
        )),
        prop_oneof![
            3 => proptest::sample::select(vec!["1", "2", "100", "1000", "60_000", "1_099_511_627_776"])
                .prop_map(str::to_string),
            1 => num(),
        ],
        (
            field("seed", num().boxed()),
            field("status_every", num().boxed()),
            field("sample_every", num().boxed()),
        ),
        workload(),
        proptest::collection::vec(action(), 0..5),
    )
        .prop_map(|(design, cycles, (seed, se, sa), workload, actions)| {
            let mut t = String::new();
            if let Some((a, b, c)) = design {
                t.push_str("[design]\n");
                for l in [a, b, c].into_iter().flatten() {
                    t.push_str(&l);
                    t.push('\n');
                }
            }
            t.push_str(&format!("[run]\ncycles = {cycles}\n"));
            for l in [seed, se, sa].into_iter().flatten() {
                t.push_str(&l);
                t.push('\n');
            }
            t.push_str(&format!("[workload]\n{workload}\n"));
            for a in actions {
                t.push_str(&a);
                t.push('\n');
            }
            t
        })
}

fn shipped_scenarios() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut v: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    assert!(v.len() >= 5, "the shipped scenarios are missing");
    for (name, text) in &v {
        // The unedited files are valid (and the trace one finds its trace).
        if let Err(e) = Scenario::parse(text, &dir.join(name)) {
            panic!("shipped scenario {name}: {e}");
        }
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn scenario_parser_survives_arbitrary_text(text in "\\PC{0,400}") {
        check(&text)?;
    }

    #[test]
    fn scenario_parser_survives_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes))?;
    }

    /// Generated scenarios: well-formed TOML with every field at and beyond
    /// its bounds, actions with zero, one or two verbs and any fields.
    #[test]
    fn scenario_parser_survives_generated_scenarios(text in scenario_text()) {
        if let Some(s) = check(&text)? {
            let entries = text.matches("[[action]]").count() as u128;
            // Each entry expands to at most MAX_REPEATS repeats of at most
            // two actions (a kill pulse).
            prop_assert!(s.actions.len() as u128 <= entries * MAX_REPEATS * 2);
            prop_assert!(s.actions.iter().all(|a| (a.index as u128) < entries));
        }
    }

    /// The shipped scenarios with one line deleted, duplicated or replaced,
    /// a character changed, or the text cut or extended.
    #[test]
    fn edited_shipped_scenarios_are_refused_or_consistent(
        pick in any::<prop::sample::Index>(),
        line in any::<prop::sample::Index>(),
        edit in 0u8..6,
        c in any::<char>(),
        replacement in prop_oneof![num().prop_map(|n| format!("at = {n}")), num().prop_map(|n| format!("every = {n}")), num().prop_map(|n| format!("cycles = {n}")), "\\PC{0,30}"],
    ) {
        let files = shipped_scenarios();
        let (_, text) = &files[pick.index(files.len())];
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let i = line.index(lines.len());
        let edited = match edit {
            0 => { lines.remove(i); lines.join("\n") }
            1 => { let l = lines[i].clone(); lines.insert(i, l); lines.join("\n") }
            2 => { lines[i] = replacement; lines.join("\n") }
            3 => { lines.insert(i, replacement); lines.join("\n") }
            4 => {
                let chars: Vec<char> = text.chars().collect();
                let at = line.index(chars.len());
                let mut s: String = chars[..at].iter().collect();
                s.push(c);
                s.extend(&chars[at + 1..]);
                s
            }
            _ => text.chars().take(line.index(text.chars().count() + 1)).collect(),
        };
        check(&edited)?;
    }

}

proptest! {
    // Fewer cases: one case can expand a million repeats.
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A repeated action (a kill pulse, `at`, `every`, `count`, `for`) with
    /// values up to 2^64 - 1 expands exactly to the cycles inside the run,
    /// computed here without overflow; repeats beyond the limit are refused
    /// with a message naming the field.
    #[test]
    fn repeats_expand_exactly_without_wrapping(
        cycles in prop_oneof![1u64..300, Just(1u64 << 40), Just(2_000_001u64)],
        at in any::<prop::sample::Index>(),
        every in prop_oneof![1u64..50, Just(997u64), Just(1u64 << 62), Just(1u64 << 63), Just(u64::MAX), any::<u64>().prop_map(|v| v | 1)],
        count in proptest::option::of(prop_oneof![9 => 1u64..10, 1 => Just(1_000_000u64)]),
        pulse in proptest::option::of(prop_oneof![1u64..5, Just(1u64 << 63), Just(u64::MAX)]),
    ) {
        let at = at.index(cycles.min(1000) as usize) as u64;
        let mut text = format!(
            "[run]\ncycles = {cycles}\n[workload]\nconstant = 1\n[[action]]\nkill_pin = true\nat = {at}\nevery = \"{every}\"\n"
        );
        if let Some(c) = count {
            text.push_str(&format!("count = {c}\n"));
        }
        if let Some(p) = pulse {
            text.push_str(&format!("for = \"{p}\"\n"));
        }
        let repeats = count.map_or((cycles - 1 - at) / every + 1, |c| c) as u128;
        let parsed = Scenario::parse(&text, &scenario_path());
        if count.is_none() && repeats > MAX_REPEATS {
            let e = parsed.expect_err("more repeats than the limit");
            prop_assert!(
                matches!(&e, ScenarioError::Invalid { field, .. } if field == "action[0].every"),
                "{e:?}"
            );
            prop_assert!(e.to_string().contains("1000000"), "{e}");
            return Ok(());
        }
        let s = parsed.map_err(|e| TestCaseError::fail(e.to_string()))?;
        // Expected: for k < repeats, on at at + k·every and off `for` later,
        // each if inside the run; sorted by cycle, file order within one.
        let mut expected: Vec<(u128, bool)> = Vec::new();
        for k in 0..repeats {
            let base = u128::from(at) + k * u128::from(every);
            if base >= u128::from(cycles) {
                break;
            }
            expected.push((base, true));
            if let Some(p) = pulse {
                let off = base + u128::from(p);
                if off < u128::from(cycles) {
                    expected.push((off, false));
                }
            }
        }
        expected.sort_by_key(|e| e.0);
        let got: Vec<(u128, bool)> = s
            .actions
            .iter()
            .map(|a| match a.kind {
                ActionKind::KillPin(on) => (u128::from(a.at), on),
                ref k => panic!("unexpected action {k:?}"),
            })
            .collect();
        prop_assert_eq!(got, expected);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// Trace files of any text: a work-value vector or a typed error naming
    /// the file (and the line, for a bad line).
    #[test]
    fn trace_loader_survives_arbitrary_text(
        text in prop_oneof![
            "\\PC{0,200}",
            proptest::collection::vec(prop_oneof![
                (0u32..70000).prop_map(|v| v.to_string()),
                (any::<u32>(), 0u32..70000).prop_map(|(c, v)| format!("{c},{v}")),
                Just("cycle,work".to_string()), Just("# c".to_string()), Just(String::new()),
                Just("4294967295,1".to_string()), Just("16777216,1".to_string()),
                Just("0x10,0b1".to_string()), Just("1,2,3".to_string()),
            ], 0..12).prop_map(|l| l.join("\n")),
        ],
    ) {
        let dir = std::env::temp_dir().join(format!("capfuse-trace-props-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("t-{:016x}.csv", {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            text.hash(&mut h);
            h.finish()
        }));
        std::fs::write(&file, &text).unwrap();
        let got = load_trace(&file);
        let _ = std::fs::remove_file(&file);
        match got {
            Ok(v) => prop_assert!(!v.is_empty() && v.len() <= 1 << 24),
            Err(e) => {
                prop_assert!(matches!(e, ScenarioError::Trace { .. }), "{e:?}");
                prop_assert!(e.to_string().contains(&file.display().to_string()), "{e}");
            }
        }
    }
}

/// A trace that is not a regular file (a device that never ends, a
/// directory) is refused at once instead of read forever.
#[test]
fn a_trace_that_is_not_a_regular_file_is_refused() {
    for t in ["/", "/dev/zero"] {
        let text = format!("[run]\ncycles = 10\n[workload]\ntrace = \"{t}\"\n");
        let e = Scenario::parse(&text, &scenario_path()).unwrap_err();
        let m = e.to_string();
        assert!(
            m.contains("workload.trace") && m.contains("regular file"),
            "{m}"
        );
    }
}
