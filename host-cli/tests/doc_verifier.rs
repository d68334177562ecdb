//! The independent report verifier documented in `docs/formats.md`
//! ("Verifying a report with any Ed25519 implementation") is run here as it
//! stands in the document, with `python3` and the `cryptography` package,
//! so the document and the test cannot drift apart.
//!
//! It must accept a real report signed by the simulated card (through
//! `capfuse attest`), and refuse, with a reason, what a lax RFC 8032
//! verifier lets through: the small-order forgery (device key, R the
//! identity, S = 0, which OpenSSL accepts for any report), every other
//! small-order key, non-canonical keys, R and S, points off the curve,
//! tampered, truncated and misdirected reports. Its verdict must equal
//! ed25519-dalek's `verify_strict` (what the ledger uses) on each case.
//!
//! A missing `python3` or `cryptography` fails the test with the command
//! that installs it: the check is never skipped.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use capfuse_abi::formats::{Report, GRANT_DOMAIN, REPORT_LEN, SIGNED_REPORT_LEN};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");
const SECTION: &str = "## Verifying a report with any Ed25519 implementation";

/// p = 2^255 - 19, little-endian.
const P: [u8; 32] = {
    let mut p = [0xff; 32];
    p[0] = 0xed;
    p[31] = 0x7f;
    p
};

/// The group order L, little-endian.
const L: [u8; 32] = [
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
];

/// The encoding of the identity point (y = 1, x = 0).
const IDENTITY: [u8; 32] = {
    let mut e = [0; 32];
    e[0] = 1;
    e
};

