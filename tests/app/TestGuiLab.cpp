#include "app/AuditLog.h"
#include "app/ClusterImporter.h"
#include "app/ExitCode.h"
#include "app/GuiController.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"
#include "models/ClusterFile.h"
#include "widgets/ClusterDiagram.h"
#include "widgets/HostKeyDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/import/ImportWizard.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace iha;

// The real application's window, controller and wizards against the lab (real sshd,
// PostgreSQL 15, the Inmanta stand-in) and the real keychain, driven by clicks and typing as
// an operator would: new host keys are asked about; the setup wizards build synchronous
// replication (one run cancelled in the middle and resumed from Recent Runs); the primary dies
// and the failover wizard takes at most six clicks and one typed name from the red banner;
// the old primary comes back as the standby.
class TestGuiLab : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<GuiController> m_controller;
    int m_clicks = 0;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    QString bannerText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("verdictText"))->text();
    }
    ClusterDiagram *diagram() const
    {
        return m_window->findChild<ClusterDiagram *>(QStringLiteral("clusterDiagram"));
    }
    ProcedureWizard *wizard() const { return m_window->findChild<ProcedureWizard *>(); }
    QString chosenNode() const
    {
        return wizard()
            ->currentPage()
            ->findChild<QComboBox *>(QStringLiteral("nodeChoice"))
            ->currentText();
    }

    void click(QAbstractButton *button)
    {
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(button->text()));
        ++m_clicks;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void clickWizard(QWizard::WizardButton which) { click(wizard()->button(which)); }

    // The next page, once the current one is complete (the checks ran, the run ended).
    void next(int timeoutMs = 60000)
    {
        QWizard *w = wizard();
        const auto ready = [w] {
            return w->button(QWizard::NextButton)->isEnabled() &&
                   w->button(QWizard::NextButton)->isVisible();
        };
        QVERIFY2(QTest::qWaitFor(ready, timeoutMs), qPrintable(pageText(w->currentPage())));
        clickWizard(QWizard::NextButton);
    }
    void commit(int timeoutMs = 60000)
    {
        QWizard *w = wizard();
        QVERIFY2(QTest::qWaitFor([w] { return w->button(QWizard::CommitButton)->isEnabled(); },
                                 timeoutMs),
                 qPrintable(pageText(w->currentPage())));
        clickWizard(QWizard::CommitButton);
    }
    static QString pageText(QWidget *page)
    {
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            texts << label->text();
        for (const QTreeWidget *tree : page->findChildren<QTreeWidget *>()) {
            for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
                texts << (*it)->text(0);
        }
        return texts.join(u'\n');
    }
    void waitForPage(ProcedureWizard::PageId id, int timeoutMs = 10000)
    {
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(id), timeoutMs);
    }
    // The run page, once the run ended: its outcome.
    std::optional<RunOutcome> runOutcome(int timeoutMs)
    {
        (void)QTest::qWaitFor([this] { return wizard()->draft().outcome.has_value(); }, timeoutMs);
        return wizard()->draft().outcome;
    }
    void typeConfirmation(const QString &name)
    {
        auto *confirm =
            wizard()->currentPage()->findChild<QLineEdit *>(QStringLiteral("confirmNode"));
        QVERIFY(confirm && confirm->isVisible());
        confirm->clear();
        QTest::keyClicks(confirm, name);
    }
    // Accepts the host keys the window asks about (the monitor's, a run's), until none is
    // asked for a while; returns the nodes asked about.
    QStringList acceptHostKeys(int firstMs, int quietMs = 8000)
    {
        QStringList asked;
        while (QTest::qWaitFor(
            [this] {
                return m_controller->hostKeyDialog() && m_controller->hostKeyDialog()->isVisible();
            },
            asked.isEmpty() ? firstMs : quietMs)) {
            HostKeyDialog *dialog = m_controller->hostKeyDialog();
            asked << dialog->findChild<QLabel *>(QStringLiteral("hostKeyIntro"))->text();
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("acceptHostKeyButton")),
                Qt::LeftButton);
            if (!QTest::qWaitFor(
                    [this, dialog] { return m_controller->hostKeyDialog() != dialog; }))
                break;
        }
        return asked;
    }
    // The pre-flight page until its checks passed; a host key a check met is accepted and the
    // checks run again, as an operator would.
    void passPreflight(int timeoutMs = 90000)
    {
        waitForPage(ProcedureWizard::PreflightPageId);
        QWizard *w = wizard();
        const auto passed = [w] {
            return w->button(QWizard::NextButton)->isEnabled();
        };
        auto *recheck = w->currentPage()->findChild<QPushButton *>(QStringLiteral("recheckButton"));
        for (int attempt = 0; attempt < 5 && !passed(); ++attempt) {
            (void)QTest::qWaitFor([&] { return passed() || recheck->isEnabled(); }, timeoutMs);
            if (passed() || acceptHostKeys(5000, 5000).isEmpty())
                break;
            QTest::mouseClick(recheck, Qt::LeftButton);
        }
        next(timeoutMs);
    }

    // A cluster in words, node by node in name order, with every default spelled out: two
    // files that describe the same cluster give the same text.
    static QString describe(const Cluster &c)
    {
        QStringList lines{QStringLiteral("%1 replication %2 %3 %4 %5")
                              .arg(c.name, c.replication.user, c.replication.slot,
                                   c.replication.applicationName, c.replication.authMethod)};
        for (const Node &n : c.nodes) {
            QString line = QStringLiteral("%1 %2 %3 ssh %4@:%5 %6")
                               .arg(n.name, roleName(n.role), n.address, n.ssh.effectiveUser())
                               .arg(n.ssh.port)
                               .arg(n.ssh.identityFile);
            if (n.postgres)
                line += QStringLiteral(" pg %1 %2 %3 %4 %5")
                            .arg(n.postgres->port)
                            .arg(n.postgres->dataDir, n.postgres->effectiveConfigDir(),
                                 n.postgres->service, n.postgres->binDir);
            if (n.inmanta)
                line += QStringLiteral(" inmanta %1 %2 %3 %4 %5")
                            .arg(n.inmanta->service, n.inmanta->configFile, n.effectiveApiUrl(),
                                 n.inmanta->database, n.inmanta->databaseUser);
            lines << line;
        }
        std::sort(lines.begin() + 1, lines.end());
        return lines.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        IHA_RESET_LAB_OR_SKIP(m_lab);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::copy(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")), file("cluster.json")));
        // The replication password is not stored: the wizard asks for it. The Inmanta database
        // password is (the monitor reads the primary over SQL with it).
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("database-password"),
                            m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")), 15000));
        // The operator checked the whole cluster once from a terminal (the README's first
        // step), accepting the orchestrator's key; the window asks about the database hosts.
        const CliOutcome o = runCli(
            {QStringLiteral("--cluster"), file("cluster.json"), QStringLiteral("--audit-db"),
             file("cli-audit.sqlite"), QStringLiteral("--known-hosts"), file("gui_known_hosts"),
             QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QFile knownHosts(file("gui_known_hosts"));
        QVERIFY(knownHosts.open(QIODevice::ReadWrite));
        QByteArray kept;
        for (const QByteArray &line : knownHosts.readAll().split('\n')) {
            if (line.startsWith(m_lab.ip(QStringLiteral("orch1")).toUtf8() + ' '))
                kept += line + '\n';
        }
        QVERIFY2(!kept.isEmpty(), "orch1's key is not in the CLI's known_hosts");
        QVERIFY(knownHosts.resize(0));
        knownHosts.write(kept);
        knownHosts.close();

        m_window = std::make_unique<MainWindow>();
        GuiController::Options options;
        options.intervalMs = 1000;
        options.auditPath = file("gui-audit.sqlite");
        options.knownHostsFile = file("gui_known_hosts");
        m_controller = std::make_unique<GuiController>(m_window.get(), options);
        m_window->show();
        QVERIFY(m_window->openClusterFile(file("cluster.json")));
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
        if (m_lab.available() && qEnvironmentVariableIsEmpty("IHA_KEEP_LAB"))
            LabEnvironment::run({QStringLiteral("reset")});
    }

    // A host key the operator rejects is not asked about again at every round (one a second
    // here): only Check Now puts it to them again, on the real hosts.
    void aRejectedHostKeyIsAskedAgainOnlyByCheckNow()
    {
        QStringList rejected;
        while (QTest::qWaitFor(
            [this] {
                return m_controller->hostKeyDialog() && m_controller->hostKeyDialog()->isVisible();
            },
            rejected.isEmpty() ? 30000 : 5000)) {
            HostKeyDialog *dialog = m_controller->hostKeyDialog();
            rejected << dialog->findChild<QLabel *>(QStringLiteral("hostKeyIntro"))->text();
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("rejectHostKeyButton")),
                Qt::LeftButton);
            QVERIFY(QTest::qWaitFor(
                [this, dialog] { return m_controller->hostKeyDialog() != dialog; }));
        }
        QVERIFY2(rejected.join(u'\n').contains(QStringLiteral("db1")),
                 qPrintable(rejected.join(u'\n')));
        BackgroundMonitor *monitor =
            m_controller->monitor(QFileInfo(file("cluster.json")).absoluteFilePath());
        QSignalSpy rounds(monitor, &BackgroundMonitor::updated);
        QVERIFY(rounds.wait(10000) && rounds.wait(10000)); // two more rounds, nothing asked
        QVERIFY(!m_controller->hostKeyDialog());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Check Now")));

        m_window->findChild<QAction *>(QStringLiteral("checkNowAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_controller->hostKeyDialog() && m_controller->hostKeyDialog()->isVisible(), 30000);
        // Accepted in the next test, with the others Check Now asks about.
    }

    void theSetupWizardsBuildSynchronousReplication()
    {
        QVERIFY(acceptHostKeys(30000).join(u'\n').contains(QStringLiteral("db1")));
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(QStringLiteral("not set up")), 30000);
        auto *action = m_window->findChild<QPushButton *>(QStringLiteral("verdictAction"));
        QTRY_VERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Configure the primary..."));
        click(action);
        QTRY_VERIFY(wizard() && wizard()->isVisible());
        QVERIFY(wizard()->currentPage()->subTitle().contains(
            QStringLiteral("Configure the master node")));
        next();
        // The replication password is not in the keychain: asked here, stored there.
        auto *password = wizard()->currentPage()->findChild<QLineEdit *>(
            QStringLiteral("secret-replication-password"));
        QTRY_VERIFY(password->isVisible());
        QVERIFY(!wizard()->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(password, QStringLiteral("gui-lab-Repl-1"));
        next();
        passPreflight();
        waitForPage(ProcedureWizard::PreviewPageId);
        QVERIFY(pageText(wizard()->currentPage()).contains(QStringLiteral("ALTER SYSTEM")) ||
                pageText(wizard()->currentPage()).contains(QStringLiteral("postgresql")));
        // While it runs (PostgreSQL restarts), the monitor polling every second is paused and
        // the banner says so: no "primary down" offering a failover during a planned restart.
        BackgroundMonitor *monitor =
            m_controller->monitor(QFileInfo(file("cluster.json")).absoluteFilePath());
        QVERIFY(monitor);
        QSignalSpy rounds(monitor, &BackgroundMonitor::updated);
        commit();
        // Once the run has started (its audit log's key read from the keychain).
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(QStringLiteral("Configure the primary is "
                                                                      "running")),
                                 30000);
        QTest::qWait(300); // a round published just before the pause may still be on its way
        rounds.clear();
        QVERIFY2(runOutcome(240000) == std::optional<RunOutcome>(RunOutcome::Succeeded),
                 qPrintable(wizard()->draft().message + pageText(wizard()->currentPage())));
        QCOMPARE(rounds.count(), 0);
        QVERIFY(rounds.wait(10000)); // at once after the run
        QVERIFY2(!bannerText().contains(QStringLiteral("is running on this cluster")),
                 qPrintable(bannerText()));
        next();
        waitForPage(ProcedureWizard::SummaryPageId);
        clickWizard(QWizard::FinishButton);
        QTRY_VERIFY(!wizard());

        // configure-standby from the Cluster menu; the standby's name is typed to erase it.
        m_window->findChild<QAction *>(QStringLiteral("wizard-configure-standby"))->trigger();
        QTRY_VERIFY(wizard() && wizard()->isVisible());
        next();
        QCOMPARE(chosenNode(), QStringLiteral("db2"));
        next();
        passPreflight();
        waitForPage(ProcedureWizard::PreviewPageId);
        QVERIFY(pageText(wizard()->currentPage()).contains(QStringLiteral("ERASES DATA")));
        typeConfirmation(QStringLiteral("db1")); // the wrong node blocks the run
        QVERIFY(!wizard()->button(QWizard::CommitButton)->isEnabled());
        typeConfirmation(QStringLiteral("db2"));
        commit();
        // Cancelled in the middle, once some steps are done: the window closes the wizard once
        // the running step is recorded.
        auto *progress =
            wizard()->currentPage()->findChild<QProgressBar *>(QStringLiteral("runProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 3, 120000);
        QVERIFY(!wizard()->draft().outcome);
        QPointer<ProcedureWizard> cancelled = wizard();
        clickWizard(QWizard::CancelButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = cancelled->findChild<QMessageBox *>(QStringLiteral("cancelRunQuestion"))));
        click(qobject_cast<QPushButton *>(question->button(QMessageBox::Yes)));
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled, 60000);

        // Resumed from Recent Runs.
        auto *runs = m_window->findChild<QTreeWidget *>(QStringLiteral("recentRuns"));
        QTRY_VERIFY(runs->topLevelItemCount() > 0 &&
                    runs->topLevelItem(0)->text(2) == QStringLiteral("cancelled"));
        const QString runId = runs->topLevelItem(0)->text(4);
        QCOMPARE(runs->topLevelItem(0)->text(1), QStringLiteral("configure-standby"));
        runs->setCurrentItem(runs->topLevelItem(0));
        const auto runMenu = [&]() -> QMenu * {
            emit runs->customContextMenuRequested(
                runs->visualItemRect(runs->topLevelItem(0)).center());
            QMenu *menu = nullptr;
            (void)QTest::qWaitFor(
                [&] { return (menu = m_window->findChild<QMenu *>(QStringLiteral("runMenu"))); },
                5000);
            return menu;
        };
        // Its report first: Export Report, then Save.
        QMenu *menu = runMenu();
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("exportRunReportAction"))->trigger();
        menu->close();
        QFileDialog *exportTo = nullptr;
        QTRY_VERIFY((exportTo = m_window->findChild<QFileDialog *>(
                         QStringLiteral("reportFileDialog"))) != nullptr);
        const QString cancelledReport = file("cancelled-run.html");
        exportTo->selectFile(cancelledReport);
        static_cast<QDialog *>(exportTo)->accept(); // Save
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(cancelledReport), 20000);
        {
            QFile html(cancelledReport);
            QVERIFY(html.open(QIODevice::ReadOnly));
            const QByteArray text = html.readAll();
            QVERIFY(text.contains("Run " + runId.toUtf8() + ": configure-standby"));
            QVERIFY(text.contains("--resume " + runId.toUtf8()));
        }
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
            QStringLiteral("Report written to")));
        QTRY_VERIFY(!m_window->findChild<QMenu *>(QStringLiteral("runMenu")));
        menu = runMenu();
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("resumeRunAction"))->trigger();
        menu->close();
        QTRY_VERIFY(wizard() && wizard()->isVisible());
        QCOMPARE(wizard()->draft().resumeRunId, runId);
        QVERIFY(pageText(wizard()->currentPage()).contains(runId));
        next();
        next();
        passPreflight();
        typeConfirmation(QStringLiteral("db2"));
        commit();
        QVERIFY2(runOutcome(300000) == std::optional<RunOutcome>(RunOutcome::Succeeded),
                 qPrintable(wizard()->draft().message + pageText(wizard()->currentPage())));
        QCOMPARE(wizard()->draft().runId, runId);
        next();
        waitForPage(ProcedureWizard::SummaryPageId);
        // This run's report, from the summary: Export Report, then Save.
        const QString report = file("configure-standby.html");
        wizard()->currentPage()->findChild<QPushButton *>(QStringLiteral("exportReport"))->click();
        QFileDialog *saveAs = nullptr;
        QTRY_VERIFY((saveAs = wizard()->findChild<QFileDialog *>(
                         QStringLiteral("reportFileDialog"))) != nullptr);
        saveAs->selectFile(report);
        static_cast<QDialog *>(saveAs)->accept(); // Save
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(report), 20000);
        {
            QFile html(report);
            QVERIFY(html.open(QIODevice::ReadOnly));
            const QByteArray text = html.readAll();
            QVERIFY(text.contains(runId.toUtf8()));
            QVERIFY(!text.contains("gui-lab-Repl-1"));
        }
        clickWizard(QWizard::FinishButton);

        QTRY_VERIFY_WITH_TIMEOUT(
            bannerText().contains(QStringLiteral("Healthy: db1 replicates synchronously to db2.")),
            30000);
        QVERIFY(diagram()->replicationText().startsWith(QStringLiteral("sync · streaming")));
        QCOMPARE(diagram()->orchestratorText(), QStringLiteral("uses the database on db1"));
    }

    // The lab's running cluster, imported from its addresses alone: the file written is the
    // lab's own, node for node (order and spelled-out defaults aside).
    void importingTheRunningClusterGivesTheLabsOwnFile()
    {
        m_window->findChild<QAction *>(QStringLiteral("importClusterAction"))->trigger();
        ImportWizard *w = nullptr;
        QTRY_VERIFY((w = m_window->findChild<ImportWizard *>()) && w->isVisible());
        const auto field = [w](const char *name) {
            return w->currentPage()->findChild<QLineEdit *>(QLatin1String(name));
        };
        QTest::keyClicks(field("importName"), QStringLiteral("lab"));
        QTest::keyClicks(field("importDatabaseHosts"),
                         QStringLiteral("%1, %2, %3")
                             .arg(m_lab.ip(QStringLiteral("db1")), m_lab.ip(QStringLiteral("db2")),
                                  m_lab.ip(QStringLiteral("db3"))));
        QTest::keyClicks(field("importOrchestratorHosts"),
                         QStringLiteral("%1 %2").arg(m_lab.ip(QStringLiteral("orch1")),
                                                     m_lab.ip(QStringLiteral("orch2"))));
        QTest::keyClicks(field("importSshUser"), QStringLiteral("root"));
        QTest::keyClicks(field("importIdentityFile"), m_lab.value(QStringLiteral("LAB_SSH_KEY")));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ImportWizard::ReadPageId));
        // orch2 is new to the window: its key is asked about, then the hosts are read again.
        auto *again = w->currentPage()->findChild<QPushButton *>(QStringLiteral("importReadAgain"));
        const auto read = [w] {
            return w->button(QWizard::NextButton)->isEnabled();
        };
        for (int attempt = 0; attempt < 3 && !read(); ++attempt) {
            (void)QTest::qWaitFor([&] { return read() || again->isEnabled(); }, 60000);
            if (read() || acceptHostKeys(3000, 3000).isEmpty())
                break;
            QTest::mouseClick(again, Qt::LeftButton);
        }
        QVERIFY2(read(), qPrintable(pageText(w->currentPage())));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ImportWizard::ReviewPageId));
        QVERIFY2(pageText(w->currentPage()).contains(QStringLiteral("Nothing unusual was found")),
                 qPrintable(pageText(w->currentPage())));
        QLineEdit *path = field("importFilePath");
        path->selectAll();
        QTest::keyClicks(path, file("imported.json"));
        QVERIFY2(w->button(QWizard::FinishButton)->isEnabled(),
                 qPrintable(pageText(w->currentPage())));
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<ImportWizard *>());
        QCOMPARE(m_window->currentClusterPath(),
                 QFileInfo(file("imported.json")).absoluteFilePath());

        const ClusterReadResult imported = ClusterFile::load(file("imported.json"));
        const ClusterReadResult labs =
            ClusterFile::load(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")));
        QVERIFY(imported.cluster && labs.cluster);
        QCOMPARE(describe(*imported.cluster), describe(*labs.cluster));

        m_window->removeCurrentCluster(); // back to the cluster the failover works on
        QCOMPARE(m_window->currentClusterPath(),
                 QFileInfo(file("cluster.json")).absoluteFilePath());
    }

    // Operators who may not log in as root import as themselves, through sudo with their
    // password: the same cluster is found, logged in as that user. A wrong password is named
    // per host, and no host counts as read.
    void importingAsANonRootUserGoesThroughSudo()
    {
        SshPolicy policy;
        policy.knownHostsFile = file("gui_known_hosts"); // every key accepted by now
        ClusterImporter importer(policy);
        ImportOrder order;
        order.clusterName = QStringLiteral("lab");
        for (const char *host : {"db1", "db2", "db3"})
            order.databaseHosts << m_lab.ip(QLatin1String(host));
        for (const char *host : {"orch1", "orch2"})
            order.orchestratorHosts << m_lab.ip(QLatin1String(host));
        order.ssh.user = QStringLiteral("labop");
        order.ssh.identityFile = m_lab.value(QStringLiteral("LAB_SSH_KEY"));
        const auto import = [&](const QString &sudoPassword, QStringList *messages) {
            order.sudoPassword = sudoPassword;
            QSignalSpy finished(&importer, &ClusterImporter::finished);
            QSignalSpy read(&importer, &ClusterImporter::hostRead);
            importer.start(order);
            if (!finished.wait(60000))
                return std::pair{ClusterImport::Result{}, QStringList{QStringLiteral("timeout")}};
            for (const QList<QVariant> &host : std::as_const(read))
                *messages << host.at(0).toString() +
                                 (host.at(1).toBool() ? QStringLiteral(" read: ")
                                                      : QStringLiteral(" not read: ")) +
                                 host.at(2).toString();
            return std::pair{finished.at(0).at(0).value<ClusterImport::Result>(),
                             finished.at(0).at(1).toStringList()};
        };

        QStringList messages;
        QCOMPARE(import(QStringLiteral("not-the-password"), &messages).second.size(), 5);
        QCOMPARE(messages.size(), 5);
        for (const QString &message : std::as_const(messages))
            QVERIFY2(message.contains(QStringLiteral(" not read: ")) &&
                         message.contains(QStringLiteral("wrong sudo password for labop")),
                     qPrintable(message));

        messages.clear();
        auto [result, failed] = import(m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD")), &messages);
        QVERIFY2(failed.isEmpty(), qPrintable(messages.join(u'\n')));
        const ClusterReadResult labs =
            ClusterFile::load(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")));
        QVERIFY(labs.cluster);
        Cluster asLabop = *labs.cluster;
        for (Node &node : asLabop.nodes)
            node.ssh.user = QStringLiteral("labop");
        QCOMPARE(describe(result.cluster), describe(asLabop));
    }

    void aFailoverTakesSixClicksAndOneTypedName()
    {
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(QStringLiteral("writes are not possible")),
                                 30000);
        auto *action = m_window->findChild<QPushButton *>(QStringLiteral("verdictAction"));
        QCOMPARE(action->text(), QStringLiteral("Fail the Inmanta server over to the standby..."));
        m_clicks = 0;
        click(action);
        QTRY_VERIFY(wizard() && wizard()->isVisible());
        next();
        next();
        waitForPage(ProcedureWizard::PreflightPageId);
        // db1 is silent: only the operator's word can settle its fencing.
        next(90000);
        waitForPage(ProcedureWizard::PreviewPageId);
        auto *attest =
            wizard()->currentPage()->findChild<QCheckBox *>(QStringLiteral("attest-db1"));
        QVERIFY2(attest, qPrintable(pageText(wizard()->currentPage())));
        click(attest);
        typeConfirmation(QStringLiteral("db2"));
        commit();
        QCOMPARE(m_clicks, 6);
        QVERIFY2(runOutcome(300000) == std::optional<RunOutcome>(RunOutcome::Succeeded),
                 qPrintable(wizard()->draft().message + pageText(wizard()->currentPage())));
        qInfo("failover in %d clicks, %lld s", m_clicks,
              wizard()->draft().startedAt.secsTo(wizard()->draft().endedAt));
        next();
        waitForPage(ProcedureWizard::SummaryPageId);
        QVERIFY(wizard()->currentPage()->findChild<QWidget *>(QStringLiteral("summaryText")));
        clickWizard(QWizard::FinishButton);

        // The stand-in uses db2 now; the cluster file says so, the diagram shows it.
        QTRY_VERIFY_WITH_TIMEOUT(
            diagram()->orchestratorText() == QStringLiteral("uses the database on db2"), 30000);
        QFile cluster(file("cluster.json"));
        QVERIFY(cluster.open(QIODevice::ReadOnly));
        QVERIFY(cluster.readAll().contains("\"retired\""));
        QVERIFY(QFile::exists(file("cluster.json.bak")));
        // The attestation is on record with who gave it.
        QString error;
        auto audit = AuditLog::open(file("gui-audit.sqlite"), &error);
        QVERIFY2(audit, qPrintable(error));
        bool attested = false;
        for (const AuditEntry &e : audit->entries())
            attested |= e.decision.contains(QStringLiteral("fencing attested: db1"));
        QVERIFY(attested);
    }

    void theOldPrimaryComesBackAsTheStandby()
    {
        QCOMPARE(LabEnvironment::run({QStringLiteral("revive"), QStringLiteral("db1")}), 0);
        auto *action = m_window->findChild<QPushButton *>(QStringLiteral("verdictAction"));
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible() &&
                                     action->text() ==
                                         QStringLiteral("Add a standby to the new primary..."),
                                 30000);
        click(action);
        QTRY_VERIFY(wizard() && wizard()->isVisible());
        next();
        QCOMPARE(chosenNode(), QStringLiteral("db1"));
        next();
        passPreflight();
        typeConfirmation(QStringLiteral("db1"));
        commit();
        QVERIFY2(runOutcome(300000) == std::optional<RunOutcome>(RunOutcome::Succeeded),
                 qPrintable(wizard()->draft().message + pageText(wizard()->currentPage())));
        next();
        clickWizard(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            bannerText().contains(QStringLiteral("Healthy: db2 replicates synchronously to db1.")),
            60000);

        // Removing the cluster while a round waits on a dead host ends its monitor without
        // waiting for the connect: the monitor goes when its round is over.
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")}), 0);
        const QString path = m_window->currentClusterPath();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->monitor(path)->busy(), 10000);
        QPointer<BackgroundMonitor> retiring = m_controller->monitor(path);
        QElapsedTimer clock;
        clock.start();
        m_window->removeCurrentCluster();
        qInfo("removing the cluster took %lld ms of the GUI thread", clock.elapsed());
        QVERIFY(!m_controller->monitor(path));
        QVERIFY(retiring); // still out, not waited for
        QTRY_VERIFY_WITH_TIMEOUT(!retiring, 20000);
    }
};

QTEST_MAIN(TestGuiLab)
#include "TestGuiLab.moc"
