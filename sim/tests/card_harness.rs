//! The card's Verilator harness on a stand-in `capfuse_card`: the fuse core
//! with the card's strap ports (seed, boot epoch) added and unused and its
//! side ports tied off. It must
//! step exactly like the fuse core's own Verilator engine, so the harness
//! (pins, straps, one eval per cycle) is checked apart from the card's RTL.

use capfuse_abi::FuseParams;
use capfuse_sim::card::verilator::CardVerilator;
use capfuse_sim::engines::verilator::VerilatorEngine;
use capfuse_sim::lockstep::{run_lockstep, RandomStimulus};
use capfuse_sim::Engine;

fn stand_in(params: FuseParams) -> String {
    let core = capfuse_hdl::generate_verilog(params);
    format!(
        "{core}\n\
module capfuse_card(clock, work_units, kill, accel_clk_en, irq,\n\
  axi_awvalid, axi_awready, axi_awaddr, axi_wvalid, axi_wready, axi_wdata, axi_wstrb,\n\
  axi_bvalid, axi_bready, axi_bresp, axi_arvalid, axi_arready, axi_araddr,\n\
  axi_rvalid, axi_rready, axi_rdata, axi_rresp, seed, boot_epoch);\n\
  input wire clock; input wire [15:0] work_units; input wire kill;\n\
  output wire accel_clk_en; output wire irq;\n\
  input wire axi_awvalid; output wire axi_awready; input wire [11:0] axi_awaddr;\n\
  input wire axi_wvalid; output wire axi_wready; input wire [31:0] axi_wdata; input wire [3:0] axi_wstrb;\n\
  output wire axi_bvalid; input wire axi_bready; output wire [1:0] axi_bresp;\n\
  input wire axi_arvalid; output wire axi_arready; input wire [11:0] axi_araddr;\n\
  output wire axi_rvalid; input wire axi_rready; output wire [31:0] axi_rdata; output wire [1:0] axi_rresp;\n\
  input wire [255:0] seed; input wire [63:0] boot_epoch;\n\
  capfuse_core core(.clock(clock), .work_units(work_units), .kill(kill),\n\
    .accel_clk_en(accel_clk_en), .irq(irq),\n\
    .axi_awvalid(axi_awvalid), .axi_awready(axi_awready), .axi_awaddr(axi_awaddr),\n\
    .axi_wvalid(axi_wvalid), .axi_wready(axi_wready), .axi_wdata(axi_wdata), .axi_wstrb(axi_wstrb),\n\
    .axi_bvalid(axi_bvalid), .axi_bready(axi_bready), .axi_bresp(axi_bresp),\n\
    .axi_arvalid(axi_arvalid), .axi_arready(axi_arready), .axi_araddr(axi_araddr),\n\
    .axi_rvalid(axi_rvalid), .axi_rready(axi_rready), .axi_rdata(axi_rdata), .axi_rresp(axi_rresp),\n\
    .snap_req(1'b0), .snap_addr(7'd0), .snap_data(), .grant_we(1'b0), .grant_addr(5'd0),\n\
    .grant_wdata(32'd0), .grant_apply(1'b0), .report_due(), .report_ready(1'b0), .grant_done(1'b0),\n\
    .grant_expired());\n\
endmodule\n"
    )
}

#[test]
fn card_harness_steps_a_stand_in_card_like_the_fuse_engine() {
    let params = FuseParams::DEFAULT;
    let mut card = CardVerilator::from_verilog(&stand_in(params), [7; 32], 3).unwrap();
    assert!(card.one_eval_per_cycle());
    let mut engines: Vec<Box<dyn Engine>> = vec![
        Box::new(VerilatorEngine::new(params).unwrap()),
        Box::new(card),
    ];
    let mut stim = RandomStimulus::new(11, params).with_kills(2, 150_000);
    run_lockstep(&mut engines, &mut stim, 200_000).unwrap();
}

/// Negative control for the card lockstep: two engines that differ in one
/// generator parameter diverge, and the first divergent cycle is named.
#[test]
fn card_lockstep_reports_the_first_divergence() {
    use capfuse_sim::card::lockstep::CardLockstep;
    use capfuse_sim::model::Model;
    use capfuse_sim::SimBar;
    let a = FuseParams::DEFAULT;
    let b = FuseParams {
        power_up_baseline_ratio: 31,
        ..a
    };
    let mut ls =
        CardLockstep::new(vec![Box::new(Model::new(a)), Box::new(Model::new(b))]).recording();
    SimBar::on(&mut ls).advance(300);
    let d = ls.divergence().expect("a divergence").clone();
    assert_eq!(d.signal, "accel_clk_en");
    assert!(d.cycle > 0 && d.cycle < 256, "{d}");
    // Same parameters: no divergence.
    let mut ls = CardLockstep::new(vec![Box::new(Model::new(a)), Box::new(Model::new(a))]);
    let mut host = SimBar::on(&mut ls);
    host.set_random_work(1, 2000);
    host.advance(5_000);
    assert_eq!(
        host.read(capfuse_abi::reg::ID).unwrap(),
        capfuse_abi::FUSE_ID
    );
}
