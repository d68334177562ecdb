//! The fuse core's register block, generated from the map in the way
//! OpenTitan's reggen writes `*_reg_top.sv`: the read side ([`reg_read_rust`])
//! and the write side ([`reg_write_rust`]) as rust-hdl source.

use super::GENERATED_NOTE;
use crate::{Access, Class, Register, Stricter, REGISTERS};
use std::fmt::Write;

/// The opening of a generated block's file: the generated-file note, the
/// module documentation `doc` (lines without `//! `) and the imports.
fn prelude(doc: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "// {GENERATED_NOTE}");
    for line in doc.lines() {
        let _ = writeln!(s, "{}", format!("//! {line}").trim_end());
    }
    let _ = writeln!(s, "\nuse crate::reg::Reg;");
    let _ = writeln!(s, "use rust_hdl::core::prelude::*;");
    let _ = writeln!(s, "use rust_hdl::widgets::dff_setup;\n");
    s
}

/// Path of the generated read side of the register block, relative to the
/// workspace root.
pub const REG_READ_RS: &str = "hdl/src/reg_read.rs";

/// Whether the register block reads `r` from a port (`false`: a constant of
/// the map, or a write-only register that reads 0).
pub fn reg_read_has_port(r: &Register) -> bool {
    r.access.readable() && !matches!(r.name, "ID" | "VERSION")
}

/// Verilog and SystemVerilog keywords a register name could spell; such a
/// port gets a `_reg` suffix (rust-hdl refuses a keyword as a name).
const VERILOG_KEYWORDS: &[&str] = &[
    "always",
    "assign",
    "begin",
    "case",
    "cell",
    "config",
    "default",
    "design",
    "disable",
    "edge",
    "end",
    "event",
    "force",
    "function",
    "generate",
    "initial",
    "input",
    "instance",
    "integer",
    "liblist",
    "library",
    "localparam",
    "module",
    "output",
    "parameter",
    "real",
    "reg",
    "release",
    "repeat",
    "signed",
    "table",
    "task",
    "time",
    "use",
    "wait",
    "wire",
];

/// The port of `r` on the generated read block: its name in lower case.
pub fn reg_read_port(r: &Register) -> String {
    let name = r.name.to_ascii_lowercase();
    if VERILOG_KEYWORDS.contains(&name.as_str()) {
        name + "_reg"
    } else {
        name
    }
}

/// Whether a read of `r` returns something other than 0: a port or a
/// non-zero constant of the map. Each such register has a select flip-flop
/// in the read block.
fn reg_read_selects(r: &Register) -> bool {
    reg_read_has_port(r) || (r.access.readable() && r.reset != 0)
}

