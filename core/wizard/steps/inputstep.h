#pragma once

#include "util/pciaddress.h"
#include "wizard/stepmodel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The keyboard-and-mouse step: a VM whose screen is the passed GPU takes the host's keyboards
/// and mice with evdev (both Ctrl keys switch them), or a whole USB controller; a VM without a
/// GPU is shown in a window and needs neither.
class InputStep : public StepModel
{
    Q_OBJECT

public:
    enum class Mode { Evdev, UsbController, None };
    struct Device
    {
        QString path;
        QString name;
        bool keyboard = false;
    };
    struct Controller
    {
        PciAddress address;
        QString name;
        bool usable = true;
        QString obstacle;
    };

    using StepModel::StepModel;

    /// Whether the VM shows on a passed GPU (and so needs input of its own).
    bool needed() const;
    QList<Device> devices() const;
    QList<Controller> controllers() const;
    Mode mode() const;
    QStringList chosenDevices() const;
    std::optional<PciAddress> chosenController() const;

    void useEvdev(const QStringList &devices);
    void useUsbController(const PciAddress &controller);
    void useNone();

protected:
    QString topic() const override { return QStringLiteral("input"); }
};
