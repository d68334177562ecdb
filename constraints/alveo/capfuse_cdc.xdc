# The clock-domain crossing of capfuse_card_cdc / capfuse_fuse_cdc
# (docs/cdc.md), board-independent. The cell names are those rust-hdl
# emits: every register of the bridge is an instance (req_tgl, rsp_data,
# ...) holding a flop q (q_reg / q_reg[n] after synthesis); every
# synchroniser stage is an instance meta or stable holding a flop r,
# already marked ASYNC_REG in the RTL.
#
# The crossing paths are bounded, not cut: the request fields and the
# response fields must settle in less than one period of the reading
# clock, the time the toggle needs to come through its synchroniser.
# CAPFUSE_CDC_MAX_DELAY must therefore not exceed the shorter of the two
# periods (4.0 ns: the XDMA's 250 MHz axi_aclk; the accelerator clock
# of capfuse_alveo.tcl is slower).

set CAPFUSE_CDC_MAX_DELAY 4.000

# Both flops of every synchroniser (the RTL attribute, repeated so that
# a flow that drops attributes still places them together).
set_property ASYNC_REG TRUE [get_cells -hierarchical -filter {NAME =~ */bridge/*_sync/meta/r_reg || NAME =~ */bridge/*_sync/stable/r_reg}]

# Bus clock -> fuse clock: the request toggle into its synchroniser and
# the held request fields into the fuse-side copies.
set_max_delay -datapath_only -from [get_cells -hierarchical -filter {NAME =~ */bridge/req_tgl/q_reg || NAME =~ */bridge/req_write/q_reg || NAME =~ */bridge/req_addr/q_reg* || NAME =~ */bridge/req_wdata/q_reg* || NAME =~ */bridge/req_wstrb/q_reg*}] -to [get_cells -hierarchical -filter {NAME =~ */bridge/req_sync/meta/r_reg || NAME =~ */bridge/f_*/q_reg*}] $CAPFUSE_CDC_MAX_DELAY

# Fuse clock -> bus clock: the answer toggle into its synchroniser and the
# held response into the bus-side response registers.
set_max_delay -datapath_only -from [get_cells -hierarchical -filter {NAME =~ */bridge/ack_tgl/q_reg || NAME =~ */bridge/rsp_data/q_reg* || NAME =~ */bridge/rsp_resp/q_reg*}] -to [get_cells -hierarchical -filter {NAME =~ */bridge/ack_sync/meta/r_reg || NAME =~ */bridge/bresp/q_reg* || NAME =~ */bridge/rdata/q_reg* || NAME =~ */bridge/rresp/q_reg*}] $CAPFUSE_CDC_MAX_DELAY

# The interrupt is a level: any delay is fine, only metastability matters
# (handled by its synchroniser).
set_false_path -to [get_cells -hierarchical -filter {NAME =~ */bridge/irq_sync/meta/r_reg}]

# The kill input's synchroniser in capfuse_alveo_core (the pin itself is
# cut in the board file).
set_property ASYNC_REG TRUE [get_cells -hierarchical -filter {NAME =~ */kill_meta_reg || NAME =~ */kill_sync_reg}]
