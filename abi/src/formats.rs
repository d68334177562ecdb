//! Wire formats: the signed counter report and the authority's grant.
//!
//! Fixed layouts, little-endian, versioned, each starting with a 16-byte
//! domain-separation string so a report can never be taken for a grant or
//! the other way round. `docs/formats.md` documents every byte; the
//! `layout_*` tests below hold the offsets it gives.
//!
//! A report is signed by the device key over its [`REPORT_LEN`] bytes; a
//! grant body ([`GRANT_BODY_LEN`] bytes) is signed by each authority key, and
//! a grant file carries the body and up to [`MAX_AUTHORITY_SLOTS`]
//! (slot, signature) pairs.

/// Domain string of a report (16 bytes, NUL padded).
pub const REPORT_DOMAIN: [u8; 16] = *b"capfuse/report\0\0";
/// Domain string of a grant body (16 bytes, NUL padded).
pub const GRANT_DOMAIN: [u8; 16] = *b"capfuse/grant\0\0\0";
/// Domain string hashed into the authority key set digest.
pub const AUTHORITY_DOMAIN: [u8; 16] = *b"capfuse/authkeys";
/// Version of both formats.
pub const FORMAT_VERSION: u16 = 1;
/// Bytes of a report (the signed message).
pub const REPORT_LEN: usize = 276;
/// Bytes of an Ed25519 signature.
pub const SIGNATURE_LEN: usize = 64;
/// Bytes of a signed report: the report, then the device's signature.
pub const SIGNED_REPORT_LEN: usize = REPORT_LEN + SIGNATURE_LEN;
/// Bytes of a grant body (the message every authority signs).
pub const GRANT_BODY_LEN: usize = 128;
/// Most authority key slots a bitstream can hold.
pub const MAX_AUTHORITY_SLOTS: usize = 8;
/// Cumulative values (work, budgets, thresholds) are at most 96 bits.
pub const MAX_96: u128 = (1 << 96) - 1;

/// Grant flags.
pub mod grant_flag {
    /// Clear the trip (all reasons) when the grant is applied.
    pub const CLEAR_TRIP: u16 = 1 << 0;
    /// Revoke the authority key slot named in `revoke_slot`.
    pub const REVOKE_SLOT: u16 = 1 << 1;
    /// Stop for good and clear the device key until the bitstream reloads.
    pub const DECOMMISSION: u16 = 1 << 2;
    /// Every defined flag.
    pub const ALL: u16 = CLEAR_TRIP | REVOKE_SLOT | DECOMMISSION;
}

/// Where the fuse core finds a grant's fields: indices of the 32-bit
/// little-endian words of the [`GRANT_BODY_LEN`]-byte body, which the card
/// passes word by word to the core's grant port once the signatures are
/// checked (`grant_addr` / `grant_wdata`). Words not listed here are not
/// the core's (the card checks them). The RTL and the cycle model both
/// decode the port with these.
pub mod grant_word {
    /// FORMAT_VERSION in bits 15:0, the [`super::grant_flag`] bits in 31:16.
    pub const FLAGS: u8 = 4;
    /// `seq`, bits 31:0.
    pub const SEQ_0: u8 = 14;
    /// `seq`, bits 63:32.
    pub const SEQ_1: u8 = 15;
    /// `expiry_epoch`, bits 31:0.
    pub const EXPIRY_0: u8 = 18;
    /// `expiry_epoch`, bits 63:32.
    pub const EXPIRY_1: u8 = 19;
    /// `limits.cum_budget`, bits 31:0.
    pub const CUM_BUDGET_0: u8 = 20;
    /// `limits.cum_budget`, bits 63:32.
    pub const CUM_BUDGET_1: u8 = 21;
    /// `limits.cum_budget`, bits 95:64 (bits 127:96, word 23, are 0).
    pub const CUM_BUDGET_2: u8 = 22;
    /// `limits.window_budget`.
    pub const WINDOW_BUDGET: u8 = 24;
    /// `limits.window_len`.
    pub const WINDOW_LEN: u8 = 25;
    /// `limits.baseline_ratio` in bits 15:0, `limits.trip_ratio` in 31:16.
    pub const RATIOS: u8 = 26;
    /// `limits.report_threshold`, bits 31:0.
    pub const REPORT_THRESHOLD_0: u8 = 27;
    /// `limits.report_threshold`, bits 63:32.
    pub const REPORT_THRESHOLD_1: u8 = 28;
    /// `limits.report_threshold`, bits 95:64 (bits 127:96, word 30, are 0).
    pub const REPORT_THRESHOLD_2: u8 = 29;
}

