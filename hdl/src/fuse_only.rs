//! The fuse alone (`capfuse_fuse`): [`FuseCore`] with only its external
//! ports, for a bitstream without the card's crypto (`docs/fuse-core.md`,
//! "Two tops").
//!
//! The side ports exist for the card's `CryptoCtl`. Here every side input
//! is tied to zero and the side outputs are left open, so synthesis
//! removes the report snapshot, the pending grant words and the grant
//! path: with `grant_we` low the pending words never leave their power-up
//! values, and nothing reads the snapshot. The behaviour on the remaining
//! ports is exactly the core's with no grant, no snapshot request and no
//! `report_ready`/`grant_done` pulse.

use crate::axi::AxiLiteSlave;
use crate::FuseCore;
use capfuse_abi::FuseParams;
use rust_hdl::core::prelude::*;

/// The fuse core without its side ports.
#[derive(LogicBlock)]
pub struct FuseOnly {
    /// The one clock (bus and accelerator share it).
    pub clock: Signal<In, Clock>,
    /// Work units the accelerator reports for the current cycle.
    pub work_units: Signal<In, Bits<16>>,
    /// Board kill pin, active high.
    pub kill: Signal<In, Bit>,
    /// Registered clock enable for the accelerator.
    pub accel_clk_en: Signal<Out, Bit>,
    /// Interrupt: `INTR_STATE & INTR_ENABLE` (only `TRIP` can set here).
    pub irq: Signal<Out, Bit>,
    /// The AXI4-Lite register port (emitted as the flat `axi_*` pins).
    pub axi: AxiLiteSlave,

    fuse: FuseCore,
}

impl FuseOnly {
    /// The fuse with generator parameters `params` (panics if they are
    /// invalid, as [`FuseCore::new`] does).
    pub fn new(params: FuseParams) -> Self {
        Self {
            clock: Default::default(),
            work_units: Default::default(),
            kill: Default::default(),
            accel_clk_en: Default::default(),
            irq: Default::default(),
            axi: Default::default(),
            fuse: FuseCore::new(params),
        }
    }
}

impl Logic for FuseOnly {
    #[hdl_gen]
    fn update(&mut self) {
        self.fuse.clock.next = self.clock.val();
        self.fuse.work_units.next = self.work_units.val();
        self.fuse.kill.next = self.kill.val();
        self.accel_clk_en.next = self.fuse.accel_clk_en.val();
        self.irq.next = self.fuse.irq.val();

        AxiLiteSlave::link(&mut self.axi, &mut self.fuse.axi);

        // No CryptoCtl: no snapshot, no grant, no report or grant events.
        // `snap_data`, `report_due` and `grant_expired` are left open.
        self.fuse.snap_req.next = false;
        self.fuse.snap_addr.next = 0.into();
        self.fuse.grant_we.next = false;
        self.fuse.grant_addr.next = 0.into();
        self.fuse.grant_wdata.next = 0.into();
        self.fuse.grant_apply.next = false;
        self.fuse.report_ready.next = false;
        self.fuse.grant_done.next = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use capfuse_abi::{reg, resp, status, trip};
    use rust_hdl::core::simulate::simulate;

    /// One rising and one falling edge.
    fn cycle(uut: &mut FuseOnly) {
        assert!(simulate(uut, 100), "did not settle");
        uut.clock.next = Clock { clk: true };
        assert!(simulate(uut, 100), "did not settle");
        uut.clock.next = Clock { clk: false };
        assert!(simulate(uut, 100), "did not settle");
    }

    /// A complete AXI read through the wrapper; returns (RDATA, RRESP).
    fn read(uut: &mut FuseOnly, addr: u16) -> (u32, u8) {
        uut.axi.arvalid.next = true;
        uut.axi.araddr.next = u64::from(addr).into();
        uut.axi.rready.next = true;
        cycle(uut);
        uut.axi.arvalid.next = false;
        // the word answers two edges after the handshake
        cycle(uut);
        assert!(uut.axi.rvalid.val());
        let r = (
            uut.axi.rdata.val().index() as u32,
            uut.axi.rresp.val().index() as u8,
        );
        cycle(uut);
        r
    }

    /// A complete AXI write through the wrapper; returns BRESP.
    fn write(uut: &mut FuseOnly, addr: u16, data: u32) -> u8 {
        uut.axi.awvalid.next = true;
        uut.axi.awaddr.next = u64::from(addr).into();
        uut.axi.wvalid.next = true;
        uut.axi.wdata.next = u64::from(data).into();
        uut.axi.wstrb.next = 0xF.into();
        uut.axi.bready.next = true;
        cycle(uut);
        uut.axi.awvalid.next = false;
        uut.axi.wvalid.next = false;
        for _ in 0..5 {
            cycle(uut);
        }
        assert!(uut.axi.bvalid.val(), "no write response");
        let r = uut.axi.bresp.val().index() as u8;
        cycle(uut);
        r
    }

    #[test]
    fn the_pins_reach_the_core_and_the_kill_pin_trips() {
        let mut uut = Box::new(FuseOnly::new(FuseParams {
            max_work_per_cycle: 16,
            power_up_baseline_ratio: 256,
            ..FuseParams::DEFAULT
        }));
        uut.connect_all();
        assert!(simulate(uut.as_mut(), 100));
        uut.work_units.next = 5.into();
        cycle(&mut uut);
        assert!(uut.accel_clk_en.val());
        for _ in 0..9 {
            cycle(&mut uut);
        }
        uut.work_units.next = 0.into();
        // Nine cycles ran with the enable high (it powers up low); the
        // counters read back through a bus SNAPSHOT.
        assert_eq!(write(&mut uut, reg::SNAPSHOT, 1), resp::OKAY);
        assert_eq!(read(&mut uut, reg::CUM_WORK_0), (45, resp::OKAY));
        uut.kill.next = true;
        cycle(&mut uut);
        uut.kill.next = false;
        assert!(!uut.accel_clk_en.val());
        assert!(uut.irq.val());
        assert_eq!(read(&mut uut, reg::TRIP_REASON).0, trip::KILL_PIN);
        let st = read(&mut uut, reg::STATUS).0;
        assert_eq!(st & status::TRIPPED, status::TRIPPED);
        // The grant port is tied off: no grant was ever applied.
        assert_eq!(read(&mut uut, reg::LAST_GRANT_SEQ_0).0, 0);
        assert_eq!(read(&mut uut, reg::LICENSE_EXPIRY_1).0, u32::MAX);
    }

    #[test]
    fn verilog_has_exactly_the_external_ports() {
        let v = crate::generate_fuse_verilog(FuseParams::DEFAULT);
        assert!(v.contains("module capfuse_fuse("));
        assert!(v.contains("module capfuse_fuse$fuse("));
        assert!(!v.contains("module top"));
        let top = &v[v.find("module capfuse_fuse(").unwrap()..];
        let header = &top[..top.find(");").unwrap()];
        let ports: Vec<&str> = header["module capfuse_fuse(".len()..]
            .split(',')
            .map(str::trim)
            .collect();
        assert_eq!(
            ports,
            [
                "clock",
                "work_units",
                "kill",
                "accel_clk_en",
                "irq",
                "axi_awvalid",
                "axi_awready",
                "axi_awaddr",
                "axi_wvalid",
                "axi_wready",
                "axi_wdata",
                "axi_wstrb",
                "axi_bvalid",
                "axi_bready",
                "axi_bresp",
                "axi_arvalid",
                "axi_arready",
                "axi_araddr",
                "axi_rvalid",
                "axi_rready",
                "axi_rdata",
                "axi_rresp",
            ]
        );
    }
}
