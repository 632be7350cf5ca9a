#include "models/ClusterImport.h"

#include <QTest>

using namespace iha;
using namespace iha::ClusterImport;

Q_DECLARE_METATYPE(iha::NodeRole)

// What the import makes of what hosts answer: the parsing of the facts scripts' output, and
// the roles, settings and warnings of the cluster file. The scripts themselves run against the
// lab's hosts in test_gui_lab.
class TestClusterImport : public QObject
{
    Q_OBJECT

private:
    static HostFacts database(const QString &address, const QByteArray &output)
    {
        HostFacts facts;
        facts.address = address;
        facts.database = true;
        parseDatabaseFacts(output, &facts);
        return facts;
    }
    // `server`: its server.cfg's lines (numbered); by default it listens on its address.
    static HostFacts orchestrator(const QString &address, bool active, const QString &dbHost,
                                  QByteArray server = {})
    {
        HostFacts facts;
        facts.address = address;
        if (server.isNull())
            server = "1:[server]\n2:bind-address=" + address.toUtf8() + "\n";
        const QByteArray config =
            (dbHost.isEmpty() ? QByteArray()
                              : "==> /etc/inmanta/inmanta.d/database.cfg\n1:[database]\n2:host=" +
                                    dbHost.toUtf8() + "\n3:name=inmanta\n") +
            "==> /etc/inmanta/inmanta.d/server.cfg\n" + server;
        parseOrchestratorFacts(QByteArray("hostname=orch\ninmanta_active=") +
                                   (active ? "yes" : "no") + "\n==> inmanta configuration\n" +
                                   config,
                               &facts);
        facts.hostname = address == QLatin1String("10.0.0.21") ? QStringLiteral("orch1")
                                                               : QStringLiteral("orch2");
        return facts;
    }
    // A RHEL-like primary with one synchronous standby, as the runbook leaves it.
    static QByteArray primaryOutput()
    {
        return "hostname=db1\npostmasters=1\nbin_dir=/usr/pgsql-15/bin\nservice=postgresql-15\n"
               "data_dir=/var/lib/pgsql/15/data\nconfig_file=/var/lib/pgsql/15/data/"
               "postgresql.conf\nport=5433\nversion_num=150004\nin_recovery=f\n"
               "replica=10.0.0.12 replicator sync inmanta\nslot=ha_slot\n"
               "replication_auth=scram-sha-256\n";
    }
    static QByteArray standbyOutput()
    {
        return "hostname=db2\npostmasters=1\nbin_dir=/usr/lib/postgresql/15/bin\n"
               "bin_dir_on_path=/usr/lib/postgresql/15/bin\nservice=postgresql@15-main\n"
               "data_dir=/var/lib/postgresql/15/main\nconfig_file=/etc/postgresql/15/main/"
               "postgresql.conf\nport=5432\nversion_num=150004\nin_recovery=t\n"
               "receiver_host=10.0.0.11\nreceiver_user=replicator\n"
               "receiver_application_name=inmanta\nprimary_slot_name=ha_slot\n";
    }

private slots:
    void readsWhatADatabaseHostTells()
    {
        const HostFacts f = database(QStringLiteral("10.0.0.11"), primaryOutput());
        QCOMPARE(f.hostname, QStringLiteral("db1"));
        QCOMPARE(f.postmasters, 1);
        QCOMPARE(f.dataDir, QStringLiteral("/var/lib/pgsql/15/data"));
        QCOMPARE(f.port, 5433);
        QCOMPARE(f.inRecovery, std::optional<bool>(false));
        QCOMPARE(f.replicas.size(), 1);
        QCOMPARE(f.replicas.first().user, QStringLiteral("replicator"));
        QCOMPARE(f.replicas.first().syncState, QStringLiteral("sync"));
        QCOMPARE(f.physicalSlots, QStringList{QStringLiteral("ha_slot")});
    }

