//! `capfuse log`: publish a ledger as a C2SP tlog-tiles transparency log,
//! audit one over HTTP, and prove or check one report's inclusion
//! (docs/transparency-log.md).

use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::prelude::{Engine, BASE64_STANDARD};
use clap::Subcommand;
use serde_json::{json, Value};
use tlog_tiles::Hash;

use crate::authority::files;
use crate::cmd::ledger::LockArgs;
use crate::error::{CliError, Result};
use crate::ledger::parse_hex32;
use crate::output::{self, schema};
use crate::tlog::audit::{self, Pins, Source};
use crate::tlog::incremental;
use crate::tlog::{self, b64, failed, hex, publish};
use crate::Ctx;

/// `log` subcommands.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Publish a ledger's verified reports as a tlog-tiles log in DIR
    /// (tiles and entry bundles first, the signed checkpoint last; only
    /// ever extends what DIR publishes).
    Publish {
        /// The ledger file.
        ledger: PathBuf,
        /// The log directory (created if missing); serve it over HTTP.
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
        /// The log's secret key (a `capfuse keygen` .secret file).
        #[arg(long, value_name = "FILE")]
        log_key: PathBuf,
        /// The log's name, first line of its checkpoint and its key's name
        /// (e.g. example.com/capfuse/card-0).
        #[arg(long, value_name = "NAME")]
        origin: String,
        #[command(flatten)]
        lock: LockArgs,
    },
    /// Fetch and check a whole log: checkpoint signature, every tile and
    /// entry bundle, the root, every report's signature; with --state,
    /// consistency with the checkpoint seen last time.
    Audit {
        /// The log's base URL (http://...) or directory.
        url: String,
        #[command(flatten)]
        keys: AuditKeys,
        /// Also require every report's authority key-set digest (64 hex digits).
        #[arg(long, value_name = "HEX")]
        authority_digest: Option<String>,
        /// A directory keeping the checkpoint seen last time per origin;
        /// a fork or rollback against it fails and leaves it unchanged.
        #[arg(long, value_name = "DIR")]
        state: Option<PathBuf>,
        /// A witness trusted to cosign checkpoints: its name and public key
        /// file (repeatable).
        #[arg(long, value_name = "NAME=PUBFILE")]
        witness: Vec<String>,
        /// Cosignatures of trusted witnesses the checkpoint must carry.
        #[arg(long, value_name = "K", default_value_t = 0)]
        min_witnesses: usize,
        /// Fetch and check every entry bundle and tile again, not only
        /// those with entries new since the state's checkpoint.
        #[arg(long)]
        full: bool,
        /// Longest wait, in seconds, while another audit uses --state.
        #[arg(long, value_name = "SECS", default_value_t = 60)]
        lock_timeout: u64,
        #[command(flatten)]
        http: HttpArgs,
    },
    /// Audit every card of a fleet file incrementally (N at a time) and
    /// print each card's and the fleet's figures.
    Fleet(crate::tlog::fleet::FleetArgs),
    /// Witness a log: check its checkpoint is consistent with the last one
    /// this witness cosigned (--state), then write the checkpoint with this
    /// witness's cosignature added; a fork or rollback is refused.
    Witness {
        /// The log's base URL (http://...) or directory.
        url: String,
        /// The log's public key (a `capfuse keygen` .pub file).
        #[arg(long, value_name = "FILE")]
        log_key: PathBuf,
        /// The witness's secret key (a `capfuse keygen` .secret file).
        #[arg(long, value_name = "FILE")]
        witness_key: PathBuf,
        /// The witness's name (in its cosignature lines).
        #[arg(long, value_name = "NAME")]
        name: String,
        /// The witness's state: the last checkpoint it cosigned per origin.
        #[arg(long, value_name = "DIR")]
        state: PathBuf,
        /// Where to write the cosigned checkpoint (replaced atomically; the
        /// log's publisher serves it as its checkpoint).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        http: HttpArgs,
    },
    /// Print an inclusion proof of entry INDEX against the log's checkpoint
    /// (JSON, `capfuse.log-proof/1`).
    Prove {
        /// The log's base URL (http://...) or directory.
        url: String,
        /// The entry (0 is the first report).
        #[arg(long)]
        index: u64,
        /// The log's public key (a `capfuse keygen` .pub file).
        #[arg(long, value_name = "FILE")]
        log_key: PathBuf,
        /// Write the proof to FILE instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        http: HttpArgs,
    },
    /// Check an inclusion proof offline: the checkpoint's signature, the
    /// report's signature and the path to the root.
    CheckProof {
        /// The proof file (`capfuse log prove`).
        proof: PathBuf,
        #[command(flatten)]
        keys: AuditKeys,
    },
}

