//! The incremental audit of one log (docs/transparency-log.md, "audit"):
//! from the state kept for its origin (the last verified checkpoint, the
//! tree's right edge and the running accounting), fetch only the new
//! checkpoint and the entry bundles and tiles covering new entries, check
//! the new reports' signatures, grow the edge by the new leaves and require
//! the signed root — which proves the new tree extends the old one — and
//! the fetched tiles. Without a usable state (first audit, other pins,
//! `--full`) the same code starts from the empty tree and checks the old
//! checkpoint's root as it passes its size.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use ed25519_dalek::VerifyingKey;
use tlog_tiles::{record_hash, Hash, Tile};

use super::audit::{
    check_signed, device_key, fetch_bundle, Pins, Source, Witnesses, MAX_TILE_BYTES,
};
use super::state::{self, Accounting, CardState, Edge};
use super::{
    b64, failed, open_checkpoint, tile_path, SignedCheckpoint, CHECKPOINT, MAX_CHECKPOINT_BYTES,
    TILE_HEIGHT, TILE_WIDTH,
};
use crate::error::{CliError, Result};

/// What an audit is asked to do.
pub struct Request<'a> {
    /// The log's public key.
    pub log_key: &'a VerifyingKey,
    /// What every report must carry.
    pub pins: &'a Pins,
    /// The witnesses whose cosignatures are required.
    pub witnesses: &'a Witnesses<'a>,
    /// The state directory (locked by the caller), if any.
    pub state: Option<&'a Path>,
    /// Check every entry and tile again, not only the new ones.
    pub full: bool,
    /// Serialises audits of one origin within a run (a fleet's cards may
    /// be mirrors of one log).
    pub origins: &'a OriginLocks,
}

/// One lock per origin, for the audits of one process.
#[derive(Default)]
pub struct OriginLocks(Mutex<HashMap<String, Arc<Mutex<()>>>>);

impl OriginLocks {
    fn get(&self, origin: &str) -> Arc<Mutex<()>> {
        let mut m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        m.entry(origin.to_string()).or_default().clone()
    }
}

/// What a passing audit found.
pub struct Audited {
    /// The checkpoint's origin.
    pub origin: String,
    /// Its size.
    pub size: u64,
    /// Its root.
    pub root: Hash,
    /// Level tiles fetched and matched.
    pub tiles: usize,
    /// Entries whose bundles and signatures this run checked.
    pub entries_checked: u64,
    /// The size seen last time (from the state directory).
    pub previous_size: Option<u64>,
    /// The accounting of all its entries.
    pub accounting: Accounting,
}

/// A failed audit: the error, and what is known of the card.
pub struct Failure {
    /// What was wrong.
    pub error: CliError,
    /// The log's origin, once its checkpoint verified.
    pub origin: Option<String>,
    /// Figures to show: the accounting of the entries checked when only the
    /// accounting found something wrong, else the state's (last verified).
    pub accounting: Option<Box<Accounting>>,
}

impl From<CliError> for Failure {
    fn from(error: CliError) -> Failure {
        Failure {
            error,
            origin: None,
            accounting: None,
        }
    }
}

/// What the state directory held for the origin, checked.
struct Old {
    checkpoint: SignedCheckpoint,
    /// Its state, if it can be resumed from with these pins.
    resume: Option<CardState>,
    /// Its accounting, whatever the pins.
    accounting: Option<Accounting>,
}

