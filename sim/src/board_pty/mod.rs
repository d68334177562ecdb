//! A board behind a pseudo-terminal: the emitted board top (the iCE40-HX8K
//! breakout's fuse, or the ECP5 Versa's whole card) under Verilator, its
//! UART pins joined to a pseudo-terminal, so the unchanged `capfuse` binary
//! drives it with `--device serial:/dev/pts/N`, exactly as it drives a real
//! board on `/dev/ttyUSB1`. The board's RTL, bridge and all, is what runs;
//! only the wire is simulated.
//!
//! The model runs as fast as Verilator steps it, not at the board's clock:
//! the frame timeout and the baud rate are in cycles, so what the bridge
//! sees is what a real board sees, and the host's timeouts are generous
//! beside a simulated byte time.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use capfuse_hdl::board::{self, Board, BoardOptions};
use libloading::Library;
use serialport::{SerialPort, TTYPort};

use crate::engines::verilator::{cached_library, BuildSpec};

const ICE40_SPEC: BuildSpec = BuildSpec {
    harness: concat!(
        "#include \"Vcapfuse_board_ice40_hx8k.h\"\n#define BOARD Vcapfuse_board_ice40_hx8k\n",
        include_str!("board_harness.cpp")
    ),
    top: board::ICE40_HX8K_TOP,
    what: "the iCE40-HX8K board top",
    train: None,
};

const VERSA_SPEC: BuildSpec = BuildSpec {
    harness: concat!(
        "#include \"Vcapfuse_board_ecp5_versa.h\"\n#define BOARD Vcapfuse_board_ecp5_versa\n",
        include_str!("board_harness.cpp")
    ),
    top: board::ECP5_VERSA_TOP,
    what: "the ECP5 Versa board top",
    train: None,
};

fn spec(b: Board) -> &'static BuildSpec {
    match b {
        Board::Ice40Hx8k => &ICE40_SPEC,
        Board::Ecp5Versa => &VERSA_SPEC,
    }
}

/// The harness's opaque model.
type Handle = *mut std::ffi::c_void;
type AbiFn = unsafe extern "C" fn() -> u32;
type CreateFn = unsafe extern "C" fn(u32) -> Handle;
type DestroyFn = unsafe extern "C" fn(Handle);
type RoomFn = unsafe extern "C" fn(Handle) -> u32;
type RunFn = unsafe extern "C" fn(Handle, u64, *const u8, u32, *mut u8, u32, *mut u32) -> u32;

struct BoardLib {
    create: CreateFn,
    destroy: DestroyFn,
    room: RoomFn,
    run: RunFn,
    _lib: Library,
}

impl BoardLib {
    fn load(path: &Path) -> Result<BoardLib> {
        // SAFETY: the library was built by `cached_library` from the board
        // harness; its initialisers only set up Verilator's runtime.
        let lib = unsafe { Library::new(path) }
            .with_context(|| format!("loading Verilator model {}", path.display()))?;
        // SAFETY: the symbol types match the extern "C" declarations in
        // `board_harness.cpp`, which is part of the cache key.
        unsafe {
            let abi: AbiFn = *lib.get::<AbiFn>(b"board_vl_abi\0")?;
            if abi() != 1 {
                bail!("{} has a different harness ABI; delete it", path.display());
            }
            Ok(BoardLib {
                create: *lib.get(b"board_vl_create\0")?,
                destroy: *lib.get(b"board_vl_destroy\0")?,
                room: *lib.get(b"board_vl_room\0")?,
                run: *lib.get(b"board_vl_run\0")?,
                _lib: lib,
            })
        }
    }
}

/// One board model, owned by the thread that steps it.
struct Model {
    lib: Arc<BoardLib>,
    handle: Handle,
}

// SAFETY: the handle owns one Verilated model with its own context and is
// only touched by the one thread that owns this value.
unsafe impl Send for Model {}

impl Model {
    fn room(&mut self) -> usize {
        // SAFETY: the handle is live.
        unsafe { (self.lib.room)(self.handle) as usize }
    }

    /// Queues `input`, runs `cycles`, appends what the board sent to `out`;
    /// returns the LEDs.
    fn run(&mut self, cycles: u64, input: &[u8], out: &mut Vec<u8>) -> u8 {
        let mut buf = [0u8; 4096];
        let mut n = 0u32;
        // SAFETY: the pointers are valid for the lengths given; the handle
        // is live; the caller keeps `input` within `room`.
        let leds = unsafe {
            (self.lib.run)(
                self.handle,
                cycles,
                input.as_ptr(),
                input.len() as u32,
                buf.as_mut_ptr(),
                buf.len() as u32,
                &mut n,
            )
        };
        out.extend_from_slice(&buf[..n as usize]);
        leds as u8
    }
}

impl Drop for Model {
    fn drop(&mut self) {
        // SAFETY: the handle came from `create` and is destroyed once.
        unsafe { (self.lib.destroy)(self.handle) };
    }
}

