//! Witnessing: a witness checks that a log's new checkpoint is consistent
//! with the last one it cosigned, then adds a c2sp.org/tlog-cosignature
//! (`cosignature/v1`: a timestamp and an Ed25519 signature) to it. A log
//! that shows a witness a fork or a rollback gets no cosignature, so an
//! auditor that requires K witnesses' cosignatures sees only a history
//! that K witnesses saw too.

use std::cell::RefCell;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::prelude::{Engine, BASE64_STANDARD};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};
use signed_note::Note;
use tlog_tiles::{Checkpoint, Tile, TileHashReader, TileReader};

use super::audit::Source;
use super::{b64, failed, tile_path, SignedCheckpoint, TILE_HEIGHT};
use crate::error::{CliError, Result};

/// Algorithm byte of cosignature/v1 keys (for the key ID).
const ALG_COSIGNATURE_V1: u8 = 0x04;

/// The key ID of a witness: SHA-256(name ‖ "\n" ‖ 0x04 ‖ public key)[..4].
pub fn key_id(name: &str, key: &VerifyingKey) -> [u8; 4] {
    let h = Sha256::new()
        .chain_update(name.as_bytes())
        .chain_update(b"\n")
        .chain_update([ALG_COSIGNATURE_V1])
        .chain_update(key.as_bytes())
        .finalize();
    h[..4].try_into().expect("4 bytes")
}

/// The message a cosignature signs: a header with the time, then the
/// checkpoint's body.
fn message(time: u64, body: &[u8]) -> Vec<u8> {
    let mut m = format!("cosignature/v1\ntime {time}\n").into_bytes();
    m.extend_from_slice(body);
    m
}

/// The checkpoint note with this witness's cosignature line added.
pub fn cosign(c: &SignedCheckpoint, name: &str, key: &SigningKey) -> Result<Vec<u8>> {
    if !signed_note::is_key_name_valid(name) {
        return Err(CliError::usage(format!(
            "witness name {name:?} has spaces or `+`"
        )));
    }
    let note = Note::from_bytes(&c.note).map_err(|e| failed(format!("checkpoint: {e}")))?;
    let time = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|_| failed("the clock is before 1970"))?
        .as_secs();
    let sig = key.sign(&message(time, note.text()));
    let mut blob = key_id(name, &key.verifying_key()).to_vec();
    blob.extend_from_slice(&time.to_be_bytes());
    blob.extend_from_slice(&sig.to_bytes());
    let mut out = c.note.clone();
    out.extend_from_slice(
        format!("\u{2014} {name} {}\n", BASE64_STANDARD.encode(&blob)).as_bytes(),
    );
    Note::from_bytes(&out).map_err(|e| failed(format!("cosigned checkpoint: {e}")))?;
    Ok(out)
}

/// A witness an auditor trusts: its name and public key.
pub struct Witness {
    /// The witness's name (its signature lines carry it).
    pub name: String,
    /// Its Ed25519 public key.
    pub key: VerifyingKey,
}

/// Parses `NAME=FILE` (FILE a `capfuse keygen` .pub file).
/// `prefix` is how the option is spelled before `witness` (`fleet-` in the
/// exporter), for the messages.
pub fn parse_witness(prefix: &str, arg: &str) -> Result<Witness> {
    let (name, file) = arg.split_once('=').ok_or_else(|| {
        CliError::usage(format!("--{prefix}witness {arg:?}: expected NAME=PUBFILE"))
    })?;
    if !signed_note::is_key_name_valid(name) {
        return Err(CliError::usage(format!(
            "--{prefix}witness: name {name:?} is empty or has spaces or `+`"
        )));
    }
    let key = crate::authority::files::read_public_key(Path::new(file))?;
    Ok(Witness {
        name: name.to_string(),
        key,
    })
}

