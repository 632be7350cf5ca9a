#include "models/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
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
        QTest::addColumn<QString>("userWhere");
        QTest::newRow("named block, then the catch-all's port is ignored") << "db1"
                                                                           << "postgres-admin"
                                                                           << "2222"
                                                                           << "~/.ssh/config:7";
        QTest::newRow("negated pattern rules the block out") << "db9"
                                                             << "fallback"
                                                             << "22"
                                                             << "~/.ssh/config:17";
        QTest::newRow("case-insensitive") << "DB2"
                                          << "postgres-admin"
                                          << "2222"
                                          << "~/.ssh/config:7";
        QTest::newRow("? is one character") << "db10"
                                            << "fallback"
                                            << "22"
                                            << "~/.ssh/config:17";
        QTest::newRow("only the catch-all") << "10.1.0.11"
                                            << "fallback"
                                            << "22"
                                            << "~/.ssh/config:17";
    }

    void firstMatchWins()
    {
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, port);
        QFETCH(QString, userWhere);
        const SshHostConfig c =
            SshConfig::parse(kConfig, QStringLiteral("~/.ssh/config")).lookup(host);
        QVERIFY(c.user && c.port);
        QCOMPARE(c.user->value, user);
        QCOMPARE(c.user->where, userWhere);
        QCOMPARE(c.port->value, port);
        QVERIFY(c.unsupported.isEmpty());
    }

    void tokensAreExpanded()
    {
        const SshConfig config = SshConfig::parse(kConfig, QStringLiteral("~/.ssh/config"));
        const SshHostConfig db1 = config.lookup(QStringLiteral("db1"));
        QCOMPARE(db1.identityFiles.constFirst().value,
                 QDir::homePath() + QStringLiteral("/.ssh/db1_key"));
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
        QTest::newRow("Match exec")
            << QByteArray("Match exec \"test -e /x\"\n  User b\nHost *\n  User a\n") << "db1"
            << "~/.ssh/config:1: \"Match exec test -e /x\" is not supported";
        QTest::newRow("Match exec after the value is set")
            << QByteArray("Host *\n  User a\nMatch exec \"test -e /x\"\n  User b\n") << "db1"
            << "";
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

    // Lines as OpenSSH splits them: "=" with spaces around it, a trailing comment word.
    void linesAreSplitAsOpenSshDoes()
    {
        const SshHostConfig c = SshConfig::parse("Host db1\n  Port = 2222\n  HostName =10.0.0.5 "
                                                 "# the primary\n  User \"op\"\n",
                                                 QStringLiteral("f"))
                                    .lookup(QStringLiteral("db1"));
        QCOMPARE(c.port->value, QStringLiteral("2222"));
        QCOMPARE(c.hostName->value, QStringLiteral("10.0.0.5"));
        QCOMPARE(c.user->value, QStringLiteral("op"));
        QVERIFY(c.unsupported.isEmpty());
        const SshHostConfig bad =
            SshConfig::parse("HostName a b\n", QStringLiteral("f")).lookup(QStringLiteral("x"));
        QCOMPARE(bad.unsupported.size(), 1);
        QVERIFY(bad.unsupported.constFirst().startsWith(QLatin1String("f:1: hostname takes one")));
    }

    // The first of ProxyJump and ProxyCommand decides, "none" included.
    void theFirstWayInDecides()
    {
        const SshHostConfig c =
            SshConfig::parse("Host db1\n  ProxyCommand none\nHost *\n  ProxyJump gw\n",
                             QStringLiteral("f"))
                .lookup(QStringLiteral("db1"));
        QVERIFY(!c.proxyJump && !c.proxyCommand);
        const SshHostConfig other =
            SshConfig::parse("Host *\n  ProxyCommand nc %h %p\n  ProxyJump gw\n",
                             QStringLiteral("f"))
                .lookup(QStringLiteral("db1"));
        QVERIFY(other.proxyCommand && !other.proxyJump);
    }

    // Included files take the Include's place, relative to the configuration's folder.
    void includesAreRead()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("config.d")));
        QFile included(dir.filePath(QStringLiteral("config.d/prod")));
        QVERIFY(included.open(QIODevice::WriteOnly));
        included.write("Host db*\n  User from-include\n");
        included.close();
        const SshHostConfig c = SshConfig::parse("Include config.d/*\nHost *\n  User later\n",
                                                 QStringLiteral("~/.ssh/config"), dir.path())
                                    .lookup(QStringLiteral("db1"));
        QCOMPARE(c.user->value, QStringLiteral("from-include"));
        QCOMPARE(c.user->where,
                 dir.filePath(QStringLiteral("config.d/prod")) + QStringLiteral(":2"));
    }

    // A Match it cannot judge matters only where it could set an option this tool uses.
    void aMatchWithoutUsedOptionsIsNoProblem()
    {
        const SshHostConfig c =
            SshConfig::parse("Match host * exec \"gpg-connect-agent updatestartuptty /bye\"\n"
                             "  ForwardAgent no\nHost *\n  User u\n",
                             QStringLiteral("f"))
                .lookup(QStringLiteral("db1"));
        QVERIFY2(c.unsupported.isEmpty(), qPrintable(c.unsupported.join(QLatin1Char('\n'))));
        QCOMPARE(c.user->value, QStringLiteral("u"));
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

    void proxyJumpHops_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("hops"); // user@host:port per hop, empty when refused
        QTest::newRow("one") << "bastion"
                             << "@bastion:0";
        QTest::newRow("user and port") << "ops@gw.example:2222"
                                       << "ops@gw.example:2222";
        QTest::newRow("two hops") << "a@one, two:23"
                                  << "a@one:0 @two:23";
        QTest::newRow("uri") << "ssh://ops@gw:2200"
                             << "ops@gw:2200";
        QTest::newRow("ipv6") << "ops@[2001:db8::1]:22"
                              << "ops@2001:db8::1:22";
        QTest::newRow("bad port") << "gw:99999"
                                  << "";
        QTest::newRow("empty hop") << "gw,,x"
                                   << "";
        QTest::newRow("shell characters") << "gw;rm -rf /"
                                          << "";
        QTest::newRow("unclosed bracket") << "[::1:22"
                                          << "";
    }

    void proxyJumpHops()
    {
        QFETCH(QString, value);
        QFETCH(QString, hops);
        QString error;
        const std::optional<QList<SshJumpSpec>> parsed = parseProxyJump(value, &error);
        if (hops.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(error.contains(value), qPrintable(error));
            return;
        }
        QVERIFY2(parsed, qPrintable(error));
        QStringList shown;
        for (const SshJumpSpec &hop : *parsed)
            shown << QStringLiteral("%1@%2:%3").arg(hop.user, hop.host).arg(hop.port);
        QCOMPARE(shown.join(QLatin1Char(' ')), hops);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "TestSshConfig.moc"
