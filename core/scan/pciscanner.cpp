#include "scan/pciscanner.h"

#include "scan/sysfsreader.h"
#include "util/cpulist.h"

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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PciScanner)
};

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

// The GNU spelling: libpci's field is declared with it, and clang counts it as part of the type.
__attribute__((noreturn)) void onPciError(char *format, ...)
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
    // pci.ids only, not udev's hwdb: the same names on every machine for the same ids, and no
    // five failed hwdb opens per lookup where systemd is absent.
    const auto failure = runTrapped([&] {
        name = pci_lookup_name(access, buffer, sizeof buffer, flags | PCI_LOOKUP_NO_HWDB, a, b, c, d);
    });
    return failure || !name ? QString() : QString::fromUtf8(name);
}

// The `driver` and `iommu_group` links are read here rather than by libpci: it resolves each
// with realpath() (a readlink per path component, most of a scan's system calls) and loses a
// dangling link without a word.
constexpr int wantedFields = PCI_FILL_IDENT | PCI_FILL_CLASS
#ifdef PCI_FILL_SUBSYS
                             | PCI_FILL_SUBSYS
#endif
#ifdef PCI_FILL_CLASS_EXT
                             | PCI_FILL_CLASS_EXT
#endif
    ;

struct AccessDeleter
{
    void operator()(pci_access *access) const { runTrapped([access] { pci_cleanup(access); }); }
};
using AccessPtr = std::unique_ptr<pci_access, AccessDeleter>;

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
    const QByteArray sysfsPath = QFile::encodeName(m_reader.root().path(busPath));
    auto openAccess = [&](bool fromConfigSpace) -> AccessPtr {
        AccessPtr access(pci_alloc());
        access->error = onPciError;
        access->warning = onPciWarning;
        access->debug = onPciDebug;
        access->method = PCI_ACCESS_SYS_BUS_PCI;
        // Bus-centric: ids, class and subsystem come from one read of the `config` file
        // instead of five sysfs attributes each; that halves the files a scan opens.
        access->buscentric = fromConfigSpace;
        pci_set_param(access.get(), const_cast<char *>("sysfs.path"), const_cast<char *>(sysfsPath.constData()));
        if (const auto failure = runTrapped([&] { pci_init(access.get()); })) {
            m_reader.warn(Tr::tr("%1: libpci cannot read it: %2").arg(busPath, *failure));
            return nullptr;
        }
        return access;
    };
    AccessPtr configAccess = openAccess(true);
    AccessPtr attributeAccess; // for devices whose config space cannot be read
    if (!configAccess) {
        currentWarnings = nullptr;
        return devices;
    }

    for (const QString &name : names) {
        const auto address = PciAddress::parse(name);
        if (!address) {
            m_reader.warn(Tr::tr("%1/devices/%2: not a PCI address").arg(busPath, name));
            continue;
        }
        const QString devicePath = busPath + QStringLiteral("/devices/") + name;
        // Reading the standard header ourselves, once, and handing it to libpci as its cache
        // saves the eight small reads libpci would make of the same 64 bytes.
        QByteArray config = m_reader.read(devicePath + QStringLiteral("/config"), SysfsReader::Presence::Optional)
                                .value_or(QByteArray());
        pci_access *access = config.size() >= 64 ? configAccess.get() : nullptr;
        pci_dev *raw = nullptr;
        auto fill = [&] {
            raw = pci_get_dev(access, address->domain, address->bus, address->device, address->function);
            if (access == configAccess.get())
                pci_setup_cache(raw, reinterpret_cast<u8 *>(config.data()), int(config.size()));
            pci_fill_info(raw, wantedFields);
        };
        std::optional<QString> failure;
        if (access)
            failure = runTrapped(fill);
        if (!access || (!failure && raw->vendor_id == 0xffff)) {
            // No config space to read (a missing or short `config` file): ask the attributes.
            if (raw)
                runTrapped([&] { pci_free_dev(raw); });
            raw = nullptr;
            if (!attributeAccess)
                attributeAccess = openAccess(false);
            if (!attributeAccess)
                continue;
            access = attributeAccess.get();
            failure = runTrapped(fill);
        }
        if (failure) {
            m_reader.warn(Tr::tr("%1/devices/%2: skipped, libpci: %3").arg(busPath, name, *failure));
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
        runTrapped([&] { pci_free_dev(raw); });

        device.vendorName = lookup(configAccess.get(), PCI_LOOKUP_VENDOR, device.vendorId);
        device.deviceName = lookup(configAccess.get(), PCI_LOOKUP_DEVICE, device.vendorId, device.deviceId);
        device.className = lookup(configAccess.get(), PCI_LOOKUP_CLASS, int(device.classId >> 8));
        if (device.subsystemVendorId)
            device.subsystemName = lookup(configAccess.get(), PCI_LOOKUP_SUBSYSTEM | PCI_LOOKUP_DEVICE, device.vendorId,
                                          device.deviceId, device.subsystemVendorId, device.subsystemId);

        // The link's last components are the parent bridge and the device itself.
        if (const auto target = m_reader.linkDestination(devicePath)) {
            const QStringList components = target->split(u'/', Qt::SkipEmptyParts);
            if (components.size() >= 2)
                device.parentBridge = PciAddress::parse(components[components.size() - 2]);
        }
        if (const auto driver = m_reader.linkTarget(devicePath + QStringLiteral("/driver"), SysfsReader::Presence::Optional)) {
            // A link that leads nowhere (a loop, a dangling target) names no driver: its text would.
            if (m_reader.resolves(devicePath + QStringLiteral("/driver")))
                device.driver = driver->section(u'/', -1);
            else
                m_reader.warn(Tr::tr("%1/driver: the link (to \"%2\") leads to no driver; taken as none").arg(devicePath, *driver));
        }
        if (const auto group = m_reader.linkTarget(devicePath + QStringLiteral("/iommu_group"), SysfsReader::Presence::Optional)) {
            bool ok = false;
            const int id = group->section(u'/', -1).toInt(&ok);
            if (ok)
                device.iommuGroup = id;
            else
                m_reader.warn(Tr::tr("%1/iommu_group: not a group: \"%2\"").arg(devicePath, *group));
        }
        if (device.isDisplay()) {
            device.bootVga = m_reader.readInteger(devicePath + QStringLiteral("/boot_vga"),
                                                  SysfsReader::Presence::Optional).value_or(0) == 1;
            // Where a VM that gets this GPU should run: its node (-1: the firmware does not
            // say) and the CPUs the kernel calls local to it.
            const auto node = m_reader.readInteger(devicePath + QStringLiteral("/numa_node"), SysfsReader::Presence::Optional);
            if (node && *node >= 0)
                device.numaNode = int(*node);
            if (const auto cpus = m_reader.readLine(devicePath + QStringLiteral("/local_cpulist"), SysfsReader::Presence::Optional)) {
                if (const auto list = CpuList::parse(*cpus))
                    device.localCpus = *list;
                else
                    m_reader.warn(Tr::tr("%1/local_cpulist: not a CPU list: \"%2\"").arg(devicePath, cpus->left(40)));
            }
        }
        device.resettable = m_reader.exists(devicePath + QStringLiteral("/reset"));
        // Linux 5.15+ says which resets it would try; some (bus) do not leave every card usable.
        if (const auto methods = m_reader.readLine(devicePath + QStringLiteral("/reset_method"), SysfsReader::Presence::Optional)) {
            device.resetMethods = methods->split(u' ', Qt::SkipEmptyParts);
            device.resettable = !device.resetMethods.isEmpty();
        }
        devices.append(device);
    }

    QHash<PciAddress, QList<PciAddress>> functionsOfSlot; // keyed by function 0's address
    for (const PciDevice &device : std::as_const(devices))
        functionsOfSlot[PciAddress{device.address.domain, device.address.bus, device.address.device, 0}].append(device.address);
    for (PciDevice &device : devices)
        device.slotFunctions = functionsOfSlot.value(PciAddress{device.address.domain, device.address.bus, device.address.device, 0});

    configAccess.reset();
    attributeAccess.reset();
    currentWarnings = nullptr;
    for (const QString &warning : libpciWarnings)
        m_reader.warn(warning);
    return devices;
}
