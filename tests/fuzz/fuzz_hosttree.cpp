// A whole host tree built from fuzzer bytes (files with any contents, symlinks anywhere,
// including loops, directories, pieces left out) and scanned. Invariants: the scan finishes
// without crashing, and scanning the same tree twice gives the same result.
//
// Input: records of [op:1][path:2][payload], paths and link targets indexing the entries of
// the article fixture. op 0: a file with [length:1][bytes]; 1: a symlink to [target:2] (the
// top bit of the target makes a link to itself); 2: a directory. With FUZZ_WRITE_SEEDS=DIR
// set, the initialiser writes seeds that rebuild the fixture, whole and in parts, and exits.
#include "host/hostscanjson.h"
#include "scan/hostscanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace {

const QString fixture = QStringLiteral(VFIO_TEST_HOSTS_DIR "/article");

const QStringList &vocabulary()
{
    static const QStringList paths = [] {
        QStringList list;
        QDirIterator it(fixture, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir(fixture).relativeFilePath(it.next());
            if (path != QLatin1String("expected-scan.json"))
                list << path;
        }
        list.sort();
        return list;
    }();
    return paths;
}

void put16(QByteArray &out, int value)
{
    out.append(char(value >> 8)).append(char(value & 0xff));
}

/// Seeds that rebuild the fixture: the whole tree, and each top-level part alone.
void writeSeeds(const QString &dir)
{
    QDir().mkpath(dir);
    const QStringList &paths = vocabulary();
    QHash<QString, QByteArray> seeds;
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo info(fixture + u'/' + paths[i]);
        QByteArray record;
        if (info.isSymLink()) {
            const QString target = QDir(fixture).relativeFilePath(info.canonicalFilePath());
            const qsizetype index = paths.indexOf(target);
            if (index < 0)
                continue;
            record.append(char(1));
            put16(record, i);
            put16(record, int(index));
        } else if (info.isDir()) {
            record.append(char(2));
            put16(record, i);
        } else {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            const QByteArray contents = file.readAll().left(255);
            record.append(char(0));
            put16(record, i);
            record.append(char(contents.size())).append(contents);
        }
        seeds[QStringLiteral("whole")] += record;
        seeds[paths[i].section(u'/', 0, 2).replace(u'/', u'_')] += record;
    }
    for (auto it = seeds.cbegin(); it != seeds.cend(); ++it) {
        QFile out(dir + QStringLiteral("/seed-") + it.key());
        out.open(QIODevice::WriteOnly);
        out.write(it.value());
    }
}

QByteArray scanJson(const QString &root)
{
    const Result<HostScan> scan = HostScanner(HostRoot(root)).scan();
    if (!scan)
        return scan.error().toUtf8();
    HostScan copy = *scan;
    copy.root.clear();
    return HostScanJson::toJson(copy);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QByteArray dir = qgetenv("FUZZ_WRITE_SEEDS"); !dir.isEmpty()) {
        writeSeeds(QString::fromLocal8Bit(dir));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList &paths = vocabulary();
    QTemporaryDir dir;
    const QDir root(dir.path());
    size_t at = 0;
    auto read16 = [&](int *value) {
        if (at + 2 > size)
            return false;
        *value = (data[at] << 8) | data[at + 1];
        at += 2;
        return true;
    };
    while (at < size) {
        const int op = data[at++] % 3;
        int index = 0;
        if (!read16(&index))
            break;
        const QString path = paths[index % paths.size()];
        root.mkpath(QFileInfo(path).path());
        const QString absolute = root.filePath(path);
        if (op == 0) {
            if (at >= size)
                break;
            const size_t wanted = data[at++];
            const size_t length = std::min(wanted, size - at);
            QFile file(absolute);
            if (file.open(QIODevice::WriteOnly))
                file.write(reinterpret_cast<const char *>(data + at), qsizetype(length));
            at += length;
        } else if (op == 1) {
            int target = 0;
            if (!read16(&target))
                break;
            const QString link = target & 0x8000 ? QFileInfo(path).fileName()
                                                 : QDir(QFileInfo(absolute).path()).relativeFilePath(root.filePath(paths[target % paths.size()]));
            (void)::symlink(QFile::encodeName(link).constData(), QFile::encodeName(absolute).constData());
        } else {
            root.mkpath(path);
        }
    }
    const QByteArray first = scanJson(dir.path());
    if (scanJson(dir.path()) != first) {
        std::fprintf(stderr, "two scans of one tree differ\n");
        std::abort();
    }
    return 0;
}
