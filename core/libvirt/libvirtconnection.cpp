#include "libvirt/libvirtconnection.h"

#include <QCoreApplication>
#include <QDomDocument>

#include <libvirt/libvirt.h>
#include <libvirt/libvirt-qemu.h>
#include <libvirt/virterror.h>

#include <cerrno>
#include <csignal>
#include <future>
#include <mutex>
#include <thread>
#include <type_traits>

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

/// The connection and what became of it. Calls that outlived their deadline still hold it, so it
/// is closed only after the last of them returns (or never, when the daemon never answers).
struct LibvirtConnection::Shared
{
    explicit Shared(virConnectPtr c) : connection(c) {}
    ~Shared()
    {
        // virConnectClose sends one last message to the daemon and waits for its answer: a stuck
        // daemon would hang it like any other call, so it runs on a thread that may outlive us.
        auto closed = std::make_shared<std::promise<void>>();
        std::future<void> done = closed->get_future();
        std::thread([connection = connection, closed] {
            virConnectClose(connection);
            closed->set_value();
        }).detach();
        done.wait_for(std::chrono::seconds(hung().isEmpty() ? 10 : 0));
    }
    QString hung() const
    {
        const std::lock_guard lock(mutex);
        return hungCall;
    }
    void setHung(const QString &what)
    {
        const std::lock_guard lock(mutex);
        if (hungCall.isEmpty())
            hungCall = what;
    }

    virConnectPtr connection;
    mutable std::mutex mutex;
    QString hungCall; ///< the first call that did not come back in time
};

// libvirt has no per-call timeout. virConnectSetKeepAlive only notices a peer that stops
// answering altogether (and needs an event loop thread): a libvirtd whose worker waits on QEMU,
// as one does when it keeps re-probing QEMU, still answers keepalives from its main loop while the
// define never comes back. So each call runs on a thread of its own and we stop waiting at the
// deadline. That thread cannot be cancelled; it keeps the connection (shared) and finishes, or
// not, on its own, and this connection refuses further calls rather than pile up threads on a
// daemon that does not answer. libvirt's error state is per thread: messages are made there.
template<typename Call>
auto LibvirtConnection::bounded(const QString &what, Call call, const QString &ifLate) const
{
    using R = std::invoke_result_t<Call &, virConnectPtr>;
    if (const QString hung = m_shared->hung(); !hung.isEmpty())
        return R(Error{Tr::tr("%1: not asked, libvirtd at %2 did not answer %3 before").arg(what, m_uri, hung)});
    auto task = std::make_shared<std::packaged_task<R()>>([shared = m_shared, call = std::move(call)]() mutable {
        return call(shared->connection);
    });
    std::future<R> answer = task->get_future();
    std::thread([task] { (*task)(); }).detach();
    if (answer.wait_for(m_timeout) == std::future_status::ready)
        return answer.get();
    m_shared->setHung(what);
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
    QString message = Tr::tr("libvirtd at %1 did not answer %2 within %3 s. A daemon that cannot use /dev/kvm may keep "
                         "re-probing QEMU and never answer (the host scan says whether QEMU's user can open it); "
                         "the libvirtd service's log says what it is doing.").arg(m_uri, what).arg(seconds);
    if (!ifLate.isEmpty())
        message += u' ' + ifLate;
    return R(Error{message});
}

bool LibvirtConnection::answering() const
{
    return m_shared->hung().isEmpty();
}

std::chrono::milliseconds LibvirtConnection::defaultTimeout()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("VFIO_WIZARD_LIBVIRT_TIMEOUT", &ok);
    return std::chrono::seconds(ok && seconds > 0 ? seconds : 60);
}

