#!/bin/busybox sh
# /init of the QEMU VFIO test's guest. Loads the vfio modules, finds the edu
# device (1234:11e8), runs the guest program once before binding it to
# vfio-pci (to see the not-bound error) and once after, and powers off.
# Everything the test checks is a `RESULT name=value` line on the serial
# console between CAPFUSE-RESULTS-BEGIN and CAPFUSE-RESULTS-END.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo 1 > /proc/sys/kernel/printk

echo CAPFUSE-RESULTS-BEGIN
echo "RESULT kernel=$(uname -r)"
for m in $(cat /lib/modules/load-order); do
    if insmod "/lib/modules/$m"; then
        echo "RESULT insmod.${m%.ko}=ok"
    else
        echo "RESULT insmod.${m%.ko}=fail"
    fi
done

edu=
for d in /sys/bus/pci/devices/*; do
    if [ "$(cat "$d/vendor")" = 0x1234 ] && [ "$(cat "$d/device")" = 0x11e8 ]; then
        edu=${d##*/}
    fi
done
echo "RESULT edu.bdf=${edu:-none}"
# Some other PCI device: the host bridge at 00:00.0 is always there on q35.
other=0000:00:00.0
echo "RESULT other.bdf=$other"

if [ -n "$edu" ]; then
    dev=/sys/bus/pci/devices/$edu
    group=$(readlink "$dev/iommu_group")
    echo "RESULT edu.iommu_group=${group##*/}"
    drv=$(readlink "$dev/driver")
    echo "RESULT edu.driver_before=${drv##*/}"

    if [ -x /vfio_edu ]; then
        /vfio_edu unbound "$edu" "$other"
        echo "RESULT guest.unbound.exit=$?"
    fi

    echo vfio-pci > "$dev/driver_override"
    [ -n "$drv" ] && echo "$edu" > "$dev/driver/unbind"
    echo "$edu" > /sys/bus/pci/drivers_probe
    drv=$(readlink "$dev/driver")
    echo "RESULT edu.driver_after=${drv##*/}"
    ls /dev/vfio | tr '\n' ' ' | sed 's/^/RESULT dev_vfio=/; s/ *$//'
    echo

    if [ -x /vfio_edu ]; then
        /vfio_edu bound "$edu"
        echo "RESULT guest.bound.exit=$?"
    else
        echo "RESULT guest=missing"
    fi
fi
echo CAPFUSE-RESULTS-END
poweroff -f
