//! The policy authority's offline tools through the `capfuse` binary:
//! `keygen`, `grant keyset|new|sign|inspect`, each test in a private
//! temporary directory. The negative tests are the security properties: a
//! wrong key, a duplicate slot, a tampered body, malformed files, a report
//! taken for a grant, too few signatures, a readable secret, overwriting.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use capfuse_abi::formats::{Grant, Report, GRANT_BODY_LEN, SIGNED_REPORT_LEN};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

/// A private directory, removed on drop; commands run inside it.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("capfuse-auth-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Dir(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.0)
            // Nothing here may touch a card; a stray daemon would land here.
            .env("CAPFUSE_RUNTIME_DIR", &self.0)
            .output()
            .expect("run capfuse")
    }

    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "capfuse {args:?} failed ({}): {}",
            o.status,
            stderr(&o)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    /// Runs, expects failure with `code`; returns stderr.
    fn fails(&self, code: i32, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(
            o.status.code(),
            Some(code),
            "capfuse {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&o.stdout),
            stderr(&o)
        );
        stderr(&o)
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }

    fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    fn write(&self, name: &str, bytes: &[u8]) {
        std::fs::write(self.path(name), bytes).unwrap();
    }

    fn exists(&self, name: &str) -> bool {
        self.path(name).symlink_metadata().is_ok()
    }

    /// Authorities a0..a{n-1} and the key set `ks` with threshold k.
    fn authorities(&self, n: usize, k: usize) {
        let mut args = vec!["grant".to_string(), "keyset".into()];
        args.push("--threshold".into());
        args.push(k.to_string());
        for i in 0..n {
            self.ok(&["keygen", "--out", &format!("a{i}")]);
            args.push(format!("a{i}.pub"));
        }
        args.push("--out".into());
        args.push("ks".into());
        self.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    }

    /// A public key (hex) usable as a device key.
    fn device_key(&self) -> String {
        self.ok(&["keygen", "--out", "device"]);
        pub_hex(&self.path("device.pub"))
    }

    /// An unsigned grant `name` for a fresh device key.
    fn new_grant(&self, name: &str) {
        let dk = self.device_key();
        self.ok(&new_args(&dk, name)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>());
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn pub_hex(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .to_string()
}

fn new_args(device_key: &str, out: &str) -> Vec<String> {
    [
        "grant",
        "new",
        "--device-key",
        device_key,
        "--seq",
        "7",
        "--boot-epoch",
        "3",
        "--expiry-epoch",
        "1M",
        "--cum-budget",
        "0xffff_ffff_ffff_ffff_ffff_ffff",
        "--window-budget",
        "1M",
        "--window-len",
        "4Ki",
        "--baseline-ratio",
        "256",
        "--trip-ratio",
        "16",
        "--report-threshold",
        "500G",
        "--out",
        out,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn two_of_three_flow_is_ready_after_slots_0_and_2_sign() {
    let d = Dir::new("flow");
    d.authorities(3, 2);
    for i in 0..3 {
        assert_eq!(mode(&d.path(&format!("a{i}.secret"))), 0o600);
        assert_eq!(mode(&d.path(&format!("a{i}.pub"))) & 0o600, 0o600);
    }
    let ks = std::fs::read_to_string(d.path("ks")).unwrap();
    assert!(ks.starts_with("capfuse authority key set\n"), "{ks}");
    let keys: Vec<[u8; 32]> = (0..3)
        .map(|i| hex32(&pub_hex(&d.path(&format!("a{i}.pub")))))
        .collect();
    let digest = hex_of(&capfuse_abi::formats::authority_digest(&keys, 2));
    assert!(ks.contains(&format!("digest {digest}")), "{ks}");

    let dk = d.device_key();
    let mut args = new_args(&dk, "g");
    args.extend(["--clear-trip", "--revoke-slot", "1"].map(String::from));
    d.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let unsigned = d.read("g");
    assert_eq!(unsigned.len(), GRANT_BODY_LEN + 1);

    let out = d.ok(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert!(out.contains("not ready: 0 of 2"), "{out}");

    d.ok(&[
        "grant",
        "sign",
        "g",
        "--key",
        "a0.secret",
        "--slot",
        "0",
        "--authority-keys",
        "ks",
    ]);
    let out = d.ok(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert!(
        out.contains("not ready: 1 of 2 required valid signatures"),
        "{out}"
    );
    // Signing without a key set is allowed (the signer may not have it).
    d.ok(&["grant", "sign", "g", "--key", "a2.secret", "--slot", "2"]);
    let out = d.ok(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert!(
        out.contains("ready to apply: 2 of 2 required valid signatures"),
        "{out}"
    );
    assert!(out.contains("signature slot 0: valid"), "{out}");
    assert!(out.contains("signature slot 2: valid"), "{out}");
    assert!(out.contains(&digest), "{out}");
    assert!(out.contains("4 096 cycles"), "{out}");
    assert!(out.contains("16/256 (6.2 %)"), "{out}");
    assert!(out.contains("clear-trip, revoke-slot"), "{out}");

    // The body is unchanged by signing, and the abi parses the file.
    let signed = d.read("g");
    assert_eq!(signed[..GRANT_BODY_LEN], unsigned[..GRANT_BODY_LEN]);
    let g = Grant::from_bytes(&signed).unwrap();
    assert_eq!(
        g.signatures.iter().map(|s| s.slot).collect::<Vec<_>>(),
        [0, 2]
    );
    assert_eq!(g.body.seq, 7);
    assert_eq!(g.body.revoke_slot, 1);
    assert_eq!(g.body.limits.cum_budget, (1 << 96) - 1);

    let j = d.json(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert_eq!(j["ready"], true);
    assert_eq!(j["required"], 2);
    assert_eq!(j["valid_slots"], serde_json::json!([0, 2]));
    assert_eq!(j["device_key"], dk.as_str());
    assert_eq!(j["seq"], 7);
    assert_eq!(j["expiry_epoch"], 1_000_000);
    assert_eq!(j["limits"]["cum_budget"], "79228162514264337593543950335");
    assert_eq!(j["limits"]["window_len"], 4096);
    assert_eq!(j["flags"]["clear_trip"], true);
    assert_eq!(j["flags"]["decommission"], false);
    assert_eq!(j["revoke_slot"], 1);
    assert_eq!(j["authority_keys"]["digest"], digest.as_str());
    assert_eq!(j["signatures"][1]["slot"], 2);
    assert_eq!(j["signatures"][1]["valid"], true);

    // Without a key set: well formed, signatures listed, not judged.
    let j = d.json(&["grant", "inspect", "g"]);
    assert_eq!(j["ready"], serde_json::Value::Null);
    assert_eq!(j["signatures"][0]["valid"], serde_json::Value::Null);
    let out = d.ok(&["grant", "inspect", "g"]);
    assert!(out.contains("not checked"), "{out}");
}

#[test]
fn sign_refuses_a_key_that_is_not_the_slots_and_inspect_shows_it_invalid() {
    let d = Dir::new("wrongkey");
    d.authorities(3, 2);
    d.new_grant("g");
    let before = d.read("g");
    let e = d.fails(
        2,
        &[
            "grant",
            "sign",
            "g",
            "--key",
            "a1.secret",
            "--slot",
            "0",
            "--authority-keys",
            "ks",
        ],
    );
    assert!(e.contains("not the key of slot 0"), "{e}");
    assert!(e.contains("--slot 1"), "{e}");
    let e = d.fails(
        2,
        &[
            "grant",
            "sign",
            "g",
            "--key",
            "a1.secret",
            "--slot",
            "5",
            "--authority-keys",
            "ks",
        ],
    );
    assert!(e.contains("no slot 5"), "{e}");
    // A key outside the set.
    d.ok(&["keygen", "--out", "stranger"]);
    let e = d.fails(
        2,
        &[
            "grant",
            "sign",
            "g",
            "--key",
            "stranger.secret",
            "--slot",
            "1",
            "--authority-keys",
            "ks",
        ],
    );
    assert!(e.contains("in no slot"), "{e}");
    assert_eq!(d.read("g"), before, "a refused signature changes nothing");

    // Without the key set the signer cannot tell; inspect with it can.
    d.ok(&["grant", "sign", "g", "--key", "a1.secret", "--slot", "0"]);
    d.ok(&["grant", "sign", "g", "--key", "a2.secret", "--slot", "2"]);
    let out = d.ok(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert!(out.contains("signature slot 0: INVALID"), "{out}");
    assert!(out.contains("signature slot 2: valid"), "{out}");
    assert!(
        out.contains("not ready: 1 of 2 required valid signatures"),
        "{out}"
    );
    let j = d.json(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert_eq!(j["ready"], false);
    assert_eq!(j["signatures"][0]["valid"], false);
    assert!(j["signatures"][0]["problem"]
        .as_str()
        .unwrap()
        .contains("does not verify"));
}

#[test]
fn a_slot_signs_once_and_a_key_counts_once() {
    let d = Dir::new("dup");
    d.authorities(3, 2);
    d.new_grant("g");
    d.ok(&[
        "grant",
        "sign",
        "g",
        "--key",
        "a0.secret",
        "--slot",
        "0",
        "--authority-keys",
        "ks",
    ]);
    let before = d.read("g");
    let e = d.fails(
        2,
        &["grant", "sign", "g", "--key", "a0.secret", "--slot", "0"],
    );
    assert!(e.contains("already has a signature for slot 0"), "{e}");
    let e = d.fails(
        2,
        &["grant", "sign", "g", "--key", "a1.secret", "--slot", "0"],
    );
    assert!(e.contains("already has a signature for slot 0"), "{e}");
    // The same key under another slot (no key set to catch it).
    let e = d.fails(
        2,
        &["grant", "sign", "g", "--key", "a0.secret", "--slot", "1"],
    );
    assert!(e.contains("already signed"), "{e}");
    assert_eq!(d.read("g"), before);
    // A file with slot 0 twice (hand-made) is malformed.
    let mut b = before.clone();
    b[GRANT_BODY_LEN] = 2;
    b.extend_from_slice(&before[GRANT_BODY_LEN + 1..]);
    d.write("dup", &b);
    let e = d.fails(1, &["grant", "inspect", "dup", "--authority-keys", "ks"]);
    assert!(e.contains("slot 0 signed twice"), "{e}");
    // A key set with one key in two slots is refused.
    let e = d.fails(
        2,
        &[
            "grant",
            "keyset",
            "--threshold",
            "2",
            "a0.pub",
            "a0.pub",
            "--out",
            "ks2",
        ],
    );
    assert!(e.contains("same key"), "{e}");
    assert!(!d.exists("ks2"));
}

#[test]
fn a_tampered_body_invalidates_every_signature() {
    let d = Dir::new("tamper");
    d.authorities(3, 2);
    d.new_grant("g");
    for s in ["0", "1", "2"] {
        d.ok(&[
            "grant",
            "sign",
            "g",
            "--key",
            &format!("a{s}.secret"),
            "--slot",
            s,
        ]);
    }
    let out = d.ok(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert!(out.contains("ready to apply: 3 of 2"), "{out}");
    let good = d.read("g");
    // Loosen the window budget (offset 96) and raise the seq (offset 56).
    for at in [96usize, 56, 24] {
        let mut b = good.clone();
        b[at] ^= 1;
        d.write("t", &b);
        let out = d.ok(&["grant", "inspect", "t", "--authority-keys", "ks"]);
        assert_eq!(out.matches("INVALID").count(), 3, "offset {at}: {out}");
        assert!(out.contains("not ready: 0 of 2"), "offset {at}: {out}");
    }
    // A flipped signature bit invalidates that signature only.
    let mut b = good.clone();
    b[GRANT_BODY_LEN + 1 + 65 + 10] ^= 0x40;
    d.write("t", &b);
    let out = d.ok(&["grant", "inspect", "t", "--authority-keys", "ks"]);
    assert!(out.contains("signature slot 1: INVALID"), "{out}");
    assert!(out.contains("ready to apply: 2 of 2"), "{out}");
}

#[test]
fn truncated_malformed_and_foreign_grant_files_are_refused_with_the_format_error() {
    let d = Dir::new("malformed");
    d.authorities(2, 2);
    d.new_grant("g");
    d.ok(&["grant", "sign", "g", "--key", "a0.secret", "--slot", "0"]);
    let good = d.read("g");
    for cut in [
        0,
        1,
        15,
        16,
        100,
        GRANT_BODY_LEN - 1,
        GRANT_BODY_LEN,
        GRANT_BODY_LEN + 1,
        GRANT_BODY_LEN + 2,
        good.len() - 1,
    ] {
        d.write("cut", &good[..cut]);
        let e = d.fails(1, &["grant", "inspect", "cut"]);
        assert!(
            e.contains("bytes; expected") || e.contains("truncated"),
            "cut at {cut}: {e}"
        );
        // Nor can it be signed, and a refused sign leaves it as it was.
        let e = d.fails(
            1,
            &["grant", "sign", "cut", "--key", "a1.secret", "--slot", "1"],
        );
        assert!(e.contains("cut"), "cut at {cut}: {e}");
        assert_eq!(d.read("cut"), &good[..cut]);
    }
    let mut b = good.clone();
    b.push(0);
    d.write("long", &b);
    assert!(d
        .fails(1, &["grant", "inspect", "long"])
        .contains("expected"));
    let mut b = good.clone();
    b[16] = 9; // version
    d.write("ver", &b);
    assert!(d
        .fails(1, &["grant", "inspect", "ver"])
        .contains("version 9"));
    let mut b = good.clone();
    b[19] = 0x80; // undefined flag
    d.write("flags", &b);
    assert!(d
        .fails(1, &["grant", "inspect", "flags"])
        .contains("undefined bits"));
    let mut b = good.clone();
    b[GRANT_BODY_LEN + 1] = 9; // slot 9
    d.write("slot", &b);
    assert!(d.fails(1, &["grant", "inspect", "slot"]).contains("slot 9"));

    // A signed report (another domain) given as a grant, whole or cut.
    let report = Report {
        seq: 1,
        limits: capfuse_abi::formats::Limits {
            window_len: 1,
            ..Default::default()
        },
        ..Report::default()
    };
    let mut blob = report.to_bytes().to_vec();
    blob.resize(SIGNED_REPORT_LEN, 0xaa);
    for len in [SIGNED_REPORT_LEN, GRANT_BODY_LEN + 1, 64] {
        d.write("report", &blob[..len]);
        let e = d.fails(1, &["grant", "inspect", "report"]);
        assert!(e.contains("not a grant"), "{len}: {e}");
        assert!(e.contains("domain"), "{len}: {e}");
    }
    // Key files are not grants either.
    let e = d.fails(1, &["grant", "inspect", "a0.pub"]);
    assert!(e.contains("not a grant"), "{e}");
}

#[test]
fn malformed_key_and_key_set_files_are_refused() {
    let d = Dir::new("keys");
    d.authorities(2, 1);
    d.new_grant("g");
    let secret = std::fs::read_to_string(d.path("a0.secret")).unwrap();
    let public = std::fs::read_to_string(d.path("a0.pub")).unwrap();
    let write_secret = |name: &str, text: &str| {
        d.write(name, text.as_bytes());
        std::fs::set_permissions(d.path(name), std::fs::Permissions::from_mode(0o600)).unwrap();
    };
    let sign = |key: &str| d.fails(1, &["grant", "sign", "g", "--key", key, "--slot", "0"]);

    // Wrong kinds.
    write_secret("pub-as-secret", &public);
    assert!(sign("pub-as-secret").contains("public key file, not an authority secret key"));
    write_secret(
        "ks-as-secret",
        &std::fs::read_to_string(d.path("ks")).unwrap(),
    );
    assert!(sign("ks-as-secret").contains("key set file"));
    d.write("bin", &[0xff, 0xfe, 0, 1]);
    std::fs::set_permissions(d.path("bin"), std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(sign("bin").contains("not a text file"));
    // Truncated secrets: no key line, half a key, empty.
    let lines: Vec<&str> = secret.lines().collect();
    write_secret("s1", &format!("{}\n", lines[0]));
    assert!(sign("s1").contains("missing"));
    let last = lines.last().unwrap();
    write_secret("s2", &secret.replace(last, &last[..40]));
    assert!(sign("s2").contains("64 hex digits"));
    write_secret("s3", "");
    assert!(sign("s3").contains("empty"));
    write_secret("s4", &secret.replace(last, &format!("{}zz", &last[..62])));
    assert!(sign("s4").contains("hex digit"));
    write_secret("s5", &format!("{secret}{last}\n"));
    assert!(sign("s5").contains("unexpected"));
    assert!(d
        .fails(
            1,
            &["grant", "sign", "g", "--key", "nonexistent", "--slot", "0"]
        )
        .contains("nonexistent"));

    // Public keys for a key set.
    d.write("p1", secret.as_bytes());
    let e = d.fails(
        1,
        &["grant", "keyset", "--threshold", "1", "p1", "--out", "x"],
    );
    assert!(
        e.contains("secret key file, not an authority public key"),
        "{e}"
    );
    d.write(
        "p2",
        public
            .replace(public.lines().nth(1).unwrap(), &"00".repeat(31))
            .as_bytes(),
    );
    let e = d.fails(
        1,
        &["grant", "keyset", "--threshold", "1", "p2", "--out", "x"],
    );
    assert!(e.contains("64 hex digits"), "{e}");
    // The identity point is a small-order key: useless, refused.
    let mut ident = "01".to_string();
    ident.push_str(&"00".repeat(31));
    let e = d.fails(
        2,
        &["grant", "keyset", "--threshold", "1", &ident, "--out", "x"],
    );
    assert!(e.contains("small-order"), "{e}");
    let e = d.fails(
        2,
        &[
            "grant",
            "keyset",
            "--threshold",
            "3",
            "a0.pub",
            "a1.pub",
            "--out",
            "x",
        ],
    );
    assert!(e.contains("threshold 3"), "{e}");
    assert!(!d.exists("x"));

    // Key set files: edited, truncated, wrong kind.
    let ks = std::fs::read_to_string(d.path("ks")).unwrap();
    let inspect = |name: &str| d.fails(1, &["grant", "inspect", "g", "--authority-keys", name]);
    d.write("k1", ks.replace("threshold 1", "threshold 2").as_bytes());
    assert!(inspect("k1").contains("digest line does not match"));
    let cut: String = ks.lines().take(4).map(|l| format!("{l}\n")).collect();
    d.write("k2", cut.as_bytes());
    assert!(inspect("k2").contains("missing"));
    d.write("k3", &ks.as_bytes()[..ks.len() / 2]);
    assert!(!inspect("k3").is_empty());
    assert!(inspect("a0.pub").contains("public key file, not an authority key set"));
    d.write("k4", ks.replace("slot 1", "slot 2").as_bytes());
    assert!(inspect("k4").contains("expected slot 1"));
}

#[test]
fn a_secret_key_readable_by_others_is_refused_with_a_chmod_hint() {
    let d = Dir::new("mode");
    d.authorities(1, 1);
    d.new_grant("g");
    let before = d.read("g");
    for m in [0o644, 0o640, 0o604, 0o660] {
        std::fs::set_permissions(d.path("a0.secret"), std::fs::Permissions::from_mode(m)).unwrap();
        let e = d.fails(
            1,
            &["grant", "sign", "g", "--key", "a0.secret", "--slot", "0"],
        );
        assert!(e.contains(&format!("mode {m:04o}")), "{e}");
        assert!(e.contains("chmod 600"), "{e}");
    }
    assert_eq!(d.read("g"), before);
    std::fs::set_permissions(d.path("a0.secret"), std::fs::Permissions::from_mode(0o400)).unwrap();
    d.ok(&[
        "grant",
        "sign",
        "g",
        "--key",
        "a0.secret",
        "--slot",
        "0",
        "--authority-keys",
        "ks",
    ]);
    let out = d.ok(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    assert!(out.contains("ready to apply: 1 of 1"), "{out}");
}

#[test]
fn nothing_is_ever_overwritten() {
    let d = Dir::new("overwrite");
    d.ok(&["keygen", "--out", "a"]);
    let secret = d.read("a.secret");
    let public = d.read("a.pub");
    // keygen: either name taken means nothing is written.
    let e = d.fails(2, &["keygen", "--out", "a"]);
    assert!(e.contains("already exists"), "{e}");
    d.fails(
        2,
        &["keygen", "--secret", "new.secret", "--public", "a.pub"],
    );
    assert!(
        !d.exists("new.secret"),
        "the secret was written though the public name is taken"
    );
    d.fails(
        2,
        &["keygen", "--secret", "a.secret", "--public", "new.pub"],
    );
    assert!(!d.exists("new.pub"));
    d.fails(2, &["keygen", "--secret", "same", "--public", "same"]);
    assert!(!d.exists("same"));
    assert_eq!((d.read("a.secret"), d.read("a.pub")), (secret, public));
    // --secret/--public spelled out work too.
    d.ok(&["keygen", "--secret", "b.key", "--public", "b.pub"]);
    assert_eq!(mode(&d.path("b.key")), 0o600);
    // A dangling symlink is not followed.
    std::os::unix::fs::symlink(d.path("elsewhere"), d.path("link")).unwrap();
    d.fails(2, &["keygen", "--secret", "link", "--public", "c.pub"]);
    assert!(!d.exists("elsewhere"));

    // grant keyset and grant new.
    d.ok(&[
        "grant",
        "keyset",
        "--threshold",
        "1",
        "a.pub",
        "b.pub",
        "--out",
        "ks",
    ]);
    let ks = d.read("ks");
    assert!(d
        .fails(
            2,
            &[
                "grant",
                "keyset",
                "--threshold",
                "1",
                "b.pub",
                "--out",
                "ks"
            ]
        )
        .contains("already exists"));
    assert_eq!(d.read("ks"), ks);
    let dk = pub_hex(&d.path("a.pub"));
    let args = new_args(&dk, "g");
    d.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    d.ok(&["grant", "sign", "g", "--key", "a.secret", "--slot", "0"]);
    let g = d.read("g");
    let e = d.fails(2, &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(e.contains("already exists"), "{e}");
    assert_eq!(d.read("g"), g, "grant new overwrote a signed grant");
    // No temporary files are left behind.
    let stray: Vec<String> = std::fs::read_dir(&d.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("capfuse-tmp"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn grant_new_validates_every_value_and_names_the_option() {
    let d = Dir::new("values");
    let dk = d.device_key();
    let cases: [(&str, &str, &str); 14] = [
        ("--seq", "0", "--seq 0 is out of range"),
        ("--seq", "0x1_0000_0000_0000_0000", "--seq"),
        ("--boot-epoch", "-1", "--boot-epoch"),
        ("--expiry-epoch", "1.5", "--expiry-epoch"),
        (
            "--cum-budget",
            "0x1_0000_0000_0000_0000_0000_0000",
            "--cum-budget",
        ),
        ("--window-budget", "0x1_0000_0000", "--window-budget"),
        ("--window-len", "0", "--window-len 0 is out of range"),
        ("--window-len", "5G", "--window-len"),
        (
            "--baseline-ratio",
            "257",
            "--baseline-ratio 257 is out of range",
        ),
        ("--trip-ratio", "300", "--trip-ratio"),
        (
            "--report-threshold",
            "0x1_0000_0000_0000_0000_0000_0000",
            "--report-threshold",
        ),
        ("--device-key", "abc", "--device-key"),
        ("--device-key", &"zz".repeat(32), "--device-key"),
        ("--revoke-slot", "8", "--revoke-slot"),
    ];
    for (opt, bad, expect) in cases {
        let mut args = new_args(&dk, "g");
        match args.iter().position(|a| a == opt) {
            Some(i) => args[i + 1] = bad.to_string(),
            None => args.extend([opt.to_string(), bad.to_string()]),
        }
        let e = d.fails(2, &args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(e.contains(expect), "{opt} {bad}: {e}");
        assert!(!d.exists("g"), "{opt} {bad}: a file was written");
    }
    // The extremes are accepted.
    let mut args = new_args(&dk, "g");
    for (opt, v) in [
        ("--seq", "0xffff_ffff_ffff_ffff"),
        ("--window-len", "0xffff_ffff"),
        ("--trip-ratio", "0"),
    ] {
        let i = args.iter().position(|a| a == opt).unwrap();
        args[i + 1] = v.to_string();
    }
    args.push("--decommission".into());
    d.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let j = d.json(&["grant", "inspect", "g"]);
    assert_eq!(j["seq"], u64::MAX);
    assert_eq!(j["flags"]["decommission"], true);
    assert_eq!(j["revoke_slot"], serde_json::Value::Null);
    assert_eq!(j["signatures"], serde_json::json!([]));
}

fn hex32(s: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap();
    }
    out
}

fn hex_of(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}