/// Verdicts of the card's grant check (the GRANT_STATUS value after a grant
/// is verified). Any verdict but [`grant_verdict::APPLIED`] changes nothing.
pub mod grant_verdict {
    /// Every check passed; all fields were applied at once.
    pub const APPLIED: u8 = 0;
    /// The grant bytes are not a well-formed grant (see [`super::FormatError`]),
    /// or a signature names a slot the bitstream does not have.
    pub const MALFORMED: u8 = 1;
    /// The grant is for another device key.
    pub const WRONG_DEVICE: u8 = 2;
    /// The grant is for another boot epoch.
    pub const WRONG_BOOT: u8 = 3;
    /// The sequence number is not above the last accepted grant's.
    pub const REPLAY: u8 = 4;
    /// A signature from a live slot does not verify (strictly).
    pub const BAD_SIGNATURE: u8 = 5;
    /// Fewer than k distinct, non-revoked slots signed.
    pub const TOO_FEW_SIGNERS: u8 = 6;
    /// Every other check passed, but the grant's expiry epoch is before the
    /// device epoch of the cycle it would have been applied in
    /// (`expiry_epoch < device_epoch`; a grant expiring in the current epoch
    /// is still applied and lapses when that epoch ends). Decided at apply
    /// time, so a grant that expires while its signatures are verified is
    /// refused too.
    pub const EXPIRED: u8 = 7;

    /// A verdict as the tools know it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Verdict {
        /// Its code in `CRYPTO_STATUS`.
        pub code: u8,
        /// Its name in upper case (the generated types' variant).
        pub name: &'static str,
        /// The short label the tools print.
        pub label: &'static str,
        /// What it means, in one line.
        pub doc: &'static str,
    }

    /// Every verdict, in code order: the table the driver's typed verdict
    /// is generated from.
    pub const VERDICTS: &[Verdict] = &[
        Verdict {
            code: APPLIED,
            name: "APPLIED",
            label: "applied",
            doc: "every check passed; the grant was applied",
        },
        Verdict {
            code: MALFORMED,
            name: "MALFORMED",
            label: "malformed",
            doc: "not a well-formed grant, or a signature for a slot the card lacks",
        },
        Verdict {
            code: WRONG_DEVICE,
            name: "WRONG_DEVICE",
            label: "wrong device",
            doc: "for another device key",
        },
        Verdict {
            code: WRONG_BOOT,
            name: "WRONG_BOOT",
            label: "wrong boot epoch",
            doc: "for another boot epoch",
        },
        Verdict {
            code: REPLAY,
            name: "REPLAY",
            label: "replay",
            doc: "sequence number not above the card's last",
        },
        Verdict {
            code: BAD_SIGNATURE,
            name: "BAD_SIGNATURE",
            label: "bad signature",
            doc: "a live slot's signature does not verify",
        },
        Verdict {
            code: TOO_FEW_SIGNERS,
            name: "TOO_FEW_SIGNERS",
            label: "too few signers",
            doc: "fewer than k distinct live slots signed",
        },
        Verdict {
            code: EXPIRED,
            name: "EXPIRED",
            label: "expired",
            doc: "its expiry epoch is before the device epoch it would have been applied in",
        },
    ];

    /// Every verdict code, in code order.
    pub const ALL: [u8; VERDICTS.len()] = {
        let mut all = [0u8; VERDICTS.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = VERDICTS[i].code;
            i += 1;
        }
        all
    };

    /// A short label for a verdict code.
    pub fn name(v: u8) -> &'static str {
        VERDICTS
            .iter()
            .find(|d| d.code == v)
            .map_or("unknown verdict", |d| d.label)
    }
}

