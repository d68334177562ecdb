//! Every `--json` object `capfuse` prints names its schema
//! (`"schema": "capfuse.<kind>/1"`) and validates against
//! `docs/schemas/<kind>.json`. One run on a simulated card exercises every
//! kind; the schema files, the names in `src/output.rs` and docs/cli.md
//! must all agree.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;
use common::SimCard;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn schema_dir() -> PathBuf {
    repo().join("docs/schemas")
}

/// The file names (without `.json`) in docs/schemas.
fn schema_files() -> BTreeSet<String> {
    std::fs::read_dir(schema_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_string))
        .collect()
}

/// The kinds named in src/output.rs (`"capfuse.<kind>/1"`).
fn schema_names_in_source() -> BTreeSet<String> {
    let src = std::fs::read_to_string(repo().join("host-cli/src/output.rs")).unwrap();
    src.split('"')
        .filter_map(|s| s.strip_prefix("capfuse."))
        .filter_map(|s| s.rsplit_once('/').map(|(k, _)| k.to_string()))
        .collect()
}

/// Validates one output object against the schema it names; returns the kind.
fn check(v: &Value, what: &str) -> String {
    let name = v["schema"]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: no \"schema\" field in {v}"));
    let kind = name
        .strip_prefix("capfuse.")
        .and_then(|k| k.strip_suffix("/1"))
        .unwrap_or_else(|| panic!("{what}: schema {name} is not capfuse.<kind>/1"));
    let path = schema_dir().join(format!("{kind}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{what}: no schema file {}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator =
        jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let errors: Vec<String> = validator
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: output does not match {}:\n{}\n{v}",
        path.display(),
        errors.join("\n")
    );
    kind.to_string()
}

/// A private simulated card whose JSON objects are checked as they come,
/// with the schema kinds seen.
struct Card {
    card: SimCard,
    seen: BTreeSet<String>,
}

