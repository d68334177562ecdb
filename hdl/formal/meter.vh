// The work meter's side of the hard cap: included into module
// capfuse_core$meter with hard_cap.vh in the core (see docs/formal.md).
// A carry out of the low word waits a cycle for the upper words; it can
// only have come from a low word that wrapped, so the low word's upper
// half is 0 while it waits and the next cycle cannot carry out again. With
// this the core's f_cum == CUM_WORK is inductive.
`ifdef FORMAL
always @* begin
    if (pend_q$q) assert (cum0$q[31:16] == 16'd0);
    assert (cum_1 == cum1$q + {31'd0, pend_q$q});
end
`endif
