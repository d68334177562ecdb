//! capfuse cycle simulator: three engines behind one interface.

pub mod engine;
pub mod engines;
pub mod lockstep;
pub mod model;

pub use engine::{Engine, EngineKind, PinsIn, PinsOut};
