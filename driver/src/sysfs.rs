//! Finding cards in sysfs (`<root>/bus/pci/devices/*/{vendor,device,driver,
//! iommu_group}`). The root is a parameter so tests use a fake tree.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The real sysfs mount point.
pub const SYSFS_ROOT: &str = "/sys";

/// A PCI function as sysfs describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PciDevice {
    /// Full address, `0000:03:00.0`.
    pub address: String,
    /// Vendor ID.
    pub vendor: u16,
    /// Device ID.
    pub device: u16,
    /// Bound driver (`vfio-pci`, ...), if any.
    pub driver: Option<String>,
    /// IOMMU group number, if the IOMMU is on.
    pub iommu_group: Option<u32>,
    /// Its sysfs directory.
    pub path: PathBuf,
}

impl PciDevice {
    /// True when bound to vfio-pci.
    pub fn bound_to_vfio(&self) -> bool {
        self.driver.as_deref() == Some("vfio-pci")
    }
}

/// Normalises a PCI address: `03:00.0` becomes `0000:03:00.0`; hex digits
/// are lower-cased. Rejects anything else.
pub fn parse_pci_address(text: &str) -> Result<String> {
    let bad = || Error::BadPciAddress {
        text: text.to_string(),
    };
    let t = text.trim().to_ascii_lowercase();
    let full = if t.matches(':').count() == 1 {
        format!("0000:{t}")
    } else {
        t
    };
    let (dom_bus_dev, func) = full.rsplit_once('.').ok_or_else(bad)?;
    let parts: Vec<&str> = dom_bus_dev.split(':').collect();
    let hex = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_hexdigit());
    let ok = parts.len() == 3
        && hex(parts[0], 4)
        && hex(parts[1], 2)
        && hex(parts[2], 2)
        && u8::from_str_radix(parts[2], 16).is_ok_and(|d| d < 32)
        && func.len() == 1
        && func.chars().all(|c| ('0'..='7').contains(&c));
    if ok {
        Ok(full)
    } else {
        Err(bad())
    }
}

fn devices_dir(sysfs_root: &Path) -> PathBuf {
    sysfs_root.join("bus/pci/devices")
}

fn read_id(path: PathBuf) -> Result<u16> {
    let text = fs::read_to_string(&path).map_err(|source| Error::Sysfs {
        path: path.clone(),
        source,
    })?;
    let t = text.trim();
    u16::from_str_radix(t.trim_start_matches("0x"), 16).map_err(|_| Error::Sysfs {
        path,
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("`{t}` is not a hex ID"),
        ),
    })
}

fn link_name(path: &Path) -> Option<String> {
    fs::read_link(path)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
}

/// Reads one device's sysfs entry. `address` may be short (`03:00.0`).
pub fn read_device(sysfs_root: &Path, address: &str) -> Result<PciDevice> {
    let address = parse_pci_address(address)?;
    let dir = devices_dir(sysfs_root);
    let path = dir.join(&address);
    if !path.exists() {
        return Err(Error::DeviceNotFound {
            address,
            sysfs: dir,
        });
    }
    Ok(PciDevice {
        vendor: read_id(path.join("vendor"))?,
        device: read_id(path.join("device"))?,
        driver: link_name(&path.join("driver")),
        iommu_group: link_name(&path.join("iommu_group")).and_then(|g| g.parse().ok()),
        address,
        path,
    })
}

/// Every PCI function with the given IDs, sorted by address.
pub fn find_devices(sysfs_root: &Path, vendor: u16, device: u16) -> Result<Vec<PciDevice>> {
    let dir = devices_dir(sysfs_root);
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        // No PCI bus at all (a container, another OS): no cards.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(Error::Sysfs { path: dir, source }),
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Entries that vanish or are unreadable are not ours to report.
        if let Ok(d) = read_device(sysfs_root, &name) {
            if d.vendor == vendor && d.device == device {
                found.push(d);
            }
        }
    }
    found.sort_by(|a, b| a.address.cmp(&b.address));
    Ok(found)
}

/// Every capfuse card (`capfuse_abi::pci` IDs).
pub fn find_cards(sysfs_root: &Path) -> Result<Vec<PciDevice>> {
    find_devices(
        sysfs_root,
        capfuse_abi::pci::VENDOR_ID,
        capfuse_abi::pci::DEVICE_ID,
    )
}

