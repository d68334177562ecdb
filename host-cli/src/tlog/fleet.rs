//! `capfuse log fleet`: the incremental audit of every card of a fleet file,
//! a few at a time, with each card's figures and the fleet's totals
//! (docs/transparency-log.md, "Auditing a fleet"). One card failing does not
//! stop the others; the exit code is 1 if any failed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ed25519_dalek::VerifyingKey;
use serde_json::{json, Value};

use super::audit::{self, Pins, Source, Witnesses};
use super::incremental::{self, OriginLocks};
use super::state::{self, Accounting};
use super::{b64, failed, witness::Witness};
use crate::authority::files;
use crate::error::{CliError, Result};
use crate::ledger::parse_hex32;
use crate::output::{self, schema};
use crate::Ctx;

/// Largest fleet file read.
const MAX_FLEET_BYTES: u64 = 4 << 20;

/// `capfuse log fleet`.
#[derive(clap::Args)]
pub struct FleetArgs {
    /// The fleet file: one card per line, `URL DEVICE_KEY_HEX [LOG_KEY_PUB_FILE]`.
    pub fleet: PathBuf,
    /// The state directory: per origin, the last verified checkpoint, the
    /// tree's edge and the accounting; locked while the run uses it.
    #[arg(long, value_name = "DIR")]
    pub state: PathBuf,
    /// The log public key of the cards whose line names none.
    #[arg(long, value_name = "FILE")]
    pub log_key: Option<PathBuf>,
    /// Also require every report's authority key-set digest (64 hex digits).
    #[arg(long, value_name = "HEX")]
    pub authority_digest: Option<String>,
    /// A witness trusted to cosign checkpoints: its name and public key
    /// file (repeatable).
    #[arg(long, value_name = "NAME=PUBFILE")]
    pub witness: Vec<String>,
    /// Cosignatures of trusted witnesses every checkpoint must carry.
    #[arg(long, value_name = "K", default_value_t = 0)]
    pub min_witnesses: usize,
    /// Longest wait for a server to connect or answer one request (1 to 600 s).
    #[arg(long, value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
    /// Cards audited at once (1 to 64).
    #[arg(long, value_name = "N", default_value_t = 8,
          value_parser = clap::value_parser!(u64).range(1..=64))]
    pub jobs: u64,
    /// Check every entry bundle and tile again, not only the new ones.
    #[arg(long)]
    pub full: bool,
    /// Longest wait, in seconds, while another audit uses the state directory.
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub lock_timeout: u64,
}

/// One card of a fleet file.
pub struct Card {
    /// Its line in the fleet file.
    pub line: usize,
    /// The log's URL (or directory, resolved against the fleet file's).
    pub url: String,
    /// The pinned device key.
    pub device_key: [u8; 32],
    /// The log's public key.
    pub log_key: VerifyingKey,
}

/// Reads a fleet file; a malformed line is a usage error naming file:line.
pub fn parse_fleet(path: &Path, default_log_key: Option<&Path>) -> Result<Vec<Card>> {
    let bytes = crate::files::read_regular(path, MAX_FLEET_BYTES)
        .map_err(|e| CliError::usage(format!("{}: {e}", path.display())))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| CliError::usage(format!("{}: not UTF-8 text", path.display())))?;
    let base = path.parent().unwrap_or(Path::new("."));
    let resolve = |p: &str| -> PathBuf {
        let p = Path::new(p);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            base.join(p)
        }
    };
    let format_hint = "each line is `URL DEVICE_KEY_HEX [LOG_KEY_PUB_FILE]`; `#` starts a comment";
    let mut cards: Vec<Card> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let at = |why: String| {
            CliError::usage(format!("{}:{line}: {why}", path.display())).hint(format_hint)
        };
        let content = raw.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        let fields: Vec<&str> = content.split_whitespace().collect();
        if !(2..=3).contains(&fields.len()) {
            return Err(at(format!(
                "{} fields, expected 2 or 3: `URL DEVICE_KEY_HEX [LOG_KEY_PUB_FILE]`",
                fields.len()
            )));
        }
        let url = if fields[0].starts_with("http://") || fields[0].starts_with("https://") {
            fields[0].to_string()
        } else {
            resolve(fields[0]).display().to_string()
        };
        if url.starts_with("https://") {
            return Err(at(format!(
                "{url}: this capfuse fetches logs over plain http:// only (no TLS stack)"
            )));
        }
        let device_key = parse_hex32(fields[1]).map_err(|e| at(format!("the device key: {e}")))?;
        let key_file = match (fields.get(2), default_log_key) {
            (Some(f), _) => resolve(f),
            (None, Some(d)) => d.to_path_buf(),
            (None, None) => {
                return Err(at(
                    "no log key file on the line and no --log-key for such lines".into(),
                ))
            }
        };
        let log_key = files::read_public_key(&key_file).map_err(|e| at(e.message))?;
        if let Some(c) = cards.iter().find(|c| c.url == url) {
            return Err(at(format!("{url} is already the card of line {}", c.line)));
        }
        cards.push(Card {
            line,
            url,
            device_key,
            log_key,
        });
    }
    if cards.is_empty() {
        return Err(
            CliError::usage(format!("{}: lists no cards", path.display())).hint(format_hint),
        );
    }
    Ok(cards)
}

