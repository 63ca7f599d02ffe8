#pragma once

#include <QFunctionPointer>
#include <QString>

/// The parts of vfio-wizard that load on demand: the GUI (Qt Widgets) and the libvirt
/// commands (libvirt and its fifty libraries), so that `scan` and `generate` start fast.
namespace Modules {

/// A symbol of a module found beside the executable (build tree) or in the install's lib dir;
/// null with `error` set when it cannot be loaded.
QFunctionPointer resolve(const QString &module, const char *symbol, QString *error);

} // namespace Modules
