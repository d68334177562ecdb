// Verilator step server for the field unit (`top` as rust-hdl emits it),
// driven by hdl/tests/ed25519_field_unit.rs over stdin/stdout so the Rust
// test runs the same register-file emulation and checks against both
// rust-hdl's simulator and the emitted Verilog.
//
// One input line is one clock cycle:
//     start op ci d a b rx_data ry_data        (decimal)
// The inputs are applied with the clock low, the model is evaluated, the
// outputs of the cycle are printed as one line
//     rx_addr ry_addr w_en w_addr w_data done flag_c flag_z
// and then the rising edge is applied. EOF ends the run.

#include <cstdio>

#include "Vtop.h"
#include "verilated.h"

int main(int argc, char** argv) {
    VerilatedContext ctx;
    ctx.commandArgs(argc, argv);
    Vtop top(&ctx);
    top.clock = 0;
    top.eval();
    unsigned start, op, ci, d, a, b, rx, ry;
    while (std::scanf("%u %u %u %u %u %u %u %u", &start, &op, &ci, &d, &a, &b, &rx, &ry) == 8) {
        top.start = start;
        top.op = op;
        top.ci = ci;
        top.d = d;
        top.a = a;
        top.b = b;
        top.rx_data = rx;
        top.ry_data = ry;
        top.clock = 0;
        top.eval();
        std::printf("%u %u %u %u %u %u %u %u\n", (unsigned)top.rx_addr, (unsigned)top.ry_addr,
                    (unsigned)top.w_en, (unsigned)top.w_addr, (unsigned)top.w_data,
                    (unsigned)top.done, (unsigned)top.flag_c, (unsigned)top.flag_z);
        std::fflush(stdout);
        top.clock = 1;
        top.eval();
    }
    top.final();
    return 0;
}
