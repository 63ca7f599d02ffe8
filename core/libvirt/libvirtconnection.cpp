#include "libvirt/libvirtconnection.h"

#include <QCoreApplication>
#include <QDomDocument>

#include <libvirt/libvirt.h>
#include <libvirt/libvirt-qemu.h>
#include <libvirt/virterror.h>

#include <cerrno>
#include <csignal>
#include <mutex>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LibvirtConnection)
};

/// libvirt prints every error to stderr unless a handler takes them; errors are read back
/// with virGetLastError() instead.
void silentErrorHandler(void *, virErrorPtr) {}

void initialiseLibvirt()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virInitialize();
        virSetErrorFunc(nullptr, silentErrorHandler);
        // libvirt writes to the daemon's socket without MSG_NOSIGNAL: a daemon that dies in the
        // middle of a call would kill us with SIGPIPE instead of failing the call (found by
        // killing libvirtd during a define). virsh ignores it the same way.
        std::signal(SIGPIPE, SIG_IGN);
    });
}

struct DomainDeleter
{
    void operator()(virDomainPtr domain) const { virDomainFree(domain); }
};
using DomainPtr = std::unique_ptr<virDomain, DomainDeleter>;

QString fromC(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

struct FreeDeleter
{
    void operator()(char *text) const { free(text); }
};

LibvirtConnection::DomainState stateOf(virDomainPtr domain)
{
    int state = 0;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) < 0)
        return LibvirtConnection::DomainState::Unknown;
    switch (state) {
    case VIR_DOMAIN_RUNNING: return LibvirtConnection::DomainState::Running;
    case VIR_DOMAIN_PAUSED: return LibvirtConnection::DomainState::Paused;
    case VIR_DOMAIN_SHUTOFF: return LibvirtConnection::DomainState::ShutOff;
    default: return LibvirtConnection::DomainState::Other;
    }
}

} // namespace

void LibvirtConnection::Deleter::operator()(_virConnect *connection) const
{
    virConnectClose(connection);
}

LibvirtConnection::LibvirtConnection(_virConnect *connection, QString uri)
    : m_connection(connection), m_uri(std::move(uri))
{
}

LibvirtConnection::LibvirtConnection(LibvirtConnection &&) noexcept = default;
LibvirtConnection &LibvirtConnection::operator=(LibvirtConnection &&) noexcept = default;
LibvirtConnection::~LibvirtConnection() = default;

QString LibvirtConnection::lastErrorMessage(const QString &context, const QString &uri)
{
    const virError *error = virGetLastError();
    if (!error)
        return Tr::tr("%1: libvirt failed without saying why").arg(context);
    const QString detail = fromC(error->message);
    const bool system = uri.startsWith(QLatin1String("qemu:///system")) || uri.contains(QLatin1String("/system"));
    // The errno libvirt saw is in int1 for system errors; the message text is what is stable.
    // Without the group's socket rights the daemon asks polkit over D-Bus: its failure, or
    // polkit's refusal, means the same to the user as a plain EACCES.
    if (detail.contains(QLatin1String("Permission denied")) || detail.contains(QLatin1String("polkit"))
        || detail.contains(QLatin1String("system bus")) || error->code == VIR_ERR_AUTH_FAILED
        || error->code == VIR_ERR_AUTH_UNAVAILABLE || error->code == VIR_ERR_AUTH_CANCELLED
        || error->code == VIR_ERR_OPERATION_DENIED)
        return Tr::tr("%1: permission denied. Your user must be in the libvirtd group (log in again after joining it), "
                  "or use qemu:///session for VMs of your own. (%2)").arg(context, detail);
    if (detail.contains(QLatin1String("Failed to connect socket")) || detail.contains(QLatin1String("Connection refused"))
        || detail.contains(QLatin1String("unable to connect to server"))) {
        if (uri.contains(QLatin1String("+ssh")) || uri.contains(QLatin1String("+tcp")) || uri.contains(QLatin1String("+tls")))
            return Tr::tr("%1: the remote host does not answer: %2").arg(context, detail);
        return system ? Tr::tr("%1: libvirtd is not running. Start it (systemctl start libvirtd; on NixOS set "
                           "virtualisation.libvirtd.enable = true). (%2)").arg(context, detail)
                      : Tr::tr("%1: libvirt is not running. (%2)").arg(context, detail);
    }
    // The daemon went away in the middle of a call: whether that call took effect is unknown.
    if (detail.contains(QLatin1String("Connection reset")) || detail.contains(QLatin1String("End of file while reading"))
        || detail.contains(QLatin1String("client socket is closed")) || error->code == VIR_ERR_NO_CONNECT)
        return Tr::tr("%1: the connection to libvirtd was lost in the middle of the call (did the daemon stop or crash?). "
                  "Check it is running (systemctl status libvirtd), then run the same step again: it is safe to repeat. (%2)")
            .arg(context, detail);
    if (error->code == VIR_ERR_NO_DOMAIN)
        return Tr::tr("%1: no such domain (%2)").arg(context, detail);
    if (error->code == VIR_ERR_DOM_EXIST || detail.contains(QLatin1String("already exists")))
        return Tr::tr("%1: the name or UUID is taken by another domain; choose another name. (%2)").arg(context, detail);
    return QStringLiteral("%1: %2").arg(context, detail);
}

