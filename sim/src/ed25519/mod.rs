//! The Ed25519 engine's pins, its engines, and the host-side protocol that
//! runs commands on any of them.
//!
//! The engine is a self-contained block: the host loads 32-bit words into
//! its message buffer, pulses `cmd_start` with a command and the message
//! length, waits for `done`, reads `status` and the result words. See
//! `docs/ed25519-engine.md`.

pub mod cli;
pub mod conformance;
pub mod host;
pub mod lockstep;
pub mod model;
pub mod rtl;
pub mod verilator;

pub use host::{Ed25519, HostError, Run};
pub use model::EdModel;
pub use rtl::EdRtl;
pub use verilator::EdVerilator;

use crate::EngineKind;

/// Inputs driven during one cycle, sampled at the next rising edge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EdPinsIn {
    /// The device seed (32 bytes, little-endian on the port).
    pub seed: [u8; 32],
    /// Start a command (ignored while busy).
    pub cmd_start: bool,
    /// The command (see `capfuse_hdl::ed25519::isa::cmd`).
    pub cmd_op: u8,
    /// Message length in bytes, sampled with `cmd_start`.
    pub msg_len: u16,
    /// Write `buf_wdata` to buffer word `buf_waddr` (ignored while busy).
    pub buf_we: bool,
    pub buf_waddr: u16,
    pub buf_wdata: u32,
    /// Result word to read; it appears on `res_data` in the next cycle.
    pub res_addr: u8,
}

/// Outputs during a cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EdPinsOut {
    /// A command is running.
    pub busy: bool,
    /// The last command finished (held until the next start).
    pub done: bool,
    /// The last command's status (valid with `done`).
    pub status: u8,
    /// The result word addressed in the previous cycle (0 while busy).
    pub res_data: u32,
    /// Microprogram counter (for lockstep comparison and debugging).
    pub pc: u16,
}

impl EdPinsOut {
    /// First output that differs from `other`: (name, mine, theirs).
    pub fn first_difference(&self, other: &EdPinsOut) -> Option<(&'static str, u32, u32)> {
        let mine = self.signals();
        let theirs = other.signals();
        mine.iter()
            .zip(theirs.iter())
            .find(|(a, b)| a.1 != b.1)
            .map(|(a, b)| (a.0, a.1, b.1))
    }

    /// Names and values of every output.
    pub fn signals(&self) -> [(&'static str, u32); 5] {
        [
            ("busy", self.busy as u32),
            ("done", self.done as u32),
            ("status", self.status as u32),
            ("res_data", self.res_data),
            ("pc", self.pc as u32),
        ]
    }
}

/// A cycle-accurate Ed25519 engine.
pub trait EdEngine {
    /// Which engine this is.
    fn kind(&self) -> EngineKind;
    /// Outputs during the current cycle.
    fn outputs(&self) -> EdPinsOut;
    /// Drives `inputs` for the current cycle and applies one rising edge.
    fn step(&mut self, inputs: &EdPinsIn);
    /// Holds `inputs` for `cycles` edges or until `done` rises, whichever is
    /// first; returns the edges applied. Engines override this to avoid a
    /// call per cycle.
    fn run_until_done(&mut self, inputs: &EdPinsIn, cycles: u64) -> u64 {
        for n in 0..cycles {
            if self.outputs().done {
                return n;
            }
            self.step(inputs);
        }
        cycles
    }
}
