//! Engine construction.

pub mod rtl;
pub mod verilator;

use crate::engine::{Engine, EngineKind};
use capfuse_abi::FuseParams;

/// Builds an engine of the given kind for a fuse generated with `params`.
pub fn new_engine(kind: EngineKind, params: FuseParams) -> anyhow::Result<Box<dyn Engine>> {
    params.validate().map_err(anyhow::Error::msg)?;
    Ok(match kind {
        EngineKind::Model => Box::new(crate::model::Model::new(params)),
        EngineKind::Rtl => Box::new(rtl::RtlEngine::new(params)?),
        EngineKind::Verilator => Box::new(verilator::VerilatorEngine::new(params)?),
    })
}
