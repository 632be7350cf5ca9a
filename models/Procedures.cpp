#include "models/Procedures.h"

#include "models/ConfigEditors.h"
#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

namespace iha::Procedures {
namespace {

const QString kConfigureMaster = QStringLiteral("Configure the master node");
const QString kConfigureStandby = QStringLiteral("Configure the standby node");

QString sqlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString sqlIdentifier(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString confPath(const Node &node, const QString &file)
{
    return node.postgresOrDefault().effectiveConfigDir() + QLatin1Char('/') + file;
}

// The same content change, used by check (is there anything to change?) and act.
using Edit = std::function<QString(const QString &)>;

Step fileEditStep(const QString &description, const Node &node, const QString &path,
                  const QString &section, const QString &preview, const Edit &edit)
{
    Step step;
    step.description = description;
    step.node = node.name;
    step.runbookSection = section;
    step.preview = preview;
    step.check = [node, path, edit](StepIo &io, bool *done) {
        QString error;
        const auto content = RemoteOps::readFile(io, node.name, path, &error);
        if (!content)
            return error;
        *done = edit(QString::fromUtf8(*content)) == QString::fromUtf8(*content);
        return QString();
    };
    step.act = [node, path, edit](StepIo &io) {
        QString error;
        const auto content = RemoteOps::readFile(io, node.name, path, &error);
        if (!content)
            return error;
        const auto backup = RemoteOps::writeFile(
            io, node.name, path, edit(QString::fromUtf8(*content)).toUtf8(), &error);
        if (!backup)
            return error;
        io.note(QStringLiteral("%1: %2 changed; the old file is %3").arg(node.name, path, *backup));
        return QString();
    };
    step.verify = [node, path, edit](StepIo &io) {
        QString error;
        const auto content = RemoteOps::readFile(io, node.name, path, &error);
        if (!content)
            return error;
        return edit(QString::fromUtf8(*content)) == QString::fromUtf8(*content)
                   ? QString()
                   : QStringLiteral("%1: %2 does not hold the change after writing it")
                         .arg(node.name, path);
    };
    return step;
}

QString primaryConfEdit(const QString &text, const Cluster &cluster)
{
    QString out = text;
    out = PostgresqlConf::set(out, QStringLiteral("listen_addresses"), QStringLiteral("*"));
    out = PostgresqlConf::set(out, QStringLiteral("wal_level"), QStringLiteral("replica"));
    out = PostgresqlConf::set(out, QStringLiteral("synchronous_commit"), QStringLiteral("on"));
    out = PostgresqlConf::set(out, QStringLiteral("synchronous_standby_names"),
                              cluster.replication.applicationName);
    out = PostgresqlConf::set(out, QStringLiteral("hot_standby"), QStringLiteral("off"));
    return out;
}

QList<PgHba::Rule> replicationRules(const Cluster &cluster, QString *error)
{
    QList<PgHba::Rule> rules;
    for (const Node &node : cluster.nodes) {
        if (!isDatabaseRole(node.role))
            continue;
        const QString address = PgHba::hostAddress(node.address);
        if (address.isEmpty()) {
            *error = QStringLiteral("%1: \"%2\" is not an IP address; pg_hba.conf needs one for "
                                    "the replication rule")
                         .arg(node.name, node.address);
            return {};
        }
        rules << PgHba::Rule{QStringLiteral("host"), QStringLiteral("replication"),
                             cluster.replication.user, address, cluster.replication.authMethod};
    }
    return rules;
}

// The SQL that reads what the role looks like now: replication, login, stored password.
QString roleStateSql(const QString &user)
{
    return QStringLiteral("SELECT rolreplication, rolcanlogin, coalesce(rolpassword, '') FROM "
                          "pg_authid WHERE rolname = %1;\n")
        .arg(sqlLiteral(user));
}

QString checkRole(StepIo &io, const Node &primary, const Cluster &cluster,
                  const ProcedureInputs &inputs, bool *done)
{
    QString error;
    const auto state = RemoteOps::sql(io, primary, roleStateSql(cluster.replication.user), &error);
    if (!state)
        return error;
    const QStringList fields = state->split(QLatin1Char('|'));
    *done = fields.size() == 3 && fields.at(0) == QLatin1String("t") &&
            fields.at(1) == QLatin1String("t") &&
            inputs.scramMatches(fields.at(2), inputs.replicationPassword);
    return {};
}

QString slotStateSql(const QString &slot)
{
    return QStringLiteral("SELECT s.active, coalesce(r.application_name, ''), "
                          "coalesce(host(r.client_addr), '')"
                          " FROM pg_replication_slots s LEFT JOIN pg_stat_replication r ON r.pid = "
                          "s.active_pid"
                          " WHERE s.slot_name = %1;\n")
        .arg(sqlLiteral(slot));
}

Step reachStep(const Node &node)
{
    Step step;
    step.description = QStringLiteral("%1 answers over SSH and root is available").arg(node.name);
    step.node = node.name;
    step.preview = QStringLiteral("id -u (as root)");
    step.check = [node](StepIo &io, bool *done) {
        RemoteCommand command;
        command.command = QStringLiteral("id -u");
        command.asRoot = true;
        command.timeoutMs = 30000;
        const CommandResult result = io.run(node.name, command);
        if (!result.succeeded())
            return result.error.isEmpty()
                       ? RemoteOps::describeFailure(node.name, QStringLiteral("id -u"), result)
                       : result.error;
        *done = result.out.trimmed() == "0";
        return *done ? QString()
                     : QStringLiteral("%1: the command did not run as root").arg(node.name);
    };
    return step;
}

Step binariesStep(const Node &node)
{
    Step step;
    step.description = QStringLiteral("PostgreSQL's programs are on %1").arg(node.name);
    step.node = node.name;
    step.preview = RemoteScripts::findPostgresBinaries(node.postgresOrDefault().binDir);
    step.check = [node](StepIo &io, bool *done) {
        RemoteCommand command;
        command.command = RemoteScripts::findPostgresBinaries(node.postgresOrDefault().binDir);
        const CommandResult result = io.run(node.name, command);
        *done = result.succeeded();
        return *done ? QString()
                     : RemoteOps::describeFailure(
                           node.name,
                           QStringLiteral("finding PostgreSQL's programs (set postgres.binDir)"),
                           result);
    };
    return step;
}

} // namespace

QString lockPath(const Cluster &cluster)
{
    return QStringLiteral("/var/tmp/inmanta-ha-admin.%1.lock").arg(cluster.name);
}

void addPreflightAndLock(const Cluster &cluster, const QList<Node> &nodes,
                         const ProcedureInputs &inputs, Plan *plan)
{
    for (const Node &node : nodes) {
        plan->preflight << reachStep(node);
        if (node.postgres)
            plan->preflight << binariesStep(node);
    }
    const Node *primaryPtr = cluster.nodeWithRole(NodeRole::Primary);
    if (!primaryPtr)
        return;
    const Node primary = *primaryPtr;
    Step isPrimary;
    isPrimary.description = QStringLiteral("%1 is the primary: running, not in recovery, with the "
                                           "data directory of the cluster file")
                                .arg(primary.name);
    isPrimary.node = primary.name;
    isPrimary.preview = QStringLiteral("SELECT pg_is_in_recovery();");
    isPrimary.check = [primary](StepIo &io, bool *done) {
        QString error;
        const auto inRecovery = RemoteOps::sql(
            io, primary, QStringLiteral("SELECT pg_is_in_recovery();\n"), &error, 30000);
        if (!inRecovery)
            return QStringLiteral("%1 (is PostgreSQL running there?)").arg(error);
        if (*inRecovery != QLatin1String("f"))
            return QStringLiteral(
                       "%1 is in recovery: it is a standby, not the primary the cluster file says")
                .arg(primary.name);
        // The server that answers must be the one the cluster file describes.
        const auto dataDir =
            RemoteOps::sql(io, primary, QStringLiteral("SHOW data_directory;\n"), &error, 30000);
        if (!dataDir)
            return error;
        *done = *dataDir == primary.postgresOrDefault().dataDir;
        return *done ? QString()
                     : QStringLiteral("%1: PostgreSQL runs with data directory %2, the cluster "
                                      "file says %3 (postgres.dataDir)")
                           .arg(primary.name, *dataDir, primary.postgresOrDefault().dataDir);
    };
    plan->preflight << isPrimary;

    // The lock: a file created only if absent (set -C), naming its holder. A run that is
    // resumed holds it already.
    const QString path = lockPath(cluster);
    const QString holder =
        QStringLiteral("%1 since %2, run %3")
            .arg(inputs.operatorName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 inputs.runId);
    Step lock;
    lock.description =
        QStringLiteral("Take the cluster lock on %1 (one operator at a time)").arg(primary.name);
    lock.node = primary.name;
    lock.preview = QStringLiteral("set -C; echo '<operator, time, run>' > %1").arg(path);
    lock.check = [primary, path, holder, runId = inputs.runId,
                  clusterName = cluster.name](StepIo &io, bool *done) {
        RemoteCommand command;
        command.command = QStringLiteral("f=%1; if (set -C; printf '%s\\n' %2 >\"$f\") "
                                         "2>/dev/null; then exit 0; fi; cat \"$f\"; "
                                         "grep -qF %3 \"$f\" && exit 0; exit 75")
                              .arg(shellQuote(path), shellQuote(holder),
                                   shellQuote(QStringLiteral("run ") + runId));
        command.asRoot = true;
        const CommandResult result = io.run(primary.name, command);
        *done = result.succeeded();
        if (*done)
            return QString();
        if (result.status == CommandResult::Status::Exited && result.exitCode == 75)
            return QStringLiteral("cluster %1 is locked by %2. If that run is over, remove %3 on "
                                  "%4 and try again.")
                .arg(clusterName, QString::fromUtf8(result.out).trimmed(), path, primary.name);
        return RemoteOps::describeFailure(primary.name, QStringLiteral("taking the cluster lock"),
                                          result);
    };
    plan->preflight << lock;
    plan->finally = [primary, path, runId = inputs.runId](StepIo &io) {
        RemoteCommand command;
        command.command =
            QStringLiteral("f=%1; grep -qF %2 \"$f\" 2>/dev/null && rm -f \"$f\"; exit 0")
                .arg(shellQuote(path), shellQuote(QStringLiteral("run ") + runId));
        command.asRoot = true;
        io.run(primary.name, command);
    };
}

QString passwordFilePath(const Node &standby)
{
    return QFileInfo(standby.postgresOrDefault().dataDir).path() +
           QStringLiteral("/.pgpass-inmanta-ha");
}

QString passwordFileLine(const QString &host, int port, const QString &user,
                         const QString &password)
{
    const auto escape = [](QString field) {
        field.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        field.replace(QLatin1Char(':'), QLatin1String("\\:"));
        return field;
    };
    return QStringLiteral("%1:%2:replication:%3:%4\n")
        .arg(escape(host))
        .arg(port)
        .arg(escape(user), escape(password));
}

QString configurePrimary(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    const Node *primaryPtr = cluster.nodeWithRole(NodeRole::Primary);
    if (!primaryPtr)
        return QStringLiteral("cluster %1 has no primary node").arg(cluster.name);
    const Node primary = *primaryPtr;
    QString rulesError;
    const QList<PgHba::Rule> rules = replicationRules(cluster, &rulesError);
    if (!rulesError.isEmpty())
        return rulesError;
    plan->procedure = QStringLiteral("configure-primary");
    plan->cluster = cluster.name;
    addPreflightAndLock(cluster, {primary}, inputs, plan);

    const QString conf = confPath(primary, QStringLiteral("postgresql.conf"));
    plan->steps << fileEditStep(
        QStringLiteral("Set the replication settings in %1").arg(conf), primary, conf,
        kConfigureMaster,
        QStringLiteral("listen_addresses = '*'\nwal_level = replica\nsynchronous_commit = on\n"
                       "synchronous_standby_names = '%1'\nhot_standby = off")
            .arg(cluster.replication.applicationName),
        [cluster](const QString &text) { return primaryConfEdit(text, cluster); });

    Step role;
    role.description =
        QStringLiteral(
            "Create the replication role %1 (REPLICATION LOGIN) from a SCRAM-SHA-256 verifier")
            .arg(cluster.replication.user);
    role.node = primary.name;
    role.runbookSection = kConfigureMaster;
    const QString roleSqlTemplate =
        QStringLiteral("BEGIN;\n"
                       "SET LOCAL synchronous_commit = local;\n"
                       "SET LOCAL log_statement = 'none';\n"
                       "SET LOCAL log_min_duration_statement = -1;\n"
                       "SET LOCAL statement_timeout = '60s';\n"
                       "DO $iha$ BEGIN\n"
                       "  IF EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN\n"
                       "    ALTER ROLE %2 WITH REPLICATION LOGIN PASSWORD %3;\n"
                       "  ELSE\n"
                       "    CREATE ROLE %2 WITH REPLICATION LOGIN PASSWORD %3;\n"
                       "  END IF;\n"
                       "END $iha$;\n"
                       "COMMIT;\n");
    role.preview = roleSqlTemplate.arg(
        sqlLiteral(cluster.replication.user), sqlIdentifier(cluster.replication.user),
        QStringLiteral("'SCRAM-SHA-256$4096:<salt>$<stored key>:<server key>'"));
    role.check = [primary, cluster, inputs](StepIo &io, bool *done) {
        return checkRole(io, primary, cluster, inputs, done);
    };
    role.act = [primary, cluster, inputs, roleSqlTemplate](StepIo &io) {
        QString error;
        const QString sql = roleSqlTemplate.arg(
            sqlLiteral(cluster.replication.user), sqlIdentifier(cluster.replication.user),
            sqlLiteral(inputs.makeScramVerifier(inputs.replicationPassword)));
        return RemoteOps::sql(io, primary, sql, &error, 90000) ? QString() : error;
    };
    role.verify = [primary, cluster, inputs](StepIo &io) {
        bool done = false;
        const QString error = checkRole(io, primary, cluster, inputs, &done);
        if (!error.isEmpty())
            return error;
        return done ? QString()
                    : QStringLiteral("%1: the role %2 does not have the new password")
                          .arg(primary.name, cluster.replication.user);
    };
    plan->steps << role;

    Step slot;
    slot.description =
        QStringLiteral("Create the physical replication slot %1 (an existing one is reused)")
            .arg(cluster.replication.slot);
    slot.node = primary.name;
    slot.runbookSection = kConfigureMaster;
    slot.preview = QStringLiteral("SELECT * FROM pg_create_physical_replication_slot('%1');")
                       .arg(cluster.replication.slot);
    const auto slotExists = [primary, cluster](StepIo &io, bool *exists) {
        QString error;
        const auto state =
            RemoteOps::sql(io, primary, slotStateSql(cluster.replication.slot), &error);
        if (!state)
            return error;
        *exists = !state->isEmpty();
        return QString();
    };
    slot.check = slotExists;
    slot.act = [primary, cluster](StepIo &io) {
        QString error;
        return RemoteOps::sql(io, primary,
                              QStringLiteral("SELECT pg_create_physical_replication_slot(%1);\n")
                                  .arg(sqlLiteral(cluster.replication.slot)),
                              &error)
                   ? QString()
                   : error;
    };
    slot.verify = [slotExists, primary, cluster](StepIo &io) {
        bool exists = false;
        const QString error = slotExists(io, &exists);
        return !error.isEmpty() ? error
               : exists         ? QString()
                                : QStringLiteral("%1: the slot %2 is missing")
                              .arg(primary.name, cluster.replication.slot);
    };
    plan->steps << slot;

    const QString hba = confPath(primary, QStringLiteral("pg_hba.conf"));
    const auto hbaEdit = [rules](const QString &text) {
        QString out = text;
        for (const PgHba::Rule &rule : rules)
            out = PgHba::addRule(out, rule);
        return out;
    };
    QStringList ruleLines;
    for (const PgHba::Rule &rule : rules)
        ruleLines << rule.line();
    Step hbaStep = fileEditStep(
        QStringLiteral("Allow replication from both database nodes in %1, then reload").arg(hba),
        primary, hba, kConfigureMaster,
        ruleLines.join(QLatin1Char('\n')) + QStringLiteral("\nsystemctl reload ") +
            primary.postgresOrDefault().service,
        hbaEdit);
    // After the reload PostgreSQL keeps the old rules, silently, if the new file is bad: ask
    // it, and put the old file back if so.
    hbaStep.act = [primary, hba, hbaEdit, act = hbaStep.act](StepIo &io) {
        QString error;
        const auto before = RemoteOps::readFile(io, primary.name, hba, &error);
        if (!before)
            return error;
        error = act(io);
        if (!error.isEmpty())
            return error;
        const QString service = primary.postgresOrDefault().service;
        if (const auto code =
                RemoteOps::systemctl(io, primary.name, QStringLiteral("reload"), service, &error);
            !code || *code != 0)
            return error.isEmpty()
                       ? QStringLiteral("%1: systemctl reload %2 failed").arg(primary.name, service)
                       : error;
        const auto problems =
            RemoteOps::sql(io, primary,
                           QStringLiteral("SELECT line_number || ': ' || error FROM "
                                          "pg_hba_file_rules WHERE error IS NOT NULL;\n"),
                           &error);
        if (!problems)
            return error;
        if (problems->isEmpty())
            return QString();
        RemoteOps::writeFile(io, primary.name, hba, *before, &error);
        RemoteOps::systemctl(io, primary.name, QStringLiteral("reload"), service, &error);
        return QStringLiteral("%1: PostgreSQL refused the new %2 (%3); the previous file was put "
                              "back and reloaded")
            .arg(primary.name, hba, problems->simplified());
    };
    plan->steps << hbaStep;

    Step restart;
    restart.description =
        QStringLiteral("Restart PostgreSQL on %1 to apply wal_level and listen_addresses")
            .arg(primary.name);
    restart.node = primary.name;
    restart.runbookSection = kConfigureMaster;
    restart.preview =
        QStringLiteral("systemctl restart %1").arg(primary.postgresOrDefault().service);
    const QString wanted =
        QStringLiteral("*|replica|on|%1|off").arg(cluster.replication.applicationName);
    const auto settingsLive = [primary, wanted](StepIo &io, bool *live) {
        QString error;
        const auto values = RemoteOps::sql(
            io, primary,
            QStringLiteral("SELECT current_setting('listen_addresses') || '|' || "
                           "current_setting('wal_level') || '|' || "
                           "current_setting('synchronous_commit') || '|' || "
                           "current_setting('synchronous_standby_names') "
                           "|| '|' || current_setting('hot_standby') || '|' || "
                           "(SELECT count(*) FROM pg_settings WHERE pending_restart);\n"),
            &error);
        if (!values)
            return error;
        *live = *values == wanted + QStringLiteral("|0");
        return QString();
    };
    restart.check = settingsLive;
    restart.act = [primary](StepIo &io) {
        QString error;
        const QString service = primary.postgresOrDefault().service;
        const auto code =
            RemoteOps::systemctl(io, primary.name, QStringLiteral("restart"), service, &error);
        if (!code)
            return error;
        return *code == 0 ? QString()
                          : QStringLiteral("%1: systemctl restart %2 failed (exit code %3)")
                                .arg(primary.name, service)
                                .arg(*code);
    };
    restart.verify = [settingsLive, primary, wanted](StepIo &io) {
        bool live = false;
        const QString error = settingsLive(io, &live);
        return !error.isEmpty() ? error
               : live           ? QString()
                                : QStringLiteral(
                                      "%1: after the restart PostgreSQL does not show the settings (%2); "
                                                "another file (postgresql.auto.conf?) may override them")
                            .arg(primary.name, wanted);
    };
    plan->steps << restart;
    return {};
}

namespace {

// The replication status of one standby as its primary sees it: "state|sync_state", or empty.
QString replicationStateSql(const Cluster &cluster)
{
    return QStringLiteral("SELECT state || '|' || sync_state FROM pg_stat_replication WHERE "
                          "application_name = %1;\n")
        .arg(sqlLiteral(cluster.replication.applicationName));
}

// True when the standby streams synchronously from the primary: then the steps that rebuild
// it have nothing to do.
QString standbyStreams(StepIo &io, const Node &primary, const Cluster &cluster, bool *streams)
{
    QString error;
    const auto state = RemoteOps::sql(io, primary, replicationStateSql(cluster), &error, 30000);
    if (!state)
        return error;
    *streams = *state == QLatin1String("streaming|sync");
    return {};
}

Step rebuildStep(const QString &description, const Node &standby, const Node &primary,
                 const Cluster &cluster, const QString &preview,
                 std::function<QString(StepIo &)> act, std::function<QString(StepIo &)> verify)
{
    Step step;
    step.description = description;
    step.node = standby.name;
    step.runbookSection = kConfigureStandby;
    step.preview = preview;
    step.check = [primary, cluster](StepIo &io, bool *done) {
        return standbyStreams(io, primary, cluster, done);
    };
    step.act = std::move(act);
    step.verify = std::move(verify);
    return step;
}

QString runAsRoot(StepIo &io, const QString &node, const QString &what, const QString &script,
                  int timeoutMs = 600000, const QByteArray &input = {})
{
    RemoteCommand command;
    command.command = script;
    command.asRoot = true;
    command.timeoutMs = timeoutMs;
    command.input = input;
    const CommandResult result = io.run(node, command);
    return result.succeeded() ? QString() : RemoteOps::describeFailure(node, what, result);
}

} // namespace

QString configureStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    const Node *primaryPtr = cluster.nodeWithRole(NodeRole::Primary);
    if (!primaryPtr)
        return QStringLiteral("cluster %1 has no primary node").arg(cluster.name);
    const Node *standbyPtr = inputs.standbyNode.isEmpty() ? cluster.nodeWithRole(NodeRole::Standby)
                                                          : cluster.findNode(inputs.standbyNode);
    if (!standbyPtr)
        return QStringLiteral("cluster %1 has no standby node").arg(cluster.name);
    const Node primary = *primaryPtr;
    const Node standby = *standbyPtr;
    if (standby.name == primary.name || standby.address == primary.address)
        return QStringLiteral("%1 is the primary (%2): a standby is never built on top of it")
            .arg(standby.name, standby.address);
    plan->procedure = QStringLiteral("configure-standby");
    plan->cluster = cluster.name;
    addPreflightAndLock(cluster, {primary, standby}, inputs, plan);

