// Benchmark (not a test): configure-primary + configure-standby through the wizards of the
// real window (offscreen) against the CLI doing the same, each on a freshly reset lab,
// alternating, N rounds. Prints both medians of the runs' wall time (the CLI's `run`, the
// wizard's Run page: both include the pre-flight checks the run makes), their ratio (goal
// <= 1.05), the wizard's separate pre-flight page, and the longest stall of the GUI's event
// loop during the wizard's runs, measured by a 4 ms watchdog timer (goal: none over 16 ms), and
// the steps where the wizard spends most more time than the CLI (from both runs' audit entries).
// Root, the lab script and the test keyring needed:
//   tests/keyring/with-keyring build/tests/bench/iha-bench-wizard [ROUNDS] [--quiet-monitor]
#include "app/AuditLog.h"
#include "app/GuiController.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"
#include "widgets/MainWindow.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace iha;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// The longest gap between ticks of a 4 ms timer, beyond its interval.
class Watchdog : public QObject
{
public:
    qint64 longestStallMs = 0;
    void start()
    {
        m_clock.start();
        m_timer.setInterval(4);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            longestStallMs = std::max(longestStallMs, m_clock.restart() - 4);
        });
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
};

struct Lab
{
    QTemporaryDir dir;
    QString cluster;
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

bool resetLab(Lab &lab)
{
    if (LabEnvironment::run({QStringLiteral("reset")}) != 0)
        return false;
    const LabEnvironment env = LabEnvironment::load();
    lab.cluster = lab.file("cluster.json");
    QFile::remove(lab.cluster);
    QFile::remove(lab.file("known_hosts"));
    QFile::remove(lab.file("audit.sqlite"));
    return QFile::copy(env.value(QStringLiteral("LAB_CLUSTER_FILE")), lab.cluster) &&
           storeInKeychain(QStringLiteral("lab/replication-password"),
                           QStringLiteral("bench-Repl-1"), 15000) &&
           storeInKeychain(QStringLiteral("lab/database-password"),
                           env.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")), 15000);
}

int cli(const Lab &lab, const QStringList &args)
{
    QProcess process;
    process.start(QCoreApplication::applicationDirPath() +
                      QStringLiteral("/../../app/inmanta-ha-cli"),
                  QStringList{QStringLiteral("--cluster"), lab.cluster,
                              QStringLiteral("--audit-db"), lab.file("audit.sqlite"),
                              QStringLiteral("--known-hosts"), lab.file("known_hosts")} +
                      args);
    process.waitForFinished(600000);
    return process.exitCode();
}

// Where a round's time went, per step of both runs, from their audit entries: the time between
// an entry and the one before it is counted to the entry's step. The steps where the wizard
// spends more than the CLI tell what to look at.
using StepTimes = QMap<QString, double>;

void addStepTimes(const Lab &lab, StepTimes *times)
{
    QString error;
    const std::unique_ptr<AuditLog> log = AuditLog::open(lab.file("audit.sqlite"), &error);
    if (!log)
        return;
    QDateTime previous;
    for (const AuditEntry &e : log->entries()) {
        if (e.runId.isEmpty())
            continue;
        if (previous.isValid())
            (*times)[e.procedure + QStringLiteral(": ") + e.step] +=
                previous.msecsTo(e.time) / 1000.0;
        previous = e.time;
    }
}

// Both runs with the CLI; their wall time in seconds, or -1.
double cliRound(Lab &lab)
{
    if (!resetLab(lab) ||
        cli(lab, {QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")}) != 0)
        return -1;
    QElapsedTimer clock;
    clock.start();
    if (cli(lab, {QStringLiteral("run"), QStringLiteral("configure-primary")}) != 0 ||
        cli(lab, {QStringLiteral("run"), QStringLiteral("configure-standby"),
                  QStringLiteral("--yes")}) != 0)
        return -1;
    return clock.elapsed() / 1000.0;
}

// Both runs with the wizards; the Run pages' wall time, the pre-flight pages', the stall.
struct WizardFigures
{
    double runs = -1;
    double preflight = 0;
    qint64 stallMs = 0;
};

// `monitorMs`: the window's status monitor interval (the product's 5 s, or an hour: one
// round at the start, to tell what the monitor's polling costs the runs).
WizardFigures wizardRound(Lab &lab, int monitorMs)
{
    WizardFigures figures;
    if (!resetLab(lab) ||
        cli(lab, {QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")}) != 0)
        return figures;
    MainWindow window;
    GuiController::Options options;
    options.intervalMs = monitorMs;
    options.auditPath = lab.file("audit.sqlite");
    options.knownHostsFile = lab.file("known_hosts");
    GuiController controller(&window, options);
    window.show();
    if (!window.openClusterFile(lab.cluster))
        return figures;
    Watchdog watchdog;
    double runs = 0;
    for (const char *procedure : {"configure-primary", "configure-standby"}) {
        ProcedureWizard *wizard = window.openProcedureWizard(QLatin1String(procedure));
        if (!wizard)
            return figures;
        const auto press = [wizard](QWizard::WizardButton which) {
            QAbstractButton *button = wizard->button(which);
            if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 120000))
                return false;
            button->click();
            return true;
        };
        press(QWizard::NextButton); // intro
        press(QWizard::NextButton); // parameters
        QElapsedTimer clock;
        clock.start();
        if (!press(QWizard::NextButton)) // once the pre-flight checks passed
            return figures;
        figures.preflight += clock.elapsed() / 1000.0;
        if (auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("confirmNode"));
            confirm && confirm->isVisible())
            confirm->setText(QStringLiteral("db2"));
        watchdog.start();
        clock.restart();
        press(QWizard::CommitButton);
        if (!QTest::qWaitFor([wizard] { return wizard->draft().outcome.has_value(); }, 600000) ||
            *wizard->draft().outcome != RunOutcome::Succeeded)
            return figures;
        runs += clock.elapsed() / 1000.0;
        watchdog.stop();
        press(QWizard::NextButton);
        press(QWizard::FinishButton);
        QTest::qWait(200);
    }
    figures.runs = runs;
    figures.stallMs = watchdog.longestStallMs;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("SSH_AUTH_SOCK");
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 2;
    const bool quietMonitor = argc > 2 && qstrcmp(argv[2], "--quiet-monitor") == 0;
    const int monitorMs = quietMonitor ? 3600000 : 5000;
    if (!LabEnvironment::load().available()) {
        std::fprintf(stderr, "the lab is not up: tests/lab/lab up (as root)\n");
        return 2;
    }
    Lab lab;
    QList<double> cliWall;
    QList<double> wizardWall;
    QList<double> preflight;
    qint64 stall = 0;
    StepTimes cliSteps;
    StepTimes wizardSteps;
    for (int i = 0; i < rounds; ++i) {
        const double c = cliRound(lab);
        addStepTimes(lab, &cliSteps);
        const WizardFigures w = wizardRound(lab, monitorMs);
        addStepTimes(lab, &wizardSteps);
        if (c < 0 || w.runs < 0) {
            std::fprintf(stderr, "round %d failed (cli %.1f s, wizard %.1f s)\n", i + 1, c, w.runs);
            return 1;
        }
        std::printf("round %d: cli %.2f s, wizard %.2f s (pre-flight page %.2f s), longest "
                    "stall %lld ms\n",
                    i + 1, c, w.runs, w.preflight, w.stallMs);
        std::fflush(stdout);
        cliWall << c;
        wizardWall << w.runs;
        preflight << w.preflight;
        stall = std::max(stall, w.stallMs);
    }
    LabEnvironment::run({QStringLiteral("reset")});
    const double ratio = median(wizardWall) / median(cliWall);
    std::printf("configure-primary + configure-standby, %d round(s), the window's monitor "
                "polling every %d s:\n"
                "  CLI:     median %.2f s\n"
                "  wizard:  median %.2f s (Run pages), ratio %.3f (goal <= 1.05)\n"
                "  wizard pre-flight pages (before Run, read-only): median %.2f s\n"
                "  longest GUI event-loop stall during the runs: %lld ms (goal <= 16 ms)\n",
                rounds, monitorMs / 1000, median(cliWall), median(wizardWall), ratio,
                median(preflight), stall);
    QList<QPair<double, QString>> slower;
    for (auto it = wizardSteps.constBegin(); it != wizardSteps.constEnd(); ++it)
        slower.append({(it.value() - cliSteps.value(it.key())) / rounds, it.key()});
    std::sort(slower.begin(), slower.end(), [](const auto &a, const auto &b) { return a > b; });
    std::printf("  steps where the wizard spends most more than the CLI (per round):\n");
    for (const auto &[extra, step] : slower.mid(0, 6))
        std::printf("    %+.2f s  %s\n", extra, qPrintable(step.left(100)));
    return 0;
}
