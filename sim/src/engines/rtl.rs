//! Placeholder until the engine lands.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use capfuse_abi::FuseParams;

/// Not yet implemented.
pub struct RtlEngine;

impl RtlEngine {
    /// Not yet implemented.
    pub fn new(_params: FuseParams) -> anyhow::Result<Self> {
        anyhow::bail!("the rtl engine is not implemented yet")
    }
}

impl Engine for RtlEngine {
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
