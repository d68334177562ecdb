//! Guest program of the QEMU VFIO test (`driver/tests/qemu_vfio.rs`).
//!
//! Runs inside a Linux guest booted by `scripts/qemu/run.sh`, against QEMU's
//! `edu` device. The guest's init calls it twice:
//!
//! - `vfio_edu unbound <edu BDF> <other BDF>` before the edu device is bound
//!   to vfio-pci;
//! - `vfio_edu bound <edu BDF>` after binding it.
//!
//! Every finding is one `RESULT name=value` line on stdout (the serial
//! console), which the test parses. Build it static for the guest:
//! `cargo build --release -p capfuse-driver --example vfio_edu --target x86_64-unknown-linux-musl`.

use std::path::Path;
use std::process::ExitCode;

fn result(name: &str, value: impl std::fmt::Display) {
    println!("RESULT {name}={value}");
}

fn sysfs(bdf: &str, attr: &str) -> String {
    let path = Path::new("/sys/bus/pci/devices").join(bdf).join(attr);
    std::fs::read_to_string(&path)
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|e| format!("error:{e}"))
}

fn driver_of(bdf: &str) -> String {
    std::fs::read_link(Path::new("/sys/bus/pci/devices").join(bdf).join("driver"))
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "none".into())
}

fn describe(phase: &str, bdf: &str) {
    result(&format!("{phase}.vendor"), sysfs(bdf, "vendor"));
    result(&format!("{phase}.device"), sysfs(bdf, "device"));
    result(&format!("{phase}.driver"), driver_of(bdf));
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["unbound", edu, other] => {
            describe("unbound", edu);
            describe("other", other);
            ExitCode::SUCCESS
        }
        ["bound", edu] => {
            describe("bound", edu);
            let container = std::fs::metadata("/dev/vfio/vfio").is_ok();
            result("bound.container_node", container);
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: vfio_edu unbound <edu BDF> <other BDF> | vfio_edu bound <edu BDF>");
            ExitCode::from(2)
        }
    }
}
