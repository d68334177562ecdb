//! No command line makes `capfuse` panic or hang. A fixed list of vectors
//! that once did (huge timeouts, a FIFO or device node given as a key, key
//! set, grant, report or ledger), then a few hundred argument vectors
//! generated from a fixed seed for every subcommand: huge, negative, empty,
//! non-UTF-8 and unicode values, missing values and files, FIFOs, device
//! nodes and directories. Each run must end within its own deadline (else it
//! is killed and the test fails) with a documented exit code (0 to 5), never
//! 101, and never print "panicked".
//!
//! Everything runs in one private directory (the working directory and
//! `CAPFUSE_RUNTIME_DIR`) with one simulated card, started first and
//! stopped at the end. Left out, or only generated with an invalid value so
//! they stop at parsing: `demo` (its valid runs take about 20 s on a private
//! card of their own), `bench` and `ledger bench` (minutes), `sim serve` (it
//! is the card's daemon and runs until stopped) and `sim stop` (it would
//! stop the test's card; the next command would start another, possibly on
//! an engine that compiles for minutes). `irq-wait` and `watch` get only
//! short valid timeouts, intervals and counts.

mod common;

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// Every subcommand of `capfuse`.
const SUBCOMMANDS: [&str; 18] = [
    "list",
    "status",
    "limit",
    "kill",
    "irq-wait",
    "watch",
    "metrics",
    "exporter",
    "demo",
    "sim",
    "bench",
    "keygen",
    "grant",
    "ledger",
    "log",
    "attest",
    "completions",
    "man",
];

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");
/// Generated vectors (besides the fixed ones).
const VECTORS: usize = 500;
const SEED: u64 = 0x0c11_f022;
/// A valid Ed25519 public key (of the seed `[1; 32]`).
const VALID_KEY: &str = "8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c";
/// Longest one invocation may take: the slowest valid vector is an
/// `attest` (under a second) or a `watch --count 2` (1 s).
const DEADLINE: Duration = Duration::from_secs(15);

struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = std::env::temp_dir().join(format!("capfuse-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("a-directory")).unwrap();
        Fixture { dir }
    }

    /// Runs `capfuse args` in the directory; kills it at the deadline.
    fn run(&self, args: &[OsString]) -> Run {
        let mut child = Command::new(BIN)
            .args(args)
            .current_dir(&self.dir)
            .env("CAPFUSE_RUNTIME_DIR", &self.dir)
            .env("RUST_BACKTRACE", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run capfuse");
        let drain = |mut r: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut v = Vec::new();
                let _ = r.read_to_end(&mut v);
                String::from_utf8_lossy(&v).into_owned()
            })
        };
        let out = drain(Box::new(child.stdout.take().unwrap()));
        let err = drain(Box::new(child.stderr.take().unwrap()));
        let t0 = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break Some(s);
            }
            if t0.elapsed() > DEADLINE {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        Run {
            args: args
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect(),
            code: status.and_then(|s| s.code()),
            hung: status.is_none(),
            stdout: out.join().unwrap(),
            stderr: err.join().unwrap(),
            secs: t0.elapsed().as_secs_f64(),
        }
    }

    fn ok(&self, args: &[&str]) {
        let r = self.run(&os(args));
        assert_eq!(r.code, Some(0), "setup {r:?}");
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = self.run(&os(&["sim", "stop"]));
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[derive(Debug)]
struct Run {
    args: Vec<String>,
    code: Option<i32>,
    hung: bool,
    stdout: String,
    stderr: String,
    secs: f64,
}

impl Run {
    /// What is wrong with the outcome, if anything.
    fn problem(&self) -> Option<String> {
        if self.hung {
            return Some(format!("hung (killed after {DEADLINE:?})"));
        }
        if self.stderr.contains("panicked") {
            return Some("panicked".into());
        }
        match self.code {
            Some(0..=5) => None,
            Some(c) => Some(format!("undocumented exit code {c}")),
            None => Some("killed by a signal".into()),
        }
    }
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// Bytes that are not UTF-8.
fn non_utf8() -> OsString {
    OsString::from_vec(vec![0xff, 0xfe, b'1', 0x80])
}

/// Values for options, by kind. Each pool mixes valid and invalid values.
struct Pools {
    numbers: Vec<OsString>,
    /// Numbers most options take, so vectors get past parsing.
    plain_numbers: Vec<OsString>,
    invalid_seconds: Vec<OsString>,
    short_seconds: Vec<OsString>,
    /// Counts and intervals no command may accept.
    invalid_counts: Vec<OsString>,
    hex: Vec<OsString>,
    files: Vec<OsString>,
    words: Vec<OsString>,
}

impl Pools {
    fn new() -> Pools {
        let s = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        let mut numbers = s(&[
            "0",
            "1",
            "7",
            "8",
            "256",
            "257",
            "1000",
            "-1",
            "-0",
            "",
            " ",
            "1_000",
            "20M",
            "4Ki",
            "0x3e8",
            "0x",
            "1.5",
            "1e30",
            "NaN",
            "inf",
            "-inf",
            "4294967295",
            "4294967296",
            "9223372036854775807",
            "18446744073709551615",
            "18446744073709551616",
            "79228162514264337593543950335",
            "340282366920938463463374607431768211456",
            "0xffffffffffffffffffffffffffffffffff",
            "٣",
            "１２",
            "+5",
        ]);
        numbers.push(non_utf8());
        let plain_numbers = s(&[
            "0",
            "1",
            "2",
            "7",
            "100",
            "255",
            "256",
            "1000",
            "1_000_000",
            "20M",
            "4Ki",
            "0x3e8",
            "0b1010",
            "1T",
        ]);
        let mut invalid_seconds = s(&[
            "-1",
            "-0.5",
            "1e30",
            "1e309",
            "9223372036854775807",
            "18446744073709551616",
            "NaN",
            "inf",
            "-inf",
            "",
            "abc",
            "2 s",
            "٣",
            "1000001",
        ]);
        invalid_seconds.push(non_utf8());
        let short_seconds = s(&["0", "0.0", "-0", "0.05", "1e-3"]);
        let mut invalid_counts = s(&[
            "0",
            "-1",
            "",
            "1.5",
            "1e30",
            "18446744073709551616",
            "99999999999999999999999",
            "abc",
            "٣",
        ]);
        invalid_counts.push(non_utf8());
        let mut hex = s(&[
            &"ab".repeat(32),
            &"ff".repeat(32),
            &"00".repeat(32),
            "0x",
            &"a".repeat(63),
            &"a".repeat(65),
            &"zz".repeat(32),
            &"é".repeat(32),
            "",
            "8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c",
        ]);
        hex.push(non_utf8());
        let mut files = s(&[
            "fifo",
            "/dev/null",
            "/dev/zero",
            "a-directory",
            "missing",
            "empty",
            "garbage",
            "a.secret",
            "a.pub",
            "authority.keys",
            "g.grant",
            "r.report",
            "l.ledger",
            "ключ.pub",
            "",
            "/",
            "/proc/self/mem",
        ]);
        files.push(non_utf8());
        let mut words = s(&[
            "sim",
            "vfio:0000:00:00.0",
            "vfio:zz",
            "",
            "--",
            "-",
            "--help",
            "ünïcödé",
            "\u{202e}rtl",
            "model",
            "verilog",
        ]);
        words.push(non_utf8());
        Pools {
            numbers,
            plain_numbers,
            invalid_seconds,
            short_seconds,
            invalid_counts,
            hex,
            files,
            words,
        }
    }
}

/// Builds one argument vector for a randomly chosen subcommand.
struct Gen<'a> {
    rng: rand_chacha::ChaCha8Rng,
    p: &'a Pools,
    /// The subcommand of the last vector.
    command: &'static str,
}

impl Gen<'_> {
    fn pick(&mut self, pool: &[OsString]) -> OsString {
        pool.choose(&mut self.rng).unwrap().clone()
    }
    fn coin(&mut self, p: f64) -> bool {
        self.rng.gen_bool(p)
    }
    /// A value of the kind asked for, sometimes one of another kind.
    fn value(&mut self, pool: &[OsString]) -> OsString {
        if self.coin(0.15) {
            let all: Vec<OsString> = [&self.p.numbers, &self.p.hex, &self.p.files, &self.p.words]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            self.pick(&all)
        } else {
            self.pick(pool)
        }
    }
    /// A number: half the time one that parses.
    fn number(&mut self) -> OsString {
        if self.coin(0.5) {
            self.pick(&self.p.plain_numbers)
        } else {
            self.value(&self.p.numbers)
        }
    }
    /// `--name VALUE`, with probability `p` (and sometimes the value left
    /// out, so the next word or nothing takes its place).
    fn opt(&mut self, v: &mut Vec<OsString>, p: f64, name: &str, pool: &[OsString]) {
        if self.coin(p) {
            if self.coin(0.05) {
                v.push(name.into());
                return;
            }
            let x = if std::ptr::eq(pool, self.p.numbers.as_slice()) {
                self.number()
            } else {
                self.value(pool)
            };
            self.put(v, name, x);
        }
    }
    /// `--name VALUE`, or now and then `--name=VALUE`, so values starting
    /// with `-` reach the parser as values.
    fn put(&mut self, v: &mut Vec<OsString>, name: &str, x: OsString) {
        if self.coin(0.3) {
            let mut joined = OsString::from(format!("{name}="));
            joined.push(x);
            v.push(joined);
        } else {
            v.extend([name.into(), x]);
        }
    }
    fn flag(&mut self, v: &mut Vec<OsString>, p: f64, name: &str) {
        if self.coin(p) {
            v.push(name.into());
        }
    }

    fn vector(&mut self) -> Vec<OsString> {
        let p = self.p;
        let (n, h, f, w) = (&p.numbers, &p.hex, &p.files, &p.words);
        let limit_names: Vec<OsString> = [
            "baseline-ratio",
            "trip-ratio",
            "window-len",
            "window-budget",
            "cum-budget",
            "report-threshold",
            "ratio",
            "",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        let mut v: Vec<OsString> = Vec::new();
        self.flag(&mut v, 0.2, "--json");
        self.opt(&mut v, 0.1, "--device", w);
        let c = if self.coin(1.0 / (SUBCOMMANDS.len() + 1) as f64) {
            "nonsense"
        } else {
            *SUBCOMMANDS.choose(&mut self.rng).unwrap()
        };
        self.command = c;
        v.push(c.into());
        match c {
            "limit" => {
                if !self.coin(0.05) {
                    let x = self.value(&limit_names);
                    v.push(x);
                }
                if !self.coin(0.05) {
                    let x = self.number();
                    v.push(x);
                }
            }
            "irq-wait" => {
                // Never without a timeout; valid ones are short.
                let x = if self.coin(0.5) {
                    self.pick(&p.short_seconds)
                } else {
                    self.pick(&p.invalid_seconds)
                };
                self.put(&mut v, "--timeout", x);
            }
            "watch" => {
                // Never without a count; valid ones are small and fast.
                let small: Vec<OsString> = ["1", "2"].iter().map(OsString::from).collect();
                let fast: Vec<OsString> = ["50", "100"].iter().map(OsString::from).collect();
                let x = if self.coin(0.5) {
                    self.pick(&small)
                } else {
                    self.pick(&p.invalid_counts)
                };
                self.put(&mut v, "--count", x);
                if self.coin(0.6) {
                    let x = if self.coin(0.5) {
                        self.pick(&fast)
                    } else {
                        self.pick(&p.invalid_counts)
                    };
                    self.put(&mut v, "--interval", x);
                }
            }
            "exporter" => {
                // Only command lines it refuses (a valid one serves until
                // killed): a listen address it cannot bind, --json, or a
                // card given twice.
                let bad_listen: Vec<OsString> = [
                    "",
                    "localhost",
                    "127.0.0.1",
                    "127.0.0.1:99999",
                    "[::1",
                    "300.0.0.1:9465",
                    "127.0.0.1:-1",
                ]
                .iter()
                .map(OsString::from)
                .collect();
                match self.rng.gen_range(0..3) {
                    0 => {
                        let x = self.pick(&bad_listen);
                        self.put(&mut v, "--listen", x);
                    }
                    1 => v.insert(0, "--json".into()),
                    _ => v.extend(["--device", "sim", "--device", "sim"].map(OsString::from)),
                }
                if self.coin(0.5) {
                    let x = self.pick(&p.invalid_counts);
                    self.put(&mut v, "--card-timeout-ms", x);
                }
            }
            "demo" => {
                // Only values that stop it at parsing.
                let x = if self.coin(0.2) {
                    "61".into()
                } else {
                    self.pick(&p.invalid_seconds)
                };
                self.put(&mut v, "--pause", x);
            }
            "bench" => {
                // One of its counts is always out of range.
                let bad: Vec<OsString> = ["0", "-1", "", "99999999999", "x"]
                    .iter()
                    .map(OsString::from)
                    .collect();
                let which = *["--ops", "--runs", "--crypto-runs"]
                    .choose(&mut self.rng)
                    .unwrap();
                let x = self.pick(&bad);
                self.put(&mut v, which, x);
                self.flag(&mut v, 0.5, "--no-verilator");
            }
            "sim" => match *["start", "status", "serve", "bogus"]
                .choose(&mut self.rng)
                .unwrap()
            {
                "start" => {
                    v.push("start".into());
                    self.opt(&mut v, 0.4, "--scenario", f);
                    let engines: Vec<OsString> = ["model", "", "verilog", "ünï"]
                        .iter()
                        .map(OsString::from)
                        .collect();
                    self.opt(&mut v, 0.3, "--engine", &engines);
                    self.opt(&mut v, 0.4, "--cycles-per-ms", n);
                    self.opt(&mut v, 0.4, "--authority-keys", f);
                }
                "serve" => {
                    // Only with a value that stops it at parsing.
                    v.extend(["serve".into(), "--dir".into(), "serve-dir".into()]);
                    let bad: Vec<OsString> =
                        ["0", "-1", "", "1e30", "18446744073709551616", "1000001"]
                            .iter()
                            .map(OsString::from)
                            .collect();
                    let x = self.pick(&bad);
                    self.put(&mut v, "--cycles-per-ms", x);
                }
                other => v.push(other.into()),
            },
            "completions" => {
                let shells: Vec<OsString> = ["bash", "zsh", "fish", "elvish", "powershell", "ksh"]
                    .iter()
                    .map(OsString::from)
                    .collect();
                if !self.coin(0.1) {
                    let x = if self.coin(0.7) {
                        self.pick(&shells)
                    } else {
                        self.value(w)
                    };
                    v.push(x);
                }
            }
            "man" => {
                // Only places it cannot write pages into: the fixture's
                // files stay as the other vectors expect them.
                let outs: Vec<OsString> = ["/dev/null", "/dev/zero", "fifo", "empty", ""]
                    .iter()
                    .map(OsString::from)
                    .collect();
                if self.coin(0.5) {
                    let x = self.pick(&outs);
                    self.put(&mut v, "--out", x);
                }
            }
            "keygen" => {
                if self.coin(0.5) {
                    self.opt(&mut v, 0.9, "--out", f);
                } else {
                    self.opt(&mut v, 0.9, "--secret", f);
                    self.opt(&mut v, 0.9, "--public", f);
                }
            }
            "grant" => self.grant(&mut v),
            "ledger" => self.ledger(&mut v),
            "log" => self.log(&mut v),
            "attest" => {
                self.opt(&mut v, 0.3, "--nonce", h);
                self.flag(&mut v, 0.2, "--last");
                self.opt(&mut v, 0.4, "--ledger", f);
                self.flag(&mut v, 0.2, "--no-ledger");
                self.opt(&mut v, 0.2, "--device-key", h);
                self.opt(&mut v, 0.3, "--device-key-file", f);
                self.opt(&mut v, 0.3, "--out", f);
                // Valid waits are short (an attest takes under a second).
                let waits: Vec<OsString> = ["1", "50", "2000", "0", "3600001", "-5", ""]
                    .iter()
                    .map(OsString::from)
                    .collect();
                let x = self.pick(&waits);
                self.put(&mut v, "--timeout-ms", x);
            }
            _ => {}
        }
        // Now and then a stray word.
        if self.coin(0.05) {
            let x = self.value(w);
            v.push(x);
        }
        v
    }

    fn grant(&mut self, v: &mut Vec<OsString>) {
        let p = self.p;
        let (n, h, f) = (&p.numbers, &p.hex, &p.files);
        let sub = *["new", "sign", "keyset", "inspect", "apply"]
            .choose(&mut self.rng)
            .unwrap();
        v.push(sub.into());
        match sub {
            "new" => {
                self.opt(v, 0.9, "--device-key", h);
                for o in [
                    "--seq",
                    "--boot-epoch",
                    "--expiry-epoch",
                    "--cum-budget",
                    "--window-budget",
                    "--window-len",
                    "--baseline-ratio",
                    "--trip-ratio",
                    "--report-threshold",
                ] {
                    self.opt(v, 0.9, o, n);
                }
                self.flag(v, 0.3, "--clear-trip");
                self.opt(v, 0.2, "--revoke-slot", n);
                self.flag(v, 0.1, "--decommission");
                self.opt(v, 0.9, "--out", f);
            }
            "sign" => {
                let x = self.value(f);
                v.push(x);
                self.opt(v, 0.9, "--key", f);
                self.opt(v, 0.9, "--slot", n);
                self.opt(v, 0.5, "--authority-keys", f);
            }
            "keyset" => {
                self.opt(v, 0.9, "--threshold", n);
                for _ in 0..self.rng.gen_range(0..4) {
                    let x = if self.coin(0.5) {
                        self.value(h)
                    } else {
                        self.value(f)
                    };
                    v.push(x);
                }
                self.opt(v, 0.9, "--out", f);
            }
            "inspect" => {
                let x = self.value(f);
                v.push(x);
                self.opt(v, 0.5, "--authority-keys", f);
            }
            _ => {
                let x = self.value(f);
                v.push(x);
                let waits: Vec<OsString> = ["1", "100", "0", "3600001", "-1", "1e3"]
                    .iter()
                    .map(OsString::from)
                    .collect();
                let x = self.pick(&waits);
                self.put(v, "--timeout-ms", x);
            }
        }
    }

    fn ledger(&mut self, v: &mut Vec<OsString>) {
        let p = self.p;
        let (h, f) = (&p.hex, &p.files);
        let sub = *["verify", "show", "append", "repair", "bench"]
            .choose(&mut self.rng)
            .unwrap();
        v.push(sub.into());
        match sub {
            "bench" => {
                let bad: Vec<OsString> = ["-1", "", "1e9", "99999999999999999999", "x"]
                    .iter()
                    .map(OsString::from)
                    .collect();
                let which = *["--records", "--synced", "--runs"]
                    .choose(&mut self.rng)
                    .unwrap();
                let x = self.pick(&bad);
                self.put(v, which, x);
            }
            _ => {
                let x = self.value(f);
                v.push(x);
                if sub == "append" {
                    let x = self.value(f);
                    v.push(x);
                }
                if sub != "repair" {
                    self.opt(v, 0.3, "--device-key", h);
                    self.opt(v, 0.3, "--device-key-file", f);
                }
            }
        }
    }
}

impl Gen<'_> {
    /// `log`: directories it writes are relative names inside the fixture
    /// (never `/`); the URLs are local directories or a refused loopback
    /// port, so every vector ends quickly.
    fn log(&mut self, v: &mut Vec<OsString>) {
        let p = self.p;
        let (h, f, w) = (&p.hex, &p.files, &p.words);
        let dirs: Vec<OsString> = ["out", "a-directory", "fifo", "missing/deeper", ""]
            .iter()
            .map(OsString::from)
            .collect();
        let mut urls = dirs.clone();
        urls.extend(f.iter().cloned());
        urls.push("http://127.0.0.1:1".into());
        urls.push("http://".into());
        let sub = *[
            "publish",
            "audit",
            "prove",
            "check-proof",
            "witness",
            "fleet",
        ]
        .choose(&mut self.rng)
        .unwrap();
        v.push(sub.into());
        match sub {
            "publish" => {
                let x = self.value(f);
                v.push(x);
                // Not `opt`: its values sometimes come from other pools (`/`).
                if self.coin(0.9) {
                    let x = self.pick(&dirs);
                    self.put(v, "--dir", x);
                }
                self.opt(v, 0.9, "--log-key", f);
                let names: Vec<OsString> = ["example.com/log", "a b", "", "x+y"]
                    .iter()
                    .map(OsString::from)
                    .collect();
                self.opt(v, 0.9, "--origin", &names);
            }
            "witness" => {
                let x = self.pick(&urls);
                v.push(x);
                self.opt(v, 0.9, "--log-key", f);
                self.opt(v, 0.9, "--witness-key", f);
                self.opt(v, 0.9, "--name", w);
                for o in ["--state", "--out"] {
                    if self.coin(0.9) {
                        let x = self.pick(&dirs);
                        self.put(v, o, x);
                    }
                }
            }
            "fleet" => {
                let x = self.value(f);
                v.push(x);
                if self.coin(0.9) {
                    let x = self.pick(&dirs);
                    self.put(v, "--state", x);
                }
                self.opt(v, 0.5, "--log-key", f);
                self.opt(v, 0.3, "--authority-digest", h);
                self.opt(v, 0.2, "--witness", w);
                self.opt(v, 0.2, "--min-witnesses", &p.plain_numbers);
                self.opt(v, 0.3, "--jobs", &p.plain_numbers);
                self.opt(v, 0.3, "--timeout", &p.plain_numbers);
                self.opt(v, 0.2, "--lock-timeout", &p.plain_numbers);
                self.flag(v, 0.2, "--full");
            }
            "audit" | "prove" => {
                let x = self.pick(&urls);
                v.push(x);
                self.opt(v, 0.9, "--log-key", f);
                self.opt(v, 0.5, "--timeout", &p.plain_numbers);
                if sub == "audit" {
                    self.opt(v, 0.9, "--device-key", h);
                    self.opt(v, 0.3, "--authority-digest", h);
                    self.opt(v, 0.3, "--witness", w);
                    self.opt(v, 0.3, "--min-witnesses", &p.plain_numbers);
                    if self.coin(0.5) {
                        let x = self.pick(&dirs);
                        self.put(v, "--state", x);
                    }
                    self.flag(v, 0.2, "--full");
                } else {
                    self.opt(v, 0.9, "--index", &p.plain_numbers);
                    self.opt(v, 0.3, "--out", f);
                }
            }
            _ => {
                let x = self.value(f);
                v.push(x);
                self.opt(v, 0.9, "--log-key", f);
                self.opt(v, 0.9, "--device-key", h);
            }
        }
    }
}

