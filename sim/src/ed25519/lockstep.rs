//! Two Ed25519 engines stepped together, every output compared every cycle.

use super::{EdEngine, EdPinsIn, EdPinsOut};
use crate::EngineKind;

/// The first cycle where two engines' outputs differed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EdDivergence {
    /// Edges applied since the pair was made.
    pub cycle: u64,
    pub signal: &'static str,
    pub left: u32,
    pub right: u32,
    /// pc of each engine then.
    pub pcs: (u16, u16),
}

impl std::fmt::Display for EdDivergence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cycle {}: {} = {:#x} vs {:#x} (pc {} vs {})",
            self.cycle, self.signal, self.left, self.right, self.pcs.0, self.pcs.1
        )
    }
}

/// Steps `left` and `right` together. After a divergence it reports `done`
/// so a waiting host stops; check [`Lockstep::divergence`].
pub struct Lockstep<'a> {
    pub left: &'a mut dyn EdEngine,
    pub right: &'a mut dyn EdEngine,
    pub cycles: u64,
    divergence: Option<EdDivergence>,
}

impl<'a> Lockstep<'a> {
    pub fn new(left: &'a mut dyn EdEngine, right: &'a mut dyn EdEngine) -> Self {
        Lockstep {
            left,
            right,
            cycles: 0,
            divergence: None,
        }
    }

    /// The first divergence seen, if any.
    pub fn divergence(&self) -> Option<&EdDivergence> {
        self.divergence.as_ref()
    }
}

impl EdEngine for Lockstep<'_> {
    fn kind(&self) -> EngineKind {
        self.left.kind()
    }

    fn outputs(&self) -> EdPinsOut {
        let mut o = self.left.outputs();
        if self.divergence.is_some() {
            o.done = true;
        }
        o
    }

    fn step(&mut self, inputs: &EdPinsIn) {
        self.left.step(inputs);
        self.right.step(inputs);
        self.cycles += 1;
        let (l, r) = (self.left.outputs(), self.right.outputs());
        if self.divergence.is_none() {
            if let Some((signal, left, right)) = l.first_difference(&r) {
                self.divergence = Some(EdDivergence {
                    cycle: self.cycles,
                    signal,
                    left,
                    right,
                    pcs: (l.pc, r.pc),
                });
            }
        }
    }
}
