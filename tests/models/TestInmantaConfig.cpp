#include "models/InmantaConfig.h"

#include <QTest>

using namespace iha;

namespace {

const QString kDropIn = QStringLiteral("/etc/inmanta/inmanta.d/database.cfg");

} // namespace

// Which file or variable decides where the Inmanta server connects (issue 20): the reading
// order of inmanta.config, the environment file over every file, [database] only.
class TestInmantaConfig : public QObject
{
    Q_OBJECT

private slots:
    void overrides_data()
    {
        QTest::addColumn<QString>("output");  // what readScript() prints
        QTest::addColumn<QString>("path");    // where a failover would set the host
        QTest::addColumn<QString>("winner");  // the winning source
        QTest::addColumn<QString>("refusal"); // empty: the edit takes effect

        QTest::newRow("database.cfg alone")
            << "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:host=10.0.0.1\n"
            << kDropIn << "/etc/inmanta/inmanta.d/database.cfg:2" << QString();
        QTest::newRow("a later file wins")
            << "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:host=10.0.0.1\n"
               "==> /etc/inmanta/inmanta.d/zz-site.cfg\n4:[database]\n5:host = 10.0.0.9\n"
            << kDropIn << "/etc/inmanta/inmanta.d/zz-site.cfg:5"
            << "[database] host in /etc/inmanta/inmanta.d/database.cfg would not take effect: "
               "/etc/inmanta/inmanta.d/zz-site.cfg:5 sets host = 10.0.0.9 and is read later";
        QTest::newRow("the environment file wins over every file")
            << "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:host=10.0.0.1\n"
               "==> env /etc/sysconfig/inmanta-server\n3:export INMANTA_DATABASE_HOST=\"db9\"\n"
            << kDropIn << "INMANTA_DATABASE_HOST in /etc/sysconfig/inmanta-server:3"
            << "[database] host in /etc/inmanta/inmanta.d/database.cfg would not take effect: "
               "INMANTA_DATABASE_HOST in /etc/sysconfig/inmanta-server:3 sets host = db9 and is "
               "read later";
        QTest::newRow("an earlier file loses to the edit")
            << "==> /etc/inmanta/inmanta.cfg\n1:[database]\n2:host=10.0.0.5\n"
               "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:name=inmanta\n"
            << kDropIn << "/etc/inmanta/inmanta.cfg:2" << QString();
        QTest::newRow("host in another section is not the database's")
            << "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:host=10.0.0.1\n"
               "==> /etc/inmanta/inmanta.d/zz-site.cfg\n1:[server]\n2:host=0.0.0.0\n"
            << kDropIn << "/etc/inmanta/inmanta.d/database.cfg:2" << QString();
        QTest::newRow("a file not there yet takes its sorted place")
            << "==> /etc/inmanta/inmanta.d/aa.cfg\n1:[database]\n2:host=10.0.0.2\n"
               "==> /etc/inmanta/inmanta.d/zz.cfg\n1:[database]\n2:HOST=10.0.0.3\n"
            << kDropIn << "/etc/inmanta/inmanta.d/zz.cfg:2"
            << "[database] host in /etc/inmanta/inmanta.d/database.cfg would not take effect: "
               "/etc/inmanta/inmanta.d/zz.cfg:2 sets host = 10.0.0.3 and is read later";
        QTest::newRow("section names are case-sensitive, indented lines continue a value")
            << "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:host=10.0.0.1\n"
               "==> /etc/inmanta/inmanta.d/zz-site.cfg\n1:[Database]\n2:host=10.0.0.9\n"
               "3:[database]\n4:name=x\n5:  host=10.0.0.8\n"
            << kDropIn << "/etc/inmanta/inmanta.d/database.cfg:2" << QString();
        QTest::newRow("the user's file comes last")
            << "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:host=10.0.0.1\n"
               "==> /var/lib/inmanta/.inmanta.cfg\n1:[database]\n2:host=10.0.0.7\n"
            << kDropIn << "/var/lib/inmanta/.inmanta.cfg:2"
            << "[database] host in /etc/inmanta/inmanta.d/database.cfg would not take effect: "
               "/var/lib/inmanta/.inmanta.cfg:2 sets host = 10.0.0.7 and is read later";
    }

    void overrides()
    {
        QFETCH(QString, output);
        QFETCH(QString, path);
        QFETCH(QString, winner);
        QFETCH(QString, refusal);
        const InmantaConfig::Effective effective = InmantaConfig::parse(output);
        QVERIFY(effective.foundAny);
        QVERIFY(effective.winner(QStringLiteral("host")));
        QCOMPARE(effective.winner(QStringLiteral("host"))->source, winner);
        QCOMPARE(InmantaConfig::overriddenBy(effective, QStringLiteral("host"), path), refusal);
    }

    // Where the server listens: 127.0.0.1 unless [server] bind-address (or its variable) says
    // otherwise; `_` and `-` alike.
    void theBindAddress()
    {
        InmantaConfig::Effective e = InmantaConfig::parse(
            QStringLiteral("==> /etc/inmanta/inmanta.d/server.cfg\n1:[server]\n"
                           "2:bind_address = 10.0.0.21\n3:[database]\n4:host=10.0.0.1\n"));
        QCOMPARE(e.winner(QStringLiteral("server.bind_address"))->value,
                 QStringLiteral("10.0.0.21"));
        QCOMPARE(e.winner(QStringLiteral("host"))->value, QStringLiteral("10.0.0.1"));
        e = InmantaConfig::parse(
            QStringLiteral("==> /etc/inmanta/inmanta.d/server.cfg\n1:[server]\n"
                           "2:bind-address=10.0.0.21\n==> env /etc/sysconfig/inmanta-server\n"
                           "1:INMANTA_SERVER_BIND_ADDRESS=127.0.0.1\n"));
        QCOMPARE(e.winner(QStringLiteral("server.bind_address"))->source,
                 QStringLiteral("INMANTA_SERVER_BIND_ADDRESS in /etc/sysconfig/inmanta-server:1"));
        QVERIFY(
            !InmantaConfig::parse(QStringLiteral("==> /etc/inmanta/inmanta.cfg\n1:[database]\n"))
                 .winner(QStringLiteral("server.bind_address")));
    }
};

QTEST_GUILESS_MAIN(TestInmantaConfig)
#include "TestInmantaConfig.moc"
