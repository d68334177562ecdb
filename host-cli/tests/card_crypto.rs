//! The card's attestation and grant path end to end through the `capfuse`
//! binary, on a simulated card (the whole card top: fuse core, Ed25519
//! engine, attestation and grant controller) built with a 2-of-3 authority
//! key set: `attest` with a pinned key and the ledger, and `grant apply`
//! with each refusal the card can give. Every refused grant must leave the
//! card as it was.

use std::path::PathBuf;
use std::process::{Command, Output};

use capfuse_abi::formats::{Report, REPORT_LEN, SIGNED_REPORT_LEN};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

/// A private directory with its own simulated card; both go on drop.
struct Card(PathBuf);

impl Card {
    fn new(name: &str) -> Card {
        Self::with_scenario(name, None)
    }

    /// A card whose design comes from scenario text (e.g. a short epoch).
    fn with_scenario(name: &str, scenario: Option<&str>) -> Card {
        let dir =
            std::env::temp_dir().join(format!("capfuse-crypto-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let c = Card(dir);
        let mut keyset = vec!["grant", "keyset", "--threshold", "2"];
        let pubs: Vec<String> = (0..3).map(|i| format!("a{i}.pub")).collect();
        for i in 0..3 {
            c.ok(&["keygen", "--out", &format!("a{i}")]);
        }
        keyset.extend(pubs.iter().map(String::as_str));
        keyset.extend(["--out", "ks"]);
        c.ok(&keyset);
        c.ok(&["keygen", "--out", "forger"]);
        match scenario {
            Some(text) => {
                std::fs::write(c.0.join("design.toml"), text).unwrap();
                c.ok(&[
                    "sim",
                    "start",
                    "--authority-keys",
                    "ks",
                    "--scenario",
                    "design.toml",
                ]);
            }
            None => {
                c.ok(&["sim", "start", "--authority-keys", "ks"]);
            }
        }
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.0)
            .env("CAPFUSE_RUNTIME_DIR", &self.0)
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

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }

    fn attest(&self) -> Report {
        let v = self.json(&["attest", "--ledger", "l"]);
        assert_eq!(v["verified"], true);
        let bytes = hex(v["signed_report"].as_str().unwrap());
        assert_eq!(bytes.len(), SIGNED_REPORT_LEN);
        Report::from_bytes(&bytes[..REPORT_LEN]).unwrap()
    }

    /// A grant for this card signed by `signers` (key file, slot).
    fn grant(&self, name: &str, r: &Report, seq: u64, extra: &[&str], signers: &[(&str, u8)]) {
        self.grant_expiring(name, r, seq, 1_000_000, extra, signers);
    }

    /// [`Card::grant`] with its expiry epoch.
    fn grant_expiring(
        &self,
        name: &str,
        r: &Report,
        seq: u64,
        expiry: u64,
        extra: &[&str],
        signers: &[(&str, u8)],
    ) {
        let expiry = expiry.to_string();
        let dk = hex_str(&r.device_key);
        let seq = seq.to_string();
        let boot = r.boot_epoch.to_string();
        let mut args = vec![
            "grant",
            "new",
            "--device-key",
            &dk,
            "--seq",
            &seq,
            "--boot-epoch",
            &boot,
            "--expiry-epoch",
            &expiry,
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
            name,
        ];
        args.extend_from_slice(extra);
        self.ok(&args);
        for (key, slot) in signers {
            let slot = slot.to_string();
            let secret = format!("{key}.secret");
            self.ok(&["grant", "sign", name, "--key", &secret, "--slot", &slot]);
        }
    }

    /// Everything `status --json` says that a grant could change.
    fn state(&self) -> serde_json::Value {
        let mut v = self.json(&["status"]);
        // Counters, the cycle and STATUS (its ENABLED bit) move every
        // cycle; the crypto block's status holds the last verdict.
        for k in ["counters", "cycle", "status", "crypto"] {
            v.as_object_mut().unwrap().remove(k);
        }
        v
    }
}

impl Drop for Card {
    fn drop(&mut self) {
        let _ = self.run(&["sim", "stop"]);
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn hex_str(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn attest_pins_the_key_checks_it_and_fills_the_ledger() {
    let c = Card::new("attest");
    let first = c.attest();
    let pinned = std::fs::read_to_string(c.0.join("l.device-key")).unwrap();
    assert_eq!(pinned.trim(), hex_str(&first.device_key));
    let second = c.attest();
    assert_eq!(second.seq, first.seq + 1);
    assert!(second.cycle > first.cycle);
    assert_ne!(first.nonce, second.nonce);
    // A fixed nonce appears in the report; zero is refused.
    let n = "ab".repeat(32);
    let v = c.json(&["attest", "--ledger", "l", "--nonce", &n]);
    assert_eq!(v["nonce"], n);
    c.fails(2, &["attest", "--ledger", "l", "--nonce", &"00".repeat(32)]);
    // Another pinned key: the report is refused and nothing is appended.
    let other = "11".repeat(32);
    let err = c.fails(1, &["attest", "--no-ledger", "--device-key", &other]);
    assert!(err.contains("not the pinned"), "{err}");
    let v = c.json(&["ledger", "verify", "l"]);
    assert_eq!(v["records"], 3);
    // The report file is what the ledger holds.
    c.ok(&["attest", "--ledger", "l", "--out", "r.bin"]);
    assert_eq!(
        std::fs::read(c.0.join("r.bin")).unwrap().len(),
        SIGNED_REPORT_LEN
    );
    c.ok(&[
        "ledger",
        "append",
        "l2",
        "r.bin",
        "--device-key",
        pinned.trim(),
    ]);
}

#[test]
fn grants_are_applied_only_with_k_valid_signatures() {
    let c = Card::new("grant");
    let r = c.attest();
    c.ok(&["limit", "baseline-ratio", "8"]);
    c.ok(&["kill"]);
    let before = c.state();

    // Each refusal names its reason and changes nothing.
    let refused = |name: &str, verdict: &str| {
        let e = c.fails(3, &["grant", "apply", name]);
        assert!(e.contains(verdict), "{name}: {e}");
        assert_eq!(c.state(), before, "{name} changed the card");
    };
    c.grant("one", &r, 1, &["--clear-trip"], &[("a0", 0)]);
    refused("one", "too few signers");
    c.grant(
        "forged",
        &r,
        1,
        &["--clear-trip"],
        &[("a0", 0), ("forger", 1)],
    );
    refused("forged", "bad signature");
    // Another device: a valid key that is not this card's.
    let mut other = r.clone();
    let forger = std::fs::read_to_string(c.0.join("forger.pub")).unwrap();
    other.device_key = hex(forger.lines().nth(1).unwrap()).try_into().unwrap();
    c.grant(
        "elsewhere",
        &other,
        1,
        &["--clear-trip"],
        &[("a0", 0), ("a1", 1)],
    );
    refused("elsewhere", "wrong device");
    let mut old_boot = r.clone();
    old_boot.boot_epoch += 1;
    c.grant(
        "later-boot",
        &old_boot,
        1,
        &["--clear-trip"],
        &[("a0", 0), ("a1", 1)],
    );
    refused("later-boot", "wrong boot epoch");

    // Two of three: applied at once, trip cleared, limits loosened.
    c.grant("good", &r, 1, &["--clear-trip"], &[("a0", 0), ("a2", 2)]);
    let v = c.json(&["grant", "apply", "good"]);
    assert_eq!(v["applied"], true, "{v}");
    assert_eq!(v["valid_slots"], 0b101);
    let s = c.json(&["status"]);
    assert_eq!(s["limits"]["baseline_ratio"], 256, "{s}");
    assert_eq!(s["state"], "running", "{s}");
    // The same grant again is a replay.
    let after = c.state();
    let e = c.fails(3, &["grant", "apply", "good"]);
    assert!(e.contains("replay"), "{e}");
    assert_eq!(c.state(), after);
    let r2 = c.attest();
    assert_eq!(r2.last_grant_seq, 1);
    assert_eq!(r2.limits.baseline_ratio, 256);
}

#[test]
fn a_revoked_slot_no_longer_counts() {
    let c = Card::new("revoke");
    let r = c.attest();
    c.grant(
        "revoke",
        &r,
        1,
        &["--revoke-slot", "1"],
        &[("a0", 0), ("a1", 1)],
    );
    let v = c.json(&["grant", "apply", "revoke"]);
    assert_eq!(v["applied"], true, "{v}");
    assert_eq!(v["revoked_slots"], 0b10);
    c.grant("with1", &r, 2, &[], &[("a0", 0), ("a1", 1)]);
    let e = c.fails(3, &["grant", "apply", "with1"]);
    assert!(e.contains("too few signers"), "{e}");
    c.grant("with2", &r, 2, &[], &[("a0", 0), ("a2", 2)]);
    assert_eq!(c.json(&["grant", "apply", "with2"])["applied"], true);
}

#[test]
fn decommission_stops_the_card_and_clears_its_key() {
    let c = Card::new("decommission");
    let r = c.attest();
    c.grant("end", &r, 1, &["--decommission"], &[("a1", 1), ("a2", 2)]);
    assert_eq!(c.json(&["grant", "apply", "end"])["applied"], true);
    let e = c.fails(4, &["attest", "--ledger", "l"]);
    assert!(e.contains("decommissioned"), "{e}");
    let s = c.json(&["status"]);
    let flags = s["status"]["flags"].as_array().unwrap();
    assert!(flags.iter().any(|f| f == "decommissioned"), "{s}");
    assert!(!flags.iter().any(|f| f == "enabled"), "{s}");
}

#[test]
fn a_threshold_report_is_signed_by_itself_and_collected() {
    let c = Card::new("threshold");
    c.attest();
    // A stricter threshold a little above the work so far.
    let s = c.json(&["status"]);
    let work: u128 = s["counters"]["cum_work"].as_str().unwrap().parse().unwrap();
    let at = (work + 5_000_000).to_string();
    c.ok(&["limit", "report-threshold", &at]);
    // Looser is refused like any limit.
    let looser = (work + 6_000_000).to_string();
    c.fails(3, &["limit", "report-threshold", &looser]);
    let t = std::time::Instant::now();
    loop {
        let s = c.json(&["status"]);
        if s["crypto"]["report_seq"] == 2 && s["crypto"]["busy"] == false {
            break;
        }
        assert!(t.elapsed().as_secs() < 30, "no threshold report: {s}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let v = c.json(&["attest", "--last", "--ledger", "l"]);
    let bytes = hex(v["signed_report"].as_str().unwrap());
    let r = Report::from_bytes(&bytes[..REPORT_LEN]).unwrap();
    assert_eq!(r.seq, 2);
    assert_eq!(r.nonce, [0; 32], "a threshold report has the zero nonce");
    assert!(r.cum_work >= work + 5_000_000, "{} < threshold", r.cum_work);
    assert_eq!(r.limits.report_threshold, work + 5_000_000);
    assert_eq!(c.json(&["ledger", "verify", "l"])["records"], 2);
}

/// On a card with 65,536-cycle epochs (a few hundred ms at the simulated
/// card's pace): a grant whose expiry epoch has passed is refused with its
/// own message and exit code 7, naming the card's epoch, and changes
/// nothing; the renewal with a later expiry applies.
#[test]
fn an_expired_grant_is_refused_with_its_own_exit_code() {
    let c = Card::with_scenario(
        "expired",
        Some("[design]\nepoch_shift = 16\n[run]\ncycles = 1_000_000_000\n[workload]\nconstant = 100\n"),
    );
    let r = c.attest();
    assert!(
        r.device_epoch >= 2,
        "power-up takes several epochs: {}",
        r.device_epoch
    );
    c.ok(&["limit", "baseline-ratio", "8"]);
    c.ok(&["kill"]);
    let before = c.state();
    let old = r.device_epoch - 1;
    c.grant_expiring(
        "old",
        &r,
        1,
        old,
        &["--clear-trip"],
        &[("a0", 0), ("a1", 1)],
    );
    let e = c.fails(7, &["grant", "apply", "old"]);
    assert!(e.contains("refused the grant (expired)"), "{e}");
    assert!(
        e.contains(&format!("expires after device epoch {old}")),
        "{e}"
    );
    assert!(e.contains("epoch = cycle >> 16"), "{e}");
    assert!(
        e.contains("hint: ask the authority for a grant with an expiry epoch of at least"),
        "{e}"
    );
    assert_eq!(c.state(), before, "an expired grant changed the card");
    // --json: the verdict by name and the card's epoch, then the error.
    let o = c.run(&["--json", "grant", "apply", "old"]);
    assert_eq!(o.status.code(), Some(7));
    let out = String::from_utf8_lossy(&o.stdout);
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(v["verdict_name"], "expired", "{v}");
    assert_eq!(v["verdict"], 7);
    assert_eq!(v["applied"], false);
    assert_eq!(v["expiry_epoch"], old);
    assert!(v["device_epoch"].as_u64().unwrap() > old, "{v}");
    assert_eq!(c.state(), before);

    // Renewed far enough ahead: applied, with the same sequence number.
    let later = r.device_epoch + 1_000_000;
    c.grant_expiring(
        "renewed",
        &r,
        1,
        later,
        &["--clear-trip"],
        &[("a0", 0), ("a2", 2)],
    );
    let v = c.json(&["grant", "apply", "renewed"]);
    assert_eq!(v["applied"], true, "{v}");
    assert_eq!(v["device_epoch"], serde_json::Value::Null);
    let s = c.json(&["status"]);
    assert_eq!(s["state"], "running", "{s}");
}
