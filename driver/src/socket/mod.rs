//! The simulated card's socket transport: [`SocketBar`], register access to
//! a card process (the `capfuse sim` daemon, built from `capfuse-sim`) over
//! a Unix socket. The driver needs nothing of the simulator for it, so an
//! operator build without the simulator still talks to a running card.
//!
//! Protocol: one request per line, one reply per line.
//!
//! ```text
//! request  = op *( ";" op ) "\n"          (at most 64 KiB before "\n", at most 256 ops)
//! op       = "r" SP offset | "w" SP offset SP value | "info" | "quit"
//! reply    = "ok" *( SP result ) "\n"     (applied)
//!          | "err" SP message "\n"        (refused: nothing of the request was applied)
//!          | "fail" SP message "\n"       (the engine stopped answering midway; the daemon exits)
//! result   = value (for r) | "okay" / "slverr" (for w) | key=value... (for info)
//! ```
//!
//! Numbers are decimal or `0x` hex. A request takes effect only once its
//! whole line (with the newline) has arrived and parsed; the daemon then
//! carries out all of its ops back to back as bus transactions in its one
//! stepping loop, so a request is applied entirely or, if the connection
//! drops before its newline or the line is refused, not at all. A line
//! longer than [`protocol::MAX_LINE_BYTES`] is answered `err` and its
//! connection closed; a request of more than
//! [`protocol::MAX_OPS_PER_REQUEST`] ops is answered `err` before any of it
//! runs.

pub mod protocol;

use std::io::{self, BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{Bar, Error, Result};
use protocol::{format_ops, parse_u32, RegOp, MAX_OPS_PER_REQUEST};

/// The socket's file name in the simulated card's directory.
pub const SOCKET_FILE: &str = "sim.sock";

/// How long a reply may take: the daemon answers a request within
/// milliseconds unless its engine is wedged.
const REPLY_TIMEOUT: Duration = Duration::from_secs(10);

/// Register access to a simulated card through its socket.
pub struct SocketBar {
    socket: PathBuf,
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl std::fmt::Debug for SocketBar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SocketBar")
            .field("socket", &self.socket)
            .finish()
    }
}

/// A request as quoted in an error: its first 200 characters.
fn shorten(line: &str) -> String {
    match line.char_indices().nth(200) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}

impl SocketBar {
    /// Connects to the card serving `socket`. Whether the socket's
    /// directory can be trusted is the caller's to check first (the CLI
    /// requires it to be the user's own).
    pub fn connect(socket: &Path) -> Result<SocketBar> {
        let device = describe(socket);
        let transport = |source| Error::Transport {
            device: device.clone(),
            source,
        };
        let s = UnixStream::connect(socket).map_err(transport)?;
        s.set_read_timeout(Some(REPLY_TIMEOUT)).map_err(transport)?;
        let reader = BufReader::new(s.try_clone().map_err(transport)?);
        log::info!("opened {device} through its socket");
        Ok(SocketBar {
            socket: socket.to_path_buf(),
            reader,
            writer: s,
        })
    }

