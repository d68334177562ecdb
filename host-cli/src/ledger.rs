//! The ledger of signed reports: an append-only file of reports the device
//! signed, each verified before it is appended, hash-chained so that any
//! changed, removed or reordered record is detected, and framed so that a
//! record torn by a crash is told apart from corruption.
//!
//! File format (all integers little-endian; docs/cli.md, "ledger"):
//!
//! ```text
//! header (24 bytes)
//!   0  16  magic "capfuse-ledger\0\0"
//!  16   2  format version, 1
//!  18   2  reserved, 0
//!  20   4  record length, 376
//! record i (376 bytes), at byte offset 24 + 376·i
//!   +0    4  length of the signed report, 340
//!   +4  340  the signed report: report (276 bytes) ‖ device signature (64)
//! +344   32  chain head after this record, head_i
//!
//! leaf_i = SHA-256(0x00 ‖ signed report i)              (RFC 6962 leaf prefix)
//! head_i = SHA-256(0x01 ‖ head_{i-1} ‖ leaf_i),  head_{-1} = 32 zero bytes
//! ```
//!
//! Every field is fixed or checked, so any changed byte is found: the
//! header's fields must be exactly these, a record's length must be 340,
//! its report must parse, carry the ledger's device key, verify
//! (`verify_strict`) under it, come after the previous record in
//! (boot epoch, sequence number) order and not reuse a nonce, and its stored
//! head must be the one the chain computes.
//!
//! Torn records: an append is one write of the whole record followed by an
//! fsync, so a crash can only leave a partial last record. The file's length
//! says so (its records part is not a multiple of 376), or the filesystem
//! exposed the last record's blocks as zeros (a last record slot of all zero
//! bytes, which no real record is). [`Ledger::open`] cuts such a tail off and
//! returns it as a [`Torn`] warning; [`verify_file`] (read only) reports it.
//! Anything else that does not verify, at the end or in the middle, is
//! corruption: an error naming the record.
//!
//! Several processes: an open [`Ledger`] holds an exclusive advisory lock
//! (`flock`) on the ledger file until it is dropped, and [`verify_file`]
//! holds a shared one while it reads. So the tail a writer verifies, cuts
//! (if torn) and extends is the one on disk: no other writer is between its
//! read and its write, and a torn tail is only ever a crashed writer's,
//! never a live one's half-written record. A new ledger is locked before
//! its name appears. Waiting for the lock is bounded: past the timeout the
//! caller gets [`LedgerError::Busy`] and nothing was written.

use std::collections::HashMap;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, BufReader, Read};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use capfuse_abi::formats::{FormatError, Report, REPORT_LEN, SIGNED_REPORT_LEN};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// First 16 bytes of a ledger file.
pub const MAGIC: [u8; 16] = *b"capfuse-ledger\0\0";
/// The ledger format version this build reads and writes.
pub const VERSION: u16 = 1;
/// Bytes of the file header.
pub const HEADER_LEN: usize = 24;
/// Bytes of a chain head.
pub const HEAD_LEN: usize = 32;
/// Bytes of one record: length, signed report, chain head.
pub const RECORD_LEN: usize = 4 + SIGNED_REPORT_LEN + HEAD_LEN;
/// The chain head before the first record.
pub const GENESIS: [u8; 32] = [0; 32];
/// How long opening or verifying a ledger waits for another process's lock
/// by default (docs/cli.md, "ledger": `--lock-timeout-ms`).
pub const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// The header every ledger starts with.
pub fn header_bytes() -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..16].copy_from_slice(&MAGIC);
    h[16..18].copy_from_slice(&VERSION.to_le_bytes());
    h[20..24].copy_from_slice(&(RECORD_LEN as u32).to_le_bytes());
    h
}

/// The leaf hash of a signed report: SHA-256(0x00 ‖ signed report).
pub fn leaf_hash(signed: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([0x00]);
    h.update(signed);
    h.finalize().into()
}

/// The next chain head: SHA-256(0x01 ‖ previous head ‖ leaf).
pub fn chain_head(previous: &[u8; 32], leaf: &[u8; 32]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([0x01]);
    h.update(previous);
    h.update(leaf);
    h.finalize().into()
}

/// Byte offset of record `index`.
pub fn record_offset(index: u64) -> u64 {
    HEADER_LEN as u64 + index * RECORD_LEN as u64
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub use crate::numbers::parse_hex32;

/// First line a device public key file may start with.
pub const DEVICE_KEY_KIND: &str = "capfuse device public key";

/// A device public key file: the 32 raw bytes, or text with one line of 64
/// hex digits, optionally after a `capfuse device public key` line; blank
/// lines and `#` comments are ignored.
pub fn parse_device_key_file(bytes: &[u8]) -> Result<[u8; 32], String> {
    if bytes.len() == 32 {
        return Ok(bytes.try_into().unwrap());
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| format!("neither 32 raw bytes nor text ({} bytes)", bytes.len()))?;
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .peekable();
    if lines.peek() == Some(&DEVICE_KEY_KIND) {
        lines.next();
    }
    match (lines.next(), lines.next()) {
        (Some(l), None) => parse_hex32(l),
        (None, _) => Err("no key in the file".into()),
        (Some(_), Some(_)) => Err(format!(
            "expected one line of 64 hex digits (optionally after `{DEVICE_KEY_KIND}`)"
        )),
    }
}

/// Where a report stands in the device's order: boot epoch, then sequence
/// number within the boot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The board's monotonic boot counter.
    pub boot_epoch: u64,
    /// The report sequence number.
    pub seq: u64,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "seq {} (boot epoch {})", self.seq, self.boot_epoch)
    }
}

/// What is wrong with a record, or with a report offered for appending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The record's length field is not 340.
    Length { got: u32 },
    /// The report does not parse.
    Malformed(FormatError),
    /// The report's device key is not the pinned one or the ledger's.
    DeviceKey {
        expected: [u8; 32],
        got: [u8; 32],
        pinned: bool,
    },
    /// The report's device key is not a usable Ed25519 public key.
    BadKey { key: [u8; 32] },
    /// The signature does not verify (`verify_strict`).
    Signature,
    /// The report does not come after the previous one.
    Order { previous: Position, got: Position },
    /// The (non-zero) nonce is already in the ledger.
    DuplicateNonce { nonce: [u8; 32], first: u64 },
    /// The stored chain head is not the computed one.
    Chain {
        stored: [u8; 32],
        computed: [u8; 32],
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Length { got } => write!(
                f,
                "length field is {got}; every record holds a {SIGNED_REPORT_LEN}-byte signed report"
            ),
            Problem::Malformed(e) => write!(f, "not a valid report: {e}"),
            Problem::DeviceKey {
                expected,
                got,
                pinned: true,
            } => write!(
                f,
                "the report is from device key {}, not the pinned device key {}",
                hex(got),
                hex(expected)
            ),
            Problem::DeviceKey { expected, got, .. } => write!(
                f,
                "the report is from device key {}, but the ledger holds reports of device key {} \
                 (one ledger per device)",
                hex(got),
                hex(expected)
            ),
            Problem::BadKey { key } => write!(
                f,
                "the report's device key {} is not a usable Ed25519 public key",
                hex(key)
            ),
            Problem::Signature => f.write_str(
                "the device signature does not verify over the report (forged, altered, or signed by another key)",
            ),
            Problem::Order { previous, got } => write!(
                f,
                "report {got} does not come after the previous record's {previous} \
                 (a replayed or out-of-order report)"
            ),
            Problem::DuplicateNonce { nonce, first } => write!(
                f,
                "nonce {}… was already used by record {first} (a replayed report)",
                hex(&nonce[..8])
            ),
            Problem::Chain { stored, computed } => write!(
                f,
                "stored chain head {} is not the computed {} (the record was altered)",
                hex(stored),
                hex(computed)
            ),
        }
    }
}

/// Where the authority key-set digest a ledger is checked against came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthorityPin {
    /// The operator's key set file (`--authority-keys`).
    KeySet,
    /// The ledger's first record.
    FirstRecord,
}

