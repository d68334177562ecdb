//! The card's rust-hdl design (`CardTop`) stepped directly, like the fuse
//! core's [`crate::engines::rtl::RtlEngine`]. Slow (a few thousand cycles
//! per second: the Ed25519 engine's wide datapath settles every cycle, busy
//! or not); for short cross-checks, with Verilator for volume.

use anyhow::anyhow;
use capfuse_hdl::card::CardTop;
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;

use super::CardParams;
use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use crate::engines::rtl::drive_axi;

/// Most settle iterations allowed per clock edge.
const MAX_SETTLE_ITERS: usize = 100;

/// The card as rust-hdl simulates it.
pub struct CardRtl {
    uut: Box<CardTop>,
}

impl CardRtl {
    /// The card for `p`, at power-up.
    pub fn new(p: &CardParams) -> anyhow::Result<Self> {
        p.validate().map_err(anyhow::Error::msg)?;
        let mut uut = Box::new(
            CardTop::new(p.fuse, &p.authority_keys, p.threshold)
                .map_err(|e| anyhow!("building the card top: {e}"))?,
        );
        uut.connect_all();
        // The straps are set once (building a 256-bit value is slow).
        let mut seed: Bits<256> = 0.into();
        for (k, chunk) in p.seed.chunks(4).enumerate() {
            let w: Bits<256> = u64::from(u32::from_le_bytes(chunk.try_into().unwrap())).into();
            seed = seed | (w << (32 * k as u64));
        }
        uut.seed.next = seed;
        uut.boot_epoch.next = p.boot_epoch.into();
        let mut e = CardRtl { uut };
        e.settle("power-up");
        Ok(e)
    }

    fn settle(&mut self, what: &str) {
        assert!(
            simulate(self.uut.as_mut(), MAX_SETTLE_ITERS),
            "rust-hdl card did not settle within {MAX_SETTLE_ITERS} iterations ({what})"
        );
    }
}

impl Engine for CardRtl {
    fn kind(&self) -> EngineKind {
        EngineKind::Rtl
    }

    fn outputs(&self) -> PinsOut {
        let u = &self.uut;
        PinsOut {
            accel_clk_en: u.accel_clk_en.val(),
            irq: u.irq.val(),
            awready: u.axi.awready.val(),
            wready: u.axi.wready.val(),
            bvalid: u.axi.bvalid.val(),
            bresp: u.axi.bresp.val().index() as u8,
            arready: u.axi.arready.val(),
            rvalid: u.axi.rvalid.val(),
            rdata: u.axi.rdata.val().index() as u32,
            rresp: u.axi.rresp.val().index() as u8,
            ..PinsOut::default()
        }
    }

    fn step(&mut self, i: &PinsIn) {
        let u = self.uut.as_mut();
        u.work_units.next = u64::from(i.work_units).into();
        u.kill.next = i.kill;
        drive_axi(&mut u.axi, i);
        // Inputs settle before the edge (see the fuse core's engine).
        self.settle("inputs");
        self.uut.clock.next = Clock { clk: true };
        self.settle("rising edge");
        self.uut.clock.next = Clock { clk: false };
        self.settle("falling edge");
    }
}
