//! The register map as data.

/// Software access type, in OpenTitan's register-tool vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// Read-only; writes are refused with SLVERR and `ERR_CODE.READ_ONLY`.
    Ro,
    /// Read/write (subject to the tighten-only rule for limits).
    Rw,
    /// Write-only command; reads return 0.
    Wo,
    /// Read; writing 1 to a bit clears it.
    Rw1c,
    /// Read; writing 1 to a bit sets it (one way).
    Rw1s,
}

impl Access {
    /// The OpenTitan spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Access::Ro => "ro",
            Access::Rw => "rw",
            Access::Wo => "wo",
            Access::Rw1c => "rw1c",
            Access::Rw1s => "rw1s",
        }
    }
    /// Whether a bus write can be accepted at all.
    pub fn writable(self) -> bool {
        !matches!(self, Access::Ro)
    }
    /// Whether a bus read returns the register's value (write-only returns 0).
    pub fn readable(self) -> bool {
        !matches!(self, Access::Wo)
    }
}

/// Which direction of change makes a limit stricter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stricter {
    /// Not a limit.
    NotALimit,
    /// A lower value is stricter; a higher write is refused.
    Lower,
    /// A higher value is stricter; a lower write is refused.
    Higher,
}

impl Stricter {
    /// Text for the documentation.
    pub fn as_str(self) -> &'static str {
        match self {
            Stricter::NotALimit => "",
            Stricter::Lower => "lower",
            Stricter::Higher => "higher",
        }
    }
    /// True if changing a limit from `old` to `new` keeps it as strict or
    /// makes it stricter.
    pub fn allows(self, old: u128, new: u128) -> bool {
        match self {
            Stricter::NotALimit => true,
            Stricter::Lower => new <= old,
            Stricter::Higher => new >= old,
        }
    }
}

/// What a register is, for grouping in documentation and tooling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Identification and build-time configuration.
    Ident,
    /// A command: writing it makes something happen.
    Command,
    /// Live status, trip and error state.
    Status,
    /// Interrupt state and enable.
    Interrupt,
    /// A limit in force (tighten-only).
    Limit,
    /// A staging word for a multi-word limit, applied by a commit command.
    Staging,
    /// A counter, read from the snapshot taken by `SNAPSHOT`.
    Counter,
    /// A trip timestamp (cycle of the first trip per reason).
    TripTime,
}

impl Class {
    /// Text for the documentation.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Ident => "identification",
            Class::Command => "command",
            Class::Status => "status",
            Class::Interrupt => "interrupt",
            Class::Limit => "limit",
            Class::Staging => "staging",
            Class::Counter => "counter (snapshot)",
            Class::TripTime => "trip timestamp",
        }
    }
}

/// A named bit field inside a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Field name.
    pub name: &'static str,
    /// Least significant bit.
    pub lsb: u8,
    /// Width in bits.
    pub width: u8,
    /// One-line description.
    pub doc: &'static str,
}

impl Field {
    /// Mask of the field in its register.
    pub const fn mask(&self) -> u32 {
        let ones = if self.width >= 32 {
            u32::MAX
        } else {
            (1u32 << self.width) - 1
        };
        ones << self.lsb
    }
    /// Extracts the field from a register value.
    pub fn get(&self, word: u32) -> u32 {
        (word & self.mask()) >> self.lsb
    }
}

/// One 32-bit register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Register {
    /// Name (upper case, as in the C header).
    pub name: &'static str,
    /// Byte offset in BAR0.
    pub offset: u16,
    /// Access type.
    pub access: Access,
    /// Value at power-up, for [`crate::FuseParams::DEFAULT`].
    pub reset: u32,
    /// What kind of register this is.
    pub class: Class,
    /// Which direction is stricter, for limits.
    pub stricter: Stricter,
    /// Largest valid value (writes above it are refused as invalid).
    pub max: u32,
    /// Smallest valid value.
    pub min: u32,
    /// For a word of a wider value: the value's name and this word's index
    /// (0 = least significant). Empty name for single-word registers.
    pub wide: (&'static str, u8),
    /// A write holds the accelerator's enable low while it is applied.
    pub holds_enable: bool,
    /// Bit fields (empty when the register is a plain number).
    pub fields: &'static [Field],
    /// One-line description.
    pub doc: &'static str,
}

