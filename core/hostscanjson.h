#pragma once

#include <QJsonObject>

struct HostScan;

/// The scan as the stable JSON of `vfio-wizard scan --json`.
namespace HostScanJson {
QJsonObject toJson(const HostScan &scan);
}
