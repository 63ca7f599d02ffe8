#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

/// The part of `vfio-wizard lint` both the main program and the libvirt module share.
namespace LintCommand {

QList<QCommandLineOption> options();
/// Lints one domain's XML and prints the findings; `source` names it in messages.
int report(const QCommandLineParser &parser, const QString &xml, const QString &source);

} // namespace LintCommand
