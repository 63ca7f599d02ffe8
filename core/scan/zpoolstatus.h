#pragma once

#include <QString>
#include <QStringList>

/// Reads `zpool status` output: which pools are scrubbing now (a scrub reads every disk of
/// the pool, and a VM on it crawls meanwhile: the article's first slowdown).
namespace ZpoolStatus {
QStringList scrubbingPools(const QString &statusText);
}
