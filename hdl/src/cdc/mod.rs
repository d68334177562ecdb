//! Clock-domain crossing between the host's bus clock and the
//! accelerator's clock (`docs/cdc.md`).
//!
//! [`AxiLiteCdc`] moves AXI4-Lite transactions (one in flight) and the
//! interrupt across; [`FuseCdc`] (`capfuse_fuse_cdc`) and [`CardCdc`]
//! (`capfuse_card_cdc`) put it in front of the fuse alone and the card.

mod bridge;
mod card_cdc;
mod fuse_cdc;
mod sync2;
mod sync_stage;

pub use bridge::AxiLiteCdc;
pub use card_cdc::CardCdc;
pub use fuse_cdc::FuseCdc;
pub use sync2::Sync2;
pub use sync_stage::SyncStage;
