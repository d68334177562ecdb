// Kill dominance: included into module capfuse_core (see docs/formal.md).
// All inputs are free. With the kill pin high, or the kill register set,
// in a cycle, accel_clk_en is low after the next edge; a KILL write being
// applied (ap_kill) also drops the enable at that same edge.
`ifdef FORMAL
reg f_past = 1'b0;
reg f_kill_pin = 1'b0;
reg f_kill_reg = 1'b0;
reg f_kill_write = 1'b0;
always @(posedge clock) begin
    f_past <= 1'b1;
    f_kill_pin <= kill;
    f_kill_reg <= kill_reg$q;
    f_kill_write <= ap_kill$q;
end
always @* begin
    if (f_past && f_kill_pin) assert (!accel_clk_en);
    if (f_past && f_kill_reg) assert (!accel_clk_en);
    if (f_past && f_kill_write) assert (!accel_clk_en);
end
`endif
