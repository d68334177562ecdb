//! One module per subcommand.

pub mod attest;
pub mod bench;
pub mod demo;
pub mod grant;
pub mod irq_wait;
pub mod keygen;
pub mod kill;
pub mod ledger;
pub mod limit;
pub mod list;
pub mod metrics;
pub mod sim;
pub mod status;
pub mod watch;
