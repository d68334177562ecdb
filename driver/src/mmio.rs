//! Every `unsafe` of the driver: volatile 32-bit MMIO on the mapped BAR,
//! positioned reads and writes on the VFIO device fd (config space), and
//! `poll` on the interrupt eventfd. Callers get safe functions with bounds
//! checked here.

use std::io;
use std::os::fd::RawFd;
use std::time::Duration;

use memmap2::{MmapOptions, MmapRaw};

/// A mapped MMIO region, accessed only through volatile 32-bit loads and
/// stores (never through references: the device changes it under us).
pub(crate) struct Mmio {
    map: MmapRaw,
}

impl std::fmt::Debug for Mmio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mmio({} bytes)", self.map.len())
    }
}

impl Mmio {
    /// Maps `len` bytes of `fd` at `offset` shared and read/write.
    pub(crate) fn map(fd: RawFd, offset: u64, len: usize) -> io::Result<Self> {
        let map = MmapOptions::new().offset(offset).len(len).map_raw(fd)?;
        Ok(Mmio { map })
    }

    /// Size of the mapping in bytes.
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    fn word_ptr(&self, offset: usize) -> Option<*mut u32> {
        if !offset.is_multiple_of(4) || offset.checked_add(4)? > self.map.len() {
            return None;
        }
        // mmap returns page-aligned memory, so base + a multiple of 4 is
        // 4-byte aligned; `wrapping_add` needs no unsafe and stays in bounds
        // by the check above.
        Some(self.map.as_mut_ptr().wrapping_add(offset).cast::<u32>())
    }

    /// Volatile 32-bit read; `None` if `offset` is unaligned or outside.
    pub(crate) fn read32(&self, offset: usize) -> Option<u32> {
        let p = self.word_ptr(offset)?;
        // SAFETY: `p` is 4-byte aligned and `p..p+4` lies inside the live
        // mapping owned by `self` (checked in `word_ptr`); the access is a
        // single volatile load, so no Rust reference to device memory is
        // ever created and the compiler neither elides nor merges it.
        Some(unsafe { p.read_volatile() })
    }

    /// Volatile 32-bit write; `None` if `offset` is unaligned or outside.
    pub(crate) fn write32(&self, offset: usize, value: u32) -> Option<()> {
        let p = self.word_ptr(offset)?;
        // SAFETY: as in `read32`: aligned, in bounds of the live mapping,
        // one volatile store and no references.
        unsafe { p.write_volatile(value) };
        Some(())
    }
}

/// Reads exactly `buf.len()` bytes of `fd` at `offset` (VFIO config space).
pub(crate) fn pread_exact(fd: RawFd, buf: &mut [u8], offset: u64) -> io::Result<()> {
    let off = libc::off_t::try_from(offset).map_err(|_| io::ErrorKind::InvalidInput)?;
    // SAFETY: `buf` is a valid writable buffer of `buf.len()` bytes for the
    // duration of the call; `pread` writes at most that many bytes and does
    // not keep the pointer. An invalid `fd` makes it fail with EBADF.
    let n = unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), off) };
    match n {
        n if n < 0 => Err(io::Error::last_os_error()),
        n if n as usize == buf.len() => Ok(()),
        _ => Err(io::ErrorKind::UnexpectedEof.into()),
    }
}

/// Writes all of `buf` to `fd` at `offset` (VFIO config space).
pub(crate) fn pwrite_all(fd: RawFd, buf: &[u8], offset: u64) -> io::Result<()> {
    let off = libc::off_t::try_from(offset).map_err(|_| io::ErrorKind::InvalidInput)?;
    // SAFETY: `buf` is valid for reads of `buf.len()` bytes during the call;
    // `pwrite` does not keep the pointer.
    let n = unsafe { libc::pwrite(fd, buf.as_ptr().cast(), buf.len(), off) };
    match n {
        n if n < 0 => Err(io::Error::last_os_error()),
        n if n as usize == buf.len() => Ok(()),
        _ => Err(io::ErrorKind::WriteZero.into()),
    }
}

/// Waits until `fd` is readable or `timeout` passes; returns readability.
/// EINTR counts as "not yet" (the caller loops on its own deadline).
pub(crate) fn poll_readable(fd: RawFd, timeout: Duration) -> io::Result<bool> {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: `pfd` is one valid, initialised pollfd that lives across the
    // call, and we pass a count of 1.
    let n = unsafe { libc::poll(&mut pfd, 1, ms) };
    if n < 0 {
        let e = io::Error::last_os_error();
        return if e.kind() == io::ErrorKind::Interrupted {
            Ok(false)
        } else {
            Err(e)
        };
    }
    Ok(n > 0 && pfd.revents & libc::POLLIN != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::fd::AsRawFd;

    #[test]
    fn mmio_volatile_access_on_a_file_mapping() {
        let f = tempfile::tempfile().unwrap();
        f.set_len(4096).unwrap();
        let m = Mmio::map(f.as_raw_fd(), 0, 4096).unwrap();
        assert_eq!(m.len(), 4096);
        m.write32(0x10, 0xdead_beef).unwrap();
        assert_eq!(m.read32(0x10), Some(0xdead_beef));
        assert_eq!(m.read32(0x11), None);
        assert_eq!(m.read32(4096), None);
        assert_eq!(m.write32(4094, 1), None);
        let mut buf = [0u8; 4];
        pread_exact(f.as_raw_fd(), &mut buf, 0x10).unwrap();
        assert_eq!(u32::from_le_bytes(buf), 0xdead_beef);
        pwrite_all(f.as_raw_fd(), &7u32.to_le_bytes(), 0x20).unwrap();
        assert_eq!(m.read32(0x20), Some(7));
        assert!(pread_exact(f.as_raw_fd(), &mut buf, 4095).is_err());
    }

    #[test]
    fn poll_sees_an_eventfd_write() {
        let e = vmm_sys_util::eventfd::EventFd::new(libc::EFD_NONBLOCK).unwrap();
        assert!(!poll_readable(e.as_raw_fd(), Duration::from_millis(1)).unwrap());
        e.write(1).unwrap();
        assert!(poll_readable(e.as_raw_fd(), Duration::from_millis(100)).unwrap());
    }
}
