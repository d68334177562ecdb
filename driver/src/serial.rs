//! A board through its UART register bridge: [`SerialBar`].
//!
//! The iCE40-HX8K breakout and the ECP5 Versa builds put the fuse (or the
//! whole card) behind a UART bridge that turns frames into AXI4-Lite
//! transactions (`docs/boards.md`, bytes in [`capfuse_abi::uart`]): a read is
//! `'R'` and a 16-bit address, answered by a status byte and four data bytes;
//! a write is `'W'`, the address and four data bytes, answered by a status
//! byte. One command is on the line at a time.
//!
//! Every reply is awaited for at most the configured timeout. A reply that
//! does not come, or a status byte that is none of the bridge's, is an error
//! that names the port; after either, the bar waits out the bridge's frame
//! timeout and drops whatever arrived, so the next command starts in sync.
//! Nothing is retried: a write whose reply was lost may have been applied,
//! and the caller reads the registers to tell.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use capfuse_abi::uart::{
    CMD_READ, CMD_WRITE, FRAME_TIMEOUT_MS, READ_REPLY_LEN, STATUS_DECERR, STATUS_OKAY,
    STATUS_SLVERR, STATUS_UNKNOWN_COMMAND,
};
use serialport::{ClearBuffer, SerialPort, TTYPort};

use crate::{Bar, Error, Result};

/// How long a reply may take by default: a frame and its reply take under
/// a millisecond at 115200 baud, and the bus answers in a few cycles.
pub const DEFAULT_REPLY_TIMEOUT: Duration = Duration::from_secs(1);

/// Lowest and highest line rate a `SerialBar` accepts.
pub const BAUD_RANGE: std::ops::RangeInclusive<u32> = 300..=12_000_000;

/// A board's register bridge on a serial port.
pub struct SerialBar {
    port: TTYPort,
    path: String,
    baud: u32,
    reply_timeout: Duration,
}

impl std::fmt::Debug for SerialBar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SerialBar")
            .field("path", &self.path)
            .field("baud", &self.baud)
            .finish()
    }
}

/// What went wrong on the line, as the `#[source]` of a driver error.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// No (whole) reply within the timeout.
    #[error(
        "no reply to {what} within {timeout_ms} ms ({got} of {want} bytes came); \
         is the board powered, programmed with a capfuse bitstream, and at {baud} baud?"
    )]
    Timeout {
        /// The command.
        what: String,
        /// Bytes of the reply that came.
        got: usize,
        /// Bytes of the reply expected.
        want: usize,
        /// The timeout.
        timeout_ms: u128,
        /// The line rate.
        baud: u32,
    },
    /// A status byte that the bridge never sends.
    #[error(
        "answered {what} with status byte {status:#04x}, which a capfuse UART bridge never sends \
         (wrong baud rate, another device on the port, or out of sync)"
    )]
    Garbage {
        /// The command.
        what: String,
        /// The byte.
        status: u8,
    },
    /// The bridge did not take the frame as a command.
    #[error(
        "answered {what} with 0xff (\"no command\"): the bridge lost sync or is not the one \
         this driver speaks to"
    )]
    NotUnderstood {
        /// The command.
        what: String,
    },
    /// The port failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}

