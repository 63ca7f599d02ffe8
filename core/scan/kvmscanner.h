#pragma once

#include "host/cputopology.h"
#include "host/kvmaccess.h"

#include <QByteArray>
#include <QString>

class SysfsReader;

/// Reads what decides whether QEMU can use KVM (see KvmAccess) from a host tree.
namespace KvmScanner {

/// Reads the modules, /dev/kvm and QEMU's user (ROOT/etc/libvirt/qemu.conf, ROOT/etc/passwd,
/// ROOT/etc/group) below the reader's root.
KvmAccess read(SysfsReader &reader, const CpuTopology &cpu);
/// A setting of qemu.conf (`user`, `group`): the value set, else the value of the commented
/// line libvirt's build wrote as the default (`#user = "libvirt-qemu"` on Debian).
QString qemuConfSetting(const QByteArray &conf, QStringView key);

} // namespace KvmScanner
