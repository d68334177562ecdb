//! `capfuse log fleet`: several cards' logs served by a real nginx on a
//! loopback port, audited incrementally into one state directory. The
//! figures equal an independent computation from the reports and a
//! fresh-state audit, for fewer bytes; every kind of tampering fails its
//! card only, with its state files unchanged; concurrent and killed runs
//! lose nothing; malformed fleet files are refused naming file:line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use capfuse_abi::formats::{Limits, Report, SIGNED_REPORT_LEN};
use ed25519_dalek::SigningKey;
use serde_json::Value;

mod common;
use common::tlog::{flip, ledger, ok, run, s, text, Device, Nginx, BIN};
use common::TempDir as Dir;

/// Report `k` (0-based) of a card: boots of 150 reports, a trip bit from
/// the 50th report of a boot and another from the 120th, a grant every 40
/// reports, and cumulative work above 2^90 (96-bit figures).
fn report(k: u64) -> Report {
    let seq = k % 150 + 1;
    Report {
        nonce: {
            let mut n = [7; 32];
            n[..8].copy_from_slice(&k.to_le_bytes());
            n
        },
        seq,
        boot_epoch: 5 + k / 150,
        device_epoch: 1000 + k,
        cum_work: (1u128 << 90) + 12_345 * u128::from(seq),
        trip_reasons: u32::from(seq >= 50) | (u32::from(seq >= 120) << 2),
        last_grant_seq: seq / 40,
        limits: Limits {
            cum_budget: 1 << 95,
            window_len: 1000,
            window_budget: 5000,
            baseline_ratio: 256,
            ..Limits::default()
        },
        ..Report::default()
    }
}

/// The figures of docs/transparency-log.md, "Accounting", computed here
/// from the reports, independently of capfuse.
#[derive(Debug, Default, PartialEq, Eq, Clone)]
struct Figures {
    entries: u64,
    work: u128,
    trips: u64,
    grants: u64,
    missing: u64,
}

fn expected(reports: &[Report]) -> Figures {
    let mut f = Figures::default();
    let mut last_of_boot: BTreeMap<u64, &Report> = BTreeMap::new();
    for r in reports {
        let prev = last_of_boot.get(&r.boot_epoch).copied();
        let (pseq, ptrip, pgrant) =
            prev.map_or((0, 0, 0), |p| (p.seq, p.trip_reasons, p.last_grant_seq));
        f.missing += r.seq - pseq - 1;
        f.trips += u64::from((r.trip_reasons & !ptrip).count_ones());
        f.grants += u64::from(r.last_grant_seq > pgrant);
        last_of_boot.insert(r.boot_epoch, r);
        f.entries += 1;
    }
    f.work = last_of_boot.values().map(|r| r.cum_work).sum();
    f
}

fn figures(v: &Value) -> Figures {
    Figures {
        entries: v["entries"].as_u64().unwrap(),
        work: v["admitted_work"].as_str().unwrap().parse().unwrap(),
        trips: v["trips"].as_u64().unwrap(),
        grants: v["grants_applied"].as_u64().unwrap(),
        missing: v["reports_missing"].as_u64().unwrap(),
    }
}

/// A fleet: one log key, cards with their own device keys and origins,
/// logs published under `www/<name>`.
struct Fleet {
    d: Dir,
    key: PathBuf,
    public: PathBuf,
}

impl Fleet {
    fn new(name: &str) -> Fleet {
        let d = Dir::new("capfuse-fleet", name);
        ok(&["keygen", "--out", s(&d.path("log"))]);
        std::fs::create_dir_all(d.path("www")).unwrap();
        Fleet {
            key: d.path("log.secret"),
            public: d.path("log.pub"),
            d,
        }
    }

    fn device(i: u8) -> Device {
        Device(SigningKey::from_bytes(&[i + 10; 32]))
    }

    /// Publishes `reports` signed by card `i` as `www/<name>` (origin
    /// example.com/fleet/<name>), with `key` (default: the fleet's).
    fn publish_with(&self, i: u8, name: &str, reports: &[Report], key: &Path) -> Output {
        let signed: Vec<[u8; SIGNED_REPORT_LEN]> =
            reports.iter().map(|r| Fleet::device(i).sign(r)).collect();
        let l = self.d.path(&format!("{name}.ledger"));
        ledger(&l, &signed);
        let origin = format!("example.com/fleet/{name}");
        run(&[
            "log",
            "publish",
            s(&l),
            "--dir",
            s(&self.d.path("www").join(name)),
            "--log-key",
            s(key),
            "--origin",
            &origin,
        ])
    }