/// Vectors that hung or panicked before the fix: every file-reading option
/// given a FIFO and a device node, and the timeouts that overflowed.
fn fixed_vectors() -> Vec<Vec<OsString>> {
    let mut out: Vec<Vec<&str>> = vec![
        vec!["irq-wait", "--timeout", "1e30"],
        vec!["irq-wait", "--timeout", "9223372036854775807"],
        vec!["irq-wait", "--timeout", "NaN"],
        vec!["irq-wait", "--timeout=-1"],
        vec!["demo", "--pause", "1e30"],
        vec!["demo", "--pause=-1"],
        vec!["attest", "--timeout-ms", "18446744073709551615"],
        vec![
            "grant",
            "apply",
            "g.grant",
            "--timeout-ms",
            "18446744073709551615",
        ],
        vec!["watch", "--count", "0"],
        vec![
            "watch",
            "--count",
            "1",
            "--interval",
            "18446744073709551615",
        ],
        vec!["sim", "start", "--cycles-per-ms", "18446744073709551615"],
        vec![
            "grant",
            "keyset",
            "--threshold",
            "0",
            "a.pub",
            "--out",
            "k0",
        ],
        vec![
            "grant",
            "keyset",
            "--threshold",
            "300",
            "a.pub",
            "--out",
            "k0",
        ],
        vec!["limit", "baseline-ratio", "18446744073709551616"],
        vec!["limit", "cum-budget", "1T"],
        vec!["limit", "cum-budget", "2T"],
        vec!["--device", "vfio:0000:00:00.0", "status"],
        vec![
            "--device",
            "vfio:0000:00:00.0",
            "irq-wait",
            "--timeout",
            "0.1",
        ],
    ];
    for special in ["fifo", "/dev/zero", "/dev/null", "a-directory"] {
        out.extend([
            vec!["grant", "sign", "g.grant", "--key", special, "--slot", "0"],
            vec!["grant", "sign", special, "--key", "a.secret", "--slot", "0"],
            vec![
                "grant",
                "sign",
                "g.grant",
                "--key",
                "a.secret",
                "--slot",
                "0",
                "--authority-keys",
                special,
            ],
            vec!["grant", "inspect", special],
            vec!["grant", "inspect", "g.grant", "--authority-keys", special],
            vec![
                "grant",
                "keyset",
                "--threshold",
                "1",
                special,
                "--out",
                "k1",
            ],
            vec!["grant", "apply", special, "--timeout-ms", "100"],
            vec![
                "grant",
                "new",
                "--device-key",
                VALID_KEY,
                "--seq",
                "1",
                "--boot-epoch",
                "1",
                "--expiry-epoch",
                "1",
                "--cum-budget",
                "1",
                "--window-budget",
                "1",
                "--window-len",
                "1",
                "--baseline-ratio",
                "1",
                "--trip-ratio",
                "1",
                "--report-threshold",
                "1",
                "--out",
                special,
            ],
            vec!["keygen", "--out", special],
            vec!["ledger", "verify", special],
            vec!["ledger", "show", special],
            vec!["ledger", "repair", special],
            vec!["ledger", "append", special, "r.report"],
            vec![
                "ledger",
                "append",
                "l2.ledger",
                special,
                "--device-key",
                VALID_KEY,
            ],
            vec!["ledger", "verify", "l.ledger", "--device-key-file", special],
            vec![
                "attest",
                "--device-key-file",
                special,
                "--timeout-ms",
                "2000",
            ],
            vec!["attest", "--ledger", special, "--timeout-ms", "2000"],
            vec![
                "attest",
                "--out",
                special,
                "--no-ledger",
                "--device-key",
                VALID_KEY,
            ],
            vec!["sim", "start", "--scenario", special],
            vec!["sim", "start", "--authority-keys", special],
        ]);
    }
    out.into_iter().map(|v| os(&v)).collect()
}

