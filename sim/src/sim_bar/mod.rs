//! The simulated card in process: the driver's [`Bar`] over an engine
//! driven through its AXI4-Lite port, with a running workload. The driver's
//! [`capfuse_driver::Fuse`] runs over it unchanged, so what the tests drive
//! is what ships: the daemon behind `--device sim`, the driver's tests and
//! the card tests (attest, grants, lockstep) all use this one host.
//!
//! Each register access runs the engine's clock until the bus answers, with
//! the workload (work units per cycle, or random work, and the kill pin)
//! applied on every cycle, so the card meters work while the host talks to
//! it, as a real one does. [`SimBar::advance`] lets time pass without bus
//! traffic; waiting for the interrupt lets at most [`POLL_CYCLES`] pass per
//! call, with random bus traffic if a test asked for it
//! ([`SimBar::set_busy_traffic`]).
//!
//! [`SimBar::new`] simulates the fuse core alone (registers below 0x800);
//! [`SimBar::card`] the whole card (fuse core, Ed25519 engine and the crypto
//! controller behind 0x800..0xFFF: attestation, the device key, grants);
//! [`SimBar::on`] borrows an engine a test built (a lockstep of several).
//! `host.rs` has what only tests need: raw access with the bus response,
//! the crypto window's waits, the settled registers.

mod host;
mod traffic;

use std::ops::DerefMut;
use std::time::{Duration, Instant};

use capfuse_abi::{resp, FuseParams};
use capfuse_driver::{Bar, Error, Result};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::bus::{AxiMaster, Completion};
use crate::card::{new_card_engine, CardParams};
use crate::engines::new_engine;
use crate::{Engine, EngineKind, PinsIn};

/// Most cycles one register access may take before the card counts as hung
/// (a write answers in 6).
const BUS_TIMEOUT_CYCLES: u64 = 1_000;

/// Most cycles one wait for the interrupt lets pass: the driver's waits
/// loop and re-read the card, so simulated time moves in steps this long
/// (how often a host polls `CRYPTO_STATUS` while the card is busy).
pub const POLL_CYCLES: u64 = 2_048;

/// A simulated capfuse card: an engine it owns (`SimBar`) or borrows
/// (`SimBar<&mut dyn Engine>`, from [`SimBar::on`]).
pub struct SimBar<E = Box<dyn Engine>> {
    engine: E,
    /// Set when the whole card is simulated.
    card: Option<CardParams>,
    bus: AxiMaster,
    /// Work and kill inputs applied every cycle; the bus fields are the
    /// master's.
    pins: PinsIn,
    /// Random work in 0..=max each cycle, when set.
    random_work: Option<(ChaCha8Rng, u16)>,
    /// Random bus traffic while waiting for the card, when set.
    busy_traffic: Option<ChaCha8Rng>,
    last_write_resp: Option<u8>,
    /// Cycles the last grant took.
    last_grant_cycles: u64,
    /// Rising edges of the interrupt output since last taken.
    irq_rises: u32,
}

impl<'e, E: DerefMut<Target = dyn Engine + 'e>> std::fmt::Debug for SimBar<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimBar")
            .field("kind", &self.engine.kind())
            .field("card", &self.card.is_some())
            .field("cycle", &self.bus.cycle())
            .field("work_per_cycle", &self.pins.work_units)
            .field("kill_pin", &self.pins.kill)
            .finish()
    }
}

impl SimBar {
    /// A card simulated by `kind` for a fuse generated with `params`, at
    /// power-up, with no workload.
    pub fn new(kind: EngineKind, params: FuseParams) -> Result<Self> {
        let engine = new_engine(kind, params).map_err(|e| Error::Simulator {
            reason: format!("{e:#}"),
        })?;
        Ok(SimBar::with_engine(engine, None))
    }

