//! The AXI4-Lite bus as one typed bundle (`docs/fuse-core.md`, "Ports").
//!
//! [`AxiLiteSlave`] is the port of a block that answers the bus (fuse core,
//! `CryptoCtl`, the router's host side, the crossing's bus side, the card
//! and fuse tops); [`AxiLiteMaster`] is its mate on a block that drives the
//! bus (the router's slave side, the crossing's core side, the UART bridge).
//! A parent connects a master to a slave with `AxiLiteMaster::join` (or
//! `AxiLiteSlave::join`) and passes a port of the same direction up the
//! hierarchy with `AxiLiteSlave::link` / `AxiLiteMaster::link`.
//!
//! Widths are those of the register map: a 12-bit byte address (the 4 KiB
//! register window), 32-bit data, 4 byte strobes, a 2-bit response. There
//! is no `prot` and no reset: the fuse core has none (see [`crate::Reg`]).
//!
//! rust-hdl names a bundle's ports `axi$awvalid` in Verilog; the emitted
//! top modules rename the top's own bundle `axi` to the flat, documented
//! names `axi_awvalid`, ... (see [`flatten_bundle_ports`]).

use rust_hdl::core::prelude::*;

/// AXI4-Lite, seen from the slave (the block that answers): requests in,
/// responses out.
#[derive(LogicInterface, Default)]
#[join = "AxiLiteMaster"]
pub struct AxiLiteSlave {
    /// Write address valid.
    pub awvalid: Signal<In, Bit>,
    /// Write address ready.
    pub awready: Signal<Out, Bit>,
    /// Write byte address.
    pub awaddr: Signal<In, Bits<12>>,
    /// Write data valid.
    pub wvalid: Signal<In, Bit>,
    /// Write data ready.
    pub wready: Signal<Out, Bit>,
    /// Write data.
    pub wdata: Signal<In, Bits<32>>,
    /// Write byte strobes (bit i enables byte i of `wdata`).
    pub wstrb: Signal<In, Bits<4>>,
    /// Write response valid.
    pub bvalid: Signal<Out, Bit>,
    /// Write response ready.
    pub bready: Signal<In, Bit>,
    /// Write response (OKAY 0, SLVERR 2).
    pub bresp: Signal<Out, Bits<2>>,
    /// Read address valid.
    pub arvalid: Signal<In, Bit>,
    /// Read address ready.
    pub arready: Signal<Out, Bit>,
    /// Read byte address.
    pub araddr: Signal<In, Bits<12>>,
    /// Read data valid.
    pub rvalid: Signal<Out, Bit>,
    /// Read data ready.
    pub rready: Signal<In, Bit>,
    /// Read data.
    pub rdata: Signal<Out, Bits<32>>,
    /// Read response (OKAY 0, SLVERR 2).
    pub rresp: Signal<Out, Bits<2>>,
}

/// AXI4-Lite, seen from the master (the block that drives the bus):
/// requests out, responses in. The mate of [`AxiLiteSlave`], field by field.
#[derive(LogicInterface, Default)]
#[join = "AxiLiteSlave"]
pub struct AxiLiteMaster {
    /// Write address valid.
    pub awvalid: Signal<Out, Bit>,
    /// Write address ready.
    pub awready: Signal<In, Bit>,
    /// Write byte address.
    pub awaddr: Signal<Out, Bits<12>>,
    /// Write data valid.
    pub wvalid: Signal<Out, Bit>,
    /// Write data ready.
    pub wready: Signal<In, Bit>,
    /// Write data.
    pub wdata: Signal<Out, Bits<32>>,
    /// Write byte strobes (bit i enables byte i of `wdata`).
    pub wstrb: Signal<Out, Bits<4>>,
    /// Write response valid.
    pub bvalid: Signal<In, Bit>,
    /// Write response ready.
    pub bready: Signal<Out, Bit>,
    /// Write response (OKAY 0, SLVERR 2).
    pub bresp: Signal<In, Bits<2>>,
    /// Read address valid.
    pub arvalid: Signal<Out, Bit>,
    /// Read address ready.
    pub arready: Signal<In, Bit>,
    /// Read byte address.
    pub araddr: Signal<Out, Bits<12>>,
    /// Read data valid.
    pub rvalid: Signal<In, Bit>,
    /// Read data ready.
    pub rready: Signal<Out, Bit>,
    /// Read data.
    pub rdata: Signal<In, Bits<32>>,
    /// Read response (OKAY 0, SLVERR 2).
    pub rresp: Signal<In, Bits<2>>,
}

