//! The `capfuse` binary, unchanged, on boards over a serial line: the
//! emitted board tops (the iCE40-HX8K breakout's fuse, the ECP5 Versa's
//! whole card) run under Verilator behind a pseudo-terminal
//! (`capfuse_sim::board_pty`), and every command goes through
//! `--device serial:/dev/pts/N@BAUD`, the UART bridge's frames and the
//! board's RTL, as on a real board's `/dev/ttyUSB1`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use capfuse_hdl::board::{Authority, Board, BoardOptions};
use capfuse_sim::board_pty::PtyBoard;

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

/// A private working directory for one test; removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("capfuse-serial-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.0)
            // No simulated card is involved: keep any away.
            .env("CAPFUSE_RUNTIME_DIR", self.0.join("runtime"))
            .output()
            .expect("run capfuse")
    }

    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "capfuse {args:?} failed ({}): {}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    fn fails(&self, code: i32, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(
            o.status.code(),
            Some(code),
            "capfuse {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stderr).into_owned()
    }

    /// Runs under a pseudo-terminal (`script`); returns what it showed.
    fn on_terminal(&self, args: &[&str]) -> String {
        let line = std::iter::once(BIN)
            .chain(args.iter().copied())
            .map(|a| format!("'{a}'"))
            .collect::<Vec<_>>()
            .join(" ");
        let o = Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .current_dir(&self.0)
            .env("TERM", "xterm")
            .env("CAPFUSE_RUNTIME_DIR", self.0.join("runtime"))
            .output()
            .expect("run script (util-linux; scripts/install-tools.sh)");
        let text = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(o.status.success(), "{line}: {text}");
        text
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn with_device<'a>(device: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--device", device];
    v.extend_from_slice(args);
    v
}

#[test]
fn the_ice40_board_answers_status_limit_metrics_watch_kill_and_irq_wait() {
    let d = Dir::new("ice40");
    let board = PtyBoard::start(Board::Ice40Hx8k, &BoardOptions::default(), None).unwrap();
    let dev = board.device();
    let dev = dev.as_str();
    assert!(
        dev.starts_with("serial:/dev/pts/") && dev.ends_with("@115200"),
        "{dev}"
    );

    let s = d.json(&with_device(dev, &["status"]));
    // The board's RTL is emitted from the abi, so it reads back the abi's version.
    let abi = format!(
        "{}.{}",
        capfuse_abi::ABI_VERSION_MAJOR,
        capfuse_abi::ABI_VERSION_MINOR
    );
    assert_eq!(s["abi_version"], abi.as_str(), "{s}");
    assert_eq!(s["device"], dev);
    assert!(
        s["crypto"].is_null(),
        "the iCE40 build has no crypto block: {s}"
    );
    assert!(s["cycle"].as_u64().unwrap() > 0);
    // The demo accelerator does 1 unit in every enabled cycle.
    let c = &s["counters"];
    assert_eq!(
        c["cum_work"].as_str().unwrap(),
        c["enabled_cycles"].as_u64().unwrap().to_string(),
        "{s}"
    );

    d.ok(&with_device(dev, &["limit", "window-budget", "1000"]));
    let e = d.fails(3, &with_device(dev, &["limit", "window-budget", "5000"]));
    assert!(e.contains("would loosen"), "{e}");
    let s = d.json(&with_device(dev, &["status"]));
    assert_eq!(s["limits"]["window_budget"], 1000, "{s}");
    assert_eq!(
        s["refused_writes"], 0,
        "the pre-check kept the loosening off the card: {s}"
    );

    let m = d.ok(&with_device(dev, &["metrics"]));
    assert!(
        m.contains(&format!("capfuse_cycles_total{{device=\"{dev}\",")),
        "{m}"
    );
    let w = d.ok(&with_device(dev, &["watch", "--count", "1"]));
    assert!(w.contains("window budget"), "{w}");

    d.ok(&with_device(dev, &["kill"]));
    let out = d.ok(&with_device(dev, &["irq-wait", "--timeout", "10"]));
    assert!(out.contains("kill register"), "{out}");
    let s = d.json(&with_device(dev, &["status"]));
    assert_eq!(s["killed"], true, "{s}");
    let enabled = s["counters"]["enabled_cycles"].as_u64().unwrap();
    let s = d.json(&with_device(dev, &["status"]));
    assert_eq!(
        s["counters"]["enabled_cycles"].as_u64().unwrap(),
        enabled,
        "killed: the accelerator never runs again"
    );
    board.stop().unwrap();
}

