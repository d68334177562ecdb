//! Bitstreams for real boards through the open FPGA flow
//! (`docs/boards.md`).
//!
//! A board top is a rust-hdl block holding the fuse (or the whole card),
//! a demo accelerator ([`accel_stub::AccelStub`]), a UART register bridge
//! ([`uart_bridge::UartBridge`]) toward the fuse's AXI4-Lite port, and
//! status LEDs. [`build_board`] emits it, checks it against the board's
//! pin constraint file, and runs yosys, nextpnr (with the constraints)
//! and the bitstream packer, leaving every artefact in one directory.
//!
//! Adding a board: a variant in [`Board`] (and its arms), a top block, a
//! constraint file under `constraints/`, and an arm in
//! [`generate_board_verilog`].

pub mod accel_stub;
pub mod ice40;
pub mod program;
pub mod status_leds;
pub mod uart_bridge;
pub mod uart_rx;
pub mod uart_tx;
pub mod versa;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use capfuse_abi::FuseParams;

use crate::flow::{self, Design, Resource, Target};

/// A board the open flow builds a bitstream for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Board {
    /// Lattice iCE40-HX8K breakout board (ICE40HX8K-B-EVN, ct256): the
    /// fuse alone.
    Ice40Hx8k,
    /// Lattice ECP5-5G Versa board (LFE5UM5G-45F-8BG381): the whole card.
    Ecp5Versa,
}

/// Top module of the iCE40-HX8K board's Verilog.
pub const ICE40_HX8K_TOP: &str = "capfuse_board_ice40_hx8k";
/// Top module of the ECP5 Versa board's Verilog.
pub const ECP5_VERSA_TOP: &str = "capfuse_board_ecp5_versa";

const ICE40_HX8K_DESIGN: Design = Design {
    top: ICE40_HX8K_TOP,
    targets: &[Target::Ice40],
    goals: &[(Target::Ice40, 12.0)],
};
const ECP5_VERSA_DESIGN: Design = Design {
    top: ECP5_VERSA_TOP,
    targets: &[Target::Ecp5],
    goals: &[(Target::Ecp5, 100.0)],
};

impl Board {
    /// Every board, in the order `--board` lists them.
    pub const ALL: [Board; 2] = [Board::Ice40Hx8k, Board::Ecp5Versa];

    /// The name `--board` takes.
    pub fn name(self) -> &'static str {
        match self {
            Board::Ice40Hx8k => "ice40-hx8k",
            Board::Ecp5Versa => "ecp5-versa",
        }
    }

    /// The board named `name`; the error lists the known names.
    pub fn from_name(name: &str) -> Result<Board> {
        Board::ALL
            .into_iter()
            .find(|b| b.name() == name)
            .ok_or_else(|| {
                anyhow!(
                    "unknown board `{name}`; known boards: {}",
                    Board::ALL.map(Board::name).join(", ")
                )
            })
    }

    /// What the board is and what goes on it.
    pub fn description(self) -> &'static str {
        match self {
            Board::Ice40Hx8k => {
                "Lattice iCE40-HX8K breakout (ICE40HX8K-B-EVN, ct256): capfuse_fuse, accelerator stub, UART bridge"
            }
            Board::Ecp5Versa => {
                "Lattice ECP5-5G Versa (LFE5UM5G-45F-8BG381): capfuse_card, accelerator stub, UART bridge"
            }
        }
    }

    /// The FPGA family the flow targets.
    pub fn target(self) -> Target {
        match self {
            Board::Ice40Hx8k => Target::Ice40,
            Board::Ecp5Versa => Target::Ecp5,
        }
    }

    /// The board clock the design runs on, Hz (no PLL: the oscillator).
    pub fn clock_hz(self) -> u32 {
        match self {
            Board::Ice40Hx8k => 12_000_000,
            Board::Ecp5Versa => 100_000_000,
        }
    }

    /// The top module name.
    pub fn top(self) -> &'static str {
        self.design().top
    }

    /// The flow's view of the board design (top, target, clock goal).
    pub fn design(self) -> &'static Design {
        match self {
            Board::Ice40Hx8k => &ICE40_HX8K_DESIGN,
            Board::Ecp5Versa => &ECP5_VERSA_DESIGN,
        }
    }

    /// The constraint file's name under `constraints/`.
    pub fn constraint_file(self) -> &'static str {
        match self {
            Board::Ice40Hx8k => "ice40-hx8k.pcf",
            Board::Ecp5Versa => "ecp5-versa.lpf",
        }
    }

    /// The constraint file's text, built into the library so the flow
    /// runs from any directory.
    pub fn constraints(self) -> &'static str {
        match self {
            Board::Ice40Hx8k => include_str!("../../../constraints/ice40-hx8k.pcf"),
            Board::Ecp5Versa => include_str!("../../../constraints/ecp5-versa.lpf"),
        }
    }

    /// Whether the board carries the whole card (and so needs an
    /// authority key set, a device seed and a boot epoch).
    pub fn has_card(self) -> bool {
        match self {
            Board::Ice40Hx8k => false,
            Board::Ecp5Versa => true,
        }
    }

    /// The bitstream's file extension.
    pub fn bitstream_ext(self) -> &'static str {
        match self.target() {
            Target::Ice40 => "bin",
            _ => "bit",
        }
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Board {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Board> {
        Board::from_name(s)
    }
}