impl Card {
    fn new() -> Card {
        Card {
            card: SimCard::new("schemas"),
            seen: BTreeSet::new(),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        self.card.run(&a)
    }

    /// Runs with `--json`, expects `code`, checks every line of stdout.
    fn json_lines(&mut self, code: i32, args: &[&str]) -> Vec<Value> {
        let o = self.run(args);
        assert_eq!(
            o.status.code(),
            Some(code),
            "capfuse --json {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let out = String::from_utf8(o.stdout).unwrap();
        let lines: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{args:?}: {e}: {l}")))
            .collect();
        assert!(!lines.is_empty(), "{args:?}: no JSON on stdout");
        for v in &lines {
            let kind = check(v, &format!("{args:?}"));
            self.seen.insert(kind);
        }
        lines
    }

    fn json(&mut self, args: &[&str]) -> Value {
        let mut l = self.json_lines(0, args);
        assert_eq!(l.len(), 1, "{args:?}: one object expected");
        l.remove(0)
    }
}

#[test]
fn every_json_output_matches_its_documented_schema() {
    let mut c = Card::new();
    for i in 0..3 {
        c.json(&["keygen", "--out", &format!("a{i}")]);
    }
    c.json(&[
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
    c.json(&["sim", "start", "--authority-keys", "ks"]);
    c.json(&["sim", "status"]);
    let list = c.json(&["list"]);
    assert_eq!(list["devices"][0]["device"], "sim");
    c.json(&["status"]);
    c.json(&["limit", "window-len", "1000"]);
    c.json(&["limit", "window-len", "1000"]);
    let attest = c.json(&["attest", "--ledger", "l"]);
    c.json(&["attest", "--ledger", "l", "--out", "r.report"]);
    c.json(&["ledger", "verify", "l"]);
    c.json(&["ledger", "show", "l", "--authority-keys", "ks"]);
    c.json(&["ledger", "repair", "l"]);
    let dk = attest["report"]["device_key"].as_str().unwrap().to_string();
    let boot = attest["report"]["boot_epoch"].to_string();
    c.json(&["ledger", "append", "l2", "r.report", "--device-key", &dk]);
    // The ledger as a transparency log (a directory here; nginx serves one
    // in tests/transparency_log.rs).
    c.json(&["keygen", "--out", "logkey"]);
    let origin = "example.com/capfuse/card-0";
    let published = c.json(&[
        "log",
        "publish",
        "l",
        "--dir",
        "www",
        "--log-key",
        "logkey.secret",
        "--origin",
        origin,
    ]);
    assert_eq!(published["size"], 2);
    let log = ["--log-key", "logkey.pub"];
    let audited = c.json(
        &[
            &["log", "audit", "www", "--device-key", &dk, "--state", "st"],
            &log[..],
        ]
        .concat(),
    );
    assert_eq!(audited["root"], published["root"]);
    c.json(&[&["log", "prove", "www", "--index", "1"], &log[..]].concat());
    assert!(c
        .run(
            &[
                &["log", "prove", "www", "--index", "1", "--out", "proof"],
                &log[..]
            ]
            .concat()
        )
        .status
        .success());
    let checked = c.json(
        &[
            &["log", "check-proof", "proof", "--device-key", &dk],
            &log[..],
        ]
        .concat(),
    );
    assert_eq!(checked["included"], true);
    c.json(&["keygen", "--out", "wit"]);
    let witness_args: [&[&str]; 3] = [
        &[
            "log",
            "witness",
            "www",
            "--witness-key",
            "wit.secret",
            "--name",
            "w.example/1",
        ],
        &["--state", "wst", "--out", "www/checkpoint"],
        &log[..],
    ];
    let witnessed = c.json(&witness_args.concat());
    assert_eq!(witnessed["size"], 2);
    std::fs::write(
        c.card.dir.join("fleet"),
        format!("# one card\nwww {dk} logkey.pub\n"),
    )
    .unwrap();
    let fleet = c.json(&["log", "fleet", "fleet", "--state", "fst"]);
    assert_eq!(fleet["entries"], 2);
    assert_eq!(fleet["cards"][0]["ok"], true);
    c.json(&[
        "grant",
        "new",
        "--device-key",
        &dk,
        "--seq",
        "1",
        "--boot-epoch",
        &boot,
        "--expiry-epoch",
        "1M",
        "--cum-budget",
        "1T",
        "--window-budget",
        "1M",
        "--window-len",
        "1k",
        "--baseline-ratio",
        "256",
        "--trip-ratio",
        "16",
        "--report-threshold",
        "1T",
        "--out",
        "g",
    ]);
    // One signature: the card refuses it (a verdict, then the error).
    c.json(&[
        "grant",
        "sign",
        "g",
        "--key",
        "a0.secret",
        "--slot",
        "0",
        "--authority-keys",
        "ks",
    ]);
    let refused = c.json_lines(3, &["grant", "apply", "g"]);
    assert_eq!(refused.len(), 2);
    assert_eq!(refused[0]["verdict_name"], "too few signers");
    assert_eq!(refused[1]["exit_code"], 3);
    c.json(&["grant", "sign", "g", "--key", "a2.secret", "--slot", "2"]);
    c.json(&["grant", "inspect", "g", "--authority-keys", "ks"]);
    c.json(&["grant", "inspect", "g"]);
    assert_eq!(c.json(&["grant", "apply", "g"])["applied"], true);
    let frames = c.json_lines(0, &["watch", "--count", "2", "--interval", "50"]);
    assert_eq!(frames.len(), 2);
    c.json(&["kill"]);
    c.json(&["irq-wait", "--timeout", "5"]);
    c.json(&[
        "ledger",
        "bench",
        "--records",
        "3",
        "--synced",
        "1",
        "--runs",
        "1",
    ]);
    // Errors: refused by the CLI, by the card's rules, and by clap.
    c.json_lines(2, &["limit", "baseline-ratio", "300"]);
    c.json_lines(3, &["limit", "window-len", "10"]);
    c.json_lines(2, &["status", "--no-such-option"]);
    c.json_lines(1, &["ledger", "verify", "no-such.ledger"]);
    c.json(&["sim", "stop"]);

    // Every kind was printed, and the files, the source and the run agree.
    let files = schema_files();
    assert_eq!(
        c.seen, files,
        "kinds printed by this run vs. files in docs/schemas"
    );
    assert_eq!(
        schema_names_in_source(),
        files,
        "kinds named in host-cli/src/output.rs vs. files in docs/schemas"
    );
}

#[test]
fn every_schema_file_is_a_valid_schema_and_documented() {
    let doc = std::fs::read_to_string(repo().join("docs/cli.md")).unwrap();
    for kind in schema_files() {
        let path = schema_dir().join(format!("{kind}.json"));
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        jsonschema::meta::validate(&schema)
            .unwrap_or_else(|e| panic!("{}: not a valid JSON Schema: {e}", path.display()));
        assert_eq!(
            schema["properties"]["schema"]["const"],
            format!("capfuse.{kind}/1")
        );
        assert!(
            doc.contains(&format!("schemas/{kind}.json")),
            "docs/cli.md does not reference docs/schemas/{kind}.json"
        );
        assert!(
            doc.contains(&format!("`capfuse.{kind}/1`")),
            "docs/cli.md does not name `capfuse.{kind}/1`"
        );
    }
}

#[test]
fn the_schemas_reject_what_they_should() {
    // A status with a 96-bit value as a number, a missing field, an unknown
    // flag or another schema name is refused: the check can fail.
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_dir().join("kill.json")).unwrap())
            .unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let good =
        serde_json::json!({"schema": "capfuse.kill/1", "killed": true, "already_killed": false});
    assert!(v.is_valid(&good));
    for bad in [
        serde_json::json!({"schema": "capfuse.kill/2", "killed": true, "already_killed": false}),
        serde_json::json!({"schema": "capfuse.kill/1", "killed": true}),
        serde_json::json!({"schema": "capfuse.kill/1", "killed": true, "already_killed": false, "extra": 1}),
        serde_json::json!({"killed": true, "already_killed": false}),
    ] {
        assert!(!v.is_valid(&bad), "{bad}");
    }
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_dir().join("limit.json")).unwrap())
            .unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let bad = serde_json::json!({"schema": "capfuse.limit/1", "limit": "cum-budget", "old": 5, "new": "4", "outcome": "applied"});
    assert!(!v.is_valid(&bad));
}