    fn publish(&self, i: u8, name: &str, reports: &[Report]) {
        let o = self.publish_with(i, name, reports, &self.key);
        assert!(o.status.success(), "publish {name}: {}", text(&o.stderr));
    }

    /// Writes the fleet file `file`: `(card, log name)` lines.
    fn file(&self, file: &str, nginx: &Nginx, cards: &[(u8, &str)]) -> PathBuf {
        let mut t = String::from("# the fleet\n\n");
        for (i, name) in cards {
            t.push_str(&format!(
                "{} {}   # card {i}\n",
                nginx.url(name),
                Fleet::device(*i).public_hex()
            ));
        }
        let p = self.d.path(file);
        std::fs::write(&p, t).unwrap();
        p
    }

    fn fleet_cmd(&self, file: &Path, state: &str, extra: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args([
            "--json",
            "log",
            "fleet",
            s(file),
            "--state",
            s(&self.d.path(state)),
        ])
        .args(["--log-key", s(&self.public)])
        .args(extra);
        c
    }

    /// Runs `--json log fleet`; returns the exit code and the fleet object.
    fn fleet(&self, file: &Path, state: &str, extra: &[&str]) -> (i32, Value) {
        let o = self.fleet_cmd(file, state, extra).output().unwrap();
        let out = text(&o.stdout);
        let first = out
            .lines()
            .next()
            .unwrap_or_else(|| panic!("no output: {}", text(&o.stderr)));
        let v: Value = serde_json::from_str(first).unwrap();
        assert_eq!(v["schema"], "capfuse.log-fleet/1", "{out}");
        (o.status.code().unwrap(), v)
    }

