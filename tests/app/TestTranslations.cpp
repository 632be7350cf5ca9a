#include "app/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

// The .qm files are embedded and carry real translations, not empty entries.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void embeddedCatalogsTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Geen cluster geladen");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Kein Cluster geladen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Aucun cluster chargé");
    }

    void embeddedCatalogsTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/inmanta-ha-admin_%1.qm").arg(language)));
        QCOMPARE(translator.translate("iha::MainWindow", "No cluster loaded"), expected);
        QVERIFY(!translator.translate("ClusterValidator", "%1 is not a port (1-65535)").isEmpty());
    }

    void systemLocaleIsLoaded()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        iha::installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("iha::MainWindow", "No cluster loaded"),
                 QStringLiteral("Kein Cluster geladen"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