/// The read side of the fuse core's register block as rust-hdl source, in
/// the way OpenTitan's reggen writes `*_reg_top.sv` from its `.hjson`: the
/// AXI4-Lite read channel, the address decode (aligned, and one of the map's
/// offsets), the mapping of every readable register to its word, write-only
/// registers reading 0, the constant identification words, and the
/// registered read response. The core drives one named port per readable
/// register (hw2reg) and never decodes a read address itself.
///
/// The read is two stages: the handshake's edge registers the decode (one
/// select flip-flop per word that can read non-zero, and whether the address
/// is mapped), and the next edge registers the word those selects pick, so
/// no path runs from `araddr` into the read multiplexer.
pub fn reg_read_rust() -> String {
    let mut s = prelude(
        "The read side of the fuse core's register block, generated from the\n\
         abi map: the AXI4-Lite read channel, address decode, read multiplexer\n\
         and the registered read response. The core drives one port per\n\
         readable register with the value a read returns now.\n\
         \n\
         A read takes two edges: the handshake's edge (`arvalid` and `arready`\n\
         high) registers the decode of `araddr`, one select flip-flop per word\n\
         that can read non-zero, and the next edge registers the selected word\n\
         (0 for a write-only register) with OKAY, or 0 with SLVERR for an\n\
         unaligned or unmapped address. So `rvalid` rises two cycles after the\n\
         handshake, with the registers' values of the cycle after it, and no\n\
         path runs from `araddr` into the multiplexer.",
    );
    let selects: Vec<&Register> = REGISTERS.iter().filter(|r| reg_read_selects(r)).collect();
    let _ = writeln!(
        s,
        "/// The register block's read channel, decode, multiplexer and response (generated).\n\
         #[derive(LogicBlock, Default)]\n\
         pub struct RegRead {{\n    \
         /// The one clock.\n    \
         pub clock: Signal<In, Clock>,\n    \
         /// Byte address of the read (AXI4-Lite `araddr`).\n    \
         pub araddr: Signal<In, Bits<12>>,\n    \
         /// A read address is offered (AXI4-Lite `arvalid`).\n    \
         pub arvalid: Signal<In, Bit>,\n    \
         /// A read address is taken (AXI4-Lite `arready`): no read in flight.\n    \
         pub arready: Signal<Out, Bit>,\n    \
         /// The read's word is in `rdata` (AXI4-Lite `rvalid`).\n    \
         pub rvalid: Signal<Out, Bit>,\n    \
         /// The host takes the word (AXI4-Lite `rready`).\n    \
         pub rready: Signal<In, Bit>,\n    \
         /// The word read (AXI4-Lite `rdata`).\n    \
         pub rdata: Signal<Out, Bits<32>>,\n    \
         /// The read's response: OKAY ({okay}) or SLVERR ({slverr}).\n    \
         pub rresp: Signal<Out, Bits<2>>,",
        okay = crate::resp::OKAY,
        slverr = crate::resp::SLVERR
    );
    for r in REGISTERS.iter().filter(|r| reg_read_has_port(r)) {
        let _ = writeln!(
            s,
            "    /// `{}` (0x{:03x}, {}): {}\n    pub {}: Signal<In, Bits<32>>,",
            r.name,
            r.offset,
            r.access.as_str(),
            r.doc.trim(),
            reg_read_port(r)
        );
    }
    let _ = writeln!(
        s,
        "    /// A read was taken at the last edge: its word is picked this cycle.\n    \
         pending: Reg<Bit>,\n    \
         /// A read is taken at this edge.\n    \
         take: Signal<Local, Bit>,\n    \
         /// The taken read's address is aligned and mapped.\n    \
         mapped: Reg<Bit>,"
    );
    let _ = writeln!(
        s,
        "    /// One select bit per word that can read non-zero (see `update` for\n    \
         /// which), loaded from the decode of `araddr` at a take and held\n    \
         /// otherwise: one flip-flop per bit as before, but one register, so a\n    \
         /// simulator copies one word per cycle instead of one per select.\n    \
         sel: Reg<Bits<{n}>>,\n    \
         sel_n: Signal<Local, Bits<{n}>>,",
        n = selects.len()
    );
    let _ = writeln!(
        s,
        "    data: Signal<Local, Bits<32>>,\n    \
         rvalid_q: Reg<Bit>,\n    \
         rdata_q: Reg<Bits<32>>,\n    \
         rresp_q: Reg<Bits<2>>,\n\
         }}\n"
    );
    let _ = writeln!(
        s,
        "impl Logic for RegRead {{\n    \
         #[hdl_gen]\n    \
         fn update(&mut self) {{\n        \
         dff_setup!(self, clock, pending, mapped, sel, rvalid_q, rdata_q, rresp_q);\n        \
         self.arready.next = !(self.pending.q.val() | self.rvalid_q.q.val());\n        \
         self.rvalid.next = self.rvalid_q.q.val();\n        \
         self.rdata.next = self.rdata_q.q.val();\n        \
         self.rresp.next = self.rresp_q.q.val();\n        \
         // ---- first edge: the decode, loaded at a take and held otherwise\n        \
         // (one comparison per bit, not a case: yosys would turn a case of\n        \
         // constants into a ROM, which its SAT solver cannot take)\n        \
         self.take.next = self.arvalid.val() & !(self.pending.q.val() | self.rvalid_q.q.val());\n        \
         self.pending.d.next = self.take.val();\n        \
         self.sel_n.next = 0.into();\n        \
         if self.take.val() {{\n            \
         self.mapped.d.next = false;"
    );
    let _ = writeln!(
        s,
        "            if self.araddr.val().get_bits::<2>(0) == 0 {{\n                \
         match self.araddr.val().get_bits::<10>(2).index() {{"
    );
    for r in REGISTERS {
        let _ = writeln!(
            s,
            "                    {} => {{\n                        // {}\n                        \
             self.mapped.d.next = true;\n                    }}",
            r.offset / 4,
            r.name
        );
    }
    let _ = writeln!(
        s,
        "                    _ => {{}}\n                }}\n            }}"
    );
    bit_decode(&mut s, 3, "araddr", "sel", &selects);
    let _ = writeln!(
        s,
        "            self.sel.d.next = self.sel_n.val();\n        \
         }}\n        \
         // ---- second edge: the selected word (one select at most is high),\n        \
         // picked only while a read is pending, so simulators skip it\n        \
         self.data.next = 0.into();\n        \
         if self.pending.q.val() {{"
    );
    // The constants first, as plain assignments, then every port OR-ed in:
    // with one select high at most, the result is that word.
    for (i, r) in selects
        .iter()
        .enumerate()
        .filter(|(_, r)| !reg_read_has_port(r))
    {
        let _ = writeln!(
            s,
            "            // {}\n            \
             if self.sel.q.val().get_bit({i}) {{\n                \
             self.data.next = {}.into();\n            \
             }}",
            r.name, r.reset
        );
    }
    for (i, r) in selects
        .iter()
        .enumerate()
        .filter(|(_, r)| reg_read_has_port(r))
    {
        let _ = writeln!(
            s,
            "            // {}\n            \
             if self.sel.q.val().get_bit({i}) {{\n                \
             self.data.next = self.data.val() | self.{}.val();\n            \
             }}",
            r.name,
            reg_read_port(r)
        );
    }
    let _ = writeln!(
        s,
        "            \
         self.rvalid_q.d.next = true;\n            \
         self.rdata_q.d.next = self.data.val();\n            \
         self.rresp_q.d.next = {slverr}.into();\n            \
         if self.mapped.q.val() {{\n                \
         self.rresp_q.d.next = {okay}.into();\n            \
         }}\n        \
         }} else if self.rvalid_q.q.val() & self.rready.val() {{\n            \
         self.rvalid_q.d.next = false;\n        \
         }}\n    \
         }}\n\
         }}",
        okay = crate::resp::OKAY,
        slverr = crate::resp::SLVERR
    );
    s.push_str(&reg_read_tests());
    s
}

