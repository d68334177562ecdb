//! `capfuse-sim`: runs scenarios through the fuse core's engines.

use std::path::PathBuf;
use std::process::ExitCode;

use capfuse_sim::runner::{self, RunOptions};
use capfuse_sim::scenario::Scenario;
use capfuse_sim::EngineKind;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "capfuse-sim", version, about = "capfuse cycle simulator")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a scenario file and check its invariants and expectations.
    Run(RunArgs),
    /// Parse and check a scenario file without running it.
    Check {
        /// Scenario file (TOML, see docs/scenarios.md).
        scenario: PathBuf,
    },
    /// Benchmark: engine speeds side by side on one recorded workload, the
    /// fuse's reaction latencies on every engine, and LUT/FF/Fmax from the
    /// open FPGA flow; then the Ed25519 engine's cycles, area and Fmax next
    /// to ed25519-dalek (see docs/PERFORMANCE.md).
    Bench(BenchArgs),
    /// Run Ed25519 and SHA-512 vectors through the hardware engine
    /// (docs/ed25519-engine.md).
    #[command(subcommand)]
    Ed25519(capfuse_sim::ed25519::cli::EdCommand),
    /// Run a board's emitted top (UART bridge and all) under Verilator
    /// behind a pseudo-terminal, for `capfuse --device serial:PATH@BAUD`
    /// (docs/boards.md). Runs until interrupted.
    Board(BoardArgs),
}

#[derive(clap::Args)]
struct BoardArgs {
    /// Board: ice40-hx8k (the fuse) or ecp5-versa (the whole card).
    #[arg(long, default_value = "ice40-hx8k")]
    board: String,
    /// UART baud rate of the bridge (the pseudo-terminal ignores it; the
    /// bridge counts it in clock cycles).
    #[arg(long, default_value_t = capfuse_abi::uart::DEFAULT_BAUD)]
    baud: u32,
    /// Authority key-set file built into the card (ecp5-versa).
    #[arg(long, value_name = "FILE", requires = "device_seed")]
    authority_keys: Option<PathBuf>,
    /// The card's device seed: a file of 64 hex digits (ecp5-versa).
    #[arg(long, value_name = "FILE", requires = "authority_keys")]
    device_seed: Option<PathBuf>,
    /// The card's boot epoch (ecp5-versa).
    #[arg(long, default_value_t = 1)]
    boot_epoch: u64,
}

fn run_board(a: &BoardArgs) -> anyhow::Result<()> {
    use anyhow::Context;
    use capfuse_hdl::board::{read_device_seed, Authority, Board, BoardOptions};
    let board = Board::from_name(&a.board)?;
    let mut opts = BoardOptions {
        baud: a.baud,
        boot_epoch: a.boot_epoch,
        ..BoardOptions::default()
    };
    let mut seed = None;
    match (&a.authority_keys, &a.device_seed) {
        (Some(keys), Some(seed_file)) if board.has_card() => {
            let text = std::fs::read_to_string(keys)
                .with_context(|| format!("reading the authority key set {}", keys.display()))?;
            let set = capfuse_abi::keyset::KeySet::parse(&text).map_err(|e| {
                anyhow::anyhow!("{}: {e} (`capfuse grant keyset` writes this file)", keys.display())
            })?;
            opts.authority = Some(Authority {
                keys: set.keys.clone(),
                threshold: set.threshold,
            });
            seed = Some(read_device_seed(seed_file)?);
        }
        (None, None) if !board.has_card() => {}
        _ if board.has_card() => anyhow::bail!(
            "the {board} board carries the whole card: pass --authority-keys FILE and --device-seed FILE"
        ),
        _ => anyhow::bail!("the {board} board carries the fuse alone: no --authority-keys or --device-seed"),
    }
    eprintln!("building {board} with Verilator (cached after the first time) ...");
    let pty = capfuse_sim::board_pty::PtyBoard::start(board, &opts, seed.as_ref())?;
    println!("{}", pty.device());
    eprintln!(
        "{board} runs on {}: `capfuse --device {} status`; Ctrl-C stops it",
        pty.path(),
        pty.device()
    );
    pty.wait()
}

