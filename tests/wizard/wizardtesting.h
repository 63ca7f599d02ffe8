#pragma once

#include "support/testhosts.h"
#include "wizard/stepmodel.h"
#include "wizard/wizardsession.h"

#include <QFile>
#include <QMap>
#include <QStringList>
#include <QTest>

#include <memory>

/// What the wizard's step model tests share: a session on a fixture host, and the messages of
/// a step as a test reads them.
namespace WizardTesting {

/// The scan of a fixture host, scanned once per test program.
inline const HostScan &scan(const QString &host)
{
    static QMap<QString, HostScan> scans;
    if (!scans.contains(host))
        scans.insert(host, TestHosts::scan(host));
    return scans[host];
}

/// A session with a new VM planned for a fixture host, as the wizard starts after its scan.
inline std::unique_ptr<WizardSession> session(const QString &host)
{
    auto session = std::make_unique<WizardSession>();
    session->setHost(scan(host), HostRoot(TestHosts::root(host)));
    return session;
}

/// A session on this machine's root with a fixture host's scan: the checks of typed files
/// (ISOs, images) judge files only on the live system.
inline std::unique_ptr<WizardSession> liveSession(const QString &host)
{
    auto session = std::make_unique<WizardSession>();
    session->setHost(scan(host), HostRoot(QStringLiteral("/")));
    return session;
}

/// A session with a domain of tests/data/domains opened for editing on a fixture host.
inline std::unique_ptr<WizardSession> opened(const QString &host, const QString &domainFile)
{
    auto session = WizardTesting::session(host);
    QFile file(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../domains/") + domainFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const Result<void> result = session->openExisting(QString::fromUtf8(file.readAll()), file.fileName(), false);
    if (!result)
        qFatal("%s", qPrintable(result.error()));
    return session;
}

inline StepMessages withSeverity(const StepMessages &messages, Severity severity)
{
    StepMessages found;
    for (const StepMessage &m : messages)
        if (m.severity == severity)
            found << m;
    return found;
}

/// The errors shown at one field.
inline StepMessages fieldErrors(const StepModel &model, const char *field)
{
    return withSeverity(model.messagesFor(QString::fromLatin1(field)), Severity::Error);
}

/// Every message of a step, one a line, for a failing test's output.
inline QByteArray dump(const StepModel &model)
{
    QStringList lines;
    for (const StepMessage &m : model.messages())
        lines << QStringLiteral("[%1|%2|%3] %4").arg(int(m.severity)).arg(m.field, m.id, m.text);
    return lines.join(u'\n').toUtf8();
}

} // namespace WizardTesting