impl Register {
    /// Looks up a field by name.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Builds the register constants (`reg::NAME`) and the [`REGISTERS`]
/// table from one list, so they cannot disagree.
macro_rules! register_map {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident @ $off:literal : $acc:ident, reset $reset:expr, $class:ident
        $(, stricter $stricter:ident)?
        $(, range $min:literal ..= $max:literal)?
        $(, wide $wide:literal [$word:literal])?
        $(, holds = $holds:literal)?
        $(, fields $fields:expr)?
        ;
    )*) => {
        /// Byte offsets of the registers.
        pub mod reg {
            $(
                $(#[doc = $doc])+
                pub const $name: u16 = $off;
            )*
        }

        /// The register map, in offset order.
        pub static REGISTERS: &[Register] = &[
            $(Register {
                name: stringify!($name),
                offset: $off,
                access: Access::$acc,
                reset: $reset,
                class: Class::$class,
                stricter: register_map!(@stricter $($stricter)?),
                min: register_map!(@min $($min)?),
                max: register_map!(@max $($max)?),
                wide: register_map!(@wide $($wide, $word)?),
                holds_enable: register_map!(@holds $($holds)?),
                fields: register_map!(@fields $($fields)?),
                doc: concat!($($doc),+),
            },)*
        ];
    };
    (@stricter) => { Stricter::NotALimit };
    (@stricter $s:ident) => { Stricter::$s };
    (@min) => { 0 };
    (@min $v:literal) => { $v };
    (@max) => { u32::MAX };
    (@max $v:literal) => { $v };
    (@wide) => { ("", 0) };
    (@wide $n:literal, $w:literal) => { ($n, $w) };
    (@holds) => { false };
    (@holds $v:literal) => { $v };
    (@fields) => { &[] };
    (@fields $f:expr) => { $f };
}

const fn field(name: &'static str, lsb: u8, width: u8, doc: &'static str) -> Field {
    Field {
        name,
        lsb,
        width,
        doc,
    }
}

const STATUS_FIELDS: &[Field] = &[
    field(
        "ENABLED",
        0,
        1,
        "accelerator clock enable is high this cycle",
    ),
    field("TRIPPED", 1, 1, "the fuse has tripped (see TRIP_REASON)"),
    field(
        "CAPPED",
        2,
        1,
        "cumulative budget left too low for another cycle (below 2 x max work per cycle): stopped",
    ),
    field(
        "PACED",
        3,
        1,
        "window budget left too low for another cycle (below 2 x max work per cycle): held until the window ends",
    ),
    field("THROTTLED", 4, 1, "effective ratio below 256/256"),
    field("KILL_PIN", 5, 1, "kill pin asserted"),
    field("KILLED", 6, 1, "kill register set"),
    field("HELD", 7, 1, "a limit write is being applied; enable held"),
    field(
        "WORK_CLAMPED",
        8,
        1,
        "sticky: work above max per cycle was reported and not admitted",
    ),
    field(
        "DECOMMISSIONED",
        9,
        1,
        "a grant decommissioned the card: the enable is low until the bitstream reloads",
    ),
];

const TRIP_FIELDS: &[Field] = &[
    field(
        "CUM_BUDGET",
        0,
        1,
        "cumulative budget could be exceeded by the next cycle",
    ),
    field("KILL_REG", 1, 1, "kill register written"),
    field("KILL_PIN", 2, 1, "kill pin asserted"),
    field(
        "LICENSE_EXPIRED",
        3,
        1,
        "licence lapsed: the ratio is capped at the power-up baseline",
    ),
    field(
        "DECOMMISSIONED",
        4,
        1,
        "decommissioned by a grant (no timestamp; clears only on reload)",
    ),
];

const ERR_FIELDS: &[Field] = &[
    field(
        "LOOSEN_REFUSED",
        0,
        1,
        "a write would have loosened a limit",
    ),
    field("INVALID_VALUE", 1, 1, "a written value was out of range"),
    field("READ_ONLY", 2, 1, "a write targeted a read-only register"),
    field(
        "UNMAPPED",
        3,
        1,
        "a write targeted an unmapped or unaligned address",
    ),
];

const INTR_FIELDS: &[Field] = &[
    field("TRIP", 0, 1, "a trip reason was newly set"),
    field("REPORT", 1, 1, "a signed report is ready"),
    field("GRANT", 2, 1, "a grant check finished"),
];

const VERSION_FIELDS: &[Field] = &[
    field("MINOR", 0, 16, "minor version"),
    field("MAJOR", 16, 16, "major version"),
];

