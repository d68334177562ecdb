#!/usr/bin/env bash
# The operator build of `capfuse`: no simulator, so it links neither rust-hdl
# nor capfuse-hdl nor capfuse-sim. Checks that with `cargo tree`, lints and
# builds it, prints its crate count and size beside the default build's, and
# runs it against a simulated card that the default build started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

operator=(--no-default-features --features vfio,serial)
target=${CARGO_TARGET_DIR:-target}

crates() { cargo tree -q -p capfuse "$@" -e normal,build --prefix none | sed 's/ (\*)$//' | sort -u; }

tree=$(crates "${operator[@]}")
if bad=$(grep -E '^(rust-hdl|rust-hdl-[a-z-]+|capfuse-hdl|capfuse-sim) ' <<<"$tree"); then
    echo "the operator build links what it must not:" >&2
    echo "$bad" >&2
    echo "a dependency on the simulator crept into capfuse-driver or capfuse's non-sim code; see docs/cli.md" >&2
    exit 1
fi
full_count=$(crates | wc -l)
operator_count=$(wc -l <<<"$tree")

cargo clippy -q -p capfuse "${operator[@]}" --bins -- -D warnings
# Its own target directory: the binary has the default build's name.
cargo build -q --release -p capfuse "${operator[@]}" --target-dir "$target/operator"
cargo build -q --release -p capfuse -p capfuse-sim
full_bin=$target/release/capfuse
sim_bin=$target/release/capfuse-sim
operator_bin=$target/operator/release/capfuse

printf '%-34s %7s %12s\n' build crates "binary bytes"
printf '%-34s %7d %12d\n' "default (sim, vfio, serial)" "$full_count" "$(stat -c %s "$full_bin")"
printf '%-34s %7d %12d\n' "--no-default-features -F vfio,serial" "$operator_count" "$(stat -c %s "$operator_bin")"

run_dir=$(mktemp -d)
chmod 700 "$run_dir"
board_pid=
cleanup() {
    CAPFUSE_RUNTIME_DIR=$run_dir "$full_bin" sim stop >/dev/null 2>&1 || true
    if [ -n "$board_pid" ]; then kill "$board_pid" 2>/dev/null || true; fi
    rm -rf "$run_dir"
}
trap cleanup EXIT
export CAPFUSE_RUNTIME_DIR=$run_dir

# No card running: the operator build cannot start one and says so.
set +e
out=$("$operator_bin" status 2>&1)
code=$?
set -e
if [ "$code" -eq 0 ] || ! grep -q "built without the simulated card" <<<"$out"; then
    echo "the operator build with no card running should fail with a hint, got (exit $code):" >&2
    echo "$out" >&2
    exit 1
fi

# A card started by the default build answers the operator build.
"$full_bin" sim start >/dev/null
"$operator_bin" limit window-len 77 >/dev/null
got=$("$full_bin" --json status)
if ! grep -q '"window_len":77' <<<"$got"; then
    echo "the operator build's limit did not reach the simulated card:" >&2
    echo "$got" >&2
    exit 1
fi
# A board over a serial line: the emitted iCE40 top behind a pseudo-terminal.
"$sim_bin" board --board ice40-hx8k >"$run_dir/board" 2>"$run_dir/board.log" &
board_pid=$!
for _ in $(seq 600); do
    [ -s "$run_dir/board" ] && break
    kill -0 "$board_pid" 2>/dev/null || { cat "$run_dir/board.log" >&2; exit 1; }
    sleep 0.5
done
device=$(head -1 "$run_dir/board")
got=$("$operator_bin" --device "$device" --json status)
if ! grep -q '"abi_version":' <<<"$got"; then
    echo "the operator build could not read the board on $device:" >&2
    echo "$got" >&2
    exit 1
fi
echo "operator build: drives a running simulated card and a board on $device; no simulator linked"
