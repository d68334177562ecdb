//! UART register bridge: a host on a serial line drives an AXI4-Lite
//! slave (the fuse or the card) with a small binary protocol
//! (`docs/boards.md`, "UART protocol").
//!
//! Frames from the host, multi-byte fields little endian:
//!
//! | command | bytes from the host | reply |
//! |---|---|---|
//! | write | `'W'` (0x57), addr[7:0], addr[15:8], data[7:0] .. data[31:24] | status |
//! | read  | `'R'` (0x52), addr[7:0], addr[15:8] | status, data[7:0] .. data[31:24] |
//!
//! The status byte is the slave's BRESP / RRESP (0x00 OKAY, 0x02 SLVERR);
//! 0x03 (DECERR) when the address has any of bits 15:12 set (the bus has
//! 12 address bits; nothing is sent on the bus); 0xFF answers a byte that
//! is no command, so a host that lost sync sees it. A read that is not
//! OKAY still returns four data bytes (what the slave put on RDATA).
//! Writes use all four byte strobes.
//!
//! One command at a time: bytes arriving while a command is on the bus or
//! its reply is being sent are dropped, so a host waits for the reply. A
//! frame whose bytes stop arriving for `frame_timeout` cycles is dropped
//! without touching the bus, so a host can always resynchronise by
//! pausing.
//!
//! On the bus side the bridge is a proper AXI4-Lite master: AWVALID and
//! WVALID rise together and each falls after its own handshake; BREADY is
//! high while a write is outstanding and the reply waits for BVALID; the
//! same for AR and R. Every output toward the slave is a register or a
//! function of the state register only.

use super::uart_rx::UartRx;
use super::uart_tx::UartTx;
use crate::axi::AxiLiteMaster;
use crate::reg::Reg;
use rust_hdl::core::prelude::*;
use rust_hdl::widgets::dff_setup;

/// The frame bytes, from the abi (the driver's serial transport uses the same).
pub use capfuse_abi::uart::{CMD_READ, CMD_WRITE, STATUS_DECERR, STATUS_UNKNOWN_COMMAND};

/// Where the bridge is in a command.
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum BridgeState {
    /// Waiting for a command byte.
    Idle,
    /// Receiving the command's address (and data) bytes.
    Operands,
    /// The write is on the bus; waiting for BVALID.
    Write,
    /// The read is on the bus; waiting for RVALID.
    Read,
    /// Sending the reply (status, then data bytes).
    Reply,
}

/// The UART to AXI4-Lite bridge.
#[derive(LogicBlock)]
pub struct UartBridge {
    /// The one clock.
    pub clock: Signal<In, Clock>,
    /// Serial line from the host.
    pub rxd: Signal<In, Bit>,
    /// Serial line to the host.
    pub txd: Signal<Out, Bit>,
    /// High while a command is being received, executed or answered.
    pub busy: Signal<Out, Bit>,

    /// The AXI4-Lite master port (write strobes always all four).
    pub m: AxiLiteMaster,

    rx: UartRx,
    tx: UartTx,

    st: Reg<BridgeState>,
    is_write: Reg<Bit>,
    /// Operand bytes received so far in this frame.
    got: Reg<Bits<3>>,
    addr: Reg<Bits<16>>,
    data: Reg<Bits<32>>,
    /// Cycles since the frame's last byte.
    quiet: Reg<Bits<24>>,
    awvalid: Reg<Bit>,
    wvalid: Reg<Bit>,
    arvalid: Reg<Bit>,
    status: Reg<Bits<8>>,
    /// Reply bytes still to send (status first, then `data` LSB first).
    left: Reg<Bits<3>>,
    status_sent: Reg<Bit>,
    /// A byte was handed to the transmitter last cycle (its `ready` has
    /// not dropped yet).
    kicked: Reg<Bit>,

    timeout: Constant<Bits<24>>,
    cmd_write: Constant<Bits<8>>,
    cmd_read: Constant<Bits<8>>,
    unknown: Constant<Bits<8>>,
    decerr: Constant<Bits<8>>,
    all_strobes: Constant<Bits<4>>,
}

