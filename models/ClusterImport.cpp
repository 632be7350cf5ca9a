#include "models/ClusterImport.h"

#include "models/ClusterValidator.h"
#include "models/ShellQuote.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <algorithm>

namespace iha::ClusterImport {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterImport)
};

// The running postmaster is the postgres process whose parent is not one: its executable
// names the programs' directory and its working directory is the data directory (the server
// changes into it at start). Settings come from `postgres -C` given the postmaster's own
// arguments (Debian's pg_ctlcluster passes -c config_file=...; fine while the server runs);
// recovery from pg_control (a standby with hot_standby off, as the runbook leaves it, takes no
// query); the service from the postmaster's cgroup, else the first active of the usual unit
// names. The standby's connection string is parsed for its host, user and application name
// only, quotes respected (it may hold a password). A server that ends while it is read fails
// the reading rather than let the next one answer for it. Only psql reads stdin (the SQL).
const char kDatabaseScript[] = R"SH(export LC_ALL=C
echo "hostname=$(hostname -s 2>/dev/null || hostname)"
echo "fqdn=$(hostname -f 2>/dev/null </dev/null || true)"
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
pm=$1
bin=$(dirname -- "$(readlink /proc/$pm/exe)")
data=$(readlink /proc/$pm/cwd)
owner=$(stat -c %U /proc/$pm)
if [ -z "$data" ] || [ "$(head -n 1 -- "$data/postmaster.pid" 2>/dev/null)" != "$pm" ]; then
  echo "the PostgreSQL server (pid $pm) ended while it was read: read again" >&2; exit 1
fi
echo "bin_dir=$bin"
echo "data_dir=$data"
on_path=$(command -v pg_ctl 2>/dev/null || true)
[ -z "$on_path" ] || echo "bin_dir_on_path=$(dirname -- "$(readlink -f -- "$on_path")")"
version=$(cat -- "$data/PG_VERSION" 2>/dev/null || true)
echo "version_num=$((${version:-0} * 10000))"
unit=$(sed -n 's#.*/\([^/]*\)\.service$#\1#p' /proc/$pm/cgroup 2>/dev/null | head -n 1)
case $unit in postgresql*) echo "service=$unit" ;; *)
  for unit in "postgresql@$version-$(basename -- "$data")" "postgresql-$version" postgresql; do
    if systemctl is-active --quiet "$unit" 2>/dev/null </dev/null; then echo "service=$unit"; break; fi
  done ;;
esac
port=$(sed -n 4p -- "$data/postmaster.pid")
echo "port=$port"
socket=$(sed -n 5p -- "$data/postmaster.pid")
setting() {
  tail -z -n +2 /proc/$pm/cmdline | (cd / && xargs -0 runuser -u "$owner" -- "$bin/postgres" -D "$data" -C "$1" 2>/dev/null)
}
echo "config_file=$(setting config_file)"
echo "hba_file=$(setting hba_file)"
state=$(cd / && runuser -u "$owner" -- "$bin/pg_controldata" "$data" 2>/dev/null </dev/null | sed -n 's/^Database cluster state:[[:space:]]*//p')
[ -f "$data/standby.signal" ] && echo "standby_signal=yes"
case $state in
  *recovery*) recovery=t ;;
  "in production") recovery=f ;;
  *) if [ -f "$data/standby.signal" ]; then recovery=t; else recovery=f; fi ;;
