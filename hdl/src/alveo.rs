//! The AMD Alveo U250 and U55C integration (`docs/alveo.md`): the files
//! under `constraints/` and the checks that run without Vivado.
//!
//! Vivado is not available here, so nothing below proves that a bitstream
//! builds or works. What is checked:
//!
//! - [`synth_core`]: yosys `synth_xilinx -family xcup` of
//!   `capfuse_alveo_core` (the card behind its clock-domain crossing, the
//!   BUFG/BUFGCE pair, the kill synchroniser and the demo accelerator),
//!   with resource counts compared against each part's totals
//!   ([`Board::budget`]);
//! - [`check_tcl`]: `tclsh` sources `capfuse_alveo.tcl` with a stub for
//!   every Vivado command it may use (a fixed list; any other command
//!   fails), so syntax errors, unknown commands and wrong file paths show;
//!   the block-design ports it creates are turned into the port names
//!   Vivado's wrapper will have and compared with
//!   `constraints/alveo/capfuse_bd_stub.v`;
//! - [`check_xdc`]: every `get_ports` name of the board XDC is a port of
//!   the board top, and every port of the top is constrained except the
//!   PCIe lanes, which the XDMA IP places;
//! - [`check_cdc_xdc`]: every cell pattern of `capfuse_cdc.xdc` names
//!   registers that exist in the emitted `capfuse_card_cdc`.

use crate::flow::{self, Design, Resource, Synth, Target, Tool};
use anyhow::{anyhow, bail, Context, Result};
use capfuse_abi::FuseParams;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// An Alveo card the Tcl script builds for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Board {
    /// Alveo U250 (XCU250, figd2104 package).
    U250,
    /// Alveo U55C (XCU55C, fsvh2892 package, HBM).
    U55c,
}

/// A part's resource totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// CLB LUTs.
    pub luts: u64,
    /// CLB flip-flops.
    pub ffs: u64,
    /// DSP48E2 slices.
    pub dsps: u64,
    /// 36 Kb block RAMs (a RAMB18 counts half).
    pub bram36: u64,
}

impl Board {
    /// Both boards.
    pub const ALL: [Board; 2] = [Board::U250, Board::U55c];

    /// The name the Tcl script takes (`u250`, `u55c`).
    pub fn name(self) -> &'static str {
        match self {
            Board::U250 => "u250",
            Board::U55c => "u55c",
        }
    }

    /// The FPGA part.
    pub fn part(self) -> &'static str {
        match self {
            Board::U250 => "xcu250-figd2104-2L-e",
            Board::U55c => "xcu55c-fsvh2892-2L-e",
        }
    }

    /// The board's top module (`constraints/alveo/<top>.v`).
    pub fn top(self) -> &'static str {
        match self {
            Board::U250 => "capfuse_alveo_u250",
            Board::U55c => "capfuse_alveo_u55c",
        }
    }

    /// The board's pin constraints.
    pub fn xdc(self) -> PathBuf {
        constraints_dir().join(format!("alveo-{}.xdc", self.name()))
    }

    /// The part's totals from AMD's Alveo data sheets (DS962 for the U250,
    /// DS978 for the U55C), as recalled when this was written, not re-read
    /// (no network access to them here). The XDMA of a real build takes a
    /// share of these.
    pub fn budget(self) -> Budget {
        match self {
            Board::U250 => Budget {
                luts: 1_728_000,
                ffs: 3_456_000,
                dsps: 12_288,
                bram36: 2_688,
            },
            Board::U55c => Budget {
                luts: 1_304_000,
                ffs: 2_607_000,
                dsps: 9_024,
                bram36: 2_016,
            },
        }
    }
}

/// `constraints/` of the source tree.
pub fn constraints_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("constraints")
}

/// `constraints/alveo/`.
pub fn alveo_dir() -> PathBuf {
    constraints_dir().join("alveo")
}

/// Name of the board-independent Alveo top (`capfuse_alveo_core.v`).
pub const CORE_MODULE: &str = "capfuse_alveo_core";

/// Writes `capfuse_card_cdc.v` (the input of `capfuse_alveo.tcl`) to
/// `dir` and returns its path.
pub fn write_sources(
    dir: &Path,
    params: FuseParams,
    keys: &[[u8; 32]],
    threshold: u8,
) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join(format!("{}.v", crate::CARD_CDC_MODULE));
    let v = crate::generate_card_cdc_verilog(params, keys, threshold)?;
    std::fs::write(&path, v).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// Resource counts of `capfuse_alveo_core` from yosys.
