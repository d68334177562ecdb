//! The CLI's error: a message, an optional hint saying what to do, and the
//! process exit code (see docs/cli.md).

use std::fmt;

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

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::new(exit::FAILURE, e.to_string())
    }
}

/// Result with the CLI's error.
pub type Result<T> = std::result::Result<T, CliError>;
