#pragma once

#include <QStringList>

/// The subcommands; each takes its arguments (the first names the command) and returns the
/// exit status.
namespace Commands {
int scan(const QStringList &arguments);
int generate(const QStringList &arguments);
int patch(const QStringList &arguments);
int lint(const QStringList &arguments);
} // namespace Commands
