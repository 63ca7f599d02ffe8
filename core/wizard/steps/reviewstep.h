#pragma once

#include "apply/applyrunner.h"
#include "lint/linter.h"
#include "wizard/stepmodel.h"

#include <QStringList>

/// The review step: the VM in plain words, the checks with their fixes, where the files go
/// (checked before Apply, with the reason when it cannot be written), and what Apply will do.
class ReviewStep : public StepModel
{
    Q_OBJECT

public:
    static constexpr const char *outputField = "output";

    using StepModel::StepModel;

    QStringList summary() const;
    /// The summary's heading: the VM's name and its guest.
    QString heading() const;
    /// An opened VM: what the wizard changes in it, a line per part; empty for a new VM.
    QStringList changes() const;
    QList<LintFinding> findings() const;
    void fix(const QString &fixId);
    /// Applies every offered fix, each once.
    void fixAll();
    /// Edits to an opened VM that Apply cannot make, in words.
    QStringList notApplied() const;

    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
    bool define() const;
    void setDefine(bool define);
    bool overwrite() const;
    void setOverwrite(bool overwrite);
    bool testBoot() const;
    void setTestBoot(bool testBoot);
    /// Why a test boot cannot run here (libvirt's test driver, a remote host), or empty.
    QString testBootObstacle() const;

    QList<ApplyRunner::Job> jobs(const QString &backupDirectory) const;

    void refresh() override;

private:
    void check();
};
