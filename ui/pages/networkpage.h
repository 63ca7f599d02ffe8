#pragma once

#include "pages/steppage.h"

class NetworkStep;
class QComboBox;
class QLineEdit;
class QRadioButton;

/// Page 6: an existing bridge, a new bridge over a NIC, or NAT; the NIC model and its MAC
/// address, each checked as it is typed.
class NetworkPage : public StepPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    NetworkPage(Wizard *wizard, NetworkStep *step);
    QString helpText() const override;

    QRadioButton *existingButton() const { return m_existing; }
    QRadioButton *newBridgeButton() const { return m_new; }
    QRadioButton *natButton() const { return m_nat; }
    QComboBox *bridgeBox() const { return m_bridges; }
    QComboBox *uplinkBox() const { return m_uplinks; }
    QLineEdit *bridgeNameEdit() const { return m_newBridge; }
    QComboBox *modelBox() const { return m_model; }
    QLineEdit *macEdit() const { return m_mac; }

protected:
    void showModel() override;
    QWidget *initialFocus() const override;

private:
    void choose();

    NetworkStep *m_step;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QRadioButton *m_nat;
    QComboBox *m_bridges;
    QLineEdit *m_newBridge;
    QComboBox *m_uplinks;
    QComboBox *m_model;
    QLineEdit *m_mac;
};
