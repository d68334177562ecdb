// capfuse on an AMD Alveo card: the board-independent part of the top.
//
//   - capfuse_card_cdc (emitted by capfuse-hdl; docs/cdc.md): its AXI4-Lite
//     port and irq on the DMA engine's axi_aclk (bus_clock), the rest on
//     the accelerator clock;
//   - the accelerator clock: one MMCM output (unbuffered) drives a BUFG
//     for the fuse and a BUFGCE for the accelerator, whose CE is the
//     fuse's accel_clk_en (docs/alveo.md, "Clock enable or BUFGCE");
//   - a 2-FF synchroniser for the kill input, which comes from a board pin
//     asynchronous to every clock;
//   - a demo accelerator. >>> Replace capfuse_demo_accel with your own
//     accelerator: it runs on accel_clk and reports, combinationally, the
//     work units of the cycle that ends at its next accel_clk edge
//     (at most the fuse's MAX_WORK_PER_CYCLE). <<<
//
// DEMO ONLY: the device seed and the boot epoch are parameters here. A
// real card takes the seed from its key storage (eFUSE/BBRAM/PUF) and the
// boot epoch from its root of trust; with a constant seed every card
// built from this source has the same device key.
//
// Hand-written Verilog (vendor clock primitives); the fuse itself is
// rust-hdl output.

`default_nettype none

module capfuse_alveo_core (
    // ---- bus clock domain (the DMA engine's axi_aclk)
    input  wire        bus_clock,
    input  wire        bus_reset,     // the DMA's AXI reset, active high
    input  wire        axi_awvalid,
    output wire        axi_awready,
    input  wire [11:0] axi_awaddr,
    input  wire        axi_wvalid,
    output wire        axi_wready,
    input  wire [31:0] axi_wdata,
    input  wire [3:0]  axi_wstrb,
    output wire        axi_bvalid,
    input  wire        axi_bready,
    output wire [1:0]  axi_bresp,
    input  wire        axi_arvalid,
    output wire        axi_arready,
    input  wire [11:0] axi_araddr,
    output wire        axi_rvalid,
    input  wire        axi_rready,
    output wire [31:0] axi_rdata,
    output wire [1:0]  axi_rresp,
    output wire        irq,
    // ---- accelerator clock source: an MMCM output without a buffer
    input  wire        accel_clk_src,
    // ---- asynchronous board kill input, active high
    input  wire        kill_async,
    // ---- something the demo accelerator drives, so it is kept
    output wire        accel_led
);
    parameter [255:0] DEMO_SEED = 256'h0;
    parameter [63:0] DEMO_BOOT_EPOCH = 64'd0;

    // The fuse's clock: never gated.
    wire fuse_clk;
    BUFG fuse_bufg (
        .I(accel_clk_src),
        .O(fuse_clk)
    );

    // The accelerator's clock: the same source, gated by the fuse.
    wire accel_clk_en;
    wire accel_clk;
    BUFGCE #(
        .CE_TYPE("SYNC")
    ) accel_bufgce (
        .I (accel_clk_src),
        .CE(accel_clk_en),
        .O (accel_clk)
    );

    // The kill pin is asynchronous: two flops before the fuse samples it.
    (* ASYNC_REG = "TRUE" *) reg kill_meta = 1'b0;
    (* ASYNC_REG = "TRUE" *) reg kill_sync = 1'b0;
    always @(posedge fuse_clk) begin
        kill_meta <= kill_async;
        kill_sync <= kill_meta;
    end

    wire [15:0] work_units;

    capfuse_card_cdc fuse (
        .bus_clock   (bus_clock),
        .bus_reset   (bus_reset),
        .axi_awvalid (axi_awvalid),
        .axi_awready (axi_awready),
        .axi_awaddr  (axi_awaddr),
        .axi_wvalid  (axi_wvalid),
        .axi_wready  (axi_wready),
        .axi_wdata   (axi_wdata),
        .axi_wstrb   (axi_wstrb),
        .axi_bvalid  (axi_bvalid),
        .axi_bready  (axi_bready),
        .axi_bresp   (axi_bresp),
        .axi_arvalid (axi_arvalid),
        .axi_arready (axi_arready),
        .axi_araddr  (axi_araddr),
        .axi_rvalid  (axi_rvalid),
        .axi_rready  (axi_rready),
        .axi_rdata   (axi_rdata),
        .axi_rresp   (axi_rresp),
        .irq         (irq),
        .clock       (fuse_clk),
        .work_units  (work_units),
        .kill        (kill_sync),
        .accel_clk_en(accel_clk_en),
        .seed        (DEMO_SEED),
        .boot_epoch  (DEMO_BOOT_EPOCH)
    );

    capfuse_demo_accel accel (
        .clk       (accel_clk),
        .work_units(work_units),
        .led       (accel_led)
    );
endmodule

// A stand-in accelerator: each enabled cycle does 0..15 units of "work"
// chosen by an LFSR and accumulates them. It reports the work of the
// coming edge combinationally, as the fuse expects.
module capfuse_demo_accel (
    input  wire        clk,
    output wire [15:0] work_units,
    output wire        led
);
    reg [31:0] lfsr = 32'h0000_0001;
    reg [31:0] total = 32'd0;
    assign work_units = {12'd0, lfsr[3:0]};
    assign led = total[31];
    always @(posedge clk) begin
        lfsr  <= {lfsr[30:0], lfsr[31] ^ lfsr[21] ^ lfsr[1] ^ lfsr[0]};
        total <= total + {28'd0, lfsr[3:0]};
    end
endmodule

`default_nettype wire
