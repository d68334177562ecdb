//! The card glue model (`capfuse_sim::card::glue::CardGlue`) against the
//! rust-hdl router and `CryptoCtl` it models, cycle by cycle, inside a card
//! made of the fuse core's model and a fast stand-in Ed25519 engine (real
//! Ed25519 through ed25519-dalek, 40 cycles a command, so the tests run in
//! seconds); and the glue with the real engine model for the cycle counts.
//!
//! Every cycle the glue's outputs (the fuse core's inputs, the engine's
//! inputs, the card's pins) must equal the RTL's, but for `grant_wdata`
//! while `grant_we` is low: CryptoCtl drives the grant RAM's read data
//! there in every cycle, and the port's contract is that the word counts
//! only with `grant_we` (the glue does not model which word the RAM reads
//! in the other states' idle cycles). The flows check results
//! too: the device key, a report that verifies with the device key, grant
//! verdicts in the reference model's order.

use capfuse_abi::crypto::{self, cmd, status};
use capfuse_abi::formats::{
    grant_flag, grant_verdict, Grant, GrantBody, Limits, Report, SlotSignature,
};
use capfuse_abi::{reg, resp, FuseParams};
use capfuse_hdl::axi::AxiLiteMaster;
use capfuse_hdl::card::crypto_ctl::SeqState;
use capfuse_hdl::card::{AuthorityRom, CryptoCtl, Router};
use capfuse_sim::bus::AxiMaster;
use capfuse_sim::card::glue::{CardGlue, GlueOut};
use capfuse_sim::ed25519::{EdEngine, EdModel, EdPinsIn, EdPinsOut};
use capfuse_sim::engine::{Engine, PinsIn, PinsOut};
use capfuse_sim::grant::GrantPolicy;
use capfuse_sim::model::Model;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use rust_hdl::core::prelude::*;
use rust_hdl::core::simulate::simulate;

/// A stand-in engine: same ports and handshake, results from dalek after
/// 40 cycles.
struct FastEd {
    buf: [u32; 512],
    busy: bool,
    done: bool,
    status: u8,
    res: [u32; 16],
    res_data: u32,
    left: u32,
    op: u8,
    len: u16,
    seed: [u8; 32],
}

impl FastEd {
    fn new() -> Self {
        FastEd {
            buf: [0; 512],
            busy: false,
            done: false,
            status: 0,
            res: [0; 16],
            res_data: 0,
            left: 0,
            op: 0,
            len: 0,
            seed: [0; 32],
        }
    }
    fn bytes(&self, word: usize, n: usize) -> Vec<u8> {
        self.buf[word..]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .take(n)
            .collect()
    }
    fn finish(&mut self) {
        self.res = [0; 16];
        self.status = 0;
        let put = |res: &mut [u32; 16], b: &[u8]| {
            for (i, c) in b.chunks(4).enumerate() {
                res[i] = u32::from_le_bytes(c.try_into().unwrap());
            }
        };
        let key = SigningKey::from_bytes(&self.seed);
        match self.op {
            1 => put(&mut self.res, key.verifying_key().as_bytes()),
            2 => {
                let msg = self.bytes(16, self.len as usize);
                put(&mut self.res, &key.sign(&msg).to_bytes());
            }
            3 => {
                let msg = self.bytes(16, self.len as usize);
                let a: [u8; 32] = self.bytes(8, 32).try_into().unwrap();
                let mut sig = self.bytes(0, 32);
                sig.extend(self.bytes(272, 32));
                let sig = ed25519_dalek::Signature::from_bytes(&sig.try_into().unwrap());
                let ok = VerifyingKey::from_bytes(&a)
                    .map(|k| k.verify_strict(&msg, &sig).is_ok())
                    .unwrap_or(false);
                self.status = if ok { 0 } else { 6 };
            }
            _ => self.status = 9,
        }
    }
}

