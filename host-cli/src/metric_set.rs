//! The metric set of a card, built with the Prometheus client crate: one
//! function ([`MetricSet::add_card`]) that both `capfuse metrics` and
//! `capfuse exporter` use, so the two always show the same families.
//!
//! Naming follows Prometheus's conventions (base units in the name,
//! `_total` on counters, which the encoder appends) and dcgm-exporter's
//! habits (every series of a card carries the card's labels: `device`,
//! `device_key`, `abi_version`). docs/cli.md lists every family.
//!
//! 96-bit values (admitted work, the cumulative budget, the remaining
//! budget, the report threshold) do not fit an f64 exactly. Each is
//! exported twice: once as a plain f64 series (exact below 2^53, rounded to
//! 53 significant bits above: fine for `rate()` and alerts) and once split
//! into two 48-bit parts, `<name>_hi48` and `<name>_lo48`, each an integer
//! below 2^48 and so stored exactly by Prometheus; the value is
//! `hi48 * 2^48 + lo48`.

use std::collections::HashMap;
use std::sync::atomic::AtomicU64;

use capfuse_driver::regs::TripReasonBit;
use capfuse_driver::{Bar, Fuse, Status};
use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::EncodeMetric;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::TypedMetric;
use prometheus_client::registry::Registry;

use crate::card::StatusView;

/// Labels of one series.
pub type Labels = Vec<(String, String)>;

/// Bits in each part of a split 96-bit value.
pub const PART_BITS: u32 = 48;

/// The content type of [`MetricSet::encode`]'s text.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Splits a 96-bit value into its high and low 48-bit parts, each exact in
/// an f64: `v == hi << 48 | lo`.
pub fn split96(v: u128) -> (u64, u64) {
    let mask = (1u128 << PART_BITS) - 1;
    // Both parts are below 2^48 for a 96-bit value; the casts keep them.
    ((v >> PART_BITS) as u64, (v & mask) as u64)
}

/// Who a card is: the labels on every series of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardIdentity {
    /// The `--device` it was opened with (`sim`, `vfio:…`, `serial:…`).
    pub device: String,
    /// The first 16 hex digits of the device's Ed25519 public key, or empty
    /// on a bitstream without the crypto block (or before the key is ready).
    pub device_key: String,
    /// `VERSION` as `major.minor`.
    pub abi_version: String,
}

impl CardIdentity {
    fn labels(&self) -> Labels {
        vec![
            ("device".into(), self.device.clone()),
            ("device_key".into(), self.device_key.clone()),
            ("abi_version".into(), self.abi_version.clone()),
        ]
    }
}

/// Digits of the device key on the `device_key` label.
const KEY_PREFIX_DIGITS: usize = 16;

/// Reads the device key prefix for the `device_key` label (reads only:
/// `CRYPTO_STATUS`, then the eight key words once the key is ready).
/// Empty when the bitstream has no crypto block or the key is not ready.
pub fn device_key_prefix<B: Bar>(fuse: &mut Fuse<B>) -> capfuse_driver::Result<String> {
    let status = fuse.crypto_status()?;
    if status.0 == u32::MAX || status.0 == 0 || !status.key_ready() || status.decommissioned() {
        return Ok(String::new());
    }
    let key = fuse.read_device_key()?;
    let mut hex = crate::ledger::hex(&key);
    hex.truncate(KEY_PREFIX_DIGITS);
    Ok(hex)
}

/// The series `labels` of family `name`, registering the family on first
/// use (the metric handles share their value with the family).
fn series<M>(
    registry: &mut Registry,
    families: &mut HashMap<&'static str, Family<Labels, M>>,
    name: &'static str,
    help: &str,
    labels: &Labels,
) -> M
where
    M: EncodeMetric + TypedMetric + Default + Clone + std::fmt::Debug + Send + Sync + 'static,
{
    families
        .entry(name)
        .or_insert_with(|| {
            let f = Family::default();
            registry.register(name, help, f.clone());
            f
        })
        .get_or_create(labels)
        .clone()
}

type GaugeF64 = Gauge<f64, AtomicU64>;
type GaugeU64 = Gauge<u64, AtomicU64>;
type CounterF64 = Counter<f64, AtomicU64>;

/// A registry being filled; families are registered on first use.
pub struct MetricSet {
    registry: Registry,
    gauges: HashMap<&'static str, Family<Labels, GaugeU64>>,
    float_gauges: HashMap<&'static str, Family<Labels, GaugeF64>>,
    counters: HashMap<&'static str, Family<Labels, Counter>>,
    float_counters: HashMap<&'static str, Family<Labels, CounterF64>>,
}

