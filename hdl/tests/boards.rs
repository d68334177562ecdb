//! Bitstreams for real boards (`docs/boards.md`): the constraint files
//! match the board tops, the UART bridge drives the real fuse in
//! simulation, and the open flow builds each board to a bitstream.
//!
//! The two end-to-end builds run the external tools (yosys, nextpnr,
//! icepack / ecppack); a missing tool fails with its install command. The
//! ECP5 Versa build places and routes the whole card with the WebAssembly
//! nextpnr: about 10 minutes on two cores. Run with `--nocapture` to see
//! the figures.

use std::collections::VecDeque;
use std::path::PathBuf;

use capfuse_abi::{reg, resp, FuseParams};
use capfuse_hdl::board::ice40::Ice40Board;
use capfuse_hdl::board::uart_bridge::{
    UartBridge, CMD_READ, CMD_WRITE, STATUS_DECERR, STATUS_UNKNOWN_COMMAND,
};
use capfuse_hdl::board::{self, Authority, Board, BoardOptions};
use capfuse_hdl::flow;
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;

/// Authority keys: three valid Ed25519 public keys (fixed seeds).
fn authority() -> Authority {
    use ed25519_dalek::SigningKey;
    Authority {
        keys: (1..=3u8)
            .map(|i| SigningKey::from_bytes(&[i; 32]).verifying_key().to_bytes())
            .collect(),
        threshold: 2,
    }
}

fn options(board: Board) -> BoardOptions {
    BoardOptions {
        authority: board.has_card().then(authority),
        ..BoardOptions::default()
    }
}

fn constraint_file(board: Board) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../constraints")
        .join(board.constraint_file())
}

#[test]
fn every_port_has_a_pin_and_every_pin_a_port() {
    for b in Board::ALL {
        let text = std::fs::read_to_string(constraint_file(b))
            .unwrap_or_else(|e| panic!("{}: {e}", constraint_file(b).display()));
        assert_eq!(
            text,
            b.constraints(),
            "the library's copy of {} is stale (rebuild)",
            b.constraint_file()
        );
        let v = board::generate_board_verilog(b, &options(b), Some(&[7; 32]))
            .unwrap_or_else(|e| panic!("{b}: {e:#}"));
        let ports = flow::module_ports(&v, b.top()).expect("the board top");
        let names = board::port_pin_names(&ports);
        println!("{b}: ports {names:?}");
        assert!(names.contains(&"clock".to_string()));
        assert!(names.contains(&"uart_rx".to_string()));
        assert!(names.contains(&"uart_tx".to_string()));
        board::check_constraints(b, &v, &text).unwrap_or_else(|e| panic!("{b}: {e:#}"));

        // The check finds a port without a pin and a pin without a port.
        let first = text
            .lines()
            .find(|l| l.starts_with("set_io") || l.starts_with("LOCATE"))
            .unwrap();
        let dropped = text.replacen(first, "", 1);
        let err = format!(
            "{:#}",
            board::check_constraints(b, &v, &dropped).unwrap_err()
        );
        assert!(err.contains("unplaced ports [\"clock\"]"), "{err}");
        let extra = match b.target() {
            flow::Target::Ice40 => format!("{text}set_io kill_n A16\n"),
            _ => format!("{text}LOCATE COMP \"kill_n\" SITE \"H2\";\n"),
        };
        let err = format!("{:#}", board::check_constraints(b, &v, &extra).unwrap_err());
        assert!(err.contains("\"kill_n\""), "{err}");
    }
}

#[test]
fn board_tops_lint_clean() {
    for b in Board::ALL {
        let dir = flow::work_dir(&format!("board-lint-{b}")).unwrap();
        let path = dir.join(format!("{}.v", b.top()));
        let v = board::generate_board_verilog(b, &options(b), Some(&[7; 32])).unwrap();
        std::fs::write(&path, v).unwrap();
        let lint = flow::lint_top(&path, b.top()).unwrap_or_else(|e| panic!("{b}: {e:#}"));
        println!("{b}: lint in {:.1} s", lint.seconds);
        assert!(
            lint.warnings.is_empty(),
            "{b}: Verilator lint warnings:\n{}",
            lint.warnings.join("\n")
        );
    }
}