/// The authority key set built into a card.
#[derive(Clone, Debug)]
pub struct Authority {
    /// Public keys in slot order (1..=8).
    pub keys: Vec<[u8; 32]>,
    /// Signatures a grant needs.
    pub threshold: u8,
}

/// What a board build takes besides the board.
#[derive(Clone, Debug)]
pub struct BoardOptions {
    /// Fuse generator parameters.
    pub params: FuseParams,
    /// UART baud rate.
    pub baud: u32,
    /// Work units the demo accelerator does per enabled cycle.
    pub work_per_cycle: u16,
    /// The authority key set (boards with the card need it).
    pub authority: Option<Authority>,
    /// The card's device seed; `None`: a fresh random seed, written to
    /// `device_seed.hex` in the output directory (mode 0600). Bring-up
    /// only: the seed sits in the bitstream.
    pub device_seed: Option<[u8; 32]>,
    /// The card's boot epoch, fixed at build time (bring-up only).
    pub boot_epoch: u64,
}

impl Default for BoardOptions {
    fn default() -> Self {
        Self {
            params: FuseParams::DEFAULT,
            baud: capfuse_abi::uart::DEFAULT_BAUD,
            work_per_cycle: 1,
            authority: None,
            device_seed: None,
            boot_epoch: 0,
        }
    }
}

/// The board's top as Verilog, top module [`Board::top`]. Boards with the
/// card need `opts.authority` and `seed` (the device seed to build in).
pub fn generate_board_verilog(
    board: Board,
    opts: &BoardOptions,
    seed: Option<&[u8; 32]>,
) -> Result<String> {
    opts.params
        .validate()
        .map_err(|e| anyhow!("invalid generator parameters: {e}"))?;
    check_options(board, opts)?;
    let clock = board.clock_hz();
    Ok(match board {
        Board::Ice40Hx8k => {
            let uut = ice40::Ice40Board::new(clock, opts.baud, opts.params, opts.work_per_cycle);
            // The board leaves open what the bare fuse does.
            crate::emit_top(uut, board.top(), crate::FUSE_SIDE_OUTPUTS)
        }
        Board::Ecp5Versa => {
            let auth = opts
                .authority
                .as_ref()
                .ok_or_else(|| missing_authority(board))?;
            let seed = seed.ok_or_else(|| anyhow!("the {board} top needs a device seed"))?;
            let uut = versa::VersaBoard::new(
                clock,
                opts.baud,
                opts.params,
                &auth.keys,
                auth.threshold,
                seed,
                opts.boot_epoch,
                opts.work_per_cycle,
            )
            .map_err(|e| anyhow!("cannot build the card: {e}"))?;
            // The board leaves open what the bare card does.
            crate::emit_top(uut, board.top(), crate::ENGINE_PC_OUTPUT)
        }
    })
}

