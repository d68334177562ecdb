// Tighten-only, trip part: included into module capfuse_core (see docs/formal.md).
// All inputs are free (AXI bus, work_units, kill, every side port).
// No trip reason and no KILL clears except in a cycle after grant_apply;
// DECOMMISSIONED never clears.
`ifdef FORMAL
reg       f_past = 1'b0;
reg       f_ga = 1'b0;
reg [4:0] f_reasons = 5'd0;
reg       f_kill = 1'b0;
// TRIP_REASON as the trip block gives it (bits in the abi's order:
// CUM_BUDGET, KILL_REG, KILL_PIN, LICENSE_EXPIRED, DECOMMISSIONED)
wire [4:0] f_reasons_now = trip$reasons[4:0];
always @(posedge clock) begin
    f_past <= 1'b1;
    f_ga <= grant_apply;
    f_reasons <= f_reasons_now;
    f_kill <= kill_reg$q;
end
always @* begin
    if (f_past && !f_ga) begin
        assert ((f_reasons & ~f_reasons_now) == 5'd0);
        assert (!(f_kill && !kill_reg$q));
    end
    if (f_past) assert (!(f_reasons[4] && !f_reasons_now[4]));
end
`endif
