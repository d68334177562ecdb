// Proxy bench for the Verilator engine: the engine's own C++ harness
// compiled into a plain executable (no Rust, no FFI), stepped one
// `capfuse_vl_step` per cycle with a fixed xorshift stimulus (random work,
// bus writes and reads to random word addresses). It needs only the fields
// every harness version has, so the golden Verilog and harness of any commit
// can be compared with the same flags (scripts/vl-proxy/instr-per-cycle.sh).
//
//   drv N        N cycles through capfuse_vl_step (the engine's one-call path)
//   drv N ico    N cycles of inputs-only evals (clock held high: Verilator's
//                `ico` region alone), to split a cycle's cost
#include "harness.cpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

static uint64_t s = 0x9e3779b97f4a7c15ull;
static inline uint64_t rnd() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
}

int main(int argc, char** argv) {
    size_t n = argc > 1 ? strtoull(argv[1], 0, 10) : 1000000;
    bool ico = argc > 2;
    std::vector<CIn> in(n);
    for (size_t i = 0; i < n; i++) {
        CIn c = {};
        uint64_t r = rnd();
        c.work_units = r & 0x3ff;
        c.wdata = (uint32_t)(r >> 32);
        c.awaddr = (r >> 12) & 0xfc;
        c.araddr = (r >> 20) & 0xfc;
        c.wstrb = 0xf;
        uint8_t f = (1 << 3) | (1 << 5);                   // bready, rready
        if (((r >> 28) & 7) == 0) f |= (1 << 1) | (1 << 2);  // a write, 1 in 8
        if (((r >> 31) & 3) == 0) f |= (1 << 4);             // a read, 1 in 4
        c.flags = f;
        in[i] = c;
    }
    void* h = capfuse_vl_create();
    Vcapfuse_core* t = static_cast<Handle*>(h)->top;
    COut last = {};
    auto t0 = std::chrono::steady_clock::now();
    clock_t c0 = clock();
    for (size_t i = 0; i < n; i++) {
        if (ico) {
            drive(t, &in[i]);
            t->clock = 1;
            t->eval();
        } else {
            capfuse_vl_step(h, &in[i], &last);
        }
    }
    double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = double(clock() - c0) / CLOCKS_PER_SEC;
    printf("%zu cycles: %.0f cycles/s wall, %.0f cycles per CPU second (rdata %08x flags %02x)\n", n,
           n / sec, n / cpu, last.rdata, last.flags);
    capfuse_vl_destroy(h);
}
