#include "models/AuditDigest.h"
#include "models/AuditReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace iha;

namespace {

// Entries as the runner writes them: one list per test, times one second apart.
class LogBuilder
{
public:
    explicit LogBuilder(QString runId, QString procedure = QStringLiteral("configure-primary"))
        : m_runId(std::move(runId))
        , m_procedure(std::move(procedure))
    {}

    LogBuilder &add(int step, const QString &outcome, const QString &description = {},
                    const QString &host = {}, const QString &command = {},
                    const QString &output = {})
    {
        AuditEntry e;
        e.sequence = ++s_sequence;
        e.time = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC).addSecs(s_sequence + s_waited);
        e.operatorName = QStringLiteral("ops@laptop");
        e.cluster = QStringLiteral("prod");
        e.runId = m_runId;
        e.procedure = m_procedure;
        e.stepNumber = step;
        e.step = description;
        e.host = host;
        e.command = command;
        e.output = output;
        e.outputSize = output.toUtf8().size();
        e.outcome = outcome;
        if (outcome == QLatin1String("decision"))
            e.decision = output;
        m_entries << e;
        return *this;
    }

    // The next entries come `seconds` later (an operator fixing the cause before a resume).
    LogBuilder &wait(int seconds)
    {
        s_waited += seconds;
        return *this;
    }

    LogBuilder &started(bool resumed = false)
    {
        return add(
            0, QStringLiteral("started"),
            QStringLiteral("run %1 of %2")
                .arg(resumed ? QStringLiteral("resumed") : QStringLiteral("started"), m_procedure));
    }

    LogBuilder &plan(int steps)
    {
        QStringList lines;
        for (int i = 1; i <= steps; ++i)
            lines << QStringLiteral("%1\tConfigure the master node\tdb1\tstep %1").arg(i);
        return add(0, QStringLiteral("plan"), QStringLiteral("plan of ") + m_procedure, {}, {},
                   lines.join(QLatin1Char('\n')));
    }

    QList<AuditEntry> entries() const { return m_entries; }

    static inline qint64 s_sequence = 0;
    static inline qint64 s_waited = 0; // entries are a second apart, plus what was waited

private:
    QString m_runId;
    QString m_procedure;
    QList<AuditEntry> m_entries;
};

const QString kDiff = QStringLiteral("--- db1:/etc/pg.conf (before)\n+++ db1:/etc/pg.conf (after)\n"
                                     "@@ -1 +1 @@\n-wal_level = minimal\n+wal_level = replica\n");

} // namespace

class TestAuditDigest : public QObject
{
    Q_OBJECT

private slots:
    // What the operator states before the run starts (an attestation) belongs to its first
    // attempt: a fresh run is not reported as resumed.
    void statementsBeforeTheStartArePartOfTheFirstAttempt()
    {
        LogBuilder log(QStringLiteral("run-s"), QStringLiteral("failover-server"));
        log.add(0, QStringLiteral("decision"), QStringLiteral("fencing attested"), {}, {},
                QStringLiteral("db1 is powered off"))
            .wait(30)
            .started()
            .add(0, QStringLiteral("succeeded"), QStringLiteral("run of failover-server"));
        const AuditDigest::RunDigest run = AuditDigest::make(log.entries()).runs.first();
        QCOMPARE(run.attempts, 1);
        QCOMPARE(run.durationMs(), run.started.msecsTo(run.ended));
        QVERIFY(!AuditReport::html({}, log.entries()).contains(QStringLiteral("in its attempts")));
    }

