// Benchmark (not a test): configure-primary + configure-standby through the wizards of the
// real window (offscreen) against the CLI doing the same, each on a freshly reset lab,
// alternating, N rounds. Prints both medians of the runs' wall time (the CLI's `run` until its
// process ended, the wizard's Run page until the run was taken down: both include the
// pre-flight checks the run makes), their ratio (goal <= 1.05), the wizard's separate
// pre-flight page, the longest stall of the GUI's event loop while the wizards are open,
// measured by a 4 ms watchdog timer (goal: none over 16 ms) with the slowest event handlers
// and against the same watchdog in an idle event loop while the CLI runs (the baseline); per
// slow handler its CPU time and context switches (waits, preemptions), which tell this
// process's own work from time the machine gave to others; and where the time goes (before, within
// and after each run's audit entries, per step). Root, the lab script and the test keyring needed:
//   tests/keyring/with-keyring build/tests/bench/iha-bench-wizard [--lab-as-remote] [ROUNDS]
#include "app/AuditLog.h"
#include "app/GuiController.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"
#include "widgets/MainWindow.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <time.h>

using namespace iha;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// Waits with the window's event loop running as in the application, not QTest::qWaitFor,
// which sleeps 10 ms between rounds of events: every answer that passes the GUI thread (a
// keychain read, a button enabled) would wait for that sleep, and the watchdog count it as a
// stall. The condition is checked every 2 ms.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(2);
    loop.exec();
    return condition();
}

// Stalls over the goal, and for how long they were watched: single worst stalls vary from
// run to run on a loaded machine, their rate less.
struct StallCount
{
    int over16 = 0;
    qint64 watchedMs = 0;
    double perMinute() const { return watchedMs > 0 ? over16 * 60000.0 / watchedMs : 0; }
};
StallCount g_wizardStalls;
StallCount g_baselineStalls;

// One clock for the watchdog's stalls and the handlers' spans, to tell what a stall was made of.
QElapsedTimer g_clock;

struct Span
{
    qint64 startUs = 0;
    qint64 endUs = 0;
    QString what;
};
QList<Span> g_longestStalls; // the wizards' longest, at most 5

// The longest gap between ticks of a 4 ms timer, beyond its interval.
class Watchdog : public QObject
{
public:
    explicit Watchdog(StallCount *count)
        : m_count(count)
    {}
    qint64 longestStallMs = 0;
    void start()
    {
        m_clock.start();
        m_watched.start();
        m_timer.setInterval(4);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 stall = m_clock.restart() - 4;
            longestStallMs = std::max(longestStallMs, stall);
            if (stall > 16)
                ++m_count->over16;
            if (stall > 16 && m_count == &g_wizardStalls) {
                const qint64 now = g_clock.nsecsElapsed() / 1000;
                g_longestStalls.append({now - (stall + 4) * 1000, now, {}});
                std::sort(g_longestStalls.begin(), g_longestStalls.end(),
                          [](const Span &a, const Span &b) {
                              return a.endUs - a.startUs > b.endUs - b.startUs;
                          });
                g_longestStalls = g_longestStalls.mid(0, 5);
            }
        });
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_count->watchedMs += m_watched.elapsed();
    }

private:
    StallCount *m_count;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_watched;
};

