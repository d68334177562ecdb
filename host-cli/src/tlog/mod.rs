//! A card's reports as a C2SP transparency log (docs/transparency-log.md):
//! the tree and tiles of c2sp.org/tlog-tiles, the checkpoint of
//! c2sp.org/tlog-checkpoint signed as a c2sp.org/signed-note. The hashing,
//! tile coordinates and proofs come from the `tlog_tiles` crate, the note
//! format from `signed_note`; this module adds the C2SP paths, the entry
//! bundles, atomic files and the report checks.

pub mod audit;
pub mod fleet;
pub mod incremental;
pub mod publish;
pub mod state;
pub mod witness;

use std::fs::File;
use std::io::Write;
use std::path::Path;

use base64::prelude::{Engine, BASE64_STANDARD};
use ed25519_dalek::{SigningKey, VerifyingKey};
use signed_note::{Note, StandardSigner, StandardVerifier, VerifierList};
use tlog_tiles::{Checkpoint, Hash, HashReader, Tile};

use crate::error::{exit, CliError, Result};

/// Tile height of c2sp.org/tlog-tiles: 256 hashes or entries per full tile.
pub const TILE_HEIGHT: u8 = 8;
/// Entries (and hashes) in a full tile.
pub const TILE_WIDTH: u64 = 1 << TILE_HEIGHT;
/// The checkpoint's file name in a log directory.
pub const CHECKPOINT: &str = "checkpoint";
/// Largest checkpoint (note) a reader accepts.
pub const MAX_CHECKPOINT_BYTES: usize = 64 * 1024;

/// A failure while checking a log: what was wrong, exit code 1.
pub fn failed(message: impl Into<String>) -> CliError {
    CliError::new(exit::FAILURE, message)
}

/// The hashes of a tree held in memory, in the stored-hash order of
/// `tlog_tiles` (every node of every complete subtree).
#[derive(Default)]
pub struct Tree {
    hashes: Vec<Hash>,
    size: u64,
}

impl HashReader for Tree {
    fn read_hashes(&self, indexes: &[u64]) -> std::result::Result<Vec<Hash>, tlog_tiles::Error> {
        indexes
            .iter()
            .map(|&i| {
                usize::try_from(i)
                    .ok()
                    .and_then(|i| self.hashes.get(i).copied())
                    .ok_or(tlog_tiles::Error::IndexesNotInTree)
            })
            .collect()
    }
}

impl Tree {
    /// Appends an entry (a signed report).
    pub fn push(&mut self, entry: &[u8]) {
        // Every index stored_hashes reads is below the hashes stored so
        // far, which this tree holds: it cannot fail.
        let new = tlog_tiles::stored_hashes(self.size, entry, self)
            .expect("a tree in memory holds every hash it stored");
        self.hashes.extend(new);
        self.size += 1;
    }

    /// Entries so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The root of the tree of its first `n` entries (`n` ≤ size).
    pub fn root(&self, n: u64) -> Hash {
        assert!(n <= self.size);
        tlog_tiles::tree_hash(n, self).expect("a tree in memory holds every hash")
    }

    /// The bytes of level tile `t` (within this tree).
    pub fn tile_data(&self, t: &Tile) -> Vec<u8> {
        t.read_data(self).expect("a tile of this tree")
    }

    /// The inclusion proof of entry `index` in the tree of size `n`.
    pub fn prove(&self, n: u64, index: u64) -> Vec<Hash> {
        tlog_tiles::prove_record(n, index, self).expect("an entry of this tree")
    }
}

/// `N` of a tile path: groups of three digits, all but the last with an
/// `x` prefix (`1234067` → `x001/x234/067`).
fn index_path(mut n: u64) -> String {
    let mut s = format!("{:03}", n % 1000);
    while n >= 1000 {
        n /= 1000;
        s = format!("x{:03}/{s}", n % 1000);
    }
    s
}

fn partial(w: u64) -> String {
    if w == TILE_WIDTH {
        String::new()
    } else {
        format!(".p/{w}")
    }
}

/// The path of level tile `t`: `tile/<L>/<N>[.p/<W>]`.
pub fn tile_path(t: &Tile) -> String {
    format!(
        "tile/{}/{}{}",
        t.level(),
        index_path(t.level_index()),
        partial(u64::from(t.width()))
    )
}

