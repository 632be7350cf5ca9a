#include "common/MemorySecretStore.h"
#include "common/UnnamedControls.h"
#include "models/ClusterFile.h"
#include "models/RunService.h"
#include "models/SecretNames.h"
#include "widgets/MainWindow.h"
#include "widgets/ProcedureLauncher.h"
#include "widgets/wizards/PlainProgressBar.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace iha;

namespace {

// A fake of the RunService port: the real plans (models), and a run that answers each check
// and step as scripted, on later turns of the event loop as the real one does. The real one
// is driven against the lab in test_gui_lab.
class ScriptedRuns : public RunService
{
public:
    QHash<QString, QString> preflightProblems; // check description part -> problem
    QList<RunOrder> orders;
    bool running = false;

    QString buildPlan(const Cluster &cluster, const QString &procedure,
                      const ProcedureInputs &inputs, Plan *plan) const override
    {
        if (procedure == QLatin1String("failover-server"))
            return Procedures::failoverServer(cluster, inputs, plan);
        if (procedure == QLatin1String("add-standby"))
            return Procedures::addStandby(cluster, inputs, plan);
        return QStringLiteral("not scripted: %1").arg(procedure);
    }
    std::optional<ReplicationSample> lastSample(const Cluster &, const QString &,
                                                const ProcedureInputs &) const override
    {
        return std::nullopt;
    }
    void start(const RunOrder &order) override
    {
        orders << order;
        running = true;
        Plan plan;
        buildPlan(order.cluster, order.procedure, order.inputs, &plan);
        QTimer::singleShot(0, this, [this, plan, order] {
            emit started(QStringLiteral("run0001"), {});
            int refused = -1;
            for (int i = 0; i < plan.preflight.size(); ++i) {
                emit stepStarted(i, true, plan.preflight.at(i).description);
                QString problem;
                for (auto it = preflightProblems.constBegin(); it != preflightProblems.constEnd();
                     ++it) {
                    if (plan.preflight.at(i).description.contains(it.key()))
                        problem = it.value();
                }
                // A statement the operator gave settles what only it can.
                if (problem.startsWith(kOperatorWordNeeded) &&
                    order.inputs.attestedFenced.contains(plan.preflight.at(i).attestableNode))
                    problem.clear();
                if (!problem.isEmpty() && refused < 0)
                    refused = i;
                emit stepFinished(
                    i, true, problem.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed"),
                    problem);
            }
            running = false;
            if (refused >= 0)
                return emit finished(RunOutcome::Refused, refused, QStringLiteral("refused"));
            if (order.preflightOnly)
                return emit finished(RunOutcome::Succeeded, -1, {});
            for (int i = 0; i < plan.steps.size(); ++i) {
                emit stepStarted(i, false, plan.steps.at(i).description);
                emit output(QStringLiteral("  1024/4096 kB (25%), 0/1 tablespace\n"));
                emit stepFinished(i, false, QStringLiteral("done"), {});
            }
            emit noted(QStringLiteral("orch1 uses db2"));
            emit finished(RunOutcome::Succeeded, -1, {});
        });
    }
    void cancel() override {}
    bool isRunning() const override { return running; }
};

Cluster runbookCluster()
{
    return ClusterFile::load(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"))
        .cluster.value();
}

} // namespace

// The procedure wizard driven as an operator does, by keyboard only, on the real plans with a
// scripted run: the pages in order, the word only the operator can give, the typed name that
// guards the run, and an accessible name on every control.
class TestProcedureWizard : public QObject
{
    Q_OBJECT

private:
    ScriptedRuns m_runs;
    MemorySecretStore m_secrets;

    std::unique_ptr<ProcedureWizard> failoverWizard()
    {
        RunDraft draft;
        draft.cluster = runbookCluster();
        draft.clusterFile = QStringLiteral("/nonexistent/cluster.json");
        draft.procedure = *procedureByCliName(QStringLiteral("failover-server"));
        auto wizard = std::make_unique<ProcedureWizard>(
            draft, ProcedureWizard::Ports{&m_runs, &m_secrets, nullptr});
        wizard->show();
        return wizard;
    }

    static void press(QWidget *window, Qt::Key key)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, key);
    }
    // Tabs until a widget of this name has the focus (at most once around the page).
    static bool tabTo(QWidget *window, const QString &name)
    {
        for (int i = 0; i < 40; ++i) {
            if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == name)
                return true;
            press(window, Qt::Key_Tab);
        }
        return false;
    }
    // Every control the operator can reach has a name a screen reader can say.
    int m_controlsWalked = 0;

