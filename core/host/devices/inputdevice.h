#pragma once

#include <QString>

/// A keyboard or mouse of the host, by the stable name udev gives it under /dev/input/by-id:
/// what a VM whose screen is the passed GPU takes with evdev.
struct InputDevice
{
    enum class Kind { Keyboard, Mouse };

    QString path; ///< /dev/input/by-id/usb-Logitech_USB_Keyboard-event-kbd
    Kind kind = Kind::Keyboard;

    /// The device's name without udev's bus prefix and event suffix ("Logitech USB Keyboard").
    QString displayName() const;
};
