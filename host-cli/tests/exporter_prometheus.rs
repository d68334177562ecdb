//! `capfuse exporter` against a real Prometheus server (Debian's
//! `prometheus`, installed by scripts/install-tools.sh): Prometheus scrapes
//! the exporter on a private simulated card every second, and what it
//! stored must equal what `capfuse --json status` says. Also: capfuse_up
//! goes to 0 while the exporter keeps serving when the card stops, and
//! back to 1 when it answers again; a stuck card does not hang a scrape;
//! a scrape writes nothing but the SNAPSHOT command; bad input is refused
//! with a hint.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::prometheus::{get, Killed, Prometheus};
use common::SimCard as Card;

/// Starts `capfuse exporter` on a free loopback port; returns it and its
/// address (from the line it prints on start).
fn start_exporter(card: &Card, extra: &[&str]) -> (Killed, String) {
    let mut args = vec!["exporter", "--listen", "127.0.0.1:0"];
    args.extend_from_slice(extra);
    let mut child = Killed(
        card.command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start capfuse exporter"),
    );
    let mut line = String::new();
    BufReader::new(child.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in the exporter's first line: {line:?}"))
        .to_string();
    (child, addr)
}

/// The value of the one sample of `series_prefix` (name and the start of
/// its labels) in an exposition text.
fn sample(text: &str, series_prefix: &str) -> f64 {
    text.lines()
        .find(|l| l.starts_with(series_prefix))
        .and_then(|l| l.rsplit_once(' '))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or_else(|| panic!("no {series_prefix} in:\n{text}"))
}

#[test]
fn prometheus_stores_what_status_says_and_sees_the_card_go_and_come_back() {
    let card = Card::new("prom");
    card.ok(&["sim", "start"]);
    // A budget above 2^53, which an f64 cannot hold exactly, then a kill:
    // the accelerator stops, so admitted work holds still.
    let budget: u128 = (1 << 60) + 12_345;
    card.ok(&["limit", "cum-budget", &budget.to_string()]);
    card.ok(&["limit", "window-budget", "777777"]);
    card.ok(&["kill"]);
    // Below Prometheus's 1 s scrape timeout, so a slow card shows as
    // capfuse_up 0 rather than a failed scrape.
    let (_exporter, addr) = start_exporter(&card, &["--card-timeout-ms", "500"]);
    let prom = Prometheus::start(&addr);
    prom.wait_for("three scrapes", || {
        prom.query("count_over_time(capfuse_up[1m]) >= 3").len() == 1
    });
    let s = card.json(&["status"]);
    assert_eq!(prom.value("up{job=\"capfuse\"}"), "1");
    assert_eq!(prom.value("capfuse_up{device=\"sim\"}"), "1");
    let cum_work: u128 = s["counters"]["cum_work"].as_str().unwrap().parse().unwrap();
    assert!(cum_work > 0, "{s}");
    assert_eq!(prom.wide("capfuse_admitted_work_units"), cum_work);
    assert_eq!(prom.wide("capfuse_cum_budget_work_units"), budget);
    assert_eq!(
        s["limits"]["cum_budget"].as_str().unwrap(),
        budget.to_string()
    );
    assert_eq!(
        prom.wide("capfuse_remaining_budget_work_units").to_string(),
        s["counters"]["remaining_budget"].as_str().unwrap()
    );
    // The plain f64 series is the rounded value, as documented.
    assert_ne!(
        prom.value("capfuse_cum_budget_work_units"),
        budget.to_string()
    );
    assert_eq!(
        prom.int("capfuse_window_budget_work_units"),
        u128::from(s["limits"]["window_budget"].as_u64().unwrap())
    );
    // The trip after the kill, with its cycle.
    let trip = &s["trips"][0];
    assert_eq!(trip["reason"], "kill_reg", "{s}");
    assert_eq!(prom.value("capfuse_tripped{reason=\"kill_reg\"}"), "1");
    assert_eq!(prom.value("capfuse_tripped{reason=\"cum_budget\"}"), "0");
    assert_eq!(
        prom.int("capfuse_trip_cycle{reason=\"kill_reg\"}"),
        u128::from(trip["cycle"].as_u64().unwrap())
    );
    assert_eq!(prom.value("capfuse_killed"), "1");
    assert_eq!(
        prom.int("capfuse_last_grant_sequence"),
        u128::from(s["last_grant_seq"].as_u64().unwrap())
    );
    // The rules are loaded: the kill raises CapfuseCardKilled at once.
    prom.wait_for("the CapfuseCardKilled alert", || {
        prom.query("ALERTS{alertname=\"CapfuseCardKilled\",alertstate=\"firing\"}")
            .len()
            == 1
    });

    // The card stops: capfuse_up 0, the exporter still scraped (up 1).
    card.ok(&["sim", "stop"]);
    prom.wait_for("capfuse_up 0", || {
        prom.query("capfuse_up{device=\"sim\"} == 0").len() == 1
    });
    assert_eq!(prom.value("up{job=\"capfuse\"}"), "1");
    // It answers again (a fresh card): capfuse_up 1.
    card.ok(&["sim", "start"]);
    prom.wait_for("capfuse_up back to 1", || {
        prom.query("capfuse_up{device=\"sim\"} == 1").len() == 1
    });
}

/// Sends `sig` to `pid` with kill(1).
fn signal(sig: &str, pid: u32) {
    let ok = Command::new("kill")
        .args([sig, &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "kill {sig} {pid}");
}

/// Resumes a stopped process on drop, whatever the test did.
struct Resume(u32);

impl Drop for Resume {
    fn drop(&mut self) {
        signal("-CONT", self.0);
    }
}

#[test]
fn a_stuck_card_gives_up_0_within_the_timeout_and_recovers() {
    let card = Card::new("stuck");
    card.ok(&["sim", "start"]);
    let (_exporter, addr) = start_exporter(&card, &["--card-timeout-ms", "300"]);
    let (code, body, _) = get(&addr, "/metrics");
    assert_eq!(code, 200);
    assert_eq!(sample(&body, "capfuse_up{device=\"sim\"}"), 1.0);
    let pid = card.pid().expect("the card runs");
    signal("-STOP", pid);
    let resume = Resume(pid);
    for _ in 0..3 {
        let (code, body, took) = get(&addr, "/metrics");
        assert_eq!(code, 200, "{body}");
        assert_eq!(sample(&body, "capfuse_up{device=\"sim\"}"), 0.0, "{body}");
        assert!(took < Duration::from_secs(2), "a scrape took {took:?}");
        assert!(!body.contains("capfuse_cycles_total"), "{body}");
    }
    drop(resume);
    let t = Instant::now();
    loop {
        let (_, body, _) = get(&addr, "/metrics");
        if sample(&body, "capfuse_up{device=\"sim\"}") == 1.0 {
            break;
        }
        assert!(t.elapsed() < Duration::from_secs(30), "no recovery: {body}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_scrape_writes_only_the_snapshot_command_and_changes_nothing() {
    let card = Card::new("reads");
    card.ok(&["sim", "start"]);
    card.ok(&["limit", "window-len", "5000"]);
    let before = card.json(&["status"]);
    let (_exporter, addr) = start_exporter(&card, &[]);
    const SCRAPES: u32 = 20;
    let mut body = String::new();
    for _ in 0..SCRAPES {
        body = get(&addr, "/metrics").1;
    }
    let after = card.json(&["status"]);
    let counter = |name: &str| sample(&body, name);
    // One reading at start, then one per scrape.
    let readings = counter("capfuse_exporter_card_readings_total{device=\"sim\"}");
    assert_eq!(readings, f64::from(SCRAPES + 1), "{body}");
    assert_eq!(
        counter("capfuse_exporter_bus_writes_total{device=\"sim\",register=\"other\"}"),
        0.0
    );
    assert_eq!(
        counter("capfuse_exporter_bus_writes_total{device=\"sim\",register=\"SNAPSHOT\"}"),
        readings
    );
    let reads = counter("capfuse_exporter_bus_reads_total{device=\"sim\"}");
    assert!(
        reads >= 20.0 * readings,
        "{reads} reads in {readings} readings"
    );
    // Nothing the card keeps changed: limits, refusals, error bits, trips.
    for key in ["limits", "refused_writes", "err_code", "trips", "killed"] {
        assert_eq!(before[key], after[key], "{key}");
    }
}

#[test]
fn several_cards_each_have_their_own_up_and_series() {
    let card = Card::new("several");
    card.ok(&["sim", "start"]);
    let (_exporter, addr) = start_exporter(
        &card,
        &[
            "--device",
            "sim",
            "--device",
            "vfio:0000:7f:1f.7",
            "--device",
            "serial:/dev/capfuse-no-such-port",
        ],
    );
    let (code, body, _) = get(&addr, "/metrics");
    assert_eq!(code, 200, "{body}");
    assert_eq!(sample(&body, "capfuse_up{device=\"sim\"}"), 1.0);
    assert_eq!(
        sample(&body, "capfuse_up{device=\"vfio:0000:7f:1f.7\"}"),
        0.0
    );
    let serial = "serial:/dev/capfuse-no-such-port@115200";
    assert_eq!(
        sample(&body, &format!("capfuse_up{{device=\"{serial}\"}}")),
        0.0
    );
    let cards: Vec<&str> = body
        .lines()
        .filter(|l| l.starts_with("capfuse_cycles_total{"))
        .collect();
    assert_eq!(cards.len(), 1, "{cards:?}");
    assert!(cards[0].starts_with("capfuse_cycles_total{device=\"sim\","));
    // The other paths.
    assert_eq!(get(&addr, "/").0, 200);
    assert_eq!(get(&addr, "/nope").0, 404);
}

#[test]
fn bad_input_is_refused_with_a_hint() {
    let card = Card::new("bad");
    let fails = |args: &[&str], code: i32, what: &str| {
        let o = card.run(args);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains(what), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        err
    };
    let e = fails(
        &["exporter", "--listen", "nonsense"],
        2,
        "not an address to listen on",
    );
    assert!(e.contains("hint: give HOST:PORT"), "{e}");
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().to_string();
    let e = fails(
        &["exporter", "--listen", &port],
        6,
        "the port is already in use",
    );
    assert!(e.contains("hint:"), "{e}");
    let e = fails(
        &["exporter", "--device", "vfio:nope"],
        2,
        "is not a PCI address",
    );
    assert!(e.contains("--device sim"), "{e}");
    fails(
        &[
            "exporter",
            "--listen",
            "127.0.0.1:0",
            "--device",
            "sim",
            "--device",
            "sim",
        ],
        2,
        "given twice",
    );
    let e = fails(
        &["status", "--device", "sim", "--device", "vfio:0000:03:00.0"],
        2,
        "this subcommand works on one card",
    );
    assert!(e.contains("only `capfuse exporter`"), "{e}");
}