    void rolesAndSettings_data()
    {
        QTest::addColumn<QString>("orchestratorDb");
        QTest::addColumn<QByteArray>("thirdHost");
        QTest::addColumn<NodeRole>("db1Role");
        QTest::addColumn<NodeRole>("db3Role");
        QTest::addColumn<int>("warnings");
        const QByteArray standalone = "hostname=db3\npostmasters=1\nbin_dir=/usr/pgsql-15/bin\n"
                                      "data_dir=/var/lib/pgsql/15/data\nconfig_file=/var/lib/"
                                      "pgsql/15/data/postgresql.conf\nport=5432\nin_recovery=f\n"
                                      "service=postgresql-15\n";
        QTest::newRow("the orchestrator's database is the primary")
            << QStringLiteral("10.0.0.11") << standalone << NodeRole::Primary << NodeRole::Spare
            << 0;
        QTest::newRow("named by host name")
            << QStringLiteral("db1") << standalone << NodeRole::Primary << NodeRole::Spare << 0;
        QTest::newRow("no orchestrator config: the one with standbys")
            << QString() << standalone << NodeRole::Primary << NodeRole::Spare << 0;
        const QByteArray secondPrimary =
            QByteArray(standalone).append("replica=10.0.0.99 replicator async other\n");
        QTest::newRow("a second primary with standbys is named, not chosen")
            << QStringLiteral("10.0.0.11") << secondPrimary << NodeRole::Primary << NodeRole::Spare
            << 1;
        QTest::newRow("the old primary back with the orchestrator's database")
            << QStringLiteral("10.0.0.11") << QByteArray(standalone).append("database=inmanta\n")
            << NodeRole::Primary << NodeRole::Spare << 1;
        QTest::newRow("the orchestrator's database is none of the hosts given")
            << QStringLiteral("10.0.0.99") << standalone << NodeRole::Spare << NodeRole::Spare << 1;
        QTest::newRow("pg_hba.conf beside postgresql.conf")
            << QStringLiteral("10.0.0.11")
            << QByteArray(standalone).append("hba_file=/var/lib/pgsql/15/data/pg_hba.conf\n")
            << NodeRole::Primary << NodeRole::Spare << 0;
        QTest::newRow("pg_hba.conf named relative to the data directory")
            << QStringLiteral("10.0.0.11")
            << QByteArray(standalone).append("hba_file=.//pg_hba.conf\n") << NodeRole::Primary
            << NodeRole::Spare << 0;
        QTest::newRow("pg_hba.conf elsewhere, where the procedures would not change it")
            << QStringLiteral("10.0.0.11")
            << QByteArray(standalone).append("hba_file=/etc/pgsql/pg_hba.conf\n")
            << NodeRole::Primary << NodeRole::Spare << 1;
        QTest::newRow("nothing runs on the third host")
            << QStringLiteral("10.0.0.11") << QByteArray("hostname=db3\npostmasters=0\n")
            << NodeRole::Primary << NodeRole::Spare << 1;
    }
    void rolesAndSettings()
    {
        QFETCH(QString, orchestratorDb);
        QFETCH(QByteArray, thirdHost);
        QFETCH(NodeRole, db1Role);
        QFETCH(NodeRole, db3Role);
        QFETCH(int, warnings);
        const QList<HostFacts> hosts{
            database(QStringLiteral("10.0.0.11"), primaryOutput()),
            database(QStringLiteral("10.0.0.12"), standbyOutput()),
            database(QStringLiteral("10.0.0.13"), thirdHost),
            orchestrator(QStringLiteral("10.0.0.21"), true, orchestratorDb)};
        SshSettings ssh;
        ssh.user = QStringLiteral("admin");
        const Result r = assemble(QStringLiteral("prod"), hosts, ssh);
        QVERIFY2(r.warnings.size() == warnings, qPrintable(r.warnings.join(u'\n')));
        const Cluster &c = r.cluster;
        QCOMPARE(c.name, QStringLiteral("prod"));
        QCOMPARE(c.nodes.size(), 4);
        QCOMPARE(c.findNode(QStringLiteral("db1"))->role, db1Role);
        QCOMPARE(c.findNode(QStringLiteral("db2"))->role, NodeRole::Standby);
        QCOMPARE(c.findNode(QStringLiteral("db3"))->role, db3Role);
        QCOMPARE(c.findNode(QStringLiteral("orch1"))->role, NodeRole::Orchestrator);
        QCOMPARE(c.findNode(QStringLiteral("orch1"))->ssh.user, QStringLiteral("admin"));

        // Everything that differs from the runbook's defaults is written out...
        const PostgresSettings db1 = *c.findNode(QStringLiteral("db1"))->postgres;
        QCOMPARE(db1.dataDir, QStringLiteral("/var/lib/pgsql/15/data"));
        QCOMPARE(db1.configDir, QString()); // in the data directory
        QCOMPARE(db1.port, 5433);
        QCOMPARE(db1.service, QStringLiteral("postgresql-15"));
        QCOMPARE(db1.binDir, QStringLiteral("/usr/pgsql-15/bin")); // not on the PATH
        const PostgresSettings db2 = *c.findNode(QStringLiteral("db2"))->postgres;
        QCOMPARE(db2.configDir, QStringLiteral("/etc/postgresql/15/main"));
        QCOMPARE(db2.binDir, QString()); // the tool finds these itself
        QCOMPARE(db2.service, QStringLiteral("postgresql@15-main"));
        QCOMPARE(r.found.value(QStringLiteral("db2")),
                 QStringLiteral("PostgreSQL 15 in recovery, from 10.0.0.11, data "
                                "/var/lib/postgresql/15/main, port 5432, service "
                                "postgresql@15-main, configuration /etc/postgresql/15/main"));
        // ... replication as it runs.
        QCOMPARE(c.replication.user, QStringLiteral("replicator"));
        QCOMPARE(c.replication.slot, QStringLiteral("ha_slot"));
        QCOMPARE(c.replication.applicationName, QStringLiteral("inmanta"));
        QCOMPARE(c.replication.authMethod, QStringLiteral("scram-sha-256"));
    }

