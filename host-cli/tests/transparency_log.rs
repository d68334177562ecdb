//! `capfuse log`: a ledger of real signed reports (ed25519-dalek over the
//! abi's report bytes, the ledger file built from docs/cli.md) published as
//! a C2SP tlog-tiles log, served by a real nginx on a loopback port, and
//! audited over HTTP: clean, incremental, and every kind of tampering
//! detected with the state directory left unchanged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use capfuse_abi::formats::SIGNED_REPORT_LEN;
use ed25519_dalek::SigningKey;

mod common;
use common::tlog::{
    copy_dir, fails, flip, hex, ledger, ok, publish_args, run, s, text, Device, Nginx, BIN,
};
use common::TempDir as Dir;

const ORIGIN: &str = "example.com/capfuse/card-0";

struct Fixture {
    d: Dir,
    dev: Device,
    reports: Vec<[u8; SIGNED_REPORT_LEN]>,
    key: PathBuf,
    public: PathBuf,
}

impl Fixture {
    fn new(name: &str, n: u64) -> Fixture {
        let d = Dir::new("capfuse-tlog", name);
        let dev = Device(SigningKey::from_bytes(&[1; 32]));
        let reports = (1..=n).map(|i| dev.signed(i, i as u8)).collect();
        ok(&["keygen", "--out", s(&d.path("log"))]);
        let (key, public) = (d.path("log.secret"), d.path("log.pub"));
        Fixture {
            d,
            dev,
            reports,
            key,
            public,
        }
    }
    /// Publishes `reports` into the served directory `www/<log>`.
    fn publish(&self, reports: &[[u8; SIGNED_REPORT_LEN]], log: &str) -> Output {
        let l = self.d.path(&format!("{log}.ledger"));
        ledger(&l, reports);
        let out = self.d.path("www").join(log);
        run(&publish_args(&l, &out, &self.key, ORIGIN))
    }
    /// Publishes and expects success.
    fn published(&self, reports: &[[u8; SIGNED_REPORT_LEN]], log: &str) -> String {
        let o = self.publish(reports, log);
        assert!(o.status.success(), "publish {log}: {}", text(&o.stderr));
        text(&o.stdout)
    }
    fn audit_args<'a>(&'a self, url: &'a str, state: &'a str) -> Vec<&'a str> {
        vec![
            "log",
            "audit",
            url,
            "--log-key",
            s(&self.public),
            "--state",
            state,
        ]
    }
}

