#pragma once

#include "spec/vmspec.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>

/// The VM plan as a JSON profile (`--profile FILE`): versioned; unknown keys are reported,
/// not dropped silently.
namespace VmSpecJson {

constexpr int currentVersion = 1;

QByteArray toJson(const VmSpec &spec);
/// `source` names the file in messages; `unknownKeys` receives every key the loader skipped.
Result<VmSpec> fromJson(const QByteArray &json, const QString &source, QStringList *unknownKeys);

} // namespace VmSpecJson
