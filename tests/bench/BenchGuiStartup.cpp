// Benchmark (not a test): time from process start to the main window shown, and idle memory,
// of inmanta-ha-admin against a minimal Qt Widgets program built in the same tree, measured
// in the same run, alternating, 15 starts each (medians). Goal (issue): ratio <= 1.3.
// Runs on the platform the environment names (offscreen when there is no display).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

struct Start
{
    double shownMs = 0;
    double rssKiB = 0;
};

Start startOnce(const QString &program, const QStringList &args, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IHA_REPORT_SHOWN"), QStringLiteral("1000"));
    env.insert(QStringLiteral("HOME"), home); // no window state or cluster list of the user
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    if (!env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    Start start;
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    QByteArray out;
    while (process.waitForReadyRead(20000)) {
        out += process.readAllStandardOutput();
        if (start.shownMs == 0 && out.contains("shown\n"))
            start.shownMs = clock.nsecsElapsed() / 1e6;
        if (out.contains("rss "))
            break;
    }
    process.waitForFinished(20000);
    out += process.readAllStandardOutput();
    const int at = out.indexOf("rss ");
    if (start.shownMs == 0 || at < 0)
        qFatal("%s did not report: %s", qPrintable(program), out.constData());
    start.rssKiB = out.mid(at + 4).split('\n').value(0).toDouble();
    return start;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QCoreApplication::applicationDirPath();
    const QString admin = dir + QStringLiteral("/../../app/inmanta-ha-admin");
    const QString minimal = dir + QStringLiteral("/iha-bench-minimal-gui");
    QTemporaryDir home;
    const int runs = 15;
    QList<double> adminMs, minimalMs, adminRss, minimalRss;
    startOnce(minimal, {}, home.path()); // warm the page cache for both
    startOnce(admin, {}, home.path());
    for (int i = 0; i < runs; ++i) {
        const Start m = startOnce(minimal, {}, home.path());
        const Start a = startOnce(admin, {}, home.path());
        minimalMs << m.shownMs;
        adminMs << a.shownMs;
        minimalRss << m.rssKiB;
        adminRss << a.rssKiB;
    }
    std::printf("start-up to main window shown (median of %d, platform %s)\n", runs,
                qgetenv("QT_QPA_PLATFORM").isEmpty() && !qEnvironmentVariableIsEmpty("DISPLAY")
                    ? "xcb"
                : qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"
                                                       : qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  minimal Qt Widgets program  %7.1f ms   idle RSS %6.1f MiB\n", median(minimalMs),
                median(minimalRss) / 1024);
    std::printf("  inmanta-ha-admin            %7.1f ms   idle RSS %6.1f MiB\n", median(adminMs),
                median(adminRss) / 1024);
    std::printf("  ratio                       %7.2f      (goal <= 1.3)   memory ratio %.2f\n",
                median(adminMs) / median(minimalMs), median(adminRss) / median(minimalRss));
    return 0;
}
