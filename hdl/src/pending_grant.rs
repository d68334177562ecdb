//! The pending grant: the words of a checked grant body that the card's
//! crypto controller passes to the fuse core's grant port, held until a
//! `grant_apply` makes them the limits in force (`docs/fuse-core.md`,
//! "Grant port").
//!
//! Besides the words themselves the block keeps what the apply needs ready
//! in flip-flops, so the apply cycle adds nothing to the core's paths: the
//! window values less `W`, 1 and 2, and whether the licence's cycle bound
//! is already behind the device clock (two cycles behind the expiry words),
//! which is `grant_expired`.

use crate::fuse_core::license_bound;
use crate::reg::{c32, r32, re32, Reg, RegEn};
use capfuse_abi::formats::grant_word as gw;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

// The body words the decode below takes, as literals (hdl_gen matches on
// literals only), tied to the abi's layout here.
const _: () = assert!(
    gw::FLAGS == 4
        && gw::SEQ_0 == 14
        && gw::SEQ_1 == 15
        && gw::EXPIRY_0 == 18
        && gw::EXPIRY_1 == 19
        && gw::CUM_BUDGET_0 == 20
        && gw::CUM_BUDGET_1 == 21
        && gw::CUM_BUDGET_2 == 22
        && gw::WINDOW_BUDGET == 24
        && gw::WINDOW_LEN == 25
        && gw::RATIOS == 26
        && gw::REPORT_THRESHOLD_0 == 27
        && gw::REPORT_THRESHOLD_1 == 28
        && gw::REPORT_THRESHOLD_2 == 29
);
// The flag bits taken from the FLAGS word (bits 31:16).
const _: () = assert!(
    capfuse_abi::formats::grant_flag::CLEAR_TRIP == 1
        && capfuse_abi::formats::grant_flag::DECOMMISSION == 4
);

/// The pending grant's words and what is derived from them. Every output
/// is a register but the licence bound, which is the register words
/// shifted by a constant.
#[derive(LogicBlock)]
pub struct PendingGrant {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Write body word `addr` in this cycle.
    pub we: Signal<In, Bit>,
    /// Body word index (the 128-byte body as 32 little-endian words).
    pub addr: Signal<In, Bits<5>>,
    /// Body word.
    pub wdata: Signal<In, Bits<32>>,
    /// `grant_apply` from the card: apply the pending grant now.
    pub apply_req: Signal<In, Bit>,
    /// The device clock (`CYCLE`), bits 31:0, in this cycle.
    pub cycle_0: Signal<In, Bits<32>>,
    /// The device clock, bits 63:32.
    pub cycle_1: Signal<In, Bits<32>>,
    /// The CLEAR_TRIP flag.
    pub clear_trip: Signal<Out, Bit>,
    /// The DECOMMISSION flag.
    pub decommission: Signal<Out, Bit>,
    /// `seq`, bits 31:0 and 63:32.
    pub seq_0: Signal<Out, Bits<32>>,
    /// `seq`, bits 63:32.
    pub seq_1: Signal<Out, Bits<32>>,
    /// `expiry_epoch`, bits 31:0.
    pub expiry_0: Signal<Out, Bits<32>>,
    /// `expiry_epoch`, bits 63:32.
    pub expiry_1: Signal<Out, Bits<32>>,
    /// The cumulative budget, bits 31:0.
    pub cum_budget_0: Signal<Out, Bits<32>>,
    /// The cumulative budget, bits 63:32.
    pub cum_budget_1: Signal<Out, Bits<32>>,
    /// The cumulative budget, bits 95:64.
    pub cum_budget_2: Signal<Out, Bits<32>>,
    /// The window budget.
    pub window_budget: Signal<Out, Bits<32>>,
    /// The window budget less `W` (33-bit two's complement with
    /// `window_budget_lt_w` as the sign): the slack a window starts with.
    pub window_budget_minus_w: Signal<Out, Bits<32>>,
    /// The window budget is less than `W`.
    pub window_budget_lt_w: Signal<Out, Bit>,
    /// The window length.
    pub window_len: Signal<Out, Bits<32>>,
    /// The window length less 1 (wrapping).
    pub window_len_m1: Signal<Out, Bits<32>>,
    /// The window length less 2 (wrapping).
    pub window_len_m2: Signal<Out, Bits<32>>,
    /// The baseline ratio (bits 8:0 of the RATIOS word).
    pub baseline: Signal<Out, Bits<9>>,
    /// The trip ratio (bits 24:16 of the RATIOS word).
    pub trip_ratio: Signal<Out, Bits<9>>,
    /// The report threshold, bits 31:0.
    pub report_threshold_0: Signal<Out, Bits<32>>,
    /// The report threshold, bits 63:32.
    pub report_threshold_1: Signal<Out, Bits<32>>,
    /// The report threshold, bits 95:64.
    pub report_threshold_2: Signal<Out, Bits<32>>,
    /// The last cycle of the licence `expiry_epoch` grants, bits 31:0:
    /// `(E << S) | (2^S - 1)` of the words held now (shifts by a constant:
    /// wiring and a constant OR, no logic on the apply path).
    pub licence_bound_0: Signal<Out, Bits<32>>,
    /// The licence bound, bits 63:32.
    pub licence_bound_1: Signal<Out, Bits<32>>,
    /// `E << S` overflows 64 bits: the licence never lapses.
    pub licence_never: Signal<Out, Bit>,
    /// The device clock of this cycle is past the licence bound (registered
    /// from the previous cycle's `cycle - 1 >= bound`): a grant applied now
    /// would be expired. Valid 3 cycles after the expiry words are written.
    pub expired: Signal<Out, Bit>,
    /// `apply_req` of an unexpired grant: the grant path's one trigger.
    /// Every block that acts on a grant takes this, so an expired grant is
    /// refused in one place.
    pub apply: Signal<Out, Bit>,

