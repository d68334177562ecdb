// Throttle bound, the core's side: included into module capfuse_core with
// throttle.vh in the throttle block (see docs/formal.md). The block's
// inputs are the core's registers of the next cycle and its strict trip
// reasons, and the enable of the next cycle needs this cycle's pulse, so
// the block's bound on pulses is a bound on enabled cycles.
`ifdef FORMAL
always @* begin
    if (en$d) assert (throttle$pulse);
    assert (throttle$baseline_next == baseline$d);
    assert (throttle$trip_ratio_next == trip_ratio$d);
    assert (throttle$licence_expired_next == reason_lic$d);
    assert (throttle$strict == (reason_cum$q | reason_kill_reg$q | reason_kill_pin$q | reason_decom$q));
end
`endif
