//! The authority key-set file: the n public keys (in slot order) and the
//! threshold k a bitstream is built with.
//!
//! The format is the one `capfuse grant keyset` writes (documented in
//! `host-cli/src/authority.rs`): a kind line, `threshold K`, `slot I KEY`
//! for I = 0, 1, ... in order, then `digest HEX`, which must equal
//! [`authority_digest`] of the keys and threshold. Blank lines and lines
//! starting with `#` are ignored; keys and the digest are 64 hex digits.
//!
//! ```text
//! capfuse authority key set
//! threshold 2
//! slot 0 <public key, 64 hex digits>
//! slot 1 <public key, 64 hex digits>
//! digest <authority_digest(keys, threshold), 64 hex digits>
//! ```
//!
//! This parser checks the structure, the counts, every key ([`key_problem`]:
//! the canonical encoding of a curve point that is not of small order, what
//! the card's Ed25519 engine takes as a key) and the digest. Every loader
//! of a key set goes through [`KeySet::new`] (the parser does too): `capfuse
//! grant keyset`, the CLI and the simulated card reading a file, and
//! `capfuse-hdl emit --authority-keys`, so a key the card would refuse never
//! reaches a bitstream.

use curve25519_dalek::edwards::CompressedEdwardsY;

use crate::formats::{authority_digest, MAX_AUTHORITY_SLOTS};

/// Why 32 bytes cannot be an authority key, or `None` if they can: the
/// canonical encoding (y < p, and x = 0 only with the sign bit clear) of a
/// point on the curve that is not of small order. The card's engine refuses
/// a non-canonical key outright, so a slot holding one could never sign; a
/// small-order key proves nothing (signatures that verify with it can be
/// forged without any secret).
pub fn key_problem(key: &[u8; 32]) -> Option<&'static str> {
    // y is the low 255 bits, little-endian; p = 2^255 - 19.
    let mut y = *key;
    y[31] &= 0x7f;
    let y_below_p = y[31] != 0x7f || y[1..31].iter().any(|&b| b != 0xff) || y[0] < 0xed;
    if !y_below_p {
        return Some(
            "not a canonical encoding: its y coordinate is not below p = 2^255 - 19 \
             (the card's Ed25519 engine refuses it as a key)",
        );
    }
    let Some(point) = CompressedEdwardsY(*key).decompress() else {
        return Some("not an Ed25519 public key (not a point on the curve)");
    };
    if point.compress().to_bytes() != *key {
        return Some(
            "not a canonical encoding (x = 0 with the sign bit set; \
             the card's Ed25519 engine refuses it as a key)",
        );
    }
    if point.is_small_order() {
        return Some("a small-order (weak) Ed25519 key, which proves nothing");
    }
    None
}

/// First line of an authority key set file.
pub const KEYSET_KIND: &str = "capfuse authority key set";

/// An authority key set: public keys in slot order and the threshold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySet {
    /// Public keys, slot 0 first (1 to [`MAX_AUTHORITY_SLOTS`]).
    pub keys: Vec<[u8; 32]>,
    /// Signatures from distinct live slots a grant needs (1..=n).
    pub threshold: u8,
}