    /// `W`, the most work a cycle may admit.
    max_work: Constant<Bits<32>>,
    /// The epoch shift S split over two 32-bit words: `S < 32`, `sh_a` =
    /// S mod 32, `sh_b` = 32 - sh_a, `low_m` = 2^sh_a - 1.
    es_lt32: Constant<Bit>,
    sh_a: Constant<Bits<32>>,
    sh_b: Constant<Bits<32>>,
    low_m: Constant<Bits<32>>,
    ones: Constant<Bits<32>>,
    clear_q: RegEn<Bit>,
    decom_q: RegEn<Bit>,
    seq0: RegEn<Bits<32>>,
    seq1: RegEn<Bits<32>>,
    exp0: RegEn<Bits<32>>,
    exp1: RegEn<Bits<32>>,
    cum0: RegEn<Bits<32>>,
    cum1: RegEn<Bits<32>>,
    cum2: RegEn<Bits<32>>,
    wb: RegEn<Bits<32>>,
    wb_w: RegEn<Bits<32>>,
    wb_lt_w: RegEn<Bit>,
    wl: RegEn<Bits<32>>,
    wl_m1: RegEn<Bits<32>>,
    wl_m2: RegEn<Bits<32>>,
    base: RegEn<Bits<9>>,
    trip: RegEn<Bits<9>>,
    thr0: RegEn<Bits<32>>,
    thr1: RegEn<Bits<32>>,
    thr2: RegEn<Bits<32>>,
    /// The licence bound a cycle ago, for `lapsed`.
    lim0: Reg<Bits<32>>,
    lim1: Reg<Bits<32>>,
    never: Reg<Bit>,
    lapsed: Reg<Bit>,
    /// The grant port writes word k in this cycle.
    word_4: Signal<Local, Bit>,
    word_14: Signal<Local, Bit>,
    word_15: Signal<Local, Bit>,
    word_18: Signal<Local, Bit>,
    word_19: Signal<Local, Bit>,
    word_20: Signal<Local, Bit>,
    word_21: Signal<Local, Bit>,
    word_22: Signal<Local, Bit>,
    word_24: Signal<Local, Bit>,
    word_25: Signal<Local, Bit>,
    word_26: Signal<Local, Bit>,
    word_27: Signal<Local, Bit>,
    word_28: Signal<Local, Bit>,
    word_29: Signal<Local, Bit>,
    bound0: Signal<Local, Bits<32>>,
    bound1: Signal<Local, Bits<32>>,
    /// The expiry bits shifted out of the 64-bit bound.
    lx: Signal<Local, Bits<32>>,
    bound_never: Signal<Local, Bit>,
}

