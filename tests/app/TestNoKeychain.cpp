#include "app/KeychainSecretStore.h"

#include <QTest>

using namespace iha;

// Without any Secret Service (no D-Bus session at all), every operation says so clearly and
// nothing is stored anywhere else.
class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/iha-no-bus");
    }

    void everyOperationSaysThereIsNoKeychain()
    {
        KeychainSecretStore store;
        for (int operation = 0; operation < 3; ++operation) {
            std::optional<SecretResult> result;
            const auto done = [&result](const SecretResult &r) {
                result = r;
            };
            if (operation == 0)
                store.read(QStringLiteral("prod/api-token"), done);
            else if (operation == 1)
                store.write(QStringLiteral("prod/api-token"), QStringLiteral("v"), done);
            else
                store.remove(QStringLiteral("prod/api-token"), done);
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
            QCOMPARE(result->status, SecretResult::Status::Unavailable);
            QVERIFY2(result->message.contains(QStringLiteral("gnome-keyring or KWallet")),
                     qPrintable(result->message));
            QVERIFY(result->message.contains(QStringLiteral("never stored in plain text")));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "TestNoKeychain.moc"
