// AXI4-Lite protocol: included into module capfuse_core (see docs/formal.md).
// All inputs are free, including every AXI master signal (no master
// assumptions at all: a master may drop valid, change addresses, ...).
//
// f_aw / f_w / f_ar: requests accepted (handshakes on AW / W / AR) minus
// responses delivered (handshakes on B / R). Stated over ports only:
//   f_aw == !awready + bvalid, f_w == !wready + bvalid, f_ar == !arready
// so a response is only ever valid while a request is outstanding, each
// handshake of a response retires exactly one request, at most one write
// is in flight plus one waiting for its response, and one read at a time.
//
// Bounded response: f_wait counts the consecutive cycles in which a write
// has both channels accepted and no response yet, restarting at 0 after a
// cycle with grant_apply (a grant sequence may postpone a write: that is
// the design's choice, and CryptoCtl could pulse grant_apply forever).
// Asserted: f_wait <= 7, i.e. the response is valid within 8 cycles of the
// last grant_apply or of the cycle both channels were accepted. A read's
// response is valid at the second edge after its handshake (ABI 0.4):
// f_rwait, the cycles a read has been outstanding without rvalid, is at
// most 1.
`ifdef FORMAL
reg [2:0] f_aw = 3'd0;
reg [2:0] f_w = 3'd0;
reg [2:0] f_ar = 3'd0;
reg       f_past = 1'b0;
reg       f_b_stall = 1'b0;
reg [1:0] f_bresp = 2'd0;
reg       f_r_stall = 1'b0;
reg [31:0] f_rdata = 32'd0;
reg [1:0] f_rresp = 2'd0;
reg [3:0] f_wait = 4'd0;
reg [1:0] f_rwait = 2'd0;
wire f_pending = ~axi_awready & ~axi_wready & ~axi_bvalid;
wire f_gbusy = (gph$q == 3'd1) | (gph$q == 3'd2) | (gph$q == 3'd3);
wire f_aw_hs = axi_awvalid & axi_awready;
wire f_w_hs = axi_wvalid & axi_wready;
wire f_b_hs = axi_bvalid & axi_bready;
wire f_ar_hs = axi_arvalid & axi_arready;
wire f_r_hs = axi_rvalid & axi_rready;
always @(posedge clock) begin
    f_aw <= f_aw + f_aw_hs - f_b_hs;
    f_w <= f_w + f_w_hs - f_b_hs;
    f_ar <= f_ar + f_ar_hs - f_r_hs;
    f_past <= 1'b1;
    f_b_stall <= axi_bvalid & ~axi_bready;
    f_bresp <= axi_bresp;
    f_r_stall <= axi_rvalid & ~axi_rready;
    f_rdata <= axi_rdata;
    f_rresp <= axi_rresp;
    f_wait <= (f_pending & ~grant_apply) ? f_wait + 4'd1 : 4'd0;
    f_rwait <= (~axi_arready & ~axi_rvalid) ? f_rwait + 2'd1 : 2'd0;
end
always @* begin
    // the property, over ports
    assert (f_aw == {2'b0, ~axi_awready} + {2'b0, axi_bvalid});
    assert (f_w == {2'b0, ~axi_wready} + {2'b0, axi_bvalid});
    assert (f_ar == {2'b0, ~axi_arready});
    if (axi_rvalid) assert (~axi_arready);
    if (~axi_arready & ~axi_rvalid) assert (f_rwait == 2'd0);
    // a response, once valid, holds until accepted, with stable payload
    if (f_past && f_b_stall) assert (axi_bvalid && axi_bresp == f_bresp);
    if (f_past && f_r_stall) assert (axi_rvalid && axi_rdata == f_rdata && axi_rresp == f_rresp);
    // auxiliary invariants of the write sequencer (asserted, not assumed)
    assert (phase$q <= 3'd4);
    assert (ph4$q == (phase$q == 3'd4));
    if (phase$q != 3'd0) assert (aw_full$q && w_full$q && !bvalid$q && !f_gbusy);
    // bounded response
    if (f_pending) assert (f_wait <= 4'd7);
    // auxiliary invariants for it: where the pending write is
    assert (gph$q <= 3'd4);
    if (f_pending && f_gbusy) assert ({1'b0, f_wait} <= {2'b0, gph$q} - 5'd1);
    if (f_pending && !f_gbusy && phase$q == 3'd0) assert (f_wait <= 4'd3);
    if (f_pending && phase$q != 3'd0) assert (f_wait <= 4'd3 + {1'b0, phase$q});
end
`endif
