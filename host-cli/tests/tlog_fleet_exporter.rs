//! `capfuse exporter --fleet`: the background fleet audit's figures on
//! `/metrics` equal what `capfuse log fleet --json` prints for the same logs
//! (served by a real nginx), follow the logs as they grow, and are what a
//! real Prometheus server stores (the exact 96-bit parts included).

use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

mod common;
use common::fleet::{card, reports, Fleet};
use common::prometheus::{get, Killed, Prometheus};
use common::tlog::{s, Nginx, BIN};
use common::SimCard;

/// The counts `log fleet --json` gives per card and for the fleet, each
/// exported as `capfuse_fleet_card_<name>` and `capfuse_fleet_<name>`.
const FLEET_COUNTS: [&str; 5] = [
    "entries",
    "trips",
    "grants_applied",
    "reports_missing",
    "reports_out_of_order",
];

/// Starts `exporter` and returns it with the address it serves (from its
/// first line, which names the fleet).
fn start(mut exporter: Command) -> (Killed, String) {
    let mut child = Killed(
        exporter
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
    let addr = line.split("http://").nth(1).unwrap().split('/').next();
    (child, addr.unwrap().to_string())
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
        for k in FLEET_COUNTS {
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
    for k in FLEET_COUNTS {
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
    let f = Fleet::new("exporter");
    let nginx = Nginx::start(&f.d.0, &f.d.path("www"));
    let all = reports(0..400);
    f.publish(0, "a", &all[..200]);
    let mut dropped = all[..300].to_vec();
    dropped.remove(10);
    f.publish(1, "gap", &dropped);
    let file = f.file("fleet", &nginx, &[(0, "a"), (1, "gap")]);
    let mut exporter = Command::new(BIN);
    exporter
        .args(["exporter", "--listen", "127.0.0.1:0", "--fleet", s(&file)])
        .args(["--fleet-state", s(&f.d.path("exporter-state"))])
        .args(["--fleet-log-key", s(&f.public), "--fleet-interval", "1"]);
    let (_child, addr) = start(exporter);
    // Waits until the exporter's audit shows card a with `n` entries.
    let scrape_until = |n: u64| {
        let start = std::time::Instant::now();
        loop {
            let (code, text, _) = get(&addr, "/metrics");
            assert_eq!(code, 200, "{text}");
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

    // A real Prometheus scrapes the exporter and stores the same figures.
    let prom = Prometheus::start(&addr);
    let q = |name: &str, url: &str| format!("{name}{{url=\"{}\"}}", nginx.url(url));
    prom.wait_for("the first scrape of the fleet", || {
        !prom.query(&q("capfuse_fleet_card_entries", "a")).is_empty()
    });
    for c in v["cards"].as_array().unwrap() {
        let url = c["url"].as_str().unwrap().rsplit('/').next().unwrap();
        let exact = prom.int(&q("capfuse_fleet_card_admitted_work_units_hi48", url)) << 48
            | prom.int(&q("capfuse_fleet_card_admitted_work_units_lo48", url));
        assert_eq!(exact.to_string(), c["admitted_work"], "{url}");
        for k in ["entries", "trips", "grants_applied", "reports_missing"] {
            let got = prom.int(&q(&format!("capfuse_fleet_card_{k}"), url));
            assert_eq!(got, u128::from(c[k].as_u64().unwrap()), "{url} {k}");
        }
        let ok = prom.int(&q("capfuse_fleet_card_audit_ok", url));
        assert_eq!(ok == 1, c["ok"] == true, "{url}");
    }
    assert_eq!(
        prom.wide("capfuse_fleet_admitted_work_units").to_string(),
        v["admitted_work"]
    );
    assert_eq!(prom.int("capfuse_fleet_cards_failed"), 1);
}

/// With `--fleet`, a card named with `--device` is served too (and only a
/// card that is named: the test above has none).
#[test]
fn the_exporter_serves_a_named_card_beside_the_fleet() {
    let f = Fleet::new("exporter-card");
    let nginx = Nginx::start(&f.d.0, &f.d.path("www"));
    f.publish(0, "a", &reports(0..20));
    let file = f.file("fleet", &nginx, &[(0, "a")]);
    let sim = SimCard::new("fleet-exporter-card");
    // The exporter reads a card; it does not start one.
    sim.ok(&["sim", "start"]);
    let mut exporter = sim.command(&["--device", "sim", "exporter", "--listen", "127.0.0.1:0"]);
    exporter
        .args(["--fleet", s(&file), "--fleet-state", s(&f.d.path("st"))])
        .args(["--fleet-log-key", s(&f.public), "--fleet-interval", "1"]);
    let (_child, addr) = start(exporter);
    let start = std::time::Instant::now();
    loop {
        let (code, text, _) = get(&addr, "/metrics");
        assert_eq!(code, 200, "{text}");
        let card_up = text
            .lines()
            .any(|l| l.starts_with("capfuse_up{") && l.ends_with(" 1"));
        let fleet = text
            .lines()
            .any(|l| l.starts_with("capfuse_fleet_card_entries{") && l.ends_with(" 20"));
        if card_up && fleet {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "card up {card_up}, fleet audited {fleet}:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The exporter's fleet audit takes the pins and witnesses `log fleet`
/// takes: a log no trusted witness cosigned shows its card failed, and bad
/// values are refused at start naming the exporter's own option.
#[test]
fn the_exporter_requires_the_witnesses_it_is_given() {
    let f = Fleet::new("exporter-witness");
    let nginx = Nginx::start(&f.d.0, &f.d.path("www"));
    f.publish(0, "a", &reports(0..20));
    let file = f.file("fleet", &nginx, &[(0, "a")]);
    common::tlog::ok(&["keygen", "--out", s(&f.d.path("w1"))]);
    let trusted = format!("witness.example/w1={}", s(&f.d.path("w1.pub")));
    let exporter = |extra: &[&str]| {
        let mut c = Command::new(BIN);
        c.args(["exporter", "--listen", "127.0.0.1:0", "--fleet", s(&file)])
            .args(["--fleet-state", s(&f.d.path("st"))])
            .args(["--fleet-log-key", s(&f.public), "--fleet-interval", "1"])
            .args(extra);
        c
    };
    let (_child, addr) = start(exporter(&[
        "--fleet-witness",
        &trusted,
        "--fleet-min-witnesses",
        "1",
    ]));
    let start = std::time::Instant::now();
    let text = loop {
        let (_, text, _) = get(&addr, "/metrics");
        if text.contains("capfuse_fleet_card_audit_ok{") {
            break text;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no audit:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(metric(&text, "capfuse_fleet_card_audit_ok", "url="), 0.0);
    assert_eq!(metric(&text, "capfuse_fleet_cards_failed", ""), 1.0);

    for (args, needle) in [
        (
            vec!["--fleet-witness", &trusted, "--fleet-min-witnesses", "2"],
            "--fleet-min-witnesses 2 but only 1 --fleet-witness given",
        ),
        (vec!["--fleet-witness", "no-equals-sign"], "--fleet-witness"),
        (
            vec!["--fleet-authority-digest", "zz"],
            "--fleet-authority-digest",
        ),
    ] {
        let o = exporter(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}
