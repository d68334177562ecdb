//! Helpers shared by the CLI's integration tests.

/// `capfuse grant new` with ordinary limits (1 G cumulative budget, 1 M per
/// 1 k-cycle window, ratios 256 and 16, expiry epoch 1 M) for `device_key`,
/// written to `out`.
pub fn grant_new_args<'a>(device_key: &'a str, out: &'a str) -> Vec<&'a str> {
    vec![
        "grant",
        "new",
        "--device-key",
        device_key,
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
        out,
    ]
}
