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
    /// Reads the registers at `offsets`, in order, into `values` (one per
    /// offset), as one exchange where the transport allows it: a transport
    /// with a round trip per request (the simulated card's socket) sends
    /// them as one request. The default reads them one by one.
    fn read_batch(&mut self, offsets: &[u16], values: &mut [u32]) -> Result<()> {
        debug_assert_eq!(offsets.len(), values.len());
        for (&offset, value) in offsets.iter().zip(values.iter_mut()) {
            *value = self.read32(offset)?;
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
    fn read_batch(&mut self, offsets: &[u16], values: &mut [u32]) -> Result<()> {
        (**self).read_batch(offsets, values)
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
    fn read_batch(&mut self, offsets: &[u16], values: &mut [u32]) -> Result<()> {
        (**self).read_batch(offsets, values)
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

/// Runs `read`, which only reads registers, with all of them fetched in one
/// [`Bar::read_batch`]: a first run against a recorder (every read answers
/// 0) learns which registers it reads, the batch fetches them, and a second
/// run gets their values. So the decoding is written once, as plain reads,
/// and a transport with a round trip per request pays one. A read the first
/// run did not make (one whose offset depends on a value) goes to `bar`.
pub fn batched<B: Bar + ?Sized, T>(
    bar: &mut B,
    read: impl Fn(&mut Batched<'_, B>) -> Result<T>,
) -> Result<T> {
    let mut recorder = Batched {
        bar: &mut *bar,
        fetched: None,
        offsets: Vec::new(),
    };
    read(&mut recorder)?;
    let mut offsets = recorder.offsets;
    let mut seen = std::collections::HashSet::new();
    offsets.retain(|o| seen.insert(*o));
    let mut values = vec![0; offsets.len()];
    bar.read_batch(&offsets, &mut values)?;
    let mut replay = Batched {
        bar,
        fetched: Some(offsets.into_iter().zip(values).collect()),
        offsets: Vec::new(),
    };
    read(&mut replay)
}

/// The seam [`batched`] gives its reading function.
pub struct Batched<'a, B: Bar + ?Sized> {
    bar: &'a mut B,
    /// `None` while recording; then the batch's values by offset.
    fetched: Option<std::collections::HashMap<u16, u32>>,
    offsets: Vec<u16>,
}

impl<B: Bar + ?Sized> Bar for Batched<'_, B> {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        match &self.fetched {
            None => {
                check_offset(offset)?;
                self.offsets.push(offset);
                Ok(0)
            }
            Some(values) => match values.get(&offset) {
                Some(&v) => Ok(v),
                None => self.bar.read32(offset),
            },
        }
    }
    /// A reading function does not write: nothing is written while
    /// recording, and a write while replaying goes to the card.
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        match self.fetched {
            None => check_offset(offset),
            Some(_) => self.bar.write32(offset, value),
        }
    }
    fn describe(&self) -> String {
        self.bar.describe()
    }
}