#[test]
fn the_card_board_needs_an_authority_key_set() {
    let err = board::build_board(
        Board::Ecp5Versa,
        &BoardOptions::default(),
        &std::env::temp_dir().join("capfuse-never-built"),
    )
    .unwrap_err();
    let msg = format!("{err:#}");
    assert!(msg.contains("--authority-keys FILE --threshold K"), "{msg}");
}

// ---- the UART bridge on the real fuse, in simulation

/// Cycles per bit in the simulated board: short, to keep the test fast.
const DIV: usize = 8;
/// Frame timeout of the simulated bridge, cycles.
const TIMEOUT: u32 = 400;

fn cycle(uut: &mut Ice40Board) {
    assert!(simulate(uut, 200), "did not settle");
    uut.clock.next = Clock { clk: true };
    assert!(simulate(uut, 200), "did not settle");
    uut.clock.next = Clock { clk: false };
    assert!(simulate(uut, 200), "did not settle");
}

/// The host end of the serial line: drives `uart_rx` bit by bit and
/// decodes `uart_tx` by sampling each bit in its middle.
struct Host {
    line_out: VecDeque<bool>,
    /// Cycles since the start bit of the byte being received.
    rx_at: Option<usize>,
    rx_byte: u16,
    received: Vec<u8>,
    framing_errors: usize,
    cycles: u64,
}

