//! Opening the files a command reads: keys, key sets, grants, signed
//! reports, ledgers and scenarios. They must be regular files. A FIFO
//! given by mistake would block `open` for ever (until a writer appears),
//! and a device node could hand out endless or side-effecting bytes, so
//! anything else is refused before it is read.
//!
//! [`open_regular`] checks twice without a gap: `stat` first, so a device
//! node is never opened at all, then the file is opened with `O_NONBLOCK`
//! (a FIFO swapped in after the `stat` opens at once instead of blocking)
//! and `fstat` of the open descriptor must again be a regular file, so the
//! checked file is the one read. `O_NONBLOCK` does nothing to reads of a
//! regular file.

use std::fs::{File, FileType, OpenOptions};
use std::io::{self, ErrorKind, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// What a non-regular file is, for the message.
fn kind(t: FileType) -> &'static str {
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_dir() {
        "a directory"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

fn not_regular(t: FileType) -> io::Error {
    let what = kind(t);
    let msg = if what.starts_with("not") {
        format!("{what}; give a regular file")
    } else {
        format!("this is {what}, not a regular file; give a regular file")
    };
    io::Error::new(ErrorKind::InvalidInput, msg)
}

/// Refuses `path` unless it is a regular file (symlinks followed): a
/// missing file is the `open` error (`NotFound`).
pub fn check_regular(path: &Path) -> io::Result<()> {
    let t = std::fs::metadata(path)?.file_type();
    if t.is_file() {
        Ok(())
    } else {
        Err(not_regular(t))
    }
}

/// Like [`check_regular`], but a missing file is fine (a ledger that the
/// command creates). For arguments whose file is opened by code that does
/// not go through [`open_regular`].
pub fn check_regular_if_exists(path: &Path) -> io::Result<()> {
    match check_regular(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        r => r,
    }
}

/// Opens a regular file for reading, never blocking and never opening
/// anything else (see the module documentation).
pub fn open_regular(path: &Path) -> io::Result<File> {
    check_regular(path)?;
    let f = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let t = f.metadata()?.file_type();
    if !t.is_file() {
        return Err(not_regular(t));
    }
    Ok(f)
}

/// Reads a whole regular file of at most `limit` bytes (every file we read
/// is small, so a larger one is the wrong file).
pub fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let f = open_regular(path)?;
    let mut bytes = Vec::new();
    (&f).take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            ErrorKind::InvalidData,
            format!("larger than {limit} bytes; not the file expected here"),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn dir(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("capfuse-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn mkfifo(p: &Path) {
        use std::os::unix::ffi::OsStrExt;
        let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
        // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    }

    #[test]
    fn refuses_fifos_devices_and_directories_without_blocking() {
        let d = dir("special");
        let fifo = d.join("fifo");
        mkfifo(&fifo);
        let t = Instant::now();
        for (p, what) in [
            (fifo.as_path(), "FIFO"),
            (Path::new("/dev/null"), "character device"),
            (Path::new("/dev/zero"), "character device"),
            (d.as_path(), "directory"),
        ] {
            let e = read_regular(p, 1024).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidInput, "{}", p.display());
            assert!(e.to_string().contains(what), "{}: {e}", p.display());
            assert!(check_regular_if_exists(p).is_err());
        }
        assert!(t.elapsed() < Duration::from_secs(1));
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn reads_regular_files_up_to_the_limit() {
        let d = dir("regular");
        let f = d.join("f");
        std::fs::write(&f, b"0123456789").unwrap();
        assert_eq!(read_regular(&f, 10).unwrap(), b"0123456789");
        assert_eq!(
            read_regular(&f, 9).unwrap_err().kind(),
            ErrorKind::InvalidData
        );
        // A symlink to a regular file is followed.
        std::os::unix::fs::symlink(&f, d.join("l")).unwrap();
        assert_eq!(read_regular(&d.join("l"), 10).unwrap().len(), 10);
        let missing = d.join("missing");
        assert_eq!(
            read_regular(&missing, 10).unwrap_err().kind(),
            ErrorKind::NotFound
        );
        assert!(check_regular_if_exists(&missing).is_ok());
        let _ = std::fs::remove_dir_all(&d);
    }
}
