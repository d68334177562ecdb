//! The capfuse contract: register map, status and error codes, trip reasons,
//! generator parameters, PCI IDs, and the wire formats of signed reports and
//! grants ([`formats`]).
//!
//! This crate is the single source of truth. The RTL (`hdl/`), the simulator
//! (`sim/`), the driver and the generated documentation all derive from the
//! tables here; it has no hardware-description dependency so that host code
//! can use it freely.

pub mod crypto;
pub mod formats;
pub mod gen;
pub mod keyset;
mod map;

pub use map::*;

/// Version of the register map. Bumped on any incompatible change.
pub const ABI_VERSION_MAJOR: u16 = 0;
/// Minor version: backwards-compatible additions.
pub const ABI_VERSION_MINOR: u16 = 4;

/// Value of the `ID` register: "CFUS" in ASCII.
pub const FUSE_ID: u32 = 0x4346_5553;

/// PCI identity of a capfuse card. Cards built on an AMD/Xilinx XDMA/QDMA
/// shell enumerate with the FPGA vendor's ID; the device ID is capfuse's.
pub mod pci {
    /// PCI vendor ID (AMD/Xilinx, from the PCIe hard block).
    pub const VENDOR_ID: u16 = 0x10ee;
    /// PCI device ID assigned to the capfuse function.
    pub const DEVICE_ID: u16 = 0xcf05;
    /// Subsystem vendor ID.
    pub const SUBSYSTEM_VENDOR_ID: u16 = 0x10ee;
    /// Subsystem device ID.
    pub const SUBSYSTEM_ID: u16 = 0xcf05;
    /// BAR holding the register file.
    pub const REGISTER_BAR: u8 = 0;
    /// Size of the register window in bytes.
    pub const REGISTER_BAR_SIZE: u32 = 4096;
}

/// AXI4-Lite response codes, as they appear on `bresp`/`rresp`.
pub mod resp {
    /// Transfer accepted.
    pub const OKAY: u8 = 0b00;
    /// Transfer refused: unmapped address, read-only target, or a write that
    /// would loosen the fuse or carries an invalid value.
    pub const SLVERR: u8 = 0b10;
}

/// The boards' UART register bridge (docs/boards.md): the frames the host
/// sends and the status bytes the bridge answers. The bridge's RTL
/// (`hdl/src/board/uart_bridge.rs`) and the driver's serial transport both
/// take them from here.
pub mod uart {
    /// Command byte of a register write: `'W'`, address (2 bytes, little
    /// endian), data (4 bytes, little endian); answered by a status byte.
    pub const CMD_WRITE: u8 = b'W';
    /// Command byte of a register read: `'R'`, address (2 bytes, little
    /// endian); answered by a status byte and the data (4 bytes, little
    /// endian).
    pub const CMD_READ: u8 = b'R';
    /// Bytes of a write frame.
    pub const WRITE_FRAME_LEN: usize = 7;
    /// Bytes of a read frame.
    pub const READ_FRAME_LEN: usize = 3;
    /// Bytes of a read's reply: status and data.
    pub const READ_REPLY_LEN: usize = 5;
    /// Status: the slave answered OKAY.
    pub const STATUS_OKAY: u8 = super::resp::OKAY;
    /// Status: the slave answered SLVERR (a refused write, an unmapped
    /// address).
    pub const STATUS_SLVERR: u8 = super::resp::SLVERR;
    /// Status byte of an address beyond the bus's 12 bits (AXI DECERR);
    /// nothing went on the bus.
    pub const STATUS_DECERR: u8 = 0x03;
    /// Status byte answering a byte that is no command.
    pub const STATUS_UNKNOWN_COMMAND: u8 = 0xFF;
    /// Default line rate of the board builds.
    pub const DEFAULT_BAUD: u32 = 115_200;
    /// A frame whose next byte takes longer than this is dropped by the
    /// bridge (its frame timeout is `clock_hz / 100` cycles); a host that
    /// lost sync waits this long before its next frame.
    pub const FRAME_TIMEOUT_MS: u64 = 10;
}

/// Number of enable "slots" in one throttle period: a ratio of N means the
/// accelerator's clock enable is high N cycles out of every 256.
pub const RATIO_DENOMINATOR: u32 = 256;

