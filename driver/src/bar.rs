//! The register-access seam.

use std::time::Duration;

use crate::{Error, Result};

/// Checks that `offset` is a 32-bit register of the fuse's BAR (aligned,
/// inside [`capfuse_abi::pci::REGISTER_BAR_SIZE`]); transports call it
/// before anything reaches the card.
pub fn check_offset(offset: u16) -> Result<()> {
    let size = capfuse_abi::pci::REGISTER_BAR_SIZE;
    if !offset.is_multiple_of(4) || u32::from(offset) >= size {
        return Err(Error::BadOffset { offset, size });
    }
    Ok(())
}

/// 32-bit register access at byte offsets of the fuse's BAR. Writes are
/// posted, as on PCIe: a refused write is seen through `ERR_CODE` and
/// `REFUSED_WRITES`, not through the write call.
pub trait Bar {
    /// Reads the 32-bit register at `offset`.
    fn read32(&mut self, offset: u16) -> Result<u32>;
    /// Writes the 32-bit register at `offset`.
    fn write32(&mut self, offset: u16, value: u32) -> Result<()>;
    /// Writes several registers in order, as one unit where the transport
    /// allows it: a seam shared by several clients (the simulated card's
    /// daemon) overrides this so that no other client's access lands between
    /// the words, as [`crate::Fuse::tighten`] needs for the 96-bit budget's
    /// staging writes and commit. The default writes them one by one.
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        for &(offset, value) in writes {
            self.write32(offset, value)?;
        }
        Ok(())
    }
    /// Human-readable name of the device behind the seam (for messages).
    fn describe(&self) -> String;
    /// Blocks until the card raises its interrupt or `timeout` passes;
    /// returns whether an interrupt was seen. A spurious `true` is allowed
    /// (callers re-read the registers). The default sleeps a little and
    /// returns `false`, so callers fall back to polling.
    fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
        std::thread::sleep(timeout.min(Duration::from_millis(1)));
        Ok(false)
    }
}

impl<B: Bar + ?Sized> Bar for &mut B {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        (**self).read32(offset)
    }
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        (**self).write32(offset, value)
    }
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        (**self).write_batch(writes)
    }
    fn describe(&self) -> String {
        (**self).describe()
    }
    fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
        (**self).wait_irq(timeout)
    }
}

impl<B: Bar + ?Sized> Bar for Box<B> {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        (**self).read32(offset)
    }
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        (**self).write32(offset, value)
    }
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        (**self).write_batch(writes)
    }
    fn describe(&self) -> String {
        (**self).describe()
    }
    fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
        (**self).wait_irq(timeout)
    }
}