/// Why bytes are not a valid report or grant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Fewer (or more) bytes than the layout has.
    Length {
        what: &'static str,
        expected: usize,
        got: usize,
    },
    /// The domain string is not this format's (e.g. a grant given as a report).
    Domain { what: &'static str },
    /// A version this code does not know.
    Version { what: &'static str, got: u16 },
    /// A reserved field is not zero.
    Reserved { what: &'static str, offset: usize },
    /// A field is out of its range.
    Range {
        what: &'static str,
        field: &'static str,
    },
    /// Flags outside [`grant_flag::ALL`].
    Flags { got: u16 },
    /// More signatures than slots, or one slot twice.
    Signatures { problem: String },
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Length {
                what,
                expected,
                got,
            } => write!(f, "{what} is {got} bytes; expected {expected} (truncated or padded?)"),
            FormatError::Domain { what } => write!(
                f,
                "not a {what}: the domain string differs (a report, a grant and a grant file are not interchangeable)"
            ),
            FormatError::Version { what, got } => write!(
                f,
                "{what} has format version {got}; this build reads version {FORMAT_VERSION}"
            ),
            FormatError::Reserved { what, offset } => {
                write!(f, "{what}: reserved bytes at offset {offset} are not zero")
            }
            FormatError::Range { what, field } => write!(f, "{what}: {field} is out of range"),
            FormatError::Flags { got } => write!(
                f,
                "grant flags {got:#06x} include undefined bits (defined: {:#06x})",
                grant_flag::ALL
            ),
            FormatError::Signatures { problem } => write!(f, "grant signatures: {problem}"),
        }
    }
}

impl std::error::Error for FormatError {}

/// The limits a report states and a grant sets (absolute values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Cumulative work budget (96 bits).
    pub cum_budget: u128,
    /// Work per window.
    pub window_budget: u32,
    /// Window length in cycles (>= 1).
    pub window_len: u32,
    /// Clock-enable ratio in 256ths outside a trip (0..=256).
    pub baseline_ratio: u16,
    /// Ratio after a trip (0..=256).
    pub trip_ratio: u16,
    /// Cumulative work at which the card signs a report by itself (96 bits).
    pub report_threshold: u128,
}

/// Bytes of [`Limits`] on the wire.
pub const LIMITS_LEN: usize = 44;

/// Trip reasons with a timestamp, in the order of `trip_cycles`.
pub const TRIP_CYCLE_REASONS: [&str; 4] = [
    "cumulative budget",
    "kill register",
    "kill pin",
    "license expired",
];

/// A counter report, as the card signs it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The device public key (Ed25519).
    pub device_key: [u8; 32],
    /// The host's nonce for this report (zero for threshold reports).
    pub nonce: [u8; 32],
    /// Report sequence number (per boot; increments with every report).
    pub seq: u64,
    /// The board's monotonic boot counter.
    pub boot_epoch: u64,
    /// The device epoch (licence time).
    pub device_epoch: u64,
    /// Cycle counter at the snapshot.
    pub cycle: u64,
    /// Cumulative admitted work (96 bits).
    pub cum_work: u128,
    /// Work in the current window.
    pub window_work: u32,
    /// STATUS register.
    pub status: u32,
    /// TRIP_REASON bitmask.
    pub trip_reasons: u32,
    /// Cycle of each timestamped trip reason (see [`TRIP_CYCLE_REASONS`]).
    pub trip_cycles: [u64; 4],
    /// The limits in force.
    pub limits: Limits,
    /// Device epoch at which the licence lapses.
    pub license_expiry: u64,
    /// Sequence number of the last accepted grant (0: none).
    pub last_grant_seq: u64,
    /// Digest of the authority key set built into the bitstream.
    pub authority_digest: [u8; 32],
}