/// Parameters fixed when the Verilog is generated. They are not registers:
/// changing them at run time could loosen the fuse. Both are readable from
/// the `CONFIG` register so host software can see what the bitstream holds.
/// Build them with `..FuseParams::DEFAULT` so later parameters get defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuseParams {
    /// The most work units the accelerator can report in one enabled cycle.
    /// The hard cap stops the accelerator while the remaining budget is
    /// below this; reports above it are clamped and flagged.
    pub max_work_per_cycle: u16,
    /// `BASELINE_RATIO` at power-up (0..=256). The card ships throttled;
    /// a grant lifts it.
    pub power_up_baseline_ratio: u16,
    /// The device epoch (licence time) is `cycle >> epoch_shift` (0..=63;
    /// 32 gives about 43 s per epoch at 100 MHz). Tests use small values so
    /// licences lapse within a run.
    pub epoch_shift: u8,
}

impl FuseParams {
    /// Values used by the committed golden Verilog and the default scenarios.
    pub const DEFAULT: FuseParams = FuseParams {
        max_work_per_cycle: 1024,
        power_up_baseline_ratio: 32,
        epoch_shift: 32,
    };

    /// Largest valid [`FuseParams::epoch_shift`].
    pub const MAX_EPOCH_SHIFT: u8 = 63;

    /// Checks that the parameters make a buildable fuse.
    pub fn validate(&self) -> Result<(), String> {
        if self.max_work_per_cycle == 0 {
            return Err("max_work_per_cycle must be at least 1".into());
        }
        if u32::from(self.power_up_baseline_ratio) > RATIO_DENOMINATOR {
            return Err(format!(
                "power_up_baseline_ratio must be 0..=256, got {}",
                self.power_up_baseline_ratio
            ));
        }
        if self.epoch_shift > Self::MAX_EPOCH_SHIFT {
            return Err(format!(
                "epoch_shift must be 0..={}, got {}",
                Self::MAX_EPOCH_SHIFT,
                self.epoch_shift
            ));
        }
        Ok(())
    }

    /// The device epoch at `cycle`.
    pub fn device_epoch(&self, cycle: u64) -> u64 {
        cycle >> self.epoch_shift
    }

    /// Encoding of the `CONFIG` register for these parameters.
    pub fn config_word(&self) -> u32 {
        u32::from(self.max_work_per_cycle)
            | (u32::from(self.power_up_baseline_ratio) << 16)
            | (u32::from(self.epoch_shift) << 25)
    }

    /// Decodes a `CONFIG` register value.
    pub fn from_config_word(word: u32) -> FuseParams {
        FuseParams {
            max_work_per_cycle: (word & 0xffff) as u16,
            power_up_baseline_ratio: ((word >> 16) & 0x1ff) as u16,
            epoch_shift: (word >> 25) as u8,
        }
    }

    /// Reset value of a register for these parameters (the map's reset
    /// column holds the values for [`FuseParams::DEFAULT`]).
    pub fn reset_value(&self, reg: &Register) -> u32 {
        match reg.offset {
            x if x == reg::CONFIG => self.config_word(),
            x if x == reg::BASELINE_RATIO => u32::from(self.power_up_baseline_ratio),
            _ => reg.reset,
        }
    }
}

impl Default for FuseParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Bits of `STATUS`: why the clock enable is low or throttled right now
/// (several may be set), plus sticky flags.
pub mod status {
    /// The accelerator's clock enable is high this cycle.
    pub const ENABLED: u32 = 1 << 0;
    /// The fuse has tripped (see `TRIP_REASON`).
    pub const TRIPPED: u32 = 1 << 1;
    /// The remaining cumulative budget is below the maximum work per cycle:
    /// the accelerator is stopped.
    pub const CAPPED: u32 = 1 << 2;
    /// The current window's budget is used up: held until the window ends.
    pub const PACED: u32 = 1 << 3;
    /// The effective ratio is below 256/256: the enable is throttled.
    pub const THROTTLED: u32 = 1 << 4;
    /// The kill pin is asserted.
    pub const KILL_PIN: u32 = 1 << 5;
    /// The kill register is set.
    pub const KILLED: u32 = 1 << 6;
    /// A limit write is being applied; the enable is held for its duration.
    pub const HELD: u32 = 1 << 7;
    /// Sticky: the accelerator reported more work than `max_work_per_cycle`
    /// in an enabled cycle; the excess was not admitted.
    pub const WORK_CLAMPED: u32 = 1 << 8;
    /// A grant decommissioned the card: the enable is low until the
    /// bitstream reloads.
    pub const DECOMMISSIONED: u32 = 1 << 9;
}

