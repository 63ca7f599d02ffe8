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


def split_smt(cores, threads_per_core, l3_of=lambda core: 0, node_of=lambda core: 0, package=0, first_id=0):
    """Intel numbering: thread t of core c is CPU c + t * cores (siblings in split halves)."""
    out = []
    for c in range(cores):
        sibs = [first_id + c + t * cores for t in range(threads_per_core)]
        for t in range(threads_per_core):
            out.append(dict(id=sibs[t], package=package, core=c, siblings=sibs, node=node_of(c), l3key=l3_of(c)))
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
    h.block("nvme0n1", 1000204886016, False, paths["0000:01:00.0"] + "/nvme/nvme0",
            model="Samsung SSD 970 EVO Plus 1TB", serial="S4EWNF0M912345X",
            by_id=["nvme-Samsung_SSD_970_EVO_Plus_1TB_S4EWNF0M912345X", "nvme-eui.0025385891b12345"],
            partitions=[GiB, 300 * GiB, 600 * GiB], dev="259:0",
            udev={"nvme0n1p3": {"ID_FS_TYPE": "LVM2_member"}})
    h.block("sda", 1000204886016, False, paths["0000:02:00.1"] + "/ata2/host1/target1:0:0/1:0:0:0",
            model="CT1000MX500SSD1", by_id=["ata-CT1000MX500SSD1_2034E4A1B2C3", "wwn-0x500a0751e4a1b2c3"], dev="8:0")
    h.block("dm-0", 120 * GiB, False, dev="254:0", dm=dict(name="vg0-win11", uuid="LVM-abcdefghijklmnopqrstuvwxyz012345ABCDEFGHIJKLMNOPQRSTUVWXYZ6789",
                                               slaves=["nvme0n1p3"]))
    h.block("dm-1", 40 * GiB, False, dev="254:1", dm=dict(name="vg0-nix--store", uuid="LVM-abcdefghijklmnopqrstuvwxyz012345ZYXWVUTSRQPONMLKJIHGFEDCBA9876",
                                              slaves=["nvme0n1p3"]))
    h.link("/dev/vg0/win11", "/dev/dm-0")
    h.link("/dev/vg0/nix-store", "/dev/dm-1")
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
    h.modules(["kvm", "kvm_intel"])
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
    h.modules(["kvm", "kvm_pvm", "virtio_net"])
    h.kvm_device()
    h.accounts(["root:x:0:0:root:/root:/bin/bash", "libvirt-qemu:x:64055:108:Libvirt Qemu,,,:/var/lib/libvirt:/usr/sbin/nologin"],
               ["root:x:0:", "kvm:x:108:", "libvirt:x:107:", "libvirt-qemu:x:64055:libvirt-qemu"],
               "# Master configuration file for the QEMU driver.\n"
               "#user = \"libvirt-qemu\"\n#group = \"libvirt-qemu\"\n")


if __name__ == "__main__":
    for make in (article, ryzen, no_iommu, hybrid, pvm):
        make()
