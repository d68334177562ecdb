# Builds a Vivado project (and, unless told not to, a bitstream) that puts
# the capfuse card behind the PCIe BAR of an AMD Alveo U250 or U55C.
#
#   vivado -mode batch -source constraints/alveo/capfuse_alveo.tcl \
#       -tclargs <u250|u55c> <capfuse_card_cdc.v> [build-dir] [-project-only]
#
# What it builds (docs/alveo.md):
#   block design capfuse_bd: the XDMA IP (PCIe Gen3 x16, AXI4-Lite master
#   on BAR0, 4 KiB at AXI address 0, MSI from usr_irq_req[0]), a buffer
#   for the PCIe reference clock and a clock wizard that makes the
#   accelerator clock (no output buffer) from the board's system clock;
#   top capfuse_alveo_<board>: the block design's wrapper and
#   capfuse_alveo_core (capfuse_card_cdc on the XDMA's axi_aclk and the
#   accelerator clock, BUFG + BUFGCE, the demo accelerator);
#   constraints: constraints/alveo-<board>.xdc and
#   constraints/alveo/capfuse_cdc.xdc.
#
# The lane placement of the XDMA comes from AMD's board files for the card
# (Vivado's board store: xilinx.com:au250 / xilinx.com:au55c); the script
# stops with a message if they are not installed.
#
# This script has not been run in Vivado (there is none where it was
# written); hdl/tests/alveo.rs sources it in tclsh with stub commands to
# catch syntax errors and unknown commands.

# ---- arguments
set usage "usage: vivado -mode batch -source capfuse_alveo.tcl -tclargs <u250|u55c> <capfuse_card_cdc.v> \[build-dir\] \[-project-only\]"
set project_only 0
set args {}
foreach a $argv {
    if {$a eq "-project-only"} {
        set project_only 1
    } else {
        lappend args $a
    }
}
if {[llength $args] < 2 || [llength $args] > 3} {
    error $usage
}
set board [string tolower [lindex $args 0]]
set card_v [file normalize [lindex $args 1]]
if {[llength $args] == 3} {
    set build_dir [file normalize [lindex $args 2]]
} else {
    set build_dir [file normalize "capfuse-alveo-$board"]
}
if {![file exists $card_v]} {
    error "no such file: $card_v (emit capfuse_card_cdc.v first, docs/alveo.md)"
}

# ---- the boards
# part, board-part pattern, system-clock port prefix and frequency (MHz)
array set boards {
    u250 {xcu250-figd2104-2L-e xilinx.com:au250:part0:* sysclk_300 300.000}
    u55c {xcu55c-fsvh2892-2L-e xilinx.com:au55c:part0:* sysclk_100 100.000}
}
if {![info exists boards($board)]} {
    error "unknown board '$board' (u250 or u55c)\n$usage"
}
lassign $boards($board) part board_pattern sysclk_port sysclk_mhz
# The accelerator (and fuse) clock. The card reached about 105-120 MHz on
# ECP5 (docs/PERFORMANCE.md); 100 MHz is the Ed25519 engine's target.
set accel_mhz 100.000

set here [file dirname [file normalize [info script]]]
set constraints [file dirname $here]
set top capfuse_alveo_$board

# ---- the project
set board_parts [lsort [get_board_parts -quiet $board_pattern]]
if {[llength $board_parts] == 0} {
    error "the board files $board_pattern are not installed: install them from Vivado's board store (Tools > Vivado Store > Boards), they give the XDMA its PCIe lane placement"
}
set board_part [lindex $board_parts end]

create_project capfuse_$board $build_dir -part $part -force
set_property board_part $board_part [current_project]
set_property target_language Verilog [current_project]

add_files -norecurse [list \
    $card_v \
    [file join $here capfuse_alveo_core.v] \
    [file join $here $top.v]]
add_files -fileset constrs_1 -norecurse [list \
    [file join $constraints alveo-$board.xdc] \
    [file join $here capfuse_cdc.xdc]]

# ---- block design
create_bd_design capfuse_bd

# PCIe reference clock buffer (the pins are constrained in the board XDC).
set refclk_buf [create_bd_cell -type ip -vlnv xilinx.com:ip:util_ds_buf util_ds_buf_0]
set_property CONFIG.C_BUF_TYPE {IBUFDSGTE} $refclk_buf

# XDMA: x16 Gen3, AXI4-Lite master on BAR0 for the fuse's registers, the
# PCI IDs of capfuse-abi (vendor 0x10ee, device 0xcf05).
set xdma [create_bd_cell -type ip -vlnv xilinx.com:ip:xdma xdma_0]
set_property -dict [list \
    CONFIG.PCIE_BOARD_INTERFACE {pci_express_x16} \
    CONFIG.SYS_RST_N_BOARD_INTERFACE {Custom} \
    CONFIG.pl_link_cap_max_link_width {X16} \
    CONFIG.pl_link_cap_max_link_speed {8.0_GT/s} \
    CONFIG.ref_clk_freq {100_MHz} \
    CONFIG.axilite_master_en {true} \
    CONFIG.axilite_master_size {1} \
    CONFIG.axilite_master_scale {Megabytes} \
    CONFIG.pciebar2axibar_axil_master {0x00000000} \
    CONFIG.xdma_axi_intf_mm {AXI_Memory_Mapped} \
    CONFIG.xdma_rnum_chnl {1} \
    CONFIG.xdma_wnum_chnl {1} \
    CONFIG.xdma_num_usr_irq {1} \
    CONFIG.pf0_device_id {CF05} \
    CONFIG.pf0_subsystem_vendor_id {10EE} \
    CONFIG.pf0_subsystem_id {CF05} \
] $xdma

