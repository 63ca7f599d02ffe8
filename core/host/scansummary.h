#pragma once

#include <QString>

struct HostScan;

/// The scan in words for a terminal (`vfio-wizard scan`), IOMMU groups as ls-iommu lists them.
namespace ScanSummary {
QString text(const HostScan &scan);
/// "24.0 GiB", "512 MiB", "1.8 TB"-style sizes for people.
QString formatBytes(qint64 bytes);
}
