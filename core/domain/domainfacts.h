#pragma once

#include "util/pciaddress.h"

#include <QDomDocument>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// What a domain's XML says, read once into plain values for the lint rules (and, later, the
/// wizard's "open existing VM"). Only reads; unknown parts are simply not represented.
struct DomainFacts
{
    struct Disk
    {
        QString target;
        QString bus;
        QString device; ///< disk, cdrom
        QString type;   ///< block, file, ...
        QString source;
        QString cache;
        QString io;
        QString discard;
        int rotationRate = 0;
    };
    struct Interface
    {
        QString type; ///< network, bridge, direct, user
        QString model;
        QString source; ///< network or bridge name
        QString mac;
    };

    QString name;
    qint64 memoryKiB = 0;
    int vcpus = 0;
    std::optional<int> currentVcpus;
    int sockets = 0, dies = 1, cores = 0, threads = 0; ///< 0: no topology element
    QString cpuMode;
    QStringList cpuFeatures; ///< required or forced features
    QMap<int, QList<int>> pins; ///< vCPU -> host CPUs
    QList<int> emulatorPins;
    bool hugepages = false;
    qint64 hugepageKiB = 0; ///< 0: the host's default size
    QString memballoonModel; ///< empty: none written (libvirt adds virtio)
    QList<PciAddress> pciHostdevs;
    QList<Disk> disks;
    QList<Interface> interfaces;
    QStringList hypervFeatures; ///< enlightenments switched on
    QString hypervMode;
    bool vendorIdSet = false;
    bool kvmHidden = false;
    bool windows = false; ///< judged from libosinfo metadata, Hyper-V features or a local-time clock
    QString vendorId;
    bool tpm = false;
    bool secureBoot = false;
    int iothreads = 0;
    QList<int> iothreadPins;

    static DomainFacts read(const QDomDocument &document);
};
