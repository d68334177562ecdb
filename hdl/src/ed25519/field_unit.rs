//! The field unit: one instruction of [`super::fu_ref`] in
//! [`FU_CYCLES`](super::isa::FU_CYCLES) cycles, bit-exact.
//!
//! Schedule, in cycles after `start` (cycle 0):
//!
//! | cycles | stage |
//! |--------|-------|
//! | 1..=16 | read ports issue `a[0], a[15], .., a[1]` (X) and `b[0..16]` (Y) |
//! | 2..=17 | the words shift into `r` and `bm`: `r[j] = a[(16-j) % 16]`, `bm[j] = b[j]` |
//! | 18..=33 | column `k = cyc - 18`: 16 products `r[j] * bm[j]` registered, then `r` rotates up so lane `j` sees `a[(k-j) % 16]` |
//! | 19..=34 | S1: lanes' 16-bit halves summed in groups of four, wrapped and unwrapped apart |
//! | 20..=35 | S2: the four group sums summed |
//! | 21..=36 | S3: `low = U_lo + 38 W_lo`, `high = U_hi + 38 W_hi` (or ×1, or one side only) |
//! | 22..=37 | chain: `t = low + prev_high + carry`, `out[k]` shifts into `outreg` |
//! | 38..=53 | result limb `cyc - 38` computed into `w_data` with the fold/freeze addend |
//! | 39..=54 | `w_en`: the limbs are written to register `d`; `done` in 54 |
//!
//! Non-multiply ops compute their column value from `r[0] = a[k]` and
//! `bm[0] = b[k]` (`bm` then rotates down) and put it in place of the first
//! group sum; their `high` is zero. Every adder stage has at most two adder
//! levels, and every value stays within 32 bits (the bounds are in the
//! comments), which keeps rust-hdl's simulation fast.
//!
//! The fold addend `19 (2 top_r + bit255)` is split so no extra cycle is
//! needed: with `top_r = carry + high_15`, it is `38 high_15 + 19 y` where
//! `y = t_15 >> 15 = 2 carry + bit255`. `38 high_15 + out[0]` is formed
//! during the last chain cycle, `+ 19 y` in the first write cycle.

use super::isa::FU_CYCLES;
use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

// The schedule above is written into `update` as literal cycle numbers
// (rust-hdl cannot name a Rust constant in HDL); they end at FU_CYCLES - 1.
const _: () = assert!(
    FU_CYCLES == 55,
    "field_unit.rs's cycle numbers assume FU_CYCLES = 55"
);

/// The Ed25519 engine's field unit (see the module documentation for timing).
#[derive(LogicBlock)]
pub struct FieldUnit {
    /// The clock.
    pub clock: Signal<In, Clock>,
    /// High for one cycle to start an instruction; `op`, `ci`, `d`, `a`, `b`
    /// are valid in that cycle only.
    pub start: Signal<In, bool>,
    /// Opcode, 0..=9 ([`super::isa::Op`]).
    pub op: Signal<In, Bits<4>>,
    /// Continue the previous instruction's chain state (carry, prev_high).
    pub ci: Signal<In, bool>,
    /// Destination register.
    pub d: Signal<In, Bits<7>>,
    /// First source register.
    pub a: Signal<In, Bits<7>>,
    /// Second source register.
    pub b: Signal<In, Bits<7>>,
    /// Register-file read port X address (limbs of `a`), `reg * 16 + limb`.
    pub rx_addr: Signal<Out, Bits<11>>,
    /// Word at the `rx_addr` of the previous cycle.
    pub rx_data: Signal<In, Bits<16>>,
    /// Register-file read port Y address (limbs of `b`).
    pub ry_addr: Signal<Out, Bits<11>>,
    /// Word at the `ry_addr` of the previous cycle.
    pub ry_data: Signal<In, Bits<16>>,
    /// Register-file write enable: high only while writing the 16 result limbs.
    pub w_en: Signal<Out, bool>,
    /// Register-file write address (`d * 16 + limb`).
    pub w_addr: Signal<Out, Bits<11>>,
    /// Register-file write data, written at the clock edge ending the cycle.
    pub w_data: Signal<Out, Bits<16>>,
    /// High in exactly the last cycle (`FU_CYCLES - 1`) of an instruction.
    pub done: Signal<Out, bool>,
    /// C flag (`top_r != 0`), updated at the edge ending the `done` cycle.
    pub flag_c: Signal<Out, bool>,
    /// Z flag (all 16 result limbs zero), updated with `flag_c`.
    pub flag_z: Signal<Out, bool>,

