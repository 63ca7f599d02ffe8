// A domain from arbitrary XML through the reader, the write-back and every patch. Invariants:
// writing back drops nothing (canonical forms equal); each patch applied twice equals once; an
// update without edits changes nothing.
#include "domain/domainpatches.h"
#include "domain/domainreader.h"
#include "domain/domainupdater.h"
#include "domain/model/domainxml.h"
#include "fuzzdomain.h"
#include "support/domaincanon.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

QDomDocument reparse(const QString &text)
{
    QDomDocument document;
    document.setContent(text);
    return document;
}

const QList<std::pair<const char *, std::function<void(QDomElement)>>> &patches()
{
    static const QList<std::pair<const char *, std::function<void(QDomElement)>>> all = {
        {"error43", [](QDomElement d) { DomainPatches::fixError43(d, QStringLiteral("0123456789ab")); }},
        {"topology", [](QDomElement d) { DomainPatches::setTopology(d, 8, 1, 1, 4, 2); }},
        {"pinning", [](QDomElement d) { DomainPatches::setPinning(d, {2, 6, 3, 7}, {0, 4}, {0, 4}); }},
        {"hugepages", [](QDomElement d) { DomainPatches::setHugepages(d, VmSpec::HugepageSize::Size1G); }},
        {"memballoon", [](QDomElement d) { DomainPatches::memballoonNone(d); }},
        {"hyperv", [](QDomElement d) { DomainPatches::hypervEnlightenments(d); }},
        {"host-passthrough", [](QDomElement d) { DomainPatches::hostPassthrough(d); }},
        {"topoext", [](QDomElement d) { DomainPatches::topoext(d); }},
        {"virtio-nic", [](QDomElement d) { DomainPatches::virtioNic(d, QStringLiteral("br0")); }},
        {"virtio-iso", [](QDomElement d) { DomainPatches::addVirtioIso(d, QStringLiteral("/iso/virtio-win.iso")); }},
        {"staging", [](QDomElement d) { DomainPatches::addStagingDisk(d, QStringLiteral("/images/staging.img")); }},
        {"tune-disk", [](QDomElement d) {
             DomainPatches::tuneDisk(d, QStringLiteral("sda"), {QStringLiteral("none"), VmSpec::DiskBus::VirtioScsi, QStringLiteral("native"), true, 7200});
         }},
        {"add-gpu", [](QDomElement d) { DomainPatches::addGpu(d, {*PciAddress::parse(u"0000:04:00.0"), *PciAddress::parse(u"0000:04:00.1")}); }},
        {"remove-gpu", [](QDomElement d) { DomainPatches::removeGpu(d, *PciAddress::parse(u"0000:04:00.0")); }},
    };
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QDomDocument> parsed = domainFromBytes(data, size);
    if (!parsed)
        return 0;
    const QDomDocument &document = *parsed;
    const QString written = DomainXml::toText(document);
    if (DomainCanon::canonical(reparse(written)) != DomainCanon::canonical(document))
        fail("write-back changed the domain");

    const VmSpec spec = DomainReader::read(document);
    if (DomainXml::toText(DomainUpdater::update(document, spec, spec).document) != written)
        fail("an update without edits changed the domain");

    for (const auto &[name, apply] : patches()) {
        QDomDocument patched = document.cloneNode(true).toDocument();
        apply(patched.documentElement());
        const QString once = DomainXml::toText(patched);
        apply(patched.documentElement());
        if (DomainXml::toText(patched) != once) {
            std::fprintf(stderr, "patch %s:\n", name);
            fail("a patch applied twice differs from once");
        }
    }
    return 0;
}
