//! The open FPGA flow on the Ed25519 engine (`capfuse_ed25519`): Verilator
//! lint is clean, yosys maps it for ECP5 (at most 32 multipliers) and for
//! Xilinx UltraScale+, and nextpnr places and routes it on an ECP5-5G 45k
//! out of context (its 371 port bits exceed the package's pins) with a
//! measured Fmax. A missing tool fails the test with its install command.
//!
//! This is the slowest test in the workspace: about 30 s of yosys per
//! target and 2–2.5 min of nextpnr on a 2-core machine (the two syntheses
//! run in parallel). Run with `--nocapture` to see the figures and the time
//! of each step; `capfuse-sim bench` prints the same figures next to the
//! engine's cycle counts (docs/PERFORMANCE.md).

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

use capfuse_hdl::flow::{self, Design, Resource, Synth, Target};

/// The work directory and the engine's Verilog written into it.
fn verilog() -> &'static PathBuf {
    static V: OnceLock<PathBuf> = OnceLock::new();
    V.get_or_init(|| {
        let t = Instant::now();
        let dir = flow::work_dir("ed25519-flow-test").expect("creating the flow work directory");
        let path = dir.join(format!("{}.v", capfuse_hdl::ED25519_MODULE));
        std::fs::write(&path, capfuse_hdl::generate_ed25519_verilog())
            .expect("writing the Verilog");
        println!(
            "Verilog generated in {:.1} s: {}",
            t.elapsed().as_secs_f64(),
            path.display()
        );
        path
    })
}

fn run_synth(target: Target) -> Result<Synth, String> {
    let v = verilog();
    flow::synth_design(&Design::ED25519, target, v, v.parent().unwrap())
        .map_err(|e| format!("{e:#}"))
}

/// The ECP5 netlist, synthesised once for the synthesis and the place and
/// route tests.
fn ecp5() -> &'static Synth {
    static S: OnceLock<Result<Synth, String>> = OnceLock::new();
    match S.get_or_init(|| run_synth(Target::Ecp5)) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    }
}

fn show(s: &Synth) {
    println!(
        "{} synthesis in {:.1} s: LUT {}, FF {}, carry {}, BRAM {} ({}), DSP {} ({}), \
         LUT RAM {}; {} port bits",
        s.target,
        s.seconds,
        s.count(Resource::Lut),
        s.count(Resource::Ff),
        s.count(Resource::Carry),
        s.count(Resource::Bram),
        s.cells_of(Resource::Bram),
        s.count(Resource::Dsp),
        s.cells_of(Resource::Dsp),
        s.count(Resource::LutRam),
        s.port_bits
    );
    println!("{} cells: {:?}", s.target, s.cells);
    assert!(s.json.is_file(), "{} missing", s.json.display());
}

#[test]
fn verilator_lint_is_clean() {
    let lint =
        flow::lint_top(verilog(), capfuse_hdl::ED25519_MODULE).unwrap_or_else(|e| panic!("{e:#}"));
    println!(
        "lint: {} warning(s) in {:.2} s",
        lint.warnings.len(),
        lint.seconds
    );
    assert!(
        lint.warnings.is_empty(),
        "Verilator lint warnings:\n{}",
        lint.warnings.join("\n")
    );
}

#[test]
fn yosys_synthesises_for_ecp5_within_budget() {
    let s = ecp5();
    show(s);
    let (luts, ffs, dsp, bram) = (
        s.count(Resource::Lut),
        s.count(Resource::Ff),
        s.count(Resource::Dsp),
        s.count(Resource::Bram),
    );
    // An Ed25519 datapath with a register file, SHA-512 and a sequencer
    // cannot be tiny; anything near the LFE5UM5G-45F's 43,848 LUTs or
    // beyond its 72 multipliers / 108 block RAMs is a mapping failure.
    assert!((1_000..=43_848).contains(&luts), "LUT4 {luts}");
    assert!((500..=43_848).contains(&ffs), "TRELLIS_FF {ffs}");
    assert!(s.count(Resource::Carry) > 0, "no CCU2C: {:?}", s.cells);
    assert!(
        (1..=32).contains(&dsp),
        "MULT18X18D {dsp}: the budget is at most 32"
    );
    assert!((1..=108).contains(&bram), "DP16KD {bram}");
    assert!(
        s.out_of_context(),
        "{} port bits fit the package; place and route need not be out of context",
        s.port_bits
    );
}

#[test]
fn yosys_synthesises_for_xcup() {
    let s = run_synth(Target::Xcup).unwrap_or_else(|e| panic!("{e}"));
    show(&s);
    let (luts, ffs, dsp) = (
        s.count(Resource::Lut),
        s.count(Resource::Ff),
        s.count(Resource::Dsp),
    );
    assert!((1_000..=200_000).contains(&luts), "LUTs {luts}");
    assert!((500..=200_000).contains(&ffs), "FFs {ffs}");
    assert!((1..=32).contains(&dsp), "DSP48E2 {dsp}");
    assert!(
        s.count(Resource::Carry) > 0,
        "no carry cells: {:?}",
        s.cells
    );
}

#[test]
fn nextpnr_places_and_routes_ecp5_5g_out_of_context() {
    let s = ecp5();
    let p = flow::pnr_ecp5(s).unwrap_or_else(|e| panic!("{e:#}"));
    println!(
        "{} place and route{}: Fmax {:.2} MHz (goal {:.0} MHz) in {:.1} s; log {}",
        Target::Ecp5.device(),
        if p.out_of_context {
            " (out of context)"
        } else {
            ""
        },
        p.fmax_mhz,
        p.goal_mhz,
        p.seconds,
        p.log.display()
    );
    for (name, (used, avail)) in &p.utilisation {
        if *used > 0 {
            println!("  {name:<16} {used:>6} / {avail}");
        }
    }
    for l in p.critical_path_steps() {
        println!("  {l}");
    }
    assert!(p.out_of_context);
    assert!(p.fmax_mhz > 0.0, "Fmax not parsed");
    assert!(!p.critical_path.is_empty(), "critical path not parsed");
    assert!(!p.utilisation.is_empty(), "utilisation not parsed");
}
