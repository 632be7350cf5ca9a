#include "models/ConfigEditors.h"

#include <QTest>

using namespace iha;

class TestConfigEditors : public QObject
{
    Q_OBJECT

private slots:
    void setParameter_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("after");
        QTest::newRow("edit in place, keep comment") << "#x\nwal_level = minimal\t# min\n"
                                                     << "wal_level"
                                                     << "replica"
                                                     << "#x\nwal_level = replica\t# min\n";
        QTest::newRow("already set: unchanged") << "wal_level = replica\n"
                                                << "wal_level"
                                                << "replica"
                                                << "wal_level = replica\n";
        QTest::newRow("commented default: append")
            << "#wal_level = replica\n"
            << "wal_level"
            << "replica"
            << "#wal_level = replica\nwal_level = replica\t\t# set by inmanta-ha-admin\n";
        QTest::newRow("last occurrence wins") << "hot_standby = on\nhot_standby = on\n"
                                              << "hot_standby"
                                              << "off"
                                              << "hot_standby = on\nhot_standby = off\n";
        QTest::newRow("no equals sign") << "hot_standby on\n"
                                        << "hot_standby"
                                        << "off"
                                        << "hot_standby off\n";
        QTest::newRow("quoted value") << "listen_addresses = 'localhost'  # what\n"
                                      << "listen_addresses"
                                      << "*"
                                      << "listen_addresses = '*'  # what\n";
        QTest::newRow("include after: append")
            << "synchronous_standby_names = ''\ninclude 'x.conf'\n"
            << "synchronous_standby_names"
            << "inmanta"
            << "synchronous_standby_names = ''\ninclude 'x.conf'\n"
               "synchronous_standby_names = inmanta\t\t# set by inmanta-ha-admin\n";
        QTest::newRow("include before: in place") << "include_dir 'conf.d'\nwal_level = minimal\n"
                                                  << "wal_level"
                                                  << "replica"
                                                  << "include_dir 'conf.d'\nwal_level = replica\n";
        QTest::newRow("no final newline")
            << "port = 5432"
            << "wal_level"
            << "replica"
            << "port = 5432\nwal_level = replica\t\t# set by inmanta-ha-admin\n";
        QTest::newRow("case-insensitive name") << "WAL_LEVEL = minimal\n"
                                               << "wal_level"
                                               << "replica"
                                               << "WAL_LEVEL = replica\n";
        QTest::newRow("value with quote") << "x = 'a'\n"
                                          << "x"
                                          << "it's"
                                          << "x = 'it''s'\n";
        // A line PostgreSQL would not read is replaced whole, never half (found by fuzzing).
        QTest::newRow("a broken line replaced whole")
            << "synchronous_standby_names = x'FIRST 1 (a)'  # old\n"
            << "synchronous_standby_names"
            << "ANY 1 (b)"
            << "synchronous_standby_names = 'ANY 1 (b)'  # old\n";
        QTest::newRow("similar name untouched")
            << "wal_level_x = 1\n"
            << "wal_level"
            << "replica"
            << "wal_level_x = 1\nwal_level = replica\t\t# set by inmanta-ha-admin\n";
    }

    void setParameter()
    {
        QFETCH(QString, before);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, after);
        QCOMPARE(PostgresqlConf::set(before, name, value), after);
        QCOMPARE(PostgresqlConf::value(after, name), value);
        QCOMPARE(PostgresqlConf::set(after, name, value), after); // twice: unchanged
    }

    void commentOut()
    {
        const QString text = QStringLiteral("a = 1\nsynchronous_standby_names = 'inmanta' # sync\n "
                                            " synchronous_standby_names='x'\n");
        const QString out =
            PostgresqlConf::commentOut(text, QStringLiteral("synchronous_standby_names"));
        QCOMPARE(out, QStringLiteral("a = 1\n#synchronous_standby_names = 'inmanta' # sync\n#  "
                                     "synchronous_standby_names='x'\n"));
        QVERIFY(PostgresqlConf::value(out, QStringLiteral("synchronous_standby_names")).isEmpty());
        QCOMPARE(PostgresqlConf::commentOut(out, QStringLiteral("synchronous_standby_names")), out);
    }

    void hbaRuleAddedOnce()
    {
        const PgHba::Rule rule{QStringLiteral("host"), QStringLiteral("replication"),
                               QStringLiteral("replication"), QStringLiteral("10.1.0.11/32"),
                               QStringLiteral("scram-sha-256")};
        const QString base =
            QStringLiteral("# TYPE DATABASE USER ADDRESS METHOD\nlocal all all peer\n");
        const QString once = PgHba::addRule(base, rule);
        QVERIFY(once.endsWith(QStringLiteral(
            "host\treplication\treplication\t10.1.0.11/32\tscram-sha-256\t# inmanta-ha-admin\n")));
        QCOMPARE(PgHba::addRule(once, rule), once);
        // Same rule written by hand with other spacing counts as present.
        const QString manual =
            base +
            QStringLiteral(
                "host    replication     replication      10.1.0.11/32        scram-sha-256\n");
        QCOMPARE(PgHba::addRule(manual, rule), manual);
        // A commented rule does not count.
        const QString commented =
            base + QStringLiteral("#host replication replication 10.1.0.11/32 scram-sha-256\n");
        QVERIFY(PgHba::addRule(commented, rule) != commented);
    }

    void hbaAddresses_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("address");
        QTest::newRow("v4") << "10.1.0.11"
                            << "10.1.0.11/32";
        QTest::newRow("v6") << "fd00::11"
                            << "fd00::11/128";
        QTest::newRow("bad octet") << "10.0.0.300"
                                   << "";
        QTest::newRow("hostname") << "db1.example.com"
                                  << "";
    }

    void hbaAddresses()
    {
        QFETCH(QString, ip);
        QFETCH(QString, address);
        QCOMPARE(PgHba::hostAddress(ip), address);
    }

    void conninfoRoundTrips_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "replication";
        QTest::newRow("space") << "two words";
        QTest::newRow("single quote") << "it's";
        QTest::newRow("backslash") << "a\\b";
        QTest::newRow("both") << "'\\' x";
        QTest::newRow("final line break (found by fuzzing)") << "word\n";
    }

    void conninfoRoundTrips()
    {
        QFETCH(QString, value);
        const QList<QPair<QString, QString>> pairs{{QStringLiteral("user"), value},
                                                   {QStringLiteral("host"), QStringLiteral("h")}};
        QCOMPARE(Conninfo::parse(Conninfo::format(pairs)), pairs);
    }

    void applicationNameAddedOrReplaced_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("expectedConninfo");
        QTest::newRow("as pg_basebackup -R writes it")
            << "# Do not edit this file manually!\nprimary_conninfo = 'user=replication "
               "passfile=''/var/lib/pgsql/.pgpass'' "
               "channel_binding=prefer host=10.1.0.11 port=5432 sslmode=prefer'\nprimary_slot_name "
               "= 'replication'\n"
            << "user=replication passfile=/var/lib/pgsql/.pgpass channel_binding=prefer "
               "host=10.1.0.11 port=5432 "
               "sslmode=prefer application_name=inmanta";
        QTest::newRow("replace another name")
            << "primary_conninfo = 'host=h application_name=old'\n"
            << "host=h application_name=inmanta";
        QTest::newRow("quoted path with space")
            << "primary_conninfo = 'passfile=''/var/lib/my dir/.pgpass'' host=h'\n"
            << "passfile='/var/lib/my dir/.pgpass' host=h application_name=inmanta";
        QTest::newRow("missing") << ""
                                 << "application_name=inmanta";
    }

    void applicationNameAddedOrReplaced()
    {
        QFETCH(QString, before);
        QFETCH(QString, expectedConninfo);
        const QString after = AutoConf::setApplicationName(before, QStringLiteral("inmanta"));
        QCOMPARE(PostgresqlConf::value(after, QStringLiteral("primary_conninfo")),
                 expectedConninfo);
        QCOMPARE(AutoConf::setApplicationName(after, QStringLiteral("inmanta")), after);
        if (before.contains(QStringLiteral("primary_slot_name")))
            QVERIFY(after.contains(QStringLiteral("primary_slot_name = 'replication'")));
    }

    void inmantaDatabaseHost_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("runbook file")
            << "[database]\nhost=10.1.0.11\nname=inmanta\nusername=inmanta\npassword=p=w;x\n"
            << "[database]\nhost=10.1.0.12\nname=inmanta\nusername=inmanta\npassword=p=w;x\n";
        QTest::newRow("spaces and other sections")
            << "[server]\nhost = 0.0.0.0\n\n[database]\nhost = 10.1.0.11\n"
            << "[server]\nhost = 0.0.0.0\n\n[database]\nhost = 10.1.0.12\n";
        QTest::newRow("no host key") << "[database]\nname=inmanta\n"
                                     << "[database]\nhost=10.1.0.12\nname=inmanta\n";
        QTest::newRow("no section") << "[server]\nbind-port=8888\n"
                                    << "[server]\nbind-port=8888\n[database]\nhost=10.1.0.12\n";
        QTest::newRow("empty file") << ""
                                    << "[database]\nhost=10.1.0.12\n";
    }

    void inmantaDatabaseHost()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QCOMPARE(InmantaConfig::setDatabaseHost(before, QStringLiteral("10.1.0.12")), after);
        QCOMPARE(InmantaConfig::databaseHost(after), QStringLiteral("10.1.0.12"));
        QCOMPARE(InmantaConfig::setDatabaseHost(after, QStringLiteral("10.1.0.12")), after);
    }
};

QTEST_GUILESS_MAIN(TestConfigEditors)
#include "TestConfigEditors.moc"
