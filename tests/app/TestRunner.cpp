#include "app/AuditLog.h"
#include "app/Runner.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iha;

namespace {

// A fake of the remote-shell port (allowed for testing the engine's logic in isolation; the
// real thing is tested in TestProcedures): answers each command after a short delay with
// what `respond` says, from the thread it lives in, as SshHost does.
class FakeShell : public RemoteShell
{
public:
    std::function<CommandResult(const RemoteCommand &)> respond;
    QStringList commands;
    int delayMs = 5;
    int chunkBytes = 0; // > 0: the output arrives in pieces of this size, as from SSH

    quint64 execute(const RemoteCommand &command) override
    {
        const quint64 id = ++m_last;
        QMetaObject::invokeMethod(
            this,
            [this, id, command] {
                commands << command.command;
                QTimer::singleShot(delayMs, this, [this, id, command] {
                    if (m_cancelled.contains(id))
                        return;
                    const CommandResult r = respond(command);
                    const int piece = chunkBytes > 0 ? chunkBytes : int(r.out.size());
                    for (qsizetype at = 0; at < r.out.size(); at += piece)
                        emit outputReceived(id, OutputChannel::Stdout, r.out.mid(at, piece));
                    emit resultReady(id, r);
                    emit finished(id, r);
                });
            },
            Qt::QueuedConnection);
        return id;
    }

    void cancel(quint64 id) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                m_cancelled << id;
                CommandResult r;
                r.status = CommandResult::Status::Cancelled;
                r.error = QStringLiteral("cancelled");
                emit resultReady(id, r);
                emit finished(id, r);
            },
            Qt::QueuedConnection);
    }

private:
    std::atomic<quint64> m_last{0};
    QSet<quint64> m_cancelled;
};

CommandResult exited(int code, const QByteArray &out = {})
{
    CommandResult r;
    r.status = CommandResult::Status::Exited;
    r.exitCode = code;
    r.out = out;
    return r;
}

// A step whose check, act and verify each run one command on "n1": "check-<name>" answers
// "done" or not, "act-<name>" exits 0 or 1.
Step step(const QString &name)
{
    Step s;
    s.description = name;
    s.node = QStringLiteral("n1");
    s.check = [name](StepIo &io, bool *done) {
        RemoteCommand c;
        c.command = QStringLiteral("check-") + name;
        const CommandResult r = io.run(QStringLiteral("n1"), c);
        *done = r.out == "done";
        return QString();
    };
    s.act = [name](StepIo &io) {
        RemoteCommand c;
        c.command = QStringLiteral("act-") + name;
        const CommandResult r = io.run(QStringLiteral("n1"), c);
        return r.succeeded() ? QString() : QStringLiteral("%1 failed: %2").arg(name, r.error);
    };
    s.verify = [](StepIo &) {
        return QString();
    };
    return s;
}

} // namespace

Q_DECLARE_METATYPE(QList<int>)

// The runner's logic with a fake shell: skip what is done, stop at the first failure, resume
// by checking every step again, refuse on a failed pre-flight check, cancel a running command,
// audit everything.
class TestRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    RunRequest request(FakeShell *shell, const QList<Step> &steps,
                       const QList<Step> &preflight = {})
    {
        RunRequest r;
        r.plan.procedure = QStringLiteral("test-procedure");
        r.plan.cluster = QStringLiteral("c");
        r.plan.steps = steps;
        r.plan.preflight = preflight;
        r.runId = QStringLiteral("run-%1").arg(++m_files);
        r.operatorName = QStringLiteral("tester@here");
        r.shells.insert(QStringLiteral("n1"), shell);
        r.auditPath = m_dir.filePath(QStringLiteral("audit.sqlite"));
        r.auditKey = "test key";
        r.secrets = {QStringLiteral("s3cret")};
        return r;
    }

    struct Finished
    {
        RunOutcome outcome;
        int failedStep;
        QString message;
        QStringList statuses;
    };

    Finished runToEnd(const RunRequest &r)
    {
        Runner runner;
        QSignalSpy done(&runner, &Runner::finished);
        QStringList statuses;
        connect(&runner, &Runner::stepFinished, this,
                [&](int index, bool preflight, const QString &status, const QString &) {
                    statuses << QStringLiteral("%1%2:%3")
                                    .arg(preflight ? QStringLiteral("p") : QString())
                                    .arg(index)
                                    .arg(status);
                });
        runner.start(r);
        [&] {
            QVERIFY(done.wait(10000));
        }();
        if (done.isEmpty())
            return {RunOutcome::Failed, -2, QStringLiteral("no end"), statuses};
        return {done.first().at(0).value<RunOutcome>(), done.first().at(1).toInt(),
                done.first().at(2).toString(), statuses};
    }