#[derive(Clone, Debug)]
pub struct CoreCounts {
    /// The synthesis run (cells, time, directory).
    pub synth: Synth,
    /// LUTs (LUT1..LUT6, INV).
    pub luts: u64,
    /// Flip-flops.
    pub ffs: u64,
    /// DSP48E2.
    pub dsps: u64,
    /// Block RAM in 36 Kb units (RAMB18 = 1/2), rounded up.
    pub bram36: u64,
    /// Clock buffers (BUFG, BUFGCE).
    pub bufg: u64,
}

impl CoreCounts {
    /// Whether every count is within `budget`.
    pub fn fits(&self, budget: Budget) -> bool {
        self.luts <= budget.luts
            && self.ffs <= budget.ffs
            && self.dsps <= budget.dsps
            && self.bram36 <= budget.bram36
    }

    /// One line: `LUT n, FF n, DSP n, BRAM36 n, BUFG n (yosys xcup, s)`.
    pub fn summary(&self) -> String {
        format!(
            "LUT {}, FF {}, DSP48E2 {}, BRAM36 {} ({}), clock buffers {} (yosys synth_xilinx -family xcup, {:.1} s)",
            self.luts,
            self.ffs,
            self.dsps,
            self.bram36,
            self.synth.cells_of(Resource::Bram),
            self.bufg,
            self.synth.seconds
        )
    }
}

/// Synthesises `capfuse_alveo_core` (with `card_v`, the emitted
/// `capfuse_card_cdc.v`) for UltraScale+ with yosys in `work`.
pub fn synth_core(card_v: &Path, work: &Path) -> Result<CoreCounts> {
    let core = alveo_dir().join("capfuse_alveo_core.v");
    let mut text =
        std::fs::read_to_string(card_v).with_context(|| format!("reading {}", card_v.display()))?;
    text.push('\n');
    text.push_str(
        &std::fs::read_to_string(&core).with_context(|| format!("reading {}", core.display()))?,
    );
    std::fs::create_dir_all(work).with_context(|| format!("creating {}", work.display()))?;
    let joined = work.join(format!("{CORE_MODULE}_all.v"));
    std::fs::write(&joined, text).with_context(|| format!("writing {}", joined.display()))?;
    const DESIGN: Design = Design {
        top: CORE_MODULE,
        targets: &[Target::Xcup],
        goals: &[],
    };
    let synth = flow::synth_design(&DESIGN, Target::Xcup, &joined, work)?;
    let cell = |name: &str| synth.cells.get(name).copied().unwrap_or(0);
    let bram36 = synth
        .cells
        .iter()
        .map(|(c, n)| {
            if c.starts_with("RAMB36") {
                2 * n
            } else if c.starts_with("RAMB18") {
                *n
            } else {
                0
            }
        })
        .sum::<u64>()
        .div_ceil(2);
    Ok(CoreCounts {
        luts: synth.count(Resource::Lut),
        ffs: synth.count(Resource::Ff),
        dsps: synth.count(Resource::Dsp),
        bram36,
        bufg: cell("BUFG") + cell("BUFGCE"),
        synth,
    })
}

// ------------------------------------------------------------------ XDC

/// The port names (without bit indices) that `get_ports` names in `xdc`.
pub fn xdc_ports(xdc: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in xdc.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        let mut rest = line;
        while let Some(p) = rest.find("get_ports") {
            rest = &rest[p + "get_ports".len()..];
            let arg = rest.trim_start();
            let (list, after) = if let Some(inner) = arg.strip_prefix('{') {
                let e = inner.find('}').unwrap_or(inner.len());
                (&inner[..e], &inner[e..])
            } else {
                let e = arg.find(']').unwrap_or(arg.len());
                (&arg[..e], &arg[e..])
            };
            for name in list.split_whitespace() {
                let base = name.split('[').next().unwrap_or(name);
                names.insert(base.to_string());
            }
            rest = after;
        }
    }
    names
}

