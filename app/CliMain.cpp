#include "app/CommandLine.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Inmanta"));
    QCoreApplication::setApplicationName(QStringLiteral("inmanta-ha-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IHA_VERSION));
    iha::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    iha::CommandLine cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    if (code != iha::CommandLine::Pending)
        return code;
    QObject::connect(&cli, &iha::CommandLine::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    return QCoreApplication::exec();
}