/// Audits the log at `src`; saves the new state only when everything
/// passed, so a failure leaves the state directory as it was.
pub fn audit(src: &Source, req: &Request) -> std::result::Result<Audited, Failure> {
    let note = src.get(CHECKPOINT, MAX_CHECKPOINT_BYTES as u64)?;
    let new = open_checkpoint(&note, req.log_key, &src.name(CHECKPOINT))?;
    let origin = new.checkpoint.origin().to_string();
    let lock = req.origins.get(&origin);
    let _guard = lock.lock().unwrap_or_else(|e| e.into_inner());
    let fail = |error: CliError, accounting: Option<Accounting>| Failure {
        error,
        origin: Some(origin.clone()),
        accounting: accounting.map(Box::new),
    };
    let old = match req.state {
        Some(dir) => load_old(dir, &origin, req).map_err(|e| fail(e, None))?,
        None => None,
    };
    let old_figures = old.as_ref().and_then(|o| o.accounting.clone());
    let (checked, findings) =
        check(src, req, &new, old.as_ref()).map_err(|e| fail(e, old_figures))?;
    if !findings.is_empty() {
        let n = findings.len();
        let shown: Vec<&str> = findings.iter().take(3).map(String::as_str).collect();
        let error = failed(format!(
            "{}: {n} report{} out of place in the log: {}{}; the state is unchanged",
            src.name(""),
            if n == 1 { "" } else { "s" },
            shown.join("; "),
            if n > 3 { "; …" } else { "" }
        ))
        .hint(
            "the log is signed and consistent, but the card's reports in it skip sequence numbers \
             (a report left out) or go backwards: keep the log as evidence and ask its operator",
        );
        return Err(fail(error, Some(checked.accounting)));
    }
    if let Some(dir) = req.state {
        let s = CardState {
            origin: origin.clone(),
            device_key: req.pins.device_key,
            authority_digest: req.pins.authority_digest,
            edge: checked.edge,
            accounting: checked.accounting.clone(),
        };
        state::save(dir, &s, &note).map_err(|e| fail(e, None))?;
    }
    Ok(Audited {
        origin,
        size: new.checkpoint.size(),
        root: *new.checkpoint.hash(),
        tiles: checked.tiles,
        entries_checked: checked.entries_checked,
        previous_size: old.map(|o| o.checkpoint.checkpoint.size()),
        accounting: checked.accounting,
    })
}

/// Reads and verifies what `dir` holds for `origin`.
fn load_old(dir: &Path, origin: &str, req: &Request) -> Result<Option<Old>> {
    let Some(stored) = state::load(dir, origin)? else {
        return Ok(None);
    };
    let what = dir.join(state::file_name(origin, "checkpoint"));
    let checkpoint = open_checkpoint(&stored.note, req.log_key, &what.display().to_string())?;
    let c = &checkpoint.checkpoint;
    if c.origin() != origin {
        return Err(failed(format!(
            "{}: the state holds origin {:?}, the log serves {origin:?}",
            what.display(),
            c.origin()
        ))
        .hint("two origins share a state file name; keep their states in separate directories"));
    }
    let accounting = stored.state.as_ref().map(|s| s.accounting.clone());
    let resume = stored.state.filter(|s| {
        !req.full
            && s.edge.size() == c.size()
            && s.edge.root() == *c.hash()
            && s.device_key == req.pins.device_key
            && s.authority_digest == req.pins.authority_digest
    });
    Ok(Some(Old {
        checkpoint,
        resume,
        accounting,
    }))
}

/// The result of the checks, not yet saved.
struct Checked {
    edge: Edge,
    accounting: Accounting,
    tiles: usize,
    entries_checked: u64,
}

const FORK_HINT: &str = "the log's operator showed you another history than before: keep both \
                         checkpoints (the state directory holds the old one) as evidence";

