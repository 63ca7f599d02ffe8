#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Runs a program for a test: its exit status and output, and never a test that waits forever
/// (a program that outlives the timeout is killed, and the run says so).
namespace CliProcess {

struct Run
{
    int exitCode = -1;   ///< -1: crashed, or killed after the timeout
    QString out;
    QString err;
    QByteArray rawOut;   ///< stdout as bytes (XML, JSON)
    bool timedOut = false;
    bool ok() const { return exitCode == 0; }
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
/// The vfio-wizard binary of this build.
Run wizard(const QStringList &arguments, int timeoutMs = 60000);

} // namespace CliProcess
