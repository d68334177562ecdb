//! SHA-512 (FIPS 180-4) over a byte range of the engine's message buffer.
//!
//! One round datapath, four cycles a round, at most one 64-bit addition
//! between registers in any cycle:
//!
//! | phase | round datapath | message schedule | buffer read |
//! |---|---|---|---|
//! | 0 | `s1ch = Σ1(e) + Ch(e,f,g)`, `s0maj = Σ0(a) + Maj(a,b,c)`, K ROM read | `su = σ1(W[t-1]) + W[t-6]`, `sv = σ0(W[t-14]) + W[t-15]` | low word address |
//! | 1 | `kw = K[t] + W[t]`, `hs = h + s1ch` | | high word address; low word arrives |
//! | 2 | `t1 = hs + kw` | `wsched = su + sv` | high word arrives: `mword` = masked, padded word |
//! | 3 | `e = d + t1`, `a = t1 + s0maj`, the rest shift | the 16-word window shifts in `W[t+1]` | |
//!
//! The window holds `W[t-15..=t]` during round `t`; `W[t+1]` comes from
//! the buffer (`mword`) while `t + 1 < 16` and from the schedule otherwise.
//! Every register of the datapath is recomputed each cycle from registers
//! that are stable over the round, so only the state, the window and the
//! digest need an enable.
//!
//! Between blocks (and once before the first) come eight "add" cycles,
//! numbered rounds 80 and 81: each cycle adds `h` to `H[7]`, and both the
//! state `a..h` and the digest `H[0..8]` shift by one word with the sum
//! entering at `a` and `H[0]`. After eight cycles `H[i] += s[i]` for all
//! `i` and the state holds the new `H`, ready for the next block. The first
//! add cycles run with the state zeroed and `H` set to the IV, which loads
//! the IV into the state; meanwhile `W[0]` of the first block is fetched.
//!
//! The cycle count depends on the length only: see
//! [`super::isa::sha_cycles`]. `done` is high in cycle `sha_cycles(len) - 1`
//! after `start` (cycle 0), the last add cycle of the last block; the digest
//! words are valid from the next cycle until the next `start`.
//!
//! Message bytes are taken from the buffer as they are: a 64-bit message
//! word is the byte swap of two consecutive 32-bit little-endian buffer
//! words. Bytes at and beyond `len` are masked off and replaced by the
//! padding (`0x80`, zeros, and the bit length in the last word of the last
//! block), so whatever the buffer holds beyond the message is ignored.

use crate::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::prelude::SyncROM;

/// SHA-512 round constants.
pub const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 initial hash value. The RTL spells these out as literals in
/// [`Sha512Unit`]'s `update` (rust-hdl cannot name a Rust constant there);
/// a unit test checks that the two agree.
pub const IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

/// The SHA-512 unit. Every output is a register or (`dig_word`) a
/// multiplexer over registers.
#[derive(LogicBlock)]
pub struct Sha512Unit {
    /// The clock.
    pub clock: Signal<In, Clock>,
    /// Starts a hash; high for one cycle ("cycle 0"), in which `start_byte`
    /// and `len` are latched. A start while busy abandons the hash under way.
    pub start: Signal<In, Bit>,
    /// First buffer byte of the message, a multiple of 8.
    pub start_byte: Signal<In, Bits<11>>,
    /// Message length in bytes; `start_byte + len <= 2048`.
    pub len: Signal<In, Bits<12>>,
    /// Buffer word address (a register).
    pub buf_addr: Signal<Out, Bits<9>>,
    /// Buffer word read at the previous cycle's `buf_addr`.
    pub buf_data: Signal<In, Bits<32>>,
    /// High in exactly cycle `sha_cycles(len) - 1` after `start`.
    pub done: Signal<Out, Bit>,
    /// Which digest word `dig_word` shows.
    pub dig_sel: Signal<In, Bits<3>>,
    /// Digest word `H[dig_sel]` (digest bytes `8i..8i+8`, big-endian), valid
    /// from the cycle after `done` until the next `start`.
    pub dig_word: Signal<Out, Bits<64>>,

    /// Round constants, read synchronously with the round number.
    krom: SyncROM<Bits<64>, 7>,