/// The eight points of small order, canonically encoded (the torsion
/// subgroup: orders 1, 2, 4, 4, 8, 8, 8, 8). Checked against dalek's
/// `is_weak` below, so a wrong constant fails the test.
const SMALL_ORDER: [&str; 8] = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
];

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex32(s: &str) -> [u8; 32] {
    let v: Vec<u8> = (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    v.try_into().unwrap()
}

/// Little-endian 256-bit addition (no carry out: the tests stay below 2^256).
fn add_le(a: &[u8; 32], b: &[u8; 32]) -> [u8; 32] {
    let mut out = [0u8; 32];
    let mut carry = 0u16;
    for i in 0..32 {
        let s = u16::from(a[i]) + u16::from(b[i]) + carry;
        out[i] = s as u8;
        carry = s >> 8;
    }
    assert_eq!(carry, 0, "sum over 2^256");
    out
}

fn small_le(v: u8) -> [u8; 32] {
    let mut e = [0; 32];
    e[0] = v;
    e
}

/// The python block of the section, exactly as the document has it.
fn documented_snippet() -> String {
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/formats.md");
    let text = std::fs::read_to_string(&doc)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", doc.display()));
    let section = &text[text
        .find(SECTION)
        .unwrap_or_else(|| panic!("{} has no section `{SECTION}`", doc.display()))..];
    let open = "```python\n";
    let start = section
        .find(open)
        .unwrap_or_else(|| panic!("`{SECTION}` in {} has no python block", doc.display()))
        + open.len();
    let len = section[start..]
        .find("\n```")
        .unwrap_or_else(|| panic!("the python block of `{SECTION}` is not closed"));
    format!("{}\n", &section[start..start + len])
}

/// Fails (never skips) when the interpreter or the package is missing.
fn require_python_cryptography() {
    let out = Command::new("python3")
        .args(["-c", "import cryptography"])
        .output();
    match out {
        Ok(o) if o.status.success() => {}
        Ok(o) => panic!(
            "python3 cannot import the `cryptography` package, which the documented verifier \
             needs: run scripts/install-tools.sh (or `pip3 install cryptography`): {}",
            String::from_utf8_lossy(&o.stderr).trim()
        ),
        Err(e) => panic!(
            "python3 is needed to run the documented verifier and could not be started ({e}): \
             run scripts/install-tools.sh"
        ),
    }
}

/// A private directory holding `verify.py` (the documented block).
struct Verifier {
    dir: PathBuf,
    runs: std::cell::Cell<usize>,
}

/// What the documented script said.
struct Verdict {
    accepted: bool,
    stdout: String,
    stderr: String,
}

impl Verifier {
    fn new(name: &str) -> Verifier {
        require_python_cryptography();
        let dir = std::env::temp_dir().join(format!(
            "capfuse-doc-verifier-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("verify.py"), documented_snippet()).unwrap();
        Verifier {
            dir,
            runs: 0.into(),
        }
    }

    /// `python3 verify.py report.bin <pinned hex>`, as the document says.
    fn run(&self, signed: &[u8], pinned: &[u8; 32]) -> Verdict {
        let n = self.runs.get();
        self.runs.set(n + 1);
        let file = self.dir.join(format!("report-{n}.bin"));
        std::fs::write(&file, signed).unwrap();
        let o = Command::new("python3")
            .arg(self.dir.join("verify.py"))
            .arg(&file)
            .arg(hex(pinned))
            .output()
            .expect("run python3");
        let v = Verdict {
            accepted: o.status.success(),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        };
        // Exit 0 exactly when it says so; a refusal is a sentence, not a traceback.
        if v.accepted {
            assert!(v.stdout.starts_with("report verified"), "{}", v.stdout);
        } else {
            assert_eq!(o.status.code(), Some(1), "stderr: {}", v.stderr);
            assert!(
                v.stderr.starts_with("report refused: ") && !v.stderr.contains("Traceback"),
                "stderr: {}",
                v.stderr
            );
        }
        v
    }

    /// Refused with a message containing `why`, and refused by
    /// `verify_strict` too.
    fn refuses(&self, signed: &[u8], pinned: &[u8; 32], why: &str) {
        let v = self.run(signed, pinned);
        assert!(
            !v.accepted,
            "the documented verifier accepted a report it must refuse ({why}): {}",
            v.stdout
        );
        assert!(
            v.stderr.contains(why),
            "refused for another reason than `{why}`: {}",
            v.stderr
        );
        assert!(
            !dalek_strict_accepts(signed, pinned),
            "verify_strict accepts what the script refuses ({why})"
        );
    }
}

impl Drop for Verifier {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What the ledger's check says: the pinned key named in the report and
/// `verify_strict`.
fn dalek_strict_accepts(signed: &[u8], pinned: &[u8; 32]) -> bool {
    if signed.len() != SIGNED_REPORT_LEN || signed[24..56] != pinned[..] {
        return false;
    }
    let Ok(key) = VerifyingKey::from_bytes(pinned) else {
        return false;
    };
    let sig = Signature::from_bytes(signed[REPORT_LEN..].try_into().unwrap());
    key.verify_strict(&signed[..REPORT_LEN], &sig).is_ok()
}

/// A report the simulated card signed through `capfuse attest`, with the
/// key pinned on first use and what the CLI said of it.
struct CardReport {
    signed: Vec<u8>,
    key: [u8; 32],
    seq: u64,
    nonce: String,
}

fn card_report() -> &'static CardReport {
    static REPORT: OnceLock<CardReport> = OnceLock::new();
    REPORT.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("capfuse-doc-card-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let capfuse = |args: &[&str]| {
            let o = Command::new(BIN)
                .args(args)
                .current_dir(&dir)
                .env("CAPFUSE_RUNTIME_DIR", &dir)
                .output()
                .expect("run capfuse");
            assert!(
                o.status.success(),
                "capfuse {args:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            String::from_utf8(o.stdout).unwrap()
        };
        capfuse(&["sim", "start"]);
        let out = capfuse(&["--json", "attest", "--ledger", "l", "--out", "report.bin"]);
        capfuse(&["sim", "stop"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["verified"], true);
        let r = CardReport {
            signed: std::fs::read(dir.join("report.bin")).unwrap(),
            key: unhex32(
                std::fs::read_to_string(dir.join("l.device-key"))
                    .unwrap()
                    .trim(),
            ),
            seq: v["report"]["seq"].as_u64().expect("seq in the JSON"),
            nonce: v["nonce"].as_str().unwrap().to_string(),
        };
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(r.signed.len(), SIGNED_REPORT_LEN);
        assert_eq!(hex(&r.signed[56..88]), r.nonce);
        r
    })
}

/// The card's report with another device key, R and S.
fn forged(base: &[u8], key: &[u8; 32], r: &[u8; 32], s: &[u8; 32]) -> Vec<u8> {
    let mut b = base.to_vec();
    b[24..56].copy_from_slice(key);
    b[REPORT_LEN..REPORT_LEN + 32].copy_from_slice(r);
    b[REPORT_LEN + 32..].copy_from_slice(s);
    b
}

#[test]
fn documented_verifier_accepts_a_real_card_report() {
    let v = Verifier::new("real");
    let card = card_report();
    assert!(dalek_strict_accepts(&card.signed, &card.key));
    let out = v.run(&card.signed, &card.key);
    assert!(out.accepted, "refused the card's report: {}", out.stderr);
    // It read the fields at the documented offsets.
    assert!(
        out.stdout
            .contains(&format!("seq {}, nonce {}", card.seq, card.nonce)),
        "{}",
        out.stdout
    );
    let report = Report::from_bytes(&card.signed[..REPORT_LEN]).unwrap();
    assert!(
        out.stdout
            .contains(&format!("cumulative work {}", report.cum_work)),
        "{}",
        out.stdout
    );

    // Reports signed by other (valid) keys verify against those keys: the
    // script is not tied to one card.
    for seed in [1u8, 0x42, 0xfe] {
        let sk = SigningKey::from_bytes(&[seed; 32]);
        let key = sk.verifying_key().to_bytes();
        let mut r = report.clone();
        r.device_key = key;
        r.seq = u64::from(seed);
        let body = r.to_bytes();
        let mut signed = body.to_vec();
        signed.extend_from_slice(&sk.sign(&body).to_bytes());
        assert!(dalek_strict_accepts(&signed, &key));
        let out = v.run(&signed, &key);
        assert!(out.accepted, "key seed {seed}: {}", out.stderr);
        assert!(
            out.stdout.contains(&format!("seq {seed},")),
            "{}",
            out.stdout
        );
    }
}

#[test]
fn documented_verifier_refuses_the_small_order_forgery() {
    let v = Verifier::new("small-order");
    let card = card_report();
    // The forgery of the issue: device key and R the identity, S = 0, in a
    // report that names that key, pinned to it. Plain RFC 8032 verification
    // (OpenSSL's, behind `cryptography`) accepts it for any report.
    let forgery = forged(&card.signed, &IDENTITY, &IDENTITY, &[0; 32]);
    v.refuses(&forgery, &IDENTITY, "the device key has small order");

    // Every point of small order is refused as a key, whatever R and S.
    for h in SMALL_ORDER {
        let key = unhex32(h);
        let vk = VerifyingKey::from_bytes(&key).expect("a small-order point decodes");
        assert!(vk.is_weak(), "{h} is not of small order");
        let f = forged(&card.signed, &key, &IDENTITY, &[0; 32]);
        v.refuses(&f, &key, "the device key has small order");
    }

    // A small-order R with the card's real key.
    for h in [SMALL_ORDER[0], SMALL_ORDER[4]] {
        let f = forged(&card.signed, &card.key, &unhex32(h), &[0; 32]);
        v.refuses(&f, &card.key, "the signature's R has small order");
    }
}

#[test]
fn documented_verifier_refuses_non_canonical_encodings_and_points_off_the_curve() {
    let v = Verifier::new("canonical");
    let card = card_report();
    let sign_bit = |mut e: [u8; 32]| {
        e[31] |= 0x80;
        e
    };
    // Keys with y >= p: p (y = 0 again), p + 1 (the identity again) and
    // 2^255 - 1, each with both signs of x.
    let p_plus = |k: u8| add_le(&P, &small_le(k));
    for key in [P, p_plus(1), p_plus(18)] {
        for key in [key, sign_bit(key)] {
            let f = forged(&card.signed, &key, &IDENTITY, &[0; 32]);
            v.refuses(&f, &key, "the device key is not canonically encoded");
        }
    }
    // A non-canonical R (y = p + 1) with the real key.
    let f = forged(
        &card.signed,
        &card.key,
        &p_plus(1),
        &card.signed[REPORT_LEN + 32..].try_into().unwrap(),
    );
    v.refuses(
        &f,
        &card.key,
        "the signature's R is not canonically encoded",
    );

    // The card's own signature with S + L (the same value mod L).
    let s: [u8; 32] = card.signed[REPORT_LEN + 32..].try_into().unwrap();
    let mut b = card.signed.clone();
    b[REPORT_LEN + 32..].copy_from_slice(&add_le(&s, &L));
    v.refuses(
        &b,
        &card.key,
        "the signature's S is not below the group order",
    );
    // S = L exactly.
    b[REPORT_LEN + 32..].copy_from_slice(&L);
    v.refuses(
        &b,
        &card.key,
        "the signature's S is not below the group order",
    );

    // A canonical y that is no curve point, as key and as R.
    let off_curve = (2u8..=255)
        .map(small_le)
        .find(|e| VerifyingKey::from_bytes(e).is_err())
        .expect("a small y off the curve");
    let f = forged(&card.signed, &off_curve, &IDENTITY, &[0; 32]);
    v.refuses(&f, &off_curve, "the device key is not a point on the curve");
    let f = forged(&card.signed, &card.key, &off_curve, &s);
    v.refuses(
        &f,
        &card.key,
        "the signature's R is not a point on the curve",
    );
}

#[test]
fn documented_verifier_refuses_tampered_truncated_and_misdirected_reports() {
    let v = Verifier::new("tampered");
    let card = card_report();
    let good = &card.signed;

    // A flipped bit in the counters, the nonce, S.
    for at in [120, 56, 90, REPORT_LEN + 32] {
        let mut b = good.clone();
        b[at] ^= 1;
        v.refuses(&b, &card.key, "the signature does not verify");
    }
    // Pinned to another card's key: refused, and the forged report naming
    // the pinned key does not verify.
    let other = SigningKey::from_bytes(&[7; 32]).verifying_key().to_bytes();
    v.refuses(
        good,
        &other,
        "signed for another device key than the pinned one",
    );
    let mut b = good.clone();
    b[24..56].copy_from_slice(&other);
    v.refuses(&b, &other, "the signature does not verify");
    // Truncated, padded, a grant's domain, another version.
    v.refuses(&good[..SIGNED_REPORT_LEN - 1], &card.key, "339 bytes");
    v.refuses(&good[..REPORT_LEN], &card.key, "276 bytes");
    let mut b = good.clone();
    b.push(0);
    v.refuses(&b, &card.key, "341 bytes");
    let mut b = good.clone();
    b[..16].copy_from_slice(&GRANT_DOMAIN);
    v.refuses(&b, &card.key, "not a version-1 capfuse report");
    let mut b = good.clone();
    b[16] = 2;
    v.refuses(&b, &card.key, "not a version-1 capfuse report");

    // Differential: the script's verdict equals verify_strict's on single
    // bit flips spread over all 340 bytes (key, R and S included).
    for i in 0..12usize {
        let at = (i * 263 + 7) % SIGNED_REPORT_LEN;
        let mut b = good.clone();
        b[at] ^= 1 << (i % 8);
        let out = v.run(&b, &card.key);
        assert_eq!(
            out.accepted,
            dalek_strict_accepts(&b, &card.key),
            "byte {at} bit {}: {}{}",
            i % 8,
            out.stdout,
            out.stderr
        );
        assert!(!out.accepted, "byte {at} bit {} flipped: accepted", i % 8);
    }
}