    /// Every file of a state directory, with its bytes.
    fn snapshot(&self, state: &str) -> BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(self.d.path(state))
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| !e.file_name().to_string_lossy().starts_with(".capfuse"))
            .map(|e| {
                (
                    e.file_name().into_string().unwrap(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    }
}

fn reports(range: std::ops::Range<u64>) -> Vec<Report> {
    range.map(report).collect()
}

fn card<'a>(v: &'a Value, url_end: &str) -> &'a Value {
    v["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["url"].as_str().unwrap().ends_with(url_end))
        .unwrap_or_else(|| panic!("no card {url_end} in {v}"))
}

#[test]
fn a_fleet_audits_incrementally_with_the_same_figures_as_a_fresh_audit() {
    let f = Fleet::new("incremental");
    let nginx = Nginx::start(&f.d.0, &f.d.path("www"));
    // Card 2 has its own log key, named on its line (relative path).
    ok(&["keygen", "--out", s(&f.d.path("own"))]);
    let all: Vec<Report> = reports(0..600);
    f.publish(0, "a", &all[..270]);
    f.publish(1, "b", &all[..40]);
    let o = f.publish_with(2, "c", &all[..5], &f.d.path("own.secret"));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let file = f.file("fleet", &nginx, &[(0, "a"), (1, "b")]);
    let mut t = std::fs::read_to_string(&file).unwrap();
    t.push_str(&format!(
        "{} {} own.pub\n",
        nginx.url("c"),
        Fleet::device(2).public_hex()
    ));
    std::fs::write(&file, t).unwrap();

    let (code, first) = f.fleet(&file, "state", &[]);
    assert_eq!(code, 0, "{first}");
    assert_eq!(figures(card(&first, "/a")), expected(&all[..270]));
    assert_eq!(card(&first, "/a")["new_entries"], 270);
    assert_eq!(figures(card(&first, "/c")), expected(&all[..5]));

    // The logs grow (c does not); the incremental run fetches only the new.
    f.publish(0, "a", &all);
    f.publish(1, "b", &all[..80]);
    let (code, inc) = f.fleet(&file, "state", &["--jobs", "2"]);
    assert_eq!(code, 0, "{inc}");
    let (code, fresh) = f.fleet(&file, "fresh", &[]);
    assert_eq!(code, 0, "{fresh}");
    for (name, n) in [("/a", 600), ("/b", 80), ("/c", 5)] {
        let (i, r) = (card(&inc, name), card(&fresh, name));
        assert_eq!(figures(i), expected(&all[..n]), "{name}");
        assert_eq!(figures(i), figures(r), "{name}: incremental vs fresh");
        assert_eq!(i["ok"], true);
        assert_eq!(i["size"], n as u64);
    }
    assert_eq!(card(&inc, "/a")["new_entries"], 330);
    assert_eq!(card(&inc, "/a")["previous_size"], 270);
    assert_eq!(card(&inc, "/b")["new_entries"], 40);
    // Nothing new: the checkpoint is the one request.
    assert_eq!(card(&inc, "/c")["requests"], 1);
    assert_eq!(card(&inc, "/c")["new_entries"], 0);
    for k in [
        "entries",
        "admitted_work",
        "trips",
        "grants_applied",
        "reports_missing",
        "boots",
    ] {
        assert_eq!(inc[k], fresh[k], "{k}");
    }
    let total: u128 = [600usize, 80, 5]
        .iter()
        .map(|&n| expected(&all[..n]).work)
        .sum();
    assert_eq!(inc["admitted_work"], total.to_string());
    let bytes = |v: &Value| v["bytes_fetched"].as_u64().unwrap();
    assert!(bytes(&inc) < bytes(&fresh), "{inc} {fresh}");
    let (ia, fa) = (bytes(card(&inc, "/a")), bytes(card(&fresh, "/a")));
    assert!(
        ia < fa * 2 / 3,
        "card a: incremental {ia} bytes, fresh {fa}"
    );
    assert!(inc["requests"].as_u64().unwrap() < fresh["requests"].as_u64().unwrap());
    assert!(inc["elapsed_seconds"].as_f64().unwrap() > 0.0);
    // A third run: nothing new anywhere, the same figures.
    let (_, again) = f.fleet(&file, "state", &[]);
    assert_eq!(again["new_entries"], 0);
    assert_eq!(again["requests"], 3);
    assert_eq!(again["admitted_work"], inc["admitted_work"]);

    // The text table: a line per card and the fleet's.
    let o = run(&[
        "log",
        "fleet",
        s(&file),
        "--state",
        s(&f.d.path("state")),
        "--log-key",
        s(&f.public),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("example.com/fleet/a"), "{out}");
    assert!(out.contains("fleet: 3 cards"), "{out}");
    assert!(out.contains(&total.to_string()), "{out}");
}

#[test]
fn each_kind_of_tampering_fails_its_card_only_and_leaves_its_state() {
    let f = Fleet::new("tamper");
    let www = f.d.path("www");
    let nginx = Nginx::start(&f.d.0, &www);
    let all = reports(0..400);
    let names = [
        "good", "fork", "rollback", "missing", "altered", "dropped", "ooo",
    ];
    let cards: Vec<(u8, &str)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (i as u8, *n))
        .collect();
    for (i, n) in &cards {
        f.publish(*i, n, &all[..300]);
    }
    let file = f.file("fleet", &nginx, &cards);
    let (code, v) = f.fleet(&file, "state", &[]);
    assert_eq!(code, 0, "{v}");
    let before = f.snapshot("state");
    assert_eq!(before.len(), 2 * names.len(), "{:?}", before.keys());

    // The good card grows.
    f.publish(0, "good", &all);
    // Forked: another history from entry 200 on, and longer.
    let rm = |n: &str| std::fs::remove_dir_all(www.join(n)).unwrap();
    rm("fork");
    let mut forked = all.clone();
    forked[200].nonce = [9; 32];
    f.publish(1, "fork", &forked);
    // Rolled back: a shorter log.
    rm("rollback");
    f.publish(2, "rollback", &all[..250]);
    // A new tile missing, a new tile altered.
    f.publish(3, "missing", &all);
    std::fs::remove_file(www.join("missing/tile/0/001.p/144")).unwrap();
    f.publish(4, "altered", &all);
    flip(&www.join("altered/tile/0/001.p/144"), 77);
    // A report dropped: seq 2 of the third boot is not in the log.
    let mut dropped = all.clone();
    dropped.remove(301);
    f.publish(5, "dropped", &dropped);
    // Out of order: a report whose device epoch goes back.
    let mut ooo = all.clone();
    ooo[350].device_epoch = 3;
    f.publish(6, "ooo", &ooo);

    let (code, v) = f.fleet(&file, "state", &[]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["cards_failed"], 6);
    assert_eq!(card(&v, "/good")["ok"], true);
    assert_eq!(card(&v, "/good")["new_entries"], 100);
    for (name, needle) in [
        ("/fork", "forked"),
        ("/rollback", "rolled back"),
        ("/missing", "tile/0/001.p/144 is missing"),
        ("/altered", "differs from the tile the entries give"),
        (
            "/dropped",
            "seq 3 of boot epoch 7 follows seq 1: 1 report is missing",
        ),
        ("/ooo", "device epoch 3 goes back"),
    ] {
        let c = card(&v, name);
        assert_eq!(c["ok"], false, "{name}");
        let e = c["error"].as_str().unwrap();
        assert!(e.contains(needle), "{name}: wanted {needle:?} in {e}");
    }
    assert_eq!(card(&v, "/dropped")["reports_missing"], 1);
    assert_eq!(card(&v, "/ooo")["reports_out_of_order"], 1);
    let after = f.snapshot("state");
    for (file, bytes) in &before {
        if file.contains("_good.") {
            assert_ne!(
                &after[file], bytes,
                "{file}: the good card's state did not move"
            );
        } else {
            assert_eq!(&after[file], bytes, "{file} changed");
        }
    }
    // The text report names each failing card and its URL; exit 1.
    let o = run(&[
        "log",
        "fleet",
        s(&file),
        "--state",
        s(&f.d.path("state")),
        "--log-key",
        s(&f.public),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(
        out.contains(&format!("(line 5, {}): ", nginx.url("rollback"))),
        "{out}"
    );
    assert!(
        text(&o.stderr).contains("6 of 7 cards failed"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(f.snapshot("state"), after);
}

#[test]
fn a_fleet_can_require_witnesses_and_a_bad_cosignature_fails_its_card() {
    let f = Fleet::new("witness");
    let www = f.d.path("www");
    let nginx = Nginx::start(&f.d.0, &www);
    ok(&["keygen", "--out", s(&f.d.path("wit"))]);
    let all = reports(0..20);
    for (i, n) in [(0, "w1"), (1, "w2")] {
        f.publish(i, n, &all);
        let o = run(&[
            "log",
            "witness",
            &nginx.url(n),
            "--log-key",
            s(&f.public),
            "--witness-key",
            s(&f.d.path("wit.secret")),
            "--name",
            "witness.example/w",
            "--state",
            s(&f.d.path("wstate")),
            "--out",
            s(&www.join(n).join("checkpoint")),
        ]);
        assert!(o.status.success(), "{}", text(&o.stderr));
    }
    let file = f.file("fleet", &nginx, &[(0, "w1"), (1, "w2")]);
    let trusted = format!("witness.example/w={}", s(&f.d.path("wit.pub")));
    let args = ["--witness", &trusted, "--min-witnesses", "1"];
    let (code, v) = f.fleet(&file, "state", &args);
    assert_eq!(code, 0, "{v}");
    let before = f.snapshot("state");
    // w2's cosignature altered: w2 fails, w1 still passes.
    let cp = www.join("w2/checkpoint");
    let t = std::fs::read_to_string(&cp).unwrap();
    let n = t.len();
    let c = if &t[n - 6..n - 5] == "A" { "B" } else { "A" };
    std::fs::write(&cp, format!("{}{c}{}", &t[..n - 6], &t[n - 5..])).unwrap();
    let (code, v) = f.fleet(&file, "state", &args);
    assert_eq!(code, 1, "{v}");
    assert_eq!(card(&v, "/w1")["ok"], true);
    let e = card(&v, "/w2")["error"].as_str().unwrap().to_string();
    assert!(
        e.contains("cosignature on the checkpoint does not verify"),
        "{e}"
    );
    assert_eq!(f.snapshot("state"), before);
}

#[test]
fn concurrent_and_killed_fleet_runs_lose_nothing() {
    let f = Fleet::new("concurrent");
    let nginx = Nginx::start(&f.d.0, &f.d.path("www"));
    let all = reports(0..700);
    let names = ["c0", "c1", "c2", "c3"];
    let cards: Vec<(u8, &str)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (i as u8, *n))
        .collect();
    for (i, n) in &cards {
        f.publish(*i, n, &all);
    }
    let file = f.file("fleet", &nginx, &cards);
    // Killed at various points: the state stays usable.
    for (round, ms) in [3u64, 10, 20, 40, 80].iter().enumerate() {
        let mut child = f
            .fleet_cmd(&file, "killed", &["--jobs", "2"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(*ms));
        let _ = child.kill();
        let _ = child.wait();
        if round == 2 {
            // And the log grows in between.
            f.publish(0, "c0", &reports(0..800));
        }
    }
    let (code, v) = f.fleet(&file, "killed", &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(figures(card(&v, "/c0")), expected(&reports(0..800)));
    assert_eq!(figures(card(&v, "/c1")), expected(&all));
    // Two runs at once on one state: the second waits for the first.
    let spawn = || {
        f.fleet_cmd(&file, "both", &[])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(
        a.status.success() && b.status.success(),
        "{} {}",
        text(&a.stderr),
        text(&b.stderr)
    );
    let va: Value = serde_json::from_slice(&a.stdout).unwrap();
    let vb: Value = serde_json::from_slice(&b.stdout).unwrap();
    // One of them audited everything, the other found it all seen.
    let news = [
        va["new_entries"].as_u64().unwrap(),
        vb["new_entries"].as_u64().unwrap(),
    ];
    assert!(
        news.contains(&0) && news.contains(&(800 + 3 * 700)),
        "{news:?}"
    );
    assert_eq!(va["admitted_work"], v["admitted_work"]);
    assert_eq!(vb["admitted_work"], v["admitted_work"]);
    // A lock held elsewhere and no patience: refused clearly, exit 6.
    let lock = std::fs::File::create(f.d.path("both").join(".capfuse-audit.lock")).unwrap();
    lock.lock().unwrap();
    let o = f
        .fleet_cmd(&file, "both", &["--lock-timeout", "0"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("another `capfuse log audit` or `log fleet`"),
        "{}",
        text(&o.stderr)
    );
    drop(lock);
}

#[test]
fn malformed_fleet_files_are_refused_naming_file_and_line() {
    let f = Fleet::new("malformed");
    let dk = Fleet::device(0).public_hex();
    let log_key = s(&f.public).to_string();
    let cases = [
        ("http://127.0.0.1:1/x\n".to_string(), "fleet:1: 1 fields"),
        (
            format!("# c\nhttp://127.0.0.1:1/x {dk} a b\n"),
            "fleet:2: 4 fields",
        ),
        (
            "\nhttp://127.0.0.1:1/x 1234\n".to_string(),
            "fleet:2: the device key",
        ),
        (format!("http://127.0.0.1:1/x {dk} nope.pub\n"), "fleet:1:"),
        (
            format!("https://127.0.0.1:1/x {dk}\n"),
            "fleet:1: https://127.0.0.1:1/x: this capfuse fetches logs over plain http:// only",
        ),
        (
            format!("http://127.0.0.1:1/x {dk}\n\nhttp://127.0.0.1:1/x {dk}\n"),
            "fleet:3: http://127.0.0.1:1/x is already the card of line 1",
        ),
        ("# nothing\n\n".to_string(), "lists no cards"),
    ];
    for (content, needle) in cases {
        let file = f.d.path("fleet");
        std::fs::write(&file, &content).unwrap();
        let o = run(&[
            "log",
            "fleet",
            s(&file),
            "--state",
            s(&f.d.path("st")),
            "--log-key",
            &log_key,
        ]);
        assert_eq!(o.status.code(), Some(2), "{content:?}: {}", text(&o.stderr));
        assert!(
            text(&o.stderr).contains(needle),
            "{content:?}: wanted {needle:?} in {}",
            text(&o.stderr)
        );
    }
    // No third field and no --log-key.
    std::fs::write(f.d.path("fleet"), format!("http://127.0.0.1:1/x {dk}\n")).unwrap();
    let o = run(&[
        "log",
        "fleet",
        s(&f.d.path("fleet")),
        "--state",
        s(&f.d.path("st")),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("fleet:1: no log key"),
        "{}",
        text(&o.stderr)
    );
    // An unreachable card is a failed card, not a usage error.
    std::fs::write(f.d.path("fleet"), format!("http://127.0.0.1:1/x {dk}\n")).unwrap();
    let (code, v) = f.fleet(&f.d.path("fleet"), "st", &["--timeout", "2"]);
    assert_eq!(code, 1);
    assert!(
        card(&v, "/x")["error"]
            .as_str()
            .unwrap()
            .contains("127.0.0.1:1/x/checkpoint"),
        "{v}"
    );
}

/// A plain HTTP/1.0 GET of `path`: the body.
fn get(addr: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut r = String::new();
    s.read_to_string(&mut r).unwrap();
    r.split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

/// The value of series `name` whose labels contain `label` (exactly one).
fn metric(text: &str, name: &str, label: &str) -> f64 {
    let found: Vec<f64> = text
        .lines()
        .filter(|l| {
            l.split([' ', '{']).next() == Some(name) && (label.is_empty() || l.contains(label))
        })
        .map(|l| l.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(found.len(), 1, "{name} {label}: {found:?} in\n{text}");
    found[0]
}

/// The exact 96-bit value of a `_hi48`/`_lo48` pair.
fn wide(text: &str, name: &str, label: &str) -> String {
    let hi = metric(text, &format!("{name}_hi48"), label) as u128;
    let lo = metric(text, &format!("{name}_lo48"), label) as u128;
    ((hi << 48) | lo).to_string()
}

/// Every figure of the exporter equals `log fleet --json`'s.
fn same_figures(text: &str, v: &Value) {
    for c in v["cards"].as_array().unwrap() {
        let label = format!("url=\"{}\"", c["url"].as_str().unwrap());
        let card = |n: &str| metric(text, &format!("capfuse_fleet_card_{n}"), &label);
        for k in [
            "entries",
            "trips",
            "grants_applied",
            "reports_missing",
            "reports_out_of_order",
        ] {
            assert_eq!(card(k), c[k].as_u64().unwrap() as f64, "{label} {k}");
        }
        assert_eq!(
            card("audit_ok"),
            if c["ok"] == true { 1.0 } else { 0.0 },
            "{label}"
        );
        assert_eq!(
            wide(text, "capfuse_fleet_card_admitted_work_units", &label),
            c["admitted_work"]
        );
    }
    for k in [
        "entries",
        "trips",
        "grants_applied",
        "reports_missing",
        "reports_out_of_order",
    ] {
        assert_eq!(
            metric(text, &format!("capfuse_fleet_{k}"), ""),
            v[k].as_u64().unwrap() as f64,
            "{k}"
        );
    }
    assert_eq!(
        wide(text, "capfuse_fleet_admitted_work_units", ""),
        v["admitted_work"]
    );
    assert_eq!(
        metric(text, "capfuse_fleet_cards_failed", ""),
        v["cards_failed"].as_u64().unwrap() as f64
    );
}

#[test]
fn the_exporter_serves_the_figures_log_fleet_prints() {
    struct Killed(std::process::Child);
    impl Drop for Killed {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let f = Fleet::new("exporter");
    let nginx = Nginx::start(&f.d.0, &f.d.path("www"));
    let all = reports(0..400);
    f.publish(0, "a", &all[..200]);
    let mut dropped = all[..300].to_vec();
    dropped.remove(10);
    f.publish(1, "gap", &dropped);
    let file = f.file("fleet", &nginx, &[(0, "a"), (1, "gap")]);
    let mut child = Killed(
        Command::new(BIN)
            .args(["exporter", "--listen", "127.0.0.1:0", "--fleet", s(&file)])
            .args(["--fleet-state", s(&f.d.path("exporter-state"))])
            .args(["--fleet-log-key", s(&f.public), "--fleet-interval", "1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.0.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    assert!(line.contains("the fleet"), "{line}");
    let addr = line
        .split("http://")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    // Waits until the exporter's audit shows card a with `n` entries.
    let scrape_until = |n: u64| {
        let start = std::time::Instant::now();
        loop {
            let text = get(&addr, "/metrics");
            let label = format!("url=\"{}\"", nginx.url("a"));
            if text.lines().any(|l| {
                l.starts_with("capfuse_fleet_card_entries{")
                    && l.contains(&label)
                    && l.ends_with(&format!(" {n}"))
            }) {
                return text;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "no fleet audit of {n}:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let text = scrape_until(200);
    assert!(!text.contains("capfuse_up"), "no --device, no card: {text}");
    let (code, v) = f.fleet(&file, "state", &[]);
    assert_eq!(code, 1, "{v}");
    same_figures(&text, &v);
    assert_eq!(card(&v, "/gap")["reports_missing"], 1);
    // The log grows; the next background audit follows.
    f.publish(0, "a", &all);
    let text = scrape_until(400);
    let (_, v) = f.fleet(&file, "state", &[]);
    same_figures(&text, &v);
    assert!(metric(&text, "capfuse_fleet_audit_runs_total", "") >= 2.0);
}
