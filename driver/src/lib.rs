//! capfuse host driver: one seam for 32-bit register access ([`Bar`]) with a
//! VFIO implementation and the simulated card, and typed access on top.
//!
//! - [`Bar`]: the seam. The simulated card implements it in `capfuse-sim`
//!   (`SimBar`); this crate depends on the abi and its transports only.
//! - [`regs`]: typed registers; the access mode is in the type.
//! - [`socket`]: `SocketBar`, a simulated card's process over its socket.
//! - `serial` (feature `serial`): `SerialBar`, a board through its UART
//!   register bridge.
//! - [`sysfs`]: finding cards by PCI ID, checking they are ready for VFIO.
//! - [`vfio`] (feature `vfio`, Linux): [`VfioBar`], a card through VFIO;
//!   all `unsafe` is in the private `mmio` module.
//! - [`Fuse`]: status, tighten, kill, interrupts over any [`Bar`];
//!   [`crypto`]: the card top's device key, signed reports and grants.

// All unsafe code is in `mmio`, which opts back in.
#![deny(unsafe_code)]

pub mod bar;
pub mod crypto;
pub mod error;
pub mod fuse;
#[cfg(all(feature = "vfio", target_os = "linux"))]
#[allow(unsafe_code)]
mod mmio;
pub mod regs;
#[cfg(all(feature = "serial", unix))]
pub mod serial;
#[cfg(unix)]
pub mod socket;
pub mod sysfs;
#[cfg(all(feature = "vfio", target_os = "linux"))]
pub mod vfio;

pub use bar::Bar;
pub use crypto::{AuthorityInfo, CryptoStatus, CryptoStatusBit, GrantOutcome, GrantVerdict};
pub use error::{Error, Result};
pub use fuse::{
    Counters, ErrCode, Fuse, Limit, Limits, Status, StatusFlags, Tightened, TripCycles, TripReasons,
};
#[cfg(all(feature = "vfio", target_os = "linux"))]
pub use vfio::{VfioBar, VfioOptions};
