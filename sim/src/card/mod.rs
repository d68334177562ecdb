//! The whole card: fuse core + Ed25519 engine + `CryptoCtl` + router
//! (`docs/design-card.md`, "Card top"), as engines of the fuse's
//! [`Engine`] trait, and a small host on the card's bus ([`CardHost`]) that
//! drives it through the driver's `Fuse`, as the shipping tools do, with a
//! workload and, for the tests, random bus traffic.
//!
//! Card engines take the bus, work and kill inputs and drive the enable, the
//! interrupt and the bus outputs; they ignore the fuse core's side-port
//! inputs and drive its side-port outputs to 0. The device seed and the
//! boot epoch are straps fixed by [`CardParams`].

pub mod glue;
pub mod lockstep;
pub mod model;
pub mod rtl;
pub mod verilator;

use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use capfuse_abi::crypto::{self, status};
use capfuse_abi::formats::{
    Grant, GRANT_BODY_LEN, MAX_AUTHORITY_SLOTS, REPORT_LEN, SIGNATURE_LEN, SIGNED_REPORT_LEN,
};
use capfuse_abi::{reg, resp, Access, FuseParams, REGISTERS};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use capfuse_driver::{Bar, Fuse, Result as DriverResult};

use crate::bus::AxiMaster;
use crate::engine::{Engine, EngineKind, PinsIn};

/// What a simulated card is built from: the fuse core's generator
/// parameters, the straps, and the authority key set built into the
/// bitstream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardParams {
    /// The fuse core's generator parameters.
    pub fuse: FuseParams,
    /// The device seed on the key port (eFUSE/PUF in a real card).
    pub seed: [u8; 32],
    /// The board's boot counter on the `boot_epoch` port.
    pub boot_epoch: u64,
    /// Authority public keys, slot order (1..=8 keys).
    pub authority_keys: Vec<[u8; 32]>,
    /// Signatures a grant needs (k, 1..=n).
    pub threshold: u8,
}

/// Seed of example authority key `slot` (`[0xa1 + slot; 32]`): the key set
/// of [`CardParams::example`]. Public seeds, for tests and demos only.
pub fn example_authority_seed(slot: u8) -> [u8; 32] {
    [0xa1 + slot; 32]
}

impl CardParams {
    /// An example card for tests and demos: the default fuse, device seed
    /// `[0x5e; 32]`, boot epoch 1, three authority keys from
    /// [`example_authority_seed`] and k = 2. Its secrets are public.
    pub fn example() -> CardParams {
        CardParams {
            fuse: FuseParams::DEFAULT,
            seed: [0x5e; 32],
            boot_epoch: 1,
            authority_keys: (0..3)
                .map(|s| {
                    ed25519_dalek::SigningKey::from_bytes(&example_authority_seed(s))
                        .verifying_key()
                        .to_bytes()
                })
                .collect(),
            threshold: 2,
        }
    }

    /// Checks that the parameters make a buildable card.
    pub fn validate(&self) -> Result<(), String> {
        self.fuse.validate()?;
        let n = self.authority_keys.len();
        if n == 0 || n > MAX_AUTHORITY_SLOTS {
            return Err(format!(
                "the card holds 1..={MAX_AUTHORITY_SLOTS} authority keys, got {n}"
            ));
        }
        if self.threshold == 0 || usize::from(self.threshold) > n {
            return Err(format!(
                "threshold must be 1..={n} (the number of authority keys), got {}",
                self.threshold
            ));
        }
        Ok(())
    }

    /// The device public key the card derives from its seed.
    pub fn device_key(&self) -> [u8; 32] {
        ed25519_dalek::SigningKey::from_bytes(&self.seed)
            .verifying_key()
            .to_bytes()
    }

    /// `AUTHORITY_DIGEST`: the digest of the key set built into the card.
    pub fn authority_digest(&self) -> [u8; 32] {
        capfuse_abi::formats::authority_digest(&self.authority_keys, self.threshold)
    }
}

