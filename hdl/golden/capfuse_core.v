

module capfuse_core(clock,work_units,kill,accel_clk_en,irq,axi_awvalid,axi_awready,axi_awaddr,axi_wvalid,axi_wready,axi_wdata,axi_wstrb,axi_bvalid,axi_bready,axi_bresp,axi_arvalid,axi_arready,axi_araddr,axi_rvalid,axi_rready,axi_rdata,axi_rresp,snap_req,snap_addr,snap_data,grant_we,grant_addr,grant_wdata,grant_apply,grant_expired,report_due,report_ready,grant_done);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] work_units;
    input wire  kill;
    output reg  accel_clk_en;
    output reg  irq;
    input wire  axi_awvalid;
    output reg  axi_awready;
    input wire  [11:0] axi_awaddr;
    input wire  axi_wvalid;
    output reg  axi_wready;
    input wire  [31:0] axi_wdata;
    input wire  [3:0] axi_wstrb;
    output reg  axi_bvalid;
    input wire  axi_bready;
    output reg  [1:0] axi_bresp;
    input wire  axi_arvalid;
    output reg  axi_arready;
    input wire  [11:0] axi_araddr;
    output reg  axi_rvalid;
    input wire  axi_rready;
    output reg  [31:0] axi_rdata;
    output reg  [1:0] axi_rresp;
    input wire  snap_req;
    input wire  [6:0] snap_addr;
    output reg  [31:0] snap_data;
    input wire  grant_we;
    input wire  [4:0] grant_addr;
    input wire  [31:0] grant_wdata;
    input wire  grant_apply;
    output reg  grant_expired;
    output reg  report_due;
    input wire  report_ready;
    input wire  grant_done;
    
    // Constant declarations
    localparam  config_word = 32'h40200400;
    localparam  ratio_full = 9'b100000000;
    localparam  resp_okay = 2'b0;
    localparam  resp_slverr = 2'b10;
    localparam  err_loosen = 4'h1;
    localparam  err_invalid = 4'h2;
    localparam  err_read_only = 4'h4;
    localparam  err_unmapped = 4'h8;
    localparam  st_enabled = 32'h1;
    localparam  st_tripped = 32'h2;
    localparam  st_capped = 32'h4;
    localparam  st_paced = 32'h8;
    localparam  st_throttled = 32'h10;
    localparam  st_kill_pin = 32'h20;
    localparam  st_killed = 32'h40;
    localparam  st_held = 32'h80;
    localparam  st_clamped = 32'h100;
    localparam  st_decom = 32'h200;
    localparam  i3_trip = 3'b1;
    localparam  i3_report = 3'b10;
    localparam  i3_grant = 3'b100;
    
    // Stub signals
    reg  clk_en$clock;
    reg  clk_en$kill_pin;
    reg  clk_en$kill_reg;
    reg  clk_en$cap_ok;
    reg  clk_en$window_ok;
    reg  clk_en$write_hold;
    reg  clk_en$grant_hold;
    reg  clk_en$decommissioned;
    reg  clk_en$strict;
    reg  clk_en$pulse;
    wire  clk_en$enable;
    wire  clk_en$stopped;
    wire  clk_en$paced;
    wire  clk_en$throttled;
    wire  clk_en$capped;
    wire  clk_en$window_low;
    wire  clk_en$held;
    wire  clk_en$kill_pin_seen;
    reg  [8:0] baseline$d;
    wire  [8:0] baseline$q;
    reg  baseline$clock;
    reg  [8:0] trip_ratio$d;
    wire  [8:0] trip_ratio$q;
    reg  trip_ratio$clock;
    reg  [31:0] wl$d;
    reg  wl$en;
    wire  [31:0] wl$q;
    reg  wl$clock;
    reg  [31:0] wl_m1$d;
    reg  wl_m1$en;
    wire  [31:0] wl_m1$q;
    reg  wl_m1$clock;
    reg  [31:0] wb$d;
    reg  wb$en;
    wire  [31:0] wb$q;
    reg  wb$clock;
    reg  [31:0] budget0$d;
    reg  budget0$en;
    wire  [31:0] budget0$q;
    reg  budget0$clock;
    reg  [31:0] budget1$d;
    reg  budget1$en;
    wire  [31:0] budget1$q;
    reg  budget1$clock;
    reg  [31:0] budget2$d;
    reg  budget2$en;
    wire  [31:0] budget2$q;
    reg  budget2$clock;
    reg  [31:0] stage0$d;
    reg  stage0$en;
    wire  [31:0] stage0$q;
    reg  stage0$clock;
    reg  [31:0] stage1$d;
    reg  stage1$en;
    wire  [31:0] stage1$q;
    reg  stage1$clock;
    reg  [31:0] stage2$d;
    reg  stage2$en;
    wire  [31:0] stage2$q;
    reg  stage2$clock;
    reg  meter$clock;
    reg  [15:0] meter$work_units;
    reg  meter$enabled;
    wire  [15:0] meter$admissible;
    wire  [31:0] meter$cum_0;
    wire  [31:0] meter$cum_1;
    wire  [31:0] meter$cum_2;
    wire  [31:0] meter$next_0;
    wire  [31:0] meter$prev_0;
    wire  [31:0] meter$prev_1;
    wire  [31:0] meter$prev_2;
    wire  meter$clamped;
    reg  window$clock;
    reg  [15:0] window$admissible;
    reg  window$enabled;
    reg  [31:0] window$value;
    reg  [31:0] window$value_m1;
    reg  [31:0] window$value_m2;
    reg  [31:0] window$len_m1;
    reg  [31:0] window$len_m2;
    reg  window$budget_apply;
    reg  window$len_apply;
    reg  window$grant_apply;
    reg  window$grant_slack;
    reg  [31:0] window$grant_len_m1;
    reg  [31:0] window$grant_len_m2;
    reg  [31:0] window$grant_budget_minus_w;
    reg  window$grant_budget_lt_w;
    wire  window$ok;
    wire  [31:0] window$work;
    wire  [31:0] window$cycle;
    reg  cap$clock;
    reg  [15:0] cap$admissible;
    reg  cap$enabled;
    reg  cap$load;
    reg  cap$load_zero;
    reg  [31:0] cap$load_0;
    reg  [31:0] cap$load_1;
    reg  [31:0] cap$load_2;
    reg  cap$load_2_borrow;
    reg  cap$hold;
    wire  cap$ok;
    reg  [31:0] cycle0$d;
    wire  [31:0] cycle0$q;
    reg  cycle0$clock;
    reg  [31:0] cycle1$d;
    reg  cycle1$en;
    wire  [31:0] cycle1$q;
    reg  cycle1$clock;
    reg  enabled_cycles$clock;
    reg  enabled_cycles$count;
    reg  enabled_cycles$snapshot;
    wire  [31:0] enabled_cycles$snap_lo;
    wire  [31:0] enabled_cycles$snap_hi;
    reg  stopped_cycles$clock;
    reg  stopped_cycles$count;
    reg  stopped_cycles$snapshot;
    wire  [31:0] stopped_cycles$snap_lo;
    wire  [31:0] stopped_cycles$snap_hi;
    reg  paced_cycles$clock;
    reg  paced_cycles$count;
    reg  paced_cycles$snapshot;
    wire  [31:0] paced_cycles$snap_lo;
    wire  [31:0] paced_cycles$snap_hi;
    reg  throttled_cycles$clock;
    reg  throttled_cycles$count;
    reg  throttled_cycles$snapshot;
    wire  [31:0] throttled_cycles$snap_lo;
    wire  [31:0] throttled_cycles$snap_hi;
    reg  [31:0] snap_cum0$d;
    reg  snap_cum0$en;
    wire  [31:0] snap_cum0$q;
    reg  snap_cum0$clock;
    reg  [31:0] snap_cum1$d;
    reg  snap_cum1$en;
    wire  [31:0] snap_cum1$q;
    reg  snap_cum1$clock;
    reg  [31:0] snap_cum2$d;
    reg  snap_cum2$en;
    wire  [31:0] snap_cum2$q;
    reg  snap_cum2$clock;
    reg  [31:0] snap_wwork$d;
    reg  snap_wwork$en;
    wire  [31:0] snap_wwork$q;
    reg  snap_wwork$clock;
    reg  [31:0] snap_wcycle$d;
    reg  snap_wcycle$en;
    wire  [31:0] snap_wcycle$q;
    reg  snap_wcycle$clock;
    reg  [31:0] snap_cycle0$d;
    reg  snap_cycle0$en;
    wire  [31:0] snap_cycle0$q;
    reg  snap_cycle0$clock;
    reg  [31:0] snap_cycle1$d;
    reg  snap_cycle1$en;
    wire  [31:0] snap_cycle1$q;
    reg  snap_cycle1$clock;
    reg  trip$clock;
    reg  trip$cap_ok;
    reg  trip$kill_reg;
    reg  trip$kill_pin;
    reg  trip$licence_lapsed;
    reg  trip$decommission;
    reg  trip$clear;
    reg  [31:0] trip$cycle_0;
    reg  [31:0] trip$cycle_1;
    wire  [31:0] trip$reasons;
    wire  trip$strict;
    wire  trip$tripped;
    wire  trip$decommissioned;
    wire  trip$newly_set;
    wire  trip$licence_next;
    wire  [31:0] trip$cycle_cum_0;
    wire  [31:0] trip$cycle_cum_1;
    wire  [31:0] trip$cycle_kill_reg_0;
    wire  [31:0] trip$cycle_kill_reg_1;
    wire  [31:0] trip$cycle_kill_pin_0;
    wire  [31:0] trip$cycle_kill_pin_1;
    wire  [31:0] trip$cycle_licence_0;
    wire  [31:0] trip$cycle_licence_1;
    reg  kill_reg$d;
    wire  kill_reg$q;
    reg  kill_reg$clock;
    reg  [2:0] intr_state$d;
    wire  [2:0] intr_state$q;
    reg  intr_state$clock;
    reg  [2:0] intr_enable$d;
    reg  intr_enable$en;
    wire  [2:0] intr_enable$q;
    reg  intr_enable$clock;
    reg  [31:0] lic0$d;
    reg  lic0$en;
    wire  [31:0] lic0$q;
    reg  lic0$clock;
    reg  [31:0] lic1$d;
    reg  lic1$en;
    wire  [31:0] lic1$q;
    reg  lic1$clock;
    reg  [31:0] lim0$d;
    reg  lim0$en;
    wire  [31:0] lim0$q;
    reg  lim0$clock;
    reg  [31:0] lim1$d;
    reg  lim1$en;
    wire  [31:0] lim1$q;
    reg  lim1$clock;
    reg  lic_never$d;
    reg  lic_never$en;
    wire  lic_never$q;
    reg  lic_never$clock;
    reg  lic_q$d;
    wire  lic_q$q;
    reg  lic_q$clock;
    reg  [31:0] seq0$d;
    reg  seq0$en;
    wire  [31:0] seq0$q;
    reg  seq0$clock;
    reg  [31:0] seq1$d;
    reg  seq1$en;
    wire  [31:0] seq1$q;
    reg  seq1$clock;
    reg  [31:0] thr0$d;
    reg  thr0$en;
    wire  [31:0] thr0$q;
    reg  thr0$clock;
    reg  [31:0] thr1$d;
    reg  thr1$en;
    wire  [31:0] thr1$q;
    reg  thr1$clock;
    reg  [31:0] thr2$d;
    reg  thr2$en;
    wire  [31:0] thr2$q;
    reg  thr2$clock;
    reg  [31:0] rst0$d;
    reg  rst0$en;
    wire  [31:0] rst0$q;
    reg  rst0$clock;
    reg  [31:0] rst1$d;
    reg  rst1$en;
    wire  [31:0] rst1$q;
    reg  rst1$clock;
    reg  [31:0] rst2$d;
    reg  rst2$en;
    wire  [31:0] rst2$q;
    reg  rst2$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  report_due_q$d;
    wire  report_due_q$q;
    reg  report_due_q$clock;
    reg  grant$clock;
    reg  grant$we;
    reg  [4:0] grant$addr;
    reg  [31:0] grant$wdata;
    reg  grant$apply_req;
    reg  [31:0] grant$cycle_0;
    reg  [31:0] grant$cycle_1;
    wire  grant$clear_trip;
    wire  grant$decommission;
    wire  [31:0] grant$seq_0;
    wire  [31:0] grant$seq_1;
    wire  [31:0] grant$expiry_0;
    wire  [31:0] grant$expiry_1;
    wire  [31:0] grant$cum_budget_0;
    wire  [31:0] grant$cum_budget_1;
    wire  [31:0] grant$cum_budget_2;
    wire  [31:0] grant$window_budget;
    wire  [31:0] grant$window_budget_minus_w;
    wire  grant$window_budget_lt_w;
    wire  [31:0] grant$window_len;
    wire  [31:0] grant$window_len_m1;
    wire  [31:0] grant$window_len_m2;
    wire  [8:0] grant$baseline;
    wire  [8:0] grant$trip_ratio;
    wire  [31:0] grant$report_threshold_0;
    wire  [31:0] grant$report_threshold_1;
    wire  [31:0] grant$report_threshold_2;
    wire  [31:0] grant$licence_bound_0;
    wire  [31:0] grant$licence_bound_1;
    wire  grant$licence_never;
    wire  grant$expired;
    wire  grant$apply;
    reg  [2:0] gph$d;
    wire  [2:0] gph$q;
    reg  gph$clock;
    reg  report$clock;
    reg  report$capture;
    reg  [6:0] report$addr;
    wire  [31:0] report$data;
    reg  [31:0] report$cycle_0;
    reg  [31:0] report$cycle_1;
    reg  [31:0] report$cum_work_0;
    reg  [31:0] report$cum_work_1;
    reg  [31:0] report$cum_work_2;
    reg  [31:0] report$window_work;
    reg  [31:0] report$status;
    reg  [31:0] report$trip_reason;
    reg  [31:0] report$trip_cycle_0;
    reg  [31:0] report$trip_cycle_1;
    reg  [31:0] report$trip_cycle_2;
    reg  [31:0] report$trip_cycle_3;
    reg  [31:0] report$trip_cycle_4;
    reg  [31:0] report$trip_cycle_5;
    reg  [31:0] report$trip_cycle_6;
    reg  [31:0] report$trip_cycle_7;
    reg  [31:0] report$cum_budget_0;
    reg  [31:0] report$cum_budget_1;
    reg  [31:0] report$cum_budget_2;
    reg  [31:0] report$window_budget;
    reg  [31:0] report$window_len;
    reg  [31:0] report$ratios;
    reg  [31:0] report$report_threshold_0;
    reg  [31:0] report$report_threshold_1;
    reg  [31:0] report$report_threshold_2;
    reg  [31:0] report$license_expiry_0;
    reg  [31:0] report$license_expiry_1;
    reg  [31:0] report$last_grant_seq_0;
    reg  [31:0] report$last_grant_seq_1;
    reg  [3:0] err$d;
    wire  [3:0] err$q;
    reg  err$clock;
    reg  [31:0] refused$d;
    reg  refused$en;
    wire  [31:0] refused$q;
    reg  refused$clock;
    reg  aw_full$d;
    wire  aw_full$q;
    reg  aw_full$clock;
    reg  w_full$d;
    wire  w_full$q;
    reg  w_full$clock;
    reg  [31:0] w_data$d;
    reg  w_data$en;
    wire  [31:0] w_data$q;
    reg  w_data$clock;
    reg  [3:0] w_strb$d;
    reg  w_strb$en;
    wire  [3:0] w_strb$q;
    reg  w_strb$clock;
    reg  [2:0] phase$d;
    wire  [2:0] phase$q;
    reg  phase$clock;
    reg  bvalid$d;
    wire  bvalid$q;
    reg  bvalid$clock;
    reg  [1:0] bresp$d;
    wire  [1:0] bresp$q;
    reg  bresp$clock;
    reg  reg_read$clock;
    reg  [11:0] reg_read$araddr;
    reg  reg_read$arvalid;
    wire  reg_read$arready;
    wire  reg_read$rvalid;
    reg  reg_read$rready;
    wire  [31:0] reg_read$rdata;
    wire  [1:0] reg_read$rresp;
    reg  [31:0] reg_read$config_reg;
    reg  [31:0] reg_read$status;
    reg  [31:0] reg_read$trip_reason;
    reg  [31:0] reg_read$err_code;
    reg  [31:0] reg_read$intr_state;
    reg  [31:0] reg_read$intr_enable;
    reg  [31:0] reg_read$kill;
    reg  [31:0] reg_read$baseline_ratio;
    reg  [31:0] reg_read$trip_ratio;
    reg  [31:0] reg_read$window_len;
    reg  [31:0] reg_read$window_budget;
    reg  [31:0] reg_read$cum_budget_0;
    reg  [31:0] reg_read$cum_budget_1;
    reg  [31:0] reg_read$cum_budget_2;
    reg  [31:0] reg_read$cum_budget_next_0;
    reg  [31:0] reg_read$cum_budget_next_1;
    reg  [31:0] reg_read$cum_budget_next_2;
    reg  [31:0] reg_read$refused_writes;
    reg  [31:0] reg_read$cum_work_0;
    reg  [31:0] reg_read$cum_work_1;
    reg  [31:0] reg_read$cum_work_2;
    reg  [31:0] reg_read$window_work;
    reg  [31:0] reg_read$window_cycle;
    reg  [31:0] reg_read$cycle_0;
    reg  [31:0] reg_read$cycle_1;
    reg  [31:0] reg_read$enabled_cycles_0;
    reg  [31:0] reg_read$enabled_cycles_1;
    reg  [31:0] reg_read$stopped_cycles_0;
    reg  [31:0] reg_read$stopped_cycles_1;
    reg  [31:0] reg_read$paced_cycles_0;
    reg  [31:0] reg_read$paced_cycles_1;
    reg  [31:0] reg_read$throttled_cycles_0;
    reg  [31:0] reg_read$throttled_cycles_1;
    reg  [31:0] reg_read$trip_cycle_cum_budget_0;
    reg  [31:0] reg_read$trip_cycle_cum_budget_1;
    reg  [31:0] reg_read$trip_cycle_kill_reg_0;
    reg  [31:0] reg_read$trip_cycle_kill_reg_1;
    reg  [31:0] reg_read$trip_cycle_kill_pin_0;
    reg  [31:0] reg_read$trip_cycle_kill_pin_1;
    reg  [31:0] reg_read$trip_cycle_license_0;
    reg  [31:0] reg_read$trip_cycle_license_1;
    reg  [31:0] reg_read$report_threshold_0;
    reg  [31:0] reg_read$report_threshold_1;
    reg  [31:0] reg_read$report_threshold_2;
    reg  [31:0] reg_read$report_threshold_next_0;
    reg  [31:0] reg_read$report_threshold_next_1;
    reg  [31:0] reg_read$report_threshold_next_2;
    reg  [31:0] reg_read$license_expiry_0;
    reg  [31:0] reg_read$license_expiry_1;
    reg  [31:0] reg_read$last_grant_seq_0;
    reg  [31:0] reg_read$last_grant_seq_1;
    reg  reg_write$clock;
    reg  [11:0] reg_write$holds_addr;
    reg  reg_write$holds_load;
    reg  [31:0] reg_write$wdata;
    reg  [3:0] reg_write$wstrb;
    reg  [31:0] reg_write$staged;
    reg  [31:0] reg_write$staged_old;
    reg  [31:0] reg_write$intr_enable;
    reg  [31:0] reg_write$baseline_ratio;
    reg  [31:0] reg_write$trip_ratio;
    reg  [31:0] reg_write$window_len;
    reg  [31:0] reg_write$window_budget;
    reg  [31:0] reg_write$cum_budget_next_0;
    reg  [31:0] reg_write$cum_budget_next_1;
    reg  [31:0] reg_write$cum_budget_next_2;
    reg  [31:0] reg_write$report_threshold_next_0;
    reg  [31:0] reg_write$report_threshold_next_1;
    reg  [31:0] reg_write$report_threshold_next_2;
    wire  reg_write$holds_enable;
    wire  reg_write$mapped;
    wire  reg_write$read_only;
    wire  [31:0] reg_write$old;
    wire  [31:0] reg_write$value;
    wire  reg_write$looser;
    wire  reg_write$invalid;
    wire  reg_write$snapshot_sel;
    wire  reg_write$err_code_sel;
    wire  reg_write$intr_state_sel;
    wire  reg_write$intr_enable_sel;
    wire  reg_write$kill_sel;
    wire  reg_write$baseline_ratio_sel;
    wire  reg_write$trip_ratio_sel;
    wire  reg_write$window_len_sel;
    wire  reg_write$window_budget_sel;
    wire  reg_write$cum_budget_next_0_sel;
    wire  reg_write$cum_budget_next_1_sel;
    wire  reg_write$cum_budget_next_2_sel;
    wire  reg_write$cum_budget_commit_sel;
    wire  reg_write$report_threshold_next_0_sel;
    wire  reg_write$report_threshold_next_1_sel;
    wire  reg_write$report_threshold_next_2_sel;
    wire  reg_write$report_threshold_commit_sel;
    reg  throttle$clock;
    reg  [8:0] throttle$baseline_next;
    reg  [8:0] throttle$trip_ratio_next;
    reg  throttle$licence_expired_next;
    reg  throttle$strict;
    wire  [8:0] throttle$ratio;
    wire  throttle$pulse;
    reg  [31:0] v_q$d;
    wire  [31:0] v_q$q;
    reg  v_q$clock;
    reg  [31:0] old_q$d;
    wire  [31:0] old_q$q;
    reg  old_q$clock;
    reg  commit$clock;
    reg  commit$step_1;
    reg  commit$step_2;
    reg  commit$step_3;
    reg  [31:0] commit$op_s;
    reg  [31:0] commit$op_c;
    reg  [31:0] commit$op_b;
    wire  commit$borrow;
    wire  commit$looser;
    wire  [31:0] commit$load_0;
    wire  [31:0] commit$load_1;
    wire  [31:0] commit$load_2;
    wire  commit$load_2_borrow;
    reg  [31:0] op_s$d;
    wire  [31:0] op_s$q;
    reg  op_s$clock;
    reg  [31:0] op_c$d;
    wire  [31:0] op_c$q;
    reg  op_c$clock;
    reg  [31:0] op_b$d;
    wire  [31:0] op_b$q;
    reg  op_b$clock;
    reg  ph4$d;
    wire  ph4$q;
    reg  ph4$clock;
    reg  ap_refuse$d;
    wire  ap_refuse$q;
    reg  ap_refuse$clock;
    reg  [3:0] ap_code$d;
    wire  [3:0] ap_code$q;
    reg  ap_code$clock;
    reg  ap_snapshot$d;
    wire  ap_snapshot$q;
    reg  ap_snapshot$clock;
    reg  ap_err_clear$d;
    wire  ap_err_clear$q;
    reg  ap_err_clear$clock;
    reg  [2:0] ap_intr_clear$d;
    wire  [2:0] ap_intr_clear$q;
    reg  ap_intr_clear$clock;
    reg  ap_intr_en$d;
    wire  ap_intr_en$q;
    reg  ap_intr_en$clock;
    reg  ap_kill$d;
    wire  ap_kill$q;
    reg  ap_kill$clock;
    reg  ap_baseline$d;
    wire  ap_baseline$q;
    reg  ap_baseline$clock;
    reg  ap_trip_ratio$d;
    wire  ap_trip_ratio$q;
    reg  ap_trip_ratio$clock;
    reg  ap_wl$d;
    wire  ap_wl$q;
    reg  ap_wl$clock;
    reg  ap_wb$d;
    wire  ap_wb$q;
    reg  ap_wb$clock;
    reg  ap_stage0$d;
    wire  ap_stage0$q;
    reg  ap_stage0$clock;
    reg  ap_stage1$d;
    wire  ap_stage1$q;
    reg  ap_stage1$clock;
    reg  ap_stage2$d;
    wire  ap_stage2$q;
    reg  ap_stage2$clock;
    reg  ap_commit$d;
    wire  ap_commit$q;
    reg  ap_commit$clock;
    reg  ap_rst0$d;
    wire  ap_rst0$q;
    reg  ap_rst0$clock;
    reg  ap_rst1$d;
    wire  ap_rst1$q;
    reg  ap_rst1$clock;
    reg  ap_rst2$d;
    wire  ap_rst2$q;
    reg  ap_rst2$clock;
    reg  ap_rcommit$d;
    wire  ap_rcommit$q;
    reg  ap_rcommit$clock;
    reg  [31:0] v_m1_q$d;
    wire  [31:0] v_m1_q$q;
    reg  v_m1_q$clock;
    reg  [31:0] wl_m2$d;
    reg  wl_m2$en;
    wire  [31:0] wl_m2$q;
    reg  wl_m2$clock;
    reg  [31:0] v_m2_q$d;
    wire  [31:0] v_m2_q$q;
    reg  v_m2_q$clock;
    
    // Local signals
    reg  [8:0] v9;
    reg  [8:0] baseline_n;
    reg  [8:0] trip_ratio_n;
    reg  start;
    reg  phase_mid;
    reg  ph3;
    reg  [3:0] v4;
    reg  [3:0] v4_n;
    reg  refuse;
    reg  [3:0] refuse_code;
    reg  do_commit;
    reg  kill_reg_n;
    reg  [31:0] status_word;
    reg  gbusy;
    reg  ghold;
    reg  gclear;
    reg  st1;
    reg  st2;
    reg  do_rcommit;
    reg  expired;
    reg  thr_ge;
    reg  due;
    reg  [2:0] intr_set;
    
    // Sub module instances
    capfuse_core$clk_en clk_en(
        .clock(clk_en$clock),
        .kill_pin(clk_en$kill_pin),
        .kill_reg(clk_en$kill_reg),
        .cap_ok(clk_en$cap_ok),
        .window_ok(clk_en$window_ok),
        .write_hold(clk_en$write_hold),
        .grant_hold(clk_en$grant_hold),
        .decommissioned(clk_en$decommissioned),
        .strict(clk_en$strict),
        .pulse(clk_en$pulse),
        .enable(clk_en$enable),
        .stopped(clk_en$stopped),
        .paced(clk_en$paced),
        .throttled(clk_en$throttled),
        .capped(clk_en$capped),
        .window_low(clk_en$window_low),
        .held(clk_en$held),
        .kill_pin_seen(clk_en$kill_pin_seen)
    );
    capfuse_core$baseline baseline(
        .d(baseline$d),
        .q(baseline$q),
        .clock(baseline$clock)
    );
    capfuse_core$trip_ratio trip_ratio(
        .d(trip_ratio$d),
        .q(trip_ratio$q),
        .clock(trip_ratio$clock)
    );
    capfuse_core$wl wl(
        .d(wl$d),
        .en(wl$en),
        .q(wl$q),
        .clock(wl$clock)
    );
    capfuse_core$wl_m1 wl_m1(
        .d(wl_m1$d),
        .en(wl_m1$en),
        .q(wl_m1$q),
        .clock(wl_m1$clock)
    );
    capfuse_core$wb wb(
        .d(wb$d),
        .en(wb$en),
        .q(wb$q),
        .clock(wb$clock)
    );
    capfuse_core$budget0 budget0(
        .d(budget0$d),
        .en(budget0$en),
        .q(budget0$q),
        .clock(budget0$clock)
    );
    capfuse_core$budget1 budget1(
        .d(budget1$d),
        .en(budget1$en),
        .q(budget1$q),
        .clock(budget1$clock)
    );
    capfuse_core$budget2 budget2(
        .d(budget2$d),
        .en(budget2$en),
        .q(budget2$q),
        .clock(budget2$clock)
    );
    capfuse_core$stage0 stage0(
        .d(stage0$d),
        .en(stage0$en),
        .q(stage0$q),
        .clock(stage0$clock)
    );
    capfuse_core$stage1 stage1(
        .d(stage1$d),
        .en(stage1$en),
        .q(stage1$q),
        .clock(stage1$clock)
    );
    capfuse_core$stage2 stage2(
        .d(stage2$d),
        .en(stage2$en),
        .q(stage2$q),
        .clock(stage2$clock)
    );
    capfuse_core$meter meter(
        .clock(meter$clock),
        .work_units(meter$work_units),
        .enabled(meter$enabled),
        .admissible(meter$admissible),
        .cum_0(meter$cum_0),
        .cum_1(meter$cum_1),
        .cum_2(meter$cum_2),
        .next_0(meter$next_0),
        .prev_0(meter$prev_0),
        .prev_1(meter$prev_1),
        .prev_2(meter$prev_2),
        .clamped(meter$clamped)
    );
    capfuse_core$window window(
        .clock(window$clock),
        .admissible(window$admissible),
        .enabled(window$enabled),
        .value(window$value),
        .value_m1(window$value_m1),
        .value_m2(window$value_m2),
        .len_m1(window$len_m1),
        .len_m2(window$len_m2),
        .budget_apply(window$budget_apply),
        .len_apply(window$len_apply),
        .grant_apply(window$grant_apply),
        .grant_slack(window$grant_slack),
        .grant_len_m1(window$grant_len_m1),
        .grant_len_m2(window$grant_len_m2),
        .grant_budget_minus_w(window$grant_budget_minus_w),
        .grant_budget_lt_w(window$grant_budget_lt_w),
        .ok(window$ok),
        .work(window$work),
        .cycle(window$cycle)
    );
    capfuse_core$cap cap(
        .clock(cap$clock),
        .admissible(cap$admissible),
        .enabled(cap$enabled),
        .load(cap$load),
        .load_zero(cap$load_zero),
        .load_0(cap$load_0),
        .load_1(cap$load_1),
        .load_2(cap$load_2),
        .load_2_borrow(cap$load_2_borrow),
        .hold(cap$hold),
        .ok(cap$ok)
    );
    capfuse_core$cycle0 cycle0(
        .d(cycle0$d),
        .q(cycle0$q),
        .clock(cycle0$clock)
    );
    capfuse_core$cycle1 cycle1(
        .d(cycle1$d),
        .en(cycle1$en),
        .q(cycle1$q),
        .clock(cycle1$clock)
    );
    capfuse_core$enabled_cycles enabled_cycles(
        .clock(enabled_cycles$clock),
        .count(enabled_cycles$count),
        .snapshot(enabled_cycles$snapshot),
        .snap_lo(enabled_cycles$snap_lo),
        .snap_hi(enabled_cycles$snap_hi)
    );
    capfuse_core$stopped_cycles stopped_cycles(
        .clock(stopped_cycles$clock),
        .count(stopped_cycles$count),
        .snapshot(stopped_cycles$snapshot),
        .snap_lo(stopped_cycles$snap_lo),
        .snap_hi(stopped_cycles$snap_hi)
    );
    capfuse_core$paced_cycles paced_cycles(
        .clock(paced_cycles$clock),
        .count(paced_cycles$count),
        .snapshot(paced_cycles$snapshot),
        .snap_lo(paced_cycles$snap_lo),
        .snap_hi(paced_cycles$snap_hi)
    );
    capfuse_core$throttled_cycles throttled_cycles(
        .clock(throttled_cycles$clock),
        .count(throttled_cycles$count),
        .snapshot(throttled_cycles$snapshot),
        .snap_lo(throttled_cycles$snap_lo),
        .snap_hi(throttled_cycles$snap_hi)
    );
    capfuse_core$snap_cum0 snap_cum0(
        .d(snap_cum0$d),
        .en(snap_cum0$en),
        .q(snap_cum0$q),
        .clock(snap_cum0$clock)
    );
    capfuse_core$snap_cum1 snap_cum1(
        .d(snap_cum1$d),
        .en(snap_cum1$en),
        .q(snap_cum1$q),
        .clock(snap_cum1$clock)
    );
    capfuse_core$snap_cum2 snap_cum2(
        .d(snap_cum2$d),
        .en(snap_cum2$en),
        .q(snap_cum2$q),
        .clock(snap_cum2$clock)
    );
    capfuse_core$snap_wwork snap_wwork(
        .d(snap_wwork$d),
        .en(snap_wwork$en),
        .q(snap_wwork$q),
        .clock(snap_wwork$clock)
    );
    capfuse_core$snap_wcycle snap_wcycle(
        .d(snap_wcycle$d),
        .en(snap_wcycle$en),
        .q(snap_wcycle$q),
        .clock(snap_wcycle$clock)
    );
    capfuse_core$snap_cycle0 snap_cycle0(
        .d(snap_cycle0$d),
        .en(snap_cycle0$en),
        .q(snap_cycle0$q),
        .clock(snap_cycle0$clock)
    );
    capfuse_core$snap_cycle1 snap_cycle1(
        .d(snap_cycle1$d),
        .en(snap_cycle1$en),
        .q(snap_cycle1$q),
        .clock(snap_cycle1$clock)
    );
    capfuse_core$trip trip(
        .clock(trip$clock),
        .cap_ok(trip$cap_ok),
        .kill_reg(trip$kill_reg),
        .kill_pin(trip$kill_pin),
        .licence_lapsed(trip$licence_lapsed),
        .decommission(trip$decommission),
        .clear(trip$clear),
        .cycle_0(trip$cycle_0),
        .cycle_1(trip$cycle_1),
        .reasons(trip$reasons),
        .strict(trip$strict),
        .tripped(trip$tripped),
        .decommissioned(trip$decommissioned),
        .newly_set(trip$newly_set),
        .licence_next(trip$licence_next),
        .cycle_cum_0(trip$cycle_cum_0),
        .cycle_cum_1(trip$cycle_cum_1),
        .cycle_kill_reg_0(trip$cycle_kill_reg_0),
        .cycle_kill_reg_1(trip$cycle_kill_reg_1),
        .cycle_kill_pin_0(trip$cycle_kill_pin_0),
        .cycle_kill_pin_1(trip$cycle_kill_pin_1),
        .cycle_licence_0(trip$cycle_licence_0),
        .cycle_licence_1(trip$cycle_licence_1)
    );
    capfuse_core$kill_reg kill_reg(
        .d(kill_reg$d),
        .q(kill_reg$q),
        .clock(kill_reg$clock)
    );
    capfuse_core$intr_state intr_state(
        .d(intr_state$d),
        .q(intr_state$q),
        .clock(intr_state$clock)
    );
    capfuse_core$intr_enable intr_enable(
        .d(intr_enable$d),
        .en(intr_enable$en),
        .q(intr_enable$q),
        .clock(intr_enable$clock)
    );
    capfuse_core$lic0 lic0(
        .d(lic0$d),
        .en(lic0$en),
        .q(lic0$q),
        .clock(lic0$clock)
    );
    capfuse_core$lic1 lic1(
        .d(lic1$d),
        .en(lic1$en),
        .q(lic1$q),
        .clock(lic1$clock)
    );
    capfuse_core$lim0 lim0(
        .d(lim0$d),
        .en(lim0$en),
        .q(lim0$q),
        .clock(lim0$clock)
    );
    capfuse_core$lim1 lim1(
        .d(lim1$d),
        .en(lim1$en),
        .q(lim1$q),
        .clock(lim1$clock)
    );
    capfuse_core$lic_never lic_never(
        .d(lic_never$d),
        .en(lic_never$en),
        .q(lic_never$q),
        .clock(lic_never$clock)
    );
    capfuse_core$lic_q lic_q(
        .d(lic_q$d),
        .q(lic_q$q),
        .clock(lic_q$clock)
    );
    capfuse_core$seq0 seq0(
        .d(seq0$d),
        .en(seq0$en),
        .q(seq0$q),
        .clock(seq0$clock)
    );
    capfuse_core$seq1 seq1(
        .d(seq1$d),
        .en(seq1$en),
        .q(seq1$q),
        .clock(seq1$clock)
    );
    capfuse_core$thr0 thr0(
        .d(thr0$d),
        .en(thr0$en),
        .q(thr0$q),
        .clock(thr0$clock)
    );
    capfuse_core$thr1 thr1(
        .d(thr1$d),
        .en(thr1$en),
        .q(thr1$q),
        .clock(thr1$clock)
    );
    capfuse_core$thr2 thr2(
        .d(thr2$d),
        .en(thr2$en),
        .q(thr2$q),
        .clock(thr2$clock)
    );
    capfuse_core$rst0 rst0(
        .d(rst0$d),
        .en(rst0$en),
        .q(rst0$q),
        .clock(rst0$clock)
    );
    capfuse_core$rst1 rst1(
        .d(rst1$d),
        .en(rst1$en),
        .q(rst1$q),
        .clock(rst1$clock)
    );
    capfuse_core$rst2 rst2(
        .d(rst2$d),
        .en(rst2$en),
        .q(rst2$q),
        .clock(rst2$clock)
    );
    capfuse_core$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    capfuse_core$report_due_q report_due_q(
        .d(report_due_q$d),
        .q(report_due_q$q),
        .clock(report_due_q$clock)
    );
    capfuse_core$grant grant(
        .clock(grant$clock),
        .we(grant$we),
        .addr(grant$addr),
        .wdata(grant$wdata),
        .apply_req(grant$apply_req),
        .cycle_0(grant$cycle_0),
        .cycle_1(grant$cycle_1),
        .clear_trip(grant$clear_trip),
        .decommission(grant$decommission),
        .seq_0(grant$seq_0),
        .seq_1(grant$seq_1),
        .expiry_0(grant$expiry_0),
        .expiry_1(grant$expiry_1),
        .cum_budget_0(grant$cum_budget_0),
        .cum_budget_1(grant$cum_budget_1),
        .cum_budget_2(grant$cum_budget_2),
        .window_budget(grant$window_budget),
        .window_budget_minus_w(grant$window_budget_minus_w),
        .window_budget_lt_w(grant$window_budget_lt_w),
        .window_len(grant$window_len),
        .window_len_m1(grant$window_len_m1),
        .window_len_m2(grant$window_len_m2),
        .baseline(grant$baseline),
        .trip_ratio(grant$trip_ratio),
        .report_threshold_0(grant$report_threshold_0),
        .report_threshold_1(grant$report_threshold_1),
        .report_threshold_2(grant$report_threshold_2),
        .licence_bound_0(grant$licence_bound_0),
        .licence_bound_1(grant$licence_bound_1),
        .licence_never(grant$licence_never),
        .expired(grant$expired),
        .apply(grant$apply)
    );
    capfuse_core$gph gph(
        .d(gph$d),
        .q(gph$q),
        .clock(gph$clock)
    );
    capfuse_core$report report(
        .clock(report$clock),
        .capture(report$capture),
        .addr(report$addr),
        .data(report$data),
        .cycle_0(report$cycle_0),
        .cycle_1(report$cycle_1),
        .cum_work_0(report$cum_work_0),
        .cum_work_1(report$cum_work_1),
        .cum_work_2(report$cum_work_2),
        .window_work(report$window_work),
        .status(report$status),
        .trip_reason(report$trip_reason),
        .trip_cycle_0(report$trip_cycle_0),
        .trip_cycle_1(report$trip_cycle_1),
        .trip_cycle_2(report$trip_cycle_2),
        .trip_cycle_3(report$trip_cycle_3),
        .trip_cycle_4(report$trip_cycle_4),
        .trip_cycle_5(report$trip_cycle_5),
        .trip_cycle_6(report$trip_cycle_6),
        .trip_cycle_7(report$trip_cycle_7),
        .cum_budget_0(report$cum_budget_0),
        .cum_budget_1(report$cum_budget_1),
        .cum_budget_2(report$cum_budget_2),
        .window_budget(report$window_budget),
        .window_len(report$window_len),
        .ratios(report$ratios),
        .report_threshold_0(report$report_threshold_0),
        .report_threshold_1(report$report_threshold_1),
        .report_threshold_2(report$report_threshold_2),
        .license_expiry_0(report$license_expiry_0),
        .license_expiry_1(report$license_expiry_1),
        .last_grant_seq_0(report$last_grant_seq_0),
        .last_grant_seq_1(report$last_grant_seq_1)
    );
    capfuse_core$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    capfuse_core$refused refused(
        .d(refused$d),
        .en(refused$en),
        .q(refused$q),
        .clock(refused$clock)
    );
    capfuse_core$aw_full aw_full(
        .d(aw_full$d),
        .q(aw_full$q),
        .clock(aw_full$clock)
    );
    capfuse_core$w_full w_full(
        .d(w_full$d),
        .q(w_full$q),
        .clock(w_full$clock)
    );
    capfuse_core$w_data w_data(
        .d(w_data$d),
        .en(w_data$en),
        .q(w_data$q),
        .clock(w_data$clock)
    );
    capfuse_core$w_strb w_strb(
        .d(w_strb$d),
        .en(w_strb$en),
        .q(w_strb$q),
        .clock(w_strb$clock)
    );
    capfuse_core$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    capfuse_core$bvalid bvalid(
        .d(bvalid$d),
        .q(bvalid$q),
        .clock(bvalid$clock)
    );
    capfuse_core$bresp bresp(
        .d(bresp$d),
        .q(bresp$q),
        .clock(bresp$clock)
    );
    capfuse_core$reg_read reg_read(
        .clock(reg_read$clock),
        .araddr(reg_read$araddr),
        .arvalid(reg_read$arvalid),
        .arready(reg_read$arready),
        .rvalid(reg_read$rvalid),
        .rready(reg_read$rready),
        .rdata(reg_read$rdata),
        .rresp(reg_read$rresp),
        .config_reg(reg_read$config_reg),
        .status(reg_read$status),
        .trip_reason(reg_read$trip_reason),
        .err_code(reg_read$err_code),
        .intr_state(reg_read$intr_state),
        .intr_enable(reg_read$intr_enable),
        .kill(reg_read$kill),
        .baseline_ratio(reg_read$baseline_ratio),
        .trip_ratio(reg_read$trip_ratio),
        .window_len(reg_read$window_len),
        .window_budget(reg_read$window_budget),
        .cum_budget_0(reg_read$cum_budget_0),
        .cum_budget_1(reg_read$cum_budget_1),
        .cum_budget_2(reg_read$cum_budget_2),
        .cum_budget_next_0(reg_read$cum_budget_next_0),
        .cum_budget_next_1(reg_read$cum_budget_next_1),
        .cum_budget_next_2(reg_read$cum_budget_next_2),
        .refused_writes(reg_read$refused_writes),
        .cum_work_0(reg_read$cum_work_0),
        .cum_work_1(reg_read$cum_work_1),
        .cum_work_2(reg_read$cum_work_2),
        .window_work(reg_read$window_work),
        .window_cycle(reg_read$window_cycle),
        .cycle_0(reg_read$cycle_0),
        .cycle_1(reg_read$cycle_1),
        .enabled_cycles_0(reg_read$enabled_cycles_0),
        .enabled_cycles_1(reg_read$enabled_cycles_1),
        .stopped_cycles_0(reg_read$stopped_cycles_0),
        .stopped_cycles_1(reg_read$stopped_cycles_1),
        .paced_cycles_0(reg_read$paced_cycles_0),
        .paced_cycles_1(reg_read$paced_cycles_1),
        .throttled_cycles_0(reg_read$throttled_cycles_0),
        .throttled_cycles_1(reg_read$throttled_cycles_1),
        .trip_cycle_cum_budget_0(reg_read$trip_cycle_cum_budget_0),
        .trip_cycle_cum_budget_1(reg_read$trip_cycle_cum_budget_1),
        .trip_cycle_kill_reg_0(reg_read$trip_cycle_kill_reg_0),
        .trip_cycle_kill_reg_1(reg_read$trip_cycle_kill_reg_1),
        .trip_cycle_kill_pin_0(reg_read$trip_cycle_kill_pin_0),
        .trip_cycle_kill_pin_1(reg_read$trip_cycle_kill_pin_1),
        .trip_cycle_license_0(reg_read$trip_cycle_license_0),
        .trip_cycle_license_1(reg_read$trip_cycle_license_1),
        .report_threshold_0(reg_read$report_threshold_0),
        .report_threshold_1(reg_read$report_threshold_1),
        .report_threshold_2(reg_read$report_threshold_2),
        .report_threshold_next_0(reg_read$report_threshold_next_0),
        .report_threshold_next_1(reg_read$report_threshold_next_1),
        .report_threshold_next_2(reg_read$report_threshold_next_2),
        .license_expiry_0(reg_read$license_expiry_0),
        .license_expiry_1(reg_read$license_expiry_1),
        .last_grant_seq_0(reg_read$last_grant_seq_0),
        .last_grant_seq_1(reg_read$last_grant_seq_1)
    );
    capfuse_core$reg_write reg_write(
        .clock(reg_write$clock),
        .holds_addr(reg_write$holds_addr),
        .holds_load(reg_write$holds_load),
        .wdata(reg_write$wdata),
        .wstrb(reg_write$wstrb),
        .staged(reg_write$staged),
        .staged_old(reg_write$staged_old),
        .intr_enable(reg_write$intr_enable),
        .baseline_ratio(reg_write$baseline_ratio),
        .trip_ratio(reg_write$trip_ratio),
        .window_len(reg_write$window_len),
        .window_budget(reg_write$window_budget),
        .cum_budget_next_0(reg_write$cum_budget_next_0),
        .cum_budget_next_1(reg_write$cum_budget_next_1),
        .cum_budget_next_2(reg_write$cum_budget_next_2),
        .report_threshold_next_0(reg_write$report_threshold_next_0),
        .report_threshold_next_1(reg_write$report_threshold_next_1),
        .report_threshold_next_2(reg_write$report_threshold_next_2),
        .holds_enable(reg_write$holds_enable),
        .mapped(reg_write$mapped),
        .read_only(reg_write$read_only),
        .old(reg_write$old),
        .value(reg_write$value),
        .looser(reg_write$looser),
        .invalid(reg_write$invalid),
        .snapshot_sel(reg_write$snapshot_sel),
        .err_code_sel(reg_write$err_code_sel),
        .intr_state_sel(reg_write$intr_state_sel),
        .intr_enable_sel(reg_write$intr_enable_sel),
        .kill_sel(reg_write$kill_sel),
        .baseline_ratio_sel(reg_write$baseline_ratio_sel),
        .trip_ratio_sel(reg_write$trip_ratio_sel),
        .window_len_sel(reg_write$window_len_sel),
        .window_budget_sel(reg_write$window_budget_sel),
        .cum_budget_next_0_sel(reg_write$cum_budget_next_0_sel),
        .cum_budget_next_1_sel(reg_write$cum_budget_next_1_sel),
        .cum_budget_next_2_sel(reg_write$cum_budget_next_2_sel),
        .cum_budget_commit_sel(reg_write$cum_budget_commit_sel),
        .report_threshold_next_0_sel(reg_write$report_threshold_next_0_sel),
        .report_threshold_next_1_sel(reg_write$report_threshold_next_1_sel),
        .report_threshold_next_2_sel(reg_write$report_threshold_next_2_sel),
        .report_threshold_commit_sel(reg_write$report_threshold_commit_sel)
    );
    capfuse_core$throttle throttle(
        .clock(throttle$clock),
        .baseline_next(throttle$baseline_next),
        .trip_ratio_next(throttle$trip_ratio_next),
        .licence_expired_next(throttle$licence_expired_next),
        .strict(throttle$strict),
        .ratio(throttle$ratio),
        .pulse(throttle$pulse)
    );
    capfuse_core$v_q v_q(
        .d(v_q$d),
        .q(v_q$q),
        .clock(v_q$clock)
    );
    capfuse_core$old_q old_q(
        .d(old_q$d),
        .q(old_q$q),
        .clock(old_q$clock)
    );
    capfuse_core$commit commit(
        .clock(commit$clock),
        .step_1(commit$step_1),
        .step_2(commit$step_2),
        .step_3(commit$step_3),
        .op_s(commit$op_s),
        .op_c(commit$op_c),
        .op_b(commit$op_b),
        .borrow(commit$borrow),
        .looser(commit$looser),
        .load_0(commit$load_0),
        .load_1(commit$load_1),
        .load_2(commit$load_2),
        .load_2_borrow(commit$load_2_borrow)
    );
    capfuse_core$op_s op_s(
        .d(op_s$d),
        .q(op_s$q),
        .clock(op_s$clock)
    );
    capfuse_core$op_c op_c(
        .d(op_c$d),
        .q(op_c$q),
        .clock(op_c$clock)
    );
    capfuse_core$op_b op_b(
        .d(op_b$d),
        .q(op_b$q),
        .clock(op_b$clock)
    );
    capfuse_core$ph4 ph4(
        .d(ph4$d),
        .q(ph4$q),
        .clock(ph4$clock)
    );
    capfuse_core$ap_refuse ap_refuse(
        .d(ap_refuse$d),
        .q(ap_refuse$q),
        .clock(ap_refuse$clock)
    );
    capfuse_core$ap_code ap_code(
        .d(ap_code$d),
        .q(ap_code$q),
        .clock(ap_code$clock)
    );
    capfuse_core$ap_snapshot ap_snapshot(
        .d(ap_snapshot$d),
        .q(ap_snapshot$q),
        .clock(ap_snapshot$clock)
    );
    capfuse_core$ap_err_clear ap_err_clear(
        .d(ap_err_clear$d),
        .q(ap_err_clear$q),
        .clock(ap_err_clear$clock)
    );
    capfuse_core$ap_intr_clear ap_intr_clear(
        .d(ap_intr_clear$d),
        .q(ap_intr_clear$q),
        .clock(ap_intr_clear$clock)
    );
    capfuse_core$ap_intr_en ap_intr_en(
        .d(ap_intr_en$d),
        .q(ap_intr_en$q),
        .clock(ap_intr_en$clock)
    );
    capfuse_core$ap_kill ap_kill(
        .d(ap_kill$d),
        .q(ap_kill$q),
        .clock(ap_kill$clock)
    );
    capfuse_core$ap_baseline ap_baseline(
        .d(ap_baseline$d),
        .q(ap_baseline$q),
        .clock(ap_baseline$clock)
    );
    capfuse_core$ap_trip_ratio ap_trip_ratio(
        .d(ap_trip_ratio$d),
        .q(ap_trip_ratio$q),
        .clock(ap_trip_ratio$clock)
    );
    capfuse_core$ap_wl ap_wl(
        .d(ap_wl$d),
        .q(ap_wl$q),
        .clock(ap_wl$clock)
    );
    capfuse_core$ap_wb ap_wb(
        .d(ap_wb$d),
        .q(ap_wb$q),
        .clock(ap_wb$clock)
    );
    capfuse_core$ap_stage0 ap_stage0(
        .d(ap_stage0$d),
        .q(ap_stage0$q),
        .clock(ap_stage0$clock)
    );
    capfuse_core$ap_stage1 ap_stage1(
        .d(ap_stage1$d),
        .q(ap_stage1$q),
        .clock(ap_stage1$clock)
    );
    capfuse_core$ap_stage2 ap_stage2(
        .d(ap_stage2$d),
        .q(ap_stage2$q),
        .clock(ap_stage2$clock)
    );
    capfuse_core$ap_commit ap_commit(
        .d(ap_commit$d),
        .q(ap_commit$q),
        .clock(ap_commit$clock)
    );
    capfuse_core$ap_rst0 ap_rst0(
        .d(ap_rst0$d),
        .q(ap_rst0$q),
        .clock(ap_rst0$clock)
    );
    capfuse_core$ap_rst1 ap_rst1(
        .d(ap_rst1$d),
        .q(ap_rst1$q),
        .clock(ap_rst1$clock)
    );
    capfuse_core$ap_rst2 ap_rst2(
        .d(ap_rst2$d),
        .q(ap_rst2$q),
        .clock(ap_rst2$clock)
    );
    capfuse_core$ap_rcommit ap_rcommit(
        .d(ap_rcommit$d),
        .q(ap_rcommit$q),
        .clock(ap_rcommit$clock)
    );
    capfuse_core$v_m1_q v_m1_q(
        .d(v_m1_q$d),
        .q(v_m1_q$q),
        .clock(v_m1_q$clock)
    );
    capfuse_core$wl_m2 wl_m2(
        .d(wl_m2$d),
        .en(wl_m2$en),
        .q(wl_m2$q),
        .clock(wl_m2$clock)
    );
    capfuse_core$v_m2_q v_m2_q(
        .d(v_m2_q$d),
        .q(v_m2_q$q),
        .clock(v_m2_q$clock)
    );
    
    // Update code
    always @(*) begin
        baseline$clock = clock;
        trip_ratio$clock = clock;
        cycle0$clock = clock;
        kill_reg$clock = clock;
        intr_state$clock = clock;
        err$clock = clock;
        aw_full$clock = clock;
        w_full$clock = clock;
        phase$clock = clock;
        bvalid$clock = clock;
        bresp$clock = clock;
        v_q$clock = clock;
        old_q$clock = clock;
        op_s$clock = clock;
        op_c$clock = clock;
        op_b$clock = clock;
        ph4$clock = clock;
        ap_refuse$clock = clock;
        ap_code$clock = clock;
        ap_snapshot$clock = clock;
        ap_err_clear$clock = clock;
        ap_intr_clear$clock = clock;
        ap_intr_en$clock = clock;
        ap_kill$clock = clock;
        ap_baseline$clock = clock;
        ap_trip_ratio$clock = clock;
        ap_wl$clock = clock;
        ap_wb$clock = clock;
        ap_stage0$clock = clock;
        ap_stage1$clock = clock;
        ap_stage2$clock = clock;
        ap_commit$clock = clock;
        v_m1_q$clock = clock;
        v_m2_q$clock = clock;
        lic_q$clock = clock;
        armed$clock = clock;
        report_due_q$clock = clock;
        gph$clock = clock;
        ap_rst0$clock = clock;
        ap_rst1$clock = clock;
        ap_rst2$clock = clock;
        ap_rcommit$clock = clock;
        baseline$d = baseline$q;
        trip_ratio$d = trip_ratio$q;
        cycle0$d = cycle0$q;
        kill_reg$d = kill_reg$q;
        intr_state$d = intr_state$q;
        err$d = err$q;
        aw_full$d = aw_full$q;
        w_full$d = w_full$q;
        phase$d = phase$q;
        bvalid$d = bvalid$q;
        bresp$d = bresp$q;
        v_q$d = v_q$q;
        old_q$d = old_q$q;
        op_s$d = op_s$q;
        op_c$d = op_c$q;
        op_b$d = op_b$q;
        ph4$d = ph4$q;
        ap_refuse$d = ap_refuse$q;
        ap_code$d = ap_code$q;
        ap_snapshot$d = ap_snapshot$q;
        ap_err_clear$d = ap_err_clear$q;
        ap_intr_clear$d = ap_intr_clear$q;
        ap_intr_en$d = ap_intr_en$q;
        ap_kill$d = ap_kill$q;
        ap_baseline$d = ap_baseline$q;
        ap_trip_ratio$d = ap_trip_ratio$q;
        ap_wl$d = ap_wl$q;
        ap_wb$d = ap_wb$q;
        ap_stage0$d = ap_stage0$q;
        ap_stage1$d = ap_stage1$q;
        ap_stage2$d = ap_stage2$q;
        ap_commit$d = ap_commit$q;
        v_m1_q$d = v_m1_q$q;
        v_m2_q$d = v_m2_q$q;
        lic_q$d = lic_q$q;
        armed$d = armed$q;
        report_due_q$d = report_due_q$q;
        gph$d = gph$q;
        ap_rst0$d = ap_rst0$q;
        ap_rst1$d = ap_rst1$q;
        ap_rst2$d = ap_rst2$q;
        ap_rcommit$d = ap_rcommit$q;
        w_data$clock = clock;
        w_strb$clock = clock;
        refused$clock = clock;
        wl$clock = clock;
        wl_m1$clock = clock;
        wl_m2$clock = clock;
        wb$clock = clock;
        budget0$clock = clock;
        budget1$clock = clock;
        budget2$clock = clock;
        stage0$clock = clock;
        stage1$clock = clock;
        stage2$clock = clock;
        cycle1$clock = clock;
        snap_cum0$clock = clock;
        snap_cum1$clock = clock;
        snap_cum2$clock = clock;
        snap_wwork$clock = clock;
        snap_wcycle$clock = clock;
        snap_cycle0$clock = clock;
        snap_cycle1$clock = clock;
        intr_enable$clock = clock;
        lic0$clock = clock;
        lic1$clock = clock;
        lim0$clock = clock;
        lim1$clock = clock;
        lic_never$clock = clock;
        seq0$clock = clock;
        seq1$clock = clock;
        thr0$clock = clock;
        thr1$clock = clock;
        thr2$clock = clock;
        rst0$clock = clock;
        rst1$clock = clock;
        rst2$clock = clock;
        accel_clk_en = clk_en$enable;
        irq = |(intr_state$q & intr_enable$q);
        snap_data = report$data;
        report_due = report_due_q$q;
        grant_expired = grant$expired;
        gbusy = (gph$q == 32'h1) | (gph$q == 32'h2) | (gph$q == 32'h3);
        ghold = grant$apply | gbusy;
        gclear = grant$apply & grant$clear_trip;
        if (grant$apply) begin
            gph$d = 32'h1;
        end
        else if (gbusy) begin
            gph$d = gph$q + 32'h1;
        end
        else begin
            gph$d = 32'h0;
        end
        axi_awready = ~aw_full$q;
        axi_wready = ~w_full$q;
        axi_bvalid = bvalid$q;
        axi_bresp = bresp$q;
        reg_read$clock = clock;
        reg_read$araddr = axi_araddr;
        reg_read$arvalid = axi_arvalid;
        axi_arready = reg_read$arready;
        axi_rvalid = reg_read$rvalid;
        reg_read$rready = axi_rready;
        axi_rdata = reg_read$rdata;
        axi_rresp = reg_read$rresp;
        meter$clock = clock;
        meter$work_units = work_units;
        meter$enabled = clk_en$enable;
        cap$clock = clock;
        cap$admissible = meter$admissible;
        cap$enabled = clk_en$enable;
        cap$load = (ap_commit$q & ~commit$looser) | ((gph$q == 32'h4) & ~grant$apply);
        cap$load_zero = commit$borrow;
        cap$load_0 = commit$load_0;
        cap$load_1 = commit$load_1;
        cap$load_2 = commit$load_2;
        cap$load_2_borrow = commit$load_2_borrow;
        cap$hold = grant$apply | (gph$q == 32'h1) | (gph$q == 32'h2) | (gph$q == 32'h3);
        window$clock = clock;
        window$admissible = meter$admissible;
        window$enabled = clk_en$enable;
        window$value = v_q$q;
        window$value_m1 = v_m1_q$q;
        window$value_m2 = v_m2_q$q;
        window$len_m1 = wl_m1$q;
        window$len_m2 = wl_m2$q;
        window$budget_apply = ap_wb$q;
        window$len_apply = ap_wl$q;
        window$grant_apply = grant$apply;
        window$grant_slack = (gph$q == 32'h4) & ~grant$apply;
        window$grant_len_m1 = grant$window_len_m1;
        window$grant_len_m2 = grant$window_len_m2;
        window$grant_budget_minus_w = grant$window_budget_minus_w;
        window$grant_budget_lt_w = grant$window_budget_lt_w;
        cycle0$d = cycle0$q + 32'h1;
        cycle1$en = &cycle0$q;
        cycle1$d = cycle1$q + 32'h1;
        enabled_cycles$count = clk_en$enable;
        stopped_cycles$count = clk_en$stopped;
        paced_cycles$count = clk_en$paced;
        throttled_cycles$count = clk_en$throttled;
        if (axi_awvalid & ~aw_full$q) begin
            aw_full$d = 1'b1;
        end
        reg_write$holds_addr = axi_awaddr;
        reg_write$holds_load = axi_awvalid & ~aw_full$q;
        if (axi_wvalid & ~w_full$q) begin
            w_full$d = 1'b1;
        end
        w_data$en = axi_wvalid & ~w_full$q;
        w_strb$en = axi_wvalid & ~w_full$q;
        w_data$d = axi_wdata;
        w_strb$d = axi_wstrb;
        if (bvalid$q & axi_bready) begin
            bvalid$d = 1'b0;
        end
        start = (phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q & ~ghold;
        phase_mid = (phase$q == 32'h1) | (phase$q == 32'h2) | (phase$q == 32'h3);
        st1 = (phase$q == 32'h1) | (gph$q == 32'h1);
        st2 = (phase$q == 32'h2) | (gph$q == 32'h2);
        if (start) begin
            phase$d = 32'h1;
        end
        else if (phase_mid & ~grant$apply) begin
            phase$d = phase$q + 32'h1;
        end
        else begin
            phase$d = 32'h0;
        end
        reg_write$clock = clock;
        throttle$clock = clock;
        enabled_cycles$clock = clock;
        stopped_cycles$clock = clock;
        paced_cycles$clock = clock;
        throttled_cycles$clock = clock;
        reg_write$wdata = w_data$q;
        reg_write$wstrb = w_strb$q;
        reg_write$staged = v_q$q;
        reg_write$staged_old = old_q$q;
        reg_write$intr_enable = ((intr_enable$q) & 32'hffffffff);
        reg_write$baseline_ratio = ((baseline$q) & 32'hffffffff);
        reg_write$trip_ratio = ((trip_ratio$q) & 32'hffffffff);
        reg_write$window_len = wl$q;
        reg_write$window_budget = wb$q;
        reg_write$cum_budget_next_0 = stage0$q;
        reg_write$cum_budget_next_1 = stage1$q;
        reg_write$cum_budget_next_2 = stage2$q;
        reg_write$report_threshold_next_0 = rst0$q;
        reg_write$report_threshold_next_1 = rst1$q;
        reg_write$report_threshold_next_2 = rst2$q;
        v_q$d = reg_write$value;
        if (gbusy) begin
            v_q$d = wb$q;
        end
        old_q$d = reg_write$old;
        if (start) begin
            if (reg_write$report_threshold_commit_sel) begin
                op_s$d = rst0$q;
                op_b$d = thr0$q;
            end
            else begin
                op_s$d = stage0$q;
                op_b$d = budget0$q;
            end
            op_c$d = meter$next_0;
        end
        if (st1) begin
            if (reg_write$report_threshold_commit_sel & phase_mid) begin
                op_s$d = rst1$q;
                op_b$d = thr1$q;
            end
            else begin
                op_s$d = stage1$q;
                op_b$d = budget1$q;
            end
            op_c$d = meter$cum_1;
        end
        if (st2) begin
            if (reg_write$report_threshold_commit_sel & phase_mid) begin
                op_s$d = rst2$q;
                op_b$d = thr2$q;
            end
            else begin
                op_s$d = stage2$q;
                op_b$d = budget2$q;
            end
            op_c$d = meter$cum_2;
        end
        if (grant$apply) begin
            op_s$d = grant$cum_budget_0;
            op_c$d = meter$next_0;
        end
        commit$clock = clock;
        commit$step_1 = (phase$q == 32'h1) | (gph$q == 32'h1);
        commit$step_2 = (phase$q == 32'h2) | (gph$q == 32'h2);
        commit$step_3 = (phase$q == 32'h3) | (gph$q == 32'h3);
        commit$op_s = op_s$q;
        commit$op_c = op_c$q;
        commit$op_b = op_b$q;
        v4 = ((v_q$q) & 4'hf);
        v4_n = ~v4;
        v_m1_q$d = v_q$q - 32'h1;
        v_m2_q$d = v_q$q - 32'h2;
        ph3 = (phase$q == 32'h3) & ~grant$apply;
        ph4$d = ph3;
        ap_refuse$d = 1'b0;
        ap_code$d = 32'h0;
        ap_snapshot$d = 1'b0;
        ap_err_clear$d = 1'b0;
        ap_intr_clear$d = 32'h0;
        ap_intr_en$d = 1'b0;
        ap_kill$d = 1'b0;
        ap_baseline$d = 1'b0;
        ap_trip_ratio$d = 1'b0;
        ap_wl$d = 1'b0;
        ap_wb$d = 1'b0;
        ap_stage0$d = 1'b0;
        ap_stage1$d = 1'b0;
        ap_stage2$d = 1'b0;
        ap_commit$d = 1'b0;
        ap_rst0$d = 1'b0;
        ap_rst1$d = 1'b0;
        ap_rst2$d = 1'b0;
        ap_rcommit$d = 1'b0;
        if (ph3) begin
            if (~reg_write$mapped) begin
                ap_refuse$d = 1'b1;
                ap_code$d = err_unmapped;
            end
            else if (reg_write$read_only) begin
                ap_refuse$d = 1'b1;
                ap_code$d = err_read_only;
            end
            else if (reg_write$invalid) begin
                ap_refuse$d = 1'b1;
                ap_code$d = err_invalid;
            end
            else if (reg_write$looser) begin
                ap_refuse$d = 1'b1;
                ap_code$d = err_loosen;
            end
            else begin
                ap_snapshot$d = reg_write$snapshot_sel;
                ap_err_clear$d = reg_write$err_code_sel;
                if (reg_write$intr_state_sel) begin
                    ap_intr_clear$d = v_q$q[(32'h0)+:(3)];
                end
                ap_intr_en$d = reg_write$intr_enable_sel;
                ap_kill$d = reg_write$kill_sel & v_q$q[32'h0];
                ap_baseline$d = reg_write$baseline_ratio_sel;
                ap_trip_ratio$d = reg_write$trip_ratio_sel;
                ap_wl$d = reg_write$window_len_sel;
                ap_wb$d = reg_write$window_budget_sel;
                ap_stage0$d = reg_write$cum_budget_next_0_sel;
                ap_stage1$d = reg_write$cum_budget_next_1_sel;
                ap_stage2$d = reg_write$cum_budget_next_2_sel;
                ap_commit$d = reg_write$cum_budget_commit_sel & v_q$q[32'h0];
                ap_rst0$d = reg_write$report_threshold_next_0_sel;
                ap_rst1$d = reg_write$report_threshold_next_1_sel;
                ap_rst2$d = reg_write$report_threshold_next_2_sel;
                ap_rcommit$d = reg_write$report_threshold_commit_sel & v_q$q[32'h0];
            end
        end
        do_commit = ap_commit$q & ~commit$looser;
        do_rcommit = ap_rcommit$q & ~commit$looser;
        refuse = ap_refuse$q | ((ap_commit$q | ap_rcommit$q) & commit$looser);
        refuse_code = ap_code$q;
        if ((ap_commit$q | ap_rcommit$q) & commit$looser) begin
            refuse_code = err_loosen;
        end
        if (ph4$q) begin
            bvalid$d = 1'b1;
            aw_full$d = 1'b0;
            w_full$d = 1'b0;
            if (refuse) begin
                bresp$d = resp_slverr;
            end
            else begin
                bresp$d = resp_okay;
            end
        end
        intr_enable$en = ap_intr_en$q;
        intr_enable$d = v_q$q[(32'h0)+:(3)];
        v9 = ((v_q$q) & 9'h1ff);
        baseline_n = baseline$q;
        if (ap_baseline$q) begin
            baseline_n = v9;
        end
        trip_ratio_n = trip_ratio$q;
        if (ap_trip_ratio$q) begin
            trip_ratio_n = v9;
        end
        if (grant$apply) begin
            baseline_n = grant$baseline;
            trip_ratio_n = grant$trip_ratio;
        end
        baseline$d = baseline_n;
        trip_ratio$d = trip_ratio_n;
        throttle$baseline_next = baseline_n;
        throttle$trip_ratio_next = trip_ratio_n;
        wl$en = ap_wl$q | grant$apply;
        wl_m1$en = ap_wl$q | grant$apply;
        wl_m2$en = ap_wl$q | grant$apply;
        wb$en = ap_wb$q | grant$apply;
        stage0$en = ap_stage0$q | grant$apply;
        stage1$en = ap_stage1$q | grant$apply;
        stage2$en = ap_stage2$q | grant$apply;
        rst0$en = ap_rst0$q | grant$apply;
        rst1$en = ap_rst1$q | grant$apply;
        rst2$en = ap_rst2$q | grant$apply;
        thr0$en = do_rcommit | grant$apply;
        thr1$en = do_rcommit | grant$apply;
        thr2$en = do_rcommit | grant$apply;
        budget0$en = do_commit | grant$apply;
        budget1$en = do_commit | grant$apply;
        budget2$en = do_commit | grant$apply;
        lic0$en = grant$apply;
        lic1$en = grant$apply;
        seq0$en = grant$apply;
        seq1$en = grant$apply;
        lim0$en = grant$apply;
        lim1$en = grant$apply;
        lic_never$en = grant$apply;
        if (grant$apply) begin
            wl$d = grant$window_len;
            wl_m1$d = grant$window_len_m1;
            wl_m2$d = grant$window_len_m2;
            wb$d = grant$window_budget;
            stage0$d = grant$cum_budget_0;
            stage1$d = grant$cum_budget_1;
            stage2$d = grant$cum_budget_2;
            rst0$d = grant$report_threshold_0;
            rst1$d = grant$report_threshold_1;
            rst2$d = grant$report_threshold_2;
            thr0$d = grant$report_threshold_0;
            thr1$d = grant$report_threshold_1;
            thr2$d = grant$report_threshold_2;
            budget0$d = grant$cum_budget_0;
            budget1$d = grant$cum_budget_1;
            budget2$d = grant$cum_budget_2;
        end
        else begin
            wl$d = v_q$q;
            wl_m1$d = v_m1_q$q;
            wl_m2$d = v_m2_q$q;
            wb$d = v_q$q;
            stage0$d = v_q$q;
            stage1$d = v_q$q;
            stage2$d = v_q$q;
            rst0$d = v_q$q;
            rst1$d = v_q$q;
            rst2$d = v_q$q;
            thr0$d = rst0$q;
            thr1$d = rst1$q;
            thr2$d = rst2$q;
            budget0$d = stage0$q;
            budget1$d = stage1$q;
            budget2$d = stage2$q;
        end
        lic0$d = grant$expiry_0;
        lic1$d = grant$expiry_1;
        seq0$d = grant$seq_0;
        seq1$d = grant$seq_1;
        lim0$d = grant$licence_bound_0;
        lim1$d = grant$licence_bound_1;
        lic_never$d = grant$licence_never;
        refused$en = refuse;
        refused$d = refused$q + 32'h1;
        if (refuse) begin
            err$d = err$q | refuse_code;
        end
        if (ap_err_clear$q) begin
            err$d = err$q & v4_n;
        end
        kill_reg_n = kill_reg$q | ap_kill$q;
        kill_reg$d = kill_reg_n;
        if (gclear) begin
            kill_reg$d = 1'b0;
        end
        trip$clock = clock;
        trip$cap_ok = cap$ok;
        trip$kill_reg = kill_reg$q | ap_kill$q;
        trip$kill_pin = kill;
        trip$licence_lapsed = lic_q$q;
        trip$decommission = grant$apply & grant$decommission;
        trip$clear = grant$apply & grant$clear_trip;
        trip$cycle_0 = cycle0$q;
        trip$cycle_1 = cycle1$q;
        expired = ~lic_never$q & ((cycle1$q > lim1$q) | ((cycle1$q == lim1$q) & (cycle0$q > lim0$q)));
        lic_q$d = expired & ~grant$apply;
        intr_set = 32'h0;
        if (trip$newly_set) begin
            intr_set = i3_trip;
        end
        if (report_ready) begin
            intr_set = intr_set | i3_report;
        end
        if (grant_done) begin
            intr_set = intr_set | i3_grant;
        end
        intr_state$d = (intr_state$q & ~ap_intr_clear$q) | intr_set;
        throttle$strict = trip$strict;
        throttle$licence_expired_next = trip$licence_next;
        thr_ge = (meter$prev_2 > thr2$q) | ((meter$prev_2 == thr2$q) & ((meter$prev_1 > thr1$q) | ((meter$prev_1 == thr1$q) & (meter$prev_0 >= thr0$q))));
        due = armed$q & thr_ge;
        report_due_q$d = due;
        armed$d = armed$q & ~due;
        if (do_rcommit | grant$apply) begin
            armed$d = 1'b1;
        end
        grant$clock = clock;
        grant$we = grant_we;
        grant$apply_req = grant_apply;
        grant$addr = grant_addr;
        grant$wdata = grant_wdata;
        grant$cycle_0 = cycle0$q;
        grant$cycle_1 = cycle1$q;
        clk_en$clock = clock;
        clk_en$kill_pin = kill;
        clk_en$kill_reg = kill_reg$q | ap_kill$q;
        clk_en$cap_ok = cap$ok;
        clk_en$window_ok = window$ok;
        clk_en$write_hold = reg_write$holds_enable & (((phase$q == 32'h0) & aw_full$q & w_full$q & ~bvalid$q) | (phase$q == 32'h1) | (phase$q == 32'h2) | (phase$q == 32'h3));
        clk_en$grant_hold = grant$apply | (gph$q == 32'h1) | (gph$q == 32'h2) | (gph$q == 32'h3);
        clk_en$decommissioned = trip$decommissioned;
        clk_en$strict = trip$strict;
        clk_en$pulse = throttle$pulse;
        enabled_cycles$snapshot = ap_snapshot$q;
        stopped_cycles$snapshot = ap_snapshot$q;
        paced_cycles$snapshot = ap_snapshot$q;
        throttled_cycles$snapshot = ap_snapshot$q;
        snap_cum0$en = ap_snapshot$q;
        snap_cum1$en = ap_snapshot$q;
        snap_cum2$en = ap_snapshot$q;
        snap_wwork$en = ap_snapshot$q;
        snap_wcycle$en = ap_snapshot$q;
        snap_cycle0$en = ap_snapshot$q;
        snap_cycle1$en = ap_snapshot$q;
        snap_cum0$d = meter$cum_0;
        snap_cum1$d = meter$cum_1;
        snap_cum2$d = meter$cum_2;
        snap_wwork$d = window$work;
        snap_wcycle$d = window$cycle;
        snap_cycle0$d = cycle0$q;
        snap_cycle1$d = cycle1$q;
        status_word = 32'h0;
        if (clk_en$enable) begin
            status_word = status_word | st_enabled;
        end
        if (trip$tripped) begin
            status_word = status_word | st_tripped;
        end
        if (clk_en$capped) begin
            status_word = status_word | st_capped;
        end
        if (clk_en$window_low) begin
            status_word = status_word | st_paced;
        end
        if (throttle$ratio < ratio_full) begin
            status_word = status_word | st_throttled;
        end
        if (clk_en$kill_pin_seen) begin
            status_word = status_word | st_kill_pin;
        end
        if (kill_reg$q) begin
            status_word = status_word | st_killed;
        end
        if (clk_en$held) begin
            status_word = status_word | st_held;
        end
        if (meter$clamped) begin
            status_word = status_word | st_clamped;
        end
        if (trip$decommissioned) begin
            status_word = status_word | st_decom;
        end
        reg_read$config_reg = config_word;
        reg_read$status = status_word;
        reg_read$trip_reason = trip$reasons;
        reg_read$err_code = ((err$q) & 32'hffffffff);
        reg_read$intr_state = ((intr_state$q) & 32'hffffffff);
        reg_read$intr_enable = ((intr_enable$q) & 32'hffffffff);
        reg_read$kill = ((kill_reg$q) & 32'hffffffff);
        reg_read$baseline_ratio = ((baseline$q) & 32'hffffffff);
        reg_read$trip_ratio = ((trip_ratio$q) & 32'hffffffff);
        reg_read$window_len = wl$q;
        reg_read$window_budget = wb$q;
        reg_read$cum_budget_0 = budget0$q;
        reg_read$cum_budget_1 = budget1$q;
        reg_read$cum_budget_2 = budget2$q;
        reg_read$cum_budget_next_0 = stage0$q;
        reg_read$cum_budget_next_1 = stage1$q;
        reg_read$cum_budget_next_2 = stage2$q;
        reg_read$refused_writes = refused$q;
        reg_read$cum_work_0 = snap_cum0$q;
        reg_read$cum_work_1 = snap_cum1$q;
        reg_read$cum_work_2 = snap_cum2$q;
        reg_read$window_work = snap_wwork$q;
        reg_read$window_cycle = snap_wcycle$q;
        reg_read$cycle_0 = snap_cycle0$q;
        reg_read$cycle_1 = snap_cycle1$q;
        reg_read$enabled_cycles_0 = enabled_cycles$snap_lo;
        reg_read$enabled_cycles_1 = enabled_cycles$snap_hi;
        reg_read$stopped_cycles_0 = stopped_cycles$snap_lo;
        reg_read$stopped_cycles_1 = stopped_cycles$snap_hi;
        reg_read$paced_cycles_0 = paced_cycles$snap_lo;
        reg_read$paced_cycles_1 = paced_cycles$snap_hi;
        reg_read$throttled_cycles_0 = throttled_cycles$snap_lo;
        reg_read$throttled_cycles_1 = throttled_cycles$snap_hi;
        reg_read$trip_cycle_cum_budget_0 = trip$cycle_cum_0;
        reg_read$trip_cycle_cum_budget_1 = trip$cycle_cum_1;
        reg_read$trip_cycle_kill_reg_0 = trip$cycle_kill_reg_0;
        reg_read$trip_cycle_kill_reg_1 = trip$cycle_kill_reg_1;
        reg_read$trip_cycle_kill_pin_0 = trip$cycle_kill_pin_0;
        reg_read$trip_cycle_kill_pin_1 = trip$cycle_kill_pin_1;
        reg_read$trip_cycle_license_0 = trip$cycle_licence_0;
        reg_read$trip_cycle_license_1 = trip$cycle_licence_1;
        reg_read$report_threshold_0 = thr0$q;
        reg_read$report_threshold_1 = thr1$q;
        reg_read$report_threshold_2 = thr2$q;
        reg_read$report_threshold_next_0 = rst0$q;
        reg_read$report_threshold_next_1 = rst1$q;
        reg_read$report_threshold_next_2 = rst2$q;
        reg_read$license_expiry_0 = lic0$q;
        reg_read$license_expiry_1 = lic1$q;
        reg_read$last_grant_seq_0 = seq0$q;
        reg_read$last_grant_seq_1 = seq1$q;
        report$clock = clock;
        report$capture = snap_req;
        report$addr = snap_addr;
        report$cycle_0 = cycle0$q;
        report$cycle_1 = cycle1$q;
        report$cum_work_0 = meter$cum_0;
        report$cum_work_1 = meter$cum_1;
        report$cum_work_2 = meter$cum_2;
        report$window_work = window$work;
        report$status = status_word;
        report$trip_reason = trip$reasons;
        report$trip_cycle_0 = trip$cycle_cum_0;
        report$trip_cycle_1 = trip$cycle_cum_1;
        report$trip_cycle_2 = trip$cycle_kill_reg_0;
        report$trip_cycle_3 = trip$cycle_kill_reg_1;
        report$trip_cycle_4 = trip$cycle_kill_pin_0;
        report$trip_cycle_5 = trip$cycle_kill_pin_1;
        report$trip_cycle_6 = trip$cycle_licence_0;
        report$trip_cycle_7 = trip$cycle_licence_1;
        report$cum_budget_0 = budget0$q;
        report$cum_budget_1 = budget1$q;
        report$cum_budget_2 = budget2$q;
        report$window_budget = wb$q;
        report$window_len = wl$q;
        report$ratios = ((baseline$q) & 32'hffffffff) | (((trip_ratio$q) & 32'hffffffff) << 32'h10);
        report$report_threshold_0 = thr0$q;
        report$report_threshold_1 = thr1$q;
        report$report_threshold_2 = thr2$q;
        report$license_expiry_0 = lic0$q;
        report$license_expiry_1 = lic1$q;
        report$last_grant_seq_0 = seq0$q;
        report$last_grant_seq_1 = seq1$q;
    end
    
endmodule // capfuse_core


module capfuse_core$ap_baseline(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_baseline


module capfuse_core$ap_code(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 4'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_code


module capfuse_core$ap_commit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_commit


module capfuse_core$ap_err_clear(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_err_clear


module capfuse_core$ap_intr_clear(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 3'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_intr_clear


module capfuse_core$ap_intr_en(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_intr_en


module capfuse_core$ap_kill(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_kill


module capfuse_core$ap_rcommit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_rcommit


module capfuse_core$ap_refuse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_refuse


module capfuse_core$ap_rst0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_rst0


module capfuse_core$ap_rst1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_rst1


module capfuse_core$ap_rst2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_rst2


module capfuse_core$ap_snapshot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_snapshot


module capfuse_core$ap_stage0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_stage0


module capfuse_core$ap_stage1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_stage1


module capfuse_core$ap_stage2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_stage2


module capfuse_core$ap_trip_ratio(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_trip_ratio


module capfuse_core$ap_wb(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_wb


module capfuse_core$ap_wl(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ap_wl


module capfuse_core$armed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$armed


module capfuse_core$aw_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$aw_full


module capfuse_core$baseline(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 9'b100000;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$baseline


module capfuse_core$bresp(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 2'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$bresp


module capfuse_core$budget0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$budget0


module capfuse_core$budget1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$budget1


module capfuse_core$budget2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$budget2


module capfuse_core$bvalid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$bvalid


module capfuse_core$cap(clock,admissible,enabled,load,load_zero,load_0,load_1,load_2,load_2_borrow,hold,ok);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] admissible;
    input wire  enabled;
    input wire  load;
    input wire  load_zero;
    input wire  [31:0] load_0;
    input wire  [31:0] load_1;
    input wire  [31:0] load_2;
    input wire  load_2_borrow;
    input wire  hold;
    output reg  ok;
    
    // Constant declarations
    localparam  max_work = 16'h400;
    localparam  minus_w = 32'hfffffc00;
    localparam  ones32 = 32'hffffffff;
    
    // Stub signals
    reg  [31:0] sw0$d;
    wire  [31:0] sw0$q;
    reg  sw0$clock;
    reg  [31:0] sw1$d;
    wire  [31:0] sw1$q;
    reg  sw1$clock;
    reg  [31:0] sw2$d;
    wire  [31:0] sw2$q;
    reg  sw2$clock;
    reg  neg$d;
    wire  neg$q;
    reg  neg$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  big$d;
    wire  big$q;
    reg  big$clock;
    
    // Local signals
    reg  [16:0] lo;
    reg  [15:0] hi;
    reg  b0;
    reg  b1;
    reg  upper_zero;
    reg  upper_one;
    reg  ok_n;
    reg  ok_f;
    reg  neg_n;
    
    // Sub module instances
    capfuse_core$cap$sw0 sw0(
        .d(sw0$d),
        .q(sw0$q),
        .clock(sw0$clock)
    );
    capfuse_core$cap$sw1 sw1(
        .d(sw1$d),
        .q(sw1$q),
        .clock(sw1$clock)
    );
    capfuse_core$cap$sw2 sw2(
        .d(sw2$d),
        .q(sw2$q),
        .clock(sw2$clock)
    );
    capfuse_core$cap$neg neg(
        .d(neg$d),
        .q(neg$q),
        .clock(neg$clock)
    );
    capfuse_core$cap$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    capfuse_core$cap$big big(
        .d(big$d),
        .q(big$q),
        .clock(big$clock)
    );
    
    // Update code
    always @(*) begin
        sw0$clock = clock;
        sw1$clock = clock;
        sw2$clock = clock;
        neg$clock = clock;
        pend$clock = clock;
        big$clock = clock;
        sw0$d = sw0$q;
        sw1$d = sw1$q;
        sw2$d = sw2$q;
        neg$d = neg$q;
        pend$d = pend$q;
        big$d = big$q;
        lo = ((sw0$q[(32'h0)+:(16)]) & 17'h1ffff) - ((admissible) & 17'h1ffff);
        hi = sw0$q[(32'h10)+:(16)];
        if (lo[32'h10]) begin
            hi = sw0$q[(32'h10)+:(16)] - 32'h1;
        end
        b0 = enabled & lo[32'h10] & ~|sw0$q[(32'h10)+:(16)];
        b1 = pend$q & ~|sw1$q;
        if (pend$q) begin
            upper_zero = (sw1$q == 32'h1) & ~|sw2$q;
        end
        else begin
            upper_zero = ~|sw1$q & ~|sw2$q;
        end
        upper_one = (sw0$q[(32'h10)+:(16)] == 32'h1) & upper_zero;
        ok_n = ~neg$q & (big$q | (sw0$q[(32'h0)+:(16)] >= max_work));
        neg_n = neg$q | (enabled & ~big$q & lo[32'h10]);
        if (load) begin
            pend$d = 1'b0;
            if (load_zero) begin
                sw0$d = minus_w;
                sw1$d = ones32;
                sw2$d = ones32;
                big$d = 1'b1;
                ok_f = 1'b0;
                neg_n = 1'b1;
            end
            else begin
                sw0$d = load_0;
                sw1$d = load_1;
                if (load_2_borrow) begin
                    sw2$d = load_2 - 32'h1;
                    big$d = |load_0[(32'h10)+:(16)] | |load_1 | (load_2 != 32'h1);
                end
                else begin
                    sw2$d = load_2;
                    big$d = |load_0[(32'h10)+:(16)] | |load_1 | |load_2;
                end
                ok_f = ~(load_2_borrow & ~|load_2);
                neg_n = load_2_borrow & ~|load_2;
            end
        end
        else begin
            if (enabled) begin
                sw0$d = (((hi) & 32'hffffffff) << 32'h10) | ((lo[(32'h0)+:(16)]) & 32'hffffffff);
                if (lo[32'h10]) begin
                    big$d = ~upper_one;
                end
            end
            pend$d = b0;
            if (pend$q) begin
                sw1$d = sw1$q - 32'h1;
            end
            if (b1) begin
                sw2$d = sw2$q - 32'h1;
            end
            ok_f = ok_n;
        end
        if (hold) begin
            ok_f = 1'b1;
        end
        neg$d = neg_n;
        ok = ok_f;
    end
    
endmodule // capfuse_core$cap


module capfuse_core$cap$big(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$cap$big


module capfuse_core$cap$neg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$cap$neg


module capfuse_core$cap$pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$cap$pend


module capfuse_core$cap$sw0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hfffffbff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$cap$sw0


module capfuse_core$cap$sw1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$cap$sw1


module capfuse_core$cap$sw2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$cap$sw2


module capfuse_core$clk_en(clock,kill_pin,kill_reg,cap_ok,window_ok,write_hold,grant_hold,decommissioned,strict,pulse,enable,stopped,paced,throttled,capped,window_low,held,kill_pin_seen);
    
    // Module arguments
    input wire  clock;
    input wire  kill_pin;
    input wire  kill_reg;
    input wire  cap_ok;
    input wire  window_ok;
    input wire  write_hold;
    input wire  grant_hold;
    input wire  decommissioned;
    input wire  strict;
    input wire  pulse;
    output reg  enable;
    output reg  stopped;
    output reg  paced;
    output reg  throttled;
    output reg  capped;
    output reg  window_low;
    output reg  held;
    output reg  kill_pin_seen;
    
    // Stub signals
    reg  en$d;
    wire  en$q;
    reg  en$clock;
    reg  stop_q$d;
    wire  stop_q$q;
    reg  stop_q$clock;
    reg  paced_q$d;
    wire  paced_q$q;
    reg  paced_q$clock;
    reg  throttled_q$d;
    wire  throttled_q$q;
    reg  throttled_q$clock;
    reg  capped_q$d;
    wire  capped_q$q;
    reg  capped_q$clock;
    reg  win_low_q$d;
    wire  win_low_q$q;
    reg  win_low_q$clock;
    reg  hold_q$d;
    wire  hold_q$q;
    reg  hold_q$clock;
    reg  kill_pin_q$d;
    wire  kill_pin_q$q;
    reg  kill_pin_q$clock;
    
    // Local signals
    reg  kill_now;
    reg  stop;
    reg  pace;
    reg  thr;
    
    // Sub module instances
    capfuse_core$clk_en$en en(
        .d(en$d),
        .q(en$q),
        .clock(en$clock)
    );
    capfuse_core$clk_en$stop_q stop_q(
        .d(stop_q$d),
        .q(stop_q$q),
        .clock(stop_q$clock)
    );
    capfuse_core$clk_en$paced_q paced_q(
        .d(paced_q$d),
        .q(paced_q$q),
        .clock(paced_q$clock)
    );
    capfuse_core$clk_en$throttled_q throttled_q(
        .d(throttled_q$d),
        .q(throttled_q$q),
        .clock(throttled_q$clock)
    );
    capfuse_core$clk_en$capped_q capped_q(
        .d(capped_q$d),
        .q(capped_q$q),
        .clock(capped_q$clock)
    );
    capfuse_core$clk_en$win_low_q win_low_q(
        .d(win_low_q$d),
        .q(win_low_q$q),
        .clock(win_low_q$clock)
    );
    capfuse_core$clk_en$hold_q hold_q(
        .d(hold_q$d),
        .q(hold_q$q),
        .clock(hold_q$clock)
    );
    capfuse_core$clk_en$kill_pin_q kill_pin_q(
        .d(kill_pin_q$d),
        .q(kill_pin_q$q),
        .clock(kill_pin_q$clock)
    );
    
    // Update code
    always @(*) begin
        en$clock = clock;
        stop_q$clock = clock;
        paced_q$clock = clock;
        throttled_q$clock = clock;
        capped_q$clock = clock;
        win_low_q$clock = clock;
        hold_q$clock = clock;
        kill_pin_q$clock = clock;
        en$d = en$q;
        stop_q$d = stop_q$q;
        paced_q$d = paced_q$q;
        throttled_q$d = throttled_q$q;
        capped_q$d = capped_q$q;
        win_low_q$d = win_low_q$q;
        hold_q$d = hold_q$q;
        kill_pin_q$d = kill_pin_q$q;
        enable = en$q;
        stopped = stop_q$q;
        paced = paced_q$q;
        throttled = throttled_q$q;
        capped = capped_q$q;
        window_low = win_low_q$q;
        held = hold_q$q;
        kill_pin_seen = kill_pin_q$q;
        kill_now = kill_pin | kill_reg;
        stop = kill_now | ~cap_ok | write_hold | grant_hold | decommissioned | (strict & ~pulse);
        pace = ~stop & ~window_ok;
        thr = ~stop & ~pace & ~pulse;
        en$d = ~stop & ~pace & ~thr;
        stop_q$d = stop;
        paced_q$d = pace;
        throttled_q$d = thr;
        capped_q$d = ~cap_ok;
        win_low_q$d = ~window_ok;
        hold_q$d = write_hold | grant_hold;
        kill_pin_q$d = kill_pin;
    end
    
endmodule // capfuse_core$clk_en


module capfuse_core$clk_en$capped_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$capped_q


module capfuse_core$clk_en$en(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$en


module capfuse_core$clk_en$hold_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$hold_q


module capfuse_core$clk_en$kill_pin_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$kill_pin_q


module capfuse_core$clk_en$paced_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$paced_q


module capfuse_core$clk_en$stop_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$stop_q


module capfuse_core$clk_en$throttled_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$throttled_q


module capfuse_core$clk_en$win_low_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$clk_en$win_low_q


module capfuse_core$commit(clock,step_1,step_2,step_3,op_s,op_c,op_b,borrow,looser,load_0,load_1,load_2,load_2_borrow);
    
    // Module arguments
    input wire  clock;
    input wire  step_1;
    input wire  step_2;
    input wire  step_3;
    input wire  [31:0] op_s;
    input wire  [31:0] op_c;
    input wire  [31:0] op_b;
    output reg  borrow;
    output reg  looser;
    output reg  [31:0] load_0;
    output reg  [31:0] load_1;
    output reg  [31:0] load_2;
    output reg  load_2_borrow;
    
    // Constant declarations
    localparam  max_work32 = 32'h400;
    
    // Stub signals
    reg  [31:0] diff0$d;
    wire  [31:0] diff0$q;
    reg  diff0$clock;
    reg  [31:0] diff1$d;
    wire  [31:0] diff1$q;
    reg  diff1$clock;
    reg  [31:0] diff2$d;
    wire  [31:0] diff2$q;
    reg  diff2$clock;
    reg  diff_borrow$d;
    wire  diff_borrow$q;
    reg  diff_borrow$clock;
    reg  loosen_borrow$d;
    wire  loosen_borrow$q;
    reg  loosen_borrow$clock;
    reg  dw_b0_q$d;
    wire  dw_b0_q$q;
    reg  dw_b0_q$clock;
    reg  dw_b1_q$d;
    wire  dw_b1_q$q;
    reg  dw_b1_q$clock;
    reg  [31:0] c_sw0$d;
    wire  [31:0] c_sw0$q;
    reg  c_sw0$clock;
    reg  [31:0] c_sw1$d;
    wire  [31:0] c_sw1$q;
    reg  c_sw1$clock;
    
    // Local signals
    reg  borrow_in;
    reg  loosen_in;
    reg  [31:0] c_n;
    reg  [31:0] diff;
    
    // Sub module instances
    capfuse_core$commit$diff0 diff0(
        .d(diff0$d),
        .q(diff0$q),
        .clock(diff0$clock)
    );
    capfuse_core$commit$diff1 diff1(
        .d(diff1$d),
        .q(diff1$q),
        .clock(diff1$clock)
    );
    capfuse_core$commit$diff2 diff2(
        .d(diff2$d),
        .q(diff2$q),
        .clock(diff2$clock)
    );
    capfuse_core$commit$diff_borrow diff_borrow(
        .d(diff_borrow$d),
        .q(diff_borrow$q),
        .clock(diff_borrow$clock)
    );
    capfuse_core$commit$loosen_borrow loosen_borrow(
        .d(loosen_borrow$d),
        .q(loosen_borrow$q),
        .clock(loosen_borrow$clock)
    );
    capfuse_core$commit$dw_b0_q dw_b0_q(
        .d(dw_b0_q$d),
        .q(dw_b0_q$q),
        .clock(dw_b0_q$clock)
    );
    capfuse_core$commit$dw_b1_q dw_b1_q(
        .d(dw_b1_q$d),
        .q(dw_b1_q$q),
        .clock(dw_b1_q$clock)
    );
    capfuse_core$commit$c_sw0 c_sw0(
        .d(c_sw0$d),
        .q(c_sw0$q),
        .clock(c_sw0$clock)
    );
    capfuse_core$commit$c_sw1 c_sw1(
        .d(c_sw1$d),
        .q(c_sw1$q),
        .clock(c_sw1$clock)
    );
    
    // Update code
    always @(*) begin
        diff0$clock = clock;
        diff1$clock = clock;
        diff2$clock = clock;
        diff_borrow$clock = clock;
        loosen_borrow$clock = clock;
        dw_b0_q$clock = clock;
        dw_b1_q$clock = clock;
        c_sw0$clock = clock;
        c_sw1$clock = clock;
        diff0$d = diff0$q;
        diff1$d = diff1$q;
        diff2$d = diff2$q;
        diff_borrow$d = diff_borrow$q;
        loosen_borrow$d = loosen_borrow$q;
        dw_b0_q$d = dw_b0_q$q;
        dw_b1_q$d = dw_b1_q$q;
        c_sw0$d = c_sw0$q;
        c_sw1$d = c_sw1$q;
        borrow = diff_borrow$q;
        looser = loosen_borrow$q;
        load_0 = c_sw0$q;
        load_1 = c_sw1$q;
        load_2 = diff2$q;
        load_2_borrow = dw_b1_q$q;
        borrow_in = ~step_1 & diff_borrow$q;
        loosen_in = ~step_1 & loosen_borrow$q;
        c_n = ~op_c;
        if (borrow_in) begin
            diff = op_s + c_n;
        end
        else begin
            diff = op_s - op_c;
        end
        if (step_1 | step_2 | step_3) begin
            diff_borrow$d = (op_s < op_c) | ((op_s == op_c) & borrow_in);
            loosen_borrow$d = (op_b < op_s) | ((op_b == op_s) & loosen_in);
        end
        if (step_1) begin
            diff0$d = diff;
        end
        if (step_2) begin
            diff1$d = diff;
        end
        if (step_3) begin
            diff2$d = diff;
        end
        dw_b0_q$d = diff0$q < max_work32;
        dw_b1_q$d = dw_b0_q$q & ~|diff1$q;
        c_sw0$d = diff0$q - max_work32;
        if (dw_b0_q$q) begin
            c_sw1$d = diff1$q - 32'h1;
        end
        else begin
            c_sw1$d = diff1$q;
        end
    end
    
endmodule // capfuse_core$commit


module capfuse_core$commit$c_sw0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$c_sw0


module capfuse_core$commit$c_sw1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$c_sw1


module capfuse_core$commit$diff0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$diff0


module capfuse_core$commit$diff1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$diff1


module capfuse_core$commit$diff2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$diff2


module capfuse_core$commit$diff_borrow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$diff_borrow


module capfuse_core$commit$dw_b0_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$dw_b0_q


module capfuse_core$commit$dw_b1_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$dw_b1_q


module capfuse_core$commit$loosen_borrow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$commit$loosen_borrow


module capfuse_core$cycle0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$cycle0


module capfuse_core$cycle1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$cycle1


module capfuse_core$enabled_cycles(clock,count,snapshot,snap_lo,snap_hi);
    
    // Module arguments
    input wire  clock;
    input wire  count;
    input wire  snapshot;
    output reg  [31:0] snap_lo;
    output reg  [31:0] snap_hi;
    
    // Stub signals
    reg  [31:0] lo$d;
    wire  [31:0] lo$q;
    reg  lo$clock;
    reg  [31:0] hi$d;
    reg  hi$en;
    wire  [31:0] hi$q;
    reg  hi$clock;
    reg  [31:0] snap_lo_q$d;
    reg  snap_lo_q$en;
    wire  [31:0] snap_lo_q$q;
    reg  snap_lo_q$clock;
    reg  [31:0] snap_hi_q$d;
    reg  snap_hi_q$en;
    wire  [31:0] snap_hi_q$q;
    reg  snap_hi_q$clock;
    
    // Sub module instances
    capfuse_core$enabled_cycles$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    capfuse_core$enabled_cycles$hi hi(
        .d(hi$d),
        .en(hi$en),
        .q(hi$q),
        .clock(hi$clock)
    );
    capfuse_core$enabled_cycles$snap_lo_q snap_lo_q(
        .d(snap_lo_q$d),
        .en(snap_lo_q$en),
        .q(snap_lo_q$q),
        .clock(snap_lo_q$clock)
    );
    capfuse_core$enabled_cycles$snap_hi_q snap_hi_q(
        .d(snap_hi_q$d),
        .en(snap_hi_q$en),
        .q(snap_hi_q$q),
        .clock(snap_hi_q$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        lo$d = lo$q;
        hi$clock = clock;
        snap_lo_q$clock = clock;
        snap_hi_q$clock = clock;
        if (count) begin
            lo$d = lo$q + 32'h1;
        end
        hi$en = count & &lo$q;
        hi$d = hi$q + 32'h1;
        snap_lo_q$en = snapshot;
        snap_lo_q$d = lo$q;
        snap_hi_q$en = snapshot;
        snap_hi_q$d = hi$q;
        snap_lo = snap_lo_q$q;
        snap_hi = snap_hi_q$q;
    end
    
endmodule // capfuse_core$enabled_cycles


module capfuse_core$enabled_cycles$hi(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$enabled_cycles$hi


module capfuse_core$enabled_cycles$lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$enabled_cycles$lo


module capfuse_core$enabled_cycles$snap_hi_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$enabled_cycles$snap_hi_q


module capfuse_core$enabled_cycles$snap_lo_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$enabled_cycles$snap_lo_q


module capfuse_core$err(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 4'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$err


module capfuse_core$gph(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 3'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$gph


module capfuse_core$grant(clock,we,addr,wdata,apply_req,cycle_0,cycle_1,clear_trip,decommission,seq_0,seq_1,expiry_0,expiry_1,cum_budget_0,cum_budget_1,cum_budget_2,window_budget,window_budget_minus_w,window_budget_lt_w,window_len,window_len_m1,window_len_m2,baseline,trip_ratio,report_threshold_0,report_threshold_1,report_threshold_2,licence_bound_0,licence_bound_1,licence_never,expired,apply);
    
    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [4:0] addr;
    input wire  [31:0] wdata;
    input wire  apply_req;
    input wire  [31:0] cycle_0;
    input wire  [31:0] cycle_1;
    output reg  clear_trip;
    output reg  decommission;
    output reg  [31:0] seq_0;
    output reg  [31:0] seq_1;
    output reg  [31:0] expiry_0;
    output reg  [31:0] expiry_1;
    output reg  [31:0] cum_budget_0;
    output reg  [31:0] cum_budget_1;
    output reg  [31:0] cum_budget_2;
    output reg  [31:0] window_budget;
    output reg  [31:0] window_budget_minus_w;
    output reg  window_budget_lt_w;
    output reg  [31:0] window_len;
    output reg  [31:0] window_len_m1;
    output reg  [31:0] window_len_m2;
    output reg  [8:0] baseline;
    output reg  [8:0] trip_ratio;
    output reg  [31:0] report_threshold_0;
    output reg  [31:0] report_threshold_1;
    output reg  [31:0] report_threshold_2;
    output reg  [31:0] licence_bound_0;
    output reg  [31:0] licence_bound_1;
    output reg  licence_never;
    output reg  expired;
    output reg  apply;
    
    // Constant declarations
    localparam  max_work = 32'h400;
    localparam  es_lt32 = 1'b0;
    localparam  sh_a = 32'h0;
    localparam  sh_b = 32'h20;
    localparam  low_m = 32'h0;
    localparam  ones = 32'hffffffff;
    
    // Stub signals
    reg  clear_q$d;
    reg  clear_q$en;
    wire  clear_q$q;
    reg  clear_q$clock;
    reg  decom_q$d;
    reg  decom_q$en;
    wire  decom_q$q;
    reg  decom_q$clock;
    reg  [31:0] seq0$d;
    reg  seq0$en;
    wire  [31:0] seq0$q;
    reg  seq0$clock;
    reg  [31:0] seq1$d;
    reg  seq1$en;
    wire  [31:0] seq1$q;
    reg  seq1$clock;
    reg  [31:0] exp0$d;
    reg  exp0$en;
    wire  [31:0] exp0$q;
    reg  exp0$clock;
    reg  [31:0] exp1$d;
    reg  exp1$en;
    wire  [31:0] exp1$q;
    reg  exp1$clock;
    reg  [31:0] cum0$d;
    reg  cum0$en;
    wire  [31:0] cum0$q;
    reg  cum0$clock;
    reg  [31:0] cum1$d;
    reg  cum1$en;
    wire  [31:0] cum1$q;
    reg  cum1$clock;
    reg  [31:0] cum2$d;
    reg  cum2$en;
    wire  [31:0] cum2$q;
    reg  cum2$clock;
    reg  [31:0] wb$d;
    reg  wb$en;
    wire  [31:0] wb$q;
    reg  wb$clock;
    reg  [31:0] wb_w$d;
    reg  wb_w$en;
    wire  [31:0] wb_w$q;
    reg  wb_w$clock;
    reg  wb_lt_w$d;
    reg  wb_lt_w$en;
    wire  wb_lt_w$q;
    reg  wb_lt_w$clock;
    reg  [31:0] wl$d;
    reg  wl$en;
    wire  [31:0] wl$q;
    reg  wl$clock;
    reg  [31:0] wl_m1$d;
    reg  wl_m1$en;
    wire  [31:0] wl_m1$q;
    reg  wl_m1$clock;
    reg  [31:0] wl_m2$d;
    reg  wl_m2$en;
    wire  [31:0] wl_m2$q;
    reg  wl_m2$clock;
    reg  [8:0] base$d;
    reg  base$en;
    wire  [8:0] base$q;
    reg  base$clock;
    reg  [8:0] trip$d;
    reg  trip$en;
    wire  [8:0] trip$q;
    reg  trip$clock;
    reg  [31:0] thr0$d;
    reg  thr0$en;
    wire  [31:0] thr0$q;
    reg  thr0$clock;
    reg  [31:0] thr1$d;
    reg  thr1$en;
    wire  [31:0] thr1$q;
    reg  thr1$clock;
    reg  [31:0] thr2$d;
    reg  thr2$en;
    wire  [31:0] thr2$q;
    reg  thr2$clock;
    reg  [31:0] lim0$d;
    wire  [31:0] lim0$q;
    reg  lim0$clock;
    reg  [31:0] lim1$d;
    wire  [31:0] lim1$q;
    reg  lim1$clock;
    reg  never$d;
    wire  never$q;
    reg  never$clock;
    reg  lapsed$d;
    wire  lapsed$q;
    reg  lapsed$clock;
    
    // Local signals
    reg  word_4;
    reg  word_14;
    reg  word_15;
    reg  word_18;
    reg  word_19;
    reg  word_20;
    reg  word_21;
    reg  word_22;
    reg  word_24;
    reg  word_25;
    reg  word_26;
    reg  word_27;
    reg  word_28;
    reg  word_29;
    reg  [31:0] bound0;
    reg  [31:0] bound1;
    reg  [31:0] lx;
    reg  bound_never;
    
    // Sub module instances
    capfuse_core$grant$clear_q clear_q(
        .d(clear_q$d),
        .en(clear_q$en),
        .q(clear_q$q),
        .clock(clear_q$clock)
    );
    capfuse_core$grant$decom_q decom_q(
        .d(decom_q$d),
        .en(decom_q$en),
        .q(decom_q$q),
        .clock(decom_q$clock)
    );
    capfuse_core$grant$seq0 seq0(
        .d(seq0$d),
        .en(seq0$en),
        .q(seq0$q),
        .clock(seq0$clock)
    );
    capfuse_core$grant$seq1 seq1(
        .d(seq1$d),
        .en(seq1$en),
        .q(seq1$q),
        .clock(seq1$clock)
    );
    capfuse_core$grant$exp0 exp0(
        .d(exp0$d),
        .en(exp0$en),
        .q(exp0$q),
        .clock(exp0$clock)
    );
    capfuse_core$grant$exp1 exp1(
        .d(exp1$d),
        .en(exp1$en),
        .q(exp1$q),
        .clock(exp1$clock)
    );
    capfuse_core$grant$cum0 cum0(
        .d(cum0$d),
        .en(cum0$en),
        .q(cum0$q),
        .clock(cum0$clock)
    );
    capfuse_core$grant$cum1 cum1(
        .d(cum1$d),
        .en(cum1$en),
        .q(cum1$q),
        .clock(cum1$clock)
    );
    capfuse_core$grant$cum2 cum2(
        .d(cum2$d),
        .en(cum2$en),
        .q(cum2$q),
        .clock(cum2$clock)
    );
    capfuse_core$grant$wb wb(
        .d(wb$d),
        .en(wb$en),
        .q(wb$q),
        .clock(wb$clock)
    );
    capfuse_core$grant$wb_w wb_w(
        .d(wb_w$d),
        .en(wb_w$en),
        .q(wb_w$q),
        .clock(wb_w$clock)
    );
    capfuse_core$grant$wb_lt_w wb_lt_w(
        .d(wb_lt_w$d),
        .en(wb_lt_w$en),
        .q(wb_lt_w$q),
        .clock(wb_lt_w$clock)
    );
    capfuse_core$grant$wl wl(
        .d(wl$d),
        .en(wl$en),
        .q(wl$q),
        .clock(wl$clock)
    );
    capfuse_core$grant$wl_m1 wl_m1(
        .d(wl_m1$d),
        .en(wl_m1$en),
        .q(wl_m1$q),
        .clock(wl_m1$clock)
    );
    capfuse_core$grant$wl_m2 wl_m2(
        .d(wl_m2$d),
        .en(wl_m2$en),
        .q(wl_m2$q),
        .clock(wl_m2$clock)
    );
    capfuse_core$grant$base base(
        .d(base$d),
        .en(base$en),
        .q(base$q),
        .clock(base$clock)
    );
    capfuse_core$grant$trip trip(
        .d(trip$d),
        .en(trip$en),
        .q(trip$q),
        .clock(trip$clock)
    );
    capfuse_core$grant$thr0 thr0(
        .d(thr0$d),
        .en(thr0$en),
        .q(thr0$q),
        .clock(thr0$clock)
    );
    capfuse_core$grant$thr1 thr1(
        .d(thr1$d),
        .en(thr1$en),
        .q(thr1$q),
        .clock(thr1$clock)
    );
    capfuse_core$grant$thr2 thr2(
        .d(thr2$d),
        .en(thr2$en),
        .q(thr2$q),
        .clock(thr2$clock)
    );
    capfuse_core$grant$lim0 lim0(
        .d(lim0$d),
        .q(lim0$q),
        .clock(lim0$clock)
    );
    capfuse_core$grant$lim1 lim1(
        .d(lim1$d),
        .q(lim1$q),
        .clock(lim1$clock)
    );
    capfuse_core$grant$never never(
        .d(never$d),
        .q(never$q),
        .clock(never$clock)
    );
    capfuse_core$grant$lapsed lapsed(
        .d(lapsed$d),
        .q(lapsed$q),
        .clock(lapsed$clock)
    );
    
    // Update code
    always @(*) begin
        lim0$clock = clock;
        lim1$clock = clock;
        never$clock = clock;
        lapsed$clock = clock;
        lim0$d = lim0$q;
        lim1$d = lim1$q;
        never$d = never$q;
        lapsed$d = lapsed$q;
        clear_q$clock = clock;
        decom_q$clock = clock;
        seq0$clock = clock;
        seq1$clock = clock;
        exp0$clock = clock;
        exp1$clock = clock;
        cum0$clock = clock;
        cum1$clock = clock;
        cum2$clock = clock;
        wb$clock = clock;
        wb_w$clock = clock;
        wb_lt_w$clock = clock;
        wl$clock = clock;
        wl_m1$clock = clock;
        wl_m2$clock = clock;
        base$clock = clock;
        trip$clock = clock;
        thr0$clock = clock;
        thr1$clock = clock;
        thr2$clock = clock;
        clear_trip = clear_q$q;
        decommission = decom_q$q;
        seq_0 = seq0$q;
        seq_1 = seq1$q;
        expiry_0 = exp0$q;
        expiry_1 = exp1$q;
        cum_budget_0 = cum0$q;
        cum_budget_1 = cum1$q;
        cum_budget_2 = cum2$q;
        window_budget = wb$q;
        window_budget_minus_w = wb_w$q;
        window_budget_lt_w = wb_lt_w$q;
        window_len = wl$q;
        window_len_m1 = wl_m1$q;
        window_len_m2 = wl_m2$q;
        baseline = base$q;
        trip_ratio = trip$q;
        report_threshold_0 = thr0$q;
        report_threshold_1 = thr1$q;
        report_threshold_2 = thr2$q;
        expired = lapsed$q;
        apply = apply_req & ~lapsed$q;
        if (es_lt32) begin
            bound0 = (exp0$q << sh_a) | low_m;
            bound1 = (exp1$q << sh_a) | (exp0$q >> sh_b);
            lx = exp1$q >> sh_b;
            bound_never = |lx;
        end
        else begin
            bound0 = ones;
            bound1 = (exp0$q << sh_a) | low_m;
            lx = exp0$q >> sh_b;
            bound_never = |exp1$q | |lx;
        end
        licence_bound_0 = bound0;
        licence_bound_1 = bound1;
        licence_never = bound_never;
        lim0$d = bound0;
        lim1$d = bound1;
        never$d = bound_never;
        lapsed$d = ~never$q & ((cycle_1 > lim1$q) | ((cycle_1 == lim1$q) & (cycle_0 >= lim0$q)));
        word_4 = we & (addr == 32'h4);
        word_14 = we & (addr == 32'he);
        word_15 = we & (addr == 32'hf);
        word_18 = we & (addr == 32'h12);
        word_19 = we & (addr == 32'h13);
        word_20 = we & (addr == 32'h14);
        word_21 = we & (addr == 32'h15);
        word_22 = we & (addr == 32'h16);
        word_24 = we & (addr == 32'h18);
        word_25 = we & (addr == 32'h19);
        word_26 = we & (addr == 32'h1a);
        word_27 = we & (addr == 32'h1b);
        word_28 = we & (addr == 32'h1c);
        word_29 = we & (addr == 32'h1d);
        clear_q$en = word_4;
        decom_q$en = word_4;
        seq0$en = word_14;
        seq1$en = word_15;
        exp0$en = word_18;
        exp1$en = word_19;
        cum0$en = word_20;
        cum1$en = word_21;
        cum2$en = word_22;
        wb$en = word_24;
        wb_w$en = word_24;
        wb_lt_w$en = word_24;
        wl$en = word_25;
        wl_m1$en = word_25;
        wl_m2$en = word_25;
        base$en = word_26;
        trip$en = word_26;
        thr0$en = word_27;
        thr1$en = word_28;
        thr2$en = word_29;
        clear_q$d = wdata[32'h10];
        decom_q$d = wdata[32'h12];
        seq0$d = wdata;
        seq1$d = wdata;
        exp0$d = wdata;
        exp1$d = wdata;
        cum0$d = wdata;
        cum1$d = wdata;
        cum2$d = wdata;
        wb$d = wdata;
        wb_w$d = wdata - max_work;
        wb_lt_w$d = wdata < max_work;
        wl$d = wdata;
        wl_m1$d = wdata - 32'h1;
        wl_m2$d = wdata - 32'h2;
        base$d = wdata[(32'h0)+:(9)];
        trip$d = wdata[(32'h10)+:(9)];
        thr0$d = wdata;
        thr1$d = wdata;
        thr2$d = wdata;
    end
    
endmodule // capfuse_core$grant


module capfuse_core$grant$base(d,en,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    input wire  en;
    output reg  [8:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 9'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$base


module capfuse_core$grant$clear_q(d,en,q,clock);
    
    // Module arguments
    input wire  d;
    input wire  en;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$clear_q


module capfuse_core$grant$cum0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$cum0


module capfuse_core$grant$cum1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$cum1


module capfuse_core$grant$cum2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$cum2


module capfuse_core$grant$decom_q(d,en,q,clock);
    
    // Module arguments
    input wire  d;
    input wire  en;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$decom_q


module capfuse_core$grant$exp0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$exp0


module capfuse_core$grant$exp1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$exp1


module capfuse_core$grant$lapsed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$grant$lapsed


module capfuse_core$grant$lim0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$grant$lim0


module capfuse_core$grant$lim1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$grant$lim1


module capfuse_core$grant$never(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$grant$never


module capfuse_core$grant$seq0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$seq0


module capfuse_core$grant$seq1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$seq1


module capfuse_core$grant$thr0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$thr0


module capfuse_core$grant$thr1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$thr1


module capfuse_core$grant$thr2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$thr2


module capfuse_core$grant$trip(d,en,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    input wire  en;
    output reg  [8:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 9'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$trip


module capfuse_core$grant$wb(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$wb


module capfuse_core$grant$wb_lt_w(d,en,q,clock);
    
    // Module arguments
    input wire  d;
    input wire  en;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$wb_lt_w


module capfuse_core$grant$wb_w(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hfffffc00;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$wb_w


module capfuse_core$grant$wl(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$wl


module capfuse_core$grant$wl_m1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$wl_m1


module capfuse_core$grant$wl_m2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$grant$wl_m2


module capfuse_core$intr_enable(d,en,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    input wire  en;
    output reg  [2:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 3'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$intr_enable


module capfuse_core$intr_state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 3'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$intr_state


module capfuse_core$kill_reg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$kill_reg


module capfuse_core$lic0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$lic0


module capfuse_core$lic1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$lic1


module capfuse_core$lic_never(d,en,q,clock);
    
    // Module arguments
    input wire  d;
    input wire  en;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$lic_never


module capfuse_core$lic_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$lic_q


module capfuse_core$lim0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$lim0


module capfuse_core$lim1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$lim1


module capfuse_core$meter(clock,work_units,enabled,admissible,cum_0,cum_1,cum_2,next_0,prev_0,prev_1,prev_2,clamped);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] work_units;
    input wire  enabled;
    output reg  [15:0] admissible;
    output reg  [31:0] cum_0;
    output reg  [31:0] cum_1;
    output reg  [31:0] cum_2;
    output reg  [31:0] next_0;
    output reg  [31:0] prev_0;
    output reg  [31:0] prev_1;
    output reg  [31:0] prev_2;
    output reg  clamped;
    
    // Constant declarations
    localparam  max_work = 16'h400;
    
    // Stub signals
    reg  [31:0] cum0$d;
    wire  [31:0] cum0$q;
    reg  cum0$clock;
    reg  [31:0] cum1$d;
    wire  [31:0] cum1$q;
    reg  cum1$clock;
    reg  [31:0] cum2$d;
    wire  [31:0] cum2$q;
    reg  cum2$clock;
    reg  pend_q$d;
    wire  pend_q$q;
    reg  pend_q$clock;
    reg  [31:0] prev0$d;
    wire  [31:0] prev0$q;
    reg  prev0$clock;
    reg  clamped_q$d;
    wire  clamped_q$q;
    reg  clamped_q$clock;
    
    // Local signals
    reg  over;
    reg  [15:0] a;
    reg  [16:0] lo;
    reg  [15:0] hi;
    reg  carry0;
    reg  carry1;
    reg  [31:0] up1;
    reg  [31:0] up2;
    reg  [31:0] n0;
    
    // Sub module instances
    capfuse_core$meter$cum0 cum0(
        .d(cum0$d),
        .q(cum0$q),
        .clock(cum0$clock)
    );
    capfuse_core$meter$cum1 cum1(
        .d(cum1$d),
        .q(cum1$q),
        .clock(cum1$clock)
    );
    capfuse_core$meter$cum2 cum2(
        .d(cum2$d),
        .q(cum2$q),
        .clock(cum2$clock)
    );
    capfuse_core$meter$pend_q pend_q(
        .d(pend_q$d),
        .q(pend_q$q),
        .clock(pend_q$clock)
    );
    capfuse_core$meter$prev0 prev0(
        .d(prev0$d),
        .q(prev0$q),
        .clock(prev0$clock)
    );
    capfuse_core$meter$clamped_q clamped_q(
        .d(clamped_q$d),
        .q(clamped_q$q),
        .clock(clamped_q$clock)
    );
    
    // Update code
    always @(*) begin
        cum0$clock = clock;
        cum1$clock = clock;
        cum2$clock = clock;
        pend_q$clock = clock;
        prev0$clock = clock;
        clamped_q$clock = clock;
        cum0$d = cum0$q;
        cum1$d = cum1$q;
        cum2$d = cum2$q;
        pend_q$d = pend_q$q;
        prev0$d = prev0$q;
        clamped_q$d = clamped_q$q;
        over = work_units > max_work;
        a = work_units;
        if (over) begin
            a = max_work;
        end
        admissible = a;
        clamped_q$d = clamped_q$q | (enabled & over);
        clamped = clamped_q$q;
        lo = ((cum0$q[(32'h0)+:(16)]) & 17'h1ffff) + ((a) & 17'h1ffff);
        hi = cum0$q[(32'h10)+:(16)];
        if (lo[32'h10]) begin
            hi = cum0$q[(32'h10)+:(16)] + 32'h1;
        end
        carry0 = enabled & lo[32'h10] & &cum0$q[(32'h10)+:(16)];
        carry1 = pend_q$q & &cum1$q;
        up1 = cum1$q;
        if (pend_q$q) begin
            up1 = cum1$q + 32'h1;
        end
        up2 = cum2$q;
        if (carry1) begin
            up2 = cum2$q + 32'h1;
        end
        n0 = cum0$q;
        if (enabled) begin
            n0 = (((hi) & 32'hffffffff) << 32'h10) | ((lo[(32'h0)+:(16)]) & 32'hffffffff);
        end
        cum0$d = n0;
        next_0 = n0;
        pend_q$d = carry0;
        cum1$d = up1;
        cum2$d = up2;
        prev0$d = cum0$q;
        cum_0 = cum0$q;
        cum_1 = up1;
        cum_2 = up2;
        prev_0 = prev0$q;
        prev_1 = cum1$q;
        prev_2 = cum2$q;
    end
    
endmodule // capfuse_core$meter


module capfuse_core$meter$clamped_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$meter$clamped_q


module capfuse_core$meter$cum0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$meter$cum0


module capfuse_core$meter$cum1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$meter$cum1


module capfuse_core$meter$cum2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$meter$cum2


module capfuse_core$meter$pend_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$meter$pend_q


module capfuse_core$meter$prev0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$meter$prev0


module capfuse_core$old_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$old_q


module capfuse_core$op_b(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$op_b


module capfuse_core$op_c(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$op_c


module capfuse_core$op_s(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$op_s


module capfuse_core$paced_cycles(clock,count,snapshot,snap_lo,snap_hi);
    
    // Module arguments
    input wire  clock;
    input wire  count;
    input wire  snapshot;
    output reg  [31:0] snap_lo;
    output reg  [31:0] snap_hi;
    
    // Stub signals
    reg  [31:0] lo$d;
    wire  [31:0] lo$q;
    reg  lo$clock;
    reg  [31:0] hi$d;
    reg  hi$en;
    wire  [31:0] hi$q;
    reg  hi$clock;
    reg  [31:0] snap_lo_q$d;
    reg  snap_lo_q$en;
    wire  [31:0] snap_lo_q$q;
    reg  snap_lo_q$clock;
    reg  [31:0] snap_hi_q$d;
    reg  snap_hi_q$en;
    wire  [31:0] snap_hi_q$q;
    reg  snap_hi_q$clock;
    
    // Sub module instances
    capfuse_core$paced_cycles$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    capfuse_core$paced_cycles$hi hi(
        .d(hi$d),
        .en(hi$en),
        .q(hi$q),
        .clock(hi$clock)
    );
    capfuse_core$paced_cycles$snap_lo_q snap_lo_q(
        .d(snap_lo_q$d),
        .en(snap_lo_q$en),
        .q(snap_lo_q$q),
        .clock(snap_lo_q$clock)
    );
    capfuse_core$paced_cycles$snap_hi_q snap_hi_q(
        .d(snap_hi_q$d),
        .en(snap_hi_q$en),
        .q(snap_hi_q$q),
        .clock(snap_hi_q$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        lo$d = lo$q;
        hi$clock = clock;
        snap_lo_q$clock = clock;
        snap_hi_q$clock = clock;
        if (count) begin
            lo$d = lo$q + 32'h1;
        end
        hi$en = count & &lo$q;
        hi$d = hi$q + 32'h1;
        snap_lo_q$en = snapshot;
        snap_lo_q$d = lo$q;
        snap_hi_q$en = snapshot;
        snap_hi_q$d = hi$q;
        snap_lo = snap_lo_q$q;
        snap_hi = snap_hi_q$q;
    end
    
endmodule // capfuse_core$paced_cycles


module capfuse_core$paced_cycles$hi(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$paced_cycles$hi


module capfuse_core$paced_cycles$lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$paced_cycles$lo


module capfuse_core$paced_cycles$snap_hi_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$paced_cycles$snap_hi_q


module capfuse_core$paced_cycles$snap_lo_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$paced_cycles$snap_lo_q


module capfuse_core$ph4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$ph4


module capfuse_core$phase(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 3'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$phase


module capfuse_core$refused(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$refused


module capfuse_core$reg_read(clock,araddr,arvalid,arready,rvalid,rready,rdata,rresp,config_reg,status,trip_reason,err_code,intr_state,intr_enable,kill,baseline_ratio,trip_ratio,window_len,window_budget,cum_budget_0,cum_budget_1,cum_budget_2,cum_budget_next_0,cum_budget_next_1,cum_budget_next_2,refused_writes,cum_work_0,cum_work_1,cum_work_2,window_work,window_cycle,cycle_0,cycle_1,enabled_cycles_0,enabled_cycles_1,stopped_cycles_0,stopped_cycles_1,paced_cycles_0,paced_cycles_1,throttled_cycles_0,throttled_cycles_1,trip_cycle_cum_budget_0,trip_cycle_cum_budget_1,trip_cycle_kill_reg_0,trip_cycle_kill_reg_1,trip_cycle_kill_pin_0,trip_cycle_kill_pin_1,trip_cycle_license_0,trip_cycle_license_1,report_threshold_0,report_threshold_1,report_threshold_2,report_threshold_next_0,report_threshold_next_1,report_threshold_next_2,license_expiry_0,license_expiry_1,last_grant_seq_0,last_grant_seq_1);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] araddr;
    input wire  arvalid;
    output reg  arready;
    output reg  rvalid;
    input wire  rready;
    output reg  [31:0] rdata;
    output reg  [1:0] rresp;
    input wire  [31:0] config_reg;
    input wire  [31:0] status;
    input wire  [31:0] trip_reason;
    input wire  [31:0] err_code;
    input wire  [31:0] intr_state;
    input wire  [31:0] intr_enable;
    input wire  [31:0] kill;
    input wire  [31:0] baseline_ratio;
    input wire  [31:0] trip_ratio;
    input wire  [31:0] window_len;
    input wire  [31:0] window_budget;
    input wire  [31:0] cum_budget_0;
    input wire  [31:0] cum_budget_1;
    input wire  [31:0] cum_budget_2;
    input wire  [31:0] cum_budget_next_0;
    input wire  [31:0] cum_budget_next_1;
    input wire  [31:0] cum_budget_next_2;
    input wire  [31:0] refused_writes;
    input wire  [31:0] cum_work_0;
    input wire  [31:0] cum_work_1;
    input wire  [31:0] cum_work_2;
    input wire  [31:0] window_work;
    input wire  [31:0] window_cycle;
    input wire  [31:0] cycle_0;
    input wire  [31:0] cycle_1;
    input wire  [31:0] enabled_cycles_0;
    input wire  [31:0] enabled_cycles_1;
    input wire  [31:0] stopped_cycles_0;
    input wire  [31:0] stopped_cycles_1;
    input wire  [31:0] paced_cycles_0;
    input wire  [31:0] paced_cycles_1;
    input wire  [31:0] throttled_cycles_0;
    input wire  [31:0] throttled_cycles_1;
    input wire  [31:0] trip_cycle_cum_budget_0;
    input wire  [31:0] trip_cycle_cum_budget_1;
    input wire  [31:0] trip_cycle_kill_reg_0;
    input wire  [31:0] trip_cycle_kill_reg_1;
    input wire  [31:0] trip_cycle_kill_pin_0;
    input wire  [31:0] trip_cycle_kill_pin_1;
    input wire  [31:0] trip_cycle_license_0;
    input wire  [31:0] trip_cycle_license_1;
    input wire  [31:0] report_threshold_0;
    input wire  [31:0] report_threshold_1;
    input wire  [31:0] report_threshold_2;
    input wire  [31:0] report_threshold_next_0;
    input wire  [31:0] report_threshold_next_1;
    input wire  [31:0] report_threshold_next_2;
    input wire  [31:0] license_expiry_0;
    input wire  [31:0] license_expiry_1;
    input wire  [31:0] last_grant_seq_0;
    input wire  [31:0] last_grant_seq_1;
    
    // Stub signals
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  mapped$d;
    wire  mapped$q;
    reg  mapped$clock;
    reg  [52:0] sel$d;
    wire  [52:0] sel$q;
    reg  sel$clock;
    reg  rvalid_q$d;
    wire  rvalid_q$q;
    reg  rvalid_q$clock;
    reg  [31:0] rdata_q$d;
    wire  [31:0] rdata_q$q;
    reg  rdata_q$clock;
    reg  [1:0] rresp_q$d;
    wire  [1:0] rresp_q$q;
    reg  rresp_q$clock;
    
    // Local signals
    reg  take;
    reg  [52:0] sel_n;
    reg  [31:0] data;
    
    // Sub module instances
    capfuse_core$reg_read$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    capfuse_core$reg_read$mapped mapped(
        .d(mapped$d),
        .q(mapped$q),
        .clock(mapped$clock)
    );
    capfuse_core$reg_read$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    capfuse_core$reg_read$rvalid_q rvalid_q(
        .d(rvalid_q$d),
        .q(rvalid_q$q),
        .clock(rvalid_q$clock)
    );
    capfuse_core$reg_read$rdata_q rdata_q(
        .d(rdata_q$d),
        .q(rdata_q$q),
        .clock(rdata_q$clock)
    );
    capfuse_core$reg_read$rresp_q rresp_q(
        .d(rresp_q$d),
        .q(rresp_q$q),
        .clock(rresp_q$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        mapped$clock = clock;
        sel$clock = clock;
        rvalid_q$clock = clock;
        rdata_q$clock = clock;
        rresp_q$clock = clock;
        pending$d = pending$q;
        mapped$d = mapped$q;
        sel$d = sel$q;
        rvalid_q$d = rvalid_q$q;
        rdata_q$d = rdata_q$q;
        rresp_q$d = rresp_q$q;
        arready = ~(pending$q | rvalid_q$q);
        rvalid = rvalid_q$q;
        rdata = rdata_q$q;
        rresp = rresp_q$q;
        take = arvalid & ~(pending$q | rvalid_q$q);
        pending$d = take;
        sel_n = 32'h0;
        if (take) begin
            mapped$d = 1'b0;
            if (araddr[(32'h0)+:(2)] == 32'h0) begin
                case (araddr[(32'h2)+:(10)])
                    0:
                        begin
                            mapped$d = 1'b1;
                        end
                    1:
                        begin
                            mapped$d = 1'b1;
                        end
                    2:
                        begin
                            mapped$d = 1'b1;
                        end
                    3:
                        begin
                            mapped$d = 1'b1;
                        end
                    4:
                        begin
                            mapped$d = 1'b1;
                        end
                    5:
                        begin
                            mapped$d = 1'b1;
                        end
                    6:
                        begin
                            mapped$d = 1'b1;
                        end
                    7:
                        begin
                            mapped$d = 1'b1;
                        end
                    8:
                        begin
                            mapped$d = 1'b1;
                        end
                    9:
                        begin
                            mapped$d = 1'b1;
                        end
                    10:
                        begin
                            mapped$d = 1'b1;
                        end
                    11:
                        begin
                            mapped$d = 1'b1;
                        end
                    12:
                        begin
                            mapped$d = 1'b1;
                        end
                    13:
                        begin
                            mapped$d = 1'b1;
                        end
                    14:
                        begin
                            mapped$d = 1'b1;
                        end
                    15:
                        begin
                            mapped$d = 1'b1;
                        end
                    16:
                        begin
                            mapped$d = 1'b1;
                        end
                    17:
                        begin
                            mapped$d = 1'b1;
                        end
                    18:
                        begin
                            mapped$d = 1'b1;
                        end
                    19:
                        begin
                            mapped$d = 1'b1;
                        end
                    20:
                        begin
                            mapped$d = 1'b1;
                        end
                    21:
                        begin
                            mapped$d = 1'b1;
                        end
                    24:
                        begin
                            mapped$d = 1'b1;
                        end
                    25:
                        begin
                            mapped$d = 1'b1;
                        end
                    26:
                        begin
                            mapped$d = 1'b1;
                        end
                    27:
                        begin
                            mapped$d = 1'b1;
                        end
                    28:
                        begin
                            mapped$d = 1'b1;
                        end
                    30:
                        begin
                            mapped$d = 1'b1;
                        end
                    31:
                        begin
                            mapped$d = 1'b1;
                        end
                    32:
                        begin
                            mapped$d = 1'b1;
                        end
                    33:
                        begin
                            mapped$d = 1'b1;
                        end
                    34:
                        begin
                            mapped$d = 1'b1;
                        end
                    35:
                        begin
                            mapped$d = 1'b1;
                        end
                    36:
                        begin
                            mapped$d = 1'b1;
                        end
                    37:
                        begin
                            mapped$d = 1'b1;
                        end
                    38:
                        begin
                            mapped$d = 1'b1;
                        end
                    39:
                        begin
                            mapped$d = 1'b1;
                        end
                    40:
                        begin
                            mapped$d = 1'b1;
                        end
                    41:
                        begin
                            mapped$d = 1'b1;
                        end
                    42:
                        begin
                            mapped$d = 1'b1;
                        end
                    43:
                        begin
                            mapped$d = 1'b1;
                        end
                    44:
                        begin
                            mapped$d = 1'b1;
                        end
                    45:
                        begin
                            mapped$d = 1'b1;
                        end
                    46:
                        begin
                            mapped$d = 1'b1;
                        end
                    47:
                        begin
                            mapped$d = 1'b1;
                        end
                    48:
                        begin
                            mapped$d = 1'b1;
                        end
                    49:
                        begin
                            mapped$d = 1'b1;
                        end
                    50:
                        begin
                            mapped$d = 1'b1;
                        end
                    51:
                        begin
                            mapped$d = 1'b1;
                        end
                    52:
                        begin
                            mapped$d = 1'b1;
                        end
                    53:
                        begin
                            mapped$d = 1'b1;
                        end
                    54:
                        begin
                            mapped$d = 1'b1;
                        end
                    56:
                        begin
                            mapped$d = 1'b1;
                        end
                    57:
                        begin
                            mapped$d = 1'b1;
                        end
                    58:
                        begin
                            mapped$d = 1'b1;
                        end
                    59:
                        begin
                            mapped$d = 1'b1;
                        end
                    default:
                        begin
                        end
                endcase
            end
            if (araddr == 32'h0) begin
                sel_n = (sel_n & ~(1 << (32'h0)) | ((1'b1) << (32'h0)));
            end
            if (araddr == 32'h4) begin
                sel_n = (sel_n & ~(1 << (32'h1)) | ((1'b1) << (32'h1)));
            end
            if (araddr == 32'h8) begin
                sel_n = (sel_n & ~(1 << (32'h2)) | ((1'b1) << (32'h2)));
            end
            if (araddr == 32'h10) begin
                sel_n = (sel_n & ~(1 << (32'h3)) | ((1'b1) << (32'h3)));
            end
            if (araddr == 32'h14) begin
                sel_n = (sel_n & ~(1 << (32'h4)) | ((1'b1) << (32'h4)));
            end
            if (araddr == 32'h18) begin
                sel_n = (sel_n & ~(1 << (32'h5)) | ((1'b1) << (32'h5)));
            end
            if (araddr == 32'h1c) begin
                sel_n = (sel_n & ~(1 << (32'h6)) | ((1'b1) << (32'h6)));
            end
            if (araddr == 32'h20) begin
                sel_n = (sel_n & ~(1 << (32'h7)) | ((1'b1) << (32'h7)));
            end
            if (araddr == 32'h24) begin
                sel_n = (sel_n & ~(1 << (32'h8)) | ((1'b1) << (32'h8)));
            end
            if (araddr == 32'h28) begin
                sel_n = (sel_n & ~(1 << (32'h9)) | ((1'b1) << (32'h9)));
            end
            if (araddr == 32'h2c) begin
                sel_n = (sel_n & ~(1 << (32'ha)) | ((1'b1) << (32'ha)));
            end
            if (araddr == 32'h30) begin
                sel_n = (sel_n & ~(1 << (32'hb)) | ((1'b1) << (32'hb)));
            end
            if (araddr == 32'h34) begin
                sel_n = (sel_n & ~(1 << (32'hc)) | ((1'b1) << (32'hc)));
            end
            if (araddr == 32'h38) begin
                sel_n = (sel_n & ~(1 << (32'hd)) | ((1'b1) << (32'hd)));
            end
            if (araddr == 32'h3c) begin
                sel_n = (sel_n & ~(1 << (32'he)) | ((1'b1) << (32'he)));
            end
            if (araddr == 32'h40) begin
                sel_n = (sel_n & ~(1 << (32'hf)) | ((1'b1) << (32'hf)));
            end
            if (araddr == 32'h44) begin
                sel_n = (sel_n & ~(1 << (32'h10)) | ((1'b1) << (32'h10)));
            end
            if (araddr == 32'h48) begin
                sel_n = (sel_n & ~(1 << (32'h11)) | ((1'b1) << (32'h11)));
            end
            if (araddr == 32'h4c) begin
                sel_n = (sel_n & ~(1 << (32'h12)) | ((1'b1) << (32'h12)));
            end
            if (araddr == 32'h54) begin
                sel_n = (sel_n & ~(1 << (32'h13)) | ((1'b1) << (32'h13)));
            end
            if (araddr == 32'h60) begin
                sel_n = (sel_n & ~(1 << (32'h14)) | ((1'b1) << (32'h14)));
            end
            if (araddr == 32'h64) begin
                sel_n = (sel_n & ~(1 << (32'h15)) | ((1'b1) << (32'h15)));
            end
            if (araddr == 32'h68) begin
                sel_n = (sel_n & ~(1 << (32'h16)) | ((1'b1) << (32'h16)));
            end
            if (araddr == 32'h6c) begin
                sel_n = (sel_n & ~(1 << (32'h17)) | ((1'b1) << (32'h17)));
            end
            if (araddr == 32'h70) begin
                sel_n = (sel_n & ~(1 << (32'h18)) | ((1'b1) << (32'h18)));
            end
            if (araddr == 32'h78) begin
                sel_n = (sel_n & ~(1 << (32'h19)) | ((1'b1) << (32'h19)));
            end
            if (araddr == 32'h7c) begin
                sel_n = (sel_n & ~(1 << (32'h1a)) | ((1'b1) << (32'h1a)));
            end
            if (araddr == 32'h80) begin
                sel_n = (sel_n & ~(1 << (32'h1b)) | ((1'b1) << (32'h1b)));
            end
            if (araddr == 32'h84) begin
                sel_n = (sel_n & ~(1 << (32'h1c)) | ((1'b1) << (32'h1c)));
            end
            if (araddr == 32'h88) begin
                sel_n = (sel_n & ~(1 << (32'h1d)) | ((1'b1) << (32'h1d)));
            end
            if (araddr == 32'h8c) begin
                sel_n = (sel_n & ~(1 << (32'h1e)) | ((1'b1) << (32'h1e)));
            end
            if (araddr == 32'h90) begin
                sel_n = (sel_n & ~(1 << (32'h1f)) | ((1'b1) << (32'h1f)));
            end
            if (araddr == 32'h94) begin
                sel_n = (sel_n & ~(1 << (32'h20)) | ((1'b1) << (32'h20)));
            end
            if (araddr == 32'h98) begin
                sel_n = (sel_n & ~(1 << (32'h21)) | ((1'b1) << (32'h21)));
            end
            if (araddr == 32'h9c) begin
                sel_n = (sel_n & ~(1 << (32'h22)) | ((1'b1) << (32'h22)));
            end
            if (araddr == 32'ha0) begin
                sel_n = (sel_n & ~(1 << (32'h23)) | ((1'b1) << (32'h23)));
            end
            if (araddr == 32'ha4) begin
                sel_n = (sel_n & ~(1 << (32'h24)) | ((1'b1) << (32'h24)));
            end
            if (araddr == 32'ha8) begin
                sel_n = (sel_n & ~(1 << (32'h25)) | ((1'b1) << (32'h25)));
            end
            if (araddr == 32'hac) begin
                sel_n = (sel_n & ~(1 << (32'h26)) | ((1'b1) << (32'h26)));
            end
            if (araddr == 32'hb0) begin
                sel_n = (sel_n & ~(1 << (32'h27)) | ((1'b1) << (32'h27)));
            end
            if (araddr == 32'hb4) begin
                sel_n = (sel_n & ~(1 << (32'h28)) | ((1'b1) << (32'h28)));
            end
            if (araddr == 32'hb8) begin
                sel_n = (sel_n & ~(1 << (32'h29)) | ((1'b1) << (32'h29)));
            end
            if (araddr == 32'hbc) begin
                sel_n = (sel_n & ~(1 << (32'h2a)) | ((1'b1) << (32'h2a)));
            end
            if (araddr == 32'hc0) begin
                sel_n = (sel_n & ~(1 << (32'h2b)) | ((1'b1) << (32'h2b)));
            end
            if (araddr == 32'hc4) begin
                sel_n = (sel_n & ~(1 << (32'h2c)) | ((1'b1) << (32'h2c)));
            end
            if (araddr == 32'hc8) begin
                sel_n = (sel_n & ~(1 << (32'h2d)) | ((1'b1) << (32'h2d)));
            end
            if (araddr == 32'hcc) begin
                sel_n = (sel_n & ~(1 << (32'h2e)) | ((1'b1) << (32'h2e)));
            end
            if (araddr == 32'hd0) begin
                sel_n = (sel_n & ~(1 << (32'h2f)) | ((1'b1) << (32'h2f)));
            end
            if (araddr == 32'hd4) begin
                sel_n = (sel_n & ~(1 << (32'h30)) | ((1'b1) << (32'h30)));
            end
            if (araddr == 32'he0) begin
                sel_n = (sel_n & ~(1 << (32'h31)) | ((1'b1) << (32'h31)));
            end
            if (araddr == 32'he4) begin
                sel_n = (sel_n & ~(1 << (32'h32)) | ((1'b1) << (32'h32)));
            end
            if (araddr == 32'he8) begin
                sel_n = (sel_n & ~(1 << (32'h33)) | ((1'b1) << (32'h33)));
            end
            if (araddr == 32'hec) begin
                sel_n = (sel_n & ~(1 << (32'h34)) | ((1'b1) << (32'h34)));
            end
            sel$d = sel_n;
        end
        data = 32'h0;
        if (pending$q) begin
            if (sel$q[32'h0]) begin
                data = 32'h43465553;
            end
            if (sel$q[32'h1]) begin
                data = 32'h4;
            end
            if (sel$q[32'h2]) begin
                data = data | config_reg;
            end
            if (sel$q[32'h3]) begin
                data = data | status;
            end
            if (sel$q[32'h4]) begin
                data = data | trip_reason;
            end
            if (sel$q[32'h5]) begin
                data = data | err_code;
            end
            if (sel$q[32'h6]) begin
                data = data | intr_state;
            end
            if (sel$q[32'h7]) begin
                data = data | intr_enable;
            end
            if (sel$q[32'h8]) begin
                data = data | kill;
            end
            if (sel$q[32'h9]) begin
                data = data | baseline_ratio;
            end
            if (sel$q[32'ha]) begin
                data = data | trip_ratio;
            end
            if (sel$q[32'hb]) begin
                data = data | window_len;
            end
            if (sel$q[32'hc]) begin
                data = data | window_budget;
            end
            if (sel$q[32'hd]) begin
                data = data | cum_budget_0;
            end
            if (sel$q[32'he]) begin
                data = data | cum_budget_1;
            end
            if (sel$q[32'hf]) begin
                data = data | cum_budget_2;
            end
            if (sel$q[32'h10]) begin
                data = data | cum_budget_next_0;
            end
            if (sel$q[32'h11]) begin
                data = data | cum_budget_next_1;
            end
            if (sel$q[32'h12]) begin
                data = data | cum_budget_next_2;
            end
            if (sel$q[32'h13]) begin
                data = data | refused_writes;
            end
            if (sel$q[32'h14]) begin
                data = data | cum_work_0;
            end
            if (sel$q[32'h15]) begin
                data = data | cum_work_1;
            end
            if (sel$q[32'h16]) begin
                data = data | cum_work_2;
            end
            if (sel$q[32'h17]) begin
                data = data | window_work;
            end
            if (sel$q[32'h18]) begin
                data = data | window_cycle;
            end
            if (sel$q[32'h19]) begin
                data = data | cycle_0;
            end
            if (sel$q[32'h1a]) begin
                data = data | cycle_1;
            end
            if (sel$q[32'h1b]) begin
                data = data | enabled_cycles_0;
            end
            if (sel$q[32'h1c]) begin
                data = data | enabled_cycles_1;
            end
            if (sel$q[32'h1d]) begin
                data = data | stopped_cycles_0;
            end
            if (sel$q[32'h1e]) begin
                data = data | stopped_cycles_1;
            end
            if (sel$q[32'h1f]) begin
                data = data | paced_cycles_0;
            end
            if (sel$q[32'h20]) begin
                data = data | paced_cycles_1;
            end
            if (sel$q[32'h21]) begin
                data = data | throttled_cycles_0;
            end
            if (sel$q[32'h22]) begin
                data = data | throttled_cycles_1;
            end
            if (sel$q[32'h23]) begin
                data = data | trip_cycle_cum_budget_0;
            end
            if (sel$q[32'h24]) begin
                data = data | trip_cycle_cum_budget_1;
            end
            if (sel$q[32'h25]) begin
                data = data | trip_cycle_kill_reg_0;
            end
            if (sel$q[32'h26]) begin
                data = data | trip_cycle_kill_reg_1;
            end
            if (sel$q[32'h27]) begin
                data = data | trip_cycle_kill_pin_0;
            end
            if (sel$q[32'h28]) begin
                data = data | trip_cycle_kill_pin_1;
            end
            if (sel$q[32'h29]) begin
                data = data | trip_cycle_license_0;
            end
            if (sel$q[32'h2a]) begin
                data = data | trip_cycle_license_1;
            end
            if (sel$q[32'h2b]) begin
                data = data | report_threshold_0;
            end
            if (sel$q[32'h2c]) begin
                data = data | report_threshold_1;
            end
            if (sel$q[32'h2d]) begin
                data = data | report_threshold_2;
            end
            if (sel$q[32'h2e]) begin
                data = data | report_threshold_next_0;
            end
            if (sel$q[32'h2f]) begin
                data = data | report_threshold_next_1;
            end
            if (sel$q[32'h30]) begin
                data = data | report_threshold_next_2;
            end
            if (sel$q[32'h31]) begin
                data = data | license_expiry_0;
            end
            if (sel$q[32'h32]) begin
                data = data | license_expiry_1;
            end
            if (sel$q[32'h33]) begin
                data = data | last_grant_seq_0;
            end
            if (sel$q[32'h34]) begin
                data = data | last_grant_seq_1;
            end
            rvalid_q$d = 1'b1;
            rdata_q$d = data;
            rresp_q$d = 32'h2;
            if (mapped$q) begin
                rresp_q$d = 32'h0;
            end
        end
        else if (rvalid_q$q & rready) begin
            rvalid_q$d = 1'b0;
        end
    end
    
endmodule // capfuse_core$reg_read


module capfuse_core$reg_read$mapped(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_read$mapped


module capfuse_core$reg_read$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_read$pending


module capfuse_core$reg_read$rdata_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_read$rdata_q


module capfuse_core$reg_read$rresp_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 2'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_read$rresp_q


module capfuse_core$reg_read$rvalid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_read$rvalid_q


module capfuse_core$reg_read$sel(d,q,clock);
    
    // Module arguments
    input wire  [52:0] d;
    output reg  [52:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 53'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_read$sel


module capfuse_core$reg_write(clock,holds_addr,holds_load,wdata,wstrb,staged,staged_old,intr_enable,baseline_ratio,trip_ratio,window_len,window_budget,cum_budget_next_0,cum_budget_next_1,cum_budget_next_2,report_threshold_next_0,report_threshold_next_1,report_threshold_next_2,holds_enable,mapped,read_only,old,value,looser,invalid,snapshot_sel,err_code_sel,intr_state_sel,intr_enable_sel,kill_sel,baseline_ratio_sel,trip_ratio_sel,window_len_sel,window_budget_sel,cum_budget_next_0_sel,cum_budget_next_1_sel,cum_budget_next_2_sel,cum_budget_commit_sel,report_threshold_next_0_sel,report_threshold_next_1_sel,report_threshold_next_2_sel,report_threshold_commit_sel);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] holds_addr;
    input wire  holds_load;
    input wire  [31:0] wdata;
    input wire  [3:0] wstrb;
    input wire  [31:0] staged;
    input wire  [31:0] staged_old;
    input wire  [31:0] intr_enable;
    input wire  [31:0] baseline_ratio;
    input wire  [31:0] trip_ratio;
    input wire  [31:0] window_len;
    input wire  [31:0] window_budget;
    input wire  [31:0] cum_budget_next_0;
    input wire  [31:0] cum_budget_next_1;
    input wire  [31:0] cum_budget_next_2;
    input wire  [31:0] report_threshold_next_0;
    input wire  [31:0] report_threshold_next_1;
    input wire  [31:0] report_threshold_next_2;
    output reg  holds_enable;
    output reg  mapped;
    output reg  read_only;
    output reg  [31:0] old;
    output reg  [31:0] value;
    output reg  looser;
    output reg  invalid;
    output reg  snapshot_sel;
    output reg  err_code_sel;
    output reg  intr_state_sel;
    output reg  intr_enable_sel;
    output reg  kill_sel;
    output reg  baseline_ratio_sel;
    output reg  trip_ratio_sel;
    output reg  window_len_sel;
    output reg  window_budget_sel;
    output reg  cum_budget_next_0_sel;
    output reg  cum_budget_next_1_sel;
    output reg  cum_budget_next_2_sel;
    output reg  cum_budget_commit_sel;
    output reg  report_threshold_next_0_sel;
    output reg  report_threshold_next_1_sel;
    output reg  report_threshold_next_2_sel;
    output reg  report_threshold_commit_sel;
    
    // Constant declarations
    localparam  byte0 = 32'hff;
    localparam  byte1 = 32'hff00;
    localparam  byte2 = 32'hff0000;
    localparam  byte3 = 32'hff000000;
    localparam  max_256 = 32'h100;
    localparam  min_1 = 32'h1;
    
    // Stub signals
    reg  looser_q$d;
    wire  looser_q$q;
    reg  looser_q$clock;
    reg  invalid_q$d;
    wire  invalid_q$q;
    reg  invalid_q$clock;
    reg  mapped_q$d;
    wire  mapped_q$q;
    reg  mapped_q$clock;
    reg  read_only_q$d;
    wire  read_only_q$q;
    reg  read_only_q$clock;
    reg  holds_enable_q$d;
    wire  holds_enable_q$q;
    reg  holds_enable_q$clock;
    reg  [16:0] sel_q$d;
    wire  [16:0] sel_q$q;
    reg  sel_q$clock;
    
    // Local signals
    reg  [31:0] mask;
    reg  [31:0] mask_n;
    reg  above;
    reg  below;
    reg  above_max_256;
    reg  below_min_1;
    reg  [16:0] sel_n;
    
    // Sub module instances
    capfuse_core$reg_write$looser_q looser_q(
        .d(looser_q$d),
        .q(looser_q$q),
        .clock(looser_q$clock)
    );
    capfuse_core$reg_write$invalid_q invalid_q(
        .d(invalid_q$d),
        .q(invalid_q$q),
        .clock(invalid_q$clock)
    );
    capfuse_core$reg_write$mapped_q mapped_q(
        .d(mapped_q$d),
        .q(mapped_q$q),
        .clock(mapped_q$clock)
    );
    capfuse_core$reg_write$read_only_q read_only_q(
        .d(read_only_q$d),
        .q(read_only_q$q),
        .clock(read_only_q$clock)
    );
    capfuse_core$reg_write$holds_enable_q holds_enable_q(
        .d(holds_enable_q$d),
        .q(holds_enable_q$q),
        .clock(holds_enable_q$clock)
    );
    capfuse_core$reg_write$sel_q sel_q(
        .d(sel_q$d),
        .q(sel_q$q),
        .clock(sel_q$clock)
    );
    
    // Update code
    always @(*) begin
        looser_q$clock = clock;
        invalid_q$clock = clock;
        mapped_q$clock = clock;
        read_only_q$clock = clock;
        holds_enable_q$clock = clock;
        sel_q$clock = clock;
        looser_q$d = looser_q$q;
        invalid_q$d = invalid_q$q;
        mapped_q$d = mapped_q$q;
        read_only_q$d = read_only_q$q;
        holds_enable_q$d = holds_enable_q$q;
        sel_q$d = sel_q$q;
        looser = looser_q$q;
        invalid = invalid_q$q;
        sel_n = 32'h0;
        if (holds_load) begin
            mapped_q$d = 1'b0;
            read_only_q$d = 1'b0;
            holds_enable_q$d = 1'b0;
            if (holds_addr[(32'h0)+:(2)] == 32'h0) begin
                case (holds_addr[(32'h2)+:(10)])
                    0:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    1:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    2:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    3:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    4:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    5:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    6:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    7:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    8:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    9:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    10:
                        begin
                            mapped_q$d = 1'b1;
                            holds_enable_q$d = 1'b1;
                        end
                    11:
                        begin
                            mapped_q$d = 1'b1;
                            holds_enable_q$d = 1'b1;
                        end
                    12:
                        begin
                            mapped_q$d = 1'b1;
                            holds_enable_q$d = 1'b1;
                        end
                    13:
                        begin
                            mapped_q$d = 1'b1;
                            holds_enable_q$d = 1'b1;
                        end
                    14:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    15:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    16:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    17:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    18:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    19:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    20:
                        begin
                            mapped_q$d = 1'b1;
                            holds_enable_q$d = 1'b1;
                        end
                    21:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    24:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    25:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    26:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    27:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    28:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    30:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    31:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    32:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    33:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    34:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    35:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    36:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    37:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    38:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    39:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    40:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    41:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    42:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    43:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    44:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    45:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    46:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    47:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    48:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    49:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    50:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    51:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    52:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    53:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    54:
                        begin
                            mapped_q$d = 1'b1;
                        end
                    56:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    57:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    58:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    59:
                        begin
                            mapped_q$d = 1'b1;
                            read_only_q$d = 1'b1;
                        end
                    default:
                        begin
                        end
                endcase
            end
            if (holds_addr == 32'hc) begin
                sel_n = (sel_n & ~(1 << (32'h0)) | ((1'b1) << (32'h0)));
            end
            if (holds_addr == 32'h18) begin
                sel_n = (sel_n & ~(1 << (32'h1)) | ((1'b1) << (32'h1)));
            end
            if (holds_addr == 32'h1c) begin
                sel_n = (sel_n & ~(1 << (32'h2)) | ((1'b1) << (32'h2)));
            end
            if (holds_addr == 32'h20) begin
                sel_n = (sel_n & ~(1 << (32'h3)) | ((1'b1) << (32'h3)));
            end
            if (holds_addr == 32'h24) begin
                sel_n = (sel_n & ~(1 << (32'h4)) | ((1'b1) << (32'h4)));
            end
            if (holds_addr == 32'h28) begin
                sel_n = (sel_n & ~(1 << (32'h5)) | ((1'b1) << (32'h5)));
            end
            if (holds_addr == 32'h2c) begin
                sel_n = (sel_n & ~(1 << (32'h6)) | ((1'b1) << (32'h6)));
            end
            if (holds_addr == 32'h30) begin
                sel_n = (sel_n & ~(1 << (32'h7)) | ((1'b1) << (32'h7)));
            end
            if (holds_addr == 32'h34) begin
                sel_n = (sel_n & ~(1 << (32'h8)) | ((1'b1) << (32'h8)));
            end
            if (holds_addr == 32'h44) begin
                sel_n = (sel_n & ~(1 << (32'h9)) | ((1'b1) << (32'h9)));
            end
            if (holds_addr == 32'h48) begin
                sel_n = (sel_n & ~(1 << (32'ha)) | ((1'b1) << (32'ha)));
            end
            if (holds_addr == 32'h4c) begin
                sel_n = (sel_n & ~(1 << (32'hb)) | ((1'b1) << (32'hb)));
            end
            if (holds_addr == 32'h50) begin
                sel_n = (sel_n & ~(1 << (32'hc)) | ((1'b1) << (32'hc)));
            end
            if (holds_addr == 32'hcc) begin
                sel_n = (sel_n & ~(1 << (32'hd)) | ((1'b1) << (32'hd)));
            end
            if (holds_addr == 32'hd0) begin
                sel_n = (sel_n & ~(1 << (32'he)) | ((1'b1) << (32'he)));
            end
            if (holds_addr == 32'hd4) begin
                sel_n = (sel_n & ~(1 << (32'hf)) | ((1'b1) << (32'hf)));
            end
            if (holds_addr == 32'hd8) begin
                sel_n = (sel_n & ~(1 << (32'h10)) | ((1'b1) << (32'h10)));
            end
            sel_q$d = sel_n;
        end
        mapped = mapped_q$q;
        read_only = read_only_q$q;
        holds_enable = holds_enable_q$q;
        snapshot_sel = sel_q$q[32'h0];
        err_code_sel = sel_q$q[32'h1];
        intr_state_sel = sel_q$q[32'h2];
        intr_enable_sel = sel_q$q[32'h3];
        kill_sel = sel_q$q[32'h4];
        baseline_ratio_sel = sel_q$q[32'h5];
        trip_ratio_sel = sel_q$q[32'h6];
        window_len_sel = sel_q$q[32'h7];
        window_budget_sel = sel_q$q[32'h8];
        cum_budget_next_0_sel = sel_q$q[32'h9];
        cum_budget_next_1_sel = sel_q$q[32'ha];
        cum_budget_next_2_sel = sel_q$q[32'hb];
        cum_budget_commit_sel = sel_q$q[32'hc];
        report_threshold_next_0_sel = sel_q$q[32'hd];
        report_threshold_next_1_sel = sel_q$q[32'he];
        report_threshold_next_2_sel = sel_q$q[32'hf];
        report_threshold_commit_sel = sel_q$q[32'h10];
        old = 32'h0;
        if (sel_q$q[32'h3]) begin
            old = old | intr_enable;
        end
        if (sel_q$q[32'h5]) begin
            old = old | baseline_ratio;
        end
        if (sel_q$q[32'h6]) begin
            old = old | trip_ratio;
        end
        if (sel_q$q[32'h7]) begin
            old = old | window_len;
        end
        if (sel_q$q[32'h8]) begin
            old = old | window_budget;
        end
        if (sel_q$q[32'h9]) begin
            old = old | cum_budget_next_0;
        end
        if (sel_q$q[32'ha]) begin
            old = old | cum_budget_next_1;
        end
        if (sel_q$q[32'hb]) begin
            old = old | cum_budget_next_2;
        end
        if (sel_q$q[32'hd]) begin
            old = old | report_threshold_next_0;
        end
        if (sel_q$q[32'he]) begin
            old = old | report_threshold_next_1;
        end
        if (sel_q$q[32'hf]) begin
            old = old | report_threshold_next_2;
        end
        mask = 32'h0;
        if (wstrb[32'h0]) begin
            mask = mask | byte0;
        end
        if (wstrb[32'h1]) begin
            mask = mask | byte1;
        end
        if (wstrb[32'h2]) begin
            mask = mask | byte2;
        end
        if (wstrb[32'h3]) begin
            mask = mask | byte3;
        end
        mask_n = ~mask;
        value = (old & mask_n) | (wdata & mask);
        above = staged > staged_old;
        below = staged < staged_old;
        above_max_256 = staged > max_256;
        below_min_1 = staged < min_1;
        looser_q$d = 1'b0;
        invalid_q$d = 1'b0;
        if (baseline_ratio_sel) begin
            invalid_q$d = above_max_256;
            looser_q$d = above;
        end
        if (trip_ratio_sel) begin
            invalid_q$d = above_max_256;
            looser_q$d = above;
        end
        if (window_len_sel) begin
            invalid_q$d = below_min_1;
            looser_q$d = below;
        end
        if (window_budget_sel) begin
            looser_q$d = above;
        end
    end
    
endmodule // capfuse_core$reg_write


module capfuse_core$reg_write$holds_enable_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_write$holds_enable_q


module capfuse_core$reg_write$invalid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_write$invalid_q


module capfuse_core$reg_write$looser_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_write$looser_q


module capfuse_core$reg_write$mapped_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_write$mapped_q


module capfuse_core$reg_write$read_only_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_write$read_only_q


module capfuse_core$reg_write$sel_q(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 17'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$reg_write$sel_q


module capfuse_core$report(clock,capture,addr,data,cycle_0,cycle_1,cum_work_0,cum_work_1,cum_work_2,window_work,status,trip_reason,trip_cycle_0,trip_cycle_1,trip_cycle_2,trip_cycle_3,trip_cycle_4,trip_cycle_5,trip_cycle_6,trip_cycle_7,cum_budget_0,cum_budget_1,cum_budget_2,window_budget,window_len,ratios,report_threshold_0,report_threshold_1,report_threshold_2,license_expiry_0,license_expiry_1,last_grant_seq_0,last_grant_seq_1);
    
    // Module arguments
    input wire  clock;
    input wire  capture;
    input wire  [6:0] addr;
    output reg  [31:0] data;
    input wire  [31:0] cycle_0;
    input wire  [31:0] cycle_1;
    input wire  [31:0] cum_work_0;
    input wire  [31:0] cum_work_1;
    input wire  [31:0] cum_work_2;
    input wire  [31:0] window_work;
    input wire  [31:0] status;
    input wire  [31:0] trip_reason;
    input wire  [31:0] trip_cycle_0;
    input wire  [31:0] trip_cycle_1;
    input wire  [31:0] trip_cycle_2;
    input wire  [31:0] trip_cycle_3;
    input wire  [31:0] trip_cycle_4;
    input wire  [31:0] trip_cycle_5;
    input wire  [31:0] trip_cycle_6;
    input wire  [31:0] trip_cycle_7;
    input wire  [31:0] cum_budget_0;
    input wire  [31:0] cum_budget_1;
    input wire  [31:0] cum_budget_2;
    input wire  [31:0] window_budget;
    input wire  [31:0] window_len;
    input wire  [31:0] ratios;
    input wire  [31:0] report_threshold_0;
    input wire  [31:0] report_threshold_1;
    input wire  [31:0] report_threshold_2;
    input wire  [31:0] license_expiry_0;
    input wire  [31:0] license_expiry_1;
    input wire  [31:0] last_grant_seq_0;
    input wire  [31:0] last_grant_seq_1;
    
    // Constant declarations
    localparam  es_lt32 = 1'b0;
    localparam  sh_a = 32'h0;
    localparam  sh_b = 32'h20;
    
    // Stub signals
    reg  [31:0] cycle_0_q$d;
    reg  cycle_0_q$en;
    wire  [31:0] cycle_0_q$q;
    reg  cycle_0_q$clock;
    reg  [31:0] cycle_1_q$d;
    reg  cycle_1_q$en;
    wire  [31:0] cycle_1_q$q;
    reg  cycle_1_q$clock;
    reg  [31:0] cum_work_0_q$d;
    reg  cum_work_0_q$en;
    wire  [31:0] cum_work_0_q$q;
    reg  cum_work_0_q$clock;
    reg  [31:0] cum_work_1_q$d;
    reg  cum_work_1_q$en;
    wire  [31:0] cum_work_1_q$q;
    reg  cum_work_1_q$clock;
    reg  [31:0] cum_work_2_q$d;
    reg  cum_work_2_q$en;
    wire  [31:0] cum_work_2_q$q;
    reg  cum_work_2_q$clock;
    reg  [31:0] window_work_q$d;
    reg  window_work_q$en;
    wire  [31:0] window_work_q$q;
    reg  window_work_q$clock;
    reg  [31:0] status_q$d;
    reg  status_q$en;
    wire  [31:0] status_q$q;
    reg  status_q$clock;
    reg  [31:0] trip_reason_q$d;
    reg  trip_reason_q$en;
    wire  [31:0] trip_reason_q$q;
    reg  trip_reason_q$clock;
    reg  [31:0] trip_cycle_0_q$d;
    reg  trip_cycle_0_q$en;
    wire  [31:0] trip_cycle_0_q$q;
    reg  trip_cycle_0_q$clock;
    reg  [31:0] trip_cycle_1_q$d;
    reg  trip_cycle_1_q$en;
    wire  [31:0] trip_cycle_1_q$q;
    reg  trip_cycle_1_q$clock;
    reg  [31:0] trip_cycle_2_q$d;
    reg  trip_cycle_2_q$en;
    wire  [31:0] trip_cycle_2_q$q;
    reg  trip_cycle_2_q$clock;
    reg  [31:0] trip_cycle_3_q$d;
    reg  trip_cycle_3_q$en;
    wire  [31:0] trip_cycle_3_q$q;
    reg  trip_cycle_3_q$clock;
    reg  [31:0] trip_cycle_4_q$d;
    reg  trip_cycle_4_q$en;
    wire  [31:0] trip_cycle_4_q$q;
    reg  trip_cycle_4_q$clock;
    reg  [31:0] trip_cycle_5_q$d;
    reg  trip_cycle_5_q$en;
    wire  [31:0] trip_cycle_5_q$q;
    reg  trip_cycle_5_q$clock;
    reg  [31:0] trip_cycle_6_q$d;
    reg  trip_cycle_6_q$en;
    wire  [31:0] trip_cycle_6_q$q;
    reg  trip_cycle_6_q$clock;
    reg  [31:0] trip_cycle_7_q$d;
    reg  trip_cycle_7_q$en;
    wire  [31:0] trip_cycle_7_q$q;
    reg  trip_cycle_7_q$clock;
    reg  [31:0] cum_budget_0_q$d;
    reg  cum_budget_0_q$en;
    wire  [31:0] cum_budget_0_q$q;
    reg  cum_budget_0_q$clock;
    reg  [31:0] cum_budget_1_q$d;
    reg  cum_budget_1_q$en;
    wire  [31:0] cum_budget_1_q$q;
    reg  cum_budget_1_q$clock;
    reg  [31:0] cum_budget_2_q$d;
    reg  cum_budget_2_q$en;
    wire  [31:0] cum_budget_2_q$q;
    reg  cum_budget_2_q$clock;
    reg  [31:0] window_budget_q$d;
    reg  window_budget_q$en;
    wire  [31:0] window_budget_q$q;
    reg  window_budget_q$clock;
    reg  [31:0] window_len_q$d;
    reg  window_len_q$en;
    wire  [31:0] window_len_q$q;
    reg  window_len_q$clock;
    reg  [31:0] ratios_q$d;
    reg  ratios_q$en;
    wire  [31:0] ratios_q$q;
    reg  ratios_q$clock;
    reg  [31:0] report_threshold_0_q$d;
    reg  report_threshold_0_q$en;
    wire  [31:0] report_threshold_0_q$q;
    reg  report_threshold_0_q$clock;
    reg  [31:0] report_threshold_1_q$d;
    reg  report_threshold_1_q$en;
    wire  [31:0] report_threshold_1_q$q;
    reg  report_threshold_1_q$clock;
    reg  [31:0] report_threshold_2_q$d;
    reg  report_threshold_2_q$en;
    wire  [31:0] report_threshold_2_q$q;
    reg  report_threshold_2_q$clock;
    reg  [31:0] license_expiry_0_q$d;
    reg  license_expiry_0_q$en;
    wire  [31:0] license_expiry_0_q$q;
    reg  license_expiry_0_q$clock;
    reg  [31:0] license_expiry_1_q$d;
    reg  license_expiry_1_q$en;
    wire  [31:0] license_expiry_1_q$q;
    reg  license_expiry_1_q$clock;
    reg  [31:0] last_grant_seq_0_q$d;
    reg  last_grant_seq_0_q$en;
    wire  [31:0] last_grant_seq_0_q$q;
    reg  last_grant_seq_0_q$clock;
    reg  [31:0] last_grant_seq_1_q$d;
    reg  last_grant_seq_1_q$en;
    wire  [31:0] last_grant_seq_1_q$q;
    reg  last_grant_seq_1_q$clock;
    reg  [31:0] data_q$d;
    wire  [31:0] data_q$q;
    reg  data_q$clock;
    
    // Sub module instances
    capfuse_core$report$cycle_0_q cycle_0_q(
        .d(cycle_0_q$d),
        .en(cycle_0_q$en),
        .q(cycle_0_q$q),
        .clock(cycle_0_q$clock)
    );
    capfuse_core$report$cycle_1_q cycle_1_q(
        .d(cycle_1_q$d),
        .en(cycle_1_q$en),
        .q(cycle_1_q$q),
        .clock(cycle_1_q$clock)
    );
    capfuse_core$report$cum_work_0_q cum_work_0_q(
        .d(cum_work_0_q$d),
        .en(cum_work_0_q$en),
        .q(cum_work_0_q$q),
        .clock(cum_work_0_q$clock)
    );
    capfuse_core$report$cum_work_1_q cum_work_1_q(
        .d(cum_work_1_q$d),
        .en(cum_work_1_q$en),
        .q(cum_work_1_q$q),
        .clock(cum_work_1_q$clock)
    );
    capfuse_core$report$cum_work_2_q cum_work_2_q(
        .d(cum_work_2_q$d),
        .en(cum_work_2_q$en),
        .q(cum_work_2_q$q),
        .clock(cum_work_2_q$clock)
    );
    capfuse_core$report$window_work_q window_work_q(
        .d(window_work_q$d),
        .en(window_work_q$en),
        .q(window_work_q$q),
        .clock(window_work_q$clock)
    );
    capfuse_core$report$status_q status_q(
        .d(status_q$d),
        .en(status_q$en),
        .q(status_q$q),
        .clock(status_q$clock)
    );
    capfuse_core$report$trip_reason_q trip_reason_q(
        .d(trip_reason_q$d),
        .en(trip_reason_q$en),
        .q(trip_reason_q$q),
        .clock(trip_reason_q$clock)
    );
    capfuse_core$report$trip_cycle_0_q trip_cycle_0_q(
        .d(trip_cycle_0_q$d),
        .en(trip_cycle_0_q$en),
        .q(trip_cycle_0_q$q),
        .clock(trip_cycle_0_q$clock)
    );
    capfuse_core$report$trip_cycle_1_q trip_cycle_1_q(
        .d(trip_cycle_1_q$d),
        .en(trip_cycle_1_q$en),
        .q(trip_cycle_1_q$q),
        .clock(trip_cycle_1_q$clock)
    );
    capfuse_core$report$trip_cycle_2_q trip_cycle_2_q(
        .d(trip_cycle_2_q$d),
        .en(trip_cycle_2_q$en),
        .q(trip_cycle_2_q$q),
        .clock(trip_cycle_2_q$clock)
    );
    capfuse_core$report$trip_cycle_3_q trip_cycle_3_q(
        .d(trip_cycle_3_q$d),
        .en(trip_cycle_3_q$en),
        .q(trip_cycle_3_q$q),
        .clock(trip_cycle_3_q$clock)
    );
    capfuse_core$report$trip_cycle_4_q trip_cycle_4_q(
        .d(trip_cycle_4_q$d),
        .en(trip_cycle_4_q$en),
        .q(trip_cycle_4_q$q),
        .clock(trip_cycle_4_q$clock)
    );
    capfuse_core$report$trip_cycle_5_q trip_cycle_5_q(
        .d(trip_cycle_5_q$d),
        .en(trip_cycle_5_q$en),
        .q(trip_cycle_5_q$q),
        .clock(trip_cycle_5_q$clock)
    );
    capfuse_core$report$trip_cycle_6_q trip_cycle_6_q(
        .d(trip_cycle_6_q$d),
        .en(trip_cycle_6_q$en),
        .q(trip_cycle_6_q$q),
        .clock(trip_cycle_6_q$clock)
    );
    capfuse_core$report$trip_cycle_7_q trip_cycle_7_q(
        .d(trip_cycle_7_q$d),
        .en(trip_cycle_7_q$en),
        .q(trip_cycle_7_q$q),
        .clock(trip_cycle_7_q$clock)
    );
    capfuse_core$report$cum_budget_0_q cum_budget_0_q(
        .d(cum_budget_0_q$d),
        .en(cum_budget_0_q$en),
        .q(cum_budget_0_q$q),
        .clock(cum_budget_0_q$clock)
    );
    capfuse_core$report$cum_budget_1_q cum_budget_1_q(
        .d(cum_budget_1_q$d),
        .en(cum_budget_1_q$en),
        .q(cum_budget_1_q$q),
        .clock(cum_budget_1_q$clock)
    );
    capfuse_core$report$cum_budget_2_q cum_budget_2_q(
        .d(cum_budget_2_q$d),
        .en(cum_budget_2_q$en),
        .q(cum_budget_2_q$q),
        .clock(cum_budget_2_q$clock)
    );
    capfuse_core$report$window_budget_q window_budget_q(
        .d(window_budget_q$d),
        .en(window_budget_q$en),
        .q(window_budget_q$q),
        .clock(window_budget_q$clock)
    );
    capfuse_core$report$window_len_q window_len_q(
        .d(window_len_q$d),
        .en(window_len_q$en),
        .q(window_len_q$q),
        .clock(window_len_q$clock)
    );
    capfuse_core$report$ratios_q ratios_q(
        .d(ratios_q$d),
        .en(ratios_q$en),
        .q(ratios_q$q),
        .clock(ratios_q$clock)
    );
    capfuse_core$report$report_threshold_0_q report_threshold_0_q(
        .d(report_threshold_0_q$d),
        .en(report_threshold_0_q$en),
        .q(report_threshold_0_q$q),
        .clock(report_threshold_0_q$clock)
    );
    capfuse_core$report$report_threshold_1_q report_threshold_1_q(
        .d(report_threshold_1_q$d),
        .en(report_threshold_1_q$en),
        .q(report_threshold_1_q$q),
        .clock(report_threshold_1_q$clock)
    );
    capfuse_core$report$report_threshold_2_q report_threshold_2_q(
        .d(report_threshold_2_q$d),
        .en(report_threshold_2_q$en),
        .q(report_threshold_2_q$q),
        .clock(report_threshold_2_q$clock)
    );
    capfuse_core$report$license_expiry_0_q license_expiry_0_q(
        .d(license_expiry_0_q$d),
        .en(license_expiry_0_q$en),
        .q(license_expiry_0_q$q),
        .clock(license_expiry_0_q$clock)
    );
    capfuse_core$report$license_expiry_1_q license_expiry_1_q(
        .d(license_expiry_1_q$d),
        .en(license_expiry_1_q$en),
        .q(license_expiry_1_q$q),
        .clock(license_expiry_1_q$clock)
    );
    capfuse_core$report$last_grant_seq_0_q last_grant_seq_0_q(
        .d(last_grant_seq_0_q$d),
        .en(last_grant_seq_0_q$en),
        .q(last_grant_seq_0_q$q),
        .clock(last_grant_seq_0_q$clock)
    );
    capfuse_core$report$last_grant_seq_1_q last_grant_seq_1_q(
        .d(last_grant_seq_1_q$d),
        .en(last_grant_seq_1_q$en),
        .q(last_grant_seq_1_q$q),
        .clock(last_grant_seq_1_q$clock)
    );
    capfuse_core$report$data_q data_q(
        .d(data_q$d),
        .q(data_q$q),
        .clock(data_q$clock)
    );
    
    // Update code
    always @(*) begin
        data_q$clock = clock;
        data_q$d = data_q$q;
        cycle_0_q$clock = clock;
        cycle_0_q$en = capture;
        cycle_0_q$d = cycle_0;
        cycle_1_q$clock = clock;
        cycle_1_q$en = capture;
        cycle_1_q$d = cycle_1;
        cum_work_0_q$clock = clock;
        cum_work_0_q$en = capture;
        cum_work_0_q$d = cum_work_0;
        cum_work_1_q$clock = clock;
        cum_work_1_q$en = capture;
        cum_work_1_q$d = cum_work_1;
        cum_work_2_q$clock = clock;
        cum_work_2_q$en = capture;
        cum_work_2_q$d = cum_work_2;
        window_work_q$clock = clock;
        window_work_q$en = capture;
        window_work_q$d = window_work;
        status_q$clock = clock;
        status_q$en = capture;
        status_q$d = status;
        trip_reason_q$clock = clock;
        trip_reason_q$en = capture;
        trip_reason_q$d = trip_reason;
        trip_cycle_0_q$clock = clock;
        trip_cycle_0_q$en = capture;
        trip_cycle_0_q$d = trip_cycle_0;
        trip_cycle_1_q$clock = clock;
        trip_cycle_1_q$en = capture;
        trip_cycle_1_q$d = trip_cycle_1;
        trip_cycle_2_q$clock = clock;
        trip_cycle_2_q$en = capture;
        trip_cycle_2_q$d = trip_cycle_2;
        trip_cycle_3_q$clock = clock;
        trip_cycle_3_q$en = capture;
        trip_cycle_3_q$d = trip_cycle_3;
        trip_cycle_4_q$clock = clock;
        trip_cycle_4_q$en = capture;
        trip_cycle_4_q$d = trip_cycle_4;
        trip_cycle_5_q$clock = clock;
        trip_cycle_5_q$en = capture;
        trip_cycle_5_q$d = trip_cycle_5;
        trip_cycle_6_q$clock = clock;
        trip_cycle_6_q$en = capture;
        trip_cycle_6_q$d = trip_cycle_6;
        trip_cycle_7_q$clock = clock;
        trip_cycle_7_q$en = capture;
        trip_cycle_7_q$d = trip_cycle_7;
        cum_budget_0_q$clock = clock;
        cum_budget_0_q$en = capture;
        cum_budget_0_q$d = cum_budget_0;
        cum_budget_1_q$clock = clock;
        cum_budget_1_q$en = capture;
        cum_budget_1_q$d = cum_budget_1;
        cum_budget_2_q$clock = clock;
        cum_budget_2_q$en = capture;
        cum_budget_2_q$d = cum_budget_2;
        window_budget_q$clock = clock;
        window_budget_q$en = capture;
        window_budget_q$d = window_budget;
        window_len_q$clock = clock;
        window_len_q$en = capture;
        window_len_q$d = window_len;
        ratios_q$clock = clock;
        ratios_q$en = capture;
        ratios_q$d = ratios;
        report_threshold_0_q$clock = clock;
        report_threshold_0_q$en = capture;
        report_threshold_0_q$d = report_threshold_0;
        report_threshold_1_q$clock = clock;
        report_threshold_1_q$en = capture;
        report_threshold_1_q$d = report_threshold_1;
        report_threshold_2_q$clock = clock;
        report_threshold_2_q$en = capture;
        report_threshold_2_q$d = report_threshold_2;
        license_expiry_0_q$clock = clock;
        license_expiry_0_q$en = capture;
        license_expiry_0_q$d = license_expiry_0;
        license_expiry_1_q$clock = clock;
        license_expiry_1_q$en = capture;
        license_expiry_1_q$d = license_expiry_1;
        last_grant_seq_0_q$clock = clock;
        last_grant_seq_0_q$en = capture;
        last_grant_seq_0_q$d = last_grant_seq_0;
        last_grant_seq_1_q$clock = clock;
        last_grant_seq_1_q$en = capture;
        last_grant_seq_1_q$d = last_grant_seq_1;
        data_q$d = 32'h0;
        case (addr)
            26:
                begin
                    if (es_lt32) begin
                        data_q$d = (cycle_0_q$q >> sh_a) | (cycle_1_q$q << sh_b);
                    end
                    else begin
                        data_q$d = cycle_1_q$q >> sh_a;
                    end
                end
            27:
                begin
                    if (es_lt32) begin
                        data_q$d = cycle_1_q$q >> sh_a;
                    end
                end
            28:
                begin
                    data_q$d = cycle_0_q$q;
                end
            29:
                begin
                    data_q$d = cycle_1_q$q;
                end
            30:
                begin
                    data_q$d = cum_work_0_q$q;
                end
            31:
                begin
                    data_q$d = cum_work_1_q$q;
                end
            32:
                begin
                    data_q$d = cum_work_2_q$q;
                end
            34:
                begin
                    data_q$d = window_work_q$q;
                end
            35:
                begin
                    data_q$d = status_q$q;
                end
            36:
                begin
                    data_q$d = trip_reason_q$q;
                end
            38:
                begin
                    data_q$d = trip_cycle_0_q$q;
                end
            39:
                begin
                    data_q$d = trip_cycle_1_q$q;
                end
            40:
                begin
                    data_q$d = trip_cycle_2_q$q;
                end
            41:
                begin
                    data_q$d = trip_cycle_3_q$q;
                end
            42:
                begin
                    data_q$d = trip_cycle_4_q$q;
                end
            43:
                begin
                    data_q$d = trip_cycle_5_q$q;
                end
            44:
                begin
                    data_q$d = trip_cycle_6_q$q;
                end
            45:
                begin
                    data_q$d = trip_cycle_7_q$q;
                end
            46:
                begin
                    data_q$d = cum_budget_0_q$q;
                end
            47:
                begin
                    data_q$d = cum_budget_1_q$q;
                end
            48:
                begin
                    data_q$d = cum_budget_2_q$q;
                end
            50:
                begin
                    data_q$d = window_budget_q$q;
                end
            51:
                begin
                    data_q$d = window_len_q$q;
                end
            52:
                begin
                    data_q$d = ratios_q$q;
                end
            53:
                begin
                    data_q$d = report_threshold_0_q$q;
                end
            54:
                begin
                    data_q$d = report_threshold_1_q$q;
                end
            55:
                begin
                    data_q$d = report_threshold_2_q$q;
                end
            57:
                begin
                    data_q$d = license_expiry_0_q$q;
                end
            58:
                begin
                    data_q$d = license_expiry_1_q$q;
                end
            59:
                begin
                    data_q$d = last_grant_seq_0_q$q;
                end
            60:
                begin
                    data_q$d = last_grant_seq_1_q$q;
                end
            default:
                begin
                end
        endcase
        data = data_q$q;
    end
    
endmodule // capfuse_core$report


module capfuse_core$report$cum_budget_0_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cum_budget_0_q


module capfuse_core$report$cum_budget_1_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cum_budget_1_q


module capfuse_core$report$cum_budget_2_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cum_budget_2_q


module capfuse_core$report$cum_work_0_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cum_work_0_q


module capfuse_core$report$cum_work_1_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cum_work_1_q


module capfuse_core$report$cum_work_2_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cum_work_2_q


module capfuse_core$report$cycle_0_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cycle_0_q


module capfuse_core$report$cycle_1_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$cycle_1_q


module capfuse_core$report$data_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$report$data_q


module capfuse_core$report$last_grant_seq_0_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$last_grant_seq_0_q


module capfuse_core$report$last_grant_seq_1_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$last_grant_seq_1_q


module capfuse_core$report$license_expiry_0_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$license_expiry_0_q


module capfuse_core$report$license_expiry_1_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$license_expiry_1_q


module capfuse_core$report$ratios_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$ratios_q


module capfuse_core$report$report_threshold_0_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$report_threshold_0_q


module capfuse_core$report$report_threshold_1_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$report_threshold_1_q


module capfuse_core$report$report_threshold_2_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$report_threshold_2_q


module capfuse_core$report$status_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$status_q


module capfuse_core$report$trip_cycle_0_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_0_q


module capfuse_core$report$trip_cycle_1_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_1_q


module capfuse_core$report$trip_cycle_2_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_2_q


module capfuse_core$report$trip_cycle_3_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_3_q


module capfuse_core$report$trip_cycle_4_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_4_q


module capfuse_core$report$trip_cycle_5_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_5_q


module capfuse_core$report$trip_cycle_6_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_6_q


module capfuse_core$report$trip_cycle_7_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_cycle_7_q


module capfuse_core$report$trip_reason_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$trip_reason_q


module capfuse_core$report$window_budget_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$window_budget_q


module capfuse_core$report$window_len_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$window_len_q


module capfuse_core$report$window_work_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$report$window_work_q


module capfuse_core$report_due_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$report_due_q


module capfuse_core$rst0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$rst0


module capfuse_core$rst1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$rst1


module capfuse_core$rst2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$rst2


module capfuse_core$seq0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$seq0


module capfuse_core$seq1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$seq1


module capfuse_core$snap_cum0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$snap_cum0


module capfuse_core$snap_cum1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$snap_cum1


module capfuse_core$snap_cum2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$snap_cum2


module capfuse_core$snap_cycle0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$snap_cycle0


module capfuse_core$snap_cycle1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$snap_cycle1


module capfuse_core$snap_wcycle(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$snap_wcycle


module capfuse_core$snap_wwork(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$snap_wwork


module capfuse_core$stage0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$stage0


module capfuse_core$stage1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$stage1


module capfuse_core$stage2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$stage2


module capfuse_core$stopped_cycles(clock,count,snapshot,snap_lo,snap_hi);
    
    // Module arguments
    input wire  clock;
    input wire  count;
    input wire  snapshot;
    output reg  [31:0] snap_lo;
    output reg  [31:0] snap_hi;
    
    // Stub signals
    reg  [31:0] lo$d;
    wire  [31:0] lo$q;
    reg  lo$clock;
    reg  [31:0] hi$d;
    reg  hi$en;
    wire  [31:0] hi$q;
    reg  hi$clock;
    reg  [31:0] snap_lo_q$d;
    reg  snap_lo_q$en;
    wire  [31:0] snap_lo_q$q;
    reg  snap_lo_q$clock;
    reg  [31:0] snap_hi_q$d;
    reg  snap_hi_q$en;
    wire  [31:0] snap_hi_q$q;
    reg  snap_hi_q$clock;
    
    // Sub module instances
    capfuse_core$stopped_cycles$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    capfuse_core$stopped_cycles$hi hi(
        .d(hi$d),
        .en(hi$en),
        .q(hi$q),
        .clock(hi$clock)
    );
    capfuse_core$stopped_cycles$snap_lo_q snap_lo_q(
        .d(snap_lo_q$d),
        .en(snap_lo_q$en),
        .q(snap_lo_q$q),
        .clock(snap_lo_q$clock)
    );
    capfuse_core$stopped_cycles$snap_hi_q snap_hi_q(
        .d(snap_hi_q$d),
        .en(snap_hi_q$en),
        .q(snap_hi_q$q),
        .clock(snap_hi_q$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        lo$d = lo$q;
        hi$clock = clock;
        snap_lo_q$clock = clock;
        snap_hi_q$clock = clock;
        if (count) begin
            lo$d = lo$q + 32'h1;
        end
        hi$en = count & &lo$q;
        hi$d = hi$q + 32'h1;
        snap_lo_q$en = snapshot;
        snap_lo_q$d = lo$q;
        snap_hi_q$en = snapshot;
        snap_hi_q$d = hi$q;
        snap_lo = snap_lo_q$q;
        snap_hi = snap_hi_q$q;
    end
    
endmodule // capfuse_core$stopped_cycles


module capfuse_core$stopped_cycles$hi(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$stopped_cycles$hi


module capfuse_core$stopped_cycles$lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$stopped_cycles$lo


module capfuse_core$stopped_cycles$snap_hi_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$stopped_cycles$snap_hi_q


module capfuse_core$stopped_cycles$snap_lo_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$stopped_cycles$snap_lo_q


module capfuse_core$thr0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$thr0


module capfuse_core$thr1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$thr1


module capfuse_core$thr2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$thr2


module capfuse_core$throttle(clock,baseline_next,trip_ratio_next,licence_expired_next,strict,ratio,pulse);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] baseline_next;
    input wire  [8:0] trip_ratio_next;
    input wire  licence_expired_next;
    input wire  strict;
    output reg  [8:0] ratio;
    output reg  pulse;
    
    // Constant declarations
    localparam  licence_ratio = 9'b100000;
    
    // Stub signals
    reg  [7:0] acc$d;
    wire  [7:0] acc$q;
    reg  acc$clock;
    reg  [8:0] base_eff$d;
    wire  [8:0] base_eff$q;
    reg  base_eff$clock;
    reg  [8:0] trip_min$d;
    wire  [8:0] trip_min$q;
    reg  trip_min$clock;
    
    // Local signals
    reg  [8:0] sum_b;
    reg  [8:0] sum_t;
    reg  [8:0] sum;
    
    // Sub module instances
    capfuse_core$throttle$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    capfuse_core$throttle$base_eff base_eff(
        .d(base_eff$d),
        .q(base_eff$q),
        .clock(base_eff$clock)
    );
    capfuse_core$throttle$trip_min trip_min(
        .d(trip_min$d),
        .q(trip_min$q),
        .clock(trip_min$clock)
    );
    
    // Update code
    always @(*) begin
        acc$clock = clock;
        base_eff$clock = clock;
        trip_min$clock = clock;
        acc$d = acc$q;
        base_eff$d = base_eff$q;
        trip_min$d = trip_min$q;
        base_eff$d = baseline_next;
        if (licence_expired_next & (baseline_next > licence_ratio)) begin
            base_eff$d = licence_ratio;
        end
        trip_min$d = baseline_next;
        if (trip_ratio_next < baseline_next) begin
            trip_min$d = trip_ratio_next;
        end
        ratio = base_eff$q;
        if (strict) begin
            ratio = trip_min$q;
        end
        sum_b = ((acc$q) & 9'h1ff) + base_eff$q;
        sum_t = ((acc$q) & 9'h1ff) + trip_min$q;
        sum = sum_b;
        if (strict) begin
            sum = sum_t;
        end
        pulse = sum[32'h8];
        acc$d = sum[(32'h0)+:(8)];
    end
    
endmodule // capfuse_core$throttle


module capfuse_core$throttle$acc(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 8'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$throttle$acc


module capfuse_core$throttle$base_eff(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 9'b100000;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$throttle$base_eff


module capfuse_core$throttle$trip_min(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 9'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$throttle$trip_min


module capfuse_core$throttled_cycles(clock,count,snapshot,snap_lo,snap_hi);
    
    // Module arguments
    input wire  clock;
    input wire  count;
    input wire  snapshot;
    output reg  [31:0] snap_lo;
    output reg  [31:0] snap_hi;
    
    // Stub signals
    reg  [31:0] lo$d;
    wire  [31:0] lo$q;
    reg  lo$clock;
    reg  [31:0] hi$d;
    reg  hi$en;
    wire  [31:0] hi$q;
    reg  hi$clock;
    reg  [31:0] snap_lo_q$d;
    reg  snap_lo_q$en;
    wire  [31:0] snap_lo_q$q;
    reg  snap_lo_q$clock;
    reg  [31:0] snap_hi_q$d;
    reg  snap_hi_q$en;
    wire  [31:0] snap_hi_q$q;
    reg  snap_hi_q$clock;
    
    // Sub module instances
    capfuse_core$throttled_cycles$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    capfuse_core$throttled_cycles$hi hi(
        .d(hi$d),
        .en(hi$en),
        .q(hi$q),
        .clock(hi$clock)
    );
    capfuse_core$throttled_cycles$snap_lo_q snap_lo_q(
        .d(snap_lo_q$d),
        .en(snap_lo_q$en),
        .q(snap_lo_q$q),
        .clock(snap_lo_q$clock)
    );
    capfuse_core$throttled_cycles$snap_hi_q snap_hi_q(
        .d(snap_hi_q$d),
        .en(snap_hi_q$en),
        .q(snap_hi_q$q),
        .clock(snap_hi_q$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        lo$d = lo$q;
        hi$clock = clock;
        snap_lo_q$clock = clock;
        snap_hi_q$clock = clock;
        if (count) begin
            lo$d = lo$q + 32'h1;
        end
        hi$en = count & &lo$q;
        hi$d = hi$q + 32'h1;
        snap_lo_q$en = snapshot;
        snap_lo_q$d = lo$q;
        snap_hi_q$en = snapshot;
        snap_hi_q$d = hi$q;
        snap_lo = snap_lo_q$q;
        snap_hi = snap_hi_q$q;
    end
    
endmodule // capfuse_core$throttled_cycles


module capfuse_core$throttled_cycles$hi(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$throttled_cycles$hi


module capfuse_core$throttled_cycles$lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$throttled_cycles$lo


module capfuse_core$throttled_cycles$snap_hi_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$throttled_cycles$snap_hi_q


module capfuse_core$throttled_cycles$snap_lo_q(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$throttled_cycles$snap_lo_q


module capfuse_core$trip(clock,cap_ok,kill_reg,kill_pin,licence_lapsed,decommission,clear,cycle_0,cycle_1,reasons,strict,tripped,decommissioned,newly_set,licence_next,cycle_cum_0,cycle_cum_1,cycle_kill_reg_0,cycle_kill_reg_1,cycle_kill_pin_0,cycle_kill_pin_1,cycle_licence_0,cycle_licence_1);
    
    // Module arguments
    input wire  clock;
    input wire  cap_ok;
    input wire  kill_reg;
    input wire  kill_pin;
    input wire  licence_lapsed;
    input wire  decommission;
    input wire  clear;
    input wire  [31:0] cycle_0;
    input wire  [31:0] cycle_1;
    output reg  [31:0] reasons;
    output reg  strict;
    output reg  tripped;
    output reg  decommissioned;
    output reg  newly_set;
    output reg  licence_next;
    output reg  [31:0] cycle_cum_0;
    output reg  [31:0] cycle_cum_1;
    output reg  [31:0] cycle_kill_reg_0;
    output reg  [31:0] cycle_kill_reg_1;
    output reg  [31:0] cycle_kill_pin_0;
    output reg  [31:0] cycle_kill_pin_1;
    output reg  [31:0] cycle_licence_0;
    output reg  [31:0] cycle_licence_1;
    
    // Constant declarations
    localparam  tr_cum = 32'h1;
    localparam  tr_kill_reg = 32'h2;
    localparam  tr_kill_pin = 32'h4;
    localparam  tr_lic = 32'h8;
    localparam  tr_decom = 32'h10;
    
    // Stub signals
    reg  reason_cum$d;
    wire  reason_cum$q;
    reg  reason_cum$clock;
    reg  reason_kill_reg$d;
    wire  reason_kill_reg$q;
    reg  reason_kill_reg$clock;
    reg  reason_kill_pin$d;
    wire  reason_kill_pin$q;
    reg  reason_kill_pin$clock;
    reg  reason_lic$d;
    wire  reason_lic$q;
    reg  reason_lic$clock;
    reg  reason_decom$d;
    wire  reason_decom$q;
    reg  reason_decom$clock;
    reg  [31:0] at_cum0$d;
    reg  at_cum0$en;
    wire  [31:0] at_cum0$q;
    reg  at_cum0$clock;
    reg  [31:0] at_cum1$d;
    reg  at_cum1$en;
    wire  [31:0] at_cum1$q;
    reg  at_cum1$clock;
    reg  [31:0] at_kill_reg0$d;
    reg  at_kill_reg0$en;
    wire  [31:0] at_kill_reg0$q;
    reg  at_kill_reg0$clock;
    reg  [31:0] at_kill_reg1$d;
    reg  at_kill_reg1$en;
    wire  [31:0] at_kill_reg1$q;
    reg  at_kill_reg1$clock;
    reg  [31:0] at_kill_pin0$d;
    reg  at_kill_pin0$en;
    wire  [31:0] at_kill_pin0$q;
    reg  at_kill_pin0$clock;
    reg  [31:0] at_kill_pin1$d;
    reg  at_kill_pin1$en;
    wire  [31:0] at_kill_pin1$q;
    reg  at_kill_pin1$clock;
    reg  [31:0] at_lic0$d;
    reg  at_lic0$en;
    wire  [31:0] at_lic0$q;
    reg  at_lic0$clock;
    reg  [31:0] at_lic1$d;
    reg  at_lic1$en;
    wire  [31:0] at_lic1$q;
    reg  at_lic1$clock;
    
    // Local signals
    reg  ev_cum;
    reg  ev_kill_reg;
    reg  ev_kill_pin;
    reg  ev_lic;
    reg  ev_decom;
    reg  lic_n;
    reg  [31:0] word;
    
    // Sub module instances
    capfuse_core$trip$reason_cum reason_cum(
        .d(reason_cum$d),
        .q(reason_cum$q),
        .clock(reason_cum$clock)
    );
    capfuse_core$trip$reason_kill_reg reason_kill_reg(
        .d(reason_kill_reg$d),
        .q(reason_kill_reg$q),
        .clock(reason_kill_reg$clock)
    );
    capfuse_core$trip$reason_kill_pin reason_kill_pin(
        .d(reason_kill_pin$d),
        .q(reason_kill_pin$q),
        .clock(reason_kill_pin$clock)
    );
    capfuse_core$trip$reason_lic reason_lic(
        .d(reason_lic$d),
        .q(reason_lic$q),
        .clock(reason_lic$clock)
    );
    capfuse_core$trip$reason_decom reason_decom(
        .d(reason_decom$d),
        .q(reason_decom$q),
        .clock(reason_decom$clock)
    );
    capfuse_core$trip$at_cum0 at_cum0(
        .d(at_cum0$d),
        .en(at_cum0$en),
        .q(at_cum0$q),
        .clock(at_cum0$clock)
    );
    capfuse_core$trip$at_cum1 at_cum1(
        .d(at_cum1$d),
        .en(at_cum1$en),
        .q(at_cum1$q),
        .clock(at_cum1$clock)
    );
    capfuse_core$trip$at_kill_reg0 at_kill_reg0(
        .d(at_kill_reg0$d),
        .en(at_kill_reg0$en),
        .q(at_kill_reg0$q),
        .clock(at_kill_reg0$clock)
    );
    capfuse_core$trip$at_kill_reg1 at_kill_reg1(
        .d(at_kill_reg1$d),
        .en(at_kill_reg1$en),
        .q(at_kill_reg1$q),
        .clock(at_kill_reg1$clock)
    );
    capfuse_core$trip$at_kill_pin0 at_kill_pin0(
        .d(at_kill_pin0$d),
        .en(at_kill_pin0$en),
        .q(at_kill_pin0$q),
        .clock(at_kill_pin0$clock)
    );
    capfuse_core$trip$at_kill_pin1 at_kill_pin1(
        .d(at_kill_pin1$d),
        .en(at_kill_pin1$en),
        .q(at_kill_pin1$q),
        .clock(at_kill_pin1$clock)
    );
    capfuse_core$trip$at_lic0 at_lic0(
        .d(at_lic0$d),
        .en(at_lic0$en),
        .q(at_lic0$q),
        .clock(at_lic0$clock)
    );
    capfuse_core$trip$at_lic1 at_lic1(
        .d(at_lic1$d),
        .en(at_lic1$en),
        .q(at_lic1$q),
        .clock(at_lic1$clock)
    );
    
    // Update code
    always @(*) begin
        reason_cum$clock = clock;
        reason_kill_reg$clock = clock;
        reason_kill_pin$clock = clock;
        reason_lic$clock = clock;
        reason_decom$clock = clock;
        reason_cum$d = reason_cum$q;
        reason_kill_reg$d = reason_kill_reg$q;
        reason_kill_pin$d = reason_kill_pin$q;
        reason_lic$d = reason_lic$q;
        reason_decom$d = reason_decom$q;
        at_cum0$clock = clock;
        at_cum1$clock = clock;
        at_kill_reg0$clock = clock;
        at_kill_reg1$clock = clock;
        at_kill_pin0$clock = clock;
        at_kill_pin1$clock = clock;
        at_lic0$clock = clock;
        at_lic1$clock = clock;
        ev_cum = ~cap_ok & ~reason_cum$q;
        ev_kill_reg = kill_reg & ~reason_kill_reg$q;
        ev_kill_pin = kill_pin & ~reason_kill_pin$q;
        ev_lic = licence_lapsed & ~reason_lic$q;
        ev_decom = decommission & ~reason_decom$q;
        if (ev_cum) begin
            reason_cum$d = 1'b1;
        end
        if (ev_kill_reg) begin
            reason_kill_reg$d = 1'b1;
        end
        if (ev_kill_pin) begin
            reason_kill_pin$d = 1'b1;
        end
        if (ev_lic) begin
            reason_lic$d = 1'b1;
        end
        if (ev_decom) begin
            reason_decom$d = 1'b1;
        end
        at_cum0$en = ~reason_cum$q;
        at_cum1$en = ~reason_cum$q;
        at_kill_reg0$en = ~reason_kill_reg$q;
        at_kill_reg1$en = ~reason_kill_reg$q;
        at_kill_pin0$en = ~reason_kill_pin$q;
        at_kill_pin1$en = ~reason_kill_pin$q;
        at_lic0$en = ~reason_lic$q & ~licence_lapsed;
        at_lic1$en = ~reason_lic$q & ~licence_lapsed;
        at_cum0$d = cycle_0;
        at_cum1$d = cycle_1;
        at_kill_reg0$d = cycle_0;
        at_kill_reg1$d = cycle_1;
        at_kill_pin0$d = cycle_0;
        at_kill_pin1$d = cycle_1;
        at_lic0$d = cycle_0;
        at_lic1$d = cycle_1;
        lic_n = reason_lic$q | ev_lic;
        if (clear) begin
            reason_cum$d = 1'b0;
            reason_kill_reg$d = 1'b0;
            reason_kill_pin$d = 1'b0;
            reason_lic$d = 1'b0;
            lic_n = 1'b0;
        end
        licence_next = lic_n;
        newly_set = ev_cum | ev_kill_reg | ev_kill_pin | ev_lic | ev_decom;
        strict = reason_cum$q | reason_kill_reg$q | reason_kill_pin$q | reason_decom$q;
        tripped = reason_cum$q | reason_kill_reg$q | reason_kill_pin$q | reason_decom$q | reason_lic$q;
        decommissioned = reason_decom$q;
        word = 32'h0;
        if (reason_cum$q) begin
            word = word | tr_cum;
        end
        if (reason_kill_reg$q) begin
            word = word | tr_kill_reg;
        end
        if (reason_kill_pin$q) begin
            word = word | tr_kill_pin;
        end
        if (reason_lic$q) begin
            word = word | tr_lic;
        end
        if (reason_decom$q) begin
            word = word | tr_decom;
        end
        reasons = word;
        cycle_cum_0 = 32'h0;
        cycle_cum_1 = 32'h0;
        if (reason_cum$q) begin
            cycle_cum_0 = at_cum0$q;
            cycle_cum_1 = at_cum1$q;
        end
        cycle_kill_reg_0 = 32'h0;
        cycle_kill_reg_1 = 32'h0;
        if (reason_kill_reg$q) begin
            cycle_kill_reg_0 = at_kill_reg0$q;
            cycle_kill_reg_1 = at_kill_reg1$q;
        end
        cycle_kill_pin_0 = 32'h0;
        cycle_kill_pin_1 = 32'h0;
        if (reason_kill_pin$q) begin
            cycle_kill_pin_0 = at_kill_pin0$q;
            cycle_kill_pin_1 = at_kill_pin1$q;
        end
        cycle_licence_0 = 32'h0;
        cycle_licence_1 = 32'h0;
        if (reason_lic$q) begin
            cycle_licence_0 = at_lic0$q;
            cycle_licence_1 = at_lic1$q;
        end
    end
    
endmodule // capfuse_core$trip


module capfuse_core$trip$at_cum0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_cum0


module capfuse_core$trip$at_cum1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_cum1


module capfuse_core$trip$at_kill_pin0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_kill_pin0


module capfuse_core$trip$at_kill_pin1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_kill_pin1


module capfuse_core$trip$at_kill_reg0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_kill_reg0


module capfuse_core$trip$at_kill_reg1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_kill_reg1


module capfuse_core$trip$at_lic0(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_lic0


module capfuse_core$trip$at_lic1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$trip$at_lic1


module capfuse_core$trip$reason_cum(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$trip$reason_cum


module capfuse_core$trip$reason_decom(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$trip$reason_decom


module capfuse_core$trip$reason_kill_pin(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$trip$reason_kill_pin


module capfuse_core$trip$reason_kill_reg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$trip$reason_kill_reg


module capfuse_core$trip$reason_lic(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$trip$reason_lic


module capfuse_core$trip_ratio(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 9'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$trip_ratio


module capfuse_core$v_m1_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$v_m1_q


module capfuse_core$v_m2_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$v_m2_q


module capfuse_core$v_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$v_q


module capfuse_core$w_data(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$w_data


module capfuse_core$w_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$w_full


module capfuse_core$w_strb(d,en,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    input wire  en;
    output reg  [3:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 4'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$w_strb


module capfuse_core$wb(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$wb


module capfuse_core$window(clock,admissible,enabled,value,value_m1,value_m2,len_m1,len_m2,budget_apply,len_apply,grant_apply,grant_slack,grant_len_m1,grant_len_m2,grant_budget_minus_w,grant_budget_lt_w,ok,work,cycle);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] admissible;
    input wire  enabled;
    input wire  [31:0] value;
    input wire  [31:0] value_m1;
    input wire  [31:0] value_m2;
    input wire  [31:0] len_m1;
    input wire  [31:0] len_m2;
    input wire  budget_apply;
    input wire  len_apply;
    input wire  grant_apply;
    input wire  grant_slack;
    input wire  [31:0] grant_len_m1;
    input wire  [31:0] grant_len_m2;
    input wire  [31:0] grant_budget_minus_w;
    input wire  grant_budget_lt_w;
    output reg  ok;
    output reg  [31:0] work;
    output reg  [31:0] cycle;
    
    // Constant declarations
    localparam  max_work = 16'h400;
    localparam  max_work32 = 32'h400;
    localparam  minus_w32 = 32'hfffffc00;
    
    // Stub signals
    reg  [31:0] wcycle$d;
    wire  [31:0] wcycle$q;
    reg  wcycle$clock;
    reg  [31:0] wwork$d;
    wire  [31:0] wwork$q;
    reg  wwork$clock;
    reg  [31:0] ww$d;
    wire  [31:0] ww$q;
    reg  ww$clock;
    reg  ww_neg$d;
    wire  ww_neg$q;
    reg  ww_neg$clock;
    reg  ww_pend$d;
    wire  ww_pend$q;
    reg  ww_pend$clock;
    reg  ww_big$d;
    wire  ww_big$q;
    reg  ww_big$clock;
    reg  [31:0] wb_w$d;
    reg  wb_w$en;
    wire  [31:0] wb_w$q;
    reg  wb_w$clock;
    reg  wb_lt_w$d;
    reg  wb_lt_w$en;
    wire  wb_lt_w$q;
    reg  wb_lt_w$clock;
    reg  nw_q$d;
    wire  nw_q$q;
    reg  nw_q$clock;
    reg  nw_d1$d;
    wire  nw_d1$q;
    reg  nw_d1$clock;
    reg  nw_d2$d;
    wire  nw_d2$q;
    reg  nw_d2$clock;
    reg  [31:0] wb_p$d;
    wire  [31:0] wb_p$q;
    reg  wb_p$clock;
    reg  wb_p_neg$d;
    wire  wb_p_neg$q;
    reg  wb_p_neg$clock;
    reg  [31:0] wb_pw$d;
    wire  [31:0] wb_pw$q;
    reg  wb_pw$clock;
    reg  wb_p_lt_w$d;
    wire  wb_p_lt_w$q;
    reg  wb_p_lt_w$clock;
    reg  [31:0] vw$d;
    wire  [31:0] vw$q;
    reg  vw$clock;
    reg  v_lt_w$d;
    wire  v_lt_w$q;
    reg  v_lt_w$clock;
    
    // Local signals
    reg  new_window;
    reg  [15:0] ww_hi;
    reg  [16:0] ww_lo;
    reg  ww_u_one;
    reg  [31:0] wwork_n;
    reg  ok_n;
    reg  ok_f;
    reg  neg_n;
    reg  restart;
    reg  [31:0] load_w;
    reg  load_lt;
    
    // Sub module instances
    capfuse_core$window$wcycle wcycle(
        .d(wcycle$d),
        .q(wcycle$q),
        .clock(wcycle$clock)
    );
    capfuse_core$window$wwork wwork(
        .d(wwork$d),
        .q(wwork$q),
        .clock(wwork$clock)
    );
    capfuse_core$window$ww ww(
        .d(ww$d),
        .q(ww$q),
        .clock(ww$clock)
    );
    capfuse_core$window$ww_neg ww_neg(
        .d(ww_neg$d),
        .q(ww_neg$q),
        .clock(ww_neg$clock)
    );
    capfuse_core$window$ww_pend ww_pend(
        .d(ww_pend$d),
        .q(ww_pend$q),
        .clock(ww_pend$clock)
    );
    capfuse_core$window$ww_big ww_big(
        .d(ww_big$d),
        .q(ww_big$q),
        .clock(ww_big$clock)
    );
    capfuse_core$window$wb_w wb_w(
        .d(wb_w$d),
        .en(wb_w$en),
        .q(wb_w$q),
        .clock(wb_w$clock)
    );
    capfuse_core$window$wb_lt_w wb_lt_w(
        .d(wb_lt_w$d),
        .en(wb_lt_w$en),
        .q(wb_lt_w$q),
        .clock(wb_lt_w$clock)
    );
    capfuse_core$window$nw_q nw_q(
        .d(nw_q$d),
        .q(nw_q$q),
        .clock(nw_q$clock)
    );
    capfuse_core$window$nw_d1 nw_d1(
        .d(nw_d1$d),
        .q(nw_d1$q),
        .clock(nw_d1$clock)
    );
    capfuse_core$window$nw_d2 nw_d2(
        .d(nw_d2$d),
        .q(nw_d2$q),
        .clock(nw_d2$clock)
    );
    capfuse_core$window$wb_p wb_p(
        .d(wb_p$d),
        .q(wb_p$q),
        .clock(wb_p$clock)
    );
    capfuse_core$window$wb_p_neg wb_p_neg(
        .d(wb_p_neg$d),
        .q(wb_p_neg$q),
        .clock(wb_p_neg$clock)
    );
    capfuse_core$window$wb_pw wb_pw(
        .d(wb_pw$d),
        .q(wb_pw$q),
        .clock(wb_pw$clock)
    );
    capfuse_core$window$wb_p_lt_w wb_p_lt_w(
        .d(wb_p_lt_w$d),
        .q(wb_p_lt_w$q),
        .clock(wb_p_lt_w$clock)
    );
    capfuse_core$window$vw vw(
        .d(vw$d),
        .q(vw$q),
        .clock(vw$clock)
    );
    capfuse_core$window$v_lt_w v_lt_w(
        .d(v_lt_w$d),
        .q(v_lt_w$q),
        .clock(v_lt_w$clock)
    );
    
    // Update code
    always @(*) begin
        wcycle$clock = clock;
        wwork$clock = clock;
        ww$clock = clock;
        ww_neg$clock = clock;
        ww_pend$clock = clock;
        ww_big$clock = clock;
        nw_q$clock = clock;
        nw_d1$clock = clock;
        nw_d2$clock = clock;
        wb_p$clock = clock;
        wb_p_neg$clock = clock;
        wb_pw$clock = clock;
        wb_p_lt_w$clock = clock;
        vw$clock = clock;
        v_lt_w$clock = clock;
        wcycle$d = wcycle$q;
        wwork$d = wwork$q;
        ww$d = ww$q;
        ww_neg$d = ww_neg$q;
        ww_pend$d = ww_pend$q;
        ww_big$d = ww_big$q;
        nw_q$d = nw_q$q;
        nw_d1$d = nw_d1$q;
        nw_d2$d = nw_d2$q;
        wb_p$d = wb_p$q;
        wb_p_neg$d = wb_p_neg$q;
        wb_pw$d = wb_pw$q;
        wb_p_lt_w$d = wb_p_lt_w$q;
        vw$d = vw$q;
        v_lt_w$d = v_lt_w$q;
        wb_w$clock = clock;
        wb_lt_w$clock = clock;
        work = wwork$q;
        cycle = wcycle$q;
        new_window = nw_q$q;
        if (new_window) begin
            if (len_apply) begin
                nw_q$d = ~|value_m1;
            end
            else begin
                nw_q$d = ~|len_m1;
            end
        end
        else if (len_apply) begin
            nw_q$d = wcycle$q == value_m2;
        end
        else begin
            nw_q$d = wcycle$q == len_m2;
        end
        if (grant_apply) begin
            if (new_window) begin
                nw_q$d = ~|grant_len_m1;
            end
            else begin
                nw_q$d = wcycle$q == grant_len_m2;
            end
        end
        nw_d1$d = new_window;
        nw_d2$d = nw_d1$q;
        ww_hi = ww$q[(32'h10)+:(16)];
        ww_u_one = ww$q[(32'h10)+:(16)] == 32'h1;
        if (ww_pend$q) begin
            ww_hi = ww$q[(32'h10)+:(16)] - 32'h1;
            ww_u_one = ww$q[(32'h10)+:(16)] == 32'h2;
        end
        ww_lo = ((ww$q[(32'h0)+:(16)]) & 17'h1ffff) - ((admissible) & 17'h1ffff);
        if (new_window) begin
            wcycle$d = 32'h0;
            wwork_n = 32'h0;
            ww$d = wb_w$q;
            ww_pend$d = 1'b0;
            ww_big$d = |wb_w$q[(32'h10)+:(16)];
            ok_n = ~wb_lt_w$q;
            neg_n = wb_lt_w$q;
        end
        else begin
            wcycle$d = wcycle$q + 32'h1;
            wwork_n = wwork$q;
            ww$d = (((ww_hi) & 32'hffffffff) << 32'h10) | ((ww$q[(32'h0)+:(16)]) & 32'hffffffff);
            ww_pend$d = 1'b0;
            if (enabled) begin
                wwork_n = wwork$q + ((admissible) & 32'hffffffff);
                ww$d = (((ww_hi) & 32'hffffffff) << 32'h10) | ((ww_lo[(32'h0)+:(16)]) & 32'hffffffff);
                ww_pend$d = ww_lo[32'h10];
                if (ww_lo[32'h10]) begin
                    ww_big$d = ~ww_u_one;
                end
            end
            ok_n = ~ww_neg$q & (ww_big$q | (ww$q[(32'h0)+:(16)] >= max_work));
            neg_n = ww_neg$q | (enabled & ~ww_big$q & ww_lo[32'h10]);
        end
        wwork$d = wwork_n;
        wb_p$d = value - wwork$q;
        wb_p_neg$d = value < wwork$q;
        wb_pw$d = wb_p$q - max_work32;
        wb_p_lt_w$d = wb_p$q < max_work32;
        if (wb_p_neg$q) begin
            wb_pw$d = minus_w32;
            wb_p_lt_w$d = 1'b1;
        end
        vw$d = value - max_work32;
        v_lt_w$d = value < max_work32;
        restart = new_window | nw_d1$q | nw_d2$q;
        load_w = wb_pw$q;
        load_lt = wb_p_lt_w$q;
        if (restart) begin
            if (grant_slack) begin
                load_w = wb_w$q;
                load_lt = wb_lt_w$q;
            end
            else begin
                load_w = vw$q;
                load_lt = v_lt_w$q;
            end
        end
        ok_f = ok_n;
        if (budget_apply | grant_slack) begin
            ww$d = load_w;
            ww_pend$d = 1'b0;
            ww_big$d = |load_w[(32'h10)+:(16)];
            ok_f = ~load_lt;
            neg_n = load_lt;
        end
        wb_w$en = budget_apply | grant_apply;
        wb_lt_w$en = budget_apply | grant_apply;
        if (grant_apply) begin
            wb_w$d = grant_budget_minus_w;
            wb_lt_w$d = grant_budget_lt_w;
        end
        else begin
            wb_w$d = vw$q;
            wb_lt_w$d = v_lt_w$q;
        end
        ww_neg$d = neg_n;
        ok = ok_f;
    end
    
endmodule // capfuse_core$window


module capfuse_core$window$nw_d1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$nw_d1


module capfuse_core$window$nw_d2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$nw_d2


module capfuse_core$window$nw_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$nw_q


module capfuse_core$window$v_lt_w(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$v_lt_w


module capfuse_core$window$vw(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$vw


module capfuse_core$window$wb_lt_w(d,en,q,clock);
    
    // Module arguments
    input wire  d;
    input wire  en;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$window$wb_lt_w


module capfuse_core$window$wb_p(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$wb_p


module capfuse_core$window$wb_p_lt_w(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$wb_p_lt_w


module capfuse_core$window$wb_p_neg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$wb_p_neg


module capfuse_core$window$wb_pw(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$wb_pw


module capfuse_core$window$wb_w(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hfffffbff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$window$wb_w


module capfuse_core$window$wcycle(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$wcycle


module capfuse_core$window$ww(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hfffffbff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$ww


module capfuse_core$window$ww_big(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$ww_big


module capfuse_core$window$ww_neg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$ww_neg


module capfuse_core$window$ww_pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$ww_pend


module capfuse_core$window$wwork(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_core$window$wwork


module capfuse_core$wl(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h1;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$wl


module capfuse_core$wl_m1(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$wl_m1


module capfuse_core$wl_m2(d,en,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    input wire  en;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       if (en) q <= d;
    end
endmodule // capfuse_core$wl_m2
