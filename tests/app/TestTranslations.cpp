#include "app/ProcedureSession.h"
#include "app/Translations.h"
#include "models/ClusterReader.h"
#include "models/ResumePoint.h"

#include <QCoreApplication>
#include <QFile>
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

    // Procedures speak the operator's language, their commands do not change, and a run
    // started in one language resumes in another (the fingerprint leaves descriptions out).
    void plansSpeakTheOperatorsLanguageWithTheSameFingerprint()
    {
        QFile file(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const iha::ClusterReadResult read = iha::readCluster(file.readAll());
        QVERIFY(read.ok());
        iha::Plan english;
        QVERIFY(iha::ProcedureSession::buildPlan(*read.cluster, QStringLiteral("configure-standby"),
                                                 {}, &english)
                    .isEmpty());
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/inmanta-ha-admin_de.qm")));
        QCoreApplication::installTranslator(&german);
        iha::Plan translated;
        iha::ProcedureSession::buildPlan(*read.cluster, QStringLiteral("configure-standby"), {},
                                         &translated);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(translated.steps.size(), english.steps.size());
        int differ = 0;
        for (qsizetype i = 0; i < english.steps.size(); ++i) {
            differ += english.steps.at(i).description != translated.steps.at(i).description;
            QCOMPARE(translated.steps.at(i).preview, english.steps.at(i).preview);
        }
        QCOMPARE(differ, int(english.steps.size()));
        QCOMPARE(iha::planFingerprint(translated), iha::planFingerprint(english));
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
