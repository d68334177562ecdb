//! What an auditor keeps between audits of a log, per origin, so that the
//! next audit fetches only what is new (docs/transparency-log.md, "State
//! directory"): the tree's right edge (the hashes of the partial tile at
//! every level, from which the root and every new tile follow), the
//! running accounting of the reports, and the pins they were checked
//! against. Files are written atomically; the directory is locked while a
//! run uses it.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::prelude::{Engine, BASE64_STANDARD};
use capfuse_abi::formats::Report;
use serde::{Deserialize, Serialize};
use tlog_tiles::{node_hash, Hash, Tile, EMPTY_HASH};

use super::{failed, hex, write_atomic, TILE_HEIGHT, TILE_WIDTH};
use crate::error::{exit, CliError, Result};

/// The `format` field of a `.audit` state file.
pub const STATE_FORMAT: &str = "capfuse.log-audit-state/1";
/// The lock file in a state directory.
pub const LOCK_FILE: &str = ".capfuse-audit.lock";
/// Largest `.audit` file a reader accepts.
const MAX_STATE_BYTES: u64 = 4 << 20;

/// The right edge of a tree: for every tile level L, the hashes of its
/// partial tile (the level-8L nodes after the last full tile of level L).
/// That is all an append-only tree needs to grow and to give its root.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edge {
    size: u64,
    levels: Vec<Vec<Hash>>,
}

/// A full tile completed while the edge grew: level, index, its hashes.
pub type DoneTile = (u8, u64, Vec<Hash>);

/// The root of 2^k hashes.
fn perfect_root(hashes: &[Hash]) -> Hash {
    if hashes.len() == 1 {
        return hashes[0];
    }
    let (l, r) = hashes.split_at(hashes.len() / 2);
    node_hash(perfect_root(l), perfect_root(r))
}

impl Edge {
    /// Entries so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The leaf hashes of the entries after the last full entry bundle.
    pub fn partial_leaves(&self) -> &[Hash] {
        self.levels.first().map_or(&[], |l| &l[..])
    }

    /// Appends a leaf hash; a tile it completes is pushed to `done`.
    pub fn push(&mut self, leaf: Hash, done: &mut Vec<DoneTile>) {
        self.size += 1;
        let mut h = leaf;
        let mut level = 0usize;
        loop {
            if self.levels.len() == level {
                self.levels.push(Vec::new());
            }
            self.levels[level].push(h);
            if self.levels[level].len() as u64 != TILE_WIDTH {
                return;
            }
            let full = std::mem::take(&mut self.levels[level]);
            h = perfect_root(&full);
            let index = (self.size >> (u64::from(TILE_HEIGHT) * (level as u64 + 1))) - 1;
            done.push((level as u8, index, full));
            level += 1;
        }
    }

    /// The root hash (RFC 6962) of the tree.
    pub fn root(&self) -> Hash {
        // The perfect subtrees of the size's binary decomposition, largest
        // (leftmost) first, folded from the right.
        let mut roots = Vec::new();
        for hashes in self.levels.iter().rev() {
            let mut at = 0;
            for bit in (0..TILE_HEIGHT).rev() {
                let n = 1usize << bit;
                if hashes.len() & n != 0 {
                    roots.push(perfect_root(&hashes[at..at + n]));
                    at += n;
                }
            }
        }
        let Some(mut h) = roots.pop() else {
            return EMPTY_HASH;
        };
        while let Some(l) = roots.pop() {
            h = node_hash(l, h);
        }
        h
    }

    /// The bytes of level tile `t` of this tree, if it is a full tile in
    /// `done` or this edge's partial tile at its level.
    pub fn tile_data(&self, t: &Tile, done: &[DoneTile]) -> Option<Vec<u8>> {
        let level = t.level();
        let hashes: &[Hash] = if u64::from(t.width()) == TILE_WIDTH {
            &done
                .iter()
                .find(|(l, n, _)| *l == level && *n == t.level_index())?
                .2
        } else {
            let p = self.levels.get(usize::from(level))?;
            let index = self.size >> (u64::from(TILE_HEIGHT) * (u64::from(level) + 1));
            if p.len() != t.width() as usize || index != t.level_index() {
                return None;
            }
            p
        };
        Some(hashes.iter().flat_map(|h| h.0).collect())
    }
}

/// The last report seen (the figures the next one is compared with).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastReport {
    /// Its boot epoch.
    pub boot_epoch: u64,
    /// Its sequence number.
    pub seq: u64,
    /// Its device epoch.
    pub device_epoch: u64,
    /// Its cumulative admitted work.
    #[serde(with = "decimal")]
    pub cum_work: u128,
    /// Its TRIP_REASON bits.
    pub trip_reasons: u32,
    /// Its last accepted grant's sequence number.
    pub last_grant_seq: u64,
}

