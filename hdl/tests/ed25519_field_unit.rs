//! The RTL field unit against the bit-exact reference `fu_ref::execute`, in
//! rust-hdl's simulator and in Verilator (the two have disagreed on
//! expression widths before, so both run the same vectors), plus a
//! Verilator lint of the emitted Verilog.
//!
//! One Rust driver ([`Bench`]) emulates the register file (two synchronous
//! read ports and a write port on one 2048-word memory) and checks every
//! cycle: `done` exactly in cycle `FU_CYCLES - 1`, writes only to the 16
//! limbs of `d` and only within the instruction, flags held until the next
//! `done`, and the whole memory equal to the reference after each op.

use capfuse_hdl::ed25519::field_unit::FieldUnit;
use capfuse_hdl::ed25519::fu_ref::{execute, Chain};
use capfuse_hdl::ed25519::isa::{Op, FU_CYCLES, LIMBS, REGFILE_WORDS, REGS};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::OnceLock;

/// Inputs of one cycle.
#[derive(Clone, Copy, Default)]
struct Ins {
    start: bool,
    op: u8,
    ci: bool,
    d: u8,
    a: u8,
    b: u8,
    rx_data: u16,
    ry_data: u16,
}

/// Outputs of one cycle (before its rising edge).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Outs {
    rx_addr: u16,
    ry_addr: u16,
    w_en: bool,
    w_addr: u16,
    w_data: u16,
    done: bool,
    flag_c: bool,
    flag_z: bool,
}

/// A design under test, stepped one clock cycle at a time: the inputs are
/// applied, the cycle's outputs returned, then the rising edge taken.
trait Dut {
    fn cycle(&mut self, i: &Ins) -> Outs;
}

// ---------------------------------------------------------------- rust-hdl

struct RtlDut(Box<FieldUnit>);

impl RtlDut {
    fn new() -> Self {
        let mut uut = Box::new(FieldUnit::new());
        uut.connect_all();
        let mut dut = Self(uut);
        dut.settle();
        dut
    }

    fn settle(&mut self) {
        assert!(simulate(self.0.as_mut(), 100), "field unit did not settle");
    }
}

impl Dut for RtlDut {
    fn cycle(&mut self, i: &Ins) -> Outs {
        let u = self.0.as_mut();
        u.start.next = i.start;
        u.op.next = u64::from(i.op).into();
        u.ci.next = i.ci;
        u.d.next = u64::from(i.d).into();
        u.a.next = u64::from(i.a).into();
        u.b.next = u64::from(i.b).into();
        u.rx_data.next = u64::from(i.rx_data).into();
        u.ry_data.next = u64::from(i.ry_data).into();
        u.clock.next = Clock { clk: false };
        self.settle();
        let u = &self.0;
        let o = Outs {
            rx_addr: u.rx_addr.val().index() as u16,
            ry_addr: u.ry_addr.val().index() as u16,
            w_en: u.w_en.val(),
            w_addr: u.w_addr.val().index() as u16,
            w_data: u.w_data.val().index() as u16,
            done: u.done.val(),
            flag_c: u.flag_c.val(),
            flag_z: u.flag_z.val(),
        };
        self.0.clock.next = Clock { clk: true };
        self.settle();
        o
    }
}

// ---------------------------------------------------------------- Verilator

/// The field unit's Verilog as rust-hdl emits it (top module `top`).
fn verilog() -> String {
    let mut uut = FieldUnit::new();
    uut.connect_all();
    generate_verilog(&uut)
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn require_verilator() {
    match Command::new("verilator").arg("--version").output() {
        Ok(o) if o.status.success() => {}
        _ => panic!("verilator not found: apt-get install verilator"),
    }
}

/// Builds the Verilator step server once per test process.
fn verilator_binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        require_verilator();
        let dir = scratch("field_unit_verilator");
        std::fs::write(dir.join("top.v"), verilog()).unwrap();
        std::fs::write(dir.join("tb.cpp"), include_str!("field_unit/tb.cpp")).unwrap();
        let out = Command::new("verilator")
            .current_dir(&dir)
            .args([
                "--cc",
                "--exe",
                "--build",
                "-O3",
                "-Wno-WIDTH",
                "-Wno-DECLFILENAME",
            ])
            .args(["--Mdir", "obj", "-o", "fu_tb", "top.v", "tb.cpp"])
            .output()
            .expect("running verilator");
        assert!(
            out.status.success(),
            "verilator build failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        dir.join("obj").join("fu_tb")
    })
}

struct VlDut {
    child: Child,
    tx: BufWriter<ChildStdin>,
    rx: BufReader<ChildStdout>,
    line: String,
}

impl VlDut {
    fn new() -> Self {
        let mut child = Command::new(verilator_binary())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("starting the Verilator step server");
        let tx = BufWriter::new(child.stdin.take().unwrap());
        let rx = BufReader::new(child.stdout.take().unwrap());
        Self {
            child,
            tx,
            rx,
            line: String::new(),
        }
    }
}

