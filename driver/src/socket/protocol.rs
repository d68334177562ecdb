//! The simulated card's socket protocol (grammar in the [`super`] module
//! docs): the client's request lines ([`format_ops`]) and the daemon's
//! bounded reading and parsing of them. One grammar for both sides; all of
//! it is pure of the card, so it can be fed anything.

use std::fmt;
use std::io::{self, BufRead, Read};

/// One register access of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegOp {
    /// Read the 32-bit register at `offset`.
    Read {
        /// Byte offset in the BAR.
        offset: u16,
    },
    /// Write `value` to the 32-bit register at `offset` (all four bytes).
    Write {
        /// Byte offset in the BAR.
        offset: u16,
        /// The value.
        value: u32,
    },
}

impl fmt::Display for RegOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            RegOp::Read { offset } => write!(f, "r {offset:#x}"),
            RegOp::Write { offset, value } => write!(f, "w {offset:#x} {value:#x}"),
        }
    }
}

/// The request line (without its newline) that carries `ops` back to back.
pub fn format_ops(ops: &[RegOp]) -> String {
    ops.iter()
        .map(RegOp::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

/// Parses `123` or `0x7b` as a u32.
pub fn parse_u32(s: &str) -> Option<u32> {
    match s.strip_prefix("0x") {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

/// Longest request line, without its newline. A line that is longer is
/// refused and its connection closed, so a client can make the daemon hold
/// at most this much of a line. The longest useful request,
/// [`MAX_OPS_PER_REQUEST`] writes of `w 0xfff 0xffffffff`, is about 5 KiB.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// Most ops in one request: above the driver's largest batch (a grant with
/// every authority slot's signature, 163 writes). The card answers a bus op
/// within a few cycles,
/// so a request of this many always completes well within the daemon's bus
/// timeout (see `daemon::BUS_TIMEOUT`): a request is refused whole before
/// anything of it runs rather than cut short once it has begun.
pub const MAX_OPS_PER_REQUEST: usize = 256;

/// A parsed request line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Bus transactions, carried out in order, back to back.
    Bus(Vec<RegOp>),
    /// The daemon's `key=value` information.
    Info,
    /// Stop the daemon.
    Quit,
}

/// Why a request line was refused. Nothing of a refused request is applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RequestError {
    /// The line is longer than [`MAX_LINE_BYTES`].
    TooLong,
    /// The line is not UTF-8 (byte offset of the first bad byte).
    NotUtf8 {
        /// Offset of the first byte that is not UTF-8.
        at: usize,
    },
    /// The line is empty or blank.
    Empty,
    /// More ops than [`MAX_OPS_PER_REQUEST`].
    TooManyOps {
        /// How many ops the line has.
        count: usize,
    },
    /// An op that is not `r OFFSET` or `w OFFSET VALUE`.
    BadOp {
        /// Index of the op in the request, from 0.
        index: usize,
        /// The op, shortened for the reply.
        op: String,
    },
    /// A number that is neither decimal nor `0x` hex, or over 32 bits.
    BadNumber {
        /// Index of the op in the request, from 0.
        index: usize,
        /// The number as given, shortened.
        text: String,
    },
    /// A register offset over 0xffff.
    OffsetTooLarge {
        /// Index of the op in the request, from 0.
        index: usize,
        /// The offset as given, shortened.
        text: String,
    },
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::TooLong => write!(
                f,
                "request line longer than {MAX_LINE_BYTES} bytes; the connection is closed (send at most {MAX_OPS_PER_REQUEST} ops per line)"
            ),
            RequestError::NotUtf8 { at } => {
                write!(f, "request line is not UTF-8 text (byte {at})")
            }
            RequestError::Empty => write!(f, "empty request (expected `r OFFSET`, `w OFFSET VALUE`, `info` or `quit`)"),
            RequestError::TooManyOps { count } => write!(
                f,
                "request has {count} ops, more than the {MAX_OPS_PER_REQUEST} allowed; nothing of it was applied (split it into several requests)"
            ),
            RequestError::BadOp { index, op } => write!(
                f,
                "bad op {index} `{op}` (expected `r OFFSET` or `w OFFSET VALUE`, ops separated by `;`)"
            ),
            RequestError::BadNumber { index, text } => write!(
                f,
                "bad number `{text}` in op {index} (expected decimal or 0x hex, at most 32 bits)"
            ),
            RequestError::OffsetTooLarge { index, text } => {
                write!(f, "offset `{text}` in op {index} is over 0xffff")
            }
        }
    }
}