/// What [`check_xdc`] found.
#[derive(Clone, Debug)]
pub struct XdcCheck {
    /// Ports of the board top with a `PACKAGE_PIN` in the board XDC.
    pub placed: BTreeSet<String>,
    /// Ports of the board top that the XDMA IP places (the PCIe lanes).
    pub placed_by_ip: BTreeSet<String>,
}

/// The ports of a board top that no XDC places: the PCIe lanes, whose
/// transceivers the XDMA IP selects (from the board files).
pub const PLACED_BY_IP: [&str; 4] = ["pci_exp_rxp", "pci_exp_rxn", "pci_exp_txp", "pci_exp_txn"];

/// Checks `board`'s XDC against its top (see the module documentation).
pub fn check_xdc(board: Board) -> Result<XdcCheck> {
    let top_path = alveo_dir().join(format!("{}.v", board.top()));
    let top = std::fs::read_to_string(&top_path)
        .with_context(|| format!("reading {}", top_path.display()))?;
    let ports: BTreeSet<String> = flow::module_ports(&top, board.top())
        .ok_or_else(|| anyhow!("{} has no module {}", top_path.display(), board.top()))?
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let xdc_path = board.xdc();
    let xdc = std::fs::read_to_string(&xdc_path)
        .with_context(|| format!("reading {}", xdc_path.display()))?;
    let named = xdc_ports(&xdc);
    let unknown: Vec<&String> = named.difference(&ports).collect();
    if !unknown.is_empty() {
        bail!(
            "{} names ports that {} does not have: {unknown:?}",
            xdc_path.display(),
            board.top()
        );
    }
    let placed: BTreeSet<String> = xdc
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && l.contains("PACKAGE_PIN"))
        .flat_map(|l| xdc_ports(l).into_iter())
        .collect();
    let by_ip: BTreeSet<String> = PLACED_BY_IP.iter().map(|s| s.to_string()).collect();
    for p in &ports {
        if !placed.contains(p) && !by_ip.contains(p) {
            bail!(
                "port {p} of {} has no PACKAGE_PIN in {}",
                board.top(),
                xdc_path.display()
            );
        }
        if placed.contains(p) && by_ip.contains(p) {
            bail!("port {p} is placed by both the XDC and the XDMA IP");
        }
    }
    // Every placed single-ended or LVDS pin has an I/O standard (the
    // transceiver reference clock pins take none).
    let with_std: BTreeSet<String> = xdc
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && l.contains("IOSTANDARD"))
        .flat_map(|l| xdc_ports(l).into_iter())
        .collect();
    for p in &placed {
        if !p.starts_with("pcie_refclk") && !with_std.contains(p) {
            bail!(
                "port {p} has a PACKAGE_PIN but no IOSTANDARD in {}",
                xdc_path.display()
            );
        }
    }
    Ok(XdcCheck {
        placed,
        placed_by_ip: ports.intersection(&by_ip).cloned().collect(),
    })
}

/// The register paths inside `capfuse_card_cdc`'s bridge instance, as
/// Vivado names the flops without the `_reg` suffix: `req_tgl/q`,
/// `req_sync/meta/r`, ...
pub fn bridge_register_paths(card_cdc_verilog: &str) -> Result<BTreeSet<String>> {
    let prefix = format!("{}$bridge", crate::CARD_CDC_MODULE);
    let mut paths = BTreeSet::new();
    collect_regs(card_cdc_verilog, &prefix, "", &mut paths)?;
    if paths.is_empty() {
        bail!("no registers found in module {prefix}");
    }
    Ok(paths)
}

fn module_text<'a>(verilog: &'a str, module: &str) -> Option<&'a str> {
    let start = verilog.find(&format!("\nmodule {module}("))?;
    let rest = &verilog[start + 1..];
    let end = rest.find("endmodule")?;
    Some(&rest[..end])
}

fn collect_regs(verilog: &str, module: &str, path: &str, out: &mut BTreeSet<String>) -> Result<()> {
    let text = module_text(verilog, module).ok_or_else(|| anyhow!("no module {module}"))?;
    // A flop written in an always block (Reg: `q <= d`; SyncStage: `r <= d`).
    for reg in ["q", "r"] {
        if text.contains(&format!("   {reg} <= d;")) {
            out.insert(format!("{path}{reg}"));
        }
    }
    let inst_prefix = format!("    {module}$");
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(&inst_prefix) {
            let child = rest.split_whitespace().next().unwrap_or("");
            if !child.is_empty() {
                collect_regs(
                    verilog,
                    &format!("{module}${child}"),
                    &format!("{path}{child}/"),
                    out,
                )?;
            }
        }
    }
    Ok(())
}