/// The running figures of a card's reports, in log order
/// (docs/transparency-log.md, "Accounting").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accounting {
    /// Entries accounted.
    pub entries: u64,
    /// Boot epochs seen.
    pub boots: u64,
    /// The last cumulative work of every boot before the last report's.
    #[serde(with = "decimal")]
    pub closed_work: u128,
    /// Trip-reason bits newly set against the previous report of the boot.
    pub trips: u64,
    /// Increases of the last accepted grant's sequence number within a boot.
    pub grants_applied: u64,
    /// Sequence numbers skipped within a boot (counting from 1).
    pub reports_missing: u64,
    /// Reports that go backwards (see `add`).
    pub reports_out_of_order: u64,
    /// The last report in order.
    pub last: Option<LastReport>,
}

impl Accounting {
    /// Admitted work: the sum over boots of the last cumulative work seen.
    pub fn admitted_work(&self) -> u128 {
        self.closed_work
            .saturating_add(self.last.map_or(0, |l| l.cum_work))
    }

    /// Accounts entry `index`; says what is wrong if it skips reports or
    /// goes backwards.
    pub fn add(&mut self, index: u64, r: &Report) -> Option<String> {
        self.entries += 1;
        let now = LastReport {
            boot_epoch: r.boot_epoch,
            seq: r.seq,
            device_epoch: r.device_epoch,
            cum_work: r.cum_work,
            trip_reasons: r.trip_reasons,
            last_grant_seq: r.last_grant_seq,
        };
        let start = LastReport {
            boot_epoch: r.boot_epoch,
            seq: 0,
            device_epoch: 0,
            cum_work: 0,
            trip_reasons: 0,
            last_grant_seq: 0,
        };
        let previous = match self.last {
            Some(p) if p.boot_epoch == r.boot_epoch => p,
            Some(p) if p.boot_epoch > r.boot_epoch => {
                self.reports_out_of_order += 1;
                return Some(format!(
                    "entry {index}: boot epoch {} goes back from {} (an out-of-order report)",
                    r.boot_epoch, p.boot_epoch
                ));
            }
            Some(p) => {
                self.closed_work = self.closed_work.saturating_add(p.cum_work);
                self.boots += 1;
                start
            }
            None => {
                self.boots += 1;
                start
            }
        };
        if r.seq <= previous.seq {
            self.reports_out_of_order += 1;
            return Some(format!(
                "entry {index}: seq {} of boot epoch {} does not come after seq {} \
                 (an out-of-order or replayed report)",
                r.seq, r.boot_epoch, previous.seq
            ));
        }
        let mut finding = None;
        let backwards = [
            (
                "device epoch",
                u128::from(r.device_epoch),
                u128::from(previous.device_epoch),
            ),
            ("cumulative work", r.cum_work, previous.cum_work),
            (
                "last grant seq",
                u128::from(r.last_grant_seq),
                u128::from(previous.last_grant_seq),
            ),
        ];
        if let Some((what, got, was)) = backwards.iter().find(|(_, got, was)| got < was) {
            self.reports_out_of_order += 1;
            finding = Some(format!(
                "entry {index}: seq {} of boot epoch {}: {what} {got} goes back from {was} \
                 (an out-of-order report)",
                r.seq, r.boot_epoch
            ));
        }
        let skipped = r.seq - previous.seq - 1;
        if skipped > 0 {
            self.reports_missing += skipped;
            finding.get_or_insert_with(|| {
                format!(
                    "entry {index}: seq {} of boot epoch {} follows seq {}: {skipped} report{} \
                     missing from the log",
                    r.seq,
                    r.boot_epoch,
                    previous.seq,
                    if skipped == 1 { " is" } else { "s are" }
                )
            });
        }
        self.trips += u64::from((r.trip_reasons & !previous.trip_reasons).count_ones());
        if r.last_grant_seq > previous.last_grant_seq {
            self.grants_applied += 1;
        }
        self.last = Some(now);
        finding
    }
}

/// u128 as a decimal string (exact in any JSON reader).
mod decimal {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &u128, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&v.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
        String::deserialize(d)?.parse().map_err(D::Error::custom)
    }
}

