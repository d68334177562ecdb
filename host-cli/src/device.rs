//! The shared device option (`--device sim|vfio:<PCI address>`) and the
//! register access the subcommands use.

use std::fmt;
use std::str::FromStr;

use crate::error::{CliError, Result};
use crate::paths::SimPaths;
use crate::simcard::SocketBar;

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
    /// Opens the card.
    pub fn open(&self) -> Result<Box<dyn Regs>> {
        match &self.device {
            Device::Sim => Ok(Box::new(SocketBar::connect_or_start(
                &SimPaths::default_dir(),
            )?)),
            Device::Vfio(addr) => Err(CliError::device(format!(
                "cannot open vfio:{addr}: this build's driver has no VFIO backend yet"
            ))
            .hint("use `--device sim` for the simulated card")),
        }
    }
}

/// 32-bit register access, as the subcommands need it. The driver's `Bar`
/// seam plus a batch of writes applied back to back (the simulated card
/// does them as one request).
pub trait Regs {
    /// Reads a register.
    fn read32(&mut self, offset: u16) -> Result<u32>;
    /// Writes a register (posted: a refusal shows in `ERR_CODE`).
    fn write32(&mut self, offset: u16, value: u32) -> Result<()>;
    /// Writes several registers in order.
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        for &(o, v) in writes {
            self.write32(o, v)?;
        }
        Ok(())
    }
    /// The card, for messages.
    fn describe(&self) -> String;
}

impl Regs for SocketBar {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        SocketBar::read32(self, offset)
    }
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        SocketBar::write32(self, offset, value).map(|_| ())
    }
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        SocketBar::write_batch(self, writes).map(|_| ())
    }
    fn describe(&self) -> String {
        SocketBar::describe(self)
    }
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
