#pragma once

#include "spec/vmspec.h"

#include <QStringList>

/// What the user does after Apply, in order and as rich text: import the NixOS module, rebuild,
/// reboot where the module sets something up at boot, start the VM (its name quoted for a
/// shell), and what installing it takes.
namespace NextSteps {

/// `openedFile`: the domain XML file an opened VM was read from, which Apply leaves as it is.
QStringList list(const VmSpec &spec, const QString &outputDirectory, const QString &openedFile = {});

} // namespace NextSteps
