# capfuse on the AMD Alveo U55C (part xcu55c-fsvh2892-2L-e): board pins of
# the top capfuse_alveo_u55c (constraints/alveo/capfuse_alveo_u55c.v).
# Used by constraints/alveo/capfuse_alveo.tcl together with
# constraints/alveo/capfuse_cdc.xdc (the clock-domain crossing).
#
# Pin locations were read from the U55C/U55N constraints of the corundum
# project (github.com/corundum/corundum, fpga/mqnic/Alveo/fpga_25g/fpga_au55.xdc);
# the configuration settings follow the same source. Nothing here was
# checked in Vivado (docs/alveo.md).

# ---- configuration (quad SPI flash, 1.8 V configuration bank)
set_property CFGBVS GND [current_design]
set_property CONFIG_VOLTAGE 1.8 [current_design]
set_property CONFIG_MODE SPIx4 [current_design]
set_property BITSTREAM.GENERAL.COMPRESS TRUE [current_design]
set_property BITSTREAM.CONFIG.CONFIGRATE 85.0 [current_design]
set_property BITSTREAM.CONFIG.SPI_BUSWIDTH 4 [current_design]
set_property BITSTREAM.CONFIG.SPI_32BIT_ADDR YES [current_design]
set_property BITSTREAM.CONFIG.SPI_FALL_EDGE YES [current_design]
set_property BITSTREAM.CONFIG.UNUSEDPIN PULLUP [current_design]
set_property BITSTREAM.CONFIG.OVERTEMPSHUTDOWN ENABLE [current_design]

# ---- PCIe: 100 MHz reference clock on MGTREFCLK0 of GTY quad 225 (the
# x16 reference in corundum's list) and PERST# from the edge connector.
# The sixteen lanes (GTY quads 224-227, GTYE4_CHANNEL_X1Y0..X1Y15) are
# placed by the XDMA IP from its lane/quad selection, not here.
set_property PACKAGE_PIN AR15 [get_ports pcie_refclk_p]
set_property PACKAGE_PIN AR14 [get_ports pcie_refclk_n]
create_clock -period 10.000 -name pcie_refclk [get_ports pcie_refclk_p]

set_property PACKAGE_PIN BF41 [get_ports pcie_perst_n]
set_property IOSTANDARD LVCMOS18 [get_ports pcie_perst_n]
set_property PULLUP true [get_ports pcie_perst_n]
set_false_path -from [get_ports pcie_perst_n]

# ---- accelerator clock source: a 100 MHz LVDS system clock (SI5394
# OUT2 in corundum's notes), into the clock wizard of the block design.
set_property PACKAGE_PIN BK43 [get_ports sysclk_100_p]
set_property PACKAGE_PIN BK44 [get_ports sysclk_100_n]
set_property IOSTANDARD LVDS [get_ports {sysclk_100_p sysclk_100_n}]
create_clock -period 10.000 -name sysclk_100 [get_ports sysclk_100_p]

# ---- HBM catastrophic-temperature output to the satellite controller:
# driven low by the design (HBM unused).
set_property PACKAGE_PIN BE45 [get_ports hbm_cattrip]
set_property IOSTANDARD LVCMOS18 [get_ports hbm_cattrip]
set_property PULLDOWN true [get_ports hbm_cattrip]
set_false_path -to [get_ports hbm_cattrip]

# ---- QSFP0 activity LED: the demo accelerator's activity.
set_property PACKAGE_PIN BL13 [get_ports led_accel]
set_property IOSTANDARD LVCMOS18 [get_ports led_accel]
set_property DRIVE 8 [get_ports led_accel]
set_property SLEW SLOW [get_ports led_accel]
set_false_path -to [get_ports led_accel]
