# Sourced by instr-per-cycle.sh and per-block.sh: builds the proxy of the
# Verilator engine at $commit into $work (cd's there), from the golden
# capfuse_core.v and the engine's harness of that commit with driver.cpp,
# using the engine's Verilator and C++ flags except -march (x86-64-v3:
# valgrind cannot run AVX-512 code) plus $extra_cflags.
mkdir -p "$work"
git -C "$here" show "$commit:hdl/golden/capfuse_core.v" > "$work/capfuse_core.v"
git -C "$here" show "$commit:sim/src/engines/verilator_harness.cpp" > "$work/harness.cpp"
cp "$here/driver.cpp" "$work/driver.cpp"
cd "$work"
verilator --cc --exe --build -O3 -Wno-WIDTH -Wno-DECLFILENAME --top-module capfuse_core \
    -CFLAGS "-O2 ${extra_cflags:-}-fno-semantic-interposition -march=${MARCH:-x86-64-v3}" \
    -MAKEFLAGS "OPT_FAST=-O3 OPT_SLOW=-O1 OPT_GLOBAL=-O2" \
    -o drv -j 2 capfuse_core.v driver.cpp > build.log 2>&1 || { tail -20 build.log; exit 1; }
