#include "app/GuiController.h"
#include "app/ProcessHardening.h"
#include "app/StartupReport.h"
#include "app/Translations.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    const QString unhardened = iha::hardenProcess(); // before any secret is read
    QApplication app(argc, argv);
    if (!unhardened.isEmpty())
        qWarning("inmanta-ha-admin: %s", qPrintable(unhardened));
    QApplication::setOrganizationName(QStringLiteral("Inmanta"));
    QApplication::setApplicationName(QStringLiteral("inmanta-ha-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Inmanta HA Admin"));
    QApplication::setApplicationVersion(QStringLiteral(IHA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("inmanta-ha-admin"));
    iha::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inmanta HA Admin"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Cluster files to open."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QApplication::translate("main",
                                "Seconds between two checks of each cluster (1-3600; default 5, "
                                "or the last value given)."),
        QApplication::translate("main", "SECONDS"));
    parser.addOption(interval);
    const QCommandLineOption practice(
        QStringLiteral("practice"),
        QApplication::translate("main",
                                "Open the practice cluster: five hosts on this machine, marked "
                                "PRACTICE, started first if they are not up (the helper that "
                                "starts them asks for root; this program never runs as root)."));
    parser.addOption(practice);
    parser.process(app);

    // Nothing here needs root: only the practice cluster's helper does, and it asks for itself.
    if (geteuid() == 0)
        qWarning("inmanta-ha-admin: running as root is not needed; run it as yourself");

    // The polling interval is the operator's: given once, remembered.
    QSettings settings;
    int seconds = settings.value(QStringLiteral("monitor/intervalSeconds"), 5).toInt();
    if (parser.isSet(interval)) {
        bool ok = false;
        seconds = parser.value(interval).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                                        "main", "--interval: \"%1\" is not a number of seconds "
                                                "from 1 to 3600")
                                        .arg(parser.value(interval))));
            return 2;
        }
        settings.setValue(QStringLiteral("monitor/intervalSeconds"), seconds);
    }

    iha::MainWindow window;
    iha::GuiController::Options options;
    options.intervalMs = std::clamp(seconds, 1, 3600) * 1000;
    iha::GuiController controller(&window, options);
    window.show();
    iha::StartupReport::install(&window);
    // The clusters of the last session, then the ones named on the command line.
    window.restoreClusterList();
    for (const QString &file : parser.positionalArguments())
        window.openClusterFile(file);
    if (parser.isSet(practice))
        controller.startPractice();
    return QApplication::exec();
}
