// Tighten-only, limit part: included into module capfuse_core (see
// docs/formal.md). All inputs are free: the AXI bus, work_units, kill and
// every side port (grant_*, snap_*, report_ready, grant_done).
//
// Property: from one cycle to the next, unless grant_apply was high in the
// first, no limit becomes looser: BASELINE_RATIO, TRIP_RATIO, WINDOW_BUDGET,
// CUM_BUDGET and REPORT_THRESHOLD never rise, WINDOW_LEN never falls.
//
// The auxiliary invariants below describe the write sequencer (phases
// 1..4) and the word-serial 96-bit comparison; they are asserted (and so
// proven) like the property itself, never assumed.
`ifdef FORMAL
// the loosen check's borrow, the commit datapath block's register (linked
// after flattening: commit.loosen_borrow$q)
wire f_looser;
reg        f_past = 1'b0;
reg        f_ga = 1'b0;
reg  [8:0] f_baseline = 9'd0;
reg  [8:0] f_trip_ratio = 9'd0;
reg [31:0] f_wl = 32'd0;
reg [31:0] f_wb = 32'd0;
reg [95:0] f_budget = 96'd0;
reg [95:0] f_thr = 96'd0;

wire [95:0] f_budget_now = {budget2$q, budget1$q, budget0$q};
wire [95:0] f_thr_now = {thr2$q, thr1$q, thr0$q};
wire [95:0] f_stage_now = {stage2$q, stage1$q, stage0$q};
wire [95:0] f_rst_now = {rst2$q, rst1$q, rst0$q};
// the staged value and the value in force that a commit compares
wire        f_rc = reg_write$report_threshold_commit_sel;
wire [95:0] f_s = f_rc ? f_rst_now : f_stage_now;
wire [95:0] f_b = f_rc ? f_thr_now : f_budget_now;
// the generated register block's view of the write being applied
wire [31:0] f_v = reg_write$value;
wire [31:0] f_old = reg_write$old;
wire        f_lower = reg_write$baseline_ratio_sel | reg_write$trip_ratio_sel
                      | reg_write$window_budget_sel;
wire        f_ratio = reg_write$baseline_ratio_sel | reg_write$trip_ratio_sel;
wire        f_gbusy = (gph$q == 3'd1) | (gph$q == 3'd2) | (gph$q == 3'd3);

always @(posedge clock) begin
    f_past <= 1'b1;
    f_ga <= grant_apply;
    f_baseline <= baseline$q;
    f_trip_ratio <= trip_ratio$q;
    f_wl <= wl$q;
    f_wb <= wb$q;
    f_budget <= f_budget_now;
    f_thr <= f_thr_now;
end

always @* begin
    // the property
    if (f_past && !f_ga) begin
        assert (baseline$q <= f_baseline);
        assert (trip_ratio$q <= f_trip_ratio);
        assert (wl$q >= f_wl);
        assert (wb$q <= f_wb);
        assert (f_budget_now <= f_budget);
        assert (f_thr_now <= f_thr);
    end

    // auxiliary invariants: the write sequencer
    assert (phase$q <= 3'd4);
    assert (ph4$q == (phase$q == 3'd4));
    if (phase$q != 3'd0) assert (aw_full$q && w_full$q && !bvalid$q && !f_gbusy);
    if (!ph4$q) assert (!ap_baseline$q && !ap_trip_ratio$q && !ap_wl$q && !ap_wb$q
                        && !ap_commit$q && !ap_rcommit$q);
    // phases 1 and 2: the operand registers hold this write's value
    if (phase$q == 3'd1 || phase$q == 3'd2) assert (v_q$q == f_v && old_q$q == f_old);
    // phase 3: the comparisons are this write's
    if (phase$q == 3'd3) begin
        assert (v_q$q == f_v);
        assert (reg_write$looser == ((f_lower && f_v > f_old)
                                     || (reg_write$window_len_sel && f_v < f_old)));
        assert (reg_write$invalid == ((f_ratio && f_v > 32'h100)
                                      || (reg_write$window_len_sel && f_v == 32'd0)));
    end
    // phase 4: an accepted limit write is not looser
    if (ap_baseline$q) assert (v_q$q <= {23'd0, baseline$q});
    if (ap_trip_ratio$q) assert (v_q$q <= {23'd0, trip_ratio$q});
    if (ap_wl$q) assert (v_q$q >= wl$q);
    if (ap_wb$q) assert (v_q$q <= wb$q);
    if (ap_commit$q) assert (!f_rc);
    if (ap_rcommit$q) assert (f_rc);
    // the word-serial comparison of the staged value with the one in force
    if (phase$q == 3'd1) assert (op_s$q == f_s[31:0] && op_b$q == f_b[31:0]);
    if (phase$q == 3'd2) assert (op_s$q == f_s[63:32] && op_b$q == f_b[63:32]
                                 && f_looser == (f_b[31:0] < f_s[31:0]));
    if (phase$q == 3'd3) assert (op_s$q == f_s[95:64] && op_b$q == f_b[95:64]
                                 && f_looser == (f_b[63:0] < f_s[63:0]));
    if (phase$q == 3'd4) assert (f_looser == (f_b < f_s));
end
`endif
