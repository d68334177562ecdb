//! One flip-flop of a synchroniser chain.
//!
//! It behaves as [`crate::Reg`] with power-up value 0, but its Verilog
//! declares the flop itself (`r`) with `(* ASYNC_REG = "TRUE" *)`, so that
//! Vivado places the stages of a chain next to each other and treats the
//! first one as possibly metastable. rust-hdl declares a block's outputs
//! itself and cannot attach an attribute to them, hence the inner `r`
//! copied to `q`. The constraint files find these flops as
//! `*_sync/meta/r_reg` and `*_sync/stable/r_reg` (`constraints/`).

use rust_hdl::core::prelude::*;

/// A flip-flop marked as a synchroniser stage.
#[derive(Clone, Debug, LogicBlock, Default)]
pub struct SyncStage {
    /// Value captured at the next rising edge (may come from another clock
    /// domain).
    pub d: Signal<In, Bit>,
    /// Current value (the flop `r`).
    pub q: Signal<Out, Bit>,
    /// The clock of the destination domain.
    pub clock: Signal<In, Clock>,
}

impl SyncStage {
    /// A stage that powers up holding 0.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Logic for SyncStage {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            self.q.next = self.d.val();
        }
    }
    fn connect(&mut self) {
        self.q.connect();
    }
    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
(* ASYNC_REG = \"TRUE\" *) reg r;

initial begin
   r = 1'b0;
end

always @(posedge clock) begin
   r <= d;
end

always @(*) q = r;"
                .into(),
        )
    }
    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "sync_stage".into(),
            clock: "clock".into(),
            inputs: vec!["d".into()],
            outputs: vec!["q".into()],
        }]
    }
}
