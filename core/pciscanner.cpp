#include "pciscanner.h"

#include "sysfsreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <csetjmp>
#include <cstdarg>
#include <cstdio>

extern "C" {
#include <pci/pci.h>
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PciScanner", text);
}

/// Where libpci's error handler jumps to. libpci declares the handler noreturn and calls it
/// from C frames, so a C++ exception cannot cross it; longjmp can, as long as the jump
/// skips no C++ destructor (runTrapped() keeps only trivial state between the two points).
struct ErrorTrap
{
    std::jmp_buf jump;
    char message[512];
};

thread_local ErrorTrap *currentTrap = nullptr;
thread_local QStringList *currentWarnings = nullptr;

[[noreturn]] void onPciError(char *format, ...)
{
    ErrorTrap *trap = currentTrap;
    if (!trap) {
        // Unreachable by construction (every libpci call goes through runTrapped); better a
        // clear abort than libpci's silent exit(1).
        std::fputs("vfio-wizard: libpci error outside a guarded call\n", stderr);
        std::abort();
    }
    va_list args;
    va_start(args, format);
    std::vsnprintf(trap->message, sizeof trap->message, format, args);
    va_end(args);
    std::longjmp(trap->jump, 1);
}

void onPciWarning(char *format, ...)
{
    char message[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(message, sizeof message, format, args);
    va_end(args);
    if (currentWarnings)
        currentWarnings->append(QStringLiteral("libpci: ") + QString::fromLocal8Bit(message));
}

void onPciDebug(char *, ...) {}

/// Runs a libpci call; returns the error message when libpci gave up on it.
template<typename Call>
std::optional<QString> runTrapped(Call call)
{
    ErrorTrap trap;
    ErrorTrap *const previous = currentTrap;
    currentTrap = &trap;
    std::optional<QString> failure;
    if (setjmp(trap.jump) == 0)
        call();
    else
        failure = QString::fromLocal8Bit(trap.message);
    currentTrap = previous;
    return failure;
}

QString lookup(pci_access *access, int flags, int a, int b = 0, int c = 0, int d = 0)
{
    char buffer[256];
    const char *name = nullptr;
    // pci_lookup_name reads pci.ids on first use; a missing file is only a warning there.
    const auto failure = runTrapped([&] { name = pci_lookup_name(access, buffer, sizeof buffer, flags, a, b, c, d); });
    return failure || !name ? QString() : QString::fromUtf8(name);
}

// The IOMMU group link is read here rather than by libpci, which resolves it and so loses
// a dangling one without a word.
constexpr int wantedFields = PCI_FILL_IDENT | PCI_FILL_CLASS
#ifdef PCI_FILL_SUBSYS
                             | PCI_FILL_SUBSYS
#endif
#ifdef PCI_FILL_CLASS_EXT
                             | PCI_FILL_CLASS_EXT
#endif
#ifdef PCI_FILL_DRIVER
                             | PCI_FILL_DRIVER
#endif
    ;

struct AccessDeleter
{
    void operator()(pci_access *access) const { runTrapped([access] { pci_cleanup(access); }); }
};

} // namespace

