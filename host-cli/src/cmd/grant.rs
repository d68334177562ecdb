//! `capfuse grant new|sign|keyset|inspect|apply`: the policy authority's
//! offline tools for grants, the only way to loosen a fuse, and sending a
//! grant to the card. A grant file is the
//! abi's `Grant::to_bytes` (body, then (slot, signature) pairs); k of the n
//! authorities sign it in turn, each on their own machine.

use std::path::{Path, PathBuf};

use capfuse_abi::formats::{
    grant_flag, Grant, GrantBody, Limits, SlotSignature, MAX_96, MAX_AUTHORITY_SLOTS,
};
use ed25519_dalek::{Signer, Verifier};
use serde_json::{json, Value};

use crate::authority::{self, check_grant, files, GrantCheck, KeySet};
use crate::card::{Limit, LimitText};
use crate::error::{exit, CliError, Result};
use crate::numbers;
use crate::output::{self, schema};
use crate::Ctx;

/// Arguments of `grant`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

/// The `grant` subcommands.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Build an unsigned grant file (absolute limits, flags) for one device.
    New(NewArgs),
    /// Add this authority's signature over the grant body (offline).
    Sign(SignArgs),
    /// Write the authority key set file: n public keys in slot order and
    /// the threshold k (what the bitstream is built with).
    Keyset(KeysetArgs),
    /// Print a grant's fields and signatures; with --authority-keys, check
    /// them and say whether the grant is ready to apply.
    Inspect(InspectArgs),
    /// Send a grant to the card; the card checks it and applies it only if
    /// k of its authority keys signed it. Prints the card's verdict.
    Apply(ApplyArgs),
}

/// Arguments of `grant apply`.
#[derive(clap::Args)]
pub struct ApplyArgs {
    /// The grant file (`grant new`, then `grant sign` by k authorities).
    pub file: PathBuf,
    /// Longest to wait for the card's check, 1 to 3600000 ms.
    #[arg(long, value_name = "MS", default_value_t = 60_000,
          value_parser = clap::value_parser!(u64).range(1..=crate::numbers::MAX_TIMEOUT_MS))]
    pub timeout_ms: u64,
}

/// Arguments of `grant new`. Numbers: 1000, 1_000_000, 0x3e8, 20M, 4Ki...
#[derive(clap::Args)]
pub struct NewArgs {
    /// The device's public key (64 hex digits; `capfuse status` shows it).
    #[arg(long, value_name = "HEX")]
    pub device_key: String,
    /// Grant sequence number: must exceed the device's last accepted one (>= 1).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub seq: String,
    /// The boot epoch the grant is valid in.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub boot_epoch: String,
    /// Device epoch after which the licence lapses.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub expiry_epoch: String,
    /// Cumulative work budget, work units (0..=2^96-1).
    #[arg(long, value_name = "X", allow_hyphen_values = true)]
    pub cum_budget: String,
    /// Work units per window (0..=2^32-1).
    #[arg(long, value_name = "X", allow_hyphen_values = true)]
    pub window_budget: String,
    /// Window length in cycles (1..=2^32-1).
    #[arg(long, value_name = "X", allow_hyphen_values = true)]
    pub window_len: String,
    /// Clock-enable ratio N/256 outside a trip (0..=256).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub baseline_ratio: String,
    /// Clock-enable ratio N/256 after a trip (0..=256).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub trip_ratio: String,
    /// Cumulative work at which the card signs a report by itself (0..=2^96-1).
    #[arg(long, value_name = "X", allow_hyphen_values = true)]
    pub report_threshold: String,
    /// Clear the trip (all reasons) when the grant is applied.
    #[arg(long)]
    pub clear_trip: bool,
    /// Revoke this authority key slot (0..=7) when the grant is applied.
    #[arg(long, value_name = "S", value_parser = clap::value_parser!(u8).range(0..MAX_AUTHORITY_SLOTS as i64))]
    pub revoke_slot: Option<u8>,
    /// Stop the card for good and clear its device key (until the bitstream reloads).
    #[arg(long)]
    pub decommission: bool,
    /// The grant file to write (never overwritten).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Arguments of `grant sign`.
#[derive(clap::Args)]
pub struct SignArgs {
    /// The grant file; replaced atomically with the signature added.
    pub file: PathBuf,
    /// This authority's secret key file (`capfuse keygen`; mode 0600).
    #[arg(long, value_name = "SECRET_FILE")]
    pub key: PathBuf,
    /// This authority's key slot in the key set (0..=7).
    #[arg(long, value_name = "S", value_parser = clap::value_parser!(u8).range(0..MAX_AUTHORITY_SLOTS as i64))]
    pub slot: u8,
    /// The authority key set: refuse unless the key is the one in --slot.
    #[arg(long, value_name = "KEYSET")]
    pub authority_keys: Option<PathBuf>,
}

/// Arguments of `grant keyset`.
#[derive(clap::Args)]
pub struct KeysetArgs {
    /// Valid signatures from distinct slots a grant needs (1..=n; n is at
    /// most 8).
    #[arg(long, value_name = "K",
          value_parser = clap::value_parser!(u8).range(1..=MAX_AUTHORITY_SLOTS as i64))]
    pub threshold: u8,
    /// Public keys in slot order: public key files, or 64 hex digits each.
    #[arg(required = true, value_name = "PUB")]
    pub keys: Vec<String>,
    /// The key set file to write (never overwritten).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Arguments of `grant inspect`.
