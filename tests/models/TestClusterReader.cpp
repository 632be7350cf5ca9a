#include "models/ClusterFile.h"
#include "models/ClusterReader.h"
#include "models/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

namespace {

// A valid cluster with one primary, plus whatever node (or top-level fields) a test adds.
QByteArray clusterWith(const char *extraNode, const char *topLevel = "")
{
    QByteArray json = R"({"name": "prod", )";
    json += topLevel;
    json += R"("nodes": [{"name": "db1", "role": "primary", "address": "10.1.0.11"})";
    if (*extraNode) {
        json += ", ";
        json += extraNode;
    }
    json += "]}";
    return json;
}

QStringList errorsOf(const ClusterReadResult &result)
{
    QStringList errors;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.isError())
            errors << d.toString();
    }
    return errors;
}

} // namespace

class TestClusterReader : public QObject
{
    Q_OBJECT

private slots:
    void runbookExampleLoadsWithDefaults()
    {
        QFile file(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ClusterReadResult result = readCluster(file.readAll());
        QVERIFY2(result.ok(), qPrintable(errorsOf(result).join(QLatin1Char('\n'))));
        QVERIFY(result.diagnostics.isEmpty());
        const Cluster &cluster = *result.cluster;
        QCOMPARE(cluster.name, QStringLiteral("prod"));
        QCOMPARE(cluster.nodes.size(), 3);
        const Node *db2 = cluster.findNode(QStringLiteral("db2"));
        QVERIFY(db2);
        QCOMPARE(db2->role, NodeRole::Standby);
        QCOMPARE(db2->ssh.port, 22);
        QVERIFY(db2->postgres.has_value());
        QCOMPARE(db2->postgres->dataDir, QStringLiteral("/var/lib/pgsql/data"));
        QCOMPARE(db2->postgres->effectiveConfigDir(), QStringLiteral("/var/lib/pgsql/data"));
        QCOMPARE(db2->postgres->service, QStringLiteral("postgresql"));
        QCOMPARE(db2->postgres->port, 5432);
        QVERIFY(db2->postgres->binDir.isEmpty());
        QCOMPARE(cluster.nodeWithRole(NodeRole::Orchestrator)->name, QStringLiteral("orch1"));
        QCOMPARE(cluster.replication.applicationName, QStringLiteral("inmanta"));
    }

    // PostgreSQL reports its data directory without the trailing slash an operator may type.
    void trailingSlashesAreDropped()
    {
        const ClusterReadResult result = readCluster(clusterWith(
            R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"dataDir": "/srv/my data/", "configDir": "/etc/pg/"}})"));
        QVERIFY2(result.ok(), qPrintable(errorsOf(result).join(QLatin1Char('\n'))));
        const Node *db2 = result.cluster->findNode(QStringLiteral("db2"));
        QCOMPARE(db2->postgres->dataDir, QStringLiteral("/srv/my data"));
        QCOMPARE(db2->postgres->configDir, QStringLiteral("/etc/pg"));
    }

