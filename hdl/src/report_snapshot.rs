//! The report snapshot: everything report words 26..=60 need, copied in
//! one cycle when the card asks (`snap_req`), and read back one word per
//! cycle by report word index (`docs/fuse-core.md`, "Report snapshot
//! port"). The card's crypto controller assembles the signed report from
//! it while the fuse runs on.
//!
//! Each input is the value a bus read of that register would return in the
//! capture cycle (the live counters, not the bus snapshot). Words 26 and
//! 27, the device epoch `cycle >> S`, are derived from the captured cycle
//! here, so the epoch and the cycle in one report always agree.

use crate::reg::{Reg, RegEn};
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The report snapshot registers and their word mux.
#[derive(LogicBlock)]
pub struct ReportSnapshot {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Copy every input word in this cycle (one-cycle pulse).
    pub capture: Signal<In, Bit>,
    /// Report word index whose captured value `data` shows next cycle.
    pub addr: Signal<In, Bits<7>>,
    /// Captured report word `addr` of the previous cycle (0 outside the
    /// words listed here); registered.
    pub data: Signal<Out, Bits<32>>,
    /// `CYCLE`, lower word.
    pub cycle_0: Signal<In, Bits<32>>,
    /// `CYCLE`, upper word.
    pub cycle_1: Signal<In, Bits<32>>,
    /// `CUM_WORK`, word 0.
    pub cum_work_0: Signal<In, Bits<32>>,
    /// `CUM_WORK`, word 1.
    pub cum_work_1: Signal<In, Bits<32>>,
    /// `CUM_WORK`, word 2.
    pub cum_work_2: Signal<In, Bits<32>>,
    /// `WINDOW_WORK`.
    pub window_work: Signal<In, Bits<32>>,
    /// `STATUS`.
    pub status: Signal<In, Bits<32>>,
    /// `TRIP_REASON`.
    pub trip_reason: Signal<In, Bits<32>>,
    /// trip cycle of the cumulative cap, lower word (0 while clear).
    pub trip_cycle_0: Signal<In, Bits<32>>,
    /// trip cycle of the cumulative cap, upper word.
    pub trip_cycle_1: Signal<In, Bits<32>>,
    /// trip cycle of the kill register, lower word.
    pub trip_cycle_2: Signal<In, Bits<32>>,
    /// trip cycle of the kill register, upper word.
    pub trip_cycle_3: Signal<In, Bits<32>>,
    /// trip cycle of the kill pin, lower word.
    pub trip_cycle_4: Signal<In, Bits<32>>,
    /// trip cycle of the kill pin, upper word.
    pub trip_cycle_5: Signal<In, Bits<32>>,
    /// trip cycle of the licence expiry, lower word.
    pub trip_cycle_6: Signal<In, Bits<32>>,
    /// trip cycle of the licence expiry, upper word.
    pub trip_cycle_7: Signal<In, Bits<32>>,
    /// `CUM_BUDGET`, word 0.
    pub cum_budget_0: Signal<In, Bits<32>>,
    /// `CUM_BUDGET`, word 1.
    pub cum_budget_1: Signal<In, Bits<32>>,
    /// `CUM_BUDGET`, word 2.
    pub cum_budget_2: Signal<In, Bits<32>>,
    /// `WINDOW_BUDGET`.
    pub window_budget: Signal<In, Bits<32>>,
    /// `WINDOW_LEN`.
    pub window_len: Signal<In, Bits<32>>,
    /// `BASELINE_RATIO` in bits 8:0, `TRIP_RATIO` in bits 24:16.
    pub ratios: Signal<In, Bits<32>>,
    /// `REPORT_THRESHOLD`, word 0.
    pub report_threshold_0: Signal<In, Bits<32>>,
    /// `REPORT_THRESHOLD`, word 1.
    pub report_threshold_1: Signal<In, Bits<32>>,
    /// `REPORT_THRESHOLD`, word 2.
    pub report_threshold_2: Signal<In, Bits<32>>,
    /// `LICENSE_EXPIRY`, lower word.
    pub license_expiry_0: Signal<In, Bits<32>>,
    /// `LICENSE_EXPIRY`, upper word.
    pub license_expiry_1: Signal<In, Bits<32>>,
    /// `LAST_GRANT_SEQ`, lower word.
    pub last_grant_seq_0: Signal<In, Bits<32>>,
    /// `LAST_GRANT_SEQ`, upper word.
    pub last_grant_seq_1: Signal<In, Bits<32>>,
    /// `epoch_shift < 32`; the shift split over two 32-bit words: `sh_a`
    /// is epoch_shift mod 32, `sh_b` is 32 - sh_a.
    es_lt32: Constant<Bit>,
    sh_a: Constant<Bits<32>>,
    sh_b: Constant<Bits<32>>,
    cycle_0_q: RegEn<Bits<32>>,
    cycle_1_q: RegEn<Bits<32>>,
    cum_work_0_q: RegEn<Bits<32>>,
    cum_work_1_q: RegEn<Bits<32>>,
    cum_work_2_q: RegEn<Bits<32>>,
    window_work_q: RegEn<Bits<32>>,
    status_q: RegEn<Bits<32>>,
    trip_reason_q: RegEn<Bits<32>>,
    trip_cycle_0_q: RegEn<Bits<32>>,
    trip_cycle_1_q: RegEn<Bits<32>>,
    trip_cycle_2_q: RegEn<Bits<32>>,
    trip_cycle_3_q: RegEn<Bits<32>>,
    trip_cycle_4_q: RegEn<Bits<32>>,
    trip_cycle_5_q: RegEn<Bits<32>>,
    trip_cycle_6_q: RegEn<Bits<32>>,
    trip_cycle_7_q: RegEn<Bits<32>>,
    cum_budget_0_q: RegEn<Bits<32>>,
    cum_budget_1_q: RegEn<Bits<32>>,
    cum_budget_2_q: RegEn<Bits<32>>,
    window_budget_q: RegEn<Bits<32>>,
    window_len_q: RegEn<Bits<32>>,
    ratios_q: RegEn<Bits<32>>,
    report_threshold_0_q: RegEn<Bits<32>>,
    report_threshold_1_q: RegEn<Bits<32>>,
    report_threshold_2_q: RegEn<Bits<32>>,
    license_expiry_0_q: RegEn<Bits<32>>,
    license_expiry_1_q: RegEn<Bits<32>>,
    last_grant_seq_0_q: RegEn<Bits<32>>,
    last_grant_seq_1_q: RegEn<Bits<32>>,
    data_q: Reg<Bits<32>>,
}