fn missing_authority(board: Board) -> anyhow::Error {
    anyhow!(
        "the {board} board carries the whole card, which needs an authority key set: pass \
         --authority-keys FILE --threshold K (hint: `capfuse grant keyset` writes the file)"
    )
}

/// Checks the options a board build needs before any long step runs.
fn check_options(board: Board, opts: &BoardOptions) -> Result<()> {
    if board.has_card() && opts.authority.is_none() {
        return Err(missing_authority(board));
    }
    let div =
        (u64::from(board.clock_hz()) + u64::from(opts.baud) / 2) / u64::from(opts.baud.max(1));
    if opts.baud == 0 || !(4..=65_535).contains(&div) {
        bail!(
            "--baud {} does not fit the {board} board's {} Hz clock (the divider must be 4..=65535)",
            opts.baud,
            board.clock_hz()
        );
    }
    let error =
        (board.clock_hz() as f64 / div as f64 - f64::from(opts.baud)).abs() / f64::from(opts.baud);
    if error > 0.02 {
        bail!(
            "--baud {} is {:.1} % off what a {} Hz clock can make; pick another rate",
            opts.baud,
            error * 100.0,
            board.clock_hz()
        );
    }
    if opts.work_per_cycle == 0 || opts.work_per_cycle > opts.params.max_work_per_cycle {
        bail!(
            "--accel-work-per-cycle {} must be 1..={} (--max-work-per-cycle)",
            opts.work_per_cycle,
            opts.params.max_work_per_cycle
        );
    }
    Ok(())
}

/// Pin names of the constrained ports of a top with `ports` (name,
/// width): `name` for a 1-bit port, `name[i]` for each bit of a wider one.
pub fn port_pin_names(ports: &[(String, u64)]) -> Vec<String> {
    let mut names = Vec::new();
    for (name, width) in ports {
        if *width == 1 {
            names.push(name.clone());
        } else {
            names.extend((0..*width).map(|i| format!("{name}[{i}]")));
        }
    }
    names
}

/// The port names a constraint file places: `set_io [-opts] NAME PIN` in
/// a `.pcf`, `LOCATE COMP "NAME" SITE "PIN";` in an `.lpf` (comments:
/// `#` in both, `//` in `.lpf`).
pub fn constrained_names(board: Board, text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let line = line.split("//").next().unwrap_or("").trim();
        match board.target() {
            Target::Ice40 => {
                let mut words = line.split_whitespace();
                if words.next() != Some("set_io") {
                    continue;
                }
                if let Some(name) = words.find(|w| !w.starts_with('-')) {
                    names.push(name.to_string());
                }
            }
            _ => {
                for stmt in line.split(';') {
                    let stmt = stmt.trim();
                    let Some(rest) = stmt.strip_prefix("LOCATE COMP") else {
                        continue;
                    };
                    let mut quoted = rest.split('"').skip(1).step_by(2);
                    if let Some(name) = quoted.next() {
                        names.push(name.to_string());
                    }
                }
            }
        }
    }
    names
}

/// Checks that every top-level port bit of `verilog`'s board top has a
/// pin in `constraints` and that every constrained name is a port bit.
pub fn check_constraints(board: Board, verilog: &str, constraints: &str) -> Result<()> {
    let ports = flow::module_ports(verilog, board.top())
        .ok_or_else(|| anyhow!("no module {} in the board's Verilog", board.top()))?;
    let want: BTreeSet<String> = port_pin_names(&ports).into_iter().collect();
    let names = constrained_names(board, constraints);
    let have: BTreeSet<String> = names.iter().cloned().collect();
    if have.len() != names.len() {
        bail!("{} places a port twice: {names:?}", board.constraint_file());
    }
    let unplaced: Vec<&String> = want.difference(&have).collect();
    let unknown: Vec<&String> = have.difference(&want).collect();
    if !unplaced.is_empty() || !unknown.is_empty() {
        bail!(
            "{} does not match the {} top's ports: unplaced ports {unplaced:?}, constrained names \
             that are no port {unknown:?}",
            board.constraint_file(),
            board.top()
        );
    }
    Ok(())
}