impl EdEngine for FastEd {
    fn kind(&self) -> capfuse_sim::EngineKind {
        capfuse_sim::EngineKind::Model
    }
    fn outputs(&self) -> EdPinsOut {
        EdPinsOut {
            busy: self.busy,
            done: self.done,
            status: self.status,
            res_data: self.res_data,
            pc: 0,
        }
    }
    fn step(&mut self, i: &EdPinsIn) {
        self.res_data = if self.busy {
            0
        } else {
            self.res[(i.res_addr & 15) as usize]
        };
        self.seed = i.seed;
        if !self.busy {
            if i.buf_we {
                self.buf[(i.buf_waddr & 511) as usize] = i.buf_wdata;
            }
            if i.cmd_start {
                self.busy = true;
                self.done = false;
                self.status = 0;
                self.left = 40;
                self.op = i.cmd_op;
                self.len = i.msg_len;
            }
        } else {
            self.left -= 1;
            if self.left == 0 {
                self.finish();
                self.busy = false;
                self.done = true;
            }
        }
    }
}

/// The rust-hdl router and CryptoCtl, stepped directly.
struct GlueRtl {
    router: Box<Router>,
    ctl: Box<CryptoCtl>,
    seed: Option<[u8; 32]>,
}

fn b<const N: usize>(x: u64) -> Bits<N> {
    x.into()
}

impl GlueRtl {
    fn new(rom: &AuthorityRom) -> Self {
        let mut router = Box::new(Router::new());
        router.connect_all();
        let mut ctl = Box::new(CryptoCtl::new(rom));
        ctl.connect_all();
        let mut g = GlueRtl {
            router,
            ctl,
            seed: None,
        };
        g.settle();
        g
    }
    fn settle(&mut self) {
        assert!(simulate(self.router.as_mut(), 100));
        assert!(simulate(self.ctl.as_mut(), 100));
    }
    /// Drives the inputs of the cycle and returns the glue's outputs.
    fn drive(
        &mut self,
        host: &PinsIn,
        fo: &PinsOut,
        eo: &EdPinsOut,
        seed: &[u8; 32],
        boot_epoch: u64,
    ) -> GlueOut {
        let (r, c) = (self.router.as_mut(), self.ctl.as_mut());
        r.host.awvalid.next = host.awvalid;
        r.host.awaddr.next = b(u64::from(host.awaddr & 0xfff));
        r.host.wvalid.next = host.wvalid;
        r.host.wdata.next = b(u64::from(host.wdata));
        r.host.wstrb.next = b(u64::from(host.wstrb & 0xf));
        r.host.bready.next = host.bready;
        r.host.arvalid.next = host.arvalid;
        r.host.araddr.next = b(u64::from(host.araddr & 0xfff));
        r.host.rready.next = host.rready;
        r.fuse.awready.next = fo.awready;
        r.fuse.wready.next = fo.wready;
        r.fuse.bvalid.next = fo.bvalid;
        r.fuse.bresp.next = b(u64::from(fo.bresp));
        r.fuse.arready.next = fo.arready;
        r.fuse.rvalid.next = fo.rvalid;
        r.fuse.rdata.next = b(u64::from(fo.rdata));
        r.fuse.rresp.next = b(u64::from(fo.rresp));
        AxiLiteMaster::join(&mut r.ctl, &mut c.axi);
        c.boot_epoch.next = b(boot_epoch);
        if self.seed != Some(*seed) {
            let mut v: Bits<256> = 0.into();
            for (k, chunk) in seed.chunks(4).enumerate() {
                let w: Bits<256> = u64::from(u32::from_le_bytes(chunk.try_into().unwrap())).into();
                v = v | (w << (32 * k as u64));
            }
            c.seed.next = v;
            self.seed = Some(*seed);
        }
        c.ed_res_data.next = b(u64::from(eo.res_data));
        c.ed_busy.next = eo.busy;
        c.ed_done.next = eo.done;
        c.ed_status.next = b(u64::from(eo.status));
        c.snap_data.next = b(u64::from(fo.snap_data));
        c.report_due.next = fo.report_due;
        c.grant_expired.next = fo.grant_expired;
        self.settle();
        let (r, c) = (&self.router, &self.ctl);
        let ed_seed = c.ed_seed.val();
        let mut seed_out = [0u8; 32];
        for k in 0..8 {
            let w = ed_seed.get_bits::<32>(32 * k).index() as u32;
            seed_out[4 * k..4 * k + 4].copy_from_slice(&w.to_le_bytes());
        }
        GlueOut {
            fuse_in: PinsIn {
                work_units: host.work_units,
                kill: host.kill,
                awvalid: r.fuse.awvalid.val(),
                awaddr: r.fuse.awaddr.val().index() as u16,
                wvalid: r.fuse.wvalid.val(),
                wdata: r.fuse.wdata.val().index() as u32,
                wstrb: r.fuse.wstrb.val().index() as u8,
                bready: r.fuse.bready.val(),
                arvalid: r.fuse.arvalid.val(),
                araddr: r.fuse.araddr.val().index() as u16,
                rready: r.fuse.rready.val(),
                snap_req: c.snap_req.val(),
                snap_addr: c.snap_addr.val().index() as u8,
                grant_we: c.grant_we.val(),
                grant_addr: c.grant_addr.val().index() as u8,
                grant_wdata: c.grant_wdata.val().index() as u32,
                grant_apply: c.grant_apply.val(),
                report_ready: c.report_ready.val(),
                grant_done: c.grant_done.val(),
            },
            ed_in: EdPinsIn {
                seed: seed_out,
                cmd_start: c.ed_cmd_start.val(),
                cmd_op: c.ed_cmd_op.val().index() as u8,
                msg_len: c.ed_msg_len.val().index() as u16,
                buf_we: c.ed_buf_we.val(),
                buf_waddr: c.ed_buf_waddr.val().index() as u16,
                buf_wdata: c.ed_buf_wdata.val().index() as u32,
                res_addr: c.ed_res_addr.val().index() as u8,
            },
            host_out: PinsOut {
                accel_clk_en: fo.accel_clk_en,
                irq: fo.irq,
                awready: r.host.awready.val(),
                wready: r.host.wready.val(),
                bvalid: r.host.bvalid.val(),
                bresp: r.host.bresp.val().index() as u8,
                arready: r.host.arready.val(),
                rvalid: r.host.rvalid.val(),
                rdata: r.host.rdata.val().index() as u32,
                rresp: r.host.rresp.val().index() as u8,
                ..PinsOut::default()
            },
        }
    }
    fn edge(&mut self) {
        self.router.clock.next = Clock { clk: true };
        self.ctl.clock.next = Clock { clk: true };
        self.settle();
        self.router.clock.next = Clock { clk: false };
        self.ctl.clock.next = Clock { clk: false };
        self.settle();
    }
}