impl ReportSnapshot {
    /// A snapshot for the device epoch `cycle >> epoch_shift`.
    pub fn new(epoch_shift: u8) -> Self {
        let es = u64::from(epoch_shift);
        let sh_a = es % 32;
        Self {
            clock: Default::default(),
            capture: Default::default(),
            addr: Default::default(),
            data: Default::default(),
            cycle_0: Default::default(),
            cycle_1: Default::default(),
            cum_work_0: Default::default(),
            cum_work_1: Default::default(),
            cum_work_2: Default::default(),
            window_work: Default::default(),
            status: Default::default(),
            trip_reason: Default::default(),
            trip_cycle_0: Default::default(),
            trip_cycle_1: Default::default(),
            trip_cycle_2: Default::default(),
            trip_cycle_3: Default::default(),
            trip_cycle_4: Default::default(),
            trip_cycle_5: Default::default(),
            trip_cycle_6: Default::default(),
            trip_cycle_7: Default::default(),
            cum_budget_0: Default::default(),
            cum_budget_1: Default::default(),
            cum_budget_2: Default::default(),
            window_budget: Default::default(),
            window_len: Default::default(),
            ratios: Default::default(),
            report_threshold_0: Default::default(),
            report_threshold_1: Default::default(),
            report_threshold_2: Default::default(),
            license_expiry_0: Default::default(),
            license_expiry_1: Default::default(),
            last_grant_seq_0: Default::default(),
            last_grant_seq_1: Default::default(),
            es_lt32: Constant::new(es < 32),
            sh_a: Constant::new(sh_a.into()),
            sh_b: Constant::new((32 - sh_a).into()),
            cycle_0_q: RegEn::default(),
            cycle_1_q: RegEn::default(),
            cum_work_0_q: RegEn::default(),
            cum_work_1_q: RegEn::default(),
            cum_work_2_q: RegEn::default(),
            window_work_q: RegEn::default(),
            status_q: RegEn::default(),
            trip_reason_q: RegEn::default(),
            trip_cycle_0_q: RegEn::default(),
            trip_cycle_1_q: RegEn::default(),
            trip_cycle_2_q: RegEn::default(),
            trip_cycle_3_q: RegEn::default(),
            trip_cycle_4_q: RegEn::default(),
            trip_cycle_5_q: RegEn::default(),
            trip_cycle_6_q: RegEn::default(),
            trip_cycle_7_q: RegEn::default(),
            cum_budget_0_q: RegEn::default(),
            cum_budget_1_q: RegEn::default(),
            cum_budget_2_q: RegEn::default(),
            window_budget_q: RegEn::default(),
            window_len_q: RegEn::default(),
            ratios_q: RegEn::default(),
            report_threshold_0_q: RegEn::default(),
            report_threshold_1_q: RegEn::default(),
            report_threshold_2_q: RegEn::default(),
            license_expiry_0_q: RegEn::default(),
            license_expiry_1_q: RegEn::default(),
            last_grant_seq_0_q: RegEn::default(),
            last_grant_seq_1_q: RegEn::default(),
            data_q: Reg::default(),
        }
    }
}

