//! The committed Verilog must be what the generator emits today.

use capfuse_abi::FuseParams;

#[test]
fn golden_verilog_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/golden/capfuse_core.v");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let fresh = capfuse_hdl::generate_verilog(FuseParams::DEFAULT);
    assert!(
        committed == fresh,
        "hdl/golden/capfuse_core.v is stale (or missing); regenerate it with\n    \
         cargo run -p capfuse-hdl -- emit hdl/golden\nand review the diff"
    );
}

#[test]
fn golden_fuse_verilog_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/golden/capfuse_fuse.v");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let fresh = capfuse_hdl::generate_fuse_verilog(FuseParams::DEFAULT);
    assert!(
        committed == fresh,
        "hdl/golden/capfuse_fuse.v is stale (or missing); regenerate it with\n    \
         cargo run -p capfuse-hdl -- emit hdl/golden\nand review the diff"
    );
}

#[test]
fn golden_ed25519_verilog_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/golden/capfuse_ed25519.v");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let fresh = capfuse_hdl::generate_ed25519_verilog();
    assert!(
        committed == fresh,
        "hdl/golden/capfuse_ed25519.v is stale (or missing); regenerate it with\n    \
         cargo run -p capfuse-hdl -- emit hdl/golden\nand review the diff"
    );
}
