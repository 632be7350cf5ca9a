#include "fuzz/FuzzTargets.h"

#include "models/AuditDigest.h"
#include "models/ClusterFile.h"
#include "models/ClusterImport.h"
#include "models/ClusterReader.h"
#include "models/ConfigEditors.h"
#include "models/InmantaConfig.h"
#include "models/KnownHosts.h"

#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace iha::fuzz {
namespace {

// A broken invariant is a finding like a crash: said, then abort() for the fuzzer to keep.
void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

// The input cut in `n` fields at NUL bytes (missing ones empty): several strings from one input.
QList<QByteArray> fields(const QByteArray &data, int n)
{
    QList<QByteArray> parts = data.split('\0');
    while (parts.size() < n)
        parts << QByteArray();
    return parts;
}

} // namespace

void clusterReader(const QByteArray &data)
{
    const ClusterReadResult result = readCluster(data);
    if (!result.ok())
        return;
    // A file that reads without errors is written back and read again to the same cluster.
    const QByteArray written = ClusterFile::toJson(*result.cluster);
    const ClusterReadResult again = readCluster(written);
    require(again.ok(), "a cluster written back does not read again");
    require(ClusterFile::toJson(*again.cluster) == written,
            "a cluster written back reads to another cluster");
}

void knownHosts(const QByteArray &data)
{
    const QList<QByteArray> f = fields(data, 4);
    KnownHosts hosts;
    hosts.addFile(QStringLiteral("fuzz"), f.at(0));
    hosts.addRevokedKeys(QStringLiteral("revoked"), f.at(1));
    KnownHosts::revokedHostKeysFiles(f.at(2));
    HostKey key;
    key.type = QStringLiteral("ssh-ed25519");
    key.blob = f.at(3);
    const QString host = QString::fromUtf8(f.at(3).left(64));
    for (const int port : {22, 2222}) {
        const KnownHosts::Match match = hosts.check(host, port, key);
        KnownHosts::certificateAuthoritiesNote(match.unsupportedCertificateAuthorities);
        // A key just recorded for the host is known (or revoked), never unknown or changed.
        KnownHosts recorded = hosts;
        recorded.addFile(QStringLiteral("recorded"), KnownHosts::entryLine(host, port, key));
        if (match.verdict == KnownHosts::Verdict::Unknown && !host.isEmpty() &&
            !host.contains(QRegularExpression(QStringLiteral("[\\s,*?!#|\\[\\]@]"))))
            require(recorded.check(host, port, key).verdict != KnownHosts::Verdict::Unknown,
                    "a recorded key is still unknown");
    }
}

void configEditors(const QByteArray &data)
{
    const QList<QByteArray> f = fields(data, 3);
    const QString text = QString::fromUtf8(f.at(0));
    const QString name = QString::fromUtf8(f.at(1)).simplified().remove(QLatin1Char(' '));
    const QString value = QString::fromUtf8(f.at(2));

    PostgresqlConf::value(text, name);
    PostgresqlConf::commentOut(text, name);
    // Parameter names as PostgreSQL spells them (the product only sets known ones).
    static const QRegularExpression parameter(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    // A value on one line (the product writes no others: a line break cannot be quoted there).
    const bool oneLine =
        std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20; });
    if (parameter.match(name).hasMatch() && oneLine) {
        const QString once = PostgresqlConf::set(text, name, value);
        require(PostgresqlConf::set(once, name, value) == once,
                "postgresql.conf: setting a parameter twice changes the text again");
        require(PostgresqlConf::value(once, name) == value,
                "postgresql.conf: a parameter set does not read back");
    }

    PgHba::Rule rule;
    rule.database = name.isEmpty() ? QStringLiteral("all") : name;
    rule.user = QStringLiteral("replication");
    rule.address = PgHba::hostAddress(value.trimmed());
    rule.method = QStringLiteral("scram-sha-256");
    PgHba::hasRule(text, rule);
    if (!rule.address.isEmpty() && !rule.database.contains(QLatin1Char('#'))) {
        const QString added = PgHba::addRule(text, rule);
        require(PgHba::addRule(added, rule) == added, "pg_hba.conf: a rule added twice");
        require(PgHba::hasRule(added, rule), "pg_hba.conf: an added rule is not found");
    }

    const auto pairs = Conninfo::parse(text);
    const QString formatted = Conninfo::format(pairs);
    require(Conninfo::parse(formatted) == pairs, "conninfo: formatted pairs parse differently");

    AutoConf::setApplicationName(text, value);
    InmantaConfig::databaseHost(text);
    InmantaConfig::setDatabaseHost(text, value.simplified());
}

void auditImport(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    AuditDigest::parsePlanListing(text);
    InmantaConfig::parse(text);
    ClusterImport::HostFacts facts;
    facts.address = QStringLiteral("192.0.2.1");
    ClusterImport::parseDatabaseFacts(data, &facts);
    ClusterImport::parseOrchestratorFacts(data, &facts);
    ClusterImport::assemble(QStringLiteral("fuzz"), {facts, facts}, SshSettings{});
    // Entries as an audit log might hold them, tampered with: one per line, fields by tab.
    QList<AuditEntry> entries;
    qint64 sequence = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        AuditEntry e;
        e.sequence = ++sequence;
        e.time =
            QDateTime::fromSecsSinceEpoch(1700000000 + f.value(0).toLongLong() % 100000, Qt::UTC);
        e.runId = f.value(1);
        e.procedure = f.value(2);
        e.stepNumber = f.value(3).toInt();
        e.outcome = f.value(4);
        e.host = f.value(5);
        e.step = f.value(6);
        e.command = f.value(7);
        e.output = f.value(8);
        e.decision = f.value(9);
        e.cluster = QStringLiteral("fuzz");
        entries << e;
    }
    AuditDigest::make(entries);
}

QStringList targetNames()
{
    return {QStringLiteral("cluster_reader"), QStringLiteral("known_hosts"),
            QStringLiteral("config_editors"), QStringLiteral("audit_import")};
}

void runTarget(const QString &name, const QByteArray &data)
{
    if (name == QLatin1String("cluster_reader"))
        clusterReader(data);
    else if (name == QLatin1String("known_hosts"))
        knownHosts(data);
    else if (name == QLatin1String("config_editors"))
        configEditors(data);
    else if (name == QLatin1String("audit_import"))
        auditImport(data);
}

} // namespace iha::fuzz