/// Builds a card engine of the given kind, at power-up.
///
/// - `Model`: fuse `Model` + `EdModel` + `CardGlue`, the fastest;
/// - `Verilator`: the emitted `capfuse_card`, built once per key set and
///   fuse parameters (cached on disk, keyed by the Verilog text);
/// - `Rtl`: `CardTop` stepped in rust-hdl, slow (short runs only).
pub fn new_card_engine(kind: EngineKind, p: &CardParams) -> Result<Box<dyn Engine>> {
    p.validate().map_err(anyhow::Error::msg)?;
    Ok(match kind {
        EngineKind::Model => Box::new(model::CardModel::new(p).map_err(anyhow::Error::msg)?),
        EngineKind::Verilator => Box::new(verilator::CardVerilator::new(p)?),
        EngineKind::Rtl => Box::new(rtl::CardRtl::new(p)?),
    })
}

/// The card's Verilog for `p` (generated once per process for each fuse
/// parameter set and authority key set; the straps are ports).
pub fn card_verilog(p: &CardParams) -> Result<std::sync::Arc<String>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    type Key = (FuseParams, Vec<[u8; 32]>, u8);
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<String>>>> = OnceLock::new();
    let key = (p.fuse, p.authority_keys.clone(), p.threshold);
    let mut map = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(v) = map.get(&key) {
        return Ok(v.clone());
    }
    let v = Arc::new(capfuse_hdl::generate_card_verilog(
        p.fuse,
        &p.authority_keys,
        p.threshold,
    )?);
    map.insert(key, v.clone());
    Ok(v)
}

/// A signature a grant carries for one authority slot.
pub type SlotSig = (u8, [u8; SIGNATURE_LEN]);

/// What the card said about a grant: the driver's outcome, since the
/// host runs the driver's protocol.
pub use capfuse_driver::GrantOutcome;

/// How often the host polls `CRYPTO_STATUS` while the card is busy.
pub const POLL_CYCLES: u64 = 2_048;

/// Longest a register access may take (a write answers in a few cycles).
const BUS_TIMEOUT_CYCLES: u64 = 1_000;

/// A host on the card's bus: reads and writes registers while the clock
/// runs with a workload, and knows the crypto sequences (attest, grant).
/// Works on any [`Engine`], a lockstep of several included.
pub struct CardHost<'a> {
    engine: &'a mut dyn Engine,
    bus: AxiMaster,
    pins: PinsIn,
    /// Random work in 0..=max each cycle, when set.
    random_work: Option<(ChaCha8Rng, u16)>,
    /// Random bus traffic while waiting for the card, when set.
    busy_traffic: Option<ChaCha8Rng>,
    /// Cycles the last grant took.
    last_grant_cycles: u64,
    /// Rising edges of the interrupt output since last taken.
    irq_rises: u32,
}

impl<'a> CardHost<'a> {
    /// A host on `engine`, at its current state, with no workload.
    pub fn new(engine: &'a mut dyn Engine) -> Self {
        CardHost {
            engine,
            bus: AxiMaster::new(),
            pins: PinsIn::default(),
            random_work: None,
            busy_traffic: None,
            last_grant_cycles: 0,
            irq_rises: 0,
        }
    }

    /// While waiting for the card (polling `CRYPTO_STATUS`), make random bus
    /// traffic instead of idling: reads anywhere in the BAR (unmapped and
    /// unaligned too), fuse-register writes that neither trip the fuse nor
    /// stop the accelerator (ratios, window, staging, snapshot, interrupt
    /// and error bits, with random strobes) and crypto-window writes
    /// (refused while busy). Commands,
    /// commits and the kill register are left alone, so the sequences the
    /// host runs mean what they did without the traffic.
    pub fn set_busy_traffic(&mut self, seed: u64) {
        self.busy_traffic = Some(ChaCha8Rng::seed_from_u64(seed));
    }