/// The path of entry bundle `n` holding `w` entries: `tile/entries/<N>[.p/<W>]`.
pub fn bundle_path(n: u64, w: u64) -> String {
    format!("tile/entries/{}{}", index_path(n), partial(w))
}

/// The level tiles of a tree of `size` entries that are not in one of
/// `old` entries (all of them for `old` = 0).
pub fn new_tiles(old: u64, size: u64) -> Vec<Tile> {
    Tile::new_tiles(TILE_HEIGHT, old, size)
}

/// An entry bundle: each entry as a big-endian 16-bit length and its bytes.
pub fn encode_bundle<'a>(entries: impl Iterator<Item = &'a [u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        out.extend_from_slice(&(e.len() as u16).to_be_bytes());
        out.extend_from_slice(e);
    }
    out
}

/// The entries of a bundle, or what is wrong with it.
pub fn decode_bundle(mut bytes: &[u8]) -> std::result::Result<Vec<&[u8]>, String> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        if bytes.len() < 2 {
            return Err(format!(
                "entry {} is cut short in its length field",
                out.len()
            ));
        }
        let len = usize::from(u16::from_be_bytes([bytes[0], bytes[1]]));
        if bytes.len() < 2 + len {
            return Err(format!(
                "entry {} says {len} bytes but only {} follow",
                out.len(),
                bytes.len() - 2
            ));
        }
        out.push(&bytes[2..2 + len]);
        bytes = &bytes[2 + len..];
    }
    Ok(out)
}

/// The signed-note verifier key of a log: name = origin, Ed25519.
fn verifier(origin: &str, key: &VerifyingKey) -> Result<VerifierList> {
    let vkey = signed_note::new_ed25519_verifier_key(origin, key);
    let v = StandardVerifier::new(&vkey).map_err(|e| {
        CliError::usage(format!("origin {origin:?} cannot name a log key: {e}"))
            .hint("an origin is a name without spaces or `+`, e.g. example.com/capfuse/card-0")
    })?;
    Ok(VerifierList::new(vec![Box::new(v)]))
}

/// Checks that `origin` can name a log (and its signed-note key).
pub fn check_origin(origin: &str) -> Result<()> {
    if origin.is_empty() || !signed_note::is_key_name_valid(origin) || origin.contains('\n') {
        return Err(CliError::usage(format!(
            "origin {origin:?} is not a valid log name"
        ))
        .hint("an origin is a non-empty name without spaces or `+`, e.g. example.com/capfuse/card-0"));
    }
    Ok(())
}

/// The checkpoint of a tree, signed with the log key as a signed note.
pub fn sign_checkpoint(origin: &str, size: u64, root: Hash, key: &SigningKey) -> Result<Vec<u8>> {
    check_origin(origin)?;
    let text = Checkpoint::new(origin, size, root, "")
        .map_err(|e| CliError::usage(format!("origin {origin:?}: {e}")))?
        .to_bytes();
    let mut alg_public = vec![0x01];
    alg_public.extend_from_slice(key.verifying_key().as_bytes());
    let mut alg_seed = vec![0x01];
    alg_seed.extend_from_slice(key.as_bytes());
    let skey = format!(
        "PRIVATE+KEY+{origin}+{:08x}+{}",
        signed_note::key_id(origin, &alg_public),
        BASE64_STANDARD.encode(&alg_seed)
    );
    let signer = StandardSigner::new(&skey).map_err(|e| failed(format!("the log key: {e}")))?;
    let mut note = Note::new(&text, &[]).map_err(|e| failed(format!("checkpoint: {e}")))?;
    note.add_sigs(&[&signer])
        .map_err(|e| failed(format!("signing the checkpoint: {e}")))?;
    Ok(note.to_bytes())
}

/// A checkpoint whose signature by the log key verified, with its note.
pub struct SignedCheckpoint {
    /// The checkpoint.
    pub checkpoint: Checkpoint,
    /// The whole note, as read.
    pub note: Vec<u8>,
}

