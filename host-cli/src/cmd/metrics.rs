//! `capfuse metrics`: the counters in the Prometheus text exposition
//! format (for a node_exporter textfile collector or a scrape wrapper).

use std::fmt::Write;

use capfuse_driver::Status;

use crate::card::StatusView;
use crate::error::Result;
use crate::Ctx;

/// `metrics` takes no arguments beyond the global ones.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `metrics`.
pub fn run(ctx: &Ctx, _: Args) -> Result<()> {
    let r = ctx.device.open()?.status()?;
    print!("{}", exposition(&r, &ctx.device.device.to_string()));
    Ok(())
}

/// Escapes a label value.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The exposition text: one HELP and TYPE line per family.
pub fn exposition(r: &Status, device: &str) -> String {
    let (l, c) = (&r.limits, &r.counters);
    let dev = format!("device=\"{}\"", label(device));
    let mut out = String::new();
    let mut family = |name: &str, kind: &str, help: &str, samples: &[(String, String)]| {
        let _ = writeln!(out, "# HELP capfuse_{name} {help}");
        let _ = writeln!(out, "# TYPE capfuse_{name} {kind}");
        for (labels, v) in samples {
            let l = if labels.is_empty() {
                dev.clone()
            } else {
                format!("{dev},{labels}")
            };
            let _ = writeln!(out, "capfuse_{name}{{{l}}} {v}");
        }
    };
    let one = |v: String| vec![(String::new(), v)];
    family(
        "cycles_total",
        "counter",
        "Fuse clock cycles since power-up.",
        &one(c.cycle.to_string()),
    );
    family(
        "work_units_total",
        "counter",
        "Work units admitted since power-up.",
        &one(c.cum_work.to_string()),
    );
    family(
        "window_work_units",
        "gauge",
        "Work units admitted in the current pacing window.",
        &one(c.window_work.to_string()),
    );
    let states = [
        ("enabled", c.enabled_cycles),
        ("stopped", c.stopped_cycles),
        ("paced", c.paced_cycles),
        ("throttled", c.throttled_cycles),
    ];
    family(
        "state_cycles_total",
        "counter",
        "Cycles by enable state (enabled, stopped, paced, throttled); they add up to capfuse_cycles_total.",
        &states
            .iter()
            .map(|(s, v)| (format!("state=\"{s}\""), v.to_string()))
            .collect::<Vec<_>>(),
    );
    family(
        "cum_budget_work_units",
        "gauge",
        "Cumulative budget in force, in work units.",
        &one(l.cum_budget.to_string()),
    );
    family(
        "remaining_budget_work_units",
        "gauge",
        "Work units still allowed by the cumulative budget.",
        &one(r.remaining_budget().to_string()),
    );
    family(
        "window_budget_work_units",
        "gauge",
        "Work units allowed per pacing window.",
        &one(l.window_budget.to_string()),
    );
    family(
        "window_length_cycles",
        "gauge",
        "Pacing window length in cycles.",
        &one(l.window_len.to_string()),
    );
    family(
        "ratio",
        "gauge",
        "Clock-enable ratio as a fraction of 1 (N/256), by kind: baseline, trip, effective.",
        &[
            ("baseline", l.baseline_ratio),
            ("trip", l.trip_ratio),
            ("effective", r.effective_ratio()),
        ]
        .iter()
        .map(|(k, v)| {
            (
                format!("kind=\"{k}\""),
                format!("{}", f64::from(*v) / 256.0),
            )
        })
        .collect::<Vec<_>>(),
    );
    let keys = ["cum_budget", "kill_reg", "kill_pin"];
    family(
        "tripped",
        "gauge",
        "1 if the trip reason is set (sticky).",
        &capfuse_abi::trip::NAMES
            .iter()
            .zip(keys)
            .map(|((bit, _), k)| {
                (
                    format!("reason=\"{k}\""),
                    u32::from(r.trip_reasons.contains(*bit)).to_string(),
                )
            })
            .collect::<Vec<_>>(),
    );
    family(
        "trip_cycle",
        "gauge",
        "Cycle at which the trip reason was set.",
        &r.trips()
            .iter()
            .map(|(k, _, c)| (format!("reason=\"{k}\""), c.to_string()))
            .collect::<Vec<_>>(),
    );
    family(
        "killed",
        "gauge",
        "1 if the kill register is set.",
        &one(u32::from(l.killed).to_string()),
    );
    family(
        "refused_writes_total",
        "counter",
        "Bus writes the fuse refused (wraps at 2^32).",
        &one(r.refused_writes.to_string()),
    );
    family(
        "error_code",
        "gauge",
        "ERR_CODE bits: 1 if a write was refused for this reason since last cleared.",
        &capfuse_abi::register_named("ERR_CODE")
            .expect("mapped")
            .fields
            .iter()
            .map(|f| {
                (
                    format!("reason=\"{}\"", f.name.to_ascii_lowercase()),
                    u32::from(r.err_code.bits() & f.mask() != 0).to_string(),
                )
            })
            .collect::<Vec<_>>(),
    );
    out
}
