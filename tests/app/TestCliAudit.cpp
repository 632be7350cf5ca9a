#include "app/AuditKeys.h"
#include "app/AuditLog.h"
#include "app/ExitCode.h"
#include "app/KeychainSecretStore.h"
#include "common/ChangeByte.h"
#include "common/CliRunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// `audit verify` and `audit export` with the key and head in a real keychain (through
// tests/keyring/with-keyring).
class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KeychainSecretStore m_store;

    CliOutcome cli(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--audit-db"), path()} + args, {}, 20000);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("audit.sqlite")); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("IHA_TEST_KEYRING_PASSWORD_FILE"))
            QSKIP("run through tests/keyring/with-keyring (ctest does)");
    }

    // No log is no intact log, and `audit verify` does not make one.
    void noLogIsNoIntactLog()
    {
        const CliOutcome o = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(o.err.contains(QStringLiteral("there is no audit log here yet")),
                 qPrintable(o.out + o.err));
        QVERIFY(!QFile::exists(path()));
    }

    void entriesVerifyAndExportInEveryFormat()
    {
        {
            QString error;
            auto log = AuditLog::open(path(), &error);
            QVERIFY(log);
            bool loaded = false;
            AuditKeys::loadKey(m_store, *log, [&](const std::optional<SecretResult> &problem) {
                loaded = !problem;
            });
            QTRY_VERIFY(loaded);
            log->redactor().addSecret(QStringLiteral("hunter2'\"\\"));
            for (int i = 1; i <= 4; ++i) {
                AuditEntry e;
                e.operatorName = QStringLiteral("ops@pc");
                e.cluster = QStringLiteral("prod");
                e.runId = QStringLiteral("r1");
                e.procedure = QStringLiteral("configure-primary");
                e.stepNumber = i;
                e.step = QStringLiteral("Step %1").arg(i);
                e.command = QStringLiteral("systemctl restart postgresql");
                e.output = QStringLiteral("MARK%1X password=hunter2'\"\\").arg(i);
                e.outcome = QStringLiteral("succeeded");
                QVERIFY(log->append(e, &error));
            }
            bool stored = false;
            AuditKeys::storeHead(m_store, *log, [&](const SecretResult &r) { stored = r.ok(); });
            QTRY_VERIFY(stored);
        }
        const CliOutcome verified = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, int(ExitSuccess));
        QVERIFY(verified.out.contains(QStringLiteral("4 entries intact")));
        QVERIFY(verified.out.contains(QStringLiteral("as the keychain remembers")));

        for (const char *format : {"html", "json", "pdf"}) {
            const QString output =
                m_dir.filePath(QStringLiteral("report.") + QLatin1String(format));
            const CliOutcome o =
                cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                     QLatin1String(format), QStringLiteral("--output"), output,
                     QStringLiteral("--run"), QStringLiteral("r1")});
            QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.err));
            QFile file(output);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY(data.size() > 500);
            QVERIFY(!data.contains("hunter2"));
        }
    }

    void aChangedByteIsNamedByVerify()
    {
        QVERIFY(changeByteAfter(path(), "MARK2X", 4, '9'));
        const CliOutcome o = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(o.err.contains(QStringLiteral("entry #2 (")), qPrintable(o.err));
    }

    // The keychain remembers which log lives at a path: a deleted log is missing, a new one
    // in its place is not the one remembered, until the operator adopts it (security
    // hardening, point 7).
    void aDeletedOrReplacedLogIsNoticed()
    {
        const QString log = m_dir.filePath(QStringLiteral("replaced.sqlite"));
        const auto audit = [&](const QString &action) {
            return runCli({QStringLiteral("--audit-db"), log, QStringLiteral("audit"), action}, {},
                          20000);
        };
        QString firstId;
        {
            QString error;
            auto first = AuditLog::open(log, &error);
            QVERIFY(first);
            firstId = first->databaseId();
        }
        CliOutcome o = audit(QStringLiteral("verify")); // remembered at its first use
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));

        QVERIFY(QFile::remove(log));
        o = audit(QStringLiteral("verify"));
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(
            o.err.contains(
                QStringLiteral("MISSING: the keychain remembers the audit log %1").arg(firstId)),
            qPrintable(o.err));
        QVERIFY(!QFile::exists(log));

        QString secondId;
        {
            QString error;
            auto second = AuditLog::open(log, &error);
            QVERIFY(second);
            secondId = second->databaseId();
        }
        o = audit(QStringLiteral("verify"));
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(o.out.contains(QStringLiteral("0 entries intact")), qPrintable(o.out));
        QVERIFY2(o.err.contains(QStringLiteral("is not the one this keychain remembers there "
                                               "(log %1; this file is log %2)")
                                    .arg(firstId, secondId)),
                 qPrintable(o.err));

        o = audit(QStringLiteral("adopt"));
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        o = audit(QStringLiteral("verify"));
        QVERIFY2(o.exitCode == ExitSuccess && o.out.contains(QStringLiteral("1 entries intact")),
                 qPrintable(o.out + o.err));
        QString error;
        const QList<AuditEntry> entries = AuditLog::open(log, &error)->entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().decision.contains(
            QStringLiteral("this log replaces log %1").arg(firstId)));
    }

    // A log put in another's place with entries hashed by a key this keychain does not have:
    // not merely "cannot verify", but another log (exit 1).
    void aReplacementWithoutItsKeyIsStillAnotherLog()
    {
        const QString log = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        const auto verify = [&] {
            return runCli({QStringLiteral("--audit-db"), log, QStringLiteral("audit"),
                           QStringLiteral("verify")},
                          {}, 20000);
        };
        {
            QString error;
            QVERIFY(AuditLog::open(log, &error));
        }
        QCOMPARE(verify().exitCode, int(ExitSuccess)); // remembered here
        QVERIFY(QFile::remove(log));
        {
            QString error;
            auto foreign = AuditLog::open(log, &error);
            QVERIFY(foreign);
            foreign->setKey("a key from elsewhere");
            AuditEntry e;
            e.step = QStringLiteral("written elsewhere");
            e.outcome = QStringLiteral("succeeded");
            QVERIFY2(foreign->append(e, &error), qPrintable(error));
        }
        const CliOutcome o = verify();
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(o.err.contains(QStringLiteral("is not in this keychain")) &&
                     o.err.contains(QStringLiteral("is not the one this keychain remembers there")),
                 qPrintable(o.err));
    }

    // `secret set|delete` is recorded in the audit log (which secret, who, when; never the
    // value), and the chain verifies after it; a change the log cannot record is not made.
    void aSecretChangeIsRecordedNeverItsValue()
    {
        const QString cluster = QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json");
        const QString log = m_dir.filePath(QStringLiteral("secrets.sqlite"));
        const auto secretCli = [&](const QStringList &args, const QByteArray &input = {}) {
            return runCli(QStringList{QStringLiteral("--cluster"), cluster,
                                      QStringLiteral("--audit-db"), log} +
                              args,
                          input, 20000);
        };
        const QString name = QStringLiteral("replication-password");
        const QByteArray value = "Secret-Value-7f3e";
        CliOutcome o =
            secretCli({QStringLiteral("secret"), QStringLiteral("set"), name}, value + '\n');
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(!(o.out + o.err).contains(QString::fromLatin1(value)));
        o = secretCli({QStringLiteral("secret"), QStringLiteral("delete"), name});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        o = secretCli({QStringLiteral("secret"), QStringLiteral("delete"), name}); // nothing to do
        QVERIFY2(o.out.contains(QStringLiteral("was not set")), qPrintable(o.out + o.err));

        o = secretCli({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(o.exitCode == ExitSuccess && o.out.contains(QStringLiteral("4 entries intact")),
                 qPrintable(o.out + o.err));
        QString error;
        const auto entries = AuditLog::open(log, &error)->entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).outcome, QStringLiteral("secret set"));
        // With where it may go: this file's endpoints (security hardening, point 1).
        QCOMPARE(entries.at(1).outcome, QStringLiteral("secret bound"));
        QVERIFY2(entries.at(1).output.contains(QStringLiteral("ssh root@10.1.0.11:22")),
                 qPrintable(entries.at(1).output));
        QCOMPARE(entries.at(2).outcome, QStringLiteral("secret deleted"));
        QCOMPARE(entries.at(3).outcome, QStringLiteral("secret unbound"));
        QCOMPARE(entries.at(0).cluster, QStringLiteral("prod"));
        QVERIFY(entries.at(0).step.contains(name));
        QVERIFY(!entries.at(0).operatorName.isEmpty());
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(value));

        // An audit log that cannot be opened: refused, and the keychain left as it was.
        const QString blocked = m_dir.filePath(QStringLiteral("not-a-directory"));
        QFile(blocked).open(QIODevice::WriteOnly);
        o = runCli({QStringLiteral("--cluster"), cluster, QStringLiteral("--audit-db"),
                    blocked + QStringLiteral("/audit.sqlite"), QStringLiteral("secret"),
                    QStringLiteral("set"), name},
                   value + '\n', 20000);
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("not done")), qPrintable(o.err));
        o = secretCli({QStringLiteral("secret"), QStringLiteral("check"), name});
        QVERIFY2(o.out.contains(QStringLiteral("is not set")), qPrintable(o.out + o.err));
    }
};

QTEST_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
