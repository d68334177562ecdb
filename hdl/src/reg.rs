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

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    /// One rising edge with `en` and `d` applied.
    fn edge(r: &mut RegEn<Bits<8>>, en: bool, d: u64) {
        r.en.next = en;
        r.d.next = d.into();
        assert!(simulate(r, 100), "did not settle");
        r.clock.next = Clock { clk: true };
        assert!(simulate(r, 100), "did not settle");
        r.clock.next = Clock { clk: false };
        assert!(simulate(r, 100), "did not settle");
    }

    #[test]
    fn reg_en_powers_up_at_init_loads_with_en_and_holds_without() {
        let mut r = RegEn::<Bits<8>>::new(0x5a.into());
        r.connect_all();
        assert!(simulate(&mut r, 100), "did not settle");
        assert_eq!(r.q.val().index(), 0x5a, "power-up value");
        edge(&mut r, false, 0x11);
        assert_eq!(r.q.val().index(), 0x5a, "holds while en is low");
        edge(&mut r, true, 0x22);
        assert_eq!(r.q.val().index(), 0x22, "loads d where en is high");
        edge(&mut r, false, 0x33);
        assert_eq!(r.q.val().index(), 0x22, "holds again");
    }

    #[test]
    fn reg_en_verilog_holds_in_its_own_always_block() {
        let Verilog::Custom(v) = RegEn::<Bits<8>>::default().hdl() else {
            panic!("RegEn is custom Verilog");
        };
        assert!(v.contains("if (en) q <= d;"), "{v}");
    }
}
