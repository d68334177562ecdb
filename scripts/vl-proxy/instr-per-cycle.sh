#!/bin/sh
# Instructions per simulated cycle of the Verilator engine's model at a
# commit, load-independent (callgrind), with the engine's Verilator and C++
# flags except -march (x86-64-v3: valgrind cannot run AVX-512 code).
#
#   scripts/vl-proxy/instr-per-cycle.sh [COMMIT] [WORKDIR]
#
# Builds hdl/golden/capfuse_core.v and sim/src/engines/verilator_harness.cpp
# of COMMIT (default HEAD) with driver.cpp, runs 50k and 150k cycles under
# callgrind and prints the difference per cycle (so start-up and stimulus
# generation cancel), then one wall-clock run of 1M cycles.
set -eu
commit=${1:-HEAD}
here=$(cd "$(dirname "$0")" && pwd)
work=${2:-$(mktemp -d /tmp/vl-proxy.XXXXXX)}
. "$here/build.sh"
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null obj_dir/drv "$@" 2>&1 | awk '/Collected/ {print $4}'; }
a=$(ir 50000); b=$(ir 150000)
echo "$commit: $(( (b - a) / 100000 )) instructions per cycle (callgrind, $work)"
obj_dir/drv 1000000
