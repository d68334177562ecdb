//! One thread per card, so that a scrape waits for each card at most its
//! timeout: a card that does not answer in time (or whose thread is still
//! stuck in an earlier scrape) shows `capfuse_up 0`, and the HTTP request
//! is answered anyway.
//!
//! Each reading opens the card, reads it and closes it again, so the
//! exporter never holds a VFIO group or a serial port between scrapes
//! (`capfuse kill` from another process can always open the card).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::Duration;

use capfuse_driver::{Bar, Fuse, Status};

use crate::card::StatusView;
use crate::device::Device;
use crate::error::CliError;
use crate::metric_set::{device_key_prefix, CardIdentity};

/// What one reading of a card gave.
pub struct CardReading {
    /// The card's labels.
    pub identity: CardIdentity,
    /// Everything it reports.
    pub status: Status,
}

/// Why a card has no reading this scrape: what went wrong and what to do.
pub type Failure = String;

/// Bus operations the exporter issued to one card, since it started.
#[derive(Debug, Default)]
pub struct BusCounts {
    /// 32-bit register reads.
    pub reads: AtomicU64,
    /// Writes of the `SNAPSHOT` command register.
    pub snapshot_writes: AtomicU64,
    /// Writes of any other register (never expected: a scrape writes only
    /// the SNAPSHOT command).
    pub other_writes: AtomicU64,
    /// Readings attempted.
    pub readings: AtomicU64,
}

/// The driver's seam, counting every operation that goes through it.
struct CountingBar<B> {
    inner: B,
    counts: Arc<BusCounts>,
}

impl<B: Bar> CountingBar<B> {
    fn count_write(&self, offset: u16) {
        let counter = if offset == capfuse_abi::reg::SNAPSHOT {
            &self.counts.snapshot_writes
        } else {
            &self.counts.other_writes
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

impl<B: Bar> Bar for CountingBar<B> {
    fn read32(&mut self, offset: u16) -> capfuse_driver::Result<u32> {
        self.counts.reads.fetch_add(1, Ordering::Relaxed);
        self.inner.read32(offset)
    }
    fn write32(&mut self, offset: u16, value: u32) -> capfuse_driver::Result<()> {
        self.count_write(offset);
        self.inner.write32(offset, value)
    }
    fn read_batch(&mut self, offsets: &[u16], values: &mut [u32]) -> capfuse_driver::Result<()> {
        self.counts
            .reads
            .fetch_add(offsets.len() as u64, Ordering::Relaxed);
        self.inner.read_batch(offsets, values)
    }
    fn write_batch(&mut self, writes: &[(u16, u32)]) -> capfuse_driver::Result<()> {
        for &(offset, _) in writes {
            self.count_write(offset);
        }
        self.inner.write_batch(writes)
    }
    fn describe(&self) -> String {
        self.inner.describe()
    }
}

/// Reads one card through `bar`: `ID` (in [`Fuse::open`]), one `SNAPSHOT`
/// write and the status registers ([`Fuse::status`]), then `CRYPTO_STATUS`
/// and the device key words. Nothing else is written.
pub fn read_card<B: Bar>(bar: B, device: &str) -> Result<CardReading, CliError> {
    let mut fuse = Fuse::open(bar)?;
    let status = fuse.status()?;
    let identity = CardIdentity {
        device: device.to_string(),
        device_key: device_key_prefix(&mut fuse)?,
        abi_version: status.abi_version(),
    };
    Ok(CardReading { identity, status })
}

fn describe_failure(e: &CliError) -> Failure {
    match &e.hint {
        Some(h) => format!("{} (hint: {h})", e.message),
        None => e.message.clone(),
    }
}

/// A card's reading thread and its counters.
pub struct CardPoller {
    /// The card.
    pub device: Device,
    /// What the exporter issued on its bus.
    pub counts: Arc<BusCounts>,
    busy: Arc<AtomicBool>,
    requests: Sender<Sender<Result<CardReading, Failure>>>,
}

impl CardPoller {
    /// Starts the thread for `device` (it opens nothing until asked).
    pub fn start(device: Device) -> std::io::Result<CardPoller> {
        let counts = Arc::new(BusCounts::default());
        let busy = Arc::new(AtomicBool::new(false));
        let (requests, rx) = mpsc::channel::<Sender<Result<CardReading, Failure>>>();
        let (d, c, b) = (device.clone(), counts.clone(), busy.clone());
        std::thread::Builder::new()
            .name(format!("card {device}"))
            .spawn(move || serve_readings(&d, &c, &b, &rx))?;
        Ok(CardPoller {
            device,
            counts,
            busy,
            requests,
        })
    }

    /// Asks for a reading; `Err` at once if the thread is still busy with
    /// an earlier one (a card stuck longer than a scrape's timeout).
    pub fn ask(&self) -> Result<Receiver<Result<CardReading, Failure>>, Failure> {
        if self.busy.swap(true, Ordering::AcqRel) {
            return Err(format!(
                "{}: still busy with an earlier reading that did not finish in time; \
                 the card or its transport is stuck",
                self.device
            ));
        }
        let (tx, rx) = mpsc::channel();
        if self.requests.send(tx).is_err() {
            return Err(format!("{}: its reading thread has ended", self.device));
        }
        Ok(rx)
    }

    /// Waits for the answer to [`CardPoller::ask`] at most `timeout`.
    pub fn answer(
        &self,
        rx: &Receiver<Result<CardReading, Failure>>,
        timeout: Duration,
    ) -> Result<CardReading, Failure> {
        match rx.recv_timeout(timeout) {
            Ok(r) => r,
            Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
                "{}: no answer within {} ms (the per-card timeout, --card-timeout-ms)",
                self.device,
                timeout.as_millis()
            )),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err(format!("{}: its reading thread has ended", self.device))
            }
        }
    }
}