/// Consecutive records that carry the same authority key-set digest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorityRun {
    /// Index of the run's first record.
    pub first_index: u64,
    /// Index of its last record.
    pub last_index: u64,
    /// The first record's position.
    pub first: Position,
    /// The last record's position.
    pub last: Position,
    /// The digest its records carry.
    pub digest: [u8; 32],
}

impl AuthorityRun {
    /// Records in the run.
    pub fn records(&self) -> u64 {
        self.last_index - self.first_index + 1
    }
}

/// Follows the authority key-set digest (`Report::authority_digest`, the
/// key set built into the card's bitstream) through a ledger's verified
/// records, against a pinned digest: the given one, or the first record's.
/// A card restarted with another key set keeps its device key, so its
/// reports still verify and chain: only this shows the change.
#[derive(Clone, Debug)]
pub struct AuthorityTrail {
    pinned: Option<[u8; 32]>,
    source: AuthorityPin,
    runs: Vec<AuthorityRun>,
}

impl AuthorityTrail {
    /// A trail pinned to `pinned` (from a key set), or to the first record's
    /// digest when `None`.
    pub fn new(pinned: Option<[u8; 32]>) -> AuthorityTrail {
        AuthorityTrail {
            pinned,
            source: if pinned.is_some() {
                AuthorityPin::KeySet
            } else {
                AuthorityPin::FirstRecord
            },
            runs: vec![],
        }
    }

    /// Takes the next record (records in order, as [`verify_file`] gives
    /// them). Returns the digest it changes from when this record's digest
    /// differs from the previous record's (for the first record: from a
    /// key set's pinned digest).
    pub fn observe(&mut self, index: u64, report: &Report) -> Option<[u8; 32]> {
        let digest = report.authority_digest;
        let pos = Position {
            boot_epoch: report.boot_epoch,
            seq: report.seq,
        };
        let pinned = *self.pinned.get_or_insert(digest);
        let before = self.runs.last().map_or(pinned, |r| r.digest);
        match self.runs.last_mut() {
            Some(run) if run.digest == digest && run.last_index + 1 == index => {
                run.last_index = index;
                run.last = pos;
            }
            _ => self.runs.push(AuthorityRun {
                first_index: index,
                last_index: index,
                first: pos,
                last: pos,
                digest,
            }),
        }
        (before != digest).then_some(before)
    }

    /// The digest records are checked against (`None`: no key set and no
    /// record yet).
    pub fn pinned(&self) -> Option<[u8; 32]> {
        self.pinned
    }

    /// Where the pinned digest came from.
    pub fn source(&self) -> AuthorityPin {
        self.source
    }

    /// Every run of records in order.
    pub fn runs(&self) -> &[AuthorityRun] {
        &self.runs
    }

    /// The runs whose digest is not the pinned one: every record in them
    /// was signed by a card built with another authority key set.
    pub fn differing(&self) -> Vec<&AuthorityRun> {
        self.runs
            .iter()
            .filter(|r| Some(r.digest) != self.pinned)
            .collect()
    }
}

/// A partial last record left by a crash during an append.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Torn {
    /// Index the record would have had.
    pub index: u64,
    /// Its byte offset (where the file is cut).
    pub offset: u64,
    /// Bytes of it in the file.
    pub bytes: u64,
    /// Whether those bytes are all zero (blocks the filesystem allocated
    /// but the crash kept from being written).
    pub zero_filled: bool,
    /// Whether the file was cut at `offset` ([`Ledger::open`]) or left as
    /// it is ([`verify_file`]).
    pub cut_off: bool,
}

impl fmt::Display for Torn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "record {} at byte offset {} is torn ({} of {RECORD_LEN} bytes{}; a crash during an append)",
            self.index,
            self.offset,
            self.bytes,
            if self.zero_filled { ", all zero" } else { "" }
        )?;
        if self.cut_off {
            write!(f, ": cut off, the file now ends at byte {}", self.offset)
        } else {
            write!(
                f,
                ": ignored, not cut off (verify does not write; the next append or \
                 `capfuse ledger repair` cuts it off)"
            )
        }
    }
}

/// Why a ledger could not be read, verified or appended to.
#[derive(Debug)]
pub enum LedgerError {
    /// An I/O error.
    Io {
        path: PathBuf,
        doing: &'static str,
        source: io::Error,
    },
    /// The header is not a version-1 ledger header.
    NotALedger { path: PathBuf, why: String },
    /// [`Ledger::create`] on an existing file.
    Exists { path: PathBuf },
    /// A record in the file does not verify: the first bad one.
    Record {
        index: u64,
        offset: u64,
        problem: Problem,
    },
    /// [`Ledger::append`] refused the report; the file is unchanged.
    Refused { problem: Problem },
    /// Another process held the ledger's lock for the whole timeout; nothing
    /// was read or written.
    Busy {
        path: PathBuf,
        waited: Duration,
        /// Whether the lock wanted was the writers' (exclusive) one.
        exclusive: bool,
    },
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::Io {
                path,
                doing,
                source,
            } => write!(f, "{}: {doing}: {source}", path.display()),
            LedgerError::NotALedger { path, why } => {
                write!(f, "{}: not a capfuse ledger: {why}", path.display())
            }
            LedgerError::Exists { path } => write!(f, "{}: already exists", path.display()),
            LedgerError::Record {
                index,
                offset,
                problem,
            } => write!(f, "record {index} (byte offset {offset}): {problem}"),
            LedgerError::Refused { problem } => {
                write!(f, "report refused, the ledger is unchanged: {problem}")
            }
            LedgerError::Busy {
                path,
                waited,
                exclusive,
            } => write!(
                f,
                "{}: the ledger is busy: another process held its lock for {} ms (the lock \
                 timeout) while this one waited to {}; nothing was {}",
                path.display(),
                waited.as_millis(),
                if *exclusive { "write" } else { "read" },
                if *exclusive { "written" } else { "read" }
            ),
        }
    }
}

impl std::error::Error for LedgerError {}

fn io_err(path: &Path, doing: &'static str, source: io::Error) -> LedgerError {
    LedgerError::Io {
        path: path.to_path_buf(),
        doing,
        source,
    }
}

/// What verifying a ledger found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Complete, verified records.
    pub records: u64,
    /// The device key of every record (`None` when empty).
    pub device_key: Option<[u8; 32]>,
    /// The first record's position.
    pub first: Option<Position>,
    /// The last record's position.
    pub last: Option<Position>,
    /// The chain head after the last record ([`GENESIS`] when empty).
    pub head: [u8; 32],
    /// The authority key-set digest of the first record.
    pub first_authority: Option<[u8; 32]>,
    /// The authority key-set digest of the last record.
    pub last_authority: Option<[u8; 32]>,
}

/// The running verification state: everything needed to check the next
/// record.
struct Chain {
    pinned: Option<[u8; 32]>,
    key: Option<([u8; 32], VerifyingKey)>,
    head: [u8; 32],
    count: u64,
    first: Option<Position>,
    last: Option<Position>,
    first_authority: Option<[u8; 32]>,
    last_authority: Option<[u8; 32]>,
    nonces: HashMap<[u8; 32], u64>,
}

/// A report that passed [`Chain::check`], ready to be accepted.
struct Checked {
    report: Report,
    key: VerifyingKey,
    head: [u8; 32],
}

impl Chain {
    fn new(pinned: Option<[u8; 32]>) -> Chain {
        Chain {
            pinned,
            key: None,
            head: GENESIS,
            count: 0,
            first: None,
            last: None,
            first_authority: None,
            last_authority: None,
            nonces: HashMap::new(),
        }
    }