    /// The whole card (fuse core + Ed25519 engine + crypto controller)
    /// simulated by `kind`, at power-up, with no workload. The card derives
    /// its device key first (about 434k cycles) before it accepts commands.
    /// `EngineKind::Model` is the fast one (well under a second per attest);
    /// `Verilator` builds the emitted card once per key set (cached);
    /// `Rtl` steps rust-hdl at a few thousand cycles per second.
    pub fn card(kind: EngineKind, card: CardParams) -> Result<Self> {
        let engine = new_card_engine(kind, &card).map_err(|e| Error::Simulator {
            reason: format!("{e:#}"),
        })?;
        Ok(SimBar::with_engine(engine, Some(card)))
    }

    /// The behavioural model with the default parameters (the fastest card).
    pub fn model() -> Self {
        SimBar::with_engine(
            Box::new(crate::model::Model::new(FuseParams::DEFAULT)),
            None,
        )
    }
}

impl<'a> SimBar<&'a mut dyn Engine> {
    /// A host on an engine the caller built (a card engine, a lockstep of
    /// several), at its current state, with no workload. Its cycle count
    /// starts at 0 whatever the engine has run before.
    pub fn on(engine: &'a mut dyn Engine) -> Self {
        SimBar::with_engine(engine, None)
    }
}

impl<'e, E: DerefMut<Target = dyn Engine + 'e>> SimBar<E> {
    fn with_engine(engine: E, card: Option<CardParams>) -> Self {
        SimBar {
            engine,
            card,
            bus: AxiMaster::new(),
            pins: PinsIn::default(),
            random_work: None,
            busy_traffic: None,
            last_write_resp: None,
            last_grant_cycles: 0,
            irq_rises: 0,
        }
    }

    /// Which engine simulates the card.
    pub fn engine_kind(&self) -> EngineKind {
        self.engine.kind()
    }

    /// The engine.
    pub fn engine(&mut self) -> &mut (dyn Engine + 'e) {
        &mut *self.engine
    }

    /// The card's build (seed, boot epoch, authority keys) when it was
    /// made by [`SimBar::card`].
    pub fn card_params(&self) -> Option<&CardParams> {
        self.card.as_ref()
    }

    /// Sets the work units the accelerator reports every cycle from now on
    /// (ends random work).
    pub fn set_work_per_cycle(&mut self, work_units: u16) {
        self.random_work = None;
        self.pins.work_units = work_units;
    }

    /// Random work units, uniform in 0..=`max`, every cycle from now on.
    pub fn set_random_work(&mut self, seed: u64, max: u16) {
        self.random_work = Some((ChaCha8Rng::seed_from_u64(seed), max));
    }

    /// Work units reported in the current cycle.
    pub fn work_per_cycle(&self) -> u16 {
        self.pins.work_units
    }

    /// Drives the board's kill pin.
    pub fn set_kill_pin(&mut self, asserted: bool) {
        self.pins.kill = asserted;
    }

    /// While waiting for the card, make random bus traffic instead of
    /// idling (see `traffic.rs`: reads anywhere, writes that neither trip
    /// the fuse nor stop the accelerator; never commands, commits or the
    /// kill register, so the sequences the host runs mean what they did).
    pub fn set_busy_traffic(&mut self, seed: u64) {
        self.busy_traffic = Some(ChaCha8Rng::seed_from_u64(seed));
    }

    /// Cycles clocked by this host.
    pub fn cycle(&self) -> u64 {
        self.bus.cycle()
    }

    /// One clock cycle with the workload; counts the interrupt's rises.
    fn clock(&mut self) {
        if let Some((rng, max)) = self.random_work.as_mut() {
            self.pins.work_units = rng.gen_range(0..=*max);
        }
        let was = self.engine.outputs().irq;
        self.bus.clock(&mut *self.engine, &mut self.pins);
        if !was && self.engine.outputs().irq {
            self.irq_rises += 1;
        }
    }