    // ---- control
    busy: Reg<Bit>,
    /// Phase within the round (0..=3).
    ph: Reg<Bits<2>>,
    /// Round: 0..=79 compression, 80..=81 the add cycles.
    rnd: Reg<Bits<7>>,
    /// `rnd >= 80`.
    addm: Reg<Bit>,
    /// The add cycles under way are the initial ones (no block before).
    first: Reg<Bit>,
    /// Blocks after the current one.
    bl: Reg<Bits<6>>,
    /// `bl == 0`.
    lastb: Reg<Bit>,
    /// This round fetches `W[t+1]` from the buffer (`t + 1` mod 82 < 16).
    fetch: Reg<Bit>,
    /// This round fetches the last word of the last block (the bit length).
    lastw: Reg<Bit>,
    done_q: Reg<Bit>,
    /// Next buffer word to read.
    ptr: Reg<Bits<9>>,
    /// `len - 8 * (message word being fetched)`, 14-bit two's complement.
    rem: Reg<Bits<14>>,
    len_q: Reg<Bits<12>>,

    // ---- message words from the buffer
    lo_q: Reg<Bits<32>>,
    /// Bytes of the fetched word that are message bytes.
    kmask: Reg<Bits<64>>,
    /// Padding OR-ed into the fetched word.
    kpad: Reg<Bits<64>>,
    mword: Reg<Bits<64>>,

    // ---- message schedule
    w: [Reg<Bits<64>>; 16],
    su: Reg<Bits<64>>,
    sv: Reg<Bits<64>>,
    wsched: Reg<Bits<64>>,

    // ---- round
    /// Working variables `a..h`.
    st: [Reg<Bits<64>>; 8],
    s1ch: Reg<Bits<64>>,
    s0maj: Reg<Bits<64>>,
    kw: Reg<Bits<64>>,
    hs: Reg<Bits<64>>,
    /// `T1` in phase 3 of a round, zero otherwise.
    t1: Reg<Bits<64>>,
    /// The hash value `H[0..8]`.
    hh: [Reg<Bits<64>>; 8],

    // ---- combinational intermediates
    r_next: Signal<Local, Bits<7>>,
    len13: Signal<Local, Bits<13>>,
    nb13: Signal<Local, Bits<13>>,
    lo_sw: Signal<Local, Bits<32>>,
    hi_sw: Signal<Local, Bits<32>>,
    wraw: Signal<Local, Bits<64>>,
    bitlen: Signal<Local, Bits<64>>,
    sig0: Signal<Local, Bits<64>>,
    sig1: Signal<Local, Bits<64>>,
    ch: Signal<Local, Bits<64>>,
    maj: Signal<Local, Bits<64>>,
    ss0: Signal<Local, Bits<64>>,
    ss1: Signal<Local, Bits<64>>,
    hsum: Signal<Local, Bits<64>>,
}

fn k_rom() -> SyncROM<Bits<64>, 7> {
    K.iter().map(|&k| Bits::<64>::from(k)).into()
}

impl Sha512Unit {
    /// An idle unit.
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            start: Default::default(),
            start_byte: Default::default(),
            len: Default::default(),
            buf_addr: Default::default(),
            buf_data: Default::default(),
            done: Default::default(),
            dig_sel: Default::default(),
            dig_word: Default::default(),
            krom: k_rom(),
            busy: Reg::new(false),
            ph: Reg::default(),
            rnd: Reg::default(),
            addm: Reg::new(false),
            first: Reg::new(false),
            bl: Reg::default(),
            lastb: Reg::new(false),
            fetch: Reg::new(false),
            lastw: Reg::new(false),
            done_q: Reg::new(false),
            ptr: Reg::default(),
            rem: Reg::default(),
            len_q: Reg::default(),
            lo_q: Reg::default(),
            kmask: Reg::default(),
            kpad: Reg::default(),
            mword: Reg::default(),
            w: std::array::from_fn(|_| Reg::default()),
            su: Reg::default(),
            sv: Reg::default(),
            wsched: Reg::default(),
            st: std::array::from_fn(|_| Reg::default()),
            s1ch: Reg::default(),
            s0maj: Reg::default(),
            kw: Reg::default(),
            hs: Reg::default(),
            t1: Reg::default(),
            hh: std::array::from_fn(|_| Reg::default()),
            r_next: Default::default(),
            len13: Default::default(),
            nb13: Default::default(),
            lo_sw: Default::default(),
            hi_sw: Default::default(),
            wraw: Default::default(),
            bitlen: Default::default(),
            sig0: Default::default(),
            sig1: Default::default(),
            ch: Default::default(),
            maj: Default::default(),
            ss0: Default::default(),
            ss1: Default::default(),
            hsum: Default::default(),
        }
    }
}

