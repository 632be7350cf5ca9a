// Runbook: "Add a standby node to a newly promoted master node": the slot first, then the
// standby as "Configure the standby node" builds it, then synchronous replication once it
// streams.
#include "models/ConfigEditors.h"
#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/Procedures.h"
#include "models/procedures/StandbyBuild.h"
#include "models/procedures/StandbyTarget.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

#include <memory>

namespace iha::Procedures {
namespace {

const QString kSection = QStringLiteral("Add a standby node to a newly promoted master node");

QString rewoundMark(const QString &cluster)
{
    return RemoteScripts::ownStateDir() + QStringLiteral("/%1.rewound").arg(cluster);
}

// What pg_rewind needs of the node, from pg_controldata.
struct RewindFacts
{
    QString state;
    QString systemIdentifier;
    int timeline = 0;
    bool hints = false;     // wal_log_hints was on
    bool checksums = false; // data page checksums
};

QString readRewindFacts(StepIo &io, const Node &node, RewindFacts *facts)
{
    RemoteCommand command;
    command.command = QStringLiteral("LC_ALL=C %1 -D %2")
                          .arg(RemoteOps::postgresProgram(node, QStringLiteral("pg_controldata")),
                               shellQuote(node.postgresOrDefault().dataDir));
    command.asRoot = true;
    const CommandResult result = io.run(node.name, command);
    if (!result.succeeded())
        return RemoteOps::describeFailure(node.name, QStringLiteral("pg_controldata"), result);
    for (const QString &line : QString::fromUtf8(result.out).split(QLatin1Char('\n'))) {
        const QString key = line.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString value = line.section(QLatin1Char(':'), 1).trimmed();
        if (key == QLatin1String("Database cluster state"))
            facts->state = value;
        else if (key == QLatin1String("Database system identifier"))
            facts->systemIdentifier = value;
        else if (key == QLatin1String("Latest checkpoint's TimeLineID"))
            facts->timeline = value.toInt();
        else if (key == QLatin1String("wal_log_hints setting"))
            facts->hints = value == QLatin1String("on");
        else if (key == QLatin1String("Data page checksum version"))
            facts->checksums = value != QLatin1String("0");
    }
    return {};
}

// pg_rewind reads the primary's files through SQL: a login to the postgres database with
// EXECUTE on four functions (PostgreSQL's documented set for a non-superuser). The replication
// role may copy every file by pg_basebackup already; this gives it nothing new to read.
QString allowRewindFrom(StepIo &io, const Node &primary, const Node &standby,
                        const Cluster &cluster)
{
    const QString role = sqlIdentifier(cluster.replication.user);
    QString error;
    if (!RemoteOps::sql(
            io, primary,
            QStringLiteral(
                "BEGIN;\nSET LOCAL synchronous_commit = local;\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_ls_dir(text, boolean, boolean) "
                "TO %1;\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_stat_file(text, boolean) TO %1;\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text) TO %1;\n"
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text, bigint, "
                "bigint, boolean) TO %1;\nCOMMIT;\n")
                .arg(role),
            &error))
        return error;
    const PgHba::Rule rule{QStringLiteral("host"), QStringLiteral("postgres"),
                           cluster.replication.user, PgHba::hostAddress(standby.address),
                           cluster.replication.authMethod};
    const QString hba = confPath(primary, QStringLiteral("pg_hba.conf"));
    const auto text = RemoteOps::readFile(io, primary.name, hba, &error);
    if (!text)
        return error;
    if (PgHba::hasRule(QString::fromUtf8(*text), rule)) {
        bool loaded = false;
        if (error = hbaLoaded(io, primary, hba, &loaded); !error.isEmpty() || loaded)
            return error;
        return RemoteOps::serviceAction(io, primary.name, QStringLiteral("reload"),
                                        primary.postgresOrDefault().service);
    }
    const auto backup = RemoteOps::editFile(
        io, primary.name, hba, [rule](const QString &t) { return PgHba::addRule(t, rule); },
        &error);
    if (!backup)
        return error;
    io.note(Tr::tr("%1: %2 lets %3 read it for pg_rewind; the old file is %4")
                .arg(primary.name, hba, standby.name, *backup));
    return RemoteOps::serviceAction(io, primary.name, QStringLiteral("reload"),
                                    primary.postgresOrDefault().service);
}

// The script that rewinds: a crashed old primary is recovered alone first (pg_rewind wants a
// clean shutdown; single-user mode takes no connections); the node's own configuration files
// are kept aside and put back, as pg_rewind copies the primary's over them. Prints
// "rewind=done" or "rewind=<why not>"; the temporary password file goes whatever happens.
QString rewindScript(const Node &standby, const QString &keep, const QString &passfile,
                     const QString &source)
{
    const PostgresSettings pg = standby.postgresOrDefault();
    return QStringLiteral(
               "cd /\nd=%1; c=%2; b=%3; k=%4; p=%5\n"
               "trap 'rm -f -- \"$p\"' EXIT\n"
               "s=$(LC_ALL=C \"$b/pg_controldata\" -D \"$d\" | sed -n 's/^Database cluster state: "
               "*//p')\n"
               "if [ \"$s\" != 'shut down' ]; then\n"
               "  runuser -u postgres -- \"$b/postgres\" --single -D \"$d\" -c "
               "config_file=\"$c/postgresql.conf\" postgres </dev/null >/dev/null 2>&1 || "
               "{ echo 'rewind=the crash recovery in single-user mode failed'; exit 0; }\n"
               "fi\n"
               "rm -rf -- \"$k\"; mkdir -m 700 -- \"$k\"\n"
               "for f in postgresql.conf pg_hba.conf pg_ident.conf; do [ -e \"$c/$f\" ] && "
               "cp -p -- \"$c/$f\" \"$k/$f\"; done\n"
               "if out=$(runuser -u postgres -- \"$b/pg_rewind\" -D \"$d\" --source-server=%6 "
               "--no-ensure-shutdown 2>&1); then r=done; else "
               "r=\"pg_rewind failed: $(printf '%s' \"$out\" | tail -n 3 | tr '\\n' ' ')\"; fi\n"
               "for f in postgresql.conf pg_hba.conf pg_ident.conf; do [ -e \"$k/$f\" ] && "
               "cp -p -- \"$k/$f\" \"$c/$f\"; done\n"
               "rm -rf -- \"$k\"\n"
               "[ \"$r\" = done ] && install -o postgres -g postgres -m 0600 /dev/null "
               "\"$d/standby.signal\"\n"
               "echo \"rewind=$r\"\n")
        .arg(shellQuote(pg.dataDir), shellQuote(pg.effectiveConfigDir()),
             RemoteOps::postgresBinDir(standby), shellQuote(keep), shellQuote(passfile),
             shellQuote(source));
}

} // namespace

QString rewoundInPlace(StepIo &io, const Node &standby, const QString &cluster, bool *rewound)
{
    RemoteCommand test;
    test.command =
        QStringLiteral("test -e %1 && test -e %2/standby.signal")
            .arg(shellQuote(rewoundMark(cluster)), shellQuote(standby.postgresOrDefault().dataDir));
    test.asRoot = true;
    const CommandResult result = io.run(standby.name, test);
    if (result.status != CommandResult::Status::Exited || result.exitCode > 1)
        return RemoteOps::describeFailure(standby.name, Tr::tr("looking for the rewind"), result);
    *rewound = result.exitCode == 0;
    return {};
}

QString forgetRewind(StepIo &io, const Node &standby, const QString &cluster)
{
    return runAsRoot(io, standby.name, Tr::tr("removing the rewind mark"),
                     QStringLiteral("rm -f -- ") + shellQuote(rewoundMark(cluster)));
}

Step rewindStep(const Node &standby, const Node &primary, const Cluster &cluster,
                const ProcedureInputs &inputs, const QString &conninfo)
{
    const PostgresSettings pg = standby.postgresOrDefault();
    const QString passfile = passwordFilePath(standby) + QStringLiteral(".rewind");
    const QString source = Conninfo::format({
        {QStringLiteral("host"), primary.address},
        {QStringLiteral("port"), QString::number(primary.postgresOrDefault().port)},
        {QStringLiteral("user"), cluster.replication.user},
        {QStringLiteral("dbname"), QStringLiteral("postgres")},
        {QStringLiteral("passfile"), passfile},
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
    });
    const QString script = rewindScript(
        standby,
        RemoteScripts::ownStateDir() + QStringLiteral("/%1.config-before-rewind").arg(cluster.name),
        passfile, source);
    // Why the rewind was not done in this run, if it was not: the copy steps do the work.
    const auto fellBack = std::make_shared<QString>();
    Step step;
    step.description = Tr::tr("Rewind %1 onto %2 with pg_rewind where its history allows "
                              "(else the full copy below does the work)")
                           .arg(standby.name, primary.name);
    step.node = standby.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("pg_controldata: same system identifier, an earlier timeline, "
                                  "wal_log_hints or checksums\n"
                                  "GRANT EXECUTE ON pg_ls_dir, pg_stat_file, pg_read_binary_file "
                                  "TO %1 (on %2; and a pg_hba.conf rule for database postgres)\n"
                                  "systemctl stop %3\n")
                       .arg(cluster.replication.user, primary.name, pg.service) +
                   script +
                   QStringLiteral("primary_conninfo, primary_slot_name in postgresql.auto.conf");
    step.check = [standby, primary, cluster](StepIo &io, bool *done) {
        if (QString error =
                standbyStreams(io, primary, standby, cluster, /*requireSync=*/false, done);
            !error.isEmpty() || *done)
            return error;
        return rewoundInPlace(io, standby, cluster.name, done);
    };
    step.act = [standby, primary, cluster, inputs, conninfo, script, passfile, pg,
                fellBack](StepIo &io) {
        fellBack->clear();
        RewindFacts facts;
        if (QString error = readRewindFacts(io, standby, &facts); !error.isEmpty())
            return error;
        QString error;
        const auto identity = RemoteOps::sql(io, primary, primaryIdentitySql(), &error, 30000);
        if (!identity)
            return error;
        const QString primaryId = identity->section(QLatin1Char('|'), 0, 0);
        const int primaryTimeline = identity->section(QLatin1Char('|'), 1).toInt();
        if (facts.systemIdentifier != primaryId)
            *fellBack = Tr::tr("it is not a copy of %1's cluster").arg(primary.name);
        else if (facts.timeline <= 0 || facts.timeline >= primaryTimeline)
            *fellBack = Tr::tr("its timeline %1 is not before %2's %3")
                            .arg(facts.timeline)
                            .arg(primary.name)
                            .arg(primaryTimeline);
        else if (!facts.hints && !facts.checksums)
            *fellBack = Tr::tr("neither wal_log_hints nor data checksums were on there");
        if (fellBack->isEmpty()) {
            if (error = allowRewindFrom(io, primary, standby, cluster); !error.isEmpty())
                return error;
            if (error =
                    RemoteOps::serviceAction(io, standby.name, QStringLiteral("stop"), pg.service);
                !error.isEmpty())
                return error;
            // For pg_rewind's login to database postgres (the standby's own password file is
            // for replication connections), removed by the script.
            RemoteCommand secret;
            secret.command = RemoteScripts::writeSecretFile(passfile, QStringLiteral("postgres"));
            secret.input = passwordFileLine(primary.address, primary.postgresOrDefault().port,
                                            cluster.replication.user, inputs.replicationPassword,
                                            QStringLiteral("postgres"))
                               .toUtf8();
            secret.asRoot = true;
            if (const CommandResult written = io.run(standby.name, secret); !written.succeeded())
                return RemoteOps::describeFailure(standby.name, Tr::tr("writing a password file"),
                                                  written);
            RemoteCommand rewind;
            rewind.command = script;
            rewind.asRoot = true;
            rewind.timeoutMs = 1800000;
            const CommandResult result = io.run(standby.name, rewind);
            if (!result.succeeded())
                return RemoteOps::describeFailure(standby.name, QStringLiteral("pg_rewind"),
                                                  result);
            const QString outcome =
                QString::fromUtf8(result.out).section(QStringLiteral("rewind="), 1).trimmed();
            if (outcome != QLatin1String("done"))
                *fellBack = outcome;
        }
        if (!fellBack->isEmpty()) {
            io.note(Tr::tr("%1 is not rewound: %2. A full base backup follows.")
                        .arg(standby.name, *fellBack));
            return QString();
        }
        // A standby of the primary: its conninfo and slot in postgresql.auto.conf (the file
        // pg_rewind brought is the primary's).
        const QString autoConf = pg.dataDir + QStringLiteral("/postgresql.auto.conf");
        const auto backup = RemoteOps::editFile(
            io, standby.name, autoConf,
            [conninfo, slot = cluster.replication.slot](const QString &text) {
                return PostgresqlConf::set(
                    PostgresqlConf::set(text, QStringLiteral("primary_conninfo"), conninfo),
                    QStringLiteral("primary_slot_name"), slot);
            },
            &error);
        if (!backup)
            return error;
        io.note(Tr::tr("%1 rewound onto %2 (pg_rewind); its own configuration files were "
                       "put back")
                    .arg(standby.name, primary.name));
        return runAsRoot(
            io, standby.name, Tr::tr("marking the rewind"),
            RemoteScripts::ensureOwnStateDir() +
                QStringLiteral("\necho %1 > %2")
                    .arg(shellQuote(primaryId), shellQuote(rewoundMark(cluster.name))));
    };
    step.verify = [standby, cluster, fellBack](StepIo &io) {
        if (!fellBack->isEmpty())
            return QString();
        bool rewound = false;
        if (QString error = rewoundInPlace(io, standby, cluster.name, &rewound); !error.isEmpty())
            return error;
        return rewound ? QString()
                       : Tr::tr("%1: no standby.signal after pg_rewind").arg(standby.name);
    };
    return step;
}

QString addStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    if (inputs.standbyNode.isEmpty())
        return Tr::tr("add-standby needs the node to add: --node NODE");
    const Node *node = cluster.findNode(inputs.standbyNode);
    if (!node)
        return Tr::tr("no node %1 in cluster %2").arg(inputs.standbyNode, cluster.name);
    if (node->role == NodeRole::Primary || node->role == NodeRole::Orchestrator)
        return Tr::tr("%1 is the cluster's %2: it cannot become a standby")
            .arg(node->name, roleName(node->role));
    if (!node->postgres)
        return Tr::tr("%1 has no postgres settings in the cluster file: it runs no "
                      "PostgreSQL")
            .arg(node->name);
    for (const Node *other : cluster.nodesWithRole(NodeRole::Standby)) {
        if (other->name != node->name)
            return Tr::tr("%1 is the cluster's standby already; the replication slot "
                          "serves one standby (make %1 a spare or retired first)")
                .arg(other->name);
    }
    // The plan sees the node as the standby it is about to become.
    Cluster target = cluster;
    for (Node &each : target.nodes) {
        if (each.name == node->name)
            each.role = NodeRole::Standby;
    }
    StandbyBuild build;
    build.procedure = QStringLiteral("add-standby");
    build.slotFirst = true;
    build.oldPrimaryReplaceable = true;
    build.unmask = true;
    build.tryRewind = true;
    if (QString error = buildStandby(target, inputs, build, plan); !error.isEmpty())
        return error;
    plan->rolesAfter = [name = node->name] {
        return QList<QPair<QString, NodeRole>>{qMakePair(name, NodeRole::Standby)};
    };
    return {};
}

} // namespace iha::Procedures
