//! `CryptoCtl`: the card's crypto register window (0x800..0xFFF) and the
//! sequencer that drives the Ed25519 engine and the fuse core's side ports
//! (`docs/design-card.md`).
//!
//! Every output is a function of this block's registers and of the other
//! blocks' registered outputs (`ed_*`, `snap_data`, `report_due`) or the
//! card's `seed`/`boot_epoch` ports; nothing comes combinationally from the
//! AXI inputs except the report RAM's read address (a RAM input).
//!
//! The sequencer's states are [`SeqState`], with the cycles each takes.
//!
//! Host side: a write is taken when both its address and data are held and
//! answered at the next edge (`bvalid` the cycle after); a read is taken
//! when `arvalid` and no read is pending, and answered two edges later
//! (one cycle for the report RAM's synchronous read).

use crate::axi::AxiLiteSlave;
use crate::reg::Reg;
use capfuse_abi::crypto;
use capfuse_abi::formats::{
    authority_digest, grant_flag, grant_verdict, MAX_AUTHORITY_SLOTS, REPORT_DOMAIN,
};
use capfuse_abi::resp;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;
use rust_hdl::widgets::prelude::{SyncROM, RAM};

/// Word offsets (from 0x800) and codes used as literals in `update`.
const _: () = {
    assert!(crypto::CRYPTO_STATUS == 0x800);
    assert!(crypto::CRYPTO_CMD == 0x804);
    assert!(crypto::REPORT_SEQ_0 == 0x808 && crypto::REPORT_SEQ_1 == 0x80C);
    assert!(crypto::REVOKED_SLOTS == 0x810);
    assert!(crypto::GRANT_VALID_SLOTS == 0x814);
    assert!(crypto::DEVICE_KEY_0 == 0x820);
    assert!(crypto::NONCE_0 == 0x840);
    assert!(crypto::AUTHORITY_DIGEST_0 == 0x860);
    assert!(crypto::AUTHORITY_CONFIG == 0x880);
    assert!(crypto::REPORT_0 == 0x900 && crypto::REPORT_WORDS == 69);
    assert!(crypto::SIGNATURE_0 == 0xA20 && crypto::SIGNATURE_WORDS == 16);
    assert!(crypto::GRANT_BODY_0 == 0xA80 && crypto::GRANT_BODY_WORDS == 32);
    assert!(crypto::GRANT_SIG_PRESENT == 0xB00);
    assert!(crypto::GRANT_SIG_0 == 0xC00);
    assert!(crypto::cmd::ATTEST == 1 && crypto::cmd::APPLY_GRANT == 2);
    assert!(crypto::status::VERDICT_SHIFT == 12 && crypto::status::ENGINE_STATUS_SHIFT == 8);
    assert!(grant_flag::REVOKE_SLOT == 2 && grant_flag::DECOMMISSION == 4);
    assert!(grant_flag::ALL == 7);
    assert!(grant_verdict::MALFORMED == 1 && grant_verdict::WRONG_DEVICE == 2);
    assert!(grant_verdict::WRONG_BOOT == 3 && grant_verdict::REPLAY == 4);
    assert!(grant_verdict::BAD_SIGNATURE == 5 && grant_verdict::TOO_FEW_SIGNERS == 6);
    assert!(grant_verdict::EXPIRED == 7);
    assert!(MAX_AUTHORITY_SLOTS == 8);
    assert!(resp::OKAY == 0 && resp::SLVERR == 2);
};

/// The sequencer's state (the `st` register). `capfuse-sim`'s cycle model
/// of the card (`sim/src/card/glue.rs`) steps through the same states by
/// this type.
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum SeqState {
    /// Starts the engine's PUBKEY (1 cycle).
    PuStart,
    /// Waiting for the engine's PUBKEY (until `done`).
    PuWait,
    /// `res_addr` 0..8, result words shifted into `DEVICE_KEY` (9 cycles).
    PuKey,
    /// Waiting for host commands and remembered `report_due`.
    Idle,
    /// `snap_req`; REPORT_SEQ + 1 computed (1 cycle).
    AttSnap,
    /// `snap_addr` = cnt; word cnt-1 to buffer 16+w and the report RAM (70 cycles).
    AttAsm,
    /// Starts the engine's SIGN, 276 bytes (1 cycle).
    AttSign,
    /// Waiting for the engine's SIGN (until `done`).
    AttWait,
    /// `res_addr` 0..16, word cnt-1 to the report RAM at 72+w (17 cycles).
    AttSig,
    /// REPORT_SEQ += 1, report valid, `report_ready` (1 cycle).
    AttFin,
    /// `snap_req`, for LAST_GRANT_SEQ (1 cycle).
    GrSnap,
    /// Body word cnt-1 checked; `snap_addr` 59, 60 (33 cycles).
    GrBody,
    /// Judges MALFORMED, WRONG_DEVICE, WRONG_BOOT, REPLAY (1 cycle).
    GrEval,
    /// Finds the next present, non-revoked slot (1 cycle per slot visited).
    GrSlot,
    /// R, A (key ROM), body, S into the engine buffer (57 cycles).
    GrLoad,
    /// Starts the engine's VERIFY, 128 bytes (1 cycle).
    GrVerifyStart,
    /// Waiting for VERIFY: BAD_SIGNATURE, or count the slot (until `done`).
    GrVerifyWait,
    /// Judges TOO_FEW_SIGNERS (1 cycle).
    GrCount,
    /// Body word cnt-1 to the fuse core's grant port (33 cycles).
    GrApply,
    /// Judges EXPIRED, or `grant_apply`, revocation, decommission (1 cycle).
    GrCommit,
    /// `grant_done`, verdict valid (1 cycle).
    GrDone,
}

/// The grant body's domain string as four little-endian words.
pub const GRANT_DOMAIN_WORDS: [u32; 4] = domain_words(&capfuse_abi::formats::GRANT_DOMAIN);
/// The report's domain string as four little-endian words.
pub const REPORT_DOMAIN_WORDS: [u32; 4] = domain_words(&REPORT_DOMAIN);

const fn domain_words(d: &[u8; 16]) -> [u32; 4] {
    let mut w = [0u32; 4];
    let mut i = 0;
    while i < 16 {
        w[i / 4] |= (d[i] as u32) << (8 * (i % 4));
        i += 1;
    }
    w
}

/// Report RAM word of signature word 0 (the report is at words 0..69); the
/// host's word offset minus 64 addresses both.
pub const SIG_RAM_WORD: usize = 72;
/// Grant RAM word of body word 0 (signatures are at 16 s + j).
pub const BODY_RAM_WORD: usize = 128;

/// The authority key set built into the bitstream, as the words the
/// register window and the key ROM hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorityRom {
    /// Keys of slots 0..n as 8 little-endian words each; slots n..8 are 0.
    pub key_words: [[u32; 8]; 8],
    /// `authority_digest(keys, k)` as 8 words.
    pub digest_words: [u32; 8],
    /// n in bits 3:0, k in bits 7:4 (`AUTHORITY_CONFIG`).
    pub config: u32,
    /// Bit s set for s < n.
    pub slot_mask: u8,
    /// k.
    pub threshold: u8,
}

