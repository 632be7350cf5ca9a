#include "app/GuiController.h"
#include "app/StartupReport.h"
#include "app/Translations.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    parser.process(app);

    iha::MainWindow window;
    iha::GuiController controller(&window);
    window.show();
    iha::StartupReport::install(&window);
    // The clusters of the last session, then the ones named on the command line.
    window.restoreClusterList();
    for (const QString &file : parser.positionalArguments())
        window.openClusterFile(file);
    return QApplication::exec();
}