    /// Lets about `cycles` cycles pass, with the busy traffic if set.
    fn pass(&mut self, cycles: u64) -> Result<()> {
        let Some(mut rng) = self.busy_traffic.take() else {
            self.advance(cycles);
            return Ok(());
        };
        let end = self.cycle() + cycles;
        while self.cycle() < end {
            match rng.gen_range(0..20) {
                0..=7 => {
                    let addr = match rng.gen_range(0..4) {
                        0 => REGISTERS[rng.gen_range(0..REGISTERS.len())].offset,
                        1 => rng.gen_range(0x200..0x400) * 4,
                        2 => rng.gen_range(0..0x400) * 4,
                        _ => rng.gen_range(0..0x1000),
                    };
                    self.read_resp(addr)?;
                }
                8..=11 => {
                    const FUSE: [u16; 12] = [
                        reg::BASELINE_RATIO,
                        reg::TRIP_RATIO,
                        reg::WINDOW_LEN,
                        reg::WINDOW_BUDGET,
                        reg::CUM_BUDGET_NEXT_0,
                        reg::CUM_BUDGET_NEXT_2,
                        reg::REPORT_THRESHOLD_NEXT_1,
                        reg::SNAPSHOT,
                        reg::ERR_CODE,
                        reg::INTR_ENABLE,
                        reg::ID,
                        0x7f0,
                    ];
                    let addr = FUSE[rng.gen_range(0..FUSE.len())];
                    // Accepted writes may tighten, but never so far that
                    // the accelerator stops (ratio or window budget near 0).
                    let data = match addr {
                        reg::BASELINE_RATIO => rng.gen_range(200..300),
                        reg::TRIP_RATIO => rng.gen_range(0..300),
                        reg::WINDOW_LEN => rng.gen_range(0..3_000),
                        reg::WINDOW_BUDGET => rng.gen::<u32>() | 0x8000_0000,
                        _ => rng.gen(),
                    };
                    let strb = if rng.gen_range(0..4) == 0 {
                        rng.gen_range(0..16)
                    } else {
                        0xf
                    };
                    self.bus.write(addr, data, strb);
                    self.complete()?;
                }
                12..=13 => {
                    let addr = match rng.gen_range(0..4) {
                        0 => crypto::NONCE_0 + 4 * rng.gen_range(0..8),
                        1 => crypto::GRANT_BODY_0 + 4 * rng.gen_range(0..32),
                        2 => crypto::REPORT_0 + 4 * rng.gen_range(0..69),
                        _ => crypto::CRYPTO_STATUS,
                    };
                    self.bus.write(addr, rng.gen(), 0xf);
                    self.complete()?;
                }
                _ => self.advance(rng.gen_range(1..3_000)),
            }
        }
        self.busy_traffic = Some(rng);
        Ok(())
    }

    /// The engine.
    pub fn engine(&mut self) -> &mut dyn Engine {
        self.engine
    }

    /// Work units reported every cycle from now on (ends random work).
    pub fn set_work(&mut self, work_units: u16) {
        self.random_work = None;
        self.pins.work_units = work_units;
    }

    /// Random work units, uniform in 0..=`max`, every cycle from now on.
    pub fn set_random_work(&mut self, seed: u64, max: u16) {
        self.random_work = Some((ChaCha8Rng::seed_from_u64(seed), max));
    }

    /// Drives the board's kill pin.
    pub fn set_kill_pin(&mut self, asserted: bool) {
        self.pins.kill = asserted;
    }

    /// Cycles clocked by this host.
    pub fn cycle(&self) -> u64 {
        self.bus.cycle()
    }

    fn clock(&mut self) {
        if let Some((rng, max)) = self.random_work.as_mut() {
            self.pins.work_units = rng.gen_range(0..=*max);
        }
        let was = self.engine.outputs().irq;
        self.bus.clock(self.engine, &mut self.pins);
        if !was && self.engine.outputs().irq {
            self.irq_rises += 1;
        }
    }

