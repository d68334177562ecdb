//! One module per subcommand.

pub mod attest;
#[cfg(feature = "sim")]
pub mod bench;
pub mod completions;
#[cfg(feature = "sim")]
pub mod demo;
pub mod exporter;
pub mod grant;
pub mod irq_wait;
pub mod keygen;
pub mod kill;
pub mod ledger;
pub mod limit;
pub mod list;
pub mod log;
pub mod metrics;
#[cfg(feature = "sim")]
pub mod sim;
pub mod status;
pub mod watch;
