//! The card model: the fuse core's behavioural [`Model`], the Ed25519
//! engine's [`EdModel`] and [`CardGlue`] (router + `CryptoCtl`), composed
//! cycle by cycle exactly as `capfuse_card` wires them.
//!
//! Every cycle: the glue's combinational outputs are evaluated from the
//! registered outputs of the fuse core and the engine (and the host's
//! pins), then all three take the edge. The card's outputs are the glue's
//! `host_out`, which depends on registers only (see
//! [`CardModel::checking`]), so they are computed once after each edge.

use crate::card::glue::{CardGlue, GlueOut};
use crate::ed25519::{EdEngine, EdModel};
use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use crate::model::Model;

use super::CardParams;

/// The card as a plain-Rust cycle model (the fastest card engine).
#[derive(Clone)]
pub struct CardModel {
    fuse: Model,
    ed: EdModel,
    glue: CardGlue,
    seed: [u8; 32],
    boot_epoch: u64,
    /// The glue's outputs for the current cycle, evaluated with idle host
    /// pins; only `work_units` and `kill` of `fuse_in` come from the host.
    now: GlueOut,
    /// Check that claim every cycle (see [`CardModel::checking`]).
    check: bool,
}

impl CardModel {
    /// The card at power-up.
    pub fn new(p: &CardParams) -> Result<Self, String> {
        p.validate()?;
        let glue = CardGlue::new(&p.authority_keys, p.threshold)?;
        let mut m = CardModel {
            fuse: Model::new(p.fuse),
            ed: EdModel::new(),
            glue,
            seed: p.seed,
            boot_epoch: p.boot_epoch,
            now: GlueOut::default(),
            check: cfg!(debug_assertions),
        };
        m.now = m.eval(&PinsIn::default());
        Ok(m)
    }

    fn eval(&self, host: &PinsIn) -> GlueOut {
        self.glue.eval(
            host,
            &self.fuse.outputs(),
            &self.ed.outputs(),
            &self.seed,
            self.boot_epoch,
        )
    }

    /// Re-evaluates the glue with the host's real pins every cycle and
    /// panics if anything but the pass-through work and kill pins changes:
    /// the card's outputs, and the inputs it drives into the fuse core and
    /// the engine, must not depend combinationally on the host's bus pins.
    /// (On in debug builds; slower.)
    pub fn checking(mut self) -> Self {
        self.check = true;
        self
    }

    /// The fuse core inside.
    pub fn fuse(&self) -> &Model {
        &self.fuse
    }

    /// The router and crypto controller inside.
    pub fn glue(&self) -> &CardGlue {
        &self.glue
    }
}

impl Engine for CardModel {
    fn kind(&self) -> EngineKind {
        EngineKind::Model
    }

    fn outputs(&self) -> PinsOut {
        let mut o = self.now.host_out;
        // The card has no side ports.
        o.snap_data = 0;
        o.report_due = false;
        o.grant_expired = false;
        o
    }

    fn step(&mut self, host: &PinsIn) {
        // The glue's outputs depend on the host only through the pass-through
        // work and kill pins, so the evaluation made after the last edge
        // serves, with those two patched in.
        let mut g = self.now;
        g.fuse_in.work_units = host.work_units;
        g.fuse_in.kill = host.kill;
        if self.check {
            assert_eq!(
                g,
                self.eval(host),
                "the card glue's outputs depend on the host's bus pins ({host:?})"
            );
        }
        let fo = self.fuse.outputs();
        let eo = self.ed.outputs();
        self.glue.step(host, &fo, &eo, &self.seed, self.boot_epoch);
        self.fuse.step(&g.fuse_in);
        self.ed.step(&g.ed_in);
        self.now = self.eval(&PinsIn::default());
    }
}
