//! Property tests of every parser of outside bytes in this crate: reports,
//! grant bodies, grant files (`formats`), authority key-set files and hex
//! keys (`keyset`). Arbitrary bytes and mutations of valid encodings (byte
//! changes, truncation, extension, fields at their boundaries, line edits)
//! must never panic; each refusal is a typed error ([`FormatError`],
//! [`KeySetError`]) that says what was wrong, and each acceptance is exact
//! (the parsed value re-encodes to the same bytes, or for a key-set file is
//! the set the digest line names).
//!
//! The expected verdict of a single changed byte is derived from the layout
//! tables of `docs/formats.md`, independently of the parser's code.

use capfuse_abi::formats::{
    authority_digest, grant_flag, FormatError, Grant, GrantBody, Limits, Report, SlotSignature,
    GRANT_BODY_LEN, GRANT_DOMAIN, MAX_96, MAX_AUTHORITY_SLOTS, REPORT_DOMAIN, REPORT_LEN,
    SIGNATURE_LEN,
};
use capfuse_abi::keyset::{parse_hex32, KeySet, KeySetError, KEYSET_KIND};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// Strategies for valid values.

fn u96() -> impl Strategy<Value = u128> {
    prop_oneof![
        Just(0u128),
        Just(MAX_96),
        Just(MAX_96 - 1),
        0..=MAX_96,
        (0u32..96).prop_map(|b| 1u128 << b),
    ]
}

fn limits() -> impl Strategy<Value = Limits> {
    (
        u96(),
        any::<u32>(),
        prop_oneof![Just(1u32), Just(u32::MAX), 1..=u32::MAX],
        prop_oneof![Just(0u16), Just(256u16), 0..=256u16],
        prop_oneof![Just(0u16), Just(256u16), 0..=256u16],
        u96(),
    )
        .prop_map(
            |(
                cum_budget,
                window_budget,
                window_len,
                baseline_ratio,
                trip_ratio,
                report_threshold,
            )| {
                Limits {
                    cum_budget,
                    window_budget,
                    window_len,
                    baseline_ratio,
                    trip_ratio,
                    report_threshold,
                }
            },
        )
}

fn report() -> impl Strategy<Value = Report> {
    (
        (
            any::<[u8; 32]>(),
            any::<[u8; 32]>(),
            any::<u64>(),
            any::<u64>(),
            any::<u64>(),
            any::<u64>(),
            u96(),
        ),
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<[u64; 4]>(),
            limits(),
            any::<u64>(),
            any::<u64>(),
            any::<[u8; 32]>(),
        ),
    )
        .prop_map(
            |(
                (device_key, nonce, seq, boot_epoch, device_epoch, cycle, cum_work),
                (
                    window_work,
                    status,
                    trip_reasons,
                    trip_cycles,
                    limits,
                    license_expiry,
                    last_grant_seq,
                    authority_digest,
                ),
            )| Report {
                device_key,
                nonce,
                seq,
                boot_epoch,
                device_epoch,
                cycle,
                cum_work,
                window_work,
                status,
                trip_reasons,
                trip_cycles,
                limits,
                license_expiry,
                last_grant_seq,
                authority_digest,
            },
        )
}

fn grant_body() -> impl Strategy<Value = GrantBody> {
    (
        0..=grant_flag::ALL,
        any::<[u8; 32]>(),
        prop_oneof![Just(1u64), Just(u64::MAX), 1..=u64::MAX],
        any::<u64>(),
        any::<u64>(),
        limits(),
        0..MAX_AUTHORITY_SLOTS as u8,
    )
        .prop_map(
            |(flags, device_key, seq, boot_epoch, expiry_epoch, limits, slot)| GrantBody {
                flags,
                device_key,
                seq,
                boot_epoch,
                expiry_epoch,
                limits,
                // The slot byte is meaningful only with REVOKE_SLOT.
                revoke_slot: if flags & grant_flag::REVOKE_SLOT != 0 {
                    slot
                } else {
                    0
                },
            },
        )
}

fn grant() -> impl Strategy<Value = Grant> {
    (
        grant_body(),
        proptest::sample::subsequence((0..MAX_AUTHORITY_SLOTS as u8).collect::<Vec<_>>(), 0..=8)
            .prop_shuffle(),
        any::<u64>(),
    )
        .prop_map(|(body, slots, fill)| Grant {
            body,
            signatures: slots
                .into_iter()
                .map(|slot| SlotSignature {
                    slot,
                    signature: std::array::from_fn(|i| (fill >> (i % 8 * 8)) as u8 ^ slot),
                })
                .collect(),
        })
}

