// C ABI around the Verilator model of `capfuse_ed25519`, loaded at run time
// by `ed25519/verilator.rs`. The structs must match `EdIn`/`EdOut` there.
//
// One call to `ed_vl_step` is one clock cycle: the clock goes low with the
// new inputs applied (eval), then high (eval); the outputs written back are
// those after the rising edge.

#include <cstdint>

#include "Vcapfuse_ed25519.h"
#include "verilated.h"

#define ED_VL_API extern "C" __attribute__((visibility("default")))

struct EdIn {
    uint32_t seed[8];
    uint32_t buf_wdata;
    uint16_t msg_len;
    uint16_t buf_waddr;
    uint8_t cmd_start;
    uint8_t cmd_op;
    uint8_t buf_we;
    uint8_t res_addr;
};

struct EdOut {
    uint32_t res_data;
    uint16_t pc;
    uint8_t busy;
    uint8_t done;
    uint8_t status;
    uint8_t pad[3];
};

struct Handle {
    VerilatedContext* ctx;
    Vcapfuse_ed25519* top;
};

static inline void drive(Vcapfuse_ed25519* t, const EdIn* in) {
    for (int i = 0; i < 8; i++) t->seed[i] = in->seed[i];
    t->cmd_start = in->cmd_start & 1;
    t->cmd_op = in->cmd_op & 7;
    t->msg_len = in->msg_len;
    t->buf_we = in->buf_we & 1;
    t->buf_waddr = in->buf_waddr & 0x1ff;
    t->buf_wdata = in->buf_wdata;
    t->res_addr = in->res_addr & 0xf;
}

static inline void sample(const Vcapfuse_ed25519* t, EdOut* out) {
    out->res_data = t->res_data;
    out->pc = t->pc;
    out->busy = t->busy;
    out->done = t->done;
    out->status = t->status;
    out->pad[0] = out->pad[1] = out->pad[2] = 0;
}

static inline void edge(Vcapfuse_ed25519* t) {
    t->clock = 0;
    t->eval();
    t->clock = 1;
    t->eval();
}

ED_VL_API uint32_t ed_vl_abi() { return (sizeof(EdIn) << 8) | sizeof(EdOut); }

ED_VL_API void* ed_vl_create() {
    Handle* h = new Handle;
    h->ctx = new VerilatedContext;
    h->top = new Vcapfuse_ed25519{h->ctx};
    h->top->clock = 0;
    h->top->eval();
    return h;
}

ED_VL_API void ed_vl_destroy(void* p) {
    Handle* h = static_cast<Handle*>(p);
    h->top->final();
    delete h->top;
    delete h->ctx;
    delete h;
}

ED_VL_API void ed_vl_outputs(void* p, EdOut* out) { sample(static_cast<Handle*>(p)->top, out); }

ED_VL_API void ed_vl_step(void* p, const EdIn* in, EdOut* out) {
    Vcapfuse_ed25519* t = static_cast<Handle*>(p)->top;
    drive(t, in);
    edge(t);
    sample(t, out);
}

// Holds `in` for up to `max` cycles, stopping before a cycle when `done` is
// high; returns the cycles applied.
ED_VL_API uint64_t ed_vl_run_until_done(void* p, const EdIn* in, uint64_t max, EdOut* out) {
    Vcapfuse_ed25519* t = static_cast<Handle*>(p)->top;
    drive(t, in);
    uint64_t n = 0;
    while (n < max && !t->done) {
        edge(t);
        n++;
    }
    sample(t, out);
    return n;
}
