#!/usr/bin/env bash
# Prepares everything the QEMU VFIO test needs to boot a Linux guest with the
# edu device behind an emulated Intel IOMMU:
#
#   apt:    qemu-system-x86, busybox-static, cpio, xz-utils (installed if missing)
#   rustup: the x86_64-unknown-linux-musl target (the guest program is static)
#   kernel: Debian's linux-image-amd64 meta-package resolved to the real
#           linux-image-6.x package, fetched with `apt-get download` and
#           unpacked with `dpkg -x` (no install on the host)
#   initramfs: busybox, the vfio modules in load order, and init.sh
#
# The kernel cache keeps only vmlinuz and the modules the guest loads.
#
# Everything is cached under target/qemu-vfio/ (or $CARGO_TARGET_DIR), so a
# rerun only checks. Prints `CACHE=...`, `KERNEL=...` and `INITRD=...` on its last lines.
# Run as root (or with sudo available); Debian 12.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$repo/target}
cache=$target/qemu-vfio
mkdir -p "$cache"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'prepare.sh: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

SUDO=()
if [ "$(id -u)" -ne 0 ] && have sudo; then SUDO=(sudo); fi

# --- host packages -----------------------------------------------------------
declare -A APT_FOR=(
    [qemu-system-x86_64]=qemu-system-x86
    [cpio]=cpio
    [xz]=xz-utils
)
missing=()
for cmd in qemu-system-x86_64 cpio xz; do
    have "$cmd" || missing+=("${APT_FOR[$cmd]}")
