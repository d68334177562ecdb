//! The policy authority's offline material: key files, the authority key
//! set, and checking a grant's signatures against that set.
//!
//! The parsing and checking here is pure (no I/O); [`files`] reads and
//! writes the files for the `keygen` and `grant` subcommands (secret keys
//! mode 0600, no overwriting, atomic replacement). [`check_grant`] is the
//! same check the card makes before it applies a grant (the card-side
//! emulation reuses it).
//!
//! Text formats (docs/cli.md, "keygen and grant"): every file starts with a
//! line naming its kind, so a secret key, a public key and a key set are
//! never taken for one another. Blank lines and lines starting with `#` are
//! ignored; keys are 64 hex digits (32 bytes).
//!
//! ```text
//! capfuse authority secret key        capfuse authority public key
//! <seed, 64 hex digits>               <public key, 64 hex digits>
//!
//! capfuse authority key set
//! threshold 2
//! slot 0 <public key, 64 hex digits>
//! slot 1 <public key, 64 hex digits>
//! slot 2 <public key, 64 hex digits>
//! digest <authority_digest(keys, threshold), 64 hex digits>
//! ```

use capfuse_abi::formats::Grant;
use ed25519_dalek::{Signature, SigningKey, VerifyingKey};

/// First line of a secret (seed) key file.
pub const SECRET_KIND: &str = "capfuse authority secret key";
/// First line of a public key file.
pub const PUBLIC_KIND: &str = "capfuse authority public key";
/// First line of an authority key set file.
pub use capfuse_abi::keyset::KEYSET_KIND;

const KINDS: [(&str, &str); 3] = [
    (SECRET_KIND, "an authority secret key file"),
    (PUBLIC_KIND, "an authority public key file"),
    (KEYSET_KIND, "an authority key set file"),
];

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub use crate::numbers::parse_hex32;

/// Checks that 32 bytes are a usable Ed25519 public key: the canonical
/// encoding of a point (the card's engine refuses any other encoding, and
/// `VerifyingKey::from_bytes` alone would take y >= p) and not of small
/// order (such a key would let anyone forge signatures that `verify`
/// accepts; `verify_strict` refuses them, so it could never sign). The
/// check is the abi's, which every key-set loader makes.
pub fn public_key(bytes: &[u8; 32]) -> Result<VerifyingKey, String> {
    if let Some(problem) = capfuse_abi::keyset::key_problem(bytes) {
        return Err(problem.into());
    }
    VerifyingKey::from_bytes(bytes)
        .map_err(|_| "not an Ed25519 public key (not a point on the curve)".to_string())
}

/// The meaningful lines of a text file: trimmed, without blanks and `#`
/// comments, each with its 1-based line number.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Checks the kind line; says what the file is if it is another kind.
fn expect_kind(text: &str, kind: &str, what: &str) -> Result<(), String> {
    match lines(text).next() {
        Some((_, first)) if first == kind => Ok(()),
        Some((_, first)) => match KINDS.iter().find(|(k, _)| *k == first) {
            Some((_, other)) => Err(format!("this is {other}, not {what}")),
            None => Err(format!("not {what}: its first line is not `{kind}`")),
        },
        None => Err(format!("not {what}: the file is empty")),
    }
}

/// The single 32-byte value after the kind line of a key file.
fn single_key(text: &str, kind: &str, what: &str) -> Result<[u8; 32], String> {
    expect_kind(text, kind, what)?;
    let rest: Vec<(usize, &str)> = lines(text).skip(1).collect();
    match rest.as_slice() {
        [(n, l)] => parse_hex32(l).map_err(|e| format!("{what}, line {n}: {e}")),
        [] => Err(format!("{what}: the key line is missing (truncated?)")),
        [_, (n, _), ..] => Err(format!("{what}, line {n}: unexpected text after the key")),
    }
}

/// A secret key file's text.
pub fn secret_key_text(key: &SigningKey) -> String {
    format!(
        "{SECRET_KIND}\n# Ed25519 seed. Keep this file offline, mode 0600. Public key:\n# {}\n{}\n",
        hex(key.verifying_key().as_bytes()),
        hex(key.as_bytes())
    )
}

