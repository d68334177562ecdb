//! Several `capfuse` processes on one ledger at once: racing `ledger
//! append`s (also racing to create it) and racing `attest`s on one
//! simulated card lose nothing, and a writer that cannot get the ledger's
//! lock in time fails with exit code 6 having written nothing.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use capfuse_abi::formats::{Limits, Report, REPORT_LEN, SIGNED_REPORT_LEN};
use ed25519_dalek::{Signer, SigningKey};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");
const HEADER_LEN: usize = 24;
const RECORD_LEN: usize = 376;
/// Exit code for "the ledger is busy" (docs/cli.md, "Exit codes").
const BUSY: i32 = 6;

/// A private directory, removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let d =
            std::env::temp_dir().join(format!("capfuse-ledger-conc-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("CAPFUSE_RUNTIME_DIR", dir)
        .output()
        .expect("run capfuse")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok_in(dir: &Path, args: &[&str]) -> String {
    let o = run_in(dir, args);
    assert!(
        o.status.success(),
        "capfuse {args:?} failed ({}): {}",
        o.status,
        text(&o.stderr)
    );
    text(&o.stdout)
}

fn json_in(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    serde_json::from_str(&ok_in(dir, &a)).unwrap()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn device() -> SigningKey {
    SigningKey::from_bytes(&[0x5c; 32])
}

/// The device's report number `seq`, signed (nonce unique per seq).
fn signed(key: &SigningKey, seq: u64) -> [u8; SIGNED_REPORT_LEN] {
    let mut nonce = [0xa5u8; 32];
    nonce[..8].copy_from_slice(&seq.to_le_bytes());
    let r = Report {
        device_key: key.verifying_key().to_bytes(),
        nonce,
        seq,
        boot_epoch: 1,
        cycle: 1000 * seq,
        cum_work: u128::from(seq) * 3,
        limits: Limits {
            window_len: 1,
            ..Limits::default()
        },
        ..Report::default()
    };
    let body = r.to_bytes();
    let mut out = [0; SIGNED_REPORT_LEN];
    out[..REPORT_LEN].copy_from_slice(&body);
    out[REPORT_LEN..].copy_from_slice(&key.sign(&body).to_bytes());
    out
}

/// `ledger show --json`: (index, seq) of every record, after a full verify.
fn records(dir: &Path, ledger: &Path) -> Vec<(u64, u64)> {
    let v = json_in(dir, &["ledger", "show", s(ledger)]);
    v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["index"].as_u64().unwrap(), e["seq"].as_u64().unwrap()))
        .collect()
}

/// The chain head stored in record `index`.
fn stored_head(bytes: &[u8], index: u64) -> String {
    let end = HEADER_LEN + (index as usize + 1) * RECORD_LEN;
    hex(&bytes[end - 32..end])
}

#[test]
fn eight_writers_of_25_appends_each_lose_nothing() {
    const WRITERS: u64 = 8;
    const APPENDS: u64 = 25;
    let dir = Dir::new("append");
    let ledger = dir.path("racing.ledger"); // does not exist: they race to create it
    let key = device();
    let key_hex = hex(&key.verifying_key().to_bytes());
    // The reports must go in in sequence order, so a writer takes the next
    // sequence number, signs, and appends; refused as out of order (another
    // writer's newer report got in first), it takes a newer one. Every
    // writer keeps on until 25 of its appends succeeded.
    let next_seq = AtomicU64::new(1);
    let results: Vec<Vec<(u64, u64, String)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|w| {
                let (dir, ledger, key, key_hex, next_seq) =
                    (&dir, &ledger, &key, &key_hex, &next_seq);
                scope.spawn(move || {
                    let mut done = vec![];
                    let mut refused = 0;
                    let report = dir.path(&format!("w{w}.bin"));
                    while (done.len() as u64) < APPENDS {
                        let seq = next_seq.fetch_add(1, Ordering::SeqCst);
                        std::fs::write(&report, signed(key, seq)).unwrap();
                        let o = run_in(
                            &dir.0,
                            &[
                                "--json",
                                "ledger",
                                "append",
                                s(ledger),
                                s(&report),
                                "--device-key",
                                key_hex,
                                "--lock-timeout-ms",
                                "60000",
                            ],
                        );
                        if o.status.success() {
                            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
                            assert_eq!(v["seq"], seq);
                            done.push((
                                v["appended"].as_u64().unwrap(),
                                seq,
                                v["head"].as_str().unwrap().to_string(),
                            ));
                        } else {
                            // The only acceptable failure: a newer report is in.
                            let e = text(&o.stderr);
                            assert_eq!(o.status.code(), Some(1), "writer {w}, seq {seq}: {e}");
                            assert!(
                                e.contains("report refused, the ledger is unchanged")
                                    && e.contains("replayed or out-of-order"),
                                "writer {w}, seq {seq}: {e}"
                            );
                            refused += 1;
                            assert!(refused < 2000, "writer {w} starved");
                        }
                    }
                    done
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut appended: Vec<(u64, u64, String)> = results.into_iter().flatten().collect();
    appended.sort();
    let total = WRITERS * APPENDS;
    assert_eq!(appended.len() as u64, total);
    // No index was reported twice, and every reported one is in the ledger
    // with the report that writer appended and the head it printed.
    let indices: Vec<u64> = appended.iter().map(|a| a.0).collect();
    assert_eq!(indices, (0..total).collect::<Vec<_>>());
    let on_disk = records(&dir.0, &ledger);
    assert_eq!(on_disk.len() as u64, total);
    let bytes = std::fs::read(&ledger).unwrap();
    assert_eq!(bytes.len(), HEADER_LEN + total as usize * RECORD_LEN);
    for ((index, seq, head), (disk_index, disk_seq)) in appended.iter().zip(&on_disk) {
        assert_eq!((index, seq), (disk_index, disk_seq));
        assert_eq!(*head, stored_head(&bytes, *index), "record {index}");
    }
    // And the whole chain verifies (signatures, order, nonces, heads).
    let v = json_in(
        &dir.0,
        &["ledger", "verify", s(&ledger), "--device-key", &key_hex],
    );
    assert_eq!(v["records"], total);
    assert_eq!(v["torn"], serde_json::Value::Null);
}

/// Holds the ledger's lock as another process would (`flock`).
fn hold_lock(path: &Path, exclusive: bool) -> File {
    let f = File::open(path).unwrap();
    if exclusive {
        f.lock().unwrap();
    } else {
        f.lock_shared().unwrap();
    }
    f
}

#[test]
fn a_writer_that_cannot_get_the_lock_fails_with_exit_6_and_writes_nothing() {
    let dir = Dir::new("busy");
    let ledger = dir.path("l");
    let key = device();
    let key_hex = hex(&key.verifying_key().to_bytes());
    let report = dir.path("r.bin");
    for seq in 1..=2 {
        std::fs::write(&report, signed(&key, seq)).unwrap();
        ok_in(
            &dir.0,
            &[
                "ledger",
                "append",
                s(&ledger),
                s(&report),
                "--device-key",
                &key_hex,
            ],
        );
    }
    // A torn tail too: a busy writer must not cut it either.
    let mut before = std::fs::read(&ledger).unwrap();
    before.extend_from_slice(&[7; 100]);
    std::fs::write(&ledger, &before).unwrap();
    std::fs::write(&report, signed(&key, 3)).unwrap();
    let append = [
        "ledger",
        "append",
        s(&ledger),
        s(&report),
        "--device-key",
        &key_hex,
        "--lock-timeout-ms",
        "300",
    ];

    let held = hold_lock(&ledger, true);
    let t = Instant::now();
    let o = run_in(&dir.0, &append);
    let waited = t.elapsed();
    let e = text(&o.stderr);
    assert_eq!(o.status.code(), Some(BUSY), "{e}");
    assert!(
        e.contains("the ledger is busy") && e.contains("nothing was written"),
        "{e}"
    );
    assert!(e.contains("--lock-timeout-ms"), "{e}");
    assert!(waited >= Duration::from_millis(300), "{waited:?}");
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    // Readers and repair wait for a writer too.
    for args in [
        vec!["ledger", "verify", s(&ledger), "--lock-timeout-ms", "100"],
        vec!["ledger", "show", s(&ledger), "--lock-timeout-ms", "100"],
        vec!["ledger", "repair", s(&ledger), "--lock-timeout-ms", "100"],
    ] {
        let o = run_in(&dir.0, &args);
        assert_eq!(o.status.code(), Some(BUSY), "{args:?}: {}", text(&o.stderr));
    }
    // JSON: the usual error object with the code.
    let mut a = vec!["--json"];
    a.extend_from_slice(&append);
    let o = run_in(&dir.0, &a);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["exit_code"], BUSY);
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    drop(held);

    // A reader's (shared) lock: other readers go on, writers wait.
    let held = hold_lock(&ledger, false);
    let v = json_in(&dir.0, &["ledger", "verify", s(&ledger)]);
    assert_eq!(v["records"], 2);
    let o = run_in(&dir.0, &append);
    assert_eq!(o.status.code(), Some(BUSY), "{}", text(&o.stderr));
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    drop(held);

    // A lock released while the writer waits: it goes on and appends
    // (cutting the torn tail, under the lock).
    let held = hold_lock(&ledger, true);
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(400));
        drop(held);
    });
    let t = Instant::now();
    std::fs::write(&report, signed(&key, 4)).unwrap();
    let o = Command::new(BIN)
        .args([
            "ledger",
            "append",
            s(&ledger),
            s(&report),
            "--device-key",
            &key_hex,
            "--lock-timeout-ms",
            "20000",
        ])
        .output()
        .unwrap();
    releaser.join().unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(t.elapsed() >= Duration::from_millis(350));
    assert!(text(&o.stderr).contains("cut off"), "{}", text(&o.stderr));
    assert_eq!(records(&dir.0, &ledger), [(0, 1), (1, 2), (2, 4)]);
}

