// Throttle bound: included into module capfuse_core$throttle, the throttle
// block (see docs/formal.md); throttle_core.vh, included into capfuse_core,
// ties the block's inputs to the core's registers and the enable to the
// pulse. All inputs are free, and so is f_go, an undriven wire: the cycle a
// checked window starts.
//
// r(u) is `ratio`, the ratio the phase accumulator adds in cycle u ("the
// ratio in force": strict ? min(TRIP_RATIO, BASELINE_RATIO) : LICENSE_EXPIRED
// ? min(BASELINE_RATIO, P) : BASELINE_RATIO, registered here from the
// values the core will hold next cycle). Property, for every t0 (f_go
// chooses it):
//   256 * #{u in t0 .. t0+255 : pulse} <= 255 + sum_{u=t0}^{t0+255} r(u)
// i.e. at most floor((255 + sum r) / 256) pulses in any 256 consecutive
// cycles; with a constant ratio N that is N, and in general (as
// sum r <= 256 * max r) at most the largest ratio in force. The core's
// enable of cycle u+1 needs the pulse of cycle u (throttle_core.vh), so
// the same bound holds for the enabled cycles t0+1 .. t0+256.
//
// The checker counts one window (f_n = steps taken, 0 = not started, 256 =
// done, then frozen; f_a1 keeps the accumulator at that point): f_p pulses
// and f_v 9-bit overflows of acc + r (only possible for r > 256, which a
// grant word can carry), f_s the sum of the ratios, f_a0 the accumulator at
// the start.
`ifdef FORMAL
wire        f_go;
reg   [8:0] f_n = 9'd0;
reg   [7:0] f_a0 = 8'd0;
reg  [17:0] f_s = 18'd0;
reg   [8:0] f_p = 9'd0;
reg   [8:0] f_v = 9'd0;
reg   [7:0] f_a1 = 8'd0;
// this cycle's step of the accumulator, computed here from acc and the ratio
wire  [9:0] f_sum = {2'b00, acc$q} + {1'b0, ratio};
wire        f_step = (f_n != 9'd0 && f_n != 9'd256) || (f_n == 9'd0 && f_go);
always @(posedge clock) begin
    if (f_step) begin
        if (f_n == 9'd0) f_a0 <= acc$q;
        f_n <= f_n + 9'd1;
        f_s <= f_s + {9'd0, ratio};
        f_p <= f_p + {8'd0, pulse};
        f_v <= f_v + {8'd0, f_sum[9]};
        if (f_n == 9'd255) f_a1 <= acc$d;
    end
end
// the accumulator after the window's last step (frozen with the counters)
wire  [7:0] f_acc = (f_n == 9'd256) ? f_a1 : acc$q;
always @* begin
    // the property
    if (f_n == 9'd256) begin
        assert ({f_p, 8'd0} <= {1'b0, f_s} + 19'd255);
    end
    // the ratio in force, registered from the limits of the next cycle
    assert (ratio == (strict ? trip_min$q : base_eff$q));
    assert (trip_min$d == ((trip_ratio_next < baseline_next) ? trip_ratio_next : baseline_next));
    assert (base_eff$d == ((licence_expired_next && baseline_next > licence_ratio) ? licence_ratio : baseline_next));
    // auxiliary invariants: the accumulator identity
    // a0 + sum r = acc + 256 * pulses + 512 * overflows
    assert (f_n <= 9'd256);
    assert (f_p <= f_n && f_v <= f_n);
    if (f_n == 9'd0) assert (f_s == 18'd0 && f_p == 9'd0 && f_v == 9'd0);
    if (f_n != 9'd0) assert ({11'd0, f_a0} + {1'b0, f_s} == {11'd0, f_acc} + {2'b0, f_p, 8'd0} + {1'b0, f_v, 9'd0});
end
`endif
