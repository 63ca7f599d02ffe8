// The profile JSON loader on arbitrary bytes. Invariant: a profile that loads saves to JSON that
// loads to the same profile.
#include "spec/vmspecjson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList unknown;
    const Result<VmSpec> spec = VmSpecJson::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz"), &unknown);
    if (!spec)
        return 0;
    const QByteArray saved = VmSpecJson::toJson(*spec);
    QStringList unknownAgain;
    const Result<VmSpec> again = VmSpecJson::fromJson(saved, QStringLiteral("fuzz"), &unknownAgain);
    if (!again || VmSpecJson::toJson(*again) != saved || !unknownAgain.isEmpty())
        std::abort();
    return 0;
}
