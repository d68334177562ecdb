//! Guest program of the QEMU VFIO test (`driver/tests/qemu_vfio.rs`): the
//! driver's [`VfioBar`] against QEMU's `edu` device on a real kernel.
//!
//! Runs inside the Linux guest booted by `scripts/qemu/run.sh`; the guest's
//! init calls it twice:
//!
//! - `vfio_edu unbound <edu address> <other address>` before the edu device
//!   is bound to vfio-pci: opening either must fail with the not-bound error;
//! - `vfio_edu bound <edu address>` after binding it: a wrong expected ID
//!   must fail with the wrong-ID error, then the real open, BAR0, ID and
//!   liveness registers, bus master, an MSI on the eventfd, and reset.
//!
//! Every finding is one `RESULT name=value` line on stdout (the serial
//! console), which the test parses. Build it static for the guest:
//! `cargo build --release -p capfuse-driver --example vfio_edu --target x86_64-unknown-linux-musl --no-default-features --features vfio`.

use std::process::ExitCode;

fn result(name: &str, value: impl std::fmt::Display) {
    // One line per result: the console is parsed line by line.
    let value = value.to_string().replace('\n', " ");
    println!("RESULT {name}={value}");
}

#[cfg(all(feature = "vfio", target_os = "linux"))]
mod edu {
    use std::time::{Duration, Instant};

    use capfuse_driver::vfio::{IrqKind, PCI_COMMAND_MASTER, PCI_COMMAND_MEMORY};
    use capfuse_driver::{Bar, Error, VfioBar, VfioOptions};

    use super::result;

    /// QEMU's edu device (docs/specs/edu.rst in QEMU).
    const VENDOR: u16 = 0x1234;
    const DEVICE: u16 = 0x11e8;
    const BAR0_SIZE: u64 = 1 << 20;
    /// Identification: 0xRRrr00edh, major.minor 1.0.
    const ID: u16 = 0x00;
    /// Liveness check: reads back the bitwise NOT of what was written.
    const LIVENESS: u16 = 0x04;
    /// Interrupt status: the bits raised and not yet acknowledged.
    const IRQ_STATUS: u16 = 0x24;
    /// Writing raises an interrupt with these status bits.
    const IRQ_RAISE: u16 = 0x60;
    /// Writing acknowledges (clears) these status bits.
    const IRQ_ACK: u16 = 0x64;

    fn options() -> VfioOptions {
        VfioOptions::for_device(VENDOR, DEVICE, BAR0_SIZE)
    }

