//! A real Prometheus server on loopback for the exporter tests (Debian's
//! `prometheus`, installed by scripts/install-tools.sh), and the plain
//! HTTP GET they scrape with.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A child process killed (and reaped) on drop, whatever the test did.
pub struct Killed(pub Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A plain HTTP/1.0 GET: (status code, body, time taken).
pub fn get(addr: &str, path: &str) -> (u16, String, Duration) {
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

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Percent-encodes a query parameter.
pub fn encode(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'-' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A Prometheus server on loopback with a 1 s scrape interval, its own
/// tsdb directory and the capfuse alert rules; killed on drop.
pub struct Prometheus {
    child: Killed,
    addr: String,
    dir: PathBuf,
}

impl Prometheus {
    pub fn start(target: &str) -> Prometheus {
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
    pub fn query(&self, q: &str) -> Vec<Value> {
        let (code, body, _) = get(&self.addr, &format!("/api/v1/query?query={}", encode(q)));
        assert_eq!(code, 200, "{q}: {body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["status"], "success", "{q}: {body}");
        v["data"]["result"].as_array().cloned().unwrap_or_default()
    }

    /// The value of the single series a query returns.
    pub fn value(&self, q: &str) -> String {
        let r = self.query(q);
        assert_eq!(r.len(), 1, "{q}: {r:?}");
        r[0]["value"][1].as_str().unwrap().to_string()
    }

    /// An exact integer below 2^53 that Prometheus stored.
    pub fn int(&self, q: &str) -> u128 {
        let v = self.value(q);
        v.parse()
            .unwrap_or_else(|_| panic!("{q}: {v} is not an integer"))
    }

    /// A 96-bit value from its exact 48-bit parts, recombined.
    pub fn wide(&self, name: &str) -> u128 {
        self.int(&format!("{name}_hi48")) << 48 | self.int(&format!("{name}_lo48"))
    }

    pub fn wait_for(&self, what: &str, mut ok: impl FnMut() -> bool) {
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
