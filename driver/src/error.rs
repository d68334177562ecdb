//! The driver's one error type.

/// Everything that can go wrong talking to a fuse.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A register offset outside the BAR or not 32-bit aligned.
    #[error("register offset {offset:#x} is outside the {size}-byte BAR or unaligned")]
    BadOffset {
        /// The offending offset.
        offset: u16,
        /// BAR size in bytes.
        size: u32,
    },
}

/// Result with the driver's error.
pub type Result<T> = std::result::Result<T, Error>;