impl Drop for VlDut {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Dut for VlDut {
    fn cycle(&mut self, i: &Ins) -> Outs {
        writeln!(
            self.tx,
            "{} {} {} {} {} {} {} {}",
            i.start as u8, i.op, i.ci as u8, i.d, i.a, i.b, i.rx_data, i.ry_data
        )
        .unwrap();
        self.tx.flush().unwrap();
        self.line.clear();
        self.rx.read_line(&mut self.line).unwrap();
        let v: Vec<u32> = self
            .line
            .split_whitespace()
            .map(|x| x.parse().unwrap())
            .collect();
        assert_eq!(v.len(), 8, "bad step server output {:?}", self.line);
        Outs {
            rx_addr: v[0] as u16,
            ry_addr: v[1] as u16,
            w_en: v[2] != 0,
            w_addr: v[3] as u16,
            w_data: v[4] as u16,
            done: v[5] != 0,
            flag_c: v[6] != 0,
            flag_z: v[7] != 0,
        }
    }
}

// ---------------------------------------------------------------- driver

/// The register file as the engine has it, the reference model beside it,
/// and the cycle-level checks.
struct Bench<D: Dut> {
    dut: D,
    /// What the design's writes made of the register file.
    mem: Vec<u16>,
    /// What the reference says it should hold.
    model: Vec<u16>,
    /// Read data for the next cycle (the words at this cycle's addresses).
    rx_next: u16,
    ry_next: u16,
    chain: Chain,
    /// Flags the design must show until the next `done`.
    flags: (bool, bool),
    ops: usize,
    /// Instructions run per opcode, without and with `ci`.
    runs: [[usize; 2]; 10],
}

impl<D: Dut> Bench<D> {
    fn new(dut: D) -> Self {
        Self {
            dut,
            mem: vec![0; REGFILE_WORDS],
            model: vec![0; REGFILE_WORDS],
            rx_next: 0,
            ry_next: 0,
            chain: Chain::default(),
            flags: (false, false),
            ops: 0,
            runs: [[0; 2]; 10],
        }
    }

    fn reg(mem: &[u16], r: u8) -> [u16; LIMBS] {
        std::array::from_fn(|l| mem[r as usize * LIMBS + l])
    }

    /// Sets a register directly (as another engine unit would).
    fn set(&mut self, r: u8, v: [u16; LIMBS]) {
        for (l, &x) in v.iter().enumerate() {
            self.mem[r as usize * LIMBS + l] = x;
            self.model[r as usize * LIMBS + l] = x;
        }
    }

    /// One cycle: the register file answers the previous cycle's reads and
    /// takes this cycle's write at the edge.
    fn cycle(&mut self, mut i: Ins) -> Outs {
        i.rx_data = self.rx_next;
        i.ry_data = self.ry_next;
        let o = self.dut.cycle(&i);
        self.rx_next = self.mem[o.rx_addr as usize];
        self.ry_next = self.mem[o.ry_addr as usize];
        if o.w_en {
            self.mem[o.w_addr as usize] = o.w_data;
        }
        o
    }

    fn idle(&mut self, what: &str) {
        let o = self.cycle(Ins::default());
        assert!(!o.w_en && !o.done, "{what}: w_en or done while idle");
        assert_eq!(
            (o.flag_c, o.flag_z),
            self.flags,
            "{what}: flags not held while idle"
        );
    }

