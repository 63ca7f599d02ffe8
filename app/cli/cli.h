#pragma once

#include <QStringList>

/// The command-line subcommands, on the same core as the GUI.
namespace CommandLine {

/// True when the first argument names a subcommand (or asks for help) rather than the GUI.
bool isCommand(const QString &firstArgument);
/// Runs one subcommand; returns the exit status. Errors go to stderr as one line.
int run(const QStringList &arguments);

} // namespace CommandLine