/// A public key file's text.
pub fn public_key_text(key: &VerifyingKey) -> String {
    format!("{PUBLIC_KIND}\n{}\n", hex(key.as_bytes()))
}

/// Parses a secret key file.
pub fn parse_secret_key(text: &str) -> Result<SigningKey, String> {
    let seed = single_key(text, SECRET_KIND, "an authority secret key file")?;
    Ok(SigningKey::from_bytes(&seed))
}

/// Parses a public key file.
pub fn parse_public_key(text: &str) -> Result<VerifyingKey, String> {
    let what = "an authority public key file";
    let k = single_key(text, PUBLIC_KIND, what)?;
    public_key(&k).map_err(|e| format!("{what}: {e}"))
}

/// The authority key set a bitstream is built with: n public keys in slot
/// order and the threshold k of distinct slots a grant needs. The text
/// format and its parser are `capfuse_abi::keyset` (the bitstream generator
/// reads the same files); this adds the curve check the abi cannot make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySet(capfuse_abi::keyset::KeySet);

impl KeySet {
    /// Checks and builds a key set: 1..=8 keys, all valid and distinct,
    /// 1 <= threshold <= n.
    pub fn new(keys: Vec<[u8; 32]>, threshold: u8) -> Result<KeySet, String> {
        let set = capfuse_abi::keyset::KeySet::new(keys, threshold).map_err(|e| {
            // The abi words it as a key set file's error; here it is one.
            e.to_string().trim_start_matches("key set: ").to_string()
        })?;
        Self::checked(set)
    }

    fn checked(set: capfuse_abi::keyset::KeySet) -> Result<KeySet, String> {
        for (i, k) in set.keys.iter().enumerate() {
            public_key(k).map_err(|e| format!("slot {i}: {e}"))?;
        }
        Ok(KeySet(set))
    }

    /// The public keys in slot order.
    pub fn keys(&self) -> &[[u8; 32]] {
        &self.0.keys
    }

    /// Signatures from distinct slots a grant needs.
    pub fn threshold(&self) -> u8 {
        self.0.threshold
    }

    /// `capfuse_abi::formats::authority_digest` of the set (what a report
    /// carries and the bitstream is built with).
    pub fn digest(&self) -> [u8; 32] {
        self.0.digest()
    }

    /// The key set file's text.
    pub fn to_text(&self) -> String {
        self.0.to_text()
    }

    /// Parses a key set file: the kind line, `threshold K`, `slot I KEY`
    /// for I = 0, 1, ... in order, then `digest HEX`, which must match.
    pub fn parse(text: &str) -> Result<KeySet, String> {
        expect_kind(text, KEYSET_KIND, "an authority key set file")?;
        let set = capfuse_abi::keyset::KeySet::parse(text).map_err(|e| e.to_string())?;
        Self::checked(set).map_err(|e| format!("key set: {e}"))
    }
}

/// What [`check_grant`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GrantCheck {
    /// Slots whose signature verifies with that slot's key, each once, in
    /// the grant's order.
    pub valid: Vec<u8>,
    /// Signatures that do not count, with the reason.
    pub invalid: Vec<(u8, String)>,
    /// Valid signatures from distinct slots the key set requires.
    pub required: u8,
    /// At least `required` distinct slots are valid.
    pub ready: bool,
}

