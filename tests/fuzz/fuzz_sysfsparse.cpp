// The sysfs and procfs value parsers on arbitrary bytes. Invariant: a list or mask that parses
// formats to a string that parses back to the same ids; nothing crashes or hangs.
#include "host/kernelcommandline.h"
#include "scan/sysfsparse.h"
#include "util/cpulist.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    if (const auto cpus = CpuList::parse(text)) {
        const auto again = CpuList::parse(CpuList::format(*cpus));
        if (!again || *again != *cpus)
            std::abort();
    }
    if (const auto cpus = CpuList::parseMask(text)) {
        const auto again = CpuList::parseMask(CpuList::formatMask(*cpus));
        if (!again || *again != *cpus)
            std::abort();
    }
    (void)SysfsParse::meminfo(bytes);
    (void)SysfsParse::cpuinfo(bytes);
    (void)SysfsParse::keyValueLines(bytes);
    (void)SysfsParse::defaultRouteInterface(bytes);
    (void)SysfsParse::udevProperties(bytes);
    (void)SysfsParse::hugepageDirSizeKiB(text);
    (void)KernelCommandLine::parse(text);
    return 0;
}