/// A fresh random device seed from the operating system.
fn random_seed() -> Result<[u8; 32]> {
    use std::io::Read;
    let mut seed = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut seed))
        .context("reading a random device seed from /dev/urandom")?;
    Ok(seed)
}

/// Reads a device seed file: 64 hex digits (whitespace around them is
/// ignored) or exactly 32 raw bytes.
pub fn read_device_seed(path: &Path) -> Result<[u8; 32]> {
    let raw = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if let Ok(text) = std::str::from_utf8(&raw) {
        let hex = text.trim();
        if hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            let mut seed = [0u8; 32];
            for (i, b) in seed.iter_mut().enumerate() {
                *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)?;
            }
            return Ok(seed);
        }
    }
    raw.as_slice().try_into().map_err(|_| {
        anyhow!(
            "{}: a device seed file holds 64 hex digits or 32 raw bytes",
            path.display()
        )
    })
}

/// Writes `seed` as 64 hex digits to `path`, readable by its owner only.
fn write_device_seed(path: &Path, seed: &[u8; 32]) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let _ = std::fs::remove_file(path);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    let hex: String = seed.iter().map(|b| format!("{b:02x}")).collect();
    writeln!(f, "{hex}").with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// The default output directory of a board build:
/// `<cargo target dir>/capfuse-boards/<board>`. The target directory is
/// the one holding `CACHEDIR.TAG` above the running executable, else the
/// one above `release/` or `debug/` holding it (`cargo run`), else
/// `./target`.
pub fn default_out_dir(board: Board) -> PathBuf {
    let target = flow::cargo_target_dir()
        .or_else(|| {
            let exe = std::env::current_exe().ok()?;
            let profile = exe.parent()?;
            let name = profile.file_name()?.to_str()?;
            matches!(name, "release" | "debug").then(|| profile.parent().map(Path::to_path_buf))?
        })
        .unwrap_or_else(|| PathBuf::from("target"));
    target.join("capfuse-boards").join(board.name())
}

/// What a board build produced and measured.
#[derive(Clone, Debug)]
pub struct BoardReport {
    /// The board.
    pub board: Board,
    /// Lookup tables (yosys).
    pub luts: u64,
    /// Flip-flops (yosys).
    pub ffs: u64,
    /// Carry cells (yosys).
    pub carries: u64,
    /// Block RAMs (yosys).
    pub bram: u64,
    /// DSP / multiplier blocks (yosys).
    pub dsp: u64,
    /// nextpnr's device utilisation: resource → (used, available).
    pub device_utilisation: BTreeMap<String, (u64, u64)>,
    /// nextpnr's post-route Fmax of the board clock, MHz.
    pub fmax_mhz: f64,
    /// The board clock the design runs on (and nextpnr's goal), MHz.
    pub clock_mhz: f64,
    /// Seconds in yosys.
    pub synth_seconds: f64,
    /// Seconds in nextpnr.
    pub pnr_seconds: f64,
    /// Seconds in the bitstream packer.
    pub pack_seconds: f64,
    /// The emitted Verilog.
    pub verilog: PathBuf,
    /// The constraint file used.
    pub constraints: PathBuf,
    /// The synthesised netlist (yosys JSON).
    pub netlist: PathBuf,
    /// The bitstream.
    pub bitstream: PathBuf,
    /// The bitstream's size in bytes.
    pub bitstream_bytes: u64,
    /// `utilisation.txt`.
    pub utilisation: PathBuf,
    /// `timing.txt`, nextpnr's post-route timing report.
    pub timing: PathBuf,
    /// nextpnr's full log.
    pub pnr_log: PathBuf,
    /// The generated device seed file, when the build made one.
    pub device_seed_file: Option<PathBuf>,
}

