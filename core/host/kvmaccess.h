#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Whether QEMU can use KVM on a host, judged the way QEMU meets it rather than by the CPU's
/// flags alone: the KVM modules loaded (`/sys/module/kvm`, `kvm_intel`, `kvm_amd`, the
/// paravirtual `kvm_pvm` ...), and `/dev/kvm`, which must exist and be open, read and write, to
/// the user libvirt runs QEMU as. A `/dev/kvm` that user cannot open is worse than none:
/// libvirtd 9.0 then keeps re-probing QEMU and never answers a define.
struct KvmAccess
{
    enum class Verdict {
        Usable,            ///< KVM runs (or, in a tree that records no modules or device: the CPU can)
        DeviceNotOpenable, ///< /dev/kvm exists, but QEMU's user cannot open it
        NoDevice,          ///< a KVM module is loaded, yet there is no /dev/kvm (a container without it)
        NoModule,          ///< the CPU has VT-x or AMD-V, but no KVM module is loaded
        NotInLibvirt,      ///< a remote host's libvirt lists no KVM guests
        NoSupport,         ///< neither the CPU's flags nor a loaded module: off in the firmware setup
    };

    /// `/dev/kvm` as found under the root.
    struct Device
    {
        bool node = false; ///< a character device; a saved tree holds a plain file that keeps no owner
        uint uid = 0;
        uint gid = 0;
        int mode = 0;  ///< permission bits
        QString owner; ///< names from ROOT/etc/passwd and ROOT/etc/group; empty when unknown
        QString group;
    };

    bool vmx = false;
    bool svm = false;
    bool hypervisor = false; ///< the CPU says this host is itself a VM: KVM here is nested
    std::optional<QStringList> modules; ///< the KVM modules loaded; nullopt: the tree has no /sys/module
    std::optional<Device> device;       ///< nullopt: no /dev/kvm
    QString qemuUser;                   ///< as /etc/libvirt/qemu.conf sets it (or its build default)
    std::optional<bool> qemuCanOpen;    ///< nullopt: not judged (no device node, QEMU's user unknown)
    std::optional<bool> libvirtOffersKvm; ///< what a remote host's libvirt capabilities say

    Verdict verdict() const;
    /// What KVM runs, or would run, through: "vmx", "svm", a paravirtual module ("kvm_pvm"), or empty.
    QString via() const;
    /// One line in words for the scan, the host check and the planner; with the fix when KVM
    /// cannot run a VM here.
    QString explanation() const;
    /// The verdict as `scan --json` writes it ("usable", "device-not-openable", ...).
    static const char *verdictKey(Verdict verdict);


    /// Whether an account (uid, all its group ids) may open a device read-write, by the owner,
    /// group and other bits in the kernel's order; nullopt for a plain file of a saved tree.
    /// ACLs are not judged: Debian and NixOS give /dev/kvm a group, not an ACL, for QEMU.
    static std::optional<bool> canOpen(const Device &device, uint uid, const QList<uint> &gids);
};
