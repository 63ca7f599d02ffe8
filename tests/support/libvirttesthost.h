#pragma once

#include <QDomDocument>
#include <QString>

/// The real libvirtd the test script started (scripts/with-libvirtd.sh), and the changes a
/// generated domain needs to run on this test machine. Those changes happen in tests only.
namespace LibvirtTestHost {

/// The URI of the daemon, or empty when none was started.
QString uri();
/// True when the test script promised a daemon: its absence is then a failure, not a skip.
bool required();
/// Makes a generated domain fit this machine: no /dev/kvm (type qemu, a named CPU model),
/// no devices to pass through (hostdevs dropped), only 2 MiB hugepages mounted.
void adaptToThisMachine(QDomDocument &domain);

} // namespace LibvirtTestHost

/// In a test's initTestCase(): skips without the daemon, or fails where the script promised one.
#define VFIO_REQUIRE_LIBVIRTD()                                                                    \
    do {                                                                                           \
        if (LibvirtTestHost::uri().isEmpty()) {                                                    \
            if (LibvirtTestHost::required())                                                       \
                QFAIL("scripts/with-libvirtd.sh should have started libvirtd");                    \
            QSKIP("no libvirtd: run through scripts/test.sh as root");                             \
        }                                                                                          \
    } while (false)
