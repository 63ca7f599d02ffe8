#!/usr/bin/env python3
"""Writes the fixture hosts below this directory, each a tree that mirrors / of one machine.

The machines are modelled on real ones (ids from pci.ids, sysfs layout as Linux 6.x writes it);
each host's README says which. Run it again after changing a description here, then regenerate
the expected scans: VFIO_WIZARD_REGENERATE=1 ctest -R hostscan.
"""

import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from hosttree import HostTree  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GiB = 1 << 30
INTEL_FLAGS = ("fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx "
               "fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc arch_perfmon pebs bts "
               "rep_good nopl xtopology nonstop_tsc cpuid aperfmperf pni pclmulqdq dtes64 monitor ds_cpl vmx "
               "est tm2 ssse3 sdbg fma cx16 xtpr pdcm pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx "
               "f16c rdrand lahf_lm abm 3dnowprefetch invpcid_single pti tpr_shadow vnmi flexpriority ept "
               "vpid ept_ad fsgsbase tsc_adjust bmi1 hle avx2 smep bmi2 erms invpcid rtm mpx rdseed adx smap "
               "clflushopt intel_pt xsaveopt xsavec xgetbv1 xsaves dtherm ida arat pln pts hwp")
AMD_FLAGS = ("fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse "
             "sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm constant_tsc rep_good nopl nonstop_tsc "
             "cpuid extd_apicid aperfmperf rapl pni pclmulqdq monitor ssse3 fma cx16 sse4_1 sse4_2 movbe "
             "popcnt aes xsave avx f16c rdrand lahf_lm cmp_legacy svm extapic cr8_legacy abm sse4a "
             "misalignsse 3dnowprefetch osvw ibs skinit wdt tce topoext perfctr_core perfctr_nb bpext "
             "perfctr_llc mwaitx cpb cat_l3 cdp_l3 hw_pstate ssbd mba ibpb stibp vmmcall fsgsbase bmi1 avx2 "
             "smep bmi2 cqm rdt_a rdseed adx smap clflushopt clwb sha_ni xsaveopt xsavec xgetbv1 xsaves "
             "cqm_llc cqm_occup_llc cqm_mbm_total cqm_mbm_local clzero irperf xsaveerptr rdpru wbnoinvd arat "
             "npt lbrv svm_lock nrip_save tsc_scale vmcb_clean flushbyasid decodeassists pausefilter "
             "pfthreshold avic v_vmsave_vmload vgif v_spec_ctrl umip rdpid overflow_recov succor smca sme sev")


# A Sapphire Rapids Xeon as a cloud VM shows it: "hypervisor", and no vmx (KVM runs through kvm_pvm).
PVM_FLAGS = ("fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht "
             "syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid tsc_known_freq pni "
             "pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c "
             "rdrand hypervisor lahf_lm abm 3dnowprefetch cpuid_fault ssbd ibrs ibpb stibp ibrs_enhanced fsgsbase "
             "tsc_adjust bmi1 avx2 smep bmi2 erms invpcid avx512f avx512dq rdseed adx smap avx512ifma clflushopt clwb "
             "avx512cd sha_ni avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves avx_vnni avx512_bf16 wbnoinvd arat "
             "avx512vbmi umip pku ospke avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni avx512_bitalg "
             "avx512_vpopcntdq rdpid bus_lock_detect cldemote movdiri movdir64b fsrm md_clear serialize tsxldtrk "
             "ibt amx_bf16 avx512_fp16 amx_tile amx_int8 flush_l1d arch_capabilities")
# NixOS's accounts for libvirtd (virtualisation.libvirtd): QEMU's user is in the kvm group.
NIXOS_PASSWD = ["root:x:0:0:System administrator:/root:/run/current-system/sw/bin/bash",
                "qemu-libvirtd:x:301:301::/var/empty:/run/current-system/sw/bin/nologin"]
NIXOS_GROUP = ["root:x:0:", "qemu-libvirtd:x:301:", "kvm:x:302:qemu-libvirtd", "libvirtd:x:67:user"]

ZFS_TANK = {"ID_FS_TYPE": "zfs_member", "ID_FS_LABEL": "tank", "ID_FS_USAGE": "filesystem"}


def fresh(name):
    root = os.path.join(HERE, name)
    for entry in ("sys", "proc", "dev", "run", "etc"):
        shutil.rmtree(os.path.join(root, entry), ignore_errors=True)
    os.makedirs(root, exist_ok=True)
    return HostTree(root)


def split_smt(cores, threads_per_core, l3_of=lambda core: 0, node_of=lambda core: 0, package=0, first_id=0,
              l3_size_of=lambda core: None):
    """Intel numbering: thread t of core c is CPU c + t * cores (siblings in split halves)."""
    out = []
    for c in range(cores):
        sibs = [first_id + c + t * cores for t in range(threads_per_core)]
        for t in range(threads_per_core):
            out.append(dict(id=sibs[t], package=package, core=c, siblings=sibs, node=node_of(c), l3key=l3_of(c),
                            l3_size=l3_size_of(c)))
    return finish_l3(out)


def adjacent_smt(cores, threads_per_core, l3_of=lambda core: 0, node_of=lambda core: 0, core_ids=None, first_id=0, package=0):
    """Numbering with siblings next to each other: core c has CPUs c*t .. c*t+t-1."""
    out = []
    for c in range(cores):
        sibs = [first_id + c * threads_per_core + t for t in range(threads_per_core)]
        for t in range(threads_per_core):
            out.append(dict(id=sibs[t], package=package, core=(core_ids[c] if core_ids else c), siblings=sibs,
                            node=node_of(c), l3key=l3_of(c)))
    return finish_l3(out)


def finish_l3(threads):
    for t in threads:
        t["l3"] = [x["id"] for x in threads if x["l3key"] == t["l3key"] and x["package"] == t["package"]]
    return sorted(threads, key=lambda t: t["id"])


def dev(address, vendor, device, cls, **kw):
    return dict(address=address, vendor=vendor, device=device, cls=cls, **kw)


def input_devices(h, devices):
    """The host's keyboards and mice as udev names them in /dev/input/by-id."""
    for name, event in devices:
        h.file("/dev/input/event%d" % event, "")
        h.link("/dev/input/by-id/" + name, "/dev/input/event%d" % event)
# ---- what the host itself uses: mounts, swap, holders, displays, keyboards and mice ----------
# Kept here (not in scripts/hosttree.py) as plain functions over a HostTree.

KEYBOARD = dict(ev="120013", key="1000000000007 ff9f207ac14057ff febeffdfffefffff fffffffffffffffe", rel="0")
MOUSE = dict(ev="17", key="1f0000 0 0 0 0", rel="903")
PSEUDO_MOUNTS = [("proc", "/proc", "proc", "0:22", "/"), ("sysfs", "/sys", "sysfs", "0:21", "/"),
                 ("devtmpfs", "/dev", "devtmpfs", "0:5", "/"), ("tmpfs", "/run", "tmpfs", "0:24", "/")]


def mounts(h, entries, swaps=()):
    """/proc/self/mountinfo and /proc/swaps as Linux writes them. entries: (source, mount point,
    type, major:minor, root) in mount order; swaps: (path, type, size in KiB)."""
    lines = []
    for i, (source, point, fstype, devno, root) in enumerate(list(entries) + PSEUDO_MOUNTS):
        point = point.replace(" ", "\\040")
        lines.append(f"{22 + i} 1 {devno} {root} {point} rw,relatime shared:{i + 1} - {fstype} {source} rw")
    h.file("/proc/self/mountinfo", "\n".join(lines))
    table = ["Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority"]
    for path, kind, size in swaps:
        table.append(f"{path:<40}{kind}\t{size}\t\t0\t\t-2")
    h.file("/proc/swaps", "\n".join(table))


def holders(h, device_dir, names):
    """The holders/ links of a disk, partition or mapping: the devices built on it."""
    for name in names:
        h.link(f"{device_dir}/holders/{name}", f"/sys/devices/virtual/block/{name}")


def md(h, name, size_bytes, dev, slaves, level="raid1"):
    d = h.block(name, size_bytes, False, dev=dev)
    h.file(f"{d}/md/level", level)
    h.file(f"{d}/md/raid_disks", len(slaves))
    for slave in slaves:
        h.link(f"{d}/slaves/{slave}", f"/sys/class/block/{slave}")
    return d