#[test]
fn no_command_line_panics_or_hangs() {
    let fx = Fixture::new();
    let d = &fx.dir;
    // One card for the whole test, and the files the vectors point at.
    fx.ok(&["sim", "start"]);
    fx.ok(&["keygen", "--out", "a"]);
    fx.ok(&[
        "grant",
        "keyset",
        "--threshold",
        "1",
        "a.pub",
        "--out",
        "authority.keys",
    ]);
    fx.ok(&common::grant_new_args(VALID_KEY, "g.grant"));
    fx.ok(&["attest", "--out", "r.report", "--ledger", "l.ledger"]);
    mkfifo(&d.join("fifo"));
    std::fs::write(d.join("empty"), b"").unwrap();
    std::fs::write(d.join("garbage"), [0x00, 0xff, 0x13, 0x37].repeat(100)).unwrap();
    std::fs::write(d.join("ключ.pub"), "capfuse authority public key\nключ\n").unwrap();
    let weird = OsStr::from_bytes(&[0xff, 0xfe, b'1', 0x80]);
    std::fs::write(d.join(weird), b"x").unwrap();

    let pools = Pools::new();
    let mut gen = Gen {
        rng: rand_chacha::ChaCha8Rng::seed_from_u64(SEED),
        p: &pools,
        command: "",
    };
    let mut vectors = fixed_vectors();
    let fixed = vectors.len();
    let mut commands = Vec::new();
    for _ in 0..VECTORS {
        let v = gen.vector();
        commands.push(gen.command);
        vectors.push(v);
    }

    let t0 = Instant::now();
    let mut failures = Vec::new();
    let mut codes = [0usize; 6];
    let mut slowest = (0.0, Vec::new());
    let mut per_command = std::collections::BTreeMap::<&str, usize>::new();
    for c in &commands {
        *per_command.entry(c).or_default() += 1;
    }
    for args in &vectors {
        let r = fx.run(args);
        if std::env::var_os("CLI_FUZZ_TRACE").is_some() {
            eprintln!(
                "{:?} {:?} {}",
                r.code,
                r.args,
                r.stderr.lines().next().unwrap_or("")
            );
        }
        if let Some(why) = r.problem() {
            failures.push(format!(
                "{why}: capfuse {:?}\n  stderr: {}",
                r.args,
                r.stderr.trim()
            ));
        } else {
            codes[r.code.unwrap() as usize] += 1;
        }
        if r.secs > slowest.0 {
            slowest = (r.secs, r.args.clone());
        }
        let _ = &r.stdout;
    }
    let secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "{} vectors ({fixed} fixed, {VECTORS} generated, seed {SEED:#x}) in {secs:.1} s; \
         exit codes 0..=5: {codes:?}; slowest {:.2} s: {:?}",
        vectors.len(),
        slowest.0,
        slowest.1
    );
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    );
    // Every subcommand is exercised.
    for c in SUBCOMMANDS {
        assert!(
            per_command.get(c).copied().unwrap_or(0) >= 10,
            "{c}: {per_command:?}"
        );
    }
    // The generator reaches past parsing: successes, usage errors and
    // refusals or failures all occur.
    // (Exit 3 and 4 come from fixed vectors: a loosening, a PCI address
    // that is not a capfuse card.)
    assert!(
        codes[0] > 50 && codes[1] > 20 && codes[2] > 50 && codes[3] >= 1 && codes[4] >= 2,
        "{codes:?}"
    );
}
