#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The kernel command line (`/proc/cmdline`) as parameters, quoted values kept whole. Names
/// compare as the kernel compares them: `-` and `_` are the same.
class KernelCommandLine
{
public:
    struct Parameter
    {
        QString name;
        std::optional<QString> value;
    };

    static KernelCommandLine parse(QStringView text);

    const QList<Parameter> &parameters() const { return m_parameters; }
    bool contains(QStringView name) const;
    /// The value of the last occurrence, as the kernel takes it.
    std::optional<QString> value(QStringView name) const;
    /// Every value a repeated parameter (`hugepagesz=`, `hugepages=`) was given, in order.
    QStringList values(QStringView name) const;

private:
    QList<Parameter> m_parameters;
};
