//! `capfuse-hdl bench`: per-board figures for a hardware team — resources,
//! Fmax from nextpnr, the synth-to-bitstream time, the Alveo resource counts
//! from yosys, and the formal proofs' run times. `docs/PERFORMANCE.md`
//! records the latest run.

use anyhow::Context;
use capfuse_abi::FuseParams;
use capfuse_hdl::board::{self, Authority, Board, BoardOptions};
use capfuse_hdl::{alveo, formal};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What to run.
pub struct BenchArgs {
    /// Open-flow boards to build (empty: all).
    pub boards: Vec<Board>,
    /// Skip the open-flow board builds.
    pub no_boards: bool,
    /// Skip the Alveo synthesis.
    pub no_alveo: bool,
    /// Skip the formal proofs.
    pub no_proofs: bool,
    /// Where the builds go.
    pub out: PathBuf,
}

/// The key set the bench builds the card with: three keys from fixed seeds
/// (seed bytes all 1, 2, 3), threshold 2 — the set the board test uses, so
/// the figures compare. Public keys only reach the bitstream.
fn bench_authority() -> Authority {
    let keys = (1u8..=3)
        .map(|i| {
            ed25519_dalek::SigningKey::from_bytes(&[i; 32])
                .verifying_key()
                .to_bytes()
        })
        .collect();
    Authority { keys, threshold: 2 }
}

/// A fixed device seed, so runs place the same netlist.
const BENCH_SEED: [u8; 32] = [0x5a; 32];

pub fn run(args: BenchArgs) -> anyhow::Result<()> {
    let params = FuseParams::DEFAULT;
    let started = Instant::now();
    println!("capfuse-hdl bench: figures per board (docs/PERFORMANCE.md, \"Boards\")");
    println!("output under {}", args.out.display());

    let mut reports = Vec::new();
    if !args.no_boards {
        let boards = if args.boards.is_empty() {
            Board::ALL.to_vec()
        } else {
            args.boards.clone()
        };
        for b in boards {
            let opts = BoardOptions {
                params,
                authority: b.has_card().then(bench_authority),
                device_seed: b.has_card().then_some(BENCH_SEED),
                ..BoardOptions::default()
            };
            println!("\n== {b}: {} ...", b.description());
            let t = Instant::now();
            let report = board::build_board(b, &opts, &args.out.join(b.name()))
                .with_context(|| format!("building the {b} board"))?;
            let total = t.elapsed().as_secs_f64();
            print!("{report}");
            println!("  end to end (Verilog to bitstream) {total:.1} s");
            reports.push((report, total));
        }
    }

    let mut alveo_line = None;
    if !args.no_alveo {
        println!("\n== Alveo U250 / U55C: capfuse_alveo_core, yosys synth_xilinx -family xcup ...");
        let a = bench_authority();
        let t = Instant::now();
        let reports = alveo::check_boards(
            &alveo::Board::ALL,
            &args.out.join("alveo"),
            params,
            &a.keys,
            a.threshold,
        )?;
        let total = t.elapsed().as_secs_f64();
        let counts = reports[0].core.clone();
        println!("  {}", counts.summary());
        for r in &reports {
            let budget = r.board.budget();
            println!(
                "  {}: LUT {:.2} %, FF {:.2} %, DSP {:.2} %, BRAM36 {:.2} % of the part{}; \
                 Tcl: {} Vivado calls in tclsh; XDC: {} ports placed, {} left to the IP",
                r.board.part(),
                pct(counts.luts, budget.luts),
                pct(counts.ffs, budget.ffs),
                pct(counts.dsps, budget.dsps),
                pct(counts.bram36, budget.bram36),
                if r.fits { "" } else { " (DOES NOT FIT)" },
                r.tcl.calls.len(),
                r.xdc.placed.len(),
                r.xdc.placed_by_ip.len()
            );
        }
        println!("  Vivado place and route cannot run here: no Fmax for the Alveo boards");
        alveo_line = Some((counts, total));
    }

    let mut proofs = Vec::new();
    if !args.no_proofs {
        println!("\n== formal proofs (yosys sat -tempinduct), each with its broken variants ...");
        let work = args.out.join("formal");
        for p in formal::PROOFS {
            let outcome =
                formal::run(p, &work).with_context(|| format!("running the {} proof", p.name))?;
            println!(
                "  {:<16} {} in {:.1} s; broken variants rejected: {}",
                p.name,
                if outcome.real.proven {
                    "proven"
                } else {
                    "NOT PROVEN"
                },
                outcome.real.seconds,
                outcome
                    .broken
                    .iter()
                    .map(|r| format!(
                        "{} ({:.1} s)",
                        match (r.proven, r.counterexample) {
                            (true, _) => "NO: it proves",
                            (false, true) => "yes, with a trace from power-up",
                            (false, false) => "yes",
                        },
                        r.seconds
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            proofs.push(outcome);
        }
    }

    println!("\n== summary");
    if !reports.is_empty() {
        println!(
            "| board | part | LUT | FF | BRAM | DSP | Fmax (MHz) | clock (MHz) | synth (s) | pnr (s) | total (s) |"
        );
        println!("|---|---|---|---|---|---|---|---|---|---|---|");
        for (r, total) in &reports {
            println!(
                "| {} | {} | {} | {} | {} | {} | {:.2} | {:.0} | {:.1} | {:.1} | {:.1} |",
                r.board,
                r.board.target().device(),
                r.luts,
                r.ffs,
                r.bram,
                r.dsp,
                r.fmax_mhz,
                r.clock_mhz,
                r.synth_seconds,
                r.pnr_seconds,
                total
            );
        }
    }
    if let Some((c, total)) = &alveo_line {
        println!(
            "| alveo-u250 / alveo-u55c | xcup (yosys) | {} | {} | {} (36 Kb) | {} | (Vivado) | | {:.1} | | {:.1} |",
            c.luts, c.ffs, c.bram36, c.dsps, c.synth.seconds, total
        );
    }
    if !proofs.is_empty() {
        let real: f64 = proofs.iter().map(|o| o.real.seconds).sum();
        let broken: f64 = proofs
            .iter()
            .flat_map(|o| o.broken.iter())
            .map(|r| r.seconds)
            .sum();
        println!(
            "proofs: {} of {} proven in {real:.1} s; {} broken variants, all rejected: {}, in {broken:.1} s",
            proofs.iter().filter(|o| o.real.proven).count(),
            proofs.len(),
            proofs.iter().map(|o| o.broken.len()).sum::<usize>(),
            proofs.iter().all(|o| o.ok())
        );
    }
    println!("bench took {:.1} s", started.elapsed().as_secs_f64());
    let failed_board = reports.iter().any(|(r, _)| !r.meets_clock());
    let failed_proof = proofs.iter().any(|o| !o.ok());
    if failed_board || failed_proof {
        anyhow::bail!(
            "{}{}",
            if failed_board {
                "a board misses its clock; "
            } else {
                ""
            },
            if failed_proof {
                "a proof failed or a broken variant was not rejected"
            } else {
                ""
            }
        );
    }
    Ok(())
}

fn pct(used: u64, total: u64) -> f64 {
    100.0 * used as f64 / total.max(1) as f64
}

/// The default output directory, beside the boards' own.
pub fn default_out() -> PathBuf {
    board::default_out_dir(Board::Ice40Hx8k)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("target/capfuse-boards"))
        .with_file_name("capfuse-bench")
}
