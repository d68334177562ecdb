//! The capfuse fuse core in rust-hdl. See `docs/fuse-core.md` for the
//! cycle-level specification this implements.

pub mod flow;