/// A grant body: what the authorities sign.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GrantBody {
    /// [`grant_flag`] bits.
    pub flags: u16,
    /// The device this grant is for.
    pub device_key: [u8; 32],
    /// Must exceed the device's last accepted grant sequence number.
    pub seq: u64,
    /// The boot epoch this grant is valid in.
    pub boot_epoch: u64,
    /// Device epoch after which the licence lapses.
    pub expiry_epoch: u64,
    /// The new limits (absolute).
    pub limits: Limits,
    /// Slot revoked when [`grant_flag::REVOKE_SLOT`] is set (else 0).
    pub revoke_slot: u8,
}

/// One authority's signature over a grant body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotSignature {
    /// The authority key slot (0..MAX_AUTHORITY_SLOTS).
    pub slot: u8,
    pub signature: [u8; 64],
}

/// A grant file: the body and the signatures gathered so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grant {
    pub body: GrantBody,
    pub signatures: Vec<SlotSignature>,
}

struct Writer(Vec<u8>);

impl Writer {
    fn put(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.put(&v.to_le_bytes())
    }
    fn u32(&mut self, v: u32) {
        self.put(&v.to_le_bytes())
    }
    fn u64(&mut self, v: u64) {
        self.put(&v.to_le_bytes())
    }
    fn u128(&mut self, v: u128) {
        self.put(&v.to_le_bytes())
    }
    fn limits(&mut self, l: &Limits) {
        self.u128(l.cum_budget);
        self.u32(l.window_budget);
        self.u32(l.window_len);
        self.u16(l.baseline_ratio);
        self.u16(l.trip_ratio);
        self.u128(l.report_threshold);
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let v: [u8; N] = self.b[self.at..self.at + N].try_into().unwrap();
        self.at += N;
        v
    }
    fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }
    fn u16(&mut self) -> u16 {
        u16::from_le_bytes(self.take())
    }
    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }
    fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.take())
    }
    fn u128(&mut self) -> u128 {
        u128::from_le_bytes(self.take())
    }
    fn limits(&mut self) -> Limits {
        Limits {
            cum_budget: self.u128(),
            window_budget: self.u32(),
            window_len: self.u32(),
            baseline_ratio: self.u16(),
            trip_ratio: self.u16(),
            report_threshold: self.u128(),
        }
    }
}

/// Checks the common header: domain, version, reserved, declared length.
fn header<'a>(
    bytes: &'a [u8],
    what: &'static str,
    domain: &[u8; 16],
    len: usize,
) -> Result<(Reader<'a>, u16), FormatError> {
    if bytes.len() >= 16 && bytes[..16] != domain[..] {
        return Err(FormatError::Domain { what });
    }
    if bytes.len() != len {
        return Err(FormatError::Length {
            what,
            expected: len,
            got: bytes.len(),
        });
    }
    let mut r = Reader { b: bytes, at: 16 };
    let version = r.u16();
    if version != FORMAT_VERSION {
        return Err(FormatError::Version { what, got: version });
    }
    let word = r.u16();
    let declared = r.u32() as usize;
    if declared != len {
        return Err(FormatError::Range {
            what,
            field: "declared length",
        });
    }
    Ok((r, word))
}

fn check_limits(l: &Limits, what: &'static str) -> Result<(), FormatError> {
    let bad = |field| Err(FormatError::Range { what, field });
    if l.cum_budget > MAX_96 {
        return bad("cum_budget (over 96 bits)");
    }
    if l.report_threshold > MAX_96 {
        return bad("report_threshold (over 96 bits)");
    }
    if l.window_len == 0 {
        return bad("window_len (0)");
    }
    if l.baseline_ratio > 256 || l.trip_ratio > 256 {
        return bad("ratio (over 256)");
    }
    Ok(())
}

impl Report {
    /// The [`REPORT_LEN`] bytes the device signs.
    pub fn to_bytes(&self) -> [u8; REPORT_LEN] {
        let mut w = Writer(Vec::with_capacity(REPORT_LEN));
        w.put(&REPORT_DOMAIN);
        w.u16(FORMAT_VERSION);
        w.u16(0);
        w.u32(REPORT_LEN as u32);
        w.put(&self.device_key);
        w.put(&self.nonce);
        w.u64(self.seq);
        w.u64(self.boot_epoch);
        w.u64(self.device_epoch);
        w.u64(self.cycle);
        w.u128(self.cum_work);
        w.u32(self.window_work);
        w.u32(self.status);
        w.u32(self.trip_reasons);
        w.u32(0);
        for c in self.trip_cycles {
            w.u64(c);
        }
        w.limits(&self.limits);
        w.u64(self.license_expiry);
        w.u64(self.last_grant_seq);
        w.put(&self.authority_digest);
        w.0.try_into().expect("report layout is REPORT_LEN bytes")
    }

