//! capfuse cycle simulator: three engines behind one interface.

pub mod bench;
pub mod board_pty;
pub mod bus;
pub mod card;
pub mod daemon;
pub mod ed25519;
pub mod engine;
pub mod engines;
pub mod grant;
pub mod lockstep;
pub mod model;
pub mod monitor;
pub mod runner;
pub mod scenario;
pub mod sim_bar;
pub mod vcd;
pub mod workload;

pub use engine::{Engine, EngineKind, PinsIn, PinsOut};
pub use sim_bar::SimBar;
