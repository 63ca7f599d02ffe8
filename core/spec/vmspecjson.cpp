#include "spec/vmspecjson.h"

#include "spec/enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace VmSpecJson {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmSpecJson)
};

QJsonArray ints(const QList<int> &list)
{
    QJsonArray array;
    for (int v : list)
        array.append(v);
    return array;
}

/// Reads fields of one JSON object, remembering which keys it used and the first error.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error, QStringList *unknown)
        : m_object(object), m_path(std::move(path)), m_error(error), m_unknown(unknown)
    {
    }
    ~Reader()
    {
        if (!m_unknown)
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_used.contains(it.key()))
                m_unknown->append(m_path + it.key());
    }

    QJsonValue take(const QString &key, QJsonValue::Type type)
    {
        m_used << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return QJsonValue::Undefined;
        const bool numberOk = type == QJsonValue::Double && value.isDouble();
        if (value.type() != type && !numberOk) {
            fail(Tr::tr("%1%2: wrong type").arg(m_path, key));
            return QJsonValue::Undefined;
        }
        return value;
    }
    void read(const QString &key, QString &out)
    {
        if (const QJsonValue v = take(key, QJsonValue::String); !v.isUndefined())
            out = v.toString();
    }
    void read(const QString &key, bool &out)
    {
        if (const QJsonValue v = take(key, QJsonValue::Bool); !v.isUndefined())
            out = v.toBool();
    }
    template<typename Int>
    void readInt(const QString &key, Int &out)
    {
        if (const QJsonValue v = take(key, QJsonValue::Double); !v.isUndefined())
            out = Int(v.toInteger());
    }
    void read(const QString &key, QList<int> &out)
    {
        if (const QJsonValue v = take(key, QJsonValue::Array); !v.isUndefined()) {
            out.clear();
            for (const QJsonValue &item : v.toArray())
                out << item.toInt();
        }
    }
    void read(const QString &key, QStringList &out)
    {
        if (const QJsonValue v = take(key, QJsonValue::Array); !v.isUndefined()) {
            out.clear();
            for (const QJsonValue &item : v.toArray())
                out << item.toString();
        }
    }
    template<typename Enum>
    void read(const QString &key, const EnumNames<Enum> &names, Enum &out)
    {
        if (const QJsonValue v = take(key, QJsonValue::String); !v.isUndefined()) {
            if (const auto e = names.value(v.toString()))
                out = *e;
            else
                fail(Tr::tr("%1%2: \"%3\" is not one of %4").arg(m_path, key, v.toString(), names.names().join(u", "_s)));
        }
    }
    QJsonObject object(const QString &key) { return take(key, QJsonValue::Object).toObject(); }
    QJsonArray array(const QString &key) { return take(key, QJsonValue::Array).toArray(); }
    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }
    const QString &path() const { return m_path; }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QStringList *m_unknown;
    QStringList m_used;
};

} // namespace

