#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace iha {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    // Qt's own strings (standard buttons, file dialogs) first, ours on top.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("inmanta-ha-admin"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace iha
