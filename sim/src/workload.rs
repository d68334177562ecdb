//! Work generators: the value the accelerator reports on `work_units` each
//! cycle.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::monitor::WindowView;
use crate::scenario::WorkloadSpec;

/// What a generator may look at when choosing the work of a cycle: only
/// things an accelerator next to the fuse could know.
#[derive(Clone, Copy, Debug)]
pub struct WorkCtx {
    /// The cycle.
    pub cycle: u64,
    /// Whether the enable is high in this cycle.
    pub enabled: bool,
    /// The fuse's `max_work_per_cycle`.
    pub max_work: u16,
    /// The pacing window as seen from outside (see [`WindowView`]).
    pub window: WindowView,
}

/// A source of work values.
pub trait Workload {
    /// Work reported in the cycle described by `ctx`.
    fn work(&mut self, ctx: &WorkCtx) -> u16;
}

/// Builds the generator for a spec; `seed` drives the random ones.
pub fn build(spec: &WorkloadSpec, seed: u64) -> Box<dyn Workload> {
    match spec.clone() {
        WorkloadSpec::Constant(v) => Box::new(Constant(v)),
        WorkloadSpec::Uniform { min, max } => Box::new(Uniform {
            min,
            max,
            rng: ChaCha8Rng::seed_from_u64(seed),
        }),
        WorkloadSpec::Bursty {
            on_cycles,
            off_cycles,
            on_work,
            off_work,
        } => Box::new(Bursty {
            on_cycles,
            off_cycles,
            on_work,
            off_work,
        }),
        WorkloadSpec::JustBelowWindow { margin } => Box::new(JustBelowWindow { margin }),
        WorkloadSpec::Trace { values, .. } => Box::new(Trace { values }),
    }
}

/// The same value every cycle.
pub struct Constant(pub u16);

impl Workload for Constant {
    fn work(&mut self, _: &WorkCtx) -> u16 {
        self.0
    }
}

/// Uniformly random values in `min..=max`.
pub struct Uniform {
    min: u16,
    max: u16,
    rng: ChaCha8Rng,
}

impl Workload for Uniform {
    fn work(&mut self, _: &WorkCtx) -> u16 {
        self.rng.gen_range(self.min..=self.max)
    }
}

/// Bursts and pauses of fixed lengths.
pub struct Bursty {
    on_cycles: u64,
    off_cycles: u64,
    on_work: u16,
    off_work: u16,
}

impl Workload for Bursty {
    fn work(&mut self, ctx: &WorkCtx) -> u16 {
        if ctx.cycle % (self.on_cycles + self.off_cycles) < self.on_cycles {
            self.on_work
        } else {
            self.off_work
        }
    }
}

/// Adversarial pacing: knows where the window stands and reports exactly
/// the work that keeps the enable allowed as long as possible, ending each
/// window `margin` below its budget (with `margin` 0, exactly at it). The
/// fuse lets a cycle run when the window slack before the previous one
/// held `2·W` (`docs/fuse-core.md`, "Cumulative cap"), so the way to the
/// last unit passes through a slack of exactly `2·W`, then two full cycles.
/// A fuse that paced one cycle late or counted one unit short would let it
/// through; one that paced a cycle early would leave it short.
pub struct JustBelowWindow {
    margin: u64,
}

impl Workload for JustBelowWindow {
    fn work(&mut self, ctx: &WorkCtx) -> u16 {
        let w = u128::from(ctx.max_work);
        let r = ctx.window.remaining.saturating_sub(self.margin.into());
        // Above 2W, come down to exactly 2W (full cycles, then the rest):
        // the next cycle is then still allowed, and so is the one after,
        // which two full cycles use up. At or below 2W, full cycles.
        let v = if r > 2 * w {
            (r - 2 * w).min(w)
        } else {
            r.min(w)
        };
        v as u16
    }
}

/// Values from a file, repeating.
pub struct Trace {
    values: Vec<u16>,
}

impl Workload for Trace {
    fn work(&mut self, ctx: &WorkCtx) -> u16 {
        self.values[(ctx.cycle % self.values.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(cycle: u64, remaining: u128) -> WorkCtx {
        WorkCtx {
            cycle,
            enabled: true,
            max_work: 100,
            window: WindowView {
                cycle_in_window: 0,
                len: 1000,
                admitted: 0,
                remaining,
            },
        }
    }

    #[test]
    fn just_below_window_lands_on_the_budget() {
        let mut g = JustBelowWindow { margin: 0 };
        let mut left = 350u128;
        let mut seq = Vec::new();
        let mut before = None;
        while before.is_none_or(|b| b >= 200) && left > 0 {
            // A cycle runs if the slack before the previous one held 2W.
            let v = g.work(&ctx(0, left));
            seq.push(v);
            before = Some(left);
            left -= u128::from(v);
        }
        assert_eq!(seq, vec![100, 50, 100, 100]);
        assert_eq!(left, 0);
    }

    #[test]
    fn generators_are_deterministic() {
        let spec = WorkloadSpec::Uniform { min: 3, max: 9 };
        let a: Vec<u16> = (0..50).map(|c| build(&spec, 7).work(&ctx(c, 0))).collect();
        let mut g = build(&spec, 7);
        let b: Vec<u16> = (0..50).map(|c| g.work(&ctx(c, 0))).collect();
        assert!(b.iter().all(|v| (3..=9).contains(v)));
        assert_eq!(a.len(), b.len());
        let mut h = build(&spec, 7);
        let c: Vec<u16> = (0..50).map(|c| h.work(&ctx(c, 0))).collect();
        assert_eq!(b, c);
        let mut bursty = build(
            &WorkloadSpec::Bursty {
                on_cycles: 2,
                off_cycles: 3,
                on_work: 9,
                off_work: 1,
            },
            0,
        );
        let v: Vec<u16> = (0..6).map(|c| bursty.work(&ctx(c, 0))).collect();
        assert_eq!(v, vec![9, 9, 1, 1, 1, 9]);
    }
}
