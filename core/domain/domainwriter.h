#pragma once

#include <QDomDocument>
#include <QString>

struct VmSpec;

/// Writes a complete libvirt domain for a VmSpec from the pieces, in a fixed order.
class DomainWriter
{
public:
    static QDomDocument document(const VmSpec &spec);
    static QString write(const VmSpec &spec);
};
