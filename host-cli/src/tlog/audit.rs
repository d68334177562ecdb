//! Auditing a published log: the checkpoint's signature, every entry
//! bundle and tile, the root recomputed from the entries, every report's
//! signature against the pinned device key, and consistency with the
//! checkpoint seen last time (a state directory).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use capfuse_abi::formats::{Report, REPORT_LEN, SIGNED_REPORT_LEN};
use ed25519_dalek::{Signature, VerifyingKey};

use super::{
    b64, bundle_path, decode_bundle, failed, hex, open_checkpoint, write_atomic, SignedCheckpoint,
    Tree, CHECKPOINT, MAX_CHECKPOINT_BYTES, TILE_WIDTH,
};
use crate::error::Result;
use crate::ledger::Position;

/// Largest tile or entry bundle a reader accepts (256 entries of 64 KiB).
pub const MAX_TILE_BYTES: u64 = 256 * (2 + 65_535);

/// Where a log's files come from.
enum Kind {
    /// A base URL (`http://host/path`), files fetched with bounded timeouts.
    Http { base: String, agent: ureq::Agent },
    /// A local log directory.
    Dir(PathBuf),
}

/// Where a log's files come from, counting the requests and the bytes of
/// the files read.
pub struct Source {
    kind: Kind,
    requests: AtomicU64,
    bytes: AtomicU64,
}

/// An HTTP agent with bounded timeouts that follows no redirects.
pub fn agent(timeout: Duration) -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout_connect(timeout)
        .timeout(timeout)
        .redirects(0)
        .build()
}

impl Source {
    /// `http://…` is fetched; anything else is a directory; `https://` is
    /// refused (this build has no TLS stack).
    pub fn new(location: &str, timeout: Duration) -> Result<Source> {
        Source::with_agent(location, || agent(timeout))
    }

    /// As `new`, with the agent `make` gives (shared by a fleet's cards).
    pub fn with_agent(location: &str, make: impl FnOnce() -> ureq::Agent) -> Result<Source> {
        if location.starts_with("https://") {
            return Err(crate::error::CliError::usage(format!(
                "{location}: this capfuse fetches logs over plain http:// only (no TLS stack)"
            ))
            .hint("every file is signed or hashed up to the signed checkpoint, so plain HTTP is safe to audit over; or give a local copy of the directory"));
        }
        let kind = if location.starts_with("http://") {
            Kind::Http {
                base: location.trim_end_matches('/').to_string(),
                agent: make(),
            }
        } else {
            Kind::Dir(PathBuf::from(location))
        };
        Ok(Source {
            kind,
            requests: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
        })
    }

    /// The full name (URL or path) of file `rel`.
    pub fn name(&self, rel: &str) -> String {
        match &self.kind {
            Kind::Http { base, .. } => format!("{base}/{rel}"),
            Kind::Dir(d) => d.join(rel).display().to_string(),
        }
    }

    /// Requests made (files read) so far.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// Bytes of the files read so far (response bodies).
    pub fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }

    /// The file `rel`; a missing one is an error naming it.
    pub fn get(&self, rel: &str, limit: u64) -> Result<Vec<u8>> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let got = self.read(rel, limit)?;
        self.bytes.fetch_add(got.len() as u64, Ordering::Relaxed);
        Ok(got)
    }

    fn read(&self, rel: &str, limit: u64) -> Result<Vec<u8>> {
        let name = self.name(rel);
        let missing = || {
            failed(format!(
                "{name} is missing: the log does not serve a file its checkpoint needs"
            ))
            .hint("the log is incomplete or was tampered with; its publisher must restore the file")
        };
        match &self.kind {
            Kind::Dir(_) => match crate::files::read_regular(Path::new(&name), limit) {
                Ok(b) => Ok(b),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(missing()),
                Err(e) => Err(failed(format!("{name}: {e}"))),
            },
            Kind::Http { agent, .. } => {
                let resp = match agent.get(&name).call() {
                    Ok(r) => r,
                    Err(ureq::Error::Status(404, _)) => return Err(missing()),
                    Err(ureq::Error::Status(code, _)) => {
                        return Err(failed(format!("{name}: HTTP status {code}")))
                    }
                    Err(e) => {
                        return Err(failed(format!("{name}: {e}"))
                            .hint("check the URL and that the log's server is up"))
                    }
                };
                let mut bytes = Vec::new();
                resp.into_reader()
                    .take(limit + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| failed(format!("{name}: reading the body: {e}")))?;
                if bytes.len() as u64 > limit {
                    return Err(failed(format!("{name}: larger than {limit} bytes")));
                }
                Ok(bytes)
            }
        }
    }
}