    // The JSON is written by hand: every character comes back as it was, lone surrogates too.
    void theJsonKeepsEveryCharacter()
    {
        QString text = QStringLiteral("quote \" backslash \\ tab \t nl \n cr \r bell \a del \x7f "
                                      "é 日本 🙂 <>&/");
        text += QChar(0xdc00); // a lone low surrogate
        text += QStringLiteral(" and a high one: ");
        text += QChar(0xd800);
        LogBuilder log(QStringLiteral("run-j"));
        log.started().add(1, QStringLiteral("command succeeded"), text, QStringLiteral("db1"), text,
                          text);
        QJsonParseError error{};
        const QJsonObject report =
            QJsonDocument::fromJson(AuditReport::json({}, log.entries()), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject entry =
            report.value(QStringLiteral("entries")).toArray().at(1).toObject();
        QCOMPARE(entry.value(QStringLiteral("output")).toString(), text);
        QCOMPARE(entry.value(QStringLiteral("command")).toString(), text);
        QCOMPARE(entry.value(QStringLiteral("step")).toString(), text);
        QCOMPARE(report.value(QStringLiteral("runs")).toArray().size(), 1);
    }

    void thePlanListingRoundTrips()
    {
        Plan plan;
        Step a;
        a.description = QStringLiteral("Set\tthe settings\nin one line");
        a.node = QStringLiteral("db1");
        a.runbookSection = QStringLiteral("Configure the master node");
        plan.steps << a << a;
        const QList<AuditDigest::PlannedStep> parsed =
            AuditDigest::parsePlanListing(AuditDigest::planListing(plan));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(1).number, 2);
        QCOMPARE(parsed.at(1).section, a.runbookSection);
        QCOMPARE(parsed.at(1).node, QStringLiteral("db1"));
        QCOMPARE(parsed.at(1).description, QStringLiteral("Set the settings in one line"));
    }

    void aSucceededRunHasItsStepsChangesAndStatements()
    {
        LogBuilder log(QStringLiteral("run-a"));
        log.started()
            .plan(3)
            .add(0, QStringLiteral("command succeeded"), QStringLiteral("pre-flight: ssh"),
                 QStringLiteral("db1"), QStringLiteral("id -u"), QStringLiteral("0"))
            .add(0, QStringLiteral("decision"), QStringLiteral("host key of db1"),
                 QStringLiteral("db1"), {}, QStringLiteral("host key accepted"))
            .add(1, QStringLiteral("command succeeded"), QStringLiteral("step 1"),
                 QStringLiteral("db1"), QStringLiteral("cat /etc/pg.conf"), QStringLiteral("x"))
            .add(1, QStringLiteral("changed"), QStringLiteral("step 1"), QStringLiteral("db1"),
                 QStringLiteral("/etc/pg.conf"), kDiff)
            .add(1, QStringLiteral("succeeded"), QStringLiteral("step 1"), QStringLiteral("db1"))
            .add(2, QStringLiteral("skipped"), QStringLiteral("step 2"), QStringLiteral("db1"))
            .add(3, QStringLiteral("command succeeded"), QStringLiteral("step 3"),
                 QStringLiteral("db1"), QStringLiteral("psql"), QStringLiteral("CREATE ROLE"))
            .add(3, QStringLiteral("note"), QStringLiteral("step 3"), {}, {},
                 QStringLiteral("db2 streams synchronously, slot active"))
            .add(3, QStringLiteral("succeeded"), QStringLiteral("step 3"), QStringLiteral("db1"))
            .add(0, QStringLiteral("succeeded"), QStringLiteral("run of configure-primary"));
        const AuditDigest::Digest digest = AuditDigest::make(log.entries());
        QCOMPARE(digest.runs.size(), 1);
        const AuditDigest::RunDigest &run = digest.runs.first();
        QCOMPARE(run.outcome, QStringLiteral("succeeded"));
        QCOMPARE(run.commands, 3);
        QCOMPARE(run.durationMs(), qint64(11000));
        QCOMPARE(run.steps.size(), 3);
        QCOMPARE(run.steps.at(0).outcome, QStringLiteral("done"));
        QCOMPARE(run.steps.at(0).section, QStringLiteral("Configure the master node"));
        // From the entry before the step's first one (the decision) to its outcome.
        QCOMPARE(run.steps.at(0).started.msecsTo(run.steps.at(0).ended), qint64(3000));
        QCOMPARE(run.steps.at(1).outcome, QStringLiteral("already done"));
        QCOMPARE(run.files.size(), 1);
        QCOMPARE(run.files.first().path, QStringLiteral("/etc/pg.conf"));
        QCOMPARE(run.files.first().diff, kDiff);
        QCOMPARE(run.otherChanges, QStringList{QStringLiteral("3. step 3")});
        QCOMPARE(run.statements.size(), 1);
        QCOMPARE(run.statements.first().what, QStringLiteral("host key accepted"));
        QCOMPARE(run.notes, QStringList{QStringLiteral("db2 streams synchronously, slot active")});
        QVERIFY(!run.changedNothing());
    }

