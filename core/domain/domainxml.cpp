#include "domain/domainxml.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace DomainXml {

namespace {

/// The order libvirt formats child elements in, per parent; unknown elements keep their place.
const QHash<QString, QStringList> &canonicalOrders()
{
    static const QHash<QString, QStringList> orders = {
        {u"domain"_s,
         {u"name"_s, u"uuid"_s, u"genid"_s, u"title"_s, u"description"_s, u"metadata"_s, u"maxMemory"_s, u"memory"_s, u"currentMemory"_s,
          u"blkiotune"_s, u"memtune"_s, u"memoryBacking"_s, u"vcpu"_s, u"vcpus"_s, u"iothreads"_s, u"iothreadids"_s, u"cputune"_s,
          u"numatune"_s, u"resource"_s, u"sysinfo"_s, u"bootloader"_s, u"os"_s, u"idmap"_s, u"features"_s, u"cpu"_s, u"clock"_s,
          u"on_poweroff"_s, u"on_reboot"_s, u"on_crash"_s, u"on_lockfailure"_s, u"pm"_s, u"perf"_s, u"devices"_s, u"seclabel"_s,
          u"keywrap"_s, u"launchSecurity"_s}},
        {u"devices"_s,
         {u"emulator"_s, u"disk"_s, u"controller"_s, u"lease"_s, u"filesystem"_s, u"interface"_s, u"smartcard"_s, u"serial"_s,
          u"parallel"_s, u"console"_s, u"channel"_s, u"input"_s, u"tpm"_s, u"graphics"_s, u"sound"_s, u"audio"_s, u"video"_s, u"hostdev"_s,
          u"redirdev"_s, u"redirfilter"_s, u"hub"_s, u"watchdog"_s, u"memballoon"_s, u"rng"_s, u"panic"_s, u"shmem"_s, u"memory"_s,
          u"iommu"_s, u"vsock"_s}},
        {u"features"_s,
         {u"acpi"_s, u"apic"_s, u"pae"_s, u"hap"_s, u"viridian"_s, u"privnet"_s, u"hyperv"_s, u"kvm"_s, u"xen"_s, u"pvspinlock"_s,
          u"capabilities"_s, u"pmu"_s, u"vmport"_s, u"gic"_s, u"smm"_s, u"ioapic"_s, u"hpt"_s, u"htm"_s, u"nested-hv"_s, u"msrs"_s, u"ccf-assist"_s,
          u"cfpc"_s, u"sbbc"_s, u"ibs"_s, u"tcg"_s}},
        {u"hyperv"_s,
         {u"relaxed"_s, u"vapic"_s, u"spinlocks"_s, u"vpindex"_s, u"runtime"_s, u"synic"_s, u"stimer"_s, u"reset"_s, u"vendor_id"_s,
          u"frequencies"_s, u"reenlightenment"_s, u"tlbflush"_s, u"ipi"_s, u"evmcs"_s, u"avic"_s}},
        {u"cputune"_s,
         {u"shares"_s, u"period"_s, u"quota"_s, u"global_period"_s, u"global_quota"_s, u"emulator_period"_s, u"emulator_quota"_s,
          u"iothread_period"_s, u"iothread_quota"_s, u"vcpupin"_s, u"emulatorpin"_s, u"iothreadpin"_s, u"vcpusched"_s,
          u"iothreadsched"_s, u"emulatorsched"_s, u"cachetune"_s, u"memorytune"_s}},
        {u"os"_s, {u"type"_s, u"firmware"_s, u"loader"_s, u"nvram"_s, u"kernel"_s, u"initrd"_s, u"cmdline"_s, u"dtb"_s, u"boot"_s, u"bootmenu"_s, u"smbios"_s, u"bios"_s}},
        {u"cpu"_s, {u"model"_s, u"vendor"_s, u"topology"_s, u"cache"_s, u"maxphysaddr"_s, u"feature"_s, u"numa"_s}},
        {u"clock"_s, {u"timer"_s}},
        {u"disk"_s, {u"driver"_s, u"source"_s, u"backingStore"_s, u"target"_s, u"iotune"_s, u"boot"_s, u"readonly"_s, u"shareable"_s, u"serial"_s, u"wwn"_s, u"address"_s}},
        {u"hostdev"_s, {u"driver"_s, u"source"_s, u"boot"_s, u"rom"_s, u"address"_s}},
        {u"interface"_s, {u"mac"_s, u"source"_s, u"virtualport"_s, u"target"_s, u"model"_s, u"driver"_s, u"address"_s}},
    };
    return orders;
}

qsizetype rank(const QStringList &order, const QString &tag)
{
    const qsizetype index = order.indexOf(tag);
    return index < 0 ? order.size() : index;
}

/// Attributes people look for first lead; the rest follow alphabetically.
QStringList sortedAttributes(const QDomNamedNodeMap &attributes)
{
    static const QStringList leading = {u"type"_s, u"device"_s, u"model"_s, u"mode"_s, u"name"_s, u"managed"_s,
                                        u"placement"_s, u"state"_s, u"vcpu"_s, u"iothread"_s, u"value"_s, u"size"_s,
                                        u"unit"_s, u"domain"_s, u"bus"_s, u"slot"_s, u"function"_s};
    QStringList names;
    for (int i = 0; i < attributes.count(); ++i)
        names << attributes.item(i).nodeName();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const qsizetype ra = rank(leading, a), rb = rank(leading, b);
        return ra != rb ? ra < rb : a < b;
    });
    return names;
}

