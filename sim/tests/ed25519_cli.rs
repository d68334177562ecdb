//! `capfuse-sim ed25519 ...`: vectors in, `accept`/`reject` or hex out;
//! malformed input exits 2 with a message, a rejection exits 0.

use capfuse_sim::ed25519::conformance::{rfc8032_vectors, to_hex};
use std::process::{Command, Output};

fn ed(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_capfuse-sim"))
        .arg("ed25519")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

#[test]
fn vectors_through_the_model_and_verilator() {
    let v = &rfc8032_vectors()[2]; // TEST 3
    let (seed, pk, msg, sig) = (
        to_hex(&v.seed),
        to_hex(&v.pk),
        to_hex(&v.msg),
        to_hex(&v.sig),
    );
    assert_eq!(stdout(&ed(&["pubkey", "--seed", &seed])), pk);
    assert_eq!(stdout(&ed(&["sign", "--seed", &seed, "--msg", &msg])), sig);
    for engine in ["model", "verilator"] {
        let o = ed(&[
            "verify", "--pk", &pk, "--msg", &msg, "--sig", &sig, "--engine", engine,
        ]);
        assert_eq!(stdout(&o), "accept", "{engine}");
    }
    // A rejection is an answer, not an error.
    let mut bad = v.sig;
    bad[0] ^= 1;
    let o = ed(&[
        "verify",
        "--pk",
        &pk,
        "--msg",
        &msg,
        "--sig",
        &to_hex(&bad),
        "--verbose",
    ]);
    assert_eq!(stdout(&o), "reject");
    assert!(String::from_utf8_lossy(&o.stderr).contains("cycles on the model engine"));
    assert_eq!(
        stdout(&ed(&["sha512", "--msg", "616263"])),
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
    );
}

#[test]
fn malformed_input_is_an_error_that_says_what_is_wrong() {
    let pk = "00".repeat(32);
    let sig = "00".repeat(64);
    for (args, needle) in [
        (
            vec!["verify", "--pk", "abc", "--sig", &sig],
            "--pk: odd number of hex digits",
        ),
        (
            vec!["verify", "--pk", &pk[2..], "--sig", &sig],
            "--pk: 31 bytes; expected 32",
        ),
        (
            vec!["verify", "--pk", &pk, "--sig", "zz"],
            "--sig: `zz` at position 0 is not hex",
        ),
        (
            vec!["sign", "--seed", &pk, "--msg", &"00".repeat(1025)],
            "at most 1024",
        ),
        (
            vec!["pubkey", "--seed", &sig],
            "--seed: 64 bytes; expected 32",
        ),
        (
            vec!["sha512", "--msg", "0", "--engine", "fpga"],
            "unknown engine",
        ),
    ] {
        let o = ed(&args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}