const CONFIG_FIELDS: &[Field] = &[
    field(
        "MAX_WORK_PER_CYCLE",
        0,
        16,
        "generator parameter: most work units per enabled cycle",
    ),
    field(
        "POWER_UP_BASELINE_RATIO",
        16,
        9,
        "generator parameter: BASELINE_RATIO at power-up",
    ),
    field(
        "EPOCH_SHIFT",
        25,
        7,
        "generator parameter: device epoch = cycle >> EPOCH_SHIFT",
    ),
];

const KILL_FIELDS: &[Field] = &[field(
    "KILL",
    0,
    1,
    "write 1: stop the accelerator for good (one way)",
)];
const COMMIT_FIELDS: &[Field] = &[field(
    "COMMIT",
    0,
    1,
    "write 1: apply CUM_BUDGET_NEXT as the cumulative budget if not looser",
)];
const REPORT_COMMIT_FIELDS: &[Field] = &[field(
    "COMMIT",
    0,
    1,
    "write 1: apply REPORT_THRESHOLD_NEXT as the report threshold if not looser",
)];

register_map! {
    /// Identification: reads "CFUS" (0x43465553).
    ID @ 0x000: Ro, reset crate::FUSE_ID, Ident;
    /// Register-map version.
    VERSION @ 0x004: Ro, reset ((crate::ABI_VERSION_MAJOR as u32) << 16) | crate::ABI_VERSION_MINOR as u32,
        Ident, fields VERSION_FIELDS;
    /// Build-time generator parameters.
    CONFIG @ 0x008: Ro, reset 1024 | (32 << 16) | (32 << 25), Ident, fields CONFIG_FIELDS;
    /// Write any value: copy every counter into the snapshot that counter reads return.
    SNAPSHOT @ 0x00C: Wo, reset 0, Command;
    /// Live status: why the enable is low or throttled right now, and sticky flags.
    STATUS @ 0x010: Ro, reset 0, Status, fields STATUS_FIELDS;
    /// Sticky trip reasons; no bus write clears them (a grant with CLEAR_TRIP clears bits 3:0).
    TRIP_REASON @ 0x014: Ro, reset 0, Status, fields TRIP_FIELDS;
    /// Why bus writes were refused; write 1 to a bit to clear it.
    ERR_CODE @ 0x018: Rw1c, reset 0, Status, fields ERR_FIELDS;
    /// Interrupt state; write 1 to clear. Clearing does not clear the trip.
    INTR_STATE @ 0x01C: Rw1c, reset 0, Interrupt, fields INTR_FIELDS;
    /// Interrupt enable; irq is INTR_STATE & INTR_ENABLE.
    INTR_ENABLE @ 0x020: Rw, reset 1, Interrupt, fields INTR_FIELDS;
    /// Kill switch: write 1 to stop the accelerator; one way.
    KILL @ 0x024: Rw1s, reset 0, Limit, stricter Higher, fields KILL_FIELDS;
    /// Clock-enable ratio N/256 in normal operation (0 = stop).
    BASELINE_RATIO @ 0x028: Rw, reset 32, Limit, stricter Lower, range 0 ..= 256, holds = true;
    /// Clock-enable ratio N/256 once tripped (the lower of this and the baseline applies).
    TRIP_RATIO @ 0x02C: Rw, reset 0, Limit, stricter Lower, range 0 ..= 256, holds = true;
    /// Pacing window length in cycles (power-up 1: every cycle its own window, so no pacing until set).
    WINDOW_LEN @ 0x030: Rw, reset 1, Limit, stricter Higher, range 1 ..= 0xFFFF_FFFF, holds = true;
    /// Work units admitted per window; the accelerator is held once the next cycle could exceed it.
    WINDOW_BUDGET @ 0x034: Rw, reset 0xFFFF_FFFF, Limit, stricter Lower, holds = true;
    /// Cumulative budget in force, bits 31:0.
    CUM_BUDGET_0 @ 0x038: Ro, reset 0xFFFF_FFFF, Limit, stricter Lower, wide "CUM_BUDGET"[0];
    /// Cumulative budget in force, bits 63:32.
    CUM_BUDGET_1 @ 0x03C: Ro, reset 0xFFFF_FFFF, Limit, stricter Lower, wide "CUM_BUDGET"[1];
    /// Cumulative budget in force, bits 95:64.
    CUM_BUDGET_2 @ 0x040: Ro, reset 0xFFFF_FFFF, Limit, stricter Lower, wide "CUM_BUDGET"[2];
    /// Staged cumulative budget, bits 31:0 (applied by CUM_BUDGET_COMMIT).
    CUM_BUDGET_NEXT_0 @ 0x044: Rw, reset 0xFFFF_FFFF, Staging, wide "CUM_BUDGET_NEXT"[0];
    /// Staged cumulative budget, bits 63:32.
    CUM_BUDGET_NEXT_1 @ 0x048: Rw, reset 0xFFFF_FFFF, Staging, wide "CUM_BUDGET_NEXT"[1];
    /// Staged cumulative budget, bits 95:64.
    CUM_BUDGET_NEXT_2 @ 0x04C: Rw, reset 0xFFFF_FFFF, Staging, wide "CUM_BUDGET_NEXT"[2];
    /// Write 1: make the staged budget the cumulative budget; refused if looser.
    CUM_BUDGET_COMMIT @ 0x050: Wo, reset 0, Command, holds = true, fields COMMIT_FIELDS;
    /// Number of refused bus writes (wraps at 2^32).
    REFUSED_WRITES @ 0x054: Ro, reset 0, Status;
    /// Work units admitted since power-up, bits 31:0.
    CUM_WORK_0 @ 0x060: Ro, reset 0, Counter, wide "CUM_WORK"[0];
    /// Work units admitted since power-up, bits 63:32.
    CUM_WORK_1 @ 0x064: Ro, reset 0, Counter, wide "CUM_WORK"[1];
    /// Work units admitted since power-up, bits 95:64.
    CUM_WORK_2 @ 0x068: Ro, reset 0, Counter, wide "CUM_WORK"[2];
    /// Work units admitted in the current window.
    WINDOW_WORK @ 0x06C: Ro, reset 0, Counter;
    /// Cycle index inside the current window (0 ..= WINDOW_LEN-1).
    WINDOW_CYCLE @ 0x070: Ro, reset 0, Counter;
    /// Cycles since power-up, bits 31:0.
    CYCLE_0 @ 0x078: Ro, reset 0, Counter, wide "CYCLE"[0];
    /// Cycles since power-up, bits 63:32.
    CYCLE_1 @ 0x07C: Ro, reset 0, Counter, wide "CYCLE"[1];
    /// Cycles with the enable high, bits 31:0.
    ENABLED_CYCLES_0 @ 0x080: Ro, reset 0, Counter, wide "ENABLED_CYCLES"[0];
    /// Cycles with the enable high, bits 63:32.
    ENABLED_CYCLES_1 @ 0x084: Ro, reset 0, Counter, wide "ENABLED_CYCLES"[1];
    /// Cycles stopped (kill, cap, trip, or a limit write being applied), bits 31:0.
    STOPPED_CYCLES_0 @ 0x088: Ro, reset 0, Counter, wide "STOPPED_CYCLES"[0];
    /// Cycles stopped, bits 63:32.
    STOPPED_CYCLES_1 @ 0x08C: Ro, reset 0, Counter, wide "STOPPED_CYCLES"[1];
    /// Cycles held by the window budget, bits 31:0.
    PACED_CYCLES_0 @ 0x090: Ro, reset 0, Counter, wide "PACED_CYCLES"[0];
    /// Cycles held by the window budget, bits 63:32.
    PACED_CYCLES_1 @ 0x094: Ro, reset 0, Counter, wide "PACED_CYCLES"[1];
    /// Cycles low because of the baseline ratio, bits 31:0.
    THROTTLED_CYCLES_0 @ 0x098: Ro, reset 0, Counter, wide "THROTTLED_CYCLES"[0];
    /// Cycles low because of the baseline ratio, bits 63:32.
    THROTTLED_CYCLES_1 @ 0x09C: Ro, reset 0, Counter, wide "THROTTLED_CYCLES"[1];
    /// Cycle of the cumulative-budget trip, bits 31:0.
    TRIP_CYCLE_CUM_BUDGET_0 @ 0x0A0: Ro, reset 0, TripTime, wide "TRIP_CYCLE_CUM_BUDGET"[0];
    /// Cycle of the cumulative-budget trip, bits 63:32.
    TRIP_CYCLE_CUM_BUDGET_1 @ 0x0A4: Ro, reset 0, TripTime, wide "TRIP_CYCLE_CUM_BUDGET"[1];
    /// Cycle of the kill-register trip, bits 31:0.
    TRIP_CYCLE_KILL_REG_0 @ 0x0A8: Ro, reset 0, TripTime, wide "TRIP_CYCLE_KILL_REG"[0];
    /// Cycle of the kill-register trip, bits 63:32.
    TRIP_CYCLE_KILL_REG_1 @ 0x0AC: Ro, reset 0, TripTime, wide "TRIP_CYCLE_KILL_REG"[1];
    /// Cycle of the kill-pin trip, bits 31:0.
    TRIP_CYCLE_KILL_PIN_0 @ 0x0B0: Ro, reset 0, TripTime, wide "TRIP_CYCLE_KILL_PIN"[0];
    /// Cycle of the kill-pin trip, bits 63:32.
    TRIP_CYCLE_KILL_PIN_1 @ 0x0B4: Ro, reset 0, TripTime, wide "TRIP_CYCLE_KILL_PIN"[1];
    /// Cycle the licence expired, bits 31:0.
    TRIP_CYCLE_LICENSE_0 @ 0x0B8: Ro, reset 0, TripTime, wide "TRIP_CYCLE_LICENSE"[0];
    /// Cycle the licence expired, bits 63:32.
    TRIP_CYCLE_LICENSE_1 @ 0x0BC: Ro, reset 0, TripTime, wide "TRIP_CYCLE_LICENSE"[1];
    /// Report threshold in force, bits 31:0: report_due pulses once CUM_WORK reaches it.
    REPORT_THRESHOLD_0 @ 0x0C0: Ro, reset 0xFFFF_FFFF, Limit, stricter Lower, wide "REPORT_THRESHOLD"[0];
    /// Report threshold in force, bits 63:32.
    REPORT_THRESHOLD_1 @ 0x0C4: Ro, reset 0xFFFF_FFFF, Limit, stricter Lower, wide "REPORT_THRESHOLD"[1];
    /// Report threshold in force, bits 95:64.
    REPORT_THRESHOLD_2 @ 0x0C8: Ro, reset 0xFFFF_FFFF, Limit, stricter Lower, wide "REPORT_THRESHOLD"[2];
    /// Staged report threshold, bits 31:0 (applied by REPORT_THRESHOLD_COMMIT).
    REPORT_THRESHOLD_NEXT_0 @ 0x0CC: Rw, reset 0xFFFF_FFFF, Staging, wide "REPORT_THRESHOLD_NEXT"[0];
    /// Staged report threshold, bits 63:32.
    REPORT_THRESHOLD_NEXT_1 @ 0x0D0: Rw, reset 0xFFFF_FFFF, Staging, wide "REPORT_THRESHOLD_NEXT"[1];
    /// Staged report threshold, bits 95:64.
    REPORT_THRESHOLD_NEXT_2 @ 0x0D4: Rw, reset 0xFFFF_FFFF, Staging, wide "REPORT_THRESHOLD_NEXT"[2];
    /// Write 1: make the staged threshold the report threshold (and re-arm it); refused if looser.
    REPORT_THRESHOLD_COMMIT @ 0x0D8: Wo, reset 0, Command, fields REPORT_COMMIT_FIELDS;
    /// Device epoch after which the licence lapses, bits 31:0; set only by grants.
    LICENSE_EXPIRY_0 @ 0x0E0: Ro, reset 0xFFFF_FFFF, Status, wide "LICENSE_EXPIRY"[0];
    /// Device epoch after which the licence lapses, bits 63:32.
    LICENSE_EXPIRY_1 @ 0x0E4: Ro, reset 0xFFFF_FFFF, Status, wide "LICENSE_EXPIRY"[1];
    /// Sequence number of the last applied grant, bits 31:0 (0: none).
    LAST_GRANT_SEQ_0 @ 0x0E8: Ro, reset 0, Status, wide "LAST_GRANT_SEQ"[0];
    /// Sequence number of the last applied grant, bits 63:32.
    LAST_GRANT_SEQ_1 @ 0x0EC: Ro, reset 0, Status, wide "LAST_GRANT_SEQ"[1];
}

