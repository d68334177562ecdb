//! The open FPGA flow on the generated fuse (`capfuse_fuse`, the core with
//! its card side ports tied off; `FuseParams::DEFAULT`): Verilator lint is
//! clean (for `capfuse_core` with its side ports too), yosys maps it for
//! iCE40 and ECP5, and nextpnr places and routes it on an iCE40 HX8K and an
//! ECP5-5G 45k with a measured Fmax. A missing tool fails the test with its
//! install command.
//!
//! Each target is synthesised once and shared by its tests. Run with
//! `--nocapture` to see the figures.

use std::path::PathBuf;
use std::sync::OnceLock;

use capfuse_abi::FuseParams;
use capfuse_hdl::flow::{self, Pnr, Resource, Synth, Target};

/// The work directory and the Verilog written into it.
fn verilog() -> &'static PathBuf {
    static V: OnceLock<PathBuf> = OnceLock::new();
    V.get_or_init(|| {
        let dir = flow::work_dir("hdl-flow-test").expect("creating the flow work directory");
        let path = dir.join(format!("{}.v", capfuse_hdl::FUSE_MODULE));
        std::fs::write(
            &path,
            capfuse_hdl::generate_fuse_verilog(FuseParams::DEFAULT),
        )
        .expect("writing the Verilog");
        path
    })
}

type Shared<T> = OnceLock<Result<T, String>>;

fn unwrap_shared<T>(r: &Result<T, String>) -> &T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

fn synth(target: Target) -> &'static Synth {
    static ICE40: Shared<Synth> = OnceLock::new();
    static ECP5: Shared<Synth> = OnceLock::new();
    let cell = match target {
        Target::Ice40 => &ICE40,
        Target::Ecp5 => &ECP5,
        Target::Xcup => unreachable!("the fuse is not built for xcup"),
    };
    unwrap_shared(cell.get_or_init(|| {
        let v = verilog();
        let work = v.parent().unwrap();
        flow::synth(target, v, work).map_err(|e| format!("{e:#}"))
    }))
}

fn pnr(target: Target) -> &'static Pnr {
    static ICE40: Shared<Pnr> = OnceLock::new();
    static ECP5: Shared<Pnr> = OnceLock::new();
    let cell = match target {
        Target::Ice40 => &ICE40,
        Target::Ecp5 => &ECP5,
        Target::Xcup => unreachable!("the fuse is not built for xcup"),
    };
    unwrap_shared(cell.get_or_init(|| {
        let s = synth(target);
        match target {
            Target::Ice40 => flow::pnr_ice40(s),
            Target::Ecp5 => flow::pnr_ecp5(s),
            Target::Xcup => unreachable!("no place and route for xcup"),
        }
        .map_err(|e| format!("{e:#}"))
    }))
}

fn check_synth(target: Target) {
    let s = synth(target);
    let (luts, ffs) = (s.count(Resource::Lut), s.count(Resource::Ff));
    println!("{target} synthesis: {}", s.summary());
    println!("{target} cells: {:?}", s.cells);
    assert!(luts > 0, "{target}: no LUTs in {:?}", s.cells);
    assert!(ffs > 0, "{target}: no flip-flops in {:?}", s.cells);
    assert!(s.json.is_file(), "{} missing", s.json.display());
}

fn check_pnr(target: Target) {
    let p = pnr(target);
    println!(
        "{} place and route: Fmax {:.2} MHz (goal {:.0} MHz) in {:.1} s; log {}",
        target.device(),
        p.fmax_mhz,
        p.goal_mhz,
        p.seconds,
        p.log.display()
    );
    for (name, (used, avail)) in &p.utilisation {
        if *used > 0 {
            println!("  {name:<14} {used:>6} / {avail}");
        }
    }
    assert!(p.fmax_mhz > 0.0, "{target}: Fmax not parsed");
    assert!(
        !p.utilisation.is_empty(),
        "{target}: utilisation not parsed"
    );
    println!("{}", flow::TargetReport::new(synth(target), p));
}

#[test]
fn verilator_lint_is_clean() {
    // The fuse that is synthesised, and the core with its side ports as
    // free ports (the block the card instantiates).
    let core = verilog()
        .parent()
        .unwrap()
        .join(format!("{}.v", capfuse_hdl::TOP_MODULE));
    std::fs::write(&core, capfuse_hdl::generate_verilog(FuseParams::DEFAULT))
        .expect("writing the core's Verilog");
    for (path, top) in [(verilog(), flow::TOP), (&core, capfuse_hdl::TOP_MODULE)] {
        let lint = flow::lint_top(path, top).unwrap_or_else(|e| panic!("{e:#}"));
        println!(
            "lint {top}: {} warning(s) in {:.2} s",
            lint.warnings.len(),
            lint.seconds
        );
        assert!(
            lint.warnings.is_empty(),
            "Verilator lint warnings for {top}:\n{}",
            lint.warnings.join("\n")
        );
    }
}

#[test]
fn yosys_synthesises_for_ice40() {
    check_synth(Target::Ice40);
}

#[test]
fn yosys_synthesises_for_ecp5() {
    check_synth(Target::Ecp5);
}

#[test]
fn nextpnr_places_and_routes_ice40_hx8k() {
    check_pnr(Target::Ice40);
}

#[test]
fn nextpnr_places_and_routes_ecp5_5g() {
    check_pnr(Target::Ecp5);
}
