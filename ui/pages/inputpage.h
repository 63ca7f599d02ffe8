#pragma once

#include "pages/steppage.h"

class InputStep;
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

/// Page 3: keyboard and mouse. A VM whose screen is the passed GPU has no window on the host:
/// it takes the host's keyboard and mouse (evdev; both Ctrl keys switch them), or a whole USB
/// controller; a VM without a GPU is shown in a window and needs neither.
class InputPage : public StepPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    InputPage(Wizard *wizard, InputStep *step);
    QString helpText() const override;

    QRadioButton *evdevButton() const { return m_evdev; }
    QRadioButton *usbButton() const { return m_usb; }
    QListWidget *deviceList() const { return m_devices; }
    QComboBox *controllerBox() const { return m_controllers; }
    QLabel *controllersRefusedLabel() const { return m_controllersRefused; }

protected:
    void showModel() override;

private:
    void useEvdev();

    InputStep *m_step;
    QLabel *m_intro;
    QRadioButton *m_evdev;
    QListWidget *m_devices;
    QRadioButton *m_usb;
    QComboBox *m_controllers;
    QLabel *m_controllersRefused; ///< why the controllers not offered cannot go, in full
    QRadioButton *m_none;
};