    /// Checks a signed report as the next record, changing nothing.
    fn check(&self, signed: &[u8; SIGNED_REPORT_LEN]) -> Result<Checked, Problem> {
        let (body, sig) = signed.split_at(REPORT_LEN);
        let report = Report::from_bytes(body).map_err(Problem::Malformed)?;
        let got = report.device_key;
        if let Some(p) = self.pinned.filter(|p| *p != got) {
            return Err(Problem::DeviceKey {
                expected: p,
                got,
                pinned: true,
            });
        }
        let key = match &self.key {
            Some((k, _)) if *k != got => {
                return Err(Problem::DeviceKey {
                    expected: *k,
                    got,
                    pinned: false,
                })
            }
            Some((_, vk)) => *vk,
            None => match VerifyingKey::from_bytes(&got) {
                Ok(vk) if !vk.is_weak() => vk,
                _ => return Err(Problem::BadKey { key: got }),
            },
        };
        let sig = Signature::from_bytes(sig.try_into().unwrap());
        key.verify_strict(body, &sig)
            .map_err(|_| Problem::Signature)?;
        let pos = Position {
            boot_epoch: report.boot_epoch,
            seq: report.seq,
        };
        if let Some(previous) = self.last.filter(|l| pos <= *l) {
            return Err(Problem::Order { previous, got: pos });
        }
        if report.nonce != [0; 32] {
            if let Some(&first) = self.nonces.get(&report.nonce) {
                return Err(Problem::DuplicateNonce {
                    nonce: report.nonce,
                    first,
                });
            }
        }
        let head = chain_head(&self.head, &leaf_hash(signed));
        Ok(Checked { report, key, head })
    }

    fn accept(&mut self, c: Checked) {
        let pos = Position {
            boot_epoch: c.report.boot_epoch,
            seq: c.report.seq,
        };
        if self.key.is_none() {
            self.key = Some((c.report.device_key, c.key));
        }
        if c.report.nonce != [0; 32] {
            self.nonces.insert(c.report.nonce, self.count);
        }
        self.first.get_or_insert(pos);
        self.last = Some(pos);
        self.first_authority
            .get_or_insert(c.report.authority_digest);
        self.last_authority = Some(c.report.authority_digest);
        self.head = c.head;
        self.count += 1;
    }

    fn summary(&self) -> Summary {
        Summary {
            records: self.count,
            device_key: self.key.map(|(k, _)| k),
            first: self.first,
            last: self.last,
            head: self.head,
            first_authority: self.first_authority,
            last_authority: self.last_authority,
        }
    }
}

/// Checks the header of a `len`-byte file.
fn check_header(path: &Path, header: &[u8], len: u64) -> Result<(), LedgerError> {
    let bad = |why: String| {
        Err(LedgerError::NotALedger {
            path: path.to_path_buf(),
            why,
        })
    };
    if len < HEADER_LEN as u64 {
        return bad(format!(
            "{len} bytes, shorter than the {HEADER_LEN}-byte header"
        ));
    }
    if header[..16] != MAGIC {
        return bad("it does not start with \"capfuse-ledger\"".into());
    }
    let version = u16::from_le_bytes([header[16], header[17]]);
    if version != VERSION {
        return bad(format!(
            "ledger format version {version}; this build reads version {VERSION}"
        ));
    }
    if header[18..20] != [0, 0] {
        return bad("the reserved header bytes 18..20 are not zero".into());
    }
    let rl = u32::from_le_bytes(header[20..24].try_into().unwrap());
    if rl != RECORD_LEN as u32 {
        return bad(format!(
            "record length {rl} in the header; expected {RECORD_LEN}"
        ));
    }
    Ok(())
}

/// Reads and verifies a ledger of `len` bytes from `r`, calling `each` for
/// every verified record. Returns the state after the last complete record
/// and the torn tail, if any (not cut off: the caller decides).
fn scan(
    path: &Path,
    mut r: impl Read,
    len: u64,
    pinned: Option<[u8; 32]>,
    mut each: impl FnMut(u64, &Report),
) -> Result<(Chain, Option<Torn>), LedgerError> {
    let mut header = [0u8; HEADER_LEN];
    if len >= HEADER_LEN as u64 {
        r.read_exact(&mut header)
            .map_err(|e| io_err(path, "reading the header", e))?;
    }
    check_header(path, &header, len)?;
    let body = len - HEADER_LEN as u64;
    let mut complete = body / RECORD_LEN as u64;
    let partial = body % RECORD_LEN as u64;
    let mut chain = Chain::new(pinned);
    let mut rec = [0u8; RECORD_LEN];
    let mut torn = None;
    for index in 0..complete {
        r.read_exact(&mut rec)
            .map_err(|e| io_err(path, "reading a record", e))?;
        if partial == 0 && index + 1 == complete && rec.iter().all(|&b| b == 0) {
            // A zero-filled last slot: allocated, never written.
            torn = Some(Torn {
                index,
                offset: record_offset(index),
                bytes: RECORD_LEN as u64,
                zero_filled: true,
                cut_off: false,
            });
            complete -= 1;
            break;
        }
        let at = |problem| LedgerError::Record {
            index,
            offset: record_offset(index),
            problem,
        };
        let length = u32::from_le_bytes(rec[..4].try_into().unwrap());
        if length != SIGNED_REPORT_LEN as u32 {
            return Err(at(Problem::Length { got: length }));
        }
        let signed: &[u8; SIGNED_REPORT_LEN] = rec[4..4 + SIGNED_REPORT_LEN].try_into().unwrap();
        let stored: [u8; 32] = rec[4 + SIGNED_REPORT_LEN..].try_into().unwrap();
        let checked = chain.check(signed).map_err(at)?;
        if checked.head != stored {
            return Err(at(Problem::Chain {
                stored,
                computed: checked.head,
            }));
        }
        each(index, &checked.report);
        chain.accept(checked);
    }
    if partial != 0 {
        let mut tail = vec![0u8; partial as usize];
        r.read_exact(&mut tail)
            .map_err(|e| io_err(path, "reading the last record", e))?;
        torn = Some(Torn {
            index: complete,
            offset: record_offset(complete),
            bytes: partial,
            zero_filled: tail.iter().all(|&b| b == 0),
            cut_off: false,
        });
    }
    Ok((chain, torn))
}

/// Takes the ledger's advisory lock on `file` (exclusive for writers,
/// shared for readers), polling until `timeout` has passed. `flock` locks
/// belong to the open file, so the lock holds between processes and goes
/// with the process if it dies.
fn lock(file: &File, path: &Path, exclusive: bool, timeout: Duration) -> Result<(), LedgerError> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        let attempt = if exclusive {
            file.try_lock()
        } else {
            file.try_lock_shared()
        };
        match attempt {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) => {}
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(io_err(path, "locking the ledger", e))
            }
        }
        let waited = start.elapsed();
        if waited >= timeout {
            return Err(LedgerError::Busy {
                path: path.to_path_buf(),
                waited,
                exclusive,
            });
        }
        std::thread::sleep(pause.min(timeout - waited));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Verifies a ledger without changing it: the header, then every record's
/// length, report, device key (equal throughout, and to `pinned` if given),
/// signature (`verify_strict`), order, nonce and chain head. Returns the
/// summary and a torn tail if the file has one (left in place); `each` sees
/// every verified record in order. The error names the first bad record.
/// Holds a shared lock while it reads (waiting up to
/// [`DEFAULT_LOCK_TIMEOUT`] for a writer), so it never sees a record
/// half-written by a live writer.
pub fn verify_file(
    path: &Path,
    pinned: Option<[u8; 32]>,
    each: impl FnMut(u64, &Report),
) -> Result<(Summary, Option<Torn>), LedgerError> {
    verify_file_waiting(path, pinned, DEFAULT_LOCK_TIMEOUT, each)
}

/// [`verify_file`], waiting up to `lock_timeout` for a writer's lock.
pub fn verify_file_waiting(
    path: &Path,
    pinned: Option<[u8; 32]>,
    lock_timeout: Duration,
    each: impl FnMut(u64, &Report),
) -> Result<(Summary, Option<Torn>), LedgerError> {
    let f = open_ledger_file(path, OpenOptions::new().read(true))?;
    lock(&f, path, false, lock_timeout)?;
    let len = f
        .metadata()
        .map_err(|e| io_err(path, "reading the ledger's size", e))?
        .len();
    let r = BufReader::with_capacity(1 << 20, &f);
    let (chain, torn) = scan(path, r, len, pinned, each)?;
    Ok((chain.summary(), torn))
}

