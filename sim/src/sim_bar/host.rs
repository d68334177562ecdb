//! What only the tests need of the simulated card's host: raw access with
//! the bus response (unaligned and unmapped addresses too), the crypto
//! window's waits and words, the driver's crypto sequences with their
//! cycle counts, and the registers that must not move when a grant is
//! refused.

use std::ops::DerefMut;
use std::time::Duration;

use anyhow::{bail, Result};
use capfuse_abi::crypto::{self, status};
use capfuse_abi::formats::{Grant, GRANT_BODY_LEN, REPORT_LEN, SIGNATURE_LEN, SIGNED_REPORT_LEN};
use capfuse_abi::{reg, resp, Access, REGISTERS};
use capfuse_driver::{Fuse, GrantOutcome};

use super::{SimBar, POLL_CYCLES};
use crate::card::SlotSig;
use crate::Engine;

/// Longest a crypto sequence may take in wall-clock time (the rust-hdl
/// engine steps a grant check's 900k cycles in minutes).
const HOST_TIMEOUT: Duration = Duration::from_secs(3_600);

impl<'e, E: DerefMut<Target = dyn Engine + 'e>> SimBar<E> {
    /// Reads a register at any address: (data, response code).
    pub fn read_resp(&mut self, offset: u16) -> Result<(u32, u8)> {
        self.bus.read(offset);
        let c = self.complete()?;
        Ok((c.data, c.resp))
    }

    /// Reads a register (SLVERR reads give their data, 0).
    pub fn read(&mut self, offset: u16) -> Result<u32> {
        Ok(self.read_resp(offset)?.0)
    }

    /// Writes a full word at any address; returns the response code.
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
    /// card checks it). [`SimBar::last_grant_cycles`] then says how many
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

    /// Cycles the last [`SimBar::submit_grant_raw`] took.
    pub fn last_grant_cycles(&self) -> u64 {
        self.last_grant_cycles
    }

    /// [`SimBar::submit_grant_raw`] for a parsed grant file.
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
