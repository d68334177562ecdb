//! Formal proofs on the emitted `capfuse_core` Verilog (issue 6), with
//! yosys `sat -tempinduct` (unbounded: k-induction). See docs/formal.md.
//!
//! Each property is a hand-written fragment in `hdl/formal/*.vh`, included
//! at the end of module `capfuse_core` under `ifdef FORMAL` (yosys 0.23 has
//! no hierarchical references, so the fragment sits inside the module to see
//! its registers). Every input of the core is free. Each proof also runs on a
//! deliberately broken copy of the Verilog (one text substitution) that the
//! prover must reject, so a proof that cannot fail is caught.
//!
//! Run with `--nocapture` to see the run times.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use capfuse_abi::FuseParams;
use capfuse_hdl::flow::{self, Tool};

/// Where the module `capfuse_core` ends (its sub-modules follow).
const CORE_END: &str = "endmodule // capfuse_core\n";

/// One property and its broken variant.
struct Proof {
    /// Fragment `hdl/formal/<name>.vh`.
    name: &'static str,
    /// Induction length bound, the same for the real design (which must
    /// prove within it) and for the broken variant (which must not).
    max_steps: u32,
    /// The broken variants: each replaces `from` (which must occur exactly
    /// once) by `to` in the emitted Verilog.
    mutants: &'static [(&'static str, &'static str)],
}

const PROOFS: &[Proof] = &[
    Proof {
        name: "tighten_only",
        max_steps: 2,
        mutants: &[
            // a CUM_BUDGET_COMMIT applies even when the staged budget is looser
            (
                "do_commit = ap_commit$q & ~loosen_borrow$q;",
                "do_commit = ap_commit$q;",
            ),
            // a ratio or window-budget write is never judged looser
            ("v_gt_old$d = v_q$q > old_q$q;", "v_gt_old$d = 1'b0;"),
        ],
    },
    Proof {
        name: "kill_dominance",
        max_steps: 2,
        // the kill pin no longer stops the accelerator
        mutants: &[("kill_now = kill | kill_reg_n;", "kill_now = kill_reg_n;")],
    },
    Proof {
        name: "trip_sticky",
        max_steps: 2,
        // CLEAR_TRIP acts whenever the pending grant has it, without grant_apply
        mutants: &[("if (gclear) begin", "if (gp_clear$q) begin")],
    },
    Proof {
        name: "axi_protocol",
        max_steps: 2,
        // a write may start while the previous response is still pending
        mutants: &[
            (
                "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q & ~ghold;",
                "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~ghold;",
            ),
            // (bounded response) a write waits while the kill pin is high
            (
                "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q & ~ghold;",
                "start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q & ~ghold & ~kill;",
            ),
        ],
    },
];

struct Outcome {
    label: String,
    proven: bool,
    counterexample: bool,
    seconds: f64,
    log: PathBuf,
}

fn fragment(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("formal")
        .join(format!("{name}.vh"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Writes `core.v` (the core with the fragment included) into a fresh
/// directory and runs the induction.
fn run(work: &Path, label: &str, name: &str, verilog: &str, steps: u32) -> Outcome {
    let dir = work.join(label);
    std::fs::create_dir_all(&dir).unwrap();
    assert_eq!(verilog.matches(CORE_END).count(), 1, "module end marker");
    let core = verilog.replace(CORE_END, &format!("`include \"{name}.vh\"\n{CORE_END}"));
    std::fs::write(dir.join("core.v"), core).unwrap();
    std::fs::write(dir.join(format!("{name}.vh")), fragment(name)).unwrap();
    let script = format!(
        "read_verilog -formal core.v; prep -top capfuse_core -flatten; \
         sat -tempinduct -prove-asserts -maxsteps {steps} -verify"
    );
    let t = Instant::now();
    let out = Tool::YOSYS
        .run(["-q", "-l", "yosys.log", "-p", &script], &dir)
        .unwrap_or_else(|e| panic!("{e:#}"));
    let seconds = t.elapsed().as_secs_f64();
    let log = dir.join("yosys.log");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let proven = out.status.success();
    if !proven {
        // a failure must be the prover's verdict, not a parse or tool error
        assert!(
            text.contains("Called with -verify and proof did fail"),
            "{label}: yosys failed without a proof verdict; see {}",
            log.display()
        );
    }
    Outcome {
        label: label.to_string(),
        proven,
        counterexample: text.contains("model found for base case"),
        seconds,
        log,
    }
}

#[test]
fn formal_proofs_hold_and_broken_variants_are_rejected() {
    let version = Tool::YOSYS.require().unwrap_or_else(|e| {
        panic!("the formal proofs need yosys (0.23 or later): {e:#}");
    });
    println!("{version}");
    let verilog = capfuse_hdl::generate_verilog(FuseParams::DEFAULT);
    let work = flow::work_dir("hdl-formal").expect("creating the work directory");

    // (label, fragment, verilog, steps, must prove)
    let mut jobs: Vec<(String, &'static str, String, u32, bool)> = Vec::new();
    for p in PROOFS {
        jobs.push((
            p.name.to_string(),
            p.name,
            verilog.clone(),
            p.max_steps,
            true,
        ));
        for (i, (from, to)) in p.mutants.iter().enumerate() {
            assert_eq!(
                verilog.matches(from).count(),
                1,
                "{}: the mutation target `{from}` must occur exactly once in the emitted Verilog",
                p.name
            );
            let broken = verilog.replace(from, to);
            jobs.push((
                format!("{}-broken{}", p.name, i + 1),
                p.name,
                broken,
                p.max_steps,
                false,
            ));
        }
    }

    // two workers: the proofs are single-threaded and the machine has 2 cores
    let queue = Mutex::new(jobs.into_iter().collect::<Vec<_>>());
    let results = Mutex::new(Vec::new());
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let job = queue.lock().unwrap().pop();
                let Some((label, name, v, steps, expect)) = job else {
                    break;
                };
                let o = run(&work, &label, name, &v, steps);
                println!(
                    "{:<24} {:<9} {:>6.1} s{}",
                    o.label,
                    if o.proven { "proven" } else { "rejected" },
                    o.seconds,
                    if o.counterexample {
                        " (counterexample)"
                    } else {
                        ""
                    }
                );
                results.lock().unwrap().push((o, expect));
            });
        }
    });
    println!(
        "all formal runs: {:.1} s wall",
        start.elapsed().as_secs_f64()
    );

    let results = results.into_inner().unwrap();
    let mut failures = Vec::new();
    for (o, expect) in &results {
        if o.proven != *expect {
            failures.push(format!(
                "{}: expected {}, got {} (log {})",
                o.label,
                if *expect { "proven" } else { "rejected" },
                if o.proven { "proven" } else { "rejected" },
                o.log.display()
            ));
        }
    }
    let expected: usize = PROOFS.iter().map(|p| 1 + p.mutants.len()).sum();
    assert_eq!(results.len(), expected);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
