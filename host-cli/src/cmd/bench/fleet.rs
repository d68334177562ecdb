//! `capfuse bench --fleet-only`: issue 16's scale goal. Generates a fleet
//! of card logs (fleet_gen), serves it with nginx on loopback and times
//! `capfuse log fleet` from an empty state, after an append, and with
//! nothing new, with today's per-card `capfuse log audit` beside it
//! (docs/PERFORMANCE.md, "The fleet audit").

use std::path::{Path, PathBuf};

use capfuse_progress as progress;

use super::fleet_audit::{self, Audit, Auditor};
use super::fleet_gen::{Built, Fleet};
use crate::error::{CliError, Result};
use crate::nginx::Nginx;

/// Options of the fleet section.
#[derive(clap::Args)]
pub struct FleetArgs {
    /// Cards in the fleet (1 to 100000).
    #[arg(long, requires = "fleet_only", default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    cards: u32,
    /// Reports per card before the first audit (1 to 1000000).
    #[arg(long, requires = "fleet_only", default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    reports: u32,
    /// Reports appended to every card before the incremental audit (0 to 1000000).
    #[arg(long, requires = "fleet_only", default_value_t = 10, value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
    append: u32,
    /// Build the fleet in DIR (new or empty) and keep it; by default a
    /// temporary directory, removed at the end.
    #[arg(long, requires = "fleet_only", value_name = "DIR")]
    keep: Option<PathBuf>,
    /// Threads building the fleet (default: 4 per core, so that one
    /// thread's fsync overlaps another's signing).
    #[arg(long, requires = "fleet_only", value_parser = clap::value_parser!(u32).range(1..=1024))]
    threads: Option<u32>,
    /// Cards also audited one by one with `capfuse log audit` (the
    /// per-card baseline; 0 to skip).
    #[arg(long, requires = "fleet_only", default_value_t = 20)]
    sample: u32,
}

/// A directory removed when dropped (unless kept), also on an error.
struct WorkDir {
    path: PathBuf,
    keep: bool,
}

impl WorkDir {
    fn new(keep: Option<&Path>) -> Result<WorkDir> {
        let (path, kept) = match keep {
            Some(d) => (d.to_path_buf(), true),
            None => (
                std::env::temp_dir().join(format!("capfuse-bench-fleet-{}", std::process::id())),
                false,
            ),
        };
        let empty = match std::fs::read_dir(&path) {
            Ok(mut d) => d.next().is_none(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
            Err(e) => return Err(crate::tlog::failed(format!("{}: {e}", path.display()))),
        };
        if !empty {
            return Err(CliError::usage(format!(
                "{} is not empty; the fleet is built in a new or empty directory",
                path.display()
            ))
            .hint("give another --keep DIR, or remove the old fleet"));
        }
        std::fs::create_dir_all(&path)
            .map_err(|e| crate::tlog::failed(format!("{}: {e}", path.display())))?;
        Ok(WorkDir { path, keep: kept })
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// Bytes the files under `dir` take on disk (allocated blocks) and their
/// number.
fn disk_usage(dir: &Path) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let mut todo = vec![dir.to_path_buf()];
    let (mut bytes, mut files) = (0, 0);
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            match e.metadata() {
                Ok(m) if m.is_dir() => todo.push(e.path()),
                Ok(m) => {
                    bytes += m.blocks() * 512;
                    files += 1;
                }
                Err(_) => {}
            }
        }
    }
    (bytes, files)
}

fn print_built(what: &str, b: &Built) {
    let rate = b.signatures as f64 / b.wall.as_secs_f64().max(1e-9);
    println!(
        "{what:<44} {:>8.1} s wall  {:>9} signatures ({rate:.0}/s); thread time: sign {:.1} s, ledger {:.1} s, publish {:.1} s",
        b.wall.as_secs_f64(),
        b.signatures,
        b.sign.as_secs_f64(),
        b.ledger.as_secs_f64(),
        b.publish.as_secs_f64()
    );
}

