#include "scan/zpoolstatus.h"

namespace ZpoolStatus {

QStringList scrubbingPools(const QString &statusText)
{
    QStringList scrubbing;
    QString pool;
    for (const QString &raw : statusText.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("pool:")))
            pool = line.mid(5).trimmed();
        else if (line.startsWith(QLatin1String("scan:")) && line.contains(QLatin1String("scrub in progress")) && !pool.isEmpty())
            scrubbing << pool;
    }
    return scrubbing;
}

} // namespace ZpoolStatus
