//! Authority key sets take only keys the card can use: the host's check
//! (`capfuse_abi::keyset::key_problem`) agrees with the card's Ed25519 engine
//! on which encodings are keys, and every loader of a key set refuses the
//! others with the reason: `grant keyset` (hex or `.pub` files), and key-set
//! files read by `grant inspect`, `grant sign` and `sim start`.

use std::path::PathBuf;
use std::process::{Command, Output};

use capfuse_abi::keyset::{key_problem, KeySet};
use capfuse_hdl::ed25519::isa::status;
use capfuse_sim::ed25519::conformance::{self, dalek_sign};
use capfuse_sim::ed25519::{Ed25519, EdModel};
use rand::{Rng, SeedableRng};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn valid_key(seed: u8) -> [u8; 32] {
    ed25519_dalek::SigningKey::from_bytes(&[seed; 32])
        .verifying_key()
        .to_bytes()
}

/// y = 2^255 - 1 = p + 18 with the sign bit: decompresses (as y = 18) in
/// dalek, but is not a canonical encoding.
const ALL_ONES: [u8; 32] = [0xff; 32];

#[test]
fn the_host_check_agrees_with_the_cards_engine() {
    // Edge encodings (small order, y + p twins, negative zero, y >= p),
    // valid keys with either sign, and random 32-byte strings (about half
    // are on the curve), fixed seed.
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0x6b65_7973);
    let mut keys = conformance::edge_encodings();
    keys.push(ALL_ONES);
    for i in 0..40u8 {
        let mut k = valid_key(i);
        keys.push(k);
        k[31] ^= 0x80;
        keys.push(k);
    }
    for _ in 0..120 {
        keys.push(rng.gen());
    }
    let msg = b"capfuse key check";
    let (_, sig) = dalek_sign(&[7; 32], msg);
    let mut engine = EdModel::new();
    let (mut refused, mut taken) = (0, 0);
    for k in &keys {
        let run = Ed25519::new(&mut engine, [0; 32])
            .verify(k, msg, &sig)
            .unwrap();
        let card_refuses_key = matches!(run.status, status::A_INVALID | status::A_SMALL_ORDER);
        assert_eq!(
            key_problem(k).is_some(),
            card_refuses_key,
            "key {}: host says {:?}, engine status {}",
            hex(k),
            key_problem(k),
            run.status
        );
        if card_refuses_key {
            refused += 1;
        } else {
            taken += 1;
        }
    }
    assert!(
        refused > 60 && taken > 60,
        "{refused} refused, {taken} taken"
    );
}

struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("capfuse-keyset-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.0)
            .env("CAPFUSE_RUNTIME_DIR", &self.0)
            .output()
            .expect("run capfuse")
    }
    /// Runs, expects exit `code` and `reason` on stderr.
    fn refuses(&self, code: i32, reason: &str, args: &[&str]) {
        let o = self.run(args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains(reason), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = self.run(&["sim", "stop"]);
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn grant_keyset_refuses_non_canonical_and_small_order_keys() {
    let d = Dir::new("cli");
    let good = hex(&valid_key(1));
    let mut neg_zero = [0u8; 32];
    neg_zero[0] = 1;
    neg_zero[31] = 0x80;
    let identity = {
        let mut e = [0u8; 32];
        e[0] = 1;
        e
    };
    for (bad, reason) in [
        (hex(&ALL_ONES), "not below p"),
        (hex(&neg_zero), "not a canonical encoding"),
        (hex(&identity), "small-order"),
    ] {
        d.refuses(
            2,
            reason,
            &[
                "grant",
                "keyset",
                "--threshold",
                "1",
                &good,
                &bad,
                "--out",
                "k",
            ],
        );
        // The same key in a public key file.
        let pubf = d.0.join("bad.pub");
        std::fs::write(&pubf, format!("capfuse authority public key\n{bad}\n")).unwrap();
        d.refuses(
            1,
            reason,
            &[
                "grant",
                "keyset",
                "--threshold",
                "1",
                &good,
                "bad.pub",
                "--out",
                "k",
            ],
        );
        std::fs::remove_file(pubf).unwrap();
        assert!(!d.0.join("k").exists(), "no key set may be written");
    }
}

#[test]
fn key_set_files_with_an_unusable_key_are_refused_where_they_are_loaded() {
    let d = Dir::new("files");
    // A file whose digest matches its keys, so only the key is wrong (what
    // an older `grant keyset` wrote for `ffff...ff`).
    let text = KeySet {
        keys: vec![valid_key(1), ALL_ONES],
        threshold: 1,
    }
    .to_text();
    std::fs::write(d.0.join("bad.keys"), text).unwrap();
    let reason = "slot 1: not a canonical encoding";
    // A well-formed grant to inspect and sign.
    let o = d.run(&[
        "grant",
        "new",
        "--device-key",
        &hex(&valid_key(9)),
        "--seq",
        "1",
        "--boot-epoch",
        "1",
        "--expiry-epoch",
        "1M",
        "--cum-budget",
        "1G",
        "--window-budget",
        "1M",
        "--window-len",
        "1k",
        "--baseline-ratio",
        "256",
        "--trip-ratio",
        "16",
        "--report-threshold",
        "1G",
        "--out",
        "g",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = d.run(&["keygen", "--out", "a"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    d.refuses(
        1,
        reason,
        &["grant", "inspect", "g", "--authority-keys", "bad.keys"],
    );
    d.refuses(
        1,
        reason,
        &[
            "grant",
            "sign",
            "g",
            "--key",
            "a.secret",
            "--slot",
            "0",
            "--authority-keys",
            "bad.keys",
        ],
    );
    d.refuses(1, reason, &["sim", "start", "--authority-keys", "bad.keys"]);
    assert!(!d.0.join("sim.pid").exists(), "no card may start");
}
