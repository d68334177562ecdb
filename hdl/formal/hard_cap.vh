// Hard cap: included into module capfuse_core (see docs/formal.md).
// All inputs are free (AXI bus, work_units, kill, every side port).
//
// f_cum counts the admitted work from the ports: in every cycle
// a = accel_clk_en ? min(work_units, W) : 0 (W = max_work_per_cycle; the
// core counts at most W per cycle whatever the accelerator reports).
// Properties:
//  - f_cum == CUM_WORK (the 96-bit meter, with its pending carry);
//  - in every enabled cycle, f_cum + W <= CUM_BUDGET: the cycle's work,
//    whatever it is, fits under the budget in force;
//  - f_cum <= f_bud, the CUM_BUDGET in force in the last enabled cycle
//    (all ones before any): the admitted work never exceeds the budget
//    under which its last unit was admitted.
//  - outside a load (budget commit, grant step 4) and a grant, the cap
//    lets the next cycle run exactly when the slack before this cycle's
//    work holds 2W: decided a cycle ahead, it stops with less than 2W of
//    the budget unused and never earlier.
`ifdef FORMAL
reg  [95:0] f_cum = 96'd0;
reg  [95:0] f_bud = {96{1'b1}};
// W, the generator parameter, as the runner defines it for this proof
wire [15:0] f_W = `CAPFUSE_MAX_WORK;
wire [95:0] f_a = accel_clk_en ? ((work_units > f_W) ? {80'd0, f_W} : {80'd0, work_units}) : 96'd0;
wire [95:0] f_B = {budget2$q, budget1$q, budget0$q};
wire [95:0] f_S = {stage2$q, stage1$q, stage0$q};
// CUM_WORK as the meter block gives it (its pending carry added; the
// block's own invariant is in meter.vh)
wire [95:0] f_C = {meter$cum_2, meter$cum_1, meter$cum_0};
// sw = slack - W, 97-bit two's complement: sign, upper 64 bits less the
// pending borrow, low word. The cap block's registers: yosys 0.23 has no
// hierarchical references, so these wires are left undriven here and the
// proof connects them to `cap.sw0$q` .. after flattening (the links of
// `hard_cap` in hdl/src/formal.rs). The block's own invariants are in
// cap_slack.vh.
wire [31:0] f_sw0;
wire [31:0] f_sw1;
wire [31:0] f_sw2;
wire        f_sw_pend;
wire        f_sw_neg;
wire [63:0] f_sw_up = {f_sw2, f_sw1} - {63'd0, f_sw_pend};
wire [96:0] f_sw = {f_sw_neg, f_sw_up, f_sw0};
wire [96:0] f_slack = (f_B >= f_C) ? {1'b0, f_B - f_C} : 97'd0;
// the commit / grant pipeline computes S - C word by word (the commit
// datapath block's registers, linked after flattening like f_sw0)
wire [31:0] f_diff0;
wire [31:0] f_diff1;
wire [31:0] f_diff2;
wire        f_diff_borrow;
wire        f_dw_b0;
wire        f_dw_b1;
wire [31:0] f_c_sw0;
wire [31:0] f_c_sw1;
wire [95:0] f_d = f_S - f_C;
wire [31:0] f_w32 = {16'd0, f_W};
// step k of the word-serial subtraction: a budget commit (or any write to
// a register that holds the enable, outside the threshold commit) in
// phase k, or the grant sequence in gph == k
wire f_wr = reg_write$holds_enable & !reg_write$report_threshold_commit_sel;
wire f_k1 = (phase$q == 3'd1 && f_wr) || gph$q == 3'd1;
wire f_k2 = (phase$q == 3'd2 && f_wr) || gph$q == 3'd2;
wire f_k3 = (phase$q == 3'd3 && f_wr) || gph$q == 3'd3;
wire f_k4 = (phase$q == 3'd4 && f_wr) || gph$q == 3'd4;
// the enable-holding registers among the register block's decode of the
// captured write address
wire f_holds_dec = reg_write$baseline_ratio_sel | reg_write$trip_ratio_sel
                   | reg_write$window_len_sel | reg_write$window_budget_sel
                   | reg_write$cum_budget_commit_sel;
wire f_gbusy = (gph$q == 3'd1) | (gph$q == 3'd2) | (gph$q == 3'd3);
always @(posedge clock) begin
    f_cum <= f_cum + f_a;
    if (accel_clk_en) f_bud <= f_B;
end
always @* begin
    // the properties
    assert (f_cum == f_C);
    if (accel_clk_en) assert ({1'b0, f_cum} + {65'd0, f_w32} <= {1'b0, f_B});
    assert (f_cum <= f_bud);
    if (gph$q == 3'd0 && !cap$load && !cap$hold)
        assert (cap$ok == (f_slack >= {64'd0, f_w32, 1'b0}));
    // auxiliary invariants: the meter and the slack representation
    assert (meter$enabled == accel_clk_en);
    if (accel_clk_en) assert (!f_sw_neg);
    assert (gph$q <= 3'd4);
    if (phase$q != 3'd0) assert (gph$q == 3'd0);
    assert (phase$q <= 3'd4);
    assert (ph4$q == (phase$q == 3'd4));
    assert (reg_write$holds_enable == f_holds_dec);
    if (phase$q != 3'd0) assert (aw_full$q && w_full$q && !bvalid$q && !f_gbusy);
    if (ap_commit$q) assert (ph4$q && reg_write$holds_enable && !reg_write$report_threshold_commit_sel);
    // outside a grant sequence: sw == max(0, CUM_BUDGET - CUM_WORK) - W
    if (gph$q == 3'd0) assert (f_sw == f_slack - {65'd0, f_w32});
    // in a grant sequence the granted budget is staged too, and the
    // enable is low
    if (gph$q != 3'd0) assert (f_S == f_B && !accel_clk_en);
    if (phase$q != 3'd0 && reg_write$holds_enable) assert (!accel_clk_en);
    // the word-serial subtraction S - C
    if (f_k1) assert (op_s$q == f_S[31:0] && op_c$q == f_C[31:0]);
    if (f_k2) assert (op_s$q == f_S[63:32] && op_c$q == f_C[63:32]
                      && f_diff0 == f_d[31:0]
                      && f_diff_borrow == (f_S[31:0] < f_C[31:0]));
    if (f_k3) assert (op_s$q == f_S[95:64] && op_c$q == f_C[95:64]
                      && {f_diff1, f_diff0} == f_d[63:0]
                      && f_diff_borrow == (f_S[63:0] < f_C[63:0])
                      && f_dw_b0 == (f_diff0 < f_w32)
                      && f_c_sw0 == f_diff0 - f_w32);
    if (f_k4) assert ({f_diff2, f_diff1, f_diff0} == f_d
                      && f_diff_borrow == (f_S < f_C)
                      && f_dw_b0 == (f_diff0 < f_w32)
                      && f_dw_b1 == ((f_diff0 < f_w32) && f_diff1 == 32'd0)
                      && f_c_sw0 == f_diff0 - f_w32
                      && f_c_sw1 == f_diff1 - {31'd0, f_diff0 < f_w32});
end
`endif