/// Fetches and checks what is new against the old state.
fn check(
    src: &Source,
    req: &Request,
    new: &SignedCheckpoint,
    old: Option<&Old>,
) -> Result<(Checked, Vec<String>)> {
    let c = &new.checkpoint;
    let (size, root) = (c.size(), *c.hash());
    let old_cp = old.map(|o| &o.checkpoint.checkpoint);
    // Incrementally, nothing is fetched for a log that shrank or forked at
    // the same size; --full checks the whole log first, then these.
    if !req.full {
        check_growth(old_cp, size, &root)?;
    }
    let (mut edge, mut accounting) = match old.and_then(|o| o.resume.clone()) {
        Some(s) => (s.edge, s.accounting),
        None => Default::default(),
    };
    let start = edge.size();
    let dk = device_key(req.pins)?;
    let mut done = Vec::new();
    let mut findings = Vec::new();
    let first = if size > start {
        start / TILE_WIDTH
    } else {
        size.div_ceil(TILE_WIDTH)
    };
    for n in first..size.div_ceil(TILE_WIDTH) {
        let (rel, got) = fetch_bundle(src, n, size)?;
        for (j, e) in got.iter().enumerate() {
            let index = n * TILE_WIDTH + j as u64;
            if index < start {
                if edge.partial_leaves().get(j) != Some(&record_hash(e)) {
                    return Err(failed(format!(
                        "forked: {} holds another entry {index} than the one audited before; \
                         the state is unchanged",
                        src.name(&rel)
                    ))
                    .hint(FORK_HINT));
                }
                continue;
            }
            let report = check_signed(index, e, req.pins, &dk)?;
            if let Some(f) = accounting.add(index, &report) {
                findings.push(f);
            }
            edge.push(record_hash(e), &mut done);
            if let Some(o) = old_cp.filter(|o| o.size() == edge.size()) {
                if edge.root() != *o.hash() {
                    return Err(forked(o.size(), &edge.root(), o.hash()));
                }
            }
        }
    }
    if edge.root() != root {
        let why = if start > 0 {
            format!(
                "forked: the {start} entries audited before and the {} new ones hash to root {}, \
                 but the checkpoint signs root {}: the log is not an extension of the one seen \
                 before, or a new entry bundle was altered; the state is unchanged",
                size - start,
                b64(&edge.root()),
                b64(&root)
            )
        } else {
            format!(
                "the entries hash to root {}, but the checkpoint signs root {}: an entry bundle \
                 was altered, or the checkpoint signs another tree",
                b64(&edge.root()),
                b64(&root)
            )
        };
        return Err(
            failed(why).hint("the log is not what its key signed; keep the files as evidence")
        );
    }
    let tiles = check_tiles(src, &edge, &done, start, size)?;
    check_growth(old_cp, size, &root)?;
    check_witnesses(&new.note, req.witnesses)?;
    Ok((
        Checked {
            edge,
            accounting,
            tiles,
            entries_checked: size - start,
        },
        findings,
    ))
}

/// The log must not have shrunk, nor changed at the same size.
fn check_growth(old: Option<&tlog_tiles::Checkpoint>, size: u64, root: &Hash) -> Result<()> {
    if let Some(o) = old.filter(|o| o.size() > size) {
        return Err(failed(format!(
            "rolled back: the log now has {size} entries, but {} were seen before; the state is unchanged",
            o.size()
        ))
        .hint(FORK_HINT));
    }
    if let Some(o) = old.filter(|o| o.size() == size && o.hash() != root) {
        return Err(forked(o.size(), root, o.hash()));
    }
    Ok(())
}

fn forked(old_size: u64, now: &Hash, then: &Hash) -> CliError {
    failed(format!(
        "forked: the log's first {old_size} entries now hash to {}, but the checkpoint seen \
         before signs {}; the state is unchanged",
        b64(now),
        b64(then)
    ))
    .hint(FORK_HINT)
}

/// Fetches the level tiles a tree of `size` has and one of `start` had not,
/// and compares each with the tile the entries give.
fn check_tiles(
    src: &Source,
    edge: &Edge,
    done: &[state::DoneTile],
    start: u64,
    size: u64,
) -> Result<usize> {
    let tiles = Tile::new_tiles(TILE_HEIGHT, start, size);
    for t in &tiles {
        let rel = tile_path(t);
        let want = edge
            .tile_data(t, done)
            .ok_or_else(|| failed(format!("{rel}: not a tile of the audited tree (a bug)")))?;
        let got = src.get(&rel, MAX_TILE_BYTES)?;
        if got != want {
            return Err(failed(format!(
                "{} differs from the tile the entries give: the tile was altered",
                src.name(&rel)
            ))
            .hint("clients reading this tile would see another tree; keep it as evidence"));
        }
    }
    Ok(tiles.len())
}

/// Requires cosignatures of `w.min` trusted witnesses on the note.
fn check_witnesses(note: &[u8], w: &Witnesses) -> Result<()> {
    if w.min == 0 {
        return Ok(());
    }
    let by = super::witness::cosigned_by(note, w.trusted)?;
    if by.len() < w.min {
        return Err(failed(format!(
            "the checkpoint is cosigned by {} of the trusted witnesses ({}), {} are required",
            by.len(),
            if by.is_empty() { "none".to_string() } else { by.join(", ") },
            w.min
        ))
        .hint("the log has not shown this checkpoint to enough witnesses; `capfuse log witness` cosigns"));
    }
    Ok(())
}
