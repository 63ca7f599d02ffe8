#!/usr/bin/env bash
# Runs a command with a real libvirtd + QEMU for the integration tests, then stops exactly the
# daemons it started (by their own pids) and undoes everything it changed on the machine.
# As root: creates /var/log/libvirt, mounts hugetlbfs on /dev/hugepages, reserves 2 MiB pages,
# gives /dev/kvm to QEMU's user when it cannot open it, starts virtlogd and libvirtd, waits
# until libvirtd has probed QEMU, and finds out whether KVM can run guests here at all.
# Elsewhere it runs the command without them.
#
# What the tests learn from it (environment):
#   VFIO_WIZARD_LIBVIRT_URI        qemu:///system once the daemon answers and has probed QEMU
#   VFIO_WIZARD_REQUIRE_LIBVIRTD   1: a missing daemon is a failure, not a skip
#   VFIO_WIZARD_LIBVIRTD_PROBLEM   why there is no URI, when there is none
#   VFIO_WIZARD_KVM                1 when a host-passthrough guest starts under KVM, else 0
#   VFIO_WIZARD_KVM_REASON         why not, in words (no /dev/kvm, QEMU refused, ...)
#   VFIO_WIZARD_LIBVIRTD_PIDFILE   the pid file of the daemon it started (tst_faults restarts it)
# Knobs: VFIO_WIZARD_PROBE_TIMEOUT (s, default 300) bounds the wait for the QEMU probe;
#        VFIO_WIZARD_STOP_GRACE (s, default 15) is how long a daemon may take to stop before
#        SIGKILL.
# Usage: scripts/with-libvirtd.sh COMMAND [ARGS...]
set -uo pipefail
state=$(mktemp -d /tmp/vfio-wizard-libvirtd.XXXXXX)
started=()
mounted=0
pages_before=
kvm_original= # "uid:gid mode" of /dev/kvm before this script changed it
uri=qemu:///system

say() { echo "with-libvirtd: $*" >&2; }