def part_ids(h, disk_id, count):
    """udev's by-id links of a disk's partitions (<id>-partN)."""
    name = os.readlink(h.path(f"/dev/disk/by-id/{disk_id}")).split("/")[-1]
    for n in range(1, count + 1):
        part = f"{name}p{n}" if name[-1].isdigit() else f"{name}{n}"
        h.link(f"/dev/disk/by-id/{disk_id}-part{n}", f"/dev/{part}")


def drm(h, card, pci_path, connectors):
    """A DRM card under its GPU with its connectors: {name: connected|disconnected}."""
    d = f"{pci_path}/drm/{card}"
    h.file(f"{d}/dev", f"226:{int(card[4:])}")
    h.link(f"/sys/class/drm/{card}", d)
    for name, status in connectors.items():
        c = f"{d}/{card}-{name}"
        h.file(f"{c}/status", status)
        h.file(f"{c}/enabled", "enabled" if status == "connected" else "disabled")
        h.link(f"/sys/class/drm/{card}-{name}", c)


def usb_input(h, number, name, controller_path, port, hid, caps):
    """An input device on a USB controller's root hub port: .../usb1/1-P/1-P:1.0/HID/input/inputN."""
    hid_dir = f"{controller_path}/usb1/1-{port}/1-{port}:1.0/{hid}"
    d = f"{hid_dir}/input/input{number}"
    h.file(f"{hid_dir}/uevent", "DRIVER=hid-generic")
    h.file(f"{d}/name", name)
    for capability, value in caps.items():
        h.file(f"{d}/capabilities/{capability}", value)
    h.link(f"{d}/device", hid_dir)
    h.link(f"/sys/class/input/input{number}", d)


def reset_methods(h, paths, methods):
    """reset_method (Linux 5.15+) of the given devices: {address: "flr bus"}."""
    for address, value in methods.items():
        h.file(f"{paths[address]}/reset_method", value)


