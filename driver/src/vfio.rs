//! Real cards through Linux VFIO: container, group and device with
//! `vfio-ioctls`, BAR0 mapped with `memmap2`, config space through the
//! device fd, MSI (or MSI-X) on an eventfd so waiting for a trip does not
//! poll. The unsafe parts live in the private `mmio` module.

use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use vfio_ioctls::{VfioContainer, VfioDevice, VfioError, VfioOps};
use vmm_sys_util::eventfd::EventFd;

use crate::mmio::{self, Mmio};
use crate::sysfs::{self, PciDevice};
use crate::{Bar, Error, Result};

// Indices and flags from linux/vfio.h (as in vfio-bindings).
const BAR0_REGION: u32 = 0;
const CONFIG_REGION: u32 = 7;
const MSI_IRQ: u32 = 1;
const MSIX_IRQ: u32 = 2;
const REGION_FLAG_MMAP: u32 = 1 << 2;

/// PCI command register offset and bits.
pub const PCI_COMMAND: u16 = 0x04;
/// Command register: memory space enable.
pub const PCI_COMMAND_MEMORY: u16 = 1 << 1;
/// Command register: bus master enable.
pub const PCI_COMMAND_MASTER: u16 = 1 << 2;

/// How to open a device.
#[derive(Clone, Debug)]
pub struct VfioOptions {
    /// sysfs mount point (tests use a fake tree).
    pub sysfs_root: PathBuf,
    /// The (vendor, device) the function must have.
    pub expected_id: (u16, u16),
    /// Smallest acceptable BAR0 in bytes.
    pub min_bar_size: u64,
    /// Reset the function (if it supports reset) before use.
    pub reset: bool,
    /// Route MSI (or MSI-X) vector 0 to an eventfd.
    pub enable_irq: bool,
}

impl Default for VfioOptions {
    /// A capfuse card: abi PCI IDs, the register window size, reset, MSI.
    fn default() -> Self {
        VfioOptions {
            sysfs_root: PathBuf::from(sysfs::SYSFS_ROOT),
            expected_id: (capfuse_abi::pci::VENDOR_ID, capfuse_abi::pci::DEVICE_ID),
            min_bar_size: u64::from(capfuse_abi::pci::REGISTER_BAR_SIZE),
            reset: true,
            enable_irq: true,
        }
    }
}

impl VfioOptions {
    /// Options for another device (e.g. QEMU's edu, 1234:11e8) whose BAR0
    /// must hold at least `min_bar_size` bytes.
    pub fn for_device(vendor: u16, device: u16, min_bar_size: u64) -> Self {
        VfioOptions {
            expected_id: (vendor, device),
            min_bar_size,
            ..VfioOptions::default()
        }
    }
}

/// Size, offset in the device fd and VFIO flags of a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionInfo {
    /// VFIO region index (0..=5 BARs, 7 config space).
    pub index: u32,
    /// Size in bytes.
    pub size: u64,
    /// Offset of the region in the device fd.
    pub offset: u64,
    /// `VFIO_REGION_INFO_FLAG_*`.
    pub flags: u32,
}

/// Which interrupt the eventfd receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IrqKind {
    /// MSI vector 0.
    Msi,
    /// MSI-X vector 0.
    MsiX,
}

/// A device opened through VFIO with BAR0 mapped.
pub struct VfioBar {
    // Field order is drop order: unmap, then the eventfd, then the device
    // (which releases the group), then the container.
    bar: Mmio,
    irq: Option<(IrqKind, EventFd)>,
    device: VfioDevice,
    _container: Arc<VfioContainer>,
    info: PciDevice,
    bar_region: RegionInfo,
}

impl std::fmt::Debug for VfioBar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VfioBar")
            .field("address", &self.info.address)
            .field("bar", &self.bar_region)
            .field("irq", &self.irq.as_ref().map(|i| i.0))
            .finish()
    }
}

fn vfio_error(address: &str, context: &'static str, e: VfioError) -> Error {
    Error::Vfio {
        address: address.to_string(),
        context,
        source: e,
    }
}

impl VfioBar {
    /// Opens the capfuse card at `address` (`0000:03:00.0` or `03:00.0`).
    pub fn open(address: &str) -> Result<Self> {
        Self::open_with(address, &VfioOptions::default())
    }

