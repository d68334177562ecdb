//! Typed registers: the access mode is in the type (as in tock-registers),
//! so a read-only register has no write method and a write-only command has
//! no read method. The offsets come from `capfuse_abi::reg`; a test checks
//! that every register of the abi map is here with the abi's access type.

use std::marker::PhantomData;

use capfuse_abi::Access;

use crate::{Bar, Result};

/// Read-only.
#[derive(Clone, Copy, Debug)]
pub struct Ro;
/// Read/write (limits: tighten-only, enforced by the card).
#[derive(Clone, Copy, Debug)]
pub struct Rw;
/// Write-only command; reads return 0 so there is no read method.
#[derive(Clone, Copy, Debug)]
pub struct Wo;
/// Read; writing 1 to a bit clears it.
#[derive(Clone, Copy, Debug)]
pub struct Rw1c;
/// Read; writing 1 to a bit sets it, one way.
#[derive(Clone, Copy, Debug)]
pub struct Rw1s;

/// An access mode marker, with its abi spelling.
pub trait Mode {
    /// The abi access type.
    const ACCESS: Access;
}
impl Mode for Ro {
    const ACCESS: Access = Access::Ro;
}
impl Mode for Rw {
    const ACCESS: Access = Access::Rw;
}
impl Mode for Wo {
    const ACCESS: Access = Access::Wo;
}
impl Mode for Rw1c {
    const ACCESS: Access = Access::Rw1c;
}
impl Mode for Rw1s {
    const ACCESS: Access = Access::Rw1s;
}

/// Modes whose reads return the register's value.
pub trait Readable: Mode {}
impl Readable for Ro {}
impl Readable for Rw {}
impl Readable for Rw1c {}
impl Readable for Rw1s {}

/// A 32-bit register at a fixed offset with access mode `A`.
#[derive(Clone, Copy, Debug)]
pub struct Reg<A> {
    /// Name as in the abi map.
    pub name: &'static str,
    /// Byte offset in BAR0.
    pub offset: u16,
    _mode: PhantomData<A>,
}

impl<A: Mode> Reg<A> {
    const fn new(name: &'static str, offset: u16) -> Self {
        Reg {
            name,
            offset,
            _mode: PhantomData,
        }
    }
    /// The access type, as the abi spells it.
    pub fn access(&self) -> Access {
        A::ACCESS
    }
}

impl<A: Readable> Reg<A> {
    /// Reads the register.
    pub fn read(&self, bar: &mut impl Bar) -> Result<u32> {
        bar.read32(self.offset)
    }
}

impl Reg<Rw> {
    /// Writes the register (a limit write looser than the value in force is
    /// refused by the card; see [`crate::Fuse::tighten`]).
    pub fn write(&self, bar: &mut impl Bar, value: u32) -> Result<()> {
        bar.write32(self.offset, value)
    }
}

impl Reg<Wo> {
    /// Issues the command by writing `value`.
    pub fn write(&self, bar: &mut impl Bar, value: u32) -> Result<()> {
        bar.write32(self.offset, value)
    }
}

impl Reg<Rw1c> {
    /// Clears the bits set in `bits`.
    pub fn clear(&self, bar: &mut impl Bar, bits: u32) -> Result<()> {
        bar.write32(self.offset, bits)
    }
}

impl Reg<Rw1s> {
    /// Sets the bits set in `bits` (one way).
    pub fn set(&self, bar: &mut impl Bar, bits: u32) -> Result<()> {
        bar.write32(self.offset, bits)
    }
}

/// A value wider than 32 bits, stored in `N` words, least significant first.
#[derive(Clone, Copy, Debug)]
pub struct Wide<A, const N: usize> {
    /// Name of the value as in the abi map (`"CUM_WORK"`).
    pub name: &'static str,
    /// Its words, least significant first.
    pub words: [Reg<A>; N],
}

impl<A: Readable, const N: usize> Wide<A, N> {
    /// Reads every word and assembles the value. Counters must be read after
    /// a `SNAPSHOT` write ([`crate::Fuse::status`] does) so the words agree.
    pub fn read(&self, bar: &mut impl Bar) -> Result<u128> {
        let mut v = 0u128;
        for (i, w) in self.words.iter().enumerate() {
            v |= u128::from(w.read(bar)?) << (32 * i);
        }
        Ok(v)
    }
}

impl<const N: usize> Wide<Rw, N> {
    /// Writes every word, least significant first.
    pub fn write(&self, bar: &mut impl Bar, value: u128) -> Result<()> {
        bar.write_batch(&self.word_writes(value))
    }

    /// The `(offset, word)` writes that store `value`, least significant
    /// first, for a [`Bar::write_batch`] together with other writes.
    pub fn word_writes(&self, value: u128) -> [(u16, u32); N] {
        std::array::from_fn(|i| (self.words[i].offset, (value >> (32 * i)) as u32))
    }
}

