#include "models/ClusterImport.h"

#include "models/ClusterValidator.h"

#include <QCoreApplication>
#include <QSet>

namespace iha::ClusterImport {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterImport)
};

// The running postmaster is the postgres process whose parent is not one: its executable
// names the programs' directory and its working directory is the data directory (the server
// changes into it at start). Settings come from `postgres -C` (read from the configuration,
// fine while the server runs), recovery from standby.signal: a standby with hot_standby off,
// as the runbook leaves it, takes no queries. The usual unit names are tried in turn: Debian's
// per-cluster unit, the PGDG packages' versioned one, then the runbook's. The standby's
// connection string is read for its host, user and application name only (it may hold a
// password).
const char kDatabaseScript[] = R"SH(export LC_ALL=C
echo "hostname=$(hostname -s 2>/dev/null || hostname)"
pm=
for p in $(pgrep -x postgres 2>/dev/null) $(pgrep -x postmaster 2>/dev/null); do
  pp=$(sed -n 's/^PPid:[[:space:]]*//p' /proc/$p/status 2>/dev/null)
  [ -n "$pp" ] || continue # a backend that has just ended
  c=$(cat /proc/$pp/comm 2>/dev/null)
  [ "$c" = postgres ] || [ "$c" = postmaster ] || pm="$pm $p"
done
set -- $pm
echo "postmasters=$#"
[ $# -ge 1 ] || exit 0
bin=$(dirname -- "$(readlink /proc/$1/exe)")
data=$(readlink /proc/$1/cwd)
owner=$(stat -c %U /proc/$1)
conf=$(tr '\0' '\n' </proc/$1/cmdline | sed -n '/^-D$/{n;p;q}')
[ -n "$conf" ] || conf=$data
echo "bin_dir=$bin"
echo "data_dir=$data"
on_path=$(command -v pg_ctl 2>/dev/null || true)
[ -z "$on_path" ] || echo "bin_dir_on_path=$(dirname -- "$(readlink -f -- "$on_path")")"
version=$(cat -- "$data/PG_VERSION" 2>/dev/null || true)
echo "version_num=$((${version:-0} * 10000))"
for unit in "postgresql@$version-$(basename -- "$data")" "postgresql-$version" postgresql; do
  if systemctl is-active --quiet "$unit" 2>/dev/null; then echo "service=$unit"; break; fi
done
port=$(sed -n 4p -- "$data/postmaster.pid")
echo "port=$port"
socket=$(sed -n 5p -- "$data/postmaster.pid")
setting() { cd / && runuser -u "$owner" -- "$bin/postgres" -D "$conf" -C "$1" 2>/dev/null; }
echo "config_file=$(setting config_file)"
if [ -f "$data/standby.signal" ]; then
  echo "in_recovery=t"
  ci=$(setting primary_conninfo)
  for k in host user application_name; do
    v=$(printf '%s\n' "$ci" | tr ' ' '\n' | sed -n "s/^$k=//p" | tr -d "'" | head -n 1)
    [ -z "$v" ] || echo "receiver_$k=$v"
  done
  slot=$(setting primary_slot_name)
  [ -z "$slot" ] || echo "primary_slot_name=$slot"
  exit 0
fi
echo "in_recovery=f"
cd / && runuser -u "$owner" -- "$bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -d postgres
)SH";

// What a primary tells of its standbys, slots and replication rule.
const char kDatabaseSql[] =
    R"SQL(SELECT 'replica=' || coalesce(host(client_addr), 'local') || ' ' || usename || ' '
       || coalesce(nullif(application_name, ''), '-') || ' ' || sync_state
  FROM pg_stat_replication;
SELECT 'slot=' || slot_name FROM pg_replication_slots WHERE slot_type = 'physical';
SELECT 'replication_auth=' || auth_method FROM pg_hba_file_rules
 WHERE 'replication' = ANY(database) AND type LIKE 'host%' AND error IS NULL
   AND coalesce(address, '') NOT IN ('127.0.0.1', '::1')
 ORDER BY line_number LIMIT 1;
)SQL";

const char kInmantaMarker[] = "==> inmanta configuration";

QList<QPair<QString, QString>> keyValues(const QByteArray &output)
{
    QList<QPair<QString, QString>> pairs;
    for (const QByteArray &line : output.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            pairs.append({QString::fromUtf8(line.left(eq)).trimmed(),
                          QString::fromUtf8(line.mid(eq + 1)).trimmed()});
    }
    return pairs;
}

