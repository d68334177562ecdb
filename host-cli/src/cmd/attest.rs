//! `capfuse attest`: the card signs a report of its counters with its
//! device key; the host checks it against the pinned key and the nonce it
//! sent, then appends it to the ledger.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use capfuse_abi::formats::{Report, REPORT_LEN, SIGNED_REPORT_LEN, TRIP_CYCLE_REASONS};
use ed25519_dalek::{Signature, VerifyingKey};
use rand::RngCore;
use serde_json::json;

use crate::error::{exit, CliError, Result};
use crate::ledger::{hex, parse_device_key_file, parse_hex32, Ledger};
use crate::numbers::group;
use crate::output::{self, schema};
use crate::Ctx;

/// Arguments of `attest`.
#[derive(clap::Args)]
pub struct Args {
    /// The nonce the report must carry (64 hex digits; default: 32 random
    /// bytes from the OS). Zero is refused: the card uses it for the
    /// reports it makes by itself.
    #[arg(long, value_name = "HEX", conflicts_with = "last")]
    pub nonce: Option<String>,
    /// Collect the report the card signed last instead of asking for a new
    /// one: e.g. the one it signed by itself at its report threshold (zero
    /// nonce). Checked and appended the same way; not fresh.
    #[arg(long)]
    pub last: bool,
    /// Ledger to append the verified report to (created if missing).
    #[arg(long, value_name = "FILE", default_value = "capfuse.ledger")]
    pub ledger: PathBuf,
    /// Verify and print only; append nothing.
    #[arg(long, conflicts_with = "ledger")]
    pub no_ledger: bool,
    /// The device public key the report must be signed with (64 hex
    /// digits). Default: the key pinned beside the ledger
    /// (`<ledger>.device-key`), pinned on first use.
    #[arg(long, value_name = "HEX", conflicts_with = "device_key_file")]
    pub device_key: Option<String>,
    /// A file with the device public key (32 bytes, or 64 hex digits).
    #[arg(long, value_name = "FILE")]
    pub device_key_file: Option<PathBuf>,
    /// Also write the signed report (340 bytes) to this new file (an
    /// existing file is refused, exit 2, before the card signs).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Longest to wait for the card (it may still be deriving its key),
    /// 1 to 3600000 ms.
    #[arg(long, value_name = "MS", default_value_t = 30_000,
          value_parser = clap::value_parser!(u64).range(1..=crate::numbers::MAX_TIMEOUT_MS))]
    pub timeout_ms: u64,
    #[command(flatten)]
    pub lock: crate::cmd::ledger::LockArgs,
}

/// Where the key pinned on first use lives.
fn pin_path(ledger: &Path) -> PathBuf {
    let mut p = ledger.as_os_str().to_owned();
    p.push(".device-key");
    PathBuf::from(p)
}

/// The pinned key, and whether it was pinned just now.
fn pinned_key(a: &Args, card_key: &[u8; 32]) -> Result<([u8; 32], Option<PathBuf>)> {
    if let Some(h) = &a.device_key {
        let k = parse_hex32(h).map_err(|e| CliError::usage(format!("--device-key: {e}")))?;
        return Ok((k, None));
    }
    let read = |f: &Path, what: &str| -> Result<[u8; 32]> {
        let bytes = crate::files::read_regular(f, 64 * 1024)
            .map_err(|e| CliError::usage(format!("{what} {}: {e}", f.display())))?;
        parse_device_key_file(&bytes)
            .map_err(|e| CliError::usage(format!("{what} {}: {e}", f.display())))
    };
    if let Some(f) = &a.device_key_file {
        return Ok((read(f, "--device-key-file")?, None));
    }
    if a.no_ledger {
        return Err(CliError::usage(
            "with --no-ledger there is no pinned key: give --device-key or --device-key-file",
        ));
    }
    let pin = pin_path(&a.ledger);
    if pin.exists() {
        return Ok((read(&pin, "pinned key")?, None));
    }
    // Trust on first use: written before anything is appended, so the
    // ledger never holds a report from a key that is not pinned.
    let text = format!("{}\n", hex(card_key));
    crate::authority::files::write_new(&pin, text.as_bytes(), 0o644)?;
    Ok((*card_key, Some(pin)))
}

