//! The card's grant check, as a reference model that verifies every
//! signature on the hardware Ed25519 engine (any [`EdEngine`]): the rules
//! the fuse applies before it loosens anything.
//!
//! A grant is applied only if it is well formed, names this device and this
//! boot epoch, carries a sequence number above the last accepted one, every
//! signature from a live (non-revoked) slot verifies strictly, at least
//! k distinct live slots signed, and its expiry epoch is not before the
//! device epoch of the cycle it is applied in (`expiry_epoch >=
//! device_epoch`: a grant expiring in the current epoch still applies). The
//! checks run in that order and the first failure is the verdict
//! ([`grant_verdict`]); a failed check changes nothing. Signatures from
//! revoked slots are not verified and do not count. Expiry is judged last,
//! at apply time, because verifying takes many epochs' worth of cycles on a
//! short-epoch card: a grant can expire while it is being verified.

use crate::ed25519::{Ed25519, EdEngine, HostError};
use capfuse_abi::formats::{grant_verdict, Grant, GrantBody, MAX_AUTHORITY_SLOTS};
use capfuse_hdl::ed25519::isa::status;

/// What the card knows when a grant arrives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantPolicy {
    /// Authority public keys in slot order (built into the bitstream).
    pub authority_keys: Vec<[u8; 32]>,
    /// Signatures required (k).
    pub threshold: usize,
    /// Slots revoked by earlier grants.
    pub revoked: [bool; MAX_AUTHORITY_SLOTS],
    /// This device's public key.
    pub device_key: [u8; 32],
    /// The current boot epoch.
    pub boot_epoch: u64,
    /// Sequence number of the last accepted grant (0: none).
    pub last_seq: u64,
    /// The device epoch of the cycle the grant is applied in (the card's
    /// cycle counter >> epoch shift, after the signatures are verified).
    pub device_epoch: u64,
}

/// The outcome of checking one grant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// A [`grant_verdict`] code.
    pub code: u8,
    /// The parsed body, when the grant was well formed.
    pub body: Option<GrantBody>,
    /// Slots whose signature verified.
    pub valid_slots: Vec<u8>,
    /// Engine cycles spent verifying signatures.
    pub cycles: u64,
}

impl Verdict {
    fn early(code: u8, body: Option<GrantBody>) -> Verdict {
        Verdict {
            code,
            body,
            valid_slots: Vec::new(),
            cycles: 0,
        }
    }

    /// True when the grant was applied.
    pub fn applied(&self) -> bool {
        self.code == grant_verdict::APPLIED
    }
}

impl GrantPolicy {
    /// Checks `grant_bytes` (a grant file) and, when it passes, applies its
    /// sequence number and revocation to this policy. The caller applies the
    /// limits, the trip clearing and decommissioning from `Verdict::body`.
    pub fn check_and_apply(
        &mut self,
        engine: &mut dyn EdEngine,
        grant_bytes: &[u8],
    ) -> Result<Verdict, HostError> {
        let grant = match Grant::from_bytes(grant_bytes) {
            Ok(g) => g,
            Err(_) => return Ok(Verdict::early(grant_verdict::MALFORMED, None)),
        };
        let body = grant.body.clone();
        let early = |code| Ok(Verdict::early(code, Some(body.clone())));
        if grant
            .signatures
            .iter()
            .any(|s| s.slot as usize >= self.authority_keys.len())
        {
            return early(grant_verdict::MALFORMED);
        }
        if body.device_key != self.device_key {
            return early(grant_verdict::WRONG_DEVICE);
        }
        if body.boot_epoch != self.boot_epoch {
            return early(grant_verdict::WRONG_BOOT);
        }
        if body.seq <= self.last_seq {
            return early(grant_verdict::REPLAY);
        }
        let message = body.to_bytes();
        let mut verdict = Verdict::early(grant_verdict::APPLIED, Some(body.clone()));
        for sig in &grant.signatures {
            if self.revoked[sig.slot as usize] {
                continue;
            }
            let key = self.authority_keys[sig.slot as usize];
            let run = Ed25519::new(engine, [0; 32]).verify(&key, &message, &sig.signature)?;
            verdict.cycles += run.cycles;
            if run.status != status::OK {
                verdict.code = grant_verdict::BAD_SIGNATURE;
                verdict.valid_slots.clear();
                return Ok(verdict);
            }
            verdict.valid_slots.push(sig.slot);
        }
        if verdict.valid_slots.len() < self.threshold {
            verdict.code = grant_verdict::TOO_FEW_SIGNERS;
            return Ok(verdict);
        }
        if body.expiry_epoch < self.device_epoch {
            verdict.code = grant_verdict::EXPIRED;
            return Ok(verdict);
        }
        self.last_seq = body.seq;
        if body.flags & capfuse_abi::formats::grant_flag::REVOKE_SLOT != 0 {
            self.revoked[body.revoke_slot as usize] = true;
        }
        Ok(verdict)
    }
}
