#include "support/testhosts.h"

#include "scan/hostscanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <filesystem>

namespace TestHosts {

QStringList names()
{
    return {QStringLiteral("article"), QStringLiteral("ryzen"), QStringLiteral("no-iommu"), QStringLiteral("hybrid"),
            QStringLiteral("twins"), QStringLiteral("raid"), QStringLiteral("x3d"), QStringLiteral("xeon2s"), QStringLiteral("opteron"),
            QStringLiteral("pvm")};
}

QString root(const QString &name)
{
    return QStringLiteral(VFIO_TEST_HOSTS_DIR "/") + name;
}

bool copyTree(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::copy(from.toStdString(), to.toStdString(),
                          std::filesystem::copy_options::recursive | std::filesystem::copy_options::copy_symlinks
                              | std::filesystem::copy_options::overwrite_existing,
                          error);
    return !error;
}

HostScan scan(const QString &name)
{
    const Result<HostScan> result = HostScanner(HostRoot(root(name))).scan();
    if (!result)
        qFatal("scan of %s failed: %s", qPrintable(name), qPrintable(result.error()));
    return *result;
}

bool regenerating()
{
    return qEnvironmentVariableIntValue("VFIO_WIZARD_REGENERATE") == 1;
}

namespace {

/// The first place where two JSON values differ, as a path like `pci[3].driver`.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.type() != b.type())
        return path + QStringLiteral(": type differs");
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QString d = firstDifference(x.value(key), y.value(key), path + u'.' + key);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
            const QString d = firstDifference(x.at(i), y.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a != b)
        return QStringLiteral("%1: got %2, expected %3")
            .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
    return {};
}

} // namespace

QString compareTextWithGolden(const QString &actual, const QString &goldenPath)
{
    if (regenerating()) {
        QSaveFile out(goldenPath);
        if (!out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(goldenPath);
        out.write(actual.toUtf8());
        return out.commit() ? QString() : QStringLiteral("cannot write %1").arg(goldenPath);
    }
    QFile in(goldenPath);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: missing; run with VFIO_WIZARD_REGENERATE=1").arg(goldenPath);
    const QStringList expected = QString::fromUtf8(in.readAll()).split(u'\n');
    const QStringList lines = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(expected.size(), lines.size()); ++i)
        if (expected.value(i) != lines.value(i))
            return QStringLiteral("%1:%2: got \"%3\", expected \"%4\"").arg(goldenPath).arg(i + 1).arg(lines.value(i), expected.value(i));
    return {};
}

QString compareWithGolden(const QJsonObject &actual, const QString &goldenPath)
{
    if (regenerating()) {
        QSaveFile out(goldenPath);
        if (!out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(goldenPath);
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        return out.commit() ? QString() : QStringLiteral("cannot write %1").arg(goldenPath);
    }
    QFile in(goldenPath);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: missing; run with VFIO_WIZARD_REGENERATE=1").arg(goldenPath);
    const QJsonObject expected = QJsonDocument::fromJson(in.readAll()).object();
    const QString difference = firstDifference(actual, expected, QStringLiteral("$"));
    return difference.isEmpty() ? QString() : goldenPath + QStringLiteral(": ") + difference;
}

} // namespace TestHosts
