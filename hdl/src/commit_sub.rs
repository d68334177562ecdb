//! The word-serial 96-bit subtractions of a commit or a grant
//! (`docs/fuse-core.md`, "Cumulative cap" and "The write path"): in steps
//! 1, 2, 3 it takes word 0, 1, 2 of `s - c` (the staged budget less
//! `CUM_WORK`) and of the loosen check `b - s` (the budget in force less
//! the staged one), keeping the borrows, so no carry chain spans more than
//! a word in a cycle. What the cap slack loads, `max(0, s - c) - W`, is
//! ready a step ahead of the apply: the borrows of `- W` and the low words
//! less `W` are registered as the words become final.
//!
//! The core registers the operands of step k (`op_s`, `op_c`, `op_b`) in
//! the cycle before it, so each step starts from registers.

use crate::reg::{c32, r32, Reg};
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// `s - c` and `b - s` one word per step, and the cap's load from them.
#[derive(LogicBlock)]
pub struct CommitSub {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Step 1 (word 0): the borrows start from 0.
    pub step_1: Signal<In, Bit>,
    /// Step 2 (word 1).
    pub step_2: Signal<In, Bit>,
    /// Step 3 (word 2).
    pub step_3: Signal<In, Bit>,
    /// The word of `s` (the staged value) for this step.
    pub op_s: Signal<In, Bits<32>>,
    /// The word of `c` (`CUM_WORK`) for this step.
    pub op_c: Signal<In, Bits<32>>,
    /// The word of `b` (the value in force) for this step.
    pub op_b: Signal<In, Bits<32>>,
    /// `s < c` over the words so far (after step 3: over all 96 bits).
    pub borrow: Signal<Out, Bit>,
    /// `b < s` over the words so far: the staged value is looser.
    pub looser: Signal<Out, Bit>,
    /// Word 0 of `(s - c) - W`.
    pub load_0: Signal<Out, Bits<32>>,
    /// Word 1 of `(s - c) - W`.
    pub load_1: Signal<Out, Bits<32>>,
    /// Word 2 of `s - c` (the borrow of `- W` not yet taken).
    pub load_2: Signal<Out, Bits<32>>,
    /// `- W` borrows out of word 1 into word 2.
    pub load_2_borrow: Signal<Out, Bit>,

    max_work32: Constant<Bits<32>>,
    diff0: Reg<Bits<32>>,
    diff1: Reg<Bits<32>>,
    diff2: Reg<Bits<32>>,
    diff_borrow: Reg<Bit>,
    loosen_borrow: Reg<Bit>,
    /// `diff0 < W`, and that with `diff1 == 0`: the borrows of `- W`.
    dw_b0_q: Reg<Bit>,
    dw_b1_q: Reg<Bit>,
    /// `diff0 - W` and `diff1 - (diff0 < W)`.
    c_sw0: Reg<Bits<32>>,
    c_sw1: Reg<Bits<32>>,
    borrow_in: Signal<Local, Bit>,
    loosen_in: Signal<Local, Bit>,
    c_n: Signal<Local, Bits<32>>,
    diff: Signal<Local, Bits<32>>,
}

impl CommitSub {
    /// The datapath for a cap admitting at most `max_work` per cycle.
    pub fn new(max_work: u16) -> Self {
        Self {
            clock: Default::default(),
            step_1: Default::default(),
            step_2: Default::default(),
            step_3: Default::default(),
            op_s: Default::default(),
            op_c: Default::default(),
            op_b: Default::default(),
            borrow: Default::default(),
            looser: Default::default(),
            load_0: Default::default(),
            load_1: Default::default(),
            load_2: Default::default(),
            load_2_borrow: Default::default(),
            max_work32: c32(u32::from(max_work)),
            diff0: r32(0),
            diff1: r32(0),
            diff2: r32(0),
            diff_borrow: Reg::new(false),
            loosen_borrow: Reg::new(false),
            dw_b0_q: Reg::new(false),
            dw_b1_q: Reg::new(false),
            c_sw0: r32(0),
            c_sw1: r32(0),
            borrow_in: Default::default(),
            loosen_in: Default::default(),
            c_n: Default::default(),
            diff: Default::default(),
        }
    }
}

