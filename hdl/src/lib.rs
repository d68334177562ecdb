//! The capfuse fuse core in rust-hdl. See `docs/fuse-core.md` for the
//! cycle-level specification this implements.

pub mod axi;
pub mod board;
mod cap_slack;
pub mod card;
mod clock_enable;
mod commit_sub;
mod cycle_counter;
pub mod ed25519;
pub mod flow;
pub mod formal;
mod fuse_core;
mod fuse_only;
mod pending_grant;
mod reg;
mod reg_read;
mod reg_write;
mod report_snapshot;
mod throttle;
mod trip_reasons;
mod window_pacer;
mod work_meter;

pub use fuse_core::FuseCore;
pub use fuse_only::FuseOnly;
pub use reg::Reg;

use capfuse_abi::FuseParams;
use rust_hdl::core::prelude::*;

/// Name of the fuse core's module in its emitted Verilog: the core with
/// its side ports, the block the card top instantiates.
pub const TOP_MODULE: &str = "capfuse_core";

/// The fuse core as Verilog, with the top module (and the prefix of its
/// submodules) renamed from rust-hdl's `top` to [`TOP_MODULE`]. Its side
/// ports are free here; a bitstream without the card uses
/// [`generate_fuse_verilog`] instead.
///
/// Panics if `params` are invalid (check them with [`FuseParams::validate`]).
pub fn generate_verilog(params: FuseParams) -> String {
    emit_top(FuseCore::new(params), TOP_MODULE, &[])
}

/// Name of the fuse-alone top module ([`FuseOnly`]) in its emitted Verilog.
pub const FUSE_MODULE: &str = "capfuse_fuse";

/// The fuse alone as Verilog, top module [`FUSE_MODULE`]: the core with
/// only its external ports (clock, work, kill, AXI4-Lite, enable, irq) and
/// the side ports tied off, for a bitstream without the card's crypto.
///
/// Panics if `params` are invalid (check them with [`FuseParams::validate`]).
pub fn generate_fuse_verilog(params: FuseParams) -> String {
    emit_top(FuseOnly::new(params), FUSE_MODULE, FUSE_SIDE_OUTPUTS)
}

/// The fuse core's side outputs, which have no reader without the card:
/// the tops without a card leave them unconnected on purpose (synthesis
/// removes what drives them).
pub(crate) const FUSE_SIDE_OUTPUTS: &[&str] = &[
    "    wire  [31:0] fuse$snap_data;\n",
    "    wire  fuse$report_due;\n",
    "    wire  fuse$grant_expired;\n",
];

/// The engine's `pc` output, which exists for lockstep checks of the bare
/// engine: every top with the card leaves it unconnected on purpose.
pub(crate) const ENGINE_PC_OUTPUT: &[&str] = &["    wire  [9:0] ed$pc;\n"];

/// Name of the Ed25519 engine's top module in its emitted Verilog.
pub const ED25519_MODULE: &str = "capfuse_ed25519";

/// The Ed25519 engine as Verilog, top module [`ED25519_MODULE`].
pub fn generate_ed25519_verilog() -> String {
    emit_top(ed25519::engine::Ed25519Engine::new(), ED25519_MODULE, &[])
}

/// Name of the card's top module in its emitted Verilog.
pub const CARD_MODULE: &str = "capfuse_card";

/// The whole card (`docs/design-card.md`) as Verilog, top module
/// [`CARD_MODULE`]: the fuse core generated with `params` and the
/// authority key set `authority_keys` (slot order, 1..=8) with threshold
/// `threshold` built in.
pub fn generate_card_verilog(
    params: FuseParams,
    authority_keys: &[[u8; 32]],
    threshold: u8,
) -> anyhow::Result<String> {
    let uut = card::CardTop::new(params, authority_keys, threshold)
        .map_err(|e| anyhow::anyhow!("cannot build the card: {e}"))?;
    Ok(emit_top(uut, CARD_MODULE, ENGINE_PC_OUTPUT))
}

/// Emits `uut` as Verilog with its top module named `name`: the top's
/// AXI4-Lite bundle `axi`, if it has one, becomes the flat pins `axi_*`
/// (see [`axi::flatten_bundle_ports`]), each of the declarations
/// `open_outputs` (outputs left unconnected on purpose, which must occur in
/// the Verilog) and every block of enum constants get a Verilator waiver,
/// and `top` is renamed (see [`rename_top`]).
pub(crate) fn emit_top<U: Block>(mut uut: U, name: &str, open_outputs: &[&str]) -> String {
    uut.connect_all();
    let verilog = rust_hdl::core::prelude::generate_verilog(&uut);
    let verilog = axi::flatten_bundle_ports(&verilog, "axi");
    let verilog = waive_enum_constants(&waive_unused(&verilog, open_outputs));
    rename_top(&verilog, name)
}

/// One block's Verilog as rust-hdl writes it (top module `top`), with the
/// lint waivers for enum constants that every file the project emits
/// carries, for tests that lint a block on its own.
pub fn emit_block<U: Block>(uut: &U) -> String {
    waive_enum_constants(&rust_hdl::core::prelude::generate_verilog(uut))
}