/// Bits of `TRIP_REASON`. The trip is sticky: no bus write clears it; a
/// grant with the CLEAR_TRIP flag clears bits 3:0 ([`trip::CLEARABLE`]).
pub mod trip {
    /// The cumulative budget could be exceeded by the next enabled cycle
    /// (less than `2·W` left before a cycle's work, `docs/fuse-core.md`).
    pub const CUM_BUDGET: u32 = 1 << 0;
    /// The kill register was written.
    pub const KILL_REG: u32 = 1 << 1;
    /// The kill pin was asserted.
    pub const KILL_PIN: u32 = 1 << 2;
    /// The licence lapsed (device epoch past `LICENSE_EXPIRY`). Alone, it
    /// caps the ratio at the power-up baseline instead of applying the
    /// trip ratio.
    pub const LICENSE_EXPIRED: u32 = 1 << 3;
    /// A grant decommissioned the card (no timestamp; never clears until
    /// the bitstream reloads).
    pub const DECOMMISSIONED: u32 = 1 << 4;
    /// All defined reasons.
    pub const ALL: u32 = CUM_BUDGET | KILL_REG | KILL_PIN | LICENSE_EXPIRED | DECOMMISSIONED;
    /// Reasons under which the trip ratio applies.
    pub const STRICT: u32 = CUM_BUDGET | KILL_REG | KILL_PIN | DECOMMISSIONED;
    /// Reasons a grant's CLEAR_TRIP flag clears.
    pub const CLEARABLE: u32 = CUM_BUDGET | KILL_REG | KILL_PIN | LICENSE_EXPIRED;
    /// Names, for display.
    pub const NAMES: &[(u32, &str)] = &[
        (CUM_BUDGET, "cumulative budget"),
        (KILL_REG, "kill register"),
        (KILL_PIN, "kill pin"),
        (LICENSE_EXPIRED, "license expired"),
        (DECOMMISSIONED, "decommissioned"),
    ];
}

/// Bits of `ERR_CODE` (rw1c): why a bus write was refused. Each refused
/// write sets its bit and answers SLVERR; the bit stays until written 1.
pub mod err {
    /// The write would have loosened a limit.
    pub const LOOSEN_REFUSED: u32 = 1 << 0;
    /// The value is outside the register's range (e.g. a ratio above 256).
    pub const INVALID_VALUE: u32 = 1 << 1;
    /// The target register is read-only.
    pub const READ_ONLY: u32 = 1 << 2;
    /// No register at that address (unmapped or unaligned).
    pub const UNMAPPED: u32 = 1 << 3;
    /// Names, for display.
    pub const NAMES: &[(u32, &str)] = &[
        (LOOSEN_REFUSED, "write would loosen a limit"),
        (INVALID_VALUE, "value out of range"),
        (READ_ONLY, "write to a read-only register"),
        (UNMAPPED, "unmapped address"),
    ];
}

/// Bits of `INTR_STATE` / `INTR_ENABLE`.
pub mod intr {
    /// A trip reason was newly set.
    pub const TRIP: u32 = 1 << 0;
    /// A signed report is ready (`report_ready` from the crypto controller).
    pub const REPORT: u32 = 1 << 1;
    /// A grant check finished (`grant_done` from the crypto controller).
    pub const GRANT: u32 = 1 << 2;
    /// All defined interrupts.
    pub const ALL: u32 = TRIP | REPORT | GRANT;
    /// Names, for display.
    pub const NAMES: &[(u32, &str)] = &[
        (TRIP, "trip"),
        (REPORT, "report ready"),
        (GRANT, "grant done"),
    ];
}

/// Names of the set bits of `value` according to a `(bit, name)` table.
pub fn bit_names(value: u32, names: &[(u32, &'static str)]) -> Vec<&'static str> {
    names
        .iter()
        .filter(|(bit, _)| value & bit != 0)
        .map(|(_, n)| *n)
        .collect()
}
