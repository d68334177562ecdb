# capfuse on the AMD Alveo U250 (part xcu250-figd2104-2L-e): board pins of
# the top capfuse_alveo_u250 (constraints/alveo/capfuse_alveo_u250.v).
# Used by constraints/alveo/capfuse_alveo.tcl together with
# constraints/alveo/capfuse_cdc.xdc (the clock-domain crossing).
#
# Pin locations were read from the U250 constraints of the corundum
# project (github.com/corundum/corundum, fpga/mqnic/AU250/fpga_100g/fpga.xdc),
# which follow AMD's U250 board files; the configuration settings follow
# the same source. Nothing here was checked in Vivado (docs/alveo.md).

# ---- configuration (quad SPI flash, 1.8 V configuration bank)
set_property CFGBVS GND [current_design]
set_property CONFIG_VOLTAGE 1.8 [current_design]
set_property BITSTREAM.GENERAL.COMPRESS TRUE [current_design]
set_property BITSTREAM.CONFIG.CONFIGRATE 63.8 [current_design]
set_property BITSTREAM.CONFIG.SPI_BUSWIDTH 4 [current_design]
set_property BITSTREAM.CONFIG.SPI_32BIT_ADDR YES [current_design]
set_property BITSTREAM.CONFIG.SPI_FALL_EDGE YES [current_design]
set_property BITSTREAM.CONFIG.UNUSEDPIN PULLUP [current_design]

# ---- PCIe: 100 MHz reference clock on MGTREFCLK0 of GTY quad 226 and
# PERST# from the edge connector. The sixteen lanes (GTY quads 224-227,
# GTYE4_CHANNEL_X1Y16..X1Y31 in corundum's list) are placed by the XDMA IP
# from its lane/quad selection (the U250 board interface), not here.
set_property PACKAGE_PIN AM11 [get_ports pcie_refclk_p]
set_property PACKAGE_PIN AM10 [get_ports pcie_refclk_n]
create_clock -period 10.000 -name pcie_refclk [get_ports pcie_refclk_p]

set_property PACKAGE_PIN BD21 [get_ports pcie_perst_n]
set_property IOSTANDARD LVCMOS12 [get_ports pcie_perst_n]
set_property PULLUP true [get_ports pcie_perst_n]
set_false_path -from [get_ports pcie_perst_n]

# ---- accelerator clock source: the 300 MHz LVDS clock next to DDR4
# channel 0, into the clock wizard of the block design.
set_property PACKAGE_PIN AY37 [get_ports sysclk_300_p]
set_property PACKAGE_PIN AY38 [get_ports sysclk_300_n]
set_property IOSTANDARD LVDS [get_ports {sysclk_300_p sysclk_300_n}]
create_clock -period 3.333 -name sysclk_300 [get_ports sysclk_300_p]

# ---- kill: DIP switch SW[0]; asynchronous, synchronised in
# capfuse_alveo_core (kill_meta/kill_sync).
set_property PACKAGE_PIN AN22 [get_ports kill_sw]
set_property IOSTANDARD LVCMOS12 [get_ports kill_sw]
set_false_path -from [get_ports kill_sw]

# ---- LED 0: the demo accelerator's activity.
set_property PACKAGE_PIN BC21 [get_ports led_accel]
set_property IOSTANDARD LVCMOS12 [get_ports led_accel]
set_property DRIVE 8 [get_ports led_accel]
set_property SLEW SLOW [get_ports led_accel]
set_false_path -to [get_ports led_accel]
