//! The CLI's error: a message, an optional hint saying what to do, and the
//! process exit code (see docs/cli.md).

use std::fmt;

use capfuse_driver::Error as DriverError;

/// Exit codes.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Any other failure (I/O, protocol, unexpected device answer).
    pub const FAILURE: u8 = 1;
    /// Bad command line or malformed value (clap uses 2 as well).
    pub const USAGE: u8 = 2;
    /// The fuse refused the request: loosening needs a signed grant.
    pub const REFUSED: u8 = 3;
    /// The device could not be opened or did not answer.
    pub const DEVICE: u8 = 4;
    /// `irq-wait` timed out without a trip.
    pub const TIMEOUT: u8 = 5;
    /// Another process held the ledger's lock for the whole lock timeout;
    /// nothing was written (retry, or wait longer with `--lock-timeout-ms`).
    pub const BUSY: u8 = 6;
    /// The card refused a grant whose expiry epoch had already passed: the
    /// authority must issue one with a later expiry.
    pub const EXPIRED: u8 = 7;
}

/// An error for the operator.
#[derive(Debug)]
pub struct CliError {
    /// What went wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// Exit code.
    pub code: u8,
}

impl CliError {
    /// An error with an exit code and no hint.
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            hint: None,
            code,
        }
    }
    /// A malformed value on the command line.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(exit::USAGE, message)
    }
    /// The device is unavailable.
    pub fn device(message: impl Into<String>) -> Self {
        Self::new(exit::DEVICE, message)
    }
    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<anyhow::Error> for CliError {
    fn from(e: anyhow::Error) -> Self {
        match e.downcast::<CliError>() {
            Ok(c) => c,
            Err(e) => CliError::new(exit::FAILURE, format!("{e:#}")),
        }
    }
}

/// The driver's message followed by its sources (the OS error).
pub fn with_sources(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        msg.push_str(&format!(": {s}"));
        src = s.source();
    }
    msg
}

/// The driver's errors keep their message, which says what happened to the
/// device, and get an exit code and a hint, which says what the operator can
/// do about it.
/// Refused and out-of-range limits are worded by `card::tighten`, which
/// knows the command line's names and units.
impl From<DriverError> for CliError {
    fn from(e: DriverError) -> Self {
        let msg = with_sources(&e);
        match e {
            DriverError::InvalidLimitValue { .. } | DriverError::BadPciAddress { .. } => {
                CliError::usage(msg).hint(DEVICE_LIST_HINT)
            }
            DriverError::LooserNeedsGrant { .. }
            | DriverError::WriteRefused { .. }
            | DriverError::Superseded { .. } => {
                CliError::new(exit::REFUSED, msg)
                    .hint("only a grant signed by the fuse's authority loosens a limit; run `capfuse status`")
            }
            DriverError::BadOffset { .. } | DriverError::NotApplied { .. } => {
                CliError::new(exit::FAILURE, msg)
                    .hint("the card did not do what was written; run `capfuse status`")
            }
            DriverError::Transport { .. } => CliError::device(msg).hint(TRANSPORT_HINT),
            DriverError::NoResponse { .. } => CliError::device(msg).hint(BOARD_HINT),
            DriverError::SerialOpen { .. } => CliError::device(msg).hint(
                "`capfuse list` shows the serial ports; a board's bridge is the second port of its FTDI chip",
            ),
            DriverError::NotAFuse { .. } => {
                CliError::device(msg).hint("check the --device address with `capfuse list`")
            }
            DriverError::DeviceNotFound { .. } => CliError::device(msg)
                .hint("`capfuse list` shows capfuse's cards; `lspci -D` lists every PCI address"),
            DriverError::WrongDeviceId { .. } => CliError::device(msg)
                .hint("wrong address? `capfuse list` shows the functions with capfuse's IDs"),
            DriverError::NotBoundToVfio { address, driver } => {
                CliError::device(msg).hint(bind_to_vfio_hint(&address, driver.is_some()))
            }
            DriverError::NoIommuGroup { .. } => CliError::device(msg).hint(
                "enable the IOMMU: VT-d or AMD-Vi in the firmware, and `intel_iommu=on` or \
                 `amd_iommu=on` on the kernel command line",
            ),
            DriverError::GroupNotViable { group, .. } => CliError::device(msg).hint(format!(
                "bind every device in /sys/kernel/iommu_groups/{group}/devices to vfio-pci \
                 (or unbind it from its driver); `capfuse list` shows each card's group"
            )),
            DriverError::PermissionDenied { path, .. } => CliError::device(msg).hint(format!(
                "run as root or give your user the file (e.g. `chown $USER {}`)",
                path.display()
            )),
            DriverError::VfioUnavailable { .. } => {
                CliError::device(msg).hint("load the driver, as root: `modprobe vfio-pci`")
            }
            DriverError::BarTooSmall { .. } | DriverError::RegionNotMappable { .. } => {
                CliError::device(msg).hint(
                    "the function at this address does not run a capfuse bitstream with its \
                     registers in BAR0; check the address (`capfuse list`) and the bitstream",
                )
            }
            DriverError::CryptoTimeout { .. } => CliError::new(exit::TIMEOUT, msg)
                .hint("try again; `--timeout-ms` waits longer; `capfuse status` shows the card"),
            DriverError::CryptoRefused { .. } => CliError::new(exit::FAILURE, msg)
                .hint("the card was busy or has no key yet: try again; `capfuse status` shows it"),
            DriverError::ReportReplaced { .. } => CliError::new(exit::FAILURE, msg)
                .hint("a threshold report took the card's report registers: run it again"),
            DriverError::Decommissioned { .. } | DriverError::NoCryptoBlock { .. } => {
                CliError::device(msg)
            }
            _ => CliError::device(msg).hint(DEVICE_LIST_HINT),
        }
    }
}