    // ---- control
    /// Cycle within the instruction; 0 when idle.
    cyc: Reg<Bits<6>>,
    /// `d * 16`, `a * 16`, `b * 16`.
    dbase: Reg<Bits<11>>,
    abase: Reg<Bits<11>>,
    bbase: Reg<Bits<11>>,
    /// Limb read next on port X (counts down from 0) and port Y (counts up).
    xi: Reg<Bits<4>>,
    yi: Reg<Bits<4>>,
    /// Limb computed for writing in this cycle.
    wi: Reg<Bits<4>>,
    /// Decoded opcode, latched at `start`.
    f_mul: Reg<bool>,
    f_fmul: Reg<bool>,
    /// Unwrapped lanes count (FMul, MulLo); wrapped lanes count (FMul, MulHi).
    f_mu: Reg<bool>,
    f_mw: Reg<bool>,
    f_fold: Reg<bool>,
    f_freeze: Reg<bool>,
    f_add: Reg<bool>,
    f_sub: Reg<bool>,
    f_fsub: Reg<bool>,
    f_and: Reg<bool>,
    f_or: Reg<bool>,

    // ---- operands and products
    r: [Reg<Bits<16>>; 16],
    bm: [Reg<Bits<16>>; 16],
    /// Bit `j` set when lane `j` wraps in the current column (`j > k`).
    wm: Reg<Bits<16>>,
    prod: [Reg<Bits<32>>; 16],
    /// Lanes summed into U (unwrapped) and W (wrapped) for the registered products.
    mu_q: Reg<Bits<16>>,
    mw_q: Reg<Bits<16>>,
    /// A non-multiply op's column value (< 3 * 2^16).
    simple: Reg<Bits<18>>,

    // ---- column sums: each group of four 16-bit halves is < 2^18
    ulo_p: [Reg<Bits<18>>; 4],
    uhi_p: [Reg<Bits<18>>; 4],
    wlo_p: [Reg<Bits<18>>; 4],
    whi_p: [Reg<Bits<18>>; 4],
    /// Sums of sixteen halves, < 2^20.
    ulo: Reg<Bits<20>>,
    uhi: Reg<Bits<20>>,
    wlo: Reg<Bits<20>>,
    whi: Reg<Bits<20>>,
    /// The column pair, < 39 * 2^20 < 2^26.
    low: Reg<Bits<26>>,
    high: Reg<Bits<26>>,

    // ---- chain: t < 2 * 39 * 2^20 + 2^11 < 2^27, so carry < 2^11
    carry: Reg<Bits<11>>,
    prev_high: Reg<Bits<26>>,
    /// `t >> 15` of the last chain step: `2 carry + bit255` after column 15.
    y: Reg<Bits<12>>,
    outreg: [Reg<Bits<16>>; 16],
    /// `out[0] + 38 high_15` for fold ops, else `out[0]`; high_15 < 2^20 (no
    /// lane wraps in column 15), so this is < 2^26.
    pre0: Reg<Bits<26>>,

    // ---- write
    wd: Reg<Bits<16>>,
    /// Ripple carry between result limbs (< 2^11 after limb 0).
    c2: Reg<Bits<11>>,
    wen: Reg<bool>,
    waddr: Reg<Bits<11>>,
    zacc: Reg<bool>,
    done_q: Reg<bool>,
    fc: Reg<bool>,
    fz: Reg<bool>,

