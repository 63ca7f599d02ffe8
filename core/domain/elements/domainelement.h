#pragma once

#include "domain/model/element.h"

/// The root <domain>: identity, memory, vCPU count, lifecycle and power management.
class DomainElement : public Element
{
public:
    static constexpr char16_t tag[] = u"domain";
    using Element::Element;

    static inline const ChildOrder order{tag,
        {u"name", u"uuid", u"genid", u"title", u"description", u"metadata", u"maxMemory", u"memory", u"currentMemory",
         u"blkiotune", u"memtune", u"memoryBacking", u"vcpu", u"vcpus", u"iothreads", u"iothreadids", u"cputune",
         u"numatune", u"resource", u"sysinfo", u"bootloader", u"os", u"idmap", u"features", u"cpu", u"clock",
         u"on_poweroff", u"on_reboot", u"on_crash", u"on_lockfailure", u"pm", u"perf", u"devices", u"seclabel",
         u"keywrap", u"launchSecurity"}};

    /// kvm: hardware virtualisation; qemu: QEMU's emulator (TCG), many times slower.
    static inline const Property<Codec::Text> type{tag, u"@type"};
    static constexpr char16_t kvm[] = u"kvm";
    static inline const Property<Codec::Text> name{tag, u"name"};
    static inline const Property<Codec::Text> uuid{tag, u"uuid"};
    static inline const Property<Codec::Text> title{tag, u"title"};
    static inline const Property<Codec::Int> memory{tag, u"memory"};
    static inline const Property<Codec::Text> memoryUnit{tag, u"memory/@unit"};
    static inline const Property<Codec::Int> currentMemory{tag, u"currentMemory"};
    static inline const Property<Codec::Text> currentMemoryUnit{tag, u"currentMemory/@unit"};
    static inline const Property<Codec::Int> vcpus{tag, u"vcpu"};
    static inline const Property<Codec::Text> vcpuPlacement{tag, u"vcpu/@placement"};
    static inline const Property<Codec::Int> currentVcpus{tag, u"vcpu/@current"};
    static inline const Property<Codec::CpuSet> vcpuCpuset{tag, u"vcpu/@cpuset"};
    static inline const Property<Codec::Int> iothreads{tag, u"iothreads"};
    static inline const Property<Codec::Text> onPoweroff{tag, u"on_poweroff"};
    static inline const Property<Codec::Text> onReboot{tag, u"on_reboot"};
    static inline const Property<Codec::Text> onCrash{tag, u"on_crash"};
    static inline const Property<Codec::YesNo> suspendToMem{tag, u"pm/suspend-to-mem/@enabled"};
    static inline const Property<Codec::YesNo> suspendToDisk{tag, u"pm/suspend-to-disk/@enabled"};

    /// The root of a document (null when the document has no <domain> root).
    static DomainElement of(const QDomDocument &document);
    /// A new document with an empty <domain type="kvm">.
    static QDomDocument create();

    /// The memory size in KiB, whatever unit the domain spells it in.
    qint64 memoryKiB() const;
    /// Sets memory and current memory to the same size.
    void setMemoryMiB(qint64 mib);
    /// The libosinfo id virt-manager records ("http://microsoft.com/win/10"), or empty.
    QString osInfoId() const;

    /// A size in libvirt's units (b, KiB, MiB, GB, ...; empty means KiB) in KiB.
    static qint64 toKiB(qint64 value, const QString &unit);
};