impl Default for MetricSet {
    fn default() -> Self {
        Self::new()
    }
}

fn with(labels: &Labels, key: &str, value: &str) -> Labels {
    let mut l = labels.clone();
    l.push((key.to_string(), value.to_string()));
    l
}

impl MetricSet {
    /// An empty set; every family is named `capfuse_…`.
    pub fn new() -> Self {
        MetricSet {
            registry: Registry::with_prefix("capfuse"),
            gauges: HashMap::new(),
            float_gauges: HashMap::new(),
            counters: HashMap::new(),
            float_counters: HashMap::new(),
        }
    }

    /// Sets an integer gauge.
    pub fn gauge(&mut self, name: &'static str, help: &str, labels: &Labels, v: u64) {
        series(&mut self.registry, &mut self.gauges, name, help, labels).set(v);
    }

    /// Sets a float gauge.
    pub fn float_gauge(&mut self, name: &'static str, help: &str, labels: &Labels, v: f64) {
        series(
            &mut self.registry,
            &mut self.float_gauges,
            name,
            help,
            labels,
        )
        .set(v);
    }

    /// Sets an integer counter (`name` without `_total`: the encoder adds it).
    pub fn counter(&mut self, name: &'static str, help: &str, labels: &Labels, v: u64) {
        series(&mut self.registry, &mut self.counters, name, help, labels).inc_by(v);
    }

    /// Sets a float counter (`name` without `_total`).
    fn float_counter(&mut self, name: &'static str, help: &str, labels: &Labels, v: f64) {
        series(
            &mut self.registry,
            &mut self.float_counters,
            name,
            help,
            labels,
        )
        .inc_by(v);
    }

