//! capfuse cycle simulator: three engines behind one interface.

pub mod bus;
pub mod engine;
pub mod engines;
pub mod lockstep;
pub mod model;
pub mod monitor;

pub use engine::{Engine, EngineKind, PinsIn, PinsOut};
