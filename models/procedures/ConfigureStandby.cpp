// Runbook: "Configure the standby node" (and its last paragraph of "Add a standby node to a
// newly promoted master node": synchronous replication is turned on once the standby streams).
#include "models/ConfigEditors.h"
#include "models/RemoteOps.h"
#include "models/ShellQuote.h"
#include "models/procedures/Preflight.h"
#include "models/procedures/Procedures.h"
#include "models/procedures/StandbyBuild.h"
#include "models/procedures/StandbyCopy.h"
#include "models/procedures/StandbyJoin.h"
#include "models/procedures/StandbyTarget.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

namespace iha::Procedures {
namespace {

// The steps that rebuild the standby have nothing to do while it streams from the primary,
// nor once an earlier run's copy took the data directory's place (the original kept), nor
// after this run's rewind: a failure in a later step never leads to a new copy over the
// preserved old data.
QString rebuilt(StepIo &io, const Node &standby, const Node &primary, const Cluster &cluster,
                bool rewind, bool *done)
{
    if (QString error = standbyStreams(io, primary, standby, cluster, /*requireSync=*/false, done);
        !error.isEmpty() || *done)
        return error;
    if (rewind) {
        if (QString error = rewoundInPlace(io, standby, cluster.name, done);
            !error.isEmpty() || *done)
            return error;
    }
    return StandbyCopy::copyInPlace(io, standby, primary, done);
}

Step rebuildStep(const QString &description, const Node &standby, const Node &primary,
                 const Cluster &cluster, bool rewind, const QString &preview,
                 std::function<QString(StepIo &)> act, std::function<QString(StepIo &)> verify)
{
    Step step;
    step.description = description;
    step.node = standby.name;
    step.runbookSection = kConfigureStandby;
    step.preview = preview;
    step.check = [standby, primary, cluster, rewind](StepIo &io, bool *done) {
        return rebuilt(io, standby, primary, cluster, rewind, done);
    };
    step.act = std::move(act);
    step.verify = std::move(verify);
    return step;
}

// Before anything is erased: the target's identity against the primary's (FAULTS 13). A wrong
// node picked at 3 a.m., or an old primary that took writes, must not be wiped.
Step targetIdentityStep(const Node &standby, const Node &primary, const ProcedureInputs &inputs,
                        bool oldPrimaryReplaceable)
{
    const QString dataDir = standby.postgresOrDefault().dataDir;
    // One round trip, whether PostgreSQL runs or not; pg_controldata from the folder where the
    // pre-flight finds PostgreSQL's programs (Debian keeps them off the PATH). Relation files
    // numbered from 16384 on are objects made after initdb.
    const QString script =
        QStringLiteral(
            "set -e\n"
            "d=%1\n"
            "if [ ! -f \"$d/PG_VERSION\" ]; then echo data=no; exit 0; fi\n"
            "echo data=yes\n"
            "c=$(LC_ALL=C %2 -D \"$d\")\n"
            "printf '%s\\n' \"$c\" | sed -n -e 's/^Database system identifier: */sysid=/p' "
            "-e 's/^Database cluster state: */state=/p' "
            "-e 's/^Latest checkpoint.s TimeLineID: */timeline=/p'\n"
            "[ -e \"$d/standby.signal\" ] && echo signal=yes || echo signal=no\n"
            "[ -e \"$d/backup_label\" ] && echo label=yes || echo label=no\n"
            "echo databases=$(ls -1 -- \"$d/base\" | wc -l)\n"
            "echo userfiles=$(find \"$d/base\" -type f -name '[0-9]*' | awk -F/ '{ n = $NF; "
            "sub(/[._].*/, \"\", n); if (n + 0 >= 16384) c++ } END { print c + 0 }')\n")
            .arg(shellQuote(dataDir),
                 RemoteOps::postgresProgram(standby, QStringLiteral("pg_controldata")));
    const QString primarySql = primaryIdentitySql();
    Step step;
    step.description = Tr::tr("%1 holds nothing the primary does not have: a standby of "
                              "%2, or a fresh cluster (system identifier and timeline "
                              "compared)")
                           .arg(standby.name, primary.name);
    step.node = standby.name;
    step.preview = QStringLiteral("pg_controldata %1  (system identifier, state, timeline)\n"
                                  "ls %1/base; test -e %1/standby.signal\n%2")
                       .arg(dataDir, primarySql.trimmed());
    step.check = [standby, primary, script, primarySql, oldPrimaryReplaceable,
                  overwrite = inputs.overwriteNode](StepIo &io, bool *done) {
        RemoteCommand command;
        command.command = script;
        command.asRoot = true;
        const CommandResult result = io.run(standby.name, command);
        if (!result.succeeded())
            return RemoteOps::describeFailure(
                standby.name, Tr::tr("reading what its data directory holds"), result);
        const StandbyTargetFacts target = parseStandbyTargetFacts(QString::fromUtf8(result.out));
        QString error;
        const auto primaryId = RemoteOps::sql(io, primary, primarySql, &error, 30000);
        if (!primaryId)
            return error;
        const QString primarySystemId = primaryId->section(QLatin1Char('|'), 0, 0);
        const int primaryTimeline = primaryId->section(QLatin1Char('|'), 1).toInt();
        const QString why =
            whyNotReplaceable(standby.name, target, primarySystemId, primaryTimeline);
        // add-standby: the old primary, fenced by the failover; the new timeline branched off
        // its history, and what it has beyond the branch point no standby ever confirmed.
        const bool oldPrimary = oldPrimaryReplaceable && target.hasData &&
                                target.systemIdentifier == primarySystemId && target.timeline > 0 &&
                                target.timeline < primaryTimeline;
        if (oldPrimary && !why.isEmpty())
            io.note(Tr::tr("%1 is the old primary (system identifier %2, timeline %3 "
                           "before %4's %5): it becomes %4's standby, and what it wrote "
                           "after the failover's branch point, never confirmed by a "
                           "standby, is discarded")
                        .arg(standby.name, primarySystemId)
                        .arg(target.timeline)
                        .arg(primary.name)
                        .arg(primaryTimeline));
        *done = why.isEmpty() || oldPrimary || overwrite == standby.name;
        if (!why.isEmpty() && !oldPrimary && *done)
            io.note(Tr::tr("%1; the operator confirmed that it is erased (--overwrite %2)")
                        .arg(why, standby.name));
        return *done ? QString()
                     : QStringLiteral("REFUSED: ") +
                           Tr::tr("%1. Its data will not be erased. If it must be, run again "
                                  "with --overwrite %2.")
                               .arg(why, standby.name);
    };
    return step;
}

// A wrong password would end up in the standby's password file: check it against the role on
// the primary first.
Step passwordStep(const Node &primary, const Cluster &cluster, const ProcedureInputs &inputs)
{
    Step password;
    password.description = Tr::tr("The stored replication password is the one of role %1 on %2")
                               .arg(cluster.replication.user, primary.name);
    password.node = primary.name;
    password.preview = QStringLiteral("SELECT rolpassword = '<verifier of the stored password>' "
                                      "FROM pg_authid WHERE rolname = '%1';")
                           .arg(cluster.replication.user);
    password.check = [primary, cluster, inputs](StepIo &io, bool *done) {
        const QString error = roleHasPassword(io, primary, cluster, inputs, done);
        if (!error.isEmpty() || *done)
            return error;
        return Tr::tr("%1: the role %2 does not exist, cannot replicate, or has another "
                      "password than the one "
                      "stored (secret replication-password); run configure-primary, or "
                      "store the right password")
            .arg(primary.name, cluster.replication.user);
    };
    return password;
}

// FAULTS 12: the slot serves one standby; another one streaming through it is named.
Step slotFreeStep(const Node &primary, const Node &standby, const Cluster &cluster, bool slotFirst)
{
    Step slotFree;
    slotFree.description = Tr::tr("The slot %1 exists on %2 and serves no other standby")
                               .arg(cluster.replication.slot, primary.name);
    slotFree.node = primary.name;
    slotFree.preview = slotStateSql(cluster.replication.slot).trimmed();
    slotFree.check = [primary, standby, cluster, slotFirst](StepIo &io, bool *done) {
        QString error;
        const auto state =
            RemoteOps::sql(io, primary, slotStateSql(cluster.replication.slot), &error);
        if (!state)
            return error;
        *done = state->isEmpty() && slotFirst; // the run's first step creates it (FAULTS 20)
        if (*done)
            return QString();
        if (state->isEmpty())
            return Tr::tr("%1: the replication slot %2 does not exist; run "
                          "configure-primary first (or add-standby "
                          "after a promotion)")
                .arg(primary.name, cluster.replication.slot);
        const QStringList fields = state->split(QLatin1Char('|'));
        *done = fields.value(0) != QLatin1String("t") || fields.value(2) == standby.address;
        return *done ? QString()
                     : Tr::tr("%1: the slot %2 is in use by another standby (%3, "
                              "application name %4); a slot serves "
                              "one standby")
                           .arg(primary.name, cluster.replication.slot, fields.value(2),
                                fields.value(1));
    };
    return slotFree;
}

} // namespace

QString configureStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    return buildStandby(cluster, inputs, StandbyBuild{}, plan);
}

