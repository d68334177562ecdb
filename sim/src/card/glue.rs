//! `CardGlue`: a cycle-exact model of the card's router and `CryptoCtl`
//! (`hdl/src/card/router.rs`, `hdl/src/card/crypto_ctl.rs`), the parts of
//! `capfuse_card` between the host, the fuse core and the Ed25519 engine.
//!
//! One cycle of the card model:
//!
//! ```text
//! let fo = fuse.outputs(); let eo = ed.outputs();
//! let g = glue.eval(&host, &fo, &eo, &seed, boot_epoch);   // g.host_out: the card's pins
//! fuse.step(&g.fuse_in); ed.step(&g.ed_in); glue.step(&host, &fo, &eo, &seed, boot_epoch);
//! ```
//!
//! Every output of [`CardGlue::eval`] depends on the glue's registers, the
//! other blocks' (registered) outputs, `seed` and `boot_epoch`; the host's
//! AXI inputs only reach registers. `fuse_in.work_units`/`kill` pass
//! through from the host.
//!
//! Router (a registered stage; one write and one read in flight): a read
//! taken at the host's handshake edge is forwarded from registers in the
//! next cycle, the slave answers, and the router captures the answer the
//! edge after the slave's `rvalid` rises. Handshake to response: 4 cycles
//! for a fuse-core register and for a crypto register (both answer two
//! edges after taking a read). A write is forwarded once address and data
//! are both held; handshake to `bvalid`: 9 cycles for a fuse-core register
//! (its 4-phase write), 5 for a crypto register.
//!
//! CryptoCtl sequencer states ([`SeqState`], the RTL's `st` register;
//! cycles per visit):
//!
//! | state | does | cycles |
//! |---|---|---|
//! | `PuStart` | `cmd_start` PUBKEY | 1 |
//! | `PuWait` | until `done & !busy` | PUBKEY (433,660) |
//! | `PuKey` | `res_addr` = cnt, word cnt-1 shifted into the device key | 9 |
//! | `Idle` |  | — |
//! | `AttSnap` | `snap_req`, REPORT_SEQ + 1 | 1 |
//! | `AttAsm` | `snap_addr` = cnt; report word cnt-1 to buffer 16+w and RAM w | 70 |
//! | `AttSign` | `cmd_start` SIGN, 276 bytes | 1 |
//! | `AttWait` |  | SIGN (msg 276) |
//! | `AttSig` | `res_addr` = cnt; signature word cnt-1 to RAM 72+w | 17 |
//! | `AttFin` | REPORT_SEQ += 1, report valid, `report_ready` | 1 |
//! | `GrSnap` | `snap_req`, verdict cleared | 1 |
//! | `GrBody` | body word cnt-1 checked; `snap_addr` 59 then 60 | 33 |
//! | `GrEval` | MALFORMED / WRONG_DEVICE / WRONG_BOOT / REPLAY | 1 |
//! | `GrSlot` | next live slot (present, not revoked) | 1 per slot visited |
//! | `GrLoad` | R, A, body, S into the engine buffer | 57 |
//! | `GrVerifyStart` | `cmd_start` VERIFY, 128 bytes | 1 |
//! | `GrVerifyWait` |  | VERIFY |
//! | `GrCount` | TOO_FEW_SIGNERS | 1 |
//! | `GrApply` | body word cnt-1 on the grant port | 33 |
//! | `GrCommit` | EXPIRED (the fuse core's `grant_expired`), or `grant_apply`, revocation, decommission | 1 |
//! | `GrDone` | `grant_done`, verdict valid | 1 |
//!
//! So: power-up is 1 + PUBKEY + 9 cycles until key ready; an attest is
//! 1 + 70 + 1 + SIGN + 17 + 1 cycles from leaving IDLE; a grant check is
//! 1 + 33 + 1 (+1 per slot visited, + 57 + 1 + VERIFY per live slot)
//! + 1 [+ 33 + 1] + 1.

