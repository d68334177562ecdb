//! The simulated card as a process: a daemon that steps a simulator engine
//! at a paced rate and serves register reads and writes over a Unix socket,
//! and starting and stopping it.
//!
//! The wire protocol and the client, `SocketBar`, are the driver's
//! (`capfuse_driver::socket`), the daemon is `capfuse_sim::daemon`'s; this
//! module connects, and starts and stops the card.

pub mod client;
