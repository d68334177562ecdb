//! Writes the artefacts generated from the register map.
//! Run from anywhere inside the workspace: `cargo run -p capfuse-abi --bin capfuse-abi-gen`.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let outputs = [
        (
            capfuse_abi::gen::REGISTERS_MD,
            capfuse_abi::gen::registers_markdown(),
        ),
        (capfuse_abi::gen::C_HEADER, capfuse_abi::gen::c_header()),
        (
            capfuse_abi::gen::REG_READ_RS,
            capfuse_abi::gen::reg_read_rust(),
        ),
        (
            capfuse_abi::gen::REG_WRITE_RS,
            capfuse_abi::gen::reg_write_rust(),
        ),
        (
            capfuse_abi::gen::DRIVER_REGS_RS,
            capfuse_abi::gen::driver_regs_rust(),
        ),
    ];
    for (rel, text) in outputs {
        let path = root.join(rel);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("wrote {rel}");
    }
}
