//! A clocked register with a power-up value.
//!
//! The fuse has no reset port: its safe state is where every register starts
//! at power-up. `Reg` is a D flip-flop whose initial value is emitted as a
//! Verilog `initial` block (honoured by Verilator and by yosys for iCE40 and
//! ECP5) and used as the starting value in simulation.

use rust_hdl::core::prelude::*;

/// A D flip-flop with a power-up value.
#[derive(Clone, Debug, LogicBlock)]
pub struct Reg<T: Synth> {
    /// Value captured at the next rising edge.
    pub d: Signal<In, T>,
    /// Current value.
    pub q: Signal<Out, T>,
    /// The clock.
    pub clock: Signal<In, Clock>,
    init: Constant<T>,
}

impl<T: Synth> Reg<T> {
    /// A register that powers up holding `init`.
    pub fn new(init: T) -> Self {
        Self {
            d: Signal::default(),
            q: Signal::new_with_default(init),
            clock: Signal::default(),
            init: Constant::new(init),
        }
    }
}

/// A 32-bit register that powers up holding `x`.
pub(crate) fn r32(x: u32) -> Reg<Bits<32>> {
    Reg::new(u64::from(x).into())
}

/// A 32-bit constant.
pub(crate) fn c32(x: u32) -> Constant<Bits<32>> {
    Constant::new(u64::from(x).into())
}

impl<T: Synth> Default for Reg<T> {
    fn default() -> Self {
        Self::new(T::default())
    }
}

impl<T: Synth> Logic for Reg<T> {
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
initial begin
   q = init;
end

always @(posedge clock) begin
   q <= d;
end"
            .into(),
        )
    }
    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "reg".into(),
            clock: "clock".into(),
            inputs: vec!["d".into()],
            outputs: vec!["q".into()],
        }]
    }
}
