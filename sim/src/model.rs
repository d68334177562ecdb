//! Placeholder until the behavioural model lands.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use capfuse_abi::FuseParams;

/// The behavioural model (in progress).
pub struct Model;

impl Model {
    /// New model at power-up.
    pub fn new(_params: FuseParams) -> Self {
        Model
    }
}

impl Engine for Model {
    fn kind(&self) -> EngineKind {
        EngineKind::Model
    }
    fn outputs(&self) -> PinsOut {
        PinsOut::default()
    }
    fn step(&mut self, _inputs: &PinsIn) {}
}
