#pragma once

#include "util/pciaddress.h"
#include "wizard/stepmodel.h"

#include <QList>
#include <QString>

#include <optional>

/// The GPU step: which card the VM gets (or none), the Error 43 fix with its vendor id, a ROM
/// file. Choosing re-plans the card's functions, the fix's default and the VM's input.
class GpuStep : public StepModel
{
    Q_OBJECT

public:
    struct Choice
    {
        std::optional<PciAddress> address; ///< empty: no GPU
        QString name;
        std::optional<int> iommuGroup;
        bool usable = true;
        QString obstacle;  ///< why it cannot be chosen
        bool hostDisplay = false; ///< the host boots or shows its desktop on it
        /// It is refused only because the host uses devices of its group: the user may give
        /// them anyway, after a confirmation that names what the host loses.
        bool overridable = false;
        QString loss;             ///< what the host would lose
    };

    static constexpr const char *vendorIdField = "vendorId";
    static constexpr const char *romField = "rom";

    using StepModel::StepModel;

    /// "No GPU" first, then every GPU of the host.
    QList<Choice> choices() const;
    std::optional<PciAddress> chosen() const;
    void choose(const std::optional<PciAddress> &gpu);
    /// Gives the VM a GPU whose group holds devices the host uses (the user confirmed it).
    void chooseAnyway(const PciAddress &gpu);

    bool error43() const;
    void setError43(bool on);
    QString vendorId() const;
    void setVendorId(const QString &vendorId);
    QString romFile() const;
    void setRomFile(const QString &path);
    /// What the fix does in the VM as it stands, and when it is needed, in words.
    QString error43Text() const;

    void refresh() override;

protected:
    QString topic() const override { return QStringLiteral("gpu"); }
    StepMessages checkFields() const override;

private:
    void replan(const std::optional<PciAddress> &gpu, std::optional<bool> fix);
    StepMessages romMessages() const;

    QString m_vendorId;  ///< as typed, also while it is not a valid id
    QString m_romFile;
};
