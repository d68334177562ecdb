//! `capfuse exporter`: serves `/metrics` over HTTP for one or more cards
//! (`--device` repeated), in the OpenMetrics text format of the Prometheus
//! client crate, with the families of `capfuse metrics` (one shared
//! builder, [`crate::metric_set`]) plus `capfuse_up` and the exporter's own
//! bus counters.
//!
//! Each scrape asks every card's thread for a reading at once and waits at
//! most `--card-timeout-ms` for all of them; a card that does not answer in
//! time gets `capfuse_up 0` and the response goes out anyway.

#[cfg(feature = "sim")]
pub mod bench;
pub mod fleet;
pub mod poller;

use std::io::ErrorKind;
use std::net::{SocketAddr, TcpListener, ToSocketAddrs};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Response, Server};

use crate::error::{exit, CliError, Result};
use crate::metric_set::{Labels, MetricSet, CONTENT_TYPE};
use crate::Ctx;
use poller::{CardPoller, Failure};

/// Where the exporter listens unless told (dcgm-exporter has 9400).
pub const DEFAULT_LISTEN: &str = "127.0.0.1:9465";

/// Options of `exporter`.
#[derive(clap::Args)]
pub struct Args {
    /// Address to serve `/metrics` on, HOST:PORT (`0.0.0.0:9465` for every
    /// interface; port 0 picks a free one, printed on start).
    #[arg(long, default_value = DEFAULT_LISTEN, value_name = "ADDR")]
    listen: String,
    /// How long a scrape waits for each card, in milliseconds (10 to
    /// 60000); a card slower than this shows `capfuse_up 0`.
    #[arg(long, default_value_t = 2000, value_name = "MS",
          value_parser = clap::value_parser!(u64).range(10..=60_000))]
    card_timeout_ms: u64,
    #[command(flatten)]
    fleet: fleet::FleetArgs,
}

/// Binds the listening socket, with an operator's words for each failure.
fn bind(listen: &str) -> Result<TcpListener> {
    let addr_hint = "give HOST:PORT, e.g. --listen 127.0.0.1:9465 or --listen [::1]:9465 \
                     (0.0.0.0:9465 listens on every interface)";
    let addrs: Vec<SocketAddr> = listen
        .to_socket_addrs()
        .map_err(|e| {
            CliError::usage(format!(
                "--listen {listen}: not an address to listen on ({e})"
            ))
            .hint(addr_hint)
        })?
        .collect();
    if addrs.is_empty() {
        return Err(
            CliError::usage(format!("--listen {listen}: names no address")).hint(addr_hint),
        );
    }
    TcpListener::bind(&addrs[..]).map_err(|e| {
        let (code, why, hint) = match e.kind() {
            ErrorKind::AddrInUse => (
                exit::BUSY,
                "the port is already in use",
                "another exporter or program listens there (`ss -ltnp` shows which); \
                 stop it or choose another port with --listen",
            ),
            ErrorKind::PermissionDenied => (
                exit::FAILURE,
                "permission denied",
                "ports below 1024 need CAP_NET_BIND_SERVICE; use a port above 1024",
            ),
            ErrorKind::AddrNotAvailable => (
                exit::USAGE,
                "the address is not one of this host's",
                "listen on 127.0.0.1, 0.0.0.0 or an address `ip addr` shows",
            ),
            _ => (
                exit::FAILURE,
                "the system refused it",
                "check the address; `ss -ltnp` shows what listens where",
            ),
        };
        CliError::new(code, format!("cannot listen on {listen}: {why} ({e})")).hint(hint)
    })
}

/// The exporter's families about itself and each card's answer.
fn add_exporter_families(set: &mut MetricSet, p: &CardPoller, up: bool, seconds: f64) {
    let dev: Labels = vec![("device".into(), p.device.to_string())];
    set.gauge(
        "up",
        "1 if the card answered this scrape within the per-card timeout, else 0",
        &dev,
        u64::from(up),
    );
    set.float_gauge(
        "scrape_duration_seconds",
        "How long this scrape's reading of the card took (up to the per-card timeout)",
        &dev,
        seconds,
    );
    let c = &p.counts;
    set.counter(
        "exporter_card_readings",
        "Readings of the card the exporter attempted",
        &dev,
        c.readings.load(Ordering::Relaxed),
    );
    set.counter(
        "exporter_bus_reads",
        "32-bit register reads the exporter issued to the card",
        &dev,
        c.reads.load(Ordering::Relaxed),
    );
    for (register, n) in [("SNAPSHOT", &c.snapshot_writes), ("other", &c.other_writes)] {
        set.counter(
            "exporter_bus_writes",
            "Register writes the exporter issued to the card, by register: SNAPSHOT (the \
             counter snapshot command, one per reading) or other (always 0: a scrape changes nothing)",
            &with_register(&dev, register),
            n.load(Ordering::Relaxed),
        );
    }
}

fn with_register(dev: &Labels, register: &str) -> Labels {
    let mut l = dev.clone();
    l.push(("register".into(), register.into()));
    l
}

