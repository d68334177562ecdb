//! The register-access seam.

use crate::Result;

/// 32-bit register access at byte offsets of the fuse's BAR. Writes are
/// posted, as on PCIe: a refused write is seen through `ERR_CODE` and
/// `REFUSED_WRITES`, not through the write call.
pub trait Bar {
    /// Reads the 32-bit register at `offset`.
    fn read32(&mut self, offset: u16) -> Result<u32>;
    /// Writes the 32-bit register at `offset`.
    fn write32(&mut self, offset: u16, value: u32) -> Result<()>;
    /// Human-readable name of the device behind the seam (for messages).
    fn describe(&self) -> String;
}