    /// The socket this bar talks to.
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// Sends one request line and returns the reply's words after `ok`.
    /// A dropped connection or a reply that is not `ok ...` is
    /// [`Error::Transport`].
    pub fn request(&mut self, line: &str) -> Result<Vec<String>> {
        debug_assert!(!line.contains('\n'));
        // One write of the whole line, so the daemon sees it complete or
        // not at all.
        self.writer
            .write_all(format!("{line}\n").as_bytes())
            .map_err(|e| self.transport(e))?;
        let mut reply = String::new();
        let n = self
            .reader
            .read_line(&mut reply)
            .map_err(|e| self.transport(e))?;
        if n == 0 {
            return Err(self.transport(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed",
            )));
        }
        let mut words = reply.split_whitespace();
        match words.next() {
            Some("ok") => Ok(words.map(str::to_string).collect()),
            Some("err") => Err(self.transport(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "it refused the request `{}` (nothing of it was applied): {}",
                    shorten(line),
                    reply.trim_end()[3..].trim()
                ),
            ))),
            Some("fail") => Err(self.transport(io::Error::other(format!(
                "it failed midway through the request `{}` and stopped: {}",
                shorten(line),
                reply.trim_end()[4..].trim()
            )))),
            _ => Err(self.malformed(&reply)),
        }
    }

    /// The card process's `key=value` information (engine, clock, build).
    pub fn info(&mut self) -> Result<Vec<(String, String)>> {
        Ok(self
            .request("info")?
            .into_iter()
            .filter_map(|kv| {
                kv.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect())
    }

    /// Asks the card process to exit.
    pub fn quit(&mut self) -> Result<()> {
        self.request("quit").map(|_| ())
    }

    fn transport(&self, source: io::Error) -> Error {
        Error::Transport {
            device: Bar::describe(self),
            source,
        }
    }

    fn malformed(&self, reply: &str) -> Error {
        self.transport(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("unexpected reply `{}`", reply.trim_end()),
        ))
    }
}

fn describe(socket: &Path) -> String {
    format!("simulated card ({})", socket.display())
}

