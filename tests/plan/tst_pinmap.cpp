#include "plan/pinmap.h"
#include "support/testhosts.h"

#include <QTest>

using Kind = PinMap::Conflict::Kind;

namespace {

QList<Kind> kinds(const QList<PinMap::Conflict> &conflicts)
{
    QList<Kind> list;
    for (const auto &c : conflicts)
        list << c.kind;
    return list;
}

} // namespace

class TestPinMap final : public QObject
{
    Q_OBJECT

private slots:
    void siblingPairsOnOneL3AreClean()
    {
        const CpuTopology host = TestHosts::scan(QStringLiteral("article")).cpu;
        const PinMap map = PinMap::fromPins({1, 5, 2, 6}, 2);
        QVERIFY(map.conflicts(host).isEmpty());
        QCOMPARE(map.pins(), (QList<int>{1, 5, 2, 6}));
    }

    void conflictsAreFound()
    {
        const CpuTopology article = TestHosts::scan(QStringLiteral("article")).cpu;
        PinMap map(4, 2);
        QCOMPARE(kinds(map.conflicts(article)), QList<Kind>{Kind::Unpinned});
        // Said of them all, and of one as one (newcomer review: "vCPUs 0, 1, 2 and 3 ... moves it").
        QVERIFY2(map.conflicts(article).first().reason.endsWith(QStringLiteral("vCPUs 0, 1, 2 and 3 (the host's scheduler moves them about).")),
                 qPrintable(map.conflicts(article).first().reason));
        QVERIFY(map.pins().isEmpty());
        map.assign(0, 1);
        map.assign(1, 2); // not 1's sibling (5)
        map.assign(2, 3);
        map.assign(3, 3); // shares thread 3 with vCPU 2
        const auto conflicts = map.conflicts(article);
        QVERIFY(kinds(conflicts).contains(Kind::SplitSiblings));
        QVERIFY(kinds(conflicts).contains(Kind::SharedThread));
        QCOMPARE(map.vcpusOn(3), (QList<int>{2, 3}));
        QCOMPARE(map.conflictsAt(article, 3).size(), 1); // shared only: vCPUs 2 and 3 are on one core, if one thread
        map.clearCpu(3);
        QCOMPARE(map.vcpusOn(3), QList<int>{});
        QVERIFY(kinds(map.conflicts(article)).contains(Kind::Unpinned));
        for (const PinMap::Conflict &c : map.conflicts(article))
            if (c.kind == Kind::Unpinned)
                QVERIFY2(c.reason.endsWith(QStringLiteral("(the host's scheduler moves them about).")) == (c.vcpus.size() > 1), qPrintable(c.reason));
    }

    void crossingCachesAndNodes()
    {
        const CpuTopology ryzen = TestHosts::scan(QStringLiteral("ryzen")).cpu;
        const PinMap map = PinMap::fromPins({6, 7, 8, 9}, 2);
        QCOMPARE(kinds(map.conflicts(ryzen)), QList<Kind>{Kind::CrossesL3});
        QVERIFY(PinMap::fromPins({8, 9, 10, 11}, 2).conflicts(ryzen).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPinMap)
#include "tst_pinmap.moc"