/// The generated read block's test: every address of the map (and
/// unaligned and unmapped ones) read through the channel, with the ports
/// changed between the two edges, so the word must be the one of the cycle
/// after the handshake, picked by the registered decode.
fn reg_read_tests() -> String {
    let mut s = String::from(
        "\n#[cfg(test)]\n\
         mod tests {\n    \
         use super::*;\n    \
         use capfuse_abi::{resp, Access, REGISTERS};\n    \
         use rust_hdl::core::simulate::simulate;\n\n    \
         /// Drives every register port with `value(offset)`.\n    \
         fn drive(uut: &mut RegRead, value: impl Fn(u16) -> u32) {\n",
    );
    for r in REGISTERS.iter().filter(|r| reg_read_has_port(r)) {
        let _ = writeln!(
            s,
            "        uut.{}.next = u64::from(value(0x{:03x})).into();",
            reg_read_port(r),
            r.offset
        );
    }
    s.push_str(
        "    }\n\n    \
         fn settle(uut: &mut RegRead) {\n        \
         assert!(simulate(uut, 100), \"did not settle\");\n    }\n\n    \
         /// (`arready`, `rvalid`)\n    \
         fn ready_valid(uut: &RegRead) -> (bool, bool) {\n        \
         (uut.arready.val(), uut.rvalid.val())\n    }\n\n    \
         fn edge(uut: &mut RegRead) {\n        \
         uut.clock.next = Clock { clk: true };\n        \
         settle(uut);\n        \
         uut.clock.next = Clock { clk: false };\n        \
         settle(uut);\n    }\n\n    \
         /// What the map says a read of `addr` answers when the ports hold\n    \
         /// `value(offset)`.\n    \
         fn expected(addr: u16, value: impl Fn(u16) -> u32) -> (u32, u8) {\n        \
         match REGISTERS.iter().find(|r| r.offset == addr) {\n            \
         None => (0, resp::SLVERR),\n            \
         Some(r) if !r.access.readable() => (0, resp::OKAY),\n            \
         Some(r) if matches!(r.name, \"ID\" | \"VERSION\") => (r.reset, resp::OKAY),\n            \
         Some(r) => {\n                \
         assert_ne!(r.access, Access::Wo);\n                \
         (value(addr), resp::OKAY)\n            \
         }\n        }\n    }\n\n    \
         #[test]\n    \
         fn a_read_answers_two_edges_after_its_handshake_with_the_next_cycles_word() {\n        \
         let before = |a: u16| 0xa5a5_0000 | u32::from(a);\n        \
         let after = |a: u16| 0x5a00_0000 | u32::from(a) << 8 | 0x3c;\n        \
         let mut uut = Box::<RegRead>::default();\n        \
         uut.connect_all();\n        \
         settle(uut.as_mut());\n        \
         let mut addrs: Vec<u16> = REGISTERS.iter().map(|r| r.offset).collect();\n        \
         // unaligned, and past the map\n        \
         addrs.extend(REGISTERS.iter().map(|r| r.offset + 2));\n        \
         addrs.extend([0xffc, 0xfff, 0x001]);\n        \
         for addr in addrs {\n            \
         drive(uut.as_mut(), before);\n            \
         uut.araddr.next = u64::from(addr).into();\n            \
         uut.arvalid.next = true;\n            \
         uut.rready.next = false;\n            \
         settle(uut.as_mut());\n            \
         assert_eq!(ready_valid(&uut), (true, false), \"before 0x{addr:03x}\");\n            \
         edge(uut.as_mut());\n            \
         // the address goes away and every port changes before the second edge\n            \
         uut.arvalid.next = false;\n            \
         uut.araddr.next = 0.into();\n            \
         drive(uut.as_mut(), after);\n            \
         settle(uut.as_mut());\n            \
         assert_eq!(ready_valid(&uut), (false, false), \"0x{addr:03x} taken\");\n            \
         edge(uut.as_mut());\n            \
         drive(uut.as_mut(), before);\n            \
         settle(uut.as_mut());\n            \
         assert_eq!(ready_valid(&uut), (false, true), \"0x{addr:03x} answered\");\n            \
         let got = (\n                \
         uut.rdata.val().index() as u32,\n                \
         uut.rresp.val().index() as u8,\n            );\n            \
         assert_eq!(got, expected(addr, after), \"read of 0x{addr:03x}\");\n            \
         // held until taken\n            \
         edge(uut.as_mut());\n            \
         assert!(uut.rvalid.val(), \"0x{addr:03x} held\");\n            \
         uut.rready.next = true;\n            \
         edge(uut.as_mut());\n            \
         assert_eq!(ready_valid(&uut), (true, false), \"0x{addr:03x} done\");\n        \
         }\n    }\n}\n",
    );
    s
}