/// Opens an existing ledger file: a regular file only, opened without
/// blocking (a FIFO or device given as a ledger, or swapped in after the
/// command checked its arguments, is refused instead of hanging the reader).
fn open_ledger_file(path: &Path, options: &OpenOptions) -> Result<File, LedgerError> {
    crate::files::open_regular_with(path, options).map_err(|e| {
        if e.kind() == io::ErrorKind::InvalidInput {
            LedgerError::NotALedger {
                path: path.to_path_buf(),
                why: e.to_string(),
            }
        } else {
            io_err(path, "opening the ledger", e)
        }
    })
}

/// Fsyncs the directory holding `path` (so a new name in it survives a crash).
fn sync_dir(path: &Path) -> Result<(), LedgerError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io_err(dir, "syncing the directory", e))
}

/// An open ledger, ready for appends. It holds the ledger's exclusive lock
/// until it is dropped: while it is open no other process appends, cuts or
/// reads it (readers wait), so its view of the tail is the file's.
pub struct Ledger {
    path: PathBuf,
    file: File,
    chain: Chain,
    durable: bool,
}

impl Ledger {
    /// Creates an empty ledger at `path` (refused if it exists): the header
    /// is written to a temporary file in the same directory, fsynced,
    /// locked, linked to `path` (so `path` never holds a partial header, and
    /// no other process can take the new ledger before this one has it) and
    /// the directory fsynced. Of two processes creating the same ledger, one
    /// links and the other gets [`LedgerError::Exists`].
    pub fn create(path: &Path) -> Result<Ledger, LedgerError> {
        let name = path
            .file_name()
            .ok_or_else(|| LedgerError::NotALedger {
                path: path.to_path_buf(),
                why: "the path has no file name".into(),
            })?
            .to_string_lossy()
            .into_owned();
        let tmp = path.with_file_name(format!(".{name}.creating.{}", std::process::id()));
        let result = (|| {
            let mut f = OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&tmp)
                .map_err(|e| io_err(path, "creating the ledger (its temporary file)", e))?;
            io::Write::write_all(&mut f, &header_bytes())
                .and_then(|_| f.sync_all())
                .map_err(|e| io_err(path, "writing the header (to its temporary file)", e))?;
            // Nobody else knows this file yet: the lock is free.
            lock(&f, path, true, Duration::ZERO)?;
            std::fs::hard_link(&tmp, path).map_err(|e| {
                if e.kind() == io::ErrorKind::AlreadyExists {
                    LedgerError::Exists {
                        path: path.to_path_buf(),
                    }
                } else {
                    io_err(path, "creating the ledger", e)
                }
            })?;
            Ok(f)
        })();
        let _ = std::fs::remove_file(&tmp);
        let file = result?;
        sync_dir(path)?;
        Self::load(path, file).map(|(l, _)| l)
    }

    /// Opens an existing ledger for appending: takes its lock (waiting up to
    /// [`DEFAULT_LOCK_TIMEOUT`]), verifies it all (like [`verify_file`]) and
    /// cuts off a torn last record, returned as a warning. Corruption is an
    /// error and the file is left as it is.
    pub fn open(path: &Path) -> Result<(Ledger, Option<Torn>), LedgerError> {
        Self::open_waiting(path, DEFAULT_LOCK_TIMEOUT)
    }

    /// [`Ledger::open`], waiting up to `lock_timeout` for another
    /// process's lock ([`LedgerError::Busy`] after that).
    pub fn open_waiting(
        path: &Path,
        lock_timeout: Duration,
    ) -> Result<(Ledger, Option<Torn>), LedgerError> {
        let file = open_ledger_file(path, OpenOptions::new().read(true).write(true))?;
        lock(&file, path, true, lock_timeout)?;
        Self::load(path, file)
    }

    /// [`Ledger::open`], or [`Ledger::create`] if there is no file.
    pub fn open_or_create(path: &Path) -> Result<(Ledger, Option<Torn>), LedgerError> {
        Self::open_or_create_waiting(path, DEFAULT_LOCK_TIMEOUT)
    }

    /// [`Ledger::open_waiting`], or [`Ledger::create`] if there is no file.
    pub fn open_or_create_waiting(
        path: &Path,
        lock_timeout: Duration,
    ) -> Result<(Ledger, Option<Torn>), LedgerError> {
        match Self::open_waiting(path, lock_timeout) {
            Err(LedgerError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
                match Self::create(path) {
                    Ok(l) => Ok((l, None)),
                    Err(LedgerError::Exists { .. }) => Self::open_waiting(path, lock_timeout),
                    Err(e) => Err(e),
                }
            }
            other => other,
        }
    }

    /// Verifies the whole of `file`, which this process has locked, and
    /// cuts off a torn tail: under the lock a torn tail is a crashed
    /// writer's, never a live one's.
    fn load(path: &Path, mut file: File) -> Result<(Ledger, Option<Torn>), LedgerError> {
        io::Seek::seek(&mut file, io::SeekFrom::Start(0))
            .map_err(|e| io_err(path, "reading the ledger", e))?;
        let len = file
            .metadata()
            .map_err(|e| io_err(path, "reading the ledger's size", e))?
            .len();
        let r = BufReader::with_capacity(1 << 20, &file);
        let (chain, mut torn) = scan(path, r, len, None, |_, _| {})?;
        if let Some(t) = &mut torn {
            file.set_len(t.offset)
                .and_then(|_| file.sync_all())
                .map_err(|e| io_err(path, "cutting off the torn last record", e))?;
            t.cut_off = true;
        }
        Ok((
            Ledger {
                path: path.to_path_buf(),
                file,
                chain,
                durable: true,
            },
            torn,
        ))
    }

    /// Verifies a signed report and appends it, fsynced. Refused, with the
    /// file unchanged, unless the report parses, its device key is `pinned`
    /// (and the ledger's), its signature verifies (`verify_strict`), it
    /// comes after the last record in (boot epoch, sequence number) order,
    /// and its nonce is not in the ledger yet (a zero nonce, which the card
    /// uses for the reports it makes by itself at its threshold, is exempt).
    /// Returns the new record's index and the chain head after it.
    pub fn append(
        &mut self,
        signed: &[u8; SIGNED_REPORT_LEN],
        pinned: &[u8; 32],
    ) -> Result<(u64, [u8; 32]), LedgerError> {
        let refused = |problem| LedgerError::Refused { problem };
        let saved = self.chain.pinned.replace(*pinned);
        let checked = self.chain.check(signed);
        self.chain.pinned = saved;
        let checked = checked.map_err(refused)?;
        let mut rec = [0u8; RECORD_LEN];
        rec[..4].copy_from_slice(&(SIGNED_REPORT_LEN as u32).to_le_bytes());
        rec[4..4 + SIGNED_REPORT_LEN].copy_from_slice(signed);
        rec[4 + SIGNED_REPORT_LEN..].copy_from_slice(&checked.head);
        let index = self.chain.count;
        let at = record_offset(index);
        let written = self.file.write_all_at(&rec, at).and_then(|_| {
            if self.durable {
                self.file.sync_data()
            } else {
                Ok(())
            }
        });
        if let Err(e) = written {
            // Put the file back as it was; if even that fails, the next
            // open finds a torn record and cuts it off.
            let _ = self.file.set_len(at).and_then(|_| self.file.sync_all());
            return Err(io_err(&self.path, "appending the record", e));
        }
        let head = checked.head;
        self.chain.accept(checked);
        Ok((index, head))
    }

    /// Appends `signed` in order, each checked as [`Ledger::append`]
    /// checks it, with one fsync after the last instead of one each: a
    /// bulk load (a benchmark's generated fleet). A refused report stops
    /// there; the ones before it stay, synced. Returns the records after.
    pub fn append_all(
        &mut self,
        signed: &[[u8; SIGNED_REPORT_LEN]],
        pinned: &[u8; 32],
    ) -> Result<u64, LedgerError> {
        let durable = std::mem::replace(&mut self.durable, false);
        let appended = signed
            .iter()
            .try_for_each(|s| self.append(s, pinned).map(drop));
        self.durable = durable;
        self.file
            .sync_data()
            .map_err(|e| io_err(&self.path, "syncing the appended records", e))?;
        appended.map(|()| self.chain.count)
    }

    /// The ledger's state: records, device key, positions, head.
    pub fn summary(&self) -> Summary {
        self.chain.summary()
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A signed report: the report's bytes signed with `key`.
pub fn sign_report(key: &SigningKey, report: &Report) -> [u8; SIGNED_REPORT_LEN] {
    let body = report.to_bytes();
    let mut out = [0u8; SIGNED_REPORT_LEN];
    out[..REPORT_LEN].copy_from_slice(&body);
    out[REPORT_LEN..].copy_from_slice(&key.sign(&body).to_bytes());
    out
}

/// What [`bench`] measured.
#[derive(Clone, Debug)]
pub struct BenchResult {
    /// Records in the ledger.
    pub records: usize,
    /// Bytes of the ledger file.
    pub bytes: u64,
    /// Seconds to sign the reports.
    pub sign_secs: f64,
    /// Seconds to append them (verification included; fsync skipped).
    pub append_secs: f64,
    /// Seconds to append `synced_records` more with the fsync of every append.
    pub synced_secs: f64,
    /// Records appended with fsync.
    pub synced_records: usize,
    /// Seconds for [`verify_file`] over the whole ledger (best of the runs).
    pub verify_secs: f64,
}

impl BenchResult {
    /// Verified records per second (one thread).
    pub fn verify_rate(&self) -> f64 {
        self.records as f64 / self.verify_secs
    }
}

/// Builds a ledger of `records` signed reports (plus `synced` appended with
/// fsync) at `dir/bench.ledger` and times signing, appending and verifying
/// (the best of `runs` verifications). All on one thread. The file is
/// removed unless `keep`.
pub fn bench(
    dir: &Path,
    records: usize,
    synced: usize,
    runs: usize,
    keep: bool,
) -> Result<BenchResult, LedgerError> {
    let key = SigningKey::from_bytes(&[7; 32]);
    let pinned = key.verifying_key().to_bytes();
    let path = dir.join("bench.ledger");
    let _ = std::fs::remove_file(&path);
    let total = records + synced;
    let t = Instant::now();
    let signed: Vec<[u8; SIGNED_REPORT_LEN]> = (0..total)
        .map(|i| sign_report(&key, &bench_report(&pinned, i as u64)))
        .collect();
    let sign_secs = t.elapsed().as_secs_f64();
    let mut ledger = Ledger::create(&path)?;
    ledger.durable = false;
    let t = Instant::now();
    for s in &signed[..records] {
        ledger.append(s, &pinned)?;
    }
    let append_secs = t.elapsed().as_secs_f64();
    ledger.durable = true;
    let t = Instant::now();
    for s in &signed[records..] {
        ledger.append(s, &pinned)?;
    }
    let synced_secs = t.elapsed().as_secs_f64();
    ledger
        .file
        .sync_all()
        .map_err(|e| io_err(&path, "syncing the ledger", e))?;
    // Release the writer's lock: verify_file takes the readers' one.
    drop(ledger);
    let mut verify_secs = f64::INFINITY;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let (s, torn) = verify_file(&path, Some(pinned), |_, _| {})?;
        verify_secs = verify_secs.min(t.elapsed().as_secs_f64());
        assert_eq!((s.records, torn), (total as u64, None));
    }
    let bytes = record_offset(total as u64);
    if !keep {
        let _ = std::fs::remove_file(&path);
    }
    Ok(BenchResult {
        records: total,
        bytes,
        sign_secs,
        append_secs,
        synced_secs,
        synced_records: synced,
        verify_secs,
    })
}

