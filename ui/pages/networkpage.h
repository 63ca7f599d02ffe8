#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class Wizard;

/// Page 5: an existing bridge with its members, a new bridge over an uplink NIC, or NAT with
/// its limits; the NIC model and MAC address.
class NetworkPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NetworkPage(Wizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QRadioButton *existingBridgeButton() const { return m_existing; }
    QRadioButton *newBridgeButton() const { return m_new; }
    QRadioButton *natButton() const { return m_nat; }
    QComboBox *bridgeBox() const { return m_bridges; }
    QComboBox *uplinkBox() const { return m_uplinks; }
    QLineEdit *macEdit() const { return m_mac; }
    QLabel *status() const { return m_status; }

private:
    void replan();

    Wizard *m_wizard;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QRadioButton *m_nat;
    QComboBox *m_bridges;
    QLineEdit *m_newBridge;
    QComboBox *m_uplinks;
    QComboBox *m_model;
    QLineEdit *m_mac;
    QLabel *m_status;
    bool m_usable = true;
    bool m_filling = false;
};