private slots:
    void initTestCase()
    {
        m_runs.preflightProblems.insert(QStringLiteral("db1 cannot act any more"),
                                        kOperatorWordNeeded +
                                            QStringLiteral("db1 does not answer over SSH (no TCP "
                                                           "connection)."));
    }

    void aFailoverByKeyboardOnly()
    {
        auto wizard = failoverWizard();
        QApplication::setActiveWindow(wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        QStringList unnamed;
        QCOMPARE(wizard->currentId(), int(ProcedureWizard::IntroPageId));
        unnamed += unnamedControls(wizard->currentPage(), &m_controlsWalked);
        press(wizard.get(), Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ProcedureWizard::ParametersPageId));
        unnamed += unnamedControls(wizard->currentPage(), &m_controlsWalked);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        press(wizard.get(), Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ProcedureWizard::PreflightPageId));
        // The silent old primary is the operator's word, not a failure: the wizard goes on.
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        auto *checks =
            wizard->currentPage()->findChild<QTreeWidget *>(QStringLiteral("preflightChecks"));
        bool askedForWord = false;
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            askedForWord |= checks->topLevelItem(i)->data(0, Qt::AccessibleDescriptionRole) ==
                            QStringLiteral("needs your word");
        QVERIFY(askedForWord);
        unnamed += unnamedControls(wizard->currentPage(), &m_controlsWalked);
        press(wizard.get(), Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ProcedureWizard::PreviewPageId));
        unnamed += unnamedControls(wizard->currentPage(), &m_controlsWalked);

        // Neither the name alone nor the attestation alone lets it run.
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(tabTo(wizard.get(), QStringLiteral("confirmNode")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("db1"));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("confirmNode"));
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("db2"));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(tabTo(wizard.get(), QStringLiteral("attest-db1")));
        press(wizard.get(), Qt::Key_Space);
        QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("attest-db1"))->isChecked());
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(tabTo(wizard.get(), QStringLiteral("confirmNode")));
        press(wizard.get(), Qt::Key_Return);

        QCOMPARE(wizard->currentId(), int(ProcedureWizard::RunPageId));
        QTRY_VERIFY(wizard->draft().outcome.has_value());
        QCOMPARE(*wizard->draft().outcome, RunOutcome::Succeeded);
        // The run got the operator's statement and confirmation.
        const RunOrder &order = m_runs.orders.constLast();
        QVERIFY(!order.preflightOnly);
        QCOMPARE(order.inputs.attestedFenced, QStringList{QStringLiteral("db1")});
        // No step of a failover erases data: nothing was confirmed for that.
        QVERIFY(!order.dangerousConfirmed);
        unnamed += unnamedControls(wizard->currentPage(), &m_controlsWalked);
        press(wizard.get(), Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ProcedureWizard::SummaryPageId));
        QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("summaryText")));
        unnamed += unnamedControls(wizard->currentPage(), &m_controlsWalked);
        press(wizard.get(), Qt::Key_Return);
        QTRY_VERIFY(!wizard->isVisible());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        // The checks, the preview's steps, its copy button, attestation and name field, the
        // run's steps and output, the summary's text and buttons at least.
        QVERIFY2(m_controlsWalked >= 10, qPrintable(QString::number(m_controlsWalked)));
    }

    // While a run goes on, the window pauses the cluster's monitor and says so in the banner
    // and the cluster list (a restart the run makes is not an outage to fail over from);
    // whatever the outcome, it asks for the monitor again at the end and shows the verdict.
    void theWindowPausesItsMonitorWhileARunGoesOn()
    {
        QStandardPaths::setTestModeEnabled(true);
        MainWindow window;
        window.setRunService(&m_runs);
        window.setSecretStore(&m_secrets);
        const QString path = QStringLiteral("/nonexistent/cluster.json");
        window.showCluster(runbookCluster(), path, {});
        ClusterVerdict down;
        down.kind = ClusterVerdict::Kind::PrimaryDown;
        down.summary = QStringLiteral("Primary down: db1 does not answer.");
        down.procedure = QStringLiteral("failover-server");
        window.showStatus(path, {}, down);
        window.show();
        QSignalSpy running(&window, &MainWindow::procedureRunning);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("verdictText"));
        auto *list = window.findChild<QListWidget *>();
        QVERIFY(banner && list);

        ProcedureWizard *wizard = window.openProcedureWizard(QStringLiteral("failover-server"));
        QVERIFY(wizard);
        const auto next = [wizard](QWizard::WizardButton which) {
            QTRY_VERIFY(wizard->button(which)->isEnabled());
            wizard->button(which)->click();
        };
        next(QWizard::NextButton);
        next(QWizard::NextButton);
        next(QWizard::NextButton);    // the pre-flight checks (a run of their own) passed
        QCOMPARE(running.count(), 0); // pre-flight runs do not pause the monitor
        wizard->findChild<QLineEdit *>(QStringLiteral("confirmNode"))
            ->setText(QStringLiteral("db2"));
        wizard->findChild<QCheckBox *>(QStringLiteral("attest-db1"))->setChecked(true);
        // What the window shows once the run started (the scripted run ends in the same turn
        // of the event loop).
        QString bannerWhileRunning;
        QString rowWhileRunning;
        bool actionWhileRunning = true;
        connect(&window, &MainWindow::procedureRunning, this, [&](const QString &, bool on) {
            if (!on)
                return;
            bannerWhileRunning = banner->text();
            rowWhileRunning = list->item(0)->text();
            actionWhileRunning =
                window.findChild<QPushButton *>(QStringLiteral("verdictAction"))->isVisible();
        });
        wizard->button(QWizard::CommitButton)->click();
        QTRY_COMPARE(running.count(), 2);
        QCOMPARE(running.at(0), (QVariantList{path, true}));
        QVERIFY2(bannerWhileRunning.contains(
                     QStringLiteral("Fail the Inmanta server over to the standby is running "
                                    "on this cluster")) &&
                     bannerWhileRunning.contains(QStringLiteral("Monitoring is paused")),
                 qPrintable(bannerWhileRunning));
        QVERIFY(!actionWhileRunning);
        QVERIFY2(rowWhileRunning.contains(QStringLiteral("running")), qPrintable(rowWhileRunning));

        QTRY_VERIFY(wizard->draft().outcome.has_value());
        QCOMPARE(running.at(1), (QVariantList{path, false}));
        QCOMPARE(banner->text(), QStringLiteral("<b>Primary down: db1 does not answer.</b>"));
        QVERIFY2(list->item(0)->text().endsWith(QStringLiteral("primary down")),
                 qPrintable(list->item(0)->text()));
        wizard->close();

        // The cluster removed from the list and opened again while a run goes on: the run is
        // still said, and its end still resumes the monitor.
        emit window.procedureLauncher()->runStarting(path, QStringLiteral("Promote"));
        window.removeCurrentCluster();
        window.showCluster(runbookCluster(), path, {});
        QVERIFY2(banner->text().contains(QStringLiteral("Promote is running")),
                 qPrintable(banner->text()));
        emit window.procedureLauncher()->runEnded(path);
        QCOMPARE(running.constLast(), (QVariantList{path, false}));
        QVERIFY(!banner->text().contains(QStringLiteral("is running")));
    }

    // The preview is the plan as a script: every step's command, the dangerous ones marked.
    void thePreviewCopiesAsAScript()
    {
        auto wizard = failoverWizard();
        wizard->next();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ProcedureWizard::PreviewPageId));
        qobject_cast<QAbstractButton *>(wizard->findChild<QWidget *>(QStringLiteral("copyScript")))
            ->click();
        const QString script = QApplication::clipboard()->text();
        QVERIFY(script.startsWith(QStringLiteral("#!/bin/sh")));
        // To read, not to run: it stops before the first command (no fencing, no checks).
        QVERIFY(script.indexOf(QStringLiteral("exit 1")) <
                script.indexOf(QStringLiteral("systemctl")));
        QVERIFY(script.contains(QStringLiteral("pg_ctl promote")));
        QVERIFY(script.contains(QStringLiteral("systemctl mask postgresql")));
    }

    // The Run page's bars are drawn by us: the chunk covers the share done, from the side the
    // text starts on.
    void theProgressBarShowsTheShareDone_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("none") << 0 << Qt::LeftToRight;
        QTest::newRow("a quarter") << 1 << Qt::LeftToRight;
        QTest::newRow("all") << 4 << Qt::LeftToRight;
        QTest::newRow("a quarter, right to left") << 1 << Qt::RightToLeft;
        QTest::newRow("a quarter of a range from 10") << 11 << Qt::LeftToRight;
    }
    void theProgressBarShowsTheShareDone()
    {
        QFETCH(int, value);
        QFETCH(Qt::LayoutDirection, direction);
        PlainProgressBar bar;
        bar.setLayoutDirection(direction);
        bar.setTextVisible(false);
        const int minimum = value >= 10 ? 10 : 0;
        bar.setRange(minimum, minimum + 4);
        bar.setValue(value);
        value -= minimum;
        bar.resize(402, 20);
        const QImage image = bar.grab().toImage();
        const QRgb highlight = bar.palette().color(QPalette::Highlight).rgb();
        int first = -1;
        int covered = 0;
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, image.height() / 2) == highlight) {
                ++covered;
                if (first < 0)
                    first = x;
            }
        }
        QCOMPARE(covered, 400 * value / 4); // inside the 1-pixel frame
        if (value > 0)
            QCOMPARE(first, direction == Qt::LeftToRight ? 1 : 401 - covered);
    }
};

QTEST_MAIN(TestProcedureWizard)
#include "TestProcedureWizard.moc"
