//! `capfuse`: the operator's CLI for the capability fuse. One file per
//! subcommand under `cmd/`; every card subcommand takes the shared
//! `--device` option; errors print a hint and exit non-zero (see
//! docs/cli.md for the exit codes and the `--json` schemas).

pub mod authority;
mod card;
mod cmd;
mod device;
mod error;
mod files;
pub mod ledger;
mod logging;
mod metric_set;
// The fleet bench serves its logs with it (the tests include it by path).
#[cfg(feature = "sim")]
mod nginx;
mod numbers;
mod output;
mod paths;
mod simcard;
mod tlog;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::device::DeviceOpts;
use crate::error::exit;

#[derive(Parser)]
#[command(
    bin_name = "capfuse",
    name = "capfuse",
    version,
    about = "Operate a capfuse capability fuse: counters, limits, kill, metrics",
    after_help = "The simulated card (`--device sim`, the default) starts on first use; \
                  `capfuse demo` shows everything in about a minute."
)]
pub(crate) struct Cli {
    #[command(flatten)]
    device: DeviceOpts,
    /// Print machine-readable JSON instead of text (see docs/cli.md).
    #[arg(long, global = true)]
    json: bool,
    /// Log what the driver and the CLI do on stderr: -v opens, resets,
    /// refusals and retries; -vv every step; -vvv everything (else
    /// `RUST_LOG`, e.g. `RUST_LOG=capfuse_driver=debug`).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the cards: the simulated one, and capfuse cards found in sysfs.
    List(cmd::list::Args),
    /// Show counters, limits, trip reasons and refused writes.
    Status(cmd::status::Args),
    /// Tighten a limit (loosening needs a signed grant).
    Limit(cmd::limit::Args),
    /// Stop the accelerator for good (one way).
    Kill(cmd::kill::Args),
    /// Wait until the fuse trips.
    IrqWait(cmd::irq_wait::Args),
    /// Live view of the card, refreshing every 500 ms (q or Ctrl-C quits).
    Watch(cmd::watch::Args),
    /// Print the counters in the Prometheus text exposition format.
    Metrics(cmd::metrics::Args),
    /// Serve /metrics over HTTP for Prometheus, for one or more cards
    /// (`--device` repeated); changes nothing on a card, waits a bounded
    /// time for each (docs/cli.md).
    Exporter(cmd::exporter::Args),
    #[cfg(feature = "sim")]
    /// A one-minute tour on a private simulated card: metering, a trip, a
    /// refused loosening and a kill.
    Demo(cmd::demo::Args),
    #[cfg(feature = "sim")]
    /// Start, stop or inspect the simulated card.
    #[command(subcommand)]
    Sim(cmd::sim::Command),
    #[cfg(feature = "sim")]
    /// Benchmark the operator path: register reads and writes through the
    /// Bar seam on the simulated card, and `capfuse status` wall time.
    Bench(cmd::bench::Args),
    /// Create an authority key pair (the secret file is written with mode 0600).
    Keygen(cmd::keygen::Args),
    /// Build, sign and inspect grants (the only way to loosen a fuse).
    Grant(cmd::grant::Args),
    /// Check a ledger of signed reports.
    Ledger(cmd::ledger::Args),
    /// Publish a ledger as a C2SP transparency log, audit one over HTTP,
    /// prove and check a report's inclusion (docs/transparency-log.md).
    Log(cmd::log::Args),
    /// Have the card sign a report of its counters; verify it against the
    /// pinned device key and append it to the ledger.
    Attest(cmd::attest::Args),
    /// Print the shell completion script for bash, zsh, fish, elvish or
    /// powershell (see docs/cli.md, "Installing").
    Completions(cmd::completions::CompletionsArgs),
    /// Print the manual page, or write one page per subcommand with `--out DIR`.
    Man(cmd::completions::ManArgs),
}

/// What every subcommand gets.
pub struct Ctx {
    /// The card to use.
    pub device: DeviceOpts,
    /// JSON output.
    pub json: bool,
}

/// Lets a closed pipe end the process as it ends every Unix filter
/// (`capfuse status | head -1`): Rust ignores SIGPIPE, so the next print
/// would panic instead.
fn die_quietly_on_a_closed_pipe() {
    // SAFETY: called first in main, before any other thread exists;
    // SIG_DFL is a valid disposition for SIGPIPE and no handler runs.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    die_quietly_on_a_closed_pipe();
    let mut cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            if e.use_stderr() && std::env::args_os().any(|a| a == "--json") {
                usage_error_json(&e);
            }
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            });
        }
    };
    cli.device.settle();
    logging::init(cli.verbose);
    log::debug!(
        "capfuse {} on device {}",
        env!("CARGO_PKG_VERSION"),
        cli.device.device
    );
    let ctx = Ctx {
        device: cli.device,
        json: cli.json,
    };
    let result = match cli.command {
        Command::List(a) => cmd::list::run(&ctx, a),
        Command::Status(a) => cmd::status::run(&ctx, a),
        Command::Limit(a) => cmd::limit::run(&ctx, a),
        Command::Kill(a) => cmd::kill::run(&ctx, a),
        Command::IrqWait(a) => cmd::irq_wait::run(&ctx, a),
        Command::Watch(a) => cmd::watch::run(&ctx, a),
        Command::Metrics(a) => cmd::metrics::run(&ctx, a),
        Command::Exporter(a) => cmd::exporter::run(&ctx, a),
        #[cfg(feature = "sim")]
        Command::Demo(a) => cmd::demo::run(&ctx, a),
        #[cfg(feature = "sim")]
        Command::Sim(c) => cmd::sim::run(&ctx, c),
        #[cfg(feature = "sim")]
        Command::Bench(a) => cmd::bench::run(&ctx, a),
        Command::Keygen(a) => cmd::keygen::run(&ctx, a),
        Command::Grant(a) => cmd::grant::run(&ctx, a),
        Command::Ledger(a) => cmd::ledger::run(&ctx, a),
        Command::Log(a) => cmd::log::run(&ctx, a),
        Command::Attest(a) => cmd::attest::run(&ctx, a),
        Command::Completions(a) => cmd::completions::completions(&ctx, a),
        Command::Man(a) => cmd::completions::man(&ctx, a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if ctx.json {
                output::print(
                    output::schema::ERROR,
                    serde_json::json!({
                        "error": e.message,
                        "hint": e.hint,
                        "exit_code": e.code,
                    }),
                );
            }
            eprintln!("error: {}", e.message);
            if let Some(h) = &e.hint {
                eprintln!("hint: {h}");
            }
            ExitCode::from(e.code)
        }
    }
}

/// A command line clap refused, as the `--json` error object on stdout
/// (clap's own message still goes to stderr).
fn usage_error_json(e: &clap::Error) {
    let text = e.render().to_string();
    let first = text.lines().next().unwrap_or("invalid command line");
    output::print(
        output::schema::ERROR,
        serde_json::json!({
            "error": first.strip_prefix("error: ").unwrap_or(first),
            "hint": "`capfuse --help` lists the subcommands and options; `capfuse SUBCOMMAND --help` their arguments",
            "exit_code": exit::USAGE,
        }),
    );
}
