//! `capfuse status`: everything the fuse reports, aligned with units, or
//! as JSON.

use serde_json::{json, Value};

use capfuse_driver::Status;

use crate::card::StatusView;
use crate::error::Result;
use crate::numbers::group;
use crate::output::{self, schema};
use crate::Ctx;

/// `status` takes no arguments beyond the global ones.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `status`.
pub fn run(ctx: &Ctx, _: Args) -> Result<()> {
    let mut fuse = ctx.device.open()?;
    let r = fuse.status()?;
    let crypto = crypto(&mut fuse)?;
    if ctx.json {
        let mut v = to_json(&r, &ctx.device.device.to_string());
        v["crypto"] = crypto.as_ref().map_or(Value::Null, |c| c.json());
        output::print(schema::STATUS, v);
    } else {
        print!("{}", render(&r, &fuse.describe()));
        if let Some(c) = crypto {
            print!("{}", c.text());
        }
    }
    Ok(())
}

/// The card top's attestation block, as `status` shows it.
struct Crypto {
    status: capfuse_driver::CryptoStatus,
    device_key: Option<[u8; 32]>,
    report_seq: u64,
    authority: capfuse_driver::AuthorityInfo,
    revoked: u32,
}

/// Reads the crypto block; `None` on a bitstream without one (its window
/// reads all ones or zero).
fn crypto(fuse: &mut crate::card::Card) -> Result<Option<Crypto>> {
    use capfuse_abi::crypto as c;
    use capfuse_driver::Bar;
    let status = fuse.crypto_status()?;
    if status.0 == u32::MAX || status.0 == 0 {
        return Ok(None);
    }
    let device_key = if status.key_ready() {
        Some(fuse.read_device_key()?)
    } else {
        None
    };
    Ok(Some(Crypto {
        status,
        device_key,
        report_seq: fuse.report_seq()?,
        authority: fuse.authority()?,
        revoked: fuse.bar_mut().read32(c::REVOKED_SLOTS)?,
    }))
}

impl Crypto {
    fn key_text(&self) -> String {
        match (self.device_key, self.status.decommissioned()) {
            (_, true) => "cleared (decommissioned)".into(),
            (Some(k), _) => crate::ledger::hex(&k),
            (None, _) => "not ready (deriving it at power-up)".into(),
        }
    }

    fn text(&self) -> String {
        let a = &self.authority;
        format!(
            "attestation\n  device key      {}\n  reports signed  {}\n  authority       {} of {} keys (digest {}), revoked slots {:#04x}\n",
            self.key_text(),
            self.report_seq,
            a.threshold,
            a.slots,
            &crate::ledger::hex(&a.digest)[..16],
            self.revoked
        )
    }

    fn json(&self) -> Value {
        json!({
            "status_word": self.status.0,
            "key_ready": self.status.key_ready(),
            "busy": self.status.busy(),
            "decommissioned": self.status.decommissioned(),
            "device_key": self.device_key.map(|k| crate::ledger::hex(&k)),
            "report_seq": self.report_seq,
            "authority": {
                "slots": self.authority.slots,
                "threshold": self.authority.threshold,
                "digest": crate::ledger::hex(&self.authority.digest),
            },
            "revoked_slots": self.revoked,
            "last_verdict": if self.status.verdict_valid() {
                Value::from(capfuse_abi::formats::grant_verdict::name(self.status.verdict()))
            } else {
                Value::Null
            },
        })
    }
}

fn pct(part: u64, whole: u64) -> String {
    if whole == 0 {
        "-".into()
    } else {
        format!("{:.1} %", part as f64 * 100.0 / whole as f64)
    }
}

/// A ratio as `N/256 (x %)`.
pub fn ratio(n: u32) -> String {
    format!("{n}/256 ({:.1} %)", f64::from(n) * 100.0 / 256.0)
}

/// One-line state summary.
pub fn state_line(r: &Status) -> String {
    let what = if r.killed() {
        "KILLED"
    } else if r.tripped() {
        "TRIPPED"
    } else if r.flags.has(capfuse_driver::regs::StatusBit::Capped) {
        "capped"
    } else {
        "running"
    };
    let flags = r.status_flags();
    if flags.is_empty() {
        what.to_string()
    } else {
        format!("{what} ({})", flags.join(", "))
    }
}