/// The commands that hand a PCI function to vfio-pci (as root). Only a
/// bound function has a `driver/unbind` file.
fn bind_to_vfio_hint(address: &str, bound: bool) -> String {
    let unbind = if bound {
        format!("echo {address} > /sys/bus/pci/devices/{address}/driver/unbind; ")
    } else {
        String::new()
    };
    format!(
        "as root: `modprobe vfio-pci; echo vfio-pci > /sys/bus/pci/devices/{address}/driver_override; \
         {unbind}echo {address} > /sys/bus/pci/drivers_probe`"
    )
}

/// The simulated card's process stopped answering.
const TRANSPORT_HINT: &str =
    "`capfuse sim status` says whether it runs (its log is sim.log next to \
     the socket); `capfuse sim stop` then `capfuse sim start` gives a fresh card, whose counters \
     and limits start over";

/// A board did not answer as its bridge does.
const BOARD_HINT: &str =
    "check the cable and that this is the bridge's port (`capfuse list`), that \
     the board runs a capfuse bitstream (docs/boards.md), and the baud rate \
     (`--device serial:PORT@BAUD`, 115200 unless the bitstream was built with another)";

const DEVICE_LIST_HINT: &str =
    "`capfuse list` shows the cards; `--device sim` (the default) is the simulated one";

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::new(exit::FAILURE, e.to_string())
    }
}

/// Result with the CLI's error.
pub type Result<T> = std::result::Result<T, CliError>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn hint(e: DriverError) -> String {
        CliError::from(e).hint.expect("a hint")
    }

    #[test]
    fn a_function_bound_elsewhere_gets_the_commands_that_rebind_it() {
        let h = hint(DriverError::NotBoundToVfio {
            address: "0000:04:00.0".into(),
            driver: Some("xdma".into()),
        });
        for want in [
            "modprobe vfio-pci",
            "echo vfio-pci > /sys/bus/pci/devices/0000:04:00.0/driver_override",
            "echo 0000:04:00.0 > /sys/bus/pci/devices/0000:04:00.0/driver/unbind",
            "echo 0000:04:00.0 > /sys/bus/pci/drivers_probe",
        ] {
            assert!(h.contains(want), "missing `{want}` in: {h}");
        }
        // nothing to unbind from: no unbind step
        let h = hint(DriverError::NotBoundToVfio {
            address: "0000:06:00.0".into(),
            driver: None,
        });
        assert!(!h.contains("unbind"), "{h}");
        assert!(
            h.contains("echo 0000:06:00.0 > /sys/bus/pci/drivers_probe"),
            "{h}"
        );
    }

    #[test]
    fn vfio_set_up_failures_say_what_to_do_in_the_hint() {
        let io = || std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let address = || "0000:03:00.0".to_string();
        let cases = [
            (
                DriverError::DeviceNotFound {
                    address: address(),
                    sysfs: PathBuf::from("/sys/bus/pci/devices"),
                },
                "lspci -D",
            ),
            (
                DriverError::NoIommuGroup { address: address() },
                "intel_iommu=on",
            ),
            (
                DriverError::GroupNotViable {
                    address: address(),
                    group: 7,
                },
                "/sys/kernel/iommu_groups/7/devices",
            ),
            (
                DriverError::PermissionDenied {
                    address: address(),
                    path: PathBuf::from("/dev/vfio/7"),
                    source: io(),
                },
                "chown $USER /dev/vfio/7",
            ),
            (
                DriverError::VfioUnavailable {
                    address: address(),
                    source: io(),
                },
                "modprobe vfio-pci",
            ),
        ];
        for (e, want) in cases {
            let msg = e.to_string();
            let c = CliError::from(e);
            assert_eq!(c.code, exit::DEVICE, "{msg}");
            let h = c.hint.expect("a hint");
            assert!(h.contains(want), "missing `{want}` in the hint: {h}");
            // the driver's message says what happened, not what to type
            assert!(!msg.contains(want), "advice in the driver's message: {msg}");
        }
    }
}