# Clock wizard: the accelerator clock, unbuffered (the BUFG and the BUFGCE
# are in capfuse_alveo_core).
set clk_wiz [create_bd_cell -type ip -vlnv xilinx.com:ip:clk_wiz clk_wiz_0]
set_property -dict [list \
    CONFIG.PRIM_SOURCE {Differential_clock_capable_pin} \
    CONFIG.PRIM_IN_FREQ $sysclk_mhz \
    CONFIG.CLKOUT1_REQUESTED_OUT_FREQ $accel_mhz \
    CONFIG.CLKOUT1_DRIVES {No_buffer} \
    CONFIG.USE_RESET {false} \
    CONFIG.USE_LOCKED {true} \
] $clk_wiz

# External ports: these become the ports of capfuse_bd_wrapper
# (constraints/alveo/capfuse_bd_stub.v lists them).
set pcie_refclk [create_bd_intf_port -mode Slave -vlnv xilinx.com:interface:diff_clock_rtl:1.0 pcie_refclk]
set_property CONFIG.FREQ_HZ 100000000 $pcie_refclk
set pci_exp [create_bd_intf_port -mode Master -vlnv xilinx.com:interface:pcie_7x_mgt_rtl:1.0 pci_exp]
set sysclk [create_bd_intf_port -mode Slave -vlnv xilinx.com:interface:diff_clock_rtl:1.0 sysclk]
set_property CONFIG.FREQ_HZ [expr {int($sysclk_mhz * 1000000)}] $sysclk
set m_axi_lite [create_bd_intf_port -mode Master -vlnv xilinx.com:interface:aximm_rtl:1.0 M_AXI_LITE]
set_property -dict [list \
    CONFIG.PROTOCOL {AXI4LITE} \
    CONFIG.ADDR_WIDTH {32} \
    CONFIG.DATA_WIDTH {32} \
] $m_axi_lite
set perst [create_bd_port -dir I -type rst pcie_perst_n]
set_property CONFIG.POLARITY ACTIVE_LOW $perst
set axi_aclk [create_bd_port -dir O -type clk axi_aclk]
set_property CONFIG.ASSOCIATED_BUSIF {M_AXI_LITE} $axi_aclk
create_bd_port -dir O -type rst axi_aresetn
create_bd_port -dir O user_lnk_up
create_bd_port -dir I -from 0 -to 0 -type intr usr_irq_req
create_bd_port -dir O -type clk accel_clk_unbuf
create_bd_port -dir O accel_clk_locked

# Connections.
connect_bd_intf_net [get_bd_intf_ports pcie_refclk] [get_bd_intf_pins util_ds_buf_0/CLK_IN_D]
connect_bd_net [get_bd_pins util_ds_buf_0/IBUF_OUT] [get_bd_pins xdma_0/sys_clk_gt]
connect_bd_net [get_bd_pins util_ds_buf_0/IBUF_DS_ODIV2] [get_bd_pins xdma_0/sys_clk]
connect_bd_net [get_bd_ports pcie_perst_n] [get_bd_pins xdma_0/sys_rst_n]
connect_bd_intf_net [get_bd_intf_pins xdma_0/pcie_mgt] [get_bd_intf_ports pci_exp]
connect_bd_intf_net [get_bd_intf_pins xdma_0/M_AXI_LITE] [get_bd_intf_ports M_AXI_LITE]
connect_bd_net [get_bd_pins xdma_0/axi_aclk] [get_bd_ports axi_aclk]
connect_bd_net [get_bd_pins xdma_0/axi_aresetn] [get_bd_ports axi_aresetn]
connect_bd_net [get_bd_pins xdma_0/user_lnk_up] [get_bd_ports user_lnk_up]
connect_bd_net [get_bd_ports usr_irq_req] [get_bd_pins xdma_0/usr_irq_req]
connect_bd_intf_net [get_bd_intf_ports sysclk] [get_bd_intf_pins clk_wiz_0/CLK_IN1_D]
connect_bd_net [get_bd_pins clk_wiz_0/clk_out1] [get_bd_ports accel_clk_unbuf]
connect_bd_net [get_bd_pins clk_wiz_0/locked] [get_bd_ports accel_clk_locked]

# BAR0 -> AXI address 0: the fuse's 4 KiB register window.
assign_bd_address -offset 0x00000000 -range 4K \
    -target_address_space [get_bd_addr_spaces xdma_0/M_AXI_LITE] \
    [get_bd_addr_segs M_AXI_LITE/Reg]

validate_bd_design
save_bd_design

set bd_file [get_files capfuse_bd.bd]
set wrapper [make_wrapper -files $bd_file -top]
add_files -norecurse $wrapper

set_property top $top [current_fileset]
update_compile_order -fileset sources_1

if {$project_only} {
    puts "capfuse: project for $board in $build_dir (not built: -project-only)"
    return
}

# ---- synthesis, implementation, bitstream, reports
launch_runs impl_1 -to_step write_bitstream -jobs 4
wait_on_run impl_1
if {[get_property PROGRESS [get_runs impl_1]] ne "100%"} {
    error "capfuse: implementation of $board did not complete (see $build_dir)"
}
open_run impl_1
report_utilization -file [file join $build_dir utilization.txt]
report_timing_summary -file [file join $build_dir timing_summary.txt]
report_cdc -details -file [file join $build_dir cdc.txt]
report_synchronizer_mtbf -file [file join $build_dir synchronizer_mtbf.txt]
puts "capfuse: bitstream for $board in $build_dir; reports: utilization.txt, timing_summary.txt, cdc.txt, synchronizer_mtbf.txt"