#[test]
fn a_published_log_audits_clean_over_nginx_and_tampering_is_caught() {
    let f = Fixture::new("main", 300);
    let www = f.d.path("www");
    std::fs::create_dir_all(&www).unwrap();
    let nginx = Nginx::start(&f.d.0, &www);
    let dk = f.dev.public_hex();
    let state = f.d.path("state");

    // First publish: 260 reports, one full tile and a partial one.
    f.published(&f.reports[..260], "good");
    let good = www.join("good");
    for p in [
        "tile/0/000",
        "tile/0/001.p/4",
        "tile/1/000.p/1",
        "tile/entries/000",
        "tile/entries/001.p/4",
    ] {
        assert!(good.join(p).is_file(), "{p} missing");
    }
    let cp = std::fs::read_to_string(good.join("checkpoint")).unwrap();
    assert!(cp.starts_with(&format!("{ORIGIN}\n260\n")), "{cp}");
    let url = nginx.url("good");
    let mut audit = f.audit_args(&url, s(&state));
    audit.extend(["--device-key", &dk]);
    let out = ok(&audit);
    assert!(out.contains("260 reports"), "{out}");
    assert!(out.contains("first audit"), "{out}");
    let digest = hex(&[0xad; 32]);
    let mut pinned = audit.clone();
    pinned.extend(["--authority-digest", &digest]);
    ok(&pinned);

    // An interrupted publish (tiles written, no checkpoint yet) leaves the
    // old checkpoint valid: copy the 300-report tiles in by hand.
    f.published(&f.reports, "full");
    let interrupted = www.join("interrupted");
    copy_dir(&good, &interrupted);
    copy_dir(&www.join("full/tile"), &interrupted.join("tile"));
    let interrupted_url = nginx.url("interrupted");
    let mut a = f.audit_args(&interrupted_url, s(&state));
    a.extend(["--device-key", &dk]);
    assert!(ok(&a).contains("260 reports"));

    // Incremental: the same directory now extends to 300, then idempotent.
    let o = f.publish(&f.reports, "good");
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("(40 new)"), "{}", text(&o.stdout));
    let cp300 = std::fs::read(good.join("checkpoint")).unwrap();
    let o = f.publish(&f.reports, "good");
    assert!(
        text(&o.stdout).contains("nothing written"),
        "{}",
        text(&o.stdout)
    );
    assert_eq!(std::fs::read(good.join("checkpoint")).unwrap(), cp300);
    let out = ok(&audit);
    assert!(
        out.contains("consistent with the checkpoint seen before (260 reports)"),
        "{out}"
    );
    let state_file = state.join("example.com_capfuse_card-0.checkpoint");
    assert_eq!(std::fs::read(&state_file).unwrap(), cp300);

    // Each failure below leaves the state as it was.
    let check = |log: &str, extra: &[&str], needle: &str| {
        let url = nginx.url(log);
        let mut a = f.audit_args(&url, s(&state));
        a.extend(["--device-key", &dk]);
        a.extend_from_slice(extra);
        fails(&a, needle);
        assert_eq!(
            std::fs::read(&state_file).unwrap(),
            cp300,
            "{log}: state changed"
        );
    };
    // Forked: same size, other reports.
    let mut forked = f.reports.clone();
    forked[299] = f.dev.signed(300, 77);
    f.published(&forked, "fork");
    check("fork", &[], "forked");
    // Rolled back: fewer reports than seen.
    f.published(&f.reports[..100], "rollback");
    check("rollback", &[], "rolled back");
    // A missing tile, an altered tile, an altered entry bundle, in files an
    // incremental audit verified before and does not fetch again: --full
    // fetches and checks them all.
    let tamper = |name: &str, rel: &str, remove: bool| {
        let d = www.join(name);
        copy_dir(&good, &d);
        if remove {
            std::fs::remove_file(d.join(rel)).unwrap();
        } else {
            flip(&d.join(rel), 100);
        }
    };
    tamper("missing", "tile/0/000", true);
    check("missing", &["--full"], "tile/0/000 is missing");
    tamper("altered-tile", "tile/1/000.p/1", false);
    check(
        "altered-tile",
        &["--full"],
        "differs from the tile the entries give",
    );
    tamper("altered-bundle", "tile/entries/000", false);
    check("altered-bundle", &["--full"], "entry 0:");
    // A bad checkpoint signature.
    let bad = www.join("bad-sig");
    copy_dir(&good, &bad);
    let cp = std::fs::read_to_string(bad.join("checkpoint")).unwrap();
    std::fs::write(bad.join("checkpoint"), cp.replace("\n300\n", "\n301\n")).unwrap();
    check("bad-sig", &[], "signature does not verify");
    // Another device's reports, or the wrong pinned key.
    let other = Device(SigningKey::from_bytes(&[2; 32]));
    let theirs: Vec<_> = (1..=5).map(|i| other.signed(i, i as u8)).collect();
    f.published(&theirs, "other-device");
    check("other-device", &["--full"], "not the pinned device key");
    check("other-device", &[], "rolled back");
    check(
        "good",
        &["--authority-digest", &hex(&[1; 32])],
        "authority key-set digest",
    );

    // A dropped report: the republished history is not an extension.
    let mut dropped = f.reports.clone();
    dropped.remove(5);
    dropped.push(f.dev.signed(301, 99));
    let o = f.publish(&dropped, "good");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("not an extension"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(std::fs::read(good.join("checkpoint")).unwrap(), cp300);
    f.published(&dropped, "dropped");
    check("dropped", &[], "forked");
    // And the good log still audits clean.
    ok(&audit);

    // Inclusion proof of one report, checked offline.
    let proof = f.d.path("proof.json");
    ok(&[
        "log",
        "prove",
        &url,
        "--index",
        "7",
        "--log-key",
        s(&f.public),
        "--out",
        s(&proof),
    ]);
    let checked = ok(&[
        "log",
        "check-proof",
        s(&proof),
        "--log-key",
        s(&f.public),
        "--device-key",
        &dk,
    ]);
    assert!(checked.contains("report 7"), "{checked}");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&proof).unwrap()).unwrap();
    let mut altered = v.clone();
    altered["index"] = 8.into();
    std::fs::write(&proof, altered.to_string()).unwrap();
    fails(
        &[
            "log",
            "check-proof",
            s(&proof),
            "--log-key",
            s(&f.public),
            "--device-key",
            &dk,
        ],
        "is not entry 8",
    );
    std::fs::write(&proof, v.to_string()).unwrap();
    fails(
        &[
            "log",
            "check-proof",
            s(&proof),
            "--log-key",
            s(&f.public),
            "--device-key",
            &other.public_hex(),
        ],
        "not the pinned device key",
    );
}

