#include "common/MemorySecretStore.h"
#include "models/AuditedSecretStore.h"
#include "models/SecretBinding.h"
#include "models/SecretNames.h"

#include <QTest>

using namespace iha;

// Secrets bound to the endpoints they were set for (security hardening, point 1), with a fake
// keychain: the real one, through the CLI and a listener that must never see the token, is in
// test_keychain_secret_store.
class TestSecretBinding : public QObject
{
    Q_OBJECT

private:
    MemorySecretStore m_keychain;

    static Cluster prod()
    {
        Cluster cluster;
        cluster.name = QStringLiteral("prod");
        Node db1;
        db1.name = QStringLiteral("db1");
        db1.role = NodeRole::Primary;
        db1.address = QStringLiteral("10.1.0.11");
        db1.ssh.user = QStringLiteral("ops");
        Node orch = db1;
        db1.postgres = PostgresSettings{};
        orch.name = QStringLiteral("orch1");
        orch.role = NodeRole::Orchestrator;
        orch.address = QStringLiteral("10.1.0.21");
        orch.inmanta = InmantaSettings{};
        orch.inmanta->apiUrl = QStringLiteral("https://orch1.example:8443/");
        cluster.nodes = {db1, orch};
        return cluster;
    }

    struct Read
    {
        QHash<QString, QString> found;
        QList<SecretBinding::Withheld> withheld;
    };

    Read read(const Cluster &cluster, const QStringList &names)
    {
        std::optional<Read> result;
        SecretBinding::read(m_keychain, cluster, names,
                            [&result](const QHash<QString, QString> &found,
                                      const QList<SecretBinding::Withheld> &withheld,
                                      const std::optional<SecretResult> &problem) {
                                QVERIFY(!problem);
                                result = Read{found, withheld};
                            });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(Read{});
    }

    void write(SecretStore &store, const Cluster &cluster, const QHash<QString, QString> &values)
    {
        std::optional<QStringList> written;
        SecretBinding::write(
            store, cluster, values,
            [&written](const QStringList &names, const std::optional<SecretResult> &problem) {
                QVERIFY(!problem);
                written = names;
            });
        QTRY_VERIFY(written.has_value());
        QStringList expected = values.keys();
        expected.sort();
        QCOMPARE(*written, expected);
    }

    void confirm(const Cluster &cluster, const QStringList &names)
    {
        bool done = false;
        SecretBinding::confirm(m_keychain, cluster, names,
                               [&done](const QStringList &, const std::optional<SecretResult> &p) {
                                   QVERIFY(!p);
                                   done = true;
                               });
        QTRY_VERIFY(done);
    }

private slots:
    void init() { m_keychain.values.clear(); }

    void aSecretGoesToTheEndpointsOfTheFile()
    {
        const Cluster cluster = prod();
        QCOMPARE(
            SecretBinding::endpoints(cluster, SecretNames::sudoPassword(QStringLiteral("db1"))),
            QStringList{QStringLiteral("ssh ops@10.1.0.11:22")});
        const QStringList all = SecretBinding::endpoints(cluster, SecretNames::kApiToken);
        QVERIFY(all.contains(QStringLiteral("https://orch1.example:8443")));
        // Every node's default API port, whatever it runs now; a database port only where a CA
        // is named (nothing else sends a secret there).
        QVERIFY(all.contains(QStringLiteral("http://10.1.0.11:8888")));
        QVERIFY(!std::any_of(all.cbegin(), all.cend(), [](const QString &endpoint) {
            return endpoint.startsWith(QLatin1String("postgresql"));
        }));
        Cluster withCa = cluster;
        withCa.nodes[0].postgres->caFile = QStringLiteral("/etc/ssl/db-ca.pem");
        QVERIFY(SecretBinding::endpoints(withCa, SecretNames::kApiToken)
                    .contains(QStringLiteral("postgresql 10.1.0.11:5432 ca /etc/ssl/db-ca.pem")));
        QCOMPARE(all, SecretBinding::endpoints(cluster, SecretNames::kReplicationPassword));
        // Roles change in a failover, and the reader fills in the settings a role brings;
        // the endpoints do not change.
        Cluster promoted = cluster;
        promoted.nodes[0].role = NodeRole::Retired;
        std::swap(promoted.nodes[0].role, promoted.nodes[1].role);
        promoted.nodes[0].postgres.reset();
        promoted.nodes[0].inmanta = InmantaSettings{};
        QCOMPARE(SecretBinding::endpoints(promoted, SecretNames::kApiToken), all);
    }

    void aSecretSetForAFileIsHandedToIt()
    {
        const Cluster cluster = prod();
        write(m_keychain, cluster, {{SecretNames::kApiToken, QStringLiteral("tok-Secret-7")}});
        const Read r = read(cluster, {SecretNames::kApiToken, SecretNames::kDatabasePassword});
        QCOMPARE(r.found.value(QStringLiteral("prod/api-token")), QStringLiteral("tok-Secret-7"));
        QCOMPARE(r.found.size(), 1); // the database password is simply not set
        QVERIFY(r.withheld.isEmpty());
    }

    void aFileThatSendsItElsewhereGetsNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("apiUrl") << QStringLiteral("apiUrl");
        QTest::newRow("address") << QStringLiteral("address");
        QTest::newRow("ssh port") << QStringLiteral("port");
        QTest::newRow("ssh user") << QStringLiteral("user");
        QTest::newRow("another node") << QStringLiteral("node");
        QTest::newRow("another pinned host key") << QStringLiteral("hostKey");
        QTest::newRow("a CA for a direct login") << QStringLiteral("caFile");
    }
    void aFileThatSendsItElsewhereGetsNothing()
    {
        QFETCH(QString, what);
        const Cluster cluster = prod();
        const QString sudo = SecretNames::sudoPassword(QStringLiteral("db1"));
        write(m_keychain, cluster,
              {{SecretNames::kApiToken, QStringLiteral("tok-Secret-7")},
               {sudo, QStringLiteral("pw")}});
        Cluster hostile = cluster;
        Node &db1 = hostile.nodes[0];
        if (what == QLatin1String("apiUrl"))
            hostile.nodes[1].inmanta->apiUrl = QStringLiteral("http://127.0.0.1:9999");
        else if (what == QLatin1String("address"))
            db1.address = QStringLiteral("203.0.113.9");
        else if (what == QLatin1String("port"))
            db1.ssh.port = 2222;
        else if (what == QLatin1String("user"))
            db1.ssh.user = QStringLiteral("collector");
        else if (what == QLatin1String("hostKey"))
            db1.ssh.hostKey = QStringLiteral("SHA256:abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ");
        else if (what == QLatin1String("caFile"))
            db1.postgres->caFile = QStringLiteral("/home/ops/planted-ca.pem");
        else
            hostile.nodes.append(Node{QStringLiteral("db9"),
                                      NodeRole::Spare,
                                      QStringLiteral("203.0.113.9"),
                                      {},
                                      {},
                                      {},
                                      {}});
        const Read r = read(hostile, {SecretNames::kApiToken, sudo});
        QVERIFY(!r.found.contains(QStringLiteral("prod/api-token")));
        QCOMPARE(r.withheld.constFirst().name, SecretNames::kApiToken);
        QVERIFY(!r.withheld.constFirst().newEndpoints.isEmpty());
        const QString said = SecretBinding::describe(r.withheld.constFirst());
        QVERIFY2(said.contains(r.withheld.constFirst().newEndpoints.constFirst()),
                 qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("tok-Secret-7")));
        // A node's own secret only follows its own node.
        QCOMPARE(r.found.contains(QStringLiteral("prod/") + sudo),
                 what == QLatin1String("apiUrl") || what == QLatin1String("node") ||
                     what == QLatin1String("caFile"));
    }

    // Fewer endpoints (a node taken out of the file) send it nowhere new.
    void aFileWithFewerEndpointsStillGetsIt()
    {
        const Cluster cluster = prod();
        write(m_keychain, cluster, {{SecretNames::kDatabasePassword, QStringLiteral("db")}});
        Cluster smaller = cluster;
        smaller.nodes.removeLast();
        QCOMPARE(read(smaller, {SecretNames::kDatabasePassword}).found.size(), 1);
    }

    // Stored before bindings existed, or by another program: bound to nothing.
    void aSecretWithoutBindingIsHeldBackUntilConfirmed()
    {
        const Cluster cluster = prod();
        m_keychain.values.insert(QStringLiteral("prod/api-token"), QStringLiteral("tok-Secret-7"));
        Read r = read(cluster, {SecretNames::kApiToken});
        QVERIFY(r.found.isEmpty());
        QVERIFY(r.withheld.constFirst().boundTo.isEmpty());
        QCOMPARE(r.withheld.constFirst().newEndpoints,
                 SecretBinding::endpoints(cluster, SecretNames::kApiToken));
        confirm(cluster, {SecretNames::kApiToken});
        r = read(cluster, {SecretNames::kApiToken});
        QCOMPARE(r.found.value(QStringLiteral("prod/api-token")), QStringLiteral("tok-Secret-7"));
        // Confirmed for the new file, the old endpoints are no longer allowed.
        Cluster moved = cluster;
        moved.nodes[1].inmanta->apiUrl = QStringLiteral("https://orch9.example");
        confirm(moved, {SecretNames::kApiToken});
        QVERIFY(read(moved, {SecretNames::kApiToken}).withheld.isEmpty());
        QCOMPARE(read(cluster, {SecretNames::kApiToken}).withheld.size(), 1);
    }

    // Where a secret may go is put on record, in full; its value never.
    void aBindingIsRecordedInTheAuditLog()
    {
        QList<AuditEntry> recorded;
        AuditedSecretStore audited(
            m_keychain, QStringLiteral("ops@laptop"),
            [&recorded](const AuditEntry &entry, std::function<void(const QString &)> done) {
                recorded << entry;
                done({});
            });
        const Cluster cluster = prod();
        const QString sudo = SecretNames::sudoPassword(QStringLiteral("db1"));
        write(audited, cluster, {{sudo, QStringLiteral("hunter2")}});
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).outcome, QStringLiteral("secret set"));
        const AuditEntry &bound = recorded.at(1);
        QCOMPARE(bound.outcome, QStringLiteral("secret bound"));
        QCOMPARE(bound.cluster, QStringLiteral("prod"));
        QCOMPARE(bound.host, QStringLiteral("db1"));
        QCOMPARE(bound.output, QStringLiteral("ssh ops@10.1.0.11:22"));
        QVERIFY(bound.step.contains(sudo));
        for (const AuditEntry &e : std::as_const(recorded))
            QVERIFY(!(e.step + e.output).contains(QStringLiteral("hunter2")));
    }
};

QTEST_MAIN(TestSecretBinding)
#include "TestSecretBinding.moc"