impl SerialBar {
    /// Opens `path` at `baud` (8N1, raw), exclusively: a second opener
    /// (another capfuse, a terminal program) is refused, so frames of two
    /// processes never interleave.
    pub fn open(path: &str, baud: u32, reply_timeout: Duration) -> Result<SerialBar> {
        let device = describe(path, baud);
        if !BAUD_RANGE.contains(&baud) {
            return Err(Error::SerialOpen {
                device,
                reason: format!(
                    "{baud} baud is outside {}..={}",
                    BAUD_RANGE.start(),
                    BAUD_RANGE.end()
                ),
            });
        }
        // A serial port is a character device; anything else would only
        // fail later with the terminal layer's "Not a typewriter".
        if let Ok(meta) = std::fs::metadata(path) {
            use std::os::unix::fs::FileTypeExt;
            let ft = meta.file_type();
            if !ft.is_char_device() {
                let what = if ft.is_dir() {
                    "a directory"
                } else if ft.is_fifo() {
                    "a FIFO"
                } else if ft.is_socket() {
                    "a socket"
                } else {
                    "a regular file"
                };
                return Err(Error::SerialOpen {
                    device,
                    reason: format!("it is {what}, not a serial port"),
                });
            }
        }
        let port = serialport::new(path, baud)
            .data_bits(serialport::DataBits::Eight)
            .parity(serialport::Parity::None)
            .stop_bits(serialport::StopBits::One)
            .flow_control(serialport::FlowControl::None)
            .timeout(reply_timeout)
            .exclusive(true)
            .open_native()
            .map_err(|e| Error::SerialOpen {
                device: device.clone(),
                reason: open_reason(path, &e),
            })?;
        log::info!("opened {device} through its UART bridge");
        let mut bar = SerialBar {
            port,
            path: path.to_string(),
            baud,
            reply_timeout,
        };
        // Whatever a previous user left on the line is not ours.
        bar.resync();
        Ok(bar)
    }

    /// The port's path.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Sends `frame` and reads `reply.len()` bytes back, or only the first
    /// when it is not a status that data follows.
    fn exchange(&mut self, what: &str, frame: &[u8], reply: &mut [u8]) -> Result<()> {
        // One write of the whole frame, so the bridge sees its bytes
        // back to back, well within its frame timeout.
        self.port
            .write_all(frame)
            .and_then(|()| self.port.flush())
            .map_err(|source| {
                self.line_error(LineError::Io {
                    what: format!("writing {what}"),
                    source,
                })
            })?;
        let deadline = Instant::now() + self.reply_timeout;
        let mut got = 0;
        while got < reply.len() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(self.lost(LineError::Timeout {
                    what: what.to_string(),
                    got,
                    want: reply.len(),
                    timeout_ms: self.reply_timeout.as_millis(),
                    baud: self.baud,
                }));
            }
            // The port's own timeout bounds each read; the deadline bounds
            // the reply.
            let _ = self.port.set_timeout(left);
            match self.port.read(&mut reply[got..]) {
                Ok(0) => {}
                Ok(n) => {
                    got += n;
                    // A status byte after which the bridge sends nothing
                    // more ("no command"), or one it never sends: answer
                    // now rather than wait out the timeout for data.
                    if !matches!(reply[0], STATUS_OKAY | STATUS_SLVERR | STATUS_DECERR) {
                        return Ok(());
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(source) => {
                    return Err(self.lost(LineError::Io {
                        what: format!("reading the reply to {what}"),
                        source,
                    }))
                }
            }
        }
        Ok(())
    }

    /// Checks a reply's status byte: OKAY and SLVERR are answers (a
    /// refused write is posted, as on PCIe); DECERR is an address the bus
    /// does not have; anything else is not the bridge speaking.
    fn check_status(&mut self, what: &str, offset: u16, status: u8) -> Result<u8> {
        match status {
            STATUS_OKAY | STATUS_SLVERR => Ok(status),
            STATUS_DECERR => Err(Error::BadOffset {
                offset,
                size: capfuse_abi::pci::REGISTER_BAR_SIZE,
            }),
            STATUS_UNKNOWN_COMMAND => Err(self.lost(LineError::NotUnderstood {
                what: what.to_string(),
            })),
            other => Err(self.lost(LineError::Garbage {
                what: what.to_string(),
                status: other,
            })),
        }
    }

    /// Waits out the bridge's frame timeout, then drops what arrived: the
    /// bridge has abandoned any half frame, and stray reply bytes are gone.
    fn resync(&mut self) {
        std::thread::sleep(Duration::from_millis(2 * FRAME_TIMEOUT_MS));
        let _ = self.port.clear(ClearBuffer::All);
    }