    void aFailedRunShowsWhatItDidNotReachAndItsResume()
    {
        LogBuilder log(QStringLiteral("run-b"), QStringLiteral("configure-standby"));
        log.started()
            .plan(4)
            .add(1, QStringLiteral("succeeded"), QStringLiteral("step 1"), QStringLiteral("db2"))
            .add(2, QStringLiteral("failed"), QStringLiteral("step 2"), QStringLiteral("db2"), {},
                 QStringLiteral("db2: pg_basebackup exited with 1"));
        AuditDigest::Digest digest = AuditDigest::make(log.entries());
        const AuditDigest::RunDigest &failed = digest.runs.first();
        QCOMPARE(failed.outcome, QStringLiteral("failed"));
        QCOMPARE(failed.message, QStringLiteral("db2: pg_basebackup exited with 1"));
        QCOMPARE(failed.steps.size(), 4);
        QCOMPARE(failed.steps.at(1).outcome, QStringLiteral("failed"));
        QCOMPARE(failed.steps.at(2).outcome, QStringLiteral("not reached"));
        QCOMPARE(failed.steps.at(3).host, QStringLiteral("db1"));
        const QString html = AuditReport::html({}, log.entries());
        QVERIFY(
            html.contains(QStringLiteral("inmanta-ha-cli run configure-standby --resume run-b")));

        // The resume, in the same run: step 1 is already done now, yet it was changed by the
        // run; the run succeeds.
        log.started(true)
            .add(1, QStringLiteral("skipped"), QStringLiteral("step 1"), QStringLiteral("db2"))
            .add(2, QStringLiteral("succeeded"), QStringLiteral("step 2"), QStringLiteral("db2"))
            .add(3, QStringLiteral("skipped"), QStringLiteral("step 3"), QStringLiteral("db2"))
            .add(4, QStringLiteral("skipped"), QStringLiteral("step 4"), QStringLiteral("db1"))
            .add(0, QStringLiteral("succeeded"), QStringLiteral("run of configure-standby"));
        digest = AuditDigest::make(log.entries());
        QCOMPARE(digest.runs.size(), 1);
        const AuditDigest::RunDigest &resumed = digest.runs.first();
        QVERIFY(resumed.resumed);
        QCOMPARE(resumed.outcome, QStringLiteral("succeeded"));
        QCOMPARE(resumed.steps.size(), 4);
        QCOMPARE(resumed.steps.at(0).outcome, QStringLiteral("already done"));
        QCOMPARE(resumed.otherChanges,
                 (QStringList{QStringLiteral("1. step 1"), QStringLiteral("2. step 2")}));
    }