/// Why a key-set file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySetError {
    /// The file is empty or its first line is not [`KEYSET_KIND`].
    Kind { first_line: Option<String> },
    /// A line that does not fit the format (1-based line number).
    Line { line: usize, problem: String },
    /// A required line is missing (truncated file?).
    Missing { what: &'static str },
    /// Too few or too many keys, or a threshold outside 1..=n.
    Counts { problem: String },
    /// Two slots hold the same key.
    Duplicate { first: usize, second: usize },
    /// A slot's key is not usable ([`key_problem`]).
    Key { slot: usize, problem: &'static str },
    /// The digest line does not match the keys and threshold.
    Digest { computed: [u8; 32] },
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl std::fmt::Display for KeySetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySetError::Kind { first_line: None } => {
                write!(f, "not an authority key set file: the file is empty")
            }
            KeySetError::Kind {
                first_line: Some(l),
            } => write!(
                f,
                "not an authority key set file: its first line is `{l}`, not `{KEYSET_KIND}` \
                 (`capfuse grant keyset` writes one)"
            ),
            KeySetError::Line { line, problem } => write!(f, "key set, line {line}: {problem}"),
            KeySetError::Missing { what } => {
                write!(f, "key set: the `{what}` line is missing (truncated?)")
            }
            KeySetError::Counts { problem } => write!(f, "key set: {problem}"),
            KeySetError::Duplicate { first, second } => write!(
                f,
                "key set: slots {first} and {second} hold the same key; one authority would count twice"
            ),
            KeySetError::Key { slot, problem } => write!(f, "key set: slot {slot}: {problem}"),
            KeySetError::Digest { computed } => write!(
                f,
                "key set: the digest line does not match its keys and threshold \
                 (edited or corrupted?); they give {}",
                hex(computed)
            ),
        }
    }
}

impl std::error::Error for KeySetError {}

/// 64 hex digits (an optional `0x` prefix allowed) as 32 bytes.
pub fn parse_hex32(text: &str) -> Result<[u8; 32], String> {
    let t = text.trim();
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .unwrap_or(t);
    if t.len() != 64 || !t.is_ascii() {
        return Err(format!(
            "expected 64 hex digits (32 bytes), got {} characters",
            t.chars().count()
        ));
    }
    let mut out = [0u8; 32];
    for (i, pair) in t.as_bytes().chunks(2).enumerate() {
        let digit = |c: u8| (c as char).to_digit(16);
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out[i] = (h * 16 + l) as u8,
            _ => return Err(format!("not a hex digit near position {}", 2 * i + 1)),
        }
    }
    Ok(out)
}

impl KeySet {
    /// Checks and builds a key set: 1..=8 distinct keys, each usable
    /// ([`key_problem`]), 1 <= k <= n.
    pub fn new(keys: Vec<[u8; 32]>, threshold: u8) -> Result<KeySet, KeySetError> {
        if keys.is_empty() || keys.len() > MAX_AUTHORITY_SLOTS {
            return Err(KeySetError::Counts {
                problem: format!(
                    "{} keys; a key set has 1 to {MAX_AUTHORITY_SLOTS}",
                    keys.len()
                ),
            });
        }
        if threshold == 0 || threshold as usize > keys.len() {
            return Err(KeySetError::Counts {
                problem: format!(
                    "threshold {threshold} with {} keys; it must be 1 to {}",
                    keys.len(),
                    keys.len()
                ),
            });
        }
        for (i, k) in keys.iter().enumerate() {
            if let Some(problem) = key_problem(k) {
                return Err(KeySetError::Key { slot: i, problem });
            }
            if let Some(j) = keys[..i].iter().position(|o| o == k) {
                return Err(KeySetError::Duplicate {
                    first: j,
                    second: i,
                });
            }
        }
        Ok(KeySet { keys, threshold })
    }

    /// [`authority_digest`] of the set.
    pub fn digest(&self) -> [u8; 32] {
        authority_digest(&self.keys, self.threshold)
    }

    /// The file's text (what `capfuse grant keyset` writes).
    pub fn to_text(&self) -> String {
        let mut s = format!(
            "{KEYSET_KIND}\n# {} of {} authority signatures from distinct slots are required.\nthreshold {}\n",
            self.threshold,
            self.keys.len(),
            self.threshold
        );
        for (i, k) in self.keys.iter().enumerate() {
            s.push_str(&format!("slot {i} {}\n", hex(k)));
        }
        s.push_str(&format!("digest {}\n", hex(&self.digest())));
        s
    }