    /// Parses a report (without its signature).
    pub fn from_bytes(bytes: &[u8]) -> Result<Report, FormatError> {
        let what = "report";
        let (mut r, reserved) = header(bytes, what, &REPORT_DOMAIN, REPORT_LEN)?;
        if reserved != 0 {
            return Err(FormatError::Reserved { what, offset: 18 });
        }
        let mut rep = Report {
            device_key: r.take(),
            nonce: r.take(),
            seq: r.u64(),
            boot_epoch: r.u64(),
            device_epoch: r.u64(),
            cycle: r.u64(),
            cum_work: r.u128(),
            window_work: r.u32(),
            status: r.u32(),
            trip_reasons: r.u32(),
            ..Report::default()
        };
        if r.u32() != 0 {
            return Err(FormatError::Reserved { what, offset: 148 });
        }
        for c in rep.trip_cycles.iter_mut() {
            *c = r.u64();
        }
        rep.limits = r.limits();
        rep.license_expiry = r.u64();
        rep.last_grant_seq = r.u64();
        rep.authority_digest = r.take();
        if rep.cum_work > MAX_96 {
            return Err(FormatError::Range {
                what,
                field: "cum_work (over 96 bits)",
            });
        }
        check_limits(&rep.limits, what)?;
        Ok(rep)
    }
}

impl GrantBody {
    /// The [`GRANT_BODY_LEN`] bytes every authority signs.
    pub fn to_bytes(&self) -> [u8; GRANT_BODY_LEN] {
        let mut w = Writer(Vec::with_capacity(GRANT_BODY_LEN));
        w.put(&GRANT_DOMAIN);
        w.u16(FORMAT_VERSION);
        w.u16(self.flags);
        w.u32(GRANT_BODY_LEN as u32);
        w.put(&self.device_key);
        w.u64(self.seq);
        w.u64(self.boot_epoch);
        w.u64(self.expiry_epoch);
        w.limits(&self.limits);
        w.u8(self.revoke_slot);
        w.put(&[0; 3]);
        w.0.try_into()
            .expect("grant layout is GRANT_BODY_LEN bytes")
    }

    /// Parses and checks a grant body.
    pub fn from_bytes(bytes: &[u8]) -> Result<GrantBody, FormatError> {
        let what = "grant";
        let (mut r, flags) = header(bytes, what, &GRANT_DOMAIN, GRANT_BODY_LEN)?;
        if flags & !grant_flag::ALL != 0 {
            return Err(FormatError::Flags { got: flags });
        }
        let body = GrantBody {
            flags,
            device_key: r.take(),
            seq: r.u64(),
            boot_epoch: r.u64(),
            expiry_epoch: r.u64(),
            limits: r.limits(),
            revoke_slot: r.u8(),
        };
        if r.take::<3>() != [0; 3] {
            return Err(FormatError::Reserved { what, offset: 125 });
        }
        if body.seq == 0 {
            return Err(FormatError::Range {
                what,
                field: "seq (0 is never accepted)",
            });
        }
        if body.revoke_slot as usize >= MAX_AUTHORITY_SLOTS
            || (body.flags & grant_flag::REVOKE_SLOT == 0 && body.revoke_slot != 0)
        {
            return Err(FormatError::Range {
                what,
                field: "revoke_slot",
            });
        }
        check_limits(&body.limits, what)?;
        Ok(body)
    }
}

