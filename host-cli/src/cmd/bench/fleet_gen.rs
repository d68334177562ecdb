//! The generated fleet of `capfuse bench --fleet-only`: per card a fresh
//! device key and reports shaped like a real card's (sequence numbers per
//! boot, growing cumulative work, now and then a trip lifted by a grant,
//! now and then a reload), signed with the device key, appended to the
//! card's own ledger (the ledger's append: every report verified and
//! ordered) and published with `tlog::publish` under one log key, one
//! origin per card. Cards are built on every core.
//!
//! Layout under the fleet directory: `ledgers/<card>.ledger`,
//! `www/<card>/` (the served logs), `log.secret` and `log.pub`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use capfuse_abi::formats::{Limits, Report, SIGNED_REPORT_LEN};
use capfuse_abi::status;
use ed25519_dalek::SigningKey;
use rand::Rng;

use crate::authority::{self, files};
use crate::cmd::ledger::cli_error;
use crate::error::{CliError, Result};
use crate::ledger::{record_offset, sign_report, Ledger, HEADER_LEN};
use crate::tlog::{failed, publish};

/// Work a card admits per report, on average (the cap is budgeted so that a
/// trip comes about every [`REPORTS_PER_TRIP`] reports).
const WORK_PER_REPORT: u128 = 1 << 30;
/// Reports between trips, about.
const REPORTS_PER_TRIP: u128 = 250;
/// One reload (a new boot epoch) per this many reports, on average.
const REPORTS_PER_BOOT: u32 = 400;
/// The authority key-set digest every card of the fleet carries.
const FLEET_AUTHORITY_DIGEST: [u8; 32] = [0xa7; 32];

/// A card of the fleet.
pub struct Card {
    /// Its name: the directory of its log and the tail of its origin.
    pub name: String,
    /// Its device key.
    pub key: SigningKey,
}

/// A generated fleet on disk.
pub struct Fleet {
    /// The fleet directory.
    pub dir: PathBuf,
    /// The log key every card's checkpoint is signed with.
    pub log_key: SigningKey,
    /// The cards.
    pub cards: Vec<Card>,
}

/// Time spent building cards: wall time, and the threads' time per step.
#[derive(Default)]
pub struct Built {
    /// Wall time of the whole step.
    pub wall: Duration,
    /// Signatures made.
    pub signatures: u64,
    /// Thread time signing reports.
    pub sign: Duration,
    /// Thread time in the ledgers (open and verify, append and verify, fsync).
    pub ledger: Duration,
    /// Thread time publishing the logs (tree, tiles, bundles, checkpoint).
    pub publish: Duration,
}

impl Fleet {
    /// The directory the web server serves: one log directory per card.
    pub fn www(&self) -> PathBuf {
        self.dir.join("www")
    }

    /// The log key's public key file.
    pub fn log_pub(&self) -> PathBuf {
        self.dir.join("log.pub")
    }

    fn ledger(&self, card: &Card) -> PathBuf {
        self.dir
            .join("ledgers")
            .join(format!("{}.ledger", card.name))
    }

    /// The origin of a card's log.
    pub fn origin(card: &Card) -> String {
        format!("bench.capfuse.example/fleet/{}", card.name)
    }

    /// The fleet file of `capfuse log fleet`: one card per line, its log's
    /// URL under `base` and its device key in hex.
    pub fn fleet_file(&self, base: &str) -> String {
        self.cards
            .iter()
            .map(|c| {
                format!(
                    "{base}/{} {}\n",
                    c.name,
                    crate::ledger::hex(c.key.verifying_key().as_bytes())
                )
            })
            .collect()
    }

    /// Creates the fleet in `dir` (which must not hold one): `cards` cards
    /// of `reports` reports each, on `threads` threads.
    pub fn generate(
        dir: &Path,
        cards: usize,
        reports: usize,
        threads: usize,
    ) -> Result<(Fleet, Built)> {
        std::fs::create_dir_all(dir.join("ledgers")).map_err(|e| {
            failed(format!(
                "{}: creating the fleet directory: {e}",
                dir.display()
            ))
        })?;
        let log_key = SigningKey::generate(&mut rand::rngs::OsRng);
        files::write_new(
            &dir.join("log.secret"),
            authority::secret_key_text(&log_key).as_bytes(),
            0o600,
        )?;
        files::write_new(
            &dir.join("log.pub"),
            authority::public_key_text(&log_key.verifying_key()).as_bytes(),
            0o644,
        )?;
        let width = cards.to_string().len().max(4);
        let fleet = Fleet {
            dir: dir.to_path_buf(),
            log_key,
            cards: (0..cards)
                .map(|i| Card {
                    name: format!("card-{i:0width$}"),
                    key: SigningKey::generate(&mut rand::rngs::OsRng),
                })
                .collect(),
        };
        let built = fleet.each_card(threads, |card, t| fleet.create_card(card, reports, t))?;
        Ok((fleet, built))
    }

