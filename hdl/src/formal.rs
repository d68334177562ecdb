//! Formal proofs of the fuse (issue 6) with yosys `sat -tempinduct`
//! (k-induction, so a proof is unbounded). See `docs/formal.md`.
//!
//! Each property is one or more hand-written Verilog fragments
//! (`hdl/formal/*.vh`, built into the library), each included just before
//! the end of a module of a copy of the emitted Verilog under
//! `` `ifdef FORMAL ``: yosys 0.23 has no hierarchical references, so a
//! fragment must sit inside the module whose registers it names, and a
//! property about a sub-block (the throttle) is stated in the block's module
//! with a second fragment in the core tying the block's ports to the core.
//! Every input is free. Each proof also has broken variants, one text
//! substitution each in the emitted Verilog, that the prover must reject,
//! so a proof that cannot fail is caught.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, ensure, Context, Result};
use capfuse_abi::FuseParams;

use crate::flow::Tool;

/// The module of the emitted core that most fragments go into.
const CORE: &str = "capfuse_core";

/// Which Verilog a proof runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// `capfuse_core` for `FuseParams::DEFAULT`, each fragment included at
    /// the end of its module, `capfuse_core` the top.
    Core,
    /// `capfuse_card` for `FuseParams::DEFAULT` and the key set
    /// [`CARD_KEYS`] (k = 1) with the instances [`CARD_CUT`] cut out (see
    /// [`cut_card`]), the top; the proof is that the forward cone of the
    /// `seed` input reaches no output (yosys `select %co*`), with the
    /// engine's result data reaching `axi_rdata` as the control that the
    /// cone crosses registers and RAMs. There are no fragments.
    CardCone,
}

/// The authority key set of the card proofs: one key (any point on the
/// curve; the proof does not depend on it).
pub const CARD_KEYS: [[u8; 32]; 1] = [[1; 32]];

/// The card's sub-blocks that the secrecy proof cuts out: the Ed25519
/// engine (the one block that must see the seed).
pub const CARD_CUT: &[&str] = &["ed"];

/// Inputs of a cut instance that are not brought out as card outputs: the
/// clock, and the engine's seed (the one place the seed may go).
const CUT_PRIVATE: &[&str] = &["ed$clock", "ed$seed", "fuse$clock"];

/// One broken variant: `from` (which must occur exactly once in the
/// emitted Verilog) replaced by `to`.
#[derive(Clone, Copy, Debug)]
pub struct Mutant {
    pub from: &'static str,
    pub to: &'static str,
    /// What the substitution breaks, in words.
    pub breaks: &'static str,
}

/// One fragment of a property: Verilog included at the end of a module.
#[derive(Clone, Copy, Debug)]
pub struct Fragment {
    /// The file's stem, `hdl/formal/<file>.vh`.
    pub file: &'static str,
    /// The emitted module it goes into (`capfuse_core`, or a sub-block's
    /// module such as `capfuse_core$throttle`).
    pub module: &'static str,
    /// The fragment's text.
    pub text: &'static str,
    /// Wires the fragment declares and leaves undriven, each connected
    /// after flattening to a signal inside a block (`("f_sw0",
    /// "cap.sw0$q")`): yosys 0.23 has no hierarchical references, and a
    /// block's registers are not its ports. A name that is not there fails
    /// the proof's setup.
    pub links: &'static [(&'static str, &'static str)],
}

/// The fragment `hdl/formal/<file>.vh`, included into `capfuse_core`.
macro_rules! core_fragment {
    ($file:literal) => {
        Fragment {
            file: $file,
            module: CORE,
            text: include_str!(concat!("../formal/", $file, ".vh")),
            links: &[],
        }
    };
    ($file:literal, links: $links:expr) => {
        Fragment {
            file: $file,
            module: CORE,
            text: include_str!(concat!("../formal/", $file, ".vh")),
            links: $links,
        }
    };
}