fn words8(b: &[u8; 32]) -> [u32; 8] {
    let mut w = [0u32; 8];
    for (i, c) in b.chunks(4).enumerate() {
        w[i] = u32::from_le_bytes(c.try_into().unwrap());
    }
    w
}

impl AuthorityRom {
    /// Checks 1 <= n <= 8 and 1 <= k <= n.
    pub fn new(keys: &[[u8; 32]], threshold: u8) -> Result<AuthorityRom, String> {
        if keys.is_empty() || keys.len() > MAX_AUTHORITY_SLOTS {
            return Err(format!(
                "{} authority keys; the card holds 1 to {MAX_AUTHORITY_SLOTS}",
                keys.len()
            ));
        }
        if threshold == 0 || threshold as usize > keys.len() {
            return Err(format!(
                "threshold {threshold} with {} authority keys; it must be 1 to {}",
                keys.len(),
                keys.len()
            ));
        }
        let mut key_words = [[0u32; 8]; 8];
        for (s, k) in keys.iter().enumerate() {
            key_words[s] = words8(k);
        }
        Ok(AuthorityRom {
            key_words,
            digest_words: words8(&authority_digest(keys, threshold)),
            config: keys.len() as u32 | (u32::from(threshold) << 4),
            slot_mask: ((1u16 << keys.len()) - 1) as u8,
            threshold,
        })
    }
}

fn c32(x: u32) -> Constant<Bits<32>> {
    Constant::new(u64::from(x).into())
}

fn r32() -> Reg<Bits<32>> {
    Reg::new(0u64.into())
}

/// The crypto controller: register window, power-up key derivation,
/// attestation and grant checks.
#[derive(LogicBlock)]
pub struct CryptoCtl {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// The AXI4-Lite register port, from the router (addresses have bit 11
    /// set; a write with strobes other than 0xF is refused).
    pub axi: AxiLiteSlave,

    /// The board's boot counter (reports, grant check).
    pub boot_epoch: Signal<In, Bits<64>>,
    /// The device seed from the card's key port.
    pub seed: Signal<In, Bits<256>>,

    /// To the engine: the seed, zero once decommissioned.
    pub ed_seed: Signal<Out, Bits<256>>,
    /// To the engine: start a command.
    pub ed_cmd_start: Signal<Out, Bit>,
    /// To the engine: the command.
    pub ed_cmd_op: Signal<Out, Bits<3>>,
    /// To the engine: message length.
    pub ed_msg_len: Signal<Out, Bits<16>>,
    /// To the engine: buffer write enable.
    pub ed_buf_we: Signal<Out, Bit>,
    /// To the engine: buffer word address.
    pub ed_buf_waddr: Signal<Out, Bits<9>>,
    /// To the engine: buffer word.
    pub ed_buf_wdata: Signal<Out, Bits<32>>,
    /// To the engine: result word address.
    pub ed_res_addr: Signal<Out, Bits<4>>,
    /// From the engine: result word.
    pub ed_res_data: Signal<In, Bits<32>>,
    /// From the engine: busy.
    pub ed_busy: Signal<In, Bit>,
    /// From the engine: the last command finished.
    pub ed_done: Signal<In, Bit>,
    /// From the engine: its status.
    pub ed_status: Signal<In, Bits<4>>,

    /// To the fuse core: take the report snapshot.
    pub snap_req: Signal<Out, Bit>,
    /// To the fuse core: report word index of the snapshot to read.
    pub snap_addr: Signal<Out, Bits<7>>,
    /// From the fuse core: that word, a cycle later.
    pub snap_data: Signal<In, Bits<32>>,
    /// To the fuse core: write grant body word `grant_addr`.
    pub grant_we: Signal<Out, Bit>,
    /// To the fuse core: grant body word index.
    pub grant_addr: Signal<Out, Bits<5>>,
    /// To the fuse core: the grant body word as read (a word when
    /// `grant_we` is high).
    pub grant_wdata: Signal<Out, Bits<32>>,
    /// To the fuse core: apply the pending grant (one cycle).
    pub grant_apply: Signal<Out, Bit>,
    /// From the fuse core: the pending grant's expiry epoch is behind this
    /// cycle's device epoch (registered there).
    pub grant_expired: Signal<In, Bit>,
    /// From the fuse core: the report threshold was reached.
    pub report_due: Signal<In, Bit>,
    /// To the fuse core: a signed report is ready (pulse).
    pub report_ready: Signal<Out, Bit>,
    /// To the fuse core: a grant check finished (pulse).
    pub grant_done: Signal<Out, Bit>,

    // ---- memories
    /// Report words 0..69 and signature words at 72..88.
    rep: RAM<Bits<32>, 7>,
    /// Grant signatures (slot s word j at 16 s + j) and body at 128..160.
    gram: RAM<Bits<32>, 8>,
    /// Authority keys, slot s word j at 8 s + j.
    keyrom: SyncROM<Bits<32>, 6>,

    // ---- constants
    rdom0: Constant<Bits<32>>,
    rdom1: Constant<Bits<32>>,
    rdom2: Constant<Bits<32>>,
    rdom3: Constant<Bits<32>>,
    gdom0: Constant<Bits<32>>,
    gdom1: Constant<Bits<32>>,
    gdom2: Constant<Bits<32>>,
    gdom3: Constant<Bits<32>>,
    dig0: Constant<Bits<32>>,
    dig1: Constant<Bits<32>>,
    dig2: Constant<Bits<32>>,
    dig3: Constant<Bits<32>>,
    dig4: Constant<Bits<32>>,
    dig5: Constant<Bits<32>>,
    dig6: Constant<Bits<32>>,
    dig7: Constant<Bits<32>>,
    config_word: Constant<Bits<32>>,
    slot_mask: Constant<Bits<8>>,
    threshold: Constant<Bits<4>>,

    // ---- host write channel
    aw_full: Reg<Bit>,
    aw_addr: Reg<Bits<12>>,
    w_full: Reg<Bit>,
    w_data: Reg<Bits<32>>,
    w_strb: Reg<Bits<4>>,
    bvalid: Reg<Bit>,
    bresp: Reg<Bits<2>>,
    // ---- host read channel
    r_pend: Reg<Bit>,
    ar_addr: Reg<Bits<12>>,
    rvalid: Reg<Bit>,
    rdata: Reg<Bits<32>>,
    rresp: Reg<Bits<2>>,

