#!/usr/bin/env bash
# The operator build of `capfuse`: no simulator, so it links neither rust-hdl
# nor capfuse-hdl nor capfuse-sim. Checks that with `cargo tree`, lints and
# builds it, prints its crate count and size beside the default build's, and
# runs it (status, limit, the exporter) against a simulated card that the
# default build started.
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
exporter_pid=
cleanup() {
    CAPFUSE_RUNTIME_DIR=$run_dir "$full_bin" sim stop >/dev/null 2>&1 || true
    if [ -n "$board_pid" ]; then kill "$board_pid" 2>/dev/null || true; fi
    if [ -n "$exporter_pid" ]; then kill "$exporter_pid" 2>/dev/null || true; fi
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
# The exporter of the operator build serves the running card.
"$operator_bin" exporter --listen 127.0.0.1:0 >"$run_dir/exporter" 2>"$run_dir/exporter.log" &
exporter_pid=$!
for _ in $(seq 100); do
    [ -s "$run_dir/exporter" ] && break
    kill -0 "$exporter_pid" 2>/dev/null || { cat "$run_dir/exporter.log" >&2; exit 1; }
    sleep 0.1
done
addr=$(sed -n 's#.*http://\([^/]*\)/metrics.*#\1#p' "$run_dir/exporter")
exec 3<>"/dev/tcp/${addr%:*}/${addr##*:}"
printf 'GET /metrics HTTP/1.0\r\nHost: %s\r\n\r\n' "$addr" >&3
scrape=$(cat <&3)
exec 3<&-
if ! grep -q '^capfuse_up{device="sim"} 1' <<<"$scrape" ||
    ! grep -q '^capfuse_window_length_cycles{device="sim",.*} 77' <<<"$scrape"; then
    echo "the operator build's exporter did not serve the simulated card:" >&2
    echo "$scrape" >&2
    exit 1
fi
kill "$exporter_pid"
exporter_pid=

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
echo "operator build: drives a running simulated card (and serves it as the exporter) and a board on $device; no simulator linked"
