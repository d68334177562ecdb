//! The card's attestation and grant block (registers 0x800..0xFFF of the
//! card top, `capfuse_abi::crypto`): the device key, signed reports and
//! grant submission.
//!
//! The driver moves bytes; it does not judge them. Checking a report's
//! signature against a pinned key is the caller's job (`capfuse attest`
//! does it with `verify_strict`), and the card itself decides a grant.

use std::time::{Duration, Instant};

use capfuse_abi::crypto::{self as c, cmd, status};
use capfuse_abi::formats::{Grant, Report, GRANT_BODY_LEN, REPORT_LEN, SIGNED_REPORT_LEN};
use capfuse_abi::{intr, reg};

pub use crate::regs::{CryptoStatusBit, GrantVerdict};
use crate::{Bar, Error, Fuse, Result};

/// `CRYPTO_STATUS`, decoded: its one-bit fields are the generated
/// [`CryptoStatusBit`], its two four-bit fields have accessors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CryptoStatus(pub u32);

impl CryptoStatus {
    /// True if `bit` is set.
    pub fn has(self, bit: CryptoStatusBit) -> bool {
        self.0 & bit.mask() != 0
    }
    /// The set bits, least significant first.
    pub fn iter(self) -> impl Iterator<Item = CryptoStatusBit> {
        CryptoStatusBit::ALL
            .into_iter()
            .filter(move |b| self.0 & b.mask() != 0)
    }
    /// The device key is derived.
    pub fn key_ready(self) -> bool {
        self.has(CryptoStatusBit::KeyReady)
    }
    /// A command or the power-up key derivation is running.
    pub fn busy(self) -> bool {
        self.has(CryptoStatusBit::Busy)
    }
    /// Decommissioned by a grant.
    pub fn decommissioned(self) -> bool {
        self.has(CryptoStatusBit::Decommissioned)
    }
    /// The report registers hold a report.
    pub fn report_valid(self) -> bool {
        self.has(CryptoStatusBit::ReportValid)
    }
    /// The verdict field holds a grant check's result.
    pub fn verdict_valid(self) -> bool {
        self.has(CryptoStatusBit::VerdictValid)
    }
    /// The last command was refused.
    pub fn refused(self) -> bool {
        self.has(CryptoStatusBit::Refused)
    }
    /// The Ed25519 engine's last status.
    pub fn engine_status(self) -> u8 {
        status::engine_status(self.0)
    }
    /// The last grant verdict's code (`capfuse_abi::formats::grant_verdict`).
    pub fn verdict(self) -> u8 {
        status::verdict(self.0)
    }
    /// The last grant verdict, typed (`None` for a code the abi lacks).
    pub fn grant_verdict(self) -> Option<GrantVerdict> {
        GrantVerdict::from_code(self.verdict())
    }
}

/// The authority key set built into the bitstream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AuthorityInfo {
    /// `authority_digest(keys, k)`.
    pub digest: [u8; 32],
    /// Key slots (n).
    pub slots: u8,
    /// Signatures a grant needs (k).
    pub threshold: u8,
}

/// What the card said about a grant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GrantOutcome {
    /// The verdict code (`capfuse_abi::formats::grant_verdict`).
    pub verdict: u8,
    /// Bit s: slot s's signature verified.
    pub valid_slots: u8,
    /// Bit s: slot s is revoked (after this grant).
    pub revoked_slots: u8,
    /// The card's status after the check.
    pub status: CryptoStatus,
}

impl GrantOutcome {
    /// The verdict, typed (`None` for a code this driver does not know).
    pub fn kind(&self) -> Option<GrantVerdict> {
        GrantVerdict::from_code(self.verdict)
    }
}

/// The interrupt bits the crypto waits sleep on.
const CRYPTO_INTR: u32 = intr::REPORT | intr::GRANT;