macro_rules! typed_registers {
    ($($name:ident: $mode:ident;)*) => {
        $(
            #[doc = concat!("`", stringify!($name), "` (", stringify!($mode), ").")]
            pub const $name: Reg<$mode> = Reg::new(stringify!($name), capfuse_abi::reg::$name);
        )*
        /// Every typed register: name, offset and access mode, for the check
        /// against the abi map.
        pub const ALL: &[(&str, u16, Access)] = &[
            $((stringify!($name), capfuse_abi::reg::$name, <$mode as Mode>::ACCESS),)*
        ];
    };
}

typed_registers! {
    ID: Ro;
    VERSION: Ro;
    CONFIG: Ro;
    SNAPSHOT: Wo;
    STATUS: Ro;
    TRIP_REASON: Ro;
    ERR_CODE: Rw1c;
    INTR_STATE: Rw1c;
    INTR_ENABLE: Rw;
    KILL: Rw1s;
    BASELINE_RATIO: Rw;
    TRIP_RATIO: Rw;
    WINDOW_LEN: Rw;
    WINDOW_BUDGET: Rw;
    CUM_BUDGET_0: Ro;
    CUM_BUDGET_1: Ro;
    CUM_BUDGET_2: Ro;
    CUM_BUDGET_NEXT_0: Rw;
    CUM_BUDGET_NEXT_1: Rw;
    CUM_BUDGET_NEXT_2: Rw;
    CUM_BUDGET_COMMIT: Wo;
    REFUSED_WRITES: Ro;
    CUM_WORK_0: Ro;
    CUM_WORK_1: Ro;
    CUM_WORK_2: Ro;
    WINDOW_WORK: Ro;
    WINDOW_CYCLE: Ro;
    CYCLE_0: Ro;
    CYCLE_1: Ro;
    ENABLED_CYCLES_0: Ro;
    ENABLED_CYCLES_1: Ro;
    STOPPED_CYCLES_0: Ro;
    STOPPED_CYCLES_1: Ro;
    PACED_CYCLES_0: Ro;
    PACED_CYCLES_1: Ro;
    THROTTLED_CYCLES_0: Ro;
    THROTTLED_CYCLES_1: Ro;
    TRIP_CYCLE_CUM_BUDGET_0: Ro;
    TRIP_CYCLE_CUM_BUDGET_1: Ro;
    TRIP_CYCLE_KILL_REG_0: Ro;
    TRIP_CYCLE_KILL_REG_1: Ro;
    TRIP_CYCLE_KILL_PIN_0: Ro;
    TRIP_CYCLE_KILL_PIN_1: Ro;
    TRIP_CYCLE_LICENSE_0: Ro;
    TRIP_CYCLE_LICENSE_1: Ro;
    REPORT_THRESHOLD_0: Ro;
    REPORT_THRESHOLD_1: Ro;
    REPORT_THRESHOLD_2: Ro;
    REPORT_THRESHOLD_NEXT_0: Rw;
    REPORT_THRESHOLD_NEXT_1: Rw;
    REPORT_THRESHOLD_NEXT_2: Rw;
    REPORT_THRESHOLD_COMMIT: Wo;
    LICENSE_EXPIRY_0: Ro;
    LICENSE_EXPIRY_1: Ro;
    LAST_GRANT_SEQ_0: Ro;
    LAST_GRANT_SEQ_1: Ro;
}

/// The cumulative budget in force (96 bits).
pub const CUM_BUDGET: Wide<Ro, 3> = Wide {
    name: "CUM_BUDGET",
    words: [CUM_BUDGET_0, CUM_BUDGET_1, CUM_BUDGET_2],
};
/// The staged cumulative budget, applied by `CUM_BUDGET_COMMIT`.
pub const CUM_BUDGET_NEXT: Wide<Rw, 3> = Wide {
    name: "CUM_BUDGET_NEXT",
    words: [CUM_BUDGET_NEXT_0, CUM_BUDGET_NEXT_1, CUM_BUDGET_NEXT_2],
};
/// Work admitted since power-up (snapshot, 96 bits).
pub const CUM_WORK: Wide<Ro, 3> = Wide {
    name: "CUM_WORK",
    words: [CUM_WORK_0, CUM_WORK_1, CUM_WORK_2],
};
/// Cycles since power-up (snapshot).
pub const CYCLE: Wide<Ro, 2> = Wide {
    name: "CYCLE",
    words: [CYCLE_0, CYCLE_1],
};
/// Cycles with the enable high (snapshot).
pub const ENABLED_CYCLES: Wide<Ro, 2> = Wide {
    name: "ENABLED_CYCLES",
    words: [ENABLED_CYCLES_0, ENABLED_CYCLES_1],
};
/// Cycles stopped (snapshot).
pub const STOPPED_CYCLES: Wide<Ro, 2> = Wide {
    name: "STOPPED_CYCLES",
    words: [STOPPED_CYCLES_0, STOPPED_CYCLES_1],
};
/// Cycles held by the window budget (snapshot).
pub const PACED_CYCLES: Wide<Ro, 2> = Wide {
    name: "PACED_CYCLES",
    words: [PACED_CYCLES_0, PACED_CYCLES_1],
};
/// Cycles low because of the baseline ratio (snapshot).
pub const THROTTLED_CYCLES: Wide<Ro, 2> = Wide {
    name: "THROTTLED_CYCLES",
    words: [THROTTLED_CYCLES_0, THROTTLED_CYCLES_1],
};
/// Cycle of the cumulative-budget trip.
pub const TRIP_CYCLE_CUM_BUDGET: Wide<Ro, 2> = Wide {
    name: "TRIP_CYCLE_CUM_BUDGET",
    words: [TRIP_CYCLE_CUM_BUDGET_0, TRIP_CYCLE_CUM_BUDGET_1],
};
/// Cycle of the kill-register trip.
pub const TRIP_CYCLE_KILL_REG: Wide<Ro, 2> = Wide {
    name: "TRIP_CYCLE_KILL_REG",
    words: [TRIP_CYCLE_KILL_REG_0, TRIP_CYCLE_KILL_REG_1],
};
/// Cycle of the kill-pin trip.
pub const TRIP_CYCLE_KILL_PIN: Wide<Ro, 2> = Wide {
    name: "TRIP_CYCLE_KILL_PIN",
    words: [TRIP_CYCLE_KILL_PIN_0, TRIP_CYCLE_KILL_PIN_1],
};