/// The thread's loop: one reading per request, the card opened and closed
/// each time.
fn serve_readings(
    device: &Device,
    counts: &Arc<BusCounts>,
    busy: &AtomicBool,
    requests: &Receiver<Sender<Result<CardReading, Failure>>>,
) {
    let name = device.to_string();
    while let Ok(reply) = requests.recv() {
        counts.readings.fetch_add(1, Ordering::Relaxed);
        let result = device
            .open_existing()
            .and_then(|bar| {
                read_card(
                    CountingBar {
                        inner: bar,
                        counts: counts.clone(),
                    },
                    &name,
                )
            })
            .map_err(|e| {
                let mut f = describe_failure(&e);
                if !f.contains(&name) {
                    f = format!("{name}: {f}");
                }
                f
            });
        // Free before answering, so the scrape after this answer finds the
        // thread idle.
        busy.store(false, Ordering::Release);
        // The scrape may have given up waiting; then nobody listens.
        let _ = reply.send(result);
    }
}

#[cfg(all(test, feature = "sim"))]
mod tests {
    use super::*;
    use capfuse_sim::SimBar;

    /// Records every bus operation, independently of the exporter's own
    /// counting.
    struct Recorder<'a> {
        inner: SimBar,
        writes: &'a mut Vec<u16>,
        reads: &'a mut u32,
    }

    impl Bar for Recorder<'_> {
        fn read32(&mut self, offset: u16) -> capfuse_driver::Result<u32> {
            *self.reads += 1;
            self.inner.read32(offset)
        }
        fn write32(&mut self, offset: u16, value: u32) -> capfuse_driver::Result<()> {
            self.writes.push(offset);
            self.inner.write32(offset, value)
        }
        fn write_batch(&mut self, writes: &[(u16, u32)]) -> capfuse_driver::Result<()> {
            self.writes.extend(writes.iter().map(|w| w.0));
            self.inner.write_batch(writes)
        }
        fn describe(&self) -> String {
            self.inner.describe()
        }
    }

    #[test]
    fn a_reading_writes_only_the_snapshot_command_and_changes_no_limit() {
        let mut sim = SimBar::model();
        let before = Fuse::open(&mut sim).unwrap().status().unwrap();
        let (mut writes, mut reads) = (Vec::new(), 0);
        let reading = read_card(
            Recorder {
                inner: sim,
                writes: &mut writes,
                reads: &mut reads,
            },
            "sim",
        )
        .unwrap();
        assert_eq!(writes, vec![capfuse_abi::reg::SNAPSHOT], "{writes:x?}");
        assert!(reads > 20, "{reads} reads");
        let after = reading.status;
        assert_eq!(after.limits, before.limits);
        assert_eq!(after.refused_writes, before.refused_writes);
        assert_eq!(after.err_code, before.err_code);
        assert_eq!(reading.identity.device, "sim");
    }

    #[test]
    fn the_counting_bar_counts_what_goes_through_it() {
        let counts = Arc::new(BusCounts::default());
        let bar = CountingBar {
            inner: SimBar::model(),
            counts: counts.clone(),
        };
        read_card(bar, "sim").unwrap();
        assert_eq!(counts.snapshot_writes.load(Ordering::Relaxed), 1);
        assert_eq!(counts.other_writes.load(Ordering::Relaxed), 0);
        let mut bar = CountingBar {
            inner: SimBar::model(),
            counts: counts.clone(),
        };
        bar.write32(capfuse_abi::reg::KILL, 1).unwrap();
        assert_eq!(counts.other_writes.load(Ordering::Relaxed), 1);
    }
}
