//! The interface every simulator engine implements: the fuse core's pins,
//! stepped one clock edge at a time.
//!
//! All outputs of the fuse core are registered (or derived from registers
//! only), so [`Engine::outputs`] depends only on the state reached after the
//! last edge, never on the inputs being driven now.

/// Inputs driven during one cycle, sampled at the next rising edge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PinsIn {
    /// Work units the accelerator reports for this cycle (counted only when
    /// the enable is high).
    pub work_units: u16,
    /// Board kill pin (active high).
    pub kill: bool,
    /// AXI4-Lite write address channel.
    pub awvalid: bool,
    /// Byte address (12 bits decoded).
    pub awaddr: u16,
    /// AXI4-Lite write data channel.
    pub wvalid: bool,
    /// Write data.
    pub wdata: u32,
    /// Byte strobes (4 bits).
    pub wstrb: u8,
    /// Write response ready.
    pub bready: bool,
    /// AXI4-Lite read address channel.
    pub arvalid: bool,
    /// Byte address (12 bits decoded).
    pub araddr: u16,
    /// Read data ready.
    pub rready: bool,
    /// Report snapshot request (one-cycle pulse): copies what report words
    /// 26..=60 need.
    pub snap_req: bool,
    /// Report word index (7 bits) whose snapshot value `snap_data` shows
    /// in the next cycle.
    pub snap_addr: u8,
    /// Write grant-body word `grant_addr` into the pending grant registers.
    pub grant_we: bool,
    /// Grant-body word index (5 bits).
    pub grant_addr: u8,
    /// Grant-body word (little-endian bytes of the body).
    pub grant_wdata: u32,
    /// Apply the pending grant (one-cycle pulse): the only loosening path.
    pub grant_apply: bool,
    /// A signed report is ready (pulse): sets `INTR_STATE.REPORT`.
    pub report_ready: bool,
    /// A grant check finished (pulse): sets `INTR_STATE.GRANT`.
    pub grant_done: bool,
}

/// Outputs visible during a cycle (functions of registered state only).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PinsOut {
    /// Clock enable for the accelerator.
    pub accel_clk_en: bool,
    /// Interrupt (INTR_STATE & INTR_ENABLE).
    pub irq: bool,
    /// Write address ready.
    pub awready: bool,
    /// Write data ready.
    pub wready: bool,
    /// Write response valid.
    pub bvalid: bool,
    /// Write response code.
    pub bresp: u8,
    /// Read address ready.
    pub arready: bool,
    /// Read data valid.
    pub rvalid: bool,
    /// Read data.
    pub rdata: u32,
    /// Read response code.
    pub rresp: u8,
    /// Report snapshot word selected by `snap_addr` in the previous cycle.
    pub snap_data: u32,
    /// One-cycle pulse: cumulative work reached the report threshold.
    pub report_due: bool,
    /// The pending grant's expiry epoch is behind this cycle's device
    /// epoch: a `grant_apply` now is refused.
    pub grant_expired: bool,
}

impl PinsOut {
    /// Names and values of every output, for divergence reports and VCD.
    pub fn signals(&self) -> [(&'static str, u32, u32); 13] {
        [
            ("accel_clk_en", 1, self.accel_clk_en as u32),
            ("irq", 1, self.irq as u32),
            ("axi_awready", 1, self.awready as u32),
            ("axi_wready", 1, self.wready as u32),
            ("axi_bvalid", 1, self.bvalid as u32),
            ("axi_bresp", 2, self.bresp as u32),
            ("axi_arready", 1, self.arready as u32),
            ("axi_rvalid", 1, self.rvalid as u32),
            ("axi_rdata", 32, self.rdata),
            ("axi_rresp", 2, self.rresp as u32),
            ("snap_data", 32, self.snap_data),
            ("report_due", 1, self.report_due as u32),
            ("grant_expired", 1, self.grant_expired as u32),
        ]
    }

    /// First output that differs from `other`: (name, mine, theirs).
    pub fn first_difference(&self, other: &PinsOut) -> Option<(&'static str, u32, u32)> {
        self.signals()
            .iter()
            .zip(other.signals().iter())
            .find(|(a, b)| a.2 != b.2)
            .map(|(a, b)| (a.0, a.2, b.2))
    }
}

/// Which engine to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EngineKind {
    /// The rust-hdl design stepped directly (the behavioural reference).
    Rtl,
    /// The emitted Verilog compiled by Verilator.
    Verilator,
    /// The plain-Rust behavioural model.
    Model,
}

impl EngineKind {
    /// All engines, in the order they are usually compared.
    pub const ALL: [EngineKind; 3] = [EngineKind::Rtl, EngineKind::Verilator, EngineKind::Model];

    /// Command-line name.
    pub fn name(self) -> &'static str {
        match self {
            EngineKind::Rtl => "rtl",
            EngineKind::Verilator => "verilator",
            EngineKind::Model => "model",
        }
    }
}

impl std::str::FromStr for EngineKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "rtl" => Ok(EngineKind::Rtl),
            "verilator" => Ok(EngineKind::Verilator),
            "model" => Ok(EngineKind::Model),
            other => Err(format!(
                "unknown engine `{other}`: expected rtl, verilator or model"
            )),
        }
    }
}

/// A cycle-accurate fuse core.
pub trait Engine {
    /// Which engine this is.
    fn kind(&self) -> EngineKind;
    /// Outputs during the current cycle.
    fn outputs(&self) -> PinsOut;
    /// Drives `inputs` for the current cycle and applies one rising edge.
    fn step(&mut self, inputs: &PinsIn);
}
