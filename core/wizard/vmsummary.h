#pragma once

#include "spec/vmspec.h"

#include <QStringList>

struct HostScan;

/// The VM in plain words, one line per part, for the review page and `generate`'s summary:
/// "8 vCPUs on host cores 1-3 with their SMT siblings", "GeForce GTX 1080 with its audio", ...
namespace VmSummary {

QStringList lines(const VmSpec &spec, const HostScan *host);
/// The topology the guest sees: "1 socket, 3 cores, 2 threads per core".
QString topology(const VmSpec::Cpu &cpu);
/// The line above them: the VM's name and its guest ("win10, for Windows 11").
QString heading(const VmSpec &spec);
/// What changes from `before` to `after`, in the same words, a line per part that differs:
/// "16.0 GiB of memory on 1 GiB pages (was: 8.0 GiB of memory)". For an opened VM's review.
QStringList changes(const VmSpec &before, const VmSpec &after, const HostScan *host);

} // namespace VmSummary
