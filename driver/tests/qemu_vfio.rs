//! The driver's VFIO backend on a real kernel VFIO stack.
//!
//! Boots a Debian kernel under QEMU (TCG; q35 with `-device intel-iommu` and
//! `-device edu`, `intel_iommu=on`), whose busybox init loads the vfio
//! modules, binds the edu device to vfio-pci and runs the guest program
//! `driver/examples/vfio_edu.rs`, built static for musl. The guest reports
//! `RESULT name=value` lines on the serial console; this test asserts on them.
//!
//! Needs root (or sudo) the first time: `scripts/qemu/prepare.sh` installs
//! qemu-system-x86, busybox-static, cpio and the musl target and fetches the
//! kernel package. It fails with what is missing rather than skipping.

#![cfg(target_os = "linux")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

const MUSL: &str = "x86_64-unknown-linux-musl";
/// Bound on one boot (TCG boots to a result in well under 10 s here).
const QEMU_TIMEOUT_S: u32 = 120;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("driver/ has a parent")
        .to_path_buf()
}

fn run(what: &str, cmd: &mut Command) -> Output {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot start {cmd:?}: {e}"));
    if !out.status.success() {
        panic!(
            "{what} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// Runs prepare.sh (cached after the first run); returns its cache directory.
fn prepare() -> PathBuf {
    let out = run(
        "scripts/qemu/prepare.sh (installs qemu-system-x86, busybox-static, cpio, \
         the musl target and the kernel package; needs root or sudo the first time)",
        Command::new(repo().join("scripts/qemu/prepare.sh")).current_dir(repo()),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let cache = stdout
        .lines()
        .find_map(|l| l.strip_prefix("CACHE="))
        .unwrap_or_else(|| panic!("prepare.sh printed no CACHE= line:\n{stdout}"));
    PathBuf::from(cache)
}

/// Builds the guest program static for musl in its own target directory (so
/// it never waits on the lock of the cargo running this test).
fn build_guest(cache: &Path) -> PathBuf {
    let target_dir = cache.join("guest-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(
        "building the guest program (cargo build --example vfio_edu --target x86_64-unknown-linux-musl)",
        Command::new(cargo)
            .current_dir(repo())
            .args([
                "build",
                "--release",
                "-p",
                "capfuse-driver",
                "--example",
                "vfio_edu",
                // The guest needs the VFIO backend only, not the simulator.
                "--no-default-features",
                "--features",
                "vfio",
                "--target",
                MUSL,
                "--target-dir",
            ])
            .arg(&target_dir),
    );
    let bin = target_dir.join(MUSL).join("release/examples/vfio_edu");
    assert!(
        bin.is_file(),
        "guest program not found at {}",
        bin.display()
    );
    bin
}

/// The guest's console and its `RESULT` lines.
struct Guest {
    console: String,
    results: BTreeMap<String, String>,
}

impl Guest {
    fn get(&self, name: &str) -> &str {
        self.results
            .get(name)
            .map(String::as_str)
            .unwrap_or_else(|| {
                panic!(
                    "the guest reported no `RESULT {name}=`; console:\n{}",
                    self.console
                )
            })
    }

    fn expect(&self, name: &str, want: &str) {
        let got = self.get(name);
        assert_eq!(
            got, want,
            "RESULT {name}: got {got:?}, want {want:?}; console:\n{}",
            self.console
        );
    }

    fn expect_that(&self, name: &str, what: &str, ok: impl Fn(&str) -> bool) {
        let got = self.get(name);
        assert!(
            ok(got),
            "RESULT {name}={got:?} is not {what}; console:\n{}",
            self.console
        );
    }
}

fn boot(guest_program: &Path) -> Guest {
    let start = Instant::now();
    let out = Command::new(repo().join("scripts/qemu/run.sh"))
        .arg(guest_program)
        .env("QEMU_TIMEOUT", QEMU_TIMEOUT_S.to_string())
        .current_dir(repo())
        .stdin(Stdio::null())
        .output()
        .expect("cannot start scripts/qemu/run.sh");
    let elapsed = start.elapsed();
    let console = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!(
        "--- guest console ({:.1} s)\n{console}\n--- stderr\n{stderr}",
        elapsed.as_secs_f64()
    );
    assert!(
        console.contains("CAPFUSE-RESULTS-END"),
        "the guest did not reach the end of its results (run.sh {}; a status of 124 \
         means the {QEMU_TIMEOUT_S} s timeout); console:\n{console}\nstderr:\n{stderr}",
        out.status
    );
    let mut results = BTreeMap::new();
    let begin = console
        .find("CAPFUSE-RESULTS-BEGIN")
        .expect("results block has a begin marker");
    for line in console[begin..].lines() {
        if let Some((name, value)) = line
            .trim()
            .strip_prefix("RESULT ")
            .and_then(|r| r.split_once('='))
        {
            results.insert(name.to_string(), value.to_string());
        }
    }
    Guest { console, results }
}

#[test]
fn edu_device_through_vfio_on_a_real_kernel() {
    let cache = prepare();
    let guest_program = build_guest(&cache);
    let guest = boot(&guest_program);

    // The kernel side: modules load, edu sits in an IOMMU group and binds.
    for m in [
        "vfio",
        "vfio_iommu_type1",
        "vfio_virqfd",
        "irqbypass",
        "vfio-pci-core",
        "vfio-pci",
    ] {
        guest.expect(&format!("insmod.{m}"), "ok");
    }
    guest.expect_that("edu.bdf", "a PCI address", |v| v.starts_with("0000:"));
    guest.expect_that("edu.iommu_group", "an IOMMU group number", |v| {
        v.parse::<u32>().is_ok()
    });
    guest.expect("edu.driver_after", "vfio-pci");

    // Before binding: the clear not-bound error (the CLI's hint has the
    // commands that fix it) for the edu device (no driver) and for another device of the guest.
    guest.expect("unbound.edu.error", "NotBoundToVfio");
    guest.expect_that(
        "unbound.edu.message",
        "the not-bound message naming what the device is bound to, without advice",
        |m| m.contains(": bound to ") && m.ends_with(", not vfio-pci"),
    );
    guest.expect("unbound.other.error", "NotBoundToVfio");
    guest.expect("guest.unbound.exit", "0");

    // Bound, but a capfuse card expected: the clear wrong-ID error.
    guest.expect("bound.wrong_id.error", "WrongDeviceId");
    guest.expect_that(
        "bound.wrong_id.message",
        "the wrong-ID message naming what was found",
        |m| m.contains("1234:11e8"),
    );

    // The real open: BAR0 region info and mapping, registers through it.
    guest.expect("bound.open", "ok");
    guest.expect("bound.bar0.size", "0x100000");
    guest.expect_that(
        "bound.bar0.flags",
        "VFIO region flags with READ, WRITE and MMAP",
        |f| u32::from_str_radix(f.trim_start_matches("0x"), 16).is_ok_and(|f| f & 0x7 == 0x7),
    );
    guest.expect("bound.bar0.mmap", "ok");
    guest.expect("bound.id", "0x010000ed");
    guest.expect("bound.liveness", "ok");

    // Config space: memory decoding and bus mastering on.
    guest.expect("bound.bus_master", "1");
    guest.expect("bound.memory_enable", "1");

    // MSI on the eventfd: nothing before the raise, delivered after, and the
    // status register shows the raised bits until acknowledged.
    guest.expect("bound.irq_kind", "msi");
    guest.expect("bound.msi.before_raise", "false");
    guest.expect("bound.msi", "delivered");
    guest.expect("bound.irq_status", "0x5");
    guest.expect("bound.irq_status_after_ack", "0x0");

    // Reset (if the function supports it) leaves the device answering.
    guest.expect("bound.id_after_reset", "0x010000ed");
    guest.expect("guest.bound.exit", "0");
}
