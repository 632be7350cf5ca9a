#include "models/ResumePoint.h"

#include <QTest>

using namespace iha;

namespace {

Plan threeSteps(const QString &lastPreview = QStringLiteral("systemctl start postgresql"))
{
    Plan plan;
    plan.procedure = QStringLiteral("configure-standby");
    plan.cluster = QStringLiteral("lab");
    for (const QString &preview : {QStringLiteral("systemctl stop postgresql"),
                                   QStringLiteral("pg_basebackup"), lastPreview}) {
        Step step;
        step.node = QStringLiteral("db2");
        step.description = preview;
        step.preview = preview;
        plan.steps << step;
    }
    return plan;
}

AuditEntry entry(int step, const char *outcome, const QString &command = {})
{
    AuditEntry e;
    e.stepNumber = step;
    e.outcome = QLatin1String(outcome);
    e.command = command;
    return e;
}

} // namespace

// Where a resumed run goes on: from the run's chained audit entries, only for an unchanged plan.
class TestResumePoint : public QObject
{
    Q_OBJECT

private slots:
    void resumesAtTheFirstStepNotDone_data()
    {
        QTest::addColumn<QList<AuditEntry>>("steps");
        QTest::addColumn<int>("firstStep");
        QTest::newRow("nothing done") << QList<AuditEntry>{} << 0;
        QTest::newRow("first failed") << QList<AuditEntry>{entry(1, "failed")} << 0;
        QTest::newRow("second failed")
            << QList<AuditEntry>{entry(1, "succeeded"), entry(2, "command failed"),
                                 entry(2, "failed")}
            << 1;
        QTest::newRow("skipped counts as done")
            << QList<AuditEntry>{entry(1, "skipped"), entry(2, "succeeded"), entry(3, "failed")}
            << 2;
        // A step after a gap does not move the point past the gap.
        QTest::newRow("gap") << QList<AuditEntry>{entry(1, "succeeded"), entry(3, "succeeded")}
                             << 1;
        QTest::newRow("done on a resume")
            << QList<AuditEntry>{entry(1, "succeeded"), entry(2, "failed"), entry(2, "succeeded")}
            << 2;
    }

    void resumesAtTheFirstStepNotDone()
    {
        QFETCH(QList<AuditEntry>, steps);
        QFETCH(int, firstStep);
        const Plan plan = threeSteps();
        const QList<AuditEntry> entries =
            QList<AuditEntry>{entry(0, "started", planFingerprint(plan))} + steps;
        const ResumePoint point = resumePoint(entries, plan);
        QVERIFY2(point.error.isEmpty(), qPrintable(point.error));
        QCOMPARE(point.firstStep, firstStep);
    }

    void refusesAChangedPlan()
    {
        const QList<AuditEntry> entries{entry(0, "started", planFingerprint(threeSteps())),
                                        entry(1, "succeeded")};
        const ResumePoint point =
            resumePoint(entries, threeSteps(QStringLiteral("systemctl start postgresql-15")));
        QVERIFY(point.error.startsWith(QStringLiteral("the plan changed since the run started")));
    }

    void refusesARunWithoutItsStart()
    {
        const ResumePoint point = resumePoint({entry(1, "succeeded")}, threeSteps());
        QVERIFY(point.error.contains(QStringLiteral("no record of how this run started")));
    }

    void fingerprintsDifferByAnyStep()
    {
        Plan changed = threeSteps();
        QCOMPARE(planFingerprint(changed), planFingerprint(threeSteps()));
        changed.steps[1].dangerous = true;
        QVERIFY(planFingerprint(changed) != planFingerprint(threeSteps()));
        changed = threeSteps();
        changed.steps[0].node = QStringLiteral("db3");
        QVERIFY(planFingerprint(changed) != planFingerprint(threeSteps()));
        changed = threeSteps();
        changed.basis = QStringLiteral("{\"name\": \"lab\", \"nodes\": []}");
        QVERIFY(planFingerprint(changed) != planFingerprint(threeSteps()));
    }

    // A run started in one language resumes in another: descriptions are translated. What they
    // name (a file's path) comes from the cluster file, which is hashed.
    void fingerprintsIgnoreTheLanguageOfDescriptions()
    {
        Plan translated = threeSteps();
        translated.steps[0].description = QStringLiteral("Konfiguration schreiben");
        QCOMPARE(planFingerprint(translated), planFingerprint(threeSteps()));
    }

    void aRunOfAnEarlierVersionIsToldApart()
    {
        AuditEntry started = entry(0, "started", QStringLiteral("plan fingerprint sha256:0123"));
        started.runId = QStringLiteral("4f441527");
        const ResumePoint point = resumePoint({started, entry(1, "succeeded")}, threeSteps());
        QVERIFY2(point.error.contains(QStringLiteral("earlier version")), qPrintable(point.error));
        QVERIFY(point.error.contains(QStringLiteral("lock release 4f441527")));
    }
};

QTEST_GUILESS_MAIN(TestResumePoint)
#include "TestResumePoint.moc"
