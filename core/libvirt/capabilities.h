#pragma once

#include <QString>

/// What a libvirt host's capabilities XML (virConnectGetCapabilities) says about the guests it
/// can run. The host part (CPUs, cells, caches) is read by LibvirtHostSource.
namespace Capabilities {

/// Whether libvirt offers KVM domains, for one guest architecture ("x86_64") or, with an empty
/// `arch`, for any. libvirt lists them only where QEMU, run as its user, could open /dev/kvm
/// when it was probed. False for XML that does not parse.
bool offersKvm(const QString &capabilities, const QString &arch = {});

} // namespace Capabilities