esac
echo "in_recovery=$recovery"
if [ "$recovery" = t ]; then
  ci=$(setting primary_conninfo)
  for k in host user application_name; do
    v=$(printf '%s\n' "$ci" | awk -v want="$k" '{
      s = $0; n = length(s); i = 1
      while (i <= n) {
        while (i <= n && substr(s, i, 1) ~ /[ \t]/) i++
        key = ""; while (i <= n && substr(s, i, 1) !~ /[= \t]/) { key = key substr(s, i, 1); i++ }
        while (i <= n && substr(s, i, 1) ~ /[ \t]/) i++
        if (substr(s, i, 1) != "=") exit
        i++
        while (i <= n && substr(s, i, 1) ~ /[ \t]/) i++
        val = ""
        if (substr(s, i, 1) == "\047") {
          i++
          while (i <= n && substr(s, i, 1) != "\047") {
            if (substr(s, i, 1) == "\\") i++
            val = val substr(s, i, 1); i++
          }
          i++
        } else {
          while (i <= n && substr(s, i, 1) !~ /[ \t]/) { val = val substr(s, i, 1); i++ }
        }
        if (key == want) { print val; exit }
      }
    }')
    [ -z "$v" ] || echo "receiver_$k=$v"
  done
  slot=$(setting primary_slot_name)
  [ -z "$slot" ] || echo "primary_slot_name=$slot"
  exit 0
fi
cd / && runuser -u "$owner" -- "$bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -d postgres
)SH";

// What a primary tells of its standbys, slots and replication rule.
const char kDatabaseSql[] =
    R"SQL(SELECT 'replica=' || coalesce(host(client_addr), 'local') || ' ' || usename || ' '
       || sync_state || ' ' || application_name
  FROM pg_stat_replication;
SELECT 'slot=' || slot_name FROM pg_replication_slots WHERE slot_type = 'physical';
SELECT 'database=' || datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres';
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
    QString fromAddress;
    for (const QChar c : host.address)
        fromAddress += c.isLetterOrNumber() && c.unicode() < 128 ? c.toLower() : QLatin1Char('-');
    const QString base =
        (host.database ? QStringLiteral("db-") : QStringLiteral("orch-")) + fromAddress;
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
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

InmantaSettings inmantaOf(const HostFacts &host)
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
    // The server serves TLS once it has a certificate.
    const auto certificate = config.winner(QStringLiteral("server.ssl_cert_file"));
    const bool https = certificate && !certificate->value.isEmpty();
    const auto port = config.winner(QStringLiteral("server.bind_port"));
    const QString bindPort = port ? port->value : QStringLiteral("8888");
    if (https || bindPort != QLatin1String("8888"))
        in.apiUrl = inmantaApiUrl(host.address, bindPort, https);
    return in;
}

