//! The audits `capfuse bench --fleet-only` times: `capfuse log fleet` over
//! the whole fleet (its own JSON figures, cross-checked against nginx's
//! access log), and today's one-card `capfuse log audit` on a sample, each
//! as its own process, as an operator runs them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::error::{CliError, Result};
use crate::nginx::{Nginx, Served};
use crate::tlog::failed;

/// One timed audit run.
pub struct Audit {
    /// Wall time of the command(s).
    pub wall: Duration,
    /// Bytes the auditor says it fetched (response bodies).
    pub bytes: u64,
    /// HTTP requests the auditor says it made.
    pub requests: u64,
    /// What nginx served meanwhile.
    pub served: Served,
    /// Cards audited.
    pub cards: usize,
    /// Median per card: time and bytes.
    pub card_time: Duration,
    /// Median per card: bytes fetched.
    pub card_bytes: u64,
    /// Entries the auditor read and checked (new entries, or all).
    pub entries_checked: u64,
    /// What `log fleet` counted in the reports: boots, trips, grants
    /// applied, reports missing (empty for the one-card audit).
    pub accounting: Option<[u64; 4]>,
}

/// The capfuse binary and the fleet's files.
pub struct Auditor<'a> {
    /// The capfuse binary.
    pub exe: PathBuf,
    /// The fleet file.
    pub fleet_file: &'a Path,
    /// The log public key.
    pub log_pub: &'a Path,
    /// nginx serving the fleet.
    pub nginx: &'a Nginx,
}

fn median<T: Ord + Copy + Default>(mut v: Vec<T>) -> T {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn run_capfuse(exe: &Path, args: &[&str]) -> Result<(Duration, Value)> {
    let t = Instant::now();
    let out = Command::new(exe)
        .arg("--json")
        .args(args)
        .output()
        .map_err(|e| failed(format!("running {}: {e}", exe.display())))?;
    let wall = t.elapsed();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        return Err(failed(format!(
            "`capfuse {}` failed ({}): {}",
            args.join(" "),
            out.status,
            why.trim()
        ))
        .hint(
            "the generated fleet should audit clean: this is a bug in the bench or in the audit",
        ));
    }
    Ok((wall, v))
}

fn num(v: &Value, name: &str) -> u64 {
    v[name].as_u64().unwrap_or(0)
}

impl Auditor<'_> {
    /// Whether this build has `capfuse log fleet`.
    pub fn has_fleet(&self) -> bool {
        Command::new(&self.exe)
            .args(["log", "fleet", "--help"])
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// Whether `capfuse log audit` takes `--full` (it audits incrementally
    /// from its state otherwise).
    fn audit_has_full(&self) -> bool {
        Command::new(&self.exe)
            .args(["log", "audit", "--help"])
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("--full"))
    }

    fn served_since(&self, mark: u64) -> Result<Served> {
        self.nginx
            .served_since(mark)
            .map_err(|e| failed(format!("reading nginx's access log: {e}")))
    }

    /// `capfuse log fleet FLEET --state STATE --log-key PUB --json`.
    pub fn fleet(&self, state: &Path) -> Result<Audit> {
        let mark = self.nginx.log_mark().unwrap_or(0);
        let (wall, v) = run_capfuse(
            &self.exe,
            &[
                "log",
                "fleet",
                &self.fleet_file.display().to_string(),
                "--state",
                &state.display().to_string(),
                "--log-key",
                &self.log_pub.display().to_string(),
            ],
        )?;
        let cards = v["cards"].as_array().cloned().unwrap_or_default();
        if cards.is_empty() {
            return Err(failed(
                "`capfuse log fleet --json` printed no `cards`: its output is not what the bench reads",
            ));
        }
        let secs =
            |c: &Value| Duration::from_secs_f64(c["elapsed_seconds"].as_f64().unwrap_or(0.0));
        Ok(Audit {
            wall,
            bytes: num(&v, "bytes_fetched"),
            requests: num(&v, "requests"),
            served: self.served_since(mark)?,
            card_time: median(cards.iter().map(secs).collect()),
            card_bytes: median(cards.iter().map(|c| num(c, "bytes_fetched")).collect()),
            entries_checked: cards.iter().map(|c| num(c, "entries_checked")).sum(),
            cards: cards.len(),
            accounting: Some(
                ["boots", "trips", "grants_applied", "reports_missing"].map(|k| num(&v, k)),
            ),
        })
    }

    /// `capfuse log audit URL --log-key PUB --device-key HEX --state STATE
    /// [--full]`, one process per card, for the first `sample` cards of the
    /// fleet file. Bytes and requests come from nginx's access log (the
    /// one-card audit does not count them).
    pub fn one_by_one(&self, state: &Path, sample: usize) -> Result<Audit> {
        let text = std::fs::read_to_string(self.fleet_file)
            .map_err(|e| failed(format!("{}: {e}", self.fleet_file.display())))?;
        let full = self.audit_has_full();
        let mark = self.nginx.log_mark().unwrap_or(0);
        let mut times = Vec::new();
        let mut bytes = Vec::new();
        let mut entries = 0;
        let t = Instant::now();
        for line in text.lines().take(sample) {
            let mut f = line.split_whitespace();
            let (Some(url), Some(key)) = (f.next(), f.next()) else {
                return Err(CliError::usage(format!("fleet file line {line:?}")));
            };
            let card_mark = self.nginx.log_mark().unwrap_or(0);
            let state = state.display().to_string();
            let log_pub = self.log_pub.display().to_string();
            let mut args = vec![
                "log",
                "audit",
                url,
                "--log-key",
                &log_pub,
                "--device-key",
                key,
                "--state",
                &state,
            ];
            if full {
                args.push("--full");
            }
            let (wall, v) = run_capfuse(&self.exe, &args)?;
            times.push(wall);
            bytes.push(self.served_since(card_mark)?.body_bytes);
            entries += v["entries_checked"]
                .as_u64()
                .or_else(|| v["size"].as_u64())
                .unwrap_or(0);
        }
        let wall = t.elapsed();
        let served = self.served_since(mark)?;
        Ok(Audit {
            wall,
            bytes: served.body_bytes,
            requests: served.requests,
            served,
            cards: times.len(),
            card_time: median(times),
            card_bytes: median(bytes),
            entries_checked: entries,
            accounting: None,
        })
    }
}

/// Prints one audit's figures as a line.
pub fn print(what: &str, a: &Audit) {
    println!(
        "{what:<44} {:>8.2} s  bytes {:>11}  requests {:>7}  entries checked {:>8}  per card: median {:.1} ms, {} bytes  (nginx: {} requests, {} body bytes, {} not 200)",
        a.wall.as_secs_f64(),
        a.bytes,
        a.requests,
        a.entries_checked,
        a.card_time.as_secs_f64() * 1e3,
        a.card_bytes,
        a.served.requests,
        a.served.body_bytes,
        a.served.not_ok
    );
}