/// Path of the generated write side of the register block, relative to the
/// workspace root.
pub const REG_WRITE_RS: &str = "hdl/src/reg_write.rs";

/// Whether the write side takes `r`'s value in force from a port: the
/// read/write registers, whose unwritten bytes keep that value and whose
/// limits compare a write with it.
fn reg_write_has_value(r: &Register) -> bool {
    r.access == Access::Rw
}

/// Whether a write to `r` is judged by the tighten-only rule here: a
/// read/write limit (a one-way `rw1s` limit cannot be loosened by a write,
/// and a wide limit is committed and compared word-serially by the core).
fn reg_write_judges(r: &Register) -> bool {
    r.access == Access::Rw && r.class == Class::Limit
}

/// Whether the write side can hold the tighten-only rule for every limit in
/// `regs`: a limit is `ro` (committed), `rw` (compared here) or `rw1s` (one
/// way), never one a bus write clears or overwrites unseen, and it has a
/// stricter direction.
fn check_limits(regs: &[Register]) -> Result<(), String> {
    for r in regs.iter().filter(|r| r.class == Class::Limit) {
        match r.access {
            Access::Ro | Access::Rw | Access::Rw1s => {}
            Access::Wo | Access::Rw1c => {
                return Err(format!(
                    "{} is a limit with access {}: a write could loosen it unseen; \
                     make it rw, rw1s or ro",
                    r.name,
                    r.access.as_str()
                ))
            }
        }
        match r.stricter {
            Stricter::Lower | Stricter::Higher => {}
            Stricter::NotALimit => {
                return Err(format!(
                    "{} is a limit without a stricter direction; give it `stricter Lower` or `stricter Higher`",
                    r.name
                ))
            }
        }
    }
    Ok(())
}

/// The distinct range bounds of the writable registers, `(max)` above which
/// and `(min)` below which a write is invalid.
fn range_bounds() -> (Vec<u32>, Vec<u32>) {
    let mut maxes = Vec::new();
    let mut mins = Vec::new();
    for r in REGISTERS.iter().filter(|r| r.access.writable()) {
        if r.max != u32::MAX && !maxes.contains(&r.max) {
            maxes.push(r.max);
        }
        if r.min != 0 && !mins.contains(&r.min) {
            mins.push(r.min);
        }
    }
    (maxes, mins)
}

/// The write decode's outputs (`mapped`, `read_only`, `holds_enable` and
/// each writable register's `*_sel`), each with its value for address 0:
/// the flip-flops that hold them power up as if address 0 had been taken,
/// as the core's write address did when it kept one.
fn write_decode_outputs() -> Vec<(String, bool)> {
    let at_zero = REGISTERS.iter().find(|r| r.offset == 0);
    let mut outs = vec![
        ("mapped".to_string(), at_zero.is_some()),
        (
            "read_only".to_string(),
            at_zero.is_some_and(|r| !r.access.writable()),
        ),
        (
            "holds_enable".to_string(),
            at_zero.is_some_and(|r| r.holds_enable),
        ),
    ];
    for r in REGISTERS.iter().filter(|r| r.access.writable()) {
        outs.push((format!("{}_sel", reg_read_port(r)), r.offset == 0));
    }
    outs
}

/// A one-hot decode into the local `{vector}_n`, bit i set when `addr`
/// is the offset of `regs[i]`: one comparison per bit, not a case, since
/// yosys turns a case of constants into a ROM, which its SAT solver cannot
/// take. Written at `depth` levels of indentation.
fn bit_decode(s: &mut String, depth: usize, addr: &str, vector: &str, regs: &[&Register]) {
    let pad = "    ".repeat(depth);
    for (i, r) in regs.iter().enumerate() {
        let _ = writeln!(
            s,
            "{pad}// {}\n{pad}if self.{addr}.val() == 0x{:03x} {{\n{pad}    \
             self.{vector}_n.next = self.{vector}_n.val().replace_bit({i}, true);\n{pad}}}",
            r.name, r.offset
        );
    }
}