def article():
    """The article's machine: Core i7-6700K (4 cores / 8 threads), Z170 board, Intel HD 530 as the
    boot GPU, GeForce GTX 1080 at 04:00.0 behind a PCH root port, NICs eno1 and eno2, an HDD
    (the ZFS pool with the zvol) and an NVMe SSD, IOMMU on."""
    h = fresh("article")
    h.cpus(split_smt(4, 2), dict(vendor="GenuineIntel", model="Intel(R) Core(TM) i7-6700K CPU @ 4.00GHz",
                                 flags=INTEL_FLAGS, model_number=94), l3_size="8192K")
    h.memory(32 * GiB // 1024, {2048: (0, 0), 1048576: (0, 0)}, {0: {2048: (0, 0), 1048576: (0, 0)}})
    h.cmdline("BOOT_IMAGE=(hd0,gpt2)//kernels/bzImage init=/nix/store/system/init intel_iommu=on loglevel=4")
    msi = (0x1462, 0x7976)
    paths = h.pci([
        dev("0000:00:00.0", 0x8086, 0x191f, 0x060000, rev=0x07, subsys=msi, driver="skl_uncore", group=0),
        dev("0000:00:02.0", 0x8086, 0x1912, 0x030000, rev=0x06, subsys=msi, driver="i915", group=1, boot_vga=True),
        dev("0000:00:14.0", 0x8086, 0xa12f, 0x0c0330, rev=0x31, subsys=msi, driver="xhci_hcd", group=2),
        dev("0000:00:14.2", 0x8086, 0xa131, 0x118000, rev=0x31, subsys=msi, group=2, reset=False),
        dev("0000:00:16.0", 0x8086, 0xa13a, 0x078000, rev=0x31, subsys=msi, driver="mei_me", group=3, reset=False),
        dev("0000:00:17.0", 0x8086, 0xa102, 0x010601, rev=0x31, subsys=msi, driver="ahci", group=4),
        dev("0000:00:1c.0", 0x8086, 0xa110, 0x060400, rev=0xf1, driver="pcieport", group=5),
        dev("0000:00:1c.4", 0x8086, 0xa114, 0x060400, rev=0xf1, driver="pcieport", group=6),
        dev("0000:00:1d.0", 0x8086, 0xa118, 0x060400, rev=0xf1, driver="pcieport", group=7),
        dev("0000:00:1f.0", 0x8086, 0xa145, 0x060100, rev=0x31, subsys=msi, group=8, reset=False),
        dev("0000:00:1f.2", 0x8086, 0xa121, 0x058000, rev=0x31, subsys=msi, group=8, reset=False),
        dev("0000:00:1f.3", 0x8086, 0xa170, 0x040300, rev=0x31, subsys=msi, driver="snd_hda_intel", group=8),
        dev("0000:00:1f.4", 0x8086, 0xa123, 0x0c0500, rev=0x31, subsys=msi, driver="i801_smbus", group=8),
        dev("0000:00:1f.6", 0x8086, 0x15b8, 0x020000, rev=0x31, subsys=msi, driver="e1000e", group=8),
        dev("0000:03:00.0", 0x8086, 0x1539, 0x020000, rev=0x03, subsys=msi, driver="igb", group=5, parent="0000:00:1c.0"),
        dev("0000:04:00.0", 0x10de, 0x1b80, 0x030000, rev=0xa1, subsys=(0x3842, 0x6183), driver="nouveau", group=6,
            parent="0000:00:1c.4"),
        dev("0000:04:00.1", 0x10de, 0x10f0, 0x040300, rev=0xa1, subsys=(0x3842, 0x6183), driver="snd_hda_intel",
            group=6, parent="0000:00:1c.4"),
        dev("0000:05:00.0", 0x144d, 0xa804, 0x010802, subsys=(0x144d, 0xa801), driver="nvme", group=7,
            parent="0000:00:1d.0"),
    ])
    h.nic("eno1", "4c:cc:6a:01:02:03", "down", pci_path=paths["0000:00:1f.6"])
    h.nic("eno2", "4c:cc:6a:01:02:04", "up", 1000, pci_path=paths["0000:03:00.0"])
    h.nic("virbr0", "52:54:00:6e:1a:2b", "down", None, bridge_members=[])
    h.routes("eno2", ["eno2"])
    h.block("sda", 2000398934016, True, paths["0000:00:17.0"] + "/ata1/host0/target0:0:0/0:0:0:0",
            model="ST2000DM001-1ER164", by_id=["ata-ST2000DM001-1ER164_Z4Z2ABCD", "wwn-0x5000c5008a1b2c3d"],
            partitions=[2000397885440], dev="8:0", udev={"sda1": ZFS_TANK})
    h.block("nvme0n1", 250059350016, False, paths["0000:05:00.0"] + "/nvme/nvme0",
            model="Samsung SSD 960 EVO 250GB", serial="S3ESNX0J123456A",
            by_id=["nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A", "nvme-eui.0025385171b01234"],
            partitions=[536870912, 200 * GiB, 16 * GiB, 16 * GiB], dev="259:0",
            udev={"nvme0n1p1": {"ID_FS_TYPE": "vfat"}, "nvme0n1p2": {"ID_FS_TYPE": "ext4"},
                  "nvme0n1p3": ZFS_TANK, "nvme0n1p4": ZFS_TANK})  # the pool's L2ARC and slog
    h.block("zd0", 200 * GiB, False, zvol="tank/win10", dev="230:0")
    h.link("/dev/zvol/tank/win10-part1", "/dev/zd0p1")
    h.link("/dev/zvol/tank/win10-part2", "/dev/zd0p2")
    input_devices(h, [("usb-Logitech_USB_Keyboard-event-kbd", 3), ("usb-Logitech_USB_Optical_Mouse-event-mouse", 4)])
    part_ids(h, "ata-ST2000DM001-1ER164_Z4Z2ABCD", 1)
    part_ids(h, "nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A", 4)
    # NixOS on the SSD (/nix/store is its read-only bind mount), the pool's datasets mounted;
    # the zvol the VM takes is used by nothing.
    mounts(h, [("/dev/nvme0n1p2", "/", "ext4", "259:2", "/"), ("/dev/nvme0n1p2", "/nix/store", "ext4", "259:2", "/nix/store"),
               ("/dev/nvme0n1p1", "/boot", "vfat", "259:1", "/"), ("tank/media", "/tank/media", "zfs", "0:48", "/")])
    drm(h, "card0", paths["0000:00:02.0"], {"DP-1": "disconnected", "HDMI-A-1": "connected"})
    drm(h, "card1", paths["0000:04:00.0"], {"DP-1": "disconnected", "DVI-D-1": "disconnected", "HDMI-A-1": "disconnected"})
    usb_input(h, 3, "Logitech USB Keyboard", paths["0000:00:14.0"], 3, "0003:046D:C31C.0001", KEYBOARD)
    usb_input(h, 5, "Logitech USB Optical Mouse", paths["0000:00:14.0"], 4, "0003:046D:C077.0002", MOUSE)
    h.modules(["kvm", "kvm_intel", "zfs"])
    h.kvm_device()
    h.accounts(NIXOS_PASSWD, NIXOS_GROUP)


def ryzen():
    """A Ryzen 7 3700X (8 cores / 16 threads, two core complexes with an L3 each) on a B450 board
    whose firmware numbers SMT siblings next to each other (0,1 / 2,3 ...). The RTX 2070 in the
    CPU's x16 slot is the boot GPU; the RX 580 sits in a chipset slot and shares its IOMMU group
    with the chipset's USB and SATA controllers and the onboard NIC."""
    h = fresh("ryzen")
    h.cpus(adjacent_smt(8, 2, l3_of=lambda c: c // 4),
           dict(vendor="AuthenticAMD", model="AMD Ryzen 7 3700X 8-Core Processor", flags=AMD_FLAGS,
                family=23, model_number=113), l3_size="16384K")
    h.memory(64 * GiB // 1024, {2048: (0, 0), 1048576: (0, 0)}, {0: {2048: (0, 0), 1048576: (0, 0)}})
    h.cmdline("initrd=\\EFI\\nixos\\initrd.efi init=/nix/store/system/init iommu=pt loglevel=4")
    asus = (0x1043, 0x87c0)
    p = "0000:00:01.1"
    c = "0000:00:01.2"
    paths = h.pci([
        dev("0000:00:00.0", 0x1022, 0x1480, 0x060000, subsys=asus, group=0, reset=False),
        dev("0000:00:00.2", 0x1022, 0x1481, 0x080600, subsys=asus, group=1, reset=False),
        dev("0000:00:01.0", 0x1022, 0x1482, 0x060000, group=2, reset=False),
        dev(p, 0x1022, 0x1483, 0x060400, driver="pcieport", group=3),
        dev(c, 0x1022, 0x1483, 0x060400, driver="pcieport", group=4),
        dev("0000:00:03.0", 0x1022, 0x1482, 0x060000, group=5, reset=False),
        dev("0000:00:03.1", 0x1022, 0x1483, 0x060400, driver="pcieport", group=6),
        dev("0000:00:14.0", 0x1022, 0x790b, 0x0c0500, rev=0x61, subsys=asus, driver="piix4_smbus", group=7, reset=False),
        dev("0000:00:14.3", 0x1022, 0x790e, 0x060100, rev=0x51, subsys=asus, group=7, reset=False),
        dev("0000:00:18.0", 0x1022, 0x1440, 0x060000, group=8, reset=False),
        dev("0000:00:18.3", 0x1022, 0x1443, 0x060000, driver="k10temp", group=8, reset=False),
        dev("0000:01:00.0", 0x144d, 0xa808, 0x010802, subsys=(0x144d, 0xa801), driver="nvme", group=9, parent=p),
        dev("0000:02:00.0", 0x1022, 0x43d5, 0x0c0330, rev=0x01, subsys=(0x1b21, 0x1142), driver="xhci_hcd", group=10, parent=c),
        dev("0000:02:00.1", 0x1022, 0x43c8, 0x010601, rev=0x01, subsys=(0x1b21, 0x1062), driver="ahci", group=10, parent=c),
        dev("0000:02:00.2", 0x1022, 0x43c6, 0x060400, rev=0x01, driver="pcieport", group=10, parent=c),
        dev("0000:03:00.0", 0x1022, 0x43c7, 0x060400, rev=0x01, driver="pcieport", group=10, parent="0000:02:00.2"),
        dev("0000:03:04.0", 0x1022, 0x43c7, 0x060400, rev=0x01, driver="pcieport", group=10, parent="0000:02:00.2"),
        dev("0000:04:00.0", 0x10ec, 0x8168, 0x020000, rev=0x15, subsys=asus, driver="r8169", group=10, parent="0000:03:00.0"),
        dev("0000:05:00.0", 0x1002, 0x67df, 0x030000, rev=0xe7, subsys=(0x1da2, 0xe366), driver="amdgpu", group=10,
            parent="0000:03:04.0"),
        dev("0000:05:00.1", 0x1002, 0xaaf0, 0x040300, subsys=(0x1da2, 0xaaf0), driver="snd_hda_intel", group=10,
            parent="0000:03:04.0"),
        dev("0000:06:00.0", 0x10de, 0x1f07, 0x030000, rev=0xa1, subsys=(0x1458, 0x37ad), driver="nvidia", group=11,
            parent="0000:00:03.1", boot_vga=True),
        dev("0000:06:00.1", 0x10de, 0x10f9, 0x040300, rev=0xa1, subsys=(0x1458, 0x37ad), driver="snd_hda_intel",
            group=11, parent="0000:00:03.1"),
        dev("0000:06:00.2", 0x10de, 0x1ada, 0x0c0330, rev=0xa1, subsys=(0x1458, 0x37ad), driver="xhci_hcd", group=11,
            parent="0000:00:03.1"),
        dev("0000:06:00.3", 0x10de, 0x1adb, 0x0c8000, rev=0xa1, subsys=(0x1458, 0x37ad), driver="nvidia-gpu",
            group=11, parent="0000:00:03.1"),
    ])
    h.nic("enp4s0", "04:d9:f5:aa:bb:cc", "up", 1000, pci_path=paths["0000:04:00.0"], master="br0")
    h.nic("br0", "04:d9:f5:aa:bb:cc", "up", None, bridge_members=["enp4s0"])
    h.nic("virbr0", "52:54:00:12:34:56", "down", None, bridge_members=[])
    h.routes("br0", ["br0"])
    nvme = h.block("nvme0n1", 1000204886016, False, paths["0000:01:00.0"] + "/nvme/nvme0",
                   model="Samsung SSD 970 EVO Plus 1TB", serial="S4EWNF0M912345X",
                   by_id=["nvme-Samsung_SSD_970_EVO_Plus_1TB_S4EWNF0M912345X", "nvme-eui.0025385891b12345"],
                   partitions=[GiB, 300 * GiB, 600 * GiB], dev="259:0",
                   udev={"nvme0n1p1": {"ID_FS_TYPE": "vfat"},
                         "nvme0n1p2": {"ID_FS_TYPE": "zfs_member", "ID_FS_LABEL": "rpool", "ID_FS_USAGE": "filesystem"},
                         "nvme0n1p3": {"ID_FS_TYPE": "LVM2_member"}})
    h.block("sda", 1000204886016, False, paths["0000:02:00.1"] + "/ata2/host1/target1:0:0/1:0:0:0",
            model="CT1000MX500SSD1", by_id=["ata-CT1000MX500SSD1_2034E4A1B2C3", "wwn-0x500a0751e4a1b2c3"], dev="8:0",
            partitions=[1000203837440], udev={"sda1": {"ID_FS_TYPE": "ext4"}})
    h.block("dm-0", 120 * GiB, False, dev="254:0", dm=dict(name="vg0-win11", uuid="LVM-abcdefghijklmnopqrstuvwxyz012345ABCDEFGHIJKLMNOPQRSTUVWXYZ6789",
                                               slaves=["nvme0n1p3"]))
    h.block("dm-1", 40 * GiB, False, dev="254:1", dm=dict(name="vg0-nix--store", uuid="LVM-abcdefghijklmnopqrstuvwxyz012345ZYXWVUTSRQPONMLKJIHGFEDCBA9876",
                                              slaves=["nvme0n1p3"]))
    h.link("/dev/vg0/win11", "/dev/dm-0")
    h.link("/dev/vg0/nix-store", "/dev/dm-1")
    # A gaming mouse shows up twice (its macro keys are a keyboard interface); a gamepad is not taken.
    input_devices(h, [("usb-Cherry_GmbH_CHERRY_Corded_Device-event-kbd", 2), ("usb-Logitech_G305-event-mouse", 5),
                      ("usb-Logitech_G305-if01-event-kbd", 6), ("usb-Sony_Wireless_Controller-event-joystick", 9)])
    holders(h, f"{nvme}/nvme0n1p3", ["dm-0", "dm-1"])
    h.block("zd0", 16 * GiB, False, zvol="rpool/swap", dev="230:0")
    part_ids(h, "nvme-Samsung_SSD_970_EVO_Plus_1TB_S4EWNF0M912345X", 3)
    part_ids(h, "ata-CT1000MX500SSD1_2034E4A1B2C3", 1)
    # Root on ZFS (rpool on the NVMe), the Nix store on an LV, /home on the SATA SSD of the
    # chipset controller that shares the RX 580's group, swap on a zvol.
    mounts(h, [("rpool/root", "/", "zfs", "0:25", "/"), ("/dev/nvme0n1p1", "/boot", "vfat", "259:1", "/"),
               ("/dev/mapper/vg0-nix--store", "/nix/store", "ext4", "254:1", "/"), ("rpool/var", "/var", "zfs", "0:49", "/"),
               ("/dev/sda1", "/home", "ext4", "8:1", "/")],
           swaps=[("/dev/zd0", "partition", 16777212)])
    # The host's desktop is on the RX 580; the RTX 2070 (the boot GPU) drives no monitor.
    drm(h, "card0", paths["0000:06:00.0"], {"DP-1": "disconnected", "HDMI-A-1": "disconnected"})
    drm(h, "card1", paths["0000:05:00.0"], {"DP-1": "disconnected", "HDMI-A-1": "connected"})
    usb_input(h, 2, "Cherry GmbH CHERRY Corded Device", paths["0000:02:00.0"], 2, "0003:046A:00C3.0001", KEYBOARD)
    usb_input(h, 4, "Logitech G305", paths["0000:02:00.0"], 3, "0003:046D:C53F.0002", MOUSE)
    reset_methods(h, paths, {"0000:05:00.0": "bus", "0000:05:00.1": "bus", "0000:06:00.0": "bus", "0000:06:00.1": "bus",
                             "0000:06:00.2": "bus", "0000:06:00.3": "bus", "0000:01:00.0": "flr bus"})
    h.modules(["kvm", "kvm_amd"])
    h.kvm_device()
    h.accounts(NIXOS_PASSWD, NIXOS_GROUP)


def no_iommu():
    """An older desktop with the IOMMU off: Core i5-4590 (4 cores, no SMT), VT-d not enabled on the
    command line, so the kernel made no IOMMU groups. Its kernel is old (3.x): only the mask files
    (thread_siblings, shared_cpu_map), no NUMA directory. GeForce GTX 970 beside the HD 4600."""
    h = fresh("no-iommu")
    h.cpus(split_smt(4, 1), dict(vendor="GenuineIntel", model="Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz",
                                 flags=INTEL_FLAGS.replace(" ht ", " "), model_number=60),
           mask_only=True, numa=False, l3_size="6144K")
    h.memory(16 * GiB // 1024, {2048: (0, 0)})
    h.cmdline("BOOT_IMAGE=/boot/vmlinuz-3.16.0-6-amd64 root=UUID=0a1b2c3d ro quiet")
    paths = h.pci([
        dev("0000:00:00.0", 0x8086, 0x0c00, 0x060000, rev=0x06, subsys=(0x1043, 0x8534), reset=False),
        dev("0000:00:01.0", 0x8086, 0x0c01, 0x060400, rev=0x06, driver="pcieport"),
        dev("0000:00:02.0", 0x8086, 0x0412, 0x030000, rev=0x06, subsys=(0x1043, 0x8534), driver="i915", boot_vga=True),
        dev("0000:00:14.0", 0x8086, 0x8c31, 0x0c0330, rev=0x05, subsys=(0x1043, 0x8534), driver="xhci_hcd"),
        dev("0000:00:19.0", 0x8086, 0x153b, 0x020000, rev=0x05, subsys=(0x1043, 0x859f), driver="e1000e"),
        dev("0000:00:1f.2", 0x8086, 0x8c02, 0x010601, rev=0x05, subsys=(0x1043, 0x8534), driver="ahci"),
        dev("0000:01:00.0", 0x10de, 0x13c2, 0x030000, rev=0xa1, subsys=(0x1462, 0x3160), driver="nouveau",
            parent="0000:00:01.0"),
        dev("0000:01:00.1", 0x10de, 0x0fbb, 0x040300, rev=0xa1, subsys=(0x1462, 0x3160), driver="snd_hda_intel",
            parent="0000:00:01.0"),
    ])
    h.nic("eth0", "10:c3:7b:11:22:33", "up", 1000, pci_path=paths["0000:00:19.0"])
    h.routes("eth0", ["eth0"])
    h.block("sda", 500107862016, False, paths["0000:00:1f.2"] + "/ata1/host0/target0:0:0/0:0:0:0",
            model="Samsung SSD 850 EVO 500GB", by_id=["ata-Samsung_SSD_850_EVO_500GB_S21JNXAG123456"],
            partitions=[500106813440])
    # A kernel this old has /proc/mounts but no /proc/self/mountinfo (its fallback is read).
    h.file("/proc/mounts", "\n".join(["rootfs / rootfs rw 0 0", "sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0",
                                      "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0",
                                      "/dev/disk/by-uuid/0a1b2c3d / ext4 rw,relatime,errors=remount-ro 0 0"]))
    h.link("/dev/disk/by-uuid/0a1b2c3d", "/dev/sda1")
    h.file("/proc/swaps", "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority")
    # VT-x in the flags, but kvm_intel was never loaded: no KVM module, no /dev/kvm.
    h.modules(["e1000e", "i915", "snd_hda_intel"])


def hybrid():
    """An Intel Core i7-12700K (Alder Lake): 8 performance cores with Hyper-Threading (CPUs 0-15,
    siblings adjacent) and 4 efficiency cores (CPUs 16-19), one shared L3. CPU 19 is offline
    (taken down with `echo 0 > online`). RTX 3080 at 01:00.0 in its own group, UHD 770 boots."""
    h = fresh("hybrid")
    threads = adjacent_smt(8, 2, core_ids=[0, 4, 8, 12, 16, 20, 24, 28])
    for i, core in enumerate([32, 33, 34, 35]):
        threads.append(dict(id=16 + i, package=0, core=core, siblings=[16 + i], node=0, l3key=0))
    threads = finish_l3(threads)
    h.cpus(threads, dict(vendor="GenuineIntel", model="12th Gen Intel(R) Core(TM) i7-12700K",
                         flags=INTEL_FLAGS, model_number=151),
           offline=[19], hybrid=dict(performance=list(range(16)), efficiency=[16, 17, 18, 19]), l3_size="25600K")
    h.memory(32 * GiB // 1024, {2048: (1024, 1024), 1048576: (0, 0)}, {0: {2048: (1024, 1024), 1048576: (0, 0)}})
    h.cmdline("BOOT_IMAGE=/boot/vmlinuz-6.1 root=/dev/nvme0n1p2 intel_iommu=on iommu=pt hugepagesz=2M hugepages=1024")
    gb = (0x1458, 0x7d25)
    paths = h.pci([
        dev("0000:00:00.0", 0x8086, 0x4668, 0x060000, rev=0x02, subsys=gb, group=0, reset=False),
        dev("0000:00:01.0", 0x8086, 0x460d, 0x060400, rev=0x02, driver="pcieport", group=1),
        dev("0000:00:02.0", 0x8086, 0x4680, 0x030000, rev=0x0c, subsys=gb, driver="i915", group=2, boot_vga=True),
        dev("0000:00:14.0", 0x8086, 0x7ae0, 0x0c0330, rev=0x11, subsys=gb, driver="xhci_hcd", group=3),
        dev("0000:00:17.0", 0x8086, 0x7ae2, 0x010601, rev=0x11, subsys=gb, driver="ahci", group=4),
        dev("0000:00:1c.0", 0x8086, 0x7ab8, 0x060400, rev=0x11, driver="pcieport", group=5),
        dev("0000:01:00.0", 0x10de, 0x2206, 0x030000, rev=0xa1, subsys=(0x3842, 0x3897), driver="nvidia", group=1,
            parent="0000:00:01.0"),
        dev("0000:01:00.1", 0x10de, 0x1aef, 0x040300, rev=0xa1, subsys=(0x3842, 0x3897), driver="snd_hda_intel",
            group=1, parent="0000:00:01.0"),
        dev("0000:02:00.0", 0x8086, 0x15f3, 0x020000, rev=0x03, subsys=gb, driver="igc", group=5, parent="0000:00:1c.0"),
    ])
    h.nic("enp2s0", "18:c0:4d:aa:00:01", "up", 2500, pci_path=paths["0000:02:00.0"])
    h.nic("wlp0s20f3", "a0:b1:c2:d3:e4:f5", "down", None, wireless=True)
    h.routes("enp2s0", ["enp2s0"])
    h.block("sda", 4000787030016, True, paths["0000:00:17.0"] + "/ata1/host0/target0:0:0/0:0:0:0",
            model="WDC WD40EFRX-68N32N0", by_id=["ata-WDC_WD40EFRX-68N32N0_WD-WCC7K1234567"])
    # The system lives on an NVMe SSD this tree leaves out; the HDD is free for the VM.
    mounts(h, [("/dev/nvme0n1p2", "/", "ext4", "259:2", "/"), ("/dev/nvme0n1p1", "/boot", "vfat", "259:1", "/")])
    input_devices(h, [("usb-Corsair_K70_RGB-event-kbd", 2), ("usb-Logitech_G_Pro-event-mouse", 3)])
    usb_input(h, 2, "Corsair K70 RGB", paths["0000:00:14.0"], 2, "0003:1B1C:1B13.0001", KEYBOARD)
    usb_input(h, 3, "Logitech G Pro", paths["0000:00:14.0"], 3, "0003:046D:C08B.0002", MOUSE)

    h.modules(["kvm", "kvm_intel"])
    h.kvm_device()


def twins():
    """Two identical Radeon RX 5700 XT cards (Navi 10, each behind the card's own PCIe switch) in
    the CPU slots of an X570 board with a Ryzen 5 5600X (6 cores / 12 threads, one L3). The first
    is the boot GPU and drives the host's monitor; the second is meant for the VM. vfio-pci.ids
    would take both: the module must bind the VM's card by address."""
    h = fresh("twins")
    h.cpus(adjacent_smt(6, 2), dict(vendor="AuthenticAMD", model="AMD Ryzen 5 5600X 6-Core Processor", flags=AMD_FLAGS,
                                    family=25, model_number=33), l3_size="32768K")
    h.memory(32 * GiB // 1024, {2048: (0, 0), 1048576: (0, 0)}, {0: {2048: (0, 0), 1048576: (0, 0)}})
    h.cmdline("initrd=\\EFI\\nixos\\initrd.efi init=/nix/store/system/init iommu=pt loglevel=4")
    asrock = (0x1849, 0xffff)
    sapphire = (0x1da2, 0xe410)
    paths = h.pci([
        dev("0000:00:00.0", 0x1022, 0x1480, 0x060000, subsys=asrock, group=0, reset=False),
        dev("0000:00:01.0", 0x1022, 0x1482, 0x060000, group=1, reset=False),
        dev("0000:00:01.1", 0x1022, 0x1483, 0x060400, driver="pcieport", group=2),
        dev("0000:00:01.2", 0x1022, 0x1483, 0x060400, driver="pcieport", group=3),
        dev("0000:00:03.0", 0x1022, 0x1482, 0x060000, group=4, reset=False),
        dev("0000:00:03.1", 0x1022, 0x1483, 0x060400, driver="pcieport", group=5),
        dev("0000:00:03.2", 0x1022, 0x1483, 0x060400, driver="pcieport", group=6),
        dev("0000:00:08.1", 0x1022, 0x1484, 0x060400, driver="pcieport", group=7),
        dev("0000:01:00.0", 0x144d, 0xa80a, 0x010802, subsys=(0x144d, 0xa801), driver="nvme", group=8, parent="0000:00:01.1"),
        dev("0000:02:00.0", 0x8086, 0x1539, 0x020000, rev=0x03, subsys=asrock, driver="igb", group=9, parent="0000:00:01.2"),
        dev("0000:09:00.0", 0x1002, 0x1478, 0x060400, rev=0xc1, driver="pcieport", group=10, parent="0000:00:03.1"),
        dev("0000:0a:00.0", 0x1002, 0x1479, 0x060400, driver="pcieport", group=10, parent="0000:09:00.0"),
        dev("0000:0b:00.0", 0x1002, 0x731f, 0x030000, rev=0xc1, subsys=sapphire, driver="amdgpu", group=10,
            parent="0000:0a:00.0", boot_vga=True),
        dev("0000:0b:00.1", 0x1002, 0xab38, 0x040300, subsys=sapphire, driver="snd_hda_intel", group=10, parent="0000:0a:00.0"),
        dev("0000:0c:00.0", 0x1002, 0x1478, 0x060400, rev=0xc1, driver="pcieport", group=11, parent="0000:00:03.2"),
        dev("0000:0d:00.0", 0x1002, 0x1479, 0x060400, driver="pcieport", group=11, parent="0000:0c:00.0"),
        dev("0000:0e:00.0", 0x1002, 0x731f, 0x030000, rev=0xc1, subsys=sapphire, driver="amdgpu", group=11,
            parent="0000:0d:00.0"),
        dev("0000:0e:00.1", 0x1002, 0xab38, 0x040300, subsys=sapphire, driver="snd_hda_intel", group=11, parent="0000:0d:00.0"),
        dev("0000:10:00.0", 0x1022, 0x148a, 0x130000, subsys=asrock, group=12, parent="0000:00:08.1", reset=False),
        dev("0000:10:00.3", 0x1022, 0x149c, 0x0c0330, subsys=asrock, driver="xhci_hcd", group=13, parent="0000:00:08.1"),
        dev("0000:10:00.4", 0x1022, 0x1487, 0x040300, subsys=asrock, driver="snd_hda_intel", group=14, parent="0000:00:08.1"),
    ])
    reset_methods(h, paths, {"0000:0b:00.0": "bus", "0000:0b:00.1": "bus", "0000:0e:00.0": "bus", "0000:0e:00.1": "bus",
                             "0000:01:00.0": "flr bus", "0000:02:00.0": "flr bus", "0000:10:00.3": "flr",
                             "0000:10:00.4": "flr"})
    h.nic("enp2s0", "70:85:c2:aa:bb:01", "up", 1000, pci_path=paths["0000:02:00.0"])
    h.nic("virbr0", "52:54:00:9a:8b:7c", "down", None, bridge_members=[])
    h.routes("enp2s0", ["enp2s0"])
    h.block("nvme0n1", 1000204886016, False, paths["0000:01:00.0"] + "/nvme/nvme0",
            model="Samsung SSD 980 PRO 1TB", serial="S5GXNX0R123456B",
            by_id=["nvme-Samsung_SSD_980_PRO_1TB_S5GXNX0R123456B"], partitions=[GiB, 900 * GiB, 32 * GiB], dev="259:0",
            udev={"nvme0n1p1": {"ID_FS_TYPE": "vfat"}, "nvme0n1p2": {"ID_FS_TYPE": "ext4"},
                  "nvme0n1p3": {"ID_FS_TYPE": "swap"}})
    part_ids(h, "nvme-Samsung_SSD_980_PRO_1TB_S5GXNX0R123456B", 3)
    mounts(h, [("/dev/nvme0n1p2", "/", "ext4", "259:2", "/"), ("/dev/nvme0n1p2", "/nix/store", "ext4", "259:2", "/nix/store"),
               ("/dev/nvme0n1p1", "/boot", "vfat", "259:1", "/")],
           swaps=[("/dev/nvme0n1p3", "partition", 33554428)])
    drm(h, "card0", paths["0000:0b:00.0"], {"DP-1": "connected", "DP-2": "disconnected", "HDMI-A-1": "disconnected"})
    drm(h, "card1", paths["0000:0e:00.0"], {"DP-3": "disconnected", "DP-4": "disconnected", "HDMI-A-2": "disconnected"})
    usb_input(h, 6, "Das Keyboard", paths["0000:10:00.3"], 2, "0003:24F0:0140.0001", KEYBOARD)
    usb_input(h, 8, "Razer Razer DeathAdder V2", paths["0000:10:00.3"], 5, "0003:1532:0084.0003", MOUSE)
    h.modules(["kvm", "kvm_amd"])
    h.kvm_device()


def raid():
    """A Core i7-8700 (6 cores / 12 threads) server-desktop on a Z370 board: two 2 TB HDDs in two
    md RAID 1 arrays (md0 for /boot; md1 under LUKS under LVM volume group "data" with /, /home,
    swap and a free volume for the VM), a free SATA SSD, a GTX 1070 for the VM, the UHD 630 for
    the host."""
    h = fresh("raid")
    h.cpus(split_smt(6, 2), dict(vendor="GenuineIntel", model="Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz",
                                 flags=INTEL_FLAGS, model_number=158), l3_size="12288K")
    h.memory(64 * GiB // 1024, {2048: (0, 0), 1048576: (0, 0)}, {0: {2048: (0, 0), 1048576: (0, 0)}})
    h.cmdline("BOOT_IMAGE=/boot/vmlinuz-6.1.0-18-amd64 root=/dev/mapper/data-root ro intel_iommu=on quiet")
    asus = (0x1043, 0x8694)
    paths = h.pci([
        dev("0000:00:00.0", 0x8086, 0x3ec2, 0x060000, rev=0x07, subsys=asus, driver="skl_uncore", group=0),
        dev("0000:00:01.0", 0x8086, 0x1901, 0x060400, rev=0x07, driver="pcieport", group=1),
        dev("0000:00:02.0", 0x8086, 0x3e92, 0x030000, subsys=asus, driver="i915", group=2, boot_vga=True),
        dev("0000:00:14.0", 0x8086, 0xa2af, 0x0c0330, subsys=asus, driver="xhci_hcd", group=3),
        dev("0000:00:17.0", 0x8086, 0xa282, 0x010601, subsys=asus, driver="ahci", group=4),
        dev("0000:00:1f.6", 0x8086, 0x15b8, 0x020000, subsys=asus, driver="e1000e", group=5),
        dev("0000:01:00.0", 0x10de, 0x1b81, 0x030000, rev=0xa1, subsys=(0x1462, 0x3302), driver="nouveau", group=1,
            parent="0000:00:01.0"),
        dev("0000:01:00.1", 0x10de, 0x10f0, 0x040300, rev=0xa1, subsys=(0x1462, 0x3302), driver="snd_hda_intel", group=1,
            parent="0000:00:01.0"),
    ])
    h.nic("eno1", "2c:fd:a1:00:11:22", "up", 1000, pci_path=paths["0000:00:1f.6"])
    h.routes("eno1", ["eno1"])
    disks = {}
    for index, (name, serial) in enumerate([("sda", "WD-WCC4M1234567"), ("sdb", "WD-WCC4M7654321")]):
        model = "WDC WD20EFRX-68EUZN0"
        disks[name] = h.block(name, 2000398934016, True,
                              paths["0000:00:17.0"] + f"/ata{index + 1}/host{index}/target{index}:0:0/{index}:0:0:0",
                              model=model, by_id=[f"ata-{model.replace(' ', '_')}_{serial}"], partitions=[GiB, 2000398934016 - 2 * GiB],
                              dev=f"8:{16 * index}", udev={f"{name}1": {"ID_FS_TYPE": "linux_raid_member"},
                                                           f"{name}2": {"ID_FS_TYPE": "linux_raid_member"}})
        part_ids(h, f"ata-{model.replace(' ', '_')}_{serial}", 2)
        holders(h, f"{disks[name]}/{name}1", ["md0"])
        holders(h, f"{disks[name]}/{name}2", ["md1"])
    h.block("sdc", 1000204886016, False, paths["0000:00:17.0"] + "/ata3/host2/target2:0:0/2:0:0:0",
            model="Samsung SSD 870 EVO 1TB", by_id=["ata-Samsung_SSD_870_EVO_1TB_S6PUNX0T123456"], dev="8:32")
    md(h, "md0", GiB - 8 * 1024 * 1024, "9:0", ["sda1", "sdb1"])
    md1 = md(h, "md1", 1996 * GiB, "9:1", ["sda2", "sdb2"])
    holders(h, md1, ["dm-0"])
    crypt = h.block("dm-0", 1996 * GiB - 16 * 1024 * 1024, False, dev="254:0",
                    dm=dict(name="cryptdata", uuid="CRYPT-LUKS2-6f1c2e3d4b5a69788796a5b4c3d2e1f0-cryptdata", slaves=["md1"]))
    volumes = [("root", 100 * GiB), ("home", 1200 * GiB), ("swap", 32 * GiB), ("win10", 500 * GiB)]
    holders(h, crypt, [f"dm-{i + 1}" for i in range(len(volumes))])
    for i, (volume, size) in enumerate(volumes):
        h.block(f"dm-{i + 1}", size, False, dev=f"254:{i + 1}",
                dm=dict(name=f"data-{volume}", uuid=f"LVM-raidvgraidvgraidvgraidvgraidvg{i:02d}lvlvlvlvlvlvlvlvlvlvlvlvlvlvlv",
                        slaves=["dm-0"]))
        h.link(f"/dev/data/{volume}", f"/dev/dm-{i + 1}")
    mounts(h, [("/dev/mapper/data-root", "/", "ext4", "254:1", "/"), ("/dev/md0", "/boot", "ext4", "9:0", "/"),
               ("/dev/mapper/data-home", "/home", "ext4", "254:2", "/")],
           swaps=[("/dev/dm-3", "partition", 33554428)])
    drm(h, "card0", paths["0000:00:02.0"], {"DP-1": "disconnected", "HDMI-A-1": "connected"})
    drm(h, "card1", paths["0000:01:00.0"], {"DP-1": "disconnected", "DVI-D-1": "disconnected"})
    usb_input(h, 4, "Logitech K120", paths["0000:00:14.0"], 1, "0003:046D:C31C.0001", KEYBOARD)
    h.modules(["kvm", "kvm_intel"])
    h.kvm_device()


def x3d():
    """An AMD Ryzen 9 7950X3D: 16 cores / 32 threads on two CCDs of 8 cores, siblings numbered in
    halves (n and n + 16) as the kernel does on Zen 4. CCD0 carries the stacked V-Cache (96 MiB
    L3), CCD1 a plain 32 MiB L3; one NUMA node. On an X670E board: an RTX 4090 in the CPU's x16
    slot in its own group, the CPU's Radeon graphics as the boot GPU, an I226-V NIC, NVMe."""
    h = fresh("x3d")
    h.cpus(split_smt(16, 2, l3_of=lambda c: c // 8, l3_size_of=lambda c: "98304K" if c < 8 else "32768K"),
           dict(vendor="AuthenticAMD", model="AMD Ryzen 9 7950X3D 16-Core Processor", flags=AMD_FLAGS,
                family=25, model_number=97, cache="1024 KB"))
    h.memory(64 * GiB // 1024, {2048: (0, 0), 1048576: (0, 0)}, {0: {2048: (0, 0), 1048576: (0, 0)}})
    h.cmdline("initrd=\\EFI\\nixos\\initrd.efi init=/nix/store/system/init amd_pstate=active iommu=pt loglevel=4")
    asus = (0x1043, 0x8877)
    gpp = "0000:00:01.1"
    igpu_port = "0000:00:08.1"
    nic_port = "0000:00:02.2"
    nvme_port = "0000:00:02.1"
    paths = h.pci([
        dev("0000:00:00.0", 0x1022, 0x14d8, 0x060000, subsys=asus, group=0, reset=False),
        dev("0000:00:00.2", 0x1022, 0x14d9, 0x080600, subsys=asus, group=1, reset=False),
        dev("0000:00:01.0", 0x1022, 0x14da, 0x060000, group=2, reset=False),
        dev(gpp, 0x1022, 0x14db, 0x060400, driver="pcieport", group=3),
        dev("0000:00:02.0", 0x1022, 0x14da, 0x060000, group=4, reset=False),
        dev(nvme_port, 0x1022, 0x14db, 0x060400, driver="pcieport", group=5),
        dev(nic_port, 0x1022, 0x14db, 0x060400, driver="pcieport", group=6),
        dev("0000:00:08.0", 0x1022, 0x14da, 0x060000, group=7, reset=False),
        dev(igpu_port, 0x1022, 0x14dd, 0x060400, driver="pcieport", group=8),
        dev("0000:00:14.0", 0x1022, 0x790b, 0x0c0500, rev=0x71, subsys=asus, driver="piix4_smbus", group=9, reset=False),
        dev("0000:00:14.3", 0x1022, 0x790e, 0x060100, rev=0x51, subsys=asus, group=9, reset=False),
        dev("0000:01:00.0", 0x10de, 0x2684, 0x030000, rev=0xa1, subsys=(0x1043, 0x889c), driver="nvidia", group=10,
            parent=gpp),
        dev("0000:01:00.1", 0x10de, 0x22ba, 0x040300, rev=0xa1, subsys=(0x1043, 0x889c), driver="snd_hda_intel",
            group=10, parent=gpp),
        dev("0000:02:00.0", 0x144d, 0xa80c, 0x010802, subsys=(0x144d, 0xa801), driver="nvme", group=11, parent=nvme_port),
        dev("0000:03:00.0", 0x8086, 0x125c, 0x020000, rev=0x04, subsys=(0x1043, 0x87d7), driver="igc", group=12,
            parent=nic_port),
        dev("0000:10:00.0", 0x1002, 0x164e, 0x030000, rev=0xc1, subsys=asus, driver="amdgpu", group=13,
            parent=igpu_port, boot_vga=True),
        dev("0000:10:00.1", 0x1002, 0x1640, 0x040300, subsys=asus, driver="snd_hda_intel", group=14, parent=igpu_port),
        dev("0000:10:00.3", 0x1022, 0x15b6, 0x0c0330, subsys=asus, driver="xhci_hcd", group=15, parent=igpu_port),
    ])
    h.nic("enp3s0", "c8:7f:54:11:22:33", "up", 2500, pci_path=paths["0000:03:00.0"])
    h.routes("enp3s0", ["enp3s0"])
    h.block("nvme0n1", 2000398934016, False, paths["0000:02:00.0"] + "/nvme/nvme0",
            model="Samsung SSD 990 PRO 2TB", serial="S6Z2NJ0W123456A",
            by_id=["nvme-Samsung_SSD_990_PRO_2TB_S6Z2NJ0W123456A", "nvme-eui.002538b431b12345"],
            partitions=[GiB, 1000 * GiB], dev="259:0",
            udev={"nvme0n1p1": {"ID_FS_TYPE": "vfat"}, "nvme0n1p2": {"ID_FS_TYPE": "ext4"}})
    mounts(h, [("/dev/nvme0n1p2", "/", "ext4", "259:2", "/"), ("/dev/nvme0n1p1", "/boot", "vfat", "259:1", "/")])
    input_devices(h, [("usb-Keychron_K2-event-kbd", 2), ("usb-Razer_DeathAdder_V2-event-mouse", 3)])
    usb_input(h, 2, "Keychron K2", paths["0000:10:00.3"], 2, "0003:05AC:024F.0001", KEYBOARD)
    usb_input(h, 3, "Razer DeathAdder V2", paths["0000:10:00.3"], 3, "0003:1532:0084.0002", MOUSE)
    h.modules(["kvm", "kvm_amd"])
    h.kvm_device()


def xeon2s():
    """A two-socket server with Xeon Gold 6130 CPUs (16 cores / 32 threads each): CPUs 0-15 are
    socket 0's cores and 16-31 socket 1's, their siblings 32-47 and 48-63, as Linux numbers a
    two-socket Skylake-SP; core ids skip as the die's disabled cores leave gaps. One NUMA node
    and one 22 MiB L3 per socket, 64 GiB on each. The RTX A4000 sits in a slot of socket 1
    (numa_node 1); the BMC's ASPEED graphics on socket 0 is the boot GPU."""
    h = fresh("xeon2s")
    core_ids = [0, 1, 2, 3, 4, 8, 9, 10, 11, 16, 17, 18, 19, 20, 24, 25]
    threads = []
    for package in (0, 1):
        for i, core in enumerate(core_ids):
            first = package * 16 + i
            sibs = [first, first + 32]
            for cpu in sibs:
                threads.append(dict(id=cpu, package=package, core=core, siblings=sibs, node=package, l3key=package))
    threads = finish_l3(threads)
    h.cpus(threads, dict(vendor="GenuineIntel", model="Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz", flags=INTEL_FLAGS,
                         model_number=85, cache="22528 KB"), l3_size="22528K")
    node_kib = {0: 65663000, 1: 66030000}
    h.memory(sum(node_kib.values()), {2048: (0, 0), 1048576: (0, 0)},
             {n: {2048: (0, 0), 1048576: (0, 0)} for n in node_kib}, node_totals=node_kib)
    h.cmdline("BOOT_IMAGE=(hd0,gpt2)//kernels/bzImage init=/nix/store/system/init intel_iommu=on iommu=pt loglevel=4")
    smc = (0x15d9, 0x095d)
    s0 = "0000:00:1c.0"
    s1 = "0000:ae:00.0"
    paths = h.pci([
        dev("0000:00:00.0", 0x8086, 0x2020, 0x060000, rev=0x04, subsys=smc, group=0, reset=False, numa_node=0),
        dev("0000:00:11.5", 0x8086, 0xa1d2, 0x010601, rev=0x09, subsys=smc, driver="ahci", group=1, numa_node=0),
        dev("0000:00:14.0", 0x8086, 0xa1af, 0x0c0330, rev=0x09, subsys=smc, driver="xhci_hcd", group=2, numa_node=0),
        dev(s0, 0x8086, 0xa190, 0x060400, rev=0xf9, driver="pcieport", group=3, numa_node=0),
        dev("0000:02:00.0", 0x1a03, 0x1150, 0x060400, rev=0x04, driver="pcieport", group=3, parent=s0, numa_node=0),
        dev("0000:03:00.0", 0x1a03, 0x2000, 0x030000, rev=0x41, subsys=smc, driver="ast", group=3, parent="0000:02:00.0",
            boot_vga=True, numa_node=0, local_cpulist="0-15,32-47"),
        dev("0000:00:1f.0", 0x8086, 0xa1c2, 0x060100, rev=0x09, subsys=smc, group=4, reset=False, numa_node=0),
        dev("0000:00:1f.6", 0x8086, 0x15b9, 0x020000, rev=0x09, subsys=smc, driver="e1000e", group=4, numa_node=0),
        dev("0000:ae:00.0", 0x8086, 0x2030, 0x060400, rev=0x04, driver="pcieport", group=5, numa_node=1),
        dev("0000:af:00.0", 0x10de, 0x24b0, 0x030000, rev=0xa1, subsys=(0x10de, 0x14ad), driver="nouveau", group=6,
            parent=s1, numa_node=1, local_cpulist="16-31,48-63"),
        dev("0000:af:00.1", 0x10de, 0x228b, 0x040300, rev=0xa1, subsys=(0x10de, 0x14ad), driver="snd_hda_intel",
            group=6, parent=s1, numa_node=1),
    ])
    h.nic("eno1", "ac:1f:6b:01:02:03", "up", 1000, pci_path=paths["0000:00:1f.6"])
    h.routes("eno1", ["eno1"])
    h.block("sda", 960197124096, False, paths["0000:00:11.5"] + "/ata1/host0/target0:0:0/0:0:0:0",
            model="SAMSUNG MZ7LH960", by_id=["ata-SAMSUNG_MZ7LH960HAJR-00005_S45NNE0M123456"],
            partitions=[GiB, 900 * GiB], dev="8:0")
    mounts(h, [("/dev/sda2", "/", "ext4", "8:2", "/"), ("/dev/sda1", "/boot", "vfat", "8:1", "/")])
    input_devices(h, [("usb-Dell_KB216-event-kbd", 2), ("usb-Dell_MS116-event-mouse", 3)])
    usb_input(h, 2, "Dell KB216", paths["0000:00:14.0"], 2, "0003:413C:2113.0001", KEYBOARD)
    usb_input(h, 3, "Dell MS116", paths["0000:00:14.0"], 3, "0003:413C:301A.0002", MOUSE)
    h.modules(["kvm", "kvm_intel"])
    h.kvm_device()


def opteron():
    """A two-socket Supermicro H8DGi with Opteron 6276 CPUs, as hwloc's and util-linux's test
    snapshots of such machines show them: each package holds two dies, each its own NUMA node
    with an 8 MiB L3, of four compute units whose two cores the kernel calls SMT siblings (0-1,
    2-3 ...). core_id restarts at 0 in every node, so (package, core_id) names two units of
    different nodes: CPUs 0-1 and 8-9 are both core 0 of package 0. Node 0's memory slots are
    empty (has_memory 1-3). The GTX 1060's slot has no NUMA node in the firmware (numa_node -1);
    the onboard Matrox boots."""
    h = fresh("opteron")
    threads = []
    for node in range(4):
        for unit in range(4):
            sibs = [node * 8 + unit * 2, node * 8 + unit * 2 + 1]
            for cpu in sibs:
                threads.append(dict(id=cpu, package=node // 2, core=unit, siblings=sibs, node=node, l3key=node))
    threads = sorted(threads, key=lambda t: t["id"])
    for t in threads:
        t["l3"] = [x["id"] for x in threads if x["l3key"] == t["l3key"]]
    h.cpus(threads, dict(vendor="AuthenticAMD", model="AMD Opteron(TM) Processor 6276", flags=AMD_FLAGS.replace(" avx2", ""),
                         family=21, model_number=1, cache="2048 KB"), l3_size="8192K")
    node_kib = {0: 0, 1: 16431000, 2: 16496000, 3: 16496000}
    h.memory(sum(node_kib.values()), {2048: (0, 0), 1048576: (0, 0)},
             {n: {2048: (0, 0), 1048576: (0, 0)} for n in node_kib if node_kib[n]}, node_totals=node_kib)
    h.cmdline("BOOT_IMAGE=/boot/vmlinuz-5.10.0-28-amd64 root=/dev/sda2 ro iommu=pt quiet")
    smc = (0x15d9, 0xa811)
    port = "0000:00:02.0"
    paths = h.pci([
        dev("0000:00:00.0", 0x1002, 0x5a10, 0x060000, rev=0x02, subsys=smc, group=0, reset=False),
        dev(port, 0x1002, 0x5a16, 0x060400, driver="pcieport", group=1),
        dev("0000:00:11.0", 0x1002, 0x4391, 0x010601, subsys=smc, driver="ahci", group=2),
        dev("0000:00:12.0", 0x1002, 0x4397, 0x0c0310, subsys=smc, driver="ohci-pci", group=3),
        dev("0000:00:14.0", 0x1002, 0x4385, 0x0c0500, rev=0x3d, subsys=smc, driver="piix4_smbus", group=4, reset=False),
        dev("0000:00:14.4", 0x1002, 0x4384, 0x060401, rev=0x40, group=4, reset=False),
        dev("0000:01:04.0", 0x102b, 0x0532, 0x030000, rev=0x0a, subsys=smc, driver="mgag200", group=4,
            parent="0000:00:14.4", boot_vga=True),
        dev("0000:02:00.0", 0x10de, 0x1c03, 0x030000, rev=0xa1, subsys=(0x1458, 0x3776), driver="nouveau", group=5,
            parent=port),
        dev("0000:02:00.1", 0x10de, 0x10f1, 0x040300, rev=0xa1, subsys=(0x1458, 0x3776), driver="snd_hda_intel",
            group=5, parent=port),
        dev("0000:00:0a.0", 0x1002, 0x5a1d, 0x060400, driver="pcieport", group=6),
        dev("0000:03:00.0", 0x8086, 0x10c9, 0x020000, rev=0x01, subsys=smc, driver="igb", group=7, parent="0000:00:0a.0"),
    ])
    h.nic("enp3s0f0", "00:25:90:aa:bb:cc", "up", 1000, pci_path=paths["0000:03:00.0"])
    h.routes("enp3s0f0", ["enp3s0f0"])
    h.block("sda", 500107862016, True, paths["0000:00:11.0"] + "/ata1/host0/target0:0:0/0:0:0:0",
            model="WDC WD5003ABYX-01WERA0", by_id=["ata-WDC_WD5003ABYX-01WERA0_WD-WMAYP1234567"],
            partitions=[GiB, 499 * GiB], dev="8:0")
    mounts(h, [("/dev/sda2", "/", "ext4", "8:2", "/"), ("/dev/sda1", "/boot", "ext4", "8:1", "/")])
    input_devices(h, [("usb-Cherry_USB_keyboard-event-kbd", 2), ("usb-Logitech_USB_Optical_Mouse-event-mouse", 3)])
    usb_input(h, 2, "Cherry USB keyboard", paths["0000:00:12.0"], 2, "0003:046A:0011.0001", KEYBOARD)
    usb_input(h, 3, "Logitech USB Optical Mouse", paths["0000:00:12.0"], 3, "0003:046D:C077.0002", MOUSE)
    h.modules(["kvm", "kvm_amd"])
    h.kvm_device()


def pvm():
    """A Debian 12 cloud VM on a Sapphire Rapids Xeon (2 vCPUs) whose CPU flags show no vmx, yet KVM
    runs: through the paravirtual module kvm_pvm. This project's own test machine. QEMU's user is
    Debian's libvirt-qemu (the build default, commented out in qemu.conf). No IOMMU, virtio NIC
    and disk."""
    h = fresh("pvm")
    h.cpus(adjacent_smt(2, 1), dict(vendor="GenuineIntel", model="Intel(R) Xeon(R) Processor", flags=PVM_FLAGS,
                                    model_number=207), l3_size="107520K")
    h.memory(24 * GiB // 1024, {2048: (0, 0), 1048576: (0, 0)}, {0: {2048: (0, 0), 1048576: (0, 0)}})
    h.cmdline("console=ttyS0 root=/dev/vda1 rw")
    paths = h.pci([
        dev("0000:00:00.0", 0x8086, 0x29c0, 0x060000, subsys=(0x1af4, 0x1100), reset=False),
        dev("0000:00:01.0", 0x1af4, 0x1041, 0x020000, rev=0x01, subsys=(0x1af4, 0x1100), driver="virtio-pci"),
        dev("0000:00:02.0", 0x1af4, 0x1042, 0x010000, rev=0x01, subsys=(0x1af4, 0x1100), driver="virtio-pci"),
    ])
    h.nic("eth0", "52:54:00:ab:cd:01", "up", None, pci_path=paths["0000:00:01.0"] + "/virtio0")
    h.routes("eth0", ["eth0"])
    h.block("vda", 64 * GiB, False, paths["0000:00:02.0"] + "/virtio1", partitions=[64 * GiB - GiB], dev="254:0")
    mounts(h, [("/dev/vda1", "/", "ext4", "254:1", "/")])
    h.modules(["kvm", "kvm_pvm", "virtio_net"])
    h.kvm_device()
    h.accounts(["root:x:0:0:root:/root:/bin/bash", "libvirt-qemu:x:64055:108:Libvirt Qemu,,,:/var/lib/libvirt:/usr/sbin/nologin"],
               ["root:x:0:", "kvm:x:108:", "libvirt:x:107:", "libvirt-qemu:x:64055:libvirt-qemu"],
               "# Master configuration file for the QEMU driver.\n"
               "#user = \"libvirt-qemu\"\n#group = \"libvirt-qemu\"\n")


if __name__ == "__main__":
    for make in (article, ryzen, no_iommu, hybrid, twins, raid, x3d, xeon2s, opteron, pvm):
        make()
