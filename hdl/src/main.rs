//! `capfuse-hdl`: emits the fuse core's Verilog.

use anyhow::Context;
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
    /// Write the fuse core's Verilog to <DIR>/capfuse_core.v and the Ed25519
    /// engine's to <DIR>/capfuse_ed25519.v.
    Emit {
        /// Output directory (created if missing).
        dir: PathBuf,
        #[command(flatten)]
        params: ParamArgs,
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

fn emit(dir: &PathBuf, params: FuseParams) -> anyhow::Result<()> {
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
    let path = dir.join(format!("{}.v", capfuse_hdl::ED25519_MODULE));
    let verilog = capfuse_hdl::generate_ed25519_verilog();
    std::fs::write(&path, &verilog).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {} ({} bytes)", path.display(), verilog.len());
    Ok(())
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Emit { dir, params } => emit(&dir, params.params()?),
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