/// What an audit of one origin left: the checkpoint's size and root, the
/// pins, the edge and the accounting.
#[derive(Clone, Debug, PartialEq)]
pub struct CardState {
    /// The log's origin.
    pub origin: String,
    /// The pinned device key the reports were checked against.
    pub device_key: [u8; 32],
    /// The pinned authority key-set digest, if any.
    pub authority_digest: Option<[u8; 32]>,
    /// The tree's right edge (its size is the checkpoint's).
    pub edge: Edge,
    /// The accounting of its entries.
    pub accounting: Accounting,
}

#[derive(Serialize, Deserialize)]
struct StateFile {
    format: String,
    origin: String,
    size: u64,
    root: String,
    device_key: String,
    authority_digest: Option<String>,
    edge: Vec<Vec<String>>,
    accounting: Accounting,
}

fn hash_b64(h: &Hash) -> String {
    BASE64_STANDARD.encode(h.0)
}

fn parse_b64(s: &str) -> Option<Hash> {
    let b = BASE64_STANDARD.decode(s).ok()?;
    Some(Hash(b.try_into().ok()?))
}

fn parse_hex(s: &str) -> Option<[u8; 32]> {
    crate::ledger::parse_hex32(s).ok()
}

impl CardState {
    /// The bytes of its `.audit` file (JSON).
    pub fn to_bytes(&self) -> Vec<u8> {
        let f = StateFile {
            format: STATE_FORMAT.into(),
            origin: self.origin.clone(),
            size: self.edge.size,
            root: hash_b64(&self.edge.root()),
            device_key: hex(&self.device_key),
            authority_digest: self.authority_digest.map(|d| hex(&d)),
            edge: self
                .edge
                .levels
                .iter()
                .map(|l| l.iter().map(hash_b64).collect())
                .collect(),
            accounting: self.accounting.clone(),
        };
        let mut out = serde_json::to_vec_pretty(&f).expect("a state serialises");
        out.push(b'\n');
        out
    }

    /// Parses a `.audit` file; None if it is not one whose edge gives the
    /// root it states (damaged, or another format).
    pub fn from_bytes(bytes: &[u8]) -> Option<CardState> {
        let f: StateFile = serde_json::from_slice(bytes).ok()?;
        if f.format != STATE_FORMAT {
            return None;
        }
        let levels = f
            .edge
            .iter()
            .map(|l| l.iter().map(|h| parse_b64(h)).collect::<Option<Vec<_>>>())
            .collect::<Option<Vec<_>>>()?;
        // The size fixes how many hashes each level holds.
        let mut n = f.size;
        for l in &levels {
            if l.len() as u64 != n % TILE_WIDTH {
                return None;
            }
            n /= TILE_WIDTH;
        }
        if n != 0 || f.accounting.entries != f.size {
            return None;
        }
        let edge = Edge {
            size: f.size,
            levels,
        };
        if edge.root() != parse_b64(&f.root)? {
            return None;
        }
        Some(CardState {
            origin: f.origin,
            device_key: parse_hex(&f.device_key)?,
            authority_digest: match f.authority_digest {
                Some(d) => Some(parse_hex(&d)?),
                None => None,
            },
            edge,
            accounting: f.accounting,
        })
    }
}

/// A state directory's file name for an origin, with `ext`.
pub fn file_name(origin: &str, ext: &str) -> String {
    let safe: String = origin
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.{ext}")
}

/// What a state directory holds for one origin.
pub struct Stored {
    /// The checkpoint note seen last (verified by the caller).
    pub note: Vec<u8>,
    /// Its `.audit` state, if present and well formed.
    pub state: Option<CardState>,
}

/// Reads what `dir` holds for `origin`; None if it has never seen it.
pub fn load(dir: &Path, origin: &str) -> Result<Option<Stored>> {
    let cp = dir.join(file_name(origin, "checkpoint"));
    let note = match crate::files::read_regular(&cp, super::MAX_CHECKPOINT_BYTES as u64) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(failed(format!("{}: {e}", cp.display()))),
    };
    let path = dir.join(file_name(origin, "audit"));
    let state = match crate::files::read_regular(&path, MAX_STATE_BYTES) {
        Ok(b) => {
            let s = CardState::from_bytes(&b).filter(|s| s.origin == origin);
            if s.is_none() {
                log::warn!(
                    "{}: not a usable audit state; auditing the log from its first entry",
                    path.display()
                );
            }
            s
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(failed(format!("{}: {e}", path.display()))),
    };
    Ok(Some(Stored { note, state }))
}

/// Saves an audit's result: the `.audit` state first, then the checkpoint
/// note, each atomically. A run killed between the two leaves a state
/// whose size or root differs from the checkpoint's, which the next run
/// ignores (it audits from the first entry again): never a wrong state.
pub fn save(dir: &Path, state: &CardState, note: &[u8]) -> Result<()> {
    write_atomic(dir, &file_name(&state.origin, "audit"), &state.to_bytes())?;
    write_atomic(dir, &file_name(&state.origin, "checkpoint"), note)
}