/// Clock cycles per bit for `baud` at `clock_hz`, rounded to the nearest
/// cycle. Panics unless the divider fits the UART's 16-bit counter, gives
/// at least 4 cycles a bit, and the baud rate it makes is within 2 % of
/// `baud` (8N1 receivers tolerate about 4 % between both ends).
pub fn baud_divider(clock_hz: u32, baud: u32) -> u32 {
    assert!(baud > 0, "baud rate 0");
    let div = (u64::from(clock_hz) + u64::from(baud) / 2) / u64::from(baud);
    assert!(
        (4..=65_535).contains(&div),
        "a {baud} baud UART at {clock_hz} Hz needs a divider of {div}, outside 4..=65535"
    );
    let actual = f64::from(clock_hz) / div as f64;
    let error = (actual - f64::from(baud)).abs() / f64::from(baud);
    assert!(
        error <= 0.02,
        "{clock_hz} Hz / {div} = {actual:.0} baud, {:.1} % off {baud}",
        error * 100.0
    );
    div as u32
}

impl UartBridge {
    /// A bridge at `baud` on a `clock_hz` clock (divider from
    /// [`baud_divider`], which panics if it does not fit), dropping a
    /// frame after about 10 ms without a byte (at least 32 bit times).
    pub fn new(clock_hz: u32, baud: u32) -> Self {
        let div = baud_divider(clock_hz, baud);
        let timeout = (u64::from(clock_hz) / 100).max(32 * u64::from(div));
        assert!(
            timeout < 1 << 24,
            "frame timeout of {timeout} cycles does not fit 24 bits"
        );
        Self::with_timeout(div, timeout as u32)
    }

    /// A bridge with `divider` cycles a bit and a frame timeout of
    /// `timeout` cycles (below 2^24).
    pub fn with_timeout(divider: u32, timeout: u32) -> Self {
        assert!(timeout > 0 && timeout < 1 << 24, "frame timeout {timeout}");
        Self {
            clock: Default::default(),
            rxd: Default::default(),
            txd: Default::default(),
            busy: Default::default(),
            m: Default::default(),
            rx: UartRx::new(divider),
            tx: UartTx::new(divider),
            st: Reg::new(BridgeState::Idle),
            is_write: Reg::new(false),
            got: Reg::default(),
            addr: Reg::default(),
            data: Reg::default(),
            quiet: Reg::default(),
            awvalid: Reg::new(false),
            wvalid: Reg::new(false),
            arvalid: Reg::new(false),
            status: Reg::default(),
            left: Reg::default(),
            status_sent: Reg::new(false),
            kicked: Reg::new(false),
            timeout: Constant::new(u64::from(timeout).into()),
            cmd_write: Constant::new(u64::from(CMD_WRITE).into()),
            cmd_read: Constant::new(u64::from(CMD_READ).into()),
            unknown: Constant::new(u64::from(STATUS_UNKNOWN_COMMAND).into()),
            decerr: Constant::new(u64::from(STATUS_DECERR).into()),
            all_strobes: Constant::new(0xF.into()),
        }
    }
}

