// Runbook: "Configure the master node".
#include "models/ConfigEditors.h"
#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/Preflight.h"
#include "models/procedures/Procedures.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

namespace iha::Procedures {
namespace {

Step roleStep(const Cluster &cluster, const Node &primary, const ProcedureInputs &inputs)
{
    Step role;
    role.description =
        Tr::tr("Create the replication role %1 (REPLICATION LOGIN) from a SCRAM-SHA-256 verifier")
            .arg(cluster.replication.user);
    role.node = primary.name;
    role.runbookSection = kConfigureMaster;
    // Committed locally: with synchronous replication on and no standby streaming, DDL would
    // wait forever (FAULTS 2). Not logged, not even when it fails, and an error is reported
    // without its context, which would quote the statement: it holds the verifier.
    const QString roleSqlTemplate =
        QStringLiteral("\\set VERBOSITY terse\n"
                       "\\set SHOW_CONTEXT never\n"
                       "BEGIN;\n"
                       "SET LOCAL synchronous_commit = local;\n"
                       "SET LOCAL log_statement = 'none';\n"
                       "SET LOCAL log_min_duration_statement = -1;\n"
                       "SET LOCAL log_min_error_statement = panic;\n"
                       "SET LOCAL statement_timeout = '60s';\n"
                       "DO $iha$ BEGIN\n"
                       "  IF EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN\n"
                       "    ALTER ROLE %2 WITH REPLICATION LOGIN PASSWORD %3;\n"
                       "  ELSE\n"
                       "    CREATE ROLE %2 WITH REPLICATION LOGIN PASSWORD %3;\n"
                       "  END IF;\n"
                       "END $iha$;\n"
                       "COMMIT;\n");
    const QString user = cluster.replication.user;
    const QString masked = roleSqlTemplate.arg(
        sqlLiteral(user), sqlIdentifier(user),
        QStringLiteral("'SCRAM-SHA-256$4096:<salt>$<stored key>:<server key>'"));
    role.preview = masked;
    role.check = [primary, cluster, inputs](StepIo &io, bool *done) {
        return roleHasPassword(io, primary, cluster, inputs, done);
    };
    role.act = [primary, inputs, roleSqlTemplate, user, masked](StepIo &io) {
        QString error;
        const QString sql =
            roleSqlTemplate.arg(sqlLiteral(user), sqlIdentifier(user),
                                sqlLiteral(inputs.makeScramVerifier(inputs.replicationPassword)));
        return RemoteOps::sql(io, primary, sql, &error, 90000, masked) ? QString() : error;
    };
    role.verify = [primary, cluster, inputs](StepIo &io) {
        bool done = false;
        const QString error = roleHasPassword(io, primary, cluster, inputs, &done);
        if (!error.isEmpty())
            return error;
        return done ? QString()
                    : Tr::tr("%1: the role %2 does not have the new password")
                          .arg(primary.name, cluster.replication.user);
    };
    return role;
}

Step pgHbaStep(const Node &primary, const QList<PgHba::Rule> &rules)
{
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
    Step step = fileEditStep(
        Tr::tr("Allow replication from both database nodes in %1, then reload").arg(hba), primary,
        hba, kConfigureMaster,
        ruleLines.join(QLatin1Char('\n')) + QStringLiteral("\nsystemctl reload ") +
            primary.postgresOrDefault().service,
        hbaEdit);
    // The rules in the file are not enough: a run stopped between the write and the reload
    // left them unloaded (the file is newer than PostgreSQL's last configuration load).
    step.check = [primary, hba, inFile = step.check](StepIo &io, bool *done) {
        if (QString error = inFile(io, done); !error.isEmpty() || !*done)
            return error;
        return hbaLoaded(io, primary, hba, done);
    };
    // After the reload PostgreSQL keeps the old rules, silently, if the new file is bad: ask
    // it, and put the old file back if so.
    step.act = [primary, hba, act = step.act](StepIo &io) {
        QString error;
        const auto before = RemoteOps::readFile(io, primary.name, hba, &error);
        if (!before)
            return error;
        error = act(io);
        if (!error.isEmpty())
            return error;
        const QString service = primary.postgresOrDefault().service;
        error = RemoteOps::serviceAction(io, primary.name, QStringLiteral("reload"), service);
        if (!error.isEmpty())
            return error;
        const auto problems =
            RemoteOps::sql(io, primary,
                           QStringLiteral("SELECT line_number || ': ' || error FROM "
                                          "pg_hba_file_rules WHERE error IS NOT NULL;\n"),
                           &error);
        if (!problems)
            return error;
        if (problems->isEmpty())
            return QString();
        const auto refused = RemoteOps::readFile(io, primary.name, hba, &error);
        if (RemoteOps::writeFile(io, primary.name, hba, *before, &error) && refused)
            io.fileChanged(primary.name, hba, QString::fromUtf8(*refused),
                           QString::fromUtf8(*before));
        RemoteOps::serviceAction(io, primary.name, QStringLiteral("reload"), service);
        return Tr::tr("%1: PostgreSQL refused the new %2 (%3); the previous file was put "
                      "back and reloaded")
            .arg(primary.name, hba, problems->simplified());
    };
    return step;
}

// Inmanta 18.2 and later stop themselves, and stay down, when their database goes away (a
// restart too): a running Inmanta server is stopped cleanly before the restart and started
// again after it.
// Left on an orchestrator while this tool has its Inmanta server stopped: if the run ends
// before it is started again (a lost connection, a crash), the next run's step starts it.
QString stoppedMark(const QString &cluster)
{
    return RemoteScripts::ownStateDir() + QStringLiteral("/%1.inmanta-stopped").arg(cluster);
}

QString startStoppedServer(StepIo &io, const Node &orchestrator, const QString &cluster)
{
    const QString error = RemoteOps::serviceAction(io, orchestrator.name, QStringLiteral("start"),
                                                   orchestrator.inmantaOrDefault().service);
    if (!error.isEmpty())
        return error;
    return runAsRoot(io, orchestrator.name, Tr::tr("removing the stopped mark"),
                     QStringLiteral("rm -f -- ") + shellQuote(stoppedMark(cluster)));
}

QString restartAround(StepIo &io, const Node &primary, const QList<Node> &orchestrators,
                      const QString &cluster)
{
    QList<Node> stopped;
    QString problem;
    for (const Node &orchestrator : orchestrators) {
        const QString unit = orchestrator.inmantaOrDefault().service;
        QString error;
        const auto active =
            RemoteOps::systemctl(io, orchestrator.name, QStringLiteral("is-active"), unit, &error);
        if (!active) {
            io.note(Tr::tr("%1: whether the Inmanta server runs cannot be told (%2); if "
                           "it does, it may stop itself during the restart")
                        .arg(orchestrator.name, error));
            continue;
        }
        if (*active != 0)
            continue;
        problem = runAsRoot(io, orchestrator.name, Tr::tr("marking the server stopped"),
                            RemoteScripts::ensureOwnStateDir() + QStringLiteral("\ntouch -- ") +
                                shellQuote(stoppedMark(cluster)));
        if (problem.isEmpty())
            problem = RemoteOps::serviceAction(io, orchestrator.name, QStringLiteral("stop"), unit);
        stopped << orchestrator; // started again below, whatever became of the stop
        if (!problem.isEmpty())
            break;
    }
    if (problem.isEmpty())
        problem = RemoteOps::serviceAction(io, primary.name, QStringLiteral("restart"),
                                           primary.postgresOrDefault().service);
    const Uncancellable evenAfterACancel(io); // what was stopped is started again
    for (const Node &orchestrator : std::as_const(stopped)) {
        const QString error = startStoppedServer(io, orchestrator, cluster);
        io.note(error.isEmpty()
                    ? Tr::tr("%1: the Inmanta server was stopped for the restart and "
                             "started again (18.2 and later would have stopped "
                             "themselves)")
                          .arg(orchestrator.name)
                    : Tr::tr("%1: the Inmanta server was stopped for the restart and did "
                             "not start again: %2")
                          .arg(orchestrator.name, error));
        if (problem.isEmpty())
            problem = error;
    }
    return problem;
}

// A run that ended between stopping an Inmanta server and starting it again left its mark:
// the server is started (checked on every run, as the restart itself may be done already).
Step restartedServerStep(const Node &orchestrator, const QString &cluster)
{
    Step step;
    step.description = Tr::tr("The Inmanta server on %1 runs again if this tool stopped it")
                           .arg(orchestrator.name);
    step.node = orchestrator.name;
    step.runbookSection = kConfigureMaster;
    step.preview = QStringLiteral("test -e %1 && systemctl start %2")
                       .arg(stoppedMark(cluster), orchestrator.inmantaOrDefault().service);
    step.check = [orchestrator, cluster](StepIo &io, bool *done) {
        RemoteCommand test;
        test.command = QStringLiteral("test -e ") + shellQuote(stoppedMark(cluster));
        test.asRoot = true;
        const CommandResult result = io.run(orchestrator.name, test);
        if (result.status != CommandResult::Status::Exited || result.exitCode > 1)
            return RemoteOps::describeFailure(orchestrator.name, test.command, result);
        *done = result.exitCode == 1;
        return QString();
    };
    step.act = [orchestrator, cluster](StepIo &io) {
        return startStoppedServer(io, orchestrator, cluster);
    };
    step.verify = [](StepIo &) {
        return QString();
    };
    return step;
}

Step restartStep(const Node &primary, const QList<Node> &orchestrators, const QString &cluster)
{
    Step restart;
    restart.description =
        Tr::tr("Restart PostgreSQL on %1 to apply listen_addresses, wal_level and wal_log_hints")
            .arg(primary.name);
    restart.node = primary.name;
    restart.runbookSection = kConfigureMaster;
    QStringList around;
    for (const Node &orchestrator : orchestrators)
        around << orchestrator.name;
    restart.preview =
        QStringLiteral("SELECT name FROM pg_settings WHERE pending_restart;\nsystemctl restart %1")
            .arg(primary.postgresOrDefault().service);
    if (!around.isEmpty())
        restart.preview = QStringLiteral("systemctl stop %1  (on %2, where it runs)\n%3\n"
                                         "systemctl start %1  (where it was stopped)")
                              .arg(orchestrators.constFirst().inmantaOrDefault().service,
                                   around.join(QLatin1String(", ")), restart.preview);
    // "settings|settings waiting for a restart"
    const QString wanted = QStringLiteral("*|true|on|on|off");
    const auto readSettings = [primary](StepIo &io, QString *live, QString *pending) {
        QString error;
        const auto values = RemoteOps::sql(
            io, primary,
            QStringLiteral("SELECT current_setting('listen_addresses') || '|' || "
                           "(current_setting('wal_level') IN ('replica', 'logical')) || '|' || "
                           "current_setting('synchronous_commit') || '|' || "
                           "current_setting('wal_log_hints') || '|' || "
                           "current_setting('hot_standby') || '#' || "
                           "coalesce((SELECT string_agg(name, ', ' ORDER BY name) FROM "
                           "pg_settings WHERE pending_restart), '');\n"),
            &error);
        if (!values)
            return error;
        *live = values->section(QLatin1Char('#'), 0, 0);
        *pending = values->section(QLatin1Char('#'), 1);
        return QString();
    };
    // The check, which the runner always makes before the restart, names what else it applies.
    restart.check = [readSettings, wanted, primary](StepIo &io, bool *done) {
        QString live;
        QString pending;
        const QString error = readSettings(io, &live, &pending);
        *done = live == wanted && pending.isEmpty();
        if (!pending.isEmpty())
            io.note(Tr::tr("%1: the restart applies every setting changed since the last "
                           "start: %2")
                        .arg(primary.name, pending));
        return error;
    };
    restart.act = [primary, orchestrators, cluster](StepIo &io) {
        return restartAround(io, primary, orchestrators, cluster);
    };
    restart.verify = [readSettings, primary, wanted](StepIo &io) {
        QString live;
        QString pending;
        const QString error = readSettings(io, &live, &pending);
        if (!error.isEmpty())
            return error;
        return live == wanted && pending.isEmpty()
                   ? QString()
                   : Tr::tr("%1: after the restart PostgreSQL runs with listen_addresses, "
                            "wal_level ok, synchronous_commit, wal_log_hints, hot_standby "
                            "= %2 (wanted %3); another file (postgresql.auto.conf?) may "
                            "override them")
                         .arg(primary.name, live, wanted);
    };
    return restart;
}

} // namespace

QString configurePrimary(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    const Node *primaryPtr = cluster.nodeWithRole(NodeRole::Primary);
    if (!primaryPtr)
        return Tr::tr("cluster %1 has no primary node").arg(cluster.name);
    const Node primary = *primaryPtr;
    QString rulesError;
    const QList<PgHba::Rule> rules = replicationRules(cluster, &rulesError);
    if (!rulesError.isEmpty())
        return rulesError;
    plan->procedure = QStringLiteral("configure-primary");
    plan->cluster = cluster.name;
    // The standby's password file is kept in step: it is checked with the primary, before
    // anything changes.
    const Node *standby = cluster.nodeWithRole(NodeRole::Standby);
    addPreflightAndLock(cluster, standby ? QList<Node>{primary, *standby} : QList<Node>{primary},
                        inputs, plan);

    const QString conf = confPath(primary, QStringLiteral("postgresql.conf"));
    plan->steps << fileEditStep(
        Tr::tr("Set the replication settings in %1").arg(conf), primary, conf, kConfigureMaster,
        QStringLiteral("listen_addresses = '*'\nwal_level = replica  (logical is kept)\n"
                       "synchronous_commit = on\nwal_log_hints = on\nhot_standby = off\n"
                       "wal_keep_size = '1GB'  (unless set: the WAL pg_rewind reads)\n"
                       "(synchronous_standby_names = '%1' is set by configure-standby once the "
                       "standby streams)")
            .arg(cluster.replication.applicationName),
        primaryServerSettings);
    const QStringList on{QStringLiteral("on"), QStringLiteral("true"), QStringLiteral("yes"),
                         QStringLiteral("1")};
    const QStringList off{QStringLiteral("off"), QStringLiteral("false"), QStringLiteral("no"),
                          QStringLiteral("0")};
    plan->steps << overridesStep(
        primary,
        {{QStringLiteral("listen_addresses"), QStringLiteral("*"), {}},
         {QStringLiteral("wal_level"), QStringLiteral("replica"), {QStringLiteral("logical")}},
         {QStringLiteral("synchronous_commit"), QStringLiteral("on"), on},
         {QStringLiteral("wal_log_hints"), QStringLiteral("on"), on},
         {QStringLiteral("hot_standby"), QStringLiteral("off"), off}},
        kConfigureMaster);
    plan->steps << roleStep(cluster, primary, inputs);
    // A standby that streams keeps its connection, but would be refused at its next reconnect
    // with the old password in its password file.
    if (standby)
        plan->steps << passwordFileStep(
            Tr::tr("Keep %1's replication password file in step with the role").arg(standby->name),
            *standby, primary, cluster, inputs, /*onlyIfPresent=*/true);
    plan->steps << slotStep(cluster, primary);
    plan->steps << pgHbaStep(primary, rules);
    QList<Node> orchestrators;
    for (const Node &node : cluster.nodes) {
        if (node.role == NodeRole::Orchestrator)
            orchestrators << node;
    }
    plan->steps << restartStep(primary, orchestrators, cluster.name);
    for (const Node &orchestrator : std::as_const(orchestrators))
        plan->steps << restartedServerStep(orchestrator, cluster.name);
    return {};
}

} // namespace iha::Procedures