    // ---- combinational helpers (inversions and widenings live in Locals so
    // rust-hdl and Verilog agree on widths)
    col: Signal<Local, bool>,
    wph: Signal<Local, bool>,
    nwm: Signal<Local, Bits<16>>,
    nb0: Signal<Local, Bits<16>>,
    sb: Signal<Local, Bits<18>>,
    sk: Signal<Local, Bits<18>>,
    mlu: [Signal<Local, Bits<32>>; 16],
    mhu: [Signal<Local, Bits<32>>; 16],
    mlw: [Signal<Local, Bits<32>>; 16],
    mhw: [Signal<Local, Bits<32>>; 16],
    slu: [Signal<Local, Bits<32>>; 4],
    shu: [Signal<Local, Bits<32>>; 4],
    slw: [Signal<Local, Bits<32>>; 4],
    shw: [Signal<Local, Bits<32>>; 4],
    wl26: Signal<Local, Bits<26>>,
    wh26: Signal<Local, Bits<26>>,
    la: Signal<Local, Bits<26>>,
    lb: Signal<Local, Bits<26>>,
    lc: Signal<Local, Bits<26>>,
    ha: Signal<Local, Bits<26>>,
    hb: Signal<Local, Bits<26>>,
    hc: Signal<Local, Bits<26>>,
    t: Signal<Local, Bits<32>>,
    h32: Signal<Local, Bits<32>>,
    pa: Signal<Local, Bits<32>>,
    pb: Signal<Local, Bits<32>>,
    pc: Signal<Local, Bits<32>>,
    p0: Signal<Local, Bits<32>>,
    y32: Signal<Local, Bits<32>>,
    wx: Signal<Local, Bits<32>>,
    wy: Signal<Local, Bits<32>>,
    wz: Signal<Local, Bits<32>>,
    limb: Signal<Local, Bits<16>>,
    arest: Signal<Local, Bits<32>>,
    ws: Signal<Local, Bits<32>>,
}

impl FieldUnit {
    /// An idle field unit with the chain state (0, 0).
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            start: Default::default(),
            op: Default::default(),
            ci: Default::default(),
            d: Default::default(),
            a: Default::default(),
            b: Default::default(),
            rx_addr: Default::default(),
            rx_data: Default::default(),
            ry_addr: Default::default(),
            ry_data: Default::default(),
            w_en: Default::default(),
            w_addr: Default::default(),
            w_data: Default::default(),
            done: Default::default(),
            flag_c: Default::default(),
            flag_z: Default::default(),
            cyc: Default::default(),
            dbase: Default::default(),
            abase: Default::default(),
            bbase: Default::default(),
            xi: Default::default(),
            yi: Default::default(),
            wi: Default::default(),
            f_mul: Default::default(),
            f_fmul: Default::default(),
            f_mu: Default::default(),
            f_mw: Default::default(),
            f_fold: Default::default(),
            f_freeze: Default::default(),
            f_add: Default::default(),
            f_sub: Default::default(),
            f_fsub: Default::default(),
            f_and: Default::default(),
            f_or: Default::default(),
            r: Default::default(),
            bm: Default::default(),
            wm: Default::default(),
            prod: Default::default(),
            mu_q: Default::default(),
            mw_q: Default::default(),
            simple: Default::default(),
            ulo_p: Default::default(),
            uhi_p: Default::default(),
            wlo_p: Default::default(),
            whi_p: Default::default(),
            ulo: Default::default(),
            uhi: Default::default(),
            wlo: Default::default(),
            whi: Default::default(),
            low: Default::default(),
            high: Default::default(),
            carry: Default::default(),
            prev_high: Default::default(),
            y: Default::default(),
            outreg: Default::default(),
            pre0: Default::default(),
            wd: Default::default(),
            c2: Default::default(),
            wen: Default::default(),
            waddr: Default::default(),
            zacc: Default::default(),
            done_q: Default::default(),
            fc: Default::default(),
            fz: Default::default(),
            col: Default::default(),
            wph: Default::default(),
            nwm: Default::default(),
            nb0: Default::default(),
            sb: Default::default(),
            sk: Default::default(),
            mlu: Default::default(),
            mhu: Default::default(),
            mlw: Default::default(),
            mhw: Default::default(),
            slu: Default::default(),
            shu: Default::default(),
            slw: Default::default(),
            shw: Default::default(),
            wl26: Default::default(),
            wh26: Default::default(),
            la: Default::default(),
            lb: Default::default(),
            lc: Default::default(),
            ha: Default::default(),
            hb: Default::default(),
            hc: Default::default(),
            t: Default::default(),
            h32: Default::default(),
            pa: Default::default(),
            pb: Default::default(),
            pc: Default::default(),
            p0: Default::default(),
            y32: Default::default(),
            wx: Default::default(),
            wy: Default::default(),
            wz: Default::default(),
            limb: Default::default(),
            arest: Default::default(),
            ws: Default::default(),
        }
    }
}

impl Default for FieldUnit {
    fn default() -> Self {
        Self::new()
    }
}