/// A card: the fuse model, an engine, the glue model and (optionally) the
/// RTL glue compared with it every cycle.
struct Card<E: EdEngine> {
    fuse: Model,
    ed: E,
    glue: CardGlue,
    rtl: Option<GlueRtl>,
    bus: AxiMaster,
    host: PinsIn,
    seed: [u8; 32],
    boot_epoch: u64,
    cycle: u64,
    /// Cycles spent in each sequencer state.
    in_state: [u64; 32],
    /// The reference grant check (`sim/src/grant.rs`) each submitted grant
    /// is also judged by, once the device key is known.
    reference: Option<(GrantPolicy, EdModel)>,
    params: FuseParams,
    /// The cycle of the last GR_COMMIT (the grant's apply-or-expire cycle).
    commit_cycle: Option<u64>,
}

impl<E: EdEngine> Card<E> {
    fn new(ed: E, keys: &[[u8; 32]], k: u8, rtl: bool) -> Self {
        Self::with_params(ed, keys, k, rtl, FuseParams::DEFAULT)
    }

    fn with_params(ed: E, keys: &[[u8; 32]], k: u8, rtl: bool, params: FuseParams) -> Self {
        Card {
            fuse: Model::new(params),
            ed,
            glue: CardGlue::new(keys, k).unwrap(),
            rtl: rtl.then(|| GlueRtl::new(&AuthorityRom::new(keys, k).unwrap())),
            bus: AxiMaster::new(),
            host: PinsIn::default(),
            seed: [7; 32],
            boot_epoch: 5,
            cycle: 0,
            in_state: [0; 32],
            reference: None,
            params,
            commit_cycle: None,
        }
    }

    /// `g` as the fuse core's grant port takes it: the body word only with
    /// `grant_we`.
    fn as_taken(mut g: GlueOut) -> GlueOut {
        if !g.fuse_in.grant_we {
            g.fuse_in.grant_wdata = 0;
        }
        g
    }

