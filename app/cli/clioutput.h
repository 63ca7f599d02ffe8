#pragma once

#include <QByteArray>
#include <QCommandLineParser>

#include <optional>
#include <QString>

/// What every subcommand prints through: results on stdout, one line per error on stderr.
namespace CliOutput {
void out(const QByteArray &bytes);
inline void out(const QString &text) { out(text.toUtf8()); }
void error(const QString &message);

/// Parses a subcommand's arguments; returns an exit status when the command is done already
/// (bad arguments: 2 with the message; --help: 0 with the help text).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

/// A file's contents, or nothing after telling the user (naming the file) why not.
std::optional<QString> readFile(const QString &path);
} // namespace CliOutput