/// Checks every signature of a grant against the key set: the slot must be
/// in the set and the signature must pass `verify_strict` with that slot's
/// key over the grant's [`GRANT_BODY_LEN`](capfuse_abi::formats::GRANT_BODY_LEN)
/// body bytes. A slot counts once, so k valid distinct slots (distinct keys,
/// [`KeySet::new`] refuses duplicates) make the grant ready.
pub fn check_grant(grant: &Grant, keyset: &KeySet) -> GrantCheck {
    let body = grant.body.to_bytes();
    let mut check = GrantCheck {
        required: keyset.threshold(),
        ..GrantCheck::default()
    };
    let mut seen: Vec<u8> = Vec::new();
    for s in &grant.signatures {
        let reason = if seen.contains(&s.slot) {
            Some(format!("slot {} appears more than once", s.slot))
        } else if s.slot as usize >= keyset.keys().len() {
            Some(format!(
                "no key in slot {} (the key set has slots 0..={})",
                s.slot,
                keyset.keys().len() - 1
            ))
        } else {
            // KeySet::new checked every key, so this cannot fail; treat it
            // as an invalid signature all the same rather than panic.
            match VerifyingKey::from_bytes(&keyset.keys()[s.slot as usize]) {
                Ok(k) => match k.verify_strict(&body, &Signature::from_bytes(&s.signature)) {
                    Ok(()) => None,
                    Err(_) => Some(format!(
                        "does not verify with slot {}'s key over this body (wrong key, or the body or signature changed)",
                        s.slot
                    )),
                },
                Err(_) => Some(format!("slot {}'s key is not a valid public key", s.slot)),
            }
        };
        seen.push(s.slot);
        match reason {
            None => check.valid.push(s.slot),
            Some(r) => check.invalid.push((s.slot, r)),
        }
    }
    check.ready = check.valid.len() >= keyset.threshold() as usize;
    check
}

/// Reading and writing the authority's files, with the CLI's errors.
pub mod files {
    use std::fs::{File, Metadata, OpenOptions};
    use std::io::{ErrorKind, Read, Write};
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    use std::path::{Path, PathBuf};

    use capfuse_abi::formats::Grant;
    use ed25519_dalek::{SigningKey, VerifyingKey};

    use super::KeySet;
    use crate::error::{exit, CliError, Result};

    fn io_error(what: &str, path: &Path, e: std::io::Error) -> CliError {
        CliError::new(exit::FAILURE, format!("{what} {}: {e}", path.display()))
    }

    /// A file the command reads is malformed.
    fn bad_file(path: &Path, problem: impl std::fmt::Display) -> CliError {
        CliError::new(exit::FAILURE, format!("{}: {problem}", path.display()))
    }

    /// Refuses an output path that exists (or is a dangling symlink).
    pub fn refuse_existing(path: &Path) -> Result<()> {
        if path.symlink_metadata().is_ok() {
            return Err(exists(path));
        }
        Ok(())
    }

    fn exists(path: &Path) -> CliError {
        CliError::usage(format!(
            "{} already exists; refusing to overwrite it",
            path.display()
        ))
        .hint("choose another output name, or move the old file away yourself")
    }

