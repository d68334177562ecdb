//! The rust-hdl design stepped directly, without rust-hdl's threaded
//! `Simulation`: the inputs are driven and settled with [`simulate`], then
//! the rising clock, then the falling clock, each settled likewise.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use capfuse_abi::FuseParams;
use capfuse_hdl::axi::AxiLiteSlave;
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

/// Drives the host's side of a rust-hdl AXI4-Lite bundle from `i` (the
/// address bits a 4 KiB BAR decodes, the strobe's four bits).
pub(crate) fn drive_axi(axi: &mut AxiLiteSlave, i: &PinsIn) {
    axi.awvalid.next = i.awvalid;
    axi.awaddr.next = u64::from(i.awaddr & 0xFFF).into();
    axi.wvalid.next = i.wvalid;
    axi.wdata.next = u64::from(i.wdata).into();
    axi.wstrb.next = u64::from(i.wstrb & 0xF).into();
    axi.bready.next = i.bready;
    axi.arvalid.next = i.arvalid;
    axi.araddr.next = u64::from(i.araddr & 0xFFF).into();
    axi.rready.next = i.rready;
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
            awready: u.axi.awready.val(),
            wready: u.axi.wready.val(),
            bvalid: u.axi.bvalid.val(),
            bresp: u.axi.bresp.val().index() as u8,
            arready: u.axi.arready.val(),
            rvalid: u.axi.rvalid.val(),
            rdata: u.axi.rdata.val().index() as u32,
            rresp: u.axi.rresp.val().index() as u8,
            snap_data: u.snap_data.val().index() as u32,
            report_due: u.report_due.val(),
            grant_expired: u.grant_expired.val(),
        }
    }

    fn step(&mut self, i: &PinsIn) {
        let u = self.uut.as_mut();
        u.work_units.next = u64::from(i.work_units).into();
        u.kill.next = i.kill;
        drive_axi(&mut u.axi, i);
        u.snap_req.next = i.snap_req;
        u.snap_addr.next = u64::from(i.snap_addr & 0x7F).into();
        u.grant_we.next = i.grant_we;
        u.grant_addr.next = u64::from(i.grant_addr & 0x1F).into();
        u.grant_wdata.next = u64::from(i.grant_wdata).into();
        u.grant_apply.next = i.grant_apply;
        u.report_ready.next = i.report_ready;
        u.grant_done.next = i.grant_done;
        // The inputs settle before the edge, as in the emitted Verilog: a
        // sub-block's combinational output on a path from a pin to a
        // register must see this cycle's pins when the register takes it.
        self.settle("inputs");
        self.uut.clock.next = Clock { clk: true };
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

    /// Model and RTL on traffic aimed at the pipelined corners of the RTL:
    /// very short windows (a window starting in any write phase), window
    /// budgets around W, commits around the admitted total, reads of every
    /// register.
    #[test]
    fn model_and_rtl_agree_on_window_and_commit_corners() {
        use crate::model::Model;
        use capfuse_abi::{reg, REGISTERS};
        use rand::{Rng, SeedableRng};
        use rand_chacha::ChaCha8Rng;

        for (seed, w) in [(1u64, 3u16), (2, 1), (3, 1024), (4, 40)] {
            let params = FuseParams {
                max_work_per_cycle: w,
                power_up_baseline_ratio: 256,
                ..FuseParams::DEFAULT
            };
            let mut model = Model::new(params);
            let mut rtl = RtlEngine::new(params).unwrap();
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let w32 = u32::from(w);
            let mut pending: Option<(u16, u32, u8)> = None;
            let mut read: Option<u16> = None;
            let mut admitted = 0u64;
            for cycle in 0..60_000u64 {
                let o = model.outputs();
                assert_eq!(o, rtl.outputs(), "w={w} seed={seed} cycle {cycle}");
                if o.accel_clk_en {
                    admitted += u64::from(w32);
                }
                if pending.is_none() && rng.gen_range(0..20) == 0 {
                    let addr = match rng.gen_range(0..10) {
                        0 | 1 => reg::WINDOW_LEN,
                        2..=4 => reg::WINDOW_BUDGET,
                        5 => reg::CUM_BUDGET_NEXT_0,
                        6 => reg::CUM_BUDGET_COMMIT,
                        7 => reg::SNAPSHOT,
                        _ => REGISTERS[rng.gen_range(0..REGISTERS.len())].offset,
                    };
                    let data = match addr {
                        reg::WINDOW_LEN => rng.gen_range(1..6),
                        reg::WINDOW_BUDGET => rng.gen_range(0..w32 * 12 + 2),
                        reg::CUM_BUDGET_NEXT_0 => {
                            (admitted + rng.gen_range(0..u64::from(w32) * 400)) as u32
                        }
                        reg::CUM_BUDGET_COMMIT => 1,
                        reg::BASELINE_RATIO | reg::TRIP_RATIO => rng.gen_range(0..300),
                        reg::KILL => 0,
                        _ => rng.gen(),
                    };
                    let strb = if rng.gen_range(0..6) == 0 {
                        rng.gen_range(0..16)
                    } else {
                        0xF
                    };
                    pending = Some((addr, data, strb));
                }
                if read.is_none() && rng.gen_range(0..10) == 0 {
                    read = Some(REGISTERS[rng.gen_range(0..REGISTERS.len())].offset);
                }
                let mut i = PinsIn {
                    work_units: rng.gen_range(0..=w.saturating_mul(2)),
                    bready: rng.gen_range(0..3) != 0,
                    rready: rng.gen_range(0..3) != 0,
                    ..PinsIn::default()
                };
                if let Some((addr, data, strb)) = pending {
                    i.awvalid = true;
                    i.awaddr = addr;
                    i.wvalid = true;
                    i.wdata = data;
                    i.wstrb = strb;
                    if o.awready && o.wready {
                        pending = None;
                    }
                }
                if let Some(addr) = read {
                    i.arvalid = true;
                    i.araddr = addr;
                    if o.arready {
                        read = None;
                    }
                }
                model.step(&i);
                rtl.step(&i);
            }
        }
    }
}
