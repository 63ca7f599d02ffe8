// The German translation is complete: every message has a finished, non-empty translation
// that keeps the source's %N placeholders.
#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete()
    {
        QFile file(QStringLiteral(VFIO_TRANSLATIONS_DIR "/vfio-wizard_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument ts;
        QVERIFY(ts.setContent(&file));
        const QDomNodeList messages = ts.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 50);
        const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(type, source)));
            QVERIFY2(!translation.text().isEmpty(), qPrintable(QStringLiteral("empty: ") + source));
            QSet<QString> wanted, found;
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                wanted.insert(it.next().captured());
            for (auto it = placeholder.globalMatch(translation.text()); it.hasNext();)
                found.insert(it.next().captured());
            QVERIFY2(wanted == found, qPrintable(QStringLiteral("placeholders differ: ") + source));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
