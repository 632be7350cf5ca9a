#include "models/SshConfig.h"

#include <QDir>
#include <QTest>

using namespace iha;

namespace {

const QByteArray kConfig = R"(# the operator's own
Host bastion
    HostName 203.0.113.7
    User jump

Host db? !db9
    User postgres-admin
    Port 2222
    IdentityFile ~/.ssh/%h_key
    IdentitiesOnly yes

Host *.prod.example
    ProxyJump bastion
    ConnectTimeout=4

Host "quoted host" *
    User fallback
    Port 22
    ServerAliveInterval 15
    UserKnownHostsFile %d/.ssh/known_hosts_work
)";

} // namespace

class TestSshConfig : public QObject
{
    Q_OBJECT

private slots:
    // The first value for an option wins, block by block, as in OpenSSH.
    void firstMatchWins_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("port");
        QTest::addColumn<int>("userLine");
        QTest::newRow("named block, then the catch-all's port is ignored") << "db1"
                                                                           << "postgres-admin"
                                                                           << "2222" << 7;
        QTest::newRow("negated pattern rules the block out") << "db9"
                                                             << "fallback"
                                                             << "22" << 17;
        QTest::newRow("case-insensitive") << "DB2"
                                          << "postgres-admin"
                                          << "2222" << 7;
        QTest::newRow("? is one character") << "db10"
                                            << "fallback"
                                            << "22" << 17;
        QTest::newRow("only the catch-all") << "10.1.0.11"
                                            << "fallback"
                                            << "22" << 17;
    }

    void firstMatchWins()
    {
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, port);
        QFETCH(int, userLine);
        const SshHostConfig c =
            SshConfig::parse(kConfig, QStringLiteral("~/.ssh/config")).lookup(host);
        QVERIFY(c.user && c.port);
        QCOMPARE(c.user->value, user);
        QCOMPARE(c.user->line, userLine);
        QCOMPARE(c.port->value, port);
        QVERIFY(c.unsupported.isEmpty());
    }

    void tokensAreExpanded()
    {
        const SshConfig config = SshConfig::parse(kConfig, QStringLiteral("~/.ssh/config"));
        const SshHostConfig db1 = config.lookup(QStringLiteral("db1"));
        QCOMPARE(db1.identityFile->value, QDir::homePath() + QStringLiteral("/.ssh/db1_key"));
        QCOMPARE(db1.identitiesOnly->value, QStringLiteral("yes"));
        QCOMPARE(db1.userKnownHostsFile->value,
                 QDir::homePath() + QStringLiteral("/.ssh/known_hosts_work"));
        const SshHostConfig bastion = config.lookup(QStringLiteral("bastion"));
        QCOMPARE(bastion.hostName->value, QStringLiteral("203.0.113.7"));
        const SshHostConfig prod = config.lookup(QStringLiteral("db1.prod.example"));
        QCOMPARE(prod.proxyJump->value, QStringLiteral("bastion"));
        QCOMPARE(prod.connectTimeout->value, QStringLiteral("4")); // "Keyword=value"
        QCOMPARE(prod.serverAliveInterval->value, QStringLiteral("15"));
    }

    // What cannot be done is said with its line, for the hosts it applies to only.
    void theUnsupportedNameTheirLine_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("error"); // empty: none
        QTest::newRow("ProxyCommand")
            << QByteArray("Host db1\n  ProxyCommand nc -X 5 -x 127.0.0.1:1080 %h %p\n") << "db1"
            << "~/.ssh/config:2: ProxyCommand is not supported";
        QTest::newRow("ProxyCommand of another host")
            << QByteArray("Host db1\n  ProxyCommand nc %h %p\n") << "db2"
            << "";
        QTest::newRow("ProxyCommand none") << QByteArray("ProxyCommand none\n") << "db1"
                                           << "";
        QTest::newRow("Match exec")
            << QByteArray("Host *\n  User a\nMatch exec \"test -e /x\"\n  User b\n") << "db1"
            << "~/.ssh/config:3: \"Match exec test -e /x\" is not supported";
        QTest::newRow("Match all") << QByteArray("Match all\n  User b\n") << "db1"
                                   << "";
    }

    void theUnsupportedNameTheirLine()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, host);
        QFETCH(QString, error);
        const SshHostConfig c =
            SshConfig::parse(config, QStringLiteral("~/.ssh/config")).lookup(host);
        if (error.isEmpty()) {
            QVERIFY2(c.unsupported.isEmpty(), qPrintable(c.unsupported.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(c.unsupported.size(), 1);
            QVERIFY2(c.unsupported.constFirst().startsWith(error),
                     qPrintable(c.unsupported.constFirst()));
        }
    }

    // Under a Match it cannot judge, nothing is taken: the values stay those before it.
    void nothingIsTakenFromAMatchItCannotJudge()
    {
        const SshHostConfig c = SshConfig::parse("Match exec true\n  User b\nHost *\n  Port 2200\n",
                                                 QStringLiteral("f"))
                                    .lookup(QStringLiteral("db1"));
        QVERIFY(!c.user);
        QCOMPARE(c.port->value, QStringLiteral("2200"));
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "TestSshConfig.moc"