    const PostgresSettings pg = standby.postgresOrDefault();
    const QString service = pg.service;
    const QString dataDir = pg.dataDir;
    const QString newDir = dataDir + QStringLiteral(".iha-new");
    const QString oldDir = dataDir + QStringLiteral(".iha-old");
    const QString passfile = passwordFilePath(standby);
    const int primaryPort = primary.postgresOrDefault().port;

    // Before anything is erased: the target must not be a primary in use (a wrong node picked
    // at 3 a.m. must not wipe production), and it must have room for a copy.
    Step notPrimary;
    notPrimary.description =
        QStringLiteral(
            "%1 is not a primary in use (no replication clients, no Inmanta connections)")
            .arg(standby.name);
    notPrimary.node = standby.name;
    notPrimary.preview =
        QStringLiteral("SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication), "
                       "(SELECT count(*) FROM pg_stat_activity WHERE datname = 'inmanta');");
    notPrimary.check = [standby, service](StepIo &io, bool *done) {
        QString error;
        const auto active =
            RemoteOps::systemctl(io, standby.name, QStringLiteral("is-active"), service, &error);
        if (!active)
            return error;
        if (*active != 0) { // not running: nothing can be using it
            *done = true;
            return QString();
        }
        const auto state = RemoteOps::sql(
            io, standby,
            QStringLiteral("SELECT pg_is_in_recovery() || '|' || (SELECT count(*) FROM "
                           "pg_stat_replication) || '|' || "
                           "(SELECT count(*) FROM pg_stat_activity WHERE datname = 'inmanta');\n"),
            &error, 30000);
        if (!state) {
            // A standby with hot_standby = off refuses connections: it is in recovery.
            *done =
                error.contains(QLatin1String("not yet accepting connections"),
                               Qt::CaseInsensitive) ||
                error.contains(QLatin1String("hot standby mode is disabled"), Qt::CaseInsensitive);
            return *done ? QString() : error;
        }
        const QStringList fields = state->split(QLatin1Char('|'));
        *done = fields.value(0) == QLatin1String("true") ||
                (fields.value(1) == QLatin1String("0") && fields.value(2) == QLatin1String("0"));
        return *done
                   ? QString()
                   : QStringLiteral(
                         "REFUSED: %1 looks like a primary in use (%2 replication clients, %3 "
                         "connections to the "
                         "inmanta database); its data will not be erased. Check the cluster file.")
                         .arg(standby.name, fields.value(1), fields.value(2));
    };
    plan->preflight << notPrimary;