/// The write side of the fuse core's register block as rust-hdl source
/// (reggen's write half): the address decode of the write being applied
/// (mapped, read-only, and one `*_sel` per writable register), whether a
/// write to the address being captured holds the enable, the byte-strobe
/// merge with the value in force of read/write registers, the range check of
/// every bounded register and the tighten-only comparison of every
/// read/write limit in its stricter direction. The core keeps the registers
/// themselves (their semantics are the fuse's) and applies a write through
/// the named selects; it never decodes a write address.
///
/// Panics if the map gives a limit an access the rule cannot hold
/// (a limit that a bus write clears, or a write-only one).
pub fn reg_write_rust() -> String {
    if let Err(e) = check_limits(REGISTERS) {
        panic!("the register map cannot hold the tighten-only rule: {e}");
    }
    let (maxes, mins) = range_bounds();
    // The registers whose value in force a partial write merges with; their
    // `*_sel` bits pick it.
    let old_sources: Vec<&Register> = REGISTERS
        .iter()
        .filter(|r| reg_write_has_value(r))
        .collect();
    let decode = write_decode_outputs();
    let sels: Vec<&Register> = REGISTERS.iter().filter(|r| r.access.writable()).collect();
    let mut s = prelude(
        "The write side of the fuse core's register block, generated from the\n\
         abi map: the decode of the write being applied, the byte-strobe merge,\n\
         the range checks and the tighten-only comparisons. The core registers\n\
         `old` and `value` (as `staged_old` and `staged`); a cycle later\n\
         `looser` and `invalid` are this write's verdicts, and the core applies\n\
         an accepted write through the `*_sel` of its register.",
    );
    let _ = writeln!(
        s,
        "/// The register block's write decode, merge and checks (generated).\n\
         #[derive(LogicBlock)]\n\
         pub struct RegWrite {{\n    \
         /// The one clock.\n    \
         pub clock: Signal<In, Clock>,\n    \
         /// The address the write channel holds from the next cycle on (the\n    \
         /// core registers it as the address of the write being applied,\n    \
         /// held from its capture to its response).\n    \
         pub holds_addr: Signal<In, Bits<12>>,\n    \
         /// `holds_addr` is loaded at this edge (the write channel takes an\n    \
         /// address): the decode loads only then and holds otherwise.\n    \
         pub holds_load: Signal<In, Bit>,\n    \
         /// The write's data as captured (AXI4-Lite `wdata`).\n    \
         pub wdata: Signal<In, Bits<32>>,\n    \
         /// The write's byte strobes as captured (AXI4-Lite `wstrb`).\n    \
         pub wstrb: Signal<In, Bits<4>>,\n    \
         /// `value`, registered by the core.\n    \
         pub staged: Signal<In, Bits<32>>,\n    \
         /// `old`, registered by the core alongside `staged`.\n    \
         pub staged_old: Signal<In, Bits<32>>,"
    );
    for r in REGISTERS.iter().filter(|r| reg_write_has_value(r)) {
        let _ = writeln!(
            s,
            "    /// `{}` (0x{:03x}, rw): the value in force.\n    pub {}: Signal<In, Bits<32>>,",
            r.name,
            r.offset,
            reg_read_port(r)
        );
    }
    let _ = writeln!(
        s,
        "    /// The write being applied is to a register whose write holds the\n    \
         /// accelerator's enable while it is applied.\n    \
         pub holds_enable: Signal<Out, Bit>,\n    \
         /// The write being applied (`holds_addr` at the last `holds_load`)\n    \
         /// is aligned and one of the map's registers.\n    \
         pub mapped: Signal<Out, Bit>,\n    \
         /// The write being applied is to a read-only register.\n    \
         pub read_only: Signal<Out, Bit>,\n    \
         /// The addressed register's value in force (0 unless it is rw).\n    \
         pub old: Signal<Out, Bits<32>>,\n    \
         /// The value the write makes: `wdata` in the strobed bytes, `old` in\n    \
         /// the others.\n    \
         pub value: Signal<Out, Bits<32>>,\n    \
         /// Registered: `staged` would loosen the addressed limit, by its\n    \
         /// stricter direction, against `staged_old`.\n    \
         pub looser: Signal<Out, Bit>,\n    \
         /// Registered: `staged` is outside the addressed register's range.\n    \
         pub invalid: Signal<Out, Bit>,"
    );
    for r in REGISTERS.iter().filter(|r| r.access.writable()) {
        let _ = writeln!(
            s,
            "    /// `{}` (0x{:03x}, {}): the write being applied is to this register.\n    \
             pub {}_sel: Signal<Out, Bit>,",
            r.name,
            r.offset,
            r.access.as_str(),
            reg_read_port(r)
        );
    }
    let _ = writeln!(
        s,
        "    mask: Signal<Local, Bits<32>>,\n    \
         mask_n: Signal<Local, Bits<32>>,\n    \
         byte0: Constant<Bits<32>>,\n    \
         byte1: Constant<Bits<32>>,\n    \
         byte2: Constant<Bits<32>>,\n    \
         byte3: Constant<Bits<32>>,\n    \
         above: Signal<Local, Bit>,\n    \
         below: Signal<Local, Bit>,"
    );
    for m in &maxes {
        let _ = writeln!(
            s,
            "    max_{m}: Constant<Bits<32>>,\n    above_max_{m}: Signal<Local, Bit>,"
        );
    }
    for m in &mins {
        let _ = writeln!(
            s,
            "    min_{m}: Constant<Bits<32>>,\n    below_min_{m}: Signal<Local, Bit>,"
        );
    }
    let _ = writeln!(
        s,
        "    looser_q: Reg<Bit>,\n    \
         invalid_q: Reg<Bit>,"
    );
    let _ = writeln!(
        s,
        "    /// The write decode's outputs, decoded from `holds_addr` at a\n    \
         /// `holds_load` so that the core's write sequencer takes them from\n    \
         /// flip-flops; each powers up as address 0 decodes."
    );
    let _ = writeln!(
        s,
        "    mapped_q: Reg<Bit>,\n    read_only_q: Reg<Bit>,\n    holds_enable_q: Reg<Bit>,"
    );
    let _ = writeln!(
        s,
        "    /// The `*_sel` outputs, one bit each in port order: one register, so\n    \
         /// a simulator copies one word per cycle instead of one per select.\n    \
         /// The bits of the read/write registers also pick `old`: one\n    \
         /// register for both, so the two can never disagree.\n    \
         sel_q: Reg<Bits<{n}>>,\n    \
         sel_n: Signal<Local, Bits<{n}>>,",
        n = sels.len()
    );
    let _ = writeln!(s, "}}\n");
    // Default: every port and local default, the constants their values.
    let _ = writeln!(
        s,
        "impl Default for RegWrite {{\n    \
         fn default() -> Self {{\n        \
         let c = |x: u32| Constant::new(u64::from(x).into());\n        \
         Self {{\n            \
         clock: Default::default(),\n            \
         holds_addr: Default::default(),\n            \
         holds_load: Default::default(),\n            \
         wdata: Default::default(),\n            \
         wstrb: Default::default(),\n            \
         staged: Default::default(),\n            \
         staged_old: Default::default(),"
    );
    for r in REGISTERS.iter().filter(|r| reg_write_has_value(r)) {
        let _ = writeln!(s, "            {}: Default::default(),", reg_read_port(r));
    }
    let _ = writeln!(
        s,
        "            holds_enable: Default::default(),\n            \
         mapped: Default::default(),\n            \
         read_only: Default::default(),\n            \
         old: Default::default(),\n            \
         value: Default::default(),\n            \
         looser: Default::default(),\n            \
         invalid: Default::default(),"
    );
    for r in REGISTERS.iter().filter(|r| r.access.writable()) {
        let _ = writeln!(
            s,
            "            {}_sel: Default::default(),",
            reg_read_port(r)
        );
    }
    let _ = writeln!(
        s,
        "            mask: Default::default(),\n            \
         mask_n: Default::default(),\n            \
         byte0: c(0xFF),\n            \
         byte1: c(0xFF00),\n            \
         byte2: c(0xFF_0000),\n            \
         byte3: c(0xFF00_0000),\n            \
         above: Default::default(),\n            \
         below: Default::default(),"
    );
    for m in &maxes {
        let _ = writeln!(
            s,
            "            max_{m}: c({m}),\n            above_max_{m}: Default::default(),"
        );
    }
    for m in &mins {
        let _ = writeln!(
            s,
            "            min_{m}: c({m}),\n            below_min_{m}: Default::default(),"
        );
    }
    let _ = writeln!(
        s,
        "            looser_q: Default::default(),\n            \
         invalid_q: Default::default(),"
    );
    for (out, at_zero) in &decode[..3] {
        let _ = writeln!(s, "            {out}_q: Reg::new({at_zero}),");
    }
    let sel_init: u64 = sels
        .iter()
        .enumerate()
        .filter(|(_, r)| r.offset == 0)
        .map(|(i, _)| 1 << i)
        .sum();
    let _ = writeln!(
        s,
        "            sel_q: Reg::new({sel_init}u64.into()),\n            \
         sel_n: Default::default(),"
    );
    let _ = writeln!(s, "        }}\n    }}\n}}\n");
    // update: holds decode, write decode and old-value mux, merge, checks.
    let _ = writeln!(
        s,
        "impl Logic for RegWrite {{\n    \
         #[hdl_gen]\n    \
         fn update(&mut self) {{\n        \
         dff_setup!(\n            \
         self,\n            \
         clock,\n            \
         looser_q,\n            \
         invalid_q,\n            \
         mapped_q,\n            \
         read_only_q,\n            \
         holds_enable_q,\n            \
         sel_q\n        \
         );\n        \
         self.looser.next = self.looser_q.q.val();\n        \
         self.invalid.next = self.invalid_q.q.val();\n        \
         // The write decode, loaded with the address the write channel\n        \
         // takes and held with it (so a simulator decodes only then).\n        \
         self.sel_n.next = 0.into();\n        \
         if self.holds_load.val() {{"
    );
    let mut g = String::new();
    let _ = writeln!(
        g,
        "        self.mapped_q.d.next = false;\n        \
         self.read_only_q.d.next = false;\n        \
         self.holds_enable_q.d.next = false;"
    );
    let _ = writeln!(
        g,
        "        if self.holds_addr.val().get_bits::<2>(0) == 0 {{\n            \
         match self.holds_addr.val().get_bits::<10>(2).index() {{"
    );
    for r in REGISTERS {
        let _ = writeln!(
            g,
            "                {} => {{\n                    // {}\n                    \
             self.mapped_q.d.next = true;",
            r.offset / 4,
            r.name
        );
        if !r.access.writable() {
            let _ = writeln!(g, "                    self.read_only_q.d.next = true;");
        }
        if r.holds_enable {
            let _ = writeln!(g, "                    self.holds_enable_q.d.next = true;");
        }
        let _ = writeln!(g, "                }}");
    }
    let _ = writeln!(g, "                _ => {{}}\n            }}\n        }}");
    let _ = writeln!(
        g,
        "        // One comparison per bit, not a case: yosys would turn a case of\n        \
         // constants into a ROM, which its SAT solver cannot take."
    );
    bit_decode(&mut g, 2, "holds_addr", "sel", &sels);
    let _ = writeln!(g, "        self.sel_q.d.next = self.sel_n.val();");
    // The loaded decode, written at the block's depth and then indented
    // one level into the `if`.
    for line in g.lines() {
        let _ = writeln!(s, "{}", format!("    {line}").trim_end());
    }
    let _ = writeln!(
        s,
        "        }}\n        \
         self.mapped.next = self.mapped_q.q.val();\n        \
         self.read_only.next = self.read_only_q.q.val();\n        \
         self.holds_enable.next = self.holds_enable_q.q.val();"
    );
    for (i, r) in sels.iter().enumerate() {
        let _ = writeln!(
            s,
            "        self.{}_sel.next = self.sel_q.q.val().get_bit({i});",
            reg_read_port(r)
        );
    }
    let _ = writeln!(s, "        self.old.next = 0.into();");

    for r in &old_sources {
        let i = sels
            .iter()
            .position(|w| w.offset == r.offset)
            .expect("a read/write register is writable");
        let _ = writeln!(
            s,
            "        if self.sel_q.q.val().get_bit({i}) {{\n            \
             // {}\n            \
             self.old.next = self.old.val() | self.{}.val();\n        }}",
            r.name,
            reg_read_port(r)
        );
    }
    let _ = writeln!(
        s,
        "        self.mask.next = 0.into();\n        \
         if self.wstrb.val().get_bit(0) {{\n            \
         self.mask.next = self.mask.val() | self.byte0.val();\n        }}\n        \
         if self.wstrb.val().get_bit(1) {{\n            \
         self.mask.next = self.mask.val() | self.byte1.val();\n        }}\n        \
         if self.wstrb.val().get_bit(2) {{\n            \
         self.mask.next = self.mask.val() | self.byte2.val();\n        }}\n        \
         if self.wstrb.val().get_bit(3) {{\n            \
         self.mask.next = self.mask.val() | self.byte3.val();\n        }}\n        \
         self.mask_n.next = !self.mask.val();\n        \
         self.value.next =\n            \
         (self.old.val() & self.mask_n.val()) | (self.wdata.val() & self.mask.val());\n        \
         // The checks, from the registered copies, shared by every register.\n        \
         self.above.next = self.staged.val() > self.staged_old.val();\n        \
         self.below.next = self.staged.val() < self.staged_old.val();"
    );
    for m in &maxes {
        let _ = writeln!(
            s,
            "        self.above_max_{m}.next = self.staged.val() > self.max_{m}.val();"
        );
    }
    for m in &mins {
        let _ = writeln!(
            s,
            "        self.below_min_{m}.next = self.staged.val() < self.min_{m}.val();"
        );
    }
    let _ = writeln!(
        s,
        "        self.looser_q.d.next = false;\n        self.invalid_q.d.next = false;"
    );
    for r in REGISTERS.iter().filter(|r| r.access.writable()) {
        let port = reg_read_port(r);
        let mut checks = Vec::new();
        if r.max != u32::MAX {
            checks.push(format!(
                "self.invalid_q.d.next = self.above_max_{}.val();",
                r.max
            ));
        }
        if r.min != 0 {
            checks.push(format!(
                "self.invalid_q.d.next = self.below_min_{}.val();",
                r.min
            ));
        }
        if reg_write_judges(r) {
            let dir = match r.stricter {
                Stricter::Lower => "above",
                Stricter::Higher => "below",
                Stricter::NotALimit => unreachable!("checked above"),
            };
            checks.push(format!("self.looser_q.d.next = self.{dir}.val();"));
        }
        if checks.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "        if self.{port}_sel.val() {{\n            // {} ({}{}, range {} ..= {})",
            r.name,
            r.access.as_str(),
            if reg_write_judges(r) {
                format!(", {} is stricter", r.stricter.as_str())
            } else {
                String::new()
            },
            r.min,
            r.max
        );
        for c in checks {
            let _ = writeln!(s, "            {c}");
        }
        let _ = writeln!(s, "        }}");
    }
    let _ = writeln!(s, "    }}\n}}");
    s.push_str(&reg_write_tests(&decode));
    s
}

