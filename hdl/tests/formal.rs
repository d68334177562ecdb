//! Formal proofs of the fuse (issue 6): every proof in
//! `capfuse_hdl::formal::PROOFS` must hold and every one of its broken
//! variants must be rejected. See docs/formal.md.
//!
//! Run with `--nocapture` to see the run times.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use capfuse_hdl::flow::{self, Tool};
use capfuse_hdl::formal::{self, Proof, Run, Subject};

#[test]
fn formal_proofs_hold_and_broken_variants_are_rejected() {
    let version = Tool::YOSYS.require().unwrap_or_else(|e| {
        panic!("the formal proofs need yosys (0.23 or later): {e:#}");
    });
    println!("{version}");
    let work = flow::work_dir("hdl-formal").expect("creating the work directory");

    // CAPFUSE_FORMAL=name,name runs only those proofs (while working on one)
    let only = std::env::var("CAPFUSE_FORMAL").ok();
    let selected: Vec<&'static Proof> = formal::PROOFS
        .iter()
        .filter(|p| {
            only.as_ref()
                .is_none_or(|o| o.split(',').any(|n| n == p.name))
        })
        .collect();
    assert!(!selected.is_empty(), "CAPFUSE_FORMAL selects no proof");

    let mut sources: HashMap<Subject, String> = HashMap::new();
    for p in &selected {
        sources
            .entry(p.subject)
            .or_insert_with(|| formal::source(p.subject).unwrap_or_else(|e| panic!("{e:#}")));
    }

    // (proof, variant): None is the real design, which must prove
    let mut jobs: Vec<(&'static Proof, Option<usize>)> = Vec::new();
    for &p in &selected {
        jobs.push((p, None));
        jobs.extend((0..p.mutants.len()).map(|i| (p, Some(i))));
    }
    let expected = jobs.len();
    // taken from the end of the list, two workers:
    // the runs are single-threaded and the machine has 2 cores

    let queue = Mutex::new(jobs);
    let results: Mutex<Vec<(Run, bool)>> = Mutex::new(Vec::new());
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let job = queue.lock().unwrap().pop();
                let Some((p, variant)) = job else {
                    break;
                };
                let r = formal::run_variant(p, variant, &sources[&p.subject], &work)
                    .unwrap_or_else(|e| panic!("{e:#}"));
                println!(
                    "{:<24} {:<9} {:>6.1} s{}",
                    r.label,
                    if r.proven { "proven" } else { "rejected" },
                    r.seconds,
                    if r.counterexample {
                        " (counterexample)"
                    } else {
                        ""
                    }
                );
                results.lock().unwrap().push((r, variant.is_none()));
            });
        }
    });
    println!(
        "all formal runs: {:.1} s wall",
        start.elapsed().as_secs_f64()
    );

    let results = results.into_inner().unwrap();
    assert_eq!(results.len(), expected);
    let failures: Vec<String> = results
        .iter()
        .filter(|(r, expect)| r.proven != *expect)
        .map(|(r, expect)| {
            format!(
                "{}: expected {}, got {} (log {})",
                r.label,
                if *expect { "proven" } else { "rejected" },
                if r.proven { "proven" } else { "rejected" },
                r.log.display()
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `formal::run` (what a bench calls) runs the proof and each broken
/// variant and reports them all; on the quickest proof.
#[test]
fn library_run_reports_the_proof_and_every_variant() {
    Tool::YOSYS.require().unwrap_or_else(|e| {
        panic!("the formal proofs need yosys (0.23 or later): {e:#}");
    });
    let work = flow::work_dir("hdl-formal-run").expect("creating the work directory");
    let p = formal::proof("secrecy").expect("the secrecy proof");
    let o = formal::run(p, &work).unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(o.proof, "secrecy");
    assert_eq!(o.broken.len(), p.mutants.len());
    assert!(o.real.proven && o.real.seconds > 0.0, "{:?}", o.real);
    assert!(o.broken.iter().all(|r| !r.proven), "{:?}", o.broken);
    assert!(o.ok());
}

/// The error of a one-fragment core proof that must fail in its setup.
fn setup_error(fragments: &'static [formal::Fragment]) -> String {
    Tool::YOSYS.require().unwrap_or_else(|e| {
        panic!("the formal proofs need yosys (0.23 or later): {e:#}");
    });
    let name = fragments[0].file;
    let work = flow::work_dir(&format!("hdl-formal-{name}")).expect("creating the work directory");
    let p = formal::Proof {
        name,
        subject: formal::Subject::Core,
        fragments,
        max_steps: 1,
        mutants: &[],
    };
    let e = formal::run(&p, &work).expect_err("the run must fail in its setup");
    format!("{e:#}")
}

/// A property that names a signal the design does not have is an error,
/// not a refutation: yosys would take the name as a free wire.
#[test]
fn a_property_naming_an_undeclared_signal_is_an_error() {
    let msg = setup_error(&[formal::Fragment {
        file: "undeclared",
        module: "capfuse_core",
        text: "`ifdef FORMAL\nalways @* assert (no_such_register$q == 1'b0);\n`endif\n",
        links: &[],
    }]);
    assert!(
        msg.contains("does not declare") && msg.contains("no_such_register"),
        "{msg}"
    );
}

/// A fragment for a module the emitted design does not have (a renamed or
/// removed sub-block) is an error naming the module, not a silent skip.
#[test]
fn a_fragment_for_a_missing_module_is_an_error() {
    let msg = setup_error(&[formal::Fragment {
        file: "no_module",
        module: "capfuse_core$no_such_block",
        text: "`ifdef FORMAL\n`endif\n",
        links: &[],
    }]);
    assert!(
        msg.contains("capfuse_core$no_such_block") && msg.contains("no_module.vh"),
        "{msg}"
    );
}

/// A link to a block signal the design does not have (a renamed register)
/// is an error naming the link, not a free wire.
#[test]
fn a_link_to_a_missing_block_signal_is_an_error() {
    let msg = setup_error(&[formal::Fragment {
        file: "no_link",
        module: "capfuse_core",
        text: "`ifdef FORMAL\nwire f_x;\nalways @* assert (f_x == 1'b0);\n`endif\n",
        links: &[("f_x", "cap.no_such_register$q")],
    }]);
    assert!(
        msg.contains("cap.no_such_register$q") && msg.contains("no_link.vh"),
        "{msg}"
    );
}
