//! One module per subcommand.

pub mod bench;
pub mod demo;
pub mod irq_wait;
pub mod kill;
pub mod limit;
pub mod list;
pub mod metrics;
pub mod sim;
pub mod status;
pub mod watch;