impl Host {
    fn new() -> Self {
        Self {
            line_out: VecDeque::new(),
            rx_at: None,
            rx_byte: 0,
            received: Vec::new(),
            framing_errors: 0,
            cycles: 0,
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        for &b in bytes {
            let bits = std::iter::once(false)
                .chain((0..8).map(|i| (b >> i) & 1 == 1))
                .chain(std::iter::once(true));
            for bit in bits {
                self.line_out.extend(std::iter::repeat_n(bit, DIV));
            }
        }
    }

    fn idle(&mut self, cycles: usize) {
        self.line_out.extend(std::iter::repeat_n(true, cycles));
    }

    fn step(&mut self, uut: &mut Ice40Board) {
        uut.uart_rx.next = self.line_out.pop_front().unwrap_or(true);
        cycle(uut);
        self.cycles += 1;
        let line = uut.uart_tx.val();
        match self.rx_at {
            None => {
                if !line {
                    self.rx_at = Some(0);
                    self.rx_byte = 0;
                }
            }
            Some(t) => {
                let t = t + 1;
                self.rx_at = Some(t);
                if t % DIV == DIV / 2 {
                    let k = t / DIV;
                    match k {
                        0 => assert!(!line, "start bit went high"),
                        1..=8 => self.rx_byte |= u16::from(line) << (k - 1),
                        _ => {
                            if line {
                                self.received.push(self.rx_byte as u8);
                            } else {
                                self.framing_errors += 1;
                            }
                            self.rx_at = None;
                        }
                    }
                }
            }
        }
    }

    /// Sends `bytes` and runs until `reply_len` bytes came back and the
    /// line went idle (panics after a generous limit).
    fn transact(&mut self, uut: &mut Ice40Board, bytes: &[u8], reply_len: usize) -> Vec<u8> {
        self.received.clear();
        self.send(bytes);
        let limit = (bytes.len() + reply_len + 4) * 10 * DIV + 200;
        for _ in 0..limit {
            self.step(uut);
            if self.received.len() >= reply_len && self.line_out.is_empty() && self.rx_at.is_none()
            {
                break;
            }
        }
        // A little idle time: no further bytes may follow the reply.
        for _ in 0..3 * 10 * DIV {
            self.step(uut);
        }
        assert_eq!(self.framing_errors, 0);
        assert_eq!(
            self.received.len(),
            reply_len,
            "reply to {bytes:02x?}: {:02x?}",
            self.received
        );
        std::mem::take(&mut self.received)
    }

    fn read(&mut self, uut: &mut Ice40Board, addr: u16) -> (u8, u32) {
        let a = addr.to_le_bytes();
        let r = self.transact(uut, &[CMD_READ, a[0], a[1]], 5);
        (r[0], u32::from_le_bytes([r[1], r[2], r[3], r[4]]))
    }

    fn write(&mut self, uut: &mut Ice40Board, addr: u16, data: u32) -> u8 {
        let a = addr.to_le_bytes();
        let d = data.to_le_bytes();
        self.transact(uut, &[CMD_WRITE, a[0], a[1], d[0], d[1], d[2], d[3]], 1)[0]
    }
}

#[test]
fn uart_bridge_reads_and_writes_the_fuse() {
    let t = std::time::Instant::now();
    let params = FuseParams::DEFAULT;
    let mut uut = Box::new(Ice40Board::with_bridge(
        UartBridge::with_timeout(DIV as u32, TIMEOUT),
        1_000_000,
        params,
        3,
    ));
    uut.connect_all();
    let mut host = Host::new();
    host.idle(20);
    for _ in 0..20 {
        host.step(&mut uut);
    }

    // The fixed ID register, and the version from the ABI.
    assert_eq!(
        host.read(&mut uut, reg::ID),
        (resp::OKAY, capfuse_abi::FUSE_ID)
    );
    assert_eq!(
        host.read(&mut uut, reg::VERSION),
        (
            resp::OKAY,
            (u32::from(capfuse_abi::ABI_VERSION_MAJOR) << 16)
                | u32::from(capfuse_abi::ABI_VERSION_MINOR)
        )
    );

    // Tighten the window budget, read it back; loosening is refused.
    assert_eq!(
        host.read(&mut uut, reg::WINDOW_BUDGET),
        (resp::OKAY, u32::MAX)
    );
    assert_eq!(host.write(&mut uut, reg::WINDOW_BUDGET, 1000), resp::OKAY);
    assert_eq!(host.read(&mut uut, reg::WINDOW_BUDGET), (resp::OKAY, 1000));
    assert_eq!(host.write(&mut uut, reg::WINDOW_BUDGET, 2000), resp::SLVERR);
    assert_eq!(host.read(&mut uut, reg::WINDOW_BUDGET), (resp::OKAY, 1000));
    assert_eq!(host.read(&mut uut, reg::REFUSED_WRITES), (resp::OKAY, 1));

    // The accelerator stub has been running (3 units per enabled cycle,
    // at the power-up baseline ratio): its work is metered.
    assert_eq!(host.write(&mut uut, reg::SNAPSHOT, 1), resp::OKAY);
    let (st, work) = host.read(&mut uut, reg::CUM_WORK_0);
    assert_eq!(st, resp::OKAY);
    let (_, enabled) = host.read(&mut uut, reg::ENABLED_CYCLES_0);
    assert!(work > 0, "no work metered");
    assert_eq!(work, 3 * enabled, "work {work}, enabled cycles {enabled}");

    // Bridge-level answers: an address beyond 12 bits, a byte that is no
    // command, and a frame cut short (dropped after the timeout; the
    // next command is understood).
    assert_eq!(host.read(&mut uut, 0x1000), (STATUS_DECERR, 0));
    assert_eq!(host.write(&mut uut, 0x8000 | reg::KILL, 1), STATUS_DECERR);
    assert_eq!(host.transact(&mut uut, b"X", 1), [STATUS_UNKNOWN_COMMAND]);
    host.received.clear();
    host.send(&[CMD_WRITE, reg::KILL as u8, 0]);
    host.idle(TIMEOUT as usize + 50);
    for _ in 0..(3 * 10 * DIV + TIMEOUT as usize + 50) {
        host.step(&mut uut);
    }
    assert!(host.received.is_empty(), "{:02x?}", host.received);
    assert_eq!(
        host.read(&mut uut, reg::ID),
        (resp::OKAY, capfuse_abi::FUSE_ID)
    );
    // The cut-short write never reached KILL.
    assert_eq!(host.read(&mut uut, reg::KILL), (resp::OKAY, 0));
    // No trip so far: the interrupt LED is dark. KILL over the UART trips
    // the fuse: the enable stays low and the interrupt LED lights.
    assert!(!uut.led.val().get_bit(2));
    assert_eq!(host.write(&mut uut, reg::KILL, 1), resp::OKAY);
    for _ in 0..300 {
        host.step(&mut uut);
        assert!(!uut.led.val().get_bit(0), "enable high after KILL");
    }
    assert!(uut.led.val().get_bit(2), "interrupt LED dark after KILL");
    assert_eq!(
        host.read(&mut uut, reg::TRIP_REASON),
        (resp::OKAY, capfuse_abi::trip::KILL_REG)
    );
    println!(
        "{} cycles simulated in {:.1} s",
        host.cycles,
        t.elapsed().as_secs_f64()
    );
}

// ---- the open flow, end to end

fn show(r: &board::BoardReport) {
    print!("{r}");
    for (name, (used, avail)) in &r.device_utilisation {
        println!("  {name}: {used}/{avail}");
    }
}

#[test]
fn ice40_board_builds_to_a_bitstream_meeting_its_clock() {
    let dir = flow::work_dir("board-ice40-test").expect("work directory");
    let b = Board::Ice40Hx8k;
    // The steps are reported as they start (the CLI's progress shows them).
    let mut stages = Vec::new();
    let r = board::build_board_staged(b, &options(b), &dir, &mut |s| stages.push(s.to_string()))
        .unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(
        stages,
        [
            "generating the Verilog",
            "yosys: synthesis",
            "nextpnr: place and route",
            "packing the bitstream"
        ]
    );
    show(&r);
    let bin = std::fs::metadata(&r.bitstream)
        .expect("the bitstream")
        .len();
    assert!(bin > 0 && bin == r.bitstream_bytes);
    assert_eq!(r.bitstream.extension().unwrap(), "bin");
    assert!(
        r.meets_clock(),
        "Fmax {} MHz below the {} MHz board clock",
        r.fmax_mhz,
        r.clock_mhz
    );
    assert_eq!(r.clock_mhz, 12.0);
    let (lc, avail) = r.device_utilisation["ICESTORM_LC"];
    assert!(lc > 0 && lc <= avail);
    assert_eq!(r.device_utilisation["SB_IO"].0, 11, "clock, 2 UART, 8 LEDs");
    let timing = std::fs::read_to_string(&r.timing).unwrap();
    assert!(timing.contains("Max frequency for clock"), "{timing}");
    let util = std::fs::read_to_string(&r.utilisation).unwrap();
    assert!(util.contains("ICESTORM_LC"), "{util}");
    for p in [&r.verilog, &r.netlist, &r.constraints] {
        assert!(p.is_file(), "{}", p.display());
    }
    assert!(r.device_seed_file.is_none());
}

#[test]
fn versa_board_builds_to_a_bitstream() {
    let dir = flow::work_dir("board-versa-test").expect("work directory");
    let b = Board::Ecp5Versa;
    let r = board::build_board(b, &options(b), &dir).unwrap_or_else(|e| panic!("{e:#}"));
    show(&r);
    let bit = std::fs::metadata(&r.bitstream)
        .expect("the bitstream")
        .len();
    assert!(bit > 0 && bit == r.bitstream_bytes);
    assert_eq!(r.bitstream.extension().unwrap(), "bit");
    // Synthesis within the LFE5UM5G-45F: 43,848 LUTs, 72 multipliers,
    // 108 block RAMs; the card alone is about 13k LUT4.
    assert!((6_000..=43_848).contains(&r.luts), "LUT4 {}", r.luts);
    assert!((1..=72).contains(&r.dsp), "MULT18X18D {}", r.dsp);
    assert!((1..=108).contains(&r.bram), "DP16KD {}", r.bram);
    let (slices, avail) = r.device_utilisation["TRELLIS_COMB"];
    assert!(slices <= avail);
    // The generated device seed is private to its owner.
    let seed = r.device_seed_file.as_ref().expect("a generated seed");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(seed).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", seed.display());
    assert_eq!(board::read_device_seed(seed).unwrap().len(), 32);
    assert_eq!(r.clock_mhz, 100.0);
    assert!(r.fmax_mhz > 0.0);
}

// ---- the same, on the emitted Verilog (what the bitstream is built from)

const IVERILOG: flow::Tool = flow::Tool {
    program: "iverilog",
    install: "apt-get install iverilog",
};
const VVP: flow::Tool = flow::Tool {
    program: "vvp",
    install: "apt-get install iverilog",
};

/// rust-hdl's simulator and Verilog can disagree (docs: DESIGN.md), so the
/// emitted iCE40 board top runs the same protocol under Icarus Verilog: a
/// testbench sends command frames on `uart_rx` at 8 clocks a bit (12 MHz,
/// 1.5 Mbaud) and prints every byte it decodes from `uart_tx`.
#[test]
fn uart_bridge_verilog_reads_and_writes_the_fuse() {
    let b = Board::Ice40Hx8k;
    let opts = BoardOptions {
        baud: 1_500_000,
        ..options(b)
    };
    let v = board::generate_board_verilog(b, &opts, None).unwrap();
    let dir = flow::work_dir("board-bridge-iverilog").unwrap();
    std::fs::write(dir.join("board.v"), v).unwrap();

    let le = |a: u16| a.to_le_bytes();
    let mut frames: Vec<Vec<u8>> = Vec::new();
    let mut expect: Vec<u8> = Vec::new();
    let read = |frames: &mut Vec<Vec<u8>>, expect: &mut Vec<u8>, a: u16, st: u8, d: u32| {
        frames.push(vec![CMD_READ, le(a)[0], le(a)[1]]);
        expect.push(st);
        expect.extend(d.to_le_bytes());
    };
    let write = |frames: &mut Vec<Vec<u8>>, expect: &mut Vec<u8>, a: u16, d: u32, st: u8| {
        let mut f = vec![CMD_WRITE, le(a)[0], le(a)[1]];
        f.extend(d.to_le_bytes());
        frames.push(f);
        expect.push(st);
    };
    read(
        &mut frames,
        &mut expect,
        reg::ID,
        resp::OKAY,
        capfuse_abi::FUSE_ID,
    );
    write(
        &mut frames,
        &mut expect,
        reg::WINDOW_BUDGET,
        1000,
        resp::OKAY,
    );
    read(
        &mut frames,
        &mut expect,
        reg::WINDOW_BUDGET,
        resp::OKAY,
        1000,
    );
    write(
        &mut frames,
        &mut expect,
        reg::WINDOW_BUDGET,
        5000,
        resp::SLVERR,
    );
    read(
        &mut frames,
        &mut expect,
        reg::WINDOW_BUDGET,
        resp::OKAY,
        1000,
    );
    read(&mut frames, &mut expect, 0x2004, STATUS_DECERR, 0);
    frames.push(vec![b'?']);
    expect.push(STATUS_UNKNOWN_COMMAND);

    let mut stimulus = String::new();
    for f in &frames {
        for byte in f {
            stimulus.push_str(&format!("        send(8'h{byte:02x});\n"));
        }
        // Room for the longest reply (5 bytes of 80 cycles) and the bus.
        stimulus.push_str("        repeat (600) @(posedge clock);\n");
    }
    let top = b.top();
    let tb = format!(
        r#"`timescale 1ns/1ps
module tb;
    reg clock = 0;
    reg uart_rx = 1;
    wire uart_tx;
    wire [7:0] led;
    {top} dut(.clock(clock), .uart_rx(uart_rx), .uart_tx(uart_tx), .led(led));
    always #5 clock = ~clock;

    task send(input [7:0] b);
        integer i;
        begin
            uart_rx = 0;
            repeat (8) @(posedge clock);
            for (i = 0; i < 8; i = i + 1) begin
                uart_rx = b[i];
                repeat (8) @(posedge clock);
            end
            uart_rx = 1;
            repeat (8) @(posedge clock);
        end
    endtask

    // Receiver: find the start bit, sample each bit in its middle.
    reg [7:0] r;
    integer k;
    initial begin
        forever begin
            @(negedge uart_tx);
            repeat (4) @(posedge clock);
            if (uart_tx == 0) begin
                for (k = 0; k < 8; k = k + 1) begin
                    repeat (8) @(posedge clock);
                    r[k] = uart_tx;
                end
                repeat (8) @(posedge clock);
                if (uart_tx == 1) $display("byte %02x", r);
                else $display("framing error");
            end
        end
    end

    initial begin
        repeat (20) @(posedge clock);
{stimulus}        $display("done");
        $finish;
    end
endmodule
"#
    );
    std::fs::write(dir.join("tb.v"), tb).unwrap();
    let out = IVERILOG
        .run(
            ["-g2005", "-o", "tb.vvp", "-s", "tb", "tb.v", "board.v"],
            &dir,
        )
        .unwrap_or_else(|e| panic!("{e:#}"));
    assert!(
        out.status.success(),
        "iverilog failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let out = VVP
        .run(["-n", "tb.vvp"], &dir)
        .unwrap_or_else(|e| panic!("{e:#}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("done"), "{text}");
    assert!(!text.contains("framing error"), "{text}");
    let got: Vec<u8> = text
        .lines()
        .filter_map(|l| l.strip_prefix("byte "))
        .map(|h| u8::from_str_radix(h.trim(), 16).unwrap())
        .collect();
    assert_eq!(got, expect, "{text}");
}