/// What the reports must be.
pub struct Pins {
    /// Every report's device key.
    pub device_key: [u8; 32],
    /// Every report's authority key-set digest, if given.
    pub authority_digest: Option<[u8; 32]>,
}

/// A log fetched and checked entry by entry.
pub struct Fetched {
    /// The checkpoint, verified.
    pub checkpoint: SignedCheckpoint,
    /// The tree of its entries.
    pub tree: Tree,
    /// The entries (signed reports).
    pub entries: Vec<Vec<u8>>,
}

/// Checks one entry as a signed report of the pinned device (its length,
/// format, device key, signature and authority digest); returns the report.
pub fn check_signed(index: u64, entry: &[u8], pins: &Pins, key: &VerifyingKey) -> Result<Report> {
    let bad = |why: String| {
        failed(format!("entry {index}: {why}"))
            .hint("the log holds a report that the pinned card did not sign this way; keep it as evidence")
    };
    if entry.len() != SIGNED_REPORT_LEN {
        return Err(bad(format!(
            "{} bytes, not a {SIGNED_REPORT_LEN}-byte signed report",
            entry.len()
        )));
    }
    let (body, sig) = entry.split_at(REPORT_LEN);
    let report = Report::from_bytes(body).map_err(|e| bad(format!("not a valid report: {e}")))?;
    if report.device_key != pins.device_key {
        return Err(bad(format!(
            "the report is from device key {}, not the pinned device key {}",
            hex(&report.device_key),
            hex(&pins.device_key)
        )));
    }
    let sig = Signature::from_bytes(sig.try_into().expect("64 bytes"));
    key.verify_strict(body, &sig).map_err(|_| {
        bad(
            "the device signature does not verify (forged, altered, or signed by another key)"
                .into(),
        )
    })?;
    if let Some(d) = pins
        .authority_digest
        .filter(|d| *d != report.authority_digest)
    {
        return Err(bad(format!(
            "authority key-set digest {}, not the pinned {}",
            hex(&report.authority_digest),
            hex(&d)
        )));
    }
    Ok(report)
}

/// Checks one entry as report `index`, after `previous`.
fn check_entry(
    index: u64,
    entry: &[u8],
    pins: &Pins,
    key: &VerifyingKey,
    previous: Option<Position>,
) -> Result<Position> {
    let report = check_signed(index, entry, pins, key)?;
    let pos = Position {
        boot_epoch: report.boot_epoch,
        seq: report.seq,
    };
    if let Some(p) = previous.filter(|p| pos <= *p) {
        return Err(failed(format!(
            "entry {index}: report {pos} does not come after {p}"
        )));
    }
    Ok(pos)
}

/// The device key of the pins as a verifying key.
pub fn device_key(pins: &Pins) -> Result<VerifyingKey> {
    VerifyingKey::from_bytes(&pins.device_key).map_err(|_| {
        crate::error::CliError::usage("--device-key is not a usable Ed25519 public key")
    })
}