impl Logic for UartBridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            st,
            is_write,
            got,
            addr,
            data,
            quiet,
            awvalid,
            wvalid,
            arvalid,
            status,
            left,
            status_sent,
            kicked
        );
        self.rx.clock.next = self.clock.val();
        self.tx.clock.next = self.clock.val();
        self.rx.rxd.next = self.rxd.val();
        self.txd.next = self.tx.txd.val();
        self.busy.next = self.st.q.val() != BridgeState::Idle;

        // ---- bus side, from registers
        self.m.awvalid.next = self.awvalid.q.val();
        self.m.wvalid.next = self.wvalid.q.val();
        self.m.arvalid.next = self.arvalid.q.val();
        self.m.awaddr.next = self.addr.q.val().get_bits::<12>(0);
        self.m.araddr.next = self.addr.q.val().get_bits::<12>(0);
        self.m.wdata.next = self.data.q.val();
        self.m.wstrb.next = self.all_strobes.val();
        self.m.bready.next = self.st.q.val() == BridgeState::Write;
        self.m.rready.next = self.st.q.val() == BridgeState::Read;

        // ---- transmitter: status first, then the data bytes LSB first
        self.tx.start.next = false;
        self.tx.data.next = self.status.q.val();
        if self.status_sent.q.val() {
            self.tx.data.next = self.data.q.val().get_bits::<8>(0);
        }
        self.kicked.d.next = false;

        match self.st.q.val() {
            BridgeState::Idle => {
                if self.rx.valid.val() {
                    self.got.d.next = 0.into();
                    self.quiet.d.next = 0.into();
                    self.status_sent.d.next = false;
                    if self.rx.data.val() == self.cmd_write.val() {
                        self.is_write.d.next = true;
                        self.st.d.next = BridgeState::Operands;
                    } else if self.rx.data.val() == self.cmd_read.val() {
                        self.is_write.d.next = false;
                        self.st.d.next = BridgeState::Operands;
                    } else {
                        self.status.d.next = self.unknown.val();
                        self.left.d.next = 1.into();
                        self.st.d.next = BridgeState::Reply;
                    }
                }
            }
            BridgeState::Operands => {
                self.quiet.d.next = self.quiet.q.val() + 1;
                if self.quiet.q.val() == self.timeout.val() {
                    self.st.d.next = BridgeState::Idle;
                }
                if self.rx.valid.val() {
                    self.quiet.d.next = 0.into();
                    self.got.d.next = self.got.q.val() + 1;
                    // Two address bytes, then four data bytes, LSB first.
                    if self.got.q.val() < 2 {
                        self.addr.d.next =
                            (self.addr.q.val() >> 8) | (bit_cast::<16, 8>(self.rx.data.val()) << 8);
                    } else {
                        self.data.d.next = (self.data.q.val() >> 8)
                            | (bit_cast::<32, 8>(self.rx.data.val()) << 24);
                    }
                    if (self.is_write.q.val() & (self.got.q.val() == 5))
                        | (!self.is_write.q.val() & (self.got.q.val() == 1))
                    {
                        // The frame's last byte: the address is complete once
                        // this byte is in (it lands in `addr` or `data` now).
                        if self.is_write.q.val() {
                            if self.addr.q.val().get_bits::<4>(12) != 0 {
                                self.status.d.next = self.decerr.val();
                                self.left.d.next = 1.into();
                                self.st.d.next = BridgeState::Reply;
                            } else {
                                self.awvalid.d.next = true;
                                self.wvalid.d.next = true;
                                self.st.d.next = BridgeState::Write;
                            }
                        } else if self.rx.data.val().get_bits::<4>(4) != 0 {
                            self.status.d.next = self.decerr.val();
                            self.data.d.next = 0.into();
                            self.left.d.next = 5.into();
                            self.st.d.next = BridgeState::Reply;
                        } else {
                            self.arvalid.d.next = true;
                            self.st.d.next = BridgeState::Read;
                        }
                    }
                }
            }
            BridgeState::Write => {
                if self.awvalid.q.val() & self.m.awready.val() {
                    self.awvalid.d.next = false;
                }
                if self.wvalid.q.val() & self.m.wready.val() {
                    self.wvalid.d.next = false;
                }
                if self.m.bvalid.val() {
                    self.awvalid.d.next = false;
                    self.wvalid.d.next = false;
                    self.status.d.next = bit_cast::<8, 2>(self.m.bresp.val());
                    self.left.d.next = 1.into();
                    self.st.d.next = BridgeState::Reply;
                }
            }
            BridgeState::Read => {
                if self.arvalid.q.val() & self.m.arready.val() {
                    self.arvalid.d.next = false;
                }
                if self.m.rvalid.val() {
                    self.arvalid.d.next = false;
                    self.status.d.next = bit_cast::<8, 2>(self.m.rresp.val());
                    self.data.d.next = self.m.rdata.val();
                    self.left.d.next = 5.into();
                    self.st.d.next = BridgeState::Reply;
                }
            }
            BridgeState::Reply => {
                if self.left.q.val() == 0 {
                    if self.tx.ready.val() & !self.kicked.q.val() {
                        self.st.d.next = BridgeState::Idle;
                    }
                } else if self.tx.ready.val() & !self.kicked.q.val() {
                    self.tx.start.next = true;
                    self.kicked.d.next = true;
                    self.left.d.next = self.left.q.val() - 1;
                    if self.status_sent.q.val() {
                        self.data.d.next = self.data.q.val() >> 8;
                    }
                    self.status_sent.d.next = true;
                }
            }
        }
    }
}