impl<B: Bar> Fuse<B> {
    /// Reads `CRYPTO_STATUS`.
    pub fn crypto_status(&mut self) -> Result<CryptoStatus> {
        Ok(CryptoStatus(self.bar_mut().read32(c::CRYPTO_STATUS)?))
    }

    fn read_words<const N: usize>(&mut self, base: u16) -> Result<[u8; N]> {
        let mut out = [0u8; N];
        for (i, chunk) in out.chunks_mut(4).enumerate() {
            let w = self.bar_mut().read32(base + 4 * i as u16)?;
            chunk.copy_from_slice(&w.to_le_bytes()[..chunk.len()]);
        }
        Ok(out)
    }

    /// Waits until the crypto block is idle; fails if it never gets a key
    /// (decommissioned, or not a card top).
    pub fn wait_crypto_idle(&mut self, timeout: Duration) -> Result<CryptoStatus> {
        let start = Instant::now();
        let enable = self.bar_mut().read32(reg::INTR_ENABLE)?;
        if enable & CRYPTO_INTR != CRYPTO_INTR {
            self.bar_mut()
                .write32(reg::INTR_ENABLE, enable | CRYPTO_INTR)?;
        }
        loop {
            let st = self.crypto_status()?;
            if st.decommissioned() {
                return Err(Error::Decommissioned {
                    device: self.describe(),
                });
            }
            if !st.busy() {
                if st.key_ready() {
                    return Ok(st);
                }
                return Err(Error::NoCryptoBlock {
                    device: self.describe(),
                });
            }
            let left = timeout.saturating_sub(start.elapsed());
            if left.is_zero() {
                return Err(Error::CryptoTimeout {
                    device: self.describe(),
                    what: "waiting for it to become idle",
                    waited_ms: start.elapsed().as_millis() as u64,
                });
            }
            self.bar_mut()
                .wait_irq(left.min(Duration::from_millis(20)))?;
            // Level interrupt: clear what woke us so the next wait sleeps.
            self.bar_mut().write32(reg::INTR_STATE, CRYPTO_INTR)?;
        }
    }

    /// The device public key (waits for the power-up derivation).
    pub fn device_key(&mut self, timeout: Duration) -> Result<[u8; 32]> {
        self.wait_crypto_idle(timeout)?;
        self.read_device_key()
    }

    /// `DEVICE_KEY` as it reads now (zero before the key is ready and after
    /// decommissioning).
    pub fn read_device_key(&mut self) -> Result<[u8; 32]> {
        self.read_words::<32>(c::DEVICE_KEY_0)
    }

    /// The authority key set the bitstream was built with.
    pub fn authority(&mut self) -> Result<AuthorityInfo> {
        let digest = self.read_words::<32>(c::AUTHORITY_DIGEST_0)?;
        let cfg = self.bar_mut().read32(c::AUTHORITY_CONFIG)?;
        Ok(AuthorityInfo {
            digest,
            slots: (cfg & 0xf) as u8,
            threshold: ((cfg >> 4) & 0xf) as u8,
        })
    }

    /// Sequence number of the last report (0: none yet).
    pub fn report_seq(&mut self) -> Result<u64> {
        let lo = self.bar_mut().read32(c::REPORT_SEQ_0)?;
        let hi = self.bar_mut().read32(c::REPORT_SEQ_1)?;
        Ok(u64::from(lo) | u64::from(hi) << 32)
    }

    /// The report and signature in the report registers, if any (e.g. one
    /// the report threshold triggered).
    pub fn last_report(&mut self) -> Result<Option<[u8; SIGNED_REPORT_LEN]>> {
        if !self.crypto_status()?.report_valid() {
            return Ok(None);
        }
        let report = self.read_words::<REPORT_LEN>(c::REPORT_0)?;
        let sig = self.read_words::<64>(c::SIGNATURE_0)?;
        let mut out = [0u8; SIGNED_REPORT_LEN];
        out[..REPORT_LEN].copy_from_slice(&report);
        out[REPORT_LEN..].copy_from_slice(&sig);
        Ok(Some(out))
    }

