//! `capfuse demo`: a guided run on a private simulated card, so a newcomer
//! sees metering, pacing, a trip, a refused loosening, a signed report in
//! the ledger, a refused forged grant, a 2-of-3 grant that clears the trip,
//! and a kill, in about a minute. Each step names the command that does the same on any
//! card.

use std::time::Duration;

use std::path::{Path, PathBuf};

use capfuse_abi::formats::{
    grant_flag, grant_verdict, Grant, GrantBody, Limits, Report, SlotSignature, MAX_96,
};
use capfuse_driver::{Bar, Fuse, Status};
use ed25519_dalek::{Signer, SigningKey};
use rand::RngCore;

use crate::authority::KeySet;
use crate::cmd::attest::{check, report_text};

use crate::card::{kill, tighten, wait_trip, Limit, StatusView};
use crate::cmd::status::{ratio, state_line};
use crate::error::{exit, CliError, Result};
use crate::numbers::group;
use crate::paths::SimPaths;
use crate::simcard::client::{self, StartOptions};
use crate::Ctx;

/// Arguments of `demo`.
#[derive(clap::Args)]
pub struct Args {
    /// Seconds to let the card run between steps (0 to 60).
    #[arg(long, default_value_t = 2.0, value_name = "SECONDS",
          value_parser = crate::numbers::seconds(crate::numbers::MAX_PAUSE_SECONDS))]
    pub pause: f64,
}

/// Stops the demo's card however the demo ends.
struct CardGuard(SimPaths);

impl Drop for CardGuard {
    fn drop(&mut self) {
        let _ = client::stop(&self.0);
        let _ = std::fs::remove_dir_all(&self.0.dir);
    }
}

fn step(title: &str, command: &str) {
    println!("\n== {title}");
    if !command.is_empty() {
        println!("   $ capfuse {command}");
    }
}

fn show(r: &Status) {
    let c = &r.counters;
    println!("   state      {}", state_line(r));
    println!("   cycle      {} cycles", group(c.cycle.into()));
    println!("   work       {} work units admitted", group(c.cum_work));
    println!("   ratio      {}", ratio(r.effective_ratio()));
    println!(
        "   cycles     {} enabled, {} throttled, {} paced, {} stopped",
        group(c.enabled_cycles.into()),
        group(c.throttled_cycles.into()),
        group(c.paced_cycles.into()),
        group(c.stopped_cycles.into())
    );
    for (_, name, c) in r.trips() {
        println!("   trip       {name} at cycle {}", group(c.into()));
    }
}