#[derive(clap::Args)]
pub struct InspectArgs {
    /// The grant file.
    pub file: PathBuf,
    /// The authority key set: verify each signature and say whether ready.
    #[arg(long, value_name = "KEYSET")]
    pub authority_keys: Option<PathBuf>,
}

/// Runs `grant`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    match a.command {
        Command::New(a) => new(ctx, a),
        Command::Sign(a) => sign(ctx, a),
        Command::Keyset(a) => keyset(ctx, a),
        Command::Inspect(a) => inspect(ctx, a),
        Command::Apply(a) => apply(ctx, a),
    }
}

/// Parses the value of `--opt` and checks `min..=max`.
fn value(opt: &str, text: &str, min: u128, max: u128, range: &str) -> Result<u128> {
    let v = numbers::parse(text).map_err(|e| CliError {
        message: format!("--{opt}: {}", e.message),
        ..e
    })?;
    if v < min || v > max {
        return Err(
            CliError::usage(format!("--{opt} {text} is out of range: {range}")).hint(format!(
                "--{opt} takes {}..={}",
                numbers::group(min),
                numbers::group(max)
            )),
        );
    }
    Ok(v)
}

fn new(ctx: &Ctx, a: NewArgs) -> Result<()> {
    let device_key = authority::parse_hex32(&a.device_key)
        .and_then(|k| authority::public_key(&k).map(|_| k))
        .map_err(|e| {
            CliError::usage(format!("--device-key: {e}")).hint(
                "the device's Ed25519 public key (64 hex digits, from the card's signed reports)",
            )
        })?;
    let u64max = u64::MAX as u128;
    let u32max = u32::MAX as u128;
    let seq = value(
        "seq",
        &a.seq,
        1,
        u64max,
        "it is 1..=2^64-1 (0 is never accepted) and must exceed the card's last accepted grant",
    )? as u64;
    let boot_epoch = value("boot-epoch", &a.boot_epoch, 0, u64max, "it is 64 bits")? as u64;
    let expiry_epoch = value("expiry-epoch", &a.expiry_epoch, 0, u64max, "it is 64 bits")? as u64;
    let limits = Limits {
        cum_budget: value(
            "cum-budget",
            &a.cum_budget,
            0,
            MAX_96,
            "a cumulative budget fits 96 bits",
        )?,
        window_budget: value(
            "window-budget",
            &a.window_budget,
            0,
            u32max,
            "a window budget fits 32 bits",
        )? as u32,
        window_len: value(
            "window-len",
            &a.window_len,
            1,
            u32max,
            "a window is 1 to 2^32-1 cycles long",
        )? as u32,
        baseline_ratio: value(
            "baseline-ratio",
            &a.baseline_ratio,
            0,
            256,
            "a ratio is N/256 with N in 0..=256",
        )? as u16,
        trip_ratio: value(
            "trip-ratio",
            &a.trip_ratio,
            0,
            256,
            "a ratio is N/256 with N in 0..=256",
        )? as u16,
        report_threshold: value(
            "report-threshold",
            &a.report_threshold,
            0,
            MAX_96,
            "a report threshold fits 96 bits",
        )?,
    };
    let mut flags = 0;
    if a.clear_trip {
        flags |= grant_flag::CLEAR_TRIP;
    }
    if a.revoke_slot.is_some() {
        flags |= grant_flag::REVOKE_SLOT;
    }
    if a.decommission {
        flags |= grant_flag::DECOMMISSION;
    }
    let body = GrantBody {
        flags,
        device_key,
        seq,
        boot_epoch,
        expiry_epoch,
        limits,
        revoke_slot: a.revoke_slot.unwrap_or(0),
    };
    // The abi's own checks, so a grant we write is one the card parses.
    GrantBody::from_bytes(&body.to_bytes())
        .map_err(|e| CliError::new(exit::FAILURE, format!("the grant would be malformed: {e}")))?;
    let grant = Grant {
        body,
        signatures: vec![],
    };
    let bytes = grant.to_bytes();
    files::write_new(&a.out, &bytes, 0o644)?;
    if ctx.json {
        let mut v = grant_json(&grant);
        v["file"] = json!(a.out.display().to_string());
        v["bytes"] = json!(bytes.len());
        output::print(schema::GRANT, v);
    } else {
        println!(
            "{}: unsigned grant, seq {seq}, for device {}",
            a.out.display(),
            authority::hex(&device_key)
        );
        println!(
            "next: each authority runs `capfuse grant sign {} --key SECRET_FILE --slot S --authority-keys KEYSET`",
            a.out.display()
        );
    }
    Ok(())
}

