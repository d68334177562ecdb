// The port list of the block-design wrapper that capfuse_alveo.tcl builds
// (`make_wrapper` on capfuse_bd: XDMA + refclk buffer + clock wizard), as
// an empty module. Vivado generates the real capfuse_bd_wrapper.v; this
// stub exists so that the board tops can be linted and parsed here
// (hdl/tests/alveo.rs checks that the Tcl creates exactly these ports).
// Do not add it to a Vivado project.

/* verilator lint_off UNDRIVEN */
(* blackbox *)
module capfuse_bd_wrapper (
    input  wire        pcie_refclk_clk_p,
    input  wire        pcie_refclk_clk_n,
    input  wire        pcie_perst_n,
    input  wire [15:0] pci_exp_rxp,
    input  wire [15:0] pci_exp_rxn,
    output wire [15:0] pci_exp_txp,
    output wire [15:0] pci_exp_txn,
    input  wire        sysclk_clk_p,
    input  wire        sysclk_clk_n,
    output wire        axi_aclk,
    output wire        axi_aresetn,
    output wire        user_lnk_up,
    input  wire [0:0]  usr_irq_req,
    output wire        accel_clk_unbuf,
    output wire        accel_clk_locked,
    output wire [31:0] M_AXI_LITE_awaddr,
    output wire [2:0]  M_AXI_LITE_awprot,
    output wire        M_AXI_LITE_awvalid,
    input  wire        M_AXI_LITE_awready,
    output wire [31:0] M_AXI_LITE_wdata,
    output wire [3:0]  M_AXI_LITE_wstrb,
    output wire        M_AXI_LITE_wvalid,
    input  wire        M_AXI_LITE_wready,
    input  wire [1:0]  M_AXI_LITE_bresp,
    input  wire        M_AXI_LITE_bvalid,
    output wire        M_AXI_LITE_bready,
    output wire [31:0] M_AXI_LITE_araddr,
    output wire [2:0]  M_AXI_LITE_arprot,
    output wire        M_AXI_LITE_arvalid,
    input  wire        M_AXI_LITE_arready,
    input  wire [31:0] M_AXI_LITE_rdata,
    input  wire [1:0]  M_AXI_LITE_rresp,
    input  wire        M_AXI_LITE_rvalid,
    output wire        M_AXI_LITE_rready
);
endmodule
/* verilator lint_on UNDRIVEN */