/// Runs the fleet section.
pub fn run(a: &FleetArgs) -> Result<()> {
    let (cards, reports) = (a.cards as usize, a.reports as usize);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = a.threads.map_or(4 * cores, |t| t as usize);
    let work = WorkDir::new(a.keep.as_deref())?;
    println!(
        "capfuse bench: fleet audit, {cards} cards × {reports} reports, then {} more each ({threads} threads on {cores} cores)",
        a.append
    );
    let (fleet, built) = progress::run(
        format!("generating {cards} cards × {reports} signed reports"),
        || Fleet::generate(&work.path, cards, reports, threads),
    )?;
    print_built("generate: sign, ledger, publish", &built);
    for (what, dir) in [("ledgers", "ledgers"), ("published logs", "www")] {
        let (bytes, files) = disk_usage(&work.path.join(dir));
        println!(
            "{:<44} {:>8.1} MB on disk ({bytes} bytes) in {files} files",
            format!("fleet directory: {what}"),
            bytes as f64 / 1e6,
        );
    }
    let (nginx, fleet_file) = serve(&work.path, &fleet)?;
    let log_pub = fleet.log_pub();
    let auditor = Auditor {
        exe: std::env::current_exe()?,
        fleet_file: &fleet_file,
        log_pub: &log_pub,
        nginx: &nginx,
    };
    let has_fleet = auditor.has_fleet();
    if !has_fleet {
        println!("`capfuse log fleet` is not in this build: only the one-card audits are timed");
    }
    let sample = (a.sample as usize).min(cards);
    let (fleet_state, one_state) = (work.path.join("state-fleet"), work.path.join("state-one"));
    let (mut runs, mut one_by_one) = (Vec::new(), Vec::new());
    for (phase, label) in [
        ("a", "full, empty state"),
        ("b", "incremental, after the append"),
        ("c", "incremental, nothing new"),
    ] {
        if phase == "b" {
            let appended = progress::run(
                format!(
                    "appending {} reports to every card and republishing",
                    a.append
                ),
                || fleet.append(a.append as usize, threads),
            )?;
            print_built("append: open, sign, ledger, publish", &appended);
        }
        if has_fleet {
            let r = progress::run(format!("({phase}) `capfuse log fleet`, {label}"), || {
                auditor.fleet(&fleet_state)
            })?;
            fleet_audit::print(&format!("({phase}) log fleet: {label}"), &r);
            if let (Some([boots, trips, grants, missing]), "a") = (r.accounting, phase) {
                println!(
                    "{:<44} {boots} boots, {trips} trips, {grants} grants applied, {missing} reports missing",
                    "the fleet as `log fleet` counted it"
                );
            }
            runs.push(r);
        }
        if sample > 0 {
            let r = progress::run(
                format!("({phase}) `capfuse log audit` on {sample} cards, one by one"),
                || auditor.one_by_one(&one_state, sample),
            )?;
            fleet_audit::print(&format!("({phase}) log audit × {sample} (full fetch)"), &r);
            one_by_one.push(r);
        }
    }
    summarize(cards, &runs, &one_by_one);
    Ok(())
}

/// Starts nginx on the fleet's logs and writes the fleet file naming them.
fn serve(dir: &Path, fleet: &Fleet) -> Result<(Nginx, PathBuf)> {
    let io = |p: &Path, e: std::io::Error| crate::tlog::failed(format!("{}: {e}", p.display()));
    let nginx_dir = dir.join("nginx");
    std::fs::create_dir_all(&nginx_dir).map_err(|e| io(&nginx_dir, e))?;
    let nginx = Nginx::start(&nginx_dir, &fleet.www()).map_err(|e| {
        crate::tlog::failed(format!("serving the fleet with nginx: {e}"))
            .hint("install nginx (Debian package nginx, scripts/install-tools.sh)")
    })?;
    let fleet_file = dir.join("fleet.txt");
    std::fs::write(
        &fleet_file,
        fleet.fleet_file(nginx.url("").trim_end_matches('/')),
    )
    .map_err(|e| io(&fleet_file, e))?;
    println!(
        "{:<44} {} ({})",
        "served by nginx at",
        nginx.url(""),
        dir.display()
    );
    Ok((nginx, fleet_file))
}

/// The full audit against the incremental ones, and the one-card audit
/// scaled to the fleet.
fn summarize(cards: usize, runs: &[Audit], one_by_one: &[Audit]) {
    if let [full, incremental, nothing] = runs {
        let pct = |x: u64| 100.0 * x as f64 / full.bytes.max(1) as f64;
        println!(
            "bytes fetched against the full audit: incremental {:.1}%, nothing new {:.2}% ({:.0} bytes and {:.2} requests per card)",
            pct(incremental.bytes),
            pct(nothing.bytes),
            nothing.bytes as f64 / nothing.cards.max(1) as f64,
            nothing.requests as f64 / nothing.cards.max(1) as f64,
        );
    }
    if let Some(one) = one_by_one.first() {
        let scale = cards as f64 / one.cards.max(1) as f64;
        println!(
            "`log audit` one card at a time, scaled from {} to {cards} cards: {:.1} s and {:.1} MB per audit of the fleet, whatever changed",
            one.cards,
            one.wall.as_secs_f64() * scale,
            one.bytes as f64 * scale / 1e6
        );
    }
}
