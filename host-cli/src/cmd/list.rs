//! `capfuse list`: the simulated card and the capfuse cards in sysfs.

use std::path::Path;

use capfuse_abi::pci;
use serde_json::json;

use crate::error::Result;
use crate::paths::SimPaths;
use crate::simcard::client;
use crate::Ctx;

/// `list` takes no arguments beyond the global ones.
#[derive(clap::Args)]
pub struct Args {}

/// A PCI function with capfuse's IDs.
struct PciCard {
    address: String,
    driver: Option<String>,
    iommu_group: Option<String>,
}

fn read_id(p: &Path) -> Option<u16> {
    let s = std::fs::read_to_string(p).ok()?;
    u16::from_str_radix(s.trim().trim_start_matches("0x"), 16).ok()
}

fn link_name(p: &Path) -> Option<String> {
    std::fs::read_link(p)
        .ok()
        .and_then(|t| t.file_name().map(|n| n.to_string_lossy().into_owned()))
}

/// Scans `/sys/bus/pci/devices` for the abi's vendor/device IDs.
fn pci_cards() -> Vec<PciCard> {
    let Ok(dir) = std::fs::read_dir("/sys/bus/pci/devices") else {
        return Vec::new();
    };
    let mut cards: Vec<PciCard> = dir
        .flatten()
        .filter(|e| {
            read_id(&e.path().join("vendor")) == Some(pci::VENDOR_ID)
                && read_id(&e.path().join("device")) == Some(pci::DEVICE_ID)
        })
        .map(|e| PciCard {
            address: e.file_name().to_string_lossy().into_owned(),
            driver: link_name(&e.path().join("driver")),
            iommu_group: link_name(&e.path().join("iommu_group")),
        })
        .collect();
    cards.sort_by(|a, b| a.address.cmp(&b.address));
    cards
}

/// Runs `list`.
pub fn run(ctx: &Ctx, _: Args) -> Result<()> {
    let paths = SimPaths::default_dir();
    let info = client::info(&paths).ok();
    let cards = pci_cards();
    if ctx.json {
        let real: Vec<_> = cards
            .iter()
            .map(|c| {
                json!({
                    "device": format!("vfio:{}", c.address),
                    "kind": "pci",
                    "driver": c.driver,
                    "iommu_group": c.iommu_group,
                })
            })
            .collect();
        let mut all = vec![json!({
            "device": "sim",
            "kind": "simulated",
            "running": info.is_some(),
            "socket": paths.socket(),
            "info": info.as_ref().map(|i| super::sim::info_json(i)),
        })];
        all.extend(real);
        println!("{}", serde_json::Value::Array(all));
        return Ok(());
    }
    println!("{:<22} {:<10} DETAILS", "DEVICE", "KIND");
    println!(
        "{:<22} {:<10} {}",
        "sim",
        "simulated",
        match &info {
            Some(i) => format!("running: {}", super::sim::info_line(i)),
            None => "not running (starts on first use)".into(),
        }
    );
    for c in &cards {
        let driver = c.driver.as_deref().unwrap_or("no driver");
        let note = if c.driver.as_deref() == Some("vfio-pci") {
            String::new()
        } else {
            " (bind it to vfio-pci to use it)".into()
        };
        println!(
            "{:<22} {:<10} driver {driver}, IOMMU group {}{note}",
            format!("vfio:{}", c.address),
            "pci",
            c.iommu_group.as_deref().unwrap_or("none"),
        );
    }
    if cards.is_empty() {
        println!(
            "(no PCI function with ID {:04x}:{:04x} in /sys/bus/pci/devices)",
            pci::VENDOR_ID,
            pci::DEVICE_ID
        );
    }
    Ok(())
}