# The pid in a pid file, if it still names a running process of that program (a stale pid file
# must not make us signal whatever process got the number since).
live_pid() {
    local pidfile=$1 program=$2 pid
    [ -s "$pidfile" ] || return 1
    pid=$(cat "$pidfile" 2>/dev/null) # the daemon removes it as it stops
    [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$program" ] || return 1
    # A zombie has stopped; only its parent's wait is missing.
    [ "$(sed -n 's/.*) \(.\).*/\1/p' "/proc/$pid/stat" 2>/dev/null)" != Z ] || return 1
    echo "$pid"
}

# SIGTERM to each daemon it started, then SIGKILL to any still there after the grace period:
# a libvirtd whose worker is stuck (in a QEMU probe, say) never finishes its shutdown.
stop_daemons() {
    local grace=${VFIO_WIZARD_STOP_GRACE:-15} entry pidfile program pid
    for entry in "${started[@]}"; do
        pidfile=${entry%%:*} program=${entry#*:}
        pid=$(live_pid "$pidfile" "$program") && kill -TERM "$pid" 2>/dev/null
    done
    for _ in $(seq $((grace * 10))); do
        local alive=0
        for entry in "${started[@]}"; do
            live_pid "${entry%%:*}" "${entry#*:}" >/dev/null && alive=1
        done
        [ "$alive" = 0 ] && return
        sleep 0.1
    done
    for entry in "${started[@]}"; do
        pidfile=${entry%%:*} program=${entry#*:}
        if pid=$(live_pid "$pidfile" "$program"); then
            say "$program (pid $pid) did not stop within $grace s of SIGTERM: SIGKILL"
            kill -KILL "$pid" 2>/dev/null
        fi
    done
}

# The test boot's guest: 256 MiB of 2 MiB pages. The kernel reserves what it finds contiguous;
# after a build the page cache has split most of memory, so when it comes up short the caches are
# dropped and memory compacted before asking again.
test_boot_pages=128
free_hugepages() { awk '/^HugePages_Free:/ { print $2 }' /proc/meminfo; }
reserve_hugepages() {
    local need=$1 free
    for _ in 1 2 3; do
        free=$(free_hugepages)
        [ "${free:-0}" -ge "$need" ] && break
        echo $(($(cat /proc/sys/vm/nr_hugepages) + need - free)) > /proc/sys/vm/nr_hugepages
        [ "$(free_hugepages)" -ge "$need" ] && break
        sync
        echo 3 > /proc/sys/vm/drop_caches 2>/dev/null
        echo 1 > /proc/sys/vm/compact_memory 2>/dev/null
    done
    free=$(free_hugepages)
    [ "$free" -ge "$need" ] ||
        say "the kernel gave $free free 2 MiB pages of the $need the test boot needs"
}

cleanup() {
    ((${#started[@]})) && stop_daemons
    if [ -n "$kvm_original" ]; then
        chown "${kvm_original% *}" /dev/kvm && chmod "${kvm_original#* }" /dev/kvm &&
            say "/dev/kvm back to $(stat -c '%U:%G %a' /dev/kvm)"
    fi
    [ -n "$pages_before" ] && echo "$pages_before" > /proc/sys/vm/nr_hugepages
    [ "$mounted" = 1 ] && umount /dev/hugepages 2>/dev/null
    rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The user and group QEMU runs as, from qemu.conf. Without a setting libvirt uses its build's
# default, which its qemu.conf shows as the commented-out line (`#user = "libvirt-qemu"` on
# Debian, "qemu-libvirtd" on NixOS).
qemu_setting() {
    local key=$1 fallback=$2 conf=/etc/libvirt/qemu.conf value=
    if [ -r "$conf" ]; then
        value=$(sed -n "s/^[[:space:]]*$key[[:space:]]*=[[:space:]]*\"\([^\"]*\)\".*/\1/p" "$conf" | tail -n 1)
        [ -n "$value" ] || value=$(sed -n "s/^#$key[[:space:]]*=[[:space:]]*\"\([^\"]*\)\".*/\1/p" "$conf" | head -n 1)
    fi
    value=${value#+} # "+0" means the id 0
    echo "${value:-$fallback}"
}

# Whether QEMU's user can open /dev/kvm read-write: really opened, as that user with the groups
# libvirt gives QEMU (the user's own, the configured group), so ACLs and device cgroups count.
qemu_can_open_kvm() {
    local groups
    groups=$(id -G "$qemu_user" 2>/dev/null | tr ' ' ',')
    groups=${groups:+$groups,}$(getent group "$qemu_group" | cut -d: -f3)
    setpriv --reuid="$qemu_user" --regid="$qemu_group" --groups="${groups%,}" -- sh -c 'exec 3<>/dev/kvm' 2>/dev/null
}

# /dev/kvm as Debian's udev rule makes it (root:kvm 0660, QEMU's user in the kvm group) when
# QEMU's user cannot open it: a node left at the kernel's 0600 root:root (no udev rule ran, as
# in some containers) makes libvirtd 9.0 re-probe QEMU on every call and never answer a define.
prepare_kvm() {
    qemu_user=$(qemu_setting user libvirt-qemu)
    qemu_group=$(qemu_setting group libvirt-qemu)
    kvm_reason=
    if [ ! -e /dev/kvm ]; then
        kvm_reason="no /dev/kvm on this machine"
        return
    fi
    # Only said here; whether nested KVM runs the suite's guests is what probe_kvm finds out.
    if grep -qw hypervisor /proc/cpuinfo; then
        say "this machine is itself a VM: its KVM is nested ($(cd /sys/module && echo kvm* 2>/dev/null))"
    fi
    if ! id "$qemu_user" >/dev/null 2>&1; then
        say "QEMU's user $qemu_user (/etc/libvirt/qemu.conf) does not exist; /dev/kvm left as it is"
        return
    fi
    qemu_can_open_kvm && return
    local group=kvm before
    getent group kvm >/dev/null || group=$qemu_group
    before=$(stat -c '%U:%G %a' /dev/kvm)
    kvm_original=$(stat -c '%u:%g %a' /dev/kvm)
    chown root:"$group" /dev/kvm && chmod 0660 /dev/kvm
    if qemu_can_open_kvm; then
        say "/dev/kvm was $before, which QEMU's user $qemu_user cannot open: root:$group 0660 for this run"
    else
        say "/dev/kvm was $before; even as root:$group 0660 QEMU's user $qemu_user cannot open it (is it in group $group?)"
        kvm_reason="QEMU's user $qemu_user cannot open /dev/kvm"
    fi
}

# Waits until libvirtd answers `capabilities`, from the daemon's start: a new daemon (or one
# whose cache went stale) probes every QEMU binary before it answers, which can take minutes on
# a slow machine; a define behind it would seem to hang. One bound for the socket to appear,
# the daemon to answer and the probe to finish.
wait_for_probe() {
    local limit=${VFIO_WIZARD_PROBE_TIMEOUT:-300} start=$SECONDS left last
    say "waiting for libvirtd to answer and probe QEMU (virsh capabilities), at most $limit s"
    while :; do
        left=$((limit - (SECONDS - start)))
        if ((left <= 0)); then
            last=$(grep -v '^$' "$state/capabilities.err" 2>/dev/null | tail -n 1)
            libvirtd_problem="libvirtd did not answer and probe QEMU within $limit s (virsh -c $uri capabilities${last:+: $last})"
            return 1
        fi
        if timeout -k 5 "$left" virsh -c "$uri" capabilities >"$state/capabilities.xml" 2>"$state/capabilities.err"; then
            say "libvirtd answered, QEMU probed, after $((SECONDS - start)) s"
            return 0
        fi
        sleep 0.2
    done
}

# Whether KVM can run the suite's guests: a tiny guest with what they use (host-passthrough, SMM
# for OVMF's secure boot, Hyper-V enlightenments) is started and must still run a moment later.
# Nested and paravirtual KVM refuse some of it: host-passthrough's MSRs ("failed to set MSR
# 0x10a"), SMM ("System Management Mode not supported by this hypervisor"), or VP_INDEX.
probe_kvm() {
    if [ -n "$kvm_reason" ]; then
        return 1
    fi
    if ! grep -q "<domain type='kvm'" "$state/capabilities.xml"; then
        kvm_reason="libvirt offers no KVM domains here"
        return 1
    fi
    local name=vfio-wizard-kvm-probe-$$ err
    cat >"$state/probe.xml" <<EOF
<domain type='kvm'><name>$name</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='q35'>hvm</type></os>
<features><acpi/><apic/><smm state='on'/><hyperv mode='custom'><relaxed state='on'/><vapic state='on'/>
<vpindex state='on'/><synic state='on'/><stimer state='on'/></hyperv></features>
<cpu mode='host-passthrough'/><devices><memballoon model='none'/></devices></domain>
EOF
    if ! timeout -k 5 60 virsh -c "$uri" create "$state/probe.xml" >/dev/null 2>"$state/probe.err"; then
        err=$(grep -v '^$' "$state/probe.err" | tail -n 1)
        kvm_reason="KVM refuses a guest like the suite's: ${err:-virsh create did not answer within 60 s}"
        return 1
    fi
    sleep 2
    local domstate
    domstate=$(timeout -k 5 30 virsh -c "$uri" domstate "$name" 2>/dev/null | head -n 1)
    timeout -k 5 30 virsh -c "$uri" destroy "$name" >/dev/null 2>&1
    if [ "$domstate" != running ]; then
        err=$(grep -ih 'error\|fail' "/var/log/libvirt/qemu/$name.log" 2>/dev/null | tail -n 1)
        kvm_reason="a guest like the suite's stopped right after starting under KVM: ${err:-state ${domstate:-gone}}"
        return 1
    fi
    return 0
}

if [ "$(id -u)" -eq 0 ] && command -v libvirtd >/dev/null; then
    mkdir -p /var/log/libvirt /run/libvirt /dev/hugepages
    if ! grep -q ' /dev/hugepages hugetlbfs ' /proc/mounts; then
        mount -t hugetlbfs -o pagesize=2M hugetlbfs /dev/hugepages && mounted=1
    fi
    pages_before=$(cat /proc/sys/vm/nr_hugepages)
    reserve_hugepages "$test_boot_pages"
    # Before libvirtd starts: it judges /dev/kvm when it probes QEMU.
    prepare_kvm
    libvirtd_problem=
    # A socket nobody listens on fails at once; a daemon already there is used as it is.
    if [ ! -S /run/libvirt/libvirt-sock ] || ! timeout -k 5 30 virsh -c "$uri" version >/dev/null 2>&1; then
        virtlogd -d --pid-file "$state/virtlogd.pid" && started+=("$state/virtlogd.pid:virtlogd")
        if libvirtd -d --pid-file "$state/libvirtd.pid"; then
            started+=("$state/libvirtd.pid:libvirtd")
        else
            libvirtd_problem="libvirtd -d failed to start"
        fi
        # tst_faults kills this daemon mid-define and starts it again with the same pid file.
        export VFIO_WIZARD_LIBVIRTD_PIDFILE=$state/libvirtd.pid
    fi
    if [ -z "$libvirtd_problem" ] && wait_for_probe; then
        if probe_kvm; then
            export VFIO_WIZARD_KVM=1 VFIO_WIZARD_KVM_REASON=
            say "KVM runs guests like the suite's here"
        else
            export VFIO_WIZARD_KVM=0 VFIO_WIZARD_KVM_REASON=$kvm_reason
            say "no KVM for the tests' guests ($kvm_reason): they run under TCG"
        fi
        export VFIO_WIZARD_LIBVIRT_URI=$uri
        echo "with-libvirtd: libvirtd at $uri, $(free_hugepages) free hugepages of 2 MiB"
    fi
    if [ -n "$libvirtd_problem" ]; then
        say "$libvirtd_problem; the integration tests will fail"
        export VFIO_WIZARD_LIBVIRTD_PROBLEM=$libvirtd_problem
    fi
    export VFIO_WIZARD_REQUIRE_LIBVIRTD=1
fi
"$@"
status=$?
exit "$status"