QString directoryOf(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? path.left(slash) : path;
}

// The node's name: its host name when it is a valid, unique one; else from the address.
QString nodeName(const HostFacts &host, const QSet<QString> &taken)
{
    if (!host.hostname.isEmpty() && checkName(host.hostname).isEmpty() &&
        !taken.contains(host.hostname))
        return host.hostname;
    QString fromAddress = host.address;
    fromAddress.replace(QLatin1Char('.'), QLatin1Char('-'))
        .replace(QLatin1Char(':'), QLatin1Char('-'));
    return (host.database ? QStringLiteral("db-") : QStringLiteral("orch-")) + fromAddress;
}

PostgresSettings postgresOf(const HostFacts &host)
{
    PostgresSettings pg;
    if (host.postmasters == 0)
        return pg; // nothing runs to read it from: the runbook's defaults, with a warning
    pg.dataDir = host.dataDir;
    const QString configDir = directoryOf(host.configFile);
    pg.configDir = configDir == host.dataDir ? QString() : configDir;
    if (host.port > 0)
        pg.port = host.port;
    if (!host.service.isEmpty())
        pg.service = host.service;
    // Left empty only where the tool would find the very same programs by itself.
    pg.binDir = host.binDirOnPath == host.binDir ? QString() : host.binDir;
    return pg;
}

InmantaSettings inmantaOf(const HostFacts &host, const QString &address)
{
    InmantaSettings in;
    const InmantaConfig::Effective &config = host.inmantaConfig;
    if (const auto name = config.winner(QStringLiteral("name")))
        in.database = name->value;
    if (const auto user = config.winner(QStringLiteral("username")))
        in.databaseUser = user->value;
    if (const auto dbHost = config.winner(QStringLiteral("host"))) {
        // Settings are changed where the one in force is written.
        const QString file = dbHost->source.section(QLatin1Char(':'), 0, 0);
        if (file.startsWith(QLatin1Char('/')) && !dbHost->source.contains(QLatin1Char(' ')))
            in.configFile = file;
    }
    if (const auto port = config.winner(QStringLiteral("server.bind_port"));
        port && port->value != QLatin1String("8888"))
        in.apiUrl = QStringLiteral("http://%1:%2").arg(address, port->value);
    return in;
}

// Which database host the orchestrator's database.cfg names, by address or host name.
const HostFacts *databaseNamedBy(const HostFacts &orchestrator, const QList<HostFacts> &hosts)
{
    const auto dbHost = orchestrator.inmantaConfig.winner(QStringLiteral("host"));
    if (!dbHost)
        return nullptr;
    for (const HostFacts &h : hosts) {
        if (h.database && (h.address == dbHost->value || h.hostname == dbHost->value))
            return &h;
    }
    return nullptr;
}

QString replicaList(const QList<Replica> &replicas)
{
    QStringList names;
    for (const Replica &r : replicas)
        names << QStringLiteral("%1 (%2)").arg(r.address, r.syncState);
    return names.join(QLatin1String(", "));
}

// What was found on a node, in plain words, for the operator to check.
QString describePostgres(const HostFacts &h, const PostgresSettings &pg)
{
    if (h.postmasters == 0)
        return Tr::tr("no PostgreSQL server runs");
    QStringList parts{
        Tr::tr("PostgreSQL %1 %2")
            .arg(h.versionNum / 10000)
            .arg(h.inRecovery == true
                     ? Tr::tr("in recovery, from %1")
                           .arg(h.senderHost.isEmpty() ? Tr::tr("?") : h.senderHost)
                 : h.replicas.isEmpty()
                     ? Tr::tr("accepting writes, no standby")
                     : Tr::tr("accepting writes, streaming to %1").arg(replicaList(h.replicas))),
        Tr::tr("data %1").arg(pg.dataDir), Tr::tr("port %1").arg(pg.port),
        Tr::tr("service %1").arg(pg.service)};
    if (!pg.configDir.isEmpty())
        parts << Tr::tr("configuration %1").arg(pg.configDir);
    if (!pg.binDir.isEmpty())
        parts << Tr::tr("programs %1").arg(pg.binDir);
    return parts.join(QLatin1String(", "));
}

