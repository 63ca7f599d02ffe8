#!/usr/bin/env bash
# Runs a command with a real libvirtd + QEMU for the integration tests, then stops exactly the
# daemons it started (by their own pids) and undoes its hugepage reservation.
# As root: creates /var/log/libvirt, mounts hugetlbfs on /dev/hugepages, reserves 2 MiB pages,
# starts virtlogd and libvirtd. Elsewhere it runs the command without them.
# Usage: scripts/with-libvirtd.sh COMMAND [ARGS...]
set -uo pipefail
state=$(mktemp -d /tmp/vfio-wizard-libvirtd.XXXXXX)
started=()
mounted=0
pages_before=

cleanup() {
    for pidfile in "${started[@]}"; do
        [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null
    done
    for pidfile in "${started[@]}"; do
        for _ in $(seq 50); do
            [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null || break
            sleep 0.1
        done
    done
    [ -n "$pages_before" ] && echo "$pages_before" > /proc/sys/vm/nr_hugepages
    [ "$mounted" = 1 ] && umount /dev/hugepages 2>/dev/null
    rm -rf "$state"
}
trap cleanup EXIT

if [ "$(id -u)" -eq 0 ] && command -v libvirtd >/dev/null; then
    mkdir -p /var/log/libvirt /run/libvirt /dev/hugepages
    if ! grep -q ' /dev/hugepages hugetlbfs ' /proc/mounts; then
        mount -t hugetlbfs -o pagesize=2M hugetlbfs /dev/hugepages && mounted=1
    fi
    # 1 GiB of 2 MiB pages for the test boot, plus a little slack.
    pages_before=$(cat /proc/sys/vm/nr_hugepages)
    [ "$pages_before" -lt 520 ] && echo 520 > /proc/sys/vm/nr_hugepages
    if ! virsh -c qemu:///system version >/dev/null 2>&1; then
        virtlogd -d --pid-file "$state/virtlogd.pid" && started+=("$state/virtlogd.pid")
        libvirtd -d --pid-file "$state/libvirtd.pid" && started+=("$state/libvirtd.pid")
        # tst_faults kills this daemon mid-define and starts it again with the same pid file.
        export VFIO_WIZARD_LIBVIRTD_PIDFILE=$state/libvirtd.pid
        for _ in $(seq 100); do
            virsh -c qemu:///system version >/dev/null 2>&1 && break
            sleep 0.1
        done
    fi
    if virsh -c qemu:///system version >/dev/null 2>&1; then
        export VFIO_WIZARD_LIBVIRT_URI=qemu:///system
        echo "with-libvirtd: libvirtd at qemu:///system, $(cat /proc/sys/vm/nr_hugepages) hugepages of 2 MiB"
    else
        echo "with-libvirtd: libvirtd did not start; the integration tests will fail" >&2
    fi
    export VFIO_WIZARD_REQUIRE_LIBVIRTD=1
fi
"$@"
status=$?
exit "$status"
