//! `capfuse-hdl`: emits the Verilog of the fuse, the fuse core, the Ed25519
//! engine and the card.

use anyhow::Context;
use capfuse_abi::keyset::KeySet;
use capfuse_abi::FuseParams;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

mod bench;

#[derive(Parser)]
#[command(
    name = "capfuse-hdl",
    about = "capfuse fuse core: Verilog generation and board bitstreams"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the fuse alone (no card crypto) to <DIR>/capfuse_fuse.v (and
    /// behind a bus clock-domain crossing, <DIR>/capfuse_fuse_cdc.v), the
    /// fuse core with its side ports to <DIR>/capfuse_core.v and the Ed25519
    /// engine to <DIR>/capfuse_ed25519.v; with --authority-keys, the whole
    /// card to <DIR>/capfuse_card.v and <DIR>/capfuse_card_cdc.v too.
    Emit {
        /// Output directory (created if missing).
        dir: PathBuf,
        #[command(flatten)]
        params: ParamArgs,
        #[command(flatten)]
        card: CardArgs,
    },
    /// Load a board with the bitstream `synth` wrote: iceprog (the iCE40
    /// breakout's flash, or its SRAM with --sram) or openFPGALoader (the
    /// ECP5 Versa's SRAM, --sram). See docs/boards.md.
    Program {
        /// The board: ice40-hx8k or ecp5-versa.
        #[arg(long, value_name = "NAME")]
        board: String,
        /// The build directory `synth` wrote (default: target/capfuse-boards/<board>/).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Load the FPGA's SRAM (lost at power-off) instead of the flash.
        #[arg(long)]
        sram: bool,
        /// Print the programmer's command instead of running it.
        #[arg(long)]
        dry_run: bool,
    },
    /// Build a board's bitstream with the open FPGA flow (yosys, nextpnr
    /// with the board's pin constraints, icepack / ecppack): writes the
    /// Verilog, the netlist, the bitstream, utilisation.txt and timing.txt
    /// to DIR and prints a summary. See docs/boards.md.
    Synth {
        /// The board: ice40-hx8k or ecp5-versa.
        #[arg(long, value_name = "NAME")]
        board: String,
        /// Output directory (default: target/capfuse-boards/<board>/).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[command(flatten)]
        params: ParamArgs,
        #[command(flatten)]
        card: CardArgs,
        /// Device seed for boards with the card: 64 hex digits or 32 raw
        /// bytes. Default: a fresh random seed written to
        /// DIR/device_seed.hex (mode 0600). Either way the seed sits in the
        /// bitstream: bring-up only.
        #[arg(long, value_name = "FILE")]
        device_seed: Option<PathBuf>,
        /// Boot epoch built into boards with the card (bring-up only: a
        /// production card reads a monotonic counter).
        #[arg(long, value_name = "N", default_value_t = 0)]
        boot_epoch: u64,
        /// UART baud rate of the register bridge.
        #[arg(long, default_value_t = capfuse_abi::uart::DEFAULT_BAUD)]
        baud: u32,
        /// Work units the demo accelerator does per enabled cycle.
        #[arg(long, default_value_t = 1)]
        accel_work_per_cycle: u16,
    },
    /// Per-board figures: builds every open-flow board's bitstream (with a
    /// fixed bench key set and seed), synthesises the Alveo core for
    /// UltraScale+ and runs the formal proofs; prints LUT/FF/BRAM/DSP,
    /// nextpnr's Fmax, the synth-to-bitstream time and the proof times.
    /// Also places the fuse alone with several nextpnr seeds. Takes about
    /// 25 minutes on 2 cores (the ECP5 card is most of it).
    Bench {
        /// Build only this open-flow board (repeatable): ice40-hx8k, ecp5-versa.
        #[arg(long, value_name = "NAME")]
        board: Vec<String>,
        /// Skip the open-flow board builds.
        #[arg(long)]
        no_boards: bool,
        /// Skip the Alveo synthesis.
        #[arg(long)]
        no_alveo: bool,
        /// Skip the formal proofs.
        #[arg(long)]
        no_proofs: bool,
        /// Place and route the fuse alone (capfuse_fuse) on iCE40 and ECP5
        /// with nextpnr seeds 1..=N and print each Fmax and the median
        /// against the cost floors (0 skips; about 90 s a seed for both targets).
        #[arg(long, value_name = "N", default_value_t = 5)]
        fuse_seeds: u32,
        /// Place this capfuse_fuse Verilog instead of the generated one
        /// (e.g. an earlier hdl/golden/capfuse_fuse.v, to compare).
        #[arg(long, value_name = "FILE")]
        fuse_verilog: Option<PathBuf>,
        /// Output directory (default: target/capfuse-bench/).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// Generator parameters, shared by every subcommand that builds the core.
#[derive(Args)]
struct ParamArgs {
    /// Most work units the accelerator can report in one enabled cycle (1..=65535).
    #[arg(long, default_value_t = FuseParams::DEFAULT.max_work_per_cycle)]
    max_work_per_cycle: u16,
    /// BASELINE_RATIO at power-up, in 256ths (0..=256).
    #[arg(long, default_value_t = FuseParams::DEFAULT.power_up_baseline_ratio)]
    power_up_baseline_ratio: u16,
    /// Device epoch = cycle >> EPOCH_SHIFT (0..=63).
    #[arg(long, default_value_t = FuseParams::DEFAULT.epoch_shift)]
    epoch_shift: u8,
}

/// The authority key set built into the card.
#[derive(Args)]
struct CardArgs {
    /// Authority key-set file (`capfuse grant keyset` writes it), built
    /// into the card: `emit` also writes capfuse_card.v; `synth` needs it
    /// for boards with the card.
    #[arg(long, value_name = "FILE", requires = "threshold")]
    authority_keys: Option<PathBuf>,
    /// Signatures a grant needs (k); must equal the key-set file's threshold.
    #[arg(long, value_name = "K", requires = "authority_keys")]
    threshold: Option<u8>,
}

impl CardArgs {
    /// The key set, if the card is to be emitted.
    fn keyset(&self) -> anyhow::Result<Option<KeySet>> {
        let (Some(path), Some(k)) = (&self.authority_keys, self.threshold) else {
            return Ok(None);
        };
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the authority key set {}", path.display()))?;
        let set = KeySet::parse(&text).map_err(|e| {
            anyhow::anyhow!(
                "{}: {e} (hint: `capfuse grant keyset` writes this file)",
                path.display()
            )
        })?;
        if set.threshold != k {
            anyhow::bail!(
                "--threshold {k} does not match {}, which says `threshold {}` (and its digest \
                 covers it); pass --threshold {} or write a new key set",
                path.display(),
                set.threshold,
                set.threshold
            );
        }
        Ok(Some(set))
    }
}

impl ParamArgs {
    fn params(&self) -> anyhow::Result<FuseParams> {
        let p = FuseParams {
            max_work_per_cycle: self.max_work_per_cycle,
            power_up_baseline_ratio: self.power_up_baseline_ratio,
            epoch_shift: self.epoch_shift,
        };
        p.validate()
            .map_err(|e| anyhow::anyhow!("invalid generator parameters: {e}"))?;
        Ok(p)
    }
}

fn emit(dir: &PathBuf, params: FuseParams, card: Option<KeySet>) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join(format!("{}.v", capfuse_hdl::TOP_MODULE));
    let verilog = capfuse_hdl::generate_verilog(params);
    std::fs::write(&path, &verilog).with_context(|| format!("writing {}", path.display()))?;
    println!(
        "wrote {} ({} bytes; max_work_per_cycle={}, power_up_baseline_ratio={}, epoch_shift={})",
        path.display(),
        verilog.len(),
        params.max_work_per_cycle,
        params.power_up_baseline_ratio,
        params.epoch_shift
    );
    let path = dir.join(format!("{}.v", capfuse_hdl::FUSE_MODULE));
    let verilog = capfuse_hdl::generate_fuse_verilog(params);
    std::fs::write(&path, &verilog).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {} ({} bytes)", path.display(), verilog.len());
    let path = dir.join(format!("{}.v", capfuse_hdl::FUSE_CDC_MODULE));
    let verilog = capfuse_hdl::generate_fuse_cdc_verilog(params);
    std::fs::write(&path, &verilog).with_context(|| format!("writing {}", path.display()))?;
    println!(
        "wrote {} ({} bytes; the fuse behind a bus clock-domain crossing)",
        path.display(),
        verilog.len()
    );
    let path = dir.join(format!("{}.v", capfuse_hdl::ED25519_MODULE));
    let verilog = capfuse_hdl::generate_ed25519_verilog();
    std::fs::write(&path, &verilog).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {} ({} bytes)", path.display(), verilog.len());
    if let Some(set) = card {
        let path = dir.join(format!("{}.v", capfuse_hdl::CARD_MODULE));
        let verilog = capfuse_hdl::generate_card_verilog(params, &set.keys, set.threshold)?;
        std::fs::write(&path, &verilog).with_context(|| format!("writing {}", path.display()))?;
        println!(
            "wrote {} ({} bytes; {} authority keys, threshold {})",
            path.display(),
            verilog.len(),
            set.keys.len(),
            set.threshold
        );
        let path = dir.join(format!("{}.v", capfuse_hdl::CARD_CDC_MODULE));
        let verilog = capfuse_hdl::generate_card_cdc_verilog(params, &set.keys, set.threshold)?;
        std::fs::write(&path, &verilog).with_context(|| format!("writing {}", path.display()))?;
        println!(
            "wrote {} ({} bytes; the card behind a bus clock-domain crossing)",
            path.display(),
            verilog.len()
        );
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn synth(
    board: &str,
    out: Option<PathBuf>,
    params: FuseParams,
    card: Option<KeySet>,
    device_seed: Option<PathBuf>,
    boot_epoch: u64,
    baud: u32,
    accel_work_per_cycle: u16,
) -> anyhow::Result<()> {
    use capfuse_hdl::board::{self, Authority, Board, BoardOptions};
    let board = Board::from_name(board)?;
    if !board.has_card() && (card.is_some() || device_seed.is_some() || boot_epoch != 0) {
        anyhow::bail!(
            "the {board} board carries the fuse alone: --authority-keys, --device-seed and \
             --boot-epoch apply to boards with the card"
        );
    }
    let device_seed = device_seed
        .map(|p| board::read_device_seed(&p))
        .transpose()?;
    let opts = BoardOptions {
        params,
        baud,
        work_per_cycle: accel_work_per_cycle,
        authority: card.map(|set| Authority {
            keys: set.keys.clone(),
            threshold: set.threshold,
        }),
        device_seed,
        boot_epoch,
    };
    let out = out.unwrap_or_else(|| board::default_out_dir(board));
    println!("building {board} in {} ...", out.display());
    let mut progress = capfuse_progress::Progress::new();
    let report = board::build_board_staged(board, &opts, &out, &mut |s| {
        progress.stage(format!("{board}: {s}"))
    })?;
    drop(progress);
    print!("{report}");
    Ok(())
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Program {
            board,
            dir,
            sram,
            dry_run,
        } => {
            use capfuse_hdl::board::{self, program, Board};
            let board = Board::from_name(&board)?;
            let dir = dir.unwrap_or_else(|| board::default_out_dir(board));
            let target = if sram {
                program::Target::Sram
            } else {
                program::Target::Flash
            };
            let cmd = program::program_command(board, &dir, target)?;
            println!("{cmd}");
            if dry_run {
                return Ok(());
            }
            program::program(&cmd)?;
            println!(
                "{board} programmed; `capfuse list` shows its serial port (the second of its FTDI chip)"
            );
            Ok(())
        }
        Command::Emit { dir, params, card } => {
            let set = card.keyset()?;
            emit(&dir, params.params()?, set)
        }
        Command::Synth {
            board,
            out,
            params,
            card,
            device_seed,
            boot_epoch,
            baud,
            accel_work_per_cycle,
        } => {
            let set = card.keyset()?;
            synth(
                &board,
                out,
                params.params()?,
                set,
                device_seed,
                boot_epoch,
                baud,
                accel_work_per_cycle,
            )
        }
        Command::Bench {
            board,
            no_boards,
            no_alveo,
            no_proofs,
            fuse_seeds,
            fuse_verilog,
            out,
        } => {
            let boards = board
                .iter()
                .map(|b| capfuse_hdl::board::Board::from_name(b))
                .collect::<anyhow::Result<Vec<_>>>()?;
            bench::run(bench::BenchArgs {
                boards,
                no_boards,
                no_alveo,
                no_proofs,
                fuse_seeds,
                fuse_verilog,
                out: out.unwrap_or_else(bench::default_out),
            })
        }
    }
}

fn main() -> std::process::ExitCode {
    match run(Cli::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
