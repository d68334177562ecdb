fn main() {
    std::fs::write(
        "/tmp/edv/capfuse_ed25519.v",
        capfuse_hdl::generate_ed25519_verilog(),
    )
    .unwrap();
}