/// A simulated board on a pseudo-terminal, stepped by a thread until
/// dropped.
pub struct PtyBoard {
    board: Board,
    baud: u32,
    path: String,
    stop: Arc<AtomicBool>,
    cycles: Arc<AtomicU64>,
    thread: Option<JoinHandle<Result<()>>>,
    /// Held open so that the line stays up between the host's opens.
    _slave: TTYPort,
}

impl std::fmt::Debug for PtyBoard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PtyBoard")
            .field("board", &self.board)
            .field("path", &self.path)
            .finish()
    }
}

/// Cycles per bit for `baud` on `b`'s clock, as the bridge computes it.
fn bit_cycles(b: Board, baud: u32) -> u32 {
    (b.clock_hz() + baud / 2) / baud.max(1)
}

impl PtyBoard {
    /// Emits `b`'s top with `opts` (and, for the card board, `seed`),
    /// builds it with Verilator (cached by the Verilog's hash), and starts
    /// it behind a fresh pseudo-terminal.
    pub fn start(b: Board, opts: &BoardOptions, seed: Option<&[u8; 32]>) -> Result<PtyBoard> {
        let verilog = board::generate_board_verilog(b, opts, seed)?;
        Self::from_verilog(b, opts.baud, &verilog)
    }

    /// Starts `verilog` (a top of board `b` built for `baud`) behind a
    /// fresh pseudo-terminal.
    pub fn from_verilog(b: Board, baud: u32, verilog: &str) -> Result<PtyBoard> {
        let (_, lib_path) = cached_library(spec(b), verilog)?;
        let lib = Arc::new(BoardLib::load(&lib_path)?);
        // SAFETY: `create` returns a fresh model (or null) owned by `Model`.
        let handle = unsafe { (lib.create)(bit_cycles(b, baud)) };
        if handle.is_null() {
            bail!("the Verilator model of {b} failed to start");
        }
        let model = Model { lib, handle };
        let (master, slave) =
            TTYPort::pair().map_err(|e| anyhow!("cannot make a pseudo-terminal: {e}"))?;
        let path = slave
            .name()
            .ok_or_else(|| anyhow!("the pseudo-terminal has no name"))?;
        let stop = Arc::new(AtomicBool::new(false));
        let cycles = Arc::new(AtomicU64::new(0));
        let bit = u64::from(bit_cycles(b, baud));
        let thread = {
            let stop = stop.clone();
            let cycles = cycles.clone();
            std::thread::Builder::new()
                .name(format!("{b} on {path}"))
                .spawn(move || serve(model, master, bit, &stop, &cycles))?
        };
        Ok(PtyBoard {
            board: b,
            baud,
            path,
            stop,
            cycles,
            thread: Some(thread),
            _slave: slave,
        })
    }

    /// The pseudo-terminal's path, for `--device serial:PATH@BAUD`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The `--device` argument that reaches this board.
    pub fn device(&self) -> String {
        format!("serial:{}@{}", self.path, self.baud)
    }

    /// Cycles the board has run.
    pub fn cycles(&self) -> u64 {
        self.cycles.load(Ordering::Relaxed)
    }

    /// Stops the board; an error if its thread failed.
    pub fn stop(mut self) -> Result<()> {
        self.halt()
    }

    /// Runs until the board's thread fails (it does not stop otherwise).
    pub fn wait(mut self) -> Result<()> {
        match self.thread.take() {
            Some(t) => t.join().map_err(|_| anyhow!("the board thread panicked"))?,
            None => Ok(()),
        }
    }

    fn halt(&mut self) -> Result<()> {
        self.stop.store(true, Ordering::Relaxed);
        match self.thread.take() {
            Some(t) => t.join().map_err(|_| anyhow!("the board thread panicked"))?,
            None => Ok(()),
        }
    }
}

impl Drop for PtyBoard {
    fn drop(&mut self) {
        let _ = self.halt();
    }
}

/// The board's thread: host bytes from the terminal into the model, the
/// board's bytes back, a few bit times of cycles per round.
fn serve(
    mut model: Model,
    mut master: TTYPort,
    bit: u64,
    stop: &AtomicBool,
    cycles: &AtomicU64,
) -> Result<()> {
    master.set_timeout(Duration::from_millis(1))?;
    let chunk = 4 * bit;
    let mut input = [0u8; 1024];
    let mut out = Vec::with_capacity(4096);
    while !stop.load(Ordering::Relaxed) {
        let waiting = master.bytes_to_read().unwrap_or(0) as usize;
        let n = if waiting > 0 {
            let room = model.room().min(input.len());
            match master.read(&mut input[..waiting.min(room)]) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => 0,
                Err(e) => return Err(anyhow!(e).context("reading the pseudo-terminal")),
            }
        } else {
            0
        };
        out.clear();
        model.run(chunk, &input[..n], &mut out);
        cycles.fetch_add(chunk, Ordering::Relaxed);
        if !out.is_empty() {
            master
                .write_all(&out)
                .context("writing the pseudo-terminal")?;
        }
    }
    Ok(())
}
