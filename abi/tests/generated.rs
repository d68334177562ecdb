//! The generated artefacts must match the map: edit abi/src/map.rs, then
//! run `cargo run -p capfuse-abi --bin capfuse-abi-gen`.

use std::path::PathBuf;

fn check(rel: &str, expected: String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel);
    let actual = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    assert!(
        actual == expected,
        "{rel} is stale: run `cargo run -p capfuse-abi --bin capfuse-abi-gen` and commit the result"
    );
}

#[test]
fn registers_md_is_current() {
    check(
        capfuse_abi::gen::REGISTERS_MD,
        capfuse_abi::gen::registers_markdown(),
    );
}

#[test]
fn c_header_is_current() {
    check(capfuse_abi::gen::C_HEADER, capfuse_abi::gen::c_header());
}

#[test]
fn register_block_read_side_is_current() {
    check(
        capfuse_abi::gen::REG_READ_RS,
        capfuse_abi::gen::reg_read_rust(),
    );
}

#[test]
fn register_block_write_side_is_current() {
    check(
        capfuse_abi::gen::REG_WRITE_RS,
        capfuse_abi::gen::reg_write_rust(),
    );
}

#[test]
fn driver_typed_registers_are_current() {
    check(
        capfuse_abi::gen::DRIVER_REGS_RS,
        capfuse_abi::gen::driver_regs_rust(),
    );
}

#[test]
fn c_header_compiles_and_agrees() {
    // Compile the header with the system C compiler and print a few values,
    // so the header is proven usable, not just textually current.
    let dir = std::env::temp_dir().join(format!("capfuse-hdr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let inc = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("include");
    let src = dir.join("t.c");
    std::fs::write(
        &src,
        "#include <stdio.h>\n#include \"capfuse_regs.h\"\nint main(void){printf(\"%u %u %u\\n\", \
         CAPFUSE_REG_CUM_BUDGET_COMMIT, CAPFUSE_REG_BASELINE_RATIO_RESET, CAPFUSE_STATUS_PACED_MASK);return 0;}\n",
    )
    .unwrap();
    let exe = dir.join("t");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let st = std::process::Command::new(&cc)
        .args(["-Wall", "-Werror", "-std=c99", "-I"])
        .arg(&inc)
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .status()
        .unwrap_or_else(|e| {
            panic!("C compiler `{cc}` not found ({e}); install gcc: apt-get install gcc")
        });
    assert!(st.success());
    let out = std::process::Command::new(&exe).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let expect = format!(
        "{} {} {}\n",
        capfuse_abi::reg::CUM_BUDGET_COMMIT,
        capfuse_abi::FuseParams::DEFAULT.power_up_baseline_ratio,
        capfuse_abi::status::PACED
    );
    assert_eq!(text, expect);
    let _ = std::fs::remove_dir_all(&dir);
}
