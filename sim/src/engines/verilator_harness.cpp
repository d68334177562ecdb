// C ABI around the Verilator model of `capfuse_core`, loaded at run time by
// `verilator.rs`. The structs must match `CIn`/`COut` there, field for field.
//
// One call to `capfuse_vl_step` is one clock cycle: the clock goes low with
// the new inputs applied, then high (eval); the outputs written back are
// those after the rising edge.

#include <cstddef>
#include <cstdint>

#include "Vcapfuse_core.h"
#include "Vcapfuse_core___024root.h"
#include "verilated.h"

#define CAPFUSE_VL_API extern "C" __attribute__((visibility("default")))

// Inputs of one cycle. flags: bit 0 kill, 1 awvalid, 2 wvalid, 3 bready,
// 4 arvalid, 5 rready. flags2: bit 0 snap_req, 1 grant_we, 2 grant_apply,
// 3 report_ready, 4 grant_done.
struct CIn {
    uint32_t wdata;
    uint32_t grant_wdata;
    uint16_t work_units;
    uint16_t awaddr;
    uint16_t araddr;
    uint8_t wstrb;
    uint8_t flags;
    uint8_t snap_addr;
    uint8_t grant_addr;
    uint8_t flags2;
    uint8_t pad;
};

// Outputs. flags: bit 0 accel_clk_en, 1 irq, 2 awready, 3 wready, 4 bvalid,
// 5 arready, 6 rvalid, 7 report_due. flags2: bit 0 grant_expired.
struct COut {
    uint32_t rdata;
    uint32_t snap_data;
    uint8_t bresp;
    uint8_t rresp;
    uint8_t flags;
    uint8_t flags2;
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
    t->snap_req = in->flags2 & 1;
    t->snap_addr = in->snap_addr & 0x7f;
    t->grant_we = (in->flags2 >> 1) & 1;
    t->grant_addr = in->grant_addr & 0x1f;
    t->grant_wdata = in->grant_wdata;
    t->grant_apply = (in->flags2 >> 2) & 1;
    t->report_ready = (in->flags2 >> 3) & 1;
    t->grant_done = (in->flags2 >> 4) & 1;
}

static inline void sample(const Vcapfuse_core* t, COut* out) {
    out->rdata = t->axi_rdata;
    out->snap_data = t->snap_data;
    out->bresp = t->axi_bresp;
    out->rresp = t->axi_rresp;
    out->flags = (uint8_t)((t->accel_clk_en & 1) | ((t->irq & 1) << 1) |
                           ((t->axi_awready & 1) << 2) | ((t->axi_wready & 1) << 3) |
                           ((t->axi_bvalid & 1) << 4) | ((t->axi_arready & 1) << 5) |
                           ((t->axi_rvalid & 1) << 6) | ((t->report_due & 1) << 7));
    out->flags2 = (uint8_t)(t->grant_expired & 1);
}

// One eval per cycle instead of two. Verilator 5 sees a rising edge when
// `clock` is 1 now and was 0 at the previous eval, remembered in a member of
// the root class. Clearing that member stands for the clock-low eval, which
// has nothing to compute of its own (no logic runs on the falling edge, and
// the input-combinational logic runs again in the next eval anyway). The
// member's name depends on the Verilator version, so it is found by
// overload resolution; when no known name exists the plain two-eval cycle is
// used.
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

// The model's own scheduler (input-combinational, active and NBA regions),
// which `eval()` calls between bookkeeping that a single-threaded model
// without $display does not need: it notes the thread's task id and
// drains a message queue other threads fill, through thread-local
// variables that a shared library reaches with a call each. Declared weak:
// a Verilator release that names it differently leaves it null, and the
// cycle then calls `eval()`. (The model's first `eval()`, in
// `capfuse_vl_create`, runs its initialisation, which this skips.)
void Vcapfuse_core___024root___eval(Vcapfuse_core___024root* vlSelf) __attribute__((weak));

static inline void cycle(Vcapfuse_core* t, const CIn* in) {
    drive(t, in);
    if (forget_clock(t->rootp, Prio2{})) {
        t->clock = 1;
        if (Vcapfuse_core___024root___eval) {
            Vcapfuse_core___024root___eval(t->rootp);
        } else {
            t->eval();
        }
        return;
    }
    t->clock = 0;
    t->eval();
    t->clock = 1;
    t->eval();
}

// 1 if the one-eval cycle is in use, 0 if the two-eval fallback is. (Asking
// clears the remembered clock, which the next cycle does anyway.)
CAPFUSE_VL_API uint32_t capfuse_vl_fast_edge(void* p) {
    return forget_clock(static_cast<Handle*>(p)->top->rootp, Prio2{}) ? 1 : 0;
}

// 1 if a cycle calls the model's scheduler directly, 0 if it calls `eval()`.
CAPFUSE_VL_API uint32_t capfuse_vl_direct_eval(void) {
    return Vcapfuse_core___024root___eval ? 1 : 0;
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