    /// Opens the device at `address` with `options`: checks sysfs (exists,
    /// IDs, bound to vfio-pci, IOMMU group), sets up container, group and
    /// device, resets it if asked and supported, maps BAR0, enables memory
    /// and bus mastering, and routes MSI/MSI-X to an eventfd if asked.
    pub fn open_with(address: &str, options: &VfioOptions) -> Result<Self> {
        let info = sysfs::check_ready(&options.sysfs_root, address, options.expected_id)?;
        let addr = info.address.clone();
        let group = info.iommu_group.unwrap_or_default();

        let container = VfioContainer::new(None).map_err(|e| match e {
            VfioError::OpenContainer(source)
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                Error::PermissionDenied {
                    address: addr.clone(),
                    path: PathBuf::from("/dev/vfio/vfio"),
                    source,
                }
            }
            VfioError::OpenContainer(source) => Error::VfioUnavailable {
                address: addr.clone(),
                source,
            },
            e => vfio_error(&addr, "setting up the VFIO container", e),
        })?;
        let container = Arc::new(container);
        let ops: Arc<dyn VfioOps> = container.clone();
        let device = VfioDevice::new(&info.path, ops, false).map_err(|e| match e {
            VfioError::OpenGroup(source, id)
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                Error::PermissionDenied {
                    address: addr.clone(),
                    path: Path::new("/dev/vfio").join(id),
                    source,
                }
            }
            VfioError::GroupViable => Error::GroupNotViable {
                address: addr.clone(),
                group,
            },
            e => vfio_error(&addr, "opening the device through its VFIO group", e),
        })?;

        if options.reset {
            // vfio-ioctls resets only when the device says it can.
            log::info!("vfio:{addr}: resetting the function (if it supports reset)");
            device.reset();
        }

        let bar_region = RegionInfo {
            index: BAR0_REGION,
            size: device.get_region_size(BAR0_REGION),
            offset: device.get_region_offset(BAR0_REGION),
            flags: device.get_region_flags(BAR0_REGION),
        };
        if bar_region.size < options.min_bar_size {
            return Err(Error::BarTooSmall {
                address: addr,
                region: BAR0_REGION,
                size: bar_region.size,
                needed: options.min_bar_size,
            });
        }
        if bar_region.flags & REGION_FLAG_MMAP == 0 {
            return Err(Error::RegionNotMappable {
                address: addr,
                region: BAR0_REGION,
                flags: bar_region.flags,
            });
        }
        let len = usize::try_from(bar_region.size).unwrap_or(usize::MAX);
        let bar = Mmio::map(device.as_raw_fd(), bar_region.offset, len).map_err(|source| {
            Error::Mmap {
                address: addr.clone(),
                region: BAR0_REGION,
                source,
            }
        })?;

        let mut this = VfioBar {
            bar,
            irq: None,
            device,
            _container: container,
            info,
            bar_region,
        };
        let cmd = this.config_read16(PCI_COMMAND)?;
        this.config_write16(PCI_COMMAND, cmd | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER)?;
        if options.enable_irq {
            this.enable_irq()?;
        }
        log::info!(
            "opened vfio:{} through VFIO (BAR0 {} bytes)",
            this.info.address,
            this.bar_region.size
        );
        Ok(this)
    }

    fn enable_irq(&mut self) -> Result<()> {
        let has = |i| self.device.get_irq_info(i).is_some_and(|x| x.count > 0);
        let (kind, index) = if has(MSI_IRQ) {
            (IrqKind::Msi, MSI_IRQ)
        } else if has(MSIX_IRQ) {
            (IrqKind::MsiX, MSIX_IRQ)
        } else {
            return Err(Error::NoInterrupt {
                address: self.info.address.clone(),
            });
        };
        let fd = EventFd::new(libc::EFD_NONBLOCK).map_err(|source| Error::Interrupt {
            address: self.info.address.clone(),
            context: "eventfd creation",
            source,
        })?;
        self.device
            .enable_irq(index, vec![&fd])
            .map_err(|e| vfio_error(&self.info.address, "enabling MSI/MSI-X", e))?;
        self.irq = Some((kind, fd));
        Ok(())
    }

    /// The PCI address.
    pub fn address(&self) -> &str {
        &self.info.address
    }

    /// What sysfs says about the device.
    pub fn pci_device(&self) -> &PciDevice {
        &self.info
    }

    /// BAR0's region information.
    pub fn bar_region(&self) -> RegionInfo {
        self.bar_region
    }

    /// Information on any VFIO region (7 is config space).
    pub fn region_info(&self, index: u32) -> RegionInfo {
        RegionInfo {
            index,
            size: self.device.get_region_size(index),
            offset: self.device.get_region_offset(index),
            flags: self.device.get_region_flags(index),
        }
    }

    /// The interrupt routed to the eventfd, if any.
    pub fn irq_kind(&self) -> Option<IrqKind> {
        self.irq.as_ref().map(|i| i.0)
    }

    /// The interrupt eventfd, if any (to add to an event loop).
    pub fn irq_eventfd(&self) -> Option<&EventFd> {
        self.irq.as_ref().map(|i| &i.1)
    }

    /// Resets the function if it supports reset (BAR contents and config
    /// may change; re-enable with [`VfioBar::config_write16`]).
    pub fn reset(&self) {
        log::info!(
            "vfio:{}: resetting the function (if it supports reset)",
            self.info.address
        );
        self.device.reset();
    }

    fn config_io(&self, offset: u16, len: u64) -> Result<u64> {
        let cfg = self.region_info(CONFIG_REGION);
        if u64::from(offset) + len > cfg.size {
            return Err(Error::ConfigAccess {
                address: self.info.address.clone(),
                offset,
                source: std::io::ErrorKind::InvalidInput.into(),
            });
        }
        Ok(cfg.offset + u64::from(offset))
    }

    fn config_read<const N: usize>(&self, offset: u16) -> Result<[u8; N]> {
        let at = self.config_io(offset, N as u64)?;
        let mut buf = [0u8; N];
        mmio::pread_exact(self.device.as_raw_fd(), &mut buf, at).map_err(|source| {
            Error::ConfigAccess {
                address: self.info.address.clone(),
                offset,
                source,
            }
        })?;
        Ok(buf)
    }

    /// Reads a 16-bit config-space register.
    pub fn config_read16(&self, offset: u16) -> Result<u16> {
        self.config_read::<2>(offset).map(u16::from_le_bytes)
    }

    /// Reads a 32-bit config-space register.
    pub fn config_read32(&self, offset: u16) -> Result<u32> {
        self.config_read::<4>(offset).map(u32::from_le_bytes)
    }

    /// Writes a 16-bit config-space register.
    pub fn config_write16(&self, offset: u16, value: u16) -> Result<()> {
        let at = self.config_io(offset, 2)?;
        mmio::pwrite_all(self.device.as_raw_fd(), &value.to_le_bytes(), at).map_err(|source| {
            Error::ConfigAccess {
                address: self.info.address.clone(),
                offset,
                source,
            }
        })
    }

    /// The PCI command register.
    pub fn command(&self) -> Result<u16> {
        self.config_read16(PCI_COMMAND)
    }

    /// Blocks on the interrupt eventfd until an interrupt or `timeout`;
    /// returns whether one arrived (and consumes it).
    pub fn wait_interrupt(&self, timeout: Duration) -> Result<bool> {
        let Some((_, fd)) = &self.irq else {
            return Err(Error::NoInterrupt {
                address: self.info.address.clone(),
            });
        };
        let ready =
            mmio::poll_readable(fd.as_raw_fd(), timeout).map_err(|source| Error::Interrupt {
                address: self.info.address.clone(),
                context: "wait",
                source,
            })?;
        if ready {
            // Non-blocking: another reader may have drained it already.
            let _ = fd.read();
        }
        Ok(ready)
    }

    fn bad_offset(&self, offset: u16) -> Error {
        Error::BadOffset {
            offset,
            size: u32::try_from(self.bar.len()).unwrap_or(u32::MAX),
        }
    }
}