    /// Runs `cycles` clock cycles with the workload and no bus traffic.
    pub fn advance(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.clock();
        }
    }

    /// Runs until the interrupt output is high, at most `cycles` cycles;
    /// returns whether it rose.
    pub fn run_until_irq(&mut self, cycles: u64) -> bool {
        for _ in 0..cycles {
            if self.irq() {
                return true;
            }
            self.clock();
        }
        self.irq()
    }

    /// The interrupt output in the current cycle.
    pub fn irq(&self) -> bool {
        self.engine.outputs().irq
    }

    /// How many times the interrupt output rose since the last call. The
    /// driver clears the crypto interrupt bits that woke it, so a test that
    /// checks the card raised one counts the output's edges instead.
    pub fn take_irq_rises(&mut self) -> u32 {
        std::mem::take(&mut self.irq_rises)
    }

    /// The accelerator's clock enable in the current cycle.
    pub fn accel_enabled(&self) -> bool {
        self.engine.outputs().accel_clk_en
    }

    /// AXI response (`capfuse_abi::resp`) of the last write, for tests. The
    /// driver never looks at it: PCIe writes are posted.
    pub fn last_write_response(&self) -> Option<u8> {
        self.last_write_resp
    }

    /// Clocks until the bus has answered everything queued; the last
    /// answer.
    fn complete(&mut self) -> std::result::Result<Completion, crate::bus::BusTimeout> {
        let mut done = Vec::new();
        for _ in 0..BUS_TIMEOUT_CYCLES {
            if self.bus.is_idle() {
                break;
            }
            self.clock();
            done.extend(self.bus.take_completed());
        }
        // Responses that arrive in the cycle the loop stopped at.
        if !self.bus.is_idle() {
            self.bus.observe(&self.engine.outputs());
            done.extend(self.bus.take_completed());
        }
        if let Some(timeout) = self.bus.stuck() {
            return Err(timeout);
        }
        Ok(done.pop().expect("an idle bus answered what was queued"))
    }

    /// One transaction, its answer, or the driver's `NoResponse`.
    fn transact(&mut self) -> Result<Completion> {
        self.complete().map_err(|e| Error::NoResponse {
            device: self.describe(),
            source: Box::new(e),
        })
    }

    /// Lets about `cycles` cycles pass, with the busy traffic if set.
    fn pass(&mut self, cycles: u64) -> Result<()> {
        match self.busy_traffic.take() {
            None => {
                self.advance(cycles);
                Ok(())
            }
            Some(mut rng) => {
                let r = traffic::run(self, &mut rng, cycles);
                self.busy_traffic = Some(rng);
                r
            }
        }
    }
}