impl Grant {
    /// The grant file: body, signature count, then (slot, signature) pairs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.body.to_bytes().to_vec();
        out.push(self.signatures.len() as u8);
        for s in &self.signatures {
            out.push(s.slot);
            out.extend_from_slice(&s.signature);
        }
        out
    }

    /// Parses a grant file. Signatures are not checked here (the card and
    /// `capfuse grant inspect` do that against the authority keys).
    pub fn from_bytes(bytes: &[u8]) -> Result<Grant, FormatError> {
        let what = "grant file";
        if bytes.len() <= GRANT_BODY_LEN {
            if bytes.len() >= 16 && bytes[..16] != GRANT_DOMAIN[..] {
                return Err(FormatError::Domain { what });
            }
            return Err(FormatError::Length {
                what,
                expected: GRANT_BODY_LEN + 1,
                got: bytes.len(),
            });
        }
        let body = GrantBody::from_bytes(&bytes[..GRANT_BODY_LEN])?;
        let n = bytes[GRANT_BODY_LEN] as usize;
        let expected = GRANT_BODY_LEN + 1 + n * (1 + SIGNATURE_LEN);
        if n > MAX_AUTHORITY_SLOTS {
            return Err(FormatError::Signatures {
                problem: format!("{n} signatures; at most {MAX_AUTHORITY_SLOTS}"),
            });
        }
        if bytes.len() != expected {
            return Err(FormatError::Length {
                what,
                expected,
                got: bytes.len(),
            });
        }
        let mut signatures: Vec<SlotSignature> = Vec::with_capacity(n);
        for i in 0..n {
            let at = GRANT_BODY_LEN + 1 + i * (1 + SIGNATURE_LEN);
            let slot = bytes[at];
            if slot as usize >= MAX_AUTHORITY_SLOTS {
                return Err(FormatError::Signatures {
                    problem: format!("slot {slot}; slots are 0..{MAX_AUTHORITY_SLOTS}"),
                });
            }
            if signatures.iter().any(|s| s.slot == slot) {
                return Err(FormatError::Signatures {
                    problem: format!("slot {slot} signed twice"),
                });
            }
            signatures.push(SlotSignature {
                slot,
                signature: bytes[at + 1..at + 1 + SIGNATURE_LEN].try_into().unwrap(),
            });
        }
        Ok(Grant { body, signatures })
    }
}

