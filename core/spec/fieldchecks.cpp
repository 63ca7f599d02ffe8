#include "spec/fieldchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace FieldChecks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FieldChecks)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString vmName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("The VM needs a name.");
    if (name.contains(u'/'))
        return Tr::tr("\"%1\": a VM name cannot contain \"/\" (libvirt keeps it as a file name).").arg(name);
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("The VM name contains a control character.");
    if (name.size() > 200)
        return Tr::tr("The VM name has %1 characters; libvirt keeps files named after it, so at most 200.").arg(name.size());
    return {};
}

QString vendorId(const QString &vendorId)
{
    if (vendorId.isEmpty() || vendorId.size() > 12)
        return Tr::tr("The Hyper-V vendor id must have 1 to 12 characters; \"%1\" has %2.").arg(vendorId).arg(vendorId.size());
    for (QChar c : vendorId)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Tr::tr("The Hyper-V vendor id \"%1\" may hold only printable ASCII characters without spaces.").arg(vendorId);
    if (vendorId == QLatin1String("Microsoft Hv"))
        return Tr::tr("\"Microsoft Hv\" is the vendor id NVIDIA's old drivers look for: choose any other.");
    return {};
}

QString mac(const QString &mac)
{
    if (mac.isEmpty())
        return {};
    static const QRegularExpression complete(u"^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$"_s);
    static const QRegularExpression partial(u"^([0-9A-Fa-f]{1,2}:?){0,6}$"_s);
    if (!complete.match(mac).hasMatch()) {
        if (partial.match(mac).hasMatch())
            return Tr::tr("\"%1\" is not a whole MAC address yet: six pairs of hex digits, like 52:54:00:12:34:56.").arg(mac);
        return Tr::tr("\"%1\" is not a MAC address: six pairs of hex digits (0-9, a-f) separated by colons, like "
                      "52:54:00:12:34:56.").arg(mac);
    }
    const int first = mac.left(2).toInt(nullptr, 16);
    if (first & 1)
        return Tr::tr("%1 is a multicast address (the first byte is odd): a NIC needs a unicast one, such as 52:54:00:...").arg(mac);
    if (mac == u"00:00:00:00:00:00"_s)
        return Tr::tr("00:00:00:00:00:00 is no address; leave the field empty for libvirt to choose one.");
    return {};
}

QString bridgeName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("The bridge needs a name, such as br0.");
    if (name.size() > 15)
        return Tr::tr("\"%1\" has %2 characters; Linux interface names have at most 15.").arg(name).arg(name.size());
    if (name == u"."_s || name == u".."_s)
        return Tr::tr("\"%1\" cannot name an interface.").arg(name);
    for (QChar c : name)
        if (c == u'/' || c == u':' || c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Tr::tr("\"%1\": an interface name cannot hold \"%2\".").arg(name, c.isSpace() ? Tr::tr("a space") : QString(c));
    return {};
}

QString userName(const QString &name)
{
    static const QRegularExpression login(u"^[a-z_][a-z0-9_-]{0,31}\\$?$"_s);
    if (name.isEmpty() || login.match(name).hasMatch())
        return {};
    return Tr::tr("\"%1\" is not a user name (lower-case letters, digits, \"_\" and \"-\", up to 32).").arg(name);
}

QString uri(const QString &uri)
{
    static const QRegularExpression shape(u"^[a-z][a-z0-9]*(\\+[a-z0-9]+)?://[^\\s]*$"_s);
    if (uri.isEmpty())
        return Tr::tr("The libvirt URI is empty; qemu:///system is where VMs with host devices live.");
    if (!shape.match(uri).hasMatch() || !QUrl(uri, QUrl::StrictMode).isValid())
        return Tr::tr("\"%1\" is not a libvirt URI: driver://[host]/path, such as qemu:///system or qemu+ssh://host/system.").arg(uri);
    return {};
}

QString outputFolder(const QString &path)
{
    if (path.isEmpty())
        return Tr::tr("Choose a folder for the files.");
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return Tr::tr("%1 is a file, not a folder.").arg(path);
        if (::access(QFile::encodeName(path).constData(), W_OK | X_OK) != 0)
            return Tr::tr("%1: cannot write there: %2.").arg(path, systemError(errno));
        return {};
    }
    // The nearest folder that exists must let the missing ones be created; a file on the way
    // (QDir::exists() is false for one) stops them, whoever asks.
    QDir parent(QFileInfo(path).absolutePath());
    while (!QFileInfo::exists(parent.path()) && !parent.isRoot())
        parent.setPath(QFileInfo(parent.path()).absolutePath());
    if (!QFileInfo(parent.path()).isDir())
        return Tr::tr("%1 is a file, not a folder.").arg(parent.path());
    if (::access(QFile::encodeName(parent.path()).constData(), W_OK | X_OK) != 0)
        return Tr::tr("%1 cannot be created: %2: %3.").arg(path, parent.path(), systemError(errno));
    return {};
}

QString readableFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Tr::tr("%1 %2 does not exist.").arg(what, path);
    if (!info.isFile())
        return Tr::tr("%1 %2 is not a file.").arg(what, path);
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return Tr::tr("%1 %2 cannot be read: %3.").arg(what, path, systemError(errno));
    return {};
}

} // namespace FieldChecks
