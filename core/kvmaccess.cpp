#include "kvmaccess.h"

#include "sysfsreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KvmAccess", text);
}

struct Account
{
    QString name;
    uint uid = 0;
    uint gid = 0;
};

struct Group
{
    QString name;
    uint gid = 0;
    QStringList members;
};

/// name:x:uid:gid:... lines (/etc/passwd); malformed lines are skipped.
QList<Account> accounts(const QByteArray &text)
{
    QList<Account> list;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        bool uidOk = false, gidOk = false;
        if (fields.size() < 4)
            continue;
        const uint uid = fields[2].toUInt(&uidOk);
        const uint gid = fields[3].toUInt(&gidOk);
        if (uidOk && gidOk)
            list << Account{QString::fromUtf8(fields[0]), uid, gid};
    }
    return list;
}

/// name:x:gid:member,member lines (/etc/group).
QList<Group> groups(const QByteArray &text)
{
    QList<Group> list;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        bool ok = false;
        if (fields.size() < 4)
            continue;
        const uint gid = fields[2].toUInt(&ok);
        if (ok)
            list << Group{QString::fromUtf8(fields[0]), gid, QString::fromUtf8(fields[3].trimmed()).split(u',', Qt::SkipEmptyParts)};
    }
    return list;
}

/// libvirt reads a user or group setting as a name first, then as a number; "+N" is a number.
template<typename T>
const T *find(const QList<T> &list, const QString &setting, uint T::*id)
{
    const bool numeric = setting.startsWith(u'+');
    for (const T &entry : list)
        if (!numeric && entry.name == setting)
            return &entry;
    bool ok = false;
    const uint number = (numeric ? setting.mid(1) : setting).toUInt(&ok);
    if (ok)
        for (const T &entry : list)
            if (entry.*id == number)
                return &entry;
    return nullptr;
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

QString KvmAccess::qemuConfSetting(const QByteArray &conf, QStringView key)
{
    const QRegularExpression set(uR"re(^\s*%1\s*=\s*"([^"]*)")re"_s.arg(key), QRegularExpression::MultilineOption);
    const QRegularExpression byDefault(uR"re(^#%1\s*=\s*"([^"]*)")re"_s.arg(key), QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(conf);
    QString value;
    for (auto it = set.globalMatch(text); it.hasNext();)
        value = it.next().captured(1); // the last setting wins, as in libvirt's parser
    if (value.isEmpty())
        value = byDefault.match(text).captured(1);
    return value;
}

KvmAccess KvmAccess::read(SysfsReader &reader, const CpuTopology &cpu)
{
    using P = SysfsReader::Presence;
    KvmAccess kvm;
    kvm.vmx = cpu.vmx;
    kvm.svm = cpu.svm;
    kvm.hypervisor = cpu.hypervisor;
    if (reader.exists(u"/sys/module")) {
        QStringList modules;
        for (const QString &name : reader.entries(u"/sys/module", P::Optional))
            if (name == u"kvm"_s || name.startsWith(u"kvm_"_s))
                modules << name;
        kvm.modules = modules;
    }

    // lstat, not stat: in a saved tree a link could point out of the root.
    struct stat info = {};
    if (::lstat(QFile::encodeName(reader.root().path(u"/dev/kvm")).constData(), &info) != 0)
        return kvm;
    Device device;
    device.node = S_ISCHR(info.st_mode);
    device.uid = info.st_uid;
    device.gid = info.st_gid;
    device.mode = int(info.st_mode & 07777);

    // qemu.conf is root's alone on Debian: unreadable, libvirt's usual users stand in for it.
    const QList<Account> users = accounts(reader.read(u"/etc/passwd", P::Optional).value_or(QByteArray()));
    const QList<Group> groupList = groups(reader.read(u"/etc/group", P::Optional).value_or(QByteArray()));
    const QByteArray conf = reader.read(u"/etc/libvirt/qemu.conf", P::Silent).value_or(QByteArray());
    QString user = qemuConfSetting(conf, u"user");
    if (user.isEmpty())
        for (const QString &usual : {u"libvirt-qemu"_s, u"qemu-libvirtd"_s, u"qemu"_s})
            if (find(users, usual, &Account::uid)) {
                user = usual;
                break;
            }
    if (const Account *owner = find(users, u"+%1"_s.arg(device.uid), &Account::uid))
        device.owner = owner->name;
    if (const Group *group = find(groupList, u"+%1"_s.arg(device.gid), &Group::gid))
        device.group = group->name;
    if (const Account *account = user.isEmpty() ? nullptr : find(users, user, &Account::uid)) {
        kvm.qemuUser = account->name;
        // libvirt gives QEMU its configured group, the user's own and every group listing it.
        QList<uint> gids{account->gid};
        if (const Group *configured = find(groupList, qemuConfSetting(conf, u"group"), &Group::gid))
            gids << configured->gid;
        for (const Group &group : groupList)
            if (group.members.contains(account->name))
                gids << group.gid;
        kvm.qemuCanOpen = canOpen(device, account->uid, gids);
    } else {
        kvm.qemuUser = user;
    }
    kvm.device = device;
    return kvm;
}