    // ---- sequencer
    st: Reg<SeqState>,
    cnt: Reg<Bits<7>>,
    /// `cnt - 1`, kept as a register beside `cnt`: the report word, body
    /// word and buffer addresses it indexes then start from flip-flops (its
    /// 7-bit subtraction was in front of the card's critical path).
    cnt_m1: Reg<Bits<7>>,
    /// The snapshot word index `snap_addr` shows, loaded a cycle ahead
    /// from the state and count the sequencer moves to: the fuse's
    /// 35-word snapshot multiplexer then starts from a flip-flop instead
    /// of the sequencer's decode (that path was the card's critical one).
    snap_q: Reg<Bits<7>>,
    slot: Reg<Bits<3>>,
    key_ready: Reg<Bit>,
    decom: Reg<Bit>,
    report_valid: Reg<Bit>,
    verdict_valid: Reg<Bit>,
    refused: Reg<Bit>,
    eng_status: Reg<Bits<4>>,
    verdict: Reg<Bits<4>>,
    pend_report: Reg<Bit>,
    zero_nonce: Reg<Bit>,
    seq0: Reg<Bits<32>>,
    seq1: Reg<Bits<32>>,
    seqn0: Reg<Bits<32>>,
    seqn1: Reg<Bits<32>>,
    revoked: Reg<Bits<8>>,
    valid: Reg<Bits<8>>,
    present: Reg<Bits<8>>,
    dk0: Reg<Bits<32>>,
    dk1: Reg<Bits<32>>,
    dk2: Reg<Bits<32>>,
    dk3: Reg<Bits<32>>,
    dk4: Reg<Bits<32>>,
    dk5: Reg<Bits<32>>,
    dk6: Reg<Bits<32>>,
    dk7: Reg<Bits<32>>,
    nonce0: Reg<Bits<32>>,
    nonce1: Reg<Bits<32>>,
    nonce2: Reg<Bits<32>>,
    nonce3: Reg<Bits<32>>,
    nonce4: Reg<Bits<32>>,
    nonce5: Reg<Bits<32>>,
    nonce6: Reg<Bits<32>>,
    nonce7: Reg<Bits<32>>,
    // ---- grant check
    g_bad_fmt: Reg<Bit>,
    g_bad_dev: Reg<Bit>,
    g_bad_boot: Reg<Bit>,
    g_flags: Reg<Bits<3>>,
    g_revoke: Reg<Bits<3>>,
    /// The grant body word the check of this cycle reads: read from the
    /// RAM a cycle ahead of the check and registered, so the checks start
    /// from a flip-flop rather than the RAM's output.
    g_word: Reg<Bits<32>>,
    /// The index of that word (`cnt - 1`), kept as a register so the
    /// checks' decode starts from flip-flops rather than a subtractor.
    g_idx: Reg<Bits<7>>,
    /// High exactly in the `GrCommit` cycle: the state's decode kept as a
    /// flip-flop, so `grant_apply` leaves the block one gate from registers.
    at_commit: Reg<Bit>,
    gseq0: Reg<Bits<32>>,
    gseq1: Reg<Bits<32>>,
    lseq0: Reg<Bits<32>>,
    lseq1: Reg<Bits<32>>,
    nver: Reg<Bits<4>>,

    // ---- combinational
    aw_off: Signal<Local, Bits<9>>,
    wr_go: Signal<Local, Bit>,
    wr_fmt_ok: Signal<Local, Bit>,
    free: Signal<Local, Bit>,
    wr_ok: Signal<Local, Bit>,
    cmd_go: Signal<Local, Bit>,
    ar_in_off: Signal<Local, Bits<7>>,
    ar_in_m64: Signal<Local, Bits<7>>,
    ar_off: Signal<Local, Bits<9>>,
    rd: Signal<Local, Bits<32>>,
    rd_ok: Signal<Local, Bit>,
    status_word: Signal<Local, Bits<32>>,
    prev: Signal<Local, Bits<7>>,
    prev9: Signal<Local, Bits<9>>,
    dk_idx: Signal<Local, Bits<3>>,
    dk_sel: Signal<Local, Bits<32>>,
    nonce_sel: Signal<Local, Bits<32>>,
    asm_word: Signal<Local, Bits<32>>,
    gd: Signal<Local, Bits<32>>,
    be_lo: Signal<Local, Bits<32>>,
    be_hi: Signal<Local, Bits<32>>,
    cnt8: Signal<Local, Bits<8>>,
    slot16: Signal<Local, Bits<8>>,
    live: Signal<Local, Bits<8>>,
    replay: Signal<Local, Bit>,
}