impl PendingGrant {
    /// The pending grant of a core that admits at most `max_work` per
    /// cycle and counts device epochs of `2^epoch_shift` cycles. It powers
    /// up as the all-zero body with a window length of 1, which nothing
    /// applies: a `grant_apply` follows a checked body.
    pub fn new(max_work: u16, epoch_shift: u8) -> Self {
        let w = u32::from(max_work);
        let es = u32::from(epoch_shift);
        let sh_a = es % 32;
        let (lim, never) = license_bound(0, es);
        Self {
            clock: Default::default(),
            we: Default::default(),
            apply_req: Default::default(),
            addr: Default::default(),
            wdata: Default::default(),
            cycle_0: Default::default(),
            cycle_1: Default::default(),
            clear_trip: Default::default(),
            decommission: Default::default(),
            seq_0: Default::default(),
            seq_1: Default::default(),
            expiry_0: Default::default(),
            expiry_1: Default::default(),
            cum_budget_0: Default::default(),
            cum_budget_1: Default::default(),
            cum_budget_2: Default::default(),
            window_budget: Default::default(),
            window_budget_minus_w: Default::default(),
            window_budget_lt_w: Default::default(),
            window_len: Default::default(),
            window_len_m1: Default::default(),
            window_len_m2: Default::default(),
            baseline: Default::default(),
            trip_ratio: Default::default(),
            report_threshold_0: Default::default(),
            report_threshold_1: Default::default(),
            report_threshold_2: Default::default(),
            licence_bound_0: Default::default(),
            licence_bound_1: Default::default(),
            licence_never: Default::default(),
            expired: Default::default(),
            apply: Default::default(),
            max_work: c32(w),
            es_lt32: Constant::new(es < 32),
            sh_a: c32(sh_a),
            sh_b: c32(32 - sh_a),
            low_m: c32(((1u64 << sh_a) - 1) as u32),
            ones: c32(u32::MAX),
            clear_q: RegEn::new(false),
            decom_q: RegEn::new(false),
            seq0: re32(0),
            seq1: re32(0),
            exp0: re32(0),
            exp1: re32(0),
            cum0: re32(0),
            cum1: re32(0),
            cum2: re32(0),
            wb: re32(0),
            wb_w: re32(w.wrapping_neg()),
            wb_lt_w: RegEn::new(true),
            wl: re32(1),
            wl_m1: re32(0),
            wl_m2: re32(u32::MAX),
            base: RegEn::default(),
            trip: RegEn::default(),
            thr0: re32(0),
            thr1: re32(0),
            thr2: re32(0),
            lim0: r32(lim as u32),
            lim1: r32((lim >> 32) as u32),
            never: Reg::new(never),
            lapsed: Reg::new(false),
            word_4: Default::default(),
            word_14: Default::default(),
            word_15: Default::default(),
            word_18: Default::default(),
            word_19: Default::default(),
            word_20: Default::default(),
            word_21: Default::default(),
            word_22: Default::default(),
            word_24: Default::default(),
            word_25: Default::default(),
            word_26: Default::default(),
            word_27: Default::default(),
            word_28: Default::default(),
            word_29: Default::default(),
            bound0: Default::default(),
            bound1: Default::default(),
            lx: Default::default(),
            bound_never: Default::default(),
        }
    }
}