/// The `i`th report of the benchmark's device.
fn bench_report(device_key: &[u8; 32], i: u64) -> Report {
    let mut nonce = [0u8; 32];
    nonce[..8].copy_from_slice(&(i + 1).to_le_bytes());
    nonce[8..16].copy_from_slice(&0x6c65_6467_6572u64.to_le_bytes());
    Report {
        device_key: *device_key,
        // Every fourth report is a threshold report (zero nonce).
        nonce: if i % 4 == 3 { [0; 32] } else { nonce },
        seq: i + 1,
        boot_epoch: 1,
        device_epoch: 100 + i,
        cycle: 1_000_000 * (i + 1),
        cum_work: 12_345 * u128::from(i + 1),
        limits: capfuse_abi::formats::Limits {
            window_len: 1,
            ..Default::default()
        },
        ..Report::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use capfuse_abi::formats::Limits;

    /// A private directory, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let d = std::env::temp_dir()
                .join(format!("capfuse-ledger-unit-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&d);
            std::fs::create_dir_all(&d).unwrap();
            TempDir(d)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    /// A FIFO in a ledger's place (given, or swapped in after the command
    /// checked its arguments) is refused at once by every way of opening a
    /// ledger, instead of blocking the reader for ever.
    #[test]
    fn a_fifo_in_the_ledgers_place_is_refused_without_blocking() {
        let d = TempDir::new("fifo");
        let path = d.0.join("ledger");
        crate::files::mkfifo(&path);
        let (tx, rx) = std::sync::mpsc::channel();
        let p = path.clone();
        std::thread::spawn(move || {
            let opened = Ledger::open_waiting(&p, Duration::ZERO).map(|_| ());
            let created = Ledger::open_or_create_waiting(&p, Duration::ZERO).map(|_| ());
            let verified = verify_file_waiting(&p, None, Duration::ZERO, |_, _| {}).map(|_| ());
            let _ = tx.send([opened, created, verified]);
        });
        let results = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("opening a FIFO as a ledger blocked");
        for r in results {
            match r {
                Err(LedgerError::NotALedger { why, .. }) => {
                    assert!(why.contains("named pipe"), "{why}")
                }
                other => panic!("expected NotALedger, got {other:?}"),
            }
        }
    }

    fn report(key: &SigningKey, seq: u64, nonce: u8) -> Report {
        Report {
            device_key: key.verifying_key().to_bytes(),
            nonce: [nonce; 32],
            seq,
            boot_epoch: 3,
            cycle: seq * 1000,
            cum_work: u128::from(seq) * 77,
            trip_reasons: (seq % 2) as u32,
            limits: Limits {
                window_len: 1,
                ..Limits::default()
            },
            ..Report::default()
        }
    }

    fn signed(key: &SigningKey, seq: u64, nonce: u8) -> [u8; SIGNED_REPORT_LEN] {
        sign_report(key, &report(key, seq, nonce))
    }

    /// A ledger of `n` records (seq 1..=n, nonces 1..=n) in memory.
    fn ledger_bytes(dir: &TempDir, n: u64) -> (PathBuf, Vec<u8>, Vec<[u8; 32]>) {
        let k = key(1);
        let pinned = k.verifying_key().to_bytes();
        let path = dir.0.join("l");
        let mut l = Ledger::create(&path).unwrap();
        let mut heads = vec![];
        for i in 1..=n {
            heads.push(l.append(&signed(&k, i, i as u8), &pinned).unwrap().1);
        }
        (path.clone(), std::fs::read(&path).unwrap(), heads)
    }

    fn verify_bytes(bytes: &[u8]) -> Result<(Summary, Option<Torn>), LedgerError> {
        scan(Path::new("mem"), bytes, bytes.len() as u64, None, |_, _| {})
            .map(|(c, t)| (c.summary(), t))
    }

    #[test]
    fn format_constants_and_the_chain_are_as_documented() {
        assert_eq!(RECORD_LEN, 376);
        assert_eq!(
            &header_bytes()[..],
            b"capfuse-ledger\0\0\x01\0\0\0\x78\x01\0\0"
        );
        let d = TempDir::new("doc");
        let (_, bytes, heads) = ledger_bytes(&d, 2);
        assert_eq!(bytes.len(), 24 + 2 * 376);
        let rec1 = &bytes[24 + 376..24 + 2 * 376];
        assert_eq!(rec1[..4], 340u32.to_le_bytes());
        // Recompute by hand with sha2, straight from the documented formula.
        let mut h = [0u8; 32];
        for i in 0..2 {
            let rec = &bytes[24 + 376 * i..24 + 376 * (i + 1)];
            let leaf: [u8; 32] = Sha256::new()
                .chain_update([0u8])
                .chain_update(&rec[4..344])
                .finalize()
                .into();
            h = Sha256::new()
                .chain_update([1u8])
                .chain_update(h)
                .chain_update(leaf)
                .finalize()
                .into();
            assert_eq!(rec[344..], h);
            assert_eq!(h, heads[i]);
        }
    }

    /// A bulk append checks every report as `append` does: it stops at the
    /// first refused one, keeps (durably) the ones before it, and leaves
    /// the ledger appending durably again.
    #[test]
    fn append_all_stops_at_a_refused_report_and_keeps_the_ones_before() {
        let d = TempDir::new("all");
        let k = key(1);
        let pinned = k.verifying_key().to_bytes();
        let path = d.0.join("l");
        let mut l = Ledger::create(&path).unwrap();
        let batch = [
            signed(&k, 1, 1),
            signed(&k, 2, 2),
            signed(&key(2), 3, 3), // another device's key
            signed(&k, 4, 4),
        ];
        assert!(l.append_all(&batch, &pinned).is_err());
        assert!(l.durable, "durable appends again after a bulk load");
        // The two it kept are not appended twice.
        assert!(l.append_all(&batch[..2], &pinned).is_err());
        drop(l);
        let (l, torn) = Ledger::open(&path).unwrap();
        assert_eq!(torn, None);
        assert_eq!(l.summary().records, 2);
        let mut l = l;
        assert_eq!(l.append_all(&[signed(&k, 3, 3)], &pinned).unwrap(), 3);
    }

    #[test]
    fn append_reopen_round_trip() {
        let d = TempDir::new("round");
        let k = key(1);
        let pinned = k.verifying_key().to_bytes();
        let path = d.0.join("l");
        let (mut l, torn) = Ledger::open_or_create(&path).unwrap();
        assert_eq!(torn, None);
        assert_eq!(l.summary().head, GENESIS);
        l.append(&signed(&k, 1, 1), &pinned).unwrap();
        l.append(&signed(&k, 2, 0), &pinned).unwrap();
        l.append(&signed(&k, 5, 0), &pinned).unwrap(); // zero nonces may repeat
        let before = l.summary();
        drop(l);
        let (mut l, torn) = Ledger::open_or_create(&path).unwrap();
        assert_eq!(torn, None);
        assert_eq!(l.summary(), before);
        assert_eq!(before.records, 3);
        assert_eq!(before.device_key, Some(pinned));
        assert_eq!(before.first.unwrap().seq, 1);
        assert_eq!(before.last.unwrap().seq, 5);
        l.append(&signed(&k, 6, 6), &pinned).unwrap();
        drop(l); // an open ledger holds the writers' lock; verify waits for it
        let mut seqs = vec![];
        let (s, torn) = verify_file(&path, Some(pinned), |i, r| seqs.push((i, r.seq))).unwrap();
        assert_eq!((s.records, torn), (4, None));
        assert_eq!(seqs, [(0, 1), (1, 2), (2, 5), (3, 6)]);
        assert!(matches!(
            Ledger::create(&path),
            Err(LedgerError::Exists { .. })
        ));
        // A later boot may restart the sequence numbers.
        let (mut l, _) = Ledger::open(&path).unwrap();
        let mut r = report(&k, 1, 9);
        r.boot_epoch = 4;
        l.append(&sign_report(&k, &r), &pinned).unwrap();
    }

    #[test]
    fn appends_are_refused_with_the_reason_and_the_file_unchanged() {
        let d = TempDir::new("refuse");
        let k = key(1);
        let pinned = k.verifying_key().to_bytes();
        let other = key(2);
        let path = d.0.join("l");
        let mut l = Ledger::create(&path).unwrap();
        l.append(&signed(&k, 10, 1), &pinned).unwrap();
        l.append(&signed(&k, 11, 0), &pinned).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let summary = l.summary();
        let refused =
            |l: &mut Ledger, s: &[u8; SIGNED_REPORT_LEN], pin: &[u8; 32]| match l.append(s, pin) {
                Err(LedgerError::Refused { problem }) => problem,
                other => panic!("not refused: {other:?}"),
            };
        // Replayed: equal and lower sequence numbers, a lower boot epoch.
        assert!(matches!(
            refused(&mut l, &signed(&k, 11, 7), &pinned),
            Problem::Order { .. }
        ));
        assert!(matches!(
            refused(&mut l, &signed(&k, 3, 7), &pinned),
            Problem::Order { .. }
        ));
        let mut r = report(&k, 12, 7);
        r.boot_epoch = 2;
        assert!(matches!(
            refused(&mut l, &sign_report(&k, &r), &pinned),
            Problem::Order { .. }
        ));
        // Duplicate nonce.
        assert_eq!(
            refused(&mut l, &signed(&k, 12, 1), &pinned),
            Problem::DuplicateNonce {
                nonce: [1; 32],
                first: 0
            }
        );
        // Bad signature: one bit of the signature, or of the report.
        let mut s = signed(&k, 12, 7);
        s[300] ^= 4;
        assert_eq!(refused(&mut l, &s, &pinned), Problem::Signature);
        let mut s = signed(&k, 12, 7);
        s[112] ^= 1; // cycle
        assert_eq!(refused(&mut l, &s, &pinned), Problem::Signature);
        // Signed by another key, claiming the pinned device.
        let forged = sign_report(&other, &report(&k, 12, 7));
        assert_eq!(refused(&mut l, &forged, &pinned), Problem::Signature);
        // Another device's valid report.
        assert!(matches!(
            refused(&mut l, &signed(&other, 12, 7), &pinned),
            Problem::DeviceKey { pinned: true, .. }
        ));
        // Pinned to the other device: the ledger holds this device's reports.
        let op = other.verifying_key().to_bytes();
        assert!(matches!(
            refused(&mut l, &signed(&other, 12, 7), &op),
            Problem::DeviceKey { pinned: false, .. }
        ));
        // Malformed report bytes.
        let mut s = signed(&k, 12, 7);
        s[0] = b'X';
        assert!(matches!(
            refused(&mut l, &s, &pinned),
            Problem::Malformed(FormatError::Domain { .. })
        ));
        let mut s = signed(&k, 12, 7);
        s[148] = 1;
        assert!(matches!(
            refused(&mut l, &s, &pinned),
            Problem::Malformed(FormatError::Reserved { .. })
        ));
        assert!(matches!(
            refused(&mut l, &[0; SIGNED_REPORT_LEN], &pinned),
            Problem::Malformed(_)
        ));
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
        assert_eq!(l.summary(), summary);
        // And a good one still goes in.
        l.append(&signed(&k, 12, 7), &pinned).unwrap();
        drop(l);
        assert_eq!(verify_file(&path, None, |_, _| {}).unwrap().0.records, 3);
    }

    #[test]
    fn a_weak_or_invalid_device_key_is_refused() {
        let d = TempDir::new("weak");
        let path = d.0.join("l");
        let mut l = Ledger::create(&path).unwrap();
        // The identity point (small order).
        let mut weak = [0u8; 32];
        weak[0] = 1;
        let r = Report {
            device_key: weak,
            limits: Limits {
                window_len: 1,
                ..Limits::default()
            },
            ..Report::default()
        };
        let mut s = [0u8; SIGNED_REPORT_LEN];
        s[..REPORT_LEN].copy_from_slice(&r.to_bytes());
        assert_eq!(
            l.append(&s, &weak).unwrap_err().to_string(),
            LedgerError::Refused {
                problem: Problem::BadKey { key: weak }
            }
            .to_string()
        );
    }

    #[test]
    fn every_flipped_bit_is_detected_and_names_its_record() {
        let d = TempDir::new("flip");
        let (_, bytes, _) = ledger_bytes(&d, 3);
        verify_bytes(&bytes).unwrap();
        for pos in 0..bytes.len() {
            for bit in 0..8 {
                let mut b = bytes.clone();
                b[pos] ^= 1 << bit;
                match verify_bytes(&b) {
                    Err(LedgerError::NotALedger { .. }) => {
                        assert!(pos < HEADER_LEN, "byte {pos} bit {bit}")
                    }
                    Err(LedgerError::Record { index, offset, .. }) => {
                        assert_eq!(
                            index,
                            ((pos - HEADER_LEN) / RECORD_LEN) as u64,
                            "byte {pos}"
                        );
                        assert_eq!(offset, record_offset(index));
                    }
                    other => panic!("byte {pos} bit {bit} flipped: {other:?}"),
                }
            }
        }
    }

    #[test]
    fn a_torn_tail_is_cut_off_at_every_position_with_a_warning() {
        let d = TempDir::new("torn");
        let k = key(1);
        let pinned = k.verifying_key().to_bytes();
        let (path, bytes, heads) = ledger_bytes(&d, 3);
        let two = record_offset(2) as usize;
        for cut in two + 1..bytes.len() {
            std::fs::write(&path, &bytes[..cut]).unwrap();
            // verify reports it and leaves the file alone.
            let (s, torn) = verify_file(&path, Some(pinned), |_, _| {}).unwrap();
            assert_eq!(s.records, 2);
            let torn = torn.unwrap();
            assert_eq!(
                (torn.index, torn.offset, torn.bytes, torn.cut_off),
                (2, two as u64, (cut - two) as u64, false)
            );
            assert_eq!(std::fs::metadata(&path).unwrap().len(), cut as u64);
            // open cuts it off and says so.
            let (mut l, torn) = Ledger::open(&path).unwrap();
            let torn = torn.expect("a torn tail is reported");
            assert!(torn.cut_off);
            assert!(torn.to_string().contains("cut off"), "{torn}");
            assert_eq!(std::fs::read(&path).unwrap(), bytes[..two]);
            assert_eq!(l.summary().head, heads[1]);
            // The earlier records verify, and appending goes on.
            l.append(&signed(&k, 3, 3), &pinned).unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), bytes);
        }
        // A zero-filled last slot, and a zero-filled partial one.
        for zeros in [RECORD_LEN, 100] {
            let mut b = bytes.clone();
            b.extend(std::iter::repeat_n(0, zeros));
            std::fs::write(&path, &b).unwrap();
            let (l, torn) = Ledger::open(&path).unwrap();
            let torn = torn.unwrap();
            assert!(torn.zero_filled && torn.cut_off);
            assert_eq!(torn.index, 3);
            assert_eq!(l.summary().records, 3);
            assert_eq!(std::fs::read(&path).unwrap(), bytes);
        }
        // A short header is not a ledger, and is not touched.
        std::fs::write(&path, &bytes[..10]).unwrap();
        assert!(matches!(
            Ledger::open(&path),
            Err(LedgerError::NotALedger { .. })
        ));
        assert_eq!(std::fs::read(&path).unwrap(), bytes[..10]);
    }

    #[test]
    fn corruption_is_an_error_on_open_and_the_file_is_left_alone() {
        let d = TempDir::new("corrupt");
        let (path, mut bytes, _) = ledger_bytes(&d, 3);
        // The last record, complete but altered, is corruption, not torn.
        let last = bytes.len() - 1;
        bytes[last] ^= 0x80;
        std::fs::write(&path, &bytes).unwrap();
        match Ledger::open(&path) {
            Err(e @ LedgerError::Record { index: 2, .. }) => {
                assert!(e.to_string().contains("chain head"), "{e}")
            }
            other => panic!("{:?}", other.map(|(_, t)| t)),
        }
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
        // A middle record with a bad signature, then a torn tail: the error
        // wins and nothing is cut.
        bytes[last] ^= 0x80;
        bytes[record_offset(1) as usize + 4 + 300] ^= 1;
        bytes.truncate(bytes.len() - 5);
        std::fs::write(&path, &bytes).unwrap();
        let e = Ledger::open(&path).err().unwrap();
        assert!(
            e.to_string()
                .starts_with(&format!("record 1 (byte offset {})", record_offset(1))),
            "{e}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn an_open_ledger_holds_the_lock_until_dropped() {
        let d = TempDir::new("lock");
        let (path, bytes, _) = ledger_bytes(&d, 2);
        let short = Duration::from_millis(50);
        let (l, _) = Ledger::open(&path).unwrap();
        // Another open file (as another process would have) waits, then
        // gives up: writers and readers alike.
        match Ledger::open_waiting(&path, short) {
            Err(LedgerError::Busy {
                exclusive: true,
                waited,
                ..
            }) => assert!(waited >= short),
            other => panic!("{:?}", other.map(|(_, t)| t)),
        }
        assert!(matches!(
            verify_file_waiting(&path, None, short, |_, _| {}),
            Err(LedgerError::Busy {
                exclusive: false,
                ..
            })
        ));
        assert!(matches!(
            Ledger::open_or_create_waiting(&path, short),
            Err(LedgerError::Busy { .. })
        ));
        drop(l);
        verify_file_waiting(&path, None, short, |_, _| {}).unwrap();
        Ledger::open_waiting(&path, short).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
        // A ledger is locked from the moment it has its name.
        let fresh = d.0.join("new");
        let l = Ledger::create(&fresh).unwrap();
        assert!(matches!(
            Ledger::open_or_create_waiting(&fresh, short),
            Err(LedgerError::Busy { .. })
        ));
        assert!(matches!(
            Ledger::create(&fresh),
            Err(LedgerError::Exists { .. })
        ));
        drop(l);
        assert_eq!(std::fs::read(&fresh).unwrap(), header_bytes());
        assert!(
            std::fs::read_dir(&d.0).unwrap().count() == 2,
            "no temporary file is left behind"
        );
    }

    #[test]
    fn pinned_key_on_verify() {
        let d = TempDir::new("pin");
        let (path, _, _) = ledger_bytes(&d, 2);
        let other = key(2).verifying_key().to_bytes();
        match verify_file(&path, Some(other), |_, _| {}) {
            Err(LedgerError::Record {
                index: 0,
                offset: 24,
                problem: Problem::DeviceKey { pinned: true, .. },
            }) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn device_key_files() {
        let k = key(1).verifying_key().to_bytes();
        assert_eq!(parse_device_key_file(&k), Ok(k));
        let text = format!("# the card\n{DEVICE_KEY_KIND}\n\n{}\n", hex(&k));
        assert_eq!(parse_device_key_file(text.as_bytes()), Ok(k));
        assert_eq!(parse_device_key_file(hex(&k).as_bytes()), Ok(k));
        assert!(parse_device_key_file(b"capfuse authority public key\nab").is_err());
        assert!(parse_device_key_file(b"").is_err());
        assert!(parse_hex32(&"g".repeat(64)).is_err());
    }

    #[test]
    fn bench_verifies_what_it_builds() {
        let d = TempDir::new("bench");
        let r = bench(&d.0, 50, 2, 1, false).unwrap();
        assert_eq!(r.records, 52);
        assert!(r.verify_rate() > 0.0);
    }

    /// Property tests: arbitrary bytes, and mutations of a real ledger
    /// (flipped bytes, truncations, extensions), never panic the parser and
    /// verifier; each gives a typed error or a torn-tail warning, and the
    /// ones whose outcome is known give exactly it.
    mod props {
        use super::*;
        use proptest::prelude::*;
        use std::sync::OnceLock;

        /// A real three-record ledger and its heads, built once.
        fn real() -> &'static (Vec<u8>, Vec<[u8; 32]>) {
            static REAL: OnceLock<(Vec<u8>, Vec<[u8; 32]>)> = OnceLock::new();
            REAL.get_or_init(|| {
                let d = TempDir::new("props-real");
                let (_, bytes, heads) = ledger_bytes(&d, 3);
                (bytes, heads)
            })
        }

        fn real_len() -> usize {
            HEADER_LEN + 3 * RECORD_LEN
        }

        /// What any outcome must be: a typed error or a summary whose
        /// records fit in the file, with a torn tail that is past them.
        fn well_formed(len: usize, r: &Result<(Summary, Option<Torn>), LedgerError>) {
            if let Ok((s, torn)) = r {
                let end = record_offset(s.records);
                assert!(end <= len as u64);
                match torn {
                    Some(t) => {
                        assert_eq!(t.offset, end);
                        assert_eq!(t.offset + t.bytes, len as u64);
                        assert!(!t.cut_off);
                    }
                    None => assert_eq!(end, len as u64),
                }
            }
        }

        proptest! {
            #[test]
            fn arbitrary_bytes_are_an_error_or_a_torn_tail(
                bytes in proptest::collection::vec(any::<u8>(), 0..2000)
            ) {
                let r = verify_bytes(&bytes);
                well_formed(bytes.len(), &r);
                // Nothing random is a ledger header.
                if bytes.len() < HEADER_LEN || bytes[..16] != MAGIC {
                    prop_assert!(matches!(r, Err(LedgerError::NotALedger { .. })), "{r:?}");
                }
            }

            #[test]
            fn arbitrary_records_after_a_good_header_are_refused_or_torn(
                body in proptest::collection::vec(any::<u8>(), 0..1200),
                zero_first in any::<bool>(),
            ) {
                let mut body = body;
                if zero_first {
                    let n = body.len().min(RECORD_LEN);
                    body[..n].fill(0);
                }
                let mut bytes = header_bytes().to_vec();
                bytes.extend_from_slice(&body);
                let r = verify_bytes(&bytes);
                well_formed(bytes.len(), &r);
                let all_zero = body.iter().all(|&b| b == 0);
                if body.is_empty() {
                    prop_assert_eq!(r.unwrap().0.records, 0);
                } else if body.len() < RECORD_LEN
                    || (body.len() == RECORD_LEN && all_zero)
                {
                    let (s, torn) = r.unwrap();
                    prop_assert_eq!(s.records, 0);
                    let torn = torn.unwrap();
                    prop_assert_eq!(torn.bytes, body.len() as u64);
                    prop_assert_eq!(torn.zero_filled, all_zero);
                } else {
                    prop_assert!(
                        matches!(r, Err(LedgerError::Record { index: 0, .. })),
                        "{r:?}"
                    );
                }
            }

            #[test]
            fn flipped_bytes_name_the_first_damaged_record(
                flips in proptest::collection::vec((0..HEADER_LEN + 3 * RECORD_LEN, 1u8..=255), 1..8)
            ) {
                let (good, _) = real();
                let mut bytes = good.clone();
                for &(pos, mask) in &flips {
                    bytes[pos] ^= mask;
                }
                // Flips can cancel out at one position; find what changed.
                let changed: Vec<usize> =
                    (0..bytes.len()).filter(|&i| bytes[i] != good[i]).collect();
                let r = verify_bytes(&bytes);
                well_formed(bytes.len(), &r);
                match changed.first() {
                    None => prop_assert_eq!(r.unwrap().0.records, 3),
                    Some(&p) if p < HEADER_LEN => prop_assert!(
                        matches!(r, Err(LedgerError::NotALedger { .. })),
                        "{r:?}"
                    ),
                    Some(&p) => {
                        let want = ((p - HEADER_LEN) / RECORD_LEN) as u64;
                        match r {
                            Err(LedgerError::Record { index, offset, .. }) => {
                                prop_assert_eq!(index, want);
                                prop_assert_eq!(offset, record_offset(want));
                            }
                            other => prop_assert!(false, "byte {p}: {other:?}"),
                        }
                    }
                }
            }

            #[test]
            fn a_truncated_ledger_keeps_its_complete_records_and_warns(
                cut in 0..HEADER_LEN + 3 * RECORD_LEN
            ) {
                let (good, heads) = real();
                let r = verify_bytes(&good[..cut]);
                well_formed(cut, &r);
                if cut < HEADER_LEN {
                    prop_assert!(matches!(r, Err(LedgerError::NotALedger { .. })), "{r:?}");
                } else {
                    let (s, torn) = r.unwrap();
                    let complete = (cut - HEADER_LEN) / RECORD_LEN;
                    let partial = (cut - HEADER_LEN) % RECORD_LEN;
                    prop_assert_eq!(s.records, complete as u64);
                    prop_assert_eq!(
                        s.head,
                        if complete == 0 { GENESIS } else { heads[complete - 1] }
                    );
                    prop_assert_eq!(torn.map(|t| t.bytes), (partial > 0).then_some(partial as u64));
                }
            }

            #[test]
            fn an_extended_ledger_keeps_its_records_and_refuses_or_warns(
                tail in proptest::collection::vec(any::<u8>(), 1..1000),
                zeros in any::<bool>(),
            ) {
                let (good, heads) = real();
                let mut bytes = good.clone();
                if zeros {
                    bytes.extend(std::iter::repeat_n(0, tail.len()));
                } else {
                    bytes.extend_from_slice(&tail);
                }
                let added = &bytes[good.len()..];
                let r = verify_bytes(&bytes);
                well_formed(bytes.len(), &r);
                let torn_only = added.len() < RECORD_LEN
                    || (added.len() == RECORD_LEN && added.iter().all(|&b| b == 0));
                if torn_only {
                    let (s, torn) = r.unwrap();
                    prop_assert_eq!(s.records, 3);
                    prop_assert_eq!(s.head, heads[2]);
                    prop_assert_eq!(torn.unwrap().bytes, added.len() as u64);
                } else {
                    prop_assert!(
                        matches!(r, Err(LedgerError::Record { index: 3, .. })),
                        "{r:?}"
                    );
                }
            }

            #[test]
            fn device_key_files_never_panic(
                bytes in proptest::collection::vec(any::<u8>(), 0..200)
            ) {
                if let Ok(k) = parse_device_key_file(&bytes) {
                    let text = String::from_utf8_lossy(&bytes).to_lowercase();
                    prop_assert!(bytes.len() == 32 || text.contains(&hex(&k)));
                }
            }

            #[test]
            fn mutated_device_key_files_never_panic(
                flips in proptest::collection::vec((0usize..200, 1u8..=255), 0..4),
                cut in 0usize..200,
                tail in proptest::collection::vec(any::<u8>(), 0..8),
            ) {
                let k = key(9).verifying_key().to_bytes();
                let mut bytes = format!("# card 0\n{DEVICE_KEY_KIND}\n{}\n", hex(&k)).into_bytes();
                for &(pos, mask) in &flips {
                    let n = bytes.len();
                    bytes[pos % n] ^= mask;
                }
                bytes.truncate(cut.min(bytes.len()));
                bytes.extend_from_slice(&tail);
                match parse_device_key_file(&bytes) {
                    Ok(got) => {
                        let text = String::from_utf8_lossy(&bytes).to_lowercase();
                        prop_assert!(bytes.len() == 32 || text.contains(&hex(&got)));
                    }
                    Err(e) => prop_assert!(!e.is_empty()),
                }
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(48))]

            /// Opening a damaged ledger for appending: an error leaves the
            /// file as it was; success cuts only a torn tail, and what is
            /// left verifies.
            #[test]
            fn opening_a_damaged_ledger_cuts_only_a_torn_tail(
                flips in proptest::collection::vec((0..HEADER_LEN + 3 * RECORD_LEN, 1u8..=255), 0..3),
                cut in 0..=HEADER_LEN + 3 * RECORD_LEN,
                tail in proptest::collection::vec(any::<u8>(), 0..500),
            ) {
                let (good, _) = real();
                let mut bytes = good.clone();
                for &(pos, mask) in &flips {
                    bytes[pos] ^= mask;
                }
                bytes.truncate(cut);
                bytes.extend_from_slice(&tail);
                prop_assert!(bytes.len() <= real_len() + 500);
                let d = TempDir::new("props-open");
                let path = d.0.join("l");
                std::fs::write(&path, &bytes).unwrap();
                let expected = verify_bytes(&bytes);
                match Ledger::open(&path) {
                    Ok((l, torn)) => {
                        let (s, want_torn) = expected.unwrap();
                        prop_assert_eq!(&l.summary(), &s);
                        prop_assert_eq!(torn.is_some(), want_torn.is_some());
                        let after = std::fs::read(&path).unwrap();
                        prop_assert_eq!(&after[..], &bytes[..record_offset(s.records) as usize]);
                        drop(l);
                        let (again, torn) = verify_file(&path, None, |_, _| {}).unwrap();
                        prop_assert_eq!(again, s);
                        prop_assert_eq!(torn, None);
                    }
                    Err(e) => {
                        prop_assert!(expected.is_err(), "{e}");
                        prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
                    }
                }
            }
        }
    }
}
