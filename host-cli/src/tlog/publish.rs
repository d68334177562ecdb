//! Publishing a ledger as a tlog-tiles log: the verified reports become the
//! entries; tiles and entry bundles are written first, each file
//! atomically, and the signed checkpoint last, so a reader never sees a
//! checkpoint whose tiles are missing. Only an extension of what the
//! directory already publishes is written: history is never rewritten.

use std::fs::File;
use std::path::Path;
use std::time::Duration;

use capfuse_abi::formats::SIGNED_REPORT_LEN;
use ed25519_dalek::SigningKey;
use tlog_tiles::Hash;

use super::{
    bundle_path, encode_bundle, failed, new_tiles, open_checkpoint, sign_checkpoint, tile_path,
    write_atomic, Tree, CHECKPOINT, MAX_CHECKPOINT_BYTES, TILE_WIDTH,
};
use crate::error::{CliError, Result};
use crate::ledger::{self, chain_head, leaf_hash, record_offset, GENESIS, HEADER_LEN, RECORD_LEN};

/// What a publish did.
pub struct Published {
    /// The log's origin.
    pub origin: String,
    /// Entries the directory published before.
    pub previous_size: u64,
    /// Entries it publishes now.
    pub size: u64,
    /// The tree's root.
    pub root: Hash,
    /// Level tiles written.
    pub tiles: usize,
    /// Entry bundles written.
    pub bundles: usize,
}

/// The signed reports of a ledger that verifies: every complete record (a
/// torn tail is left out), checked again against the chain head the
/// verification gave, so what is published is what was verified.
pub fn verified_reports(
    path: &Path,
    lock_timeout: Duration,
) -> Result<Vec<[u8; SIGNED_REPORT_LEN]>> {
    let (summary, _torn) = ledger::verify_file_waiting(path, None, lock_timeout, |_, _| {})
        .map_err(|e| {
            let mut e = crate::cmd::ledger::cli_error(e);
            e.message = format!(
                "the ledger does not verify, nothing was published: {}",
                e.message
            );
            e
        })?;
    let bytes = crate::files::read_regular(path, u64::MAX - 1)
        .map_err(|e| failed(format!("{}: {e}", path.display())))?;
    let mut head = GENESIS;
    let mut out = Vec::with_capacity(summary.records as usize);
    for i in 0..summary.records {
        let at = record_offset(i) as usize + 4;
        let signed: [u8; SIGNED_REPORT_LEN] = bytes
            .get(at..at + SIGNED_REPORT_LEN)
            .and_then(|s| s.try_into().ok())
            .ok_or_else(|| failed(format!("{}: changed while it was read", path.display())))?;
        head = chain_head(&head, &leaf_hash(&signed));
        out.push(signed);
    }
    debug_assert!(bytes.len() >= HEADER_LEN + out.len() * RECORD_LEN);
    if head != summary.head {
        return Err(failed(format!(
            "{}: the ledger changed between verifying and reading it; nothing was published",
            path.display()
        ))
        .hint("retry"));
    }
    Ok(out)
}

/// Publishes `reports` into the log directory `out`.
pub fn publish(
    reports: &[[u8; SIGNED_REPORT_LEN]],
    out: &Path,
    key: &SigningKey,
    origin: &str,
) -> Result<Published> {
    super::check_origin(origin)?;
    std::fs::create_dir_all(out).map_err(|e| {
        failed(format!(
            "{}: creating the log directory: {e}",
            out.display()
        ))
    })?;
    // One publisher at a time per directory (the lock goes with the process).
    let lock_path = out.join(".capfuse-publish.lock");
    let lock =
        File::create(&lock_path).map_err(|e| failed(format!("{}: {e}", lock_path.display())))?;
    lock.lock()
        .map_err(|e| failed(format!("{}: locking: {e}", lock_path.display())))?;

    let mut tree = Tree::default();
    for r in reports {
        tree.push(r);
    }
    let size = tree.size();
    let previous_size = previous(out, key, origin, &tree)?;
    let root = tree.root(size);
    let mut done = Published {
        origin: origin.to_string(),
        previous_size,
        size,
        root,
        tiles: 0,
        bundles: 0,
    };
    if previous_size == size && out.join(CHECKPOINT).exists() {
        return Ok(done);
    }
    for t in new_tiles(previous_size, size) {
        write_atomic(out, &tile_path(&t), &tree.tile_data(&t))?;
        done.tiles += 1;
        if t.level() == 0 {
            let first = t.level_index() * TILE_WIDTH;
            let w = u64::from(t.width());
            let entries = reports[first as usize..(first + w) as usize]
                .iter()
                .map(|r| &r[..]);
            write_atomic(
                out,
                &bundle_path(t.level_index(), w),
                &encode_bundle(entries),
            )?;
            done.bundles += 1;
        }
    }
    let note = sign_checkpoint(origin, size, root, key)?;
    write_atomic(out, CHECKPOINT, &note)?;
    Ok(done)
}

/// The size the directory publishes now (0 if it has no checkpoint),
/// after checking that the new tree extends it.
fn previous(out: &Path, key: &SigningKey, origin: &str, tree: &Tree) -> Result<u64> {
    let path = out.join(CHECKPOINT);
    let bytes = match crate::files::read_regular(&path, MAX_CHECKPOINT_BYTES as u64) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(failed(format!("{}: {e}", path.display()))),
    };
    let what = path.display().to_string();
    let old = open_checkpoint(&bytes, &key.verifying_key(), &what).map_err(|e| {
        CliError::new(e.code, e.message)
            .hint("this directory holds a log signed by another key; publish into a new directory")
    })?;
    let c = &old.checkpoint;
    if c.origin() != origin {
        return Err(failed(format!(
            "{what} publishes origin {:?}, not {origin:?}; nothing was written",
            c.origin()
        ))
        .hint("one directory holds one log: give its origin, or a new directory"));
    }
    if c.size() > tree.size() {
        return Err(failed(format!(
            "the directory publishes {} reports but the ledger has only {}: the ledger lost \
             reports or is another card's; nothing was written (a log never shrinks)",
            c.size(),
            tree.size()
        ))
        .hint("publish from the ledger this log was built from"));
    }
    if tree.root(c.size()) != *c.hash() {
        return Err(failed(format!(
            "the ledger's first {} reports do not hash to the published root {}: it is not an \
             extension of the published log (a report was dropped, changed or reordered); \
             nothing was written",
            c.size(),
            super::b64(c.hash())
        ))
        .hint("a published log is never rewritten; publish from the ledger it was built from"));
    }
    Ok(c.size())
}
