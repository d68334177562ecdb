// Cap slack: included into module capfuse_core$cap (see docs/formal.md), a
// fragment of the hard_cap proof.
//
// sw = slack - W is kept as {neg, {sw2, sw1} - pend, sw0}: a borrow out of
// the low word reaches the upper words a cycle late, and `big` is
// `sw >> 16 != 0` (the sign aside) kept exactly.
`ifdef FORMAL
wire [63:0] f_up = {sw2$q, sw1$q} - {63'd0, pend$q};
always @* begin
    // a pending borrow comes from a low word that wrapped below 2^16
    if (pend$q) assert (sw0$q[31:16] == 16'hffff);
    assert (big$q == ((sw0$q[31:16] != 16'd0) || (f_up != 64'd0)));
end
`endif