    /// Appends `reports` reports to every card's ledger and republishes
    /// every log, on `threads` threads.
    pub fn append(&self, reports: usize, threads: usize) -> Result<Built> {
        self.each_card(threads, |card, t| self.extend_card(card, reports, t))
    }

    /// Runs `build` for every card on `threads` threads (the first error
    /// stops them all) and adds up their times.
    fn each_card(
        &self,
        threads: usize,
        build: impl Fn(&Card, &Timer) -> Result<()> + Sync,
    ) -> Result<Built> {
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let error: Mutex<Option<CliError>> = Mutex::new(None);
        let timer = Timer::default();
        let t0 = Instant::now();
        std::thread::scope(|s| {
            for _ in 0..threads.max(1) {
                s.spawn(|| {
                    while !stop.load(Ordering::Relaxed) {
                        let Some(card) = self.cards.get(next.fetch_add(1, Ordering::Relaxed))
                        else {
                            break;
                        };
                        if let Err(e) = build(card, &timer) {
                            stop.store(true, Ordering::Relaxed);
                            error
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .get_or_insert(e);
                        }
                    }
                });
            }
        });
        if let Some(e) = error.into_inner().unwrap_or_else(|p| p.into_inner()) {
            return Err(e);
        }
        Ok(timer.built(t0.elapsed()))
    }

    fn create_card(&self, card: &Card, reports: usize, t: &Timer) -> Result<()> {
        let signed = t.sign(|| sign_reports(card, None, reports));
        let path = self.ledger(card);
        t.ledger(|| {
            let mut ledger = Ledger::create(&path).map_err(cli_error)?;
            ledger
                .append_all(&signed, card.key.verifying_key().as_bytes())
                .map_err(cli_error)
        })?;
        t.publish(|| {
            publish::publish(
                &signed,
                &self.www().join(&card.name),
                &self.log_key,
                &Fleet::origin(card),
            )
        })?;
        Ok(())
    }

    fn extend_card(&self, card: &Card, reports: usize, t: &Timer) -> Result<()> {
        let path = self.ledger(card);
        let pinned = card.key.verifying_key().to_bytes();
        // Opening verifies the whole ledger and holds its lock until the
        // new reports are in, as `attest --ledger` does.
        let (mut ledger, all) = t.ledger(|| {
            let (ledger, _torn) = Ledger::open(&path).map_err(cli_error)?;
            let all = records(&path, ledger.summary().records)?;
            Ok::<_, CliError>((ledger, all))
        })?;
        let last = all
            .last()
            .map(|s| Report::from_bytes(&s[..capfuse_abi::formats::REPORT_LEN]))
            .transpose()
            .map_err(|e| failed(format!("{}: last report: {e}", path.display())))?;
        let new = t.sign(|| sign_reports(card, last, reports));
        t.ledger(|| ledger.append_all(&new, &pinned).map_err(cli_error))?;
        drop(ledger);
        let all: Vec<_> = all.into_iter().chain(new).collect();
        t.publish(|| {
            publish::publish(
                &all,
                &self.www().join(&card.name),
                &self.log_key,
                &Fleet::origin(card),
            )
        })?;
        Ok(())
    }
}

/// The first `n` signed reports of a ledger that was just verified.
fn records(path: &Path, n: u64) -> Result<Vec<[u8; SIGNED_REPORT_LEN]>> {
    let bytes = std::fs::read(path).map_err(|e| failed(format!("{}: {e}", path.display())))?;
    (0..n)
        .map(|i| {
            let at = record_offset(i) as usize + 4;
            bytes
                .get(at..at + SIGNED_REPORT_LEN)
                .and_then(|s| s.try_into().ok())
                .ok_or_else(|| failed(format!("{}: record {i} is cut short", path.display())))
        })
        .collect::<Result<Vec<_>>>()
        .inspect(|_| debug_assert!(bytes.len() >= HEADER_LEN))
}

/// `n` reports of `card` following `last` (its first reports if None), signed.
fn sign_reports(card: &Card, last: Option<Report>, n: usize) -> Vec<[u8; SIGNED_REPORT_LEN]> {
    let mut rng = rand::thread_rng();
    let mut r = last.unwrap_or_else(|| first_report(card.key.verifying_key().to_bytes()));
    (0..n)
        .map(|_| {
            r = next_report(&r, &mut rng);
            sign_report(&card.key, &r)
        })
        .collect()
}

/// The state before a card's first report: boot 1, nothing done, the
/// fleet's limits.
fn first_report(device_key: [u8; 32]) -> Report {
    Report {
        device_key,
        boot_epoch: 1,
        device_epoch: 1_000,
        limits: Limits {
            cum_budget: WORK_PER_REPORT * REPORTS_PER_TRIP,
            window_budget: 1 << 24,
            window_len: 1 << 20,
            baseline_ratio: 256,
            trip_ratio: 16,
            report_threshold: WORK_PER_REPORT * 16,
        },
        license_expiry: 1 << 40,
        authority_digest: FLEET_AUTHORITY_DIGEST,
        status: status::ENABLED,
        ..Report::default()
    }
}

