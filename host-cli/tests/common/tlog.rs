//! Helpers of the transparency-log tests: a real nginx on loopback, the
//! capfuse binary, cards that sign reports as docs/formats.md says, and
//! ledger files built from docs/cli.md.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use capfuse_abi::formats::{Limits, Report, REPORT_LEN, SIGNED_REPORT_LEN};
use ed25519_dalek::{Signer, SigningKey};
use sha2::{Digest, Sha256};

/// The capfuse binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

#[path = "../../src/nginx.rs"]
mod server;

/// nginx serving `root` on a free loopback port, as this test's own
/// process (no daemon, every path in `dir`), killed on drop: the CLI's own
/// `src/nginx.rs` (which `capfuse bench --fleet-only` serves with), failing
/// the test if it cannot start.
pub struct Nginx(server::Nginx);

impl Nginx {
    pub fn start(dir: &Path, root: &Path) -> Nginx {
        Nginx(server::Nginx::start(dir, root).expect("start nginx"))
    }
    pub fn url(&self, log: &str) -> String {
        self.0.url(log)
    }
}

pub fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run capfuse")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(
        o.status.success(),
        "capfuse {args:?} failed ({}): {}",
        o.status,
        text(&o.stderr)
    );
    text(&o.stdout)
}

/// Runs, expects exit code 1 and `needle` in stderr.
pub fn fails(args: &[&str], needle: &str) {
    let o = run(args);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "capfuse {args:?}: {err}");
    assert!(
        err.contains(needle),
        "capfuse {args:?}: wanted {needle:?} in: {err}"
    );
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `capfuse log publish LEDGER --dir OUT --log-key KEY --origin ORIGIN`.
pub fn publish_args<'a>(
    ledger: &'a Path,
    out: &'a Path,
    key: &'a Path,
    origin: &'a str,
) -> Vec<&'a str> {
    vec![
        "log",
        "publish",
        s(ledger),
        "--dir",
        s(out),
        "--log-key",
        s(key),
        "--origin",
        origin,
    ]
}

/// A card: its device key signs reports as docs/formats.md says.
pub struct Device(pub SigningKey);

impl Device {
    pub fn public_hex(&self) -> String {
        hex(self.0.verifying_key().as_bytes())
    }
    pub fn signed(&self, seq: u64, nonce: u8) -> [u8; SIGNED_REPORT_LEN] {
        let r = Report {
            device_key: self.0.verifying_key().to_bytes(),
            nonce: {
                let mut n = [nonce; 32];
                n[..8].copy_from_slice(&seq.to_le_bytes());
                n
            },
            seq,
            boot_epoch: 2,
            device_epoch: 40 + seq,
            cum_work: 4321 * u128::from(seq),
            authority_digest: [0xad; 32],
            limits: Limits {
                cum_budget: 1 << 40,
                window_len: 1000,
                window_budget: 5000,
                baseline_ratio: 256,
                ..Limits::default()
            },
            ..Report::default()
        };
        self.sign(&r)
    }
    /// `r` with this device's key, signed.
    pub fn sign(&self, r: &Report) -> [u8; SIGNED_REPORT_LEN] {
        let r = Report {
            device_key: self.0.verifying_key().to_bytes(),
            ..r.clone()
        };
        let body = r.to_bytes();
        let mut out = [0; SIGNED_REPORT_LEN];
        out[..REPORT_LEN].copy_from_slice(&body);
        out[REPORT_LEN..].copy_from_slice(&self.0.sign(&body).to_bytes());
        out
    }
}

/// A ledger file (docs/cli.md, "ledger") holding `reports`.
pub fn ledger(path: &Path, reports: &[[u8; SIGNED_REPORT_LEN]]) {
    let mut b = b"capfuse-ledger\0\0".to_vec();
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&[0, 0]);
    b.extend_from_slice(&376u32.to_le_bytes());
    let mut head = [0u8; 32];
    for r in reports {
        let leaf: [u8; 32] = Sha256::new()
            .chain_update([0])
            .chain_update(r)
            .finalize()
            .into();
        head = Sha256::new()
            .chain_update([1])
            .chain_update(head)
            .chain_update(leaf)
            .finalize()
            .into();
        b.extend_from_slice(&(SIGNED_REPORT_LEN as u32).to_le_bytes());
        b.extend_from_slice(r);
        b.extend_from_slice(&head);
    }
    std::fs::write(path, b).unwrap();
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

pub fn flip(path: &Path, at: usize) {
    let mut b = std::fs::read(path).unwrap();
    let n = b.len();
    b[at % n] ^= 1;
    std::fs::write(path, b).unwrap();
}
