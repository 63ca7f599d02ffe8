#pragma once

#include <QByteArray>

struct HostScan;

/// The scan as the stable JSON of `vfio-wizard scan --json`.
namespace HostScanJson {
QByteArray toJson(const HostScan &scan);
}
