#include "app/ExitCode.h"
#include "app/KeychainSecretStore.h"
#include "common/CliRunner.h"
#include "models/ClusterReader.h"
#include "models/SecretNames.h"
#include "widgets/CredentialsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
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
