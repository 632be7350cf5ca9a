#include "models/ClusterReader.h"
#include "models/procedures/Fencing.h"
#include "models/procedures/InmantaSteps.h"
#include "models/procedures/Procedures.h"
#include "models/procedures/Promotion.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;
using namespace iha::Procedures;

Q_DECLARE_METATYPE(iha::Procedures::Fencing::Evidence)
Q_DECLARE_METATYPE(iha::Procedures::Fencing::Judgement)

namespace {

Node node(const QString &name, const QString &address)
{
    Node n;
    n.name = name;
    n.address = address;
    n.postgres = PostgresSettings{};
    return n;
}

Fencing::Evidence answered(bool running, const QString &recovery, const QString &unit)
{
    Fencing::Evidence e;
    e.answered = true;
    e.running = running;
    e.inRecovery = recovery;
    e.unitState = unit;
    return e;
}

Fencing::Evidence silent(std::optional<bool> serviceAnswers)
{
    Fencing::Evidence e;
    e.answered = false;
    e.silence = QStringLiteral("Timeout connecting");
    e.serviceAnswers = serviceAnswers;
    return e;
}

// Mode 0600: neither group nor others may read it (QFile's "User" flags are the owner's as
// the process sees them).
bool ownerOnly(const QString &path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (p & others) == 0 && p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner);
}

// A check that reads nothing from the hosts (the data at risk comes from the inputs).
class NotesOnly : public StepIo
{
public:
    QStringList notes;
    CommandResult run(const QString &, const RemoteCommand &) override { return {}; }
    bool cancelled() const override { return false; }
    void note(const QString &text) override { notes << text; }
    void fileChanged(const QString &, const QString &, const QString &, const QString &) override {}
    void setCancellable(bool) override {}
};

} // namespace

// The judgements a failover rests on, from evidence alone: when the old primary may be taken
// for fenced, what data is at risk, and the database.cfg edit run on a scratch file.
class TestFailoverLogic : public QObject
{
    Q_OBJECT

private slots:
    void fencing_data()
    {
        QTest::addColumn<Fencing::Evidence>("evidence");
        QTest::addColumn<bool>("attested");
        QTest::addColumn<Fencing::Judgement>("judgement");
        QTest::addColumn<QString>("words");
        using J = Fencing::Judgement;
        QTest::newRow("answers as a primary, attested or not")
            << answered(true, QStringLiteral("f"), QStringLiteral("enabled")) << true << J::Refused
            << "db1 answers as a primary";
        QTest::newRow("runs in recovery: not the primary the file names")
            << answered(true, QStringLiteral("t"), QStringLiteral("enabled")) << false << J::Refused
            << "it is a standby";
        QTest::newRow("runs, state unknown")
            << answered(true, QStringLiteral("psql: error"), QStringLiteral("enabled")) << false
            << J::Refused << "treated as alive";
        QTest::newRow("stopped, not masked: the fence step masks it")
            << answered(false, {}, QStringLiteral("enabled")) << false << J::Fenceable
            << "stopped, disabled and masked";
        QTest::newRow("stopped and masked") << answered(false, {}, QStringLiteral("masked"))
                                            << false << J::Fenced << "stopped and its unit masked";
        QTest::newRow("silent, protocol silent, not attested")
            << silent(false) << false << J::Refused << "--attest-fenced db1";
        QTest::newRow("silent, protocol silent, attested")
            << silent(false) << true << J::Fenced << "ATTESTED by alice@laptop";
        QTest::newRow("silent over SSH but PostgreSQL answers: alive, attestation or not")
            << silent(true) << true << J::Refused << "it is alive";
        QTest::newRow("silent, the witness could not ask")
            << silent(std::nullopt) << true << J::Refused << "could not be asked";
    }

    void fencing()
    {
        QFETCH(Fencing::Evidence, evidence);
        QFETCH(bool, attested);
        QFETCH(Fencing::Judgement, judgement);
        QFETCH(QString, words);
        ProcedureInputs inputs;
        inputs.operatorName = QStringLiteral("alice@laptop");
        if (attested)
            inputs.attestedFenced << QStringLiteral("db1");
        QString why;
        QCOMPARE(Fencing::judge(node(QStringLiteral("db1"), QStringLiteral("10.1.0.11")),
                                node(QStringLiteral("db2"), QStringLiteral("10.1.0.12")), evidence,
                                true, inputs, &why),
                 judgement);
        QVERIFY2(why.contains(words), qPrintable(why));
    }

