//! Running several engines side by side and comparing every output pin on
//! every cycle, driven by random but protocol-correct stimulus.

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use capfuse_abi::{reg, FuseParams, REGISTERS};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The first cycle at which two engines disagreed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Divergence {
    /// Cycle number (0 = power-up).
    pub cycle: u64,
    /// Output signal that differs.
    pub signal: &'static str,
    /// The reference engine and its value.
    pub reference: (EngineKind, u32),
    /// The disagreeing engine and its value.
    pub other: (EngineKind, u32),
    /// Inputs driven in the cycle before the divergence was seen.
    pub last_inputs: PinsIn,
}

impl std::fmt::Display for Divergence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cycle {}: `{}` is {:#x} in {} but {:#x} in {} (inputs of the previous cycle: {:?})",
            self.cycle,
            self.signal,
            self.reference.1,
            self.reference.0.name(),
            self.other.1,
            self.other.0.name(),
            self.last_inputs
        )
    }
}

impl std::error::Error for Divergence {}

/// Random AXI4-Lite traffic, work and kill activity that obeys the
/// handshake rules (valid held until ready) and aims at the interesting
/// corners: loosening attempts, out-of-range values, unmapped and unaligned
/// addresses, byte strobes, budgets near the admitted total, back-pressure.
pub struct RandomStimulus {
    rng: ChaCha8Rng,
    params: FuseParams,
    /// Pending write address/data (held until accepted).
    aw: Option<u16>,
    w: Option<(u32, u8)>,
    aw_delay: u8,
    w_delay: u8,
    ar: Option<u16>,
    /// Probability (per mille per cycle) of starting a bus transaction.
    bus_rate: u32,
    /// Per-mille chance per cycle of toggling the kill pin; 0 = never.
    kill_rate: u32,
    kill_after: u64,
    kill: bool,
    work_mode: u8,
    /// Estimate of the admitted work, to aim budget commits near it.
    admitted: u128,
    cycle: u64,
    /// Per-mille chance per cycle of driving each side-port action
    /// (grant words, grant_apply, snap_req, report_ready/grant_done); 0 =
    /// the side ports stay idle.
    side_rate: u32,
    snap_sweep: bool,
    snap_addr: u8,
}