// The Inmanta server listens on 127.0.0.1 only unless bind-address says otherwise (a list):
// its API cannot be reached from another machine then.
bool apiReachableFromElsewhere(const HostFacts &host)
{
    const auto bind = host.inmantaConfig.winner(QStringLiteral("server.bind_address"));
    const QStringList addresses = (bind ? bind->value : QStringLiteral("127.0.0.1"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(addresses.begin(), addresses.end(), [&host](const QString &raw) {
        const QString a = raw.trimmed();
        return a == QLatin1String("0.0.0.0") || a == QLatin1String("::") || a == host.address ||
               a.compare(host.hostname, Qt::CaseInsensitive) == 0 ||
               a.compare(host.fqdn, Qt::CaseInsensitive) == 0;
    });
}

// Whether `name` (from a configuration) is this host: its address or one of its names.
bool isNamed(const HostFacts &host, const QString &name)
{
    return !name.isEmpty() &&
           (host.address == name || host.hostname.compare(name, Qt::CaseInsensitive) == 0 ||
            host.fqdn.compare(name, Qt::CaseInsensitive) == 0);
}

QString addressesOf(const QList<const HostFacts *> &hosts)
{
    QStringList addresses;
    for (const HostFacts *h : hosts)
        addresses << h->address;
    return addresses.join(QLatin1String(", "));
}

// The database host an orchestrator's database.cfg names, by address or host name.
const HostFacts *databaseHostNamed(const QString &name, const QList<HostFacts> &hosts)
{
    for (const HostFacts &h : hosts) {
        if (h.database && isNamed(h, name))
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
    // POSIX sh, whatever the login shell (a root login runs the command in root's own shell).
    command.command =
        QStringLiteral("/bin/sh -c ") + shellQuote(QString::fromLatin1(kDatabaseScript));
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
        else if (key == QLatin1String("fqdn"))
            f->fqdn = value;
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
        else if (key == QLatin1String("hba_file"))
            f->hbaFile = value;
        else if (key == QLatin1String("port"))
            f->port = value.toInt();
        else if (key == QLatin1String("version_num"))
            f->versionNum = value.toInt();
        else if (key == QLatin1String("in_recovery"))
            f->inRecovery = value == QLatin1String("t") || value == QLatin1String("true");
        else if (key == QLatin1String("replica")) {
            // address, user, sync state, then the application name (which may hold spaces)
            const QStringList parts = value.split(QLatin1Char(' '));
            if (parts.size() >= 3)
                f->replicas.append(
                    {parts[0], parts[1], parts.mid(3).join(QLatin1Char(' ')), parts[2]});
        } else if (key == QLatin1String("receiver_host"))
            f->senderHost = value;
        else if (key == QLatin1String("receiver_user"))
            f->receiverUser = value;
        else if (key == QLatin1String("receiver_application_name"))
            f->receiverApplicationName = value;
        else if (key == QLatin1String("primary_slot_name"))
            f->primarySlotName = value;
        else if (key == QLatin1String("database"))
            f->databases.append(value);
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

    // The orchestrator: the one whose server runs. Two running ones are named, and neither is
    // chosen: which one is in use only the operator knows.
    QList<const HostFacts *> running;
    for (const HostFacts &h : hosts) {
        if (!h.database && h.inmantaActive)
            running << &h;
    }
    const HostFacts *orchestrator = running.size() == 1 ? running.first() : nullptr;
    if (running.size() > 1)
        r.warnings << Tr::tr("The Inmanta server runs on %1 hosts (%2): two orchestrators. Stop "
                             "all but one, and choose the orchestrator in the table.")
                          .arg(running.size())
                          .arg(addressesOf(running));

    // The primary: the database the running orchestrator uses (all of them, if several agree),
    // else the only one out of recovery that has standbys, else the only one out of recovery.
    QList<const HostFacts *> writable;
    for (const HostFacts &h : hosts) {
        if (h.database && h.inRecovery == false)
            writable << &h;
    }
    const HostFacts *primary = nullptr;
    bool orchestratorDecides = false;
    if (!running.isEmpty()) {
        QSet<QString> named;
        for (const HostFacts *o : std::as_const(running)) {
            const auto dbHost = o->inmantaConfig.winner(QStringLiteral("host"));
            named.insert(dbHost ? dbHost->value : QString());
        }
        const auto dbHost = running.first()->inmantaConfig.winner(QStringLiteral("host"));
        if (named.size() == 1 && dbHost) {
            orchestratorDecides = true;
            primary = databaseHostNamed(dbHost->value, hosts);
            if (!primary) {
                r.warnings << Tr::tr("The Inmanta server uses the database on %1, which is none "
                                     "of the database hosts given: add it, or choose the primary "
                                     "in the table.")
                                  .arg(dbHost->value);
            } else if (!writable.contains(primary)) {
                r.warnings << Tr::tr("The Inmanta server uses the database on %1, which does not "
                                     "accept writes: choose the primary in the table.")
                                  .arg(primary->address);
                primary = nullptr;
            }
        }
    }
    if (!primary && !orchestratorDecides) {
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
            r.warnings << Tr::tr("Several database hosts accept writes (%1) and the orchestrator "
                                 "names none of them: choose the primary in the table.")
                              .arg(addressesOf(writable));
    }
    // Another server that accepts writes is a blank spare, unless it streams to standbys or
    // holds the orchestrator's database: then it is an old primary back, or a split brain.
    const QString inmantaDatabase =
        orchestrator ? inmantaOf(*orchestrator).database : InmantaSettings{}.database;
    if (primary) {
        for (const HostFacts *h : std::as_const(writable)) {
            if (h != primary && (!h->replicas.isEmpty() || h->databases.contains(inmantaDatabase)))
                r.warnings << Tr::tr("%1 accepts writes too and holds the database %2 or has "
                                     "standbys: two primaries? It is imported as a spare; make "
                                     "sure nothing writes to it.")
                                  .arg(h->address, inmantaDatabase);
        }
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
            else if (h.inRecovery == true) {
                node.role = NodeRole::Standby;
                if (primary && !isNamed(*primary, h.senderHost))
                    r.warnings << Tr::tr("%1 is in recovery but streams from %2, not from the "
                                         "primary %3.")
                                      .arg(node.name,
                                           h.senderHost.isEmpty() ? Tr::tr("no host it names")
                                                                  : h.senderHost,
                                           primary->address);
            }
            if (h.postmasters > 0 && h.configFile.isEmpty())
                r.warnings << Tr::tr("Where %1's PostgreSQL reads its configuration could not be "
                                     "read: its configuration directory is left as the data "
                                     "directory; check it.")
                                  .arg(node.name);
            // The procedures change pg_hba.conf beside postgresql.conf, as the runbook does.
            // A relative hba_file is the data directory's.
            if (const QString expected = QDir::cleanPath(node.postgres->effectiveConfigDir() +
                                                         QStringLiteral("/pg_hba.conf"));
                !h.configFile.isEmpty() && !h.hbaFile.isEmpty() &&
                QDir::cleanPath(QDir(h.dataDir).absoluteFilePath(h.hbaFile)) != expected)
                r.warnings << Tr::tr("%1's PostgreSQL reads its client authentication from %2, "
                                     "not from %3, which the procedures change: point hba_file "
                                     "there (or move the file) before running them.")
                                  .arg(node.name, h.hbaFile, expected);
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
            node.inmanta = inmantaOf(h);
            if (&h == orchestrator)
                node.role = NodeRole::Orchestrator;
            if (h.inmantaActive && !apiReachableFromElsewhere(h)) {
                const auto bind = h.inmantaConfig.winner(QStringLiteral("server.bind_address"));
                r.warnings << Tr::tr("The Inmanta server on %1 listens on %2 only: its API "
                                     "cannot be reached from here (status, the failover's "
                                     "checks). Set bind-address in its [server] section to %3 "
                                     "(or 0.0.0.0) and restart it.")
                                  .arg(node.name, bind ? bind->value : QStringLiteral("127.0.0.1"),
                                       h.address);
            }
            r.found.insert(node.name, describeInmanta(h, node));
        }
        r.cluster.nodes << node;
    }
    const bool orchestratorHostsGiven =
        std::any_of(hosts.begin(), hosts.end(), [](const HostFacts &h) { return !h.database; });
    if (running.isEmpty() && orchestratorHostsGiven)
        r.warnings << Tr::tr("No Inmanta server runs on the orchestrator hosts: choose the "
                             "orchestrator in the table.");

    // Replication as it runs: a standby's own settings first (its slot, user and name), else
    // what the primary says of the standby streaming from it (not of a backup tool's stream).
    ReplicationSettings &replication = r.cluster.replication;
    const HostFacts *standby = nullptr;
    for (const HostFacts &h : hosts) {
        if (h.database && h.inRecovery == true &&
            (!standby || (primary && isNamed(*primary, h.senderHost))))
            standby = &h;
    }
    if (primary) {
        for (const Replica &replica : primary->replicas) {
            if (!standby || replica.address == standby->address) {
                replication.user = replica.user;
                if (!replica.applicationName.isEmpty())
                    replication.applicationName = replica.applicationName;
                break;
            }
        }
        if (primary->physicalSlots.size() == 1)
            replication.slot = primary->physicalSlots.first();
        if (primary->replicationAuth == QLatin1String("md5") ||
            primary->replicationAuth == QLatin1String("scram-sha-256"))
            replication.authMethod = primary->replicationAuth;
    }
    if (standby) {
        if (!standby->receiverUser.isEmpty())
            replication.user = standby->receiverUser;
        if (!standby->receiverApplicationName.isEmpty())
            replication.applicationName = standby->receiverApplicationName;
        if (!standby->primarySlotName.isEmpty())
            replication.slot = standby->primarySlotName;
    }
    return r;
}

} // namespace iha::ClusterImport
