//! The Ed25519 engine's rust-hdl design stepped directly (slow: the seed
//! port and the SHA-512 datapath are wider than rust-hdl's fast 32-bit
//! representation; use it to cross-check, and Verilator for volume).

use super::{EdEngine, EdPinsIn, EdPinsOut};
use crate::EngineKind;
use capfuse_hdl::ed25519::engine::Ed25519Engine;
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;

const MAX_SETTLE_ITERS: usize = 100;

/// The engine as rust-hdl simulates it.
pub struct EdRtl {
    uut: Box<Ed25519Engine>,
    seed: Option<[u8; 32]>,
}

impl Default for EdRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl EdRtl {
    /// The engine at power-up.
    pub fn new() -> Self {
        let mut uut = Box::new(Ed25519Engine::new());
        uut.connect_all();
        let mut e = EdRtl { uut, seed: None };
        e.settle("power-up");
        e
    }

    fn settle(&mut self, what: &str) {
        assert!(
            simulate(self.uut.as_mut(), MAX_SETTLE_ITERS),
            "rust-hdl Ed25519 engine did not settle within {MAX_SETTLE_ITERS} iterations ({what})"
        );
    }
}

impl EdEngine for EdRtl {
    fn kind(&self) -> EngineKind {
        EngineKind::Rtl
    }

    fn outputs(&self) -> EdPinsOut {
        let u = &self.uut;
        EdPinsOut {
            busy: u.busy.val(),
            done: u.done.val(),
            status: u.status.val().index() as u8,
            res_data: u.res_data.val().index() as u32,
            pc: u.pc.val().index() as u16,
        }
    }

    fn step(&mut self, i: &EdPinsIn) {
        let u = self.uut.as_mut();
        if self.seed != Some(i.seed) {
            // Building a 256-bit value is slow in rust-hdl; do it on change.
            let mut v: Bits<256> = 0.into();
            for (k, chunk) in i.seed.chunks(4).enumerate() {
                let w: Bits<256> = (u32::from_le_bytes(chunk.try_into().unwrap()) as u64).into();
                v = v | (w << (32 * k as u64));
            }
            u.seed.next = v;
            self.seed = Some(i.seed);
        }
        u.cmd_start.next = i.cmd_start;
        u.cmd_op.next = ((i.cmd_op & 7) as u64).into();
        u.msg_len.next = (i.msg_len as u64).into();
        u.buf_we.next = i.buf_we;
        u.buf_waddr.next = ((i.buf_waddr & 0x1ff) as u64).into();
        u.buf_wdata.next = (i.buf_wdata as u64).into();
        u.res_addr.next = ((i.res_addr & 0xf) as u64).into();
        u.clock.next = Clock { clk: true };
        self.settle("rising edge");
        self.uut.clock.next = Clock { clk: false };
        self.settle("falling edge");
    }
}
