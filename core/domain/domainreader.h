#pragma once

#include "spec/vmspec.h"

#include <QDomDocument>

/// An existing domain as a VmSpec, for the wizard's "open existing VM": what maps is read,
/// the rest stays in the document, which the wizard changes with DomainPatches only.
namespace DomainReader {
VmSpec read(const QDomDocument &domain);
}
