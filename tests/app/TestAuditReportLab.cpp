// The audit report of the runbook's setup on the lab's real hosts (configure-primary, then
// configure-standby twice): page one names every run with its outcome and duration; the diffs
// are exactly what the procedures changed (checked against the backups they left on the hosts);
// the idempotent second run says "no changes"; no secret in any form in HTML, JSON or PDF; the
// JSON validates against docs/audit-report.schema.json. Root, the lab and the test keyring.
#include "app/ExitCode.h"
#include "app/KeychainSecretStore.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"
#include "models/UnifiedDiff.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace iha;

namespace {

// Characters that URL-, JSON- and shell-quoting each write differently.
const QString kReplicationPassword = QStringLiteral("r3pl+Report/Secret=&\"x");

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestAuditReportLab : public QObject
{
    Q_OBJECT

    LabEnvironment m_lab;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cluster;
    QJsonObject m_json;
    QString m_html;
    QString m_pdfText;
    int m_pdfPages = 0;

    QStringList global() const
    {
        return {QStringLiteral("--cluster"),     m_cluster,
                QStringLiteral("--audit-db"),    m_dir->filePath(QStringLiteral("audit.sqlite")),
                QStringLiteral("--known-hosts"), m_dir->filePath(QStringLiteral("known_hosts"))};
    }
    CliOutcome cli(const QStringList &args) { return runCli(global() + args); }

    QString exportAs(const QString &format)
    {
        const QString path = m_dir->filePath(QStringLiteral("report.") + format);
        const CliOutcome o =
            cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                 format, QStringLiteral("--output"), path});
        return o.exitCode == ExitSuccess ? path : QString();
    }

    QJsonArray runs() const { return m_json.value(QStringLiteral("runs")).toArray(); }