#[test]
fn a_board_that_never_answers_is_exit_4_with_a_hint_not_a_hang() {
    let d = Dir::new("silent");
    // A line with nothing behind it.
    use serialport::SerialPort;
    let (_master, slave) = serialport::TTYPort::pair().unwrap();
    let path = slave.name().unwrap();
    let dev = format!("serial:{path}");
    let t0 = Instant::now();
    let e = d.fails(4, &["--device", &dev, "status"]);
    assert!(t0.elapsed() < Duration::from_secs(10), "{:?}", t0.elapsed());
    assert!(e.contains("no reply to a read") && e.contains(&path), "{e}");
    assert!(e.contains("hint:") && e.contains("capfuse list"), "{e}");
}

#[test]
fn a_board_that_answers_garbage_is_exit_4_and_says_so() {
    use serialport::SerialPort;
    use std::io::{Read, Write};
    let d = Dir::new("garbage");
    // Something on the line that answers every byte with 'A'.
    let (mut master, slave) = serialport::TTYPort::pair().unwrap();
    let path = slave.name().unwrap();
    master.set_timeout(Duration::from_millis(50)).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let talker = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut b = [0u8; 64];
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                if let Ok(n) = master.read(&mut b) {
                    let _ = master.write_all(&vec![b'A'; n]);
                }
            }
        })
    };
    let e = d.fails(4, &["--device", &format!("serial:{path}"), "status"]);
    assert!(
        e.contains("status byte 0x41") && e.contains("never sends"),
        "{e}"
    );
    assert!(e.contains("hint:"), "{e}");
    // The transport's resync is a warning, logged even without -v.
    assert!(
        e.contains("WARN  capfuse_driver::serial] ") && e.contains("resynchronising the line"),
        "{e}"
    );
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    talker.join().unwrap();
}

#[test]
fn a_port_another_program_holds_is_exit_4_busy() {
    let d = Dir::new("busy");
    let board = PtyBoard::start(Board::Ice40Hx8k, &BoardOptions::default(), None).unwrap();
    let holder = capfuse_driver::serial::SerialBar::open(
        board.path(),
        115_200,
        capfuse_driver::serial::DEFAULT_REPLY_TIMEOUT,
    )
    .unwrap();
    let e = d.fails(4, &["--device", &board.device(), "status"]);
    assert!(e.contains("busy") && e.contains("capfuse list"), "{e}");
    drop(holder);
    // Released, the port serves the next command.
    d.ok(&["--device", &board.device(), "status"]);
    board.stop().unwrap();
}

#[test]
fn a_missing_port_is_exit_4_and_names_it() {
    let d = Dir::new("missing");
    let e = d.fails(
        4,
        &["--device", "serial:/dev/capfuse-no-such-port", "status"],
    );
    assert!(
        e.contains("no such port") && e.contains("capfuse list"),
        "{e}"
    );
    let e = d.fails(2, &["--device", "serial:/dev/ttyUSB1@fast", "status"]);
    assert!(e.contains("is not a baud rate"), "{e}");
}

/// The key set `capfuse grant keyset` wrote, as the board build takes it.
fn authority(d: &Path) -> Authority {
    let text = std::fs::read_to_string(d.join("ks")).unwrap();
    let set = capfuse_abi::keyset::KeySet::parse(&text).unwrap();
    Authority {
        keys: set.keys.clone(),
        threshold: set.threshold,
    }
}

