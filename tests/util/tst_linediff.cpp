// The line diff the review page shows for an opened VM.
#include "util/linediff.h"

#include <QTest>

using Kind = LineDiff::Kind;

class TestLineDiff final : public QObject
{
    Q_OBJECT

    static QString render(const QList<LineDiff::Line> &lines)
    {
        QString out;
        for (const LineDiff::Line &l : lines)
            out += (l.kind == Kind::Added ? u'+' : l.kind == Kind::Removed ? u'-' : u' ') + l.text + u'|';
        return out;
    }

private slots:
    void diff_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << QStringList{"a", "b"} << QStringList{"a", "b"} << " a| b|";
        QTest::newRow("both empty") << QStringList{} << QStringList{} << "";
        QTest::newRow("insert middle") << QStringList{"a", "c"} << QStringList{"a", "b", "c"} << " a|+b| c|";
        QTest::newRow("delete") << QStringList{"a", "b", "c"} << QStringList{"a", "c"} << " a|-b| c|";
        QTest::newRow("replace") << QStringList{"a", "b", "c"} << QStringList{"a", "x", "c"} << " a|-b|+x| c|";
        QTest::newRow("all new") << QStringList{} << QStringList{"x", "y"} << "+x|+y|";
        QTest::newRow("all gone") << QStringList{"x"} << QStringList{} << "-x|";
        QTest::newRow("repeated lines") << QStringList{"<a/>", "<b/>", "<a/>"} << QStringList{"<a/>", "<a/>"} << " <a/>|-<b/>| <a/>|";
    }
    void diff()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, expected);
        const QList<LineDiff::Line> lines = LineDiff::diff(before, after);
        QCOMPARE(render(lines), expected);
        // Applying the diff gives both sides back.
        QStringList left, right;
        for (const LineDiff::Line &l : lines) {
            if (l.kind != Kind::Added)
                left << l.text;
            if (l.kind != Kind::Removed)
                right << l.text;
        }
        QCOMPARE(left, before);
        QCOMPARE(right, after);
    }

    void minimalOnLongTexts()
    {
        QStringList before, after;
        for (int i = 0; i < 2000; ++i)
            before << QString::number(i);
        after = before;
        after[700] = QStringLiteral("changed");
        after.insert(1500, QStringLiteral("new"));
        QCOMPARE(LineDiff::changedLines(LineDiff::diff(before, after)), 3);
    }

    void unifiedShowsContext()
    {
        const QString before = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
        QString after = before;
        after.replace(QStringLiteral("\n2\n"), QStringLiteral("\ntwo\n")).replace(QStringLiteral("\n11\n"), QStringLiteral("\neleven\n"));
        QCOMPARE(LineDiff::unified(before, after, 1), QStringLiteral("@@\n 1\n-2\n+two\n 3\n@@\n 10\n-11\n+eleven\n 12\n"));
        QCOMPARE(LineDiff::unified(before, before), QString());
    }
};

QTEST_MAIN(TestLineDiff)
#include "tst_linediff.moc"