#[derive(clap::Args)]
struct AuditKeys {
    /// The log's public key (a `capfuse keygen` .pub file).
    #[arg(long, value_name = "FILE")]
    log_key: PathBuf,
    /// The card's device public key every report must carry (64 hex digits).
    #[arg(long, value_name = "HEX")]
    device_key: String,
}

#[derive(clap::Args)]
pub struct HttpArgs {
    /// Longest wait for the server to connect or answer one request (1 to 600 s).
    #[arg(long, value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

impl HttpArgs {
    fn source(&self, url: &str) -> Result<Source> {
        Source::new(url, Duration::from_secs(self.timeout))
    }
}

fn hex_arg(name: &str, v: &str) -> Result<[u8; 32]> {
    parse_hex32(v).map_err(|e| CliError::usage(format!("--{name}: {e}")))
}

/// Runs `log`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    match a.command {
        Command::Publish {
            ledger,
            dir,
            log_key,
            origin,
            lock,
        } => {
            crate::files::check_regular(&ledger)
                .map_err(|e| failed(format!("{}: {e}", ledger.display())))?;
            let key = files::read_secret_key(&log_key)?;
            tlog::check_origin(&origin)?;
            let reports = publish::verified_reports(&ledger, lock.timeout())?;
            let p = publish::publish(&reports, &dir, &key, &origin)?;
            let v = json!({
                "origin": p.origin,
                "dir": dir.display().to_string(),
                "previous_size": p.previous_size,
                "size": p.size,
                "root": b64(&p.root),
                "tiles_written": p.tiles,
                "bundles_written": p.bundles,
            });
            if ctx.json {
                output::print(schema::LOG_PUBLISH, v);
            } else if p.size == p.previous_size {
                println!(
                    "{}: already publishes all {} reports; nothing written",
                    dir.display(),
                    p.size
                );
            } else {
                println!(
                    "published {} reports ({} new) as {} in {}: {} tiles, {} entry bundles, checkpoint last",
                    p.size,
                    p.size - p.previous_size,
                    p.origin,
                    dir.display(),
                    p.tiles,
                    p.bundles
                );
                println!("root {}", b64(&p.root));
            }
            Ok(())
        }
        Command::Audit {
            url,
            keys,
            authority_digest,
            state,
            witness,
            min_witnesses,
            full,
            lock_timeout,
            http,
        } => {
            let log_key = files::read_public_key(&keys.log_key)?;
            let trusted = parse_witnesses("", &witness, min_witnesses)?;
            let pins = Pins {
                device_key: hex_arg("device-key", &keys.device_key)?,
                authority_digest: authority_digest
                    .as_deref()
                    .map(|d| hex_arg("authority-digest", d))
                    .transpose()?,
            };
            let src = http.source(&url)?;
            let _lock = state
                .as_deref()
                .map(|d| tlog::state::lock(d, Duration::from_secs(lock_timeout)))
                .transpose()?;
            let req = incremental::Request {
                log_key: &log_key,
                pins: &pins,
                witnesses: &audit::Witnesses {
                    trusted: &trusted,
                    min: min_witnesses,
                },
                state: state.as_deref(),
                full,
                origins: &incremental::OriginLocks::default(),
            };
            let a = incremental::audit(&src, &req).map_err(|f| f.error)?;
            print_audit(ctx, &url, &a, &pins, state.is_some());
            Ok(())
        }
        Command::Prove {
            url,
            index,
            log_key,
            out,
            http,
        } => prove(&http.source(&url)?, index, &log_key, out.as_deref()),
        Command::CheckProof { proof, keys } => check_proof(ctx, &proof, &keys),
        Command::Fleet(a) => crate::tlog::fleet::run(ctx, a),
        Command::Witness {
            url,
            log_key,
            witness_key,
            name,
            state,
            out,
            http,
        } => {
            let src = http.source(&url)?;
            witness(ctx, &src, &log_key, &witness_key, &name, &state, &out)
        }
    }
}

