//! The whole card: fuse core + Ed25519 engine + `CryptoCtl` + router
//! (`docs/design-card.md`, "Card top"), as engines of the fuse's
//! [`Engine`] trait, and a small host that attests and submits grants over
//! the card's bus.
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
use capfuse_abi::crypto::{self, cmd, status};
use capfuse_abi::formats::{
    Grant, GRANT_BODY_LEN, MAX_AUTHORITY_SLOTS, REPORT_LEN, SIGNATURE_LEN, SIGNED_REPORT_LEN,
};
use capfuse_abi::{reg, resp, Access, Class, FuseParams, REGISTERS};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

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

/// What the card said about a grant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GrantOutcome {
    /// `CRYPTO_STATUS` after the check.
    pub status: u32,
    /// Its verdict field (`abi::formats::grant_verdict`).
    pub verdict: u8,
    /// `GRANT_VALID_SLOTS`.
    pub valid_slots: u32,
    /// Cycles from the command write to the end of the check.
    pub cycles: u64,
}

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
}

impl<'a> CardHost<'a> {
    /// A host on `engine`, at its current state, with no workload.
    pub fn new(engine: &'a mut dyn Engine) -> Self {
        CardHost {
            engine,
            bus: AxiMaster::new(),
            pins: PinsIn::default(),
            random_work: None,
        }
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
        self.bus.clock(self.engine, &mut self.pins);
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
            self.advance(POLL_CYCLES);
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

    /// Asks for a report over `nonce` and returns the signed report (the
    /// 276 report bytes, then the 64-byte signature).
    pub fn attest(&mut self, nonce: &[u8; 32]) -> Result<[u8; SIGNED_REPORT_LEN]> {
        let seq = self.report_seq()?;
        self.write_bytes(crypto::NONCE_0, nonce)?;
        self.command(cmd::ATTEST)?;
        self.wait_not_busy(3_000_000)?;
        let now = self.report_seq()?;
        if now <= seq {
            bail!("REPORT_SEQ did not advance ({seq} before, {now} after)");
        }
        self.read_signed_report()
    }

    /// Loads a grant body and per-slot signatures into the grant registers,
    /// starts the check and waits for the verdict. The body need not be
    /// well formed (the card checks it).
    pub fn submit_grant_raw(
        &mut self,
        body: &[u8; GRANT_BODY_LEN],
        sigs: &[SlotSig],
    ) -> Result<GrantOutcome> {
        self.write_bytes(crypto::GRANT_BODY_0, body)?;
        let mut present = 0u32;
        for (slot, sig) in sigs {
            present |= 1 << slot;
            self.write_bytes(crypto::grant_sig(usize::from(*slot), 0), sig)?;
        }
        self.write_ok(crypto::GRANT_SIG_PRESENT, present)?;
        let start = self.cycle();
        self.command(cmd::APPLY_GRANT)?;
        let s = self.wait_not_busy(8 * 1_000_000)?;
        let cycles = self.cycle() - start;
        if s & status::VERDICT_VALID == 0 {
            bail!("the grant check ended without a verdict (CRYPTO_STATUS {s:#x})");
        }
        Ok(GrantOutcome {
            status: s,
            verdict: status::verdict(s),
            valid_slots: self.read(crypto::GRANT_VALID_SLOTS)?,
            cycles,
        })
    }

    /// [`CardHost::submit_grant_raw`] for a parsed grant file.
    pub fn submit_grant(&mut self, grant: &Grant) -> Result<GrantOutcome> {
        let sigs: Vec<SlotSig> = grant
            .signatures
            .iter()
            .map(|s| (s.slot, s.signature))
            .collect();
        self.submit_grant_raw(&grant.body.to_bytes(), &sigs)
    }

    /// Every fuse register whose value does not move by itself while the
    /// card runs (limits, staging, trip state and times, errors,
    /// identification, interrupt enable; `STATUS` without its `ENABLED` and
    /// `THROTTLED` bits; `INTR_STATE` without the crypto bits), then the
    /// crypto window's `REPORT_SEQ`, `REVOKED_SLOTS` and `DEVICE_KEY`:
    /// (offset, value) pairs. For "a refused grant changes nothing".
    pub fn settled_registers(&mut self) -> Result<Vec<(u16, u32)>> {
        let mut out = Vec::new();
        for r in REGISTERS.iter() {
            if r.access == Access::Wo || r.class == Class::Counter {
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

/// Wall-clock helper for the tests' speed reports.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed())
}