// ---------------------------------------------------------------------------
// The documented layout, read independently of `formats.rs`.

fn le(b: &[u8], at: usize, n: usize) -> u128 {
    let mut v = [0u8; 16];
    v[..n].copy_from_slice(&b[at..at + n]);
    u128::from_le_bytes(v)
}

/// Whether the 44 limit bytes at `at` hold valid limits (docs/formats.md,
/// "Limits"): 96-bit budget and threshold, window length >= 1, ratios <= 256.
fn limits_valid(b: &[u8], at: usize) -> bool {
    le(b, at, 16) <= MAX_96
        && le(b, at + 20, 4) >= 1
        && le(b, at + 24, 2) <= 256
        && le(b, at + 26, 2) <= 256
        && le(b, at + 28, 16) <= MAX_96
}

/// The verdict the report table gives a valid report with one byte changed.
fn expected_report_verdict(b: &[u8], at: usize) -> Result<(), &'static str> {
    match at {
        0..=15 => Err("domain"),
        16..=17 => Err("version"),
        18..=19 => Err("reserved 18"),
        20..=23 => Err("declared length"),
        120..=135 if le(b, 120, 16) > MAX_96 => Err("range"),
        148..=151 => Err("reserved 148"),
        184..=227 if !limits_valid(b, 184) => Err("range"),
        _ => Ok(()),
    }
}

/// The verdict the grant body table gives a valid body with one byte
/// changed.
fn expected_body_verdict(b: &[u8], at: usize) -> Result<(), &'static str> {
    let flags = le(b, 18, 2) as u16;
    let slot = b[124];
    match at {
        0..=15 => Err("domain"),
        16..=17 => Err("version"),
        18..=19 if flags & !grant_flag::ALL != 0 => Err("flags"),
        20..=23 => Err("declared length"),
        125..=127 => Err("reserved 125"),
        56..=63 if le(b, 56, 8) == 0 => Err("range"),
        18..=19 | 124
            if slot as usize >= MAX_AUTHORITY_SLOTS
                || (flags & grant_flag::REVOKE_SLOT == 0 && slot != 0) =>
        {
            Err("range")
        }
        80..=123 if !limits_valid(b, 80) => Err("range"),
        _ => Ok(()),
    }
}

fn matches_expected(got: &Result<(), FormatError>, expected: Result<(), &'static str>) -> bool {
    match (got, expected) {
        (Ok(()), Ok(())) => true,
        (Err(FormatError::Domain { .. }), Err("domain")) => true,
        (Err(FormatError::Version { .. }), Err("version")) => true,
        (Err(FormatError::Reserved { offset: 18, .. }), Err("reserved 18")) => true,
        (Err(FormatError::Reserved { offset: 148, .. }), Err("reserved 148")) => true,
        (Err(FormatError::Reserved { offset: 125, .. }), Err("reserved 125")) => true,
        (
            Err(FormatError::Range {
                field: "declared length",
                ..
            }),
            Err("declared length"),
        ) => true,
        (Err(FormatError::Range { field, .. }), Err("range")) => *field != "declared length",
        (Err(FormatError::Flags { .. }), Err("flags")) => true,
        _ => false,
    }
}

/// A refusal is one readable line naming what was wrong.
fn readable(e: &dyn std::error::Error) -> Result<(), TestCaseError> {
    let m = e.to_string();
    prop_assert!(m.len() > 10 && !m.contains('\n'), "message `{m}`");
    Ok(())
}

