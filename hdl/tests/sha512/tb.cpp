// Verilator testbench for the SHA-512 unit (hdl/src/ed25519/sha512.rs).
//
// Reads cases from stdin, one per line:
//   <start_byte> <len> <gap> <junk_len> <512 buffer words in hex>
// `gap` cycles are run before the start cycle; if `junk_len` < 4096 and
// `gap` > 0, the first of them starts a hash of `junk_len` bytes at byte 0,
// which the real start then abandons. The buffer is a
// synchronous RAM: buf_data in cycle n is the word at buf_addr of cycle n-1.
// For each case prints one line:
//   <done cycle> <done count> <H0> ... <H7>
// where the done cycle is counted from the start cycle (0) and the done
// count is the number of cycles done was high from the start cycle through
// two cycles after the first done (expected 1). The digest is read in the
// cycle after done.
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "Vtop.h"
#include "verilated.h"

static uint32_t mem[512];

struct Bench {
    std::unique_ptr<Vtop> top{new Vtop};
    uint32_t prev_addr = 0;

    Bench() {
        top->clock = 0;
        top->start = 0;
        top->eval();
    }
    // Present the inputs of this cycle (buf_data from the last address).
    void inputs(bool start, uint32_t start_byte, uint32_t len) {
        top->start = start;
        top->start_byte = start_byte;
        top->len = len;
        top->buf_data = mem[prev_addr & 511];
        top->eval();
    }
    // End the cycle with a rising edge.
    void edge() {
        prev_addr = top->buf_addr;
        top->clock = 1;
        top->eval();
        top->clock = 0;
        top->eval();
    }
};

int main(int argc, char** argv) {
    Verilated::commandArgs(argc, argv);
    Bench b;
    unsigned start_byte, len, gap, junk_len;
    while (std::scanf("%u %u %u %u", &start_byte, &len, &gap, &junk_len) == 4) {
        for (unsigned i = 0; i < 512; i++) {
            if (std::scanf("%" SCNx32, &mem[i]) != 1) {
                std::fprintf(stderr, "short buffer\n");
                return 2;
            }
        }
        for (unsigned i = 0; i < gap; i++) {
            bool junk = i == 0 && junk_len < 4096;
            b.inputs(junk, 0, junk ? junk_len : 0);
            b.edge();
        }
        long done_at = -1;
        unsigned done_count = 0;
        for (long n = 0; n < 40000; n++) {
            // Garbage on start_byte/len outside the start cycle.
            b.inputs(n == 0, n == 0 ? start_byte : 0x7f8, n == 0 ? len : 0xfff);
            if (b.top->done) {
                done_count++;
                if (done_at < 0) done_at = n;
            }
            b.edge();
            if (done_at >= 0 && n == done_at) {
                // The cycle after done: read the digest.
                b.inputs(false, 0, 0);
                std::printf("%ld", done_at);
                uint64_t h[8];
                for (unsigned i = 0; i < 8; i++) {
                    b.top->dig_sel = i;
                    b.top->eval();
                    h[i] = b.top->dig_word;
                }
                if (b.top->done) done_count++;
                b.edge();
                n++;
                // One more cycle to see done stay low.
                b.inputs(false, 0, 0);
                if (b.top->done) done_count++;
                b.edge();
                n++;
                std::printf(" %u", done_count);
                for (unsigned i = 0; i < 8; i++) std::printf(" %016" PRIx64, h[i]);
                std::printf("\n");
                break;
            }
        }
        if (done_at < 0) std::printf("-1 0 0 0 0 0 0 0 0 0\n");
        std::fflush(stdout);
    }
    b.top->final();
    return 0;
}
