//! The card top and its parts: Verilator lint of the emitted Verilog.

use capfuse_hdl::card::{AuthorityRom, CryptoCtl, Router};
use capfuse_hdl::flow;
use rust_hdl::core::prelude::*;

fn keys(n: usize) -> Vec<[u8; 32]> {
    (0..n).map(|i| [i as u8 + 1; 32]).collect()
}

fn lint_block(name: &str, verilog: String) {
    let dir = flow::work_dir(&format!("card-lint-{name}")).unwrap();
    let path = dir.join(format!("{name}.v"));
    std::fs::write(&path, verilog).unwrap();
    let lint = flow::lint_top(&path, "top").unwrap_or_else(|e| panic!("{e:#}"));
    assert!(
        lint.warnings.is_empty(),
        "{name}: Verilator lint warnings:\n{}",
        lint.warnings.join("\n")
    );
}

#[test]
fn crypto_ctl_and_router_lint_clean() {
    let mut ctl = CryptoCtl::new(&AuthorityRom::new(&keys(3), 2).unwrap());
    ctl.connect_all();
    lint_block("crypto_ctl", capfuse_hdl::emit_block(&ctl));
    let mut r = Router::new();
    r.connect_all();
    lint_block("router", capfuse_hdl::emit_block(&r));
}

/// The card's Verilog: lint clean, the spec'd ports, and the key set
/// checked before anything is built.
#[test]
fn card_verilog_lints_clean() {
    assert!(
        capfuse_hdl::generate_card_verilog(capfuse_abi::FuseParams::DEFAULT, &keys(3), 4).is_err()
    );
    assert!(
        capfuse_hdl::generate_card_verilog(capfuse_abi::FuseParams::DEFAULT, &keys(9), 1).is_err()
    );
    let v =
        capfuse_hdl::generate_card_verilog(capfuse_abi::FuseParams::DEFAULT, &keys(3), 2).unwrap();
    let header = v
        .split("module capfuse_card(")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .expect("module capfuse_card");
    let mut ports: Vec<&str> = header.split(',').map(str::trim).collect();
    ports.sort();
    let mut expected = vec![
        "clock",
        "work_units",
        "kill",
        "accel_clk_en",
        "irq",
        "axi_awvalid",
        "axi_awready",
        "axi_awaddr",
        "axi_wvalid",
        "axi_wready",
        "axi_wdata",
        "axi_wstrb",
        "axi_bvalid",
        "axi_bready",
        "axi_bresp",
        "axi_arvalid",
        "axi_arready",
        "axi_araddr",
        "axi_rvalid",
        "axi_rready",
        "axi_rdata",
        "axi_rresp",
        "seed",
        "boot_epoch",
    ];
    expected.sort();
    assert_eq!(ports, expected);
    let dir = flow::work_dir("card-lint").unwrap();
    let path = dir.join(format!("{}.v", capfuse_hdl::CARD_MODULE));
    std::fs::write(&path, v).unwrap();
    let lint = flow::lint_top(&path, flow::Design::CARD.top).unwrap_or_else(|e| panic!("{e:#}"));
    assert!(
        lint.warnings.is_empty(),
        "Verilator lint warnings:\n{}",
        lint.warnings.join("\n")
    );
}
