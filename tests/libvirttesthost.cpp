#include "libvirttesthost.h"

#include "domainxml.h"

#include <QFile>
#include <QProcess>

namespace LibvirtTestHost {

QString uri()
{
    return qEnvironmentVariable("VFIO_WIZARD_LIBVIRT_URI");
}

bool required()
{
    return qEnvironmentVariableIntValue("VFIO_WIZARD_REQUIRE_LIBVIRTD") == 1;
}

QString problem()
{
    const QString said = qEnvironmentVariable("VFIO_WIZARD_LIBVIRTD_PROBLEM");
    return said.isEmpty() ? QStringLiteral("see its output above the test run") : said;
}

bool kvmRunsGuests()
{
    if (qEnvironmentVariableIsSet("VFIO_WIZARD_KVM"))
        return qEnvironmentVariableIntValue("VFIO_WIZARD_KVM") == 1;
    return QFile::exists(QStringLiteral("/dev/kvm"));
}

QString kvmReason()
{
    if (kvmRunsGuests())
        return {};
    const QString said = qEnvironmentVariable("VFIO_WIZARD_KVM_REASON");
    return said.isEmpty() ? QStringLiteral("no /dev/kvm") : said;
}

void adaptToThisMachine(QDomDocument &document)
{
    QDomElement domain = document.documentElement();
    if (!kvmRunsGuests()) {
        domain.setAttribute(QStringLiteral("type"), QStringLiteral("qemu"));
        QDomElement cpu = DomainXml::child(domain, QStringLiteral("cpu"));
        cpu.setAttribute(QStringLiteral("mode"), QStringLiteral("custom"));
        cpu.setAttribute(QStringLiteral("match"), QStringLiteral("exact"));
        cpu.removeAttribute(QStringLiteral("migratable"));
        DomainXml::removeChildren(cpu, QStringLiteral("cache"));
        QDomElement model = DomainXml::child(cpu, QStringLiteral("model"));
        model.setAttribute(QStringLiteral("fallback"), QStringLiteral("allow"));
        DomainXml::setText(model, QStringLiteral("qemu64"));
        for (QDomElement feature : DomainXml::children(cpu, QStringLiteral("feature")))
            feature.setAttribute(QStringLiteral("policy"), QStringLiteral("optional"));
    }
    QDomElement devices = domain.firstChildElement(QStringLiteral("devices"));
    DomainXml::removeChildren(devices, QStringLiteral("hostdev"));
    DomainXml::removeChildren(devices, QStringLiteral("emulator")); // another machine's QEMU path
    QDomElement page = domain.firstChildElement(QStringLiteral("memoryBacking"))
                           .firstChildElement(QStringLiteral("hugepages")).firstChildElement(QStringLiteral("page"));
    if (!page.isNull()) {
        page.setAttribute(QStringLiteral("size"), QStringLiteral("2"));
        page.setAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    }
}

Run run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        const QString command = (QStringList{program} + arguments).join(u' ');
        if (process.state() == QProcess::NotRunning)
            return {-1, {}, QStringLiteral("%1: %2").arg(command, process.errorString())};
        // Killed and reaped here: a QProcess destroyed while its child runs only warns and
        // leaves the child behind.
        process.kill();
        process.waitForFinished(5000);
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                QStringLiteral("%1 did not finish within %2 s (killed)").arg(command).arg(timeoutMs / 1000)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run virsh(const QStringList &arguments, int timeoutMs)
{
    static QString hung;
    if (!hung.isEmpty())
        return {-1, {}, QStringLiteral("not run: libvirtd stopped answering earlier (%1)").arg(hung)};
    Run result = run(QStringLiteral("virsh"), QStringList{QStringLiteral("-c"), uri()} + arguments, timeoutMs);
    if (result.exitCode == -1 && result.err.contains(QLatin1String("did not finish within")))
        hung = result.err;
    return result;
}

} // namespace LibvirtTestHost