/// Checks that `address` exists, has the `expected` (vendor, device) IDs,
/// is bound to vfio-pci and has an IOMMU group: each failure is its own
/// error with what to do.
pub fn check_ready(sysfs_root: &Path, address: &str, expected: (u16, u16)) -> Result<PciDevice> {
    let d = read_device(sysfs_root, address)?;
    if (d.vendor, d.device) != expected {
        return Err(Error::WrongDeviceId {
            address: d.address,
            vendor: d.vendor,
            device: d.device,
            expected_vendor: expected.0,
            expected_device: expected.1,
        });
    }
    if !d.bound_to_vfio() {
        return Err(Error::NotBoundToVfio {
            address: d.address,
            driver: d.driver,
        });
    }
    if d.iommu_group.is_none() {
        return Err(Error::NoIommuGroup { address: d.address });
    }
    Ok(d)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// A fake sysfs tree with devices (address, vendor, device, driver,
    /// iommu group).
    /// (address, vendor, device, driver, iommu group)
    type FakeDev<'a> = (&'a str, u16, u16, Option<&'a str>, Option<u32>);

    fn fake(devs: &[FakeDev]) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        let drivers = root.path().join("bus/pci/drivers");
        let groups = root.path().join("kernel/iommu_groups");
        for (addr, v, d, drv, grp) in devs {
            let p = root.path().join("bus/pci/devices").join(addr);
            fs::create_dir_all(&p).unwrap();
            fs::write(p.join("vendor"), format!("0x{v:04x}\n")).unwrap();
            fs::write(p.join("device"), format!("0x{d:04x}\n")).unwrap();
            if let Some(drv) = drv {
                fs::create_dir_all(drivers.join(drv)).unwrap();
                symlink(drivers.join(drv), p.join("driver")).unwrap();
            }
            if let Some(g) = grp {
                fs::create_dir_all(groups.join(g.to_string())).unwrap();
                symlink(groups.join(g.to_string()), p.join("iommu_group")).unwrap();
            }
        }
        root
    }

    const CF: (u16, u16) = (capfuse_abi::pci::VENDOR_ID, capfuse_abi::pci::DEVICE_ID);

    fn tree() -> tempfile::TempDir {
        fake(&[
            ("0000:03:00.0", CF.0, CF.1, Some("vfio-pci"), Some(12)),
            ("0000:04:00.0", CF.0, CF.1, Some("xdma"), Some(13)),
            ("0000:00:02.0", 0x8086, 0x1234, Some("i915"), Some(1)),
            ("0000:05:00.0", CF.0, CF.1, Some("vfio-pci"), None),
            ("0000:06:00.0", 0x1234, 0x11e8, None, Some(7)),
        ])
    }

    #[test]
    fn sysfs_finds_cards_by_id() {
        let t = tree();
        let cards = find_cards(t.path()).unwrap();
        let addrs: Vec<_> = cards.iter().map(|c| c.address.as_str()).collect();
        assert_eq!(addrs, ["0000:03:00.0", "0000:04:00.0", "0000:05:00.0"]);
        assert!(cards[0].bound_to_vfio());
        assert_eq!(cards[0].iommu_group, Some(12));
        assert_eq!(cards[1].driver.as_deref(), Some("xdma"));
        let edu = find_devices(t.path(), 0x1234, 0x11e8).unwrap();
        assert_eq!(edu.len(), 1);
        assert_eq!(edu[0].driver, None);
    }

    #[test]
    fn sysfs_without_a_pci_bus_finds_nothing() {
        let t = tempfile::tempdir().unwrap();
        assert!(find_cards(t.path()).unwrap().is_empty());
    }

    #[test]
    fn sysfs_ready_card_passes() {
        let t = tree();
        let d = check_ready(t.path(), "03:00.0", CF).unwrap();
        assert_eq!(d.address, "0000:03:00.0");
    }

    #[test]
    fn sysfs_not_bound_error_names_the_driver_it_found() {
        let t = tree();
        let e = check_ready(t.path(), "0000:04:00.0", CF).unwrap_err();
        assert!(
            matches!(&e, Error::NotBoundToVfio { driver: Some(d), .. } if d == "xdma"),
            "{e}"
        );
        assert_eq!(
            e.to_string(),
            "0000:04:00.0: bound to driver `xdma`, not vfio-pci"
        );
        let e = check_ready(t.path(), "0000:06:00.0", (0x1234, 0x11e8)).unwrap_err();
        assert!(
            matches!(&e, Error::NotBoundToVfio { driver: None, .. }),
            "{e}"
        );
        assert_eq!(
            e.to_string(),
            "0000:06:00.0: bound to no driver, not vfio-pci"
        );
    }

    #[test]
    fn sysfs_wrong_id_error() {
        let t = tree();
        let e = check_ready(t.path(), "0000:00:02.0", CF).unwrap_err();
        assert!(matches!(e, Error::WrongDeviceId { vendor: 0x8086, .. }));
        assert!(e.to_string().contains("8086:1234"), "{e}");
        assert!(e.to_string().contains("10ee:cf05"), "{e}");
    }

    #[test]
    fn sysfs_not_found_and_no_group_errors() {
        let t = tree();
        let e = check_ready(t.path(), "0000:09:00.0", CF).unwrap_err();
        assert!(matches!(e, Error::DeviceNotFound { .. }), "{e}");
        assert!(e.to_string().contains("no such PCI device"), "{e}");
        let e = check_ready(t.path(), "0000:05:00.0", CF).unwrap_err();
        assert!(matches!(e, Error::NoIommuGroup { .. }), "{e}");
    }

    #[test]
    fn pci_addresses_parse() {
        assert_eq!(parse_pci_address("03:00.0").unwrap(), "0000:03:00.0");
        assert_eq!(parse_pci_address("0000:AF:1f.7").unwrap(), "0000:af:1f.7");
        for bad in [
            "",
            "03:00",
            "0000:03:00.8",
            "0000:03:20.0",
            "x:03:00.0",
            "../../etc",
        ] {
            assert!(matches!(
                parse_pci_address(bad),
                Err(Error::BadPciAddress { .. })
            ));
        }
    }
}
