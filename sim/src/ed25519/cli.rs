//! `capfuse-sim ed25519 ...`: run one vector through any engine, so external
//! Ed25519 test suites can be pointed at the hardware.

use super::conformance::{hex, to_hex};
use super::{Ed25519, EdEngine, EdModel, EdRtl, EdVerilator, HostError, Run};
use crate::EngineKind;
use capfuse_hdl::ed25519::isa::{buf, status};
use clap::{Args, Subcommand};

/// The `ed25519` subcommands.
#[derive(Subcommand, Debug)]
pub enum EdCommand {
    /// Verify a signature; prints `accept` or `reject` (exit 0 either way).
    Verify {
        /// Public key, 32 bytes in hex.
        #[arg(long)]
        pk: String,
        /// Message in hex (at most 1024 bytes; empty for none).
        #[arg(long, default_value = "")]
        msg: String,
        /// Signature R || S, 64 bytes in hex.
        #[arg(long)]
        sig: String,
        #[command(flatten)]
        opts: EdOpts,
    },
    /// Sign a message with the key derived from a seed; prints the signature.
    Sign {
        /// Secret seed, 32 bytes in hex (drives the engine's seed port).
        #[arg(long)]
        seed: String,
        /// Message in hex (at most 1024 bytes; empty for none).
        #[arg(long, default_value = "")]
        msg: String,
        #[command(flatten)]
        opts: EdOpts,
    },
    /// Derive the public key of a seed; prints it.
    Pubkey {
        /// Secret seed, 32 bytes in hex.
        #[arg(long)]
        seed: String,
        #[command(flatten)]
        opts: EdOpts,
    },
    /// SHA-512 of a message through the engine's SHA-512 unit; prints the digest.
    Sha512 {
        /// Message in hex (at most 1024 bytes).
        #[arg(long, default_value = "")]
        msg: String,
        #[command(flatten)]
        opts: EdOpts,
    },
}

/// Options every `ed25519` subcommand takes.
#[derive(Args, Debug)]
pub struct EdOpts {
    /// Engine: model (plain Rust), verilator, or rtl (rust-hdl; slow: about
    /// a minute per engine command).
    #[arg(long, default_value = "model")]
    pub engine: EngineKind,
    /// Also print the status and cycle count of each engine command on stderr.
    #[arg(long)]
    pub verbose: bool,
}

/// Input that cannot be run: wrong hex or wrong length.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {problem}")]
pub struct BadInput {
    what: &'static str,
    problem: String,
}

fn bytes<const N: usize>(what: &'static str, s: &str) -> Result<[u8; N], BadInput> {
    let v = hex(s).map_err(|problem| BadInput { what, problem })?;
    let len = v.len();
    v.try_into().map_err(|_| BadInput {
        what,
        problem: format!("{len} bytes; expected {N} ({} hex digits)", 2 * N),
    })
}

fn message(s: &str) -> Result<Vec<u8>, BadInput> {
    let v = hex(s).map_err(|problem| BadInput {
        what: "--msg",
        problem,
    })?;
    if v.len() > buf::MAX_MSG {
        return Err(BadInput {
            what: "--msg",
            problem: format!(
                "{} bytes; the engine's message buffer holds at most {}",
                v.len(),
                buf::MAX_MSG
            ),
        });
    }
    Ok(v)
}

fn engine(kind: EngineKind) -> anyhow::Result<Box<dyn EdEngine>> {
    Ok(match kind {
        EngineKind::Model => Box::new(EdModel::new()),
        EngineKind::Verilator => Box::new(EdVerilator::new()?),
        EngineKind::Rtl => Box::new(EdRtl::new()),
    })
}

fn report(opts: &EdOpts, what: &str, run: &Run) {
    if opts.verbose {
        eprintln!(
            "{what}: status {} ({}), {} cycles on the {} engine",
            run.status,
            status::name(run.status),
            run.cycles,
            opts.engine.name()
        );
    }
}

/// What went wrong: the input (exit 2 with a hint) or the engine.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    BadInput(#[from] BadInput),
    #[error(transparent)]
    Engine(#[from] anyhow::Error),
}

impl From<HostError> for CliError {
    fn from(e: HostError) -> Self {
        CliError::Engine(e.into())
    }
}

/// Runs one subcommand; returns the line to print.
pub fn run(cmd: &EdCommand) -> Result<String, CliError> {
    match cmd {
        EdCommand::Verify { pk, msg, sig, opts } => {
            let pk = bytes::<32>("--pk", pk)?;
            let sig = bytes::<64>("--sig", sig)?;
            let msg = message(msg)?;
            let mut e = engine(opts.engine)?;
            let run = Ed25519::new(e.as_mut(), [0; 32]).verify(&pk, &msg, &sig)?;
            report(opts, "verify", &run);
            Ok(if run.status == status::OK {
                "accept"
            } else {
                "reject"
            }
            .to_string())
        }
        EdCommand::Sign { seed, msg, opts } => {
            let seed = bytes::<32>("--seed", seed)?;
            let msg = message(msg)?;
            let mut e = engine(opts.engine)?;
            let mut ed = Ed25519::new(e.as_mut(), seed);
            let (_, run) = ed.pubkey()?;
            report(opts, "pubkey", &run);
            let (sig, run) = ed.sign(&msg)?;
            report(opts, "sign", &run);
            Ok(to_hex(&sig))
        }
        EdCommand::Pubkey { seed, opts } => {
            let seed = bytes::<32>("--seed", seed)?;
            let mut e = engine(opts.engine)?;
            let (pk, run) = Ed25519::new(e.as_mut(), seed).pubkey()?;
            report(opts, "pubkey", &run);
            Ok(to_hex(&pk))
        }
        EdCommand::Sha512 { msg, opts } => {
            let msg = message(msg)?;
            let mut e = engine(opts.engine)?;
            let (digest, run) = Ed25519::new(e.as_mut(), [0; 32]).sha512(&msg)?;
            report(opts, "sha512", &run);
            Ok(to_hex(&digest))
        }
    }
}
