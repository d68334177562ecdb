// Throttle bound, the core's side: included into module capfuse_core with
// throttle.vh in the throttle block (see docs/formal.md). The block's
// inputs are the core's registers of the next cycle and its strict trip
// reasons, and the enable of the next cycle needs this cycle's pulse, so
// the block's bound on pulses is a bound on enabled cycles.
`ifdef FORMAL
// The enable's and the trip block's licence reason's next values (linked
// after flattening: clk_en.en$d, trip.reason_lic$d) and the reasons.
wire       f_en_d;
wire       f_reason_lic_d;
wire [4:0] f_reasons = trip$reasons[4:0];
always @* begin
    if (f_en_d) assert (throttle$pulse);
    assert (throttle$baseline_next == baseline$d);
    assert (throttle$trip_ratio_next == trip_ratio$d);
    assert (throttle$licence_expired_next == f_reason_lic_d);
    assert (throttle$strict == (f_reasons[0] | f_reasons[1] | f_reasons[2] | f_reasons[4]));
end
`endif
