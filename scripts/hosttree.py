"""Writes a tree that mirrors a Linux host's /sys, /proc and /dev, as the kernel lays them out.

Used by tests/data/hosts/make-fixtures.py (the fixture hosts) and bench/make-large-host.py (the
benchmark host). Every symlink is relative, so a tree works wherever it is copied.
"""

import os
import struct


def cpu_list(ids):
    ids = sorted(set(ids))
    parts, i = [], 0
    while i < len(ids):
        j = i
        while j + 1 < len(ids) and ids[j + 1] == ids[j] + 1:
            j += 1
        parts.append(str(ids[i]) if i == j else f"{ids[i]}-{ids[j]}")
        i = j + 1
    return ",".join(parts)


def cpu_mask(ids, nr_cpus):
    words = [0] * ((max(nr_cpus, 1) + 31) // 32)
    for i in ids:
        words[i // 32] |= 1 << (i % 32)
    return ",".join(f"{w:08x}" for w in reversed(words))


class HostTree:
    def __init__(self, root):
        self.root = root
        self.groups = {}

    def path(self, host_path):
        return os.path.join(self.root, host_path.lstrip("/"))

    def file(self, host_path, content, mode=None):
        p = self.path(host_path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        data = content if isinstance(content, bytes) else (str(content) + ("" if str(content).endswith("\n") else "\n")).encode()
        with open(p, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(p, mode)

    def dir(self, host_path):
        os.makedirs(self.path(host_path), exist_ok=True)

    def link(self, host_path, target_host_path):
        p = self.path(host_path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        rel = os.path.relpath(target_host_path, os.path.dirname(host_path))
        if os.path.lexists(p):
            os.remove(p)
        os.symlink(rel, p)

    # ---- CPU -------------------------------------------------------------------------
    def cpus(self, threads, cpuinfo, nr_possible=None, offline=(), mask_only=False,
             caches=True, numa=True, hybrid=None, l3_size="16384K"):
        """threads: list of dicts id, package, die, core, siblings, l3 (list of CPU ids), node, and
        optionally l3_size (a domain's own size, as on AMD X3D parts)."""
        base = "/sys/devices/system/cpu"
        online = [t["id"] for t in threads if t["id"] not in offline]
        self.online_cpus = online
        possible = nr_possible or (max(t["id"] for t in threads) + 1)
        self.file(f"{base}/online", cpu_list(online))
        self.file(f"{base}/possible", cpu_list(range(possible)))
        self.file(f"{base}/present", cpu_list([t["id"] for t in threads]))
        self.file(f"{base}/offline", cpu_list(offline) if offline else "")
        by_id = {t["id"]: t for t in threads}
        for t in threads:
            c = f"{base}/cpu{t['id']}"
            if t["id"] != 0:
                self.file(f"{c}/online", "0" if t["id"] in offline else "1")
            if t["id"] in offline:
                self.dir(c)
                continue
            sibs = [s for s in t["siblings"] if s not in offline]
            pkg = [o for o in online if by_id[o]["package"] == t["package"]]
            die = [o for o in pkg if by_id[o].get("die", 0) == t.get("die", 0)]
            topo = f"{c}/topology"
            self.file(f"{topo}/physical_package_id", t["package"])
            self.file(f"{topo}/core_id", t["core"])
            if not mask_only:
                self.file(f"{topo}/die_id", t.get("die", 0))
                self.file(f"{topo}/thread_siblings_list", cpu_list(sibs))
                self.file(f"{topo}/core_cpus_list", cpu_list(sibs))
                self.file(f"{topo}/core_siblings_list", cpu_list(pkg))
                self.file(f"{topo}/package_cpus_list", cpu_list(pkg))
                self.file(f"{topo}/die_cpus_list", cpu_list(die))
                self.file(f"{topo}/core_cpus", cpu_mask(sibs, possible))
                self.file(f"{topo}/package_cpus", cpu_mask(pkg, possible))
                self.file(f"{topo}/die_cpus", cpu_mask(die, possible))
            self.file(f"{topo}/thread_siblings", cpu_mask(sibs, possible))
            self.file(f"{topo}/core_siblings", cpu_mask(pkg, possible))
            if caches:
                l1l2 = sibs
                l3 = [x for x in t["l3"] if x not in offline]
                for index, (level, ctype, size, shared) in enumerate(
                        [(1, "Data", "32K", l1l2), (1, "Instruction", "32K", l1l2),
                         (2, "Unified", "512K", l1l2), (3, "Unified", t.get("l3_size") or l3_size, l3)]):
                    d = f"{c}/cache/index{index}"
                    self.file(f"{d}/level", level)
                    self.file(f"{d}/type", ctype)
                    self.file(f"{d}/size", size)
                    self.file(f"{d}/coherency_line_size", 64)
                    self.file(f"{d}/ways_of_associativity", 8 if level < 3 else 16)
                    self.file(f"{d}/physical_line_partition", 1)
                    self.file(f"{d}/number_of_sets", 64)
                    self.file(f"{d}/shared_cpu_map", cpu_mask(shared, possible))
                    if not mask_only:
                        self.file(f"{d}/shared_cpu_list", cpu_list(shared))
                        self.file(f"{d}/id", min(shared) if level == 3 else t["core"])
            if numa:
                self.link(f"{c}/node{t['node']}", f"/sys/devices/system/node/node{t['node']}")
        if numa:
            nodes = sorted({t["node"] for t in threads})
            self.file("/sys/devices/system/node/online", cpu_list(nodes))
            self.file("/sys/devices/system/node/possible", cpu_list(nodes))
            self.file("/sys/devices/system/node/has_memory", cpu_list(nodes))
            self.file("/sys/devices/system/node/has_cpu", cpu_list(nodes))
            for n in nodes:
                ids = [o for o in online if by_id[o]["node"] == n]
                d = f"/sys/devices/system/node/node{n}"
                self.file(f"{d}/cpumap", cpu_mask(ids, possible))
                if not mask_only:
                    self.file(f"{d}/cpulist", cpu_list(ids))
                self.file(f"{d}/distance", " ".join("10" if m == n else "21" for m in nodes))
        if hybrid:
            self.file("/sys/devices/cpu_core/cpus", cpu_list([i for i in hybrid["performance"] if i not in offline]))
            self.file("/sys/devices/cpu_atom/cpus", cpu_list([i for i in hybrid["efficiency"] if i not in offline]))
        self.file("/proc/cpuinfo", self.cpuinfo_text(threads, online, cpuinfo))

    @staticmethod
    def cpuinfo_text(threads, online, info):
        blocks = []
        by_id = {t["id"]: t for t in threads}
        for i in online:
            t = by_id[i]
            ncores = len({(x["package"], x["core"]) for x in threads if x["package"] == t["package"]})
            nsib = len([x for x in threads if x["package"] == t["package"]])
            blocks.append("\n".join([
                f"processor\t: {i}",
                f"vendor_id\t: {info['vendor']}",
                f"cpu family\t: {info.get('family', 6)}",
                f"model\t\t: {info.get('model_number', 94)}",
                f"model name\t: {info['model']}",
                "stepping\t: 3",
                "cpu MHz\t\t: 4000.000",
                f"cache size\t: {info.get('cache', '8192 KB')}",
                f"physical id\t: {t['package']}",
                f"siblings\t: {nsib}",
                f"core id\t\t: {t['core']}",
                f"cpu cores\t: {ncores}",
                f"apicid\t\t: {i}",
                "fpu\t\t: yes",
                "cpuid level\t: 22",
                f"flags\t\t: {info['flags']}",
                "bogomips\t: 8000.00",
                "clflush size\t: 64",
                "address sizes\t: 39 bits physical, 48 bits virtual",
                "",
            ]))
        return "\n".join(blocks) + "\n"

    # ---- memory and kernel -----------------------------------------------------------
    def memory(self, total_kib, pools, node_pools=None, default_hugepage_kib=2048, node_totals=None):
        """pools: {size_kib: (total, free)}; node_pools: {node: {size_kib: (total, free)}};
        node_totals: {node: MemTotal in kB}, 0 for a node without memory (left out of
        has_memory). A host with node 0 only has all its memory there."""
        if node_totals is None and node_pools and list(node_pools) == [0]:
            node_totals = {0: total_kib}
        for node, kib in (node_totals or {}).items():
            d = f"/sys/devices/system/node/node{node}"
            self.file(f"{d}/meminfo", "\n".join([
                f"Node {node} MemTotal:       {kib} kB",
                f"Node {node} MemFree:        {kib * 9 // 10} kB",
                f"Node {node} MemUsed:        {kib - kib * 9 // 10} kB",
                f"Node {node} HugePages_Total:     0",
                f"Node {node} HugePages_Free:      0",
                f"Node {node} HugePages_Surp:      0",
            ]))
        if node_totals:
            self.file("/sys/devices/system/node/has_memory", cpu_list([n for n, kib in node_totals.items() if kib > 0]))
        reserved = sum(size * total for size, (total, _) in pools.items())
        free = max(total_kib - reserved - total_kib // 10, 0)
        default = pools.get(default_hugepage_kib, (0, 0))
        self.file("/proc/meminfo", "\n".join([
            f"MemTotal:       {total_kib} kB",
            f"MemFree:        {free} kB",
            f"MemAvailable:   {free + total_kib // 20} kB",
            "Buffers:          123456 kB",
            "Cached:          2345678 kB",
            f"HugePages_Total:   {default[0]}",
            f"HugePages_Free:    {default[1]}",
            "HugePages_Rsvd:        0",
            "HugePages_Surp:        0",
            f"Hugepagesize:       {default_hugepage_kib} kB",
            f"Hugetlb:        {reserved} kB",
        ]))
        for size, (total, free_pages) in pools.items():
            d = f"/sys/kernel/mm/hugepages/hugepages-{size}kB"
            self.file(f"{d}/nr_hugepages", total)
            self.file(f"{d}/free_hugepages", free_pages)
            self.file(f"{d}/resv_hugepages", 0)
            self.file(f"{d}/surplus_hugepages", 0)
            self.file(f"{d}/nr_overcommit_hugepages", 0)
        for node, sizes in (node_pools or {}).items():
            for size, (total, free_pages) in sizes.items():
                d = f"/sys/devices/system/node/node{node}/hugepages/hugepages-{size}kB"
                self.file(f"{d}/nr_hugepages", total)
                self.file(f"{d}/free_hugepages", free_pages)
                self.file(f"{d}/surplus_hugepages", 0)

    def cmdline(self, text):
        self.file("/proc/cmdline", text)

    def routes(self, default_interface, interfaces):
        lines = ["Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT"]
        if default_interface:
            lines.append(f"{default_interface}\t00000000\t0100A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0")
        for name in interfaces:
            lines.append(f"{name}\t0000A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0")
        self.file("/proc/net/route", "\n".join(lines))

    # ---- PCI -------------------------------------------------------------------------
    def pci(self, devices):
        """devices: list of dicts address, vendor, device, cls (24-bit), rev, subsys (vendor, device),
        parent (bridge address or None), driver, group, boot_vga, reset, multifunction."""
        by_addr = {d["address"]: d for d in devices}
        paths = {}

        def sysfs_path(addr):
            if addr in paths:
                return paths[addr]
            d = by_addr[addr]
            parent = d.get("parent")
            dom, bus = addr.split(":")[0], addr.split(":")[1]
            base = sysfs_path(parent) if parent else f"/sys/devices/pci{dom}:{bus}"
            paths[addr] = f"{base}/{addr}"
            return paths[addr]

        slots = {}
        for d in devices:
            slots.setdefault(d["address"].rsplit(".", 1)[0], []).append(d)
        buses = {}
        for d in devices:
            if d.get("parent"):
                buses.setdefault(d["parent"], set()).add(int(d["address"].split(":")[1], 16))
        for d in devices:
            addr = d["address"]
            p = sysfs_path(addr)
            cls = d["cls"]
            bridge = (cls >> 8) == 0x0604
            sub = d.get("subsys", (0, 0)) if not bridge else (0, 0)
            self.file(f"{p}/vendor", f"0x{d['vendor']:04x}")
            self.file(f"{p}/device", f"0x{d['device']:04x}")
            self.file(f"{p}/class", f"0x{cls:06x}")
            self.file(f"{p}/revision", f"0x{d.get('rev', 0):02x}")
            self.file(f"{p}/subsystem_vendor", f"0x{sub[0]:04x}")
            self.file(f"{p}/subsystem_device", f"0x{sub[1]:04x}")
            self.file(f"{p}/irq", d.get("irq", 16))
            self.file(f"{p}/numa_node", d.get("numa_node", -1))
            self.file(f"{p}/enable", 1)
            # The kernel's local_cpulist of a device without a node: every online CPU.
            self.file(f"{p}/local_cpulist", d.get("local_cpulist", cpu_list(getattr(self, "online_cpus", range(8)))))
            rows = 17 if bridge else 13
            self.file(f"{p}/resource", "\n".join(["0x0000000000000000 0x0000000000000000 0x0000000000000000"] * rows))
            multifunction = len(slots[addr.rsplit(".", 1)[0]]) > 1
            config = bytearray(256)
            struct.pack_into("<HHHH", config, 0, d["vendor"], d["device"], 0x0007, 0x0010 if False else 0x0000)
            struct.pack_into("<BBBB", config, 8, d.get("rev", 0), cls & 0xff, (cls >> 8) & 0xff, cls >> 16)
            config[0x0e] = (0x01 if bridge else 0x00) | (0x80 if multifunction else 0x00)
            if bridge:
                secondary = sorted(buses.get(addr, {0}))
                config[0x18] = int(addr.split(":")[1], 16)
                config[0x19] = secondary[0]
                config[0x1a] = secondary[-1]
            else:
                struct.pack_into("<HH", config, 0x2c, sub[0], sub[1])
            config[0x3c] = d.get("irq", 16) & 0xff
            config[0x3d] = 1
            self.file(f"{p}/config", bytes(config))
            if (cls >> 16) == 0x03:
                self.file(f"{p}/boot_vga", 1 if d.get("boot_vga") else 0)
            if d.get("reset", True):
                self.file(f"{p}/reset", "", mode=0o200)
            if d.get("driver"):
                drv = f"/sys/bus/pci/drivers/{d['driver']}"
                self.dir(drv)
                self.link(f"{drv}/{addr}", p)
                self.link(f"{p}/driver", drv)
            self.link(f"{p}/subsystem", "/sys/bus/pci")
            self.link(f"/sys/bus/pci/devices/{addr}", p)
            if d.get("group") is not None:
                g = f"/sys/kernel/iommu_groups/{d['group']}"
                self.dir(f"{g}/devices")
                self.file(f"{g}/type", "DMA")
                self.link(f"{g}/devices/{addr}", p)
                self.link(f"{p}/iommu_group", g)
            self.file(f"{p}/uevent", "\n".join(filter(None, [
                f"DRIVER={d['driver']}" if d.get("driver") else None,
                f"PCI_CLASS={cls:X}",
                f"PCI_ID={d['vendor']:04X}:{d['device']:04X}",
                f"PCI_SUBSYS_ID={sub[0]:04X}:{sub[1]:04X}",
                f"PCI_SLOT_NAME={addr}",
            ])))
        self.dir("/sys/bus/pci/slots")
        self.file("/sys/bus/pci/drivers_autoprobe", 1)
        return paths

    # ---- network ---------------------------------------------------------------------
    def nic(self, name, mac, state="up", speed=1000, pci_path=None, bridge_members=None, master=None, wireless=False):
        if pci_path:
            d = f"{pci_path}/net/{name}"
            self.link(f"{d}/device", pci_path)
        else:
            d = f"/sys/devices/virtual/net/{name}"
        self.file(f"{d}/address", mac)
        self.file(f"{d}/operstate", state)
        self.file(f"{d}/mtu", 1500)
        self.file(f"{d}/type", 1)
        self.file(f"{d}/carrier", 1 if state == "up" else 0)
        if speed is not None:
            self.file(f"{d}/speed", speed if state == "up" else -1)
        if bridge_members is not None:
            self.file(f"{d}/bridge/stp_state", 0)
            self.dir(f"{d}/brif")
            for m in bridge_members:
                self.link(f"{d}/brif/{m}", f"/sys/class/net/{m}/brport")
        if master:
            self.link(f"{d}/master", f"/sys/devices/virtual/net/{master}")
            self.dir(f"{d}/brport")
        if wireless:
            # A link rather than the empty `wireless/` directory: git keeps no empty directories.
            self.file("/sys/devices/virtual/ieee80211/phy0/name", "phy0")
            self.link(f"{d}/phy80211", "/sys/devices/virtual/ieee80211/phy0")
        self.link(f"/sys/class/net/{name}", d)
        return d

    def udev_data(self, dev, properties):
        if properties:
            self.file(f"/run/udev/data/b{dev}", "\n".join(f"E:{k}={v}" for k, v in properties.items()))

    # ---- KVM -------------------------------------------------------------------------
    def modules(self, names):
        """Loaded modules as /sys/module shows them (a refcnt file each, so that git keeps them)."""
        for name in names:
            self.file(f"/sys/module/{name}/refcnt", 0)
            if name.startswith("kvm"):
                self.file(f"/sys/module/{name}/parameters/" + ("halt_poll_ns" if name == "kvm" else "nested"),
                          200000 if name == "kvm" else "N")

    def kvm_device(self):
        """/dev/kvm. A tree in git holds a plain file: it keeps no device node, owner or mode."""
        self.file("/dev/kvm", b"")

    def accounts(self, passwd, group, qemu_conf=None):
        """/etc/passwd and /etc/group lines; qemu_conf: the text of /etc/libvirt/qemu.conf."""
        self.file("/etc/passwd", "\n".join(passwd))
        self.file("/etc/group", "\n".join(group))
        if qemu_conf is not None:
            self.file("/etc/libvirt/qemu.conf", qemu_conf)

    # ---- storage ---------------------------------------------------------------------
    def block(self, name, size_bytes, rotational, device_path=None, model=None, serial=None, by_id=(),
              zvol=None, dm=None, partitions=(), dev="8:0", udev=None):
        """zvol: 'pool/volume'; dm: dict name, uuid, slaves; dev: major:minor of the disk, its
        partitions follow it; udev: {node name: {property: value}} for /run/udev/data."""
        major, minor = (int(x) for x in dev.split(":"))
        if device_path:
            d = f"{device_path}/block/{name}"
        else:
            d = f"/sys/devices/virtual/block/{name}"
        self.file(f"{d}/size", size_bytes // 512)
        self.file(f"{d}/dev", f"{major}:{minor}")
        self.udev_data(f"{major}:{minor}", (udev or {}).get(name))
        self.file(f"{d}/removable", 0)
        self.file(f"{d}/ro", 0)
        self.file(f"{d}/queue/rotational", 1 if rotational else 0)
        self.file(f"{d}/queue/logical_block_size", 512)
        self.file(f"{d}/queue/physical_block_size", 4096 if rotational else 512)
        if model:
            self.file(f"{device_path}/model", model.ljust(16))
            self.link(f"{d}/device", device_path)
        if serial:
            self.file(f"{device_path}/serial", serial)
        for index, part_size in enumerate(partitions, start=1):
            pname = f"{name}p{index}" if name[-1].isdigit() else f"{name}{index}"
            self.file(f"{d}/{pname}/size", part_size // 512)
            self.file(f"{d}/{pname}/partition", index)
            self.file(f"{d}/{pname}/dev", f"{major}:{minor + index}")
            self.udev_data(f"{major}:{minor + index}", (udev or {}).get(pname))
            self.link(f"/sys/class/block/{pname}", f"{d}/{pname}")
            self.file(f"/dev/{pname}", b"")
        if dm:
            self.file(f"{d}/dm/name", dm["name"])
            self.file(f"{d}/dm/uuid", dm["uuid"])
            self.dir(f"{d}/slaves")
            for s in dm.get("slaves", ()):
                self.link(f"{d}/slaves/{s}", f"/sys/class/block/{s}")
        self.link(f"/sys/block/{name}", d)
        self.link(f"/sys/class/block/{name}", d)
        self.file(f"/dev/{name}", b"")
        for link in by_id:
            self.link(f"/dev/disk/by-id/{link}", f"/dev/{name}")
        if zvol:
            self.link(f"/dev/zvol/{zvol}", f"/dev/{name}")
        if dm:
            self.link(f"/dev/mapper/{dm['name']}", f"/dev/{name}")
            self.link(f"/dev/disk/by-id/dm-name-{dm['name']}", f"/dev/{name}")
        return d
