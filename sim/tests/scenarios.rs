//! Every shipped scenario through the model and the rtl engine: all
//! invariants pass and all expectations hold. Plus bad scenario files.

use std::path::{Path, PathBuf};

use capfuse_sim::runner::{self, RunOptions};
use capfuse_sim::scenario::Scenario;
use capfuse_sim::EngineKind;

fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn shipped() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(scenario_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    v.sort();
    v
}

fn run_all(engine: EngineKind) {
    let files = shipped();
    for required in [
        "steady",
        "bursty",
        "just_below_window",
        "kill_storm",
        "loosening",
    ] {
        assert!(
            files.iter().any(|p| p.file_stem().unwrap() == required),
            "{required}.toml missing"
        );
    }
    for path in files {
        let sc = Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let opts = RunOptions {
            engine,
            ..RunOptions::default()
        };
        let rep = runner::run(&sc, &opts)
            .unwrap_or_else(|e| panic!("{} on {}: {e:#}", path.display(), engine.name()));
        assert!(
            rep.passed(),
            "{} on {} failed:\n{}",
            path.display(),
            engine.name(),
            runner::render_text(&rep)
        );
        assert!(
            !rep.expectations.is_empty(),
            "{}: no expectations",
            path.display()
        );
        assert!(rep
            .verdicts
            .iter()
            .all(|v| v.checks > 0 || v.monitor.name() == "counters"));
    }
}

#[test]
fn shipped_scenarios_pass_on_the_model() {
    run_all(EngineKind::Model);
}

#[test]
fn shipped_scenarios_pass_on_rtl() {
    run_all(EngineKind::Rtl);
}

#[test]
fn steady_trips_on_the_cumulative_budget_with_an_exact_cap() {
    let sc = Scenario::load(scenario_dir().join("steady.toml")).unwrap();
    let rep = runner::run(&sc, &RunOptions::default()).unwrap();
    assert_eq!(rep.trips.len(), 1);
    assert_eq!(rep.trips[0].name, "cum_budget");
    assert!(rep.trips[0].irq_cycle.is_some());
    assert!(rep.admitted <= rep.cum_budget);
    assert_eq!(rep.summary.cum_work, rep.admitted);
    let m = &rep.summary;
    assert_eq!(m.enabled + m.stopped + m.paced + m.throttled, m.cycle);
    let text = runner::render_text(&rep);
    assert!(
        text.contains("TRIP cum_budget") && text.contains("result: PASS"),
        "{text}"
    );
    let json = runner::render_json(&rep);
    assert!(
        json.starts_with('{') && json.contains("\"passed\":true"),
        "{json}"
    );
}

#[test]
fn a_failed_expectation_fails_the_run() {
    let text = "[run]\ncycles = 2000\n[workload]\nconstant = 10\n\
                [[action]]\nat = 10\nlimit = \"BASELINE_RATIO\"\nvalue = 64\nexpect_refused = false\n\
                [[action]]\nexpect_trip = \"cum_budget\"\n";
    let sc = Scenario::parse(text, Path::new("mem.toml")).unwrap();
    let rep = runner::run(&sc, &RunOptions::default()).unwrap();
    assert!(rep.verdicts.iter().all(|v| v.passed()));
    // Tightening the baseline from 32 to 64 is loosening: refused.
    assert!(!rep.expectations[0].passed, "{:?}", rep.expectations);
    assert!(!rep.expectations[1].passed);
    assert!(!rep.passed());
}

#[test]
fn vcd_is_written() {
    let dir = std::env::temp_dir().join(format!("capfuse-vcd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("run.vcd");
    let text = "[run]\ncycles = 300\n[workload]\nconstant = 10\n[[action]]\nat = 3\nread = \"ID\"\nexpect_value = 0x43465553\n";
    let sc = Scenario::parse(text, Path::new("mem.toml")).unwrap();
    let rep = runner::run(
        &sc,
        &RunOptions {
            vcd: Some(out.clone()),
            ..RunOptions::default()
        },
    )
    .unwrap();
    assert!(rep.passed(), "{}", runner::render_text(&rep));
    let vcd = std::fs::read_to_string(&out).unwrap();
    assert!(vcd.contains("$enddefinitions $end"));
    assert!(vcd.contains(" accel_clk_en $end"));
    assert!(vcd.contains(&format!("#{}\n", rep.cycles_run * 10)));
    std::fs::remove_dir_all(&dir).ok();
}

fn load_err(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("capfuse-bad-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!("{name}.toml"));
    std::fs::write(&p, text).unwrap();
    let e = Scenario::load(&p).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        e.contains(&format!("{name}.toml")),
        "error does not name the file: {e}"
    );
    e
}

#[test]
fn bad_scenarios_are_explained() {
    let e = load_err("nocycles", "[run]\nseed = 1\n[workload]\nconstant = 1\n");
    assert!(e.contains("missing field `cycles`"), "{e}");
    let e = load_err("zero", "[run]\ncycles = 0\n[workload]\nconstant = 1\n");
    assert!(e.contains("run.cycles: must be 1..="), "{e}");
    let e = load_err(
        "ratio",
        "[design]\npower_up_baseline_ratio = 257\n[run]\ncycles = 5\n[workload]\nconstant = 1\n",
    );
    assert!(
        e.contains("design.power_up_baseline_ratio: must be 0..=256, got 257"),
        "{e}"
    );
    let e = load_err("type", "[run]\ncycles = true\n[workload]\nconstant = 1\n");
    assert!(e.contains("cycles") && e.contains("expected"), "{e}");
    let e = load_err(
        "reg",
        "[run]\ncycles = 5\n[workload]\nconstant = 1\n[[action]]\nat = 1\nwrite = \"WINDOW_SIZE\"\nvalue = 1\n",
    );
    assert!(
        e.contains("action[0].write: unknown register `WINDOW_SIZE`"),
        "{e}"
    );
    let e = load_err(
        "extra",
        "[run]\ncycles = 5\nspeed = 3\n[workload]\nconstant = 1\n",
    );
    assert!(e.contains("unknown field `speed`"), "{e}");
    let e = load_err("syntax", "[run\ncycles = 5\n");
    assert!(e.contains("line 1"), "{e}");
    let e = load_err(
        "trace",
        "[run]\ncycles = 5\n[workload]\ntrace = \"missing.csv\"\n",
    );
    assert!(
        e.contains("missing.csv") && e.contains("cannot read trace file"),
        "{e}"
    );
}
