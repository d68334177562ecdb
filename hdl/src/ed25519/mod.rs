//! The Ed25519 engine: SHA-512 and arithmetic modulo 2^255 - 19 and the
//! group order, driven by a microprogram. See `docs/ed25519-engine.md`.

pub mod engine;
pub mod field_unit;
pub mod fu_ref;
pub mod isa;
pub mod program;
pub mod sha512;