LibvirtConnection::LibvirtConnection(std::shared_ptr<Shared> shared, QString uri, std::chrono::milliseconds timeout)
    : m_shared(std::move(shared)), m_uri(std::move(uri)), m_timeout(timeout)
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
        return system ? Tr::tr("%1: libvirtd is not running. Start its service (on NixOS: virtualisation.libvirtd.enable = true, "
                           "which the wizard's module sets). (%2)").arg(context, detail)
                      : Tr::tr("%1: libvirt is not running. (%2)").arg(context, detail);
    }
    // The daemon went away in the middle of a call: whether that call took effect is unknown.
    if (detail.contains(QLatin1String("Connection reset")) || detail.contains(QLatin1String("End of file while reading"))
        || detail.contains(QLatin1String("client socket is closed")) || error->code == VIR_ERR_NO_CONNECT)
        return Tr::tr("%1: the connection to libvirtd was lost in the middle of the call (did the daemon stop or crash?). "
                  "Check that its service runs, then run the same step again: it is safe to repeat. (%2)")
            .arg(context, detail);
    if (error->code == VIR_ERR_NO_DOMAIN)
        return Tr::tr("%1: no such domain (%2)").arg(context, detail);
    if (error->code == VIR_ERR_DOM_EXIST || detail.contains(QLatin1String("already exists")))
        return Tr::tr("%1: the name or UUID is taken by another domain; choose another name. (%2)").arg(context, detail);
    return QStringLiteral("%1: %2").arg(context, detail);
}

Result<LibvirtConnection> LibvirtConnection::open(const QString &uri, std::chrono::milliseconds timeout)
{
    initialiseLibvirt();
    // A connection whose open outlives the deadline is closed by the thread that opened it.
    struct Opened
    {
        std::shared_ptr<Shared> shared;
    };
    auto opening = std::make_shared<std::packaged_task<Result<Opened>()>>([uri] {
        const QByteArray name = uri.toUtf8();
        virConnectPtr connection = virConnectOpen(name.constData());
        if (!connection)
            return Result<Opened>(Error{lastErrorMessage(uri, uri)});
        return Result<Opened>(Opened{std::make_shared<Shared>(connection)});
    });
    std::future<Result<Opened>> answer = opening->get_future();
    std::thread([opening] { (*opening)(); }).detach();
    if (answer.wait_for(timeout) != std::future_status::ready)
        return Error{Tr::tr("libvirtd at %1 did not answer the connection within %2 s: is it stuck? The libvirtd service's log says what it is doing.")
                         .arg(uri).arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())};
    Result<Opened> opened = answer.get();
    if (!opened)
        return Error{opened.error()};
    return LibvirtConnection(std::move(opened->shared), uri, timeout);
}

Result<QList<LibvirtConnection::DomainInfo>> LibvirtConnection::domains() const
{
    return bounded(Tr::tr("the list of domains"), [uri = m_uri](virConnectPtr connection) -> Result<QList<DomainInfo>> {
        virDomainPtr *list = nullptr;
        const int count = virConnectListAllDomains(connection, &list, 0);
        if (count < 0)
            return Error{lastErrorMessage(Tr::tr("listing domains on %1").arg(uri), uri)};
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
    });
}

bool LibvirtConnection::hasDomain(const QString &name) const
{
    const Result<bool> found = bounded(Tr::tr("the lookup of %1").arg(name), [name](virConnectPtr connection) -> Result<bool> {
        const QByteArray utf8 = name.toUtf8();
        return DomainPtr(virDomainLookupByName(connection, utf8.constData())) != nullptr;
    });
    return found.ok() && *found;
}

