//! The simulated card as a process: a daemon that steps a simulator engine
//! at a paced rate and serves register reads and writes over a Unix socket,
//! and the client side ([`SocketBar`]).
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
//! runs. See [`daemon`] for why this makes `err` mean "nothing applied".

pub mod client;
pub mod daemon;
pub mod protocol;

pub use client::SocketBar;

/// Parses `123` or `0x7b` as a u32.
pub(crate) fn parse_u32(s: &str) -> Option<u32> {
    match s.strip_prefix("0x") {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}
