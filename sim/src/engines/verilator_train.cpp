// Training run of the fuse core's profile-guided build (`verilator.rs`):
// the engine's own harness, compiled into an executable with
// -fprofile-generate, stepped through `argv[1]` cycles of random traffic
// from a fixed seed. The counts it leaves tell the compiler which branches
// of the Verilated model are taken, and how often, when the library is
// built again from the same sources.
//
// The traffic is the engine's general case, not any one run's: work
// reported in every cycle (0..1023 units), a write 1 cycle in 8 to a random
// word of the register window with random data, a read 1 cycle in 4, and
// now and then a report snapshot, a word written into the pending grant, or
// a cycle with the kill pin high.
#include "harness.cpp"

#include <cstdlib>

static uint64_t rng_state = 0x243f6a8885a308d3ull;

static inline uint64_t rnd() {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

int main(int argc, char** argv) {
    uint64_t n = argc > 1 ? strtoull(argv[1], 0, 10) : 200000;
    void* h = capfuse_vl_create();
    COut out = {};
    for (uint64_t i = 0; i < n; i++) {
        uint64_t r = rnd();
        CIn c = {};
        c.work_units = r & 0x3ff;
        c.wdata = (uint32_t)(r >> 32);
        c.awaddr = (r >> 10) & 0xfc;
        c.araddr = (r >> 18) & 0xfc;
        c.wstrb = 0xf;
        uint8_t f = (1 << 3) | (1 << 5);                   // bready, rready
        if (((r >> 26) & 7) == 0) f |= (1 << 1) | (1 << 2);  // a write, 1 in 8
        if (((r >> 29) & 3) == 0) f |= (1 << 4);             // a read, 1 in 4
        if (((r >> 40) & 0xfff) == 0) f |= 1;                // the kill pin
        c.flags = f;
        uint8_t f2 = 0;
        if (((r >> 52) & 0x3ff) == 0) f2 |= 1;               // snapshot
        if (((r >> 52) & 0x3ff) == 1) f2 |= 1 << 1;          // a grant word
        c.flags2 = f2;
        c.snap_addr = (r >> 44) & 0x7f;
        c.grant_addr = (r >> 36) & 0x1f;
        c.grant_wdata = (uint32_t)r;
        capfuse_vl_step(h, &c, &out);
    }
    capfuse_vl_destroy(h);
    volatile uint8_t sink = out.flags;  // the outputs are used
    (void)sink;
    return 0;
}
