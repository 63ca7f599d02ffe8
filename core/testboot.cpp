#include "testboot.h"

#include "domainfacts.h"
#include "domainxml.h"
#include "sysfsparse.h"
#include "sysfsreader.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("TestBoot", text);
}

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

/// Whether libvirt offers KVM domains for the domain's architecture (its capabilities list them
/// only when QEMU could open /dev/kvm when it was probed).
bool offersKvm(const QString &capabilities, const QString &arch)
{
    QDomDocument document;
    if (!document.setContent(capabilities))
        return false;
    for (const QDomElement &guest : DomainXml::children(document.documentElement(), u"guest"_s)) {
        const QDomElement archElement = guest.firstChildElement(u"arch"_s);
        if (archElement.attribute(u"name"_s) != arch)
            continue;
        for (const QDomElement &domain : DomainXml::children(archElement, u"domain"_s))
            if (domain.attribute(u"type"_s) == u"kvm"_s)
                return true;
    }
    return false;
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
    const QDomElement domain = original.documentElement();
    QStringList unproven;
    unproven << tr("that KVM runs this VM (%1)").arg(kvmRefusal);
    const QString mode = domain.firstChildElement(u"cpu"_s).attribute(u"mode"_s);
    if (mode == u"host-passthrough"_s || mode == u"host-model"_s || mode == u"maximum"_s)
        unproven << tr("the %1 CPU and its features: the copy ran with the named model qemu64").arg(mode);
    const QDomElement features = domain.firstChildElement(u"features"_s);
    if (!features.firstChildElement(u"hyperv"_s).isNull())
        unproven << tr("the Hyper-V enlightenments, which need KVM and were left out of the copy");
    if (!features.firstChildElement(u"kvm"_s).isNull())
        unproven << tr("the hidden KVM signature of the Error 43 fix, left out of the copy");
    if (!features.firstChildElement(u"ioapic"_s).isNull())
        unproven << tr("the in-kernel I/O APIC, left out of the copy");
    return unproven;
}

QDomDocument TestBoot::prepareCopy(const QDomDocument &original, const QString &copyName, bool underKvm)
{
    QDomDocument copy = original.cloneNode(true).toDocument();
    QDomElement domain = copy.documentElement();
    DomainXml::setText(DomainXml::child(domain, u"name"_s), copyName);
    DomainXml::removeChildren(domain, u"uuid"_s);
    DomainXml::removeChildren(domain, u"title"_s);
    QDomElement os = DomainXml::existing(domain, u"os"_s);
    DomainXml::removeChildren(os, u"nvram"_s); // the copy gets NVRAM of its own
    QDomElement devices = DomainXml::child(domain, u"devices"_s);
    // Nothing the original owns: its disks, its NICs (a bridge may not exist here), its devices.
    for (const QString &tag : {u"hostdev"_s, u"disk"_s, u"interface"_s, u"filesystem"_s, u"redirdev"_s, u"smartcard"_s})
        DomainXml::removeChildren(devices, tag);
    if (!underKvm) {
        domain.setAttribute(u"type"_s, u"qemu"_s);
        QDomElement cpu = DomainXml::child(domain, u"cpu"_s);
        cpu.setAttribute(u"mode"_s, u"custom"_s);
        cpu.setAttribute(u"match"_s, u"exact"_s);
        cpu.removeAttribute(u"migratable"_s);
        DomainXml::removeChildren(cpu, u"cache"_s);
        QDomElement model = DomainXml::child(cpu, u"model"_s);
        model.setAttribute(u"fallback"_s, u"allow"_s);
        DomainXml::setText(model, u"qemu64"_s);
        for (QDomElement feature : DomainXml::children(cpu, u"feature"_s))
            feature.setAttribute(u"policy"_s, u"optional"_s);
        // KVM-only features would stop TCG from starting.
        QDomElement features = DomainXml::existing(domain, u"features"_s);
        DomainXml::removeChildren(features, u"kvm"_s);
        DomainXml::removeChildren(features, u"hyperv"_s);
        QDomElement ioapic = DomainXml::existing(features, u"ioapic"_s);
        if (!ioapic.isNull())
            features.removeChild(ioapic);
        QDomElement clock = DomainXml::existing(domain, u"clock"_s);
        for (const QDomElement &timer : DomainXml::children(clock, u"timer"_s))
            if (timer.attribute(u"name"_s) == u"hypervclock"_s)
                clock.removeChild(timer);
    }
    return copy;
}

