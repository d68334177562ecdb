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

/// A D flip-flop with a load enable and a power-up value: `q` takes `d` at
/// a rising edge where `en` is high and holds otherwise.
///
/// The hardware is the same as a `Reg` whose `d` defaults to `q` (a
/// flip-flop with a clock enable either way), but the hold lives in the
/// flip-flop's own `always` block instead of a `d = q` default in the
/// parent's logic. A simulator then copies nothing in the cycles it holds,
/// which is most cycles for a snapshot or a limit: Verilator merges the
/// loads of registers that share one enable into one branch.
#[derive(Clone, Debug, LogicBlock)]
pub struct RegEn<T: Synth> {
    /// Value captured at the next rising edge where `en` is high.
    pub d: Signal<In, T>,
    /// Load `d` at the next rising edge.
    pub en: Signal<In, Bit>,
    /// Current value.
    pub q: Signal<Out, T>,
    /// The clock.
    pub clock: Signal<In, Clock>,
    init: Constant<T>,
}

impl<T: Synth> RegEn<T> {
    /// A register that powers up holding `init`.
    pub fn new(init: T) -> Self {
        Self {
            d: Signal::default(),
            en: Signal::default(),
            q: Signal::new_with_default(init),
            clock: Signal::default(),
            init: Constant::new(init),
        }
    }
}

impl<T: Synth> Default for RegEn<T> {
    fn default() -> Self {
        Self::new(T::default())
    }
}

impl<T: Synth> Logic for RegEn<T> {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.en.val() {
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
   if (en) q <= d;
end"
            .into(),
        )
    }
    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "reg_en".into(),
            clock: "clock".into(),
            inputs: vec!["d".into(), "en".into()],
            outputs: vec!["q".into()],
        }]
    }
}

/// A 32-bit register that powers up holding `x`.
pub(crate) fn r32(x: u32) -> Reg<Bits<32>> {
    Reg::new(u64::from(x).into())
}

/// A 32-bit register with a load enable that powers up holding `x`.
pub(crate) fn re32(x: u32) -> RegEn<Bits<32>> {
    RegEn::new(u64::from(x).into())
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
