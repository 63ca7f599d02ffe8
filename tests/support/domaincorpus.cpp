#include "support/domaincorpus.h"

#include <QDir>
#include <QFile>

namespace DomainCorpus {

QString dir()
{
    return QStringLiteral(VFIO_TEST_HOSTS_DIR "/../domains");
}

QStringList files()
{
    QStringList list = QDir(dir()).entryList({QStringLiteral("*.xml")});
    // Real domains from libvirt's and virt-manager's test data (third-party/README.md).
    for (const QString &file : QDir(dir() + QStringLiteral("/third-party")).entryList({QStringLiteral("*.xml")}))
        list << QStringLiteral("third-party/") + file;
    return list;
}

QDomDocument load(const QString &file)
{
    QFile in(dir() + u'/' + file);
    QDomDocument document;
    if (!in.open(QIODevice::ReadOnly) || !document.setContent(&in))
        qFatal("%s does not parse", qPrintable(file));
    return document;
}

QDomDocument reparse(const QString &text)
{
    QDomDocument document;
    document.setContent(text);
    return document;
}

} // namespace DomainCorpus
