//! `capfuse-hdl`: emits the Verilog of the fuse, the fuse core, the Ed25519
//! engine and the card.

use anyhow::Context;
use capfuse_abi::keyset::KeySet;
use capfuse_abi::FuseParams;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "capfuse-hdl", about = "capfuse fuse core: Verilog generation")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the fuse alone (no card crypto) to <DIR>/capfuse_fuse.v, the
    /// fuse core with its side ports to <DIR>/capfuse_core.v and the Ed25519
    /// engine to <DIR>/capfuse_ed25519.v; with --authority-keys, the whole
    /// card to <DIR>/capfuse_card.v too.
    Emit {
        /// Output directory (created if missing).
        dir: PathBuf,
        #[command(flatten)]
        params: ParamArgs,
        #[command(flatten)]
        card: CardArgs,
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
    /// Authority key-set file (`capfuse grant keyset` writes it): also emit
    /// the card top, capfuse_card.v, with these keys built in.
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
    }
    Ok(())
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Emit { dir, params, card } => {
            let set = card.keyset()?;
            emit(&dir, params.params()?, set)
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
