//! capfuse host driver: one seam for 32-bit register access ([`Bar`]) with a
//! VFIO implementation and the simulated card, and typed access on top.

pub mod bar;
pub mod error;
#[cfg(feature = "sim")]
pub mod sim;

pub use bar::Bar;
pub use error::{Error, Result};
#[cfg(feature = "sim")]
pub use sim::SimBar;
