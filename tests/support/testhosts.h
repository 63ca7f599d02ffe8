#pragma once

#include "host/hostscan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Helpers shared by the tests: the fixture hosts and the golden files beside them.
namespace TestHosts {

/// The names of the fixture hosts in tests/data/hosts.
QStringList names();
/// The root directory of one fixture host.
QString root(const QString &name);
/// Copies a fixture host (symlinks as links) into a directory a test may damage.
bool copyTree(const QString &from, const QString &to);

/// The scan of a fixture host (fails the test program when it cannot be scanned).
HostScan scan(const QString &name);

/// True when the tests should rewrite golden files instead of comparing with them.
bool regenerating();
/// Compares text with a golden file (or rewrites it); a readable message on mismatch.
QString compareTextWithGolden(const QString &actual, const QString &goldenPath);
/// Compares a JSON object with a golden file (or rewrites it); a readable QVERIFY message on mismatch.
QString compareWithGolden(const QJsonObject &actual, const QString &goldenPath);

} // namespace TestHosts