Result<LibvirtConnection> LibvirtConnection::open(const QString &uri)
{
    initialiseLibvirt();
    const QByteArray name = uri.toUtf8();
    virConnectPtr connection = virConnectOpen(name.constData());
    if (!connection)
        return Error{lastErrorMessage(uri, uri)};
    return LibvirtConnection(connection, uri);
}

Result<QList<LibvirtConnection::DomainInfo>> LibvirtConnection::domains() const
{
    virDomainPtr *list = nullptr;
    const int count = virConnectListAllDomains(m_connection.get(), &list, 0);
    if (count < 0)
        return Error{lastErrorMessage(Tr::tr("listing domains on %1").arg(m_uri), m_uri)};
    QList<DomainInfo> infos;
    for (int i = 0; i < count; ++i) {
        DomainPtr domain(list[i]);
        DomainInfo info;
        info.name = fromC(virDomainGetName(domain.get()));
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            info.uuid = QString::fromLatin1(uuid);
        info.state = stateOf(domain.get());
        info.persistent = virDomainIsPersistent(domain.get()) == 1;
        infos << info;
    }
    free(list);
    std::sort(infos.begin(), infos.end(), [](const DomainInfo &a, const DomainInfo &b) { return a.name < b.name; });
    return infos;
}

bool LibvirtConnection::hasDomain(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    return DomainPtr(virDomainLookupByName(m_connection.get(), utf8.constData())) != nullptr;
}

