//! Formal proofs of the fuse (issue 6) with yosys `sat -tempinduct`
//! (k-induction, so a proof is unbounded). See `docs/formal.md`.
//!
//! Each property is a hand-written Verilog fragment (`hdl/formal/*.vh`,
//! built into the library) included just before the end of a module of a
//! copy of the emitted Verilog under `` `ifdef FORMAL ``: yosys 0.23 has no
//! hierarchical references, so a property must sit inside the module whose
//! registers it names. Every input is free. Each proof also has broken
//! variants, one text substitution each in the emitted Verilog, that the
//! prover must reject, so a proof that cannot fail is caught.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, ensure, Context, Result};
use capfuse_abi::FuseParams;

use crate::flow::Tool;

/// Where the module `capfuse_core` ends (its sub-modules follow).
const CORE_END: &str = "endmodule // capfuse_core\n";

/// Which Verilog a proof runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// `capfuse_core` for `FuseParams::DEFAULT`, the fragment included at
    /// the end of the module, `capfuse_core` the top.
    Core,
}

/// One broken variant: `from` (which must occur exactly once in the
/// emitted Verilog) replaced by `to`.
#[derive(Clone, Copy, Debug)]
pub struct Mutant {
    pub from: &'static str,
    pub to: &'static str,
    /// What the substitution breaks, in words.
    pub breaks: &'static str,
}

/// One property.
#[derive(Clone, Copy, Debug)]
pub struct Proof {
    /// The fragment's name, `hdl/formal/<name>.vh`.
    pub name: &'static str,
    pub subject: Subject,
    /// The fragment's text.
    pub fragment: &'static str,
    /// Induction length bound, the same for the real design (which must
    /// prove within it) and for the broken variants (which must not).
    pub max_steps: u32,
    pub mutants: &'static [Mutant],
}

/// Every proof, in the order of `docs/formal.md`.
pub const PROOFS: &[Proof] = &[
    Proof {
        name: "tighten_only",
        subject: Subject::Core,
        fragment: include_str!("../formal/tighten_only.vh"),
        max_steps: 2,
        mutants: &[
            Mutant {
                from: "do_commit = ap_commit$q & ~loosen_borrow$q;",
                to: "do_commit = ap_commit$q;",
                breaks: "a CUM_BUDGET_COMMIT applies even when the staged budget is looser",
            },
            Mutant {
                from: "v_gt_old$d = v_q$q > old_q$q;",
                to: "v_gt_old$d = 1'b0;",
                breaks: "a ratio or window-budget write is never judged looser",
            },
        ],
    },
    Proof {
        name: "trip_sticky",
        subject: Subject::Core,
        fragment: include_str!("../formal/trip_sticky.vh"),
        max_steps: 2,
        mutants: &[Mutant {
            from: "if (gclear) begin",
            to: "if (gp_clear$q) begin",
            breaks: "CLEAR_TRIP acts whenever the pending grant has it, without grant_apply",
        }],
    },
    Proof {
        name: "hard_cap",
        subject: Subject::Core,
        fragment: include_str!("../formal/hard_cap.vh"),
        max_steps: 2,
        mutants: &[
            Mutant {
                from: "if (diff_borrow$q) begin",
                to: "if (1'b0) begin",
                breaks: "a budget commit or grant below CUM_WORK leaves the wrapped \
                         difference as slack instead of 0",
            },
            Mutant {
                from: "(sw0$q[(32'h0)+:(16)] >= max_work)",
                to: "(sw0$q[(32'h0)+:(16)] >= max_work - 16'h1)",
                breaks: "the cap check is off by one: a slack of W - 1 still admits W",
            },
        ],
    },
    Proof {
        name: "kill_dominance",
        subject: Subject::Core,
        fragment: include_str!("../formal/kill_dominance.vh"),
        max_steps: 2,
        mutants: &[Mutant {
            from: "kill_now = kill | kill_reg_n;",
            to: "kill_now = kill_reg_n;",
            breaks: "the kill pin no longer stops the accelerator",
        }],
    },
    Proof {
        name: "throttle",
        subject: Subject::Core,
        fragment: include_str!("../formal/throttle.vh"),
        max_steps: 2,
        mutants: &[
            Mutant {
                from: "sum_b = ((acc$q) & 9'h1ff) + base_eff$q;",
                to: "sum_b = ((acc$q) & 9'h1ff) + base_eff$q + 9'h1;",
                breaks: "the accumulator adds one more than the baseline ratio",
            },
            Mutant {
                from: "thr = ~stop & ~paced & ~pulse;",
                to: "thr = 1'b0;",
                breaks: "the enable no longer waits for the accumulator's pulse",
            },
        ],
    },
    Proof {
        name: "axi_protocol",
        subject: Subject::Core,
        fragment: include_str!("../formal/axi_protocol.vh"),
        max_steps: 2,
        mutants: &[
            Mutant {
                from: "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q & ~ghold;",
                to: "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~ghold;",
                breaks: "a write may start while the previous response is still pending",
            },
            Mutant {
                from: "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q & ~ghold;",
                to: "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q & ~ghold & ~kill;",
                breaks: "(bounded response) a write waits while the kill pin is high",
            },
        ],
    },
];

