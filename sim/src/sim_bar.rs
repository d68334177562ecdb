//! The simulated card in process: the driver's [`Bar`] over an engine
//! driven through its AXI4-Lite port, with a running workload. The driver's
//! [`capfuse_driver::Fuse`] runs over it unchanged, so what the tests drive
//! is what ships.
//!
//! Each register access runs the engine's clock until the bus answers, with
//! the workload (work units per cycle, kill pin) applied on every cycle, so
//! the card meters work while the host talks to it, as a real one does.
//! [`SimBar::advance`] lets time pass without bus traffic.
//!
//! [`SimBar::new`] simulates the fuse core alone (registers below 0x800);
//! [`SimBar::card`] the whole card (fuse core, Ed25519 engine and the crypto
//! controller behind 0x800..0xFFF: attestation, the device key, grants).

use std::time::{Duration, Instant};

use capfuse_abi::{resp, FuseParams};
use capfuse_driver::{Bar, Error, Result};

use crate::bus::AxiMaster;
use crate::card::{new_card_engine, CardParams};
use crate::engines::new_engine;
use crate::{Engine, EngineKind, PinsIn};

/// Most cycles one register access may take before the card counts as hung
/// (a write answers in 6).
const BUS_TIMEOUT_CYCLES: u64 = 1_000;

/// Cycles advanced per step while waiting for the interrupt.
const WAIT_CHUNK_CYCLES: u64 = 4_096;

/// A simulated capfuse card.
pub struct SimBar {
    engine: Box<dyn Engine>,
    kind: EngineKind,
    params: FuseParams,
    /// Set when the whole card is simulated.
    card: Option<CardParams>,
    bus: AxiMaster,
    /// Work and kill inputs applied every cycle; the bus fields are the
    /// master's.
    pins: PinsIn,
    last_write_resp: Option<u8>,
}

impl std::fmt::Debug for SimBar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimBar")
            .field("kind", &self.kind)
            .field("params", &self.params)
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
        Ok(SimBar {
            engine,
            kind,
            params,
            card: None,
            bus: AxiMaster::new(),
            pins: PinsIn::default(),
            last_write_resp: None,
        })
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
        Ok(SimBar {
            engine,
            kind,
            params: card.fuse,
            card: Some(card),
            bus: AxiMaster::new(),
            pins: PinsIn::default(),
            last_write_resp: None,
        })
    }

    /// The behavioural model with the default parameters (the fastest card).
    pub fn model() -> Self {
        SimBar {
            engine: Box::new(crate::model::Model::new(FuseParams::DEFAULT)),
            kind: EngineKind::Model,
            params: FuseParams::DEFAULT,
            card: None,
            bus: AxiMaster::new(),
            pins: PinsIn::default(),
            last_write_resp: None,
        }
    }

    /// Which engine simulates the card.
    pub fn engine_kind(&self) -> EngineKind {
        self.kind
    }

    /// The generator parameters of the simulated bitstream.
    pub fn params(&self) -> FuseParams {
        self.params
    }

    /// The card's build (seed, boot epoch, authority keys) when the whole
    /// card is simulated; `None` for the fuse core alone.
    pub fn card_params(&self) -> Option<&CardParams> {
        self.card.as_ref()
    }

    /// Sets the work units the accelerator reports every cycle from now on.
    pub fn set_work_per_cycle(&mut self, work_units: u16) {
        self.pins.work_units = work_units;
    }

    /// Work units reported per cycle.
    pub fn work_per_cycle(&self) -> u16 {
        self.pins.work_units
    }

    /// Drives the board's kill pin.
    pub fn set_kill_pin(&mut self, asserted: bool) {
        self.pins.kill = asserted;
    }

    /// Cycles since power-up.
    pub fn cycle(&self) -> u64 {
        self.bus.cycle()
    }

    /// Runs `cycles` clock cycles with the workload and no bus traffic.
    pub fn advance(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.bus.clock(self.engine.as_mut(), &mut self.pins);
        }
    }

    /// The interrupt output in the current cycle.
    pub fn irq(&self) -> bool {
        self.engine.outputs().irq
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

    fn run(&mut self) -> Result<crate::bus::Completion> {
        let done = self
            .bus
            .run_until_idle(self.engine.as_mut(), &mut self.pins, BUS_TIMEOUT_CYCLES)
            .map_err(|e| Error::NoResponse {
                device: self.describe(),
                source: Box::new(e),
            })?;
        done.last().copied().ok_or(Error::Simulator {
            reason: "bus finished without a response".into(),
        })
    }
}

impl Bar for SimBar {
    fn read32(&mut self, offset: u16) -> Result<u32> {
        capfuse_driver::bar::check_offset(offset)?;
        self.bus.read(offset);
        // An unmapped read answers SLVERR and 0, which a PCIe root complex
        // turns into all-ones or zero; the driver only reads mapped offsets.
        Ok(self.run()?.data)
    }

    fn write32(&mut self, offset: u16, value: u32) -> Result<()> {
        capfuse_driver::bar::check_offset(offset)?;
        self.bus.write(offset, value, 0xf);
        let c = self.run()?;
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
                self.kind.name()
            ),
            None => format!("simulated card ({} engine)", self.kind.name()),
        }
    }

    /// Lets simulated time run (with the workload) until the interrupt
    /// output is high or `timeout` of wall-clock time has passed.
    fn wait_irq(&mut self, timeout: Duration) -> Result<bool> {
        let start = Instant::now();
        loop {
            if self.irq() {
                return Ok(true);
            }
            if start.elapsed() >= timeout {
                return Ok(false);
            }
            for _ in 0..WAIT_CHUNK_CYCLES {
                self.bus.clock(self.engine.as_mut(), &mut self.pins);
                if self.engine.outputs().irq {
                    return Ok(true);
                }
            }
        }
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
