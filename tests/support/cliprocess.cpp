#include "support/cliprocess.h"

#include <QProcess>

namespace CliProcess {

Run run(const QString &program, const QStringList &arguments, int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        if (process.state() == QProcess::NotRunning) {
            result.err = QStringLiteral("%1: %2").arg(program, process.errorString());
            return result;
        }
        // Killed and reaped here: a QProcess destroyed while its child runs only warns and
        // leaves the child behind.
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (result.timedOut)
        result.err += QStringLiteral("\n[%1 %2 was killed after %3 s]").arg(program, arguments.join(u' ')).arg(timeoutMs / 1000);
    else if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

Run wizard(const QStringList &arguments, int timeoutMs)
{
    return run(QStringLiteral(VFIO_WIZARD_BINARY), arguments, timeoutMs);
}

} // namespace CliProcess