use crate::ed25519::{EdPinsIn, EdPinsOut};
use crate::engine::{PinsIn, PinsOut};
use capfuse_hdl::card::crypto_ctl::{
    AuthorityRom, SeqState, BODY_RAM_WORD, GRANT_DOMAIN_WORDS, REPORT_DOMAIN_WORDS, SIG_RAM_WORD,
};

/// The glue's combinational outputs for one cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GlueOut {
    /// Inputs of the fuse core.
    pub fuse_in: PinsIn,
    /// Inputs of the Ed25519 engine.
    pub ed_in: EdPinsIn,
    /// The card's outputs (AXI from the router, enable and irq from the fuse core).
    pub host_out: PinsOut,
}

/// The router's registers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct RouterRegs {
    aw_full: bool,
    aw_addr: u16,
    w_full: bool,
    w_data: u32,
    w_strb: u8,
    w_busy: bool,
    fwd_aw: bool,
    fwd_w: bool,
    bvalid: bool,
    bresp: u8,
    ar_full: bool,
    ar_addr: u16,
    fwd_ar: bool,
    rvalid: bool,
    rdata: u32,
    rresp: u8,
}

/// CryptoCtl's registers (the memories are kept beside them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct CtlRegs {
    aw_full: bool,
    aw_addr: u16,
    w_full: bool,
    w_data: u32,
    w_strb: u8,
    bvalid: bool,
    bresp: u8,
    r_pend: bool,
    ar_addr: u16,
    rvalid: bool,
    rdata: u32,
    rresp: u8,
    st: SeqState,
    cnt: u8,
    slot: u8,
    key_ready: bool,
    decom: bool,
    report_valid: bool,
    verdict_valid: bool,
    refused: bool,
    eng_status: u8,
    verdict: u8,
    pend_report: bool,
    zero_nonce: bool,
    seq: u64,
    seqn: u64,
    revoked: u8,
    valid: u8,
    present: u8,
    dk: [u32; 8],
    nonce: [u32; 8],
    g_bad_fmt: bool,
    g_bad_dev: bool,
    g_bad_boot: bool,
    g_flags: u8,
    g_revoke: u8,
    gseq0: u32,
    gseq1: u32,
    lseq0: u32,
    lseq1: u32,
    nver: u8,
    /// Registered read data of the report RAM, grant RAM and key ROM.
    rep_rdata: u32,
    gram_rdata: u32,
    key_rdata: u32,
}

/// Memory operations at the edge.
#[derive(Clone, Copy, Debug, Default)]
struct MemOps {
    rep_raddr: u8,
    rep_write: Option<(u8, u32)>,
    gram_raddr: u8,
    gram_write: Option<(u8, u32)>,
    key_addr: u8,
}

/// The cycle model of the router and CryptoCtl.
#[derive(Clone, Debug)]
pub struct CardGlue {
    rom: AuthorityRom,
    r: RouterRegs,
    c: CtlRegs,
    rep: Box<[u32; 128]>,
    gram: Box<[u32; 256]>,
}

impl CardGlue {
    /// The glue for authority `keys` (slot order, 1..=8) and threshold `k`.
    pub fn new(keys: &[[u8; 32]], k: u8) -> Result<CardGlue, String> {
        Ok(CardGlue {
            rom: AuthorityRom::new(keys, k)?,
            r: RouterRegs::default(),
            c: CtlRegs::default(),
            rep: Box::new([0; 128]),
            gram: Box::new([0; 256]),
        })
    }

    /// The sequencer state.
    pub fn state(&self) -> SeqState {
        self.c.st
    }