/// The AXI4-Lite signal names, in port order (the fields of both bundles).
pub const SIGNALS: [&str; 17] = [
    "awvalid", "awready", "awaddr", "wvalid", "wready", "wdata", "wstrb", "bvalid", "bready",
    "bresp", "arvalid", "arready", "araddr", "rvalid", "rready", "rdata", "rresp",
];

/// The thin top: in the module `top` of rust-hdl's Verilog `verilog`
/// (only there), renames the ports of the top's own bundle `bundle`,
/// `bundle$awvalid`, ..., to the flat pin names `bundle_awvalid`, ...: the
/// declarations, the port list and every use inside `top`. The
/// sub-modules, the ports of instances (`.axi$awvalid(...)`) and the
/// wires of children (`fuse$axi$awvalid`) keep their names. A `top` without
/// the bundle is returned unchanged; one with only some of its signals, or
/// whose flat names are taken, is a generator bug and panics.
pub fn flatten_bundle_ports(verilog: &str, bundle: &str) -> String {
    const START: &str = "module top(";
    const END: &str = "endmodule // top\n";
    let Some(start) = verilog.find(START) else {
        return verilog.to_string();
    };
    let end = start
        + verilog[start..]
            .find(END)
            .expect("the emitted top module has an end");
    let top = &verilog[start..end];
    let header_end = top.find(");").expect("the top module's port list");
    let header = &top[..header_end];
    let present: Vec<&str> = SIGNALS
        .iter()
        .copied()
        .filter(|s| header_has_port(header, &format!("{bundle}${s}")))
        .collect();
    if present.is_empty() {
        return verilog.to_string();
    }
    assert_eq!(
        present.len(),
        SIGNALS.len(),
        "the top's bundle `{bundle}` is not a whole AXI4-Lite port"
    );
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let from = format!("{bundle}$");
    let to = format!("{bundle}_");
    for s in SIGNALS {
        let flat = format!("{to}{s}");
        assert!(
            !top.split(|c: char| !is_ident(c)).any(|w| w == flat),
            "the flat pin name {flat} is already taken in the top module"
        );
    }
    let mut out = String::with_capacity(top.len());
    let mut rest = top;
    let mut prev: Option<char> = None;
    while let Some(pos) = rest.find(&from) {
        let before = rest[..pos].chars().last().or(prev);
        out.push_str(&rest[..pos]);
        let tail = &rest[pos + from.len()..];
        let name_len = tail.find(|c: char| !is_ident(c)).unwrap_or(tail.len());
        let own =
            before.is_none_or(|c| !is_ident(c) && c != '.') && SIGNALS.contains(&&tail[..name_len]);
        out.push_str(if own { &to } else { &from });
        prev = from.chars().last();
        rest = tail;
    }
    out.push_str(rest);
    let mut v = String::with_capacity(verilog.len());
    v.push_str(&verilog[..start]);
    v.push_str(&out);
    v.push_str(&verilog[end..]);
    v
}

/// `port` is one of the comma-separated names of the port list `header`.
fn header_has_port(header: &str, port: &str) -> bool {
    header.split(['(', ',']).any(|p| p.trim() == port)
}

#[cfg(test)]
mod tests {
    use super::{flatten_bundle_ports, SIGNALS};

    fn ports(prefix: &str) -> String {
        SIGNALS.map(|s| format!("{prefix}{s}")).join(",")
    }

