//! The rust-hdl design stepped directly, without rust-hdl's threaded
//! `Simulation`: inputs and the rising clock are driven, then the circuit is
//! settled with [`simulate`]; the falling clock is settled likewise.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use capfuse_abi::FuseParams;
use capfuse_hdl::FuseCore;
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;

/// Most settle iterations allowed per clock edge before the design is
/// declared oscillating.
const MAX_SETTLE_ITERS: usize = 100;

/// The fuse core as rust-hdl simulates it.
pub struct RtlEngine {
    uut: Box<FuseCore>,
}

impl RtlEngine {
    /// Builds the core for `params`.
    pub fn new(params: FuseParams) -> anyhow::Result<Self> {
        params.validate().map_err(anyhow::Error::msg)?;
        let mut uut = Box::new(FuseCore::new(params));
        uut.connect_all();
        let mut engine = Self { uut };
        // Settle the power-up state so the outputs reflect the registers.
        engine.settle("power-up");
        Ok(engine)
    }

    fn settle(&mut self, what: &str) {
        assert!(
            simulate(self.uut.as_mut(), MAX_SETTLE_ITERS),
            "rust-hdl fuse core did not settle within {MAX_SETTLE_ITERS} iterations ({what})"
        );
    }
}

impl Engine for RtlEngine {
    fn kind(&self) -> EngineKind {
        EngineKind::Rtl
    }

    fn outputs(&self) -> PinsOut {
        let u = &self.uut;
        PinsOut {
            accel_clk_en: u.accel_clk_en.val(),
            irq: u.irq.val(),
            awready: u.axi_awready.val(),
            wready: u.axi_wready.val(),
            bvalid: u.axi_bvalid.val(),
            bresp: u.axi_bresp.val().index() as u8,
            arready: u.axi_arready.val(),
            rvalid: u.axi_rvalid.val(),
            rdata: u.axi_rdata.val().index() as u32,
            rresp: u.axi_rresp.val().index() as u8,
        }
    }

    fn step(&mut self, i: &PinsIn) {
        let u = self.uut.as_mut();
        u.work_units.next = u64::from(i.work_units).into();
        u.kill.next = i.kill;
        u.axi_awvalid.next = i.awvalid;
        u.axi_awaddr.next = u64::from(i.awaddr & 0xFFF).into();
        u.axi_wvalid.next = i.wvalid;
        u.axi_wdata.next = u64::from(i.wdata).into();
        u.axi_wstrb.next = u64::from(i.wstrb & 0xF).into();
        u.axi_bready.next = i.bready;
        u.axi_arvalid.next = i.arvalid;
        u.axi_araddr.next = u64::from(i.araddr & 0xFFF).into();
        u.axi_rready.next = i.rready;
        u.clock.next = Clock { clk: true };
        self.settle("rising edge");
        self.uut.clock.next = Clock { clk: false };
        self.settle("falling edge");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_up_stopped_then_runs_at_the_baseline_ratio() {
        let mut e = RtlEngine::new(FuseParams::DEFAULT).unwrap();
        assert!(!e.outputs().accel_clk_en);
        let idle = PinsIn::default();
        let mut high = 0;
        for _ in 0..256 {
            e.step(&idle);
            high += e.outputs().accel_clk_en as u32;
        }
        assert_eq!(high, u32::from(FuseParams::DEFAULT.power_up_baseline_ratio));
    }
}