impl Logic for FieldUnit {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, cyc, dbase, abase, bbase, xi, yi, wi, f_mul, f_fmul, f_mu, f_mw, f_fold,
            f_freeze, f_add, f_sub, f_fsub, f_and, f_or, wm, mu_q, mw_q, simple, ulo, uhi, wlo,
            whi, low, high, carry, prev_high, y, pre0, wd, c2, wen, waddr, zacc, done_q, fc, fz
        );
        for j in 0..16 {
            self.r[j].clock.next = self.clock.val();
            self.r[j].d.next = self.r[j].q.val();
            self.bm[j].clock.next = self.clock.val();
            self.bm[j].d.next = self.bm[j].q.val();
            self.prod[j].clock.next = self.clock.val();
            self.prod[j].d.next = self.prod[j].q.val();
            self.outreg[j].clock.next = self.clock.val();
            self.outreg[j].d.next = self.outreg[j].q.val();
        }
        for g in 0..4 {
            self.ulo_p[g].clock.next = self.clock.val();
            self.uhi_p[g].clock.next = self.clock.val();
            self.wlo_p[g].clock.next = self.clock.val();
            self.whi_p[g].clock.next = self.clock.val();
        }

        // ---- outputs: registers only (the addresses are a base ORed with a
        // limb counter in its zero low bits)
        self.rx_addr.next = self.abase.q.val() | bit_cast::<11, 4>(self.xi.q.val());
        self.ry_addr.next = self.bbase.q.val() | bit_cast::<11, 4>(self.yi.q.val());
        self.w_en.next = self.wen.q.val();
        self.w_addr.next = self.waddr.q.val();
        self.w_data.next = self.wd.q.val();
        self.done.next = self.done_q.q.val();
        self.flag_c.next = self.fc.q.val();
        self.flag_z.next = self.fz.q.val();

        // ---- control: the cycle counter runs 1..=54 after start, then idles at 0
        if self.cyc.q.val() != 0 {
            self.cyc.d.next = self.cyc.q.val() + 1;
        }
        if self.cyc.q.val() == 54 {
            self.cyc.d.next = 0.into();
        }
        self.xi.d.next = self.xi.q.val() - 1;
        self.yi.d.next = self.yi.q.val() + 1;
        self.done_q.d.next = self.cyc.q.val() == 53;
        if self.start.val() {
            self.cyc.d.next = 1.into();
            self.dbase.d.next = bit_cast::<11, 7>(self.d.val()) << 4;
            self.abase.d.next = bit_cast::<11, 7>(self.a.val()) << 4;
            self.bbase.d.next = bit_cast::<11, 7>(self.b.val()) << 4;
            self.xi.d.next = 0.into();
            self.yi.d.next = 0.into();
            self.f_mul.d.next = self.op.val() <= 2;
            self.f_fmul.d.next = self.op.val() == 0;
            self.f_mu.d.next = self.op.val() <= 1;
            self.f_mw.d.next = (self.op.val() == 0) | (self.op.val() == 2);
            self.f_fold.d.next = (self.op.val() == 0) | (self.op.val() == 3) | (self.op.val() == 4);
            self.f_freeze.d.next = self.op.val() == 9;
            self.f_add.d.next = (self.op.val() == 3) | (self.op.val() == 5);
            self.f_sub.d.next = (self.op.val() == 4) | (self.op.val() == 6);
            self.f_fsub.d.next = self.op.val() == 4;
            self.f_and.d.next = self.op.val() == 7;
            self.f_or.d.next = self.op.val() == 8;
        }

        // ---- operand load (cycles 2..=17): shift the read data in at the top
        if (self.cyc.q.val() >= 2) & (self.cyc.q.val() <= 17) {
            for j in 0..15 {
                self.r[j].d.next = self.r[j + 1].q.val();
                self.bm[j].d.next = self.bm[j + 1].q.val();
            }
            self.r[15].d.next = self.rx_data.val();
            self.bm[15].d.next = self.ry_data.val();
        }

        // ---- products (columns in cycles 18..=33). After each column `r`
        // rotates up, so lane j moves on to a[(k + 1 - j) % 16]; for
        // non-multiply ops `bm` rotates down so bm[0] = b[k] next to r[0] = a[k].
        self.col.next = (self.cyc.q.val() >= 18) & (self.cyc.q.val() <= 33);
        for j in 0..16 {
            self.prod[j].d.next = self.r[j].q.val() * self.bm[j].q.val();
        }
        if self.col.val() {
            for j in 0..16 {
                self.r[j].d.next = self.r[(j + 15) % 16].q.val();
            }
            if !self.f_mul.q.val() {
                for j in 0..16 {
                    self.bm[j].d.next = self.bm[(j + 1) % 16].q.val();
                }
            }
            self.wm.d.next = self.wm.q.val() << 1;
        }
        if self.start.val() {
            // Column 0: every lane but lane 0 wraps.
            self.wm.d.next = 0xfffe.into();
        }
        self.nwm.next = !self.wm.q.val();
        self.mu_q.d.next = 0.into();
        if self.f_mu.q.val() {
            self.mu_q.d.next = self.nwm.val();
        }
        self.mw_q.d.next = 0.into();
        if self.f_mw.q.val() {
            self.mw_q.d.next = self.wm.q.val();
        }
        // The column value of a non-multiply op from a[k] = r[0], b[k] = bm[0].
        self.nb0.next = !self.bm[0].q.val();
        self.sb.next = 0.into();
        if self.f_add.q.val() {
            self.sb.next = bit_cast::<18, 16>(self.bm[0].q.val());
        }
        if self.f_sub.q.val() {
            self.sb.next = bit_cast::<18, 16>(self.nb0.val());
        }
        self.sk.next = 0.into();
        if self.f_fsub.q.val() {
            // FSUB_K: 0xffb5 in limb 0, 0xffff above.
            self.sk.next = 0xffff.into();
            if self.cyc.q.val() == 18 {
                self.sk.next = 0xffb5.into();
            }
        }
        if self.f_freeze.q.val() & (self.cyc.q.val() == 18) {
            self.sk.next = 19.into();
        }
        self.simple.d.next =
            (bit_cast::<18, 16>(self.r[0].q.val()) + self.sb.val()) + self.sk.val();
        if self.f_and.q.val() {
            self.simple.d.next = bit_cast::<18, 16>(self.r[0].q.val() & self.bm[0].q.val());
        }
        if self.f_or.q.val() {
            self.simple.d.next = bit_cast::<18, 16>(self.r[0].q.val() | self.bm[0].q.val());
        }

        // ---- S1: 16-bit halves of the selected lanes, summed in fours (in
        // 32-bit Locals: the halves are masked and shifted out of the product,
        // as `bit_cast` cannot name a loop index).
        for j in 0..16 {
            self.mlu[j].next = 0.into();
            self.mhu[j].next = 0.into();
            self.mlw[j].next = 0.into();
            self.mhw[j].next = 0.into();
            if self.mu_q.q.val().get_bit(j) {
                self.mlu[j].next = self.prod[j].q.val() & 0xffff;
                self.mhu[j].next = self.prod[j].q.val() >> 16;
            }
            if self.mw_q.q.val().get_bit(j) {
                self.mlw[j].next = self.prod[j].q.val() & 0xffff;
                self.mhw[j].next = self.prod[j].q.val() >> 16;
            }
        }
        for g in 0..4 {
            self.slu[g].next = (self.mlu[4 * g].val() + self.mlu[4 * g + 1].val())
                + (self.mlu[4 * g + 2].val() + self.mlu[4 * g + 3].val());
            self.shu[g].next = (self.mhu[4 * g].val() + self.mhu[4 * g + 1].val())
                + (self.mhu[4 * g + 2].val() + self.mhu[4 * g + 3].val());
            self.slw[g].next = (self.mlw[4 * g].val() + self.mlw[4 * g + 1].val())
                + (self.mlw[4 * g + 2].val() + self.mlw[4 * g + 3].val());
            self.shw[g].next = (self.mhw[4 * g].val() + self.mhw[4 * g + 1].val())
                + (self.mhw[4 * g + 2].val() + self.mhw[4 * g + 3].val());
        }
        // Narrowed outside the loop: `bit_cast` cannot name a loop index, and
        // a slice would leave the upper bits unused (a lint warning).
        self.ulo_p[0].d.next = bit_cast::<18, 32>(self.slu[0].val());
        self.ulo_p[1].d.next = bit_cast::<18, 32>(self.slu[1].val());
        self.ulo_p[2].d.next = bit_cast::<18, 32>(self.slu[2].val());
        self.ulo_p[3].d.next = bit_cast::<18, 32>(self.slu[3].val());
        self.uhi_p[0].d.next = bit_cast::<18, 32>(self.shu[0].val());
        self.uhi_p[1].d.next = bit_cast::<18, 32>(self.shu[1].val());
        self.uhi_p[2].d.next = bit_cast::<18, 32>(self.shu[2].val());
        self.uhi_p[3].d.next = bit_cast::<18, 32>(self.shu[3].val());
        self.wlo_p[0].d.next = bit_cast::<18, 32>(self.slw[0].val());
        self.wlo_p[1].d.next = bit_cast::<18, 32>(self.slw[1].val());
        self.wlo_p[2].d.next = bit_cast::<18, 32>(self.slw[2].val());
        self.wlo_p[3].d.next = bit_cast::<18, 32>(self.slw[3].val());
        self.whi_p[0].d.next = bit_cast::<18, 32>(self.shw[0].val());
        self.whi_p[1].d.next = bit_cast::<18, 32>(self.shw[1].val());
        self.whi_p[2].d.next = bit_cast::<18, 32>(self.shw[2].val());
        self.whi_p[3].d.next = bit_cast::<18, 32>(self.shw[3].val());
        if !self.f_mul.q.val() {
            // No lane is selected; the column value takes the first group's place.
            self.ulo_p[0].d.next = self.simple.q.val();
        }

        // ---- S2: the four group sums
        self.ulo.d.next = (bit_cast::<20, 18>(self.ulo_p[0].q.val())
            + bit_cast::<20, 18>(self.ulo_p[1].q.val()))
            + (bit_cast::<20, 18>(self.ulo_p[2].q.val())
                + bit_cast::<20, 18>(self.ulo_p[3].q.val()));
        self.uhi.d.next = (bit_cast::<20, 18>(self.uhi_p[0].q.val())
            + bit_cast::<20, 18>(self.uhi_p[1].q.val()))
            + (bit_cast::<20, 18>(self.uhi_p[2].q.val())
                + bit_cast::<20, 18>(self.uhi_p[3].q.val()));
        self.wlo.d.next = (bit_cast::<20, 18>(self.wlo_p[0].q.val())
            + bit_cast::<20, 18>(self.wlo_p[1].q.val()))
            + (bit_cast::<20, 18>(self.wlo_p[2].q.val())
                + bit_cast::<20, 18>(self.wlo_p[3].q.val()));
        self.whi.d.next = (bit_cast::<20, 18>(self.whi_p[0].q.val())
            + bit_cast::<20, 18>(self.whi_p[1].q.val()))
            + (bit_cast::<20, 18>(self.whi_p[2].q.val())
                + bit_cast::<20, 18>(self.whi_p[3].q.val()));

        // ---- S3: U + 38 W for FMul (38 = 32 + 4 + 2), U + W otherwise (one
        // of them is zero for MulLo and MulHi)
        self.wl26.next = bit_cast::<26, 20>(self.wlo.q.val());
        self.wh26.next = bit_cast::<26, 20>(self.whi.q.val());
        self.la.next = self.wl26.val();
        self.lb.next = 0.into();
        self.lc.next = 0.into();
        self.ha.next = self.wh26.val();
        self.hb.next = 0.into();
        self.hc.next = 0.into();
        if self.f_fmul.q.val() {
            self.la.next = self.wl26.val() << 5;
            self.lb.next = self.wl26.val() << 2;
            self.lc.next = self.wl26.val() << 1;
            self.ha.next = self.wh26.val() << 5;
            self.hb.next = self.wh26.val() << 2;
            self.hc.next = self.wh26.val() << 1;
        }
        self.low.d.next = (bit_cast::<26, 20>(self.ulo.q.val()) + self.la.val())
            + (self.lb.val() + self.lc.val());
        self.high.d.next = (bit_cast::<26, 20>(self.uhi.q.val()) + self.ha.val())
            + (self.hb.val() + self.hc.val());

        // ---- chain (cycles 22..=37); outreg shifts down here and in the
        // write cycles, so outreg[0] is the limb being written
        self.t.next = (bit_cast::<32, 26>(self.low.q.val())
            + bit_cast::<32, 26>(self.prev_high.q.val()))
            + bit_cast::<32, 11>(self.carry.q.val());
        if (self.cyc.q.val() >= 22) & (self.cyc.q.val() <= 37) {
            self.carry.d.next = bit_cast::<11, 32>(self.t.val() >> 16);
            self.y.d.next = bit_cast::<12, 32>(self.t.val() >> 15);
            self.prev_high.d.next = self.high.q.val();
        }
        if (self.cyc.q.val() >= 22) & (self.cyc.q.val() <= 53) {
            for j in 0..15 {
                self.outreg[j].d.next = self.outreg[j + 1].q.val();
            }
            self.outreg[15].d.next = self.t.val().get_bits::<16>(0);
        }
        if self.start.val() & !self.ci.val() {
            self.carry.d.next = 0.into();
            if self.op.val() == 6 {
                // RSub adds !b + 1.
                self.carry.d.next = 1.into();
            }
            self.prev_high.d.next = 0.into();
        }

        // ---- limb 0's fold addend, part 1 (used in cycle 38): in cycle 37
        // outreg[1] = out[0] and high = high_15.
        self.h32.next = bit_cast::<32, 26>(self.high.q.val());
        self.pa.next = 0.into();
        self.pb.next = 0.into();
        self.pc.next = 0.into();
        if self.f_fold.q.val() {
            self.pa.next = self.h32.val() << 5;
            self.pb.next = self.h32.val() << 2;
            self.pc.next = self.h32.val() << 1;
        }
        self.p0.next = (bit_cast::<32, 16>(self.outreg[1].q.val()) + self.pa.val())
            + (self.pb.val() + self.pc.val());
        self.pre0.d.next = bit_cast::<26, 32>(self.p0.val());

        // ---- write limbs: limb 0 in cycle 38 adds 19 y (16 + 2 + 1) for
        // fold ops, or Freeze's 2^256 - 19 when bit 255 is clear; limbs 1..=15
        // add Freeze's upper 0xffff words and the ripple carry. Bit 255 is
        // cleared in limb 15 for fold ops and Freeze.
        self.y32.next = bit_cast::<32, 12>(self.y.q.val());
        self.wx.next = 0.into();
        self.wy.next = 0.into();
        self.wz.next = 0.into();
        self.arest.next = 0.into();
        if self.f_fold.q.val() {
            self.wx.next = self.y32.val() << 4;
            self.wy.next = self.y32.val() << 1;
            self.wz.next = self.y32.val();
        }
        if self.f_freeze.q.val() & !self.y.q.val().get_bit(0) {
            self.wx.next = 0xffed.into();
            self.arest.next = 0xffff.into();
        }
        self.limb.next = self.outreg[0].q.val();
        if (self.wi.q.val() == 15) & (self.f_fold.q.val() | self.f_freeze.q.val()) {
            self.limb.next = self.outreg[0].q.val() & 0x7fff;
        }
        self.ws.next = (bit_cast::<32, 16>(self.limb.val()) + self.arest.val())
            + bit_cast::<32, 11>(self.c2.q.val());
        if self.cyc.q.val() == 38 {
            self.ws.next = (bit_cast::<32, 26>(self.pre0.q.val()) + self.wx.val())
                + (self.wy.val() + self.wz.val());
        }
        self.wd.d.next = self.ws.val().get_bits::<16>(0);
        self.c2.d.next = bit_cast::<11, 32>(self.ws.val() >> 16);
        self.wph.next = (self.cyc.q.val() >= 38) & (self.cyc.q.val() <= 53);
        self.wen.d.next = self.wph.val();
        self.waddr.d.next = self.dbase.q.val() | bit_cast::<11, 4>(self.wi.q.val());
        if self.wph.val() {
            self.wi.d.next = self.wi.q.val() + 1;
        }
        if self.start.val() {
            self.wi.d.next = 0.into();
        }

        // ---- flags: Z accumulates over the written limbs; both are taken
        // at the edge ending the done cycle (which also writes limb 15).
        if self.wen.q.val() {
            self.zacc.d.next = self.zacc.q.val() & (self.wd.q.val() == 0);
        }
        if self.start.val() {
            self.zacc.d.next = true;
        }
        if self.done_q.q.val() {
            self.fc.d.next = self.carry.q.val().any() | self.prev_high.q.val().any();
            self.fz.d.next = self.zacc.q.val() & (self.wd.q.val() == 0);
        }
    }
}
