#include "libvirt/testboot.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/features.h"
#include "domain/model/domainxml.h"
#include "libvirt/capabilities.h"
#include "scan/sysfsreader.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TestBoot)
};

/// Destroys the copy when the test boot leaves, whichever way.
class CopyGuard
{
public:
    CopyGuard(LibvirtConnection &connection, QString name) : m_connection(connection), m_name(std::move(name)) {}
    ~CopyGuard() { (void)m_connection.destroy(m_name); }

private:
    LibvirtConnection &m_connection;
    QString m_name;
};

QString field(const QByteArray &status, const char *name)
{
    for (const QByteArray &line : status.split('\n'))
        if (line.startsWith(name))
            return QString::fromLatin1(line.mid(qstrlen(name)).trimmed());
    return {};
}

/// Why the host cannot back the copy's memory with its free hugepages, before QEMU says so in
/// its own words ("unable to map backing store for guest RAM"). Only an explicit page size is
/// checked: the host's default size is not in libvirt's capabilities.
std::optional<QString> hugepageShortage(const LibvirtConnection &connection, const DomainFacts &facts)
{
    if (!facts.hugepages || facts.hugepageKiB <= 0)
        return std::nullopt;
    const Result<quint64> free = connection.freeHugepages(unsigned(facts.hugepageKiB));
    if (!free)
        return std::nullopt; // QEMU's own message follows, if it comes to that
    const qint64 needed = (facts.memoryKiB + facts.hugepageKiB - 1) / facts.hugepageKiB;
    if (qint64(*free) >= needed)
        return std::nullopt;
    return Tr::tr("the VM's memory needs %1 hugepages of %2 MiB, but the host at %3 has %4 free: reserve more "
                  "(the NixOS module does it at boot), or stop what uses them, and test again")
        .arg(needed)
        .arg(facts.hugepageKiB / 1024)
        .arg(connection.uri())
        .arg(*free);
}

} // namespace

QString TestBoot::kvmRefusal(const QString &libvirtError)
{
    // libvirt quotes QEMU's stderr, one line each, after its own words; QEMU's last line that is
    // not a warning is what stopped it. KVM warns about vCPU counts even when all is well.
    static const QRegularExpression qemuPrefix(uR"(^.*?qemu-system-[^:\s]*:\s*)"_s);
    static const QRegularExpression kvmWords(uR"(\bkvm\b|MSR|System Management Mode|hypervisor|Hyper-?V|/dev/kvm)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    // An abort follows its error ("error: failed to set MSR 0x10a ..." before the assertion).
    static const QRegularExpression qemuError(uR"(qemu-system-[^:\s]*:\s*error:\s*)"_s);
    QString last;
    QString lastError;
    for (const QString &line : libvirtError.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(u"warning:"_s, Qt::CaseInsensitive))
            continue;
        last = line.trimmed();
        if (qemuError.match(line).hasMatch())
            lastError = last;
    }
    QString reason = lastError.isEmpty() ? last : lastError;
    reason.remove(qemuPrefix);
    if (reason.startsWith(u"error:"_s))
        reason = reason.mid(6);
    return kvmWords.match(reason).hasMatch() ? reason.trimmed() : QString();
}

QStringList TestBoot::unprovenUnderTcg(const QDomDocument &original, const QString &kvmRefusal)
{
    const DomainFacts facts = DomainFacts::read(original);
    QStringList unproven;
    unproven << Tr::tr("that KVM runs this VM (%1)").arg(kvmRefusal);
    if (facts.cpuMode == u"host-passthrough"_s || facts.cpuMode == u"host-model"_s || facts.cpuMode == u"maximum"_s)
        unproven << Tr::tr("the %1 CPU and its features: the copy ran with the named model qemu64").arg(facts.cpuMode);
    if (facts.hyperv)
        unproven << Tr::tr("the Hyper-V enlightenments, which need KVM and were left out of the copy");
    if (facts.kvmHidden)
        unproven << Tr::tr("the hidden KVM signature of the Error 43 fix, left out of the copy");
    if (DomainElement(original.documentElement()).existing<Features>().get(Features::ioapic))
        unproven << Tr::tr("the in-kernel I/O APIC, left out of the copy");
    return unproven;
}