    /// Asks the card to sign a report carrying `nonce` and returns the
    /// report and its signature as the card published them. Checks that
    /// the published report carries this nonce and the next sequence
    /// number; the signature is for the caller to verify.
    pub fn attest(
        &mut self,
        nonce: &[u8; 32],
        timeout: Duration,
    ) -> Result<[u8; SIGNED_REPORT_LEN]> {
        let start = Instant::now();
        let writes: Vec<(u16, u32)> = nonce
            .chunks(4)
            .enumerate()
            .map(|(i, w)| {
                (
                    c::NONCE_0 + 4 * i as u16,
                    u32::from_le_bytes(w.try_into().unwrap()),
                )
            })
            .collect();
        let seq_before = self.start_command(&writes, cmd::ATTEST, "attest", start, timeout)?;
        self.wait_crypto_idle(timeout.saturating_sub(start.elapsed()))?;
        let seq = self.report_seq()?;
        let signed = self.last_report()?.ok_or_else(|| Error::ReportReplaced {
            device: self.describe(),
            problem: "no report is valid after the attest command".into(),
        })?;
        let report =
            Report::from_bytes(&signed[..REPORT_LEN]).map_err(|e| Error::ReportReplaced {
                device: self.describe(),
                problem: format!("the published report does not parse: {e}"),
            })?;
        if report.nonce != *nonce || report.seq != seq {
            return Err(Error::ReportReplaced {
                device: self.describe(),
                problem: format!(
                    "the published report has sequence {} and another nonce",
                    report.seq
                ),
            });
        }
        if seq != seq_before + 1 {
            return Err(Error::ReportReplaced {
                device: self.describe(),
                problem: format!("report sequence went from {seq_before} to {seq}"),
            });
        }
        Ok(signed)
    }

    /// Sends a grant to the card, starts its check and returns the verdict.
    /// The card applies it only if every check passes; this call changes
    /// nothing else.
    pub fn apply_grant(&mut self, grant: &Grant, timeout: Duration) -> Result<GrantOutcome> {
        let sigs: Vec<(u8, [u8; 64])> = grant
            .signatures
            .iter()
            .map(|s| (s.slot, s.signature))
            .collect();
        self.apply_grant_bytes(&grant.body.to_bytes(), &sigs, timeout)
    }

    /// [`Fuse::apply_grant`] for a body as bytes and (slot, signature)
    /// pairs, sent as they are: the card, not this driver, decides whether
    /// they are well formed (its verdict says).
    pub fn apply_grant_bytes(
        &mut self,
        body: &[u8; GRANT_BODY_LEN],
        signatures: &[(u8, [u8; 64])],
        timeout: Duration,
    ) -> Result<GrantOutcome> {
        let start = Instant::now();
        let mut writes: Vec<(u16, u32)> = body
            .chunks(4)
            .enumerate()
            .map(|(i, w)| {
                (
                    c::GRANT_BODY_0 + 4 * i as u16,
                    u32::from_le_bytes(w.try_into().unwrap()),
                )
            })
            .collect();
        let mut present = 0u32;
        for (slot, signature) in signatures {
            present |= 1 << slot;
            for (j, w) in signature.chunks(4).enumerate() {
                writes.push((
                    c::grant_sig(usize::from(*slot), j),
                    u32::from_le_bytes(w.try_into().unwrap()),
                ));
            }
        }
        writes.push((c::GRANT_SIG_PRESENT, present));
        self.start_command(&writes, cmd::APPLY_GRANT, "apply grant", start, timeout)?;
        let st = match self.wait_crypto_idle(timeout.saturating_sub(start.elapsed())) {
            Ok(st) => st,
            // A decommissioning grant leaves no key: that is its verdict.
            Err(Error::Decommissioned { .. }) => self.crypto_status()?,
            Err(e) => return Err(e),
        };
        Ok(GrantOutcome {
            verdict: st.verdict(),
            valid_slots: self.bar_mut().read32(c::GRANT_VALID_SLOTS)? as u8,
            revoked_slots: self.bar_mut().read32(c::REVOKED_SLOTS)? as u8,
            status: st,
        })
    }

