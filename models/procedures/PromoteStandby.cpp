// Runbook: "Promote a standby node to the new master node".
#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/Fencing.h"
#include "models/procedures/Preflight.h"
#include "models/procedures/Promotion.h"
#include "models/procedures/StandbyTarget.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

#include <memory>

namespace iha::Procedures::Promotion {

const QString kSection = QStringLiteral("Promote a standby node to the new master node");

namespace {

const QStringList kReplicationSettings = {QStringLiteral("primary_conninfo"),
                                          QStringLiteral("primary_slot_name")};

// "state|timeline" of the node's control file: pg_controldata works whether PostgreSQL runs or
// not, and in recovery (a standby with hot_standby = off takes no connections).
QString controlState(StepIo &io, const Node &node, QString *state, int *timeline)
{
    RemoteCommand command;
    command.command =
        QStringLiteral("LC_ALL=C %1 -D %2 | sed -n -e 's/^Database cluster state: */state=/p' "
                       "-e 's/^Latest checkpoint.s TimeLineID: */timeline=/p'")
            .arg(RemoteOps::postgresProgram(node, QStringLiteral("pg_controldata")),
                 shellQuote(node.postgresOrDefault().dataDir));
    command.asRoot = true;
    const CommandResult result = io.run(node.name, command);
    if (!result.succeeded())
        return RemoteOps::describeFailure(node.name, QStringLiteral("pg_controldata"), result);
    const StandbyTargetFacts facts = parseStandbyTargetFacts(QString::fromUtf8(result.out));
    *state = facts.clusterState;
    *timeline = facts.timeline;
    return state->isEmpty()
               ? Tr::tr("%1: pg_controldata did not say the cluster's state").arg(node.name)
               : QString();
}

bool leftRecovery(const QString &state)
{
    return state == QLatin1String("in production");
}

bool inRecovery(const QString &state)
{
    return state == QLatin1String("in archive recovery") ||
           state == QLatin1String("shut down in recovery");
}

// The timeline of the WAL the server writes now.
QString currentTimeline(StepIo &io, const Node &node, int *timeline)
{
    QString error;
    const auto identity = RemoteOps::sql(io, node, primaryIdentitySql(), &error, 30000);
    if (!identity)
        return error;
    *timeline = identity->section(QLatin1Char('|'), 1).toInt();
    return {};
}

Step standbyStateStep(const Node &standby)
{
    Step step;
    step.description =
        Tr::tr("%1 is a standby (in recovery), or was promoted already").arg(standby.name);
    step.node = standby.name;
    step.preview = QStringLiteral("pg_controldata %1").arg(standby.postgresOrDefault().dataDir);
    step.check = [standby](StepIo &io, bool *done) {
        QString state;
        int timeline = 0;
        if (QString error = controlState(io, standby, &state, &timeline); !error.isEmpty())
            return error;
        *done = inRecovery(state) || leftRecovery(state);
        if (leftRecovery(state))
            io.note(Tr::tr("%1 left recovery already (pg_controldata: %2, timeline %3): "
                           "the promotion is done, the steps after it are checked")
                        .arg(standby.name, state)
                        .arg(timeline));
        return *done ? QString()
                     : Tr::tr("%1: its data directory is %2, not a standby's; it cannot "
                              "be promoted")
                           .arg(standby.name, state);
    };
    return step;
}

Step dataAtRiskStep(const Node &old, const Node &standby, const ProcedureInputs &inputs)
{
    Step step;
    step.description =
        Tr::tr("No commit %1 acknowledged is missing on %2, or the operator accepts it")
            .arg(old.name, standby.name);
    step.node = standby.name;
    step.preview = QStringLiteral("the last sample of pg_stat_replication on record "
                                  "(sync_state, flush position)");
    step.acceptsDataLoss = true;
    step.check = [old, standby, inputs](StepIo &io, bool *done) {
        QString words;
        const bool atRisk = dataAtRisk(old, standby, inputs, &words);
        const QDateTime sampled = inputs.lastSample ? inputs.lastSample->time : QDateTime();
        const bool seen = !inputs.dataLossSampleSeen || *inputs.dataLossSampleSeen == sampled;
        *done = !atRisk || (inputs.acceptDataLoss && seen);
        if (!*done && inputs.acceptDataLoss)
            return kOperatorWordNeeded +
                   Tr::tr("%1 This sample is newer than the one accepted: to promote anyway, "
                          "%2 again (recorded in the audit log).")
                       .arg(words, inputs.word.toAcceptDataLoss);
        if (!*done)
            return kOperatorWordNeeded +
                   Tr::tr("%1 To promote anyway, %2 (recorded in the audit log).")
                       .arg(words, inputs.word.toAcceptDataLoss);
        io.note(atRisk ? Tr::tr("ACCEPTED by %1 %2: %3")
                             .arg(inputs.operatorName, inputs.word.dataLossAccepted, words)
                       : words);
        return QString();
    };
    return step;
}

Step promoteStep(const Node &old, const Node &standby, const ProcedureInputs &inputs)
{
    const PostgresSettings pg = standby.postgresOrDefault();
    const auto timelineBefore = std::make_shared<int>(0);
    Step step;
    step.description =
        Tr::tr("Promote %1 (pg_ctl promote) once %2 is proven fenced, and wait until it "
               "leaves recovery")
            .arg(standby.name, old.name);
    step.node = standby.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("(fencing of %1 and the data at risk judged again)\n"
                                  "sudo su - postgres -c 'pg_ctl promote -w -D %2'\n"
                                  "SELECT pg_is_in_recovery();")
                       .arg(old.name, pg.dataDir);
    step.check = [standby, timelineBefore](StepIo &io, bool *done) {
        QString state;
        if (QString error = controlState(io, standby, &state, timelineBefore.get());
            !error.isEmpty())
            return error;
        *done = leftRecovery(state);
        return QString();
    };
    step.act = [old, standby, inputs, pg](StepIo &io) {
        // What was true in the pre-flight may not be any more: an old primary that came back.
        if (QString error = Fencing::confirmFenced(io, old, standby, true, inputs);
            !error.isEmpty())
            return error;
        QString words;
        if (dataAtRisk(old, standby, inputs, &words) && !inputs.acceptDataLoss)
            return words;
        // pg_ctl, not systemctl: Debian's "postgresql" unit is active while its cluster is down.
        RemoteCommand status;
        status.command = QStringLiteral("cd / && runuser -u postgres -- %1 status -D %2 >/dev/null")
                             .arg(RemoteOps::postgresProgram(standby, QStringLiteral("pg_ctl")),
                                  shellQuote(pg.dataDir));
        status.asRoot = true;
        const CommandResult running = io.run(standby.name, status);
        if (running.status != CommandResult::Status::Exited ||
            (running.exitCode != 0 && running.exitCode != 3))
            return RemoteOps::describeFailure(standby.name, QStringLiteral("pg_ctl status"),
                                              running);
        QString error;
        if (running.exitCode == 3) {
            io.note(Tr::tr("%1: PostgreSQL was not running; it is started (in recovery) "
                           "to be promoted")
                        .arg(standby.name));
            if (error =
                    RemoteOps::serviceAction(io, standby.name, QStringLiteral("start"), pg.service);
                !error.isEmpty())
                return error;
        }
        error =
            runAsRoot(io, standby.name, QStringLiteral("pg_ctl promote"),
                      QStringLiteral("cd / && runuser -u postgres -- %1 promote -w -t 120 -D %2")
                          .arg(RemoteOps::postgresProgram(standby, QStringLiteral("pg_ctl")),
                               shellQuote(pg.dataDir)),
                      150000);
        if (!error.isEmpty())
            return error;
        const bool leftRecovery = RemoteOps::pollUntil(io, standby.name, 60000, [&] {
            const auto recovery = RemoteOps::sql(
                io, standby, QStringLiteral("SELECT pg_is_in_recovery();\n"), &error, 10000);
            return recovery && *recovery == QLatin1String("f");
        });
        if (leftRecovery)
            return QString();
        return Tr::tr("%1: after pg_ctl promote PostgreSQL does not leave recovery within "
                      "60 s (%2); look at its log")
            .arg(standby.name, error);
    };
    step.verify = [standby, timelineBefore](StepIo &io) {
        int timeline = 0;
        if (QString error = currentTimeline(io, standby, &timeline); !error.isEmpty())
            return error;
        if (*timelineBefore > 0 && timeline <= *timelineBefore)
            return Tr::tr("%1: still on timeline %2 after the promotion")
                .arg(standby.name)
                .arg(timeline);
        io.note(Tr::tr("%1 is the primary now, on timeline %2").arg(standby.name).arg(timeline));
        return QString();
    };
    return step;
}

// Names the server's own postgresql.auto.conf in settingSourcesSql's answer, whatever path (a
// symbolic link, another layout) the cluster file gives the data directory.
const QString kAutoConf = QStringLiteral("(postgresql.auto.conf)");

// "name|file|line" of each active setting of `names` with a value, from pg_file_settings;
// the server's postgresql.auto.conf as kAutoConf.
QString settingSourcesSql(const QStringList &names)
{
    QStringList literals;
    for (const QString &name : names)
        literals << sqlLiteral(name);
    return QStringLiteral("SELECT name || '|' || CASE WHEN sourcefile = "
                          "current_setting('data_directory') || '/postgresql.auto.conf' THEN %2 "
                          "ELSE sourcefile END || '|' || sourceline FROM pg_file_settings WHERE "
                          "name IN (%1) AND setting <> '' AND applied IS NOT NULL ORDER BY "
                          "seqno;\n")
        .arg(literals.join(QLatin1String(", ")), sqlLiteral(kAutoConf));
}

// The runbook deletes postgresql.auto.conf; other ALTER SYSTEM settings may live there. The
// replication settings go (ALTER SYSTEM RESET), after a copy of the file is kept beside it.
Step autoConfStep(const Node &standby)
{
    const QString dataDir = standby.postgresOrDefault().dataDir;
    const QString autoConf = dataDir + QStringLiteral("/postgresql.auto.conf");
    Step step;
    step.description = Tr::tr("Take the replication settings out of %1 (a copy is kept "
                              "beside it; other settings stay) and remove the password "
                              "file a standby used")
                           .arg(autoConf);
    step.node = standby.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("cp %1 /var/tmp/inmanta-ha-admin/postgresql.auto.conf.<UTC "
                                  "time>.bak\nALTER SYSTEM RESET "
                                  "primary_conninfo;\nALTER SYSTEM RESET primary_slot_name;\n"
                                  "rm -f %2")
                       .arg(autoConf, passwordFilePath(standby));
    step.check = [standby](StepIo &io, bool *done) {
        QString error;
        const auto sources =
            RemoteOps::sql(io, standby, settingSourcesSql(kReplicationSettings), &error);
        if (!sources)
            return error;
        RemoteCommand test;
        test.command = QStringLiteral("test ! -e ") + shellQuote(passwordFilePath(standby));
        test.asRoot = true;
        const CommandResult noPassfile = io.run(standby.name, test);
        *done = !sources->contains(kAutoConf) && noPassfile.succeeded();
        return QString();
    };
    step.act = [standby, autoConf](StepIo &io) {
        // Kept outside the data directory, which every later base backup or rewind copies.
        const QString backup =
            RemoteScripts::ownStateDir() + QStringLiteral("/postgresql.auto.conf.%1.bak")
                                               .arg(QDateTime::currentDateTimeUtc().toString(
                                                   QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        if (QString error =
                runAsRoot(io, standby.name, Tr::tr("keeping a copy of %1").arg(autoConf),
                          RemoteScripts::ensureOwnStateDir() +
                              QStringLiteral("\n(umask 077; cp -- %1 %2)")
                                  .arg(shellQuote(autoConf), shellQuote(backup)));
            !error.isEmpty())
            return error;
        io.note(Tr::tr("%1: a copy of %2 is kept as %3").arg(standby.name, autoConf, backup));
        QString error;
        if (!RemoteOps::sql(io, standby,
                            QStringLiteral("ALTER SYSTEM RESET primary_conninfo;\n"
                                           "ALTER SYSTEM RESET primary_slot_name;\n"),
                            &error))
            return error;
        return runAsRoot(io, standby.name, Tr::tr("removing the standby's password file"),
                         QStringLiteral("rm -f -- ") + shellQuote(passwordFilePath(standby)));
    };
    step.verify = [standby, autoConf, check = step.check](StepIo &io) {
        bool done = false;
        if (QString error = check(io, &done); !error.isEmpty())
            return error;
        return done ? QString()
                    : QStringLiteral("%1: %2 still holds replication settings")
                          .arg(standby.name, autoConf);
    };
    return step;
}

// A synchronous standby named anywhere makes the new primary wait for a standby it does not
// have: every write blocks. Every file that names one (postgresql.conf, included files,
// postgresql.auto.conf) is found in pg_file_settings and changed, then PostgreSQL reloads.
Step noSynchronousStandbyStep(const Node &standby)
{
    const QString service = standby.postgresOrDefault().service;
    const QString sources = settingSourcesSql({QStringLiteral("synchronous_standby_names")});
    Step step;
    step.description =
        Tr::tr("Name no synchronous standby on %1 in any file (or every write waits for "
               "one it does not have), then reload")
            .arg(standby.name);
    step.node = standby.name;
    step.runbookSection = kSection;
    step.preview =
        sources.trimmed() +
        QStringLiteral("\n#synchronous_standby_names = ...  (in each file found; "
                       "ALTER SYSTEM RESET in postgresql.auto.conf)\nsystemctl reload %1")
            .arg(service);
    const auto state = [standby, sources](StepIo &io, QStringList *files, QString *live) {
        QString error;
        const auto found = RemoteOps::sql(io, standby, sources, &error);
        const auto current = RemoteOps::sql(
            io, standby, QStringLiteral("SELECT current_setting('synchronous_standby_names');\n"),
            &error);
        if (!found || !current)
            return error;
        for (const QString &line : found->split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            *files << line.section(QLatin1Char('|'), 1, 1);
        files->removeDuplicates();
        *live = *current;
        return QString();
    };
    step.check = [state](StepIo &io, bool *done) {
        QStringList files;
        QString live;
        const QString error = state(io, &files, &live);
        *done = error.isEmpty() && files.isEmpty() && live.isEmpty();
        return error;
    };
    step.act = [standby, state, service](StepIo &io) {
        QStringList files;
        QString live;
        if (QString error = state(io, &files, &live); !error.isEmpty())
            return error;
        for (const QString &file : std::as_const(files)) {
            QString error;
            if (file == kAutoConf) {
                if (!RemoteOps::sql(
                        io, standby,
                        QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names;\n"), &error))
                    return error;
                continue;
            }
            const auto backup = RemoteOps::editFile(
                io, standby.name, file,
                [](const QString &text) {
                    return PostgresqlConf::commentOut(text,
                                                      QStringLiteral("synchronous_standby_names"));
                },
                &error);
            if (!backup)
                return error;
            io.note(Tr::tr("%1: synchronous_standby_names commented out in %2; the old "
                           "file is %3")
                        .arg(standby.name, file, *backup));
        }
        return RemoteOps::serviceAction(io, standby.name, QStringLiteral("reload"), service);
    };
    step.verify = [standby, state](StepIo &io) {
        // A reload is applied by the server a moment after systemctl returns.
        QString problem;
        for (int i = 0; i < 10; ++i) {
            QStringList files;
            QString live;
            problem = state(io, &files, &live);
            if (problem.isEmpty() && files.isEmpty() && live.isEmpty())
                return QString();
            if (problem.isEmpty())
                problem = Tr::tr("%1: synchronous_standby_names is still '%2' (set in %3)")
                              .arg(standby.name, live, files.join(QLatin1String(", ")));
            RemoteCommand pause;
            pause.command = QStringLiteral("sleep 0.5");
            io.run(standby.name, pause);
        }
        return problem;
    };
    return step;
}

// A write that commits proves the new primary takes writes: no synchronous standby it waits
// for, not read-only. A commit that waited for a synchronous standby and was cancelled is
// committed locally with a warning: that warning is a failure here.
Step testWriteStep(const Node &standby)
{
    Step step;
    step.description = Tr::tr("A test write commits on %1 within 20 s").arg(standby.name);
    step.node = standby.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("BEGIN; SELECT pg_current_xact_id(); COMMIT;");
    step.check = [](StepIo &, bool *done) {
        *done = false; // a write is cheap, and only a write proves it
        return QString();
    };
    step.act = [standby](StepIo &io) {
        RemoteCommand command;
        command.command =
            QStringLiteral("cd / && PGOPTIONS='-c statement_timeout=20000' runuser -u postgres -- "
                           "%1 -X -q -At -v ON_ERROR_STOP=1 -p %2 -d postgres")
                .arg(RemoteOps::postgresProgram(standby, QStringLiteral("psql")))
                .arg(standby.postgresOrDefault().port);
        command.input = "BEGIN;\nSELECT pg_current_xact_id();\nCOMMIT;\n";
        command.auditedInput = QString::fromUtf8(command.input);
        command.asRoot = true;
        command.timeoutMs = 25000;
        const CommandResult result = io.run(standby.name, command);
        if (!result.succeeded())
            return RemoteOps::describeFailure(standby.name, Tr::tr("the test write"), result);
        if (result.err.contains("synchronous replication"))
            return Tr::tr("%1: the test write waited for a synchronous standby: %2")
                .arg(standby.name, QString::fromUtf8(result.err).trimmed());
        return QString();
    };
    step.verify = [](StepIo &) {
        return QString();
    };
    return step;
}

} // namespace

bool dataAtRisk(const Node &old, const Node &standby, const ProcedureInputs &inputs, QString *words)
{
    // A sample of another topology (the standby's address served another primary then)
    // says nothing about this one.
    if (!inputs.lastSample || inputs.lastSample->primaryNode != old.name) {
        *words = Tr::tr("No sample of %1's replication state is on record: whether it "
                        "has every commit %2 acknowledged cannot be told (samples come "
                        "from the GUI's monitor and `status` while %2 is up).")
                     .arg(standby.name, old.name);
        return true;
    }
    const ReplicationSample &sample = *inputs.lastSample;
    const QString when = sample.time.toUTC().toString(Qt::ISODate);
    // An old sample says little: synchronous replication may have been turned off since (at 2
    // a.m., to let writes through) without anyone looking.
    const qint64 age = sample.time.secsTo(QDateTime::currentDateTimeUtc());
    if (age > kSampleMaxAgeSeconds) {
        *words = Tr::tr("The last sample of %1's replication on record is from %2, %3 "
                        "minutes ago (%4 then): whether it has every commit %5 "
                        "acknowledged since cannot be told.")
                     .arg(standby.name, when)
                     .arg(age / 60)
                     .arg(sample.syncState.isEmpty() ? Tr::tr("not streaming") : sample.syncState,
                          old.name);
        return true;
    }
    if (sample.syncState == QLatin1String("sync") && sample.state == QLatin1String("streaming")) {
        *words = Tr::tr("At %1 (%2) %3 was %4's synchronous standby: every commit %4 "
                        "acknowledged was on its disk (%5 bytes of WAL in flight then, "
                        "not yet acknowledged).")
                     .arg(when, sample.source, standby.name, old.name)
                     .arg(std::max<qint64>(0, sample.flushLagBytes));
        return false;
    }
    *words =
        Tr::tr("At %1 (%2, the last sample on record) %3 was %4/%5, not %6's "
               "synchronous standby, %7 behind what %6 had flushed: commits %6 "
               "acknowledged may be missing on %3.")
            .arg(when, sample.source, standby.name,
                 sample.state.isEmpty() ? Tr::tr("not streaming") : sample.state,
                 sample.syncState.isEmpty() ? QStringLiteral("-") : sample.syncState, old.name,
                 sample.flushLagBytes < 0 ? Tr::tr("an unknown number of bytes")
                                          : Tr::tr("%1 bytes of WAL").arg(sample.flushLagBytes));
    return true;
}

void addPreflight(const Node &old, const Node &standby, const ProcedureInputs &inputs, Plan *plan,
                  const Fencing::SeenPtr &seen)
{
    plan->preflight << standbyStateStep(standby)
                    << Fencing::preflightStep(old, standby, /*postgres=*/true, inputs, seen)
                    << dataAtRiskStep(old, standby, inputs);
}

void addSteps(const Node &old, const Node &standby, const ProcedureInputs &inputs, Plan *plan,
              const Fencing::SeenPtr &seen)
{
    plan->steps << Fencing::fenceStep(old, standby, /*postgres=*/true, inputs, kSection, seen)
                << promoteStep(old, standby, inputs) << autoConfStep(standby)
                << noSynchronousStandbyStep(standby) << testWriteStep(standby);
}

QList<QPair<QString, NodeRole>> rolesAfter(const Node &old, const Node &standby)
{
    return {qMakePair(standby.name, NodeRole::Primary), qMakePair(old.name, NodeRole::Retired)};
}

} // namespace iha::Procedures::Promotion

namespace iha::Procedures {

QString promoteStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    const Node *old = cluster.nodeWithRole(NodeRole::Primary);
    if (!old)
        return Tr::tr("cluster %1 has no primary node: nothing to fail over from")
            .arg(cluster.name);
    const Node *standby = inputs.standbyNode.isEmpty() ? cluster.nodeWithRole(NodeRole::Standby)
                                                       : cluster.findNode(inputs.standbyNode);
    if (!standby)
        return Tr::tr("cluster %1 has no standby node to promote").arg(cluster.name);
    if (standby->role != NodeRole::Standby)
        return Tr::tr("%1 is a %2, not a standby: only a standby is promoted")
            .arg(standby->name, roleName(standby->role));
    plan->procedure = QStringLiteral("promote-standby");
    plan->cluster = cluster.name;
    addPreflightAndLock(cluster, {*standby}, inputs, plan, /*primaryAnswers=*/false);
    const auto seen = std::make_shared<Fencing::Seen>();
    Promotion::addPreflight(*old, *standby, inputs, plan, seen);
    Promotion::addSteps(*old, *standby, inputs, plan, seen);
    plan->rolesAfter = [old = *old, standby = *standby] {
        return Promotion::rolesAfter(old, standby);
    };
    return {};
}

} // namespace iha::Procedures