impl std::error::Error for RequestError {}

/// `s` escaped (control characters and all non-ASCII) and cut to at most
/// 40 characters, so an error reply stays one short line whatever the
/// request held.
fn shorten(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let e: String = c.escape_default().collect();
        if out.len() + e.len() > 40 {
            out.push_str("...");
            break;
        }
        out.push_str(&e);
    }
    out
}

/// Parses one request line (without its newline; a trailing `\r` and
/// surrounding whitespace are ignored). Never panics: any other input is a
/// [`RequestError`].
pub fn parse_request(line: &[u8]) -> Result<Request, RequestError> {
    if line.len() > MAX_LINE_BYTES {
        return Err(RequestError::TooLong);
    }
    let line = std::str::from_utf8(line).map_err(|e| RequestError::NotUtf8 {
        at: e.valid_up_to(),
    })?;
    let line = line.trim();
    match line {
        "" => return Err(RequestError::Empty),
        "info" => return Ok(Request::Info),
        "quit" => return Ok(Request::Quit),
        _ => {}
    }
    // Counted before anything is parsed, so an oversized request costs
    // nothing but this scan.
    let count = line.split(';').count();
    if count > MAX_OPS_PER_REQUEST {
        return Err(RequestError::TooManyOps { count });
    }
    let mut ops = Vec::with_capacity(count);
    for (index, op) in line.split(';').enumerate() {
        let num = |s: &str| {
            parse_u32(s).ok_or_else(|| RequestError::BadNumber {
                index,
                text: shorten(s),
            })
        };
        let addr = |s: &str| {
            num(s).and_then(|a| {
                u16::try_from(a).map_err(|_| RequestError::OffsetTooLarge {
                    index,
                    text: shorten(s),
                })
            })
        };
        let mut w = op.split_whitespace();
        let words = [w.next(), w.next(), w.next(), w.next()];
        match words {
            [Some("r"), Some(a), None, None] => ops.push(RegOp::Read { offset: addr(a)? }),
            [Some("w"), Some(a), Some(v), None] => ops.push(RegOp::Write {
                offset: addr(a)?,
                value: num(v)?,
            }),
            _ => {
                return Err(RequestError::BadOp {
                    index,
                    op: shorten(op.trim()),
                })
            }
        }
    }
    Ok(Request::Bus(ops))
}

/// What [`read_request_line`] got.
#[derive(Debug, PartialEq, Eq)]
pub enum LineRead {
    /// A whole line, in the buffer without its newline.
    Line,
    /// The connection closed; a partial line (if any) is dropped.
    Closed,
    /// [`MAX_LINE_BYTES`] arrived without a newline. The buffer holds no
    /// more than that and the rest is not read.
    TooLong,
}