/// Cycle the licence expired.
pub const TRIP_CYCLE_LICENSE: Wide<Ro, 2> = Wide {
    name: "TRIP_CYCLE_LICENSE",
    words: [TRIP_CYCLE_LICENSE_0, TRIP_CYCLE_LICENSE_1],
};
/// The report threshold in force (96 bits).
pub const REPORT_THRESHOLD: Wide<Ro, 3> = Wide {
    name: "REPORT_THRESHOLD",
    words: [REPORT_THRESHOLD_0, REPORT_THRESHOLD_1, REPORT_THRESHOLD_2],
};
/// The staged report threshold, applied by `REPORT_THRESHOLD_COMMIT`.
pub const REPORT_THRESHOLD_NEXT: Wide<Rw, 3> = Wide {
    name: "REPORT_THRESHOLD_NEXT",
    words: [
        REPORT_THRESHOLD_NEXT_0,
        REPORT_THRESHOLD_NEXT_1,
        REPORT_THRESHOLD_NEXT_2,
    ],
};
/// Device epoch after which the licence lapses.
pub const LICENSE_EXPIRY: Wide<Ro, 2> = Wide {
    name: "LICENSE_EXPIRY",
    words: [LICENSE_EXPIRY_0, LICENSE_EXPIRY_1],
};
/// Sequence number of the last applied grant.
pub const LAST_GRANT_SEQ: Wide<Ro, 2> = Wide {
    name: "LAST_GRANT_SEQ",
    words: [LAST_GRANT_SEQ_0, LAST_GRANT_SEQ_1],
};

/// Every typed wide value: name and word offsets (least significant first).
pub fn wide_values() -> Vec<(&'static str, Vec<u16>)> {
    fn offs<A, const N: usize>(w: &Wide<A, N>) -> (&'static str, Vec<u16>) {
        (w.name, w.words.iter().map(|r| r.offset).collect())
    }
    vec![
        offs(&CUM_BUDGET),
        offs(&CUM_BUDGET_NEXT),
        offs(&CUM_WORK),
        offs(&CYCLE),
        offs(&ENABLED_CYCLES),
        offs(&STOPPED_CYCLES),
        offs(&PACED_CYCLES),
        offs(&THROTTLED_CYCLES),
        offs(&TRIP_CYCLE_CUM_BUDGET),
        offs(&TRIP_CYCLE_KILL_REG),
        offs(&TRIP_CYCLE_KILL_PIN),
        offs(&TRIP_CYCLE_LICENSE),
        offs(&REPORT_THRESHOLD),
        offs(&REPORT_THRESHOLD_NEXT),
        offs(&LICENSE_EXPIRY),
        offs(&LAST_GRANT_SEQ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use capfuse_abi::{wide_words, REGISTERS};

    #[test]
    fn every_abi_register_is_typed_with_its_access() {
        assert_eq!(
            ALL.len(),
            REGISTERS.len(),
            "typed layer and abi map differ in size"
        );
        for r in REGISTERS {
            let typed = ALL.iter().find(|(n, _, _)| *n == r.name);
            let Some((_, off, acc)) = typed else {
                panic!("{} has no typed accessor", r.name);
            };
            assert_eq!(*off, r.offset, "{}", r.name);
            assert_eq!(
                *acc, r.access,
                "{}: typed access differs from the abi",
                r.name
            );
        }
    }

    #[test]
    fn every_abi_wide_value_is_typed_in_word_order() {
        let mut abi_wide: Vec<&str> = REGISTERS
            .iter()
            .map(|r| r.wide.0)
            .filter(|n| !n.is_empty())
            .collect();
        abi_wide.dedup();
        let typed = wide_values();
        assert_eq!(typed.len(), abi_wide.len());
        for name in abi_wide {
            let (_, offs) = typed
                .iter()
                .find(|(n, _)| *n == name)
                .unwrap_or_else(|| panic!("{name} has no typed wide accessor"));
            let abi: Vec<u16> = wide_words(name).iter().map(|r| r.offset).collect();
            assert_eq!(offs, &abi, "{name}");
        }
    }
}