fn sign(ctx: &Ctx, a: SignArgs) -> Result<()> {
    let keyset = a
        .authority_keys
        .as_deref()
        .map(files::read_keyset)
        .transpose()?;
    let mut grant = files::read_grant(&a.file)?;
    let key = files::read_secret_key(&a.key)?;
    let public = key.verifying_key();
    let file = a.file.display();
    if grant.signatures.iter().any(|s| s.slot == a.slot) {
        return Err(CliError::usage(format!(
            "{file} already has a signature for slot {}; each slot signs once",
            a.slot
        ))
        .hint(format!("`capfuse grant inspect {file}` shows who signed")));
    }
    let body = grant.body.to_bytes();
    let sig_of = |s: &SlotSignature| ed25519_dalek::Signature::from_bytes(&s.signature);
    if let Some(s) = grant
        .signatures
        .iter()
        .find(|s| public.verify(&body, &sig_of(s)).is_ok())
    {
        return Err(CliError::usage(format!(
            "this key already signed {file}, as slot {}; one authority counts once",
            s.slot
        )));
    }
    if let Some(ks) = &keyset {
        let path = a
            .authority_keys
            .as_deref()
            .unwrap_or(Path::new(""))
            .display();
        let n = ks.keys().len();
        let mine = ks.keys().iter().position(|k| k == public.as_bytes());
        let hint = match mine {
            Some(j) => format!("this key is slot {j}'s in {path}; sign with --slot {j}"),
            None => format!(
                "this key is in no slot of {path}; check --key (public key {})",
                authority::hex(public.as_bytes())
            ),
        };
        if a.slot as usize >= n {
            return Err(CliError::usage(format!(
                "{path} has slots 0..={} only; there is no slot {}",
                n - 1,
                a.slot
            ))
            .hint(hint));
        }
        if mine != Some(a.slot as usize) {
            return Err(CliError::usage(format!(
                "{} is not the key of slot {} in {path}; refusing to sign",
                a.key.display(),
                a.slot
            ))
            .hint(hint));
        }
    }
    let signature = key.sign(&body).to_bytes();
    grant.signatures.push(SlotSignature {
        slot: a.slot,
        signature,
    });
    grant.signatures.sort_by_key(|s| s.slot);
    let bytes = grant.to_bytes();
    // What we write must read back as the same grant.
    debug_assert_eq!(Grant::from_bytes(&bytes).as_ref(), Ok(&grant));
    files::replace(&a.file, &bytes)?;
    let slots: Vec<u8> = grant.signatures.iter().map(|s| s.slot).collect();
    let check = keyset.as_ref().map(|ks| check_grant(&grant, ks));
    if ctx.json {
        output::print(
            schema::GRANT_SIGN,
            json!({
                "file": a.file.display().to_string(),
                "slot": a.slot,
                "public_key": authority::hex(public.as_bytes()),
                "signed_slots": slots,
                "ready": check.as_ref().map(|c| c.ready),
            }),
        );
    } else {
        println!(
            "{file}: signed as slot {} (seq {}, device {}); signatures from slots {}",
            a.slot,
            grant.body.seq,
            authority::hex(&grant.body.device_key),
            list(&slots)
        );
        if let (Some(c), Some(ks)) = (&check, &keyset) {
            println!("{}", readiness(c, ks));
        }
    }
    Ok(())
}

