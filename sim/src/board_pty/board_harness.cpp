// C ABI around the Verilator model of a board top (the iCE40-HX8K breakout
// or the ECP5 Versa build): its clock, its UART pins and its LEDs. Loaded
// at run time by `board_pty/mod.rs`, which puts a pseudo-terminal in front.
// The text before this comment (added there) includes the model's header
// and defines BOARD as its class.
//
// The harness is the host's side of the serial line: bytes the host sends
// are shifted into `uart_rx` at `bit_cycles` clocks a bit (8N1, LSB first),
// and `uart_tx` is sampled in the middle of each bit to recover the bytes
// the board sends. One call to `board_vl_run` runs a number of cycles.

#include <cstddef>
#include <cstdint>

#include "verilated.h"

#define BOARD_VL_API extern "C" __attribute__((visibility("default")))

// Bytes from the host not yet on the line.
static const uint32_t QUEUE = 1 << 16;

struct Handle {
    VerilatedContext* ctx;
    BOARD* top;
    uint32_t bit;
    // Host to board: a ring of bytes, and the frame being shifted out.
    uint8_t queue[QUEUE];
    uint32_t head, tail;
    int tx_bit;  // -1: idle; else 0 (start) ..= 9 (stop)
    uint32_t tx_count;
    uint16_t tx_frame;
    // Board to host: cycles since the start bit's falling edge, or 0 idle.
    uint64_t rx_count;
    uint8_t rx_byte;
    uint8_t rx_prev;
};

BOARD_VL_API uint32_t board_vl_abi() { return 1; }

BOARD_VL_API Handle* board_vl_create(uint32_t bit_cycles) {
    if (bit_cycles < 4) return nullptr;
    Handle* h = new Handle();
    h->ctx = new VerilatedContext;
    h->top = new BOARD{h->ctx};
    h->bit = bit_cycles;
    h->tx_bit = -1;
    h->rx_prev = 1;
    h->top->uart_rx = 1;
    h->top->clock = 0;
    h->top->eval();
    return h;
}

BOARD_VL_API void board_vl_destroy(Handle* h) {
    if (!h) return;
    h->top->final();
    delete h->top;
    delete h->ctx;
    delete h;
}

// Room for host bytes.
BOARD_VL_API uint32_t board_vl_room(Handle* h) { return QUEUE - 1 - (h->tail - h->head) % QUEUE; }

// Queues `n_in` host bytes (at most `board_vl_room`), runs `cycles` clock
// cycles, writes the bytes the board sent (at most `max_out`; a byte that
// does not fit is dropped) to `out` and their count to `n_out`. Returns
// the LEDs after the last cycle.
BOARD_VL_API uint32_t board_vl_run(Handle* h, uint64_t cycles, const uint8_t* in, uint32_t n_in,
                                   uint8_t* out, uint32_t max_out, uint32_t* n_out) {
    for (uint32_t i = 0; i < n_in && board_vl_room(h) > 0; i++) {
        h->queue[h->tail] = in[i];
        h->tail = (h->tail + 1) % QUEUE;
    }
    uint32_t got = 0;
    const uint64_t half = h->bit / 2;
    for (uint64_t c = 0; c < cycles; c++) {
        if (h->tx_bit < 0 && h->head != h->tail) {
            // Start bit 0, eight data bits LSB first, stop bit 1.
            h->tx_frame = (uint16_t)((h->queue[h->head] << 1) | (1u << 9));
            h->head = (h->head + 1) % QUEUE;
            h->tx_bit = 0;
            h->tx_count = 0;
        }
        h->top->uart_rx = h->tx_bit < 0 ? 1 : (h->tx_frame >> h->tx_bit) & 1;
        h->top->clock = 1;
        h->top->eval();
        h->top->clock = 0;
        h->top->eval();
        if (h->tx_bit >= 0 && ++h->tx_count == h->bit) {
            h->tx_count = 0;
            if (++h->tx_bit == 10) h->tx_bit = -1;
        }
        uint8_t line = h->top->uart_tx & 1;
        if (h->rx_count == 0) {
            if (h->rx_prev == 1 && line == 0) {
                h->rx_count = 1;
                h->rx_byte = 0;
            }
        } else {
            uint64_t t = h->rx_count++;
            // Data bit k is sampled half a bit into it: half + (k + 1) bits
            // after the start bit's edge; the stop bit after data bit 7.
            if (t >= half + h->bit && (t - half) % h->bit == 0) {
                uint64_t k = (t - half) / h->bit - 1;
                if (k < 8) {
                    h->rx_byte |= (uint8_t)(line << k);
                } else {
                    if (line == 1 && got < max_out) out[got++] = h->rx_byte;
                    h->rx_count = 0;
                }
            }
        }
        h->rx_prev = line;
    }
    *n_out = got;
    return h->top->led;
}