    fn clock(&mut self) {
        let fo = self.fuse.outputs();
        let eo = self.ed.outputs();
        // Outputs do not depend on this cycle's inputs: the master decides
        // its inputs from them.
        let out = self
            .glue
            .eval(&self.host, &fo, &eo, &self.seed, self.boot_epoch)
            .host_out;
        self.bus.observe(&out);
        let mut host = self.host;
        self.bus.drive(&mut host);
        let g = self.glue.eval(&host, &fo, &eo, &self.seed, self.boot_epoch);
        assert_eq!(g.host_out, out);
        if let Some(rtl) = self.rtl.as_mut() {
            let r = rtl.drive(&host, &fo, &eo, &self.seed, self.boot_epoch);
            assert_eq!(
                Self::as_taken(r),
                Self::as_taken(g),
                "cycle {}: RTL (left) and glue model (right) differ; glue state {:?}",
                self.cycle,
                self.glue.state()
            );
            rtl.edge();
        }
        if self.glue.state() == SeqState::GrCommit {
            // The fuse core's cycle counter equals `self.cycle`.
            self.commit_cycle = Some(self.cycle);
        }
        self.fuse.step(&g.fuse_in);
        self.ed.step(&g.ed_in);
        self.glue.step(&host, &fo, &eo, &self.seed, self.boot_epoch);
        self.host = host;
        self.in_state[self.glue.state() as usize] += 1;
        self.cycle += 1;
    }

    fn until(&mut self, limit: u64, mut cond: impl FnMut(&Self) -> bool) -> u64 {
        let start = self.cycle;
        while !cond(self) {
            assert!(self.cycle - start < limit, "timed out after {limit} cycles");
            self.clock();
        }
        self.cycle - start
    }

    fn txn(&mut self, write: Option<(u16, u32)>, addr: u16) -> (u32, u8) {
        let c = self.txn_full(write, addr);
        (c.data, c.resp)
    }
    fn txn_full(&mut self, write: Option<(u16, u32)>, addr: u16) -> capfuse_sim::bus::Completion {
        match write {
            Some((a, d)) => {
                self.bus.write(a, d, 0xf);
            }
            None => {
                self.bus.read(addr);
            }
        }
        loop {
            self.clock();
            if let Some(c) = self.bus.take_completed().pop() {
                return c;
            }
            assert!(self.cycle < 50_000_000);
        }
    }
    fn write(&mut self, addr: u16, data: u32) -> u8 {
        self.txn(Some((addr, data)), 0).1
    }
    fn read(&mut self, addr: u16) -> (u32, u8) {
        self.txn(None, addr)
    }
    fn read_ok(&mut self, addr: u16) -> u32 {
        let (d, r) = self.read(addr);
        assert_eq!(r, resp::OKAY, "read of {addr:#x}");
        d
    }
    fn read_bytes(&mut self, base: u16, words: usize) -> Vec<u8> {
        (0..words)
            .flat_map(|i| self.read_ok(base + 4 * i as u16).to_le_bytes())
            .collect()
    }
    fn wait_idle(&mut self) -> u64 {
        self.until(5_000_000, |c| c.glue.state() == SeqState::Idle)
    }
    fn submit(&mut self, grant: &Grant) -> (u8, u32) {
        self.submit_with(grant, 0)
    }
    fn submit_with(&mut self, grant: &Grant, extra_present: u32) -> (u8, u32) {
        self.submit_at(grant, extra_present, None)
    }
    /// Loads the grant, then (when `cmd_at` is given) idles until that
    /// cycle before writing CRYPTO_CMD.
    fn submit_at(&mut self, grant: &Grant, extra_present: u32, cmd_at: Option<u64>) -> (u8, u32) {
        self.commit_cycle = None;
        let body = grant.body.to_bytes();
        for (i, c) in body.chunks(4).enumerate() {
            let w = u32::from_le_bytes(c.try_into().unwrap());
            assert_eq!(
                self.write(crypto::GRANT_BODY_0 + 4 * i as u16, w),
                resp::OKAY
            );
        }
        let mut present = extra_present;
        for s in &grant.signatures {
            present |= 1 << s.slot;
            for (j, c) in s.signature.chunks(4).enumerate() {
                let w = u32::from_le_bytes(c.try_into().unwrap());
                assert_eq!(
                    self.write(crypto::grant_sig(s.slot as usize, j), w),
                    resp::OKAY
                );
            }
        }
        assert_eq!(self.write(crypto::GRANT_SIG_PRESENT, present), resp::OKAY);
        if let Some(at) = cmd_at {
            assert!(self.cycle <= at, "loading took until cycle {}", self.cycle);
            self.until(u64::MAX, |c| c.cycle >= at);
        }
        assert_eq!(self.write(crypto::CRYPTO_CMD, cmd::APPLY_GRANT), resp::OKAY);
        self.wait_idle();
        let s = self.read_ok(crypto::CRYPTO_STATUS);
        assert!(s & status::VERDICT_VALID != 0);
        let got = (status::verdict(s), self.read_ok(crypto::GRANT_VALID_SLOTS));
        let commit_epoch = self.commit_cycle.map(|c| self.params.device_epoch(c));
        if let (Some((policy, ed)), 0) = (self.reference.as_mut(), extra_present) {
            // Expiry is judged at the apply cycle (no commit: an earlier
            // verdict, and the epoch does not matter).
            policy.device_epoch = commit_epoch.unwrap_or(0);
            let v = policy.check_and_apply(ed, &grant.to_bytes()).unwrap();
            let mask = v.valid_slots.iter().fold(0u32, |m, s| m | 1 << s);
            assert_eq!(
                got,
                (v.code, mask),
                "card (left) and the reference grant check"
            );
        }
        got
    }
}