fn keyset(ctx: &Ctx, a: KeysetArgs) -> Result<()> {
    let mut keys = Vec::with_capacity(a.keys.len());
    for k in &a.keys {
        let path = Path::new(k);
        let bytes = if path.exists() {
            files::read_public_key(path)?.to_bytes()
        } else {
            let hex = authority::parse_hex32(k).map_err(|e| {
                CliError::usage(format!(
                    "`{k}` is neither a public key file nor a key in hex ({e})"
                ))
                .hint("give the .pub files `capfuse keygen` wrote, in slot order")
            })?;
            authority::public_key(&hex).map_err(|e| CliError::usage(format!("`{k}`: {e}")))?;
            hex
        };
        keys.push(bytes);
    }
    let ks = KeySet::new(keys, a.threshold).map_err(|e| {
        CliError::usage(format!("not a valid authority key set: {e}")).hint(format!(
            "give 1 to {MAX_AUTHORITY_SLOTS} distinct public keys and --threshold 1..=n"
        ))
    })?;
    files::write_new(&a.out, ks.to_text().as_bytes(), 0o644)?;
    if ctx.json {
        let mut v = keyset_json(&ks);
        v["file"] = json!(a.out.display().to_string());
        output::print(schema::GRANT_KEYSET, v);
    } else {
        println!(
            "{}: {} of {} authority key set",
            a.out.display(),
            ks.threshold(),
            ks.keys().len()
        );
        for (i, k) in ks.keys().iter().enumerate() {
            println!("  slot {i}: {}", authority::hex(k));
        }
        println!("  authority digest: {}", authority::hex(&ks.digest()));
    }
    Ok(())
}

fn inspect(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let grant = files::read_grant(&a.file)?;
    let keyset = a
        .authority_keys
        .as_deref()
        .map(files::read_keyset)
        .transpose()?;
    let check = keyset.as_ref().map(|ks| check_grant(&grant, ks));
    let bytes = grant.to_bytes().len();
    if ctx.json {
        let mut v = grant_json(&grant);
        v["file"] = json!(a.file.display().to_string());
        v["bytes"] = json!(bytes);
        v["signatures"] = grant
            .signatures
            .iter()
            .map(|s| {
                let problem = check
                    .as_ref()
                    .and_then(|c| c.invalid.iter().find(|(slot, _)| *slot == s.slot))
                    .map(|(_, why)| why.clone());
                json!({
                    "slot": s.slot,
                    "signature": authority::hex(&s.signature),
                    "valid": check.as_ref().map(|_| problem.is_none()),
                    "problem": problem,
                })
            })
            .collect();
        v["authority_keys"] = match (&keyset, &a.authority_keys) {
            (Some(ks), Some(p)) => {
                let mut k = keyset_json(ks);
                k["file"] = json!(p.display().to_string());
                k
            }
            _ => Value::Null,
        };
        v["valid_slots"] = json!(check.as_ref().map(|c| c.valid.clone()));
        v["required"] = json!(check.as_ref().map(|c| c.required));
        v["ready"] = json!(check.as_ref().map(|c| c.ready));
        output::print(schema::GRANT, v);
        return Ok(());
    }
    let b = &grant.body;
    let l = &b.limits;
    let row = |name: &str, value: String| println!("{:<18}{value}", format!("{name}:"));
    println!(
        "grant file {}: {bytes} bytes, {} signature{}",
        a.file.display(),
        grant.signatures.len(),
        if grant.signatures.len() == 1 { "" } else { "s" }
    );
    row("device key", authority::hex(&b.device_key));
    row("seq", b.seq.to_string());
    row("boot epoch", b.boot_epoch.to_string());
    row("expiry epoch", b.expiry_epoch.to_string());
    row("cum-budget", Limit::CumBudget.show(l.cum_budget));
    row(
        "window-budget",
        format!(
            "{} per window",
            Limit::WindowBudget.show(l.window_budget.into())
        ),
    );
    row("window-len", Limit::WindowLen.show(l.window_len.into()));
    row(
        "baseline-ratio",
        Limit::BaselineRatio.show(l.baseline_ratio.into()),
    );
    row("trip-ratio", Limit::TripRatio.show(l.trip_ratio.into()));
    row(
        "report-threshold",
        format!("{} work units", numbers::group(l.report_threshold)),
    );
    row("flags", flag_names(b.flags));
    row(
        "revoke slot",
        if b.flags & grant_flag::REVOKE_SLOT != 0 {
            b.revoke_slot.to_string()
        } else {
            "none".into()
        },
    );
    if let (Some(ks), Some(p)) = (&keyset, &a.authority_keys) {
        row(
            "authority keys",
            format!(
                "{}: {} of {}, digest {}",
                p.display(),
                ks.threshold(),
                ks.keys().len(),
                authority::hex(&ks.digest())
            ),
        );
    }
    if grant.signatures.is_empty() {
        row("signatures", "none".into());
    }
    for s in &grant.signatures {
        let verdict = match &check {
            None => "present (not checked)".to_string(),
            Some(c) => match c.invalid.iter().find(|(slot, _)| *slot == s.slot) {
                None => "valid".to_string(),
                Some((_, why)) => format!("INVALID: {why}"),
            },
        };
        row(&format!("signature slot {}", s.slot), verdict);
    }
    match (&check, &keyset) {
        (Some(c), Some(ks)) => println!("{}", readiness(c, ks)),
        _ => println!(
            "signatures not checked: give --authority-keys KEYSET to verify them and see whether the grant is ready"
        ),
    }
    Ok(())
}