/// Reads one request line into `buf` (cleared first), holding at most
/// [`MAX_LINE_BYTES`] + 1 bytes of it whatever the peer sends.
pub fn read_request_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<LineRead> {
    buf.clear();
    let limit = MAX_LINE_BYTES as u64 + 1;
    reader.by_ref().take(limit).read_until(b'\n', buf)?;
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(LineRead::Line);
    }
    if buf.len() as u64 >= limit {
        return Ok(LineRead::TooLong);
    }
    Ok(LineRead::Closed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_documented_forms() {
        assert_eq!(parse_request(b"info"), Ok(Request::Info));
        assert_eq!(parse_request(b" quit\r"), Ok(Request::Quit));
        assert_eq!(
            parse_request(b"r 0x10; w 16 0xffffffff"),
            Ok(Request::Bus(vec![
                RegOp::Read { offset: 0x10 },
                RegOp::Write {
                    offset: 16,
                    value: u32::MAX,
                }
            ]))
        );
    }

    #[test]
    fn refuses_bad_lines_with_a_typed_error() {
        assert_eq!(parse_request(b""), Err(RequestError::Empty));
        assert_eq!(parse_request(b" \t"), Err(RequestError::Empty));
        assert_eq!(
            parse_request(b"r 0x10;"),
            Err(RequestError::BadOp {
                index: 1,
                op: String::new()
            })
        );
        assert!(matches!(
            parse_request(b"w 0x10 zz"),
            Err(RequestError::BadNumber { index: 0, .. })
        ));
        assert!(matches!(
            parse_request(b"r 0x10000"),
            Err(RequestError::OffsetTooLarge { index: 0, .. })
        ));
        assert!(matches!(
            parse_request(b"r 0x1 extra"),
            Err(RequestError::BadOp { .. })
        ));
        assert_eq!(
            parse_request(b"r \xff"),
            Err(RequestError::NotUtf8 { at: 2 })
        );
        assert_eq!(
            parse_request(&vec![b' '; MAX_LINE_BYTES + 1]),
            Err(RequestError::TooLong)
        );
        let most = vec!["r 0"; MAX_OPS_PER_REQUEST].join(";");
        assert!(
            matches!(parse_request(most.as_bytes()), Ok(Request::Bus(v)) if v.len() == MAX_OPS_PER_REQUEST)
        );
        let over = vec!["r 0"; MAX_OPS_PER_REQUEST + 1].join(";");
        assert_eq!(
            parse_request(over.as_bytes()),
            Err(RequestError::TooManyOps {
                count: MAX_OPS_PER_REQUEST + 1
            })
        );
    }

    /// The driver's largest batch, a grant signed by every authority slot
    /// (body, 16 words per signature, presence mask, interrupt clear,
    /// command), must fit in one request, so a grant stays atomic.
    #[test]
    fn the_largest_driver_batch_fits_one_request() {
        use capfuse_abi::{crypto::GRANT_BODY_WORDS, formats::MAX_AUTHORITY_SLOTS};
        let grant = GRANT_BODY_WORDS + MAX_AUTHORITY_SLOTS * 64 / 4 + 3;
        assert!(grant <= MAX_OPS_PER_REQUEST, "{grant}");
        let line = vec!["w 0xfff 0xffffffff"; grant].join(";");
        assert!(line.len() <= MAX_LINE_BYTES);
        assert!(matches!(parse_request(line.as_bytes()), Ok(Request::Bus(v)) if v.len() == grant));
    }

    #[test]
    fn an_error_reply_stays_short_and_on_one_line() {
        let junk = format!("r {}\u{1b}\r\t", "9".repeat(10_000));
        let e = parse_request(junk.as_bytes()).unwrap_err().to_string();
        assert!(e.len() < 200, "{e}");
        assert!(!e.contains(['\n', '\r', '\u{1b}']), "{e:?}");
    }

    #[test]
    fn the_line_reader_holds_at_most_the_limit() {
        let mut data = b"r 0\ninfo".to_vec();
        let mut rd = io::BufReader::new(&data[..]);
        let mut buf = Vec::new();
        assert_eq!(
            read_request_line(&mut rd, &mut buf).unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"r 0");
        // `info` without its newline: dropped.
        assert_eq!(
            read_request_line(&mut rd, &mut buf).unwrap(),
            LineRead::Closed
        );

        data = vec![b'x'; MAX_LINE_BYTES];
        data.push(b'\n');
        let mut rd = io::BufReader::new(&data[..]);
        assert_eq!(
            read_request_line(&mut rd, &mut buf).unwrap(),
            LineRead::Line
        );
        assert_eq!(buf.len(), MAX_LINE_BYTES);

        data = vec![b'x'; 10 * MAX_LINE_BYTES];
        let mut rd = io::BufReader::new(&data[..]);
        assert_eq!(
            read_request_line(&mut rd, &mut buf).unwrap(),
            LineRead::TooLong
        );
        assert_eq!(buf.len(), MAX_LINE_BYTES + 1);
    }

    fn op_text() -> impl Strategy<Value = String> {
        prop_oneof![
            (any::<u16>(), any::<bool>()).prop_map(|(a, hex)| if hex {
                format!("r {a:#x}")
            } else {
                format!("r {a}")
            }),
            (any::<u16>(), any::<u32>()).prop_map(|(a, v)| format!("w {a:#x} {v}")),
        ]
    }

    /// A valid request line and a mutation of it: a byte flipped,
    /// inserted or removed, or the line cut short.
    fn mutated() -> impl Strategy<Value = Vec<u8>> {
        (
            prop::collection::vec(op_text(), 1..8),
            0usize..4,
            any::<prop::sample::Index>(),
            any::<u8>(),
        )
            .prop_map(|(ops, how, at, byte)| {
                let mut b = ops.join(";").into_bytes();
                let i = at.index(b.len() + 1);
                match how {
                    0 if i < b.len() => b[i] ^= byte | 1,
                    1 => b.insert(i, byte),
                    2 if i < b.len() => {
                        b.remove(i);
                    }
                    _ => b.truncate(i),
                }
                b
            })
    }

    fn check_total(line: &[u8]) -> Result<(), TestCaseError> {
        match parse_request(line) {
            Ok(Request::Bus(ops)) => {
                prop_assert!(!ops.is_empty() && ops.len() <= MAX_OPS_PER_REQUEST);
            }
            Ok(Request::Info | Request::Quit) => {}
            Err(e) => {
                let msg = e.to_string();
                // One short printable line, whatever the request held.
                prop_assert!(!msg.is_empty() && msg.len() < 200, "{msg}");
                prop_assert!(
                    msg.chars().all(|c| c.is_ascii_graphic() || c == ' '),
                    "{msg:?}"
                );
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_bytes_never_panic(line in prop::collection::vec(any::<u8>(), 0..600)) {
            check_total(&line)?;
        }

        #[test]
        fn arbitrary_text_never_panics(line in "[rwinfoqut0-9a-fx ;\t\r]{0,200}") {
            check_total(line.as_bytes())?;
        }

        #[test]
        fn mutated_requests_never_panic(line in mutated()) {
            check_total(&line)?;
        }

        #[test]
        fn valid_requests_parse_to_their_ops(ops in prop::collection::vec(op_text(), 1..40)) {
            let line = ops.join(" ; ");
            match parse_request(line.as_bytes()) {
                Ok(Request::Bus(got)) => prop_assert_eq!(got.len(), ops.len()),
                other => prop_assert!(false, "{line}: {other:?}"),
            }
        }

        #[test]
        fn formatted_ops_parse_back_to_themselves(
            ops in prop::collection::vec(
                prop_oneof![
                    any::<u16>().prop_map(|offset| RegOp::Read { offset }),
                    (any::<u16>(), any::<u32>())
                        .prop_map(|(offset, value)| RegOp::Write { offset, value }),
                ],
                1..MAX_OPS_PER_REQUEST,
            ),
        ) {
            prop_assert_eq!(parse_request(format_ops(&ops).as_bytes()), Ok(Request::Bus(ops)));
        }

        #[test]
        fn the_reader_never_holds_more_than_the_limit(
            chunks in prop::collection::vec((any::<u8>(), 1usize..40_000), 1..8),
        ) {
            let data: Vec<u8> = chunks.iter().flat_map(|&(b, n)| std::iter::repeat_n(b, n)).collect();
            let mut rd = io::BufReader::new(&data[..]);
            let mut buf = Vec::new();
            loop {
                let got = read_request_line(&mut rd, &mut buf).unwrap();
                prop_assert!(buf.len() <= MAX_LINE_BYTES + 1);
                if got != LineRead::Line {
                    break;
                }
                check_total(&buf)?;
            }
        }
    }
}
