// The lossless round trip through a real libvirtd: define a corpus domain, dump it, patch it,
// define the patch, dump again: only the patched elements differ.
#include "domain/domainpatches.h"
#include "domain/elements/domainelement.h"
#include "domain/model/domainxml.h"
#include "libvirt/libvirtconnection.h"
#include "support/domaincanon.h"
#include "support/libvirttesthost.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

/// libvirt writes the controllers it added itself elsewhere than ones it was given: their
/// order carries no meaning, so both sides get them sorted.
void sortControllers(QDomDocument &document)
{
    QDomElement devices = document.documentElement().firstChildElement(QStringLiteral("devices"));
    QList<std::pair<QString, QDomElement>> controllers;
    for (const QDomElement &c : DomainXml::children(devices, QStringLiteral("controller"))) {
        QDomDocument single;
        single.appendChild(single.importNode(c, true));
        controllers << std::pair{DomainCanon::canonical(single), c};
        devices.removeChild(c);
    }
    std::sort(controllers.begin(), controllers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QDomNode anchor = devices.firstChildElement(QStringLiteral("disk"));
    for (const auto &[text, c] : controllers)
        devices.insertBefore(c, anchor);
}

} // namespace

class TestLibvirtRoundTrip final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VFIO_REQUIRE_LIBVIRTD();
    }

    void definePatchDefine_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : QDir(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../domains")).entryList({QStringLiteral("*.xml")}))
            QTest::newRow(qPrintable(file)) << file;
    }
    void definePatchDefine()
    {
        QFETCH(QString, file);
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        QVERIFY(connection.ok());
        QFile in(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../domains/") + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QDomDocument corpus;
        QVERIFY(corpus.setContent(&in));
        LibvirtTestHost::adaptToThisMachine(corpus);
        DomainElement root = DomainElement::of(corpus);
        const QString name = QStringLiteral("vfio-wizard-rt-") + file.section(u'.', 0, 0);
        root.set(DomainElement::name, name);
        root.clear(DomainElement::uuid);
        (void)connection->undefine(name);

        const auto first = connection->define(DomainXml::toText(corpus));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
        QDomDocument dumped;
        QVERIFY(dumped.setContent(*connection->domainXml(name)));

        QDomDocument patched = dumped.cloneNode(true).toDocument();
        DomainPatches::fixError43(patched.documentElement(), QStringLiteral("0123456789ab"));
        DomainPatches::setPinning(patched.documentElement(), {1}, {0}, {});
        DomainPatches::memballoonNone(patched.documentElement());
        const auto second = connection->define(DomainXml::toText(patched));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
        QDomDocument redumped;
        QVERIFY(redumped.setContent(*connection->domainXml(name)));
        QVERIFY(connection->undefine(name).ok());

        const QStringList allowed = {"features/hyperv/vendor_id", "features/hyperv@mode", "features/kvm/hidden",
                                     "cputune/vcpupin", "cputune/emulatorpin", "cputune/iothreadpin", "devices/memballoon"};
        sortControllers(dumped);
        sortControllers(redumped);
        const auto [before, after] = DomainCanon::canonicalPair(dumped, redumped, allowed);
        if (after != before) {
            const QStringList a = after.split(u'\n'), b = before.split(u'\n');
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
                QVERIFY2(a.value(i) == b.value(i), qPrintable(QStringLiteral("line %1: after \"%2\", before \"%3\"").arg(i).arg(a.value(i), b.value(i))));
        }
        QCOMPARE(redumped.documentElement().firstChildElement(QStringLiteral("features")).firstChildElement(QStringLiteral("kvm"))
                     .firstChildElement(QStringLiteral("hidden")).attribute(QStringLiteral("state")), QStringLiteral("on"));
    }
};

QTEST_GUILESS_MAIN(TestLibvirtRoundTrip)
#include "tst_libvirtroundtrip.moc"
