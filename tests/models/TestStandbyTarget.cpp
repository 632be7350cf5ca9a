#include "models/procedures/StandbyTarget.h"

#include <QTest>

using namespace iha::Procedures;

Q_DECLARE_METATYPE(iha::Procedures::StandbyTargetFacts)

namespace {

const QString kPrimary = QStringLiteral("7311000000000000001");

StandbyTargetFacts facts(const QString &sysid, const char *state, int timeline, bool signal,
                         int databases = 4, int userFiles = 12)
{
    StandbyTargetFacts f;
    f.hasData = true;
    f.systemIdentifier = sysid;
    f.clusterState = QLatin1String(state);
    f.timeline = timeline;
    f.standbySignal = signal;
    f.databases = databases;
    f.userFiles = userFiles;
    return f;
}

} // namespace

// Which servers configure-standby may erase: identities, not names (issue 11, point 2).
class TestStandbyTarget : public QObject
{
    Q_OBJECT

private slots:
    void judge_data()
    {
        QTest::addColumn<StandbyTargetFacts>("target");
        QTest::addColumn<QString>("refusal"); // empty: may be replaced
        const QString other = QStringLiteral("7311000000000000999");
        QTest::newRow("no data directory") << StandbyTargetFacts() << QString();
        QTest::newRow("standby of this primary, running")
            << facts(kPrimary, "in archive recovery", 1, true) << QString();
        QTest::newRow("standby of this primary, stopped")
            << facts(kPrimary, "shut down in recovery", 1, true) << QString();
        QTest::newRow("fresh cluster, running")
            << facts(other, "in production", 1, false, 3, 0) << QString();
        QTest::newRow("fresh cluster, stopped")
            << facts(other, "shut down", 1, false, 3, 0) << QString();
        // A base backup not started yet: pg_control still says the primary's "in production".
        StandbyTargetFacts copied = facts(kPrimary, "in production", 1, true);
        copied.backupLabel = true;
        QTest::newRow("base backup never started") << copied << QString();
        StandbyTargetFacts labelOnly = facts(kPrimary, "in production", 1, false);
        labelOnly.backupLabel = true;
        QTest::newRow("backup_label without standby.signal")
            << labelOnly << "db2 is not in recovery but is a copy";
        QTest::newRow("promoted standby")
            << facts(kPrimary, "in production", 2, false) << "db2 is not in recovery but is a copy";
        // Promoted, wrote, crashed before its first checkpoint: still on the old timeline.
        QTest::newRow("promoted and crashed")
            << facts(kPrimary, "in crash recovery", 1, false) << "db2 is not in recovery";
        QTest::newRow("standby.signal but crashed primary")
            << facts(kPrimary, "in crash recovery", 1, true) << "db2 is not in recovery";
        QTest::newRow("standby ahead of the primary")
            << facts(kPrimary, "in archive recovery", 3, true) << "db2 is on timeline 3";
        QTest::newRow("standby of another cluster")
            << facts(other, "in archive recovery", 1, true) << "db2 is a standby of another";
        QTest::newRow("other cluster with a database")
            << facts(other, "in production", 1, false, 4, 0) << "db2 holds a database cluster";
        QTest::newRow("other cluster, stopped, tables in postgres")
            << facts(other, "shut down", 1, false, 3, 7) << "db2 holds a database cluster";
        QTest::newRow("pg_controldata said nothing")
            << facts(QString(), "", 0, false, 3, 0) << "what db2's data directory holds cannot";
        QTest::newRow("files not counted")
            << facts(other, "shut down", 1, false, 3, -1) << "what db2's data directory holds";
    }

    void judge()
    {
        QFETCH(StandbyTargetFacts, target);
        QFETCH(QString, refusal);
        const QString why = whyNotReplaceable(QStringLiteral("db2"), target, kPrimary, 2);
        if (refusal.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.startsWith(refusal), qPrintable(why));
    }

    void parsesTheScriptsOutput()
    {
        const StandbyTargetFacts f = parseStandbyTargetFacts(QStringLiteral(
            "data=yes\nsysid=7311000000000000001\nstate=shut down in recovery\ntimeline=2\n"
            "signal=yes\ndatabases=4\nuserfiles=0\n"));
        QVERIFY(f.hasData && f.standbySignal);
        QCOMPARE(f.systemIdentifier, kPrimary);
        QCOMPARE(f.clusterState, QStringLiteral("shut down in recovery"));
        QCOMPARE(f.timeline, 2);
        QCOMPARE(f.databases, 4);
        QCOMPARE(f.userFiles, 0);
    }
};

QTEST_GUILESS_MAIN(TestStandbyTarget)
#include "TestStandbyTarget.moc"