    // A standby's connection string may hold a password with spaces and "host=" in it: only
    // the real keys are read (by the script on the host; here, what it prints).
    void aStandbyStreamingFromElsewhereIsNamed()
    {
        QByteArray standby = standbyOutput();
        standby.replace("receiver_host=10.0.0.11", "receiver_host=10.0.0.50");
        const Result r = assemble(QStringLiteral("prod"),
                                  {database(QStringLiteral("10.0.0.11"), primaryOutput()),
                                   database(QStringLiteral("10.0.0.12"), standby)},
                                  {});
        QVERIFY2(r.warnings.join(u'\n').contains(QStringLiteral("streams from 10.0.0.50")),
                 qPrintable(r.warnings.join(u'\n')));
    }

    void twoRunningOrchestratorsAreNamed()
    {
        const QList<HostFacts> hosts{
            database(QStringLiteral("10.0.0.11"), primaryOutput()),
            orchestrator(QStringLiteral("10.0.0.21"), true, QStringLiteral("10.0.0.11")),
            orchestrator(QStringLiteral("10.0.0.22"), true, QStringLiteral("10.0.0.11"))};
        const Result r = assemble(QStringLiteral("prod"), hosts, {});
        QCOMPARE(r.cluster.nodesWithRole(NodeRole::Orchestrator).size(),
                 0); // the operator's choice
        QVERIFY2(r.warnings.join(u'\n').contains(QStringLiteral("two orchestrators")),
                 qPrintable(r.warnings.join(u'\n')));
    }

    // The API URL the file gets from server.cfg (none: the default, http on 8888), and a
    // server that listens on loopback only (its default) named: no API from here.
    void theApiUrlFollowsTheServerConfiguration_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("apiUrl");
        QTest::addColumn<bool>("loopbackOnly");
        QTest::newRow("its address")
            << QByteArray("1:[server]\n2:bind-address=10.0.0.21\n") << QString() << false;
        QTest::newRow("another port, a list")
            << QByteArray("1:[server]\n2:bind-address = 127.0.0.1, 0.0.0.0\n3:bind-port=8443\n")
            << QStringLiteral("http://10.0.0.21:8443") << false;
        QTest::newRow("TLS") << QByteArray("1:[server]\n2:bind-address=::\n3:ssl-cert-file=/etc/"
                                           "inmanta/server.crt\n")
                             << QStringLiteral("https://10.0.0.21:8888") << false;
        QTest::newRow("its host name")
            << QByteArray("1:[server]\n2:bind_address=ORCH1\n") << QString() << false;
        QTest::newRow("the default") << QByteArray("") << QString() << true;
        QTest::newRow("loopback") << QByteArray("1:[server]\n2:bind-address=127.0.0.1,::1\n")
                                  << QString() << true;
    }
    void theApiUrlFollowsTheServerConfiguration()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, apiUrl);
        QFETCH(bool, loopbackOnly);
        const Result r = assemble(
            QStringLiteral("prod"),
            {database(QStringLiteral("10.0.0.11"), primaryOutput()),
             orchestrator(QStringLiteral("10.0.0.21"), true, QStringLiteral("10.0.0.11"), server)},
            {});
        const Node *orch = r.cluster.findNode(QStringLiteral("orch1"));
        QVERIFY(orch && orch->inmanta);
        QCOMPARE(orch->inmanta->apiUrl, apiUrl);
        const QString warnings = r.warnings.join(u'\n');
        QCOMPARE(warnings.contains(QStringLiteral("orch1 listens on")), loopbackOnly);
        if (loopbackOnly)
            QVERIFY2(warnings.contains(QStringLiteral("bind-address in its [server] section to "
                                                      "10.0.0.21")),
                     qPrintable(warnings));
    }

    void aHostNameThatIsNoValidNodeNameIsReplaced()
    {
        HostFacts odd = database(QStringLiteral("10.0.0.11"), primaryOutput());
        odd.hostname = QStringLiteral("db 1; rm");
        HostFacts same = database(QStringLiteral("10.0.0.12"), standbyOutput());
        same.hostname = QStringLiteral("db2");
        HostFacts twin = same;
        twin.address = QStringLiteral("10.0.0.13");
        const Result r = assemble(QStringLiteral("prod"), {odd, same, twin}, {});
        QCOMPARE(r.cluster.nodes.at(0).name, QStringLiteral("db-10-0-0-11"));
        QCOMPARE(r.cluster.nodes.at(1).name, QStringLiteral("db2"));
        QCOMPARE(r.cluster.nodes.at(2).name, QStringLiteral("db-10-0-0-13"));
    }
};

QTEST_GUILESS_MAIN(TestClusterImport)
#include "TestClusterImport.moc"