/// How a fleet is audited.
pub struct Settings {
    /// The state directory.
    pub state: PathBuf,
    /// The authority key-set digest every report must carry, if any.
    pub authority_digest: Option<[u8; 32]>,
    /// Trusted witnesses.
    pub witnesses: Vec<Witness>,
    /// Cosignatures required.
    pub min_witnesses: usize,
    /// HTTP timeout per request.
    pub timeout: Duration,
    /// Cards audited at once.
    pub jobs: usize,
    /// Check everything again.
    pub full: bool,
    /// Longest wait for the state directory's lock.
    pub lock_timeout: Duration,
}

/// One card's audit.
pub struct CardResult {
    /// Its line in the fleet file.
    pub line: usize,
    /// Its URL.
    pub url: String,
    /// Its origin, once its checkpoint verified.
    pub origin: Option<String>,
    /// None if it passed, else the error.
    pub error: Option<CliError>,
    /// The checkpoint's size and root (passing cards).
    pub checkpoint: Option<(u64, String)>,
    /// The size seen before (passing cards).
    pub previous_size: Option<u64>,
    /// Entries whose bundles and signatures were checked.
    pub entries_checked: u64,
    /// Its figures (see `incremental::Failure` for a failed card's).
    pub accounting: Accounting,
    /// Bytes of files fetched.
    pub bytes: u64,
    /// Requests made.
    pub requests: u64,
    /// Seconds its audit took.
    pub elapsed: f64,
}

impl CardResult {
    /// Entries that are new since the state's checkpoint.
    pub fn new_entries(&self) -> u64 {
        match self.checkpoint {
            Some((size, _)) => size - self.previous_size.unwrap_or(0),
            None => 0,
        }
    }

    /// The label of the card (its origin, else its URL).
    pub fn name(&self) -> &str {
        self.origin.as_deref().unwrap_or(&self.url)
    }
}

/// A fleet's audit.
pub struct FleetResult {
    /// Each card, in fleet file order.
    pub cards: Vec<CardResult>,
    /// Seconds the whole run took.
    pub elapsed: f64,
}

impl FleetResult {
    /// Cards that failed.
    pub fn failed(&self) -> usize {
        self.cards.iter().filter(|c| c.error.is_some()).count()
    }
}

fn audit_card(card: &Card, s: &Settings, agent: &ureq::Agent, origins: &OriginLocks) -> CardResult {
    let start = Instant::now();
    let pins = Pins {
        device_key: card.device_key,
        authority_digest: s.authority_digest,
    };
    let witnesses = Witnesses {
        trusted: &s.witnesses,
        min: s.min_witnesses,
    };
    let req = incremental::Request {
        log_key: &card.log_key,
        pins: &pins,
        witnesses: &witnesses,
        state: Some(&s.state),
        full: s.full,
        origins,
    };
    let mut r = CardResult {
        line: card.line,
        url: card.url.clone(),
        origin: None,
        error: None,
        checkpoint: None,
        previous_size: None,
        entries_checked: 0,
        accounting: Accounting::default(),
        bytes: 0,
        requests: 0,
        elapsed: 0.0,
    };
    let src = match Source::with_agent(&card.url, || agent.clone()) {
        Ok(src) => src,
        Err(e) => {
            r.error = Some(e);
            return r;
        }
    };
    match incremental::audit(&src, &req) {
        Ok(a) => {
            r.origin = Some(a.origin);
            r.checkpoint = Some((a.size, b64(&a.root)));
            r.previous_size = a.previous_size;
            r.entries_checked = a.entries_checked;
            r.accounting = a.accounting;
        }
        Err(f) => {
            r.origin = f.origin;
            r.error = Some(f.error);
            r.accounting = f.accounting.map(|a| *a).unwrap_or_default();
        }
    }
    r.bytes = src.bytes();
    r.requests = src.requests();
    r.elapsed = start.elapsed().as_secs_f64();
    r
}

