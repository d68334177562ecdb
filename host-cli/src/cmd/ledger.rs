//! `capfuse ledger`: verify, show, append to and repair a ledger of signed
//! reports (the format is in `crate::ledger` and docs/cli.md).

use std::path::{Path, PathBuf};

use capfuse_abi::formats::{Report, SIGNED_REPORT_LEN, TRIP_CYCLE_REASONS};
use clap::Subcommand;
use serde_json::{json, Value};

use crate::error::{exit, CliError, Result};
use crate::ledger::{
    self, hex, parse_device_key_file, parse_hex32, Ledger, LedgerError, Position, Summary, Torn,
};
use crate::numbers::group;
use crate::Ctx;

/// `ledger` subcommands.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a ledger: chain, every signature, order, nonces, one device key.
    Verify {
        /// The ledger file.
        file: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
    },
    /// Verify a ledger and print one line per record.
    Show {
        /// The ledger file.
        file: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
    },
    /// Verify a signed report and append it (creates the ledger if missing).
    Append {
        /// The ledger file.
        file: PathBuf,
        /// The signed report: 340 bytes, or 680 hex digits.
        report: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
    },
    /// Cut off a torn last record left by a crash during an append.
    Repair {
        /// The ledger file.
        file: PathBuf,
    },
    /// Time building and verifying a ledger of N records in a temporary directory.
    #[command(hide = true)]
    Bench {
        /// Records appended without fsync, then verified (0 to 10000000).
        #[arg(long, default_value_t = 20_000,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=10_000_000))]
        records: usize,
        /// Further records appended with an fsync each (0 to 100000).
        #[arg(long, default_value_t = 100,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=100_000))]
        synced: usize,
        /// Verification runs, the best is reported (1 to 100).
        #[arg(long, default_value_t = 3,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=100))]
        runs: usize,
        /// Build the ledger as DIR/bench.ledger and keep it (default: in a
        /// temporary directory, removed).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

/// The pinned device key.
#[derive(clap::Args)]
struct KeyArgs {
    /// The device public key every record must carry (64 hex digits).
    #[arg(long, value_name = "HEX", conflicts_with = "device_key_file")]
    device_key: Option<String>,
    /// A file with the device public key (32 bytes, or 64 hex digits).
    #[arg(long, value_name = "FILE")]
    device_key_file: Option<PathBuf>,
}

impl KeyArgs {
    fn pinned(&self) -> Result<Option<[u8; 32]>> {
        if let Some(h) = &self.device_key {
            return parse_hex32(h)
                .map(Some)
                .map_err(|e| CliError::usage(format!("--device-key: {e}")));
        }
        if let Some(f) = &self.device_key_file {
            let bytes = crate::files::read_regular(f, 64 * 1024)
                .map_err(|e| CliError::usage(format!("--device-key-file {}: {e}", f.display())))?;
            return parse_device_key_file(&bytes)
                .map(Some)
                .map_err(|e| CliError::usage(format!("--device-key-file {}: {e}", f.display())));
        }
        Ok(None)
    }
}

/// Runs `ledger`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    // A ledger that exists must be a regular file: a FIFO would block the
    // ledger's open for ever (the key and report files are read through
    // `files::read_regular`, which refuses them too).
    let ledger_file = match &a.command {
        Command::Verify { file, .. }
        | Command::Show { file, .. }
        | Command::Append { file, .. }
        | Command::Repair { file } => Some(file),
        Command::Bench { .. } => None,
    };
    if let Some(f) = ledger_file {
        crate::files::check_regular_if_exists(f)
            .map_err(|e| CliError::new(exit::FAILURE, format!("{}: {e}", f.display())))?;
    }
    match a.command {
        Command::Verify { file, key } => verify(ctx, &file, &key),
        Command::Show { file, key } => show(ctx, &file, &key),
        Command::Append { file, report, key } => append(ctx, &file, &report, &key),
        Command::Repair { file } => repair(ctx, &file),
        Command::Bench {
            records,
            synced,
            runs,
            dir,
        } => bench(ctx, records, synced, runs, dir),
    }
}

/// The CLI error for a ledger error.
fn cli_error(e: LedgerError) -> CliError {
    let msg = e.to_string();
    match e {
        LedgerError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            CliError::new(exit::FAILURE, msg)
                .hint("check the path; `capfuse ledger append` creates a ledger")
        }
        LedgerError::Io { .. } | LedgerError::Exists { .. } => CliError::new(exit::FAILURE, msg),
        LedgerError::NotALedger { .. } => CliError::new(exit::FAILURE, msg)
            .hint("a ledger starts with \"capfuse-ledger\"; see docs/cli.md, \"ledger\""),
        LedgerError::Record { .. } => CliError::new(exit::FAILURE, msg).hint(
            "the records before it verify; this one was altered or damaged after it was \
             written (a crash only tears the last record). Keep the file as evidence",
        ),
        LedgerError::Refused { .. } => CliError::new(exit::FAILURE, msg).hint(
            "only a report the pinned device signed, newer than the ledger's last, with a \
             fresh nonce, is appended",
        ),
    }
}