QByteArray toJson(const VmSpec &spec)
{
    QStringList functions;
    for (const PciAddress &a : spec.gpu.functions)
        functions << a.toString();
    QStringList groupDevices;
    for (const PciAddress &a : spec.gpu.groupDevices)
        groupDevices << a.toString();
    QJsonArray cells;
    for (const VmSpec::NumaCell &cell : spec.cpu.numaCells)
        cells.append(QJsonObject{{u"vcpus"_s, ints(cell.vcpus)}, {u"hostNode"_s, cell.hostNode}});
    QJsonArray disks;
    for (const VmSpec::Disk &d : spec.disks) {
        disks.append(QJsonObject{
            {u"source"_s, Names::diskSource.name(d.source)}, {u"path"_s, d.path}, {u"bus"_s, Names::diskBus.name(d.bus)},
            {u"cache"_s, d.cache}, {u"io"_s, d.io}, {u"discard"_s, d.discard}, {u"rotationRate"_s, d.rotationRate},
            {u"sizeBytes"_s, d.sizeBytes}});
    }
    const QJsonObject object{
        {u"version"_s, spec.version},
        {u"name"_s, spec.name},
        {u"os"_s, Names::os.name(spec.os)},
        {u"gpu"_s, QJsonObject{{u"address"_s, spec.gpu.address ? spec.gpu.address->toString() : QString()},
                               {u"functions"_s, QJsonArray::fromStringList(functions)},
                               {u"functionIds"_s, QJsonArray::fromStringList(spec.gpu.functionIds)},
                               {u"romFile"_s, spec.gpu.romFile},
                               {u"groupDevices"_s, QJsonArray::fromStringList(groupDevices)}}},
        {u"error43"_s, QJsonObject{{u"enabled"_s, spec.error43.enabled}, {u"vendorId"_s, spec.error43.vendorId}}},
        {u"cpu"_s, QJsonObject{{u"vcpus"_s, spec.cpu.vcpus}, {u"sockets"_s, spec.cpu.sockets}, {u"dies"_s, spec.cpu.dies},
                               {u"cores"_s, spec.cpu.cores}, {u"threads"_s, spec.cpu.threads}, {u"pins"_s, ints(spec.cpu.pins)},
                               {u"emulatorPins"_s, ints(spec.cpu.emulatorPins)},
                               {u"iothreadPins"_s, ints(spec.cpu.iothreadPins)}, {u"iothreads"_s, spec.cpu.iothreads},
                               {u"amdTopoext"_s, spec.cpu.amdTopoext}, {u"numaCells"_s, cells},
                               {u"isolateHost"_s, spec.cpu.isolateHost}}},
        {u"memory"_s, QJsonObject{{u"sizeMiB"_s, spec.memory.sizeMiB}, {u"hugepages"_s, Names::hugepages.name(spec.memory.hugepages)},
                                  {u"hugepageCount"_s, spec.memory.hugepageCount}, {u"hostNodes"_s, ints(spec.memory.hostNodes)}}},
        {u"network"_s, QJsonObject{{u"mode"_s, Names::networkMode.name(spec.network.mode)}, {u"bridge"_s, spec.network.bridge},
                                   {u"uplink"_s, spec.network.uplink}, {u"mac"_s, spec.network.mac}, {u"model"_s, spec.network.model}}},
        {u"disks"_s, disks},
        {u"input"_s, QJsonObject{{u"evdev"_s, QJsonArray::fromStringList(spec.input.evdev)},
                                 {u"usbController"_s, spec.input.usbController ? spec.input.usbController->toString() : QString()}}},
        {u"installIso"_s, spec.installIso},
        {u"virtioIso"_s, spec.virtioIso},
        {u"driverStaging"_s, spec.driverStaging},
        {u"tpm"_s, spec.tpm},
        {u"secureBoot"_s, spec.secureBoot},
        {u"user"_s, spec.user},
        {u"defineAtBoot"_s, spec.defineAtBoot},
        {u"allowHostUse"_s, QJsonArray::fromStringList(spec.allowedHostUse)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<VmSpec> fromJson(const QByteArray &json, const QString &source, QStringList *unknownKeys)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Tr::tr("%1: not JSON at byte %2: %3").arg(source).arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return Error{Tr::tr("%1: a profile is a JSON object").arg(source)};
    QString error;
    VmSpec spec;
    {
        Reader top(document.object(), QString(), &error, unknownKeys);
        top.readInt(u"version"_s, spec.version);
        if (spec.version > currentVersion)
            return Error{Tr::tr("%1: profile version %2 is newer than this VFIO Wizard reads (%3)").arg(source).arg(spec.version).arg(currentVersion)};
        top.read(u"name"_s, spec.name);
        top.read(u"os"_s, Names::os, spec.os);
        {
            Reader gpu(top.object(u"gpu"_s), u"gpu."_s, &error, unknownKeys);
            QString address;
            gpu.read(u"address"_s, address);
            if (!address.isEmpty()) {
                spec.gpu.address = PciAddress::parse(address);
                if (!spec.gpu.address)
                    gpu.fail(Tr::tr("gpu.address: \"%1\" is not a PCI address").arg(address));
            }
            QStringList functions;
            gpu.read(u"functions"_s, functions);
            for (const QString &f : functions) {
                if (const auto a = PciAddress::parse(f))
                    spec.gpu.functions << *a;
                else
                    gpu.fail(Tr::tr("gpu.functions: \"%1\" is not a PCI address").arg(f));
            }
            gpu.read(u"functionIds"_s, spec.gpu.functionIds);
            gpu.read(u"romFile"_s, spec.gpu.romFile);
            QStringList groupDevices;
            gpu.read(u"groupDevices"_s, groupDevices);
            for (const QString &d : groupDevices) {
                if (const auto a = PciAddress::parse(d))
                    spec.gpu.groupDevices << *a;
                else
                    gpu.fail(Tr::tr("gpu.groupDevices: \"%1\" is not a PCI address").arg(d));
            }
        }
        {
            Reader e43(top.object(u"error43"_s), u"error43."_s, &error, unknownKeys);
            e43.read(u"enabled"_s, spec.error43.enabled);
            e43.read(u"vendorId"_s, spec.error43.vendorId);
        }
        {
            Reader cpu(top.object(u"cpu"_s), u"cpu."_s, &error, unknownKeys);
            cpu.readInt(u"vcpus"_s, spec.cpu.vcpus);
            cpu.readInt(u"sockets"_s, spec.cpu.sockets);
            cpu.readInt(u"dies"_s, spec.cpu.dies);
            cpu.readInt(u"cores"_s, spec.cpu.cores);
            cpu.readInt(u"threads"_s, spec.cpu.threads);
            cpu.read(u"pins"_s, spec.cpu.pins);
            cpu.read(u"emulatorPins"_s, spec.cpu.emulatorPins);
            cpu.read(u"iothreadPins"_s, spec.cpu.iothreadPins);
            cpu.readInt(u"iothreads"_s, spec.cpu.iothreads);
            cpu.read(u"amdTopoext"_s, spec.cpu.amdTopoext);
            const QJsonArray cells = cpu.array(u"numaCells"_s);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                Reader cell(cells[i].toObject(), u"cpu.numaCells[%1]."_s.arg(i), &error, unknownKeys);
                VmSpec::NumaCell c;
                cell.read(u"vcpus"_s, c.vcpus);
                cell.readInt(u"hostNode"_s, c.hostNode);
                spec.cpu.numaCells << c;
            }
            cpu.read(u"isolateHost"_s, spec.cpu.isolateHost);
        }
        {
            Reader memory(top.object(u"memory"_s), u"memory."_s, &error, unknownKeys);
            memory.readInt(u"sizeMiB"_s, spec.memory.sizeMiB);
            memory.read(u"hugepages"_s, Names::hugepages, spec.memory.hugepages);
            memory.readInt(u"hugepageCount"_s, spec.memory.hugepageCount);
            memory.read(u"hostNodes"_s, spec.memory.hostNodes);
        }
        {
            Reader network(top.object(u"network"_s), u"network."_s, &error, unknownKeys);
            network.read(u"mode"_s, Names::networkMode, spec.network.mode);
            network.read(u"bridge"_s, spec.network.bridge);
            network.read(u"uplink"_s, spec.network.uplink);
            network.read(u"mac"_s, spec.network.mac);
            network.read(u"model"_s, spec.network.model);
        }
        const QJsonArray disks = top.array(u"disks"_s);
        for (qsizetype i = 0; i < disks.size(); ++i) {
            Reader disk(disks[i].toObject(), u"disks[%1]."_s.arg(i), &error, unknownKeys);
            VmSpec::Disk d;
            disk.read(u"source"_s, Names::diskSource, d.source);
            disk.read(u"path"_s, d.path);
            disk.read(u"bus"_s, Names::diskBus, d.bus);
            disk.read(u"cache"_s, d.cache);
            disk.read(u"io"_s, d.io);
            disk.read(u"discard"_s, d.discard);
            disk.readInt(u"rotationRate"_s, d.rotationRate);
            disk.readInt(u"sizeBytes"_s, d.sizeBytes);
            spec.disks << d;
        }
        {
            Reader input(top.object(u"input"_s), u"input."_s, &error, unknownKeys);
            input.read(u"evdev"_s, spec.input.evdev);
            QString controller;
            input.read(u"usbController"_s, controller);
            if (!controller.isEmpty()) {
                spec.input.usbController = PciAddress::parse(controller);
                if (!spec.input.usbController)
                    input.fail(Tr::tr("input.usbController: \"%1\" is not a PCI address").arg(controller));
            }
        }
        top.read(u"installIso"_s, spec.installIso);
        top.read(u"virtioIso"_s, spec.virtioIso);
        top.read(u"driverStaging"_s, spec.driverStaging);
        top.read(u"tpm"_s, spec.tpm);
        top.read(u"secureBoot"_s, spec.secureBoot);
        top.read(u"user"_s, spec.user);
        top.read(u"defineAtBoot"_s, spec.defineAtBoot);
        top.read(u"allowHostUse"_s, spec.allowedHostUse);
    }
    if (!error.isEmpty())
        return Error{source + u": "_s + error};
    return spec;
}

} // namespace VmSpecJson
