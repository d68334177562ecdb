//! `capfuse-hdl emit --authority-keys` refuses a key set holding a key the
//! card's Ed25519 engine would refuse (here a non-canonical encoding, in a
//! file whose digest matches), before writing any Verilog.

use std::process::Command;

use capfuse_abi::keyset::KeySet;

#[test]
fn emit_refuses_a_key_set_with_a_non_canonical_key() {
    let dir = std::env::temp_dir().join(format!("capfuse-hdl-keyset-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let good = ed25519_dalek::SigningKey::from_bytes(&[1; 32])
        .verifying_key()
        .to_bytes();
    let keys = dir.join("bad.keys");
    let text = KeySet {
        keys: vec![good, [0xff; 32]],
        threshold: 1,
    }
    .to_text();
    std::fs::write(&keys, text).unwrap();
    let out = dir.join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_capfuse-hdl"))
        .arg("emit")
        .arg(&out)
        .arg("--authority-keys")
        .arg(&keys)
        .args(["--threshold", "1"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "{err}");
    assert!(err.contains("slot 1: not a canonical encoding"), "{err}");
    assert!(!out.join("capfuse_card.v").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