/// A torn tail goes to stderr (with `--json` it is in the object too).
fn warn(torn: &Option<Torn>) {
    if let Some(t) = torn {
        eprintln!("warning: {t}");
    }
}

fn position_json(p: &Option<Position>) -> Value {
    match p {
        Some(p) => json!({ "boot_epoch": p.boot_epoch, "seq": p.seq }),
        None => Value::Null,
    }
}

fn torn_json(t: &Option<Torn>) -> Value {
    match t {
        Some(t) => json!({
            "index": t.index,
            "offset": t.offset,
            "bytes": t.bytes,
            "zero_filled": t.zero_filled,
            "cut_off": t.cut_off,
            "message": t.to_string(),
        }),
        None => Value::Null,
    }
}

fn summary_json(file: &Path, s: &Summary, torn: &Option<Torn>) -> Value {
    json!({
        "file": file.display().to_string(),
        "ok": true,
        "records": s.records,
        "device_key": s.device_key.map(|k| hex(&k)),
        "first": position_json(&s.first),
        "last": position_json(&s.last),
        "head": hex(&s.head),
        "torn": torn_json(torn),
    })
}

fn summary_text(file: &Path, s: &Summary) -> String {
    let pos = |p: &Option<Position>| p.map_or("-".to_string(), |p| p.to_string());
    format!(
        "{}: {} record{} verified\n\
         device key        {}\n\
         first             {}\n\
         last              {}\n\
         chain head        {}\n",
        file.display(),
        s.records,
        if s.records == 1 { "" } else { "s" },
        s.device_key
            .map_or("- (empty ledger)".to_string(), |k| hex(&k)),
        pos(&s.first),
        pos(&s.last),
        hex(&s.head),
    )
}

fn verify(ctx: &Ctx, file: &Path, key: &KeyArgs) -> Result<()> {
    let pinned = key.pinned()?;
    let (s, torn) = ledger::verify_file(file, pinned, |_, _| {}).map_err(cli_error)?;
    warn(&torn);
    if ctx.json {
        println!("{}", summary_json(file, &s, &torn));
    } else {
        print!("{}", summary_text(file, &s));
    }
    Ok(())
}

/// Short names of the set trip reasons (bit i is `TRIP_CYCLE_REASONS[i]`).
fn trip_names(bits: u32) -> Vec<String> {
    (0..32)
        .filter(|b| bits & (1 << b) != 0)
        .map(|b| match TRIP_CYCLE_REASONS.get(b) {
            Some(name) => name.replace(' ', "_"),
            None => format!("bit{b}"),
        })
        .collect()
}

fn show(ctx: &Ctx, file: &Path, key: &KeyArgs) -> Result<()> {
    let pinned = key.pinned()?;
    let mut rows = vec![];
    let json = ctx.json;
    if !json {
        println!(
            "{:>6}  {:>10}  {:>6}  {:>20}  {:>30}  {:<18}  trips",
            "record", "seq", "boot", "cycle", "cum_work", "nonce"
        );
    }
    let result = ledger::verify_file(file, pinned, |i, r: &Report| {
        let trips = trip_names(r.trip_reasons);
        let nonce = if r.nonce == [0; 32] {
            "0 (threshold)".to_string()
        } else {
            format!("{}…", hex(&r.nonce[..8]))
        };
        if json {
            rows.push(json!({
                "index": i,
                "seq": r.seq,
                "boot_epoch": r.boot_epoch,
                "cycle": r.cycle,
                "cum_work": r.cum_work.to_string(),
                "trip_reasons": trips,
                "nonce": hex(&r.nonce),
            }));
        } else {
            println!(
                "{i:>6}  {:>10}  {:>6}  {:>20}  {:>30}  {nonce:<18}  {}",
                r.seq,
                r.boot_epoch,
                group(r.cycle.into()),
                group(r.cum_work),
                if trips.is_empty() {
                    "-".to_string()
                } else {
                    trips.join(",")
                }
            );
        }
    });
    let (s, torn) = result.map_err(cli_error)?;
    warn(&torn);
    if json {
        let mut v = summary_json(file, &s, &torn);
        v["entries"] = Value::Array(rows);
        println!("{v}");
    } else {
        println!();
        print!("{}", summary_text(file, &s));
    }
    Ok(())
}