    /// A 96-bit value: the f64 series `name` and its exact parts
    /// `name_hi48` and `name_lo48`.
    pub fn wide(&mut self, names: [&'static str; 3], help: &str, labels: &Labels, v: u128) {
        let [plain, hi_name, lo_name] = names;
        let (hi, lo) = split96(v);
        self.float_gauge(
            plain,
            &format!("{help} (rounded above 2^53: the exact value is capfuse_{hi_name} * 2^48 + capfuse_{lo_name})"),
            labels,
            v as f64,
        );
        self.gauge(
            hi_name,
            &format!("{help}: bits 95..48 (exact; value = hi48 * 2^48 + lo48)"),
            labels,
            hi,
        );
        self.gauge(
            lo_name,
            &format!("{help}: bits 47..0 (exact; value = hi48 * 2^48 + lo48)"),
            labels,
            lo,
        );
    }

    /// Every family of one card's [`Status`].
    pub fn add_card(&mut self, card: &CardIdentity, r: &Status) {
        let id = card.labels();
        let (l, c) = (&r.limits, &r.counters);
        self.counter("cycles", "Fuse clock cycles since power-up", &id, c.cycle);
        // The admitted work is a counter for rate(); its exact parts are gauges.
        let (hi, lo) = split96(c.cum_work);
        self.float_counter(
            "admitted_work_units",
            "Work units admitted since power-up (rounded above 2^53: the exact value is \
             capfuse_admitted_work_units_hi48 * 2^48 + capfuse_admitted_work_units_lo48)",
            &id,
            c.cum_work as f64,
        );
        let exact = "Work units admitted since power-up";
        self.gauge(
            "admitted_work_units_hi48",
            &format!("{exact}: bits 95..48 (exact; value = hi48 * 2^48 + lo48)"),
            &id,
            hi,
        );
        self.gauge(
            "admitted_work_units_lo48",
            &format!("{exact}: bits 47..0 (exact; value = hi48 * 2^48 + lo48)"),
            &id,
            lo,
        );
        self.wide(
            [
                "cum_budget_work_units",
                "cum_budget_work_units_hi48",
                "cum_budget_work_units_lo48",
            ],
            "Cumulative budget in force, in work units",
            &id,
            l.cum_budget,
        );
        self.wide(
            [
                "remaining_budget_work_units",
                "remaining_budget_work_units_hi48",
                "remaining_budget_work_units_lo48",
            ],
            "Work units the cumulative budget still allows",
            &id,
            r.remaining_budget(),
        );
        self.wide(
            [
                "report_threshold_work_units",
                "report_threshold_work_units_hi48",
                "report_threshold_work_units_lo48",
            ],
            "Admitted work at which the card signs a report (2^96 - 1: none)",
            &id,
            l.report_threshold,
        );
        self.add_window(&id, r);
        for (state, v) in [
            ("enabled", c.enabled_cycles),
            ("stopped", c.stopped_cycles),
            ("paced", c.paced_cycles),
            ("throttled", c.throttled_cycles),
        ] {
            self.counter(
                "state_cycles",
                "Cycles by enable state (enabled, stopped, paced, throttled); they add up to capfuse_cycles_total",
                &with(&id, "state", state),
                v,
            );
        }
        for (kind, v) in [
            ("baseline", l.baseline_ratio),
            ("trip", l.trip_ratio),
            ("effective", r.effective_ratio()),
        ] {
            self.float_gauge(
                "ratio",
                "Clock-enable ratio as a fraction of 1 (N/256), by kind: baseline, trip, effective (in force now)",
                &with(&id, "kind", kind),
                f64::from(v) / 256.0,
            );
        }
        self.add_trips(&id, r);
        self.add_licence(&id, r);
        self.counter(
            "refused_writes",
            "Bus writes the fuse refused (wraps at 2^32)",
            &id,
            r.refused_writes.into(),
        );
        for f in capfuse_abi::register_named("ERR_CODE")
            .map(|r| r.fields)
            .unwrap_or_default()
        {
            self.gauge(
                "error_code",
                "ERR_CODE bits: 1 if a write was refused for this reason since last cleared",
                &with(&id, "reason", &f.name.to_ascii_lowercase()),
                u64::from(r.err_code.bits() & f.mask() != 0),
            );
        }
        self.gauge(
            "last_grant_sequence",
            "Sequence number of the last grant applied (0: none)",
            &id,
            r.last_grant_seq,
        );
    }

    fn add_window(&mut self, id: &Labels, r: &Status) {
        let (l, c) = (&r.limits, &r.counters);
        self.gauge(
            "window_admitted_work_units",
            "Work units admitted in the current pacing window",
            id,
            c.window_work.into(),
        );
        self.gauge(
            "window_position_cycles",
            "Cycle index inside the current pacing window",
            id,
            c.window_cycle.into(),
        );
        self.gauge(
            "window_budget_work_units",
            "Work units allowed per pacing window",
            id,
            l.window_budget.into(),
        );
        self.gauge(
            "window_length_cycles",
            "Pacing window length in cycles",
            id,
            l.window_len.into(),
        );
    }

    fn add_trips(&mut self, id: &Labels, r: &Status) {
        let cycles = r.trips();
        for bit in TripReasonBit::ALL {
            let labels = with(id, "reason", bit.key());
            self.gauge(
                "tripped",
                "1 if the trip reason is set (sticky), by reason",
                &labels,
                u64::from(r.trip_reasons.contains(bit.mask())),
            );
            // Decommissioning has no timestamp; unset reasons have none.
            if bit != TripReasonBit::Decommissioned {
                if let Some((_, _, cycle)) = cycles.iter().find(|(k, _, _)| *k == bit.key()) {
                    self.gauge(
                        "trip_cycle",
                        "Fuse cycle at which the trip reason was first set (only for set reasons)",
                        &labels,
                        *cycle,
                    );
                }
            }
        }
        self.gauge(
            "killed",
            "1 if the accelerator is stopped for good (kill register, kill pin or decommissioned)",
            id,
            u64::from(r.killed()),
        );
    }

    fn add_licence(&mut self, id: &Labels, r: &Status) {
        let shift = r.params.epoch_shift;
        self.gauge(
            "device_epoch",
            "Device epoch now (fuse cycle >> epoch shift)",
            id,
            r.counters.cycle >> shift,
        );
        self.gauge(
            "epoch_length_cycles",
            "Fuse cycles per device epoch",
            id,
            1u64.checked_shl(shift.into()).unwrap_or(u64::MAX),
        );
        if r.license_expiry != u64::MAX {
            self.gauge(
                "license_expiry_epoch",
                "Device epoch after which the licence lapses (absent: no grant set an expiry)",
                id,
                r.license_expiry,
            );
        }
    }

    /// The OpenMetrics text of everything set so far (see [`CONTENT_TYPE`]).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut out, &self.registry);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split96_parts_recombine_exactly_and_fit_an_f64() {
        for v in [
            0u128,
            1,
            (1 << 48) - 1,
            1 << 48,
            (1 << 53) + 1,
            123_456_789_012_345_678_901_234_567,
            (1 << 96) - 1,
        ] {
            let (hi, lo) = split96(v);
            assert!(hi < 1 << 48 && lo < 1 << 48, "{v}");
            assert_eq!(u128::from(hi) << 48 | u128::from(lo), v);
            // Each part survives a round trip through f64 (what Prometheus stores).
            assert_eq!(hi as f64 as u64, hi);
            assert_eq!(lo as f64 as u64, lo);
        }
    }
}
