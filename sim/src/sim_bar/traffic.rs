//! Random bus traffic while a test's host waits for the card: reads
//! anywhere in the BAR (unmapped and unaligned too), fuse-register writes
//! that neither trip the fuse nor stop the accelerator (ratios, window,
//! staging, snapshot, interrupt and error bits, with random strobes) and
//! crypto-window writes (refused while busy). Commands, commits and the
//! kill register are left alone, so the sequences the host runs mean what
//! they did without the traffic.

use std::ops::DerefMut;

use capfuse_abi::{crypto, reg, REGISTERS};
use capfuse_driver::{Bar, Error, Result};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::SimBar;
use crate::Engine;

/// Fuse registers the traffic writes; `0x7f0` is unmapped.
const FUSE_TARGETS: [u16; 12] = [
    reg::BASELINE_RATIO,
    reg::TRIP_RATIO,
    reg::WINDOW_LEN,
    reg::WINDOW_BUDGET,
    reg::CUM_BUDGET_NEXT_0,
    reg::CUM_BUDGET_NEXT_2,
    reg::REPORT_THRESHOLD_NEXT_1,
    reg::SNAPSHOT,
    reg::ERR_CODE,
    reg::INTR_ENABLE,
    reg::ID,
    0x7f0,
];

/// Runs about `cycles` cycles of random traffic on `bar`.
pub(super) fn run<'e, E: DerefMut<Target = dyn Engine + 'e>>(
    bar: &mut SimBar<E>,
    rng: &mut ChaCha8Rng,
    cycles: u64,
) -> Result<()> {
    let end = bar.cycle() + cycles;
    while bar.cycle() < end {
        match rng.gen_range(0..20) {
            0..=7 => {
                let addr = match rng.gen_range(0..4) {
                    0 => REGISTERS[rng.gen_range(0..REGISTERS.len())].offset,
                    1 => rng.gen_range(0x200..0x400) * 4,
                    2 => rng.gen_range(0..0x400) * 4,
                    _ => rng.gen_range(0..0x1000),
                };
                bar.bus.read(addr);
            }
            8..=11 => {
                let addr = FUSE_TARGETS[rng.gen_range(0..FUSE_TARGETS.len())];
                // Accepted writes may tighten, but never so far that the
                // accelerator stops (ratio or window budget near 0).
                let data = match addr {
                    reg::BASELINE_RATIO => rng.gen_range(200..300),
                    reg::TRIP_RATIO => rng.gen_range(0..300),
                    reg::WINDOW_LEN => rng.gen_range(0..3_000),
                    reg::WINDOW_BUDGET => rng.gen::<u32>() | 0x8000_0000,
                    _ => rng.gen(),
                };
                let strb = if rng.gen_range(0..4) == 0 {
                    rng.gen_range(0..16)
                } else {
                    0xf
                };
                bar.bus.write(addr, data, strb);
            }
            12..=13 => {
                let addr = match rng.gen_range(0..4) {
                    0 => crypto::NONCE_0 + 4 * rng.gen_range(0..8),
                    1 => crypto::GRANT_BODY_0 + 4 * rng.gen_range(0..32),
                    2 => crypto::REPORT_0 + 4 * rng.gen_range(0..69),
                    _ => crypto::CRYPTO_STATUS,
                };
                bar.bus.write(addr, rng.gen(), 0xf);
            }
            _ => {
                bar.advance(rng.gen_range(1..3_000));
                continue;
            }
        }
        bar.complete().map_err(|e| Error::NoResponse {
            device: bar.describe(),
            source: Box::new(e),
        })?;
    }
    Ok(())
}