    /// Runs one instruction after `gap` idle cycles (at least the fetch cycle).
    fn run(&mut self, op: Op, ci: bool, d: u8, a: u8, b: u8, gap: usize) {
        let what = format!("op #{} {op:?} ci={ci} d={d} a={a} b={b}", self.ops);
        for _ in 0..gap {
            self.idle(&what);
        }
        let (ra, rb) = (Self::reg(&self.model, a), Self::reg(&self.model, b));
        let want = execute(op, &ra, &rb, ci, self.chain);
        let start = Ins {
            start: true,
            op: op as u8,
            ci,
            d,
            a,
            b,
            ..Ins::default()
        };
        let mut written = [false; LIMBS];
        for n in 0..FU_CYCLES {
            let o = self.cycle(if n == 0 { start } else { Ins::default() });
            assert_eq!(o.done, n == FU_CYCLES - 1, "{what}: done in cycle {n}");
            assert_eq!(
                (o.flag_c, o.flag_z),
                self.flags,
                "{what}: flags changed in cycle {n}"
            );
            if o.w_en {
                let limb = (o.w_addr as usize).wrapping_sub(d as usize * LIMBS);
                assert!(
                    limb < LIMBS,
                    "{what}: write to {:#x} in cycle {n}",
                    o.w_addr
                );
                assert!(!written[limb], "{what}: limb {limb} written twice");
                written[limb] = true;
            }
        }
        assert!(written.iter().all(|&w| w), "{what}: not all limbs written");
        for (l, &x) in want.out.iter().enumerate() {
            self.model[d as usize * LIMBS + l] = x;
        }
        if self.mem != self.model {
            panic!(
                "{what}: a={ra:04x?} b={rb:04x?} chain={:?}\n got {:04x?}\nwant {:04x?}",
                self.chain,
                Self::reg(&self.mem, d),
                want.out
            );
        }
        self.chain = want.chain;
        self.flags = (want.c, want.z);
        self.ops += 1;
        self.runs[op as usize][ci as usize] += 1;
    }
}

// ---------------------------------------------------------------- vectors

/// Random limbs with edge values mixed in (all ones, zero, near p, small).
fn sample(rng: &mut impl Rng) -> [u16; LIMBS] {
    match rng.gen_range(0..8) {
        0 => [0xffff; LIMBS],
        1 => [0; LIMBS],
        2 => {
            // p - 2 ..= p + 2 and 2p - 1.
            let mut l = [0xffff; LIMBS];
            l[0] = 0xffed_u16.wrapping_add(rng.gen_range(0..5)).wrapping_sub(2);
            l[15] = 0x7fff;
            if rng.gen() {
                l[0] = 0xffda;
                l[15] = 0xffff;
            }
            l
        }
        3 => {
            let mut l = [0; LIMBS];
            l[0] = rng.gen_range(0..40);
            l
        }
        4 => std::array::from_fn(|_| if rng.gen() { 0xffff } else { rng.gen() }),
        _ => std::array::from_fn(|_| rng.gen()),
    }
}

/// Registers the vectors use: a few, so d == a, d == b and a == b are common.
fn pick(rng: &mut impl Rng) -> u8 {
    if rng.gen_range(0..4) == 0 {
        rng.gen_range(0..REGS as u8)
    } else {
        [0, 1, 2, 3, 127][rng.gen_range(0..5)]
    }
}

const FIELD_OPS: [Op; 10] = [
    Op::FMul,
    Op::MulLo,
    Op::MulHi,
    Op::FAdd,
    Op::FSub,
    Op::RAdd,
    Op::RSub,
    Op::And,
    Op::Or,
    Op::Freeze,
];

/// Runs `n` instructions of every kind, with chained pairs and fresh edge
/// operands, checking each.
fn random_program<D: Dut>(bench: &mut Bench<D>, seed: u64, n: usize) {
    let mut rng = StdRng::seed_from_u64(seed);
    for r in 0..REGS as u8 {
        bench.set(r, sample(&mut rng));
    }
    // The minimum spacing: the fetch cycle only.
    let gap = |rng: &mut StdRng| {
        if rng.gen_range(0..4) == 0 {
            rng.gen_range(1..4)
        } else {
            1
        }
    };
    while bench.ops < n {
        for _ in 0..rng.gen_range(0..3) {
            let r = pick(&mut rng);
            bench.set(r, sample(&mut rng));
        }
        let (d, a, b) = (pick(&mut rng), pick(&mut rng), pick(&mut rng));
        match rng.gen_range(0..14) {
            0 => {
                // The 512-bit product: MulLo then MulHi on the same operands.
                let (g1, g2) = (gap(&mut rng), gap(&mut rng));
                let d2 = if d == a || d == b { 126 } else { d };
                bench.run(Op::MulLo, rng.gen_range(0..4) == 0, 125, a, b, g1);
                bench.run(Op::MulHi, true, d2, a, b, g2);
            }
            1 => {
                // A 512-bit subtraction: RSub then RSub with the borrow.
                let (g1, g2) = (gap(&mut rng), gap(&mut rng));
                bench.run(Op::RSub, false, d, a, b, g1);
                bench.run(Op::RSub, true, d, b, a, g2);
            }
            2 => {
                // Freeze a field-unit result (its documented input range).
                let g = gap(&mut rng);
                bench.run(Op::FMul, false, d, a, b, g);
                bench.run(Op::Freeze, false, pick(&mut rng), d, b, 1);
            }
            _ => {
                let op = FIELD_OPS[rng.gen_range(0..FIELD_OPS.len())];
                let g = gap(&mut rng);
                bench.run(op, rng.gen_range(0..5) == 0, d, a, b, g);
            }
        }
    }
    // The flags stay after the last instruction.
    for _ in 0..3 {
        bench.idle("after the last op");
    }
    for op in FIELD_OPS {
        let [plain, ci] = bench.runs[op as usize];
        assert!(
            plain >= n / 40 && ci >= 1,
            "{op:?} ran {plain} times, {ci} with ci"
        );
    }
}

#[test]
fn rust_hdl_simulation_matches_reference() {
    let mut bench = Bench::new(RtlDut::new());
    random_program(&mut bench, 1, 400);
}

#[test]
fn verilator_matches_reference() {
    let mut bench = Bench::new(VlDut::new());
    random_program(&mut bench, 2, 4000);
}

#[test]
fn verilator_lint_is_clean() {
    require_verilator();
    let dir = scratch("field_unit_lint");
    std::fs::write(dir.join("top.v"), verilog()).unwrap();
    let out = Command::new("verilator")
        .current_dir(&dir)
        .args([
            "--lint-only",
            "-Wall",
            "-Wno-WIDTH",
            "-Wno-DECLFILENAME",
            "top.v",
        ])
        .output()
        .expect("running verilator");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !log.contains("%Warning"),
        "verilator lint:\n{log}"
    );
}
