#pragma once

#include <QString>

/// The checks of what a user types, one rule per field, for the wizard's fields, the command
/// line and profiles alike. Each returns why the text cannot be used, in one sentence that names
/// the value, or an empty string when it can.
namespace FieldChecks {

QString vmName(const QString &name);
/// 1-12 printable ASCII characters, not "Microsoft Hv".
QString vendorId(const QString &vendorId);
/// Empty (libvirt chooses), or six pairs of hex digits naming one (unicast) machine.
QString mac(const QString &mac);
/// A Linux interface name: 1-15 characters, no "/", ":" or white space.
QString bridgeName(const QString &name);
/// A user name for the libvirtd group: empty, or a POSIX login name.
QString userName(const QString &name);
/// A libvirt URI: driver[+transport]://[host]/path, such as qemu:///system.
QString uri(const QString &uri);
/// A folder the files can be written to: it exists and is writable, or can be created.
QString outputFolder(const QString &path);
/// An existing, readable file (an ISO, a ROM); `what` names it in the message.
QString readableFile(const QString &path, const QString &what);

} // namespace FieldChecks