/// The report a card makes after `prev`: the next sequence number (or a
/// reload: the next boot epoch, counters and grant sequence from zero, the power-up limits), time and work moving
/// on, a trip when the work reaches the budget, and a grant that raises the
/// budget and clears the trip a few reports later. Three reports in four
/// answer a host's nonce; the fourth is a threshold report (zero nonce).
fn next_report(prev: &Report, rng: &mut impl Rng) -> Report {
    let mut r = prev.clone();
    r.device_epoch += rng.gen_range(1..=3);
    if r.seq > 0 && rng.gen_ratio(1, REPORTS_PER_BOOT) {
        // The bitstream reloads: counters from zero, the power-up limits.
        r.boot_epoch += 1;
        r.limits = first_report(r.device_key).limits;
        r.last_grant_seq = 0;
        r.seq = 0;
        r.cycle = 0;
        r.cum_work = 0;
        r.trip_reasons = 0;
        r.trip_cycles = [0; 4];
        r.status = status::ENABLED;
    }
    r.seq += 1;
    r.cycle += rng.gen_range(50_000_000..150_000_000);
    r.window_work = rng.gen_range(0..r.limits.window_budget);
    let tripped = r.trip_reasons != 0;
    if tripped && rng.gen_ratio(1, 4) {
        r.last_grant_seq += 1;
        r.limits.cum_budget += WORK_PER_REPORT * REPORTS_PER_TRIP;
        r.trip_reasons = 0;
        r.trip_cycles = [0; 4];
        r.status = status::ENABLED;
    } else if !tripped {
        let work = u128::from(rng.gen_range(0..2 * WORK_PER_REPORT as u64));
        r.cum_work = (r.cum_work + work).min(r.limits.cum_budget);
        if r.cum_work == r.limits.cum_budget {
            r.trip_reasons = 1;
            r.trip_cycles[0] = r.cycle;
            r.status = status::TRIPPED | status::THROTTLED;
        }
    }
    r.nonce = if r.seq.is_multiple_of(4) {
        [0; 32]
    } else {
        rng.gen()
    };
    r
}

/// The threads' time per step, in nanoseconds.
#[derive(Default)]
struct Timer {
    signatures: AtomicU64,
    sign: AtomicU64,
    ledger: AtomicU64,
    publish: AtomicU64,
}

impl Timer {
    fn time<T>(counter: &AtomicU64, f: impl FnOnce() -> T) -> T {
        let t = Instant::now();
        let out = f();
        counter.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        out
    }
    fn sign(
        &self,
        f: impl FnOnce() -> Vec<[u8; SIGNED_REPORT_LEN]>,
    ) -> Vec<[u8; SIGNED_REPORT_LEN]> {
        let out = Self::time(&self.sign, f);
        self.signatures
            .fetch_add(out.len() as u64, Ordering::Relaxed);
        out
    }
    fn ledger<T>(&self, f: impl FnOnce() -> T) -> T {
        Self::time(&self.ledger, f)
    }
    fn publish<T>(&self, f: impl FnOnce() -> T) -> T {
        Self::time(&self.publish, f)
    }
    fn built(self, wall: Duration) -> Built {
        let d = |a: AtomicU64| Duration::from_nanos(a.into_inner());
        Built {
            wall,
            signatures: self.signatures.into_inner(),
            sign: d(self.sign),
            ledger: d(self.ledger),
            publish: d(self.publish),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Position;

    #[test]
    fn reports_move_on_like_a_cards() {
        let mut rng = rand::thread_rng();
        let mut r = first_report([1; 32]);
        let (mut trips, mut grants, mut boots) = (0, 0, 0);
        for _ in 0..20_000 {
            let n = next_report(&r, &mut rng);
            let (a, b) = (
                Position {
                    boot_epoch: r.boot_epoch,
                    seq: r.seq,
                },
                Position {
                    boot_epoch: n.boot_epoch,
                    seq: n.seq,
                },
            );
            assert!(b > a);
            assert!(n.cum_work <= n.limits.cum_budget);
            if n.boot_epoch == r.boot_epoch {
                assert!(n.cum_work >= r.cum_work && n.cycle > r.cycle);
            } else {
                boots += 1;
            }
            trips += usize::from(n.trip_reasons != 0 && r.trip_reasons == 0);
            grants += usize::from(n.last_grant_seq > r.last_grant_seq);
            r = n;
        }
        assert!(
            trips > 10 && grants > 10 && boots > 10,
            "{trips} {grants} {boots}"
        );
    }
}
