// Throttle bound, the core's side: included into module capfuse_core with
// throttle.vh in the throttle block (see docs/formal.md). The block's
// inputs are the core's registers of the next cycle and its strict trip
// reasons, and the enable of the next cycle needs this cycle's pulse, so
// the block's bound on pulses is a bound on enabled cycles.
`ifdef FORMAL
// The trip block's licence reason register's next value (linked after
// flattening: trip.reason_lic$d) and its reasons.
wire       f_reason_lic_d;
wire [4:0] f_reasons = trip$reasons[4:0];
always @* begin
    if (en$d) assert (throttle$pulse);
    assert (throttle$baseline_next == baseline$d);
    assert (throttle$trip_ratio_next == trip_ratio$d);
    assert (throttle$licence_expired_next == f_reason_lic_d);
    assert (throttle$strict == (f_reasons[0] | f_reasons[1] | f_reasons[2] | f_reasons[4]));
end
`endif
