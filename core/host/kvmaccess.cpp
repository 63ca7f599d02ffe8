#include "host/kvmaccess.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KvmAccess", text);
}

QString modeText(int mode)
{
    return u"0"_s + QString::number(mode, 8).rightJustified(3, u'0');
}

} // namespace

KvmAccess::Verdict KvmAccess::verdict() const
{
    if (libvirtOffersKvm)
        return *libvirtOffersKvm ? Verdict::Usable : Verdict::NotInLibvirt;
    const bool flags = vmx || svm;
    const bool loaded = modules && !modules->isEmpty();
    if (device) {
        if (qemuCanOpen == false)
            return Verdict::DeviceNotOpenable;
        return Verdict::Usable;
    }
    if (loaded)
        return Verdict::NoDevice;
    // A tree that records neither modules nor the device says only what the CPU can do.
    if (!modules)
        return flags ? Verdict::Usable : Verdict::NoSupport;
    return flags ? Verdict::NoModule : Verdict::NoSupport;
}

QString KvmAccess::via() const
{
    if (vmx)
        return u"vmx"_s;
    if (svm)
        return u"svm"_s;
    // KVM without the CPU's extensions: a paravirtual module such as kvm_pvm (no vmx or svm in
    // the flags, yet guests run).
    for (const QString &module : modules.value_or(QStringList{}))
        if (module != u"kvm"_s && module != u"kvm_intel"_s && module != u"kvm_amd"_s)
            return module;
    return {};
}

const char *KvmAccess::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Usable: return "usable";
    case Verdict::DeviceNotOpenable: return "device-not-openable";
    case Verdict::NoDevice: return "no-device";
    case Verdict::NoModule: return "no-module";
    case Verdict::NotInLibvirt: return "not-in-libvirt";
    case Verdict::NoSupport: return "none";
    }
    return "";
}

QString KvmAccess::explanation() const
{
    const QString through = vmx ? tr("VT-x (vmx)") : svm ? tr("AMD-V (svm)") : QString();
    switch (verdict()) {
    case Verdict::Usable: {
        QString text;
        if (!through.isEmpty())
            text = modules || device ? tr("KVM through %1").arg(through) : through;
        else if (!via().isEmpty())
            text = tr("KVM through the paravirtual module %1 (the CPU shows no VT-x or AMD-V)").arg(via());
        else
            text = tr("KVM");
        if (qemuCanOpen == true)
            text += tr(", /dev/kvm open to QEMU's user %1").arg(qemuUser);
        if (hypervisor)
            text += tr("; this host is itself a VM, and nested KVM may refuse host-passthrough (test-boot then runs the copy under TCG)");
        return text;
    }
    case Verdict::DeviceNotOpenable: {
        const QString owner = device->owner.isEmpty() ? QString::number(device->uid) : device->owner;
        const QString group = device->group.isEmpty() ? QString::number(device->gid) : device->group;
        return tr("/dev/kvm is %1:%2 %3, which QEMU's user %4 cannot open, and libvirt then hangs probing QEMU. "
                  "Give /dev/kvm the group kvm and mode 0660, as Debian's udev rule does, and put %4 in the kvm group; "
                  "on NixOS virtualisation.libvirtd does it")
            .arg(owner, group, modeText(device->mode), qemuUser);
    }
    case Verdict::NoDevice:
        return tr("KVM is loaded (%1), but there is no /dev/kvm: in a container, pass the device in").arg(modules->join(u", "_s));
    case Verdict::NoModule:
        return tr("%1, but no KVM module is loaded: load %2 (on NixOS, boot.kernelModules = [ \"%3\" ])")
            .arg(through, vmx ? u"kvm_intel"_s : u"kvm_amd"_s, vmx ? u"kvm-intel"_s : u"kvm-amd"_s);
    case Verdict::NotInLibvirt:
        return tr("libvirt on that host offers no KVM guests: /dev/kvm is missing there, or QEMU's user cannot open it");
    case Verdict::NoSupport:
        return tr("none, enable it in the firmware setup");
    }
    return {};
}

std::optional<bool> KvmAccess::canOpen(const Device &device, uint uid, const QList<uint> &gids)
{
    if (!device.node)
        return std::nullopt;
    if (uid == 0)
        return true;
    // The kernel looks at one class of bits: the owner's if it is the owner, else the group's
    // if it is in the group, else the others'.
    if (device.uid == uid)
        return (device.mode & 0600) == 0600;
    if (gids.contains(device.gid))
        return (device.mode & 060) == 060;
    return (device.mode & 06) == 06;
}
