//! Numbers as operators type them: `1000`, `1_000_000`, `0x3e8`, `0b1010`,
//! and decimal suffixes `k`, `M`, `G`, `T` (powers of 1000) or binary
//! `Ki`, `Mi`, `Gi`, `Ti` (powers of 1024).

use crate::error::CliError;

const HINT: &str =
    "write a number like 1000, 1_000_000, 0x3e8, 20M (20 000 000) or 4Ki (4096); no sign, no decimal point";

/// Parses an unsigned number of up to 128 bits.
pub fn parse(text: &str) -> Result<u128, CliError> {
    let bad =
        |why: &str| CliError::usage(format!("`{text}` is not a valid number: {why}")).hint(HINT);
    let t: String = text.trim().chars().filter(|&c| c != '_').collect();
    if t.is_empty() {
        return Err(bad("it is empty"));
    }
    let (digits, radix, scale) = if let Some(h) = t.strip_prefix("0x").or(t.strip_prefix("0X")) {
        (h, 16, 1u128)
    } else if let Some(b) = t.strip_prefix("0b").or(t.strip_prefix("0B")) {
        (b, 2, 1)
    } else {
        const SUFFIXES: [(&str, u128); 8] = [
            ("Ki", 1 << 10),
            ("Mi", 1 << 20),
            ("Gi", 1 << 30),
            ("Ti", 1 << 40),
            ("k", 1_000),
            ("M", 1_000_000),
            ("G", 1_000_000_000),
            ("T", 1_000_000_000_000),
        ];
        match SUFFIXES.iter().find(|(s, _)| t.ends_with(s)) {
            Some((s, m)) => (&t[..t.len() - s.len()], 10, *m),
            None => (t.as_str(), 10, 1),
        }
    };
    if digits.is_empty() {
        return Err(bad("no digits"));
    }
    if digits.starts_with('-') || digits.starts_with('+') {
        return Err(bad("signs are not allowed"));
    }
    let v = u128::from_str_radix(digits, radix).map_err(|e| {
        use std::num::IntErrorKind::*;
        match e.kind() {
            PosOverflow => bad("too large"),
            _ => bad(&format!("unexpected character for base {radix}")),
        }
    })?;
    v.checked_mul(scale).ok_or_else(|| bad("too large"))
}

/// Longest `irq-wait --timeout`, in seconds (about 11.6 days; leave the
/// option out to wait for ever).
pub const MAX_WAIT_SECONDS: f64 = 1_000_000.0;
/// Longest `demo --pause`, in seconds.
#[cfg(feature = "sim")]
pub const MAX_PAUSE_SECONDS: f64 = 60.0;
/// Longest `--timeout-ms` of `attest` and `grant apply` (one hour).
pub const MAX_TIMEOUT_MS: u64 = 3_600_000;

/// A clap value parser for seconds with an optional fraction (`2.5`,
/// `1e-3`), 0 to `max`: a non-number, NaN, infinity, a sign or anything
/// above `max` is a usage error naming the range, so no later conversion to
/// a `Duration` or deadline can overflow.
pub fn seconds(max: f64) -> impl Fn(&str) -> Result<f64, String> + Clone + Send + Sync + 'static {
    move |text: &str| {
        let range = format!("give seconds from 0 to {max}, e.g. 2.5");
        let v: f64 = text
            .trim()
            .parse()
            .map_err(|_| format!("not a number of seconds; {range}"))?;
        if !v.is_finite() || !(0.0..=max).contains(&v) {
            return Err(format!("out of range; {range}"));
        }
        // -0 parses and is in range; make it plain 0.
        Ok(v + 0.0)
    }
}

/// Formats with a space every three digits, as the human output does.
pub fn group(v: u128) -> String {
    let s = v.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Parses 32 bytes of hex (64 digits, either case, an optional `0x`); the
/// abi's parser, which the key-set files use too.
pub use capfuse_abi::keyset::parse_hex32;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_documented_spellings() {
        assert_eq!(parse("1000").unwrap(), 1000);
        assert_eq!(parse("1_000_000").unwrap(), 1_000_000);
        assert_eq!(parse("0x3e8").unwrap(), 1000);
        assert_eq!(parse("0b1010").unwrap(), 10);
        assert_eq!(parse("20M").unwrap(), 20_000_000);
        assert_eq!(parse("4Ki").unwrap(), 4096);
        assert_eq!(parse("2G").unwrap(), 2_000_000_000);
        assert_eq!(
            parse("0xffff_ffff_ffff_ffff_ffff_ffff").unwrap(),
            (1u128 << 96) - 1
        );
    }

    #[test]
    fn rejects_malformed_numbers_with_a_hint() {
        for bad in [
            "",
            "abc",
            "-5",
            "1.5",
            "12x",
            "0x",
            "k",
            "1e6",
            "0xfffffffffffffffffffffffffffffffff",
        ] {
            let e = parse(bad).unwrap_err();
            assert_eq!(e.code, crate::error::exit::USAGE, "{bad}");
            assert!(e.hint.is_some(), "{bad}");
        }
    }

    #[test]
    fn seconds_are_bounded_and_finite() {
        let p = seconds(100.0);
        assert_eq!(p("2.5"), Ok(2.5));
        assert_eq!(p("0"), Ok(0.0));
        assert_eq!(p("-0").map(f64::is_sign_negative), Ok(false));
        assert_eq!(p("1e2"), Ok(100.0));
        for bad in [
            "",
            "-1",
            "1e30",
            "100.001",
            "inf",
            "-inf",
            "NaN",
            "abc",
            "1 s",
            "٣",
            "9223372036854775807",
        ] {
            let e = p(bad).unwrap_err();
            assert!(e.contains("0 to 100"), "{bad}: {e}");
        }
    }

    #[test]
    fn groups_digits() {
        assert_eq!(group(0), "0");
        assert_eq!(group(1234), "1 234");
        assert_eq!(group(20_000_000), "20 000 000");
    }
}
