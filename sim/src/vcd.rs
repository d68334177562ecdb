//! Value Change Dump of every pin, one clock period per cycle, for GTKWave
//! or Surfer.
//!
//! Cycle `t` spans times `10t .. 10t+10` (1 ns units): the clock rises at
//! `10t` (the edge that ended cycle `t-1`, so the outputs of cycle `t` and
//! the inputs driven in it change there) and falls at `10t+5`. Only changes
//! are written.

use std::io::{self, Write};

use crate::engine::{PinsIn, PinsOut};

/// Time units per cycle.
pub const PERIOD: u64 = 10;

/// Names and widths of the inputs, in [`VcdWriter`] order.
pub fn input_signals(p: &PinsIn) -> [(&'static str, u32, u32); 19] {
    [
        ("work_units", 16, u32::from(p.work_units)),
        ("kill", 1, u32::from(p.kill)),
        ("axi_awvalid", 1, u32::from(p.awvalid)),
        ("axi_awaddr", 12, u32::from(p.awaddr) & 0xfff),
        ("axi_wvalid", 1, u32::from(p.wvalid)),
        ("axi_wdata", 32, p.wdata),
        ("axi_wstrb", 4, u32::from(p.wstrb) & 0xf),
        ("axi_bready", 1, u32::from(p.bready)),
        ("axi_arvalid", 1, u32::from(p.arvalid)),
        ("axi_araddr", 12, u32::from(p.araddr) & 0xfff),
        ("axi_rready", 1, u32::from(p.rready)),
        ("snap_req", 1, u32::from(p.snap_req)),
        ("snap_addr", 7, u32::from(p.snap_addr) & 0x7f),
        ("grant_we", 1, u32::from(p.grant_we)),
        ("grant_addr", 5, u32::from(p.grant_addr) & 0x1f),
        ("grant_wdata", 32, p.grant_wdata),
        ("grant_apply", 1, u32::from(p.grant_apply)),
        ("report_ready", 1, u32::from(p.report_ready)),
        ("grant_done", 1, u32::from(p.grant_done)),
    ]
}

/// Writes a VCD file cycle by cycle.
pub struct VcdWriter<W: Write> {
    out: W,
    /// Last value written per signal (clock, inputs, outputs).
    last: Vec<Option<u32>>,
    widths: Vec<u32>,
    cycles: u64,
}

fn ident(i: usize) -> String {
    // Printable ASCII identifiers: '!'..='~' in base 94.
    let mut n = i;
    let mut s = String::new();
    loop {
        s.push((b'!' + (n % 94) as u8) as char);
        n /= 94;
        if n == 0 {
            break;
        }
        n -= 1;
    }
    s
}

impl<W: Write> VcdWriter<W> {
    /// Writes the header: timescale, one `capfuse` scope with the clock,
    /// every input and every output.
    pub fn new(mut out: W, comment: &str) -> io::Result<Self> {
        writeln!(out, "$date capfuse-sim $end")?;
        writeln!(
            out,
            "$version capfuse-sim {} $end",
            env!("CARGO_PKG_VERSION")
        )?;
        writeln!(out, "$comment {} $end", comment.replace("$end", "end"))?;
        writeln!(out, "$timescale 1ns $end")?;
        writeln!(out, "$scope module capfuse $end")?;
        let mut widths = vec![1];
        writeln!(out, "$var wire 1 {} clock $end", ident(0))?;
        let names = input_signals(&PinsIn::default())
            .iter()
            .map(|s| (s.0, s.1))
            .chain(PinsOut::default().signals().iter().map(|s| (s.0, s.1)))
            .collect::<Vec<_>>();
        for (i, (name, width)) in names.iter().enumerate() {
            let range = if *width > 1 {
                format!(" [{}:0]", width - 1)
            } else {
                String::new()
            };
            writeln!(out, "$var wire {width} {} {name}{range} $end", ident(i + 1))?;
            widths.push(*width);
        }
        writeln!(out, "$upscope $end")?;
        writeln!(out, "$enddefinitions $end")?;
        Ok(VcdWriter {
            out,
            last: vec![None; widths.len()],
            widths,
            cycles: 0,
        })
    }

    fn emit(&mut self, i: usize, v: u32) -> io::Result<()> {
        if self.last[i] == Some(v) {
            return Ok(());
        }
        self.last[i] = Some(v);
        if self.widths[i] == 1 {
            writeln!(self.out, "{}{}", v & 1, ident(i))
        } else {
            writeln!(self.out, "b{:b} {}", v, ident(i))
        }
    }

    /// Records cycle `cycle`: the inputs driven in it and its outputs.
    pub fn cycle(&mut self, cycle: u64, input: &PinsIn, output: &PinsOut) -> io::Result<()> {
        writeln!(self.out, "#{}", cycle * PERIOD)?;
        if cycle == 0 {
            writeln!(self.out, "$dumpvars")?;
        }
        self.emit(0, 1)?;
        let values: Vec<u32> = input_signals(input)
            .iter()
            .map(|s| s.2)
            .chain(output.signals().iter().map(|s| s.2))
            .collect();
        for (k, v) in values.into_iter().enumerate() {
            self.emit(k + 1, v)?;
        }
        if cycle == 0 {
            writeln!(self.out, "$end")?;
        }
        writeln!(self.out, "#{}", cycle * PERIOD + PERIOD / 2)?;
        self.emit(0, 0)?;
        self.cycles = cycle + 1;
        Ok(())
    }

    /// Writes the final timestamp and flushes; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        writeln!(self.out, "#{}", self.cycles * PERIOD)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_changes_only() {
        let mut v = VcdWriter::new(Vec::new(), "test").unwrap();
        let mut i = PinsIn::default();
        let o = PinsOut::default();
        v.cycle(0, &i, &o).unwrap();
        v.cycle(1, &i, &o).unwrap();
        i.work_units = 5;
        v.cycle(2, &i, &o).unwrap();
        let text = String::from_utf8(v.finish().unwrap()).unwrap();
        assert!(text.contains("$timescale 1ns $end"));
        assert!(text.contains("$var wire 16 \" work_units [15:0] $end"));
        assert!(text.contains("$var wire 1 ! clock $end"));
        assert!(text.contains("$enddefinitions $end"));
        // 1 clock + 19 inputs + 13 outputs declared.
        assert_eq!(text.matches("$var ").count(), 33);
        assert!(text.contains(" grant_expired $end"));
        // Cycle 1 changes only the clock; cycle 2 also work_units.
        let c1 = text
            .split("#10\n")
            .nth(1)
            .unwrap()
            .split("#15")
            .next()
            .unwrap();
        assert_eq!(c1, "1!\n");
        let c2 = text
            .split("#20\n")
            .nth(1)
            .unwrap()
            .split("#25")
            .next()
            .unwrap();
        assert_eq!(c2, "1!\nb101 \"\n");
        assert!(text.ends_with("#30\n"));
    }

    #[test]
    fn identifiers_are_unique_printable() {
        let ids: std::collections::HashSet<String> = (0..10_000).map(ident).collect();
        assert_eq!(ids.len(), 10_000);
        assert!(ids
            .iter()
            .all(|s| s.bytes().all(|b| (b'!'..=b'~').contains(&b))));
    }
}
