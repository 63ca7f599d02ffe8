#pragma once

#include "spec/vmspec.h"

#include <QStringList>

#include <optional>

/// What the user asked for; everything left empty is the planners' to choose.
struct PlanRequest
{
    QString name;
    std::optional<VmSpec::Os> os;
    std::optional<QString> gpu;          ///< a PCI address, or "none"
    std::optional<bool> fixError43;
    std::optional<int> vcpus;
    std::optional<int> reservedCores;    ///< physical cores kept for the host (default 1)
    std::optional<bool> isolateHost;     ///< keep the host's tasks off the vCPUs while the VM runs (default on)
    std::optional<qint64> memoryMiB;
    std::optional<VmSpec::HugepageSize> hugepages;
    std::optional<QString> bridge;
    std::optional<QString> uplink;
    std::optional<bool> nat;
    QStringList disks;                   ///< block device or image paths; the first boots
    QString virtioIso;
    QString installIso;                  ///< an installer ISO; empty: the disk holds an installed system
    std::optional<QStringList> evdev;    ///< keyboards and mice passed with evdev; empty: the host's
    bool noEvdev = false;
    std::optional<PciAddress> usbController;
    std::optional<bool> driverStaging;
    std::optional<bool> tpm;
    QString user;
    /// Devices the user explicitly gives the VM although the host uses them (disk paths or
    /// kernel names, PCI addresses): `--allow-host-use`, the GUI's confirmation. Never a default.
    QStringList allowHostUse;
};