    /// Loads `writes` into the crypto window and starts `command`, as one
    /// batch once the card is idle; returns `REPORT_SEQ` as it was just
    /// before. The card starts a report of its own when the work crosses the
    /// report threshold, and refuses the window's writes and the command
    /// while it runs: nothing of ours was then applied, so the load is sent
    /// again once the card is idle, up to [`START_ATTEMPTS`] times. A
    /// refusal while the card is idle is an error.
    fn start_command(
        &mut self,
        writes: &[(u16, u32)],
        command: u32,
        name: &'static str,
        start: Instant,
        timeout: Duration,
    ) -> Result<u64> {
        let mut batch = writes.to_vec();
        batch.push((reg::INTR_STATE, CRYPTO_INTR));
        batch.push((c::CRYPTO_CMD, command));
        let mut last = CryptoStatus(0);
        for attempt in 1..=START_ATTEMPTS {
            self.wait_crypto_idle(timeout.saturating_sub(start.elapsed()))?;
            let seq_before = self.report_seq()?;
            self.bar_mut().write_batch(&batch)?;
            last = self.crypto_status()?;
            if !last.refused() {
                return Ok(seq_before);
            }
            if !last.busy() {
                break;
            }
            log::info!(
                "{}: busy with a report of its own; sending the {name} again ({attempt} of {START_ATTEMPTS})",
                self.describe()
            );
        }
        Err(Error::CryptoRefused {
            device: self.describe(),
            command: name,
            status: last.0,
        })
    }
}

/// How many times a command is sent while the card is busy with reports
/// of its own before the driver gives up.
pub const START_ATTEMPTS: u32 = 4;

#[cfg(test)]
mod tests {
    use super::{CryptoStatus, CryptoStatusBit, GrantVerdict};
    use capfuse_abi::crypto::status;
    use capfuse_abi::formats::grant_verdict;

    #[test]
    fn crypto_status_bits_are_the_abi_fields() {
        let one_bit: Vec<_> = status::FIELDS.iter().filter(|f| f.width == 1).collect();
        assert_eq!(CryptoStatusBit::ALL.len(), one_bit.len());
        for (b, f) in CryptoStatusBit::ALL.iter().zip(one_bit) {
            assert_eq!(b.mask(), f.mask(), "{}", f.name);
            assert_eq!(b.key(), f.name.to_ascii_lowercase());
        }
        let st = CryptoStatus(
            status::KEY_READY
                | status::REFUSED
                | u32::from(grant_verdict::BAD_SIGNATURE) << status::VERDICT_SHIFT,
        );
        assert_eq!(
            st.iter().collect::<Vec<_>>(),
            [CryptoStatusBit::KeyReady, CryptoStatusBit::Refused]
        );
        assert!(st.key_ready() && st.refused() && !st.busy() && !st.verdict_valid());
        assert_eq!(st.grant_verdict(), Some(GrantVerdict::BadSignature));
    }

    #[test]
    fn every_abi_verdict_has_a_variant_and_back() {
        assert_eq!(GrantVerdict::ALL.len(), grant_verdict::ALL.len());
        for (v, &code) in GrantVerdict::ALL.iter().zip(grant_verdict::ALL.iter()) {
            assert_eq!(v.code(), code);
            assert_eq!(GrantVerdict::from_code(code), Some(*v));
            assert_eq!(v.label(), grant_verdict::name(code));
        }
        assert_eq!(
            GrantVerdict::from_code(grant_verdict::EXPIRED),
            Some(GrantVerdict::Expired)
        );
        assert_eq!(GrantVerdict::Expired.label(), "expired");
        assert_eq!(GrantVerdict::from_code(8), None);
        assert_eq!(GrantVerdict::from_code(0xf), None);
    }
}