/// The witnesses among `witnesses` whose cosignature on the checkpoint
/// note verifies.
pub fn cosigned_by<'w>(note_bytes: &[u8], witnesses: &'w [Witness]) -> Result<Vec<&'w str>> {
    let note = Note::from_bytes(note_bytes).map_err(|e| failed(format!("checkpoint: {e}")))?;
    let text = String::from_utf8_lossy(note_bytes);
    let body_len = note.text().len();
    let mut ok = Vec::new();
    for line in text[body_len..].lines() {
        let Some(rest) = line.strip_prefix("\u{2014} ") else {
            continue;
        };
        let Some((name, b64)) = rest.split_once(' ') else {
            continue;
        };
        let Ok(blob) = BASE64_STANDARD.decode(b64) else {
            continue;
        };
        if blob.len() != 4 + 8 + 64 {
            continue;
        }
        for w in witnesses {
            if w.name != name || blob[..4] != key_id(&w.name, &w.key) || ok.contains(&&*w.name) {
                continue;
            }
            let time = u64::from_be_bytes(blob[4..12].try_into().expect("8 bytes"));
            let sig = Signature::from_bytes(blob[12..].try_into().expect("64 bytes"));
            if w.key
                .verify_strict(&message(time, note.text()), &sig)
                .is_ok()
            {
                ok.push(&*w.name);
            } else {
                return Err(failed(format!(
                    "witness {name}'s cosignature on the checkpoint does not verify: the \
                     checkpoint was altered after it was cosigned, or the line is forged"
                )));
            }
        }
    }
    Ok(ok)
}

/// The tiles of a log, fetched as a proof needs them; the first failure is
/// kept so the message names the file.
struct ProofTiles<'a> {
    src: &'a Source,
    error: RefCell<Option<CliError>>,
}

impl TileReader for ProofTiles<'_> {
    fn height(&self) -> u8 {
        TILE_HEIGHT
    }

    fn read_tiles(&self, tiles: &[Tile]) -> std::result::Result<Vec<Vec<u8>>, tlog_tiles::Error> {
        tiles
            .iter()
            .map(|t| {
                let want = u64::from(t.width()) * HASH_SIZE;
                let got = self.src.get(&tile_path(t), want).and_then(|data| {
                    if data.len() as u64 == want {
                        Ok(data)
                    } else {
                        Err(failed(format!(
                            "{}: {} bytes, where a tile of {} hashes has {want}",
                            self.src.name(&tile_path(t)),
                            data.len(),
                            t.width()
                        )))
                    }
                });
                got.map_err(|e| {
                    self.error.borrow_mut().get_or_insert(e);
                    tlog_tiles::Error::InvalidTile
                })
            })
            .collect()
    }

    fn save_tiles(&self, _: &[Tile], _: &[Vec<u8>]) {}
}

/// Bytes of a hash in a tile.
const HASH_SIZE: u64 = 32;

/// Checks that `new` extends `old` (both of the log at `src`, signatures
/// verified) from the log's tiles alone: a rollback and a fork of one size
/// are refused from the checkpoints; a larger tree must give a consistency
/// proof (RFC 6962) from tiles authenticated by its own root, which fetches
/// a few tiles along the two trees' right edges, not the log.
pub fn check_extends(src: &Source, old: &Checkpoint, new: &Checkpoint) -> Result<()> {
    let hint = "the log showed this witness another history than the one it cosigned: keep \
                both checkpoints (the state directory holds the old one) as evidence";
    let (m, n) = (old.size(), new.size());
    if n < m {
        return Err(failed(format!(
            "rolled back: the log now has {n} entries, but this witness cosigned {m}; \
             not cosigned, the state is unchanged"
        ))
        .hint(hint));
    }
    let forked = || {
        failed(format!(
            "forked: the log's tree of {n} entries does not extend the {m} this witness \
             cosigned (root {}); not cosigned, the state is unchanged",
            b64(old.hash())
        ))
        .hint(hint)
    };
    if n == m {
        return if new.hash() == old.hash() {
            Ok(())
        } else {
            Err(forked())
        };
    }
    if m == 0 {
        // The empty tree is a prefix of every tree.
        return Ok(());
    }
    let tiles = ProofTiles {
        src,
        error: RefCell::new(None),
    };
    let reader = TileHashReader::new(n, *new.hash(), &tiles);
    let proof = tlog_tiles::prove_tree(n, m, &reader).map_err(|e| match tiles.error.take() {
        Some(fetch) => fetch,
        None => failed(format!(
            "the log's tiles do not hash to its checkpoint's root ({e}): a tile was \
                 altered; not cosigned, the state is unchanged"
        ))
        .hint("the log is damaged or was tampered with; its publisher must restore it"),
    })?;
    tlog_tiles::check_tree(&proof, n, *new.hash(), m, *old.hash()).map_err(|_| forked())
}
