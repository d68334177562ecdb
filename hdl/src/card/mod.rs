//! The card top (`capfuse_card`): the fuse core, the Ed25519 engine, the
//! crypto controller and the AXI4-Lite router (`docs/design-card.md`).

pub mod crypto_ctl;
pub mod router;

pub use crypto_ctl::{AuthorityRom, CryptoCtl};
pub use router::Router;
