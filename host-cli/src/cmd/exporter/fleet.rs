//! `capfuse exporter --fleet`: a background thread runs the incremental
//! fleet audit (`capfuse log fleet`) every `--fleet-interval` seconds; each
//! scrape serves the last run's figures as `capfuse_fleet_*` families, per
//! card (`origin` and `url` labels) and for the fleet.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::Result;
use crate::metric_set::{Labels, MetricSet};
use crate::tlog::fleet::{self, Card, FleetResult, Settings, Totals};

/// The fleet options of `exporter`.
#[derive(clap::Args)]
pub struct FleetArgs {
    /// Also audit the cards of this fleet file (`capfuse log fleet`'s
    /// format) in the background and serve their figures.
    #[arg(long, value_name = "FILE", requires = "fleet_state")]
    pub fleet: Option<PathBuf>,
    /// The fleet audit's state directory (as `log fleet --state`).
    #[arg(long, value_name = "DIR", requires = "fleet")]
    pub fleet_state: Option<PathBuf>,
    /// Seconds between fleet audits (1 to 86400).
    #[arg(long, value_name = "SECS", default_value_t = 300,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub fleet_interval: u64,
    /// The log key of fleet file lines that name none.
    #[arg(long, value_name = "FILE", requires = "fleet")]
    pub fleet_log_key: Option<PathBuf>,
    /// Also require every report's authority key-set digest (64 hex
    /// digits), as `log fleet --authority-digest`.
    #[arg(long, value_name = "HEX", requires = "fleet")]
    pub fleet_authority_digest: Option<String>,
    /// A witness trusted to cosign checkpoints (repeatable), as `log fleet
    /// --witness`.
    #[arg(long, value_name = "NAME=PUBFILE", requires = "fleet")]
    pub fleet_witness: Vec<String>,
    /// Cosignatures of trusted witnesses every checkpoint must carry.
    #[arg(long, value_name = "K", default_value_t = 0, requires = "fleet")]
    pub fleet_min_witnesses: usize,
}

/// The last fleet audit, as the scrapes see it.
#[derive(Default)]
pub struct Latest {
    /// The last run's result, with its end time (seconds since 1970).
    run: Option<(FleetResult, f64)>,
    /// When each card (by fleet line) last passed.
    last_ok: Vec<Option<f64>>,
    /// Runs so far, and those that could not run (state directory busy).
    runs: u64,
    runs_not_done: u64,
    /// Why the last run could not run, if it could not.
    error: Option<String>,
}

/// Shared between the audit thread and the scrapes.
pub type Shared = Arc<Mutex<Latest>>;

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// Reads the fleet file (a malformed one is a usage error at start) and
/// starts the audit thread; None without `--fleet`.
pub fn start(a: &FleetArgs) -> Result<Option<Shared>> {
    let (Some(file), Some(state)) = (&a.fleet, &a.fleet_state) else {
        return Ok(None);
    };
    let cards = fleet::parse_fleet(file, a.fleet_log_key.as_deref())?;
    let (authority_digest, witnesses) = fleet::trust(
        "fleet-",
        a.fleet_authority_digest.as_deref(),
        &a.fleet_witness,
        a.fleet_min_witnesses,
    )?;
    let settings = Settings {
        state: state.clone(),
        authority_digest,
        witnesses,
        min_witnesses: a.fleet_min_witnesses,
        timeout: Duration::from_secs(10),
        jobs: 8,
        full: false,
        lock_timeout: Duration::from_secs(a.fleet_interval.min(60)),
    };
    let shared: Shared = Arc::default();
    let interval = Duration::from_secs(a.fleet_interval);
    let s = shared.clone();
    std::thread::Builder::new()
        .name("fleet-audit".into())
        .spawn(move || loop {
            audit_once(&cards, &settings, &s);
            std::thread::sleep(interval);
        })?;
    Ok(Some(shared))
}

fn audit_once(cards: &[Card], settings: &Settings, shared: &Shared) {
    let result = fleet::audit_fleet(cards, settings);
    let mut l = shared.lock().unwrap_or_else(|e| e.into_inner());
    l.runs += 1;
    match result {
        Ok(r) => {
            let t = now();
            l.last_ok.resize(r.cards.len(), None);
            for (i, c) in r.cards.iter().enumerate() {
                if c.error.is_none() {
                    l.last_ok[i] = Some(t);
                } else if let Some(e) = &c.error {
                    log::warn!("fleet audit: {} (line {}): {}", c.name(), c.line, e.message);
                }
            }
            l.run = Some((r, t));
            l.error = None;
        }
        Err(e) => {
            l.runs_not_done += 1;
            if l.error.as_deref() != Some(&e.message) {
                eprintln!("capfuse exporter: fleet audit: {}", e.message);
            }
            l.error = Some(e.message);
        }
    }
}

