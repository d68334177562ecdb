//! UART transmitter, 8N1, LSB first, for the board bridge.
//!
//! `start` with `ready` high loads a frame (start bit, eight data bits,
//! stop bit) into a shift register; the line is driven from a register,
//! so the pin has no combinational path. `ready` drops on the cycle after
//! `start` and rises again once the stop bit has been sent for a whole bit
//! time.

use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The UART transmitter.
#[derive(LogicBlock)]
pub struct UartTx {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Byte to send, read when `start` is high and `ready` is high.
    pub data: Signal<In, Bits<8>>,
    /// Send `data`.
    pub start: Signal<In, Bit>,
    /// High while no frame is being sent (`start` is taken).
    pub ready: Signal<Out, Bit>,
    /// Serial line to the host (idle high).
    pub txd: Signal<Out, Bit>,

    busy: Reg<Bit>,
    count: Reg<Bits<16>>,
    bit_idx: Reg<Bits<4>>,
    shift: Reg<Bits<10>>,
    line: Reg<Bit>,

    /// Clock cycles per bit, minus one.
    bit_last: Constant<Bits<16>>,
    /// The stop bit's place in a frame.
    stop_bit: Constant<Bits<10>>,
}

impl UartTx {
    /// A transmitter taking `divider` clock cycles per bit; panics if it is
    /// below 4 or above 65535.
    pub fn new(divider: u32) -> Self {
        assert!(
            (4..=65_535).contains(&divider),
            "UART divider {divider} outside 4..=65535"
        );
        Self {
            clock: Default::default(),
            data: Default::default(),
            start: Default::default(),
            ready: Default::default(),
            txd: Default::default(),
            busy: Reg::new(false),
            count: Reg::default(),
            bit_idx: Reg::default(),
            shift: Reg::default(),
            line: Reg::new(true),
            bit_last: Constant::new((u64::from(divider) - 1).into()),
            stop_bit: Constant::new(0x200.into()),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, count, bit_idx, shift, line);
        self.ready.next = !self.busy.q.val();
        self.txd.next = self.line.q.val();

        if !self.busy.q.val() {
            if self.start.val() {
                // Frame: bit 0 start (0), bits 8:1 data, bit 9 stop (1).
                self.shift.d.next = (bit_cast::<10, 8>(self.data.val()) << 1) | self.stop_bit.val();
                self.line.d.next = false;
                self.busy.d.next = true;
                self.count.d.next = self.bit_last.val();
                self.bit_idx.d.next = 0.into();
            }
        } else if self.count.q.val() != 0 {
            self.count.d.next = self.count.q.val() - 1;
        } else if self.bit_idx.q.val() == 9 {
            // The stop bit has lasted a whole bit time.
            self.busy.d.next = false;
        } else {
            self.count.d.next = self.bit_last.val();
            self.bit_idx.d.next = self.bit_idx.q.val() + 1;
            self.shift.d.next = self.shift.q.val() >> 1;
            self.line.d.next = self.shift.q.val().get_bit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::uart_rx::UartRx;
    use super::*;
    use rust_hdl::core::simulate::simulate;

    /// A transmitter looped back into a receiver.
    #[derive(LogicBlock)]
    struct Loop {
        clock: Signal<In, Clock>,
        data: Signal<In, Bits<8>>,
        start: Signal<In, Bit>,
        tx: UartTx,
        rx: UartRx,
    }

    impl Logic for Loop {
        #[hdl_gen]
        fn update(&mut self) {
            self.tx.clock.next = self.clock.val();
            self.rx.clock.next = self.clock.val();
            self.tx.data.next = self.data.val();
            self.tx.start.next = self.start.val();
            self.rx.rxd.next = self.tx.txd.val();
        }
    }

    fn cycle(uut: &mut Loop) {
        uut.clock.next = Clock { clk: true };
        assert!(simulate(uut, 50));
        uut.clock.next = Clock { clk: false };
        assert!(simulate(uut, 50));
    }

    #[test]
    fn every_byte_loops_back_with_8n1_timing() {
        const DIV: u32 = 5;
        let mut uut = Box::new(Loop {
            clock: Default::default(),
            data: Default::default(),
            start: Default::default(),
            tx: UartTx::new(DIV),
            rx: UartRx::new(DIV),
        });
        uut.connect_all();
        assert!(simulate(uut.as_mut(), 50));
        for byte in 0..=255u8 {
            assert!(uut.tx.ready.val() && uut.tx.txd.val());
            uut.data.next = u64::from(byte).into();
            uut.start.next = true;
            cycle(&mut uut);
            uut.start.next = false;
            // The line as sent: start bit, data LSB first, stop bit, each
            // exactly DIV cycles.
            let mut line = Vec::new();
            let mut got = None;
            while !uut.tx.ready.val() {
                line.push(uut.tx.txd.val());
                cycle(&mut uut);
                if uut.rx.valid.val() {
                    got = Some(uut.rx.data.val().index() as u8);
                }
            }
            let want: Vec<bool> = std::iter::once(false)
                .chain((0..8).map(|i| (byte >> i) & 1 == 1))
                .chain(std::iter::once(true))
                .flat_map(|b| std::iter::repeat_n(b, DIV as usize))
                .collect();
            assert_eq!(line, want, "byte {byte:#04x}");
            // The receiver delivers in the middle of the stop bit.
            assert_eq!(got, Some(byte));
        }
    }
}