    // A resume's pre-flight page checks under the run's id; a refused resume changes nothing:
    // neither relabels what the run did.
    void checksAndRefusalsOfAResumeLeaveTheRunAsItWas()
    {
        LogBuilder log(QStringLiteral("run-g"), QStringLiteral("configure-standby"));
        log.started()
            .plan(2)
            .add(1, QStringLiteral("succeeded"), QStringLiteral("step 1"), QStringLiteral("db2"))
            .add(2, QStringLiteral("failed"), QStringLiteral("step 2"), QStringLiteral("db2"), {},
                 QStringLiteral("db2: copy failed"))
            .add(0, QStringLiteral("started"),
                 QStringLiteral("pre-flight checks of configure-standby"))
            .add(0, QStringLiteral("succeeded"),
                 QStringLiteral("pre-flight checks of configure-standby"));
        AuditDigest::RunDigest run = AuditDigest::make(log.entries()).runs.first();
        QCOMPARE(run.outcome, QStringLiteral("failed"));
        QVERIFY(!run.preflightOnly);
        QCOMPARE(run.message, QStringLiteral("db2: copy failed"));
        QVERIFY(run.notes.last().startsWith(QStringLiteral("pre-flight checks for a resume")));
        QVERIFY(AuditReport::html({}, log.entries()).contains(QStringLiteral("--resume run-g")));

        // Four hours later, with the cause not fixed: the run took its attempts' time, not the
        // wait in between.
        const qint64 before = run.durationMs();
        log.wait(4 * 3600).started(true).add(
            0, QStringLiteral("refused"), QStringLiteral("pre-flight: db1 is the primary"),
            QStringLiteral("db1"), {}, QStringLiteral("db1 is in recovery"));
        run = AuditDigest::make(log.entries()).runs.first();
        QCOMPARE(run.outcome, QStringLiteral("failed"));
        QCOMPARE(run.message, QStringLiteral("db2: copy failed"));
        QVERIFY(run.notes.last().contains(QStringLiteral("db1 is in recovery")));
        QCOMPARE(run.durationMs(), before + 1000);
        QVERIFY(AuditReport::html({}, log.entries())
                    .contains(QStringLiteral("in its attempts, without the waits between them")));
        QVERIFY(run.started.msecsTo(run.ended) > 4 * 3600 * 1000);
    }

    // A step that failed after its commands ran may have changed something: never "no changes".
    void aStepStoppedPartWayIsNotNoChanges()
    {
        LogBuilder log(QStringLiteral("run-h"));
        log.started()
            .plan(2)
            .add(1, QStringLiteral("command succeeded"), QStringLiteral("step 1"),
                 QStringLiteral("db1"), QStringLiteral("psql"), QStringLiteral("CREATE ROLE"))
            .add(1, QStringLiteral("failed"), QStringLiteral("step 1"), QStringLiteral("db1"), {},
                 QStringLiteral("db1: the role does not log in"));
        const AuditDigest::RunDigest run = AuditDigest::make(log.entries()).runs.first();
        QVERIFY(!run.changedNothing());
        const QString html = AuditReport::html({}, log.entries());
        QVERIFY(!html.contains(QStringLiteral("No changes")));
        QVERIFY(html.contains(QStringLiteral("Step 1 failed part-way")));
    }

    // The cluster file's update comes after the run's end: its failure is said, the run
    // still succeeded.
    void aFailureAfterTheRunIsANote()
    {
        LogBuilder log(QStringLiteral("run-i"), QStringLiteral("promote-standby"));
        log.started()
            .plan(1)
            .add(1, QStringLiteral("succeeded"), QStringLiteral("step 1"), QStringLiteral("db2"))
            .add(0, QStringLiteral("succeeded"), QStringLiteral("run of promote-standby"))
            .add(0, QStringLiteral("failed"), QStringLiteral("Update the cluster file"), {},
                 QStringLiteral("write /etc/c.json"), QStringLiteral("disk full"));
        const AuditDigest::RunDigest run = AuditDigest::make(log.entries()).runs.first();
        QCOMPARE(run.outcome, QStringLiteral("succeeded"));
        QVERIFY(run.notes.last().contains(QStringLiteral("disk full")));
    }

    void aRunThatChangedNothingSaysSoInOneLine()
    {
        LogBuilder log(QStringLiteral("run-c"));
        log.started()
            .plan(2)
            .add(1, QStringLiteral("skipped"), QStringLiteral("step 1"), QStringLiteral("db1"))
            .add(2, QStringLiteral("skipped"), QStringLiteral("step 2"), QStringLiteral("db1"))
            .add(0, QStringLiteral("succeeded"), QStringLiteral("run of configure-primary"));
        const AuditDigest::Digest digest = AuditDigest::make(log.entries());
        QVERIFY(digest.runs.first().changedNothing());
        const QString html = AuditReport::html({}, log.entries());
        QCOMPARE(html.count(QStringLiteral("No changes: every step it reached was already done.")),
                 1);
    }