impl BoardReport {
    /// Whether the design meets the board clock.
    pub fn meets_clock(&self) -> bool {
        self.fmax_mhz >= self.clock_mhz
    }
}

impl fmt::Display for BoardReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "board {}: {}", self.board, self.board.description())?;
        writeln!(
            f,
            "  cells: LUT {}  FF {}  carry {}  BRAM {}  DSP {}",
            self.luts, self.ffs, self.carries, self.bram, self.dsp
        )?;
        for (name, (used, avail)) in &self.device_utilisation {
            if *used > 0 {
                writeln!(f, "  {name}: {used}/{avail}")?;
            }
        }
        writeln!(
            f,
            "  Fmax {:.2} MHz against the {:.0} MHz board clock: {}",
            self.fmax_mhz,
            self.clock_mhz,
            if self.meets_clock() { "met" } else { "NOT met" }
        )?;
        writeln!(
            f,
            "  synth {:.1} s, place and route {:.1} s, pack {:.1} s",
            self.synth_seconds, self.pnr_seconds, self.pack_seconds
        )?;
        writeln!(
            f,
            "  bitstream {} ({} bytes)",
            self.bitstream.display(),
            self.bitstream_bytes
        )?;
        writeln!(
            f,
            "  reports {} and {}",
            self.utilisation.display(),
            self.timing.display()
        )?;
        if let Some(seed) = &self.device_seed_file {
            writeln!(
                f,
                "  device seed {} (random, built into the bitstream: bring-up only)",
                seed.display()
            )?;
        }
        Ok(())
    }
}

/// Builds `board`'s bitstream in `out_dir` (created if missing): the
/// Verilog (`<top>.v`), the constraint file, the netlist (`<top>.json`),
/// the bitstream (`<top>.bin` / `.bit`), `utilisation.txt` and
/// `timing.txt`; yosys and nextpnr work in `<out_dir>/<top>-<target>/`.
/// Fails before any long step if the options are incomplete or the
/// constraint file does not match the top's ports.
pub fn build_board(board: Board, opts: &BoardOptions, out_dir: &Path) -> Result<BoardReport> {
    build_board_staged(board, opts, out_dir, &mut |_| {})
}