QString describeInmanta(const HostFacts &h, const Node &node)
{
    const auto dbHost = h.inmantaConfig.winner(QStringLiteral("host"));
    const InmantaSettings in = node.inmantaOrDefault();
    const QString state = h.inmantaActive ? Tr::tr("running") : Tr::tr("not running");
    if (!dbHost)
        return Tr::tr("Inmanta server %1, no database configured, API %2")
            .arg(state, node.effectiveApiUrl());
    return Tr::tr("Inmanta server %1, database %2 on %3 as %4, API %5")
        .arg(state, in.database, dbHost->value, in.databaseUser, node.effectiveApiUrl());
}

} // namespace

RemoteCommand databaseFactsCommand()
{
    RemoteCommand command;
    command.command = QString::fromLatin1(kDatabaseScript);
    command.input = QByteArray(kDatabaseSql);
    command.auditedInput = QString::fromLatin1(kDatabaseSql);
    command.asRoot = true;
    command.timeoutMs = 30000;
    return command;
}

RemoteCommand orchestratorFactsCommand()
{
    RemoteCommand command;
    command.command = QStringLiteral("echo \"hostname=$(hostname -s 2>/dev/null || hostname)\"\n"
                                     "if systemctl is-active --quiet inmanta-server 2>/dev/null; "
                                     "then echo inmanta_active=yes; else echo inmanta_active=no; "
                                     "fi\necho '%1'\n")
                          .arg(QLatin1String(kInmantaMarker)) +
                      InmantaConfig::readScript();
    command.asRoot = true;
    command.timeoutMs = 30000;
    return command;
}

void parseDatabaseFacts(const QByteArray &output, HostFacts *f)
{
    for (const auto &[key, value] : keyValues(output)) {
        if (key == QLatin1String("hostname"))
            f->hostname = value;
        else if (key == QLatin1String("postmasters"))
            f->postmasters = value.toInt();
        else if (key == QLatin1String("bin_dir"))
            f->binDir = value;
        else if (key == QLatin1String("bin_dir_on_path"))
            f->binDirOnPath = value;
        else if (key == QLatin1String("service"))
            f->service = value;
        else if (key == QLatin1String("data_dir"))
            f->dataDir = value;
        else if (key == QLatin1String("config_file"))
            f->configFile = value;
        else if (key == QLatin1String("port"))
            f->port = value.toInt();
        else if (key == QLatin1String("version_num"))
            f->versionNum = value.toInt();
        else if (key == QLatin1String("in_recovery"))
            f->inRecovery = value == QLatin1String("t") || value == QLatin1String("true");
        else if (key == QLatin1String("replica")) {
            const QStringList parts = value.split(QLatin1Char(' '));
            if (parts.size() == 4)
                f->replicas.append({parts[0], parts[1],
                                    parts[2] == QLatin1String("-") ? QString() : parts[2],
                                    parts[3]});
        } else if (key == QLatin1String("receiver_host"))
            f->senderHost = value;
        else if (key == QLatin1String("receiver_user"))
            f->receiverUser = value;
        else if (key == QLatin1String("receiver_application_name"))
            f->receiverApplicationName = value;
        else if (key == QLatin1String("primary_slot_name"))
            f->primarySlotName = value;
        else if (key == QLatin1String("slot"))
            f->physicalSlots.append(value);
        else if (key == QLatin1String("replication_auth"))
            f->replicationAuth = value;
    }
}

void parseOrchestratorFacts(const QByteArray &output, HostFacts *f)
{
    const int marker = output.indexOf(kInmantaMarker);
    const QByteArray head = marker < 0 ? output : output.left(marker);
    for (const auto &[key, value] : keyValues(head)) {
        if (key == QLatin1String("hostname"))
            f->hostname = value;
        else if (key == QLatin1String("inmanta_active"))
            f->inmantaActive = value == QLatin1String("yes");
    }
    if (marker >= 0) {
        const int configStart = output.indexOf('\n', marker);
        f->inmantaConfig = InmantaConfig::parse(
            QString::fromUtf8(configStart < 0 ? QByteArray() : output.mid(configStart + 1)));
    }
}

