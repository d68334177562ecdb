//! The fleets of the `log fleet` tests: cards whose reports span boots,
//! trips and grants, their logs published under one nginx root, the figures
//! computed independently of capfuse, and `log fleet --json` runs.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use capfuse_abi::formats::{Limits, Report, SIGNED_REPORT_LEN};
use ed25519_dalek::SigningKey;
use serde_json::Value;

use super::tlog::{ledger, ok, run, s, text, Device, Nginx, BIN};
use super::TempDir;

/// Report `k` (0-based) of a card: boots of 150 reports, a trip bit from
/// the 50th report of a boot and another from the 120th, a grant every 40
/// reports, and cumulative work above 2^90 (96-bit figures).
pub fn report(k: u64) -> Report {
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
pub struct Figures {
    pub entries: u64,
    pub work: u128,
    pub trips: u64,
    pub grants: u64,
    pub missing: u64,
}

pub fn expected(reports: &[Report]) -> Figures {
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

pub fn figures(v: &Value) -> Figures {
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
pub struct Fleet {
    pub d: TempDir,
    pub key: PathBuf,
    pub public: PathBuf,
}

impl Fleet {
    pub fn new(name: &str) -> Fleet {
        let d = TempDir::new("capfuse-fleet", name);
        ok(&["keygen", "--out", s(&d.path("log"))]);
        std::fs::create_dir_all(d.path("www")).unwrap();
        Fleet {
            key: d.path("log.secret"),
            public: d.path("log.pub"),
            d,
        }
    }

    pub fn device(i: u8) -> Device {
        Device(SigningKey::from_bytes(&[i + 10; 32]))
    }

    /// Publishes `reports` signed by card `i` as `www/<name>` (origin
    /// example.com/fleet/<name>), with `key` (default: the fleet's).
    pub fn publish_with(&self, i: u8, name: &str, reports: &[Report], key: &Path) -> Output {
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

    pub fn publish(&self, i: u8, name: &str, reports: &[Report]) {
        let o = self.publish_with(i, name, reports, &self.key);
        assert!(o.status.success(), "publish {name}: {}", text(&o.stderr));
    }

    /// Writes the fleet file `file`: `(card, log name)` lines.
    pub fn file(&self, file: &str, nginx: &Nginx, cards: &[(u8, &str)]) -> PathBuf {
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

    /// `log fleet FILE --state STATE --log-key … EXTRA`, text output.
    pub fn fleet_text_cmd(&self, file: &Path, state: &str, extra: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(["log", "fleet", s(file), "--state", s(&self.d.path(state))])
            .args(["--log-key", s(&self.public)])
            .args(extra);
        c
    }

    /// The same with `--json`.
    pub fn fleet_cmd(&self, file: &Path, state: &str, extra: &[&str]) -> Command {
        let mut c = self.fleet_text_cmd(file, state, extra);
        c.arg("--json");
        c
    }

    /// Runs `--json log fleet`; returns the exit code and the fleet object.
    pub fn fleet(&self, file: &Path, state: &str, extra: &[&str]) -> (i32, Value) {
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
    pub fn snapshot(&self, state: &str) -> BTreeMap<String, Vec<u8>> {
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

pub fn reports(range: std::ops::Range<u64>) -> Vec<Report> {
    range.map(report).collect()
}

pub fn card<'a>(v: &'a Value, url_end: &str) -> &'a Value {
    v["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["url"].as_str().unwrap().ends_with(url_end))
        .unwrap_or_else(|| panic!("no card {url_end} in {v}"))
}