/// A signed report file: 340 bytes, or 680 hex digits (whitespace ignored).
fn read_signed_report(path: &Path) -> Result<[u8; SIGNED_REPORT_LEN]> {
    let bytes = crate::files::read_regular(path, 64 * 1024)
        .map_err(|e| CliError::usage(format!("{}: {e}", path.display())))?;
    if let Ok(b) = <[u8; SIGNED_REPORT_LEN]>::try_from(bytes.as_slice()) {
        return Ok(b);
    }
    let digits: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let bad = || {
        CliError::usage(format!(
            "{}: not a signed report: {} bytes; expected {SIGNED_REPORT_LEN} bytes \
             (report then signature) or {} hex digits",
            path.display(),
            bytes.len(),
            2 * SIGNED_REPORT_LEN
        ))
    };
    if digits.len() != 2 * SIGNED_REPORT_LEN {
        return Err(bad());
    }
    let mut out = [0u8; SIGNED_REPORT_LEN];
    for (i, pair) in digits.chunks(2).enumerate() {
        let d = |c: u8| (c as char).to_digit(16);
        match (d(pair[0]), d(pair[1])) {
            (Some(h), Some(l)) => out[i] = (h * 16 + l) as u8,
            _ => return Err(bad()),
        }
    }
    Ok(out)
}

fn append(ctx: &Ctx, file: &Path, report: &Path, key: &KeyArgs) -> Result<()> {
    let pinned = key.pinned()?.ok_or_else(|| {
        CliError::usage("append needs the device key: --device-key HEX or --device-key-file FILE")
            .hint("only reports of the pinned device go into its ledger")
    })?;
    let signed = read_signed_report(report)?;
    let (mut l, torn) = Ledger::open_or_create(file).map_err(cli_error)?;
    warn(&torn);
    let (index, head) = l.append(&signed, &pinned).map_err(cli_error)?;
    let s = l.summary();
    let last = s.last.expect("a record was appended");
    if ctx.json {
        println!(
            "{}",
            json!({
                "file": file.display().to_string(),
                "appended": index,
                "seq": last.seq,
                "boot_epoch": last.boot_epoch,
                "records": s.records,
                "head": hex(&head),
                "torn": torn_json(&torn),
            })
        );
    } else {
        println!(
            "{}: appended record {index} ({last}); chain head {}",
            file.display(),
            hex(&head)
        );
    }
    Ok(())
}

fn repair(ctx: &Ctx, file: &Path) -> Result<()> {
    let (l, torn) = Ledger::open(file).map_err(cli_error)?;
    warn(&torn);
    let s = l.summary();
    if ctx.json {
        println!("{}", summary_json(file, &s, &torn));
    } else {
        if torn.is_none() {
            println!("{}: no torn record; nothing cut off", file.display());
        }
        print!("{}", summary_text(file, &s));
    }
    Ok(())
}

fn bench(
    ctx: &Ctx,
    records: usize,
    synced: usize,
    runs: usize,
    dir: Option<PathBuf>,
) -> Result<()> {
    if records + synced == 0 {
        return Err(CliError::usage("--records and --synced are both 0"));
    }
    let (dir, remove) = match dir {
        Some(d) => (d, false),
        None => (
            std::env::temp_dir().join(format!("capfuse-ledger-bench-{}", std::process::id())),
            true,
        ),
    };
    std::fs::create_dir_all(&dir)?;
    let r = ledger::bench(&dir, records, synced, runs, !remove);
    if remove {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let r = r.map_err(cli_error)?;
    let per_s = |n: usize, s: f64| if s > 0.0 { n as f64 / s } else { 0.0 };
    if ctx.json {
        println!(
            "{}",
            json!({
                "records": r.records,
                "bytes": r.bytes,
                "sign_per_s": per_s(r.records, r.sign_secs),
                "append_per_s": per_s(records, r.append_secs),
                "append_fsync_per_s": per_s(r.synced_records, r.synced_secs),
                "verify_secs": r.verify_secs,
                "verify_per_s": r.verify_rate(),
                "threads": 1,
            })
        );
    } else {
        println!(
            "ledger of {} records ({} bytes), one thread:",
            group(r.records as u128),
            group(r.bytes.into())
        );
        println!(
            "  sign                {:>10.0} reports/s",
            per_s(r.records, r.sign_secs)
        );
        println!(
            "  append (no fsync)   {:>10.0} records/s (verify + chain + write)",
            per_s(records, r.append_secs)
        );
        if r.synced_records > 0 {
            println!(
                "  append (fsync)      {:>10.0} records/s ({} records)",
                per_s(r.synced_records, r.synced_secs),
                r.synced_records
            );
        }
        println!(
            "  ledger verify       {:>10.0} records/s ({:.3} s, best of {})",
            r.verify_rate(),
            r.verify_secs,
            runs.max(1)
        );
    }
    Ok(())
}