/// "ready to apply: ..." or "not ready: ...".
fn readiness(c: &GrantCheck, ks: &KeySet) -> String {
    let have = format!(
        "{} of {} required valid signatures",
        c.valid.len(),
        c.required
    );
    if c.ready {
        return format!("ready to apply: {have} (slots {})", list(&c.valid));
    }
    let missing: Vec<u8> = (0..ks.keys().len() as u8)
        .filter(|s| !c.valid.contains(s))
        .collect();
    format!(
        "not ready: {have}; {} more needed from slots {}",
        c.required as usize - c.valid.len(),
        list(&missing)
    )
}

fn list(slots: &[u8]) -> String {
    if slots.is_empty() {
        return "none".into();
    }
    slots
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn flag_names(flags: u16) -> String {
    let names: Vec<&str> = [
        (grant_flag::CLEAR_TRIP, "clear-trip"),
        (grant_flag::REVOKE_SLOT, "revoke-slot"),
        (
            grant_flag::DECOMMISSION,
            "decommission (stops the card for good)",
        ),
    ]
    .iter()
    .filter(|(bit, _)| flags & bit != 0)
    .map(|(_, name)| *name)
    .collect();
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

fn keyset_json(ks: &KeySet) -> Value {
    json!({
        "threshold": ks.threshold(),
        "n": ks.keys().len(),
        "keys": ks.keys().iter().map(|k| authority::hex(k)).collect::<Vec<_>>(),
        "digest": authority::hex(&ks.digest()),
    })
}

/// The body's fields (96-bit values as decimal strings, as `status` does).
fn grant_json(g: &Grant) -> Value {
    let b = &g.body;
    let l = &b.limits;
    json!({
        "device_key": authority::hex(&b.device_key),
        "seq": b.seq,
        "boot_epoch": b.boot_epoch,
        "expiry_epoch": b.expiry_epoch,
        "limits": {
            "cum_budget": l.cum_budget.to_string(),
            "window_budget": l.window_budget,
            "window_len": l.window_len,
            "baseline_ratio": l.baseline_ratio,
            "trip_ratio": l.trip_ratio,
            "report_threshold": l.report_threshold.to_string(),
        },
        "flags": {
            "bits": b.flags,
            "clear_trip": b.flags & grant_flag::CLEAR_TRIP != 0,
            "revoke_slot": b.flags & grant_flag::REVOKE_SLOT != 0,
            "decommission": b.flags & grant_flag::DECOMMISSION != 0,
        },
        "revoke_slot": (b.flags & grant_flag::REVOKE_SLOT != 0).then_some(b.revoke_slot),
        "signatures": g.signatures.iter().map(|s| json!({
            "slot": s.slot,
            "signature": authority::hex(&s.signature),
        })).collect::<Vec<_>>(),
    })
}

/// Slots named in a bit mask, as "0, 2".
fn slot_list(mask: u8) -> String {
    let v: Vec<String> = (0..8)
        .filter(|s| mask & (1 << s) != 0)
        .map(|s| s.to_string())
        .collect();
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

fn apply(ctx: &Ctx, a: ApplyArgs) -> Result<()> {
    use capfuse_abi::formats::grant_verdict;
    let grant = files::read_grant(&a.file)?;
    let mut progress = capfuse_progress::Progress::when(!ctx.json && ctx.device.is_slow());
    progress.stage(format!("opening {}", ctx.device.device));
    let mut fuse = ctx.device.open()?;
    progress.stage("the card checks the grant's signatures");
    let start = std::time::Instant::now();
    let out = fuse.apply_grant(&grant, std::time::Duration::from_millis(a.timeout_ms))?;
    let wall = start.elapsed();
    drop(progress);
    let name = grant_verdict::name(out.verdict);
    // For an expired grant, the card's epoch now (at or after the one the
    // grant was judged in): what the renewal's expiry must at least be.
    let card_epoch = if out.kind() == Some(capfuse_driver::GrantVerdict::Expired) {
        let s = fuse.status()?;
        Some((
            s.params.device_epoch(s.counters.cycle),
            s.params.epoch_shift,
        ))
    } else {
        None
    };
    if ctx.json {
        output::print(
            schema::GRANT_APPLY,
            json!({
                "device": ctx.device.device.to_string(),
                "applied": out.verdict == grant_verdict::APPLIED,
                "verdict": out.verdict,
                "verdict_name": name,
                "valid_slots": out.valid_slots,
                "revoked_slots": out.revoked_slots,
                "expiry_epoch": grant.body.expiry_epoch,
                "device_epoch": card_epoch.map(|(e, _)| e),
                "wall_ms": wall.as_secs_f64() * 1e3,
            }),
        );
    } else {
        println!(
            "{}: grant #{} {} (checked in {:.0} ms; signatures verified from slots: {}; revoked slots: {})",
            fuse.describe(),
            grant.body.seq,
            if out.verdict == grant_verdict::APPLIED { "applied".to_string() } else { format!("refused: {name}") },
            wall.as_secs_f64() * 1e3,
            slot_list(out.valid_slots),
            slot_list(out.revoked_slots),
        );
    }
    if out.verdict == grant_verdict::APPLIED {
        return Ok(());
    }
    if let Some((epoch, shift)) = card_epoch {
        let expiry = grant.body.expiry_epoch;
        return Err(CliError::new(
            exit::EXPIRED,
            format!(
                "the card refused the grant (expired): it expires after device epoch {expiry}, and \
                 the card is in device epoch {epoch} (epoch = cycle >> {shift}); nothing was changed"
            ),
        )
        .hint(format!(
            "ask the authority for a grant with an expiry epoch of at least {epoch} plus the \
             licence you need (its sequence number {} is still above the card's last, so it may \
             stay): `capfuse grant new --expiry-epoch ...`, then `capfuse grant sign` by k \
             authorities",
            grant.body.seq
        )));
    }
    // Exhaustive: a verdict added to the driver needs its hint here.
    use capfuse_driver::GrantVerdict as V;
    let hint = match out.kind() {
        Some(V::Malformed) => "the card refused the body or a slot it does not have; `capfuse grant inspect FILE --authority-keys KEYSET`",
        Some(V::WrongDevice) => "the grant names another device key; `capfuse attest` shows this card's",
        Some(V::WrongBoot) => "the grant is for another boot epoch; `capfuse attest` shows the card's",
        Some(V::Replay) => "the sequence number is not above the card's last grant; `capfuse attest` shows it",
        Some(V::BadSignature) => "a signature does not verify against the bitstream's key for its slot",
        Some(V::TooFewSigners) => "fewer than k distinct live (non-revoked) slots signed; get more signatures with `capfuse grant sign`",
        // Applied returned above; Expired has its own error above.
        Some(V::Applied | V::Expired) | None => "nothing was changed",
    };
    Err(CliError::new(
        exit::REFUSED,
        format!("the card refused the grant ({name}); nothing was changed"),
    )
    .hint(hint))
}
