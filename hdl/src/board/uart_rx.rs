//! UART receiver, 8N1, LSB first, for the board bridge.
//!
//! The line is brought into the clock domain by two flip-flops (it comes
//! from an FTDI chip on its own clock). A falling edge on the idle line
//! starts a frame; the receiver waits half a bit to the middle of the
//! start bit, checks it is still low (a glitch is dropped), then samples
//! eight data bits and the stop bit one bit time apart. A frame whose stop
//! bit is low (framing error, or a break) is dropped rather than
//! delivered: the bridge then sees a missing byte and its frame timeout
//! resynchronises it.

use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The UART receiver.
#[derive(LogicBlock)]
pub struct UartRx {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Serial line from the host (idle high).
    pub rxd: Signal<In, Bit>,
    /// The last byte received; valid while `valid` is high and until the
    /// next byte.
    pub data: Signal<Out, Bits<8>>,
    /// High for one cycle when a byte has been received.
    pub valid: Signal<Out, Bit>,

    sync1: Reg<Bit>,
    sync2: Reg<Bit>,
    busy: Reg<Bit>,
    count: Reg<Bits<16>>,
    bit_idx: Reg<Bits<4>>,
    shift: Reg<Bits<8>>,
    data_q: Reg<Bits<8>>,
    valid_q: Reg<Bit>,

    /// Clock cycles per bit, minus one.
    bit_last: Constant<Bits<16>>,
    /// Clock cycles from the falling edge to the middle of the start bit.
    half_bit: Constant<Bits<16>>,
    /// The MSB of a byte, where each sampled 1 enters.
    msb: Constant<Bits<8>>,
}

impl UartRx {
    /// A receiver taking `divider` clock cycles per bit (see
    /// [`super::baud_divider`]); panics if it is below 4 or above 65535.
    pub fn new(divider: u32) -> Self {
        assert!(
            (4..=65_535).contains(&divider),
            "UART divider {divider} outside 4..=65535"
        );
        Self {
            clock: Default::default(),
            rxd: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            // The line idles high: power up as if it had been idle.
            sync1: Reg::new(true),
            sync2: Reg::new(true),
            busy: Reg::new(false),
            count: Reg::default(),
            bit_idx: Reg::default(),
            shift: Reg::default(),
            data_q: Reg::default(),
            valid_q: Reg::new(false),
            bit_last: Constant::new((u64::from(divider) - 1).into()),
            half_bit: Constant::new((u64::from(divider) / 2 - 1).into()),
            msb: Constant::new(0x80.into()),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2, busy, count, bit_idx, shift, data_q, valid_q);
        self.data.next = self.data_q.q.val();
        self.valid.next = self.valid_q.q.val();
        self.sync1.d.next = self.rxd.val();
        self.sync2.d.next = self.sync1.q.val();
        self.valid_q.d.next = false;

        if !self.busy.q.val() {
            if !self.sync2.q.val() {
                self.busy.d.next = true;
                self.count.d.next = self.half_bit.val();
                self.bit_idx.d.next = 0.into();
            }
        } else if self.count.q.val() != 0 {
            self.count.d.next = self.count.q.val() - 1;
        } else {
            self.count.d.next = self.bit_last.val();
            self.bit_idx.d.next = self.bit_idx.q.val() + 1;
            if self.bit_idx.q.val() == 0 {
                // Middle of the start bit: a high line was a glitch.
                if self.sync2.q.val() {
                    self.busy.d.next = false;
                }
            } else if self.bit_idx.q.val() == 9 {
                // Middle of the stop bit.
                self.busy.d.next = false;
                if self.sync2.q.val() {
                    self.data_q.d.next = self.shift.q.val();
                    self.valid_q.d.next = true;
                }
            } else if self.sync2.q.val() {
                self.shift.d.next = (self.shift.q.val() >> 1) | self.msb.val();
            } else {
                self.shift.d.next = self.shift.q.val() >> 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::core::simulate::simulate;

    const DIV: usize = 6;

    /// Drives `line` (one entry per cycle) and returns the bytes received.
    fn receive(line: &[bool]) -> Vec<u8> {
        let mut uut = Box::new(UartRx::new(DIV as u32));
        uut.connect_all();
        assert!(simulate(uut.as_mut(), 50));
        let mut got = Vec::new();
        for &bit in line.iter().chain(std::iter::repeat_n(&true, 4 * DIV)) {
            uut.rxd.next = bit;
            uut.clock.next = Clock { clk: true };
            assert!(simulate(uut.as_mut(), 50));
            uut.clock.next = Clock { clk: false };
            assert!(simulate(uut.as_mut(), 50));
            if uut.valid.val() {
                got.push(uut.data.val().index() as u8);
            }
        }
        got
    }

    fn frame(byte: u8, stop: bool) -> Vec<bool> {
        std::iter::once(false)
            .chain((0..8).map(|i| (byte >> i) & 1 == 1))
            .chain(std::iter::once(stop))
            .flat_map(|b| std::iter::repeat_n(b, DIV))
            .collect()
    }

    #[test]
    fn frames_glitches_and_framing_errors() {
        let mut line = vec![true; 3];
        line.extend(frame(0xA5, true));
        line.extend(frame(0x3C, true));
        assert_eq!(receive(&line), [0xA5, 0x3C]);
        // A low pulse shorter than half a bit is no start bit.
        let mut line = vec![true, false, true, true, true, true, true];
        line.extend(frame(0x81, true));
        assert_eq!(receive(&line), [0x81]);
        // A low stop bit drops the byte; the next frame is received.
        let mut line = frame(0x55, false);
        line.extend(vec![true; 2 * DIV]);
        line.extend(frame(0x0F, true));
        assert_eq!(receive(&line), [0x0F]);
    }
}