impl<'e, E: DerefMut<Target = dyn Engine + 'e>> Bar for SimBar<E> {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        capfuse_driver::bar::check_offset(offset)?;
        self.bus.read(offset);
        // An unmapped read answers SLVERR and 0, which a PCIe root complex
        // turns into all-ones or zero; the driver only reads mapped offsets.
        Ok(self.transact()?.data)
    }

    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        capfuse_driver::bar::check_offset(offset)?;
        self.bus.write(offset, value, 0xf);
        let c = self.transact()?;
        self.last_write_resp = Some(c.resp);
        if c.resp != resp::OKAY {
            log::debug!("simulated card answered SLVERR to a write at {offset:#x}");
        }
        Ok(())
    }

    fn describe(&self) -> String {
        match self.card {
            Some(_) => format!(
                "simulated card with attestation and grants ({} engine)",
                self.engine.kind().name()
            ),
            None => format!("simulated card ({} engine)", self.engine.kind().name()),
        }
    }

    /// Lets simulated time run (with the workload, and the busy traffic if
    /// set) until the interrupt output is high, [`POLL_CYCLES`] have
    /// passed, or `timeout` of wall-clock time has: simulated time is not
    /// wall time, and the driver's waits loop and re-read the card.
    fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
        let start = Instant::now();
        let end = self.cycle() + POLL_CYCLES;
        while self.cycle() < end {
            if self.irq() {
                return Ok(true);
            }
            if start.elapsed() >= timeout {
                return Ok(false);
            }
            let step = (end - self.cycle()).min(256);
            self.pass(step)?;
        }
        Ok(self.irq())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use capfuse_abi::{reg, FUSE_ID};

    #[test]
    fn sim_bar_reads_identity_and_config() {
        let mut bar = SimBar::model();
        assert_eq!(bar.read32(reg::ID).unwrap(), FUSE_ID);
        assert_eq!(
            bar.read32(reg::CONFIG).unwrap(),
            FuseParams::DEFAULT.config_word()
        );
        assert!(bar.describe().contains("model"));
    }

    #[test]
    fn sim_bar_writes_are_posted_and_refusals_show_in_registers() {
        let mut bar = SimBar::model();
        // Looser baseline: refused, but write32 still succeeds (posted).
        bar.write32(reg::BASELINE_RATIO, 200).unwrap();
        assert_eq!(bar.last_write_response(), Some(resp::SLVERR));
        assert_eq!(bar.read32(reg::REFUSED_WRITES).unwrap(), 1);
        assert_ne!(bar.read32(reg::ERR_CODE).unwrap(), 0);
        bar.write32(reg::BASELINE_RATIO, 16).unwrap();
        assert_eq!(bar.last_write_response(), Some(resp::OKAY));
        assert_eq!(bar.read32(reg::BASELINE_RATIO).unwrap(), 16);
    }

    #[test]
    fn sim_bar_clock_runs_the_workload() {
        let mut bar = SimBar::model();
        bar.set_work_per_cycle(10);
        bar.advance(1000);
        assert!(bar.cycle() >= 1000);
        bar.write32(reg::SNAPSHOT, 1).unwrap();
        let work = bar.read32(reg::CUM_WORK_0).unwrap();
        // Baseline 32/256 of ~1000 cycles at 10 units.
        assert!((1000..=1500).contains(&work), "{work}");
    }

    #[test]
    fn sim_bar_rejects_bad_offsets() {
        let mut bar = SimBar::model();
        assert!(matches!(
            bar.read32(0x002),
            Err(Error::BadOffset { offset: 2, .. })
        ));
        assert!(bar.write32(0x1000, 0).is_err());
    }

    /// The whole card on the model: fuse registers below 0x800, the crypto
    /// window above; the device key appears once derived, and an attest
    /// publishes a report with the nonce written.
    #[test]
    fn sim_bar_card_derives_its_key_and_attests() {
        use capfuse_abi::crypto;
        let p = CardParams::example();
        let mut bar = SimBar::card(EngineKind::Model, p.clone()).unwrap();
        assert!(bar.describe().contains("attestation"));
        assert_eq!(bar.card_params(), Some(&p));
        assert_eq!(bar.read32(reg::ID).unwrap(), FUSE_ID);
        let ready = |bar: &mut SimBar| {
            let s = bar.read32(crypto::CRYPTO_STATUS).unwrap();
            s & crypto::status::KEY_READY != 0 && s & crypto::status::BUSY == 0
        };
        let mut waited = 0;
        while !ready(&mut bar) {
            assert!(waited < 1_000_000, "no device key after {waited} cycles");
            bar.advance(10_000);
            waited += 10_000;
        }
        let key: Vec<u8> = (0..8)
            .flat_map(|i| {
                bar.read32(crypto::DEVICE_KEY_0 + 4 * i)
                    .unwrap()
                    .to_le_bytes()
            })
            .collect();
        assert_eq!(key, p.device_key());
        for i in 0..8 {
            bar.write32(crypto::NONCE_0 + 4 * i, 0x0101_0101 * u32::from(i))
                .unwrap();
        }
        bar.write32(crypto::CRYPTO_CMD, crypto::cmd::ATTEST)
            .unwrap();
        assert_eq!(bar.last_write_response(), Some(resp::OKAY));
        let mut waited = 0;
        while bar.read32(crypto::REPORT_SEQ_0).unwrap() == 0 {
            assert!(waited < 1_000_000, "no report after {waited} cycles");
            bar.advance(10_000);
            waited += 10_000;
        }
        // Report bytes 56..88 are the nonce (words 14..21).
        for i in 0..8u16 {
            let w = bar.read32(crypto::REPORT_0 + 4 * (14 + i)).unwrap();
            assert_eq!(w, 0x0101_0101 * u32::from(i));
        }
    }
}