QDomDocument TestBoot::prepareCopy(const QDomDocument &original, const QString &copyName, bool underKvm)
{
    QDomDocument copy = original.cloneNode(true).toDocument();
    DomainPatches::makeThrowawayCopy(copy.documentElement(), copyName);
    if (!underKvm)
        DomainPatches::makeEmulated(copy.documentElement(), u"qemu64"_s);
    return copy;
}

Result<TestBoot::Report> TestBoot::run(LibvirtConnection &connection, const QString &xml, const HostRoot &proc)
{
    QDomDocument original;
    if (!original.setContent(xml))
        return Error{Tr::tr("the domain XML does not parse")};
    const DomainFacts facts = DomainFacts::read(original);
    Report report;
    report.copyName = facts.name + u"-testboot-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    report.sockets = facts.sockets;
    report.dies = facts.dies;
    report.cores = facts.cores;
    report.threads = facts.threads;
    report.hugepagesExpected = facts.hugepages;
    if (const auto shortage = hugepageShortage(connection, facts))
        return Error{*shortage};
    // KVM first when the XML asks for it and libvirt offers it; TCG when KVM cannot run the copy.
    bool underKvm = facts.kvm;
    if (underKvm) {
        const Result<QString> capabilities = connection.capabilities();
        if (!capabilities)
            return Error{capabilities.error()};
        const QString arch = facts.arch.isEmpty() ? u"x86_64"_s : facts.arch;
        if (!Capabilities::offersKvm(*capabilities, arch)) {
            underKvm = false;
            report.kvmRefusal = Tr::tr("libvirt at %1 offers no KVM for %2: no /dev/kvm, or QEMU's user cannot open it")
                                    .arg(connection.uri(), arch);
        }
    }
    std::optional<CopyGuard> guard;
    if (underKvm) {
        const Result<QString> started = connection.startTransient(DomainXml::toText(prepareCopy(original, report.copyName, true)));
        if (started) {
            guard.emplace(connection, report.copyName);
            // KVM can also refuse once the vCPUs run: QEMU then aborts right after the start.
            const Result<QString> alive = connection.qemuMonitorCommand(report.copyName, u"{\"execute\":\"query-status\"}"_s);
            if (!alive) {
                // A daemon that stopped answering, or a copy that runs but does not answer, is
                // not KVM's doing; only a copy that is gone is.
                if (!connection.answering() || connection.hasDomain(report.copyName))
                    return Error{alive.error()};
                guard.reset();
                underKvm = false;
                report.kvmRefusal = Tr::tr("the copy stopped as soon as it started under KVM (its QEMU log says why)");
            }
        } else {
            report.kvmRefusal = kvmRefusal(started.error());
            if (report.kvmRefusal.isEmpty())
                return Error{started.error()};
            underKvm = false;
        }
    }
    if (!underKvm) {
        report.accelerator = Accelerator::Tcg;
        const Result<QString> started = connection.startTransient(DomainXml::toText(prepareCopy(original, report.copyName, false)));
        if (!started)
            return Error{report.kvmRefusal.isEmpty() ? started.error()
                                                     : Tr::tr("%1 (it was tried under TCG because KVM refused it: %2)").arg(started.error(), report.kvmRefusal)};
        guard.emplace(connection, report.copyName);
        if (!report.kvmRefusal.isEmpty())
            report.unproven = unprovenUnderTcg(original, report.kvmRefusal);
    }

    const Result<QString> answer = connection.qemuMonitorCommand(report.copyName, u"{\"execute\":\"query-cpus-fast\"}"_s);
    if (!answer)
        return Error{answer.error()};
    const QJsonArray cpus = QJsonDocument::fromJson(answer->toUtf8()).object().value(u"return"_s).toArray();
    const Result<QList<QList<int>>> pins = connection.vcpuPins(report.copyName, facts.vcpus);
    SysfsReader procReader(proc);
    QString qemuPid;
    for (const QJsonValue &value : cpus) {
        const QJsonObject cpu = value.toObject();
        const QJsonObject props = cpu.value(u"props"_s).toObject();
        Vcpu vcpu;
        vcpu.index = cpu.value(u"cpu-index"_s).toInt();
        vcpu.socket = props.value(u"socket-id"_s).toInt();
        vcpu.die = props.value(u"die-id"_s).toInt();
        vcpu.core = props.value(u"core-id"_s).toInt();
        vcpu.thread = props.value(u"thread-id"_s).toInt();
        vcpu.hostThreadId = cpu.value(u"thread-id"_s).toInt();
        vcpu.expectedPins = facts.pins.value(vcpu.index);
        if (pins && vcpu.index < pins->size())
            vcpu.libvirtPins = pins->at(vcpu.index);
        if (const auto status = procReader.read(u"/proc/%1/status"_s.arg(vcpu.hostThreadId))) {
            vcpu.threadAffinity = CpuList::parse(field(*status, "Cpus_allowed_list:")).value_or(QList<int>{});
            qemuPid = field(*status, "Tgid:");
        }
        report.vcpus << vcpu;
    }
    if (!qemuPid.isEmpty()) {
        if (const auto maps = procReader.read(u"/proc/%1/maps"_s.arg(qemuPid))) {
            for (const QByteArray &line : maps->split('\n')) {
                const qsizetype path = line.indexOf('/');
                if (path >= 0 && line.contains("hugepages")) {
                    report.hugepageMapping = QString::fromUtf8(line.mid(path));
                    break;
                }
            }
        }
    }

    // Single-threaded TCG runs every vCPU on one host thread: its affinity proves no vCPU's pin.
    QSet<int> hostThreads;
    for (const Vcpu &v : std::as_const(report.vcpus))
        hostThreads.insert(v.hostThreadId);
    const bool sharedThread = report.vcpus.size() > 1 && hostThreads.size() == 1;
    if (sharedThread)
        report.unproven << Tr::tr("each vCPU thread's affinity: TCG ran every vCPU on one host thread");

    // What the running VM shows against what the XML says.
    if (report.vcpus.size() != facts.vcpus)
        report.mismatches << Tr::tr("%1 vCPUs run; the XML has %2").arg(report.vcpus.size()).arg(facts.vcpus);
    if (facts.threads > 0) {
        for (const Vcpu &v : std::as_const(report.vcpus)) {
            // QEMU numbers vCPUs thread-fastest: index = ((socket * dies + die) * cores + core) * threads + thread.
            const int expected = ((v.socket * facts.dies + v.die) * facts.cores + v.core) * facts.threads + v.thread;
            if (expected != v.index || v.thread >= facts.threads || v.core >= facts.cores || v.socket >= facts.sockets) {
                report.mismatches << Tr::tr("vCPU %1 sits at socket %2 core %3 thread %4, not where a %5x%6x%7 topology puts it")
                                         .arg(v.index).arg(v.socket).arg(v.core).arg(v.thread)
                                         .arg(facts.sockets).arg(facts.cores).arg(facts.threads);
                break;
            }
        }
    }
    for (const Vcpu &v : std::as_const(report.vcpus)) {
        if (v.expectedPins.isEmpty())
            continue;
        if (v.libvirtPins != v.expectedPins)
            report.mismatches << Tr::tr("libvirt pins vCPU %1 to %2, the XML to %3").arg(v.index)
                                     .arg(CpuList::format(v.libvirtPins), CpuList::format(v.expectedPins));
        if (!sharedThread && v.threadAffinity != v.expectedPins)
            report.mismatches << Tr::tr("vCPU %1's thread %2 may run on %3, the XML pins it to %4").arg(v.index).arg(v.hostThreadId)
                                     .arg(CpuList::format(v.threadAffinity), CpuList::format(v.expectedPins));
    }
    if (report.hugepagesExpected && report.hugepageMapping.isEmpty())
        report.mismatches << Tr::tr("the XML asks for hugepages, but QEMU maps no hugetlbfs file");
    if (!report.hugepagesExpected && !report.hugepageMapping.isEmpty())
        report.mismatches << Tr::tr("QEMU maps %1 though the XML asks for no hugepages").arg(report.hugepageMapping);
    return report;
}
