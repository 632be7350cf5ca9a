#include "app/GuiController.h"
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
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A cluster file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    iha::MainWindow window;
    iha::GuiController controller(&window);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openClusterFile(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