/// The proof named `name`.
pub fn proof(name: &str) -> Option<&'static Proof> {
    PROOFS.iter().find(|p| p.name == name)
}

/// One yosys run: the real design or one broken variant.
#[derive(Clone, Debug)]
pub struct Run {
    /// `<proof>` or `<proof>-broken<i>` (from 1).
    pub label: String,
    /// yosys proved every assertion (the induction closed).
    pub proven: bool,
    /// The failure has a concrete trace from power-up (a base case
    /// counterexample) rather than only a counterexample to induction.
    pub counterexample: bool,
    /// Wall time of the yosys run.
    pub seconds: f64,
    /// yosys' log.
    pub log: PathBuf,
}

/// A proof and all its broken variants.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub proof: &'static str,
    pub real: Run,
    /// One per [`Proof::mutants`], in order.
    pub broken: Vec<Run>,
}

impl Outcome {
    /// The proof holds and every broken variant was rejected.
    pub fn ok(&self) -> bool {
        self.real.proven && self.broken.iter().all(|r| !r.proven)
    }
}

/// The Verilog a proof's subject is emitted as (before its fragment goes in).
pub fn source(subject: Subject) -> Result<String> {
    match subject {
        Subject::Core => Ok(crate::generate_verilog(FuseParams::DEFAULT)),
    }
}

/// Runs the proof (`variant` None) or its broken variant `variant` (from
/// 0) on `verilog` (from [`source`]) in a fresh directory under `work`.
/// An error is a tool or setup failure; a failed proof is `proven: false`,
/// and only yosys' own verdict ("proof did fail") counts as one.
pub fn run_variant(
    proof: &Proof,
    variant: Option<usize>,
    verilog: &str,
    work: &Path,
) -> Result<Run> {
    let label = match variant {
        None => proof.name.to_string(),
        Some(i) => format!("{}-broken{}", proof.name, i + 1),
    };
    let verilog = match variant {
        None => verilog.to_string(),
        Some(i) => {
            let m = proof
                .mutants
                .get(i)
                .with_context(|| format!("{}: no broken variant {}", proof.name, i + 1))?;
            ensure!(
                verilog.matches(m.from).count() == 1,
                "{label}: the mutation target `{}` must occur exactly once in the emitted Verilog",
                m.from
            );
            verilog.replace(m.from, m.to)
        }
    };
    let dir = work.join(&label);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let include = format!("`include \"{}.vh\"\n", proof.name);
    let (file, top) = match proof.subject {
        Subject::Core => {
            ensure!(
                verilog.matches(CORE_END).count() == 1,
                "{label}: the end of module capfuse_core is not where it was"
            );
            (
                verilog.replace(CORE_END, &format!("{include}{CORE_END}")),
                crate::TOP_MODULE,
            )
        }
    };
    std::fs::write(dir.join("design.v"), file)?;
    std::fs::write(dir.join(format!("{}.vh", proof.name)), proof.fragment)?;
    let script = format!(
        "read_verilog -formal design.v; prep -top {top} -flatten; \
         sat -tempinduct -prove-asserts -maxsteps {} -verify",
        proof.max_steps
    );
    let t = Instant::now();
    let out = Tool::YOSYS.run(["-q", "-l", "yosys.log", "-p", &script], &dir)?;
    let seconds = t.elapsed().as_secs_f64();
    let log = dir.join("yosys.log");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let proven = out.status.success();
    if !proven && !text.contains("Called with -verify and proof did fail") {
        bail!(
            "{label}: yosys failed without a proof verdict; see {}",
            log.display()
        );
    }
    Ok(Run {
        label,
        proven,
        counterexample: text.contains("model found for base case"),
        seconds,
        log,
    })
}

/// Runs `proof` and then each of its broken variants, one after another,
/// in fresh directories under `work_dir`.
pub fn run(proof: &Proof, work_dir: &Path) -> Result<Outcome> {
    let verilog = source(proof.subject)?;
    let real = run_variant(proof, None, &verilog, work_dir)?;
    let broken = (0..proof.mutants.len())
        .map(|i| run_variant(proof, Some(i), &verilog, work_dir))
        .collect::<Result<Vec<_>>>()?;
    Ok(Outcome {
        proof: proof.name,
        real,
        broken,
    })
}