    Step room;
    room.description =
        QStringLiteral("%1 has room for a copy of %2's data").arg(standby.name, primary.name);
    room.node = standby.name;
    room.preview =
        QStringLiteral("df --output=avail %1; SELECT sum(pg_database_size(oid)) FROM pg_database;")
            .arg(QFileInfo(dataDir).path());
    room.check = [standby, primary, dataDir](StepIo &io, bool *done) {
        QString error;
        const auto size = RemoteOps::sql(
            io, primary, QStringLiteral("SELECT sum(pg_database_size(oid)) FROM pg_database;\n"),
            &error, 30000);
        if (!size)
            return error;
        RemoteCommand df;
        df.command = QStringLiteral("df -B1 --output=avail -- %1 | tail -n 1")
                         .arg(shellQuote(QFileInfo(dataDir).path()));
        const CommandResult free = io.run(standby.name, df);
        if (!free.succeeded())
            return RemoteOps::describeFailure(standby.name, QStringLiteral("df"), free);
        const qint64 needed = size->toLongLong() * 12 / 10 + 64 * 1024 * 1024; // WAL and slack
        bool numeric = false;
        const qint64 available = free.out.trimmed().toLongLong(&numeric);
        if (!numeric)
            return QStringLiteral("%1: cannot tell the free space next to %2 (df said: %3)")
                .arg(standby.name, dataDir, QString::fromUtf8(free.out + free.err).simplified());
        *done = available >= needed;
        return *done
                   ? QString()
                   : QStringLiteral("%1 has %2 MB free next to %3; a copy of %4 needs about %5 MB")
                         .arg(standby.name)
                         .arg(available / 1000000)
                         .arg(dataDir, primary.name)
                         .arg(needed / 1000000);
    };
    plan->preflight << room;

