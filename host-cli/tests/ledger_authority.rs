//! A card restarted with another authority key set keeps its device key, so
//! its reports still verify and chain; `ledger verify` and `ledger show`
//! must still show the change: they pin the authority key-set digest (from
//! `--authority-keys`, else the first record) and fail on every record that
//! carries another, unless `--accept-authority-change`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use capfuse_abi::formats::{Limits, Report, REPORT_LEN, SIGNED_REPORT_LEN};
use ed25519_dalek::{Signer, SigningKey};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

/// A private directory, removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let d =
            std::env::temp_dir().join(format!("capfuse-ledger-auth-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.0)
            .output()
            .expect("run capfuse")
    }
    fn ok(&self, args: &[&str]) -> (String, String) {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "capfuse {args:?} failed ({}): {}",
            o.status,
            text(&o.stderr)
        );
        (text(&o.stdout), text(&o.stderr))
    }
    /// Expects exit code `code`; returns (stdout, stderr).
    fn fails(&self, code: i32, args: &[&str]) -> (String, String) {
        let o = self.run(args);
        assert_eq!(
            o.status.code(),
            Some(code),
            "capfuse {args:?}: {}{}",
            text(&o.stdout),
            text(&o.stderr)
        );
        (text(&o.stdout), text(&o.stderr))
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// Writes a 1-of-1 authority key set with `capfuse` and returns its file
/// and digest (from its `digest` line).
fn keyset(dir: &Dir, name: &str) -> (PathBuf, [u8; 32]) {
    dir.ok(&["keygen", "--out", name]);
    let ks = dir.path(&format!("{name}.keyset"));
    dir.ok(&[
        "grant",
        "keyset",
        "--threshold",
        "1",
        &format!("{name}.pub"),
        "--out",
        s(&ks),
    ]);
    let t = std::fs::read_to_string(&ks).unwrap();
    let line = t.lines().find(|l| l.starts_with("digest ")).unwrap();
    let h = line["digest ".len()..].trim();
    let mut d = [0u8; 32];
    for (i, b) in d.iter_mut().enumerate() {
        *b = u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap();
    }
    (ks, d)
}

struct Device(SigningKey);

impl Device {
    fn key_hex(&self) -> String {
        hex(&self.0.verifying_key().to_bytes())
    }
    /// A report of boot `boot`, number `seq`, from a card built with the
    /// authority key set of digest `authority`.
    fn signed(&self, boot: u64, seq: u64, authority: [u8; 32]) -> [u8; SIGNED_REPORT_LEN] {
        let r = Report {
            device_key: self.0.verifying_key().to_bytes(),
            nonce: [(boot * 16 + seq) as u8; 32],
            seq,
            boot_epoch: boot,
            cycle: 1000 * seq,
            limits: Limits {
                window_len: 1,
                ..Limits::default()
            },
            authority_digest: authority,
            ..Report::default()
        };
        let body = r.to_bytes();
        let mut out = [0; SIGNED_REPORT_LEN];
        out[..REPORT_LEN].copy_from_slice(&body);
        out[REPORT_LEN..].copy_from_slice(&self.0.sign(&body).to_bytes());
        out
    }
    /// Appends; returns stderr.
    fn append(&self, dir: &Dir, ledger: &Path, signed: &[u8]) -> String {
        let r = dir.path("r.bin");
        std::fs::write(&r, signed).unwrap();
        dir.ok(&[
            "ledger",
            "append",
            s(ledger),
            s(&r),
            "--device-key",
            &self.key_hex(),
        ])
        .1
    }
}

/// A ledger of six records: boot 1 (records 0..=2) with key set A, then the
/// card restarted with key set B (boot 2, records 3..=4), then A again
/// (boot 3, record 5).
fn changed_ledger(dir: &Dir) -> (PathBuf, [u8; 32], [u8; 32], PathBuf, PathBuf) {
    let (ks_a, a) = keyset(dir, "a");
    let (ks_b, b) = keyset(dir, "b");
    assert_ne!(a, b);
    let dev = Device(SigningKey::from_bytes(&[0x31; 32]));
    let l = dir.path("card.ledger");
    for seq in 1..=3 {
        let e = dev.append(dir, &l, &dev.signed(1, seq, a));
        assert!(!e.contains("warning"), "{e}");
    }
    let e = dev.append(dir, &l, &dev.signed(2, 1, b));
    assert!(
        e.contains(&format!(
            "warning: this report's authority key-set digest {} differs from the previous record's {}",
            hex(&b),
            hex(&a)
        )),
        "{e}"
    );
    let e = dev.append(dir, &l, &dev.signed(2, 2, b));
    assert!(!e.contains("warning"), "{e}");
    let e = dev.append(dir, &l, &dev.signed(3, 1, a));
    assert!(e.contains("warning: this report's authority"), "{e}");
    (l, a, b, ks_a, ks_b)
}

#[test]
fn verify_fails_on_every_record_of_another_authority_key_set() {
    let dir = Dir::new("verify");
    let (l, a, b, ks_a, ks_b) = changed_ledger(&dir);
    // Pinned from the first record (A): records 3..=4 differ.
    let (out, err) = dir.fails(1, &["ledger", "verify", s(&l)]);
    assert!(out.contains("6 records verified"), "{out}");
    assert!(
        out.contains(&format!(
            "authority digest  {} (pinned from the first record)",
            hex(&a)
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "authority CHANGED records 3..=4 (seq 1 (boot epoch 2) .. seq 2 (boot epoch 2)) carry digest {}",
            hex(&b)
        )),
        "{out}"
    );
    assert_eq!(out.matches("authority CHANGED").count(), 1, "{out}");
    assert!(
        err.contains("error: authority key set changed: 2 records carry an authority key-set digest other than")
            && err.contains("the first is record 3 (seq 1 (boot epoch 2))"),
        "{err}"
    );
    assert!(err.contains("--accept-authority-change"), "{err}");

    // Pinned by the operator's key set B: records 0..=2 and 5 differ.
    let (out, err) = dir.fails(
        1,
        &["ledger", "verify", s(&l), "--authority-keys", s(&ks_b)],
    );
    assert!(out.contains("(pinned from --authority-keys)"), "{out}");
    assert!(out.contains("authority CHANGED records 0..=2"), "{out}");
    assert!(out.contains("authority CHANGED records 5..=5"), "{out}");
    assert!(err.contains("4 records carry"), "{err}");
    assert!(err.contains("the first is record 0"), "{err}");
    // Pinned to A explicitly: same as the first record's.
    let (_, err) = dir.fails(
        1,
        &["ledger", "verify", s(&l), "--authority-keys", s(&ks_a)],
    );
    assert!(err.contains("2 records carry"), "{err}");

    // Accepted: printed, exit 0.
    let (out, err) = dir.ok(&["ledger", "verify", s(&l), "--accept-authority-change"]);
    assert!(
        out.contains("authority CHANGED records 3..=4") && out.contains("(accepted)"),
        "{out}"
    );
    assert!(!err.contains("error"), "{err}");

    // JSON: one object on stdout, with the error fields.
    let (out, _) = dir.fails(1, &["--json", "ledger", "verify", s(&l)]);
    assert_eq!(out.lines().count(), 1, "{out}");
    let v = json(&out);
    assert_eq!(v["ok"], false);
    assert_eq!(v["exit_code"], 1);
    assert!(v["error"]
        .as_str()
        .unwrap()
        .starts_with("authority key set changed"));
    assert_eq!(v["records"], 6);
    assert_eq!(v["authority"]["digest"], hex(&a));
    assert_eq!(v["authority"]["pinned_from"], "first-record");
    assert_eq!(v["authority"]["accepted"], false);
    let changes = v["authority"]["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0]["first_index"], 3);
    assert_eq!(changes[0]["last_index"], 4);
    assert_eq!(changes[0]["records"], 2);
    assert_eq!(changes[0]["digest"], hex(&b));
    assert_eq!(changes[0]["first"]["boot_epoch"], 2);
    let (out, _) = dir.ok(&[
        "--json",
        "ledger",
        "verify",
        s(&l),
        "--accept-authority-change",
    ]);
    let v = json(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["authority"]["accepted"], true);
    assert_eq!(v["authority"]["changes"][0]["first_index"], 3);

    // A bad key set file is the operator's error, before anything is read.
    std::fs::write(dir.path("bad.keyset"), "not a key set\n").unwrap();
    let (_, err) = dir.fails(
        1,
        &["ledger", "verify", s(&l), "--authority-keys", "bad.keyset"],
    );
    assert!(err.contains("bad.keyset"), "{err}");
}

#[test]
fn show_marks_the_records_where_the_key_set_changes() {
    let dir = Dir::new("show");
    let (l, a, b, _, _) = changed_ledger(&dir);
    let (out, err) = dir.fails(1, &["ledger", "show", s(&l)]);
    assert!(err.contains("authority key set changed"), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    // header, 0, 1, 2, mark, 3, 4, mark, 5
    assert!(lines[4].contains(&format!(
        "authority key set CHANGED: digest {} (was {})",
        hex(&b),
        hex(&a)
    )));
    assert!(lines[5].trim_start().starts_with("3 "), "{out}");
    assert!(lines[7].contains(&format!(
        "authority key set CHANGED: digest {} (was {})",
        hex(&a),
        hex(&b)
    )));
    assert!(lines[8].trim_start().starts_with("5 "), "{out}");
    assert_eq!(out.matches("authority key set CHANGED").count(), 2, "{out}");
    assert!(out.contains("authority CHANGED records 3..=4"), "{out}");
    let (out, _) = dir.ok(&["ledger", "show", s(&l), "--accept-authority-change"]);
    assert_eq!(out.matches("authority key set CHANGED").count(), 2, "{out}");

    let (out, _) = dir.ok(&[
        "--json",
        "ledger",
        "show",
        s(&l),
        "--accept-authority-change",
    ]);
    let v = json(&out);
    let e = v["entries"].as_array().unwrap();
    let digests: Vec<&str> = e
        .iter()
        .map(|r| r["authority_digest"].as_str().unwrap())
        .collect();
    let (ha, hb) = (hex(&a), hex(&b));
    assert_eq!(digests, [&ha, &ha, &ha, &hb, &hb, &ha]);
    let changed: Vec<bool> = e
        .iter()
        .map(|r| r["authority_changed"].as_bool().unwrap())
        .collect();
    assert_eq!(changed, [false, false, false, true, false, true]);
    assert_eq!(v["authority"]["changes"][0]["first_index"], 3);
    let (out, _) = dir.fails(1, &["--json", "ledger", "show", s(&l)]);
    assert_eq!(json(&out)["ok"], false);
}

#[test]
fn one_key_set_throughout_verifies_and_says_which() {
    let dir = Dir::new("same");
    let (ks_a, a) = keyset(&dir, "a");
    let (ks_b, _) = keyset(&dir, "b");
    let dev = Device(SigningKey::from_bytes(&[0x32; 32]));
    let l = dir.path("card.ledger");
    // An empty ledger: nothing to pin.
    std::fs::write(
        &l,
        b"capfuse-ledger\0\0\x01\0\0\0\x78\x01\0\0", // the header alone
    )
    .unwrap();
    let (out, _) = dir.ok(&["--json", "ledger", "verify", s(&l)]);
    assert_eq!(json(&out)["authority"]["digest"], serde_json::Value::Null);
    for seq in 1..=3 {
        dev.append(&dir, &l, &dev.signed(4, seq, a));
    }
    let (out, _) = dir.ok(&["ledger", "verify", s(&l)]);
    assert!(
        out.contains(&format!(
            "authority digest  {} (pinned from the first record)",
            hex(&a)
        )),
        "{out}"
    );
    assert!(!out.contains("CHANGED"), "{out}");
    dir.ok(&["ledger", "verify", s(&l), "--authority-keys", s(&ks_a)]);
    let (out, _) = dir.ok(&[
        "--json",
        "ledger",
        "show",
        s(&l),
        "--authority-keys",
        s(&ks_a),
    ]);
    let v = json(&out);
    assert_eq!(v["authority"]["pinned_from"], "authority-keys");
    assert_eq!(v["authority"]["changes"], serde_json::json!([]));
    assert_eq!(v["authority"]["accepted"], false);
    // The wrong key set: every record differs, and show marks the first.
    let (out, err) = dir.fails(1, &["ledger", "show", s(&l), "--authority-keys", s(&ks_b)]);
    assert!(err.contains("3 records carry"), "{err}");
    assert_eq!(out.matches("authority key set CHANGED").count(), 1, "{out}");
}