/// Glob match with `*` only.
fn glob(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, tail)) => {
            text.starts_with(head) && (head.len()..=text.len()).any(|i| glob(tail, &text[i..]))
        }
    }
}

/// Checks that every `*/bridge/...` cell pattern of `capfuse_cdc.xdc`
/// matches a register of the bridge in `card_cdc_verilog`, and that the
/// kill synchroniser it names exists in `capfuse_alveo_core.v`. Returns
/// the patterns with the registers each matched.
pub fn check_cdc_xdc(card_cdc_verilog: &str) -> Result<Vec<(String, Vec<String>)>> {
    let xdc_path = alveo_dir().join("capfuse_cdc.xdc");
    let xdc = std::fs::read_to_string(&xdc_path)
        .with_context(|| format!("reading {}", xdc_path.display()))?;
    let regs = bridge_register_paths(card_cdc_verilog)?;
    let mut found = Vec::new();
    for line in xdc.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let mut rest = line;
        while let Some(p) = rest.find("NAME =~ ") {
            rest = &rest[p + "NAME =~ ".len()..];
            let pat: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '}')
                .collect();
            if let Some(inner) = pat.strip_prefix("*/bridge/") {
                let inner = inner
                    .strip_suffix("_reg*")
                    .or_else(|| inner.strip_suffix("_reg"))
                    .ok_or_else(|| anyhow!("pattern {pat} does not end in _reg"))?;
                let hits: Vec<String> = regs.iter().filter(|r| glob(inner, r)).cloned().collect();
                if hits.is_empty() {
                    bail!("{pat} in {} matches no bridge register", xdc_path.display());
                }
                found.push((pat, hits));
            } else if let Some(inner) = pat.strip_prefix("*/") {
                let reg = inner
                    .strip_suffix("_reg")
                    .ok_or_else(|| anyhow!("pattern {pat} does not end in _reg"))?;
                let core = std::fs::read_to_string(alveo_dir().join("capfuse_alveo_core.v"))?;
                if !core.contains(&format!("reg {reg} ")) {
                    bail!("{pat}: no register {reg} in capfuse_alveo_core.v");
                }
                let reg = reg.to_string();
                found.push((pat, vec![reg]));
            } else {
                bail!("unexpected cell pattern {pat} in {}", xdc_path.display());
            }
        }
    }
    Ok(found)
}

// ------------------------------------------------------------------ Tcl

/// Every Vivado command `capfuse_alveo.tcl` may call; [`check_tcl`] stubs
/// exactly these, so any other command fails the check.
pub const VIVADO_COMMANDS: &[&str] = &[
    "get_board_parts",
    "create_project",
    "current_project",
    "set_property",
    "get_property",
    "add_files",
    "create_bd_design",
    "create_bd_cell",
    "create_bd_intf_port",
    "create_bd_port",
    "get_bd_intf_ports",
    "get_bd_intf_pins",
    "get_bd_ports",
    "get_bd_pins",
    "connect_bd_intf_net",
    "connect_bd_net",
    "assign_bd_address",
    "get_bd_addr_spaces",
    "get_bd_addr_segs",
    "validate_bd_design",
    "save_bd_design",
    "get_files",
    "make_wrapper",
    "current_fileset",
    "update_compile_order",
    "launch_runs",
    "wait_on_run",
    "get_runs",
    "open_run",
    "report_utilization",
    "report_timing_summary",
    "report_cdc",
    "report_synchronizer_mtbf",
];

/// What [`check_tcl`] saw.
#[derive(Clone, Debug)]
pub struct TclCheck {
    /// Vivado commands called, in order, with their arguments.
    pub calls: Vec<String>,
    /// The ports the block design's wrapper will have (derived from the
    /// `create_bd_port` / `create_bd_intf_port` calls).
    pub wrapper_ports: BTreeSet<String>,
    /// Wall-clock time of the tclsh runs.
    pub seconds: f64,
}

/// The tclsh tool (Debian package `tcl`).
pub const TCLSH: Tool = Tool {
    program: "tclsh",
    install: "apt-get install tcl",
};

