#pragma once

#include <QDomDocument>

#include <cstdint>
#include <optional>

/// The fuzzer's bytes as a libvirt domain, or nothing when they are not one.
inline std::optional<QDomDocument> domainFromBytes(const uint8_t *data, size_t size)
{
    QDomDocument document;
    if (!document.setContent(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))))
        return std::nullopt;
    if (document.documentElement().tagName() != QLatin1String("domain"))
        return std::nullopt;
    return document;
}
