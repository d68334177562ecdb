//! The capfuse fuse core in rust-hdl. See `docs/fuse-core.md` for the
//! cycle-level specification this implements.

pub mod board;
pub mod card;
pub mod ed25519;
pub mod flow;
pub mod formal;
mod fuse_core;
mod fuse_only;
mod reg;

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
    let mut uut = FuseCore::new(params);
    uut.connect_all();
    rename_top(&rust_hdl::core::prelude::generate_verilog(&uut), TOP_MODULE)
}

/// Name of the fuse-alone top module ([`FuseOnly`]) in its emitted Verilog.
pub const FUSE_MODULE: &str = "capfuse_fuse";

/// The fuse alone as Verilog, top module [`FUSE_MODULE`]: the core with
/// only its external ports (clock, work, kill, AXI4-Lite, enable, irq) and
/// the side ports tied off, for a bitstream without the card's crypto.
///
/// Panics if `params` are invalid (check them with [`FuseParams::validate`]).
pub fn generate_fuse_verilog(params: FuseParams) -> String {
    let mut uut = FuseOnly::new(params);
    uut.connect_all();
    let mut verilog = rust_hdl::core::prelude::generate_verilog(&uut);
    // The side outputs have no reader without the card; they are left
    // unconnected on purpose (and synthesis removes what drives them).
    for wire in [
        "    wire  [31:0] fuse$snap_data;\n",
        "    wire  fuse$report_due;\n",
        "    wire  fuse$grant_expired;\n",
    ] {
        assert!(
            verilog.contains(wire),
            "the side output wire {wire:?} moved"
        );
        let waived = format!(
            "    /* verilator lint_off UNUSEDSIGNAL */\n{wire}    /* verilator lint_on UNUSEDSIGNAL */\n"
        );
        verilog = verilog.replacen(wire, &waived, 1);
    }
    rename_top(&verilog, FUSE_MODULE)
}

/// Name of the Ed25519 engine's top module in its emitted Verilog.
pub const ED25519_MODULE: &str = "capfuse_ed25519";

/// The Ed25519 engine as Verilog, top module [`ED25519_MODULE`].
pub fn generate_ed25519_verilog() -> String {
    let mut uut = ed25519::engine::Ed25519Engine::new();
    uut.connect_all();
    rename_top(
        &rust_hdl::core::prelude::generate_verilog(&uut),
        ED25519_MODULE,
    )
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
    let mut uut = card::CardTop::new(params, authority_keys, threshold)
        .map_err(|e| anyhow::anyhow!("cannot build the card: {e}"))?;
    uut.connect_all();
    let verilog = rust_hdl::core::prelude::generate_verilog(&uut);
    // The engine's `pc` output exists for lockstep checks of the bare
    // engine; the card leaves it unconnected on purpose.
    let pc_wire = "    wire  [9:0] ed$pc;\n";
    assert!(verilog.contains(pc_wire), "the engine's pc wire moved");
    let verilog = verilog.replacen(
        pc_wire,
        "    /* verilator lint_off UNUSEDSIGNAL */\n    wire  [9:0] ed$pc;\n    /* verilator lint_on UNUSEDSIGNAL */\n",
        1,
    );
    Ok(rename_top(&verilog, CARD_MODULE))
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
    use super::{rename_top, TOP_MODULE};

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
    let mut uut = cdc::FuseCdc::new(params);
    uut.connect_all();
    let verilog = waive_unused(
        &rust_hdl::core::prelude::generate_verilog(&uut),
        // As in `generate_fuse_verilog`: the side outputs have no reader.
        &[
            "    wire  [31:0] fuse$snap_data;\n",
            "    wire  fuse$report_due;\n",
            "    wire  fuse$grant_expired;\n",
        ],
    );
    rename_top(&verilog, FUSE_CDC_MODULE)
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
    let mut uut = cdc::CardCdc::new(params, authority_keys, threshold)
        .map_err(|e| anyhow::anyhow!("cannot build the card: {e}"))?;
    uut.connect_all();
    let verilog = waive_unused(
        &rust_hdl::core::prelude::generate_verilog(&uut),
        // As in `generate_card_verilog`: the engine's `pc` has no reader.
        &["    wire  [9:0] ed$pc;\n"],
    );
    Ok(rename_top(&verilog, CARD_CDC_MODULE))
}

/// Wraps each of the declarations `wires` (which must occur in `verilog`)
/// in a Verilator waiver for unused signals.
fn waive_unused(verilog: &str, wires: &[&str]) -> String {
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