/// The human report.
pub fn render(r: &Status, device: &str) -> String {
    let mut out = String::new();
    let mut line = |label: &str, value: String| {
        let l = format!("{label:<18}{value}");
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line("device", device.to_string());
    line(
        "fuse",
        format!(
            "ABI {}, at most {} work units/cycle, power-up ratio {}",
            r.abi_version(),
            group(r.params.max_work_per_cycle.into()),
            ratio(r.params.power_up_baseline_ratio.into())
        ),
    );
    line("state", state_line(r));
    line(
        "cycle",
        format!("{} cycles", group(r.counters.cycle.into())),
    );
    line(
        "ratio in force",
        format!(
            "{}{}",
            ratio(r.effective_ratio()),
            if r.tripped() {
                " (tripped: lower of trip and baseline)"
            } else {
                ""
            }
        ),
    );
    line("limits", String::new());
    let (l, c) = (&r.limits, &r.counters);
    line("  baseline ratio", ratio(l.baseline_ratio));
    line("  trip ratio", ratio(l.trip_ratio));
    line(
        "  window length",
        format!("{} cycles", group(l.window_len.into())),
    );
    line(
        "  window budget",
        format!("{} work units", group(l.window_budget.into())),
    );
    line(
        "  cum budget",
        format!("{} work units", group(l.cum_budget)),
    );
    line(
        "  report at",
        if l.report_threshold == capfuse_abi::formats::MAX_96 {
            "none (no threshold report)".into()
        } else {
            format!(
                "{} work units (the card signs a report)",
                group(l.report_threshold)
            )
        },
    );
    line(
        "licence",
        if r.license_expiry == u64::MAX {
            "no expiry".into()
        } else {
            format!(
                "expires after device epoch {} (epoch = cycle >> {})",
                group(r.license_expiry.into()),
                r.params.epoch_shift
            )
        },
    );
    line(
        "last grant",
        if r.last_grant_seq == 0 {
            "none".into()
        } else {
            format!("#{}", r.last_grant_seq)
        },
    );
    line("counters", String::new());
    line("  cum work", format!("{} work units", group(c.cum_work)));
    line(
        "  remaining",
        format!("{} work units", group(r.remaining_budget())),
    );
    line(
        "  window",
        format!(
            "{} work units in cycle {} of {}",
            group(c.window_work.into()),
            group(c.window_cycle.into()),
            group(l.window_len.into())
        ),
    );
    for (label, v) in [
        ("  enabled", c.enabled_cycles),
        ("  stopped", c.stopped_cycles),
        ("  paced", c.paced_cycles),
        ("  throttled", c.throttled_cycles),
    ] {
        line(
            label,
            format!("{} cycles ({})", group(v.into()), pct(v, c.cycle)),
        );
    }
    let trips = r.trips();
    if trips.is_empty() {
        line("trips", "none".into());
    } else {
        for (i, (_, name, c)) in trips.iter().enumerate() {
            line(
                if i == 0 { "trips" } else { "" },
                format!("{name} at cycle {}", group((*c).into())),
            );
        }
    }
    line(
        "errors",
        if r.err_code.is_empty() {
            "none".into()
        } else {
            format!(
                "{} (ERR_CODE {:#x})",
                r.errors().join(", "),
                r.err_code.bits()
            )
        },
    );
    line("refused writes", group(r.refused_writes.into()));
    line(
        "interrupt",
        format!(
            "{} (enable {})",
            if r.irq_pending { "pending" } else { "clear" },
            if r.irq_enabled { "on" } else { "off" }
        ),
    );
    out
}

/// The JSON report (schema in docs/cli.md). 96-bit values are decimal
/// strings so that no JSON reader rounds them.
pub fn to_json(r: &Status, device: &str) -> Value {
    let (l, c) = (&r.limits, &r.counters);
    json!({
        "device": device,
        "abi_version": r.abi_version(),
        "params": {
            "max_work_per_cycle": r.params.max_work_per_cycle,
            "power_up_baseline_ratio": r.params.power_up_baseline_ratio,
            "epoch_shift": r.params.epoch_shift,
        },
        "state": if r.killed() { "killed" } else if r.tripped() { "tripped" } else { "running" },
        "status": { "word": r.flags.bits(), "flags": r.status_flags() },
        "cycle": c.cycle,
        "ratio": {
            "effective": r.effective_ratio(),
            "denominator": 256,
        },
        "limits": {
            "baseline_ratio": l.baseline_ratio,
            "trip_ratio": l.trip_ratio,
            "window_len": l.window_len,
            "window_budget": l.window_budget,
            "cum_budget": l.cum_budget.to_string(),
            "report_threshold": l.report_threshold.to_string(),
        },
        "license_expiry": r.license_expiry,
        "last_grant_seq": r.last_grant_seq,
        "counters": {
            "cum_work": c.cum_work.to_string(),
            "remaining_budget": r.remaining_budget().to_string(),
            "window_work": c.window_work,
            "window_cycle": c.window_cycle,
            "enabled_cycles": c.enabled_cycles,
            "stopped_cycles": c.stopped_cycles,
            "paced_cycles": c.paced_cycles,
            "throttled_cycles": c.throttled_cycles,
        },
        "trips": r.trips().iter().map(|(k, _, c)| json!({"reason": k, "cycle": c})).collect::<Vec<_>>(),
        "err_code": { "word": r.err_code.bits(), "flags": r.error_keys() },
        "refused_writes": r.refused_writes,
        // INTR_STATE and INTR_ENABLE have one bit, the trip.
        "interrupt": { "state": u32::from(r.irq_pending), "enable": u32::from(r.irq_enabled) },
        "killed": l.killed,
    })
}
