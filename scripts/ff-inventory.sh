#!/bin/sh
# Where the fuse's flip-flops are: yosys flattens a golden top, removes
# what its tie-offs make constant (as synthesis would), and this script
# counts the flip-flop bits by the register they belong to and by role.
#
#   scripts/ff-inventory.sh [VERILOG] [TOP]
#
# Defaults: hdl/golden/capfuse_fuse.v, top capfuse_fuse (the fuse alone,
# the design issue 13's cost floors are measured on). Prints the roles
# (groups of registers), then every register with its bit count.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here/hdl/golden/capfuse_fuse.v}
top=${2:-capfuse_fuse}
command -v yosys >/dev/null || { echo "yosys not found: run scripts/install-tools.sh" >&2; exit 2; }
work=$(mktemp -d /tmp/ff-inventory.XXXXXX)
trap 'rm -rf "$work"' EXIT
yosys -q -p "read_verilog -sv $src; hierarchy -top $top; proc; flatten; opt -full; opt_dff -sat; opt_clean -purge; write_json $work/ff.json" \
    > "$work/yosys.log" 2>&1 || { tail -20 "$work/yosys.log" >&2; exit 1; }
python3 - "$work/ff.json" "$top" <<'EOF'
import collections, json, re, signal, sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)

module = json.load(open(sys.argv[1]))["modules"][sys.argv[2]]
# The shortest public name of each net bit is the register it comes from.
names = {}
for name, net in module["netnames"].items():
    for bit in net["bits"]:
        if isinstance(bit, int) and (bit not in names or name.count("$") < names[bit].count("$")):
            names[bit] = name
bits = collections.Counter()
for cell in module["cells"].values():
    if "dff" in cell["type"].lower():
        for bit in cell["connections"]["Q"]:
            reg = re.sub(r"\[\d+\]", "", names.get(bit, "?"))
            bits[re.sub(r"\.(q|d)$", "", reg)] += 1

# Roles, first match wins (names as hdl/src/fuse_core.rs and its blocks give them).
roles = [
    ("four state counters and their bus snapshots", r"_cycles\."),
    ("cycle, cumulative work, window position (live)", r"^fuse\.(cycle[01]|meter\.|window\.(wwork|wcycle))"),
    ("bus SNAPSHOT copies of cycle, work, window", r"^fuse\.snap_"),
    ("trip cycles", r"^fuse\.trip\.at_"),
    ("limits as written", r"^fuse\.(budget\d|wb$|wl$|thr\d|rst\d|baseline|trip_ratio|lim\d|lic\d|seq\d)"),
    ("timing precomputes of the window", r"^fuse\.(wl_m\d|window\.(wb_|vw|ww))"),
    ("cap slack", r"^fuse\.cap\."),
    ("write and commit datapath", r"^fuse\.(stage\d|op_|old_q|v_|w_data|w_strb|commit\.|refused|reg_write|aw_|ap_)"),
]
role_of = {}
for reg in bits:
    role_of[reg] = next((r for r, rx in roles if re.search(rx, reg)), "other (control, throttle, bus handshake)")
totals = collections.Counter()
for reg, n in bits.items():
    totals[role_of[reg]] += n
print(f"{sum(bits.values())} flip-flop bits in {sys.argv[2]}")
for role, n in totals.most_common():
    print(f"{n:6d}  {role}")
print()
for reg, n in sorted(bits.items(), key=lambda kv: (role_of[kv[0]], kv[0])):
    print(f"{n:6d}  {reg:40s} {role_of[reg]}")
EOF