    /// A line error after which the line is out of step: resynchronises
    /// and wraps it.
    fn lost(&mut self, e: LineError) -> Error {
        log::warn!("{}: {e}; resynchronising the line", self.path);
        self.resync();
        self.line_error(e)
    }

    fn line_error(&self, e: LineError) -> Error {
        Error::NoResponse {
            device: Bar::describe(self),
            source: Box::new(e),
        }
    }
}

/// Clears exclusive mode before the port closes: a pseudo-terminal that
/// another process holds open (a simulated board) would otherwise stay
/// exclusive and refuse the next opener.
impl Drop for SerialBar {
    fn drop(&mut self) {
        let _ = self.port.set_exclusive(false);
    }
}

fn describe(path: &str, baud: u32) -> String {
    format!("board on {path} ({baud} baud)")
}

/// Why a port did not open, in words an operator can act on.
fn open_reason(path: &str, e: &serialport::Error) -> String {
    use serialport::ErrorKind;
    match e.kind() {
        ErrorKind::Io(std::io::ErrorKind::NotFound) | ErrorKind::NoDevice
            if !std::path::Path::new(path).exists() =>
        {
            "no such port".into()
        }
        ErrorKind::Io(std::io::ErrorKind::PermissionDenied) => {
            "permission denied (add your user to the `dialout` group, or run as root)".into()
        }
        ErrorKind::NoDevice => format!(
            "it is busy: another program has it open ({}); close it, then retry",
            e.description
        ),
        // ENOTTY: a character device without a terminal layer (/dev/null).
        _ if e.description.contains("typewriter") => {
            "it is a character device but not a terminal, so not a serial port".into()
        }
        _ => e.description.clone(),
    }
}

impl Bar for SerialBar {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        crate::bar::check_offset(offset)?;
        let what = format!("a read of {offset:#05x}");
        let [lo, hi] = offset.to_le_bytes();
        let mut reply = [0u8; READ_REPLY_LEN];
        self.exchange(&what, &[CMD_READ, lo, hi], &mut reply)?;
        if self.check_status(&what, offset, reply[0])? == STATUS_SLVERR {
            // An unmapped read (the crypto window of a fuse-only bitstream)
            // answers SLVERR and 0, as over PCIe: the data is what it is.
            log::debug!("{}: SLVERR to {what}", self.path);
        }
        Ok(u32::from_le_bytes([reply[1], reply[2], reply[3], reply[4]]))
    }

    /// Posted, as on PCIe: SLVERR (a refused write) is not an error here; a
    /// refusal shows in `ERR_CODE` and `REFUSED_WRITES`.
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        crate::bar::check_offset(offset)?;
        let what = format!("a write of {value:#x} to {offset:#05x}");
        let [lo, hi] = offset.to_le_bytes();
        let d = value.to_le_bytes();
        let mut reply = [0u8; 1];
        self.exchange(
            &what,
            &[CMD_WRITE, lo, hi, d[0], d[1], d[2], d[3]],
            &mut reply,
        )?;
        self.check_status(&what, offset, reply[0]).map(|_| ())
    }

    fn describe(&self) -> String {
        describe(&self.path, self.baud)
    }
}

/// A serial port that may hold a board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortInfo {
    /// The device path, e.g. `/dev/ttyUSB1`.
    pub path: String,
    /// What the system says about it (USB IDs and product where known).
    pub description: String,
}