/// The simulated card behind the driver's seam: each call is one request
/// line, so a batch of writes is applied by the daemon back to back.
impl Bar for SocketBar {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        let w = self.request(&format_ops(&[RegOp::Read { offset }]))?;
        match w.first().and_then(|v| parse_u32(v)) {
            Some(v) => Ok(v),
            None => Err(self.malformed(&w.join(" "))),
        }
    }

    /// Posted, as on PCIe: the daemon's `okay`/`slverr` is not looked at;
    /// a refusal shows in `ERR_CODE` and `REFUSED_WRITES`.
    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        self.request(&format_ops(&[RegOp::Write { offset, value }]))
            .map(|_| ())
    }

    fn read_batch(&mut self, offsets: &[u16], values: &mut [u32]) -> Result<()> {
        debug_assert_eq!(offsets.len(), values.len());
        // A request holds at most MAX_OPS_PER_REQUEST ops.
        for (offsets, values) in offsets
            .chunks(MAX_OPS_PER_REQUEST)
            .zip(values.chunks_mut(MAX_OPS_PER_REQUEST))
        {
            let ops: Vec<RegOp> = offsets
                .iter()
                .map(|&offset| RegOp::Read { offset })
                .collect();
            let words = self.request(&format_ops(&ops))?;
            if words.len() != values.len() {
                return Err(self.malformed(&words.join(" ")));
            }
            for (value, word) in values.iter_mut().zip(&words) {
                *value = parse_u32(word).ok_or_else(|| self.malformed(&words.join(" ")))?;
            }
        }
        Ok(())
    }

    fn write_batch(&mut self, writes: &[(u16, u32)]) -> Result<()> {
        if writes.is_empty() {
            return Ok(());
        }
        let ops: Vec<RegOp> = writes
            .iter()
            .map(|&(offset, value)| RegOp::Write { offset, value })
            .collect();
        self.request(&format_ops(&ops)).map(|_| ())
    }

    fn describe(&self) -> String {
        describe(&self.socket)
    }

    /// The daemon has no interrupt line to the client: sleep a little so
    /// [`crate::Fuse::wait_trip`] polls `TRIP_REASON` every 5 ms.
    fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
        std::thread::sleep(timeout.min(Duration::from_millis(5)));
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::chain;
    use std::os::unix::net::UnixListener;

    /// A fake card process on a private socket: answers each line with
    /// `reply` (or hangs up when `reply` is `None`) and hands back what it
    /// got.
    fn fake(
        name: &str,
        replies: Vec<Option<&'static str>>,
    ) -> (
        tempfile::TempDir,
        PathBuf,
        std::thread::JoinHandle<Vec<String>>,
    ) {
        let dir = tempfile::Builder::new()
            .prefix(&format!("capfuse-socket-{name}"))
            .tempdir()
            .unwrap();
        let sock = dir.path().join("sim.sock");
        let listener = UnixListener::bind(&sock).unwrap();
        let t = std::thread::spawn(move || {
            let (s, _) = listener.accept().unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut w = s;
            let mut got = Vec::new();
            for reply in replies {
                let mut line = String::new();
                r.read_line(&mut line).unwrap();
                got.push(line.trim_end().to_string());
                match reply {
                    Some(text) => w.write_all(format!("{text}\n").as_bytes()).unwrap(),
                    None => break,
                }
            }
            got
        });
        (dir, sock, t)
    }

    #[test]
    fn socket_bar_sends_a_batch_as_one_line() {
        let (_dir, sock, t) = fake("batch", vec![Some("ok okay okay"), Some("ok 0x2a")]);
        let mut bar = SocketBar::connect(&sock).unwrap();
        bar.write_batch(&[(0x40, 7), (0x4c, 1)]).unwrap();
        assert_eq!(bar.read32(0x28).unwrap(), 42);
        assert_eq!(t.join().unwrap(), ["w 0x40 0x7;w 0x4c 0x1", "r 0x28"]);
    }

    #[test]
    fn socket_bar_reads_a_batch_in_one_line_and_checks_the_reply() {
        let (_dir, sock, t) = fake("rbatch", vec![Some("ok 0x1 42 0xffffffff"), Some("ok 0x1")]);
        let mut bar = SocketBar::connect(&sock).unwrap();
        let mut values = [0; 3];
        bar.read_batch(&[0x0, 0x28, 0x40], &mut values).unwrap();
        assert_eq!(values, [1, 42, 0xffff_ffff]);
        // A reply with fewer values than reads is malformed, not zeros.
        let e = bar.read_batch(&[0x0, 0x4], &mut [0; 2]).unwrap_err();
        assert!(
            chain(&e).contains("unexpected reply `0x1`"),
            "{}",
            chain(&e)
        );
        assert_eq!(t.join().unwrap(), ["r 0x0;r 0x28;r 0x40", "r 0x0;r 0x4"]);
    }

    #[test]
    fn err_and_fail_replies_are_transport_errors_that_say_what_happened() {
        let (_dir, sock, t) = fake(
            "errfail",
            vec![
                Some("err request has 300 ops, more than the 256 allowed"),
                Some("fail the engine did not answer within 10000 cycles"),
            ],
        );
        let mut bar = SocketBar::connect(&sock).unwrap();
        let e = bar.read32(0x0).unwrap_err();
        assert!(matches!(e, Error::Transport { .. }), "{e}");
        let msg = chain(&e);
        assert!(
            msg.contains("nothing of it was applied") && msg.contains("300 ops"),
            "{msg}"
        );
        let e = bar.write32(0x40, 5).unwrap_err();
        let msg = chain(&e);
        assert!(
            msg.contains("failed midway") && msg.contains("10000 cycles"),
            "{msg}"
        );
        t.join().unwrap();
    }

    #[test]
    fn socket_bar_hang_up_and_garbage_are_transport_errors() {
        let (_dir, sock, t) = fake("hangup", vec![Some("ok zz"), Some("hello"), None]);
        let mut bar = SocketBar::connect(&sock).unwrap();
        for _ in 0..3 {
            let e = bar.read32(0x0).unwrap_err();
            assert!(matches!(e, Error::Transport { .. }), "{e}");
            assert!(e.to_string().contains("sim.sock"), "{e}");
        }
        t.join().unwrap();
    }

    #[test]
    fn no_card_process_is_a_transport_error_naming_the_socket() {
        let dir = tempfile::tempdir().unwrap();
        let e = SocketBar::connect(&dir.path().join("sim.sock")).unwrap_err();
        assert!(matches!(e, Error::Transport { .. }), "{e}");
        let msg = chain(&e);
        assert!(msg.contains("sim.sock) is not answering: "), "{msg}");
    }
}
