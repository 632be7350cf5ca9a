#include "models/procedures/ClusterLock.h"

#include "models/RemoteOps.h"
#include "models/ShellQuote.h"

#include <QDateTime>

namespace iha::Procedures {

QString lockPath(const Cluster &cluster)
{
    return QStringLiteral("/var/tmp/inmanta-ha-admin.%1.lock").arg(cluster.name);
}

Step takeLockStep(const Cluster &cluster, const Node &primary, const ProcedureInputs &inputs)
{
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
    // A file created only if absent (set -C), naming its holder.
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
    return lock;
}

std::function<void(StepIo &)> releaseLock(const Cluster &cluster, const Node &primary,
                                          const ProcedureInputs &inputs)
{
    return [primary, path = lockPath(cluster), runId = inputs.runId](StepIo &io) {
        RemoteCommand command;
        command.command =
            QStringLiteral("f=%1; grep -qF %2 \"$f\" 2>/dev/null && rm -f \"$f\"; exit 0")
                .arg(shellQuote(path), shellQuote(QStringLiteral("run ") + runId));
        command.asRoot = true;
        io.run(primary.name, command);
    };
}

} // namespace iha::Procedures
