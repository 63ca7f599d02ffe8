#include "scan/kvmscanner.h"

#include "scan/sysfsreader.h"

#include <QFile>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

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

} // namespace

QString KvmScanner::qemuConfSetting(const QByteArray &conf, QStringView key)
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

KvmAccess KvmScanner::read(SysfsReader &reader, const CpuTopology &cpu)
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
    KvmAccess::Device device;
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
        kvm.qemuCanOpen = KvmAccess::canOpen(device, account->uid, gids);
    } else {
        kvm.qemuUser = user;
    }
    kvm.device = device;
    return kvm;
}