/// The serial ports of this machine (USB serial adapters first). The
/// boards' FTDI FT2232H shows as two ports; the bridge is on the second.
pub fn list_ports() -> Vec<PortInfo> {
    // The enumeration reads /sys/class/tty, which a container may lack.
    if cfg!(target_os = "linux") && !std::path::Path::new("/sys/class/tty").is_dir() {
        return Vec::new();
    }
    let Ok(ports) = serialport::available_ports() else {
        return Vec::new();
    };
    let mut out: Vec<(bool, PortInfo)> = ports
        .into_iter()
        .map(|p| {
            let (usb, description) = match &p.port_type {
                serialport::SerialPortType::UsbPort(u) => (
                    true,
                    format!(
                        "USB {:04x}:{:04x}{}",
                        u.vid,
                        u.pid,
                        u.product
                            .as_deref()
                            .map(|s| format!(" {s}"))
                            .unwrap_or_default()
                    ),
                ),
                serialport::SerialPortType::PciPort => (false, "PCI serial".into()),
                serialport::SerialPortType::BluetoothPort => (false, "Bluetooth".into()),
                serialport::SerialPortType::Unknown => (false, "serial".into()),
            };
            (
                usb,
                PortInfo {
                    path: p.port_name,
                    description,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.path.cmp(&b.1.path)));
    out.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::chain;
    use std::sync::mpsc;

    /// What the fake bridge does with each frame.
    #[derive(Clone, Copy)]
    enum Answer {
        /// Reply OKAY (with `value` to a read).
        Okay(u32),
        /// Reply with this status (and zero data to a read).
        Status(u8),
        /// Say nothing.
        Silent,
    }

    /// A fake bridge on the master side of a pseudo-terminal: reads whole
    /// frames and answers each as told; sends back the frames it got.
    fn fake_bridge(answers: Vec<Answer>) -> (String, mpsc::Receiver<Vec<u8>>, TTYPort) {
        let (mut master, slave) = TTYPort::pair().expect("a pseudo-terminal pair");
        let path = slave.name().expect("the slave's name");
        let (tx, rx) = mpsc::channel();
        master.set_timeout(Duration::from_secs(5)).unwrap();
        std::thread::spawn(move || {
            for answer in answers {
                let mut cmd = [0u8; 1];
                if master.read_exact(&mut cmd).is_err() {
                    return;
                }
                let rest = if cmd[0] == CMD_WRITE { 6 } else { 2 };
                let mut frame = vec![0u8; rest];
                if master.read_exact(&mut frame).is_err() {
                    return;
                }
                frame.insert(0, cmd[0]);
                let read = cmd[0] == CMD_READ;
                let _ = tx.send(frame);
                let reply: Vec<u8> = match answer {
                    Answer::Okay(v) if read => [&[0u8][..], &v.to_le_bytes()].concat(),
                    Answer::Okay(_) => vec![0],
                    Answer::Status(s) if read => vec![s, 0, 0, 0, 0],
                    Answer::Status(s) => vec![s],
                    Answer::Silent => Vec::new(),
                };
                master.write_all(&reply).unwrap();
            }
            // Hold the line open until the test is done with it.
            std::thread::sleep(Duration::from_secs(3));
        });
        (path, rx, slave)
    }

    #[test]
    fn reads_and_writes_are_the_documented_frames() {
        let (path, frames, _slave) = fake_bridge(vec![
            Answer::Okay(capfuse_abi::FUSE_ID),
            Answer::Okay(0),
            Answer::Status(STATUS_SLVERR),
        ]);
        let mut bar = SerialBar::open(&path, 115_200, DEFAULT_REPLY_TIMEOUT).unwrap();
        assert_eq!(bar.read32(0x000).unwrap(), capfuse_abi::FUSE_ID);
        bar.write32(0x034, 1000).unwrap();
        // A refused write is posted: no error here.
        bar.write32(0x034, 5000).unwrap();
        let got: Vec<Vec<u8>> = frames.try_iter().collect();
        // The bytes of docs/boards.md's example.
        assert_eq!(
            got,
            [
                vec![0x52, 0x00, 0x00],
                vec![0x57, 0x34, 0x00, 0xe8, 0x03, 0x00, 0x00],
                vec![0x57, 0x34, 0x00, 0x88, 0x13, 0x00, 0x00],
            ]
        );
        assert!(bar.describe().contains("115200 baud"), "{}", bar.describe());
    }

    #[test]
    fn a_silent_board_is_a_timeout_not_a_hang() {
        let (path, _frames, _slave) = fake_bridge(vec![Answer::Silent]);
        let mut bar = SerialBar::open(&path, 115_200, Duration::from_millis(200)).unwrap();
        let t0 = Instant::now();
        let e = bar.read32(0x000).unwrap_err();
        assert!(t0.elapsed() < Duration::from_secs(2), "{:?}", t0.elapsed());
        assert!(matches!(e, Error::NoResponse { .. }), "{e}");
        let msg = chain(&e);
        assert!(
            msg.contains("no reply to a read of 0x000 within 200 ms") && msg.contains(&path),
            "{msg}"
        );
    }

    #[test]
    fn garbage_and_unknown_status_bytes_are_errors_that_say_so() {
        let (path, _frames, _slave) = fake_bridge(vec![
            Answer::Status(0x41),
            Answer::Status(STATUS_UNKNOWN_COMMAND),
            Answer::Status(STATUS_DECERR),
            Answer::Status(STATUS_SLVERR),
        ]);
        let mut bar = SerialBar::open(&path, 115_200, DEFAULT_REPLY_TIMEOUT).unwrap();
        let msg = chain(&bar.read32(0x010).unwrap_err());
        assert!(
            msg.contains("status byte 0x41") && msg.contains("wrong baud"),
            "{msg}"
        );
        let msg = chain(&bar.write32(0x010, 1).unwrap_err());
        assert!(msg.contains("lost sync"), "{msg}");
        let e = bar.read32(0x010).unwrap_err();
        assert!(matches!(e, Error::BadOffset { offset: 0x010, .. }), "{e}");
        // SLVERR to a read (an unmapped offset) hands back the data, 0.
        assert_eq!(bar.read32(0x010).unwrap(), 0);
    }

    #[test]
    fn bad_offsets_never_reach_the_line() {
        let (path, frames, _slave) = fake_bridge(vec![]);
        let mut bar = SerialBar::open(&path, 115_200, DEFAULT_REPLY_TIMEOUT).unwrap();
        assert!(matches!(bar.read32(0x1000), Err(Error::BadOffset { .. })));
        assert!(matches!(
            bar.write32(0x002, 0),
            Err(Error::BadOffset { .. })
        ));
        assert_eq!(frames.try_iter().count(), 0);
    }

    #[test]
    fn a_missing_busy_or_non_terminal_port_and_a_bad_rate_are_clear_errors() {
        let e = SerialBar::open("/dev/capfuse-no-such-port", 115_200, DEFAULT_REPLY_TIMEOUT)
            .unwrap_err();
        assert!(e.to_string().contains("no such port"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-port");
        std::fs::write(&file, b"x").unwrap();
        for (p, what) in [
            (file.to_str().unwrap(), "a regular file"),
            (dir.path().to_str().unwrap(), "a directory"),
        ] {
            let e = SerialBar::open(p, 115_200, DEFAULT_REPLY_TIMEOUT).unwrap_err();
            assert!(
                e.to_string()
                    .contains(&format!("it is {what}, not a serial port")),
                "{e}"
            );
        }
        let e = SerialBar::open("/dev/null", 115_200, DEFAULT_REPLY_TIMEOUT).unwrap_err();
        assert!(e.to_string().contains("not a terminal"), "{e}");
        let (path, _frames, _slave) = fake_bridge(vec![]);
        let e = SerialBar::open(&path, 7, DEFAULT_REPLY_TIMEOUT).unwrap_err();
        assert!(e.to_string().contains("7 baud is outside"), "{e}");
        let _first = SerialBar::open(&path, 115_200, DEFAULT_REPLY_TIMEOUT).unwrap();
        let e = SerialBar::open(&path, 115_200, DEFAULT_REPLY_TIMEOUT).unwrap_err();
        assert!(e.to_string().contains("busy"), "{e}");
        drop(_first);
        // Closed, it opens again (exclusive mode was cleared).
        SerialBar::open(&path, 115_200, DEFAULT_REPLY_TIMEOUT).unwrap();
    }
}
