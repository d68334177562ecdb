//! `capfuse log fleet`: several cards' logs served by a real nginx on a
//! loopback port, audited incrementally into one state directory. The
//! figures equal an independent computation from the reports and a
//! fresh-state audit, for fewer bytes; every kind of tampering fails its
//! card only, with its state files unchanged; concurrent and killed runs
//! lose nothing; malformed fleet files are refused naming file:line.

use std::process::Stdio;
use std::time::Duration;

use capfuse_abi::formats::Report;
use serde_json::Value;

mod common;
use common::fleet::{card, expected, figures, reports, Fleet};
use common::tlog::{flip, ok, run, s, text, Nginx};

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
    let o = f.fleet_text_cmd(&file, "state", &[]).output().unwrap();
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
        "good", "fork", "rollback", "missing", "altered", "dropped", "ooo", "nobundle", "oldentry",
        "newentry",
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
    // A new entry bundle missing; the partial bundle at the old edge
    // altered in an entry audited before, or in a new one.
    f.publish(7, "nobundle", &all);
    std::fs::remove_file(www.join("nobundle/tile/entries/001.p/144")).unwrap();
    f.publish(8, "oldentry", &all);
    flip(&www.join("oldentry/tile/entries/001.p/144"), 100);
    f.publish(9, "newentry", &all);
    flip(&www.join("newentry/tile/entries/001.p/144"), 44 * 342 + 100);

    let (code, v) = f.fleet(&file, "state", &[]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["cards_failed"], 9);
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
        ("/nobundle", "tile/entries/001.p/144 is missing"),
        (
            "/oldentry",
            "holds another entry 256 than the one audited before",
        ),
        (
            "/newentry",
            "entry 300: the device signature does not verify",
        ),
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
    let o = f.fleet_text_cmd(&file, "state", &[]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(
        out.contains(&format!("(line 5, {}): ", nginx.url("rollback"))),
        "{out}"
    );
    assert!(
        text(&o.stderr).contains("9 of 10 cards failed"),
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

#[test]
fn mirrors_of_one_origin_share_its_state_and_a_split_view_is_a_fork() {
    let f = Fleet::new("mirrors");
    let www = f.d.path("www");
    let nginx = Nginx::start(&f.d.0, &www);
    let all = reports(0..300);
    f.publish(0, "m1", &all);
    common::tlog::copy_dir(&www.join("m1"), &www.join("m2"));
    // m3 serves the same origin with another history: a split view.
    let mut other = all.clone();
    other[100].nonce = [3; 32];
    let signed: Vec<_> = other.iter().map(|r| Fleet::device(0).sign(r)).collect();
    let l = f.d.path("m3.ledger");
    common::tlog::ledger(&l, &signed);
    ok(&[
        "log",
        "publish",
        s(&l),
        "--dir",
        s(&www.join("m3")),
        "--log-key",
        s(&f.key),
        "--origin",
        "example.com/fleet/m1",
    ]);
    let file = f.file("fleet", &nginx, &[(0, "m1"), (0, "m2"), (0, "m3")]);
    let (code, v) = f.fleet(&file, "state", &["--jobs", "1"]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(card(&v, "/m1")["ok"], true);
    assert_eq!(card(&v, "/m2")["ok"], true);
    assert_eq!(card(&v, "/m2")["new_entries"], 0);
    assert_eq!(card(&v, "/m2")["requests"], 1);
    let e = card(&v, "/m3")["error"].as_str().unwrap().to_string();
    assert!(e.contains("forked"), "{e}");
    // In parallel, whichever audits the origin first, the other history fails.
    let (code, v) = f.fleet(&file, "parallel", &["--jobs", "3"]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(card(&v, "/m1")["ok"], card(&v, "/m2")["ok"]);
    assert_ne!(card(&v, "/m1")["ok"], card(&v, "/m3")["ok"]);
}