    void dataAtRisk_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("syncState");
        QTest::addColumn<qint64>("flushLag");
        QTest::addColumn<bool>("atRisk");
        QTest::addColumn<QString>("words");
        QTest::newRow("sync: nothing acknowledged is missing")
            << "streaming"
            << "sync" << qint64(4096) << false << "synchronous standby";
        QTest::newRow("async: the bytes behind are named")
            << "streaming"
            << "async" << qint64(123456) << true << "123456 bytes of WAL";
        QTest::newRow("catching up")
            << "catchup"
            << "sync" << qint64(-1) << true << "an unknown number of bytes";
        QTest::newRow("not streaming when last seen")
            << ""
            << "" << qint64(-1) << true << "not streaming";
    }

    void dataAtRisk()
    {
        QFETCH(QString, state);
        QFETCH(QString, syncState);
        QFETCH(qint64, flushLag);
        QFETCH(bool, atRisk);
        QFETCH(QString, words);
        ProcedureInputs inputs;
        ReplicationSample sample;
        sample.time = QDateTime::currentDateTimeUtc().addSecs(-120);
        sample.source = QStringLiteral("status");
        sample.primaryNode = QStringLiteral("db1");
        sample.state = state;
        sample.syncState = syncState;
        sample.flushLagBytes = flushLag;
        inputs.lastSample = sample;
        QString text;
        QCOMPARE(Promotion::dataAtRisk(node(QStringLiteral("db1"), QStringLiteral("10.1.0.11")),
                                       node(QStringLiteral("db2"), QStringLiteral("10.1.0.12")),
                                       inputs, &text),
                 atRisk);
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY2(text.contains(sample.time.toString(Qt::ISODate)), qPrintable(text));
        // The same sample an hour and more later says nothing any more.
        inputs.lastSample->time = QDateTime::currentDateTimeUtc().addSecs(-3700);
        QVERIFY(Promotion::dataAtRisk(node(QStringLiteral("db1"), QStringLiteral("10.1.0.11")),
                                      node(QStringLiteral("db2"), QStringLiteral("10.1.0.12")),
                                      inputs, &text));
        QVERIFY2(text.contains(QLatin1String("61 minutes ago")), qPrintable(text));
    }

    void noSampleIsRisk()
    {
        QString text;
        QVERIFY(Promotion::dataAtRisk(node(QStringLiteral("db1"), {}),
                                      node(QStringLiteral("db2"), {}), ProcedureInputs{}, &text));
        QVERIFY(text.contains(QLatin1String("No sample")));
        // A sample taken while another node was the primary does not count.
        ProcedureInputs inputs;
        ReplicationSample sample;
        sample.primaryNode = QStringLiteral("db3");
        sample.state = QStringLiteral("streaming");
        sample.syncState = QStringLiteral("sync");
        inputs.lastSample = sample;
        QVERIFY(Promotion::dataAtRisk(node(QStringLiteral("db1"), {}),
                                      node(QStringLiteral("db2"), {}), inputs, &text));
    }

    // The operator accepts the data at risk that one sample shows; a newer sample by the time
    // the run checks is another assessment, asked again. The command line's flag (no sample
    // seen) accepts whatever the run finds.
    void dataLossAcceptanceHoldsForTheSampleSeen()
    {
        QFile file(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ClusterReadResult read = readCluster(file.readAll());
        QVERIFY(read.ok());
        ProcedureInputs inputs;
        ReplicationSample sample;
        sample.time = QDateTime::currentDateTimeUtc().addSecs(-60);
        sample.primaryNode = QStringLiteral("db1");
        sample.state = QStringLiteral("streaming");
        sample.syncState = QStringLiteral("async");
        inputs.lastSample = sample;
        inputs.acceptDataLoss = true;
        const auto check = [&read](const ProcedureInputs &given, bool *done) {
            Plan plan;
            const QString error = promoteStandby(*read.cluster, given, &plan);
            for (const Step &step : std::as_const(plan.preflight)) {
                if (step.acceptsDataLoss) {
                    NotesOnly io;
                    return error + step.check(io, done);
                }
            }
            return QStringLiteral("no data-at-risk check in the plan: ") + error;
        };
        bool done = false;
        QCOMPARE(check(inputs, &done), QString());
        QVERIFY(done);
        inputs.dataLossSampleSeen = sample.time;
        QCOMPARE(check(inputs, &done), QString());
        QVERIFY(done);
        inputs.dataLossSampleSeen = sample.time.addSecs(-30);
        const QString asked = check(inputs, &done);
        QVERIFY(!done);
        QVERIFY2(asked.startsWith(kOperatorWordNeeded) && asked.contains(QLatin1String("newer")),
                 qPrintable(asked));
    }

    // The database.cfg edit, run by bash on a scratch file as it runs on the orchestrator.
    void databaseSectionEdit_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("the runbook's file: only the host changes")
            << QByteArray("[database]\nhost=10.0.0.1\nname=inmanta\nusername=inmanta\n"
                          "password=s3cret\nsingleton_lock=true\n")
            << QByteArray("[database]\nhost = 10.0.0.2\nname=inmanta\nusername=inmanta\n"
                          "password=s3cret\nsingleton_lock=true\n");
        QTest::newRow("host elsewhere in the section, upper case, and twice")
            << QByteArray("# c\n[server]\nhost=keep\n[database]\nname=x\nHOST : a\nhost=b\n\n"
                          "[other]\nk=v\n")
            << QByteArray("# c\n[server]\nhost=keep\n[database]\nname=x\nhost = 10.0.0.2\n\n"
                          "[other]\nk=v\n");
        QTest::newRow("no host in the section: added at its end")
            << QByteArray("[database]\nname=x\n[server]\nbind-port=8888\n")
            << QByteArray("[database]\nname=x\nhost = 10.0.0.2\n[server]\nbind-port=8888\n");
        QTest::newRow("no section")
            << QByteArray("[server]\nbind-port=8888\n")
            << QByteArray("[server]\nbind-port=8888\n\n[database]\nhost = 10.0.0.2\n");
    }

    void databaseSectionEdit()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("database.cfg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
        file.close();
        QProcess bash;
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"),
                    QStringLiteral("export IHA_V_host=10.0.0.2\n") +
                        InmantaSteps::databaseSectionScript(path, {QStringLiteral("host")},
                                                            QStringLiteral("inmanta-server"))});
        QVERIFY(bash.waitForFinished());
        QCOMPARE(bash.exitCode(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), after);
        // Its mode (0644 here) keeps what owner and group had, and loses what others had: the
        // server's user or group must still read it.
        QCOMPARE(QFileInfo(path).permissions() & 0x0777,
                 QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup);
        // The old file is kept beside it, 0600 too (it holds the password).
        const QString backup = QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
        QFile old(backup);
        QVERIFY2(old.open(QIODevice::ReadOnly), qPrintable(backup));
        QCOMPARE(old.readAll(), before);
        QVERIFY(ownerOnly(backup));
    }

    // new-orchestrator: a file that does not exist yet, the password from stdin, never argv.
    void aNewDatabaseConfigGetsEveryKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inmanta.d/database.cfg"));
        QProcess bash;
        bash.start(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("export IHA_V_host=10.0.0.2 IHA_V_name=inmanta\n"
                            "IFS= read -r IHA_V_password; export IHA_V_password\n") +
                 InmantaSteps::databaseSectionScript(
                     path,
                     {QStringLiteral("host"), QStringLiteral("name"), QStringLiteral("password")},
                     QStringLiteral("inmanta-server"))});
        bash.write("p a$s'\"w%d\n");
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished());
        QCOMPARE(bash.exitCode(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            file.readAll(),
            QByteArray("\n[database]\nhost = 10.0.0.2\nname = inmanta\npassword = p a$s'\"w%d\n"));
    }
};

QTEST_GUILESS_MAIN(TestFailoverLogic)
#include "TestFailoverLogic.moc"