    /// Runs `cycles` cycles with the workload and no bus traffic.
    pub fn advance(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.clock();
        }
    }

    /// Runs until the interrupt output is high, at most `cycles` cycles;
    /// returns whether it rose.
    pub fn wait_irq(&mut self, cycles: u64) -> bool {
        for _ in 0..cycles {
            if self.engine.outputs().irq {
                return true;
            }
            self.clock();
        }
        self.engine.outputs().irq
    }

    fn complete(&mut self) -> Result<crate::bus::Completion> {
        let mut done = Vec::new();
        for _ in 0..BUS_TIMEOUT_CYCLES {
            if self.bus.is_idle() {
                break;
            }
            self.clock();
            done.extend(self.bus.take_completed());
        }
        if !self.bus.is_idle() {
            self.bus.observe(&self.engine.outputs());
            done.extend(self.bus.take_completed());
        }
        if !self.bus.is_idle() {
            bail!(
                "the card's bus gave no response within {BUS_TIMEOUT_CYCLES} cycles (cycle {})",
                self.bus.cycle()
            );
        }
        done.pop()
            .ok_or_else(|| anyhow!("bus finished without a response"))
    }

    /// Reads a register: (data, response code).
    pub fn read_resp(&mut self, offset: u16) -> Result<(u32, u8)> {
        self.bus.read(offset);
        let c = self.complete()?;
        Ok((c.data, c.resp))
    }

    /// Reads a register (SLVERR reads give their data, 0).
    pub fn read(&mut self, offset: u16) -> Result<u32> {
        Ok(self.read_resp(offset)?.0)
    }

    /// Writes a full word; returns the response code.
    pub fn write(&mut self, offset: u16, value: u32) -> Result<u8> {
        self.bus.write(offset, value, 0xf);
        Ok(self.complete()?.resp)
    }

    /// Writes a full word that must be accepted.
    pub fn write_ok(&mut self, offset: u16, value: u32) -> Result<()> {
        match self.write(offset, value)? {
            resp::OKAY => Ok(()),
            r => bail!("write of {value:#x} to {offset:#05x} answered {r:#b}"),
        }
    }

    /// Reads `n` consecutive words from `offset` as little-endian bytes.
    pub fn read_bytes(&mut self, offset: u16, n_words: usize) -> Result<Vec<u8>> {
        let mut out = Vec::with_capacity(4 * n_words);
        for i in 0..n_words {
            out.extend_from_slice(&self.read(offset + 4 * i as u16)?.to_le_bytes());
        }
        Ok(out)
    }

    /// Writes `bytes` (a multiple of 4) as little-endian words from `offset`.
    pub fn write_bytes(&mut self, offset: u16, bytes: &[u8]) -> Result<()> {
        for (i, w) in bytes.chunks(4).enumerate() {
            let mut word = [0u8; 4];
            word[..w.len()].copy_from_slice(w);
            self.write_ok(offset + 4 * i as u16, u32::from_le_bytes(word))?;
        }
        Ok(())
    }

    /// A wide value (`words` registers from `offset`, least significant first).
    pub fn read_wide(&mut self, offset: u16, words: usize) -> Result<u128> {
        let mut v = 0u128;
        for i in 0..words {
            v |= u128::from(self.read(offset + 4 * i as u16)?) << (32 * i);
        }
        Ok(v)
    }

    /// `CRYPTO_STATUS`.
    pub fn crypto_status(&mut self) -> Result<u32> {
        self.read(crypto::CRYPTO_STATUS)
    }

    /// Polls `CRYPTO_STATUS` every [`POLL_CYCLES`] until `done(status)`,
    /// for at most `cycles` cycles; returns the status that satisfied it.
    pub fn wait_status(&mut self, cycles: u64, done: impl Fn(u32) -> bool) -> Result<u32> {
        let start = self.cycle();
        loop {
            let s = self.crypto_status()?;
            if done(s) {
                return Ok(s);
            }
            if self.cycle() - start > cycles {
                bail!(
                    "CRYPTO_STATUS is {s:#x} after {} cycles (cycle {})",
                    self.cycle() - start,
                    self.cycle()
                );
            }
            self.pass(POLL_CYCLES)?;
        }
    }

    /// Waits for the power-up key derivation (about 434k cycles).
    pub fn wait_key_ready(&mut self) -> Result<u32> {
        self.wait_status(2_000_000, |s| {
            s & status::KEY_READY != 0 && s & status::BUSY == 0
        })
    }

    /// Waits until no command runs.
    pub fn wait_not_busy(&mut self, cycles: u64) -> Result<u32> {
        self.wait_status(cycles, |s| s & status::BUSY == 0)
    }

    /// `DEVICE_KEY`.
    pub fn device_key(&mut self) -> Result<[u8; 32]> {
        Ok(self
            .read_bytes(crypto::DEVICE_KEY_0, 8)?
            .try_into()
            .unwrap())
    }

    /// `REPORT_SEQ`.
    pub fn report_seq(&mut self) -> Result<u64> {
        Ok(self.read_wide(crypto::REPORT_SEQ_0, 2)? as u64)
    }

    /// The last report and its signature, as the 340 bytes of a signed report.
    pub fn read_signed_report(&mut self) -> Result<[u8; SIGNED_REPORT_LEN]> {
        let mut out = self.read_bytes(crypto::REPORT_0, REPORT_LEN / 4)?;
        out.extend(self.read_bytes(crypto::SIGNATURE_0, SIGNATURE_LEN / 4)?);
        Ok(out.try_into().unwrap())
    }

    /// Writes `CRYPTO_CMD`; fails if the card refused it.
    pub fn command(&mut self, value: u32) -> Result<()> {
        let r = self.write(crypto::CRYPTO_CMD, value)?;
        if r != resp::OKAY {
            let s = self.crypto_status()?;
            bail!("the card refused command {value} (CRYPTO_STATUS {s:#x})");
        }
        Ok(())
    }

    /// The driver's handle on this host's card: the crypto sequences below
    /// are the driver's own (`capfuse_driver::Fuse`), so what the tests run
    /// is what ships.
    fn fuse(&mut self) -> Result<Fuse<&mut Self>> {
        Ok(Fuse::open(self)?)
    }

    /// Asks for a report over `nonce` and returns the signed report (the
    /// 276 report bytes, then the 64-byte signature), with the driver's
    /// [`Fuse::attest`].
    pub fn attest(&mut self, nonce: &[u8; 32]) -> Result<[u8; SIGNED_REPORT_LEN]> {
        Ok(self.fuse()?.attest(nonce, HOST_TIMEOUT)?)
    }

    /// Loads a grant body and per-slot signatures into the grant registers,
    /// starts the check and waits for the verdict, with the driver's
    /// [`Fuse::apply_grant_bytes`]. The body need not be well formed (the
    /// card checks it). [`CardHost::last_grant_cycles`] then says how many
    /// cycles it took, load and check.
    pub fn submit_grant_raw(
        &mut self,
        body: &[u8; GRANT_BODY_LEN],
        sigs: &[SlotSig],
    ) -> Result<GrantOutcome> {
        let start = self.cycle();
        let out = self.fuse()?.apply_grant_bytes(body, sigs, HOST_TIMEOUT)?;
        self.last_grant_cycles = self.cycle() - start;
        Ok(out)
    }

    /// How many times the interrupt output rose since the last call. The
    /// driver clears the crypto interrupt bits that woke it, so a test that
    /// checks the card raised one counts the output's edges instead.
    pub fn take_irq_rises(&mut self) -> u32 {
        std::mem::take(&mut self.irq_rises)
    }

    /// Cycles the last [`CardHost::submit_grant_raw`] took.
    pub fn last_grant_cycles(&self) -> u64 {
        self.last_grant_cycles
    }

    /// [`CardHost::submit_grant_raw`] for a parsed grant file.
    pub fn submit_grant(&mut self, grant: &Grant) -> Result<GrantOutcome> {
        Ok(self.fuse()?.apply_grant(grant, HOST_TIMEOUT)?)
    }

    /// Every readable fuse register whose value does not move by itself
    /// while the card runs: all of them (limits, staging, trip state and
    /// times, errors, identification, interrupts, and the counters, which
    /// read the host's last `SNAPSHOT` and so must not move either: the
    /// card's report snapshot is a separate one), except `STATUS`'s
    /// `ENABLED` and `THROTTLED` bits (the throttle's phase) and
    /// `INTR_STATE`'s crypto bits; then the crypto window's `REPORT_SEQ`,
    /// `REVOKED_SLOTS` and `DEVICE_KEY`: (offset, value) pairs. For "a
    /// refused grant changes nothing".
    pub fn settled_registers(&mut self) -> Result<Vec<(u16, u32)>> {
        let mut out = Vec::new();
        for r in REGISTERS.iter() {
            if r.access == Access::Wo {
                continue;
            }
            let mut v = self.read(r.offset)?;
            if r.offset == reg::STATUS {
                v &= !(capfuse_abi::status::ENABLED | capfuse_abi::status::THROTTLED);
            }
            if r.offset == reg::INTR_STATE {
                v &= 1;
            }
            out.push((r.offset, v));
        }
        for (offset, words) in [
            (crypto::REPORT_SEQ_0, 2),
            (crypto::REVOKED_SLOTS, 1),
            (crypto::DEVICE_KEY_0, 8),
        ] {
            for i in 0..words {
                let a = offset + 4 * i;
                out.push((a, self.read(a)?));
            }
        }
        Ok(out)
    }
}

