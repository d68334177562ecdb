//! The shared device option (`--device sim|vfio:<PCI address>`) and
//! opening the card it names as a driver `Fuse`.

use std::fmt;
use std::str::FromStr;

use capfuse_driver::{Bar, Fuse};

use crate::card::Card;
#[cfg(any(
    not(all(feature = "vfio", target_os = "linux")),
    not(feature = "serial")
))]
use crate::error::CliError;
use crate::error::Result;
use crate::paths::SimPaths;
use crate::simcard::client;

/// Which card to talk to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Device {
    /// The simulated card (a daemon, started on first use).
    #[default]
    Sim,
    /// A real card bound to vfio-pci, by PCI address (`0000:03:00.0`).
    Vfio(String),
    /// A board's UART register bridge on a serial port.
    Serial {
        /// The port, e.g. `/dev/ttyUSB1`.
        path: String,
        /// Its line rate.
        baud: u32,
    },
}

impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Device::Sim => f.write_str("sim"),
            Device::Vfio(a) => write!(f, "vfio:{a}"),
            Device::Serial { path, baud } => write!(f, "serial:{path}@{baud}"),
        }
    }
}

const DEVICE_HINT: &str = "use `--device sim` (the default), `--device vfio:0000:03:00.0` or \
     `--device serial:/dev/ttyUSB1@115200`; `capfuse list` shows the cards and serial ports";

/// Lowest and highest `@BAUD` (the driver's range).
const BAUD_MIN: u32 = 300;
const BAUD_MAX: u32 = 12_000_000;

/// Parses `PATH[@BAUD]` of `serial:PATH[@BAUD]`.
fn parse_serial(spec: &str) -> std::result::Result<Device, String> {
    let (path, baud) = match spec.rsplit_once('@') {
        Some((p, b)) => {
            let baud = b
                .parse::<u32>()
                .ok()
                .filter(|b| (BAUD_MIN..=BAUD_MAX).contains(b));
            match baud {
                Some(baud) => (p, baud),
                None => {
                    return Err(format!(
                    "`{b}` is not a baud rate ({BAUD_MIN} to {BAUD_MAX}; the board builds use {})",
                    capfuse_abi::uart::DEFAULT_BAUD
                ))
                }
            }
        }
        None => (spec, capfuse_abi::uart::DEFAULT_BAUD),
    };
    if !path.starts_with('/') || path.len() < 2 {
        return Err(format!(
            "`{path}` is not a serial port path (expected e.g. /dev/ttyUSB1); {DEVICE_HINT}"
        ));
    }
    Ok(Device::Serial {
        path: path.to_string(),
        baud,
    })
}

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
        if let Some(spec) = s.strip_prefix("serial:") {
            return parse_serial(spec);
        }
        Err(format!("unknown device `{s}`; {DEVICE_HINT}"))
    }
}

/// The device option every card subcommand takes.
#[derive(clap::Args, Clone, Debug)]
pub struct DeviceOpts {
    /// Card to use: `sim` (the simulated card, started on first use),
    /// `vfio:<PCI address>`, or `serial:<port>[@<baud>]` for a board's UART
    /// bridge (115200 baud unless given) [default: sim]. `capfuse
    /// exporter` takes it several times, one card each.
    #[arg(
        long = "device",
        global = true,
        value_name = "DEVICE",
        action = clap::ArgAction::Append
    )]
    pub devices: Vec<Device>,
    /// The card of a one-card subcommand: the first `--device`
    /// ([`DeviceOpts::settle`] sets it after parsing).
    #[arg(skip)]
    pub device: Device,
    /// Whether `--device` was on the command line (the exporter serving a
    /// fleet needs no card unless one is named).
    #[arg(skip)]
    pub given: bool,
}

impl DeviceOpts {
    /// Sets [`DeviceOpts::device`] from the parsed `--device` list, the
    /// simulated card when none was given.
    pub fn settle(&mut self) {
        self.given = !self.devices.is_empty();
        if !self.given {
            self.devices = vec![Device::Sim];
        }
        self.device = self.devices[0].clone();
    }

    /// Whether a command that waits on the card's crypto engine takes
    /// seconds on this transport (a serial line), so is worth a progress
    /// spinner on a terminal.
    pub fn is_slow(&self) -> bool {
        matches!(self.device, Device::Serial { .. })
    }

    /// Opens the card behind the driver's seam and checks it is a fuse.
    pub fn open(&self) -> Result<Card> {
        self.open_with_irq(false)
    }

    /// Opens the card; with `irq`, a VFIO card gets its MSI routed to an
    /// eventfd so that [`capfuse_driver::Fuse::wait_trip`] sleeps on it.
    pub fn open_with_irq(&self, irq: bool) -> Result<Card> {
        if self.devices.len() > 1 {
            return Err(crate::error::CliError::usage(format!(
                "--device is given {} times; this subcommand works on one card",
                self.devices.len()
            ))
            .hint("give one --device; only `capfuse exporter` serves several cards"));
        }
        let bar: Box<dyn Bar> = match &self.device {
            Device::Sim => Box::new(client::connect_or_start(&SimPaths::default_dir())?),
            Device::Vfio(addr) => open_vfio(addr, irq)?,
            Device::Serial { path, baud } => open_serial(path, *baud)?,
        };
        Ok(Fuse::open(bar)?)
    }
}

impl Device {
    /// Opens the card behind the driver's seam without starting anything:
    /// a simulated card must already be running (the exporter's scrapes
    /// never start one). No reset, no MSI.
    pub fn open_existing(&self) -> Result<Box<dyn Bar>> {
        Ok(match self {
            Device::Sim => Box::new(client::connect(&SimPaths::default_dir())?),
            Device::Vfio(addr) => open_vfio(addr, false)?,
            Device::Serial { path, baud } => open_serial(path, *baud)?,
        })
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

/// A board through its UART bridge (no interrupt line: waits poll).
#[cfg(feature = "serial")]
fn open_serial(path: &str, baud: u32) -> Result<Box<dyn Bar>> {
    use capfuse_driver::serial::{SerialBar, DEFAULT_REPLY_TIMEOUT};
    Ok(Box::new(SerialBar::open(
        path,
        baud,
        DEFAULT_REPLY_TIMEOUT,
    )?))
}

#[cfg(not(feature = "serial"))]
fn open_serial(path: &str, baud: u32) -> Result<Box<dyn Bar>> {
    Err(CliError::device(format!(
        "cannot open serial:{path}@{baud}: this capfuse is built without serial ports (feature `serial`)"
    ))
    .hint("use a build with `--features serial` (the default build has it)"))
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
            "serial:",
            "serial:ttyUSB1",
            "serial:@115200",
        ] {
            let e = bad.parse::<Device>().unwrap_err();
            assert!(e.contains("--device sim"), "{bad}: {e}");
        }
        assert_eq!(
            "serial:/dev/ttyUSB1@9600".parse::<Device>().unwrap(),
            Device::Serial {
                path: "/dev/ttyUSB1".into(),
                baud: 9600
            }
        );
        assert_eq!(
            "serial:/dev/ttyUSB1".parse::<Device>().unwrap(),
            Device::Serial {
                path: "/dev/ttyUSB1".into(),
                baud: 115_200
            }
        );
        for bad in [
            "serial:/dev/ttyUSB1@",
            "serial:/dev/ttyUSB1@fast",
            "serial:/dev/ttyUSB1@10",
        ] {
            let e = bad.parse::<Device>().unwrap_err();
            assert!(e.contains("is not a baud rate"), "{bad}: {e}");
        }
    }
}
