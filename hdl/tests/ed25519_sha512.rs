//! The SHA-512 unit against the `sha2` crate, in rust-hdl's simulator and
//! as Verilog under Verilator (the two have disagreed on expression widths
//! before), plus a Verilator lint of the emitted Verilog.
//!
//! The buffer is emulated as a synchronous RAM: `buf_data` in cycle n is the
//! word at `buf_addr` of cycle n-1. Bytes outside the message are random, so
//! the unit must mask them.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use capfuse_hdl::ed25519::isa::sha_cycles;
use capfuse_hdl::ed25519::sha512::Sha512Unit;
use capfuse_hdl::flow::{self, Tool};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;
use sha2::{Digest, Sha512};

const BUF_WORDS: usize = 512;

/// One hash: a buffer image and the byte range to hash.
#[derive(Clone)]
struct Case {
    buf: Vec<u32>,
    start: usize,
    len: usize,
    /// Cycles before the start cycle.
    gap: usize,
    /// A hash of this many bytes at byte 0 started in the first of the
    /// `gap` cycles and abandoned by the real start.
    junk: Option<usize>,
}

impl Case {
    /// `msg` at `start` in a buffer of random words.
    fn new(rng: &mut StdRng, msg: &[u8], start: usize) -> Case {
        assert_eq!(start % 8, 0);
        assert!(start + msg.len() <= 4 * BUF_WORDS);
        let mut bytes: Vec<u8> = (0..4 * BUF_WORDS).map(|_| rng.gen()).collect();
        bytes[start..start + msg.len()].copy_from_slice(msg);
        let buf = bytes
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        Case {
            buf,
            start,
            len: msg.len(),
            gap: 0,
            junk: None,
        }
    }

    fn random(rng: &mut StdRng, len: usize) -> Case {
        let start = 8 * rng.gen_range(0..=(4 * BUF_WORDS - len) / 8);
        let msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
        let mut c = Case::new(rng, &msg, start);
        c.gap = rng.gen_range(0..3);
        c
    }

    fn message(&self) -> Vec<u8> {
        let bytes: Vec<u8> = self.buf.iter().flat_map(|w| w.to_le_bytes()).collect();
        bytes[self.start..self.start + self.len].to_vec()
    }

    fn expected(&self) -> [u64; 8] {
        let d = Sha512::digest(self.message());
        std::array::from_fn(|i| u64::from_be_bytes(d[8 * i..8 * i + 8].try_into().unwrap()))
    }
}

/// What the unit produced for a case.
#[derive(Debug, PartialEq, Eq)]
struct Outcome {
    done_cycle: i64,
    done_count: u32,
    digest: [u64; 8],
}

impl Outcome {
    fn expected(case: &Case) -> Outcome {
        Outcome {
            done_cycle: sha_cycles(case.len) as i64 - 1,
            done_count: 1,
            digest: case.expected(),
        }
    }
}

fn check(case: &Case, got: &Outcome, engine: &str) {
    let want = Outcome::expected(case);
    assert!(
        *got == want,
        "{engine}: start_byte {} len {}:\n got  {:x?}\n want {:x?}",
        case.start,
        case.len,
        got,
        want
    );
}

// ---------------------------------------------------------------- rust-hdl

/// The unit stepped by hand in rust-hdl's simulator.
struct Bench {
    uut: Box<Sha512Unit>,
    prev_addr: usize,
}

impl Bench {
    fn new() -> Bench {
        let mut uut = Box::new(Sha512Unit::new());
        uut.connect_all();
        assert!(simulate(uut.as_mut(), 100));
        Bench { uut, prev_addr: 0 }
    }

    fn settle(&mut self) {
        assert!(simulate(self.uut.as_mut(), 100), "did not settle");
    }

