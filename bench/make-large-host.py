#!/usr/bin/env python3
"""Writes the benchmark host: 2 sockets x 64 cores x 2 threads (256 CPUs), 8 NUMA nodes with an
L3 each, about 600 PCI functions in about 200 IOMMU groups, 8 NICs with 2 bridges, 24 disks.

Usage: make-large-host.py DIR
"""

import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from hosttree import HostTree  # noqa: E402

GiB = 1 << 30
SOCKETS, CORES, THREADS, NODES = 2, 64, 2, 8
ROOT_COMPLEXES, PORTS = 8, 25

# (vendor, device, class, function layout) of the endpoints behind the root ports, in turn.
ENDPOINTS = [
    [(0x10de, 0x2204, 0x030000), (0x10de, 0x1aef, 0x040300)],                        # RTX 3090 + audio
    [(0x144d, 0xa80a, 0x010802)],                                                     # NVMe
    [(0x8086, 0x1572, 0x020000), (0x8086, 0x1572, 0x020000),
     (0x8086, 0x1572, 0x020000), (0x8086, 0x1572, 0x020000)],                         # X710 4-port
    [(0x1002, 0x73bf, 0x030000), (0x1002, 0xab28, 0x040300),
     (0x1002, 0x73a6, 0x0c0330), (0x1002, 0x73a4, 0x0c8000)],                         # RX 6900 XT
    [(0x15b3, 0x1017, 0x020000), (0x15b3, 0x1017, 0x020000)],                         # ConnectX-5
    [(0x1000, 0x0097, 0x010700)],                                                     # SAS HBA
]


def main(root):
    shutil.rmtree(root, ignore_errors=True)
    h = HostTree(root)
    cores_per_node = SOCKETS * CORES // NODES
    threads = []
    total_cores = SOCKETS * CORES
    for s in range(SOCKETS):
        for c in range(CORES):
            g = s * CORES + c
            sibs = [g + t * total_cores for t in range(THREADS)]
            node = g // cores_per_node
            for t in range(THREADS):
                threads.append(dict(id=sibs[t], package=s, core=c, siblings=sibs, node=node, l3key=node))
    for t in threads:
        t["l3"] = [x["id"] for x in threads if x["l3key"] == t["l3key"]]
    threads.sort(key=lambda t: t["id"])
    h.cpus(threads, dict(vendor="AuthenticAMD", model="AMD EPYC 7763 64-Core Processor",
                         flags="fpu vme de pse tsc msr pae svm pdpe1gb topoext lm", family=25, model_number=1),
           l3_size="32768K")
    pools = {2048: (0, 0), 1048576: (64, 64)}
    h.memory(512 * GiB // 1024, pools, {n: {2048: (0, 0), 1048576: (8, 8)} for n in range(NODES)})
    h.cmdline("BOOT_IMAGE=/vmlinuz amd_iommu=on iommu=pt hugepagesz=1G hugepages=64")

    devices, group, kind = [], 0, 0
    for rc in range(ROOT_COMPLEXES):
        base = rc * 0x20
        devices.append(dict(address=f"0000:{base:02x}:00.0", vendor=0x1022, device=0x1480, cls=0x060000,
                            group=group, reset=False))
        group += 1
        for port in range(PORTS):
            bus = base + 1 + port
            port_addr = f"0000:{base:02x}:{(port % 31) + 1:02x}.{port // 31}"
            devices.append(dict(address=port_addr, vendor=0x1022, device=0x1483, cls=0x060400,
                                driver="pcieport", group=group))
            for fn, (vendor, device, cls) in enumerate(ENDPOINTS[kind % len(ENDPOINTS)]):
                devices.append(dict(address=f"0000:{bus:02x}:00.{fn}", vendor=vendor, device=device, cls=cls,
                                    parent=port_addr, group=group, subsys=(vendor, 0x1234), driver="vfio-pci",
                                    boot_vga=(kind == 0 and cls >> 16 == 3)))
            kind += 1
            group += 1
    paths = h.pci(devices)

    nics = [d for d in devices if d["cls"] == 0x020000][:8]
    for i, nic in enumerate(nics):
        h.nic(f"enp{i}s0", f"3c:ec:ef:00:00:{i:02x}", "up", 10000, pci_path=paths[nic["address"]],
              master="br0" if i == 0 else "br1" if i == 1 else None)
    h.nic("br0", "3c:ec:ef:00:00:00", "up", None, bridge_members=["enp0s0"])
    h.nic("br1", "3c:ec:ef:00:00:01", "up", None, bridge_members=["enp1s0"])
    h.routes("br0", ["br0", "br1"])
    hbas = [d for d in devices if d["cls"] == 0x010700]
    for i in range(24):
        name = f"sd{chr(ord('a') + i)}"
        h.block(name, 8 * 1000 ** 4, True, paths[hbas[i % len(hbas)]["address"]] + f"/host{i}/target{i}:0:0/{i}:0:0:0",
                model="ST8000NM000A-2KE1", by_id=[f"ata-ST8000NM000A-2KE1_WKD{i:05d}"])
    print(f"{root}: {len(threads)} CPUs, {len(devices)} PCI functions, {group} IOMMU groups")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