Result assemble(const QString &name, const QList<HostFacts> &hosts, const SshSettings &ssh)
{
    Result r;
    r.cluster.name = name;
    QSet<QString> taken;

    // The orchestrator: the one whose server runs; a second running one is named, not chosen.
    const HostFacts *orchestrator = nullptr;
    for (const HostFacts &h : hosts) {
        if (h.database || !h.inmantaActive)
            continue;
        if (!orchestrator)
            orchestrator = &h;
        else
            r.warnings << Tr::tr("The Inmanta server runs on %1 and on %2: two orchestrators. "
                                 "%1 is taken as the orchestrator; stop the other one.")
                              .arg(orchestrator->address, h.address);
    }

    // The primary: the one the orchestrator uses, else the only one out of recovery that has
    // standbys, else the only one out of recovery.
    QList<const HostFacts *> writable;
    for (const HostFacts &h : hosts) {
        if (h.database && h.inRecovery == false)
            writable << &h;
    }
    const HostFacts *primary = orchestrator ? databaseNamedBy(*orchestrator, hosts) : nullptr;
    if (primary && !writable.contains(primary)) {
        r.warnings << Tr::tr("The orchestrator's database host %1 is not a running primary.")
                          .arg(primary->address);
        primary = nullptr;
    }
    if (!primary) {
        QList<const HostFacts *> withStandbys;
        for (const HostFacts *h : std::as_const(writable)) {
            if (!h->replicas.isEmpty())
                withStandbys << h;
        }
        if (withStandbys.size() == 1)
            primary = withStandbys.first();
        else if (writable.size() == 1)
            primary = writable.first();
        else if (writable.size() > 1)
            r.warnings << Tr::tr("Several database hosts accept writes and none is the "
                                 "orchestrator's: choose the primary in the table.");
    }
    for (const HostFacts *h : std::as_const(writable)) {
        if (h != primary && !h->replicas.isEmpty())
            r.warnings << Tr::tr("%1 accepts writes and has standbys too: two primaries? It is "
                                 "imported as a spare.")
                              .arg(h->address);
    }

    for (const HostFacts &h : hosts) {
        Node node;
        node.name = nodeName(h, taken);
        taken.insert(node.name);
        node.address = h.address;
        node.ssh = ssh;
        if (h.database) {
            node.postgres = postgresOf(h);
            if (&h == primary)
                node.role = NodeRole::Primary;
            else if (h.inRecovery == true)
                node.role = NodeRole::Standby;
            if (h.postmasters == 0)
                r.warnings << Tr::tr("No PostgreSQL server runs on %1 (%2): its settings are the "
                                     "runbook's defaults; check them.")
                                  .arg(node.name, h.address);
            else if (h.postmasters > 1)
                r.warnings << Tr::tr("%1 runs %2 PostgreSQL servers: the one in %3 is imported.")
                                  .arg(node.name)
                                  .arg(h.postmasters)
                                  .arg(h.dataDir);
            if (h.postmasters > 0 && h.service.isEmpty())
                r.warnings << Tr::tr("No active service unit of PostgreSQL was found on %1: "
                                     "\"%2\" is assumed.")
                                  .arg(node.name, node.postgres->service);
            r.found.insert(node.name, describePostgres(h, *node.postgres));
        } else {
            node.inmanta = inmantaOf(h, h.address);
            if (&h == orchestrator)
                node.role = NodeRole::Orchestrator;
            r.found.insert(node.name, describeInmanta(h, node));
        }
        r.cluster.nodes << node;
    }
    if (!orchestrator)
        r.warnings << Tr::tr("No Inmanta server runs on the orchestrator hosts: choose the "
                             "orchestrator in the table.");

    // Replication as it runs: from the primary's standbys, else a standby's own settings.
    ReplicationSettings &replication = r.cluster.replication;
    for (const HostFacts &h : hosts) {
        if (&h == primary) {
            if (!h.replicas.isEmpty()) {
                replication.user = h.replicas.first().user;
                if (!h.replicas.first().applicationName.isEmpty())
                    replication.applicationName = h.replicas.first().applicationName;
            }
            if (h.physicalSlots.size() == 1)
                replication.slot = h.physicalSlots.first();
            if (h.replicationAuth == QLatin1String("md5") ||
                h.replicationAuth == QLatin1String("scram-sha-256"))
                replication.authMethod = h.replicationAuth;
        } else if (h.inRecovery == true) {
            if (!h.receiverUser.isEmpty() && primary && primary->replicas.isEmpty())
                replication.user = h.receiverUser;
            if (!h.primarySlotName.isEmpty())
                replication.slot = h.primarySlotName;
            if (!h.receiverApplicationName.isEmpty() && primary && primary->replicas.isEmpty())
                replication.applicationName = h.receiverApplicationName;
        }
    }
    return r;
}

} // namespace iha::ClusterImport