/// One property.
#[derive(Clone, Copy, Debug)]
pub struct Proof {
    /// The property's name (the label of its runs).
    pub name: &'static str,
    pub subject: Subject,
    /// The fragments that state it.
    pub fragments: &'static [Fragment],
    /// Induction length bound, the same for the real design (which must
    /// prove within it) and for the broken variants (which must not); 0
    /// for the cone check, which has no induction.
    pub max_steps: u32,
    pub mutants: &'static [Mutant],
}

/// The links of `write_decode.vh`: the register block's write selects.
const WRITE_DECODE_LINKS: &[(&str, &str)] = &[("f_wsel", "reg_write.sel_q$q")];

/// Every proof, in the order of `docs/formal.md`.
pub const PROOFS: &[Proof] = &[
    Proof {
        name: "tighten_only",
        subject: Subject::Core,
        fragments: &[
            core_fragment!(
                "tighten_only",
                links: &[("f_looser", "commit.loosen_borrow$q")]
            ),
            core_fragment!("write_decode", links: WRITE_DECODE_LINKS),
        ],
        max_steps: 2,
        mutants: &[
            Mutant {
                from: "do_commit = ap_commit$q & ~commit$looser;",
                to: "do_commit = ap_commit$q;",
                breaks: "a CUM_BUDGET_COMMIT applies even when the staged budget is looser",
            },
            Mutant {
                from: "above = staged > staged_old;",
                to: "above = 1'b0;",
                breaks: "a ratio or window-budget write is never judged looser",
            },
            Mutant {
                from: "below = staged < staged_old;",
                to: "below = 1'b0;",
                breaks: "a window-length write is never judged looser",
            },
            Mutant {
                from: "if (holds_addr == 32'h2c) begin",
                to: "if (holds_addr == 32'h2c || holds_addr == 32'h28) begin",
                breaks: "the write decode selects two registers for one address: a \
                         BASELINE_RATIO write also writes TRIP_RATIO, judged against \
                         BASELINE_RATIO only",
            },
        ],
    },
    Proof {
        name: "trip_sticky",
        subject: Subject::Core,
        fragments: &[core_fragment!("trip_sticky")],
        max_steps: 2,
        mutants: &[Mutant {
            from: "trip$clear = grant$apply & grant$clear_trip;",
            to: "trip$clear = grant$clear_trip;",
            breaks: "CLEAR_TRIP acts whenever the pending grant has it, without grant_apply",
        }],
    },
    Proof {
        name: "hard_cap",
        subject: Subject::Core,
        fragments: &[
            core_fragment!(
                "hard_cap",
                links: &[
                    ("f_sw0", "cap.sw0$q"),
                    ("f_sw1", "cap.sw1$q"),
                    ("f_sw2", "cap.sw2$q"),
                    ("f_sw_pend", "cap.pend$q"),
                    ("f_sw_neg", "cap.neg$q"),
                    ("f_diff0", "commit.diff0$q"),
                    ("f_diff1", "commit.diff1$q"),
                    ("f_diff2", "commit.diff2$q"),
                    ("f_diff_borrow", "commit.diff_borrow$q"),
                    ("f_dw_b0", "commit.dw_b0_q$q"),
                    ("f_dw_b1", "commit.dw_b1_q$q"),
                    ("f_c_sw0", "commit.c_sw0$q"),
                    ("f_c_sw1", "commit.c_sw1$q"),
                ]
            ),
            Fragment {
                file: "meter",
                module: "capfuse_core$meter",
                text: include_str!("../formal/meter.vh"),
                links: &[],
            },
            Fragment {
                file: "cap_slack",
                module: "capfuse_core$cap",
                text: include_str!("../formal/cap_slack.vh"),
                links: &[],
            },
            core_fragment!("write_decode", links: WRITE_DECODE_LINKS),
        ],
        max_steps: 2,
        mutants: &[
            Mutant {
                from: "if (load_zero) begin",
                to: "if (1'b0) begin",
                breaks: "a budget commit or grant below CUM_WORK leaves the wrapped \
                         difference as slack instead of 0",
            },
            Mutant {
                from: "(sw0$q[(32'h0)+:(16)] >= max_work)",
                to: "(sw0$q[(32'h0)+:(16)] >= max_work - 16'h1)",
                breaks: "the cap check is off by one: a slack of 2W - 1 before a cycle lets the \
                         next one run, which may then admit W with W - 1 left",
            },
            Mutant {
                from: "(sw0$q[(32'h0)+:(16)] >= max_work)",
                to: "(sw0$q[(32'h0)+:(16)] >= max_work + 16'h1)",
                breaks: "the cap stops a cycle early: a slack of 2W before the cycle \
                         does not let the next one run",
            },
        ],
    },
    Proof {
        name: "kill_dominance",
        subject: Subject::Core,
        fragments: &[core_fragment!("kill_dominance")],
        max_steps: 2,
        mutants: &[Mutant {
            from: "kill_now = kill_pin | kill_reg;",
            to: "kill_now = kill_reg;",
            breaks: "the kill pin no longer stops the accelerator",
        }],
    },
    Proof {
        name: "throttle",
        subject: Subject::Core,
        fragments: &[
            Fragment {
                file: "throttle",
                module: "capfuse_core$throttle",
                text: include_str!("../formal/throttle.vh"),
                links: &[],
            },
            core_fragment!(
                "throttle_core",
                links: &[
                    ("f_reason_lic_d", "trip.reason_lic$d"),
                    ("f_en_d", "clk_en.en$d"),
                ]
            ),
        ],
        max_steps: 2,
        mutants: &[
            Mutant {
                from: "sum_b = ((acc$q) & 9'h1ff) + base_eff$q;",
                to: "sum_b = ((acc$q) & 9'h1ff) + base_eff$q + 9'h1;",
                breaks: "the accumulator adds one more than the baseline ratio",
            },
            Mutant {
                from: "thr = ~stop & ~pace & ~pulse;",
                to: "thr = 1'b0;",
                breaks: "the enable no longer waits for the accumulator's pulse",
            },
        ],
    },
    Proof {
        name: "axi_protocol",
        subject: Subject::Core,
        fragments: &[core_fragment!("axi_protocol")],
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
            Mutant {
                from: "arready = ~(pending$q | rvalid_q$q);",
                to: "arready = ~rvalid_q$q;",
                breaks: "a second read is taken while the first one's word is picked",
            },
            Mutant {
                from: "take = arvalid & ~(pending$q | rvalid_q$q);",
                to: "take = arvalid & ~rvalid_q$q;",
                breaks: "a read address is taken again, without a handshake, while its word is picked",
            },
        ],
    },
    Proof {
        name: "secrecy",
        subject: Subject::CardCone,
        fragments: &[],
        max_steps: 0,
        mutants: &[
            Mutant {
                from: "rd = seq0$q;\n                    rd_ok = 1'b1;",
                to: "rd = seq0$q ^ seed[31:0];\n                    rd_ok = 1'b1;",
                breaks: "REPORT_SEQ_0 reads back xor the seed's first word",
            },
            Mutant {
                from: "ed_buf_wdata = asm_word;",
                to: "ed_buf_wdata = asm_word ^ seed[63:32];",
                breaks: "the report words sent to the engine for signing carry seed bits",
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
    /// yosys proved the property (the induction closed; for the cone
    /// check, the seed's cone holds no output).
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

/// The Verilog a proof's subject is emitted as (before its fragments go in).
pub fn source(subject: Subject) -> Result<String> {
    match subject {
        Subject::Core => Ok(crate::generate_verilog(FuseParams::DEFAULT)),
        Subject::CardCone => crate::generate_card_verilog(FuseParams::DEFAULT, &CARD_KEYS, 1),
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
    let (script, verdict) = match proof.subject {
        Subject::Core => {
            let mut design = verilog;
            for f in proof.fragments {
                let end = format!("endmodule // {}\n", f.module);
                ensure!(
                    design.matches(&end).count() == 1,
                    "{label}: the end of module {} is not where it was (fragment {}.vh)",
                    f.module,
                    f.file
                );
                let include = format!("`include \"{}.vh\"\n", f.file);
                design = design.replace(&end, &format!("{include}{end}"));
                std::fs::write(dir.join(format!("{}.vh", f.file)), f.text)?;
            }
            std::fs::write(dir.join("design.v"), design)?;
            let links: String = proof
                .fragments
                .iter()
                .flat_map(|f| f.links)
                .map(|(wire, target)| format!("connect -set {wire} {target}; "))
                .collect();
            (
                format!(
                    // `proc -norom` first: a case of constants (the
                    // generated write decode) would otherwise become a ROM,
                    // which `sat` cannot import.
                    "read_verilog -formal -DCAPFUSE_MAX_WORK=16'd{} design.v; proc -norom; \
                     prep -top {} -flatten; {links}sat -tempinduct -prove-asserts -maxsteps {} \
                     -verify",
                    FuseParams::DEFAULT.max_work_per_cycle,
                    crate::TOP_MODULE,
                    proof.max_steps
                ),
                "Called with -verify and proof did fail",
            )
        }
        Subject::CardCone => {
            let (cut, _) = cut_card(&verilog, CARD_CUT)?;
            std::fs::write(dir.join("design.v"), cut)?;
            (
                "read_verilog design.v; hierarchy -check -top capfuse_card; proc; flatten; \
                 opt_clean; select -assert-count 1 w:seed; \
                 select -assert-any w:ed$res_data %co* w:axi_rdata %i; \
                 select -assert-none w:seed %co* o:* %i"
                    .to_string(),
                "Assertion failed: selection is not empty",
            )
        }
    };
    let t = Instant::now();
    let out = Tool::YOSYS.run(["-q", "-l", "yosys.log", "-p", &script], &dir)?;
    let seconds = t.elapsed().as_secs_f64();
    let log = dir.join("yosys.log");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    // yosys declares a name it does not know as a free 1-bit wire, which
    // would let a property that names a signal the design no longer has be
    // refuted (or a broken variant look rejected) for the wrong reason.
    if let Some(line) = text.lines().find(|l| l.contains("is implicitly declared")) {
        bail!(
            "{label}: the property names a signal the design does not declare ({}); \
             rename it in its fragment ({}) to what the emitted Verilog calls it",
            line.trim(),
            proof
                .fragments
                .iter()
                .map(|f| format!("hdl/formal/{}.vh", f.file))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    // A link whose block signal (or fragment wire) is not in the flattened
    // design: `connect` stops yosys before any verdict.
    if let Some(line) = text.lines().find(|l| l.contains("Failed to parse set")) {
        let links = proof
            .fragments
            .iter()
            .flat_map(|f| {
                f.links
                    .iter()
                    .map(move |(w, t)| format!("{w} -> {t} ({}.vh)", f.file))
            })
            .collect::<Vec<_>>()
            .join(", ");
        bail!(
            "{label}: a link names a signal the flattened design does not have ({}); \
             links: {links}. Rename it to what yosys calls the block's register \
             after `flatten` (instance.register$q)",
            line.trim()
        );
    }
    let proven = out.status.success();
    if !proven && !text.contains(verdict) {
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

/// A port of the cut card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    pub output: bool,
    /// `[h:0] ` or empty.
    pub range: String,
    pub name: String,
}

/// The text from `start` to the end of the module `name` that follows it.
fn module_span(v: &str, start: usize, name: &str) -> Result<std::ops::Range<usize>> {
    let end_tag = format!("endmodule // {name}\n");
    let end = v[start..]
        .find(&end_tag)
        .with_context(|| format!("the end of module {name}"))?;
    Ok(start..start + end + end_tag.len())
}

/// Cuts the instances `cut` out of the card's Verilog: each instance and
/// its modules go; in `capfuse_card`, the wires its outputs drove become
/// card inputs (free) and the signals that fed its inputs card outputs
/// (observed), but for [`CUT_PRIVATE`]. Returns the Verilog and the cut
/// card's ports.
pub fn cut_card(verilog: &str, cut: &[&str]) -> Result<(String, Vec<Port>)> {
    let mut v = verilog.to_string();
    let top_start = v
        .find("module capfuse_card(")
        .context("module capfuse_card")?;
    let top = module_span(&v, top_start, "capfuse_card")?;
    let mut body = v[top.clone()].to_string();
    let mut extra = Vec::new();
    for inst in cut {
        // the instance
        let head = format!("    capfuse_card${inst} {inst}(\n");
        ensure!(
            body.matches(&head).count() == 1,
            "instance {inst} of the card"
        );
        let i = body.find(&head).unwrap();
        let j = i + body[i..].find("    );\n").context("end of instance")? + "    );\n".len();
        body.replace_range(i..j, "");
        // its signals in the card: `wire` = driven by the instance
        let prefix = format!("{inst}$");
        let mut lines = Vec::new();
        for line in body.lines() {
            let t = line.trim_start();
            let decl = t
                .strip_prefix("wire  ")
                .map(|r| (false, r))
                .or_else(|| t.strip_prefix("reg  ").map(|r| (true, r)));
            let new = match decl {
                Some((is_reg, rest)) if line.starts_with("    ") => {
                    let (range, name) = match rest.strip_prefix('[') {
                        Some(r) => {
                            let k = r.find("] ").context("range")?;
                            (format!("[{}] ", &r[..k]), &r[k + 2..])
                        }
                        None => (String::new(), rest),
                    };
                    let name = name.trim_end_matches(';');
                    if name.starts_with(&prefix) && !CUT_PRIVATE.contains(&name) {
                        extra.push(Port {
                            output: is_reg,
                            range: range.clone(),
                            name: name.to_string(),
                        });
                        let kind = if is_reg { "output reg" } else { "input wire" };
                        format!("    {kind}  {range}{name};")
                    } else {
                        line.to_string()
                    }
                }
                _ => line.to_string(),
            };
            lines.push(new);
        }
        body = lines.join("\n") + "\n";
    }
    // the port list
    let h = body.find(");\n").context("card header")?;
    let names: Vec<&str> = extra.iter().map(|p| p.name.as_str()).collect();
    body.insert_str(h, &format!(",{}", names.join(",")));
    v.replace_range(top, &body);
    // the cut instances' modules
    for inst in cut {
        let tag = format!("\nmodule capfuse_card${inst}");
        while let Some(i) = v.find(&tag) {
            let open = v[i..].find('(').context("module name")?;
            let name = v[i + "\nmodule ".len()..i + open].to_string();
            let span = module_span(&v, i + 1, &name)?;
            v.replace_range(span, "");
        }
    }
    // every port of the cut card
    let top_start = v.find("module capfuse_card(").unwrap();
    let top = module_span(&v, top_start, "capfuse_card")?;
    let mut ports = Vec::new();
    for line in v[top].lines() {
        let t = line.trim();
        let (output, rest) = if let Some(r) = t.strip_prefix("input wire ") {
            (false, r)
        } else if let Some(r) = t.strip_prefix("output reg ") {
            (true, r)
        } else {
            continue;
        };
        let rest = rest.trim_start();
        let (range, name) = match rest.strip_prefix('[') {
            Some(r) => {
                let k = r.find("] ").context("range")?;
                (format!("[{}] ", &r[..k]), &r[k + 2..])
            }
            None => (String::new(), rest),
        };
        ports.push(Port {
            output,
            range,
            name: name.trim_end_matches(';').to_string(),
        });
    }
    Ok((v, ports))
}
