#pragma once

#include <QCoreApplication>

/// The translation context of every command-line message, named so that lupdate and the
/// running program agree on it ("Cli").
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