private slots:
    void initTestCase()
    {
        IHA_RESET_LAB_OR_SKIP(m_lab);
        m_dir = std::make_unique<QTemporaryDir>();
        m_cluster = m_dir->filePath(QStringLiteral("cluster.json"));
        QVERIFY(QFile::copy(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")), m_cluster));
        QVERIFY(
            storeSecret(m_cluster, QStringLiteral("replication-password"), kReplicationPassword));
        QVERIFY(storeSecret(m_cluster, QStringLiteral("database-password"),
                            m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD"))));
        CliOutcome o = cli({QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        for (const QStringList &run :
             {QStringList{QStringLiteral("run"), QStringLiteral("configure-primary")},
              QStringList{QStringLiteral("run"), QStringLiteral("configure-standby"),
                          QStringLiteral("--yes")},
              QStringList{QStringLiteral("run"), QStringLiteral("configure-standby"),
                          QStringLiteral("--yes")}}) {
            o = cli(run);
            QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
        }
        const QString json = exportAs(QStringLiteral("json"));
        const QString html = exportAs(QStringLiteral("html"));
        const QString pdf = exportAs(QStringLiteral("pdf"));
        QVERIFY(!json.isEmpty() && !html.isEmpty() && !pdf.isEmpty());
        m_json = QJsonDocument::fromJson(readAll(json).toUtf8()).object();
        m_html = readAll(html);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                         pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        m_pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        m_pdfPages = int(m_pdfText.count(QLatin1Char('\f')));
        QVERIFY(m_pdfPages > 0);
    }

    void pageOneNamesEveryRunWithOutcomeAndDuration()
    {
        QCOMPARE(runs().size(), 4); // the check and the three runs
        const QString pageOne = m_html.left(m_html.indexOf(QStringLiteral("<h2>")));
        for (const QJsonValue &value : runs()) {
            const QJsonObject run = value.toObject();
            QCOMPARE(run.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
            const QString id = run.value(QStringLiteral("runId")).toString();
            const qsizetype row = pageOne.indexOf(QStringLiteral(">%1</a>").arg(id));
            QVERIFY2(row > 0, qPrintable(id));
            const QString rowText =
                pageOne.mid(row, pageOne.indexOf(QStringLiteral("</tr>"), row) - row);
            QVERIFY2(rowText.contains(QStringLiteral(">succeeded<")), qPrintable(rowText));
            QVERIFY2(rowText.contains(QRegularExpression(
                         QStringLiteral("<td>([0-9.]+ s|[0-9]+ min [0-9]+ s)</td>"))),
                     qPrintable(rowText));
        }
        QCOMPARE(runs().at(1).toObject().value(QStringLiteral("procedure")).toString(),
                 QStringLiteral("configure-primary"));
        QVERIFY(m_html.indexOf(QStringLiteral("<td>configure-standby</td>")) <
                m_html.indexOf(QStringLiteral("<h2>")));
        // The PDF: the summary and every change before page 6; headers and page numbers.
        const QRegularExpression appendix(QStringLiteral("Appendix: the raw record page (\\d+)"));
        const auto m = appendix.match(m_pdfText);
        QVERIFY2(m.hasMatch(), qPrintable(m_pdfText.left(3000)));
        QVERIFY2(m.captured(1).toInt() <= 6, qPrintable(m.captured(0)));
        QVERIFY(m_pdfText.contains(QStringLiteral("page 1 of %1").arg(m_pdfPages)));
        QVERIFY(m_pdfText.contains(QStringLiteral("Audit report: lab")));
        qInfo("PDF: %d pages, raw record from page %s", m_pdfPages, qPrintable(m.captured(1)));
    }

    // Each recorded diff is the difference between the backup the step left on the host and
    // the file after it: the next step's backup of the same file, or the file as it is now.
    void theDiffsAreExactlyWhatTheProceduresChanged()
    {
        QMap<QString, QStringList> backupsOf;   // host:path -> backups in order
        QList<QPair<QString, QString>> changes; // host:path, diff in order
        const QRegularExpression backupNote(
            QStringLiteral("^(\\w+): (\\S+) changed; the old file is (\\S+)$"));
        for (const QJsonValue &value : runs()) {
            const QJsonObject run = value.toObject();
            for (const QJsonValue &note : run.value(QStringLiteral("notes")).toArray()) {
                const auto m = backupNote.match(note.toString());
                if (m.hasMatch())
                    backupsOf[m.captured(1) + QLatin1Char(':') + m.captured(2)] << m.captured(3);
            }
            for (const QJsonValue &change : run.value(QStringLiteral("fileChanges")).toArray()) {
                const QJsonObject c = change.toObject();
                changes.append({c.value(QStringLiteral("host")).toString() + QLatin1Char(':') +
                                    c.value(QStringLiteral("path")).toString(),
                                c.value(QStringLiteral("diff")).toString()});
            }
        }
        QSet<QString> files;
        QHash<QString, int> seen;
        for (const auto &[where, diff] : changes) {
            files.insert(where);
            const QString host = where.section(QLatin1Char(':'), 0, 0);
            const QString path = where.section(QLatin1Char(':'), 1);
            const QStringList backups = backupsOf.value(where);
            const int i = seen[where]++;
            QVERIFY2(i < backups.size(), qPrintable(where));
            const QString before = QString::fromUtf8(
                LabEnvironment::exec(host, QStringLiteral("cat -- '%1'").arg(backups.at(i))));
            const QString after = QString::fromUtf8(LabEnvironment::exec(
                host, QStringLiteral("cat -- '%1'")
                          .arg(i + 1 < backups.size() ? backups.at(i + 1) : path)));
            QCOMPARE(diff, UnifiedDiff::diff(before, after, where + QStringLiteral(" (before)"),
                                             where + QStringLiteral(" (after)")));
            QVERIFY(diff.contains(QStringLiteral("\n+")));
        }
        QVERIFY(files.contains(QStringLiteral("db1:/var/lib/pgsql/data/postgresql.conf")));
        QVERIFY(files.contains(QStringLiteral("db1:/var/lib/pgsql/data/pg_hba.conf")));
        QVERIFY(files.contains(QStringLiteral("db2:/var/lib/pgsql/data/postgresql.auto.conf")));
        // configure-primary's settings, as the diff shows them.
        QVERIFY(m_html.contains(QStringLiteral("<span class=\"da\">+wal_level = replica")));
    }

    void theIdempotentRunSaysNoChanges()
    {
        const QJsonObject again = runs().at(3).toObject();
        QVERIFY(again.value(QStringLiteral("fileChanges")).toArray().isEmpty());
        QVERIFY(again.value(QStringLiteral("otherChanges")).toArray().isEmpty());
        for (const QJsonValue &step : again.value(QStringLiteral("steps")).toArray())
            QCOMPARE(step.toObject().value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("already done"));
        QCOMPARE(
            m_html.count(QStringLiteral("No changes: every step it reached was already done.")), 1);
        QVERIFY(m_pdfText.contains(QStringLiteral("No changes: every step it reached")));
    }

    void noSecretInAnyForm()
    {
        const QByteArray plain = kReplicationPassword.toUtf8();
        QByteArray jsonEscaped =
            QJsonDocument(QJsonArray{kReplicationPassword}).toJson(QJsonDocument::Compact);
        jsonEscaped = jsonEscaped.mid(2, jsonEscaped.size() - 4);
        const QByteArrayList forms = {
            plain,
            QUrl::toPercentEncoding(kReplicationPassword),
            plain.toBase64(),
            jsonEscaped,
            kReplicationPassword.toHtmlEscaped().toUtf8(),
            m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")).toUtf8(),
        };
        const QByteArray json = QJsonDocument(m_json).toJson();
        for (const QByteArray &form : forms) {
            QVERIFY2(!m_html.toUtf8().contains(form), form.constData());
            QVERIFY2(!json.contains(form), form.constData());
            QVERIFY2(!m_pdfText.toUtf8().contains(form), form.constData());
        }
    }

    void theJsonValidatesAgainstItsSchema()
    {
        QProcess validate;
        validate.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, jsonschema\n"
                            "schema = json.load(open(sys.argv[1]))\n"
                            "jsonschema.Draft202012Validator.check_schema(schema)\n"
                            "v = jsonschema.Draft202012Validator(schema)\n"
                            "errors = list(v.iter_errors(json.load(open(sys.argv[2]))))\n"
                            "[print(e.json_path, e.message[:300]) for e in errors[:20]]\n"
                            "sys.exit(1 if errors else 0)\n"),
             QStringLiteral(IHA_SOURCE_DIR "/docs/audit-report.schema.json"),
             m_dir->filePath(QStringLiteral("report.json"))});
        QVERIFY(validate.waitForFinished(60000));
        QVERIFY2(validate.exitCode() == 0,
                 qPrintable(QString::fromUtf8(validate.readAllStandardOutput() +
                                              validate.readAllStandardError()) +
                            QStringLiteral(" (python3-jsonschema: installer/install-deps.sh)")));
        QCOMPARE(m_json.value(QStringLiteral("formatVersion")).toInt(), 2);
        QVERIFY(m_json.value(QStringLiteral("verified")).toBool());
    }

    // The head is kept in the keychain after every step (security hardening, point 7): a run
    // killed with SIGKILL mid-way, then the newest entries deleted (the append-only triggers
    // dropped first), is reported as cut short by `audit verify`.
    void aKilledRunWhoseTailIsCutIsNoticed()
    {
        const QString log = m_dir->filePath(QStringLiteral("killed.sqlite"));
        QStringList args = global();
        args[3] = log;
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(QStringLiteral(IHA_CLI),
                  args + QStringList{QStringLiteral("run"), QStringLiteral("configure-standby"),
                                     QStringLiteral("--yes")});
        QVERIFY(run.waitForStarted());
        // The log's entries and its id (under which the keychain keeps its head).
        const auto peek = [&log](const QString &sql) {
            QString value;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(log);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                QSqlQuery q(db);
                if (db.open() && q.exec(sql) && q.next())
                    value = q.value(0).toString();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return value;
        };
        // Killed once the keychain holds a head from within the run, with entries after it.
        qint64 kept = 0;
        const auto keptHead = [&] {
            const QString id =
                peek(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
            if (id.isEmpty())
                return false;
            // A store of this call's own: an answer that comes after the wait gave up is dropped
            // with it, and never written into this call's gone frame.
            KeychainSecretStore keychain;
            std::optional<SecretResult> head;
            keychain.read(QStringLiteral("audit/%1/head").arg(id),
                          [&head](const SecretResult &r) { head = r; });
            if (!QTest::qWaitFor([&head] { return head.has_value(); }, 5000) || !head->ok())
                return false;
            kept = head->value.section(QLatin1Char(':'), 0, 0).toLongLong();
            return kept >= 3 &&
                   peek(QStringLiteral("SELECT COUNT(*) FROM entries")).toLongLong() > kept;
        };
        // Evaluated once per poll: the condition holds only between two anchorings of the head
        // (QTRY_VERIFY evaluates it again after the loop, and saw it false there).
        bool headKept = false;
        QElapsedTimer waited;
        waited.start();
        while (!(headKept = keptHead()) && run.state() == QProcess::Running &&
               !waited.hasExpired(60000))
            QTest::qWait(50);
        QVERIFY2(headKept && run.state() == QProcess::Running,
                 run.readAll().constData()); // killed mid-way
        run.kill();                          // SIGKILL: nothing of the run ends cleanly
        QVERIFY(run.waitForFinished(10000));
        CliOutcome o =
            runCli(args + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        // The head the keychain kept at the end of the last step before the kill.
        const QRegularExpressionMatch older =
            QRegularExpression(QStringLiteral("the keychain remembers an older head, (\\d+):"))
                .match(o.out);
        const QRegularExpressionMatch all =
            QRegularExpression(QStringLiteral("(\\d+) entries intact")).match(o.out);
        const qint64 remembered = (older.hasMatch() ? older : all).captured(1).toLongLong();
        QVERIFY2(remembered >= kept, qPrintable(o.out));

        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
            db.setDatabaseName(log);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER entries_append_only_delete")));
            // From the remembered head on: entries of steps the keychain knows of are cut.
            QVERIFY(
                q.exec(QStringLiteral("DELETE FROM entries WHERE sequence >= %1").arg(remembered)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        o = runCli(args + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2((o.out + o.err).contains(QStringLiteral("the log was cut short")),
                 qPrintable(o.out + o.err));
    }
};

QTEST_MAIN(TestAuditReportLab)
#include "TestAuditReportLab.moc"