/// Whatever the bytes, the three format parsers return a value that
/// re-encodes to exactly those bytes, or a typed refusal consistent with the
/// input's length and domain.
fn check_format_parsers(bytes: &[u8]) -> Result<(), TestCaseError> {
    let domain_is = |d: &[u8; 16]| bytes.len() < 16 || bytes[..16] == d[..];
    match Report::from_bytes(bytes) {
        Ok(r) => prop_assert_eq!(&r.to_bytes()[..], bytes),
        Err(e) => {
            readable(&e)?;
            if !domain_is(&REPORT_DOMAIN) {
                prop_assert_eq!(&e, &FormatError::Domain { what: "report" });
            } else if bytes.len() != REPORT_LEN {
                prop_assert_eq!(
                    &e,
                    &FormatError::Length {
                        what: "report",
                        expected: REPORT_LEN,
                        got: bytes.len()
                    }
                );
            }
        }
    }
    match GrantBody::from_bytes(bytes) {
        Ok(g) => prop_assert_eq!(&g.to_bytes()[..], bytes),
        Err(e) => {
            readable(&e)?;
            if !domain_is(&GRANT_DOMAIN) {
                prop_assert_eq!(&e, &FormatError::Domain { what: "grant" });
            } else if bytes.len() != GRANT_BODY_LEN {
                prop_assert_eq!(
                    &e,
                    &FormatError::Length {
                        what: "grant",
                        expected: GRANT_BODY_LEN,
                        got: bytes.len()
                    }
                );
            }
        }
    }
    match Grant::from_bytes(bytes) {
        Ok(g) => prop_assert_eq!(&g.to_bytes()[..], bytes),
        Err(e) => {
            readable(&e)?;
            if bytes.len() <= GRANT_BODY_LEN {
                prop_assert!(
                    matches!(e, FormatError::Domain { .. } | FormatError::Length { .. }),
                    "{e:?}"
                );
            }
            if let FormatError::Length { got, .. } = e {
                prop_assert_eq!(got, bytes.len());
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn format_parsers_survive_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..700)) {
        check_format_parsers(&bytes)?;
    }

    /// Arbitrary bytes behind each domain string, and near each length, so
    /// the parsers get past their first two checks.
    #[test]
    fn format_parsers_survive_arbitrary_bytes_behind_a_right_domain(
        report_domain in any::<bool>(),
        len in prop_oneof![
            Just(REPORT_LEN), Just(GRANT_BODY_LEN), Just(GRANT_BODY_LEN + 1),
            Just(GRANT_BODY_LEN + 1 + 65), Just(GRANT_BODY_LEN + 1 + 8 * 65),
            16usize..700
        ],
        tail in proptest::collection::vec(any::<u8>(), 700),
        version_one in any::<bool>(),
        declared_right in any::<bool>(),
    ) {
        let mut b = tail[..len].to_vec();
        b[..16].copy_from_slice(if report_domain { &REPORT_DOMAIN } else { &GRANT_DOMAIN });
        if version_one && len >= 18 {
            b[16..18].copy_from_slice(&1u16.to_le_bytes());
        }
        if declared_right && len >= 24 {
            let d = if report_domain { REPORT_LEN } else { GRANT_BODY_LEN } as u32;
            b[20..24].copy_from_slice(&d.to_le_bytes());
        }
        check_format_parsers(&b)?;
    }

    #[test]
    fn valid_reports_and_grants_round_trip(r in report(), g in grant()) {
        let rb = r.to_bytes();
        prop_assert_eq!(Report::from_bytes(&rb), Ok(r));
        let gb = g.to_bytes();
        prop_assert_eq!(GrantBody::from_bytes(&gb[..GRANT_BODY_LEN]), Ok(g.body.clone()));
        prop_assert_eq!(Grant::from_bytes(&gb), Ok(g));
    }

    /// One byte of a valid report set to any other value: the verdict is the
    /// one the layout table gives for that offset and value.
    #[test]
    fn a_changed_report_byte_gets_the_documented_verdict(
        r in report(), at in 0..REPORT_LEN, v in any::<u8>(),
        boundary in prop_oneof![Just(None), (0usize..6).prop_map(Some)],
    ) {
        let mut b = r.to_bytes();
        // Half the time push a 96-bit field or a limit right to its edge
        // first, so the one changed byte can cross it.
        if let Some(k) = boundary {
            let (off, val): (usize, &[u8]) = match k {
                0 => (120, &MAX_96.to_le_bytes()),
                1 => (184, &MAX_96.to_le_bytes()),
                2 => (184 + 28, &MAX_96.to_le_bytes()),
                3 => (184 + 20, &1u32.to_le_bytes()),
                4 => (184 + 24, &256u16.to_le_bytes()),
                _ => (184 + 26, &256u16.to_le_bytes()),
            };
            b[off..off + val.len()].copy_from_slice(val);
            prop_assert!(Report::from_bytes(&b).is_ok());
        }
        prop_assume!(b[at] != v);
        b[at] = v;
        let got = Report::from_bytes(&b).map(|_| ());
        let expected = expected_report_verdict(&b, at);
        prop_assert!(matches_expected(&got, expected), "byte {} = {:#04x}: got {:?}, expected {:?}", at, v, got, expected);
        check_format_parsers(&b)?;
    }

    /// The same for a grant body, and for the grant file around it.
    #[test]
    fn a_changed_grant_byte_gets_the_documented_verdict(
        g in grant(), at in 0..GRANT_BODY_LEN, v in any::<u8>(),
        boundary in prop_oneof![Just(None), (0usize..4).prop_map(Some)],
    ) {
        let mut b = g.to_bytes();
        if let Some(k) = boundary {
            let (off, val): (usize, &[u8]) = match k {
                0 => (56, &1u64.to_le_bytes()),
                1 => (80, &MAX_96.to_le_bytes()),
                2 => (80 + 20, &1u32.to_le_bytes()),
                _ => (80 + 24, &256u16.to_le_bytes()),
            };
            b[off..off + val.len()].copy_from_slice(val);
            prop_assert!(Grant::from_bytes(&b).is_ok());
        }
        prop_assume!(b[at] != v);
        b[at] = v;
        let expected = expected_body_verdict(&b, at);
        let body = GrantBody::from_bytes(&b[..GRANT_BODY_LEN]).map(|_| ());
        prop_assert!(matches_expected(&body, expected), "byte {} = {:#04x}: got {:?}, expected {:?}", at, v, body, expected);
        // The file carries the body's verdict unchanged.
        prop_assert_eq!(Grant::from_bytes(&b).map(|_| ()), body);
        check_format_parsers(&b)?;
    }

    /// Each limit field (in a report and in a grant) at and beyond its
    /// bounds: accepted exactly when the documented range holds.
    #[test]
    fn limit_fields_at_their_bounds_get_the_documented_verdict(
        r in report(), g in grant(), field in 0usize..6,
        pick in any::<prop::sample::Index>(),
    ) {
        // (offset in the limits, width, values at and around the bounds)
        let (off, width, values): (usize, usize, &[u128]) = match field {
            0 => (0, 16, &[0, MAX_96 - 1, MAX_96, MAX_96 + 1, 1 << 100, u128::MAX]),
            1 => (16, 4, &[0, 1, u32::MAX as u128]),
            2 => (20, 4, &[0, 1, 2, u32::MAX as u128]),
            3 => (24, 2, &[0, 255, 256, 257, u16::MAX as u128]),
            4 => (26, 2, &[0, 255, 256, 257, u16::MAX as u128]),
            _ => (28, 16, &[0, MAX_96, MAX_96 + 1, u128::MAX]),
        };
        let v = values[pick.index(values.len())];
        let valid = match field {
            0 | 5 => v <= MAX_96,
            2 => v >= 1,
            3 | 4 => v <= 256,
            _ => true,
        };
        for (mut b, at, what) in [
            (r.to_bytes().to_vec(), 184, "report"),
            (g.to_bytes(), 80, "grant"),
        ] {
            b[at + off..at + off + width].copy_from_slice(&v.to_le_bytes()[..width]);
            prop_assert_eq!(limits_valid(&b, at), valid);
            let got = if what == "report" {
                Report::from_bytes(&b).map(|_| ())
            } else {
                Grant::from_bytes(&b).map(|_| ())
            };
            if valid {
                prop_assert_eq!(got, Ok(()), "{} field {} = {}", what, field, v);
            } else {
                prop_assert!(matches!(got, Err(FormatError::Range { what: w, .. }) if w == what), "{what} field {field} = {v}: {got:?}");
            }
        }
    }

    /// A grant file's signature count and slots set to anything.
    #[test]
    fn grant_file_signature_section_gets_the_documented_verdict(
        g in grant(),
        count in prop_oneof![3 => Just(None), 1 => (0u8..=9).prop_map(Some), 1 => any::<u8>().prop_map(Some)],
        slots in proptest::collection::vec(prop_oneof![0u8..8, any::<u8>()], 0..10),
        extra in 0usize..3,
    ) {
        // Mostly the count the slots need, so the slot checks are reached.
        let count = count.unwrap_or(slots.len() as u8);
        let mut b = g.body.to_bytes().to_vec();
        b.push(count);
        for (i, s) in slots.iter().enumerate() {
            b.push(*s);
            b.extend(std::iter::repeat_n(i as u8, SIGNATURE_LEN));
        }
        b.extend(std::iter::repeat_n(0xee, extra));
        let n = count as usize;
        let got = Grant::from_bytes(&b);
        let expected_len = GRANT_BODY_LEN + 1 + n * (1 + SIGNATURE_LEN);
        if n > MAX_AUTHORITY_SLOTS {
            prop_assert!(matches!(got, Err(FormatError::Signatures { .. })), "{got:?}");
        } else if b.len() != expected_len {
            prop_assert_eq!(got, Err(FormatError::Length { what: "grant file", expected: expected_len, got: b.len() }));
        } else {
            let bad_slot = slots.iter().any(|&s| s as usize >= MAX_AUTHORITY_SLOTS);
            let dup = (0..slots.len()).any(|i| slots[..i].contains(&slots[i]));
            match got {
                Ok(g2) => {
                    prop_assert!(!bad_slot && !dup);
                    prop_assert_eq!(g2.to_bytes(), b);
                }
                Err(e) => {
                    prop_assert!(bad_slot || dup, "{e:?}");
                    prop_assert!(matches!(e, FormatError::Signatures { .. }), "{e:?}");
                    readable(&e)?;
                }
            }
        }
    }

    /// Truncation anywhere and extension by any bytes are length errors
    /// stating both lengths.
    #[test]
    fn truncated_or_extended_encodings_are_length_errors(
        r in report(), g in grant(), cut in 0usize..700,
        more in proptest::collection::vec(any::<u8>(), 1..80),
    ) {
        let rb = r.to_bytes();
        let n = cut % REPORT_LEN;
        prop_assert_eq!(Report::from_bytes(&rb[..n]), Err(FormatError::Length { what: "report", expected: REPORT_LEN, got: n }));
        let mut long = rb.to_vec();
        long.extend(&more);
        prop_assert_eq!(Report::from_bytes(&long), Err(FormatError::Length { what: "report", expected: REPORT_LEN, got: long.len() }));

        let gb = g.to_bytes();
        let n = cut % gb.len();
        let got = Grant::from_bytes(&gb[..n]);
        prop_assert!(matches!(got, Err(FormatError::Length { got, .. }) if got == n), "cut at {n}: {got:?}");
        let mut long = gb.clone();
        long.extend(&more);
        let got = Grant::from_bytes(&long);
        prop_assert!(matches!(got, Err(FormatError::Length { got, .. }) if got == long.len()), "{got:?}");
        let mut long = gb[..GRANT_BODY_LEN].to_vec();
        long.extend(&more);
        prop_assert!(matches!(GrantBody::from_bytes(&long), Err(FormatError::Length { .. })), "a body with a tail");
    }
}

// ---------------------------------------------------------------------------
// Key-set files.

/// Real Ed25519 public keys (from the seeds 0xa0..=0xa7 repeated), so that a
/// key check on the keys themselves does not refuse the valid files.
const KEYS: [&str; 8] = [
    "b533d8ad9fcfbdde0b481c1b334ddc3c53412fd614564e7e5afd020368d382c3",
    "bc7cbcb5636375fa1d82434d466724d92377f53b980695dd49d26d0ce12205a5",
    "65e8f9b0bc6eae124169f0576f97362d295a8cf5f770b45e14357ce647d33eec",
    "acf12b4acc1c660a8326aed34039efb728a5e496488240f50a932ab7aba51751",
    "a0a0c227d8a1254393590789c18060efeaa0937196a6b7bdb7061841907975a7",
    "29e5833a915a6429a4e3a7948475c338ef436eb82be89c92f059704403db9d55",
    "38aa2fe43ae0b78882f9a103fcacbf7be885effae1109ce46a2b477b774ee248",
    "c9571eeb4aa9de1159858bc6a3d4a626c4f4845e8eebd5f554b2ec0f50c68860",
];

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn key_set() -> impl Strategy<Value = KeySet> {
    proptest::sample::subsequence(KEYS.to_vec(), 1..=8)
        .prop_shuffle()
        .prop_flat_map(|keys| {
            let n = keys.len() as u8;
            (Just(keys), 1..=n)
        })
        .prop_map(|(keys, k)| {
            let keys = keys.iter().map(|h| parse_hex32(h).unwrap()).collect();
            KeySet::new(keys, k).unwrap()
        })
}

/// A line edit of a key-set file.
#[derive(Clone, Debug)]
enum LineEdit {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Replace(usize, String),
    Insert(usize, String),
}

/// Lines that look like the format, so the parser gets past its first
/// checks: the right words with numbers at and beyond their bounds.
fn plausible_line() -> impl Strategy<Value = String> {
    let number = prop_oneof![
        Just("0".to_string()),
        Just("1".to_string()),
        Just("8".to_string()),
        Just("9".to_string()),
        Just("255".to_string()),
        Just("256".to_string()),
        Just("-1".to_string()),
        Just("18446744073709551616".to_string()),
        Just("08".to_string()),
        Just("+1".to_string()),
        any::<u32>().prop_map(|v| v.to_string()),
    ];
    let hexish = prop_oneof![
        any::<[u8; 32]>().prop_map(|b| hex(&b)),
        any::<[u8; 32]>().prop_map(|b| format!("0x{}", hex(&b))),
        any::<[u8; 31]>().prop_map(|b| hex(&b)),
        any::<[u8; 33]>().prop_map(|b| hex(&b)),
        proptest::sample::select(KEYS.to_vec()).prop_map(str::to_string),
        "[0-9a-fA-FxX+ -]{0,70}",
        "\\PC{0,70}",
    ];
    prop_oneof![
        number.clone().prop_map(|n| format!("threshold {n}")),
        (number, hexish.clone()).prop_map(|(n, h)| format!("slot {n} {h}")),
        hexish.prop_map(|h| format!("digest {h}")),
        Just(KEYSET_KIND.to_string()),
        Just(String::new()),
        "# \\PC{0,20}",
        "\\PC{0,40}",
    ]
}

fn line_edit() -> impl Strategy<Value = LineEdit> {
    prop_oneof![
        (0usize..16).prop_map(LineEdit::Delete),
        (0usize..16).prop_map(LineEdit::Duplicate),
        (0usize..16, 0usize..16).prop_map(|(a, b)| LineEdit::Swap(a, b)),
        (0usize..16, plausible_line()).prop_map(|(i, l)| LineEdit::Replace(i, l)),
        (0usize..16, plausible_line()).prop_map(|(i, l)| LineEdit::Insert(i, l)),
    ]
}

fn apply(text: &str, edits: &[LineEdit]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for e in edits {
        let n = lines.len().max(1);
        match e {
            LineEdit::Delete(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            LineEdit::Duplicate(i) if !lines.is_empty() => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            LineEdit::Swap(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            LineEdit::Replace(i, l) if !lines.is_empty() => lines[i % n] = l.clone(),
            LineEdit::Insert(i, l) => lines.insert(i % (lines.len() + 1), l.clone()),
            _ => {}
        }
    }
    lines.join("\n")
}

/// Any text: a typed refusal with a readable message, or a set whose
/// digest line is in the text and whose own text parses back to it.
fn check_keyset_parser(text: &str) -> Result<Option<KeySet>, TestCaseError> {
    match KeySet::parse(text) {
        Ok(set) => {
            // Hex is read in either case (and with a `0x` prefix), so the
            // digest may be spelled with capitals.
            prop_assert!(
                text.to_ascii_lowercase().contains(&hex(&set.digest())),
                "accepted without its digest"
            );
            prop_assert!((1..=MAX_AUTHORITY_SLOTS).contains(&set.keys.len()));
            prop_assert!(set.threshold >= 1 && set.threshold as usize <= set.keys.len());
            prop_assert_eq!(KeySet::parse(&set.to_text()), Ok(set.clone()));
            Ok(Some(set))
        }
        Err(e) => {
            readable(&e)?;
            if let KeySetError::Line { line, .. } = e {
                prop_assert!(line >= 1 && line <= text.lines().count(), "line {line}");
            }
            Ok(None)
        }
    }
}

/// A key set whose digest line is spelled in capitals is the same set: the
/// property above once took that for a set accepted without its digest
/// (found by `a_changed_keyset_character_is_refused_or_harmless`, a `b`
/// changed to `B`).
#[test]
fn a_digest_in_capitals_is_the_same_set() {
    let keys = KEYS[..2].iter().map(|h| parse_hex32(h).unwrap()).collect();
    let set = KeySet::new(keys, 2).unwrap();
    let text = set.to_text();
    let digest = hex(&set.digest());
    assert!(digest.bytes().any(|b| b.is_ascii_alphabetic()));
    let upper = text.replace(&digest, &digest.to_ascii_uppercase());
    assert_ne!(upper, text);
    let parsed = check_keyset_parser(&upper).expect("the parser's properties hold");
    assert_eq!(parsed, Some(set));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn keyset_parser_survives_arbitrary_text(text in "\\PC{0,600}") {
        check_keyset_parser(&text)?;
    }

    #[test]
    fn keyset_parser_survives_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        // The CLI reads the file as UTF-8 first; a lossy conversion keeps
        // every byte's influence.
        check_keyset_parser(&String::from_utf8_lossy(&bytes))?;
    }

    /// Files of plausible lines, in any order, after the kind line.
    #[test]
    fn keyset_parser_survives_plausible_lines(lines in proptest::collection::vec(plausible_line(), 0..14)) {
        check_keyset_parser(&format!("{KEYSET_KIND}\n{}", lines.join("\n")))?;
    }

    /// A valid file with its lines edited: refused with a typed error, or
    /// (when the edit kept its meaning, e.g. a duplicated comment) the very
    /// same set; never another set, since the digest line binds it.
    #[test]
    fn an_edited_keyset_file_is_refused_or_the_same_set(set in key_set(), edits in proptest::collection::vec(line_edit(), 1..4)) {
        let text = apply(&set.to_text(), &edits);
        if let Some(parsed) = check_keyset_parser(&text)? {
            // Another valid set is only possible if the edits wrote its
            // digest: plausible lines carry random or known keys, never a
            // matching digest, so it must be this set.
            prop_assert_eq!(parsed, set);
        }
    }

    /// A valid file with characters changed, cut or appended.
    #[test]
    fn a_changed_keyset_character_is_refused_or_harmless(
        set in key_set(), at in any::<prop::sample::Index>(), c in any::<char>(),
        cut in any::<bool>(), tail in "\\PC{0,30}",
    ) {
        let text = set.to_text();
        let chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len());
        let mut edited: String = chars[..i].iter().collect();
        if !cut {
            edited.push(c);
            edited.extend(&chars[i + 1..]);
        }
        edited.push_str(&tail);
        if let Some(parsed) = check_keyset_parser(&edited)? {
            prop_assert_eq!(parsed, set);
        }
    }

    /// The threshold at and beyond its bounds, with the digest recomputed
    /// so only the count can be wrong.
    #[test]
    fn keyset_threshold_bounds_are_counts_errors(set in key_set(), k in any::<u8>()) {
        let n = set.keys.len();
        let edited = KeySet { keys: set.keys.clone(), threshold: k };
        let text = edited.to_text();
        let digest = authority_digest(&set.keys, k);
        prop_assert!(text.contains(&hex(&digest)));
        match KeySet::parse(&text) {
            Ok(s) => prop_assert!(k >= 1 && k as usize <= n && s == edited),
            Err(e) => {
                prop_assert!(k == 0 || k as usize > n, "k {} n {}: {:?}", k, n, e);
                prop_assert!(matches!(e, KeySetError::Counts { .. }), "{e:?}");
            }
        }
    }

    /// Hex keys: 64 hex digits (0x allowed, surrounding space trimmed) and
    /// nothing else.
    #[test]
    fn hex_keys_parse_exactly(s in prop_oneof!["\\PC{0,80}", "[0-9a-fA-F]{62,66}", any::<[u8; 32]>().prop_map(|b| format!(" 0x{} ", hex(&b)))]) {
        let t = s.trim();
        let digits = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t);
        let valid = digits.len() == 64 && digits.bytes().all(|c| c.is_ascii_hexdigit());
        match parse_hex32(&s) {
            Ok(k) => {
                prop_assert!(valid, "accepted `{s}`");
                prop_assert_eq!(hex(&k), digits.to_ascii_lowercase());
            }
            Err(m) => {
                prop_assert!(!valid, "refused `{s}`: {m}");
                prop_assert!(m.contains("hex"), "{m}");
            }
        }
    }
}
