//! `--json` output: every object `capfuse` prints carries a top-level
//! `"schema"` naming its kind and version, `capfuse.<command>/<version>`.
//! Each is documented in docs/cli.md and described by
//! `docs/schemas/<command>.json` (JSON Schema 2020-12); the version goes up
//! when a field is removed, renamed or changes type (new fields do not).

use serde_json::Value;

/// The schema names, one per kind of JSON object (file
/// `docs/schemas/<name without "capfuse." and "/1">.json`).
pub mod schema {
    /// `status`, and each line of `watch --json` (without `crypto`).
    pub const STATUS: &str = "capfuse.status/1";
    /// `limit`.
    pub const LIMIT: &str = "capfuse.limit/1";
    /// `kill`.
    pub const KILL: &str = "capfuse.kill/1";
    /// `irq-wait`.
    pub const IRQ_WAIT: &str = "capfuse.irq-wait/1";
    /// `list`.
    pub const LIST: &str = "capfuse.list/1";
    #[cfg(feature = "sim")]
    /// `sim start`.
    pub const SIM_START: &str = "capfuse.sim-start/1";
    #[cfg(feature = "sim")]
    /// `sim stop`.
    pub const SIM_STOP: &str = "capfuse.sim-stop/1";
    #[cfg(feature = "sim")]
    /// `sim status`.
    pub const SIM_STATUS: &str = "capfuse.sim-status/1";
    /// `attest`.
    pub const ATTEST: &str = "capfuse.attest/1";
    /// `keygen`.
    pub const KEYGEN: &str = "capfuse.keygen/1";
    /// `grant new` and `grant inspect`.
    pub const GRANT: &str = "capfuse.grant/1";
    /// `grant keyset`.
    pub const GRANT_KEYSET: &str = "capfuse.grant-keyset/1";
    /// `grant sign`.
    pub const GRANT_SIGN: &str = "capfuse.grant-sign/1";
    /// `grant apply`.
    pub const GRANT_APPLY: &str = "capfuse.grant-apply/1";
    /// `ledger verify`.
    pub const LEDGER_VERIFY: &str = "capfuse.ledger-verify/1";
    /// `ledger show`.
    pub const LEDGER_SHOW: &str = "capfuse.ledger-show/1";
    /// `ledger append`.
    pub const LEDGER_APPEND: &str = "capfuse.ledger-append/1";
    /// `ledger repair`.
    pub const LEDGER_REPAIR: &str = "capfuse.ledger-repair/1";
    /// `ledger bench` (hidden).
    pub const LEDGER_BENCH: &str = "capfuse.ledger-bench/1";
    /// `log publish`.
    pub const LOG_PUBLISH: &str = "capfuse.log-publish/1";
    /// `log audit`.
    pub const LOG_AUDIT: &str = "capfuse.log-audit/1";
    /// `log prove` (the proof file itself).
    pub const LOG_PROOF: &str = "capfuse.log-proof/1";
    /// `log check-proof`.
    pub const LOG_CHECK_PROOF: &str = "capfuse.log-check-proof/1";
    /// `log fleet`.
    pub const LOG_FLEET: &str = "capfuse.log-fleet/1";
    /// `log witness`.
    pub const LOG_WITNESS: &str = "capfuse.log-witness/1";
    /// Any command's failure.
    pub const ERROR: &str = "capfuse.error/1";
}

/// `v` with `"schema": schema` added (`v` is an object).
pub fn tagged(schema: &str, mut v: Value) -> Value {
    debug_assert!(v.is_object(), "{schema}: JSON output is an object");
    if let Value::Object(m) = &mut v {
        m.insert("schema".into(), Value::String(schema.into()));
    }
    v
}

/// Prints `v`, tagged with `schema`, as one line on stdout.
pub fn print(schema: &str, v: Value) {
    println!("{}", tagged(schema, v));
}
