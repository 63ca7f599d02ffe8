#pragma once

#include <QString>

#include <optional>

/// GPUs that are known not to come back from the resets the kernel has for them: after a VM
/// has used one, it hangs until the host reboots, unless a vendor-specific reset takes over.
namespace ResetQuirks {

/// The family of a GPU the out-of-tree vendor-reset module resets (AMD Polaris, Vega and
/// Navi 1x), or nothing for every other card.
std::optional<QString> vendorResetFamily(quint16 vendorId, quint16 deviceId);

} // namespace ResetQuirks
