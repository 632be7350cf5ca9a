#include "app/CommandLine.h"
#include "app/ExitCode.h"
#include "app/ProcessHardening.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

// A PDF report needs Qt's font and painting machinery: only then is the CLI a (windowless)
// QGuiApplication; every other command stays a plain QCoreApplication.
static bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0)
            return true;
    }
    return false;
}

namespace {

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted = true; // only this: the event loop does the rest (see the timer in main)
}

} // namespace

int main(int argc, char *argv[])
{
    if (const QString unhardened = iha::hardenProcess(); !unhardened.isEmpty())
        std::fprintf(stderr, "inmanta-ha-cli: warning: %s\n", qPrintable(unhardened));
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Inmanta"));
    QCoreApplication::setApplicationName(QStringLiteral("inmanta-ha-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IHA_VERSION));
    iha::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    iha::CommandLine cli(out, err);
    // Connected first: a keychain may answer before run() returns.
    int result = iha::CommandLine::Pending;
    QObject::connect(&cli, &iha::CommandLine::finished, &app, [&result](int exitCode) {
        result = exitCode;
        QCoreApplication::exit(exitCode);
    });
    // Ctrl-C, a kill and a dropped terminal (SIGHUP) all end the current step cleanly: it is
    // cancelled, recorded, and what it started on the host stopped; the cluster lock stays with
    // the run for its resume. Writes to a terminal that is gone must not kill the process.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    std::signal(SIGHUP, onInterrupt);
    std::signal(SIGPIPE, SIG_IGN);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &app, [&cli] {
        if (!interrupted.exchange(false))
            return;
        if (!cli.cancel())
            QCoreApplication::exit(iha::ExitCancelled);
    });
    interruptPoll.start(200);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    if (code != iha::CommandLine::Pending)
        return code;
    if (result != iha::CommandLine::Pending)
        return result;
    return QCoreApplication::exec();
}
