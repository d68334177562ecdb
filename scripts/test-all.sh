#!/usr/bin/env bash
# Installs the tools (scripts/install-tools.sh, scripts/qemu/prepare.sh), then runs the checks CI runs:
# formatting, clippy with warnings as errors, and the whole test suite in
# release mode. Stops at the first failure with a non-zero status.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
fi

start=$SECONDS
step() {
    local name=$1
    shift
    printf '\n==> %s: %s\n' "$name" "$*"
    local t=$SECONDS
    if ! "$@"; then
        printf '\n==> FAILED: %s (after %ds)\n' "$name" $((SECONDS - t)) >&2
        exit 1
    fi
    printf '==> ok: %s (%ds)\n' "$name" $((SECONDS - t))
}

step tools scripts/install-tools.sh
# QEMU, busybox, the musl target and the guest kernel for the VFIO test
step qemu-tools scripts/qemu/prepare.sh
step fmt cargo fmt --all -- --check
step clippy cargo clippy --workspace --all-targets -- -D warnings
step tests cargo test --workspace --release --no-fail-fast
# capfuse without the simulator: links no rust-hdl, drives a running card
step operator-build scripts/check-operator-build.sh
printf '\n==> all checks passed in %ds\n' $((SECONDS - start))