#[test]
fn publish_refuses_a_ledger_that_does_not_verify_and_another_log_key() {
    let f = Fixture::new("refuse", 3);
    let l = f.d.path("bad.ledger");
    ledger(&l, &f.reports);
    flip(&l, 24 + 376 + 100);
    let out = f.d.path("www/bad");
    fails(&publish_args(&l, &out, &f.key, ORIGIN), "does not verify");
    assert!(!out.join("checkpoint").exists());
    f.published(&f.reports, "good");
    ok(&["keygen", "--out", s(&f.d.path("other"))]);
    let l = f.d.path("good.ledger");
    let out = f.d.path("www/good");
    fails(
        &publish_args(&l, &out, &f.d.path("other.secret"), ORIGIN),
        "signature does not verify",
    );
    fails(
        &publish_args(&l, &out, &f.key, "example.com/other"),
        "publishes origin",
    );
    // No TLS stack: https is refused up front, not tried.
    let o = run(&[
        "log",
        "audit",
        "https://127.0.0.1:1/x",
        "--log-key",
        s(&f.public),
        "--device-key",
        &f.dev.public_hex(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("plain http:// only"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_witness_cosigns_only_a_consistent_history_and_audit_can_require_it() {
    let f = Fixture::new("witness", 12);
    let www = f.d.path("www");
    std::fs::create_dir_all(&www).unwrap();
    let nginx = Nginx::start(&f.d.0, &www);
    let dk = f.dev.public_hex();
    ok(&["keygen", "--out", s(&f.d.path("wit"))]);
    let wstate = f.d.path("wstate");
    let trusted = format!("witness.example/w1={}", s(&f.d.path("wit.pub")));
    let witness = |log: &str| {
        let out = www.join(log).join("checkpoint");
        let url = nginx.url(log);
        run(&[
            "log",
            "witness",
            &url,
            "--log-key",
            s(&f.public),
            "--witness-key",
            s(&f.d.path("wit.secret")),
            "--name",
            "witness.example/w1",
            "--state",
            s(&wstate),
            "--out",
            s(&out),
        ])
    };
    let audit = |log: &str, min: &str| {
        let url = nginx.url(log);
        run(&[
            "log",
            "audit",
            &url,
            "--log-key",
            s(&f.public),
            "--device-key",
            &dk,
            "--witness",
            &trusted,
            "--min-witnesses",
            min,
        ])
    };
    f.published(&f.reports[..10], "w");
    let o = audit("w", "1");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("cosigned by 0 of the trusted witnesses"),
        "{}",
        text(&o.stderr)
    );
    let o = witness("w");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let cp = std::fs::read_to_string(www.join("w/checkpoint")).unwrap();
    assert_eq!(cp.matches("\n\u{2014} ").count(), 2, "{cp}");
    assert!(audit("w", "1").status.success());
    // An altered cosignature is caught.
    let bad = www.join("bad");
    copy_dir(&www.join("w"), &bad);
    let mut lines: Vec<String> = cp.lines().map(str::to_string).collect();
    let last = lines.len() - 1;
    let mut sig = lines[last].clone().into_bytes();
    let n = sig.len();
    sig[n - 5] = if sig[n - 5] == b'A' { b'B' } else { b'A' };
    lines[last] = String::from_utf8(sig).unwrap();
    std::fs::write(bad.join("checkpoint"), lines.join("\n") + "\n").unwrap();
    let o = audit("bad", "1");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("cosignature on the checkpoint does not verify"),
        "{}",
        text(&o.stderr)
    );
    // A fork of what the witness cosigned: refused, its state unchanged.
    let state_file = wstate.join("example.com_capfuse_card-0.checkpoint");
    let before = std::fs::read(&state_file).unwrap();
    let mut forked = f.reports[..10].to_vec();
    forked[9] = f.dev.signed(10, 55);
    f.published(&forked, "fork");
    let o = witness("fork");
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("forked"), "{}", text(&o.stderr));
    assert_eq!(std::fs::read(&state_file).unwrap(), before);
    assert!(!text(&std::fs::read(www.join("fork/checkpoint")).unwrap()).contains("witness.example"));
    // The log grows: publish extends the cosigned checkpoint, the witness
    // cosigns the larger one.
    f.published(&f.reports, "w");
    let o = witness("w");
    assert!(
        text(&o.stdout).contains("consistent with size 10"),
        "{}",
        text(&o.stdout)
    );
    assert!(audit("w", "1").status.success());
}

/// Two publishers at once into one directory, a shorter ledger and a
/// longer one extending it: whichever order the lock gives them, the
/// published log ends at the longer one (never rolled back by the shorter)
/// and audits clean.
#[test]
fn concurrent_publishers_never_roll_the_log_back() {
    let f = Fixture::new("concurrent", 120);
    let (short, long) = (f.d.path("short.ledger"), f.d.path("long.ledger"));
    ledger(&short, &f.reports[..100]);
    ledger(&long, &f.reports);
    for round in 0..16 {
        let out = f.d.path(&format!("www/round-{round}"));
        let spawn = |l: &Path| {
            Command::new(BIN)
                .args([
                    "log",
                    "publish",
                    s(l),
                    "--dir",
                    s(&out),
                    "--log-key",
                    s(&f.key),
                ])
                .args(["--origin", ORIGIN])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(&short), spawn(&long));
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        assert!(b.status.success(), "{}", text(&b.stderr));
        if !a.status.success() {
            assert!(
                text(&a.stderr).contains("the ledger has only 100"),
                "{}",
                text(&a.stderr)
            );
        }
        let cp = std::fs::read_to_string(out.join("checkpoint")).unwrap();
        assert!(
            cp.starts_with(&format!("{ORIGIN}\n120\n")),
            "round {round}: {cp}"
        );
        let dk = f.dev.public_hex();
        ok(&[
            "log",
            "audit",
            s(&out),
            "--log-key",
            s(&f.public),
            "--device-key",
            &dk,
        ]);
    }
}