#[derive(clap::Args)]
struct BenchArgs {
    /// Cycles of recorded workload each engine replays.
    #[arg(long, default_value_t = 2_000_000)]
    cycles: u64,
    /// Minimum seconds per engine speed measurement.
    #[arg(long, default_value_t = 2.0)]
    seconds: f64,
    /// Skip synthesis and place-and-route (yosys, nextpnr).
    #[arg(long)]
    no_synth: bool,
    /// Engines to measure (default: all three).
    #[arg(long, value_delimiter = ',')]
    engines: Vec<EngineKind>,
    /// Skip the Ed25519 engine section.
    #[arg(long, conflicts_with = "ed25519_only")]
    no_ed25519: bool,
    /// Run only the Ed25519 engine section.
    #[arg(long, conflicts_with = "card_only")]
    ed25519_only: bool,
    /// Skip the card section (`capfuse_card`).
    #[arg(long, conflicts_with = "card_only")]
    no_card: bool,
    /// Run only the card section (`capfuse_card`: cycles, synthesis, Fmax).
    #[arg(long)]
    card_only: bool,
}

#[derive(clap::Args)]
struct RunArgs {
    /// Scenario file (TOML, see docs/scenarios.md).
    scenario: PathBuf,
    /// Engine: model (plain Rust), rtl (rust-hdl design) or verilator.
    #[arg(long, default_value = "model")]
    engine: EngineKind,
    /// Write a VCD of every pin (open with GTKWave or Surfer).
    #[arg(long, value_name = "FILE")]
    vcd: Option<PathBuf>,
    /// Print the report as one JSON object.
    #[arg(long)]
    json: bool,
}

/// Exit code for runs that could not be carried out.
const EXIT_ERROR: u8 = 2;

fn error(e: impl std::fmt::Display, hint: &str) -> ExitCode {
    eprintln!("error: {e}");
    if !hint.is_empty() {
        eprintln!("hint: {hint}");
    }
    ExitCode::from(EXIT_ERROR)
}

fn load(path: &PathBuf) -> Result<Scenario, ExitCode> {
    Scenario::load(path).map_err(|e| {
        error(
            e,
            "the scenario format is described in docs/scenarios.md; sim/scenarios/ has examples",
        )
    })
}

/// Lets a closed pipe end the process as it ends every Unix filter
/// (`capfuse-sim run --json | head`): Rust ignores SIGPIPE, so the next
/// print would panic instead.
fn die_quietly_on_a_closed_pipe() {
    // SAFETY: called first in main, before any other thread exists;
    // SIG_DFL is a valid disposition for SIGPIPE and no handler runs.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    die_quietly_on_a_closed_pipe();
    let cli = Cli::parse();
    match cli.command {
        Command::Board(a) => match run_board(&a) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => error(format!("{e:#}"), "see docs/boards.md"),
        },
        Command::Ed25519(cmd) => match capfuse_sim::ed25519::cli::run(&cmd) {
            Ok(line) => {
                println!("{line}");
                ExitCode::SUCCESS
            }
            Err(capfuse_sim::ed25519::cli::CliError::BadInput(e)) => error(
                e,
                "keys and seeds are 32 bytes, signatures 64, messages at most 1024, all in hex",
            ),
            Err(e) => error(format!("{e:#}"), "`--engine model` needs only Rust"),
        },
        Command::Check { scenario } => match load(&scenario) {
            Ok(s) => {
                println!(
                    "{}: ok ({} cycles, {} actions)",
                    scenario.display(),
                    s.cycles,
                    s.actions.len()
                );
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        Command::Bench(args) => {
            if args.cycles == 0 || args.seconds.is_nan() || args.seconds <= 0.0 {
                return error(
                    "--cycles and --seconds must be positive",
                    "e.g. --cycles 1000000 --seconds 1",
                );
            }
            let opts = capfuse_sim::bench::BenchOptions {
                cycles: args.cycles,
                min_seconds: args.seconds,
                synth: !args.no_synth,
                engines: if args.engines.is_empty() {
                    EngineKind::ALL.to_vec()
                } else {
                    args.engines
                },
                fuse_core: !args.ed25519_only && !args.card_only,
                ed25519: !args.no_ed25519 && !args.card_only,
                card: !args.no_card && !args.ed25519_only,
            };
            match capfuse_sim::bench::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => error(
                    format!("{e:#}"),
                    "--no-synth skips the FPGA tools; scripts/install-tools.sh installs them",
                ),
            }
        }
        Command::Run(args) => {
            let sc = match load(&args.scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let opts = RunOptions {
                engine: args.engine,
                vcd: args.vcd,
                ..RunOptions::default()
            };
            let report = match runner::run(&sc, &opts) {
                Ok(r) => r,
                Err(e) => {
                    let hint = match args.engine {
                        EngineKind::Model => "",
                        _ => "`--engine model` needs only Rust",
                    };
                    return error(format!("{e:#}"), hint);
                }
            };
            if args.json {
                println!("{}", runner::render_json(&report));
            } else {
                print!("{}", runner::render_text(&report));
            }
            if report.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