    /// The device key once derived (zero before, and after decommission).
    pub fn device_key(&self) -> [u8; 32] {
        let mut k = [0u8; 32];
        for (i, w) in self.c.dk.iter().enumerate() {
            k[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
        }
        if self.c.key_ready {
            k
        } else {
            [0; 32]
        }
    }

    /// Combinational outputs of the current cycle.
    pub fn eval(
        &self,
        host: &PinsIn,
        fuse_out: &PinsOut,
        ed_out: &EdPinsOut,
        seed: &[u8; 32],
        boot_epoch: u64,
    ) -> GlueOut {
        self.cycle(host, fuse_out, ed_out, seed, boot_epoch).0
    }

    /// One rising edge with these inputs.
    pub fn step(
        &mut self,
        host: &PinsIn,
        fuse_out: &PinsOut,
        ed_out: &EdPinsOut,
        seed: &[u8; 32],
        boot_epoch: u64,
    ) {
        let (_, r, c, m) = self.cycle(host, fuse_out, ed_out, seed, boot_epoch);
        let mut c = c;
        // Synchronous reads see the memory before this edge's write.
        c.rep_rdata = self.rep[m.rep_raddr as usize & 127];
        c.gram_rdata = self.gram[m.gram_raddr as usize];
        c.key_rdata = self.rom.key_words[(m.key_addr as usize >> 3) & 7][m.key_addr as usize & 7];
        if let Some((a, d)) = m.rep_write {
            self.rep[a as usize & 127] = d;
        }
        if let Some((a, d)) = m.gram_write {
            self.gram[a as usize] = d;
        }
        self.r = r;
        self.c = c;
    }

    /// Outputs and next state, as the RTL's `update` computes them.
    fn cycle(
        &self,
        host: &PinsIn,
        fo: &PinsOut,
        eo: &EdPinsOut,
        seed: &[u8; 32],
        boot_epoch: u64,
    ) -> (GlueOut, RouterRegs, CtlRegs, MemOps) {
        let r = &self.r;
        let c = &self.c;
        let mut out = GlueOut::default();

        // ================= router =================
        let w_sel = r.aw_addr & 0x800 != 0;
        let r_sel = r.ar_addr & 0x800 != 0;
        // CryptoCtl's slave outputs (registers).
        let c_awready = !c.aw_full;
        let c_wready = !c.w_full;
        let c_bvalid = c.bvalid;
        let c_bresp = c.bresp;
        let c_arready = !(c.r_pend || c.rvalid);
        let c_rvalid = c.rvalid;
        let c_rdata = c.rdata;
        let c_rresp = c.rresp;

        let f = &mut out.fuse_in;
        f.work_units = host.work_units;
        f.kill = host.kill;
        f.awvalid = r.fwd_aw && !w_sel;
        f.awaddr = r.aw_addr;
        f.wvalid = r.fwd_w && !w_sel;
        f.wdata = r.w_data;
        f.wstrb = r.w_strb;
        f.bready = true;
        f.arvalid = r.fwd_ar && !r_sel;
        f.araddr = r.ar_addr;
        f.rready = true;
        // CryptoCtl's AXI inputs.
        let ci_awvalid = r.fwd_aw && w_sel;
        let ci_awaddr = r.aw_addr;
        let ci_wvalid = r.fwd_w && w_sel;
        let ci_wdata = r.w_data;
        let ci_wstrb = r.w_strb;
        let ci_bready = true;
        let ci_arvalid = r.fwd_ar && r_sel;
        let ci_araddr = r.ar_addr;
        let ci_rready = true;

        let (m_awready, m_wready, m_bvalid, m_bresp) = if w_sel {
            (c_awready, c_wready, c_bvalid, c_bresp)
        } else {
            (fo.awready, fo.wready, fo.bvalid, fo.bresp)
        };
        let (m_arready, m_rvalid, m_rdata, m_rresp) = if r_sel {
            (c_arready, c_rvalid, c_rdata, c_rresp)
        } else {
            (fo.arready, fo.rvalid, fo.rdata, fo.rresp)
        };

        let h = &mut out.host_out;
        h.accel_clk_en = fo.accel_clk_en;
        h.irq = fo.irq;
        h.awready = !r.aw_full;
        h.wready = !r.w_full;
        h.bvalid = r.bvalid;
        h.bresp = r.bresp;
        h.arready = !r.ar_full;
        h.rvalid = r.rvalid;
        h.rdata = r.rdata;
        h.rresp = r.rresp;

        let mut rn = *r;
        if host.awvalid && !r.aw_full {
            rn.aw_full = true;
            rn.aw_addr = host.awaddr & 0xfff;
        }
        if host.wvalid && !r.w_full {
            rn.w_full = true;
            rn.w_data = host.wdata;
            rn.w_strb = host.wstrb & 0xf;
        }
        if r.bvalid && host.bready {
            rn.bvalid = false;
        }
        if r.aw_full && r.w_full && !r.w_busy && !r.bvalid {
            rn.w_busy = true;
            rn.fwd_aw = true;
            rn.fwd_w = true;
        }
        if r.fwd_aw && m_awready {
            rn.fwd_aw = false;
        }
        if r.fwd_w && m_wready {
            rn.fwd_w = false;
        }
        if r.w_busy && !r.fwd_aw && !r.fwd_w && m_bvalid {
            rn.w_busy = false;
            rn.bvalid = true;
            rn.bresp = m_bresp;
            rn.aw_full = false;
            rn.w_full = false;
        }
        if host.arvalid && !r.ar_full {
            rn.ar_full = true;
            rn.ar_addr = host.araddr & 0xfff;
            rn.fwd_ar = true;
        }
        if r.fwd_ar && m_arready {
            rn.fwd_ar = false;
        }
        if r.ar_full && !r.fwd_ar && !r.rvalid && m_rvalid {
            rn.rvalid = true;
            rn.rdata = m_rdata;
            rn.rresp = m_rresp;
        }
        if r.rvalid && host.rready {
            rn.rvalid = false;
            rn.ar_full = false;
        }

        // ================= CryptoCtl =================
        let rom = &self.rom;
        let mut cn = *c;
        let mut m = MemOps::default();
        let e = &mut out.ed_in;
        e.seed = if c.decom { [0; 32] } else { *seed };
        e.res_addr = c.cnt & 0xf;
        let f = &mut out.fuse_in;

        let prev = c.cnt.wrapping_sub(1) & 0x7f;
        let cnt8 = c.cnt;
        let slot16 = c.slot << 4;
        let live = c.present & !c.revoked;
        let gd = c.gram_rdata;
        // the body word as read, in every cycle (`grant_we` says when)
        f.grant_wdata = gd;
        let be_lo = boot_epoch as u32;
        let be_hi = (boot_epoch >> 32) as u32;
        let replay = c.gseq1 < c.lseq1 || (c.gseq1 == c.lseq1 && c.gseq0 <= c.lseq0);
        let dk_idx = ((prev & 7).wrapping_sub(6) & 7) as usize;
        let dk_sel = c.dk[dk_idx];
        let nonce_sel = if c.zero_nonce { 0 } else { c.nonce[dk_idx] };
        let asm_word = match prev {
            0..=3 => REPORT_DOMAIN_WORDS[prev as usize],
            4 => 1,
            5 => 276,
            6..=13 => dk_sel,
            14..=21 => nonce_sel,
            22 => c.seqn as u32,
            23 => (c.seqn >> 32) as u32,
            24 => be_lo,
            25 => be_hi,
            61..=68 => rom.digest_words[prev as usize - 61],
            _ => fo.snap_data,
        };

        // ---- host writes
        let aw_off = (c.aw_addr >> 2) & 0x1ff;
        if ci_awvalid && !c.aw_full {
            cn.aw_full = true;
            cn.aw_addr = ci_awaddr;
        }
        if ci_wvalid && !c.w_full {
            cn.w_full = true;
            cn.w_data = ci_wdata;
            cn.w_strb = ci_wstrb;
        }
        if c.bvalid && ci_bready {
            cn.bvalid = false;
        }
        let wr_go = c.aw_full && c.w_full && !c.bvalid;
        let free = c.st == SeqState::Idle && !c.pend_report;
        let wr_fmt_ok = c.aw_addr & 3 == 0 && c.w_strb == 15;
        let mut wr_ok = false;
        let mut cmd_go = false;
        let gram_waddr = if (256..384).contains(&aw_off) {
            (aw_off & 0x7f) as u8
        } else {
            (aw_off as u8).wrapping_sub(32)
        };
        let mut gram_we = false;
        if wr_go {
            cn.bvalid = true;
            cn.aw_full = false;
            cn.w_full = false;
            if wr_fmt_ok && free {
                if aw_off == 1 && c.key_ready && !c.decom && (c.w_data == 1 || c.w_data == 2) {
                    cmd_go = true;
                    wr_ok = true;
                }
                if (16..24).contains(&aw_off) {
                    wr_ok = true;
                }
                if (160..192).contains(&aw_off) {
                    wr_ok = true;
                    gram_we = true;
                }
                if aw_off == 192 {
                    wr_ok = true;
                    cn.present = c.w_data as u8;
                }
                if (256..384).contains(&aw_off) {
                    wr_ok = true;
                    gram_we = true;
                }
            }
            if aw_off == 1 {
                cn.refused = !cmd_go;
            }
            if wr_ok {
                cn.bresp = 0;
                if (16..24).contains(&aw_off) {
                    cn.nonce[aw_off as usize - 16] = c.w_data;
                }
            } else {
                cn.bresp = 2;
            }
        }
        if gram_we {
            m.gram_write = Some((gram_waddr, c.w_data));
        }

        // ---- host reads
        m.rep_raddr = (((ci_araddr >> 2) & 0x7f) as u8).wrapping_sub(64) & 0x7f;
        let ar_off = (c.ar_addr >> 2) & 0x1ff;
        let mut status_word = (u32::from(c.eng_status) << 8) | (u32::from(c.verdict) << 12);
        if c.key_ready {
            status_word |= 1;
        }
        if c.st != SeqState::Idle || c.pend_report {
            status_word |= 2;
        }
        if c.decom {
            status_word |= 4;
        }
        if c.report_valid {
            status_word |= 8;
        }
        if c.verdict_valid {
            status_word |= 16;
        }
        if c.refused {
            status_word |= 32;
        }
        let (mut rd, mut rd_ok) = match ar_off {
            0 => (status_word, true),
            2 => (c.seq as u32, true),
            3 => ((c.seq >> 32) as u32, true),
            4 => (u32::from(c.revoked), true),
            5 => (u32::from(c.valid), true),
            8..=15 => (c.dk[ar_off as usize - 8], true),
            16..=23 => (c.nonce[ar_off as usize - 16], true),
            24..=31 => (rom.digest_words[ar_off as usize - 24], true),
            32 => (rom.config, true),
            _ => (0, false),
        };
        if (64..133).contains(&ar_off) || (136..152).contains(&ar_off) {
            rd_ok = true;
            if c.report_valid {
                rd = c.rep_rdata;
            }
        }
        if (8..16).contains(&ar_off) && !c.key_ready {
            rd = 0;
        }
        if c.ar_addr & 3 != 0 {
            rd_ok = false;
        }
        if !rd_ok {
            rd = 0;
        }
        if c.rvalid && ci_rready {
            cn.rvalid = false;
        }
        if ci_arvalid && !c.r_pend && !c.rvalid {
            cn.r_pend = true;
            cn.ar_addr = ci_araddr;
        }
        if c.r_pend {
            cn.r_pend = false;
            cn.rvalid = true;
            cn.rdata = rd;
            cn.rresp = if rd_ok { 0 } else { 2 };
        }

        // ---- sequencer
        let ed_ready = eo.done && !eo.busy;
        match c.st {
            SeqState::PuStart => {
                e.cmd_start = true;
                e.cmd_op = 1;
                cn.st = SeqState::PuWait;
            }
            SeqState::PuWait => {
                if ed_ready {
                    cn.eng_status = eo.status;
                    cn.cnt = 0;
                    cn.st = SeqState::PuKey;
                }
            }
            SeqState::PuKey => {
                cn.cnt = (c.cnt + 1) & 0x7f;
                if c.cnt != 0 {
                    cn.dk.copy_within(1..8, 0);
                    cn.dk[7] = eo.res_data;
                }
                if c.cnt == 8 {
                    cn.key_ready = true;
                    cn.st = SeqState::Idle;
                }
            }
            SeqState::Idle => {
                if cmd_go {
                    if c.w_data == 1 {
                        cn.zero_nonce = false;
                        cn.st = SeqState::AttSnap;
                    } else {
                        cn.st = SeqState::GrSnap;
                    }
                } else if c.pend_report {
                    cn.pend_report = false;
                    if c.key_ready && !c.decom {
                        cn.zero_nonce = true;
                        cn.st = SeqState::AttSnap;
                    }
                }
            }
            SeqState::AttSnap => {
                f.snap_req = true;
                cn.report_valid = false;
                cn.seqn = c.seq.wrapping_add(1);
                cn.cnt = 0;
                cn.st = SeqState::AttAsm;
            }
            SeqState::AttAsm => {
                f.snap_addr = c.cnt;
                cn.cnt = (c.cnt + 1) & 0x7f;
                if c.cnt != 0 {
                    e.buf_we = true;
                    e.buf_waddr = u16::from(prev) + 16;
                    e.buf_wdata = asm_word;
                    m.rep_write = Some((prev, asm_word));
                }
                if c.cnt == 69 {
                    cn.st = SeqState::AttSign;
                }
            }
            SeqState::AttSign => {
                e.cmd_start = true;
                e.cmd_op = 2;
                e.msg_len = 276;
                cn.st = SeqState::AttWait;
            }
            SeqState::AttWait => {
                if ed_ready {
                    cn.eng_status = eo.status;
                    cn.cnt = 0;
                    cn.st = SeqState::AttSig;
                }
            }
            SeqState::AttSig => {
                cn.cnt = (c.cnt + 1) & 0x7f;
                if c.cnt != 0 {
                    m.rep_write = Some(((prev + SIG_RAM_WORD as u8) & 0x7f, eo.res_data));
                }
                if c.cnt == 16 {
                    cn.st = SeqState::AttFin;
                }
            }
            SeqState::AttFin => {
                cn.seq = c.seqn;
                cn.report_valid = true;
                f.report_ready = true;
                cn.st = SeqState::Idle;
            }
            SeqState::GrSnap => {
                f.snap_req = true;
                cn.verdict_valid = false;
                cn.valid = 0;
                cn.g_bad_fmt = false;
                cn.g_bad_dev = false;
                cn.g_bad_boot = false;
                cn.nver = 0;
                cn.cnt = 0;
                cn.st = SeqState::GrBody;
            }
            SeqState::GrBody => {
                m.gram_raddr = cnt8.wrapping_add(BODY_RAM_WORD as u8);
                f.snap_addr = if c.cnt == 0 { 59 } else { 60 };
                if c.cnt == 1 {
                    cn.lseq0 = fo.snap_data;
                }
                if c.cnt == 2 {
                    cn.lseq1 = fo.snap_data;
                }
                cn.cnt = (c.cnt + 1) & 0x7f;
                if c.cnt != 0 {
                    let bad_fmt = match prev {
                        0..=3 => gd != GRANT_DOMAIN_WORDS[prev as usize],
                        4 => gd & 0xffff != 1 || gd >> 19 != 0,
                        5 => gd != 128,
                        15 => gd == 0 && c.gseq0 == 0,
                        23 | 30 => gd != 0,
                        25 => gd == 0,
                        26 => gd & 0xffff > 256 || gd >> 16 > 256,
                        31 => gd >> 3 != 0 || (c.g_flags & 2 == 0 && gd & 7 != 0),
                        _ => false,
                    };
                    if bad_fmt {
                        cn.g_bad_fmt = true;
                    }
                    if (prev == 16 && gd != be_lo) || (prev == 17 && gd != be_hi) {
                        cn.g_bad_boot = true;
                    }
                    if (6..14).contains(&prev) && gd != dk_sel {
                        cn.g_bad_dev = true;
                    }
                    match prev {
                        4 => cn.g_flags = ((gd >> 16) & 7) as u8,
                        14 => cn.gseq0 = gd,
                        15 => cn.gseq1 = gd,
                        31 => cn.g_revoke = (gd & 7) as u8,
                        _ => {}
                    }
                }
                if c.cnt == 32 {
                    cn.st = SeqState::GrEval;
                }
            }
            SeqState::GrEval => {
                cn.slot = 0;
                cn.st = SeqState::GrSlot;
                let early = if c.g_bad_fmt || c.present & !rom.slot_mask != 0 {
                    1
                } else if c.g_bad_dev {
                    2
                } else if c.g_bad_boot {
                    3
                } else if replay {
                    4
                } else {
                    0
                };
                if early != 0 {
                    cn.verdict = early;
                    cn.st = SeqState::GrDone;
                }
            }
            SeqState::GrSlot => {
                if live >> c.slot & 1 != 0 {
                    cn.cnt = 0;
                    cn.st = SeqState::GrLoad;
                } else if c.slot == 7 {
                    cn.st = SeqState::GrCount;
                } else {
                    cn.slot = c.slot + 1;
                }
            }
            SeqState::GrLoad => {
                cn.cnt = (c.cnt + 1) & 0x7f;
                if c.cnt < 8 {
                    m.gram_raddr = slot16.wrapping_add(cnt8);
                } else if c.cnt < 16 {
                    m.key_addr = (c.slot << 3) | (c.cnt & 7);
                } else if c.cnt < 48 {
                    m.gram_raddr = cnt8.wrapping_add(112);
                } else {
                    m.gram_raddr = slot16.wrapping_add(cnt8).wrapping_sub(40);
                }
                if c.cnt != 0 {
                    e.buf_we = true;
                    e.buf_wdata = if (8..16).contains(&prev) {
                        c.key_rdata
                    } else {
                        gd
                    };
                    e.buf_waddr = if prev >= 48 {
                        u16::from(prev) + 224
                    } else {
                        u16::from(prev)
                    };
                }
                if c.cnt == 56 {
                    cn.st = SeqState::GrVerifyStart;
                }
            }
            SeqState::GrVerifyStart => {
                e.cmd_start = true;
                e.cmd_op = 3;
                e.msg_len = 128;
                cn.st = SeqState::GrVerifyWait;
            }
            SeqState::GrVerifyWait => {
                if ed_ready {
                    cn.eng_status = eo.status;
                    if eo.status != 0 {
                        cn.verdict = 5;
                        cn.valid = 0;
                        cn.st = SeqState::GrDone;
                    } else {
                        cn.valid = c.valid | (1 << c.slot);
                        cn.nver = (c.nver + 1) & 0xf;
                        if c.slot == 7 {
                            cn.st = SeqState::GrCount;
                        } else {
                            cn.slot = c.slot + 1;
                            cn.st = SeqState::GrSlot;
                        }
                    }
                }
            }
            SeqState::GrCount => {
                if c.nver < rom.threshold {
                    cn.verdict = 6;
                    cn.st = SeqState::GrDone;
                } else {
                    cn.cnt = 0;
                    cn.st = SeqState::GrApply;
                }
            }
            SeqState::GrApply => {
                m.gram_raddr = cnt8.wrapping_add(BODY_RAM_WORD as u8);
                cn.cnt = (c.cnt + 1) & 0x7f;
                if c.cnt != 0 {
                    f.grant_we = true;
                    f.grant_addr = prev & 0x1f;
                }
                if c.cnt == 32 {
                    cn.st = SeqState::GrCommit;
                }
            }
            SeqState::GrCommit => {
                // The fuse core's registered `grant_expired` speaks for
                // this very cycle: an expired grant changes nothing.
                if fo.grant_expired {
                    cn.verdict = 7;
                } else {
                    f.grant_apply = true;
                    cn.verdict = 0;
                }
                if c.g_flags & 2 != 0 && !fo.grant_expired {
                    cn.revoked = c.revoked | (1 << c.g_revoke);
                }
                if c.g_flags & 4 != 0 && !fo.grant_expired {
                    cn.decom = true;
                    cn.key_ready = false;
                    cn.dk = [0; 8];
                }
                cn.st = SeqState::GrDone;
            }
            SeqState::GrDone => {
                f.grant_done = true;
                cn.verdict_valid = true;
                cn.st = SeqState::Idle;
            }
        }
        if fo.report_due && !c.decom {
            cn.pend_report = true;
        }
        (out, rn, cn, m)
    }
}