QString buildStandby(const Cluster &cluster, const ProcedureInputs &inputs,
                     const StandbyBuild &build, Plan *plan)
{
    const Node *primaryPtr = cluster.nodeWithRole(NodeRole::Primary);
    if (!primaryPtr)
        return Tr::tr("cluster %1 has no primary node").arg(cluster.name);
    const Node *standbyPtr = inputs.standbyNode.isEmpty() ? cluster.nodeWithRole(NodeRole::Standby)
                                                          : cluster.findNode(inputs.standbyNode);
    if (!standbyPtr)
        return Tr::tr("cluster %1 has no standby node").arg(cluster.name);
    const Node primary = *primaryPtr;
    const Node standby = *standbyPtr;
    if (standby.name == primary.name || standby.address == primary.address)
        return Tr::tr("%1 is the primary (%2): a standby is never built on top of it")
            .arg(standby.name, standby.address);
    QString rulesError;
    const QList<PgHba::Rule> hbaRules =
        replicationRules(cluster, &rulesError) + inmantaServerRules(cluster, &rulesError);
    if (!rulesError.isEmpty())
        return rulesError;
    plan->procedure = build.procedure;
    plan->cluster = cluster.name;
    addPreflightAndLock(cluster, {primary, standby}, inputs, plan);
    plan->preflight << targetIdentityStep(standby, primary, inputs, build.oldPrimaryReplaceable);
    plan->preflight << StandbyCopy::roomCheck(standby, primary, cluster)
                    << passwordStep(primary, cluster, inputs)
                    << slotFreeStep(primary, standby, cluster, build.slotFirst);
    if (build.slotFirst)
        plan->steps << slotStep(cluster, primary);

    const PostgresSettings pg = standby.postgresOrDefault();
    const QString service = pg.service;
    const QString dataDir = pg.dataDir;
    const QString newDir = StandbyCopy::newPlaceText(dataDir);
    const QString oldDir = StandbyCopy::oldPlaceText(dataDir);
    const QString passfile = passwordFilePath(standby);
    const int primaryPort = primary.postgresOrDefault().port;

    const QString conninfo = Conninfo::format({
        {QStringLiteral("host"), primary.address},
        {QStringLiteral("port"), QString::number(primaryPort)},
        {QStringLiteral("user"), cluster.replication.user},
        // Not the standby's name: a copy still running (a lost connection) must never be taken
        // for the standby streaming, nor become the synchronous one. Step 5 names the standby.
        {QStringLiteral("application_name"), QStringLiteral("inmanta-ha-admin-copy")},
        {QStringLiteral("passfile"), passfile},
        // A primary that freezes or drops off the network mid-copy ends the copy (and later
        // the standby's WAL receiver, which keeps this string) in seconds, not hours.
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("5")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("5")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("30000")},
    });

    // 1. The password file: kept, 0600, owned by postgres, so that the standby streams again
    //    after any restart (pg_basebackup -R records passfile= in primary_conninfo).
    plan->steps << passwordFileStep(
        Tr::tr("Store the replication password for postgres in %1 (mode 0600)").arg(passfile),
        standby, primary, cluster, inputs, /*onlyIfPresent=*/false);

    // add-standby: rewound onto the primary where its history allows; else the copy below.
    if (build.tryRewind)
        plan->steps << rewindStep(standby, primary, cluster, inputs, conninfo);

    // 2. Stop the standby's server before its data is replaced (the runbook forgets to).
    plan->steps << rebuildStep(
        Tr::tr("Stop PostgreSQL on %1 before its data directory is replaced").arg(standby.name),
        standby, primary, cluster, build.tryRewind,
        QStringLiteral("systemctl stop %1").arg(service),
        [standby, service](StepIo &io) {
            return RemoteOps::serviceAction(io, standby.name, QStringLiteral("stop"), service);
        },
        [standby, service](StepIo &io) {
            QString error;
            const auto code = RemoteOps::systemctl(io, standby.name, QStringLiteral("is-active"),
                                                   service, &error);
            return !code        ? error
                   : *code != 0 ? QString()
                                : Tr::tr("%1: PostgreSQL still runs").arg(standby.name);
        });

    // 3. The base backup goes to a folder of its own: the old data stays untouched until the
    //    copy is complete.
    const QString backup = StandbyCopy::backupScript(standby, conninfo, cluster.replication.slot);
    Step copy = rebuildStep(
        Tr::tr("Take a base backup of %1 into %2 (inside %3 when it is a mount point)")
            .arg(primary.name, newDir, dataDir),
        standby, primary, cluster, build.tryRewind, backup,
        [standby, backup, name = cluster.name](StepIo &io) {
            return StandbyCopy::runBackup(io, standby, name, backup);
        },
        [standby](StepIo &io) {
            return runAsRoot(io, standby.name, Tr::tr("checking the copy"),
                             StandbyCopy::placeScript(standby.postgresOrDefault().dataDir) +
                                 QStringLiteral("test -f \"$new/PG_VERSION\" && test -f "
                                                "\"$new/standby.signal\""));
        });
    copy.check = [primary, standby, cluster, oldDir, rewind = build.tryRewind](StepIo &io,
                                                                               bool *done) {
        bool streams = false;
        if (QString error =
                standbyStreams(io, primary, standby, cluster, /*requireSync=*/false, &streams);
            !error.isEmpty() || streams) {
            *done = streams;
            return error;
        }
        bool rewound = false;
        if (QString error =
                rewind ? rewoundInPlace(io, standby, cluster.name, &rewound) : QString();
            !error.isEmpty() || rewound) {
            *done = rewound;
            return error;
        }
        const QString error = StandbyCopy::copyInPlace(io, standby, primary, done);
        if (error.isEmpty() && *done)
            io.note(Tr::tr("%1: the copy an earlier run took is in place, the old data "
                           "kept (%2); it is not copied again. To take a new copy, move "
                           "the old data back or remove it first.")
                        .arg(standby.name, oldDir));
        return error;
    };
    plan->steps << copy;

    // 4. The dangerous step: the copy takes the data directory's place. The old data is kept
    //    until the standby streams; when an earlier run already kept some, that is the
    //    original and stays, and what is in the data directory now (which the pre-flight found
    //    replaceable) goes.
    const QString swap = StandbyCopy::swapScript(dataDir);
    Step replace = rebuildStep(
        Tr::tr(
            "Replace the data directory %1 of %2 with the base backup (the old one is kept as %3, "
            "or as .iha-old inside it when it is a mount point)")
            .arg(dataDir, standby.name, oldDir),
        standby, primary, cluster, build.tryRewind, swap,
        [standby, swap](StepIo &io) {
            return runAsRoot(io, standby.name, Tr::tr("replacing the data directory"), swap);
        },
        [standby, dataDir](StepIo &io) {
            return runAsRoot(io, standby.name, Tr::tr("checking the data directory"),
                             QStringLiteral("test -f %1/standby.signal").arg(shellQuote(dataDir)));
        });
    replace.dangerous = true;
    plan->steps << replace;

    // 5. application_name in primary_conninfo, which the primary's synchronous_standby_names names.
    const QString autoConf = dataDir + QStringLiteral("/postgresql.auto.conf");
    plan->steps << fileEditStep(Tr::tr("Name the standby %1 in primary_conninfo (%2)")
                                    .arg(cluster.replication.applicationName, autoConf),
                                standby, autoConf, kConfigureStandby,
                                QStringLiteral("primary_conninfo = '... application_name=%1'")
                                    .arg(cluster.replication.applicationName),
                                [app = cluster.replication.applicationName](const QString &text) {
                                    return AutoConf::setApplicationName(text, app);
                                });

    // 6. The standby acts alone once promoted: no synchronous standby of its own. It must be
    //    able to serve as the primary: with configuration outside the data directory (Debian),
    //    the base backup did not bring the primary's listen_addresses and pg_hba rules.
    const QString standbyConf = confPath(standby, QStringLiteral("postgresql.conf"));
    plan->steps << fileEditStep(
        Tr::tr("Comment out synchronous_standby_names and set the primary's settings "
               "(hot_standby = off) in %1")
            .arg(standbyConf),
        standby, standbyConf, kConfigureStandby,
        QStringLiteral(
            "#synchronous_standby_names = ...\nlisten_addresses = '*'\n"
            "wal_level = replica  (logical is kept)\nsynchronous_commit = on\n"
            "wal_log_hints = on\nhot_standby = off\nwal_keep_size = '1GB'  (unless set)"),
        [](const QString &text) {
            return primaryServerSettings(
                PostgresqlConf::commentOut(text, QStringLiteral("synchronous_standby_names")));
        });
    const QString standbyHba = confPath(standby, QStringLiteral("pg_hba.conf"));
    QStringList ruleLines;
    for (const PgHba::Rule &rule : std::as_const(hbaRules))
        ruleLines << rule.line();
    plan->steps << fileEditStep(
        Tr::tr("Allow replication and the Inmanta server in %1 (for when %2 is promoted)")
            .arg(standbyHba, standby.name),
        standby, standbyHba, kConfigureStandby, ruleLines.join(QLatin1Char('\n')),
        [hbaRules](const QString &text) {
            QString out = text;
            for (const PgHba::Rule &rule : hbaRules)
                out = PgHba::addRule(out, rule);
            return out;
        });

    // 7. Start and enable; 8. it streams; 9. then, and only then, commits wait for it.
    Step streams = streamsStep(primary, standby, cluster);
    // FAULTS 21: a rewound server that does not stream is never left to look like a standby;
    // without the mark, a resume takes the full copy.
    if (build.tryRewind)
        streams.act = [standby, cluster, wait = streams.act](StepIo &io) {
            const QString problem = wait(io);
            bool rewound = false;
            if (problem.isEmpty() ||
                !rewoundInPlace(io, standby, cluster.name, &rewound).isEmpty() || !rewound)
                return problem;
            const Uncancellable evenAfterACancel(io);
            RemoteOps::serviceAction(io, standby.name, QStringLiteral("stop"),
                                     standby.postgresOrDefault().service);
            const QString forgot = forgetRewind(io, standby, cluster.name);
            return problem + QLatin1Char(' ') +
                   (forgot.isEmpty() ? Tr::tr("The rewound server was stopped; a resume "
                                              "(--resume) takes a full base backup instead.")
                                     : forgot);
        };
    plan->steps << startStep(standby, build.unmask) << streams
                << synchronousStep(primary, standby, cluster);

    // 10. The old data directory goes once the standby streams in sync.
    Step cleanup;
    cleanup.description = Tr::tr("Remove %2's old data directory %1").arg(oldDir, standby.name);
    cleanup.node = standby.name;
    cleanup.runbookSection = kConfigureStandby;
    cleanup.preview = QStringLiteral("rm -rf -- %1").arg(shellQuote(oldDir));
    cleanup.check = [standby](StepIo &io, bool *done) {
        return StandbyCopy::noOldData(io, standby, done);
    };
    cleanup.act = [standby](StepIo &io) {
        return StandbyCopy::removeOldData(io, standby);
    };
    if (build.tryRewind) {
        cleanup.check = [standby, cluster](StepIo &io, bool *done) {
            bool rewound = false;
            if (QString error = rewoundInPlace(io, standby, cluster.name, &rewound);
                !error.isEmpty() || rewound)
                return error;
            return StandbyCopy::noOldData(io, standby, done);
        };
        cleanup.act = [standby, cluster](StepIo &io) {
            if (QString error = StandbyCopy::removeOldData(io, standby); !error.isEmpty())
                return error;
            return forgetRewind(io, standby, cluster.name);
        };
    }
    cleanup.verify = [](StepIo &) {
        return QString();
    };
    plan->steps << cleanup;
    return {};
}

} // namespace iha::Procedures