/// Audits every card, `s.jobs` at a time, holding the state directory's lock.
pub fn audit_fleet(cards: &[Card], s: &Settings) -> Result<FleetResult> {
    let start = Instant::now();
    let _lock = state::lock(&s.state, s.lock_timeout)?;
    let agent = audit::agent(s.timeout);
    let origins = OriginLocks::default();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<CardResult>>> =
        Mutex::new((0..cards.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..s.jobs.clamp(1, cards.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(card) = cards.get(i) else { break };
                let r = audit_card(card, s, &agent, &origins);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
            });
        }
    });
    let cards = results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .flatten()
        .collect();
    Ok(FleetResult {
        cards,
        elapsed: start.elapsed().as_secs_f64(),
    })
}

/// The sums over the fleet's cards.
#[derive(Default)]
pub struct Totals {
    /// Entries.
    pub entries: u64,
    /// New entries.
    pub new_entries: u64,
    /// Admitted work.
    pub admitted_work: u128,
    /// Boots.
    pub boots: u64,
    /// Trips.
    pub trips: u64,
    /// Grants applied.
    pub grants_applied: u64,
    /// Reports missing.
    pub reports_missing: u64,
    /// Reports out of order.
    pub reports_out_of_order: u64,
    /// Bytes fetched.
    pub bytes: u64,
    /// HTTP requests (or files read).
    pub requests: u64,
}

impl Totals {
    /// The sums over `cards`.
    pub fn of(cards: &[CardResult]) -> Totals {
        let mut t = Totals::default();
        for c in cards {
            let a = &c.accounting;
            t.entries += a.entries;
            t.new_entries += c.new_entries();
            t.admitted_work = t.admitted_work.saturating_add(a.admitted_work());
            t.boots += a.boots;
            t.trips += a.trips;
            t.grants_applied += a.grants_applied;
            t.reports_missing += a.reports_missing;
            t.reports_out_of_order += a.reports_out_of_order;
            t.bytes += c.bytes;
            t.requests += c.requests;
        }
        t
    }
}

fn card_json(c: &CardResult) -> Value {
    let a = &c.accounting;
    json!({
        "line": c.line,
        "url": c.url,
        "origin": c.origin,
        "ok": c.error.is_none(),
        "error": c.error.as_ref().map(|e| e.message.clone()),
        "hint": c.error.as_ref().and_then(|e| e.hint.clone()),
        "size": c.checkpoint.as_ref().map(|x| x.0),
        "root": c.checkpoint.as_ref().map(|x| x.1.clone()),
        "previous_size": c.previous_size,
        "entries": a.entries,
        "new_entries": c.new_entries(),
        "entries_checked": c.entries_checked,
        "boots": a.boots,
        "admitted_work": a.admitted_work().to_string(),
        "trips": a.trips,
        "grants_applied": a.grants_applied,
        "reports_missing": a.reports_missing,
        "reports_out_of_order": a.reports_out_of_order,
        "bytes_fetched": c.bytes,
        "requests": c.requests,
        "elapsed_seconds": c.elapsed,
    })
}

/// The `capfuse.log-fleet/1` object (without its schema tag).
pub fn to_json(fleet: &Path, r: &FleetResult) -> Value {
    let t = Totals::of(&r.cards);
    json!({
        "fleet": fleet.display().to_string(),
        "cards": r.cards.iter().map(card_json).collect::<Vec<_>>(),
        "cards_total": r.cards.len(),
        "cards_ok": r.cards.len() - r.failed(),
        "cards_failed": r.failed(),
        "entries": t.entries,
        "new_entries": t.new_entries,
        "boots": t.boots,
        "admitted_work": t.admitted_work.to_string(),
        "trips": t.trips,
        "grants_applied": t.grants_applied,
        "reports_missing": t.reports_missing,
        "reports_out_of_order": t.reports_out_of_order,
        "bytes_fetched": t.bytes,
        "requests": t.requests,
        "elapsed_seconds": r.elapsed,
    })
}

