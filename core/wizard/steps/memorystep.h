#pragma once

#include "spec/vmspec.h"
#include "wizard/stepmodel.h"

/// The memory step: the guest's size and the hugepages behind it, against the host's RAM.
class MemoryStep : public StepModel
{
    Q_OBJECT

public:
    using StepModel::StepModel;

    /// The size as the user last typed it, refused or not (the field keeps it beside its
    /// error); the plan's once the step is shown afresh.
    qint64 sizeMiB() const;
    /// The most the host can give and keep what it needs.
    qint64 maxSizeMiB() const;
    void setSizeMiB(qint64 mib);
    VmSpec::HugepageSize hugepages() const;
    void setHugepages(VmSpec::HugepageSize size);
    /// Whether the CPU has 1 GiB pages.
    bool gigabytePages() const;
    /// "The host has 31.3 GiB of RAM and keeps at least 4 GiB."
    QString hostText() const;
    void refresh() override;

protected:
    QString topic() const override { return QStringLiteral("memory"); }

private:
    void replan(qint64 mib, std::optional<VmSpec::HugepageSize> size);

    std::optional<qint64> m_typedMiB;
    /// The page size the user chose; unset, each size gets the planner's (1 GiB pages for a
    /// whole number of GiB), so a size that forced 2 MiB pages does not keep them after it.
    std::optional<VmSpec::HugepageSize> m_chosenHugepages;
};