QList<PciDevice> PciScanner::scan()
{
    QList<PciDevice> devices;
    const QString busPath = QStringLiteral("/sys/bus/pci");
    const QStringList names = m_reader.entries(busPath + QStringLiteral("/devices"),
                                               SysfsReader::Presence::Optional);
    if (names.isEmpty())
        return devices;

    QStringList libpciWarnings;
    currentWarnings = &libpciWarnings;
    std::unique_ptr<pci_access, AccessDeleter> access(pci_alloc());
    access->error = onPciError;
    access->warning = onPciWarning;
    access->debug = onPciDebug;
    access->method = PCI_ACCESS_SYS_BUS_PCI;
    const QByteArray sysfsPath = QFile::encodeName(m_reader.root().path(busPath));
    pci_set_param(access.get(), const_cast<char *>("sysfs.path"), const_cast<char *>(sysfsPath.constData()));
    if (const auto failure = runTrapped([&] { pci_init(access.get()); })) {
        m_reader.warn(tr("%1: libpci cannot read it: %2").arg(busPath, *failure));
        currentWarnings = nullptr;
        return devices;
    }

    for (const QString &name : names) {
        const auto address = PciAddress::parse(name);
        if (!address) {
            m_reader.warn(tr("%1/devices/%2: not a PCI address").arg(busPath, name));
            continue;
        }
        pci_dev *raw = nullptr;
        std::optional<QString> failure = runTrapped([&] {
            raw = pci_get_dev(access.get(), address->domain, address->bus, address->device, address->function);
            pci_fill_info(raw, wantedFields);
        });
        if (failure) {
            m_reader.warn(tr("%1/devices/%2: skipped, libpci: %3").arg(busPath, name, *failure));
            if (raw)
                runTrapped([&] { pci_free_dev(raw); });
            continue;
        }

        PciDevice device;
        device.address = *address;
        device.vendorId = raw->vendor_id;
        device.deviceId = raw->device_id;
        device.classId = quint32(raw->device_class) << 8;
#ifdef PCI_FILL_CLASS_EXT
        if (raw->known_fields & PCI_FILL_CLASS_EXT) {
            device.classId |= raw->prog_if;
            device.revision = raw->rev_id;
        }
#endif
#ifdef PCI_FILL_SUBSYS
        if (raw->known_fields & PCI_FILL_SUBSYS) {
            device.subsystemVendorId = raw->subsys_vendor_id;
            device.subsystemId = raw->subsys_id;
        }
#endif
#ifdef PCI_FILL_DRIVER
        if (const char *driver = pci_get_string_property(raw, PCI_FILL_DRIVER))
            device.driver = QString::fromUtf8(driver);
#endif
        runTrapped([&] { pci_free_dev(raw); });

        device.vendorName = lookup(access.get(), PCI_LOOKUP_VENDOR, device.vendorId);
        device.deviceName = lookup(access.get(), PCI_LOOKUP_DEVICE, device.vendorId, device.deviceId);
        device.className = lookup(access.get(), PCI_LOOKUP_CLASS, int(device.classId >> 8));
        if (device.subsystemVendorId)
            device.subsystemName = lookup(access.get(), PCI_LOOKUP_SUBSYSTEM | PCI_LOOKUP_DEVICE, device.vendorId,
                                          device.deviceId, device.subsystemVendorId, device.subsystemId);

        const QString devicePath = busPath + QStringLiteral("/devices/") + name;
        // The link's last components are the parent bridge and the device itself.
        if (const auto target = m_reader.linkDestination(devicePath)) {
            const QStringList components = target->split(u'/', Qt::SkipEmptyParts);
            if (components.size() >= 2)
                device.parentBridge = PciAddress::parse(components[components.size() - 2]);
        }
        if (const auto group = m_reader.linkDestination(devicePath + QStringLiteral("/iommu_group"), SysfsReader::Presence::Optional)) {
            bool ok = false;
            const int id = group->section(u'/', -1).toInt(&ok);
            if (ok)
                device.iommuGroup = id;
            else
                m_reader.warn(tr("%1/iommu_group: not a group: \"%2\"").arg(devicePath, *group));
        }
        if (device.isDisplay())
            device.bootVga = m_reader.readInteger(devicePath + QStringLiteral("/boot_vga"),
                                                  SysfsReader::Presence::Optional).value_or(0) == 1;
        device.resettable = m_reader.exists(devicePath + QStringLiteral("/reset"));
        devices.append(device);
    }

    for (PciDevice &device : devices)
        for (const PciDevice &other : devices)
            if (other.address.sameSlot(device.address))
                device.slotFunctions.append(other.address);

    access.reset();
    currentWarnings = nullptr;
    for (const QString &warning : libpciWarnings)
        m_reader.warn(warning);
    return devices;
}