    void minimalNodesGetTheRunbookDefaults()
    {
        const ClusterReadResult result = readCluster(clusterWith(
            R"({"name": "orch1", "role": "orchestrator", "address": "orch1.example.com"})"));
        QVERIFY(result.ok());
        const Cluster &cluster = *result.cluster;
        QCOMPARE(cluster.replication.user, QStringLiteral("replication"));
        QCOMPARE(cluster.replication.slot, QStringLiteral("replication"));
        QCOMPARE(cluster.replication.authMethod, QStringLiteral("scram-sha-256"));
        const Node *orch = cluster.findNode(QStringLiteral("orch1"));
        QVERIFY(orch->inmanta.has_value());
        QVERIFY(!orch->postgres.has_value());
        QCOMPARE(orch->inmanta->configFile, QStringLiteral("/etc/inmanta/inmanta.d/database.cfg"));
        QCOMPARE(orch->inmanta->service, QStringLiteral("inmanta-server"));
        QCOMPARE(orch->effectiveApiUrl(), QStringLiteral("http://orch1.example.com:8888"));
        QVERIFY(!orch->ssh.effectiveUser().isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // the whole "field: message", or its start

        QTest::newRow("not json") << QByteArray("{\"name\": \"prod\",\n \"nodes\": [}")
                                  << QStringLiteral("not valid JSON: ");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("no nodes") << QByteArray(R"({"name": "prod"})")
                                  << QStringLiteral("nodes: is required");
        QTest::newRow("empty nodes")
            << QByteArray(R"({"name": "prod", "nodes": []})") << QStringLiteral("nodes: is empty");
        QTest::newRow("nodes not a list")
            << QByteArray(R"({"name": "prod", "nodes": {}})")
            << QStringLiteral("nodes: expected a list, got an object");
        QTest::newRow("no cluster name")
            << QByteArray(R"({"nodes": [{"name": "a", "role": "spare", "address": "h"}]})")
            << QStringLiteral("name: is required");
        QTest::newRow("cluster name with slash")
            << QByteArray(
                   R"({"name": "a/b", "nodes": [{"name": "a", "role": "spare", "address": "h"}]})")
            << QStringLiteral("name: \"a/b\" is not a valid name");
        QTest::newRow("a real cluster named practice")
            << QByteArray(
                   R"({"name": "practice", "nodes": [{"name": "a", "role": "spare", "address": "h"}]})")
            << QStringLiteral("name: \"practice\" is the practice cluster's name");
        QTest::newRow("a practice cluster named otherwise")
            << QByteArray(
                   R"({"name": "prod", "practice": true, "nodes": [{"name": "a", "role": "spare", "address": "198.19.7.11"}]})")
            << QStringLiteral("name: a practice cluster is named \"practice\"");
        QTest::newRow("a practice cluster naming a real host")
            << QByteArray(
                   R"({"name": "practice", "practice": true, "nodes": [{"name": "a", "role": "spare", "address": "10.1.0.11"}]})")
            << QStringLiteral("nodes[0].address: \"10.1.0.11\" is outside the practice "
                              "cluster's network (198.19.7.0/24)");
        QTest::newRow("a practice orchestrator's API elsewhere")
            << QByteArray(
                   R"({"name": "practice", "practice": true, "nodes": [{"name": "o", "role": "orchestrator", "address": "198.19.7.21", "inmanta": {"apiUrl": "http:\/\/10.1.0.21:8888"}}]})") // "\/": moc reads "//" as a comment
            << QStringLiteral("nodes[0].inmanta.apiUrl: \"http://10.1.0.21:8888\" is outside");
        QTest::newRow("proxy not SOCKS5")
            << clusterWith("", R"("proxy": "http:\/\/10.1.0.1:3128", )")
            << QStringLiteral("proxy: expected socks5://HOST:PORT");
        QTest::newRow("proxy without a port")
            << clusterWith("", R"("proxy": "socks5:\/\/10.1.0.1", )")
            << QStringLiteral("proxy: expected socks5://HOST:PORT");
        QTest::newRow("proxy with credentials")
            << clusterWith("", R"("proxy": "socks5:\/\/me:secret@10.1.0.1:1080", )")
            << QStringLiteral("proxy: a user or password in the proxy's URL is not supported");
        QTest::newRow("proxy with a password QUrl cannot parse")
            << clusterWith("", R"("proxy": "socks5:\/\/bob:pa ss@10.1.0.1:1080", )")
            << QStringLiteral("proxy: a user or password in the proxy's URL is not supported");
        QTest::newRow("proxy and a direct database login")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"caFile": "\/etc\/ca.pem"}})",
                   R"("proxy": "socks5:\/\/127.0.0.1:1080", )")
            << QStringLiteral("nodes[1].postgres.caFile: direct database logins cannot go through "
                              "the cluster's proxy");
        QTest::newRow("a practice cluster's proxy elsewhere")
            << QByteArray(
                   R"({"name": "practice", "practice": true, "proxy": "socks5:\/\/10.1.0.1:1080", "nodes": [{"name": "a", "role": "spare", "address": "198.19.7.11"}]})")
            << QStringLiteral("proxy: the practice cluster's proxy must be on this machine "
                              "(127.0.0.1), not 10.1.0.1");
        QTest::newRow("practice not a boolean")
            << clusterWith("", R"("practice": "yes", )")
            << QStringLiteral("practice: expected true or false, got a string");
        QTest::newRow("node not an object")
            << clusterWith("42") << QStringLiteral("nodes[1]: expected an object, got a number");
        QTest::newRow("missing role") << clusterWith(R"({"name": "db2", "address": "10.1.0.12"})")
                                      << QStringLiteral("nodes[1].role: is required");
        QTest::newRow("unknown role")
            << clusterWith(R"({"name": "db2", "role": "master", "address": "10.1.0.12"})")
            << QStringLiteral("nodes[1].role: \"master\" is not a role (primary, standby, "
                              "orchestrator, spare, retired)");
        QTest::newRow("role not a string")
            << clusterWith(R"({"name": "db2", "role": 1, "address": "10.1.0.12"})")
            << QStringLiteral("nodes[1].role: expected a string, got a number");
        QTest::newRow("missing node name")
            << clusterWith(R"({"role": "standby", "address": "10.1.0.12"})")
            << QStringLiteral("nodes[1].name: is required");
        QTest::newRow("duplicate node name")
            << clusterWith(R"({"name": "db1", "role": "standby", "address": "10.1.0.12"})")
            << QStringLiteral("nodes[1].name: \"db1\" is already the name of nodes[0]");
        QTest::newRow("two primaries")
            << clusterWith(R"({"name": "db2", "role": "primary", "address": "10.1.0.12"})")
            << QStringLiteral("nodes[1].role: a second primary; nodes[0] is one already");
        QTest::newRow("two orchestrators")
            << clusterWith(
                   R"({"name": "o1", "role": "orchestrator", "address": "o1"}, {"name": "o2", "role": "orchestrator", "address": "o2"})")
            << QStringLiteral("nodes[2].role: a second orchestrator; nodes[1] is one already");
        QTest::newRow("missing address") << clusterWith(R"({"name": "db2", "role": "standby"})")
                                         << QStringLiteral("nodes[1].address: is required");
        QTest::newRow("bad ipv4 address")
            << clusterWith(R"({"name": "db2", "role": "standby", "address": "10.0.0.300"})")
            << QStringLiteral(
                   "nodes[1].address: \"10.0.0.300\" is neither an IP address nor a host name");
        QTest::newRow("address with space")
            << clusterWith(R"({"name": "db2", "role": "standby", "address": "db 2"})")
            << QStringLiteral("nodes[1].address: \"db 2\" is neither");
        QTest::newRow("same database twice")
            << clusterWith(R"({"name": "db2", "role": "standby", "address": "10.1.0.11"})")
            << QStringLiteral("nodes[1].address: 10.1.0.11:5432 is also the database of nodes[0]");
        QTest::newRow("ssh port too big")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"port": 70000}})")
            << QStringLiteral("nodes[1].ssh.port: 70000 is not a port (1-65535)");
        QTest::newRow("ssh port zero")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"port": 0}})")
            << QStringLiteral("nodes[1].ssh.port: 0 is not a port (1-65535)");
        QTest::newRow("ssh port fraction")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"port": 22.5}})")
            << QStringLiteral("nodes[1].ssh.port: 22.5 is not a whole number");
        QTest::newRow("ssh port as string")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"port": "22"}})")
            << QStringLiteral("nodes[1].ssh.port: expected a number, got a string");
        QTest::newRow("ssh not an object")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": "root"})")
            << QStringLiteral("nodes[1].ssh: expected an object, got a string");
        QTest::newRow("relative identity file")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"identityFile": "id_rsa"}})")
            << QStringLiteral("nodes[1].ssh.identityFile: \"id_rsa\" is a relative path");
        QTest::newRow("host key not a fingerprint")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"hostKey": "ssh-ed25519 AAAAC3Nza"}})")
            << QStringLiteral("nodes[1].ssh.hostKey: \"ssh-ed25519 AAAAC3Nza\" is not a host key "
                              "fingerprint as ssh-keygen -lf prints it");
        QTest::newRow("host key fingerprint cut short")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"hostKey": "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuF"}})")
            << QStringLiteral("nodes[1].ssh.hostKey: "
                              "\"SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuF\" is not");
        QTest::newRow("bad ssh user")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"user": "ro ot"}})")
            << QStringLiteral("nodes[1].ssh.user: \"ro ot\" is not a valid user name");
        QTest::newRow("postgres port too big")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"port": 99999}})")
            << QStringLiteral("nodes[1].postgres.port: 99999 is not a port (1-65535)");
        QTest::newRow("relative data dir")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"dataDir": "var/lib/pgsql/data"}})")
            << QStringLiteral(
                   "nodes[1].postgres.dataDir: \"var/lib/pgsql/data\" is a relative path");
        QTest::newRow("empty data dir")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"dataDir": ""}})")
            << QStringLiteral("nodes[1].postgres.dataDir: is required");
        QTest::newRow("relative config dir")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"configDir": "etc"}})")
            << QStringLiteral("nodes[1].postgres.configDir: \"etc\" is a relative path");
        QTest::newRow("dot-dot in bin dir")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"binDir": "/usr/../tmp"}})")
            << QStringLiteral("nodes[1].postgres.binDir: \"/usr/../tmp\" contains \"..\"");
        QTest::newRow("newline in data dir")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"dataDir": "/var/lib\n/x"}})")
            << QStringLiteral("nodes[1].postgres.dataDir: contains control characters");
        QTest::newRow("shell in service name")
            << clusterWith(
                   R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "postgres": {"service": "pg; rm -rf /"}})")
            << QStringLiteral(
                   "nodes[1].postgres.service: \"pg; rm -rf /\" is not a service unit name");
        QTest::newRow("relative inmanta config")
            << clusterWith(
                   R"({"name": "o", "role": "orchestrator", "address": "o", "inmanta": {"configFile": "database.cfg"}})")
            << QStringLiteral("nodes[1].inmanta.configFile: \"database.cfg\" is a relative path");
        QTest::newRow("api url without scheme")
            << clusterWith(
                   R"({"name": "o", "role": "orchestrator", "address": "o", "inmanta": {"apiUrl": "o:8888"}})")
            << QStringLiteral(
                   "nodes[1].inmanta.apiUrl: \"o:8888\" is not an http:// or https:// URL");
        QTest::newRow("bad slot")
            << clusterWith("", R"("replication": {"slot": "Bad-Slot"}, )")
            << QStringLiteral("replication.slot: \"Bad-Slot\" is not a replication slot name");
        QTest::newRow("bad application name")
            << clusterWith("", R"("replication": {"applicationName": "in manta"}, )")
            << QStringLiteral(
                   "replication.applicationName: \"in manta\" is not an application name");
        // synchronous_standby_names' parser reads these as its keywords or as a number.
        for (const QByteArray &name : {QByteArray("first"), QByteArray("ANY"), QByteArray("2nd")})
            QTest::newRow(name.constData())
                << clusterWith(
                       "", QByteArray("\"replication\": {\"applicationName\": \"" + name + "\"}, ")
                               .constData())
                << QStringLiteral("replication.applicationName: \"%1\" is not an application name "
                                  "that synchronous_standby_names accepts")
                       .arg(QString::fromLatin1(name));
        QTest::newRow("bad auth method")
            << clusterWith("", R"("replication": {"authMethod": "trust"}, )")
            << QStringLiteral("replication.authMethod: \"trust\" is not supported");
        QTest::newRow("replication not an object")
            << clusterWith("", R"("replication": [], )")
            << QStringLiteral("replication: expected an object, got a list");
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ClusterReadResult result = readCluster(json);
        QVERIFY(!result.ok());
        const QStringList errors = errorsOf(result);
        const bool found = std::any_of(errors.begin(), errors.end(),
                                       [&](const QString &e) { return e.startsWith(expected); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" among:\n%2")
                                       .arg(expected, errors.join(QLatin1Char('\n')))));
        // One clear error per problem: every test input has exactly one.
        QCOMPARE(errors.size(), 1);
        // A password in the input is never repeated (the proxy rows hold some).
        QVERIFY(!errors.constFirst().contains(QLatin1String("secret")) &&
                !errors.constFirst().contains(QLatin1String("pa ss")));
    }

    void everyProblemIsReportedAtOnce()
    {
        QFile file(QStringLiteral(IHA_TEST_DATA_DIR "/bad-cluster.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ClusterReadResult result = readCluster(file.readAll());
        const QStringList errors = errorsOf(result);
        const QStringList expected = {
            QStringLiteral("replication.slot: "),
            QStringLiteral("nodes[1].role: a second primary"),
            QStringLiteral("nodes[1].ssh.port: 70000 is not a port (1-65535)"),
            QStringLiteral("nodes[2].role: \"master\" is not a role"),
            QStringLiteral("nodes[2].name: \"db1\" is already"),
            QStringLiteral("nodes[2].address: \"10.0.0.300\""),
            QStringLiteral("nodes[2].postgres.dataDir: "),
            QStringLiteral("nodes[3].role: is required"),
        };
        for (const QString &prefix : expected) {
            QVERIFY2(std::any_of(errors.begin(), errors.end(),
                                 [&](const QString &e) { return e.startsWith(prefix); }),
                     qPrintable(prefix + QStringLiteral(" missing from:\n") +
                                errors.join(QLatin1Char('\n'))));
        }
        QCOMPARE(errors.size(), expected.size());
        // The typo is a warning, not an error.
        QVERIFY(std::any_of(
            result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &d) {
                return !d.isError() && d.field == QLatin1String("nodes[3].ssh.prot");
            }));
    }

    void unknownKeysWarnAndSurviveSave()
    {
        const QByteArray json = R"({"name": "prod", "owner": "ops-team", "nodes": [
            {"name": "db1", "role": "primary", "address": "10.1.0.11", "rack": "A3",
             "ssh": {"prot": 2222}, "postgres": {"dataDri": "/x"}}]})";
        const ClusterReadResult result = readCluster(json);
        QVERIFY(result.ok());
        QStringList warnings;
        for (const Diagnostic &d : result.diagnostics)
            warnings << d.field;
        warnings.sort();
        QCOMPARE(warnings,
                 (QStringList{QStringLiteral("nodes[0].postgres.dataDri"),
                              QStringLiteral("nodes[0].rack"), QStringLiteral("nodes[0].ssh.prot"),
                              QStringLiteral("owner")}));

        const QJsonObject saved =
            QJsonDocument::fromJson(ClusterFile::toJson(*result.cluster)).object();
        QCOMPARE(saved.value(QStringLiteral("owner")).toString(), QStringLiteral("ops-team"));
        const QJsonObject node = saved.value(QStringLiteral("nodes")).toArray().at(0).toObject();
        QCOMPARE(node.value(QStringLiteral("rack")).toString(), QStringLiteral("A3"));
        QCOMPARE(node.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("prot")).toInt(),
                 2222);
        QCOMPARE(node.value(QStringLiteral("postgres"))
                     .toObject()
                     .value(QStringLiteral("dataDri"))
                     .toString(),
                 QStringLiteral("/x"));
    }

    // The practice cluster says what it is, and its file keeps saying so when saved.
    void thePracticeMarkIsReadAndKept()
    {
        const ClusterReadResult read = readCluster(
            R"({"name": "practice", "practice": true, "nodes": [{"name": "a", "role": "spare", "address": "198.19.7.11"}]})");
        QVERIFY(read.ok());
        QVERIFY(read.cluster->practice);
        QVERIFY(!readCluster(clusterWith("")).cluster->practice);
        const QJsonObject saved =
            QJsonDocument::fromJson(ClusterFile::toJson(*read.cluster)).object();
        QCOMPARE(saved.value(QStringLiteral("practice")), QJsonValue(true));
        // So does the way to reach it.
        const ClusterReadResult proxied =
            readCluster(clusterWith("", R"("proxy": "socks5:\/\/127.0.0.1:40123", )"));
        QVERIFY(proxied.ok());
        QCOMPARE(proxied.cluster->proxy, QStringLiteral("socks5://127.0.0.1:40123"));
        QCOMPARE(QJsonDocument::fromJson(ClusterFile::toJson(*proxied.cluster))
                     .object()
                     .value(QStringLiteral("proxy")),
                 QJsonValue(QStringLiteral("socks5://127.0.0.1:40123")));
        QVERIFY(!QJsonDocument::fromJson(ClusterFile::toJson(*readCluster(clusterWith("")).cluster))
                     .object()
                     .contains(QStringLiteral("practice")));
    }

    void saveIsAtomicAndRoundTrips()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("prod.json"));
        QFile::copy(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"), path);
        const ClusterReadResult first = ClusterFile::load(path);
        QVERIFY(first.ok());
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        QCOMPARE(ClusterFile::save(*first.cluster, path), QString());
        // No temporary file is left beside it; the replaced file is kept as it was.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("prod.json"), QStringLiteral("prod.json.bak")}));
        QFile backup(path + QStringLiteral(".bak"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), before);
        const ClusterReadResult second = ClusterFile::load(path);
        QVERIFY(second.ok());
        QCOMPARE(ClusterFile::toJson(*second.cluster), ClusterFile::toJson(*first.cluster));
    }

    void aPinnedHostKeyIsReadAndKept()
    {
        // The SHA-256 of nothing, as ssh-keygen would print it.
        const QString pin = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
        QVERIFY(HostKey::isFingerprint(pin));
        QCOMPARE(HostKey{}.fingerprint(), pin);
        const QByteArray node =
            QStringLiteral(
                R"({"name": "db2", "role": "standby", "address": "10.1.0.12", "ssh": {"hostKey": "%1"}})")
                .arg(pin)
                .toUtf8();
        const ClusterReadResult read = readCluster(clusterWith(node.constData()));
        QVERIFY(read.ok());
        QCOMPARE(read.cluster->nodes.at(1).ssh.hostKey, pin);
        QCOMPARE(read.cluster->nodes.at(0).ssh.hostKey, QString());
        const QJsonObject saved =
            QJsonDocument::fromJson(ClusterFile::toJson(*read.cluster)).object();
        QCOMPARE(saved.value(QStringLiteral("nodes"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("ssh"))
                     .toObject()
                     .value(QStringLiteral("hostKey"))
                     .toString(),
                 pin);
    }

    void saveToAnUnwritablePlaceSaysWhy()
    {
        const ClusterReadResult loaded = readCluster(clusterWith(""));
        QVERIFY(loaded.ok());
        const QString error =
            ClusterFile::save(*loaded.cluster, QStringLiteral("/nonexistent-dir/prod.json"));
        QVERIFY(error.startsWith(QStringLiteral("cannot write /nonexistent-dir/prod.json")));
    }

    void missingFileSaysWhich()
    {
        const ClusterReadResult result =
            ClusterFile::load(QStringLiteral("/nonexistent/cluster.json"));
        QVERIFY(!result.ok());
        QVERIFY(errorsOf(result).constFirst().startsWith(
            QStringLiteral("cannot read /nonexistent/cluster.json")));
    }
};

QTEST_GUILESS_MAIN(TestClusterReader)
#include "TestClusterReader.moc"
