//! The CLI's error: a message, an optional hint saying what to do, and the
//! process exit code (see docs/cli.md).

use std::fmt;

use capfuse_driver::Error as DriverError;

/// Exit codes.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Any other failure (I/O, protocol, unexpected device answer).
    pub const FAILURE: u8 = 1;
    /// Bad command line or malformed value (clap uses 2 as well).
    pub const USAGE: u8 = 2;
    /// The fuse refused the request: loosening needs a signed grant.
    pub const REFUSED: u8 = 3;
    /// The device could not be opened or did not answer.
    pub const DEVICE: u8 = 4;
    /// `irq-wait` timed out without a trip.
    pub const TIMEOUT: u8 = 5;
    /// Another process held the ledger's lock for the whole lock timeout;
    /// nothing was written (retry, or wait longer with `--lock-timeout-ms`).
    pub const BUSY: u8 = 6;
    /// The card refused a grant whose expiry epoch had already passed: the
    /// authority must issue one with a later expiry.
    pub const EXPIRED: u8 = 7;
}

/// An error for the operator.
#[derive(Debug)]
pub struct CliError {
    /// What went wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// Exit code.
    pub code: u8,
}

impl CliError {
    /// An error with an exit code and no hint.
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            hint: None,
            code,
        }
    }
    /// A malformed value on the command line.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(exit::USAGE, message)
    }
    /// The device is unavailable.
    pub fn device(message: impl Into<String>) -> Self {
        Self::new(exit::DEVICE, message)
    }
    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<anyhow::Error> for CliError {
    fn from(e: anyhow::Error) -> Self {
        match e.downcast::<CliError>() {
            Ok(c) => c,
            Err(e) => CliError::new(exit::FAILURE, format!("{e:#}")),
        }
    }
}

/// The driver's message followed by its sources (the OS error).
pub fn with_sources(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        msg.push_str(&format!(": {s}"));
        src = s.source();
    }
    msg
}

/// The driver's errors keep their message (which already says what to do
/// where there is one thing to do) and get an exit code and a hint.
/// Refused and out-of-range limits are worded by `card::tighten`, which
/// knows the command line's names and units.
impl From<DriverError> for CliError {
    fn from(e: DriverError) -> Self {
        let msg = with_sources(&e);
        match e {
            DriverError::InvalidLimitValue { .. } | DriverError::BadPciAddress { .. } => {
                CliError::usage(msg).hint(DEVICE_LIST_HINT)
            }
            DriverError::LooserNeedsGrant { .. }
            | DriverError::WriteRefused { .. }
            | DriverError::Superseded { .. } => {
                CliError::new(exit::REFUSED, msg)
                    .hint("only a grant signed by the fuse's authority loosens a limit; run `capfuse status`")
            }
            DriverError::BadOffset { .. } | DriverError::NotApplied { .. } => {
                CliError::new(exit::FAILURE, msg)
                    .hint("the card did not do what was written; run `capfuse status`")
            }
            DriverError::Transport { .. } => CliError::device(msg).hint(TRANSPORT_HINT),
            DriverError::NoResponse { .. } => CliError::device(msg).hint(BOARD_HINT),
            DriverError::SerialOpen { .. } => CliError::device(msg).hint(
                "`capfuse list` shows the serial ports; a board's bridge is the second port of its FTDI chip",
            ),
            DriverError::NotAFuse { .. } => {
                CliError::device(msg).hint("check the --device address with `capfuse list`")
            }
            DriverError::NotBoundToVfio { .. }
            | DriverError::NoIommuGroup { .. }
            | DriverError::GroupNotViable { .. }
            | DriverError::PermissionDenied { .. }
            | DriverError::VfioUnavailable { .. } => CliError::device(msg).hint(
                "do what the message says, then retry; `capfuse list` shows each card's driver and IOMMU group",
            ),
            DriverError::CryptoTimeout { .. } => CliError::new(exit::TIMEOUT, msg)
                .hint("`--timeout-ms` waits longer; `capfuse status` shows the card"),
            DriverError::CryptoRefused { .. } | DriverError::ReportReplaced { .. } => {
                CliError::new(exit::FAILURE, msg)
            }
            DriverError::Decommissioned { .. } | DriverError::NoCryptoBlock { .. } => {
                CliError::device(msg)
            }
            _ => CliError::device(msg).hint(DEVICE_LIST_HINT),
        }
    }
}

/// The simulated card's process stopped answering.
const TRANSPORT_HINT: &str =
    "`capfuse sim status` says whether it runs (its log is sim.log next to \
     the socket); `capfuse sim stop` then `capfuse sim start` gives a fresh card, whose counters \
     and limits start over";

/// A board did not answer as its bridge does.
const BOARD_HINT: &str =
    "check the cable and that this is the bridge's port (`capfuse list`), that \
     the board runs a capfuse bitstream (docs/boards.md), and the baud rate \
     (`--device serial:PORT@BAUD`, 115200 unless the bitstream was built with another)";

const DEVICE_LIST_HINT: &str =
    "`capfuse list` shows the cards; `--device sim` (the default) is the simulated one";

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::new(exit::FAILURE, e.to_string())
    }
}

/// Result with the CLI's error.
pub type Result<T> = std::result::Result<T, CliError>;
