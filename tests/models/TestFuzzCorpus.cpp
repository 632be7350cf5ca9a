#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QTest>

// The inputs the fuzzers found worth keeping (tests/fuzz/corpus/TARGET/), replayed through the
// same targets: a reader that crashes or breaks an invariant on one of them again fails here
// (security hardening, bad input). Sanitizer findings show in the fuzz build only.
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyKeptInputStillPasses_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const QString &target : iha::fuzz::targetNames()) {
            const QDir dir(QStringLiteral(IHA_FUZZ_CORPUS_DIR "/") + target);
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            QVERIFY2(files.size() >= 10, qPrintable(target + QStringLiteral(": no corpus kept")));
            for (const QString &file : files)
                QTest::newRow(qPrintable(target + QLatin1Char('/') + file))
                    << target << dir.filePath(file);
        }
    }
    void everyKeptInputStillPasses()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        iha::fuzz::runTarget(target, input.readAll()); // returns, or the test dies here
    }
};

QTEST_MAIN(TestFuzzCorpus)
#include "TestFuzzCorpus.moc"
