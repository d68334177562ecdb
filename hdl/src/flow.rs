//! The open FPGA flow: Verilator lint, yosys synthesis, nextpnr place and route.