/// Fetches the checkpoint and every entry bundle, checks the signatures
/// and recomputes the root; `pins` = None skips the report checks.
pub fn fetch(src: &Source, log_key: &VerifyingKey, pins: Option<&Pins>) -> Result<Fetched> {
    let note = src.get(CHECKPOINT, MAX_CHECKPOINT_BYTES as u64)?;
    let checkpoint = open_checkpoint(&note, log_key, &src.name(CHECKPOINT))?;
    let size = checkpoint.checkpoint.size();
    let device = match pins {
        Some(p) => Some(VerifyingKey::from_bytes(&p.device_key).map_err(|_| {
            crate::error::CliError::usage("--device-key is not a usable Ed25519 public key")
        })?),
        None => None,
    };
    let mut tree = Tree::default();
    let mut entries = Vec::new();
    let mut last = None;
    for n in 0..size.div_ceil(TILE_WIDTH) {
        let (_, got) = fetch_bundle(src, n, size)?;
        for e in &got {
            let index = tree.size();
            if let (Some(p), Some(k)) = (pins, &device) {
                last = Some(check_entry(index, e, p, k, last)?);
            }
            tree.push(e);
            entries.push(e.to_vec());
        }
    }
    let root = tree.root(size);
    if root != *checkpoint.checkpoint.hash() {
        return Err(failed(format!(
            "the entries hash to root {}, but the checkpoint signs root {}: an entry bundle was \
             altered, or the checkpoint signs another tree",
            b64(&root),
            b64(checkpoint.checkpoint.hash())
        ))
        .hint("the log is not what its key signed; keep the files as evidence"));
    }
    Ok(Fetched {
        checkpoint,
        tree,
        entries,
    })
}

/// The witnesses an audit requires.
pub struct Witnesses<'a> {
    /// The trusted witnesses.
    pub trusted: &'a [super::witness::Witness],
    /// How many of them must have cosigned.
    pub min: usize,
}

/// The checkpoint `dir` holds for `origin`, its signature verified; `None`
/// if it holds none.
pub fn saved_note(
    dir: &Path,
    origin: &str,
    log_key: &VerifyingKey,
) -> Result<Option<SignedCheckpoint>> {
    let path = dir.join(state_file(origin));
    match crate::files::read_regular(&path, MAX_CHECKPOINT_BYTES as u64) {
        Ok(bytes) => open_checkpoint(&bytes, log_key, &path.display().to_string()).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(failed(format!("{}: {e}", path.display()))),
    }
}

/// Saves `note` (the fetched checkpoint, or a cosigned one) as the last
/// seen for its origin, atomically.
pub fn save_note(dir: &Path, origin: &str, note: &[u8]) -> Result<()> {
    write_atomic(dir, &state_file(origin), note)
}

/// The state file of an origin: the checkpoint last seen.
fn state_file(origin: &str) -> String {
    super::state::file_name(origin, "checkpoint")
}

/// Checks one report (an inclusion proof's) against the pins.
pub fn check_report(index: u64, entry: &[u8], pins: &Pins, key: &VerifyingKey) -> Result<()> {
    check_entry(index, entry, pins, key, None).map(|_| ())
}

/// Entry bundle `n` of a tree of `size` entries (partial if it is the last
/// and not full): its path and its entries, as many as the size needs.
pub fn fetch_bundle(src: &Source, n: u64, size: u64) -> Result<(String, Vec<Vec<u8>>)> {
    let w = (size - n * TILE_WIDTH).min(TILE_WIDTH);
    let rel = bundle_path(n, w);
    let bytes = src.get(&rel, MAX_TILE_BYTES)?;
    let got = decode_bundle(&bytes)
        .map_err(|e| failed(format!("{}: not an entry bundle: {e}", src.name(&rel))))?;
    if got.len() as u64 != w {
        return Err(failed(format!(
            "{}: {} entries, the checkpoint's size needs {w}",
            src.name(&rel),
            got.len()
        )));
    }
    Ok((rel, got.into_iter().map(<[u8]>::to_vec).collect()))
}