#[test]
fn the_ecp5_card_board_attests_and_applies_a_2_of_3_grant() {
    let d = Dir::new("versa");
    for i in 0..3 {
        d.ok(&["keygen", "--out", &format!("a{i}")]);
    }
    d.ok(&[
        "grant",
        "keyset",
        "--threshold",
        "2",
        "a0.pub",
        "a1.pub",
        "a2.pub",
        "--out",
        "ks",
    ]);
    let seed = [0x5a; 32];
    // 3.125 Mbaud: 32 clocks a bit on the Versa's 100 MHz, so the
    // simulated line is fast; the bridge is the same logic.
    let opts = BoardOptions {
        baud: 3_125_000,
        authority: Some(authority(&d.0)),
        boot_epoch: 7,
        ..BoardOptions::default()
    };
    let board = PtyBoard::start(Board::Ecp5Versa, &opts, Some(&seed)).unwrap();
    let dev = board.device();
    let dev = dev.as_str();

    let a = d.json(&with_device(dev, &["attest", "--ledger", "l"]));
    assert_eq!(a["verified"], true, "{a}");
    assert_eq!(a["device"], dev, "{a}");
    let device_key = a["report"]["device_key"].as_str().unwrap().to_string();
    assert_eq!(a["report"]["boot_epoch"], 7, "{a}");

    // A serial line is slow: on a terminal attest shows its stages; with
    // --json it shows none, and -v logs which transport opened what.
    let key_args = ["attest", "--no-ledger", "--device-key", &device_key];
    let t = d.on_terminal(&with_device(dev, &key_args));
    assert!(t.contains("the card signs a report ["), "{t:?}");
    assert!(t.contains("verified"), "{t:?}");
    let mut json_args = vec!["--json"];
    json_args.extend(with_device(dev, &key_args));
    let t = d.on_terminal(&json_args);
    assert!(
        !t.contains('\u{1b}') && !t.contains("the card signs"),
        "{t:?}"
    );
    let v: serde_json::Value = serde_json::from_str(t.trim()).expect("only JSON");
    assert_eq!(v["schema"], "capfuse.attest/1");
    let o = d.run(&with_device(dev, &["-v", "status"]));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("INFO  capfuse_driver::serial] opened board on")
            && e.contains("through its UART bridge"),
        "{e}"
    );

    let s = d.json(&with_device(dev, &["status"]));
    assert_eq!(s["limits"]["baseline_ratio"], 32, "{s}");
    d.ok(&[
        "grant",
        "new",
        "--device-key",
        &device_key,
        "--seq",
        "1",
        "--boot-epoch",
        "7",
        "--expiry-epoch",
        "1M",
        "--cum-budget",
        "1T",
        "--window-budget",
        "4000000000",
        "--window-len",
        "1",
        "--baseline-ratio",
        "256",
        "--trip-ratio",
        "0",
        "--report-threshold",
        "0xffffffffffffffffffffffff",
        "--out",
        "g",
    ]);
    d.ok(&["grant", "sign", "g", "--key", "a0.secret", "--slot", "0"]);
    // One signature of two: the card refuses it and nothing changes.
    let v = d.run(&["--json", "--device", dev, "grant", "apply", "g"]);
    assert!(!v.status.success(), "a 1-of-3 grant must be refused");
    d.ok(&["grant", "sign", "g", "--key", "a2.secret", "--slot", "2"]);
    let v = d.json(&with_device(dev, &["grant", "apply", "g"]));
    assert_eq!(
        (&v["applied"], &v["device"]),
        (&true.into(), &dev.into()),
        "{v}"
    );
    let s = d.json(&with_device(dev, &["status"]));
    assert_eq!(s["limits"]["baseline_ratio"], 256, "{s}");
    assert_eq!(s["last_grant_seq"], 1, "{s}");
    // Replayed: refused.
    let v = d.run(&["--json", "--device", dev, "grant", "apply", "g"]);
    assert!(!v.status.success(), "a replayed grant must be refused");
    // The ledger holds the verified report.
    d.ok(&["ledger", "verify", "l", "--device-key", &device_key]);
    board.stop().unwrap();
}
