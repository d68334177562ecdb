//! Placeholder until the engine lands.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use capfuse_abi::FuseParams;

/// Not yet implemented.
pub struct VerilatorEngine;

impl VerilatorEngine {
    /// Not yet implemented.
    pub fn new(_params: FuseParams) -> anyhow::Result<Self> {
        anyhow::bail!("the verilator engine is not implemented yet")
    }
}

impl Engine for VerilatorEngine {
    fn kind(&self) -> EngineKind {
        unreachable!()
    }
    fn outputs(&self) -> PinsOut {
        unreachable!()
    }
    fn step(&mut self, _inputs: &PinsIn) {
        unreachable!()
    }
}
