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
    return cli.run(QCoreApplication::arguments().mid(1));
}