fn authority(i: u8) -> SigningKey {
    SigningKey::from_bytes(&[0x40 + i; 32])
}

fn keys(n: u8) -> Vec<[u8; 32]> {
    (0..n)
        .map(|i| authority(i).verifying_key().to_bytes())
        .collect()
}

fn body(device_key: [u8; 32], seq: u64, boot_epoch: u64) -> GrantBody {
    GrantBody {
        flags: grant_flag::CLEAR_TRIP,
        device_key,
        seq,
        boot_epoch,
        expiry_epoch: 1000,
        limits: Limits {
            cum_budget: 1 << 40,
            window_budget: 1000,
            window_len: 100,
            baseline_ratio: 256,
            trip_ratio: 0,
            report_threshold: (1 << 96) - 1,
        },
        revoke_slot: 0,
    }
}

fn sign(body: &GrantBody, slots: &[u8]) -> Grant {
    let msg = body.to_bytes();
    Grant {
        body: body.clone(),
        signatures: slots
            .iter()
            .map(|&s| SlotSignature {
                slot: s,
                signature: authority(s).sign(&msg).to_bytes(),
            })
            .collect(),
    }
}

/// Power-up, attest, grants (applied and refused for every reason in the
/// reference model's order), revocation and decommission, with the RTL
/// compared to the glue model every cycle.
#[test]
fn glue_model_matches_the_rtl_through_every_sequence() {
    let ks = keys(3);
    let mut card = Card::new(FastEd::new(), &ks, 2, true);
    let power_up = card.wait_idle();
    let device = SigningKey::from_bytes(&card.seed).verifying_key();
    let dk = card.read_bytes(crypto::DEVICE_KEY_0, 8);
    assert_eq!(dk, device.to_bytes());
    let s = card.read_ok(crypto::CRYPTO_STATUS);
    assert_eq!(s & (status::KEY_READY | status::BUSY), status::KEY_READY);
    assert_eq!(
        card.read_ok(crypto::AUTHORITY_CONFIG),
        3 | (2 << 4),
        "n and k"
    );
    let digest = card.read_bytes(crypto::AUTHORITY_DIGEST_0, 8);
    assert_eq!(digest, capfuse_abi::formats::authority_digest(&ks, 2));
    // Latencies through the router (handshake to response, in cycles).
    let id = card.txn_full(None, reg::ID);
    let cs = card.txn_full(None, crypto::CRYPTO_STATUS);
    let wf = card.txn_full(Some((reg::INTR_ENABLE, 0)), 0);
    let wc = card.txn_full(Some((crypto::NONCE_0, 0)), 0);
    assert_eq!(id.resp, resp::OKAY);
    assert_eq!(id.data, capfuse_abi::FUSE_ID);
    assert_eq!(
        (id.completed - id.accepted, cs.completed - cs.accepted),
        (4, 4),
        "read latencies"
    );
    println!(
        "latency, handshake to response: read fuse core {}, read crypto {}, write fuse core {}, \
         write crypto {}",
        id.completed - id.accepted,
        cs.completed - cs.accepted,
        wf.completed - wf.accepted,
        wc.completed - wc.accepted
    );
    // Refusals: a read-only write, an unknown command, a write-only read.
    assert_eq!(card.write(crypto::CRYPTO_STATUS, 0), resp::SLVERR);
    assert_eq!(card.write(crypto::CRYPTO_CMD, 3), resp::SLVERR);
    assert!(card.read_ok(crypto::CRYPTO_STATUS) & status::REFUSED != 0);
    assert_eq!(card.read(crypto::GRANT_BODY_0).1, resp::SLVERR);
    assert_eq!(card.read(0x884).1, resp::SLVERR);

    // Attest with a nonce.
    for i in 0..8u16 {
        assert_eq!(
            card.write(crypto::NONCE_0 + 4 * i, 0x1111_1111 * u32::from(i)),
            resp::OKAY
        );
    }
    assert_eq!(card.write(crypto::CRYPTO_CMD, cmd::ATTEST), resp::OKAY);
    let attest = card.wait_idle();
    let s = card.read_ok(crypto::CRYPTO_STATUS);
    assert!(s & status::REPORT_VALID != 0 && s & status::REFUSED == 0);
    let report = card.read_bytes(crypto::REPORT_0, crypto::REPORT_WORDS);
    let sig = card.read_bytes(crypto::SIGNATURE_0, crypto::SIGNATURE_WORDS);
    device
        .verify_strict(
            &report,
            &ed25519_dalek::Signature::from_bytes(&sig.clone().try_into().unwrap()),
        )
        .expect("the report verifies with the device key");
    let rep = Report::from_bytes(&report).expect("a well-formed report");
    assert_eq!(rep.seq, 1);
    assert_eq!(rep.boot_epoch, 5);
    assert_eq!(rep.device_key, device.to_bytes());
    assert_eq!(rep.nonce[4..8], [0x11; 4]);
    assert_eq!(
        rep.authority_digest,
        capfuse_abi::formats::authority_digest(&ks, 2)
    );
    assert_eq!(card.read_ok(crypto::REPORT_SEQ_0), 1);

    // Grants, in the reference model's order of checks, each also judged
    // by the reference model.
    let dkb = device.to_bytes();
    card.reference = Some((
        GrantPolicy {
            authority_keys: ks.clone(),
            threshold: 2,
            revoked: [false; 8],
            device_key: dkb,
            boot_epoch: 5,
            last_seq: 0,
            device_epoch: 0,
        },
        EdModel::new(),
    ));
    let good = body(dkb, 1, 5);
    let mut bad = good.clone();
    bad.limits.window_len = 0;
    assert_eq!(
        card.submit(&sign(&bad, &[0, 1])).0,
        grant_verdict::MALFORMED
    );
    assert_eq!(
        card.submit(&sign(&body([9; 32], 1, 5), &[0, 1])).0,
        grant_verdict::WRONG_DEVICE
    );
    assert_eq!(
        card.submit(&sign(&body(dkb, 1, 6), &[0, 1])).0,
        grant_verdict::WRONG_BOOT
    );
    let mut forged = sign(&good, &[0, 1]);
    forged.signatures[1].signature[3] ^= 1;
    assert_eq!(card.submit(&forged), (grant_verdict::BAD_SIGNATURE, 0));
    assert_eq!(
        card.submit(&sign(&good, &[2])),
        (grant_verdict::TOO_FEW_SIGNERS, 0b100)
    );
    let t0 = card.cycle;
    assert_eq!(
        card.submit(&sign(&good, &[0, 2])),
        (grant_verdict::APPLIED, 0b101)
    );
    let grant_cycles = card.cycle - t0;
    assert_eq!(
        card.read_ok(reg::LAST_GRANT_SEQ_0),
        1,
        "the fuse core took the grant"
    );
    assert_eq!(card.submit(&sign(&good, &[0, 2])).0, grant_verdict::REPLAY);
    // A present bit for a slot beyond n is malformed.
    assert_eq!(
        card.submit_with(&sign(&body(dkb, 2, 5), &[0, 1]), 1 << 3).0,
        grant_verdict::MALFORMED
    );

    // Revoke slot 1; then slot 1's signature no longer counts.
    let mut rv = body(dkb, 3, 5);
    rv.flags |= grant_flag::REVOKE_SLOT;
    rv.revoke_slot = 1;
    assert_eq!(card.submit(&sign(&rv, &[0, 1])).0, grant_verdict::APPLIED);
    assert_eq!(card.read_ok(crypto::REVOKED_SLOTS), 0b010);
    assert_eq!(
        card.submit(&sign(&body(dkb, 4, 5), &[0, 1])),
        (grant_verdict::TOO_FEW_SIGNERS, 0b001)
    );

    // Decommission: key cleared, every later command refused.
    let mut dc = body(dkb, 5, 5);
    dc.flags |= grant_flag::DECOMMISSION;
    assert_eq!(card.submit(&sign(&dc, &[0, 2])).0, grant_verdict::APPLIED);
    let s = card.read_ok(crypto::CRYPTO_STATUS);
    assert!(s & status::DECOMMISSIONED != 0 && s & status::KEY_READY == 0);
    assert_eq!(card.read_bytes(crypto::DEVICE_KEY_0, 8), [0; 32]);
    assert_eq!(card.write(crypto::CRYPTO_CMD, cmd::ATTEST), resp::SLVERR);
    println!(
        "fast engine (40 cycles a command): power-up {power_up}, attest {attest}, \
         applied 2-signature grant with its bus writes {grant_cycles} cycles"
    );
}

