//! The Alveo U250 / U55C files under `constraints/` (`docs/alveo.md`),
//! checked without Vivado: board XDC against the board tops, the CDC
//! constraints against the emitted registers, the Tcl script in tclsh with
//! stub Vivado commands, Verilator lint of the tops, and yosys
//! `synth_xilinx -family xcup` of the board-independent core with the card.

use capfuse_abi::FuseParams;
use capfuse_hdl::alveo::{self, Board};
use capfuse_hdl::flow::{self, Tool};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

/// Authority keys: three valid Ed25519 public keys (fixed seeds).
fn keys() -> Vec<[u8; 32]> {
    use ed25519_dalek::SigningKey;
    (1..=3u8)
        .map(|i| SigningKey::from_bytes(&[i; 32]).verifying_key().to_bytes())
        .collect()
}

/// The emitted `capfuse_card_cdc.v`, written once.
fn card_v() -> &'static PathBuf {
    static V: OnceLock<PathBuf> = OnceLock::new();
    V.get_or_init(|| {
        let dir = flow::work_dir("alveo-test").expect("creating the work directory");
        alveo::write_sources(&dir, FuseParams::DEFAULT, &keys(), 2).expect("emitting the card")
    })
}

#[test]
fn board_xdc_places_every_port_of_the_tops() {
    for board in Board::ALL {
        let c = alveo::check_xdc(board).unwrap();
        println!(
            "{} ({}): placed by {}: {:?}; placed by the XDMA IP: {:?}",
            board.top(),
            board.part(),
            board.xdc().file_name().unwrap().to_string_lossy(),
            c.placed,
            c.placed_by_ip
        );
        assert_eq!(c.placed_by_ip.len(), 4);
    }
}

#[test]
fn cdc_constraints_name_emitted_registers() {
    let text = std::fs::read_to_string(card_v()).unwrap();
    let regs = alveo::bridge_register_paths(&text).unwrap();
    // Three synchronisers, two stages each.
    for sync in ["req_sync", "ack_sync", "irq_sync"] {
        for stage in ["meta", "stable"] {
            assert!(
                regs.contains(&format!("{sync}/{stage}/r")),
                "{sync}/{stage}"
            );
        }
    }
    let found = alveo::check_cdc_xdc(&text).unwrap();
    for (pattern, hits) in &found {
        println!("{pattern}: {}", hits.join(" "));
    }
    // The ASYNC_REG pattern reaches all six stages; the request crossing
    // reaches the eight fuse-side registers.
    let hits_of = |p: &str| -> usize {
        found
            .iter()
            .filter(|(pat, _)| pat == p)
            .map(|(_, h)| h.len())
            .max()
            .unwrap_or(0)
    };
    assert_eq!(
        hits_of("*/bridge/*_sync/meta/r_reg") + hits_of("*/bridge/*_sync/stable/r_reg"),
        6
    );
    assert_eq!(hits_of("*/bridge/f_*/q_reg*"), 8);
}

#[test]
fn tcl_sources_with_stub_vivado() {
    let dir = flow::work_dir("alveo-tcl").unwrap();
    for board in Board::ALL {
        let c = alveo::check_tcl(board, card_v(), &dir).unwrap();
        println!(
            "{}: {} Vivado calls, {} block-design wrapper ports match capfuse_bd_stub.v, {:.2} s",
            board.name(),
            c.calls.len(),
            c.wrapper_ports.len(),
            c.seconds
        );
        let created = c
            .calls
            .iter()
            .find(|l| l.starts_with("create_project"))
            .unwrap();
        assert!(created.contains(board.part()), "{created}");
    }
    // A wrong board name and a missing card file are refused.
    let bad = dir.join("bad.tcl");
    for (args, want) in [
        ("u280 card.v", "unknown board"),
        ("u250 /nonexistent/capfuse_card_cdc.v", "no such file"),
    ] {
        std::fs::write(
            &bad,
            format!(
                "set argv [list {args}]\nsource {{{}}}\n",
                alveo::alveo_dir().join("capfuse_alveo.tcl").display()
            ),
        )
        .unwrap();
        if args.starts_with("u280") {
            std::fs::write(dir.join("card.v"), "").unwrap();
        }
        let out = alveo::TCLSH.run([bad.as_os_str()], &dir).unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains(want), "{args}: {err}");
    }
}

#[test]
fn alveo_tops_lint_clean() {
    let dir = flow::work_dir("alveo-lint").unwrap();
    // Verilator knows no Xilinx primitives: behavioural stand-ins.
    let prims = dir.join("xilinx_prims.v");
    std::fs::write(
        &prims,
        "module BUFG(input wire I, output wire O); assign O = I; endmodule\n\
         /* verilator lint_off UNUSEDPARAM */\n\
         module BUFGCE #(parameter CE_TYPE = \"SYNC\") (input wire I, input wire CE, output wire O);\n\
         assign O = I & CE; endmodule\n\
         /* verilator lint_on UNUSEDPARAM */\n",
    )
    .unwrap();
    for board in Board::ALL {
        let t = Instant::now();
        let mut args: Vec<String> = [
            "--lint-only",
            "-Wall",
            "-Wno-WIDTH",
            "-Wno-DECLFILENAME",
            // The top leaves the DMA's reset, link and lock outputs and the
            // upper address and protection bits unused on purpose.
            "-Wno-PINCONNECTEMPTY",
            "-Wno-UNUSEDSIGNAL",
            "-Wno-MULTITOP",
            "--top-module",
            board.top(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for f in [
            card_v().clone(),
            alveo::alveo_dir().join("capfuse_alveo_core.v"),
            alveo::alveo_dir().join(format!("{}.v", board.top())),
            alveo::alveo_dir().join("capfuse_bd_stub.v"),
            prims.clone(),
        ] {
            args.push(f.display().to_string());
        }
        let out = Tool::VERILATOR.run(&args, &dir).unwrap();
        let text = String::from_utf8_lossy(&out.stderr).to_string();
        println!(
            "{}: verilator lint {:.2} s",
            board.top(),
            t.elapsed().as_secs_f64()
        );
        assert!(out.status.success() && !text.contains("%Warning"), "{text}");
    }
}

/// Through the library entry point the bench uses: every check, the core
/// synthesised once for both boards.
#[test]
fn core_synthesises_within_both_parts() {
    let dir = flow::work_dir("alveo-xcup").unwrap();
    let reports = alveo::check_boards(&Board::ALL, &dir, FuseParams::DEFAULT, &keys(), 2).unwrap();
    let counts = &reports[0].core;
    println!("{}: {}", alveo::CORE_MODULE, counts.summary());
    // The core's BUFG and BUFGCE, and the BUFG yosys puts on the bus_clock
    // input (in the card that clock comes from the XDMA, already buffered).
    assert_eq!(counts.synth.cells.get("BUFGCE"), Some(&1));
    assert_eq!(counts.synth.cells.get("BUFG"), Some(&2));
    for r in &reports {
        let b = r.board.budget();
        println!(
            "{} ({}): LUT {} of {} ({:.3} %), FF {} of {}, DSP {} of {}, BRAM36 {} of {}; all checks {:.1} s",
            r.board.name(),
            r.board.part(),
            counts.luts,
            b.luts,
            100.0 * counts.luts as f64 / b.luts as f64,
            counts.ffs,
            b.ffs,
            counts.dsps,
            b.dsps,
            counts.bram36,
            b.bram36,
            r.seconds
        );
        assert!(r.fits, "{} does not fit", r.board.name());
    }
}