    /// The error variant's name, for the test to match on.
    fn kind(e: &Error) -> &'static str {
        match e {
            Error::NotBoundToVfio { .. } => "NotBoundToVfio",
            Error::WrongDeviceId { .. } => "WrongDeviceId",
            Error::DeviceNotFound { .. } => "DeviceNotFound",
            Error::NoIommuGroup { .. } => "NoIommuGroup",
            Error::GroupNotViable { .. } => "GroupNotViable",
            Error::Vfio { .. } => "Vfio",
            _ => "other",
        }
    }

    /// Opens `address` expecting failure; reports the error's kind and text.
    fn expect_open_error(name: &str, address: &str, options: &VfioOptions) {
        match VfioBar::open_with(address, options) {
            Ok(bar) => result(&format!("{name}.error"), format!("none: opened {bar:?}")),
            Err(e) => {
                result(&format!("{name}.error"), kind(&e));
                result(&format!("{name}.message"), &e);
            }
        }
    }

    pub fn unbound(edu: &str, other: &str) -> bool {
        expect_open_error("unbound.edu", edu, &options());
        // Another device of the guest, opened with its own IDs so only the
        // binding is wrong.
        match capfuse_driver::sysfs::read_device(std::path::Path::new("/sys"), other) {
            Ok(dev) => {
                result(
                    "unbound.other.driver",
                    dev.driver.as_deref().unwrap_or("none"),
                );
                let opts = VfioOptions::for_device(dev.vendor, dev.device, 0);
                expect_open_error("unbound.other", other, &opts);
            }
            Err(e) => result("unbound.other.error", format!("sysfs: {e}")),
        }
        true
    }

    pub fn bound(edu: &str) -> bool {
        // A capfuse card expected where the edu device sits.
        expect_open_error("bound.wrong_id", edu, &VfioOptions::default());

        let t = Instant::now();
        let mut bar = match VfioBar::open_with(edu, &options()) {
            Ok(bar) => bar,
            Err(e) => {
                result("bound.open", format!("error: {} ({e})", kind(&e)));
                return false;
            }
        };
        result("bound.open", "ok");
        result("bound.open_us", t.elapsed().as_micros());
        result("bound.describe", bar.describe());

        let region = bar.bar_region();
        result("bound.bar0.size", format!("{:#x}", region.size));
        result("bound.bar0.flags", format!("{:#x}", region.flags));
        // VfioBar reads and writes registers through its BAR0 mapping.
        result("bound.bar0.mmap", "ok");

        let mut ok = true;
        let read = |bar: &mut VfioBar, name: &str, offset: u16| -> Option<u32> {
            match bar.read32(offset) {
                Ok(v) => Some(v),
                Err(e) => {
                    result(name, format!("error: {e}"));
                    None
                }
            }
        };

        if let Some(id) = read(&mut bar, "bound.id", ID) {
            result("bound.id", format!("{id:#010x}"));
        }

        let patterns = [0x1234_5678u32, 0xffff_0000, 0, 0xa5a5_5a5a];
        let mut live = true;
        for p in patterns {
            if bar.write32(LIVENESS, p).is_err() {
                live = false;
                continue;
            }
            match read(&mut bar, "bound.liveness", LIVENESS) {
                Some(v) if v == !p => {}
                Some(v) => {
                    result("bound.liveness.mismatch", format!("{p:#010x}->{v:#010x}"));
                    live = false;
                }
                None => live = false,
            }
        }
        result("bound.liveness", if live { "ok" } else { "fail" });
        ok &= live;

        match bar.command() {
            Ok(cmd) => {
                result("bound.command", format!("{cmd:#06x}"));
                result("bound.bus_master", u8::from(cmd & PCI_COMMAND_MASTER != 0));
                result(
                    "bound.memory_enable",
                    u8::from(cmd & PCI_COMMAND_MEMORY != 0),
                );
            }
            Err(e) => {
                result("bound.command", format!("error: {e}"));
                ok = false;
            }
        }

        result(
            "bound.irq_kind",
            match bar.irq_kind() {
                Some(IrqKind::Msi) => "msi",
                Some(IrqKind::MsiX) => "msix",
                None => "none",
            },
        );
        // Nothing pending before the raise: a wait must time out.
        match bar.wait_interrupt(Duration::from_millis(50)) {
            Ok(seen) => result("bound.msi.before_raise", seen),
            Err(e) => result("bound.msi.before_raise", format!("error: {e}")),
        }
        let bits = 0x0000_0005;
        ok &= bar.write32(IRQ_RAISE, bits).is_ok();
        let t = Instant::now();
        match bar.wait_interrupt(Duration::from_secs(5)) {
            Ok(seen) => {
                result("bound.msi", if seen { "delivered" } else { "timeout" });
                result("bound.msi.wait_us", t.elapsed().as_micros());
            }
            Err(e) => result("bound.msi", format!("error: {e}")),
        }
        if let Some(status) = read(&mut bar, "bound.irq_status", IRQ_STATUS) {
            result("bound.irq_status", format!("{status:#x}"));
        }
        ok &= bar.write32(IRQ_ACK, bits).is_ok();
        if let Some(status) = read(&mut bar, "bound.irq_status_after_ack", IRQ_STATUS) {
            result("bound.irq_status_after_ack", format!("{status:#x}"));
        }

        // Reset when the function supports it; the device must still answer.
        bar.reset();
        if let Some(id) = read(&mut bar, "bound.id_after_reset", ID) {
            result("bound.id_after_reset", format!("{id:#010x}"));
        }
        ok
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    #[cfg(all(feature = "vfio", target_os = "linux"))]
    {
        let ok = match args.as_slice() {
            ["unbound", edu, other] => edu::unbound(edu, other),
            ["bound", edu] => edu::bound(edu),
            _ => {
                eprintln!(
                    "usage: vfio_edu unbound <edu address> <other address> | vfio_edu bound <edu address>"
                );
                return ExitCode::from(2);
            }
        };
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
    #[cfg(not(all(feature = "vfio", target_os = "linux")))]
    {
        let _ = args;
        result("error", "built without the vfio feature or not for Linux");
        ExitCode::FAILURE
    }
}
