#!/usr/bin/env bash
# Boots the QEMU VFIO test's guest and prints its serial console.
#
#   scripts/qemu/run.sh [GUEST_PROGRAM]
#
# Runs prepare.sh (cached), appends GUEST_PROGRAM as /vfio_edu to the
# initramfs (a second cpio archive; the kernel unpacks both), and boots q35
# with an emulated Intel IOMMU and the edu device under TCG (KVM hangs on
# these machines). The guest powers off when done; QEMU_TIMEOUT (default
# 120 s) bounds the whole boot.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
eval "$("$here/prepare.sh" | grep -E '^(KERNEL|INITRD)=')"
initrd=$INITRD
if [ $# -ge 1 ]; then
    guest=$(realpath "$1")
    [ -x "$guest" ] || { echo "run.sh: $guest is not an executable" >&2; exit 1; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp "$guest" "$work/vfio_edu"
    cp "$INITRD" "$work/initrd"
    (cd "$work" && echo vfio_edu | cpio -o -H newc --quiet | gzip -1) >> "$work/initrd"
    initrd=$work/initrd
fi
timeout --kill-after=5 "${QEMU_TIMEOUT:-120}" qemu-system-x86_64 \
    -M q35 -accel tcg -m 512 -smp 1 \
    -device intel-iommu \
    -device edu \
    -nographic -no-reboot -vga none -nic none \
    -kernel "$KERNEL" -initrd "$initrd" \
    -append "console=ttyS0 intel_iommu=on panic=-1 loglevel=1"
