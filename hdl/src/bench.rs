//! `capfuse-hdl bench`: per-board figures for a hardware team — resources,
//! Fmax from nextpnr, the synth-to-bitstream time, the Alveo resource counts
//! from yosys, and the formal proofs' run times. `docs/PERFORMANCE.md`
//! records the latest run.

use anyhow::Context;
use capfuse_abi::FuseParams;
use capfuse_hdl::board::{self, Authority, Board, BoardOptions};
use capfuse_hdl::flow::{self, Target};
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
    /// Place and route `capfuse_fuse` alone with nextpnr seeds 1..=N on
    /// iCE40 and ECP5 (0: skip).
    pub fuse_seeds: u32,
    /// Place this `capfuse_fuse` Verilog instead of the generated one
    /// (e.g. an earlier `hdl/golden/capfuse_fuse.v`, for a before/after
    /// comparison).
    pub fuse_verilog: Option<PathBuf>,
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
            let mut progress = capfuse_progress::Progress::new();
            let report = board::build_board_staged(b, &opts, &args.out.join(b.name()), &mut |s| {
                progress.stage(format!("{b}: {s}"))
            })
            .with_context(|| format!("building the {b} board"))?;
            drop(progress);
            let total = t.elapsed().as_secs_f64();
            print!("{report}");
            println!("  end to end (Verilog to bitstream) {total:.1} s");
            reports.push((report, total));
        }
    }

    let fuse = if args.fuse_seeds > 0 {
        Some(fuse_sweep(
            params,
            args.fuse_verilog.as_deref(),
            args.fuse_seeds,
            &args.out.join("fuse"),
        )?)
    } else {
        None
    };

    let mut alveo_line = None;
    if !args.no_alveo {
        println!("\n== Alveo U250 / U55C: capfuse_alveo_core, yosys synth_xilinx -family xcup ...");
        let a = bench_authority();
        let t = Instant::now();
        let reports = capfuse_progress::run("Alveo: yosys synth_xilinx", || {
            alveo::check_boards(
                &alveo::Board::ALL,
                &args.out.join("alveo"),
                params,
                &a.keys,
                a.threshold,
            )
        })?;
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
            let outcome = capfuse_progress::run(format!("formal: the {} proof", p.name), || {
                formal::run(p, &work)
            })
            .with_context(|| format!("running the {} proof", p.name))?;
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
    if let Some(rows) = &fuse {
        for r in rows {
            println!("{r}");
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

/// The cost floors the fuse is held to (`capfuse_fuse` at
/// `FuseParams::DEFAULT`): Fmax at seed 1 and as the median of the sweep,
/// and for iCE40 the placed logic cells.
fn fuse_floor(target: Target) -> (f64, Option<u64>) {
    match target {
        Target::Ice40 => (100.0, Some(2_500)),
        Target::Ecp5 | Target::Xcup => (250.0, None),
    }
}

/// Synthesises `capfuse_fuse` for iCE40 HX8K and ECP5-5G and places and
/// routes each netlist with nextpnr seeds 1..=`seeds`; prints each run and
/// returns one summary line per target (Fmax per seed, median, cells, and
/// the floors met or not).
fn fuse_sweep(
    params: FuseParams,
    verilog: Option<&Path>,
    seeds: u32,
    out: &Path,
) -> anyhow::Result<Vec<String>> {
    println!(
        "\n== the fuse alone ({}, {}): nextpnr seeds 1..={seeds} ...",
        capfuse_hdl::FUSE_MODULE,
        verilog.map_or("generated for FuseParams::DEFAULT".to_string(), |p| p
            .display()
            .to_string())
    );
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let v = out.join(format!("{}.v", capfuse_hdl::FUSE_MODULE));
    let text = match verilog {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("reading the fuse Verilog {}", p.display()))?,
        None => capfuse_hdl::generate_fuse_verilog(params),
    };
    std::fs::write(&v, text).with_context(|| format!("writing {}", v.display()))?;
    let mut rows = Vec::new();
    for target in [Target::Ice40, Target::Ecp5] {
        let work = out.join(target.to_string());
        std::fs::create_dir_all(&work)?;
        let synth = capfuse_progress::run(format!("fuse: yosys for {target}"), || {
            flow::synth(target, &v, &work)
        })
        .with_context(|| format!("synthesising the fuse for {target}"))?;
        println!("  {target}: yosys {}", synth.summary());
        let mut fmax = Vec::new();
        let mut cells = None;
        for seed in 1..=seeds {
            let pnr =
                capfuse_progress::run(format!("fuse: nextpnr on {target}, seed {seed}"), || {
                    flow::pnr_seeded(&synth, None, seed)
                })
                .with_context(|| format!("placing the fuse on {target} with seed {seed}"))?;
            let lc = pnr
                .utilisation
                .get("ICESTORM_LC")
                .or_else(|| pnr.utilisation.get("TRELLIS_COMB"))
                .map(|(used, _)| *used);
            println!(
                "  {target} seed {seed}: Fmax {:.2} MHz, {} in {:.1} s",
                pnr.fmax_mhz,
                lc.map_or("no cell count".to_string(), |n| format!("{n} logic cells")),
                pnr.seconds
            );
            cells = cells.or(lc);
            fmax.push(pnr.fmax_mhz);
        }
        let seed1 = fmax[0];
        let mut sorted = fmax.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted[sorted.len() / 2];
        let (floor_mhz, floor_cells) = fuse_floor(target);
        let met = |ok: bool| if ok { "met" } else { "NOT met" };
        let mut line = format!(
            "fuse {target}: Fmax seed 1 {seed1:.2} MHz, median of {seeds} {median:.2} MHz (min {:.2}, max {:.2}); floor {floor_mhz:.0} MHz at seed 1 {} and as median {}",
            sorted[0],
            sorted[sorted.len() - 1],
            met(seed1 >= floor_mhz),
            met(median >= floor_mhz)
        );
        if let (Some(n), Some(max)) = (cells, floor_cells) {
            line.push_str(&format!("; {n} logic cells, floor {max} {}", met(n <= max)));
        }
        rows.push(line);
    }
    Ok(rows)
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