    // A wrong password would end up in the standby's password file: check it against the
    // role's verifier on the primary first (nothing secret travels for that).
    Step password;
    password.description =
        QStringLiteral("The stored replication password is the one of role %1 on %2")
            .arg(cluster.replication.user, primary.name);
    password.node = primary.name;
    password.preview = roleStateSql(cluster.replication.user).trimmed();
    password.check = [primary, cluster, inputs](StepIo &io, bool *done) {
        const QString error = checkRole(io, primary, cluster, inputs, done);
        if (!error.isEmpty() || *done)
            return error;
        return QStringLiteral("%1: the role %2 does not exist, cannot replicate, or has another "
                              "password than the one "
                              "stored (secret replication-password); run configure-primary, or "
                              "store the right password")
            .arg(primary.name, cluster.replication.user);
    };
    plan->preflight << password;

    // FAULTS 12: the slot serves one standby; another one streaming through it is named.
    Step slotFree;
    slotFree.description = QStringLiteral("The slot %1 exists on %2 and serves no other standby")
                               .arg(cluster.replication.slot, primary.name);
    slotFree.node = primary.name;
    slotFree.preview = slotStateSql(cluster.replication.slot).trimmed();
    slotFree.check = [primary, standby, cluster](StepIo &io, bool *done) {
        QString error;
        const auto state =
            RemoteOps::sql(io, primary, slotStateSql(cluster.replication.slot), &error);
        if (!state)
            return error;
        if (state->isEmpty())
            return QStringLiteral("%1: the replication slot %2 does not exist; run "
                                  "configure-primary first (or add-standby "
                                  "after a promotion)")
                .arg(primary.name, cluster.replication.slot);
        const QStringList fields = state->split(QLatin1Char('|'));
        *done = fields.value(0) != QLatin1String("t") || fields.value(2) == standby.address;
        return *done ? QString()
                     : QStringLiteral("%1: the slot %2 is in use by another standby (%3, "
                                      "application name %4); a slot serves "
                                      "one standby")
                           .arg(primary.name, cluster.replication.slot, fields.value(2),
                                fields.value(1));
    };
    plan->preflight << slotFree;

