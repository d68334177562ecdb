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

/// Fields of `CRYPTO_STATUS`: the table the driver's typed crypto status
/// is generated from, and the masks the design and the simulator use.
pub mod status {
    use crate::Field;

    const KEY_READY_FIELD: Field = Field {
        name: "KEY_READY",
        lsb: 0,
        width: 1,
        doc: "the device key has been derived (attest and grants are possible)",
    };
    const BUSY_FIELD: Field = Field {
        name: "BUSY",
        lsb: 1,
        width: 1,
        doc: "a command (or the power-up key derivation) is running",
    };
    const DECOMMISSIONED_FIELD: Field = Field {
        name: "DECOMMISSIONED",
        lsb: 2,
        width: 1,
        doc: "decommissioned: the key is cleared until the bitstream reloads",
    };
    const REPORT_VALID_FIELD: Field = Field {
        name: "REPORT_VALID",
        lsb: 3,
        width: 1,
        doc: "`REPORT`/`SIGNATURE` hold a report",
    };
    const VERDICT_VALID_FIELD: Field = Field {
        name: "VERDICT_VALID",
        lsb: 4,
        width: 1,
        doc: "the verdict field holds the result of a grant check",
    };
    const REFUSED_FIELD: Field = Field {
        name: "REFUSED",
        lsb: 5,
        width: 1,
        doc: "the last `CRYPTO_CMD` write was refused",
    };
    /// The Ed25519 engine's last status (bits 11:8).
    pub const ENGINE_STATUS_FIELD: Field = Field {
        name: "ENGINE_STATUS",
        lsb: 8,
        width: 4,
        doc: "the Ed25519 engine's last status",
    };
    /// The last grant verdict (bits 15:12), a
    /// [`crate::formats::grant_verdict`] code.
    pub const VERDICT_FIELD: Field = Field {
        name: "VERDICT",
        lsb: 12,
        width: 4,
        doc: "the last grant verdict",
    };

    /// Every field, least significant first.
    pub const FIELDS: &[Field] = &[
        KEY_READY_FIELD,
        BUSY_FIELD,
        DECOMMISSIONED_FIELD,
        REPORT_VALID_FIELD,
        VERDICT_VALID_FIELD,
        REFUSED_FIELD,
        ENGINE_STATUS_FIELD,
        VERDICT_FIELD,
    ];

    /// The device key has been derived (attest and grants are possible).
    pub const KEY_READY: u32 = KEY_READY_FIELD.mask();
    /// A command (or the power-up key derivation) is running.
    pub const BUSY: u32 = BUSY_FIELD.mask();
    /// Decommissioned: the key is cleared until the bitstream reloads.
    pub const DECOMMISSIONED: u32 = DECOMMISSIONED_FIELD.mask();
    /// `REPORT`/`SIGNATURE` hold a report.
    pub const REPORT_VALID: u32 = REPORT_VALID_FIELD.mask();
    /// The verdict field holds the result of a grant check.
    pub const VERDICT_VALID: u32 = VERDICT_VALID_FIELD.mask();
    /// The last `CRYPTO_CMD` write was refused.
    pub const REFUSED: u32 = REFUSED_FIELD.mask();
    /// Last engine status (bits 11:8).
    pub const ENGINE_STATUS_SHIFT: u32 = ENGINE_STATUS_FIELD.lsb as u32;
    /// Last grant verdict (bits 15:12), an `abi::formats::grant_verdict`.
    pub const VERDICT_SHIFT: u32 = VERDICT_FIELD.lsb as u32;

    /// The engine status field.
    pub fn engine_status(word: u32) -> u8 {
        ENGINE_STATUS_FIELD.get(word) as u8
    }
    /// The verdict field.
    pub fn verdict(word: u32) -> u8 {
        VERDICT_FIELD.get(word) as u8
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
        let mut used = 0u32;
        for f in status::FIELDS {
            assert_eq!(used & f.mask(), 0, "CRYPTO_STATUS.{} overlaps", f.name);
            used |= f.mask();
        }
        assert_eq!(status::KEY_READY, 1);
        assert_eq!(status::verdict(0x7000), 7);
        assert_eq!(REPORT_0 as usize + 4 * (REPORT_WORDS - 1), 0xA10);
    }
}
