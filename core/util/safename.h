#pragma once

#include <QString>

/// Names made from what the user typed (a VM's name) for places with rules of their own.
namespace SafeName {

/// A string escaped the way `systemd-escape` does it for a unit name: ASCII letters, digits,
/// ':', '_' and '.' stay, '/' becomes '-', every other byte of the UTF-8 text (and a leading
/// '.') becomes `\xNN`.
QString systemdEscape(const QString &text);

/// A whole unit name `prefix` + escaped `text` + `suffix` (".service"), kept within systemd's
/// 255 characters: an escape too long is cut at an escape boundary and a hash of the text is
/// added, so different names still give different units.
QString systemdUnit(const QString &prefix, const QString &text, const QString &suffix);

/// A file name made from a VM name, safe to create in any directory: no '/', NUL or control
/// characters, no leading '.' (hidden, or "." and "..") or '-' (read as an option by tools),
/// and at most 200 bytes so that suffixes (".profile.json", "-<UTC>.xml") still fit in 255. A
/// plain name comes out as it went in.
QString fileName(const QString &vmName);

} // namespace SafeName
