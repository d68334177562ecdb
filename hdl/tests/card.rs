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
    lint_block("crypto_ctl", generate_verilog(&ctl));
    let mut r = Router::new();
    r.connect_all();
    lint_block("router", generate_verilog(&r));
}