done
# The guest needs the statically linked busybox, not a dynamic one on PATH.
[ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1 || missing+=(busybox-static)
apt_updated=0
apt_update() {
    if [ $apt_updated -eq 0 ]; then
        "${SUDO[@]}" apt-get update -qq || die "apt-get update failed"
        apt_updated=1
    fi
}
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] && [ ${#SUDO[@]} -eq 0 ]; then
        die "missing packages: ${missing[*]}; run as root or install them"
    fi
    log "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt_update
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
        || die "apt-get install ${missing[*]} failed"
fi
busybox=/bin/busybox
if ldd "$busybox" >/dev/null 2>&1; then
    die "$busybox is not statically linked (install busybox-static)"
fi

# --- the musl target for the static guest program ------------------------------
if ! have cargo && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
fi
musl=x86_64-unknown-linux-musl
if have rustup; then
    if ! rustup target list --installed 2>/dev/null | grep -qx "$musl"; then
        log "rustup target add $musl"
        rustup target add "$musl" >&2 || die "rustup target add $musl failed"
    fi
else
    rustc --print target-libdir --target "$musl" >/dev/null 2>&1 \
        || die "the Rust target $musl is missing and rustup is not available to add it"
fi

# --- the kernel -------------------------------------------------------------------
# linux-image-amd64 is a meta-package; the kernel and its modules live in the
# linux-image-<version>-amd64 package it depends on. Only the kernel image and
# the modules the guest loads (with their dependencies, decompressed, in load
# order) are kept: the unpacked package is ~400 MB.
want=(vfio vfio_iommu_type1 vfio_virqfd irqbypass vfio-pci-core vfio-pci)
kdir=$cache/kernel
if [ "$(cat "$kdir/.done" 2>/dev/null)" != "${want[*]}" ]; then
    apt_update
    real=$(apt-cache depends linux-image-amd64 2>/dev/null \
        | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n1)
    [ -n "$real" ] || die "cannot resolve linux-image-amd64 to a kernel package (apt-cache depends)"
    log "apt-get download $real"
    x=$cache/extract
    rm -rf "$cache/deb" "$x" "$kdir"
    mkdir -p "$cache/deb" "$x" "$kdir/modules"
    # apt's _apt user cannot write into most work trees: download as the
    # caller (as root, say so, or apt warns that it falls back).
    sandbox=()
    [ "$(id -u)" -eq 0 ] && sandbox=(-o APT::Sandbox::User=root)
    (cd "$cache/deb" && apt-get download -qq "${sandbox[@]}" "$real" >&2) \
        || die "apt-get download $real failed"
    deb=$(ls "$cache"/deb/*.deb | head -n1)
    dpkg -x "$deb" "$x"
    rm -rf "$cache/deb"
    kver=$(ls "$x/lib/modules" | head -n1)
    moddir=$x/lib/modules/$kver
    # The package ships no modules.dep (depmod runs at install time).
    if have depmod; then
        depmod -b "$x" "$kver" || die "depmod failed for $kver"
    else
        "$busybox" depmod -b "$x" "$kver" || die "busybox depmod failed for $kver"
    fi
    [ -f "$moddir/modules.dep" ] || die "no modules.dep for $kver after depmod"

    # Module path in modules.dep for a module name (dashes and underscores are
    # the same to the kernel); empty if built in.
    path_of() {
        local n=${1//-/_} p
        while IFS= read -r p; do
            local b=${p##*/}
            b=${b%%.ko*}
            if [ "${b//-/_}" = "$n" ]; then printf '%s\n' "$p"; return; fi
        done < <(cut -d: -f1 "$moddir/modules.dep")
    }
    # Depth-first over modules.dep so every module comes after its dependencies.
    declare -A seen=()
    order=()
    visit() {
        local p=$1 d
        [ -n "${seen[$p]:-}" ] && return
        seen[$p]=1
        for d in $(grep -m1 "^$p:" "$moddir/modules.dep" | cut -d: -f2-); do
            visit "$d"
        done
        order+=("$p")
    }
    for m in "${want[@]}"; do
        p=$(path_of "$m")
        if [ -z "$p" ]; then
            grep -qE "/${m//[-_]/[-_]}\.ko" "$moddir/modules.builtin" 2>/dev/null \
                || die "module $m is neither in modules.dep nor built in for $kver"
            continue
        fi
        visit "$p"
    done
    : > "$kdir/modules/load-order"
    for p in "${order[@]}"; do
        b=${p##*/}
        case $b in
            *.ko.xz) xz -dc "$moddir/$p" > "$kdir/modules/${b%.xz}"; b=${b%.xz} ;;
            *.ko.zst) zstd -qdc "$moddir/$p" > "$kdir/modules/${b%.zst}"; b=${b%.zst} ;;
            *.ko.gz) gzip -dc "$moddir/$p" > "$kdir/modules/${b%.gz}"; b=${b%.gz} ;;
            *) cp "$moddir/$p" "$kdir/modules/$b" ;;
        esac
        echo "$b" >> "$kdir/modules/load-order"
    done
    cp "$x/boot/vmlinuz-$kver" "$kdir/"
    rm -rf "$x"
    echo "${want[*]}" > "$kdir/.done"
fi
vmlinuz=$(ls "$kdir"/vmlinuz-* 2>/dev/null | head -n1)
[ -n "$vmlinuz" ] || die "no vmlinuz in $kdir"
kver=${vmlinuz##*/vmlinuz-}

# --- the initramfs ----------------------------------------------------------------
initrd=$cache/initramfs-base.cpio.gz
stamp="$kver $(cat "$here/init.sh" "$busybox" "$kdir"/modules/* | sha256sum | cut -c1-16)"
if ! [ -f "$initrd" ] || [ "$(cat "$cache/initramfs.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "building the initramfs for $kver"
    root=$cache/root
    rm -rf "$root"
    mkdir -p "$root"/{bin,dev,proc,sys,tmp,lib/modules}
    cp "$busybox" "$root/bin/busybox"
    cp "$here/init.sh" "$root/init"
    chmod +x "$root/init"
    cp "$kdir"/modules/* "$root/lib/modules/"
    (cd "$root" && find . -print0 | cpio --null -o -H newc --quiet | gzip -1) > "$initrd.tmp"
    mv "$initrd.tmp" "$initrd"
    rm -rf "$root"
    echo "$stamp" > "$cache/initramfs.stamp"
fi

echo "CACHE=$cache"
echo "KERNEL=$vmlinuz"
echo "INITRD=$initrd"