/// The card model with the real engine model: cycle counts of power-up,
/// attest and a grant check.
#[test]
fn sequences_with_the_engine_model() {
    let ks = keys(2);
    let mut card = Card::new(EdModel::new(), &ks, 1, false);
    let power_up = card.wait_idle();
    assert_eq!(card.in_state[SeqState::PuWait as usize], 433_660, "PUBKEY");
    assert_eq!(power_up, 1 + 433_660 + 9);
    let device = SigningKey::from_bytes(&card.seed).verifying_key();
    assert_eq!(card.read_bytes(crypto::DEVICE_KEY_0, 8), device.to_bytes());
    assert_eq!(card.write(crypto::CRYPTO_CMD, cmd::ATTEST), resp::OKAY);
    let t = card.cycle;
    card.wait_idle();
    let attest = card.cycle - t;
    let sign_cycles = card.in_state[SeqState::AttWait as usize];
    let attest_seq: u64 = (SeqState::AttSnap as usize..=SeqState::AttFin as usize)
        .map(|s| card.in_state[s])
        .sum();
    assert_eq!(attest_seq, 1 + 70 + 1 + sign_cycles + 17 + 1);
    let report = card.read_bytes(crypto::REPORT_0, crypto::REPORT_WORDS);
    let sig = card.read_bytes(crypto::SIGNATURE_0, crypto::SIGNATURE_WORDS);
    device
        .verify_strict(
            &report,
            &ed25519_dalek::Signature::from_bytes(&sig.try_into().unwrap()),
        )
        .unwrap();
    let g = sign(&body(device.to_bytes(), 1, 5), &[0, 1]);
    let t = card.cycle;
    assert_eq!(card.submit(&g), (grant_verdict::APPLIED, 0b11));
    let grant = card.cycle - t;
    let verify = card.in_state[SeqState::GrVerifyWait as usize];
    let grant_seq: u64 = (SeqState::GrSnap as usize..=SeqState::GrDone as usize)
        .map(|s| card.in_state[s])
        .sum();
    // Slots 0 and 1 live: 2 GR_SLOT visits for them, 6 skipped slots (2..8).
    assert_eq!(
        grant_seq,
        1 + 33 + 1 + 2 * (1 + 57 + 1) + verify + 6 + 1 + 33 + 1 + 1
    );
    println!(
        "sequences: power-up {power_up} (PUBKEY 433,660 + 10); attest {attest_seq} \
         (SIGN of 276 bytes {sign_cycles} + 90); grant check {grant_seq} (2 VERIFYs {verify} + {})",
        grant_seq - verify
    );
    println!(
        "engine model: power-up to key ready {power_up} cycles; attest (CMD write taken to idle) \
         {attest}; grant with 2 signatures incl. its ~100 bus writes {grant}"
    );
}