Result<TestBoot::Report> TestBoot::run(LibvirtConnection &connection, const QString &xml, const HostRoot &proc)
{
    QDomDocument original;
    if (!original.setContent(xml))
        return Error{tr("the domain XML does not parse")};
    const DomainFacts facts = DomainFacts::read(original);
    Report report;
    report.copyName = facts.name + u"-testboot-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    report.sockets = facts.sockets;
    report.dies = facts.dies;
    report.cores = facts.cores;
    report.threads = facts.threads;
    report.hugepagesExpected = facts.hugepages;
    // KVM first when the XML asks for it and libvirt offers it; TCG when KVM cannot run the copy.
    const QDomElement root = original.documentElement();
    bool underKvm = root.attribute(u"type"_s) == u"kvm"_s;
    if (underKvm) {
        const Result<QString> capabilities = connection.capabilities();
        if (!capabilities)
            return Error{capabilities.error()};
        QString arch = root.firstChildElement(u"os"_s).firstChildElement(u"type"_s).attribute(u"arch"_s);
        if (arch.isEmpty())
            arch = u"x86_64"_s;
        if (!offersKvm(*capabilities, arch)) {
            underKvm = false;
            report.kvmRefusal = tr("libvirt at %1 offers no KVM for %2: no /dev/kvm, or QEMU's user cannot open it")
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
                report.kvmRefusal = tr("the copy stopped as soon as it started under KVM (its QEMU log says why)");
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
                                                     : tr("%1 (it was tried under TCG because KVM refused it: %2)").arg(started.error(), report.kvmRefusal)};
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
            vcpu.threadAffinity = SysfsParse::cpuList(field(*status, "Cpus_allowed_list:")).value_or(QList<int>{});
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
        report.unproven << tr("each vCPU thread's affinity: TCG ran every vCPU on one host thread");

    // What the running VM shows against what the XML says.
    if (report.vcpus.size() != facts.vcpus)
        report.mismatches << tr("%1 vCPUs run; the XML has %2").arg(report.vcpus.size()).arg(facts.vcpus);
    if (facts.threads > 0) {
        for (const Vcpu &v : std::as_const(report.vcpus)) {
            // QEMU numbers vCPUs thread-fastest: index = ((socket * dies + die) * cores + core) * threads + thread.
            const int expected = ((v.socket * facts.dies + v.die) * facts.cores + v.core) * facts.threads + v.thread;
            if (expected != v.index || v.thread >= facts.threads || v.core >= facts.cores || v.socket >= facts.sockets) {
                report.mismatches << tr("vCPU %1 sits at socket %2 core %3 thread %4, not where a %5x%6x%7 topology puts it")
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
            report.mismatches << tr("libvirt pins vCPU %1 to %2, the XML to %3").arg(v.index)
                                     .arg(SysfsParse::formatCpuList(v.libvirtPins), SysfsParse::formatCpuList(v.expectedPins));
        if (!sharedThread && v.threadAffinity != v.expectedPins)
            report.mismatches << tr("vCPU %1's thread %2 may run on %3, the XML pins it to %4").arg(v.index).arg(v.hostThreadId)
                                     .arg(SysfsParse::formatCpuList(v.threadAffinity), SysfsParse::formatCpuList(v.expectedPins));
    }
    if (report.hugepagesExpected && report.hugepageMapping.isEmpty())
        report.mismatches << tr("the XML asks for hugepages, but QEMU maps no hugetlbfs file");
    if (!report.hugepagesExpected && !report.hugepageMapping.isEmpty())
        report.mismatches << tr("QEMU maps %1 though the XML asks for no hugepages").arg(report.hugepageMapping);
    return report;
}
