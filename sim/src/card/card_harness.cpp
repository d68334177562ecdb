// C ABI around the Verilator model of `capfuse_card` (fuse core + Ed25519
// engine + CryptoCtl + router), loaded at run time by `card/verilator.rs`.
// The structs must match `CIn`/`COut` there, field for field; they are the
// fuse core's (`engines/verilator_harness.cpp`), because the card has the
// same bus, work, kill, enable and interrupt pins. The card's two extra
// inputs, the device seed and the boot epoch, are straps: set once with
// `card_vl_set_straps` before the first cycle (and held).
//
// One call to `card_vl_step` is one clock cycle: the new inputs are applied
// with the clock low, then the clock rises (eval); the outputs written back
// are those after the rising edge.

#include <cstddef>
#include <cstdint>

#include "Vcapfuse_card.h"
#include "Vcapfuse_card___024root.h"
#include "verilated.h"

#define CARD_VL_API extern "C" __attribute__((visibility("default")))

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
    Vcapfuse_card* top;
};

static inline void drive(Vcapfuse_card* t, const CIn* in) {
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

static inline void sample(const Vcapfuse_card* t, COut* out) {
    out->rdata = t->axi_rdata;
    out->bresp = t->axi_bresp;
    out->rresp = t->axi_rresp;
    out->flags = (uint8_t)((t->accel_clk_en & 1) | ((t->irq & 1) << 1) |
                           ((t->axi_awready & 1) << 2) | ((t->axi_wready & 1) << 3) |
                           ((t->axi_bvalid & 1) << 4) | ((t->axi_arready & 1) << 5) |
                           ((t->axi_rvalid & 1) << 6));
    out->pad = 0;
}

// One eval per cycle instead of two, as in the fuse core's harness: every
// register of the card (the Ed25519 engine's block RAMs included) is clocked
// on the rising edge of `clock`, so forgetting the remembered clock value
// stands for the clock-low eval. When the Verilator version's name for that
// member is unknown, the plain two-eval cycle is used.
struct Prio0 {};
struct Prio1 : Prio0 {};
struct Prio2 : Prio1 {};

template <typename R>
static inline auto forget_clock(R* r, Prio2) -> decltype(r->__Vtrigrprev__TOP__clock = 0, true) {
    r->__Vtrigrprev__TOP__clock = 0;  // Verilator 5.006 .. 5.018
    return true;
}
template <typename R>
static inline auto forget_clock(R* r, Prio1) -> decltype(r->__Vtrigprevexpr___TOP__clock__0 = 0, true) {
    r->__Vtrigprevexpr___TOP__clock__0 = 0;  // later Verilator 5 releases
    return true;
}
template <typename R>
static inline bool forget_clock(R*, Prio0) {
    return false;
}

static inline void cycle(Vcapfuse_card* t, const CIn* in) {
    drive(t, in);
    if (forget_clock(t->rootp, Prio2{})) {
        t->clock = 1;
        t->eval();
        return;
    }
    t->clock = 0;
    t->eval();
    t->clock = 1;
    t->eval();
}

CARD_VL_API uint32_t card_vl_fast_edge(void* p) {
    return forget_clock(static_cast<Handle*>(p)->top->rootp, Prio2{}) ? 1 : 0;
}

CARD_VL_API uint32_t card_vl_abi(void) {
    return (uint32_t)(sizeof(CIn) << 8 | sizeof(COut));
}

CARD_VL_API void* card_vl_create(void) {
    Handle* h = new Handle;
    h->ctx = new VerilatedContext;
    h->ctx->randReset(0);
    h->top = new Vcapfuse_card(h->ctx, "capfuse_card");
    CIn idle = {};
    h->top->clock = 0;
    drive(h->top, &idle);
    for (int i = 0; i < 8; i++) h->top->seed[i] = 0;
    h->top->boot_epoch = 0;
    h->top->eval();
    return h;
}

// The straps: the seed as 8 little-endian words (word 0 = bits 31:0) and the
// boot epoch. Call before the first cycle.
CARD_VL_API void card_vl_set_straps(void* p, const uint32_t* seed, uint64_t boot_epoch) {
    Vcapfuse_card* t = static_cast<Handle*>(p)->top;
    for (int i = 0; i < 8; i++) t->seed[i] = seed[i];
    t->boot_epoch = boot_epoch;
    t->eval();
}

CARD_VL_API void card_vl_destroy(void* p) {
    Handle* h = static_cast<Handle*>(p);
    if (!h) return;
    h->top->final();
    delete h->top;
    delete h->ctx;
    delete h;
}

CARD_VL_API void card_vl_outputs(void* p, COut* out) {
    sample(static_cast<Handle*>(p)->top, out);
}

CARD_VL_API void card_vl_step(void* p, const CIn* in, COut* out) {
    Vcapfuse_card* t = static_cast<Handle*>(p)->top;
    cycle(t, in);
    sample(t, out);
}

// Steps `n` cycles with the same inputs every cycle (idle stretches while
// the card signs or verifies).
CARD_VL_API void card_vl_repeat(void* p, const CIn* in, uint64_t n, COut* last) {
    Vcapfuse_card* t = static_cast<Handle*>(p)->top;
    for (uint64_t i = 0; i < n; i++) cycle(t, in);
    sample(t, last);
}