impl Bar for VfioBar {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        self.bar
            .read32(usize::from(offset))
            .ok_or_else(|| self.bad_offset(offset))
    }

    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        self.bar
            .write32(usize::from(offset), value)
            .ok_or_else(|| self.bad_offset(offset))
    }

    fn describe(&self) -> String {
        format!(
            "{} ({:04x}:{:04x}, vfio-pci)",
            self.info.address, self.info.vendor, self.info.device
        )
    }

    fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
        if self.irq.is_none() {
            std::thread::sleep(timeout.min(Duration::from_millis(1)));
            return Ok(false);
        }
        self.wait_interrupt(timeout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vfio_open_checks_sysfs_before_touching_dev_vfio() {
        let root = tempfile::tempdir().unwrap();
        let opts = VfioOptions {
            sysfs_root: root.path().to_path_buf(),
            ..VfioOptions::default()
        };
        let e = VfioBar::open_with("0000:03:00.0", &opts).unwrap_err();
        assert!(matches!(e, Error::DeviceNotFound { .. }), "{e}");
        let e = VfioBar::open_with("zz", &opts).unwrap_err();
        assert!(matches!(e, Error::BadPciAddress { .. }), "{e}");
    }

    #[test]
    fn vfio_options_for_another_device() {
        let o = VfioOptions::for_device(0x1234, 0x11e8, 4096);
        assert_eq!(o.expected_id, (0x1234, 0x11e8));
        assert!(o.reset && o.enable_irq);
        assert_eq!(VfioOptions::default().expected_id, (0x10ee, 0xcf05));
    }
}
