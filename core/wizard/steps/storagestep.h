#pragma once

#include "plan/storageplanner.h"
#include "spec/vmspec.h"
#include "wizard/stepmodel.h"

#include <QList>
#include <QString>

/// The storage step: the boot disk (zvol, LV, whole disk or image file), how it is attached,
/// what installs the system on it (an installer ISO, or an installed system booting as it is),
/// the virtio-win ISO and driver staging.
class StorageStep : public StepModel
{
    Q_OBJECT

public:
    struct Source
    {
        QString path;  ///< what the VM gets; empty for "an image file"
        QString label; ///< "zvol tank/win10, 200 GiB, HDD"
        bool usable = true;
        QString obstacle; ///< why the host needs it
        bool overridable = false; ///< the user may give it anyway, after a confirmation
        QString loss;             ///< what the host would lose
    };

    static constexpr const char *installIsoField = "installIso";
    static constexpr const char *virtioIsoField = "virtioIso";
    static constexpr const char *imageField = "image";

    using StepModel::StepModel;

    /// The host's disks, zvols and LVs, then "an image file".
    QList<Source> sources() const;
    /// The chosen source's path, or empty for an image file.
    QString source() const { return m_source; }
    void setSource(const QString &path);
    /// Gives the VM a disk the host uses (the user confirmed it).
    void setSourceAnyway(const QString &path);
    QString imagePath() const { return m_imagePath; }
    void setImagePath(const QString &path);
    int imageGiB() const { return m_imageGiB; }
    void setImageGiB(int gib);

    VmSpec::Disk disk() const;
    void setBus(VmSpec::DiskBus bus);
    void setCache(const QString &cache);
    void setIo(const QString &io);
    void setDiscard(bool discard);

    /// True: an installer ISO boots first; false: the disk holds an installed system.
    bool installFromIso() const { return m_installFromIso; }
    void setInstallFromIso(bool fromIso);
    QString installIso() const { return m_installIso; }
    void setInstallIso(const QString &path);
    QString virtioIso() const { return m_virtioIso; }
    void setVirtioIso(const QString &path);
    bool staging() const;
    void setStaging(bool on);
    bool windows() const;

    void refresh() override;

protected:
    QString topic() const override { return QString::fromUtf16(StoragePlanner::topic); }
    StepMessages checkFields() const override;

private:
    void replan();

    QString m_source;
    QString m_imagePath;
    int m_imageGiB = 64;
    bool m_installFromIso = true;
    QString m_installIso;
    QString m_virtioIso;
    bool m_staging = false;
    std::optional<VmSpec::DiskBus> m_bus;
    std::optional<QString> m_cache;
    std::optional<QString> m_io;
    std::optional<bool> m_discard;
};
