//! The open FPGA flow on the whole card (`capfuse_card`: fuse core,
//! Ed25519 engine, attestation/grant controller and router, with a 3-key
//! authority set): Verilator lint is clean, yosys maps it for ECP5 and for
//! Xilinx UltraScale+, and nextpnr places and routes it on an ECP5-5G 45k
//! out of context (its 446 port bits, mostly the seed and boot-epoch straps,
//! exceed the package's pins) with a measured Fmax against the card's
//! 100 MHz goal. A missing tool fails the test with its install command.
//! Run with `--nocapture` to see the figures; docs/PERFORMANCE.md has them.

use std::path::PathBuf;
use std::sync::OnceLock;

use capfuse_abi::FuseParams;
use capfuse_hdl::flow::{self, Design, Resource, Synth, Target};

/// Authority keys: three valid Ed25519 public keys (fixed seeds).
fn keys() -> Vec<[u8; 32]> {
    use ed25519_dalek::SigningKey;
    (1..=3u8)
        .map(|i| SigningKey::from_bytes(&[i; 32]).verifying_key().to_bytes())
        .collect()
}

fn verilog() -> &'static PathBuf {
    static V: OnceLock<PathBuf> = OnceLock::new();
    V.get_or_init(|| {
        let dir = flow::work_dir("card-flow-test").expect("creating the flow work directory");
        let path = dir.join(format!("{}.v", capfuse_hdl::CARD_MODULE));
        let v = capfuse_hdl::generate_card_verilog(FuseParams::DEFAULT, &keys(), 2)
            .expect("generating the card");
        std::fs::write(&path, v).expect("writing the Verilog");
        path
    })
}

fn run_synth(target: Target) -> Result<Synth, String> {
    let v = verilog();
    flow::synth_design(&Design::CARD, target, v, v.parent().unwrap()).map_err(|e| format!("{e:#}"))
}

fn show(s: &Synth) {
    println!(
        "{} synthesis in {:.1} s: LUT {}, FF {}, carry {}, BRAM {} ({}), DSP {} ({}), LUT RAM {}; {} port bits",
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
}

#[test]
fn verilator_lint_is_clean() {
    let lint =
        flow::lint_top(verilog(), capfuse_hdl::CARD_MODULE).unwrap_or_else(|e| panic!("{e:#}"));
    assert!(
        lint.warnings.is_empty(),
        "Verilator lint warnings:\n{}",
        lint.warnings.join("\n")
    );
}

#[test]
fn ecp5_synthesis_and_place_and_route_meet_the_goal() {
    let s = run_synth(Target::Ecp5).unwrap_or_else(|e| panic!("{e}"));
    show(&s);
    let (luts, dsp, bram) = (
        s.count(Resource::Lut),
        s.count(Resource::Dsp),
        s.count(Resource::Bram),
    );
    // The card holds the engine (about 5.7k LUT4) and the fuse core (about
    // 3.6k): anything outside this band is a mapping failure.
    assert!((6_000..=43_848).contains(&luts), "LUT4 {luts}");
    assert!((1..=32).contains(&dsp), "MULT18X18D {dsp}");
    assert!((1..=108).contains(&bram), "DP16KD {bram}");
    let p = flow::pnr_ecp5(&s).unwrap_or_else(|e| panic!("{e:#}"));
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
    assert!(!p.critical_path.is_empty(), "critical path not parsed");
    assert!(
        p.fmax_mhz >= p.goal_mhz,
        "Fmax {:.2} MHz is below the card's {:.0} MHz goal",
        p.fmax_mhz,
        p.goal_mhz
    );
}

#[test]
fn yosys_synthesises_for_xcup() {
    let s = run_synth(Target::Xcup).unwrap_or_else(|e| panic!("{e}"));
    show(&s);
    assert!((6_000..=200_000).contains(&s.count(Resource::Lut)));
    assert!((1..=32).contains(&s.count(Resource::Dsp)));
}