impl RandomStimulus {
    /// Stimulus for a fuse generated with `params`, with no kill activity.
    pub fn new(seed: u64, params: FuseParams) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let bus_rate = rng.gen_range(1..=12);
        let work_mode = rng.gen_range(0..4);
        RandomStimulus {
            rng,
            params,
            aw: None,
            w: None,
            aw_delay: 0,
            w_delay: 0,
            ar: None,
            bus_rate,
            kill_rate: 0,
            kill_after: 0,
            kill: false,
            work_mode,
            admitted: 0,
            cycle: 0,
            side_rate: 0,
            snap_sweep: false,
            snap_addr: 0,
        }
    }

    /// Also drives the crypto controller's side ports: grant-body words and
    /// `grant_apply` at random times (clearing the trip, and now and then
    /// decommissioning once kill activity has started, see
    /// [`RandomStimulus::with_kills`]), `snap_req`
    /// with `snap_addr` sweeps, and `report_ready`/`grant_done` pulses.
    /// `rate` is per mille per cycle.
    pub fn with_side_ports(mut self, rate: u32) -> Self {
        self.side_rate = rate;
        self.snap_sweep = self.rng.gen();
        self
    }

    /// A grant-body word aimed at the interesting corners.
    fn random_grant_word(&mut self, addr: u8) -> u32 {
        use capfuse_abi::formats::{grant_flag, grant_word as gw};
        let w = u32::from(self.params.max_work_per_cycle);
        let epoch = self.params.device_epoch(self.cycle);
        match addr {
            gw::FLAGS => {
                let mut f = 0;
                if self.rng.gen_range(0..2) == 0 {
                    f |= grant_flag::CLEAR_TRIP;
                }
                let late = self.kill_rate > 0 && self.cycle > self.kill_after;
                if late && self.rng.gen_range(0..8) == 0 {
                    f |= grant_flag::DECOMMISSION;
                }
                (u32::from(f) << 16) | 1
            }
            14 | 15 => self.rng.gen_range(0..4),
            gw::EXPIRY_0 => match self.rng.gen_range(0..4) {
                0 => u32::MAX,
                _ => (epoch as u32).wrapping_add(self.rng.gen_range(0..4)),
            },
            gw::EXPIRY_1 => match self.rng.gen_range(0..4) {
                0 => u32::MAX,
                _ => (epoch >> 32) as u32,
            },
            gw::CUM_BUDGET_0 => {
                (self.admitted as u64 + self.rng.gen_range(0..u64::from(w) * 4000)) as u32
            }
            gw::CUM_BUDGET_1 => match self.rng.gen_range(0..6) {
                0 => self.rng.gen(),
                1 => (self.admitted >> 32) as u32 + 1,
                _ => (self.admitted >> 32) as u32,
            },
            gw::CUM_BUDGET_2 => u32::from(self.rng.gen_range(0..6) == 0),
            gw::WINDOW_BUDGET => match self.rng.gen_range(0..4) {
                0 => self.rng.gen_range(0..w.saturating_mul(3)),
                1 => self.rng.gen(),
                _ => self
                    .rng
                    .gen_range(w.saturating_mul(10)..=w.saturating_mul(3000)),
            },
            gw::WINDOW_LEN => match self.rng.gen_range(0..4) {
                0 => self.rng.gen_range(1..4),
                _ => self.rng.gen_range(1..3000),
            },
            gw::RATIOS => self.rng.gen_range(0..=256) | (self.rng.gen_range(0..=256) << 16),
            gw::REPORT_THRESHOLD_0 => {
                (self.admitted as u64 + self.rng.gen_range(0..u64::from(w) * 3000)) as u32
            }
            gw::REPORT_THRESHOLD_1 => match self.rng.gen_range(0..6) {
                0 => u32::MAX,
                _ => (self.admitted >> 32) as u32,
            },
            gw::REPORT_THRESHOLD_2 => u32::from(self.rng.gen_range(0..8) == 0),
            _ => self.rng.gen(),
        }
    }

    fn side_ports(&mut self, p: &mut PinsIn) {
        let r = self.side_rate;
        if self.rng.gen_range(0..1000) < r * 4 {
            // Mostly the words FuseCore keeps, sometimes any.
            use capfuse_abi::formats::grant_word as gw;
            const KEPT: [u8; 16] = [
                gw::FLAGS,
                gw::SEQ_0,
                gw::SEQ_1,
                gw::EXPIRY_0,
                gw::EXPIRY_1,
                gw::CUM_BUDGET_0,
                gw::CUM_BUDGET_1,
                gw::CUM_BUDGET_2,
                gw::WINDOW_BUDGET,
                gw::WINDOW_LEN,
                gw::RATIOS,
                gw::REPORT_THRESHOLD_0,
                gw::REPORT_THRESHOLD_1,
                gw::REPORT_THRESHOLD_2,
                gw::CUM_BUDGET_2 + 1,
                gw::REPORT_THRESHOLD_2 + 1,
            ];
            let addr = if self.rng.gen_range(0..8) == 0 {
                self.rng.gen_range(0..32)
            } else {
                KEPT[self.rng.gen_range(0..KEPT.len())]
            };
            p.grant_we = true;
            p.grant_addr = addr;
            p.grant_wdata = self.random_grant_word(addr);
        }
        p.grant_apply = self.rng.gen_range(0..1000) < r / 2 + 1 && self.rng.gen_range(0..4) == 0;
        p.snap_req = self.rng.gen_range(0..1000) < r;
        if self.snap_sweep {
            self.snap_addr = (self.snap_addr + 1) & 0x7f;
        } else {
            self.snap_addr = self.rng.gen_range(0..128);
        }
        p.snap_addr = self.snap_addr;
        p.report_ready = self.rng.gen_range(0..1000) < r;
        p.grant_done = self.rng.gen_range(0..1000) < r;
    }

    /// Toggles the kill pin with a per-mille chance `rate` each cycle from
    /// cycle `after` on (a kill trips the fuse for good, so runs that should
    /// exercise the rest start it late).
    pub fn with_kills(mut self, rate: u32, after: u64) -> Self {
        self.kill_rate = rate;
        self.kill_after = after;
        self
    }

    fn random_addr(&mut self) -> u16 {
        // Limits are hit less often than the rest so that runs spend most
        // of their time with the accelerator still able to run.
        const LIMITS: [u16; 5] = [
            reg::BASELINE_RATIO,
            reg::TRIP_RATIO,
            reg::WINDOW_LEN,
            reg::WINDOW_BUDGET,
            reg::KILL,
        ];
        match self.rng.gen_range(0..100) {
            0..=59 => REGISTERS[self.rng.gen_range(0..REGISTERS.len())].offset,
            60..=74 => [
                reg::CUM_BUDGET_NEXT_0,
                reg::CUM_BUDGET_NEXT_1,
                reg::CUM_BUDGET_NEXT_2,
                reg::CUM_BUDGET_COMMIT,
                reg::SNAPSHOT,
                reg::REPORT_THRESHOLD_NEXT_0,
                reg::REPORT_THRESHOLD_NEXT_1,
                reg::REPORT_THRESHOLD_NEXT_2,
                reg::REPORT_THRESHOLD_COMMIT,
            ][self.rng.gen_range(0..9)],
            75..=79 => LIMITS[self.rng.gen_range(0..LIMITS.len())],
            80..=89 => self.rng.gen_range(0..0x1000) & !3,
            _ => self.rng.gen_range(0..0x1000),
        }
    }

    fn random_wdata(&mut self, addr: u16) -> u32 {
        let w = u32::from(self.params.max_work_per_cycle);
        match addr {
            // mostly refused (looser or out of range), sometimes a tightening
            reg::BASELINE_RATIO | reg::TRIP_RATIO => match self.rng.gen_range(0..10) {
                0 => self.rng.gen(),
                1..=7 => self.rng.gen_range(200..=300),
                _ => self.rng.gen_range(0..=256),
            },
            reg::WINDOW_LEN => match self.rng.gen_range(0..100) {
                0..=4 => 0,
                5 => self.rng.gen(),
                _ => self.rng.gen_range(1..2000),
            },
            // mostly refused or generous, sometimes tight enough to pace
            reg::WINDOW_BUDGET => match self.rng.gen_range(0..300) {
                0 => w.saturating_sub(1),
                1..=10 => self
                    .rng
                    .gen_range(w.saturating_mul(10)..=w.saturating_mul(300)),
                11..=90 => self
                    .rng
                    .gen_range(w.saturating_mul(300)..=w.saturating_mul(5000)),
                _ => self.rng.gen(),
            },
            reg::CUM_BUDGET_NEXT_0 => {
                // Aim near the admitted total so commits trip or almost trip.
                let near = self.admitted as u64 + self.rng.gen_range(0..u64::from(w) * 2000);
                near as u32
            }
            reg::CUM_BUDGET_NEXT_1 => {
                let hi = (self.admitted >> 32) as u32;
                match self.rng.gen_range(0..8) {
                    0 => self.rng.gen(),
                    1 => hi + 1,
                    _ => hi,
                }
            }
            reg::CUM_BUDGET_NEXT_2 => match self.rng.gen_range(0..8) {
                0 => self.rng.gen(),
                1 => 1,
                _ => 0,
            },
            reg::KILL => {
                let armed = self.kill_rate > 0 && self.cycle > self.kill_after;
                u32::from(armed && self.rng.gen_range(0..10) == 0) | (self.rng.gen::<u32>() & !1)
            }
            reg::CUM_BUDGET_COMMIT | reg::REPORT_THRESHOLD_COMMIT => self.rng.gen_range(0..3),
            reg::REPORT_THRESHOLD_NEXT_0 => {
                (self.admitted as u64 + self.rng.gen_range(0..u64::from(w) * 500)) as u32
            }
            reg::REPORT_THRESHOLD_NEXT_1 => match self.rng.gen_range(0..6) {
                0 => self.rng.gen(),
                _ => (self.admitted >> 32) as u32,
            },
            reg::REPORT_THRESHOLD_NEXT_2 => match self.rng.gen_range(0..6) {
                0 => self.rng.gen(),
                _ => 0,
            },
            _ => self.rng.gen(),
        }
    }

    fn random_work(&mut self) -> u16 {
        let w = u32::from(self.params.max_work_per_cycle);
        let v = match self.work_mode {
            0 => w,
            1 => self.rng.gen_range(0..=w),
            2 => {
                if self.rng.gen_range(0..100) < 3 {
                    self.rng.gen_range(0..=0xffff)
                } else {
                    self.rng.gen_range(0..=w)
                }
            }
            _ => {
                if (self.cycle / 777).is_multiple_of(2) {
                    w
                } else {
                    0
                }
            }
        };
        v.min(0xffff) as u16
    }

    /// Inputs for the next cycle, given the outputs visible now.
    pub fn next(&mut self, outs: &PinsOut) -> PinsIn {
        self.cycle += 1;
        if outs.accel_clk_en {
            // last cycle's inputs are gone; estimate is enough to aim budgets
            self.admitted += u128::from(self.params.max_work_per_cycle) / 2;
        }
        // Retire accepted channels (they were accepted at the last edge if
        // ready was high while valid was driven; we re-drive until ready is
        // seen high *before* an edge, so check ready now).
        let mut p = PinsIn {
            work_units: self.random_work(),
            ..PinsIn::default()
        };
        if self.kill_rate > 0
            && self.cycle > self.kill_after
            && self.rng.gen_range(0..1000) < self.kill_rate
        {
            self.kill = !self.kill;
        }
        p.kill = self.kill;
        // A write is chosen whole (address, data, strobes) and its two
        // channels are offered with independent random delays.
        if self.aw.is_none() && self.w.is_none() && self.rng.gen_range(0..1000) < self.bus_rate {
            let addr = self.random_addr();
            let strb = if self.rng.gen_range(0..8) == 0 {
                self.rng.gen_range(0..16)
            } else {
                0xf
            };
            let data = self.random_wdata(addr);
            self.aw = Some(addr);
            self.w = Some((data, strb));
            self.aw_delay = self.rng.gen_range(0..3u8).saturating_sub(1);
            self.w_delay = self.rng.gen_range(0..3u8).saturating_sub(1);
        }
        if self.ar.is_none() && self.rng.gen_range(0..1000) < self.bus_rate {
            self.ar = Some(self.random_addr());
        }
        if self.aw_delay > 0 {
            self.aw_delay -= 1;
        } else if let Some(a) = self.aw {
            p.awvalid = true;
            p.awaddr = a;
            if outs.awready {
                self.aw = None;
            }
        }
        if self.w_delay > 0 {
            self.w_delay -= 1;
        } else if let Some((d, s)) = self.w {
            p.wvalid = true;
            p.wdata = d;
            p.wstrb = s;
            if outs.wready {
                self.w = None;
            }
        }
        if let Some(a) = self.ar {
            p.arvalid = true;
            p.araddr = a;
            if outs.arready {
                self.ar = None;
            }
        }
        p.bready = self.rng.gen_range(0..4) != 0;
        p.rready = self.rng.gen_range(0..4) != 0;
        if self.side_rate > 0 {
            self.side_ports(&mut p);
        }
        p
    }
}

/// Steps every engine with the same stimulus for `cycles` cycles and
/// compares all outputs after each edge (and at power-up). The first engine
/// is the reference.
pub fn run_lockstep(
    engines: &mut [Box<dyn Engine>],
    stimulus: &mut RandomStimulus,
    cycles: u64,
) -> Result<(), Divergence> {
    assert!(!engines.is_empty(), "lockstep needs at least one engine");
    let mut last = PinsIn::default();
    for cycle in 0..=cycles {
        let reference = engines[0].outputs();
        for e in engines[1..].iter() {
            let o = e.outputs();
            if let Some((signal, r, v)) = reference.first_difference(&o) {
                return Err(Divergence {
                    cycle,
                    signal,
                    reference: (engines[0].kind(), r),
                    other: (e.kind(), v),
                    last_inputs: last,
                });
            }
        }
        if cycle == cycles {
            break;
        }
        last = stimulus.next(&reference);
        for e in engines.iter_mut() {
            e.step(&last);
        }
    }
    Ok(())
}