    #[test]
    fn renames_only_the_tops_own_bundle() {
        let v = format!(
            "module top(clock,{});\n    input wire axi$awvalid;\n    \
             assign fuse$axi$awvalid = axi$awvalid;\n    \
             top$fuse fuse(.axi$awvalid(fuse$axi$awvalid));\n    \
             assign axi$rdata = maxi$rdata;\nendmodule // top\n\
             module top$fuse(axi$awvalid);\n    input wire axi$awvalid;\nendmodule // top$fuse\n",
            ports("axi$")
        );
        let w = flatten_bundle_ports(&v, "axi");
        assert_eq!(
            w,
            format!(
                "module top(clock,{});\n    input wire axi_awvalid;\n    \
                 assign fuse$axi$awvalid = axi_awvalid;\n    \
                 top$fuse fuse(.axi$awvalid(fuse$axi$awvalid));\n    \
                 assign axi_rdata = maxi$rdata;\nendmodule // top\n\
                 module top$fuse(axi$awvalid);\n    input wire axi$awvalid;\nendmodule // top$fuse\n",
                ports("axi_")
            )
        );
    }

    /// The port list of the module `name` in `verilog`.
    fn top_ports(verilog: &str, name: &str) -> Vec<String> {
        let head = format!("module {name}(");
        let at = verilog.find(&head).expect("the top module") + head.len();
        let end = at + verilog[at..].find(");").unwrap();
        verilog[at..end]
            .split(',')
            .map(|p| p.trim().to_string())
            .collect()
    }

    #[test]
    fn every_emitted_top_has_the_flat_axi_pins() {
        use capfuse_abi::FuseParams;
        let p = FuseParams::DEFAULT;
        let keys = crate::formal::CARD_KEYS;
        let tops = [
            (crate::generate_verilog(p), crate::TOP_MODULE),
            (crate::generate_fuse_verilog(p), crate::FUSE_MODULE),
            (crate::generate_fuse_cdc_verilog(p), crate::FUSE_CDC_MODULE),
            (
                crate::generate_card_verilog(p, &keys, 1).unwrap(),
                crate::CARD_MODULE,
            ),
            (
                crate::generate_card_cdc_verilog(p, &keys, 1).unwrap(),
                crate::CARD_CDC_MODULE,
            ),
        ];
        for (v, name) in &tops {
            let ports = top_ports(v, name);
            let axi: Vec<&str> = ports
                .iter()
                .filter(|p| p.starts_with("axi"))
                .map(String::as_str)
                .collect();
            let want: Vec<String> = SIGNALS.iter().map(|s| format!("axi_{s}")).collect();
            assert_eq!(axi, want, "{name}: the AXI4-Lite pins, in order");
            assert!(
                ports.iter().all(|p| !p.contains('$')),
                "{name}: a bundle port reached the pins: {ports:?}"
            );
            // the declarations agree with the port list
            for s in SIGNALS {
                let dir = if [
                    "awready", "wready", "bvalid", "bresp", "arready", "rvalid", "rdata", "rresp",
                ]
                .contains(&s)
                {
                    "output"
                } else {
                    "input"
                };
                let decl = v.lines().find(|l| {
                    l.trim_start().starts_with(dir) && l.trim_end().ends_with(&format!(" axi_{s};"))
                });
                assert!(decl.is_some(), "{name}: no {dir} declaration of axi_{s}");
            }
        }
    }

    #[test]
    fn a_top_without_the_bundle_is_unchanged() {
        let v =
            "module top(clock,uart_rx);\n    assign fuse$axi$awvalid = 1'b0;\nendmodule // top\n";
        assert_eq!(flatten_bundle_ports(v, "axi"), v);
    }

    #[test]
    #[should_panic(expected = "not a whole AXI4-Lite port")]
    fn a_partial_bundle_is_a_generator_bug() {
        let v = "module top(clock,axi$awvalid);\nendmodule // top\n";
        flatten_bundle_ports(v, "axi");
    }

    #[test]
    #[should_panic(expected = "already taken")]
    fn a_clash_with_a_flat_name_is_a_generator_bug() {
        let v = format!(
            "module top(clock,{});\n    wire axi_awvalid;\nendmodule // top\n",
            ports("axi$")
        );
        flatten_bundle_ports(&v, "axi");
    }
}
