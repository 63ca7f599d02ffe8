#pragma once

#include "spec/vmspec.h"
#include "util/hostroot.h"

#include <QString>

struct HostScan;

/// The lint fixes that have a setting in the plan, applied to the plan: after a fix on review
/// the steps show the new value, and the domain is written from it like any other choice.
namespace SpecFixes {

/// True when `fixId` changed the spec; false for fixes the plan has no setting for (they are
/// applied to the domain instead).
bool apply(const QString &fixId, const HostScan &host, const HostRoot &root, VmSpec &spec);

} // namespace SpecFixes
