#pragma once

#include "support/cliprocess.h"

#include <QDomDocument>
#include <QString>
#include <QStringList>

/// The real libvirtd the test script started (scripts/with-libvirtd.sh), and the changes a
/// generated domain needs to run on this test machine. Those changes happen in tests only.
namespace LibvirtTestHost {

/// The URI of the daemon, or empty when none was started.
QString uri();
/// True when the test script promised a daemon: its absence is then a failure, not a skip.
bool required();
/// Why the script has no daemon to offer (it did not start, or never finished probing QEMU).
QString problem();
/// Whether KVM runs guests like the suite's here, as the script found by starting one; without
/// the script, whether /dev/kvm exists.
bool kvmRunsGuests();
/// Why KVM does not (no /dev/kvm, QEMU's user cannot open it, nested KVM refused the guest).
QString kvmReason();
/// Makes a generated domain fit this machine: TCG with a named CPU model where KVM cannot run
/// it, no devices to pass through (hostdevs dropped), only 2 MiB hugepages mounted.
void adaptToThisMachine(QDomDocument &domain);

/// virsh against the test daemon with a deadline. After one call hung, later ones fail at once
/// naming it: a stuck daemon costs one timeout, not one per test row.
CliProcess::Run virsh(const QStringList &arguments, int timeoutMs = 60000);

} // namespace LibvirtTestHost

/// In a test's initTestCase(): skips without the daemon, or fails where the script promised one.
#define VFIO_REQUIRE_LIBVIRTD()                                                                    \
    do {                                                                                           \
        if (LibvirtTestHost::uri().isEmpty()) {                                                    \
            if (LibvirtTestHost::required())                                                       \
                QFAIL(qPrintable(QStringLiteral("scripts/with-libvirtd.sh should have started libvirtd: ") \
                                 + LibvirtTestHost::problem()));                                   \
            QSKIP("no libvirtd: run through scripts/test.sh as root");                             \
        }                                                                                          \
    } while (false)
