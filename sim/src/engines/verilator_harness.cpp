// C ABI around the Verilator model of `capfuse_core`, loaded at run time by
// `verilator.rs`. The structs must match `CIn`/`COut` there, field for field.
//
// One call to `capfuse_vl_step` is one clock cycle: the clock goes low with
// the new inputs applied (eval), then high (eval); the outputs written back
// are those after the rising edge.

#include <cstddef>
#include <cstdint>

#include "Vcapfuse_core.h"
#include "verilated.h"

#define CAPFUSE_VL_API extern "C" __attribute__((visibility("default")))

// Inputs of one cycle. flags: bit 0 kill, 1 awvalid, 2 wvalid, 3 bready,
// 4 arvalid, 5 rready.
struct CIn {
    uint32_t wdata;
    uint16_t work_units;
    uint16_t awaddr;
    uint16_t araddr;
    uint8_t wstrb;
    uint8_t flags;
};

// Outputs. flags: bit 0 accel_clk_en, 1 irq, 2 awready, 3 wready, 4 bvalid,
// 5 arready, 6 rvalid.
struct COut {
    uint32_t rdata;
    uint8_t bresp;
    uint8_t rresp;
    uint8_t flags;
    uint8_t pad;
};

struct Handle {
    VerilatedContext* ctx;
    Vcapfuse_core* top;
};

static inline void drive(Vcapfuse_core* t, const CIn* in) {
    t->work_units = in->work_units;
    t->kill = in->flags & 1;
    t->axi_awvalid = (in->flags >> 1) & 1;
    t->axi_awaddr = in->awaddr & 0xfff;
    t->axi_wvalid = (in->flags >> 2) & 1;
    t->axi_wdata = in->wdata;
    t->axi_wstrb = in->wstrb & 0xf;
    t->axi_bready = (in->flags >> 3) & 1;
    t->axi_arvalid = (in->flags >> 4) & 1;
    t->axi_araddr = in->araddr & 0xfff;
    t->axi_rready = (in->flags >> 5) & 1;
}

static inline void sample(const Vcapfuse_core* t, COut* out) {
    out->rdata = t->axi_rdata;
    out->bresp = t->axi_bresp;
    out->rresp = t->axi_rresp;
    out->flags = (uint8_t)((t->accel_clk_en & 1) | ((t->irq & 1) << 1) |
                           ((t->axi_awready & 1) << 2) | ((t->axi_wready & 1) << 3) |
                           ((t->axi_bvalid & 1) << 4) | ((t->axi_arready & 1) << 5) |
                           ((t->axi_rvalid & 1) << 6));
    out->pad = 0;
}

static inline void cycle(Vcapfuse_core* t, const CIn* in) {
    t->clock = 0;
    drive(t, in);
    t->eval();
    t->clock = 1;
    t->eval();
}

CAPFUSE_VL_API uint32_t capfuse_vl_abi(void) {
    return (uint32_t)(sizeof(CIn) << 8 | sizeof(COut));
}

CAPFUSE_VL_API void* capfuse_vl_create(void) {
    Handle* h = new Handle;
    h->ctx = new VerilatedContext;
    h->ctx->randReset(0);
    h->top = new Vcapfuse_core(h->ctx, "capfuse_core");
    CIn idle = {};
    h->top->clock = 0;
    drive(h->top, &idle);
    h->top->eval();
    return h;
}

CAPFUSE_VL_API void capfuse_vl_destroy(void* p) {
    Handle* h = static_cast<Handle*>(p);
    if (!h) return;
    h->top->final();
    delete h->top;
    delete h->ctx;
    delete h;
}

CAPFUSE_VL_API void capfuse_vl_outputs(void* p, COut* out) {
    sample(static_cast<Handle*>(p)->top, out);
}

CAPFUSE_VL_API void capfuse_vl_step(void* p, const CIn* in, COut* out) {
    Vcapfuse_core* t = static_cast<Handle*>(p)->top;
    cycle(t, in);
    sample(t, out);
}

// Steps `n` cycles with inputs `in[0..n]`. If `outs` is not null, the
// outputs after every edge are stored in `outs[0..n]`; `last` always gets the
// outputs after the final edge.
CAPFUSE_VL_API void capfuse_vl_run(void* p, const CIn* in, size_t n, COut* outs, COut* last) {
    Vcapfuse_core* t = static_cast<Handle*>(p)->top;
    for (size_t i = 0; i < n; i++) {
        cycle(t, &in[i]);
        if (outs) sample(t, &outs[i]);
    }
    sample(t, last);
}

// Steps `n` cycles with the same inputs every cycle.
CAPFUSE_VL_API void capfuse_vl_repeat(void* p, const CIn* in, uint64_t n, COut* last) {
    Vcapfuse_core* t = static_cast<Handle*>(p)->top;
    for (uint64_t i = 0; i < n; i++) cycle(t, in);
    sample(t, last);
}
