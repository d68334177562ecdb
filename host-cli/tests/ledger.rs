//! `capfuse ledger`: real signed reports (ed25519-dalek over the abi's
//! report bytes) appended, verified, shown, damaged and repaired through the
//! binary, checking its output and exit codes. The file format is rebuilt
//! here from docs/cli.md alone, as a second implementation.

use std::path::{Path, PathBuf};

use capfuse_abi::formats::{Limits, Report, REPORT_LEN, SIGNED_REPORT_LEN};
use ed25519_dalek::{Signer, SigningKey};
use sha2::{Digest, Sha256};

const HEADER_LEN: usize = 24;
const RECORD_LEN: usize = 376;

mod common;
use common::tlog::{ok, run, text};
use common::TempDir as Dir;

/// A private directory, removed on drop.
fn private_dir(name: &str) -> Dir {
    Dir::new("capfuse-ledger", name)
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    serde_json::from_str(&ok(&a)).unwrap()
}

/// Runs and expects exit code `code`; returns stderr.
fn fails(args: &[&str], code: i32) -> String {
    let o = run(args);
    assert_eq!(
        o.status.code(),
        Some(code),
        "capfuse {args:?}: {}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    text(&o.stderr)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

struct Device {
    key: SigningKey,
}

impl Device {
    fn new(seed: u8) -> Device {
        Device {
            key: SigningKey::from_bytes(&[seed; 32]),
        }
    }
    fn public(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }
    fn public_hex(&self) -> String {
        hex(&self.public())
    }
    fn report(&self, seq: u64, nonce: u8) -> Report {
        Report {
            device_key: self.public(),
            nonce: [nonce; 32],
            seq,
            boot_epoch: 2,
            device_epoch: 40 + seq,
            cycle: 1_000_000 * seq,
            cum_work: 4321 * u128::from(seq),
            trip_reasons: if seq == 3 { 0b11 } else { 0 },
            limits: Limits {
                cum_budget: 1 << 40,
                window_len: 1000,
                window_budget: 5000,
                baseline_ratio: 256,
                ..Limits::default()
            },
            ..Report::default()
        }
    }
    /// `report` signed by `signer` (normally this device).
    fn sign_with(signer: &SigningKey, r: &Report) -> [u8; SIGNED_REPORT_LEN] {
        let body = r.to_bytes();
        let mut out = [0; SIGNED_REPORT_LEN];
        out[..REPORT_LEN].copy_from_slice(&body);
        out[REPORT_LEN..].copy_from_slice(&signer.sign(&body).to_bytes());
        out
    }
    fn signed(&self, seq: u64, nonce: u8) -> [u8; SIGNED_REPORT_LEN] {
        Self::sign_with(&self.key, &self.report(seq, nonce))
    }
}

/// Writes a signed report file (raw bytes) and returns its path.
fn report_file(dir: &Dir, name: &str, signed: &[u8]) -> PathBuf {
    let p = dir.path(name);
    std::fs::write(&p, signed).unwrap();
    p
}

/// A ledger of `n` records (seq 1..=n, nonce = seq) built with `append`.
fn build(dir: &Dir, dev: &Device, n: u64) -> PathBuf {
    let l = dir.path("reports.ledger");
    for seq in 1..=n {
        let r = report_file(dir, "r.bin", &dev.signed(seq, seq as u8));
        ok(&[
            "ledger",
            "append",
            s(&l),
            s(&r),
            "--device-key",
            &dev.public_hex(),
        ]);
    }
    l
}

#[test]
fn append_verify_show_and_json() {
    let dir = private_dir("basic");
    let dev = Device::new(1);
    let l = dir.path("reports.ledger");
    let key = dev.public_hex();
    // Hex report files are accepted too; a threshold report has nonce 0.
    let r = dir.path("r1.hex");
    std::fs::write(&r, format!("{}\n", hex(&dev.signed(1, 1)))).unwrap();
    let out = ok(&["ledger", "append", s(&l), s(&r), "--device-key", &key]);
    assert!(
        out.contains("appended record 0 (seq 1 (boot epoch 2))"),
        "{out}"
    );
    for (seq, nonce) in [(2, 0), (3, 0), (4, 9)] {
        let r = report_file(&dir, "r.bin", &dev.signed(seq, nonce));
        let v = json(&["ledger", "append", s(&l), s(&r), "--device-key", &key]);
        assert_eq!(v["seq"], seq);
        assert_eq!(v["records"], seq);
        assert_eq!(v["torn"], serde_json::Value::Null);
    }
    let out = ok(&["ledger", "verify", s(&l)]);
    assert!(out.contains("4 records verified"), "{out}");
    assert!(out.contains(&key), "{out}");
    assert!(
        out.contains("first             seq 1 (boot epoch 2)"),
        "{out}"
    );
    assert!(
        out.contains("last              seq 4 (boot epoch 2)"),
        "{out}"
    );
    let v = json(&["ledger", "verify", s(&l), "--device-key", &key]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["records"], 4);
    assert_eq!(v["device_key"], key);
    assert_eq!(v["first"]["seq"], 1);
    assert_eq!(v["last"]["seq"], 4);
    assert_eq!(v["last"]["boot_epoch"], 2);
    // The head is the one the documented formula gives.
    let bytes = std::fs::read(&l).unwrap();
    assert_eq!(v["head"], hex(&expected_head(&bytes)));
    assert_eq!(v["head"], hex(&bytes[bytes.len() - 32..]));
    // A key file: text with a kind line, or 32 raw bytes.
    let kf = dir.path("device.pub");
    std::fs::write(&kf, format!("capfuse device public key\n{key}\n")).unwrap();
    ok(&["ledger", "verify", s(&l), "--device-key-file", s(&kf)]);
    std::fs::write(&kf, dev.public()).unwrap();
    ok(&["ledger", "verify", s(&l), "--device-key-file", s(&kf)]);

    let out = ok(&["ledger", "show", s(&l)]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].contains("seq") && lines[0].contains("cum_work"),
        "{out}"
    );
    assert!(lines[1].contains("1 000 000"), "{out}"); // cycle of seq 1
    assert!(lines[2].contains("0 (threshold)"), "{out}");
    assert!(
        lines[3].contains("cumulative_budget,kill_register"),
        "{out}"
    );
    assert!(lines[4].contains("0909090909090909…"), "{out}");
    assert!(out.contains("4 records verified"), "{out}");
    let v = json(&["ledger", "show", s(&l)]);
    let e = v["entries"].as_array().unwrap();
    assert_eq!(e.len(), 4);
    assert_eq!(e[2]["trip_reasons"][1], "kill_register");
    assert_eq!(e[3]["cum_work"], "17284");
    assert_eq!(e[3]["nonce"], hex(&[9; 32]));
}

/// head_{n-1} over a ledger's records, from docs/cli.md.
fn expected_head(bytes: &[u8]) -> [u8; 32] {
    let mut head = [0u8; 32];
    for rec in bytes[HEADER_LEN..].chunks(RECORD_LEN) {
        let leaf = Sha256::new()
            .chain_update([0u8])
            .chain_update(&rec[4..4 + SIGNED_REPORT_LEN])
            .finalize();
        head = Sha256::new()
            .chain_update([1u8])
            .chain_update(head)
            .chain_update(leaf)
            .finalize()
            .into();
    }
    head
}

#[test]
fn a_ledger_written_from_the_documentation_verifies() {
    let dir = private_dir("docs");
    let dev = Device::new(4);
    let mut file = b"capfuse-ledger\0\0".to_vec();
    file.extend_from_slice(&1u16.to_le_bytes());
    file.extend_from_slice(&0u16.to_le_bytes());
    file.extend_from_slice(&376u32.to_le_bytes());
    let mut head = [0u8; 32];
    for seq in [5, 9, 10] {
        let signed = dev.signed(seq, 0);
        let leaf = Sha256::new()
            .chain_update([0u8])
            .chain_update(signed)
            .finalize();
        head = Sha256::new()
            .chain_update([1u8])
            .chain_update(head)
            .chain_update(leaf)
            .finalize()
            .into();
        file.extend_from_slice(&340u32.to_le_bytes());
        file.extend_from_slice(&signed);
        file.extend_from_slice(&head);
    }
    let l = dir.path("doc.ledger");
    std::fs::write(&l, &file).unwrap();
    let v = json(&["ledger", "verify", s(&l), "--device-key", &dev.public_hex()]);
    assert_eq!(v["records"], 3);
    assert_eq!(v["head"], hex(&head));
    // An empty ledger (just the header) verifies with the zero head.
    std::fs::write(&l, &file[..HEADER_LEN]).unwrap();
    let v = json(&["ledger", "verify", s(&l)]);
    assert_eq!(v["records"], 0);
    assert_eq!(v["device_key"], serde_json::Value::Null);
    assert_eq!(v["head"], "0".repeat(64));
}

#[test]
fn refused_reports_leave_the_ledger_unchanged() {
    let dir = private_dir("refused");
    let dev = Device::new(1);
    let other = Device::new(2);
    let l = build(&dir, &dev, 3);
    let before = std::fs::read(&l).unwrap();
    let key = dev.public_hex();
    let mut bad_sig = dev.signed(4, 4);
    bad_sig[REPORT_LEN + 5] ^= 1;
    let mut malformed = dev.signed(4, 4);
    malformed[16] = 7; // version
    let cases: Vec<(&str, [u8; SIGNED_REPORT_LEN], &str)> = vec![
        ("replayed seq", dev.signed(3, 4), "replayed or out-of-order"),
        ("lower seq", dev.signed(1, 4), "replayed or out-of-order"),
        (
            "duplicate nonce",
            dev.signed(4, 2),
            "already used by record 1",
        ),
        ("bad signature", bad_sig, "signature does not verify"),
        (
            "signed by another key",
            Device::sign_with(&other.key, &dev.report(4, 4)),
            "signature does not verify",
        ),
        (
            "another device",
            other.signed(4, 4),
            "not the pinned device key",
        ),
        ("malformed", malformed, "not a valid report"),
    ];
    for (what, signed, expect) in cases {
        let r = report_file(&dir, "r.bin", &signed);
        let e = fails(&["ledger", "append", s(&l), s(&r), "--device-key", &key], 1);
        assert!(
            e.contains("report refused, the ledger is unchanged"),
            "{what}: {e}"
        );
        assert!(e.contains(expect), "{what}: {e}");
        assert!(e.contains("hint:"), "{what}: {e}");
        assert_eq!(std::fs::read(&l).unwrap(), before, "{what}");
    }
    // Pinning the other device: refused, the ledger is this device's.
    let r = report_file(&dir, "r.bin", &other.signed(4, 4));
    let e = fails(
        &[
            "ledger",
            "append",
            s(&l),
            s(&r),
            "--device-key",
            &other.public_hex(),
        ],
        1,
    );
    assert!(e.contains("one ledger per device"), "{e}");
    // Not a signed report at all, or no key: usage errors.
    let r = report_file(&dir, "r.bin", &[1, 2, 3]);
    let e = fails(&["ledger", "append", s(&l), s(&r), "--device-key", &key], 2);
    assert!(e.contains("not a signed report: 3 bytes"), "{e}");
    let r = report_file(&dir, "r.bin", &dev.signed(4, 4));
    let e = fails(&["ledger", "append", s(&l), s(&r)], 2);
    assert!(e.contains("--device-key"), "{e}");
    fails(
        &["ledger", "append", s(&l), s(&r), "--device-key", "abc"],
        2,
    );
    assert_eq!(std::fs::read(&l).unwrap(), before);
    // JSON errors.
    let o = run(&[
        "--json",
        "ledger",
        "verify",
        s(&l),
        "--device-key",
        &other.public_hex(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["exit_code"], 1);
    assert!(v["error"]
        .as_str()
        .unwrap()
        .starts_with("record 0 (byte offset 24)"));
}

#[test]
fn verify_names_the_first_bad_record_for_flips_everywhere() {
    let dir = private_dir("flips");
    let dev = Device::new(3);
    let l = build(&dir, &dev, 3);
    let good = std::fs::read(&l).unwrap();
    let bad = dir.path("bad.ledger");
    // Positions: every header byte; in every record the length, the report
    // header, device key, nonce, seq, cycle, cum_work, limits, digest, the
    // signature and the chain head (first and last bytes of each).
    let mut positions: Vec<usize> = (0..HEADER_LEN).collect();
    for r in 0..3 {
        let base = HEADER_LEN + r * RECORD_LEN;
        for off in [
            0, 3, 4, 19, 24, 27, 28, 59, 60, 91, 92, 99, 116, 124, 150, 188, 232, 247, 279, 280,
            343, 344, 350, 372, 375,
        ] {
            positions.push(base + off);
        }
    }
    for pos in positions {
        for bit in [0, 7] {
            let mut b = good.clone();
            b[pos] ^= 1 << bit;
            std::fs::write(&bad, &b).unwrap();
            let e = fails(&["ledger", "verify", s(&bad)], 1);
            if pos < HEADER_LEN {
                assert!(e.contains("not a capfuse ledger"), "byte {pos}: {e}");
            } else {
                let r = (pos - HEADER_LEN) / RECORD_LEN;
                let at = format!("record {r} (byte offset {})", HEADER_LEN + r * RECORD_LEN);
                assert!(e.contains(&at), "byte {pos} bit {bit}: {e}");
            }
            // Appending to it is refused too, and does not touch it.
            let rep = report_file(&dir, "r.bin", &dev.signed(4, 4));
            fails(
                &[
                    "ledger",
                    "append",
                    s(&bad),
                    s(&rep),
                    "--device-key",
                    &dev.public_hex(),
                ],
                1,
            );
            assert_eq!(std::fs::read(&bad).unwrap(), b);
        }
    }
}

#[test]
fn a_torn_tail_is_reported_by_verify_and_cut_off_by_repair_and_append() {
    let dir = private_dir("torn");
    let dev = Device::new(5);
    let l = build(&dir, &dev, 3);
    let good = std::fs::read(&l).unwrap();
    let two = HEADER_LEN + 2 * RECORD_LEN;
    let two_head = hex(&expected_head(&good[..two]));
    for cut in [two + 1, two + 4, two + 100, two + 344, good.len() - 1] {
        std::fs::write(&l, &good[..cut]).unwrap();
        let o = run(&["--json", "ledger", "verify", s(&l)]);
        assert!(o.status.success());
        let e = text(&o.stderr);
        assert!(
            e.contains("warning: record 2 at byte offset 776 is torn"),
            "{e}"
        );
        assert!(e.contains("not cut off"), "{e}");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["records"], 2);
        assert_eq!(v["head"], two_head);
        assert_eq!(v["torn"]["bytes"], cut - two);
        assert_eq!(v["torn"]["cut_off"], false);
        assert_eq!(std::fs::read(&l).unwrap().len(), cut);
        // repair cuts it off and says so.
        let o = run(&["ledger", "repair", s(&l)]);
        assert!(o.status.success());
        let e = text(&o.stderr);
        assert!(e.contains("cut off, the file now ends at byte 776"), "{e}");
        assert_eq!(std::fs::read(&l).unwrap(), good[..two]);
        // append after a crash: cut off (warned), then appended.
        std::fs::write(&l, &good[..cut]).unwrap();
        let r = report_file(&dir, "r.bin", &dev.signed(3, 3));
        let o = run(&[
            "ledger",
            "append",
            s(&l),
            s(&r),
            "--device-key",
            &dev.public_hex(),
        ]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        assert!(
            text(&o.stderr).contains("warning: record 2"),
            "{}",
            text(&o.stderr)
        );
        assert_eq!(std::fs::read(&l).unwrap(), good);
    }
    let out = ok(&["ledger", "repair", s(&l)]);
    assert!(out.contains("nothing cut off"), "{out}");
}

#[test]
fn usage_and_missing_files() {
    let dir = private_dir("usage");
    let e = fails(&["ledger", "verify", s(&dir.path("none"))], 1);
    assert!(e.contains("hint:"), "{e}");
    std::fs::write(dir.path("x"), b"hello").unwrap();
    let e = fails(&["ledger", "verify", s(&dir.path("x"))], 1);
    assert!(e.contains("not a capfuse ledger"), "{e}");
    fails(&["ledger", "verify", "f", "--device-key", "zz"], 2);
    fails(
        &[
            "ledger",
            "verify",
            "f",
            "--device-key",
            "00",
            "--device-key-file",
            "g",
        ],
        2,
    );
    fails(&["ledger"], 2);
}

#[test]
fn bench_runs() {
    let v = json(&[
        "ledger",
        "bench",
        "--records",
        "200",
        "--synced",
        "2",
        "--runs",
        "1",
    ]);
    assert_eq!(v["records"], 202);
    assert!(v["verify_per_s"].as_f64().unwrap() > 0.0);
}