/// One scrape of every card: the exposition text and, per card, why it
/// has no reading (`None`: it answered).
pub fn scrape(
    pollers: &[CardPoller],
    timeout: Duration,
    fleet: Option<&fleet::Shared>,
) -> (String, Vec<Option<Failure>>) {
    let start = Instant::now();
    let deadline = start + timeout;
    let asked: Vec<_> = pollers.iter().map(CardPoller::ask).collect();
    let mut set = MetricSet::new();
    let mut failures = Vec::with_capacity(pollers.len());
    let mut readings = Vec::with_capacity(pollers.len());
    for (p, rx) in pollers.iter().zip(asked) {
        let answer =
            rx.and_then(|rx| p.answer(&rx, deadline.saturating_duration_since(Instant::now())));
        readings.push((answer, start.elapsed().as_secs_f64()));
    }
    for (p, (answer, seconds)) in pollers.iter().zip(readings) {
        match answer {
            Ok(r) => {
                set.add_card(&r.identity, &r.status);
                add_exporter_families(&mut set, p, true, seconds);
                failures.push(None);
            }
            Err(why) => {
                add_exporter_families(&mut set, p, false, seconds);
                failures.push(Some(why));
            }
        }
    }
    if let Some(f) = fleet {
        fleet::add_families(&mut set, f);
    }
    (set.encode(), failures)
}

/// Logs each card's change between answering and not (not every scrape).
fn log_changes(last: &mut [Option<bool>], pollers: &[CardPoller], failures: &[Option<Failure>]) {
    for ((was, p), f) in last.iter_mut().zip(pollers).zip(failures) {
        let up = f.is_none();
        if *was != Some(up) {
            match f {
                None => eprintln!("capfuse exporter: {} answers (capfuse_up 1)", p.device),
                Some(why) => eprintln!("capfuse exporter: capfuse_up 0: {why}"),
            }
            *was = Some(up);
        }
    }
}

fn header(name: &str, value: &str) -> Result<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .map_err(|()| CliError::new(exit::FAILURE, format!("bad HTTP header {name}: {value}")))
}

/// Runs `exporter` until killed.
pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    if ctx.json {
        return Err(
            CliError::usage("exporter has no JSON output: it serves /metrics over HTTP")
                .hint("run `capfuse exporter` without --json"),
        );
    }
    // With --fleet, the cards are optional: the default `--device sim` is
    // not started unless --device is on the command line.
    let explicit_device = std::env::args_os().any(|a| {
        let a = a.to_string_lossy();
        a == "--device" || a.starts_with("--device=")
    });
    let devices: &[crate::device::Device] = if args.fleet.fleet.is_some() && !explicit_device {
        &[]
    } else {
        &ctx.device.devices
    };
    if let Some(d) = devices
        .iter()
        .enumerate()
        .find_map(|(i, d)| devices[..i].contains(d).then_some(d))
    {
        return Err(
            CliError::usage(format!("--device {d} is given twice")).hint("give each card once")
        );
    }
    let fleet = fleet::start(&args.fleet)?;
    let listener = bind(&args.listen)?;
    let local = listener.local_addr()?;
    let server = Server::from_listener(listener, None)
        .map_err(|e| CliError::new(exit::FAILURE, format!("cannot serve HTTP on {local}: {e}")))?;
    let pollers = devices
        .iter()
        .map(|d| CardPoller::start(d.clone()))
        .collect::<std::io::Result<Vec<_>>>()?;
    let timeout = Duration::from_millis(args.card_timeout_ms);
    let mut names: Vec<String> = pollers.iter().map(|p| p.device.to_string()).collect();
    if let Some(f) = &args.fleet.fleet {
        names.push(format!("the fleet {}", f.display()));
    }
    println!(
        "capfuse exporter: serving http://{local}/metrics for {}",
        names.join(", ")
    );
    let metrics_type = header("Content-Type", CONTENT_TYPE)?;
    let text_type = header("Content-Type", "text/plain; charset=utf-8")?;
    let allow = header("Allow", "GET, HEAD")?;
    let mut last = vec![None; pollers.len()];
    let (_, failures) = scrape(&pollers, timeout, fleet.as_ref());
    log_changes(&mut last, &pollers, &failures);
    use std::io::Write;
    let _ = std::io::stdout().flush();
    for request in server.incoming_requests() {
        let path = request.url().split('?').next().unwrap_or("").to_string();
        let method = request.method().clone();
        let response = match (&method, path.as_str()) {
            (Method::Get | Method::Head, "/metrics") => {
                let (text, failures) = scrape(&pollers, timeout, fleet.as_ref());
                log_changes(&mut last, &pollers, &failures);
                Response::from_string(text).with_header(metrics_type.clone())
            }
            (Method::Get | Method::Head, "/") => Response::from_string(
                "capfuse exporter: the metrics are at /metrics (docs/cli.md lists them)\n",
            )
            .with_header(text_type.clone()),
            (Method::Get | Method::Head, _) => {
                Response::from_string("not found: the metrics are at /metrics\n")
                    .with_status_code(404)
            }
            _ => Response::from_string("only GET and HEAD are served\n")
                .with_status_code(405)
                .with_header(allow.clone()),
        };
        // A client that went away is its own problem, not the exporter's.
        let _ = request.respond(response);
    }
    Ok(())
}
