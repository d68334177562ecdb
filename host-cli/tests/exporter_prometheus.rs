//! `capfuse exporter` against a real Prometheus server (Debian's
//! `prometheus`, installed by scripts/install-tools.sh): Prometheus scrapes
//! the exporter on a private simulated card every second, and what it
//! stored must equal what `capfuse --json status` says. Also: capfuse_up
//! goes to 0 while the exporter keeps serving when the card stops, and
//! back to 1 when it answers again; a stuck card does not hang a scrape;
//! a scrape writes nothing but the SNAPSHOT command; bad input is refused
//! with a hint.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::SimCard as Card;

/// A child process killed (and reaped) on drop, whatever the test did.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

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

/// A plain HTTP/1.0 GET: (status code, body, time taken).
fn get(addr: &str, path: &str) -> (u16, String, Duration) {
    let t = Instant::now();
    let mut s = TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    let (head, body) = reply.split_once("\r\n\r\n").unwrap_or((&reply, ""));
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, body.to_string(), t.elapsed())
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

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Percent-encodes a query parameter.
fn encode(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'-' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A Prometheus server on loopback with a 1 s scrape interval, its own
/// tsdb directory and the capfuse alert rules; killed on drop.
struct Prometheus {
    child: Killed,
    addr: String,
    dir: PathBuf,
}

impl Prometheus {
    fn start(target: &str) -> Prometheus {
        let dir = std::env::temp_dir().join(format!("capfuse-prom-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("tsdb")).unwrap();
        let rules = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../contrib/prometheus/capfuse.rules.yml")
            .canonicalize()
            .unwrap();
        let config = format!(
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n\
             rule_files:\n  - {}\n\
             scrape_configs:\n  - job_name: capfuse\n    static_configs:\n      - targets: ['{target}']\n",
            rules.display()
        );
        std::fs::write(dir.join("prometheus.yml"), config).unwrap();
        let addr = format!("127.0.0.1:{}", free_port());
        let log = std::fs::File::create(dir.join("prometheus.log")).unwrap();
        let child = Command::new("prometheus")
            .arg(format!(
                "--config.file={}",
                dir.join("prometheus.yml").display()
            ))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.join("tsdb").display()
            ))
            .arg(format!("--web.listen-address={addr}"))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot run `prometheus` ({e}): run scripts/install-tools.sh (as root) to \
                     install Debian's prometheus package"
                )
            });
        let p = Prometheus {
            child: Killed(child),
            addr,
            dir,
        };
        p.wait_for("the server to be ready", || {
            TcpStream::connect(&p.addr).is_ok() && get(&p.addr, "/-/ready").0 == 200
        });
        p
    }

    /// Runs an instant query; returns its result vector.
    fn query(&self, q: &str) -> Vec<Value> {
        let (code, body, _) = get(&self.addr, &format!("/api/v1/query?query={}", encode(q)));
        assert_eq!(code, 200, "{q}: {body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["status"], "success", "{q}: {body}");
        v["data"]["result"].as_array().cloned().unwrap_or_default()
    }

    /// The value of the single series a query returns.
    fn value(&self, q: &str) -> String {
        let r = self.query(q);
        assert_eq!(r.len(), 1, "{q}: {r:?}");
        r[0]["value"][1].as_str().unwrap().to_string()
    }

    /// An exact integer below 2^53 that Prometheus stored.
    fn int(&self, q: &str) -> u128 {
        let v = self.value(q);
        v.parse()
            .unwrap_or_else(|_| panic!("{q}: {v} is not an integer"))
    }

    /// A 96-bit value from its exact 48-bit parts, recombined.
    fn wide(&self, name: &str) -> u128 {
        self.int(&format!("{name}_hi48")) << 48 | self.int(&format!("{name}_lo48"))
    }

    fn wait_for(&self, what: &str, mut ok: impl FnMut() -> bool) {
        let t = Instant::now();
        while !ok() {
            if t.elapsed() > Duration::from_secs(60) {
                let log =
                    std::fs::read_to_string(self.dir.join("prometheus.log")).unwrap_or_default();
                panic!("timed out waiting for {what}; prometheus log:\n{log}");
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        // Stop it before removing its directory (fields drop after this).
        let _ = self.child.0.kill();
        let _ = self.child.0.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
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