// Times every event the GUI thread handles while `measuring`: the slowest handlers say what
// a stall is made of (the outermost event only; nested ones are part of it).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    std::atomic_bool measuring{false};
    QList<QPair<qint64, QString>> slowest;           // microseconds, what
    QList<QPair<qint64, QString>> slowestPaints;     // within them: which widget's paint took long
    QHash<QPair<const char *, QString>, int> paints; // how often each widget was painted
    qint64 mostHandlerCpuUs = 0; // the most CPU time one handler took: this process's own work
    QList<Span> handlers;        // every outermost handler of 1 ms or more

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads (SSH, the runner) deliver events too: only the GUI thread's count.
        if (QThread::currentThread() != thread() || !measuring)
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            if (event->type() != QEvent::Paint)
                return QApplication::notify(receiver, event);
            const Clocks clocks;
            const What what(receiver, event->type());
            ++paints[{what.className, what.name}];
            const bool handled = QApplication::notify(receiver, event);
            keep(&slowestPaints, clocks, what, 2000);
            return handled;
        }
        ++m_depth;
        const Clocks clocks;
        // Read before: the event may delete its receiver (DeferredDelete).
        const What what(receiver, event->type());
        const qint64 startUs = g_clock.nsecsElapsed() / 1000;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        mostHandlerCpuUs = std::max(mostHandlerCpuUs, Clocks::cpuUs() - clocks.cpuStartUs);
        if (const qint64 endUs = g_clock.nsecsElapsed() / 1000; endUs - startUs >= 1000)
            handlers.append({startUs, endUs,
                             QStringLiteral("%1 \"%2\", event %3")
                                 .arg(QLatin1String(what.className), what.name)
                                 .arg(what.type)});
        keep(&slowest, clocks, what, 4000);
        return handled;
    }

private:
    // A handler's wall time, and the CPU time the GUI thread spent in it: what is left is time
    // the machine gave to other threads and processes.
    struct Clocks
    {
        QElapsedTimer wall;
        qint64 cpuStartUs = cpuUs();
        rusage usage = threadUsage();
        Clocks() { wall.start(); }
        static rusage threadUsage()
        {
            rusage u{};
            getrusage(RUSAGE_THREAD, &u);
            return u;
        }
        static qint64 cpuUs()
        {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
        }
    };
    // What handled an event, put in words only for the few kept: formatting every event would
    // slow the handlers measured.
    struct What
    {
        What(QObject *receiver, int type)
            : className(receiver->metaObject()->className())
            , name(receiver->objectName())
            , type(type)
        {}
        const char *className;
        QString name;
        int type;
    };
    static void keep(QList<QPair<qint64, QString>> *list, const Clocks &clocks, const What &what,
                     qint64 fromUs)
    {
        const qint64 us = clocks.wall.nsecsElapsed() / 1000;
        if (us < fromUs)
            return;
        // Waits (a lock, I/O) are voluntary switches; being preempted, involuntary ones.
        const rusage now = Clocks::threadUsage();
        list->append({us, QStringLiteral("%1 \"%2\", event %3 (CPU %4 ms, switches %5 waiting, "
                                         "%6 preempted)")
                              .arg(QLatin1String(what.className), what.name)
                              .arg(what.type)
                              .arg((Clocks::cpuUs() - clocks.cpuStartUs) / 1000.0, 0, 'f', 1)
                              .arg(now.ru_nvcsw - clocks.usage.ru_nvcsw)
                              .arg(now.ru_nivcsw - clocks.usage.ru_nivcsw)});
        std::sort(list->begin(), list->end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        *list = list->mid(0, 8);
    }

    int m_depth = 0;
};

struct Lab
{
    QTemporaryDir dir;
    QString cluster;
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

// With --lab-as-remote: every process of the lab's hosts runs at the lowest priority, and so
// does whatever they start (a forked process keeps its parent's; renice -p changes a process's
// main thread, which is the one that forks). On real servers the hosts'
// work (sshd, PostgreSQL restarts, pg_basebackup) is on other machines; in the lab it shares
// this machine's cores with the window, and its scheduling shows up as the window's stalls.
bool g_labAsRemote = false;

bool lowerTheLabsPriority()
{
    QProcess renice;
    renice.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("for ns in $(ip netns list | awk '/^ihalab-/ {print $1}'); do"
                        " ip netns pids \"$ns\"; done | xargs -r renice -n 19 -p >/dev/null 2>&1;"
                        " exit 0")}); // a process may end between listing and renice
    return renice.waitForFinished(30000) && renice.exitCode() == 0;
}