/// Parses `--witness NAME=PUBFILE` arguments and checks `--min-witnesses`
/// (spelled with `prefix` before `witness`, e.g. `fleet-` in the exporter).
pub fn parse_witnesses(
    prefix: &str,
    witness: &[String],
    min_witnesses: usize,
) -> Result<Vec<tlog::witness::Witness>> {
    let trusted = witness
        .iter()
        .map(|w| tlog::witness::parse_witness(prefix, w))
        .collect::<Result<Vec<_>>>()?;
    if min_witnesses > trusted.len() {
        return Err(CliError::usage(format!(
            "--{prefix}min-witnesses {min_witnesses} but only {} --{prefix}witness given",
            trusted.len()
        )));
    }
    Ok(trusted)
}

fn print_audit(ctx: &Ctx, url: &str, a: &incremental::Audited, pins: &Pins, state: bool) {
    if ctx.json {
        output::print(
            schema::LOG_AUDIT,
            json!({
                "url": url,
                "origin": a.origin,
                "size": a.size,
                "root": b64(&a.root),
                "tiles_checked": a.tiles,
                "previous_size": a.previous_size,
                "entries_checked": a.entries_checked,
            }),
        );
        return;
    }
    println!(
        "ok: {} — {} reports, root {}: checkpoint signed by the log key, {} new tiles and the \
         bundles of {} entries match, every report checked signed by device {}",
        a.origin,
        a.size,
        b64(&a.root),
        a.tiles,
        a.entries_checked,
        hex(&pins.device_key)
    );
    match a.previous_size {
        Some(n) => {
            println!("consistent with the checkpoint seen before ({n} reports); state saved")
        }
        None if state => println!("first audit of this origin; state saved"),
        None => {}
    }
}

/// `log witness`: check against the last cosigned checkpoint, cosign, save.
fn witness(
    ctx: &Ctx,
    src: &Source,
    log_key: &Path,
    witness_key: &Path,
    name: &str,
    state: &Path,
    out: &Path,
) -> Result<()> {
    let log_key = files::read_public_key(log_key)?;
    let key = files::read_secret_key(witness_key)?;
    // One witness run per state at a time: two runs shown two forks of
    // the last cosigned checkpoint must not cosign both.
    let _lock = tlog::state::lock(state, Duration::from_secs(60))?;
    let note = src.get(tlog::CHECKPOINT, tlog::MAX_CHECKPOINT_BYTES as u64)?;
    let seen = tlog::open_checkpoint(&note, &log_key, &src.name(tlog::CHECKPOINT))?;
    let (new, previous) = match audit::saved_note(state, seen.checkpoint.origin(), &log_key)? {
        // Consistency from a proof over a few tiles, not the whole log.
        Some(old) => {
            tlog::witness::check_extends(src, &old.checkpoint, &seen.checkpoint)?;
            (seen, Some(old.checkpoint.size()))
        }
        // First sight of this origin: every tile and bundle, as an audit
        // (of the checkpoint served then, if a publish came in between).
        None => {
            let f = audit::fetch(src, &log_key, None)?;
            if f.checkpoint.checkpoint.origin() != seen.checkpoint.origin() {
                return Err(tlog::failed(format!(
                    "{} changed its origin while it was being checked; nothing was cosigned",
                    src.name(tlog::CHECKPOINT)
                )));
            }
            (f.checkpoint, None)
        }
    };
    let cosigned = crate::tlog::witness::cosign(&new, name, &key)?;
    let (dir, file) = match (out.parent(), out.file_name()) {
        (Some(d), Some(n)) => (d, n.to_string_lossy().into_owned()),
        _ => return Err(CliError::usage("--out must name a file")),
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    tlog::write_atomic(dir, &file, &cosigned)?;
    let c = &new.checkpoint;
    audit::save_note(state, c.origin(), &cosigned)?;
    if ctx.json {
        output::print(
            schema::LOG_WITNESS,
            json!({
                "origin": c.origin(),
                "size": c.size(),
                "root": b64(c.hash()),
                "previous_size": previous,
                "witness": name,
                "out": out.display().to_string(),
                "bytes_fetched": src.bytes(),
                "requests": src.requests(),
            }),
        );
    } else {
        println!(
            "cosigned {} at size {} as {name} ({}): {}",
            c.origin(),
            c.size(),
            match previous {
                Some(n) => format!("consistent with size {n} cosigned before"),
                None => "first checkpoint of this origin".into(),
            },
            out.display()
        );
    }
    Ok(())
}

fn prove(src: &Source, index: u64, log_key: &Path, out: Option<&Path>) -> Result<()> {
    let key = files::read_public_key(log_key)?;
    let f = audit::fetch(src, &key, None)?;
    let size = f.checkpoint.checkpoint.size();
    if index >= size {
        return Err(CliError::usage(format!(
            "--index {index}: the log has {size} entries (0 to {})",
            size.saturating_sub(1)
        )));
    }
    let hashes: Vec<String> = f.tree.prove(size, index).iter().map(b64).collect();
    let v = output::tagged(
        schema::LOG_PROOF,
        json!({
            "index": index,
            "report": hex(&f.entries[index as usize]),
            "hashes": hashes,
            "checkpoint": String::from_utf8_lossy(&f.checkpoint.note),
        }),
    );
    match out {
        Some(p) => files::write_new(p, format!("{v}\n").as_bytes(), 0o644),
        None => {
            println!("{v}");
            Ok(())
        }
    }
}

/// Bytes from hex digits.
fn parse_hex(s: &str) -> std::result::Result<Vec<u8>, String> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return Err("not an even number of hex digits".into());
    }
    (0..s.len())
        .step_by(2)
        .map(|i| {
            u8::from_str_radix(&s[i..i + 2], 16).map_err(|_| format!("not hex: {:?}", &s[i..i + 2]))
        })
        .collect()
}