impl CryptoCtl {
    /// A controller for the authority key set `rom`.
    pub fn new(rom: &AuthorityRom) -> Self {
        let keyrom: SyncROM<Bits<32>, 6> = (0..64)
            .map(|i| Bits::<32>::from(u64::from(rom.key_words[i / 8][i % 8])))
            .into();
        let zero_ram7: RAM<Bits<32>, 7> = (0..128).map(|_| Bits::<32>::from(0u64)).into();
        let zero_ram8: RAM<Bits<32>, 8> = (0..256).map(|_| Bits::<32>::from(0u64)).into();
        let d = rom.digest_words;
        Self {
            clock: Default::default(),
            axi: Default::default(),
            boot_epoch: Default::default(),
            seed: Default::default(),
            ed_seed: Default::default(),
            ed_cmd_start: Default::default(),
            ed_cmd_op: Default::default(),
            ed_msg_len: Default::default(),
            ed_buf_we: Default::default(),
            ed_buf_waddr: Default::default(),
            ed_buf_wdata: Default::default(),
            ed_res_addr: Default::default(),
            ed_res_data: Default::default(),
            ed_busy: Default::default(),
            ed_done: Default::default(),
            ed_status: Default::default(),
            snap_req: Default::default(),
            snap_addr: Default::default(),
            snap_data: Default::default(),
            grant_we: Default::default(),
            grant_addr: Default::default(),
            grant_wdata: Default::default(),
            grant_apply: Default::default(),
            grant_expired: Default::default(),
            report_due: Default::default(),
            report_ready: Default::default(),
            grant_done: Default::default(),
            rep: zero_ram7,
            gram: zero_ram8,
            keyrom,
            rdom0: c32(REPORT_DOMAIN_WORDS[0]),
            rdom1: c32(REPORT_DOMAIN_WORDS[1]),
            rdom2: c32(REPORT_DOMAIN_WORDS[2]),
            rdom3: c32(REPORT_DOMAIN_WORDS[3]),
            gdom0: c32(GRANT_DOMAIN_WORDS[0]),
            gdom1: c32(GRANT_DOMAIN_WORDS[1]),
            gdom2: c32(GRANT_DOMAIN_WORDS[2]),
            gdom3: c32(GRANT_DOMAIN_WORDS[3]),
            dig0: c32(d[0]),
            dig1: c32(d[1]),
            dig2: c32(d[2]),
            dig3: c32(d[3]),
            dig4: c32(d[4]),
            dig5: c32(d[5]),
            dig6: c32(d[6]),
            dig7: c32(d[7]),
            config_word: c32(rom.config),
            slot_mask: Constant::new(u64::from(rom.slot_mask).into()),
            threshold: Constant::new(u64::from(rom.threshold).into()),
            aw_full: Reg::new(false),
            aw_addr: Reg::default(),
            w_full: Reg::new(false),
            w_data: r32(),
            w_strb: Reg::default(),
            bvalid: Reg::new(false),
            bresp: Reg::default(),
            r_pend: Reg::new(false),
            ar_addr: Reg::default(),
            rvalid: Reg::new(false),
            rdata: r32(),
            rresp: Reg::default(),
            st: Reg::new(SeqState::PuStart),
            cnt: Reg::default(),
            cnt_m1: Reg::new(Bits::<7>::from(127u64)),
            snap_q: Reg::default(),
            slot: Reg::default(),
            key_ready: Reg::new(false),
            decom: Reg::new(false),
            report_valid: Reg::new(false),
            verdict_valid: Reg::new(false),
            refused: Reg::new(false),
            eng_status: Reg::default(),
            verdict: Reg::default(),
            pend_report: Reg::new(false),
            zero_nonce: Reg::new(false),
            seq0: r32(),
            seq1: r32(),
            seqn0: r32(),
            seqn1: r32(),
            revoked: Reg::default(),
            valid: Reg::default(),
            present: Reg::default(),
            dk0: r32(),
            dk1: r32(),
            dk2: r32(),
            dk3: r32(),
            dk4: r32(),
            dk5: r32(),
            dk6: r32(),
            dk7: r32(),
            nonce0: r32(),
            nonce1: r32(),
            nonce2: r32(),
            nonce3: r32(),
            nonce4: r32(),
            nonce5: r32(),
            nonce6: r32(),
            nonce7: r32(),
            g_bad_fmt: Reg::new(false),
            g_bad_dev: Reg::new(false),
            g_bad_boot: Reg::new(false),
            g_flags: Reg::default(),
            g_revoke: Reg::default(),
            g_word: Reg::default(),
            g_idx: Reg::default(),
            at_commit: Reg::default(),
            gseq0: r32(),
            gseq1: r32(),
            lseq0: r32(),
            lseq1: r32(),
            nver: Reg::default(),
            aw_off: Default::default(),
            wr_go: Default::default(),
            wr_fmt_ok: Default::default(),
            free: Default::default(),
            wr_ok: Default::default(),
            cmd_go: Default::default(),
            ar_in_off: Default::default(),
            ar_in_m64: Default::default(),
            ar_off: Default::default(),
            rd: Default::default(),
            rd_ok: Default::default(),
            status_word: Default::default(),
            prev: Default::default(),
            prev9: Default::default(),
            dk_idx: Default::default(),
            dk_sel: Default::default(),
            nonce_sel: Default::default(),
            asm_word: Default::default(),
            gd: Default::default(),
            be_lo: Default::default(),
            be_hi: Default::default(),
            cnt8: Default::default(),
            slot16: Default::default(),
            live: Default::default(),
            replay: Default::default(),
        }
    }
}