    /// A temporary name next to `path` (same directory, so same filesystem).
    fn temp_path(path: &Path) -> PathBuf {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        path.with_file_name(format!(
            ".{name}.capfuse-tmp-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ))
    }

    fn create(path: &Path, mode: u32) -> std::io::Result<File> {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(path)
    }

    fn write_all_synced(mut f: File, bytes: &[u8]) -> std::io::Result<()> {
        f.write_all(bytes)?;
        f.sync_all()
    }

    fn sync_dir(path: &Path) {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        // Best effort: makes the new name durable; some filesystems refuse.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }

    /// Writes a new file, never replacing one: the bytes go to a temporary
    /// file created with `mode` (so a secret is never readable by others,
    /// even briefly), which is then hard-linked to `path` (refused if
    /// `path` exists), so `path` appears complete or not at all. Where the
    /// filesystem has no hard links it is created with `create_new` and
    /// the same mode.
    pub fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
        refuse_existing(path)?;
        let tmp = temp_path(path);
        let staged = create(&tmp, mode).and_then(|f| write_all_synced(f, bytes));
        if let Err(e) = staged {
            let _ = std::fs::remove_file(&tmp);
            return Err(io_error("cannot write", path, e));
        }
        let linked = std::fs::hard_link(&tmp, path);
        let _ = std::fs::remove_file(&tmp);
        match linked {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::AlreadyExists => return Err(exists(path)),
            Err(_) => match create(path, mode) {
                Ok(f) => {
                    if let Err(e) = write_all_synced(f, bytes) {
                        let _ = std::fs::remove_file(path);
                        return Err(io_error("cannot write", path, e));
                    }
                }
                Err(e) if e.kind() == ErrorKind::AlreadyExists => return Err(exists(path)),
                Err(e) => return Err(io_error("cannot create", path, e)),
            },
        }
        sync_dir(path);
        Ok(())
    }

    /// Replaces an existing file atomically (temporary file, then rename),
    /// keeping its permissions: a crash leaves the old or the new file.
    pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
        let mode = std::fs::metadata(path)
            .map_err(|e| io_error("cannot read", path, e))?
            .permissions()
            .mode()
            & 0o777;
        let tmp = temp_path(path);
        let staged = create(&tmp, mode)
            .and_then(|f| write_all_synced(f, bytes))
            .and_then(|()| std::fs::rename(&tmp, path));
        if let Err(e) = staged {
            let _ = std::fs::remove_file(&tmp);
            return Err(io_error("cannot write", path, e));
        }
        sync_dir(path);
        Ok(())
    }

    /// Reads a whole file (at most `limit` bytes; our files are small, so
    /// anything larger is the wrong file), after `check` approves its
    /// metadata (taken from the open file, so it is the file read).
    fn read(
        path: &Path,
        limit: u64,
        check: impl FnOnce(&Metadata) -> Result<()>,
    ) -> Result<Vec<u8>> {
        // A FIFO or device node is refused before it is read (it would
        // block or never end); the metadata is the open file's.
        let f = crate::files::open_regular(path).map_err(|e| io_error("cannot read", path, e))?;
        let meta = f.metadata().map_err(|e| io_error("cannot read", path, e))?;
        check(&meta)?;
        let mut bytes = Vec::new();
        (&f).take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| io_error("cannot read", path, e))?;
        if bytes.len() as u64 > limit {
            return Err(bad_file(
                path,
                format!("larger than {limit} bytes; not a capfuse authority file"),
            ));
        }
        Ok(bytes)
    }

    fn read_text(path: &Path, check: impl FnOnce(&Metadata) -> Result<()>) -> Result<String> {
        let bytes = read(path, 64 * 1024, check)?;
        String::from_utf8(bytes)
            .map_err(|_| bad_file(path, "not a text file (a binary grant, or a raw key?)"))
    }

    fn any(_: &Metadata) -> Result<()> {
        Ok(())
    }

    /// Reads an authority secret key; refuses a file that group or others
    /// may read or write, before reading it.
    pub fn read_secret_key(path: &Path) -> Result<SigningKey> {
        let text = read_text(path, |meta| {
            let mode = meta.permissions().mode();
            if mode & 0o077 == 0 {
                return Ok(());
            }
            Err(bad_file(
                path,
                format!(
                    "secret key file has mode {:04o}: group or others may access it; refusing to use it",
                    mode & 0o7777
                ),
            )
            .hint(format!(
                "`chmod 600 {}`, and consider the key exposed if others could read it",
                path.display()
            )))
        })?;
        super::parse_secret_key(&text).map_err(|e| bad_file(path, e))
    }

    /// Reads an authority public key file.
    pub fn read_public_key(path: &Path) -> Result<VerifyingKey> {
        let text = read_text(path, any)?;
        super::parse_public_key(&text).map_err(|e| bad_file(path, e))
    }

    /// Reads an authority key set file.
    pub fn read_keyset(path: &Path) -> Result<KeySet> {
        let text = read_text(path, any)?;
        KeySet::parse(&text)
            .map_err(|e| bad_file(path, e).hint("`capfuse grant keyset` writes a key set file"))
    }

