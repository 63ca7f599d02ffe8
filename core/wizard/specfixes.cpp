#include "wizard/specfixes.h"

#include "host/hostscan.h"
#include "plan/inputplanner.h"
#include "plan/memoryplanner.h"
#include "plan/networkplanner.h"
#include "plan/pinningplanner.h"
#include "plan/storageplanner.h"

using namespace Qt::Literals::StringLiterals;

namespace SpecFixes {

bool apply(const QString &fixId, const HostScan &host, const HostRoot &, VmSpec &spec)
{
    if (fixId == u"error43"_s) {
        spec.error43.enabled = true;
        return true;
    }
    if (fixId == u"virtio-nic"_s) {
        spec.network.model = u"virtio"_s;
        // Windows has no virtio NIC driver: the CD it installs it from comes with the fix.
        if (spec.isWindows() && spec.virtioIso.isEmpty())
            spec.virtioIso = StoragePlanner::defaultVirtioIso();
        return true;
    }
    if (fixId == u"bridge"_s) {
        // An existing bridge with a port when there is one, else a new one over the NIC with the
        // default route: the NixOS module creates it, as the article's lesson has it.
        VmSpec::Network network = spec.network;
        if (hasErrors(NetworkPlanner::plan(host, {}, network)) || network.mode == VmSpec::NetworkMode::Nat)
            return false;
        network.model = spec.network.model;
        network.mac = spec.network.mac;
        spec.network = network;
        return true;
    }
    if (fixId == u"hugepages"_s) {
        VmSpec::Memory memory = spec.memory;
        if (hasErrors(MemoryPlanner::plan(host.memory, host.cpu, {spec.memory.sizeMiB, std::nullopt, &spec.cpu}, memory)))
            return false;
        spec.memory = memory;
        return true;
    }
    if (fixId == u"pinning"_s || fixId == u"topology"_s || fixId == u"current-vcpus"_s) {
        VmSpec::Cpu cpu = spec.cpu;
        if (hasErrors(PinningPlanner::plan(host.cpu, PinningPlanner::requestFor(host, spec.gpu.address, spec.cpu.vcpus, 1), cpu)))
            return false;
        spec.cpu = cpu;
        return true;
    }
    if (fixId == u"cache-none"_s) {
        for (VmSpec::Disk &disk : spec.disks) {
            disk.cache = u"none"_s;
            if (disk.source != VmSpec::DiskSource::ImageFile)
                disk.io = u"native"_s;
        }
        return true;
    }
    if (fixId == u"driver-staging"_s) {
        spec.driverStaging = true;
        return true;
    }
    if (fixId == u"evdev"_s) {
        if (hasErrors(InputPlanner::plan(host, {}, spec)) || spec.input.evdev.isEmpty())
            return false;
        return true;
    }
    return false;
}

} // namespace SpecFixes
