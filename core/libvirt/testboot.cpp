#include "libvirt/testboot.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "domain/model/domainxml.h"
#include "scan/sysfsreader.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

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

} // namespace

QDomDocument TestBoot::prepareCopy(const QDomDocument &original, const QString &copyName, bool haveKvm)
{
    QDomDocument copy = original.cloneNode(true).toDocument();
    DomainPatches::makeThrowawayCopy(copy.documentElement(), copyName);
    if (!haveKvm)
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
    const bool haveKvm = QFile::exists(proc.path(u"/dev/kvm"));
    const QDomDocument copy = prepareCopy(original, report.copyName, haveKvm);

    const Result<QString> started = connection.startTransient(DomainXml::toText(copy));
    if (!started)
        return Error{started.error()};
    const CopyGuard guard(connection, report.copyName);

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
        if (v.threadAffinity != v.expectedPins)
            report.mismatches << Tr::tr("vCPU %1's thread %2 may run on %3, the XML pins it to %4").arg(v.index).arg(v.hostThreadId)
                                     .arg(CpuList::format(v.threadAffinity), CpuList::format(v.expectedPins));
    }
    if (report.hugepagesExpected && report.hugepageMapping.isEmpty())
        report.mismatches << Tr::tr("the XML asks for hugepages, but QEMU maps no hugetlbfs file");
    if (!report.hugepagesExpected && !report.hugepageMapping.isEmpty())
        report.mismatches << Tr::tr("QEMU maps %1 though the XML asks for no hugepages").arg(report.hugepageMapping);
    return report;
}
