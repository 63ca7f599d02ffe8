// Build tool: packs a saved host tree into the archive the demo ships as a resource.
#include "util/hosttreearchive.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: hosttreepack TREE OUTPUT\n");
        return 2;
    }
    const Result<QByteArray> archive = HostTreeArchive::pack(args[1]);
    if (!archive) {
        std::fprintf(stderr, "hosttreepack: %s\n", qPrintable(archive.error()));
        return 1;
    }
    QSaveFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || out.write(*archive) != archive->size() || !out.commit()) {
        std::fprintf(stderr, "hosttreepack: %s: %s\n", qPrintable(args[2]), qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