    /// Presents this cycle's inputs and settles.
    fn inputs(&mut self, buf: &[u32], start: Option<(usize, usize)>) {
        let u = self.uut.as_mut();
        u.start.next = start.is_some();
        // Garbage on start_byte/len outside the start cycle.
        let (sb, len) = start.unwrap_or((0x7F8, 0xFFF));
        u.start_byte.next = (sb as u64).into();
        u.len.next = (len as u64).into();
        u.buf_data.next = u64::from(buf[self.prev_addr % BUF_WORDS]).into();
        self.settle();
    }

    /// Ends the cycle with a rising edge.
    fn edge(&mut self) {
        self.prev_addr = self.uut.buf_addr.val().index();
        self.uut.clock.next = Clock { clk: true };
        self.settle();
        self.uut.clock.next = Clock { clk: false };
        self.settle();
    }

    fn run(&mut self, case: &Case) -> Outcome {
        for i in 0..case.gap {
            let junk = case.junk.filter(|_| i == 0).map(|len| (0, len));
            self.inputs(&case.buf, junk);
            self.edge();
        }
        let limit = sha_cycles(case.len) as i64 + 10;
        let mut done_count = 0;
        let mut done_cycle = -1;
        for n in 0..limit {
            let start = (n == 0).then_some((case.start, case.len));
            self.inputs(&case.buf, start);
            let done = self.uut.done.val();
            self.edge();
            if done {
                done_count = 1;
                done_cycle = n;
                break;
            }
        }
        // The cycle after done: read the digest, then one more cycle.
        self.inputs(&case.buf, None);
        let mut digest = [0; 8];
        for (i, d) in digest.iter_mut().enumerate() {
            self.uut.dig_sel.next = (i as u64).into();
            self.settle();
            *d = self.uut.dig_word.val().to_u64();
        }
        for _ in 0..2 {
            done_count += u32::from(self.uut.done.val());
            self.edge();
            self.inputs(&case.buf, None);
        }
        Outcome {
            done_cycle,
            done_count,
            digest,
        }
    }
}

/// The FIPS 180-4 examples, the empty message, the padding boundaries,
/// every length 1..=17 (each position of the 0x80 byte) and a few random
/// lengths, at start bytes 0, 32 and 64 (and random ones), one after another
/// on one instance, so each start must reinitialise everything.
#[test]
fn rust_hdl_simulation_matches_sha2() {
    let mut rng = StdRng::seed_from_u64(512);
    let mut cases = vec![
        Case::new(&mut rng, b"abc", 0),
        Case::new(
            &mut rng,
            b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            32,
        ),
        Case::new(&mut rng, b"", 64),
    ];
    let lens = [111usize, 112, 127, 128, 239, 240]
        .into_iter()
        .chain(1..=17);
    for (i, len) in lens.enumerate() {
        let msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
        cases.push(Case::new(&mut rng, &msg, [0, 32, 64][i % 3]));
    }
    for len in [rng.gen_range(241..600), rng.gen_range(600..1089), 1088] {
        cases.push(Case::random(&mut rng, len));
    }
    // Starts that abandon a hash under way, in each phase of a round.
    for gap in 100..104 {
        let mut c = Case::random(&mut rng, 20);
        c.gap = gap;
        c.junk = Some(200);
        cases.push(c);
    }
    // Back to back: the next start in the cycle after done.
    let mut bench = Bench::new();
    for case in &cases {
        let got = bench.run(case);
        check(case, &got, "rust-hdl");
    }
}

// ---------------------------------------------------------------- Verilog

fn verilog() -> String {
    let mut uut = Sha512Unit::new();
    uut.connect_all();
    generate_verilog(&uut)
}

fn work_dir(label: &str) -> std::path::PathBuf {
    let dir = flow::work_dir(label).expect("creating a work directory under target/");
    std::fs::write(dir.join("sha512.v"), verilog()).unwrap();
    dir
}

fn require_verilator() {
    for tool in [Tool::VERILATOR, Tool::CXX, Tool::MAKE] {
        if let Err(e) = tool.require() {
            panic!("{e:#}");
        }
    }
}