/// Sources `capfuse_alveo.tcl` for `board` in tclsh with stub Vivado
/// commands, once with `-project-only` and once through the build steps,
/// in `work`, with `card_v` as the emitted card. Fails on a Tcl error
/// (syntax, unknown command, a stub's complaint such as a missing file);
/// then checks that the wrapper ports equal `capfuse_bd_stub.v`'s.
pub fn check_tcl(board: Board, card_v: &Path, work: &Path) -> Result<TclCheck> {
    let t = Instant::now();
    std::fs::create_dir_all(work).with_context(|| format!("creating {}", work.display()))?;
    let script = alveo_dir().join("capfuse_alveo.tcl");
    let mut calls = Vec::new();
    for project_only in [true, false] {
        let log = work.join(format!(
            "tcl-{}-{}.log",
            board.name(),
            if project_only { "project" } else { "build" }
        ));
        let harness = work.join(format!("tcl-{}-harness.tcl", board.name()));
        let mut args = vec![
            board.name().to_string(),
            card_v.display().to_string(),
            work.join(format!("build-{}", board.name()))
                .display()
                .to_string(),
        ];
        if project_only {
            args.push("-project-only".into());
        }
        std::fs::write(&harness, stub_harness(&script, &args, &log))
            .with_context(|| format!("writing {}", harness.display()))?;
        let out = TCLSH.run([harness.as_os_str()], work)?;
        if !out.status.success() {
            bail!(
                "tclsh on {} for {} failed:\n{}{}",
                script.display(),
                board.name(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let text = std::fs::read_to_string(&log)?;
        if !project_only {
            calls = text.lines().map(str::to_string).collect();
        }
    }
    if !calls.iter().any(|c| c.starts_with("launch_runs")) {
        bail!("the build run of {} never launched a run", script.display());
    }
    let wrapper_ports = wrapper_ports(&calls)?;
    let stub_path = alveo_dir().join("capfuse_bd_stub.v");
    let stub = std::fs::read_to_string(&stub_path)?;
    let stub_ports: BTreeSet<String> = flow::module_ports(&stub, "capfuse_bd_wrapper")
        .ok_or_else(|| anyhow!("{} has no module capfuse_bd_wrapper", stub_path.display()))?
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    if stub_ports != wrapper_ports {
        bail!(
            "the block design's ports differ from {}: only in the Tcl {:?}, only in the stub {:?}",
            stub_path.display(),
            wrapper_ports.difference(&stub_ports).collect::<Vec<_>>(),
            stub_ports.difference(&wrapper_ports).collect::<Vec<_>>()
        );
    }
    Ok(TclCheck {
        calls,
        wrapper_ports,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// A Tcl prelude: every command of [`VIVADO_COMMANDS`] logs its call and
/// returns a plausible value; `unknown` fails; `add_files` insists that
/// its files exist; then the script is sourced with `args`.
fn stub_harness(script: &Path, args: &[String], log: &Path) -> String {
    let mut s = String::new();
    s.push_str("set ::capfuse_log [open {");
    s.push_str(&log.display().to_string());
    s.push_str("} w]\n");
    s.push_str(
        r#"proc unknown {args} { error "not a Vivado command stubbed here: [lindex $args 0]" }
proc capfuse_stub {cmd args} {
    puts $::capfuse_log [concat $cmd $args]
    switch -- $cmd {
        get_board_parts {
            set pattern [lindex $args end]
            return [string map {* 1.0} $pattern]
        }
        add_files {
            set files [lindex $args end]
            foreach f $files {
                if {![file exists $f]} { error "add_files: no such file $f" }
            }
            return $files
        }
        make_wrapper {
            # Vivado writes the wrapper into the project; so does the stub.
            set f [file join [pwd] capfuse_bd_wrapper.v]
            close [open $f w]
            return $f
        }
        get_property { return "100%" }
        default { return "$cmd:[lindex $args end]" }
    }
}
"#,
    );
    for cmd in VIVADO_COMMANDS {
        s.push_str(&format!(
            "proc {cmd} {{args}} {{ return [capfuse_stub {cmd} {{*}}$args] }}\n"
        ));
    }
    s.push_str("set argv [list");
    for a in args {
        s.push_str(&format!(" {{{a}}}"));
    }
    s.push_str("]\nset argc [llength $argv]\n");
    s.push_str(&format!("source {{{}}}\n", script.display()));
    s.push_str("close $::capfuse_log\n");
    s
}

/// The wrapper's port names for the block-design ports created in
/// `calls`: a plain port keeps its name; an interface port `P` becomes
/// `P_<signal>` for each signal of its interface type.
fn wrapper_ports(calls: &[String]) -> Result<BTreeSet<String>> {
    const DIFF_CLOCK: &[&str] = &["clk_p", "clk_n"];
    const PCIE_MGT: &[&str] = &["rxp", "rxn", "txp", "txn"];
    const AXI4_LITE: &[&str] = &[
        "awaddr", "awprot", "awvalid", "awready", "wdata", "wstrb", "wvalid", "wready", "bresp",
        "bvalid", "bready", "araddr", "arprot", "arvalid", "arready", "rdata", "rresp", "rvalid",
        "rready",
    ];
    let mut ports = BTreeSet::new();
    for call in calls {
        let words: Vec<&str> = call.split_whitespace().collect();
        match words.first() {
            Some(&"create_bd_port") => {
                ports.insert(words.last().unwrap().to_string());
            }
            Some(&"create_bd_intf_port") => {
                let name = words.last().unwrap();
                let vlnv = words
                    .iter()
                    .position(|w| *w == "-vlnv")
                    .and_then(|i| words.get(i + 1))
                    .ok_or_else(|| anyhow!("create_bd_intf_port without -vlnv: {call}"))?;
                let signals = if vlnv.contains(":diff_clock_rtl:") {
                    DIFF_CLOCK
                } else if vlnv.contains(":pcie_7x_mgt_rtl:") {
                    PCIE_MGT
                } else if vlnv.contains(":aximm_rtl:") {
                    AXI4_LITE
                } else {
                    bail!("interface type {vlnv} unknown to the check");
                };
                for s in signals {
                    ports.insert(format!("{name}_{s}"));
                }
            }
            _ => {}
        }
    }
    Ok(ports)
}

// ------------------------------------------------------------------ all of it

/// Everything [`check`] found for one board.
#[derive(Clone, Debug)]
pub struct Report {
    /// The board.
    pub board: Board,
    /// yosys counts of `capfuse_alveo_core`.
    pub core: CoreCounts,
    /// Whether they fit the part ([`Board::budget`]).
    pub fits: bool,
    /// The Tcl check.
    pub tcl: TclCheck,
    /// The board XDC check.
    pub xdc: XdcCheck,
    /// The CDC XDC patterns and the registers they matched.
    pub cdc_patterns: Vec<(String, Vec<String>)>,
    /// Wall-clock time of the checks up to this board (the core is
    /// synthesised once for all boards of a [`check_boards`] call).
    pub seconds: f64,
}

/// Runs every check of this module for `board` in `dir`, on the card
/// built with `params` and the authority keys `keys` (threshold `k`).
pub fn check(
    board: Board,
    dir: &Path,
    params: FuseParams,
    keys: &[[u8; 32]],
    k: u8,
) -> Result<Report> {
    Ok(check_boards(&[board], dir, params, keys, k)?.remove(0))
}

/// [`check`] for several boards, synthesising the (board-independent)
/// core once.
pub fn check_boards(
    boards: &[Board],
    dir: &Path,
    params: FuseParams,
    keys: &[[u8; 32]],
    k: u8,
) -> Result<Vec<Report>> {
    if boards.is_empty() {
        bail!("no board to check");
    }
    let t = Instant::now();
    let card_v = write_sources(dir, params, keys, k)?;
    let card_text = std::fs::read_to_string(&card_v)?;
    let cdc_patterns = check_cdc_xdc(&card_text)?;
    let core = synth_core(&card_v, dir)?;
    let mut reports = Vec::new();
    for &board in boards {
        let xdc = check_xdc(board)?;
        let tcl = check_tcl(board, &card_v, dir)?;
        reports.push(Report {
            board,
            fits: core.fits(board.budget()),
            core: core.clone(),
            tcl,
            xdc,
            cdc_patterns: cdc_patterns.clone(),
            seconds: t.elapsed().as_secs_f64(),
        });
    }
    Ok(reports)
}
