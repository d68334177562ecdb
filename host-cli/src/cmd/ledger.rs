//! `capfuse ledger`: verify, show, append to and repair a ledger of signed
//! reports (the format is in `crate::ledger` and docs/cli.md).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use capfuse_abi::formats::{Report, SIGNED_REPORT_LEN, TRIP_CYCLE_REASONS};
use clap::Subcommand;
use serde_json::{json, Value};

use crate::error::{exit, CliError, Result};
use crate::ledger::{
    self, hex, parse_device_key_file, parse_hex32, AuthorityPin, AuthorityTrail, Ledger,
    LedgerError, Position, Summary, Torn,
};
use crate::numbers::group;
use crate::output::{self, schema};
use crate::Ctx;

/// `ledger` subcommands.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a ledger: chain, every signature, order, nonces, one device
    /// key, one authority key set.
    Verify {
        /// The ledger file.
        file: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        #[command(flatten)]
        authority: AuthorityArgs,
        #[command(flatten)]
        lock: LockArgs,
    },
    /// Verify a ledger and print one line per record.
    Show {
        /// The ledger file.
        file: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        #[command(flatten)]
        authority: AuthorityArgs,
        #[command(flatten)]
        lock: LockArgs,
    },
    /// Verify a signed report and append it (creates the ledger if missing).
    Append {
        /// The ledger file.
        file: PathBuf,
        /// The signed report: 340 bytes, or 680 hex digits.
        report: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        #[command(flatten)]
        lock: LockArgs,
    },
    /// Cut off a torn last record left by a crash during an append.
    Repair {
        /// The ledger file.
        file: PathBuf,
        #[command(flatten)]
        lock: LockArgs,
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

/// How long to wait for another process's lock on the ledger.
#[derive(clap::Args)]
pub struct LockArgs {
    /// Longest to wait while another process appends to (or reads) the
    /// ledger; then give up with exit code 6, having written nothing.
    #[arg(long, value_name = "MS", default_value_t = ledger::DEFAULT_LOCK_TIMEOUT.as_millis() as u64)]
    pub lock_timeout_ms: u64,
}

impl LockArgs {
    /// The timeout.
    pub fn timeout(&self) -> Duration {
        Duration::from_millis(self.lock_timeout_ms)
    }
}

/// The authority key set the records' digests are checked against.
#[derive(clap::Args)]
struct AuthorityArgs {
    /// The authority key set the card must have been built with (a
    /// `capfuse grant keyset` file): every record must carry its digest.
    /// Default: the first record's digest.
    #[arg(long, value_name = "KEYSET")]
    authority_keys: Option<PathBuf>,
    /// Accept records whose authority key-set digest differs from the
    /// pinned one (the card was rebuilt or restarted with another key set):
    /// the changes are still printed, and the exit code is 0.
    #[arg(long)]
    accept_authority_change: bool,
}

impl AuthorityArgs {
    fn trail(&self) -> Result<AuthorityTrail> {
        let pinned = self
            .authority_keys
            .as_deref()
            .map(crate::authority::files::read_keyset)
            .transpose()?
            .map(|ks| ks.digest());
        Ok(AuthorityTrail::new(pinned))
    }
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
        | Command::Repair { file, .. } => Some(file),
        Command::Bench { .. } => None,
    };
    if let Some(f) = ledger_file {
        crate::files::check_regular_if_exists(f)
            .map_err(|e| CliError::new(exit::FAILURE, format!("{}: {e}", f.display())))?;
    }
    match a.command {
        Command::Verify {
            file,
            key,
            authority,
            lock,
        } => verify(ctx, &file, &key, &authority, &lock),
        Command::Show {
            file,
            key,
            authority,
            lock,
        } => show(ctx, &file, &key, &authority, &lock),
        Command::Append {
            file,
            report,
            key,
            lock,
        } => append(ctx, &file, &report, &key, &lock),
        Command::Repair { file, lock } => repair(ctx, &file, &lock),
        Command::Bench {
            records,
            synced,
            runs,
            dir,
        } => bench(ctx, records, synced, runs, dir),
    }
}