    // 1. The password file: kept, 0600, owned by postgres, so that the standby streams again
    //    after any restart (pg_basebackup -R records passfile= in primary_conninfo).
    Step pass;
    pass.description =
        QStringLiteral("Store the replication password for postgres in %1 (mode 0600)")
            .arg(passfile);
    pass.node = standby.name;
    pass.runbookSection = kConfigureStandby;
    pass.preview = QStringLiteral("%1:%2:replication:%3:<replication password>")
                       .arg(primary.address)
                       .arg(primaryPort)
                       .arg(cluster.replication.user);
    const QString line = passwordFileLine(primary.address, primaryPort, cluster.replication.user,
                                          inputs.replicationPassword);
    // Compared by checksum: the file's content (the password) never travels back.
    const QByteArray expected =
        QCryptographicHash::hash(line.toUtf8(), QCryptographicHash::Sha256).toHex();
    const auto passfileOk = [standby, passfile, expected](StepIo &io, bool *ok) {
        RemoteCommand command;
        command.command =
            QStringLiteral("stat -c '%U %a' -- %1 && sha256sum < %1").arg(shellQuote(passfile));
        command.asRoot = true;
        const CommandResult result = io.run(standby.name, command);
        *ok = result.succeeded() && result.out == "postgres 600\n" + expected + "  -\n";
        return QString();
    };
    pass.check = passfileOk;
    pass.act = [standby, passfile, line](StepIo &io) {
        QString error;
        if (!RemoteOps::writeFile(io, standby.name, passfile, line.toUtf8(), &error,
                                  /*keepBackup=*/false))
            return error;
        return runAsRoot(io, standby.name,
                         QStringLiteral("setting owner and mode of %1").arg(passfile),
                         QStringLiteral("chown postgres:postgres -- %1 && chmod 0600 -- %1")
                             .arg(shellQuote(passfile)));
    };
    pass.verify = [passfileOk, standby, passfile](StepIo &io) {
        bool ok = false;
        passfileOk(io, &ok);
        return ok ? QString()
                  : QStringLiteral("%1: %2 is not as written").arg(standby.name, passfile);
    };
    plan->steps << pass;