bool resetLab(Lab &lab)
{
    if (LabEnvironment::run({QStringLiteral("reset")}) != 0)
        return false;
    if (g_labAsRemote && !lowerTheLabsPriority())
        return false;
    const LabEnvironment env = LabEnvironment::load();
    lab.cluster = lab.file("cluster.json");
    QFile::remove(lab.cluster);
    QFile::remove(lab.file("known_hosts"));
    QFile::remove(lab.file("audit.sqlite"));
    return QFile::copy(env.value(QStringLiteral("LAB_CLUSTER_FILE")), lab.cluster) &&
           storeSecret(lab.cluster, QStringLiteral("replication-password"),
                       QStringLiteral("bench-Repl-1"), 15000) &&
           storeSecret(lab.cluster, QStringLiteral("database-password"),
                       env.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")), 15000);
}

int cli(const Lab &lab, const QStringList &args)
{
    QProcess process;
    // Untranslated, as this process is: the steps' names are compared with the wizard's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationDirPath() +
                      QStringLiteral("/../../app/inmanta-ha-cli"),
                  QStringList{QStringLiteral("--cluster"), lab.cluster,
                              QStringLiteral("--audit-db"), lab.file("audit.sqlite"),
                              QStringLiteral("--known-hosts"), lab.file("known_hosts")} +
                      args);
    // With this thread's event loop running: the watchdog measures it meanwhile.
    if (!waitFor([&process] { return process.state() == QProcess::NotRunning; }, 600000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitCode();
}

// Where a run's time went, from its audit entries: before its first entry (start-up:
// process, secrets, connections), between its first and last entry (per step: the time from
// one entry to the next counts to the later entry's step), and after its last entry (until
// the CLI exited or the wizard showed the outcome).
struct TimeSplit
{
    double before = 0;
    double after = 0;
    QMap<QString, double> steps;
};

struct Window
{
    QString procedure;
    QDateTime start;
    QDateTime end;
};

void addTimeSplit(const Lab &lab, const QList<Window> &windows, TimeSplit *split)
{
    QString error;
    const std::unique_ptr<AuditLog> log = AuditLog::open(lab.file("audit.sqlite"), &error);
    if (!log)
        return;
    const QList<AuditEntry> entries = log->entries();
    for (const Window &w : windows) {
        // The run's own entries: not those of a wizard's pre-flight page (a run of its own).
        QString runId;
        for (const AuditEntry &e : entries) {
            if (e.procedure == w.procedure && e.outcome == QLatin1String("started") &&
                e.step.startsWith(QLatin1String("run started")) && e.time >= w.start &&
                e.time <= w.end)
                runId = e.runId;
        }
        QDateTime first;
        QDateTime previous;
        for (const AuditEntry &e : entries) {
            if (e.runId != runId || runId.isEmpty())
                continue;
            if (!first.isValid())
                first = e.time;
            else
                split->steps[w.procedure + QStringLiteral(": ") + e.step] +=
                    previous.msecsTo(e.time) / 1000.0;
            previous = e.time;
        }
        if (first.isValid()) {
            split->before += w.start.msecsTo(first) / 1000.0;
            split->after += previous.msecsTo(w.end) / 1000.0;
        }
    }
}

// Both runs with the CLI; their wall time in seconds, or -1. `baselineStallMs`: the longest
// stall of this process's idle event loop meanwhile, the same load on the machine (the lab's
// hosts doing the same work): what scheduling alone costs a GUI thread here.
double cliRound(Lab &lab, TimeSplit *split, qint64 *baselineStallMs)
{
    if (!resetLab(lab) ||
        cli(lab, {QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")}) != 0)
        return -1;
    QElapsedTimer clock;
    clock.start();
    QList<Window> windows;
    Watchdog watchdog(&g_baselineStalls);
    watchdog.start();
    for (const char *procedure : {"configure-primary", "configure-standby"}) {
        Window w{QLatin1String(procedure), QDateTime::currentDateTimeUtc(), {}};
        if (cli(lab, {QStringLiteral("run"), w.procedure, QStringLiteral("--yes")}) != 0)
            return -1;
        w.end = QDateTime::currentDateTimeUtc();
        windows << w;
    }
    const double seconds = clock.elapsed() / 1000.0;
    watchdog.stop();
    *baselineStallMs = std::max(*baselineStallMs, watchdog.longestStallMs);
    addTimeSplit(lab, windows, split);
    return seconds;
}

// Both runs with the wizards; the Run pages' wall time, the pre-flight pages', the stall.
constexpr int kMonitorMs = 5000;

struct WizardFigures
{
    double runs = -1;
    double preflight = 0;
    qint64 stallMs = 0;
};

// The window's status monitor polls every 5 s, as in the product: on the wizards' first
// pages and their pre-flight checks, paused by the window while each run goes on.
WizardFigures wizardRound(Lab &lab, TimeSplit *split)
{
    WizardFigures figures;
    if (!resetLab(lab) ||
        cli(lab, {QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")}) != 0)
        return figures;
    MainWindow window;
    GuiController::Options options;
    options.intervalMs = kMonitorMs;
    options.auditPath = lab.file("audit.sqlite");
    options.knownHostsFile = lab.file("known_hosts");
    GuiController controller(&window, options);
    window.show();
    if (!window.openClusterFile(lab.cluster))
        return figures;
    // As an operator does: the diagram shows the cluster (the monitor's first round, its
    // connections made) before a wizard is opened.
    if (!waitFor(
            [&controller, &window] {
                const BackgroundMonitor *monitor = controller.monitor(window.currentClusterPath());
                return monitor && !monitor->status().isEmpty();
            },
            60000))
        return figures;
    Watchdog watchdog(&g_wizardStalls);
    double runs = 0;
    QList<Window> windows;
    for (const char *procedure : {"configure-primary", "configure-standby"}) {
        // The whole wizard is watched, its pre-flight page and page changes too.
        watchdog.start();
        static_cast<TimedApplication *>(qApp)->measuring = true;
        ProcedureWizard *wizard = window.openProcedureWizard(QLatin1String(procedure));
        if (!wizard)
            return figures;
        const auto press = [wizard](QWizard::WizardButton which) {
            QAbstractButton *button = wizard->button(which);
            if (!waitFor([button] { return button->isEnabled(); }, 120000))
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
        clock.restart();
        Window w{QLatin1String(procedure), QDateTime::currentDateTimeUtc(), {}};
        press(QWizard::CommitButton);
        if (!waitFor([wizard] { return wizard->draft().outcome.has_value(); }, 600000) ||
            *wizard->draft().outcome != RunOutcome::Succeeded)
            return figures;
        // Until the run is taken down (its SSH connections closed), as the CLI's time is
        // until its process ended.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        runs += clock.elapsed() / 1000.0;
        w.end = QDateTime::currentDateTimeUtc();
        windows << w;
        press(QWizard::NextButton);
        press(QWizard::FinishButton);
        waitFor([] { return false; }, 200);
        watchdog.stop();
        static_cast<TimedApplication *>(qApp)->measuring = false;
    }
    figures.runs = runs;
    figures.stallMs = watchdog.longestStallMs;
    addTimeSplit(lab, windows, split);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_clock.start();
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("SSH_AUTH_SOCK");
    QStringList args = app.arguments().mid(1);
    g_labAsRemote = args.removeAll(QStringLiteral("--lab-as-remote")) > 0;
    const int rounds = args.isEmpty() ? 2 : std::max(1, args.first().toInt());
    if (!LabEnvironment::load().available()) {
        std::fprintf(stderr, "the lab is not up: lab/lab up (as root)\n");
        return 2;
    }
    Lab lab;
    QList<double> cliWall;
    QList<double> wizardWall;
    QList<double> preflight;
    qint64 stall = 0;
    qint64 baselineStall = 0;
    TimeSplit cliSplit;
    TimeSplit wizardSplit;
    for (int i = 0; i < rounds; ++i) {
        const double c = cliRound(lab, &cliSplit, &baselineStall);
        const WizardFigures w = wizardRound(lab, &wizardSplit);
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
    std::printf(
        "configure-primary + configure-standby, %d round(s), the window's monitor "
        "polling every %d s (paused while a run goes on), the lab's hosts at %s priority:\n"
        "  CLI:     median %.2f s\n"
        "  wizard:  median %.2f s (Run pages), ratio %.3f (goal <= 1.05)\n"
        "  wizard pre-flight pages (before Run, read-only): median %.2f s\n"
        "  longest GUI event-loop stall while the wizards were open: %lld ms (goal <= 16 ms)\n"
        "  baseline: longest stall of an idle event loop while the CLI ran: %lld ms\n",
        rounds, kMonitorMs / 1000, g_labAsRemote ? "the lowest (--lab-as-remote)" : "the same",
        median(cliWall), median(wizardWall), ratio, median(preflight), stall, baselineStall);
    std::printf(
        "  stalls over 16 ms per minute watched: wizards %.1f (%d in %.0f s), idle baseline "
        "%.1f (%d in %.0f s)\n",
        g_wizardStalls.perMinute(), g_wizardStalls.over16, g_wizardStalls.watchedMs / 1000.0,
        g_baselineStalls.perMinute(), g_baselineStalls.over16, g_baselineStalls.watchedMs / 1000.0);
    std::printf("  the most CPU time one event handler of the window took: %.1f ms (its own "
                "work; the rest of a stall is time the machine gave to other threads)\n",
                app.mostHandlerCpuUs / 1000.0);
    std::printf("  the GUI thread's slowest event handlers meanwhile:\n");
    for (const auto &[us, what] : std::as_const(app.slowest))
        std::printf("    %5.1f ms  %s\n", us / 1000.0, qPrintable(what));
    std::printf("  the longest stalls, and the handlers of 1 ms or more within them:\n");
    for (const Span &longest : std::as_const(g_longestStalls)) {
        qint64 inHandlersUs = 0;
        QStringList within;
        for (const Span &h : std::as_const(app.handlers)) {
            const qint64 overlap =
                std::min(h.endUs, longest.endUs) - std::max(h.startUs, longest.startUs);
            if (overlap <= 0)
                continue;
            inHandlersUs += overlap;
            within << QStringLiteral("%1 ms %2").arg(overlap / 1000.0, 0, 'f', 1).arg(h.what);
        }
        std::printf("    %.1f ms: %.1f ms in handlers (%s)\n",
                    (longest.endUs - longest.startUs) / 1000.0, inHandlersUs / 1000.0,
                    qPrintable(within.join(QLatin1String("; "))));
    }
    std::printf("  the slowest widget paints within them:\n");
    for (const auto &[us, what] : std::as_const(app.slowestPaints))
        std::printf("    %5.1f ms  %s\n", us / 1000.0, qPrintable(what));
    QList<QPair<int, QString>> mostPainted;
    for (auto it = app.paints.cbegin(); it != app.paints.cend(); ++it)
        mostPainted.append(
            {it.value(),
             QStringLiteral("%1 \"%2\"").arg(QLatin1String(it.key().first), it.key().second)});
    std::sort(mostPainted.begin(), mostPainted.end(), std::greater<>());
    std::printf("  the most often painted widgets:\n");
    for (const auto &[count, what] : mostPainted.mid(0, 8))
        std::printf("    %6d  %s\n", count, qPrintable(what));
    std::printf("  per round, CLI / wizard: before the runs' first audit entry %.2f / %.2f s, "
                "after their last %.2f / %.2f s\n",
                cliSplit.before / rounds, wizardSplit.before / rounds, cliSplit.after / rounds,
                wizardSplit.after / rounds);
    QList<QPair<double, QString>> slower;
    double withinCli = 0;
    double withinWizard = 0;
    for (auto it = wizardSplit.steps.constBegin(); it != wizardSplit.steps.constEnd(); ++it) {
        withinWizard += it.value() / rounds;
        slower.append({(it.value() - cliSplit.steps.value(it.key())) / rounds, it.key()});
    }
    for (const double seconds : std::as_const(cliSplit.steps))
        withinCli += seconds / rounds;
    std::sort(slower.begin(), slower.end(), [](const auto &a, const auto &b) { return a > b; });
    std::printf("  within the runs %.2f / %.2f s; steps where the wizard spends most more:\n",
                withinCli, withinWizard);
    for (const auto &[extra, step] : slower.mid(0, 6))
        std::printf("    %+.2f s  %s\n", extra, qPrintable(step.left(100)));
    return 0;
}
