#pragma once

#include "host/hostscan.h"
#include "util/hostroot.h"
#include "util/result.h"

/// Scans a host below a root: PCI, IOMMU groups, GPUs, CPU, memory, kernel command line,
/// network and storage. A fact it cannot read becomes a warning; only a root that does not
/// exist is an error.
class HostScanner
{
public:
    explicit HostScanner(HostRoot root) : m_root(std::move(root)) {}

    Result<HostScan> scan() const;

private:
    HostRoot m_root;
};
