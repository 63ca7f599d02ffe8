#pragma once

#include "spec/vmspec.h"

#include <QStringList>

/// What the user does after Apply, in order and as rich text: import the NixOS module, rebuild,
/// reboot where the module sets something up at boot, start the VM (its name quoted for a
/// shell), and what installing it takes.
namespace NextSteps {

QStringList list(const VmSpec &spec, const QString &outputDirectory);

} // namespace NextSteps