/// An exclusive lock on a state directory (`flock` on its lock file),
/// released when dropped.
pub struct DirLock {
    _file: File,
}

/// Locks `dir` (created if missing), waiting up to `timeout` for another
/// run to finish.
pub fn lock(dir: &Path, timeout: Duration) -> Result<DirLock> {
    let path: PathBuf = dir.join(LOCK_FILE);
    std::fs::create_dir_all(dir).map_err(|e| failed(format!("{}: {e}", dir.display())))?;
    let file = File::create(&path).map_err(|e| failed(format!("{}: {e}", path.display())))?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(DirLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < timeout => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(CliError::new(
                    exit::BUSY,
                    format!(
                        "{}: another `capfuse log audit` or `log fleet` has used this state \
                         directory for {} s; nothing was audited",
                        dir.display(),
                        timeout.as_secs()
                    ),
                )
                .hint("wait for it to finish, or give a longer --lock-timeout"))
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(failed(format!("{}: locking: {e}", path.display())))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tlog::Tree;

    #[test]
    fn the_edge_gives_the_roots_and_tiles_of_the_whole_tree() {
        let mut tree = Tree::default();
        let mut edge = Edge::default();
        let mut done = Vec::new();
        assert_eq!(edge.root(), tree.root(0));
        for i in 0..70_000u32 {
            let e = i.to_le_bytes();
            tree.push(&e);
            edge.push(tlog_tiles::record_hash(&e), &mut done);
            let n = u64::from(i) + 1;
            if n < 600 || n % 4099 == 0 || n == 65_536 || n == 65_537 {
                assert_eq!(edge.root(), tree.root(n), "size {n}");
            }
        }
        for t in Tile::new_tiles(TILE_HEIGHT, 0, 70_000) {
            assert_eq!(edge.tile_data(&t, &done), Some(tree.tile_data(&t)));
        }
        // Serialised and read back, it grows on to the same tree.
        let s = CardState {
            origin: "o".into(),
            device_key: [1; 32],
            authority_digest: None,
            edge: edge.clone(),
            accounting: Accounting {
                entries: 70_000,
                ..Accounting::default()
            },
        };
        let back = CardState::from_bytes(&s.to_bytes()).unwrap();
        assert_eq!(back, s);
        let mut damaged = s.clone();
        damaged.edge.levels[0][3] = Hash([9; 32]);
        let mut text = String::from_utf8(damaged.to_bytes()).unwrap();
        text = text.replace(&hash_b64(&damaged.edge.root()), &hash_b64(&edge.root()));
        assert!(CardState::from_bytes(text.as_bytes()).is_none());
    }

    fn report(boot: u64, seq: u64, work: u128, trips: u32, grant: u64) -> Report {
        Report {
            boot_epoch: boot,
            seq,
            device_epoch: seq,
            cum_work: work,
            trip_reasons: trips,
            last_grant_seq: grant,
            ..Report::default()
        }
    }

    #[test]
    fn accounting_follows_boots_trips_grants_and_gaps() {
        let mut a = Accounting::default();
        assert!(a.add(0, &report(1, 1, 10, 0, 0)).is_none());
        assert!(a.add(1, &report(1, 2, 30, 0b01, 1)).is_none());
        assert!(a.add(2, &report(1, 3, 30, 0b11, 1)).is_none());
        assert!(a.add(3, &report(3, 1, 5, 0b10, 0)).is_none());
        let gap = a.add(4, &report(3, 4, 7, 0b10, 2)).unwrap();
        assert!(gap.contains("2 reports are missing"), "{gap}");
        let back = a.add(5, &report(3, 4, 9, 0, 2)).unwrap();
        assert!(back.contains("does not come after seq 4"), "{back}");
        let back = a.add(6, &report(2, 9, 9, 0, 2)).unwrap();
        assert!(back.contains("boot epoch 2 goes back from 3"), "{back}");
        let work = a.add(7, &report(3, 5, 6, 0, 2)).unwrap();
        assert!(
            work.contains("cumulative work 6 goes back from 7"),
            "{work}"
        );
        assert_eq!(a.entries, 8);
        assert_eq!(a.boots, 2);
        assert_eq!(a.admitted_work(), 30 + 6);
        assert_eq!(a.trips, 1 + 1 + 1);
        assert_eq!(a.grants_applied, 2);
        assert_eq!(a.reports_missing, 2);
        assert_eq!(a.reports_out_of_order, 3);
    }
}