impl Logic for PendingGrant {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lim0, lim1, never, lapsed);
        self.clear_q.clock.next = self.clock.val();
        self.decom_q.clock.next = self.clock.val();
        self.seq0.clock.next = self.clock.val();
        self.seq1.clock.next = self.clock.val();
        self.exp0.clock.next = self.clock.val();
        self.exp1.clock.next = self.clock.val();
        self.cum0.clock.next = self.clock.val();
        self.cum1.clock.next = self.clock.val();
        self.cum2.clock.next = self.clock.val();
        self.wb.clock.next = self.clock.val();
        self.wb_w.clock.next = self.clock.val();
        self.wb_lt_w.clock.next = self.clock.val();
        self.wl.clock.next = self.clock.val();
        self.wl_m1.clock.next = self.clock.val();
        self.wl_m2.clock.next = self.clock.val();
        self.base.clock.next = self.clock.val();
        self.trip.clock.next = self.clock.val();
        self.thr0.clock.next = self.clock.val();
        self.thr1.clock.next = self.clock.val();
        self.thr2.clock.next = self.clock.val();
        self.clear_trip.next = self.clear_q.q.val();
        self.decommission.next = self.decom_q.q.val();
        self.seq_0.next = self.seq0.q.val();
        self.seq_1.next = self.seq1.q.val();
        self.expiry_0.next = self.exp0.q.val();
        self.expiry_1.next = self.exp1.q.val();
        self.cum_budget_0.next = self.cum0.q.val();
        self.cum_budget_1.next = self.cum1.q.val();
        self.cum_budget_2.next = self.cum2.q.val();
        self.window_budget.next = self.wb.q.val();
        self.window_budget_minus_w.next = self.wb_w.q.val();
        self.window_budget_lt_w.next = self.wb_lt_w.q.val();
        self.window_len.next = self.wl.q.val();
        self.window_len_m1.next = self.wl_m1.q.val();
        self.window_len_m2.next = self.wl_m2.q.val();
        self.baseline.next = self.base.q.val();
        self.trip_ratio.next = self.trip.q.val();
        self.report_threshold_0.next = self.thr0.q.val();
        self.report_threshold_1.next = self.thr1.q.val();
        self.report_threshold_2.next = self.thr2.q.val();
        self.expired.next = self.lapsed.q.val();
        self.apply.next = self.apply_req.val() & !self.lapsed.q.val();

        // cycle >> S > E  <=>  cycle > (E << S) | (2^S - 1), unless E << S
        // overflows 64 bits (never).
        if self.es_lt32.val() {
            self.bound0.next = (self.exp0.q.val() << self.sh_a.val()) | self.low_m.val();
            self.bound1.next =
                (self.exp1.q.val() << self.sh_a.val()) | (self.exp0.q.val() >> self.sh_b.val());
            self.lx.next = self.exp1.q.val() >> self.sh_b.val();
            self.bound_never.next = self.lx.val().any();
        } else {
            self.bound0.next = self.ones.val();
            self.bound1.next = (self.exp0.q.val() << self.sh_a.val()) | self.low_m.val();
            self.lx.next = self.exp0.q.val() >> self.sh_b.val();
            self.bound_never.next = self.exp1.q.val().any() | self.lx.val().any();
        }
        self.licence_bound_0.next = self.bound0.val();
        self.licence_bound_1.next = self.bound1.val();
        self.licence_never.next = self.bound_never.val();
        self.lim0.d.next = self.bound0.val();
        self.lim1.d.next = self.bound1.val();
        self.never.d.next = self.bound_never.val();
        // Whether the next cycle's device clock is past the bound
        // (cycle + 1 > bound): registered, so `expired` speaks for the very
        // cycle a grant_apply arrives in.
        self.lapsed.d.next = !self.never.q.val()
            & ((self.cycle_1.val() > self.lim1.q.val())
                | ((self.cycle_1.val() == self.lim1.q.val())
                    & (self.cycle_0.val() >= self.lim0.q.val())));

        // Each word loads from the grant port when it is written.
        self.word_4.next = self.we.val() & (self.addr.val() == 4);
        self.word_14.next = self.we.val() & (self.addr.val() == 14);
        self.word_15.next = self.we.val() & (self.addr.val() == 15);
        self.word_18.next = self.we.val() & (self.addr.val() == 18);
        self.word_19.next = self.we.val() & (self.addr.val() == 19);
        self.word_20.next = self.we.val() & (self.addr.val() == 20);
        self.word_21.next = self.we.val() & (self.addr.val() == 21);
        self.word_22.next = self.we.val() & (self.addr.val() == 22);
        self.word_24.next = self.we.val() & (self.addr.val() == 24);
        self.word_25.next = self.we.val() & (self.addr.val() == 25);
        self.word_26.next = self.we.val() & (self.addr.val() == 26);
        self.word_27.next = self.we.val() & (self.addr.val() == 27);
        self.word_28.next = self.we.val() & (self.addr.val() == 28);
        self.word_29.next = self.we.val() & (self.addr.val() == 29);
        self.clear_q.en.next = self.word_4.val();
        self.decom_q.en.next = self.word_4.val();
        self.seq0.en.next = self.word_14.val();
        self.seq1.en.next = self.word_15.val();
        self.exp0.en.next = self.word_18.val();
        self.exp1.en.next = self.word_19.val();
        self.cum0.en.next = self.word_20.val();
        self.cum1.en.next = self.word_21.val();
        self.cum2.en.next = self.word_22.val();
        self.wb.en.next = self.word_24.val();
        self.wb_w.en.next = self.word_24.val();
        self.wb_lt_w.en.next = self.word_24.val();
        self.wl.en.next = self.word_25.val();
        self.wl_m1.en.next = self.word_25.val();
        self.wl_m2.en.next = self.word_25.val();
        self.base.en.next = self.word_26.val();
        self.trip.en.next = self.word_26.val();
        self.thr0.en.next = self.word_27.val();
        self.thr1.en.next = self.word_28.val();
        self.thr2.en.next = self.word_29.val();
        self.clear_q.d.next = self.wdata.val().get_bit(16);
        self.decom_q.d.next = self.wdata.val().get_bit(18);
        self.seq0.d.next = self.wdata.val();
        self.seq1.d.next = self.wdata.val();
        self.exp0.d.next = self.wdata.val();
        self.exp1.d.next = self.wdata.val();
        self.cum0.d.next = self.wdata.val();
        self.cum1.d.next = self.wdata.val();
        self.cum2.d.next = self.wdata.val();
        self.wb.d.next = self.wdata.val();
        self.wb_w.d.next = self.wdata.val() - self.max_work.val();
        self.wb_lt_w.d.next = self.wdata.val() < self.max_work.val();
        self.wl.d.next = self.wdata.val();
        self.wl_m1.d.next = self.wdata.val() - 1;
        self.wl_m2.d.next = self.wdata.val() - 2;
        self.base.d.next = self.wdata.val().get_bits::<9>(0);
        self.trip.d.next = self.wdata.val().get_bits::<9>(16);
        self.thr0.d.next = self.wdata.val();
        self.thr1.d.next = self.wdata.val();
        self.thr2.d.next = self.wdata.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use capfuse_abi::formats::{grant_flag, GrantBody, Limits, GRANT_BODY_LEN};
    use rust_hdl::core::simulate::simulate;

    /// Steps the block by hand: inputs settle, then one rising edge.
    struct Bench(Box<PendingGrant>);

    impl Bench {
        fn new(max_work: u16, epoch_shift: u8) -> Self {
            let mut uut = Box::new(PendingGrant::new(max_work, epoch_shift));
            uut.connect_all();
            let mut b = Bench(uut);
            b.settle();
            b
        }

        fn settle(&mut self) {
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
        }

        fn cycle(&mut self) {
            self.0.clock.next = Clock { clk: true };
            self.settle();
            self.0.clock.next = Clock { clk: false };
            self.settle();
        }

        /// Writes body word `addr` in one cycle.
        fn write(&mut self, addr: u8, v: u32) {
            self.0.we.next = true;
            self.0.addr.next = u64::from(addr).into();
            self.0.wdata.next = u64::from(v).into();
            self.cycle();
            self.0.we.next = false;
            self.settle();
        }

        /// Writes the whole body, word by word, as the crypto controller does.
        fn write_body(&mut self, body: &GrantBody) {
            let bytes = body.to_bytes();
            for (i, w) in bytes.chunks(4).enumerate() {
                self.write(i as u8, u32::from_le_bytes(w.try_into().unwrap()));
            }
        }

        fn set_cycle(&mut self, c: u64) {
            self.0.cycle_0.next = (c & 0xffff_ffff).into();
            self.0.cycle_1.next = (c >> 32).into();
            self.settle();
        }

        fn u32_of(s: &Signal<Out, Bits<32>>) -> u32 {
            s.val().index() as u32
        }

        fn u64_of(lo: &Signal<Out, Bits<32>>, hi: &Signal<Out, Bits<32>>) -> u64 {
            u64::from(Self::u32_of(lo)) | u64::from(Self::u32_of(hi)) << 32
        }

        fn u96_of(w: [&Signal<Out, Bits<32>>; 3]) -> u128 {
            w.iter()
                .enumerate()
                .map(|(i, s)| u128::from(Self::u32_of(s)) << (32 * i))
                .sum()
        }
    }

    fn body() -> GrantBody {
        GrantBody {
            flags: grant_flag::CLEAR_TRIP | grant_flag::DECOMMISSION,
            device_key: [0xa5; 32],
            seq: 0x0000_0007_8000_0001,
            boot_epoch: 0xdead_beef_0bad_cafe,
            expiry_epoch: 0x0000_0001_2345_6789,
            limits: Limits {
                cum_budget: 0x0000_0003_ffff_ffff_0000_1000,
                window_budget: 7,
                window_len: 0x0001_0000,
                baseline_ratio: 256,
                trip_ratio: 17,
                report_threshold: 0x0000_0002_0000_0000_ffff_fff0,
            },
            revoke_slot: 0,
        }
    }

    #[test]
    fn a_written_body_comes_out_field_by_field() {
        let w = 100u16;
        let mut b = Bench::new(w, 20);
        let g = body();
        b.write_body(&g);
        assert_eq!(GRANT_BODY_LEN / 4, 32);
        let u = &b.0;
        assert!(u.clear_trip.val() && u.decommission.val());
        assert_eq!(Bench::u64_of(&u.seq_0, &u.seq_1), g.seq);
        assert_eq!(Bench::u64_of(&u.expiry_0, &u.expiry_1), g.expiry_epoch);
        let l = &g.limits;
        let cum = [&u.cum_budget_0, &u.cum_budget_1, &u.cum_budget_2];
        assert_eq!(Bench::u96_of(cum), l.cum_budget);
        let thr = [
            &u.report_threshold_0,
            &u.report_threshold_1,
            &u.report_threshold_2,
        ];
        assert_eq!(Bench::u96_of(thr), l.report_threshold);
        assert_eq!(Bench::u32_of(&u.window_budget), l.window_budget);
        // 7 < W: the slack a window starts with is negative.
        assert!(u.window_budget_lt_w.val());
        assert_eq!(
            Bench::u32_of(&u.window_budget_minus_w),
            l.window_budget.wrapping_sub(u32::from(w))
        );
        assert_eq!(Bench::u32_of(&u.window_len), l.window_len);
        assert_eq!(Bench::u32_of(&u.window_len_m1), l.window_len - 1);
        assert_eq!(Bench::u32_of(&u.window_len_m2), l.window_len - 2);
        assert_eq!(u.baseline.val().index() as u16, l.baseline_ratio);
        assert_eq!(u.trip_ratio.val().index() as u16, l.trip_ratio);
    }

    #[test]
    fn only_a_strobed_write_to_a_field_word_changes_anything() {
        let mut b = Bench::new(100, 20);
        b.write_body(&body());
        let before = Bench::u64_of(&b.0.seq_0, &b.0.seq_1);
        // Without `we` nothing is written.
        b.0.addr.next = u64::from(gw::SEQ_0).into();
        b.0.wdata.next = 0x1234u64.into();
        b.cycle();
        assert_eq!(Bench::u64_of(&b.0.seq_0, &b.0.seq_1), before);
        // The card's words (device key, boot epoch, the zero top words and
        // the revoke slot) are not the core's: writing them changes no output.
        let snapshot = |u: &PendingGrant| {
            (
                Bench::u64_of(&u.seq_0, &u.seq_1),
                Bench::u64_of(&u.expiry_0, &u.expiry_1),
                Bench::u96_of([&u.cum_budget_0, &u.cum_budget_1, &u.cum_budget_2]),
                Bench::u32_of(&u.window_budget),
                Bench::u32_of(&u.window_len),
                u.baseline.val().index(),
                u.trip_ratio.val().index(),
                (u.clear_trip.val(), u.decommission.val()),
            )
        };
        let held = snapshot(&b.0);
        for addr in [0u8, 1, 2, 3, 5, 6, 13, 16, 17, 23, 30, 31] {
            b.write(addr, 0x5555_5555);
        }
        assert_eq!(snapshot(&b.0), held);
        // Flags: only CLEAR_TRIP (bit 16) and DECOMMISSION (bit 18) count.
        b.write(gw::FLAGS, u32::from(grant_flag::REVOKE_SLOT) << 16 | 1);
        assert!(!b.0.clear_trip.val() && !b.0.decommission.val());
    }

    #[test]
    fn the_licence_bound_and_expiry_follow_the_epoch_shift() {
        for (shift, expiry) in [
            (0u8, 1_000u64),
            (8, 3),
            (31, 5),
            (32, 0x1_0000_0001),
            (40, 2),
            (63, 1),
            (40, 1 << 30), // E << 40 overflows: never lapses
        ] {
            let mut b = Bench::new(1, shift);
            b.write(gw::EXPIRY_0, expiry as u32);
            b.write(gw::EXPIRY_1, (expiry >> 32) as u32);
            let (bound, never) = license_bound(expiry, u32::from(shift));
            assert_eq!(b.0.licence_never.val(), never, "S={shift} E={expiry}");
            if !never {
                let got = Bench::u64_of(&b.0.licence_bound_0, &b.0.licence_bound_1);
                assert_eq!(got, bound, "S={shift} E={expiry}");
            }
            b.cycle(); // `lapsed` compares against the bound a cycle ago
                       // `expired` in a cycle says whether the previous cycle's clock
                       // had reached the bound, i.e. this cycle's clock is past it.
            let probe = if never { u64::MAX - 1 } else { bound };
            for (clock, past) in [(probe - 1, false), (probe, !never)] {
                b.set_cycle(clock);
                b.cycle();
                assert_eq!(
                    b.0.expired.val(),
                    past,
                    "S={shift} E={expiry} cycle {clock}"
                );
            }
        }
    }
}