impl Logic for CommitSub {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            diff0,
            diff1,
            diff2,
            diff_borrow,
            loosen_borrow,
            dw_b0_q,
            dw_b1_q,
            c_sw0,
            c_sw1
        );
        self.borrow.next = self.diff_borrow.q.val();
        self.looser.next = self.loosen_borrow.q.val();
        self.load_0.next = self.c_sw0.q.val();
        self.load_1.next = self.c_sw1.q.val();
        self.load_2.next = self.diff2.q.val();
        self.load_2_borrow.next = self.dw_b1_q.q.val();

        self.borrow_in.next = !self.step_1.val() & self.diff_borrow.q.val();
        self.loosen_in.next = !self.step_1.val() & self.loosen_borrow.q.val();
        // s - c - borrow_in, borrow-selected: s - c and s + !c (= s - c - 1)
        // side by side, so there is one carry chain between registers.
        self.c_n.next = !self.op_c.val();
        if self.borrow_in.val() {
            self.diff.next = self.op_s.val() + self.c_n.val();
        } else {
            self.diff.next = self.op_s.val() - self.op_c.val();
        }
        if self.step_1.val() | self.step_2.val() | self.step_3.val() {
            self.diff_borrow.d.next = (self.op_s.val() < self.op_c.val())
                | ((self.op_s.val() == self.op_c.val()) & self.borrow_in.val());
            self.loosen_borrow.d.next = (self.op_b.val() < self.op_s.val())
                | ((self.op_b.val() == self.op_s.val()) & self.loosen_in.val());
        }
        if self.step_1.val() {
            self.diff0.d.next = self.diff.val();
        }
        if self.step_2.val() {
            self.diff1.d.next = self.diff.val();
        }
        if self.step_3.val() {
            self.diff2.d.next = self.diff.val();
        }
        // diff - W borrows, registered as the words become final (diff0
        // after step 1, diff1 after step 2); the low words less W are
        // ready a step ahead (diff0 is final from step 2, diff1 and dw_b0
        // from step 3).
        self.dw_b0_q.d.next = self.diff0.q.val() < self.max_work32.val();
        self.dw_b1_q.d.next = self.dw_b0_q.q.val() & !self.diff1.q.val().any();
        self.c_sw0.d.next = self.diff0.q.val() - self.max_work32.val();
        if self.dw_b0_q.q.val() {
            self.c_sw1.d.next = self.diff1.q.val() - 1;
        } else {
            self.c_sw1.d.next = self.diff1.q.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    const MASK96: u128 = (1 << 96) - 1;

    fn word(x: u128, i: u32) -> u64 {
        u64::from((x >> (32 * i)) as u32)
    }

    /// Runs steps 1..=3 on `s`, `c`, `b` and one more cycle (the apply);
    /// returns (borrow, looser, the loaded value as 96 bits less the
    /// pending `- W` borrow).
    fn run(w: u16, s: u128, c: u128, b: u128) -> (bool, bool, u128) {
        let mut uut = Box::new(CommitSub::new(w));
        uut.connect_all();
        assert!(simulate(uut.as_mut(), 100), "did not settle");
        for k in 0..4u32 {
            uut.step_1.next = k == 0;
            uut.step_2.next = k == 1;
            uut.step_3.next = k == 2;
            if k < 3 {
                uut.op_s.next = word(s, k).into();
                uut.op_c.next = word(c, k).into();
                uut.op_b.next = word(b, k).into();
            }
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            uut.clock.next = Clock { clk: true };
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            uut.clock.next = Clock { clk: false };
            assert!(simulate(uut.as_mut(), 100), "did not settle");
        }
        let lo = (uut.load_1.val().index() as u128) << 32 | uut.load_0.val().index() as u128;
        let hi = (uut.load_2.val().index() as u128)
            .wrapping_sub(u128::from(uut.load_2_borrow.val()))
            & 0xffff_ffff;
        (uut.borrow.val(), uut.looser.val(), hi << 64 | lo)
    }

    #[test]
    fn the_words_make_the_96_bit_differences_and_the_load() {
        let w = 1024u16;
        for (s, c, b) in [
            (5_000u128, 1_000u128, 6_000u128),
            (1 << 64, 1, 1 << 64),             // borrows through words 0 and 1
            (1 << 32, 100, (1 << 32) - 1),     // looser by one
            (1_500, 2_000, 1_500),             // below what is metered
            (MASK96, 0, MASK96),               // all ones
            (1_000 + 1_024, 1_000, 3_000),     // exactly W left
            ((3 << 64) + 5, (3 << 64) + 6, 0), // the borrow decided in word 0
        ] {
            let (borrow, looser, load) = run(w, s, c, b);
            assert_eq!(borrow, s < c, "s {s:#x} c {c:#x}");
            assert_eq!(looser, b < s, "b {b:#x} s {s:#x}");
            if s >= c {
                let want = (s - c).wrapping_sub(u128::from(w)) & MASK96;
                assert_eq!(load, want, "s {s:#x} c {c:#x}");
            }
        }
    }
}
