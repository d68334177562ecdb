//! Card engines stepped together, every output compared every cycle.
//!
//! [`CardLockstep`] is itself an [`Engine`] (the first engine's outputs), so
//! a [`crate::SimBar::on`] can drive whole sequences (power-up, attest,
//! grants) through several engines at once, as `crate::lockstep` does for
//! the fuse core with random stimulus.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use crate::lockstep::Divergence;

/// Several card engines in lockstep; the first is the reference.
pub struct CardLockstep {
    engines: Vec<Box<dyn Engine>>,
    cycle: u64,
    last: PinsIn,
    divergence: Option<Divergence>,
    panic_on_divergence: bool,
}

impl CardLockstep {
    /// Steps `engines` together (at least two) and panics, naming the cycle
    /// and signal, at the first output that differs.
    pub fn new(engines: Vec<Box<dyn Engine>>) -> Self {
        assert!(engines.len() >= 2, "lockstep needs at least two engines");
        let mut l = CardLockstep {
            engines,
            cycle: 0,
            last: PinsIn::default(),
            divergence: None,
            panic_on_divergence: true,
        };
        l.compare();
        l
    }

    /// Records the first divergence instead of panicking (see
    /// [`CardLockstep::divergence`]).
    pub fn recording(mut self) -> Self {
        self.panic_on_divergence = false;
        self
    }

    /// The first divergence, if any.
    pub fn divergence(&self) -> Option<&Divergence> {
        self.divergence.as_ref()
    }

    /// Cycles stepped.
    pub fn cycles(&self) -> u64 {
        self.cycle
    }

    /// The engines, reference first.
    pub fn engines(&mut self) -> &mut [Box<dyn Engine>] {
        &mut self.engines
    }

    fn compare(&mut self) {
        if self.divergence.is_some() {
            return;
        }
        let reference = self.engines[0].outputs();
        for e in &self.engines[1..] {
            if let Some((signal, r, v)) = reference.first_difference(&e.outputs()) {
                let d = Divergence {
                    cycle: self.cycle,
                    signal,
                    reference: (self.engines[0].kind(), r),
                    other: (e.kind(), v),
                    last_inputs: self.last,
                };
                if self.panic_on_divergence {
                    panic!("card engines diverged: {d}");
                }
                self.divergence = Some(d);
                return;
            }
        }
    }
}

impl Engine for CardLockstep {
    fn kind(&self) -> EngineKind {
        self.engines[0].kind()
    }

    fn outputs(&self) -> PinsOut {
        self.engines[0].outputs()
    }

    fn step(&mut self, inputs: &PinsIn) {
        for e in self.engines.iter_mut() {
            e.step(inputs);
        }
        self.cycle += 1;
        self.last = *inputs;
        self.compare();
    }
}
