#include "app/AuditKeys.h"
#include "app/AuditLogArchive.h"
#include "app/KeychainSecretStore.h"
#include "common/ChangeByte.h"
#include "widgets/AuditViewDialog.h"
#include "widgets/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace iha;

// The audit view and the main window's recent runs over the real audit log: SQLite, with its
// key and head in gnome-keyring (through tests/keyring/with-keyring).
class TestAuditView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KeychainSecretStore m_store;

    QString path() const { return m_dir.filePath(QStringLiteral("audit.sqlite")); }

    std::unique_ptr<AuditLogArchive> archive()
    {
        QString error;
        auto archive = AuditLogArchive::open(path(), m_store, &error);
        if (!archive)
            qFatal("%s", qPrintable(error));
        return archive;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("IHA_TEST_KEYRING_PASSWORD_FILE"))
            QSKIP("run through tests/keyring/with-keyring (ctest does)");
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        auto log = AuditLog::open(path(), &error);
        QVERIFY2(log, qPrintable(error));
        bool loaded = false;
        AuditKeys::loadKey(m_store, *log,
                           [&](const std::optional<SecretResult> &problem) { loaded = !problem; });
        QTRY_VERIFY(loaded);
        log->redactor().addSecret(QStringLiteral("hunter2"));
        // Two runs on prod, one on lab.
        const QList<QPair<QString, QString>> runs = {{QStringLiteral("prod"), QStringLiteral("r1")},
                                                     {QStringLiteral("prod"), QStringLiteral("r2")},
                                                     {QStringLiteral("lab"), QStringLiteral("r3")}};
        for (const auto &[cluster, run] : runs) {
            QVERIFY(log->recordRun({run,
                                    cluster,
                                    QStringLiteral("configure-primary"),
                                    QStringLiteral("ops@pc"),
                                    QStringLiteral("succeeded"),
                                    2,
                                    {}}));
            for (int step = 1; step <= 2; ++step) {
                AuditEntry e;
                e.operatorName = QStringLiteral("ops@pc");
                e.cluster = cluster;
                e.runId = run;
                e.procedure = QStringLiteral("configure-primary");
                e.stepNumber = step;
                e.step = QStringLiteral("Step %1").arg(step);
                e.host = step == 1 ? QStringLiteral("db1") : QStringLiteral("db2");
                e.command = QStringLiteral("systemctl reload postgresql");
                e.output = QStringLiteral("MARK-%1-%2 password=hunter2").arg(run).arg(step);
                e.outcome = QStringLiteral("succeeded");
                QVERIFY(log->append(e, &error));
            }
            QTest::qWait(5); // distinct start times
        }
        bool stored = false;
        AuditKeys::storeHead(m_store, *log, [&](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
    }

    void filtersByClusterAndRun()
    {
        auto log = archive();
        AuditViewDialog dialog(log.get(), {});
        dialog.show();
        QCOMPARE(dialog.shownEntries().size(), 6);
        dialog.setClusterFilter(QStringLiteral("prod"));
        QCOMPARE(dialog.shownEntries().size(), 4);
        auto *run = dialog.findChild<QComboBox *>(QStringLiteral("runFilter"));
        QCOMPARE(run->count(), 3); // all runs, r1, r2
        run->setCurrentIndex(run->findData(QStringLiteral("r2")));
        QCOMPARE(dialog.shownEntries().size(), 2);
        for (const AuditEntry &e : dialog.shownEntries())
            QCOMPARE(e.runId, QStringLiteral("r2"));
    }

    void filtersByHostAndOutcome()
    {
        auto log = archive();
        AuditViewDialog dialog(log.get(), {});
        dialog.show();
        auto *host = dialog.findChild<QComboBox *>(QStringLiteral("hostFilter"));
        auto *outcome = dialog.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        QCOMPARE(host->count(), 3); // all hosts, db1, db2
        host->setCurrentIndex(host->findData(QStringLiteral("db2")));
        QCOMPARE(dialog.shownEntries().size(), 3);
        for (const AuditEntry &e : dialog.shownEntries())
            QCOMPARE(e.host, QStringLiteral("db2"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("succeeded")));
        QCOMPARE(dialog.shownEntries().size(), 3);
        dialog.setClusterFilter(QStringLiteral("lab"));
        QCOMPARE(dialog.shownEntries().size(), 1);
    }

    void verifiesAndExportsWhatIsShown()
    {
        auto log = archive();
        AuditViewDialog dialog(log.get(), {});
        dialog.show();
        QSignalSpy verified(&dialog, &AuditViewDialog::verified);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verifyButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(verified.count(), 1);
        QVERIFY2(verified.at(0).at(0).toBool(), qPrintable(verified.at(0).at(1).toString()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("auditResult"))
                    ->text()
                    .contains(QStringLiteral("6 entries intact")));

        dialog.setClusterFilter(QStringLiteral("lab"));
        QSignalSpy exported(&dialog, &AuditViewDialog::exported);
        const QList<QPair<AuditArchive::Format, QString>> formats = {
            {AuditArchive::Format::Html, QStringLiteral("report.html")},
            {AuditArchive::Format::Json, QStringLiteral("report.json")},
            {AuditArchive::Format::Pdf, QStringLiteral("report.pdf")}};
        for (const auto &[format, name] : formats) {
            const QString file = m_dir.filePath(name);
            dialog.exportTo(format, file);
            QTRY_COMPARE(exported.count(), formats.indexOf({format, name}) + 1);
            QCOMPARE(exported.last().at(0).toString(), QString());
            QFile report(file);
            QVERIFY(report.open(QIODevice::ReadOnly));
            const QByteArray data = report.readAll();
            QVERIFY(data.size() > 500);
            QVERIFY(!data.contains("hunter2"));
            if (format != AuditArchive::Format::Pdf) {
                QVERIFY(data.contains("MARK-r3-1"));
                QVERIFY(!data.contains("MARK-r1-1")); // only what the filter shows
            }
        }
    }

    void theMainWindowListsRecentRunsNewestFirst()
    {
        auto log = archive();
        MainWindow window;
        window.setAuditArchive(log.get());
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        auto *runs = window.findChild<QTreeWidget *>(QStringLiteral("recentRuns"));
        QCOMPARE(runs->topLevelItemCount(), 2); // prod's, not lab's
        QCOMPARE(runs->topLevelItem(0)->text(4), QStringLiteral("r2"));
        QCOMPARE(runs->topLevelItem(1)->text(4), QStringLiteral("r1"));
        QCOMPARE(runs->topLevelItem(0)->text(2), QStringLiteral("succeeded"));

        // A run the CLI records meanwhile shows up with the next verdict.
        {
            QString error;
            auto cli = AuditLog::open(path(), &error);
            QVERIFY(cli->recordRun({QStringLiteral("r4"),
                                    QStringLiteral("prod"),
                                    QStringLiteral("configure-standby"),
                                    QStringLiteral("ops@pc"),
                                    QStringLiteral("failed"),
                                    3,
                                    {}}));
        }
        window.showStatus(window.currentClusterPath(), {}, ClusterVerdict{});
        QCOMPARE(runs->topLevelItemCount(), 3);
        QCOMPARE(runs->topLevelItem(0)->text(4), QStringLiteral("r4"));
        QCOMPARE(runs->topLevelItem(0)->text(2), QStringLiteral("failed"));
        window.setAuditArchive(nullptr);
    }

    void aChangedByteIsNamed()
    {
        QVERIFY(changeByteAfter(path(), "MARK-r2-1", 5, 'X'));
        auto log = archive();
        AuditViewDialog dialog(log.get(), {});
        QSignalSpy verified(&dialog, &AuditViewDialog::verified);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verifyButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(verified.count(), 1);
        QVERIFY(!verified.at(0).at(0).toBool());
        QVERIFY2(verified.at(0).at(1).toString().contains(QStringLiteral("entry #3")),
                 qPrintable(verified.at(0).at(1).toString()));
    }

    // The GUI records host key decisions as the operator clicks, while the key of a new log
    // is still being created: every entry must be hashed with the key the keychain keeps.
    void decisionsRecordedAtOnceOnANewLogVerify()
    {
        QString error;
        auto fresh =
            AuditLogArchive::open(m_dir.filePath(QStringLiteral("fresh.sqlite")), m_store, &error);
        QVERIFY2(fresh, qPrintable(error));
        QStringList problems;
        int recorded = 0;
        for (int i = 1; i <= 4; ++i) {
            AuditEntry decision;
            decision.cluster = QStringLiteral("prod");
            decision.step = QStringLiteral("host key of db%1").arg(i);
            decision.outcome = QStringLiteral("decision");
            decision.decision = QStringLiteral("accepted in the GUI");
            fresh->record(decision, [&](const QString &problem) {
                ++recorded;
                if (!problem.isEmpty())
                    problems << problem;
            });
        }
        QTRY_COMPARE(recorded, 4);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        fresh.reset();
        auto reopened =
            AuditLogArchive::open(m_dir.filePath(QStringLiteral("fresh.sqlite")), m_store, &error);
        std::optional<QPair<bool, QString>> verdict;
        reopened->verify(
            [&](bool intact, const QString &message) { verdict = qMakePair(intact, message); });
        QTRY_VERIFY(verdict.has_value());
        QVERIFY2(verdict->first, qPrintable(verdict->second));
        QVERIFY2(verdict->second.startsWith(QStringLiteral("4 entries intact")),
                 qPrintable(verdict->second));
    }

    // A log put in the place of the one the keychain remembers there is not intact in the
    // window's Verify either, and says why (security hardening, point 7).
    void aReplacedLogIsSaidByVerify()
    {
        const QString at = m_dir.filePath(QStringLiteral("replaced.sqlite"));
        QString error;
        {
            auto first = AuditLogArchive::open(at, m_store, &error);
            QVERIFY2(first, qPrintable(error));
            QString identity = QStringLiteral("unset");
            first->checkIdentity([&](const QString &problem) { identity = problem; });
            QTRY_VERIFY(identity != QLatin1String("unset"));
            QCOMPARE(identity, QString()); // remembered at its first use
        }
        QVERIFY(QFile::remove(at));
        auto second = AuditLogArchive::open(at, m_store, &error);
        QVERIFY2(second, qPrintable(error));
        AuditViewDialog dialog(second.get(), {});
        QSignalSpy verified(&dialog, &AuditViewDialog::verified);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verifyButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(verified.count(), 1);
        QVERIFY(!verified.at(0).at(0).toBool());
        QVERIFY2(verified.at(0).at(1).toString().contains(
                     QStringLiteral("is not the one this keychain remembers there")),
                 qPrintable(verified.at(0).at(1).toString()));
    }

    void withoutALogTheViewSaysWhy()
    {
        AuditViewDialog dialog(nullptr, QStringLiteral("cannot open /nowhere/audit.sqlite"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("auditResult"))->text(),
                 QStringLiteral("cannot open /nowhere/audit.sqlite"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("verifyButton"))->isEnabled());
    }
};

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"