/// The figures one family set shows for a card or the fleet.
struct Figures {
    entries: u64,
    work: u128,
    trips: u64,
    grants: u64,
    missing: u64,
    out_of_order: u64,
}

fn add_figures(set: &mut MetricSet, names: &[&'static str; 8], labels: &Labels, f: &Figures) {
    set.gauge(
        names[0],
        "Entries (signed reports) in the verified log",
        labels,
        f.entries,
    );
    set.wide(
        [names[1], names[2], names[3]],
        "Admitted work in the verified reports: the sum over boots of the last cumulative work",
        labels,
        f.work,
    );
    set.gauge(
        names[4],
        "Trip-reason bits newly set, report to report within a boot",
        labels,
        f.trips,
    );
    set.gauge(
        names[5],
        "Increases of the last applied grant's sequence number within a boot",
        labels,
        f.grants,
    );
    set.gauge(
        names[6],
        "Report sequence numbers missing from the log within a boot",
        labels,
        f.missing,
    );
    set.gauge(
        names[7],
        "Reports in the log that go backwards (seq, boot or device epoch, work, grant)",
        labels,
        f.out_of_order,
    );
}

const CARD_NAMES: [&str; 8] = [
    "fleet_card_entries",
    "fleet_card_admitted_work_units",
    "fleet_card_admitted_work_units_hi48",
    "fleet_card_admitted_work_units_lo48",
    "fleet_card_trips",
    "fleet_card_grants_applied",
    "fleet_card_reports_missing",
    "fleet_card_reports_out_of_order",
];

const FLEET_NAMES: [&str; 8] = [
    "fleet_entries",
    "fleet_admitted_work_units",
    "fleet_admitted_work_units_hi48",
    "fleet_admitted_work_units_lo48",
    "fleet_trips",
    "fleet_grants_applied",
    "fleet_reports_missing",
    "fleet_reports_out_of_order",
];

/// Adds the `capfuse_fleet_*` families of the last run to `set`.
pub fn add_families(set: &mut MetricSet, shared: &Shared) {
    let l = shared.lock().unwrap_or_else(|e| e.into_inner());
    let none: Labels = Vec::new();
    set.counter(
        "fleet_audit_runs",
        "Fleet audits started since the exporter started",
        &none,
        l.runs,
    );
    set.counter(
        "fleet_audit_runs_not_done",
        "Fleet audits that could not run (state directory busy or unusable)",
        &none,
        l.runs_not_done,
    );
    let Some((r, at)) = &l.run else { return };
    for (i, c) in r.cards.iter().enumerate() {
        let labels: Labels = vec![
            ("origin".into(), c.origin.clone().unwrap_or_default()),
            ("url".into(), c.url.clone()),
        ];
        let a = &c.accounting;
        let f = Figures {
            entries: a.entries,
            work: a.admitted_work(),
            trips: a.trips,
            grants: a.grants_applied,
            missing: a.reports_missing,
            out_of_order: a.reports_out_of_order,
        };
        add_figures(set, &CARD_NAMES, &labels, &f);
        set.gauge(
            "fleet_card_audit_ok",
            "1 if the card's last audit passed, else 0 (its figures are then its last verified ones)",
            &labels,
            u64::from(c.error.is_none()),
        );
        if let Some(t) = l.last_ok.get(i).copied().flatten() {
            set.float_gauge(
                "fleet_card_last_ok_timestamp_seconds",
                "When the card's audit last passed (seconds since 1970)",
                &labels,
                t,
            );
        }
    }
    let t = Totals::of(&r.cards);
    let f = Figures {
        entries: t.entries,
        work: t.admitted_work,
        trips: t.trips,
        grants: t.grants_applied,
        missing: t.reports_missing,
        out_of_order: t.reports_out_of_order,
    };
    add_figures(set, &FLEET_NAMES, &none, &f);
    set.gauge(
        "fleet_cards",
        "Cards in the fleet file",
        &none,
        r.cards.len() as u64,
    );
    set.gauge(
        "fleet_cards_failed",
        "Cards whose last audit failed",
        &none,
        r.failed() as u64,
    );
    set.float_gauge(
        "fleet_last_audit_timestamp_seconds",
        "When the last fleet audit ended (seconds since 1970)",
        &none,
        *at,
    );
    set.float_gauge(
        "fleet_last_audit_duration_seconds",
        "How long the last fleet audit took",
        &none,
        r.elapsed,
    );
    set.gauge(
        "fleet_last_audit_bytes_fetched",
        "Bytes the last fleet audit fetched",
        &none,
        t.bytes,
    );
    set.gauge(
        "fleet_last_audit_requests",
        "Requests the last fleet audit made",
        &none,
        t.requests,
    );
}