    /// Reads a grant file.
    pub fn read_grant(path: &Path) -> Result<Grant> {
        let bytes = read(path, 4096, any)?;
        Grant::from_bytes(&bytes).map_err(|e| {
            bad_file(path, e).hint("`capfuse grant new` writes a grant file; signers add to it")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use capfuse_abi::formats::authority_digest;
    use capfuse_abi::formats::{GrantBody, Limits, SlotSignature};
    use ed25519_dalek::Signer;

    fn key(i: u8) -> SigningKey {
        SigningKey::from_bytes(&[i; 32])
    }

    fn set(n: u8, k: u8) -> KeySet {
        KeySet::new(
            (0..n).map(|i| key(i).verifying_key().to_bytes()).collect(),
            k,
        )
        .unwrap()
    }

    fn grant() -> Grant {
        Grant {
            body: GrantBody {
                device_key: key(9).verifying_key().to_bytes(),
                seq: 1,
                limits: Limits {
                    window_len: 1,
                    ..Limits::default()
                },
                ..GrantBody::default()
            },
            signatures: vec![],
        }
    }

    fn sign(g: &mut Grant, slot: u8, with: u8) {
        let signature = key(with).sign(&g.body.to_bytes()).to_bytes();
        g.signatures.push(SlotSignature { slot, signature });
    }

    #[test]
    fn hex_round_trips_and_rejects_bad_input() {
        let b = [0xa5; 32];
        assert_eq!(parse_hex32(&hex(&b)), Ok(b));
        assert_eq!(parse_hex32(&format!("0x{}", hex(&b).to_uppercase())), Ok(b));
        assert!(parse_hex32(&hex(&b)[..63]).is_err());
        assert!(parse_hex32(&format!("{}zz", &hex(&b)[..62])).is_err());
        assert!(parse_hex32("é".repeat(32).as_str()).is_err());
    }

    #[test]
    fn key_files_round_trip_and_are_not_interchangeable() {
        let k = key(1);
        let s = secret_key_text(&k);
        let p = public_key_text(&k.verifying_key());
        assert_eq!(parse_secret_key(&s).unwrap().to_bytes(), k.to_bytes());
        assert_eq!(parse_public_key(&p).unwrap(), k.verifying_key());
        assert!(parse_public_key(&s).unwrap_err().contains("secret key"));
        assert!(parse_secret_key(&p).unwrap_err().contains("public key"));
        let ks = set(2, 1).to_text();
        assert!(parse_public_key(&ks).unwrap_err().contains("key set"));
        assert!(KeySet::parse(&p).unwrap_err().contains("public key"));
        assert!(parse_secret_key("").is_err());
        assert!(parse_secret_key(SECRET_KIND)
            .unwrap_err()
            .contains("missing"));
    }

    #[test]
    fn key_sets_round_trip_and_refuse_bad_sets() {
        let s = set(3, 2);
        assert_eq!(KeySet::parse(&s.to_text()), Ok(s.clone()));
        assert_eq!(s.digest(), authority_digest(s.keys(), 2));
        let k0 = key(0).verifying_key().to_bytes();
        assert!(KeySet::new(vec![k0, k0], 1)
            .unwrap_err()
            .contains("same key"));
        assert!(KeySet::new(vec![k0], 0).is_err());
        assert!(KeySet::new(vec![k0], 2).is_err());
        assert!(KeySet::new(vec![], 1).is_err());
        // A tampered key or threshold no longer matches the digest.
        let t = s.to_text().replace("threshold 2", "threshold 1");
        assert!(KeySet::parse(&t).unwrap_err().contains("digest"));
        // Truncated: no digest line.
        let t: String = s
            .to_text()
            .lines()
            .take(5)
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(KeySet::parse(&t).unwrap_err().contains("missing"));
    }

    #[test]
    fn check_grant_counts_distinct_valid_slots() {
        let ks = set(3, 2);
        let mut g = grant();
        sign(&mut g, 0, 0);
        let c = check_grant(&g, &ks);
        assert_eq!((c.valid.clone(), c.ready), (vec![0], false));
        sign(&mut g, 1, 2); // slot 2's key in slot 1
        sign(&mut g, 0, 0); // slot 0 again
        sign(&mut g, 5, 0); // no such slot
        let c = check_grant(&g, &ks);
        assert_eq!(c.valid, vec![0]);
        assert_eq!(
            c.invalid.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            [1, 0, 5]
        );
        assert!(!c.ready);
        sign(&mut g, 2, 2);
        assert!(check_grant(&g, &ks).ready);
        // Any change to the body invalidates every signature.
        g.body.seq += 1;
        let c = check_grant(&g, &ks);
        assert!(c.valid.is_empty() && !c.ready);
    }
}