/// Digest of an authority key set: the first 32 bytes of
/// SHA-512(`AUTHORITY_DOMAIN` ‖ n ‖ k ‖ key 0 ‖ … ‖ key n−1).
pub fn authority_digest(keys: &[[u8; 32]], threshold: u8) -> [u8; 32] {
    use sha2::{Digest, Sha512};
    let mut h = Sha512::new();
    h.update(AUTHORITY_DOMAIN);
    h.update([keys.len() as u8, threshold]);
    for k in keys {
        h.update(k);
    }
    h.finalize()[..32].try_into().unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The grant port's word indices are where `GrantBody::to_bytes`
    /// puts each field: every field gets a value no other field has.
    #[test]
    fn grant_words_are_where_the_body_puts_the_fields() {
        let body = GrantBody {
            flags: grant_flag::CLEAR_TRIP | grant_flag::DECOMMISSION,
            device_key: [0x5a; 32],
            seq: 0x1111_2222_3333_4444,
            boot_epoch: 0x5555_6666_7777_8888,
            expiry_epoch: 0x9999_aaaa_bbbb_cccc,
            limits: Limits {
                cum_budget: 0x0102_0304_0506_0708_090a_0b0c,
                window_budget: 0x0d0e_0f10,
                window_len: 0x1112_1314,
                baseline_ratio: 0x0155,
                trip_ratio: 0x00aa,
                report_threshold: 0x1516_1718_191a_1b1c_1d1e_1f20,
            },
            revoke_slot: 0,
        };
        let bytes = body.to_bytes();
        let word = |i: u8| {
            let at = usize::from(i) * 4;
            u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
        };
        use grant_word::*;
        assert_eq!(
            word(FLAGS),
            u32::from(FORMAT_VERSION) | u32::from(body.flags) << 16
        );
        assert_eq!(
            u64::from(word(SEQ_0)) | u64::from(word(SEQ_1)) << 32,
            body.seq
        );
        assert_eq!(
            u64::from(word(EXPIRY_0)) | u64::from(word(EXPIRY_1)) << 32,
            body.expiry_epoch
        );
        let w96 = |a: u8, b: u8, c: u8| {
            u128::from(word(a)) | u128::from(word(b)) << 32 | u128::from(word(c)) << 64
        };
        let l = &body.limits;
        assert_eq!(w96(CUM_BUDGET_0, CUM_BUDGET_1, CUM_BUDGET_2), l.cum_budget);
        assert_eq!(word(CUM_BUDGET_2 + 1), 0, "cum_budget bits 127:96");
        assert_eq!(word(WINDOW_BUDGET), l.window_budget);
        assert_eq!(word(WINDOW_LEN), l.window_len);
        assert_eq!(
            word(RATIOS),
            u32::from(l.baseline_ratio) | u32::from(l.trip_ratio) << 16
        );
        assert_eq!(
            w96(REPORT_THRESHOLD_0, REPORT_THRESHOLD_1, REPORT_THRESHOLD_2),
            l.report_threshold
        );
        assert_eq!(
            word(REPORT_THRESHOLD_2 + 1),
            0,
            "report_threshold bits 127:96"
        );
        assert!(usize::from(REPORT_THRESHOLD_2 + 1) * 4 < GRANT_BODY_LEN);
    }

    #[test]
    fn every_grant_verdict_has_its_code_a_name_and_fits_the_status_field() {
        for (i, &v) in grant_verdict::ALL.iter().enumerate() {
            assert_eq!(usize::from(v), i, "codes are 0..n in order");
            assert!(
                u32::from(v) <= 0xf,
                "the CRYPTO_STATUS verdict field is 4 bits"
            );
            assert_ne!(grant_verdict::name(v), "unknown verdict");
        }
        let mut names: Vec<_> = grant_verdict::ALL
            .iter()
            .map(|&v| grant_verdict::name(v))
            .collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), grant_verdict::ALL.len(), "names are distinct");
        assert_eq!(grant_verdict::name(grant_verdict::EXPIRED), "expired");
        assert_eq!(grant_verdict::name(8), "unknown verdict");
    }

    #[test]
    fn the_verdict_table_in_docs_lists_every_verdict() {
        let doc = include_str!("../../docs/formats.md");
        for &v in grant_verdict::ALL.iter() {
            let row = format!("| {v} | `{}` |", grant_verdict::name(v));
            assert!(doc.contains(&row), "docs/formats.md lacks the row {row}");
        }
    }

    fn report() -> Report {
        Report {
            device_key: [1; 32],
            nonce: [2; 32],
            seq: 3,
            boot_epoch: 4,
            device_epoch: 5,
            cycle: 6,
            cum_work: MAX_96,
            window_work: 7,
            status: 8,
            trip_reasons: 9,
            trip_cycles: [10, 11, 12, 13],
            limits: Limits {
                cum_budget: 1 << 90,
                window_budget: 14,
                window_len: 15,
                baseline_ratio: 256,
                trip_ratio: 16,
                report_threshold: 17,
            },
            license_expiry: 18,
            last_grant_seq: 19,
            authority_digest: [20; 32],
        }
    }

    fn grant() -> Grant {
        Grant {
            body: GrantBody {
                flags: grant_flag::CLEAR_TRIP | grant_flag::REVOKE_SLOT,
                device_key: [1; 32],
                seq: 2,
                boot_epoch: 3,
                expiry_epoch: 4,
                limits: report().limits,
                revoke_slot: 5,
            },
            signatures: vec![
                SlotSignature {
                    slot: 0,
                    signature: [6; 64],
                },
                SlotSignature {
                    slot: 7,
                    signature: [8; 64],
                },
            ],
        }
    }

    #[test]
    fn layout_report_round_trips_with_the_documented_offsets() {
        let r = report();
        let b = r.to_bytes();
        assert_eq!(Report::from_bytes(&b), Ok(r));
        assert_eq!(&b[..16], b"capfuse/report\0\0");
        assert_eq!(b[16..20], [1, 0, 0, 0]); // version 1, reserved
        assert_eq!(u32::from_le_bytes(b[20..24].try_into().unwrap()), 276);
        assert_eq!(b[24..56], [1; 32]); // device key
        assert_eq!(b[56..88], [2; 32]); // nonce
        assert_eq!(b[88], 3); // seq
        assert_eq!(b[112], 6); // cycle
        assert_eq!(b[120..132], [0xff; 12]); // cum_work, 96 bits
        assert_eq!(b[132..136], [0; 4]);
        assert_eq!(b[152], 10); // trip cycles
        assert_eq!(b[184 + 15 - 4], 4); // cum_budget 2^90: byte 11 = 4
        assert_eq!(b[228], 18); // license expiry
        assert_eq!(b[236], 19); // last grant seq
        assert_eq!(b[244..276], [20; 32]);
    }

    #[test]
    fn layout_grant_round_trips_with_the_documented_offsets() {
        let g = grant();
        let b = g.to_bytes();
        assert_eq!(b.len(), 128 + 1 + 2 * 65);
        assert_eq!(Grant::from_bytes(&b), Ok(g.clone()));
        assert_eq!(&b[..16], b"capfuse/grant\0\0\0");
        assert_eq!(b[18], 3); // flags
        assert_eq!(b[24..56], [1; 32]);
        assert_eq!(b[56], 2); // seq
        assert_eq!(b[72], 4); // expiry
        assert_eq!(b[124], 5); // revoke slot
        assert_eq!(b[128], 2); // signature count
        assert_eq!(b[129], 0);
        assert_eq!(b[194], 7);
    }

    #[test]
    fn malformed_and_truncated_inputs_are_refused_with_a_reason() {
        let rb = report().to_bytes();
        let gb = grant().to_bytes();
        // Truncated anywhere.
        for n in [0, 10, 16, 100, REPORT_LEN - 1] {
            assert!(Report::from_bytes(&rb[..n]).is_err(), "report cut at {n}");
        }
        for n in [0, 10, 100, 128, 129, 130, gb.len() - 1] {
            assert!(Grant::from_bytes(&gb[..n]).is_err(), "grant cut at {n}");
        }
        // A grant is not a report and vice versa.
        let mut padded = gb.clone();
        padded.resize(REPORT_LEN, 0);
        assert_eq!(
            Report::from_bytes(&padded),
            Err(FormatError::Domain { what: "report" })
        );
        assert_eq!(
            GrantBody::from_bytes(&rb[..GRANT_BODY_LEN]),
            Err(FormatError::Domain { what: "grant" })
        );
        // Version, reserved, flags, ranges, signatures.
        let mut b = rb;
        b[16] = 2;
        assert!(matches!(
            Report::from_bytes(&b),
            Err(FormatError::Version { got: 2, .. })
        ));
        let mut b = rb;
        b[150] = 1;
        assert!(matches!(
            Report::from_bytes(&b),
            Err(FormatError::Reserved { .. })
        ));
        let mut b = gb.clone();
        b[19] = 0x80;
        assert!(matches!(
            Grant::from_bytes(&b),
            Err(FormatError::Flags { .. })
        ));
        let mut b = gb.clone();
        b[56..64].copy_from_slice(&[0; 8]);
        assert!(matches!(
            Grant::from_bytes(&b),
            Err(FormatError::Range { .. })
        ));
        let mut b = gb.clone();
        b[124] = 8;
        assert!(matches!(
            Grant::from_bytes(&b),
            Err(FormatError::Range { .. })
        ));
        let mut b = gb.clone();
        b[80 + 12] = 1; // cum_budget bit 96
        assert!(matches!(
            Grant::from_bytes(&b),
            Err(FormatError::Range { .. })
        ));
        let mut b = gb.clone();
        b[194] = 0; // slot 0 twice
        assert!(matches!(
            Grant::from_bytes(&b),
            Err(FormatError::Signatures { .. })
        ));
        let mut b = gb.clone();
        b[128] = 3;
        assert!(matches!(
            Grant::from_bytes(&b),
            Err(FormatError::Length { .. })
        ));
        let mut b = gb;
        b.push(0);
        assert!(matches!(
            Grant::from_bytes(&b),
            Err(FormatError::Length { .. })
        ));
    }
}