fn field<'a>(v: &'a Value, name: &str) -> Result<&'a Value> {
    v.get(name)
        .ok_or_else(|| failed(format!("the proof has no {name:?} field")))
}

fn check_proof(ctx: &Ctx, path: &Path, keys: &AuditKeys) -> Result<()> {
    let log_key = files::read_public_key(&keys.log_key)?;
    let device_key = hex_arg("device-key", &keys.device_key)?;
    let bytes = crate::files::read_regular(path, 1 << 20)
        .map_err(|e| failed(format!("{}: {e}", path.display())))?;
    let v: Value = serde_json::from_slice(&bytes)
        .map_err(|e| failed(format!("{}: not a proof (JSON): {e}", path.display())))?;
    if v["schema"] != schema::LOG_PROOF {
        return Err(failed(format!(
            "{}: not a capfuse.log-proof/1 file",
            path.display()
        )));
    }
    let index = field(&v, "index")?
        .as_u64()
        .ok_or_else(|| failed("the proof's index is not a number"))?;
    let note = field(&v, "checkpoint")?
        .as_str()
        .ok_or_else(|| failed("the proof's checkpoint is not text"))?;
    let c = tlog::open_checkpoint(note.as_bytes(), &log_key, "the proof's checkpoint")?;
    let report = parse_hex(field(&v, "report")?.as_str().unwrap_or(""))
        .map_err(|e| failed(format!("the proof's report: {e}")))?;
    let hashes = field(&v, "hashes")?
        .as_array()
        .ok_or_else(|| failed("the proof's hashes are not a list"))?
        .iter()
        .map(|h| {
            h.as_str()
                .and_then(|s| BASE64_STANDARD.decode(s).ok())
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .map(Hash)
                .ok_or_else(|| failed("a proof hash is not 32 bytes of base64"))
        })
        .collect::<Result<Vec<Hash>>>()?;
    let size = c.checkpoint.size();
    if index >= size || hashes.len() > 64 {
        return Err(failed(format!(
            "the proof is for entry {index} with {} hashes, the checkpoint's tree has {size} entries",
            hashes.len()
        )));
    }
    let pins = Pins {
        device_key,
        authority_digest: None,
    };
    let dk = ed25519_dalek::VerifyingKey::from_bytes(&device_key)
        .map_err(|_| CliError::usage("--device-key is not a usable Ed25519 public key"))?;
    audit::check_report(index, &report, &pins, &dk)?;
    tlog_tiles::check_record(
        &hashes,
        size,
        *c.checkpoint.hash(),
        index,
        tlog_tiles::record_hash(&report),
    )
    .map_err(|e| {
        failed(format!(
            "the report is not entry {index} of the tree the checkpoint signs ({e})"
        ))
        .hint("the proof or the report was altered, or the proof is for another log")
    })?;
    if ctx.json {
        output::print(
            schema::LOG_CHECK_PROOF,
            json!({
                "origin": c.checkpoint.origin(),
                "size": size,
                "index": index,
                "root": b64(c.checkpoint.hash()),
                "included": true,
            }),
        );
    } else {
        println!(
            "ok: report {index}, signed by device {}, is in {} at size {size} (root {})",
            hex(&device_key),
            c.checkpoint.origin(),
            b64(c.checkpoint.hash())
        );
    }
    Ok(())
}
