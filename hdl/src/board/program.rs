//! Loading a board with the bitstream `capfuse-hdl synth` wrote: the
//! Debian programmers, `iceprog` (fpga-icestorm) for the iCE40-HX8K
//! breakout and `openFPGALoader` for the ECP5 Versa, both over the board's
//! own FT2232H. `capfuse-hdl program` runs what [`program_command`] builds.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use super::Board;
use crate::flow::Tool;

/// iceprog, from Debian's fpga-icestorm.
pub const ICEPROG: Tool = Tool {
    program: "iceprog",
    install: "apt-get install fpga-icestorm",
};

/// openFPGALoader, from Debian's openfpgaloader.
pub const OPENFPGALOADER: Tool = Tool {
    program: "openFPGALoader",
    install: "apt-get install openfpgaloader",
};

/// Where the bitstream goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The board's configuration flash: the design survives a power cycle
    /// (iCE40 breakout).
    Flash,
    /// The FPGA's SRAM: gone at power-off (the ECP5 Versa's only choice
    /// here; on the iCE40 breakout it needs the SRAM jumpers).
    Sram,
}

/// A programmer run: the tool and its arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct ProgramCommand {
    /// The programmer.
    pub tool: Tool,
    /// Its arguments, the bitstream last.
    pub args: Vec<String>,
    /// The bitstream.
    pub bitstream: PathBuf,
}

impl std::fmt::Display for ProgramCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.tool.program)?;
        for a in &self.args {
            write!(f, " {a}")?;
        }
        Ok(())
    }
}

/// The programmer run that loads `board` from the build in `dir`, checking
/// that its bitstream is there.
pub fn program_command(board: Board, dir: &Path, target: Target) -> Result<ProgramCommand> {
    let bitstream = dir.join(format!("{}.{}", board.top(), board.bitstream_ext()));
    if !bitstream.is_file() {
        bail!(
            "no bitstream at {}: build it first with `capfuse-hdl synth --board {board}` \
             (add `--out {}` if you build elsewhere)",
            bitstream.display(),
            dir.display()
        );
    }
    let path = bitstream.display().to_string();
    let (tool, args) = match (board, target) {
        (Board::Ice40Hx8k, Target::Flash) => (ICEPROG, vec![path]),
        (Board::Ice40Hx8k, Target::Sram) => (ICEPROG, vec!["-S".into(), path]),
        (Board::Ecp5Versa, Target::Sram) => (
            OPENFPGALOADER,
            vec!["--cable".into(), "ft2232".into(), path],
        ),
        (Board::Ecp5Versa, Target::Flash) => bail!(
            "the {board} build loads the FPGA's SRAM only (pass --sram): its flash is not \
             written by this project's recipe"
        ),
    };
    Ok(ProgramCommand {
        tool,
        args,
        bitstream,
    })
}

/// Runs `cmd`, its output passed through; an error with the programmer's
/// own words if it fails.
pub fn program(cmd: &ProgramCommand) -> Result<()> {
    let out = cmd.tool.run(&cmd.args, Path::new("."))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    print!("{text}");
    if !out.status.success() {
        bail!(
            "`{cmd}` failed ({}): {} (is the board plugged in over USB, and do you have access \
             to it? see docs/boards.md)",
            out.status,
            text.lines().last().unwrap_or("no output").trim()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build_dir(board: Board) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        let f = d
            .path()
            .join(format!("{}.{}", board.top(), board.bitstream_ext()));
        std::fs::write(f, b"not a real bitstream").unwrap();
        d
    }

    #[test]
    fn each_board_gets_its_programmer() {
        let d = build_dir(Board::Ice40Hx8k);
        let bin = d.path().join("capfuse_board_ice40_hx8k.bin");
        let c = program_command(Board::Ice40Hx8k, d.path(), Target::Flash).unwrap();
        assert_eq!(c.to_string(), format!("iceprog {}", bin.display()));
        let c = program_command(Board::Ice40Hx8k, d.path(), Target::Sram).unwrap();
        assert_eq!(c.to_string(), format!("iceprog -S {}", bin.display()));
        let d = build_dir(Board::Ecp5Versa);
        let bit = d.path().join("capfuse_board_ecp5_versa.bit");
        let c = program_command(Board::Ecp5Versa, d.path(), Target::Sram).unwrap();
        assert_eq!(
            c.to_string(),
            format!("openFPGALoader --cable ft2232 {}", bit.display())
        );
        let e = program_command(Board::Ecp5Versa, d.path(), Target::Flash).unwrap_err();
        assert!(e.to_string().contains("--sram"), "{e}");
    }

    #[test]
    fn a_missing_bitstream_says_how_to_build_it() {
        let d = tempfile::tempdir().unwrap();
        let e = program_command(Board::Ice40Hx8k, d.path(), Target::Flash).unwrap_err();
        assert!(
            e.to_string()
                .contains("capfuse-hdl synth --board ice40-hx8k"),
            "{e}"
        );
    }

    /// The real iceprog with no board on the USB: the failure is the
    /// programmer's, passed on with a hint, not a hang or a success.
    #[test]
    fn iceprog_without_a_board_fails_with_its_own_words() {
        let d = build_dir(Board::Ice40Hx8k);
        let c = program_command(Board::Ice40Hx8k, d.path(), Target::Sram).unwrap();
        let e = program(&c).unwrap_err().to_string();
        assert!(e.contains("`iceprog -S") && e.contains("failed"), "{e}");
        assert!(e.contains("plugged in"), "{e}");
    }
}
