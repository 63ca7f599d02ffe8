#pragma once

#include <QDomDocument>
#include <QString>
#include <QStringList>

/// The domain corpus of the lossless tests: real-world domains in tests/data/domains/.
namespace DomainCorpus {

QString dir();
QStringList files();
/// A corpus domain (fails the test program when it does not parse).
QDomDocument load(const QString &file);
/// A document from text (a written domain read back).
QDomDocument reparse(const QString &text);

} // namespace DomainCorpus