/// Parses a checkpoint note and verifies the log key's signature on it;
/// `what` names it in the messages.
pub fn open_checkpoint(bytes: &[u8], key: &VerifyingKey, what: &str) -> Result<SignedCheckpoint> {
    let note = Note::from_bytes(bytes).map_err(|e| {
        failed(format!("{what}: not a signed note ({e})"))
            .hint("a checkpoint is `origin`, size and root hash lines, a blank line and `— name sig` lines")
    })?;
    let origin = std::str::from_utf8(note.text())
        .ok()
        .and_then(|t| t.lines().next())
        .unwrap_or_default()
        .to_string();
    check_origin(&origin).map_err(|e| failed(format!("{what}: {}", e.message)))?;
    note.verify(&verifier(&origin, key)?).map_err(|e| {
        failed(format!(
            "{what}: the checkpoint's signature does not verify under the log key ({e}): \
             it was altered, or signed by another key"
        ))
        .hint("check --log-key; a checkpoint that fails here must not be trusted")
    })?;
    let checkpoint = Checkpoint::from_bytes(note.text())
        .map_err(|e| failed(format!("{what}: signed, but not a checkpoint: {e}")))?;
    Ok(SignedCheckpoint {
        checkpoint,
        note: bytes.to_vec(),
    })
}

/// Writes `bytes` to `root/rel` atomically: a temporary file in the same
/// directory, fsynced, renamed over the name, and the directory fsynced.
/// A reader sees the old file or the new one, never part of one.
pub fn write_atomic(root: &Path, rel: &str, bytes: &[u8]) -> Result<()> {
    let path = root.join(rel);
    let dir = path.parent().unwrap_or(root);
    let io = |doing: &str, e: std::io::Error| failed(format!("{}: {doing}: {e}", path.display()));
    std::fs::create_dir_all(dir).map_err(|e| io("creating its directory", e))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.tmp.{}", std::process::id()));
    let written = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &path)?;
        File::open(dir)?.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io("writing", e));
    }
    Ok(())
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    crate::ledger::hex(bytes)
}

/// A hash as base64 (the checkpoint's encoding).
pub fn b64(h: &Hash) -> String {
    BASE64_STANDARD.encode(h.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_tlog_tiles() {
        assert_eq!(index_path(0), "000");
        assert_eq!(index_path(1234067), "x001/x234/067");
        assert_eq!(bundle_path(3, 256), "tile/entries/003");
        assert_eq!(bundle_path(1000, 7), "tile/entries/x001/000.p/7");
        let t = new_tiles(0, 70_000);
        let paths: Vec<String> = t.iter().map(tile_path).collect();
        assert!(paths.contains(&"tile/0/273.p/112".to_string()), "{paths:?}");
        assert!(paths.contains(&"tile/1/001.p/17".to_string()), "{paths:?}");
        assert!(paths.contains(&"tile/2/000.p/1".to_string()));
        assert_eq!(paths.len(), 274 + 2 + 1);
    }

    #[test]
    fn bundles_round_trip_and_refuse_short_input() {
        let e: Vec<&[u8]> = vec![b"abc", b"", b"d"];
        let b = encode_bundle(e.iter().copied());
        assert_eq!(decode_bundle(&b).unwrap(), e);
        assert!(decode_bundle(&b[..b.len() - 1]).is_err());
        assert!(decode_bundle(&[0]).is_err());
    }

    #[test]
    fn checkpoints_sign_and_verify() {
        let k = SigningKey::from_bytes(&[7; 32]);
        let note = sign_checkpoint("example.com/log", 3, Hash([1; 32]), &k).unwrap();
        let text = String::from_utf8(note.clone()).unwrap();
        assert!(text.starts_with("example.com/log\n3\nAQEB"), "{text}");
        assert!(text.contains("\n\n\u{2014} example.com/log "), "{text}");
        let c = open_checkpoint(&note, &k.verifying_key(), "c").unwrap();
        assert_eq!(c.checkpoint.size(), 3);
        let other = SigningKey::from_bytes(&[8; 32]).verifying_key();
        assert!(open_checkpoint(&note, &other, "c").is_err());
        let forged = text.replace("\n3\n", "\n4\n");
        assert!(open_checkpoint(forged.as_bytes(), &k.verifying_key(), "c").is_err());
    }
}