/// Refuses, before the card is asked anything, a key file, ledger, pinned
/// key or report output that exists but is not a regular file (a FIFO
/// would block the command, a device node is never a ledger).
fn check_files(a: &Args) -> Result<()> {
    let mut paths: Vec<(&str, PathBuf)> = Vec::new();
    if let Some(f) = &a.device_key_file {
        paths.push(("--device-key-file", f.clone()));
    }
    if !a.no_ledger {
        paths.push(("--ledger", a.ledger.clone()));
        paths.push(("pinned key", pin_path(&a.ledger)));
    }
    if let Some(o) = &a.out {
        paths.push(("--out", o.clone()));
    }
    for (what, p) in paths {
        crate::files::check_regular_if_exists(&p).map_err(|e| {
            // As the ledger's own errors: a file that cannot be used is 1;
            // the key file's errors are usage errors, as when it is unreadable.
            let code = if what == "--device-key-file" {
                exit::USAGE
            } else {
                exit::FAILURE
            };
            CliError::new(code, format!("{what} {}: {e}", p.display()))
        })?;
    }
    // Checked before the card signs, so a refusal costs no report.
    if let Some(o) = &a.out {
        crate::authority::files::refuse_existing(o)?;
    }
    Ok(())
}

/// Runs `attest`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let nonce = match &a.nonce {
        Some(h) => parse_hex32(h).map_err(|e| CliError::usage(format!("--nonce: {e}")))?,
        None => {
            let mut n = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut n);
            n
        }
    };
    if nonce == [0; 32] {
        return Err(CliError::usage(
            "--nonce is zero; the card uses the zero nonce for the reports it signs by itself",
        )
        .hint("leave --nonce out for a random one"));
    }
    check_files(&a)?;
    let timeout = Duration::from_millis(a.timeout_ms);
    // The ledger first: its lock is held from before the card is asked
    // until the report is appended, so concurrent attests into one ledger
    // take their turns, each report newer than the last appended (the card
    // numbers them as it signs). A busy ledger fails here, before the card
    // signs a report that could not be appended.
    let mut ledger = if a.no_ledger {
        None
    } else {
        let (ledger, torn) = Ledger::open_or_create_waiting(&a.ledger, a.lock.timeout())
            .map_err(crate::cmd::ledger::cli_error)?;
        if let Some(t) = torn {
            eprintln!("warning: {t}");
        }
        Some(ledger)
    };
    let mut progress = capfuse_progress::Progress::when(!ctx.json && ctx.device.is_slow());
    progress.stage(format!("opening {}", ctx.device.device));
    let mut fuse = ctx.device.open()?;
    progress.stage("reading the device key");
    let card_key = fuse.device_key(timeout)?;
    let (pinned, newly_pinned) = pinned_key(&a, &card_key)?;
    if let Some(p) = &newly_pinned {
        let note = format!(
            "note: pinned device key {} on first use in {}; compare it with the card's key out of band",
            hex(&pinned),
            p.display()
        );
        progress.suspend(|| eprintln!("{note}"));
    }
    let start = Instant::now();
    progress.stage(if a.last {
        "reading the card's last report"
    } else {
        "the card signs a report"
    });
    let (signed, nonce) = if a.last {
        fuse.wait_crypto_idle(timeout)?;
        let signed = fuse.last_report()?.ok_or_else(|| {
            CliError::new(exit::FAILURE, "the card holds no signed report yet")
                .hint("leave out --last to ask for one; `capfuse limit report-threshold` makes the card sign one by itself")
        })?;
        // The nonce is whatever the card signed; the signature still binds it.
        let nonce: [u8; 32] = signed[56..88].try_into().expect("32 bytes");
        (signed, nonce)
    } else {
        (fuse.attest(&nonce, timeout)?, nonce)
    };
    let wall = start.elapsed();
    drop(progress);
    let report = check(&signed, &pinned, &nonce)?;
    if let Some(out) = &a.out {
        crate::authority::files::write_new(out, &signed, 0o644)?;
    }
    let appended = match &mut ledger {
        None => None,
        Some(ledger) => {
            let before = ledger.summary().last_authority;
            let (index, head) = ledger.append(&signed, &pinned).map_err(|e| {
                CliError::new(exit::FAILURE, e.to_string())
                    .hint("the report verified but the ledger refused it; `capfuse ledger verify` checks the file")
            })?;
            if let Some(w) = crate::cmd::ledger::authority_change_warning(before, &signed) {
                eprintln!("warning: {w}");
            }
            Some((index, head))
        }
    };
    drop(ledger);
    if ctx.json {
        output::print(
            schema::ATTEST,
            json!({
                "device": ctx.device.device.to_string(),
                "verified": true,
                "wall_ms": wall.as_secs_f64() * 1e3,
                "nonce": hex(&nonce),
                "report": report_json(&report),
                "signature": hex(&signed[REPORT_LEN..]),
                "signed_report": hex(&signed),
                "ledger": appended.map(|(i, h)| json!({
                    "file": a.ledger.display().to_string(),
                    "index": i,
                    "head": hex(&h),
                })),
            }),
        );
    } else {
        print!("{}", report_text(&report));
        println!(
            "signature         verified (Ed25519 verify_strict, pinned key, nonce as sent) in {:.0} ms",
            wall.as_secs_f64() * 1e3
        );
        if let Some((i, h)) = appended {
            println!(
                "ledger            record {i} of {} (chain head {})",
                a.ledger.display(),
                hex(&h)
            );
        }
    }
    Ok(())
}