/// Runs `demo`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    if ctx.json {
        return Err(CliError::usage("demo has no JSON output").hint("run it without --json"));
    }
    if !(0.0..=crate::numbers::MAX_PAUSE_SECONDS).contains(&a.pause) {
        return Err(CliError::usage("--pause must be 0 to 60 seconds"));
    }
    let pause = Duration::from_secs_f64(a.pause);
    let paths =
        SimPaths::new(crate::paths::runtime_dir().join(format!("demo-{}", std::process::id())));
    let _guard = CardGuard(paths.clone());
    println!("capfuse demo: a private simulated card (model engine, random work 0..=1 024 units per cycle,");
    println!("1 000 000 cycles per second); your own `--device sim` card is not touched.");
    // The demo's directory lives in the runtime directory: both must be
    // private before the demo writes its authority keys there.
    SimPaths::default_dir().prepare()?;
    paths.prepare()?;
    let authority = Authority::create(&paths.dir)?;
    client::start(
        &paths,
        &StartOptions {
            authority_keys: Some(authority.keyset_file.clone()),
            ..StartOptions::default()
        },
    )?;
    let fuse = &mut Fuse::open(client::connect(&paths)?)?;

    step(
        "1. Metering: the card ships throttled to its power-up ratio",
        "status",
    );
    std::thread::sleep(pause);
    show(&fuse.status()?);

    step(
        "2. Loosening is refused: only a signed grant can raise a limit",
        "limit baseline-ratio 256",
    );
    match tighten(fuse, Limit::BaselineRatio, 256) {
        Err(e) if e.code == exit::REFUSED => {
            println!("   error: {}", e.message);
            if let Some(h) = e.hint {
                println!("   hint: {h}");
            }
        }
        Err(e) => return Err(e),
        Ok(_) => {
            return Err(CliError::new(
                exit::FAILURE,
                "the fuse accepted a loosening",
            ))
        }
    }
    let r = fuse.status()?;
    println!(
        "   baseline ratio is still {}; refused writes on the card: {}",
        ratio(r.limits.baseline_ratio),
        r.refused_writes
    );

    step(
        "3. Pacing: at most 20 000 work units per 1 000-cycle window",
        "limit window-len 1000 && capfuse limit window-budget 20k",
    );
    tighten(fuse, Limit::WindowLen, 1000)?;
    tighten(fuse, Limit::WindowBudget, 20_000)?;
    std::thread::sleep(pause);
    show(&fuse.status()?);

    let budget = fuse.counters()?.cum_work + 4_000_000;
    step(
        "4. A cumulative budget 4 M work units above what was admitted so far",
        &format!("limit cum-budget {budget}"),
    );
    tighten(fuse, Limit::CumBudget, budget)?;
    println!("   waiting for the trip ...");
    println!("   $ capfuse irq-wait --timeout 60");
    let Some(r) = wait_trip(fuse, Some(Duration::from_secs(60)))? else {
        return Err(CliError::new(
            exit::TIMEOUT,
            "the card did not trip within 60 s",
        ));
    };
    show(&r);
    println!(
        "   admitted {} of a budget of {}: the fuse stopped before the cycle that could cross it",
        group(r.counters.cum_work),
        group(r.limits.cum_budget)
    );

    let ledger_file = paths.dir.join("demo.ledger");
    step(
        "5. Attest: the card signs its counters with its device key",
        &format!("attest --ledger {}", ledger_file.display()),
    );
    let device_key = fuse.device_key(Duration::from_secs(30))?;
    let report = attest_into(fuse, &ledger_file, &device_key)?;
    for l in report_text(&report).lines() {
        println!("   {l}");
    }
    println!(
        "   signature verified against the device key (verify_strict); appended to the ledger"
    );

    let mut body = GrantBody {
        flags: grant_flag::CLEAR_TRIP,
        device_key,
        seq: report.last_grant_seq + 1,
        boot_epoch: report.boot_epoch,
        expiry_epoch: u64::MAX,
        limits: Limits {
            cum_budget: report.cum_work + 400_000_000,
            ..report.limits
        },
        revoke_slot: 0,
    };
    body.limits.report_threshold = MAX_96;
    step(
        "6. A forged grant: slot 1's signature is not from slot 1's authority",
        "grant apply forged.grant",
    );
    let forger = SigningKey::generate(&mut rand::rngs::OsRng);
    let forged = authority.grant(&body, &[(0, None), (1, Some(&forger))]);
    let out = fuse.apply_grant(&forged, Duration::from_secs(30))?;
    println!(
        "   the card says: {} (signatures verified from slots {:#04x}); nothing changed:",
        grant_verdict::name(out.verdict),
        out.valid_slots
    );
    if out.verdict == grant_verdict::APPLIED {
        return Err(CliError::new(
            exit::FAILURE,
            "the card applied a forged grant",
        ));
    }
    show(&fuse.status()?);

    step(
        "7. A grant signed by 2 of the 3 authorities: more budget, trip cleared",
        "grant new ... && capfuse grant sign (twice) && capfuse grant apply good.grant",
    );
    let good = authority.grant(&body, &[(0, None), (2, None)]);
    let out = fuse.apply_grant(&good, Duration::from_secs(30))?;
    println!(
        "   the card says: {} (slots {:#04x} verified)",
        grant_verdict::name(out.verdict),
        out.valid_slots
    );
    if out.verdict != grant_verdict::APPLIED {
        return Err(CliError::new(
            exit::FAILURE,
            "the card refused a valid 2-of-3 grant",
        ));
    }
    std::thread::sleep(pause);
    show(&fuse.status()?);

    step(
        "8. Attest again and check the whole ledger",
        &format!("ledger verify {}", ledger_file.display()),
    );
    attest_into(fuse, &ledger_file, &device_key)?;
    let (summary, _) = crate::ledger::verify_file(&ledger_file, Some(device_key), |i, r| {
        println!(
            "   record {i}: report #{} at cycle {}, {} work units, last grant #{}",
            r.seq,
            group(r.cycle.into()),
            group(r.cum_work),
            r.last_grant_seq
        )
    })
    .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))?;
    println!(
        "   {} records verified: chain, signatures, order, nonces (head {})",
        summary.records,
        &crate::ledger::hex(&summary.head)[..16]
    );

    step("9. Kill: stop the accelerator for good", "kill");
    kill(fuse)?;
    std::thread::sleep(pause / 2);
    show(&fuse.status()?);

    step("Done", "");
    println!("   Try it on the shared simulated card: `capfuse status`, `capfuse watch`,");
    println!("   `capfuse limit trip-ratio 0`, `capfuse metrics`; `capfuse sim stop` resets it.");
    Ok(())
}

/// The demo's policy authority: three key pairs, threshold 2.
struct Authority {
    keys: Vec<SigningKey>,
    keyset_file: PathBuf,
}

impl Authority {
    fn create(dir: &Path) -> Result<Authority> {
        let keys: Vec<SigningKey> = (0..3)
            .map(|_| SigningKey::generate(&mut rand::rngs::OsRng))
            .collect();
        let set = KeySet::new(
            keys.iter().map(|k| k.verifying_key().to_bytes()).collect(),
            2,
        )
        .map_err(|e| CliError::new(exit::FAILURE, e))?;
        let keyset_file = dir.join("authority.keyset");
        std::fs::write(&keyset_file, set.to_text())?;
        Ok(Authority { keys, keyset_file })
    }

    /// A grant signed for the given slots, by the slot's own key or by
    /// another one.
    fn grant(&self, body: &GrantBody, signers: &[(u8, Option<&SigningKey>)]) -> Grant {
        let msg = body.to_bytes();
        Grant {
            body: body.clone(),
            signatures: signers
                .iter()
                .map(|&(slot, key)| SlotSignature {
                    slot,
                    signature: key
                        .unwrap_or(&self.keys[slot as usize])
                        .sign(&msg)
                        .to_bytes(),
                })
                .collect(),
        }
    }
}

/// `capfuse attest`'s path: a random nonce, the card signs, the host checks
/// and appends.
fn attest_into<B: Bar>(fuse: &mut Fuse<B>, ledger: &Path, key: &[u8; 32]) -> Result<Report> {
    let mut nonce = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let signed = fuse.attest(&nonce, Duration::from_secs(30))?;
    let report = check(&signed, key, &nonce)?;
    let (mut l, _) = crate::ledger::Ledger::open_or_create(ledger)
        .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))?;
    l.append(&signed, key)
        .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))?;
    Ok(report)
}