    // 2. Stop the standby's server before its data is replaced (the runbook forgets to).
    plan->steps << rebuildStep(
        QStringLiteral("Stop PostgreSQL on %1 before its data directory is replaced")
            .arg(standby.name),
        standby, primary, cluster, QStringLiteral("systemctl stop %1").arg(service),
        [standby, service](StepIo &io) {
            QString error;
            const auto code =
                RemoteOps::systemctl(io, standby.name, QStringLiteral("stop"), service, &error);
            return !code ? error
                   : *code == 0
                       ? QString()
                       : QStringLiteral("%1: systemctl stop %2 failed").arg(standby.name, service);
        },
        [standby, service](StepIo &io) {
            QString error;
            const auto code = RemoteOps::systemctl(io, standby.name, QStringLiteral("is-active"),
                                                   service, &error);
            return !code        ? error
                   : *code != 0 ? QString()
                                : QStringLiteral("%1: PostgreSQL still runs").arg(standby.name);
        });

    // 3. The base backup goes to a folder of its own: the old data stays untouched until the
    //    copy is complete.
    const QString conninfo =
        QStringLiteral("host=%1 port=%2 user=%3 application_name=%4 passfile=%5")
            .arg(primary.address)
            .arg(primaryPort)
            .arg(cluster.replication.user, cluster.replication.applicationName, passfile);
    // The folder is made by root for postgres: its parent need not be writable by postgres.
    const QString backup =
        QStringLiteral(
            "rm -rf -- %1 && install -d -o postgres -g postgres -m 0700 -- %1 && cd / && "
            "runuser -u postgres -- %2 -d %3 -w -X stream -R -S %4 -D %1")
            .arg(shellQuote(newDir),
                 shellQuote(RemoteOps::postgresProgram(standby, QStringLiteral("pg_basebackup"))),
                 shellQuote(conninfo), shellQuote(cluster.replication.slot));
    plan->steps << rebuildStep(
        QStringLiteral("Take a base backup of %1 into %2").arg(primary.name, newDir), standby,
        primary, cluster, backup,
        [standby, backup, newDir](StepIo &io) {
            const QString error =
                runAsRoot(io, standby.name, QStringLiteral("pg_basebackup"), backup, 0);
            if (!error.isEmpty())
                runAsRoot(io, standby.name, QStringLiteral("removing the partial copy"),
                          QStringLiteral("rm -rf -- %1").arg(shellQuote(newDir)));
            return error.isEmpty()
                       ? QString()
                       : error + QStringLiteral(" The standby's data directory was not touched.");
        },
        [standby, newDir](StepIo &io) {
            return runAsRoot(io, standby.name, QStringLiteral("checking the copy"),
                             QStringLiteral("test -f %1/PG_VERSION && test -f %1/standby.signal")
                                 .arg(shellQuote(newDir)));
        });