/// Expiry on a card with 1,024-cycle epochs, the RTL compared to the glue
/// model every cycle and each verdict to the reference check at the epoch
/// of the GR_COMMIT cycle: a grant already expired when submitted, one that
/// expires while its signatures are verified, and one applied in its
/// expiry epoch. Refused ones revoke nothing and decommission nothing.
#[test]
fn an_expired_grant_is_refused_in_the_rtl_and_the_glue_model() {
    let params = FuseParams {
        epoch_shift: 10,
        ..FuseParams::DEFAULT
    };
    let epoch = |c: u64| c >> 10;
    let ks = keys(3);
    let mut card = Card::with_params(FastEd::new(), &ks, 2, true, params);
    card.wait_idle();
    let dkb = SigningKey::from_bytes(&card.seed)
        .verifying_key()
        .to_bytes();
    card.reference = Some((
        GrantPolicy {
            authority_keys: ks.clone(),
            threshold: 2,
            revoked: [false; 8],
            device_key: dkb,
            boot_epoch: 5,
            last_seq: 0,
            device_epoch: 0,
        },
        EdModel::new(),
    ));
    card.until(100_000, |c| epoch(c.cycle) >= 3);

    // Already expired: expiry one epoch back, with REVOKE_SLOT.
    let mut old = body(dkb, 1, 5);
    old.expiry_epoch = epoch(card.cycle) - 1;
    old.flags |= grant_flag::REVOKE_SLOT;
    old.revoke_slot = 1;
    let t = card.cycle;
    assert_eq!(
        card.submit(&sign(&old, &[0, 1])),
        (grant_verdict::EXPIRED, 0b011)
    );
    assert!(epoch(t) > old.expiry_epoch);
    assert_eq!(card.read_ok(reg::LAST_GRANT_SEQ_0), 0, "not applied");
    assert_eq!(card.read_ok(crypto::REVOKED_SLOTS), 0, "nothing revoked");

    // Valid when the command is written, expired by GR_COMMIT: the
    // command goes in 16 cycles before the next epoch, and the check
    // takes longer than that. With DECOMMISSION, which must not happen.
    card.until(100_000, |c| c.cycle % 1024 == 100);
    let e = epoch(card.cycle);
    let mut late = body(dkb, 2, 5);
    late.expiry_epoch = e;
    late.flags |= grant_flag::DECOMMISSION;
    let cmd_at = (e + 1) * 1024 - 16;
    assert_eq!(
        card.submit_at(&sign(&late, &[0, 2]), 0, Some(cmd_at)),
        (grant_verdict::EXPIRED, 0b101)
    );
    let commit = card.commit_cycle.expect("the check reached GR_COMMIT");
    assert_eq!(epoch(commit), e + 1, "commit in cycle {commit}");
    let s = card.read_ok(crypto::CRYPTO_STATUS);
    assert_eq!(
        s & (status::KEY_READY | status::DECOMMISSIONED),
        status::KEY_READY
    );
    assert_eq!(card.read_ok(reg::LAST_GRANT_SEQ_0), 0);

    // Expiry == the epoch of the apply cycle: applied. The check starts
    // at the top of an epoch and ends well inside it.
    card.until(100_000, |c| c.cycle % 1024 == 0);
    let e = epoch(card.cycle);
    let mut now = body(dkb, 3, 5);
    now.expiry_epoch = e;
    assert_eq!(
        card.submit(&sign(&now, &[1, 2])),
        (grant_verdict::APPLIED, 0b110)
    );
    assert_eq!(epoch(card.commit_cycle.unwrap()), e);
    assert_eq!(card.read_ok(reg::LAST_GRANT_SEQ_0), 3);
    assert_eq!(card.read_ok(reg::LICENSE_EXPIRY_0) as u64, e);
}
