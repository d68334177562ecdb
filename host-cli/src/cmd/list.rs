//! `capfuse list`: the simulated card and the capfuse cards in sysfs.

use std::path::Path;

use capfuse_abi::pci;
use serde_json::json;

use crate::error::{CliError, Result};
use crate::output::{self, schema};
use crate::paths::SimPaths;
use crate::simcard::client;
use crate::Ctx;

/// `list` takes no arguments beyond the global ones.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `list`.
pub fn run(ctx: &Ctx, _: Args) -> Result<()> {
    let paths = SimPaths::default_dir();
    // An unsafe runtime directory is an error, not "no card running".
    paths.check_if_present()?;
    let info = client::info(&paths).ok();
    let cards = capfuse_driver::sysfs::find_cards(Path::new(capfuse_driver::sysfs::SYSFS_ROOT))
        .map_err(|e| CliError::device(e.to_string()))?;
    let ports = serial_ports();
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
            "info": info.as_ref().map(|i| client::info_json(i)),
        })];
        all.extend(real);
        all.extend(ports.iter().map(|(path, description)| {
            json!({
                "device": format!("serial:{path}"),
                "kind": "serial",
                "description": description,
            })
        }));
        output::print(schema::LIST, json!({ "devices": all }));
        return Ok(());
    }
    println!("{:<22} {:<10} DETAILS", "DEVICE", "KIND");
    println!(
        "{:<22} {:<10} {}",
        "sim",
        "simulated",
        match &info {
            Some(i) => format!("running: {}", client::info_line(i)),
            None if cfg!(feature = "sim") => "not running (starts on first use)".into(),
            None => "not running (this build cannot start it: no feature `sim`)".into(),
        }
    );
    for c in &cards {
        let driver = c.driver.as_deref().unwrap_or("no driver");
        let note = if c.bound_to_vfio() {
            String::new()
        } else {
            " (bind it to vfio-pci to use it)".into()
        };
        println!(
            "{:<22} {:<10} driver {driver}, IOMMU group {}{note}",
            format!("vfio:{}", c.address),
            "pci",
            c.iommu_group.map_or("none".into(), |g| g.to_string()),
        );
    }
    for (path, description) in &ports {
        println!(
            "{:<22} {:<10} {description} (a board's bridge if it runs a capfuse bitstream)",
            format!("serial:{path}"),
            "serial",
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

/// The serial ports that may hold a board's bridge, as (path, description).
#[cfg(feature = "serial")]
fn serial_ports() -> Vec<(String, String)> {
    capfuse_driver::serial::list_ports()
        .into_iter()
        .map(|p| (p.path, p.description))
        .collect()
}

#[cfg(not(feature = "serial"))]
fn serial_ports() -> Vec<(String, String)> {
    Vec::new()
}
