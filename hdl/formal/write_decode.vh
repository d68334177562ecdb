// The register block's write decode: included into module capfuse_core by
// the proofs that apply bus writes (tighten_only, hard_cap; see
// docs/formal.md). The decode is loaded only when the write channel takes
// an address and held until the next one, so an induction that starts
// from any state must be told what every load makes of it: at most one
// register selected. (Loaded from the address in every cycle, the decode
// was one-hot after one edge from any state, and the proofs did not need
// this.) Asserted, and so proven, never assumed.
`ifdef FORMAL
// the selects, one bit per writable register (the register block's
// `sel_q`, linked after flattening: reg_write.sel_q$q)
wire [16:0] f_wsel;
always @* begin
    assert ((f_wsel & (f_wsel - 17'd1)) == 17'd0);
end
`endif
