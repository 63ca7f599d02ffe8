#pragma once

#include "spec/vmspec.h"
#include "wizard/stepmodel.h"

#include <QList>
#include <QString>

/// The network step: an existing bridge, a new bridge over a NIC, or NAT; the NIC model and its
/// MAC address, checked as they are typed.
class NetworkStep : public StepModel
{
    Q_OBJECT

public:
    struct Interface
    {
        QString name;
        QString label; ///< "br0 (ports: eno2)", "eno2 (default route)", "wlp3s0 (Wi-Fi)"
        bool usable = true;
    };

    static constexpr const char *bridgeNameField = "bridgeName";
    static constexpr const char *macField = "mac";

    using StepModel::StepModel;

    QList<Interface> bridges() const;
    QList<Interface> uplinks() const;

    VmSpec::NetworkMode mode() const;
    QString bridge() const;
    QString newBridgeName() const { return m_newBridgeName; }
    QString uplink() const;
    QString model() const;
    QString mac() const { return m_mac; }

    void useBridge(const QString &bridge);
    void useNewBridge(const QString &name, const QString &uplink);
    void useNat();
    void setModel(const QString &model);
    void setMac(const QString &mac);

    void refresh() override;

protected:
    QString topic() const override { return QStringLiteral("network"); }
    StepMessages checkFields() const override;

private:
    void replan(VmSpec::NetworkMode mode, const QString &bridge, const QString &uplink);

    QString m_newBridgeName;
    QString m_mac; ///< as typed
    QString m_model;
};