impl Logic for ReportSnapshot {
    // hdl_gen takes no match guards.
    #[allow(clippy::collapsible_match)]
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, data_q);
        self.cycle_0_q.clock.next = self.clock.val();
        self.cycle_0_q.en.next = self.capture.val();
        self.cycle_0_q.d.next = self.cycle_0.val();
        self.cycle_1_q.clock.next = self.clock.val();
        self.cycle_1_q.en.next = self.capture.val();
        self.cycle_1_q.d.next = self.cycle_1.val();
        self.cum_work_0_q.clock.next = self.clock.val();
        self.cum_work_0_q.en.next = self.capture.val();
        self.cum_work_0_q.d.next = self.cum_work_0.val();
        self.cum_work_1_q.clock.next = self.clock.val();
        self.cum_work_1_q.en.next = self.capture.val();
        self.cum_work_1_q.d.next = self.cum_work_1.val();
        self.cum_work_2_q.clock.next = self.clock.val();
        self.cum_work_2_q.en.next = self.capture.val();
        self.cum_work_2_q.d.next = self.cum_work_2.val();
        self.window_work_q.clock.next = self.clock.val();
        self.window_work_q.en.next = self.capture.val();
        self.window_work_q.d.next = self.window_work.val();
        self.status_q.clock.next = self.clock.val();
        self.status_q.en.next = self.capture.val();
        self.status_q.d.next = self.status.val();
        self.trip_reason_q.clock.next = self.clock.val();
        self.trip_reason_q.en.next = self.capture.val();
        self.trip_reason_q.d.next = self.trip_reason.val();
        self.trip_cycle_0_q.clock.next = self.clock.val();
        self.trip_cycle_0_q.en.next = self.capture.val();
        self.trip_cycle_0_q.d.next = self.trip_cycle_0.val();
        self.trip_cycle_1_q.clock.next = self.clock.val();
        self.trip_cycle_1_q.en.next = self.capture.val();
        self.trip_cycle_1_q.d.next = self.trip_cycle_1.val();
        self.trip_cycle_2_q.clock.next = self.clock.val();
        self.trip_cycle_2_q.en.next = self.capture.val();
        self.trip_cycle_2_q.d.next = self.trip_cycle_2.val();
        self.trip_cycle_3_q.clock.next = self.clock.val();
        self.trip_cycle_3_q.en.next = self.capture.val();
        self.trip_cycle_3_q.d.next = self.trip_cycle_3.val();
        self.trip_cycle_4_q.clock.next = self.clock.val();
        self.trip_cycle_4_q.en.next = self.capture.val();
        self.trip_cycle_4_q.d.next = self.trip_cycle_4.val();
        self.trip_cycle_5_q.clock.next = self.clock.val();
        self.trip_cycle_5_q.en.next = self.capture.val();
        self.trip_cycle_5_q.d.next = self.trip_cycle_5.val();
        self.trip_cycle_6_q.clock.next = self.clock.val();
        self.trip_cycle_6_q.en.next = self.capture.val();
        self.trip_cycle_6_q.d.next = self.trip_cycle_6.val();
        self.trip_cycle_7_q.clock.next = self.clock.val();
        self.trip_cycle_7_q.en.next = self.capture.val();
        self.trip_cycle_7_q.d.next = self.trip_cycle_7.val();
        self.cum_budget_0_q.clock.next = self.clock.val();
        self.cum_budget_0_q.en.next = self.capture.val();
        self.cum_budget_0_q.d.next = self.cum_budget_0.val();
        self.cum_budget_1_q.clock.next = self.clock.val();
        self.cum_budget_1_q.en.next = self.capture.val();
        self.cum_budget_1_q.d.next = self.cum_budget_1.val();
        self.cum_budget_2_q.clock.next = self.clock.val();
        self.cum_budget_2_q.en.next = self.capture.val();
        self.cum_budget_2_q.d.next = self.cum_budget_2.val();
        self.window_budget_q.clock.next = self.clock.val();
        self.window_budget_q.en.next = self.capture.val();
        self.window_budget_q.d.next = self.window_budget.val();
        self.window_len_q.clock.next = self.clock.val();
        self.window_len_q.en.next = self.capture.val();
        self.window_len_q.d.next = self.window_len.val();
        self.ratios_q.clock.next = self.clock.val();
        self.ratios_q.en.next = self.capture.val();
        self.ratios_q.d.next = self.ratios.val();
        self.report_threshold_0_q.clock.next = self.clock.val();
        self.report_threshold_0_q.en.next = self.capture.val();
        self.report_threshold_0_q.d.next = self.report_threshold_0.val();
        self.report_threshold_1_q.clock.next = self.clock.val();
        self.report_threshold_1_q.en.next = self.capture.val();
        self.report_threshold_1_q.d.next = self.report_threshold_1.val();
        self.report_threshold_2_q.clock.next = self.clock.val();
        self.report_threshold_2_q.en.next = self.capture.val();
        self.report_threshold_2_q.d.next = self.report_threshold_2.val();
        self.license_expiry_0_q.clock.next = self.clock.val();
        self.license_expiry_0_q.en.next = self.capture.val();
        self.license_expiry_0_q.d.next = self.license_expiry_0.val();
        self.license_expiry_1_q.clock.next = self.clock.val();
        self.license_expiry_1_q.en.next = self.capture.val();
        self.license_expiry_1_q.d.next = self.license_expiry_1.val();
        self.last_grant_seq_0_q.clock.next = self.clock.val();
        self.last_grant_seq_0_q.en.next = self.capture.val();
        self.last_grant_seq_0_q.d.next = self.last_grant_seq_0.val();
        self.last_grant_seq_1_q.clock.next = self.clock.val();
        self.last_grant_seq_1_q.en.next = self.capture.val();
        self.last_grant_seq_1_q.d.next = self.last_grant_seq_1.val();
        // The word mux, registered.
        self.data_q.d.next = 0.into();
        match self.addr.val().index() {
            26 => {
                if self.es_lt32.val() {
                    self.data_q.d.next = (self.cycle_0_q.q.val() >> self.sh_a.val())
                        | (self.cycle_1_q.q.val() << self.sh_b.val());
                } else {
                    self.data_q.d.next = self.cycle_1_q.q.val() >> self.sh_a.val();
                }
            }
            27 => {
                if self.es_lt32.val() {
                    self.data_q.d.next = self.cycle_1_q.q.val() >> self.sh_a.val();
                }
            }
            28 => {
                self.data_q.d.next = self.cycle_0_q.q.val();
            }
            29 => {
                self.data_q.d.next = self.cycle_1_q.q.val();
            }
            30 => {
                self.data_q.d.next = self.cum_work_0_q.q.val();
            }
            31 => {
                self.data_q.d.next = self.cum_work_1_q.q.val();
            }
            32 => {
                self.data_q.d.next = self.cum_work_2_q.q.val();
            }
            34 => {
                self.data_q.d.next = self.window_work_q.q.val();
            }
            35 => {
                self.data_q.d.next = self.status_q.q.val();
            }
            36 => {
                self.data_q.d.next = self.trip_reason_q.q.val();
            }
            38 => {
                self.data_q.d.next = self.trip_cycle_0_q.q.val();
            }
            39 => {
                self.data_q.d.next = self.trip_cycle_1_q.q.val();
            }
            40 => {
                self.data_q.d.next = self.trip_cycle_2_q.q.val();
            }
            41 => {
                self.data_q.d.next = self.trip_cycle_3_q.q.val();
            }
            42 => {
                self.data_q.d.next = self.trip_cycle_4_q.q.val();
            }
            43 => {
                self.data_q.d.next = self.trip_cycle_5_q.q.val();
            }
            44 => {
                self.data_q.d.next = self.trip_cycle_6_q.q.val();
            }
            45 => {
                self.data_q.d.next = self.trip_cycle_7_q.q.val();
            }
            46 => {
                self.data_q.d.next = self.cum_budget_0_q.q.val();
            }
            47 => {
                self.data_q.d.next = self.cum_budget_1_q.q.val();
            }
            48 => {
                self.data_q.d.next = self.cum_budget_2_q.q.val();
            }
            50 => {
                self.data_q.d.next = self.window_budget_q.q.val();
            }
            51 => {
                self.data_q.d.next = self.window_len_q.q.val();
            }
            52 => {
                self.data_q.d.next = self.ratios_q.q.val();
            }
            53 => {
                self.data_q.d.next = self.report_threshold_0_q.q.val();
            }
            54 => {
                self.data_q.d.next = self.report_threshold_1_q.q.val();
            }
            55 => {
                self.data_q.d.next = self.report_threshold_2_q.q.val();
            }
            57 => {
                self.data_q.d.next = self.license_expiry_0_q.q.val();
            }
            58 => {
                self.data_q.d.next = self.license_expiry_1_q.q.val();
            }
            59 => {
                self.data_q.d.next = self.last_grant_seq_0_q.q.val();
            }
            60 => {
                self.data_q.d.next = self.last_grant_seq_1_q.q.val();
            }
            _ => {}
        }
        self.data.next = self.data_q.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    /// Every input word's report index, in port order.
    const INDICES: [u64; 29] = [
        28, 29, 30, 31, 32, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53,
        54, 55, 57, 58, 59, 60,
    ];

    struct Bench(Box<ReportSnapshot>);

    impl Bench {
        fn new(epoch_shift: u8) -> Self {
            let mut uut = Box::new(ReportSnapshot::new(epoch_shift));
            uut.connect_all();
            assert!(simulate(uut.as_mut(), 100), "did not settle");
            Bench(uut)
        }

        /// Drives every input word with `f(index)`.
        fn drive(&mut self, f: impl Fn(u64) -> u32) {
            let u = self.0.as_mut();
            let ports = [
                &mut u.cycle_0,
                &mut u.cycle_1,
                &mut u.cum_work_0,
                &mut u.cum_work_1,
                &mut u.cum_work_2,
                &mut u.window_work,
                &mut u.status,
                &mut u.trip_reason,
                &mut u.trip_cycle_0,
                &mut u.trip_cycle_1,
                &mut u.trip_cycle_2,
                &mut u.trip_cycle_3,
                &mut u.trip_cycle_4,
                &mut u.trip_cycle_5,
                &mut u.trip_cycle_6,
                &mut u.trip_cycle_7,
                &mut u.cum_budget_0,
                &mut u.cum_budget_1,
                &mut u.cum_budget_2,
                &mut u.window_budget,
                &mut u.window_len,
                &mut u.ratios,
                &mut u.report_threshold_0,
                &mut u.report_threshold_1,
                &mut u.report_threshold_2,
                &mut u.license_expiry_0,
                &mut u.license_expiry_1,
                &mut u.last_grant_seq_0,
                &mut u.last_grant_seq_1,
            ];
            for (port, i) in ports.into_iter().zip(INDICES) {
                port.next = u64::from(f(i)).into();
            }
        }

        fn cycle(&mut self, capture: bool, addr: u64) {
            self.0.capture.next = capture;
            self.0.addr.next = addr.into();
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
            self.0.clock.next = Clock { clk: true };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
            self.0.clock.next = Clock { clk: false };
            assert!(simulate(self.0.as_mut(), 100), "did not settle");
        }

        /// Report word `addr`, one cycle after asking for it.
        fn word(&mut self, addr: u64) -> u32 {
            self.cycle(false, addr);
            self.0.data.val().index() as u32
        }
    }

    #[test]
    fn each_word_reads_back_at_its_report_index_and_nothing_else_does() {
        let mut b = Bench::new(32);
        b.drive(|i| 0x1000_0000 | i as u32);
        b.cycle(true, 0);
        for i in INDICES {
            assert_eq!(b.word(i), 0x1000_0000 | i as u32, "word {i}");
        }
        for i in [0, 25, 33, 37, 49, 56, 61, 127] {
            assert_eq!(b.word(i), 0, "word {i} is not a snapshot word");
        }
    }

    #[test]
    fn the_snapshot_holds_what_it_captured_until_the_next_capture() {
        let mut b = Bench::new(32);
        b.drive(|i| i as u32);
        b.cycle(true, 0);
        b.drive(|i| 1000 + i as u32);
        assert_eq!(b.word(35), 35, "inputs after the capture are not seen");
        b.cycle(true, 0);
        assert_eq!(b.word(35), 1035);
    }

    #[test]
    fn the_epoch_words_are_the_captured_cycle_shifted_by_s() {
        let cycle: u64 = 0x0123_4567_89ab_cdef;
        for s in [0u8, 8, 31, 32, 40, 63] {
            let mut b = Bench::new(s);
            b.drive(|i| match i {
                28 => cycle as u32,
                29 => (cycle >> 32) as u32,
                _ => 0,
            });
            b.cycle(true, 0);
            let epoch = cycle >> s;
            assert_eq!(b.word(26), epoch as u32, "S = {s}, low word");
            assert_eq!(b.word(27), (epoch >> 32) as u32, "S = {s}, high word");
        }
    }
}