/// Checks a signed report as any verifier would: it parses, carries the
/// pinned device key and our nonce, and its signature verifies strictly.
pub fn check(
    signed: &[u8; SIGNED_REPORT_LEN],
    pinned: &[u8; 32],
    nonce: &[u8; 32],
) -> Result<Report> {
    let bad = |m: String| CliError::new(exit::FAILURE, m);
    let report = Report::from_bytes(&signed[..REPORT_LEN])
        .map_err(|e| bad(format!("the card's report does not parse: {e}")))?;
    if report.device_key != *pinned {
        return Err(bad(format!(
            "the report is signed by device key {}, not the pinned {}",
            hex(&report.device_key),
            hex(pinned)
        ))
        .hint(
            "a different card, or a reloaded bitstream with another key; check before re-pinning",
        ));
    }
    if report.nonce != *nonce {
        return Err(bad(
            "the report does not carry the nonce sent (a replayed report?)".into(),
        ));
    }
    let key = VerifyingKey::from_bytes(pinned)
        .map_err(|_| bad("the pinned device key is not an Ed25519 public key".into()))?;
    let sig = Signature::from_bytes(signed[REPORT_LEN..].try_into().expect("64 bytes"));
    key.verify_strict(&signed[..REPORT_LEN], &sig)
        .map_err(|_| {
            bad("the report's signature does not verify against the pinned device key".into())
        })?;
    Ok(report)
}

fn report_json(r: &Report) -> serde_json::Value {
    json!({
        "device_key": hex(&r.device_key),
        "seq": r.seq,
        "boot_epoch": r.boot_epoch,
        "device_epoch": r.device_epoch,
        "cycle": r.cycle,
        "cum_work": r.cum_work.to_string(),
        "window_work": r.window_work,
        "status": r.status,
        "trip_reasons": r.trip_reasons,
        "trip_cycles": r.trip_cycles,
        "limits": {
            "cum_budget": r.limits.cum_budget.to_string(),
            "window_budget": r.limits.window_budget,
            "window_len": r.limits.window_len,
            "baseline_ratio": r.limits.baseline_ratio,
            "trip_ratio": r.limits.trip_ratio,
            "report_threshold": r.limits.report_threshold.to_string(),
        },
        "license_expiry": r.license_expiry,
        "last_grant_seq": r.last_grant_seq,
        "authority_digest": hex(&r.authority_digest),
    })
}

/// The report as the operator reads it.
pub fn report_text(r: &Report) -> String {
    let mut trips: Vec<String> = TRIP_CYCLE_REASONS
        .iter()
        .enumerate()
        .filter(|(i, _)| r.trip_reasons & (1 << i) != 0)
        .map(|(i, n)| format!("{n} at cycle {}", group(r.trip_cycles[i] as u128)))
        .collect();
    if r.trip_reasons & capfuse_abi::trip::DECOMMISSIONED != 0 {
        trips.push("decommissioned".into());
    }
    let max96 = capfuse_abi::formats::MAX_96;
    let or_none = |v: u128| {
        if v == max96 {
            "none".to_string()
        } else {
            group(v)
        }
    };
    format!(
        "report            #{} (boot epoch {}, device epoch {})\n\
         device key        {}\n\
         cycle             {}\n\
         cumulative work   {} of {}\n\
         window work       {} of {} per {} cycles\n\
         ratios            baseline {}/256, after a trip {}/256\n\
         report threshold  {}\n\
         licence expiry    {}\n\
         last grant        {}\n\
         trip              {}\n",
        r.seq,
        r.boot_epoch,
        r.device_epoch,
        hex(&r.device_key),
        group(r.cycle as u128),
        group(r.cum_work),
        or_none(r.limits.cum_budget),
        group(r.window_work as u128),
        group(r.limits.window_budget as u128),
        group(r.limits.window_len as u128),
        r.limits.baseline_ratio,
        r.limits.trip_ratio,
        or_none(r.limits.report_threshold),
        if r.license_expiry == u64::MAX {
            "none".to_string()
        } else {
            format!("after device epoch {}", r.license_expiry)
        },
        if r.last_grant_seq == 0 {
            "none".to_string()
        } else {
            format!("#{}", r.last_grant_seq)
        },
        if trips.is_empty() {
            "none".to_string()
        } else {
            trips.join(", ")
        },
    )
}