Result<QString> LibvirtConnection::domainXml(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    DomainPtr domain(virDomainLookupByName(m_connection.get(), utf8.constData()));
    if (!domain)
        return Error{lastErrorMessage(Tr::tr("domain %1").arg(name), m_uri)};
    std::unique_ptr<char, FreeDeleter> xml(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (!xml)
        return Error{lastErrorMessage(Tr::tr("domain %1").arg(name), m_uri)};
    return QString::fromUtf8(xml.get());
}

Result<LibvirtConnection::Defined> LibvirtConnection::define(const QString &xml)
{
    const QByteArray utf8 = xml.toUtf8();
    Defined result;
    QDomDocument document;
    if (document.setContent(xml))
        result.replaced = hasDomain(document.documentElement().firstChildElement(QStringLiteral("name")).text());
    DomainPtr domain(virDomainDefineXMLFlags(m_connection.get(), utf8.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!domain)
        return Error{lastErrorMessage(Tr::tr("defining the domain on %1").arg(m_uri), m_uri)};
    result.name = fromC(virDomainGetName(domain.get()));
    result.running = virDomainIsActive(domain.get()) == 1;
    return result;
}

Result<void> LibvirtConnection::undefine(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    DomainPtr domain(virDomainLookupByName(m_connection.get(), utf8.constData()));
    if (!domain || virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE) < 0)
        return Error{lastErrorMessage(Tr::tr("undefining %1").arg(name), m_uri)};
    return {};
}

Result<QString> LibvirtConnection::startTransient(const QString &xml)
{
    const QByteArray utf8 = xml.toUtf8();
    DomainPtr domain(virDomainCreateXML(m_connection.get(), utf8.constData(), VIR_DOMAIN_START_VALIDATE));
    if (!domain)
        return Error{lastErrorMessage(Tr::tr("starting the test copy on %1").arg(m_uri), m_uri)};
    return fromC(virDomainGetName(domain.get()));
}

Result<void> LibvirtConnection::destroy(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    DomainPtr domain(virDomainLookupByName(m_connection.get(), utf8.constData()));
    if (!domain || virDomainDestroy(domain.get()) < 0)
        return Error{lastErrorMessage(Tr::tr("stopping %1").arg(name), m_uri)};
    return {};
}

Result<QString> LibvirtConnection::qemuMonitorCommand(const QString &name, const QString &command)
{
    const QByteArray utf8 = name.toUtf8();
    DomainPtr domain(virDomainLookupByName(m_connection.get(), utf8.constData()));
    char *reply = nullptr;
    if (!domain || virDomainQemuMonitorCommand(domain.get(), command.toUtf8().constData(), &reply, 0) < 0)
        return Error{lastErrorMessage(Tr::tr("asking QEMU of %1").arg(name), m_uri)};
    std::unique_ptr<char, FreeDeleter> owned(reply);
    return QString::fromUtf8(reply);
}

Result<QList<QList<int>>> LibvirtConnection::vcpuPins(const QString &name, int vcpus)
{
    const QByteArray utf8 = name.toUtf8();
    DomainPtr domain(virDomainLookupByName(m_connection.get(), utf8.constData()));
    const int hostCpus = domain ? virNodeGetCPUMap(m_connection.get(), nullptr, nullptr, 0) : -1;
    if (!domain || hostCpus <= 0 || vcpus <= 0)
        return Error{lastErrorMessage(Tr::tr("reading the pins of %1").arg(name), m_uri)};
    const int mapLength = VIR_CPU_MAPLEN(hostCpus);
    QByteArray maps(vcpus * mapLength, '\0');
    const int count = virDomainGetVcpuPinInfo(domain.get(), vcpus, reinterpret_cast<unsigned char *>(maps.data()), mapLength,
                                              VIR_DOMAIN_AFFECT_LIVE);
    if (count < 0)
        return Error{lastErrorMessage(Tr::tr("reading the pins of %1").arg(name), m_uri)};
    QList<QList<int>> pins;
    for (int vcpu = 0; vcpu < count; ++vcpu) {
        QList<int> cpus;
        for (int cpu = 0; cpu < hostCpus; ++cpu)
            if (VIR_CPU_USABLE(reinterpret_cast<const unsigned char *>(maps.constData()), mapLength, vcpu, cpu))
                cpus << cpu;
        pins << cpus;
    }
    return pins;
}

Result<QString> LibvirtConnection::capabilities() const
{
    std::unique_ptr<char, FreeDeleter> xml(virConnectGetCapabilities(m_connection.get()));
    if (!xml)
        return Error{lastErrorMessage(Tr::tr("reading the capabilities of %1").arg(m_uri), m_uri)};
    return QString::fromUtf8(xml.get());
}

Result<QStringList> LibvirtConnection::nodeDevices(NodeDeviceKind kind) const
{
    unsigned int flags = 0;
    switch (kind) {
    case NodeDeviceKind::Pci: flags = VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV; break;
    case NodeDeviceKind::Net: flags = VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET; break;
    case NodeDeviceKind::Storage: flags = VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE; break;
    }
    virNodeDevicePtr *devices = nullptr;
    const int count = virConnectListAllNodeDevices(m_connection.get(), &devices, flags);
    if (count < 0)
        return Error{lastErrorMessage(Tr::tr("listing the devices of %1").arg(m_uri), m_uri)};
    QStringList xmls;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<char, FreeDeleter> xml(virNodeDeviceGetXMLDesc(devices[i], 0));
        if (xml)
            xmls << QString::fromUtf8(xml.get());
        virNodeDeviceFree(devices[i]);
    }
    free(devices);
    return xmls;
}