/// Longest a crypto sequence may take in wall-clock time (the rust-hdl
/// engine steps a grant check's 900k cycles in minutes).
const HOST_TIMEOUT: Duration = Duration::from_secs(3_600);

/// The host's bus as the driver's seam: each access is one AXI4-Lite
/// transaction with the workload running, and waiting for the interrupt
/// lets up to [`POLL_CYCLES`] cycles pass (with the busy traffic, if set).
impl Bar for CardHost<'_> {
    fn read32(&mut self, offset: u16) -> DriverResult<u32> {
        self.read(offset).map_err(|e| no_response(self, e))
    }

    fn write32(&mut self, offset: u16, value: u32) -> DriverResult<()> {
        self.write(offset, value)
            .map(drop)
            .map_err(|e| no_response(self, e))
    }

    fn describe(&self) -> String {
        format!("card host on the {} engine", self.engine.kind().name())
    }

    fn wait_irq(&mut self, _timeout: Duration) -> DriverResult<bool> {
        let end = self.cycle() + POLL_CYCLES;
        while self.cycle() < end {
            if self.engine.outputs().irq {
                return Ok(true);
            }
            let step = (end - self.cycle()).min(256);
            self.pass(step).map_err(|e| no_response(self, e))?;
        }
        Ok(self.engine.outputs().irq)
    }
}

fn no_response(host: &CardHost<'_>, e: anyhow::Error) -> capfuse_driver::Error {
    capfuse_driver::Error::NoResponse {
        device: host.describe(),
        source: e.into(),
    }
}

/// Wall-clock helper for the tests' speed reports.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_params_validate_the_key_set() {
        let p = CardParams::example();
        assert_eq!(p.validate(), Ok(()));
        assert_eq!(p.authority_keys.len(), 3);
        assert_ne!(p.authority_digest(), [0; 32]);
        let bad = [
            CardParams {
                authority_keys: vec![],
                ..p.clone()
            },
            CardParams {
                authority_keys: vec![[1; 32]; 9],
                ..p.clone()
            },
            CardParams {
                threshold: 0,
                ..p.clone()
            },
            CardParams {
                threshold: 4,
                ..p.clone()
            },
        ];
        for b in bad {
            assert!(b.validate().is_err(), "{b:?}");
            assert!(new_card_engine(EngineKind::Model, &b).is_err());
        }
    }
}