/// [`build_board`], calling `stage` with the name of each step as it
/// starts (the CLI shows them as progress).
pub fn build_board_staged(
    board: Board,
    opts: &BoardOptions,
    out_dir: &Path,
    stage: &mut dyn FnMut(&str),
) -> Result<BoardReport> {
    check_options(board, opts)?;
    stage("generating the Verilog");
    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let top = board.top();

    let (seed, device_seed_file) = match (board.has_card(), opts.device_seed) {
        (false, _) => (None, None),
        (true, Some(seed)) => (Some(seed), None),
        (true, None) => {
            let seed = random_seed()?;
            let path = out_dir.join("device_seed.hex");
            write_device_seed(&path, &seed)?;
            (Some(seed), Some(path))
        }
    };
    let verilog_text = generate_board_verilog(board, opts, seed.as_ref())?;
    check_constraints(board, &verilog_text, board.constraints())?;
    let verilog = out_dir.join(format!("{top}.v"));
    std::fs::write(&verilog, &verilog_text)
        .with_context(|| format!("writing {}", verilog.display()))?;
    let constraints = out_dir.join(board.constraint_file());
    std::fs::write(&constraints, board.constraints())
        .with_context(|| format!("writing {}", constraints.display()))?;

    let design = board.design();
    stage("yosys: synthesis");
    let synth = flow::synth_design(design, board.target(), &verilog, out_dir)?;
    stage("nextpnr: place and route");
    let t = Instant::now();
    let pnr = flow::pnr_constrained(&synth, Some(&constraints))?;
    let pnr_seconds = t.elapsed().as_secs_f64();
    stage("packing the bitstream");
    let pack = flow::pack(&pnr)?;

    let netlist = out_dir.join(format!("{top}.json"));
    std::fs::copy(&synth.json, &netlist)
        .with_context(|| format!("copying the netlist to {}", netlist.display()))?;
    let bitstream = out_dir.join(format!("{top}.{}", board.bitstream_ext()));
    std::fs::copy(&pack.bitstream, &bitstream)
        .with_context(|| format!("copying the bitstream to {}", bitstream.display()))?;

    let timing = out_dir.join("timing.txt");
    std::fs::write(&timing, pnr.timing_report()?)
        .with_context(|| format!("writing {}", timing.display()))?;
    let utilisation = out_dir.join("utilisation.txt");
    let mut util = format!(
        "{} ({}), top {top}\n\nyosys cells (flattened top):\n",
        board,
        board.target().device()
    );
    for (cell, n) in &synth.cells {
        util.push_str(&format!("  {cell:<20} {n}\n"));
    }
    util.push_str("\nnextpnr device utilisation (used / available):\n");
    for (name, (used, avail)) in &pnr.utilisation {
        util.push_str(&format!("  {name:<20} {used:>6} / {avail}\n"));
    }
    std::fs::write(&utilisation, util)
        .with_context(|| format!("writing {}", utilisation.display()))?;

    Ok(BoardReport {
        board,
        luts: synth.count(Resource::Lut),
        ffs: synth.count(Resource::Ff),
        carries: synth.count(Resource::Carry),
        bram: synth.count(Resource::Bram),
        dsp: synth.count(Resource::Dsp),
        device_utilisation: pnr.utilisation.clone(),
        fmax_mhz: pnr.fmax_mhz,
        clock_mhz: f64::from(board.clock_hz()) / 1e6,
        synth_seconds: synth.seconds,
        pnr_seconds,
        pack_seconds: pack.seconds,
        verilog,
        constraints,
        netlist,
        bitstream,
        bitstream_bytes: pack.bytes,
        utilisation,
        timing,
        pnr_log: pnr.log.clone(),
        device_seed_file,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::prelude::Bits;

    #[test]
    fn unknown_board_names_the_known_ones() {
        let msg = format!("{:#}", Board::from_name("alveo-u9").unwrap_err());
        assert!(msg.contains("ice40-hx8k"), "{msg}");
        assert!(msg.contains("ecp5-versa"), "{msg}");
        for b in Board::ALL {
            assert_eq!(Board::from_name(b.name()).unwrap(), b);
        }
    }

    #[test]
    fn constraint_names_are_parsed() {
        let pcf = "# c\nset_io clock J3  # osc\nset_io -nowarn led[0] B5\n";
        assert_eq!(
            constrained_names(Board::Ice40Hx8k, pcf),
            ["clock", "led[0]"]
        );
        let lpf = "LOCATE COMP \"clock\" SITE \"P3\"; IOBUF PORT \"clock\" IO_TYPE=LVDS;\n\
                   // LOCATE COMP \"x\" SITE \"A1\";\nLOCATE COMP \"led[1]\" SITE \"D17\";\n";
        assert_eq!(
            constrained_names(Board::Ecp5Versa, lpf),
            ["clock", "led[1]"]
        );
        let ports = vec![("clock".to_string(), 1), ("led".to_string(), 2)];
        assert_eq!(port_pin_names(&ports), ["clock", "led[0]", "led[1]"]);
    }

    #[test]
    fn seed_bits_put_byte_i_in_bits_8i() {
        let mut seed = [0u8; 32];
        seed[0] = 0x01;
        seed[31] = 0x80;
        let b = seed_bits_of(&seed);
        assert!(b.get_bit(0));
        assert!(b.get_bit(255));
        assert!(!b.get_bit(1));
    }

    fn seed_bits_of(seed: &[u8; 32]) -> Bits<256> {
        versa::seed_bits(seed)
    }
}