/// The CLI error for a ledger error.
pub fn cli_error(e: LedgerError) -> CliError {
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
        LedgerError::Busy { .. } => CliError::new(exit::BUSY, msg).hint(
            "another capfuse is appending to or reading this ledger; retry, or wait longer \
             with --lock-timeout-ms",
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

fn pin_source(t: &AuthorityTrail) -> &'static str {
    match t.source() {
        AuthorityPin::KeySet => "--authority-keys",
        AuthorityPin::FirstRecord => "the first record",
    }
}

/// The authority lines of the `verify` summary: the pinned digest, then one
/// line per run of records carrying another.
fn authority_text(t: &AuthorityTrail, accepted: bool) -> String {
    let mut out = format!(
        "authority digest  {} (pinned from {})\n",
        t.pinned()
            .map_or("- (empty ledger)".to_string(), |d| hex(&d)),
        pin_source(t)
    );
    for run in t.differing() {
        out.push_str(&format!(
            "authority CHANGED records {}..={} ({} .. {}) carry digest {}{}\n",
            run.first_index,
            run.last_index,
            run.first,
            run.last,
            hex(&run.digest),
            if accepted { " (accepted)" } else { "" }
        ));
    }
    out
}

fn authority_json(t: &AuthorityTrail, accepted: bool) -> Value {
    let changes: Vec<Value> = t
        .differing()
        .iter()
        .map(|r| {
            json!({
                "first_index": r.first_index,
                "last_index": r.last_index,
                "records": r.records(),
                "first": position_json(&Some(r.first)),
                "last": position_json(&Some(r.last)),
                "digest": hex(&r.digest),
            })
        })
        .collect();
    json!({
        "digest": t.pinned().map(|d| hex(&d)),
        "pinned_from": match t.source() {
            AuthorityPin::KeySet => "authority-keys",
            AuthorityPin::FirstRecord => "first-record",
        },
        "accepted": accepted && !changes.is_empty(),
        "changes": changes,
    })
}

/// The error for records whose authority digest is not the pinned one, or
/// `None` when there are none or the operator accepted them.
fn authority_error(t: &AuthorityTrail, accepted: bool) -> Option<CliError> {
    let differing = t.differing();
    if differing.is_empty() || accepted {
        return None;
    }
    let records: u64 = differing.iter().map(|r| r.records()).sum();
    let first = differing[0];
    Some(
        CliError::new(
            exit::FAILURE,
            format!(
                "authority key set changed: {records} record{} carry an authority key-set \
                 digest other than {} (pinned from {}), the first is record {} ({}) with {}",
                if records == 1 { "" } else { "s" },
                hex(&t.pinned().expect("records were seen")),
                pin_source(t),
                first.first_index,
                first.first,
                hex(&first.digest),
            ),
        )
        .hint(
            "the card was rebuilt or restarted with another authority key set; the chain and \
             signatures verify. If the change was intended, pass --accept-authority-change \
             (the change is still printed)",
        ),
    )
}

/// Ends the command with `e`: in JSON the object `v` (the summary) carries
/// the usual error fields, so stdout holds one object.
fn fail_with(ctx: &Ctx, schema: &str, mut v: Value, e: CliError) -> Result<()> {
    if !ctx.json {
        return Err(e);
    }
    v["ok"] = Value::Bool(false);
    v["error"] = Value::String(e.message.clone());
    v["hint"] = e.hint.clone().map_or(Value::Null, Value::String);
    v["exit_code"] = json!(e.code);
    output::print(schema, v);
    eprintln!("error: {}", e.message);
    if let Some(h) = &e.hint {
        eprintln!("hint: {h}");
    }
    let _ = std::io::stdout().flush();
    std::process::exit(i32::from(e.code));
}

fn verify(
    ctx: &Ctx,
    file: &Path,
    key: &KeyArgs,
    authority: &AuthorityArgs,
    lock: &LockArgs,
) -> Result<()> {
    let pinned = key.pinned()?;
    let mut trail = authority.trail()?;
    let accepted = authority.accept_authority_change;
    let (s, torn) = ledger::verify_file_waiting(file, pinned, lock.timeout(), |i, r| {
        trail.observe(i, r);
    })
    .map_err(cli_error)?;
    warn(&torn);
    let failure = authority_error(&trail, accepted);
    if ctx.json {
        let mut v = summary_json(file, &s, &torn);
        v["authority"] = authority_json(&trail, accepted);
        if let Some(e) = failure {
            return fail_with(ctx, schema::LEDGER_VERIFY, v, e);
        }
        output::print(schema::LEDGER_VERIFY, v);
    } else {
        print!("{}", summary_text(file, &s));
        print!("{}", authority_text(&trail, accepted));
    }
    failure.map_or(Ok(()), Err)
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

fn show(
    ctx: &Ctx,
    file: &Path,
    key: &KeyArgs,
    authority: &AuthorityArgs,
    lock: &LockArgs,
) -> Result<()> {
    let pinned = key.pinned()?;
    let mut trail = authority.trail()?;
    let accepted = authority.accept_authority_change;
    let mut rows = vec![];
    let json = ctx.json;
    if !json {
        println!(
            "{:>6}  {:>10}  {:>6}  {:>20}  {:>30}  {:<18}  trips",
            "record", "seq", "boot", "cycle", "cum_work", "nonce"
        );
    }
    let result = ledger::verify_file_waiting(file, pinned, lock.timeout(), |i, r: &Report| {
        let changed_from = trail.observe(i, r);
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
                "authority_digest": hex(&r.authority_digest),
                "authority_changed": changed_from.is_some(),
            }));
        } else {
            if let Some(was) = changed_from {
                println!(
                    "{:>6}  ---- authority key set CHANGED: digest {} (was {}) ----",
                    "!!",
                    hex(&r.authority_digest),
                    hex(&was)
                );
            }
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
    let failure = authority_error(&trail, accepted);
    if json {
        let mut v = summary_json(file, &s, &torn);
        v["authority"] = authority_json(&trail, accepted);
        v["entries"] = Value::Array(rows);
        if let Some(e) = failure {
            return fail_with(ctx, schema::LEDGER_SHOW, v, e);
        }
        output::print(schema::LEDGER_SHOW, v);
    } else {
        println!();
        print!("{}", summary_text(file, &s));
        print!("{}", authority_text(&trail, accepted));
    }
    failure.map_or(Ok(()), Err)
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

/// A warning when the report just appended carries another authority
/// key-set digest than the record before it (`ledger verify` reports it).
pub fn authority_change_warning(before: Option<[u8; 32]>, signed: &[u8]) -> Option<String> {
    let now = Report::from_bytes(&signed[..capfuse_abi::formats::REPORT_LEN])
        .ok()?
        .authority_digest;
    let before = before.filter(|b| *b != now)?;
    Some(format!(
        "this report's authority key-set digest {} differs from the previous record's {}: \
         the card runs with another authority key set (`capfuse ledger verify` reports it)",
        hex(&now),
        hex(&before)
    ))
}

fn append(ctx: &Ctx, file: &Path, report: &Path, key: &KeyArgs, lock: &LockArgs) -> Result<()> {
    let pinned = key.pinned()?.ok_or_else(|| {
        CliError::usage("append needs the device key: --device-key HEX or --device-key-file FILE")
            .hint("only reports of the pinned device go into its ledger")
    })?;
    let signed = read_signed_report(report)?;
    let (mut l, torn) = Ledger::open_or_create_waiting(file, lock.timeout()).map_err(cli_error)?;
    warn(&torn);
    let before = l.summary().last_authority;
    let (index, head) = l.append(&signed, &pinned).map_err(cli_error)?;
    if let Some(w) = authority_change_warning(before, &signed) {
        eprintln!("warning: {w}");
    }
    let s = l.summary();
    let last = s.last.expect("a record was appended");
    if ctx.json {
        output::print(
            schema::LEDGER_APPEND,
            json!({
                "file": file.display().to_string(),
                "appended": index,
                "seq": last.seq,
                "boot_epoch": last.boot_epoch,
                "records": s.records,
                "head": hex(&head),
                "torn": torn_json(&torn),
            }),
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

fn repair(ctx: &Ctx, file: &Path, lock: &LockArgs) -> Result<()> {
    let (l, torn) = Ledger::open_waiting(file, lock.timeout()).map_err(cli_error)?;
    warn(&torn);
    let s = l.summary();
    if ctx.json {
        output::print(schema::LEDGER_REPAIR, summary_json(file, &s, &torn));
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
        output::print(
            schema::LEDGER_BENCH,
            json!({
                "records": r.records,
                "bytes": r.bytes,
                "sign_per_s": per_s(r.records, r.sign_secs),
                "append_per_s": per_s(records, r.append_secs),
                "append_fsync_per_s": per_s(r.synced_records, r.synced_secs),
                "verify_secs": r.verify_secs,
                "verify_per_s": r.verify_rate(),
                "threads": 1,
            }),
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
