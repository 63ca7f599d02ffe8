#pragma once

#include <QString>
#include <QStringList>

/// Nix syntax for values the user typed: every string goes through quote(), so `"`, `\`,
/// `${` and newlines come out as the same characters, never as code.
namespace NixString {

/// A double-quoted Nix string literal.
QString quote(const QString &text);
/// A Nix list of string literals: [ "a" "b" ].
QString list(const QStringList &items);
/// Text for the inside of an indented string (''...''), coming out as the same characters:
/// every ' becomes ''\' and every ${ becomes ''${, so no sequence can close the string or
/// start an interpolation. Lines are not indented: nothing is stripped from them.
QString indented(const QString &text);

} // namespace NixString