/// A simulated card in a private directory; stopped on drop.
struct Card(Dir);

impl Card {
    fn new(name: &str) -> Card {
        let c = Card(Dir::new(name));
        ok_in(&c.0 .0, &["sim", "start"]);
        c
    }
    fn report_seq(&self) -> u64 {
        json_in(&self.0 .0, &["status"])["crypto"]["report_seq"]
            .as_u64()
            .unwrap()
    }
}

impl Drop for Card {
    fn drop(&mut self) {
        let _ = run_in(&self.0 .0, &["sim", "stop"]);
    }
}

#[test]
fn racing_attests_into_one_ledger_take_turns_and_lose_nothing() {
    const WRITERS: usize = 4;
    const ATTESTS: usize = 5;
    let card = Card::new("attest");
    let dir = &card.0 .0;
    // The first attest pins the device key beside the ledger.
    let first = json_in(dir, &["attest", "--ledger", "l"]);
    assert_eq!(first["ledger"]["index"], 0);
    // Each attest holds the ledger's lock from before it asks the card
    // until its report is appended, so the card's reports go in in the
    // order it signs them: none is refused as out of order, none lost.
    let results: Vec<Vec<(u64, u64, String)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|w| {
                scope.spawn(move || {
                    (0..ATTESTS)
                        .map(|i| {
                            let o = run_in(
                                dir,
                                &[
                                    "--json",
                                    "attest",
                                    "--ledger",
                                    "l",
                                    "--lock-timeout-ms",
                                    "120000",
                                ],
                            );
                            assert!(
                                o.status.success(),
                                "writer {w} attest {i}: {}",
                                text(&o.stderr)
                            );
                            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
                            (
                                v["ledger"]["index"].as_u64().unwrap(),
                                v["report"]["seq"].as_u64().unwrap(),
                                v["ledger"]["head"].as_str().unwrap().to_string(),
                            )
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut appended: Vec<(u64, u64, String)> = results.into_iter().flatten().collect();
    appended.sort();
    let total = (WRITERS * ATTESTS) as u64;
    let indices: Vec<u64> = appended.iter().map(|a| a.0).collect();
    assert_eq!(indices, (1..=total).collect::<Vec<_>>());
    let ledger = dir.join("l");
    let on_disk = records(dir, &ledger);
    assert_eq!(on_disk.len() as u64, total + 1);
    let bytes = std::fs::read(&ledger).unwrap();
    for (index, seq, head) in &appended {
        assert_eq!(on_disk[*index as usize], (*index, *seq));
        assert_eq!(*head, stored_head(&bytes, *index));
    }

    // A busy ledger: attest gives up before asking the card for a report.
    let seq_before = card.report_seq();
    let held = hold_lock(&ledger, true);
    let o = run_in(
        dir,
        &["attest", "--ledger", "l", "--lock-timeout-ms", "200"],
    );
    let e = text(&o.stderr);
    assert_eq!(o.status.code(), Some(BUSY), "{e}");
    assert!(e.contains("the ledger is busy"), "{e}");
    drop(held);
    assert_eq!(std::fs::read(&ledger).unwrap(), bytes);
    assert_eq!(card.report_seq(), seq_before, "the card signed nothing");
}
