//! The card's crypto register window (0x800..0xFFF): attestation, the
//! device key, the authority key set and grant submission.
//!
//! These registers belong to the card top's `CryptoCtl`, not to the fuse
//! core, so they are not in [`crate::REGISTERS`]. `docs/design-card.md`
//! gives their meaning; the sequences are described there too.

/// First byte of the crypto window (address bit 11 selects it).
pub const WINDOW_BASE: u16 = 0x800;

/// Status: see the `status` bits.
pub const CRYPTO_STATUS: u16 = 0x800;
/// Command (write-only): [`cmd::ATTEST`] or [`cmd::APPLY_GRANT`].
pub const CRYPTO_CMD: u16 = 0x804;
/// Sequence number of the last report, low word.
pub const REPORT_SEQ_0: u16 = 0x808;
/// Sequence number of the last report, high word.
pub const REPORT_SEQ_1: u16 = 0x80C;
/// Bit s: authority slot s is revoked.
pub const REVOKED_SLOTS: u16 = 0x810;
/// Bit s: slot s verified in the last grant check.
pub const GRANT_VALID_SLOTS: u16 = 0x814;
/// The device public key, 8 words.
pub const DEVICE_KEY_0: u16 = 0x820;
/// The nonce for the next host-started report, 8 words (read/write).
pub const NONCE_0: u16 = 0x840;
/// Digest of the authority key set, 8 words.
pub const AUTHORITY_DIGEST_0: u16 = 0x860;
/// n in bits 3:0, k in bits 7:4.
pub const AUTHORITY_CONFIG: u16 = 0x880;
/// The last report, 69 words.
pub const REPORT_0: u16 = 0x900;
/// Its signature, 16 words.
pub const SIGNATURE_0: u16 = 0xA20;
/// The grant body, 32 words (write-only).
pub const GRANT_BODY_0: u16 = 0xA80;
/// Bit s: a signature for slot s is in the grant signature area.
pub const GRANT_SIG_PRESENT: u16 = 0xB00;
/// Signature of slot s, word j, at `GRANT_SIG_0 + 64 s + 4 j` (write-only).
pub const GRANT_SIG_0: u16 = 0xC00;

/// Words of a report.
pub const REPORT_WORDS: usize = crate::formats::REPORT_LEN / 4;
/// Words of a signature.
pub const SIGNATURE_WORDS: usize = crate::formats::SIGNATURE_LEN / 4;
/// Words of a grant body.
pub const GRANT_BODY_WORDS: usize = crate::formats::GRANT_BODY_LEN / 4;

/// Byte offset of slot `slot`'s signature word `word`.
pub const fn grant_sig(slot: usize, word: usize) -> u16 {
    GRANT_SIG_0 + (64 * slot + 4 * word) as u16
}

/// Values of `CRYPTO_CMD`.
pub mod cmd {
    /// Snapshot, sign and publish a report with the nonce in `NONCE`.
    pub const ATTEST: u32 = 1;
    /// Check the grant in the grant registers and apply it if it passes.
    pub const APPLY_GRANT: u32 = 2;
}

/// Bits of `CRYPTO_STATUS`.
pub mod status {
    /// The device key has been derived (attest and grants are possible).
    pub const KEY_READY: u32 = 1 << 0;
    /// A command (or the power-up key derivation) is running.
    pub const BUSY: u32 = 1 << 1;
    /// Decommissioned: the key is cleared until the bitstream reloads.
    pub const DECOMMISSIONED: u32 = 1 << 2;
    /// `REPORT`/`SIGNATURE` hold a report.
    pub const REPORT_VALID: u32 = 1 << 3;
    /// The verdict field holds the result of a grant check.
    pub const VERDICT_VALID: u32 = 1 << 4;
    /// The last `CRYPTO_CMD` write was refused.
    pub const REFUSED: u32 = 1 << 5;
    /// Last engine status (bits 11:8).
    pub const ENGINE_STATUS_SHIFT: u32 = 8;
    /// Last grant verdict (bits 15:12), an `abi::formats::grant_verdict`.
    pub const VERDICT_SHIFT: u32 = 12;

    /// The engine status field.
    pub fn engine_status(word: u32) -> u8 {
        ((word >> ENGINE_STATUS_SHIFT) & 0xf) as u8
    }
    /// The verdict field.
    pub fn verdict(word: u32) -> u8 {
        ((word >> VERDICT_SHIFT) & 0xf) as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_layout_fits_and_does_not_overlap() {
        let areas: [(u16, usize); 12] = [
            (CRYPTO_STATUS, 1),
            (CRYPTO_CMD, 1),
            (REPORT_SEQ_0, 2),
            (REVOKED_SLOTS, 1),
            (GRANT_VALID_SLOTS, 1),
            (DEVICE_KEY_0, 8),
            (NONCE_0, 8),
            (AUTHORITY_DIGEST_0, 8),
            (AUTHORITY_CONFIG, 1),
            (REPORT_0, REPORT_WORDS),
            (SIGNATURE_0, SIGNATURE_WORDS),
            (GRANT_BODY_0, GRANT_BODY_WORDS),
        ];
        let mut all: Vec<(u16, usize)> = areas.to_vec();
        all.push((GRANT_SIG_PRESENT, 1));
        all.push((GRANT_SIG_0, 8 * SIGNATURE_WORDS));
        all.sort();
        for w in all.windows(2) {
            let end = w[0].0 as usize + 4 * w[0].1;
            assert!(
                end <= w[1].0 as usize,
                "{:#x} overlaps {:#x}",
                w[0].0,
                w[1].0
            );
        }
        for (base, words) in all {
            assert!(base >= WINDOW_BASE && base % 4 == 0);
            assert!(base as usize + 4 * words <= crate::pci::REGISTER_BAR_SIZE as usize);
        }
        assert_eq!(grant_sig(7, 15), 0xDFC);
        assert_eq!(REPORT_0 as usize + 4 * (REPORT_WORDS - 1), 0xA10);
    }
}