impl Default for Sha512Unit {
    fn default() -> Self {
        Self::new()
    }
}

impl Logic for Sha512Unit {
    #[hdl_gen]
    fn update(&mut self) {
        // ---- clocks and hold-by-default
        self.krom.clock.next = self.clock.val();
        self.busy.clock.next = self.clock.val();
        self.busy.d.next = self.busy.q.val();
        self.ph.clock.next = self.clock.val();
        self.ph.d.next = self.ph.q.val();
        self.rnd.clock.next = self.clock.val();
        self.rnd.d.next = self.rnd.q.val();
        self.addm.clock.next = self.clock.val();
        self.addm.d.next = self.addm.q.val();
        self.first.clock.next = self.clock.val();
        self.first.d.next = self.first.q.val();
        self.bl.clock.next = self.clock.val();
        self.bl.d.next = self.bl.q.val();
        self.lastb.clock.next = self.clock.val();
        self.lastb.d.next = self.lastb.q.val();
        self.fetch.clock.next = self.clock.val();
        self.fetch.d.next = self.fetch.q.val();
        self.lastw.clock.next = self.clock.val();
        self.lastw.d.next = self.lastw.q.val();
        self.done_q.clock.next = self.clock.val();
        self.ptr.clock.next = self.clock.val();
        self.ptr.d.next = self.ptr.q.val();
        self.rem.clock.next = self.clock.val();
        self.rem.d.next = self.rem.q.val();
        self.len_q.clock.next = self.clock.val();
        self.len_q.d.next = self.len_q.q.val();
        self.lo_q.clock.next = self.clock.val();
        self.kmask.clock.next = self.clock.val();
        self.kpad.clock.next = self.clock.val();
        self.mword.clock.next = self.clock.val();
        self.su.clock.next = self.clock.val();
        self.sv.clock.next = self.clock.val();
        self.wsched.clock.next = self.clock.val();
        self.s1ch.clock.next = self.clock.val();
        self.s0maj.clock.next = self.clock.val();
        self.kw.clock.next = self.clock.val();
        self.hs.clock.next = self.clock.val();
        self.t1.clock.next = self.clock.val();
        for i in 0..16 {
            self.w[i].clock.next = self.clock.val();
            self.w[i].d.next = self.w[i].q.val();
        }
        for i in 0..8 {
            self.st[i].clock.next = self.clock.val();
            self.st[i].d.next = self.st[i].q.val();
            self.hh[i].clock.next = self.clock.val();
            self.hh[i].d.next = self.hh[i].q.val();
        }

        // ---- outputs
        self.buf_addr.next = self.ptr.q.val();
        self.done.next = self.done_q.q.val();
        self.dig_word.next = self.hh[0].q.val();
        match self.dig_sel.val().index() {
            1 => self.dig_word.next = self.hh[1].q.val(),
            2 => self.dig_word.next = self.hh[2].q.val(),
            3 => self.dig_word.next = self.hh[3].q.val(),
            4 => self.dig_word.next = self.hh[4].q.val(),
            5 => self.dig_word.next = self.hh[5].q.val(),
            6 => self.dig_word.next = self.hh[6].q.val(),
            7 => self.dig_word.next = self.hh[7].q.val(),
            _ => {}
        }

        // ---- sequencing
        self.r_next.next = self.rnd.q.val() + 1;
        if self.rnd.q.val() == 81 {
            self.r_next.next = 0_u64.into();
        }
        self.done_q.d.next = self.busy.q.val()
            & self.addm.q.val()
            & !self.first.q.val()
            & self.lastb.q.val()
            & (self.rnd.q.val() == 81)
            & (self.ph.q.val() == 2);
        if self.busy.q.val() {
            self.ph.d.next = self.ph.q.val() + 1;
            if self.ph.q.val() == 3 {
                self.rnd.d.next = self.r_next.val();
                self.addm.d.next = self.r_next.val() >= 80;
                self.fetch.d.next = (self.r_next.val() < 15) | (self.r_next.val() == 81);
                self.lastw.d.next = (self.r_next.val() == 14) & self.lastb.q.val();
                if self.rnd.q.val() == 81 {
                    if self.first.q.val() {
                        self.first.d.next = false;
                    } else if self.lastb.q.val() {
                        self.busy.d.next = false;
                    } else {
                        self.bl.d.next = self.bl.q.val() - 1;
                        self.lastb.d.next = self.bl.q.val() == 1;
                    }
                }
            }
            if self.fetch.q.val() & !self.ph.q.val().get_bit(1) {
                self.ptr.d.next = self.ptr.q.val() + 1;
            }
            if self.fetch.q.val() & (self.ph.q.val() == 3) {
                self.rem.d.next = self.rem.q.val() - 8;
            }
        }

        // ---- message words: byte swap, mask, pad
        self.lo_q.d.next = self.buf_data.val();
        self.lo_sw.next = (self.lo_q.q.val() << 24)
            | ((self.lo_q.q.val() << 8) & 0xFF_0000)
            | ((self.lo_q.q.val() >> 8) & 0xFF00)
            | (self.lo_q.q.val() >> 24);
        self.hi_sw.next = (self.buf_data.val() << 24)
            | ((self.buf_data.val() << 8) & 0xFF_0000)
            | ((self.buf_data.val() >> 8) & 0xFF00)
            | (self.buf_data.val() >> 24);
        self.wraw.next =
            (bit_cast::<64, 32>(self.lo_sw.val()) << 32) | bit_cast::<64, 32>(self.hi_sw.val());
        self.mword.d.next = (self.wraw.val() & self.kmask.q.val()) | self.kpad.q.val();
        self.bitlen.next = bit_cast::<64, 12>(self.len_q.q.val()) << 3;
        self.kmask.d.next = 0_u64.into();
        self.kpad.d.next = 0_u64.into();
        if self.lastw.q.val() {
            self.kpad.d.next = self.bitlen.val();
        } else if !self.rem.q.val().get_bit(13) {
            if self.rem.q.val().get_bits::<10>(3).any() {
                self.kmask.d.next = 0xFFFF_FFFF_FFFF_FFFF_u64.into();
            } else {
                match self.rem.q.val().get_bits::<3>(0).index() {
                    0 => {
                        self.kpad.d.next = 0x8000_0000_0000_0000_u64.into();
                    }
                    1 => {
                        self.kmask.d.next = 0xFF00_0000_0000_0000_u64.into();
                        self.kpad.d.next = 0x0080_0000_0000_0000_u64.into();
                    }
                    2 => {
                        self.kmask.d.next = 0xFFFF_0000_0000_0000_u64.into();
                        self.kpad.d.next = 0x0000_8000_0000_0000_u64.into();
                    }
                    3 => {
                        self.kmask.d.next = 0xFFFF_FF00_0000_0000_u64.into();
                        self.kpad.d.next = 0x0000_0080_0000_0000_u64.into();
                    }
                    4 => {
                        self.kmask.d.next = 0xFFFF_FFFF_0000_0000_u64.into();
                        self.kpad.d.next = 0x0000_0000_8000_0000_u64.into();
                    }
                    5 => {
                        self.kmask.d.next = 0xFFFF_FFFF_FF00_0000_u64.into();
                        self.kpad.d.next = 0x0000_0000_0080_0000_u64.into();
                    }
                    6 => {
                        self.kmask.d.next = 0xFFFF_FFFF_FFFF_0000_u64.into();
                        self.kpad.d.next = 0x0000_0000_0000_8000_u64.into();
                    }
                    _ => {
                        self.kmask.d.next = 0xFFFF_FFFF_FFFF_FF00_u64.into();
                        self.kpad.d.next = 0x0000_0000_0000_0080_u64.into();
                    }
                }
            }
        }

        // ---- message schedule: W[t+1] = σ1(W[t-1]) + W[t-6] + σ0(W[t-14]) + W[t-15]
        self.ss0.next = ((self.w[1].q.val() >> 1) | (self.w[1].q.val() << 63))
            ^ ((self.w[1].q.val() >> 8) | (self.w[1].q.val() << 56))
            ^ (self.w[1].q.val() >> 7);
        self.ss1.next = ((self.w[14].q.val() >> 19) | (self.w[14].q.val() << 45))
            ^ ((self.w[14].q.val() >> 61) | (self.w[14].q.val() << 3))
            ^ (self.w[14].q.val() >> 6);
        self.su.d.next = self.ss1.val() + self.w[9].q.val();
        self.sv.d.next = self.ss0.val() + self.w[0].q.val();
        self.wsched.d.next = self.su.q.val() + self.sv.q.val();
        if self.ph.q.val() == 3 {
            for i in 0..15 {
                self.w[i].d.next = self.w[i + 1].q.val();
            }
            if self.fetch.q.val() {
                self.w[15].d.next = self.mword.q.val();
            } else {
                self.w[15].d.next = self.wsched.q.val();
            }
        }

        // ---- round
        self.sig0.next = ((self.st[0].q.val() >> 28) | (self.st[0].q.val() << 36))
            ^ ((self.st[0].q.val() >> 34) | (self.st[0].q.val() << 30))
            ^ ((self.st[0].q.val() >> 39) | (self.st[0].q.val() << 25));
        self.sig1.next = ((self.st[4].q.val() >> 14) | (self.st[4].q.val() << 50))
            ^ ((self.st[4].q.val() >> 18) | (self.st[4].q.val() << 46))
            ^ ((self.st[4].q.val() >> 41) | (self.st[4].q.val() << 23));
        self.ch.next =
            self.st[6].q.val() ^ (self.st[4].q.val() & (self.st[5].q.val() ^ self.st[6].q.val()));
        self.maj.next = (self.st[0].q.val() & self.st[1].q.val())
            | (self.st[2].q.val() & (self.st[0].q.val() | self.st[1].q.val()));
        self.krom.address.next = self.rnd.q.val();
        self.s1ch.d.next = self.sig1.val() + self.ch.val();
        self.s0maj.d.next = self.sig0.val() + self.maj.val();
        self.kw.d.next = self.krom.data.val() + self.w[15].q.val();
        self.hs.d.next = self.st[7].q.val() + self.s1ch.q.val();
        self.t1.d.next = 0_u64.into();
        if (self.ph.q.val() == 2) & !self.addm.q.val() & !self.start.val() {
            self.t1.d.next = self.hs.q.val() + self.kw.q.val();
        }
        self.hsum.next = self.hh[7].q.val() + self.st[7].q.val();
        if (self.ph.q.val() == 3) | self.addm.q.val() {
            for i in 1..8 {
                self.st[i].d.next = self.st[i - 1].q.val();
            }
            self.st[4].d.next = self.st[3].q.val() + self.t1.q.val();
            if self.addm.q.val() {
                self.st[0].d.next = self.hsum.val();
            } else {
                self.st[0].d.next = self.t1.q.val() + self.s0maj.q.val();
            }
        }
        if self.addm.q.val() {
            self.hh[0].d.next = self.hsum.val();
            for i in 1..8 {
                self.hh[i].d.next = self.hh[i - 1].q.val();
            }
        }

        // ---- start (overrides everything above)
        self.len13.next = bit_cast::<13, 12>(self.len.val());
        self.nb13.next = self.len13.val() + 16;
        if self.start.val() {
            self.busy.d.next = true;
            self.ph.d.next = 0_u64.into();
            self.rnd.d.next = 80_u64.into();
            self.addm.d.next = true;
            self.first.d.next = true;
            self.fetch.d.next = false;
            self.lastw.d.next = false;
            self.done_q.d.next = false;
            self.ptr.d.next = bit_cast::<9, 11>(self.start_byte.val() >> 2);
            self.rem.d.next = bit_cast::<14, 12>(self.len.val());
            self.len_q.d.next = self.len.val();
            self.bl.d.next = bit_cast::<6, 13>(self.nb13.val() >> 7);
            self.lastb.d.next = self.nb13.val() < 128;
            for i in 0..8 {
                self.st[i].d.next = 0_u64.into();
            }
            self.hh[0].d.next = 0x6a09e667f3bcc908_u64.into();
            self.hh[1].d.next = 0xbb67ae8584caa73b_u64.into();
            self.hh[2].d.next = 0x3c6ef372fe94f82b_u64.into();
            self.hh[3].d.next = 0xa54ff53a5f1d36f1_u64.into();
            self.hh[4].d.next = 0x510e527fade682d1_u64.into();
            self.hh[5].d.next = 0x9b05688c2b3e6c1f_u64.into();
            self.hh[6].d.next = 0x1f83d9abfb41bd6b_u64.into();
            self.hh[7].d.next = 0x5be0cd19137e2179_u64.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The IV literals in `update` are the FIPS 180-4 values: the first 64
    /// bits of the fractional parts of the square roots of the first eight
    /// primes, here checked through the emitted Verilog.
    #[test]
    fn iv_literals_match_the_constant() {
        let mut uut = Sha512Unit::new();
        uut.connect_all();
        let v = generate_verilog(&uut);
        for iv in IV {
            assert!(v.contains(&format!("64'h{iv:x}")), "{iv:#x} missing");
        }
    }
}