void writeNode(QXmlStreamWriter &out, const QDomNode &node)
{
    if (node.isComment()) {
        out.writeComment(node.nodeValue());
        return;
    }
    if (node.isProcessingInstruction()) {
        const QDomProcessingInstruction pi = node.toProcessingInstruction();
        out.writeProcessingInstruction(pi.target(), pi.data());
        return;
    }
    if (node.isText() || node.isCDATASection()) {
        if (!node.nodeValue().trimmed().isEmpty())
            out.writeCharacters(node.nodeValue());
        return;
    }
    if (!node.isElement())
        return;
    const QDomElement element = node.toElement();
    bool hasChildren = false;
    for (QDomNode c = element.firstChild(); !c.isNull(); c = c.nextSibling())
        if (c.isElement() || c.isComment() || !c.nodeValue().trimmed().isEmpty())
            hasChildren = true;
    if (hasChildren)
        out.writeStartElement(element.tagName());
    else
        out.writeEmptyElement(element.tagName());
    const QDomNamedNodeMap attributes = element.attributes();
    for (const QString &name : sortedAttributes(attributes))
        out.writeAttribute(name, attributes.namedItem(name).nodeValue());
    if (!hasChildren)
        return;
    for (QDomNode c = element.firstChild(); !c.isNull(); c = c.nextSibling())
        writeNode(out, c);
    out.writeEndElement();
}

} // namespace

QDomElement existing(const QDomElement &parent, const QString &tag)
{
    return parent.firstChildElement(tag);
}

QList<QDomElement> children(const QDomElement &parent, const QString &tag)
{
    QList<QDomElement> list;
    for (QDomElement e = parent.firstChildElement(tag); !e.isNull(); e = e.nextSiblingElement(tag))
        list << e;
    return list;
}

QDomElement append(QDomElement parent, const QString &tag)
{
    // A null parent has no document to create in: QDom would follow a null pointer.
    if (parent.isNull())
        return {};
    QDomElement element = parent.ownerDocument().createElement(tag);
    const QStringList order = canonicalOrders().value(parent.tagName());
    const qsizetype myRank = rank(order, tag);
    // Insert before the first sibling that libvirt writes after this element.
    for (QDomElement sibling = parent.firstChildElement(); !sibling.isNull(); sibling = sibling.nextSiblingElement()) {
        if (!order.isEmpty() && order.contains(sibling.tagName()) && rank(order, sibling.tagName()) > myRank) {
            parent.insertBefore(element, sibling);
            return element;
        }
    }
    parent.appendChild(element);
    return element;
}

QDomElement child(QDomElement parent, const QString &tag)
{
    QDomElement found = parent.firstChildElement(tag);
    return found.isNull() ? append(parent, tag) : found;
}

void removeChildren(QDomElement parent, const QString &tag)
{
    for (const QDomElement &e : children(parent, tag))
        parent.removeChild(e);
}

void setText(QDomElement element, const QString &text)
{
    if (element.isNull())
        return;
    while (element.hasChildNodes())
        element.removeChild(element.firstChild());
    element.appendChild(element.ownerDocument().createTextNode(text));
}

void setPciAddress(QDomElement address, int domain, int bus, int slot, int function)
{
    address.setAttribute(QStringLiteral("domain"), QStringLiteral("0x%1").arg(domain, 4, 16, QLatin1Char('0')));
    address.setAttribute(QStringLiteral("bus"), QStringLiteral("0x%1").arg(bus, 2, 16, QLatin1Char('0')));
    address.setAttribute(QStringLiteral("slot"), QStringLiteral("0x%1").arg(slot, 2, 16, QLatin1Char('0')));
    address.setAttribute(QStringLiteral("function"), QStringLiteral("0x%1").arg(function, 1, 16));
}

QString toText(const QDomDocument &document)
{
    QString text;
    QXmlStreamWriter out(&text);
    out.setAutoFormatting(true);
    out.setAutoFormattingIndent(2);
    for (QDomNode node = document.firstChild(); !node.isNull(); node = node.nextSibling())
        writeNode(out, node);
    out.writeEndDocument();
    // Auto-formatting starts the first element on a new line.
    while (text.startsWith(u'\n'))
        text.remove(0, 1);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

} // namespace DomainXml
