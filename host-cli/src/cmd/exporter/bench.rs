//! The exporter's figures for `capfuse bench`: scrape latency (HTTP request
//! to the end of the response, over many scrapes) and what a scrape costs
//! the card (bus reads and writes per scrape, from the exporter's own
//! counters).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::{exit, CliError, Result};
use crate::paths::RUNTIME_DIR_ENV;

/// What [`measure`] found.
pub struct ScrapeFigures {
    /// Scrapes timed.
    pub scrapes: usize,
    /// Median latency.
    pub median: Duration,
    /// 99th percentile latency.
    pub p99: Duration,
    /// Slowest scrape.
    pub max: Duration,
    /// Bytes of one response.
    pub bytes: usize,
    /// Register reads per scrape.
    pub reads: f64,
    /// SNAPSHOT writes per scrape.
    pub snapshot_writes: f64,
    /// Writes of any other register per scrape.
    pub other_writes: f64,
}

/// Kills the exporter when the measurement ends, however it ends.
struct Exporter(Child);

impl Drop for Exporter {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn failed(what: impl std::fmt::Display) -> CliError {
    CliError::new(exit::FAILURE, format!("exporter bench: {what}"))
}

/// One HTTP/1.0 GET of `/metrics` on a new connection: the body.
fn scrape(addr: &str) -> Result<String> {
    let mut s = TcpStream::connect(addr).map_err(|e| failed(format!("connect {addr}: {e}")))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(s, "GET /metrics HTTP/1.0\r\nHost: {addr}\r\n\r\n")?;
    let mut reply = String::new();
    s.read_to_string(&mut reply)?;
    match reply.split_once("\r\n\r\n") {
        Some((head, body))
            if head.starts_with("HTTP/1.1 200") || head.starts_with("HTTP/1.0 200") =>
        {
            Ok(body.to_string())
        }
        _ => Err(failed(format!(
            "unexpected reply: {}",
            reply.lines().next().unwrap_or("")
        ))),
    }
}

/// A sample of `series` (name and labels, exactly) in an exposition text.
fn sample(text: &str, series: &str) -> Result<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.trim().parse().ok())
        .ok_or_else(|| failed(format!("no {series} in the exposition")))
}

/// The exporter's bus counters for the simulated card: (readings, reads,
/// SNAPSHOT writes, other writes).
fn counters(text: &str) -> Result<[f64; 4]> {
    Ok([
        sample(text, "capfuse_exporter_card_readings_total{device=\"sim\"}")?,
        sample(text, "capfuse_exporter_bus_reads_total{device=\"sim\"}")?,
        sample(
            text,
            "capfuse_exporter_bus_writes_total{device=\"sim\",register=\"SNAPSHOT\"}",
        )?,
        sample(
            text,
            "capfuse_exporter_bus_writes_total{device=\"sim\",register=\"other\"}",
        )?,
    ])
}

/// Starts `exe exporter` on a free loopback port for the simulated card in
/// `runtime_dir` and times `scrapes` scrapes, one after another.
pub fn measure(exe: &Path, runtime_dir: &Path, scrapes: usize) -> Result<ScrapeFigures> {
    let mut child = Command::new(exe)
        .env(RUNTIME_DIR_ENV, runtime_dir)
        .args(["exporter", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take();
    let exporter = Exporter(child);
    let mut line = String::new();
    if let Some(out) = stdout {
        BufReader::new(out).read_line(&mut line)?;
    }
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .ok_or_else(|| {
            failed(format!(
                "the exporter did not say where it listens: {line:?}"
            ))
        })?
        .to_string();
    // Wait until the card has derived its device key (a fresh simulated
    // card takes a moment), so every timed scrape reads the same registers.
    let t = Instant::now();
    let mut first = scrape(&addr)?;
    while first.contains("device_key=\"\"") {
        if t.elapsed() > Duration::from_secs(120) {
            return Err(failed("the card has no device key after 120 s"));
        }
        std::thread::sleep(Duration::from_millis(100));
        first = scrape(&addr)?;
    }
    let before = counters(&first)?;
    let mut times = Vec::with_capacity(scrapes);
    let mut last = first;
    for _ in 0..scrapes {
        let t = Instant::now();
        last = scrape(&addr)?;
        times.push(t.elapsed());
    }
    drop(exporter);
    let after = counters(&last)?;
    let readings = after[0] - before[0];
    if readings <= 0.0 {
        return Err(failed("the exporter counted no readings"));
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    Ok(ScrapeFigures {
        scrapes,
        median: at(0.5),
        p99: at(0.99),
        max: times.last().copied().unwrap_or_default(),
        bytes: last.len(),
        reads: (after[1] - before[1]) / readings,
        snapshot_writes: (after[2] - before[2]) / readings,
        other_writes: (after[3] - before[3]) / readings,
    })
}