    /// Parses a key set file and checks its digest line.
    pub fn parse(text: &str) -> Result<KeySet, KeySetError> {
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim()))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
        match lines.next() {
            Some((_, first)) if first == KEYSET_KIND => {}
            Some((_, first)) => {
                return Err(KeySetError::Kind {
                    first_line: Some(first.to_string()),
                })
            }
            None => return Err(KeySetError::Kind { first_line: None }),
        }
        let mut threshold: Option<u8> = None;
        let mut keys: Vec<[u8; 32]> = Vec::new();
        let mut digest: Option<[u8; 32]> = None;
        for (n, line) in lines {
            let at = |problem: String| KeySetError::Line { line: n, problem };
            if digest.is_some() {
                return Err(at("unexpected text after the digest line".into()));
            }
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["threshold", k] if threshold.is_none() && keys.is_empty() => {
                    threshold = Some(
                        k.parse()
                            .map_err(|_| at(format!("threshold `{k}` is not a number 1..=8")))?,
                    );
                }
                ["slot", i, key] if threshold.is_some() => {
                    if *i != keys.len().to_string() {
                        return Err(at(format!(
                            "expected slot {} (slots are listed 0, 1, 2... in order), got `{i}`",
                            keys.len()
                        )));
                    }
                    if keys.len() == MAX_AUTHORITY_SLOTS {
                        return Err(at(format!(
                            "more than {MAX_AUTHORITY_SLOTS} slots; a bitstream holds at most {MAX_AUTHORITY_SLOTS}"
                        )));
                    }
                    keys.push(parse_hex32(key).map_err(|e| at(format!("slot {i}: {e}")))?);
                }
                ["digest", d] if !keys.is_empty() => {
                    digest = Some(parse_hex32(d).map_err(|e| at(format!("digest: {e}")))?);
                }
                _ => {
                    return Err(at(format!(
                        "unexpected `{line}`; expected, in order: `threshold K`, `slot 0 KEY`, \
                         `slot 1 KEY`..., `digest HEX`"
                    )))
                }
            }
        }
        let threshold = threshold.ok_or(KeySetError::Missing {
            what: "threshold K",
        })?;
        let digest = digest.ok_or(KeySetError::Missing { what: "digest HEX" })?;
        let set = KeySet::new(keys, threshold)?;
        let computed = set.digest();
        if computed != digest {
            return Err(KeySetError::Digest { computed });
        }
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use curve25519_dalek::constants::{ED25519_BASEPOINT_POINT, EIGHT_TORSION};
    use curve25519_dalek::scalar::Scalar;

    /// A valid key: (i + 1) times the base point.
    fn key(i: u64) -> [u8; 32] {
        (ED25519_BASEPOINT_POINT * Scalar::from(i + 1))
            .compress()
            .to_bytes()
    }

    fn set() -> KeySet {
        KeySet::new(vec![key(0), key(1), key(2)], 2).unwrap()
    }

    #[test]
    fn round_trips_through_its_text() {
        let s = set();
        assert_eq!(KeySet::parse(&s.to_text()), Ok(s.clone()));
        // Comments, blank lines, indentation and a 0x prefix are accepted.
        let text = s.to_text().replace("slot 1 ", "\n# a comment\n  slot 1 0x");
        assert_eq!(KeySet::parse(&text), Ok(s));
    }

    #[test]
    fn refuses_bad_files_with_a_reason() {
        let good = set().to_text();
        let k0 = hex(&key(0));
        let parse = |t: &str| KeySet::parse(t).unwrap_err();
        assert_eq!(parse(""), KeySetError::Kind { first_line: None });
        assert!(matches!(
            parse("capfuse authority public key\n00"),
            KeySetError::Kind {
                first_line: Some(_)
            }
        ));
        // Wrong digest (a key edited into another valid key).
        let edited = good.replacen(&k0, &hex(&key(7)), 1);
        assert!(matches!(parse(&edited), KeySetError::Digest { .. }));
        // Truncated before the digest.
        let cut: String = good.lines().take(5).map(|l| format!("{l}\n")).collect();
        assert_eq!(parse(&cut), KeySetError::Missing { what: "digest HEX" });
        // Slots out of order.
        let swapped = good.replace("slot 1", "slot 2");
        assert!(matches!(parse(&swapped), KeySetError::Line { .. }));
        // Threshold above n (digest recomputed so only the count is wrong).
        let bad_k = KeySet {
            keys: vec![key(0)],
            threshold: 2,
        };
        assert!(matches!(
            parse(&bad_k.to_text()),
            KeySetError::Counts { .. }
        ));
        // Duplicate keys.
        let dup = KeySet {
            keys: vec![key(0), key(0)],
            threshold: 1,
        };
        assert!(matches!(
            parse(&dup.to_text()),
            KeySetError::Duplicate {
                first: 0,
                second: 1
            }
        ));
        // Bad hex, text after the digest.
        assert!(matches!(
            parse(&good.replacen(&k0[..2], "zz", 1)),
            KeySetError::Line { .. }
        ));
        assert!(matches!(
            parse(&format!("{good}threshold 1\n")),
            KeySetError::Line { .. }
        ));
        // Every message is one readable line.
        assert!(parse(&edited).to_string().contains("digest"));
    }

    /// Encodings of y + p for each y < 19 (the only y whose twin fits in
    /// 255 bits), either sign.
    fn non_canonical_twins() -> Vec<[u8; 32]> {
        let mut out = Vec::new();
        for y in 0u8..19 {
            let mut e = [0xffu8; 32];
            e[0] = 0xed + y;
            e[31] = 0x7f;
            out.push(e);
            e[31] = 0xff;
            out.push(e);
        }
        out
    }

    #[test]
    fn keys_must_be_canonical_points_not_of_small_order() {
        for i in 0..50 {
            assert_eq!(key_problem(&key(i)), None, "{i}");
        }
        // y >= p: all ones (y = p + 18, which dalek decompresses as y = 18)
        // and every twin y + p, whether or not y is on the curve.
        let all_ones = [0xff; 32];
        assert!(CompressedEdwardsY(all_ones).decompress().is_some());
        assert!(key_problem(&all_ones).unwrap().contains("not below p"));
        for e in non_canonical_twins() {
            assert!(key_problem(&e).unwrap().contains("canonical"), "{e:02x?}");
        }
        // "Negative zero": the identity (x = 0) with the sign bit set.
        let mut neg_zero = [0u8; 32];
        neg_zero[0] = 1;
        neg_zero[31] = 0x80;
        assert!(key_problem(&neg_zero).unwrap().contains("canonical"));
        // The eight small-order points.
        for p in EIGHT_TORSION {
            let e = p.compress().to_bytes();
            assert!(key_problem(&e).unwrap().contains("small-order"), "{e:02x?}");
        }
        // Not on the curve: some y has no x.
        let off = (2u8..)
            .map(|y| {
                let mut e = [0u8; 32];
                e[0] = y;
                e
            })
            .find(|e| CompressedEdwardsY(*e).decompress().is_none())
            .unwrap();
        assert!(key_problem(&off).unwrap().contains("not a point"));
    }

    #[test]
    fn every_key_set_loader_refuses_an_unusable_key_naming_its_slot() {
        // Built directly, and parsed from a file whose digest matches (so
        // only the key is wrong).
        let bad = KeySet {
            keys: vec![key(0), [0xff; 32]],
            threshold: 1,
        };
        let want = KeySetError::Key {
            slot: 1,
            problem: key_problem(&[0xff; 32]).unwrap(),
        };
        assert_eq!(KeySet::new(bad.keys.clone(), 1), Err(want.clone()));
        let e = KeySet::parse(&bad.to_text()).unwrap_err();
        assert_eq!(e, want);
        assert!(
            e.to_string()
                .starts_with("key set: slot 1: not a canonical"),
            "{e}"
        );
        let small = KeySet {
            keys: vec![EIGHT_TORSION[1].compress().to_bytes()],
            threshold: 1,
        };
        assert!(matches!(
            KeySet::parse(&small.to_text()),
            Err(KeySetError::Key { slot: 0, .. })
        ));
    }
}