    void aRefusedRunAndACheckAndEntriesOutsideRuns()
    {
        LogBuilder refused(QStringLiteral("run-d"), QStringLiteral("promote-standby"));
        refused.started().plan(2).add(0, QStringLiteral("refused"),
                                      QStringLiteral("pre-flight: db1 is fenced"),
                                      QStringLiteral("db1"), {}, QStringLiteral("db1 answers"));
        LogBuilder check(QStringLiteral("run-e"), QStringLiteral("check"));
        check.add(0, QStringLiteral("succeeded"), QStringLiteral("pre-flight check of db1"));
        LogBuilder outside{QString(), QString()};
        outside.add(0, QStringLiteral("secret set"), QStringLiteral("secret prod/api-token"));
        const QList<AuditEntry> entries = refused.entries() + check.entries() + outside.entries();
        const AuditDigest::Digest digest = AuditDigest::make(entries);
        QCOMPARE(digest.runs.size(), 2);
        QCOMPARE(digest.runs.at(0).outcome, QStringLiteral("refused"));
        QVERIFY(digest.runs.at(0).message.contains(QStringLiteral("db1 answers")));
        QCOMPARE(digest.runs.at(0).steps.size(), 2); // both not reached
        QVERIFY(digest.runs.at(1).isCheck());
        QCOMPARE(digest.runs.at(1).outcome, QStringLiteral("succeeded"));
        QCOMPARE(digest.outsideRunEntries, 1);
        QCOMPARE(digest.clusters, QStringList{QStringLiteral("prod")});
    }

    // The page a reader starts on: every run with its outcome and duration, before anything
    // else; a long output shortened in the raw record, with its size.
    void theReportPutsTheSummaryFirstAndShortensLongOutput()
    {
        QString longOutput;
        for (int i = 1; i <= 500; ++i)
            longOutput += QStringLiteral("line %1 of postgresql.conf\n").arg(i);
        LogBuilder log(QStringLiteral("run-f"));
        log.started()
            .plan(1)
            .add(1, QStringLiteral("command succeeded"), QStringLiteral("step 1"),
                 QStringLiteral("db1"), QStringLiteral("cat -- /etc/pg.conf"), longOutput)
            .add(1, QStringLiteral("changed"), QStringLiteral("step 1"), QStringLiteral("db1"),
                 QStringLiteral("/etc/pg.conf"), kDiff)
            .add(1, QStringLiteral("succeeded"), QStringLiteral("step 1"), QStringLiteral("db1"))
            .add(0, QStringLiteral("succeeded"), QStringLiteral("run of configure-primary"));
        for (const AuditReport::Medium medium :
             {AuditReport::Medium::Screen, AuditReport::Medium::Print}) {
            const QString html = AuditReport::html({}, log.entries(), medium);
            const qsizetype row = html.indexOf(QStringLiteral(">run-f</a>"));
            QVERIFY(row > 0 && row < html.indexOf(QStringLiteral("<h2>")));
            QVERIFY(
                html.contains(QStringLiteral("<span class=\"da\">+wal_level = replica</span>")));
            QVERIFY(html.contains(QStringLiteral("line 1 of postgresql.conf")));
            QVERIFY(html.contains(QStringLiteral("line 500 of postgresql.conf")));
            QVERIFY(!html.contains(QStringLiteral("line 250 of postgresql.conf")));
            QVERIFY(html.contains(
                QStringLiteral("[501 lines, %1 bytes in all").arg(longOutput.toUtf8().size())));
            QCOMPARE(html.contains(QStringLiteral("<details>")),
                     medium == AuditReport::Medium::Screen);
            QCOMPARE(html.contains(AuditReport::pagePlaceholder(
                         AuditReport::runAnchor(QStringLiteral("run-f")))),
                     medium == AuditReport::Medium::Print);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditDigest)
#include "TestAuditDigest.moc"
