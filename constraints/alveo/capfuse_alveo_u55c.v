// capfuse on the AMD Alveo U55C (xcu55c-fsvh2892-2L-e): the block design
// (XDMA, PCIe x16, BAR0 = the fuse's AXI4-Lite registers) and
// capfuse_alveo_core. Pins: constraints/alveo-u55c.xdc.

`default_nettype none

module capfuse_alveo_u55c #(
    parameter [255:0] DEMO_SEED = 256'h0,
    parameter [63:0] DEMO_BOOT_EPOCH = 64'd0
) (
    input  wire        pcie_refclk_p,
    input  wire        pcie_refclk_n,
    input  wire        pcie_perst_n,
    input  wire [15:0] pci_exp_rxp,
    input  wire [15:0] pci_exp_rxn,
    output wire [15:0] pci_exp_txp,
    output wire [15:0] pci_exp_txn,
    input  wire        sysclk_100_p,
    input  wire        sysclk_100_n,
    output wire        hbm_cattrip,
    output wire        led_accel
);
    // HBM is not used; its over-temperature output to the satellite
    // controller must be driven low or the controller may cut the power.
    assign hbm_cattrip = 1'b0;

    wire        axi_aclk;
    wire        axi_aresetn;
    wire        accel_clk_unbuf;
    wire [31:0] m_axil_awaddr;
    wire [2:0]  m_axil_awprot;
    wire        m_axil_awvalid;
    wire        m_axil_awready;
    wire [31:0] m_axil_wdata;
    wire [3:0]  m_axil_wstrb;
    wire        m_axil_wvalid;
    wire        m_axil_wready;
    wire [1:0]  m_axil_bresp;
    wire        m_axil_bvalid;
    wire        m_axil_bready;
    wire [31:0] m_axil_araddr;
    wire [2:0]  m_axil_arprot;
    wire        m_axil_arvalid;
    wire        m_axil_arready;
    wire [31:0] m_axil_rdata;
    wire [1:0]  m_axil_rresp;
    wire        m_axil_rvalid;
    wire        m_axil_rready;
    wire        irq;

    capfuse_bd_wrapper bd (
        .pcie_refclk_clk_p(pcie_refclk_p),
        .pcie_refclk_clk_n(pcie_refclk_n),
        .pcie_perst_n     (pcie_perst_n),
        .pci_exp_rxp      (pci_exp_rxp),
        .pci_exp_rxn      (pci_exp_rxn),
        .pci_exp_txp      (pci_exp_txp),
        .pci_exp_txn      (pci_exp_txn),
        .sysclk_clk_p     (sysclk_100_p),
        .sysclk_clk_n     (sysclk_100_n),
        .axi_aclk         (axi_aclk),
        .axi_aresetn      (axi_aresetn),
        .user_lnk_up      (),
        .usr_irq_req      (irq),
        .accel_clk_unbuf  (accel_clk_unbuf),
        .accel_clk_locked (),
        .M_AXI_LITE_awaddr  (m_axil_awaddr),
        .M_AXI_LITE_awprot  (m_axil_awprot),
        .M_AXI_LITE_awvalid (m_axil_awvalid),
        .M_AXI_LITE_awready (m_axil_awready),
        .M_AXI_LITE_wdata   (m_axil_wdata),
        .M_AXI_LITE_wstrb   (m_axil_wstrb),
        .M_AXI_LITE_wvalid  (m_axil_wvalid),
        .M_AXI_LITE_wready  (m_axil_wready),
        .M_AXI_LITE_bresp   (m_axil_bresp),
        .M_AXI_LITE_bvalid  (m_axil_bvalid),
        .M_AXI_LITE_bready  (m_axil_bready),
        .M_AXI_LITE_araddr  (m_axil_araddr),
        .M_AXI_LITE_arprot  (m_axil_arprot),
        .M_AXI_LITE_arvalid (m_axil_arvalid),
        .M_AXI_LITE_arready (m_axil_arready),
        .M_AXI_LITE_rdata   (m_axil_rdata),
        .M_AXI_LITE_rresp   (m_axil_rresp),
        .M_AXI_LITE_rvalid  (m_axil_rvalid),
        .M_AXI_LITE_rready  (m_axil_rready)
    );

    // The fuse decodes a 4 KiB register window (BAR0); the upper address
    // bits and the protection bits are not used.
    capfuse_alveo_core #(
        .DEMO_SEED      (DEMO_SEED),
        .DEMO_BOOT_EPOCH(DEMO_BOOT_EPOCH)
    ) core (
        .bus_clock    (axi_aclk),
        // Resets only the bus side of the crossing (the fuse has no reset:
        // its power-up state is its safe state).
        .bus_reset    (~axi_aresetn),
        .axi_awvalid  (m_axil_awvalid),
        .axi_awready  (m_axil_awready),
        .axi_awaddr   (m_axil_awaddr[11:0]),
        .axi_wvalid   (m_axil_wvalid),
        .axi_wready   (m_axil_wready),
        .axi_wdata    (m_axil_wdata),
        .axi_wstrb    (m_axil_wstrb),
        .axi_bvalid   (m_axil_bvalid),
        .axi_bready   (m_axil_bready),
        .axi_bresp    (m_axil_bresp),
        .axi_arvalid  (m_axil_arvalid),
        .axi_arready  (m_axil_arready),
        .axi_araddr   (m_axil_araddr[11:0]),
        .axi_rvalid   (m_axil_rvalid),
        .axi_rready   (m_axil_rready),
        .axi_rdata    (m_axil_rdata),
        .axi_rresp    (m_axil_rresp),
        .irq          (irq),
        .accel_clk_src(accel_clk_unbuf),
        // The U55C has no user switch: connect a kill source here (for
        // example a satellite-controller GPIO once its use is defined).
        .kill_async   (1'b0),
        .accel_led    (led_accel)
    );
endmodule

`default_nettype wire
