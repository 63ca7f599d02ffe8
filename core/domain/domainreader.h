#pragma once

#include "spec/vmspec.h"

#include <QDomDocument>

struct HostScan;

/// An existing domain as a VmSpec, for the wizard's "open existing VM": what maps is read,
/// the rest stays in the document, which the wizard changes with DomainPatches only.
namespace DomainReader {
/// With the host it runs on, passed PCI functions are told apart by what they are there: a USB
/// controller is the VM's input, the slot of a display function its GPU. Without it the first
/// passed slot is taken for the GPU.
VmSpec read(const QDomDocument &domain, const HostScan *host = nullptr);
}