impl Logic for CryptoCtl {
    // rust-hdl translates neither match guards nor `&&` chains of `if let`.
    #[allow(clippy::collapsible_if, clippy::collapsible_match)]
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            aw_full,
            aw_addr,
            w_full,
            w_data,
            w_strb,
            bvalid,
            bresp,
            r_pend,
            ar_addr,
            rvalid,
            rdata,
            rresp,
            st,
            cnt,
            cnt_m1,
            snap_q,
            slot,
            key_ready,
            decom,
            report_valid,
            verdict_valid,
            refused,
            eng_status,
            verdict,
            pend_report,
            zero_nonce,
            seq0,
            seq1,
            seqn0,
            seqn1,
            revoked,
            valid,
            present,
            dk0,
            dk1,
            dk2,
            dk3,
            dk4,
            dk5,
            dk6,
            dk7,
            nonce0,
            nonce1,
            nonce2,
            nonce3,
            nonce4,
            nonce5,
            nonce6,
            nonce7,
            g_bad_fmt,
            g_bad_dev,
            g_bad_boot,
            g_flags,
            g_revoke,
            g_word,
            g_idx,
            at_commit,
            gseq0,
            gseq1,
            lseq0,
            lseq1,
            nver
        );
        self.rep.read_clock.next = self.clock.val();
        self.rep.write_clock.next = self.clock.val();
        self.gram.read_clock.next = self.clock.val();
        self.gram.write_clock.next = self.clock.val();
        self.keyrom.clock.next = self.clock.val();

        // ---- outputs to the host: registers only
        self.axi.awready.next = !self.aw_full.q.val();
        self.axi.wready.next = !self.w_full.q.val();
        self.axi.bvalid.next = self.bvalid.q.val();
        self.axi.bresp.next = self.bresp.q.val();
        self.axi.arready.next = !(self.r_pend.q.val() | self.rvalid.q.val());
        self.axi.rvalid.next = self.rvalid.q.val();
        self.axi.rdata.next = self.rdata.q.val();
        self.axi.rresp.next = self.rresp.q.val();

        // ---- defaults of the outputs to the engine and the fuse core
        self.ed_seed.next = self.seed.val();
        if self.decom.q.val() {
            self.ed_seed.next = 0.into();
        }
        self.ed_cmd_start.next = false;
        self.ed_cmd_op.next = 0.into();
        self.ed_msg_len.next = 0.into();
        self.ed_buf_we.next = false;
        self.ed_buf_waddr.next = 0.into();
        self.ed_buf_wdata.next = 0.into();
        self.ed_res_addr.next = self.cnt.q.val().get_bits::<4>(0);
        self.snap_req.next = false;
        self.snap_addr.next = self.snap_q.q.val();
        self.snap_q.d.next = 0.into();
        self.grant_we.next = false;
        self.grant_addr.next = 0.into();
        // The body word as read, in every cycle: `grant_we` says when it
        // is one (no gate between the grant RAM and the fuse core's
        // pending grant, whose window-budget comparison it feeds; that was
        // the card's critical path).
        self.grant_wdata.next = self.gram.read_data.val();
        self.at_commit.d.next = false;
        self.report_ready.next = false;
        self.grant_done.next = false;
        self.rep.write_enable.next = false;
        self.rep.write_address.next = 0.into();
        self.rep.write_data.next = 0.into();
        self.gram.write_enable.next = false;
        self.gram.write_address.next = 0.into();
        self.gram.write_data.next = self.w_data.q.val();
        self.gram.read_address.next = 0.into();
        self.keyrom.address.next = 0.into();

        // ---- common locals
        self.prev.next = self.cnt_m1.q.val();
        self.prev9.next = bit_cast::<9, 7>(self.prev.val());
        // (prev - 6) mod 8, taken from `cnt` by a 3-bit add rather than
        // behind `prev`'s 7-bit subtraction: the device key word a grant's
        // body word is compared with was the card's critical path.
        self.dk_idx.next = self.cnt.q.val().get_bits::<3>(0) + 1;
        self.cnt8.next = bit_cast::<8, 7>(self.cnt.q.val());
        self.slot16.next = bit_cast::<8, 3>(self.slot.q.val()) << 4;
        self.live.next = self.present.q.val() & !self.revoked.q.val();
        self.gd.next = self.gram.read_data.val();
        self.g_word.d.next = self.gram.read_data.val();
        self.be_lo.next = self.boot_epoch.val().get_bits::<32>(0);
        self.be_hi.next = self.boot_epoch.val().get_bits::<32>(32);
        self.replay.next = (self.gseq1.q.val() < self.lseq1.q.val())
            | ((self.gseq1.q.val() == self.lseq1.q.val())
                & (self.gseq0.q.val() <= self.lseq0.q.val()));
        self.dk_sel.next = self.dk0.q.val();
        self.nonce_sel.next = self.nonce0.q.val();
        match self.dk_idx.val().index() {
            1 => {
                self.dk_sel.next = self.dk1.q.val();
                self.nonce_sel.next = self.nonce1.q.val();
            }
            2 => {
                self.dk_sel.next = self.dk2.q.val();
                self.nonce_sel.next = self.nonce2.q.val();
            }
            3 => {
                self.dk_sel.next = self.dk3.q.val();
                self.nonce_sel.next = self.nonce3.q.val();
            }
            4 => {
                self.dk_sel.next = self.dk4.q.val();
                self.nonce_sel.next = self.nonce4.q.val();
            }
            5 => {
                self.dk_sel.next = self.dk5.q.val();
                self.nonce_sel.next = self.nonce5.q.val();
            }
            6 => {
                self.dk_sel.next = self.dk6.q.val();
                self.nonce_sel.next = self.nonce6.q.val();
            }
            7 => {
                self.dk_sel.next = self.dk7.q.val();
                self.nonce_sel.next = self.nonce7.q.val();
            }
            _ => {}
        }
        if self.zero_nonce.q.val() {
            self.nonce_sel.next = 0.into();
        }

        // ---- report word `prev` (words 26..61 come from the snapshot port)
        self.asm_word.next = self.snap_data.val();
        match self.prev.val().index() {
            0 => {
                self.asm_word.next = self.rdom0.val();
            }
            1 => {
                self.asm_word.next = self.rdom1.val();
            }
            2 => {
                self.asm_word.next = self.rdom2.val();
            }
            3 => {
                self.asm_word.next = self.rdom3.val();
            }
            4 => {
                self.asm_word.next = 1.into();
            }
            5 => {
                self.asm_word.next = 276.into();
            }
            6 => {
                self.asm_word.next = self.dk_sel.val();
            }
            7 => {
                self.asm_word.next = self.dk_sel.val();
            }
            8 => {
                self.asm_word.next = self.dk_sel.val();
            }
            9 => {
                self.asm_word.next = self.dk_sel.val();
            }
            10 => {
                self.asm_word.next = self.dk_sel.val();
            }
            11 => {
                self.asm_word.next = self.dk_sel.val();
            }
            12 => {
                self.asm_word.next = self.dk_sel.val();
            }
            13 => {
                self.asm_word.next = self.dk_sel.val();
            }
            14 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            15 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            16 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            17 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            18 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            19 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            20 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            21 => {
                self.asm_word.next = self.nonce_sel.val();
            }
            22 => {
                self.asm_word.next = self.seqn0.q.val();
            }
            23 => {
                self.asm_word.next = self.seqn1.q.val();
            }
            24 => {
                self.asm_word.next = self.be_lo.val();
            }
            25 => {
                self.asm_word.next = self.be_hi.val();
            }
            61 => {
                self.asm_word.next = self.dig0.val();
            }
            62 => {
                self.asm_word.next = self.dig1.val();
            }
            63 => {
                self.asm_word.next = self.dig2.val();
            }
            64 => {
                self.asm_word.next = self.dig3.val();
            }
            65 => {
                self.asm_word.next = self.dig4.val();
            }
            66 => {
                self.asm_word.next = self.dig5.val();
            }
            67 => {
                self.asm_word.next = self.dig6.val();
            }
            68 => {
                self.asm_word.next = self.dig7.val();
            }
            _ => {}
        }

        // ---- host writes: taken with address and data, answered next edge
        self.aw_off.next = self.aw_addr.q.val().get_bits::<9>(2);
        if self.axi.awvalid.val() & !self.aw_full.q.val() {
            self.aw_full.d.next = true;
            self.aw_addr.d.next = self.axi.awaddr.val();
        }
        if self.axi.wvalid.val() & !self.w_full.q.val() {
            self.w_full.d.next = true;
            self.w_data.d.next = self.axi.wdata.val();
            self.w_strb.d.next = self.axi.wstrb.val();
        }
        if self.bvalid.q.val() & self.axi.bready.val() {
            self.bvalid.d.next = false;
        }
        self.wr_go.next = self.aw_full.q.val() & self.w_full.q.val() & !self.bvalid.q.val();
        self.free.next = (self.st.q.val() == SeqState::Idle) & !self.pend_report.q.val();
        self.wr_fmt_ok.next =
            (self.aw_addr.q.val().get_bits::<2>(0) == 0) & (self.w_strb.q.val() == 15);
        self.wr_ok.next = false;
        self.cmd_go.next = false;
        self.gram.write_address.next = self.aw_off.val().get_bits::<8>(0) - 32;
        if (self.aw_off.val() >= 256) & (self.aw_off.val() < 384) {
            self.gram.write_address.next = bit_cast::<8, 7>(self.aw_off.val().get_bits::<7>(0));
        }
        if self.wr_go.val() {
            self.bvalid.d.next = true;
            self.aw_full.d.next = false;
            self.w_full.d.next = false;
            if self.wr_fmt_ok.val() & self.free.val() {
                if self.aw_off.val() == 1 {
                    if self.key_ready.q.val()
                        & !self.decom.q.val()
                        & ((self.w_data.q.val() == 1) | (self.w_data.q.val() == 2))
                    {
                        self.cmd_go.next = true;
                        self.wr_ok.next = true;
                    }
                }
                if (self.aw_off.val() >= 16) & (self.aw_off.val() < 24) {
                    self.wr_ok.next = true;
                }
                if (self.aw_off.val() >= 160) & (self.aw_off.val() < 192) {
                    self.wr_ok.next = true;
                    self.gram.write_enable.next = true;
                }
                if self.aw_off.val() == 192 {
                    self.wr_ok.next = true;
                    self.present.d.next = self.w_data.q.val().get_bits::<8>(0);
                }
                if (self.aw_off.val() >= 256) & (self.aw_off.val() < 384) {
                    self.wr_ok.next = true;
                    self.gram.write_enable.next = true;
                }
            }
            if self.aw_off.val() == 1 {
                self.refused.d.next = !self.cmd_go.val();
            }
            if self.wr_ok.val() {
                self.bresp.d.next = 0.into();
                match self.aw_off.val().index() {
                    16 => {
                        self.nonce0.d.next = self.w_data.q.val();
                    }
                    17 => {
                        self.nonce1.d.next = self.w_data.q.val();
                    }
                    18 => {
                        self.nonce2.d.next = self.w_data.q.val();
                    }
                    19 => {
                        self.nonce3.d.next = self.w_data.q.val();
                    }
                    20 => {
                        self.nonce4.d.next = self.w_data.q.val();
                    }
                    21 => {
                        self.nonce5.d.next = self.w_data.q.val();
                    }
                    22 => {
                        self.nonce6.d.next = self.w_data.q.val();
                    }
                    23 => {
                        self.nonce7.d.next = self.w_data.q.val();
                    }
                    _ => {}
                }
            } else {
                self.bresp.d.next = 2.into();
            }
        }

        // ---- host reads: taken when none is pending, answered two edges later
        self.ar_in_off.next = self.axi.araddr.val().get_bits::<7>(2);
        self.ar_in_m64.next = self.ar_in_off.val() - 64;
        self.rep.read_address.next = self.ar_in_m64.val();
        self.ar_off.next = self.ar_addr.q.val().get_bits::<9>(2);
        self.status_word.next = (bit_cast::<32, 4>(self.eng_status.q.val()) << 8)
            | (bit_cast::<32, 4>(self.verdict.q.val()) << 12);
        if self.key_ready.q.val() {
            self.status_word.next = self.status_word.val() | 1;
        }
        if (self.st.q.val() != SeqState::Idle) | self.pend_report.q.val() {
            self.status_word.next = self.status_word.val() | 2;
        }
        if self.decom.q.val() {
            self.status_word.next = self.status_word.val() | 4;
        }
        if self.report_valid.q.val() {
            self.status_word.next = self.status_word.val() | 8;
        }
        if self.verdict_valid.q.val() {
            self.status_word.next = self.status_word.val() | 16;
        }
        if self.refused.q.val() {
            self.status_word.next = self.status_word.val() | 32;
        }
        self.rd.next = 0.into();
        self.rd_ok.next = false;
        match self.ar_off.val().index() {
            0 => {
                self.rd.next = self.status_word.val();
                self.rd_ok.next = true;
            }
            2 => {
                self.rd.next = self.seq0.q.val();
                self.rd_ok.next = true;
            }
            3 => {
                self.rd.next = self.seq1.q.val();
                self.rd_ok.next = true;
            }
            4 => {
                self.rd.next = bit_cast::<32, 8>(self.revoked.q.val());
                self.rd_ok.next = true;
            }
            5 => {
                self.rd.next = bit_cast::<32, 8>(self.valid.q.val());
                self.rd_ok.next = true;
            }
            8 => {
                self.rd.next = self.dk0.q.val();
                self.rd_ok.next = true;
            }
            9 => {
                self.rd.next = self.dk1.q.val();
                self.rd_ok.next = true;
            }
            10 => {
                self.rd.next = self.dk2.q.val();
                self.rd_ok.next = true;
            }
            11 => {
                self.rd.next = self.dk3.q.val();
                self.rd_ok.next = true;
            }
            12 => {
                self.rd.next = self.dk4.q.val();
                self.rd_ok.next = true;
            }
            13 => {
                self.rd.next = self.dk5.q.val();
                self.rd_ok.next = true;
            }
            14 => {
                self.rd.next = self.dk6.q.val();
                self.rd_ok.next = true;
            }
            15 => {
                self.rd.next = self.dk7.q.val();
                self.rd_ok.next = true;
            }
            16 => {
                self.rd.next = self.nonce0.q.val();
                self.rd_ok.next = true;
            }
            17 => {
                self.rd.next = self.nonce1.q.val();
                self.rd_ok.next = true;
            }
            18 => {
                self.rd.next = self.nonce2.q.val();
                self.rd_ok.next = true;
            }
            19 => {
                self.rd.next = self.nonce3.q.val();
                self.rd_ok.next = true;
            }
            20 => {
                self.rd.next = self.nonce4.q.val();
                self.rd_ok.next = true;
            }
            21 => {
                self.rd.next = self.nonce5.q.val();
                self.rd_ok.next = true;
            }
            22 => {
                self.rd.next = self.nonce6.q.val();
                self.rd_ok.next = true;
            }
            23 => {
                self.rd.next = self.nonce7.q.val();
                self.rd_ok.next = true;
            }
            24 => {
                self.rd.next = self.dig0.val();
                self.rd_ok.next = true;
            }
            25 => {
                self.rd.next = self.dig1.val();
                self.rd_ok.next = true;
            }
            26 => {
                self.rd.next = self.dig2.val();
                self.rd_ok.next = true;
            }
            27 => {
                self.rd.next = self.dig3.val();
                self.rd_ok.next = true;
            }
            28 => {
                self.rd.next = self.dig4.val();
                self.rd_ok.next = true;
            }
            29 => {
                self.rd.next = self.dig5.val();
                self.rd_ok.next = true;
            }
            30 => {
                self.rd.next = self.dig6.val();
                self.rd_ok.next = true;
            }
            31 => {
                self.rd.next = self.dig7.val();
                self.rd_ok.next = true;
            }
            32 => {
                self.rd.next = self.config_word.val();
                self.rd_ok.next = true;
            }
            _ => {}
        }
        if ((self.ar_off.val() >= 64) & (self.ar_off.val() < 133))
            | ((self.ar_off.val() >= 136) & (self.ar_off.val() < 152))
        {
            self.rd_ok.next = true;
            if self.report_valid.q.val() {
                self.rd.next = self.rep.read_data.val();
            }
        }
        if (self.ar_off.val() >= 8) & (self.ar_off.val() < 16) & !self.key_ready.q.val() {
            self.rd.next = 0.into();
        }
        if self.ar_addr.q.val().get_bits::<2>(0) != 0 {
            self.rd_ok.next = false;
        }
        if !self.rd_ok.val() {
            self.rd.next = 0.into();
        }
        if self.rvalid.q.val() & self.axi.rready.val() {
            self.rvalid.d.next = false;
        }
        if self.axi.arvalid.val() & !self.r_pend.q.val() & !self.rvalid.q.val() {
            self.r_pend.d.next = true;
            self.ar_addr.d.next = self.axi.araddr.val();
        }
        if self.r_pend.q.val() {
            self.r_pend.d.next = false;
            self.rvalid.d.next = true;
            self.rdata.d.next = self.rd.val();
            if self.rd_ok.val() {
                self.rresp.d.next = 0.into();
            } else {
                self.rresp.d.next = 2.into();
            }
        }

        // ---- the sequencer
        match self.st.q.val() {
            SeqState::PuStart => {
                self.ed_cmd_start.next = true;
                self.ed_cmd_op.next = 1.into();
                self.st.d.next = SeqState::PuWait;
            }
            SeqState::PuWait => {
                if self.ed_done.val() & !self.ed_busy.val() {
                    self.eng_status.d.next = self.ed_status.val();
                    self.cnt.d.next = 0.into();
                    self.st.d.next = SeqState::PuKey;
                }
            }
            SeqState::PuKey => {
                // result word cnt-1 arrives; shift it in
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() != 0 {
                    self.dk0.d.next = self.dk1.q.val();
                    self.dk1.d.next = self.dk2.q.val();
                    self.dk2.d.next = self.dk3.q.val();
                    self.dk3.d.next = self.dk4.q.val();
                    self.dk4.d.next = self.dk5.q.val();
                    self.dk5.d.next = self.dk6.q.val();
                    self.dk6.d.next = self.dk7.q.val();
                    self.dk7.d.next = self.ed_res_data.val();
                }
                if self.cnt.q.val() == 8 {
                    self.key_ready.d.next = true;
                    self.st.d.next = SeqState::Idle;
                }
            }
            SeqState::Idle => {
                if self.cmd_go.val() {
                    if self.w_data.q.val() == 1 {
                        self.zero_nonce.d.next = false;
                        self.st.d.next = SeqState::AttSnap;
                    } else {
                        self.st.d.next = SeqState::GrSnap;
                    }
                } else if self.pend_report.q.val() {
                    self.pend_report.d.next = false;
                    if self.key_ready.q.val() & !self.decom.q.val() {
                        self.zero_nonce.d.next = true;
                        self.st.d.next = SeqState::AttSnap;
                    }
                }
            }
            SeqState::AttSnap => {
                self.snap_req.next = true;
                self.report_valid.d.next = false;
                self.seqn0.d.next = self.seq0.q.val() + 1;
                self.seqn1.d.next = self.seq1.q.val();
                if self.seq0.q.val().all() {
                    self.seqn1.d.next = self.seq1.q.val() + 1;
                }
                self.cnt.d.next = 0.into();
                self.st.d.next = SeqState::AttAsm;
            }
            SeqState::AttAsm => {
                // word cnt-1 to the buffer and the report RAM; `snap_addr`
                // shows cnt (loaded here for the next cycle)
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() != 69 {
                    self.snap_q.d.next = self.cnt.q.val() + 1;
                }
                if self.cnt.q.val() != 0 {
                    self.ed_buf_we.next = true;
                    self.ed_buf_waddr.next = self.prev9.val() + 16;
                    self.ed_buf_wdata.next = self.asm_word.val();
                    self.rep.write_enable.next = true;
                    self.rep.write_address.next = self.prev.val();
                    self.rep.write_data.next = self.asm_word.val();
                }
                if self.cnt.q.val() == 69 {
                    self.st.d.next = SeqState::AttSign;
                }
            }
            SeqState::AttSign => {
                self.ed_cmd_start.next = true;
                self.ed_cmd_op.next = 2.into();
                self.ed_msg_len.next = 276.into();
                self.st.d.next = SeqState::AttWait;
            }
            SeqState::AttWait => {
                if self.ed_done.val() & !self.ed_busy.val() {
                    self.eng_status.d.next = self.ed_status.val();
                    self.cnt.d.next = 0.into();
                    self.st.d.next = SeqState::AttSig;
                }
            }
            SeqState::AttSig => {
                // signature word cnt-1 to the report RAM
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() != 0 {
                    self.rep.write_enable.next = true;
                    self.rep.write_address.next = self.prev.val() + 72;
                    self.rep.write_data.next = self.ed_res_data.val();
                }
                if self.cnt.q.val() == 16 {
                    self.st.d.next = SeqState::AttFin;
                }
            }
            SeqState::AttFin => {
                self.seq0.d.next = self.seqn0.q.val();
                self.seq1.d.next = self.seqn1.q.val();
                self.report_valid.d.next = true;
                self.report_ready.next = true;
                self.st.d.next = SeqState::Idle;
            }
            SeqState::GrSnap => {
                self.snap_req.next = true;
                self.verdict_valid.d.next = false;
                self.valid.d.next = 0.into();
                self.g_bad_fmt.d.next = false;
                self.g_bad_dev.d.next = false;
                self.g_bad_boot.d.next = false;
                self.nver.d.next = 0.into();
                self.cnt.d.next = 0.into();
                // body word 0, a cycle ahead of its check; `snap_addr` 59
                // in GrBody's first cycle
                self.gram.read_address.next = 128.into();
                self.snap_q.d.next = 59.into();
                self.g_idx.d.next = 127.into();
                self.st.d.next = SeqState::GrBody;
            }
            SeqState::GrBody => {
                // body word cnt-1 is checked (in `g_word`, read from the RAM
                // two cycles ago); word cnt+1 is read. The host cannot write
                // the RAM while a grant is checked, so reading a cycle early
                // reads the same words.
                self.gram.read_address.next = self.cnt8.val() + 129;
                self.g_idx.d.next = self.cnt.q.val();
                // `snap_addr` 60 in the cycles after the first
                if self.cnt.q.val() != 32 {
                    self.snap_q.d.next = 60.into();
                }
                if self.cnt.q.val() == 1 {
                    self.lseq0.d.next = self.snap_data.val();
                }
                if self.cnt.q.val() == 2 {
                    self.lseq1.d.next = self.snap_data.val();
                }
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() != 0 {
                    match self.g_idx.q.val().index() {
                        0 => {
                            if self.g_word.q.val() != self.gdom0.val() {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        1 => {
                            if self.g_word.q.val() != self.gdom1.val() {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        2 => {
                            if self.g_word.q.val() != self.gdom2.val() {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        3 => {
                            if self.g_word.q.val() != self.gdom3.val() {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        4 => {
                            if (self.g_word.q.val().get_bits::<16>(0) != 1)
                                | (self.g_word.q.val().get_bits::<13>(19) != 0)
                            {
                                self.g_bad_fmt.d.next = true;
                            }
                            self.g_flags.d.next = self.g_word.q.val().get_bits::<3>(16);
                        }
                        5 => {
                            if self.g_word.q.val() != 128 {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        14 => {
                            self.gseq0.d.next = self.g_word.q.val();
                        }
                        15 => {
                            self.gseq1.d.next = self.g_word.q.val();
                            if (self.g_word.q.val() == 0) & (self.gseq0.q.val() == 0) {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        16 => {
                            if self.g_word.q.val() != self.be_lo.val() {
                                self.g_bad_boot.d.next = true;
                            }
                        }
                        17 => {
                            if self.g_word.q.val() != self.be_hi.val() {
                                self.g_bad_boot.d.next = true;
                            }
                        }
                        23 => {
                            if self.g_word.q.val() != 0 {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        25 => {
                            if self.g_word.q.val() == 0 {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        26 => {
                            if (self.g_word.q.val().get_bits::<16>(0) > 256)
                                | (self.g_word.q.val().get_bits::<16>(16) > 256)
                            {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        30 => {
                            if self.g_word.q.val() != 0 {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        31 => {
                            self.g_revoke.d.next = self.g_word.q.val().get_bits::<3>(0);
                            if self.g_word.q.val().get_bits::<29>(3) != 0 {
                                self.g_bad_fmt.d.next = true;
                            }
                            if !self.g_flags.q.val().get_bit(1)
                                & (self.g_word.q.val().get_bits::<3>(0) != 0)
                            {
                                self.g_bad_fmt.d.next = true;
                            }
                        }
                        _ => {}
                    }
                    if (self.g_idx.q.val() >= 6) & (self.g_idx.q.val() < 14) {
                        if self.g_word.q.val() != self.dk_sel.val() {
                            self.g_bad_dev.d.next = true;
                        }
                    }
                }
                if self.cnt.q.val() == 32 {
                    self.st.d.next = SeqState::GrEval;
                }
            }
            SeqState::GrEval => {
                self.slot.d.next = 0.into();
                self.st.d.next = SeqState::GrSlot;
                if self.g_bad_fmt.q.val() | ((self.present.q.val() & !self.slot_mask.val()) != 0) {
                    self.verdict.d.next = 1.into();
                    self.st.d.next = SeqState::GrDone;
                } else if self.g_bad_dev.q.val() {
                    self.verdict.d.next = 2.into();
                    self.st.d.next = SeqState::GrDone;
                } else if self.g_bad_boot.q.val() {
                    self.verdict.d.next = 3.into();
                    self.st.d.next = SeqState::GrDone;
                } else if self.replay.val() {
                    self.verdict.d.next = 4.into();
                    self.st.d.next = SeqState::GrDone;
                }
            }
            SeqState::GrSlot => {
                if self.live.val().get_bit(self.slot.q.val().index()) {
                    self.cnt.d.next = 0.into();
                    self.st.d.next = SeqState::GrLoad;
                } else if self.slot.q.val() == 7 {
                    self.st.d.next = SeqState::GrCount;
                } else {
                    self.slot.d.next = self.slot.q.val() + 1;
                }
            }
            SeqState::GrLoad => {
                // index cnt read, index cnt-1 written
                // (R 0..8, A 8..16 from the ROM, body 16..48, S 48..56)
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() < 8 {
                    self.gram.read_address.next = self.slot16.val() + self.cnt8.val();
                } else if self.cnt.q.val() < 16 {
                    self.keyrom.address.next = (bit_cast::<6, 3>(self.slot.q.val()) << 3)
                        | bit_cast::<6, 3>(self.cnt.q.val().get_bits::<3>(0));
                } else if self.cnt.q.val() < 48 {
                    self.gram.read_address.next = self.cnt8.val() + 112;
                } else {
                    self.gram.read_address.next = self.slot16.val() + self.cnt8.val() - 40;
                }
                if self.cnt.q.val() != 0 {
                    self.ed_buf_we.next = true;
                    self.ed_buf_wdata.next = self.gd.val();
                    if (self.prev.val() >= 8) & (self.prev.val() < 16) {
                        self.ed_buf_wdata.next = self.keyrom.data.val();
                    }
                    self.ed_buf_waddr.next = self.prev9.val();
                    if self.prev.val() >= 48 {
                        self.ed_buf_waddr.next = self.prev9.val() + 224;
                    }
                }
                if self.cnt.q.val() == 56 {
                    self.st.d.next = SeqState::GrVerifyStart;
                }
            }
            SeqState::GrVerifyStart => {
                self.ed_cmd_start.next = true;
                self.ed_cmd_op.next = 3.into();
                self.ed_msg_len.next = 128.into();
                self.st.d.next = SeqState::GrVerifyWait;
            }
            SeqState::GrVerifyWait => {
                if self.ed_done.val() & !self.ed_busy.val() {
                    self.eng_status.d.next = self.ed_status.val();
                    if self.ed_status.val() != 0 {
                        self.verdict.d.next = 5.into();
                        self.valid.d.next = 0.into();
                        self.st.d.next = SeqState::GrDone;
                    } else {
                        self.valid.d.next = self
                            .valid
                            .q
                            .val()
                            .replace_bit(self.slot.q.val().index(), true);
                        self.nver.d.next = self.nver.q.val() + 1;
                        if self.slot.q.val() == 7 {
                            self.st.d.next = SeqState::GrCount;
                        } else {
                            self.slot.d.next = self.slot.q.val() + 1;
                            self.st.d.next = SeqState::GrSlot;
                        }
                    }
                }
            }
            SeqState::GrCount => {
                if self.nver.q.val() < self.threshold.val() {
                    self.verdict.d.next = 6.into();
                    self.st.d.next = SeqState::GrDone;
                } else {
                    self.cnt.d.next = 0.into();
                    self.st.d.next = SeqState::GrApply;
                }
            }
            SeqState::GrApply => {
                // body word cnt-1 to the fuse core
                self.gram.read_address.next = self.cnt8.val() + 128;
                self.cnt.d.next = self.cnt.q.val() + 1;
                if self.cnt.q.val() != 0 {
                    self.grant_we.next = true;
                    self.grant_addr.next = self.prev.val().get_bits::<5>(0);
                }
                if self.cnt.q.val() == 32 {
                    self.st.d.next = SeqState::GrCommit;
                    self.at_commit.d.next = true;
                }
            }
            SeqState::GrCommit => {
                // the expiry is judged against the device epoch
                // of this very cycle (the fuse core refuses the same
                // grant_apply on the same bit), so a grant that expired
                // while its signatures were verified changes nothing.
                // (`grant_apply` is raised below, from `at_commit`.)
                if self.grant_expired.val() {
                    self.verdict.d.next = 7.into();
                } else {
                    self.verdict.d.next = 0.into();
                }
                if self.g_flags.q.val().get_bit(1) & !self.grant_expired.val() {
                    self.revoked.d.next = self
                        .revoked
                        .q
                        .val()
                        .replace_bit(self.g_revoke.q.val().index(), true);
                }
                if self.g_flags.q.val().get_bit(2) & !self.grant_expired.val() {
                    self.decom.d.next = true;
                    self.key_ready.d.next = false;
                    self.dk0.d.next = 0.into();
                    self.dk1.d.next = 0.into();
                    self.dk2.d.next = 0.into();
                    self.dk3.d.next = 0.into();
                    self.dk4.d.next = 0.into();
                    self.dk5.d.next = 0.into();
                    self.dk6.d.next = 0.into();
                    self.dk7.d.next = 0.into();
                }
                self.st.d.next = SeqState::GrDone;
            }
            SeqState::GrDone => {
                self.grant_done.next = true;
                self.verdict_valid.d.next = true;
                self.st.d.next = SeqState::Idle;
            }
        }
        self.grant_apply.next = self.at_commit.q.val() & !self.grant_expired.val();
        // after every assignment of `cnt`'s next value
        self.cnt_m1.d.next = self.cnt.d.val() - 1;
        // A threshold report arriving now is served when the sequencer is
        // next idle (never after decommissioning).
        if self.report_due.val() & !self.decom.q.val() {
            self.pend_report.d.next = true;
        }
    }
}
