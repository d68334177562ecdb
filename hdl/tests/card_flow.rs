//! The open FPGA flow on the whole card (`capfuse_card`: fuse core,
//! Ed25519 engine, attestation/grant controller and router, with a 3-key
//! authority set): Verilator lint is clean and yosys maps it for Xilinx
//! UltraScale+ within the part's resources. A missing tool fails the test
//! with its install command. Run with `--nocapture` to see the figures.
//!
//! ECP5 synthesis within the LFE5UM5G-45F is checked by
//! `versa_board_builds_to_a_bitstream` in `tests/boards.rs`, which builds
//! the same card (same key set) inside the ECP5 Versa board top all the way
//! to a bitstream.
//!
//! Place and route is not run here: nextpnr takes 5–9 minutes on the card
//! on two cores. `capfuse-sim bench --card-only` runs the whole flow
//! (the same `Design::CARD`) and prints the Fmax against the 100 MHz goal;
//! docs/PERFORMANCE.md has the latest figures.

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
fn yosys_synthesises_for_xcup() {
    let s = run_synth(Target::Xcup).unwrap_or_else(|e| panic!("{e}"));
    show(&s);
    assert!((6_000..=200_000).contains(&s.count(Resource::Lut)));
    assert!((1..=32).contains(&s.count(Resource::Dsp)));
}
