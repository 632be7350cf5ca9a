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
    // Connected first: a keychain may answer before run() returns.
    int result = iha::CommandLine::Pending;
    QObject::connect(&cli, &iha::CommandLine::finished, &app, [&result](int exitCode) {
        result = exitCode;
        QCoreApplication::exit(exitCode);
    });
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    if (code != iha::CommandLine::Pending)
        return code;
    if (result != iha::CommandLine::Pending)
        return result;
    return QCoreApplication::exec();
}