fn output_text(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

/// Builds the Verilator model with the testbench in `tests/sha512/tb.cpp`.
fn build_verilator(dir: &Path) -> std::path::PathBuf {
    let tb = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sha512/tb.cpp");
    let out = Tool::VERILATOR
        .run(
            [
                "--cc",
                "--exe",
                "--build",
                "-O2",
                "-Wno-WIDTH",
                "-Wno-DECLFILENAME",
                "--top-module",
                "top",
                "-o",
                "sha512_tb",
                "sha512.v",
                tb.to_str().unwrap(),
            ],
            dir,
        )
        .unwrap_or_else(|e| panic!("{e:#}"));
    assert!(
        out.status.success(),
        "verilator build failed:\n{}",
        output_text(&out)
    );
    dir.join("obj_dir/sha512_tb")
}

fn run_verilator(exe: &Path, cases: &[Case]) -> Vec<Outcome> {
    let mut input = String::new();
    for c in cases {
        let junk = c.junk.unwrap_or(4096);
        input.push_str(&format!("{} {} {} {junk}", c.start, c.len, c.gap));
        for w in &c.buf {
            input.push_str(&format!(" {w:x}"));
        }
        input.push('\n');
    }
    let mut child = Command::new(exe)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running the Verilator testbench");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        out.status.success(),
        "testbench failed:\n{}",
        output_text(&out)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(f.len(), 10, "bad testbench line {line:?}");
            Outcome {
                done_cycle: f[0].parse().unwrap(),
                done_count: f[1].parse().unwrap(),
                digest: std::array::from_fn(|i| u64::from_str_radix(f[2 + i], 16).unwrap()),
            }
        })
        .collect()
}

/// Every length 0..=300, 300 random lengths up to 1088 and 100 hashes that
/// abandon another under way, at random start bytes, back to back with
/// random idle gaps, as Verilog under Verilator.
#[test]
fn verilator_matches_sha2() {
    require_verilator();
    let dir = work_dir("ed25519-sha512-verilator");
    let exe = build_verilator(&dir);
    let mut rng = StdRng::seed_from_u64(25519);
    let mut cases: Vec<Case> = (0..=300).map(|len| Case::random(&mut rng, len)).collect();
    for _ in 0..300 {
        let len = rng.gen_range(0..=1088);
        cases.push(Case::random(&mut rng, len));
    }
    // Starts that abandon a hash under way.
    for _ in 0..100 {
        let len = rng.gen_range(0..=300);
        let mut c = Case::random(&mut rng, len);
        c.gap = rng.gen_range(1..1500);
        c.junk = Some(rng.gen_range(0..=2048));
        cases.push(c);
    }
    cases.push(Case::new(&mut rng, b"abc", 0));
    // The whole buffer, and a message ending at its last byte.
    cases.push(Case::random(&mut rng, 2048));
    let msg: Vec<u8> = (0..2040).map(|_| rng.gen()).collect();
    cases.push(Case::new(&mut rng, &msg, 8));
    let got = run_verilator(&exe, &cases);
    assert_eq!(got.len(), cases.len(), "testbench stopped early");
    for (case, got) in cases.iter().zip(&got) {
        check(case, got, "verilator");
    }
}

/// `verilator --lint-only -Wall` reports nothing on the emitted Verilog.
#[test]
fn verilator_lint_is_clean() {
    require_verilator();
    let dir = work_dir("ed25519-sha512-lint");
    let out = Tool::VERILATOR
        .run(
            [
                "--lint-only",
                "-Wall",
                "-Wno-WIDTH",
                "-Wno-DECLFILENAME",
                "--top-module",
                "top",
                "sha512.v",
            ],
            &dir,
        )
        .unwrap_or_else(|e| panic!("{e:#}"));
    let text = output_text(&out);
    assert!(
        out.status.success() && !text.contains("%Warning") && !text.contains("%Error"),
        "verilator lint:\n{text}"
    );
}