fn print_text(r: &FleetResult) {
    let row = |name: &str, status: &str, a: [String; 9]| {
        println!(
            "{name:<32} {status:<6} {:>8} {:>6} {:>30} {:>6} {:>6} {:>7} {:>5} {:>10} {:>5}",
            a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]
        );
    };
    row(
        "CARD",
        "AUDIT",
        [
            "ENTRIES",
            "NEW",
            "ADMITTED WORK",
            "TRIPS",
            "GRANTS",
            "MISSING",
            "OOO",
            "BYTES",
            "REQS",
        ]
        .map(String::from),
    );
    for c in &r.cards {
        let a = &c.accounting;
        row(
            c.name(),
            if c.error.is_none() { "ok" } else { "FAILED" },
            [
                a.entries.to_string(),
                c.new_entries().to_string(),
                a.admitted_work().to_string(),
                a.trips.to_string(),
                a.grants_applied.to_string(),
                a.reports_missing.to_string(),
                a.reports_out_of_order.to_string(),
                c.bytes.to_string(),
                c.requests.to_string(),
            ],
        );
    }
    let t = Totals::of(&r.cards);
    let failed = r.failed();
    row(
        &format!("fleet: {} cards", r.cards.len()),
        if failed == 0 { "ok" } else { "FAILED" },
        [
            t.entries.to_string(),
            t.new_entries.to_string(),
            t.admitted_work.to_string(),
            t.trips.to_string(),
            t.grants_applied.to_string(),
            t.reports_missing.to_string(),
            t.reports_out_of_order.to_string(),
            t.bytes.to_string(),
            t.requests.to_string(),
        ],
    );
    println!("{:.3} s", r.elapsed);
    for c in r.cards.iter().filter(|c| c.error.is_some()) {
        let e = c.error.as_ref().expect("filtered");
        println!(
            "card {} (line {}, {}): {}",
            c.name(),
            c.line,
            c.url,
            e.message
        );
        if let Some(h) = &e.hint {
            println!("  hint: {h}");
        }
    }
}

/// The authority key-set digest and the trusted witnesses of the options
/// spelled `--{prefix}authority-digest`, `--{prefix}witness` and
/// `--{prefix}min-witnesses`.
pub fn trust(
    prefix: &str,
    authority_digest: Option<&str>,
    witness: &[String],
    min_witnesses: usize,
) -> Result<(Option<[u8; 32]>, Vec<Witness>)> {
    let witnesses = crate::cmd::log::parse_witnesses(prefix, witness, min_witnesses)?;
    let authority_digest = authority_digest
        .map(|d| {
            parse_hex32(d).map_err(|e| CliError::usage(format!("--{prefix}authority-digest: {e}")))
        })
        .transpose()?;
    Ok((authority_digest, witnesses))
}

/// Settings from the command line.
pub fn settings(a: &FleetArgs) -> Result<Settings> {
    let (authority_digest, witnesses) = trust(
        "",
        a.authority_digest.as_deref(),
        &a.witness,
        a.min_witnesses,
    )?;
    Ok(Settings {
        state: a.state.clone(),
        authority_digest,
        witnesses,
        min_witnesses: a.min_witnesses,
        timeout: Duration::from_secs(a.timeout),
        jobs: a.jobs as usize,
        full: a.full,
        lock_timeout: Duration::from_secs(a.lock_timeout),
    })
}

/// Runs `log fleet`.
pub fn run(ctx: &Ctx, a: FleetArgs) -> Result<()> {
    let s = settings(&a)?;
    let cards = parse_fleet(&a.fleet, a.log_key.as_deref())?;
    let r = audit_fleet(&cards, &s)?;
    if ctx.json {
        output::print(schema::LOG_FLEET, to_json(&a.fleet, &r));
    } else {
        print_text(&r);
    }
    match r.failed() {
        0 => Ok(()),
        n => Err(failed(format!(
            "{n} of {} cards failed the audit (see each card's error above); their state is unchanged",
            r.cards.len()
        ))
        .hint("a card that fails keeps failing until its log is what was verified before; keep the state directory as evidence")),
    }
}