private slots:
    // What the operator sees (output, notes, a failed step's reason) is masked as the audit
    // log is: a command may print a secret back.
    void whatTheOperatorSeesIsMasked()
    {
        FakeShell shell;
        shell.respond = [](const RemoteCommand &c) {
            return c.command == QLatin1String("act-a") ? exited(1, "the password s3cret, again")
                                                       : exited(0);
        };
        Step leaky = step(QStringLiteral("a"));
        leaky.act = [](StepIo &io) {
            RemoteCommand c;
            c.command = QStringLiteral("act-a");
            const CommandResult r = io.run(QStringLiteral("n1"), c);
            io.note(QStringLiteral("noted: ") + QString::fromUtf8(r.out));
            return QStringLiteral("failed: ") + QString::fromUtf8(r.out);
        };
        Runner runner;
        QSignalSpy done(&runner, &Runner::finished);
        QStringList seen;
        connect(&runner, &Runner::output, this, [&](const QString &text) { seen << text; });
        connect(&runner, &Runner::noted, this, [&](const QString &text) { seen << text; });
        connect(&runner, &Runner::stepFinished, this,
                [&](int, bool, const QString &, const QString &message) { seen << message; });
        runner.start(request(&shell, {leaky}));
        QVERIFY(done.wait(10000));
        seen << done.first().at(2).toString();
        const QString all = seen.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("the password")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("s3cret")), qPrintable(all));
    }

    // A command may print a secret in the form another program gave it: each form is masked
    // in what the operator sees and in the audit log (security hardening, point 6).
    void everyFormOfASecretIsMaskedEverywhere_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::newRow("url-encoded") << QByteArray("p%C3%A4%20ss%2Fw%27o%22rd");
        QTest::newRow("json, ASCII only") << QByteArray("p\\u00e4 ss/w'o\\\"rd");
        QTest::newRow("base64") << QByteArray("cMOkIHNzL3cnbyJyZA==");
        QTest::newRow("libpq connection string") << QByteArray("p\xc3\xa4 ss/w\\'o\"rd");
        QTest::newRow("between double quotes in sh") << QByteArray("p\xc3\xa4 ss/w'o\\\"rd");
    }

    void everyFormOfASecretIsMaskedEverywhere()
    {
        QFETCH(QByteArray, form);
        FakeShell shell;
        shell.chunkBytes = 3;
        shell.respond = [form](const RemoteCommand &c) {
            return c.command == QLatin1String("act-a") ? exited(1, "got <" + form + ">")
                                                       : exited(0);
        };
        RunRequest r = request(&shell, {step(QStringLiteral("a"))});
        r.secrets = {QString::fromUtf8("p\xc3\xa4 ss/w'o\"rd")};
        Runner runner;
        QSignalSpy done(&runner, &Runner::finished);
        QString shown;
        connect(&runner, &Runner::output, this, [&](const QString &text) { shown += text; });
        runner.start(r);
        QVERIFY(done.wait(10000));
        QCOMPARE(shown, QStringLiteral("got <") + Redactor::kMask + QLatin1Char('>'));
        QString error;
        auto log = AuditLog::open(r.auditPath, &error);
        QVERIFY2(log, qPrintable(error));
        int withOutput = 0;
        for (const AuditEntry &e : log->entries()) {
            if (e.runId != r.runId)
                continue;
            QVERIFY2(!e.output.toUtf8().contains(form) && !e.decision.toUtf8().contains(form),
                     qPrintable(e.output));
            withOutput += e.output.contains(QStringLiteral("got <") + Redactor::kMask) ? 1 : 0;
        }
        QVERIFY(withOutput > 0);
    }

    // SSH hands output over in pieces: a secret (or a character) cut between two is masked,
    // and nothing of the output is lost.
    void liveOutputMasksASecretCutBetweenPieces_data()
    {
        QTest::addColumn<int>("chunkBytes");
        for (int bytes : {1, 2, 3, 5, 7, 16})
            QTest::addRow("%d bytes", bytes) << bytes;
    }

    void liveOutputMasksASecretCutBetweenPieces()
    {
        QFETCH(int, chunkBytes);
        FakeShell shell;
        shell.chunkBytes = chunkBytes;
        shell.respond = [](const RemoteCommand &c) {
            return c.command == QLatin1String("act-a")
                       ? exited(0, "caf\xc3\xa9 s3cret s3cre s3cret")
                       : exited(0);
        };
        Runner runner;
        QSignalSpy done(&runner, &Runner::finished);
        QString shown;
        connect(&runner, &Runner::output, this, [&](const QString &text) { shown += text; });
        runner.start(request(&shell, {step(QStringLiteral("a"))}));
        QVERIFY(done.wait(10000));
        QCOMPARE(shown, QStringLiteral("caf\u00e9 [secret] s3cre [secret]"));
    }

    void skipsWhatIsDoneAndStopsAtTheFirstFailure()
    {
        FakeShell shell;
        shell.respond = [](const RemoteCommand &c) {
            if (c.command == QLatin1String("check-a"))
                return exited(0, "done");
            if (c.command == QLatin1String("act-c"))
                return exited(1);
            return exited(0);
        };
        const Finished f =
            runToEnd(request(&shell, {step(QStringLiteral("a")), step(QStringLiteral("b")),
                                      step(QStringLiteral("c")), step(QStringLiteral("d"))}));
        QCOMPARE(f.outcome, RunOutcome::Failed);
        QCOMPARE(f.failedStep, 2);
        QCOMPARE(f.statuses, (QStringList{QStringLiteral("0:already done"),
                                          QStringLiteral("1:done"), QStringLiteral("2:failed")}));
        QVERIFY(!shell.commands.contains(QStringLiteral("check-d"))); // nothing after the failure
        QVERIFY(!shell.commands.contains(QStringLiteral("act-a")));   // nothing for what was done

        // The progress is in the audit log: a resume starts at the failed step.
        QString error;
        auto log = AuditLog::open(m_dir.filePath(QStringLiteral("audit.sqlite")), &error);
        QVERIFY(log);
        const auto record = log->runRecord(QStringLiteral("run-%1").arg(m_files));
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("failed"));
        QCOMPARE(record->nextStep, 2);
        log->setKey("test key");
        QVERIFY(log->verify(std::nullopt).intact);
        QVERIFY(log->entries().size() >= 6);
    }

    // A resumed run trusts no counter: every step's check runs again, what is done is skipped
    // and what is not (any more, e.g. a service someone restarted) is done again.
    void aResumeChecksEveryStepAgain()
    {
        FakeShell shell;
        shell.respond = [](const RemoteCommand &c) {
            CommandResult r = exited(0);
            if (c.command == QLatin1String("check-a") || c.command == QLatin1String("check-c"))
                r.out = "done";
            return r;
        };
        RunRequest r = request(&shell, {step(QStringLiteral("a")), step(QStringLiteral("b")),
                                        step(QStringLiteral("c"))});
        r.resuming = true;
        const Finished f = runToEnd(r);
        QCOMPARE(f.outcome, RunOutcome::Succeeded);
        QCOMPARE(f.statuses,
                 (QStringList{QStringLiteral("0:already done"), QStringLiteral("1:done"),
                              QStringLiteral("2:already done")}));
        QCOMPARE(shell.commands, (QStringList{QStringLiteral("check-a"), QStringLiteral("check-b"),
                                              QStringLiteral("act-b"), QStringLiteral("check-c")}));
    }

    void aFailedPreflightCheckRefusesBeforeAnyStep()
    {
        FakeShell shell;
        shell.respond = [](const RemoteCommand &) {
            return exited(0);
        };
        Step gate = step(QStringLiteral("gate")); // its check says "not done": a refusal
        const Finished f = runToEnd(request(&shell, {step(QStringLiteral("a"))}, {gate}));
        QCOMPARE(f.outcome, RunOutcome::Refused);
        QCOMPARE(shell.commands, QStringList{QStringLiteral("check-gate")});
    }

    void cancelStopsTheRunningCommand()
    {
        FakeShell shell;
        shell.delayMs = 60000; // the act never answers by itself
        shell.respond = [](const RemoteCommand &) {
            return exited(0);
        };
        Runner runner;
        QSignalSpy done(&runner, &Runner::finished);
        QSignalSpy started(&runner, &Runner::stepStarted);
        RunRequest r = request(&shell, {step(QStringLiteral("a"))});
        runner.start(r);
        QVERIFY(started.wait(5000));
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).value<RunOutcome>(), RunOutcome::Cancelled);
        QVERIFY(clock.elapsed() < 2000);
    }

    void finallyRunsWhateverHappens()
    {
        FakeShell shell;
        shell.respond = [](const RemoteCommand &c) {
            return exited(c.command == QLatin1String("act-a") ? 1 : 0);
        };
        RunRequest r = request(&shell, {step(QStringLiteral("a"))});
        auto end = std::make_shared<std::optional<RunEnd>>();
        r.plan.finally = [end](StepIo &io, RunEnd how) {
            *end = how;
            RemoteCommand c;
            c.command = QStringLiteral("release-lock");
            io.run(QStringLiteral("n1"), c);
        };
        QCOMPARE(runToEnd(r).outcome, RunOutcome::Failed);
        QCOMPARE(shell.commands.constLast(), QStringLiteral("release-lock"));
        // A failed step may have left the cluster half-way: the lock must stay.
        QCOMPARE(*end, std::optional<RunEnd>(RunEnd::LeftHalfDone));
    }

    // A run without its record is not allowed: once an entry cannot be written (here a
    // trigger refuses the entries of step "b", as a full disk would), the run stops after that
    // step and the next one never starts.
    void aRunStopsWhenItsRecordCannotBeWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("refusing.sqlite"));
        {
            QString error;
            QVERIFY2(AuditLog::open(path, &error), qPrintable(error));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusing"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_b BEFORE INSERT ON entries WHEN "
                                          "NEW.step = 'b' BEGIN SELECT RAISE(ABORT, 'disk full'); "
                                          "END")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refusing"));
        FakeShell shell;
        shell.respond = [](const RemoteCommand &) {
            return exited(0);
        };
        RunRequest r = request(&shell, {step(QStringLiteral("a")), step(QStringLiteral("b")),
                                        step(QStringLiteral("c"))});
        r.auditPath = path;
        const Finished f = runToEnd(r);
        QCOMPARE(f.outcome, RunOutcome::Failed);
        QCOMPARE(f.failedStep, 1);
        QVERIFY2(f.message.startsWith(QStringLiteral("the audit log cannot be written")) &&
                     f.message.contains(QStringLiteral("disk full")),
                 qPrintable(f.message));
        QVERIFY(!shell.commands.contains(QStringLiteral("check-c")));
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "TestRunner.moc"