/// The generated block's own tests: the write decode against the map, a
/// cycle after each `holds_load`, held without one, and at power-up.
fn reg_write_tests(decode: &[(String, bool)]) -> String {
    let mut s = String::from(
        "\n#[cfg(test)]\n\
         mod tests {\n    \
         use super::*;\n    \
         use capfuse_abi::gen::reg_read_port;\n    \
         use capfuse_abi::REGISTERS;\n    \
         use rust_hdl::core::simulate::simulate;\n\n    \
         /// The decode outputs by name.\n    \
         fn decoded(uut: &RegWrite) -> Vec<(&'static str, bool)> {\n        \
         vec![\n",
    );
    for (out, _) in decode {
        // as rustfmt lays it out (a tuple on one line up to 60 columns)
        let tuple = format!("(\"{out}\", uut.{out}.val())");
        if tuple.len() <= 60 {
            let _ = writeln!(s, "            {tuple},");
        } else {
            let _ = writeln!(
                s,
                "            (\n                \"{out}\",\n                uut.{out}.val(),\n            ),"
            );
        }
    }
    s.push_str(
        "        ]\n    }\n\n    \
         /// What the map says the decode of `addr` is.\n    \
         fn expected(addr: u16) -> Vec<(String, bool)> {\n        \
         let reg = REGISTERS.iter().find(|r| r.offset == addr);\n        \
         let mut v = vec![\n            \
         (\"mapped\".to_string(), reg.is_some()),\n            \
         (\n                \"read_only\".to_string(),\n                \
         reg.is_some_and(|r| !r.access.writable()),\n            ),\n            \
         (\n                \"holds_enable\".to_string(),\n                \
         reg.is_some_and(|r| r.holds_enable),\n            ),\n        ];\n        \
         for r in REGISTERS.iter().filter(|r| r.access.writable()) {\n            \
         v.push((format!(\"{}_sel\", reg_read_port(r)), r.offset == addr));\n        }\n        \
         v\n    }\n\n    \
         fn check(uut: &RegWrite, addr: u16, when: &str) {\n        \
         let got: Vec<(String, bool)> = decoded(uut)\n            \
         .into_iter()\n            \
         .map(|(n, b)| (n.to_string(), b))\n            \
         .collect();\n        \
         assert_eq!(got, expected(addr), \"decode of 0x{addr:03x} {when}\");\n    }\n\n    \
         #[test]\n    \
         fn decodes_holds_addr_at_each_load_holds_otherwise_and_powers_up_as_address_0() {\n        \
         let mut uut = Box::<RegWrite>::default();\n        \
         uut.connect_all();\n        \
         assert!(simulate(uut.as_mut(), 100), \"did not settle\");\n        \
         check(&uut, 0, \"at power-up\");\n        \
         let mut addrs: Vec<u16> = REGISTERS.iter().map(|r| r.offset).collect();\n        \
         // unaligned, and past the map\n        \
         addrs.extend(REGISTERS.iter().map(|r| r.offset + 2));\n        \
         addrs.extend([0xffc, 0xfff, 0x001]);\n        \
         let mut prev = 0;\n        \
         let edge = |uut: &mut RegWrite| {\n            \
         uut.clock.next = Clock { clk: true };\n            \
         assert!(simulate(uut, 100), \"did not settle\");\n            \
         uut.clock.next = Clock { clk: false };\n            \
         assert!(simulate(uut, 100), \"did not settle\");\n        \
         };\n        \
         for addr in addrs {\n            \
         // A new address without `holds_load` is not decoded.\n            \
         uut.holds_addr.next = u64::from(addr).into();\n            \
         uut.holds_load.next = false;\n            \
         edge(uut.as_mut());\n            \
         check(&uut, prev, \"after an edge without holds_load\");\n            \
         uut.holds_load.next = true;\n            \
         assert!(simulate(uut.as_mut(), 100), \"did not settle\");\n            \
         check(&uut, prev, \"until the edge after the load\");\n            \
         edge(uut.as_mut());\n            \
         check(&uut, addr, \"a cycle after the load\");\n            \
         uut.holds_load.next = false;\n            \
         prev = addr;\n        }\n    }\n}\n",
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(access: Access, stricter: Stricter) -> Register {
        Register {
            access,
            stricter,
            ..*REGISTERS
                .iter()
                .find(|r| r.name == "BASELINE_RATIO")
                .expect("BASELINE_RATIO is in the map")
        }
    }

    #[test]
    fn the_map_holds_the_rule() {
        assert_eq!(check_limits(REGISTERS), Ok(()));
    }

    #[test]
    fn a_limit_a_write_could_loosen_is_refused() {
        for access in [Access::Rw1c, Access::Wo] {
            let e = check_limits(&[limit(access, Stricter::Lower)]).unwrap_err();
            assert!(
                e.contains("BASELINE_RATIO") && e.contains(access.as_str()),
                "{e}"
            );
        }
        let e = check_limits(&[limit(Access::Rw, Stricter::NotALimit)]).unwrap_err();
        assert!(e.contains("stricter direction"), "{e}");
        assert_eq!(
            check_limits(&[limit(Access::Rw1s, Stricter::Higher)]),
            Ok(())
        );
    }

    #[test]
    fn every_rw_limit_gets_its_comparison_and_every_bound_its_check() {
        let text = reg_write_rust();
        for r in REGISTERS.iter().filter(|r| reg_write_judges(r)) {
            let dir = match r.stricter {
                Stricter::Lower => "above",
                Stricter::Higher => "below",
                Stricter::NotALimit => unreachable!(),
            };
            let arm = format!(
                "if self.{}_sel.val() {{\n            // {}",
                reg_read_port(r),
                r.name
            );
            let at = text
                .find(&arm)
                .unwrap_or_else(|| panic!("no check arm for {}", r.name));
            let body = &text[at..at + text[at..].find("\n        }").unwrap()];
            assert!(
                body.contains(&format!("self.looser_q.d.next = self.{dir}.val();")),
                "{}: {body}",
                r.name
            );
            if r.max != u32::MAX {
                assert!(body.contains(&format!("above_max_{}", r.max)), "{body}");
            }
            if r.min != 0 {
                assert!(body.contains(&format!("below_min_{}", r.min)), "{body}");
            }
        }
    }
}
