#!/bin/sh
# Where the Verilator engine's instructions per cycle go, by rust-hdl block:
# the proxy of instr-per-cycle.sh built with debug lines (-g), 150k cycles
# under callgrind, each annotated line of the Verilated C++ charged to the
# first block its signal names (`capfuse_core__DOT__<block>__DOT__...`)
# mention, or to the top's own signal. Also prints what the registers'
# `q = d` copies at the clock edge cost: one per rust-hdl `Reg`.
#
#   scripts/vl-proxy/per-block.sh [COMMIT] [WORKDIR]
#
# Figures are instructions per simulated cycle, over the whole run (start-up
# included, which is small at 150k cycles); lines that name no signal
# (control flow, the stimulus, the harness) count only in the total.
set -eu
commit=${1:-HEAD}
here=$(cd "$(dirname "$0")" && pwd)
work=${2:-$(mktemp -d /tmp/vl-blocks.XXXXXX)}
cycles=150000
extra_cflags="-g "
. "$here/build.sh"
valgrind --tool=callgrind --callgrind-out-file=cg.out obj_dir/drv "$cycles" > /dev/null 2>&1
callgrind_annotate --auto=yes --show-percs=no cg.out > annotated.txt
python3 - "$cycles" annotated.txt <<'EOF'
import collections
import re
import sys

cycles = int(sys.argv[1])
per_block = collections.Counter()
total = copies = copy_lines = 0
for line in open(sys.argv[2]):
    m = re.match(r"\s*([\d,]+)\s{2}(.*)$", line)
    if not m:
        continue
    n = int(m.group(1).replace(",", ""))
    code = m.group(2).strip()
    if code == "PROGRAM TOTALS":
        total = n
        continue
    # "=>" lines repeat a callee's inclusive cost
    if code.startswith("=>") or "DOT__" not in code:
        continue
    if re.fullmatch(r"(vlSelf->\S+__024q\s*)?=\s*vlSelf->\S+__024d;", code):
        copies += n
        copy_lines += 1
    block = re.findall(r"capfuse_core__DOT__([A-Za-z0-9_]+?)__DOT__", code)
    if block:
        per_block[block[0]] += n
    else:
        top = re.findall(r"capfuse_core__DOT__([A-Za-z0-9_]+?)__024", code)
        per_block["(top) " + (top[0] if top else "other")] += n
named = sum(per_block.values())
print(f"all: {total / cycles:.0f} instructions/cycle; lines naming a signal: {named / cycles:.0f}")
print(f"register copies q = d: {copy_lines} lines, {copies / cycles:.0f} instructions/cycle")
blocks = collections.Counter()
top_regs = 0
for k, v in per_block.items():
    if k.startswith("(top) "):
        top_regs += v
    else:
        blocks[k] += v
blocks["(the top's own registers and logic)"] = top_regs
for k, v in blocks.most_common(20):
    print(f"{v / cycles:8.1f}  {k}")
EOF
