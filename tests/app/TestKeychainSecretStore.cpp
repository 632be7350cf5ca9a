#include "app/AuditLog.h"
#include "app/ExitCode.h"
#include "app/GuiController.h"
#include "app/KeychainSecretStore.h"
#include "common/CliRunner.h"
#include "models/ClusterReader.h"
#include "models/SecretNames.h"
#include "widgets/CredentialsDialog.h"
#include "widgets/HeldBackSecretsDialog.h"
#include "widgets/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace iha;

// The real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/keyring/with-keyring): every secret name round-trips, nasty values intact; a locked
// keychain is named as such.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store;
    Cluster m_cluster;

    SecretResult call(const std::function<void(SecretStore::Callback)> &operation)
    {
        std::optional<SecretResult> result;
        operation([&result](const SecretResult &r) { result = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        }();
        return result.value_or(SecretResult{});
    }

    static CliOutcome cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return runCli(QStringList{QStringLiteral("--cluster"),
                                  QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")} +
                          args,
                      stdinData, 15000);
    }

    // A cluster "prod" with its API token set for its own file, and a planted file of the same
    // name whose apiUrl is a listener that records every request.
    struct Planted
    {
        QTemporaryDir dir;
        QTcpServer listener;
        QList<QByteArray> seen;
        QString real;
        QString planted;
        QString url; // the listener's

        bool sawToken() const
        {
            return std::any_of(seen.cbegin(), seen.cend(),
                               [](const QByteArray &r) { return r.contains(kToken); });
        }
        CliOutcome run(const QString &file, const QStringList &args, const QByteArray &input = {})
        {
            return runCli(QStringList{QStringLiteral("--cluster"), file,
                                      QStringLiteral("--audit-db"),
                                      dir.filePath(QStringLiteral("audit.sqlite")),
                                      QStringLiteral("--known-hosts"),
                                      dir.filePath(QStringLiteral("known_hosts"))} +
                              args,
                          input, 30000);
        }
    };
    static constexpr const char *kToken = "tok-Planted-55";

    bool plant(Planted &p)
    {
        if (!p.listener.listen(QHostAddress::LocalHost))
            return false;
        connect(&p.listener, &QTcpServer::newConnection, this, [&p] {
            while (QTcpSocket *socket = p.listener.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &p] {
                    p.seen << socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        p.url = QStringLiteral("http://127.0.0.1:%1").arg(p.listener.serverPort());
        // No SSH server anywhere: a port just closed.
        QTcpServer closed;
        if (!closed.listen(QHostAddress::LocalHost))
            return false;
        const quint16 noSsh = closed.serverPort();
        closed.close();
        const auto clusterFile = [&](const QString &file, quint16 apiPort) {
            const QString path = p.dir.filePath(file);
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return QString();
            out.write(QStringLiteral("{\"name\": \"prod\", \"nodes\": [{\"name\": \"orch1\", "
                                     "\"role\": \"orchestrator\", \"address\": \"127.0.0.1\", "
                                     "\"ssh\": {\"port\": %1}, \"inmanta\": {\"apiUrl\": "
                                     "\"http://127.0.0.1:%2\"}}]}")
                          .arg(noSsh)
                          .arg(apiPort)
                          .toUtf8());
            return path;
        };
        p.real = clusterFile(QStringLiteral("prod.json"), 1);
        p.planted = clusterFile(QStringLiteral("copy.json"), p.listener.serverPort());
        const CliOutcome o = p.run(
            p.real, {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("api-token")},
            QByteArray(kToken) + '\n');
        return o.exitCode == ExitSuccess && o.out.contains(QStringLiteral("http://127.0.0.1:1"));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("IHA_TEST_KEYRING_PASSWORD_FILE"))
            QSKIP("run through tests/keyring/with-keyring (ctest does)");
        QFile file(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_cluster = *readCluster(file.readAll()).cluster;
    }

    void everySecretNameRoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        const QStringList nasty = {QStringLiteral("it's \"quoted\""),
                                   QStringLiteral("back\\slash\\\\"),
                                   QStringLiteral("colon:semi;$$dollar"),
                                   QStringLiteral("spa ces  "),
                                   QStringLiteral("pässwörd ünïcødé 日本"),
                                   QStringLiteral(".*+?^${}()|[]\\"),
                                   QStringLiteral("multi\nline")};
        int i = 0;
        for (const QString &name : SecretNames::allFor(m_cluster))
            QTest::newRow(qPrintable(name)) << name << nasty.at(i++ % nasty.size());
    }

    void everySecretNameRoundTrips()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const QString key = SecretNames::key(m_cluster, name);
        QCOMPARE(key, QStringLiteral("prod/") + name);
        QVERIFY(call([&](auto done) { m_store.write(key, value, done); }).ok());
        const SecretResult read = call([&](auto done) { m_store.read(key, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, value);
        QVERIFY(call([&](auto done) { m_store.remove(key, done); }).ok());
        QCOMPARE(call([&](auto done) { m_store.read(key, done); }).status,
                 SecretResult::Status::NotFound);
    }

    // A store destroyed while its jobs run (a command line given up by its caller) drops their
    // answers: the callbacks capture what was destroyed with it.
    void aStoreGoneBeforeItsJobsDropsTheirAnswers()
    {
        const QString key = SecretNames::key(m_cluster, QStringLiteral("api-token"));
        QVERIFY(call([&](auto done) { m_store.write(key, QStringLiteral("kept"), done); }).ok());
        int answers = 0;
        {
            KeychainSecretStore gone;
            gone.read(key, [&answers](const SecretResult &) { ++answers; });
            gone.read(QStringLiteral("prod/never-written"),
                      [&answers](const SecretResult &) { ++answers; });
            gone.write(key, QStringLiteral("kept"),
                       [&answers](const SecretResult &) { ++answers; });
        }
        QTest::qWait(2000);
        QCOMPARE(answers, 0);
        QCOMPARE(call([&](auto done) { m_store.read(key, done); }).value, QStringLiteral("kept"));
        QVERIFY(call([&](auto done) { m_store.remove(key, done); }).ok());
    }

    void cliSetCheckDelete()
    {
        QCOMPARE(
            cli({QStringLiteral("secret"), QStringLiteral("check"), QStringLiteral("api-token")})
                .exitCode,
            int(ExitStepFailed));
        const CliOutcome set =
            cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("api-token")},
                "tok'en \"with\" \\ stuff\nsecond line is ignored\n");
        QCOMPARE(set.exitCode, int(ExitSuccess));
        QVERIFY(!set.out.contains(QStringLiteral("tok'en")));
        const SecretResult stored =
            call([&](auto done) { m_store.read(QStringLiteral("prod/api-token"), done); });
        QCOMPARE(stored.value, QStringLiteral("tok'en \"with\" \\ stuff"));
        const CliOutcome check =
            cli({QStringLiteral("secret"), QStringLiteral("check"), QStringLiteral("api-token")});
        QCOMPARE(check.exitCode, int(ExitSuccess));
        QCOMPARE(check.out, QStringLiteral("api-token is set.\n"));
        QCOMPARE(
            cli({QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("api-token")})
                .exitCode,
            int(ExitSuccess));
        QCOMPARE(
            cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("api-token")}, "")
                .exitCode,
            int(ExitUsage));
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"),
                      QStringLiteral("sudo-password:db9")},
                     "x\n")
                     .exitCode,
                 int(ExitUsage));
    }

    // The credentials dialog over the real keychain: a value typed twice is stored there
    // under the cluster's key, and the list says "set".
    void theCredentialsDialogStoresInTheKeychain()
    {
        CredentialsDialog dialog(m_cluster, &m_store);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stateOf(QStringLiteral("database-password")),
                                  QStringLiteral("not set"), 15000);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("secretList"));
        list->setCurrentItem(
            list->findItems(QStringLiteral("database-password"), Qt::MatchExactly).at(0));
        const QString value = QStringLiteral("dB pässword 'with\" quotes");
        // Pasted (QTest types ASCII only).
        dialog.findChild<QLineEdit *>(QStringLiteral("secretValue"))->setText(value);
        dialog.findChild<QLineEdit *>(QStringLiteral("secretRepeat"))->setText(value);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("setSecretButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stateOf(QStringLiteral("database-password")),
                                  QStringLiteral("set"), 15000);
        const SecretResult stored =
            call([&](auto done) { m_store.read(QStringLiteral("prod/database-password"), done); });
        QVERIFY(stored.ok());
        QCOMPARE(stored.value, value);
    }

    // A copied or planted file named like a cluster, whose apiUrl is a listener of its own,
    // never receives that cluster's API token, until the operator confirms where it would go
    // (security hardening, point 1).
    void aFileNamedLikeAClusterNeverSeesItsToken()
    {
        Planted p;
        QVERIFY(plant(p));
        const QStringList status = {QStringLiteral("status"), QStringLiteral("--format"),
                                    QStringLiteral("json")};
        CliOutcome o = p.run(p.planted, status);
        QVERIFY2(!p.seen.isEmpty(), "the monitor asked the planted API nothing");
        for (const QByteArray &request : std::as_const(p.seen))
            QVERIFY2(!request.contains(kToken) && !request.contains("Authorization"),
                     request.constData());
        QVERIFY2(o.err.contains(QStringLiteral("held back: api-token")) &&
                     o.err.contains(QStringLiteral("was not set for ")) && o.err.contains(p.url) &&
                     o.err.contains(QStringLiteral("secret confirm api-token")),
                 qPrintable(o.err));
        const QStringList check = {QStringLiteral("secret"), QStringLiteral("check"),
                                   QStringLiteral("api-token")};
        o = p.run(p.planted, check);
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(o.out.contains(QStringLiteral("held back")), qPrintable(o.out));

        // Confirmed, in the operator's words: now it goes there (and the listener sees it, so
        // the checks above could have failed).
        o = p.run(p.planted, {QStringLiteral("secret"), QStringLiteral("confirm"),
                              QStringLiteral("api-token")});
        QVERIFY2(o.exitCode == ExitSuccess && o.out.contains(p.url), qPrintable(o.out + o.err));
        p.seen.clear();
        p.run(p.planted, status);
        QVERIFY(p.sawToken());
        // ... and the file it was first set for now has to be confirmed in turn.
        QCOMPARE(p.run(p.real, check).exitCode, int(ExitStepFailed));
    }

    // The window asks before a planted file gets the token, watches without it meanwhile, and
    // lets it go there only when the operator says so (on record in the audit log).
    void theWindowAsksBeforeAPlantedFileGetsTheToken()
    {
        Planted p;
        QVERIFY(plant(p));
        for (const bool letGo : {false, true}) {
            MainWindow window;
            GuiController::Options options;
            options.intervalMs = 300;
            options.auditPath = p.dir.filePath(QStringLiteral("gui-audit.sqlite"));
            options.knownHostsFile = p.dir.filePath(QStringLiteral("known_hosts"));
            GuiController controller(&window, options);
            window.show();
            QVERIFY(window.openClusterFile(p.planted));
            HeldBackSecretsDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<HeldBackSecretsDialog *>()), 15000);
            QVERIFY2(dialog->informativeText().contains(p.url),
                     qPrintable(dialog->informativeText()));
            QCOMPARE(dialog->defaultButton(), dialog->keepBackButton());
            QTRY_VERIFY_WITH_TIMEOUT(p.seen.size() >= 2, 15000); // watched meanwhile
            QVERIFY(!p.sawToken());
            QVERIFY(window.findChild<QLabel *>(QStringLiteral("clusterWarnings"))
                        ->text()
                        .contains(QStringLiteral("held back: api-token")));
            (letGo ? dialog->letGoButton() : dialog->keepBackButton())->click();
            if (!letGo) {
                const qsizetype before = p.seen.size();
                QTRY_VERIFY_WITH_TIMEOUT(p.seen.size() >= before + 4, 15000);
                QVERIFY(!p.sawToken());
                continue;
            }
            QTRY_VERIFY_WITH_TIMEOUT(p.sawToken(), 15000);
        }
        QString error;
        const auto log = AuditLog::open(p.dir.filePath(QStringLiteral("gui-audit.sqlite")), &error);
        QVERIFY2(log, qPrintable(error));
        const auto entries = log->entries();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [&p](const AuditEntry &e) {
            return e.outcome == QLatin1String("secret bound") && e.output.contains(p.url);
        }));
    }

    // Last: it leaves the keyring locked.
    void aLockedKeychainIsNamed()
    {
        QCOMPARE(QProcess::execute(QStringLiteral(IHA_KEYRING_DIR "/lock-keyring")), 0);
        const SecretResult r = call([&](auto done) {
            m_store.write(QStringLiteral("prod/api-token"), QStringLiteral("x"), done);
        });
        QCOMPARE(r.status, SecretResult::Status::Denied);
        QVERIFY2(r.message.contains(QStringLiteral("locked")), qPrintable(r.message));
        const CliOutcome set = cli(
            {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("api-token")}, "x\n");
        QCOMPARE(set.exitCode, int(ExitRefused));
        QVERIFY(set.err.contains(QStringLiteral("Unlock it")));
        // A lookup says "locked" too (libsecret itself answers "not found"), so a stored
        // secret is never taken for a missing one, and the dialog offers nothing to type into.
        const SecretResult read =
            call([&](auto done) { m_store.read(QStringLiteral("prod/database-password"), done); });
        QCOMPARE(read.status, SecretResult::Status::Denied);
        QVERIFY2(read.message.contains(QStringLiteral("locked")), qPrintable(read.message));
        const CliOutcome check = cli({QStringLiteral("secret"), QStringLiteral("check"),
                                      QStringLiteral("database-password")});
        QCOMPARE(check.exitCode, int(ExitRefused));
        CredentialsDialog dialog(m_cluster, &m_store);
        dialog.show();
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("credentialsMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("locked")), 15000);
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("secretValue"))->isEnabled());
        QCOMPARE(dialog.stateOf(QStringLiteral("database-password")), QStringLiteral("unknown"));
    }
};

QTEST_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
