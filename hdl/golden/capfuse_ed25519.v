

module capfuse_ed25519(clock,seed,cmd_start,cmd_op,msg_len,buf_we,buf_waddr,buf_wdata,res_addr,res_data,busy,done,status,pc);
    
    // Module arguments
    input wire  clock;
    input wire  [255:0] seed;
    input wire  cmd_start;
    input wire  [2:0] cmd_op;
    input wire  [15:0] msg_len;
    input wire  buf_we;
    input wire  [8:0] buf_waddr;
    input wire  [31:0] buf_wdata;
    input wire  [3:0] res_addr;
    output reg  [31:0] res_data;
    output reg  busy;
    output reg  done;
    output reg  [3:0] status;
    output reg  [9:0] pc;
    
    // Constant declarations
    localparam  entry1 = 10'b0;
    localparam  entry2 = 10'b10000101;
    localparam  entry3 = 10'b101111111;
    localparam  entry4 = 10'b1100001011;
    
    // Enums
    /* verilator lint_off UNUSEDPARAM */
    localparam EngineState$Idle = 0;
    localparam EngineState$Fetch = 1;
    localparam EngineState$Execute = 2;
    /* verilator lint_on UNUSEDPARAM */
    
    // Stub signals
    reg  [9:0] rom$address;
    reg  rom$clock;
    wire  [31:0] rom$data;
    reg  [10:0] rfx$read_address;
    reg  rfx$read_clock;
    wire  [15:0] rfx$read_data;
    reg  [10:0] rfx$write_address;
    reg  rfx$write_clock;
    reg  [15:0] rfx$write_data;
    reg  rfx$write_enable;
    reg  [10:0] rfy$read_address;
    reg  rfy$read_clock;
    wire  [15:0] rfy$read_data;
    reg  [10:0] rfy$write_address;
    reg  rfy$write_clock;
    reg  [15:0] rfy$write_data;
    reg  rfy$write_enable;
    reg  [8:0] bufram$read_address;
    reg  bufram$read_clock;
    wire  [31:0] bufram$read_data;
    reg  [8:0] bufram$write_address;
    reg  bufram$write_clock;
    reg  [31:0] bufram$write_data;
    reg  bufram$write_enable;
    reg  fu$clock;
    reg  fu$start;
    reg  [3:0] fu$op;
    reg  fu$ci;
    reg  [6:0] fu$d;
    reg  [6:0] fu$a;
    reg  [6:0] fu$b;
    wire  [10:0] fu$rx_addr;
    reg  [15:0] fu$rx_data;
    wire  [10:0] fu$ry_addr;
    reg  [15:0] fu$ry_data;
    wire  fu$w_en;
    wire  [10:0] fu$w_addr;
    wire  [15:0] fu$w_data;
    wire  fu$done;
    wire  fu$flag_c;
    wire  fu$flag_z;
    reg  sha$clock;
    reg  sha$start;
    reg  [10:0] sha$start_byte;
    reg  [11:0] sha$len;
    wire  [8:0] sha$buf_addr;
    reg  [31:0] sha$buf_data;
    wire  sha$done;
    reg  [2:0] sha$dig_sel;
    wire  [63:0] sha$dig_word;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [9:0] pc_q$d;
    wire  [9:0] pc_q$q;
    reg  pc_q$clock;
    reg  [5:0] cnt$d;
    wire  [5:0] cnt$q;
    reg  cnt$clock;
    reg  [6:0] idx$d;
    wire  [6:0] idx$q;
    reg  idx$clock;
    reg  [3:0] bit_sel$d;
    wire  [3:0] bit_sel$q;
    reg  bit_sel$clock;
    reg  [8:0] c0$d;
    wire  [8:0] c0$q;
    reg  c0$clock;
    reg  [8:0] c1$d;
    wire  [8:0] c1$q;
    reg  c1$clock;
    reg  pk_valid$d;
    wire  pk_valid$q;
    reg  pk_valid$clock;
    reg  busy_q$d;
    wire  busy_q$q;
    reg  busy_q$clock;
    reg  done_q$d;
    wire  done_q$q;
    reg  done_q$clock;
    reg  [3:0] status_q$d;
    wire  [3:0] status_q$q;
    reg  status_q$clock;
    reg  [10:0] len_q$d;
    wire  [10:0] len_q$q;
    reg  len_q$clock;
    reg  [11:0] sha_len_q$d;
    wire  [11:0] sha_len_q$q;
    reg  sha_len_q$clock;
    
    // Local signals
    reg  [31:0] ins;
    reg  [4:0] opc;
    reg  [6:0] f_d;
    reg  [6:0] f_a;
    reg  [6:0] f_b;
    reg  [6:0] a_eff;
    reg  [6:0] b_eff;
    reg  [8:0] word;
    reg  [9:0] target;
    reg  [3:0] cond;
    reg  cond_true;
    reg  [7:0] bitpos;
    reg  [15:0] bit_mask;
    reg  bit_val;
    reg  [6:0] idx_base;
    reg  [11:0] sha_len;
    reg  [15:0] dig_chunk;
    reg  [15:0] dig_limb;
    reg  [15:0] ldb_limb;
    reg  [31:0] seed_word;
    reg  [10:0] res_reg;
    reg  last;
    reg  [9:0] next_pc;
    reg  cmd_ok;
    
    // Sub module instances
    capfuse_ed25519$rom rom(
        .address(rom$address),
        .clock(rom$clock),
        .data(rom$data)
    );
    capfuse_ed25519$rfx rfx(
        .read_address(rfx$read_address),
        .read_clock(rfx$read_clock),
        .read_data(rfx$read_data),
        .write_address(rfx$write_address),
        .write_clock(rfx$write_clock),
        .write_data(rfx$write_data),
        .write_enable(rfx$write_enable)
    );
    capfuse_ed25519$rfy rfy(
        .read_address(rfy$read_address),
        .read_clock(rfy$read_clock),
        .read_data(rfy$read_data),
        .write_address(rfy$write_address),
        .write_clock(rfy$write_clock),
        .write_data(rfy$write_data),
        .write_enable(rfy$write_enable)
    );
    capfuse_ed25519$bufram bufram(
        .read_address(bufram$read_address),
        .read_clock(bufram$read_clock),
        .read_data(bufram$read_data),
        .write_address(bufram$write_address),
        .write_clock(bufram$write_clock),
        .write_data(bufram$write_data),
        .write_enable(bufram$write_enable)
    );
    capfuse_ed25519$fu fu(
        .clock(fu$clock),
        .start(fu$start),
        .op(fu$op),
        .ci(fu$ci),
        .d(fu$d),
        .a(fu$a),
        .b(fu$b),
        .rx_addr(fu$rx_addr),
        .rx_data(fu$rx_data),
        .ry_addr(fu$ry_addr),
        .ry_data(fu$ry_data),
        .w_en(fu$w_en),
        .w_addr(fu$w_addr),
        .w_data(fu$w_data),
        .done(fu$done),
        .flag_c(fu$flag_c),
        .flag_z(fu$flag_z)
    );
    capfuse_ed25519$sha sha(
        .clock(sha$clock),
        .start(sha$start),
        .start_byte(sha$start_byte),
        .len(sha$len),
        .buf_addr(sha$buf_addr),
        .buf_data(sha$buf_data),
        .done(sha$done),
        .dig_sel(sha$dig_sel),
        .dig_word(sha$dig_word)
    );
    capfuse_ed25519$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    capfuse_ed25519$pc_q pc_q(
        .d(pc_q$d),
        .q(pc_q$q),
        .clock(pc_q$clock)
    );
    capfuse_ed25519$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    capfuse_ed25519$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    capfuse_ed25519$bit_sel bit_sel(
        .d(bit_sel$d),
        .q(bit_sel$q),
        .clock(bit_sel$clock)
    );
    capfuse_ed25519$c0 c0(
        .d(c0$d),
        .q(c0$q),
        .clock(c0$clock)
    );
    capfuse_ed25519$c1 c1(
        .d(c1$d),
        .q(c1$q),
        .clock(c1$clock)
    );
    capfuse_ed25519$pk_valid pk_valid(
        .d(pk_valid$d),
        .q(pk_valid$q),
        .clock(pk_valid$clock)
    );
    capfuse_ed25519$busy_q busy_q(
        .d(busy_q$d),
        .q(busy_q$q),
        .clock(busy_q$clock)
    );
    capfuse_ed25519$done_q done_q(
        .d(done_q$d),
        .q(done_q$q),
        .clock(done_q$clock)
    );
    capfuse_ed25519$status_q status_q(
        .d(status_q$d),
        .q(status_q$q),
        .clock(status_q$clock)
    );
    capfuse_ed25519$len_q len_q(
        .d(len_q$d),
        .q(len_q$q),
        .clock(len_q$clock)
    );
    capfuse_ed25519$sha_len_q sha_len_q(
        .d(sha_len_q$d),
        .q(sha_len_q$q),
        .clock(sha_len_q$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        pc_q$clock = clock;
        cnt$clock = clock;
        idx$clock = clock;
        bit_sel$clock = clock;
        c0$clock = clock;
        c1$clock = clock;
        pk_valid$clock = clock;
        busy_q$clock = clock;
        done_q$clock = clock;
        status_q$clock = clock;
        len_q$clock = clock;
        sha_len_q$clock = clock;
        state$d = state$q;
        pc_q$d = pc_q$q;
        cnt$d = cnt$q;
        idx$d = idx$q;
        bit_sel$d = bit_sel$q;
        c0$d = c0$q;
        c1$d = c1$q;
        pk_valid$d = pk_valid$q;
        busy_q$d = busy_q$q;
        done_q$d = done_q$q;
        status_q$d = status_q$q;
        len_q$d = len_q$q;
        sha_len_q$d = sha_len_q$q;
        rom$clock = clock;
        rfx$read_clock = clock;
        rfx$write_clock = clock;
        rfy$read_clock = clock;
        rfy$write_clock = clock;
        bufram$read_clock = clock;
        bufram$write_clock = clock;
        fu$clock = clock;
        sha$clock = clock;
        busy = busy_q$q;
        done = done_q$q;
        status = status_q$q;
        pc = pc_q$q;
        res_data = 32'h0;
        if (~busy_q$q) begin
            res_data = (((rfy$read_data) & 32'hffffffff) << 32'h10) | ((rfx$read_data) & 32'hffffffff);
        end
        rom$address = pc_q$q;
        ins = rom$data;
        opc = ins[(32'h1b)+:(5)];
        f_d = ins[(32'h11)+:(7)];
        f_a = ins[(32'ha)+:(7)];
        f_b = ins[(32'h3)+:(7)];
        a_eff = f_a;
        if (ins[32'h19]) begin
            a_eff = f_a + idx$q;
        end
        b_eff = f_b;
        if (ins[32'h18]) begin
            b_eff = f_b + idx$q;
        end
        word = ins[(32'h0)+:(9)];
        target = ins[(32'h0)+:(10)];
        cond = ins[(32'h14)+:(4)];
        cond_true = 1'b0;
        if (cond == 32'h0) begin
            cond_true = 1'b1;
        end
        if (cond == 32'h1) begin
            cond_true = fu$flag_z;
        end
        if (cond == 32'h2) begin
            cond_true = ~fu$flag_z;
        end
        if (cond == 32'h3) begin
            cond_true = fu$flag_c;
        end
        if (cond == 32'h4) begin
            cond_true = ~fu$flag_c;
        end
        if (cond == 32'h5) begin
            cond_true = pk_valid$q;
        end
        if (cond == 32'h6) begin
            cond_true = ~pk_valid$q;
        end
        bitpos = ins[(32'h0)+:(8)];
        if (ins[32'h9]) begin
            bitpos = ins[(32'h0)+:(8)] + c0$q[(32'h0)+:(8)];
        end
        bit_sel$d = bitpos[(32'h0)+:(4)];
        bit_mask = ((32'h1) & 16'hffff) << bit_sel$q;
        bit_val = |(rfx$read_data & bit_mask);
        idx_base = 32'h0;
        if (ins[32'h1a]) begin
            idx_base = idx$q;
        end
        sha_len = ins[(32'hc)+:(12)];
        if (ins[32'hb]) begin
            sha_len = ins[(32'hc)+:(12)] + ((len_q$q) & 12'hfff);
        end
        sha$dig_sel = cnt$q[(32'h2)+:(3)];
        dig_chunk = sha$dig_word[(32'h30)+:(16)];
        if (cnt$q[(32'h0)+:(2)] == 32'h1) begin
            dig_chunk = sha$dig_word[(32'h20)+:(16)];
        end
        if (cnt$q[(32'h0)+:(2)] == 32'h2) begin
            dig_chunk = sha$dig_word[(32'h10)+:(16)];
        end
        if (cnt$q[(32'h0)+:(2)] == 32'h3) begin
            dig_chunk = sha$dig_word[(32'h0)+:(16)];
        end
        dig_limb = (((dig_chunk[(32'h0)+:(8)]) & 16'hffff) << 32'h8) | ((dig_chunk[(32'h8)+:(8)]) & 16'hffff);
        ldb_limb = bufram$read_data[(32'h0)+:(16)];
        if (~cnt$q[32'h0]) begin
            ldb_limb = bufram$read_data[(32'h10)+:(16)];
        end
        seed_word = seed[(32'h0)+:(32)];
        if (cnt$q[(32'h0)+:(3)] == 32'h1) begin
            seed_word = seed[(32'h20)+:(32)];
        end
        if (cnt$q[(32'h0)+:(3)] == 32'h2) begin
            seed_word = seed[(32'h40)+:(32)];
        end
        if (cnt$q[(32'h0)+:(3)] == 32'h3) begin
            seed_word = seed[(32'h60)+:(32)];
        end
        if (cnt$q[(32'h0)+:(3)] == 32'h4) begin
            seed_word = seed[(32'h80)+:(32)];
        end
        if (cnt$q[(32'h0)+:(3)] == 32'h5) begin
            seed_word = seed[(32'ha0)+:(32)];
        end
        if (cnt$q[(32'h0)+:(3)] == 32'h6) begin
            seed_word = seed[(32'hc0)+:(32)];
        end
        if (cnt$q[(32'h0)+:(3)] == 32'h7) begin
            seed_word = seed[(32'he0)+:(32)];
        end
        res_reg = (((res_addr[(32'h3)+:(1)]) & 11'h7ff) + 32'h28) << 32'h4;
        rfx$read_address = res_reg | (((res_addr[(32'h0)+:(3)]) & 11'h7ff) << 32'h1);
        rfy$read_address = res_reg | (((res_addr[(32'h0)+:(3)]) & 11'h7ff) << 32'h1) | 32'h1;
        rfx$write_enable = 1'b0;
        rfy$write_enable = 1'b0;
        rfx$write_address = fu$w_addr;
        rfy$write_address = fu$w_addr;
        rfx$write_data = fu$w_data;
        rfy$write_data = fu$w_data;
        bufram$read_address = sha$buf_addr;
        bufram$write_enable = 1'b0;
        bufram$write_address = buf_waddr;
        bufram$write_data = buf_wdata;
        fu$rx_data = rfx$read_data;
        fu$ry_data = rfy$read_data;
        fu$start = 1'b0;
        fu$op = opc[(32'h0)+:(4)];
        fu$ci = ins[32'h1a];
        fu$d = f_d;
        fu$a = a_eff;
        fu$b = b_eff;
        sha$start = 1'b0;
        sha$start_byte = ((ins[(32'h0)+:(8)]) & 11'h7ff) << 32'h3;
        sha_len_q$d = sha_len;
        sha$len = sha_len_q$q;
        sha$buf_data = bufram$read_data;
        last = 1'b0;
        next_pc = pc_q$q + 32'h1;
        cmd_ok = (cmd_op >= 32'h1) & (cmd_op <= 32'h4) & (msg_len <= 32'h400);
        if (state$q == EngineState$Idle) begin
            bufram$write_enable = buf_we;
            if (cmd_start) begin
                done_q$d = ~cmd_ok;
                status_q$d = 32'h0;
                if (cmd_ok) begin
                    busy_q$d = 1'b1;
                    state$d = EngineState$Fetch;
                    len_q$d = msg_len[(32'h0)+:(11)];
                    pc_q$d = entry1;
                    if (cmd_op == 32'h2) begin
                        pc_q$d = entry2;
                    end
                    if (cmd_op == 32'h3) begin
                        pc_q$d = entry3;
                    end
                    if (cmd_op == 32'h4) begin
                        pc_q$d = entry4;
                    end
                end
                else begin
                    status_q$d = 32'h9;
                end
            end
        end
        if (state$q == EngineState$Fetch) begin
            state$d = EngineState$Execute;
            cnt$d = 32'h0;
        end
        if (state$q == EngineState$Execute) begin
            if (~&cnt$q) begin
                cnt$d = cnt$q + 32'h1;
            end
            if (~opc[32'h4]) begin
                fu$start = cnt$q == 32'h0;
                rfx$read_address = fu$rx_addr;
                rfy$read_address = fu$ry_addr;
                rfx$write_enable = fu$w_en;
                rfy$write_enable = fu$w_en;
                last = fu$done;
            end
            if (opc == 32'h10) begin
                last = 1'b1;
                if (cond_true) begin
                    next_pc = target;
                end
            end
            if (opc == 32'h11) begin
                last = 1'b1;
                if (ins[32'h17]) begin
                    c1$d = ins[(32'h0)+:(9)];
                end
                else begin
                    c0$d = ins[(32'h0)+:(9)];
                end
            end
            if (opc == 32'h12) begin
                last = 1'b1;
                if (ins[32'h17]) begin
                    if (|c1$q) begin
                        c1$d = c1$q - 32'h1;
                        next_pc = target;
                    end
                end
                else if (|c0$q) begin
                    c0$d = c0$q - 32'h1;
                    next_pc = target;
                end
            end
            if (opc == 32'h14) begin
                rfx$read_address = (((f_a) & 11'h7ff) << 32'h4) | ((bitpos[(32'h4)+:(4)]) & 11'h7ff);
                if (cnt$q == 32'h1) begin
                    last = 1'b1;
                    idx$d = idx_base;
                    if (bit_val) begin
                        idx$d = idx_base + f_d;
                    end
                end
            end
            if (opc == 32'h15) begin
                last = 1'b1;
                idx$d = idx_base;
                if ((ins[32'h0] & fu$flag_z) | (~ins[32'h0] & fu$flag_c)) begin
                    idx$d = idx_base + f_d;
                end
            end
            if (opc == 32'h16) begin
                sha$start = cnt$q == 32'h1;
                last = sha$done;
            end
            if (opc == 32'h17) begin
                rfx$write_enable = 1'b1;
                rfy$write_enable = 1'b1;
                rfx$write_address = (((f_d) & 11'h7ff) << 32'h4) + ((cnt$q) & 11'h7ff);
                rfy$write_address = (((f_d) & 11'h7ff) << 32'h4) + ((cnt$q) & 11'h7ff);
                rfx$write_data = dig_limb;
                rfy$write_data = dig_limb;
                last = cnt$q == 32'h1f;
            end
            if (opc == 32'h18) begin
                rfx$read_address = (((f_a) & 11'h7ff) << 32'h4) | (((cnt$q[(32'h0)+:(3)]) & 11'h7ff) << 32'h1);
                rfy$read_address = (((f_a) & 11'h7ff) << 32'h4) | (((cnt$q[(32'h0)+:(3)]) & 11'h7ff) << 32'h1) | 32'h1;
                bufram$write_enable = cnt$q != 32'h0;
                bufram$write_address = word + ((cnt$q) & 9'h1ff) - 32'h1;
                bufram$write_data = (((rfy$read_data) & 32'hffffffff) << 32'h10) | ((rfx$read_data) & 32'hffffffff);
                last = cnt$q == 32'h8;
            end
            if (opc == 32'h19) begin
                bufram$read_address = word + ((cnt$q[(32'h1)+:(5)]) & 9'h1ff);
                rfx$write_enable = cnt$q != 32'h0;
                rfy$write_enable = cnt$q != 32'h0;
                rfx$write_address = (((f_d) & 11'h7ff) << 32'h4) + ((cnt$q) & 11'h7ff) - 32'h1;
                rfy$write_address = (((f_d) & 11'h7ff) << 32'h4) + ((cnt$q) & 11'h7ff) - 32'h1;
                rfx$write_data = ldb_limb;
                rfy$write_data = ldb_limb;
                last = cnt$q == 32'h10;
            end
            if (opc == 32'h1a) begin
                bufram$write_enable = 1'b1;
                bufram$write_address = word + ((cnt$q) & 9'h1ff);
                bufram$write_data = seed_word;
                last = cnt$q == 32'h7;
            end
            if (opc == 32'h1b) begin
                last = 1'b1;
                pk_valid$d = ins[32'h0];
            end
            if (last) begin
                pc_q$d = next_pc;
                state$d = EngineState$Fetch;
            end
            if (opc == 32'h13) begin
                state$d = EngineState$Idle;
                busy_q$d = 1'b0;
                done_q$d = 1'b1;
                status_q$d = ins[(32'h0)+:(4)];
            end
        end
    end
    
endmodule // capfuse_ed25519


module capfuse_ed25519$bit_sel(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$bit_sel


module capfuse_ed25519$bufram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 32'h0;
    mem[9'b1] = 32'h0;
    mem[9'b10] = 32'h0;
    mem[9'b11] = 32'h0;
    mem[9'b100] = 32'h0;
    mem[9'b101] = 32'h0;
    mem[9'b110] = 32'h0;
    mem[9'b111] = 32'h0;
    mem[9'b1000] = 32'h0;
    mem[9'b1001] = 32'h0;
    mem[9'b1010] = 32'h0;
    mem[9'b1011] = 32'h0;
    mem[9'b1100] = 32'h0;
    mem[9'b1101] = 32'h0;
    mem[9'b1110] = 32'h0;
    mem[9'b1111] = 32'h0;
    mem[9'b10000] = 32'h0;
    mem[9'b10001] = 32'h0;
    mem[9'b10010] = 32'h0;
    mem[9'b10011] = 32'h0;
    mem[9'b10100] = 32'h0;
    mem[9'b10101] = 32'h0;
    mem[9'b10110] = 32'h0;
    mem[9'b10111] = 32'h0;
    mem[9'b11000] = 32'h0;
    mem[9'b11001] = 32'h0;
    mem[9'b11010] = 32'h0;
    mem[9'b11011] = 32'h0;
    mem[9'b11100] = 32'h0;
    mem[9'b11101] = 32'h0;
    mem[9'b11110] = 32'h0;
    mem[9'b11111] = 32'h0;
    mem[9'b100000] = 32'h0;
    mem[9'b100001] = 32'h0;
    mem[9'b100010] = 32'h0;
    mem[9'b100011] = 32'h0;
    mem[9'b100100] = 32'h0;
    mem[9'b100101] = 32'h0;
    mem[9'b100110] = 32'h0;
    mem[9'b100111] = 32'h0;
    mem[9'b101000] = 32'h0;
    mem[9'b101001] = 32'h0;
    mem[9'b101010] = 32'h0;
    mem[9'b101011] = 32'h0;
    mem[9'b101100] = 32'h0;
    mem[9'b101101] = 32'h0;
    mem[9'b101110] = 32'h0;
    mem[9'b101111] = 32'h0;
    mem[9'b110000] = 32'h0;
    mem[9'b110001] = 32'h0;
    mem[9'b110010] = 32'h0;
    mem[9'b110011] = 32'h0;
    mem[9'b110100] = 32'h0;
    mem[9'b110101] = 32'h0;
    mem[9'b110110] = 32'h0;
    mem[9'b110111] = 32'h0;
    mem[9'b111000] = 32'h0;
    mem[9'b111001] = 32'h0;
    mem[9'b111010] = 32'h0;
    mem[9'b111011] = 32'h0;
    mem[9'b111100] = 32'h0;
    mem[9'b111101] = 32'h0;
    mem[9'b111110] = 32'h0;
    mem[9'b111111] = 32'h0;
    mem[9'b1000000] = 32'h0;
    mem[9'b1000001] = 32'h0;
    mem[9'b1000010] = 32'h0;
    mem[9'b1000011] = 32'h0;
    mem[9'b1000100] = 32'h0;
    mem[9'b1000101] = 32'h0;
    mem[9'b1000110] = 32'h0;
    mem[9'b1000111] = 32'h0;
    mem[9'b1001000] = 32'h0;
    mem[9'b1001001] = 32'h0;
    mem[9'b1001010] = 32'h0;
    mem[9'b1001011] = 32'h0;
    mem[9'b1001100] = 32'h0;
    mem[9'b1001101] = 32'h0;
    mem[9'b1001110] = 32'h0;
    mem[9'b1001111] = 32'h0;
    mem[9'b1010000] = 32'h0;
    mem[9'b1010001] = 32'h0;
    mem[9'b1010010] = 32'h0;
    mem[9'b1010011] = 32'h0;
    mem[9'b1010100] = 32'h0;
    mem[9'b1010101] = 32'h0;
    mem[9'b1010110] = 32'h0;
    mem[9'b1010111] = 32'h0;
    mem[9'b1011000] = 32'h0;
    mem[9'b1011001] = 32'h0;
    mem[9'b1011010] = 32'h0;
    mem[9'b1011011] = 32'h0;
    mem[9'b1011100] = 32'h0;
    mem[9'b1011101] = 32'h0;
    mem[9'b1011110] = 32'h0;
    mem[9'b1011111] = 32'h0;
    mem[9'b1100000] = 32'h0;
    mem[9'b1100001] = 32'h0;
    mem[9'b1100010] = 32'h0;
    mem[9'b1100011] = 32'h0;
    mem[9'b1100100] = 32'h0;
    mem[9'b1100101] = 32'h0;
    mem[9'b1100110] = 32'h0;
    mem[9'b1100111] = 32'h0;
    mem[9'b1101000] = 32'h0;
    mem[9'b1101001] = 32'h0;
    mem[9'b1101010] = 32'h0;
    mem[9'b1101011] = 32'h0;
    mem[9'b1101100] = 32'h0;
    mem[9'b1101101] = 32'h0;
    mem[9'b1101110] = 32'h0;
    mem[9'b1101111] = 32'h0;
    mem[9'b1110000] = 32'h0;
    mem[9'b1110001] = 32'h0;
    mem[9'b1110010] = 32'h0;
    mem[9'b1110011] = 32'h0;
    mem[9'b1110100] = 32'h0;
    mem[9'b1110101] = 32'h0;
    mem[9'b1110110] = 32'h0;
    mem[9'b1110111] = 32'h0;
    mem[9'b1111000] = 32'h0;
    mem[9'b1111001] = 32'h0;
    mem[9'b1111010] = 32'h0;
    mem[9'b1111011] = 32'h0;
    mem[9'b1111100] = 32'h0;
    mem[9'b1111101] = 32'h0;
    mem[9'b1111110] = 32'h0;
    mem[9'b1111111] = 32'h0;
    mem[9'b10000000] = 32'h0;
    mem[9'b10000001] = 32'h0;
    mem[9'b10000010] = 32'h0;
    mem[9'b10000011] = 32'h0;
    mem[9'b10000100] = 32'h0;
    mem[9'b10000101] = 32'h0;
    mem[9'b10000110] = 32'h0;
    mem[9'b10000111] = 32'h0;
    mem[9'b10001000] = 32'h0;
    mem[9'b10001001] = 32'h0;
    mem[9'b10001010] = 32'h0;
    mem[9'b10001011] = 32'h0;
    mem[9'b10001100] = 32'h0;
    mem[9'b10001101] = 32'h0;
    mem[9'b10001110] = 32'h0;
    mem[9'b10001111] = 32'h0;
    mem[9'b10010000] = 32'h0;
    mem[9'b10010001] = 32'h0;
    mem[9'b10010010] = 32'h0;
    mem[9'b10010011] = 32'h0;
    mem[9'b10010100] = 32'h0;
    mem[9'b10010101] = 32'h0;
    mem[9'b10010110] = 32'h0;
    mem[9'b10010111] = 32'h0;
    mem[9'b10011000] = 32'h0;
    mem[9'b10011001] = 32'h0;
    mem[9'b10011010] = 32'h0;
    mem[9'b10011011] = 32'h0;
    mem[9'b10011100] = 32'h0;
    mem[9'b10011101] = 32'h0;
    mem[9'b10011110] = 32'h0;
    mem[9'b10011111] = 32'h0;
    mem[9'b10100000] = 32'h0;
    mem[9'b10100001] = 32'h0;
    mem[9'b10100010] = 32'h0;
    mem[9'b10100011] = 32'h0;
    mem[9'b10100100] = 32'h0;
    mem[9'b10100101] = 32'h0;
    mem[9'b10100110] = 32'h0;
    mem[9'b10100111] = 32'h0;
    mem[9'b10101000] = 32'h0;
    mem[9'b10101001] = 32'h0;
    mem[9'b10101010] = 32'h0;
    mem[9'b10101011] = 32'h0;
    mem[9'b10101100] = 32'h0;
    mem[9'b10101101] = 32'h0;
    mem[9'b10101110] = 32'h0;
    mem[9'b10101111] = 32'h0;
    mem[9'b10110000] = 32'h0;
    mem[9'b10110001] = 32'h0;
    mem[9'b10110010] = 32'h0;
    mem[9'b10110011] = 32'h0;
    mem[9'b10110100] = 32'h0;
    mem[9'b10110101] = 32'h0;
    mem[9'b10110110] = 32'h0;
    mem[9'b10110111] = 32'h0;
    mem[9'b10111000] = 32'h0;
    mem[9'b10111001] = 32'h0;
    mem[9'b10111010] = 32'h0;
    mem[9'b10111011] = 32'h0;
    mem[9'b10111100] = 32'h0;
    mem[9'b10111101] = 32'h0;
    mem[9'b10111110] = 32'h0;
    mem[9'b10111111] = 32'h0;
    mem[9'b11000000] = 32'h0;
    mem[9'b11000001] = 32'h0;
    mem[9'b11000010] = 32'h0;
    mem[9'b11000011] = 32'h0;
    mem[9'b11000100] = 32'h0;
    mem[9'b11000101] = 32'h0;
    mem[9'b11000110] = 32'h0;
    mem[9'b11000111] = 32'h0;
    mem[9'b11001000] = 32'h0;
    mem[9'b11001001] = 32'h0;
    mem[9'b11001010] = 32'h0;
    mem[9'b11001011] = 32'h0;
    mem[9'b11001100] = 32'h0;
    mem[9'b11001101] = 32'h0;
    mem[9'b11001110] = 32'h0;
    mem[9'b11001111] = 32'h0;
    mem[9'b11010000] = 32'h0;
    mem[9'b11010001] = 32'h0;
    mem[9'b11010010] = 32'h0;
    mem[9'b11010011] = 32'h0;
    mem[9'b11010100] = 32'h0;
    mem[9'b11010101] = 32'h0;
    mem[9'b11010110] = 32'h0;
    mem[9'b11010111] = 32'h0;
    mem[9'b11011000] = 32'h0;
    mem[9'b11011001] = 32'h0;
    mem[9'b11011010] = 32'h0;
    mem[9'b11011011] = 32'h0;
    mem[9'b11011100] = 32'h0;
    mem[9'b11011101] = 32'h0;
    mem[9'b11011110] = 32'h0;
    mem[9'b11011111] = 32'h0;
    mem[9'b11100000] = 32'h0;
    mem[9'b11100001] = 32'h0;
    mem[9'b11100010] = 32'h0;
    mem[9'b11100011] = 32'h0;
    mem[9'b11100100] = 32'h0;
    mem[9'b11100101] = 32'h0;
    mem[9'b11100110] = 32'h0;
    mem[9'b11100111] = 32'h0;
    mem[9'b11101000] = 32'h0;
    mem[9'b11101001] = 32'h0;
    mem[9'b11101010] = 32'h0;
    mem[9'b11101011] = 32'h0;
    mem[9'b11101100] = 32'h0;
    mem[9'b11101101] = 32'h0;
    mem[9'b11101110] = 32'h0;
    mem[9'b11101111] = 32'h0;
    mem[9'b11110000] = 32'h0;
    mem[9'b11110001] = 32'h0;
    mem[9'b11110010] = 32'h0;
    mem[9'b11110011] = 32'h0;
    mem[9'b11110100] = 32'h0;
    mem[9'b11110101] = 32'h0;
    mem[9'b11110110] = 32'h0;
    mem[9'b11110111] = 32'h0;
    mem[9'b11111000] = 32'h0;
    mem[9'b11111001] = 32'h0;
    mem[9'b11111010] = 32'h0;
    mem[9'b11111011] = 32'h0;
    mem[9'b11111100] = 32'h0;
    mem[9'b11111101] = 32'h0;
    mem[9'b11111110] = 32'h0;
    mem[9'b11111111] = 32'h0;
    mem[9'b100000000] = 32'h0;
    mem[9'b100000001] = 32'h0;
    mem[9'b100000010] = 32'h0;
    mem[9'b100000011] = 32'h0;
    mem[9'b100000100] = 32'h0;
    mem[9'b100000101] = 32'h0;
    mem[9'b100000110] = 32'h0;
    mem[9'b100000111] = 32'h0;
    mem[9'b100001000] = 32'h0;
    mem[9'b100001001] = 32'h0;
    mem[9'b100001010] = 32'h0;
    mem[9'b100001011] = 32'h0;
    mem[9'b100001100] = 32'h0;
    mem[9'b100001101] = 32'h0;
    mem[9'b100001110] = 32'h0;
    mem[9'b100001111] = 32'h0;
    mem[9'b100010000] = 32'h0;
    mem[9'b100010001] = 32'h0;
    mem[9'b100010010] = 32'h0;
    mem[9'b100010011] = 32'h0;
    mem[9'b100010100] = 32'h0;
    mem[9'b100010101] = 32'h0;
    mem[9'b100010110] = 32'h0;
    mem[9'b100010111] = 32'h0;
    mem[9'b100011000] = 32'h0;
    mem[9'b100011001] = 32'h0;
    mem[9'b100011010] = 32'h0;
    mem[9'b100011011] = 32'h0;
    mem[9'b100011100] = 32'h0;
    mem[9'b100011101] = 32'h0;
    mem[9'b100011110] = 32'h0;
    mem[9'b100011111] = 32'h0;
    mem[9'b100100000] = 32'h0;
    mem[9'b100100001] = 32'h0;
    mem[9'b100100010] = 32'h0;
    mem[9'b100100011] = 32'h0;
    mem[9'b100100100] = 32'h0;
    mem[9'b100100101] = 32'h0;
    mem[9'b100100110] = 32'h0;
    mem[9'b100100111] = 32'h0;
    mem[9'b100101000] = 32'h0;
    mem[9'b100101001] = 32'h0;
    mem[9'b100101010] = 32'h0;
    mem[9'b100101011] = 32'h0;
    mem[9'b100101100] = 32'h0;
    mem[9'b100101101] = 32'h0;
    mem[9'b100101110] = 32'h0;
    mem[9'b100101111] = 32'h0;
    mem[9'b100110000] = 32'h0;
    mem[9'b100110001] = 32'h0;
    mem[9'b100110010] = 32'h0;
    mem[9'b100110011] = 32'h0;
    mem[9'b100110100] = 32'h0;
    mem[9'b100110101] = 32'h0;
    mem[9'b100110110] = 32'h0;
    mem[9'b100110111] = 32'h0;
    mem[9'b100111000] = 32'h0;
    mem[9'b100111001] = 32'h0;
    mem[9'b100111010] = 32'h0;
    mem[9'b100111011] = 32'h0;
    mem[9'b100111100] = 32'h0;
    mem[9'b100111101] = 32'h0;
    mem[9'b100111110] = 32'h0;
    mem[9'b100111111] = 32'h0;
    mem[9'b101000000] = 32'h0;
    mem[9'b101000001] = 32'h0;
    mem[9'b101000010] = 32'h0;
    mem[9'b101000011] = 32'h0;
    mem[9'b101000100] = 32'h0;
    mem[9'b101000101] = 32'h0;
    mem[9'b101000110] = 32'h0;
    mem[9'b101000111] = 32'h0;
    mem[9'b101001000] = 32'h0;
    mem[9'b101001001] = 32'h0;
    mem[9'b101001010] = 32'h0;
    mem[9'b101001011] = 32'h0;
    mem[9'b101001100] = 32'h0;
    mem[9'b101001101] = 32'h0;
    mem[9'b101001110] = 32'h0;
    mem[9'b101001111] = 32'h0;
    mem[9'b101010000] = 32'h0;
    mem[9'b101010001] = 32'h0;
    mem[9'b101010010] = 32'h0;
    mem[9'b101010011] = 32'h0;
    mem[9'b101010100] = 32'h0;
    mem[9'b101010101] = 32'h0;
    mem[9'b101010110] = 32'h0;
    mem[9'b101010111] = 32'h0;
    mem[9'b101011000] = 32'h0;
    mem[9'b101011001] = 32'h0;
    mem[9'b101011010] = 32'h0;
    mem[9'b101011011] = 32'h0;
    mem[9'b101011100] = 32'h0;
    mem[9'b101011101] = 32'h0;
    mem[9'b101011110] = 32'h0;
    mem[9'b101011111] = 32'h0;
    mem[9'b101100000] = 32'h0;
    mem[9'b101100001] = 32'h0;
    mem[9'b101100010] = 32'h0;
    mem[9'b101100011] = 32'h0;
    mem[9'b101100100] = 32'h0;
    mem[9'b101100101] = 32'h0;
    mem[9'b101100110] = 32'h0;
    mem[9'b101100111] = 32'h0;
    mem[9'b101101000] = 32'h0;
    mem[9'b101101001] = 32'h0;
    mem[9'b101101010] = 32'h0;
    mem[9'b101101011] = 32'h0;
    mem[9'b101101100] = 32'h0;
    mem[9'b101101101] = 32'h0;
    mem[9'b101101110] = 32'h0;
    mem[9'b101101111] = 32'h0;
    mem[9'b101110000] = 32'h0;
    mem[9'b101110001] = 32'h0;
    mem[9'b101110010] = 32'h0;
    mem[9'b101110011] = 32'h0;
    mem[9'b101110100] = 32'h0;
    mem[9'b101110101] = 32'h0;
    mem[9'b101110110] = 32'h0;
    mem[9'b101110111] = 32'h0;
    mem[9'b101111000] = 32'h0;
    mem[9'b101111001] = 32'h0;
    mem[9'b101111010] = 32'h0;
    mem[9'b101111011] = 32'h0;
    mem[9'b101111100] = 32'h0;
    mem[9'b101111101] = 32'h0;
    mem[9'b101111110] = 32'h0;
    mem[9'b101111111] = 32'h0;
    mem[9'b110000000] = 32'h0;
    mem[9'b110000001] = 32'h0;
    mem[9'b110000010] = 32'h0;
    mem[9'b110000011] = 32'h0;
    mem[9'b110000100] = 32'h0;
    mem[9'b110000101] = 32'h0;
    mem[9'b110000110] = 32'h0;
    mem[9'b110000111] = 32'h0;
    mem[9'b110001000] = 32'h0;
    mem[9'b110001001] = 32'h0;
    mem[9'b110001010] = 32'h0;
    mem[9'b110001011] = 32'h0;
    mem[9'b110001100] = 32'h0;
    mem[9'b110001101] = 32'h0;
    mem[9'b110001110] = 32'h0;
    mem[9'b110001111] = 32'h0;
    mem[9'b110010000] = 32'h0;
    mem[9'b110010001] = 32'h0;
    mem[9'b110010010] = 32'h0;
    mem[9'b110010011] = 32'h0;
    mem[9'b110010100] = 32'h0;
    mem[9'b110010101] = 32'h0;
    mem[9'b110010110] = 32'h0;
    mem[9'b110010111] = 32'h0;
    mem[9'b110011000] = 32'h0;
    mem[9'b110011001] = 32'h0;
    mem[9'b110011010] = 32'h0;
    mem[9'b110011011] = 32'h0;
    mem[9'b110011100] = 32'h0;
    mem[9'b110011101] = 32'h0;
    mem[9'b110011110] = 32'h0;
    mem[9'b110011111] = 32'h0;
    mem[9'b110100000] = 32'h0;
    mem[9'b110100001] = 32'h0;
    mem[9'b110100010] = 32'h0;
    mem[9'b110100011] = 32'h0;
    mem[9'b110100100] = 32'h0;
    mem[9'b110100101] = 32'h0;
    mem[9'b110100110] = 32'h0;
    mem[9'b110100111] = 32'h0;
    mem[9'b110101000] = 32'h0;
    mem[9'b110101001] = 32'h0;
    mem[9'b110101010] = 32'h0;
    mem[9'b110101011] = 32'h0;
    mem[9'b110101100] = 32'h0;
    mem[9'b110101101] = 32'h0;
    mem[9'b110101110] = 32'h0;
    mem[9'b110101111] = 32'h0;
    mem[9'b110110000] = 32'h0;
    mem[9'b110110001] = 32'h0;
    mem[9'b110110010] = 32'h0;
    mem[9'b110110011] = 32'h0;
    mem[9'b110110100] = 32'h0;
    mem[9'b110110101] = 32'h0;
    mem[9'b110110110] = 32'h0;
    mem[9'b110110111] = 32'h0;
    mem[9'b110111000] = 32'h0;
    mem[9'b110111001] = 32'h0;
    mem[9'b110111010] = 32'h0;
    mem[9'b110111011] = 32'h0;
    mem[9'b110111100] = 32'h0;
    mem[9'b110111101] = 32'h0;
    mem[9'b110111110] = 32'h0;
    mem[9'b110111111] = 32'h0;
    mem[9'b111000000] = 32'h0;
    mem[9'b111000001] = 32'h0;
    mem[9'b111000010] = 32'h0;
    mem[9'b111000011] = 32'h0;
    mem[9'b111000100] = 32'h0;
    mem[9'b111000101] = 32'h0;
    mem[9'b111000110] = 32'h0;
    mem[9'b111000111] = 32'h0;
    mem[9'b111001000] = 32'h0;
    mem[9'b111001001] = 32'h0;
    mem[9'b111001010] = 32'h0;
    mem[9'b111001011] = 32'h0;
    mem[9'b111001100] = 32'h0;
    mem[9'b111001101] = 32'h0;
    mem[9'b111001110] = 32'h0;
    mem[9'b111001111] = 32'h0;
    mem[9'b111010000] = 32'h0;
    mem[9'b111010001] = 32'h0;
    mem[9'b111010010] = 32'h0;
    mem[9'b111010011] = 32'h0;
    mem[9'b111010100] = 32'h0;
    mem[9'b111010101] = 32'h0;
    mem[9'b111010110] = 32'h0;
    mem[9'b111010111] = 32'h0;
    mem[9'b111011000] = 32'h0;
    mem[9'b111011001] = 32'h0;
    mem[9'b111011010] = 32'h0;
    mem[9'b111011011] = 32'h0;
    mem[9'b111011100] = 32'h0;
    mem[9'b111011101] = 32'h0;
    mem[9'b111011110] = 32'h0;
    mem[9'b111011111] = 32'h0;
    mem[9'b111100000] = 32'h0;
    mem[9'b111100001] = 32'h0;
    mem[9'b111100010] = 32'h0;
    mem[9'b111100011] = 32'h0;
    mem[9'b111100100] = 32'h0;
    mem[9'b111100101] = 32'h0;
    mem[9'b111100110] = 32'h0;
    mem[9'b111100111] = 32'h0;
    mem[9'b111101000] = 32'h0;
    mem[9'b111101001] = 32'h0;
    mem[9'b111101010] = 32'h0;
    mem[9'b111101011] = 32'h0;
    mem[9'b111101100] = 32'h0;
    mem[9'b111101101] = 32'h0;
    mem[9'b111101110] = 32'h0;
    mem[9'b111101111] = 32'h0;
    mem[9'b111110000] = 32'h0;
    mem[9'b111110001] = 32'h0;
    mem[9'b111110010] = 32'h0;
    mem[9'b111110011] = 32'h0;
    mem[9'b111110100] = 32'h0;
    mem[9'b111110101] = 32'h0;
    mem[9'b111110110] = 32'h0;
    mem[9'b111110111] = 32'h0;
    mem[9'b111111000] = 32'h0;
    mem[9'b111111001] = 32'h0;
    mem[9'b111111010] = 32'h0;
    mem[9'b111111011] = 32'h0;
    mem[9'b111111100] = 32'h0;
    mem[9'b111111101] = 32'h0;
    mem[9'b111111110] = 32'h0;
    mem[9'b111111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // capfuse_ed25519$bufram


module capfuse_ed25519$busy_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$busy_q


module capfuse_ed25519$c0(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$c0


module capfuse_ed25519$c1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$c1


module capfuse_ed25519$cnt(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$cnt


module capfuse_ed25519$done_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$done_q


module capfuse_ed25519$fu(clock,start,op,ci,d,a,b,rx_addr,rx_data,ry_addr,ry_data,w_en,w_addr,w_data,done,flag_c,flag_z);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [3:0] op;
    input wire  ci;
    input wire  [6:0] d;
    input wire  [6:0] a;
    input wire  [6:0] b;
    output reg  [10:0] rx_addr;
    input wire  [15:0] rx_data;
    output reg  [10:0] ry_addr;
    input wire  [15:0] ry_data;
    output reg  w_en;
    output reg  [10:0] w_addr;
    output reg  [15:0] w_data;
    output reg  done;
    output reg  flag_c;
    output reg  flag_z;
    
    // Stub signals
    reg  [5:0] cyc$d;
    wire  [5:0] cyc$q;
    reg  cyc$clock;
    reg  [10:0] dbase$d;
    wire  [10:0] dbase$q;
    reg  dbase$clock;
    reg  [10:0] abase$d;
    wire  [10:0] abase$q;
    reg  abase$clock;
    reg  [10:0] bbase$d;
    wire  [10:0] bbase$q;
    reg  bbase$clock;
    reg  [3:0] xi$d;
    wire  [3:0] xi$q;
    reg  xi$clock;
    reg  [3:0] yi$d;
    wire  [3:0] yi$q;
    reg  yi$clock;
    reg  [3:0] wi$d;
    wire  [3:0] wi$q;
    reg  wi$clock;
    reg  f_mul$d;
    wire  f_mul$q;
    reg  f_mul$clock;
    reg  f_fmul$d;
    wire  f_fmul$q;
    reg  f_fmul$clock;
    reg  f_mu$d;
    wire  f_mu$q;
    reg  f_mu$clock;
    reg  f_mw$d;
    wire  f_mw$q;
    reg  f_mw$clock;
    reg  f_fold$d;
    wire  f_fold$q;
    reg  f_fold$clock;
    reg  f_freeze$d;
    wire  f_freeze$q;
    reg  f_freeze$clock;
    reg  f_add$d;
    wire  f_add$q;
    reg  f_add$clock;
    reg  f_sub$d;
    wire  f_sub$q;
    reg  f_sub$clock;
    reg  f_fsub$d;
    wire  f_fsub$q;
    reg  f_fsub$clock;
    reg  f_and$d;
    wire  f_and$q;
    reg  f_and$clock;
    reg  f_or$d;
    wire  f_or$q;
    reg  f_or$clock;
    reg  [15:0] r$0$d;
    wire  [15:0] r$0$q;
    reg  r$0$clock;
    reg  [15:0] r$1$d;
    wire  [15:0] r$1$q;
    reg  r$1$clock;
    reg  [15:0] r$2$d;
    wire  [15:0] r$2$q;
    reg  r$2$clock;
    reg  [15:0] r$3$d;
    wire  [15:0] r$3$q;
    reg  r$3$clock;
    reg  [15:0] r$4$d;
    wire  [15:0] r$4$q;
    reg  r$4$clock;
    reg  [15:0] r$5$d;
    wire  [15:0] r$5$q;
    reg  r$5$clock;
    reg  [15:0] r$6$d;
    wire  [15:0] r$6$q;
    reg  r$6$clock;
    reg  [15:0] r$7$d;
    wire  [15:0] r$7$q;
    reg  r$7$clock;
    reg  [15:0] r$8$d;
    wire  [15:0] r$8$q;
    reg  r$8$clock;
    reg  [15:0] r$9$d;
    wire  [15:0] r$9$q;
    reg  r$9$clock;
    reg  [15:0] r$10$d;
    wire  [15:0] r$10$q;
    reg  r$10$clock;
    reg  [15:0] r$11$d;
    wire  [15:0] r$11$q;
    reg  r$11$clock;
    reg  [15:0] r$12$d;
    wire  [15:0] r$12$q;
    reg  r$12$clock;
    reg  [15:0] r$13$d;
    wire  [15:0] r$13$q;
    reg  r$13$clock;
    reg  [15:0] r$14$d;
    wire  [15:0] r$14$q;
    reg  r$14$clock;
    reg  [15:0] r$15$d;
    wire  [15:0] r$15$q;
    reg  r$15$clock;
    reg  [15:0] bm$0$d;
    wire  [15:0] bm$0$q;
    reg  bm$0$clock;
    reg  [15:0] bm$1$d;
    wire  [15:0] bm$1$q;
    reg  bm$1$clock;
    reg  [15:0] bm$2$d;
    wire  [15:0] bm$2$q;
    reg  bm$2$clock;
    reg  [15:0] bm$3$d;
    wire  [15:0] bm$3$q;
    reg  bm$3$clock;
    reg  [15:0] bm$4$d;
    wire  [15:0] bm$4$q;
    reg  bm$4$clock;
    reg  [15:0] bm$5$d;
    wire  [15:0] bm$5$q;
    reg  bm$5$clock;
    reg  [15:0] bm$6$d;
    wire  [15:0] bm$6$q;
    reg  bm$6$clock;
    reg  [15:0] bm$7$d;
    wire  [15:0] bm$7$q;
    reg  bm$7$clock;
    reg  [15:0] bm$8$d;
    wire  [15:0] bm$8$q;
    reg  bm$8$clock;
    reg  [15:0] bm$9$d;
    wire  [15:0] bm$9$q;
    reg  bm$9$clock;
    reg  [15:0] bm$10$d;
    wire  [15:0] bm$10$q;
    reg  bm$10$clock;
    reg  [15:0] bm$11$d;
    wire  [15:0] bm$11$q;
    reg  bm$11$clock;
    reg  [15:0] bm$12$d;
    wire  [15:0] bm$12$q;
    reg  bm$12$clock;
    reg  [15:0] bm$13$d;
    wire  [15:0] bm$13$q;
    reg  bm$13$clock;
    reg  [15:0] bm$14$d;
    wire  [15:0] bm$14$q;
    reg  bm$14$clock;
    reg  [15:0] bm$15$d;
    wire  [15:0] bm$15$q;
    reg  bm$15$clock;
    reg  [15:0] wm$d;
    wire  [15:0] wm$q;
    reg  wm$clock;
    reg  [31:0] prod$0$d;
    wire  [31:0] prod$0$q;
    reg  prod$0$clock;
    reg  [31:0] prod$1$d;
    wire  [31:0] prod$1$q;
    reg  prod$1$clock;
    reg  [31:0] prod$2$d;
    wire  [31:0] prod$2$q;
    reg  prod$2$clock;
    reg  [31:0] prod$3$d;
    wire  [31:0] prod$3$q;
    reg  prod$3$clock;
    reg  [31:0] prod$4$d;
    wire  [31:0] prod$4$q;
    reg  prod$4$clock;
    reg  [31:0] prod$5$d;
    wire  [31:0] prod$5$q;
    reg  prod$5$clock;
    reg  [31:0] prod$6$d;
    wire  [31:0] prod$6$q;
    reg  prod$6$clock;
    reg  [31:0] prod$7$d;
    wire  [31:0] prod$7$q;
    reg  prod$7$clock;
    reg  [31:0] prod$8$d;
    wire  [31:0] prod$8$q;
    reg  prod$8$clock;
    reg  [31:0] prod$9$d;
    wire  [31:0] prod$9$q;
    reg  prod$9$clock;
    reg  [31:0] prod$10$d;
    wire  [31:0] prod$10$q;
    reg  prod$10$clock;
    reg  [31:0] prod$11$d;
    wire  [31:0] prod$11$q;
    reg  prod$11$clock;
    reg  [31:0] prod$12$d;
    wire  [31:0] prod$12$q;
    reg  prod$12$clock;
    reg  [31:0] prod$13$d;
    wire  [31:0] prod$13$q;
    reg  prod$13$clock;
    reg  [31:0] prod$14$d;
    wire  [31:0] prod$14$q;
    reg  prod$14$clock;
    reg  [31:0] prod$15$d;
    wire  [31:0] prod$15$q;
    reg  prod$15$clock;
    reg  [15:0] mu_q$d;
    wire  [15:0] mu_q$q;
    reg  mu_q$clock;
    reg  [15:0] mw_q$d;
    wire  [15:0] mw_q$q;
    reg  mw_q$clock;
    reg  [17:0] simple$d;
    wire  [17:0] simple$q;
    reg  simple$clock;
    reg  [17:0] ulo_p$0$d;
    wire  [17:0] ulo_p$0$q;
    reg  ulo_p$0$clock;
    reg  [17:0] ulo_p$1$d;
    wire  [17:0] ulo_p$1$q;
    reg  ulo_p$1$clock;
    reg  [17:0] ulo_p$2$d;
    wire  [17:0] ulo_p$2$q;
    reg  ulo_p$2$clock;
    reg  [17:0] ulo_p$3$d;
    wire  [17:0] ulo_p$3$q;
    reg  ulo_p$3$clock;
    reg  [17:0] uhi_p$0$d;
    wire  [17:0] uhi_p$0$q;
    reg  uhi_p$0$clock;
    reg  [17:0] uhi_p$1$d;
    wire  [17:0] uhi_p$1$q;
    reg  uhi_p$1$clock;
    reg  [17:0] uhi_p$2$d;
    wire  [17:0] uhi_p$2$q;
    reg  uhi_p$2$clock;
    reg  [17:0] uhi_p$3$d;
    wire  [17:0] uhi_p$3$q;
    reg  uhi_p$3$clock;
    reg  [17:0] wlo_p$0$d;
    wire  [17:0] wlo_p$0$q;
    reg  wlo_p$0$clock;
    reg  [17:0] wlo_p$1$d;
    wire  [17:0] wlo_p$1$q;
    reg  wlo_p$1$clock;
    reg  [17:0] wlo_p$2$d;
    wire  [17:0] wlo_p$2$q;
    reg  wlo_p$2$clock;
    reg  [17:0] wlo_p$3$d;
    wire  [17:0] wlo_p$3$q;
    reg  wlo_p$3$clock;
    reg  [17:0] whi_p$0$d;
    wire  [17:0] whi_p$0$q;
    reg  whi_p$0$clock;
    reg  [17:0] whi_p$1$d;
    wire  [17:0] whi_p$1$q;
    reg  whi_p$1$clock;
    reg  [17:0] whi_p$2$d;
    wire  [17:0] whi_p$2$q;
    reg  whi_p$2$clock;
    reg  [17:0] whi_p$3$d;
    wire  [17:0] whi_p$3$q;
    reg  whi_p$3$clock;
    reg  [19:0] ulo$d;
    wire  [19:0] ulo$q;
    reg  ulo$clock;
    reg  [19:0] uhi$d;
    wire  [19:0] uhi$q;
    reg  uhi$clock;
    reg  [19:0] wlo$d;
    wire  [19:0] wlo$q;
    reg  wlo$clock;
    reg  [19:0] whi$d;
    wire  [19:0] whi$q;
    reg  whi$clock;
    reg  [25:0] low$d;
    wire  [25:0] low$q;
    reg  low$clock;
    reg  [25:0] high$d;
    wire  [25:0] high$q;
    reg  high$clock;
    reg  [10:0] carry$d;
    wire  [10:0] carry$q;
    reg  carry$clock;
    reg  [25:0] prev_high$d;
    wire  [25:0] prev_high$q;
    reg  prev_high$clock;
    reg  [11:0] y$d;
    wire  [11:0] y$q;
    reg  y$clock;
    reg  [15:0] outreg$0$d;
    wire  [15:0] outreg$0$q;
    reg  outreg$0$clock;
    reg  [15:0] outreg$1$d;
    wire  [15:0] outreg$1$q;
    reg  outreg$1$clock;
    reg  [15:0] outreg$2$d;
    wire  [15:0] outreg$2$q;
    reg  outreg$2$clock;
    reg  [15:0] outreg$3$d;
    wire  [15:0] outreg$3$q;
    reg  outreg$3$clock;
    reg  [15:0] outreg$4$d;
    wire  [15:0] outreg$4$q;
    reg  outreg$4$clock;
    reg  [15:0] outreg$5$d;
    wire  [15:0] outreg$5$q;
    reg  outreg$5$clock;
    reg  [15:0] outreg$6$d;
    wire  [15:0] outreg$6$q;
    reg  outreg$6$clock;
    reg  [15:0] outreg$7$d;
    wire  [15:0] outreg$7$q;
    reg  outreg$7$clock;
    reg  [15:0] outreg$8$d;
    wire  [15:0] outreg$8$q;
    reg  outreg$8$clock;
    reg  [15:0] outreg$9$d;
    wire  [15:0] outreg$9$q;
    reg  outreg$9$clock;
    reg  [15:0] outreg$10$d;
    wire  [15:0] outreg$10$q;
    reg  outreg$10$clock;
    reg  [15:0] outreg$11$d;
    wire  [15:0] outreg$11$q;
    reg  outreg$11$clock;
    reg  [15:0] outreg$12$d;
    wire  [15:0] outreg$12$q;
    reg  outreg$12$clock;
    reg  [15:0] outreg$13$d;
    wire  [15:0] outreg$13$q;
    reg  outreg$13$clock;
    reg  [15:0] outreg$14$d;
    wire  [15:0] outreg$14$q;
    reg  outreg$14$clock;
    reg  [15:0] outreg$15$d;
    wire  [15:0] outreg$15$q;
    reg  outreg$15$clock;
    reg  [25:0] pre0$d;
    wire  [25:0] pre0$q;
    reg  pre0$clock;
    reg  [15:0] wd$d;
    wire  [15:0] wd$q;
    reg  wd$clock;
    reg  [10:0] c2$d;
    wire  [10:0] c2$q;
    reg  c2$clock;
    reg  wen$d;
    wire  wen$q;
    reg  wen$clock;
    reg  [10:0] waddr$d;
    wire  [10:0] waddr$q;
    reg  waddr$clock;
    reg  zacc$d;
    wire  zacc$q;
    reg  zacc$clock;
    reg  done_q$d;
    wire  done_q$q;
    reg  done_q$clock;
    reg  fc$d;
    wire  fc$q;
    reg  fc$clock;
    reg  fz$d;
    wire  fz$q;
    reg  fz$clock;
    
    // Local signals
    reg  col;
    reg  wph;
    reg  [15:0] nwm;
    reg  [15:0] nb0;
    reg  [17:0] sb;
    reg  [17:0] sk;
    reg  [31:0] mlu$0;
    reg  [31:0] mlu$1;
    reg  [31:0] mlu$2;
    reg  [31:0] mlu$3;
    reg  [31:0] mlu$4;
    reg  [31:0] mlu$5;
    reg  [31:0] mlu$6;
    reg  [31:0] mlu$7;
    reg  [31:0] mlu$8;
    reg  [31:0] mlu$9;
    reg  [31:0] mlu$10;
    reg  [31:0] mlu$11;
    reg  [31:0] mlu$12;
    reg  [31:0] mlu$13;
    reg  [31:0] mlu$14;
    reg  [31:0] mlu$15;
    reg  [31:0] mhu$0;
    reg  [31:0] mhu$1;
    reg  [31:0] mhu$2;
    reg  [31:0] mhu$3;
    reg  [31:0] mhu$4;
    reg  [31:0] mhu$5;
    reg  [31:0] mhu$6;
    reg  [31:0] mhu$7;
    reg  [31:0] mhu$8;
    reg  [31:0] mhu$9;
    reg  [31:0] mhu$10;
    reg  [31:0] mhu$11;
    reg  [31:0] mhu$12;
    reg  [31:0] mhu$13;
    reg  [31:0] mhu$14;
    reg  [31:0] mhu$15;
    reg  [31:0] mlw$0;
    reg  [31:0] mlw$1;
    reg  [31:0] mlw$2;
    reg  [31:0] mlw$3;
    reg  [31:0] mlw$4;
    reg  [31:0] mlw$5;
    reg  [31:0] mlw$6;
    reg  [31:0] mlw$7;
    reg  [31:0] mlw$8;
    reg  [31:0] mlw$9;
    reg  [31:0] mlw$10;
    reg  [31:0] mlw$11;
    reg  [31:0] mlw$12;
    reg  [31:0] mlw$13;
    reg  [31:0] mlw$14;
    reg  [31:0] mlw$15;
    reg  [31:0] mhw$0;
    reg  [31:0] mhw$1;
    reg  [31:0] mhw$2;
    reg  [31:0] mhw$3;
    reg  [31:0] mhw$4;
    reg  [31:0] mhw$5;
    reg  [31:0] mhw$6;
    reg  [31:0] mhw$7;
    reg  [31:0] mhw$8;
    reg  [31:0] mhw$9;
    reg  [31:0] mhw$10;
    reg  [31:0] mhw$11;
    reg  [31:0] mhw$12;
    reg  [31:0] mhw$13;
    reg  [31:0] mhw$14;
    reg  [31:0] mhw$15;
    reg  [31:0] slu$0;
    reg  [31:0] slu$1;
    reg  [31:0] slu$2;
    reg  [31:0] slu$3;
    reg  [31:0] shu$0;
    reg  [31:0] shu$1;
    reg  [31:0] shu$2;
    reg  [31:0] shu$3;
    reg  [31:0] slw$0;
    reg  [31:0] slw$1;
    reg  [31:0] slw$2;
    reg  [31:0] slw$3;
    reg  [31:0] shw$0;
    reg  [31:0] shw$1;
    reg  [31:0] shw$2;
    reg  [31:0] shw$3;
    reg  [25:0] wl26;
    reg  [25:0] wh26;
    reg  [25:0] la;
    reg  [25:0] lb;
    reg  [25:0] lc;
    reg  [25:0] ha;
    reg  [25:0] hb;
    reg  [25:0] hc;
    reg  [31:0] t;
    reg  [31:0] h32;
    reg  [31:0] pa;
    reg  [31:0] pb;
    reg  [31:0] pc;
    reg  [31:0] p0;
    reg  [31:0] y32;
    reg  [31:0] wx;
    reg  [31:0] wy;
    reg  [31:0] wz;
    reg  [15:0] limb;
    reg  [31:0] arest;
    reg  [31:0] ws;
    
    // Sub module instances
    capfuse_ed25519$fu$cyc cyc(
        .d(cyc$d),
        .q(cyc$q),
        .clock(cyc$clock)
    );
    capfuse_ed25519$fu$dbase dbase(
        .d(dbase$d),
        .q(dbase$q),
        .clock(dbase$clock)
    );
    capfuse_ed25519$fu$abase abase(
        .d(abase$d),
        .q(abase$q),
        .clock(abase$clock)
    );
    capfuse_ed25519$fu$bbase bbase(
        .d(bbase$d),
        .q(bbase$q),
        .clock(bbase$clock)
    );
    capfuse_ed25519$fu$xi xi(
        .d(xi$d),
        .q(xi$q),
        .clock(xi$clock)
    );
    capfuse_ed25519$fu$yi yi(
        .d(yi$d),
        .q(yi$q),
        .clock(yi$clock)
    );
    capfuse_ed25519$fu$wi wi(
        .d(wi$d),
        .q(wi$q),
        .clock(wi$clock)
    );
    capfuse_ed25519$fu$f_mul f_mul(
        .d(f_mul$d),
        .q(f_mul$q),
        .clock(f_mul$clock)
    );
    capfuse_ed25519$fu$f_fmul f_fmul(
        .d(f_fmul$d),
        .q(f_fmul$q),
        .clock(f_fmul$clock)
    );
    capfuse_ed25519$fu$f_mu f_mu(
        .d(f_mu$d),
        .q(f_mu$q),
        .clock(f_mu$clock)
    );
    capfuse_ed25519$fu$f_mw f_mw(
        .d(f_mw$d),
        .q(f_mw$q),
        .clock(f_mw$clock)
    );
    capfuse_ed25519$fu$f_fold f_fold(
        .d(f_fold$d),
        .q(f_fold$q),
        .clock(f_fold$clock)
    );
    capfuse_ed25519$fu$f_freeze f_freeze(
        .d(f_freeze$d),
        .q(f_freeze$q),
        .clock(f_freeze$clock)
    );
    capfuse_ed25519$fu$f_add f_add(
        .d(f_add$d),
        .q(f_add$q),
        .clock(f_add$clock)
    );
    capfuse_ed25519$fu$f_sub f_sub(
        .d(f_sub$d),
        .q(f_sub$q),
        .clock(f_sub$clock)
    );
    capfuse_ed25519$fu$f_fsub f_fsub(
        .d(f_fsub$d),
        .q(f_fsub$q),
        .clock(f_fsub$clock)
    );
    capfuse_ed25519$fu$f_and f_and(
        .d(f_and$d),
        .q(f_and$q),
        .clock(f_and$clock)
    );
    capfuse_ed25519$fu$f_or f_or(
        .d(f_or$d),
        .q(f_or$q),
        .clock(f_or$clock)
    );
    capfuse_ed25519$fu$r$0 r$0(
        .d(r$0$d),
        .q(r$0$q),
        .clock(r$0$clock)
    );
    capfuse_ed25519$fu$r$1 r$1(
        .d(r$1$d),
        .q(r$1$q),
        .clock(r$1$clock)
    );
    capfuse_ed25519$fu$r$2 r$2(
        .d(r$2$d),
        .q(r$2$q),
        .clock(r$2$clock)
    );
    capfuse_ed25519$fu$r$3 r$3(
        .d(r$3$d),
        .q(r$3$q),
        .clock(r$3$clock)
    );
    capfuse_ed25519$fu$r$4 r$4(
        .d(r$4$d),
        .q(r$4$q),
        .clock(r$4$clock)
    );
    capfuse_ed25519$fu$r$5 r$5(
        .d(r$5$d),
        .q(r$5$q),
        .clock(r$5$clock)
    );
    capfuse_ed25519$fu$r$6 r$6(
        .d(r$6$d),
        .q(r$6$q),
        .clock(r$6$clock)
    );
    capfuse_ed25519$fu$r$7 r$7(
        .d(r$7$d),
        .q(r$7$q),
        .clock(r$7$clock)
    );
    capfuse_ed25519$fu$r$8 r$8(
        .d(r$8$d),
        .q(r$8$q),
        .clock(r$8$clock)
    );
    capfuse_ed25519$fu$r$9 r$9(
        .d(r$9$d),
        .q(r$9$q),
        .clock(r$9$clock)
    );
    capfuse_ed25519$fu$r$10 r$10(
        .d(r$10$d),
        .q(r$10$q),
        .clock(r$10$clock)
    );
    capfuse_ed25519$fu$r$11 r$11(
        .d(r$11$d),
        .q(r$11$q),
        .clock(r$11$clock)
    );
    capfuse_ed25519$fu$r$12 r$12(
        .d(r$12$d),
        .q(r$12$q),
        .clock(r$12$clock)
    );
    capfuse_ed25519$fu$r$13 r$13(
        .d(r$13$d),
        .q(r$13$q),
        .clock(r$13$clock)
    );
    capfuse_ed25519$fu$r$14 r$14(
        .d(r$14$d),
        .q(r$14$q),
        .clock(r$14$clock)
    );
    capfuse_ed25519$fu$r$15 r$15(
        .d(r$15$d),
        .q(r$15$q),
        .clock(r$15$clock)
    );
    capfuse_ed25519$fu$bm$0 bm$0(
        .d(bm$0$d),
        .q(bm$0$q),
        .clock(bm$0$clock)
    );
    capfuse_ed25519$fu$bm$1 bm$1(
        .d(bm$1$d),
        .q(bm$1$q),
        .clock(bm$1$clock)
    );
    capfuse_ed25519$fu$bm$2 bm$2(
        .d(bm$2$d),
        .q(bm$2$q),
        .clock(bm$2$clock)
    );
    capfuse_ed25519$fu$bm$3 bm$3(
        .d(bm$3$d),
        .q(bm$3$q),
        .clock(bm$3$clock)
    );
    capfuse_ed25519$fu$bm$4 bm$4(
        .d(bm$4$d),
        .q(bm$4$q),
        .clock(bm$4$clock)
    );
    capfuse_ed25519$fu$bm$5 bm$5(
        .d(bm$5$d),
        .q(bm$5$q),
        .clock(bm$5$clock)
    );
    capfuse_ed25519$fu$bm$6 bm$6(
        .d(bm$6$d),
        .q(bm$6$q),
        .clock(bm$6$clock)
    );
    capfuse_ed25519$fu$bm$7 bm$7(
        .d(bm$7$d),
        .q(bm$7$q),
        .clock(bm$7$clock)
    );
    capfuse_ed25519$fu$bm$8 bm$8(
        .d(bm$8$d),
        .q(bm$8$q),
        .clock(bm$8$clock)
    );
    capfuse_ed25519$fu$bm$9 bm$9(
        .d(bm$9$d),
        .q(bm$9$q),
        .clock(bm$9$clock)
    );
    capfuse_ed25519$fu$bm$10 bm$10(
        .d(bm$10$d),
        .q(bm$10$q),
        .clock(bm$10$clock)
    );
    capfuse_ed25519$fu$bm$11 bm$11(
        .d(bm$11$d),
        .q(bm$11$q),
        .clock(bm$11$clock)
    );
    capfuse_ed25519$fu$bm$12 bm$12(
        .d(bm$12$d),
        .q(bm$12$q),
        .clock(bm$12$clock)
    );
    capfuse_ed25519$fu$bm$13 bm$13(
        .d(bm$13$d),
        .q(bm$13$q),
        .clock(bm$13$clock)
    );
    capfuse_ed25519$fu$bm$14 bm$14(
        .d(bm$14$d),
        .q(bm$14$q),
        .clock(bm$14$clock)
    );
    capfuse_ed25519$fu$bm$15 bm$15(
        .d(bm$15$d),
        .q(bm$15$q),
        .clock(bm$15$clock)
    );
    capfuse_ed25519$fu$wm wm(
        .d(wm$d),
        .q(wm$q),
        .clock(wm$clock)
    );
    capfuse_ed25519$fu$prod$0 prod$0(
        .d(prod$0$d),
        .q(prod$0$q),
        .clock(prod$0$clock)
    );
    capfuse_ed25519$fu$prod$1 prod$1(
        .d(prod$1$d),
        .q(prod$1$q),
        .clock(prod$1$clock)
    );
    capfuse_ed25519$fu$prod$2 prod$2(
        .d(prod$2$d),
        .q(prod$2$q),
        .clock(prod$2$clock)
    );
    capfuse_ed25519$fu$prod$3 prod$3(
        .d(prod$3$d),
        .q(prod$3$q),
        .clock(prod$3$clock)
    );
    capfuse_ed25519$fu$prod$4 prod$4(
        .d(prod$4$d),
        .q(prod$4$q),
        .clock(prod$4$clock)
    );
    capfuse_ed25519$fu$prod$5 prod$5(
        .d(prod$5$d),
        .q(prod$5$q),
        .clock(prod$5$clock)
    );
    capfuse_ed25519$fu$prod$6 prod$6(
        .d(prod$6$d),
        .q(prod$6$q),
        .clock(prod$6$clock)
    );
    capfuse_ed25519$fu$prod$7 prod$7(
        .d(prod$7$d),
        .q(prod$7$q),
        .clock(prod$7$clock)
    );
    capfuse_ed25519$fu$prod$8 prod$8(
        .d(prod$8$d),
        .q(prod$8$q),
        .clock(prod$8$clock)
    );
    capfuse_ed25519$fu$prod$9 prod$9(
        .d(prod$9$d),
        .q(prod$9$q),
        .clock(prod$9$clock)
    );
    capfuse_ed25519$fu$prod$10 prod$10(
        .d(prod$10$d),
        .q(prod$10$q),
        .clock(prod$10$clock)
    );
    capfuse_ed25519$fu$prod$11 prod$11(
        .d(prod$11$d),
        .q(prod$11$q),
        .clock(prod$11$clock)
    );
    capfuse_ed25519$fu$prod$12 prod$12(
        .d(prod$12$d),
        .q(prod$12$q),
        .clock(prod$12$clock)
    );
    capfuse_ed25519$fu$prod$13 prod$13(
        .d(prod$13$d),
        .q(prod$13$q),
        .clock(prod$13$clock)
    );
    capfuse_ed25519$fu$prod$14 prod$14(
        .d(prod$14$d),
        .q(prod$14$q),
        .clock(prod$14$clock)
    );
    capfuse_ed25519$fu$prod$15 prod$15(
        .d(prod$15$d),
        .q(prod$15$q),
        .clock(prod$15$clock)
    );
    capfuse_ed25519$fu$mu_q mu_q(
        .d(mu_q$d),
        .q(mu_q$q),
        .clock(mu_q$clock)
    );
    capfuse_ed25519$fu$mw_q mw_q(
        .d(mw_q$d),
        .q(mw_q$q),
        .clock(mw_q$clock)
    );
    capfuse_ed25519$fu$simple simple(
        .d(simple$d),
        .q(simple$q),
        .clock(simple$clock)
    );
    capfuse_ed25519$fu$ulo_p$0 ulo_p$0(
        .d(ulo_p$0$d),
        .q(ulo_p$0$q),
        .clock(ulo_p$0$clock)
    );
    capfuse_ed25519$fu$ulo_p$1 ulo_p$1(
        .d(ulo_p$1$d),
        .q(ulo_p$1$q),
        .clock(ulo_p$1$clock)
    );
    capfuse_ed25519$fu$ulo_p$2 ulo_p$2(
        .d(ulo_p$2$d),
        .q(ulo_p$2$q),
        .clock(ulo_p$2$clock)
    );
    capfuse_ed25519$fu$ulo_p$3 ulo_p$3(
        .d(ulo_p$3$d),
        .q(ulo_p$3$q),
        .clock(ulo_p$3$clock)
    );
    capfuse_ed25519$fu$uhi_p$0 uhi_p$0(
        .d(uhi_p$0$d),
        .q(uhi_p$0$q),
        .clock(uhi_p$0$clock)
    );
    capfuse_ed25519$fu$uhi_p$1 uhi_p$1(
        .d(uhi_p$1$d),
        .q(uhi_p$1$q),
        .clock(uhi_p$1$clock)
    );
    capfuse_ed25519$fu$uhi_p$2 uhi_p$2(
        .d(uhi_p$2$d),
        .q(uhi_p$2$q),
        .clock(uhi_p$2$clock)
    );
    capfuse_ed25519$fu$uhi_p$3 uhi_p$3(
        .d(uhi_p$3$d),
        .q(uhi_p$3$q),
        .clock(uhi_p$3$clock)
    );
    capfuse_ed25519$fu$wlo_p$0 wlo_p$0(
        .d(wlo_p$0$d),
        .q(wlo_p$0$q),
        .clock(wlo_p$0$clock)
    );
    capfuse_ed25519$fu$wlo_p$1 wlo_p$1(
        .d(wlo_p$1$d),
        .q(wlo_p$1$q),
        .clock(wlo_p$1$clock)
    );
    capfuse_ed25519$fu$wlo_p$2 wlo_p$2(
        .d(wlo_p$2$d),
        .q(wlo_p$2$q),
        .clock(wlo_p$2$clock)
    );
    capfuse_ed25519$fu$wlo_p$3 wlo_p$3(
        .d(wlo_p$3$d),
        .q(wlo_p$3$q),
        .clock(wlo_p$3$clock)
    );
    capfuse_ed25519$fu$whi_p$0 whi_p$0(
        .d(whi_p$0$d),
        .q(whi_p$0$q),
        .clock(whi_p$0$clock)
    );
    capfuse_ed25519$fu$whi_p$1 whi_p$1(
        .d(whi_p$1$d),
        .q(whi_p$1$q),
        .clock(whi_p$1$clock)
    );
    capfuse_ed25519$fu$whi_p$2 whi_p$2(
        .d(whi_p$2$d),
        .q(whi_p$2$q),
        .clock(whi_p$2$clock)
    );
    capfuse_ed25519$fu$whi_p$3 whi_p$3(
        .d(whi_p$3$d),
        .q(whi_p$3$q),
        .clock(whi_p$3$clock)
    );
    capfuse_ed25519$fu$ulo ulo(
        .d(ulo$d),
        .q(ulo$q),
        .clock(ulo$clock)
    );
    capfuse_ed25519$fu$uhi uhi(
        .d(uhi$d),
        .q(uhi$q),
        .clock(uhi$clock)
    );
    capfuse_ed25519$fu$wlo wlo(
        .d(wlo$d),
        .q(wlo$q),
        .clock(wlo$clock)
    );
    capfuse_ed25519$fu$whi whi(
        .d(whi$d),
        .q(whi$q),
        .clock(whi$clock)
    );
    capfuse_ed25519$fu$low low(
        .d(low$d),
        .q(low$q),
        .clock(low$clock)
    );
    capfuse_ed25519$fu$high high(
        .d(high$d),
        .q(high$q),
        .clock(high$clock)
    );
    capfuse_ed25519$fu$carry carry(
        .d(carry$d),
        .q(carry$q),
        .clock(carry$clock)
    );
    capfuse_ed25519$fu$prev_high prev_high(
        .d(prev_high$d),
        .q(prev_high$q),
        .clock(prev_high$clock)
    );
    capfuse_ed25519$fu$y y(
        .d(y$d),
        .q(y$q),
        .clock(y$clock)
    );
    capfuse_ed25519$fu$outreg$0 outreg$0(
        .d(outreg$0$d),
        .q(outreg$0$q),
        .clock(outreg$0$clock)
    );
    capfuse_ed25519$fu$outreg$1 outreg$1(
        .d(outreg$1$d),
        .q(outreg$1$q),
        .clock(outreg$1$clock)
    );
    capfuse_ed25519$fu$outreg$2 outreg$2(
        .d(outreg$2$d),
        .q(outreg$2$q),
        .clock(outreg$2$clock)
    );
    capfuse_ed25519$fu$outreg$3 outreg$3(
        .d(outreg$3$d),
        .q(outreg$3$q),
        .clock(outreg$3$clock)
    );
    capfuse_ed25519$fu$outreg$4 outreg$4(
        .d(outreg$4$d),
        .q(outreg$4$q),
        .clock(outreg$4$clock)
    );
    capfuse_ed25519$fu$outreg$5 outreg$5(
        .d(outreg$5$d),
        .q(outreg$5$q),
        .clock(outreg$5$clock)
    );
    capfuse_ed25519$fu$outreg$6 outreg$6(
        .d(outreg$6$d),
        .q(outreg$6$q),
        .clock(outreg$6$clock)
    );
    capfuse_ed25519$fu$outreg$7 outreg$7(
        .d(outreg$7$d),
        .q(outreg$7$q),
        .clock(outreg$7$clock)
    );
    capfuse_ed25519$fu$outreg$8 outreg$8(
        .d(outreg$8$d),
        .q(outreg$8$q),
        .clock(outreg$8$clock)
    );
    capfuse_ed25519$fu$outreg$9 outreg$9(
        .d(outreg$9$d),
        .q(outreg$9$q),
        .clock(outreg$9$clock)
    );
    capfuse_ed25519$fu$outreg$10 outreg$10(
        .d(outreg$10$d),
        .q(outreg$10$q),
        .clock(outreg$10$clock)
    );
    capfuse_ed25519$fu$outreg$11 outreg$11(
        .d(outreg$11$d),
        .q(outreg$11$q),
        .clock(outreg$11$clock)
    );
    capfuse_ed25519$fu$outreg$12 outreg$12(
        .d(outreg$12$d),
        .q(outreg$12$q),
        .clock(outreg$12$clock)
    );
    capfuse_ed25519$fu$outreg$13 outreg$13(
        .d(outreg$13$d),
        .q(outreg$13$q),
        .clock(outreg$13$clock)
    );
    capfuse_ed25519$fu$outreg$14 outreg$14(
        .d(outreg$14$d),
        .q(outreg$14$q),
        .clock(outreg$14$clock)
    );
    capfuse_ed25519$fu$outreg$15 outreg$15(
        .d(outreg$15$d),
        .q(outreg$15$q),
        .clock(outreg$15$clock)
    );
    capfuse_ed25519$fu$pre0 pre0(
        .d(pre0$d),
        .q(pre0$q),
        .clock(pre0$clock)
    );
    capfuse_ed25519$fu$wd wd(
        .d(wd$d),
        .q(wd$q),
        .clock(wd$clock)
    );
    capfuse_ed25519$fu$c2 c2(
        .d(c2$d),
        .q(c2$q),
        .clock(c2$clock)
    );
    capfuse_ed25519$fu$wen wen(
        .d(wen$d),
        .q(wen$q),
        .clock(wen$clock)
    );
    capfuse_ed25519$fu$waddr waddr(
        .d(waddr$d),
        .q(waddr$q),
        .clock(waddr$clock)
    );
    capfuse_ed25519$fu$zacc zacc(
        .d(zacc$d),
        .q(zacc$q),
        .clock(zacc$clock)
    );
    capfuse_ed25519$fu$done_q done_q(
        .d(done_q$d),
        .q(done_q$q),
        .clock(done_q$clock)
    );
    capfuse_ed25519$fu$fc fc(
        .d(fc$d),
        .q(fc$q),
        .clock(fc$clock)
    );
    capfuse_ed25519$fu$fz fz(
        .d(fz$d),
        .q(fz$q),
        .clock(fz$clock)
    );
    
    // Update code
    always @(*) begin
        cyc$clock = clock;
        dbase$clock = clock;
        abase$clock = clock;
        bbase$clock = clock;
        xi$clock = clock;
        yi$clock = clock;
        wi$clock = clock;
        f_mul$clock = clock;
        f_fmul$clock = clock;
        f_mu$clock = clock;
        f_mw$clock = clock;
        f_fold$clock = clock;
        f_freeze$clock = clock;
        f_add$clock = clock;
        f_sub$clock = clock;
        f_fsub$clock = clock;
        f_and$clock = clock;
        f_or$clock = clock;
        wm$clock = clock;
        mu_q$clock = clock;
        mw_q$clock = clock;
        simple$clock = clock;
        ulo$clock = clock;
        uhi$clock = clock;
        wlo$clock = clock;
        whi$clock = clock;
        low$clock = clock;
        high$clock = clock;
        carry$clock = clock;
        prev_high$clock = clock;
        y$clock = clock;
        pre0$clock = clock;
        wd$clock = clock;
        c2$clock = clock;
        wen$clock = clock;
        waddr$clock = clock;
        zacc$clock = clock;
        done_q$clock = clock;
        fc$clock = clock;
        fz$clock = clock;
        cyc$d = cyc$q;
        dbase$d = dbase$q;
        abase$d = abase$q;
        bbase$d = bbase$q;
        xi$d = xi$q;
        yi$d = yi$q;
        wi$d = wi$q;
        f_mul$d = f_mul$q;
        f_fmul$d = f_fmul$q;
        f_mu$d = f_mu$q;
        f_mw$d = f_mw$q;
        f_fold$d = f_fold$q;
        f_freeze$d = f_freeze$q;
        f_add$d = f_add$q;
        f_sub$d = f_sub$q;
        f_fsub$d = f_fsub$q;
        f_and$d = f_and$q;
        f_or$d = f_or$q;
        wm$d = wm$q;
        mu_q$d = mu_q$q;
        mw_q$d = mw_q$q;
        simple$d = simple$q;
        ulo$d = ulo$q;
        uhi$d = uhi$q;
        wlo$d = wlo$q;
        whi$d = whi$q;
        low$d = low$q;
        high$d = high$q;
        carry$d = carry$q;
        prev_high$d = prev_high$q;
        y$d = y$q;
        pre0$d = pre0$q;
        wd$d = wd$q;
        c2$d = c2$q;
        wen$d = wen$q;
        waddr$d = waddr$q;
        zacc$d = zacc$q;
        done_q$d = done_q$q;
        fc$d = fc$q;
        fz$d = fz$q;
        r$0$clock = clock;
        r$0$d = r$0$q;
        bm$0$clock = clock;
        bm$0$d = bm$0$q;
        prod$0$clock = clock;
        prod$0$d = prod$0$q;
        outreg$0$clock = clock;
        outreg$0$d = outreg$0$q;
        r$1$clock = clock;
        r$1$d = r$1$q;
        bm$1$clock = clock;
        bm$1$d = bm$1$q;
        prod$1$clock = clock;
        prod$1$d = prod$1$q;
        outreg$1$clock = clock;
        outreg$1$d = outreg$1$q;
        r$2$clock = clock;
        r$2$d = r$2$q;
        bm$2$clock = clock;
        bm$2$d = bm$2$q;
        prod$2$clock = clock;
        prod$2$d = prod$2$q;
        outreg$2$clock = clock;
        outreg$2$d = outreg$2$q;
        r$3$clock = clock;
        r$3$d = r$3$q;
        bm$3$clock = clock;
        bm$3$d = bm$3$q;
        prod$3$clock = clock;
        prod$3$d = prod$3$q;
        outreg$3$clock = clock;
        outreg$3$d = outreg$3$q;
        r$4$clock = clock;
        r$4$d = r$4$q;
        bm$4$clock = clock;
        bm$4$d = bm$4$q;
        prod$4$clock = clock;
        prod$4$d = prod$4$q;
        outreg$4$clock = clock;
        outreg$4$d = outreg$4$q;
        r$5$clock = clock;
        r$5$d = r$5$q;
        bm$5$clock = clock;
        bm$5$d = bm$5$q;
        prod$5$clock = clock;
        prod$5$d = prod$5$q;
        outreg$5$clock = clock;
        outreg$5$d = outreg$5$q;
        r$6$clock = clock;
        r$6$d = r$6$q;
        bm$6$clock = clock;
        bm$6$d = bm$6$q;
        prod$6$clock = clock;
        prod$6$d = prod$6$q;
        outreg$6$clock = clock;
        outreg$6$d = outreg$6$q;
        r$7$clock = clock;
        r$7$d = r$7$q;
        bm$7$clock = clock;
        bm$7$d = bm$7$q;
        prod$7$clock = clock;
        prod$7$d = prod$7$q;
        outreg$7$clock = clock;
        outreg$7$d = outreg$7$q;
        r$8$clock = clock;
        r$8$d = r$8$q;
        bm$8$clock = clock;
        bm$8$d = bm$8$q;
        prod$8$clock = clock;
        prod$8$d = prod$8$q;
        outreg$8$clock = clock;
        outreg$8$d = outreg$8$q;
        r$9$clock = clock;
        r$9$d = r$9$q;
        bm$9$clock = clock;
        bm$9$d = bm$9$q;
        prod$9$clock = clock;
        prod$9$d = prod$9$q;
        outreg$9$clock = clock;
        outreg$9$d = outreg$9$q;
        r$10$clock = clock;
        r$10$d = r$10$q;
        bm$10$clock = clock;
        bm$10$d = bm$10$q;
        prod$10$clock = clock;
        prod$10$d = prod$10$q;
        outreg$10$clock = clock;
        outreg$10$d = outreg$10$q;
        r$11$clock = clock;
        r$11$d = r$11$q;
        bm$11$clock = clock;
        bm$11$d = bm$11$q;
        prod$11$clock = clock;
        prod$11$d = prod$11$q;
        outreg$11$clock = clock;
        outreg$11$d = outreg$11$q;
        r$12$clock = clock;
        r$12$d = r$12$q;
        bm$12$clock = clock;
        bm$12$d = bm$12$q;
        prod$12$clock = clock;
        prod$12$d = prod$12$q;
        outreg$12$clock = clock;
        outreg$12$d = outreg$12$q;
        r$13$clock = clock;
        r$13$d = r$13$q;
        bm$13$clock = clock;
        bm$13$d = bm$13$q;
        prod$13$clock = clock;
        prod$13$d = prod$13$q;
        outreg$13$clock = clock;
        outreg$13$d = outreg$13$q;
        r$14$clock = clock;
        r$14$d = r$14$q;
        bm$14$clock = clock;
        bm$14$d = bm$14$q;
        prod$14$clock = clock;
        prod$14$d = prod$14$q;
        outreg$14$clock = clock;
        outreg$14$d = outreg$14$q;
        r$15$clock = clock;
        r$15$d = r$15$q;
        bm$15$clock = clock;
        bm$15$d = bm$15$q;
        prod$15$clock = clock;
        prod$15$d = prod$15$q;
        outreg$15$clock = clock;
        outreg$15$d = outreg$15$q;
        ulo_p$0$clock = clock;
        uhi_p$0$clock = clock;
        wlo_p$0$clock = clock;
        whi_p$0$clock = clock;
        ulo_p$1$clock = clock;
        uhi_p$1$clock = clock;
        wlo_p$1$clock = clock;
        whi_p$1$clock = clock;
        ulo_p$2$clock = clock;
        uhi_p$2$clock = clock;
        wlo_p$2$clock = clock;
        whi_p$2$clock = clock;
        ulo_p$3$clock = clock;
        uhi_p$3$clock = clock;
        wlo_p$3$clock = clock;
        whi_p$3$clock = clock;
        rx_addr = abase$q | ((xi$q) & 11'h7ff);
        ry_addr = bbase$q | ((yi$q) & 11'h7ff);
        w_en = wen$q;
        w_addr = waddr$q;
        w_data = wd$q;
        done = done_q$q;
        flag_c = fc$q;
        flag_z = fz$q;
        if (cyc$q != 32'h0) begin
            cyc$d = cyc$q + 32'h1;
        end
        if (cyc$q == 32'h36) begin
            cyc$d = 32'h0;
        end
        xi$d = xi$q - 32'h1;
        yi$d = yi$q + 32'h1;
        done_q$d = cyc$q == 32'h35;
        if (start) begin
            cyc$d = 32'h1;
            dbase$d = ((d) & 11'h7ff) << 32'h4;
            abase$d = ((a) & 11'h7ff) << 32'h4;
            bbase$d = ((b) & 11'h7ff) << 32'h4;
            xi$d = 32'h0;
            yi$d = 32'h0;
            f_mul$d = op <= 32'h2;
            f_fmul$d = op == 32'h0;
            f_mu$d = op <= 32'h1;
            f_mw$d = (op == 32'h0) | (op == 32'h2);
            f_fold$d = (op == 32'h0) | (op == 32'h3) | (op == 32'h4);
            f_freeze$d = op == 32'h9;
            f_add$d = (op == 32'h3) | (op == 32'h5);
            f_sub$d = (op == 32'h4) | (op == 32'h6);
            f_fsub$d = op == 32'h4;
            f_and$d = op == 32'h7;
            f_or$d = op == 32'h8;
        end
        if ((cyc$q >= 32'h2) & (cyc$q <= 32'h11)) begin
            r$0$d = r$1$q;
            bm$0$d = bm$1$q;
            r$1$d = r$2$q;
            bm$1$d = bm$2$q;
            r$2$d = r$3$q;
            bm$2$d = bm$3$q;
            r$3$d = r$4$q;
            bm$3$d = bm$4$q;
            r$4$d = r$5$q;
            bm$4$d = bm$5$q;
            r$5$d = r$6$q;
            bm$5$d = bm$6$q;
            r$6$d = r$7$q;
            bm$6$d = bm$7$q;
            r$7$d = r$8$q;
            bm$7$d = bm$8$q;
            r$8$d = r$9$q;
            bm$8$d = bm$9$q;
            r$9$d = r$10$q;
            bm$9$d = bm$10$q;
            r$10$d = r$11$q;
            bm$10$d = bm$11$q;
            r$11$d = r$12$q;
            bm$11$d = bm$12$q;
            r$12$d = r$13$q;
            bm$12$d = bm$13$q;
            r$13$d = r$14$q;
            bm$13$d = bm$14$q;
            r$14$d = r$15$q;
            bm$14$d = bm$15$q;
            r$15$d = rx_data;
            bm$15$d = ry_data;
        end
        col = (cyc$q >= 32'h12) & (cyc$q <= 32'h21);
        prod$0$d = r$0$q * bm$0$q;
        prod$1$d = r$1$q * bm$1$q;
        prod$2$d = r$2$q * bm$2$q;
        prod$3$d = r$3$q * bm$3$q;
        prod$4$d = r$4$q * bm$4$q;
        prod$5$d = r$5$q * bm$5$q;
        prod$6$d = r$6$q * bm$6$q;
        prod$7$d = r$7$q * bm$7$q;
        prod$8$d = r$8$q * bm$8$q;
        prod$9$d = r$9$q * bm$9$q;
        prod$10$d = r$10$q * bm$10$q;
        prod$11$d = r$11$q * bm$11$q;
        prod$12$d = r$12$q * bm$12$q;
        prod$13$d = r$13$q * bm$13$q;
        prod$14$d = r$14$q * bm$14$q;
        prod$15$d = r$15$q * bm$15$q;
        if (col) begin
            r$0$d = r$15$q;
            r$1$d = r$0$q;
            r$2$d = r$1$q;
            r$3$d = r$2$q;
            r$4$d = r$3$q;
            r$5$d = r$4$q;
            r$6$d = r$5$q;
            r$7$d = r$6$q;
            r$8$d = r$7$q;
            r$9$d = r$8$q;
            r$10$d = r$9$q;
            r$11$d = r$10$q;
            r$12$d = r$11$q;
            r$13$d = r$12$q;
            r$14$d = r$13$q;
            r$15$d = r$14$q;
            if (~f_mul$q) begin
                bm$0$d = bm$1$q;
                bm$1$d = bm$2$q;
                bm$2$d = bm$3$q;
                bm$3$d = bm$4$q;
                bm$4$d = bm$5$q;
                bm$5$d = bm$6$q;
                bm$6$d = bm$7$q;
                bm$7$d = bm$8$q;
                bm$8$d = bm$9$q;
                bm$9$d = bm$10$q;
                bm$10$d = bm$11$q;
                bm$11$d = bm$12$q;
                bm$12$d = bm$13$q;
                bm$13$d = bm$14$q;
                bm$14$d = bm$15$q;
                bm$15$d = bm$0$q;
            end
            wm$d = wm$q << 32'h1;
        end
        if (start) begin
            wm$d = 32'hfffe;
        end
        nwm = ~wm$q;
        mu_q$d = 32'h0;
        if (f_mu$q) begin
            mu_q$d = nwm;
        end
        mw_q$d = 32'h0;
        if (f_mw$q) begin
            mw_q$d = wm$q;
        end
        nb0 = ~bm$0$q;
        sb = 32'h0;
        if (f_add$q) begin
            sb = ((bm$0$q) & 18'h3ffff);
        end
        if (f_sub$q) begin
            sb = ((nb0) & 18'h3ffff);
        end
        sk = 32'h0;
        if (f_fsub$q) begin
            sk = 32'hffff;
            if (cyc$q == 32'h12) begin
                sk = 32'hffb5;
            end
        end
        if (f_freeze$q & (cyc$q == 32'h12)) begin
            sk = 32'h13;
        end
        simple$d = (((r$0$q) & 18'h3ffff) + sb) + sk;
        if (f_and$q) begin
            simple$d = ((r$0$q & bm$0$q) & 18'h3ffff);
        end
        if (f_or$q) begin
            simple$d = ((r$0$q | bm$0$q) & 18'h3ffff);
        end
        mlu$0 = 32'h0;
        mhu$0 = 32'h0;
        mlw$0 = 32'h0;
        mhw$0 = 32'h0;
        if (mu_q$q[0]) begin
            mlu$0 = prod$0$q & 32'hffff;
            mhu$0 = prod$0$q >> 32'h10;
        end
        if (mw_q$q[0]) begin
            mlw$0 = prod$0$q & 32'hffff;
            mhw$0 = prod$0$q >> 32'h10;
        end
        mlu$1 = 32'h0;
        mhu$1 = 32'h0;
        mlw$1 = 32'h0;
        mhw$1 = 32'h0;
        if (mu_q$q[1]) begin
            mlu$1 = prod$1$q & 32'hffff;
            mhu$1 = prod$1$q >> 32'h10;
        end
        if (mw_q$q[1]) begin
            mlw$1 = prod$1$q & 32'hffff;
            mhw$1 = prod$1$q >> 32'h10;
        end
        mlu$2 = 32'h0;
        mhu$2 = 32'h0;
        mlw$2 = 32'h0;
        mhw$2 = 32'h0;
        if (mu_q$q[2]) begin
            mlu$2 = prod$2$q & 32'hffff;
            mhu$2 = prod$2$q >> 32'h10;
        end
        if (mw_q$q[2]) begin
            mlw$2 = prod$2$q & 32'hffff;
            mhw$2 = prod$2$q >> 32'h10;
        end
        mlu$3 = 32'h0;
        mhu$3 = 32'h0;
        mlw$3 = 32'h0;
        mhw$3 = 32'h0;
        if (mu_q$q[3]) begin
            mlu$3 = prod$3$q & 32'hffff;
            mhu$3 = prod$3$q >> 32'h10;
        end
        if (mw_q$q[3]) begin
            mlw$3 = prod$3$q & 32'hffff;
            mhw$3 = prod$3$q >> 32'h10;
        end
        mlu$4 = 32'h0;
        mhu$4 = 32'h0;
        mlw$4 = 32'h0;
        mhw$4 = 32'h0;
        if (mu_q$q[4]) begin
            mlu$4 = prod$4$q & 32'hffff;
            mhu$4 = prod$4$q >> 32'h10;
        end
        if (mw_q$q[4]) begin
            mlw$4 = prod$4$q & 32'hffff;
            mhw$4 = prod$4$q >> 32'h10;
        end
        mlu$5 = 32'h0;
        mhu$5 = 32'h0;
        mlw$5 = 32'h0;
        mhw$5 = 32'h0;
        if (mu_q$q[5]) begin
            mlu$5 = prod$5$q & 32'hffff;
            mhu$5 = prod$5$q >> 32'h10;
        end
        if (mw_q$q[5]) begin
            mlw$5 = prod$5$q & 32'hffff;
            mhw$5 = prod$5$q >> 32'h10;
        end
        mlu$6 = 32'h0;
        mhu$6 = 32'h0;
        mlw$6 = 32'h0;
        mhw$6 = 32'h0;
        if (mu_q$q[6]) begin
            mlu$6 = prod$6$q & 32'hffff;
            mhu$6 = prod$6$q >> 32'h10;
        end
        if (mw_q$q[6]) begin
            mlw$6 = prod$6$q & 32'hffff;
            mhw$6 = prod$6$q >> 32'h10;
        end
        mlu$7 = 32'h0;
        mhu$7 = 32'h0;
        mlw$7 = 32'h0;
        mhw$7 = 32'h0;
        if (mu_q$q[7]) begin
            mlu$7 = prod$7$q & 32'hffff;
            mhu$7 = prod$7$q >> 32'h10;
        end
        if (mw_q$q[7]) begin
            mlw$7 = prod$7$q & 32'hffff;
            mhw$7 = prod$7$q >> 32'h10;
        end
        mlu$8 = 32'h0;
        mhu$8 = 32'h0;
        mlw$8 = 32'h0;
        mhw$8 = 32'h0;
        if (mu_q$q[8]) begin
            mlu$8 = prod$8$q & 32'hffff;
            mhu$8 = prod$8$q >> 32'h10;
        end
        if (mw_q$q[8]) begin
            mlw$8 = prod$8$q & 32'hffff;
            mhw$8 = prod$8$q >> 32'h10;
        end
        mlu$9 = 32'h0;
        mhu$9 = 32'h0;
        mlw$9 = 32'h0;
        mhw$9 = 32'h0;
        if (mu_q$q[9]) begin
            mlu$9 = prod$9$q & 32'hffff;
            mhu$9 = prod$9$q >> 32'h10;
        end
        if (mw_q$q[9]) begin
            mlw$9 = prod$9$q & 32'hffff;
            mhw$9 = prod$9$q >> 32'h10;
        end
        mlu$10 = 32'h0;
        mhu$10 = 32'h0;
        mlw$10 = 32'h0;
        mhw$10 = 32'h0;
        if (mu_q$q[10]) begin
            mlu$10 = prod$10$q & 32'hffff;
            mhu$10 = prod$10$q >> 32'h10;
        end
        if (mw_q$q[10]) begin
            mlw$10 = prod$10$q & 32'hffff;
            mhw$10 = prod$10$q >> 32'h10;
        end
        mlu$11 = 32'h0;
        mhu$11 = 32'h0;
        mlw$11 = 32'h0;
        mhw$11 = 32'h0;
        if (mu_q$q[11]) begin
            mlu$11 = prod$11$q & 32'hffff;
            mhu$11 = prod$11$q >> 32'h10;
        end
        if (mw_q$q[11]) begin
            mlw$11 = prod$11$q & 32'hffff;
            mhw$11 = prod$11$q >> 32'h10;
        end
        mlu$12 = 32'h0;
        mhu$12 = 32'h0;
        mlw$12 = 32'h0;
        mhw$12 = 32'h0;
        if (mu_q$q[12]) begin
            mlu$12 = prod$12$q & 32'hffff;
            mhu$12 = prod$12$q >> 32'h10;
        end
        if (mw_q$q[12]) begin
            mlw$12 = prod$12$q & 32'hffff;
            mhw$12 = prod$12$q >> 32'h10;
        end
        mlu$13 = 32'h0;
        mhu$13 = 32'h0;
        mlw$13 = 32'h0;
        mhw$13 = 32'h0;
        if (mu_q$q[13]) begin
            mlu$13 = prod$13$q & 32'hffff;
            mhu$13 = prod$13$q >> 32'h10;
        end
        if (mw_q$q[13]) begin
            mlw$13 = prod$13$q & 32'hffff;
            mhw$13 = prod$13$q >> 32'h10;
        end
        mlu$14 = 32'h0;
        mhu$14 = 32'h0;
        mlw$14 = 32'h0;
        mhw$14 = 32'h0;
        if (mu_q$q[14]) begin
            mlu$14 = prod$14$q & 32'hffff;
            mhu$14 = prod$14$q >> 32'h10;
        end
        if (mw_q$q[14]) begin
            mlw$14 = prod$14$q & 32'hffff;
            mhw$14 = prod$14$q >> 32'h10;
        end
        mlu$15 = 32'h0;
        mhu$15 = 32'h0;
        mlw$15 = 32'h0;
        mhw$15 = 32'h0;
        if (mu_q$q[15]) begin
            mlu$15 = prod$15$q & 32'hffff;
            mhu$15 = prod$15$q >> 32'h10;
        end
        if (mw_q$q[15]) begin
            mlw$15 = prod$15$q & 32'hffff;
            mhw$15 = prod$15$q >> 32'h10;
        end
        slu$0 = (mlu$0 + mlu$1) + (mlu$2 + mlu$3);
        shu$0 = (mhu$0 + mhu$1) + (mhu$2 + mhu$3);
        slw$0 = (mlw$0 + mlw$1) + (mlw$2 + mlw$3);
        shw$0 = (mhw$0 + mhw$1) + (mhw$2 + mhw$3);
        slu$1 = (mlu$4 + mlu$5) + (mlu$6 + mlu$7);
        shu$1 = (mhu$4 + mhu$5) + (mhu$6 + mhu$7);
        slw$1 = (mlw$4 + mlw$5) + (mlw$6 + mlw$7);
        shw$1 = (mhw$4 + mhw$5) + (mhw$6 + mhw$7);
        slu$2 = (mlu$8 + mlu$9) + (mlu$10 + mlu$11);
        shu$2 = (mhu$8 + mhu$9) + (mhu$10 + mhu$11);
        slw$2 = (mlw$8 + mlw$9) + (mlw$10 + mlw$11);
        shw$2 = (mhw$8 + mhw$9) + (mhw$10 + mhw$11);
        slu$3 = (mlu$12 + mlu$13) + (mlu$14 + mlu$15);
        shu$3 = (mhu$12 + mhu$13) + (mhu$14 + mhu$15);
        slw$3 = (mlw$12 + mlw$13) + (mlw$14 + mlw$15);
        shw$3 = (mhw$12 + mhw$13) + (mhw$14 + mhw$15);
        ulo_p$0$d = ((slu$0) & 18'h3ffff);
        ulo_p$1$d = ((slu$1) & 18'h3ffff);
        ulo_p$2$d = ((slu$2) & 18'h3ffff);
        ulo_p$3$d = ((slu$3) & 18'h3ffff);
        uhi_p$0$d = ((shu$0) & 18'h3ffff);
        uhi_p$1$d = ((shu$1) & 18'h3ffff);
        uhi_p$2$d = ((shu$2) & 18'h3ffff);
        uhi_p$3$d = ((shu$3) & 18'h3ffff);
        wlo_p$0$d = ((slw$0) & 18'h3ffff);
        wlo_p$1$d = ((slw$1) & 18'h3ffff);
        wlo_p$2$d = ((slw$2) & 18'h3ffff);
        wlo_p$3$d = ((slw$3) & 18'h3ffff);
        whi_p$0$d = ((shw$0) & 18'h3ffff);
        whi_p$1$d = ((shw$1) & 18'h3ffff);
        whi_p$2$d = ((shw$2) & 18'h3ffff);
        whi_p$3$d = ((shw$3) & 18'h3ffff);
        if (~f_mul$q) begin
            ulo_p$0$d = simple$q;
        end
        ulo$d = (((ulo_p$0$q) & 20'hfffff) + ((ulo_p$1$q) & 20'hfffff)) + (((ulo_p$2$q) & 20'hfffff) + ((ulo_p$3$q) & 20'hfffff));
        uhi$d = (((uhi_p$0$q) & 20'hfffff) + ((uhi_p$1$q) & 20'hfffff)) + (((uhi_p$2$q) & 20'hfffff) + ((uhi_p$3$q) & 20'hfffff));
        wlo$d = (((wlo_p$0$q) & 20'hfffff) + ((wlo_p$1$q) & 20'hfffff)) + (((wlo_p$2$q) & 20'hfffff) + ((wlo_p$3$q) & 20'hfffff));
        whi$d = (((whi_p$0$q) & 20'hfffff) + ((whi_p$1$q) & 20'hfffff)) + (((whi_p$2$q) & 20'hfffff) + ((whi_p$3$q) & 20'hfffff));
        wl26 = ((wlo$q) & 26'h3ffffff);
        wh26 = ((whi$q) & 26'h3ffffff);
        la = wl26;
        lb = 32'h0;
        lc = 32'h0;
        ha = wh26;
        hb = 32'h0;
        hc = 32'h0;
        if (f_fmul$q) begin
            la = wl26 << 32'h5;
            lb = wl26 << 32'h2;
            lc = wl26 << 32'h1;
            ha = wh26 << 32'h5;
            hb = wh26 << 32'h2;
            hc = wh26 << 32'h1;
        end
        low$d = (((ulo$q) & 26'h3ffffff) + la) + (lb + lc);
        high$d = (((uhi$q) & 26'h3ffffff) + ha) + (hb + hc);
        t = (((low$q) & 32'hffffffff) + ((prev_high$q) & 32'hffffffff)) + ((carry$q) & 32'hffffffff);
        if ((cyc$q >= 32'h16) & (cyc$q <= 32'h25)) begin
            carry$d = ((t >> 32'h10) & 11'h7ff);
            y$d = ((t >> 32'hf) & 12'hfff);
            prev_high$d = high$q;
        end
        if ((cyc$q >= 32'h16) & (cyc$q <= 32'h35)) begin
            outreg$0$d = outreg$1$q;
            outreg$1$d = outreg$2$q;
            outreg$2$d = outreg$3$q;
            outreg$3$d = outreg$4$q;
            outreg$4$d = outreg$5$q;
            outreg$5$d = outreg$6$q;
            outreg$6$d = outreg$7$q;
            outreg$7$d = outreg$8$q;
            outreg$8$d = outreg$9$q;
            outreg$9$d = outreg$10$q;
            outreg$10$d = outreg$11$q;
            outreg$11$d = outreg$12$q;
            outreg$12$d = outreg$13$q;
            outreg$13$d = outreg$14$q;
            outreg$14$d = outreg$15$q;
            outreg$15$d = t[(32'h0)+:(16)];
        end
        if (start & ~ci) begin
            carry$d = 32'h0;
            if (op == 32'h6) begin
                carry$d = 32'h1;
            end
            prev_high$d = 32'h0;
        end
        h32 = ((high$q) & 32'hffffffff);
        pa = 32'h0;
        pb = 32'h0;
        pc = 32'h0;
        if (f_fold$q) begin
            pa = h32 << 32'h5;
            pb = h32 << 32'h2;
            pc = h32 << 32'h1;
        end
        p0 = (((outreg$1$q) & 32'hffffffff) + pa) + (pb + pc);
        pre0$d = ((p0) & 26'h3ffffff);
        y32 = ((y$q) & 32'hffffffff);
        wx = 32'h0;
        wy = 32'h0;
        wz = 32'h0;
        arest = 32'h0;
        if (f_fold$q) begin
            wx = y32 << 32'h4;
            wy = y32 << 32'h1;
            wz = y32;
        end
        if (f_freeze$q & ~y$q[32'h0]) begin
            wx = 32'hffed;
            arest = 32'hffff;
        end
        limb = outreg$0$q;
        if ((wi$q == 32'hf) & (f_fold$q | f_freeze$q)) begin
            limb = outreg$0$q & 32'h7fff;
        end
        ws = (((limb) & 32'hffffffff) + arest) + ((c2$q) & 32'hffffffff);
        if (cyc$q == 32'h26) begin
            ws = (((pre0$q) & 32'hffffffff) + wx) + (wy + wz);
        end
        wd$d = ws[(32'h0)+:(16)];
        c2$d = ((ws >> 32'h10) & 11'h7ff);
        wph = (cyc$q >= 32'h26) & (cyc$q <= 32'h35);
        wen$d = wph;
        waddr$d = dbase$q | ((wi$q) & 11'h7ff);
        if (wph) begin
            wi$d = wi$q + 32'h1;
        end
        if (start) begin
            wi$d = 32'h0;
        end
        if (wen$q) begin
            zacc$d = zacc$q & (wd$q == 32'h0);
        end
        if (start) begin
            zacc$d = 1'b1;
        end
        if (done_q$q) begin
            fc$d = |carry$q | |prev_high$q;
            fz$d = zacc$q & (wd$q == 32'h0);
        end
    end
    
endmodule // capfuse_ed25519$fu


module capfuse_ed25519$fu$abase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$abase


module capfuse_ed25519$fu$bbase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bbase


module capfuse_ed25519$fu$bm$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$0


module capfuse_ed25519$fu$bm$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$1


module capfuse_ed25519$fu$bm$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$10


module capfuse_ed25519$fu$bm$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$11


module capfuse_ed25519$fu$bm$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$12


module capfuse_ed25519$fu$bm$13(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$13


module capfuse_ed25519$fu$bm$14(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$14


module capfuse_ed25519$fu$bm$15(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$15


module capfuse_ed25519$fu$bm$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$2


module capfuse_ed25519$fu$bm$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$3


module capfuse_ed25519$fu$bm$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$4


module capfuse_ed25519$fu$bm$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$5


module capfuse_ed25519$fu$bm$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$6


module capfuse_ed25519$fu$bm$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$7


module capfuse_ed25519$fu$bm$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$8


module capfuse_ed25519$fu$bm$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$bm$9


module capfuse_ed25519$fu$c2(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$c2


module capfuse_ed25519$fu$carry(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$carry


module capfuse_ed25519$fu$cyc(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 6'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$cyc


module capfuse_ed25519$fu$dbase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$dbase


module capfuse_ed25519$fu$done_q(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$done_q


module capfuse_ed25519$fu$f_add(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_add


module capfuse_ed25519$fu$f_and(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_and


module capfuse_ed25519$fu$f_fmul(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_fmul


module capfuse_ed25519$fu$f_fold(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_fold


module capfuse_ed25519$fu$f_freeze(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_freeze


module capfuse_ed25519$fu$f_fsub(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_fsub


module capfuse_ed25519$fu$f_mu(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_mu


module capfuse_ed25519$fu$f_mul(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_mul


module capfuse_ed25519$fu$f_mw(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_mw


module capfuse_ed25519$fu$f_or(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_or


module capfuse_ed25519$fu$f_sub(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$f_sub


module capfuse_ed25519$fu$fc(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$fc


module capfuse_ed25519$fu$fz(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$fz


module capfuse_ed25519$fu$high(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 26'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$high


module capfuse_ed25519$fu$low(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 26'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$low


module capfuse_ed25519$fu$mu_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$mu_q


module capfuse_ed25519$fu$mw_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$mw_q


module capfuse_ed25519$fu$outreg$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$0


module capfuse_ed25519$fu$outreg$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$1


module capfuse_ed25519$fu$outreg$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$10


module capfuse_ed25519$fu$outreg$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$11


module capfuse_ed25519$fu$outreg$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$12


module capfuse_ed25519$fu$outreg$13(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$13


module capfuse_ed25519$fu$outreg$14(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$14


module capfuse_ed25519$fu$outreg$15(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$15


module capfuse_ed25519$fu$outreg$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$2


module capfuse_ed25519$fu$outreg$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$3


module capfuse_ed25519$fu$outreg$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$4


module capfuse_ed25519$fu$outreg$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$5


module capfuse_ed25519$fu$outreg$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$6


module capfuse_ed25519$fu$outreg$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$7


module capfuse_ed25519$fu$outreg$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$8


module capfuse_ed25519$fu$outreg$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$outreg$9


module capfuse_ed25519$fu$pre0(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 26'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$pre0


module capfuse_ed25519$fu$prev_high(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 26'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$prev_high


module capfuse_ed25519$fu$prod$0(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$0


module capfuse_ed25519$fu$prod$1(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$1


module capfuse_ed25519$fu$prod$10(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$10


module capfuse_ed25519$fu$prod$11(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$11


module capfuse_ed25519$fu$prod$12(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$12


module capfuse_ed25519$fu$prod$13(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$13


module capfuse_ed25519$fu$prod$14(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$14


module capfuse_ed25519$fu$prod$15(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$15


module capfuse_ed25519$fu$prod$2(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$2


module capfuse_ed25519$fu$prod$3(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$3


module capfuse_ed25519$fu$prod$4(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$4


module capfuse_ed25519$fu$prod$5(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$5


module capfuse_ed25519$fu$prod$6(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$6


module capfuse_ed25519$fu$prod$7(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$7


module capfuse_ed25519$fu$prod$8(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$8


module capfuse_ed25519$fu$prod$9(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$prod$9


module capfuse_ed25519$fu$r$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$0


module capfuse_ed25519$fu$r$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$1


module capfuse_ed25519$fu$r$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$10


module capfuse_ed25519$fu$r$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$11


module capfuse_ed25519$fu$r$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$12


module capfuse_ed25519$fu$r$13(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$13


module capfuse_ed25519$fu$r$14(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$14


module capfuse_ed25519$fu$r$15(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$15


module capfuse_ed25519$fu$r$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$2


module capfuse_ed25519$fu$r$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$3


module capfuse_ed25519$fu$r$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$4


module capfuse_ed25519$fu$r$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$5


module capfuse_ed25519$fu$r$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$6


module capfuse_ed25519$fu$r$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$7


module capfuse_ed25519$fu$r$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$8


module capfuse_ed25519$fu$r$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$r$9


module capfuse_ed25519$fu$simple(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$simple


module capfuse_ed25519$fu$uhi(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 20'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$uhi


module capfuse_ed25519$fu$uhi_p$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$uhi_p$0


module capfuse_ed25519$fu$uhi_p$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$uhi_p$1


module capfuse_ed25519$fu$uhi_p$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$uhi_p$2


module capfuse_ed25519$fu$uhi_p$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$uhi_p$3


module capfuse_ed25519$fu$ulo(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 20'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$ulo


module capfuse_ed25519$fu$ulo_p$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$ulo_p$0


module capfuse_ed25519$fu$ulo_p$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$ulo_p$1


module capfuse_ed25519$fu$ulo_p$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$ulo_p$2


module capfuse_ed25519$fu$ulo_p$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$ulo_p$3


module capfuse_ed25519$fu$waddr(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$waddr


module capfuse_ed25519$fu$wd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$wd


module capfuse_ed25519$fu$wen(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$wen


module capfuse_ed25519$fu$whi(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 20'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$whi


module capfuse_ed25519$fu$whi_p$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$whi_p$0


module capfuse_ed25519$fu$whi_p$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$whi_p$1


module capfuse_ed25519$fu$whi_p$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$whi_p$2


module capfuse_ed25519$fu$whi_p$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$whi_p$3


module capfuse_ed25519$fu$wi(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$wi


module capfuse_ed25519$fu$wlo(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 20'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$wlo


module capfuse_ed25519$fu$wlo_p$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$wlo_p$0


module capfuse_ed25519$fu$wlo_p$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$wlo_p$1


module capfuse_ed25519$fu$wlo_p$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$wlo_p$2


module capfuse_ed25519$fu$wlo_p$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 18'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$wlo_p$3


module capfuse_ed25519$fu$wm(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$wm


module capfuse_ed25519$fu$xi(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$xi


module capfuse_ed25519$fu$y(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 12'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$fu$y


module capfuse_ed25519$fu$yi(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$yi


module capfuse_ed25519$fu$zacc(d,q,clock);
    
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
endmodule // capfuse_ed25519$fu$zacc


module capfuse_ed25519$idx(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$idx


module capfuse_ed25519$len_q(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$len_q


module capfuse_ed25519$pc_q(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$pc_q


module capfuse_ed25519$pk_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$pk_valid


module capfuse_ed25519$rfx(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[2047:0];
    
    initial begin
    mem[11'b0] = 16'h0;
    mem[11'b1] = 16'h0;
    mem[11'b10] = 16'h0;
    mem[11'b11] = 16'h0;
    mem[11'b100] = 16'h0;
    mem[11'b101] = 16'h0;
    mem[11'b110] = 16'h0;
    mem[11'b111] = 16'h0;
    mem[11'b1000] = 16'h0;
    mem[11'b1001] = 16'h0;
    mem[11'b1010] = 16'h0;
    mem[11'b1011] = 16'h0;
    mem[11'b1100] = 16'h0;
    mem[11'b1101] = 16'h0;
    mem[11'b1110] = 16'h0;
    mem[11'b1111] = 16'h0;
    mem[11'b10000] = 16'h1;
    mem[11'b10001] = 16'h0;
    mem[11'b10010] = 16'h0;
    mem[11'b10011] = 16'h0;
    mem[11'b10100] = 16'h0;
    mem[11'b10101] = 16'h0;
    mem[11'b10110] = 16'h0;
    mem[11'b10111] = 16'h0;
    mem[11'b11000] = 16'h0;
    mem[11'b11001] = 16'h0;
    mem[11'b11010] = 16'h0;
    mem[11'b11011] = 16'h0;
    mem[11'b11100] = 16'h0;
    mem[11'b11101] = 16'h0;
    mem[11'b11110] = 16'h0;
    mem[11'b11111] = 16'h0;
    mem[11'b100000] = 16'h0;
    mem[11'b100001] = 16'h0;
    mem[11'b100010] = 16'h0;
    mem[11'b100011] = 16'h0;
    mem[11'b100100] = 16'h0;
    mem[11'b100101] = 16'h0;
    mem[11'b100110] = 16'h0;
    mem[11'b100111] = 16'h0;
    mem[11'b101000] = 16'h0;
    mem[11'b101001] = 16'h0;
    mem[11'b101010] = 16'h0;
    mem[11'b101011] = 16'h0;
    mem[11'b101100] = 16'h0;
    mem[11'b101101] = 16'h0;
    mem[11'b101110] = 16'h0;
    mem[11'b101111] = 16'h0;
    mem[11'b110000] = 16'h0;
    mem[11'b110001] = 16'h0;
    mem[11'b110010] = 16'h0;
    mem[11'b110011] = 16'h0;
    mem[11'b110100] = 16'h0;
    mem[11'b110101] = 16'h0;
    mem[11'b110110] = 16'h0;
    mem[11'b110111] = 16'h0;
    mem[11'b111000] = 16'h0;
    mem[11'b111001] = 16'h0;
    mem[11'b111010] = 16'h0;
    mem[11'b111011] = 16'h0;
    mem[11'b111100] = 16'h0;
    mem[11'b111101] = 16'h0;
    mem[11'b111110] = 16'h0;
    mem[11'b111111] = 16'h8000;
    mem[11'b1000000] = 16'h78a3;
    mem[11'b1000001] = 16'h1359;
    mem[11'b1000010] = 16'h4dca;
    mem[11'b1000011] = 16'h75eb;
    mem[11'b1000100] = 16'hd8ab;
    mem[11'b1000101] = 16'h4141;
    mem[11'b1000110] = 16'ha4d;
    mem[11'b1000111] = 16'h70;
    mem[11'b1001000] = 16'he898;
    mem[11'b1001001] = 16'h7779;
    mem[11'b1001010] = 16'h4079;
    mem[11'b1001011] = 16'h8cc7;
    mem[11'b1001100] = 16'hfe73;
    mem[11'b1001101] = 16'h2b6f;
    mem[11'b1001110] = 16'h6cee;
    mem[11'b1001111] = 16'h5203;
    mem[11'b1010000] = 16'hf159;
    mem[11'b1010001] = 16'h26b2;
    mem[11'b1010010] = 16'h9b94;
    mem[11'b1010011] = 16'hebd6;
    mem[11'b1010100] = 16'hb156;
    mem[11'b1010101] = 16'h8283;
    mem[11'b1010110] = 16'h149a;
    mem[11'b1010111] = 16'he0;
    mem[11'b1011000] = 16'hd130;
    mem[11'b1011001] = 16'heef3;
    mem[11'b1011010] = 16'h80f2;
    mem[11'b1011011] = 16'h198e;
    mem[11'b1011100] = 16'hfce7;
    mem[11'b1011101] = 16'h56df;
    mem[11'b1011110] = 16'hd9dc;
    mem[11'b1011111] = 16'h2406;
    mem[11'b1100000] = 16'ha0b0;
    mem[11'b1100001] = 16'h4a0e;
    mem[11'b1100010] = 16'h1b27;
    mem[11'b1100011] = 16'hc4ee;
    mem[11'b1100100] = 16'he478;
    mem[11'b1100101] = 16'had2f;
    mem[11'b1100110] = 16'h1806;
    mem[11'b1100111] = 16'h2f43;
    mem[11'b1101000] = 16'hd7a7;
    mem[11'b1101001] = 16'h3dfb;
    mem[11'b1101010] = 16'h99;
    mem[11'b1101011] = 16'h2b4d;
    mem[11'b1101100] = 16'hdf0b;
    mem[11'b1101101] = 16'h4fc1;
    mem[11'b1101110] = 16'h2480;
    mem[11'b1101111] = 16'h2b83;
    mem[11'b1110000] = 16'hffff;
    mem[11'b1110001] = 16'hffff;
    mem[11'b1110010] = 16'hffff;
    mem[11'b1110011] = 16'hffff;
    mem[11'b1110100] = 16'hffff;
    mem[11'b1110101] = 16'hffff;
    mem[11'b1110110] = 16'hffff;
    mem[11'b1110111] = 16'hffff;
    mem[11'b1111000] = 16'hffff;
    mem[11'b1111001] = 16'hffff;
    mem[11'b1111010] = 16'hffff;
    mem[11'b1111011] = 16'hffff;
    mem[11'b1111100] = 16'hffff;
    mem[11'b1111101] = 16'hffff;
    mem[11'b1111110] = 16'hffff;
    mem[11'b1111111] = 16'h7fff;
    mem[11'b10000000] = 16'hfff8;
    mem[11'b10000001] = 16'hffff;
    mem[11'b10000010] = 16'hffff;
    mem[11'b10000011] = 16'hffff;
    mem[11'b10000100] = 16'hffff;
    mem[11'b10000101] = 16'hffff;
    mem[11'b10000110] = 16'hffff;
    mem[11'b10000111] = 16'hffff;
    mem[11'b10001000] = 16'hffff;
    mem[11'b10001001] = 16'hffff;
    mem[11'b10001010] = 16'hffff;
    mem[11'b10001011] = 16'hffff;
    mem[11'b10001100] = 16'hffff;
    mem[11'b10001101] = 16'hffff;
    mem[11'b10001110] = 16'hffff;
    mem[11'b10001111] = 16'h7fff;
    mem[11'b10010000] = 16'h0;
    mem[11'b10010001] = 16'h0;
    mem[11'b10010010] = 16'h0;
    mem[11'b10010011] = 16'h0;
    mem[11'b10010100] = 16'h0;
    mem[11'b10010101] = 16'h0;
    mem[11'b10010110] = 16'h0;
    mem[11'b10010111] = 16'h0;
    mem[11'b10011000] = 16'h0;
    mem[11'b10011001] = 16'h0;
    mem[11'b10011010] = 16'h0;
    mem[11'b10011011] = 16'h0;
    mem[11'b10011100] = 16'h0;
    mem[11'b10011101] = 16'h0;
    mem[11'b10011110] = 16'h0;
    mem[11'b10011111] = 16'h4000;
    mem[11'b10100000] = 16'hd3ed;
    mem[11'b10100001] = 16'h5cf5;
    mem[11'b10100010] = 16'h631a;
    mem[11'b10100011] = 16'h5812;
    mem[11'b10100100] = 16'h9cd6;
    mem[11'b10100101] = 16'ha2f7;
    mem[11'b10100110] = 16'hf9de;
    mem[11'b10100111] = 16'h14de;
    mem[11'b10101000] = 16'h0;
    mem[11'b10101001] = 16'h0;
    mem[11'b10101010] = 16'h0;
    mem[11'b10101011] = 16'h0;
    mem[11'b10101100] = 16'h0;
    mem[11'b10101101] = 16'h0;
    mem[11'b10101110] = 16'h0;
    mem[11'b10101111] = 16'h1000;
    mem[11'b10110000] = 16'ha7da;
    mem[11'b10110001] = 16'hb9eb;
    mem[11'b10110010] = 16'hc634;
    mem[11'b10110011] = 16'hb024;
    mem[11'b10110100] = 16'h39ac;
    mem[11'b10110101] = 16'h45ef;
    mem[11'b10110110] = 16'hf3bd;
    mem[11'b10110111] = 16'h29bd;
    mem[11'b10111000] = 16'h0;
    mem[11'b10111001] = 16'h0;
    mem[11'b10111010] = 16'h0;
    mem[11'b10111011] = 16'h0;
    mem[11'b10111100] = 16'h0;
    mem[11'b10111101] = 16'h0;
    mem[11'b10111110] = 16'h0;
    mem[11'b10111111] = 16'h2000;
    mem[11'b11000000] = 16'h4fb4;
    mem[11'b11000001] = 16'h73d7;
    mem[11'b11000010] = 16'h8c69;
    mem[11'b11000011] = 16'h6049;
    mem[11'b11000100] = 16'h7359;
    mem[11'b11000101] = 16'h8bde;
    mem[11'b11000110] = 16'he77a;
    mem[11'b11000111] = 16'h537b;
    mem[11'b11001000] = 16'h0;
    mem[11'b11001001] = 16'h0;
    mem[11'b11001010] = 16'h0;
    mem[11'b11001011] = 16'h0;
    mem[11'b11001100] = 16'h0;
    mem[11'b11001101] = 16'h0;
    mem[11'b11001110] = 16'h0;
    mem[11'b11001111] = 16'h4000;
    mem[11'b11010000] = 16'h9f68;
    mem[11'b11010001] = 16'he7ae;
    mem[11'b11010010] = 16'h18d2;
    mem[11'b11010011] = 16'hc093;
    mem[11'b11010100] = 16'he6b2;
    mem[11'b11010101] = 16'h17bc;
    mem[11'b11010110] = 16'hcef5;
    mem[11'b11010111] = 16'ha6f7;
    mem[11'b11011000] = 16'h0;
    mem[11'b11011001] = 16'h0;
    mem[11'b11011010] = 16'h0;
    mem[11'b11011011] = 16'h0;
    mem[11'b11011100] = 16'h0;
    mem[11'b11011101] = 16'h0;
    mem[11'b11011110] = 16'h0;
    mem[11'b11011111] = 16'h8000;
    mem[11'b11100000] = 16'h3ed0;
    mem[11'b11100001] = 16'hcf5d;
    mem[11'b11100010] = 16'h31a5;
    mem[11'b11100011] = 16'h8126;
    mem[11'b11100100] = 16'hcd65;
    mem[11'b11100101] = 16'h2f79;
    mem[11'b11100110] = 16'h9dea;
    mem[11'b11100111] = 16'h4def;
    mem[11'b11101000] = 16'h1;
    mem[11'b11101001] = 16'h0;
    mem[11'b11101010] = 16'h0;
    mem[11'b11101011] = 16'h0;
    mem[11'b11101100] = 16'h0;
    mem[11'b11101101] = 16'h0;
    mem[11'b11101110] = 16'h0;
    mem[11'b11101111] = 16'h0;
    mem[11'b11110000] = 16'h0;
    mem[11'b11110001] = 16'h0;
    mem[11'b11110010] = 16'h0;
    mem[11'b11110011] = 16'h0;
    mem[11'b11110100] = 16'h0;
    mem[11'b11110101] = 16'h0;
    mem[11'b11110110] = 16'h0;
    mem[11'b11110111] = 16'h0;
    mem[11'b11111000] = 16'h7da0;
    mem[11'b11111001] = 16'h9eba;
    mem[11'b11111010] = 16'h634b;
    mem[11'b11111011] = 16'h24c;
    mem[11'b11111100] = 16'h9acb;
    mem[11'b11111101] = 16'h5ef3;
    mem[11'b11111110] = 16'h3bd4;
    mem[11'b11111111] = 16'h9bdf;
    mem[11'b100000000] = 16'h2;
    mem[11'b100000001] = 16'h0;
    mem[11'b100000010] = 16'h0;
    mem[11'b100000011] = 16'h0;
    mem[11'b100000100] = 16'h0;
    mem[11'b100000101] = 16'h0;
    mem[11'b100000110] = 16'h0;
    mem[11'b100000111] = 16'h0;
    mem[11'b100001000] = 16'h2;
    mem[11'b100001001] = 16'h0;
    mem[11'b100001010] = 16'h0;
    mem[11'b100001011] = 16'h0;
    mem[11'b100001100] = 16'h0;
    mem[11'b100001101] = 16'h0;
    mem[11'b100001110] = 16'h0;
    mem[11'b100001111] = 16'h0;
    mem[11'b100010000] = 16'hed00;
    mem[11'b100010001] = 16'hf5d3;
    mem[11'b100010010] = 16'h1a5c;
    mem[11'b100010011] = 16'h1263;
    mem[11'b100010100] = 16'hd658;
    mem[11'b100010101] = 16'hf79c;
    mem[11'b100010110] = 16'hdea2;
    mem[11'b100010111] = 16'hdef9;
    mem[11'b100011000] = 16'h14;
    mem[11'b100011001] = 16'h0;
    mem[11'b100011010] = 16'h0;
    mem[11'b100011011] = 16'h0;
    mem[11'b100011100] = 16'h0;
    mem[11'b100011101] = 16'h0;
    mem[11'b100011110] = 16'h0;
    mem[11'b100011111] = 16'h0;
    mem[11'b100100000] = 16'h10;
    mem[11'b100100001] = 16'h0;
    mem[11'b100100010] = 16'h0;
    mem[11'b100100011] = 16'h0;
    mem[11'b100100100] = 16'h0;
    mem[11'b100100101] = 16'h0;
    mem[11'b100100110] = 16'h0;
    mem[11'b100100111] = 16'h0;
    mem[11'b100101000] = 16'h0;
    mem[11'b100101001] = 16'h0;
    mem[11'b100101010] = 16'h0;
    mem[11'b100101011] = 16'h0;
    mem[11'b100101100] = 16'h0;
    mem[11'b100101101] = 16'h0;
    mem[11'b100101110] = 16'h0;
    mem[11'b100101111] = 16'h0;
    mem[11'b100110000] = 16'hd51a;
    mem[11'b100110001] = 16'h8f25;
    mem[11'b100110010] = 16'h2d60;
    mem[11'b100110011] = 16'hc956;
    mem[11'b100110100] = 16'ha7b2;
    mem[11'b100110101] = 16'h9525;
    mem[11'b100110110] = 16'hc760;
    mem[11'b100110111] = 16'h692c;
    mem[11'b100111000] = 16'hdc5c;
    mem[11'b100111001] = 16'hfdd6;
    mem[11'b100111010] = 16'he231;
    mem[11'b100111011] = 16'hc0a4;
    mem[11'b100111100] = 16'h53fe;
    mem[11'b100111101] = 16'hcd6e;
    mem[11'b100111110] = 16'h36d3;
    mem[11'b100111111] = 16'h2169;
    mem[11'b101000000] = 16'h6658;
    mem[11'b101000001] = 16'h6666;
    mem[11'b101000010] = 16'h6666;
    mem[11'b101000011] = 16'h6666;
    mem[11'b101000100] = 16'h6666;
    mem[11'b101000101] = 16'h6666;
    mem[11'b101000110] = 16'h6666;
    mem[11'b101000111] = 16'h6666;
    mem[11'b101001000] = 16'h6666;
    mem[11'b101001001] = 16'h6666;
    mem[11'b101001010] = 16'h6666;
    mem[11'b101001011] = 16'h6666;
    mem[11'b101001100] = 16'h6666;
    mem[11'b101001101] = 16'h6666;
    mem[11'b101001110] = 16'h6666;
    mem[11'b101001111] = 16'h6666;
    mem[11'b101010000] = 16'hdda3;
    mem[11'b101010001] = 16'ha5b7;
    mem[11'b101010010] = 16'h8ab3;
    mem[11'b101010011] = 16'h6dde;
    mem[11'b101010100] = 16'h52f5;
    mem[11'b101010101] = 16'h7751;
    mem[11'b101010110] = 16'h9f80;
    mem[11'b101010111] = 16'h20f0;
    mem[11'b101011000] = 16'he37d;
    mem[11'b101011001] = 16'h64ab;
    mem[11'b101011010] = 16'h4e8e;
    mem[11'b101011011] = 16'h66ea;
    mem[11'b101011100] = 16'h7665;
    mem[11'b101011101] = 16'hd78b;
    mem[11'b101011110] = 16'h5f0f;
    mem[11'b101011111] = 16'h6787;
    mem[11'b101100000] = 16'h0;
    mem[11'b101100001] = 16'h0;
    mem[11'b101100010] = 16'h0;
    mem[11'b101100011] = 16'h0;
    mem[11'b101100100] = 16'h0;
    mem[11'b101100101] = 16'h0;
    mem[11'b101100110] = 16'h0;
    mem[11'b101100111] = 16'h0;
    mem[11'b101101000] = 16'h0;
    mem[11'b101101001] = 16'h0;
    mem[11'b101101010] = 16'h0;
    mem[11'b101101011] = 16'h0;
    mem[11'b101101100] = 16'h0;
    mem[11'b101101101] = 16'h0;
    mem[11'b101101110] = 16'h0;
    mem[11'b101101111] = 16'h0;
    mem[11'b101110000] = 16'h0;
    mem[11'b101110001] = 16'h0;
    mem[11'b101110010] = 16'h0;
    mem[11'b101110011] = 16'h0;
    mem[11'b101110100] = 16'h0;
    mem[11'b101110101] = 16'h0;
    mem[11'b101110110] = 16'h0;
    mem[11'b101110111] = 16'h0;
    mem[11'b101111000] = 16'h0;
    mem[11'b101111001] = 16'h0;
    mem[11'b101111010] = 16'h0;
    mem[11'b101111011] = 16'h0;
    mem[11'b101111100] = 16'h0;
    mem[11'b101111101] = 16'h0;
    mem[11'b101111110] = 16'h0;
    mem[11'b101111111] = 16'h0;
    mem[11'b110000000] = 16'h1;
    mem[11'b110000001] = 16'h0;
    mem[11'b110000010] = 16'h0;
    mem[11'b110000011] = 16'h0;
    mem[11'b110000100] = 16'h0;
    mem[11'b110000101] = 16'h0;
    mem[11'b110000110] = 16'h0;
    mem[11'b110000111] = 16'h0;
    mem[11'b110001000] = 16'h0;
    mem[11'b110001001] = 16'h0;
    mem[11'b110001010] = 16'h0;
    mem[11'b110001011] = 16'h0;
    mem[11'b110001100] = 16'h0;
    mem[11'b110001101] = 16'h0;
    mem[11'b110001110] = 16'h0;
    mem[11'b110001111] = 16'h0;
    mem[11'b110010000] = 16'h1;
    mem[11'b110010001] = 16'h0;
    mem[11'b110010010] = 16'h0;
    mem[11'b110010011] = 16'h0;
    mem[11'b110010100] = 16'h0;
    mem[11'b110010101] = 16'h0;
    mem[11'b110010110] = 16'h0;
    mem[11'b110010111] = 16'h0;
    mem[11'b110011000] = 16'h0;
    mem[11'b110011001] = 16'h0;
    mem[11'b110011010] = 16'h0;
    mem[11'b110011011] = 16'h0;
    mem[11'b110011100] = 16'h0;
    mem[11'b110011101] = 16'h0;
    mem[11'b110011110] = 16'h0;
    mem[11'b110011111] = 16'h0;
    mem[11'b110100000] = 16'h2;
    mem[11'b110100001] = 16'h0;
    mem[11'b110100010] = 16'h0;
    mem[11'b110100011] = 16'h0;
    mem[11'b110100100] = 16'h0;
    mem[11'b110100101] = 16'h0;
    mem[11'b110100110] = 16'h0;
    mem[11'b110100111] = 16'h0;
    mem[11'b110101000] = 16'h0;
    mem[11'b110101001] = 16'h0;
    mem[11'b110101010] = 16'h0;
    mem[11'b110101011] = 16'h0;
    mem[11'b110101100] = 16'h0;
    mem[11'b110101101] = 16'h0;
    mem[11'b110101110] = 16'h0;
    mem[11'b110101111] = 16'h0;
    mem[11'b110110000] = 16'h0;
    mem[11'b110110001] = 16'h0;
    mem[11'b110110010] = 16'h0;
    mem[11'b110110011] = 16'h0;
    mem[11'b110110100] = 16'h0;
    mem[11'b110110101] = 16'h0;
    mem[11'b110110110] = 16'h0;
    mem[11'b110110111] = 16'h0;
    mem[11'b110111000] = 16'h0;
    mem[11'b110111001] = 16'h0;
    mem[11'b110111010] = 16'h0;
    mem[11'b110111011] = 16'h0;
    mem[11'b110111100] = 16'h0;
    mem[11'b110111101] = 16'h0;
    mem[11'b110111110] = 16'h0;
    mem[11'b110111111] = 16'h0;
    mem[11'b111000000] = 16'h0;
    mem[11'b111000001] = 16'h0;
    mem[11'b111000010] = 16'h0;
    mem[11'b111000011] = 16'h0;
    mem[11'b111000100] = 16'h0;
    mem[11'b111000101] = 16'h0;
    mem[11'b111000110] = 16'h0;
    mem[11'b111000111] = 16'h0;
    mem[11'b111001000] = 16'h0;
    mem[11'b111001001] = 16'h0;
    mem[11'b111001010] = 16'h0;
    mem[11'b111001011] = 16'h0;
    mem[11'b111001100] = 16'h0;
    mem[11'b111001101] = 16'h0;
    mem[11'b111001110] = 16'h0;
    mem[11'b111001111] = 16'h0;
    mem[11'b111010000] = 16'h0;
    mem[11'b111010001] = 16'h0;
    mem[11'b111010010] = 16'h0;
    mem[11'b111010011] = 16'h0;
    mem[11'b111010100] = 16'h0;
    mem[11'b111010101] = 16'h0;
    mem[11'b111010110] = 16'h0;
    mem[11'b111010111] = 16'h0;
    mem[11'b111011000] = 16'h0;
    mem[11'b111011001] = 16'h0;
    mem[11'b111011010] = 16'h0;
    mem[11'b111011011] = 16'h0;
    mem[11'b111011100] = 16'h0;
    mem[11'b111011101] = 16'h0;
    mem[11'b111011110] = 16'h0;
    mem[11'b111011111] = 16'h0;
    mem[11'b111100000] = 16'h0;
    mem[11'b111100001] = 16'h0;
    mem[11'b111100010] = 16'h0;
    mem[11'b111100011] = 16'h0;
    mem[11'b111100100] = 16'h0;
    mem[11'b111100101] = 16'h0;
    mem[11'b111100110] = 16'h0;
    mem[11'b111100111] = 16'h0;
    mem[11'b111101000] = 16'h0;
    mem[11'b111101001] = 16'h0;
    mem[11'b111101010] = 16'h0;
    mem[11'b111101011] = 16'h0;
    mem[11'b111101100] = 16'h0;
    mem[11'b111101101] = 16'h0;
    mem[11'b111101110] = 16'h0;
    mem[11'b111101111] = 16'h0;
    mem[11'b111110000] = 16'h0;
    mem[11'b111110001] = 16'h0;
    mem[11'b111110010] = 16'h0;
    mem[11'b111110011] = 16'h0;
    mem[11'b111110100] = 16'h0;
    mem[11'b111110101] = 16'h0;
    mem[11'b111110110] = 16'h0;
    mem[11'b111110111] = 16'h0;
    mem[11'b111111000] = 16'h0;
    mem[11'b111111001] = 16'h0;
    mem[11'b111111010] = 16'h0;
    mem[11'b111111011] = 16'h0;
    mem[11'b111111100] = 16'h0;
    mem[11'b111111101] = 16'h0;
    mem[11'b111111110] = 16'h0;
    mem[11'b111111111] = 16'h0;
    mem[11'b1000000000] = 16'h3b85;
    mem[11'b1000000001] = 16'hf58c;
    mem[11'b1000000010] = 16'h93c6;
    mem[11'b1000000011] = 16'h2fbc;
    mem[11'b1000000100] = 16'he19;
    mem[11'b1000000101] = 16'hfb8c;
    mem[11'b1000000110] = 16'h2dc6;
    mem[11'b1000000111] = 16'hcf93;
    mem[11'b1000001000] = 16'h42c2;
    mem[11'b1000001001] = 16'h643d;
    mem[11'b1000001010] = 16'h4898;
    mem[11'b1000001011] = 16'h270b;
    mem[11'b1000001100] = 16'hba65;
    mem[11'b1000001101] = 16'h33d4;
    mem[11'b1000001110] = 16'h9d3a;
    mem[11'b1000001111] = 16'h7cf;
    mem[11'b1000010000] = 16'h913e;
    mem[11'b1000010001] = 16'hd740;
    mem[11'b1000010010] = 16'h3905;
    mem[11'b1000010011] = 16'h9d10;
    mem[11'b1000010100] = 16'hbeb3;
    mem[11'b1000010101] = 16'hd140;
    mem[11'b1000010110] = 16'h9f05;
    mem[11'b1000010111] = 16'hfd39;
    mem[11'b1000011000] = 16'h8a09;
    mem[11'b1000011001] = 16'h688f;
    mem[11'b1000011010] = 16'h8434;
    mem[11'b1000011011] = 16'ha5c1;
    mem[11'b1000011100] = 16'h1267;
    mem[11'b1000011101] = 16'h98f8;
    mem[11'b1000011110] = 16'h2f92;
    mem[11'b1000011111] = 16'h44fd;
    mem[11'b1000100000] = 16'h2;
    mem[11'b1000100001] = 16'h0;
    mem[11'b1000100010] = 16'h0;
    mem[11'b1000100011] = 16'h0;
    mem[11'b1000100100] = 16'h0;
    mem[11'b1000100101] = 16'h0;
    mem[11'b1000100110] = 16'h0;
    mem[11'b1000100111] = 16'h0;
    mem[11'b1000101000] = 16'h0;
    mem[11'b1000101001] = 16'h0;
    mem[11'b1000101010] = 16'h0;
    mem[11'b1000101011] = 16'h0;
    mem[11'b1000101100] = 16'h0;
    mem[11'b1000101101] = 16'h0;
    mem[11'b1000101110] = 16'h0;
    mem[11'b1000101111] = 16'h0;
    mem[11'b1000110000] = 16'haa68;
    mem[11'b1000110001] = 16'h877a;
    mem[11'b1000110010] = 16'h1205;
    mem[11'b1000110011] = 16'habc9;
    mem[11'b1000110100] = 16'hc49e;
    mem[11'b1000110101] = 16'hccaa;
    mem[11'b1000110110] = 16'he823;
    mem[11'b1000110111] = 16'h26d9;
    mem[11'b1000111000] = 16'h598c;
    mem[11'b1000111001] = 16'hdd43;
    mem[11'b1000111010] = 16'h7dcb;
    mem[11'b1000111011] = 16'h5a1b;
    mem[11'b1000111100] = 16'h65a8;
    mem[11'b1000111101] = 16'h9f0c;
    mem[11'b1000111110] = 16'h7b68;
    mem[11'b1000111111] = 16'h6f11;
    mem[11'b1001000000] = 16'h0;
    mem[11'b1001000001] = 16'h0;
    mem[11'b1001000010] = 16'h0;
    mem[11'b1001000011] = 16'h0;
    mem[11'b1001000100] = 16'h0;
    mem[11'b1001000101] = 16'h0;
    mem[11'b1001000110] = 16'h0;
    mem[11'b1001000111] = 16'h0;
    mem[11'b1001001000] = 16'h0;
    mem[11'b1001001001] = 16'h0;
    mem[11'b1001001010] = 16'h0;
    mem[11'b1001001011] = 16'h0;
    mem[11'b1001001100] = 16'h0;
    mem[11'b1001001101] = 16'h0;
    mem[11'b1001001110] = 16'h0;
    mem[11'b1001001111] = 16'h0;
    mem[11'b1001010000] = 16'h0;
    mem[11'b1001010001] = 16'h0;
    mem[11'b1001010010] = 16'h0;
    mem[11'b1001010011] = 16'h0;
    mem[11'b1001010100] = 16'h0;
    mem[11'b1001010101] = 16'h0;
    mem[11'b1001010110] = 16'h0;
    mem[11'b1001010111] = 16'h0;
    mem[11'b1001011000] = 16'h0;
    mem[11'b1001011001] = 16'h0;
    mem[11'b1001011010] = 16'h0;
    mem[11'b1001011011] = 16'h0;
    mem[11'b1001011100] = 16'h0;
    mem[11'b1001011101] = 16'h0;
    mem[11'b1001011110] = 16'h0;
    mem[11'b1001011111] = 16'h0;
    mem[11'b1001100000] = 16'h0;
    mem[11'b1001100001] = 16'h0;
    mem[11'b1001100010] = 16'h0;
    mem[11'b1001100011] = 16'h0;
    mem[11'b1001100100] = 16'h0;
    mem[11'b1001100101] = 16'h0;
    mem[11'b1001100110] = 16'h0;
    mem[11'b1001100111] = 16'h0;
    mem[11'b1001101000] = 16'h0;
    mem[11'b1001101001] = 16'h0;
    mem[11'b1001101010] = 16'h0;
    mem[11'b1001101011] = 16'h0;
    mem[11'b1001101100] = 16'h0;
    mem[11'b1001101101] = 16'h0;
    mem[11'b1001101110] = 16'h0;
    mem[11'b1001101111] = 16'h0;
    mem[11'b1001110000] = 16'h0;
    mem[11'b1001110001] = 16'h0;
    mem[11'b1001110010] = 16'h0;
    mem[11'b1001110011] = 16'h0;
    mem[11'b1001110100] = 16'h0;
    mem[11'b1001110101] = 16'h0;
    mem[11'b1001110110] = 16'h0;
    mem[11'b1001110111] = 16'h0;
    mem[11'b1001111000] = 16'h0;
    mem[11'b1001111001] = 16'h0;
    mem[11'b1001111010] = 16'h0;
    mem[11'b1001111011] = 16'h0;
    mem[11'b1001111100] = 16'h0;
    mem[11'b1001111101] = 16'h0;
    mem[11'b1001111110] = 16'h0;
    mem[11'b1001111111] = 16'h0;
    mem[11'b1010000000] = 16'h0;
    mem[11'b1010000001] = 16'h0;
    mem[11'b1010000010] = 16'h0;
    mem[11'b1010000011] = 16'h0;
    mem[11'b1010000100] = 16'h0;
    mem[11'b1010000101] = 16'h0;
    mem[11'b1010000110] = 16'h0;
    mem[11'b1010000111] = 16'h0;
    mem[11'b1010001000] = 16'h0;
    mem[11'b1010001001] = 16'h0;
    mem[11'b1010001010] = 16'h0;
    mem[11'b1010001011] = 16'h0;
    mem[11'b1010001100] = 16'h0;
    mem[11'b1010001101] = 16'h0;
    mem[11'b1010001110] = 16'h0;
    mem[11'b1010001111] = 16'h0;
    mem[11'b1010010000] = 16'h0;
    mem[11'b1010010001] = 16'h0;
    mem[11'b1010010010] = 16'h0;
    mem[11'b1010010011] = 16'h0;
    mem[11'b1010010100] = 16'h0;
    mem[11'b1010010101] = 16'h0;
    mem[11'b1010010110] = 16'h0;
    mem[11'b1010010111] = 16'h0;
    mem[11'b1010011000] = 16'h0;
    mem[11'b1010011001] = 16'h0;
    mem[11'b1010011010] = 16'h0;
    mem[11'b1010011011] = 16'h0;
    mem[11'b1010011100] = 16'h0;
    mem[11'b1010011101] = 16'h0;
    mem[11'b1010011110] = 16'h0;
    mem[11'b1010011111] = 16'h0;
    mem[11'b1010100000] = 16'h0;
    mem[11'b1010100001] = 16'h0;
    mem[11'b1010100010] = 16'h0;
    mem[11'b1010100011] = 16'h0;
    mem[11'b1010100100] = 16'h0;
    mem[11'b1010100101] = 16'h0;
    mem[11'b1010100110] = 16'h0;
    mem[11'b1010100111] = 16'h0;
    mem[11'b1010101000] = 16'h0;
    mem[11'b1010101001] = 16'h0;
    mem[11'b1010101010] = 16'h0;
    mem[11'b1010101011] = 16'h0;
    mem[11'b1010101100] = 16'h0;
    mem[11'b1010101101] = 16'h0;
    mem[11'b1010101110] = 16'h0;
    mem[11'b1010101111] = 16'h0;
    mem[11'b1010110000] = 16'h0;
    mem[11'b1010110001] = 16'h0;
    mem[11'b1010110010] = 16'h0;
    mem[11'b1010110011] = 16'h0;
    mem[11'b1010110100] = 16'h0;
    mem[11'b1010110101] = 16'h0;
    mem[11'b1010110110] = 16'h0;
    mem[11'b1010110111] = 16'h0;
    mem[11'b1010111000] = 16'h0;
    mem[11'b1010111001] = 16'h0;
    mem[11'b1010111010] = 16'h0;
    mem[11'b1010111011] = 16'h0;
    mem[11'b1010111100] = 16'h0;
    mem[11'b1010111101] = 16'h0;
    mem[11'b1010111110] = 16'h0;
    mem[11'b1010111111] = 16'h0;
    mem[11'b1011000000] = 16'h0;
    mem[11'b1011000001] = 16'h0;
    mem[11'b1011000010] = 16'h0;
    mem[11'b1011000011] = 16'h0;
    mem[11'b1011000100] = 16'h0;
    mem[11'b1011000101] = 16'h0;
    mem[11'b1011000110] = 16'h0;
    mem[11'b1011000111] = 16'h0;
    mem[11'b1011001000] = 16'h0;
    mem[11'b1011001001] = 16'h0;
    mem[11'b1011001010] = 16'h0;
    mem[11'b1011001011] = 16'h0;
    mem[11'b1011001100] = 16'h0;
    mem[11'b1011001101] = 16'h0;
    mem[11'b1011001110] = 16'h0;
    mem[11'b1011001111] = 16'h0;
    mem[11'b1011010000] = 16'h0;
    mem[11'b1011010001] = 16'h0;
    mem[11'b1011010010] = 16'h0;
    mem[11'b1011010011] = 16'h0;
    mem[11'b1011010100] = 16'h0;
    mem[11'b1011010101] = 16'h0;
    mem[11'b1011010110] = 16'h0;
    mem[11'b1011010111] = 16'h0;
    mem[11'b1011011000] = 16'h0;
    mem[11'b1011011001] = 16'h0;
    mem[11'b1011011010] = 16'h0;
    mem[11'b1011011011] = 16'h0;
    mem[11'b1011011100] = 16'h0;
    mem[11'b1011011101] = 16'h0;
    mem[11'b1011011110] = 16'h0;
    mem[11'b1011011111] = 16'h0;
    mem[11'b1011100000] = 16'h0;
    mem[11'b1011100001] = 16'h0;
    mem[11'b1011100010] = 16'h0;
    mem[11'b1011100011] = 16'h0;
    mem[11'b1011100100] = 16'h0;
    mem[11'b1011100101] = 16'h0;
    mem[11'b1011100110] = 16'h0;
    mem[11'b1011100111] = 16'h0;
    mem[11'b1011101000] = 16'h0;
    mem[11'b1011101001] = 16'h0;
    mem[11'b1011101010] = 16'h0;
    mem[11'b1011101011] = 16'h0;
    mem[11'b1011101100] = 16'h0;
    mem[11'b1011101101] = 16'h0;
    mem[11'b1011101110] = 16'h0;
    mem[11'b1011101111] = 16'h0;
    mem[11'b1011110000] = 16'h0;
    mem[11'b1011110001] = 16'h0;
    mem[11'b1011110010] = 16'h0;
    mem[11'b1011110011] = 16'h0;
    mem[11'b1011110100] = 16'h0;
    mem[11'b1011110101] = 16'h0;
    mem[11'b1011110110] = 16'h0;
    mem[11'b1011110111] = 16'h0;
    mem[11'b1011111000] = 16'h0;
    mem[11'b1011111001] = 16'h0;
    mem[11'b1011111010] = 16'h0;
    mem[11'b1011111011] = 16'h0;
    mem[11'b1011111100] = 16'h0;
    mem[11'b1011111101] = 16'h0;
    mem[11'b1011111110] = 16'h0;
    mem[11'b1011111111] = 16'h0;
    mem[11'b1100000000] = 16'h0;
    mem[11'b1100000001] = 16'h0;
    mem[11'b1100000010] = 16'h0;
    mem[11'b1100000011] = 16'h0;
    mem[11'b1100000100] = 16'h0;
    mem[11'b1100000101] = 16'h0;
    mem[11'b1100000110] = 16'h0;
    mem[11'b1100000111] = 16'h0;
    mem[11'b1100001000] = 16'h0;
    mem[11'b1100001001] = 16'h0;
    mem[11'b1100001010] = 16'h0;
    mem[11'b1100001011] = 16'h0;
    mem[11'b1100001100] = 16'h0;
    mem[11'b1100001101] = 16'h0;
    mem[11'b1100001110] = 16'h0;
    mem[11'b1100001111] = 16'h0;
    mem[11'b1100010000] = 16'h0;
    mem[11'b1100010001] = 16'h0;
    mem[11'b1100010010] = 16'h0;
    mem[11'b1100010011] = 16'h0;
    mem[11'b1100010100] = 16'h0;
    mem[11'b1100010101] = 16'h0;
    mem[11'b1100010110] = 16'h0;
    mem[11'b1100010111] = 16'h0;
    mem[11'b1100011000] = 16'h0;
    mem[11'b1100011001] = 16'h0;
    mem[11'b1100011010] = 16'h0;
    mem[11'b1100011011] = 16'h0;
    mem[11'b1100011100] = 16'h0;
    mem[11'b1100011101] = 16'h0;
    mem[11'b1100011110] = 16'h0;
    mem[11'b1100011111] = 16'h0;
    mem[11'b1100100000] = 16'h0;
    mem[11'b1100100001] = 16'h0;
    mem[11'b1100100010] = 16'h0;
    mem[11'b1100100011] = 16'h0;
    mem[11'b1100100100] = 16'h0;
    mem[11'b1100100101] = 16'h0;
    mem[11'b1100100110] = 16'h0;
    mem[11'b1100100111] = 16'h0;
    mem[11'b1100101000] = 16'h0;
    mem[11'b1100101001] = 16'h0;
    mem[11'b1100101010] = 16'h0;
    mem[11'b1100101011] = 16'h0;
    mem[11'b1100101100] = 16'h0;
    mem[11'b1100101101] = 16'h0;
    mem[11'b1100101110] = 16'h0;
    mem[11'b1100101111] = 16'h0;
    mem[11'b1100110000] = 16'h0;
    mem[11'b1100110001] = 16'h0;
    mem[11'b1100110010] = 16'h0;
    mem[11'b1100110011] = 16'h0;
    mem[11'b1100110100] = 16'h0;
    mem[11'b1100110101] = 16'h0;
    mem[11'b1100110110] = 16'h0;
    mem[11'b1100110111] = 16'h0;
    mem[11'b1100111000] = 16'h0;
    mem[11'b1100111001] = 16'h0;
    mem[11'b1100111010] = 16'h0;
    mem[11'b1100111011] = 16'h0;
    mem[11'b1100111100] = 16'h0;
    mem[11'b1100111101] = 16'h0;
    mem[11'b1100111110] = 16'h0;
    mem[11'b1100111111] = 16'h0;
    mem[11'b1101000000] = 16'h0;
    mem[11'b1101000001] = 16'h0;
    mem[11'b1101000010] = 16'h0;
    mem[11'b1101000011] = 16'h0;
    mem[11'b1101000100] = 16'h0;
    mem[11'b1101000101] = 16'h0;
    mem[11'b1101000110] = 16'h0;
    mem[11'b1101000111] = 16'h0;
    mem[11'b1101001000] = 16'h0;
    mem[11'b1101001001] = 16'h0;
    mem[11'b1101001010] = 16'h0;
    mem[11'b1101001011] = 16'h0;
    mem[11'b1101001100] = 16'h0;
    mem[11'b1101001101] = 16'h0;
    mem[11'b1101001110] = 16'h0;
    mem[11'b1101001111] = 16'h0;
    mem[11'b1101010000] = 16'h0;
    mem[11'b1101010001] = 16'h0;
    mem[11'b1101010010] = 16'h0;
    mem[11'b1101010011] = 16'h0;
    mem[11'b1101010100] = 16'h0;
    mem[11'b1101010101] = 16'h0;
    mem[11'b1101010110] = 16'h0;
    mem[11'b1101010111] = 16'h0;
    mem[11'b1101011000] = 16'h0;
    mem[11'b1101011001] = 16'h0;
    mem[11'b1101011010] = 16'h0;
    mem[11'b1101011011] = 16'h0;
    mem[11'b1101011100] = 16'h0;
    mem[11'b1101011101] = 16'h0;
    mem[11'b1101011110] = 16'h0;
    mem[11'b1101011111] = 16'h0;
    mem[11'b1101100000] = 16'h0;
    mem[11'b1101100001] = 16'h0;
    mem[11'b1101100010] = 16'h0;
    mem[11'b1101100011] = 16'h0;
    mem[11'b1101100100] = 16'h0;
    mem[11'b1101100101] = 16'h0;
    mem[11'b1101100110] = 16'h0;
    mem[11'b1101100111] = 16'h0;
    mem[11'b1101101000] = 16'h0;
    mem[11'b1101101001] = 16'h0;
    mem[11'b1101101010] = 16'h0;
    mem[11'b1101101011] = 16'h0;
    mem[11'b1101101100] = 16'h0;
    mem[11'b1101101101] = 16'h0;
    mem[11'b1101101110] = 16'h0;
    mem[11'b1101101111] = 16'h0;
    mem[11'b1101110000] = 16'h0;
    mem[11'b1101110001] = 16'h0;
    mem[11'b1101110010] = 16'h0;
    mem[11'b1101110011] = 16'h0;
    mem[11'b1101110100] = 16'h0;
    mem[11'b1101110101] = 16'h0;
    mem[11'b1101110110] = 16'h0;
    mem[11'b1101110111] = 16'h0;
    mem[11'b1101111000] = 16'h0;
    mem[11'b1101111001] = 16'h0;
    mem[11'b1101111010] = 16'h0;
    mem[11'b1101111011] = 16'h0;
    mem[11'b1101111100] = 16'h0;
    mem[11'b1101111101] = 16'h0;
    mem[11'b1101111110] = 16'h0;
    mem[11'b1101111111] = 16'h0;
    mem[11'b1110000000] = 16'h0;
    mem[11'b1110000001] = 16'h0;
    mem[11'b1110000010] = 16'h0;
    mem[11'b1110000011] = 16'h0;
    mem[11'b1110000100] = 16'h0;
    mem[11'b1110000101] = 16'h0;
    mem[11'b1110000110] = 16'h0;
    mem[11'b1110000111] = 16'h0;
    mem[11'b1110001000] = 16'h0;
    mem[11'b1110001001] = 16'h0;
    mem[11'b1110001010] = 16'h0;
    mem[11'b1110001011] = 16'h0;
    mem[11'b1110001100] = 16'h0;
    mem[11'b1110001101] = 16'h0;
    mem[11'b1110001110] = 16'h0;
    mem[11'b1110001111] = 16'h0;
    mem[11'b1110010000] = 16'h0;
    mem[11'b1110010001] = 16'h0;
    mem[11'b1110010010] = 16'h0;
    mem[11'b1110010011] = 16'h0;
    mem[11'b1110010100] = 16'h0;
    mem[11'b1110010101] = 16'h0;
    mem[11'b1110010110] = 16'h0;
    mem[11'b1110010111] = 16'h0;
    mem[11'b1110011000] = 16'h0;
    mem[11'b1110011001] = 16'h0;
    mem[11'b1110011010] = 16'h0;
    mem[11'b1110011011] = 16'h0;
    mem[11'b1110011100] = 16'h0;
    mem[11'b1110011101] = 16'h0;
    mem[11'b1110011110] = 16'h0;
    mem[11'b1110011111] = 16'h0;
    mem[11'b1110100000] = 16'h0;
    mem[11'b1110100001] = 16'h0;
    mem[11'b1110100010] = 16'h0;
    mem[11'b1110100011] = 16'h0;
    mem[11'b1110100100] = 16'h0;
    mem[11'b1110100101] = 16'h0;
    mem[11'b1110100110] = 16'h0;
    mem[11'b1110100111] = 16'h0;
    mem[11'b1110101000] = 16'h0;
    mem[11'b1110101001] = 16'h0;
    mem[11'b1110101010] = 16'h0;
    mem[11'b1110101011] = 16'h0;
    mem[11'b1110101100] = 16'h0;
    mem[11'b1110101101] = 16'h0;
    mem[11'b1110101110] = 16'h0;
    mem[11'b1110101111] = 16'h0;
    mem[11'b1110110000] = 16'h0;
    mem[11'b1110110001] = 16'h0;
    mem[11'b1110110010] = 16'h0;
    mem[11'b1110110011] = 16'h0;
    mem[11'b1110110100] = 16'h0;
    mem[11'b1110110101] = 16'h0;
    mem[11'b1110110110] = 16'h0;
    mem[11'b1110110111] = 16'h0;
    mem[11'b1110111000] = 16'h0;
    mem[11'b1110111001] = 16'h0;
    mem[11'b1110111010] = 16'h0;
    mem[11'b1110111011] = 16'h0;
    mem[11'b1110111100] = 16'h0;
    mem[11'b1110111101] = 16'h0;
    mem[11'b1110111110] = 16'h0;
    mem[11'b1110111111] = 16'h0;
    mem[11'b1111000000] = 16'h0;
    mem[11'b1111000001] = 16'h0;
    mem[11'b1111000010] = 16'h0;
    mem[11'b1111000011] = 16'h0;
    mem[11'b1111000100] = 16'h0;
    mem[11'b1111000101] = 16'h0;
    mem[11'b1111000110] = 16'h0;
    mem[11'b1111000111] = 16'h0;
    mem[11'b1111001000] = 16'h0;
    mem[11'b1111001001] = 16'h0;
    mem[11'b1111001010] = 16'h0;
    mem[11'b1111001011] = 16'h0;
    mem[11'b1111001100] = 16'h0;
    mem[11'b1111001101] = 16'h0;
    mem[11'b1111001110] = 16'h0;
    mem[11'b1111001111] = 16'h0;
    mem[11'b1111010000] = 16'h0;
    mem[11'b1111010001] = 16'h0;
    mem[11'b1111010010] = 16'h0;
    mem[11'b1111010011] = 16'h0;
    mem[11'b1111010100] = 16'h0;
    mem[11'b1111010101] = 16'h0;
    mem[11'b1111010110] = 16'h0;
    mem[11'b1111010111] = 16'h0;
    mem[11'b1111011000] = 16'h0;
    mem[11'b1111011001] = 16'h0;
    mem[11'b1111011010] = 16'h0;
    mem[11'b1111011011] = 16'h0;
    mem[11'b1111011100] = 16'h0;
    mem[11'b1111011101] = 16'h0;
    mem[11'b1111011110] = 16'h0;
    mem[11'b1111011111] = 16'h0;
    mem[11'b1111100000] = 16'h0;
    mem[11'b1111100001] = 16'h0;
    mem[11'b1111100010] = 16'h0;
    mem[11'b1111100011] = 16'h0;
    mem[11'b1111100100] = 16'h0;
    mem[11'b1111100101] = 16'h0;
    mem[11'b1111100110] = 16'h0;
    mem[11'b1111100111] = 16'h0;
    mem[11'b1111101000] = 16'h0;
    mem[11'b1111101001] = 16'h0;
    mem[11'b1111101010] = 16'h0;
    mem[11'b1111101011] = 16'h0;
    mem[11'b1111101100] = 16'h0;
    mem[11'b1111101101] = 16'h0;
    mem[11'b1111101110] = 16'h0;
    mem[11'b1111101111] = 16'h0;
    mem[11'b1111110000] = 16'h0;
    mem[11'b1111110001] = 16'h0;
    mem[11'b1111110010] = 16'h0;
    mem[11'b1111110011] = 16'h0;
    mem[11'b1111110100] = 16'h0;
    mem[11'b1111110101] = 16'h0;
    mem[11'b1111110110] = 16'h0;
    mem[11'b1111110111] = 16'h0;
    mem[11'b1111111000] = 16'h0;
    mem[11'b1111111001] = 16'h0;
    mem[11'b1111111010] = 16'h0;
    mem[11'b1111111011] = 16'h0;
    mem[11'b1111111100] = 16'h0;
    mem[11'b1111111101] = 16'h0;
    mem[11'b1111111110] = 16'h0;
    mem[11'b1111111111] = 16'h0;
    mem[11'b10000000000] = 16'h0;
    mem[11'b10000000001] = 16'h0;
    mem[11'b10000000010] = 16'h0;
    mem[11'b10000000011] = 16'h0;
    mem[11'b10000000100] = 16'h0;
    mem[11'b10000000101] = 16'h0;
    mem[11'b10000000110] = 16'h0;
    mem[11'b10000000111] = 16'h0;
    mem[11'b10000001000] = 16'h0;
    mem[11'b10000001001] = 16'h0;
    mem[11'b10000001010] = 16'h0;
    mem[11'b10000001011] = 16'h0;
    mem[11'b10000001100] = 16'h0;
    mem[11'b10000001101] = 16'h0;
    mem[11'b10000001110] = 16'h0;
    mem[11'b10000001111] = 16'h0;
    mem[11'b10000010000] = 16'h0;
    mem[11'b10000010001] = 16'h0;
    mem[11'b10000010010] = 16'h0;
    mem[11'b10000010011] = 16'h0;
    mem[11'b10000010100] = 16'h0;
    mem[11'b10000010101] = 16'h0;
    mem[11'b10000010110] = 16'h0;
    mem[11'b10000010111] = 16'h0;
    mem[11'b10000011000] = 16'h0;
    mem[11'b10000011001] = 16'h0;
    mem[11'b10000011010] = 16'h0;
    mem[11'b10000011011] = 16'h0;
    mem[11'b10000011100] = 16'h0;
    mem[11'b10000011101] = 16'h0;
    mem[11'b10000011110] = 16'h0;
    mem[11'b10000011111] = 16'h0;
    mem[11'b10000100000] = 16'h0;
    mem[11'b10000100001] = 16'h0;
    mem[11'b10000100010] = 16'h0;
    mem[11'b10000100011] = 16'h0;
    mem[11'b10000100100] = 16'h0;
    mem[11'b10000100101] = 16'h0;
    mem[11'b10000100110] = 16'h0;
    mem[11'b10000100111] = 16'h0;
    mem[11'b10000101000] = 16'h0;
    mem[11'b10000101001] = 16'h0;
    mem[11'b10000101010] = 16'h0;
    mem[11'b10000101011] = 16'h0;
    mem[11'b10000101100] = 16'h0;
    mem[11'b10000101101] = 16'h0;
    mem[11'b10000101110] = 16'h0;
    mem[11'b10000101111] = 16'h0;
    mem[11'b10000110000] = 16'h0;
    mem[11'b10000110001] = 16'h0;
    mem[11'b10000110010] = 16'h0;
    mem[11'b10000110011] = 16'h0;
    mem[11'b10000110100] = 16'h0;
    mem[11'b10000110101] = 16'h0;
    mem[11'b10000110110] = 16'h0;
    mem[11'b10000110111] = 16'h0;
    mem[11'b10000111000] = 16'h0;
    mem[11'b10000111001] = 16'h0;
    mem[11'b10000111010] = 16'h0;
    mem[11'b10000111011] = 16'h0;
    mem[11'b10000111100] = 16'h0;
    mem[11'b10000111101] = 16'h0;
    mem[11'b10000111110] = 16'h0;
    mem[11'b10000111111] = 16'h0;
    mem[11'b10001000000] = 16'h0;
    mem[11'b10001000001] = 16'h0;
    mem[11'b10001000010] = 16'h0;
    mem[11'b10001000011] = 16'h0;
    mem[11'b10001000100] = 16'h0;
    mem[11'b10001000101] = 16'h0;
    mem[11'b10001000110] = 16'h0;
    mem[11'b10001000111] = 16'h0;
    mem[11'b10001001000] = 16'h0;
    mem[11'b10001001001] = 16'h0;
    mem[11'b10001001010] = 16'h0;
    mem[11'b10001001011] = 16'h0;
    mem[11'b10001001100] = 16'h0;
    mem[11'b10001001101] = 16'h0;
    mem[11'b10001001110] = 16'h0;
    mem[11'b10001001111] = 16'h0;
    mem[11'b10001010000] = 16'h0;
    mem[11'b10001010001] = 16'h0;
    mem[11'b10001010010] = 16'h0;
    mem[11'b10001010011] = 16'h0;
    mem[11'b10001010100] = 16'h0;
    mem[11'b10001010101] = 16'h0;
    mem[11'b10001010110] = 16'h0;
    mem[11'b10001010111] = 16'h0;
    mem[11'b10001011000] = 16'h0;
    mem[11'b10001011001] = 16'h0;
    mem[11'b10001011010] = 16'h0;
    mem[11'b10001011011] = 16'h0;
    mem[11'b10001011100] = 16'h0;
    mem[11'b10001011101] = 16'h0;
    mem[11'b10001011110] = 16'h0;
    mem[11'b10001011111] = 16'h0;
    mem[11'b10001100000] = 16'h0;
    mem[11'b10001100001] = 16'h0;
    mem[11'b10001100010] = 16'h0;
    mem[11'b10001100011] = 16'h0;
    mem[11'b10001100100] = 16'h0;
    mem[11'b10001100101] = 16'h0;
    mem[11'b10001100110] = 16'h0;
    mem[11'b10001100111] = 16'h0;
    mem[11'b10001101000] = 16'h0;
    mem[11'b10001101001] = 16'h0;
    mem[11'b10001101010] = 16'h0;
    mem[11'b10001101011] = 16'h0;
    mem[11'b10001101100] = 16'h0;
    mem[11'b10001101101] = 16'h0;
    mem[11'b10001101110] = 16'h0;
    mem[11'b10001101111] = 16'h0;
    mem[11'b10001110000] = 16'h0;
    mem[11'b10001110001] = 16'h0;
    mem[11'b10001110010] = 16'h0;
    mem[11'b10001110011] = 16'h0;
    mem[11'b10001110100] = 16'h0;
    mem[11'b10001110101] = 16'h0;
    mem[11'b10001110110] = 16'h0;
    mem[11'b10001110111] = 16'h0;
    mem[11'b10001111000] = 16'h0;
    mem[11'b10001111001] = 16'h0;
    mem[11'b10001111010] = 16'h0;
    mem[11'b10001111011] = 16'h0;
    mem[11'b10001111100] = 16'h0;
    mem[11'b10001111101] = 16'h0;
    mem[11'b10001111110] = 16'h0;
    mem[11'b10001111111] = 16'h0;
    mem[11'b10010000000] = 16'h0;
    mem[11'b10010000001] = 16'h0;
    mem[11'b10010000010] = 16'h0;
    mem[11'b10010000011] = 16'h0;
    mem[11'b10010000100] = 16'h0;
    mem[11'b10010000101] = 16'h0;
    mem[11'b10010000110] = 16'h0;
    mem[11'b10010000111] = 16'h0;
    mem[11'b10010001000] = 16'h0;
    mem[11'b10010001001] = 16'h0;
    mem[11'b10010001010] = 16'h0;
    mem[11'b10010001011] = 16'h0;
    mem[11'b10010001100] = 16'h0;
    mem[11'b10010001101] = 16'h0;
    mem[11'b10010001110] = 16'h0;
    mem[11'b10010001111] = 16'h0;
    mem[11'b10010010000] = 16'h0;
    mem[11'b10010010001] = 16'h0;
    mem[11'b10010010010] = 16'h0;
    mem[11'b10010010011] = 16'h0;
    mem[11'b10010010100] = 16'h0;
    mem[11'b10010010101] = 16'h0;
    mem[11'b10010010110] = 16'h0;
    mem[11'b10010010111] = 16'h0;
    mem[11'b10010011000] = 16'h0;
    mem[11'b10010011001] = 16'h0;
    mem[11'b10010011010] = 16'h0;
    mem[11'b10010011011] = 16'h0;
    mem[11'b10010011100] = 16'h0;
    mem[11'b10010011101] = 16'h0;
    mem[11'b10010011110] = 16'h0;
    mem[11'b10010011111] = 16'h0;
    mem[11'b10010100000] = 16'h0;
    mem[11'b10010100001] = 16'h0;
    mem[11'b10010100010] = 16'h0;
    mem[11'b10010100011] = 16'h0;
    mem[11'b10010100100] = 16'h0;
    mem[11'b10010100101] = 16'h0;
    mem[11'b10010100110] = 16'h0;
    mem[11'b10010100111] = 16'h0;
    mem[11'b10010101000] = 16'h0;
    mem[11'b10010101001] = 16'h0;
    mem[11'b10010101010] = 16'h0;
    mem[11'b10010101011] = 16'h0;
    mem[11'b10010101100] = 16'h0;
    mem[11'b10010101101] = 16'h0;
    mem[11'b10010101110] = 16'h0;
    mem[11'b10010101111] = 16'h0;
    mem[11'b10010110000] = 16'h0;
    mem[11'b10010110001] = 16'h0;
    mem[11'b10010110010] = 16'h0;
    mem[11'b10010110011] = 16'h0;
    mem[11'b10010110100] = 16'h0;
    mem[11'b10010110101] = 16'h0;
    mem[11'b10010110110] = 16'h0;
    mem[11'b10010110111] = 16'h0;
    mem[11'b10010111000] = 16'h0;
    mem[11'b10010111001] = 16'h0;
    mem[11'b10010111010] = 16'h0;
    mem[11'b10010111011] = 16'h0;
    mem[11'b10010111100] = 16'h0;
    mem[11'b10010111101] = 16'h0;
    mem[11'b10010111110] = 16'h0;
    mem[11'b10010111111] = 16'h0;
    mem[11'b10011000000] = 16'h0;
    mem[11'b10011000001] = 16'h0;
    mem[11'b10011000010] = 16'h0;
    mem[11'b10011000011] = 16'h0;
    mem[11'b10011000100] = 16'h0;
    mem[11'b10011000101] = 16'h0;
    mem[11'b10011000110] = 16'h0;
    mem[11'b10011000111] = 16'h0;
    mem[11'b10011001000] = 16'h0;
    mem[11'b10011001001] = 16'h0;
    mem[11'b10011001010] = 16'h0;
    mem[11'b10011001011] = 16'h0;
    mem[11'b10011001100] = 16'h0;
    mem[11'b10011001101] = 16'h0;
    mem[11'b10011001110] = 16'h0;
    mem[11'b10011001111] = 16'h0;
    mem[11'b10011010000] = 16'h0;
    mem[11'b10011010001] = 16'h0;
    mem[11'b10011010010] = 16'h0;
    mem[11'b10011010011] = 16'h0;
    mem[11'b10011010100] = 16'h0;
    mem[11'b10011010101] = 16'h0;
    mem[11'b10011010110] = 16'h0;
    mem[11'b10011010111] = 16'h0;
    mem[11'b10011011000] = 16'h0;
    mem[11'b10011011001] = 16'h0;
    mem[11'b10011011010] = 16'h0;
    mem[11'b10011011011] = 16'h0;
    mem[11'b10011011100] = 16'h0;
    mem[11'b10011011101] = 16'h0;
    mem[11'b10011011110] = 16'h0;
    mem[11'b10011011111] = 16'h0;
    mem[11'b10011100000] = 16'h0;
    mem[11'b10011100001] = 16'h0;
    mem[11'b10011100010] = 16'h0;
    mem[11'b10011100011] = 16'h0;
    mem[11'b10011100100] = 16'h0;
    mem[11'b10011100101] = 16'h0;
    mem[11'b10011100110] = 16'h0;
    mem[11'b10011100111] = 16'h0;
    mem[11'b10011101000] = 16'h0;
    mem[11'b10011101001] = 16'h0;
    mem[11'b10011101010] = 16'h0;
    mem[11'b10011101011] = 16'h0;
    mem[11'b10011101100] = 16'h0;
    mem[11'b10011101101] = 16'h0;
    mem[11'b10011101110] = 16'h0;
    mem[11'b10011101111] = 16'h0;
    mem[11'b10011110000] = 16'h0;
    mem[11'b10011110001] = 16'h0;
    mem[11'b10011110010] = 16'h0;
    mem[11'b10011110011] = 16'h0;
    mem[11'b10011110100] = 16'h0;
    mem[11'b10011110101] = 16'h0;
    mem[11'b10011110110] = 16'h0;
    mem[11'b10011110111] = 16'h0;
    mem[11'b10011111000] = 16'h0;
    mem[11'b10011111001] = 16'h0;
    mem[11'b10011111010] = 16'h0;
    mem[11'b10011111011] = 16'h0;
    mem[11'b10011111100] = 16'h0;
    mem[11'b10011111101] = 16'h0;
    mem[11'b10011111110] = 16'h0;
    mem[11'b10011111111] = 16'h0;
    mem[11'b10100000000] = 16'h0;
    mem[11'b10100000001] = 16'h0;
    mem[11'b10100000010] = 16'h0;
    mem[11'b10100000011] = 16'h0;
    mem[11'b10100000100] = 16'h0;
    mem[11'b10100000101] = 16'h0;
    mem[11'b10100000110] = 16'h0;
    mem[11'b10100000111] = 16'h0;
    mem[11'b10100001000] = 16'h0;
    mem[11'b10100001001] = 16'h0;
    mem[11'b10100001010] = 16'h0;
    mem[11'b10100001011] = 16'h0;
    mem[11'b10100001100] = 16'h0;
    mem[11'b10100001101] = 16'h0;
    mem[11'b10100001110] = 16'h0;
    mem[11'b10100001111] = 16'h0;
    mem[11'b10100010000] = 16'h0;
    mem[11'b10100010001] = 16'h0;
    mem[11'b10100010010] = 16'h0;
    mem[11'b10100010011] = 16'h0;
    mem[11'b10100010100] = 16'h0;
    mem[11'b10100010101] = 16'h0;
    mem[11'b10100010110] = 16'h0;
    mem[11'b10100010111] = 16'h0;
    mem[11'b10100011000] = 16'h0;
    mem[11'b10100011001] = 16'h0;
    mem[11'b10100011010] = 16'h0;
    mem[11'b10100011011] = 16'h0;
    mem[11'b10100011100] = 16'h0;
    mem[11'b10100011101] = 16'h0;
    mem[11'b10100011110] = 16'h0;
    mem[11'b10100011111] = 16'h0;
    mem[11'b10100100000] = 16'h0;
    mem[11'b10100100001] = 16'h0;
    mem[11'b10100100010] = 16'h0;
    mem[11'b10100100011] = 16'h0;
    mem[11'b10100100100] = 16'h0;
    mem[11'b10100100101] = 16'h0;
    mem[11'b10100100110] = 16'h0;
    mem[11'b10100100111] = 16'h0;
    mem[11'b10100101000] = 16'h0;
    mem[11'b10100101001] = 16'h0;
    mem[11'b10100101010] = 16'h0;
    mem[11'b10100101011] = 16'h0;
    mem[11'b10100101100] = 16'h0;
    mem[11'b10100101101] = 16'h0;
    mem[11'b10100101110] = 16'h0;
    mem[11'b10100101111] = 16'h0;
    mem[11'b10100110000] = 16'h0;
    mem[11'b10100110001] = 16'h0;
    mem[11'b10100110010] = 16'h0;
    mem[11'b10100110011] = 16'h0;
    mem[11'b10100110100] = 16'h0;
    mem[11'b10100110101] = 16'h0;
    mem[11'b10100110110] = 16'h0;
    mem[11'b10100110111] = 16'h0;
    mem[11'b10100111000] = 16'h0;
    mem[11'b10100111001] = 16'h0;
    mem[11'b10100111010] = 16'h0;
    mem[11'b10100111011] = 16'h0;
    mem[11'b10100111100] = 16'h0;
    mem[11'b10100111101] = 16'h0;
    mem[11'b10100111110] = 16'h0;
    mem[11'b10100111111] = 16'h0;
    mem[11'b10101000000] = 16'h0;
    mem[11'b10101000001] = 16'h0;
    mem[11'b10101000010] = 16'h0;
    mem[11'b10101000011] = 16'h0;
    mem[11'b10101000100] = 16'h0;
    mem[11'b10101000101] = 16'h0;
    mem[11'b10101000110] = 16'h0;
    mem[11'b10101000111] = 16'h0;
    mem[11'b10101001000] = 16'h0;
    mem[11'b10101001001] = 16'h0;
    mem[11'b10101001010] = 16'h0;
    mem[11'b10101001011] = 16'h0;
    mem[11'b10101001100] = 16'h0;
    mem[11'b10101001101] = 16'h0;
    mem[11'b10101001110] = 16'h0;
    mem[11'b10101001111] = 16'h0;
    mem[11'b10101010000] = 16'h0;
    mem[11'b10101010001] = 16'h0;
    mem[11'b10101010010] = 16'h0;
    mem[11'b10101010011] = 16'h0;
    mem[11'b10101010100] = 16'h0;
    mem[11'b10101010101] = 16'h0;
    mem[11'b10101010110] = 16'h0;
    mem[11'b10101010111] = 16'h0;
    mem[11'b10101011000] = 16'h0;
    mem[11'b10101011001] = 16'h0;
    mem[11'b10101011010] = 16'h0;
    mem[11'b10101011011] = 16'h0;
    mem[11'b10101011100] = 16'h0;
    mem[11'b10101011101] = 16'h0;
    mem[11'b10101011110] = 16'h0;
    mem[11'b10101011111] = 16'h0;
    mem[11'b10101100000] = 16'h0;
    mem[11'b10101100001] = 16'h0;
    mem[11'b10101100010] = 16'h0;
    mem[11'b10101100011] = 16'h0;
    mem[11'b10101100100] = 16'h0;
    mem[11'b10101100101] = 16'h0;
    mem[11'b10101100110] = 16'h0;
    mem[11'b10101100111] = 16'h0;
    mem[11'b10101101000] = 16'h0;
    mem[11'b10101101001] = 16'h0;
    mem[11'b10101101010] = 16'h0;
    mem[11'b10101101011] = 16'h0;
    mem[11'b10101101100] = 16'h0;
    mem[11'b10101101101] = 16'h0;
    mem[11'b10101101110] = 16'h0;
    mem[11'b10101101111] = 16'h0;
    mem[11'b10101110000] = 16'h0;
    mem[11'b10101110001] = 16'h0;
    mem[11'b10101110010] = 16'h0;
    mem[11'b10101110011] = 16'h0;
    mem[11'b10101110100] = 16'h0;
    mem[11'b10101110101] = 16'h0;
    mem[11'b10101110110] = 16'h0;
    mem[11'b10101110111] = 16'h0;
    mem[11'b10101111000] = 16'h0;
    mem[11'b10101111001] = 16'h0;
    mem[11'b10101111010] = 16'h0;
    mem[11'b10101111011] = 16'h0;
    mem[11'b10101111100] = 16'h0;
    mem[11'b10101111101] = 16'h0;
    mem[11'b10101111110] = 16'h0;
    mem[11'b10101111111] = 16'h0;
    mem[11'b10110000000] = 16'h0;
    mem[11'b10110000001] = 16'h0;
    mem[11'b10110000010] = 16'h0;
    mem[11'b10110000011] = 16'h0;
    mem[11'b10110000100] = 16'h0;
    mem[11'b10110000101] = 16'h0;
    mem[11'b10110000110] = 16'h0;
    mem[11'b10110000111] = 16'h0;
    mem[11'b10110001000] = 16'h0;
    mem[11'b10110001001] = 16'h0;
    mem[11'b10110001010] = 16'h0;
    mem[11'b10110001011] = 16'h0;
    mem[11'b10110001100] = 16'h0;
    mem[11'b10110001101] = 16'h0;
    mem[11'b10110001110] = 16'h0;
    mem[11'b10110001111] = 16'h0;
    mem[11'b10110010000] = 16'h0;
    mem[11'b10110010001] = 16'h0;
    mem[11'b10110010010] = 16'h0;
    mem[11'b10110010011] = 16'h0;
    mem[11'b10110010100] = 16'h0;
    mem[11'b10110010101] = 16'h0;
    mem[11'b10110010110] = 16'h0;
    mem[11'b10110010111] = 16'h0;
    mem[11'b10110011000] = 16'h0;
    mem[11'b10110011001] = 16'h0;
    mem[11'b10110011010] = 16'h0;
    mem[11'b10110011011] = 16'h0;
    mem[11'b10110011100] = 16'h0;
    mem[11'b10110011101] = 16'h0;
    mem[11'b10110011110] = 16'h0;
    mem[11'b10110011111] = 16'h0;
    mem[11'b10110100000] = 16'h0;
    mem[11'b10110100001] = 16'h0;
    mem[11'b10110100010] = 16'h0;
    mem[11'b10110100011] = 16'h0;
    mem[11'b10110100100] = 16'h0;
    mem[11'b10110100101] = 16'h0;
    mem[11'b10110100110] = 16'h0;
    mem[11'b10110100111] = 16'h0;
    mem[11'b10110101000] = 16'h0;
    mem[11'b10110101001] = 16'h0;
    mem[11'b10110101010] = 16'h0;
    mem[11'b10110101011] = 16'h0;
    mem[11'b10110101100] = 16'h0;
    mem[11'b10110101101] = 16'h0;
    mem[11'b10110101110] = 16'h0;
    mem[11'b10110101111] = 16'h0;
    mem[11'b10110110000] = 16'h0;
    mem[11'b10110110001] = 16'h0;
    mem[11'b10110110010] = 16'h0;
    mem[11'b10110110011] = 16'h0;
    mem[11'b10110110100] = 16'h0;
    mem[11'b10110110101] = 16'h0;
    mem[11'b10110110110] = 16'h0;
    mem[11'b10110110111] = 16'h0;
    mem[11'b10110111000] = 16'h0;
    mem[11'b10110111001] = 16'h0;
    mem[11'b10110111010] = 16'h0;
    mem[11'b10110111011] = 16'h0;
    mem[11'b10110111100] = 16'h0;
    mem[11'b10110111101] = 16'h0;
    mem[11'b10110111110] = 16'h0;
    mem[11'b10110111111] = 16'h0;
    mem[11'b10111000000] = 16'h0;
    mem[11'b10111000001] = 16'h0;
    mem[11'b10111000010] = 16'h0;
    mem[11'b10111000011] = 16'h0;
    mem[11'b10111000100] = 16'h0;
    mem[11'b10111000101] = 16'h0;
    mem[11'b10111000110] = 16'h0;
    mem[11'b10111000111] = 16'h0;
    mem[11'b10111001000] = 16'h0;
    mem[11'b10111001001] = 16'h0;
    mem[11'b10111001010] = 16'h0;
    mem[11'b10111001011] = 16'h0;
    mem[11'b10111001100] = 16'h0;
    mem[11'b10111001101] = 16'h0;
    mem[11'b10111001110] = 16'h0;
    mem[11'b10111001111] = 16'h0;
    mem[11'b10111010000] = 16'h0;
    mem[11'b10111010001] = 16'h0;
    mem[11'b10111010010] = 16'h0;
    mem[11'b10111010011] = 16'h0;
    mem[11'b10111010100] = 16'h0;
    mem[11'b10111010101] = 16'h0;
    mem[11'b10111010110] = 16'h0;
    mem[11'b10111010111] = 16'h0;
    mem[11'b10111011000] = 16'h0;
    mem[11'b10111011001] = 16'h0;
    mem[11'b10111011010] = 16'h0;
    mem[11'b10111011011] = 16'h0;
    mem[11'b10111011100] = 16'h0;
    mem[11'b10111011101] = 16'h0;
    mem[11'b10111011110] = 16'h0;
    mem[11'b10111011111] = 16'h0;
    mem[11'b10111100000] = 16'h0;
    mem[11'b10111100001] = 16'h0;
    mem[11'b10111100010] = 16'h0;
    mem[11'b10111100011] = 16'h0;
    mem[11'b10111100100] = 16'h0;
    mem[11'b10111100101] = 16'h0;
    mem[11'b10111100110] = 16'h0;
    mem[11'b10111100111] = 16'h0;
    mem[11'b10111101000] = 16'h0;
    mem[11'b10111101001] = 16'h0;
    mem[11'b10111101010] = 16'h0;
    mem[11'b10111101011] = 16'h0;
    mem[11'b10111101100] = 16'h0;
    mem[11'b10111101101] = 16'h0;
    mem[11'b10111101110] = 16'h0;
    mem[11'b10111101111] = 16'h0;
    mem[11'b10111110000] = 16'h0;
    mem[11'b10111110001] = 16'h0;
    mem[11'b10111110010] = 16'h0;
    mem[11'b10111110011] = 16'h0;
    mem[11'b10111110100] = 16'h0;
    mem[11'b10111110101] = 16'h0;
    mem[11'b10111110110] = 16'h0;
    mem[11'b10111110111] = 16'h0;
    mem[11'b10111111000] = 16'h0;
    mem[11'b10111111001] = 16'h0;
    mem[11'b10111111010] = 16'h0;
    mem[11'b10111111011] = 16'h0;
    mem[11'b10111111100] = 16'h0;
    mem[11'b10111111101] = 16'h0;
    mem[11'b10111111110] = 16'h0;
    mem[11'b10111111111] = 16'h0;
    mem[11'b11000000000] = 16'h0;
    mem[11'b11000000001] = 16'h0;
    mem[11'b11000000010] = 16'h0;
    mem[11'b11000000011] = 16'h0;
    mem[11'b11000000100] = 16'h0;
    mem[11'b11000000101] = 16'h0;
    mem[11'b11000000110] = 16'h0;
    mem[11'b11000000111] = 16'h0;
    mem[11'b11000001000] = 16'h0;
    mem[11'b11000001001] = 16'h0;
    mem[11'b11000001010] = 16'h0;
    mem[11'b11000001011] = 16'h0;
    mem[11'b11000001100] = 16'h0;
    mem[11'b11000001101] = 16'h0;
    mem[11'b11000001110] = 16'h0;
    mem[11'b11000001111] = 16'h0;
    mem[11'b11000010000] = 16'h0;
    mem[11'b11000010001] = 16'h0;
    mem[11'b11000010010] = 16'h0;
    mem[11'b11000010011] = 16'h0;
    mem[11'b11000010100] = 16'h0;
    mem[11'b11000010101] = 16'h0;
    mem[11'b11000010110] = 16'h0;
    mem[11'b11000010111] = 16'h0;
    mem[11'b11000011000] = 16'h0;
    mem[11'b11000011001] = 16'h0;
    mem[11'b11000011010] = 16'h0;
    mem[11'b11000011011] = 16'h0;
    mem[11'b11000011100] = 16'h0;
    mem[11'b11000011101] = 16'h0;
    mem[11'b11000011110] = 16'h0;
    mem[11'b11000011111] = 16'h0;
    mem[11'b11000100000] = 16'h0;
    mem[11'b11000100001] = 16'h0;
    mem[11'b11000100010] = 16'h0;
    mem[11'b11000100011] = 16'h0;
    mem[11'b11000100100] = 16'h0;
    mem[11'b11000100101] = 16'h0;
    mem[11'b11000100110] = 16'h0;
    mem[11'b11000100111] = 16'h0;
    mem[11'b11000101000] = 16'h0;
    mem[11'b11000101001] = 16'h0;
    mem[11'b11000101010] = 16'h0;
    mem[11'b11000101011] = 16'h0;
    mem[11'b11000101100] = 16'h0;
    mem[11'b11000101101] = 16'h0;
    mem[11'b11000101110] = 16'h0;
    mem[11'b11000101111] = 16'h0;
    mem[11'b11000110000] = 16'h0;
    mem[11'b11000110001] = 16'h0;
    mem[11'b11000110010] = 16'h0;
    mem[11'b11000110011] = 16'h0;
    mem[11'b11000110100] = 16'h0;
    mem[11'b11000110101] = 16'h0;
    mem[11'b11000110110] = 16'h0;
    mem[11'b11000110111] = 16'h0;
    mem[11'b11000111000] = 16'h0;
    mem[11'b11000111001] = 16'h0;
    mem[11'b11000111010] = 16'h0;
    mem[11'b11000111011] = 16'h0;
    mem[11'b11000111100] = 16'h0;
    mem[11'b11000111101] = 16'h0;
    mem[11'b11000111110] = 16'h0;
    mem[11'b11000111111] = 16'h0;
    mem[11'b11001000000] = 16'h0;
    mem[11'b11001000001] = 16'h0;
    mem[11'b11001000010] = 16'h0;
    mem[11'b11001000011] = 16'h0;
    mem[11'b11001000100] = 16'h0;
    mem[11'b11001000101] = 16'h0;
    mem[11'b11001000110] = 16'h0;
    mem[11'b11001000111] = 16'h0;
    mem[11'b11001001000] = 16'h0;
    mem[11'b11001001001] = 16'h0;
    mem[11'b11001001010] = 16'h0;
    mem[11'b11001001011] = 16'h0;
    mem[11'b11001001100] = 16'h0;
    mem[11'b11001001101] = 16'h0;
    mem[11'b11001001110] = 16'h0;
    mem[11'b11001001111] = 16'h0;
    mem[11'b11001010000] = 16'h0;
    mem[11'b11001010001] = 16'h0;
    mem[11'b11001010010] = 16'h0;
    mem[11'b11001010011] = 16'h0;
    mem[11'b11001010100] = 16'h0;
    mem[11'b11001010101] = 16'h0;
    mem[11'b11001010110] = 16'h0;
    mem[11'b11001010111] = 16'h0;
    mem[11'b11001011000] = 16'h0;
    mem[11'b11001011001] = 16'h0;
    mem[11'b11001011010] = 16'h0;
    mem[11'b11001011011] = 16'h0;
    mem[11'b11001011100] = 16'h0;
    mem[11'b11001011101] = 16'h0;
    mem[11'b11001011110] = 16'h0;
    mem[11'b11001011111] = 16'h0;
    mem[11'b11001100000] = 16'h0;
    mem[11'b11001100001] = 16'h0;
    mem[11'b11001100010] = 16'h0;
    mem[11'b11001100011] = 16'h0;
    mem[11'b11001100100] = 16'h0;
    mem[11'b11001100101] = 16'h0;
    mem[11'b11001100110] = 16'h0;
    mem[11'b11001100111] = 16'h0;
    mem[11'b11001101000] = 16'h0;
    mem[11'b11001101001] = 16'h0;
    mem[11'b11001101010] = 16'h0;
    mem[11'b11001101011] = 16'h0;
    mem[11'b11001101100] = 16'h0;
    mem[11'b11001101101] = 16'h0;
    mem[11'b11001101110] = 16'h0;
    mem[11'b11001101111] = 16'h0;
    mem[11'b11001110000] = 16'h0;
    mem[11'b11001110001] = 16'h0;
    mem[11'b11001110010] = 16'h0;
    mem[11'b11001110011] = 16'h0;
    mem[11'b11001110100] = 16'h0;
    mem[11'b11001110101] = 16'h0;
    mem[11'b11001110110] = 16'h0;
    mem[11'b11001110111] = 16'h0;
    mem[11'b11001111000] = 16'h0;
    mem[11'b11001111001] = 16'h0;
    mem[11'b11001111010] = 16'h0;
    mem[11'b11001111011] = 16'h0;
    mem[11'b11001111100] = 16'h0;
    mem[11'b11001111101] = 16'h0;
    mem[11'b11001111110] = 16'h0;
    mem[11'b11001111111] = 16'h0;
    mem[11'b11010000000] = 16'h0;
    mem[11'b11010000001] = 16'h0;
    mem[11'b11010000010] = 16'h0;
    mem[11'b11010000011] = 16'h0;
    mem[11'b11010000100] = 16'h0;
    mem[11'b11010000101] = 16'h0;
    mem[11'b11010000110] = 16'h0;
    mem[11'b11010000111] = 16'h0;
    mem[11'b11010001000] = 16'h0;
    mem[11'b11010001001] = 16'h0;
    mem[11'b11010001010] = 16'h0;
    mem[11'b11010001011] = 16'h0;
    mem[11'b11010001100] = 16'h0;
    mem[11'b11010001101] = 16'h0;
    mem[11'b11010001110] = 16'h0;
    mem[11'b11010001111] = 16'h0;
    mem[11'b11010010000] = 16'h0;
    mem[11'b11010010001] = 16'h0;
    mem[11'b11010010010] = 16'h0;
    mem[11'b11010010011] = 16'h0;
    mem[11'b11010010100] = 16'h0;
    mem[11'b11010010101] = 16'h0;
    mem[11'b11010010110] = 16'h0;
    mem[11'b11010010111] = 16'h0;
    mem[11'b11010011000] = 16'h0;
    mem[11'b11010011001] = 16'h0;
    mem[11'b11010011010] = 16'h0;
    mem[11'b11010011011] = 16'h0;
    mem[11'b11010011100] = 16'h0;
    mem[11'b11010011101] = 16'h0;
    mem[11'b11010011110] = 16'h0;
    mem[11'b11010011111] = 16'h0;
    mem[11'b11010100000] = 16'h0;
    mem[11'b11010100001] = 16'h0;
    mem[11'b11010100010] = 16'h0;
    mem[11'b11010100011] = 16'h0;
    mem[11'b11010100100] = 16'h0;
    mem[11'b11010100101] = 16'h0;
    mem[11'b11010100110] = 16'h0;
    mem[11'b11010100111] = 16'h0;
    mem[11'b11010101000] = 16'h0;
    mem[11'b11010101001] = 16'h0;
    mem[11'b11010101010] = 16'h0;
    mem[11'b11010101011] = 16'h0;
    mem[11'b11010101100] = 16'h0;
    mem[11'b11010101101] = 16'h0;
    mem[11'b11010101110] = 16'h0;
    mem[11'b11010101111] = 16'h0;
    mem[11'b11010110000] = 16'h0;
    mem[11'b11010110001] = 16'h0;
    mem[11'b11010110010] = 16'h0;
    mem[11'b11010110011] = 16'h0;
    mem[11'b11010110100] = 16'h0;
    mem[11'b11010110101] = 16'h0;
    mem[11'b11010110110] = 16'h0;
    mem[11'b11010110111] = 16'h0;
    mem[11'b11010111000] = 16'h0;
    mem[11'b11010111001] = 16'h0;
    mem[11'b11010111010] = 16'h0;
    mem[11'b11010111011] = 16'h0;
    mem[11'b11010111100] = 16'h0;
    mem[11'b11010111101] = 16'h0;
    mem[11'b11010111110] = 16'h0;
    mem[11'b11010111111] = 16'h0;
    mem[11'b11011000000] = 16'h0;
    mem[11'b11011000001] = 16'h0;
    mem[11'b11011000010] = 16'h0;
    mem[11'b11011000011] = 16'h0;
    mem[11'b11011000100] = 16'h0;
    mem[11'b11011000101] = 16'h0;
    mem[11'b11011000110] = 16'h0;
    mem[11'b11011000111] = 16'h0;
    mem[11'b11011001000] = 16'h0;
    mem[11'b11011001001] = 16'h0;
    mem[11'b11011001010] = 16'h0;
    mem[11'b11011001011] = 16'h0;
    mem[11'b11011001100] = 16'h0;
    mem[11'b11011001101] = 16'h0;
    mem[11'b11011001110] = 16'h0;
    mem[11'b11011001111] = 16'h0;
    mem[11'b11011010000] = 16'h0;
    mem[11'b11011010001] = 16'h0;
    mem[11'b11011010010] = 16'h0;
    mem[11'b11011010011] = 16'h0;
    mem[11'b11011010100] = 16'h0;
    mem[11'b11011010101] = 16'h0;
    mem[11'b11011010110] = 16'h0;
    mem[11'b11011010111] = 16'h0;
    mem[11'b11011011000] = 16'h0;
    mem[11'b11011011001] = 16'h0;
    mem[11'b11011011010] = 16'h0;
    mem[11'b11011011011] = 16'h0;
    mem[11'b11011011100] = 16'h0;
    mem[11'b11011011101] = 16'h0;
    mem[11'b11011011110] = 16'h0;
    mem[11'b11011011111] = 16'h0;
    mem[11'b11011100000] = 16'h0;
    mem[11'b11011100001] = 16'h0;
    mem[11'b11011100010] = 16'h0;
    mem[11'b11011100011] = 16'h0;
    mem[11'b11011100100] = 16'h0;
    mem[11'b11011100101] = 16'h0;
    mem[11'b11011100110] = 16'h0;
    mem[11'b11011100111] = 16'h0;
    mem[11'b11011101000] = 16'h0;
    mem[11'b11011101001] = 16'h0;
    mem[11'b11011101010] = 16'h0;
    mem[11'b11011101011] = 16'h0;
    mem[11'b11011101100] = 16'h0;
    mem[11'b11011101101] = 16'h0;
    mem[11'b11011101110] = 16'h0;
    mem[11'b11011101111] = 16'h0;
    mem[11'b11011110000] = 16'h0;
    mem[11'b11011110001] = 16'h0;
    mem[11'b11011110010] = 16'h0;
    mem[11'b11011110011] = 16'h0;
    mem[11'b11011110100] = 16'h0;
    mem[11'b11011110101] = 16'h0;
    mem[11'b11011110110] = 16'h0;
    mem[11'b11011110111] = 16'h0;
    mem[11'b11011111000] = 16'h0;
    mem[11'b11011111001] = 16'h0;
    mem[11'b11011111010] = 16'h0;
    mem[11'b11011111011] = 16'h0;
    mem[11'b11011111100] = 16'h0;
    mem[11'b11011111101] = 16'h0;
    mem[11'b11011111110] = 16'h0;
    mem[11'b11011111111] = 16'h0;
    mem[11'b11100000000] = 16'h0;
    mem[11'b11100000001] = 16'h0;
    mem[11'b11100000010] = 16'h0;
    mem[11'b11100000011] = 16'h0;
    mem[11'b11100000100] = 16'h0;
    mem[11'b11100000101] = 16'h0;
    mem[11'b11100000110] = 16'h0;
    mem[11'b11100000111] = 16'h0;
    mem[11'b11100001000] = 16'h0;
    mem[11'b11100001001] = 16'h0;
    mem[11'b11100001010] = 16'h0;
    mem[11'b11100001011] = 16'h0;
    mem[11'b11100001100] = 16'h0;
    mem[11'b11100001101] = 16'h0;
    mem[11'b11100001110] = 16'h0;
    mem[11'b11100001111] = 16'h0;
    mem[11'b11100010000] = 16'h0;
    mem[11'b11100010001] = 16'h0;
    mem[11'b11100010010] = 16'h0;
    mem[11'b11100010011] = 16'h0;
    mem[11'b11100010100] = 16'h0;
    mem[11'b11100010101] = 16'h0;
    mem[11'b11100010110] = 16'h0;
    mem[11'b11100010111] = 16'h0;
    mem[11'b11100011000] = 16'h0;
    mem[11'b11100011001] = 16'h0;
    mem[11'b11100011010] = 16'h0;
    mem[11'b11100011011] = 16'h0;
    mem[11'b11100011100] = 16'h0;
    mem[11'b11100011101] = 16'h0;
    mem[11'b11100011110] = 16'h0;
    mem[11'b11100011111] = 16'h0;
    mem[11'b11100100000] = 16'h0;
    mem[11'b11100100001] = 16'h0;
    mem[11'b11100100010] = 16'h0;
    mem[11'b11100100011] = 16'h0;
    mem[11'b11100100100] = 16'h0;
    mem[11'b11100100101] = 16'h0;
    mem[11'b11100100110] = 16'h0;
    mem[11'b11100100111] = 16'h0;
    mem[11'b11100101000] = 16'h0;
    mem[11'b11100101001] = 16'h0;
    mem[11'b11100101010] = 16'h0;
    mem[11'b11100101011] = 16'h0;
    mem[11'b11100101100] = 16'h0;
    mem[11'b11100101101] = 16'h0;
    mem[11'b11100101110] = 16'h0;
    mem[11'b11100101111] = 16'h0;
    mem[11'b11100110000] = 16'h0;
    mem[11'b11100110001] = 16'h0;
    mem[11'b11100110010] = 16'h0;
    mem[11'b11100110011] = 16'h0;
    mem[11'b11100110100] = 16'h0;
    mem[11'b11100110101] = 16'h0;
    mem[11'b11100110110] = 16'h0;
    mem[11'b11100110111] = 16'h0;
    mem[11'b11100111000] = 16'h0;
    mem[11'b11100111001] = 16'h0;
    mem[11'b11100111010] = 16'h0;
    mem[11'b11100111011] = 16'h0;
    mem[11'b11100111100] = 16'h0;
    mem[11'b11100111101] = 16'h0;
    mem[11'b11100111110] = 16'h0;
    mem[11'b11100111111] = 16'h0;
    mem[11'b11101000000] = 16'h0;
    mem[11'b11101000001] = 16'h0;
    mem[11'b11101000010] = 16'h0;
    mem[11'b11101000011] = 16'h0;
    mem[11'b11101000100] = 16'h0;
    mem[11'b11101000101] = 16'h0;
    mem[11'b11101000110] = 16'h0;
    mem[11'b11101000111] = 16'h0;
    mem[11'b11101001000] = 16'h0;
    mem[11'b11101001001] = 16'h0;
    mem[11'b11101001010] = 16'h0;
    mem[11'b11101001011] = 16'h0;
    mem[11'b11101001100] = 16'h0;
    mem[11'b11101001101] = 16'h0;
    mem[11'b11101001110] = 16'h0;
    mem[11'b11101001111] = 16'h0;
    mem[11'b11101010000] = 16'h0;
    mem[11'b11101010001] = 16'h0;
    mem[11'b11101010010] = 16'h0;
    mem[11'b11101010011] = 16'h0;
    mem[11'b11101010100] = 16'h0;
    mem[11'b11101010101] = 16'h0;
    mem[11'b11101010110] = 16'h0;
    mem[11'b11101010111] = 16'h0;
    mem[11'b11101011000] = 16'h0;
    mem[11'b11101011001] = 16'h0;
    mem[11'b11101011010] = 16'h0;
    mem[11'b11101011011] = 16'h0;
    mem[11'b11101011100] = 16'h0;
    mem[11'b11101011101] = 16'h0;
    mem[11'b11101011110] = 16'h0;
    mem[11'b11101011111] = 16'h0;
    mem[11'b11101100000] = 16'h0;
    mem[11'b11101100001] = 16'h0;
    mem[11'b11101100010] = 16'h0;
    mem[11'b11101100011] = 16'h0;
    mem[11'b11101100100] = 16'h0;
    mem[11'b11101100101] = 16'h0;
    mem[11'b11101100110] = 16'h0;
    mem[11'b11101100111] = 16'h0;
    mem[11'b11101101000] = 16'h0;
    mem[11'b11101101001] = 16'h0;
    mem[11'b11101101010] = 16'h0;
    mem[11'b11101101011] = 16'h0;
    mem[11'b11101101100] = 16'h0;
    mem[11'b11101101101] = 16'h0;
    mem[11'b11101101110] = 16'h0;
    mem[11'b11101101111] = 16'h0;
    mem[11'b11101110000] = 16'h0;
    mem[11'b11101110001] = 16'h0;
    mem[11'b11101110010] = 16'h0;
    mem[11'b11101110011] = 16'h0;
    mem[11'b11101110100] = 16'h0;
    mem[11'b11101110101] = 16'h0;
    mem[11'b11101110110] = 16'h0;
    mem[11'b11101110111] = 16'h0;
    mem[11'b11101111000] = 16'h0;
    mem[11'b11101111001] = 16'h0;
    mem[11'b11101111010] = 16'h0;
    mem[11'b11101111011] = 16'h0;
    mem[11'b11101111100] = 16'h0;
    mem[11'b11101111101] = 16'h0;
    mem[11'b11101111110] = 16'h0;
    mem[11'b11101111111] = 16'h0;
    mem[11'b11110000000] = 16'h0;
    mem[11'b11110000001] = 16'h0;
    mem[11'b11110000010] = 16'h0;
    mem[11'b11110000011] = 16'h0;
    mem[11'b11110000100] = 16'h0;
    mem[11'b11110000101] = 16'h0;
    mem[11'b11110000110] = 16'h0;
    mem[11'b11110000111] = 16'h0;
    mem[11'b11110001000] = 16'h0;
    mem[11'b11110001001] = 16'h0;
    mem[11'b11110001010] = 16'h0;
    mem[11'b11110001011] = 16'h0;
    mem[11'b11110001100] = 16'h0;
    mem[11'b11110001101] = 16'h0;
    mem[11'b11110001110] = 16'h0;
    mem[11'b11110001111] = 16'h0;
    mem[11'b11110010000] = 16'h0;
    mem[11'b11110010001] = 16'h0;
    mem[11'b11110010010] = 16'h0;
    mem[11'b11110010011] = 16'h0;
    mem[11'b11110010100] = 16'h0;
    mem[11'b11110010101] = 16'h0;
    mem[11'b11110010110] = 16'h0;
    mem[11'b11110010111] = 16'h0;
    mem[11'b11110011000] = 16'h0;
    mem[11'b11110011001] = 16'h0;
    mem[11'b11110011010] = 16'h0;
    mem[11'b11110011011] = 16'h0;
    mem[11'b11110011100] = 16'h0;
    mem[11'b11110011101] = 16'h0;
    mem[11'b11110011110] = 16'h0;
    mem[11'b11110011111] = 16'h0;
    mem[11'b11110100000] = 16'h0;
    mem[11'b11110100001] = 16'h0;
    mem[11'b11110100010] = 16'h0;
    mem[11'b11110100011] = 16'h0;
    mem[11'b11110100100] = 16'h0;
    mem[11'b11110100101] = 16'h0;
    mem[11'b11110100110] = 16'h0;
    mem[11'b11110100111] = 16'h0;
    mem[11'b11110101000] = 16'h0;
    mem[11'b11110101001] = 16'h0;
    mem[11'b11110101010] = 16'h0;
    mem[11'b11110101011] = 16'h0;
    mem[11'b11110101100] = 16'h0;
    mem[11'b11110101101] = 16'h0;
    mem[11'b11110101110] = 16'h0;
    mem[11'b11110101111] = 16'h0;
    mem[11'b11110110000] = 16'h0;
    mem[11'b11110110001] = 16'h0;
    mem[11'b11110110010] = 16'h0;
    mem[11'b11110110011] = 16'h0;
    mem[11'b11110110100] = 16'h0;
    mem[11'b11110110101] = 16'h0;
    mem[11'b11110110110] = 16'h0;
    mem[11'b11110110111] = 16'h0;
    mem[11'b11110111000] = 16'h0;
    mem[11'b11110111001] = 16'h0;
    mem[11'b11110111010] = 16'h0;
    mem[11'b11110111011] = 16'h0;
    mem[11'b11110111100] = 16'h0;
    mem[11'b11110111101] = 16'h0;
    mem[11'b11110111110] = 16'h0;
    mem[11'b11110111111] = 16'h0;
    mem[11'b11111000000] = 16'h0;
    mem[11'b11111000001] = 16'h0;
    mem[11'b11111000010] = 16'h0;
    mem[11'b11111000011] = 16'h0;
    mem[11'b11111000100] = 16'h0;
    mem[11'b11111000101] = 16'h0;
    mem[11'b11111000110] = 16'h0;
    mem[11'b11111000111] = 16'h0;
    mem[11'b11111001000] = 16'h0;
    mem[11'b11111001001] = 16'h0;
    mem[11'b11111001010] = 16'h0;
    mem[11'b11111001011] = 16'h0;
    mem[11'b11111001100] = 16'h0;
    mem[11'b11111001101] = 16'h0;
    mem[11'b11111001110] = 16'h0;
    mem[11'b11111001111] = 16'h0;
    mem[11'b11111010000] = 16'h0;
    mem[11'b11111010001] = 16'h0;
    mem[11'b11111010010] = 16'h0;
    mem[11'b11111010011] = 16'h0;
    mem[11'b11111010100] = 16'h0;
    mem[11'b11111010101] = 16'h0;
    mem[11'b11111010110] = 16'h0;
    mem[11'b11111010111] = 16'h0;
    mem[11'b11111011000] = 16'h0;
    mem[11'b11111011001] = 16'h0;
    mem[11'b11111011010] = 16'h0;
    mem[11'b11111011011] = 16'h0;
    mem[11'b11111011100] = 16'h0;
    mem[11'b11111011101] = 16'h0;
    mem[11'b11111011110] = 16'h0;
    mem[11'b11111011111] = 16'h0;
    mem[11'b11111100000] = 16'h0;
    mem[11'b11111100001] = 16'h0;
    mem[11'b11111100010] = 16'h0;
    mem[11'b11111100011] = 16'h0;
    mem[11'b11111100100] = 16'h0;
    mem[11'b11111100101] = 16'h0;
    mem[11'b11111100110] = 16'h0;
    mem[11'b11111100111] = 16'h0;
    mem[11'b11111101000] = 16'h0;
    mem[11'b11111101001] = 16'h0;
    mem[11'b11111101010] = 16'h0;
    mem[11'b11111101011] = 16'h0;
    mem[11'b11111101100] = 16'h0;
    mem[11'b11111101101] = 16'h0;
    mem[11'b11111101110] = 16'h0;
    mem[11'b11111101111] = 16'h0;
    mem[11'b11111110000] = 16'h0;
    mem[11'b11111110001] = 16'h0;
    mem[11'b11111110010] = 16'h0;
    mem[11'b11111110011] = 16'h0;
    mem[11'b11111110100] = 16'h0;
    mem[11'b11111110101] = 16'h0;
    mem[11'b11111110110] = 16'h0;
    mem[11'b11111110111] = 16'h0;
    mem[11'b11111111000] = 16'h0;
    mem[11'b11111111001] = 16'h0;
    mem[11'b11111111010] = 16'h0;
    mem[11'b11111111011] = 16'h0;
    mem[11'b11111111100] = 16'h0;
    mem[11'b11111111101] = 16'h0;
    mem[11'b11111111110] = 16'h0;
    mem[11'b11111111111] = 16'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // capfuse_ed25519$rfx


module capfuse_ed25519$rfy(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[2047:0];
    
    initial begin
    mem[11'b0] = 16'h0;
    mem[11'b1] = 16'h0;
    mem[11'b10] = 16'h0;
    mem[11'b11] = 16'h0;
    mem[11'b100] = 16'h0;
    mem[11'b101] = 16'h0;
    mem[11'b110] = 16'h0;
    mem[11'b111] = 16'h0;
    mem[11'b1000] = 16'h0;
    mem[11'b1001] = 16'h0;
    mem[11'b1010] = 16'h0;
    mem[11'b1011] = 16'h0;
    mem[11'b1100] = 16'h0;
    mem[11'b1101] = 16'h0;
    mem[11'b1110] = 16'h0;
    mem[11'b1111] = 16'h0;
    mem[11'b10000] = 16'h1;
    mem[11'b10001] = 16'h0;
    mem[11'b10010] = 16'h0;
    mem[11'b10011] = 16'h0;
    mem[11'b10100] = 16'h0;
    mem[11'b10101] = 16'h0;
    mem[11'b10110] = 16'h0;
    mem[11'b10111] = 16'h0;
    mem[11'b11000] = 16'h0;
    mem[11'b11001] = 16'h0;
    mem[11'b11010] = 16'h0;
    mem[11'b11011] = 16'h0;
    mem[11'b11100] = 16'h0;
    mem[11'b11101] = 16'h0;
    mem[11'b11110] = 16'h0;
    mem[11'b11111] = 16'h0;
    mem[11'b100000] = 16'h0;
    mem[11'b100001] = 16'h0;
    mem[11'b100010] = 16'h0;
    mem[11'b100011] = 16'h0;
    mem[11'b100100] = 16'h0;
    mem[11'b100101] = 16'h0;
    mem[11'b100110] = 16'h0;
    mem[11'b100111] = 16'h0;
    mem[11'b101000] = 16'h0;
    mem[11'b101001] = 16'h0;
    mem[11'b101010] = 16'h0;
    mem[11'b101011] = 16'h0;
    mem[11'b101100] = 16'h0;
    mem[11'b101101] = 16'h0;
    mem[11'b101110] = 16'h0;
    mem[11'b101111] = 16'h0;
    mem[11'b110000] = 16'h0;
    mem[11'b110001] = 16'h0;
    mem[11'b110010] = 16'h0;
    mem[11'b110011] = 16'h0;
    mem[11'b110100] = 16'h0;
    mem[11'b110101] = 16'h0;
    mem[11'b110110] = 16'h0;
    mem[11'b110111] = 16'h0;
    mem[11'b111000] = 16'h0;
    mem[11'b111001] = 16'h0;
    mem[11'b111010] = 16'h0;
    mem[11'b111011] = 16'h0;
    mem[11'b111100] = 16'h0;
    mem[11'b111101] = 16'h0;
    mem[11'b111110] = 16'h0;
    mem[11'b111111] = 16'h8000;
    mem[11'b1000000] = 16'h78a3;
    mem[11'b1000001] = 16'h1359;
    mem[11'b1000010] = 16'h4dca;
    mem[11'b1000011] = 16'h75eb;
    mem[11'b1000100] = 16'hd8ab;
    mem[11'b1000101] = 16'h4141;
    mem[11'b1000110] = 16'ha4d;
    mem[11'b1000111] = 16'h70;
    mem[11'b1001000] = 16'he898;
    mem[11'b1001001] = 16'h7779;
    mem[11'b1001010] = 16'h4079;
    mem[11'b1001011] = 16'h8cc7;
    mem[11'b1001100] = 16'hfe73;
    mem[11'b1001101] = 16'h2b6f;
    mem[11'b1001110] = 16'h6cee;
    mem[11'b1001111] = 16'h5203;
    mem[11'b1010000] = 16'hf159;
    mem[11'b1010001] = 16'h26b2;
    mem[11'b1010010] = 16'h9b94;
    mem[11'b1010011] = 16'hebd6;
    mem[11'b1010100] = 16'hb156;
    mem[11'b1010101] = 16'h8283;
    mem[11'b1010110] = 16'h149a;
    mem[11'b1010111] = 16'he0;
    mem[11'b1011000] = 16'hd130;
    mem[11'b1011001] = 16'heef3;
    mem[11'b1011010] = 16'h80f2;
    mem[11'b1011011] = 16'h198e;
    mem[11'b1011100] = 16'hfce7;
    mem[11'b1011101] = 16'h56df;
    mem[11'b1011110] = 16'hd9dc;
    mem[11'b1011111] = 16'h2406;
    mem[11'b1100000] = 16'ha0b0;
    mem[11'b1100001] = 16'h4a0e;
    mem[11'b1100010] = 16'h1b27;
    mem[11'b1100011] = 16'hc4ee;
    mem[11'b1100100] = 16'he478;
    mem[11'b1100101] = 16'had2f;
    mem[11'b1100110] = 16'h1806;
    mem[11'b1100111] = 16'h2f43;
    mem[11'b1101000] = 16'hd7a7;
    mem[11'b1101001] = 16'h3dfb;
    mem[11'b1101010] = 16'h99;
    mem[11'b1101011] = 16'h2b4d;
    mem[11'b1101100] = 16'hdf0b;
    mem[11'b1101101] = 16'h4fc1;
    mem[11'b1101110] = 16'h2480;
    mem[11'b1101111] = 16'h2b83;
    mem[11'b1110000] = 16'hffff;
    mem[11'b1110001] = 16'hffff;
    mem[11'b1110010] = 16'hffff;
    mem[11'b1110011] = 16'hffff;
    mem[11'b1110100] = 16'hffff;
    mem[11'b1110101] = 16'hffff;
    mem[11'b1110110] = 16'hffff;
    mem[11'b1110111] = 16'hffff;
    mem[11'b1111000] = 16'hffff;
    mem[11'b1111001] = 16'hffff;
    mem[11'b1111010] = 16'hffff;
    mem[11'b1111011] = 16'hffff;
    mem[11'b1111100] = 16'hffff;
    mem[11'b1111101] = 16'hffff;
    mem[11'b1111110] = 16'hffff;
    mem[11'b1111111] = 16'h7fff;
    mem[11'b10000000] = 16'hfff8;
    mem[11'b10000001] = 16'hffff;
    mem[11'b10000010] = 16'hffff;
    mem[11'b10000011] = 16'hffff;
    mem[11'b10000100] = 16'hffff;
    mem[11'b10000101] = 16'hffff;
    mem[11'b10000110] = 16'hffff;
    mem[11'b10000111] = 16'hffff;
    mem[11'b10001000] = 16'hffff;
    mem[11'b10001001] = 16'hffff;
    mem[11'b10001010] = 16'hffff;
    mem[11'b10001011] = 16'hffff;
    mem[11'b10001100] = 16'hffff;
    mem[11'b10001101] = 16'hffff;
    mem[11'b10001110] = 16'hffff;
    mem[11'b10001111] = 16'h7fff;
    mem[11'b10010000] = 16'h0;
    mem[11'b10010001] = 16'h0;
    mem[11'b10010010] = 16'h0;
    mem[11'b10010011] = 16'h0;
    mem[11'b10010100] = 16'h0;
    mem[11'b10010101] = 16'h0;
    mem[11'b10010110] = 16'h0;
    mem[11'b10010111] = 16'h0;
    mem[11'b10011000] = 16'h0;
    mem[11'b10011001] = 16'h0;
    mem[11'b10011010] = 16'h0;
    mem[11'b10011011] = 16'h0;
    mem[11'b10011100] = 16'h0;
    mem[11'b10011101] = 16'h0;
    mem[11'b10011110] = 16'h0;
    mem[11'b10011111] = 16'h4000;
    mem[11'b10100000] = 16'hd3ed;
    mem[11'b10100001] = 16'h5cf5;
    mem[11'b10100010] = 16'h631a;
    mem[11'b10100011] = 16'h5812;
    mem[11'b10100100] = 16'h9cd6;
    mem[11'b10100101] = 16'ha2f7;
    mem[11'b10100110] = 16'hf9de;
    mem[11'b10100111] = 16'h14de;
    mem[11'b10101000] = 16'h0;
    mem[11'b10101001] = 16'h0;
    mem[11'b10101010] = 16'h0;
    mem[11'b10101011] = 16'h0;
    mem[11'b10101100] = 16'h0;
    mem[11'b10101101] = 16'h0;
    mem[11'b10101110] = 16'h0;
    mem[11'b10101111] = 16'h1000;
    mem[11'b10110000] = 16'ha7da;
    mem[11'b10110001] = 16'hb9eb;
    mem[11'b10110010] = 16'hc634;
    mem[11'b10110011] = 16'hb024;
    mem[11'b10110100] = 16'h39ac;
    mem[11'b10110101] = 16'h45ef;
    mem[11'b10110110] = 16'hf3bd;
    mem[11'b10110111] = 16'h29bd;
    mem[11'b10111000] = 16'h0;
    mem[11'b10111001] = 16'h0;
    mem[11'b10111010] = 16'h0;
    mem[11'b10111011] = 16'h0;
    mem[11'b10111100] = 16'h0;
    mem[11'b10111101] = 16'h0;
    mem[11'b10111110] = 16'h0;
    mem[11'b10111111] = 16'h2000;
    mem[11'b11000000] = 16'h4fb4;
    mem[11'b11000001] = 16'h73d7;
    mem[11'b11000010] = 16'h8c69;
    mem[11'b11000011] = 16'h6049;
    mem[11'b11000100] = 16'h7359;
    mem[11'b11000101] = 16'h8bde;
    mem[11'b11000110] = 16'he77a;
    mem[11'b11000111] = 16'h537b;
    mem[11'b11001000] = 16'h0;
    mem[11'b11001001] = 16'h0;
    mem[11'b11001010] = 16'h0;
    mem[11'b11001011] = 16'h0;
    mem[11'b11001100] = 16'h0;
    mem[11'b11001101] = 16'h0;
    mem[11'b11001110] = 16'h0;
    mem[11'b11001111] = 16'h4000;
    mem[11'b11010000] = 16'h9f68;
    mem[11'b11010001] = 16'he7ae;
    mem[11'b11010010] = 16'h18d2;
    mem[11'b11010011] = 16'hc093;
    mem[11'b11010100] = 16'he6b2;
    mem[11'b11010101] = 16'h17bc;
    mem[11'b11010110] = 16'hcef5;
    mem[11'b11010111] = 16'ha6f7;
    mem[11'b11011000] = 16'h0;
    mem[11'b11011001] = 16'h0;
    mem[11'b11011010] = 16'h0;
    mem[11'b11011011] = 16'h0;
    mem[11'b11011100] = 16'h0;
    mem[11'b11011101] = 16'h0;
    mem[11'b11011110] = 16'h0;
    mem[11'b11011111] = 16'h8000;
    mem[11'b11100000] = 16'h3ed0;
    mem[11'b11100001] = 16'hcf5d;
    mem[11'b11100010] = 16'h31a5;
    mem[11'b11100011] = 16'h8126;
    mem[11'b11100100] = 16'hcd65;
    mem[11'b11100101] = 16'h2f79;
    mem[11'b11100110] = 16'h9dea;
    mem[11'b11100111] = 16'h4def;
    mem[11'b11101000] = 16'h1;
    mem[11'b11101001] = 16'h0;
    mem[11'b11101010] = 16'h0;
    mem[11'b11101011] = 16'h0;
    mem[11'b11101100] = 16'h0;
    mem[11'b11101101] = 16'h0;
    mem[11'b11101110] = 16'h0;
    mem[11'b11101111] = 16'h0;
    mem[11'b11110000] = 16'h0;
    mem[11'b11110001] = 16'h0;
    mem[11'b11110010] = 16'h0;
    mem[11'b11110011] = 16'h0;
    mem[11'b11110100] = 16'h0;
    mem[11'b11110101] = 16'h0;
    mem[11'b11110110] = 16'h0;
    mem[11'b11110111] = 16'h0;
    mem[11'b11111000] = 16'h7da0;
    mem[11'b11111001] = 16'h9eba;
    mem[11'b11111010] = 16'h634b;
    mem[11'b11111011] = 16'h24c;
    mem[11'b11111100] = 16'h9acb;
    mem[11'b11111101] = 16'h5ef3;
    mem[11'b11111110] = 16'h3bd4;
    mem[11'b11111111] = 16'h9bdf;
    mem[11'b100000000] = 16'h2;
    mem[11'b100000001] = 16'h0;
    mem[11'b100000010] = 16'h0;
    mem[11'b100000011] = 16'h0;
    mem[11'b100000100] = 16'h0;
    mem[11'b100000101] = 16'h0;
    mem[11'b100000110] = 16'h0;
    mem[11'b100000111] = 16'h0;
    mem[11'b100001000] = 16'h2;
    mem[11'b100001001] = 16'h0;
    mem[11'b100001010] = 16'h0;
    mem[11'b100001011] = 16'h0;
    mem[11'b100001100] = 16'h0;
    mem[11'b100001101] = 16'h0;
    mem[11'b100001110] = 16'h0;
    mem[11'b100001111] = 16'h0;
    mem[11'b100010000] = 16'hed00;
    mem[11'b100010001] = 16'hf5d3;
    mem[11'b100010010] = 16'h1a5c;
    mem[11'b100010011] = 16'h1263;
    mem[11'b100010100] = 16'hd658;
    mem[11'b100010101] = 16'hf79c;
    mem[11'b100010110] = 16'hdea2;
    mem[11'b100010111] = 16'hdef9;
    mem[11'b100011000] = 16'h14;
    mem[11'b100011001] = 16'h0;
    mem[11'b100011010] = 16'h0;
    mem[11'b100011011] = 16'h0;
    mem[11'b100011100] = 16'h0;
    mem[11'b100011101] = 16'h0;
    mem[11'b100011110] = 16'h0;
    mem[11'b100011111] = 16'h0;
    mem[11'b100100000] = 16'h10;
    mem[11'b100100001] = 16'h0;
    mem[11'b100100010] = 16'h0;
    mem[11'b100100011] = 16'h0;
    mem[11'b100100100] = 16'h0;
    mem[11'b100100101] = 16'h0;
    mem[11'b100100110] = 16'h0;
    mem[11'b100100111] = 16'h0;
    mem[11'b100101000] = 16'h0;
    mem[11'b100101001] = 16'h0;
    mem[11'b100101010] = 16'h0;
    mem[11'b100101011] = 16'h0;
    mem[11'b100101100] = 16'h0;
    mem[11'b100101101] = 16'h0;
    mem[11'b100101110] = 16'h0;
    mem[11'b100101111] = 16'h0;
    mem[11'b100110000] = 16'hd51a;
    mem[11'b100110001] = 16'h8f25;
    mem[11'b100110010] = 16'h2d60;
    mem[11'b100110011] = 16'hc956;
    mem[11'b100110100] = 16'ha7b2;
    mem[11'b100110101] = 16'h9525;
    mem[11'b100110110] = 16'hc760;
    mem[11'b100110111] = 16'h692c;
    mem[11'b100111000] = 16'hdc5c;
    mem[11'b100111001] = 16'hfdd6;
    mem[11'b100111010] = 16'he231;
    mem[11'b100111011] = 16'hc0a4;
    mem[11'b100111100] = 16'h53fe;
    mem[11'b100111101] = 16'hcd6e;
    mem[11'b100111110] = 16'h36d3;
    mem[11'b100111111] = 16'h2169;
    mem[11'b101000000] = 16'h6658;
    mem[11'b101000001] = 16'h6666;
    mem[11'b101000010] = 16'h6666;
    mem[11'b101000011] = 16'h6666;
    mem[11'b101000100] = 16'h6666;
    mem[11'b101000101] = 16'h6666;
    mem[11'b101000110] = 16'h6666;
    mem[11'b101000111] = 16'h6666;
    mem[11'b101001000] = 16'h6666;
    mem[11'b101001001] = 16'h6666;
    mem[11'b101001010] = 16'h6666;
    mem[11'b101001011] = 16'h6666;
    mem[11'b101001100] = 16'h6666;
    mem[11'b101001101] = 16'h6666;
    mem[11'b101001110] = 16'h6666;
    mem[11'b101001111] = 16'h6666;
    mem[11'b101010000] = 16'hdda3;
    mem[11'b101010001] = 16'ha5b7;
    mem[11'b101010010] = 16'h8ab3;
    mem[11'b101010011] = 16'h6dde;
    mem[11'b101010100] = 16'h52f5;
    mem[11'b101010101] = 16'h7751;
    mem[11'b101010110] = 16'h9f80;
    mem[11'b101010111] = 16'h20f0;
    mem[11'b101011000] = 16'he37d;
    mem[11'b101011001] = 16'h64ab;
    mem[11'b101011010] = 16'h4e8e;
    mem[11'b101011011] = 16'h66ea;
    mem[11'b101011100] = 16'h7665;
    mem[11'b101011101] = 16'hd78b;
    mem[11'b101011110] = 16'h5f0f;
    mem[11'b101011111] = 16'h6787;
    mem[11'b101100000] = 16'h0;
    mem[11'b101100001] = 16'h0;
    mem[11'b101100010] = 16'h0;
    mem[11'b101100011] = 16'h0;
    mem[11'b101100100] = 16'h0;
    mem[11'b101100101] = 16'h0;
    mem[11'b101100110] = 16'h0;
    mem[11'b101100111] = 16'h0;
    mem[11'b101101000] = 16'h0;
    mem[11'b101101001] = 16'h0;
    mem[11'b101101010] = 16'h0;
    mem[11'b101101011] = 16'h0;
    mem[11'b101101100] = 16'h0;
    mem[11'b101101101] = 16'h0;
    mem[11'b101101110] = 16'h0;
    mem[11'b101101111] = 16'h0;
    mem[11'b101110000] = 16'h0;
    mem[11'b101110001] = 16'h0;
    mem[11'b101110010] = 16'h0;
    mem[11'b101110011] = 16'h0;
    mem[11'b101110100] = 16'h0;
    mem[11'b101110101] = 16'h0;
    mem[11'b101110110] = 16'h0;
    mem[11'b101110111] = 16'h0;
    mem[11'b101111000] = 16'h0;
    mem[11'b101111001] = 16'h0;
    mem[11'b101111010] = 16'h0;
    mem[11'b101111011] = 16'h0;
    mem[11'b101111100] = 16'h0;
    mem[11'b101111101] = 16'h0;
    mem[11'b101111110] = 16'h0;
    mem[11'b101111111] = 16'h0;
    mem[11'b110000000] = 16'h1;
    mem[11'b110000001] = 16'h0;
    mem[11'b110000010] = 16'h0;
    mem[11'b110000011] = 16'h0;
    mem[11'b110000100] = 16'h0;
    mem[11'b110000101] = 16'h0;
    mem[11'b110000110] = 16'h0;
    mem[11'b110000111] = 16'h0;
    mem[11'b110001000] = 16'h0;
    mem[11'b110001001] = 16'h0;
    mem[11'b110001010] = 16'h0;
    mem[11'b110001011] = 16'h0;
    mem[11'b110001100] = 16'h0;
    mem[11'b110001101] = 16'h0;
    mem[11'b110001110] = 16'h0;
    mem[11'b110001111] = 16'h0;
    mem[11'b110010000] = 16'h1;
    mem[11'b110010001] = 16'h0;
    mem[11'b110010010] = 16'h0;
    mem[11'b110010011] = 16'h0;
    mem[11'b110010100] = 16'h0;
    mem[11'b110010101] = 16'h0;
    mem[11'b110010110] = 16'h0;
    mem[11'b110010111] = 16'h0;
    mem[11'b110011000] = 16'h0;
    mem[11'b110011001] = 16'h0;
    mem[11'b110011010] = 16'h0;
    mem[11'b110011011] = 16'h0;
    mem[11'b110011100] = 16'h0;
    mem[11'b110011101] = 16'h0;
    mem[11'b110011110] = 16'h0;
    mem[11'b110011111] = 16'h0;
    mem[11'b110100000] = 16'h2;
    mem[11'b110100001] = 16'h0;
    mem[11'b110100010] = 16'h0;
    mem[11'b110100011] = 16'h0;
    mem[11'b110100100] = 16'h0;
    mem[11'b110100101] = 16'h0;
    mem[11'b110100110] = 16'h0;
    mem[11'b110100111] = 16'h0;
    mem[11'b110101000] = 16'h0;
    mem[11'b110101001] = 16'h0;
    mem[11'b110101010] = 16'h0;
    mem[11'b110101011] = 16'h0;
    mem[11'b110101100] = 16'h0;
    mem[11'b110101101] = 16'h0;
    mem[11'b110101110] = 16'h0;
    mem[11'b110101111] = 16'h0;
    mem[11'b110110000] = 16'h0;
    mem[11'b110110001] = 16'h0;
    mem[11'b110110010] = 16'h0;
    mem[11'b110110011] = 16'h0;
    mem[11'b110110100] = 16'h0;
    mem[11'b110110101] = 16'h0;
    mem[11'b110110110] = 16'h0;
    mem[11'b110110111] = 16'h0;
    mem[11'b110111000] = 16'h0;
    mem[11'b110111001] = 16'h0;
    mem[11'b110111010] = 16'h0;
    mem[11'b110111011] = 16'h0;
    mem[11'b110111100] = 16'h0;
    mem[11'b110111101] = 16'h0;
    mem[11'b110111110] = 16'h0;
    mem[11'b110111111] = 16'h0;
    mem[11'b111000000] = 16'h0;
    mem[11'b111000001] = 16'h0;
    mem[11'b111000010] = 16'h0;
    mem[11'b111000011] = 16'h0;
    mem[11'b111000100] = 16'h0;
    mem[11'b111000101] = 16'h0;
    mem[11'b111000110] = 16'h0;
    mem[11'b111000111] = 16'h0;
    mem[11'b111001000] = 16'h0;
    mem[11'b111001001] = 16'h0;
    mem[11'b111001010] = 16'h0;
    mem[11'b111001011] = 16'h0;
    mem[11'b111001100] = 16'h0;
    mem[11'b111001101] = 16'h0;
    mem[11'b111001110] = 16'h0;
    mem[11'b111001111] = 16'h0;
    mem[11'b111010000] = 16'h0;
    mem[11'b111010001] = 16'h0;
    mem[11'b111010010] = 16'h0;
    mem[11'b111010011] = 16'h0;
    mem[11'b111010100] = 16'h0;
    mem[11'b111010101] = 16'h0;
    mem[11'b111010110] = 16'h0;
    mem[11'b111010111] = 16'h0;
    mem[11'b111011000] = 16'h0;
    mem[11'b111011001] = 16'h0;
    mem[11'b111011010] = 16'h0;
    mem[11'b111011011] = 16'h0;
    mem[11'b111011100] = 16'h0;
    mem[11'b111011101] = 16'h0;
    mem[11'b111011110] = 16'h0;
    mem[11'b111011111] = 16'h0;
    mem[11'b111100000] = 16'h0;
    mem[11'b111100001] = 16'h0;
    mem[11'b111100010] = 16'h0;
    mem[11'b111100011] = 16'h0;
    mem[11'b111100100] = 16'h0;
    mem[11'b111100101] = 16'h0;
    mem[11'b111100110] = 16'h0;
    mem[11'b111100111] = 16'h0;
    mem[11'b111101000] = 16'h0;
    mem[11'b111101001] = 16'h0;
    mem[11'b111101010] = 16'h0;
    mem[11'b111101011] = 16'h0;
    mem[11'b111101100] = 16'h0;
    mem[11'b111101101] = 16'h0;
    mem[11'b111101110] = 16'h0;
    mem[11'b111101111] = 16'h0;
    mem[11'b111110000] = 16'h0;
    mem[11'b111110001] = 16'h0;
    mem[11'b111110010] = 16'h0;
    mem[11'b111110011] = 16'h0;
    mem[11'b111110100] = 16'h0;
    mem[11'b111110101] = 16'h0;
    mem[11'b111110110] = 16'h0;
    mem[11'b111110111] = 16'h0;
    mem[11'b111111000] = 16'h0;
    mem[11'b111111001] = 16'h0;
    mem[11'b111111010] = 16'h0;
    mem[11'b111111011] = 16'h0;
    mem[11'b111111100] = 16'h0;
    mem[11'b111111101] = 16'h0;
    mem[11'b111111110] = 16'h0;
    mem[11'b111111111] = 16'h0;
    mem[11'b1000000000] = 16'h3b85;
    mem[11'b1000000001] = 16'hf58c;
    mem[11'b1000000010] = 16'h93c6;
    mem[11'b1000000011] = 16'h2fbc;
    mem[11'b1000000100] = 16'he19;
    mem[11'b1000000101] = 16'hfb8c;
    mem[11'b1000000110] = 16'h2dc6;
    mem[11'b1000000111] = 16'hcf93;
    mem[11'b1000001000] = 16'h42c2;
    mem[11'b1000001001] = 16'h643d;
    mem[11'b1000001010] = 16'h4898;
    mem[11'b1000001011] = 16'h270b;
    mem[11'b1000001100] = 16'hba65;
    mem[11'b1000001101] = 16'h33d4;
    mem[11'b1000001110] = 16'h9d3a;
    mem[11'b1000001111] = 16'h7cf;
    mem[11'b1000010000] = 16'h913e;
    mem[11'b1000010001] = 16'hd740;
    mem[11'b1000010010] = 16'h3905;
    mem[11'b1000010011] = 16'h9d10;
    mem[11'b1000010100] = 16'hbeb3;
    mem[11'b1000010101] = 16'hd140;
    mem[11'b1000010110] = 16'h9f05;
    mem[11'b1000010111] = 16'hfd39;
    mem[11'b1000011000] = 16'h8a09;
    mem[11'b1000011001] = 16'h688f;
    mem[11'b1000011010] = 16'h8434;
    mem[11'b1000011011] = 16'ha5c1;
    mem[11'b1000011100] = 16'h1267;
    mem[11'b1000011101] = 16'h98f8;
    mem[11'b1000011110] = 16'h2f92;
    mem[11'b1000011111] = 16'h44fd;
    mem[11'b1000100000] = 16'h2;
    mem[11'b1000100001] = 16'h0;
    mem[11'b1000100010] = 16'h0;
    mem[11'b1000100011] = 16'h0;
    mem[11'b1000100100] = 16'h0;
    mem[11'b1000100101] = 16'h0;
    mem[11'b1000100110] = 16'h0;
    mem[11'b1000100111] = 16'h0;
    mem[11'b1000101000] = 16'h0;
    mem[11'b1000101001] = 16'h0;
    mem[11'b1000101010] = 16'h0;
    mem[11'b1000101011] = 16'h0;
    mem[11'b1000101100] = 16'h0;
    mem[11'b1000101101] = 16'h0;
    mem[11'b1000101110] = 16'h0;
    mem[11'b1000101111] = 16'h0;
    mem[11'b1000110000] = 16'haa68;
    mem[11'b1000110001] = 16'h877a;
    mem[11'b1000110010] = 16'h1205;
    mem[11'b1000110011] = 16'habc9;
    mem[11'b1000110100] = 16'hc49e;
    mem[11'b1000110101] = 16'hccaa;
    mem[11'b1000110110] = 16'he823;
    mem[11'b1000110111] = 16'h26d9;
    mem[11'b1000111000] = 16'h598c;
    mem[11'b1000111001] = 16'hdd43;
    mem[11'b1000111010] = 16'h7dcb;
    mem[11'b1000111011] = 16'h5a1b;
    mem[11'b1000111100] = 16'h65a8;
    mem[11'b1000111101] = 16'h9f0c;
    mem[11'b1000111110] = 16'h7b68;
    mem[11'b1000111111] = 16'h6f11;
    mem[11'b1001000000] = 16'h0;
    mem[11'b1001000001] = 16'h0;
    mem[11'b1001000010] = 16'h0;
    mem[11'b1001000011] = 16'h0;
    mem[11'b1001000100] = 16'h0;
    mem[11'b1001000101] = 16'h0;
    mem[11'b1001000110] = 16'h0;
    mem[11'b1001000111] = 16'h0;
    mem[11'b1001001000] = 16'h0;
    mem[11'b1001001001] = 16'h0;
    mem[11'b1001001010] = 16'h0;
    mem[11'b1001001011] = 16'h0;
    mem[11'b1001001100] = 16'h0;
    mem[11'b1001001101] = 16'h0;
    mem[11'b1001001110] = 16'h0;
    mem[11'b1001001111] = 16'h0;
    mem[11'b1001010000] = 16'h0;
    mem[11'b1001010001] = 16'h0;
    mem[11'b1001010010] = 16'h0;
    mem[11'b1001010011] = 16'h0;
    mem[11'b1001010100] = 16'h0;
    mem[11'b1001010101] = 16'h0;
    mem[11'b1001010110] = 16'h0;
    mem[11'b1001010111] = 16'h0;
    mem[11'b1001011000] = 16'h0;
    mem[11'b1001011001] = 16'h0;
    mem[11'b1001011010] = 16'h0;
    mem[11'b1001011011] = 16'h0;
    mem[11'b1001011100] = 16'h0;
    mem[11'b1001011101] = 16'h0;
    mem[11'b1001011110] = 16'h0;
    mem[11'b1001011111] = 16'h0;
    mem[11'b1001100000] = 16'h0;
    mem[11'b1001100001] = 16'h0;
    mem[11'b1001100010] = 16'h0;
    mem[11'b1001100011] = 16'h0;
    mem[11'b1001100100] = 16'h0;
    mem[11'b1001100101] = 16'h0;
    mem[11'b1001100110] = 16'h0;
    mem[11'b1001100111] = 16'h0;
    mem[11'b1001101000] = 16'h0;
    mem[11'b1001101001] = 16'h0;
    mem[11'b1001101010] = 16'h0;
    mem[11'b1001101011] = 16'h0;
    mem[11'b1001101100] = 16'h0;
    mem[11'b1001101101] = 16'h0;
    mem[11'b1001101110] = 16'h0;
    mem[11'b1001101111] = 16'h0;
    mem[11'b1001110000] = 16'h0;
    mem[11'b1001110001] = 16'h0;
    mem[11'b1001110010] = 16'h0;
    mem[11'b1001110011] = 16'h0;
    mem[11'b1001110100] = 16'h0;
    mem[11'b1001110101] = 16'h0;
    mem[11'b1001110110] = 16'h0;
    mem[11'b1001110111] = 16'h0;
    mem[11'b1001111000] = 16'h0;
    mem[11'b1001111001] = 16'h0;
    mem[11'b1001111010] = 16'h0;
    mem[11'b1001111011] = 16'h0;
    mem[11'b1001111100] = 16'h0;
    mem[11'b1001111101] = 16'h0;
    mem[11'b1001111110] = 16'h0;
    mem[11'b1001111111] = 16'h0;
    mem[11'b1010000000] = 16'h0;
    mem[11'b1010000001] = 16'h0;
    mem[11'b1010000010] = 16'h0;
    mem[11'b1010000011] = 16'h0;
    mem[11'b1010000100] = 16'h0;
    mem[11'b1010000101] = 16'h0;
    mem[11'b1010000110] = 16'h0;
    mem[11'b1010000111] = 16'h0;
    mem[11'b1010001000] = 16'h0;
    mem[11'b1010001001] = 16'h0;
    mem[11'b1010001010] = 16'h0;
    mem[11'b1010001011] = 16'h0;
    mem[11'b1010001100] = 16'h0;
    mem[11'b1010001101] = 16'h0;
    mem[11'b1010001110] = 16'h0;
    mem[11'b1010001111] = 16'h0;
    mem[11'b1010010000] = 16'h0;
    mem[11'b1010010001] = 16'h0;
    mem[11'b1010010010] = 16'h0;
    mem[11'b1010010011] = 16'h0;
    mem[11'b1010010100] = 16'h0;
    mem[11'b1010010101] = 16'h0;
    mem[11'b1010010110] = 16'h0;
    mem[11'b1010010111] = 16'h0;
    mem[11'b1010011000] = 16'h0;
    mem[11'b1010011001] = 16'h0;
    mem[11'b1010011010] = 16'h0;
    mem[11'b1010011011] = 16'h0;
    mem[11'b1010011100] = 16'h0;
    mem[11'b1010011101] = 16'h0;
    mem[11'b1010011110] = 16'h0;
    mem[11'b1010011111] = 16'h0;
    mem[11'b1010100000] = 16'h0;
    mem[11'b1010100001] = 16'h0;
    mem[11'b1010100010] = 16'h0;
    mem[11'b1010100011] = 16'h0;
    mem[11'b1010100100] = 16'h0;
    mem[11'b1010100101] = 16'h0;
    mem[11'b1010100110] = 16'h0;
    mem[11'b1010100111] = 16'h0;
    mem[11'b1010101000] = 16'h0;
    mem[11'b1010101001] = 16'h0;
    mem[11'b1010101010] = 16'h0;
    mem[11'b1010101011] = 16'h0;
    mem[11'b1010101100] = 16'h0;
    mem[11'b1010101101] = 16'h0;
    mem[11'b1010101110] = 16'h0;
    mem[11'b1010101111] = 16'h0;
    mem[11'b1010110000] = 16'h0;
    mem[11'b1010110001] = 16'h0;
    mem[11'b1010110010] = 16'h0;
    mem[11'b1010110011] = 16'h0;
    mem[11'b1010110100] = 16'h0;
    mem[11'b1010110101] = 16'h0;
    mem[11'b1010110110] = 16'h0;
    mem[11'b1010110111] = 16'h0;
    mem[11'b1010111000] = 16'h0;
    mem[11'b1010111001] = 16'h0;
    mem[11'b1010111010] = 16'h0;
    mem[11'b1010111011] = 16'h0;
    mem[11'b1010111100] = 16'h0;
    mem[11'b1010111101] = 16'h0;
    mem[11'b1010111110] = 16'h0;
    mem[11'b1010111111] = 16'h0;
    mem[11'b1011000000] = 16'h0;
    mem[11'b1011000001] = 16'h0;
    mem[11'b1011000010] = 16'h0;
    mem[11'b1011000011] = 16'h0;
    mem[11'b1011000100] = 16'h0;
    mem[11'b1011000101] = 16'h0;
    mem[11'b1011000110] = 16'h0;
    mem[11'b1011000111] = 16'h0;
    mem[11'b1011001000] = 16'h0;
    mem[11'b1011001001] = 16'h0;
    mem[11'b1011001010] = 16'h0;
    mem[11'b1011001011] = 16'h0;
    mem[11'b1011001100] = 16'h0;
    mem[11'b1011001101] = 16'h0;
    mem[11'b1011001110] = 16'h0;
    mem[11'b1011001111] = 16'h0;
    mem[11'b1011010000] = 16'h0;
    mem[11'b1011010001] = 16'h0;
    mem[11'b1011010010] = 16'h0;
    mem[11'b1011010011] = 16'h0;
    mem[11'b1011010100] = 16'h0;
    mem[11'b1011010101] = 16'h0;
    mem[11'b1011010110] = 16'h0;
    mem[11'b1011010111] = 16'h0;
    mem[11'b1011011000] = 16'h0;
    mem[11'b1011011001] = 16'h0;
    mem[11'b1011011010] = 16'h0;
    mem[11'b1011011011] = 16'h0;
    mem[11'b1011011100] = 16'h0;
    mem[11'b1011011101] = 16'h0;
    mem[11'b1011011110] = 16'h0;
    mem[11'b1011011111] = 16'h0;
    mem[11'b1011100000] = 16'h0;
    mem[11'b1011100001] = 16'h0;
    mem[11'b1011100010] = 16'h0;
    mem[11'b1011100011] = 16'h0;
    mem[11'b1011100100] = 16'h0;
    mem[11'b1011100101] = 16'h0;
    mem[11'b1011100110] = 16'h0;
    mem[11'b1011100111] = 16'h0;
    mem[11'b1011101000] = 16'h0;
    mem[11'b1011101001] = 16'h0;
    mem[11'b1011101010] = 16'h0;
    mem[11'b1011101011] = 16'h0;
    mem[11'b1011101100] = 16'h0;
    mem[11'b1011101101] = 16'h0;
    mem[11'b1011101110] = 16'h0;
    mem[11'b1011101111] = 16'h0;
    mem[11'b1011110000] = 16'h0;
    mem[11'b1011110001] = 16'h0;
    mem[11'b1011110010] = 16'h0;
    mem[11'b1011110011] = 16'h0;
    mem[11'b1011110100] = 16'h0;
    mem[11'b1011110101] = 16'h0;
    mem[11'b1011110110] = 16'h0;
    mem[11'b1011110111] = 16'h0;
    mem[11'b1011111000] = 16'h0;
    mem[11'b1011111001] = 16'h0;
    mem[11'b1011111010] = 16'h0;
    mem[11'b1011111011] = 16'h0;
    mem[11'b1011111100] = 16'h0;
    mem[11'b1011111101] = 16'h0;
    mem[11'b1011111110] = 16'h0;
    mem[11'b1011111111] = 16'h0;
    mem[11'b1100000000] = 16'h0;
    mem[11'b1100000001] = 16'h0;
    mem[11'b1100000010] = 16'h0;
    mem[11'b1100000011] = 16'h0;
    mem[11'b1100000100] = 16'h0;
    mem[11'b1100000101] = 16'h0;
    mem[11'b1100000110] = 16'h0;
    mem[11'b1100000111] = 16'h0;
    mem[11'b1100001000] = 16'h0;
    mem[11'b1100001001] = 16'h0;
    mem[11'b1100001010] = 16'h0;
    mem[11'b1100001011] = 16'h0;
    mem[11'b1100001100] = 16'h0;
    mem[11'b1100001101] = 16'h0;
    mem[11'b1100001110] = 16'h0;
    mem[11'b1100001111] = 16'h0;
    mem[11'b1100010000] = 16'h0;
    mem[11'b1100010001] = 16'h0;
    mem[11'b1100010010] = 16'h0;
    mem[11'b1100010011] = 16'h0;
    mem[11'b1100010100] = 16'h0;
    mem[11'b1100010101] = 16'h0;
    mem[11'b1100010110] = 16'h0;
    mem[11'b1100010111] = 16'h0;
    mem[11'b1100011000] = 16'h0;
    mem[11'b1100011001] = 16'h0;
    mem[11'b1100011010] = 16'h0;
    mem[11'b1100011011] = 16'h0;
    mem[11'b1100011100] = 16'h0;
    mem[11'b1100011101] = 16'h0;
    mem[11'b1100011110] = 16'h0;
    mem[11'b1100011111] = 16'h0;
    mem[11'b1100100000] = 16'h0;
    mem[11'b1100100001] = 16'h0;
    mem[11'b1100100010] = 16'h0;
    mem[11'b1100100011] = 16'h0;
    mem[11'b1100100100] = 16'h0;
    mem[11'b1100100101] = 16'h0;
    mem[11'b1100100110] = 16'h0;
    mem[11'b1100100111] = 16'h0;
    mem[11'b1100101000] = 16'h0;
    mem[11'b1100101001] = 16'h0;
    mem[11'b1100101010] = 16'h0;
    mem[11'b1100101011] = 16'h0;
    mem[11'b1100101100] = 16'h0;
    mem[11'b1100101101] = 16'h0;
    mem[11'b1100101110] = 16'h0;
    mem[11'b1100101111] = 16'h0;
    mem[11'b1100110000] = 16'h0;
    mem[11'b1100110001] = 16'h0;
    mem[11'b1100110010] = 16'h0;
    mem[11'b1100110011] = 16'h0;
    mem[11'b1100110100] = 16'h0;
    mem[11'b1100110101] = 16'h0;
    mem[11'b1100110110] = 16'h0;
    mem[11'b1100110111] = 16'h0;
    mem[11'b1100111000] = 16'h0;
    mem[11'b1100111001] = 16'h0;
    mem[11'b1100111010] = 16'h0;
    mem[11'b1100111011] = 16'h0;
    mem[11'b1100111100] = 16'h0;
    mem[11'b1100111101] = 16'h0;
    mem[11'b1100111110] = 16'h0;
    mem[11'b1100111111] = 16'h0;
    mem[11'b1101000000] = 16'h0;
    mem[11'b1101000001] = 16'h0;
    mem[11'b1101000010] = 16'h0;
    mem[11'b1101000011] = 16'h0;
    mem[11'b1101000100] = 16'h0;
    mem[11'b1101000101] = 16'h0;
    mem[11'b1101000110] = 16'h0;
    mem[11'b1101000111] = 16'h0;
    mem[11'b1101001000] = 16'h0;
    mem[11'b1101001001] = 16'h0;
    mem[11'b1101001010] = 16'h0;
    mem[11'b1101001011] = 16'h0;
    mem[11'b1101001100] = 16'h0;
    mem[11'b1101001101] = 16'h0;
    mem[11'b1101001110] = 16'h0;
    mem[11'b1101001111] = 16'h0;
    mem[11'b1101010000] = 16'h0;
    mem[11'b1101010001] = 16'h0;
    mem[11'b1101010010] = 16'h0;
    mem[11'b1101010011] = 16'h0;
    mem[11'b1101010100] = 16'h0;
    mem[11'b1101010101] = 16'h0;
    mem[11'b1101010110] = 16'h0;
    mem[11'b1101010111] = 16'h0;
    mem[11'b1101011000] = 16'h0;
    mem[11'b1101011001] = 16'h0;
    mem[11'b1101011010] = 16'h0;
    mem[11'b1101011011] = 16'h0;
    mem[11'b1101011100] = 16'h0;
    mem[11'b1101011101] = 16'h0;
    mem[11'b1101011110] = 16'h0;
    mem[11'b1101011111] = 16'h0;
    mem[11'b1101100000] = 16'h0;
    mem[11'b1101100001] = 16'h0;
    mem[11'b1101100010] = 16'h0;
    mem[11'b1101100011] = 16'h0;
    mem[11'b1101100100] = 16'h0;
    mem[11'b1101100101] = 16'h0;
    mem[11'b1101100110] = 16'h0;
    mem[11'b1101100111] = 16'h0;
    mem[11'b1101101000] = 16'h0;
    mem[11'b1101101001] = 16'h0;
    mem[11'b1101101010] = 16'h0;
    mem[11'b1101101011] = 16'h0;
    mem[11'b1101101100] = 16'h0;
    mem[11'b1101101101] = 16'h0;
    mem[11'b1101101110] = 16'h0;
    mem[11'b1101101111] = 16'h0;
    mem[11'b1101110000] = 16'h0;
    mem[11'b1101110001] = 16'h0;
    mem[11'b1101110010] = 16'h0;
    mem[11'b1101110011] = 16'h0;
    mem[11'b1101110100] = 16'h0;
    mem[11'b1101110101] = 16'h0;
    mem[11'b1101110110] = 16'h0;
    mem[11'b1101110111] = 16'h0;
    mem[11'b1101111000] = 16'h0;
    mem[11'b1101111001] = 16'h0;
    mem[11'b1101111010] = 16'h0;
    mem[11'b1101111011] = 16'h0;
    mem[11'b1101111100] = 16'h0;
    mem[11'b1101111101] = 16'h0;
    mem[11'b1101111110] = 16'h0;
    mem[11'b1101111111] = 16'h0;
    mem[11'b1110000000] = 16'h0;
    mem[11'b1110000001] = 16'h0;
    mem[11'b1110000010] = 16'h0;
    mem[11'b1110000011] = 16'h0;
    mem[11'b1110000100] = 16'h0;
    mem[11'b1110000101] = 16'h0;
    mem[11'b1110000110] = 16'h0;
    mem[11'b1110000111] = 16'h0;
    mem[11'b1110001000] = 16'h0;
    mem[11'b1110001001] = 16'h0;
    mem[11'b1110001010] = 16'h0;
    mem[11'b1110001011] = 16'h0;
    mem[11'b1110001100] = 16'h0;
    mem[11'b1110001101] = 16'h0;
    mem[11'b1110001110] = 16'h0;
    mem[11'b1110001111] = 16'h0;
    mem[11'b1110010000] = 16'h0;
    mem[11'b1110010001] = 16'h0;
    mem[11'b1110010010] = 16'h0;
    mem[11'b1110010011] = 16'h0;
    mem[11'b1110010100] = 16'h0;
    mem[11'b1110010101] = 16'h0;
    mem[11'b1110010110] = 16'h0;
    mem[11'b1110010111] = 16'h0;
    mem[11'b1110011000] = 16'h0;
    mem[11'b1110011001] = 16'h0;
    mem[11'b1110011010] = 16'h0;
    mem[11'b1110011011] = 16'h0;
    mem[11'b1110011100] = 16'h0;
    mem[11'b1110011101] = 16'h0;
    mem[11'b1110011110] = 16'h0;
    mem[11'b1110011111] = 16'h0;
    mem[11'b1110100000] = 16'h0;
    mem[11'b1110100001] = 16'h0;
    mem[11'b1110100010] = 16'h0;
    mem[11'b1110100011] = 16'h0;
    mem[11'b1110100100] = 16'h0;
    mem[11'b1110100101] = 16'h0;
    mem[11'b1110100110] = 16'h0;
    mem[11'b1110100111] = 16'h0;
    mem[11'b1110101000] = 16'h0;
    mem[11'b1110101001] = 16'h0;
    mem[11'b1110101010] = 16'h0;
    mem[11'b1110101011] = 16'h0;
    mem[11'b1110101100] = 16'h0;
    mem[11'b1110101101] = 16'h0;
    mem[11'b1110101110] = 16'h0;
    mem[11'b1110101111] = 16'h0;
    mem[11'b1110110000] = 16'h0;
    mem[11'b1110110001] = 16'h0;
    mem[11'b1110110010] = 16'h0;
    mem[11'b1110110011] = 16'h0;
    mem[11'b1110110100] = 16'h0;
    mem[11'b1110110101] = 16'h0;
    mem[11'b1110110110] = 16'h0;
    mem[11'b1110110111] = 16'h0;
    mem[11'b1110111000] = 16'h0;
    mem[11'b1110111001] = 16'h0;
    mem[11'b1110111010] = 16'h0;
    mem[11'b1110111011] = 16'h0;
    mem[11'b1110111100] = 16'h0;
    mem[11'b1110111101] = 16'h0;
    mem[11'b1110111110] = 16'h0;
    mem[11'b1110111111] = 16'h0;
    mem[11'b1111000000] = 16'h0;
    mem[11'b1111000001] = 16'h0;
    mem[11'b1111000010] = 16'h0;
    mem[11'b1111000011] = 16'h0;
    mem[11'b1111000100] = 16'h0;
    mem[11'b1111000101] = 16'h0;
    mem[11'b1111000110] = 16'h0;
    mem[11'b1111000111] = 16'h0;
    mem[11'b1111001000] = 16'h0;
    mem[11'b1111001001] = 16'h0;
    mem[11'b1111001010] = 16'h0;
    mem[11'b1111001011] = 16'h0;
    mem[11'b1111001100] = 16'h0;
    mem[11'b1111001101] = 16'h0;
    mem[11'b1111001110] = 16'h0;
    mem[11'b1111001111] = 16'h0;
    mem[11'b1111010000] = 16'h0;
    mem[11'b1111010001] = 16'h0;
    mem[11'b1111010010] = 16'h0;
    mem[11'b1111010011] = 16'h0;
    mem[11'b1111010100] = 16'h0;
    mem[11'b1111010101] = 16'h0;
    mem[11'b1111010110] = 16'h0;
    mem[11'b1111010111] = 16'h0;
    mem[11'b1111011000] = 16'h0;
    mem[11'b1111011001] = 16'h0;
    mem[11'b1111011010] = 16'h0;
    mem[11'b1111011011] = 16'h0;
    mem[11'b1111011100] = 16'h0;
    mem[11'b1111011101] = 16'h0;
    mem[11'b1111011110] = 16'h0;
    mem[11'b1111011111] = 16'h0;
    mem[11'b1111100000] = 16'h0;
    mem[11'b1111100001] = 16'h0;
    mem[11'b1111100010] = 16'h0;
    mem[11'b1111100011] = 16'h0;
    mem[11'b1111100100] = 16'h0;
    mem[11'b1111100101] = 16'h0;
    mem[11'b1111100110] = 16'h0;
    mem[11'b1111100111] = 16'h0;
    mem[11'b1111101000] = 16'h0;
    mem[11'b1111101001] = 16'h0;
    mem[11'b1111101010] = 16'h0;
    mem[11'b1111101011] = 16'h0;
    mem[11'b1111101100] = 16'h0;
    mem[11'b1111101101] = 16'h0;
    mem[11'b1111101110] = 16'h0;
    mem[11'b1111101111] = 16'h0;
    mem[11'b1111110000] = 16'h0;
    mem[11'b1111110001] = 16'h0;
    mem[11'b1111110010] = 16'h0;
    mem[11'b1111110011] = 16'h0;
    mem[11'b1111110100] = 16'h0;
    mem[11'b1111110101] = 16'h0;
    mem[11'b1111110110] = 16'h0;
    mem[11'b1111110111] = 16'h0;
    mem[11'b1111111000] = 16'h0;
    mem[11'b1111111001] = 16'h0;
    mem[11'b1111111010] = 16'h0;
    mem[11'b1111111011] = 16'h0;
    mem[11'b1111111100] = 16'h0;
    mem[11'b1111111101] = 16'h0;
    mem[11'b1111111110] = 16'h0;
    mem[11'b1111111111] = 16'h0;
    mem[11'b10000000000] = 16'h0;
    mem[11'b10000000001] = 16'h0;
    mem[11'b10000000010] = 16'h0;
    mem[11'b10000000011] = 16'h0;
    mem[11'b10000000100] = 16'h0;
    mem[11'b10000000101] = 16'h0;
    mem[11'b10000000110] = 16'h0;
    mem[11'b10000000111] = 16'h0;
    mem[11'b10000001000] = 16'h0;
    mem[11'b10000001001] = 16'h0;
    mem[11'b10000001010] = 16'h0;
    mem[11'b10000001011] = 16'h0;
    mem[11'b10000001100] = 16'h0;
    mem[11'b10000001101] = 16'h0;
    mem[11'b10000001110] = 16'h0;
    mem[11'b10000001111] = 16'h0;
    mem[11'b10000010000] = 16'h0;
    mem[11'b10000010001] = 16'h0;
    mem[11'b10000010010] = 16'h0;
    mem[11'b10000010011] = 16'h0;
    mem[11'b10000010100] = 16'h0;
    mem[11'b10000010101] = 16'h0;
    mem[11'b10000010110] = 16'h0;
    mem[11'b10000010111] = 16'h0;
    mem[11'b10000011000] = 16'h0;
    mem[11'b10000011001] = 16'h0;
    mem[11'b10000011010] = 16'h0;
    mem[11'b10000011011] = 16'h0;
    mem[11'b10000011100] = 16'h0;
    mem[11'b10000011101] = 16'h0;
    mem[11'b10000011110] = 16'h0;
    mem[11'b10000011111] = 16'h0;
    mem[11'b10000100000] = 16'h0;
    mem[11'b10000100001] = 16'h0;
    mem[11'b10000100010] = 16'h0;
    mem[11'b10000100011] = 16'h0;
    mem[11'b10000100100] = 16'h0;
    mem[11'b10000100101] = 16'h0;
    mem[11'b10000100110] = 16'h0;
    mem[11'b10000100111] = 16'h0;
    mem[11'b10000101000] = 16'h0;
    mem[11'b10000101001] = 16'h0;
    mem[11'b10000101010] = 16'h0;
    mem[11'b10000101011] = 16'h0;
    mem[11'b10000101100] = 16'h0;
    mem[11'b10000101101] = 16'h0;
    mem[11'b10000101110] = 16'h0;
    mem[11'b10000101111] = 16'h0;
    mem[11'b10000110000] = 16'h0;
    mem[11'b10000110001] = 16'h0;
    mem[11'b10000110010] = 16'h0;
    mem[11'b10000110011] = 16'h0;
    mem[11'b10000110100] = 16'h0;
    mem[11'b10000110101] = 16'h0;
    mem[11'b10000110110] = 16'h0;
    mem[11'b10000110111] = 16'h0;
    mem[11'b10000111000] = 16'h0;
    mem[11'b10000111001] = 16'h0;
    mem[11'b10000111010] = 16'h0;
    mem[11'b10000111011] = 16'h0;
    mem[11'b10000111100] = 16'h0;
    mem[11'b10000111101] = 16'h0;
    mem[11'b10000111110] = 16'h0;
    mem[11'b10000111111] = 16'h0;
    mem[11'b10001000000] = 16'h0;
    mem[11'b10001000001] = 16'h0;
    mem[11'b10001000010] = 16'h0;
    mem[11'b10001000011] = 16'h0;
    mem[11'b10001000100] = 16'h0;
    mem[11'b10001000101] = 16'h0;
    mem[11'b10001000110] = 16'h0;
    mem[11'b10001000111] = 16'h0;
    mem[11'b10001001000] = 16'h0;
    mem[11'b10001001001] = 16'h0;
    mem[11'b10001001010] = 16'h0;
    mem[11'b10001001011] = 16'h0;
    mem[11'b10001001100] = 16'h0;
    mem[11'b10001001101] = 16'h0;
    mem[11'b10001001110] = 16'h0;
    mem[11'b10001001111] = 16'h0;
    mem[11'b10001010000] = 16'h0;
    mem[11'b10001010001] = 16'h0;
    mem[11'b10001010010] = 16'h0;
    mem[11'b10001010011] = 16'h0;
    mem[11'b10001010100] = 16'h0;
    mem[11'b10001010101] = 16'h0;
    mem[11'b10001010110] = 16'h0;
    mem[11'b10001010111] = 16'h0;
    mem[11'b10001011000] = 16'h0;
    mem[11'b10001011001] = 16'h0;
    mem[11'b10001011010] = 16'h0;
    mem[11'b10001011011] = 16'h0;
    mem[11'b10001011100] = 16'h0;
    mem[11'b10001011101] = 16'h0;
    mem[11'b10001011110] = 16'h0;
    mem[11'b10001011111] = 16'h0;
    mem[11'b10001100000] = 16'h0;
    mem[11'b10001100001] = 16'h0;
    mem[11'b10001100010] = 16'h0;
    mem[11'b10001100011] = 16'h0;
    mem[11'b10001100100] = 16'h0;
    mem[11'b10001100101] = 16'h0;
    mem[11'b10001100110] = 16'h0;
    mem[11'b10001100111] = 16'h0;
    mem[11'b10001101000] = 16'h0;
    mem[11'b10001101001] = 16'h0;
    mem[11'b10001101010] = 16'h0;
    mem[11'b10001101011] = 16'h0;
    mem[11'b10001101100] = 16'h0;
    mem[11'b10001101101] = 16'h0;
    mem[11'b10001101110] = 16'h0;
    mem[11'b10001101111] = 16'h0;
    mem[11'b10001110000] = 16'h0;
    mem[11'b10001110001] = 16'h0;
    mem[11'b10001110010] = 16'h0;
    mem[11'b10001110011] = 16'h0;
    mem[11'b10001110100] = 16'h0;
    mem[11'b10001110101] = 16'h0;
    mem[11'b10001110110] = 16'h0;
    mem[11'b10001110111] = 16'h0;
    mem[11'b10001111000] = 16'h0;
    mem[11'b10001111001] = 16'h0;
    mem[11'b10001111010] = 16'h0;
    mem[11'b10001111011] = 16'h0;
    mem[11'b10001111100] = 16'h0;
    mem[11'b10001111101] = 16'h0;
    mem[11'b10001111110] = 16'h0;
    mem[11'b10001111111] = 16'h0;
    mem[11'b10010000000] = 16'h0;
    mem[11'b10010000001] = 16'h0;
    mem[11'b10010000010] = 16'h0;
    mem[11'b10010000011] = 16'h0;
    mem[11'b10010000100] = 16'h0;
    mem[11'b10010000101] = 16'h0;
    mem[11'b10010000110] = 16'h0;
    mem[11'b10010000111] = 16'h0;
    mem[11'b10010001000] = 16'h0;
    mem[11'b10010001001] = 16'h0;
    mem[11'b10010001010] = 16'h0;
    mem[11'b10010001011] = 16'h0;
    mem[11'b10010001100] = 16'h0;
    mem[11'b10010001101] = 16'h0;
    mem[11'b10010001110] = 16'h0;
    mem[11'b10010001111] = 16'h0;
    mem[11'b10010010000] = 16'h0;
    mem[11'b10010010001] = 16'h0;
    mem[11'b10010010010] = 16'h0;
    mem[11'b10010010011] = 16'h0;
    mem[11'b10010010100] = 16'h0;
    mem[11'b10010010101] = 16'h0;
    mem[11'b10010010110] = 16'h0;
    mem[11'b10010010111] = 16'h0;
    mem[11'b10010011000] = 16'h0;
    mem[11'b10010011001] = 16'h0;
    mem[11'b10010011010] = 16'h0;
    mem[11'b10010011011] = 16'h0;
    mem[11'b10010011100] = 16'h0;
    mem[11'b10010011101] = 16'h0;
    mem[11'b10010011110] = 16'h0;
    mem[11'b10010011111] = 16'h0;
    mem[11'b10010100000] = 16'h0;
    mem[11'b10010100001] = 16'h0;
    mem[11'b10010100010] = 16'h0;
    mem[11'b10010100011] = 16'h0;
    mem[11'b10010100100] = 16'h0;
    mem[11'b10010100101] = 16'h0;
    mem[11'b10010100110] = 16'h0;
    mem[11'b10010100111] = 16'h0;
    mem[11'b10010101000] = 16'h0;
    mem[11'b10010101001] = 16'h0;
    mem[11'b10010101010] = 16'h0;
    mem[11'b10010101011] = 16'h0;
    mem[11'b10010101100] = 16'h0;
    mem[11'b10010101101] = 16'h0;
    mem[11'b10010101110] = 16'h0;
    mem[11'b10010101111] = 16'h0;
    mem[11'b10010110000] = 16'h0;
    mem[11'b10010110001] = 16'h0;
    mem[11'b10010110010] = 16'h0;
    mem[11'b10010110011] = 16'h0;
    mem[11'b10010110100] = 16'h0;
    mem[11'b10010110101] = 16'h0;
    mem[11'b10010110110] = 16'h0;
    mem[11'b10010110111] = 16'h0;
    mem[11'b10010111000] = 16'h0;
    mem[11'b10010111001] = 16'h0;
    mem[11'b10010111010] = 16'h0;
    mem[11'b10010111011] = 16'h0;
    mem[11'b10010111100] = 16'h0;
    mem[11'b10010111101] = 16'h0;
    mem[11'b10010111110] = 16'h0;
    mem[11'b10010111111] = 16'h0;
    mem[11'b10011000000] = 16'h0;
    mem[11'b10011000001] = 16'h0;
    mem[11'b10011000010] = 16'h0;
    mem[11'b10011000011] = 16'h0;
    mem[11'b10011000100] = 16'h0;
    mem[11'b10011000101] = 16'h0;
    mem[11'b10011000110] = 16'h0;
    mem[11'b10011000111] = 16'h0;
    mem[11'b10011001000] = 16'h0;
    mem[11'b10011001001] = 16'h0;
    mem[11'b10011001010] = 16'h0;
    mem[11'b10011001011] = 16'h0;
    mem[11'b10011001100] = 16'h0;
    mem[11'b10011001101] = 16'h0;
    mem[11'b10011001110] = 16'h0;
    mem[11'b10011001111] = 16'h0;
    mem[11'b10011010000] = 16'h0;
    mem[11'b10011010001] = 16'h0;
    mem[11'b10011010010] = 16'h0;
    mem[11'b10011010011] = 16'h0;
    mem[11'b10011010100] = 16'h0;
    mem[11'b10011010101] = 16'h0;
    mem[11'b10011010110] = 16'h0;
    mem[11'b10011010111] = 16'h0;
    mem[11'b10011011000] = 16'h0;
    mem[11'b10011011001] = 16'h0;
    mem[11'b10011011010] = 16'h0;
    mem[11'b10011011011] = 16'h0;
    mem[11'b10011011100] = 16'h0;
    mem[11'b10011011101] = 16'h0;
    mem[11'b10011011110] = 16'h0;
    mem[11'b10011011111] = 16'h0;
    mem[11'b10011100000] = 16'h0;
    mem[11'b10011100001] = 16'h0;
    mem[11'b10011100010] = 16'h0;
    mem[11'b10011100011] = 16'h0;
    mem[11'b10011100100] = 16'h0;
    mem[11'b10011100101] = 16'h0;
    mem[11'b10011100110] = 16'h0;
    mem[11'b10011100111] = 16'h0;
    mem[11'b10011101000] = 16'h0;
    mem[11'b10011101001] = 16'h0;
    mem[11'b10011101010] = 16'h0;
    mem[11'b10011101011] = 16'h0;
    mem[11'b10011101100] = 16'h0;
    mem[11'b10011101101] = 16'h0;
    mem[11'b10011101110] = 16'h0;
    mem[11'b10011101111] = 16'h0;
    mem[11'b10011110000] = 16'h0;
    mem[11'b10011110001] = 16'h0;
    mem[11'b10011110010] = 16'h0;
    mem[11'b10011110011] = 16'h0;
    mem[11'b10011110100] = 16'h0;
    mem[11'b10011110101] = 16'h0;
    mem[11'b10011110110] = 16'h0;
    mem[11'b10011110111] = 16'h0;
    mem[11'b10011111000] = 16'h0;
    mem[11'b10011111001] = 16'h0;
    mem[11'b10011111010] = 16'h0;
    mem[11'b10011111011] = 16'h0;
    mem[11'b10011111100] = 16'h0;
    mem[11'b10011111101] = 16'h0;
    mem[11'b10011111110] = 16'h0;
    mem[11'b10011111111] = 16'h0;
    mem[11'b10100000000] = 16'h0;
    mem[11'b10100000001] = 16'h0;
    mem[11'b10100000010] = 16'h0;
    mem[11'b10100000011] = 16'h0;
    mem[11'b10100000100] = 16'h0;
    mem[11'b10100000101] = 16'h0;
    mem[11'b10100000110] = 16'h0;
    mem[11'b10100000111] = 16'h0;
    mem[11'b10100001000] = 16'h0;
    mem[11'b10100001001] = 16'h0;
    mem[11'b10100001010] = 16'h0;
    mem[11'b10100001011] = 16'h0;
    mem[11'b10100001100] = 16'h0;
    mem[11'b10100001101] = 16'h0;
    mem[11'b10100001110] = 16'h0;
    mem[11'b10100001111] = 16'h0;
    mem[11'b10100010000] = 16'h0;
    mem[11'b10100010001] = 16'h0;
    mem[11'b10100010010] = 16'h0;
    mem[11'b10100010011] = 16'h0;
    mem[11'b10100010100] = 16'h0;
    mem[11'b10100010101] = 16'h0;
    mem[11'b10100010110] = 16'h0;
    mem[11'b10100010111] = 16'h0;
    mem[11'b10100011000] = 16'h0;
    mem[11'b10100011001] = 16'h0;
    mem[11'b10100011010] = 16'h0;
    mem[11'b10100011011] = 16'h0;
    mem[11'b10100011100] = 16'h0;
    mem[11'b10100011101] = 16'h0;
    mem[11'b10100011110] = 16'h0;
    mem[11'b10100011111] = 16'h0;
    mem[11'b10100100000] = 16'h0;
    mem[11'b10100100001] = 16'h0;
    mem[11'b10100100010] = 16'h0;
    mem[11'b10100100011] = 16'h0;
    mem[11'b10100100100] = 16'h0;
    mem[11'b10100100101] = 16'h0;
    mem[11'b10100100110] = 16'h0;
    mem[11'b10100100111] = 16'h0;
    mem[11'b10100101000] = 16'h0;
    mem[11'b10100101001] = 16'h0;
    mem[11'b10100101010] = 16'h0;
    mem[11'b10100101011] = 16'h0;
    mem[11'b10100101100] = 16'h0;
    mem[11'b10100101101] = 16'h0;
    mem[11'b10100101110] = 16'h0;
    mem[11'b10100101111] = 16'h0;
    mem[11'b10100110000] = 16'h0;
    mem[11'b10100110001] = 16'h0;
    mem[11'b10100110010] = 16'h0;
    mem[11'b10100110011] = 16'h0;
    mem[11'b10100110100] = 16'h0;
    mem[11'b10100110101] = 16'h0;
    mem[11'b10100110110] = 16'h0;
    mem[11'b10100110111] = 16'h0;
    mem[11'b10100111000] = 16'h0;
    mem[11'b10100111001] = 16'h0;
    mem[11'b10100111010] = 16'h0;
    mem[11'b10100111011] = 16'h0;
    mem[11'b10100111100] = 16'h0;
    mem[11'b10100111101] = 16'h0;
    mem[11'b10100111110] = 16'h0;
    mem[11'b10100111111] = 16'h0;
    mem[11'b10101000000] = 16'h0;
    mem[11'b10101000001] = 16'h0;
    mem[11'b10101000010] = 16'h0;
    mem[11'b10101000011] = 16'h0;
    mem[11'b10101000100] = 16'h0;
    mem[11'b10101000101] = 16'h0;
    mem[11'b10101000110] = 16'h0;
    mem[11'b10101000111] = 16'h0;
    mem[11'b10101001000] = 16'h0;
    mem[11'b10101001001] = 16'h0;
    mem[11'b10101001010] = 16'h0;
    mem[11'b10101001011] = 16'h0;
    mem[11'b10101001100] = 16'h0;
    mem[11'b10101001101] = 16'h0;
    mem[11'b10101001110] = 16'h0;
    mem[11'b10101001111] = 16'h0;
    mem[11'b10101010000] = 16'h0;
    mem[11'b10101010001] = 16'h0;
    mem[11'b10101010010] = 16'h0;
    mem[11'b10101010011] = 16'h0;
    mem[11'b10101010100] = 16'h0;
    mem[11'b10101010101] = 16'h0;
    mem[11'b10101010110] = 16'h0;
    mem[11'b10101010111] = 16'h0;
    mem[11'b10101011000] = 16'h0;
    mem[11'b10101011001] = 16'h0;
    mem[11'b10101011010] = 16'h0;
    mem[11'b10101011011] = 16'h0;
    mem[11'b10101011100] = 16'h0;
    mem[11'b10101011101] = 16'h0;
    mem[11'b10101011110] = 16'h0;
    mem[11'b10101011111] = 16'h0;
    mem[11'b10101100000] = 16'h0;
    mem[11'b10101100001] = 16'h0;
    mem[11'b10101100010] = 16'h0;
    mem[11'b10101100011] = 16'h0;
    mem[11'b10101100100] = 16'h0;
    mem[11'b10101100101] = 16'h0;
    mem[11'b10101100110] = 16'h0;
    mem[11'b10101100111] = 16'h0;
    mem[11'b10101101000] = 16'h0;
    mem[11'b10101101001] = 16'h0;
    mem[11'b10101101010] = 16'h0;
    mem[11'b10101101011] = 16'h0;
    mem[11'b10101101100] = 16'h0;
    mem[11'b10101101101] = 16'h0;
    mem[11'b10101101110] = 16'h0;
    mem[11'b10101101111] = 16'h0;
    mem[11'b10101110000] = 16'h0;
    mem[11'b10101110001] = 16'h0;
    mem[11'b10101110010] = 16'h0;
    mem[11'b10101110011] = 16'h0;
    mem[11'b10101110100] = 16'h0;
    mem[11'b10101110101] = 16'h0;
    mem[11'b10101110110] = 16'h0;
    mem[11'b10101110111] = 16'h0;
    mem[11'b10101111000] = 16'h0;
    mem[11'b10101111001] = 16'h0;
    mem[11'b10101111010] = 16'h0;
    mem[11'b10101111011] = 16'h0;
    mem[11'b10101111100] = 16'h0;
    mem[11'b10101111101] = 16'h0;
    mem[11'b10101111110] = 16'h0;
    mem[11'b10101111111] = 16'h0;
    mem[11'b10110000000] = 16'h0;
    mem[11'b10110000001] = 16'h0;
    mem[11'b10110000010] = 16'h0;
    mem[11'b10110000011] = 16'h0;
    mem[11'b10110000100] = 16'h0;
    mem[11'b10110000101] = 16'h0;
    mem[11'b10110000110] = 16'h0;
    mem[11'b10110000111] = 16'h0;
    mem[11'b10110001000] = 16'h0;
    mem[11'b10110001001] = 16'h0;
    mem[11'b10110001010] = 16'h0;
    mem[11'b10110001011] = 16'h0;
    mem[11'b10110001100] = 16'h0;
    mem[11'b10110001101] = 16'h0;
    mem[11'b10110001110] = 16'h0;
    mem[11'b10110001111] = 16'h0;
    mem[11'b10110010000] = 16'h0;
    mem[11'b10110010001] = 16'h0;
    mem[11'b10110010010] = 16'h0;
    mem[11'b10110010011] = 16'h0;
    mem[11'b10110010100] = 16'h0;
    mem[11'b10110010101] = 16'h0;
    mem[11'b10110010110] = 16'h0;
    mem[11'b10110010111] = 16'h0;
    mem[11'b10110011000] = 16'h0;
    mem[11'b10110011001] = 16'h0;
    mem[11'b10110011010] = 16'h0;
    mem[11'b10110011011] = 16'h0;
    mem[11'b10110011100] = 16'h0;
    mem[11'b10110011101] = 16'h0;
    mem[11'b10110011110] = 16'h0;
    mem[11'b10110011111] = 16'h0;
    mem[11'b10110100000] = 16'h0;
    mem[11'b10110100001] = 16'h0;
    mem[11'b10110100010] = 16'h0;
    mem[11'b10110100011] = 16'h0;
    mem[11'b10110100100] = 16'h0;
    mem[11'b10110100101] = 16'h0;
    mem[11'b10110100110] = 16'h0;
    mem[11'b10110100111] = 16'h0;
    mem[11'b10110101000] = 16'h0;
    mem[11'b10110101001] = 16'h0;
    mem[11'b10110101010] = 16'h0;
    mem[11'b10110101011] = 16'h0;
    mem[11'b10110101100] = 16'h0;
    mem[11'b10110101101] = 16'h0;
    mem[11'b10110101110] = 16'h0;
    mem[11'b10110101111] = 16'h0;
    mem[11'b10110110000] = 16'h0;
    mem[11'b10110110001] = 16'h0;
    mem[11'b10110110010] = 16'h0;
    mem[11'b10110110011] = 16'h0;
    mem[11'b10110110100] = 16'h0;
    mem[11'b10110110101] = 16'h0;
    mem[11'b10110110110] = 16'h0;
    mem[11'b10110110111] = 16'h0;
    mem[11'b10110111000] = 16'h0;
    mem[11'b10110111001] = 16'h0;
    mem[11'b10110111010] = 16'h0;
    mem[11'b10110111011] = 16'h0;
    mem[11'b10110111100] = 16'h0;
    mem[11'b10110111101] = 16'h0;
    mem[11'b10110111110] = 16'h0;
    mem[11'b10110111111] = 16'h0;
    mem[11'b10111000000] = 16'h0;
    mem[11'b10111000001] = 16'h0;
    mem[11'b10111000010] = 16'h0;
    mem[11'b10111000011] = 16'h0;
    mem[11'b10111000100] = 16'h0;
    mem[11'b10111000101] = 16'h0;
    mem[11'b10111000110] = 16'h0;
    mem[11'b10111000111] = 16'h0;
    mem[11'b10111001000] = 16'h0;
    mem[11'b10111001001] = 16'h0;
    mem[11'b10111001010] = 16'h0;
    mem[11'b10111001011] = 16'h0;
    mem[11'b10111001100] = 16'h0;
    mem[11'b10111001101] = 16'h0;
    mem[11'b10111001110] = 16'h0;
    mem[11'b10111001111] = 16'h0;
    mem[11'b10111010000] = 16'h0;
    mem[11'b10111010001] = 16'h0;
    mem[11'b10111010010] = 16'h0;
    mem[11'b10111010011] = 16'h0;
    mem[11'b10111010100] = 16'h0;
    mem[11'b10111010101] = 16'h0;
    mem[11'b10111010110] = 16'h0;
    mem[11'b10111010111] = 16'h0;
    mem[11'b10111011000] = 16'h0;
    mem[11'b10111011001] = 16'h0;
    mem[11'b10111011010] = 16'h0;
    mem[11'b10111011011] = 16'h0;
    mem[11'b10111011100] = 16'h0;
    mem[11'b10111011101] = 16'h0;
    mem[11'b10111011110] = 16'h0;
    mem[11'b10111011111] = 16'h0;
    mem[11'b10111100000] = 16'h0;
    mem[11'b10111100001] = 16'h0;
    mem[11'b10111100010] = 16'h0;
    mem[11'b10111100011] = 16'h0;
    mem[11'b10111100100] = 16'h0;
    mem[11'b10111100101] = 16'h0;
    mem[11'b10111100110] = 16'h0;
    mem[11'b10111100111] = 16'h0;
    mem[11'b10111101000] = 16'h0;
    mem[11'b10111101001] = 16'h0;
    mem[11'b10111101010] = 16'h0;
    mem[11'b10111101011] = 16'h0;
    mem[11'b10111101100] = 16'h0;
    mem[11'b10111101101] = 16'h0;
    mem[11'b10111101110] = 16'h0;
    mem[11'b10111101111] = 16'h0;
    mem[11'b10111110000] = 16'h0;
    mem[11'b10111110001] = 16'h0;
    mem[11'b10111110010] = 16'h0;
    mem[11'b10111110011] = 16'h0;
    mem[11'b10111110100] = 16'h0;
    mem[11'b10111110101] = 16'h0;
    mem[11'b10111110110] = 16'h0;
    mem[11'b10111110111] = 16'h0;
    mem[11'b10111111000] = 16'h0;
    mem[11'b10111111001] = 16'h0;
    mem[11'b10111111010] = 16'h0;
    mem[11'b10111111011] = 16'h0;
    mem[11'b10111111100] = 16'h0;
    mem[11'b10111111101] = 16'h0;
    mem[11'b10111111110] = 16'h0;
    mem[11'b10111111111] = 16'h0;
    mem[11'b11000000000] = 16'h0;
    mem[11'b11000000001] = 16'h0;
    mem[11'b11000000010] = 16'h0;
    mem[11'b11000000011] = 16'h0;
    mem[11'b11000000100] = 16'h0;
    mem[11'b11000000101] = 16'h0;
    mem[11'b11000000110] = 16'h0;
    mem[11'b11000000111] = 16'h0;
    mem[11'b11000001000] = 16'h0;
    mem[11'b11000001001] = 16'h0;
    mem[11'b11000001010] = 16'h0;
    mem[11'b11000001011] = 16'h0;
    mem[11'b11000001100] = 16'h0;
    mem[11'b11000001101] = 16'h0;
    mem[11'b11000001110] = 16'h0;
    mem[11'b11000001111] = 16'h0;
    mem[11'b11000010000] = 16'h0;
    mem[11'b11000010001] = 16'h0;
    mem[11'b11000010010] = 16'h0;
    mem[11'b11000010011] = 16'h0;
    mem[11'b11000010100] = 16'h0;
    mem[11'b11000010101] = 16'h0;
    mem[11'b11000010110] = 16'h0;
    mem[11'b11000010111] = 16'h0;
    mem[11'b11000011000] = 16'h0;
    mem[11'b11000011001] = 16'h0;
    mem[11'b11000011010] = 16'h0;
    mem[11'b11000011011] = 16'h0;
    mem[11'b11000011100] = 16'h0;
    mem[11'b11000011101] = 16'h0;
    mem[11'b11000011110] = 16'h0;
    mem[11'b11000011111] = 16'h0;
    mem[11'b11000100000] = 16'h0;
    mem[11'b11000100001] = 16'h0;
    mem[11'b11000100010] = 16'h0;
    mem[11'b11000100011] = 16'h0;
    mem[11'b11000100100] = 16'h0;
    mem[11'b11000100101] = 16'h0;
    mem[11'b11000100110] = 16'h0;
    mem[11'b11000100111] = 16'h0;
    mem[11'b11000101000] = 16'h0;
    mem[11'b11000101001] = 16'h0;
    mem[11'b11000101010] = 16'h0;
    mem[11'b11000101011] = 16'h0;
    mem[11'b11000101100] = 16'h0;
    mem[11'b11000101101] = 16'h0;
    mem[11'b11000101110] = 16'h0;
    mem[11'b11000101111] = 16'h0;
    mem[11'b11000110000] = 16'h0;
    mem[11'b11000110001] = 16'h0;
    mem[11'b11000110010] = 16'h0;
    mem[11'b11000110011] = 16'h0;
    mem[11'b11000110100] = 16'h0;
    mem[11'b11000110101] = 16'h0;
    mem[11'b11000110110] = 16'h0;
    mem[11'b11000110111] = 16'h0;
    mem[11'b11000111000] = 16'h0;
    mem[11'b11000111001] = 16'h0;
    mem[11'b11000111010] = 16'h0;
    mem[11'b11000111011] = 16'h0;
    mem[11'b11000111100] = 16'h0;
    mem[11'b11000111101] = 16'h0;
    mem[11'b11000111110] = 16'h0;
    mem[11'b11000111111] = 16'h0;
    mem[11'b11001000000] = 16'h0;
    mem[11'b11001000001] = 16'h0;
    mem[11'b11001000010] = 16'h0;
    mem[11'b11001000011] = 16'h0;
    mem[11'b11001000100] = 16'h0;
    mem[11'b11001000101] = 16'h0;
    mem[11'b11001000110] = 16'h0;
    mem[11'b11001000111] = 16'h0;
    mem[11'b11001001000] = 16'h0;
    mem[11'b11001001001] = 16'h0;
    mem[11'b11001001010] = 16'h0;
    mem[11'b11001001011] = 16'h0;
    mem[11'b11001001100] = 16'h0;
    mem[11'b11001001101] = 16'h0;
    mem[11'b11001001110] = 16'h0;
    mem[11'b11001001111] = 16'h0;
    mem[11'b11001010000] = 16'h0;
    mem[11'b11001010001] = 16'h0;
    mem[11'b11001010010] = 16'h0;
    mem[11'b11001010011] = 16'h0;
    mem[11'b11001010100] = 16'h0;
    mem[11'b11001010101] = 16'h0;
    mem[11'b11001010110] = 16'h0;
    mem[11'b11001010111] = 16'h0;
    mem[11'b11001011000] = 16'h0;
    mem[11'b11001011001] = 16'h0;
    mem[11'b11001011010] = 16'h0;
    mem[11'b11001011011] = 16'h0;
    mem[11'b11001011100] = 16'h0;
    mem[11'b11001011101] = 16'h0;
    mem[11'b11001011110] = 16'h0;
    mem[11'b11001011111] = 16'h0;
    mem[11'b11001100000] = 16'h0;
    mem[11'b11001100001] = 16'h0;
    mem[11'b11001100010] = 16'h0;
    mem[11'b11001100011] = 16'h0;
    mem[11'b11001100100] = 16'h0;
    mem[11'b11001100101] = 16'h0;
    mem[11'b11001100110] = 16'h0;
    mem[11'b11001100111] = 16'h0;
    mem[11'b11001101000] = 16'h0;
    mem[11'b11001101001] = 16'h0;
    mem[11'b11001101010] = 16'h0;
    mem[11'b11001101011] = 16'h0;
    mem[11'b11001101100] = 16'h0;
    mem[11'b11001101101] = 16'h0;
    mem[11'b11001101110] = 16'h0;
    mem[11'b11001101111] = 16'h0;
    mem[11'b11001110000] = 16'h0;
    mem[11'b11001110001] = 16'h0;
    mem[11'b11001110010] = 16'h0;
    mem[11'b11001110011] = 16'h0;
    mem[11'b11001110100] = 16'h0;
    mem[11'b11001110101] = 16'h0;
    mem[11'b11001110110] = 16'h0;
    mem[11'b11001110111] = 16'h0;
    mem[11'b11001111000] = 16'h0;
    mem[11'b11001111001] = 16'h0;
    mem[11'b11001111010] = 16'h0;
    mem[11'b11001111011] = 16'h0;
    mem[11'b11001111100] = 16'h0;
    mem[11'b11001111101] = 16'h0;
    mem[11'b11001111110] = 16'h0;
    mem[11'b11001111111] = 16'h0;
    mem[11'b11010000000] = 16'h0;
    mem[11'b11010000001] = 16'h0;
    mem[11'b11010000010] = 16'h0;
    mem[11'b11010000011] = 16'h0;
    mem[11'b11010000100] = 16'h0;
    mem[11'b11010000101] = 16'h0;
    mem[11'b11010000110] = 16'h0;
    mem[11'b11010000111] = 16'h0;
    mem[11'b11010001000] = 16'h0;
    mem[11'b11010001001] = 16'h0;
    mem[11'b11010001010] = 16'h0;
    mem[11'b11010001011] = 16'h0;
    mem[11'b11010001100] = 16'h0;
    mem[11'b11010001101] = 16'h0;
    mem[11'b11010001110] = 16'h0;
    mem[11'b11010001111] = 16'h0;
    mem[11'b11010010000] = 16'h0;
    mem[11'b11010010001] = 16'h0;
    mem[11'b11010010010] = 16'h0;
    mem[11'b11010010011] = 16'h0;
    mem[11'b11010010100] = 16'h0;
    mem[11'b11010010101] = 16'h0;
    mem[11'b11010010110] = 16'h0;
    mem[11'b11010010111] = 16'h0;
    mem[11'b11010011000] = 16'h0;
    mem[11'b11010011001] = 16'h0;
    mem[11'b11010011010] = 16'h0;
    mem[11'b11010011011] = 16'h0;
    mem[11'b11010011100] = 16'h0;
    mem[11'b11010011101] = 16'h0;
    mem[11'b11010011110] = 16'h0;
    mem[11'b11010011111] = 16'h0;
    mem[11'b11010100000] = 16'h0;
    mem[11'b11010100001] = 16'h0;
    mem[11'b11010100010] = 16'h0;
    mem[11'b11010100011] = 16'h0;
    mem[11'b11010100100] = 16'h0;
    mem[11'b11010100101] = 16'h0;
    mem[11'b11010100110] = 16'h0;
    mem[11'b11010100111] = 16'h0;
    mem[11'b11010101000] = 16'h0;
    mem[11'b11010101001] = 16'h0;
    mem[11'b11010101010] = 16'h0;
    mem[11'b11010101011] = 16'h0;
    mem[11'b11010101100] = 16'h0;
    mem[11'b11010101101] = 16'h0;
    mem[11'b11010101110] = 16'h0;
    mem[11'b11010101111] = 16'h0;
    mem[11'b11010110000] = 16'h0;
    mem[11'b11010110001] = 16'h0;
    mem[11'b11010110010] = 16'h0;
    mem[11'b11010110011] = 16'h0;
    mem[11'b11010110100] = 16'h0;
    mem[11'b11010110101] = 16'h0;
    mem[11'b11010110110] = 16'h0;
    mem[11'b11010110111] = 16'h0;
    mem[11'b11010111000] = 16'h0;
    mem[11'b11010111001] = 16'h0;
    mem[11'b11010111010] = 16'h0;
    mem[11'b11010111011] = 16'h0;
    mem[11'b11010111100] = 16'h0;
    mem[11'b11010111101] = 16'h0;
    mem[11'b11010111110] = 16'h0;
    mem[11'b11010111111] = 16'h0;
    mem[11'b11011000000] = 16'h0;
    mem[11'b11011000001] = 16'h0;
    mem[11'b11011000010] = 16'h0;
    mem[11'b11011000011] = 16'h0;
    mem[11'b11011000100] = 16'h0;
    mem[11'b11011000101] = 16'h0;
    mem[11'b11011000110] = 16'h0;
    mem[11'b11011000111] = 16'h0;
    mem[11'b11011001000] = 16'h0;
    mem[11'b11011001001] = 16'h0;
    mem[11'b11011001010] = 16'h0;
    mem[11'b11011001011] = 16'h0;
    mem[11'b11011001100] = 16'h0;
    mem[11'b11011001101] = 16'h0;
    mem[11'b11011001110] = 16'h0;
    mem[11'b11011001111] = 16'h0;
    mem[11'b11011010000] = 16'h0;
    mem[11'b11011010001] = 16'h0;
    mem[11'b11011010010] = 16'h0;
    mem[11'b11011010011] = 16'h0;
    mem[11'b11011010100] = 16'h0;
    mem[11'b11011010101] = 16'h0;
    mem[11'b11011010110] = 16'h0;
    mem[11'b11011010111] = 16'h0;
    mem[11'b11011011000] = 16'h0;
    mem[11'b11011011001] = 16'h0;
    mem[11'b11011011010] = 16'h0;
    mem[11'b11011011011] = 16'h0;
    mem[11'b11011011100] = 16'h0;
    mem[11'b11011011101] = 16'h0;
    mem[11'b11011011110] = 16'h0;
    mem[11'b11011011111] = 16'h0;
    mem[11'b11011100000] = 16'h0;
    mem[11'b11011100001] = 16'h0;
    mem[11'b11011100010] = 16'h0;
    mem[11'b11011100011] = 16'h0;
    mem[11'b11011100100] = 16'h0;
    mem[11'b11011100101] = 16'h0;
    mem[11'b11011100110] = 16'h0;
    mem[11'b11011100111] = 16'h0;
    mem[11'b11011101000] = 16'h0;
    mem[11'b11011101001] = 16'h0;
    mem[11'b11011101010] = 16'h0;
    mem[11'b11011101011] = 16'h0;
    mem[11'b11011101100] = 16'h0;
    mem[11'b11011101101] = 16'h0;
    mem[11'b11011101110] = 16'h0;
    mem[11'b11011101111] = 16'h0;
    mem[11'b11011110000] = 16'h0;
    mem[11'b11011110001] = 16'h0;
    mem[11'b11011110010] = 16'h0;
    mem[11'b11011110011] = 16'h0;
    mem[11'b11011110100] = 16'h0;
    mem[11'b11011110101] = 16'h0;
    mem[11'b11011110110] = 16'h0;
    mem[11'b11011110111] = 16'h0;
    mem[11'b11011111000] = 16'h0;
    mem[11'b11011111001] = 16'h0;
    mem[11'b11011111010] = 16'h0;
    mem[11'b11011111011] = 16'h0;
    mem[11'b11011111100] = 16'h0;
    mem[11'b11011111101] = 16'h0;
    mem[11'b11011111110] = 16'h0;
    mem[11'b11011111111] = 16'h0;
    mem[11'b11100000000] = 16'h0;
    mem[11'b11100000001] = 16'h0;
    mem[11'b11100000010] = 16'h0;
    mem[11'b11100000011] = 16'h0;
    mem[11'b11100000100] = 16'h0;
    mem[11'b11100000101] = 16'h0;
    mem[11'b11100000110] = 16'h0;
    mem[11'b11100000111] = 16'h0;
    mem[11'b11100001000] = 16'h0;
    mem[11'b11100001001] = 16'h0;
    mem[11'b11100001010] = 16'h0;
    mem[11'b11100001011] = 16'h0;
    mem[11'b11100001100] = 16'h0;
    mem[11'b11100001101] = 16'h0;
    mem[11'b11100001110] = 16'h0;
    mem[11'b11100001111] = 16'h0;
    mem[11'b11100010000] = 16'h0;
    mem[11'b11100010001] = 16'h0;
    mem[11'b11100010010] = 16'h0;
    mem[11'b11100010011] = 16'h0;
    mem[11'b11100010100] = 16'h0;
    mem[11'b11100010101] = 16'h0;
    mem[11'b11100010110] = 16'h0;
    mem[11'b11100010111] = 16'h0;
    mem[11'b11100011000] = 16'h0;
    mem[11'b11100011001] = 16'h0;
    mem[11'b11100011010] = 16'h0;
    mem[11'b11100011011] = 16'h0;
    mem[11'b11100011100] = 16'h0;
    mem[11'b11100011101] = 16'h0;
    mem[11'b11100011110] = 16'h0;
    mem[11'b11100011111] = 16'h0;
    mem[11'b11100100000] = 16'h0;
    mem[11'b11100100001] = 16'h0;
    mem[11'b11100100010] = 16'h0;
    mem[11'b11100100011] = 16'h0;
    mem[11'b11100100100] = 16'h0;
    mem[11'b11100100101] = 16'h0;
    mem[11'b11100100110] = 16'h0;
    mem[11'b11100100111] = 16'h0;
    mem[11'b11100101000] = 16'h0;
    mem[11'b11100101001] = 16'h0;
    mem[11'b11100101010] = 16'h0;
    mem[11'b11100101011] = 16'h0;
    mem[11'b11100101100] = 16'h0;
    mem[11'b11100101101] = 16'h0;
    mem[11'b11100101110] = 16'h0;
    mem[11'b11100101111] = 16'h0;
    mem[11'b11100110000] = 16'h0;
    mem[11'b11100110001] = 16'h0;
    mem[11'b11100110010] = 16'h0;
    mem[11'b11100110011] = 16'h0;
    mem[11'b11100110100] = 16'h0;
    mem[11'b11100110101] = 16'h0;
    mem[11'b11100110110] = 16'h0;
    mem[11'b11100110111] = 16'h0;
    mem[11'b11100111000] = 16'h0;
    mem[11'b11100111001] = 16'h0;
    mem[11'b11100111010] = 16'h0;
    mem[11'b11100111011] = 16'h0;
    mem[11'b11100111100] = 16'h0;
    mem[11'b11100111101] = 16'h0;
    mem[11'b11100111110] = 16'h0;
    mem[11'b11100111111] = 16'h0;
    mem[11'b11101000000] = 16'h0;
    mem[11'b11101000001] = 16'h0;
    mem[11'b11101000010] = 16'h0;
    mem[11'b11101000011] = 16'h0;
    mem[11'b11101000100] = 16'h0;
    mem[11'b11101000101] = 16'h0;
    mem[11'b11101000110] = 16'h0;
    mem[11'b11101000111] = 16'h0;
    mem[11'b11101001000] = 16'h0;
    mem[11'b11101001001] = 16'h0;
    mem[11'b11101001010] = 16'h0;
    mem[11'b11101001011] = 16'h0;
    mem[11'b11101001100] = 16'h0;
    mem[11'b11101001101] = 16'h0;
    mem[11'b11101001110] = 16'h0;
    mem[11'b11101001111] = 16'h0;
    mem[11'b11101010000] = 16'h0;
    mem[11'b11101010001] = 16'h0;
    mem[11'b11101010010] = 16'h0;
    mem[11'b11101010011] = 16'h0;
    mem[11'b11101010100] = 16'h0;
    mem[11'b11101010101] = 16'h0;
    mem[11'b11101010110] = 16'h0;
    mem[11'b11101010111] = 16'h0;
    mem[11'b11101011000] = 16'h0;
    mem[11'b11101011001] = 16'h0;
    mem[11'b11101011010] = 16'h0;
    mem[11'b11101011011] = 16'h0;
    mem[11'b11101011100] = 16'h0;
    mem[11'b11101011101] = 16'h0;
    mem[11'b11101011110] = 16'h0;
    mem[11'b11101011111] = 16'h0;
    mem[11'b11101100000] = 16'h0;
    mem[11'b11101100001] = 16'h0;
    mem[11'b11101100010] = 16'h0;
    mem[11'b11101100011] = 16'h0;
    mem[11'b11101100100] = 16'h0;
    mem[11'b11101100101] = 16'h0;
    mem[11'b11101100110] = 16'h0;
    mem[11'b11101100111] = 16'h0;
    mem[11'b11101101000] = 16'h0;
    mem[11'b11101101001] = 16'h0;
    mem[11'b11101101010] = 16'h0;
    mem[11'b11101101011] = 16'h0;
    mem[11'b11101101100] = 16'h0;
    mem[11'b11101101101] = 16'h0;
    mem[11'b11101101110] = 16'h0;
    mem[11'b11101101111] = 16'h0;
    mem[11'b11101110000] = 16'h0;
    mem[11'b11101110001] = 16'h0;
    mem[11'b11101110010] = 16'h0;
    mem[11'b11101110011] = 16'h0;
    mem[11'b11101110100] = 16'h0;
    mem[11'b11101110101] = 16'h0;
    mem[11'b11101110110] = 16'h0;
    mem[11'b11101110111] = 16'h0;
    mem[11'b11101111000] = 16'h0;
    mem[11'b11101111001] = 16'h0;
    mem[11'b11101111010] = 16'h0;
    mem[11'b11101111011] = 16'h0;
    mem[11'b11101111100] = 16'h0;
    mem[11'b11101111101] = 16'h0;
    mem[11'b11101111110] = 16'h0;
    mem[11'b11101111111] = 16'h0;
    mem[11'b11110000000] = 16'h0;
    mem[11'b11110000001] = 16'h0;
    mem[11'b11110000010] = 16'h0;
    mem[11'b11110000011] = 16'h0;
    mem[11'b11110000100] = 16'h0;
    mem[11'b11110000101] = 16'h0;
    mem[11'b11110000110] = 16'h0;
    mem[11'b11110000111] = 16'h0;
    mem[11'b11110001000] = 16'h0;
    mem[11'b11110001001] = 16'h0;
    mem[11'b11110001010] = 16'h0;
    mem[11'b11110001011] = 16'h0;
    mem[11'b11110001100] = 16'h0;
    mem[11'b11110001101] = 16'h0;
    mem[11'b11110001110] = 16'h0;
    mem[11'b11110001111] = 16'h0;
    mem[11'b11110010000] = 16'h0;
    mem[11'b11110010001] = 16'h0;
    mem[11'b11110010010] = 16'h0;
    mem[11'b11110010011] = 16'h0;
    mem[11'b11110010100] = 16'h0;
    mem[11'b11110010101] = 16'h0;
    mem[11'b11110010110] = 16'h0;
    mem[11'b11110010111] = 16'h0;
    mem[11'b11110011000] = 16'h0;
    mem[11'b11110011001] = 16'h0;
    mem[11'b11110011010] = 16'h0;
    mem[11'b11110011011] = 16'h0;
    mem[11'b11110011100] = 16'h0;
    mem[11'b11110011101] = 16'h0;
    mem[11'b11110011110] = 16'h0;
    mem[11'b11110011111] = 16'h0;
    mem[11'b11110100000] = 16'h0;
    mem[11'b11110100001] = 16'h0;
    mem[11'b11110100010] = 16'h0;
    mem[11'b11110100011] = 16'h0;
    mem[11'b11110100100] = 16'h0;
    mem[11'b11110100101] = 16'h0;
    mem[11'b11110100110] = 16'h0;
    mem[11'b11110100111] = 16'h0;
    mem[11'b11110101000] = 16'h0;
    mem[11'b11110101001] = 16'h0;
    mem[11'b11110101010] = 16'h0;
    mem[11'b11110101011] = 16'h0;
    mem[11'b11110101100] = 16'h0;
    mem[11'b11110101101] = 16'h0;
    mem[11'b11110101110] = 16'h0;
    mem[11'b11110101111] = 16'h0;
    mem[11'b11110110000] = 16'h0;
    mem[11'b11110110001] = 16'h0;
    mem[11'b11110110010] = 16'h0;
    mem[11'b11110110011] = 16'h0;
    mem[11'b11110110100] = 16'h0;
    mem[11'b11110110101] = 16'h0;
    mem[11'b11110110110] = 16'h0;
    mem[11'b11110110111] = 16'h0;
    mem[11'b11110111000] = 16'h0;
    mem[11'b11110111001] = 16'h0;
    mem[11'b11110111010] = 16'h0;
    mem[11'b11110111011] = 16'h0;
    mem[11'b11110111100] = 16'h0;
    mem[11'b11110111101] = 16'h0;
    mem[11'b11110111110] = 16'h0;
    mem[11'b11110111111] = 16'h0;
    mem[11'b11111000000] = 16'h0;
    mem[11'b11111000001] = 16'h0;
    mem[11'b11111000010] = 16'h0;
    mem[11'b11111000011] = 16'h0;
    mem[11'b11111000100] = 16'h0;
    mem[11'b11111000101] = 16'h0;
    mem[11'b11111000110] = 16'h0;
    mem[11'b11111000111] = 16'h0;
    mem[11'b11111001000] = 16'h0;
    mem[11'b11111001001] = 16'h0;
    mem[11'b11111001010] = 16'h0;
    mem[11'b11111001011] = 16'h0;
    mem[11'b11111001100] = 16'h0;
    mem[11'b11111001101] = 16'h0;
    mem[11'b11111001110] = 16'h0;
    mem[11'b11111001111] = 16'h0;
    mem[11'b11111010000] = 16'h0;
    mem[11'b11111010001] = 16'h0;
    mem[11'b11111010010] = 16'h0;
    mem[11'b11111010011] = 16'h0;
    mem[11'b11111010100] = 16'h0;
    mem[11'b11111010101] = 16'h0;
    mem[11'b11111010110] = 16'h0;
    mem[11'b11111010111] = 16'h0;
    mem[11'b11111011000] = 16'h0;
    mem[11'b11111011001] = 16'h0;
    mem[11'b11111011010] = 16'h0;
    mem[11'b11111011011] = 16'h0;
    mem[11'b11111011100] = 16'h0;
    mem[11'b11111011101] = 16'h0;
    mem[11'b11111011110] = 16'h0;
    mem[11'b11111011111] = 16'h0;
    mem[11'b11111100000] = 16'h0;
    mem[11'b11111100001] = 16'h0;
    mem[11'b11111100010] = 16'h0;
    mem[11'b11111100011] = 16'h0;
    mem[11'b11111100100] = 16'h0;
    mem[11'b11111100101] = 16'h0;
    mem[11'b11111100110] = 16'h0;
    mem[11'b11111100111] = 16'h0;
    mem[11'b11111101000] = 16'h0;
    mem[11'b11111101001] = 16'h0;
    mem[11'b11111101010] = 16'h0;
    mem[11'b11111101011] = 16'h0;
    mem[11'b11111101100] = 16'h0;
    mem[11'b11111101101] = 16'h0;
    mem[11'b11111101110] = 16'h0;
    mem[11'b11111101111] = 16'h0;
    mem[11'b11111110000] = 16'h0;
    mem[11'b11111110001] = 16'h0;
    mem[11'b11111110010] = 16'h0;
    mem[11'b11111110011] = 16'h0;
    mem[11'b11111110100] = 16'h0;
    mem[11'b11111110101] = 16'h0;
    mem[11'b11111110110] = 16'h0;
    mem[11'b11111110111] = 16'h0;
    mem[11'b11111111000] = 16'h0;
    mem[11'b11111111001] = 16'h0;
    mem[11'b11111111010] = 16'h0;
    mem[11'b11111111011] = 16'h0;
    mem[11'b11111111100] = 16'h0;
    mem[11'b11111111101] = 16'h0;
    mem[11'b11111111110] = 16'h0;
    mem[11'b11111111111] = 16'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // capfuse_ed25519$rfy


module capfuse_ed25519$rom(address,clock,data);
    
    // Module arguments
    input wire  [9:0] address;
    input wire  clock;
    output reg  [31:0] data;
    
    // Update code (custom)
    reg[31:0] mem [1023:0];
    
    initial begin
    mem[10'b0] = 32'hd0000008;
    mem[10'b1] = 32'hb0020004;
    mem[10'b10] = 32'hb8840000;
    mem[10'b11] = 32'h387d0840;
    mem[10'b100] = 32'h407cf848;
    mem[10'b101] = 32'h28580000;
    mem[10'b110] = 32'h285a0400;
    mem[10'b111] = 32'h285c0400;
    mem[10'b1000] = 32'h285e0000;
    mem[10'b1001] = 32'h880000fe;
    mem[10'b1010] = 32'h60b160;
    mem[10'b1011] = 32'h62b568;
    mem[10'b1100] = 32'h64b970;
    mem[10'b1101] = 32'h1864c990;
    mem[10'b1110] = 32'h1866b168;
    mem[10'b1111] = 32'h66cd98;
    mem[10'b10000] = 32'h1868c188;
    mem[10'b10001] = 32'h2066cda0;
    mem[10'b10010] = 32'h206ac580;
    mem[10'b10011] = 32'h2064d590;
    mem[10'b10100] = 32'h206801a0;
    mem[10'b10101] = 32'h58cd90;
    mem[10'b10110] = 32'h5ad5a0;
    mem[10'b10111] = 32'h5ecda0;
    mem[10'b11000] = 32'h5cc9a8;
    mem[10'b11001] = 32'ha010fa00;
    mem[10'b11010] = 32'h2060b560;
    mem[10'b11011] = 32'h1862b560;
    mem[10'b11100] = 32'h160c0c8;
    mem[10'b11101] = 32'h162c4c0;
    mem[10'b11110] = 32'h164bcd8;
    mem[10'b11111] = 32'h166b8d0;
    mem[10'b100000] = 32'h2068c580;
    mem[10'b100001] = 32'h186ac580;
    mem[10'b100010] = 32'h206ccd90;
    mem[10'b100011] = 32'h186ecd90;
    mem[10'b100100] = 32'h58d1b0;
    mem[10'b100101] = 32'h5adda8;
    mem[10'b100110] = 32'h5ed1a8;
    mem[10'b100111] = 32'h5cd9b8;
    mem[10'b101000] = 32'h9000000a;
    mem[10'b101001] = 32'h70b970;
    mem[10'b101010] = 32'h72e1c0;
    mem[10'b101011] = 32'h88800000;
    mem[10'b101100] = 32'h72e5c8;
    mem[10'b101101] = 32'h9080002c;
    mem[10'b101110] = 32'h72e570;
    mem[10'b101111] = 32'h76e5c0;
    mem[10'b110000] = 32'h70edd8;
    mem[10'b110001] = 32'h70e1c8;
    mem[10'b110010] = 32'h72e1c0;
    mem[10'b110011] = 32'h88800003;
    mem[10'b110100] = 32'h72e5c8;
    mem[10'b110101] = 32'h90800034;
    mem[10'b110110] = 32'h70e5c0;
    mem[10'b110111] = 32'h72e1c0;
    mem[10'b111000] = 32'h88800008;
    mem[10'b111001] = 32'h72e5c8;
    mem[10'b111010] = 32'h90800039;
    mem[10'b111011] = 32'h72e5c0;
    mem[10'b111100] = 32'h74e5c8;
    mem[10'b111101] = 32'h88800012;
    mem[10'b111110] = 32'h74e9d0;
    mem[10'b111111] = 32'h9080003e;
    mem[10'b1000000] = 32'h72e9c8;
    mem[10'b1000001] = 32'h72e5c8;
    mem[10'b1000010] = 32'h88800008;
    mem[10'b1000011] = 32'h72e5c8;
    mem[10'b1000100] = 32'h90800043;
    mem[10'b1000101] = 32'h70e5c0;
    mem[10'b1000110] = 32'h72e1c0;
    mem[10'b1000111] = 32'h88800030;
    mem[10'b1001000] = 32'h72e5c8;
    mem[10'b1001001] = 32'h90800048;
    mem[10'b1001010] = 32'h72e5c0;
    mem[10'b1001011] = 32'h74e5c8;
    mem[10'b1001100] = 32'h88800062;
    mem[10'b1001101] = 32'h74e9d0;
    mem[10'b1001110] = 32'h9080004d;
    mem[10'b1001111] = 32'h72e9c8;
    mem[10'b1010000] = 32'h72e5c8;
    mem[10'b1010001] = 32'h88800030;
    mem[10'b1010010] = 32'h72e5c8;
    mem[10'b1010011] = 32'h90800052;
    mem[10'b1010100] = 32'h74e5c0;
    mem[10'b1010101] = 32'h74e9d0;
    mem[10'b1010110] = 32'h88800003;
    mem[10'b1010111] = 32'h74e9d0;
    mem[10'b1011000] = 32'h90800057;
    mem[10'b1011001] = 32'h78e9d8;
    mem[10'b1011010] = 32'h7ab1e0;
    mem[10'b1011011] = 32'h487af400;
    mem[10'b1011100] = 32'h54b5e0;
    mem[10'b1011101] = 32'h4854a800;
    mem[10'b1011110] = 32'ha002f400;
    mem[10'b1011111] = 32'h4154a810;
    mem[10'b1100000] = 32'h2850a800;
    mem[10'b1100001] = 32'h28520000;
    mem[10'b1100010] = 32'hc000a808;
    mem[10'b1100011] = 32'h287c0000;
    mem[10'b1100100] = 32'h287e0000;
    mem[10'b1100101] = 32'h28800000;
    mem[10'b1100110] = 32'h28820000;
    mem[10'b1100111] = 32'h28840000;
    mem[10'b1101000] = 32'h28860000;
    mem[10'b1101001] = 32'h28880000;
    mem[10'b1101010] = 32'h288a0000;
    mem[10'b1101011] = 32'h288c0000;
    mem[10'b1101100] = 32'h288e0000;
    mem[10'b1101101] = 32'h28900000;
    mem[10'b1101110] = 32'h28920000;
    mem[10'b1101111] = 32'h28940000;
    mem[10'b1110000] = 32'h28960000;
    mem[10'b1110001] = 32'h28600000;
    mem[10'b1110010] = 32'h28620000;
    mem[10'b1110011] = 32'h28640000;
    mem[10'b1110100] = 32'h28660000;
    mem[10'b1110101] = 32'h28680000;
    mem[10'b1110110] = 32'h286a0000;
    mem[10'b1110111] = 32'h286c0000;
    mem[10'b1111000] = 32'h286e0000;
    mem[10'b1111001] = 32'h28580000;
    mem[10'b1111010] = 32'h285a0000;
    mem[10'b1111011] = 32'h285c0000;
    mem[10'b1111100] = 32'h285e0000;
    mem[10'b1111101] = 32'h28700000;
    mem[10'b1111110] = 32'h28720000;
    mem[10'b1111111] = 32'h28740000;
    mem[10'b10000000] = 32'h28760000;
    mem[10'b10000001] = 32'h28780000;
    mem[10'b10000010] = 32'h287a0000;
    mem[10'b10000011] = 32'hd8000001;
    mem[10'b10000100] = 32'h98000000;
    mem[10'b10000101] = 32'h80500087;
    mem[10'b10000110] = 32'h98000008;
    mem[10'b10000111] = 32'hd0000008;
    mem[10'b10001000] = 32'hb0020004;
    mem[10'b10001001] = 32'hb8840000;
    mem[10'b10001010] = 32'h387d0840;
    mem[10'b10001011] = 32'h407cf848;
    mem[10'b10001100] = 32'hc0010c08;
    mem[10'b10001101] = 32'hb0020804;
    mem[10'b10001110] = 32'hb8840000;
    mem[10'b10001111] = 32'h8890c70;
    mem[10'b10010000] = 32'h148b0c70;
    mem[10'b10010001] = 32'h288d0878;
    mem[10'b10010010] = 32'h2c8e0080;
    mem[10'b10010011] = 32'h308d1a20;
    mem[10'b10010100] = 32'h348f1e28;
    mem[10'b10010101] = 32'h8891c70;
    mem[10'b10010110] = 32'h148b1c70;
    mem[10'b10010111] = 32'h288d1888;
    mem[10'b10011000] = 32'h2c8e0090;
    mem[10'b10011001] = 32'h308d1a20;
    mem[10'b10011010] = 32'h348f1e28;
    mem[10'b10011011] = 32'h8891c70;
    mem[10'b10011100] = 32'h28911850;
    mem[10'b10011101] = 32'h2c940000;
    mem[10'b10011110] = 32'h30912220;
    mem[10'b10011111] = 32'h34952800;
    mem[10'b10100000] = 32'h30932070;
    mem[10'b10100001] = 32'h34972808;
    mem[10'b10100010] = 32'ha8020000;
    mem[10'b10100011] = 32'h2a912000;
    mem[10'b10100100] = 32'h2a952800;
    mem[10'b10100101] = 32'h30932068;
    mem[10'b10100110] = 32'h34972800;
    mem[10'b10100111] = 32'ha8020000;
    mem[10'b10101000] = 32'h2a912000;
    mem[10'b10101001] = 32'h30932060;
    mem[10'b10101010] = 32'ha8020000;
    mem[10'b10101011] = 32'h2a912000;
    mem[10'b10101100] = 32'h30932058;
    mem[10'b10101101] = 32'ha8020000;
    mem[10'b10101110] = 32'h2a912000;
    mem[10'b10101111] = 32'h30932050;
    mem[10'b10110000] = 32'ha8020000;
    mem[10'b10110001] = 32'h2a912000;
    mem[10'b10110010] = 32'h287f2000;
    mem[10'b10110011] = 32'h28580000;
    mem[10'b10110100] = 32'h285a0400;
    mem[10'b10110101] = 32'h285c0400;
    mem[10'b10110110] = 32'h285e0000;
    mem[10'b10110111] = 32'h880000fc;
    mem[10'b10111000] = 32'h60b160;
    mem[10'b10111001] = 32'h62b568;
    mem[10'b10111010] = 32'h64b970;
    mem[10'b10111011] = 32'h1864c990;
    mem[10'b10111100] = 32'h1866b168;
    mem[10'b10111101] = 32'h66cd98;
    mem[10'b10111110] = 32'h1868c188;
    mem[10'b10111111] = 32'h2066cda0;
    mem[10'b11000000] = 32'h206ac580;
    mem[10'b11000001] = 32'h2064d590;
    mem[10'b11000010] = 32'h206801a0;
    mem[10'b11000011] = 32'h58cd90;
    mem[10'b11000100] = 32'h5ad5a0;
    mem[10'b11000101] = 32'h5ecda0;
    mem[10'b11000110] = 32'h5cc9a8;
    mem[10'b11000111] = 32'ha010fe00;
    mem[10'b11001000] = 32'h2060b560;
    mem[10'b11001001] = 32'h1862b560;
    mem[10'b11001010] = 32'h160c0c8;
    mem[10'b11001011] = 32'h162c4c0;
    mem[10'b11001100] = 32'h164bcd8;
    mem[10'b11001101] = 32'h166b8d0;
    mem[10'b11001110] = 32'h2068c580;
    mem[10'b11001111] = 32'h186ac580;
    mem[10'b11010000] = 32'h206ccd90;
    mem[10'b11010001] = 32'h186ecd90;
    mem[10'b11010010] = 32'h58d1b0;
    mem[10'b11010011] = 32'h5adda8;
    mem[10'b11010100] = 32'h5ed1a8;
    mem[10'b11010101] = 32'h5cd9b8;
    mem[10'b11010110] = 32'h900000b8;
    mem[10'b11010111] = 32'h70b970;
    mem[10'b11011000] = 32'h72e1c0;
    mem[10'b11011001] = 32'h88800000;
    mem[10'b11011010] = 32'h72e5c8;
    mem[10'b11011011] = 32'h908000da;
    mem[10'b11011100] = 32'h72e570;
    mem[10'b11011101] = 32'h76e5c0;
    mem[10'b11011110] = 32'h70edd8;
    mem[10'b11011111] = 32'h70e1c8;
    mem[10'b11100000] = 32'h72e1c0;
    mem[10'b11100001] = 32'h88800003;
    mem[10'b11100010] = 32'h72e5c8;
    mem[10'b11100011] = 32'h908000e2;
    mem[10'b11100100] = 32'h70e5c0;
    mem[10'b11100101] = 32'h72e1c0;
    mem[10'b11100110] = 32'h88800008;
    mem[10'b11100111] = 32'h72e5c8;
    mem[10'b11101000] = 32'h908000e7;
    mem[10'b11101001] = 32'h72e5c0;
    mem[10'b11101010] = 32'h74e5c8;
    mem[10'b11101011] = 32'h88800012;
    mem[10'b11101100] = 32'h74e9d0;
    mem[10'b11101101] = 32'h908000ec;
    mem[10'b11101110] = 32'h72e9c8;
    mem[10'b11101111] = 32'h72e5c8;
    mem[10'b11110000] = 32'h88800008;
    mem[10'b11110001] = 32'h72e5c8;
    mem[10'b11110010] = 32'h908000f1;
    mem[10'b11110011] = 32'h70e5c0;
    mem[10'b11110100] = 32'h72e1c0;
    mem[10'b11110101] = 32'h88800030;
    mem[10'b11110110] = 32'h72e5c8;
    mem[10'b11110111] = 32'h908000f6;
    mem[10'b11111000] = 32'h72e5c0;
    mem[10'b11111001] = 32'h74e5c8;
    mem[10'b11111010] = 32'h88800062;
    mem[10'b11111011] = 32'h74e9d0;
    mem[10'b11111100] = 32'h908000fb;
    mem[10'b11111101] = 32'h72e9c8;
    mem[10'b11111110] = 32'h72e5c8;
    mem[10'b11111111] = 32'h88800030;
    mem[10'b100000000] = 32'h72e5c8;
    mem[10'b100000001] = 32'h90800100;
    mem[10'b100000010] = 32'h74e5c0;
    mem[10'b100000011] = 32'h74e9d0;
    mem[10'b100000100] = 32'h88800003;
    mem[10'b100000101] = 32'h74e9d0;
    mem[10'b100000110] = 32'h90800105;
    mem[10'b100000111] = 32'h78e9d8;
    mem[10'b100001000] = 32'h7ab1e0;
    mem[10'b100001001] = 32'h487af400;
    mem[10'b100001010] = 32'h50b5e0;
    mem[10'b100001011] = 32'h4850a000;
    mem[10'b100001100] = 32'ha002f400;
    mem[10'b100001101] = 32'h4150a010;
    mem[10'b100001110] = 32'hc000a000;
    mem[10'b100001111] = 32'hc000a808;
    mem[10'b100010000] = 32'hb0040800;
    mem[10'b100010001] = 32'hb8840000;
    mem[10'b100010010] = 32'h8890c70;
    mem[10'b100010011] = 32'h148b0c70;
    mem[10'b100010100] = 32'h288d0878;
    mem[10'b100010101] = 32'h2c8e0080;
    mem[10'b100010110] = 32'h308d1a20;
    mem[10'b100010111] = 32'h348f1e28;
    mem[10'b100011000] = 32'h8891c70;
    mem[10'b100011001] = 32'h148b1c70;
    mem[10'b100011010] = 32'h288d1888;
    mem[10'b100011011] = 32'h2c8e0090;
    mem[10'b100011100] = 32'h308d1a20;
    mem[10'b100011101] = 32'h348f1e28;
    mem[10'b100011110] = 32'h8891c70;
    mem[10'b100011111] = 32'h28911850;
    mem[10'b100100000] = 32'h2c940000;
    mem[10'b100100001] = 32'h30912220;
    mem[10'b100100010] = 32'h34952800;
    mem[10'b100100011] = 32'h30932070;
    mem[10'b100100100] = 32'h34972808;
    mem[10'b100100101] = 32'ha8020000;
    mem[10'b100100110] = 32'h2a912000;
    mem[10'b100100111] = 32'h2a952800;
    mem[10'b100101000] = 32'h30932068;
    mem[10'b100101001] = 32'h34972800;
    mem[10'b100101010] = 32'ha8020000;
    mem[10'b100101011] = 32'h2a912000;
    mem[10'b100101100] = 32'h30932060;
    mem[10'b100101101] = 32'ha8020000;
    mem[10'b100101110] = 32'h2a912000;
    mem[10'b100101111] = 32'h30932058;
    mem[10'b100110000] = 32'ha8020000;
    mem[10'b100110001] = 32'h2a912000;
    mem[10'b100110010] = 32'h30932050;
    mem[10'b100110011] = 32'ha8020000;
    mem[10'b100110100] = 32'h2a912000;
    mem[10'b100110101] = 32'h28812000;
    mem[10'b100110110] = 32'h88d01f0;
    mem[10'b100110111] = 32'h148f01f0;
    mem[10'b100111000] = 32'h288d19f8;
    mem[10'b100111001] = 32'h2c8f1c00;
    mem[10'b100111010] = 32'h8891c70;
    mem[10'b100111011] = 32'h148b1c70;
    mem[10'b100111100] = 32'h288d1878;
    mem[10'b100111101] = 32'h2c8e0080;
    mem[10'b100111110] = 32'h308d1a20;
    mem[10'b100111111] = 32'h348f1e28;
    mem[10'b101000000] = 32'h8891c70;
    mem[10'b101000001] = 32'h148b1c70;
    mem[10'b101000010] = 32'h288d1888;
    mem[10'b101000011] = 32'h2c8e0090;
    mem[10'b101000100] = 32'h308d1a20;
    mem[10'b101000101] = 32'h348f1e28;
    mem[10'b101000110] = 32'h8891c70;
    mem[10'b101000111] = 32'h28911850;
    mem[10'b101001000] = 32'h2c940000;
    mem[10'b101001001] = 32'h30912220;
    mem[10'b101001010] = 32'h34952800;
    mem[10'b101001011] = 32'h30932070;
    mem[10'b101001100] = 32'h34972808;
    mem[10'b101001101] = 32'ha8020000;
    mem[10'b101001110] = 32'h2a912000;
    mem[10'b101001111] = 32'h2a952800;
    mem[10'b101010000] = 32'h30932068;
    mem[10'b101010001] = 32'h34972800;
    mem[10'b101010010] = 32'ha8020000;
    mem[10'b101010011] = 32'h2a912000;
    mem[10'b101010100] = 32'h30932060;
    mem[10'b101010101] = 32'ha8020000;
    mem[10'b101010110] = 32'h2a912000;
    mem[10'b101010111] = 32'h30932058;
    mem[10'b101011000] = 32'ha8020000;
    mem[10'b101011001] = 32'h2a912000;
    mem[10'b101011010] = 32'h30932050;
    mem[10'b101011011] = 32'ha8020000;
    mem[10'b101011100] = 32'h2a912000;
    mem[10'b101011101] = 32'h28532000;
    mem[10'b101011110] = 32'h287c0000;
    mem[10'b101011111] = 32'h287e0000;
    mem[10'b101100000] = 32'h28800000;
    mem[10'b101100001] = 32'h28820000;
    mem[10'b101100010] = 32'h28840000;
    mem[10'b101100011] = 32'h28860000;
    mem[10'b101100100] = 32'h28880000;
    mem[10'b101100101] = 32'h288a0000;
    mem[10'b101100110] = 32'h288c0000;
    mem[10'b101100111] = 32'h288e0000;
    mem[10'b101101000] = 32'h28900000;
    mem[10'b101101001] = 32'h28920000;
    mem[10'b101101010] = 32'h28940000;
    mem[10'b101101011] = 32'h28960000;
    mem[10'b101101100] = 32'h28600000;
    mem[10'b101101101] = 32'h28620000;
    mem[10'b101101110] = 32'h28640000;
    mem[10'b101101111] = 32'h28660000;
    mem[10'b101110000] = 32'h28680000;
    mem[10'b101110001] = 32'h286a0000;
    mem[10'b101110010] = 32'h286c0000;
    mem[10'b101110011] = 32'h286e0000;
    mem[10'b101110100] = 32'h28580000;
    mem[10'b101110101] = 32'h285a0000;
    mem[10'b101110110] = 32'h285c0000;
    mem[10'b101110111] = 32'h285e0000;
    mem[10'b101111000] = 32'h28700000;
    mem[10'b101111001] = 32'h28720000;
    mem[10'b101111010] = 32'h28740000;
    mem[10'b101111011] = 32'h28760000;
    mem[10'b101111100] = 32'h28780000;
    mem[10'b101111101] = 32'h287a0000;
    mem[10'b101111110] = 32'h98000000;
    mem[10'b101111111] = 32'h28500000;
    mem[10'b110000000] = 32'h28520000;
    mem[10'b110000001] = 32'hc8820110;
    mem[10'b110000010] = 32'h30610450;
    mem[10'b110000011] = 32'h80300305;
    mem[10'b110000100] = 32'hc8980008;
    mem[10'b110000101] = 32'h389b3038;
    mem[10'b110000110] = 32'h48a53400;
    mem[10'b110000111] = 32'h30a54a68;
    mem[10'b110001000] = 32'h80200306;
    mem[10'b110001001] = 32'ha73668;
    mem[10'b110001010] = 32'h20a54c08;
    mem[10'b110001011] = 32'ha74c20;
    mem[10'b110001100] = 32'h18a74c08;
    mem[10'b110001101] = 32'h794e98;
    mem[10'b110001110] = 32'h78f298;
    mem[10'b110001111] = 32'h7af1e0;
    mem[10'b110010000] = 32'h7af698;
    mem[10'b110010001] = 32'h7af690;
    mem[10'b110010010] = 32'h70f5e8;
    mem[10'b110010011] = 32'h72e1c0;
    mem[10'b110010100] = 32'h88800000;
    mem[10'b110010101] = 32'h72e5c8;
    mem[10'b110010110] = 32'h90800195;
    mem[10'b110010111] = 32'h72e5e8;
    mem[10'b110011000] = 32'h76e5c0;
    mem[10'b110011001] = 32'h70edd8;
    mem[10'b110011010] = 32'h70e1c8;
    mem[10'b110011011] = 32'h72e1c0;
    mem[10'b110011100] = 32'h88800003;
    mem[10'b110011101] = 32'h72e5c8;
    mem[10'b110011110] = 32'h9080019d;
    mem[10'b110011111] = 32'h70e5c0;
    mem[10'b110100000] = 32'h72e1c0;
    mem[10'b110100001] = 32'h88800008;
    mem[10'b110100010] = 32'h72e5c8;
    mem[10'b110100011] = 32'h908001a2;
    mem[10'b110100100] = 32'h72e5c0;
    mem[10'b110100101] = 32'h74e5c8;
    mem[10'b110100110] = 32'h88800012;
    mem[10'b110100111] = 32'h74e9d0;
    mem[10'b110101000] = 32'h908001a7;
    mem[10'b110101001] = 32'h72e9c8;
    mem[10'b110101010] = 32'h72e5c8;
    mem[10'b110101011] = 32'h88800008;
    mem[10'b110101100] = 32'h72e5c8;
    mem[10'b110101101] = 32'h908001ac;
    mem[10'b110101110] = 32'h70e5c0;
    mem[10'b110101111] = 32'h72e1c0;
    mem[10'b110110000] = 32'h88800030;
    mem[10'b110110001] = 32'h72e5c8;
    mem[10'b110110010] = 32'h908001b1;
    mem[10'b110110011] = 32'h72e5c0;
    mem[10'b110110100] = 32'h74e5c8;
    mem[10'b110110101] = 32'h88800062;
    mem[10'b110110110] = 32'h74e9d0;
    mem[10'b110110111] = 32'h908001b6;
    mem[10'b110111000] = 32'h72e9c8;
    mem[10'b110111001] = 32'h72e5c8;
    mem[10'b110111010] = 32'h88800030;
    mem[10'b110111011] = 32'h72e5c8;
    mem[10'b110111100] = 32'h908001bb;
    mem[10'b110111101] = 32'h74e5c0;
    mem[10'b110111110] = 32'h74e9d0;
    mem[10'b110111111] = 32'h88800000;
    mem[10'b111000000] = 32'h74e9d0;
    mem[10'b111000001] = 32'h908001c0;
    mem[10'b111000010] = 32'h74e9e8;
    mem[10'b111000011] = 32'h78f290;
    mem[10'b111000100] = 32'h9cf1d0;
    mem[10'b111000101] = 32'h713a70;
    mem[10'b111000110] = 32'h70e298;
    mem[10'b111000111] = 32'h2072e290;
    mem[10'b111001000] = 32'h4872e400;
    mem[10'b111001001] = 32'h801001ce;
    mem[10'b111001010] = 32'h1872e290;
    mem[10'b111001011] = 32'h4872e400;
    mem[10'b111001100] = 32'h80200306;
    mem[10'b111001101] = 32'h9d3830;
    mem[10'b111001110] = 32'h489f3800;
    mem[10'b111001111] = 32'h20a00278;
    mem[10'b111010000] = 32'h48a14000;
    mem[10'b111010001] = 32'h28a33c00;
    mem[10'b111010010] = 32'ha0033c00;
    mem[10'b111010011] = 32'ha40330ff;
    mem[10'b111010100] = 32'h2a9d3c00;
    mem[10'b111010101] = 32'h28a93800;
    mem[10'b111010110] = 32'h28ab3400;
    mem[10'b111010111] = 32'h28ac0400;
    mem[10'b111011000] = 32'haf3a68;
    mem[10'b111011001] = 32'hc8980000;
    mem[10'b111011010] = 32'h389b3038;
    mem[10'b111011011] = 32'h48a53400;
    mem[10'b111011100] = 32'h30a54a68;
    mem[10'b111011101] = 32'h80200307;
    mem[10'b111011110] = 32'ha73668;
    mem[10'b111011111] = 32'h20a54c08;
    mem[10'b111100000] = 32'ha74c20;
    mem[10'b111100001] = 32'h18a74c08;
    mem[10'b111100010] = 32'h794e98;
    mem[10'b111100011] = 32'h78f298;
    mem[10'b111100100] = 32'h7af1e0;
    mem[10'b111100101] = 32'h7af698;
    mem[10'b111100110] = 32'h7af690;
    mem[10'b111100111] = 32'h70f5e8;
    mem[10'b111101000] = 32'h72e1c0;
    mem[10'b111101001] = 32'h88800000;
    mem[10'b111101010] = 32'h72e5c8;
    mem[10'b111101011] = 32'h908001ea;
    mem[10'b111101100] = 32'h72e5e8;
    mem[10'b111101101] = 32'h76e5c0;
    mem[10'b111101110] = 32'h70edd8;
    mem[10'b111101111] = 32'h70e1c8;
    mem[10'b111110000] = 32'h72e1c0;
    mem[10'b111110001] = 32'h88800003;
    mem[10'b111110010] = 32'h72e5c8;
    mem[10'b111110011] = 32'h908001f2;
    mem[10'b111110100] = 32'h70e5c0;
    mem[10'b111110101] = 32'h72e1c0;
    mem[10'b111110110] = 32'h88800008;
    mem[10'b111110111] = 32'h72e5c8;
    mem[10'b111111000] = 32'h908001f7;
    mem[10'b111111001] = 32'h72e5c0;
    mem[10'b111111010] = 32'h74e5c8;
    mem[10'b111111011] = 32'h88800012;
    mem[10'b111111100] = 32'h74e9d0;
    mem[10'b111111101] = 32'h908001fc;
    mem[10'b111111110] = 32'h72e9c8;
    mem[10'b111111111] = 32'h72e5c8;
    mem[10'b1000000000] = 32'h88800008;
    mem[10'b1000000001] = 32'h72e5c8;
    mem[10'b1000000010] = 32'h90800201;
    mem[10'b1000000011] = 32'h70e5c0;
    mem[10'b1000000100] = 32'h72e1c0;
    mem[10'b1000000101] = 32'h88800030;
    mem[10'b1000000110] = 32'h72e5c8;
    mem[10'b1000000111] = 32'h90800206;
    mem[10'b1000001000] = 32'h72e5c0;
    mem[10'b1000001001] = 32'h74e5c8;
    mem[10'b1000001010] = 32'h88800062;
    mem[10'b1000001011] = 32'h74e9d0;
    mem[10'b1000001100] = 32'h9080020b;
    mem[10'b1000001101] = 32'h72e9c8;
    mem[10'b1000001110] = 32'h72e5c8;
    mem[10'b1000001111] = 32'h88800030;
    mem[10'b1000010000] = 32'h72e5c8;
    mem[10'b1000010001] = 32'h90800210;
    mem[10'b1000010010] = 32'h74e5c0;
    mem[10'b1000010011] = 32'h74e9d0;
    mem[10'b1000010100] = 32'h88800000;
    mem[10'b1000010101] = 32'h74e9d0;
    mem[10'b1000010110] = 32'h90800215;
    mem[10'b1000010111] = 32'h74e9e8;
    mem[10'b1000011000] = 32'h78f290;
    mem[10'b1000011001] = 32'h9cf1d0;
    mem[10'b1000011010] = 32'h713a70;
    mem[10'b1000011011] = 32'h70e298;
    mem[10'b1000011100] = 32'h2072e290;
    mem[10'b1000011101] = 32'h4872e400;
    mem[10'b1000011110] = 32'h80100223;
    mem[10'b1000011111] = 32'h1872e290;
    mem[10'b1000100000] = 32'h4872e400;
    mem[10'b1000100001] = 32'h80200307;
    mem[10'b1000100010] = 32'h9d3830;
    mem[10'b1000100011] = 32'h489f3800;
    mem[10'b1000100100] = 32'h20a00278;
    mem[10'b1000100101] = 32'h48a14000;
    mem[10'b1000100110] = 32'h28a33c00;
    mem[10'b1000100111] = 32'ha0033c00;
    mem[10'b1000101000] = 32'ha40330ff;
    mem[10'b1000101001] = 32'h2a9d3c00;
    mem[10'b1000101010] = 32'h28b13800;
    mem[10'b1000101011] = 32'h28b33400;
    mem[10'b1000101100] = 32'h28595000;
    mem[10'b1000101101] = 32'h285b5400;
    mem[10'b1000101110] = 32'h285c0400;
    mem[10'b1000101111] = 32'h60b160;
    mem[10'b1000110000] = 32'h62b568;
    mem[10'b1000110001] = 32'h64b970;
    mem[10'b1000110010] = 32'h1864c990;
    mem[10'b1000110011] = 32'h1866b168;
    mem[10'b1000110100] = 32'h66cd98;
    mem[10'b1000110101] = 32'h1868c188;
    mem[10'b1000110110] = 32'h2066cda0;
    mem[10'b1000110111] = 32'h206ac580;
    mem[10'b1000111000] = 32'h2064d590;
    mem[10'b1000111001] = 32'h206801a0;
    mem[10'b1000111010] = 32'h58cd90;
    mem[10'b1000111011] = 32'h5ad5a0;
    mem[10'b1000111100] = 32'h5ecda0;
    mem[10'b1000111101] = 32'h5cc9a8;
    mem[10'b1000111110] = 32'h60b160;
    mem[10'b1000111111] = 32'h62b568;
    mem[10'b1001000000] = 32'h64b970;
    mem[10'b1001000001] = 32'h1864c990;
    mem[10'b1001000010] = 32'h1866b168;
    mem[10'b1001000011] = 32'h66cd98;
    mem[10'b1001000100] = 32'h1868c188;
    mem[10'b1001000101] = 32'h2066cda0;
    mem[10'b1001000110] = 32'h206ac580;
    mem[10'b1001000111] = 32'h2064d590;
    mem[10'b1001001000] = 32'h206801a0;
    mem[10'b1001001001] = 32'h58cd90;
    mem[10'b1001001010] = 32'h5ad5a0;
    mem[10'b1001001011] = 32'h5ecda0;
    mem[10'b1001001100] = 32'h5cc9a8;
    mem[10'b1001001101] = 32'h60b160;
    mem[10'b1001001110] = 32'h62b568;
    mem[10'b1001001111] = 32'h64b970;
    mem[10'b1001010000] = 32'h1864c990;
    mem[10'b1001010001] = 32'h1866b168;
    mem[10'b1001010010] = 32'h66cd98;
    mem[10'b1001010011] = 32'h1868c188;
    mem[10'b1001010100] = 32'h2066cda0;
    mem[10'b1001010101] = 32'h206ac580;
    mem[10'b1001010110] = 32'h2064d590;
    mem[10'b1001010111] = 32'h206801a0;
    mem[10'b1001011000] = 32'h58cd90;
    mem[10'b1001011001] = 32'h5ad5a0;
    mem[10'b1001011010] = 32'h5ecda0;
    mem[10'b1001011011] = 32'h5cc9a8;
    mem[10'b1001011100] = 32'h4860b000;
    mem[10'b1001011101] = 32'h80200261;
    mem[10'b1001011110] = 32'h2060b570;
    mem[10'b1001011111] = 32'h4860c000;
    mem[10'b1001100000] = 32'h80100308;
    mem[10'b1001100001] = 32'h28596000;
    mem[10'b1001100010] = 32'h285b6400;
    mem[10'b1001100011] = 32'h285c0400;
    mem[10'b1001100100] = 32'h60b160;
    mem[10'b1001100101] = 32'h62b568;
    mem[10'b1001100110] = 32'h64b970;
    mem[10'b1001100111] = 32'h1864c990;
    mem[10'b1001101000] = 32'h1866b168;
    mem[10'b1001101001] = 32'h66cd98;
    mem[10'b1001101010] = 32'h1868c188;
    mem[10'b1001101011] = 32'h2066cda0;
    mem[10'b1001101100] = 32'h206ac580;
    mem[10'b1001101101] = 32'h2064d590;
    mem[10'b1001101110] = 32'h206801a0;
    mem[10'b1001101111] = 32'h58cd90;
    mem[10'b1001110000] = 32'h5ad5a0;
    mem[10'b1001110001] = 32'h5ecda0;
    mem[10'b1001110010] = 32'h5cc9a8;
    mem[10'b1001110011] = 32'h60b160;
    mem[10'b1001110100] = 32'h62b568;
    mem[10'b1001110101] = 32'h64b970;
    mem[10'b1001110110] = 32'h1864c990;
    mem[10'b1001110111] = 32'h1866b168;
    mem[10'b1001111000] = 32'h66cd98;
    mem[10'b1001111001] = 32'h1868c188;
    mem[10'b1001111010] = 32'h2066cda0;
    mem[10'b1001111011] = 32'h206ac580;
    mem[10'b1001111100] = 32'h2064d590;
    mem[10'b1001111101] = 32'h206801a0;
    mem[10'b1001111110] = 32'h58cd90;
    mem[10'b1001111111] = 32'h5ad5a0;
    mem[10'b1010000000] = 32'h5ecda0;
    mem[10'b1010000001] = 32'h5cc9a8;
    mem[10'b1010000010] = 32'h60b160;
    mem[10'b1010000011] = 32'h62b568;
    mem[10'b1010000100] = 32'h64b970;
    mem[10'b1010000101] = 32'h1864c990;
    mem[10'b1010000110] = 32'h1866b168;
    mem[10'b1010000111] = 32'h66cd98;
    mem[10'b1010001000] = 32'h1868c188;
    mem[10'b1010001001] = 32'h2066cda0;
    mem[10'b1010001010] = 32'h206ac580;
    mem[10'b1010001011] = 32'h2064d590;
    mem[10'b1010001100] = 32'h206801a0;
    mem[10'b1010001101] = 32'h58cd90;
    mem[10'b1010001110] = 32'h5ad5a0;
    mem[10'b1010001111] = 32'h5ecda0;
    mem[10'b1010010000] = 32'h5cc9a8;
    mem[10'b1010010001] = 32'h4860b000;
    mem[10'b1010010010] = 32'h80200296;
    mem[10'b1010010011] = 32'h2060b570;
    mem[10'b1010010100] = 32'h4860c000;
    mem[10'b1010010101] = 32'h80100309;
    mem[10'b1010010110] = 32'hb0040800;
    mem[10'b1010010111] = 32'hb8840000;
    mem[10'b1010011000] = 32'h8890c70;
    mem[10'b1010011001] = 32'h148b0c70;
    mem[10'b1010011010] = 32'h288d0878;
    mem[10'b1010011011] = 32'h2c8e0080;
    mem[10'b1010011100] = 32'h308d1a20;
    mem[10'b1010011101] = 32'h348f1e28;
    mem[10'b1010011110] = 32'h8891c70;
    mem[10'b1010011111] = 32'h148b1c70;
    mem[10'b1010100000] = 32'h288d1888;
    mem[10'b1010100001] = 32'h2c8e0090;
    mem[10'b1010100010] = 32'h308d1a20;
    mem[10'b1010100011] = 32'h348f1e28;
    mem[10'b1010100100] = 32'h8891c70;
    mem[10'b1010100101] = 32'h28911850;
    mem[10'b1010100110] = 32'h2c940000;
    mem[10'b1010100111] = 32'h30912220;
    mem[10'b1010101000] = 32'h34952800;
    mem[10'b1010101001] = 32'h30932070;
    mem[10'b1010101010] = 32'h34972808;
    mem[10'b1010101011] = 32'ha8020000;
    mem[10'b1010101100] = 32'h2a912000;
    mem[10'b1010101101] = 32'h2a952800;
    mem[10'b1010101110] = 32'h30932068;
    mem[10'b1010101111] = 32'h34972800;
    mem[10'b1010110000] = 32'ha8020000;
    mem[10'b1010110001] = 32'h2a912000;
    mem[10'b1010110010] = 32'h30932060;
    mem[10'b1010110011] = 32'ha8020000;
    mem[10'b1010110100] = 32'h2a912000;
    mem[10'b1010110101] = 32'h30932058;
    mem[10'b1010110110] = 32'ha8020000;
    mem[10'b1010110111] = 32'h2a912000;
    mem[10'b1010111000] = 32'h30932050;
    mem[10'b1010111001] = 32'ha8020000;
    mem[10'b1010111010] = 32'h2a912000;
    mem[10'b1010111011] = 32'h28812000;
    mem[10'b1010111100] = 32'h203956a0;
    mem[10'b1010111101] = 32'h183b56a0;
    mem[10'b1010111110] = 32'h183d5ab0;
    mem[10'b1010111111] = 32'h615c28;
    mem[10'b1011000000] = 32'h203e0180;
    mem[10'b1011000001] = 32'h28584c00;
    mem[10'b1011000010] = 32'h285a5000;
    mem[10'b1011000011] = 32'h285c0400;
    mem[10'b1011000100] = 32'h285e5400;
    mem[10'b1011000101] = 32'h2060b560;
    mem[10'b1011000110] = 32'h1862b560;
    mem[10'b1011000111] = 32'h60c0e8;
    mem[10'b1011001000] = 32'h62c4e0;
    mem[10'b1011001001] = 32'h64bcf8;
    mem[10'b1011001010] = 32'h66b8f0;
    mem[10'b1011001011] = 32'h2068c580;
    mem[10'b1011001100] = 32'h186ac580;
    mem[10'b1011001101] = 32'h206ccd90;
    mem[10'b1011001110] = 32'h186ecd90;
    mem[10'b1011001111] = 32'h58d1b0;
    mem[10'b1011010000] = 32'h5adda8;
    mem[10'b1011010001] = 32'h5ed1a8;
    mem[10'b1011010010] = 32'h5cd9b8;
    mem[10'b1011010011] = 32'h1848b560;
    mem[10'b1011010100] = 32'h204ab560;
    mem[10'b1011010101] = 32'h184cb970;
    mem[10'b1011010110] = 32'h4ebc28;
    mem[10'b1011010111] = 32'h28580000;
    mem[10'b1011011000] = 32'h285a0400;
    mem[10'b1011011001] = 32'h285c0400;
    mem[10'b1011011010] = 32'h285e0000;
    mem[10'b1011011011] = 32'h880000fc;
    mem[10'b1011011100] = 32'h60b160;
    mem[10'b1011011101] = 32'h62b568;
    mem[10'b1011011110] = 32'h64b970;
    mem[10'b1011011111] = 32'h1864c990;
    mem[10'b1011100000] = 32'h1866b168;
    mem[10'b1011100001] = 32'h66cd98;
    mem[10'b1011100010] = 32'h1868c188;
    mem[10'b1011100011] = 32'h2066cda0;
    mem[10'b1011100100] = 32'h206ac580;
    mem[10'b1011100101] = 32'h2064d590;
    mem[10'b1011100110] = 32'h206801a0;
    mem[10'b1011100111] = 32'h58cd90;
    mem[10'b1011101000] = 32'h5ad5a0;
    mem[10'b1011101001] = 32'h5ecda0;
    mem[10'b1011101010] = 32'h5cc9a8;
    mem[10'b1011101011] = 32'ha0110600;
    mem[10'b1011101100] = 32'ha4090200;
    mem[10'b1011101101] = 32'h2060b560;
    mem[10'b1011101110] = 32'h1862b560;
    mem[10'b1011101111] = 32'h160c0c8;
    mem[10'b1011110000] = 32'h162c4c0;
    mem[10'b1011110001] = 32'h164bcd8;
    mem[10'b1011110010] = 32'h166b8d0;
    mem[10'b1011110011] = 32'h2068c580;
    mem[10'b1011110100] = 32'h186ac580;
    mem[10'b1011110101] = 32'h206ccd90;
    mem[10'b1011110110] = 32'h186ecd90;
    mem[10'b1011110111] = 32'h58d1b0;
    mem[10'b1011111000] = 32'h5adda8;
    mem[10'b1011111001] = 32'h5ed1a8;
    mem[10'b1011111010] = 32'h5cd9b8;
    mem[10'b1011111011] = 32'h900002dc;
    mem[10'b1011111100] = 32'h616170;
    mem[10'b1011111101] = 32'h2060b180;
    mem[10'b1011111110] = 32'h4860c000;
    mem[10'b1011111111] = 32'h8020030a;
    mem[10'b1100000000] = 32'h616570;
    mem[10'b1100000001] = 32'h2060b580;
    mem[10'b1100000010] = 32'h4860c000;
    mem[10'b1100000011] = 32'h8020030a;
    mem[10'b1100000100] = 32'h98000000;
    mem[10'b1100000101] = 32'h98000001;
    mem[10'b1100000110] = 32'h98000002;
    mem[10'b1100000111] = 32'h98000003;
    mem[10'b1100001000] = 32'h98000004;
    mem[10'b1100001001] = 32'h98000005;
    mem[10'b1100001010] = 32'h98000006;
    mem[10'b1100001011] = 32'hb0000808;
    mem[10'b1100001100] = 32'hb8500000;
    mem[10'b1100001101] = 32'h98000000;
    mem[10'b1100001110] = 32'h0;
    mem[10'b1100001111] = 32'h0;
    mem[10'b1100010000] = 32'h0;
    mem[10'b1100010001] = 32'h0;
    mem[10'b1100010010] = 32'h0;
    mem[10'b1100010011] = 32'h0;
    mem[10'b1100010100] = 32'h0;
    mem[10'b1100010101] = 32'h0;
    mem[10'b1100010110] = 32'h0;
    mem[10'b1100010111] = 32'h0;
    mem[10'b1100011000] = 32'h0;
    mem[10'b1100011001] = 32'h0;
    mem[10'b1100011010] = 32'h0;
    mem[10'b1100011011] = 32'h0;
    mem[10'b1100011100] = 32'h0;
    mem[10'b1100011101] = 32'h0;
    mem[10'b1100011110] = 32'h0;
    mem[10'b1100011111] = 32'h0;
    mem[10'b1100100000] = 32'h0;
    mem[10'b1100100001] = 32'h0;
    mem[10'b1100100010] = 32'h0;
    mem[10'b1100100011] = 32'h0;
    mem[10'b1100100100] = 32'h0;
    mem[10'b1100100101] = 32'h0;
    mem[10'b1100100110] = 32'h0;
    mem[10'b1100100111] = 32'h0;
    mem[10'b1100101000] = 32'h0;
    mem[10'b1100101001] = 32'h0;
    mem[10'b1100101010] = 32'h0;
    mem[10'b1100101011] = 32'h0;
    mem[10'b1100101100] = 32'h0;
    mem[10'b1100101101] = 32'h0;
    mem[10'b1100101110] = 32'h0;
    mem[10'b1100101111] = 32'h0;
    mem[10'b1100110000] = 32'h0;
    mem[10'b1100110001] = 32'h0;
    mem[10'b1100110010] = 32'h0;
    mem[10'b1100110011] = 32'h0;
    mem[10'b1100110100] = 32'h0;
    mem[10'b1100110101] = 32'h0;
    mem[10'b1100110110] = 32'h0;
    mem[10'b1100110111] = 32'h0;
    mem[10'b1100111000] = 32'h0;
    mem[10'b1100111001] = 32'h0;
    mem[10'b1100111010] = 32'h0;
    mem[10'b1100111011] = 32'h0;
    mem[10'b1100111100] = 32'h0;
    mem[10'b1100111101] = 32'h0;
    mem[10'b1100111110] = 32'h0;
    mem[10'b1100111111] = 32'h0;
    mem[10'b1101000000] = 32'h0;
    mem[10'b1101000001] = 32'h0;
    mem[10'b1101000010] = 32'h0;
    mem[10'b1101000011] = 32'h0;
    mem[10'b1101000100] = 32'h0;
    mem[10'b1101000101] = 32'h0;
    mem[10'b1101000110] = 32'h0;
    mem[10'b1101000111] = 32'h0;
    mem[10'b1101001000] = 32'h0;
    mem[10'b1101001001] = 32'h0;
    mem[10'b1101001010] = 32'h0;
    mem[10'b1101001011] = 32'h0;
    mem[10'b1101001100] = 32'h0;
    mem[10'b1101001101] = 32'h0;
    mem[10'b1101001110] = 32'h0;
    mem[10'b1101001111] = 32'h0;
    mem[10'b1101010000] = 32'h0;
    mem[10'b1101010001] = 32'h0;
    mem[10'b1101010010] = 32'h0;
    mem[10'b1101010011] = 32'h0;
    mem[10'b1101010100] = 32'h0;
    mem[10'b1101010101] = 32'h0;
    mem[10'b1101010110] = 32'h0;
    mem[10'b1101010111] = 32'h0;
    mem[10'b1101011000] = 32'h0;
    mem[10'b1101011001] = 32'h0;
    mem[10'b1101011010] = 32'h0;
    mem[10'b1101011011] = 32'h0;
    mem[10'b1101011100] = 32'h0;
    mem[10'b1101011101] = 32'h0;
    mem[10'b1101011110] = 32'h0;
    mem[10'b1101011111] = 32'h0;
    mem[10'b1101100000] = 32'h0;
    mem[10'b1101100001] = 32'h0;
    mem[10'b1101100010] = 32'h0;
    mem[10'b1101100011] = 32'h0;
    mem[10'b1101100100] = 32'h0;
    mem[10'b1101100101] = 32'h0;
    mem[10'b1101100110] = 32'h0;
    mem[10'b1101100111] = 32'h0;
    mem[10'b1101101000] = 32'h0;
    mem[10'b1101101001] = 32'h0;
    mem[10'b1101101010] = 32'h0;
    mem[10'b1101101011] = 32'h0;
    mem[10'b1101101100] = 32'h0;
    mem[10'b1101101101] = 32'h0;
    mem[10'b1101101110] = 32'h0;
    mem[10'b1101101111] = 32'h0;
    mem[10'b1101110000] = 32'h0;
    mem[10'b1101110001] = 32'h0;
    mem[10'b1101110010] = 32'h0;
    mem[10'b1101110011] = 32'h0;
    mem[10'b1101110100] = 32'h0;
    mem[10'b1101110101] = 32'h0;
    mem[10'b1101110110] = 32'h0;
    mem[10'b1101110111] = 32'h0;
    mem[10'b1101111000] = 32'h0;
    mem[10'b1101111001] = 32'h0;
    mem[10'b1101111010] = 32'h0;
    mem[10'b1101111011] = 32'h0;
    mem[10'b1101111100] = 32'h0;
    mem[10'b1101111101] = 32'h0;
    mem[10'b1101111110] = 32'h0;
    mem[10'b1101111111] = 32'h0;
    mem[10'b1110000000] = 32'h0;
    mem[10'b1110000001] = 32'h0;
    mem[10'b1110000010] = 32'h0;
    mem[10'b1110000011] = 32'h0;
    mem[10'b1110000100] = 32'h0;
    mem[10'b1110000101] = 32'h0;
    mem[10'b1110000110] = 32'h0;
    mem[10'b1110000111] = 32'h0;
    mem[10'b1110001000] = 32'h0;
    mem[10'b1110001001] = 32'h0;
    mem[10'b1110001010] = 32'h0;
    mem[10'b1110001011] = 32'h0;
    mem[10'b1110001100] = 32'h0;
    mem[10'b1110001101] = 32'h0;
    mem[10'b1110001110] = 32'h0;
    mem[10'b1110001111] = 32'h0;
    mem[10'b1110010000] = 32'h0;
    mem[10'b1110010001] = 32'h0;
    mem[10'b1110010010] = 32'h0;
    mem[10'b1110010011] = 32'h0;
    mem[10'b1110010100] = 32'h0;
    mem[10'b1110010101] = 32'h0;
    mem[10'b1110010110] = 32'h0;
    mem[10'b1110010111] = 32'h0;
    mem[10'b1110011000] = 32'h0;
    mem[10'b1110011001] = 32'h0;
    mem[10'b1110011010] = 32'h0;
    mem[10'b1110011011] = 32'h0;
    mem[10'b1110011100] = 32'h0;
    mem[10'b1110011101] = 32'h0;
    mem[10'b1110011110] = 32'h0;
    mem[10'b1110011111] = 32'h0;
    mem[10'b1110100000] = 32'h0;
    mem[10'b1110100001] = 32'h0;
    mem[10'b1110100010] = 32'h0;
    mem[10'b1110100011] = 32'h0;
    mem[10'b1110100100] = 32'h0;
    mem[10'b1110100101] = 32'h0;
    mem[10'b1110100110] = 32'h0;
    mem[10'b1110100111] = 32'h0;
    mem[10'b1110101000] = 32'h0;
    mem[10'b1110101001] = 32'h0;
    mem[10'b1110101010] = 32'h0;
    mem[10'b1110101011] = 32'h0;
    mem[10'b1110101100] = 32'h0;
    mem[10'b1110101101] = 32'h0;
    mem[10'b1110101110] = 32'h0;
    mem[10'b1110101111] = 32'h0;
    mem[10'b1110110000] = 32'h0;
    mem[10'b1110110001] = 32'h0;
    mem[10'b1110110010] = 32'h0;
    mem[10'b1110110011] = 32'h0;
    mem[10'b1110110100] = 32'h0;
    mem[10'b1110110101] = 32'h0;
    mem[10'b1110110110] = 32'h0;
    mem[10'b1110110111] = 32'h0;
    mem[10'b1110111000] = 32'h0;
    mem[10'b1110111001] = 32'h0;
    mem[10'b1110111010] = 32'h0;
    mem[10'b1110111011] = 32'h0;
    mem[10'b1110111100] = 32'h0;
    mem[10'b1110111101] = 32'h0;
    mem[10'b1110111110] = 32'h0;
    mem[10'b1110111111] = 32'h0;
    mem[10'b1111000000] = 32'h0;
    mem[10'b1111000001] = 32'h0;
    mem[10'b1111000010] = 32'h0;
    mem[10'b1111000011] = 32'h0;
    mem[10'b1111000100] = 32'h0;
    mem[10'b1111000101] = 32'h0;
    mem[10'b1111000110] = 32'h0;
    mem[10'b1111000111] = 32'h0;
    mem[10'b1111001000] = 32'h0;
    mem[10'b1111001001] = 32'h0;
    mem[10'b1111001010] = 32'h0;
    mem[10'b1111001011] = 32'h0;
    mem[10'b1111001100] = 32'h0;
    mem[10'b1111001101] = 32'h0;
    mem[10'b1111001110] = 32'h0;
    mem[10'b1111001111] = 32'h0;
    mem[10'b1111010000] = 32'h0;
    mem[10'b1111010001] = 32'h0;
    mem[10'b1111010010] = 32'h0;
    mem[10'b1111010011] = 32'h0;
    mem[10'b1111010100] = 32'h0;
    mem[10'b1111010101] = 32'h0;
    mem[10'b1111010110] = 32'h0;
    mem[10'b1111010111] = 32'h0;
    mem[10'b1111011000] = 32'h0;
    mem[10'b1111011001] = 32'h0;
    mem[10'b1111011010] = 32'h0;
    mem[10'b1111011011] = 32'h0;
    mem[10'b1111011100] = 32'h0;
    mem[10'b1111011101] = 32'h0;
    mem[10'b1111011110] = 32'h0;
    mem[10'b1111011111] = 32'h0;
    mem[10'b1111100000] = 32'h0;
    mem[10'b1111100001] = 32'h0;
    mem[10'b1111100010] = 32'h0;
    mem[10'b1111100011] = 32'h0;
    mem[10'b1111100100] = 32'h0;
    mem[10'b1111100101] = 32'h0;
    mem[10'b1111100110] = 32'h0;
    mem[10'b1111100111] = 32'h0;
    mem[10'b1111101000] = 32'h0;
    mem[10'b1111101001] = 32'h0;
    mem[10'b1111101010] = 32'h0;
    mem[10'b1111101011] = 32'h0;
    mem[10'b1111101100] = 32'h0;
    mem[10'b1111101101] = 32'h0;
    mem[10'b1111101110] = 32'h0;
    mem[10'b1111101111] = 32'h0;
    mem[10'b1111110000] = 32'h0;
    mem[10'b1111110001] = 32'h0;
    mem[10'b1111110010] = 32'h0;
    mem[10'b1111110011] = 32'h0;
    mem[10'b1111110100] = 32'h0;
    mem[10'b1111110101] = 32'h0;
    mem[10'b1111110110] = 32'h0;
    mem[10'b1111110111] = 32'h0;
    mem[10'b1111111000] = 32'h0;
    mem[10'b1111111001] = 32'h0;
    mem[10'b1111111010] = 32'h0;
    mem[10'b1111111011] = 32'h0;
    mem[10'b1111111100] = 32'h0;
    mem[10'b1111111101] = 32'h0;
    mem[10'b1111111110] = 32'h0;
    mem[10'b1111111111] = 32'h0;
    end
    
    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // capfuse_ed25519$rom


module capfuse_ed25519$sha(clock,start,start_byte,len,buf_addr,buf_data,done,dig_sel,dig_word);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [10:0] start_byte;
    input wire  [11:0] len;
    output reg  [8:0] buf_addr;
    input wire  [31:0] buf_data;
    output reg  done;
    input wire  [2:0] dig_sel;
    output reg  [63:0] dig_word;
    
    // Stub signals
    reg  [6:0] krom$address;
    reg  krom$clock;
    wire  [63:0] krom$data;
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [1:0] ph$d;
    wire  [1:0] ph$q;
    reg  ph$clock;
    reg  [6:0] rnd$d;
    wire  [6:0] rnd$q;
    reg  rnd$clock;
    reg  addm$d;
    wire  addm$q;
    reg  addm$clock;
    reg  first$d;
    wire  first$q;
    reg  first$clock;
    reg  [5:0] bl$d;
    wire  [5:0] bl$q;
    reg  bl$clock;
    reg  lastb$d;
    wire  lastb$q;
    reg  lastb$clock;
    reg  fetch$d;
    wire  fetch$q;
    reg  fetch$clock;
    reg  lastw$d;
    wire  lastw$q;
    reg  lastw$clock;
    reg  done_q$d;
    wire  done_q$q;
    reg  done_q$clock;
    reg  [8:0] ptr$d;
    wire  [8:0] ptr$q;
    reg  ptr$clock;
    reg  [13:0] rem$d;
    wire  [13:0] rem$q;
    reg  rem$clock;
    reg  [11:0] len_q$d;
    wire  [11:0] len_q$q;
    reg  len_q$clock;
    reg  [31:0] lo_q$d;
    wire  [31:0] lo_q$q;
    reg  lo_q$clock;
    reg  [63:0] kmask$d;
    wire  [63:0] kmask$q;
    reg  kmask$clock;
    reg  [63:0] kpad$d;
    wire  [63:0] kpad$q;
    reg  kpad$clock;
    reg  [63:0] mword$d;
    wire  [63:0] mword$q;
    reg  mword$clock;
    reg  [63:0] w$0$d;
    wire  [63:0] w$0$q;
    reg  w$0$clock;
    reg  [63:0] w$1$d;
    wire  [63:0] w$1$q;
    reg  w$1$clock;
    reg  [63:0] w$2$d;
    wire  [63:0] w$2$q;
    reg  w$2$clock;
    reg  [63:0] w$3$d;
    wire  [63:0] w$3$q;
    reg  w$3$clock;
    reg  [63:0] w$4$d;
    wire  [63:0] w$4$q;
    reg  w$4$clock;
    reg  [63:0] w$5$d;
    wire  [63:0] w$5$q;
    reg  w$5$clock;
    reg  [63:0] w$6$d;
    wire  [63:0] w$6$q;
    reg  w$6$clock;
    reg  [63:0] w$7$d;
    wire  [63:0] w$7$q;
    reg  w$7$clock;
    reg  [63:0] w$8$d;
    wire  [63:0] w$8$q;
    reg  w$8$clock;
    reg  [63:0] w$9$d;
    wire  [63:0] w$9$q;
    reg  w$9$clock;
    reg  [63:0] w$10$d;
    wire  [63:0] w$10$q;
    reg  w$10$clock;
    reg  [63:0] w$11$d;
    wire  [63:0] w$11$q;
    reg  w$11$clock;
    reg  [63:0] w$12$d;
    wire  [63:0] w$12$q;
    reg  w$12$clock;
    reg  [63:0] w$13$d;
    wire  [63:0] w$13$q;
    reg  w$13$clock;
    reg  [63:0] w$14$d;
    wire  [63:0] w$14$q;
    reg  w$14$clock;
    reg  [63:0] w$15$d;
    wire  [63:0] w$15$q;
    reg  w$15$clock;
    reg  [63:0] su$d;
    wire  [63:0] su$q;
    reg  su$clock;
    reg  [63:0] sv$d;
    wire  [63:0] sv$q;
    reg  sv$clock;
    reg  [63:0] wsched$d;
    wire  [63:0] wsched$q;
    reg  wsched$clock;
    reg  [63:0] st$0$d;
    wire  [63:0] st$0$q;
    reg  st$0$clock;
    reg  [63:0] st$1$d;
    wire  [63:0] st$1$q;
    reg  st$1$clock;
    reg  [63:0] st$2$d;
    wire  [63:0] st$2$q;
    reg  st$2$clock;
    reg  [63:0] st$3$d;
    wire  [63:0] st$3$q;
    reg  st$3$clock;
    reg  [63:0] st$4$d;
    wire  [63:0] st$4$q;
    reg  st$4$clock;
    reg  [63:0] st$5$d;
    wire  [63:0] st$5$q;
    reg  st$5$clock;
    reg  [63:0] st$6$d;
    wire  [63:0] st$6$q;
    reg  st$6$clock;
    reg  [63:0] st$7$d;
    wire  [63:0] st$7$q;
    reg  st$7$clock;
    reg  [63:0] s1ch$d;
    wire  [63:0] s1ch$q;
    reg  s1ch$clock;
    reg  [63:0] s0maj$d;
    wire  [63:0] s0maj$q;
    reg  s0maj$clock;
    reg  [63:0] kw$d;
    wire  [63:0] kw$q;
    reg  kw$clock;
    reg  [63:0] hs$d;
    wire  [63:0] hs$q;
    reg  hs$clock;
    reg  [63:0] t1$d;
    wire  [63:0] t1$q;
    reg  t1$clock;
    reg  [63:0] hh$0$d;
    wire  [63:0] hh$0$q;
    reg  hh$0$clock;
    reg  [63:0] hh$1$d;
    wire  [63:0] hh$1$q;
    reg  hh$1$clock;
    reg  [63:0] hh$2$d;
    wire  [63:0] hh$2$q;
    reg  hh$2$clock;
    reg  [63:0] hh$3$d;
    wire  [63:0] hh$3$q;
    reg  hh$3$clock;
    reg  [63:0] hh$4$d;
    wire  [63:0] hh$4$q;
    reg  hh$4$clock;
    reg  [63:0] hh$5$d;
    wire  [63:0] hh$5$q;
    reg  hh$5$clock;
    reg  [63:0] hh$6$d;
    wire  [63:0] hh$6$q;
    reg  hh$6$clock;
    reg  [63:0] hh$7$d;
    wire  [63:0] hh$7$q;
    reg  hh$7$clock;
    
    // Local signals
    reg  [6:0] r_next;
    reg  [12:0] len13;
    reg  [12:0] nb13;
    reg  [31:0] lo_sw;
    reg  [31:0] hi_sw;
    reg  [63:0] wraw;
    reg  [63:0] bitlen;
    reg  [63:0] sig0;
    reg  [63:0] sig1;
    reg  [63:0] ch;
    reg  [63:0] maj;
    reg  [63:0] ss0;
    reg  [63:0] ss1;
    reg  [63:0] hsum;
    
    // Sub module instances
    capfuse_ed25519$sha$krom krom(
        .address(krom$address),
        .clock(krom$clock),
        .data(krom$data)
    );
    capfuse_ed25519$sha$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    capfuse_ed25519$sha$ph ph(
        .d(ph$d),
        .q(ph$q),
        .clock(ph$clock)
    );
    capfuse_ed25519$sha$rnd rnd(
        .d(rnd$d),
        .q(rnd$q),
        .clock(rnd$clock)
    );
    capfuse_ed25519$sha$addm addm(
        .d(addm$d),
        .q(addm$q),
        .clock(addm$clock)
    );
    capfuse_ed25519$sha$first first(
        .d(first$d),
        .q(first$q),
        .clock(first$clock)
    );
    capfuse_ed25519$sha$bl bl(
        .d(bl$d),
        .q(bl$q),
        .clock(bl$clock)
    );
    capfuse_ed25519$sha$lastb lastb(
        .d(lastb$d),
        .q(lastb$q),
        .clock(lastb$clock)
    );
    capfuse_ed25519$sha$fetch fetch(
        .d(fetch$d),
        .q(fetch$q),
        .clock(fetch$clock)
    );
    capfuse_ed25519$sha$lastw lastw(
        .d(lastw$d),
        .q(lastw$q),
        .clock(lastw$clock)
    );
    capfuse_ed25519$sha$done_q done_q(
        .d(done_q$d),
        .q(done_q$q),
        .clock(done_q$clock)
    );
    capfuse_ed25519$sha$ptr ptr(
        .d(ptr$d),
        .q(ptr$q),
        .clock(ptr$clock)
    );
    capfuse_ed25519$sha$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    capfuse_ed25519$sha$len_q len_q(
        .d(len_q$d),
        .q(len_q$q),
        .clock(len_q$clock)
    );
    capfuse_ed25519$sha$lo_q lo_q(
        .d(lo_q$d),
        .q(lo_q$q),
        .clock(lo_q$clock)
    );
    capfuse_ed25519$sha$kmask kmask(
        .d(kmask$d),
        .q(kmask$q),
        .clock(kmask$clock)
    );
    capfuse_ed25519$sha$kpad kpad(
        .d(kpad$d),
        .q(kpad$q),
        .clock(kpad$clock)
    );
    capfuse_ed25519$sha$mword mword(
        .d(mword$d),
        .q(mword$q),
        .clock(mword$clock)
    );
    capfuse_ed25519$sha$w$0 w$0(
        .d(w$0$d),
        .q(w$0$q),
        .clock(w$0$clock)
    );
    capfuse_ed25519$sha$w$1 w$1(
        .d(w$1$d),
        .q(w$1$q),
        .clock(w$1$clock)
    );
    capfuse_ed25519$sha$w$2 w$2(
        .d(w$2$d),
        .q(w$2$q),
        .clock(w$2$clock)
    );
    capfuse_ed25519$sha$w$3 w$3(
        .d(w$3$d),
        .q(w$3$q),
        .clock(w$3$clock)
    );
    capfuse_ed25519$sha$w$4 w$4(
        .d(w$4$d),
        .q(w$4$q),
        .clock(w$4$clock)
    );
    capfuse_ed25519$sha$w$5 w$5(
        .d(w$5$d),
        .q(w$5$q),
        .clock(w$5$clock)
    );
    capfuse_ed25519$sha$w$6 w$6(
        .d(w$6$d),
        .q(w$6$q),
        .clock(w$6$clock)
    );
    capfuse_ed25519$sha$w$7 w$7(
        .d(w$7$d),
        .q(w$7$q),
        .clock(w$7$clock)
    );
    capfuse_ed25519$sha$w$8 w$8(
        .d(w$8$d),
        .q(w$8$q),
        .clock(w$8$clock)
    );
    capfuse_ed25519$sha$w$9 w$9(
        .d(w$9$d),
        .q(w$9$q),
        .clock(w$9$clock)
    );
    capfuse_ed25519$sha$w$10 w$10(
        .d(w$10$d),
        .q(w$10$q),
        .clock(w$10$clock)
    );
    capfuse_ed25519$sha$w$11 w$11(
        .d(w$11$d),
        .q(w$11$q),
        .clock(w$11$clock)
    );
    capfuse_ed25519$sha$w$12 w$12(
        .d(w$12$d),
        .q(w$12$q),
        .clock(w$12$clock)
    );
    capfuse_ed25519$sha$w$13 w$13(
        .d(w$13$d),
        .q(w$13$q),
        .clock(w$13$clock)
    );
    capfuse_ed25519$sha$w$14 w$14(
        .d(w$14$d),
        .q(w$14$q),
        .clock(w$14$clock)
    );
    capfuse_ed25519$sha$w$15 w$15(
        .d(w$15$d),
        .q(w$15$q),
        .clock(w$15$clock)
    );
    capfuse_ed25519$sha$su su(
        .d(su$d),
        .q(su$q),
        .clock(su$clock)
    );
    capfuse_ed25519$sha$sv sv(
        .d(sv$d),
        .q(sv$q),
        .clock(sv$clock)
    );
    capfuse_ed25519$sha$wsched wsched(
        .d(wsched$d),
        .q(wsched$q),
        .clock(wsched$clock)
    );
    capfuse_ed25519$sha$st$0 st$0(
        .d(st$0$d),
        .q(st$0$q),
        .clock(st$0$clock)
    );
    capfuse_ed25519$sha$st$1 st$1(
        .d(st$1$d),
        .q(st$1$q),
        .clock(st$1$clock)
    );
    capfuse_ed25519$sha$st$2 st$2(
        .d(st$2$d),
        .q(st$2$q),
        .clock(st$2$clock)
    );
    capfuse_ed25519$sha$st$3 st$3(
        .d(st$3$d),
        .q(st$3$q),
        .clock(st$3$clock)
    );
    capfuse_ed25519$sha$st$4 st$4(
        .d(st$4$d),
        .q(st$4$q),
        .clock(st$4$clock)
    );
    capfuse_ed25519$sha$st$5 st$5(
        .d(st$5$d),
        .q(st$5$q),
        .clock(st$5$clock)
    );
    capfuse_ed25519$sha$st$6 st$6(
        .d(st$6$d),
        .q(st$6$q),
        .clock(st$6$clock)
    );
    capfuse_ed25519$sha$st$7 st$7(
        .d(st$7$d),
        .q(st$7$q),
        .clock(st$7$clock)
    );
    capfuse_ed25519$sha$s1ch s1ch(
        .d(s1ch$d),
        .q(s1ch$q),
        .clock(s1ch$clock)
    );
    capfuse_ed25519$sha$s0maj s0maj(
        .d(s0maj$d),
        .q(s0maj$q),
        .clock(s0maj$clock)
    );
    capfuse_ed25519$sha$kw kw(
        .d(kw$d),
        .q(kw$q),
        .clock(kw$clock)
    );
    capfuse_ed25519$sha$hs hs(
        .d(hs$d),
        .q(hs$q),
        .clock(hs$clock)
    );
    capfuse_ed25519$sha$t1 t1(
        .d(t1$d),
        .q(t1$q),
        .clock(t1$clock)
    );
    capfuse_ed25519$sha$hh$0 hh$0(
        .d(hh$0$d),
        .q(hh$0$q),
        .clock(hh$0$clock)
    );
    capfuse_ed25519$sha$hh$1 hh$1(
        .d(hh$1$d),
        .q(hh$1$q),
        .clock(hh$1$clock)
    );
    capfuse_ed25519$sha$hh$2 hh$2(
        .d(hh$2$d),
        .q(hh$2$q),
        .clock(hh$2$clock)
    );
    capfuse_ed25519$sha$hh$3 hh$3(
        .d(hh$3$d),
        .q(hh$3$q),
        .clock(hh$3$clock)
    );
    capfuse_ed25519$sha$hh$4 hh$4(
        .d(hh$4$d),
        .q(hh$4$q),
        .clock(hh$4$clock)
    );
    capfuse_ed25519$sha$hh$5 hh$5(
        .d(hh$5$d),
        .q(hh$5$q),
        .clock(hh$5$clock)
    );
    capfuse_ed25519$sha$hh$6 hh$6(
        .d(hh$6$d),
        .q(hh$6$q),
        .clock(hh$6$clock)
    );
    capfuse_ed25519$sha$hh$7 hh$7(
        .d(hh$7$d),
        .q(hh$7$q),
        .clock(hh$7$clock)
    );
    
    // Update code
    always @(*) begin
        krom$clock = clock;
        busy$clock = clock;
        busy$d = busy$q;
        ph$clock = clock;
        ph$d = ph$q;
        rnd$clock = clock;
        rnd$d = rnd$q;
        addm$clock = clock;
        addm$d = addm$q;
        first$clock = clock;
        first$d = first$q;
        bl$clock = clock;
        bl$d = bl$q;
        lastb$clock = clock;
        lastb$d = lastb$q;
        fetch$clock = clock;
        fetch$d = fetch$q;
        lastw$clock = clock;
        lastw$d = lastw$q;
        done_q$clock = clock;
        ptr$clock = clock;
        ptr$d = ptr$q;
        rem$clock = clock;
        rem$d = rem$q;
        len_q$clock = clock;
        len_q$d = len_q$q;
        lo_q$clock = clock;
        kmask$clock = clock;
        kpad$clock = clock;
        mword$clock = clock;
        su$clock = clock;
        sv$clock = clock;
        wsched$clock = clock;
        s1ch$clock = clock;
        s0maj$clock = clock;
        kw$clock = clock;
        hs$clock = clock;
        t1$clock = clock;
        w$0$clock = clock;
        w$0$d = w$0$q;
        w$1$clock = clock;
        w$1$d = w$1$q;
        w$2$clock = clock;
        w$2$d = w$2$q;
        w$3$clock = clock;
        w$3$d = w$3$q;
        w$4$clock = clock;
        w$4$d = w$4$q;
        w$5$clock = clock;
        w$5$d = w$5$q;
        w$6$clock = clock;
        w$6$d = w$6$q;
        w$7$clock = clock;
        w$7$d = w$7$q;
        w$8$clock = clock;
        w$8$d = w$8$q;
        w$9$clock = clock;
        w$9$d = w$9$q;
        w$10$clock = clock;
        w$10$d = w$10$q;
        w$11$clock = clock;
        w$11$d = w$11$q;
        w$12$clock = clock;
        w$12$d = w$12$q;
        w$13$clock = clock;
        w$13$d = w$13$q;
        w$14$clock = clock;
        w$14$d = w$14$q;
        w$15$clock = clock;
        w$15$d = w$15$q;
        st$0$clock = clock;
        st$0$d = st$0$q;
        hh$0$clock = clock;
        hh$0$d = hh$0$q;
        st$1$clock = clock;
        st$1$d = st$1$q;
        hh$1$clock = clock;
        hh$1$d = hh$1$q;
        st$2$clock = clock;
        st$2$d = st$2$q;
        hh$2$clock = clock;
        hh$2$d = hh$2$q;
        st$3$clock = clock;
        st$3$d = st$3$q;
        hh$3$clock = clock;
        hh$3$d = hh$3$q;
        st$4$clock = clock;
        st$4$d = st$4$q;
        hh$4$clock = clock;
        hh$4$d = hh$4$q;
        st$5$clock = clock;
        st$5$d = st$5$q;
        hh$5$clock = clock;
        hh$5$d = hh$5$q;
        st$6$clock = clock;
        st$6$d = st$6$q;
        hh$6$clock = clock;
        hh$6$d = hh$6$q;
        st$7$clock = clock;
        st$7$d = st$7$q;
        hh$7$clock = clock;
        hh$7$d = hh$7$q;
        buf_addr = ptr$q;
        done = done_q$q;
        dig_word = hh$0$q;
        case (dig_sel)
            1:
                begin
                    dig_word = hh$1$q;
                end
            2:
                begin
                    dig_word = hh$2$q;
                end
            3:
                begin
                    dig_word = hh$3$q;
                end
            4:
                begin
                    dig_word = hh$4$q;
                end
            5:
                begin
                    dig_word = hh$5$q;
                end
            6:
                begin
                    dig_word = hh$6$q;
                end
            7:
                begin
                    dig_word = hh$7$q;
                end
            default:
                begin
                end
        endcase
        r_next = rnd$q + 32'h1;
        if (rnd$q == 32'h51) begin
            r_next = 64'h0;
        end
        done_q$d = busy$q & addm$q & ~first$q & lastb$q & (rnd$q == 32'h51) & (ph$q == 32'h2);
        if (busy$q) begin
            ph$d = ph$q + 32'h1;
            if (ph$q == 32'h3) begin
                rnd$d = r_next;
                addm$d = r_next >= 32'h50;
                fetch$d = (r_next < 32'hf) | (r_next == 32'h51);
                lastw$d = (r_next == 32'he) & lastb$q;
                if (rnd$q == 32'h51) begin
                    if (first$q) begin
                        first$d = 1'b0;
                    end
                    else if (lastb$q) begin
                        busy$d = 1'b0;
                    end
                    else begin
                        bl$d = bl$q - 32'h1;
                        lastb$d = bl$q == 32'h1;
                    end
                end
            end
            if (fetch$q & ~ph$q[32'h1]) begin
                ptr$d = ptr$q + 32'h1;
            end
            if (fetch$q & (ph$q == 32'h3)) begin
                rem$d = rem$q - 32'h8;
            end
        end
        lo_q$d = buf_data;
        lo_sw = (lo_q$q << 32'h18) | ((lo_q$q << 32'h8) & 32'hff0000) | ((lo_q$q >> 32'h8) & 32'hff00) | (lo_q$q >> 32'h18);
        hi_sw = (buf_data << 32'h18) | ((buf_data << 32'h8) & 32'hff0000) | ((buf_data >> 32'h8) & 32'hff00) | (buf_data >> 32'h18);
        wraw = (((lo_sw) & 64'hffffffffffffffff) << 32'h20) | ((hi_sw) & 64'hffffffffffffffff);
        mword$d = (wraw & kmask$q) | kpad$q;
        bitlen = ((len_q$q) & 64'hffffffffffffffff) << 32'h3;
        kmask$d = 64'h0;
        kpad$d = 64'h0;
        if (lastw$q) begin
            kpad$d = bitlen;
        end
        else if (~rem$q[32'hd]) begin
            if (|rem$q[(32'h3)+:(10)]) begin
                kmask$d = 64'hffffffffffffffff;
            end
            else begin
                case (rem$q[(32'h0)+:(3)])
                    0:
                        begin
                            kpad$d = 64'h8000000000000000;
                        end
                    1:
                        begin
                            kmask$d = 64'hff00000000000000;
                            kpad$d = 64'h80000000000000;
                        end
                    2:
                        begin
                            kmask$d = 64'hffff000000000000;
                            kpad$d = 64'h800000000000;
                        end
                    3:
                        begin
                            kmask$d = 64'hffffff0000000000;
                            kpad$d = 64'h8000000000;
                        end
                    4:
                        begin
                            kmask$d = 64'hffffffff00000000;
                            kpad$d = 64'h80000000;
                        end
                    5:
                        begin
                            kmask$d = 64'hffffffffff000000;
                            kpad$d = 64'h800000;
                        end
                    6:
                        begin
                            kmask$d = 64'hffffffffffff0000;
                            kpad$d = 64'h8000;
                        end
                    default:
                        begin
                            kmask$d = 64'hffffffffffffff00;
                            kpad$d = 64'h80;
                        end
                endcase
            end
        end
        ss0 = ((w$1$q >> 32'h1) | (w$1$q << 32'h3f)) ^ ((w$1$q >> 32'h8) | (w$1$q << 32'h38)) ^ (w$1$q >> 32'h7);
        ss1 = ((w$14$q >> 32'h13) | (w$14$q << 32'h2d)) ^ ((w$14$q >> 32'h3d) | (w$14$q << 32'h3)) ^ (w$14$q >> 32'h6);
        su$d = ss1 + w$9$q;
        sv$d = ss0 + w$0$q;
        wsched$d = su$q + sv$q;
        if (ph$q == 32'h3) begin
            w$0$d = w$1$q;
            w$1$d = w$2$q;
            w$2$d = w$3$q;
            w$3$d = w$4$q;
            w$4$d = w$5$q;
            w$5$d = w$6$q;
            w$6$d = w$7$q;
            w$7$d = w$8$q;
            w$8$d = w$9$q;
            w$9$d = w$10$q;
            w$10$d = w$11$q;
            w$11$d = w$12$q;
            w$12$d = w$13$q;
            w$13$d = w$14$q;
            w$14$d = w$15$q;
            if (fetch$q) begin
                w$15$d = mword$q;
            end
            else begin
                w$15$d = wsched$q;
            end
        end
        sig0 = ((st$0$q >> 32'h1c) | (st$0$q << 32'h24)) ^ ((st$0$q >> 32'h22) | (st$0$q << 32'h1e)) ^ ((st$0$q >> 32'h27) | (st$0$q << 32'h19));
        sig1 = ((st$4$q >> 32'he) | (st$4$q << 32'h32)) ^ ((st$4$q >> 32'h12) | (st$4$q << 32'h2e)) ^ ((st$4$q >> 32'h29) | (st$4$q << 32'h17));
        ch = st$6$q ^ (st$4$q & (st$5$q ^ st$6$q));
        maj = (st$0$q & st$1$q) | (st$2$q & (st$0$q | st$1$q));
        krom$address = rnd$q;
        s1ch$d = sig1 + ch;
        s0maj$d = sig0 + maj;
        kw$d = krom$data + w$15$q;
        hs$d = st$7$q + s1ch$q;
        t1$d = 64'h0;
        if ((ph$q == 32'h2) & ~addm$q & ~start) begin
            t1$d = hs$q + kw$q;
        end
        hsum = hh$7$q + st$7$q;
        if ((ph$q == 32'h3) | addm$q) begin
            st$1$d = st$0$q;
            st$2$d = st$1$q;
            st$3$d = st$2$q;
            st$4$d = st$3$q;
            st$5$d = st$4$q;
            st$6$d = st$5$q;
            st$7$d = st$6$q;
            st$4$d = st$3$q + t1$q;
            if (addm$q) begin
                st$0$d = hsum;
            end
            else begin
                st$0$d = t1$q + s0maj$q;
            end
        end
        if (addm$q) begin
            hh$0$d = hsum;
            hh$1$d = hh$0$q;
            hh$2$d = hh$1$q;
            hh$3$d = hh$2$q;
            hh$4$d = hh$3$q;
            hh$5$d = hh$4$q;
            hh$6$d = hh$5$q;
            hh$7$d = hh$6$q;
        end
        len13 = ((len) & 13'h1fff);
        nb13 = len13 + 32'h10;
        if (start) begin
            busy$d = 1'b1;
            ph$d = 64'h0;
            rnd$d = 64'h50;
            addm$d = 1'b1;
            first$d = 1'b1;
            fetch$d = 1'b0;
            lastw$d = 1'b0;
            done_q$d = 1'b0;
            ptr$d = ((start_byte >> 32'h2) & 9'h1ff);
            rem$d = ((len) & 14'h3fff);
            len_q$d = len;
            bl$d = ((nb13 >> 32'h7) & 6'h3f);
            lastb$d = nb13 < 32'h80;
            st$0$d = 64'h0;
            st$1$d = 64'h0;
            st$2$d = 64'h0;
            st$3$d = 64'h0;
            st$4$d = 64'h0;
            st$5$d = 64'h0;
            st$6$d = 64'h0;
            st$7$d = 64'h0;
            hh$0$d = 64'h6a09e667f3bcc908;
            hh$1$d = 64'hbb67ae8584caa73b;
            hh$2$d = 64'h3c6ef372fe94f82b;
            hh$3$d = 64'ha54ff53a5f1d36f1;
            hh$4$d = 64'h510e527fade682d1;
            hh$5$d = 64'h9b05688c2b3e6c1f;
            hh$6$d = 64'h1f83d9abfb41bd6b;
            hh$7$d = 64'h5be0cd19137e2179;
        end
    end
    
endmodule // capfuse_ed25519$sha


module capfuse_ed25519$sha$addm(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$addm


module capfuse_ed25519$sha$bl(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 6'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$bl


module capfuse_ed25519$sha$busy(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$busy


module capfuse_ed25519$sha$done_q(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$done_q


module capfuse_ed25519$sha$fetch(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$fetch


module capfuse_ed25519$sha$first(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$first


module capfuse_ed25519$sha$hh$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$0


module capfuse_ed25519$sha$hh$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$1


module capfuse_ed25519$sha$hh$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$2


module capfuse_ed25519$sha$hh$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$3


module capfuse_ed25519$sha$hh$4(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$4


module capfuse_ed25519$sha$hh$5(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$5


module capfuse_ed25519$sha$hh$6(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$6


module capfuse_ed25519$sha$hh$7(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hh$7


module capfuse_ed25519$sha$hs(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$hs


module capfuse_ed25519$sha$kmask(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$kmask


module capfuse_ed25519$sha$kpad(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$kpad


module capfuse_ed25519$sha$krom(address,clock,data);
    
    // Module arguments
    input wire  [6:0] address;
    input wire  clock;
    output reg  [63:0] data;
    
    // Update code (custom)
    reg[63:0] mem [127:0];
    
    initial begin
    mem[7'b0] = 64'h428a2f98d728ae22;
    mem[7'b1] = 64'h7137449123ef65cd;
    mem[7'b10] = 64'hb5c0fbcfec4d3b2f;
    mem[7'b11] = 64'he9b5dba58189dbbc;
    mem[7'b100] = 64'h3956c25bf348b538;
    mem[7'b101] = 64'h59f111f1b605d019;
    mem[7'b110] = 64'h923f82a4af194f9b;
    mem[7'b111] = 64'hab1c5ed5da6d8118;
    mem[7'b1000] = 64'hd807aa98a3030242;
    mem[7'b1001] = 64'h12835b0145706fbe;
    mem[7'b1010] = 64'h243185be4ee4b28c;
    mem[7'b1011] = 64'h550c7dc3d5ffb4e2;
    mem[7'b1100] = 64'h72be5d74f27b896f;
    mem[7'b1101] = 64'h80deb1fe3b1696b1;
    mem[7'b1110] = 64'h9bdc06a725c71235;
    mem[7'b1111] = 64'hc19bf174cf692694;
    mem[7'b10000] = 64'he49b69c19ef14ad2;
    mem[7'b10001] = 64'hefbe4786384f25e3;
    mem[7'b10010] = 64'hfc19dc68b8cd5b5;
    mem[7'b10011] = 64'h240ca1cc77ac9c65;
    mem[7'b10100] = 64'h2de92c6f592b0275;
    mem[7'b10101] = 64'h4a7484aa6ea6e483;
    mem[7'b10110] = 64'h5cb0a9dcbd41fbd4;
    mem[7'b10111] = 64'h76f988da831153b5;
    mem[7'b11000] = 64'h983e5152ee66dfab;
    mem[7'b11001] = 64'ha831c66d2db43210;
    mem[7'b11010] = 64'hb00327c898fb213f;
    mem[7'b11011] = 64'hbf597fc7beef0ee4;
    mem[7'b11100] = 64'hc6e00bf33da88fc2;
    mem[7'b11101] = 64'hd5a79147930aa725;
    mem[7'b11110] = 64'h6ca6351e003826f;
    mem[7'b11111] = 64'h142929670a0e6e70;
    mem[7'b100000] = 64'h27b70a8546d22ffc;
    mem[7'b100001] = 64'h2e1b21385c26c926;
    mem[7'b100010] = 64'h4d2c6dfc5ac42aed;
    mem[7'b100011] = 64'h53380d139d95b3df;
    mem[7'b100100] = 64'h650a73548baf63de;
    mem[7'b100101] = 64'h766a0abb3c77b2a8;
    mem[7'b100110] = 64'h81c2c92e47edaee6;
    mem[7'b100111] = 64'h92722c851482353b;
    mem[7'b101000] = 64'ha2bfe8a14cf10364;
    mem[7'b101001] = 64'ha81a664bbc423001;
    mem[7'b101010] = 64'hc24b8b70d0f89791;
    mem[7'b101011] = 64'hc76c51a30654be30;
    mem[7'b101100] = 64'hd192e819d6ef5218;
    mem[7'b101101] = 64'hd69906245565a910;
    mem[7'b101110] = 64'hf40e35855771202a;
    mem[7'b101111] = 64'h106aa07032bbd1b8;
    mem[7'b110000] = 64'h19a4c116b8d2d0c8;
    mem[7'b110001] = 64'h1e376c085141ab53;
    mem[7'b110010] = 64'h2748774cdf8eeb99;
    mem[7'b110011] = 64'h34b0bcb5e19b48a8;
    mem[7'b110100] = 64'h391c0cb3c5c95a63;
    mem[7'b110101] = 64'h4ed8aa4ae3418acb;
    mem[7'b110110] = 64'h5b9cca4f7763e373;
    mem[7'b110111] = 64'h682e6ff3d6b2b8a3;
    mem[7'b111000] = 64'h748f82ee5defb2fc;
    mem[7'b111001] = 64'h78a5636f43172f60;
    mem[7'b111010] = 64'h84c87814a1f0ab72;
    mem[7'b111011] = 64'h8cc702081a6439ec;
    mem[7'b111100] = 64'h90befffa23631e28;
    mem[7'b111101] = 64'ha4506cebde82bde9;
    mem[7'b111110] = 64'hbef9a3f7b2c67915;
    mem[7'b111111] = 64'hc67178f2e372532b;
    mem[7'b1000000] = 64'hca273eceea26619c;
    mem[7'b1000001] = 64'hd186b8c721c0c207;
    mem[7'b1000010] = 64'heada7dd6cde0eb1e;
    mem[7'b1000011] = 64'hf57d4f7fee6ed178;
    mem[7'b1000100] = 64'h6f067aa72176fba;
    mem[7'b1000101] = 64'ha637dc5a2c898a6;
    mem[7'b1000110] = 64'h113f9804bef90dae;
    mem[7'b1000111] = 64'h1b710b35131c471b;
    mem[7'b1001000] = 64'h28db77f523047d84;
    mem[7'b1001001] = 64'h32caab7b40c72493;
    mem[7'b1001010] = 64'h3c9ebe0a15c9bebc;
    mem[7'b1001011] = 64'h431d67c49c100d4c;
    mem[7'b1001100] = 64'h4cc5d4becb3e42b6;
    mem[7'b1001101] = 64'h597f299cfc657e2a;
    mem[7'b1001110] = 64'h5fcb6fab3ad6faec;
    mem[7'b1001111] = 64'h6c44198c4a475817;
    end
    
    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // capfuse_ed25519$sha$krom


module capfuse_ed25519$sha$kw(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$kw


module capfuse_ed25519$sha$lastb(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$lastb


module capfuse_ed25519$sha$lastw(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$lastw


module capfuse_ed25519$sha$len_q(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 12'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$len_q


module capfuse_ed25519$sha$lo_q(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$lo_q


module capfuse_ed25519$sha$mword(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$mword


module capfuse_ed25519$sha$ph(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$ph


module capfuse_ed25519$sha$ptr(d,q,clock);
    
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
endmodule // capfuse_ed25519$sha$ptr


module capfuse_ed25519$sha$rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 14'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$rem


module capfuse_ed25519$sha$rnd(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 7'b0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$rnd


module capfuse_ed25519$sha$s0maj(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$s0maj


module capfuse_ed25519$sha$s1ch(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$s1ch


module capfuse_ed25519$sha$st$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$0


module capfuse_ed25519$sha$st$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$1


module capfuse_ed25519$sha$st$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$2


module capfuse_ed25519$sha$st$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$3


module capfuse_ed25519$sha$st$4(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$4


module capfuse_ed25519$sha$st$5(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$5


module capfuse_ed25519$sha$st$6(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$6


module capfuse_ed25519$sha$st$7(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$st$7


module capfuse_ed25519$sha$su(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$su


module capfuse_ed25519$sha$sv(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$sv


module capfuse_ed25519$sha$t1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$t1


module capfuse_ed25519$sha$w$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$0


module capfuse_ed25519$sha$w$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$1


module capfuse_ed25519$sha$w$10(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$10


module capfuse_ed25519$sha$w$11(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$11


module capfuse_ed25519$sha$w$12(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$12


module capfuse_ed25519$sha$w$13(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$13


module capfuse_ed25519$sha$w$14(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$14


module capfuse_ed25519$sha$w$15(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$15


module capfuse_ed25519$sha$w$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$2


module capfuse_ed25519$sha$w$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$3


module capfuse_ed25519$sha$w$4(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$4


module capfuse_ed25519$sha$w$5(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$5


module capfuse_ed25519$sha$w$6(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$6


module capfuse_ed25519$sha$w$7(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$7


module capfuse_ed25519$sha$w$8(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$8


module capfuse_ed25519$sha$w$9(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$w$9


module capfuse_ed25519$sha$wsched(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h0;
    
    // Update code (custom)
    initial begin
       q = init;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
endmodule // capfuse_ed25519$sha$wsched


module capfuse_ed25519$sha_len_q(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$sha_len_q


module capfuse_ed25519$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    /* verilator lint_off UNUSEDPARAM */
    localparam EngineState$Idle = 0;
    localparam EngineState$Fetch = 1;
    localparam EngineState$Execute = 2;
    /* verilator lint_on UNUSEDPARAM */
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$state


module capfuse_ed25519$status_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // capfuse_ed25519$status_q
