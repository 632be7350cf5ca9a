// Runbook: the end of "Configure the standby node" (and of "Add a standby node to a newly
// promoted master node"): the standby starts, streams from the primary's slot, and becomes the
// synchronous standby once it streams.
#include "models/procedures/StandbyJoin.h"

#include "models/ConfigEditors.h"
#include "models/RemoteOps.h"
#include "models/procedures/StandbyTarget.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

namespace iha::Procedures {
namespace {

// Polls until the standby streams (in sync, with `requireSync`), at most `seconds`.
QString waitForStreaming(StepIo &io, const Node &primary, const Node &standby,
                         const Cluster &cluster, bool requireSync, int seconds)
{
    QString error;
    bool ok = false;
    RemoteOps::pollUntil(io, primary.name, seconds * 1000LL, [&] {
        error = standbyStreams(io, primary, standby, cluster, requireSync, &ok);
        return !error.isEmpty() || ok;
    });
    if (!error.isEmpty())
        return error;
    if (ok)
        return {};
    const QString problem =
        requireSync ? Tr::tr("%1: after %2 s the standby does not stream synchronously "
                             "(pg_stat_replication shows no %3 in state streaming / sync); look "
                             "at the standby's PostgreSQL log")
                    : Tr::tr("%1: after %2 s the standby does not stream (pg_stat_replication "
                             "shows no %3 in state streaming); look at the standby's PostgreSQL "
                             "log");
    return problem.arg(primary.name).arg(seconds).arg(cluster.replication.applicationName);
}

} // namespace

Step startStep(const Node &standby, bool unmask)
{
    const QString service = standby.postgresOrDefault().service;
    Step step;
    step.description = Tr::tr("Start and enable PostgreSQL on %1").arg(standby.name);
    step.node = standby.name;
    step.runbookSection = kConfigureStandby;
    step.preview = QStringLiteral("systemctl start %1\nsystemctl enable %1").arg(service);
    const auto runningAndEnabled = [standby, service](StepIo &io, bool *done) {
        QString error;
        const auto state = RemoteOps::unitState(io, standby.name, service, &error);
        if (!state)
            return error;
        *done = state->active && state->enabled;
        return QString();
    };
    step.check = runningAndEnabled;
    if (unmask)
        step.preview.prepend(
            QStringLiteral("systemctl unmask %1  (masked by the failover)\n").arg(service));
    step.act = [standby, service, unmask](StepIo &io) {
        // The failover masked the old primary's PostgreSQL so that nothing started it with its
        // old data; its data directory is this copy of the new primary now.
        if (unmask) {
            if (QString error =
                    RemoteOps::serviceAction(io, standby.name, QStringLiteral("unmask"), service);
                !error.isEmpty())
                return error;
        }
        QString error =
            RemoteOps::serviceAction(io, standby.name, QStringLiteral("start"), service);
        if (error.isEmpty())
            error = RemoteOps::serviceAction(io, standby.name, QStringLiteral("enable"), service);
        return error;
    };
    step.verify = [runningAndEnabled, standby](StepIo &io) {
        bool done = false;
        const QString error = runningAndEnabled(io, &done);
        return !error.isEmpty() ? error
               : done           ? QString()
                      : Tr::tr("%1: PostgreSQL is not running and enabled").arg(standby.name);
    };
    return step;
}

Step streamsStep(const Node &primary, const Node &standby, const Cluster &cluster)
{
    Step streams;
    streams.description = Tr::tr("Check on %1 that %2 streams through slot %3")
                              .arg(primary.name, standby.name, cluster.replication.slot);
    streams.node = primary.name;
    streams.runbookSection = kConfigureStandby;
    streams.preview = replicationStateSql(cluster, standby).trimmed();
    streams.check = [primary, standby, cluster](StepIo &io, bool *done) {
        return standbyStreams(io, primary, standby, cluster, /*requireSync=*/false, done);
    };
    streams.act = [primary, standby, cluster](StepIo &io) {
        return waitForStreaming(io, primary, standby, cluster, /*requireSync=*/false, 60);
    };
    streams.verify = [primary, standby, cluster](StepIo &io) {
        QString error;
        const auto active = RemoteOps::sql(
            io, primary,
            QStringLiteral("SELECT active FROM pg_replication_slots WHERE slot_name = %1;\n")
                .arg(sqlLiteral(cluster.replication.slot)),
            &error);
        if (!active)
            return error;
        return *active == QLatin1String("t") ? QString()
                                             : Tr::tr("%1: the slot %2 is not in use")
                                                   .arg(primary.name, cluster.replication.slot);
    };
    return streams;
}

// The runbook sets synchronous_standby_names when it configures the master; from then on
// every commit waits for a standby that does not exist yet. It is set here instead, once the
// standby streams, so that the tool never blocks writes: the end state is the runbook's.
Step synchronousStep(const Node &primary, const Node &standby, const Cluster &cluster)
{
    const QString conf = confPath(primary, QStringLiteral("postgresql.conf"));
    const QString name = cluster.replication.applicationName;
    const QString service = primary.postgresOrDefault().service;
    const auto edit = [name](const QString &text) {
        return PostgresqlConf::set(text, QStringLiteral("synchronous_standby_names"), name);
    };
    Step step = fileEditStep(
        Tr::tr("Turn on synchronous replication on %1 (synchronous_standby_names in %2), "
               "reload, and check that the standby is in sync")
            .arg(primary.name, conf),
        primary, conf, kConfigureStandby,
        QStringLiteral("synchronous_standby_names = '%1'\nsystemctl reload %2\n%3")
            .arg(name, service, replicationStateSql(cluster, standby).trimmed()),
        edit);
    step.check = [primary, standby, cluster, fileDone = step.check](StepIo &io, bool *done) {
        bool inFile = false;
        if (const QString error = fileDone(io, &inFile); !error.isEmpty() || !inFile)
            return error;
        return standbyStreams(io, primary, standby, cluster, /*requireSync=*/true, done);
    };
    // Never with nobody streaming (its check may find the setting in the file already).
    step.act = [primary, standby, cluster, service, edit = step.act,
                fileDone = step.check](StepIo &io) {
        bool streams = false;
        if (QString error =
                standbyStreams(io, primary, standby, cluster, /*requireSync=*/false, &streams);
            !error.isEmpty() || !streams)
            return error.isEmpty() ? Tr::tr("%1: no standby streams as %2; synchronous "
                                            "replication is left off")
                                         .arg(primary.name, cluster.replication.applicationName)
                                   : error;
        bool inFile = false;
        if (QString error = fileDone(io, &inFile); !error.isEmpty())
            return error;
        if (!inFile) {
            if (QString error = edit(io); !error.isEmpty())
                return error;
        }
        return RemoteOps::serviceAction(io, primary.name, QStringLiteral("reload"), service);
    };
    // A standby that does not become synchronous would block every commit: the setting is
    // taken back and the primary reloaded before the step reports its failure.
    step.verify = [primary, standby, cluster, conf, service](StepIo &io) {
        const QString problem =
            waitForStreaming(io, primary, standby, cluster, /*requireSync=*/true, 30);
        if (problem.isEmpty())
            return problem;
        const Uncancellable evenAfterACancel(io);
        QString error;
        if (RemoteOps::editFile(
                io, primary.name, conf,
                [](const QString &text) {
                    return PostgresqlConf::commentOut(text,
                                                      QStringLiteral("synchronous_standby_names"));
                },
                &error))
            RemoteOps::serviceAction(io, primary.name, QStringLiteral("reload"), service);
        return problem + QLatin1Char(' ') +
               Tr::tr("synchronous_standby_names was commented out again and %1 reloaded, so "
                      "that writes do not wait.")
                   .arg(primary.name);
    };
    return step;
}

} // namespace iha::Procedures