Result<QString> LibvirtConnection::domainXml(const QString &name) const
{
    return bounded(Tr::tr("the definition of %1").arg(name), [name, uri = m_uri](virConnectPtr connection) -> Result<QString> {
        const QByteArray utf8 = name.toUtf8();
        DomainPtr domain(virDomainLookupByName(connection, utf8.constData()));
        if (!domain)
            return Error{lastErrorMessage(Tr::tr("domain %1").arg(name), uri)};
        std::unique_ptr<char, FreeDeleter> xml(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
        if (!xml)
            return Error{lastErrorMessage(Tr::tr("domain %1").arg(name), uri)};
        return QString::fromUtf8(xml.get());
    });
}

Result<LibvirtConnection::Defined> LibvirtConnection::define(const QString &xml)
{
    QDomDocument document;
    const QString name = document.setContent(xml) ? document.documentElement().firstChildElement(QStringLiteral("name")).text() : QString();
    return bounded(
        Tr::tr("define"),
        [xml, name, uri = m_uri](virConnectPtr connection) -> Result<Defined> {
            const QByteArray utf8 = xml.toUtf8();
            Defined result;
            if (!name.isEmpty())
                result.replaced = DomainPtr(virDomainLookupByName(connection, name.toUtf8().constData())) != nullptr;
            DomainPtr domain(virDomainDefineXMLFlags(connection, utf8.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
            if (!domain)
                return Error{lastErrorMessage(Tr::tr("defining the domain on %1").arg(uri), uri)};
            result.name = fromC(virDomainGetName(domain.get()));
            result.running = virDomainIsActive(domain.get()) == 1;
            return result;
        },
        Tr::tr("Whether the definition was stored is unknown: look for the VM in virt-manager once the daemon answers."));
}

Result<void> LibvirtConnection::undefine(const QString &name)
{
    return bounded(Tr::tr("the removal of %1").arg(name), [name, uri = m_uri](virConnectPtr connection) -> Result<void> {
        const QByteArray utf8 = name.toUtf8();
        DomainPtr domain(virDomainLookupByName(connection, utf8.constData()));
        if (!domain || virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE) < 0)
            return Error{lastErrorMessage(Tr::tr("undefining %1").arg(name), uri)};
        return {};
    });
}

Result<QString> LibvirtConnection::startTransient(const QString &xml)
{
    QDomDocument document;
    const QString name = document.setContent(xml) ? document.documentElement().firstChildElement(QStringLiteral("name")).text() : QString();
    return bounded(
        Tr::tr("the start of %1").arg(name),
        [xml, uri = m_uri](virConnectPtr connection) -> Result<QString> {
            const QByteArray utf8 = xml.toUtf8();
            DomainPtr domain(virDomainCreateXML(connection, utf8.constData(), VIR_DOMAIN_START_VALIDATE));
            if (!domain)
                return Error{lastErrorMessage(Tr::tr("starting the test copy on %1").arg(uri), uri)};
            return fromC(virDomainGetName(domain.get()));
        },
        Tr::tr("%1 may still start: if it does, force it off in virt-manager.").arg(name));
}

Result<void> LibvirtConnection::destroy(const QString &name)
{
    return bounded(Tr::tr("the stop of %1").arg(name), [name, uri = m_uri](virConnectPtr connection) -> Result<void> {
        const QByteArray utf8 = name.toUtf8();
        DomainPtr domain(virDomainLookupByName(connection, utf8.constData()));
        if (!domain || virDomainDestroy(domain.get()) < 0)
            return Error{lastErrorMessage(Tr::tr("stopping %1").arg(name), uri)};
        return {};
    });
}

Result<QString> LibvirtConnection::qemuMonitorCommand(const QString &name, const QString &command)
{
    return bounded(Tr::tr("a QEMU monitor command for %1").arg(name), [name, command, uri = m_uri](virConnectPtr connection) -> Result<QString> {
        const QByteArray utf8 = name.toUtf8();
        DomainPtr domain(virDomainLookupByName(connection, utf8.constData()));
        char *reply = nullptr;
        if (!domain || virDomainQemuMonitorCommand(domain.get(), command.toUtf8().constData(), &reply, 0) < 0)
            return Error{lastErrorMessage(Tr::tr("asking QEMU of %1").arg(name), uri)};
        std::unique_ptr<char, FreeDeleter> owned(reply);
        return QString::fromUtf8(reply);
    });
}

Result<QList<QList<int>>> LibvirtConnection::vcpuPins(const QString &name, int vcpus)
{
    return bounded(Tr::tr("the pins of %1").arg(name), [name, vcpus, uri = m_uri](virConnectPtr connection) -> Result<QList<QList<int>>> {
        const QByteArray utf8 = name.toUtf8();
        DomainPtr domain(virDomainLookupByName(connection, utf8.constData()));
        const int hostCpus = domain ? virNodeGetCPUMap(connection, nullptr, nullptr, 0) : -1;
        if (!domain || hostCpus <= 0 || vcpus <= 0)
            return Error{lastErrorMessage(Tr::tr("reading the pins of %1").arg(name), uri)};
        const int mapLength = VIR_CPU_MAPLEN(hostCpus);
        QByteArray maps(vcpus * mapLength, '\0');
        const int count = virDomainGetVcpuPinInfo(domain.get(), vcpus, reinterpret_cast<unsigned char *>(maps.data()), mapLength,
                                                  VIR_DOMAIN_AFFECT_LIVE);
        if (count < 0)
            return Error{lastErrorMessage(Tr::tr("reading the pins of %1").arg(name), uri)};
        QList<QList<int>> pins;
        for (int vcpu = 0; vcpu < count; ++vcpu) {
            QList<int> cpus;
            for (int cpu = 0; cpu < hostCpus; ++cpu)
                if (VIR_CPU_USABLE(reinterpret_cast<const unsigned char *>(maps.constData()), mapLength, vcpu, cpu))
                    cpus << cpu;
            pins << cpus;
        }
        return pins;
    });
}

Result<QString> LibvirtConnection::capabilities() const
{
    return bounded(Tr::tr("the capabilities"), [uri = m_uri](virConnectPtr connection) -> Result<QString> {
        std::unique_ptr<char, FreeDeleter> xml(virConnectGetCapabilities(connection));
        if (!xml)
            return Error{lastErrorMessage(Tr::tr("reading the capabilities of %1").arg(uri), uri)};
        return QString::fromUtf8(xml.get());
    });
}

Result<quint64> LibvirtConnection::freeHugepages(unsigned int pageKiB) const
{
    return bounded(Tr::tr("the free hugepages"), [uri = m_uri, pageKiB](virConnectPtr connection) -> Result<quint64> {
        unsigned int pages[] = {pageKiB};
        unsigned long long counts[] = {0};
        // Start cell -1 with one cell: the sum over all NUMA nodes.
        if (virNodeGetFreePages(connection, 1, pages, -1, 1, counts, 0) < 0)
            return Error{lastErrorMessage(Tr::tr("reading the free hugepages of %1").arg(uri), uri)};
        return quint64(counts[0]);
    });
}

Result<QStringList> LibvirtConnection::nodeDevices(NodeDeviceKind kind) const
{
    unsigned int flags = 0;
    switch (kind) {
    case NodeDeviceKind::Pci: flags = VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV; break;
    case NodeDeviceKind::Net: flags = VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET; break;
    case NodeDeviceKind::Storage: flags = VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE; break;
    }
    return bounded(Tr::tr("the list of devices"), [flags, uri = m_uri](virConnectPtr connection) -> Result<QStringList> {
        virNodeDevicePtr *devices = nullptr;
        const int count = virConnectListAllNodeDevices(connection, &devices, flags);
        if (count < 0)
            return Error{lastErrorMessage(Tr::tr("listing the devices of %1").arg(uri), uri)};
        QStringList xmls;
        for (int i = 0; i < count; ++i) {
            std::unique_ptr<char, FreeDeleter> xml(virNodeDeviceGetXMLDesc(devices[i], 0));
            if (xml)
                xmls << QString::fromUtf8(xml.get());
            virNodeDeviceFree(devices[i]);
        }
        free(devices);
        return xmls;
    });
}
