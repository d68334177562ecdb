//! A two-flip-flop synchroniser for one bit.
//!
//! `meta` samples the foreign signal and may go metastable; `stable` gives
//! it a whole destination clock period to resolve before anything reads
//! it. The input must come straight from a flop of the source domain (no
//! logic between, so it cannot glitch) and must hold each value for longer
//! than a destination period plus the capture window; the bridge's toggles
//! and the fuse's registered `irq` do. Latency: the new value is on `q`
//! after the second destination edge that follows the change (between one
//! and two destination periods plus the setup window).

use super::SyncStage;
use rust_hdl::core::prelude::*;

/// Two [`SyncStage`]s in a chain.
#[derive(Clone, Debug, LogicBlock, Default)]
pub struct Sync2 {
    /// The asynchronous input (a flop output of the source domain).
    pub d: Signal<In, Bit>,
    /// `d` in the destination domain, two edges later.
    pub q: Signal<Out, Bit>,
    /// The destination domain's clock.
    pub clock: Signal<In, Clock>,

    meta: SyncStage,
    stable: SyncStage,
}

impl Sync2 {
    /// A synchroniser that powers up holding 0 in both stages.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Logic for Sync2 {
    #[hdl_gen]
    fn update(&mut self) {
        self.meta.clock.next = self.clock.val();
        self.stable.clock.next = self.clock.val();
        self.meta.d.next = self.d.val();
        self.stable.d.next = self.meta.q.val();
        self.q.next = self.stable.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    fn edge(uut: &mut Sync2) {
        uut.clock.next = Clock { clk: true };
        assert!(simulate(uut, 100));
        uut.clock.next = Clock { clk: false };
        assert!(simulate(uut, 100));
    }

    #[test]
    fn a_change_shows_after_the_second_edge() {
        let mut uut = Sync2::new();
        uut.connect_all();
        assert!(simulate(&mut uut, 100));
        for v in [true, false, true] {
            uut.d.next = v;
            assert!(simulate(&mut uut, 100));
            edge(&mut uut);
            assert_eq!(uut.q.val(), !v, "through after one edge");
            edge(&mut uut);
            assert_eq!(uut.q.val(), v, "not through after two edges");
        }
    }

    #[test]
    fn both_stages_are_marked_async_reg() {
        let mut uut = Sync2::new();
        uut.connect_all();
        let v = generate_verilog(&uut);
        assert_eq!(v.matches("(* ASYNC_REG = \"TRUE\" *) reg r;").count(), 2);
    }
}