    // 4. The dangerous step: the old data directory is moved aside (kept until the standby
    //    streams), the copy takes its place.
    const QString swap =
        QStringLiteral(
            "set -e; d=%1; if mountpoint -q \"$d\"; then echo \"$d is a mount point: replace its "
            "content by hand\" >&2; exit 1; fi; rm -rf -- %2; mv -- \"$d\" %2; mv -- %3 \"$d\"; "
            "chmod 0700 \"$d\"")
            .arg(shellQuote(dataDir), shellQuote(oldDir), shellQuote(newDir));
    Step replace = rebuildStep(
        QStringLiteral(
            "Replace the data directory %1 of %2 with the base backup (the old one is moved to %3)")
            .arg(dataDir, standby.name, oldDir),
        standby, primary, cluster, swap,
        [standby, swap](StepIo &io) {
            return runAsRoot(io, standby.name, QStringLiteral("replacing the data directory"),
                             swap);
        },
        [standby, dataDir](StepIo &io) {
            return runAsRoot(io, standby.name, QStringLiteral("checking the data directory"),
                             QStringLiteral("test -f %1/standby.signal").arg(shellQuote(dataDir)));
        });
    replace.dangerous = true;
    plan->steps << replace;

    // 5. application_name in primary_conninfo, which the primary's synchronous_standby_names names.
    const QString autoConf = dataDir + QStringLiteral("/postgresql.auto.conf");
    plan->steps << fileEditStep(QStringLiteral("Name the standby %1 in primary_conninfo (%2)")
                                    .arg(cluster.replication.applicationName, autoConf),
                                standby, autoConf, kConfigureStandby,
                                QStringLiteral("primary_conninfo = '... application_name=%1'")
                                    .arg(cluster.replication.applicationName),
                                [app = cluster.replication.applicationName](const QString &text) {
                                    return AutoConf::setApplicationName(text, app);
                                });

