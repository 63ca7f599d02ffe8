#pragma once

#include <QByteArray>
#include <QString>

/// What every subcommand prints through: results on stdout, one line per error on stderr.
namespace CliOutput {
void out(const QByteArray &bytes);
inline void out(const QString &text) { out(text.toUtf8()); }
void error(const QString &message);
} // namespace CliOutput
