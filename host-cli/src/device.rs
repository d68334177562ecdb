//! The shared device option (`--device sim|vfio:<PCI address>`) and
//! opening the card it names as a driver `Fuse`.

use std::fmt;
use std::str::FromStr;

use capfuse_driver::{Bar, Fuse};

use crate::card::Card;
#[cfg(not(all(feature = "vfio", target_os = "linux")))]
use crate::error::CliError;
use crate::error::Result;
use crate::paths::SimPaths;
use crate::simcard::client;

/// Which card to talk to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Device {
    /// The simulated card (a daemon, started on first use).
    Sim,
    /// A real card bound to vfio-pci, by PCI address (`0000:03:00.0`).
    Vfio(String),
}

impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Device::Sim => f.write_str("sim"),
            Device::Vfio(a) => write!(f, "vfio:{a}"),
        }
    }
}

const DEVICE_HINT: &str =
    "use `--device sim` (the default) or `--device vfio:0000:03:00.0`; `capfuse list` shows the cards";

/// Checks a PCI address `dddd:bb:dd.f` (the domain may be left out).
fn valid_bdf(s: &str) -> bool {
    let hex = |t: &str, n: usize| t.len() == n && t.chars().all(|c| c.is_ascii_hexdigit());
    let parts: Vec<&str> = s.split(':').collect();
    let (bus, devfn) = match parts.as_slice() {
        [dom, bus, devfn] if hex(dom, 4) => (*bus, *devfn),
        [bus, devfn] => (*bus, *devfn),
        _ => return false,
    };
    let Some((dev, func)) = devfn.split_once('.') else {
        return false;
    };
    hex(bus, 2) && hex(dev, 2) && func.len() == 1 && matches!(func.as_bytes()[0], b'0'..=b'7')
}

impl FromStr for Device {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        if s == "sim" {
            return Ok(Device::Sim);
        }
        if let Some(addr) = s.strip_prefix("vfio:") {
            if valid_bdf(addr) {
                let full = if addr.matches(':').count() == 1 {
                    format!("0000:{addr}")
                } else {
                    addr.to_string()
                };
                return Ok(Device::Vfio(full.to_ascii_lowercase()));
            }
            return Err(format!(
                "`{addr}` is not a PCI address (expected domain:bus:device.function, e.g. 0000:03:00.0); {DEVICE_HINT}"
            ));
        }
        Err(format!("unknown device `{s}`; {DEVICE_HINT}"))
    }
}

/// The device option every card subcommand takes.
#[derive(clap::Args, Clone, Debug)]
pub struct DeviceOpts {
    /// Card to use: `sim` (the simulated card, started on first use) or
    /// `vfio:<PCI address>`.
    #[arg(long, global = true, default_value = "sim", value_name = "DEVICE")]
    pub device: Device,
}

impl DeviceOpts {
    /// Opens the card behind the driver's seam and checks it is a fuse.
    pub fn open(&self) -> Result<Card> {
        self.open_with_irq(false)
    }

    /// Opens the card; with `irq`, a VFIO card gets its MSI routed to an
    /// eventfd so that [`capfuse_driver::Fuse::wait_trip`] sleeps on it.
    pub fn open_with_irq(&self, irq: bool) -> Result<Card> {
        let bar: Box<dyn Bar> = match &self.device {
            Device::Sim => Box::new(client::connect_or_start(&SimPaths::default_dir())?),
            Device::Vfio(addr) => open_vfio(addr, irq)?,
        };
        Ok(Fuse::open(bar)?)
    }
}

/// A real card through the driver's VFIO backend. No reset: a status read
/// must not disturb a running card; MSI only when waiting for a trip, so a
/// card without MSI still answers everything else.
#[cfg(all(feature = "vfio", target_os = "linux"))]
fn open_vfio(addr: &str, irq: bool) -> Result<Box<dyn Bar>> {
    use capfuse_driver::vfio::{VfioBar, VfioOptions};
    let options = VfioOptions {
        reset: false,
        enable_irq: irq,
        ..VfioOptions::default()
    };
    Ok(Box::new(VfioBar::open_with(addr, &options)?))
}

#[cfg(not(all(feature = "vfio", target_os = "linux")))]
fn open_vfio(addr: &str, _irq: bool) -> Result<Box<dyn Bar>> {
    let why = if cfg!(target_os = "linux") {
        "this capfuse is built without VFIO (feature `vfio`)"
    } else {
        "VFIO is Linux only"
    };
    Err(CliError::device(format!("cannot open vfio:{addr}: {why}"))
        .hint("use `--device sim` for the simulated card, or a build with `--features vfio`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_devices() {
        assert_eq!("sim".parse::<Device>().unwrap(), Device::Sim);
        assert_eq!(
            "vfio:0000:03:00.0".parse::<Device>().unwrap(),
            Device::Vfio("0000:03:00.0".into())
        );
        assert_eq!(
            "vfio:03:00.1".parse::<Device>().unwrap(),
            Device::Vfio("0000:03:00.1".into())
        );
        for bad in [
            "",
            "simx",
            "vfio:",
            "vfio:3:0.0",
            "vfio:0000:03:00.8",
            "pci:0000:03:00.0",
        ] {
            let e = bad.parse::<Device>().unwrap_err();
            assert!(e.contains("--device sim"), "{bad}: {e}");
        }
    }
}