    // 6. The standby acts alone once promoted: no synchronous standby of its own.
    const QString standbyConf = confPath(standby, QStringLiteral("postgresql.conf"));
    plan->steps << fileEditStep(
        QStringLiteral("Comment out synchronous_standby_names and set hot_standby = off in %1")
            .arg(standbyConf),
        standby, standbyConf, kConfigureStandby,
        QStringLiteral("#synchronous_standby_names = ...\nhot_standby = off"),
        [](const QString &text) {
            return PostgresqlConf::set(
                PostgresqlConf::commentOut(text, QStringLiteral("synchronous_standby_names")),
                QStringLiteral("hot_standby"), QStringLiteral("off"));
        });

    // 7. Start and enable.
    Step startStep;
    startStep.description = QStringLiteral("Start and enable PostgreSQL on %1").arg(standby.name);
    startStep.node = standby.name;
    startStep.runbookSection = kConfigureStandby;
    startStep.preview = QStringLiteral("systemctl start %1\nsystemctl enable %1").arg(service);
    const auto runningAndEnabled = [standby, service](StepIo &io, bool *done) {
        QString error;
        const auto active =
            RemoteOps::systemctl(io, standby.name, QStringLiteral("is-active"), service, &error);
        const auto enabled =
            RemoteOps::systemctl(io, standby.name, QStringLiteral("is-enabled"), service, &error);
        if (!active || !enabled)
            return error;
        *done = *active == 0 && *enabled == 0;
        return QString();
    };
    startStep.check = runningAndEnabled;
    startStep.act = [standby, service](StepIo &io) {
        return runAsRoot(
            io, standby.name, QStringLiteral("starting PostgreSQL"),
            QStringLiteral("systemctl start %1 && systemctl enable %1").arg(shellQuote(service)));
    };
    startStep.verify = [runningAndEnabled, standby](StepIo &io) {
        bool done = false;
        const QString error = runningAndEnabled(io, &done);
        return !error.isEmpty() ? error
               : done
                   ? QString()
                   : QStringLiteral("%1: PostgreSQL is not running and enabled").arg(standby.name);
    };
    plan->steps << startStep;

    // 8. The end state the runbook is for: synchronous streaming, the slot in use.
    Step streams;
    streams.description =
        QStringLiteral("Check on %1 that %2 streams synchronously through slot %3")
            .arg(primary.name, standby.name, cluster.replication.slot);
    streams.node = primary.name;
    streams.runbookSection = kConfigureStandby;
    streams.preview = replicationStateSql(cluster).trimmed();
    streams.check = [primary, cluster](StepIo &io, bool *done) {
        return standbyStreams(io, primary, cluster, done);
    };
    streams.act = [primary, cluster](StepIo &io) {
        for (int i = 0; i < 60 && !io.cancelled(); ++i) {
            bool ok = false;
            const QString error = standbyStreams(io, primary, cluster, &ok);
            if (!error.isEmpty())
                return error;
            if (ok)
                return QString();
            RemoteCommand pause;
            pause.command = QStringLiteral("sleep 1");
            io.run(primary.name, pause);
        }
        return QStringLiteral("%1: after 60 s the standby does not stream synchronously "
                              "(pg_stat_replication shows no %2 "
                              "in state streaming / sync); look at the standby's PostgreSQL log")
            .arg(primary.name, cluster.replication.applicationName);
    };
    streams.verify = [primary, cluster](StepIo &io) {
        QString error;
        const auto active = RemoteOps::sql(
            io, primary,
            QStringLiteral("SELECT active FROM pg_replication_slots WHERE slot_name = %1;\n")
                .arg(sqlLiteral(cluster.replication.slot)),
            &error);
        if (!active)
            return error;
        return *active == QLatin1String("t") ? QString()
                                             : QStringLiteral("%1: the slot %2 is not in use")
                                                   .arg(primary.name, cluster.replication.slot);
    };
    plan->steps << streams;

    // 9. The old data directory goes once the standby streams.
    Step cleanup;
    cleanup.description =
        QStringLiteral("Remove %2's old data directory %1").arg(oldDir, standby.name);
    cleanup.node = standby.name;
    cleanup.runbookSection = kConfigureStandby;
    cleanup.preview = QStringLiteral("rm -rf -- %1").arg(shellQuote(oldDir));
    cleanup.check = [standby, oldDir](StepIo &io, bool *done) {
        RemoteCommand test;
        test.command = QStringLiteral("test -e %1").arg(shellQuote(oldDir));
        test.asRoot = true;
        const CommandResult result = io.run(standby.name, test);
        *done = result.status == CommandResult::Status::Exited && result.exitCode == 1;
        return QString();
    };
    cleanup.act = [standby, oldDir](StepIo &io) {
        return runAsRoot(io, standby.name, QStringLiteral("removing the old data directory"),
                         QStringLiteral("rm -rf -- %1").arg(shellQuote(oldDir)));
    };
    cleanup.verify = [](StepIo &) {
        return QString();
    };
    plan->steps << cleanup;
    return {};
}

} // namespace iha::Procedures