/// Looks up the register at a byte offset (must be word aligned).
pub fn register_at(offset: u16) -> Option<&'static Register> {
    REGISTERS.iter().find(|r| r.offset == offset)
}

/// Looks up a register by name.
pub fn register_named(name: &str) -> Option<&'static Register> {
    REGISTERS.iter().find(|r| r.name.eq_ignore_ascii_case(name))
}

/// The words (least significant first) of a wide value such as `"CUM_WORK"`.
pub fn wide_words(name: &str) -> Vec<&'static Register> {
    let mut words: Vec<_> = REGISTERS.iter().filter(|r| r.wide.0 == name).collect();
    words.sort_by_key(|r| r.wide.1);
    words
}

/// Number of address bits decoded by the register file (4 KiB window).
pub const ADDR_BITS: u32 = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_aligned_unique_and_sorted() {
        for pair in REGISTERS.windows(2) {
            assert!(
                pair[0].offset < pair[1].offset,
                "{} / {}",
                pair[0].name,
                pair[1].name
            );
        }
        for r in REGISTERS {
            assert_eq!(r.offset % 4, 0, "{} unaligned", r.name);
            assert!(u32::from(r.offset) < crate::pci::REGISTER_BAR_SIZE);
        }
    }

    #[test]
    fn fields_fit_and_do_not_overlap() {
        for r in REGISTERS {
            let mut seen = 0u32;
            for f in r.fields {
                assert!(
                    u32::from(f.lsb) + u32::from(f.width) <= 32,
                    "{}.{}",
                    r.name,
                    f.name
                );
                assert_eq!(seen & f.mask(), 0, "{}.{} overlaps", r.name, f.name);
                seen |= f.mask();
            }
        }
    }

    #[test]
    fn limits_have_a_direction_and_resets_are_in_range() {
        for r in REGISTERS {
            if r.class == Class::Limit {
                assert_ne!(r.stricter, Stricter::NotALimit, "{}", r.name);
            }
            assert!(
                r.reset >= r.min && r.reset <= r.max,
                "{} reset out of range",
                r.name
            );
        }
    }

    #[test]
    fn bit_constants_match_fields() {
        let status = register_at(reg::STATUS).unwrap();
        assert_eq!(status.field("PACED").unwrap().mask(), crate::status::PACED);
        assert_eq!(
            status.field("WORK_CLAMPED").unwrap().mask(),
            crate::status::WORK_CLAMPED
        );
        let trip = register_at(reg::TRIP_REASON).unwrap();
        for (bit, _) in crate::trip::NAMES {
            assert!(trip.fields.iter().any(|f| f.mask() == *bit));
        }
        assert_eq!(
            status.field("DECOMMISSIONED").unwrap().mask(),
            crate::status::DECOMMISSIONED
        );
        let intr = register_at(reg::INTR_STATE).unwrap();
        for (bit, _) in crate::intr::NAMES {
            assert!(intr.fields.iter().any(|f| f.mask() == *bit));
        }
        assert_eq!(crate::trip::ALL, 0x1f);
        assert_eq!(crate::intr::ALL, 0x7);
        let errs = register_at(reg::ERR_CODE).unwrap();
        for (bit, _) in crate::err::NAMES {
            assert!(errs.fields.iter().any(|f| f.mask() == *bit));
        }
    }

    #[test]
    fn reset_values_follow_params() {
        let p = crate::FuseParams::DEFAULT;
        for r in REGISTERS {
            assert_eq!(p.reset_value(r), r.reset, "{}", r.name);
        }
        let q = crate::FuseParams {
            max_work_per_cycle: 7,
            power_up_baseline_ratio: 256,
            epoch_shift: 63,
        };
        assert_eq!(
            q.reset_value(register_at(reg::BASELINE_RATIO).unwrap()),
            256
        );
        assert_eq!(crate::FuseParams::from_config_word(q.config_word()), q);
    }

    #[test]
    fn wide_values_are_complete() {
        assert_eq!(wide_words("CUM_WORK").len(), 3);
        assert_eq!(wide_words("CUM_BUDGET").len(), 3);
        assert_eq!(wide_words("CYCLE").len(), 2);
        assert_eq!(wide_words("REPORT_THRESHOLD").len(), 3);
        assert_eq!(wide_words("REPORT_THRESHOLD_NEXT").len(), 3);
        assert_eq!(wide_words("LICENSE_EXPIRY").len(), 2);
        assert_eq!(wide_words("LAST_GRANT_SEQ").len(), 2);
        assert_eq!(wide_words("TRIP_CYCLE_LICENSE").len(), 2);
        assert!(Stricter::Lower.allows(5, 4) && !Stricter::Lower.allows(4, 5));
        assert!(Stricter::Higher.allows(4, 5) && !Stricter::Higher.allows(5, 4));
    }
}