/// rust-hdl declares a `LogicState` enum's constants in every module that
/// has a signal of that type, including the flip-flops that only hold it;
/// Verilator would call each such copy an unused parameter. Wraps every
/// `// Enums` block of constants in a waiver for exactly that.
fn waive_enum_constants(verilog: &str) -> String {
    const HEADER: &str = "    // Enums\n";
    let mut out = String::with_capacity(verilog.len() + 1024);
    let mut rest = verilog;
    while let Some(at) = rest.find(HEADER) {
        let (before, block) = rest.split_at(at + HEADER.len());
        out.push_str(before);
        let len: usize = block
            .split_inclusive('\n')
            .take_while(|l| l.trim_start().starts_with("localparam "))
            .map(str::len)
            .sum();
        out.push_str("    /* verilator lint_off UNUSEDPARAM */\n");
        out.push_str(&block[..len]);
        out.push_str("    /* verilator lint_on UNUSEDPARAM */\n");
        rest = &block[len..];
    }
    out.push_str(rest);
    out
}

/// Replaces the identifier `top` (alone or as the `top$` prefix of a
/// submodule name) with `name`, leaving other identifiers that merely
/// contain `top` (such as `stop_q`) alone.
pub(crate) fn rename_top(verilog: &str, name: &str) -> String {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(verilog.len() + 4096);
    let mut rest = verilog;
    let mut prev: Option<char> = None;
    while let Some(pos) = rest.find("top") {
        let before = rest[..pos].chars().last().or(prev);
        let after = rest[pos + 3..].chars().next();
        out.push_str(&rest[..pos]);
        let starts = before.is_none_or(|c| !is_ident(c));
        let ends = after.is_none_or(|c| c == '$' || !is_ident(c));
        if starts && ends {
            out.push_str(name);
        } else {
            out.push_str("top");
        }
        prev = Some('p');
        rest = &rest[pos + 3..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{rename_top, waive_enum_constants, TOP_MODULE};

    #[test]
    fn enum_constants_are_waived_block_by_block() {
        let v = "module a;\n    // Enums\n    localparam S$Idle = 0;\n    localparam S$Busy = 1;\n    \n    \
                 reg x;\nendmodule\nmodule b;\n    // Enums\n    localparam S$Idle = 0;\nendmodule\n";
        let off = "    /* verilator lint_off UNUSEDPARAM */\n";
        let on = "    /* verilator lint_on UNUSEDPARAM */\n";
        assert_eq!(
            waive_enum_constants(v),
            format!(
                "module a;\n    // Enums\n{off}    localparam S$Idle = 0;\n    localparam S$Busy = 1;\n{on}    \n    \
                 reg x;\nendmodule\nmodule b;\n    // Enums\n{off}    localparam S$Idle = 0;\n{on}endmodule\n"
            )
        );
        assert_eq!(
            waive_enum_constants("module c;\nendmodule\n"),
            "module c;\nendmodule\n"
        );
    }

    #[test]
    fn renames_only_the_top_identifier() {
        assert_eq!(
            rename_top("module top(a);\ntop$stop_q stop_q(.d(top$x));\nendmodule // top\n", TOP_MODULE),
            "module capfuse_core(a);\ncapfuse_core$stop_q stop_q(.d(capfuse_core$x));\nendmodule // capfuse_core\n"
        );
        assert_eq!(
            rename_top("stop topx xtop top_", TOP_MODULE),
            "stop topx xtop top_"
        );
    }
}

// ---- clock-domain crossing and the Alveo cards (docs/cdc.md, docs/alveo.md)

pub mod alveo;
pub mod cdc;

/// Name of the fuse-alone-with-crossing top module ([`cdc::FuseCdc`]).
pub const FUSE_CDC_MODULE: &str = "capfuse_fuse_cdc";

/// Name of the card-with-crossing top module ([`cdc::CardCdc`]).
pub const CARD_CDC_MODULE: &str = "capfuse_card_cdc";

/// The fuse alone behind the AXI4-Lite clock-domain crossing as Verilog,
/// top module [`FUSE_CDC_MODULE`]: the AXI4-Lite port and `irq` on
/// `bus_clock`, the rest on `clock`.
///
/// Panics if `params` are invalid (check them with [`FuseParams::validate`]).
pub fn generate_fuse_cdc_verilog(params: FuseParams) -> String {
    emit_top(
        cdc::FuseCdc::new(params),
        FUSE_CDC_MODULE,
        FUSE_SIDE_OUTPUTS,
    )
}

/// The whole card behind the AXI4-Lite clock-domain crossing as Verilog,
/// top module [`CARD_CDC_MODULE`]: the host's AXI4-Lite port and `irq` on
/// `bus_clock`; the card (built as in [`generate_card_verilog`]), the kill
/// pin, the work units, the enable, the seed and the boot epoch on `clock`.
pub fn generate_card_cdc_verilog(
    params: FuseParams,
    authority_keys: &[[u8; 32]],
    threshold: u8,
) -> anyhow::Result<String> {
    let uut = cdc::CardCdc::new(params, authority_keys, threshold)
        .map_err(|e| anyhow::anyhow!("cannot build the card: {e}"))?;
    Ok(emit_top(uut, CARD_CDC_MODULE, ENGINE_PC_OUTPUT))
}

/// Wraps each of the declarations `wires` (which must occur in `verilog`)
/// in a Verilator waiver for unused signals.
pub(crate) fn waive_unused(verilog: &str, wires: &[&str]) -> String {
    let mut verilog = verilog.to_string();
    for wire in wires {
        assert!(verilog.contains(wire), "the wire {wire:?} moved");
        let waived = format!(
            "    /* verilator lint_off UNUSEDSIGNAL */\n{wire}    /* verilator lint_on UNUSEDSIGNAL */\n"
        );
        verilog = verilog.replacen(wire, &waived, 1);
    }
    verilog
}
